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
# # Mashq qilish 1. Rejim, sana, muddat, ulush
#
# 0-modulda siz jadvalni o'qidingiz, qatorlarni ajratdingiz va sanadingiz. Bu daftar o'sha
# ko'nikmalardan 1-modul mashqlariga ko'prik: bitta murojaatning **huquqiy rejimini** topish,
# haqiqiy **sanalar** bilan muddat hisoblash, kichik **funksiya** yozish, rejim bo'yicha ajratish
# va **ulush** hisoblash. Har bir savoldan oldin yechilgan misol bor.
#
# Tayyorlov katagi murojaatlar jadvalini `appeals` ga o'qiydi: uni birinchi bo'lib ishga
# tushiring. Har bir javobdan keyin `q1.check()` kabi tekshiruv katagini ishga tushiring;
# qiynalsangiz — `q1.hint()`, oxirgi chora — `q1.solution()`.

# %% [markdown] lang="ru"
# # Практика 1. Режим, дата, срок, доля
#
# В модуле 0 вы читали таблицу, отбирали строки и считали их. Этот блокнот — мост от тех навыков к
# упражнениям модуля 1: найти **правовой режим** одного обращения, посчитать срок по настоящим
# **датам**, написать маленькую **функцию**, отобрать обращения по режиму и посчитать **долю**.
# Перед каждым вопросом есть пример с решением.
#
# Подготовительная ячейка читает таблицу обращений в `appeals`: выполните её первой. После каждого
# ответа выполняйте ячейку проверки вида `q1.check()`; если трудно — `q1.hint()`, в крайнем случае
# — `q1.solution()`.

# %% [markdown] lang="en"
# # Practice 1. Regime, dates, deadlines, shares
#
# In module 0 you read a table, filtered rows and counted them. This notebook bridges from there
# to module 1's exercises: look up one appeal's **legal regime**, compute a deadline from real
# **dates**, write a small **function**, filter by regime and compute a **share**. Every question
# has a worked example before it.
#
# The setup cell reads the table of appeals into `appeals`: run it first. After each answer run
# its check cell (`q1.check()`); if stuck, `q1.hint()`, as a last resort `q1.solution()`.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd
from malaka.practice import attach

appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
attach(globals(), "p01_regime_dates")

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): bitta murojaatning huquqiy rejimi
#
# Har bir murojaatning ro'yxatga olish raqami bor (`reg_no` ustuni). Bitta murojaatni topish —
# bu 0-moduldagi filtrning o'zi: shart `appeals["reg_no"] == "..."` faqat bitta qatorni qoldiradi.
# Shu qatordan bitta ustunni olamiz, `.iloc[0]` esa undagi birinchi (bu yerda yagona) qiymatni
# beradi.
#
# `regime` ustunidagi qiymatlar (huquqiy rejimlar):

# %% [markdown] lang="ru"
# ## Пример с решением: правовой режим одного обращения
#
# У каждого обращения есть регистрационный номер (столбец `reg_no`). Найти одно обращение — это
# тот же фильтр из модуля 0: условие `appeals["reg_no"] == "..."` оставляет одну строку. Из неё
# берём один столбец, а `.iloc[0]` даёт первое (здесь единственное) значение.
#
# Значения столбца `regime` (правовые режимы):

# %% [markdown] lang="en"
# ## Worked example: the legal regime of one appeal
#
# Every appeal has a registration number (the `reg_no` column). Finding one appeal is module 0's
# filter again: the condition `appeals["reg_no"] == "..."` keeps one row. We take one column of it,
# and `.iloc[0]` gives its first (here only) value.
#
# The values of the `regime` column (legal regimes):

# %% [markdown]
# | `regime` | uz | ru | en |
# |---|---|---|---|
# | `appeals_law` | Murojaatlar to'g'risidagi qonun (15 kun / 1 oy) | Закон об обращениях (15 дней / 1 месяц) | Appeals law (15 days / 1 month) |
# | `criminal` | Jinoyat-protsessual tartib | Уголовно-процессуальный порядок | Criminal procedure |
# | `administrative` | Ma'muriy javobgarlik | Административная ответственность | Administrative liability |
# | `forward` | Boshqa organ vakolatida (qayta yuborish) | Не по компетенции (пересылка) | Another body's matter (forwarding) |
# | `public_service` | Davlat xizmati | Государственная услуга | Public service |

# %%
one = appeals[appeals["reg_no"] == "IIV-2026-000004"]
print(one[["reg_no", "kind", "regime", "department"]])
example_regime = one["regime"].iloc[0]
example_regime

# %% [markdown] lang="uz"
# **1-savol.** `IIV-2026-000004` raqamli murojaatning huquqiy rejimini toping va `case_regime`
# ga yozing (masalan `"criminal"` kabi matn).

# %% [markdown] lang="ru"
# **Вопрос 1.** Найдите правовой режим обращения с номером `IIV-2026-000004` и запишите его в
# `case_regime` (текст, например `"criminal"`).

# %% [markdown] lang="en"
# **Question 1.** Find the legal regime of appeal `IIV-2026-000004` and store it in
# `case_regime` (text such as `"criminal"`).

# %% practice={"q": "q1", "names": ["case_regime"]}
### BEGIN SOLUTION
#> case = appeals[appeals["reg_no"] == ____]
#> case_regime = case[____].iloc[0]
case = appeals[appeals["reg_no"] == "IIV-2026-000004"]
case_regime = case["regime"].iloc[0]
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Birinchi bo'shliqqa raqamni qo'shtirnoq ichida yozing: `"IIV-2026-000004"`. Ikkinchisiga —
# ustun nomi, u ham qo'shtirnoqda: `"regime"`.

# %% [markdown] lang="ru" hint="q1"
# В первый пропуск впишите номер в кавычках: `"IIV-2026-000004"`. Во второй — имя столбца, тоже в
# кавычках: `"regime"`.

# %% [markdown] lang="en" hint="q1"
# The first blank takes the number in quotes, `"IIV-2026-000004"`; the second the column name,
# also in quotes, `"regime"`.

# %% [markdown] lang="uz"
# ## Namuna: sanaga kun qo'shish
#
# 0-modulda kunlarni oddiy son bilan sanadik: `received_day + 15`. Endi haqiqiy sana bilan
# ishlaymiz. `pd.Timestamp("2026-03-02")` — sana (yil-oy-kun), `pd.Timedelta(days=15)` — 15 kunlik
# oraliq. Ularni qo'shsak, yangi sana chiqadi; oy oxiri o'zi hisobga olinadi.
#
# Kurs qoidasi (2-mashqdagidek): 15 kunlik muddat `qabul sanasi + 15 kun` kuni tugaydi. Qonunning
# 28-moddasi (tasdiqlangan): ariza va shikoyat 15 kunda ko'rib chiqiladi.

# %% [markdown] lang="ru"
# ## Пример с решением: прибавить к дате дни
#
# В модуле 0 дни считались простым числом: `received_day + 15`. Теперь работаем с настоящей
# датой. `pd.Timestamp("2026-03-02")` — дата (год-месяц-день), `pd.Timedelta(days=15)` —
# промежуток в 15 дней. Сложив их, получаем новую дату; конец месяца учитывается сам.
#
# Правило курса (как в упражнении 2): 15-дневный срок кончается в день `дата поступления + 15
# дней`. Статья 28 закона (подтверждено): заявление и жалоба рассматриваются в течение 15 дней.

# %% [markdown] lang="en"
# ## Worked example: adding days to a date
#
# In module 0 days were plain numbers: `received_day + 15`. Now we use real dates.
# `pd.Timestamp("2026-03-02")` is a date (year-month-day), `pd.Timedelta(days=15)` a span of 15
# days; their sum is a new date, month ends included. Course rule (as in exercise 2): a 15-day term
# ends on `received + 15 days`. Art. 28 (confirmed): an application or complaint is considered in
# 15 days.

# %%
received = pd.Timestamp("2026-03-20")
example_deadline = received + pd.Timedelta(days=15)
print(example_deadline)  # 2026-04-04: the month changed by itself

# %% [markdown] lang="uz"
# **2-savol.** Ariza 2026-yil 5-martda (`"2026-03-05"`) kelgan. Uning 15 kunlik muddatini
# hisoblang va `deadline` ga yozing (natija — sana, `pd.Timestamp`).

# %% [markdown] lang="ru"
# **Вопрос 2.** Заявление поступило 5 марта 2026 года (`"2026-03-05"`). Посчитайте его 15-дневный
# срок и запишите в `deadline` (результат — дата, `pd.Timestamp`).

# %% [markdown] lang="en"
# **Question 2.** An application arrived on 5 March 2026 (`"2026-03-05"`). Compute its 15-day
# deadline into `deadline` (a date, `pd.Timestamp`).

# %% practice={"q": "q2", "names": ["deadline"]}
### BEGIN SOLUTION
#> deadline = pd.Timestamp(____) + pd.Timedelta(days=____)
deadline = pd.Timestamp("2026-03-05") + pd.Timedelta(days=15)
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Namunadagidek: sana qo'shtirnoq ichida `"2026-03-05"`, kunlar soni esa qo'shtirnoqsiz son.

# %% [markdown] lang="ru" hint="q2"
# Как в примере: дата в кавычках `"2026-03-05"`, а число дней — без кавычек.

# %% [markdown] lang="en" hint="q2"
# As in the example: the date in quotes, `"2026-03-05"`, the number of days without quotes.

# %% [markdown] lang="uz"
# **3-savol.** Kommunal xizmat haqidagi murojaat 2026-yil 10-martda keldi: bu ichki ishlar
# organining vakolatiga kirmaydi. Vakolatga kirmaydigan murojaat **5 kun ichida** vakolatli
# organga qayta yuboriladi va arizachiga xabar beriladi (ikkilamchi manba: qonundagi modda raqami
# ko'rilmagan). Qayta yuborishning oxirgi kunini `forward_by` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 3.** Обращение о коммунальных услугах поступило 10 марта 2026 года: это не компетенция
# органа внутренних дел. Обращение не по компетенции пересылается в компетентный орган **в течение 5
# дней**, заявителю сообщают (вторичный источник: номер статьи в тексте закона не найден). Запишите
# последний день пересылки в `forward_by`.

# %% [markdown] lang="en"
# **Question 3.** An appeal about utilities arrived on 10 March 2026: not a police matter. An
# appeal outside the body's competence is forwarded to the competent body **within 5 days** and
# the applicant is told (secondary source: the article number was not seen in the law's text).
# Store the last day for forwarding in `forward_by`.

# %% practice={"q": "q3", "names": ["forward_by"]}
### BEGIN SOLUTION
forward_by = pd.Timestamp("2026-03-10") + pd.Timedelta(days=5)
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# 2-savoldagi qatorni takrorlang, faqat sana `"2026-03-10"`, kunlar esa 5.

# %% [markdown] lang="uz" hint="q3"
# `pd.Timedelta` ichida `days=` ni yozishni unutmang: `pd.Timedelta(days=5)`.

# %% [markdown] lang="ru" hint="q3"
# Повторите строку из вопроса 2, только дата `"2026-03-10"`, а дней 5.

# %% [markdown] lang="ru" hint="q3"
# Не забудьте `days=` внутри `pd.Timedelta`: `pd.Timedelta(days=5)`.

# %% [markdown] lang="en" hint="q3"
# Repeat question 2's line with the date `"2026-03-10"` and 5 days. Keep `days=` inside:
# `pd.Timedelta(days=5)`.

# %% [markdown] lang="uz"
# ## Namuna: kichik funksiya va `if`
#
# Bir xil hisobni ko'p marta qilish kerak bo'lsa, **funksiya** yoziladi. `def` — funksiya nomi va
# uning kirishi; ichidagi qatorlar 4 ta bo'sh joy bilan suriladi. `if` shartni tekshiradi,
# `return` natijani qaytaradi; `return` dan keyin funksiya to'xtaydi.
#
# Misol — kursning shoshilinchlik qoidasi (kurs taklifi, qonun emas): P1 — zudlik bilan
# (0 soat), P2 — 24 soat ichida, qolganlari soatlarda emas, kunlarda o'lchanadi (`None`).

# %% [markdown] lang="ru"
# ## Пример с решением: маленькая функция и `if`
#
# Если один и тот же расчёт нужен много раз, пишут **функцию**. `def` — имя функции и её вход;
# строки внутри сдвинуты на 4 пробела. `if` проверяет условие, `return` возвращает результат; после
# `return` функция останавливается.
#
# Пример — правило срочности курса (предложение курса, не закон): P1 — немедленно (0 часов), P2 —
# в течение 24 часов, остальные меряются не часами, а днями (`None`).

# %% [markdown] lang="en"
# ## Worked example: a small function with `if`
#
# When the same calculation is needed many times, write a **function**. `def` names it and its
# input; the lines inside are indented by 4 spaces. `if` tests a condition, `return` gives the
# result back and stops the function. Example: the course's urgency rule (a course proposal, not
# law): P1 immediately (0 hours), P2 within 24 hours, the rest are measured in days (`None`).

# %%
def urgency_hours(urgency):
    if urgency == "P1":
        return 0
    if urgency == "P2":
        return 24
    return None


print(urgency_hours("P1"), urgency_hours("P2"), urgency_hours("P4"))

# %% [markdown] lang="uz"
# **4-savol.** `days_for(kind)` funksiyasini yozing: murojaatlar qonuni bo'yicha ko'rib chiqish
# muddatini kunlarda qaytarsin. 28-modda (tasdiqlangan): `"ariza"` va `"shikoyat"` — 15 kun,
# `"taklif"` — 1 oygacha (bu yerda 30 kun).

# %% [markdown] lang="ru"
# **Вопрос 4.** Напишите функцию `days_for(kind)`: она возвращает срок рассмотрения по закону об
# обращениях в днях. Статья 28 (подтверждено): `"ariza"` (заявление) и `"shikoyat"` (жалоба) — 15
# дней, `"taklif"` (предложение) — до 1 месяца (здесь 30 дней).

# %% [markdown] lang="en"
# **Question 4.** Write `days_for(kind)` returning the consideration period under the appeals law
# in days. Art. 28 (confirmed): `"ariza"` (application) and `"shikoyat"` (complaint) 15 days,
# `"taklif"` (proposal) up to one month (30 days here).

# %% practice={"q": "q4", "names": ["days_for"], "calls": [["ariza"], ["shikoyat"], ["taklif"]]}
### BEGIN SOLUTION
#> def days_for(kind):
#>     if kind == ____:
#>         return 30
#>     return ____
def days_for(kind):
    if kind == "taklif":
        return 30
    return 15
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Qaysi tur boshqacha? Faqat taklif 30 kun oladi; qolgan ikkalasi 15 kun.

# %% [markdown] lang="uz" hint="q4"
# Birinchi bo'shliqqa `"taklif"` (qo'shtirnoq bilan), ikkinchisiga `15` (qo'shtirnoqsiz).

# %% [markdown] lang="ru" hint="q4"
# Какой вид отличается? Только предложение получает 30 дней; остальные два — 15.

# %% [markdown] lang="ru" hint="q4"
# В первый пропуск — `"taklif"` (в кавычках), во второй — `15` (без кавычек).

# %% [markdown] lang="en" hint="q4"
# Which kind is different? Only the proposal gets 30 days: put `"taklif"` in the first blank and
# `15` in the second.

# %% [markdown] lang="uz"
# ## Namuna: rejim bo'yicha ajratish
#
# 0-moduldagi filtr, faqat ustun `regime`. Masalan, jinoyat-protsessual tartibdagi murojaatlar
# (ularga 15 kunlik muddat tatbiq etilmaydi, qonunning 1-moddasi, tasdiqlangan):

# %% [markdown] lang="ru"
# ## Пример с решением: отбор по режиму
#
# Фильтр из модуля 0, только столбец `regime`. Например, обращения в уголовно-процессуальном
# порядке (к ним 15-дневный срок не применяется, статья 1 закона, подтверждено):

# %% [markdown] lang="en"
# ## Worked example: filtering by regime
#
# Module 0's filter on the `regime` column. For example, the appeals under criminal procedure (the
# 15-day clock does not apply to them, Art. 1 of the law, confirmed):

# %%
criminal = appeals[appeals["regime"] == "criminal"]
n_criminal = len(criminal)
n_criminal

# %% [markdown] lang="uz"
# **5-savol.** Murojaatlar qonuni bo'yicha ko'riladigan (`"appeals_law"`) murojaatlar nechta?
# Sonni `n_appeals_law` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 5.** Сколько обращений рассматривается по закону об обращениях (`"appeals_law"`)?
# Запишите число в `n_appeals_law`.

# %% [markdown] lang="en"
# **Question 5.** How many appeals fall under the appeals law (`"appeals_law"`)? Store the number
# in `n_appeals_law`.

# %% practice={"q": "q5", "names": ["n_appeals_law"]}
### BEGIN SOLUTION
#> law = appeals[appeals["regime"] == ____]
#> n_appeals_law = len(law)
law = appeals[appeals["regime"] == "appeals_law"]
n_appeals_law = len(law)
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# Qiymat qo'shtirnoq ichida, aynan jadvaldagidek yoziladi: `"appeals_law"`.

# %% [markdown] lang="ru" hint="q5"
# Значение пишется в кавычках точно как в таблице: `"appeals_law"`.

# %% [markdown] lang="en" hint="q5"
# The value goes in quotes exactly as in the table: `"appeals_law"`.

# %% [markdown] lang="uz"
# ## Namuna: ulush — `value_counts(normalize=True)`
#
# `.value_counts()` har bir qiymatni sanaydi. `normalize=True` qo'shilsa, sonlar o'rniga
# **ulushlar** chiqadi: har bir son jami qatorlar soniga bo'linadi, ulushlar yig'indisi 1 ga
# teng. 0,25 — to'rtdan biri, ya'ni 25 %. Foiz kerak bo'lsa, 100 ga ko'paytiring.
#
# Misol — murojaat turlari (`kind`) ulushi:

# %% [markdown] lang="ru"
# ## Пример с решением: доля — `value_counts(normalize=True)`
#
# `.value_counts()` считает каждое значение. С `normalize=True` вместо чисел получаются **доли**:
# каждое число делится на общее число строк, сумма долей равна 1. 0,25 — четверть, то есть 25 %.
# Если нужны проценты, умножьте на 100.
#
# Пример — доли видов обращений (`kind`):

# %% [markdown] lang="en"
# ## Worked example: shares with `value_counts(normalize=True)`
#
# `.value_counts()` counts each value. With `normalize=True` it gives **shares** instead: each
# count divided by the number of rows, adding up to 1. 0.25 is a quarter, 25 %; multiply by 100
# for percent. Example: the shares of the kinds of appeal (`kind`):

# %%
print(appeals["kind"].value_counts())
kind_share = appeals["kind"].value_counts(normalize=True)
print(kind_share)
print(kind_share["taklif"])  # one share, taken by its label

# %% [markdown] lang="uz"
# **6-savol.** Har bir huquqiy rejim murojaatlarning qanday ulushini tashkil etadi? Natijani
# `regime_share` ga yozing (0 dan 1 gacha ulushlar, yig'indisi 1).

# %% [markdown] lang="ru"
# **Вопрос 6.** Какую долю обращений составляет каждый правовой режим? Запишите результат в
# `regime_share` (доли от 0 до 1, в сумме 1).

# %% [markdown] lang="en"
# **Question 6.** What share of the appeals falls under each legal regime? Store it in
# `regime_share` (shares from 0 to 1, adding up to 1).

# %% practice={"q": "q6", "names": ["regime_share"]}
### BEGIN SOLUTION
#> regime_share = appeals[____].value_counts(normalize=____)
regime_share = appeals["regime"].value_counts(normalize=True)
### END SOLUTION

# %% [markdown] lang="uz" hint="q6"
# Ustun `"regime"`; `normalize=True` — katta harfli `True`, qo'shtirnoqsiz.

# %% [markdown] lang="ru" hint="q6"
# Столбец `"regime"`; `normalize=True` — `True` с большой буквы, без кавычек.

# %% [markdown] lang="en" hint="q6"
# The column is `"regime"`; `normalize=True` with a capital T and no quotes.

# %% [markdown] lang="uz"
# **7-savol.** Murojaatlarning qancha qismi boshqa organ vakolatida (`"forward"`), ya'ni 5 kun
# ichida qayta yuborilishi kerak? Shu bitta ulushni `regime_share` dan oling va `forward_share` ga
# yozing.

# %% [markdown] lang="ru"
# **Вопрос 7.** Какая часть обращений не по компетенции (`"forward"`), то есть должна быть
# переслана в течение 5 дней? Возьмите эту одну долю из `regime_share` и запишите в
# `forward_share`.

# %% [markdown] lang="en"
# **Question 7.** What part of the appeals is outside the competence (`"forward"`) and must be
# forwarded within 5 days? Take that one share from `regime_share` into `forward_share`.

# %% practice={"q": "q7", "names": ["forward_share"]}
### BEGIN SOLUTION
forward_share = regime_share["forward"]
### END SOLUTION

# %% [markdown] lang="uz" hint="q7"
# Namunadagi `kind_share["taklif"]` kabi: kvadrat qavs ichida qiymat nomi.

# %% [markdown] lang="ru" hint="q7"
# Как `kind_share["taklif"]` в примере: в квадратных скобках имя значения.

# %% [markdown] lang="en" hint="q7"
# Like `kind_share["taklif"]` in the example: the label in square brackets.

# %% [markdown] lang="uz"
# **Xulosa.** Endi siz bitta murojaatning rejimini topa olasiz, sanaga kun qo'shasiz, kichik
# funksiya yozasiz va ulush hisoblaysiz. Shu bilan 1-modulning baholanadigan mashqlariga
# tayyorsiz.

# %% [markdown] lang="ru"
# **Итог.** Теперь вы умеете найти режим одного обращения, прибавить к дате дни, написать
# маленькую функцию и посчитать долю. С этим вы готовы к оцениваемым заданиям модуля 1.

# %% [markdown] lang="en"
# **Summary.** You can now look up one appeal's regime, add days to a date, write a small
# function and compute a share: ready for module 1's graded exercises.
