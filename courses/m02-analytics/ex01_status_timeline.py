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
