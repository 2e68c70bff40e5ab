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
# keyin** tanlaydi (kam murojaatli guruh tasodifan "eng sekin" chiqmasin). `LIMIT 5` — birinchi
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
_got = judge.fetch("n_tashkent_city")
_want = judge.ref("n_tashkent_city")
judge.check(
    _got <= 2 * _want,
    uz="Son juda katta: butun respublika sanalgan. Faqat bitta hudud kerak: "
    "WHERE region = 'Toshkent shahri'.",
    ru="Число слишком большое: посчитана вся республика. Нужен один регион: "
    "WHERE region = 'Toshkent shahri'.",
    en="The number is far too large: the whole republic was counted. One region only: "
    "WHERE region = 'Toshkent shahri'.",
)
judge.check(
    _got == _want,
    uz="Son noto'g'ri. Hududni tekshiring: 'Toshkent shahri' — shahar, 'Toshkent viloyati' — "
    "boshqa hudud. Sanashni tekshiring: count(*) — murojaatlar (qatorlar); "
    "count(DISTINCT citizen_id) — fuqarolar, bir fuqaro bir necha marta murojaat qiladi.",
    ru="Число неверно. Проверьте регион: 'Toshkent shahri' — город, 'Toshkent viloyati' — "
    "другой регион (область). Проверьте подсчёт: count(*) — обращения (строки); "
    "count(DISTINCT citizen_id) — граждане, а один гражданин обращается не раз.",
    en="The number is wrong. Check the region: 'Toshkent shahri' is the city, "
    "'Toshkent viloyati' another region. Check the count: count(*) counts appeals (rows); "
    "count(DISTINCT citizen_id) counts citizens, and one citizen may appeal several times.",
)
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
    uz="Toifalar bo'yicha sonlar noto'g'ri: GROUP BY category (kind emas) va count(*) — "
    "murojaatlar soni (count(DISTINCT citizen_id) fuqarolarni sanaydi).",
    ru="Числа по категориям неверны: GROUP BY category (не kind) и count(*) — число обращений "
    "(count(DISTINCT citizen_id) считает граждан).",
    en="The counts per category are wrong: GROUP BY category (not kind) and count(*), the number "
    "of appeals (count(DISTINCT citizen_id) counts citizens).",
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
# Quyidagi savollar — tahlilchi darajasi (halol o'lchov, mediana, guruhlashdan keyin tanlash).
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
# `answered_at <= deadline_at`. Natija: `on_time_region` (ustunlar `region`, `on_time` — ulush, 0 dan
# 1 gacha, foiz emas; kichigidan kattasiga) va eng past hudud nomi `worst_region` (str).
#
# So'rovning qolipi tayyor: faqat `WHERE` ni yozing (qaysi murojaatlar baholanadi). `avg(...)`
# ichidagi `answered_at IS NOT NULL AND` ochiq murojaatni 0 (kech) qiladi; usiz shart `NULL`
# bo'ladi va `avg` uni tashlab ketadi. Matndagi vaqt: `TIMESTAMPTZ '{DATA_END}'` (`f"""..."""`
# satr ichida).
#
# ```sql
# SELECT region,
#        avg((answered_at IS NOT NULL AND answered_at <= deadline_at)::INT) AS on_time
# FROM appeals
# WHERE ____
# GROUP BY region
# ORDER BY on_time
# ```
#
# <details><summary>Maslahat</summary>
#
# `WHERE` da ikki holat `OR` bilan: (1) javob berilgan; (2) ochiq (`outcome IS NULL`) **va**
# muddati `DATA_END` dan oldin o'tgan — ikkinchisini qavsga oling. So'rovni `f"""..."""` qilib
# yozing, shunda `{DATA_END}` o'rniga sana qo'yiladi. Eng past hudud — jadvalning birinchi qatori:
# `worst_region = on_time_region["region"].iloc[0]`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (3 балла).** **Честное** соблюдение сроков по регионам (как в модуле 2). Оцениваемые
# обращения: с ответом (`answered_at IS NOT NULL`) **и** открытые на конец года, срок которых истёк
# до `DATA_END` (`outcome IS NULL AND deadline_at < DATA_END`) — они **просрочены**. Открытые с
# неистёкшим сроком, оставленные без рассмотрения (`left_without_consideration`) и брошенные
# звонки не учитываются. В срок — `answered_at <= deadline_at`. Результат: `on_time_region`
# (столбцы `region`, `on_time` — доля от 0 до 1, не проценты; от меньшего к большему) и
# название худшего региона `worst_region` (str).
#
# Заготовка запроса готова: напишите только `WHERE` (какие обращения оцениваются).
# `answered_at IS NOT NULL AND` внутри `avg(...)` делает открытое обращение 0 (просрочено); без
# него условие даёт `NULL`, и `avg` его пропускает. Время из текста: `TIMESTAMPTZ '{DATA_END}'`
# (внутри строки `f"""..."""`).
#
# ```sql
# SELECT region,
#        avg((answered_at IS NOT NULL AND answered_at <= deadline_at)::INT) AS on_time
# FROM appeals
# WHERE ____
# GROUP BY region
# ORDER BY on_time
# ```
#
# <details><summary>Подсказка</summary>
#
# В `WHERE` два случая через `OR`: (1) есть ответ; (2) открыто (`outcome IS NULL`) **и** срок
# истёк до `DATA_END` — второй возьмите в скобки. Запрос пишите строкой `f"""..."""`, тогда на
# место `{DATA_END}` встанет дата. Худший регион — первая строка таблицы:
# `worst_region = on_time_region["region"].iloc[0]`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (3 points).** **Honest** deadline compliance by region (as in module 2). Judged
# appeals: answered (`answered_at IS NOT NULL`) **and** open at the end of the year with the
# deadline passed before `DATA_END` (`outcome IS NULL AND deadline_at < DATA_END`), which are
# **late**. Open appeals still within their deadline, appeals left without consideration and
# dropped calls are left out. On time means `answered_at <= deadline_at`. Result: `on_time_region`
# (columns `region`, `on_time` as a share from 0 to 1, not a percent; smallest first) and the
# worst region's name `worst_region` (str).
#
# The query is ready but for `WHERE` (which appeals are judged). `answered_at IS NOT NULL AND`
# inside `avg(...)` makes an open appeal 0 (late); without it the condition is `NULL` and `avg`
# skips it. A time from text: `TIMESTAMPTZ '{DATA_END}'` (inside an `f"""..."""` string).
#
# ```sql
# SELECT region,
#        avg((answered_at IS NOT NULL AND answered_at <= deadline_at)::INT) AS on_time
# FROM appeals
# WHERE ____
# GROUP BY region
# ORDER BY on_time
# ```
#
# <details><summary>Hint</summary>
#
# Two cases joined by `OR` in `WHERE`: (1) answered; (2) open (`outcome IS NULL`) **and** past
# the deadline before `DATA_END`; put the second in brackets. Write the query as an `f"""..."""`
# string so that `{DATA_END}` becomes the date. The worst region is the table's first row:
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
_diff = _got.loc[_want.index].astype(float) - _want.astype(float)
judge.check(
    bool((_got <= 1.0).all()),
    uz="on_time 1 dan katta: bu foiz. Ulush kerak, 0 dan 1 gacha (0,96 = 96 %): "
    "100 ga ko'paytirmang.",
    ru="on_time больше 1: это проценты. Нужна доля от 0 до 1 (0,96 = 96 %): не умножайте "
    "на 100.",
    en="on_time is above 1: that is a percent. The share runs from 0 to 1 (0.96 = 96 %): do "
    "not multiply by 100.",
)
judge.check(
    not (bool((_diff > -1e-9).all()) and bool((_diff > 1e-9).any())),
    uz="Ulushlaringiz haqiqiydan yuqori, ayniqsa eng yomon hududda: yil oxirida ochiq va muddati "
    "o'tgan murojaatlar kech bo'lib kirmagan. Faqat javob berilganlarni baholasangiz yoki "
    "ochiq murojaatda shart NULL bo'lsa (avg uni tashlab ketadi), kechikkanlar yo'qoladi: "
    "answered_at IS NOT NULL AND answered_at <= deadline_at.",
    ru="Ваши доли выше настоящих, особенно в худшем регионе: открытые на конец года с истёкшим "
    "сроком не вошли как просроченные. Если оценивать только обращения с ответом или если "
    "у открытого условие даёт NULL (avg его пропускает), просроченные пропадают: "
    "answered_at IS NOT NULL AND answered_at <= deadline_at.",
    en="Your shares are higher than the true ones, most of all in the worst region: appeals "
    "open at the end of the year and past their deadline were not counted as late. Judging only "
    "answered appeals, or a condition that is NULL on an open appeal (avg skips it), makes the "
    "late ones vanish: answered_at IS NOT NULL AND answered_at <= deadline_at.",
)
judge.check(
    not (bool((_diff < 1e-9).all()) and bool((_diff < -1e-9).any())),
    uz="Ulushlaringiz haqiqiydan past: kech bo'lmaganlar kech deb sanalgan. Muddati hali "
    "o'tmagan ochiq murojaatlar (deadline_at < DATA_END shartini unutmang), ko'rib "
    "chiqilmasdan qoldirilganlar va tashlangan qo'ng'iroqlar baholanmaydi.",
    ru="Ваши доли ниже настоящих: просроченными посчитаны те, кто не просрочен. Открытые с "
    "неистёкшим сроком (не забудьте условие deadline_at < DATA_END), оставленные без "
    "рассмотрения и брошенные звонки не оцениваются.",
    en="Your shares are lower than the true ones: appeals that are not late were counted as "
    "late. Open appeals still within their deadline (keep deadline_at < DATA_END), appeals left "
    "without consideration and dropped calls are not judged.",
)
judge.check(
    bool((_diff.abs() < 1e-9).all()),
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
# kunlar **medianasi** (kunlarda, kasr son bilan), kamida 1000 ta javob berilgan tumanlar
# orasida. Ustunlar `district`, `region`, `median_days`; eng sekini birinchi. Natijani `slowest` ga yozing. Ular qaysi
# hududlarda? Muammo tumanda yoki hududdami?
#
# <details><summary>Maslahat</summary>
#
# Namunaning 3-qadami: `GROUP BY district, region`, `HAVING count(*) >= 1000`,
# `ORDER BY median_days DESC`, `LIMIT 10`. `n` ustuni kerak emas.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** 10 самых медленных районов: **медиана** дней до ответа (в днях, дробным числом) по
# обращениям с ответом, среди районов, где не меньше 1000 ответов. Столбцы `district`, `region`, `median_days`;
# самый медленный первым. Запишите результат в `slowest`. В каких они регионах? Проблема в районе
# или в регионе?
#
# <details><summary>Подсказка</summary>
#
# Шаг 3 примера: `GROUP BY district, region`, `HAVING count(*) >= 1000`,
# `ORDER BY median_days DESC`, `LIMIT 10`. Столбец `n` не нужен.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** The 10 slowest districts: the **median** days to answer (in days, with
# fractions) over answered appeals, among districts with at least 1,000 answers. Columns `district`, `region`,
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
_ratio = float(_got["median_days"].astype(float).mean()) / float(_want["median_days"].astype(float).mean())
judge.check(
    _ratio < 5,
    uz="median_days juda katta: bu soat yoki soniya. Kunlar kerak: soniyalarni 86400 ga "
    "bo'ling (3600 ga emas).",
    ru="median_days слишком велико: это часы или секунды. Нужны дни: делите секунды на 86400 "
    "(не на 3600).",
    en="median_days is far too large: hours or seconds. Days are wanted: divide seconds by "
    "86400 (not 3600).",
)
judge.check(
    not bool((_got["median_days"].astype(float) % 1 == 0).all()),
    uz="median_days butun sonlar: date_diff('day', ...) yarim tunlarni sanaydi, kechki 17:00 "
    "dagi murojaatga ertasi 09:00 dagi javob ham \"1 kun\" bo'ladi. Soniyalarni oling va 86400 "
    "ga bo'ling.",
    ru="median_days — целые числа: date_diff('day', ...) считает полночи, и ответ в 09:00 на "
    "обращение вчерашних 17:00 тоже «1 день». Возьмите секунды и разделите на 86400.",
    en="median_days are whole numbers: date_diff('day', ...) counts midnights, so a 09:00 "
    "answer to an appeal of 17:00 the day before is also \"1 day\". Take seconds and divide by "
    "86400.",
)
judge.check(
    list(_got["district"]) == list(_want["district"]),
    uz="Tumanlar ro'yxati yoki tartibi noto'g'ri: median (avg emas: bir necha juda uzun ish "
    "o'rtachani ko'taradi), kunlarda, eng sekini birinchi (DESC).",
    ru="Список или порядок районов неверен: медиана (не avg: несколько очень долгих дел "
    "поднимают среднее), в днях, самый медленный первым (DESC).",
    en="The districts or their order are wrong: the median (not avg: a few very long cases "
    "raise the mean), in days, slowest first (DESC).",
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
# murojaatlar (`repeat_of IS NOT NULL`) **ulushi** (0 dan 1 gacha, foiz emas), kattasidan kichigiga. Ustunlar `region`,
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
# (`repeat_of IS NOT NULL`) в каждом регионе (от 0 до 1, не проценты), от большей к меньшей. Столбцы `region`,
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
# (`repeat_of IS NOT NULL`) in each region (0 to 1, not a percent), largest first. Columns `region`, `repeat_share`. Store
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
    bool((_g <= 1.0).all()),
    uz="repeat_share 1 dan katta: bu son yoki foiz. Ulush kerak, 0 dan 1 gacha (0,05 = 5 %): "
    "avg((repeat_of IS NOT NULL)::INT), 100 ga ko'paytirmang.",
    ru="repeat_share больше 1: это число или проценты. Нужна доля от 0 до 1 (0,05 = 5 %): "
    "avg((repeat_of IS NOT NULL)::INT), без умножения на 100.",
    en="repeat_share is above 1: a count or a percent. The share runs from 0 to 1 "
    "(0.05 = 5 %): avg((repeat_of IS NOT NULL)::INT), not multiplied by 100.",
)
judge.check(
    not bool((_g > 0.5).all()),
    uz="Ulushlar yarmidan ko'p: bu birinchi murojaatlar (repeat_of IS NULL). Takroriy "
    "murojaatda repeat_of to'ldirilgan: repeat_of IS NOT NULL.",
    ru="Доли больше половины: это первые обращения (repeat_of IS NULL). У повторного "
    "обращения repeat_of заполнен: repeat_of IS NOT NULL.",
    en="The shares are over one half: those are first appeals (repeat_of IS NULL). A repeat "
    "has repeat_of filled in: repeat_of IS NOT NULL.",
)
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
