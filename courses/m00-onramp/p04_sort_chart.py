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
# # Mashq qilish 4. Tartiblash, eng ko'plari va birinchi grafik
#
# "Eng ko'p murojaat qaysi toifada?", "Qaysi murojaatlar eng uzoq yo'l bosgan?" — bunday
# savollarga javob berish uchun natijani **tartiblaymiz** va **eng yuqoridagi bir nechtasini**
# olamiz. Keyin natijani **ustunli grafikda** ko'rsatamiz: rahbarga raqamlar jadvalidan ko'ra
# grafik tezroq tushunarli.
#
# Tayyorlov katagini birinchi bo'lib ishga tushiring.

# %% [markdown] lang="ru"
# # Практика 4. Упорядочивание, самые частые и первый график
#
# «В какой категории больше всего обращений?», «Какие обращения прошли самый долгий путь?» — чтобы
# ответить, **упорядочиваем** результат и берём **несколько верхних**. Затем показываем результат
# **столбчатой диаграммой**: руководителю график понятнее таблицы чисел.
#
# Выполните подготовительную ячейку первой.

# %% [markdown] lang="en"
# # Practice 4. Sorting, the top few and a first bar chart
#
# "Which category has the most appeals?", "Which appeals went the longest way?" — to answer, we
# **sort** the result and take the **top few**, then show it as a **bar chart**: easier for a
# head of unit to read than a table of numbers.
#
# Run the setup cell first.

# %% tags=["setup"]
LANG = "uz"
import matplotlib.pyplot as plt
import pandas as pd
from malaka.practice import attach

appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
attach(globals(), "p04_sort_chart")

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): eng ko'p murojaat olgan 3 bo'linma
#
# `.value_counts()` natijani **ko'pidan ozigacha** beradi. `.head(3)` eng yuqoridagi 3 tasini
# oladi, `.tail(3)` — eng pastdagi (eng kam) 3 tasini. `.sort_values()` esa qiymatlarni
# ozidan ko'piga tartiblaydi.

# %% [markdown] lang="ru"
# ## Пример с решением: 3 подразделения с наибольшим числом обращений
#
# `.value_counts()` выдаёт результат **от большего к меньшему**. `.head(3)` берёт 3 верхних,
# `.tail(3)` — 3 нижних (самых малых). А `.sort_values()` упорядочивает от меньшего к большему.

# %% [markdown] lang="en"
# ## Worked example: the 3 departments with the most appeals
#
# `.value_counts()` comes **largest first**. `.head(3)` takes the top 3, `.tail(3)` the bottom
# (smallest) 3; `.sort_values()` orders from smallest to largest.

# %%
dept_counts = appeals["department"].value_counts()
print(dept_counts.head(3))
print(dept_counts.tail(3))

# %% [markdown] lang="uz"
# **1-savol.** Murojaatlar eng ko'p bo'lgan **5 ta toifani** (`category` ustuni) soni bilan
# `top5` ga yozing (ko'pidan ozigacha).

# %% [markdown] lang="ru"
# **Вопрос 1.** Запишите в `top5` **5 категорий** (столбец `category`) с наибольшим числом
# обращений, вместе с числом (от большего к меньшему).

# %% [markdown] lang="en"
# **Question 1.** Store in `top5` the **5 categories** (`category` column) with the most appeals,
# with their counts, largest first.

# %% practice={"q": "q1", "names": ["top5"], "ordered": true}
### BEGIN SOLUTION
#> top5 = appeals["category"].value_counts().____(5)
top5 = appeals["category"].value_counts().head(5)
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# `value_counts()` allaqachon ko'pidan ozigacha tartiblangan: eng yuqoridagilarni `head` oladi.

# %% [markdown] lang="ru" hint="q1"
# `value_counts()` уже упорядочен от большего к меньшему: верхние берёт `head`.

# %% [markdown] lang="en" hint="q1"
# `value_counts()` is already largest first: `head` takes the top ones.

# %% [markdown] lang="uz"
# ## Namuna: jadvalni ustun bo'yicha tartiblash
#
# `appeals.sort_values("ustun")` butun jadvalni shu ustun bo'yicha ozidan ko'piga tartiblaydi;
# `ascending=False` — ko'pidan oziga (kamayish tartibida). Masalan, eng **oxirgi** kelgan 3
# murojaat (`received_at` — kelgan vaqt). Ko'rish uchun faqat ikki ustunni olamiz:
# `[["reg_no", "received_at"]]` (ustunlar ro'yxati — ikki juft qavsda).

# %% [markdown] lang="ru"
# ## Пример с решением: упорядочить таблицу по столбцу
#
# `appeals.sort_values("столбец")` упорядочивает всю таблицу по этому столбцу от меньшего к
# большему; `ascending=False` — от большего к меньшему (по убыванию). Например, 3 обращения,
# поступившие **последними** (`received_at` — время поступления). Для просмотра берём два столбца:
# `[["reg_no", "received_at"]]` (список столбцов — в двойных скобках).

# %% [markdown] lang="en"
# ## Worked example: sorting a table by a column
#
# `appeals.sort_values("column")` sorts the whole table by that column, smallest first;
# `ascending=False` sorts largest first. For example the 3 **latest** appeals (`received_at` is the
# time received). We show two columns only: `[["reg_no", "received_at"]]` (a list of columns, in
# double brackets).

# %%
latest = appeals.sort_values("received_at", ascending=False).head(3)
latest[["reg_no", "received_at"]]

# %% [markdown] lang="uz"
# **2-savol.** `n_status_changes` ustuni — murojaatning holati necha marta o'zgargani (qancha
# bosqichdan o'tgani). Holati **eng ko'p** o'zgargan **5 ta** murojaatni (butun qatorlari bilan)
# `busiest` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 2.** Столбец `n_status_changes` — сколько раз менялся статус обращения (сколько этапов
# оно прошло). Запишите в `busiest` **5** обращений (целыми строками), у которых статус менялся
# **чаще всего**.

# %% [markdown] lang="en"
# **Question 2.** `n_status_changes` is how many times an appeal's status changed. Store in
# `busiest` the **5** appeals (whole rows) whose status changed **most often**.

# %% practice={"q": "q2", "names": ["busiest"]}
### BEGIN SOLUTION
#> busiest = appeals.sort_values(____, ascending=False).head(5)
busiest = appeals.sort_values("n_status_changes", ascending=False).head(5)
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Ustun nomi qo'shtirnoq ichida: `"n_status_changes"`. `ascending=False` ni o'chirmang: usiz eng
# kamlari birinchi keladi.

# %% [markdown] lang="ru" hint="q2"
# Имя столбца в кавычках: `"n_status_changes"`. Не удаляйте `ascending=False`: без него первыми
# окажутся самые малые.

# %% [markdown] lang="en" hint="q2"
# The column name goes in quotes: `"n_status_changes"`. Keep `ascending=False`, or the smallest
# come first.

# %% [markdown] lang="uz"
# ## Namuna: ustunli grafik
#
# Grafik ikki qadamda chiziladi:
#
# 1. `fig, ax = plt.subplots()` — yangi bo'sh grafik varag'i (`fig`) va uning ichidagi chizma
#    maydoni (`ax`);
# 2. `natija.plot.bar(ax=ax)` — shu maydonga ustunli grafik chizadi: har bir qiymat — bitta ustun.
#
# Namunada nomlar `dept_fig` va `dept_ax`; savolda esa `fig` va `ax` ishlating. Sarlavha va o'q
# nomi qo'shilsa, grafik o'zi gapiradi.

# %% [markdown] lang="ru"
# ## Пример с решением: столбчатая диаграмма
#
# График строится в два шага:
#
# 1. `fig, ax = plt.subplots()` — новый пустой лист графика (`fig`) и область рисования в нём
#    (`ax`);
# 2. `результат.plot.bar(ax=ax)` — рисует в этой области столбчатую диаграмму: одно значение —
#    один столбец.
#
# В примере имена `dept_fig` и `dept_ax`; в вопросе используйте `fig` и `ax`. С заголовком и
# подписью оси график понятен без пояснений.

# %% [markdown] lang="en"
# ## Worked example: a bar chart
#
# Two steps: `fig, ax = plt.subplots()` makes a new empty chart (`fig`) and its drawing area
# (`ax`); `result.plot.bar(ax=ax)` draws one bar per value there. The example names them
# `dept_fig` and `dept_ax`; in the question use `fig` and `ax`. A title and an axis label make
# the chart speak for itself.

# %%
dept_fig, dept_ax = plt.subplots()
dept_counts.head(3).plot.bar(ax=dept_ax)
dept_ax.set_title("Eng ko'p murojaat olgan bo'linmalar / Больше всего обращений")
dept_ax.set_ylabel("murojaatlar / обращения");

# %% [markdown] lang="uz"
# **3-savol.** 1-savoldagi `top5` ni ustunli grafikda chizing. Grafik maydoni `ax` da bo'lsin.
# `____` o'rniga grafik turini yozing.

# %% [markdown] lang="ru"
# **Вопрос 3.** Нарисуйте `top5` из вопроса 1 столбчатой диаграммой. Область графика должна быть в
# `ax`. Вместо `____` напишите вид графика.

# %% [markdown] lang="en"
# **Question 3.** Draw `top5` from question 1 as a bar chart, its drawing area in `ax`. Write the
# kind of chart in place of `____`.

# %% practice={"q": "q3", "names": ["ax"], "kind": "bars"}
### BEGIN SOLUTION
#> fig, ax = plt.subplots()
#> top5.plot.____(ax=ax)
fig, ax = plt.subplots()
top5.plot.bar(ax=ax)
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Ustunli grafik — `bar`. Namunadagi `dept_counts.head(3).plot.bar(ax=dept_ax)` ga qarang.

# %% [markdown] lang="uz" hint="q3"
# Grafikda 5 ta ustun bo'lishi kerak: butun `value_counts()` ni emas, `top5` ni chizing.

# %% [markdown] lang="ru" hint="q3"
# Столбчатая диаграмма — `bar`. Посмотрите на `dept_counts.head(3).plot.bar(ax=dept_ax)` в
# примере.

# %% [markdown] lang="ru" hint="q3"
# На графике должно быть 5 столбцов: рисуйте `top5`, а не весь `value_counts()`.

# %% [markdown] lang="en" hint="q3"
# A bar chart is `bar`: see `dept_counts.head(3).plot.bar(ax=dept_ax)` in the example. Draw `top5`
# (5 bars), not the whole `value_counts()`.

# %% [markdown] lang="uz"
# ## Namuna: eng ko'p uchraydigan qiymatning nomi
#
# `value_counts()` natijasida chapdagi nomlar — **indeks**. `.index[0]` birinchi (eng ko'p
# uchragan) nomni beradi. Masalan, eng ko'p ishlatilgan kanal:

# %% [markdown] lang="ru"
# ## Пример с решением: название самого частого значения
#
# В результате `value_counts()` названия слева — это **индекс**. `.index[0]` даёт первое (самое
# частое) название. Например, самый частый канал:

# %% [markdown] lang="en"
# ## Worked example: the name of the most frequent value
#
# The names on the left of a `value_counts()` result are its **index**; `.index[0]` is the first
# (most frequent) one. For example, the most used channel:

# %%
appeals["channel"].value_counts().index[0]

# %% [markdown] lang="uz"
# **4-savol.** Pastdagi katak arizalarni `applications` ga ajratadi. **Arizalar orasida** eng
# ko'p uchraydigan toifa (`category`) qaysi? Uning nomini `top_category` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 4.** Ячейка ниже отбирает заявления в `applications`. Какая категория (`category`) чаще
# всего встречается **среди заявлений**? Запишите её название в `top_category`.

# %% [markdown] lang="en"
# **Question 4.** The cell below keeps the applications in `applications`. Which
# category (`category`) is the most frequent **among applications**? Store its name in `top_category`.

# %%
applications = appeals[appeals["kind"] == "ariza"]

# %% practice={"q": "q4", "names": ["top_category"]}
### BEGIN SOLUTION
#> top_category = applications["category"].value_counts().index[____]
top_category = applications["category"].value_counts().index[0]
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Eng ko'p uchragani birinchi turadi, Python esa 0 dan sanaydi: `index[0]`.

# %% [markdown] lang="ru" hint="q4"
# Самое частое стоит первым, а Python считает с 0: `index[0]`.

# %% [markdown] lang="en" hint="q4"
# The most frequent comes first, and Python counts from 0: `index[0]`.

# %% [markdown] lang="uz"
# **Xulosa.** `value_counts()` ko'pidan ozigacha; `head(n)` — eng yuqoridagi n ta; jadval uchun
# `sort_values("ustun", ascending=False)`; grafik: `fig, ax = plt.subplots()` va
# `natija.plot.bar(ax=ax)`.

# %% [markdown] lang="ru"
# **Итог.** `value_counts()` — от большего к меньшему; `head(n)` — n верхних; для таблицы
# `sort_values("столбец", ascending=False)`; график: `fig, ax = plt.subplots()` и
# `результат.plot.bar(ax=ax)`.

# %% [markdown] lang="en"
# **Summary.** `value_counts()` is largest first; `head(n)` takes the top n; for a table use
# `sort_values("column", ascending=False)`; a chart is `fig, ax = plt.subplots()` and
# `result.plot.bar(ax=ax)`.
