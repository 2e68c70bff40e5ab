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
# # 1-mashq. Murojaat holatlari tarixi
#
# Har bir murojaat yo'l bosib o'tadi: **qabul qilindi → ro'yxatga olindi → ijrochiga berildi →
# ko'rib chiqilmoqda → (so'rov yuborildi, muddat uzaytirildi) → javob berildi**. `status_history`
# jadvalida har bir o'zgarish alohida qator: `reg_no` (ro'yxat raqami), `status`, `at` (vaqt,
# Toshkent vaqti). `appeals` jadvalida esa har bir murojaat bitta qator.
#
# Qonun talabi: murojaat kelgan kuni, ish vaqtidan keyin kelsa — keyingi ish kunida ro'yxatga
# olinadi (23-modda).

# %% [markdown] lang="ru"
# # Упражнение 1. История статусов обращения
#
# Каждое обращение проходит путь: **получено → зарегистрировано → назначено исполнителю →
# в работе → (запрос направлен, срок продлён) → дан ответ**. В таблице `status_history` каждое
# изменение — отдельная строка: `reg_no` (регистрационный номер), `status`, `at` (время,
# ташкентское). В таблице `appeals` — одна строка на обращение.
#
# Требование закона: обращение регистрируется в день поступления, а если оно пришло после работы —
# на следующий рабочий день (ст. 23).

# %% [markdown] lang="en"
# # Exercise 1. Status timelines
#
# Each status change is a row of `status_history` (`reg_no`, `status`, `at`); `appeals` has one
# row per appeal. Build per-appeal timelines and measure registration and answer times.

# %% tags=["setup"]
LANG = "uz"
import numpy as np
import pandas as pd

from malaka.grading.checks import (
    check,
    check_columns,
    check_defined,
    check_type,
)

TZ = "Asia/Tashkent"


def _times(frame, columns):
    for col in columns:
        frame[col] = pd.to_datetime(frame[col], utc=True).dt.tz_convert(TZ)
    return frame


appeals = _times(
    pd.read_csv("data/tuman-appeals/appeals.csv"),
    ["received_at", "registered_at", "answered_at", "closed_at"],
)
history = _times(pd.read_csv("data/tuman-appeals/status_history.csv"), ["at"])
history.head()

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol)
#
# Tayyorlov katagi vaqt ustunlarini sanaga aylantirib qo'ydi (Mashq qilish daftaridagi
# `pd.to_datetime` kabi). Namunada savollardagi ko'nikmalarni **boshqa ustunlarda** ko'rsatamiz:
# avval ishga tushiring va natijani o'qing.
#
# **1-qadam. Sanash.** `history` da har bir qator — bitta holat o'zgarishi. Har bir murojaatda
# nechta o'zgarish bo'lgan? `reg_no` ustunini `value_counts()` bilan sanaymiz.

# %% [markdown] lang="ru"
# ## Пример с решением
#
# Подготовительная ячейка уже перевела столбцы времени в даты (как `pd.to_datetime` в тетради
# практики). В примере показываем навыки вопросов **на других столбцах**: сначала выполните и
# прочитайте результат.
#
# **Шаг 1. Подсчёт.** В `history` каждая строка — одно изменение статуса. Сколько изменений было у
# каждого обращения? Считаем столбец `reg_no` через `value_counts()`.

# %% [markdown] lang="en"
# ## Worked example
#
# The setup cell has already turned the time columns into dates (like `pd.to_datetime` in the
# practice notebook). The example shows the skills of the questions **on other columns**: run it
# and read the result first.
#
# **Step 1. Counting.** Each row of `history` is one status change. How many changes did each
# appeal have? Count the `reg_no` column with `value_counts()`.

# %%
changes_per_appeal = history["reg_no"].value_counts()
changes_per_appeal.head()

# %% [markdown] lang="uz"
# **2-qadam. Ikki ustun bo'yicha guruhlash.** `groupby(["reg_no", "status"])` har bir
# (murojaat, holat) juftligini alohida guruh qiladi; `.size()` — guruhdagi qatorlar soni.
# `.unstack()` ikkinchi ustunni (holatni) **ustunlarga** aylantiradi: har bir murojaat — bitta
# qator, har bir holat — bitta ustun. Bu yerda: har bir murojaat har bir holatga necha marta
# o'tgan (`fill_value=0` — o'tmagan joyda 0).

# %% [markdown] lang="ru"
# **Шаг 2. Группировка по двум столбцам.** `groupby(["reg_no", "status"])` делает группу из каждой
# пары (обращение, статус); `.size()` — число строк в группе. `.unstack()` превращает второй столбец
# (статус) в **столбцы**: одно обращение — одна строка, один статус — один столбец. Здесь: сколько
# раз каждое обращение переходило в каждый статус (`fill_value=0` — 0, где перехода не было).

# %% [markdown] lang="en"
# **Step 2. Grouping by two columns.** `groupby(["reg_no", "status"])` makes a group of each
# (appeal, status) pair; `.size()` counts its rows. `.unstack()` turns the second column (status)
# into **columns**: one row per appeal, one column per status. Here: how many times each appeal
# entered each status (`fill_value=0` puts 0 where it never did).

# %%
times_in_status = history.groupby(["reg_no", "status"]).size().unstack(fill_value=0)
times_in_status[["assigned", "in_progress", "answered"]].head()

# %% [markdown] lang="uz"
# **3-qadam. Soatlarda farq va ulush.** Ikki sana ayirmasidan `.dt.total_seconds()` — soniyalar;
# 3600 ga bo'lsak — soatlar (`.dt.days` butun kunlarni beradi, soatlarni tashlab yuboradi). Bo'sh
# qiymatlarni (`NaN`: hali yopilmagan) `.dropna()` olib tashlaydi; `(... > 48).mean()` — 48 soatdan
# ko'plar ulushi. Misol: ro'yxatga olingandan yopilgunicha necha soat o'tgan.

# %% [markdown] lang="ru"
# **Шаг 3. Разница в часах и доля.** Из разности двух дат `.dt.total_seconds()` даёт секунды;
# делим на 3600 — часы (`.dt.days` даёт только целые дни и теряет часы). Пустые значения (`NaN`: ещё
# не закрыто) убирает `.dropna()`; `(... > 48).mean()` — доля тех, что дольше 48 часов. Пример:
# сколько часов прошло от регистрации до закрытия.

# %% [markdown] lang="en"
# **Step 3. A difference in hours, and a share.** `.dt.total_seconds()` of a difference gives
# seconds; divided by 3600, hours (`.dt.days` keeps whole days only). `.dropna()` drops empty values
# (`NaN`: not closed yet); `(... > 48).mean()` is the share above 48 hours. Example: hours from
# registration to closure.

# %%
hours_to_close = (appeals["closed_at"] - appeals["registered_at"]).dt.total_seconds() / 3600
print("mediana / медиана:", round(hours_to_close.median(), 1))
print("48 soatdan ko'p / дольше 48 ч:", round(float((hours_to_close.dropna() > 48).mean()), 3))

# %% [markdown] lang="uz"
# **4-qadam. Guruhlar bo'yicha mediana.** `groupby(...)[...].median()` — Mashq qilish daftaridagi
# `.mean()` kabi, faqat mediana: qiymatlarni tartiblaganda o'rtadagisi. Bir nechta juda uzoq ish
# o'rtachani ko'tarib yuboradi, medianani esa deyarli o'zgartirmaydi. Misol: kanallar bo'yicha
# ro'yxatga olishdan yopilgunicha o'tgan kunlar medianasi.

# %% [markdown] lang="ru"
# **Шаг 4. Медиана по группам.** `groupby(...)[...].median()` — как `.mean()` в тетради практики,
# только медиана: среднее по порядку значение. Несколько очень долгих дел поднимают среднее, но почти
# не меняют медиану. Пример: медиана дней от регистрации до закрытия по каналам.

# %% [markdown] lang="en"
# **Step 4. A median per group.** `groupby(...)[...].median()` works like `.mean()` in the
# practice notebook, but gives the median, the middle value: a few very long cases pull the mean
# up and hardly move the median. Example: median days from registration to closure per channel.

# %%
closed = appeals[appeals["closed_at"].notna()].copy()
closed["days_open"] = (closed["closed_at"] - closed["registered_at"]).dt.total_seconds() / 86400
closed.groupby("channel")["days_open"].median()

# %% [markdown] lang="uz"
# ## Asosiy qism
#
# **0-savol (boshlang'ich, 1 ball).** `history` jurnalida har bir **holat** necha marta uchraydi?
# `status` ustunini sanab, natijani `status_counts` (`pandas.Series`: indeks — holat, qiymat —
# necha marta) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# 1-qadamdagi `history["reg_no"].value_counts()` kabi, faqat `status` ustuni. `appeals` jadvalidagi
# `status` faqat **oxirgi** holatni ko'rsatadi — bizga butun tarix kerak.
# </details>

# %% [markdown] lang="ru"
# ## Основная часть
#
# **Вопрос 0 (вводный, 1 балл).** Сколько раз в журнале `history` встречается каждый **статус**?
# Посчитайте столбец `status` и запишите результат в `status_counts` (`pandas.Series`: индекс —
# статус, значение — сколько раз).
#
# <details><summary>Подсказка</summary>
#
# Как `history["reg_no"].value_counts()` в шаге 1, только столбец `status`. В таблице `appeals`
# столбец `status` показывает лишь **последний** статус, а нужна вся история.
# </details>

# %% [markdown] lang="en"
# ## Main part
#
# **Question 0 (warm-up, 1 point).** How many times does each **status** occur in the `history` log?
# Count the `status` column and store the result in `status_counts` (a `pandas.Series`: index the
# status, value how many times).
#
# <details><summary>Hint</summary>
#
# Like `history["reg_no"].value_counts()` in step 1, with the `status` column. The `status` of
# `appeals` holds only the **last** status; you need the whole history.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
status_counts = history["status"].value_counts()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("status_counts")
check_type(status_counts, pd.Series, name="status_counts")
### BEGIN HIDDEN TESTS
_sc = judge.fetch("status_counts")
_ref0 = judge.ref("status_counts")
if not isinstance(_sc, pd.Series):
    raise judge.fail("wrong_type", name="status_counts", expected="Series", got=type(_sc).__name__)
judge.check(
    set(_sc.index) == set(_ref0.index)
    and all(int(_sc[_k]) == int(_ref0[_k]) for _k in _ref0.index),
    uz="Sonlar noto'g'ri: history jadvalidagi barcha holat o'zgarishlarini sanang (appeals dagi oxirgi holatni emas).",
    ru="Числа неверны: считайте все изменения статуса в таблице history (а не последний статус в appeals).",
    en="Wrong counts: count every status change in history (not the last status in appeals).",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar 0-modul va Mashq qilish daftaridan bir qadam nariga o'tadi: ikki ustun
# bo'yicha guruhlash va `unstack`, soatlardagi farq, guruhlar bo'yicha mediana. Har bir qadam
# yuqoridagi Namunada ko'rsatilgan. 2- va 3-savollar 1-savolga bog'liq emas: qiyin bo'lsa, ularni
# avval bajaring.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Следующие вопросы идут на шаг дальше модуля 0 и тетради практики: группировка по двум столбцам и
# `unstack`, разница в часах, медиана по группам. Каждый шаг показан в примере выше. Вопросы 2 и 3
# не зависят от вопроса 1: если он труден, начните с них.

# %% [markdown] lang="en"
# ## Advanced part
#
# The questions below go a step beyond module 0 and the practice notebook: grouping by two columns
# and `unstack`, a difference in hours, a median per group. Each step is shown in the worked example
# above. Questions 2 and 3 do not depend on question 1: if it is hard, do them first.

# %% [markdown] lang="uz"
# **1-savol (2 ball).** Har bir murojaat va har bir holat uchun **birinchi marta** shu holatga
# o'tgan vaqtni toping. Natija — `first_at` jadvali: indeks `reg_no`, ustunlar — holatlar
# (`registered`, `answered`, ...), qiymatlar — vaqt; holat bo'lmagan joyda `NaT`.
#
# <details><summary>Maslahat</summary>
#
# `history.pivot_table(index=..., columns=..., values="at", aggfunc="min")` yoki
# `groupby(["reg_no", "status"])["at"].min().unstack()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Для каждого обращения и каждого статуса найдите время, когда обращение
# **впервые** перешло в этот статус. Результат — таблица `first_at`: индекс `reg_no`, столбцы —
# статусы (`registered`, `answered`, ...), значения — время; где статуса не было — `NaT`.
#
# <details><summary>Подсказка</summary>
#
# `history.pivot_table(index=..., columns=..., values="at", aggfunc="min")` или
# `groupby(["reg_no", "status"])["at"].min().unstack()`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** For each appeal and status find the **first** time the appeal entered
# that status: `first_at` with index `reg_no`, one column per status, `NaT` where the status never
# occurred.
#
# <details><summary>Hint</summary>
#
# `history.groupby(["reg_no", "status"])["at"].min().unstack()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
first_at = history.groupby(["reg_no", "status"])["at"].min().unstack()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("first_at")
check_type(first_at, pd.DataFrame, name="first_at")
check_columns(first_at, ["registered", "answered"], name="first_at")
### BEGIN HIDDEN TESTS
_fa = judge.fetch("first_at")
_ref1 = judge.ref("first_at")
if not isinstance(_fa, pd.DataFrame):
    raise judge.fail("not_table", name="first_at", got=type(_fa).__name__)
judge.check(
    set(_fa.index) == set(_ref1.index),
    uz="Indeksda har bir murojaat (reg_no) bir marta bo'lishi kerak.",
    ru="В индексе каждое обращение (reg_no) должно быть один раз.",
    en="Each appeal (reg_no) must appear once in the index.",
)
_missing1 = [str(c) for c in _ref1.columns if c not in _fa.columns]
if _missing1:
    raise judge.fail("missing_columns", name="first_at", missing=", ".join(_missing1))
for _s in _ref1.columns:
    _a = _fa.loc[_ref1.index, _s]
    _b = _ref1[_s]
    judge.check(
        bool(((_a == _b) | (_a.isna() & _b.isna())).all()),
        uz=f"'{_s}' ustunidagi vaqtlar noto'g'ri: har bir holatning eng birinchi vaqtini oling.",
        ru=f"Время в столбце '{_s}' неверно: берите самое первое время каждого статуса.",
        en=f"The times in column '{_s}' are wrong: take the first time of each status.",
    )
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** Qabul qilingandan (`received_at`) ro'yxatga olingungacha
# (`registered_at`) necha **soat** o'tganini `appeals` dan hisoblang: `hours_to_register`
# (`pandas.Series`, `appeals` bilan bir xil indeks). Keyin qonun talabiga mos kelmasligi mumkin
# bo'lgan holatlar ulushini — 24 soatdan ko'p bo'lganlar ulushini `slow_registration_share` ga
# yozing (ro'yxatga olinmaganlarni hisobga olmang).
#
# <details><summary>Maslahat</summary>
#
# Ikki vaqt ayirmasi `Timedelta`; `.dt.total_seconds() / 3600` soat beradi. Bo'sh qiymatlarni
# `dropna()` bilan olib tashlang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** По таблице `appeals` посчитайте, сколько **часов** прошло от получения
# (`received_at`) до регистрации (`registered_at`): `hours_to_register` (`pandas.Series` с тем же
# индексом, что у `appeals`). Затем запишите в `slow_registration_share` долю случаев, которые могут
# не соответствовать закону, — дольше 24 часов (незарегистрированные не учитывайте).
#
# <details><summary>Подсказка</summary>
#
# Разность двух времён — `Timedelta`; `.dt.total_seconds() / 3600` даёт часы. Пустые значения
# уберите через `dropna()`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** From `appeals`, compute the **hours** from `received_at` to
# `registered_at` as `hours_to_register` (a `Series` aligned with `appeals`), then the share above
# 24 hours (ignoring unregistered ones) as `slow_registration_share`.
#
# <details><summary>Hint</summary>
#
# `.dt.total_seconds() / 3600`; drop empty values with `dropna()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
hours_to_register = (appeals["registered_at"] - appeals["received_at"]).dt.total_seconds() / 3600
slow_registration_share = float((hours_to_register.dropna() > 24).mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("hours_to_register", "slow_registration_share")
check_type(hours_to_register, pd.Series, name="hours_to_register")
check(
    len(hours_to_register) == len(appeals),
    uz="hours_to_register har bir murojaat uchun bitta qiymat bo'lishi kerak.",
    ru="В hours_to_register должно быть по одному значению на обращение.",
    en="hours_to_register needs one value per appeal.",
)
### BEGIN HIDDEN TESTS
judge.expect(
    float(judge.fetch("hours_to_register").median()),
    float(judge.ref("hours_to_register").median()),
    "hours_to_register.median()",
    rel=1e-6,
)
judge.value("slow_registration_share", abs=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Javob berilgan murojaatlar uchun qabuldan javobgacha bo'lgan vaqtni
# **kunlarda** hisoblang va toifalar bo'yicha **mediana**ni `median_days_by_category`
# (`pandas.Series`, indeks — `category`) ga yozing. Nega o'rtacha emas, mediana? Bir nechta juda
# uzoq cho'zilgan ish o'rtachani buzadi.
#
# <details><summary>Maslahat</summary>
#
# `answered_at` bo'sh bo'lmagan qatorlarni oling, `(answered_at - received_at).dt.total_seconds() / 86400`,
# keyin `groupby("category")[...].median()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Для обращений с ответом посчитайте время от получения до ответа **в
# днях** и запишите **медиану** по категориям в `median_days_by_category` (`pandas.Series`, индекс —
# `category`). Почему медиана, а не среднее? Несколько очень затянувшихся дел искажают среднее.
#
# <details><summary>Подсказка</summary>
#
# Возьмите строки с непустым `answered_at`, `(answered_at - received_at).dt.total_seconds() / 86400`,
# затем `groupby("category")[...].median()`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** For answered appeals compute the time from receipt to answer in
# **days** and store the **median** per category in `median_days_by_category`.
#
# <details><summary>Hint</summary>
#
# Filter `answered_at.notna()`, then `total_seconds() / 86400` and
# `groupby("category")[...].median()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_answered = appeals[appeals["answered_at"].notna()].copy()
_answered["days"] = (_answered["answered_at"] - _answered["received_at"]).dt.total_seconds() / 86400
median_days_by_category = _answered.groupby("category")["days"].median()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("median_days_by_category")
check_type(median_days_by_category, pd.Series, name="median_days_by_category")
### BEGIN HIDDEN TESTS
_md = judge.fetch("median_days_by_category")
_ref3 = judge.ref("median_days_by_category")
judge.check(
    set(_md.dropna().index) == set(_ref3.index),
    uz="Indeksda javob berilgan murojaatlari bor toifalar bo'lishi kerak.",
    ru="В индексе должны быть категории, у которых есть обращения с ответом.",
    en="The index must hold the categories that have answered appeals.",
)
for _c in _ref3.index:
    judge.expect(
        float(_md[_c]), float(_ref3[_c]), f"median_days_by_category[{_c!r}]", rel=1e-6
    )
### END HIDDEN TESTS
