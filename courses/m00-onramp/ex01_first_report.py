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
# # Baholanadigan mashq 1. Birinchi hisobot
#
# Rahbar chorak bo'yicha qisqa hisobot so'radi: nechta taklif kelgan, murojaatlar huquqiy
# rejimlar bo'yicha qanday taqsimlangan, shikoyatlar ko'proq qaysi toifalarda, grafik va
# yuborish uchun fayl. Bu mashq **baholanadi** (6 ball). Mashq qilish daftarlaridagi (p01–p05)
# barcha ko'nikmalar shu yerda kerak bo'ladi.
#
# Avval **Namuna** qismini o'qing va ishga tushiring: u xuddi shu ishlarni boshqa ustunlar bilan
# bajaradi. Keyin savollarga javob bering. Har bir javob katagidan keyingi tekshiruv katagi faqat
# nom va turni tekshiradi; javobning to'g'riligi baholashda aniqlanadi.

# %% [markdown] lang="ru"
# # Оцениваемое задание 1. Первый отчёт
#
# Руководитель попросил короткий отчёт за квартал: сколько поступило предложений, как обращения
# распределяются по правовым режимам, в каких категориях больше всего жалоб, график и файл для
# отправки. Это задание **оценивается** (6 баллов). Здесь пригодятся все навыки из практических
# блокнотов (p01–p05).
#
# Сначала прочитайте и выполните раздел **Пример с решением**: он делает то же самое с другими
# столбцами. Затем отвечайте на вопросы. Ячейка проверки после каждого ответа проверяет только имя
# и тип; правильность ответа определяется при оценивании.

# %% [markdown] lang="en"
# # Assessment 1. A first report
#
# The head of unit wants a short quarterly report: how many proposals came in, how appeals split
# by legal regime, which categories draw the most complaints, a chart and a file to send. This
# exercise is **graded** (6 points) and uses every skill from the practice notebooks (p01–p05).
#
# Read and run the **Worked example** first: it does the same with other columns. The check cell
# after each answer looks only at the name and type; correctness is decided at grading.

# %% tags=["setup"]
LANG = "uz"
import os

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from malaka.grading.checks import check, check_defined, check_len, check_type

appeals = pd.read_csv("data/tuman-appeals/appeals.csv")

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol)
#
# **a) Filtr va sanash.** Pochta orqali kelgan murojaatlar soni:

# %% [markdown] lang="ru"
# ## Пример с решением
#
# **а) Фильтр и подсчёт.** Число обращений, пришедших почтой:

# %% [markdown] lang="en"
# ## Worked example
#
# **a) Filter and count.** The number of appeals that came by mail:

# %%
n_mail = len(appeals[appeals["channel"] == "mail"])
n_mail

# %% [markdown] lang="uz"
# **b) Har bir qiymat soni.** Kanallar bo'yicha murojaatlar:

# %% [markdown] lang="ru"
# **б) Число каждого значения.** Обращения по каналам:

# %% [markdown] lang="en"
# **b) Counts per value.** Appeals per channel:

# %%
by_channel = appeals["channel"].value_counts()
by_channel

# %% [markdown] lang="uz"
# **c) Filtr, sanash va eng ko'p 3 tasi.** **Arizalar** eng ko'p tushgan 3 ta bo'linma: avval
# arizalarni ajratamiz, keyin bo'linmalarni sanaymiz va eng yuqoridagi 3 tasini olamiz.

# %% [markdown] lang="ru"
# **в) Фильтр, подсчёт и три самых частых.** 3 подразделения, куда попало больше всего
# **заявлений**: сначала отбираем заявления, затем считаем подразделения и берём 3 верхних.

# %% [markdown] lang="en"
# **c) Filter, count, top 3.** The 3 departments that received the most **applications**: keep the
# applications, count departments, take the top 3.

# %%
applications = appeals[appeals["kind"] == "ariza"]
top3_depts = applications["department"].value_counts().head(3)
top3_depts

# %% [markdown] lang="uz"
# **d) Sarlavhali ustunli grafik.** `title=` grafik sarlavhasini qo'yadi.

# %% [markdown] lang="ru"
# **г) Столбчатая диаграмма с заголовком.** `title=` задаёт заголовок графика.

# %% [markdown] lang="en"
# **d) A bar chart with a title.** `title=` sets the chart's title.

# %%
example_fig, example_ax = plt.subplots()
top3_depts.plot.bar(ax=example_ax, title="Arizalar: eng ko'p 3 bo'linma / Заявления: 3 подразделения");

# %% [markdown] lang="uz"
# **e) CSV faylga saqlash.** Nomlar indeksda turibdi, shuning uchun indeks saqlanadi
# (`index=False` yozilmaydi).

# %% [markdown] lang="ru"
# **д) Сохранение в CSV.** Названия стоят в индексе, поэтому индекс сохраняем (`index=False` не
# пишем).

# %% [markdown] lang="en"
# **e) Saving to CSV.** The names are in the index, so the index is kept (no `index=False`).

# %%
example_path = "top3_depts.csv"
top3_depts.to_csv(example_path)
pd.read_csv(example_path)

# %% [markdown] lang="uz"
# ## Savollar
#
# **1-savol (1 ball).** Chorakda nechta **taklif** (`kind` ustunida `"taklif"`) kelgan? Sonni
# `n_proposals` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Namunaning a) qismiga qarang: ustun `kind`, qiymat `"taklif"`, keyin `len(...)`.
# </details>

# %% [markdown] lang="ru"
# ## Вопросы
#
# **Вопрос 1 (1 балл).** Сколько **предложений** (`"taklif"` в столбце `kind`) поступило за
# квартал? Запишите число в `n_proposals`.
#
# <details><summary>Подсказка</summary>
#
# Посмотрите на часть а) примера: столбец `kind`, значение `"taklif"`, затем `len(...)`.
# </details>

# %% [markdown] lang="en"
# ## Questions
#
# **Question 1 (1 point).** How many **proposals** (`"taklif"` in the `kind` column) came in this
# quarter? Store the number in `n_proposals`.
#
# <details><summary>Hint</summary>
#
# See part a) of the worked example: column `kind`, value `"taklif"`, then `len(...)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_proposals = len(appeals[appeals["kind"] == "taklif"])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_proposals")
check_type(n_proposals, (int, np.integer), name="n_proposals")
### BEGIN HIDDEN TESTS
judge.value("n_proposals")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (1 ball).** Murojaatlar **huquqiy rejimlar** bo'yicha qanday taqsimlangan? Har bir
# rejimdagi murojaatlar **sonini** (`regime` ustuni) `by_regime` ga yozing. Rejimlar:
# `appeals_law` — murojaatlar to'g'risidagi qonun, `criminal` — jinoyat-protsessual tartib,
# `administrative` — ma'muriy javobgarlik, `forward` — boshqa organ vakolatida,
# `public_service` — davlat xizmati.
#
# <details><summary>Maslahat</summary>
#
# Namunaning b) qismi: `appeals["ustun"].value_counts()`. Ulush emas, son kerak.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (1 балл).** Как обращения распределяются по **правовым режимам**? Запишите в
# `by_regime` **число** обращений каждого режима (столбец `regime`). Режимы: `appeals_law` — закон
# об обращениях, `criminal` — уголовно-процессуальный порядок, `administrative` —
# административная ответственность, `forward` — не по компетенции, `public_service` —
# государственная услуга.
#
# <details><summary>Подсказка</summary>
#
# Часть б) примера: `appeals["столбец"].value_counts()`. Нужны количества, а не доли.
# </details>

# %% [markdown] lang="en"
# **Question 2 (1 point).** How do appeals split by **legal regime**? Store in `by_regime` the
# **number** of appeals of each regime (`regime` column).
#
# <details><summary>Hint</summary>
#
# Part b) of the example: `appeals["column"].value_counts()`. Counts, not shares.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
by_regime = appeals["regime"].value_counts()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("by_regime")
check_type(by_regime, pd.Series, name="by_regime")
### BEGIN HIDDEN TESTS
judge.value("by_regime")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** **Shikoyatlar** (`kind` ustunida `"shikoyat"`) eng ko'p tushgan **3 ta
# toifani** (`category`) soni bilan, ko'pidan ozigacha, `top3` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Namunaning c) qismi: avval shikoyatlarni ajrating, keyin `category` ustunini sanang va
# `.head(3)` bilan eng yuqoridagi 3 tasini oling.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Запишите в `top3` **3 категории** (`category`), куда попало больше
# всего **жалоб** (`"shikoyat"` в столбце `kind`), с их числом, от большего к меньшему.
#
# <details><summary>Подсказка</summary>
#
# Часть в) примера: сначала отберите жалобы, затем посчитайте столбец `category` и возьмите 3
# верхних через `.head(3)`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Store in `top3` the **3 categories** (`category`) with the most
# **complaints** (`"shikoyat"` in `kind`), with their counts, largest first.
#
# <details><summary>Hint</summary>
#
# Part c) of the example: keep the complaints, count `category`, take the top 3 with `.head(3)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
complaints = appeals[appeals["kind"] == "shikoyat"]
top3 = complaints["category"].value_counts().head(3)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("top3")
check_type(top3, pd.Series, name="top3")
check_len(top3, 3, name="top3")
### BEGIN HIDDEN TESTS
judge.value("top3")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (1 ball).** `top3` ni **ustunli grafikda** chizing va grafikka **sarlavha** qo'ying.
# Grafik varag'i `fig` nomida bo'lsin.
#
# <details><summary>Maslahat</summary>
#
# Namunaning d) qismi: `fig, ax = plt.subplots()`, so'ng `top3.plot.bar(ax=ax, title="...")`.
# Sarlavhani o'zingiz yozing.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (1 балл).** Нарисуйте `top3` **столбчатой диаграммой** с **заголовком**. Лист графика
# должен называться `fig`.
#
# <details><summary>Подсказка</summary>
#
# Часть г) примера: `fig, ax = plt.subplots()`, затем `top3.plot.bar(ax=ax, title="...")`.
# Заголовок придумайте сами.
# </details>

# %% [markdown] lang="en"
# **Question 4 (1 point).** Draw `top3` as a **bar chart** with a **title**; the chart (figure) is
# named `fig`.
#
# <details><summary>Hint</summary>
#
# Part d) of the example: `fig, ax = plt.subplots()`, then `top3.plot.bar(ax=ax, title="...")`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
fig, ax = plt.subplots()
top3.plot.bar(ax=ax, title="Shikoyatlar: eng ko'p 3 toifa / Жалобы: 3 категории")
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("fig")
check_type(fig, Figure, name="fig")
### BEGIN HIDDEN TESTS
_axes = judge.figure("fig")["axes"]
judge.check(
    sum(int(_a["patches"]) for _a in _axes) == 3,
    uz="Grafikda 3 ta ustun bo'lishi kerak (top3 dagi har bir toifa uchun bittadan): plot.bar bilan chizing.",
    ru="На графике должно быть 3 столбца (по одному на каждую категорию top3): рисуйте через plot.bar.",
    en="The chart needs 3 bars (one per category of top3): draw it with plot.bar.",
)
judge.check(
    any(str(_a["title"]).strip() for _a in _axes),
    uz="Grafikda sarlavha yo'q: title=\"...\" qo'shing.",
    ru="У графика нет заголовка: добавьте title=\"...\".",
    en="The chart has no title: add title=\"...\".",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **5-savol (1 ball).** `top3` ni CSV faylga saqlang (toifa nomlari faylda qolsin). Fayl nomini
# (masalan `"top3_complaints.csv"`) `path` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Namunaning e) qismi: `path = "..."`, so'ng `top3.to_csv(path)`. `index=False` qo'shmang: toifa
# nomlari indeksda turibdi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (1 балл).** Сохраните `top3` в файл CSV (названия категорий должны остаться в файле).
# Имя файла (например, `"top3_complaints.csv"`) запишите в `path`.
#
# <details><summary>Подсказка</summary>
#
# Часть д) примера: `path = "..."`, затем `top3.to_csv(path)`. Не добавляйте `index=False`:
# названия категорий стоят в индексе.
# </details>

# %% [markdown] lang="en"
# **Question 5 (1 point).** Save `top3` to a CSV file, keeping the category names. Store the file
# name (say `"top3_complaints.csv"`) in `path`.
#
# <details><summary>Hint</summary>
#
# Part e) of the example: `path = "..."`, then `top3.to_csv(path)`. No `index=False`: the names are
# in the index.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
path = "top3_complaints.csv"
top3.to_csv(path)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("path")
check_type(path, str, name="path")
check(
    os.path.isfile(path),
    uz="path nomli fayl topilmadi: to_csv(path) qatorini ishga tushirdingizmi?",
    ru="Файл с именем path не найден: выполнили ли вы строку to_csv(path)?",
    en="No file named path: did you run the to_csv(path) line?",
)
### BEGIN HIDDEN TESTS
# judged against your own top3, so a slip in question 3 is not counted twice
_saved = judge.apply("pd.read_csv", [(judge.fetch("path", str),)])[0]
_t = judge.fetch("top3")
if not isinstance(_t, pd.Series):
    _t = judge.ref("top3")
judge.check(
    isinstance(_saved, pd.DataFrame) and _saved.shape[1] == 2,
    uz="Faylda ikki ustun bo'lishi kerak: toifa nomi va soni. Indeksni saqlang (index=False yozmang).",
    ru="В файле должно быть два столбца: категория и число. Сохраните индекс (не пишите index=False).",
    en="The file needs two columns, category and count: keep the index (no index=False).",
)
judge.check(
    [str(_v) for _v in _saved.iloc[:, 0]] == [str(_v) for _v in _t.index]
    and [int(_v) for _v in _saved.iloc[:, 1]] == [int(_v) for _v in _t.to_numpy()],
    uz="Fayldagi ma'lumot top3 bilan bir xil emas: aynan top3 ni saqlang.",
    ru="Содержимое файла не совпадает с top3: сохраните именно top3.",
    en="The file does not hold top3: save top3 itself.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **Xulosa.** Siz jadvalni o'qidingiz, filtrladingiz, sanadingiz, tartibladingiz, grafik chizdingiz
# va natijani saqladingiz — har qanday tahlilning asosiy qadamlari. Daftarni saqlang (**Ctrl + S**)
# va topshiring.

# %% [markdown] lang="ru"
# **Итог.** Вы прочитали таблицу, отфильтровали, посчитали, упорядочили, построили график и
# сохранили результат — основные шаги любого анализа. Сохраните блокнот (**Ctrl + S**) и сдайте
# его.

# %% [markdown] lang="en"
# **Summary.** You read a table, filtered, counted, sorted, charted and saved a result: the basic
# steps of any analysis. Save the notebook (**Ctrl + S**) and hand it in.
