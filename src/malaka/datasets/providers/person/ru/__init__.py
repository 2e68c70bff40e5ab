"""Russian-speaking citizens: Faker's own ``ru_RU`` name lists, in the same API."""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from faker.providers.person.ru_RU import Provider as RuRuProvider

from malaka.datasets.providers.person import Provider as PersonProvider


class Provider(PersonProvider):
    """Russian: ``Иванов Сергей Петрович``; data from Faker's ``ru_RU`` person provider."""

    first_names_male: ClassVar[OrderedDict[str, float]] = OrderedDict(
        (n, 1.0) for n in RuRuProvider.first_names_male
    )
    first_names_female: ClassVar[OrderedDict[str, float]] = OrderedDict(
        (n, 1.0) for n in RuRuProvider.first_names_female
    )
    last_names_male: ClassVar[OrderedDict[str, float]] = OrderedDict(
        (n, 1.0) for n in RuRuProvider.last_names_male
    )
    last_names_female: ClassVar[OrderedDict[str, float]] = OrderedDict(
        (n, 1.0) for n in RuRuProvider.last_names_female
    )
    patronymic_formats_male: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {"{{middle_name_male}}": 1.0}
    )
    patronymic_formats_female: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {"{{middle_name_female}}": 1.0}
    )
    vowels = "аеёиоуыэюя"
    sibilant_endings = ("ш", "ч", "ж", "щ")
    ovich_after_vowel = ("евич", "евна")
    ovich_after_sibilant = ("евич", "евна")
    ovich_after_consonant = ("ович", "овна")
