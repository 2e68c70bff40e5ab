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
# # 2-mashq. Muddatlarni hisoblash
#
# Qonunning 28-moddasi (O'RQ-445 tahriri):
#
# - qo'shimcha o'rganish talab qilinmaydigan ariza va shikoyat — **15 kun**;
# - qo'shimcha o'rganish kerak bo'lsa — **1 oygacha**;
# - istisno tariqasida organ rahbari muddatni **yana 1 oygacha** uzaytirishi mumkin (arizachiga
#   xabar beriladi);
# - taklif — **1 oygacha**;
# - vakolatga kirmaydigan murojaat **5 kun ichida** vakolatli organga yuboriladi.
#
# Qonun "kun" deydi; kalendar yoki ish kunlari ekanligi **tasdiqlanmagan**. Shuning uchun ikkala
# usulni ham hisoblay olish kerak. Kurs qoidasi: muddat qabul qilingan kundan keyingi kundan
# sanaladi, ya'ni 15 kunlik muddat `qabul + 15 kun`; "1 oy" — keyingi oyning shu sanasi
# (`pd.DateOffset(months=1)`).

# %% [markdown] lang="ru"
# # Упражнение 2. Расчёт сроков
#
# Статья 28 закона (редакция ЗРУ-445):
#
# - заявление и жалоба без дополнительного изучения — **15 дней**;
# - если нужно дополнительное изучение — **до 1 месяца**;
# - в порядке исключения руководитель органа может продлить срок **ещё не более чем на 1 месяц**
#   (заявителя уведомляют);
# - предложение — **до 1 месяца**;
# - обращение не по компетенции пересылается в компетентный орган **в течение 5 дней**.
#
# Закон говорит «дни»; календарные это дни или рабочие, **не подтверждено**. Поэтому нужно уметь
# считать обоими способами. Правило курса: срок считается со дня, следующего за днём получения,
# то есть 15-дневный срок — это `получение + 15 дней`; «1 месяц» — то же число следующего месяца
# (`pd.DateOffset(months=1)`).

# %% [markdown] lang="en"
# # Exercise 2. Computing deadlines
#
# Art. 28: 15 days for an application or complaint; up to 1 month if extra study is needed; one
# extension by at most 1 more month by the head of the body; 1 month for a proposal; forwarding
# within 5 days. Whether the law counts calendar or working days is unconfirmed, so we compute
# both. Course rule: a 15-day term ends on `received + 15 days`; one month is `pd.DateOffset(months=1)`.

# %% tags=["setup"]
LANG = "uz"
import datetime as dt

import numpy as np
import pandas as pd

from malaka.grading.checks import (
    check,
    check_defined,
    check_type,
)

appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
for _col in ("received_at", "answered_at", "extended_until"):
    appeals[_col] = pd.to_datetime(appeals[_col], utc=True).dt.tz_convert("Asia/Tashkent")
appeals["extended"] = appeals["extended_until"].notna()

# Dam olish kunlari ro'yxati faqat mashq uchun (rasmiy qarorga qarab tekshiring).
# Список праздников только для упражнения (сверяйте с официальным постановлением).
HOLIDAYS = [
    "2025-01-01", "2025-03-08", "2025-03-21", "2025-03-31", "2025-05-09",
    "2025-06-06", "2025-09-01", "2025-10-01", "2025-12-08",
]
_rng = np.random.default_rng(2025)
SAMPLE_DAYS = [dt.date(2025, 1, 1) + dt.timedelta(days=int(d)) for d in _rng.integers(0, 365, 40)]
SAMPLE_DAYS += [dt.date(2025, 1, 31), dt.date(2025, 2, 28), dt.date(2025, 3, 7), dt.date(2025, 12, 31)]

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): sanaga kun va oy qo'shish
#
# Mashq qilish daftarida `pd.Timestamp + pd.Timedelta(days=...)` ni ko'rdingiz. Bu mashqda sanalar
# `datetime.date` (`dt.date(yil, oy, kun)`) ko'rinishida keladi: ularga kun `dt.timedelta(days=...)`
# bilan qo'shiladi. Oy esa turli uzunlikda, shuning uchun "1 oy" `pd.DateOffset(months=1)` bilan
# qo'shiladi: 31-yanvardan keyin 28-fevral chiqadi. Misol boshqa qoidada: qayta yuborish (5 kun,
# ikkilamchi manba) va taklif muallifiga 10 kunlik yozma xabar (28-modda, tasdiqlangan).

# %% [markdown] lang="ru"
# ## Пример с решением: прибавить к дате дни и месяц
#
# В практике вы видели `pd.Timestamp + pd.Timedelta(days=...)`. В этом упражнении даты приходят как
# `datetime.date` (`dt.date(год, месяц, день)`): дни к ним прибавляются через
# `dt.timedelta(days=...)`. Месяцы разной длины, поэтому «1 месяц» прибавляется через
# `pd.DateOffset(months=1)`: после 31 января получается 28 февраля. Пример на других правилах:
# пересылка (5 дней, вторичный источник) и письменное сообщение автору предложения за 10 дней
# (ст. 28, подтверждено).

# %% [markdown] lang="en"
# ## Worked example: adding days and a month to a date
#
# The practice used `pd.Timestamp + pd.Timedelta(days=...)`. Here dates come as `datetime.date`
# (`dt.date(year, month, day)`), and days are added with `dt.timedelta(days=...)`. Months differ in
# length, so "one month" is `pd.DateOffset(months=1)`: 31 January gives 28 February. The example
# uses other rules: forwarding (5 days, secondary source) and the 10-day written notice to the
# author of a proposal (Art. 28, confirmed).

# %%
received = dt.date(2025, 1, 31)
print(received + dt.timedelta(days=5))  # qayta yuborish / пересылка: 2025-02-05
print((pd.Timestamp(received) + pd.DateOffset(months=1)).date())  # 1 oy / 1 месяц: 2025-02-28


def notice_due(received, kind, needs_study=False):
    if kind == "taklif" and needs_study:
        return received + dt.timedelta(days=10)
    return None


print(notice_due(received, "taklif", True), notice_due(received, "ariza", True))

# %% [markdown] lang="uz"
# **1-savol (2 ball).** `due_date(received, kind, needs_study)` funksiyasini yozing. `received` —
# `datetime.date`, `kind` — `"ariza"`, `"shikoyat"` yoki `"taklif"`, `needs_study` — `bool`.
# Funksiya **kalendar kunlarida** muddat sanasini (`datetime.date`) qaytaradi: taklif uchun va
# qo'shimcha o'rganish kerak bo'lsa — 1 oy, aks holda 15 kun.
#
# <details><summary>Maslahat</summary>
#
# `(pd.Timestamp(received) + pd.DateOffset(months=1)).date()` 31-yanvardan 28-fevralni beradi.
# 15 kun uchun `received + dt.timedelta(days=15)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Напишите функцию `due_date(received, kind, needs_study)`. `received` —
# `datetime.date`, `kind` — `"ariza"`, `"shikoyat"` или `"taklif"`, `needs_study` — `bool`.
# Функция возвращает дату окончания срока (`datetime.date`) в **календарных днях**: для
# предложения и при дополнительном изучении — 1 месяц, иначе 15 дней.
#
# <details><summary>Подсказка</summary>
#
# `(pd.Timestamp(received) + pd.DateOffset(months=1)).date()` даёт из 31 января 28 февраля.
# Для 15 дней: `received + dt.timedelta(days=15)`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Write `due_date(received, kind, needs_study)` (`received` is a
# `datetime.date`) returning the deadline in **calendar days**: one month for a proposal or when
# extra study is needed, otherwise 15 days.
#
# <details><summary>Hint</summary>
#
# `(pd.Timestamp(received) + pd.DateOffset(months=1)).date()` turns 31 January into 28 February;
# for 15 days use `received + dt.timedelta(days=15)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def due_date(received, kind, needs_study=False):
    if kind == "taklif" or needs_study:
        return (pd.Timestamp(received) + pd.DateOffset(months=1)).date()
    return received + dt.timedelta(days=15)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("due_date")
check_type(due_date(dt.date(2025, 5, 5), "ariza", False), dt.date, name="due_date(...)")
### BEGIN HIDDEN TESTS
judge.call(
    "due_date",
    [(_d, _kind, _study) for _d in judge.ref("SAMPLE_DAYS") for _kind in ("ariza", "shikoyat", "taklif") for _study in (False, True)],
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** `final_due(received, kind, needs_study, extended)` — uzaytirishni hisobga
# olgan yakuniy muddat: `extended=True` bo'lsa, `due_date` natijasiga yana 1 oy qo'shiladi.
#
# <details><summary>Maslahat</summary>
#
# 1-savoldagi `due_date` dan foydalaning va natijaga `pd.DateOffset(months=1)` qo'shing.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** `final_due(received, kind, needs_study, extended)` — итоговый срок с
# учётом продления: при `extended=True` к результату `due_date` добавляется ещё 1 месяц.
#
# <details><summary>Подсказка</summary>
#
# Используйте `due_date` из вопроса 1 и добавьте `pd.DateOffset(months=1)`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** `final_due(received, kind, needs_study, extended)`: the final
# deadline; with `extended=True` one more month is added to the result of `due_date`.
#
# <details><summary>Hint</summary>
#
# Reuse `due_date` and add `pd.DateOffset(months=1)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def final_due(received, kind, needs_study=False, extended=False):
    due = due_date(received, kind, needs_study)
    if extended:
        due = (pd.Timestamp(due) + pd.DateOffset(months=1)).date()
    return due
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("final_due")
check_type(final_due(dt.date(2025, 5, 5), "ariza", False, True), dt.date, name="final_due(...)")
### BEGIN HIDDEN TESTS
judge.call(
    "final_due",
    [
        (_d, _kind, _study, _ext)
        for _d in judge.ref("SAMPLE_DAYS")
        for _kind in ("ariza", "taklif")
        for _study in (False, True)
        for _ext in (False, True)
    ],
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# 3- va 4-savollar 0-modul va mashq qilish daftaridan nariga o'tadi: ish kunlari taqvimi
# (`np.busday_offset`) va funksiyani jadvalning har bir qatoriga qo'llash (`apply`). Ular ham
# baholanadi; avval 1- va 2-savollarni tugating.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Вопросы 3 и 4 выходят за модуль 0 и практику: календарь рабочих дней (`np.busday_offset`) и
# применение функции к каждой строке таблицы (`apply`). Они тоже оцениваются; сначала закончите
# вопросы 1 и 2.

# %% [markdown] lang="en"
# ## Advanced part
#
# Questions 3 and 4 go beyond module 0 and the practice: a working-day calendar
# (`np.busday_offset`) and applying a function to every row (`apply`). They are graded too; finish
# questions 1 and 2 first.

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Agar muddat **ish kunlarida** sanalsa-chi? `working_due(received, n)`
# funksiyasini yozing: `received` dan **keyingi** `n`-ish kuni (dushanba–juma, `HOLIDAYS`
# ro'yxatidagi bayramlar hisobga olinmaydi). Shanba kuni kelgan murojaatning 1-ish kuni —
# dushanba. Natija `datetime.date`.
#
# <details><summary>Maslahat</summary>
#
# `np.busday_offset(received, n, roll="backward", holidays=HOLIDAYS)` — `roll` nima uchun
# `"backward"`? Dam olish kuni kelgan murojaatni sinab ko'ring. Natijani `.astype(object)`
# yoki `pd.Timestamp(...).date()` bilan `date` ga aylantiring. Oddiy tsikl ham mumkin.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** А если срок считать в **рабочих днях**? Напишите
# `working_due(received, n)`: `n`-й рабочий день **после** `received` (понедельник–пятница,
# праздники из списка `HOLIDAYS` не считаются). Для обращения, поступившего в субботу, первый
# рабочий день — понедельник. Результат — `datetime.date`.
#
# <details><summary>Подсказка</summary>
#
# `np.busday_offset(received, n, roll="backward", holidays=HOLIDAYS)` — почему `roll`
# `"backward"`? Проверьте на обращении, поступившем в выходной. Переведите результат в `date`
# через `pd.Timestamp(...).date()`. Можно и простым циклом.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** What if the period counts **working days**? Write
# `working_due(received, n)`: the `n`-th working day **after** `received` (Monday to Friday,
# skipping the `HOLIDAYS`). For an appeal received on Saturday, working day 1 is Monday. Return a
# `datetime.date`.
#
# <details><summary>Hint</summary>
#
# `np.busday_offset(received, n, roll="backward", holidays=HOLIDAYS)`: why `"backward"`? Try an
# appeal received at the weekend. A plain loop works too.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def working_due(received, n):
    day = np.busday_offset(np.datetime64(received), n, roll="backward", holidays=HOLIDAYS)
    return pd.Timestamp(day).date()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("working_due")
check_type(working_due(dt.date(2025, 5, 5), 15), dt.date, name="working_due(...)")
### BEGIN HIDDEN TESTS
_days3 = judge.ref("SAMPLE_DAYS") + [dt.date(2025, 3, 1), dt.date(2025, 3, 2), dt.date(2025, 3, 20)]
judge.call("working_due", [(_d, _n) for _d in _days3 for _n in (1, 5, 15)])
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (2 ball).** Endi real ma'lumot: `appeals` jadvalidan `regime == "appeals_law"`
# bo'lgan va javob berilgan (`answered_at` bo'sh emas) murojaatlarni oling. Har biri uchun
# kalendar muddatini `final_due(qabul sanasi, kind, False, extended)` bilan hisoblang va
# **muddatidan kech javob berilganlar ulushini** `late_share` (float) ga yozing. `extended`
# ustuni (sozlash katagida `extended_until` dan olingan) muddat uzaytirilganini bildiradi. Javob sanasi
# muddat sanasidan keyin bo'lsa — kech.
#
# <details><summary>Maslahat</summary>
#
# Sanani `appeals["received_at"].dt.date` bilan oling; `apply(..., axis=1)` bilan har bir
# qatorda `final_due` ni chaqiring va `answered_at.dt.date` bilan solishtiring.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (2 балла).** Теперь реальные данные: возьмите из `appeals` обращения с
# `regime == "appeals_law"`, на которые дан ответ (`answered_at` не пусто). Для каждого посчитайте
# календарный срок `final_due(дата получения, kind, False, extended)` и запишите в `late_share`
# (float) **долю ответов, данных позже срока**. Столбец `extended` (получен в ячейке
# настройки из `extended_until`) показывает, был ли срок продлён. Поздно — если дата ответа позже даты срока.
#
# <details><summary>Подсказка</summary>
#
# Дату берите через `appeals["received_at"].dt.date`; вызовите `final_due` для каждой строки
# через `apply(..., axis=1)` и сравните с `answered_at.dt.date`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (2 points).** Real data: take the answered appeals (`answered_at` not empty) with
# `regime == "appeals_law"`, compute `final_due(received date, kind, False, extended)` for each
# and store in `late_share` (float) the **share answered after the deadline**. The `extended`
# column (built in the setup cell from `extended_until`) tells whether the deadline was extended.
#
# <details><summary>Hint</summary>
#
# Use `r["received_at"].date()` inside `apply(..., axis=1)` and compare with
# `answered_at.dt.date`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_done = appeals[(appeals["regime"] == "appeals_law") & appeals["answered_at"].notna()].copy()
_due = _done.apply(
    lambda r: final_due(r["received_at"].date(), r["kind"], False, bool(r["extended"])), axis=1
)
late_share = float((_done["answered_at"].dt.date > _due).mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("late_share")
check(
    0.0 <= float(late_share) <= 1.0,
    uz="Ulush 0 va 1 orasida bo'lishi kerak.",
    ru="Доля должна быть между 0 и 1.",
    en="A share lies between 0 and 1.",
)
### BEGIN HIDDEN TESTS
judge.value("late_share", rel=1e-9, abs=1e-12)
### END HIDDEN TESTS
