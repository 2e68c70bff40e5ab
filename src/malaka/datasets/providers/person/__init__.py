"""Person names for citizens of Uzbekistan: given name, surname, patronymic, sex-consistent.

The generic provider holds the methods; each locale (``uz_Latn``, ``uz_Cyrl``, ``ru``) holds the
weighted data, as in Faker's own providers. Full names follow the order of Uzbek documents:
surname, given name, patronymic (``Karimov Rustam Alisher o'g'li``).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from faker.providers import BaseProvider

localized = True


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
