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
# # Mashq qilish: bitta odam — uchta reyestrda
#
# Politsiya reyestri (`police`), prokuratura (`prosecutor`) va sud (`court`) bir odamni turlicha
# yozadi: `Qo'chqorov`, `Кучкоров`, `QO'CHQOROV`; JShShIR ba'zan bo'sh yoki buzilgan. Savol:
# **qaysi yozuvlar bitta odamniki?** Javobni **juftliklar** (ikki yozuv — bir odam) bilan
# ifodalaymiz va uni tekshirilgan kalit (`gold`) bilan solishtiramiz: **aniqlik** (topilgan
# juftliklarning qanchasi to'g'ri) va **to'liqlik** (haqiqiy juftliklarning qanchasi topildi).
#
# Kodning katta qismi tayyor; siz bo'sh joylarni (`____`) to'ldirasiz. Har bir savoldan oldin
# **Namuna (yechilgan misol)** bor. `q1.check()` javobni tekshiradi, `q1.hint()` — maslahat,
# `q1.solution()` — yechim. Bu daftar baholanmaydi. Ma'lumotlar **sintetik**.

# %% [markdown] lang="ru"
# # Практика: один человек — в трёх реестрах
#
# Реестр полиции (`police`), прокуратура (`prosecutor`) и суд (`court`) пишут одного человека
# по-разному: `Qo'chqorov`, `Кучкоров`, `QO'CHQOROV`; ПИНФЛ иногда пуст или испорчен. Вопрос:
# **какие записи относятся к одному человеку?** Ответ выражаем **парами** (две записи — один
# человек) и сравниваем с проверенным ключом (`gold`): **точность** (какая доля найденных пар
# верна) и **полнота** (какая доля настоящих пар найдена).
#
# Большая часть кода готова; вы заполняете пропуски (`____`). Перед каждым вопросом есть **Пример
# с решением**. `q1.check()` проверяет ответ, `q1.hint()` — подсказка, `q1.solution()` — решение.
# Тетрадь не оценивается. Данные **синтетические**.

# %% [markdown] lang="en"
# # Practice: one person, three registers
#
# The police register (`police`), the prosecutor's office (`prosecutor`) and the court (`court`)
# write one person in different ways: `Qo'chqorov`, `Кучкоров`, `QO'CHQOROV`; the PINFL is
# sometimes empty or mangled. The question: **which records belong to one person?** We express the
# answer as **pairs** (two records, one person) and compare them with the verified key (`gold`):
# **precision** (the share of found pairs that are right) and **recall** (the share of true pairs
# that were found).
#
# Most of the code is given; you fill in the blanks (`____`). Each question is preceded by a
# **worked example**. `q1.check()` checks the answer, `q1.hint()` gives a hint, `q1.solution()`
# the solution. This notebook is not graded. The data are **synthetic**.

# %% tags=["setup"]
LANG = "uz"
import logging
import re

import pandas as pd
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

from malaka.datasets.translit import ascii_slug, to_latin, to_russian_spelling
from malaka.practice import attach

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


attach(globals(), "p01_linkage_basics")

# %% [markdown] lang="uz"
# ## 1. Uch reyestr — bitta jadval
#
# **Namuna (yechilgan misol).** Tayyor `name_key` funksiyasi loyihaning transliteratsiyasi
# (`malaka.datasets.translit`) bilan ismni bitta ko'rinishga keltiradi: lotin va kirill, o'zbek va
# rus yozuvi, katta va kichik harflar bir xil bo'ladi. `people` — uch reyestr bitta jadvalda
# (`standardise` bilan): familiya va ism kalitlari, sana `YYYY-MM-DD`, 14 raqamli JShShIR yoki
# bo'sh (`None`), tuman.

# %% [markdown] lang="ru"
# ## 1. Три реестра — одна таблица
#
# **Пример с решением.** Готовая функция `name_key` приводит имя к одному виду через
# транслитерацию проекта (`malaka.datasets.translit`): латиница и кириллица, узбекское и русское
# написание, заглавные и строчные буквы совпадают. `people` — три реестра в одной таблице (через
# `standardise`): ключи фамилии и имени, дата `ГГГГ-ММ-ДД`, ПИНФЛ из 14 цифр или пусто (`None`),
# район.

# %% [markdown] lang="en"
# ## 1. Three registers, one table
#
# **Worked example.** The given `name_key` brings a name to one form with the project's
# transliteration (`malaka.datasets.translit`): Latin and Cyrillic, Uzbek and Russian spelling,
# capitals and small letters become equal. `people` holds the three registers in one table (via
# `standardise`): surname and given-name keys, the date as `YYYY-MM-DD`, a 14-digit PINFL or empty
# (`None`), the district.

# %%
print([name_key(x) for x in ["Qo'chqorov", "Қўчқоров", "Кучкоров", "QO'CHQOROV"]])
print(len(police), len(prosecutor), len(court), len(people))
people.sample(6, random_state=2)

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol): ulush.** Yozuvlarning qanday ulushi sud reyestridan? Shart har bir
# yozuv uchun `True`/`False` beradi, `.mean()` esa `True` lar ulushini (0 dan 1 gacha).

# %% [markdown] lang="ru"
# **Пример с решением: доля.** Какая доля записей — из реестра суда? Условие даёт `True`/`False` для
# каждой записи, а `.mean()` — долю `True` (от 0 до 1).

# %% [markdown] lang="en"
# **Worked example: a share.** What share of the records comes from the court register? The
# condition gives `True`/`False` per record, and `.mean()` the share of `True` (from 0 to 1).

# %%
share_court = (people["source"] == "court").mean()
share_court

# %% [markdown] lang="uz"
# **1-savol.** `people` dagi yozuvlarning qanday **ulushida** to'g'ri JShShIR yo'q (`pinfl` bo'sh)?
# Javobni `share_no_pinfl` ga yozing. Bunday yozuvlarni JShShIR bo'yicha bog'lab bo'lmaydi.

# %% [markdown] lang="ru"
# **Вопрос 1.** Какая **доля** записей `people` не имеет правильного ПИНФЛ (`pinfl` пуст)?
# Запишите её в `share_no_pinfl`. Такие записи нельзя связать по ПИНФЛ.

# %% [markdown] lang="en"
# **Question 1.** What **share** of the records in `people` has no valid PINFL (`pinfl` empty)?
# Store it in `share_no_pinfl`. These records cannot be linked by PINFL.

# %% practice={"q": "q1", "names": ["share_no_pinfl"], "abs": 1e-09}
### BEGIN SOLUTION
#> share_no_pinfl = people["pinfl"].____().mean()
share_no_pinfl = people["pinfl"].isna().mean()
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Namunadagidek: avval har bir yozuv uchun `True`/`False` (JShShIR bo'shmi?), keyin `.mean()`.

# %% [markdown] lang="uz" hint="q1"
# Bo'sh katakni `isna()` topadi.

# %% [markdown] lang="ru" hint="q1"
# Как в примере: сначала `True`/`False` для каждой записи (ПИНФЛ пуст?), затем `.mean()`.

# %% [markdown] lang="ru" hint="q1"
# Пустую ячейку находит `isna()`.

# %% [markdown] lang="en" hint="q1"
# As in the example: first `True`/`False` per record (is the PINFL empty?), then `.mean()`.

# %% [markdown] lang="en" hint="q1"
# `isna()` finds an empty cell.

# %% [markdown] lang="uz"
# ## 2. Aniqlik va to'liqlik
#
# **Namuna (yechilgan misol).** `gold` — har bir yozuvning haqiqiy shaxsi (`person_id`). Bir
# shaxsning har ikki yozuvi — bitta **haqiqiy juftlik**. Juftlik `(kichik_id, katta_id)`
# ko'rinishida yoziladi, shunda `("A", "B")` va `("B", "A")` ikki marta sanalmaydi.
#
# Masalan, usul 10 ta juftlik topdi, 8 tasi haqiqiy; haqiqiy juftliklar jami 20 ta. Unda
# **aniqlik** (precision) = 8 / 10 = 0,8 — topilganlarning qanchasi to'g'ri; **to'liqlik**
# (recall) = 8 / 20 = 0,4 — haqiqiylarning qanchasi topildi. `&` — ikki to'plamning umumiy qismi.
#
# Xodim tilida: aniqlik past — **xato birlashtirish**: boshqa odamning sudlanganligi fuqaroning
# **shaxs kartochkasiga** tushadi. To'liqlik past — **o'tkazib yuborilgan bog'lanish**: shaxsning
# prokuratura yoki suddagi yozuvi kartochkada ko'rinmaydi.

# %% [markdown] lang="ru"
# ## 2. Точность и полнота
#
# **Пример с решением.** `gold` — настоящее лицо каждой записи (`person_id`). Любые две записи
# одного лица — одна **настоящая пара**. Пару пишем как `(меньший_id, больший_id)`, чтобы
# `("A", "B")` и `("B", "A")` не считались дважды.
#
# Например, метод нашёл 10 пар, из них 8 настоящих; всего настоящих пар 20. Тогда **точность**
# (precision) = 8 / 10 = 0,8 — какая доля найденного верна; **полнота** (recall) = 8 / 20 = 0,4 —
# какая доля настоящих пар найдена. `&` — общая часть двух множеств.
#
# По-служебному: низкая точность — **ошибочное объединение**: чужая судимость попадает в **карточку
# лица** гражданина. Низкая полнота — **пропущенная связь**: запись человека в прокуратуре или суде
# не видна в его карточке.

# %% [markdown] lang="en"
# ## 2. Precision and recall
#
# **Worked example.** `gold` gives every record's true person (`person_id`). Any two records of
# one person form one **true pair**. A pair is written `(smaller_id, larger_id)` so that
# `("A", "B")` and `("B", "A")` are not counted twice.
#
# Say a method found 10 pairs, 8 of them true, and there are 20 true pairs. Then **precision** =
# 8 / 10 = 0.8 (how much of what was found is right) and **recall** = 8 / 20 = 0.4 (how much of the
# truth was found). `&` is the common part of two sets.
#
# In an officer's words: low precision is a **wrong merge**: someone else's conviction lands on a
# citizen's **person card**. Low recall is a **missed link**: the person's record at the
# prosecutor's office or the court stays hidden from the card.

# %%
true_pairs = pairs_by(gold.rename(columns={"record_id": "unique_id"}), ["person_id"])
found_pinfl = pairs_by(people, ["pinfl"])  # faqat JShShIR bo'yicha / только по ПИНФЛ
print(len(true_pairs), len(found_pinfl), len(found_pinfl & true_pairs))
precision_pinfl = len(found_pinfl & true_pairs) / len(found_pinfl)
precision_pinfl

# %% [markdown] lang="uz"
# **2-savol.** Faqat JShShIR bo'yicha bog'lashning **to'liqligini** (`found_pinfl` haqiqiy
# juftliklarning qancha ulushini topdi) `recall_pinfl` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 2.** Запишите в `recall_pinfl` **полноту** связывания только по ПИНФЛ (какую долю
# настоящих пар нашёл `found_pinfl`).

# %% [markdown] lang="en"
# **Question 2.** Store the **recall** of PINFL-only linking (the share of true pairs that
# `found_pinfl` found) in `recall_pinfl`.

# %% practice={"q": "q2", "names": ["recall_pinfl"], "abs": 1e-09}
### BEGIN SOLUTION
#> recall_pinfl = len(found_pinfl & true_pairs) / len(____)
recall_pinfl = len(found_pinfl & true_pairs) / len(true_pairs)
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# To'liqlik: haqiqiy juftliklarning qanchasi topildi? Demak, **haqiqiy** juftliklar soniga bo'ling.

# %% [markdown] lang="uz" hint="q2"
# Haqiqiy juftliklar to'plami — `true_pairs`.

# %% [markdown] lang="ru" hint="q2"
# Полнота: какая доля настоящих пар найдена? Значит, делим на число **настоящих** пар.

# %% [markdown] lang="ru" hint="q2"
# Множество настоящих пар — `true_pairs`.

# %% [markdown] lang="en" hint="q2"
# Recall: what share of the true pairs was found? So divide by the number of **true** pairs.

# %% [markdown] lang="en" hint="q2"
# The set of true pairs is `true_pairs`.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** Familiya va ism kaliti bir xil bo'lsa bog'laymiz (JShShIR'siz):

# %% [markdown] lang="ru"
# **Пример с решением.** Связываем, если совпали ключи фамилии и имени (без ПИНФЛ):

# %% [markdown] lang="en"
# **Worked example.** Link when the surname and given-name keys are equal (no PINFL):

# %%
found_name = pairs_by(people, ["surname", "given_name"])
print(len(found_name), len(found_name & true_pairs) / len(true_pairs))

# %% [markdown] lang="uz"
# **3-savol.** Faqat ism bo'yicha bog'lashning **aniqligini** `precision_name` ga yozing. Bitta
# xato juftlik — boshqa odamning ishi adashning (bir xil ismli odam) kartochkasiga tushishi
# demakdir.

# %% [markdown] lang="ru"
# **Вопрос 3.** Запишите в `precision_name` **точность** связывания только по имени. Одна ошибочная
# пара — дело другого человека в карточке тёзки.

# %% [markdown] lang="en"
# **Question 3.** Store the **precision** of name-only linking in `precision_name`. One wrong
# pair puts another person's case on a namesake's card.

# %% practice={"q": "q3", "names": ["precision_name"], "abs": 1e-09}
### BEGIN SOLUTION
#> precision_name = len(found_name & true_pairs) / len(____)
precision_name = len(found_name & true_pairs) / len(found_name)
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Aniqlik: topilganlarning qanchasi to'g'ri? Demak, **topilgan** juftliklar soniga bo'ling.

# %% [markdown] lang="uz" hint="q3"
# Ism bo'yicha topilgan juftliklar — `found_name`.

# %% [markdown] lang="ru" hint="q3"
# Точность: какая доля найденного верна? Значит, делим на число **найденных** пар.

# %% [markdown] lang="ru" hint="q3"
# Пары, найденные по имени, — `found_name`.

# %% [markdown] lang="en" hint="q3"
# Precision: how much of what was found is right? So divide by the number of **found** pairs.

# %% [markdown] lang="en" hint="q3"
# The pairs found by name are `found_name`.

# %% [markdown] lang="uz"
# ## 3. Kutubxona bilan bog'lash: Splink
#
# **Namuna (yechilgan misol).** Splink (DuckDB ustida) har bir nomzod juftlik uchun belgilarni
# solishtiradi — familiya va ism (o'rni almashganini ham), tug'ilgan sana, JShShIR, tuman — va
# ularni bitta **moslik ehtimoliga** (`match_probability`) qo'shadi. Hamma juftliklarni
# solishtirmaslik uchun **bloklash**: faqat tug'ilgan yili yoki JShShIR'i yoki familiya va tumani
# bir xil juftliklar ko'riladi. Model ma'lumotning o'zidan o'rgatiladi (kalitsiz). `scores`
# aniqlik, to'liqlik va F1 ni (ikkalasining garmonik o'rtachasi) beradi.

# %% [markdown] lang="ru"
# ## 3. Связывание библиотекой: Splink
#
# **Пример с решением.** Splink (на DuckDB) сравнивает для каждой пары-кандидата признаки —
# фамилию и имя (в том числе переставленные), дату рождения, ПИНФЛ, район — и сводит их в одну
# **вероятность совпадения** (`match_probability`). Чтобы не сравнивать все пары, —
# **блокировка**: смотрим только пары с тем же годом рождения, или тем же ПИНФЛ, или той же
# фамилией и районом. Модель обучается на самих данных (без ключа). `scores` даёт точность,
# полноту и F1 (их гармоническое среднее).

# %% [markdown] lang="en"
# ## 3. Linking with a library: Splink
#
# **Worked example.** Splink (on DuckDB) compares, for each candidate pair, the surname and given
# name (swapped ones too), birth date, PINFL and district, and adds them up into one **match
# probability**. To avoid comparing every pair it uses **blocking**: only pairs with the same
# birth year, or the same PINFL, or the same surname and district are looked at. The model is
# trained on the data themselves (no key needed). `scores` gives precision, recall and F1 (their
# harmonic mean).

# %%
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
predictions = linker.inference.predict(threshold_match_probability=0.5)
scored = predictions.as_pandas_dataframe()


def pairs_from(table):
    """Splink natijasidan juftliklar / пары из результата Splink."""
    return {tuple(sorted(p)) for p in zip(table["unique_id_l"], table["unique_id_r"])}


def scores(found):
    """(aniqlik / точность, to'liqlik / полнота, F1)."""
    hit = len(found & true_pairs)
    p = hit / len(found) if found else 0.0
    r = hit / len(true_pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


found_90 = pairs_from(scored[scored["match_probability"] >= 0.9])
print(scores(found_90))
scored.sort_values("match_probability").head(3)[
    ["unique_id_l", "unique_id_r", "surname_l", "surname_r", "birth_date_l", "birth_date_r",
     "match_probability"]
]

# %% [markdown] lang="uz"
# **4-savol.** Chegara 0,99 bo'lsa-chi? `scored` dan `match_probability >= 0.99` bo'lgan
# juftliklarni oling va to'liqlikni `recall_99` ga yozing. Chegarani oshirsak, to'liqlik kamayadi,
# aniqlik esa odatda oshadi.

# %% [markdown] lang="ru"
# **Вопрос 4.** А если порог 0,99? Возьмите из `scored` пары с `match_probability >= 0.99` и
# запишите полноту в `recall_99`. Чем выше порог, тем ниже полнота и обычно выше точность.

# %% [markdown] lang="en"
# **Question 4.** What about a threshold of 0.99? Take the pairs of `scored` with
# `match_probability >= 0.99` and store the recall in `recall_99`. A higher threshold lowers
# recall and usually raises precision.

# %% practice={"q": "q4", "names": ["recall_99"], "abs": 1e-09}
### BEGIN SOLUTION
#> found_99 = pairs_from(scored[scored["match_probability"] >= ____])
#> recall_99 = scores(found_99)[1]
found_99 = pairs_from(scored[scored["match_probability"] >= 0.99])
recall_99 = scores(found_99)[1]
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Namunadagi `0.9` o'rniga `0.99`; `scores(...)` uchta son qaytaradi, to'liqlik — `[1]`.

# %% [markdown] lang="ru" hint="q4"
# В примере замените `0.9` на `0.99`; `scores(...)` возвращает три числа, полнота — `[1]`.

# %% [markdown] lang="en" hint="q4"
# Use `0.99` instead of the example's `0.9`; `scores(...)` returns three numbers, recall is `[1]`.

# %% [markdown] lang="uz"
# ## 4. Klasterlar: nechta odam?
#
# **Namuna (yechilgan misol).** Juftliklardan **klasterlar** yig'iladi: A=B va B=C bo'lsa, A, B,
# C — bitta odam (bitta `cluster_id`). Bu — yagona bazadagi bitta shaxs kartochkasi.

# %% [markdown] lang="ru"
# ## 4. Кластеры: сколько людей?
#
# **Пример с решением.** Из пар собираются **кластеры**: если A=B и B=C, то A, B, C — один
# человек (один `cluster_id`). Это одна карточка лица в единой базе.

# %% [markdown] lang="en"
# ## 4. Clusters: how many people?
#
# **Worked example.** Pairs are gathered into **clusters**: if A=B and B=C, then A, B and C are
# one person (one `cluster_id`). That is one person's card in the unified database.

# %%
clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
    predictions, threshold_match_probability=0.9
).as_pandas_dataframe()
clusters[["cluster_id", "unique_id", "source", "surname", "given_name", "birth_date"]].head()

# %% [markdown] lang="uz"
# **5-savol.** Splink bo'yicha reyestrlarda nechta **turli odam** bor? `clusters` dagi turli
# `cluster_id` lar sonini `n_people_est` ga yozing (`gold` dagi haqiqiy son:
# `gold["person_id"].nunique()`).

# %% [markdown] lang="ru"
# **Вопрос 5.** Сколько **разных людей** в реестрах по Splink? Запишите число разных
# `cluster_id` в `clusters` в `n_people_est` (настоящее число: `gold["person_id"].nunique()`).

# %% [markdown] lang="en"
# **Question 5.** How many **different people** are in the registers according to Splink? Store the
# number of distinct `cluster_id` values of `clusters` in `n_people_est` (the true number is
# `gold["person_id"].nunique()`).

# %% practice={"q": "q5", "names": ["n_people_est"]}
### BEGIN SOLUTION
#> n_people_est = clusters["cluster_id"].____()
n_people_est = clusters["cluster_id"].nunique()
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# Turli qiymatlar soni — `.nunique()`; `len(clusters)` esa yozuvlar sonini beradi.

# %% [markdown] lang="ru" hint="q5"
# Число разных значений — `.nunique()`; `len(clusters)` даёт число записей.

# %% [markdown] lang="en" hint="q5"
# The number of distinct values is `.nunique()`; `len(clusters)` counts records.
