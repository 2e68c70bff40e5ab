"""Uzbek Cyrillic addresses."""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from malaka.datasets.providers.address import Provider as AddressProvider


class Provider(AddressProvider):
    """``Наврўз МФЙ, Амир Темур кўчаси, 12-уй, 34-хонадон``."""

    script = "uz_Cyrl"
    country_name = "Ўзбекистон"
    street_address_formats: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {
            "{{street_name}}, {{building_number}}-уй": 0.55,
            "{{street_name}}, {{building_number}}-уй, {{apartment_number}}-хонадон": 0.45,
        }
    )
