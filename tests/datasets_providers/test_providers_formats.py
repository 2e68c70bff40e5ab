"""Every provider method works for every locale; every format token resolves (Faker's habit)."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable

import pytest
from faker.providers import BaseProvider

from malaka.datasets.providers import (
    LOCALES,
    UnknownLocaleError,
    canonical_locale,
    malaka_faker,
    provider_classes,
)

TOKEN = re.compile(r"\{\{\s*(\w+)\s*\}\}")
# Methods that Faker's BaseProvider already has (random_element...), tested by Faker itself.
BASE = set(dir(BaseProvider))


def _own_methods(cls: type[BaseProvider]) -> Iterable[str]:
    for name, member in inspect.getmembers(cls, inspect.isfunction):
        if name.startswith("_") or name in BASE:
            continue
        sig = inspect.signature(member)
        required = [
            p
            for p in list(sig.parameters.values())[1:]
            if p.default is inspect.Parameter.empty
            and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        ]
        if not required:
            yield name


CASES = [
    (loc, cls, name)
    for loc in LOCALES
    for cls in provider_classes(loc)
    for name in _own_methods(cls)
]


@pytest.mark.parametrize(
    ("locale", "cls", "method"),
    CASES,
    ids=[f"{loc}-{cls.__module__.split('.', 3)[-1]}-{m}" for loc, cls, m in CASES],
)
def test_every_method_for_every_locale(locale: str, cls: type[BaseProvider], method: str) -> None:
    fake = malaka_faker(locale, seed=3)
    for _ in range(20):
        value = getattr(fake, method)()
        assert isinstance(value, str | int)
        if isinstance(value, str):
            assert value
            assert value == value.strip()
            assert "  " not in value
            assert "{{" not in value
            assert "#" not in value


FORMAT_CASES = [
    (loc, cls, attr)
    for loc in LOCALES
    for cls in provider_classes(loc)
    for attr in dir(cls)
    if attr.endswith("formats") and not attr.startswith("_")
]


@pytest.mark.parametrize(
    ("locale", "cls", "attr"),
    FORMAT_CASES,
    ids=[f"{loc}-{cls.__module__.split('.', 3)[-1]}-{a}" for loc, cls, a in FORMAT_CASES],
)
def test_every_format_token_resolves(locale: str, cls: type[BaseProvider], attr: str) -> None:
    fake = malaka_faker(locale, seed=4)
    formats = getattr(cls, attr)
    assert len(formats) > 0, f"{cls.__module__}.{attr} is empty"
    for fmt in formats:
        for token in TOKEN.findall(fmt):
            assert callable(getattr(fake, token, None)), f"{fmt!r}: unknown token {token}"
        for _ in range(10):
            out = fake.numerify(fake.parse(fmt))
            assert out
            assert "{{" not in out
            assert "  " not in out
            assert out == out.strip()


def test_three_locales_each_with_all_categories() -> None:
    assert set(LOCALES) == {"uz_Latn", "uz_Cyrl", "ru"}
    for loc in LOCALES:
        assert len(provider_classes(loc)) == 6


@pytest.mark.parametrize(
    ("given", "expected"),
    [("uz-Cyrl", "uz_Cyrl"), ("uz_UZ", "uz_Latn"), ("RU_ru", "ru"), ("uz", "uz_Latn")],
)
def test_locale_aliases(given: str, expected: str) -> None:
    assert canonical_locale(given) == expected


def test_unknown_locale_is_a_clear_error() -> None:
    with pytest.raises(UnknownLocaleError, match=r"kk_KZ.*uz_Latn, uz_Cyrl, ru"):
        malaka_faker("kk_KZ", 1)


@pytest.mark.parametrize("locale", list(LOCALES))
def test_seeded_instances_repeat(locale: str) -> None:
    a, b = malaka_faker(locale, 99), malaka_faker(locale, 99)
    other = malaka_faker(locale, 100)
    seq_a = [a.name(), a.address(), a.phone_number(), a.pinfl(), a.passport_number(), a.email()]
    other.name()  # using another instance in between must not disturb b
    seq_b = [b.name(), b.address(), b.phone_number(), b.pinfl(), b.passport_number(), b.email()]
    assert seq_a == seq_b


def test_cyrillic_locale_writes_cyrillic() -> None:
    fake = malaka_faker("uz_Cyrl", 5)
    for _ in range(50):
        assert not re.search("[A-Za-z]", fake.name() + fake.address())
    ru = malaka_faker("ru", 5)
    assert re.search("(ул\\.|д\\.)", ru.address())


@pytest.mark.parametrize("locale", list(LOCALES))
def test_methods_with_arguments_for_every_locale(locale: str) -> None:
    from malaka.datasets.providers.places import regions

    fake = malaka_faker(locale, 6)
    for r in regions():
        for d in r.districts:
            addr = fake.address_in(d.id)
            assert d.full_name(fake.address_in.__self__.script) in addr
            assert addr.startswith(r.full_name(fake.address_in.__self__.script) + ", ")
    assert "@" in fake.email_for(fake.first_name(), fake.last_name(), 1990)
    assert fake.ovich("Abdulla" if locale == "uz_Latn" else "Абдулла", female=False)
    with pytest.raises(KeyError):
        fake.address_in(1)
