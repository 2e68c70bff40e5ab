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
# # Mashq qilish 2. Murojaatlar jadvalini o'qish
#
# Ma'lumotlar ko'pincha **jadval** ko'rinishida keladi: har bir **qator** — bitta murojaat, har
# bir **ustun** — uning bitta belgisi (ro'yxat raqami, kelgan vaqti, turi, kanali...). Excel
# jadvali kabi.
#
# Bunday jadvallar bilan `pandas` kutubxonasi ishlaydi; u daftarda `pd` qisqa nomi bilan
# chaqiriladi. Jadval fayli **CSV** formatida (vergul bilan ajratilgan matn) `data/` papkasida
# turibdi. Chapdagi fayllar panelida uni ko'rishingiz mumkin.
#
# Ma'lumotlar **sintetik**: barcha shaxslar va murojaatlar o'ylab topilgan.
#
# Avval pastdagi tayyorlov katagini ishga tushiring (Shift + Enter).

# %% [markdown] lang="ru"
# # Практика 2. Читаем таблицу обращений
#
# Данные обычно приходят **таблицей**: каждая **строка** — одно обращение, каждый **столбец** —
# один его признак (регистрационный номер, время поступления, вид, канал...). Как таблица Excel.
#
# С такими таблицами работает библиотека `pandas`; в блокноте её вызывают коротким именем `pd`.
# Файл таблицы в формате **CSV** (текст, разделённый запятыми) лежит в папке `data/`. Его видно в
# панели файлов слева.
#
# Данные **синтетические**: все лица и обращения вымышлены.
#
# Сначала выполните подготовительную ячейку ниже (Shift + Enter).

# %% [markdown] lang="en"
# # Practice 2. Reading the table of appeals
#
# Data usually comes as a **table**: each **row** is one appeal, each **column** one of its
# features (registration number, time received, kind, channel...), as in Excel. The `pandas`
# library, called `pd` here, works with such tables. The table is a **CSV** file (text separated
# by commas) in the `data/` folder; the file panel on the left shows it. The data is
# **synthetic**: every person and appeal is made up.
#
# Run the setup cell below first (Shift + Enter).

# %% tags=["setup"]
LANG = "uz"
import pandas as pd
from malaka.practice import attach

attach(globals(), "p02_reading_table")

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): xodimlar jadvalini o'qish
#
# `pd.read_csv("fayl yo'li")` faylni o'qib, jadval qaytaradi. Uni `staff` o'zgaruvchisiga yozamiz.
# `staff.head()` birinchi 5 qatorni ko'rsatadi.

# %% [markdown] lang="ru"
# ## Пример с решением: читаем таблицу сотрудников
#
# `pd.read_csv("путь к файлу")` читает файл и возвращает таблицу. Запишем её в переменную `staff`.
# `staff.head()` показывает первые 5 строк.

# %% [markdown] lang="en"
# ## Worked example: reading the staff table
#
# `pd.read_csv("path to file")` reads a file and returns a table; we store it in `staff`.
# `staff.head()` shows the first 5 rows.

# %%
staff = pd.read_csv("data/tuman-appeals/staff.csv")
staff.head()

# %% [markdown] lang="uz"
# Jadvalda nechta qator bor? `len(staff)` qatorlarni sanaydi.

# %% [markdown] lang="ru"
# Сколько в таблице строк? `len(staff)` считает строки.

# %% [markdown] lang="en"
# How many rows? `len(staff)` counts them.

# %%
len(staff)

# %% [markdown] lang="uz"
# **1-savol.** Murojaatlar jadvalini o'qing: u `data/tuman-appeals/` papkasidagi `appeals.csv`
# faylida. Jadvalni `appeals` ga yozing, keyin `n_rows` ga uning qatorlar sonini yozing.
# `____` o'rniga fayl nomini qo'ying.

# %% [markdown] lang="ru"
# **Вопрос 1.** Прочитайте таблицу обращений: это файл `appeals.csv` в папке
# `data/tuman-appeals/`. Запишите таблицу в `appeals`, затем в `n_rows` — число её строк. Вместо
# `____` поставьте имя файла.

# %% [markdown] lang="en"
# **Question 1.** Read the table of appeals: the file `appeals.csv` in `data/tuman-appeals/`.
# Store it in `appeals`, then its number of rows in `n_rows`. Put the file name in place of
# `____`.

# %% practice={"q": "q1", "names": ["n_rows"]}
### BEGIN SOLUTION
#> appeals = pd.read_csv("data/tuman-appeals/____")
#> n_rows = len(appeals)
appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
n_rows = len(appeals)
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Namunadagi `pd.read_csv("data/tuman-appeals/staff.csv")` ga qarang: faqat fayl nomi boshqa —
# `appeals.csv`. Fayl nomi qo'shtirnoq ichida qoladi.

# %% [markdown] lang="uz" hint="q1"
# `FileNotFoundError` chiqsa, fayl nomida xato bor: harflarni va `.csv` qo'shimchasini tekshiring.

# %% [markdown] lang="ru" hint="q1"
# Посмотрите на `pd.read_csv("data/tuman-appeals/staff.csv")` в примере: отличается только имя
# файла — `appeals.csv`. Имя файла остаётся в кавычках.

# %% [markdown] lang="ru" hint="q1"
# `FileNotFoundError` значит, что в имени файла ошибка: проверьте буквы и окончание `.csv`.

# %% [markdown] lang="en" hint="q1"
# Look at `pd.read_csv("data/tuman-appeals/staff.csv")` in the example: only the file name
# differs (`appeals.csv`), still inside the quotes. `FileNotFoundError` means a typo in the name.

# %% [markdown] lang="uz"
# ## Namuna: jadval o'lchami va ustunlar
#
# `staff.shape` ikki sonni beradi: (qatorlar, ustunlar). Birinchisi `staff.shape[0]`, ikkinchisi
# `staff.shape[1]` (Python sanashni **0 dan** boshlaydi). `staff.columns` ustun nomlarini
# ko'rsatadi.

# %% [markdown] lang="ru"
# ## Пример с решением: размер таблицы и столбцы
#
# `staff.shape` даёт два числа: (строки, столбцы). Первое — `staff.shape[0]`, второе —
# `staff.shape[1]` (Python считает **с 0**). `staff.columns` показывает названия столбцов.

# %% [markdown] lang="en"
# ## Worked example: size and columns
#
# `staff.shape` gives two numbers, (rows, columns): `staff.shape[0]` and `staff.shape[1]` (Python
# counts **from 0**). `staff.columns` lists the column names.

# %%
print(staff.shape)
print(staff.shape[0])
print(staff.shape[1])
staff.columns

# %% [markdown] lang="uz"
# **2-savol.** Murojaatlar jadvalida nechta **ustun** bor? Sonni `n_cols` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 2.** Сколько **столбцов** в таблице обращений? Запишите число в `n_cols`.

# %% [markdown] lang="en"
# **Question 2.** How many **columns** does the table of appeals have? Store the number in
# `n_cols`.

# %% practice={"q": "q2", "names": ["n_cols"]}
### BEGIN SOLUTION
#> n_cols = appeals.shape[____]
n_cols = appeals.shape[1]
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# `shape` — (qatorlar, ustunlar). Ustunlar ikkinchi o'rinda, Python esa 0 dan sanaydi: 0 —
# birinchi, 1 — ikkinchi.

# %% [markdown] lang="ru" hint="q2"
# `shape` — это (строки, столбцы). Столбцы на втором месте, а Python считает с 0: 0 — первое,
# 1 — второе.

# %% [markdown] lang="en" hint="q2"
# `shape` is (rows, columns). Columns come second, and Python counts from 0: 0 is the first, 1 the
# second.

# %% [markdown] lang="uz"
# ## Namuna: boshi va oxiri
#
# `head()` ichiga son yozsangiz, shuncha qator chiqadi: `staff.head(2)` — birinchi 2 qator.
# `staff.tail(2)` — oxirgi 2 qator.

# %% [markdown] lang="ru"
# ## Пример с решением: начало и конец
#
# Число в скобках `head()` задаёт, сколько строк показать: `staff.head(2)` — первые 2 строки.
# `staff.tail(2)` — последние 2 строки.

# %% [markdown] lang="en"
# ## Worked example: first and last rows
#
# A number inside `head()` sets how many rows: `staff.head(2)` gives the first 2 rows,
# `staff.tail(2)` the last 2.

# %%
staff.head(2)

# %% [markdown] lang="uz"
# **3-savol.** Murojaatlar jadvalining **birinchi 3 qatorini** `first3` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 3.** Запишите в `first3` **первые 3 строки** таблицы обращений.

# %% [markdown] lang="en"
# **Question 3.** Store the **first 3 rows** of the table of appeals in `first3`.

# %% practice={"q": "q3", "names": ["first3"]}
### BEGIN SOLUTION
#> first3 = appeals.____(3)
first3 = appeals.head(3)
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Boshidagi qatorlar — `head`, oxiridagilar — `tail`. Qavs ichidagi son — nechta qator.

# %% [markdown] lang="ru" hint="q3"
# Строки в начале — `head`, в конце — `tail`. Число в скобках — сколько строк.

# %% [markdown] lang="en" hint="q3"
# Rows at the start: `head`; at the end: `tail`. The number in brackets is how many.

# %% [markdown] lang="uz"
# ## Namuna: bitta ustun
#
# Bitta ustunni olish uchun jadval nomidan keyin kvadrat qavsda ustun nomini qo'shtirnoq bilan
# yozing: `staff["rank"]` — unvonlar ustuni. `.nunique()` ustunda nechta **har xil** qiymat
# borligini sanaydi, `.unique()` ularni ko'rsatadi.

# %% [markdown] lang="ru"
# ## Пример с решением: один столбец
#
# Чтобы взять один столбец, после имени таблицы в квадратных скобках напишите имя столбца в
# кавычках: `staff["rank"]` — столбец званий. `.nunique()` считает, сколько в столбце **разных**
# значений, `.unique()` их показывает.

# %% [markdown] lang="en"
# ## Worked example: one column
#
# To take one column, write its name in quotes inside square brackets: `staff["rank"]` is the rank
# column. `.nunique()` counts how many **different** values it has; `.unique()` lists them.

# %%
print(staff["rank"].unique())
staff["rank"].nunique()

# %% [markdown] lang="uz"
# **4-savol.** Murojaatlar qaysi **kanal** orqali kelgan — bu `channel` ustuni. Shu ustunni
# `channels` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 4.** По какому **каналу** поступило обращение — это столбец `channel`. Запишите этот
# столбец в `channels`.

# %% [markdown] lang="en"
# **Question 4.** The **channel** an appeal came through is the `channel` column. Store that column
# in `channels`.

# %% practice={"q": "q4", "names": ["channels"]}
### BEGIN SOLUTION
#> channels = appeals[____]
channels = appeals["channel"]
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Namunadagi `staff["rank"]` kabi: ustun nomi qo'shtirnoq ichida, bitta juft kvadrat qavsda.

# %% [markdown] lang="ru" hint="q4"
# Как `staff["rank"]` в примере: имя столбца в кавычках, в одной паре квадратных скобок.

# %% [markdown] lang="en" hint="q4"
# Like `staff["rank"]` in the example: the column name in quotes, inside one pair of square
# brackets.

# %% [markdown] lang="uz"
# **5-savol.** Murojaatlar nechta **har xil** kanal orqali kelgan? Sonni `n_channels` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 5.** Через сколько **разных** каналов поступают обращения? Запишите число в
# `n_channels`.

# %% [markdown] lang="en"
# **Question 5.** Through how many **different** channels do appeals arrive? Store the number in
# `n_channels`.

# %% practice={"q": "q5", "names": ["n_channels"]}
### BEGIN SOLUTION
#> n_channels = channels.____()
n_channels = channels.nunique()
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# `len(...)` hamma qatorlarni sanaydi (takrorlanganlarini ham). Har xil qiymatlar soni —
# `.nunique()`.

# %% [markdown] lang="ru" hint="q5"
# `len(...)` считает все строки (и повторы). Число разных значений — `.nunique()`.

# %% [markdown] lang="en" hint="q5"
# `len(...)` counts every row, repeats included. The number of different values is `.nunique()`.

# %% [markdown] lang="uz"
# **Xulosa.** `pd.read_csv` jadvalni o'qiydi; `head`, `shape`, `columns` unga qarashga yordam
# beradi; `jadval["ustun"]` bitta ustunni oladi. Keyingi mashqda kerakli murojaatlarni ajratib
# olamiz va sanaymiz.

# %% [markdown] lang="ru"
# **Итог.** `pd.read_csv` читает таблицу; `head`, `shape`, `columns` помогают её осмотреть;
# `таблица["столбец"]` берёт один столбец. В следующей практике отбираем нужные обращения и
# считаем их.

# %% [markdown] lang="en"
# **Summary.** `pd.read_csv` reads a table; `head`, `shape` and `columns` help you look at it;
# `table["column"]` takes one column. Next: picking out appeals and counting them.
