"""Uzbek Latin addresses."""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from malaka.datasets.providers.address import Provider as AddressProvider


class Provider(AddressProvider):
    """``Navro'z MFY, Amir Temur ko'chasi, 12-uy, 34-xonadon``."""

    script = "uz_Latn"
    street_address_formats: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {
            "{{street_name}}, {{building_number}}-uy": 0.55,
            "{{street_name}}, {{building_number}}-uy, {{apartment_number}}-xonadon": 0.45,
        }
    )
