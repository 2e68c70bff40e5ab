"""Uzbek Latin <-> Cyrillic transliteration, and apostrophe normalisation.

One table is used everywhere (names, places, noise in appeal texts), so that a name generated in
Latin and shown in Cyrillic converts back to exactly the same Latin string.

Rules (the 1995 Latin alphabet, as used in passports and on gov.uz):

* ``o'`` <-> ``ў``, ``g'`` <-> ``ғ``, ``sh`` <-> ``ш``, ``ch`` <-> ``ч``, ``yo`` <-> ``ё``,
  ``yu`` <-> ``ю``, ``ya`` <-> ``я``, ``q`` <-> ``қ``, ``h`` <-> ``ҳ``, ``x`` <-> ``х``,
  ``j`` <-> ``ж``; ``ng`` is just ``н`` + ``г`` in both scripts (``yangi`` <-> ``янги``,
  ``Mang'it`` <-> ``Манғит``).
* ``e`` at the start of a word or after a vowel is ``э``, after a consonant ``е``; Cyrillic ``е``
  at the start of a word or after a vowel is written ``ye`` (``Yevropa``, ``qayer``).
* The tutuq belgisi (``ma'no``, ``Tuproqqal'a``) is ``ъ``. ``s'h`` is ``сҳ`` (``Is'hoq``), which
  keeps it apart from ``sh`` = ``ш``.
* ``ts`` followed by ``i`` and a vowel is ``ц`` (``militsiya``, ``stantsiya``); elsewhere it is
  ``тс`` (``aytsa``, ``ketsa``). Cyrillic ``ц`` is always written ``ts``.

Latin -> Cyrillic -> Latin is exact for every string this package generates (tested). The
Cyrillic -> Latin direction loses what the Latin alphabet cannot show: ``ь``, ``ы``, ``щ``,
``ц`` outside ``-tsiya``, ``йо`` vs ``ё``.
"""

from __future__ import annotations

import re
from typing import Final, Literal

#: Every character seen standing in for the Uzbek apostrophe in real data.
APOSTROPHES: Final = "'\u2018\u2019\u02bb\u02bc`\u00b4\u02b9\u2032"
_APOS_RE: Final = re.compile(f"[{re.escape(APOSTROPHES)}]")
_MOD_RE: Final = re.compile("(?<=[OoGg])'")

OKINA: Final = "\u02bb"  # oʻ gʻ: the official letter modifier
TUTUQ: Final = "\u02bc"  # ʼ: the official tutuq belgisi (glottal stop sign)

ApostropheStyle = Literal["ascii", "official"]


def normalise_apostrophes(text: str, style: ApostropheStyle = "ascii") -> str:
    """Unify every apostrophe variant, so ``oʻ``, ``o’``, ``o`` ` and ``o'`` compare equal.

    ``style="ascii"`` writes ``'`` everywhere (what most databases hold); ``"official"`` writes
    ``ʻ`` after o/g (the letters oʻ, gʻ) and ``ʼ`` elsewhere (the tutuq belgisi).
    """
    out = _APOS_RE.sub("'", text)
    if style == "official":
        out = _MOD_RE.sub(OKINA, out).replace("'", TUTUQ)
    return out


_LAT_VOWELS: Final = frozenset("aeiouAEIOU")
_SIMPLE_L2C: Final = dict(
    zip(
        "abdfghijklmnopqrstuvxyz",
        "абдфгҳижклмнопқрстувхйз",
        strict=True,
    )
)
_SIMPLE_L2C["c"] = "ц"


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _case(cyr: str, upper: bool) -> str:
    return cyr.upper() if upper else cyr


# One flat left-to-right scanner mirrors the rule list above; splitting it would hide the order
# in which digraphs are tried.
def to_cyrillic(text: str) -> str:  # noqa: PLR0912, PLR0915
    """Transliterate Uzbek Latin to Uzbek Cyrillic; other characters pass through."""
    s = normalise_apostrophes(text)
    n = len(s)
    out: list[str] = []
    i = 0
    while i < n:
        c = s[i]
        lo = c.lower()
        up = c.isupper()
        nx = s[i + 1] if i + 1 < n else ""
        nx2 = s[i + 2] if i + 2 < n else ""
        nxl = nx.lower()
        prev = s[i - 1] if i > 0 else ""
        word_start = not _is_letter(prev) and prev != "'"
        # An apostrophe after o/g belongs to the letter (o' is a vowel, g' a consonant);
        # anywhere else it is the tutuq belgisi.
        modifier = prev == "'" and i >= 2 and s[i - 2] in "oOgG"
        after_vowel = prev in _LAT_VOWELS or (modifier and s[i - 2] in "oO")
        after_tutuq = prev == "'" and not modifier
        if lo in "og" and nx == "'":
            out.append(_case("ў" if lo == "o" else "ғ", up))
            i += 2
        elif lo == "s" and nx == "'" and nx2.lower() == "h":
            out.append(_case("с", up))
            out.append(_case("ҳ", nx2.isupper()))
            i += 3
        elif lo == "s" and nxl == "h":
            out.append(_case("ш", up))
            i += 2
        elif lo == "c" and nxl == "h":
            out.append(_case("ч", up))
            i += 2
        elif lo == "y" and nxl == "o" and nx2 == "'":
            out.append(_case("й", up))
            i += 1
        elif lo == "y" and nxl in ("o", "u", "a"):
            out.append(_case({"o": "ё", "u": "ю", "a": "я"}[nxl], up))
            i += 2
        elif lo == "y" and nxl == "e" and (word_start or after_vowel or after_tutuq):
            out.append(_case("е", up))
            i += 2
        elif (
            lo == "t"
            and nxl == "s"
            and nx2.lower() == "i"
            and i + 3 < n
            and s[i + 3].lower() in "aeiouy"
        ):
            out.append(_case("ц", up))
            i += 2
        elif lo == "e":
            out.append(_case("э" if word_start or after_vowel or after_tutuq else "е", up))
            i += 1
        elif c == "'":
            # Capital Ъ inside an all-caps word (MA'NO -> МАЪНО), so the case survives; a run
            # of apostrophes keeps the case of the letter before it.
            upper_before = prev.isupper() or (prev == "'" and bool(out) and out[-1].isupper())
            out.append("Ъ" if upper_before and not nx.islower() else "ъ")
            i += 1
        elif lo in _SIMPLE_L2C:
            out.append(_case(_SIMPLE_L2C[lo], up))
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


_CYR_VOWELS: Final = frozenset("аеёиоуўэюяАЕЁИОУЎЭЮЯ")
_SIMPLE_C2L: Final = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "x",
    "ҳ": "h",
    "қ": "q",
    "ы": "i",
    "э": "e",
    "ў": "o'",
    "ғ": "g'",
    "ш": "sh",
    "щ": "sh",
    "ч": "ch",
    "ц": "ts",
    "ё": "yo",
    "ю": "yu",
    "я": "ya",
    "ъ": "'",
    "ь": "",
}


def to_latin(text: str, apostrophe: ApostropheStyle = "ascii") -> str:
    """Transliterate Uzbek Cyrillic to Uzbek Latin; other characters pass through."""
    n = len(text)
    out: list[str] = []
    for i, c in enumerate(text):
        lo = c.lower()
        prev = text[i - 1] if i > 0 else ""
        nx = text[i + 1] if i + 1 < n else ""
        if lo == "е":
            lat = "ye" if (not _is_letter(prev) or prev in _CYR_VOWELS or prev in "ъьЪЬ") else "e"
        elif lo == "ҳ" and prev in ("с", "С"):
            lat = "'h"
        elif lo in _SIMPLE_C2L:
            lat = _SIMPLE_C2L[lo]
        else:
            out.append(c)
            continue
        if c.isupper() and lat:
            # All capitals inside a capitalised word (ШАҲАР -> SHAHAR), else title case (Sh).
            whole_caps = nx.isupper() or (prev.isupper() and not nx.islower())
            lat = lat.upper() if whole_caps else lat[0].upper() + lat[1:]
            if lo == "ҳ" and prev in ("с", "С"):
                lat = "'H"
        out.append(lat)
    result = "".join(out)
    return normalise_apostrophes(result, apostrophe) if apostrophe != "ascii" else result


_RU2ASCII: Final = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "ў": "o",
    "ғ": "g",
    "қ": "q",
    "ҳ": "h",
}


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only, for e-mail local parts and logins.

    Uzbek Latin loses its apostrophes (``G'ulomov`` -> ``gulomov``); Uzbek or Russian Cyrillic
    goes through a passport-style romanisation (``Щукин`` -> ``shchukin``).
    """
    out: list[str] = []
    for c in text.lower():
        if c in _RU2ASCII:
            out.append(_RU2ASCII[c])
        elif c.isascii() and c.isalnum():
            out.append(c)
    return "".join(out)


_RU_SPELLING: Final = str.maketrans(
    {"ў": "у", "Ў": "У", "ғ": "г", "Ғ": "Г", "қ": "к", "Қ": "К", "ҳ": "х", "Ҳ": "Х", "ъ": ""}
)


def to_russian_spelling(text: str) -> str:
    """Write an Uzbek Latin proper name the way Russian-language documents do (Navro'z -> Навруз).

    Uzbek Cyrillic first, then the four Uzbek-only letters become their Russian neighbours
    (ў -> у, ғ -> г, қ -> к, ҳ -> х) and the tutuq belgisi is dropped.
    """
    return to_cyrillic(text).translate(_RU_SPELLING)


def russian_to_latin(text: str) -> str:
    """Romanise Russian (or Russian-spelled Uzbek) Cyrillic, keeping case (Кучкоров -> Kuchkorov).

    Passport-style (ж -> zh, х -> kh, ц -> ts, щ -> shch; ъ, ь dropped): the spelling Uzbek names
    had in documents issued before the Latin alphabet, and still have in Russian-language records.
    """
    out: list[str] = []
    n = len(text)
    for i, c in enumerate(text):
        lo = c.lower()
        if lo not in _RU2ASCII:
            out.append(c)
            continue
        lat = _RU2ASCII[lo]
        if c.isupper() and lat:
            nx = text[i + 1] if i + 1 < n else ""
            prev = text[i - 1] if i > 0 else ""
            whole_caps = nx.isupper() or (prev.isupper() and not nx.islower())
            lat = lat.upper() if whole_caps else lat[0].upper() + lat[1:]
        out.append(lat)
    return "".join(out)


def name_variants(latin: str) -> dict[str, str]:
    """The spellings one Uzbek name takes across records, for record-linkage exercises.

    ``Qo'chqorov`` gives ``latin`` Qo'chqorov, ``official`` Qoʻchqorov, ``no_apostrophe``
    Qochqorov, ``cyrillic`` Қўчқоров, ``russian`` Кучкоров, ``russian_latin`` Kuchkorov,
    ``x_as_kh`` Qo'chqorov with x -> kh (``Xasanov`` -> ``Khasanov``, common in
    English-language documents).
    """
    base = normalise_apostrophes(latin)
    russian = to_russian_spelling(base)
    return {
        "latin": base,
        "official": normalise_apostrophes(base, "official"),
        "no_apostrophe": base.replace("'", ""),
        "cyrillic": to_cyrillic(base),
        "russian": russian,
        "russian_latin": russian_to_latin(russian),
        "x_as_kh": re.sub("[Xx]", lambda m: "Kh" if m.group(0) == "X" else "kh", base),
    }
