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
# # 1-mashq. Yagona jinoyatchilik ma'lumotlar bazasi: takrorlarni topish va bog'lash
#
# Politsiya reyestri (`police`), prokuratura (`prosecutor`) va sud (`court`) yozuvlarini bitta
# bazaga yig'amiz. Bitta odam politsiya reyestrining o'zida ikki-uch marta qayd etilgan
# (**takrorlar**), boshqa idoralarda esa boshqacha yozilgan (**bog'lash**). Ism lotin yoki kirillda,
# rus yozuvida, xato bilan, ism va familiya o'rni almashgan; JShShIR bo'sh yoki buzilgan.
#
# Bog'lashni **Splink** kutubxonasi (DuckDB ustida) qiladi: model tayyor, siz uni ishga tushirasiz
# va natijani tekshirilgan kalit (`gold`) bilan **aniqlik, to'liqlik va F1** bo'yicha baholaysiz.
# Nima uchun kutubxona: ehtimollik modeli (Fellegi-Sunter) har bir belgining hissasini o'zi
# o'rganadi, bloklash esa millionlab juftlikni solishtirmaslikka imkon beradi. Ma'lumotlar
# **sintetik**.

# %% [markdown] lang="ru"
# # Упражнение 1. Единая база данных о преступности: дубли и связывание
#
# Собираем записи реестра полиции (`police`), прокуратуры (`prosecutor`) и суда (`court`) в одну
# базу. Один человек учтён в реестре полиции два-три раза (**дубли**), а в других ведомствах
# записан иначе (**связывание**). Имя латиницей или кириллицей, в русском написании, с опечаткой,
# с переставленными именем и фамилией; ПИНФЛ пуст или испорчен.
#
# Связывает библиотека **Splink** (на DuckDB): модель готова, вы её запускаете и оцениваете
# результат по проверенному ключу (`gold`) — **точность, полнота и F1**. Почему библиотека:
# вероятностная модель (Феллеги — Сантер) сама оценивает вклад каждого признака, а блокировка
# избавляет от сравнения миллионов пар. Данные **синтетические**.

# %% [markdown] lang="en"
# # Exercise 1. The unified crime database: deduplication and linkage
#
# We bring the records of the police register (`police`), the prosecutor's office (`prosecutor`)
# and the court (`court`) into one database. One person is registered two or three times in the
# police register itself (**duplicates**) and written differently by the other agencies
# (**linkage**): Latin or Cyrillic, Russian spelling, typos, given name and surname swapped; the
# PINFL empty or mangled.
#
# The **Splink** library (on DuckDB) does the linking: the model is given, you run it and score
# the result against the verified key (`gold`) by **precision, recall and F1**. Why a library: its
# probabilistic model (Fellegi-Sunter) learns the weight of each field, and blocking spares us
# comparing millions of pairs. The data are **synthetic**.

# %% tags=["setup"]
LANG = "uz"
import logging
import re

import pandas as pd
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

from malaka.datasets.translit import ascii_slug, to_latin, to_russian_spelling
from malaka.grading.checks import check, check_defined, check_type

DATA = "data/crime-registers/"
police = pd.read_csv(DATA + "police.csv", dtype=str)
prosecutor = pd.read_csv(DATA + "prosecutor.csv", dtype=str)
court = pd.read_csv(DATA + "court.csv", dtype=str)
gold = pd.read_csv(DATA + "gold.csv", dtype=str)


def name_key(text):
    """Ism kaliti / ключ имени: Qo'chqorov, Қўчқоров, Кучкоров, QO'CHQOROV -> kuchkorov."""
    if not isinstance(text, str) or not text.strip():
        return None
    return ascii_slug(to_russian_spelling(to_latin(text))) or None


def norm_pinfl(x):
    """14 ta raqam yoki None / 14 цифр или None (3.12E+13 -> None)."""
    digits = re.sub(r"\D", "", x) if isinstance(x, str) else ""
    return digits if len(digits) == 14 else None


def to_date(text, fmt):
    """'YYYY-MM-DD' yoki None / или None."""
    day = pd.to_datetime(text, format=fmt, errors="coerce")
    return None if pd.isna(day) else day.strftime("%Y-%m-%d")


def first_two(full):
    """F.I.Sh. dan birinchi ikki so'z / первые два слова ФИО."""
    words = str(full).split() + ["", ""]
    return words[0], words[1]


def standardise(source, ids, surnames, given, births, fmt, pinfls, districts):
    """Bitta ko'rinishdagi jadval / таблица единого вида."""
    table = pd.DataFrame(
        {
            "unique_id": list(ids),
            "source": source,
            "surname": [name_key(x) for x in surnames],
            "given_name": [name_key(x) for x in given],
            "birth_date": [to_date(x, fmt) for x in births],
            "pinfl": [norm_pinfl(x) for x in pinfls],
            "district": [name_key(x) for x in districts],
        }
    )
    table["birth_year"] = table["birth_date"].str[:4]
    return table


_pr = [first_two(x) for x in prosecutor["fio"]]
_sd = [first_two(x) for x in court["full_name"]]
people = pd.concat(
    [
        standardise("police", police["record_id"], police["familiya"], police["ism"],
                    police["tugilgan_sana"], "%Y-%m-%d", police["jshshir"], police["tuman"]),
        standardise("prosecutor", prosecutor["record_id"], [a for a, b in _pr],
                    [b for a, b in _pr], prosecutor["data_rozhdeniya"], "%d.%m.%Y",
                    prosecutor["pinfl"], prosecutor["rayon"]),
        standardise("court", court["record_id"], [a for a, b in _sd], [b for a, b in _sd],
                    court["birth_date"], "%Y-%m-%d", court["jshshir"], court["district"]),
    ],
    ignore_index=True,
)


def pairs_by(table, columns):
    """Ko'rsatilgan ustunlari bir xil (bo'sh emas) yozuvlar juftliklari / пары записей с равными столбцами."""
    t = table.dropna(subset=columns)
    m = t.merge(t, on=columns)
    m = m[m["unique_id_x"] < m["unique_id_y"]]
    return set(zip(m["unique_id_x"], m["unique_id_y"]))


true_pairs = pairs_by(gold.rename(columns={"record_id": "unique_id"}), ["person_id"])


def pairs_from(table):
    """Splink natijasidan juftliklar / пары из результата Splink."""
    return {tuple(sorted(p)) for p in zip(table["unique_id_l"], table["unique_id_r"])}


# Splink modeli (tayyor) / модель Splink (готова)
settings = SettingsCreator(
    link_type="dedupe_only",
    blocking_rules_to_generate_predictions=[
        block_on("birth_year"),
        block_on("pinfl"),
        block_on("surname", "district"),
    ],
    comparisons=[
        cl.ForenameSurnameComparison("given_name", "surname"),
        cl.DateOfBirthComparison("birth_date", input_is_string=True),
        cl.ExactMatch("pinfl"),
        cl.ExactMatch("district"),
    ],
)
linker = Linker(DuckDBAPI().register(people), settings, log_level=logging.ERROR)
linker.training.estimate_probability_two_random_records_match([block_on("pinfl")], recall=0.75)
linker.training.estimate_u_using_random_sampling(max_pairs=2e5, seed=1)
linker.training.estimate_parameters_using_expectation_maximisation(block_on("surname", "given_name"))
linker.training.estimate_parameters_using_expectation_maximisation(block_on("birth_date"))
THRESHOLDS = [0.5, 0.8, 0.9, 0.95, 0.99, 0.999]
people.head()

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): bitta yozuvni standart ko'rinishga keltirish
#
# Prokuraturadagi `Кучкоров Рустам Акмалович` va sud yozuvidagi `RUSTAM QO'CHQOROV` — bitta odam
# bo'lishi mumkin. `name_key` (loyihaning transliteratsiyasi bilan) ikkalasini bir xil kalitga
# keltiradi; `first_two` F.I.Sh. dan birinchi ikki so'zni oladi (sudda ism oldin bo'lsa, ular
# o'rin almashgan bo'ladi — Splink buni ham tekshiradi). `people` — uchala reyestr shu ko'rinishda.
# `pairs_by(jadval, ustunlar)` — ko'rsatilgan ustunlari bir xil yozuvlar juftliklari;
# `true_pairs` — `gold` bo'yicha haqiqiy juftliklar.

# %% [markdown] lang="ru"
# ## Пример с решением: приводим запись к единому виду
#
# `Кучкоров Рустам Акмалович` из прокуратуры и `RUSTAM QO'CHQOROV` из суда могут быть одним
# человеком. `name_key` (через транслитерацию проекта) приводит оба к одному ключу; `first_two`
# берёт первые два слова ФИО (если в суде имя стоит первым, они окажутся переставлены — Splink
# проверяет и это). `people` — все три реестра в таком виде. `pairs_by(таблица, столбцы)` — пары
# записей с равными столбцами; `true_pairs` — настоящие пары по `gold`.

# %% [markdown] lang="en"
# ## Worked example: bringing a record to the standard form
#
# `Кучкоров Рустам Акмалович` from the prosecutor's office and `RUSTAM QO'CHQOROV` from the court
# may be one person. `name_key` (the project's transliteration) gives both the same key;
# `first_two` takes the first two words of a full name (when the court puts the given name first
# they come out swapped, which Splink checks too). `people` holds all three registers in this
# form. `pairs_by(table, columns)` gives the pairs of records with equal columns; `true_pairs`
# the true pairs by `gold`.

# %%
for _full in ["Кучкоров Рустам Акмалович", "RUSTAM QO'CHQOROV"]:
    print(_full, "->", [name_key(w) for w in first_two(_full)])
print(len(people), "yozuv / записей;", len(true_pairs), "haqiqiy juftlik / настоящих пар")

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** `gold` bo'yicha uchala reyestrda jami nechta **turli
# odam** bor? Sonini `n_persons` (int) ga yozing. Yozuvlar soni (`len(gold)`) undan ko'p:
# bir odamning bir nechta yozuvi bor.
#
# <details><summary>Maslahat</summary>
#
# Har bir odamning raqami — `gold["person_id"]`; turli qiymatlar sonini `.nunique()` beradi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** Сколько **разных людей** во всех трёх реестрах по `gold`?
# Запишите число в `n_persons` (int). Записей (`len(gold)`) больше: у одного человека бывает
# несколько записей.
#
# <details><summary>Подсказка</summary>
#
# Номер человека — `gold["person_id"]`; число разных значений даёт `.nunique()`.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** How many **different people** are in the three registers
# according to `gold`? Store the number in `n_persons` (int). There are more records
# (`len(gold)`): one person may have several.
#
# <details><summary>Hint</summary>
#
# The person's id is `gold["person_id"]`; `.nunique()` counts distinct values.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_persons = int(gold["person_id"].nunique())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_persons")
check(
    0 < int(n_persons) <= len(gold),
    uz="Odamlar soni 1 dan yozuvlar sonigacha bo'lishi kerak.",
    ru="Число людей — от 1 до числа записей.",
    en="The number of people lies between 1 and the number of records.",
)
### BEGIN HIDDEN TESTS
judge.value("n_persons")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **1-savol (2 ball).** Politsiya reyestrining o'zida nechta yozuv **takroriy** qayd (shu odam
# reyestrda oldinroq ham bor)? `gold` bo'yicha hisoblang: politsiya yozuvlari soni minus politsiya
# reyestridagi turli odamlar soni. Natijani `n_police_repeats` (int) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `g = gold[gold["source"] == "police"]`, keyin `len(g) - g["person_id"].nunique()`.
# `duplicated(keep=False)` birinchi yozuvni ham sanaydi — bu yerda kerak emas.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Сколько записей в самом реестре полиции — **повторная** постановка на
# учёт (этот человек уже есть в реестре)? Посчитайте по `gold`: число записей полиции минус число
# разных людей в реестре полиции. Запишите в `n_police_repeats` (int).
#
# <details><summary>Подсказка</summary>
#
# `g = gold[gold["source"] == "police"]`, затем `len(g) - g["person_id"].nunique()`.
# `duplicated(keep=False)` считает и первую запись — здесь это не нужно.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** How many records of the police register are **repeat**
# registrations (the person is already in the register)? Use `gold`: the number of police
# records minus the number of different people among them. Store it in `n_police_repeats` (int).
#
# <details><summary>Hint</summary>
#
# `g = gold[gold["source"] == "police"]`, then `len(g) - g["person_id"].nunique()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_g = gold[gold["source"] == "police"]
n_police_repeats = int(len(_g) - _g["person_id"].nunique())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("n_police_repeats")
check(
    0 <= int(n_police_repeats) < len(police),
    uz="Takrorlar soni 0 dan politsiya yozuvlari sonigacha bo'ladi.",
    ru="Число повторов — от 0 до числа записей полиции.",
    en="The number of repeats lies between 0 and the number of police records.",
)
### BEGIN HIDDEN TESTS
judge.value("n_police_repeats")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** `scores(found, truth)` funksiyasini yozing: `found` — topilgan juftliklar
# to'plami, `truth` — haqiqiy juftliklar to'plami. Funksiya uchta sonni **kortej** sifatida
# qaytaradi: `(aniqlik, to'liqlik, F1)`. Aniqlik = to'g'ri topilganlar / topilganlar (hech narsa
# topilmasa 0.0), to'liqlik = to'g'ri topilganlar / haqiqiylar, F1 = 2·A·T / (A + T) (ikkalasi 0
# bo'lsa 0.0).
#
# <details><summary>Maslahat</summary>
#
# To'g'ri topilganlar: `hit = len(found & truth)`. Nolga bo'lmaslik uchun `if found` va
# `if p + r` ni tekshiring. `return p, r, f1`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** Напишите функцию `scores(found, truth)`: `found` — множество найденных
# пар, `truth` — множество настоящих. Функция возвращает три числа **кортежем**:
# `(точность, полнота, F1)`. Точность = верно найденные / найденные (если ничего не найдено — 0.0),
# полнота = верно найденные / настоящие, F1 = 2·P·R / (P + R) (если оба 0 — 0.0).
#
# <details><summary>Подсказка</summary>
#
# Верно найденные: `hit = len(found & truth)`. Чтобы не делить на ноль, проверьте `if found` и
# `if p + r`. `return p, r, f1`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** Write `scores(found, truth)`: `found` is the set of found pairs,
# `truth` the set of true pairs. Return a **tuple** `(precision, recall, f1)`: precision = correct
# / found (0.0 if nothing was found), recall = correct / true, F1 = 2·P·R / (P + R) (0.0 if both
# are 0).
#
# <details><summary>Hint</summary>
#
# `hit = len(found & truth)`; guard with `if found` and `if p + r`; `return p, r, f1`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def scores(found, truth):
    hit = len(found & truth)
    p = hit / len(found) if found else 0.0
    r = hit / len(truth) if truth else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("scores")
check(
    len(scores({("A", "B")}, {("A", "B"), ("C", "D")})) == 3,
    uz="`scores` uchta son qaytarishi kerak: (aniqlik, to'liqlik, F1).",
    ru="`scores` должна вернуть три числа: (точность, полнота, F1).",
    en="`scores` must return three numbers: (precision, recall, F1).",
)
### BEGIN HIDDEN TESTS
_truth = set(judge.ref("true_pairs"))
_as_floats = lambda v: tuple(round(float(x), 9) for x in v)  # noqa: E731
judge.call(
    "scores",
    [
        ({("A", "B"), ("C", "D")}, {("A", "B"), ("E", "F"), ("G", "H")}),
        ({("A", "B")}, {("A", "B")}),
        (set(), {("A", "B")}),
        ({("A", "B")}, {("C", "D")}),
        (set(sorted(_truth)[:50]) | {("X-1", "X-2")}, _truth),
    ],
    norm=_as_floats,
    label=lambda found, truth: f"scores(<{len(found)} juftlik/пар>, <{len(truth)}>)",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Nega **bloklash** kerak? `people` dagi barcha mumkin bo'lgan juftliklar
# sonini `n_pairs_all` (int), tug'ilgan yili bir xil juftliklar sonini esa `n_pairs_year` (int) ga
# yozing. `k` ta yozuvdan `k·(k-1)/2` juftlik chiqadi.
#
# <details><summary>Maslahat</summary>
#
# `n = len(people)`; `n * (n - 1) // 2`. Yillar bo'yicha: `k = people.groupby("birth_year").size()`,
# keyin `(k * (k - 1) // 2).sum()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Зачем **блокировка**? Запишите число всех возможных пар записей
# `people` в `n_pairs_all` (int), а число пар с одинаковым годом рождения — в `n_pairs_year` (int).
# Из `k` записей получается `k·(k-1)/2` пар.
#
# <details><summary>Подсказка</summary>
#
# `n = len(people)`; `n * (n - 1) // 2`. По годам: `k = people.groupby("birth_year").size()`, затем
# `(k * (k - 1) // 2).sum()`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Why **blocking**? Store the number of all possible pairs of records
# of `people` in `n_pairs_all` (int) and the number of pairs with the same birth year in
# `n_pairs_year` (int). `k` records make `k·(k-1)/2` pairs.
#
# <details><summary>Hint</summary>
#
# `n * (n - 1) // 2`; per year `k = people.groupby("birth_year").size()`, then
# `(k * (k - 1) // 2).sum()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_n = len(people)
n_pairs_all = _n * (_n - 1) // 2
_k = people.groupby("birth_year").size()
n_pairs_year = int((_k * (_k - 1) // 2).sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("n_pairs_all", "n_pairs_year")
check(
    int(n_pairs_year) <= int(n_pairs_all),
    uz="Bir yilda tug'ilganlar juftliklari barcha juftliklardan ko'p bo'lishi mumkin emas.",
    ru="Пар с одним годом рождения не может быть больше, чем всех пар.",
    en="Same-year pairs cannot outnumber all pairs.",
)
### BEGIN HIDDEN TESTS
judge.value("n_pairs_all")
judge.value("n_pairs_year")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchi darajasi: Splink modelini ishga tushirish, chegarani tanlash,
# klasterlar. Har bir savol alohida baholanadi: qiyin bo'lsa, maslahatni oching va keyingisiga
# o'ting.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Дальше — вопросы уровня аналитика: запуск модели Splink, выбор порога, кластеры. Каждый вопрос
# оценивается отдельно: если трудно, откройте подсказку и переходите к следующему.

# %% [markdown] lang="en"
# ## Advanced part
#
# The questions below are analyst level: running the Splink model, choosing a threshold,
# clusters. Each is graded on its own: if one is hard, open the hint and move on.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** Ikki oddiy usulning natijasi: faqat JShShIR bo'yicha va faqat ism
# bo'yicha bog'lash. Birinchisi aniq, lekin JShShIR'siz yozuvlarni o'tkazib yuboradi; ikkinchisi
# adashlarni (bir xil ismli boshqa odamlar) bog'lab yuboradi va yozilishi farq qilganlarni topmaydi.

# %% [markdown] lang="ru"
# **Пример с решением.** Два простых способа: связывание только по ПИНФЛ и только по имени.
# Первый точен, но пропускает записи без ПИНФЛ; второй связывает тёзок и не находит записи с
# другим написанием.

# %% [markdown] lang="en"
# **Worked example.** Two simple methods: linking by PINFL only and by name only. The first is
# precise but misses records without a PINFL; the second joins namesakes and misses other
# spellings.

# %%
found_pinfl = pairs_by(people, ["pinfl"])
found_name = pairs_by(people, ["surname", "given_name"])
for _label, _found in [("pinfl", found_pinfl), ("name", found_name)]:
    print(_label, [round(x, 3) for x in scores(_found, true_pairs)])

# %% [markdown] lang="uz"
# **4-savol (3 ball).** Splink modelini ishga tushiring:
# `linker.inference.predict(threshold_match_probability=0.9)` natijasini
# `.as_pandas_dataframe()` bilan jadvalga o'tkazib, `links_90` ga yozing. Keyin `pairs_from` va
# `scores` bilan `precision_90`, `recall_90`, `f1_90` ni hisoblang.
#
# <details><summary>Maslahat</summary>
#
# `links_90 = linker.inference.predict(threshold_match_probability=0.9).as_pandas_dataframe()`,
# keyin `precision_90, recall_90, f1_90 = scores(pairs_from(links_90), true_pairs)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (3 балла).** Запустите модель Splink: результат
# `linker.inference.predict(threshold_match_probability=0.9)` переведите в таблицу через
# `.as_pandas_dataframe()` и запишите в `links_90`. Затем через `pairs_from` и `scores` посчитайте
# `precision_90`, `recall_90`, `f1_90`.
#
# <details><summary>Подсказка</summary>
#
# `links_90 = linker.inference.predict(threshold_match_probability=0.9).as_pandas_dataframe()`,
# затем `precision_90, recall_90, f1_90 = scores(pairs_from(links_90), true_pairs)`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (3 points).** Run the Splink model: turn
# `linker.inference.predict(threshold_match_probability=0.9)` into a table with
# `.as_pandas_dataframe()` and store it in `links_90`. Then compute `precision_90`, `recall_90`,
# `f1_90` with `pairs_from` and `scores`.
#
# <details><summary>Hint</summary>
#
# `links_90 = linker.inference.predict(threshold_match_probability=0.9).as_pandas_dataframe()`,
# then `precision_90, recall_90, f1_90 = scores(pairs_from(links_90), true_pairs)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
links_90 = linker.inference.predict(threshold_match_probability=0.9).as_pandas_dataframe()
precision_90, recall_90, f1_90 = scores(pairs_from(links_90), true_pairs)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("links_90", "precision_90", "recall_90", "f1_90")
check(
    all(0.0 <= float(x) <= 1.0 for x in (precision_90, recall_90, f1_90)),
    uz="Aniqlik, to'liqlik va F1 — 0 va 1 orasidagi sonlar.",
    ru="Точность, полнота и F1 — числа от 0 до 1.",
    en="Precision, recall and F1 lie between 0 and 1.",
)
### BEGIN HIDDEN TESTS
_links = judge.table("links_90", ["unique_id_l", "unique_id_r", "match_probability"])
judge.check(
    bool((_links["match_probability"] >= 0.9).all()),
    uz="`links_90` da ehtimoli 0,9 dan past juftliklar bor: chegara 0.9 bo'lishi kerak.",
    ru="В `links_90` есть пары с вероятностью ниже 0,9: порог должен быть 0.9.",
    en="`links_90` holds pairs below 0.9: the threshold must be 0.9.",
)
judge.value("precision_90", abs=1e-6)
judge.value("recall_90", abs=1e-6)
judge.value("f1_90", abs=1e-6)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **5-savol (2 ball).** Chegarani tanlang. `THRESHOLDS` dagi har bir chegara `t` uchun
# `predict(threshold_match_probability=0.5)` natijasidan `match_probability >= t` juftliklarni
# oling va F1 ni hisoblang: `f1_by_threshold` lug'ati `{chegara: F1}`. F1 eng katta bo'lgan
# chegarani `best_threshold` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `all_links = linker.inference.predict(threshold_match_probability=0.5).as_pandas_dataframe()`;
# lug'at: `{t: scores(pairs_from(all_links[all_links["match_probability"] >= t]), true_pairs)[2]
# for t in THRESHOLDS}`; eng kattasining kaliti: `max(d, key=d.get)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (2 балла).** Выберите порог. Для каждого порога `t` из `THRESHOLDS` возьмите из
# результата `predict(threshold_match_probability=0.5)` пары с `match_probability >= t` и
# посчитайте F1: словарь `f1_by_threshold` `{порог: F1}`. Порог с наибольшим F1 запишите в
# `best_threshold`.
#
# <details><summary>Подсказка</summary>
#
# `all_links = linker.inference.predict(threshold_match_probability=0.5).as_pandas_dataframe()`;
# словарь: `{t: scores(pairs_from(all_links[all_links["match_probability"] >= t]), true_pairs)[2]
# for t in THRESHOLDS}`; ключ наибольшего: `max(d, key=d.get)`.
# </details>

# %% [markdown] lang="en"
# **Question 5 (2 points).** Choose the threshold. For each `t` in `THRESHOLDS`, take the pairs of
# `predict(threshold_match_probability=0.5)` with `match_probability >= t` and compute F1:
# `f1_by_threshold` is a dict `{threshold: F1}`. Store the threshold with the highest F1 in
# `best_threshold`.
#
# <details><summary>Hint</summary>
#
# `{t: scores(pairs_from(all_links[all_links["match_probability"] >= t]), true_pairs)[2] for t in
# THRESHOLDS}`; `max(d, key=d.get)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
all_links = linker.inference.predict(threshold_match_probability=0.5).as_pandas_dataframe()
f1_by_threshold = {
    t: scores(pairs_from(all_links[all_links["match_probability"] >= t]), true_pairs)[2]
    for t in THRESHOLDS
}
best_threshold = max(f1_by_threshold, key=f1_by_threshold.get)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("f1_by_threshold", "best_threshold")
check(
    best_threshold in THRESHOLDS,
    uz="`best_threshold` — `THRESHOLDS` ro'yxatidagi chegaralardan biri bo'lishi kerak.",
    ru="`best_threshold` должен быть одним из порогов списка `THRESHOLDS`.",
    en="`best_threshold` must be one of the thresholds in `THRESHOLDS`.",
)
### BEGIN HIDDEN TESTS
judge.value("f1_by_threshold", abs=1e-6)
judge.value("best_threshold")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **6-savol (2 ball).** Kutubxona JShShIR'siz yozuvlarda ham ishlaydimi? Hech bo'lmasa bitta
# yozuvida to'g'ri JShShIR yo'q (`people["pinfl"]` bo'sh) haqiqiy juftliklarni oling va ular
# orasida `links_90` topganlari ulushini `recall_no_pinfl` ga yozing. Faqat JShShIR bo'yicha
# bog'lashda bu ulush 0 ga teng.
#
# <details><summary>Maslahat</summary>
#
# `no_pinfl = set(people.loc[people["pinfl"].isna(), "unique_id"])`; juftlik `(a, b)` kerak, agar
# `a in no_pinfl or b in no_pinfl`. Keyin `len(pairs_from(links_90) & hard) / len(hard)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 6 (2 балла).** Работает ли библиотека на записях без ПИНФЛ? Возьмите настоящие пары, в
# которых хотя бы у одной записи нет правильного ПИНФЛ (`people["pinfl"]` пуст), и запишите в
# `recall_no_pinfl` долю тех из них, что нашла `links_90`. При связывании только по ПИНФЛ эта доля
# равна 0.
#
# <details><summary>Подсказка</summary>
#
# `no_pinfl = set(people.loc[people["pinfl"].isna(), "unique_id"])`; нужна пара `(a, b)`, если
# `a in no_pinfl or b in no_pinfl`. Затем `len(pairs_from(links_90) & hard) / len(hard)`.
# </details>

# %% [markdown] lang="en"
# **Question 6 (2 points).** Does the library work on records without a PINFL? Take the true pairs
# in which at least one record has no valid PINFL (`people["pinfl"]` empty) and store the share of
# them that `links_90` found in `recall_no_pinfl`. PINFL-only linking gets 0 here.
#
# <details><summary>Hint</summary>
#
# `no_pinfl = set(people.loc[people["pinfl"].isna(), "unique_id"])`; keep `(a, b)` if
# `a in no_pinfl or b in no_pinfl`; then `len(pairs_from(links_90) & hard) / len(hard)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q6_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_no_pinfl = set(people.loc[people["pinfl"].isna(), "unique_id"])
_hard = {(a, b) for a, b in true_pairs if a in _no_pinfl or b in _no_pinfl}
recall_no_pinfl = len(pairs_from(links_90) & _hard) / len(_hard)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q6_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("recall_no_pinfl")
check(
    0.0 <= float(recall_no_pinfl) <= 1.0,
    uz="Ulush 0 va 1 orasida bo'lishi kerak.",
    ru="Доля должна быть между 0 и 1.",
    en="A share lies between 0 and 1.",
)
### BEGIN HIDDEN TESTS
judge.value("recall_no_pinfl", abs=1e-6)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **7-savol (2 ball).** Yagona bazada nechta shaxs kartochkasi bo'ladi? 0,9 chegarada klasterlar
# tuzing: `linker.clustering.cluster_pairwise_predictions_at_threshold(predictions,
# threshold_match_probability=0.9)` (bu yerda `predictions` — `predict(...)` natijasi,
# jadvalga o'tkazilmagan). Turli `cluster_id` lar sonini `n_people_est` (int) ga yozing va uni
# 0-savoldagi `n_persons` bilan solishtiring.
#
# <details><summary>Maslahat</summary>
#
# `predictions = linker.inference.predict(threshold_match_probability=0.9)`; klasterlar jadvali —
# `.as_pandas_dataframe()`; `["cluster_id"].nunique()`. `len(...)` yozuvlar sonini beradi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 7 (2 балла).** Сколько карточек лиц будет в единой базе? Постройте кластеры при пороге
# 0,9: `linker.clustering.cluster_pairwise_predictions_at_threshold(predictions,
# threshold_match_probability=0.9)` (здесь `predictions` — результат `predict(...)`, не
# переведённый в таблицу). Число разных `cluster_id` запишите в `n_people_est` (int) и сравните с
# `n_persons` из вопроса 0.
#
# <details><summary>Подсказка</summary>
#
# `predictions = linker.inference.predict(threshold_match_probability=0.9)`; таблица кластеров —
# `.as_pandas_dataframe()`; `["cluster_id"].nunique()`. `len(...)` даёт число записей.
# </details>

# %% [markdown] lang="en"
# **Question 7 (2 points).** How many person cards will the unified database hold? Cluster at
# 0.9: `linker.clustering.cluster_pairwise_predictions_at_threshold(predictions,
# threshold_match_probability=0.9)` (`predictions` is the result of `predict(...)`, not turned
# into a table). Store the number of distinct `cluster_id` values in `n_people_est` (int) and
# compare it with `n_persons` from question 0.
#
# <details><summary>Hint</summary>
#
# `.as_pandas_dataframe()` gives the cluster table; `["cluster_id"].nunique()`; `len(...)` counts
# records.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q7_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
predictions = linker.inference.predict(threshold_match_probability=0.9)
clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
    predictions, threshold_match_probability=0.9
).as_pandas_dataframe()
n_people_est = int(clusters["cluster_id"].nunique())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q7_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("n_people_est")
check(
    0 < int(n_people_est) <= len(people),
    uz="Kartochkalar soni 1 dan yozuvlar sonigacha bo'ladi.",
    ru="Число карточек — от 1 до числа записей.",
    en="The number of cards lies between 1 and the number of records.",
)
### BEGIN HIDDEN TESTS
judge.value("n_people_est")
### END HIDDEN TESTS
