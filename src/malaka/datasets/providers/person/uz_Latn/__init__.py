"""Uzbek names in the Latin script (data: ``given_names_*.csv``, ``surnames.csv``)."""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from malaka.datasets.providers._data import read_csv, weighted
from malaka.datasets.providers.person import Provider as PersonProvider

_SURNAMES = weighted("surnames.csv", "surname_male")


class Provider(PersonProvider):
    """Uzbek Latin: ``Karimov Rustam Alisher o'g'li``."""

    first_names_male: ClassVar[OrderedDict[str, float]] = OrderedDict(
        weighted("given_names_male.csv", "name")
    )
    first_names_female: ClassVar[OrderedDict[str, float]] = OrderedDict(
        weighted("given_names_female.csv", "name")
    )
    first_name_eras: ClassVar[dict[str, str]] = {
        row["name"]: row["era"]
        for f in ("given_names_male.csv", "given_names_female.csv")
        for row in read_csv(f)
        if row["era"] != "any"
    }
    last_names_male: ClassVar[OrderedDict[str, float]] = OrderedDict(_SURNAMES)
    last_names_female: ClassVar[OrderedDict[str, float]] = OrderedDict(
        (s + "a", w) for s, w in _SURNAMES.items()
    )
    # Passports issued since 2019-2020 write "o'g'li"/"qizi"; older documents and many
    # databases keep the Russian-style form. The split is our estimate (unconfirmed).
    patronymic_formats_male: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {"{{father_name}} o'g'li": 0.6, "{{patronymic_ovich_male}}": 0.4}
    )
    patronymic_formats_female: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {"{{father_name}} qizi": 0.6, "{{patronymic_ovna_female}}": 0.4}
    )
