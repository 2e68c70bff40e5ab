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
# # 4-mashq. Haftalik prognoz va oddiy asos (baseline)
#
# Navbatchilik jadvalini tuzish uchun keyingi haftada nechta murojaat kelishini bilish kerak.
# Har qanday prognozni **oddiy asos** bilan solishtiring: "keyingi hafta o'tgan haftadek bo'ladi"
# (naive). Murakkab model asosdan yaxshi bo'lmasa, undan foyda yo'q.
#
# Qoida: hafta `t` uchun prognoz faqat `t` dan **oldingi** haftalar ma'lumotidan tuziladi
# (kelajakka "qarash" — ma'lumot sizib chiqishi — taqiqlangan).

# %% [markdown] lang="ru"
# # Упражнение 4. Недельный прогноз и простой ориентир (baseline)
#
# Чтобы составить график дежурств, нужно знать, сколько обращений придёт на следующей неделе.
# Любой прогноз сравнивайте с **простым ориентиром**: «следующая неделя будет как прошлая»
# (наивный прогноз). Если сложная модель не лучше ориентира, пользы от неё нет.
#
# Правило: прогноз на неделю `t` строится только по неделям **до** `t` (заглядывать в будущее —
# утечка данных — нельзя).

# %% [markdown] lang="en"
# # Exercise 4. A weekly forecast against a naive baseline
#
# Forecast weekly appeal counts with a 4-week moving average and compare its error with the
# naive "same as last week" forecast; use only past weeks for each forecast.

# %% tags=["setup"]
LANG = "uz"
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from malaka.grading.checks import (
    check,
    check_defined,
    check_in,
    check_type,
)

TZ = "Asia/Tashkent"
appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
appeals["received_at"] = pd.to_datetime(appeals["received_at"], utc=True).dt.tz_convert(TZ)
# H: baholanadigan oxirgi haftalar soni / число последних недель для оценки прогнозов
H = max(4, min(12, (appeals["received_at"].max() - appeals["received_at"].min()).days // 21))

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol)
#
# Savollardagi ko'nikmalarni **kunlik** ma'lumotda ko'rsatamiz (savollarda esa — haftalik). Avval
# ishga tushiring va natijani o'qing.
#
# **1-qadam. Hafta kunlari bo'yicha sanash (Mashq qilish daftaridagidek).** `.dt.day_of_week` —
# hafta kuni (0 = dushanba), `value_counts().sort_index()` — kunlar tartibida sanash.

# %% [markdown] lang="ru"
# ## Пример с решением
#
# Показываем навыки вопросов на **дневных** данных (в вопросах — недельные). Сначала выполните и
# прочитайте результат.
#
# **Шаг 1. Подсчёт по дням недели (как в тетради практики).** `.dt.day_of_week` — день недели
# (0 = понедельник), `value_counts().sort_index()` — подсчёт в порядке дней.

# %% [markdown] lang="en"
# ## Worked example
#
# The skills of the questions on **daily** data (the questions use weekly data). Run it and read
# the result first.
#
# **Step 1. Counting per day of the week (as in the practice notebook).** `.dt.day_of_week` is the
# day of the week (0 = Monday); `value_counts().sort_index()` counts in day order.

# %%
per_weekday = appeals["received_at"].dt.day_of_week.value_counts().sort_index()
per_weekday

# %% [markdown] lang="uz"
# **2-qadam. Vaqt bo'yicha guruhlash: `resample`.** Vaqtni indeksga qo'yib (`set_index`),
# `resample("D")` kunlar bo'yicha, `resample("W-SUN")` dushanba–yakshanba haftalari bo'yicha
# guruhlaydi; `.size()` har bir guruhdagi murojaatlar soni. Birinchi va oxirgi davr to'liq
# bo'lmasligi mumkin: `.iloc[1:-1]` ularni olib tashlaydi.

# %% [markdown] lang="ru"
# **Шаг 2. Группировка по времени: `resample`.** Поставив время в индекс (`set_index`),
# `resample("D")` группирует по дням, `resample("W-SUN")` — по неделям понедельник–воскресенье;
# `.size()` — число обращений в группе. Первый и последний периоды могут быть неполными:
# `.iloc[1:-1]` их убирает.

# %% [markdown] lang="en"
# **Step 2. Grouping by time: `resample`.** With the time as the index (`set_index`),
# `resample("D")` groups by day and `resample("W-SUN")` by Monday-Sunday weeks; `.size()` counts
# each group. The first and last periods may be partial: `.iloc[1:-1]` drops them.

# %%
daily = appeals.set_index("received_at").resample("D").size().iloc[1:-1]
daily.head()

# %% [markdown] lang="uz"
# **3-qadam. Prognoz va uning xatosi.** `daily.shift(1)` — har bir kun yonida **kechagi** qiymat:
# "bugun kechagidek bo'ladi" prognozi. `daily.shift(1).rolling(7).mean()` — oldingi 7 kunning
# o'rtachasi (bugungi kun kirmaydi: avval `shift(1)`, keyin `rolling`). O'rtacha absolyut xato
# (MAE) — prognoz va haqiqiy qiymat farqlarining modullari o'rtachasi; bu yerda oxirgi 14 kunda.

# %% [markdown] lang="ru"
# **Шаг 3. Прогноз и его ошибка.** `daily.shift(1)` — рядом с каждым днём **вчерашнее** значение:
# прогноз «сегодня как вчера». `daily.shift(1).rolling(7).mean()` — среднее 7 предыдущих дней
# (сегодняшний не входит: сначала `shift(1)`, потом `rolling`). Средняя абсолютная ошибка (MAE) —
# среднее модулей разностей прогноза и факта; здесь на последних 14 днях.

# %% [markdown] lang="en"
# **Step 3. A forecast and its error.** `daily.shift(1)` puts **yesterday's** value next to each
# day: the forecast "today like yesterday". `daily.shift(1).rolling(7).mean()` is the mean of the
# previous 7 days (today excluded: `shift(1)` first, then `rolling`). The mean absolute error
# (MAE) averages the absolute differences between forecast and actual, here over the last 14 days.

# %%
yesterday = daily.shift(1)
mean7 = daily.shift(1).rolling(7).mean()
print("MAE kecha / вчера:", round(float((yesterday - daily).abs().iloc[-14:].mean()), 2))
print("MAE 7 kun / 7 дней:", round(float((mean7 - daily).abs().iloc[-14:].mean()), 2))

# %% [markdown] lang="uz"
# **4-qadam. Bir nechta chiziqli grafik.** `fig, ax = plt.subplots()`, har bir qator uchun
# `ax.plot(indeks, qiymatlar, label=...)`, so'ng sarlavha, o'qlar nomi va izoh (`legend`).

# %% [markdown] lang="ru"
# **Шаг 4. Несколько линий на графике.** `fig, ax = plt.subplots()`, для каждого ряда
# `ax.plot(индекс, значения, label=...)`, затем заголовок, подписи осей и легенда (`legend`).

# %% [markdown] lang="en"
# **Step 4. Several lines on one chart.** `fig, ax = plt.subplots()`, one
# `ax.plot(index, values, label=...)` per series, then a title, axis labels and a `legend`.

# %%
day_fig, day_ax = plt.subplots(figsize=(9, 3))
day_ax.plot(daily.index, daily.to_numpy(), label="daily", color="black")
day_ax.plot(mean7.index, mean7.to_numpy(), label="mean7")
day_ax.set_title("Kunlik murojaatlar / Обращения по дням")
day_ax.set_xlabel("kun / день")
day_ax.set_ylabel("murojaatlar / обращения")
day_ax.legend();

# %% [markdown] lang="uz"
# ## Asosiy qism
#
# **0-savol (boshlang'ich, 1 ball).** Navbatchilikni sutkaning qaysi soatlarida kuchaytirish kerak?
# Har bir **soatda** (0–23) nechta murojaat kelganini soatlar tartibida `per_hour`
# (`pandas.Series`: indeks — soat, qiymat — murojaatlar soni) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# 1-qadamdagi `per_weekday` kabi, faqat hafta kuni o'rniga soat: `.dt.hour`. Ulush emas, son
# kerak.
# </details>

# %% [markdown] lang="ru"
# ## Основная часть
#
# **Вопрос 0 (вводный, 1 балл).** В какие часы суток усиливать дежурство? Запишите в `per_hour`
# (`pandas.Series`: индекс — час, значение — число обращений), сколько обращений поступило в каждый
# **час** (0–23), в порядке часов.
#
# <details><summary>Подсказка</summary>
#
# Как `per_weekday` в шаге 1, только вместо дня недели — час: `.dt.hour`. Нужно число, а не доля.
# </details>

# %% [markdown] lang="en"
# ## Main part
#
# **Question 0 (warm-up, 1 point).** At which hours should the duty roster be reinforced? Store in
# `per_hour` (a `pandas.Series`: index the hour, value the number of appeals) how many appeals
# arrived in each **hour** (0-23), in hour order.
#
# <details><summary>Hint</summary>
#
# Like `per_weekday` in step 1, with the hour instead: `.dt.hour`. Counts, not shares.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
per_hour = appeals["received_at"].dt.hour.value_counts().sort_index()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("per_hour")
check_type(per_hour, pd.Series, name="per_hour")
### BEGIN HIDDEN TESTS
_ph = judge.fetch("per_hour")
_ref0 = judge.ref("per_hour")
if not isinstance(_ph, pd.Series):
    raise judge.fail("wrong_type", name="per_hour", expected="Series", got=type(_ph).__name__)
judge.check(
    set(_ph.index) == set(_ref0.index)
    and all(float(_ph[_k]) == float(_ref0[_k]) for _k in _ref0.index),
    uz="per_hour noto'g'ri: har bir soat (.dt.hour) uchun murojaatlar sonini sanang (ulushni emas).",
    ru="per_hour неверно: посчитайте число обращений для каждого часа (.dt.hour), а не долю.",
    en="per_hour is wrong: count the appeals for each hour (.dt.hour), not the share.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — prognoz: vaqt bo'yicha guruhlash (`resample`), `shift` va
# `rolling`, prognoz xatosi va bir nechta chiziqli grafik. Bu 0-modul va Mashq qilish daftaridan
# tashqariga chiqadi; har bir qadam Namunada kunlik ma'lumotda ko'rsatilgan.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Следующие вопросы — прогноз: группировка по времени (`resample`), `shift` и `rolling`, ошибка
# прогноза и график из нескольких линий. Это выходит за рамки модуля 0 и тетради практики; каждый шаг
# показан в примере на дневных данных.

# %% [markdown] lang="en"
# ## Advanced part
#
# The questions below are about forecasting: grouping by time (`resample`), `shift` and `rolling`,
# forecast error and a chart with several lines. This goes beyond module 0 and the practice
# notebook; each step is shown in the worked example on daily data.

# %% [markdown] lang="uz"
# **1-savol (2 ball).** Haftalik murojaatlar sonini `weekly` (`pandas.Series`) ga yozing:
# `received_at` bo'yicha `resample("W-SUN")` (dushanba–yakshanba haftalari) va `.size()`.
# Birinchi va oxirgi haftalar to'liq bo'lmasligi mumkin — ularni olib tashlang.
#
# <details><summary>Maslahat</summary>
#
# `appeals.set_index("received_at").resample("W-SUN").size()`, keyin `.iloc[1:-1]`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Запишите число обращений по неделям в `weekly` (`pandas.Series`):
# `resample("W-SUN")` по `received_at` (недели понедельник–воскресенье) и `.size()`. Первая и
# последняя недели могут быть неполными — уберите их.
#
# <details><summary>Подсказка</summary>
#
# `appeals.set_index("received_at").resample("W-SUN").size()`, затем `.iloc[1:-1]`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Weekly appeal counts `weekly`: `resample("W-SUN")` on `received_at`
# and `.size()`, without the partial first and last weeks.
#
# <details><summary>Hint</summary>
#
# `appeals.set_index("received_at").resample("W-SUN").size().iloc[1:-1]`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
weekly = appeals.set_index("received_at").resample("W-SUN").size().iloc[1:-1]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("weekly")
check_type(weekly, pd.Series, name="weekly")
check(
    len(weekly) >= 8,
    uz="Haftalar soni juda kam: haftalik guruhlashni tekshiring.",
    ru="Слишком мало недель: проверьте группировку по неделям.",
    en="Too few weeks: check the weekly grouping.",
)
### BEGIN HIDDEN TESTS
_w1 = judge.fetch("weekly")
_ref_w = judge.ref("weekly")
judge.check(
    len(_w1) == len(_ref_w) and bool((_w1.to_numpy() == _ref_w.to_numpy()).all()),
    uz="Haftalik sonlar noto'g'ri: W-SUN haftalari va chetdagi to'liq bo'lmagan haftalarni tekshiring.",
    ru="Недельные числа неверны: проверьте недели W-SUN и неполные крайние недели.",
    en="Weekly counts are wrong: check W-SUN weeks and the partial edge weeks.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (3 ball).** Ikki prognoz tuzing (ikkalasi ham `weekly` bilan bir xil indeksli Series):
# - `naive` — o'tgan hafta qiymati;
# - `ma4` — oldingi **4 hafta**ning o'rtachasi (joriy haftani qo'shmasdan).
#
# Keyin oxirgi `H` hafta bo'yicha o'rtacha absolyut xatoni (MAE) hisoblang: `mae_naive`,
# `mae_ma4` (float).
#
# <details><summary>Maslahat</summary>
#
# `weekly.shift(1)` — o'tgan hafta. `weekly.shift(1).rolling(4).mean()` — joriy haftasiz 4 hafta.
# MAE: `(prognoz - weekly).abs().iloc[-H:].mean()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (3 балла).** Постройте два прогноза (оба — Series с тем же индексом, что `weekly`):
# - `naive` — значение прошлой недели;
# - `ma4` — среднее **4 предыдущих недель** (без текущей).
#
# Затем посчитайте среднюю абсолютную ошибку (MAE) на последних `H` неделях: `mae_naive`,
# `mae_ma4` (float).
#
# <details><summary>Подсказка</summary>
#
# `weekly.shift(1)` — прошлая неделя. `weekly.shift(1).rolling(4).mean()` — 4 недели без текущей.
# MAE: `(прогноз - weekly).abs().iloc[-H:].mean()`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (3 points).** Two forecasts aligned with `weekly`: `naive` (last week's value) and
# `ma4` (mean of the **previous 4 weeks**, current week excluded); their mean absolute errors over
# the last `H` weeks: `mae_naive`, `mae_ma4`.
#
# <details><summary>Hint</summary>
#
# `weekly.shift(1)`; `weekly.shift(1).rolling(4).mean()`; `(forecast -
# weekly).abs().iloc[-H:].mean()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
naive = weekly.shift(1)
ma4 = weekly.shift(1).rolling(4).mean()
mae_naive = float((naive - weekly).abs().iloc[-H:].mean())
mae_ma4 = float((ma4 - weekly).abs().iloc[-H:].mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("naive", "ma4", "mae_naive", "mae_ma4")
check_type(naive, pd.Series, name="naive")
check_type(ma4, pd.Series, name="ma4")
check(
    float(mae_naive) >= 0 and float(mae_ma4) >= 0,
    uz="MAE manfiy bo'lolmaydi.",
    ru="MAE не может быть отрицательной.",
    en="MAE cannot be negative.",
)
### BEGIN HIDDEN TESTS
H = judge.ref("H")
# judged on your own weekly counts, so a slip in question 1 is not counted twice
_w = judge.fetch("weekly")
_n = _w.shift(1)
_m = _w.shift(1).rolling(4).mean()
judge.expect(
    float(judge.fetch("mae_naive")), float((_n - _w).abs().iloc[-H:].mean()), "mae_naive", rel=1e-9
)
judge.expect(
    float(judge.fetch("mae_ma4")), float((_m - _w).abs().iloc[-H:].mean()), "mae_ma4", rel=1e-9
)
_ma4 = judge.fetch("ma4")
judge.check(
    bool(np.allclose(_ma4.iloc[-H:].to_numpy(dtype=float), _m.iloc[-H:].to_numpy(dtype=float))),
    uz="ma4 prognozi noto'g'ri: joriy hafta o'z prognoziga kirmasligi kerak.",
    ru="Прогноз ma4 неверен: текущая неделя не должна входить в собственный прогноз.",
    en="ma4 is wrong: a week must not be part of its own forecast.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Qaysi prognoz yaxshiroq? `better` ga `"naive"` yoki `"ma4"` yozing (MAE
# kichigi; teng bo'lsa `"naive"` — oddiyroq usul). Keyin grafik chizing: `fig` (matplotlib
# `Figure`) ustida haqiqiy `weekly` va ikkala prognoz — **uchta chiziq**, sarlavha va o'qlar nomi.
#
# <details><summary>Maslahat</summary>
#
# `fig, ax = plt.subplots()`, `ax.plot(weekly.index, weekly.to_numpy(), label=...)` uch marta,
# `ax.set_title(...)`, `ax.set_xlabel(...)`, `ax.set_ylabel(...)`, `ax.legend()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Какой прогноз лучше? Запишите в `better` `"naive"` или `"ma4"` (меньшая
# MAE; при равенстве `"naive"` — метод проще). Затем нарисуйте график `fig` (matplotlib `Figure`):
# фактический `weekly` и оба прогноза — **три линии**, заголовок и подписи осей.
#
# <details><summary>Подсказка</summary>
#
# `fig, ax = plt.subplots()`, трижды `ax.plot(weekly.index, weekly.to_numpy(), label=...)`,
# `ax.set_title(...)`, `ax.set_xlabel(...)`, `ax.set_ylabel(...)`, `ax.legend()`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Which forecast is better? Store `"naive"` or `"ma4"` in `better`
# (smaller MAE; on a tie `"naive"`). Then draw `fig` (a matplotlib `Figure`) with three lines
# (actual and both forecasts), a title and axis labels.
#
# <details><summary>Hint</summary>
#
# `fig, ax = plt.subplots()`, three `ax.plot(...)` calls, `set_title`, `set_xlabel`, `set_ylabel`,
# `legend`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
better = "ma4" if mae_ma4 < mae_naive else "naive"
fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(weekly.index, weekly.to_numpy(), label="weekly", color="black")
ax.plot(naive.index, naive.to_numpy(), label="naive", linestyle="--")
ax.plot(ma4.index, ma4.to_numpy(), label="ma4")
ax.set_title("Haftalik murojaatlar / Обращения по неделям")
ax.set_xlabel("hafta / неделя")
ax.set_ylabel("murojaatlar / обращения")
ax.legend()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("better", "fig")
check_in(better, ["naive", "ma4"], name="better")
check_type(fig, matplotlib.figure.Figure, name="fig")
### BEGIN HIDDEN TESTS
H = judge.ref("H")
# judged on your own weekly counts, so a slip in question 1 is not counted twice
_w3 = judge.fetch("weekly")
_e_n = float((_w3.shift(1) - _w3).abs().iloc[-H:].mean())
_e_m = float((_w3.shift(1).rolling(4).mean() - _w3).abs().iloc[-H:].mean())
judge.check(
    judge.fetch("better") == ("ma4" if _e_m < _e_n else "naive"),
    uz="better noto'g'ri: MAE kichik bo'lgan prognozni tanlang.",
    ru="better неверно: выберите прогноз с меньшей MAE.",
    en="better is wrong: pick the forecast with the smaller MAE.",
)
_axes = judge.figure("fig")["axes"]
_lines = sum(int(a["lines"]) for a in _axes)
judge.check(
    _lines >= 3,
    uz="Grafikda uchta chiziq bo'lishi kerak: haqiqiy qiymat va ikkala prognoz.",
    ru="На графике должно быть три линии: факт и оба прогноза.",
    en="The plot needs three lines: the actual counts and both forecasts.",
)
judge.check(
    any(a["title"] for a in _axes) and any(a["xlabel"] and a["ylabel"] for a in _axes),
    uz="Grafikka sarlavha va o'qlar nomini qo'shing.",
    ru="Добавьте заголовок и подписи осей.",
    en="Add a title and axis labels.",
)
### END HIDDEN TESTS
