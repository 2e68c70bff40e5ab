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
# # 2-mashq. Muddatga rioya qilish: bo'linma va toifa bo'yicha
#
# Rahbariyat so'raydi: "Qaysi bo'linmada va qaysi toifada muddat buzilmoqda?" To'g'ri javob uchun
# ikki tuzoqdan qochish kerak:
#
# 1. **Uzaytirish**: muddati uzaytirilgan murojaatning chegarasi `extended_until`, `due_at` emas.
# 2. **Hali tugamagan ishlar**: ma'lumot kesilgan paytda (`DATA_END`) javob berilmagan, lekin
#    muddati hali o'tmagan murojaat haqida "o'z vaqtida" yoki "kech" deb bo'lmaydi — uni
#    hisobdan chiqaramiz. Javobsiz va muddati o'tgan murojaat esa — **kech** (uni tashlab yuborish
#    ko'rsatkichni sun'iy yaxshilaydi).

# %% [markdown] lang="ru"
# # Упражнение 2. Соблюдение сроков по подразделениям и категориям
#
# Руководство спрашивает: «В каком подразделении и в какой категории нарушаются сроки?» Чтобы ответить
# правильно, обойдите две ловушки:
#
# 1. **Продление**: у продлённого обращения граница — `extended_until`, а не `due_at`.
# 2. **Незавершённые дела**: обращение без ответа на момент выгрузки (`DATA_END`), срок которого ещё
#    не истёк, нельзя назвать ни «в срок», ни «с опозданием» — исключаем его. А обращение без ответа
#    с истёкшим сроком — **просрочено** (если его выбросить, показатель станет искусственно лучше).

# %% [markdown] lang="en"
# # Exercise 2. Deadline compliance by department and category
#
# Use the extended deadline where there is one; leave out open appeals whose deadline has not
# passed at the data cut-off; count open appeals past their deadline as late.

# %% tags=["setup"]
LANG = "uz"
import numpy as np
import pandas as pd

from malaka.grading.checks import (
    check,
    check_columns,
    check_defined,
    check_in,
    check_type,
)

TZ = "Asia/Tashkent"
appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
for _col in ("received_at", "due_at", "extended_until", "answered_at"):
    appeals[_col] = pd.to_datetime(appeals[_col], utc=True).dt.tz_convert(TZ)
appeals = appeals[appeals["due_at"].notna()].reset_index(drop=True)
DATA_END = appeals["received_at"].max()
print("DATA_END:", DATA_END)

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol)
#
# Savollardagi ko'nikmalarni **boshqa holatlarda** ko'rsatamiz. Avval ishga tushiring va natijani
# o'qing.
#
# **1-qadam. Ulush (Mashq qilish daftaridagidek).** Javob berilgan murojaatlarni `answered` ga
# ajratamiz. Qaysi qismi 3 kun ichida javob olgan? Ikki sanani solishtirsak `True`/`False`
# chiqadi, `.mean()` esa `True` lar ulushini beradi.

# %% [markdown] lang="ru"
# ## Пример с решением
#
# Показываем навыки вопросов **на других случаях**. Сначала выполните и прочитайте результат.
#
# **Шаг 1. Доля (как в тетради практики).** Отбираем обращения с ответом в `answered`. Какая часть
# получила ответ за 3 дня? Сравнение двух дат даёт `True`/`False`, а `.mean()` — долю `True`.

# %% [markdown] lang="en"
# ## Worked example
#
# The skills of the questions, shown **on other cases**. Run it and read the result first.
#
# **Step 1. A share (as in the practice notebook).** Put the answered appeals in `answered`. What
# share was answered within 3 days? Comparing two dates gives `True`/`False`; `.mean()` gives the
# share of `True`.

# %%
answered = appeals[appeals["answered_at"].notna()]
within_3_days = answered["answered_at"] <= answered["received_at"] + pd.Timedelta(days=3)
print("3 kun ichida / за 3 дня:", round(float(within_3_days.mean()), 3))

# %% [markdown] lang="uz"
# **2-qadam. Bo'sh joyni boshqa ustundan to'ldirish.** `a.fillna(b)`: `a` bo'sh (`NaT`) bo'lgan
# qatorda `b` ning qiymati olinadi, qolganlarida `a` o'zi qoladi. Misol: murojaat bo'yicha oxirgi
# harakat vaqti — javob berilgan bo'lsa `answered_at`, aks holda `received_at`.

# %% [markdown] lang="ru"
# **Шаг 2. Заполнить пустое значение из другого столбца.** `a.fillna(b)`: там, где `a` пусто
# (`NaT`), берётся значение `b`, в остальных строках остаётся `a`. Пример: время последнего действия
# по обращению — `answered_at`, если ответ дан, иначе `received_at`.

# %% [markdown] lang="en"
# **Step 2. Filling an empty value from another column.** `a.fillna(b)` takes `b` where `a` is empty
# (`NaT`) and keeps `a` elsewhere. Example: the time of the last action on an appeal:
# `answered_at` if answered, otherwise `received_at`.

# %%
last_action = appeals["answered_at"].fillna(appeals["received_at"])
appeals[["answered_at", "received_at"]].assign(last_action=last_action).tail(3)

# %% [markdown] lang="uz"
# **3-qadam. Shartlarni birlashtirish va bo'sh sanalar.** 0-modulda `&` ("va") ni ko'rdik; `|` —
# "yoki", `~` — "emas". Har bir shart qavs ichida yoziladi. Bo'sh sana (`NaT`) bilan har qanday
# solishtirish `False` beradi: javobsiz murojaat uchun `answered_at <= due_at` — `False`.

# %% [markdown] lang="ru"
# **Шаг 3. Объединение условий и пустые даты.** В модуле 0 был `&` («и»); `|` — «или», `~` — «не».
# Каждое условие пишется в скобках. Любое сравнение с пустой датой (`NaT`) даёт `False`: у обращения
# без ответа `answered_at <= due_at` — `False`.

# %% [markdown] lang="en"
# **Step 3. Combining conditions, and empty dates.** Module 0 used `&` ("and"); `|` is "or", `~`
# is "not". Each condition goes in brackets. Any comparison with an empty date (`NaT`) is `False`:
# for an unanswered appeal `answered_at <= due_at` is `False`.

# %%
needs_attention = (appeals["kind"] == "shikoyat") | (appeals["urgency"] == "P2")
print("shikoyat yoki P2 / жалоба или P2:", int(needs_attention.sum()))
unanswered = appeals[appeals["answered_at"].isna()]
(unanswered["answered_at"] <= unanswered["due_at"]).head(3)

# %% [markdown] lang="uz"
# **4-qadam. Guruhlar bo'yicha ulush va eng kattasi.** `groupby(...)[...].mean()` — har bir guruh
# uchun ulush; `.idxmax()` — eng katta qiymatli guruh nomi, `.idxmin()` — eng kichigi. Misol:
# kanallar bo'yicha 3 kun ichida javob olganlar ulushi.

# %% [markdown] lang="ru"
# **Шаг 4. Доля по группам и наибольшая.** `groupby(...)[...].mean()` — доля в каждой группе;
# `.idxmax()` — название группы с наибольшим значением, `.idxmin()` — с наименьшим. Пример: доля
# ответов за 3 дня по каналам.

# %% [markdown] lang="en"
# **Step 4. A share per group, and the largest.** `groupby(...)[...].mean()` gives each group's
# share; `.idxmax()` names the group with the largest value, `.idxmin()` the smallest. Example: the
# share answered within 3 days per channel.

# %%
fast_by_channel = within_3_days.groupby(answered["channel"]).mean()
print(fast_by_channel.round(3))
print("eng tez / быстрее всех:", fast_by_channel.idxmax())

# %% [markdown] lang="uz"
# ## Asosiy qism
#
# **0-savol (boshlang'ich, 1 ball).** Oddiy hisobdan boshlaymiz. Faqat javob berilgan murojaatlarni
# (`answered`) olib, javob `due_at` dan kech emasligi bo'yicha rioya ulushini `simple_compliance`
# (0 dan 1 gacha float) ga yozing. Keyingi savollarda bu hisobdagi ikki tuzoqni tuzatamiz.
#
# <details><summary>Maslahat</summary>
#
# 1-qadam kabi: `(answered["answered_at"] <= answered["due_at"]).mean()`, natijani `float(...)`
# ga o'rang. Javobsiz murojaatlarni bu savolda qo'shmang.
# </details>

# %% [markdown] lang="ru"
# ## Основная часть
#
# **Вопрос 0 (вводный, 1 балл).** Начнём с простого расчёта. Возьмите только обращения с ответом
# (`answered`) и запишите в `simple_compliance` (float от 0 до 1) долю ответов не позже `due_at`. В
# следующих вопросах исправим две ловушки этого расчёта.
#
# <details><summary>Подсказка</summary>
#
# Как в шаге 1: `(answered["answered_at"] <= answered["due_at"]).mean()`, обёрнутое в `float(...)`.
# Обращения без ответа в этом вопросе не добавляйте.
# </details>

# %% [markdown] lang="en"
# ## Main part
#
# **Question 0 (warm-up, 1 point).** Start with the simple count. Take only the answered appeals
# (`answered`) and store in `simple_compliance` (a float from 0 to 1) the share answered not later
# than `due_at`. The next questions fix the two traps of this count.
#
# <details><summary>Hint</summary>
#
# As in step 1: `float((answered["answered_at"] <= answered["due_at"]).mean())`. Leave unanswered
# appeals out here.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
simple_compliance = float((answered["answered_at"] <= answered["due_at"]).mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("simple_compliance")
check(
    0 <= float(simple_compliance) <= 1,
    uz="Ulush 0 va 1 orasida bo'lishi kerak (foiz emas).",
    ru="Доля должна быть между 0 и 1 (не процент).",
    en="A share lies between 0 and 1 (not a percentage).",
)
### BEGIN HIDDEN TESTS
judge.value("simple_compliance", abs=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **1-savol (2 ball).** Har bir murojaatning yakuniy muddat chegarasini `limit` ustuniga yozing:
# uzaytirilgan bo'lsa `extended_until`, aks holda `due_at`.
#
# <details><summary>Maslahat</summary>
#
# `Series.fillna` boshqa Series bilan ham ishlaydi; yoki `where`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Запишите итоговую границу срока каждого обращения в столбец `limit`:
# `extended_until`, если срок продлён, иначе `due_at`.
#
# <details><summary>Подсказка</summary>
#
# `Series.fillna` принимает и другую Series; или используйте `where`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Add the column `limit`: `extended_until` when the deadline was
# extended, otherwise `due_at`.
#
# <details><summary>Hint</summary>
#
# `Series.fillna` accepts another Series.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
appeals["limit"] = appeals["extended_until"].fillna(appeals["due_at"])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_columns(appeals, ["limit"], name="appeals")
check(
    bool(appeals["limit"].notna().all()),
    uz="Har bir murojaatda chegara bo'lishi kerak (bo'sh qiymat qolmasin).",
    ru="У каждого обращения должна быть граница срока (без пустых значений).",
    en="Every appeal needs a limit (no empty values).",
)
### BEGIN HIDDEN TESTS
_ap = judge.fetch("appeals")
if "limit" not in _ap.columns:
    raise judge.fail("missing_columns", name="appeals", missing="limit")
_lim = _ap["limit"]
_ref_limit = judge.ref("appeals")["limit"]
judge.check(
    set(_lim.index) == set(_ref_limit.index)
    and bool((_lim.loc[_ref_limit.index] == _ref_limit).all()),
    uz="Ba'zi murojaatlarda chegara noto'g'ri: uzaytirilgan muddatni hisobga oldingizmi?",
    ru="У части обращений граница неверна: учли ли вы продление?",
    en="Some limits are wrong: did you use the extended deadline?",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# 2- va 3-savollar Mashq qilish daftaridan bir qadam nariga o'tadi: qaysi murojaatlarni baholash
# mumkinligini shartlar bilan aniqlash (`|`, bo'sh sanalar) va guruhlar bo'yicha solishtirish.
# Namunaning 3- va 4-qadamlariga qarang.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Вопросы 2 и 3 идут на шаг дальше тетради практики: условиями определить, какие обращения можно
# оценивать (`|`, пустые даты), и сравнить группы. Смотрите шаги 3 и 4 примера.

# %% [markdown] lang="en"
# ## Advanced part
#
# Questions 2 and 3 go a step beyond the practice notebook: deciding with conditions which appeals
# can be judged (`|`, empty dates) and comparing groups. See steps 3 and 4 of the worked example.

# %% [markdown] lang="uz"
# **2-savol (3 ball).** Baholanadigan murojaatlarni `judged` jadvaliga ajrating va unga `on_time`
# (bool) ustunini qo'shing:
# - javob berilgan (`answered_at` bor): `on_time = answered_at <= limit`;
# - javob berilmagan va `limit < DATA_END`: kech (`on_time = False`);
# - javob berilmagan va `limit >= DATA_END`: `judged` ga kirmaydi.
#
# So'ng umumiy rioya ulushini `compliance` (float) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Avval `keep = appeals["answered_at"].notna() | (appeals["limit"] < DATA_END)` niqobini tuzing.
# `NaT` bilan solishtirish `False` beradi — bu javobsiz va kech murojaat uchun aynan kerakli natija.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (3 балла).** Отберите оцениваемые обращения в таблицу `judged` и добавьте столбец
# `on_time` (bool):
# - есть ответ (`answered_at`): `on_time = answered_at <= limit`;
# - ответа нет и `limit < DATA_END`: просрочено (`on_time = False`);
# - ответа нет и `limit >= DATA_END`: в `judged` не входит.
#
# Затем запишите общую долю соблюдения в `compliance` (float).
#
# <details><summary>Подсказка</summary>
#
# Сначала маска `keep = appeals["answered_at"].notna() | (appeals["limit"] < DATA_END)`.
# Сравнение с `NaT` даёт `False` — для просроченного без ответа это ровно то, что нужно.
# </details>

# %% [markdown] lang="en"
# **Question 2 (3 points).** Build `judged` with an `on_time` column: answered appeals are on time
# when `answered_at <= limit`; unanswered with `limit < DATA_END` are late; unanswered with `limit
# >= DATA_END` are left out. Then the overall share `compliance` (float).
#
# <details><summary>Hint</summary>
#
# Mask `appeals["answered_at"].notna() | (appeals["limit"] < DATA_END)`; comparing with `NaT`
# gives `False`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_keep = appeals["answered_at"].notna() | (appeals["limit"] < DATA_END)
judged = appeals[_keep].copy()
judged["on_time"] = (judged["answered_at"] <= judged["limit"]).fillna(False).astype(bool)
compliance = float(judged["on_time"].mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("judged", "compliance")
check_type(judged, pd.DataFrame, name="judged")
check_columns(judged, ["on_time", "department", "category"], name="judged")
### BEGIN HIDDEN TESTS
judge.check(
    len(judge.fetch("judged")) == len(judge.ref("judged")),
    uz="judged dagi qatorlar soni noto'g'ri: javobsiz va muddati o'tganlar kiradi, muddati o'tmaganlar kirmaydi.",
    ru="Неверное число строк в judged: просроченные без ответа входят, ещё не истёкшие — нет.",
    en="Wrong number of rows in judged: open appeals past their limit count, open ones within it do not.",
)
judge.value("compliance", abs=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (3 ball).** `judged` bo'yicha:
# - `by_department` — bo'linmalar bo'yicha rioya ulushi (`pandas.Series`, indeks — `department`);
# - `by_category` — toifalar bo'yicha rioya ulushi (`pandas.Series`);
# - `worst_department` — rioya ulushi eng past bo'linma (str).
#
# (Viloyat ma'lumotida xuddi shu kod `district` bo'yicha tumanlarni solishtiradi.)
#
# <details><summary>Maslahat</summary>
#
# `judged.groupby("department")["on_time"].mean()`; eng kichik qiymat indeksi — `idxmin()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (3 балла).** По `judged`:
# - `by_department` — доля соблюдения по подразделениям (`pandas.Series`, индекс — `department`);
# - `by_category` — доля соблюдения по категориям (`pandas.Series`);
# - `worst_department` — подразделение с самой низкой долей (str).
#
# (На данных области тот же код по `district` сравнивает районы.)
#
# <details><summary>Подсказка</summary>
#
# `judged.groupby("department")["on_time"].mean()`; индекс минимума — `idxmin()`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (3 points).** From `judged`: `by_department` and `by_category` (compliance shares
# as `Series`) and `worst_department` (str).
#
# <details><summary>Hint</summary>
#
# `judged.groupby("department")["on_time"].mean()` and `idxmin()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
by_department = judged.groupby("department")["on_time"].mean()
by_category = judged.groupby("category")["on_time"].mean()
worst_department = str(by_department.idxmin())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("by_department", "by_category", "worst_department")
check_type(by_department, pd.Series, name="by_department")
check_type(by_category, pd.Series, name="by_category")
check_in(worst_department, sorted(appeals["department"].astype(str).unique()), name="worst_department")
### BEGIN HIDDEN TESTS
_bd = judge.fetch("by_department")
_bc = judge.fetch("by_category")
_rd = judge.ref("by_department")
_rc = judge.ref("by_category")
for _d in _rd.index:
    judge.expect(float(_bd[_d]), float(_rd[_d]), f"by_department[{_d!r}]", abs=1e-9)
for _c in _rc.index:
    judge.expect(float(_bc[_c]), float(_rc[_c]), f"by_category[{_c!r}]", abs=1e-9)
_wd = judge.fetch("worst_department")
judge.check(
    isinstance(_wd, str) and _wd in _rd.index and bool(np.isclose(_rd[_wd], _rd.min())),
    uz="worst_department rioya ulushi eng past bo'linma emas.",
    ru="worst_department — не подразделение с самой низкой долей соблюдения.",
    en="worst_department is not the department with the lowest compliance.",
)
### END HIDDEN TESTS
