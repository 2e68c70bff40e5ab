"""The Uzbek Cyrillic edition: Uzbek Latin text, Markdown and notebooks -> Uzbek Cyrillic.

One job: the course is written once in Uzbek (Latin) and the Cyrillic edition is derived from
it with the project's tested transliteration (:func:`malaka.datasets.translit.to_cyrillic`).
What a trainee must type or click stays exactly as written:

* code: fenced blocks, ``inline code``, notebook code cells, ``{placeholders}`` of messages,
  Markdown attribute lists ``{ .md-button }``, LaTeX ``$...$``;
* addresses: link and image targets, URLs, e-mail addresses, domains and file names
  (``lex.uz``, ``appeals.csv``), HTML tags with their attributes, HTML comments and entities;
* Markdown syntax: admonition keywords (``!!! question "Savollar"``: only the title changes),
  front matter (only ``title:`` and ``description:`` values change), reference definitions;
* words that are not Uzbek Latin: identifiers (``value_counts``, ``q1``, ``F1``), words with
  ``c`` outside ``ch`` or with ``w`` (``precision``, ``recall``, ``accuracy``), camelCase
  (``DataFrame``), Roman numerals of two letters or more (``XXI``; a single ``I.`` is an
  initial), and the names in :data:`KEEP` (``pandas``, ``Python``, ``True``...).

Cyrillic already in the text (a Russian quotation, an Uzbek Cyrillic appeal) is left as it
is: transliteration only ever changes Latin letters and apostrophes. Apostrophes of every
shape (``o'``, ``oʻ``, ``o’``, ``o‘``) read alike; an apostrophe that opens a word, or closes
one that an apostrophe opened, is a quotation mark and stays.

The language code is :data:`CYRILLIC` (``uz-Cyrl``, BCP 47): the notebooks' ``LANG`` value, the
file suffix (``ex01_x.uz-Cyrl.ipynb``, ``index.uz-Cyrl.md``) and the site locale.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from malaka.datasets.translit import to_cyrillic

__all__ = [
    "CYRILLIC",
    "KEEP",
    "NAME",
    "markdown",
    "message_for",
    "notebook",
    "text",
]

#: The language code of the Uzbek Cyrillic edition (BCP 47 script subtag).
CYRILLIC: Final = "uz-Cyrl"
#: The edition's name, as the language switcher shows it.
NAME: Final = "Ўзбекча (кирилл)"

#: Latin words kept as written: names of software, Python literals and terms a trainee types.
KEEP: Final = frozenset(
    {
        "Python",
        "python",
        "pandas",
        "numpy",
        "NumPy",
        "matplotlib",
        "pyplot",
        "sklearn",
        "scikit",
        "learn",
        "Jupyter",
        "JupyterLab",
        "Jupytext",
        "jupytext",
        "nbgrader",
        "Kaggle",
        "Learn",
        "Carpentries",
        "Data",
        "MkDocs",
        "Markdown",
        "Chromium",
        "Playwright",
        "SimPy",
        "Ciw",
        "Dask",
        "Faker",
        "True",
        "False",
        "None",
        "NaN",
        "nan",
        "TF",
        "IDF",
        "ID",
        "id",
        "HMAC",
        "SHA",
        "CSV",
        "PDF",
        "HTML",
        "JSON",
        "YAML",
        "URL",
        "SMS",
        "RSS",
        "Wi",
        "Fi",
        "Enter",
        "Shift",
        "Ctrl",
        "Run",
        "Kernel",
        "Restart",
        "File",
        "Edit",
        "View",
        "Save",
        "Download",
        "Esc",
        "Tab",
        "len",
        "print",
        "mean",
        "head",
        "tail",
        "sort",
        "values",
        "sort_values",
        "groupby",
        "rolling",
        "read_csv",
        "to_csv",
        "plot",
        "bar",
        "hint",
        "solution",
        "check",
        "int",
        "float",
        "str",
        "bool",
        "list",
        "dict",
        "set",
        "tuple",
        "Series",
        "DataFrame",
        "Axes",
        "Figure",
        "NIST",
        "SP",
        "SHALL",
        "NOT",
        "IT",
        "KPI",
        "MAE",
        "MAPE",
        "LLM",
        "ISO",
        "SQL",
        "DiD",
        "SELECT",
        "FROM",
        "WHERE",
        "GROUP",
        "ORDER",
        "BY",
        "Splink",
        "Schema",
        "Lines",
        "MFA",
        "SIPP",
        "IP",
        "APK",
        "naive",
        "timeline",
        "baseline",
        "pipeline",
        "notebook",
        "Notebook",
        "paste",
        "Parquet",
        "zip",
    }
)

#: Loanwords whose Cyrillic spelling the Latin alphabet cannot show (``ts`` for ``ц`` outside
#: ``-tsiya``; ``ь``), as ``to_cyrillic`` writes them -> as dictionaries do. Stems match at a
#: word start (``matritsasi`` -> ``матрицаси``); words ending in ``$`` only whole.
_LOANWORD_SPELLING: Final = {
    "матритс": "матриц",
    "протсесс": "процесс",
    "протсент": "процент",
    "литсенз": "лиценз",
    "функси": "функци",
    "модел$": "модель",
    "парол$": "пароль",
    "компютер": "компьютер",
}
_LOANWORDS: Final = re.compile(
    "|".join(
        rf"^{stem[:-1]}$" if stem.endswith("$") else rf"^{stem}" for stem in _LOANWORD_SPELLING
    ),
    re.IGNORECASE,
)
_LOANWORD_SPELLING_BY_FORM: Final = {
    stem.rstrip("$"): right for stem, right in _LOANWORD_SPELLING.items()
}

_APOS: Final = "'\u2018\u2019\u02bb\u02bc\u00b4\u02b9\u2032"
#: Stretches that stay as written, tried left to right at each position.
_PROTECTED: Final = re.compile(
    "|".join(
        [
            r"<!--.*?-->",  # HTML comment
            r"\*(?:uz|ru|en):\*(?:(?<=en:\*)[^·\n]*)?",  # glossary labels; English stays
            r"``.+?``",  # code span with double backticks
            r"`[^`]+`",  # code span (may wrap within a paragraph)
            r"\$\$.+?\$\$",  # display math on one line
            r"(?<![\\$\w])\$(?=\S)[^$\n]+?(?<=\S)\$(?![\w$])",  # inline math
            r"\\\(.+?\\\)",  # inline math, \( \)
            r"\]\([^)\n]*\)",  # link or image target (the text before it is prose)
            r"\]\[[^\]\n]*\]",  # reference link label
            r"\[\^[^\]\n]+\]",  # footnote reference
            r"</?[A-Za-z][^<>\n]*>",  # HTML tag with its attributes, autolink
            r"&#?\w+;",  # HTML entity
            r"\{[^{}\n]*\}",  # {placeholder}, { .attr-list }
            r"(?:https?|ftp|mailto|file)://[^\s)<>\]]+",  # URL
            r"www\.[^\s)<>\]]+",  # bare web address
            r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail address
            r"\b[A-Za-z_][\w-]+(?:\.[A-Za-z_]\w+)+(?:\(\))?",  # lex.uz, appeals.csv, pd.read_csv
            r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b",  # snake_case identifier
            r"\b[A-Za-z]{1,2}(?:/[A-Za-z0-9]{1,2})+\b",  # notation: M/M/c
        ]
    ),
    re.DOTALL,
)
_WORD: Final = re.compile(f"[{_APOS}]*[A-Za-z][A-Za-z{_APOS}]*")
_ROMAN: Final = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_FOREIGN: Final = re.compile(r"[wW]|[cC](?![hH])")
_CAMEL: Final = re.compile(r"[a-z][A-Z]")
_DIGRAPH: Final = re.compile(r"[SC]h")


def _keep_word(core: str) -> bool:
    """True for a word that is not Uzbek Latin (left as written)."""
    letters = _DIGRAPH.sub("S", core)  # JShShIR is an Uzbek abbreviation, not camelCase
    return bool(
        core in KEEP
        or _FOREIGN.search(core)
        or _CAMEL.search(letters)
        or (len(core) > 1 and core.isupper() and _ROMAN.match(core))
    )


def _convert(word: str) -> str:
    """One word without outer quotes: transliterated, or kept when it is not Uzbek Latin.

    An apostrophe between a kept word or an abbreviation and a lower-case Uzbek suffix
    (``accuracy'da``, ``IIV'ning``) separates the two: the suffix is converted, the
    apostrophe stays.
    """
    for pos in range(len(word) - 2, 0, -1):
        head, mark, tail = word[:pos], word[pos], word[pos + 1 :]
        if mark not in _APOS or not tail.isalpha() or not tail.islower():
            continue
        if _keep_word(head) or (head[-1].isupper() and head[-1] not in "OG"):
            return _convert(head) + mark + to_cyrillic(tail)
    if _keep_word(word.replace("'", "")):
        return word
    return _LOANWORDS.sub(_loanword, to_cyrillic(word))


def _loanword(match: re.Match[str]) -> str:
    found = match.group(0)
    right = _LOANWORD_SPELLING_BY_FORM[found.lower()]
    if found.isupper() and len(found) > 1:
        return right.upper()
    return right[0].upper() + right[1:] if found[0].isupper() else right


def _word(match: re.Match[str]) -> str:
    token = match.group(0)
    source = match.string
    before = source[match.start() - 1] if match.start() > 0 else ""
    after = source[match.end()] if match.end() < len(source) else ""
    if before.isdigit() or after.isdigit():
        return token  # P1, F1, ex01: a label, not a word
    core = token.lstrip(_APOS)
    opening = token[: len(token) - len(core)]
    stripped = core.rstrip(_APOS)
    closing = core[len(stripped) :]
    if closing and not opening and stripped[-1:] in "oOgG":
        stripped, closing = stripped + closing[0], closing[1:]  # tog', bog': the letter's mark
    if not stripped:
        return token
    return opening + _convert(stripped) + closing


def _prose(segment: str) -> str:
    return _WORD.sub(_word, segment)


def text(source: str) -> str:
    """Uzbek Latin prose -> Uzbek Cyrillic, leaving code, addresses and placeholders alone."""
    out: list[str] = []
    pos = 0
    for match in _PROTECTED.finditer(source):
        out.append(_prose(source[pos : match.start()]))
        out.append(match.group(0))
        pos = match.end()
    out.append(_prose(source[pos:]))
    return "".join(out)


_FENCE: Final = re.compile(r"^(?P<indent>[ \t>]*)(?P<fence>`{3,}|~{3,})")
_ADMONITION: Final = re.compile(
    r'^(?P<head>\s*(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+[\w-]+)*)(?P<title>\s+".*")?(?P<tail>\s*)$'
)
_REF_DEF: Final = re.compile(r"^\s{0,3}\[[^\]^]+\]:\s*\S")
_FOOTNOTE_DEF: Final = re.compile(r"^(?P<head>\s{0,3}\[\^[^\]]+\]:)(?P<rest>.*)$")
_RAW_OPEN: Final = re.compile(r"<(script|style|pre|textarea)\b", re.IGNORECASE)
_FRONT_VALUE: Final = re.compile(r"^(?P<key>(?:title|description):\s*)(?P<value>.*)$")


def _special(line: str) -> str | None:
    """A line with its own syntax (admonition head, definitions), converted; else None."""
    admonition = _ADMONITION.match(line)
    if admonition:
        title = admonition.group("title") or ""
        return admonition.group("head") + text(title) + admonition.group("tail")
    if _REF_DEF.match(line):
        return line
    footnote = _FOOTNOTE_DEF.match(line)
    if footnote:
        return footnote.group("head") + text(footnote.group("rest"))
    return None


def _raw_end(line: str) -> str | None:
    """The marker that closes a raw block (script, style, comment, math) opened on ``line``."""
    raw = _RAW_OPEN.search(line)
    if raw and f"</{raw.group(1).lower()}" not in line.lower():
        return f"</{raw.group(1).lower()}"
    if "<!--" in line and "-->" not in line[line.index("<!--") :]:
        return "-->"
    if line.strip() == "$$":
        return "$$"
    return None


def _front_matter(lines: list[str]) -> tuple[list[str], int]:
    """The front matter converted (keys and most values are configuration) and its length."""
    if not lines or lines[0].strip() != "---":
        return [], 0
    end = next((j for j in range(1, len(lines)) if lines[j].strip() in ("---", "...")), None)
    if end is None:
        return [], 0
    out = []
    for j in range(end + 1):
        value = _FRONT_VALUE.match(lines[j]) if 0 < j < end else None
        out.append(value.group("key") + text(value.group("value")) if value else lines[j])
    return out, end + 1


def _closes(line: str, opener: str) -> bool:
    """Whether ``line`` ends the block ``opener`` began (a code fence or a raw-block marker)."""
    if opener[0] not in "`~":
        return opener in line
    m = _FENCE.match(line)
    return bool(
        m
        and m.group("fence")[0] == opener[0]
        and len(m.group("fence")) >= len(opener)
        and not line[m.end() :].strip()
    )


def markdown(source: str) -> str:
    """A Markdown page or notebook cell in Uzbek Latin -> Uzbek Cyrillic, code untouched.

    Prose is converted a paragraph at a time, so a code span broken over two lines stays
    whole. Indented (four-space) code blocks are not recognised: inside admonitions and lists
    indentation is prose, and the course writes code in fences.
    """
    lines = source.split("\n")
    out, start = _front_matter(lines)
    opener: str | None = None  # the fence or end marker of the code or raw block we are in
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(text("\n".join(paragraph)))
            paragraph.clear()

    for line in lines[start:]:
        if opener is not None:
            out.append(line)
            opener = None if _closes(line, opener) else opener
            continue
        fence = _FENCE.match(line)
        special = None if fence else _special(line)
        if fence is None and special is None and line.strip() and _raw_end(line) is None:
            paragraph.append(line)
            continue
        flush()
        if fence:
            opener = fence.group("fence")
            out.append(line)
        elif special is not None:
            out.append(special)
        else:
            opener = _raw_end(line)
            head, mark, rest = line.partition("<!--") if opener == "-->" else (line, "", "")
            out.append(text(head) + mark + rest if mark else line)
    flush()
    return "\n".join(out)


def message_for(lang: str, texts: Mapping[str, str | None]) -> str:
    """The message of ``texts`` (``{"uz": ..., "ru": ..., "en": ...}``) for a reader of ``lang``.

    For :data:`CYRILLIC` the Uzbek text transliterated (``{placeholders}`` and code spans kept,
    so ``.format()`` still works afterwards); otherwise ``texts[lang]``. A missing text falls
    back to Uzbek, then Russian, then English (the Cyrillic reader gets the Russian one as is).
    """
    if lang == CYRILLIC:
        uz = texts.get("uz")
        if uz:
            return text(uz)
        lang = "ru"
    for candidate in (lang, "uz", "ru", "en"):
        found = texts.get(candidate)
        if found:
            return found
    raise ValueError(f"no text in any language among {sorted(texts)}")


_LANG_LINE: Final = re.compile(r"^(?P<head>LANG\s*=\s*)([\"'])uz\2(?P<tail>\s*)$", re.MULTILINE)


def _source_text(cell: Mapping[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def notebook(nb: Any) -> Any:
    """The Cyrillic edition of a rendered Uzbek notebook, changed in place and returned.

    Markdown cells are transliterated (:func:`markdown`); code cells are unchanged except a
    whole line ``LANG = "uz"`` (the setup cell's), which becomes ``LANG = "uz-Cyrl"``; the
    notebook's ``metadata.malaka.lang`` becomes ``uz-Cyrl``. Works on nbformat nodes and dicts.
    """
    for cell in nb["cells"]:
        source = _source_text(cell)
        if cell.get("cell_type") == "markdown":
            cell["source"] = markdown(source)
        elif cell.get("cell_type") == "code" and _LANG_LINE.search(source):
            cell["source"] = _LANG_LINE.sub(rf'\g<head>"{CYRILLIC}"\g<tail>', source)
    malaka = nb.setdefault("metadata", {}).get("malaka")
    if isinstance(malaka, dict):
        malaka["lang"] = CYRILLIC
    return nb
