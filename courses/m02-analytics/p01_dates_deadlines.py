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
# # Mashq qilish 1. Sanalar, muddatlar va ulushlar
#
# Bu daftar 0-moduldan (jadvalni o'qish, saralash, sanash, tartiblash, ustunli grafik) 2-modulning
# baholanadigan mashqlariga ko'prik. Bir xil murojaatlar jadvalida beshta yangi narsani
# o'rganamiz:
#
# 1. murojaat **holati vaqt bo'yicha** qanday o'zgargan;
# 2. matnni **sanaga** aylantirish va ikki sana orasidagi **kunlar**;
# 3. javob **muddatida** berilganmi — ikki sanani solishtirish;
# 4. **rioya ulushi**: muddatida berilgan javoblar / barcha javoblar;
# 5. **oylar bo'yicha sanash**, **bo'linmalar bo'yicha ulush** va ustunli grafik.
#
# Har bir savoldan oldin **Namuna (yechilgan misol)** bor: uni o'qing va ishga tushiring, keyin
# savolga javob yozing. Javob katagidan keyingi `q1.check()` javobni darhol tekshiradi; qiynalsangiz
# `q1.hint()` (maslahat) yoki `q1.solution()` (yechim) ni ishga tushiring. Bu daftar
# baholanmaydi.
#
# Avval pastdagi tayyorlov katagini ishga tushiring.

# %% [markdown] lang="ru"
# # Практика 1. Даты, сроки и доли
#
# Эта тетрадь — мост от модуля 0 (чтение таблицы, отбор, подсчёт, сортировка, столбчатая
# диаграмма) к оцениваемым заданиям модуля 2. На той же таблице обращений учимся пяти новым вещам:
#
# 1. как **статус обращения менялся во времени**;
# 2. превращать текст в **дату** и считать **дни** между двумя датами;
# 3. дан ли ответ **в срок** — сравнение двух дат;
# 4. **доля соблюдения сроков**: ответы в срок / все ответы;
# 5. **подсчёт по месяцам**, **доля по подразделениям** и столбчатая диаграмма.
#
# Перед каждым вопросом есть **Пример с решением**: прочитайте и запустите его, затем ответьте на
# вопрос. Ячейка `q1.check()` после ячейки ответа сразу проверяет ответ; если трудно, запустите
# `q1.hint()` (подсказка) или `q1.solution()` (решение). Эта тетрадь не оценивается.
#
# Сначала выполните подготовительную ячейку ниже.

# %% [markdown] lang="en"
# # Practice 1. Dates, deadlines and shares
#
# This notebook bridges module 0 (reading a table, filtering, counting, sorting, a bar chart) and
# the assessments of module 2. On the same table of appeals you learn five new things:
#
# 1. how an appeal's **status changed over time**;
# 2. turning text into **dates** and counting the **days** between two dates;
# 3. whether an answer came **on time**: comparing two dates;
# 4. the **compliance share**: answers on time / all answers;
# 5. **counting per month**, a **share per department**, and a bar chart.
#
# Each question is preceded by a **worked example**: read it and run it, then answer. The cell
# `q1.check()` after the answer cell checks your answer at once; if you are stuck, run `q1.hint()`
# or `q1.solution()`. This notebook is not graded.
#
# Run the setup cell below first.

# %% tags=["setup"]
LANG = "uz"
import matplotlib.pyplot as plt
import pandas as pd
from malaka.practice import attach

appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
history = pd.read_csv("data/tuman-appeals/status_history.csv")
attach(globals(), "p01_dates_deadlines")

# %% [markdown] lang="uz"
# ## 1. Murojaat holati vaqt bo'yicha
#
# ### Namuna (yechilgan misol): bitta murojaatning yo'li
#
# `appeals` jadvalida har bir murojaat — bitta qator, `status` ustunida esa faqat **oxirgi** holat.
# Murojaat qanday yo'l bosganini `history` jadvali ko'rsatadi: har bir qator — **bitta holat
# o'zgarishi**: `reg_no` (ro'yxat raqami), `seq` (tartib raqami), `status` (holat), `at` (vaqt).
#
# | `status` | ma'nosi |
# |---|---|
# | `received` | qabul qilindi |
# | `registered` | ro'yxatga olindi |
# | `assigned` | ijrochiga berildi |
# | `in_progress` | ko'rib chiqilmoqda |
# | `request_sent` / `reply_received` | boshqa idoraga so'rov yuborildi / javob keldi |
# | `reminder_sent` | eslatma yuborildi |
# | `extended` | muddat uzaytirildi |
# | `answered` | javob berildi |
# | `forwarded` | vakolatli organga qayta yuborildi |
# | `left_without_consideration` | ko'rmay qoldirildi |
#
# Bitta murojaatning qatorlarini 0-moduldagidek **saralab** olamiz. Qatorlar vaqt tartibida
# turadi: yuqoridan pastga o'qing.

# %% [markdown] lang="ru"
# ## 1. Статус обращения во времени
#
# ### Пример с решением: путь одного обращения
#
# В таблице `appeals` одно обращение — одна строка, а в столбце `status` только **последний**
# статус. Путь обращения показывает таблица `history`: каждая строка — **одно изменение статуса**:
# `reg_no` (регистрационный номер), `seq` (порядковый номер), `status` (статус), `at` (время).
#
# | `status` | значение |
# |---|---|
# | `received` | получено |
# | `registered` | зарегистрировано |
# | `assigned` | назначено исполнителю |
# | `in_progress` | в работе |
# | `request_sent` / `reply_received` | направлен запрос в другое ведомство / пришёл ответ |
# | `reminder_sent` | направлено напоминание |
# | `extended` | срок продлён |
# | `answered` | дан ответ |
# | `forwarded` | пересылка в компетентный орган |
# | `left_without_consideration` | оставлено без рассмотрения |
#
# Строки одного обращения **отбираем**, как в модуле 0. Строки идут по времени: читайте сверху
# вниз.

# %% [markdown] lang="en"
# ## 1. An appeal's status over time
#
# ### Worked example: the path of one appeal
#
# In `appeals` one appeal is one row, and `status` holds only the **last** status. The path is in
# `history`: each row is **one change of status**: `reg_no`, `seq` (order), `status`, `at` (time).
# `received`, `registered`, `assigned` (to an officer), `in_progress`, `request_sent` /
# `reply_received` (a request to another body and its reply), `reminder_sent`, `extended`
# (deadline extended), `answered`, `forwarded` (to the competent body),
# `left_without_consideration`.
#
# We **filter** the rows of one appeal as in module 0. They come in time order: read top down.

# %%
one = history[history["reg_no"] == "IIV-2026-000001"]
one[["seq", "status", "at"]]

# %% [markdown] lang="uz"
# Faqat holatlar ro'yxati kerak bo'lsa, ustunni olib `.tolist()` qilamiz: natija — Python
# ro'yxati (list), tartibi jadvaldagidek.

# %% [markdown] lang="ru"
# Если нужен только список статусов, берём столбец и вызываем `.tolist()`: получается список Python
# (list) в том же порядке, что в таблице.

# %% [markdown] lang="en"
# For just the list of statuses, take the column and call `.tolist()`: a Python list, in the
# table's order.

# %%
one["status"].tolist()

# %% [markdown] lang="uz"
# **1-savol.** Pastdagi katak muddati uzaytirilgan birinchi murojaatning raqamini `case_no` ga
# yozadi (uni shunchaki ishga tushiring). Shu murojaatning holatlar ro'yxatini (vaqt tartibida)
# `path` ga yozing: `____` o'rniga kerakli narsani qo'ying.

# %% [markdown] lang="ru"
# **Вопрос 1.** Ячейка ниже записывает в `case_no` номер первого обращения с продлённым сроком
# (просто выполните её). Запишите в `path` список статусов этого обращения (в порядке времени):
# вместо `____` поставьте нужное.

# %% [markdown] lang="en"
# **Question 1.** The cell below stores in `case_no` the number of the first appeal whose deadline
# was extended (just run it). Store in `path` the list of its statuses, in time order: fill in
# `____`.

# %%
# muddati uzaytirilgan birinchi murojaat / первое обращение с продлённым сроком
case_no = appeals[appeals["extended_until"].notna()]["reg_no"].tolist()[0]
case_no

# %% practice={"q": "q1", "names": ["path"], "ordered": true}
### BEGIN SOLUTION
#> path = history[history["reg_no"] == ____]["status"].tolist()
path = history[history["reg_no"] == case_no]["status"].tolist()
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Namunada raqam matn sifatida yozilgan: `"IIV-2026-000001"`. Bu yerda raqam `case_no`
# o'zgaruvchisida turibdi: uni qo'shtirnoqsiz yozing.

# %% [markdown] lang="uz" hint="q1"
# `path = history[history["reg_no"] == case_no]["status"].tolist()`. Ro'yxatda `extended`
# (muddat uzaytirildi) holati bo'lishi kerak.

# %% [markdown] lang="ru" hint="q1"
# В примере номер записан текстом: `"IIV-2026-000001"`. Здесь номер лежит в переменной `case_no`:
# пишите её без кавычек.

# %% [markdown] lang="ru" hint="q1"
# `path = history[history["reg_no"] == case_no]["status"].tolist()`. В списке должен быть статус
# `extended` (срок продлён).

# %% [markdown] lang="en" hint="q1"
# The example writes the number as text, `"IIV-2026-000001"`; here it is in the variable `case_no`:
# write it without quotes. The list should contain `extended`.

# %% [markdown] lang="uz"
# ## 2. Matndan sanaga
#
# ### Namuna: sana, kunlar farqi va kun qo'shish
#
# CSV fayldan o'qilgan vaqt — oddiy **matn**: `"2026-03-02T09:20:38+05:00"`. Kompyuter uni sana deb
# bilmaydi, shuning uchun ayirib ham, solishtirib ham bo'lmaydi. `pd.to_datetime(...)` matnni
# **sanaga** aylantiradi. Ikki sananing ayirmasi — vaqt oralig'i; `.days` undan butun kunlarni
# oladi. Sanaga kun qo'shish: `+ pd.Timedelta(days=...)`.

# %% [markdown] lang="ru"
# ## 2. Из текста в дату
#
# ### Пример с решением: дата, разница в днях и прибавление дней
#
# Время, прочитанное из CSV, — просто **текст**: `"2026-03-02T09:20:38+05:00"`. Компьютер не знает,
# что это дата, поэтому не может ни вычитать, ни сравнивать. `pd.to_datetime(...)` превращает текст
# в **дату**. Разность двух дат — промежуток времени; `.days` берёт из него целые дни. Прибавить дни
# к дате: `+ pd.Timedelta(days=...)`.

# %% [markdown] lang="en"
# ## 2. From text to dates
#
# ### Worked example: a date, a difference in days, adding days
#
# A time read from CSV is plain **text**, `"2026-03-02T09:20:38+05:00"`: the computer cannot
# subtract or compare it. `pd.to_datetime(...)` turns text into a **date**. The difference of two
# dates is a time span; `.days` gives its whole days. To add days: `+ pd.Timedelta(days=...)`.

# %%
received = pd.to_datetime("2026-03-02")
answered_on = pd.to_datetime("2026-03-20")
print(answered_on - received)
print((answered_on - received).days)
print(received + pd.Timedelta(days=30))

# %% [markdown] lang="uz"
# **2-savol.** Ariza 2026-yil 6-aprelda (`"2026-04-06"`) kelgan. Qonunning 28-moddasi bo'yicha
# qo'shimcha o'rganish talab qilinmaydigan ariza va shikoyat **15 kun** ichida ko'rib chiqiladi
# (tasdiqlangan). Kurs qoidasi (0-moduldagidek): muddat `kelgan kun + 15` kuni tugaydi; kunlar —
# kalendar kunlari (dam olish kunlari hisobga kiradimi — qonun matnida **tasdiqlanmagan**).
# Muddat tugaydigan sanani `due_date` ga yozing: `____` o'rniga son qo'ying.

# %% [markdown] lang="ru"
# **Вопрос 2.** Заявление поступило 6 апреля 2026 года (`"2026-04-06"`). По статье 28 закона
# заявление и жалоба, не требующие дополнительного изучения, рассматриваются в течение **15 дней**
# (подтверждено). Правило курса (как в модуле 0): срок заканчивается в день `поступление + 15`;
# дни — календарные (входят ли выходные — в тексте закона **не подтверждено**). Запишите дату
# окончания срока в `due_date`: вместо `____` поставьте число.

# %% [markdown] lang="en"
# **Question 2.** An application arrived on 6 April 2026 (`"2026-04-06"`). Under Art. 28 of the
# law an application or complaint needing no extra study is considered within **15 days**
# (confirmed). Course rule (as in module 0): the term ends on `received + 15`, in calendar days
# (whether weekends count is **unconfirmed** in the law's text). Store the end date in
# `due_date`: put a number in place of `____`.

# %% practice={"q": "q2", "names": ["due_date"]}
### BEGIN SOLUTION
#> due_date = pd.to_datetime("2026-04-06") + pd.Timedelta(days=____)
due_date = pd.to_datetime("2026-04-06") + pd.Timedelta(days=15)
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Namunadagi `received + pd.Timedelta(days=30)` qatoriga qarang: bu yerda kunlar soni — 15.

# %% [markdown] lang="uz" hint="q2"
# Kelgan kunni alohida sanamang (1 ayirmang): 6-aprel + 15 kun = 21-aprel.

# %% [markdown] lang="ru" hint="q2"
# Посмотрите на строку `received + pd.Timedelta(days=30)` в примере: здесь число дней — 15.

# %% [markdown] lang="ru" hint="q2"
# День поступления отдельно не считайте (не вычитайте 1): 6 апреля + 15 дней = 21 апреля.

# %% [markdown] lang="en" hint="q2"
# Like `received + pd.Timedelta(days=30)` in the example, with 15 days. Do not subtract 1 for the
# day received: 6 April + 15 days = 21 April.

# %% [markdown] lang="uz"
# ### Namuna: butun ustunni sanaga aylantirish
#
# `pd.to_datetime` butun ustunga ham ishlaydi. Quyidagi katak kerakli uchta ustunni sanaga
# aylantiradi (ishga tushiring). So'ng javob berilgan murojaatlarni 0-moduldagidek saralab,
# `answered` jadvaliga olamiz. Ikki sana **ustunining** ayirmasidan butun kunlar `.dt.days` bilan
# olinadi (bitta sanada — `.days`, ustunda — `.dt.days`). Misol: qabul qilingandan ro'yxatga
# olingungacha necha kun o'tgan.

# %% [markdown] lang="ru"
# ### Пример с решением: весь столбец — в даты
#
# `pd.to_datetime` работает и с целым столбцом. Ячейка ниже переводит в даты три нужных столбца
# (выполните её). Затем, как в модуле 0, отбираем обращения с ответом в таблицу `answered`. Из
# разности двух **столбцов** дат целые дни берёт `.dt.days` (у одной даты — `.days`, у столбца —
# `.dt.days`). Пример: сколько дней прошло от получения до регистрации.

# %% [markdown] lang="en"
# ### Worked example: a whole column to dates
#
# `pd.to_datetime` works on a whole column too. The cell below converts the three columns we need
# (run it). Then, as in module 0, we filter the answered appeals into `answered`. For the
# difference of two date **columns**, whole days come from `.dt.days` (`.days` for one date,
# `.dt.days` for a column). Example: days from receipt to registration.

# %%
appeals["received_at"] = pd.to_datetime(appeals["received_at"])
appeals["due_at"] = pd.to_datetime(appeals["due_at"])
appeals["answered_at"] = pd.to_datetime(appeals["answered_at"])
appeals["registered_at"] = pd.to_datetime(appeals["registered_at"])
answered = appeals[appeals["status"] == "answered"]
days_to_register = (answered["registered_at"] - answered["received_at"]).dt.days
days_to_register.value_counts()

# %% [markdown] lang="uz"
# **3-savol.** Javob berilgan har bir murojaat uchun qabul qilingandan (`received_at`) javob
# berilgunicha (`answered_at`) necha **butun kun** o'tganini `days_to_answer` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 3.** Для каждого обращения с ответом запишите в `days_to_answer`, сколько **целых дней**
# прошло от получения (`received_at`) до ответа (`answered_at`).

# %% [markdown] lang="en"
# **Question 3.** For each answered appeal store in `days_to_answer` how many **whole days**
# passed from receipt (`received_at`) to the answer (`answered_at`).

# %% practice={"q": "q3", "names": ["days_to_answer"]}
### BEGIN SOLUTION
#> days_to_answer = (answered[____] - answered["received_at"]).dt.days
days_to_answer = (answered["answered_at"] - answered["received_at"]).dt.days
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Namunadagi `days_to_register` kabi: keyingi sana (javob) birinchi, oldingi sana (qabul)
# ikkinchi yoziladi, aks holda kunlar manfiy chiqadi.

# %% [markdown] lang="uz" hint="q3"
# Ustun nomi qo'shtirnoq ichida: `answered["answered_at"]`.

# %% [markdown] lang="ru" hint="q3"
# Как `days_to_register` в примере: сначала более поздняя дата (ответ), потом более ранняя
# (получение), иначе дни выйдут отрицательными.

# %% [markdown] lang="ru" hint="q3"
# Имя столбца в кавычках: `answered["answered_at"]`.

# %% [markdown] lang="en" hint="q3"
# Like `days_to_register` in the example: the later date (answer) first, the earlier (receipt)
# second, or the days come out negative. Column names go in quotes: `answered["answered_at"]`.

# %% [markdown] lang="uz"
# ## 3. Javob muddatida berilganmi?
#
# ### Namuna: ikki sanani solishtirish
#
# Sanalar sonlar kabi solishtiriladi: `<=` — "kech emas yoki shu payt". Ikki **ustunni**
# solishtirsak, har bir qator uchun `True` (ha) yoki `False` (yo'q) chiqadi. `.sum()` `True`
# larni sanaydi (0-moduldagi `appeals["overdue"].sum()` kabi). Misol: qaysi murojaatlar qabul
# qilingan kunning o'zida ro'yxatga olingan — ro'yxatga olish vaqti qabuldan keyingi 1 kun ichida.

# %% [markdown] lang="ru"
# ## 3. Дан ли ответ в срок?
#
# ### Пример с решением: сравнение двух дат
#
# Даты сравниваются, как числа: `<=` — «не позже». Если сравнить два **столбца**, для каждой строки
# получится `True` (да) или `False` (нет). `.sum()` считает `True` (как `appeals["overdue"].sum()` в
# модуле 0). Пример: какие обращения зарегистрированы не позже чем через сутки после получения.

# %% [markdown] lang="en"
# ## 3. Was the answer on time?
#
# ### Worked example: comparing two dates
#
# Dates compare like numbers: `<=` means "not later than". Comparing two **columns** gives `True`
# or `False` for each row, and `.sum()` counts the `True` ones (like `appeals["overdue"].sum()` in
# module 0). Example: which appeals were registered within a day of receipt.

# %%
within_a_day = answered["registered_at"] <= answered["received_at"] + pd.Timedelta(days=1)
print(within_a_day.head())
print("1 kun ichida / в течение суток:", within_a_day.sum(), "/", len(within_a_day))

# %% [markdown] lang="uz"
# **4-savol.** `due_at` — murojaatning muddati (chegarasi). Javob berilgan har bir murojaat uchun
# javob muddatida berilganmi — `answered_at` `due_at` dan **kech emasmi** — `on_time` ga yozing
# (`True`/`False` ustuni). Muddati uzaytirilgan bir nechta murojaat ham bor: ularni 2-mashqda
# hisobga olamiz, bu yerda faqat `due_at` bilan solishtiring.

# %% [markdown] lang="ru"
# **Вопрос 4.** `due_at` — срок (граница) обращения. Для каждого обращения с ответом запишите в
# `on_time`, дан ли ответ в срок: `answered_at` **не позже** `due_at` (столбец `True`/`False`).
# Есть и несколько обращений с продлённым сроком: их учтём в упражнении 2, здесь сравнивайте только
# с `due_at`.

# %% [markdown] lang="en"
# **Question 4.** `due_at` is the appeal's deadline. For each answered appeal store in `on_time`
# whether the answer came in time: `answered_at` **not later than** `due_at` (a `True`/`False`
# column). A few deadlines were extended; exercise 2 takes that into account, here compare with
# `due_at` only.

# %% practice={"q": "q4", "names": ["on_time"]}
### BEGIN SOLUTION
#> on_time = answered["answered_at"] ____ answered["due_at"]
on_time = answered["answered_at"] <= answered["due_at"]
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# "Kech emas" — `<=` (kichik yoki teng): javob sanasi chapda, muddat o'ngda.

# %% [markdown] lang="ru" hint="q4"
# «Не позже» — `<=` (меньше или равно): дата ответа слева, срок справа.

# %% [markdown] lang="en" hint="q4"
# "Not later than" is `<=`: the answer date on the left, the deadline on the right.

# %% [markdown] lang="uz"
# ## 4. Rioya ulushi
#
# ### Namuna: ulush = qismi / hammasi
#
# Ulush — qismning hammaga nisbati, 0 dan 1 gacha son (0,25 = 25 %). `True`/`False` natijani
# jadvalga yangi **ustun** qilib qo'shish mumkin: `jadval["yangi_ustun"] = ...`. Misol: javob
# berilgan murojaatlar orasida shikoyatlar ulushi. Katakning oxirgi qatori 4-savoldagi
# solishtirishni ham `answered` jadvaliga `on_time` ustuni qilib qo'shadi: keyingi savollar shu
# ustunni ishlatadi.

# %% [markdown] lang="ru"
# ## 4. Доля соблюдения сроков
#
# ### Пример с решением: доля = часть / всё
#
# Доля — отношение части ко всему, число от 0 до 1 (0,25 = 25 %). Результат `True`/`False` можно
# добавить в таблицу новым **столбцом**: `таблица["новый_столбец"] = ...`. Пример: доля жалоб среди
# обращений с ответом. Последняя строка ячейки добавляет в `answered` и сравнение из вопроса 4 —
# столбец `on_time`: следующие вопросы используют его.

# %% [markdown] lang="en"
# ## 4. The compliance share
#
# ### Worked example: share = part / whole
#
# A share is the part divided by the whole, a number from 0 to 1 (0.25 = 25 %). A `True`/`False`
# result can be added to the table as a new **column**: `table["new_column"] = ...`. Example: the
# share of complaints among answered appeals. The last line also adds the comparison of question 4
# to `answered` as the column `on_time`, which the next questions use.

# %%
answered["is_complaint"] = answered["kind"] == "shikoyat"
n_complaints = answered["is_complaint"].sum()
complaint_share = n_complaints / len(answered)
print(n_complaints, len(answered), round(complaint_share, 3))
answered["on_time"] = answered["answered_at"] <= answered["due_at"]

# %% [markdown] lang="uz"
# **5-savol.** Muddatida berilgan javoblar sonini (`answered` jadvalining `on_time` ustunidagi
# `True` lar) `on_time_count` ga, **rioya ulushini** — muddatida berilgan javoblar / barcha
# javoblar — `compliance` ga yozing (0 dan 1 gacha son).

# %% [markdown] lang="ru"
# **Вопрос 5.** Запишите число ответов в срок (`True` в столбце `on_time` таблицы `answered`) в
# `on_time_count`, а **долю соблюдения сроков** — ответы в срок / все ответы — в `compliance`
# (число от 0 до 1).

# %% [markdown] lang="en"
# **Question 5.** Store the number of answers on time (the `True` values in the `on_time` column
# of `answered`) in `on_time_count` and the **compliance share**, answers on time / all answers,
# in `compliance` (a number from 0 to 1).

# %% practice={"q": "q5", "names": ["on_time_count", "compliance"]}
### BEGIN SOLUTION
#> on_time_count = answered["on_time"].____()
#> compliance = on_time_count / len(____)
on_time_count = answered["on_time"].sum()
compliance = on_time_count / len(answered)
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# `True` larni `.sum()` sanaydi; barcha javoblar soni — `len(answered)`.

# %% [markdown] lang="uz" hint="q5"
# Maxrajda barcha murojaatlar (`len(appeals)`) emas, faqat javob berilganlar bo'lsin: qayta
# yuborilgan va ko'rmay qoldirilgan murojaatlar "kech" emas.

# %% [markdown] lang="ru" hint="q5"
# `True` считает `.sum()`; число всех ответов — `len(answered)`.

# %% [markdown] lang="ru" hint="q5"
# В знаменателе не все обращения (`len(appeals)`), а только с ответом: пересланные и оставленные
# без рассмотрения — не «опоздания».

# %% [markdown] lang="en" hint="q5"
# `.sum()` counts the `True` values; all answers: `len(answered)`, not `len(appeals)` (forwarded
# appeals and those left without consideration are not late answers).

# %% [markdown] lang="uz"
# ## 5. Oylar bo'yicha sanash, guruhlar va grafik
#
# ### Namuna: hafta kunlari bo'yicha murojaatlar
#
# Sanadan uning qismlarini olish mumkin: `.dt.month` — oy (3 = mart), `.dt.day` — oyning kuni,
# `.dt.day_of_week` — hafta kuni (0 = dushanba, 6 = yakshanba). Keyin 0-moduldagidek
# `.value_counts()` bilan sanaymiz. `value_counts()` ko'pidan ozigacha tartiblaydi; kunlar
# tartibida ko'rish uchun `.sort_index()` qo'shamiz (indeks — chapdagi qiymatlar).

# %% [markdown] lang="ru"
# ## 5. Подсчёт по месяцам, группы и график
#
# ### Пример с решением: обращения по дням недели
#
# Из даты можно взять её части: `.dt.month` — месяц (3 = март), `.dt.day` — число месяца,
# `.dt.day_of_week` — день недели (0 = понедельник, 6 = воскресенье). Затем считаем через
# `.value_counts()`, как в модуле 0. `value_counts()` упорядочивает от большего к меньшему; чтобы
# увидеть дни по порядку, добавляем `.sort_index()` (индекс — значения слева).

# %% [markdown] lang="en"
# ## 5. Counting per month, groups, and a chart
#
# ### Worked example: appeals per day of the week
#
# A date has parts: `.dt.month` (3 = March), `.dt.day` (day of the month), `.dt.day_of_week`
# (0 = Monday, 6 = Sunday). Then count with `.value_counts()` as in module 0. `value_counts()`
# puts the largest first; `.sort_index()` puts the days in order (the index is the values on the
# left).

# %%
per_weekday = appeals["received_at"].dt.day_of_week.value_counts().sort_index()
per_weekday

# %% [markdown] lang="uz"
# **6-savol.** Har bir **oyda** nechta murojaat kelganini (`received_at` bo'yicha) `per_month` ga
# yozing, oylar tartibida (mart, aprel, may).

# %% [markdown] lang="ru"
# **Вопрос 6.** Запишите в `per_month`, сколько обращений поступило в каждом **месяце** (по
# `received_at`), в порядке месяцев (март, апрель, май).

# %% [markdown] lang="en"
# **Question 6.** Store in `per_month` how many appeals arrived in each **month** (by
# `received_at`), in month order (March, April, May).

# %% practice={"q": "q6", "names": ["per_month"], "ordered": true}
### BEGIN SOLUTION
#> per_month = appeals["received_at"].dt.____.value_counts().sort_index()
per_month = appeals["received_at"].dt.month.value_counts().sort_index()
### END SOLUTION

# %% [markdown] lang="uz" hint="q6"
# Namunadagi `per_weekday` kabi, faqat hafta kuni o'rniga oy: `.dt.month`.

# %% [markdown] lang="uz" hint="q6"
# `.sort_index()` ni unutmang: usiz eng ko'p murojaatli oy birinchi keladi.

# %% [markdown] lang="ru" hint="q6"
# Как `per_weekday` в примере, только вместо дня недели — месяц: `.dt.month`.

# %% [markdown] lang="ru" hint="q6"
# Не забудьте `.sort_index()`: без него первым окажется месяц с наибольшим числом обращений.

# %% [markdown] lang="en" hint="q6"
# Like `per_weekday` in the example, with the month instead: `.dt.month`, then `.sort_index()`
# so the months come in calendar order.

# %% [markdown] lang="uz"
# ### Namuna: guruhlar bo'yicha ulush
#
# `True`/`False` ustunining o'rtachasi (`.mean()`) — `True` lar ulushi: `sum() / len()` bilan
# bir xil. `groupby("ustun")` jadvalni shu ustun qiymatlari bo'yicha guruhlarga bo'ladi va har bir
# guruh uchun alohida hisoblaydi. Misol: har bir kanal bo'yicha shikoyatlar ulushi.

# %% [markdown] lang="ru"
# ### Пример с решением: доля по группам
#
# Среднее (`.mean()`) столбца `True`/`False` — это доля `True`: то же, что `sum() / len()`.
# `groupby("столбец")` делит таблицу на группы по значениям столбца и считает для каждой группы
# отдельно. Пример: доля жалоб по каждому каналу.

# %% [markdown] lang="en"
# ### Worked example: a share per group
#
# The mean (`.mean()`) of a `True`/`False` column is the share of `True`, the same as
# `sum() / len()`. `groupby("column")` splits the table by the column's values and computes for
# each group. Example: the share of complaints per channel.

# %%
answered.groupby("channel")["is_complaint"].mean()

# %% [markdown] lang="uz"
# **7-savol.** Har bir **bo'linma** (`department`) bo'yicha rioya ulushini — `on_time` ustunining
# o'rtachasini — `by_department` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 7.** Запишите в `by_department` долю соблюдения сроков по каждому **подразделению**
# (`department`) — среднее столбца `on_time`.

# %% [markdown] lang="en"
# **Question 7.** Store in `by_department` the compliance share of each **department**
# (`department`): the mean of the `on_time` column.

# %% practice={"q": "q7", "names": ["by_department"]}
### BEGIN SOLUTION
#> by_department = answered.groupby(____)["on_time"].mean()
by_department = answered.groupby("department")["on_time"].mean()
### END SOLUTION

# %% [markdown] lang="uz" hint="q7"
# Namunadagi qator kabi: `groupby` ichida ustun nomi qo'shtirnoqda — `"department"`, keyin
# `["on_time"].mean()`.

# %% [markdown] lang="ru" hint="q7"
# Как строка в примере: в `groupby` имя столбца в кавычках — `"department"`, затем
# `["on_time"].mean()`.

# %% [markdown] lang="en" hint="q7"
# Like the example: `groupby("department")`, then `["on_time"].mean()`.

# %% [markdown] lang="uz"
# ### Namuna: grafik
#
# Natijani 0-moduldagidek chizamiz: `fig, ax = plt.subplots()` va `natija.plot.bar(ax=ax)`.
# Vaqt bo'yicha o'zgarishni ko'rsatishga **chiziqli grafik** ham qulay: `natija.plot(ax=ax)`.
# Misol: kunlar bo'yicha murojaatlar soni (`.dt.date` — vaqtsiz sana) chiziqli grafikda.

# %% [markdown] lang="ru"
# ### Пример с решением: график
#
# Рисуем, как в модуле 0: `fig, ax = plt.subplots()` и `результат.plot.bar(ax=ax)`. Для изменения
# во времени удобен и **линейный график**: `результат.plot(ax=ax)`. Пример: число обращений по дням
# (`.dt.date` — дата без времени) линейным графиком.

# %% [markdown] lang="en"
# ### Worked example: a chart
#
# Draw as in module 0: `fig, ax = plt.subplots()` and `result.plot.bar(ax=ax)`. For change over
# time a **line chart** also works: `result.plot(ax=ax)`. Example: appeals per day (`.dt.date`
# is the date without the time) as a line chart.

# %%
per_day = appeals["received_at"].dt.date.value_counts().sort_index()
day_fig, day_ax = plt.subplots(figsize=(8, 3))
per_day.plot(ax=day_ax)
day_ax.set_title("Kunlik murojaatlar / Обращения по дням")
day_ax.set_ylabel("murojaatlar / обращения");

# %% [markdown] lang="uz"
# **8-savol.** Navbatchilikni qaysi kunlarda kuchaytirish kerak? Namunadagi `per_weekday` ni
# (hafta kunlari bo'yicha murojaatlar) **ustunli grafikda** chizing: grafik maydoni `ax` da
# bo'lsin.

# %% [markdown] lang="ru"
# **Вопрос 8.** В какие дни усиливать дежурство? Нарисуйте `per_weekday` из примера (обращения по
# дням недели) **столбчатой диаграммой**: область графика — в `ax`.

# %% [markdown] lang="en"
# **Question 8.** On which days should the duty roster be reinforced? Draw `per_weekday` from the
# example (appeals per day of the week) as a **bar chart**, its drawing area in `ax`.

# %% practice={"q": "q8", "names": ["ax"], "kind": "bars"}
### BEGIN SOLUTION
#> fig, ax = plt.subplots()
#> per_weekday.plot.____(ax=ax)
fig, ax = plt.subplots()
per_weekday.plot.bar(ax=ax)
### END SOLUTION

# %% [markdown] lang="uz" hint="q8"
# Ustunli grafik — `.plot.bar(ax=ax)`; chiziqli `.plot(ax=ax)` emas.

# %% [markdown] lang="uz" hint="q8"
# Tartiblangan `per_weekday` ni chizing, `value_counts()` ning tartiblanmagan natijasini emas:
# aks holda kunlar aralashib ketadi.

# %% [markdown] lang="ru" hint="q8"
# Столбчатая диаграмма — `.plot.bar(ax=ax)`, а не линейный `.plot(ax=ax)`.

# %% [markdown] lang="ru" hint="q8"
# Рисуйте упорядоченный `per_weekday`, а не неупорядоченный результат `value_counts()`: иначе дни
# перемешаются.

# %% [markdown] lang="en" hint="q8"
# A bar chart is `.plot.bar(ax=ax)`, not the line `.plot(ax=ax)`; draw the sorted `per_weekday`.

# %% [markdown] lang="uz"
# ## Xulosa
#
# - `history` — holatlar tarixi: bitta murojaatning yo'li — uning qatorlari vaqt tartibida.
# - `pd.to_datetime` — matndan sana; ikki sana ayirmasi — oraliq, `.days` / `.dt.days` — kunlar.
# - Muddatga rioya — ikki sanani solishtirish: `javob <= muddat`.
# - Ulush — `sum() / len()` yoki `.mean()`; guruhlar bo'yicha — `groupby(...)[...].mean()`.
# - `.dt.month` + `value_counts().sort_index()` — oylar bo'yicha sanash; `.plot.bar(ax=ax)` — grafik.
#
# Endi baholanadigan mashqlarga o'ting. Har birining boshida **Namuna** va oson savol bor;
# **Chuqurlashtirilgan qism** (guruhlash va jadvalni aylantirish, qoldiq, haftalik prognoz) —
# tahlil bilan chuqurroq shug'ullanmoqchi bo'lganlar uchun.

# %% [markdown] lang="ru"
# ## Итог
#
# - `history` — история статусов: путь обращения — его строки в порядке времени.
# - `pd.to_datetime` — дата из текста; разность дат — промежуток, `.days` / `.dt.days` — дни.
# - Соблюдение срока — сравнение двух дат: `ответ <= срок`.
# - Доля — `sum() / len()` или `.mean()`; по группам — `groupby(...)[...].mean()`.
# - `.dt.month` + `value_counts().sort_index()` — подсчёт по месяцам; `.plot.bar(ax=ax)` — график.
#
# Теперь переходите к оцениваемым заданиям. В начале каждого — **Пример с решением** и простой
# вопрос; **Углублённая часть** (группировка и разворот таблицы, остаток, недельный прогноз) — для
# тех, кто хочет глубже заняться анализом.

# %% [markdown] lang="en"
# ## Summary
#
# - `history` holds the status changes: an appeal's path is its rows in time order.
# - `pd.to_datetime` turns text into dates; a difference is a span, `.days` / `.dt.days` its days.
# - Deadline compliance compares two dates: `answer <= deadline`.
# - A share is `sum() / len()` or `.mean()`; per group, `groupby(...)[...].mean()`.
# - `.dt.month` + `value_counts().sort_index()` counts per month; `.plot.bar(ax=ax)` draws it.
#
# Now go on to the assessments. Each opens with a **worked example** and an easy question; the
# **Advanced part** (grouping and reshaping, backlog, a weekly forecast) is for those who want to
# go deeper into analysis.
