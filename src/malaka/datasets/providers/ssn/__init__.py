"""PINFL (JShShIR), the 14-digit personal identification number of an individual.

Layout (digit positions 1-14):

* 1: century and sex: 1/2 = born 1800s, 3/4 = 1900s, 5/6 = 2000s; odd = male, even = female;
* 2-7: birth date, DDMMYY;
* 8-10: area code (non-zero; we use the last three digits of the SOATO code of the district);
* 11-13: serial number (non-zero);
* 14: check digit = (sum of digit_i * w_i for i = 1..13) mod 10, weights 7, 3, 1 repeating.

Sources: that PINFL has 14 digits encoding sex, birth date, an area code and a serial is
stated by a legal-services page (legesadvokat.com) [secondary]. The exact layout, the century
digits and the 7-3-1 check digit come only from an unattributed public PINFL parser in Python,
not from an official specification: **unconfirmed** (domain notes §3.3 and §6 item 6). What the
area code really identifies (district of birth or of first registration) is also unconfirmed.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, NamedTuple

from faker.providers import BaseProvider

from malaka.datasets.providers.places import regions

WEIGHTS: tuple[int, ...] = (7, 3, 1) * 4 + (7,)


def pinfl_check_digit(first13: str) -> int:
    """Check digit for the first 13 digits (weights 7, 3, 1; mod 10; unconfirmed rule)."""
    if len(first13) != 13 or not first13.isdigit():
        raise ValueError(f"need 13 digits, got {first13!r}")
    return sum(int(c) * w for c, w in zip(first13, WEIGHTS, strict=True)) % 10


def century_sex_digit(birth_date: dt.date, sex: str) -> int:
    """Digit 1 from the birth year and sex (``"M"``/``"F"``)."""
    base = {18: 1, 19: 3, 20: 5}[birth_date.year // 100]
    return base if sex == "M" else base + 1


def make_pinfl(birth_date: dt.date, sex: str, area_code: int, serial: int) -> str:
    """Assemble a PINFL from its parts and append the check digit."""
    if not 1 <= area_code <= 999 or not 1 <= serial <= 999:
        raise ValueError("area code and serial must be 1..999")
    head = f"{century_sex_digit(birth_date, sex)}{birth_date:%d%m%y}{area_code:03d}{serial:03d}"
    return head + str(pinfl_check_digit(head))


class PinflParts(NamedTuple):
    """What a PINFL says about its holder."""

    sex: str
    birth_date: dt.date
    area_code: int
    serial: int


def parse_pinfl(value: str) -> PinflParts:
    """Split a PINFL into its parts; ``ValueError`` if it is malformed or the check fails."""
    if len(value) != 14 or not value.isdigit():
        raise ValueError(f"PINFL must be 14 digits: {value!r}")
    first = int(value[0])
    if not 1 <= first <= 6:
        raise ValueError(f"PINFL first digit must be 1-6: {value!r}")
    century = (first + 1) // 2 + 17
    birth = dt.date(century * 100 + int(value[5:7]), int(value[3:5]), int(value[1:3]))
    area, serial = int(value[7:10]), int(value[10:13])
    if area == 0 or serial == 0:
        raise ValueError(f"PINFL area code and serial must be non-zero: {value!r}")
    if pinfl_check_digit(value[:13]) != int(value[13]):
        raise ValueError(f"PINFL check digit does not match: {value!r}")
    return PinflParts("M" if first % 2 else "F", birth, area, serial)


def is_valid_pinfl(value: str) -> bool:
    """True if ``value`` parses as a PINFL with a matching check digit."""
    try:
        parse_pinfl(value)
    except ValueError:
        return False
    return True


class Provider(BaseProvider):
    """PINFL numbers, consistent with a given birth date and sex when they are passed."""

    # Faker weights OrderedDict data only for providers it loads itself; ours are added later.
    __use_weighting__ = True

    #: Absolute range (never relative to today: seeded output must not depend on the clock).
    birth_date_range: ClassVar[tuple[dt.date, dt.date]] = (
        dt.date(1940, 1, 1),
        dt.date(2008, 12, 31),
    )

    def pinfl(
        self,
        birth_date: dt.date | None = None,
        sex: str | None = None,
        area_code: int | None = None,
    ) -> str:
        """A PINFL; parts not given are drawn at random."""
        if birth_date is None:
            lo, hi = self.birth_date_range
            birth_date = lo + dt.timedelta(days=self.random_int(0, (hi - lo).days))
        if sex is None:
            sex = self.random_element(("M", "F"))
        if area_code is None:
            area_code = self.random_element([d.area_code for r in regions() for d in r.districts])
        return make_pinfl(birth_date, sex, area_code, self.random_int(1, 999))

    def ssn(self) -> str:
        """Faker's generic name for the national personal number."""
        return self.pinfl()
