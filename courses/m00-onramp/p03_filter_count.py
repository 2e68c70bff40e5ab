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
# # Mashq qilish 3. Ajratib olish (filtr) va sanash
#
# Rahbar so'raydi: "Chorakda nechta shikoyat keldi? Nechta murojaatning muddati o'tib ketdi?"
# Bunga javob berish uchun jadvaldan **shartga mos** qatorlarni ajratib olamiz (filtrlash) va
# ularni sanaymiz.
#
# Tayyorlov katagi murojaatlar jadvalini `appeals` ga o'qiydi: uni birinchi bo'lib ishga
# tushiring.

# %% [markdown] lang="ru"
# # Практика 3. Отбор (фильтр) и подсчёт
#
# Руководитель спрашивает: «Сколько жалоб поступило за квартал? Сколько обращений просрочено?»
# Чтобы ответить, отбираем из таблицы строки, **подходящие под условие** (фильтрация), и считаем
# их.
#
# Подготовительная ячейка читает таблицу обращений в `appeals`: выполните её первой.

# %% [markdown] lang="en"
# # Practice 3. Filtering and counting
#
# The head of the unit asks: "How many complaints came in this quarter? How many appeals are
# overdue?" To answer, we pick out the rows that **meet a condition** (filtering) and count them.
#
# The setup cell reads the table of appeals into `appeals`: run it first.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd
from malaka.practice import attach

appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
attach(globals(), "p03_filter_count")

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): pochta orqali kelgan murojaatlar
#
# `appeals["channel"] == "mail"` har bir qator uchun `True` (pochta orqali) yoki `False` beradi.
# Shu natijani jadvalning kvadrat qavsiga qo'ysak, faqat `True` bo'lgan qatorlar qoladi. Keyin
# `len(...)` ularni sanaydi.

# %% [markdown] lang="ru"
# ## Пример с решением: обращения, пришедшие почтой
#
# `appeals["channel"] == "mail"` даёт для каждой строки `True` (пришло почтой) или `False`. Если
# поставить это в квадратные скобки таблицы, останутся только строки с `True`. Затем `len(...)`
# их считает.

# %% [markdown] lang="en"
# ## Worked example: appeals that came by mail
#
# `appeals["channel"] == "mail"` gives `True` (came by mail) or `False` for each row. Put inside
# the table's square brackets, it keeps only the `True` rows; `len(...)` counts them.

# %%
mail = appeals[appeals["channel"] == "mail"]
print(len(mail))
mail.head(3)

# %% [markdown] lang="uz"
# Murojaat turlari `kind` ustunida: `ariza`, `taklif`, `shikoyat` (qonunning 3-moddasi,
# tasdiqlangan).
#
# **1-savol.** Faqat **shikoyatlarni** ajratib oling va `complaints` ga yozing, so'ng ularning
# sonini `n_complaints` ga yozing.

# %% [markdown] lang="ru"
# Виды обращений — в столбце `kind`: `ariza` (заявление), `taklif` (предложение), `shikoyat`
# (жалоба) (статья 3 закона, подтверждено).
#
# **Вопрос 1.** Отберите только **жалобы** и запишите их в `complaints`, затем их число — в
# `n_complaints`.

# %% [markdown] lang="en"
# The kinds of appeal are in the `kind` column: `ariza` (application), `taklif` (proposal),
# `shikoyat` (complaint) (Art. 3 of the law, confirmed).
#
# **Question 1.** Keep only the **complaints** in `complaints`, then store their number in
# `n_complaints`.

# %% practice={"q": "q1", "names": ["n_complaints"]}
### BEGIN SOLUTION
#> complaints = appeals[appeals["kind"] == ____]
#> n_complaints = len(complaints)
complaints = appeals[appeals["kind"] == "shikoyat"]
n_complaints = len(complaints)
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Namunada `"mail"` edi; bu yerda ustun `kind`, qiymat esa shikoyat — jadvalda u o'zbekcha
# yozilgan: `"shikoyat"` (qo'shtirnoq bilan).

# %% [markdown] lang="ru" hint="q1"
# В примере было `"mail"`; здесь столбец `kind`, а значение — жалоба, в таблице она записана
# по-узбекски: `"shikoyat"` (в кавычках).

# %% [markdown] lang="en" hint="q1"
# The example had `"mail"`; here the column is `kind` and the value is the Uzbek word for
# complaint, `"shikoyat"` (in quotes).

# %% [markdown] lang="uz"
# ## Namuna: ha/yo'q ustuni
#
# Ba'zi ustunlarda faqat `True` yoki `False` turadi, masalan `anonymous` (anonim murojaat). Bunday
# ustunni to'g'ridan-to'g'ri qavsga qo'yish mumkin. `.sum()` esa `True` larni sanaydi (`True` — 1,
# `False` — 0).

# %% [markdown] lang="ru"
# ## Пример с решением: столбец «да/нет»
#
# В некоторых столбцах стоит только `True` или `False`, например `anonymous` (анонимное
# обращение). Такой столбец можно сразу ставить в скобки. А `.sum()` считает `True` (`True` — 1,
# `False` — 0).

# %% [markdown] lang="en"
# ## Worked example: a yes/no column
#
# Some columns hold only `True` or `False`, such as `anonymous`. Such a column can go straight into
# the brackets, and `.sum()` counts the `True` values (`True` is 1, `False` is 0).

# %%
print(appeals["anonymous"].sum())
appeals[appeals["anonymous"]].head(3)

# %% [markdown] lang="uz"
# **2-savol.** `overdue` ustunida `True` — muddati o'tgan murojaat. Muddati o'tgan murojaatlar
# sonini `n_overdue` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 2.** В столбце `overdue` значение `True` — обращение просрочено. Запишите число
# просроченных обращений в `n_overdue`.

# %% [markdown] lang="en"
# **Question 2.** `True` in the `overdue` column marks an appeal past its deadline. Store the
# number of overdue appeals in `n_overdue`.

# %% practice={"q": "q2", "names": ["n_overdue"]}
### BEGIN SOLUTION
#> n_overdue = appeals[____].sum()
n_overdue = appeals["overdue"].sum()
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Namunadagi `appeals["anonymous"].sum()` kabi, faqat ustun `"overdue"`.

# %% [markdown] lang="uz" hint="q2"
# `len(...)` hamma qatorlarni sanaydi (`True` ham, `False` ham); `.sum()` — faqat `True` larni.

# %% [markdown] lang="ru" hint="q2"
# Как `appeals["anonymous"].sum()` в примере, только столбец `"overdue"`.

# %% [markdown] lang="ru" hint="q2"
# `len(...)` считает все строки (и `True`, и `False`); `.sum()` — только `True`.

# %% [markdown] lang="en" hint="q2"
# Like `appeals["anonymous"].sum()` in the example, with the column `"overdue"`. `len(...)` would
# count every row; `.sum()` counts only the `True` ones.

# %% [markdown] lang="uz"
# ## Namuna: ikki shart birga
#
# Bu jadvalda bitta tuman bor (`appeals["district"].unique()` ni ishga tushirib ko'ring), shuning
# uchun tuman o'rniga bo'linma (`department`) va kanal (`channel`) bo'yicha ajratamiz.
#
# Ikki shart **ikkalasi ham** bajarilishi kerak bo'lsa, ular `&` ("va") bilan ulanadi, har bir
# shart esa **o'z qavsida** turadi. Masalan, shaxsiy qabulda berilgan arizalar:

# %% [markdown] lang="ru"
# ## Пример с решением: два условия вместе
#
# В этой таблице один район (выполните `appeals["district"].unique()`), поэтому вместо района
# отбираем по подразделению (`department`) и каналу (`channel`).
#
# Если должны выполняться **оба** условия, их соединяют знаком `&` («и»), а каждое условие стоит
# **в своих скобках**. Например, заявления, поданные на личном приёме:

# %% [markdown] lang="en"
# ## Worked example: two conditions together
#
# This table has one district (try `appeals["district"].unique()`), so we filter by department
# and channel instead. When **both** conditions must hold, join them with `&` ("and"), each
# condition **in its own brackets**. For example, applications made at a personal reception:

# %%
print(appeals["district"].unique())
in_person = appeals[(appeals["kind"] == "ariza") & (appeals["channel"] == "personal_reception")]
len(in_person)

# %% [markdown] lang="uz"
# **3-savol.** Profilaktika bo'linmasiga (`department` ustunida `"prevention"`) tushgan
# **shikoyatlar** nechta? Sonni `n_prevention_complaints` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 3.** Сколько **жалоб** попало в подразделение профилактики (в столбце `department`
# значение `"prevention"`)? Запишите число в `n_prevention_complaints`.

# %% [markdown] lang="en"
# **Question 3.** How many **complaints** went to the prevention department (`"prevention"` in
# the `department` column)? Store the number in `n_prevention_complaints`.

# %% practice={"q": "q3", "names": ["n_prevention_complaints"]}
### BEGIN SOLUTION
#> both = appeals[(appeals["kind"] == "shikoyat") & (appeals["department"] == ____)]
#> n_prevention_complaints = len(both)
both = appeals[(appeals["kind"] == "shikoyat") & (appeals["department"] == "prevention")]
n_prevention_complaints = len(both)
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Bo'linma nomi qo'shtirnoq ichida: `"prevention"`. Ikki shart orasida `&` qoladi.

# %% [markdown] lang="ru" hint="q3"
# Название подразделения в кавычках: `"prevention"`. Между условиями остаётся `&`.

# %% [markdown] lang="en" hint="q3"
# The department name goes in quotes: `"prevention"`. Keep `&` between the two conditions.

# %% [markdown] lang="uz"
# ## Namuna: har bir qiymat necha marta uchraydi
#
# `.value_counts()` ustundagi har bir qiymatni sanaydi va ko'pidan ozigacha tartiblab beradi.
# Natija — ikki qismli ro'yxat: chapda qiymat (indeks), o'ngda soni.

# %% [markdown] lang="ru"
# ## Пример с решением: сколько раз встречается каждое значение
#
# `.value_counts()` считает каждое значение столбца и выдаёт их от большего к меньшему. Результат
# — список из двух частей: слева значение (индекс), справа количество.

# %% [markdown] lang="en"
# ## Worked example: how often each value occurs
#
# `.value_counts()` counts each value of a column, largest first. On the left the value (the
# index), on the right how many.

# %%
appeals["channel"].value_counts()

# %% [markdown] lang="uz"
# **4-savol.** Har bir murojaat **turi** (`kind`) nechta? Natijani `by_kind` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 4.** Сколько обращений каждого **вида** (`kind`)? Запишите результат в `by_kind`.

# %% [markdown] lang="en"
# **Question 4.** How many appeals of each **kind** (`kind`)? Store the result in `by_kind`.

# %% practice={"q": "q4", "names": ["by_kind"]}
### BEGIN SOLUTION
#> by_kind = appeals[____].value_counts()
by_kind = appeals["kind"].value_counts()
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Namunadagidek, faqat ustun `"kind"`. Qavs ichiga hech narsa qo'shmang: bizga sonlar kerak,
# ulush emas.

# %% [markdown] lang="ru" hint="q4"
# Как в примере, только столбец `"kind"`. В скобки ничего не добавляйте: нужны количества, а не
# доли.

# %% [markdown] lang="en" hint="q4"
# As in the example, with the column `"kind"`. Add nothing inside the brackets: we want counts,
# not shares.

# %% [markdown] lang="uz"
# **5-savol.** Endi faqat shikoyatlar ichida: shikoyatlar qaysi **kanal** orqali qancha kelgan?
# 1-savoldagi `complaints` jadvalidan foydalaning va natijani `complaint_channels` ga yozing.
# (1102 ishonch telefoni — ichki ishlar xodimlarining harakatlari ustidan shikoyatlar qabul
# qiladigan liniya, tasdiqlangan.)

# %% [markdown] lang="ru"
# **Вопрос 5.** Теперь только среди жалоб: сколько жалоб пришло по каждому **каналу**?
# Используйте таблицу `complaints` из вопроса 1 и запишите результат в `complaint_channels`.
# (Телефон доверия 1102 принимает жалобы на действия сотрудников органов внутренних дел,
# подтверждено.)

# %% [markdown] lang="en"
# **Question 5.** Now among complaints only: how many complaints came through each **channel**?
# Use the `complaints` table from question 1 and store the result in `complaint_channels`. (Hotline
# 1102 takes complaints about the actions of internal affairs officers, confirmed.)

# %% practice={"q": "q5", "names": ["complaint_channels"]}
### BEGIN SOLUTION
#> complaint_channels = ____["channel"].value_counts()
complaint_channels = complaints["channel"].value_counts()
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# Butun jadval `appeals` emas, faqat shikoyatlar jadvali `complaints` kerak.

# %% [markdown] lang="ru" hint="q5"
# Нужна не вся таблица `appeals`, а только таблица жалоб `complaints`.

# %% [markdown] lang="en" hint="q5"
# Use the complaints table `complaints`, not the whole `appeals`.

# %% [markdown] lang="uz"
# **Xulosa.** `jadval[shart]` shartga mos qatorlarni qoldiradi; `len` qatorlarni, `.sum()` —
# `True` larni, `.value_counts()` — har bir qiymatni sanaydi. Ikki shart: `(...) & (...)`.

# %% [markdown] lang="ru"
# **Итог.** `таблица[условие]` оставляет подходящие строки; `len` считает строки, `.sum()` —
# `True`, `.value_counts()` — каждое значение. Два условия: `(...) & (...)`.

# %% [markdown] lang="en"
# **Summary.** `table[condition]` keeps the matching rows; `len` counts rows, `.sum()` counts
# `True`, `.value_counts()` counts each value. Two conditions: `(...) & (...)`.
