"""Addresses in the Uzbek format: region, district, mahalla (MFY), street, house, flat.

``Toshkent shahri, Chilonzor tumani, Navro'z MFY, Amir Temur ko'chasi, 12-uy, 34-xonadon``.
No official address standard was found; this is the order used on gov.uz forms and in news
(unconfirmed). District, region and mahalla are chosen together so they always agree.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from faker.providers import BaseProvider

from malaka.datasets.providers._data import column
from malaka.datasets.providers.places import (
    District,
    Region,
    district,
    mahalla_label,
    mahallas,
    regions,
    street_label,
)

localized = True


class Provider(BaseProvider):
    """Methods shared by every locale; locales set ``script`` and the format strings."""

    # Faker weights OrderedDict data only for providers it loads itself; ours are added later.
    __use_weighting__ = True

    script: ClassVar[str] = "uz_Latn"
    country_name: ClassVar[str] = "O'zbekiston"
    street_address_formats: ClassVar[OrderedDict[str, float]] = OrderedDict()
    building_number_formats: ClassVar[tuple[str, ...]] = ("#", "#", "##", "##", "##", "1##")
    apartment_number_formats: ClassVar[tuple[str, ...]] = ("#", "##", "##")

    def _pick_district(self) -> District:
        regs = regions()
        reg = self.random_element(OrderedDict((r, float(r.population_thousands)) for r in regs))
        return self.random_element(reg.districts)

    def _region_of(self, d: District) -> Region:
        return next(r for r in regions() if r.id == d.region_id)

    def region(self) -> str:
        """A top-level division, weighted by population (``Andijon viloyati``)."""
        d = self._pick_district()
        return self._region_of(d).full_name(self.script)

    def district(self) -> str:
        """A district or district-level city (``Chilonzor tumani``)."""
        return self._pick_district().full_name(self.script)

    def district_id(self) -> int:
        """SOATO code of a district, weighted by its region's population."""
        return self._pick_district().id

    def city(self) -> str:
        """A region centre or district-level city, bare name (``Qo'qon``, ``Коканд``)."""
        d = self.random_element([x for r in regions() for x in r.districts if x.kind == "shahar"])
        return (
            d.full_name(self.script)
            .removeprefix("г. ")
            .removesuffix(" shahri")
            .removesuffix(" шаҳри")
        )

    def mahalla(self) -> str:
        """A mahalla of a random district (``Navro'z MFY``)."""
        return mahalla_label(self.random_element(mahallas(self._pick_district().id)), self.script)

    def street_name(self) -> str:
        """A street (``Amir Temur ko'chasi``, ``ул. Амир Темур``)."""
        return street_label(self.random_element(column("street_names.csv", "name_uz")), self.script)

    def building_number(self) -> str:
        """House number without a leading zero."""
        return str(int(self.numerify(self.random_element(self.building_number_formats))) or 1)

    def apartment_number(self) -> str:
        """Flat number without a leading zero."""
        return str(int(self.numerify(self.random_element(self.apartment_number_formats))) or 1)

    def street_address(self) -> str:
        """Street, house and (in blocks of flats) flat."""
        return str(self.generator.parse(self.random_element(self.street_address_formats)))

    def address_in(self, district_id: int) -> str:
        """A full address inside one district (the district an appeal's unit serves)."""
        d = district(district_id)
        parts = [
            self._region_of(d).full_name(self.script),
            d.full_name(self.script),
            mahalla_label(self.random_element(mahallas(d.id)), self.script),
            self.street_address(),
        ]
        return ", ".join(parts)

    def postcode(self) -> str:
        """Six-digit postcode: the region's 3-digit prefix and 3 digits (prefixes unconfirmed)."""
        d = self._pick_district()
        return self._region_of(d).postcode_prefix + self.numerify("###")

    def administrative_unit(self) -> str:
        """Faker's name for a top-level division: same as :meth:`region`."""
        return self.region()

    def state(self) -> str:
        """Faker's US-flavoured name for a top-level division: same as :meth:`region`."""
        return self.region()

    def current_country(self) -> str:
        """Uzbekistan, in the locale's language."""
        return self.country_name

    def current_country_code(self) -> str:
        """ISO 3166-1 alpha-2 code of Uzbekistan."""
        return "UZ"

    def address(self) -> str:
        """A full address, region to flat, with a consistent region/district/mahalla."""
        return self.address_in(self._pick_district().id)
