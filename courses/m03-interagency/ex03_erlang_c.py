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
# # 3-mashq. Erlang C: ishonch telefoni 1102 uchun navbatchilar soni
#
# Ishonch telefoniga qo'ng'iroqlar tasodifiy keladi (Puasson oqimi, soatiga `λ` ta), bitta
# suhbat o'rtacha `1/μ` soat davom etadi, `c` ta xodim navbatchilik qiladi. Bu **M/M/c** navbat
# modeli. Yuklama `a = λ/μ` (Erlang). `a >= c` bo'lsa navbat cheksiz o'sadi.
#
# **Erlang C** formulasi — qo'ng'iroq kutib qolish ehtimoli:
#
# $$C(c, a) = \frac{\frac{a^c}{c!}\frac{c}{c-a}}{\sum_{k=0}^{c-1}\frac{a^k}{k!} + \frac{a^c}{c!}\frac{c}{c-a}}$$
#
# O'rtacha kutish $W_q = C/(c\mu - \lambda)$, `t` dan ko'p kutmaslik ehtimoli
# $P(W \le t) = 1 - C\,e^{-(c\mu-\lambda)t}$.
#
# Raqamlar mashq uchun o'ylab topilgan (rasmiy statistika emas).

# %% [markdown] lang="ru"
# # Упражнение 3. Эрланг C: сколько дежурных на телефоне доверия 1102
#
# Звонки на телефон доверия приходят случайно (пуассоновский поток, `λ` в час), разговор длится в
# среднем `1/μ` часа, дежурят `c` сотрудников. Это модель очереди **M/M/c**. Нагрузка `a = λ/μ`
# (в эрлангах). При `a >= c` очередь растёт без предела.
#
# Формула **Эрланга C** — вероятность, что звонок будет ждать:
#
# $$C(c, a) = \frac{\frac{a^c}{c!}\frac{c}{c-a}}{\sum_{k=0}^{c-1}\frac{a^k}{k!} + \frac{a^c}{c!}\frac{c}{c-a}}$$
#
# Среднее ожидание $W_q = C/(c\mu - \lambda)$, вероятность ждать не дольше `t`:
# $P(W \le t) = 1 - C\,e^{-(c\mu-\lambda)t}$.
#
# Числа придуманы для упражнения (не официальная статистика).

# %% [markdown] lang="en"
# # Exercise 3. Erlang C: staffing hotline 1102
#
# Implement Erlang C, the M/M/c mean wait and service level, and find the smallest number of
# officers that meets a service-level target, hour by hour. Numbers are illustrative.

# %% tags=["setup"]
LANG = "uz"
import math

from malaka.grading.checks import (
    check,
    check_defined,
    check_equal,
)

MU = 10.0  # suhbat o'rtacha 6 daqiqa / разговор в среднем 6 минут -> 10 в час
WITHIN_H = 20 / 3600  # 20 soniya / 20 секунд
TARGET = 0.80  # 80 % qo'ng'iroqqa 20 soniyada javob / 80 % звонков за 20 секунд
# Soatlar bo'yicha qo'ng'iroqlar (0:00 dan 23:00 gacha) / звонки по часам суток
HOURLY_CALLS = [3, 2, 1, 1, 1, 2, 5, 10, 18, 26, 30, 31, 27, 25, 29, 30, 27, 22, 18, 14, 11, 8, 6, 4]

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): tungi soatdagi yuklama
#
# Soat 03:00 da soatiga `λ = HOURLY_CALLS[3]` qo'ng'iroq keladi, bitta xodim soatiga `MU = 10` ta
# suhbatni ko'ra oladi. **Yuklama** `a = λ / μ` — o'rtacha nechta xodim band bo'ladi. Xodimlar
# soni `a` dan katta bo'lmasa, navbat cheksiz o'sadi. Erlang C formulasida faktoriallar
# (`math.factorial(3)` = 3·2·1 = 6) va yig'indi (`sum(...)`) bor — ular quyida.

# %% [markdown] lang="ru"
# ## Пример с решением: нагрузка в ночной час
#
# В 03:00 приходит `λ = HOURLY_CALLS[3]` звонков в час, один сотрудник успевает `MU = 10`
# разговоров в час. **Нагрузка** `a = λ / μ` — сколько сотрудников в среднем заняты. Если
# сотрудников не больше `a`, очередь растёт без предела. В формуле Эрланга C есть факториалы
# (`math.factorial(3)` = 3·2·1 = 6) и сумма (`sum(...)`) — они ниже.

# %% [markdown] lang="en"
# ## Worked example: the load in a night hour
#
# At 03:00, `λ = HOURLY_CALLS[3]` calls arrive per hour and one officer handles `MU = 10` per hour.
# The **load** `a = λ / μ` is how many officers are busy on average; with no more officers than
# `a` the queue grows without bound. Erlang C uses factorials and a sum, shown below.

# %%
lam_night = HOURLY_CALLS[3]
a_night = lam_night / MU
print("a =", a_night, "| eng kam barqaror son / наименьшее устойчивое число:", math.floor(a_night) + 1)
print("3! =", math.factorial(3))
print("sum a^k/k!, k < 2:", sum(a_night**k / math.factorial(k) for k in range(2)))

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** Kunning eng ko'p qo'ng'iroqli soati uchun yuklamani
# `peak_load` (float) ga va navbat cheksiz o'smasligi uchun zarur eng kam xodim sonini
# (`peak_load` dan katta eng kichik butun son) `peak_min_staff` (int) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `max(HOURLY_CALLS) / MU`; eng kichik katta butun son — `math.floor(peak_load) + 1`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** Для самого загруженного часа суток запишите нагрузку в
# `peak_load` (float), а наименьшее число сотрудников, при котором очередь не растёт без предела
# (наименьшее целое больше `peak_load`), — в `peak_min_staff` (int).
#
# <details><summary>Подсказка</summary>
#
# `max(HOURLY_CALLS) / MU`; наименьшее целое больше — `math.floor(peak_load) + 1`.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** For the busiest hour store the load in `peak_load` (float) and
# the smallest integer above it, the fewest officers for a stable queue, in `peak_min_staff` (int).
#
# <details><summary>Hint</summary>
#
# `max(HOURLY_CALLS) / MU`; `math.floor(peak_load) + 1`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
peak_load = max(HOURLY_CALLS) / MU
peak_min_staff = math.floor(peak_load) + 1
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("peak_load", "peak_min_staff")
check(
    float(peak_min_staff) > float(peak_load),
    uz="Xodimlar soni yuklamadan katta bo'lishi kerak, aks holda navbat cheksiz o'sadi.",
    ru="Число сотрудников должно быть больше нагрузки, иначе очередь растёт без предела.",
    en="The number of officers must exceed the load, or the queue grows without bound.",
)
### BEGIN HIDDEN TESTS
judge.value("peak_load", rel=1e-9)
judge.value("peak_min_staff")
### END HIDDEN TESTS
# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchi darajasi: Erlang C formulasini funksiya sifatida yozish, xizmat
# darajasi va soatbay xodimlar soni. Har bir savol alohida baholanadi.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Дальше — уровень аналитика: формула Эрланга C в виде функции, уровень обслуживания и численность
# по часам. Каждый вопрос оценивается отдельно.

# %% [markdown] lang="en"
# ## Advanced part
#
# Analyst level: Erlang C as a function, service level and staffing hour by hour. Each question is
# graded on its own.

# %% [markdown] lang="uz"
# **1-savol (3 ball).** `erlang_c(c, a)` funksiyasini yozing (float qaytaradi). `a >= c` bo'lsa
# `1.0` qaytaring (hamma kutadi).
#
# <details><summary>Maslahat</summary>
#
# `math.factorial`, `sum(a**k / math.factorial(k) for k in range(c))`. Katta `c` da sonlar
# kattalashadi, lekin bu mashqdagi qiymatlar uchun oddiy formula yetadi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (3 балла).** Напишите функцию `erlang_c(c, a)` (возвращает float). При `a >= c`
# верните `1.0` (ждут все).
#
# <details><summary>Подсказка</summary>
#
# `math.factorial`, `sum(a**k / math.factorial(k) for k in range(c))`. При больших `c` числа
# растут, но для значений этого упражнения простой формулы достаточно.
# </details>

# %% [markdown] lang="en"
# **Question 1 (3 points).** Write `erlang_c(c, a)` (float); return `1.0` when `a >= c`.
#
# <details><summary>Hint</summary>
#
# `math.factorial`; `sum(a**k / math.factorial(k) for k in range(c))`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def erlang_c(c, a):
    if a >= c:
        return 1.0
    top = a**c / math.factorial(c) * c / (c - a)
    bottom = sum(a**k / math.factorial(k) for k in range(c)) + top
    return top / bottom
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("erlang_c")
_v = erlang_c(3, 2.0)
check(
    0.0 < float(_v) < 1.0,
    uz="Ehtimol 0 va 1 orasida bo'lishi kerak.",
    ru="Вероятность должна быть между 0 и 1.",
    en="A probability lies between 0 and 1.",
)
### BEGIN HIDDEN TESTS
judge.call(
    "erlang_c",
    [(3, 2.0)]
    + [(c, a) for c in (1, 2, 3, 5, 8, 12, 20) for a in (0.3, 0.9, 2.4, 4.5, 7.9, 11.0, 19.5)],
    rel=1e-6,
    abs=1e-12,
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** `mean_wait(lam, mu, c)` — o'rtacha kutish $W_q$ **soatlarda**
# (`c*mu <= lam` bo'lsa `math.inf`) va `service_level(lam, mu, c, t)` — $P(W \le t)$ (barqaror
# bo'lmasa `0.0`). Ikkalasida ham 1-savoldagi `erlang_c` dan foydalaning.
#
# <details><summary>Maslahat</summary>
#
# `a = lam / mu`; `C = erlang_c(c, a)`; `C / (c * mu - lam)`; `1 - C * math.exp(-(c * mu - lam) * t)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** `mean_wait(lam, mu, c)` — среднее ожидание $W_q$ **в часах** (при
# `c*mu <= lam` — `math.inf`) и `service_level(lam, mu, c, t)` — $P(W \le t)$ (при неустойчивости
# `0.0`). В обеих используйте `erlang_c` из вопроса 1.
#
# <details><summary>Подсказка</summary>
#
# `a = lam / mu`; `C = erlang_c(c, a)`; `C / (c * mu - lam)`; `1 - C * math.exp(-(c * mu - lam) * t)`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** `mean_wait(lam, mu, c)`: mean wait in **hours** (`math.inf` when
# `c*mu <= lam`); `service_level(lam, mu, c, t)`: P(W <= t) (`0.0` when unstable). Use your
# `erlang_c`.
#
# <details><summary>Hint</summary>
#
# `C / (c * mu - lam)`; `1 - C * math.exp(-(c * mu - lam) * t)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def mean_wait(lam, mu, c):
    if c * mu <= lam:
        return math.inf
    return erlang_c(c, lam / mu) / (c * mu - lam)


def service_level(lam, mu, c, t):
    if c * mu <= lam:
        return 0.0
    return 1 - erlang_c(c, lam / mu) * math.exp(-(c * mu - lam) * t)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("mean_wait", "service_level")
check(
    math.isinf(mean_wait(30, 10, 3)),
    uz="c*mu <= lam bo'lsa navbat cheksiz: mean_wait math.inf qaytarishi kerak.",
    ru="При c*mu <= lam очередь бесконечна: mean_wait должна вернуть math.inf.",
    en="With c*mu <= lam the queue is unbounded: mean_wait must return math.inf.",
)
### BEGIN HIDDEN TESTS
MU = judge.ref("MU")
WITHIN_H = judge.ref("WITHIN_H")
_stable = [(lam, MU, c) for lam in (5.0, 24.0, 31.0) for c in (1, 3, 4, 5, 7) if c * MU > lam]
judge.call("mean_wait", [*_stable, (30.0, MU, 3)], rel=1e-6)  # the last one is unstable: math.inf
judge.call("service_level", [(*case, WITHIN_H) for case in [*_stable, (30.0, MU, 3)]], rel=1e-6)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (3 ball).** `staff_needed(lam)` — `TARGET` ulushdagi qo'ng'iroqqa `WITHIN_H` ichida
# javob beradigan **eng kam** xodim soni (`MU` bilan). Keyin har bir soat uchun kerakli sonlar
# ro'yxatini `staff_by_hour` (24 ta butun son, `HOURLY_CALLS` bo'yicha) va jami xodim-soatlarni
# `staff_hours` (int) ga yozing. Qo'ng'iroq bo'lmagan soatda ham kamida 1 kishi bo'lsin.
#
# <details><summary>Maslahat</summary>
#
# `c = math.floor(lam / MU) + 1` dan boshlang (barqarorlik) va shart bajarilguncha `c += 1`.
# Kun bo'yi o'rtacha yuklama bilan hisoblash cho'qqi soatlarini kam baholaydi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (3 балла).** `staff_needed(lam)` — **наименьшее** число сотрудников, при котором на
# долю `TARGET` звонков отвечают за `WITHIN_H` (с `MU`). Затем запишите список по часам
# `staff_by_hour` (24 целых числа по `HOURLY_CALLS`) и суммарные человеко-часы `staff_hours` (int).
# В час без звонков — всё равно минимум 1 человек.
#
# <details><summary>Подсказка</summary>
#
# Начните с `c = math.floor(lam / MU) + 1` (устойчивость) и увеличивайте `c`, пока условие не
# выполнится. Расчёт по средней за сутки нагрузке недооценивает пиковые часы.
# </details>

# %% [markdown] lang="en"
# **Question 3 (3 points).** `staff_needed(lam)`: the **smallest** number of officers answering a
# `TARGET` share of calls within `WITHIN_H` (with `MU`). Then `staff_by_hour` (24 integers from
# `HOURLY_CALLS`, at least 1 each) and the total `staff_hours` (int).
#
# <details><summary>Hint</summary>
#
# Start at `math.floor(lam / MU) + 1` and step up. Averaging the day's load under-staffs the
# peaks.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def staff_needed(lam):
    c = math.floor(lam / MU) + 1
    while service_level(lam, MU, c, WITHIN_H) < TARGET:
        c += 1
    return max(c, 1)


staff_by_hour = [staff_needed(lam) for lam in HOURLY_CALLS]
staff_hours = int(sum(staff_by_hour))
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("staff_needed", "staff_by_hour", "staff_hours")
check_equal(len(staff_by_hour), 24, name="len(staff_by_hour)")
### BEGIN HIDDEN TESTS
_by_hour = judge.fetch("staff_by_hour")
judge.expect([int(x) for x in _by_hour], judge.ref("staff_by_hour"), "staff_by_hour")
judge.value("staff_hours")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (2 ball).** Tez taxmin — **kvadrat ildiz qoidasi**: $c = \lceil a + \beta\sqrt{a}\,\rceil$.
# `sqrt_rule(a, beta)` funksiyasini yozing (butun son; `a > 0` da kamida `floor(a) + 1`, ya'ni
# barqaror). Tushlikdagi cho'qqi soati (`HOURLY_CALLS[11]`) uchun `beta = 1.0` bilan natijani
# `peak_sqrt` ga va Erlang C natijasini `peak_erlang` ga yozing: qoida Erlang C ga qanchalik yaqin?
#
# <details><summary>Maslahat</summary>
#
# `math.ceil(a + beta * math.sqrt(a))`, keyin `max(..., math.floor(a) + 1)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (2 балла).** Быстрая оценка — **правило квадратного корня**:
# $c = \lceil a + \beta\sqrt{a}\,\rceil$. Напишите `sqrt_rule(a, beta)` (целое; при `a > 0` не меньше
# `floor(a) + 1`, то есть устойчиво). Для пикового часа (`HOURLY_CALLS[11]`) запишите результат с
# `beta = 1.0` в `peak_sqrt`, а результат Эрланга C — в `peak_erlang`: насколько правило близко?
#
# <details><summary>Подсказка</summary>
#
# `math.ceil(a + beta * math.sqrt(a))`, затем `max(..., math.floor(a) + 1)`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (2 points).** Square-root rule `sqrt_rule(a, beta)` = ceil(a + beta·sqrt(a)), at
# least `floor(a) + 1`. For the peak hour `HOURLY_CALLS[11]` store the rule's result with `beta =
# 1.0` in `peak_sqrt` and Erlang C's in `peak_erlang`.
#
# <details><summary>Hint</summary>
#
# `math.ceil(a + beta * math.sqrt(a))`, then `max(..., math.floor(a) + 1)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def sqrt_rule(a, beta):
    return max(math.ceil(a + beta * math.sqrt(a)), math.floor(a) + 1)


peak_sqrt = sqrt_rule(HOURLY_CALLS[11] / MU, 1.0)
peak_erlang = staff_needed(HOURLY_CALLS[11])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("sqrt_rule", "peak_sqrt", "peak_erlang")
### BEGIN HIDDEN TESTS
judge.call("sqrt_rule", [(a, beta) for a in (0.4, 1.0, 2.4, 3.1, 9.7, 25.0, 100.0) for beta in (0.5, 1.0, 1.5)])
judge.value("peak_sqrt")
judge.value("peak_erlang")
### END HIDDEN TESTS
