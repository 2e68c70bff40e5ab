"""Russian-speaking citizens of Uzbekistan: names current in the country, not Faker's ``ru_RU``.

Faker's ``ru_RU`` lists are Russian-Federation (and partly archaic: Евпраксия, Онуфрий), so
this locale has its own data (``data/ru_*.csv``, see SOURCES.md): a Russian-language record in
Uzbekistan is most often an Uzbek name in Russian spelling (Каримов Рустам Алишерович), then
Slavic, Korean and Tatar families. ``ru_groups.csv`` gives each tradition's share and where
its given names and fathers' names come from (Koreans of Uzbekistan carry Russian given names
and patronymics). The parts of one name stay in one tradition (:meth:`Provider.names_for`).
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from typing import ClassVar, Final

from malaka.datasets.providers._data import read_csv, weighted
from malaka.datasets.providers.person import Provider as PersonProvider
from malaka.datasets.providers.person import cohort
from malaka.datasets.translit import to_russian_spelling

#: Naming tradition -> share of Russian-language records (our estimate, unconfirmed).
GROUPS: Final[dict[str, float]] = weighted("ru_groups.csv", "group")
_GROUP_ROWS: Final = {row["group"]: row for row in read_csv("ru_groups.csv")}


@functools.cache
def _given(group: str, sex: str) -> OrderedDict[str, float]:
    """Given names of one tradition (``uzbek``: the Uzbek lists in Russian spelling)."""
    if group == "uzbek":
        name = "given_names_male.csv" if sex == "M" else "given_names_female.csv"
        return OrderedDict((to_russian_spelling(k), w) for k, w in weighted(name, "name").items())
    name = "ru_given_names_male.csv" if sex == "M" else "ru_given_names_female.csv"
    return OrderedDict(
        (row["name"], float(row["weight"])) for row in read_csv(name) if row["group"] == group
    )


@functools.cache
def _eras() -> dict[str, str]:
    eras: dict[str, str] = {}
    for name in ("given_names_male.csv", "given_names_female.csv"):
        for row in read_csv(name):
            eras[to_russian_spelling(row["name"])] = row["era"]
    for name in ("ru_given_names_male.csv", "ru_given_names_female.csv"):
        for row in read_csv(name):
            eras[row["name"]] = row["era"]
    return {k: v for k, v in eras.items() if v != "any"}


@functools.cache
def _surnames(group: str, sex: str) -> OrderedDict[str, float]:
    if group == "uzbek":
        base = weighted("surnames.csv", "surname_male")
        return OrderedDict(
            (to_russian_spelling(k) + ("а" if sex == "F" else ""), w) for k, w in base.items()
        )
    col = "surname_female" if sex == "F" else "surname_male"
    return OrderedDict(
        (row[col], float(row["weight"]))
        for row in read_csv("ru_surnames.csv")
        if row["group"] == group
    )


@functools.cache
def _patronymic_forms() -> dict[str, tuple[str, str]]:
    """Father's name -> (male, female) patronymic, for names whose form is irregular."""
    return {
        row["name"]: (row["patronymic_male"], row["patronymic_female"])
        for row in read_csv("ru_given_names_male.csv")
    }


def _union(parts: list[OrderedDict[str, float]]) -> OrderedDict[str, float]:
    out: OrderedDict[str, float] = OrderedDict()
    for part in parts:
        for k, w in part.items():
            out[k] = out.get(k, 0.0) + w
    return out


class Provider(PersonProvider):
    """Russian: ``Каримов Рустам Алишерович``, ``Ким Ольга Сергеевна``, ``Галиев Ринат``..."""

    first_names_male: ClassVar[OrderedDict[str, float]] = _union(
        [_given(_GROUP_ROWS[g]["given_from"], "M") for g in GROUPS]
    )
    first_names_female: ClassVar[OrderedDict[str, float]] = _union(
        [_given(_GROUP_ROWS[g]["given_from"], "F") for g in GROUPS]
    )
    first_name_eras: ClassVar[dict[str, str]] = _eras()
    last_names_male: ClassVar[OrderedDict[str, float]] = _union([_surnames(g, "M") for g in GROUPS])
    last_names_female: ClassVar[OrderedDict[str, float]] = _union(
        [_surnames(g, "F") for g in GROUPS]
    )
    patronymic_formats_male: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {"{{patronymic_ovich_male}}": 1.0}
    )
    patronymic_formats_female: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {"{{patronymic_ovna_female}}": 1.0}
    )
    vowels = "аеёиоуыэюя"
    sibilant_endings = ("ш", "ч", "ж", "щ")
    ovich_after_vowel = ("евич", "евна")
    ovich_after_sibilant = ("евич", "евна")
    ovich_after_consonant = ("ович", "овна")

    def ovich(self, father: str, female: bool) -> str:
        """Patronymic from a father's name: the data's form if irregular (Сергей -> Сергеевич)."""
        forms = _patronymic_forms().get(father)
        if forms is not None:
            return forms[1 if female else 0]
        return super().ovich(father, female)

    @staticmethod
    @functools.cache
    def _weighted(group: str, part: str, sex: str, cohort_index: int) -> OrderedDict[str, float]:
        row = _GROUP_ROWS[group]
        if part == "surname":
            return _surnames(group, sex)
        source = row["given_from"] if part == "given" else row["father_from"]
        base = _given(source, sex)
        eras = _eras()
        from malaka.datasets.providers.person import ERA_FACTORS

        return OrderedDict(
            (k, w * ERA_FACTORS[eras.get(k, "any")][cohort_index]) for k, w in base.items()
        )

    def name_male(self) -> str:
        """Full male name, its parts from one naming tradition."""
        year = self.generator.random.randint(1950, 2005)
        surname, given, patronymic, _ = self.names_for("M", year, 1)[0]
        return f"{surname} {given} {patronymic}"

    def name_female(self) -> str:
        """Full female name, its parts from one naming tradition."""
        year = self.generator.random.randint(1950, 2005)
        surname, given, patronymic, _ = self.names_for("F", year, 1)[0]
        return f"{surname} {given} {patronymic}"

    def names_for(self, sex: str, birth_year: int, length: int) -> list[tuple[str, str, str, str]]:
        """``length`` names ``(surname, given, patronymic, group)``, each in one tradition."""
        c = cohort(birth_year)
        father_c = cohort(birth_year - 28)
        groups = self.random_elements(OrderedDict(GROUPS), length, use_weighting=True)
        out: list[tuple[str, str, str, str]] = []
        for group in GROUPS:
            k = sum(1 for g in groups if g == group)
            if not k:
                continue
            given = self.random_elements(
                self._weighted(group, "given", sex, c), k, use_weighting=True
            )
            surnames = self.random_elements(
                self._weighted(group, "surname", sex, c), k, use_weighting=True
            )
            fathers = self.random_elements(
                self._weighted(group, "father", "M", father_c), k, use_weighting=True
            )
            out += [
                (s, g, self.ovich(f, sex == "F"), group)
                for s, g, f in zip(surnames, given, fathers, strict=True)
            ]
        return out
