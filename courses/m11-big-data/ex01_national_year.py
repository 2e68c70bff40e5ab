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
# # 1-mashq. Respublika bo'yicha bir yil: 2-modul savollari million qatorda
#
# Vazirlik rahbariyati 2-moduldagi savollarni endi butun respublika bo'yicha beradi: qaysi
# toifalar ko'p, qaysi hudud muddatni buzmoqda, qaysi tumanlar eng sekin, takroriy murojaatlar
# qayerda ko'p? Jadvalda bir yillik murojaatlar — bir milliondan ortiq qator (sintetik). So'rovlarni
# **DuckDB** bilan yozamiz; har bir so'rov bir soniyadan kam vaqt oladi.
#
# Jadval `appeals` (Parquet faylga ko'rinish): `appeal_id`, `citizen_id`, `region`, `district`,
# `channel`, `kind`, `category`, `received_at`, `deadline_at` (uzaytirilgan bo'lsa — yangi
# muddat), `answered_at` (javob yoki boshqa idoraga yo'naltirish vaqti; bo'lmasa `NULL`),
# `outcome` (yil oxirida ochiq bo'lsa `NULL`), `repeat_of`. Kichik jadval `regions`: hudud,
# aholi (ming kishi), xodimlar soni. Ma'lumot 2026-yil 1-yanvar 00:00 da kesilgan (`DATA_END`).

# %% [markdown] lang="ru"
# # Упражнение 1. Республика за год: вопросы модуля 2 на миллионе строк
#
# Руководство министерства задаёт вопросы модуля 2 уже по всей республике: каких категорий больше,
# какой регион нарушает сроки, какие районы самые медленные, где много повторных обращений? В
# таблице обращения за год — больше миллиона строк (синтетические). Запросы пишем на **DuckDB**;
# каждый идёт меньше секунды.
#
# Таблица `appeals` (представление над файлом Parquet): `appeal_id`, `citizen_id`, `region`,
# `district`, `channel`, `kind`, `category`, `received_at`, `deadline_at` (при продлении — новый
# срок), `answered_at` (время ответа или перенаправления в другой орган; иначе `NULL`), `outcome`
# (`NULL`, если обращение открыто на конец года), `repeat_of`. Маленькая таблица `regions`: регион,
# население (тыс. человек), число сотрудников. Данные обрезаны 1 января 2026 г. в 00:00
# (`DATA_END`).

# %% [markdown] lang="en"
# # Exercise 1. The republic over a year: module 2's questions on a million rows
#
# The ministry asks module 2's questions of the whole republic: which categories are frequent,
# which region misses deadlines, which districts are slowest, where are repeat appeals frequent?
# The table holds a year of appeals, over a million rows (synthetic). We query it with **DuckDB**;
# each query takes under a second.
#
# Table `appeals` (a view over the Parquet file): `appeal_id`, `citizen_id`, `region`, `district`,
# `channel`, `kind`, `category`, `received_at`, `deadline_at` (the new one if extended),
# `answered_at` (answered or forwarded to another body; else `NULL`), `outcome` (`NULL` if still
# open at the end of the year), `repeat_of`. Small table `regions`: region, population
# (thousands), officers. The data are cut at 00:00 on 1 January 2026 (`DATA_END`).

# %% tags=["setup"]
LANG = "uz"
import time

import duckdb
import pandas as pd

from malaka.grading.checks import (
    check,
    check_columns,
    check_defined,
    check_type,
)

duckdb.execute("SET TimeZone = 'Asia/Tashkent'")
duckdb.execute("CREATE OR REPLACE VIEW appeals AS SELECT * FROM 'data/national-year/appeals.parquet'")
duckdb.execute("CREATE OR REPLACE VIEW regions AS SELECT * FROM 'data/national-year/regions.parquet'")
DATA_END = "2026-01-01 00:00:00+05"
duckdb.execute("SELECT * FROM appeals LIMIT 5").df()

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol)
#
# **1-qadam. Vaqtni o'lchash: pandas va DuckDB.** pandas avval butun faylni xotiraga o'qiydi,
# keyin sanaydi. DuckDB faqat kerakli ustunni o'qiydi. Ikkalasining vaqtini `time.perf_counter()`
# bilan o'lchaymiz. Bir million qatorda pandas hali ishlaydi; o'n million qatorda xotira (bir
# necha GB) tugaydi, DuckDB esa faylni bo'laklab o'qiydi.

# %% [markdown] lang="ru"
# ## Пример с решением
#
# **Шаг 1. Замер времени: pandas и DuckDB.** pandas сначала читает весь файл в память, потом
# считает. DuckDB читает только нужный столбец. Время обоих меряем через `time.perf_counter()`. На
# миллионе строк pandas ещё справляется; на десяти миллионах кончится память (несколько ГБ), а
# DuckDB читает файл по частям.

# %% [markdown] lang="en"
# ## Worked example
#
# **Step 1. Timing pandas and DuckDB.** pandas first reads the whole file into memory, then
# counts. DuckDB reads only the column it needs. We time both with `time.perf_counter()`. At a
# million rows pandas still copes; at ten million memory (several GB) runs out, while DuckDB
# reads the file in pieces.

# %%
t0 = time.perf_counter()
whole_table = pd.read_parquet("data/national-year/appeals.parquet")
channels_pandas = whole_table["channel"].value_counts()
print("pandas:", round(time.perf_counter() - t0, 2), "s,",
      round(whole_table.memory_usage(deep=True).sum() / 1e6), "MB")
del whole_table

t0 = time.perf_counter()
channels_duckdb = duckdb.execute("SELECT channel, count(*) AS n FROM appeals GROUP BY channel").df()
print("DuckDB:", round(time.perf_counter() - t0, 2), "s")

# %% [markdown] lang="uz"
# **2-qadam. Kichik jadvalni qo'shish (`JOIN`) va 100 ming aholiga hisob.** Murojaatlar sonini
# hududlar bo'yicha sanaymiz va `regions` jadvalini `region` ustuni orqali qo'shamiz
# (`JOIN ... USING (region)`). Katta hudud ko'p murojaat beradi: solishtirish uchun 100 000
# aholiga hisoblaymiz (`population_thousands` — ming kishida).

# %% [markdown] lang="ru"
# **Шаг 2. Присоединяем маленькую таблицу (`JOIN`) и считаем на 100 тыс. жителей.** Считаем
# обращения по регионам и присоединяем таблицу `regions` по столбцу `region`
# (`JOIN ... USING (region)`). Большой регион даёт много обращений: для сравнения считаем на
# 100 000 жителей (`population_thousands` — в тысячах).

# %% [markdown] lang="en"
# **Step 2. Joining a small table (`JOIN`) and a rate per 100,000 residents.** Count appeals per
# region and join `regions` on the `region` column (`JOIN ... USING (region)`). A large region
# sends many appeals: compare per 100,000 residents (`population_thousands` is in thousands).

# %%
duckdb.execute("""
    SELECT region, count(*) AS n,
           count(*) / (population_thousands / 100) AS per_100k,
           any_value(officers) AS officers
    FROM appeals JOIN regions USING (region)
    GROUP BY region, population_thousands
    ORDER BY per_100k DESC
""").df()

# %% [markdown] lang="uz"
# **3-qadam. Median, `HAVING` va `LIMIT`.** Javobgacha kunlar: `date_diff('second', a, b)` —
# soniyalar, 86 400 ga bo'lsak — kunlar. `median(...)` — o'rtadagi qiymat (bir nechta juda uzun
# ish o'rtachani buzadi, medianani emas). `HAVING count(*) >= 1000` — guruhlarni **guruhlashdan
# keyin** saralaydi (kam murojaatli guruh tasodifan "eng sekin" chiqmasin). `LIMIT 5` — birinchi
# beshtasi. Misol: kanallar bo'yicha.

# %% [markdown] lang="ru"
# **Шаг 3. Медиана, `HAVING` и `LIMIT`.** Дни до ответа: `date_diff('second', a, b)` — секунды,
# делим на 86 400 — дни. `median(...)` — серединное значение (несколько очень долгих дел портят
# среднее, но не медиану). `HAVING count(*) >= 1000` отбирает группы **после группировки** (чтобы
# группа с малым числом обращений случайно не оказалась «самой медленной»). `LIMIT 5` — первые
# пять. Пример: по каналам.

# %% [markdown] lang="en"
# **Step 3. Median, `HAVING` and `LIMIT`.** Days to answer: `date_diff('second', a, b)` gives
# seconds; divided by 86,400, days. `median(...)` is the middle value (a few very long cases spoil
# the mean, not the median). `HAVING count(*) >= 1000` filters groups **after grouping** (so that a
# group with few appeals is not "slowest" by chance). `LIMIT 5` keeps the first five. Example: by
# channel.

# %%
duckdb.execute("""
    SELECT channel, count(*) AS n,
           median(date_diff('second', received_at, answered_at)) / 86400 AS median_days
    FROM appeals
    WHERE answered_at IS NOT NULL
    GROUP BY channel
    HAVING count(*) >= 1000
    ORDER BY median_days DESC
    LIMIT 5
""").df()

# %% [markdown] lang="uz"
# ## Asosiy qism
#
# **0-savol (boshlang'ich, 1 ball).** Toshkent shahridan (`region = 'Toshkent shahri'`) yil davomida
# nechta murojaat kelgan? Sonini `n_tashkent_city` (int) ga yozing. Diqqat: `'Toshkent viloyati'`
# — boshqa hudud.
#
# <details><summary>Maslahat</summary>
#
# `duckdb.execute("SELECT count(*) FROM appeals WHERE region = 'Toshkent shahri'").fetchone()[0]`
# </details>

# %% [markdown] lang="ru"
# ## Основная часть
#
# **Вопрос 0 (вводный, 1 балл).** Сколько обращений за год пришло из города Ташкента
# (`region = 'Toshkent shahri'`)? Запишите число в `n_tashkent_city` (int). Внимание:
# `'Toshkent viloyati'` — другой регион (Ташкентская область).
#
# <details><summary>Подсказка</summary>
#
# `duckdb.execute("SELECT count(*) FROM appeals WHERE region = 'Toshkent shahri'").fetchone()[0]`
# </details>

# %% [markdown] lang="en"
# ## Main part
#
# **Question 0 (warm-up, 1 point).** How many appeals came from Tashkent city
# (`region = 'Toshkent shahri'`) over the year? Store the number in `n_tashkent_city` (int).
# `'Toshkent viloyati'` is another region (Tashkent region).
#
# <details><summary>Hint</summary>
#
# `duckdb.execute("SELECT count(*) FROM appeals WHERE region = 'Toshkent shahri'").fetchone()[0]`
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_tashkent_city = duckdb.execute(
    "SELECT count(*) FROM appeals WHERE region = 'Toshkent shahri'"
).fetchone()[0]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_tashkent_city")
check_type(n_tashkent_city, int, name="n_tashkent_city")
check(
    n_tashkent_city > 0,
    uz="n_tashkent_city 0 ga teng: hudud nomini to'liq yozing ('Toshkent shahri').",
    ru="n_tashkent_city равно 0: напишите название региона полностью ('Toshkent shahri').",
    en="n_tashkent_city is 0: write the region's full name ('Toshkent shahri').",
)
### BEGIN HIDDEN TESTS
judge.value("n_tashkent_city")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **1-savol (2 ball).** Har bir toifa (`category`) bo'yicha murojaatlar soni: ustunlar `category`
# va `n`, kattasidan kichigiga (`n` teng bo'lsa — toifa nomi bo'yicha). Natijani `per_category`
# (pandas jadvali, `.df()`) ga yozing. Rahbariyat qaysi uchta toifaga xodim ko'proq kerakligini
# shundan ko'radi.
#
# <details><summary>Maslahat</summary>
#
# Namunadagi kanallar so'rovi kabi: `SELECT category, count(*) AS n FROM appeals GROUP BY category
# ORDER BY n DESC, category`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Число обращений по каждой категории (`category`): столбцы `category` и
# `n`, от большего к меньшему (при равных `n` — по названию категории). Запишите результат в
# `per_category` (таблица pandas, `.df()`). По нему руководство видит, каким трём категориям нужно
# больше сотрудников.
#
# <details><summary>Подсказка</summary>
#
# Как запрос по каналам в примере: `SELECT category, count(*) AS n FROM appeals GROUP BY category
# ORDER BY n DESC, category`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Appeals per category (`category`): columns `category` and `n`,
# largest first (ties by category name). Store the result in `per_category` (a pandas table,
# `.df()`).
#
# <details><summary>Hint</summary>
#
# Like the channel query: `SELECT category, count(*) AS n FROM appeals GROUP BY category ORDER BY
# n DESC, category`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
per_category = duckdb.execute("""
    SELECT category, count(*) AS n
    FROM appeals
    GROUP BY category
    ORDER BY n DESC, category
""").df()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("per_category")
check_type(per_category, pd.DataFrame, name="per_category")
check_columns(per_category, ["category", "n"], name="per_category")
### BEGIN HIDDEN TESTS
_got = judge.table("per_category", ["category", "n"])
_want = judge.ref("per_category")
judge.check(
    sorted(zip(_got["category"], _got["n"])) == sorted(zip(_want["category"], _want["n"])),
    uz="Toifalar bo'yicha sonlar noto'g'ri: GROUP BY category va count(*) ni tekshiring.",
    ru="Числа по категориям неверны: проверьте GROUP BY category и count(*).",
    en="The counts per category are wrong: check GROUP BY category and count(*).",
)
judge.check(
    list(_got["category"]) == list(_want["category"]),
    uz="Sonlar to'g'ri, tartib emas: ORDER BY n DESC (kattasi birinchi), keyin category.",
    ru="Числа верны, порядок нет: ORDER BY n DESC (большее первым), затем category.",
    en="The counts are right, the order is not: ORDER BY n DESC, then category.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchi darajasi (halol o'lchov, mediana, guruhlardan keyin saralash).
# Har bir savol alohida baholanadi: qiyin bo'lsa, maslahatni oching va keyingisiga o'ting.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Дальше — вопросы уровня аналитика (честное измерение, медиана, отбор после группировки). Каждый
# вопрос оценивается отдельно: если трудно, откройте подсказку и переходите к следующему.

# %% [markdown] lang="en"
# ## Advanced part
#
# Analyst-level questions follow (honest measurement, medians, filtering after grouping). Each is
# graded on its own: if one is hard, open the hint and move on.

# %% [markdown] lang="uz"
# **2-savol (3 ball).** Hududlar bo'yicha **halol** muddatga rioya (2-moduldagidek). Baholanadigan
# murojaatlar: javob berilganlar (`answered_at IS NOT NULL`) **va** yil oxirida ochiq qolib,
# muddati `DATA_END` dan oldin o'tganlar (`outcome IS NULL AND deadline_at < DATA_END`) — ular
# **kech**. Muddati hali o'tmagan ochiq murojaatlar, ko'rib chiqilmasdan qoldirilganlar
# (`left_without_consideration`) va tashlangan qo'ng'iroqlar hisobga kirmaydi. O'z vaqtida —
# `answered_at <= deadline_at`. Natija: `on_time_region` (ustunlar `region`, `on_time`, kichigidan
# kattasiga) va eng past hudud nomi `worst_region` (str).
#
# <details><summary>Maslahat</summary>
#
# `WHERE answered_at IS NOT NULL OR (outcome IS NULL AND deadline_at < TIMESTAMPTZ '2026-01-01
# 00:00:00+05')`; ulush: `avg((answered_at IS NOT NULL AND answered_at <= deadline_at)::INT)`.
# Ochiq murojaatda `answered_at` bo'sh: shart `NULL` emas, `0` berishi uchun
# `answered_at IS NOT NULL AND` kerak. `worst_region = on_time_region["region"].iloc[0]`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (3 балла).** **Честное** соблюдение сроков по регионам (как в модуле 2). Оцениваемые
# обращения: с ответом (`answered_at IS NOT NULL`) **и** открытые на конец года, срок которых истёк
# до `DATA_END` (`outcome IS NULL AND deadline_at < DATA_END`) — они **просрочены**. Открытые с
# неистёкшим сроком, оставленные без рассмотрения (`left_without_consideration`) и брошенные
# звонки не учитываются. В срок — `answered_at <= deadline_at`. Результат: `on_time_region`
# (столбцы `region`, `on_time`, от меньшего к большему) и название худшего региона `worst_region`
# (str).
#
# <details><summary>Подсказка</summary>
#
# `WHERE answered_at IS NOT NULL OR (outcome IS NULL AND deadline_at < TIMESTAMPTZ '2026-01-01
# 00:00:00+05')`; доля: `avg((answered_at IS NOT NULL AND answered_at <= deadline_at)::INT)`. У
# открытого обращения `answered_at` пуст: чтобы условие дало `0`, а не `NULL`, нужно
# `answered_at IS NOT NULL AND`. `worst_region = on_time_region["region"].iloc[0]`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (3 points).** **Honest** deadline compliance by region (as in module 2). Judged
# appeals: answered (`answered_at IS NOT NULL`) **and** open at the end of the year with the
# deadline passed before `DATA_END` (`outcome IS NULL AND deadline_at < DATA_END`), which are
# **late**. Open appeals still within their deadline, appeals left without consideration and
# dropped calls are left out. On time means `answered_at <= deadline_at`. Result: `on_time_region`
# (columns `region`, `on_time`, smallest first) and the worst region's name `worst_region` (str).
#
# <details><summary>Hint</summary>
#
# `WHERE answered_at IS NOT NULL OR (outcome IS NULL AND deadline_at < TIMESTAMPTZ '2026-01-01
# 00:00:00+05')`; share: `avg((answered_at IS NOT NULL AND answered_at <= deadline_at)::INT)`
# (`answered_at IS NOT NULL AND` makes an open appeal count 0, not `NULL`).
# `worst_region = on_time_region["region"].iloc[0]`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
on_time_region = duckdb.execute(f"""
    SELECT region,
           avg((answered_at IS NOT NULL AND answered_at <= deadline_at)::INT) AS on_time
    FROM appeals
    WHERE answered_at IS NOT NULL
       OR (outcome IS NULL AND deadline_at < TIMESTAMPTZ '{DATA_END}')
    GROUP BY region
    ORDER BY on_time
""").df()
worst_region = on_time_region["region"].iloc[0]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("on_time_region", "worst_region")
check_type(on_time_region, pd.DataFrame, name="on_time_region")
check_columns(on_time_region, ["region", "on_time"], name="on_time_region")
check_type(worst_region, str, name="worst_region")
### BEGIN HIDDEN TESTS
_got = judge.table("on_time_region", ["region", "on_time"]).set_index("region")["on_time"]
_want = judge.ref("on_time_region").set_index("region")["on_time"]
judge.check(
    set(_got.index) == set(_want.index),
    uz="on_time_region da har bir hudud bir marta bo'lishi kerak (GROUP BY region).",
    ru="В on_time_region каждый регион должен быть один раз (GROUP BY region).",
    en="on_time_region needs each region once (GROUP BY region).",
)
judge.check(
    bool(((_got.loc[_want.index] - _want).abs() < 1e-9).all()),
    uz="Ulushlar noto'g'ri: yil oxirida ochiq va muddati o'tganlar kech sifatida kirsin; "
    "ko'rib chiqilmasdan qoldirilganlar va muddati o'tmagan ochiqlar kirmasin.",
    ru="Доли неверны: открытые с истёкшим сроком входят как просроченные; оставленные без "
    "рассмотрения и открытые с неистёкшим сроком не входят.",
    en="The shares are wrong: open appeals past their deadline count as late; appeals left "
    "without consideration and open ones within their deadline are left out.",
)
judge.check(
    list(judge.table("on_time_region", ["region"])["region"]) == list(judge.ref("on_time_region")["region"]),
    uz="Ulushlar to'g'ri, tartib emas: ORDER BY on_time (kichigi birinchi).",
    ru="Доли верны, порядок нет: ORDER BY on_time (меньшее первым).",
    en="The shares are right, the order is not: ORDER BY on_time (smallest first).",
)
judge.value("worst_region")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Eng sekin 10 ta tuman: javob berilgan murojaatlar bo'yicha javobgacha
# kunlar **medianasi**, kamida 1000 ta javob berilgan tumanlar orasida. Ustunlar `district`,
# `region`, `median_days`; eng sekini birinchi. Natijani `slowest` ga yozing. Ular qaysi
# hududlarda? Muammo tumanda yoki hududdami?
#
# <details><summary>Maslahat</summary>
#
# Namunaning 3-qadami: `GROUP BY district, region`, `HAVING count(*) >= 1000`,
# `ORDER BY median_days DESC`, `LIMIT 10`. `n` ustuni kerak emas.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** 10 самых медленных районов: **медиана** дней до ответа по обращениям с
# ответом, среди районов, где не меньше 1000 ответов. Столбцы `district`, `region`, `median_days`;
# самый медленный первым. Запишите результат в `slowest`. В каких они регионах? Проблема в районе
# или в регионе?
#
# <details><summary>Подсказка</summary>
#
# Шаг 3 примера: `GROUP BY district, region`, `HAVING count(*) >= 1000`,
# `ORDER BY median_days DESC`, `LIMIT 10`. Столбец `n` не нужен.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** The 10 slowest districts: the **median** days to answer over answered
# appeals, among districts with at least 1,000 answers. Columns `district`, `region`,
# `median_days`; slowest first. Store the result in `slowest`. Which regions are they in? Is the
# problem the district's or the region's?
#
# <details><summary>Hint</summary>
#
# Step 3 of the worked example: `GROUP BY district, region`, `HAVING count(*) >= 1000`,
# `ORDER BY median_days DESC`, `LIMIT 10`. No `n` column is needed.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
slowest = duckdb.execute("""
    SELECT district, region,
           median(date_diff('second', received_at, answered_at)) / 86400 AS median_days
    FROM appeals
    WHERE answered_at IS NOT NULL
    GROUP BY district, region
    HAVING count(*) >= 1000
    ORDER BY median_days DESC
    LIMIT 10
""").df()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("slowest")
check_type(slowest, pd.DataFrame, name="slowest")
check_columns(slowest, ["district", "region", "median_days"], name="slowest")
check(
    len(slowest) == 10,
    uz="slowest da 10 ta qator bo'lishi kerak (LIMIT 10).",
    ru="В slowest должно быть 10 строк (LIMIT 10).",
    en="slowest should have 10 rows (LIMIT 10).",
)
### BEGIN HIDDEN TESTS
_got = judge.table("slowest", ["district", "region", "median_days"])
_want = judge.ref("slowest")
judge.check(
    list(_got["district"]) == list(_want["district"]),
    uz="Tumanlar ro'yxati yoki tartibi noto'g'ri: median (o'rtacha emas), kunlarda, eng sekini "
    "birinchi (DESC).",
    ru="Список или порядок районов неверен: медиана (не среднее), в днях, самый медленный "
    "первым (DESC).",
    en="The districts or their order are wrong: the median (not the mean), in days, slowest "
    "first (DESC).",
)
judge.check(
    bool(((_got["median_days"].astype(float) - _want["median_days"].astype(float)).abs() < 1e-6).all()),
    uz="median_days noto'g'ri: soniyalarni 86400 ga bo'lib kunlarga o'tkazing.",
    ru="median_days неверно: переведите секунды в дни делением на 86400.",
    en="median_days is wrong: divide seconds by 86400 to get days.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (2 ball).** Takroriy murojaatlar hududlar bo'yicha: har bir hududda takroriy
# murojaatlar (`repeat_of IS NOT NULL`) **ulushi**, kattasidan kichigiga. Ustunlar `region`,
# `repeat_share`. Natijani `repeats_region` ga yozing. Muddat buzilgan hududda fuqarolar qayta
# murojaat qiladimi? 2-savol natijasi bilan solishtiring.
#
# <details><summary>Maslahat</summary>
#
# `avg((repeat_of IS NOT NULL)::INT) AS repeat_share`, `GROUP BY region`,
# `ORDER BY repeat_share DESC`. Son emas, ulush: katta hududda takroriylar soni baribir ko'p.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (2 балла).** Повторные обращения по регионам: **доля** повторных
# (`repeat_of IS NOT NULL`) в каждом регионе, от большей к меньшей. Столбцы `region`,
# `repeat_share`. Запишите результат в `repeats_region`. Обращаются ли граждане повторно там, где
# срывают сроки? Сравните с вопросом 2.
#
# <details><summary>Подсказка</summary>
#
# `avg((repeat_of IS NOT NULL)::INT) AS repeat_share`, `GROUP BY region`,
# `ORDER BY repeat_share DESC`. Доля, а не число: в большом регионе повторных всегда много.
# </details>

# %% [markdown] lang="en"
# **Question 4 (2 points).** Repeat appeals by region: the **share** of repeats
# (`repeat_of IS NOT NULL`) in each region, largest first. Columns `region`, `repeat_share`. Store
# the result in `repeats_region`. Do citizens come back where deadlines are missed? Compare with
# question 2.
#
# <details><summary>Hint</summary>
#
# `avg((repeat_of IS NOT NULL)::INT) AS repeat_share`, `GROUP BY region`,
# `ORDER BY repeat_share DESC`. A share, not a count: a large region always has many repeats.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
repeats_region = duckdb.execute("""
    SELECT region, avg((repeat_of IS NOT NULL)::INT) AS repeat_share
    FROM appeals
    GROUP BY region
    ORDER BY repeat_share DESC
""").df()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("repeats_region")
check_type(repeats_region, pd.DataFrame, name="repeats_region")
check_columns(repeats_region, ["region", "repeat_share"], name="repeats_region")
### BEGIN HIDDEN TESTS
_got = judge.table("repeats_region", ["region", "repeat_share"])
_want = judge.ref("repeats_region")
_g = _got.set_index("region")["repeat_share"].astype(float)
_w = _want.set_index("region")["repeat_share"].astype(float)
judge.check(
    set(_g.index) == set(_w.index) and bool(((_g.loc[_w.index] - _w).abs() < 1e-9).all()),
    uz="Ulushlar noto'g'ri: takroriylar soni emas, ulushi kerak — avg((repeat_of IS NOT NULL)::INT).",
    ru="Доли неверны: нужна доля повторных, а не их число — avg((repeat_of IS NOT NULL)::INT).",
    en="The shares are wrong: the share of repeats, not their count — avg((repeat_of IS NOT NULL)::INT).",
)
judge.check(
    list(_got["region"]) == list(_want["region"]),
    uz="Ulushlar to'g'ri, tartib emas: ORDER BY repeat_share DESC.",
    ru="Доли верны, порядок нет: ORDER BY repeat_share DESC.",
    en="The shares are right, the order is not: ORDER BY repeat_share DESC.",
)
### END HIDDEN TESTS
