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
# # 2-mashq. Idoralararo so'rovlardagi kechikishlar
#
# Murojaatni ko'rib chiqish uchun ko'pincha boshqa idoradan ma'lumot kerak: mahalladan
# ma'lumotnoma, suddan qaror nusxasi, shifoxonadan xulosa. So'rov javobini kutish paytida
# murojaatning **qonuniy muddati to'xtamaydi**. Idoralararo so'rovlar murojaatlar qonuni bilan
# tartibga solinmaydi (1-modda: davlat organlari o'rtasidagi yozishmalar), ularning muddatlari
# boshqa hujjatlar yoki kelishuvlar bilan belgilanadi — bu ma'lumotlarda javob kechiksa, eslatma
# (`reminded_at`) va keyin yuqori turuvchi organga xabar (`escalated_at`) yuboriladi.
#
# Jadval `requests`: `request_id`, `reg_no` (murojaat), `agency`, `sent_at`, `reminded_at`,
# `escalated_at`, `replied_at`, `status`.

# %% [markdown] lang="ru"
# # Упражнение 2. Задержки межведомственных запросов
#
# Для рассмотрения обращения часто нужны сведения другого ведомства: справка махалли, копия решения
# суда, заключение больницы. Пока ждём ответа, **законный срок обращения идёт**. Межведомственные
# запросы законом об обращениях не регулируются (ст. 1: переписка между госорганами), их сроки
# задаются другими актами или соглашениями — в этих данных при задержке ответа направляется
# напоминание (`reminded_at`), затем сообщение в вышестоящий орган (`escalated_at`).
#
# Таблица `requests`: `request_id`, `reg_no` (обращение), `agency`, `sent_at`, `reminded_at`,
# `escalated_at`, `replied_at`, `status`.

# %% [markdown] lang="en"
# # Exercise 2. Inter-agency delays
#
# Measure partner agencies' reply times and reminders, and compare deadline compliance of appeals
# that needed an inter-agency request with those that did not.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd

from malaka.grading.checks import (
    check,
    check_columns,
    check_defined,
    check_in,
    check_type,
)

TZ = "Asia/Tashkent"


def _times(frame, columns):
    for col in columns:
        frame[col] = pd.to_datetime(frame[col], utc=True).dt.tz_convert(TZ)
    return frame


requests = _times(
    pd.read_csv("data/tuman-appeals/interagency_requests.csv"),
    ["sent_at", "reminded_at", "escalated_at", "replied_at"],
)
appeals = _times(
    pd.read_csv("data/tuman-appeals/appeals.csv"),
    ["received_at", "due_at", "extended_until", "answered_at"],
)
requests.head()

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): murojaatga javob necha kunda berilgan
#
# Ikki vaqt ayirmasi — vaqt oralig'i. Kasr kunlar uchun uni soniyalarga o'giramiz
# (`.dt.total_seconds()`) va sutkadagi soniyalarga (86400) bo'lamiz. Keyin kanal bo'yicha
# **mediana** (o'rtadagi qiymat: yarmi undan tez, yarmi sekin). 1-savolda xuddi shunday —
# so'rovlar va idoralar bilan.

# %% [markdown] lang="ru"
# ## Пример с решением: за сколько дней дан ответ на обращение
#
# Разность двух моментов — промежуток времени. Для дробных дней переводим его в секунды
# (`.dt.total_seconds()`) и делим на число секунд в сутках (86400). Затем **медиана** по каналам
# (серединное значение: половина быстрее, половина медленнее). В вопросе 1 так же — с запросами и
# ведомствами.

# %% [markdown] lang="en"
# ## Worked example: how many days an appeal's answer took
#
# A difference of two times is a time span; for fractional days take `.dt.total_seconds()` and
# divide by 86400. Then the **median** per channel. Question 1 does the same with requests and
# agencies.

# %%
answer_days = (appeals["answered_at"] - appeals["received_at"]).dt.total_seconds() / 86400
answer_days.groupby(appeals["channel"]).median().sort_values()

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** Nechta so'rovga javob kechikib, **eslatma** yuborilgan
# (`reminded_at` bo'sh emas)? Sonini `n_reminded` (int) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `requests["reminded_at"].notna()` — eslatma bor qatorlarda `True`; `.sum()` ularni sanaydi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** По скольким запросам ответ задержался и было направлено
# **напоминание** (`reminded_at` не пусто)? Запишите число в `n_reminded` (int).
#
# <details><summary>Подсказка</summary>
#
# `requests["reminded_at"].notna()` — `True` там, где напоминание есть; `.sum()` их считает.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** How many requests needed a **reminder** (`reminded_at` not
# empty)? Store the number in `n_reminded` (int).
#
# <details><summary>Hint</summary>
#
# `requests["reminded_at"].notna().sum()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_reminded = int(requests["reminded_at"].notna().sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_reminded")
check(
    0 <= int(n_reminded) <= len(requests),
    uz="Son 0 dan so'rovlar sonigacha bo'lishi kerak.",
    ru="Число должно быть от 0 до числа запросов.",
    en="The number lies between 0 and the number of requests.",
)
### BEGIN HIDDEN TESTS
judge.value("n_reminded")
### END HIDDEN TESTS
# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchi darajasi (kasr kunlar, guruhlar bo'yicha mediana va ulushlar,
# muddatni uzaytirish bilan solishtirish). Har bir savol alohida baholanadi.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Дальше — вопросы уровня аналитика (дробные дни, медианы и доли по группам, сравнение со сроком с
# учётом продления). Каждый вопрос оценивается отдельно.

# %% [markdown] lang="en"
# ## Advanced part
#
# Analyst-level questions follow (fractional days, medians and shares per group, deadlines with
# extensions). Each is graded on its own.

# %% [markdown] lang="uz"
# **1-savol (2 ball).** `requests` ga `reply_days` ustunini qo'shing: so'rov yuborilgandan javob
# kelguncha o'tgan **kunlar** (kasr son; javob bo'lmasa — bo'sh). Keyin idoralar bo'yicha
# mediana: `median_reply_by_agency` (`pandas.Series`, indeks — `agency`) va eng sekin idora
# `slowest_agency` (str, mediana eng katta).
#
# <details><summary>Maslahat</summary>
#
# `(requests["replied_at"] - requests["sent_at"]).dt.total_seconds() / 86400`;
# `groupby("agency")["reply_days"].median()`; `idxmax()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Добавьте в `requests` столбец `reply_days`: сколько **дней** прошло от
# отправки запроса до ответа (дробное число; нет ответа — пусто). Затем медиана по ведомствам:
# `median_reply_by_agency` (`pandas.Series`, индекс — `agency`) и самое медленное ведомство
# `slowest_agency` (str, наибольшая медиана).
#
# <details><summary>Подсказка</summary>
#
# `(requests["replied_at"] - requests["sent_at"]).dt.total_seconds() / 86400`;
# `groupby("agency")["reply_days"].median()`; `idxmax()`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Add `reply_days` to `requests` (days from `sent_at` to `replied_at`,
# with fractions); then `median_reply_by_agency` and the slowest agency `slowest_agency`.
#
# <details><summary>Hint</summary>
#
# `.dt.total_seconds() / 86400`; `groupby("agency")[...].median()`; `idxmax()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
requests["reply_days"] = (requests["replied_at"] - requests["sent_at"]).dt.total_seconds() / 86400
median_reply_by_agency = requests.groupby("agency")["reply_days"].median()
slowest_agency = str(median_reply_by_agency.idxmax())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("median_reply_by_agency", "slowest_agency")
check_columns(requests, ["reply_days"], name="requests")
check_type(median_reply_by_agency, pd.Series, name="median_reply_by_agency")
check_in(slowest_agency, sorted(requests["agency"].unique()), name="slowest_agency")
### BEGIN HIDDEN TESTS
_req = judge.fetch("requests")
_ref_days = judge.ref("requests")["reply_days"].to_numpy(dtype=float)
judge.check(
    isinstance(_req, pd.DataFrame)
    and "reply_days" in _req.columns
    and len(_req) == len(_ref_days)
    and bool(np.allclose(_req["reply_days"].to_numpy(dtype=float), _ref_days, equal_nan=True)),
    uz="reply_days noto'g'ri: kunlarda, kasr qismi bilan hisoblang.",
    ru="reply_days неверен: считайте в днях, с дробной частью.",
    en="reply_days is wrong: compute it in days, with fractions.",
)
judge.value("median_reply_by_agency", rel=1e-9)
_med = judge.ref("median_reply_by_agency")
_slowest = judge.fetch("slowest_agency")
judge.check(
    isinstance(_slowest, str) and _slowest in _med.index and bool(np.isclose(_med[_slowest], _med.max())),
    uz="slowest_agency mediana eng katta bo'lgan idora emas.",
    ru="slowest_agency — не ведомство с наибольшей медианой.",
    en="slowest_agency is not the agency with the largest median.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** Javobi kechikkan (eslatma yuborilgan, `reminded_at` bo'sh emas) so'rovlar
# ulushini idoralar bo'yicha hisoblang: `reminded_share_by_agency` (`pandas.Series`). Eslatmasiz
# yuqori organga xabar bo'lmaydi, shuning uchun `escalated_at` alohida hisoblanmaydi.
#
# <details><summary>Maslahat</summary>
#
# `requests["reminded_at"].notna()` ni `agency` bo'yicha guruhlab `mean()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** Посчитайте по ведомствам долю запросов с задержкой ответа (направлено
# напоминание, `reminded_at` не пусто): `reminded_share_by_agency` (`pandas.Series`). Без
# напоминания эскалации не бывает, поэтому `escalated_at` отдельно не считаем.
#
# <details><summary>Подсказка</summary>
#
# Сгруппируйте `requests["reminded_at"].notna()` по `agency` и возьмите `mean()`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** Share of requests per agency that needed a reminder (`reminded_at`
# not empty): `reminded_share_by_agency`.
#
# <details><summary>Hint</summary>
#
# Group `requests["reminded_at"].notna()` by `agency` and take the mean.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
reminded_share_by_agency = requests["reminded_at"].notna().groupby(requests["agency"]).mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("reminded_share_by_agency")
check_type(reminded_share_by_agency, pd.Series, name="reminded_share_by_agency")
### BEGIN HIDDEN TESTS
judge.value("reminded_share_by_agency", abs=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (3 ball).** So'rov murojaat muddatiga ta'sir qiladimi? Javob berilgan va muddati bor
# (`due_at` bo'sh emas) murojaatlarni oling; chegarani `extended_until`, u bo'lmasa `due_at` deb
# oling; o'z vaqtida = `answered_at <= chegara`. Ikki ulushni hisoblang:
# - `on_time_with` — idoralararo so'rov yuborilgan murojaatlar orasida;
# - `on_time_without` — so'rovsiz murojaatlar orasida.
#
# <details><summary>Maslahat</summary>
#
# `appeals["reg_no"].isin(requests["reg_no"])` — so'rov bor-yo'qligi belgisi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (3 балла).** Влияет ли запрос на срок обращения? Возьмите обращения с ответом и со
# сроком (`due_at` не пусто); граница — `extended_until`, а если его нет — `due_at`; в срок =
# `answered_at <= граница`. Посчитайте две доли:
# - `on_time_with` — среди обращений, по которым направлялся межведомственный запрос;
# - `on_time_without` — среди обращений без запросов.
#
# <details><summary>Подсказка</summary>
#
# `appeals["reg_no"].isin(requests["reg_no"])` — признак наличия запроса.
# </details>

# %% [markdown] lang="en"
# **Question 3 (3 points).** Among answered appeals with a deadline, with limit = `extended_until`
# or else `due_at`, compute the on-time share for appeals **with** an inter-agency request
# (`on_time_with`) and **without** one (`on_time_without`).
#
# <details><summary>Hint</summary>
#
# `appeals["reg_no"].isin(requests["reg_no"])` marks appeals with a request.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_done = appeals[appeals["answered_at"].notna() & appeals["due_at"].notna()].copy()
_done["limit"] = _done["extended_until"].fillna(_done["due_at"])
_done["on_time"] = _done["answered_at"] <= _done["limit"]
_has = _done["reg_no"].isin(requests["reg_no"])
on_time_with = float(_done.loc[_has, "on_time"].mean())
on_time_without = float(_done.loc[~_has, "on_time"].mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("on_time_with", "on_time_without")
for _v in (on_time_with, on_time_without):
    check(
        0.0 <= float(_v) <= 1.0,
        uz="Ulushlar 0 va 1 orasida bo'lishi kerak.",
        ru="Доли должны быть между 0 и 1.",
        en="Shares lie between 0 and 1.",
    )
### BEGIN HIDDEN TESTS
judge.value("on_time_with", abs=1e-9)
judge.value("on_time_without", abs=1e-9)
### END HIDDEN TESTS
