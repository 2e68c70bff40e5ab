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
# # Mashq qilish: million qatorli jadval bilan DuckDB
#
# Bu daftarda butun respublika bo'yicha **bir yillik** murojaatlar bor: bir milliondan ortiq
# qator (sintetik). Bunday jadvalni Excel ochmaydi. Biz uni **DuckDB** bilan o'qiymiz: u
# faylni xotiraga to'liq yuklamasdan, SQL tilidagi so'rov bilan sanaydi. SQL — ma'lumotlar
# bazasining umumiy tili: vazirlikdagi tahlilchi ham xuddi shu so'rovni ishlata oladi.
#
# Besh so'z yetadi: `SELECT` (nimani olamiz), `FROM` (qaysi jadvaldan), `WHERE` (qaysi
# qatorlarni), `GROUP BY` (nima bo'yicha guruhlaymiz), `ORDER BY` (qanday tartibda).
#
# Har bir savoldan oldin **Namuna (yechilgan misol)** bor. Javobdan keyingi `q1.check()` uni darhol
# tekshiradi; `q1.hint()` — maslahat, `q1.solution()` — yechim. Bu daftar baholanmaydi.

# %% [markdown] lang="ru"
# # Практика: таблица в миллион строк и DuckDB
#
# В этой тетради обращения по всей республике **за год**: больше миллиона строк
# (синтетические). Такую таблицу Excel не откроет. Мы читаем её через **DuckDB**: он считает
# запросом на языке SQL, не загружая файл в память целиком. SQL — общий язык баз данных: тот же
# запрос сможет выполнить и аналитик министерства.
#
# Хватит пяти слов: `SELECT` (что берём), `FROM` (из какой таблицы), `WHERE` (какие строки),
# `GROUP BY` (по чему группируем), `ORDER BY` (в каком порядке).
#
# Перед каждым вопросом есть **Пример с решением**. `q1.check()` после ответа сразу его проверяет;
# `q1.hint()` — подсказка, `q1.solution()` — решение. Эта тетрадь не оценивается.

# %% [markdown] lang="en"
# # Practice: a million-row table with DuckDB
#
# This notebook holds the appeals of the whole republic **for one year**: over a million rows
# (synthetic). A spreadsheet cannot open it. We read it with **DuckDB**, which counts with an SQL
# query without loading the whole file into memory. SQL is the common language of databases: an
# analyst at the ministry can run the same query.
#
# Five words are enough: `SELECT` (what), `FROM` (which table), `WHERE` (which rows), `GROUP BY`
# (grouped by what), `ORDER BY` (in which order).
#
# Each question is preceded by a **worked example**. `q1.check()` after the answer checks it at
# once; `q1.hint()` gives a hint, `q1.solution()` the solution. This notebook is not graded.

# %% tags=["setup"]
LANG = "uz"
import os
import time

import duckdb
import pandas as pd

from malaka.practice import attach

APPEALS = "data/national-year/appeals.parquet"
# Toshkent vaqti / ташкентское время / Tashkent time
duckdb.execute("SET TimeZone = 'Asia/Tashkent'")
# "appeals" — Parquet faylga qaraydigan ko'rinish (view) / представление над файлом Parquet
duckdb.execute(f"CREATE OR REPLACE VIEW appeals AS SELECT * FROM '{APPEALS}'")
EXCEL_ROWS = 1_048_576
attach(globals(), "p01_duckdb_basics")

# %% [markdown] lang="uz"
# ## 1. Jadvalda nechta qator bor?
#
# **Namuna (yechilgan misol).** Ishonch telefoni (1102) orqali kelgan murojaatlar soni.
# `count(*)` — qatorlarni sanaydi; `WHERE` — shart; matn qiymatlari bitta qo'shtirnoqda
# (`'hotline_1102'`). `.fetchone()[0]` natijadagi yagona sonni oladi. `time.perf_counter()`
# so'rovdan oldin va keyin: ayirmasi — necha soniya ketgani.

# %% [markdown] lang="ru"
# ## 1. Сколько строк в таблице?
#
# **Пример с решением.** Число обращений через телефон доверия (1102). `count(*)` считает строки;
# `WHERE` — условие; текстовые значения в одинарных кавычках (`'hotline_1102'`). `.fetchone()[0]`
# берёт единственное число результата. `time.perf_counter()` до и после запроса: разность —
# сколько секунд он шёл.

# %% [markdown] lang="en"
# ## 1. How many rows are there?
#
# **Worked example.** Appeals through the hotline (1102). `count(*)` counts rows; `WHERE` is the
# condition; text values go in single quotes (`'hotline_1102'`). `.fetchone()[0]` takes the single
# number of the result. `time.perf_counter()` before and after the query: the difference is how
# many seconds it took.

# %%
t0 = time.perf_counter()
n_hotline = duckdb.execute("SELECT count(*) FROM appeals WHERE channel = 'hotline_1102'").fetchone()[0]
print(f"{n_hotline:,}", "—", round(time.perf_counter() - t0, 2), "s")

# %% [markdown] lang="uz"
# **1-savol.** Jadvalda jami nechta murojaat bor? Sonini `n_appeals` ga yozing (shartsiz
# `count(*)`).

# %% [markdown] lang="ru"
# **Вопрос 1.** Сколько всего обращений в таблице? Запишите число в `n_appeals` (`count(*)` без
# условия).

# %% [markdown] lang="en"
# **Question 1.** How many appeals does the table hold? Store the number in `n_appeals`
# (`count(*)` without a condition).

# %% practice={"q": "q1", "names": ["n_appeals"]}
### BEGIN SOLUTION
#> n_appeals = duckdb.execute("SELECT ____ FROM appeals").fetchone()[0]
n_appeals = duckdb.execute("SELECT count(*) FROM appeals").fetchone()[0]
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Namunadan `WHERE ...` qismini olib tashlang: `SELECT count(*) FROM appeals`.

# %% [markdown] lang="ru" hint="q1"
# Уберите из примера часть `WHERE ...`: `SELECT count(*) FROM appeals`.

# %% [markdown] lang="en" hint="q1"
# Drop the `WHERE ...` part of the example: `SELECT count(*) FROM appeals`.

# %% [markdown] lang="uz"
# ## 2. Excel qayerda to'xtaydi?
#
# Excel varag'ida ko'pi bilan **1 048 576** qator bor (`EXCEL_ROWS`), birinchisi — ustun nomlari.
# Undan katta faylni ochganda Excel "fayl to'liq yuklanmadi" deydi va qolgan qatorlarni
# **tashlab yuboradi**: hisobot jimgina noto'g'ri chiqadi.
#
# **Namuna (yechilgan misol).** Xuddi shu jadvalni CSV ga (Excel ochadigan matn fayli) yozib,
# hajmini ko'ramiz va pandas bilan o'qish vaqtini DuckDB so'rovi bilan solishtiramiz. Keyin faylni
# o'chiramiz. (Bu katak bir necha soniya ishlaydi.)

# %% [markdown] lang="ru"
# ## 2. Где заканчивается Excel?
#
# На листе Excel не больше **1 048 576** строк (`EXCEL_ROWS`), первая — названия столбцов. Открывая
# файл больше, Excel пишет «файл загружен не полностью» и **отбрасывает** остальные строки: отчёт
# молча получается неверным.
#
# **Пример с решением.** Запишем ту же таблицу в CSV (текстовый файл, который открывает Excel),
# посмотрим размер и сравним время чтения через pandas со временем запроса DuckDB. Потом удалим
# файл. (Ячейка работает несколько секунд.)

# %% [markdown] lang="en"
# ## 2. Where does a spreadsheet stop?
#
# An Excel sheet holds at most **1,048,576** rows (`EXCEL_ROWS`), the first being the column
# names. Opening a larger file, Excel says the file was not loaded completely and **drops** the
# remaining rows: the report is silently wrong.
#
# **Worked example.** Write the same table to CSV (the text file Excel opens), look at its size,
# and compare reading it with pandas against a DuckDB query. Then delete the file. (This cell runs
# for a few seconds.)

# %%
parquet_mb = os.path.getsize(APPEALS) / 1e6
duckdb.execute("COPY appeals TO 'appeals_copy.csv'")
csv_mb = os.path.getsize("appeals_copy.csv") / 1e6
print("Parquet:", round(parquet_mb), "MB;  CSV:", round(csv_mb), "MB")

t0 = time.perf_counter()
table_in_memory = pd.read_csv("appeals_copy.csv")
by_region_pandas = table_in_memory["region"].value_counts()
print("pandas, CSV:", round(time.perf_counter() - t0, 2), "s;",
      round(table_in_memory.memory_usage(deep=True).sum() / 1e6), "MB xotirada / в памяти / in memory")

t0 = time.perf_counter()
by_region_duckdb = duckdb.execute("SELECT region, count(*) AS n FROM appeals GROUP BY region").df()
print("DuckDB, Parquet:", round(time.perf_counter() - t0, 2), "s")
del table_in_memory
os.remove("appeals_copy.csv")

# %% [markdown] lang="uz"
# **2-savol.** Bu jadvalni Excel'da ochsak, nechta murojaat yo'qoladi? Varaqqa `EXCEL_ROWS - 1`
# ta murojaat sig'adi (birinchi qatorda ustun nomlari). Sonini `lost_rows` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 2.** Сколько обращений пропадёт, если открыть таблицу в Excel? На лист помещается
# `EXCEL_ROWS - 1` обращений (в первой строке названия столбцов). Запишите число в `lost_rows`.

# %% [markdown] lang="en"
# **Question 2.** How many appeals are lost if the table is opened in Excel? A sheet fits
# `EXCEL_ROWS - 1` appeals (the first row holds the column names). Store the number in
# `lost_rows`.

# %% practice={"q": "q2", "names": ["lost_rows"]}
### BEGIN SOLUTION
#> lost_rows = n_appeals - (EXCEL_ROWS - ____)
lost_rows = n_appeals - (EXCEL_ROWS - 1)
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Jami murojaatlardan varaqqa sig'adiganini ayiring: `n_appeals - (EXCEL_ROWS - 1)`.

# %% [markdown] lang="ru" hint="q2"
# Из всех обращений вычтите те, что помещаются на лист: `n_appeals - (EXCEL_ROWS - 1)`.

# %% [markdown] lang="en" hint="q2"
# Subtract what fits on the sheet from all appeals: `n_appeals - (EXCEL_ROWS - 1)`.

# %% [markdown] lang="uz"
# ## 3. Ikki shart: `AND`
#
# **Namuna (yechilgan misol).** Ishonch telefoni orqali kelgan **shikoyatlar**: ikkala shart ham
# bajarilsin — `AND`.

# %% [markdown] lang="ru"
# ## 3. Два условия: `AND`
#
# **Пример с решением.** **Жалобы**, поступившие через телефон доверия: оба условия сразу —
# `AND`.

# %% [markdown] lang="en"
# ## 3. Two conditions: `AND`
#
# **Worked example.** **Complaints** that came through the hotline: both conditions — `AND`.

# %%
duckdb.execute("""
    SELECT count(*)
    FROM appeals
    WHERE kind = 'shikoyat' AND channel = 'hotline_1102'
""").fetchone()[0]

# %% [markdown] lang="uz"
# **3-savol.** Samarqand viloyatidan nechta shikoyat (`kind = 'shikoyat'`) kelgan? Hudud nomi
# jadvalda to'liq yozilgan: `'Samarqand viloyati'`. Sonini `n_samarqand_complaints` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 3.** Сколько жалоб (`kind = 'shikoyat'`) пришло из Самаркандской области? Название
# региона в таблице записано полностью: `'Samarqand viloyati'`. Запишите число в
# `n_samarqand_complaints`.

# %% [markdown] lang="en"
# **Question 3.** How many complaints (`kind = 'shikoyat'`) came from Samarkand region? The region
# is written in full in the table: `'Samarqand viloyati'`. Store the number in
# `n_samarqand_complaints`.

# %% practice={"q": "q3", "names": ["n_samarqand_complaints"]}
### BEGIN SOLUTION
#> n_samarqand_complaints = duckdb.execute("""
#>     SELECT count(*)
#>     FROM appeals
#>     WHERE kind = 'shikoyat' AND region = ____
#> """).fetchone()[0]
n_samarqand_complaints = duckdb.execute("""
    SELECT count(*)
    FROM appeals
    WHERE kind = 'shikoyat' AND region = 'Samarqand viloyati'
""").fetchone()[0]
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# `region = 'Samarqand viloyati'` — bitta qo'shtirnoq, nom to'liq. Faqat `'Samarqand'` yozilsa,
# birorta qator topilmaydi.

# %% [markdown] lang="ru" hint="q3"
# `region = 'Samarqand viloyati'` — одинарные кавычки, название полностью. С одним `'Samarqand'`
# не найдётся ни одной строки.

# %% [markdown] lang="en" hint="q3"
# `region = 'Samarqand viloyati'`: single quotes, the full name. `'Samarqand'` alone matches no
# row.

# %% [markdown] lang="uz"
# ## 4. Guruhlab sanash: `GROUP BY`
#
# **Namuna (yechilgan misol).** Har bir kanal bo'yicha murojaatlar soni, kattasidan kichigiga.
# `count(*) AS n` — ustunga `n` nomini beradi; `ORDER BY n DESC` — `n` bo'yicha kamayish
# tartibida. `.df()` natijani pandas jadvali qiladi.

# %% [markdown] lang="ru"
# ## 4. Подсчёт по группам: `GROUP BY`
#
# **Пример с решением.** Число обращений по каждому каналу, от большего к меньшему.
# `count(*) AS n` даёт столбцу имя `n`; `ORDER BY n DESC` — по убыванию `n`. `.df()` превращает
# результат в таблицу pandas.

# %% [markdown] lang="en"
# ## 4. Counting by group: `GROUP BY`
#
# **Worked example.** Appeals per channel, largest first. `count(*) AS n` names the column `n`;
# `ORDER BY n DESC` sorts by `n`, descending. `.df()` turns the result into a pandas table.

# %%
t0 = time.perf_counter()
per_channel = duckdb.execute("""
    SELECT channel, count(*) AS n
    FROM appeals
    GROUP BY channel
    ORDER BY n DESC
""").df()
print(round(time.perf_counter() - t0, 2), "s")
per_channel

# %% [markdown] lang="uz"
# **4-savol.** Har bir hudud (`region`) bo'yicha murojaatlar soni, kattasidan kichigiga:
# ustunlar `region` va `n`. Natijani `per_region` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 4.** Число обращений по каждому региону (`region`), от большего к меньшему: столбцы
# `region` и `n`. Запишите результат в `per_region`.

# %% [markdown] lang="en"
# **Question 4.** Appeals per region (`region`), largest first: columns `region` and `n`. Store
# the result in `per_region`.

# %% practice={"q": "q4", "names": ["per_region"], "ordered": true}
### BEGIN SOLUTION
#> per_region = duckdb.execute("""
#>     SELECT region, count(*) AS n
#>     FROM appeals
#>     GROUP BY ____
#>     ORDER BY n ____
#> """).df()
per_region = duckdb.execute("""
    SELECT region, count(*) AS n
    FROM appeals
    GROUP BY region
    ORDER BY n DESC
""").df()
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Namunadagi `channel` ni ikki joyda `region` ga almashtiring; `DESC` — kamayish tartibi.

# %% [markdown] lang="ru" hint="q4"
# Замените в примере `channel` на `region` в двух местах; `DESC` — по убыванию.

# %% [markdown] lang="en" hint="q4"
# Replace `channel` with `region` in both places; `DESC` means descending.

# %% [markdown] lang="uz"
# ## 5. Vaqt bo'yicha: oylar
#
# **Namuna (yechilgan misol).** Murojaatlar sutkaning qaysi soatida keladi? `hour(received_at)` —
# kelgan vaqtning soati (0–23). `ORDER BY hour` — soatlar tartibida.

# %% [markdown] lang="ru"
# ## 5. По времени: месяцы
#
# **Пример с решением.** В какой час суток приходят обращения? `hour(received_at)` — час времени
# поступления (0–23). `ORDER BY hour` — по порядку часов.

# %% [markdown] lang="en"
# ## 5. Over time: months
#
# **Worked example.** At which hour of the day do appeals arrive? `hour(received_at)` is the hour
# of receipt (0–23). `ORDER BY hour` sorts by hour.

# %%
duckdb.execute("""
    SELECT hour(received_at) AS hour, count(*) AS n
    FROM appeals
    GROUP BY hour
    ORDER BY hour
""").df().head(12)

# %% [markdown] lang="uz"
# **5-savol.** Oylar bo'yicha murojaatlar soni: `month(received_at) AS month` va `n`, oylar
# tartibida (1 dan 12 gacha). Natijani `per_month` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 5.** Число обращений по месяцам: `month(received_at) AS month` и `n`, по порядку
# месяцев (от 1 до 12). Запишите результат в `per_month`.

# %% [markdown] lang="en"
# **Question 5.** Appeals per month: `month(received_at) AS month` and `n`, in month order (1 to
# 12). Store the result in `per_month`.

# %% practice={"q": "q5", "names": ["per_month"], "ordered": true}
### BEGIN SOLUTION
#> per_month = duckdb.execute("""
#>     SELECT ____(received_at) AS month, count(*) AS n
#>     FROM appeals
#>     GROUP BY month
#>     ORDER BY month
#> """).df()
per_month = duckdb.execute("""
    SELECT month(received_at) AS month, count(*) AS n
    FROM appeals
    GROUP BY month
    ORDER BY month
""").df()
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# Namunadagi `hour` o'rniga `month`, uch joyda.

# %% [markdown] lang="ru" hint="q5"
# В примере замените `hour` на `month`, в трёх местах.

# %% [markdown] lang="en" hint="q5"
# Use `month` instead of `hour` in the example, in three places.

# %% [markdown] lang="uz"
# ## 6. Ulush: `avg(...)` shartdan
#
# Shart har bir qator uchun "ha" yoki "yo'q" beradi; `::INT` uni 1 yoki 0 qiladi; `avg(...)` —
# o'rtachasi, ya'ni "ha" lar **ulushi** (pandas'dagi `.mean()` kabi).
#
# **Namuna (yechilgan misol).** Har bir hududda ishonch telefoni orqali kelgan murojaatlar ulushi.

# %% [markdown] lang="ru"
# ## 6. Доля: `avg(...)` от условия
#
# Условие даёт для каждой строки «да» или «нет»; `::INT` превращает его в 1 или 0; `avg(...)` —
# среднее, то есть **доля** «да» (как `.mean()` в pandas).
#
# **Пример с решением.** Доля обращений через телефон доверия в каждом регионе.

# %% [markdown] lang="en"
# ## 6. A share: `avg(...)` of a condition
#
# A condition gives "yes" or "no" per row; `::INT` makes it 1 or 0; `avg(...)` is the mean, that
# is the **share** of "yes" (like `.mean()` in pandas).
#
# **Worked example.** The share of hotline appeals in each region.

# %%
duckdb.execute("""
    SELECT region, avg((channel = 'hotline_1102')::INT) AS hotline_share
    FROM appeals
    GROUP BY region
    ORDER BY hotline_share DESC
""").df()

# %% [markdown] lang="uz"
# **6-savol.** Javob berilgan murojaatlar (`WHERE answered_at IS NOT NULL`) orasida muddatida
# javob olganlar ulushi (`answered_at <= deadline_at`; 0 dan 1 gacha, foiz emas) har bir hudud
# bo'yicha: ustunlar `region` va `on_time`, kichigidan kattasiga. Natijani `on_time_region` ga
# yozing. Qaysi hudud eng pastda?
#
# Diqqat: bu **oddiy** o'lchov — yil oxirida javobsiz qolgan, muddati o'tgan murojaatlar bu yerda
# hisobga kirmaydi. Baholanadigan mashqda ularni kech deb sanaymiz (halol o'lchov).

# %% [markdown] lang="ru"
# **Вопрос 6.** Среди обращений с ответом (`WHERE answered_at IS NOT NULL`) — доля ответов в срок
# (`answered_at <= deadline_at`; от 0 до 1, не проценты) по каждому региону: столбцы `region` и
# `on_time`, от меньшего к большему. Запишите результат в `on_time_region`. Какой регион внизу?
#
# Внимание: это **простое** измерение — обращения без ответа на конец года с истёкшим сроком здесь
# не учитываются. В оцениваемом задании они считаются просроченными (честное измерение).

# %% [markdown] lang="en"
# **Question 6.** Among answered appeals (`WHERE answered_at IS NOT NULL`), the share answered on
# time (`answered_at <= deadline_at`; 0 to 1, not a percent) per region: columns `region` and
# `on_time`, smallest first. Store the result in `on_time_region`. Which region is at the bottom?
#
# Note: this is the **simple** measure: appeals still unanswered at the end of the year and past
# their deadline are left out here. The graded exercise counts them as late (honest measure).

# %% practice={"q": "q6", "names": ["on_time_region"], "ordered": true}
### BEGIN SOLUTION
#> on_time_region = duckdb.execute("""
#>     SELECT region, avg((____)::INT) AS on_time
#>     FROM appeals
#>     WHERE answered_at IS NOT NULL
#>     GROUP BY region
#>     ORDER BY on_time
#> """).df()
on_time_region = duckdb.execute("""
    SELECT region, avg((answered_at <= deadline_at)::INT) AS on_time
    FROM appeals
    WHERE answered_at IS NOT NULL
    GROUP BY region
    ORDER BY on_time
""").df()
### END SOLUTION

# %% [markdown] lang="uz" hint="q6"
# Bo'sh joyga shart: `answered_at <= deadline_at` (javob muddatdan kech emas).

# %% [markdown] lang="uz" hint="q6"
# `ORDER BY on_time` — o'sish tartibida (kichigi birinchi); `DESC` kerak emas.

# %% [markdown] lang="ru" hint="q6"
# В пропуск — условие `answered_at <= deadline_at` (ответ не позже срока).

# %% [markdown] lang="ru" hint="q6"
# `ORDER BY on_time` — по возрастанию (меньшее первым); `DESC` не нужен.

# %% [markdown] lang="en" hint="q6"
# The condition is `answered_at <= deadline_at`; `ORDER BY on_time` is ascending (no `DESC`).

# %% [markdown] lang="uz"
# ## 7. Takroriy murojaatlar
#
# `repeat_of` — takroriy murojaatda avvalgi murojaat raqami, birinchi murojaatda bo'sh (`NULL`).
# Bo'shligini `IS NULL`, bo'sh emasligini `IS NOT NULL` bilan tekshiramiz (`= NULL` ishlamaydi).
#
# **Namuna (yechilgan misol).** Muddati uzaytirilgan murojaatlar ulushi butun respublika bo'yicha
# (`extended` — ha/yo'q ustuni).

# %% [markdown] lang="ru"
# ## 7. Повторные обращения
#
# `repeat_of` — у повторного обращения номер прежнего, у первого пусто (`NULL`). Пустоту
# проверяют через `IS NULL`, непустоту — `IS NOT NULL` (`= NULL` не работает).
#
# **Пример с решением.** Доля обращений с продлённым сроком по республике (`extended` — столбец
# да/нет).

# %% [markdown] lang="en"
# ## 7. Repeat appeals
#
# `repeat_of` holds the earlier appeal's id on a repeat appeal and is empty (`NULL`) on a first
# one. Test emptiness with `IS NULL` and `IS NOT NULL` (`= NULL` does not work).
#
# **Worked example.** The share of appeals whose deadline was extended, nationwide (`extended` is
# a yes/no column).

# %%
duckdb.execute("SELECT avg(extended::INT) FROM appeals").fetchone()[0]

# %% [markdown] lang="uz"
# **7-savol.** Barcha murojaatlar orasida takroriylari ulushi qancha? Sonini (0 dan 1 gacha)
# `repeat_share` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 7.** Какова доля повторных среди всех обращений? Запишите число (от 0 до 1) в
# `repeat_share`.

# %% [markdown] lang="en"
# **Question 7.** What share of all appeals are repeats? Store the number (0 to 1) in
# `repeat_share`.

# %% practice={"q": "q7", "names": ["repeat_share"]}
### BEGIN SOLUTION
#> repeat_share = duckdb.execute("SELECT avg((repeat_of ____)::INT) FROM appeals").fetchone()[0]
repeat_share = duckdb.execute("SELECT avg((repeat_of IS NOT NULL)::INT) FROM appeals").fetchone()[0]
### END SOLUTION

# %% [markdown] lang="uz" hint="q7"
# Takroriy = `repeat_of` bo'sh emas: `repeat_of IS NOT NULL`.

# %% [markdown] lang="ru" hint="q7"
# Повторное = `repeat_of` не пуст: `repeat_of IS NOT NULL`.

# %% [markdown] lang="en" hint="q7"
# A repeat has a non-empty `repeat_of`: `repeat_of IS NOT NULL`.

# %% [markdown] lang="uz"
# ## Xulosa
#
# - Million qatorli jadval Excel varag'iga sig'maydi; CSV sifatida 200 MB dan oshadi, Parquet esa
#   14 barobar kichik.
# - DuckDB Parquet faylni xotiraga to'liq yuklamasdan so'rov bilan sanaydi: har bir so'rov bir
#   soniyadan kam.
# - `WHERE` — qatorlarni tanlash, `GROUP BY` — guruhlab sanash, `avg((shart)::INT)` — ulush,
#   `IS NOT NULL` — bo'sh emas.
#
# Endi baholanadigan mashqqa o'ting: o'sha savollar, lekin halol o'lchov bilan
# (**Chuqurlashtirilgan qism**).

# %% [markdown] lang="ru"
# ## Итог
#
# - Таблица в миллион строк не помещается на лист Excel; в CSV она больше 200 МБ, а Parquet в
#   14 раз меньше.
# - DuckDB считает запросом по файлу Parquet, не загружая его в память целиком: каждый запрос
#   меньше секунды.
# - `WHERE` — отбор, `GROUP BY` — подсчёт по группам, `avg((условие)::INT)` — доля,
#   `IS NOT NULL` — не пусто.
#
# Теперь переходите к оцениваемому заданию: те же вопросы, но с честным измерением (**Углублённая
# часть**).

# %% [markdown] lang="en"
# ## Summary
#
# - A million-row table does not fit a spreadsheet sheet; as CSV it is over 200 MB, as Parquet 14
#   times smaller.
# - DuckDB counts with a query over the Parquet file without loading it whole: each query takes
#   under a second.
# - `WHERE` filters, `GROUP BY` counts by group, `avg((condition)::INT)` is a share, `IS NOT NULL`
#   means not empty.
#
# Now go on to the graded exercise: the same questions, measured honestly (**Advanced part**).
