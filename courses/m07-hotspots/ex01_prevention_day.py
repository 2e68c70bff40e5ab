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
# 22-aprelda Chilonzor va Sergeli tumanlarining bir nechta mahallasida shunday kun o'tkazilgan.
# Savol: **u hodisalarni kamaytirdimi?** Avval o'choqlarni topamiz, keyin kunning samarasini
# "farqlar farqi" usuli bilan baholaymiz.
#
# `incidents` — hodisalar va murojaatlar (`date`, `week` — ISO hafta, `district`, `mahalla_id`,
# `mahalla`, `category`, `source`); `mahallas` — mahallalar, aholi soni va o'tkazilgan
# profilaktika kuni (`prevention_day`, bo'sh bo'lsa — o'tkazilmagan). Ma'lumotlar **sintetik**.

# %% [markdown] lang="ru"
# # Упражнение 1. Очаги и эффект «Дня профилактики»
#
# Органы внутренних дел вместе с махаллями проводят **«День профилактики»**. 22 апреля 2026 года
# он прошёл в нескольких махаллях Чиланзарского и Сергелийского районов. Вопрос: **снизил ли он
# число происшествий?** Сначала находим очаги, затем оцениваем эффект методом «разность
# разностей».
#
# `incidents` — происшествия и обращения (`date`, `week` — неделя ISO, `district`, `mahalla_id`,
# `mahalla`, `category`, `source`); `mahallas` — махалли, население и проведённый день
# профилактики (`prevention_day`, пусто — не проводился). Данные **синтетические**.

# %% [markdown] lang="en"
# # Exercise 1. Hot spots and the effect of a prevention day
#
# On 22 April 2026 a prevention day ("Profilaktika kuni") was held in some mahallas of Chilonzor
# and Sergeli. Did it reduce incidents? Find the hot spots, then judge the day's effect with a
# difference in differences. `incidents` and `mahallas` as in the practice; the data are
# **synthetic**.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd

from malaka.grading.checks import (
    check_defined,
    check_in,
    check_type,
)

incidents = pd.read_csv("data/mahalla-incidents/incidents.csv")
mahallas = pd.read_csv("data/mahalla-incidents/mahallas.csv")
DAY = "2026-04-22"
WEEK = pd.Timestamp(DAY).isocalendar().week  # the prevention day's ISO week
BEFORE = list(range(WEEK - 8, WEEK))  # 8 weeks before it
AFTER = list(range(WEEK + 1, WEEK + 9))  # 8 weeks after it (its own week is left out)
print(WEEK, BEFORE, AFTER)

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): bir mahallaning haftalik o'rtachasi
#
# Bir mahallada `BEFORE` haftalarida haftasiga o'rtacha nechta hodisa bo'lgan? Saralaymiz
# (`isin` — "ro'yxatdagi qiymatlardan biri"), sanaymiz (`len`) va haftalar soniga bo'lamiz.
# Bir necha mahalla uchun esa mahallalar soniga ham bo'linadi: **bir mahallaga haftasiga o'rtacha**.

# %% [markdown] lang="ru"
# ## Пример с решением: среднее за неделю в одной махалле
#
# Сколько происшествий в неделю в среднем было в одной махалле за недели `BEFORE`? Отбираем
# (`isin` — «одно из значений списка»), считаем (`len`) и делим на число недель. Для нескольких
# махаллей делим ещё и на число махаллей: **в среднем на одну махаллю в неделю**.

# %% [markdown] lang="en"
# ## Worked example: a mahalla's weekly mean
#
# Filter (`isin`: one of the listed values), count (`len`), divide by the number of weeks; for
# several mahallas divide by their number too: **per mahalla per week**.

# %%
one = mahallas["mahalla_id"].iloc[0]
rows = incidents[(incidents["mahalla_id"] == one) & incidents["week"].isin(BEFORE)]
print(one, len(rows), len(rows) / len(BEFORE))

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** Nechta yozuv 102 qo'ng'irog'idan kelgan (`source`
# ustuni `"102"`)? Sonini `n_102` (int) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `(incidents["source"] == "102").sum()`. Qo'shtirnoq kerak: jadvalda bu matn.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** Сколько записей пришло со звонков 102 (столбец `source`
# равен `"102"`)? Запишите число в `n_102` (int).
#
# <details><summary>Подсказка</summary>
#
# `(incidents["source"] == "102").sum()`. Кавычки нужны: в таблице это текст.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** How many records came from 102 calls (`source` equals
# `"102"`)? Store the number in `n_102` (int).
#
# <details><summary>Hint</summary>
#
# `(incidents["source"] == "102").sum()`; the quotes matter, it is text.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_102 = int((incidents["source"] == "102").sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_102")
### BEGIN HIDDEN TESTS
judge.value("n_102")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchi darajasi. Har bir savol alohida baholanadi: qiyin bo'lsa,
# maslahatni oching va keyingisiga o'ting.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Дальше — вопросы уровня аналитика. Каждый вопрос оценивается отдельно: если трудно, откройте
# подсказку и переходите к следующему.

# %% [markdown] lang="en"
# ## Advanced part
#
# Analyst-level questions follow; each is graded on its own.

# %% [markdown] lang="uz"
# **1-savol (2 ball).** Mahalla × hafta jadvalini tuzing: qatorlarda `mahalla_id`, ustunlarda
# `week`, kataklarda hodisalar soni. `weekly` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `pd.crosstab(incidents["mahalla_id"], incidents["week"])`. Nom (`mahalla`) bo'yicha emas.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Постройте таблицу махалля × неделя: строки — `mahalla_id`, столбцы —
# `week`, в ячейках — число происшествий. Запишите в `weekly`.
#
# <details><summary>Подсказка</summary>
#
# `pd.crosstab(incidents["mahalla_id"], incidents["week"])`. Не по названию (`mahalla`).
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Build the mahalla x week table of counts (`mahalla_id` rows, `week`
# columns) into `weekly`.
#
# <details><summary>Hint</summary>
#
# `pd.crosstab(incidents["mahalla_id"], incidents["week"])`, not by name.
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
    uz="weekly da qatorlar soni mahallalar soniga teng emas: mahalla_id bo'yicha guruhlang (nom bo'yicha emas).",
    ru="Число строк weekly не равно числу махаллей: группируйте по mahalla_id (не по названию).",
    en="weekly does not have one row per mahalla: group by mahalla_id, not by name.",
)
judge.value("weekly")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** Butun davr uchun 1 000 aholiga to'g'ri keladigan hodisalarni
# `rate` ga (`mahalla_id` bo'yicha Series) yozing. So'ng Profilaktika kuni hali **o'tkazilmagan**
# mahallalar orasida `rate` eng katta bo'lganining `mahalla_id` sini `hotspot` ga yozing: navbatdagi
# kun shu yerda o'tkaziladi.
#
# <details><summary>Maslahat</summary>
#
# `incidents["mahalla_id"].value_counts() / mahallas.set_index("mahalla_id")["population"] * 1000`.
# O'tkazilmaganlar: `mahallas.loc[mahallas["prevention_day"].isna(), "mahalla_id"]`; keyin
# `rate[...].idxmax()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** Запишите в `rate` число происшествий на 1 000 жителей за весь период
# (Series по `mahalla_id`). Затем среди махаллей, где «День профилактики» **ещё не проводился**,
# найдите махаллю с наибольшим `rate` и запишите её `mahalla_id` в `hotspot`: следующий день
# проведём там.
#
# <details><summary>Подсказка</summary>
#
# `incidents["mahalla_id"].value_counts() / mahallas.set_index("mahalla_id")["population"] * 1000`.
# Не проводившие: `mahallas.loc[mahallas["prevention_day"].isna(), "mahalla_id"]`; затем
# `rate[...].idxmax()`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** Store incidents per 1,000 residents over the whole period in `rate`
# (a Series by `mahalla_id`); then, among mahallas that have **not** held a prevention day, the
# `mahalla_id` with the highest `rate` in `hotspot`.
#
# <details><summary>Hint</summary>
#
# Divide `value_counts()` by the population indexed by `mahalla_id`, times 1,000; keep the ids
# whose `prevention_day` `isna()`; then `.idxmax()`.
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
judge.value("rate", rel=1e-9)
judge.value("hotspot")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Ikki guruh tuzing (`mahalla_id` ro'yxatlari):
# - `treated` — profilaktika kuni aynan `DAY` (2026-04-22) da o'tkazilgan mahallalar;
# - `control` — taqqoslash guruhi: profilaktika kuni **umuman o'tkazilmagan** mahallalar. Boshqa
#   sanada o'tkazilganlar ham kirmaydi: ularda ham o'z kunining ta'siri bor.
#
# <details><summary>Maslahat</summary>
#
# `list(mahallas.loc[mahallas["prevention_day"] == DAY, "mahalla_id"])`; ikkinchisida `.isna()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Составьте две группы (списки `mahalla_id`):
# - `treated` — махалли, где день профилактики прошёл именно `DAY` (2026-04-22);
# - `control` — группа сравнения: махалли, где дня профилактики **не было вовсе**. Махалли с днём
#   в другую дату тоже не входят: у них есть эффект своего дня.
#
# <details><summary>Подсказка</summary>
#
# `list(mahallas.loc[mahallas["prevention_day"] == DAY, "mahalla_id"])`; во втором — `.isna()`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Two lists of `mahalla_id`: `treated` (prevention day on `DAY`) and
# `control` (no prevention day at all; those with a day on another date are out too).
#
# <details><summary>Hint</summary>
#
# Compare `prevention_day` with `DAY`; for the controls use `.isna()`.
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
    uz="treated noto'g'ri: faqat prevention_day ustuni DAY ga teng mahallalar kerak.",
    ru="treated неверен: нужны только махалли, где prevention_day равен DAY.",
    en="treated is wrong: only the mahallas whose prevention_day equals DAY.",
)
judge.check(
    sorted(judge.fetch("control", list)) == sorted(judge.ref("control")),
    uz="control noto'g'ri: profilaktika kuni umuman o'tkazilmagan (bo'sh) mahallalar kerak, boshqa sanadagilar ham kirmaydi.",
    ru="control неверен: нужны махалли без дня профилактики (пусто), махалли с днём в другую дату не входят.",
    en="control is wrong: mahallas with no prevention day at all (empty); other dates are out too.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (2 ball).** Oddiy "oldin/keyin" taqqoslash. `treated` mahallalarda **bir mahallaga
# haftasiga o'rtacha** hodisalar: `BEFORE` haftalarida → `treated_before`, `AFTER` haftalarida →
# `treated_after`. Farqni `raw_change = treated_after - treated_before` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Namunadagidek, lekin `== one` o'rniga `.isin(treated)`, va
# `len(treated) * len(BEFORE)` ga bo'ling. Profilaktika kuni o'tgan haftaning o'zi (`WEEK`) hech
# qaysi davrga kirmaydi: o'sha kuni odamlar murojaatlarini tadbirga olib kelgan.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (2 балла).** Простое сравнение «до/после». В махаллях `treated` — происшествий **в
# среднем на одну махаллю в неделю**: за недели `BEFORE` → `treated_before`, за недели `AFTER` →
# `treated_after`. Разницу запишите в `raw_change = treated_after - treated_before`.
#
# <details><summary>Подсказка</summary>
#
# Как в примере, но вместо `== one` — `.isin(treated)`, и делите на `len(treated) * len(BEFORE)`.
# Неделя самого дня (`WEEK`) не входит ни в один период: в тот день люди несли обращения на
# мероприятие.
# </details>

# %% [markdown] lang="en"
# **Question 4 (2 points).** The raw before/after: incidents **per mahalla per week** in `treated`
# over `BEFORE` (`treated_before`) and `AFTER` (`treated_after`); `raw_change` is their difference.
#
# <details><summary>Hint</summary>
#
# As in the example with `.isin(treated)`, divided by `len(treated) * len(BEFORE)`. The day's own
# week is in neither period.
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
judge.value("treated_before", rel=1e-9)
judge.value("treated_after", rel=1e-9)
judge.value("raw_change", rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **5-savol (3 ball).** Farqlar farqi (difference in differences). `control` mahallalar uchun
# ham xuddi shunday `control_before` va `control_after` ni hisoblang. Keyin
# `did = (treated_after - treated_before) - (control_after - control_before)`: profilaktika
# kunisiz ham bo'ladigan o'zgarish (mavsum) ayirib tashlanadi. `did` — kunning bir mahallaga
# haftasiga ta'siri (manfiy — kamaygan).
#
# <details><summary>Maslahat</summary>
#
# 4-savoldagi hisobni `treated` o'rniga `control` bilan takrorlang. Ayirish tartibi: "keyin minus
# oldin", ikkala guruhda ham.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (3 балла).** Разность разностей (difference in differences). Посчитайте так же
# `control_before` и `control_after` для махаллей `control`. Затем
# `did = (treated_after - treated_before) - (control_after - control_before)`: изменение, которое
# было бы и без дня профилактики (сезон), вычитается. `did` — эффект дня на одну махаллю в неделю
# (минус — снижение).
#
# <details><summary>Подсказка</summary>
#
# Повторите расчёт вопроса 4 с `control` вместо `treated`. Порядок: «после минус до» в обеих
# группах.
# </details>

# %% [markdown] lang="en"
# **Question 5 (3 points).** Difference in differences: compute `control_before` and
# `control_after` the same way, then
# `did = (treated_after - treated_before) - (control_after - control_before)`.
#
# <details><summary>Hint</summary>
#
# Repeat question 4 with `control`; "after minus before" in both groups.
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
judge.value("control_before", rel=1e-9)
judge.value("control_after", rel=1e-9)
judge.value("did", rel=1e-9)
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
judge.check(
    judge.fetch("why") == judge.ref("why"),
    uz="Bu sabab emas: kun o'tkazilmagan mahallalarda ham hodisalar ko'paygan-mi, qarang.",
    ru="Это не причина: посмотрите, выросло ли число происшествий там, где дня не было.",
    en="Not the reason: look at whether incidents rose where no day was held.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Xulosa
#
# Oddiy "oldin/keyin" bo'yicha kunning samarasi deyarli ko'rinmaydi; o'xshash, lekin kun
# o'tkazilmagan mahallalar bilan solishtirilsa, kamayish aniq ko'rinadi. Natijani nima uchun
# ishonchli deb hisoblash mumkin: ikki guruh kungacha bir xil sur'atda o'zgargan (parallel
# tendensiyalar). Buni `weekly` jadvalidan tekshiring.

# %% [markdown] lang="ru"
# ## Итог
#
# По простому «до/после» эффект дня почти не виден; при сравнении с похожими махаллями без дня
# профилактики снижение очевидно. Результату можно доверять, если до дня обе группы менялись
# одинаково (параллельные тренды) — проверьте это по таблице `weekly`.

# %% [markdown] lang="en"
# ## Summary
#
# The raw before/after barely shows the day's effect; against similar mahallas without a day the
# drop is clear. Trust it when both groups moved alike before the day (parallel trends): check
# that in `weekly`.
