"""Faker providers for Uzbekistan, and :func:`malaka_faker`, the one way to get a Faker.

Layout follows Faker's own: each category package (``person``, ``address``, ``internet``...)
holds a generic ``Provider`` with the methods; its locale sub-packages (``uz_Latn``,
``uz_Cyrl``, ``ru``) override data only. Locale-independent categories (``phone_number``,
``ssn`` = PINFL, ``passport``) have the generic provider only.

Locales:

* ``uz_Latn``: Uzbek in the Latin script (on top of Faker's ``uz_UZ``, for month names);
* ``uz_Cyrl``: Uzbek in the Cyrillic script, the Latin data through one transliteration;
* ``ru``: Russian-speaking citizens of Uzbekistan (on top of Faker's ``ru_RU``).

Example::

    fake = malaka_faker("uz_Cyrl", seed=7)
    fake.name_female()        # 'Каримова Дилноза Алишер қизи'
    fake.address_in(1726294)  # 'Тошкент шаҳри, Чилонзор тумани, ... МФЙ, ... кўчаси, 12-уй'
    fake.pinfl(birth_date=date(1990, 5, 1), sex="F", area_code=294)
    fake.phone_number(), fake.passport_number(), fake.email()

For many rows use :func:`malaka.datasets.pools.people`, which samples pools drawn from these
providers with numpy.
"""

from __future__ import annotations

import importlib
from typing import Final

from faker import Faker
from faker.providers import BaseProvider

#: Our locale -> the Faker locale it is built on.
LOCALES: Final[dict[str, str]] = {"uz_Latn": "uz_UZ", "uz_Cyrl": "uz_UZ", "ru": "ru_RU"}
#: Accepted spellings of each locale (spec files and users write them in many ways).
ALIASES: Final[dict[str, str]] = {
    "uz": "uz_Latn",
    "uz_uz": "uz_Latn",
    "uz_latn": "uz_Latn",
    "uz_latn_uz": "uz_Latn",
    "uz_cyrl": "uz_Cyrl",
    "uz_cyrl_uz": "uz_Cyrl",
    "ru": "ru",
    "ru_ru": "ru",
    "ru_uz": "ru",
}
LOCALIZED: Final = ("person", "address", "internet")
GENERIC: Final = ("phone_number", "ssn", "passport")


class UnknownLocaleError(ValueError):
    """A locale name that is none of :data:`LOCALES` or their aliases."""


def canonical_locale(locale: str) -> str:
    """``"uz-Cyrl"``, ``"uz_cyrl_UZ"`` -> ``"uz_Cyrl"``; :class:`UnknownLocaleError` otherwise."""
    key = locale.strip().replace("-", "_").lower()
    if key not in ALIASES:
        raise UnknownLocaleError(f"unknown locale {locale!r}; use one of {', '.join(LOCALES)}")
    return ALIASES[key]


def provider_classes(locale: str) -> list[type[BaseProvider]]:
    """The provider classes registered for a locale, in registration order."""
    loc = canonical_locale(locale)
    classes: list[type[BaseProvider]] = []
    for cat in LOCALIZED:
        mod = importlib.import_module(f"{__name__}.{cat}.{loc}")
        classes.append(mod.Provider)
    for cat in GENERIC:
        mod = importlib.import_module(f"{__name__}.{cat}")
        classes.append(mod.Provider)
    return classes


def malaka_faker(locale: str, seed: int) -> Faker:
    """A Faker for ``locale`` with our providers, seeded on its own (``seed_instance``).

    Two calls with the same locale and seed give the same sequence in any process, on any day:
    no provider reads the clock.
    """
    loc = canonical_locale(locale)
    fake = Faker(LOCALES[loc])
    for cls in provider_classes(loc):
        fake.add_provider(cls)
    fake.seed_instance(seed)
    return fake


__all__ = ["LOCALES", "UnknownLocaleError", "canonical_locale", "malaka_faker", "provider_classes"]
