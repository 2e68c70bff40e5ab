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
# # Mashq qilish: elektron so'rovlar va javoblar
#
# Tuman IIB mahallaga, sog'liqni saqlash muassasasiga va sudga elektron so'rov yuboradi; javoblar ham
# elektron keladi. Har bir hujjat — **JSON**: nomlangan maydonlari bor blanka. Uchta kundalik
# savol: **hujjat to'g'ri to'ldirilganmi?** (sxema bo'yicha tekshiruv), **qaysi so'rovning
# javob muddati o'tdi va kimga eslatma yoki yuqoriga xabar kerak?**, **bu idoraga qaysi
# shaxsiy ma'lumotlarni yuborish kerak, qaysilarini — yo'q?**
#
# Har bir savoldan oldin **Namuna (yechilgan misol)** bor. Javobdan keyingi `q1.check()` uni
# darhol tekshiradi; `q1.hint()` — maslahat, `q1.solution()` — yechim. Bu daftar baholanmaydi.
# Barcha ma'lumotlar **sintetik**.

# %% [markdown] lang="ru"
# # Практика: электронные запросы и ответы
#
# Районный ОВД отправляет электронные запросы в махаллю, медучреждение и суд; ответы тоже
# приходят электронно. Каждый документ — **JSON**: бланк с именованными полями. Три
# повседневных вопроса: **правильно ли заполнен документ?** (проверка по схеме), **у какого
# запроса истёк срок ответа и кому нужно напоминание или доклад выше?**, **какие персональные
# данные отправлять этому ведомству, а какие — нет?**
#
# Перед каждым вопросом есть **Пример с решением**. `q1.check()` после ответа сразу его
# проверяет; `q1.hint()` — подсказка, `q1.solution()` — решение. Эта тетрадь не оценивается.
# Все данные **синтетические**.

# %% [markdown] lang="en"
# # Practice: electronic requests and replies
#
# A district police department sends electronic requests to a mahalla, a health institution and
# a court; the replies come back electronically. Each document is **JSON**: a form with named
# fields. Three everyday questions: **is the document filled in correctly?** (a schema check),
# **which request is past its reply date, and who needs a reminder or an escalation?**, **which
# personal data do we send to this body, and which not?**
#
# Each question is preceded by a **worked example**. `q1.check()` after the answer checks it at
# once; `q1.hint()` gives a hint, `q1.solution()` the solution. This notebook is not graded. All
# data is **synthetic**.

# %% tags=["setup"]
LANG = "uz"
import json

import pandas as pd
from jsonschema import Draft202012Validator

from malaka.practice import attach

DATA = "data/document-exchange/"
with open(DATA + "schema/request.schema.json", encoding="utf-8") as f:
    request_schema = json.load(f)
with open(DATA + "schema/reply.schema.json", encoding="utf-8") as f:
    reply_schema = json.load(f)
with open(DATA + "documents/requests.jsonl", encoding="utf-8") as f:
    requests = [json.loads(line) for line in f]
with open(DATA + "documents/replies.jsonl", encoding="utf-8") as f:
    replies = [json.loads(line) for line in f]
fields = pd.read_csv(DATA + "fields.csv")
# "Bugun" — ma'lumotlar olingan sana / «сегодня» — дата среза данных
NOW = pd.Timestamp("2026-05-20")
ESCALATE_AFTER = 7
attach(globals(), "p01_documents")

# %% [markdown] lang="uz"
# ## 1. JSON hujjat
#
# `requests` — so'rovlar ro'yxati, har biri bitta JSON hujjat (`documents/requests.jsonl`
# faylining bitta qatori). Python'da JSON — **lug'at** (`dict`): `hujjat["maydon"]` maydon
# qiymatini beradi. `person` maydoni ichida yana lug'at bor — shaxs haqidagi ma'lumotlar.
#
# **Namuna (yechilgan misol).** Birinchi so'rovni chiroyli ko'rinishda chiqaramiz va ikki
# maydonini o'qiymiz.

# %% [markdown] lang="ru"
# ## 1. Документ JSON
#
# `requests` — список запросов, каждый — один документ JSON (одна строка файла
# `documents/requests.jsonl`). В Python JSON — это **словарь** (`dict`): `документ["поле"]`
# даёт значение поля. Внутри поля `person` — ещё один словарь: сведения о лице.
#
# **Пример с решением.** Выводим первый запрос в читаемом виде и читаем два его поля.

# %% [markdown] lang="en"
# ## 1. A JSON document
#
# `requests` is the list of requests, each one JSON document (one line of
# `documents/requests.jsonl`). In Python JSON is a **dictionary** (`dict`): `doc["field"]` gives
# a field's value. The field `person` holds another dictionary: the data about the person.
#
# **Worked example.** Print the first request readably and read two of its fields.

# %%
doc = requests[0]
print(json.dumps(doc, indent=2, ensure_ascii=False))
print(doc["to_agency"], doc["person"]["last_name"])

# %% [markdown] lang="uz"
# **1-savol.** `requests[5]` so'rovi qaysi idoraga yuborilgan (`to_agency`) va undagi shaxsning
# JShShIR i (`person` ichidagi `pinfl`) qanday? `agency_5` va `pinfl_5` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 1.** В какое ведомство отправлен запрос `requests[5]` (`to_agency`) и какой ПИНФЛ у
# лица в нём (`pinfl` внутри `person`)? Запишите в `agency_5` и `pinfl_5`.

# %% [markdown] lang="en"
# **Question 1.** To which body was `requests[5]` sent (`to_agency`), and what is the person's
# PINFL (`pinfl` inside `person`)? Store them in `agency_5` and `pinfl_5`.

# %% practice={"q": "q1", "names": ["agency_5", "pinfl_5"]}
### BEGIN SOLUTION
#> agency_5 = requests[5][____]
#> pinfl_5 = requests[5][____][____]
agency_5 = requests[5]["to_agency"]
pinfl_5 = requests[5]["person"]["pinfl"]
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Namunadagidek: `requests[5]["to_agency"]`; JShShIR ikki qadamda — avval `["person"]`, keyin
# `["pinfl"]`.

# %% [markdown] lang="ru" hint="q1"
# Как в примере: `requests[5]["to_agency"]`; ПИНФЛ в два шага — сначала `["person"]`, затем
# `["pinfl"]`.

# %% [markdown] lang="en" hint="q1"
# As in the example: `requests[5]["to_agency"]`; the PINFL in two steps, `["person"]` then
# `["pinfl"]`.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** Hujjatlar ro'yxatidan jadval yasash mumkin: har bir maydon —
# ustun. Idoralar bo'yicha sanaymiz. Diqqat: ro'yxatda `court`, `health`, `mahalla` dan
# tashqari noto'g'ri yozilgan qiymatlar ham bor — ularni keyinroq sxema topadi.

# %% [markdown] lang="ru"
# **Пример с решением.** Из списка документов можно сделать таблицу: каждое поле — столбец.
# Считаем по ведомствам. Внимание: кроме `court`, `health`, `mahalla` встречаются и ошибочные
# значения — их позже найдёт схема.

# %% [markdown] lang="en"
# **Worked example.** A list of documents becomes a table: each field is a column. Count by
# agency. Besides `court`, `health` and `mahalla` there are wrong values: the schema will find
# them later.

# %%
table = pd.DataFrame(requests)
table["to_agency"].value_counts()

# %% [markdown] lang="uz"
# **2-savol.** Nechta so'rov sudga (`"court"`) yuborilgan? Sonini `n_court` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 2.** Сколько запросов отправлено в суд (`"court"`)? Запишите число в `n_court`.

# %% [markdown] lang="en"
# **Question 2.** How many requests went to the court (`"court"`)? Store the number in
# `n_court`.

# %% practice={"q": "q2", "names": ["n_court"]}
### BEGIN SOLUTION
#> n_court = (table["to_agency"] == ____).sum()
n_court = (table["to_agency"] == "court").sum()
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Qiymat hujjatdagidek, inglizcha: `"court"` (`"sud"` emas).

# %% [markdown] lang="ru" hint="q2"
# Значение как в документе, по-английски: `"court"` (не `"sud"`).

# %% [markdown] lang="en" hint="q2"
# The value as in the documents: `"court"`.

# %% [markdown] lang="uz"
# ## 2. Sxema bo'yicha tekshiruv
#
# **`JSON Schema`** (sxema) — blanka qoidasi, ya'ni hujjat qanday bo'lishi kerakligi haqidagi e'lon
# qilingan qoida: qaysi
# maydonlar majburiy (`required`), qiymat qaysi ro'yxatdan (`enum`), qaysi ko'rinishda
# (`pattern`: JShShIR — 14 raqam), sana formati (`format: date` — `2026-05-20`), hujjat
# **elektron raqamli imzo (ERI)** bilan imzolanganmi (`eds_signed` faqat `true`, `const`:
# imzosiz hujjat qabul qilinmaydi — almashinuv qoidasi, sintetik). Sxemani
# yuboruvchi ham, qabul qiluvchi ham bir xil ishlatadi, shuning uchun tekshiruv ikkala tomonda
# bir xil natija beradi. Tekshiruvni `jsonschema` kutubxonasi bajaradi (Python uchun `JSON Schema`
# standartining asosiy, doimiy yangilanadigan tatbiqi; o'zimiz yozmaymiz).
#
# **Namuna (yechilgan misol).** Tekshiruvchi (validator) yasaymiz. `format_checker` ni
# unutmang: usiz sana formati **tekshirilmaydi**. `is_valid` — `True`/`False`; `iter_errors` —
# har bir xato va uning sababi (`message`). Ataylab buzilgan nusxa:

# %% [markdown] lang="ru"
# ## 2. Проверка по схеме
#
# **JSON Schema** (схема) — правило бланка, то есть опубликованное правило, каким должен быть
# документ: какие поля обязательны
# (`required`), из какого списка значение (`enum`), какого вида (`pattern`: ПИНФЛ — 14 цифр),
# формат даты (`format: date` — `2026-05-20`), подписан ли документ **электронной цифровой
# подписью (ЭЦП)** (`eds_signed` только `true`, `const`: документ без подписи не принимается —
# правило обмена, синтетическое). Схему одинаково применяют отправитель и
# получатель, поэтому проверка даёт на обеих сторонах один результат. Проверяет библиотека
# `jsonschema` (основная, постоянно поддерживаемая реализация стандарта JSON Schema для Python;
# сами не пишем).
#
# **Пример с решением.** Создаём проверщик (validator). Не забудьте `format_checker`: без него
# формат дат **не проверяется**. `is_valid` — `True`/`False`; `iter_errors` — каждая ошибка и
# её причина (`message`). Нарочно испорченная копия:

# %% [markdown] lang="en"
# ## 2. Checking against the schema
#
# A **JSON Schema** is a published rule for what a document must look like: which fields are
# required (`required`), which list a value comes from (`enum`), its shape (`pattern`: a PINFL is
# 14 digits), the date format (`format: date`, `2026-05-20`), whether the document carries an
# **electronic digital signature (EDS)** (`eds_signed` must be `true`, `const`: an unsigned
# document is refused; a rule of the exchange, synthetic). Sender and receiver apply the same
# schema, so the check gives the same answer on both sides. The `jsonschema` library does it
# (the main, maintained implementation of the JSON Schema standard for Python; we do not write
# our own).
#
# **Worked example.** Build a validator. Do not forget `format_checker`: without it dates are
# **not checked**. `is_valid` gives `True`/`False`; `iter_errors` every error and its reason
# (`message`). A copy spoiled on purpose:

# %%
validator = Draft202012Validator(request_schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
print(validator.is_valid(requests[0]))
broken = dict(requests[0])
broken["to_agency"] = "sud"
broken["reply_by"] = "14.03.2026"
broken["eds_signed"] = False
for error in validator.iter_errors(broken):
    print(error.message)

# %% [markdown] lang="uz"
# **3-savol.** `requests` dagi nechta so'rov sxemadan **o'tmaydi**? Sonini `n_invalid` ga
# yozing. Bunday hujjat qabul qilinmaydi: u tuzatish uchun yuboruvchiga qaytadi.

# %% [markdown] lang="ru"
# **Вопрос 3.** Сколько запросов в `requests` **не проходят** схему? Запишите число в
# `n_invalid`. Такой документ не принимается: он возвращается отправителю на исправление.

# %% [markdown] lang="en"
# **Question 3.** How many requests in `requests` **fail** the schema? Store the number in
# `n_invalid`. Such a document is not accepted: it goes back to the sender to be fixed.

# %% practice={"q": "q3", "names": ["n_invalid"]}
### BEGIN SOLUTION
#> n_invalid = sum(1 for doc in requests if not validator.____(doc))
n_invalid = sum(1 for doc in requests if not validator.is_valid(doc))
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Bo'sh joyga `is_valid`. `not` — "yo'q": o'tmaganlarni sanaymiz.

# %% [markdown] lang="uz" hint="q3"
# Namunadagi `validator` dan foydalaning (u `format_checker` bilan yasalgan). O'zingiz
# `Draft202012Validator(request_schema)` yasasangiz, noto'g'ri sanalar "to'g'ri" bo'lib qoladi.

# %% [markdown] lang="ru" hint="q3"
# В пропуск — `is_valid`. `not` — «не»: считаем непрошедшие.

# %% [markdown] lang="ru" hint="q3"
# Используйте `validator` из примера (он создан с `format_checker`). Если создать
# `Draft202012Validator(request_schema)` самому, неверные даты окажутся «верными».

# %% [markdown] lang="en" hint="q3"
# Fill in `is_valid`, and use the example's `validator` (made with `format_checker`).

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** Hujjatni raqami bo'yicha topish uchun lug'at yasaymiz:
# `so'rov raqami -> hujjat`. Keyin `by_id["..."]` bilan olamiz. `rejected` — sxemadan
# o'tmagan so'rovlar raqamlari.

# %% [markdown] lang="ru"
# **Пример с решением.** Чтобы находить документ по номеру, строим словарь `номер запроса ->
# документ`. Затем берём его через `by_id["..."]`. `rejected` — номера запросов, не прошедших
# схему.

# %% [markdown] lang="en"
# **Worked example.** To find a document by its id, build a dictionary `request id -> document`,
# then take it with `by_id["..."]`. `rejected` lists the ids of the requests that fail.

# %%
by_id = {d["request_id"]: d for d in requests}
print(by_id[requests[1]["request_id"]]["reply_by"])
rejected = [d["request_id"] for d in requests if not validator.is_valid(d)]
print(rejected[:5])

# %% [markdown] lang="uz"
# **4-savol.** Ro'yxatdagi birinchi rad etilgan so'rov (`rejected[0]`) nega qabul qilinmaydi?
# Uning barcha xatolari matnlarini (`error.message`) ro'yxat qilib `why` ga yozing. Natijani
# o'qing: qaysi maydon, nima noto'g'ri? (`rejected[1]`, `rejected[2]` ni ham o'qib ko'ring.)

# %% [markdown] lang="ru"
# **Вопрос 4.** Почему не принимается первый отклонённый запрос (`rejected[0]`)? Запишите в
# `why` список текстов всех его ошибок (`error.message`). Прочитайте результат: какое поле, что
# не так? (Прочитайте и `rejected[1]`, `rejected[2]`.)

# %% [markdown] lang="en"
# **Question 4.** Why is the first rejected request (`rejected[0]`) not accepted? Store the
# list of the texts of all its errors (`error.message`) in `why`. Read it: which field, what is
# wrong? (Read `rejected[1]` and `rejected[2]` too.)

# %% practice={"q": "q4", "names": ["why"]}
### BEGIN SOLUTION
#> why = [error.message for error in validator.iter_errors(by_id[____])]
why = [error.message for error in validator.iter_errors(by_id[rejected[0]])]
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Bo'sh joyga so'rov raqami: `rejected[0]` (qo'shtirnoqsiz — bu o'zgaruvchi).

# %% [markdown] lang="ru" hint="q4"
# В пропуск — номер запроса: `rejected[0]` (без кавычек — это переменная).

# %% [markdown] lang="en" hint="q4"
# Fill in the request id: `rejected[0]` (no quotes: it is a variable).

# %% [markdown] lang="uz"
# ## 3. Javob muddati: eslatma yoki yuqoriga xabar
#
# Idoralararo so'rov **murojaat emas**: murojaatlar to'g'risidagi qonun davlat organlari
# o'rtasidagi yozishmalarga tatbiq etilmaydi (1-modda), shuning uchun 15 kunlik muddat bu yerda
# yo'q. Javob muddati idora bilan **kelishiladi** va har bir so'rovda `reply_by` maydonida
# yoziladi (shu kun ham muddatga kiradi). Qoida (kurs qoidasi): javobsiz so'rov `NOW` kuni
# `reply_by` dan keyin bo'lsa — **muddati o'tgan**; `ESCALATE_AFTER = 7` kun va undan ko'p
# o'tgan bo'lsa — yuqori turuvchi organga yuborish (eskalatsiya), kamroq — eslatma. Faqat sxemadan o'tgan so'rov
# va javoblar hisobga olinadi: yaroqsiz javob (masalan, ERI siz) — javob emas.
#
# **Namuna (yechilgan misol).** Sxemadan o'tgan so'rovlar va javoblar jadvali, so'rovga javob
# kelganmi (`isin`), muddat — sana turida.

# %% [markdown] lang="ru"
# ## 3. Срок ответа: напоминание или доклад выше
#
# Межведомственный запрос — **не обращение**: закон об обращениях не применяется к переписке
# между государственными органами (ст. 1), поэтому 15-дневного срока здесь нет. Срок ответа
# **согласуется** с ведомством и записан в каждом запросе в поле `reply_by` (этот день входит в
# срок). Правило (правило курса): запрос без ответа просрочен, если `NOW` позже `reply_by`; при
# просрочке `ESCALATE_AFTER = 7` дней и больше — доклад выше (эскалация), меньше —
# напоминание. Учитываются только запросы и ответы, прошедшие схему: невалидный ответ
# (например, без ЭЦП) — не ответ.
#
# **Пример с решением.** Таблица прошедших схему запросов и ответов, пришёл ли ответ на запрос
# (`isin`), срок — в виде даты.

# %% [markdown] lang="en"
# ## 3. Reply dates: a reminder or an escalation
#
# An inter-agency request is **not an appeal**: the appeals law does not apply to
# correspondence between state bodies (Art. 1), so there is no 15-day clock here. The reply date
# is **agreed** with the agency and written in each request as `reply_by` (that day included).
# Rule (the course's): a request without a reply is overdue when `NOW` is after `reply_by`; at
# `ESCALATE_AFTER = 7` days or more it is escalated, below that a reminder is sent. Only requests
# and replies that pass the schema count: an invalid reply (for example, without the EDS) is no
# reply.
#
# **Worked example.** A table of the requests and replies that pass the schema, whether a reply
# came (`isin`), the date as a date.

# %%
reply_validator = Draft202012Validator(reply_schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
good = pd.DataFrame([d for d in requests if validator.is_valid(d)])
good_replies = pd.DataFrame([d for d in replies if reply_validator.is_valid(d)])
good["answered"] = good["request_id"].isin(good_replies["in_reply_to"])
good["reply_by"] = pd.to_datetime(good["reply_by"])
good[["request_id", "to_agency", "reply_by", "answered"]].head()

# %% [markdown] lang="uz"
# **5-savol.** Javobsiz (`answered` yolg'on) va `NOW` kuni muddati o'tgan (`reply_by` `NOW`
# dan oldin) so'rovlarni `overdue` ga saralang.

# %% [markdown] lang="ru"
# **Вопрос 5.** Отберите в `overdue` запросы без ответа (`answered` ложно), у которых срок
# истёк к `NOW` (`reply_by` раньше `NOW`).

# %% [markdown] lang="en"
# **Question 5.** Keep in `overdue` the requests without a reply (`answered` false) whose date
# has passed by `NOW` (`reply_by` before `NOW`).

# %% practice={"q": "q5", "names": ["overdue"]}
### BEGIN SOLUTION
#> overdue = good[(~good["answered"]) & (good["reply_by"] ____ NOW)]
overdue = good[(~good["answered"]) & (good["reply_by"] < NOW)]
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# Ikki shart kerak: javob kelmagan (`answered` ustuni) va muddat o'tgan. Muddat kuni ham
# muddatga kiradi: `reply_by` `NOW` ga teng bo'lgan so'rov hali kech emas. Qaysi taqqoslash
# belgisi tenglikni qo'shmaydi?

# %% [markdown] lang="uz" hint="q5"
# `~` — "emas": javobi yo'qlar. Muddat kuni ham muddatga kiradi: `reply_by` `NOW` ga teng bo'lsa,
# hali kech emas — shuning uchun `<`, `<=` emas.

# %% [markdown] lang="ru" hint="q5"
# Нужны два условия: ответа нет (столбец `answered`) и срок прошёл. День срока входит в
# срок: запрос с `reply_by`, равным `NOW`, ещё не просрочен. Какой знак сравнения не включает
# равенство?

# %% [markdown] lang="ru" hint="q5"
# `~` — «не»: без ответа. День срока входит в срок: если `reply_by` равен `NOW`, ещё не поздно —
# поэтому `<`, а не `<=`.

# %% [markdown] lang="en" hint="q5"
# Two conditions: no reply (column `answered`) and the date has passed. The due day itself
# is still in time: a request whose `reply_by` equals `NOW` is not overdue yet. Which comparison
# leaves equality out?

# %% [markdown] lang="en" hint="q5"
# `~` means "not". The reply date itself is still in time: `<`, not `<=`.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** Ikki sana orasidagi kunlar: `(NOW - sana).dt.days`. Masalan,
# barcha sxemadan o'tgan so'rovlar yuborilganidan beri necha kun o'tgan:

# %% [markdown] lang="ru"
# **Пример с решением.** Дни между двумя датами: `(NOW - дата).dt.days`. Например, сколько дней
# прошло с отправки каждого прошедшего схему запроса:

# %% [markdown] lang="en"
# **Worked example.** Days between two dates: `(NOW - date).dt.days`. For example, days since
# each valid request was sent:

# %%
sent_date = pd.to_datetime(good["sent_at"].str[:10])
(NOW - sent_date).dt.days.describe()

# %% [markdown] lang="uz"
# **6-savol.** `overdue` ga `days` ustunini qo'shing (muddatdan keyin o'tgan kunlar), keyin
# `days` kamida `ESCALATE_AFTER` bo'lgan so'rovlarni `escalate` ga saralang va ularni idoralar
# bo'yicha sanab `escalate_by_agency` ga yozing. Bu ro'yxat bilan bo'lim boshlig'i idora
# rahbariyatiga murojaat qiladi.

# %% [markdown] lang="ru"
# **Вопрос 6.** Добавьте в `overdue` столбец `days` (дней после срока), затем отберите в
# `escalate` запросы, где `days` не меньше `ESCALATE_AFTER`, и посчитайте их по ведомствам в
# `escalate_by_agency`. С этим списком начальник отдела обращается к руководству ведомства.

# %% [markdown] lang="en"
# **Question 6.** Add a column `days` to `overdue` (days past the date), keep in `escalate` the
# requests with `days` at least `ESCALATE_AFTER`, and count them by agency in
# `escalate_by_agency`.

# %% practice={"q": "q6", "names": ["escalate_by_agency"]}
### BEGIN SOLUTION
#> overdue["days"] = (NOW - overdue[____]).dt.days
#> escalate = overdue[overdue["days"] ____ ESCALATE_AFTER]
#> escalate_by_agency = escalate["to_agency"].value_counts()
overdue = overdue.copy()
overdue["days"] = (NOW - overdue["reply_by"]).dt.days
escalate = overdue[overdue["days"] >= ESCALATE_AFTER]
escalate_by_agency = escalate["to_agency"].value_counts()
### END SOLUTION

# %% [markdown] lang="uz" hint="q6"
# Kechikish muddat kunidan sanaladi, so'rov yuborilgan kundan emas: muddat qaysi ustunda?
# "Kamida 7 kun" — roppa-rosa 7 kun ham yuqori turuvchi organga yuboriladi. Idoralar bo'yicha
# sanang (`to_agency`): xabar shu idora rahbariyatiga boradi.

# %% [markdown] lang="uz" hint="q6"
# Birinchi bo'sh joyga `"reply_by"` (muddat, yuborilgan vaqt emas), ikkinchisiga `>=`
# ("kamida 7" — 7 ham kiradi).

# %% [markdown] lang="ru" hint="q6"
# Просрочка считается от дня срока, а не от дня отправки: в каком столбце срок? «Не меньше
# 7 дней» — ровно 7 дней тоже эскалация. Считайте по ведомствам (`to_agency`): доклад идёт
# руководству этого ведомства.

# %% [markdown] lang="ru" hint="q6"
# В первый пропуск — `"reply_by"` (срок, а не время отправки), во второй — `>=` («не меньше 7» —
# 7 тоже входит).

# %% [markdown] lang="en" hint="q6"
# Lateness counts from the due date, not from the day the request was sent: which column
# holds the due date? "At least 7 days" includes exactly 7. Count by agency (`to_agency`): the
# escalation goes to that body's management.

# %% [markdown] lang="en" hint="q6"
# First blank `"reply_by"` (the date, not the sending time), second `>=`.

# %% [markdown] lang="uz"
# ## 4. Ma'lumotlarni minimallashtirish
#
# So'rovga shaxs haqidagi **hamma narsani** emas, faqat so'rov **maqsadi uchun kerakli**
# ma'lumotni yozamiz. `fields` — maydonlar katalogi: har bir maydonning toifasi (`category`).
# Darsning qoidasi:
#
# 1. shaxsni aniqlash uchun har doim `identity` toifasi (JShShIR, familiya, ism, otasining ismi,
#    tug'ilgan sana);
# 2. yana faqat maqsad talab qiladigan toifa: mahalla tavsifnomasi — `residence` (manzil);
#    tibbiy ko'rik xulosasi — `incident` (hodisa sanasi va joyi); sud qarori nusxasi —
#    `court_ref` (sud ishi raqami);
# 3. qolgani yuborilmaydi: pasport (JShShIR bor), telefon, oilaviy holat, ish joyi, ayniqsa
#    **maxsus toifalar** — sog'liq (`health`) va sudlanganlik (`criminal_record`).
#
# **Namuna (yechilgan misol).** Bir oilaviy janjal ishi bo'yicha mahallaga so'rov: kerakli
# maydonlar ro'yxati.

# %% [markdown] lang="ru"
# ## 4. Минимизация данных
#
# В запрос пишем не **всё** о человеке, а только то, что **нужно для цели** запроса. `fields` —
# каталог полей: у каждого поля категория (`category`). Правило урока:
#
# 1. для установления лица всегда категория `identity` (ПИНФЛ, фамилия, имя, отчество, дата
#    рождения);
# 2. плюс только категория, которой требует цель: характеристика из махалли — `residence`
#    (адрес); заключение медосмотра — `incident` (дата и место происшествия); копия решения суда
#    — `court_ref` (номер судебного дела);
# 3. остальное не отправляется: паспорт (есть ПИНФЛ), телефон, семейное положение, место работы
#    и особенно **особые категории** — здоровье (`health`) и судимость (`criminal_record`).
#
# **Пример с решением.** Запрос в махаллю по делу о семейном конфликте: список нужных полей.

# %% [markdown] lang="en"
# ## 4. Data minimisation
#
# A request carries not **everything** about the person, only what its **purpose needs**.
# `fields` is the field catalogue: each field has a category. The lesson's rule:
#
# 1. always the `identity` category to identify the person (PINFL, surname, given name,
#    patronymic, date of birth);
# 2. plus only the category the purpose needs: a mahalla character reference, `residence`
#    (address); medical examination findings, `incident` (date and place of the incident); a copy
#    of a court decision, `court_ref` (court case number);
# 3. nothing else: no passport (the PINFL is there), phone, marital status, workplace, and above
#    all no **special categories**, health (`health`) and criminal record (`criminal_record`).
#
# **Worked example.** A request to the mahalla in a family-conflict case: the fields needed.

# %%
fields[["field", "category", "special"]]

# %%
to_mahalla = fields[fields["category"].isin(["identity", "residence"])]["field"].tolist()
to_mahalla

# %% [markdown] lang="uz"
# **7-savol.** Xuddi shu ish bo'yicha jabrlanuvchining jarohatlari haqida **sog'liqni saqlash
# muassasasiga** so'rov yuboriladi (maqsad — tibbiy ko'rik xulosasi). Yuboriladigan maydonlar
# ro'yxatini `to_health` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 7.** По тому же делу в **медучреждение** отправляется запрос о травмах потерпевшей
# (цель — заключение медосмотра). Запишите список отправляемых полей в `to_health`.

# %% [markdown] lang="en"
# **Question 7.** In the same case a request about the victim's injuries goes to the **health
# institution** (purpose: medical examination findings). Store the list of fields to send in
# `to_health`.

# %% practice={"q": "q7", "names": ["to_health"]}
### BEGIN SOLUTION
#> to_health = fields[fields["category"].isin(["identity", ____])]["field"].tolist()
to_health = fields[fields["category"].isin(["identity", "incident"])]["field"].tolist()
### END SOLUTION

# %% [markdown] lang="uz" hint="q7"
# Namunadagi mahalla ro'yxatini ko'chiring: `identity` qoladi, `residence` o'rniga tibbiy
# ko'rik uchun kerakli toifa. `fields` jadvalining `category` ustunidan hodisa haqidagi toifani
# toping. Pasport, telefon va maxsus toifalar kerak emas.

# %% [markdown] lang="uz" hint="q7"
# Sog'liqni saqlash muassasasiga hodisa sanasi va joyi kerak: toifa `"incident"`. Tashxis (`health`)
# — biz so'rayotgan narsa, uni yubormaymiz.

# %% [markdown] lang="ru" hint="q7"
# Скопируйте список для махалли из примера: `identity` остаётся, вместо `residence` —
# категория, нужная для медосмотра. Найдите в столбце `category` таблицы `fields` категорию о
# происшествии. Паспорт, телефон и особые категории не нужны.

# %% [markdown] lang="ru" hint="q7"
# Медучреждению нужны дата и место происшествия: категория `"incident"`. Диагноз (`health`) —
# то, что мы запрашиваем, его не отправляем.

# %% [markdown] lang="en" hint="q7"
# Copy the mahalla list of the example: keep `identity`, and replace `residence` by the
# category the examination needs. Find the category about the incident in the `category` column
# of `fields`. No passport, phone or special categories.

# %% [markdown] lang="en" hint="q7"
# The health institution needs the date and place of the incident: category `"incident"`.

# %% [markdown] lang="uz"
# **8-savol.** Xuddi shu shaxs bo'yicha **sudga** ilgari chiqarilgan qarorning nusxasi
# so'raladi. Sudga yuboriladigan maydonlar ro'yxatini `to_court` ga yozing. Sog'liqni saqlash
# muassasasiga yuborilganidan nimasi bilan farq qiladi?

# %% [markdown] lang="ru"
# **Вопрос 8.** По тому же лицу у **суда** запрашивается копия ранее вынесенного решения.
# Запишите список полей для суда в `to_court`. Чем он отличается от списка для медучреждения?

# %% [markdown] lang="en"
# **Question 8.** For the same person the **court** is asked for a copy of an earlier decision.
# Store the fields to send to the court in `to_court`. How does it differ from the health list?

# %% practice={"q": "q8", "names": ["to_court"]}
### BEGIN SOLUTION
#> to_court = fields[fields["category"].isin([____, ____])]["field"].tolist()
to_court = fields[fields["category"].isin(["identity", "court_ref"])]["field"].tolist()
### END SOLUTION

# %% [markdown] lang="uz" hint="q8"
# Shaxsni aniqlash toifasi har doim kerak; ikkinchisi — sud qarorini topish uchun kerakli
# raqamning toifasi (`fields` jadvalida qarang). Sudlanganlik — maxsus toifa, uni
# yubormaymiz.

# %% [markdown] lang="uz" hint="q8"
# `"identity"` va sud ishi raqamining toifasi `"court_ref"`. Hodisa joyi ham, tashxis ham sudga
# bu so'rov uchun kerak emas.

# %% [markdown] lang="ru" hint="q8"
# Категория для установления лица нужна всегда; вторая — категория номера, по которому суд
# найдёт решение (смотрите таблицу `fields`). Судимость — особая категория, её не
# отправляем.

# %% [markdown] lang="ru" hint="q8"
# `"identity"` и категория номера судебного дела `"court_ref"`. Ни место происшествия, ни
# диагноз суду для этого запроса не нужны.

# %% [markdown] lang="en" hint="q8"
# The identity category is always needed; the second is the category of the number the court
# finds its decision by (look in `fields`). The criminal record is a special category: not
# sent.

# %% [markdown] lang="en" hint="q8"
# `"identity"` and the court case number's category `"court_ref"`.

# %% [markdown] lang="uz"
# ## Xulosa
#
# - JSON hujjat — nomlangan maydonli blanka; `hujjat["maydon"]`, ichma-ich: `["person"]["pinfl"]`.
# - Sxema hujjatni ikkala tomonda bir xil tekshiradi; `format_checker` siz sanalar tekshirilmaydi.
#   Xato matni (`message`) hujjatni qaytarishda sabab sifatida yoziladi.
# - Idoralararo so'rov muddati — kelishilgan sana (`reply_by`), murojaatlar qonunidagi 15 kun emas.
# - Har bir idoraga faqat maqsadga kerakli maydonlar: bir ish bo'yicha ham sog'liqni saqlash muassasasi va
#   sud har xil ro'yxat oladi.
#
# Endi baholanadigan mashqqa o'ting. Uning 0-savoli shu ko'nikmalarga tayanadi;
# **Chuqurlashtirilgan qism** (barcha xatolar jadvali, noma'lum so'rovga javob, kuzatuv jadvali,
# ortiqcha ma'lumot auditi) — tahlilchilar uchun.

# %% [markdown] lang="ru"
# ## Итог
#
# - Документ JSON — бланк с именованными полями; `документ["поле"]`, вложенно:
#   `["person"]["pinfl"]`.
# - Схема проверяет документ одинаково на обеих сторонах; без `format_checker` даты не
#   проверяются. Текст ошибки (`message`) — причина возврата документа.
# - Срок межведомственного запроса — согласованная дата (`reply_by`), а не 15 дней закона об
#   обращениях.
# - Каждому ведомству — только нужные для цели поля: даже по одному делу медучреждение и суд
#   получают разные списки.
#
# Теперь переходите к оцениваемому упражнению. Его вопрос 0 опирается на эти навыки;
# **Углублённая часть** (таблица всех ошибок, ответ на неизвестный запрос, таблица контроля
# сроков, аудит лишних данных) — для аналитиков.

# %% [markdown] lang="en"
# ## Summary
#
# - A JSON document is a form with named fields; `doc["field"]`, nested `["person"]["pinfl"]`.
# - The schema checks a document the same way on both sides; without `format_checker` dates are
#   not checked. The error text (`message`) is the reason given when a document is sent back.
# - An inter-agency request's deadline is the agreed date (`reply_by`), not the appeals law's 15
#   days.
# - Each body gets only the fields its purpose needs: even in one case the health institution
#   and the court get different lists.
#
# Now go on to the graded exercise. Its question 0 builds on these skills; the **Advanced part**
# (a table of all errors, replies to unknown requests, a tracking table, an over-sharing audit)
# is for analysts.
