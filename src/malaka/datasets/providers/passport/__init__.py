"""Passport and ID-card numbers: two Latin letters and seven digits (``AA1234567``).

The format is confirmed by forms and placeholders seen in Uzbek projects; the list of series
in use (AA, AB, AC, AD, AE, FA...) and their weights are **unconfirmed** (domain notes §6,
item 6). ID cards (since 2021) are said to use ``AD``/``AE``; also unconfirmed.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from faker.providers import BaseProvider

SERIES: dict[str, float] = {
    "AA": 20.0,
    "AB": 25.0,
    "AC": 20.0,
    "AD": 15.0,
    "AE": 10.0,
    "FA": 5.0,
    "FB": 5.0,
}


class Provider(BaseProvider):
    """Series and number of an Uzbek passport or ID card."""

    # Faker weights OrderedDict data only for providers it loads itself; ours are added later.
    __use_weighting__ = True

    passport_series_weights: ClassVar[OrderedDict[str, float]] = OrderedDict(SERIES)
    passport_number_formats: ClassVar[tuple[str, ...]] = ("{{passport_series}}#######",)

    def passport_series(self) -> str:
        """Two-letter series (list unconfirmed)."""
        return self.random_element(self.passport_series_weights)

    def passport_number(self) -> str:
        """Series and seven digits, e.g. ``AB1234567``."""
        return self.numerify(
            self.generator.parse(self.random_element(self.passport_number_formats))
        )
