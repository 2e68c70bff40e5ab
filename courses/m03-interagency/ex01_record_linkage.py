# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown] lang="uz"
# # 1-mashq. Idoralararo ko'chirmalarni bog'lash
#
# Prokuratura, sud va tibbiyot muassasasidan kelgan ko'chirmalardagi shaxslarni politsiya
# reyestridagi fuqarolar (`register`) bilan bog'lash kerak. Muammo: har bir idora ma'lumotni o'z
# formatida yozadi — JShShIR (PINFL) bo'sh joy yoki chiziqcha bilan, Excel uni `3.05046E+13`
# ko'rinishiga buzgan, pasport seriyasi kirill harflarida (`АВ`), kichik harflarda yoki `№`
# belgisi bilan, ism lotin/kirillda, sanalar turli formatda.
#
# Ish tartibi: avval identifikatorlarni **normallashtirish**, keyin bog'lash, keyin **tekshirish**.
# Ishonchsiz bog'lanish — noto'g'ri odamga so'rov yuborish demakdir.

# %% [markdown] lang="ru"
# # Упражнение 1. Связывание межведомственных выписок
#
# Людей из выписок прокуратуры, суда и медучреждения нужно связать с гражданами из реестра
# полиции (`register`). Проблема: каждое ведомство пишет данные по-своему — ПИНФЛ (JShShIR) с
# пробелами или дефисами, Excel испортил его до `3.05046E+13`, серия паспорта кириллицей (`АВ`),
# строчными буквами или со знаком `№`, имена латиницей и кириллицей, даты в разных форматах.
#
# Порядок работы: сначала **нормализовать** идентификаторы, затем связать, затем **проверить**.
# Ненадёжная связь — это запрос не о том человеке.

# %% [markdown] lang="en"
# # Exercise 1. Linking partner-agency extracts
#
# Normalise the identifiers (PINFL, passport), link extract records to the police register, and
# check the links against birth dates.

# %% tags=["setup"]
LANG = "uz"
import datetime as dt
import re

import pandas as pd

from malaka.grading.checks import (
    check,
    check_columns,
    check_defined,
    check_equal,
    check_type,
)

DATA = "data/interagency-extracts/"
register = pd.read_csv(DATA + "register.csv", dtype=str)
_parts = [
    pd.read_csv(DATA + "prosecutor.csv", dtype=str)
    .rename(columns={"fio": "name", "data_rozhdeniya": "birth", "pasport": "passport"})
    .assign(agency="prosecutor"),
    pd.read_csv(DATA + "court.csv", dtype=str)
    .rename(columns={"full_name": "name", "birth_date": "birth", "jshshir": "pinfl"})
    .assign(agency="court"),
    pd.read_csv(DATA + "health.csv", dtype=str)
    .rename(columns={"patient_name": "name", "dob": "birth", "document": "passport"})
    .assign(agency="health"),
]
extracts = pd.concat(
    [p[["agency", "record_id", "name", "birth", "pinfl", "passport"]] for p in _parts],
    ignore_index=True,
)

# Pasport seriyasidagi kirill harflari / кириллические буквы в серии паспорта
KIRILL_TO_LATIN = {
    "А": "A", "В": "B", "С": "C", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "Т": "T", "Х": "X", "У": "Y", "Д": "D", "Ф": "F",
}


def to_date(text):
    """Sana matnini `datetime.date` ga o'giradi / переводит строку даты в `datetime.date`."""
    if not isinstance(text, str):
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


extracts.sample(8, random_state=3)

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): telefon raqamlarini bir ko'rinishga keltirish
#
# Bir raqam turli yozilishi mumkin: `+998 90 123-45-67`, `90 1234567`. Solishtirishdan oldin
# **normallashtiramiz**: faqat raqamlarni qoldiramiz (`re.sub(r"\D", "", x)` — raqam bo'lmagan
# hamma belgini olib tashlaydi), uzunlikni tekshiramiz, to'g'ri kelmasa `None` (bo'sh qiymat)
# qaytaramiz. 1-savolda JShShIR bilan xuddi shunday qilasiz.

# %% [markdown] lang="ru"
# ## Пример с решением: приводим телефоны к одному виду
#
# Один номер пишут по-разному: `+998 90 123-45-67`, `90 1234567`. Перед сравнением
# **нормализуем**: оставляем только цифры (`re.sub(r"\D", "", x)` убирает всё, кроме цифр),
# проверяем длину, при неудаче возвращаем `None` (пустое значение). В вопросе 1 то же самое — с
# ПИНФЛ.

# %% [markdown] lang="en"
# ## Worked example: bringing phone numbers to one form
#
# One number is written in many ways. Before comparing we **normalise**: keep the digits only
# (`re.sub(r"\D", "", x)`), check the length, return `None` when it does not fit. Question 1 does
# the same with PINFL.

# %%
def norm_phone(x):
    if not isinstance(x, str):  # bo'sh katak (NaN) / пустая ячейка (NaN)
        return None
    digits = re.sub(r"\D", "", x)
    if len(digits) == 9:  # kod yozilmagan / код страны не указан
        digits = "998" + digits
    return digits if len(digits) == 12 else None


pd.Series(["+998 90 123-45-67", "90 1234567", "+998901234567", "tel: 8-90-123", float("nan")]).map(
    norm_phone
)

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** Ko'chirmalarning (`extracts`) nechtasida JShShIR
# umuman yozilmagan (katak bo'sh)? Sonini `n_no_pinfl` (int) ga yozing. Bunday yozuvlarni faqat
# pasport orqali bog'lash mumkin.
#
# <details><summary>Maslahat</summary>
#
# Bo'sh katak pandas'da `NaN`: `extracts["pinfl"].isna()` har bir qator uchun `True`/`False`
# beradi, `.sum()` `True` larni sanaydi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** В скольких выписках (`extracts`) ПИНФЛ не указан вовсе
# (ячейка пуста)? Запишите число в `n_no_pinfl` (int). Такие записи можно связать только по
# паспорту.
#
# <details><summary>Подсказка</summary>
#
# Пустая ячейка в pandas — `NaN`: `extracts["pinfl"].isna()` даёт `True`/`False` для каждой
# строки, `.sum()` считает `True`.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** In how many extract records (`extracts`) is the PINFL missing
# altogether (empty cell)? Store the number in `n_no_pinfl` (int).
#
# <details><summary>Hint</summary>
#
# An empty cell is `NaN`: `extracts["pinfl"].isna().sum()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_no_pinfl = int(extracts["pinfl"].isna().sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_no_pinfl")
check(
    0 <= int(n_no_pinfl) <= len(extracts),
    uz="Son 0 dan yozuvlar sonigacha bo'lishi kerak.",
    ru="Число должно быть от 0 до числа записей.",
    en="The number lies between 0 and the number of records.",
)
### BEGIN HIDDEN TESTS
judge.value("n_no_pinfl")
### END HIDDEN TESTS
# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchi darajasi (funksiyalar, muntazam ifodalar, jadvallarni birlashtirish).
# Har bir savol alohida baholanadi: qiyin bo'lsa, maslahatni oching va keyingisiga o'ting.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Дальше — вопросы уровня аналитика (функции, регулярные выражения, объединение таблиц). Каждый
# вопрос оценивается отдельно: если трудно, откройте подсказку и переходите к следующему.

# %% [markdown] lang="en"
# ## Advanced part
#
# The questions below are analyst level (functions, regular expressions, joining tables). Each is
# graded on its own: if one is hard, open the hint and move on.

# %% [markdown] lang="uz"
# **1-savol (2 ball).** `norm_pinfl(x)` funksiyasini yozing: matndan faqat raqamlarni qoldiring;
# natija aynan **14 ta raqam** bo'lsa, uni (str) qaytaring, aks holda `None` (bo'sh qiymat,
# `3.05046E+13` kabi buzilgan yozuv ham `None`).
#
# <details><summary>Maslahat</summary>
#
# `re.sub(r"\D", "", x)` raqam bo'lmagan hamma belgini olib tashlaydi. `x` bo'sh (`NaN`) bo'lishi
# mumkin: avval `isinstance(x, str)` ni tekshiring.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Напишите функцию `norm_pinfl(x)`: оставьте в строке только цифры; если
# получилось ровно **14 цифр**, верните их (str), иначе `None` (пустое значение и испорченная
# запись вида `3.05046E+13` тоже дают `None`).
#
# <details><summary>Подсказка</summary>
#
# `re.sub(r"\D", "", x)` удаляет всё, кроме цифр. `x` может быть пустым (`NaN`): сначала
# проверьте `isinstance(x, str)`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Write `norm_pinfl(x)`: keep the digits only; return them (str) if
# there are exactly **14**, otherwise `None` (spreadsheet-mangled values like `3.05046E+13` and
# empty values give `None`).
#
# <details><summary>Hint</summary>
#
# `re.sub(r"\D", "", x)`; check `isinstance(x, str)` first.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def norm_pinfl(x):
    if not isinstance(x, str):
        return None
    digits = re.sub(r"\D", "", x)
    return digits if len(digits) == 14 else None
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("norm_pinfl")
check_equal(norm_pinfl("32108622045063"), "32108622045063", name='norm_pinfl("32108622045063")')
### BEGIN HIDDEN TESTS
judge.call(
    "norm_pinfl",
    [("32108622045063",), ("3-191146-2264669",), ("3 1911 4622 64669",), ("3.05046E+13",),
     (float("nan"),), ("",), ("123",)],
)
# the first 200 PINFLs of the extracts as read in the notebook (empty cells are NaN there)
judge.call(
    "norm_pinfl",
    [(v if isinstance(v, str) else float("nan"),) for v in judge.ref("extracts")["pinfl"].head(200)],
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** `norm_passport(x)`: katta harflarga o'tkazing, bo'sh joy va `№` ni olib
# tashlang, kirill harflarini o'xshash lotin harflariga almashtiring (`KIRILL_TO_LATIN` lug'ati
# berilgan). Natija `AA1234567` shaklida (2 lotin harfi + 7 raqam) bo'lsa, uni qaytaring, aks
# holda `None`.
#
# <details><summary>Maslahat</summary>
#
# `"".join(KIRILL_TO_LATIN.get(ch, ch) for ch in s)`, keyin
# `re.fullmatch(r"[A-Z]{2}\d{7}", s)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** `norm_passport(x)`: переведите в верхний регистр, уберите пробелы и `№`,
# замените кириллические буквы похожими латинскими (словарь `KIRILL_TO_LATIN` дан). Если
# результат имеет вид `AA1234567` (2 латинские буквы + 7 цифр), верните его, иначе `None`.
#
# <details><summary>Подсказка</summary>
#
# `"".join(KIRILL_TO_LATIN.get(ch, ch) for ch in s)`, затем `re.fullmatch(r"[A-Z]{2}\d{7}", s)`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** `norm_passport(x)`: upper-case, drop spaces and `№`, map Cyrillic
# look-alike letters to Latin (`KIRILL_TO_LATIN`); return the result if it looks like `AA1234567`,
# otherwise `None`.
#
# <details><summary>Hint</summary>
#
# `"".join(KIRILL_TO_LATIN.get(ch, ch) for ch in s)`, then `re.fullmatch(r"[A-Z]{2}\d{7}", s)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def norm_passport(x):
    if not isinstance(x, str):
        return None
    s = x.upper().replace("№", "").replace(" ", "")
    s = "".join(KIRILL_TO_LATIN.get(ch, ch) for ch in s)
    return s if re.fullmatch(r"[A-Z]{2}\d{7}", s) else None
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("norm_passport")
check_equal(norm_passport("AA6562814"), "AA6562814", name='norm_passport("AA6562814")')
### BEGIN HIDDEN TESTS
judge.call(
    "norm_passport",
    [("AA6562814",), ("ab4447224",), ("AA №0191783",), ("FB 7593331",), ("АВ8278393",),
     (float("nan"),), ("12345",)],
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (3 ball).** Bog'lang: `links` jadvali — `extracts` dagi har bir yozuv uchun bitta
# qator, ustunlar `agency`, `record_id`, `citizen_id`, `method`. Qoida:
# 1. normallashgan JShShIR reyestrda bor bo'lsa — shu fuqaro, `method = "pinfl"`;
# 2. aks holda normallashgan pasport reyestrda bor bo'lsa — `method = "passport"`;
# 3. aks holda `citizen_id` va `method` — `None`.
#
# Bog'langan yozuvlar ulushini `match_rate` (float) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `by_pinfl = dict(zip(register["pinfl"], register["citizen_id"]))`, pasport uchun ham shunday.
# Har bir qator uchun funksiya yozib, `apply(..., axis=1)` bilan ikki qiymat qaytaring.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (3 балла).** Свяжите записи: таблица `links` — по одной строке на каждую запись
# `extracts`, столбцы `agency`, `record_id`, `citizen_id`, `method`. Правило:
# 1. нормализованный ПИНФЛ есть в реестре — этот гражданин, `method = "pinfl"`;
# 2. иначе нормализованный паспорт есть в реестре — `method = "passport"`;
# 3. иначе `citizen_id` и `method` — `None`.
#
# Долю связанных записей запишите в `match_rate` (float).
#
# <details><summary>Подсказка</summary>
#
# `by_pinfl = dict(zip(register["pinfl"], register["citizen_id"]))`, так же для паспорта.
# Напишите функцию для строки и вызовите её через `apply(..., axis=1)`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (3 points).** Link: `links` has one row per record of `extracts` with `agency`,
# `record_id`, `citizen_id`, `method`. Rule: normalised PINFL found in the register gives `method
# = "pinfl"`; else normalised passport found gives `"passport"`; else both `None`. Store the
# linked share in `match_rate`.
#
# <details><summary>Hint</summary>
#
# Build `dict(zip(register["pinfl"], register["citizen_id"]))` and the same for passports; apply a
# row function.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_by_pinfl = dict(zip(register["pinfl"], register["citizen_id"]))
_by_passport = dict(zip(register["passport"], register["citizen_id"]))


def _link(row):
    p = norm_pinfl(row["pinfl"])
    if p in _by_pinfl:
        return _by_pinfl[p], "pinfl"
    s = norm_passport(row["passport"])
    if s in _by_passport:
        return _by_passport[s], "passport"
    return None, None


_found = extracts.apply(_link, axis=1, result_type="expand")
links = extracts[["agency", "record_id"]].assign(citizen_id=_found[0], method=_found[1])
match_rate = float(links["citizen_id"].notna().mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("links", "match_rate")
check_type(links, pd.DataFrame, name="links")
check_columns(links, ["agency", "record_id", "citizen_id", "method"], name="links")
check_equal(len(links), len(extracts), name="len(links)")
### BEGIN HIDDEN TESTS
_cols3 = ["agency", "record_id", "citizen_id", "method"]


def _linked(table):
    """(agency, record_id) -> (citizen_id, method), empty cells as None."""
    return {
        (a, r): (None if pd.isna(c) else c, None if pd.isna(m) else m)
        for a, r, c, m in table[_cols3].itertuples(index=False, name=None)
    }


_links = judge.fetch("links")
_ref_links = judge.ref("links")
judge.check(
    isinstance(_links, pd.DataFrame) and set(_cols3) <= set(_links.columns),
    uz="`links` jadvalida `agency`, `record_id`, `citizen_id`, `method` ustunlari bo'lishi kerak.",
    ru="В таблице `links` должны быть столбцы `agency`, `record_id`, `citizen_id`, `method`.",
    en="`links` must be a table with columns `agency`, `record_id`, `citizen_id`, `method`.",
)
judge.check(
    len(_links) == len(_ref_links),
    uz="`links` da `extracts` dagi har bir yozuv uchun bitta qator bo'lishi kerak.",
    ru="В `links` должна быть ровно одна строка на каждую запись `extracts`.",
    en="`links` must have exactly one row per record of `extracts`.",
)
judge.check(
    _linked(_links) == _linked(_ref_links),
    uz="Ba'zi yozuvlar noto'g'ri bog'langan: qoidalar tartibini (avval JShShIR, keyin pasport) va normallashtirishni tekshiring.",
    ru="Часть записей связана неверно: проверьте порядок правил (сначала ПИНФЛ, потом паспорт) и нормализацию.",
    en="Some records are linked wrongly: check the rule order (PINFL first, then passport) and the normalisation.",
)
judge.value("match_rate", abs=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (2 ball).** Bog'lanishni tekshiring: bog'langan yozuvlardan ko'chirmadagi tug'ilgan
# sana (`to_date(birth)`) ham, reyestrdagi sana ham bor bo'lganlarini oling va sanalar **mos
# kelmaydigan** yozuvlar ulushini `date_conflict_share` (float) ga yozing. Bunday yozuvlarni
# qo'lda tekshirish kerak: JShShIR'da bitta raqam xato bo'lishi yoki sana kun/oy almashgan bo'lishi
# mumkin.
#
# <details><summary>Maslahat</summary>
#
# `links` ga `extracts["birth"]` ni (indeks bir xil) va `register` dan `birth_date` ni
# (`citizen_id` bo'yicha `merge`) qo'shing; ikkalasini ham `to_date` bilan o'giring.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (2 балла).** Проверьте связи: среди связанных записей возьмите те, где есть и дата
# рождения в выписке (`to_date(birth)`), и дата в реестре, и запишите в `date_conflict_share`
# (float) долю записей, где даты **не совпадают**. Такие записи нужно проверить вручную: в ПИНФЛ
# может быть ошибка в одной цифре, в дате — перепутаны день и месяц.
#
# <details><summary>Подсказка</summary>
#
# Добавьте к `links` столбец `extracts["birth"]` (индекс тот же) и `birth_date` из `register`
# (`merge` по `citizen_id`); переведите обе даты через `to_date`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (2 points).** Check the links: among linked records with a birth date both in the
# extract (`to_date(birth)`) and in the register, store the share whose dates **differ** in
# `date_conflict_share`.
#
# <details><summary>Hint</summary>
#
# Add `extracts["birth"]` to `links` (same index) and merge `birth_date` from `register` on
# `citizen_id`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_chk = links.assign(birth=extracts["birth"].map(to_date))
_chk = _chk[_chk["citizen_id"].notna()].merge(
    register[["citizen_id", "birth_date"]], on="citizen_id", how="left"
)
_chk["reg_birth"] = _chk["birth_date"].map(to_date)
_both = _chk[_chk["birth"].notna() & _chk["reg_birth"].notna()]
date_conflict_share = float((_both["birth"] != _both["reg_birth"]).mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("date_conflict_share")
check(
    0.0 <= float(date_conflict_share) <= 1.0,
    uz="Ulush 0 va 1 orasida bo'lishi kerak.",
    ru="Доля должна быть между 0 и 1.",
    en="A share lies between 0 and 1.",
)
### BEGIN HIDDEN TESTS
judge.value("date_conflict_share", abs=1e-9)
### END HIDDEN TESTS
