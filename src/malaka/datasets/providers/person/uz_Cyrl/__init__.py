"""Uzbek names in the Cyrillic script: the Latin data through :func:`to_cyrillic`.

Deriving the Cyrillic lists from the Latin ones (rather than keeping a second list) is what
makes a person's two spellings agree, and makes the round trip testable.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import ClassVar

from malaka.datasets.providers.person.uz_Latn import Provider as LatinProvider
from malaka.datasets.translit import to_cyrillic


def _cyr(d: OrderedDict[str, float]) -> OrderedDict[str, float]:
    return OrderedDict((to_cyrillic(k), w) for k, w in d.items())


class Provider(LatinProvider):
    """Uzbek Cyrillic: ``Каримов Рустам Алишер ўғли``."""

    first_names_male = _cyr(LatinProvider.first_names_male)
    first_names_female = _cyr(LatinProvider.first_names_female)
    first_name_eras: ClassVar[dict[str, str]] = {
        to_cyrillic(k): v for k, v in LatinProvider.first_name_eras.items()
    }
    last_names_male = _cyr(LatinProvider.last_names_male)
    last_names_female = _cyr(LatinProvider.last_names_female)
    patronymic_formats_male: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {"{{father_name}} ўғли": 0.6, "{{patronymic_ovich_male}}": 0.4}
    )
    patronymic_formats_female: ClassVar[OrderedDict[str, float]] = OrderedDict(
        {"{{father_name}} қизи": 0.6, "{{patronymic_ovna_female}}": 0.4}
    )
    vowels = "аеёиоуэюяў"
    sibilant_endings = ("ш", "ч", "ж")
    ovich_after_vowel = ("евич", "евна")
    ovich_after_sibilant = ("евич", "евна")
    ovich_after_consonant = ("ович", "овна")
