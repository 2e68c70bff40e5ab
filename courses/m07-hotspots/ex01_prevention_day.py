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
# # 1-mashq. O'choqlar va Profilaktika kunining samarasi
#
# Ichki ishlar organlari mahallalar bilan hamkorlikda **"Profilaktika kuni"** o'tkazadi. 2026-yil
# 23-aprelda (payshanba) Chilonzor va Sergeli tumanlarining bir nechta mahallasida shunday kun
# o'tkazilgan. Savol: **u hodisalarni kamaytirdimi?** Avval o'choqlarni topamiz, keyin kunning
# samarasini "farqlar farqi" usuli bilan baholaymiz.
#
# `incidents` — hodisalar va murojaatlar (`date`, `week` — yildagi hafta raqami, `district`,
# `mahalla_id`, `mahalla`, `category`, `source`: `murojaat`, `102` qo'ng'irog'i yoki `patrul` —
# patrul-post xizmati aniqlagan); `mahallas` — mahallalar, aholi soni va o'tkazilgan
# profilaktika kuni (`prevention_day`, bo'sh bo'lsa — o'tkazilmagan). Ma'lumotlar **sintetik**.
#
# Huquqiy asos (manbalar — kursning `SOURCES.md` fayli): huquqbuzarliklar profilaktikasi,
# ularning sabablari va sharoitlarini aniqlash va bartaraf etish — "Ichki ishlar organlari
# to'g'risida"gi Qonunning 2- va 4-moddalariga ko'ra organlarning asosiy vazifasi
# (**tasdiqlangan**). Profilaktika kunini mahallalar bilan o'tkazish va uning payshanba kuni
# bo'lishi (PQ-2833, 2017) — **ikkilamchi manba**.

# %% [markdown] lang="ru"
# # Упражнение 1. Очаги и эффект «Дня профилактики»
#
# Органы внутренних дел вместе с махаллями проводят **«День профилактики»**. 23 апреля 2026 года
# (четверг) он прошёл в нескольких махаллях Чиланзарского и Сергелийского районов. Вопрос:
# **снизил ли он число происшествий?** Сначала находим очаги, затем оцениваем эффект методом
# «разность разностей».
#
# `incidents` — происшествия и обращения (`date`, `week` — неделя ISO, `district`, `mahalla_id`,
# `mahalla`, `category`, `source`: `murojaat` — обращение, `102` — звонок, `patrul` — выявлено
# патрульно-постовой службой); `mahallas` — махалли, население и проведённый день профилактики
# (`prevention_day`, пусто — не проводился). Данные **синтетические**.
#
# Правовая основа (источники — файл курса `SOURCES.md`): профилактика правонарушений, выявление и
# устранение их причин и условий — основные задачи органов по статьям 2 и 4 Закона «Об органах
# внутренних дел» (**подтверждено**). Проведение дня профилактики с махаллями и то, что это
# четверг (ПП-2833, 2017), — **вторичный источник**.

# %% [markdown] lang="en"
# # Exercise 1. Hot spots and the effect of a prevention day
#
# On Thursday 23 April 2026 a prevention day ("Profilaktika kuni") was held in some mahallas of
# Chilonzor and Sergeli. Did it reduce incidents? Find the hot spots, then judge the day's effect
# with a difference in differences. `incidents` and `mahallas` as in the practice (`source`:
# `murojaat` appeal, `102` call, `patrul` found by the patrol service); the data are
# **synthetic**. Legal basis (sources: the course's `SOURCES.md`): preventing offences and finding
# and removing their causes is a main task under Arts. 2 and 4 of the Law "On internal affairs
# bodies" (**confirmed**); holding the day with mahallas, on Thursdays (PQ-2833, 2017), is
# **secondary**.

# %% tags=["setup"]
LANG = "uz"
import matplotlib.pyplot as plt
import pandas as pd

from malaka.grading.checks import (
    check_defined,
    check_in,
    check_type,
)

incidents = pd.read_csv("data/mahalla-incidents/incidents.csv")
mahallas = pd.read_csv("data/mahalla-incidents/mahallas.csv")
DAY = "2026-04-23"
WEEK = pd.Timestamp(DAY).isocalendar().week  # the prevention day's ISO week
BEFORE = list(range(WEEK - 8, WEEK))  # 8 weeks before it
AFTER = list(range(WEEK + 1, WEEK + 9))  # 8 weeks after it (its own week is left out)
print(WEEK, BEFORE, AFTER)

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): yozuvlarni sanash
#
# `incidents["category"] == "theft"` har bir qator uchun `True` (o'g'irlik) yoki `False` beradi;
# `.sum()` `True` larni sanaydi. O'g'irlik haqidagi yozuvlar soni:

# %% [markdown] lang="ru"
# ## Пример с решением: подсчёт записей
#
# `incidents["category"] == "theft"` даёт для каждой строки `True` (кража) или `False`; `.sum()`
# считает `True`. Число записей о кражах:

# %% [markdown] lang="en"
# ## Worked example: counting records
#
# `incidents["category"] == "theft"` is `True` or `False` per row; `.sum()` counts the `True`s:

# %%
n_theft = int((incidents["category"] == "theft").sum())
n_theft

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** Nechta yozuv 102 qo'ng'irog'idan kelgan (`source`
# ustuni `"102"`)? Namunadagi kabi sanang va sonini `n_102` (int) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Namunada `"category"` va `"theft"` o'rniga boshqa ustun va qiymat. 102 ni qo'shtirnoq ichida
# yozing: jadvalda bu son emas, matn.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** Сколько записей пришло со звонков 102 (столбец `source`
# равен `"102"`)? Посчитайте, как в примере, и запишите число в `n_102` (int).
#
# <details><summary>Подсказка</summary>
#
# В примере замените `"category"` и `"theft"` на другой столбец и значение. 102 пишите в кавычках:
# в таблице это не число, а текст.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** How many records came from 102 calls (`source` equals
# `"102"`)? Count as in the example and store the number in `n_102` (int).
#
# <details><summary>Hint</summary>
#
# Another column and value than `"category"` and `"theft"`; write 102 in quotes, it is text.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_102 = int((incidents["source"] == "102").sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_102")
### BEGIN HIDDEN TESTS
_n = judge.fetch("n_102")
judge.check(
    _n != 0,
    uz="n_102 = 0: 102 qo'shtirnoqsiz yozilgan bo'lsa, hech narsa topilmaydi; jadvalda bu matn: \"102\".",
    ru="n_102 = 0: если 102 написано без кавычек, ничего не найдётся; в таблице это текст: \"102\".",
    en="n_102 = 0: written without quotes, 102 matches nothing; in the table it is text: \"102\".",
)
_src = judge.ref("incidents")["source"].value_counts()
judge.check(
    _n not in (int(_src["patrul"]), int(_src["murojaat"]), int(_src.sum())),
    uz="Bu 102 qo'ng'iroqlari soni emas: boshqa manba yoki barcha yozuvlar sanalgan. Faqat source == \"102\".",
    ru="Это не число звонков 102: посчитан другой источник или все записи. Только source == \"102\".",
    en="That is not the number of 102 calls: another source or every record. Only source == \"102\".",
)
judge.value("n_102")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchi darajasi. Har bir savol alohida baholanadi: qiyin bo'lsa,
# maslahatni oching va keyingisiga o'ting. Har bir savoldan oldin yana namuna bor.
#
# **Namuna (yechilgan misol): ikki ustun bo'yicha jadval.** `pd.crosstab(qatorlar, ustunlar)`
# har bir juftlikni sanaydi. Tuman × manba:

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Дальше — вопросы уровня аналитика. Каждый вопрос оценивается отдельно: если трудно, откройте
# подсказку и переходите к следующему. Перед каждым вопросом снова есть пример.
#
# **Пример с решением: таблица по двум столбцам.** `pd.crosstab(строки, столбцы)` считает каждую
# пару. Район × источник:

# %% [markdown] lang="en"
# ## Advanced part
#
# Analyst-level questions follow; each is graded on its own, each has a worked example first.
#
# **Worked example: a two-way table.** `pd.crosstab(rows, columns)` counts each pair. District x
# source:

# %%
pd.crosstab(incidents["district"], incidents["source"])

# %% [markdown] lang="uz"
# **1-savol (2 ball).** Mahalla × hafta jadvalini tuzing: qatorlarda `mahalla_id`, ustunlarda
# `week`, kataklarda hodisalar soni. `weekly` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Namunadagi jadval, boshqa ikki ustun bilan. Qatorlar uchun nom (`mahalla`) emas: bir xil nomli
# mahallalar turli tumanlarda bor.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Постройте таблицу махалля × неделя: строки — `mahalla_id`, столбцы —
# `week`, в ячейках — число происшествий. Запишите в `weekly`.
#
# <details><summary>Подсказка</summary>
#
# Таблица из примера с двумя другими столбцами. Для строк не название (`mahalla`): махалли с
# одинаковым названием есть в разных районах.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Build the mahalla x week table of counts (`mahalla_id` rows, `week`
# columns) into `weekly`.
#
# <details><summary>Hint</summary>
#
# The example's table with two other columns; not the name (`mahalla`), namesakes exist.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
weekly = pd.crosstab(incidents["mahalla_id"], incidents["week"])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("weekly")
check_type(weekly, pd.DataFrame, name="weekly")
### BEGIN HIDDEN TESTS
judge.check(
    len(judge.fetch("weekly")) == len(judge.ref("weekly")),
    uz="weekly da qatorlar soni mahallalar soniga teng emas: mahalla_id bo'yicha guruhlang (nom yoki tuman bo'yicha emas).",
    ru="Число строк weekly не равно числу махаллей: группируйте по mahalla_id (не по названию и не по району).",
    en="weekly does not have one row per mahalla: group by mahalla_id, not by name or district.",
)
judge.value("weekly")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol): tumanlar bo'yicha 1 000 aholiga.** Tuman aholisi — uning
# mahallalari aholisining yig'indisi. Hodisalar ÷ aholi × 1 000; pandas qatorlarni tuman nomi
# bo'yicha o'zi moslaydi. `.idxmax()` — eng katta qiymatning yorlig'i.

# %% [markdown] lang="ru"
# **Пример с решением: по районам на 1 000 жителей.** Население района — сумма населения его
# махаллей. Происшествия ÷ население × 1 000; pandas сам сопоставит строки по названию района.
# `.idxmax()` — метка наибольшего значения.

# %% [markdown] lang="en"
# **Worked example: per 1,000 residents by district.** A district's residents are the sum over its
# mahallas; incidents ÷ residents × 1,000 (pandas matches the rows by label); `.idxmax()` is the
# label of the largest value.

# %%
district_population = mahallas.groupby("district")["population"].sum()
district_rate = incidents["district"].value_counts() / district_population * 1000
print(district_rate.round(1))
print(district_rate.idxmax())

# %% [markdown] lang="uz"
# **2-savol (2 ball).** Butun davr uchun **har bir mahallada** 1 000 aholiga to'g'ri keladigan
# hodisalarni `rate` ga (`mahalla_id` bo'yicha Series) yozing. So'ng Profilaktika kuni hali
# **o'tkazilmagan** mahallalar orasida `rate` eng katta bo'lganining `mahalla_id` sini `hotspot`
# ga yozing: navbatdagi kun shu yerda o'tkaziladi.
#
# <details><summary>Maslahat</summary>
#
# Namunadagidek, lekin `"district"` o'rniga `"mahalla_id"`, aholi esa
# `mahallas.set_index("mahalla_id")["population"]`. Kun o'tkazilmagan mahallalar —
# `prevention_day` katagi bo'sh (`.isna()`) bo'lganlar; `rate` dan faqat ularni oling va `.idxmax()`. Hodisalar
# sonining eng kattasi emas: u shunchaki katta mahalla.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** Запишите в `rate` число происшествий на 1 000 жителей за весь период
# **в каждой махалле** (Series по `mahalla_id`). Затем среди махаллей, где «День профилактики»
# **ещё не проводился**, найдите махаллю с наибольшим `rate` и запишите её `mahalla_id` в
# `hotspot`: следующий день проведём там.
#
# <details><summary>Подсказка</summary>
#
# Как в примере, но вместо `"district"` — `"mahalla_id"`, а население —
# `mahallas.set_index("mahalla_id")["population"]`. Махалли без дня — те, где ячейка
# `prevention_day` пуста (`.isna()`); возьмите из `rate` только их и `.idxmax()`. Не наибольшее
# число происшествий: это просто большая махалля.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** Store incidents per 1,000 residents over the whole period **for each
# mahalla** in `rate` (a Series by `mahalla_id`); then, among mahallas that have **not** held a
# prevention day, the `mahalla_id` with the highest `rate` in `hotspot`.
#
# <details><summary>Hint</summary>
#
# As in the example with `"mahalla_id"` and `mahallas.set_index("mahalla_id")["population"]`; keep
# the ids whose `prevention_day` `isna()`; then `.idxmax()`. Not the largest count.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
population = mahallas.set_index("mahalla_id")["population"]
rate = incidents["mahalla_id"].value_counts() / population * 1000
never = mahallas.loc[mahallas["prevention_day"].isna(), "mahalla_id"]
hotspot = rate[never].idxmax()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("rate", "hotspot")
check_type(hotspot, str, name="hotspot")
check_in(hotspot, list(mahallas["mahalla_id"]), name="hotspot")
### BEGIN HIDDEN TESTS
_rate, _ref_rate = judge.fetch("rate"), judge.ref("rate")
judge.check(
    isinstance(_rate, pd.Series) and sorted(map(str, _rate.index)) == sorted(_ref_rate.index),
    uz="rate har bir mahalla uchun bitta qiymat bo'lishi kerak (indeksi mahalla_id bo'lgan Series): mahalla_id bo'yicha sanang va aholiga bo'ling.",
    ru="В rate должно быть по одному значению на махаллю (Series с индексом mahalla_id): считайте по mahalla_id и делите на население.",
    en="rate needs one value per mahalla (a Series indexed by mahalla_id): count by mahalla_id, divide by residents.",
)
_ratio = float((_rate.reindex(_ref_rate.index) / _ref_rate).median())
judge.check(
    not math.isclose(_ratio, 0.1, rel_tol=1e-6),
    uz="rate 10 marta kichik: 100 aholiga hisoblangan. 1 000 ga ko'paytiring.",
    ru="rate в 10 раз меньше: посчитано на 100 жителей. Умножайте на 1 000.",
    en="rate is 10 times too small: that is per 100 residents. Multiply by 1,000.",
)
judge.check(
    _ratio < 10,
    uz="rate juda katta: kasr teskari (aholi ÷ hodisalar). Hodisalarni aholiga bo'ling.",
    ru="rate слишком велик: дробь перевёрнута (население ÷ происшествия). Делите происшествия на население.",
    en="rate is far too large: the fraction is upside down. Divide incidents by residents.",
)
judge.value("rate", rel=1e-9)
_counts = judge.ref("incidents")["mahalla_id"].value_counts()
judge.check(
    judge.fetch("hotspot") != _counts[judge.ref("never")].idxmax(),
    uz="Bu hodisalar soni eng ko'p mahalla: u shunchaki katta. O'choq 1 000 aholiga (rate) bo'yicha tanlanadi.",
    ru="Это махалля с наибольшим числом происшествий: она просто большая. Очаг выбирают по rate (на 1 000 жителей).",
    en="That is the mahalla with most incidents, simply a big one. Choose the hot spot by rate.",
)
judge.value("hotspot")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol): bir sanada kun o'tkazgan mahallalar.** Yunusobodda profilaktika
# kuni 2026-yil 21-mayda o'tkazilgan. `prevention_day` ustuni sana bilan solishtiriladi; bo'sh
# katak (`NaN`) — kun o'tkazilmagan, uni `.isna()` topadi.
#
# **Taqqoslash guruhi qanday tanlanadi.** Kunning ta'sirini bilish uchun kun o'tkazilgan
# mahallalarni **o'xshash** mahallalar bilan solishtiramiz. Bu yerda "o'xshash" degani: o'sha
# shahar tumanlari, o'sha haftalar (mavsum, bayramlar bir xil), kungacha hodisalar soni taxminan
# bir xil, va **o'zida hech qanday profilaktika kuni bo'lmagan**. Boshqa sanada kun o'tkazgan
# mahallalar (masalan, Yunusobodning 21-may mahallalari) kirmaydi: ularning "keyin" davrida o'z
# kunining ta'siri bor.

# %% [markdown] lang="ru"
# **Пример с решением: махалли с днём в одну дату.** В Юнусабаде день профилактики прошёл 21 мая
# 2026 года. Столбец `prevention_day` сравнивают с датой; пустая ячейка (`NaN`) — дня не было, её
# находит `.isna()`.
#
# **Как выбирается группа сравнения.** Чтобы узнать эффект дня, махалли с днём сравнивают с
# **похожими** махаллями. «Похожие» здесь — это районы того же города, те же недели (тот же
# сезон и праздники), до дня примерно столько же происшествий и **никакого своего дня
# профилактики**. Махалли с днём в другую дату (например, юнусабадские 21 мая) не входят: в их
# «после» есть эффект их собственного дня.

# %% [markdown] lang="en"
# **Worked example: mahallas with a day on one date.** Yunusobod held its prevention day on
# 21 May 2026. Compare `prevention_day` with the date; an empty cell (`NaN`), found by `.isna()`,
# means no day. **The comparison group** must be **similar**: districts of the same city, the same
# weeks (season, holidays), about as many incidents before the day, and **no prevention day of
# their own**; mahallas with a day on another date are out, their own day acts in the "after".

# %%
may_day = list(mahallas.loc[mahallas["prevention_day"] == "2026-05-21", "mahalla_id"])
print(may_day)
print(mahallas["prevention_day"].isna().sum(), "mahalla: kun o'tkazilmagan / без дня / no day")

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Ikki guruh tuzing (`mahalla_id` ro'yxatlari):
# - `treated` — profilaktika kuni aynan `DAY` (2026-04-23) da o'tkazilgan mahallalar (**tajriba
#   guruhi**);
# - `control` — **taqqoslash guruhi**: profilaktika kuni **umuman o'tkazilmagan** mahallalar.
#
# <details><summary>Maslahat</summary>
#
# Namunadagi kabi, sanani `DAY` bilan almashtiring va natijani `list(...)` ga o'rang. Ikkinchi
# guruh uchun taqqoslash o'rniga `.isna()`. `!= DAY` yaramaydi: u 21-may mahallalarini ham oladi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Составьте две группы (списки `mahalla_id`):
# - `treated` — махалли, где день профилактики прошёл именно `DAY` (2026-04-23) (**опытная
#   группа**);
# - `control` — **группа сравнения**: махалли, где дня профилактики **не было вовсе**.
#
# <details><summary>Подсказка</summary>
#
# Как в примере, замените дату на `DAY` и оберните результат в `list(...)`. Для второй группы
# вместо сравнения — `.isna()`. `!= DAY` не подходит: он возьмёт и махалли 21 мая.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Two lists of `mahalla_id`: `treated` (prevention day on `DAY`) and
# `control` (no prevention day at all).
#
# <details><summary>Hint</summary>
#
# As in the example with `DAY`; `.isna()` for the controls; `!= DAY` would take the May mahallas.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
treated = list(mahallas.loc[mahallas["prevention_day"] == DAY, "mahalla_id"])
control = list(mahallas.loc[mahallas["prevention_day"].isna(), "mahalla_id"])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("treated", "control")
check_type(treated, list, name="treated")
check_type(control, list, name="control")
### BEGIN HIDDEN TESTS
judge.check(
    sorted(judge.fetch("treated", list)) == sorted(judge.ref("treated")),
    uz="treated noto'g'ri: faqat prevention_day ustuni DAY ga teng mahallalar kerak (boshqa sanadagilar emas).",
    ru="treated неверен: нужны только махалли, где prevention_day равен DAY (не другие даты).",
    en="treated is wrong: only the mahallas whose prevention_day equals DAY (not other dates).",
)
_may = set(judge.ref("may_day"))
judge.check(
    not (_may & set(judge.fetch("control", list))),
    uz="control da 21-mayda kun o'tkazgan mahallalar bor: ularning o'z kuni 'keyin' davriga tushadi, ular o'xshash emas.",
    ru="В control есть махалли с днём 21 мая: их собственный день попадает в период «после», они не похожи.",
    en="control holds the mahallas of the 21 May day: their own day falls in the 'after' weeks.",
)
judge.check(
    sorted(judge.fetch("control", list)) == sorted(judge.ref("control")),
    uz="control noto'g'ri: profilaktika kuni umuman o'tkazilmagan (bo'sh) mahallalar kerak, boshqa sanadagilar ham kirmaydi.",
    ru="control неверен: нужны махалли без дня профилактики (пусто), махалли с днём в другую дату не входят.",
    en="control is wrong: mahallas with no prevention day at all (empty); other dates are out too.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol): bir mahallaning haftalik o'rtachasi.** Bir mahallada `BEFORE`
# haftalarida haftasiga o'rtacha nechta hodisa bo'lgan? Saralaymiz (`isin` — "ro'yxatdagi
# qiymatlardan biri"), sanaymiz (`len`) va haftalar soniga bo'lamiz. Bir necha mahalla uchun esa
# mahallalar soniga ham bo'linadi: **bir mahallaga haftasiga o'rtacha**. Profilaktika kuni o'tgan
# haftaning o'zi (`WEEK`) hech qaysi davrga kirmaydi: o'sha kuni odamlar murojaatlarini tadbirga
# olib kelgan, bu hodisalar ko'paygani emas.

# %% [markdown] lang="ru"
# **Пример с решением: среднее за неделю в одной махалле.** Сколько происшествий в неделю в
# среднем было в одной махалле за недели `BEFORE`? Отбираем (`isin` — «одно из значений списка»),
# считаем (`len`) и делим на число недель. Для нескольких махаллей делим ещё и на число махаллей:
# **в среднем на одну махаллю в неделю**. Неделя самого дня (`WEEK`) не входит ни в один период: в
# тот день люди несли обращения на мероприятие, это не рост происшествий.

# %% [markdown] lang="en"
# **Worked example: a mahalla's weekly mean.** Filter (`isin`: one of the listed values), count
# (`len`), divide by the number of weeks; for several mahallas divide by their number too: **per
# mahalla per week**. The day's own week (`WEEK`) is in neither period: the appeals brought to
# the event are not more incidents.

# %%
one = mahallas["mahalla_id"].iloc[0]
rows = incidents[(incidents["mahalla_id"] == one) & incidents["week"].isin(BEFORE)]
print(one, len(rows), len(rows) / len(BEFORE))

# %% [markdown] lang="uz"
# **4-savol (2 ball).** Oddiy "oldin/keyin" taqqoslash. `treated` mahallalarda **bir mahallaga
# haftasiga o'rtacha** hodisalar: `BEFORE` haftalarida → `treated_before`, `AFTER` haftalarida →
# `treated_after`. Farqni `raw_change = treated_after - treated_before` ga yozing (manfiy —
# kamaygan).
#
# <details><summary>Maslahat</summary>
#
# Namunadagidek, lekin `== one` o'rniga `.isin(treated)`, va haftalar soniga **va** mahallalar
# soniga bo'ling. Davrlar uchun faqat `BEFORE` va `AFTER` ro'yxatlarini oling.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (2 балла).** Простое сравнение «до/после». В махаллях `treated` — происшествий **в
# среднем на одну махаллю в неделю**: за недели `BEFORE` → `treated_before`, за недели `AFTER` →
# `treated_after`. Разницу запишите в `raw_change = treated_after - treated_before` (минус —
# снижение).
#
# <details><summary>Подсказка</summary>
#
# Как в примере, но вместо `== one` — `.isin(treated)`, и делите на число недель **и** на число
# махаллей. Для периодов берите только списки `BEFORE` и `AFTER`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (2 points).** The raw before/after: incidents **per mahalla per week** in `treated`
# over `BEFORE` (`treated_before`) and `AFTER` (`treated_after`); `raw_change` is after minus
# before.
#
# <details><summary>Hint</summary>
#
# As in the example with `.isin(treated)`; divide by the weeks **and** the mahallas; only the
# `BEFORE` and `AFTER` weeks.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def per_mahalla_week(ids, weeks):
    rows = incidents[incidents["mahalla_id"].isin(ids) & incidents["week"].isin(weeks)]
    return len(rows) / (len(ids) * len(weeks))


treated_before = per_mahalla_week(treated, BEFORE)
treated_after = per_mahalla_week(treated, AFTER)
raw_change = treated_after - treated_before
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("treated_before", "treated_after", "raw_change")
check_type(raw_change, float, name="raw_change")
### BEGIN HIDDEN TESTS
# judged on the trainee's own `treated` (question 3), so one slip is not counted twice
_inc = judge.ref("incidents")
_WEEK, _BEFORE, _AFTER = judge.ref("WEEK"), judge.ref("BEFORE"), judge.ref("AFTER")


def _pmw(ids, weeks):
    ids, weeks = list(ids), list(weeks)
    if not ids:
        return float("nan")
    sel = _inc["mahalla_id"].isin(ids) & _inc["week"].isin(weeks)
    return float(sel.sum()) / (len(ids) * len(weeks))


_tr = judge.fetch("treated", list)
_t0, _t1 = _pmw(_tr, _BEFORE), _pmw(_tr, _AFTER)
_tb, _ta = judge.fetch("treated_before"), judge.fetch("treated_after")
judge.check(
    not (math.isclose(_tb, _t0 * len(_tr), rel_tol=1e-9) or math.isclose(_ta, _t1 * len(_tr), rel_tol=1e-9)),
    uz="Bu barcha treated mahallalar jami: bir mahallaga o'rtacha kerak, mahallalar soniga ham bo'ling.",
    ru="Это сумма по всем махаллям treated: нужно среднее на одну махаллю, делите ещё на число махаллей.",
    en="That is the total of all treated mahallas: divide by the number of mahallas too.",
)
judge.check(
    not math.isclose(_ta, _pmw(_tr, [_WEEK, *_AFTER[:-1]]), rel_tol=1e-9)
    and not math.isclose(_tb, _pmw(_tr, [*_BEFORE[1:], _WEEK]), rel_tol=1e-9),
    uz="Davrga kun o'tgan hafta (WEEK) kirgan: o'sha haftadagi murojaatlar tadbirga olib kelingan. Faqat BEFORE va AFTER haftalari.",
    ru="В период попала неделя самого дня (WEEK): обращения той недели принесли на мероприятие. Только недели BEFORE и AFTER.",
    en="A period includes the day's own week (WEEK), whose appeals were brought to the event. BEFORE and AFTER weeks only.",
)
judge.check(
    math.isclose(_tb, _t0, rel_tol=1e-9),
    uz="treated_before noto'g'ri: treated mahallalarda faqat BEFORE ro'yxatidagi 8 hafta, hodisalar soni ÷ (mahallalar soni × haftalar soni).",
    ru="treated_before неверен: в махаллях treated только 8 недель списка BEFORE, число происшествий ÷ (число махаллей × число недель).",
    en="treated_before is wrong: the 8 BEFORE weeks only, incidents ÷ (mahallas × weeks).",
)
judge.check(
    math.isclose(_ta, _t1, rel_tol=1e-9),
    uz="treated_after noto'g'ri: treated mahallalarda faqat AFTER ro'yxatidagi 8 hafta, hodisalar soni ÷ (mahallalar soni × haftalar soni).",
    ru="treated_after неверен: в махаллях treated только 8 недель списка AFTER, число происшествий ÷ (число махаллей × число недель).",
    en="treated_after is wrong: the 8 AFTER weeks only, incidents ÷ (mahallas × weeks).",
)
judge.check(
    not math.isclose(judge.fetch("raw_change"), _t0 - _t1, rel_tol=1e-9),
    uz="raw_change ning ishorasi teskari: 'keyin minus oldin' (treated_after - treated_before).",
    ru="У raw_change обратный знак: «после минус до» (treated_after - treated_before).",
    en="raw_change has the wrong sign: after minus before.",
)
judge.expect(judge.fetch("raw_change"), _t1 - _t0, "raw_change", rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol): farqlar farqi.** Shartli raqamlar (bir mahallaga haftasiga):
#
# | | Oldin | Keyin | O'zgarish (keyin − oldin) |
# |---|---|---|---|
# | Kun o'tkazilgan mahallalar (tajriba) | 10 | 10 | 0 |
# | Kun o'tkazilmagan o'xshash mahallalar (taqqoslash) | 10 | 13 | +3 |
#
# Kunsiz ham hodisalar hamma joyda 3 taga ko'paygan (mavsum). Kun o'tkazilgan joylarda esa
# ko'paymagan: kunning ta'siri **0 − 3 = −3** (haftasiga 3 ta kam). Bu hisob faqat bitta shart
# bilan to'g'ri: **kun bo'lmaganida ikki guruh bir xil o'zgarardi** (parallel tendensiyalar).
# Diagrammada: ko'k — taqqoslash guruhi, qizil — tajriba guruhi, nuqtali chiziq — kun
# bo'lmaganida tajriba guruhi qayerga borardi. Kunning ta'siri — nuqtali chiziq bilan qizil
# chiziq orasidagi masofa.

# %% [markdown] lang="ru"
# **Пример с решением: разность разностей.** Условные числа (на одну махаллю в неделю):
#
# | | До | После | Изменение (после − до) |
# |---|---|---|---|
# | Махалли с днём (опытная группа) | 10 | 10 | 0 |
# | Похожие махалли без дня (группа сравнения) | 10 | 13 | +3 |
#
# Без дня происшествий везде стало на 3 больше (сезон). Там, где день прошёл, — не стало: эффект
# дня **0 − 3 = −3** (на 3 в неделю меньше). Расчёт верен при одном условии: **без дня обе группы
# менялись бы одинаково** (параллельные тренды). На диаграмме: синяя — группа сравнения, красная —
# опытная, пунктир — куда пошла бы опытная группа без дня. Эффект дня — расстояние между пунктиром и
# красной линией.

# %% [markdown] lang="en"
# **Worked example: difference in differences.** Illustrative numbers per mahalla per week:
# treated 10 → 10 (change 0), similar mahallas without a day 10 → 13 (+3). Without the day
# incidents rose by 3 everywhere (season); the day's effect is **0 − 3 = −3**. This holds only if
# **without the day both groups would have changed alike** (parallel trends). In the chart the
# dotted line is where the treated would have gone without the day; the effect is the gap.

# %%
example_did = (10 - 10) - (13 - 10)
print("farqlar farqi / разность разностей / DiD:", example_did)
fig, ax_did = plt.subplots(figsize=(6, 3))
ax_did.plot([0, 1], [10, 13], marker="o", color="tab:blue", label="taqqoslash / сравнение")
ax_did.plot([0, 1], [10, 10], marker="o", color="tab:red", label="tajriba / опытная")
ax_did.plot([0, 1], [10, 13], linestyle=":", color="tab:red", label="kunsiz / без дня")
ax_did.annotate("", xy=(1.02, 10), xytext=(1.02, 13), arrowprops={"arrowstyle": "<->"})
ax_did.text(1.05, 11.5, "−3")
ax_did.set_xticks([0, 1], ["oldin / до", "keyin / после"])
ax_did.set_xlim(-0.2, 1.3)
ax_did.legend(loc="upper left")
plt.show()

# %% [markdown] lang="uz"
# **5-savol (3 ball).** Farqlar farqi. `control` mahallalar uchun ham xuddi shunday
# `control_before` va `control_after` ni hisoblang. Keyin
# `did = (treated_after - treated_before) - (control_after - control_before)`: profilaktika
# kunisiz ham bo'ladigan o'zgarish (mavsum) ayirib tashlanadi. `did` — kunning bir mahallaga
# haftasiga ta'siri (manfiy — kamaygan).
#
# <details><summary>Maslahat</summary>
#
# 4-savoldagi hisobni `treated` o'rniga `control` bilan takrorlang. Ayirish tartibi: ikkala
# guruhda ham "keyin minus oldin", so'ng tajriba minus taqqoslash — namunadagi jadval kabi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (3 балла).** Разность разностей. Посчитайте так же `control_before` и
# `control_after` для махаллей `control`. Затем
# `did = (treated_after - treated_before) - (control_after - control_before)`: изменение, которое
# было бы и без дня профилактики (сезон), вычитается. `did` — эффект дня на одну махаллю в неделю
# (минус — снижение).
#
# <details><summary>Подсказка</summary>
#
# Повторите расчёт вопроса 4 с `control` вместо `treated`. Порядок: в обеих группах «после минус
# до», затем опытная минус сравнения — как в таблице примера.
# </details>

# %% [markdown] lang="en"
# **Question 5 (3 points).** Difference in differences: compute `control_before` and
# `control_after` the same way, then
# `did = (treated_after - treated_before) - (control_after - control_before)`.
#
# <details><summary>Hint</summary>
#
# Repeat question 4 with `control`; "after minus before" in both groups, then treated minus
# comparison, as in the example's table.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
control_before = per_mahalla_week(control, BEFORE)
control_after = per_mahalla_week(control, AFTER)
did = (treated_after - treated_before) - (control_after - control_before)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("control_before", "control_after", "did")
check_type(did, float, name="did")
### BEGIN HIDDEN TESTS
# on the trainee's own groups (question 3) and means (question 4): one slip is not counted twice
_inc = judge.ref("incidents")
_WEEK, _BEFORE, _AFTER = judge.ref("WEEK"), judge.ref("BEFORE"), judge.ref("AFTER")


def _pmw(ids, weeks):
    ids, weeks = list(ids), list(weeks)
    if not ids:
        return float("nan")
    sel = _inc["mahalla_id"].isin(ids) & _inc["week"].isin(weeks)
    return float(sel.sum()) / (len(ids) * len(weeks))


# the treated means as the trainee found them in question 4 (judged there)
_t0, _t1 = float(judge.fetch("treated_before")), float(judge.fetch("treated_after"))
_ct = judge.fetch("control", list)
_c0, _c1 = _pmw(_ct, _BEFORE), _pmw(_ct, _AFTER)
_cb, _ca = judge.fetch("control_before"), judge.fetch("control_after")
judge.check(
    not math.isclose(_ca, _pmw(_ct, [_WEEK, *_AFTER[:-1]]), rel_tol=1e-9)
    and not math.isclose(_cb, _pmw(_ct, [*_BEFORE[1:], _WEEK]), rel_tol=1e-9),
    uz="control davriga kun o'tgan hafta (WEEK) kirgan: ikkala guruhda ham aynan BEFORE va AFTER haftalari olinadi.",
    ru="В период control попала неделя самого дня (WEEK): в обеих группах берутся ровно недели BEFORE и AFTER.",
    en="A control period includes the day's own week (WEEK): both groups use exactly the BEFORE and AFTER weeks.",
)
judge.check(
    math.isclose(_cb, _c0, rel_tol=1e-9) and math.isclose(_ca, _c1, rel_tol=1e-9),
    uz="control_before yoki control_after noto'g'ri: 4-savoldagi hisob, lekin control mahallalari bilan (bir mahallaga haftasiga o'rtacha).",
    ru="control_before или control_after неверен: расчёт вопроса 4, но с махаллями control (в среднем на махаллю в неделю).",
    en="control_before or control_after is wrong: question 4's computation with the control mahallas.",
)
_did = judge.fetch("did")
judge.check(
    not math.isclose(_did, _t1 - _t0, rel_tol=1e-9),
    uz="Bu faqat kun o'tkazilgan mahallalarning 'oldin/keyin' farqi (raw_change): taqqoslash guruhining o'zgarishini ayiring.",
    ru="Это только «до/после» махаллей с днём (raw_change): вычтите изменение группы сравнения.",
    en="That is only the treated before/after (raw_change): subtract the comparison group's change.",
)
judge.check(
    not math.isclose(_did, (_t1 - _t0) + (_c1 - _c0), rel_tol=1e-9),
    uz="Taqqoslash guruhining o'zgarishi qo'shilgan (yoki u guruhda 'oldin minus keyin' olingan): ikkala guruhda 'keyin minus oldin', so'ng ayiring.",
    ru="Изменение группы сравнения прибавлено (или там взято «до минус после»): в обеих группах «после минус до», затем вычитайте.",
    en="The comparison change was added (or taken before minus after): after minus before in both, then subtract.",
)
judge.check(
    not math.isclose(_did, (_c1 - _c0) - (_t1 - _t0), rel_tol=1e-9),
    uz="Ishora teskari: tajriba guruhi o'zgarishidan taqqoslash guruhi o'zgarishini ayiring, aksincha emas. Kamayish manfiy son bo'ladi.",
    ru="Знак обратный: из изменения опытной группы вычитайте изменение группы сравнения, а не наоборот. Снижение — отрицательное число.",
    en="Wrong sign: treated change minus comparison change, not the reverse; a drop is negative.",
)
judge.check(
    not math.isclose(_did, _t1 - _c1, rel_tol=1e-9),
    uz="Faqat 'keyin' davri solishtirilgan: guruhlar kungacha ham farq qilgan bo'lishi mumkin. Ikkala guruhning o'zgarishini oling.",
    ru="Сравнили только период «после»: группы могли различаться и до дня. Берите изменения обеих групп.",
    en="Only the 'after' weeks were compared: the groups may have differed before. Use both groups' changes.",
)
judge.expect(_did, (_t1 - _t0) - (_c1 - _c0), "did", rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **6-savol (1 ball).** Oddiy "oldin/keyin" (`raw_change`) nega chalg'itadi? Bitta harfni `why`
# ga yozing:
#
# - `"a"` — profilaktika kuni ta'sir qilmagan, shuning uchun o'zgarish kichik;
# - `"b"` — hodisalar bahordan yozga **hamma** mahallada ko'paygan; oddiy farq bu mavsumiy o'sishni
#   kunning ta'siri bilan aralashtirib yuboradi;
# - `"c"` — `treated` mahallalarda aholi kamroq;
# - `"d"` — profilaktika kuni o'tgan haftada murojaatlar ko'paygan.
#
# <details><summary>Maslahat</summary>
#
# `control_before` va `control_after` ni solishtiring: kun o'tkazilmagan joylarda nima bo'lgan?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 6 (1 балл).** Почему простое «до/после» (`raw_change`) вводит в заблуждение? Запишите
# одну букву в `why`:
#
# - `"a"` — день профилактики не подействовал, поэтому изменение маленькое;
# - `"b"` — от весны к лету происшествий стало больше **во всех** махаллях; простая разница
#   смешивает этот сезонный рост с эффектом дня;
# - `"c"` — в махаллях `treated` меньше жителей;
# - `"d"` — в неделю дня профилактики обращений стало больше.
#
# <details><summary>Подсказка</summary>
#
# Сравните `control_before` и `control_after`: что было там, где дня не проводили?
# </details>

# %% [markdown] lang="en"
# **Question 6 (1 point).** Why does the raw before/after mislead? Store one letter in `why`:
# `"a"` the day had no effect; `"b"` incidents rose in **all** mahallas from spring to summer and
# the raw change mixes that seasonal rise with the day's effect; `"c"` the treated mahallas have
# fewer residents; `"d"` appeals rose in the week of the day.
#
# <details><summary>Hint</summary>
#
# Compare `control_before` with `control_after`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q6_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
why = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q6_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("why")
check_in(why, ["a", "b", "c", "d"], name="why")
### BEGIN HIDDEN TESTS
_why = judge.fetch("why")
judge.check(
    _why != "d",
    uz="Kun o'tgan hafta hech qaysi davrga kirmaydi, shuning uchun u raw_change ga ta'sir qilmaydi. Kun o'tkazilmagan mahallalarda nima bo'lganiga qarang.",
    ru="Неделя самого дня не входит ни в один период и на raw_change не влияет. Посмотрите, что было в махаллях без дня.",
    en="The day's own week is in neither period, so it does not affect raw_change. Look at the mahallas without a day.",
)
judge.check(
    _why == judge.ref("why"),
    uz="Bu sabab emas: kun o'tkazilmagan mahallalarda ham hodisalar ko'payganmi, qarang (control_before va control_after).",
    ru="Это не причина: посмотрите, выросло ли число происшествий там, где дня не было (control_before и control_after).",
    en="Not the reason: look at whether incidents rose where no day was held (control_before, control_after).",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Xulosa
#
# Oddiy "oldin/keyin" bo'yicha kunning samarasi deyarli ko'rinmaydi; o'xshash, lekin kun
# o'tkazilmagan mahallalar bilan solishtirilsa, kamayish aniq ko'rinadi. Natijaga ishonish
# mumkin, agar kungacha ikki guruh bir xil o'zgargan bo'lsa (parallel tendensiyalar): `weekly`
# jadvalida ikki guruhning `BEFORE` haftalaridagi o'rtachalari birga ko'tarilib-tushganini
# tekshiring (`weekly.loc[treated].mean()` va `weekly.loc[control].mean()`). Hisobotda kunning
# ta'sirini "bir mahallaga haftasiga N ta kam hodisa" deb yozing va qaysi mahallalar bilan
# solishtirilganini ko'rsating.

# %% [markdown] lang="ru"
# ## Итог
#
# По простому «до/после» эффект дня почти не виден; при сравнении с похожими махаллями без дня
# профилактики снижение очевидно. Результату можно доверять, если до дня обе группы менялись
# одинаково (параллельные тренды): проверьте по `weekly`, что средние двух групп за недели
# `BEFORE` растут и падают вместе (`weekly.loc[treated].mean()` и `weekly.loc[control].mean()`). В
# справке пишите эффект как «на N происшествий в неделю меньше на одну махаллю» и указывайте, с
# какими махаллями сравнивали.

# %% [markdown] lang="en"
# ## Summary
#
# The raw before/after barely shows the day's effect; against similar mahallas without a day the
# drop is clear. Trust it when both groups moved alike before the day (parallel trends): compare
# `weekly.loc[treated].mean()` with `weekly.loc[control].mean()` over the `BEFORE` weeks. Report
# the effect as "N fewer incidents per mahalla per week" and name the comparison mahallas.
