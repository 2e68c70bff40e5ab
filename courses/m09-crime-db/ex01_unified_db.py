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
#
# **Nega ikki son.** Aniqlik past — **xato birlashtirish**: boshqa odamning sudlanganligi
# fuqaroning **shaxs kartochkasiga** tushadi. To'liqlik past — **o'tkazib yuborilgan bog'lanish**:
# shaxsning prokuratura yoki suddagi yozuvi kartochkada ko'rinmaydi. Sudlanganlik haqidagi
# ma'lumotlar "Shaxsga doir ma'lumotlar to'g'risida"gi Qonunda (O'RQ-547) alohida toifa (ikkilamchi
# manba; batafsil — dars sahifasida).

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
#
# **Почему два числа.** Низкая точность — **ошибочное объединение**: чужая судимость попадает в
# **карточку лица** гражданина. Низкая полнота — **пропущенная связь**: запись человека в
# прокуратуре или суде не видна в его карточке. Сведения о судимости в Законе «О персональных
# данных» (ЗРУ-547) — особая категория (вторичный источник; подробнее — на странице урока).

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
#
# **Why two numbers.** Low precision is a **wrong merge**: someone else's conviction lands on a
# citizen's **person card**. Low recall is a **missed link**: the person's record at the
# prosecutor's office or the court stays hidden from the card. Criminal-record data are a special
# category in the Law "On personal data" (ZRU-547) (secondary; details on the lesson page).

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
# **Namuna: yozuvlar va turli qiymatlar.** Prokuratura reyestrida nechta yozuv va nechta turli
# tuman bor? `len(...)` qatorlarni (yozuvlarni) sanaydi, `.nunique()` — turli qiymatlarni.

# %% [markdown] lang="ru"
# **Пример: записи и разные значения.** Сколько записей и сколько разных районов в реестре
# прокуратуры? `len(...)` считает строки (записи), `.nunique()` — разные значения.

# %% [markdown] lang="en"
# **Worked example: records and distinct values.** How many records and how many different
# districts are in the prosecutor's register? `len(...)` counts rows (records), `.nunique()`
# distinct values.

# %%
print(len(prosecutor), prosecutor["rayon"].nunique())

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
judge.check(
    int(judge.fetch("n_persons")) != len(judge.ref("gold")),
    uz="Siz yozuvlarni sanadingiz (`len(gold)`): bitta odamning bir nechta yozuvi bor. Odamlar — "
    "turli `person_id` lar.",
    ru="Вы посчитали записи (`len(gold)`): у одного человека бывает несколько записей. Люди — "
    "разные `person_id`.",
    en="You counted records (`len(gold)`): one person may have several. People are the distinct "
    "`person_id` values.",
)
judge.value("n_persons")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **1-savol (2 ball).** Politsiya reyestrining o'zida nechta yozuv **takroriy** qayd (shu odam
# reyestrda oldinroq ham bor)? `gold` bo'yicha hisoblang: politsiya yozuvlari soni minus politsiya
# reyestridagi turli odamlar soni. Natijani `n_police_repeats` (int) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Avval faqat politsiya yozuvlarini oling: `gold["source"] == "police"`. Ulardan Namunadagidek
# ikki son kerak: yozuvlar soni va turli `person_id` lar soni. `duplicated(keep=False)` birinchi
# yozuvni ham sanaydi — bu yerda kerak emas.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Сколько записей в самом реестре полиции — **повторная** постановка на
# учёт (этот человек уже есть в реестре)? Посчитайте по `gold`: число записей полиции минус число
# разных людей в реестре полиции. Запишите в `n_police_repeats` (int).
#
# <details><summary>Подсказка</summary>
#
# Сначала оставьте только записи полиции: `gold["source"] == "police"`. Из них, как в примере,
# нужны два числа: число записей и число разных `person_id`. `duplicated(keep=False)` считает и
# первую запись — здесь это не нужно.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** How many records of the police register are **repeat**
# registrations (the person is already in the register)? Use `gold`: the number of police
# records minus the number of different people among them. Store it in `n_police_repeats` (int).
#
# <details><summary>Hint</summary>
#
# Keep the police records first (`gold["source"] == "police"`); then, as in the example, two
# numbers: the records and the distinct `person_id` values.
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
_gold = judge.ref("gold")
_pol = _gold[_gold["source"] == "police"]
_rep = int(judge.fetch("n_police_repeats"))
judge.check(
    _rep != int(_pol["person_id"].duplicated(keep=False).sum()),
    uz="`duplicated(keep=False)` odamning birinchi qaydini ham sanaydi. Takroriy qayd — birinchisidan "
    "keyingilari: yozuvlar soni minus turli odamlar soni.",
    ru="`duplicated(keep=False)` считает и первую постановку на учёт. Повторные — все, кроме первой: "
    "число записей минус число разных людей.",
    en="`duplicated(keep=False)` counts the first registration too. Repeats are the ones after the "
    "first: records minus different people.",
)
judge.check(
    _rep != len(_gold) - _gold["person_id"].nunique(),
    uz="Siz uchala reyestrni oldingiz. Prokuratura yoki suddagi yozuv — takror emas, bog'lanish; "
    "faqat politsiya yozuvlari kerak.",
    ru="Вы взяли все три реестра. Запись в прокуратуре или суде — не повтор, а связь; нужны только "
    "записи полиции.",
    en="You took all three registers. A record at the prosecutor's office or the court is a link, "
    "not a repeat; use the police records only.",
)
judge.value("n_police_repeats")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **Namuna: aniqlik va to'liqlik qo'lda.** Usul 2 juftlik topdi: `(A, B)` va `(C, D)`; haqiqiy
# juftliklar 3 ta: `(A, B)`, `(E, F)`, `(G, H)`. To'g'ri topilgani 1 ta (`&` — umumiy qism).
# Aniqlik = 1 / 2 (topilganlarga bo'linadi): `(C, D)` — xato birlashtirish. To'liqlik = 1 / 3
# (haqiqiylarga bo'linadi): `(E, F)` va `(G, H)` — o'tkazib yuborilgan bog'lanishlar.

# %% [markdown] lang="ru"
# **Пример: точность и полнота вручную.** Метод нашёл 2 пары: `(A, B)` и `(C, D)`; настоящих пар 3:
# `(A, B)`, `(E, F)`, `(G, H)`. Верно найдена 1 (`&` — общая часть). Точность = 1 / 2 (делим на
# найденные): `(C, D)` — ошибочное объединение. Полнота = 1 / 3 (делим на настоящие): `(E, F)` и
# `(G, H)` — пропущенные связи.

# %% [markdown] lang="en"
# **Worked example: precision and recall by hand.** A method found 2 pairs, `(A, B)` and `(C, D)`;
# there are 3 true pairs, `(A, B)`, `(E, F)`, `(G, H)`. One was found right (`&` is the common
# part). Precision = 1 / 2 (divide by the found pairs): `(C, D)` is a wrong merge. Recall = 1 / 3
# (divide by the true pairs): `(E, F)` and `(G, H)` are missed links.

# %%
_found = {("A", "B"), ("C", "D")}
_truth = {("A", "B"), ("E", "F"), ("G", "H")}
_hit = len(_found & _truth)
print(_hit, _hit / len(_found), _hit / len(_truth))

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
_case = [({("A", "B"), ("C", "D")}, {("A", "B"), ("E", "F"), ("G", "H")})]
_mine, _want = judge.apply("scores", _case)[0], judge.ref_apply("scores", _case)[0]
if isinstance(_mine, (tuple, list)) and len(_mine) == 3:
    judge.check(
        not (abs(float(_mine[0]) - _want[1]) < 1e-9 and abs(float(_mine[1]) - _want[0]) < 1e-9),
        uz="Aniqlik va to'liqlik almashib qolgan: aniqlik topilganlarga (`found`), to'liqlik "
        "haqiqiylarga (`truth`) bo'linadi.",
        ru="Точность и полнота перепутаны: точность делится на найденные (`found`), полнота — на "
        "настоящие (`truth`).",
        en="Precision and recall are swapped: precision divides by the found pairs (`found`), "
        "recall by the true ones (`truth`).",
    )
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
# **Namuna: juftliklar soni.** 4 ta yozuvdan (A, B, C, D) 6 ta juftlik chiqadi: AB, AC, AD, BC,
# BD, CD — ya'ni `4·3/2`. Sud reyestridagi barcha juftliklar:

# %% [markdown] lang="ru"
# **Пример: число пар.** Из 4 записей (A, B, C, D) получается 6 пар: AB, AC, AD, BC, BD, CD, то
# есть `4·3/2`. Все пары реестра суда:

# %% [markdown] lang="en"
# **Worked example: counting pairs.** 4 records (A, B, C, D) make 6 pairs: AB, AC, AD, BC, BD, CD,
# that is `4·3/2`. All pairs of the court register:

# %%
print(len(court) * (len(court) - 1) // 2)

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Nega **bloklash** kerak? `people` dagi barcha mumkin bo'lgan juftliklar
# sonini `n_pairs_all` (int), tug'ilgan yili bir xil juftliklar sonini esa `n_pairs_year` (int) ga
# yozing. `k` ta yozuvdan `k·(k-1)/2` juftlik chiqadi.
#
# <details><summary>Maslahat</summary>
#
# Barcha juftliklar — Namunadagi hisob, faqat `court` o'rniga `people`. Yillar bo'yicha:
# `people.groupby("birth_year").size()` har bir yil uchun `k` ni beradi; har bir yil uchun
# `k·(k-1)/2` ni hisoblab, `.sum()` bilan qo'shing.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Зачем **блокировка**? Запишите число всех возможных пар записей
# `people` в `n_pairs_all` (int), а число пар с одинаковым годом рождения — в `n_pairs_year` (int).
# Из `k` записей получается `k·(k-1)/2` пар.
#
# <details><summary>Подсказка</summary>
#
# Все пары — расчёт из примера, только `people` вместо `court`. По годам:
# `people.groupby("birth_year").size()` даёт `k` для каждого года; посчитайте `k·(k-1)/2` по годам и
# сложите через `.sum()`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Why **blocking**? Store the number of all possible pairs of records
# of `people` in `n_pairs_all` (int) and the number of pairs with the same birth year in
# `n_pairs_year` (int). `k` records make `k·(k-1)/2` pairs.
#
# <details><summary>Hint</summary>
#
# All pairs: the example's formula with `people` instead of `court`. Per year,
# `people.groupby("birth_year").size()` gives each year's `k`; compute `k·(k-1)/2` per year and add
# them up with `.sum()`.
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
# Ikki qadam: `predict(...)` ning natijasiga `.as_pandas_dataframe()` ni qo'shing. Keyin
# `pairs_from(links_90)` — topilgan juftliklar; `scores` uchta son qaytaradi, ularni bir qatorda
# uchta nomga yozish mumkin: `a, b, c = ...`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (3 балла).** Запустите модель Splink: результат
# `linker.inference.predict(threshold_match_probability=0.9)` переведите в таблицу через
# `.as_pandas_dataframe()` и запишите в `links_90`. Затем через `pairs_from` и `scores` посчитайте
# `precision_90`, `recall_90`, `f1_90`.
#
# <details><summary>Подсказка</summary>
#
# Два шага: к результату `predict(...)` допишите `.as_pandas_dataframe()`. Затем
# `pairs_from(links_90)` — найденные пары; `scores` возвращает три числа, их можно записать в три
# имени одной строкой: `a, b, c = ...`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (3 points).** Run the Splink model: turn
# `linker.inference.predict(threshold_match_probability=0.9)` into a table with
# `.as_pandas_dataframe()` and store it in `links_90`. Then compute `precision_90`, `recall_90`,
# `f1_90` with `pairs_from` and `scores`.
#
# <details><summary>Hint</summary>
#
# Two steps: append `.as_pandas_dataframe()` to the result of `predict(...)`. Then
# `pairs_from(links_90)` gives the found pairs; `scores` returns three numbers, which one line can
# store in three names: `a, b, c = ...`.
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
_tp = set(judge.ref("true_pairs"))
_r90 = float(judge.fetch("recall_90"))
for _simple in ("found_pinfl", "found_name"):
    _s = set(judge.ref(_simple))
    judge.check(
        abs(_r90 - len(_s & _tp) / len(_tp)) > 1e-9,
        uz="Bu — oddiy usul natijasi (faqat JShShIR yoki faqat ism bo'yicha), Splink emas. Model "
        "topgan juftliklarni baholang: `pairs_from(links_90)`.",
        ru="Это результат простого способа (только ПИНФЛ или только имя), а не Splink. Оцените пары, "
        "найденные моделью: `pairs_from(links_90)`.",
        en="That is a simple method's result (PINFL only or name only), not Splink's. Score the "
        "pairs the model found: `pairs_from(links_90)`.",
    )
# A slip in the trainee's own `scores` (question 2) is not counted again: their function applied
# to the model's pairs is accepted as well as the reference values.
_ref_links = judge.ref("links_90")
_pairs90 = {tuple(sorted(p)) for p in zip(_ref_links["unique_id_l"], _ref_links["unique_id_r"])}
try:
    _own = judge.apply("scores", [(_pairs90, _tp)])[0]
except Exception:  # no usable `scores` of their own: judge by the reference values alone
    _own = None
_names = ("precision_90", "recall_90", "f1_90")
_mine = [float(judge.fetch(n)) for n in _names]
_want = [judge.ref(n) for n in _names]
if not (
    isinstance(_own, (tuple, list))
    and len(_own) == 3
    and all(abs(a - float(b)) <= 1e-6 for a, b in zip(_mine, _own, strict=True))
):
    for _n, _a, _w in zip(_names, _mine, _want, strict=True):
        judge.expect(_a, _w, _n, abs=1e-6)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **Namuna: bitta chegara.** `all_links` — 0,5 dan yuqori ehtimolli barcha juftliklar. 0,8
# chegarada qolganlarini olib, `scores` bilan baholaymiz. Chegarani tanlash — xodimning qarori:
# past chegara ko'proq xato birlashtiradi, yuqorisi ko'proq bog'lanishni o'tkazib yuboradi.

# %% [markdown] lang="ru"
# **Пример: один порог.** `all_links` — все пары с вероятностью выше 0,5. Оставляем те, что
# проходят порог 0,8, и оцениваем через `scores`. Выбор порога — решение сотрудника: низкий порог
# чаще ошибочно объединяет, высокий чаще пропускает связи.

# %% [markdown] lang="en"
# **Worked example: one threshold.** `all_links` holds every pair above 0.5. We keep those at or
# above 0.8 and score them with `scores`. Choosing the threshold is the officer's decision: a low
# one merges wrongly more often, a high one misses more links.

# %%
all_links = linker.inference.predict(threshold_match_probability=0.5).as_pandas_dataframe()
print(scores(pairs_from(all_links[all_links["match_probability"] >= 0.8]), true_pairs))

# %% [markdown] lang="uz"
# **5-savol (2 ball).** Chegarani tanlang. `THRESHOLDS` dagi har bir chegara `t` uchun
# `all_links` dan `match_probability >= t` juftliklarni oling va F1 ni hisoblang: `f1_by_threshold` lug'ati `{chegara: F1}`. F1 eng katta bo'lgan
# chegarani `best_threshold` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Namunadagi qatorni `0.8` o'rniga `t` bilan lug'at ichiga qo'ying: `{t: ... for t in THRESHOLDS}`.
# F1 — `scores(...)` ning uchinchi soni, `[2]`. Eng katta qiymatning kaliti: `max(d, key=d.get)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (2 балла).** Выберите порог. Для каждого порога `t` из `THRESHOLDS` возьмите из
# `all_links` пары с `match_probability >= t` и посчитайте F1: словарь `f1_by_threshold` `{порог: F1}`. Порог с наибольшим F1 запишите в
# `best_threshold`.
#
# <details><summary>Подсказка</summary>
#
# Строку из примера с `t` вместо `0.8` поставьте внутрь словаря: `{t: ... for t in THRESHOLDS}`.
# F1 — третье число `scores(...)`, `[2]`. Ключ наибольшего значения: `max(d, key=d.get)`.
# </details>

# %% [markdown] lang="en"
# **Question 5 (2 points).** Choose the threshold. For each `t` in `THRESHOLDS`, take the pairs of
# `all_links` with `match_probability >= t` and compute F1:
# `f1_by_threshold` is a dict `{threshold: F1}`. Store the threshold with the highest F1 in
# `best_threshold`.
#
# <details><summary>Hint</summary>
#
# Put the example's line, with `t` for `0.8`, inside a dict: `{t: ... for t in THRESHOLDS}`. F1 is
# the third number of `scores(...)`, `[2]`; the key of the largest value: `max(d, key=d.get)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
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
_d, _rd = judge.fetch("f1_by_threshold", dict), judge.ref("f1_by_threshold")
# F1 from the trainee's own `scores` (question 2) is accepted too: one slip is counted once.
_all = judge.ref("all_links")
_cases = []
for _t in sorted(_rd):
    _sel = _all[_all["match_probability"] >= _t]
    _cases.append(({tuple(sorted(p)) for p in zip(_sel["unique_id_l"], _sel["unique_id_r"])},
                   set(judge.ref("true_pairs"))))
try:
    _applied = judge.apply("scores", _cases)
except Exception:  # no usable `scores` of their own: judge by the reference values alone
    _applied = [None] * len(_cases)
_own = {
    t: (float(v[2]) if isinstance(v, (tuple, list)) and len(v) == 3 else None)
    for t, v in zip(sorted(_rd), _applied, strict=True)
}
_same = lambda a, b: set(a) == set(b) and all(  # noqa: E731
    b[k] is not None and abs(float(a[k]) - b[k]) <= 1e-6 for k in b
)
if _same(_d, _own) and not _same(_d, _rd):
    _rd = _own
judge.check(
    _same(_d, _rd),
    uz="`f1_by_threshold` da har bir chegara uchun F1 bo'lishi kerak — `scores(...)` ning uchinchi "
    "soni `[2]`. Faqat aniqlik bo'yicha tanlasangiz, ko'p bog'lanish o'tkazib yuboriladi; faqat "
    "to'liqlik bo'yicha — adashlar birlashadi.",
    ru="В `f1_by_threshold` для каждого порога должно быть F1 — третье число `scores(...)`, `[2]`. "
    "Выбор только по точности пропускает много связей, только по полноте — объединяет тёзок.",
    en="`f1_by_threshold` must hold F1 for each threshold, the third number of `scores(...)`, `[2]`. "
    "Choosing by precision alone misses many links; by recall alone it merges namesakes.",
)
judge.value("best_threshold", expect=max(_rd, key=_rd.get))
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **6-savol (2 ball).** Kutubxona JShShIR'siz yozuvlarda ham ishlaydimi? Hech bo'lmasa bitta
# yozuvida to'g'ri JShShIR yo'q (`people["pinfl"]` bo'sh) haqiqiy juftliklarni oling va ular
# orasida `links_90` topganlari ulushini `recall_no_pinfl` ga yozing. Faqat JShShIR bo'yicha
# bog'lashda bu ulush 0 ga teng.
#
# <details><summary>Maslahat</summary>
#
# JShShIR'siz yozuvlar: `set(people.loc[people["pinfl"].isna(), "unique_id"])`. `true_pairs` dan
# `(a, b)` juftliklarni qoldiring, agar `a` **yoki** `b` shu to'plamda bo'lsa. To'liqlik — 2-savoldagi
# hisob, faqat shu juftliklar ustida.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 6 (2 балла).** Работает ли библиотека на записях без ПИНФЛ? Возьмите настоящие пары, в
# которых хотя бы у одной записи нет правильного ПИНФЛ (`people["pinfl"]` пуст), и запишите в
# `recall_no_pinfl` долю тех из них, что нашла `links_90`. При связывании только по ПИНФЛ эта доля
# равна 0.
#
# <details><summary>Подсказка</summary>
#
# Записи без ПИНФЛ: `set(people.loc[people["pinfl"].isna(), "unique_id"])`. Оставьте из `true_pairs`
# пары `(a, b)`, где `a` **или** `b` в этом множестве. Полнота — расчёт из вопроса 2, только по этим
# парам.
# </details>

# %% [markdown] lang="en"
# **Question 6 (2 points).** Does the library work on records without a PINFL? Take the true pairs
# in which at least one record has no valid PINFL (`people["pinfl"]` empty) and store the share of
# them that `links_90` found in `recall_no_pinfl`. PINFL-only linking gets 0 here.
#
# <details><summary>Hint</summary>
#
# Records without a PINFL: `set(people.loc[people["pinfl"].isna(), "unique_id"])`. Keep the pairs
# `(a, b)` of `true_pairs` where `a` **or** `b` is in that set; recall is question 2's computation
# on those pairs only.
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
# Judged on the trainee's own `links_90` (question 4), so one slip there is not counted twice.
_l = judge.table("links_90", ["unique_id_l", "unique_id_r"])
_found = {tuple(sorted(p)) for p in zip(_l["unique_id_l"], _l["unique_id_r"])}
_pp = judge.ref("people")
_no = set(_pp.loc[_pp["pinfl"].isna(), "unique_id"])
_hard = {(a, b) for a, b in judge.ref("true_pairs") if a in _no or b in _no}
_got, _want = float(judge.fetch("recall_no_pinfl")), judge.ref("recall_no_pinfl")
if abs(_got - len(_found & _hard) / len(_hard)) > 1e-6:
    judge.expect(_got, _want, "recall_no_pinfl", abs=1e-6)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **Namuna: klasterlar.** Juftliklardan klasterlar yig'iladi: A=B va B=C bo'lsa, A, B, C — bitta
# odam, bitta `cluster_id`, yagona bazada bitta **shaxs kartochkasi**. Klasterlar jadvalida har bir
# yozuv — bitta qator. Quyida — 0,99 chegarada:

# %% [markdown] lang="ru"
# **Пример: кластеры.** Из пар собираются кластеры: если A=B и B=C, то A, B, C — один человек, один
# `cluster_id`, одна **карточка лица** в единой базе. В таблице кластеров каждая запись — одна
# строка. Ниже — при пороге 0,99:

# %% [markdown] lang="en"
# **Worked example: clusters.** Pairs are gathered into clusters: if A=B and B=C, then A, B and C
# are one person, one `cluster_id`, one **person card** in the unified database. The cluster
# table has one row per record. Here at 0.99:

# %%
_pred_99 = linker.inference.predict(threshold_match_probability=0.99)
_clusters_99 = linker.clustering.cluster_pairwise_predictions_at_threshold(
    _pred_99, threshold_match_probability=0.99
).as_pandas_dataframe()
_clusters_99[["cluster_id", "unique_id", "surname", "given_name", "birth_date"]].head()

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
_est = int(judge.fetch("n_people_est"))
judge.check(
    _est != len(judge.ref("people")),
    uz="Bu — yozuvlar soni (klasterlar jadvalining qatorlari). Kartochkalar — turli `cluster_id` lar.",
    ru="Это число записей (строк таблицы кластеров). Карточки — разные `cluster_id`.",
    en="That is the number of records (rows of the cluster table). Cards are distinct `cluster_id`s.",
)
judge.check(
    _est != len(judge.ref("links_90")),
    uz="Bu — bog'langan juftliklar soni. Bir odamning bir nechta juftligi bo'lishi mumkin: "
    "kartochkalar — klasterlar (turli `cluster_id` lar).",
    ru="Это число связанных пар. У одного человека может быть несколько пар: карточки — кластеры "
    "(разные `cluster_id`).",
    en="That is the number of linked pairs. One person may have several: cards are clusters "
    "(distinct `cluster_id` values).",
)
judge.value("n_people_est")
### END HIDDEN TESTS
