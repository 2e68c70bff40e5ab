"""Uzbek Latin Markdown, messages and notebooks -> Uzbek Cyrillic, with code left alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from malaka import cyrillic
from malaka.cyrillic import CYRILLIC, markdown, message_for, notebook, text

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("latin", "expected"),
    [
        # apostrophes of every shape after o and g, and the tutuq belgisi
        ("o'zbek, g'isht, ma'no", "ўзбек, ғишт, маъно"),
        ("o\u02bbzbek, g\u02bbisht, ma\u02bcno", "ўзбек, ғишт, маъно"),
        ("o\u2019zbek, g\u2019isht, ma\u2019no", "ўзбек, ғишт, маъно"),
        ("o\u2018zbek, g\u2018isht", "ўзбек, ғишт"),
        ("tog' va bog'", "тоғ ва боғ"),  # o'/g' at a word's end are letters
        # sh, ch, ng, s'h as translit.py has them
        ("shahar, chiroq, yangi, dengiz, Is'hoq", "шаҳар, чироқ, янги, денгиз, Исҳоқ"),
        # e at a word start or after a vowel; ye at a word start
        ("ekin, poema, kecha, Yevropa, qayer", "экин, поэма, кеча, Европа, қаер"),
        # capitals: title case and all capitals
        ("Shikoyat, SHIKOYAT, O'RQ-445, IIV, MFY", "Шикоят, ШИКОЯТ, ЎРҚ-445, ИИВ, МФЙ"),
        ("JShShIR'da", "ЖШШИР'да"),  # an abbreviation with digraphs, apostrophe before a suffix
        ("militsiya, aytsa", "милиция, айтса"),
        ("xatoliklar matritsasi", "хатоликлар матрицаси"),  # the project's term, as spelled
        ("jinoyat-protsessual, parol", "жиноят-процессуал, пароль"),
        ("funksiyasini yozing", "функциясини ёзинг"),
    ],
)
def test_prose_follows_the_transliteration_rules(latin: str, expected: str) -> None:
    assert text(latin) == expected


@pytest.mark.parametrize(
    ("latin", "expected"),
    [
        ("aniqlik (precision), to'liqlik (recall)", "аниқлик (precision), тўлиқлик (recall)"),
        ("to'g'ri javoblar ulushi (accuracy)", "тўғри жавоблар улуши (accuracy)"),
        ("accuracy'da", "accuracy'да"),  # the suffix is Uzbek, the term is not
        ("pandas va Python bilan DataFrame", "pandas ва Python билан DataFrame"),
        ("True yoki False", "True ёки False"),
        ("makro-F1, P1, TF-IDF, q1", "макро-F1, P1, TF-IDF, q1"),
        ("XXI asr, I.Sh. Karimov", "XXI аср, И.Ш. Каримов"),
        ("lex.uz saytida, appeals.csv fayli", "lex.uz сайтида, appeals.csv файли"),
        ("M/M/c navbat", "M/M/c навбат"),
        ("ariza'", "ариза'"),  # a stray closing quote is not a tutuq belgisi
        ("'ariza' so'zi", "'ариза' сўзи"),  # quotation marks stay quotation marks
        ("Обращение (murojaat)", "Обращение (мурожаат)"),  # Russian stays as it is
        ("Қўчқоров Ё.", "Қўчқоров Ё."),  # Cyrillic is never touched
    ],
)
def test_words_that_are_not_uzbek_latin_stay(latin: str, expected: str) -> None:
    assert text(latin) == expected


def test_code_addresses_and_placeholders_stay() -> None:
    source = (
        '`value_counts()` ni {name} bilan [bu yerda](https://lex.uz/docs/-4811 "lex") '
        'o\'qing: <a href="shikoyat.md" title="ariza">shikoyat</a> &nbsp; $x_i$ '
        "{ .md-button } info@iiv.uz www.gov.uz"
    )
    assert text(source) == (
        '`value_counts()` ни {name} билан [бу ерда](https://lex.uz/docs/-4811 "lex") '
        'ўқинг: <a href="shikoyat.md" title="ariza">шикоят</a> &nbsp; $x_i$ '
        "{ .md-button } info@iiv.uz www.gov.uz"
    )


MD = """---
teaching: 60
exercises: 90
title: Murojaatlar
hide:
  - navigation
---

# 1-modul. Murojaatlarni saralash

!!! question "Savollar"
    - Murojaat kelganda nimani aniqlash kerak?

??? tip
    Javobni `df.head()` bilan
    tekshiring.

| Fakt | Holati |
|---|---|
| 28-modda: ariza — 15 kun | tasdiqlangan |

```python
LANG = "uz"
shikoyat = appeals[appeals["kind"] == "shikoyat"]
```

~~~
ichida kod
~~~

Uzun kod: `failures.groupby("user")
.rolling(5)` — vaqt bo'yicha oyna.

<!-- malaka:syllabus -->
<!--
izoh: tegmang
-->
<script>
var sarlavha = "ariza";
</script>

$$
\\text{kutish} = W_q
$$

![Grafik](chart.png)
[Lug'at][glossary] va izoh[^1].

[glossary]: ../glossary.md
[^1]: Manba: qonun.
"""


def test_markdown_converts_prose_and_keeps_syntax_and_code() -> None:
    out = markdown(MD)
    assert out.startswith("---\nteaching: 60\nexercises: 90\ntitle: Мурожаатлар\nhide:\n")
    assert "  - navigation\n---\n" in out
    assert "# 1-модул. Мурожаатларни саралаш" in out
    assert '!!! question "Саволлар"\n    - Мурожаат келганда нимани аниқлаш керак?' in out
    assert "??? tip\n    Жавобни `df.head()` билан\n    текширинг." in out
    assert "| Факт | Ҳолати |\n|---|---|\n| 28-модда: ариза — 15 кун | тасдиқланган |" in out
    assert 'LANG = "uz"\nshikoyat = appeals[appeals["kind"] == "shikoyat"]' in out
    assert "~~~\nichida kod\n~~~" in out
    assert 'Узун код: `failures.groupby("user")\n.rolling(5)` — вақт бўйича ойна.' in out
    assert "<!-- malaka:syllabus -->\n<!--\nizoh: tegmang\n-->" in out
    assert '<script>\nvar sarlavha = "ariza";\n</script>' in out
    assert "$$\n\\text{kutish} = W_q\n$$" in out
    assert "![График](chart.png)" in out
    assert "[Луғат][glossary] ва изоҳ[^1]." in out
    assert "[glossary]: ../glossary.md" in out
    assert "[^1]: Манба: қонун." in out


def test_markdown_of_a_real_lesson_has_no_uzbek_latin_prose_left() -> None:
    source = (ROOT / "courses" / "m01-triage" / "index.md").read_text(encoding="utf-8")
    out = markdown(source)
    prose = re.sub(r"`[^`]*`", "", out.split("---", 2)[2])
    latin = set(re.findall(r"[A-Za-z][A-Za-z']+", prose))
    assert latin <= {"TF", "IDF", "lex.uz", "lex", "uz", "accuracy", "abstract", "question"} | {
        "warning",
        "success",
        "tip",
        "info",
        "note",
        "example",
    }, latin
    assert "accuracy" in out  # the English term stays
    assert "матрицаси" in out  # the loanword spelled as dictionaries do
    assert "`ex01_regime`" in out  # code spans untouched


def test_glossary_keeps_english_equivalents() -> None:
    line = "*uz:* Ariza · *ru:* Заявление · *en:* Application (ariza)"
    assert text(line) == "*uz:* Ариза · *ru:* Заявление · *en:* Application (ariza)"
    assert text("*en:* Appeal") == "*en:* Appeal"


def test_message_for_picks_and_transliterates_templates() -> None:
    texts = {
        "uz": "`{name}` qiymati noto'g'ri: {allowed}.",
        "ru": "Значение `{name}` неверно: {allowed}.",
        "en": "`{name}` is wrong: {allowed}.",
    }
    cyr = message_for(CYRILLIC, texts)
    assert cyr == "`{name}` қиймати нотўғри: {allowed}."
    # placeholders survive, so the caller formats after picking; values stay as given
    assert cyr.format(name="total", allowed="'ariza'") == "`total` қиймати нотўғри: 'ariza'."
    assert message_for("ru", texts) == texts["ru"]
    assert message_for("en", texts) == texts["en"]
    assert message_for("en", {"uz": "Salom", "ru": "Привет"}) == "Salom"  # missing: Uzbek
    assert message_for(CYRILLIC, {"ru": "Привет", "en": "Hi"}) == "Привет"  # no Uzbek: Russian
    with pytest.raises(ValueError, match="no text"):
        message_for(CYRILLIC, {"uz": None, "ru": ""})


def test_notebook_changes_markdown_and_the_lang_line_only() -> None:
    nb = {
        "metadata": {"malaka": {"module": "m01", "exercise": "ex01", "lang": "uz"}},
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": "# 1-savol\n\nJavob `x`."},
            {
                "cell_type": "code",
                "metadata": {"tags": ["setup"]},
                "source": 'LANG = "uz"\nmatn = "shikoyat"',
                "outputs": [],
            },
            {
                "cell_type": "code",
                "metadata": {},
                "source": ["# izoh: javob\n", 'if LANG == "uz":\n', '    LANG = "uz"'],
                "outputs": [],
            },
        ],
    }
    out = notebook(nb)
    assert out["cells"][0]["source"] == "# 1-савол\n\nЖавоб `x`."
    assert out["cells"][1]["source"] == f'LANG = "{CYRILLIC}"\nmatn = "shikoyat"'
    # comments and conditions are code; an indented assignment is not the notebook's LANG line
    assert out["cells"][2]["source"] == ["# izoh: javob\n", 'if LANG == "uz":\n', '    LANG = "uz"']
    assert out["metadata"]["malaka"]["lang"] == CYRILLIC


def test_keep_list_holds_no_uzbek_word() -> None:
    # a kept word must be one Uzbek prose never uses, or the Cyrillic page would show Latin
    uzbek = {"material", "import", "real", "model", "test", "bank", "internet", "formula"}
    assert not {w.lower() for w in cyrillic.KEEP} & uzbek


def test_new_lessons_terms_stay_or_take_the_dictionary_spelling() -> None:
    """Abbreviations and product names of the new lessons stay Latin; компьютер keeps its ь."""
    from malaka import cyrillic

    out = cyrillic.text("kompyuterda LLM emas, SQL so'rovi va Splink, ISO sana")
    assert out == "компьютерда LLM эмас, SQL сўрови ва Splink, ISO сана"
