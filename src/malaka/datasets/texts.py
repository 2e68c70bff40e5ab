"""Short citizens' appeal texts in Uzbek (Latin and Cyrillic) and Russian, with gold labels.

Why: triage exercises (which category, how urgent, which legal regime, which department) need
texts that read like real appeals and carry a known answer. No public corpus of Uzbek appeals
exists (domain notes §3.3), so texts are composed from hand-written templates per category
(``data/texts/<category>.yaml``) and slot fillers (places, objects, amounts, dates, relations).

Each text is: an optional greeting and self-introduction, one category sentence (one
topic per text), an optional extra sentence and an optional closing request; one in
twelve has only a vague sentence ("I want to explain it in person"), as real appeals do. Uzbek
Cyrillic is the Uzbek Latin text transliterated with :mod:`malaka.datasets.translit`.

The text is written in the applicant's voice: ``[masculine|feminine]`` in the phrase data picks
the word form of the writer's sex (Russian past tense: обращался / обращалась), and sentences
only a woman or a man writes carry ``voice: F`` / ``voice: M`` (a wife about her husband). Place
slots (``{district_loc}``, ``{mahalla}``) come from the applicant's district, and the mahalla is
one of that district's. Texts of one call are distinct (a repeat appeal's text is made by the
dataset builder from the first one).

Noise, applied to a share ``noise`` of the texts, imitates what officers see: typos,
apostrophe variants (o' oʻ o` o’ or none), Russian-keyboard letters in Uzbek Cyrillic (у for
ў), missing punctuation, odd capitalisation, Russian words in Uzbek sentences (and Uzbek words
in Russian ones) and mixed scripts (Cyrillic look-alike letters in Latin words and back).

Labels come from :mod:`malaka.taxonomy`: a category's default urgency, regime and department,
overridden where the text itself says otherwise (ongoing violence raises urgency to P1; a
quarrel without violence is an appeal, not a crime report; a lost driving licence goes to the
traffic service). So labels vary within a category for a reason a reader can see.

Baseline: a TF-IDF over character 2-4-grams (``char_wb``) with multinomial logistic regression
(``C=4``), trained on 3,000 texts from ``appeal_texts(4000, default_rng(2026))`` and tested on
the other 1,000; the figure is in ``datasets/TEXTS.md`` (the test keeps it between 0.6 and
0.97). The errors are the ones a person makes too: migration against misconduct against lost
documents, theft against fraud against a money dispute, misconduct against a procedural
complaint.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Final

import numpy as np
import yaml

from malaka import taxonomy
from malaka.datasets.providers.places import District, mahallas, resolve_district
from malaka.datasets.translit import to_cyrillic, to_russian_spelling

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]

#: Scripts a text can be written in.
SCRIPTS: Final[tuple[str, ...]] = ("uz_Latn", "uz_Cyrl", "ru")

#: Default share of each script (Uzbek Latin first, as the course's users write).
DEFAULT_SCRIPT_MIX: Final[dict[str, float]] = {"uz_Latn": 0.55, "uz_Cyrl": 0.15, "ru": 0.30}

#: Noise operations, as named in the ``noise`` column ("+"-joined, empty for a clean text).
NOISE_OPS: Final[tuple[str, ...]] = (
    "typo",
    "apostrophe",
    "keyboard",
    "punctuation",
    "case",
    "ru_words",
    "uz_words",
    "mixed_script",
)

#: Which noise operations make sense for which script.
OPS_BY_SCRIPT: Final[dict[str, tuple[str, ...]]] = {
    "uz_Latn": ("typo", "apostrophe", "punctuation", "case", "ru_words", "mixed_script"),
    "uz_Cyrl": ("typo", "keyboard", "punctuation", "case", "ru_words", "mixed_script"),
    "ru": ("typo", "punctuation", "case", "uz_words", "mixed_script"),
}

#: Apostrophe variants seen in Uzbek Latin text typed on different keyboards ("" = dropped).
APOSTROPHES: Final[tuple[str, ...]] = ("'", "ʻ", "`", "’", "‘", "")

#: Share of texts whose category sentence is replaced by a vague one (label kept).
VAGUE_RATE: Final[float] = 0.08
#: Sexes a writer can have (the ``sex`` column, as in :mod:`malaka.datasets.pools`).
SEXES: Final[tuple[str, ...]] = ("M", "F")
#: Attempts at composing a text not seen before, before a duplicate is accepted.
UNIQUE_TRIES: Final[int] = 30
DATA_DIR: Final[Path] = Path(__file__).parent / "data" / "texts"
LABEL_COLUMNS: Final[tuple[str, ...]] = ("kind", "category", "urgency", "regime", "department")
_URGENCY_ORDER: Final[dict[str, int]] = {u.id: i for i, u in enumerate(taxonomy.URGENCIES)}
_SLOT = re.compile(r"\{(\w+)\}")
_VOICE = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")
_OVERRIDES: Final[tuple[str, ...]] = ("kind", "urgency", "regime", "department")


@dataclass(frozen=True, slots=True)
class Template:
    """One category sentence and the labels it forces (empty: the category's defaults)."""

    text: str
    overrides: Mapping[str, str] = field(default_factory=dict)
    voice: str | None = None  # "M" / "F": only a man / a woman writes this sentence


@dataclass(frozen=True, slots=True)
class CategoryPhrases:
    """Templates and slot fillers of one category, per language (``uz``, ``ru``)."""

    category: str
    kinds: tuple[tuple[str, float], ...]
    templates: Mapping[str, tuple[Template, ...]]
    slots: Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True, slots=True)
class Phrasebook:
    """Everything read from ``data/texts``: shared parts and every category's phrases."""

    common: Mapping[str, Mapping[str, tuple[str, ...]]]
    slots: Mapping[str, Mapping[str, tuple[str, ...]]]
    categories: Mapping[str, CategoryPhrases]


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: expected a list of strings")
    return tuple(value)


def _slots(raw: object, where: str) -> dict[str, dict[str, tuple[str, ...]]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: expected a mapping of slot -> language -> list")
    return {
        str(name): {str(lang): _strings(vals, f"{where}.{name}.{lang}") for lang, vals in v.items()}
        for name, v in raw.items()
    }


def _template(item: object, where: str) -> Template:
    if isinstance(item, str):
        return Template(item)
    if isinstance(item, dict) and isinstance(item.get("t"), str):
        extra = set(item) - {"t", "voice", *_OVERRIDES}
        if extra:
            raise ValueError(f"{where}: unknown keys {sorted(extra)}")
        voice = item.get("voice")
        if voice is not None and voice not in SEXES:
            raise ValueError(f"{where}: voice must be M or F")
        return Template(
            item["t"], {k: str(item[k]) for k in _OVERRIDES if k in item}, voice and str(voice)
        )
    raise ValueError(f"{where}: a template is a string or a mapping with 't'")


@lru_cache(maxsize=1)
def phrasebook() -> Phrasebook:
    """Load and check the phrase data once per process."""
    common_raw = yaml.safe_load((DATA_DIR / "common.yaml").read_text(encoding="utf-8"))
    common = {
        key: {str(lang): _strings(vals, f"common.{key}.{lang}") for lang, vals in part.items()}
        for key, part in common_raw.items()
        if key != "slots"
    }
    for key in common["districts"]["keys"]:
        _district(key)  # KeyError: a district key not in the places data
    slots = _slots(common_raw.get("slots"), "common.slots")
    categories: dict[str, CategoryPhrases] = {}
    for path in sorted(DATA_DIR.glob("*.yaml")):
        if path.stem == "common":
            continue
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        cat = str(raw["category"])
        if cat not in taxonomy.CATEGORY_BY_ID:
            raise ValueError(f"{path.name}: category {cat!r} is not in the taxonomy")
        kinds = tuple((str(k), float(w)) for k, w in raw["kinds"].items())
        templates = {
            lang: tuple(_template(t, f"{path.name}.{lang}[{i}]") for i, t in enumerate(raw[lang]))
            for lang in ("uz", "ru")
        }
        categories[cat] = CategoryPhrases(
            cat, kinds, templates, _slots(raw.get("slots"), f"{path.name}.slots")
        )
    missing = [c.id for c in taxonomy.CATEGORIES if c.id not in categories]
    if missing:
        raise ValueError(f"no phrase file for categories: {', '.join(missing)}")
    return Phrasebook(common, slots, categories)


# --- composition -----------------------------------------------------------------------------

_MONTHS_UZ = [
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avgust",
    "sentabr",
    "oktabr",
    "noyabr",
    "dekabr",
]
_MONTHS_RU = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
_OPERATORS = ("90", "91", "93", "94", "95", "97", "98", "99", "33", "88", "77", "50", "20")


def _pick(seq: Sequence[str], rng: np.random.Generator) -> str:
    return seq[int(rng.integers(len(seq)))]


def _amount(lang: str, rng: np.random.Generator) -> str:
    style = int(rng.integers(4))
    if style == 0:
        k = int(rng.integers(2, 19)) * 50
        return f"{k} ming so'm" if lang == "uz" else f"{k} тысяч сумов"
    if style == 1:
        m = _pick(("1", "1,5", "2", "2,5", "3", "4", "5", "7", "10", "12", "15", "20", "35"), rng)
        word = _pick(("million so'm", "mln so'm", "mln"), rng) if lang == "uz" else "млн сумов"
        return f"{m} {word}"
    if style == 2:
        v = int(rng.integers(2, 400)) * 10_000
        return f"{v:,}".replace(",", " ") + (" so'm" if lang == "uz" else " сум")
    d = int(rng.integers(1, 30)) * 50
    return f"{d} dollar" if lang == "uz" else f"{d} долларов"


def _phone(rng: np.random.Generator) -> str:
    op = _pick(_OPERATORS, rng)
    d = rng.integers(0, 10, size=7)
    s = "".join(str(int(x)) for x in d)
    style = int(rng.integers(3))
    if style == 0:
        return f"+998 {op} {s[:3]} {s[3:5]} {s[5:]}"
    if style == 1:
        return f"+998{op}{s}"
    return f"{op} {s[:3]}-{s[3:5]}-{s[5:]}"


@lru_cache(maxsize=512)
def _district(key: str | int) -> District:
    return resolve_district(key)


def _district_loc(d: District, lang: str) -> str:
    """Where the writer lives: ``Chilonzor tumanida``, ``в Чиланзарском районе``."""
    if lang == "uz":
        return f"{d.name_uz} {'tumanida' if d.kind == 'tuman' else 'shahrida'}"
    if d.kind == "tuman" and d.name_ru.endswith("ий район"):
        return f"в {d.name_ru.removesuffix('ий район')}ом районе"
    return f"в городе {d.name_ru}" if d.kind == "shahar" else f"в районе «{d.name_ru}»"


def _place(name: str, lang: str, rng: np.random.Generator, where: District) -> str | None:
    """The writer's district and one of its mahallas, for the place slots."""
    if name == "district_loc":
        return _district_loc(where, lang)
    if name == "district_name":
        return where.full_name("uz_Latn")
    if name == "mahalla":
        local = mahallas(where.id)
        chosen = local[int(rng.integers(len(local)))]
        return chosen if lang == "uz" else to_russian_spelling(chosen)
    return None


def _special(
    name: str, lang: str, rng: np.random.Generator, where: District | None = None
) -> str | None:
    if where is not None and name in ("district_loc", "district_name", "mahalla"):
        return _place(name, lang, rng, where)
    if name in ("amount", "phone"):
        return _amount(lang, rng) if name == "amount" else _phone(rng)
    if name in ("card4", "time"):
        if name == "card4":
            return f"{int(rng.integers(10_000)):04d}"
        return f"{int(rng.integers(0, 24)):02d}:{_pick(('00', '15', '30', '45'), rng)}"
    if name == "date":
        day = int(rng.integers(1, 29))
        month = int(rng.integers(12))
        return f"{day}-{_MONTHS_UZ[month]}" if lang == "uz" else f"{day} {_MONTHS_RU[month]}"
    return None


def _same(text: str) -> str:
    return text


def _voiced(text: str, sex: str) -> str:
    """``[обращался|обращалась]`` -> the writer's form (masculine first)."""
    if "[" not in text:
        return text
    return _VOICE.sub(lambda m: m.group(1) if sex == "M" else m.group(2), text)


@lru_cache(maxsize=1 << 16)
def _cyrillic(text: str) -> str:
    """Cached transliteration: templates and fillers repeat, so each is converted once."""
    return to_cyrillic(text)


def _fill(
    text: str,
    lang: str,
    cat: CategoryPhrases,
    rng: np.random.Generator,
    convert: Callable[[str], str] = _same,
    *,
    sex: str = "M",
    where: District | None = None,
) -> str:
    """Fill ``{slot}``s in the writer's voice; literal pieces and fillers go through
    ``convert`` one by one.

    Converting pieces rather than the finished text lets Uzbek Cyrillic reuse cached
    transliterations (slots sit at word boundaries, so the result is the same).
    """
    book = phrasebook()
    pieces = _SLOT.split(_voiced(text, sex))  # literal, slot, literal, slot, ..., literal
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            if piece:
                out.append(convert(piece))
            continue
        special = _special(piece, lang, rng, where)
        if special is not None:
            out.append(convert(special))
            continue
        values = cat.slots.get(piece, {}).get(lang) or book.slots.get(piece, {}).get(lang)
        if not values:
            raise KeyError(f"slot {{{piece}}} has no {lang} values ({cat.category})")
        out.append(_fill(_pick(values, rng), lang, cat, rng, convert, sex=sex, where=where))
    return "".join(out)


def _labels(
    cat: CategoryPhrases, chosen: Sequence[Template], kind: str | None, rng: np.random.Generator
) -> dict[str, str]:
    default = taxonomy.CATEGORY_BY_ID[cat.category]
    labels = {
        "category": cat.category,
        "urgency": default.urgency,
        "regime": default.regime,
        "department": default.department,
    }
    urgencies = [t.overrides["urgency"] for t in chosen if "urgency" in t.overrides]
    if urgencies:
        labels["urgency"] = min(urgencies, key=_URGENCY_ORDER.__getitem__)
    for key in ("regime", "department"):
        for t in reversed(chosen):
            if key in t.overrides:
                labels[key] = t.overrides[key]
    forced = chosen[0].overrides.get("kind")
    if kind is None:
        kind = forced
    if kind is None:
        names = [k for k, _ in cat.kinds]
        weights = np.array([w for _, w in cat.kinds])
        kind = names[int(rng.choice(len(names), p=weights / weights.sum()))]
    labels["kind"] = kind
    return labels


def _effective_urgency(cat: CategoryPhrases, t: Template) -> str:
    return t.overrides.get("urgency", taxonomy.CATEGORY_BY_ID[cat.category].urgency)


def _effective_regime(cat: CategoryPhrases, t: Template) -> str:
    return t.overrides.get("regime", taxonomy.CATEGORY_BY_ID[cat.category].regime)


@lru_cache(maxsize=4096)
def _candidates(
    category: str,
    lang: str,
    kind: str | None,
    urgency: str | None,
    sex: str,
    *,
    regime: str | None = None,
) -> tuple[Template, ...]:
    """Templates consistent with the wanted labels, in the writer's voice.

    The voice is never relaxed; when no template fits, the regime is kept longest (it decides
    the legal clock), then urgency, then kind.
    """
    cat = phrasebook().categories[category]
    pool = tuple(t for t in cat.templates[lang] if t.voice in (None, sex))
    kinds = {k for k, _ in cat.kinds}

    def kind_ok(t: Template) -> bool:
        return kind is None or t.overrides.get("kind", kind if kind in kinds else "") == kind

    def urg_ok(t: Template) -> bool:
        return urgency is None or _effective_urgency(cat, t) == urgency

    def reg_ok(t: Template) -> bool:
        return regime is None or _effective_regime(cat, t) == regime

    for test in (
        lambda t: kind_ok(t) and urg_ok(t) and reg_ok(t),
        lambda t: urg_ok(t) and reg_ok(t),
        lambda t: kind_ok(t) and reg_ok(t),
        reg_ok,
        urg_ok,
        kind_ok,
    ):
        found = tuple(t for t in pool if test(t))
        if found:
            return found
    return pool


def compose(
    category: str,
    script: str,
    rng: np.random.Generator,
    *,
    kind: str | None = None,
    urgency: str | None = None,
    sex: str | None = None,
    regime: str | None = None,
    district: str | int | None = None,
) -> tuple[str, dict[str, str]]:
    """One clean (noise-free) text of ``category`` in ``script`` and its gold labels.

    With ``kind``/``urgency``/``regime`` given, the text is chosen to agree with them where the
    category's templates allow it (the returned labels then carry the wanted values). ``sex``
    is the writer's (drawn when omitted; returned as ``labels["sex"]``); ``district`` (a key,
    SOATO id or name, see :func:`malaka.datasets.providers.places.resolve_district`) is where
    the writer lives (drawn from the phrase data when omitted).
    """
    cat = phrasebook().categories[category]
    lang = "ru" if script == "ru" else "uz"
    book = phrasebook()
    if sex is None:
        sex = SEXES[int(rng.integers(2))]
    elif sex not in SEXES:
        raise ValueError(f"sex: must be M or F, got {sex!r}")
    if district is None:
        district = _pick(book.common["districts"]["keys"], rng)
    where = _district(district)
    pool = _candidates(category, lang, kind, urgency, sex, regime=regime)
    first = pool[int(rng.integers(len(pool)))]
    # One matter per text: a second sentence, even of the same category, would be another
    # complaint (a stolen phone and a looted building site), so there is none.
    chosen = [first]
    parts: list[tuple[str, CategoryPhrases]] = []
    if rng.random() < 0.35:
        parts.append((_pick(book.common["greeting"][lang], rng), cat))
    if rng.random() < 0.25:
        parts.append((_pick(book.common["intro"][lang], rng), cat))
    if rng.random() < VAGUE_RATE and (regime is None or regime == _effective_regime(cat, first)):
        # The category sentence is missing: the category stays, other labels fall back to
        # the category's defaults, since nothing in the text can justify an override.
        parts.append((_pick(book.common["vague"][lang], rng), cat))
        chosen = [Template("")]
    else:
        # One matter per text: only this category's sentences (no side remarks).
        parts += [(t.text, cat) for t in chosen]
    if rng.random() < 0.25:
        parts.append((_pick(book.common["extra"][lang], rng), cat))
    if rng.random() < 0.5:
        parts.append((_pick(book.common["ask"][lang], rng), cat))
    convert = _cyrillic if script == "uz_Cyrl" else _same
    filled = (_fill(part, lang, owner, rng, convert, sex=sex, where=where) for part, owner in parts)
    text = " ".join(f[:1].upper() + f[1:] for f in filled)
    labels = _labels(cat, chosen, kind, rng)
    if urgency is not None:
        labels["urgency"] = urgency
    labels["sex"] = sex
    return text, labels


def repeat_opening(script: str, sex: str, rng: np.random.Generator) -> str:
    """The first sentence of a repeat appeal (takroriy murojaat) in the writer's voice."""
    lang = "ru" if script == "ru" else "uz"
    text = _voiced(_pick(phrasebook().common["repeat"][lang], rng), sex)
    return _cyrillic(text) if script == "uz_Cyrl" else text


def repeat_text(first: str, script: str, sex: str, rng: np.random.Generator) -> str:
    """A repeat appeal's text: the first appeal's text with a sentence saying it is a repeat,
    after the greeting if the first text opens with one."""
    opening = repeat_opening(script, sex, rng)
    lang = "ru" if script == "ru" else "uz"
    convert = _cyrillic if script == "uz_Cyrl" else _same
    for greeting in sorted(phrasebook().common["greeting"][lang], key=len, reverse=True):
        g = convert(greeting)
        if first.casefold().startswith(g.casefold()) and first[len(g) : len(g) + 1] == " ":
            return f"{first[: len(g)]} {opening} {first[len(g) + 1 :]}"
    return f"{opening} {first}"


# --- noise -----------------------------------------------------------------------------------

_LAT_TO_CYR_LOOK = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у"}
_CYR_TO_LAT_LOOK = {v: k for k, v in _LAT_TO_CYR_LOOK.items()}
_KEYBOARD = {"ў": "у", "ғ": "г", "қ": "к", "ҳ": "х", "Ў": "У", "Ғ": "Г", "Қ": "К", "Ҳ": "Х"}
_WORD = re.compile(r"\w{4,}")
_PUNCT = re.compile(r"[.,!?;:«»\"]")
_UZ_APOS = re.compile(r"(?<=[oOgG])'|(?<=[a-zA-Z])'(?=[a-zA-Z])")


def _typo(text: str, rng: np.random.Generator) -> str:
    words = list(_WORD.finditer(text))
    if not words:
        return text
    m = words[int(rng.integers(len(words)))]
    w = m.group(0)
    i = int(rng.integers(1, len(w) - 1))
    op = int(rng.integers(3))
    if op == 0:
        new = w[: i - 1] + w[i] + w[i - 1] + w[i + 1 :]
    elif op == 1:
        new = w[:i] + w[i + 1 :]
    else:
        new = w[:i] + w[i] + w[i:]
    return text[: m.start()] + new + text[m.end() :]


def _apostrophe(text: str, rng: np.random.Generator) -> str:
    variant = _pick(APOSTROPHES[1:], rng)
    if rng.random() < 0.5:
        return _UZ_APOS.sub(variant, text)
    return _UZ_APOS.sub(lambda m: variant if rng.random() < 0.5 else m.group(0), text)


def _case(text: str, rng: np.random.Generator) -> str:
    style = int(rng.integers(3))
    if style == 0:
        return text.lower()
    if style == 1:
        return text.upper() if len(text) < 80 else text[:60].upper() + text[60:]
    return text[:1].lower() + text[1:]


def _insert_words(text: str, words: Sequence[str], rng: np.random.Generator) -> str:
    tokens = text.split(" ")
    for _ in range(1 + int(rng.random() < 0.4)):
        pos = int(rng.integers(len(tokens) + 1))
        tokens.insert(pos, _pick(words, rng))
    return " ".join(tokens)


def _homoglyphs(text: str, table: Mapping[str, str], rng: np.random.Generator) -> str:
    spots = [i for i, ch in enumerate(text) if ch in table]
    if not spots:
        return text
    chars = list(text)
    for i in rng.choice(len(spots), size=min(len(spots), 1 + int(rng.integers(3))), replace=False):
        chars[spots[int(i)]] = table[chars[spots[int(i)]]]
    return "".join(chars)


def _keyboard(text: str, rng: np.random.Generator) -> str:
    del rng  # deterministic: a Russian keyboard has none of ў ғ қ ҳ
    return "".join(_KEYBOARD.get(c, c) for c in text)


def _punctuation(text: str, rng: np.random.Generator) -> str:
    del rng  # deterministic: all punctuation goes
    return re.sub(r"\s+", " ", _PUNCT.sub("", text)).strip()


def _ru_words(text: str, rng: np.random.Generator, script: str) -> str:
    words = phrasebook().common["ru_words"]["latn" if script == "uz_Latn" else "cyrl"]
    return _insert_words(text, words, rng)


def _uz_words(text: str, rng: np.random.Generator, script: str) -> str:
    del script  # only Russian texts get Uzbek words, written in Cyrillic
    return _insert_words(text, phrasebook().common["uz_words"]["cyrl"], rng)


def _mixed_script(text: str, rng: np.random.Generator, script: str) -> str:
    if script != "uz_Latn":
        return _homoglyphs(text, _CYR_TO_LAT_LOOK, rng)
    if rng.random() < 0.5:
        return _homoglyphs(text, _LAT_TO_CYR_LOOK, rng)
    return _insert_words(text, phrasebook().common["ru_words"]["cyrl"], rng)


_PLAIN_OPS: Final[dict[str, Callable[[str, np.random.Generator], str]]] = {
    "typo": _typo,
    "apostrophe": _apostrophe,
    "keyboard": _keyboard,
    "punctuation": _punctuation,
    "case": _case,
}
_SCRIPT_OPS: Final[dict[str, Callable[[str, np.random.Generator, str], str]]] = {
    "ru_words": _ru_words,
    "uz_words": _uz_words,
    "mixed_script": _mixed_script,
}


def _run_op(name: str, text: str, script: str, rng: np.random.Generator) -> str:
    if name in _PLAIN_OPS:
        return _PLAIN_OPS[name](text, rng)
    return _SCRIPT_OPS[name](text, rng, script)


def add_noise(text: str, script: str, rng: np.random.Generator) -> tuple[str, list[str]]:
    """Apply one or two noise operations that really change ``text``; return it and their names."""
    ops = list(OPS_BY_SCRIPT[script])
    order = rng.permutation(len(ops))
    wanted = 1 + int(rng.random() < 0.3)
    applied: list[str] = []
    for i in order:
        name = ops[int(i)]
        new = _run_op(name, text, script, rng)
        if new != text:
            text = new
            applied.append(name)
            if len(applied) == wanted:
                break
    return text, applied


# --- public API ------------------------------------------------------------------------------


def _check_mix(script_mix: Mapping[str, float] | None) -> tuple[list[str], np.ndarray]:
    mix = dict(DEFAULT_SCRIPT_MIX if script_mix is None else script_mix)
    unknown = sorted(set(mix) - set(SCRIPTS))
    if unknown:
        raise ValueError(f"script_mix: unknown scripts {unknown}; known: {list(SCRIPTS)}")
    weights = np.array([float(mix.get(s, 0.0)) for s in SCRIPTS])
    if (weights < 0).any() or weights.sum() <= 0:
        raise ValueError("script_mix: weights must be >= 0 and not all zero")
    return list(SCRIPTS), weights / weights.sum()


def _check_categories(categories: Sequence[str] | None) -> list[str]:
    cats = [c.id for c in taxonomy.CATEGORIES] if categories is None else list(categories)
    unknown = [c for c in cats if c not in taxonomy.CATEGORY_BY_ID]
    if unknown or not cats:
        raise ValueError(f"categories: unknown or empty {unknown}; see malaka.taxonomy")
    return cats


def _check_noise(noise: float) -> None:
    if not 0.0 <= noise <= 1.0:
        raise ValueError(f"noise: must be between 0 and 1, got {noise}")


def appeal_texts(
    n: int,
    rng: np.random.Generator,
    *,
    script_mix: Mapping[str, float] | None = None,
    categories: Sequence[str] | None = None,
    noise: float = 0.3,
) -> pd.DataFrame:
    """``n`` distinct appeal texts, categories drawn uniformly, with gold labels and noise.

    Columns: ``text, sex, script, kind, category, urgency, regime, department, noise`` (``sex``
    is the writer's, whose voice the text is in; ``noise`` is the "+"-joined list of noise
    operations applied, empty for a clean text).
    """
    import pandas as pd

    scripts, p = _check_mix(script_mix)
    cats = _check_categories(categories)
    _check_noise(noise)
    rows: list[dict[str, str]] = []
    cat_idx = rng.integers(len(cats), size=n)
    script_idx = rng.choice(len(scripts), size=n, p=p)
    noisy = rng.random(n) < noise
    sexes = rng.integers(2, size=n)
    seen: set[str] = set()
    for i in range(n):
        script = scripts[int(script_idx[i])]
        for _ in range(UNIQUE_TRIES):
            text, labels = compose(cats[int(cat_idx[i])], script, rng, sex=SEXES[sexes[i]])
            ops: list[str] = []
            if noisy[i]:
                text, ops = add_noise(text, script, rng)
            if text not in seen:
                break
        seen.add(text)
        sex = labels.pop("sex")
        rows.append({"text": text, "sex": sex, "script": script, **labels, "noise": "+".join(ops)})
    columns = ["text", "sex", "script", *LABEL_COLUMNS, "noise"]
    return pd.DataFrame(rows, columns=columns).astype("string")


def _factorize(labels: pd.DataFrame, column: str, n: int) -> tuple[np.ndarray, list[str]]:
    import pandas as pd

    if column not in labels.columns:
        return np.zeros(n, dtype=np.int32), [""]
    col = labels[column]
    if isinstance(col.dtype, pd.CategoricalDtype):
        # a million labels with a few categories: factorize the categories, not the rows
        cat_codes = col.cat.codes.to_numpy()
        if (cat_codes < 0).any():
            raise ValueError(f"labels.{column}: missing values")
        names = [str(c) for c in col.cat.categories]
        present = np.unique(cat_codes)
        uniq = sorted({names[i] for i in present})
        index = {u: i for i, u in enumerate(uniq)}
        # int32: seven code columns of a million rows stay small while groups are formed
        to_code = np.array([index.get(x, -1) for x in names], dtype=np.int32)
        return to_code[cat_codes], uniq
    codes, uniques = pd.factorize(col.astype("string"), sort=True)
    if (codes < 0).any():
        raise ValueError(f"labels.{column}: missing values")
    return codes.astype(np.int32), [str(u) for u in uniques]


def texts_for(
    labels: pd.DataFrame,
    rng: np.random.Generator,
    *,
    noise: float = 0.3,
    pool_size: int = 128,
    script_mix: Mapping[str, float] | None = None,
    categorical: bool = False,
) -> pd.Series:
    """A text for each row of ``labels`` that agrees with its category, kind and urgency.

    ``labels`` needs a ``category`` column; ``kind``, ``urgency``, ``regime``, ``script``,
    ``sex`` (the applicant's: the text is in that voice) and ``district`` (where the applicant
    lives) are used when present (a missing ``script`` is drawn from ``script_mix``). Why pools:
    the dataset builder attaches texts to up to a million appeals, so each group of equal
    labels composes at most ``pool_size`` texts once and samples from them with numpy. Texts
    are distinct while no group has more than ``pool_size`` rows.

    ``categorical=True`` returns the same texts as a categorical Series (each distinct text
    once, an integer code per row): a million rows share about a hundred thousand texts, and
    the dataset builder edits the few repeat texts on the codes before it makes one string per
    row (memory: one million-string array, not three).
    """
    import pandas as pd
    import pyarrow as pa

    if "category" not in labels.columns:
        raise ValueError("labels: a 'category' column is needed")
    _check_noise(noise)
    n = len(labels)
    labels = labels.copy(deep=False)
    if "script" not in labels.columns:
        scripts, p = _check_mix(script_mix)
        labels["script"] = np.asarray(scripts, dtype=object)[rng.choice(len(scripts), size=n, p=p)]
    keys = ("category", "kind", "urgency", "script", "sex", "regime", "district")
    parts = [_factorize(labels, c, n) for c in keys]
    _check_categories(parts[0][1])
    bad = sorted(set(parts[3][1]) - set(SCRIPTS))
    if bad:
        raise ValueError(f"labels.script: unknown scripts {bad}; known: {list(SCRIPTS)}")
    bad = sorted(set(parts[4][1]) - {*SEXES, ""})
    if bad:
        raise ValueError(f"labels.sex: unknown values {bad}; known: {list(SEXES)}")
    gid = np.zeros(n, dtype=np.int64)
    for codes, uniques in parts:
        gid = gid * len(uniques) + codes
    order = np.argsort(gid, kind="stable")
    sorted_gid = gid[order]
    starts = np.flatnonzero(np.r_[True, sorted_gid[1:] != sorted_gid[:-1]])
    bounds = np.r_[starts, n]
    pool: list[str] = []
    seen: set[str] = set()
    take = np.empty(n, dtype=np.int32)
    for j in range(len(starts)):
        idx = order[bounds[j] : bounds[j + 1]]
        cat, kind, urgency, script, sex, regime, district = (u[int(c[idx[0]])] for c, u in parts)
        m = min(len(idx), pool_size)
        base = len(pool)
        for _ in range(m):
            for _try in range(UNIQUE_TRIES):
                text, _labels = compose(
                    cat,
                    script,
                    rng,
                    kind=kind or None,
                    urgency=urgency or None,
                    sex=sex or None,
                    regime=regime or None,
                    district=district or None,
                )
                if rng.random() < noise:
                    text, _ops = add_noise(text, script, rng)
                if text not in seen:
                    break
            seen.add(text)
            pool.append(text)
        pick = np.arange(m) if m == len(idx) else rng.integers(m, size=len(idx))
        take[idx] = base + pick
    del parts, gid, order, sorted_gid, seen
    if categorical:
        # a pool text can repeat (no distinct one found in UNIQUE_TRIES): one category each
        pool_codes, distinct = pd.factorize(np.asarray(pool, dtype=object))
        codes = pool_codes.astype(np.int32)[take]
        del take, pool_codes
        cats = pd.Categorical.from_codes(codes, categories=pd.Index(distinct, dtype=object))
        return pd.Series(cats, index=labels.index, name="text")
    texts = pa.array(pool, type=pa.large_string()).take(pa.array(take))
    return pd.Series(pd.arrays.ArrowStringArray(texts), index=labels.index, name="text")
