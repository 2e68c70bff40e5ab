"""Uzbek Latin <-> Cyrillic: tricky words, apostrophe variants, exact round trip on our data."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from malaka.datasets.pools import people
from malaka.datasets.providers._data import column, read_csv
from malaka.datasets.providers.places import regions
from malaka.datasets.translit import (
    ascii_slug,
    name_variants,
    normalise_apostrophes,
    russian_to_latin,
    to_cyrillic,
    to_latin,
    to_russian_spelling,
)

# (Latin, Uzbek Cyrillic as printed in dictionaries)
KNOWN = [
    ("o'g'il", "ўғил"),
    ("g'isht", "ғишт"),
    ("ma'no", "маъно"),
    ("shahar", "шаҳар"),
    ("Tosh-kent", "Тош-кент"),
    ("yangi", "янги"),
    ("Yo'ldosh", "Йўлдош"),
    ("Mang'it", "Манғит"),  # n + g' (not ng)
    ("dengiz", "денгиз"),  # ng
    ("Is'hoq", "Исҳоқ"),  # s'h is s + h, not sh
    ("Ishoq", "Ишоқ"),
    ("chiroq", "чироқ"),
    ("aytsa", "айтса"),  # ts across a morpheme boundary stays тс
    ("militsiya", "милиция"),  # -tsiya is ц
    ("Yevropa", "Европа"),  # ye at word start
    ("qayer", "қаер"),  # ye after a vowel
    ("ekin", "экин"),  # e at word start
    ("poema", "поэма"),  # e after a vowel
    ("kecha", "кеча"),
    ("Ilyos", "Илёс"),
    ("yulduz", "юлдуз"),
    ("Yaxshi", "Яхши"),
    ("Tuproqqal'a", "Тупроққалъа"),
    ("mo''jiza", "мўъжиза"),
    ("O'ZBEKISTON", "ЎЗБЕКИСТОН"),
    ("SHAHAR", "ШАҲАР"),
    ("MA'NO", "МАЪНО"),
    ("g'e", "ғе"),  # e after g' (a consonant)
    ("o'ye", "ўе"),  # ye after o' (a vowel)
    ("Sherzod", "Шерзод"),
    ("Xo'jayev", "Хўжаев"),
    ("Aliyev", "Алиев"),
    ("Ergasheva", "Эргашева"),
    ("Abdullayevich", "Абдуллаевич"),
    ("Rustam o'g'li", "Рустам ўғли"),
    ("Dilnoza qizi", "Дилноза қизи"),
    ("Navro'z MFY, Amir Temur ko'chasi, 12-uy", "Наврўз МФЙ, Амир Темур кўчаси, 12-уй"),
]


@pytest.mark.parametrize(("latin", "cyrillic"), KNOWN)
def test_known_words(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize("variant", ["'", "\u2018", "\u2019", "\u02bb", "\u02bc", "`"])
def test_every_apostrophe_variant_reads_the_same(variant: str) -> None:
    word = f"O{variant}zbekiston, g{variant}isht, ma{variant}no"
    assert to_cyrillic(word) == "Ўзбекистон, ғишт, маъно"
    assert normalise_apostrophes(word) == "O'zbekiston, g'isht, ma'no"


def test_official_apostrophes_separate_letter_modifier_from_tutuq() -> None:
    assert normalise_apostrophes("O'zbekiston ma'no", "official") == "O\u02bbzbekiston ma\u02bcno"
    assert to_latin("Ўзбекистон маъно", "official") == "O\u02bbzbekiston ma\u02bcno"
    assert to_cyrillic("O\u02bbzbekiston ma\u02bcno") == "Ўзбекистон маъно"


def test_title_case_and_all_caps_digraphs() -> None:
    assert to_latin("Шаҳар") == "Shahar"
    assert to_latin("ШАҲАР") == "SHAHAR"
    assert to_latin("Ш") == "Sh"
    assert to_latin("Чўлпон") == "Cho'lpon"


def test_other_characters_pass_through() -> None:
    assert to_cyrillic("2024-yil 15 kun! ") == "2024-йил 15 кун! "
    assert to_latin("Ташкент, 2024") == "Tashkent, 2024"


def test_russian_spelling_and_ascii_slug() -> None:
    assert to_russian_spelling("Navro'z") == "Навруз"
    assert to_russian_spelling("Ma'rifat") == "Марифат"
    assert ascii_slug("G'ulomov") == "gulomov"
    assert ascii_slug("Щукин") == "shchukin"
    assert ascii_slug("Қўчқоров") == "qochqorov"


def _all_data_strings() -> list[str]:
    out: list[str] = []
    for name in ("given_names_male.csv", "given_names_female.csv"):
        out += column(name, "name")
    sur = column("surnames.csv", "surname_male")
    out += list(sur) + [s + "a" for s in sur]
    out += [f"{g}ovich" for g in column("given_names_male.csv", "name")]
    out += column("mahalla_names.csv", "name_uz") + column("street_names.csv", "name_uz")
    out += [row["name_uz"] for row in read_csv("districts.csv")]
    for r in regions():
        out += [r.full_name("uz_Latn")] + [d.full_name("uz_Latn") for d in r.districts]
    return out


def test_round_trip_exact_on_every_data_list() -> None:
    bad = [s for s in _all_data_strings() if to_latin(to_cyrillic(s)) != s]
    assert bad == []


def test_round_trip_exact_on_generated_people() -> None:
    df = people(8_000, np.random.default_rng(7))
    lat = df[df["script"] == "uz_Latn"]
    cyr = df[df["script"] == "uz_Cyrl"]
    assert len(lat) > 4_000
    assert len(cyr) > 1_000
    for col in ("full_name", "mahalla", "address"):
        bad_l = [s for s in lat[col] if to_latin(to_cyrillic(s)) != s]
        bad_c = [s for s in cyr[col] if to_cyrillic(to_latin(s)) != s]
        assert bad_l == [], col
        assert bad_c == [], col
    # Cyrillic rows hold no Latin letters (and Latin rows no Cyrillic ones) in names.
    assert not cyr["full_name"].str.contains("[A-Za-z]").any()
    assert not lat["full_name"].str.contains("[А-Яа-яЎўҚқҒғҲҳЁё]").any()


def test_name_variants_for_record_linkage() -> None:
    v = name_variants("Qo\u2019chqorov")
    assert v == {
        "latin": "Qo'chqorov",
        "official": "Qo\u02bbchqorov",
        "no_apostrophe": "Qochqorov",
        "cyrillic": "Қўчқоров",
        "russian": "Кучкоров",
        "russian_latin": "Kuchkorov",
        "x_as_kh": "Qo'chqorov",
    }
    assert name_variants("Xo'jayev")["x_as_kh"] == "Kho'jayev"
    assert name_variants("Jo'rayev")["russian_latin"] == "Zhuraev"


def test_russian_to_latin_keeps_case() -> None:
    assert russian_to_latin("Щукин Ёлкин") == "Shchukin Yolkin"
    assert russian_to_latin("ЖУРАЕВ") == "ZHURAEV"
    assert russian_to_latin("Ж") == "Zh"


_TOKENS = [
    *"abdefghijklmnopqrstuvxyz",
    "o'",
    "g'",
    "sh",
    "ch",
    "ng",
    "ye",
    "yo",
    "yu",
    "ya",
    "'",
    "s'h",
]


@settings(max_examples=400, deadline=None)
@example(["a''sh"], str.upper, " ")  # a run of apostrophes in an all-caps word
@example(["o''sh"], str.upper, " ")
@given(
    st.lists(
        st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=8).map("".join),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from([str.lower, str.capitalize, str.upper]),
    st.sampled_from([" ", "-", ", "]),
)
def test_round_trip_property(words: list[str], case: object, sep: str) -> None:
    """Any Latin text made of Uzbek letters survives Latin -> Cyrillic -> Latin.

    Except a one-letter all-caps word: ``Ш`` alone cannot tell ``SH`` from ``Sh``.
    """
    assert callable(case)
    if case is str.upper:
        assume(all(len(to_cyrillic(w).lower().strip("ъ")) > 1 for w in words))
    text = sep.join(case(w) for w in words)
    assert to_latin(to_cyrillic(text)) == text
