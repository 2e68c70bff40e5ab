"""Uzbek mobile numbers (+998) that the ``phonenumbers`` library accepts as valid.

Operator codes are those in libphonenumber 9.0's mobile pattern for UZ: 20, 33, 50, 77, 88,
90-95, 97-99. Weights are a rough guess at market shares (unconfirmed). Faker's ``uz_UZ`` fills
the code with two random digits, so three numbers in four are invalid; these never are.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from faker.providers import BaseProvider

#: Operator code -> weight. Beeline 90/91, Ucell 93/94/50, Mobiuz 97/88, Uzmobile 95/99/77,
#: Perfectum 98, Humans 33, OQ 20 (assignment per public operator pages; weights unconfirmed).
MOBILE_CODES: dict[str, float] = {
    "90": 14.0,
    "91": 8.0,
    "93": 12.0,
    "94": 7.0,
    "50": 4.0,
    "97": 12.0,
    "88": 6.0,
    "95": 6.0,
    "99": 10.0,
    "77": 5.0,
    "98": 3.0,
    "33": 9.0,
    "20": 4.0,
}


class Provider(BaseProvider):
    """Mobile numbers in the ways they are written in records."""

    # Faker weights OrderedDict data only for providers it loads itself; ours are added later.
    __use_weighting__ = True

    mobile_codes: ClassVar[OrderedDict[str, float]] = OrderedDict(MOBILE_CODES)
    formats: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {
            "+998 {{mobile_code}} ### ## ##": 0.45,
            "+998{{mobile_code}}#######": 0.25,
            "998{{mobile_code}}#######": 0.05,
            "({{mobile_code}}) ###-##-##": 0.1,
            "{{mobile_code}} ### ## ##": 0.15,
        }
    )

    def mobile_code(self) -> str:
        """A two-digit operator code, weighted."""
        return self.random_element(self.mobile_codes)

    def phone_number(self) -> str:
        """A mobile number in one of the common written forms."""
        return self.numerify(self.generator.parse(self.random_element(self.formats)))

    def msisdn(self) -> str:
        """A mobile number in E.164 form (``+998901234567``)."""
        return "+998" + self.mobile_code() + self.numerify("#######")
