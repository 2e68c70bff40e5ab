"""Person names for citizens of Uzbekistan: given name, surname, patronymic, sex-consistent.

The generic provider holds the methods; each locale (``uz_Latn``, ``uz_Cyrl``, ``ru``) holds the
weighted data, as in Faker's own providers. Full names follow the order of Uzbek documents:
surname, given name, patronymic (``Karimov Rustam Alisher o'g'li``).

Names go in and out of fashion: the data marks some names ``old`` (Tursunoy, Eshmat) or
``new`` (Mubina, Muhammadali). The ``*_for(sex, birth_year)`` methods weight them by the
person's birth cohort, and build the patronymic from a father one generation older; older
people also carry the Russian-style patronymic more often (documents before the 2010s).
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from typing import ClassVar, Final

from faker.providers import BaseProvider

localized = True

#: Birth cohorts: born before 1975, 1975-1994, 1995 or later.
COHORT_STARTS: Final = (1975, 1995)
#: Weight multiplier of a name of each era, per cohort (our estimate, unconfirmed).
ERA_FACTORS: Final[dict[str, tuple[float, float, float]]] = {
    "any": (1.0, 1.0, 1.0),
    "old": (4.0, 1.0, 0.1),
    "new": (0.05, 0.5, 3.0),
}
#: Weight multiplier of the Russian-style patronymic, per cohort (our estimate, unconfirmed).
OVICH_FACTORS: Final = (1.5, 1.0, 0.4)
#: Age of a father at his child's birth, for the father's own cohort.
FATHER_AGE: Final = 28


def cohort(birth_year: int) -> int:
    """0, 1 or 2: born before 1975, in 1975-1994, or in 1995 or later."""
    return sum(birth_year >= start for start in COHORT_STARTS)


class Provider(BaseProvider):
    """Methods shared by every locale; locales override the class-level data only."""

    # Faker weights OrderedDict data only for providers it loads itself; ours are added later.
    __use_weighting__ = True

    first_names_male: ClassVar[OrderedDict[str, float]] = OrderedDict()
    first_names_female: ClassVar[OrderedDict[str, float]] = OrderedDict()
    last_names_male: ClassVar[OrderedDict[str, float]] = OrderedDict()
    last_names_female: ClassVar[OrderedDict[str, float]] = OrderedDict()

    formats_male: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {"{{last_name_male}} {{first_name_male}} {{patronymic_male}}": 1.0}
    )
    formats_female: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {"{{last_name_female}} {{first_name_female}} {{patronymic_female}}": 1.0}
    )
    #: Uzbek style (``Alisher o'g'li``) vs Russian style (``Alisherovich``) patronymics.
    patronymic_formats_male: ClassVar[OrderedDict[str, float]] = OrderedDict()
    patronymic_formats_female: ClassVar[OrderedDict[str, float]] = OrderedDict()

    #: Given name -> era (``old``, ``new``; absent = ``any``), in this locale's script.
    first_name_eras: ClassVar[dict[str, str]] = {}

    #: Russian-style patronymic endings by the last letter of the father's name.
    vowels: ClassVar[str] = "aeiou"
    sibilant_endings: ClassVar[tuple[str, ...]] = ("sh", "ch", "j")
    ovich_after_vowel: ClassVar[tuple[str, str]] = ("yevich", "yevna")
    ovich_after_sibilant: ClassVar[tuple[str, str]] = ("evich", "evna")
    ovich_after_consonant: ClassVar[tuple[str, str]] = ("ovich", "ovna")

    def first_name_male(self) -> str:
        """A male given name, weighted by how common it is."""
        return self.random_element(self.first_names_male)

    def first_name_female(self) -> str:
        """A female given name, weighted by how common it is."""
        return self.random_element(self.first_names_female)

    @classmethod
    @functools.cache
    def first_names_by_cohort(cls, sex: str, cohort_index: int) -> OrderedDict[str, float]:
        """Given-name weights for one sex (``"M"``/``"F"``) and birth cohort (0, 1, 2)."""
        base = cls.first_names_male if sex == "M" else cls.first_names_female
        return OrderedDict(
            (name, w * ERA_FACTORS[cls.first_name_eras.get(name, "any")][cohort_index])
            for name, w in base.items()
        )

    def first_name_for(self, sex: str, birth_year: int) -> str:
        """A given name for someone of this sex born in this year."""
        return self.random_element(self.first_names_by_cohort(sex, cohort(birth_year)))

    @classmethod
    @functools.cache
    def patronymic_styles(cls, sex: str, cohort_index: int) -> OrderedDict[str, float]:
        """Patronymic formats weighted for a cohort (Russian style more common among elders)."""
        styles = cls.patronymic_formats_female if sex == "F" else cls.patronymic_formats_male
        factor = OVICH_FACTORS[cohort_index]
        return OrderedDict(
            (f, w * factor if "patronymic_ov" in f else w) for f, w in styles.items()
        )

    def _patronymic(self, fmt: str, father: str, female: bool) -> str:
        if "{{father_name}}" in fmt:
            return fmt.replace("{{father_name}}", father)
        if "patronymic_ov" in fmt:
            return self.ovich(father, female)
        return str(self.generator.parse(fmt))  # a locale with its own list (ru: middle names)

    def patronymic_for(self, sex: str, birth_year: int) -> str:
        """A patronymic for someone born in this year: father's name and style fit the cohort."""
        return self.patronymics_for(sex, birth_year, 1)[0]

    def patronymics_for(self, sex: str, birth_year: int, length: int) -> list[str]:
        """``length`` patronymics at once (two weighted draws instead of two per name)."""
        c = cohort(birth_year)
        fathers = self.random_elements(
            self.first_names_by_cohort("M", cohort(birth_year - FATHER_AGE)), length
        )
        styles = self.random_elements(self.patronymic_styles(sex, c), length)
        return [
            self._patronymic(fmt, father, sex == "F")
            for fmt, father in zip(styles, fathers, strict=True)
        ]

    def names_for(self, sex: str, birth_year: int, length: int) -> list[tuple[str, str, str, str]]:
        """``length`` coherent names ``(surname, given, patronymic, group)`` at once.

        A locale whose names come from several naming traditions (``ru``: Uzbek, Slavic,
        Korean, Tatar families) keeps the three parts of one name in one tradition; the
        ``group`` says which. Here, one tradition: the parts are drawn independently.
        """
        given = self.random_elements(
            self.first_names_by_cohort(sex, cohort(birth_year)), length, use_weighting=True
        )
        last = self.last_names_female if sex == "F" else self.last_names_male
        surnames = self.random_elements(last, length, use_weighting=True)
        patronymics = self.patronymics_for(sex, birth_year, length)
        return [(s, g, p, "") for s, g, p in zip(surnames, given, patronymics, strict=True)]

    def first_name(self) -> str:
        """A given name of either sex (half and half)."""
        return (
            self.first_name_male()
            if self.generator.random.random() < 0.5
            else (self.first_name_female())
        )

    def last_name_male(self) -> str:
        """A male surname (``Karimov``, ``Aliyev``)."""
        return self.random_element(self.last_names_male)

    def last_name_female(self) -> str:
        """A female surname (``Karimova``, ``Aliyeva``)."""
        return self.random_element(self.last_names_female)

    def last_name(self) -> str:
        """A surname of either sex."""
        return (
            self.last_name_male()
            if self.generator.random.random() < 0.5
            else (self.last_name_female())
        )

    def father_name(self) -> str:
        """The father's given name that a patronymic is built from."""
        return self.first_name_male()

    def ovich(self, father: str, female: bool) -> str:
        """Russian-style patronymic from a father's name (``Abdulla`` -> ``Abdullayevich``)."""
        low = father.lower()
        if low[-1:] in self.vowels:
            pair = self.ovich_after_vowel
        elif low.endswith(self.sibilant_endings):
            pair = self.ovich_after_sibilant
        else:
            pair = self.ovich_after_consonant
        return father + pair[1 if female else 0]

    def patronymic_ovich_male(self) -> str:
        """A Russian-style male patronymic (``Rustamovich``)."""
        return self.ovich(self.father_name(), female=False)

    def patronymic_ovna_female(self) -> str:
        """A Russian-style female patronymic (``Rustamovna``)."""
        return self.ovich(self.father_name(), female=True)

    def patronymic_male(self) -> str:
        """A male patronymic in either style, weighted by the locale."""
        return str(self.generator.parse(self.random_element(self.patronymic_formats_male)))

    def patronymic_female(self) -> str:
        """A female patronymic in either style, weighted by the locale."""
        return str(self.generator.parse(self.random_element(self.patronymic_formats_female)))

    def name_male(self) -> str:
        """Full male name in document order: surname, given name, patronymic."""
        return str(self.generator.parse(self.random_element(self.formats_male)))

    def name_female(self) -> str:
        """Full female name in document order."""
        return str(self.generator.parse(self.random_element(self.formats_female)))

    def name(self) -> str:
        """Full name of either sex."""
        return self.name_male() if self.generator.random.random() < 0.5 else self.name_female()
