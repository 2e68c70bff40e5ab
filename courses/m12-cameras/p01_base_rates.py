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
# # Mashq qilish: "99 % aniq" tizim va million yuz
#
# Uchta savol: **"99 % aniq" yuzni tanish tizimi million yuzni tekshirsa, nechta yolg'on signal
# beradi?**, **signal kelsa, u haqiqatan qidiruvdagi shaxs bo'lish ehtimoli qancha?**, **operator
# tasdiqlagan signallarning qanchasi joyida to'g'ri chiqdi?**. Hisoblar — ko'paytirish va bo'lish;
# jadvalda — 0-moduldagi saralash va sanash.
#
# Har bir savoldan oldin **Namuna (yechilgan misol)** bor. Javobdan keyingi `q1.check()` uni darhol
# tekshiradi; `q1.hint()` — maslahat, `q1.solution()` — yechim. Bu daftar baholanmaydi.
# Ma'lumotlar **sintetik** (o'ylab topilgan).

# %% [markdown] lang="ru"
# # Практика: «точность 99 %» и миллион лиц
#
# Три вопроса: **сколько ложных сигналов даст система распознавания лиц «с точностью 99 %», если
# проверит миллион лиц?**, **если пришёл сигнал, какова вероятность, что это действительно
# разыскиваемый?**, **сколько сигналов, подтверждённых оператором, подтвердились на месте?**.
# Расчёты — умножение и деление; в таблице — отбор и подсчёт из модуля 0.
#
# Перед каждым вопросом есть **Пример с решением**. `q1.check()` после ответа сразу его проверяет;
# `q1.hint()` — подсказка, `q1.solution()` — решение. Эта тетрадь не оценивается. Данные
# **синтетические** (вымышленные).

# %% [markdown] lang="en"
# # Practice: "99 % accurate" and a million faces
#
# Three questions: **how many false alerts does a "99 % accurate" face matcher raise when it scans
# a million faces?**, **when an alert comes, how likely is it to be the wanted person?**, **how
# many alerts the operator confirmed turned out right on the spot?**. The sums are multiplication
# and division; the table work is module 0's filtering and counting.
#
# Each question is preceded by a **worked example**. `q1.check()` after the answer checks it at
# once; `q1.hint()` gives a hint, `q1.solution()` the solution. This notebook is not graded. The
# data are **synthetic** (made up).

# %% tags=["setup"]
LANG = "uz"
import pandas as pd

from malaka.practice import attach

cameras = pd.read_csv("data/face-alerts/cameras.csv")
alerts = pd.read_csv("data/face-alerts/alerts.csv")
DAYS = 7  # alerts jadvali bir haftalik / таблица alerts за неделю / one week of alerts
attach(globals(), "p01_base_rates")

# %% [markdown] lang="uz"
# ## 1. "99 % aniq" nimani anglatadi?
#
# Tizim har bir o'tkinchining yuzini qidiruv ro'yxatidagi suratlar bilan solishtiradi. U ikki xil
# xato qiladi, va ularni alohida o'lchash kerak:
#
# - **to'g'ri topish ulushi** — qidiruvdagi shaxs kamera oldidan o'tsa, tizim uni necha foizda
#   topadi (bu yerda 99 %);
# - **yolg'on signal ulushi** — qidiruvda **bo'lmagan** oddiy o'tkinchilarning necha foizida tizim
#   xato signal beradi (bu yerda 1 %).
#
# **Namuna (yechilgan misol).** Kichik hudud: bir kunda 10 000 yuz, ulardan 1 tasi qidiruvda.
# Yolg'on signallar **qidiruvda bo'lmagan** 9 999 yuzdan keladi.

# %% [markdown] lang="ru"
# ## 1. Что значит «точность 99 %»?
#
# Система сравнивает лицо каждого прохожего с фотографиями из списка розыска. Она ошибается двумя
# способами, и их нужно измерять отдельно:
#
# - **доля найденных** — если разыскиваемый прошёл мимо камеры, в скольких процентах случаев
#   система его находит (здесь 99 %);
# - **доля ложных сигналов** — у скольких процентов обычных прохожих, которых **нет** в розыске,
#   система ошибочно даёт сигнал (здесь 1 %).
#
# **Пример с решением.** Небольшой участок: за день 10 000 лиц, из них 1 в розыске. Ложные
# сигналы дают 9 999 лиц, которых **нет** в розыске.

# %% [markdown] lang="en"
# ## 1. What does "99 % accurate" mean?
#
# The system compares every passer-by's face with the photos of the watch-list. It makes two kinds
# of error, and each must be measured on its own:
#
# - the **hit rate** (sensitivity): when a wanted person passes, how often the system finds them
#   (here 99 %);
# - the **false alert rate**: for how many ordinary passers-by, who are **not** wanted, the system
#   raises an alert by mistake (here 1 %).
#
# **Worked example.** A small area: 10,000 faces a day, one of them wanted. False alerts come from
# the 9,999 faces that are **not** wanted.

# %%
HIT_RATE = 0.99  # to'g'ri topish / доля найденных / hit rate
FALSE_RATE = 0.01  # yolg'on signal / ложный сигнал / false alert rate
example_faces, example_wanted = 10_000, 1
example_false = FALSE_RATE * (example_faces - example_wanted)
example_true = HIT_RATE * example_wanted
print(example_false, example_true)

# %% [markdown] lang="uz"
# **1-savol.** Endi butun shahar: bir kunda `faces = 1_000_000` yuz, ulardan `wanted = 1` tasi
# qidiruvda. Tizim bir kunda nechta **yolg'on** signal beradi? `false_alerts` ga hisoblab yozing.

# %% [markdown] lang="ru"
# **Вопрос 1.** Теперь весь город: за день `faces = 1_000_000` лиц, из них `wanted = 1` в розыске.
# Сколько **ложных** сигналов даст система за день? Вычислите и запишите в `false_alerts`.

# %% [markdown] lang="en"
# **Question 1.** Now the whole city: `faces = 1_000_000` faces a day, `wanted = 1` of them wanted.
# How many **false** alerts a day? Compute it into `false_alerts`.

# %%
faces, wanted = 1_000_000, 1

# %% practice={"q": "q1", "names": ["false_alerts"]}
### BEGIN SOLUTION
#> false_alerts = ____ * (faces - wanted)
false_alerts = FALSE_RATE * (faces - wanted)
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Yolg'on signal faqat qidiruvda **bo'lmagan** yuzlardan keladi, ularning har birida `FALSE_RATE`
# ulushda. Namunadagidek hisoblang; taxminan 10 000 chiqishi kerak.

# %% [markdown] lang="ru" hint="q1"
# Ложный сигнал дают только лица, которых **нет** в розыске, каждое с долей `FALSE_RATE`. Считайте
# как в примере; должно получиться около 10 000.

# %% [markdown] lang="en" hint="q1"
# False alerts come only from faces **not** on the list, each at the rate `FALSE_RATE`. Compute as
# in the example; about 10,000.

# %% [markdown] lang="uz"
# ## 2. Signal kelsa — bu o'sha odammi?
#
# Operator ekranda signalni ko'radi. Uni qiziqtiradigan savol: **shu signal haqiqiy bo'lish
# ehtimoli qancha?** Bu — **signal aniqligi**: haqiqiy signallar barcha signallarga bo'lingan.
#
# **Namuna (yechilgan misol).** 10 000 yuzli hudud uchun: 0,99 haqiqiy va 99,99 yolg'on signal.

# %% [markdown] lang="ru"
# ## 2. Пришёл сигнал — это тот самый человек?
#
# Оператор видит сигнал на экране. Его интересует: **какова вероятность, что этот сигнал
# настоящий?** Это **точность сигнала**: настоящие сигналы, делённые на все сигналы.
#
# **Пример с решением.** Для участка в 10 000 лиц: 0,99 настоящего и 99,99 ложного сигнала.

# %% [markdown] lang="en"
# ## 2. An alert comes: is it the person?
#
# The operator sees an alert. The question that matters: **how likely is this alert to be real?**
# That is the **precision of an alert**: real alerts divided by all alerts.
#
# **Worked example.** For the 10,000-face area: 0.99 real and 99.99 false alerts.

# %%
example_precision = example_true / (example_true + example_false)
print(round(example_precision, 4), "=", round(100 * example_precision, 2), "%")

# %% [markdown] lang="uz"
# **2-savol.** Million yuzli shahar uchun: `true_alerts = HIT_RATE * wanted` va 1-savoldagi
# `false_alerts`. Signal aniqligini `precision` ga **ulush** sifatida (0 dan 1 gacha son, foiz emas)
# yozing. Natijani "99 %" bilan solishtiring.

# %% [markdown] lang="ru"
# **Вопрос 2.** Для города в миллион лиц: `true_alerts = HIT_RATE * wanted` и `false_alerts` из
# вопроса 1. Запишите точность сигнала в `precision` **долей** (число от 0 до 1, не в процентах).
# Сравните результат с «99 %».

# %% [markdown] lang="en"
# **Question 2.** For the million-face city: `true_alerts = HIT_RATE * wanted` and `false_alerts`
# from question 1. Store the precision of an alert in `precision` as a **share** (between 0 and 1,
# not a percentage) and compare it with "99 %".

# %%
true_alerts = HIT_RATE * wanted

# %% practice={"q": "q2", "names": ["precision"]}
### BEGIN SOLUTION
#> precision = true_alerts / (____ + ____)
precision = true_alerts / (true_alerts + false_alerts)
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Maxrajda — **barcha** signallar: haqiqiy va yolg'on birga.

# %% [markdown] lang="uz" hint="q2"
# Taxminan 0,0001 chiqadi: 10 000 signaldan bittasi haqiqiy.

# %% [markdown] lang="ru" hint="q2"
# В знаменателе — **все** сигналы: настоящие и ложные вместе.

# %% [markdown] lang="ru" hint="q2"
# Получится около 0,0001: из 10 000 сигналов настоящий один.

# %% [markdown] lang="en" hint="q2"
# The denominator is **all** alerts, real and false together; the result is about 0.0001.

# %% [markdown] lang="uz"
# ## 3. Sotuvchining so'zlarini xodim tiliga o'girish
#
# **Namuna (yechilgan misol).** "Tizim 95 % to'g'ri topadi" degani: qidiruvdagi 100 kishi kamera
# oldidan o'tsa, taxminan 95 tasi topiladi. Bu **signallarning** necha foizi to'g'ri ekanini
# aytmaydi: buning uchun yolg'on signal ulushi va o'tkinchilar soni kerak. Javob bitta harf:
# `example_choice = "A"`.

# %% [markdown] lang="ru"
# ## 3. Переводим слова продавца на язык сотрудника
#
# **Пример с решением.** «Система находит 95 %» значит: если мимо камеры пройдут 100 разыскиваемых,
# найдено будет около 95. Это ничего не говорит о том, какая доля **сигналов** верна: для этого
# нужны доля ложных сигналов и число прохожих. Ответ — одна буква: `example_choice = "A"`.

# %% [markdown] lang="en"
# ## 3. Putting the vendor's words into an officer's words
#
# **Worked example.** "The system finds 95 %" means: of 100 wanted persons passing a camera, about
# 95 are found. It says nothing about the share of **alerts** that are right: that needs the false
# alert rate and the number of passers-by. The answer is one letter: `example_choice = "A"`.

# %% [markdown] lang="uz"
# **3-savol.** Sotuvchi: "Tizimimiz 99 % aniq: qidiruvdagilarning 99 % ni topadi va oddiy
# o'tkinchilarning faqat 1 % ida xato qiladi". Qaysi gap to'g'ri? Harfni (katta harf bilan,
# qo'shtirnoqda) `choice` ga yozing.
#
# - **A** — Signallarning 99 % i qidiruvdagi shaxs.
# - **B** — Qidiruvdagi 100 kishidan taxminan 99 tasi topiladi; qidiruvda bo'lmagan 100 o'tkinchidan
#   taxminan 1 tasida yolg'on signal bo'ladi.
# - **C** — Kunlik signallarning faqat 1 % i yolg'on.

# %% [markdown] lang="ru"
# **Вопрос 3.** Продавец: «Наша система точна на 99 %: находит 99 % разыскиваемых и ошибается
# только на 1 % обычных прохожих». Какое утверждение верно? Запишите букву (заглавную, в кавычках)
# в `choice`.
#
# - **A** — 99 % сигналов — это разыскиваемые.
# - **B** — Из 100 разыскиваемых находят около 99; из 100 прохожих, которых нет в розыске, примерно
#   на 1 будет ложный сигнал.
# - **C** — Ложных среди сигналов за день только 1 %.

# %% [markdown] lang="en"
# **Question 3.** A vendor: "Our system is 99 % accurate: it finds 99 % of wanted persons and errs
# on only 1 % of ordinary passers-by". Which statement is right? Put the letter (capital, in
# quotes) into `choice`.
#
# - **A**: 99 % of alerts are the wanted person.
# - **B**: About 99 of 100 wanted persons are found; about 1 of 100 passers-by who are not wanted
#   raises a false alert.
# - **C**: Only 1 % of a day's alerts are false.

# %% practice={"q": "q3", "names": ["choice"]}
### BEGIN SOLUTION
#> choice = "____"
choice = "B"
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# 2-savolda signal aniqligi qancha chiqdi? 99 % ga yaqinmi?

# %% [markdown] lang="ru" hint="q3"
# Какая точность сигнала вышла в вопросе 2? Близка ли она к 99 %?

# %% [markdown] lang="en" hint="q3"
# What precision did question 2 give? Is it anywhere near 99 %?

# %% [markdown] lang="uz"
# ## 4. Bizning kameralar tarmog'i
#
# `cameras` — Toshkent shahridagi kameralar (sintetik): `faces_day` — kunduzi (07:00-18:59),
# `faces_night` — tunda (19:00-06:59) bir kunda tekshiriladigan yuzlar soni, o'rtacha.
#
# **Namuna (yechilgan misol).** Joy turlari bo'yicha kameralar soni va kunduzgi yuzlar jami:

# %% [markdown] lang="ru"
# ## 4. Наша сеть камер
#
# `cameras` — камеры в городе Ташкенте (синтетические): `faces_day` — сколько лиц камера
# проверяет за день в светлое время (07:00-18:59), `faces_night` — ночью (19:00-06:59), в среднем.
#
# **Пример с решением.** Число камер по типам мест и сумма лиц в светлое время:

# %% [markdown] lang="en"
# ## 4. Our camera network
#
# `cameras` lists the (synthetic) cameras of Tashkent city: `faces_day` is the faces a camera scans
# per day in daylight (07:00-18:59), `faces_night` at night (19:00-06:59), on average.
#
# **Worked example.** Cameras per site type, and the daylight faces in total:

# %%
print(cameras["site"].value_counts())
cameras["faces_day"].sum()

# %% [markdown] lang="uz"
# **4-savol.** Butun tarmoq bir kunda (kunduz **va** tun) nechta yuzni tekshiradi? `faces_per_day`
# ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 4.** Сколько лиц вся сеть проверяет за сутки (день **и** ночь)? Запишите в
# `faces_per_day`.

# %% [markdown] lang="en"
# **Question 4.** How many faces does the whole network scan per day (daylight **and** night)?
# Store it in `faces_per_day`.

# %% practice={"q": "q4", "names": ["faces_per_day"]}
### BEGIN SOLUTION
#> faces_per_day = cameras["faces_day"].sum() + ____
faces_per_day = cameras["faces_day"].sum() + cameras["faces_night"].sum()
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Ikkita ustunning yig'indisini qo'shing: `faces_day` va `faces_night`.

# %% [markdown] lang="ru" hint="q4"
# Сложите суммы двух столбцов: `faces_day` и `faces_night`.

# %% [markdown] lang="en" hint="q4"
# Add the sums of both columns, `faces_day` and `faces_night`.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** "10 000 dan 1" — bu `1 / 10_000 = 0.0001`. Masalan, kuniga 50 000
# yuz tekshiradigan bitta kamera shunday xatoda kuniga `50_000 * 0.0001 = 5` yolg'on signal beradi.

# %% [markdown] lang="ru"
# **Пример с решением.** «1 из 10 000» — это `1 / 10_000 = 0.0001`. Например, одна камера,
# проверяющая 50 000 лиц в день, при такой ошибке даёт `50_000 * 0.0001 = 5` ложных сигналов в день.

# %% [markdown] lang="en"
# **Worked example.** "1 in 10,000" is `1 / 10_000 = 0.0001`. A camera scanning 50,000 faces a day
# at that error rate gives `50_000 * 0.0001 = 5` false alerts a day.

# %%
print(50_000 * (1 / 10_000))

# %% [markdown] lang="uz"
# **5-savol.** Sotuvchi: "yolg'on signal — 10 000 yuzdan 1 ta". Shunday bo'lsa, tarmoq bir **kunda**
# nechta yolg'on signal beradi? `faces_per_day` dan foydalanib `expected_false_per_day` ga yozing.
# (Qidiruvdagilar juda kam, ularni ayirmasa ham bo'ladi.)

# %% [markdown] lang="ru"
# **Вопрос 5.** Продавец: «ложный сигнал — 1 на 10 000 лиц». Сколько тогда ложных сигналов даст
# сеть за **день**? Используйте `faces_per_day` и запишите в `expected_false_per_day`. (Разыскиваемых
# очень мало, их можно не вычитать.)

# %% [markdown] lang="en"
# **Question 5.** The vendor says "one false alert per 10,000 faces". How many false alerts a
# **day** does the network give? Use `faces_per_day`; store it in `expected_false_per_day`.

# %% practice={"q": "q5", "names": ["expected_false_per_day"]}
### BEGIN SOLUTION
#> expected_false_per_day = faces_per_day * ____
expected_false_per_day = faces_per_day * (1 / 10_000)
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# `1 / 10_000` ga ko'paytiring (bu 0,0001; 0,01 emas).

# %% [markdown] lang="ru" hint="q5"
# Умножьте на `1 / 10_000` (это 0,0001, а не 0,01).

# %% [markdown] lang="en" hint="q5"
# Multiply by `1 / 10_000` (that is 0.0001, not 0.01).

# %% [markdown] lang="uz"
# ## 5. Haqiqiy signallar va operator
#
# `alerts` — bir haftalik signallar: `score` — moslik balli, `lighting` — `day` (kunduz) yoki
# `night` (tun), `reviewer_decision` — operator qarori (`confirmed` — tasdiqladi, `rejected` — rad
# etdi). Tasdiqlangan signal bo'yicha patrul joyiga borib hujjatni tekshiradi: `field_check` —
# `same_person` (o'sha shaxs), `other_person` (boshqa odam), `not_checked` (rad etilgan,
# tekshirilmagan).
#
# **Namuna (yechilgan misol).** Tungi signallar nechta:

# %% [markdown] lang="ru"
# ## 5. Настоящие сигналы и оператор
#
# `alerts` — сигналы за неделю: `score` — балл сходства, `lighting` — `day` (день) или `night`
# (ночь), `reviewer_decision` — решение оператора (`confirmed` — подтвердил, `rejected` — отклонил).
# По подтверждённому сигналу патруль выезжает на место и проверяет документы: `field_check` —
# `same_person` (тот самый), `other_person` (другой человек), `not_checked` (отклонён, не
# проверялся).
#
# **Пример с решением.** Сколько сигналов ночью:

# %% [markdown] lang="en"
# ## 5. Real alerts and the operator
#
# `alerts` holds one week of alerts: `score`, `lighting` (`day` or `night`), `reviewer_decision`
# (`confirmed` or `rejected`). For a confirmed alert a patrol goes and checks documents:
# `field_check` is `same_person`, `other_person` or `not_checked` (rejected, not checked).
#
# **Worked example.** How many alerts at night:

# %%
print(alerts["lighting"].value_counts())
(alerts["lighting"] == "night").sum()

# %% [markdown] lang="uz"
# **6-savol.** Operator nechta signalni **tasdiqladi**? `n_confirmed` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 6.** Сколько сигналов оператор **подтвердил**? Запишите в `n_confirmed`.

# %% [markdown] lang="en"
# **Question 6.** How many alerts did the operator **confirm**? Store it in `n_confirmed`.

# %% practice={"q": "q6", "names": ["n_confirmed"]}
### BEGIN SOLUTION
#> n_confirmed = (alerts["reviewer_decision"] == ____).sum()
n_confirmed = (alerts["reviewer_decision"] == "confirmed").sum()
### END SOLUTION

# %% [markdown] lang="uz" hint="q6"
# Namunadagidek, faqat operator qarori yozilgan ustun (yuqoridagi tavsifni qarang). Qiymat jadvaldagi
# kabi kichik harf bilan yoziladi.

# %% [markdown] lang="ru" hint="q6"
# Как в примере, только столбец с решением оператора (см. описание выше). Значение пишется, как в
# таблице, строчными буквами.

# %% [markdown] lang="en" hint="q6"
# As in the example, with the column holding the operator's decision (see the description above);
# the value is written in lower case, as in the table.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** `.mean()` `True`/`False` ustunida `True` lar ulushini beradi. Tungi
# signallar ulushi:

# %% [markdown] lang="ru"
# **Пример с решением.** `.mean()` по столбцу `True`/`False` даёт долю `True`. Доля ночных
# сигналов:

# %% [markdown] lang="en"
# **Worked example.** `.mean()` of a `True`/`False` column is the share of `True`. The share of
# alerts at night:

# %%
(alerts["lighting"] == "night").mean()

# %% [markdown] lang="uz"
# **7-savol.** Faqat **tasdiqlangan** signallarni `confirmed` ga saralang. Ularning qancha ulushida
# joyida o'sha shaxs chiqdi (`field_check == "same_person"`)? `share_same` ga ulush sifatida
# (0 dan 1 gacha) yozing.

# %% [markdown] lang="ru"
# **Вопрос 7.** Отберите в `confirmed` только **подтверждённые** сигналы. В какой их доле на месте
# оказался тот самый человек (`field_check == "same_person"`)? Запишите в `share_same` долей (от
# 0 до 1).

# %% [markdown] lang="en"
# **Question 7.** Keep only the **confirmed** alerts in `confirmed`. In what share of them was the
# person on the spot the wanted one (`field_check == "same_person"`)? Store the share (0 to 1) in
# `share_same`.

# %% practice={"q": "q7", "names": ["share_same"]}
### BEGIN SOLUTION
#> confirmed = alerts[alerts["reviewer_decision"] == "confirmed"]
#> share_same = (confirmed["field_check"] == ____).mean()
confirmed = alerts[alerts["reviewer_decision"] == "confirmed"]
share_same = (confirmed["field_check"] == "same_person").mean()
### END SOLUTION

# %% [markdown] lang="uz" hint="q7"
# `.mean()` ni `confirmed` jadvalida hisoblang, `alerts` da emas: rad etilgan signallar joyida
# tekshirilmagan.

# %% [markdown] lang="ru" hint="q7"
# Считайте `.mean()` по таблице `confirmed`, а не `alerts`: отклонённые сигналы на месте не
# проверялись.

# %% [markdown] lang="en" hint="q7"
# Take `.mean()` over `confirmed`, not `alerts`: rejected alerts were never checked.

# %% [markdown] lang="uz"
# ## 6. Signal — bu isbot emas
#
# 7-savol natijasi: operator tekshiruvidan keyin ham tasdiqlangan signallarning bir qismi boshqa
# odam bo'lib chiqdi. Signal — **tekshirish uchun asos**, dalil emas.
#
# **Namuna (yechilgan misol).** Bir nechta to'g'ri javobli savolda harflarni alifbo tartibida
# yozamiz: `example_choices = "AC"`.

# %% [markdown] lang="ru"
# ## 6. Сигнал — не доказательство
#
# Итог вопроса 7: даже после проверки оператором часть подтверждённых сигналов оказалась другими
# людьми. Сигнал — **повод для проверки**, а не доказательство.
#
# **Пример с решением.** Если верных ответов несколько, пишем буквы по алфавиту:
# `example_choices = "AC"`.

# %% [markdown] lang="en"
# ## 6. An alert is not proof
#
# Question 7 shows it: even after the operator's review, some confirmed alerts were other people.
# An alert is a **lead to check**, not evidence.
#
# **Worked example.** When several answers are right, write the letters in alphabetical order:
# `example_choices = "AC"`.

# %% [markdown] lang="uz"
# **8-savol.** Operator signalni tasdiqladi, patrul joyida. Qaysi harakatlar to'g'ri? Barcha
# to'g'ri harflarni alifbo tartibida `choices` ga yozing.
#
# - **A** — Shaxsni darhol ushlab, bo'limga olib ketish: kamera uni tanidi.
# - **B** — Xushmuomala yaqinlashish, hujjatini tekshirish, suratni yuz bilan solishtirish.
# - **C** — Bayonnomaga "kamera aniqladi" deb yozish va buni yetarli dalil deb hisoblash.
# - **D** — Hujjat boshqa odamni ko'rsatsa, uni qo'yib yuborish va yolg'on signalni tizim egasiga
#   qayd etish.

# %% [markdown] lang="ru"
# **Вопрос 8.** Оператор подтвердил сигнал, патруль на месте. Какие действия верны? Запишите все
# верные буквы по алфавиту в `choices`.
#
# - **A** — Сразу задержать и доставить в отдел: камера его узнала.
# - **B** — Вежливо подойти, проверить документы, сравнить фотографию с лицом.
# - **C** — Записать в протокол «установлен камерой» и считать это достаточным доказательством.
# - **D** — Если документы показывают другого человека, отпустить его и сообщить о ложном сигнале
#   владельцу системы.

# %% [markdown] lang="en"
# **Question 8.** The operator confirmed an alert and a patrol is on the spot. Which actions are
# right? Put all right letters, in alphabetical order, into `choices`.
#
# - **A**: Detain the person at once and take them to the department: the camera recognised them.
# - **B**: Approach politely, check the documents, compare the photo with the face.
# - **C**: Write "identified by the camera" in the report and treat it as sufficient proof.
# - **D**: If the documents show another person, let them go and report the false alert to the
#   system's owner.

# %% practice={"q": "q8", "names": ["choices"]}
### BEGIN SOLUTION
#> choices = "____"
choices = "BD"
### END SOLUTION

# %% [markdown] lang="uz" hint="q8"
# 7-savolni eslang: tasdiqlangan signallarning bir qismi boshqa odam edi. Qaysi harakatlar shuni
# hisobga oladi?

# %% [markdown] lang="ru" hint="q8"
# Вспомните вопрос 7: часть подтверждённых сигналов — другие люди. Какие действия это учитывают?

# %% [markdown] lang="en" hint="q8"
# Recall question 7: some confirmed alerts were other people. Which actions allow for that?

# %% [markdown] lang="uz"
# ## Xulosa
#
# - "99 % aniq" ikki xil raqamni yashiradi: to'g'ri topish ulushi va yolg'on signal ulushi.
# - Qidiruvdagilar kam, o'tkinchilar ko'p: 1 % xato million yuzda ~10 000 yolg'on signal beradi,
#   haqiqiysi esa ~1 ta. Signal aniqligi juda past.
# - Operator tekshiruvi aniqlikni ancha oshiradi, lekin baribir tasdiqlanganlarning bir qismi
#   boshqa odam: signal — tekshirish uchun asos, dalil emas.
#
# Endi baholanadigan mashqqa o'ting: `ex01_face_alerts`.

# %% [markdown] lang="ru"
# ## Итог
#
# - «Точность 99 %» скрывает два разных числа: долю найденных и долю ложных сигналов.
# - Разыскиваемых мало, прохожих много: 1 % ошибок на миллионе лиц — это ~10 000 ложных сигналов
#   при ~1 настоящем. Точность сигнала очень низкая.
# - Проверка оператором сильно повышает точность, но часть подтверждённых всё равно другие люди:
#   сигнал — повод для проверки, а не доказательство.
#
# Теперь переходите к оцениваемому заданию `ex01_face_alerts`.

# %% [markdown] lang="en"
# ## Summary
#
# - "99 % accurate" hides two different numbers: the hit rate and the false alert rate.
# - Few are wanted and many pass: a 1 % error on a million faces is ~10,000 false alerts for ~1
#   real one. The precision of an alert is very low.
# - The operator's review raises precision a lot, yet some confirmed alerts are still other
#   people: an alert is a lead to check, not evidence.
#
# Now go on to the graded exercise `ex01_face_alerts`.
