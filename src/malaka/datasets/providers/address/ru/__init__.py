"""Russian-language addresses in Uzbekistan."""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from malaka.datasets.providers.address import Provider as AddressProvider


class Provider(AddressProvider):
    """``махалля «Навруз», ул. Амир Темур, д. 12, кв. 34``."""

    script = "ru"
    country_name = "Узбекистан"
    street_address_formats: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {
            "{{street_name}}, д. {{building_number}}": 0.55,
            "{{street_name}}, д. {{building_number}}, кв. {{apartment_number}}": 0.45,
        }
    )
