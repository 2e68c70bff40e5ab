"""Data an officer would recognise: realism properties asserted on the shipped datasets.

Each dataset is built once per session (the ``built`` fixture). The checks are independent of
the generator's own bookkeeping: gendered words are found with word lists written here, not
read from the phrase data, so a sentence written in the wrong voice is caught.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from malaka.datasets.providers import malaka_faker
from malaka.datasets.providers.person import Provider as PersonProvider
from malaka.datasets.providers.places import district_key, mahalla_ids, resolve_district

#: The datasets this issue made realistic (people, places, appeal texts).
#: Spec -> its tables of people as generated (the extracts' name variants are defects on purpose).
PEOPLE_SPECS = {
    "tuman-appeals": ("citizens", "staff"),
    "interagency-extracts": ("register",),
    "leaked-export": ("export",),
}
TEXT_SPECS = ("tuman-appeals", "appeal-texts")

# First-person words only one sex writes (Russian past tense, self-descriptions, spouses).
_FEMALE_RU = (
    r"\bя (?:\w+ )?(?:перевела|поняла|нажала|подавала|потеряла|оставила|получила|говорила"
    r"|обращалась|заказала)\b|\bмногодетная мать\b|\bя (?:пенсионерка|студентка|безработная"
    r"|осуждена)\b|\bне согласна\b|\b(?:хотела|сняла|записалась|простояла|набрала|подала"
    r"|заплатила|дала|перевела) |\bпотерпевшей\b|^(?:\W*\w+\W+){0,6}?(?:бывший )?муж\b(?! её)"
)
_MALE_RU = (
    r"\bя (?:\w+ )?(?:перевёл|понял|нажал|подавал|потерял|оставил|получил|говорил"
    r"|обращался|заказал)\b|\bмногодетный отец\b|\bя (?:пенсионер|студент|безработный"
    r"|осуждён)\b|\bне согласен\b|\b(?:хотел|снял|записался|простоял|набрал|подал|заплатил"
    r"|дал|перевёл) |\bпотерпевшим\b|\bбывш(?:ая|ей) жен|\bвоенный билет\b"
)
_FEMALE_UZ = r"\berim\b|\bsobiq erim\b|\bonaman\b|«ona,|\bqaynonam va erim\b"
_MALE_UZ = r"\bxotinim\b|\botaman\b|«dada,|\bharbiy guvohnomam"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


VOICE = {
    "F": [_rx(_FEMALE_RU), _rx(_FEMALE_UZ), _rx(r"\bэрим\b|\bонаман\b|«она,")],
    "M": [_rx(_MALE_RU), _rx(_MALE_UZ), _rx(r"\bхотиним\b|\bотаман\b|«дада,|\bҳарбий гувоҳномам")],
}


def _contradicts(text: str, sex: str) -> bool:
    """The text has a first-person word of the other sex."""
    other = "M" if sex == "F" else "F"
    return any(p.search(text) for p in VOICE[other])


def _table(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(folder / f"{name}.parquet")


@pytest.fixture(scope="module")
def tuman(built: Any) -> dict[str, pd.DataFrame]:
    folder = built("tuman-appeals")
    names = ("appeals", "citizens", "staff", "interagency_requests", "status_history")
    return {n: _table(folder, n) for n in names}


@pytest.fixture(scope="module")
def texts(built: Any) -> pd.DataFrame:
    return _table(built("appeal-texts"), "texts")


def _applicant_texts(tuman: dict[str, pd.DataFrame]) -> pd.DataFrame:
    app = tuman["appeals"]
    cit = tuman["citizens"][["citizen_id", "sex", "district_id", "mahalla_id"]]
    return app.merge(cit, on="citizen_id", how="inner")


# --- texts -------------------------------------------------------------------------------------


def test_the_detector_sees_both_voices() -> None:
    assert _contradicts("Я уже обращалась по этому вопросу.", "M")
    assert _contradicts("Erim har kuni ichib keladi.", "M")
    assert _contradicts("Эрим ҳар куни ичиб келади.", "M")
    assert _contradicts("Я многодетный отец.", "F")
    assert not _contradicts("Сейчас за стеной соседка кричит о помощи, её избивают!", "M")
    assert not _contradicts("Пожилой отец ушёл из дома.", "F")


def test_voice_matches_the_applicants_sex(tuman: dict[str, pd.DataFrame]) -> None:
    joined = _applicant_texts(tuman)
    bad = [_contradicts(t, s) for t, s in zip(joined["text"], joined["sex"], strict=True)]
    share = sum(bad) / len(joined)
    assert share < 0.01, joined.loc[bad, ["sex", "text"]].head().to_string()
    # the voice is really there: some texts carry first-person gendered words
    assert sum(
        _contradicts(t, "M" if s == "F" else "F")
        for t, s in zip(joined["text"], joined["sex"], strict=True)
    ) > 0.02 * len(joined)


def test_voice_matches_the_writer_in_appeal_texts(texts: pd.DataFrame) -> None:
    bad = [_contradicts(t, s) for t, s in zip(texts["text"], texts["sex"], strict=True)]
    assert sum(bad) / len(texts) < 0.01, texts.loc[bad, ["sex", "text"]].head().to_string()


def test_no_duplicate_texts_unless_a_repeat(
    tuman: dict[str, pd.DataFrame], texts: pd.DataFrame
) -> None:
    app = tuman["appeals"]
    first = app[app["repeat_of"].isna()]
    assert not first["text"].duplicated().any()
    assert not texts["text"].duplicated().any()
    # a repeat appeal says so and restates its first appeal's matter
    repeats = app[app["repeat_of"].notna()]
    assert len(repeats) > 10
    text_of = app.set_index("reg_no")["text"]
    first_of = repeats["repeat_of"].map(text_of)
    said = [
        len(set(r.split()) & set(f.split())) >= 0.6 * len(set(f.split()))
        for r, f in zip(repeats["text"], first_of, strict=True)
    ]
    assert sum(said) / len(said) > 0.9


def _category_sentences() -> dict[str, list[str]]:
    """Per category, long literal pieces of its sentences (voice alternatives resolved)."""
    from malaka.datasets import texts as tx

    out: dict[str, list[str]] = {}
    for cid, cat in tx.phrasebook().categories.items():
        pieces: list[str] = []
        for lang in ("uz", "ru"):
            for t in cat.templates[lang]:
                plain = re.sub(r"\[([^|\]]*)\|[^\]]*\]", r"\1", t.text)
                pieces += [p.strip() for p in re.split(r"\{\w+\}|\[|\]", plain) if len(p) >= 25]
        out[cid] = pieces
    # a piece two categories share ("...недели назад, ответа нет.") tells no category apart
    count: dict[str, int] = {}
    for ps in out.values():
        for p in set(ps):
            count[p] = count.get(p, 0) + 1
    return {c: [p for p in ps if count[p] == 1] for c, ps in out.items()}


def test_one_topic_per_text(texts: pd.DataFrame) -> None:
    """A clean text carries sentences of its own category only (nothing spliced in)."""
    pieces = _category_sentences()
    clean = texts[(texts["noise"] == "") & (texts["script"] != "uz_Cyrl")]
    spliced = 0
    for text, cat in zip(clean["text"], clean["category"], strict=True):
        low = text.casefold()
        others = [
            c for c, ps in pieces.items() if c != cat and any(p.casefold() in low for p in ps)
        ]
        spliced += bool(others)
    assert spliced == 0


def test_hotline_1102_carries_complaints_about_officers(tuman: dict[str, pd.DataFrame]) -> None:
    app = tuman["appeals"]
    hot = app[app["channel"] == "hotline_1102"]
    assert len(hot) > 20
    assert set(hot["category"]) <= {"misconduct", "procedural"}


def test_local_terms(tuman: dict[str, pd.DataFrame], texts: pd.DataFrame) -> None:
    for series in (tuman["appeals"]["text"], texts["text"]):
        assert not series.str.contains(r"\bДПС\b|\bГИБДД\b").any()


def _known_names() -> set[str]:
    names: set[str] = set()
    for loc in ("uz_Latn", "uz_Cyrl", "ru"):
        fake = malaka_faker(loc, 0)
        for p in fake.get_providers():
            if isinstance(p, PersonProvider):
                names |= set(p.first_names_male) | set(p.first_names_female)
    return names


@pytest.mark.parametrize("spec_id", sorted(PEOPLE_SPECS))
def test_names_are_current_in_uzbekistan(built: Any, spec_id: str) -> None:
    """Given names come from the project's lists (not Faker's ru_RU: Евпраксия, Онуфрий)."""
    known = _known_names()
    assert not {"Евпраксия", "Онуфрий", "Евстигней"} & known
    seen = 0
    for table in PEOPLE_SPECS[spec_id]:
        df = pd.read_parquet(built(spec_id) / f"{table}.parquet")
        if "given_name" in df.columns or "full_name" in df.columns:
            given = (
                set(df["given_name"].dropna())
                if "given_name" in df.columns
                else {n.split()[1] for n in df["full_name"].dropna() if len(n.split()) > 1}
            )
            assert given <= known, sorted(given - known)[:10]
            seen += 1
    assert seen


# --- geography ---------------------------------------------------------------------------------


def test_applicants_live_in_the_appeals_district(tuman: dict[str, pd.DataFrame]) -> None:
    joined = _applicant_texts(tuman)
    want = joined["district"].astype(str).map(lambda d: resolve_district(d, "Toshkent shahri").id)
    assert (joined["district_id"].astype(int) == want).all()
    cit = tuman["citizens"]
    for did, ids in cit.groupby("district_id")["mahalla_id"]:
        assert set(ids) <= set(mahalla_ids(int(did)))
        assert ids.str.startswith(district_key(int(did)) + "/").all()


def test_texts_name_only_the_appeals_district(tuman: dict[str, pd.DataFrame]) -> None:
    from malaka.datasets.providers.places import regions

    app = tuman["appeals"]
    assert app["text"].str.contains("Chilonzor tuman|Чиланзарском районе|Чилонзор туман").any()
    others = {d.name_uz for r in regions() for d in r.districts} - {"Chilonzor"}
    words = set(app["text"].str.extractall(r"(\w+(?:'\w+)?) (?:tumani|shahri)")[0])
    assert not words & others, words & others


# --- regimes and timing ------------------------------------------------------------------------

_VIOLENCE = re.compile(
    r"urib|uryapti|urdi|kaltak|zo.?ravonlik|pichoq|order|уриб|уряпти|урди|калтак|зўравонлик"
    r"|пичоқ|ордер|избива|насили|ножом|руку на",
    re.IGNORECASE,
)


def test_domestic_regime_fits_the_case(tuman: dict[str, pd.DataFrame]) -> None:
    app = tuman["appeals"]
    dom = app[app["category"] == "domestic"]
    assert set(dom["regime"]) <= {"appeals_law", "administrative", "criminal"}
    crim = dom[dom["regime"] == "criminal"]
    # a criminal regime is a report of violence (vague texts aside)
    assert crim["text"].str.contains(_VIOLENCE).mean() > 0.85


def test_domestic_appeals_come_under_both_regimes(tuman: dict[str, pd.DataFrame]) -> None:
    """The scenario draws the regime per appeal (criminal or appeals law): both occur, each
    text fits its regime, and each regime has its own clock (10-day check, 15 days or more)."""
    app = tuman["appeals"]
    dom = app[app["category"] == "domestic"]
    counts = dom["regime"].value_counts()
    assert set(counts.index) == {"criminal", "appeals_law"}
    assert counts.min() >= 0.2 * len(dom), counts.to_dict()
    violent = dom["text"].str.contains(_VIOLENCE)
    # appeals-law texts are quarrels, threats, evictions: no violence reported
    assert violent[dom["regime"] == "appeals_law"].mean() < 0.05
    assert violent[dom["regime"] == "criminal"].mean() > 0.85
    days = (dom["due_at"] - dom["received_at"]).dt.total_seconds() / 86400
    assert days[dom["regime"] == "criminal"].between(10, 15, inclusive="left").all()
    assert (days[dom["regime"] == "appeals_law"] >= 15).all()


def test_answer_times_look_like_a_department(tuman: dict[str, pd.DataFrame]) -> None:
    app = tuman["appeals"]
    law = app[(app["regime"] == "appeals_law") & app["answered_at"].notna()]
    days = (law["answered_at"] - law["received_at"]).dt.total_seconds() / 86400
    assert 3 <= days.median() <= 10
    assert (days <= 15).mean() > 0.85


def test_agencies_reply_and_reminders_go_in_working_time(tuman: dict[str, pd.DataFrame]) -> None:
    req = tuman["interagency_requests"]
    for col in ("replied_at", "reminded_at", "escalated_at"):
        t = req[col].dropna()
        assert ((t.dt.hour >= 9) & (t.dt.hour < 18)).all(), col
        assert (t.dt.day_of_week < 5).all(), col


# --- noise is stated ---------------------------------------------------------------------------


@pytest.mark.parametrize("spec_id", TEXT_SPECS)
def test_noise_is_stated_in_the_spec(repo: Path, spec_id: str) -> None:
    spec = yaml.safe_load((repo / "datasets/specs" / f"{spec_id}.yaml").read_text())
    words = {"uz": "xato", "ru": "опечат", "en": "typo"}
    for lang, word in words.items():
        assert word in spec["description"][lang].lower(), (spec_id, lang)
    texts_md = (repo / "datasets/TEXTS.md").read_text()
    assert "on purpose" in texts_md
