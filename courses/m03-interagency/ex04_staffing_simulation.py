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
# # 4-mashq. Simulyatsiya: nechta xodim kerak?
#
# Erlang C tez, lekin soddalashtirilgan: xodimlar faqat ish vaqtida (9:00–18:00, dushanba–juma)
# ishlaydi, murojaatlar esa kechayu kunduz keladi, xizmat vaqti eksponensial emas. Bunday holatda
# **simulyatsiya** (SimPy) ishonchliroq. Lekin simulyatsiya natijasi tasodifiy: bir nechta
# **takrorlash** (replication) qilamiz va o'rtacha qiymatni **95 % ishonch oralig'i** bilan
# o'qiymiz.
#
# Maqsad (bo'lim boshlig'ining ichki standarti, mashq uchun): murojaatlarning **90 % i 54 soat**
# ichida javob olsin, ya'ni "javob vaqtining 90-persentili" (p90) ≤ `TARGET_H`. Qaror ishonch
# oralig'ining **yuqori chegarasi** bo'yicha qabul qilinadi: o'rtacha qiymat maqsadga zo'rg'a
# yetgan bo'lsa, omad kelmagan chorakda maqsad buziladi.
#
# Raqamlar taxminiy (rasmiy statistika emas). `simulate(staff)` funksiyasi tayyor: u ssenariyni
# `staff` xodim bilan `REPS` marta ishga tushiradi va KPI lug'atini qaytaradi.

# %% [markdown] lang="ru"
# # Упражнение 4. Симуляция: сколько нужно сотрудников?
#
# Эрланг C быстрый, но упрощённый: сотрудники работают только в рабочее время (9:00–18:00,
# понедельник–пятница), а обращения приходят круглосуточно, и время обслуживания не
# экспоненциальное. Здесь надёжнее **симуляция** (SimPy). Но её результат случаен: делаем несколько
# **прогонов** (replications) и читаем среднее с **95 % доверительным интервалом**.
#
# Цель (внутренний стандарт начальника отдела, для упражнения): **90 % обращений** получают ответ
# за **54 часа**, то есть «90-й процентиль времени ответа» (p90) ≤ `TARGET_H`. Решение принимаем по
# **верхней границе** доверительного интервала: если среднее едва дотягивает до цели, в неудачный
# квартал цель будет нарушена.
#
# Числа условные (не официальная статистика). Функция `simulate(staff)` готова: она прогоняет
# сценарий с `staff` сотрудниками `REPS` раз и возвращает словарь KPI.

# %% [markdown] lang="en"
# # Exercise 4. Simulation: how many officers?
#
# Run the district scenario at several staffing levels, read the p90 time to answer with its 95 %
# confidence interval, pick the smallest level whose upper bound meets the target, and sanity-check
# it against the offered load and Erlang C. Numbers are illustrative.

# %% tags=["setup"]
LANG = "uz"
import copy
import math
from functools import lru_cache

import pandas as pd

from malaka import theory
from malaka.grading.checks import (
    check,
    check_columns,
    check_defined,
    check_equal,
    check_in,
    check_type,
)
from malaka.simulations.kpis import compute_kpis
from malaka.simulations.runner import run_replications
from malaka.simulations.scenario import Scenario

SEED = 7
REPS = 5
STAFF_LEVELS = [5, 6, 7, 8]
TARGET_H = 54.0
KPI = "time_to_answer_p90_h"
POOL = "officers"
BASE = {
    "id": "navbat-mashq",
    "title": {"uz": "Mashq: tuman bo'limi", "ru": "Упражнение: районный отдел", "en": "Exercise: district unit"},
    "calendar": {
        "timezone": "Asia/Tashkent",
        "start": "2026-03-02",
        "horizon_days": 70,
        "warmup_days": 14,
        "working_hours": {"start": 9, "end": 18},
        "working_days": ["mon", "tue", "wed", "thu", "fri"],
        "holidays": [],
        "deadline_days": "calendar",
    },
    "districts": [{"id": "chilonzor", "share": 1.0}],
    "channels": [
        {"id": "e_murojaat", "rate_per_day": 13, "mix": {"property_dispute": 0.6, "migration": 0.4}}
    ],
    "categories": [
        {"id": "property_dispute", "kinds": {"ariza": 1.0}},
        {"id": "migration", "kinds": {"ariza": 1.0}},
    ],
    "deadlines": {"rules": [{"base": {"days": 15}}]},
    "stages": [
        {
            "id": "handling",
            "role": "handling",
            "pool": POOL,
            "service": {"dist": "lognormal", "mean": 3, "sd": 2, "unit": "hours"},
        }
    ],
    "pools": [
        {"id": POOL, "shifts": [{"days": ["mon", "tue", "wed", "thu", "fri"], "start": 9, "end": 18, "staff": 1}]}
    ],
    "replications": REPS,
    "seed": SEED,
}


def scenario_with(staff):
    """Ssenariy nusxasi, `staff` xodim bilan / копия сценария с `staff` сотрудниками."""
    data = copy.deepcopy(BASE)
    data["pools"][0]["shifts"][0]["staff"] = int(staff)
    return Scenario.model_validate(data)


@lru_cache(maxsize=None)
def simulate(staff):
    """KPI lug'ati: `result["summary"][KPI]` = {"mean": ..., "half_width": ...}."""
    scenario = scenario_with(staff)
    events = run_replications(scenario, REPS, SEED, workers=1)
    return compute_kpis(events, None, scenario)

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Bu mashq to'liq tahlilchi darajasida (simulyatsiya, ishonch oralig'i, Erlang C bilan tekshiruv).
# Avval namunani o'qing: har bir savol shu amallarni takrorlaydi.
#
# ## Namuna (yechilgan misol): 5 xodim bilan natijani o'qish
#
# `simulate(5)` lug'at qaytaradi; `["summary"][KPI]` ichida `mean` (takrorlashlar o'rtachasi) va
# `half_width` (95 % ishonch oralig'ining yarim kengligi) bor. Oraliq: o'rtacha ± yarim kenglik.
# Bandlik (`utilisation`) — xodimlar vaqtining qancha qismi band.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Это упражнение целиком уровня аналитика (симуляция, доверительный интервал, проверка Эрлангом C).
# Сначала прочитайте пример: каждый вопрос повторяет эти действия.
#
# ## Пример с решением: читаем результат для 5 сотрудников
#
# `simulate(5)` возвращает словарь; в `["summary"][KPI]` есть `mean` (среднее по прогонам) и
# `half_width` (полуширина 95 % доверительного интервала). Интервал: среднее ± полуширина.
# Загрузка (`utilisation`) — какая доля времени сотрудников занята.

# %% [markdown] lang="en"
# ## Advanced part
#
# This whole exercise is analyst level (simulation, confidence intervals, an Erlang C check). Read
# the worked example first: every question repeats these steps.
#
# ## Worked example: reading the result for 5 officers
#
# `simulate(5)` returns a dictionary; `["summary"][KPI]` holds `mean` and `half_width` (of the 95 %
# confidence interval). The interval is mean ± half-width. `utilisation` is the busy share.

# %%
_example = simulate(5)["summary"]
_m5, _h5 = _example[KPI]["mean"], _example[KPI]["half_width"]
print(f"p90 = {_m5:.1f} h, 95 %: ({_m5 - _h5:.1f}, {_m5 + _h5:.1f})")
print("utilisation:", round(_example["utilisation." + POOL]["mean"], 3))

# %% [markdown] lang="uz"
# **1-savol (2 ball).** 6 xodim bilan simulyatsiya qiling (`simulate(6)`) va natijadan `KPI`
# ko'rsatkichining o'rtachasini `p90_mean`, 95 % ishonch oralig'ining yarim kengligini `p90_half`
# ga, oraliqni esa `p90_ci = (quyi, yuqori)` (tuple) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `simulate(6)["summary"][KPI]` — `{"mean": ..., "half_width": ...}`. Oraliq:
# o'rtacha ± yarim kenglik.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Запустите симуляцию с 6 сотрудниками (`simulate(6)`) и запишите среднее
# показателя `KPI` в `p90_mean`, полуширину 95 % доверительного интервала — в `p90_half`, а сам
# интервал — в `p90_ci = (нижняя, верхняя)` (tuple).
#
# <details><summary>Подсказка</summary>
#
# `simulate(6)["summary"][KPI]` — `{"mean": ..., "half_width": ...}`. Интервал:
# среднее ± полуширина.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Simulate with 6 officers (`simulate(6)`) and store the mean of `KPI`
# in `p90_mean`, the 95 % half-width in `p90_half` and the interval in `p90_ci = (lower, upper)`.
#
# <details><summary>Hint</summary>
#
# `simulate(6)["summary"][KPI]` is `{"mean": ..., "half_width": ...}`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_pilot = simulate(6)["summary"][KPI]
p90_mean = float(_pilot["mean"])
p90_half = float(_pilot["half_width"])
p90_ci = (p90_mean - p90_half, p90_mean + p90_half)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("p90_mean", "p90_half", "p90_ci")
check_type(p90_ci, tuple, name="p90_ci")
check_equal(len(p90_ci), 2, name="len(p90_ci)")
### BEGIN HIDDEN TESTS
# the trainee's own simulate(6) results against the reference run (same seed, same scenario)
judge.value("p90_mean", rel=1e-9)
judge.value("p90_half", rel=1e-9)
judge.check(
    isinstance(judge.fetch("p90_ci"), tuple),
    uz="p90_ci (quyi, yuqori) ko'rinishidagi tuple bo'lishi kerak.",
    ru="p90_ci должен быть tuple вида (нижняя, верхняя).",
    en="p90_ci must be a tuple (lower, upper).",
)
judge.value("p90_ci", rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (3 ball).** `STAFF_LEVELS` dagi har bir xodim soni uchun simulyatsiya qiling va
# `frontier` jadvalini tuzing: indeks — xodim soni, ustunlar `mean`, `half_width`, `upper`
# (= mean + half_width) — `KPI` bo'yicha, va `utilisation` — `POOL` bandligi o'rtachasi
# (`summary["utilisation." + POOL]["mean"]`).
#
# <details><summary>Maslahat</summary>
#
# Lug'atlar ro'yxatidan `pd.DataFrame(rows).set_index("staff")`. Keshlangan `simulate` bir xil
# sonni qayta hisoblamaydi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (3 балла).** Запустите симуляцию для каждого числа сотрудников из `STAFF_LEVELS` и
# постройте таблицу `frontier`: индекс — число сотрудников, столбцы `mean`, `half_width`, `upper`
# (= mean + half_width) — по `KPI`, и `utilisation` — средняя загрузка `POOL`
# (`summary["utilisation." + POOL]["mean"]`).
#
# <details><summary>Подсказка</summary>
#
# `pd.DataFrame(rows).set_index("staff")` из списка словарей. Кешированная `simulate` не
# пересчитывает одно и то же число.
# </details>

# %% [markdown] lang="en"
# **Question 2 (3 points).** Simulate every level in `STAFF_LEVELS` and build `frontier`: index =
# officers, columns `mean`, `half_width`, `upper` (= mean + half_width) of `KPI`, and
# `utilisation` (mean of `summary["utilisation." + POOL]`).
#
# <details><summary>Hint</summary>
#
# `pd.DataFrame(rows).set_index("staff")`; the cached `simulate` does not rerun a level.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_rows = []
for _staff in STAFF_LEVELS:
    _s = simulate(_staff)["summary"]
    _rows.append(
        {
            "staff": _staff,
            "mean": _s[KPI]["mean"],
            "half_width": _s[KPI]["half_width"],
            "upper": _s[KPI]["mean"] + _s[KPI]["half_width"],
            "utilisation": _s["utilisation." + POOL]["mean"],
        }
    )
frontier = pd.DataFrame(_rows).set_index("staff")
frontier
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("frontier")
check_type(frontier, pd.DataFrame, name="frontier")
check_columns(frontier, ["mean", "half_width", "upper", "utilisation"], name="frontier")
check(
    sorted(int(i) for i in frontier.index) == STAFF_LEVELS,
    uz="frontier indeksida STAFF_LEVELS dagi xodim sonlari bo'lishi kerak.",
    ru="В индексе frontier должны быть числа сотрудников из STAFF_LEVELS.",
    en="The index of frontier must hold the staffing levels of STAFF_LEVELS.",
)
### BEGIN HIDDEN TESTS
_cols2 = ["mean", "half_width", "upper", "utilisation"]
_frontier = judge.fetch("frontier")
judge.check(
    isinstance(_frontier, pd.DataFrame) and set(_cols2) <= set(_frontier.columns),
    uz="frontier jadvalida mean, half_width, upper, utilisation ustunlari bo'lishi kerak.",
    ru="В таблице frontier должны быть столбцы mean, half_width, upper, utilisation.",
    en="frontier must be a table with columns mean, half_width, upper, utilisation.",
)
# every staffing level, every column, against the reference's simulations
judge.expect(_frontier[_cols2], judge.ref("frontier")[_cols2], "frontier", rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Maqsadga javob beradigan **eng kam** xodim sonini `chosen_staff` (int) ga
# yozing: `upper <= TARGET_H` bo'lgan eng kichik daraja. Hech biri mos kelmasa — `None`.
#
# <details><summary>Maslahat</summary>
#
# `frontier[frontier["upper"] <= TARGET_H].index.min()`; nega `mean` emas, `upper`?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Запишите в `chosen_staff` (int) **наименьшее** число сотрудников,
# выполняющее цель: наименьший уровень с `upper <= TARGET_H`. Если ни один не подходит — `None`.
#
# <details><summary>Подсказка</summary>
#
# `frontier[frontier["upper"] <= TARGET_H].index.min()`; почему `upper`, а не `mean`?
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Store in `chosen_staff` (int) the **smallest** level with `upper <=
# TARGET_H`, or `None`.
#
# <details><summary>Hint</summary>
#
# `frontier[frontier["upper"] <= TARGET_H].index.min()`: why `upper` and not `mean`?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_ok = frontier[frontier["upper"] <= TARGET_H]
chosen_staff = int(_ok.index.min()) if len(_ok) else None
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("chosen_staff")
check_in(chosen_staff, [*STAFF_LEVELS, None], name="chosen_staff")
### BEGIN HIDDEN TESTS
# judged on the trainee's own frontier, so a slip in question 2 is not counted twice
TARGET_H = judge.ref("TARGET_H")
_f3 = judge.fetch("frontier")
_meets = [int(i) for i in _f3.index if _f3.loc[i, "mean"] + _f3.loc[i, "half_width"] <= TARGET_H]
judge.value("chosen_staff", expect=min(_meets) if _meets else None)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (2 ball).** Nazariya bilan tekshiruv. 6 xodimda bandlik `u` bo'lsa, ish vaqtida
# o'rtacha `a = 6·u` xodim band — bu **taklif etilgan yuklama** (Erlang). Uni `offered_load` ga,
# barqarorlik uchun zarur eng kam sonni (`a` dan katta eng kichik butun son) `min_stable` ga va
# tanlangan daraja uchun (hech biri mos kelmagan bo'lsa — `max(STAFF_LEVELS)` uchun) Erlang C kutish
# ehtimolini `theory.erlang_c(chosen_staff, offered_load)` bilan `p_wait_chosen` ga yozing.
# `chosen_staff >= min_stable` bo'lishi kerak — aks holda simulyatsiya yoki hisobda xato bor.
#
# <details><summary>Maslahat</summary>
#
# `frontier.loc[6, "utilisation"]`; `math.floor(a) + 1`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (2 балла).** Проверка теорией. Если при 6 сотрудниках загрузка `u`, то в рабочее время
# в среднем занято `a = 6·u` сотрудников — это **предлагаемая нагрузка** (в эрлангах). Запишите её в
# `offered_load`, наименьшее устойчивое число (наименьшее целое больше `a`) — в `min_stable`, а
# вероятность ожидания по Эрлангу C для выбранного уровня (если ни один не подошёл — для
# `max(STAFF_LEVELS)`) `theory.erlang_c(chosen_staff, offered_load)` — в `p_wait_chosen`. Должно
# быть `chosen_staff >= min_stable`, иначе ошибка в симуляции или расчёте.
#
# <details><summary>Подсказка</summary>
#
# `frontier.loc[6, "utilisation"]`; `math.floor(a) + 1`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (2 points).** Theory check: with utilisation `u` at 6 officers the offered load is
# `a = 6·u`. Store it in `offered_load`, the smallest integer above `a` in `min_stable`, and
# `theory.erlang_c(chosen_staff, offered_load)` in `p_wait_chosen` (with `max(STAFF_LEVELS)` if no
# level met the target). `chosen_staff >= min_stable` must hold.
#
# <details><summary>Hint</summary>
#
# `frontier.loc[6, "utilisation"]`; `math.floor(a) + 1`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
offered_load = 6 * float(frontier.loc[6, "utilisation"])
min_stable = math.floor(offered_load) + 1
p_wait_chosen = theory.erlang_c(chosen_staff or max(STAFF_LEVELS), offered_load)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("offered_load", "min_stable", "p_wait_chosen")
check(
    0.0 <= float(p_wait_chosen) <= 1.0,
    uz="Kutish ehtimoli 0 va 1 orasida bo'lishi kerak.",
    ru="Вероятность ожидания должна быть между 0 и 1.",
    en="The probability of waiting lies between 0 and 1.",
)
### BEGIN HIDDEN TESTS
# judged on the trainee's own frontier and chosen_staff
from malaka import theory

_f4 = judge.fetch("frontier")
_a4 = 6 * float(_f4.loc[6, "utilisation"])
judge.value("offered_load", expect=_a4, rel=1e-9)
judge.value("min_stable", expect=math.floor(_a4) + 1)
_c4 = judge.fetch("chosen_staff") or max(judge.ref("STAFF_LEVELS"))
judge.value("p_wait_chosen", expect=theory.erlang_c(_c4, _a4), rel=1e-9)
judge.check(
    _c4 >= math.floor(_a4) + 1,
    uz="Tanlangan xodim soni yuklamadan kam: bunday navbat cheksiz o'sadi.",
    ru="Выбранное число сотрудников меньше нагрузки: такая очередь растёт без предела.",
    en="The chosen staffing is below the load: such a queue grows without bound.",
)
### END HIDDEN TESTS
