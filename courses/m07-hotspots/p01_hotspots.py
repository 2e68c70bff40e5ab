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
# # Mashq qilish: hodisalar o'choqlari
#
# Savol: **qaysi mahallada hodisalar ko'p va navbatdagi Profilaktika kunini qayerda o'tkazish
# kerak?** `incidents` — to'rt tumandagi hodisalar va murojaatlar (26 hafta; `source` ustuni:
# `murojaat` — fuqaro murojaati, `102` — qo'ng'iroq, `patrul` — patrul-post xizmati aniqlagan),
# `mahallas` — mahallalar va aholi soni. Ma'lumotlar **sintetik**.
#
# Nega bu kerak: huquqbuzarliklar profilaktikasi, ularning sabablari va sharoitlarini aniqlash va
# bartaraf etish — "Ichki ishlar organlari to'g'risida"gi Qonunning 2- va 4-moddalariga ko'ra
# organlarning asosiy vazifasi (**tasdiqlangan**; manbalar — kursning `SOURCES.md` fayli).
# Profilaktika kuni mahalla bilan birga o'tkaziladi (**ikkilamchi manba**).
#
# Muhim: bir xil nomli mahalla turli tumanlarda bo'lishi mumkin. Shuning uchun har doim
# `mahalla_id` (`tuman/mahalla`) bo'yicha ishlaymiz, nom bo'yicha emas.
#
# Har bir savoldan oldin **Namuna (yechilgan misol)** bor. `q1.check()` javobni tekshiradi,
# `q1.hint()` — maslahat, `q1.solution()` — yechim. Bu daftar baholanmaydi.

# %% [markdown] lang="ru"
# # Практика: очаги происшествий
#
# Вопрос: **в какой махалле много происшествий и где проводить следующий «День профилактики»?**
# `incidents` — происшествия и обращения в четырёх районах (26 недель; источник: `murojaat` —
# обращение гражданина, `102` — звонок, `patrul` — выявлено патрульно-постовой службой),
# `mahallas` — махалли и численность населения. Данные **синтетические**.
#
# Зачем это нужно: профилактика правонарушений, выявление и устранение их причин и условий —
# основные задачи органов по статьям 2 и 4 Закона «Об органах внутренних дел» (**подтверждено**;
# источники — файл курса `SOURCES.md`). День профилактики проводится вместе с махаллей
# (**вторичный источник**).
#
# Важно: махалли с одинаковым названием бывают в разных районах. Поэтому всегда работаем по
# `mahalla_id` (`район/махалля`), а не по названию.
#
# Перед каждым вопросом есть **Пример с решением**. `q1.check()` проверяет ответ, `q1.hint()` —
# подсказка, `q1.solution()` — решение. Эта тетрадь не оценивается.

# %% [markdown] lang="en"
# # Practice: incident hot spots
#
# The question: **which mahalla has many incidents, and where should the next prevention day be
# held?** `incidents` holds incidents and appeals in four districts (26 weeks; source: `murojaat`
# appeal, `102` call, `patrul` found by the patrol service), `mahallas` the mahallas and their
# residents. The data are **synthetic**. Why: preventing offences and removing their causes is a
# main task under Arts. 2 and 4 of the Law "On internal affairs bodies" (**confirmed**; sources in
# the course's `SOURCES.md`); the prevention day is held with the mahalla (**secondary**).
#
# Mind: mahallas with the same name exist in different districts, so always work with
# `mahalla_id` (`district/mahalla`), never the name alone.
#
# Each question has a **worked example** before it. `q1.check()` checks the answer, `q1.hint()`
# gives a hint, `q1.solution()` the solution. This notebook is not graded.

# %% tags=["setup"]
LANG = "uz"
import matplotlib.pyplot as plt
import pandas as pd

from malaka.practice import attach

incidents = pd.read_csv("data/mahalla-incidents/incidents.csv")
mahallas = pd.read_csv("data/mahalla-incidents/mahallas.csv")
attach(globals(), "p01_hotspots")
incidents.head()

# %% [markdown] lang="uz"
# ## 1. Mahalla bo'yicha sanash
#
# **Namuna (yechilgan misol).** `value_counts()` ustundagi har bir qiymat necha marta uchrashini
# sanaydi va kattasidan kichigiga tartiblaydi. Tumanlar bo'yicha hodisalar:

# %% [markdown] lang="ru"
# ## 1. Подсчёт по махаллям
#
# **Пример с решением.** `value_counts()` считает, сколько раз встречается каждое значение
# столбца, и сортирует от большего к меньшему. Происшествия по районам:

# %% [markdown] lang="en"
# ## 1. Counting per mahalla
#
# **Worked example.** `value_counts()` counts how often each value of a column occurs, largest
# first. Incidents per district:

# %%
per_district = incidents["district"].value_counts()
per_district

# %% [markdown] lang="uz"
# **1-savol.** Har bir mahallada nechta hodisa bor? `mahalla_id` ustuni bo'yicha sanang va
# `per_mahalla` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 1.** Сколько происшествий в каждой махалле? Посчитайте по столбцу `mahalla_id` и
# запишите в `per_mahalla`.

# %% [markdown] lang="en"
# **Question 1.** How many incidents does each mahalla have? Count by `mahalla_id` into
# `per_mahalla`.

# %% practice={"q": "q1", "names": ["per_mahalla"]}
### BEGIN SOLUTION
#> per_mahalla = incidents[____].value_counts()
per_mahalla = incidents["mahalla_id"].value_counts()
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Namunadagi `"district"` o'rniga `"mahalla_id"`.

# %% [markdown] lang="uz" hint="q1"
# `"mahalla"` (nom) emas: bir xil nomli ikki mahalla bitta bo'lib qoladi.

# %% [markdown] lang="ru" hint="q1"
# В примере замените `"district"` на `"mahalla_id"`.

# %% [markdown] lang="ru" hint="q1"
# Не `"mahalla"` (название): две махалли с одним названием сольются в одну.

# %% [markdown] lang="en" hint="q1"
# Use `"mahalla_id"` instead of `"district"`; not `"mahalla"`, which merges namesakes.

# %% [markdown] lang="uz"
# ## 2. Eng ko'p hodisali mahallalar
#
# **Namuna (yechilgan misol).** `value_counts()` natijasi allaqachon tartiblangan: `.head(2)` —
# birinchi ikkitasi.

# %% [markdown] lang="ru"
# ## 2. Махалли с наибольшим числом происшествий
#
# **Пример с решением.** Результат `value_counts()` уже отсортирован: `.head(2)` — первые два.

# %% [markdown] lang="en"
# ## 2. The mahallas with most incidents
#
# **Worked example.** The result of `value_counts()` is already sorted: `.head(2)` gives the
# first two.

# %%
per_district.head(2)

# %% [markdown] lang="uz"
# **2-savol.** Eng ko'p hodisa qayd etilgan 5 ta mahallani `per_mahalla` dan olib `top5` ga
# yozing.

# %% [markdown] lang="ru"
# **Вопрос 2.** Возьмите из `per_mahalla` 5 махаллей с наибольшим числом происшествий и запишите
# в `top5`.

# %% [markdown] lang="en"
# **Question 2.** Take the 5 mahallas with most incidents from `per_mahalla` into `top5`.

# %% practice={"q": "q2", "names": ["top5"], "ordered": true}
### BEGIN SOLUTION
#> top5 = per_mahalla.____(5)
top5 = per_mahalla.head(5)
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Namunadagi usul, faqat 2 emas, 5 ta. `.tail(...)` esa eng kamlarini beradi.

# %% [markdown] lang="ru" hint="q2"
# Приём из примера, только не 2, а 5. `.tail(...)` дало бы самые маленькие.

# %% [markdown] lang="en" hint="q2"
# The example's method with 5 instead of 2; `.tail(...)` would give the smallest.

# %% [markdown] lang="uz"
# ## 3. 1 000 aholiga nisbatan
#
# Katta mahallada hodisa ko'p bo'lishi tabiiy: u yerda odam ko'p. Mahallalarni solishtirish uchun
# **1 000 aholiga to'g'ri keladigan hodisalar** hisoblanadi: hodisalar ÷ aholi × 1 000.
#
# **Namuna (yechilgan misol).** `population` — `mahalla_id` bo'yicha aholi soni. Ro'yxatdagi
# birinchi mahalla uchun:

# %% [markdown] lang="ru"
# ## 3. На 1 000 жителей
#
# В большой махалле происшествий много уже потому, что там много людей. Чтобы сравнивать махалли,
# считают **происшествия на 1 000 жителей**: происшествия ÷ население × 1 000.
#
# **Пример с решением.** `population` — население по `mahalla_id`. Для первой махалли списка:

# %% [markdown] lang="en"
# ## 3. Per 1,000 residents
#
# A large mahalla has many incidents simply because many people live there. To compare mahallas
# use **incidents per 1,000 residents**: incidents ÷ residents × 1,000.
#
# **Worked example.** `population` holds residents by `mahalla_id`. For the first mahalla listed:

# %%
population = mahallas.set_index("mahalla_id")["population"]
first = per_mahalla.index[0]
print(first, per_mahalla[first], population[first], per_mahalla[first] / population[first] * 1000)

# %% [markdown] lang="uz"
# **3-savol.** Hamma mahallalar uchun birdaniga: `per_mahalla` ni `population` ga bo'lib, 1 000
# ga ko'paytiring va `rate` ga yozing (pandas qatorlarni `mahalla_id` bo'yicha o'zi moslaydi).

# %% [markdown] lang="ru"
# **Вопрос 3.** Для всех махаллей сразу: разделите `per_mahalla` на `population`, умножьте на
# 1 000 и запишите в `rate` (pandas сам сопоставит строки по `mahalla_id`).

# %% [markdown] lang="en"
# **Question 3.** For all mahallas at once: divide `per_mahalla` by `population`, multiply by
# 1,000, store in `rate` (pandas matches the rows by `mahalla_id`).

# %% practice={"q": "q3", "names": ["rate"], "rel": 1e-09}
### BEGIN SOLUTION
#> rate = per_mahalla / ____ * 1000
rate = per_mahalla / population * 1000
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Namunadagi hisob, lekin bitta mahalla o'rniga butun `per_mahalla` va butun `population`.

# %% [markdown] lang="ru" hint="q3"
# Тот же расчёт, что в примере, но со всем `per_mahalla` и всем `population`.

# %% [markdown] lang="en" hint="q3"
# The example's sum with the whole `per_mahalla` and the whole `population`.

# %% [markdown] lang="uz"
# ## 4. Diagramma
#
# **Namuna (yechilgan misol).** Tumanlar bo'yicha ustunli diagramma: `.plot.bar()`.

# %% [markdown] lang="ru"
# ## 4. Диаграмма
#
# **Пример с решением.** Столбчатая диаграмма по районам: `.plot.bar()`.

# %% [markdown] lang="en"
# ## 4. A chart
#
# **Worked example.** A bar chart per district: `.plot.bar()`.

# %%
ax_example = per_district.plot.bar(title="Tumanlar / Районы / Districts")
plt.show()

# %% [markdown] lang="uz"
# **4-savol.** 1 000 aholiga eng ko'p hodisa to'g'ri keladigan 10 ta mahallani ustunli diagramma
# qilib chizing va `ax` ga yozing. `rate` ni avval kattasidan kichigiga tartiblang:
# `.sort_values(ascending=False)`.

# %% [markdown] lang="ru"
# **Вопрос 4.** Нарисуйте столбчатую диаграмму 10 махаллей с наибольшим числом происшествий на
# 1 000 жителей и запишите её в `ax`. Сначала отсортируйте `rate` по убыванию:
# `.sort_values(ascending=False)`.

# %% [markdown] lang="en"
# **Question 4.** Draw a bar chart of the 10 mahallas with the highest rate per 1,000 residents
# into `ax`. Sort `rate` first: `.sort_values(ascending=False)`.

# %% practice={"q": "q4", "names": ["ax"], "kind": "bars"}
### BEGIN SOLUTION
#> ax = rate.sort_values(ascending=False).head(____).plot.bar()
ax = rate.sort_values(ascending=False).head(10).plot.bar()
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Savolda nechta mahalla so'ralgan? Shu son bo'sh joyga. `per_mahalla` (sonlar) emas, `rate`
# (1 000 aholiga) tartiblanadi.

# %% [markdown] lang="ru" hint="q4"
# Сколько махаллей просят в вопросе? Это число и в пропуск. Сортируется `rate` (на 1 000
# жителей), а не `per_mahalla` (числа).

# %% [markdown] lang="en" hint="q4"
# How many mahallas does the question ask for? That number fills the blank; sort `rate`, not
# `per_mahalla`.

# %% [markdown] lang="uz"
# ## 5. Profilaktika kuni qayerda?
#
# Joy tanlangach, kunni mahalla raisi va mahallaning profilaktika inspektori bilan birga
# tayyorlash mumkin (mahalla yettiligi). Tanlash uchun aholiga nisbatan ko'rsatkich olinadi.
#
# **Namuna (yechilgan misol).** `.idxmax()` eng katta qiymatning **yorlig'ini** beradi (bu yerda
# tuman nomi; savolda — `mahalla_id`). Eng ko'p hodisali tuman:

# %% [markdown] lang="ru"
# ## 5. Где провести «День профилактики»?
#
# Когда место выбрано, день готовят вместе с председателем махалли и инспектором профилактики
# (махаллинская «семёрка»). Для выбора берут показатель на душу населения.
#
# **Пример с решением.** `.idxmax()` даёт **метку** наибольшего значения (здесь название района;
# в вопросе — `mahalla_id`). Район с наибольшим числом происшествий:

# %% [markdown] lang="en"
# ## 5. Where to hold the prevention day?
#
# Once chosen, the day is prepared with the mahalla chairman and its prevention inspector (the
# mahalla "seven"); the choice uses the rate per resident.
#
# **Worked example.** `.idxmax()` gives the **label** of the largest value (here a district; in
# the question a `mahalla_id`). The district with most incidents:

# %%
per_district.idxmax()

# %% [markdown] lang="uz"
# **5-savol.** Navbatdagi Profilaktika kunini 1 000 aholiga eng ko'p hodisa to'g'ri keladigan
# mahallada o'tkazamiz. Uning `mahalla_id` sini `site` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 5.** Следующий «День профилактики» проводим в махалле с наибольшим числом
# происшествий на 1 000 жителей. Запишите её `mahalla_id` в `site`.

# %% [markdown] lang="en"
# **Question 5.** The next prevention day goes to the mahalla with the highest rate per 1,000
# residents. Store its `mahalla_id` in `site`.

# %% practice={"q": "q5", "names": ["site"]}
### BEGIN SOLUTION
#> site = ____.idxmax()
site = rate.idxmax()
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# Qaysi o'zgaruvchida 1 000 aholiga hisoblangan qiymatlar bor (3-savol)? `per_mahalla` esa
# shunchaki eng katta mahallani beradi.

# %% [markdown] lang="ru" hint="q5"
# В какой переменной значения на 1 000 жителей (вопрос 3)? `per_mahalla` даст просто самую
# большую махаллю.

# %% [markdown] lang="en" hint="q5"
# Which variable holds the values per 1,000 residents (question 3)? `per_mahalla` just finds
# the biggest mahalla.

# %% [markdown] lang="uz"
# ## 6. Hafta bo'yicha
#
# **Namuna (yechilgan misol).** `pd.crosstab(qatorlar, ustunlar)` — ikki ustun bo'yicha sanash
# jadvali. Tuman × hafta jadvali va uning "issiqlik xaritasi" (rang qancha to'q bo'lsa, hodisa
# shuncha ko'p). Bahordan yozga hamma tumanda ko'payish ko'rinadi. 17-haftada Chilonzorda va
# 21-haftada Yunusobodda to'qroq katak — profilaktika kunlari: odamlar murojaatlarini tadbirga
# olib kelgan, bu hodisalar ko'paygani emas.

# %% [markdown] lang="ru"
# ## 6. По неделям
#
# **Пример с решением.** `pd.crosstab(строки, столбцы)` — таблица подсчёта по двум столбцам.
# Таблица район × неделя и её «тепловая карта» (чем темнее, тем больше происшествий). Виден рост
# от весны к лету во всех районах. Более тёмные клетки в 17-й неделе в Чиланзаре и в 21-й в
# Юнусабаде — дни профилактики: люди принесли обращения на мероприятие, это не рост происшествий.

# %% [markdown] lang="en"
# ## 6. By week
#
# **Worked example.** `pd.crosstab(rows, columns)` counts by two columns. A district x week
# table and its heat map (darker means more incidents). Every district rises from spring to
# summer; the darker cells in week 17 in Chilonzor and week 21 in Yunusobod are prevention
# days (appeals brought to the event, not more incidents).

# %%
by_week = pd.crosstab(incidents["district"], incidents["week"])
fig, ax_map = plt.subplots(figsize=(10, 2.5))
ax_map.imshow(by_week, aspect="auto", cmap="Reds")
ax_map.set_yticks(range(len(by_week.index)), by_week.index)
ax_map.set_xticks(range(len(by_week.columns)), by_week.columns)
ax_map.set_xlabel("ISO hafta / неделя / week")
plt.show()

# %% [markdown] lang="uz"
# **6-savol.** Xuddi shunday jadval tuzing, lekin qatorlarda mahallalar (`mahalla_id`) bo'lsin:
# `weekly` — mahalla × hafta.

# %% [markdown] lang="ru"
# **Вопрос 6.** Постройте такую же таблицу, но по строкам — махалли (`mahalla_id`): `weekly` —
# махалля × неделя.

# %% [markdown] lang="en"
# **Question 6.** Build the same table with mahallas (`mahalla_id`) as rows: `weekly`, mahalla x
# week.

# %% practice={"q": "q6", "names": ["weekly"]}
### BEGIN SOLUTION
#> weekly = pd.crosstab(incidents[____], incidents["week"])
weekly = pd.crosstab(incidents["mahalla_id"], incidents["week"])
### END SOLUTION

# %% [markdown] lang="uz" hint="q6"
# Namunadagi `"district"` o'rniga `"mahalla_id"`.

# %% [markdown] lang="ru" hint="q6"
# В примере замените `"district"` на `"mahalla_id"`.

# %% [markdown] lang="en" hint="q6"
# Use `"mahalla_id"` instead of `"district"`.

# %% [markdown] lang="uz"
# ## Xulosa
#
# - Har doim `mahalla_id` bo'yicha sanang: nom bo'yicha bir xil nomli mahallalar qo'shilib
#   ketadi va "o'choq" noto'g'ri chiqadi.
# - Mahallalarni solishtirish uchun 1 000 aholiga hisoblang: eng ko'p hodisa — eng katta mahallada
#   bo'lishi mumkin, eng xavfli joy esa boshqa.
# - Haftalik jadval mavsumiy o'sishni ko'rsatadi: baholanadigan mashqda Profilaktika kunining
#   ta'sirini baholashda bu muhim bo'ladi.

# %% [markdown] lang="ru"
# ## Итог
#
# - Всегда считайте по `mahalla_id`: по названию махалли-тёзки сливаются, и «очаг» получается
#   ложный.
# - Сравнивайте махалли на 1 000 жителей: больше всего происшествий может быть в самой большой
#   махалле, а самое опасное место — другое.
# - Недельная таблица показывает сезонный рост: это важно в оцениваемом задании, где оценивается
#   эффект «Дня профилактики».

# %% [markdown] lang="en"
# ## Summary
#
# - Always count by `mahalla_id`: by name, namesakes merge into a false hot spot.
# - Compare mahallas per 1,000 residents: the most incidents may sit in the biggest mahalla while
#   the riskiest place is another.
# - The weekly table shows the seasonal rise, which matters in the graded exercise when judging a
#   prevention day's effect.
