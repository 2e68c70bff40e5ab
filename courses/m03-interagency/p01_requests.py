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
# # Mashq qilish: idoralararo so'rovlar
#
# Murojaatni ko'rib chiqish uchun ko'pincha boshqa idoradan ma'lumot so'raymiz: mahalladan
# ma'lumotnoma, suddan qaror nusxasi, shifoxonadan xulosa. Bu daftarda 0-moduldagi qadamlarni
# (jadvalni o'qish, saralash, sanash, tartiblash, diagramma) shu so'rovlarga qo'llaymiz va uchta
# yangi narsani o'rganamiz: **ikki sana orasidagi kunlar**, **kelishilgan muddatdan kechikkan
# javoblar** va **bir ismning ikki xil yozilishini solishtirish**.
#
# Har bir savoldan oldin **Namuna (yechilgan misol)** bor: uni o'qing va ishga tushiring, keyin
# savolga javob yozing. Javob katakchasidan keyingi `q1.check()` javobingizni darhol tekshiradi;
# qiynalsangiz `q1.hint()` (maslahat) yoki `q1.solution()` (yechim) ni ishga tushiring. Bu daftar
# baholanmaydi.

# %% [markdown] lang="ru"
# # Практика: межведомственные запросы
#
# Для рассмотрения обращения часто запрашиваем сведения другого ведомства: справку махалли, копию
# решения суда, заключение больницы. В этой тетради применяем к таким запросам шаги модуля 0
# (чтение таблицы, отбор, подсчёт, сортировка, диаграмма) и учимся трём новым вещам: **число дней
# между двумя датами**, **ответы с нарушением согласованного срока** и **сравнение двух написаний
# одного имени**.
#
# Перед каждым вопросом есть **Пример с решением**: прочитайте и запустите его, затем ответьте на
# вопрос. Ячейка `q1.check()` после ячейки ответа сразу проверяет ответ; если трудно, запустите
# `q1.hint()` (подсказка) или `q1.solution()` (решение). Эта тетрадь не оценивается.

# %% [markdown] lang="en"
# # Practice: inter-agency requests
#
# To handle an appeal we often ask another body for information: a certificate from the mahalla, a
# copy of a court decision, a hospital's report. This notebook applies the steps of module 0
# (reading a table, filtering, counting, sorting, a chart) to such requests and adds three new
# ones: **days between two dates**, **replies later than an agreed deadline** and **comparing two
# spellings of one name**.
#
# Each question is preceded by a **worked example**: read it and run it, then answer. The cell
# `q1.check()` after the answer cell checks your answer at once; if you are stuck, run `q1.hint()`
# or `q1.solution()`. This notebook is not graded.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd

from malaka.practice import attach

requests = pd.read_csv("data/tuman-appeals/interagency_requests.csv")
requests["sent_at"] = pd.to_datetime(requests["sent_at"])
requests["replied_at"] = pd.to_datetime(requests["replied_at"])
appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
appeals["received_at"] = pd.to_datetime(appeals["received_at"])
appeals["answered_at"] = pd.to_datetime(appeals["answered_at"])
# Mashq uchun kelishilgan javob muddati (kunlarda) / согласованный срок ответа для упражнения (дни)
AGREED_DAYS = 7
# Bir odamning ismi so'rovda va reyestrda / имя одного человека в запросе и в реестре
names = pd.DataFrame(
    {
        "in_request": [
            "ALIYEV ANVAR", " Karimova Dilnoza", "Rahimov Baxtiyor ",
            "Yusupova  Barno", "Ismoilov Mansur", "Жумаев Абдулла",
        ],
        "in_register": [
            "Aliyev Anvar", "Karimova Dilnoza", "Rahimov Baxtiyor",
            "Yusupova Barno", "Ismoilov Mansur", "Jumayev Abdulla",
        ],
    }
)
attach(globals(), "p01_requests")

# %% [markdown] lang="uz"
# ## 1. So'rovlar jadvali
#
# Jadval `requests`: har bir qator — bitta so'rov. Ustunlar: `request_id` (so'rov raqami),
# `reg_no` (qaysi murojaat uchun), `agency` (qaysi idoraga: `mahalla`, `court` — sud, `health` —
# tibbiyot), `sent_at` (yuborilgan vaqt), `replied_at` (javob kelgan vaqt), `status`.
#
# **Namuna (yechilgan misol).** Nechta so'rov bor va ular qaysi holatda? `len()` qatorlarni,
# `value_counts()` esa bitta ustundagi har bir qiymatni sanaydi.

# %% [markdown] lang="ru"
# ## 1. Таблица запросов
#
# Таблица `requests`: одна строка — один запрос. Столбцы: `request_id` (номер запроса), `reg_no`
# (по какому обращению), `agency` (в какое ведомство: `mahalla` — махалля, `court` — суд, `health`
# — медицина), `sent_at` (когда отправлен), `replied_at` (когда пришёл ответ), `status`.
#
# **Пример с решением.** Сколько всего запросов и в каком они статусе? `len()` считает строки,
# `value_counts()` — сколько раз встречается каждое значение одного столбца.

# %% [markdown] lang="en"
# ## 1. The table of requests
#
# Table `requests`: one row is one request. Columns: `request_id`, `reg_no` (which appeal),
# `agency` (`mahalla`, `court`, `health`), `sent_at`, `replied_at`, `status`.
#
# **Worked example.** How many requests are there, and in which status? `len()` counts rows,
# `value_counts()` counts each value of one column.

# %%
print(len(requests))
requests["status"].value_counts()

# %% [markdown] lang="uz"
# **1-savol.** Har bir idoraga nechta so'rov yuborilgan? Natijani `per_agency` ga yozing
# (`agency` ustuni bo'yicha `value_counts()`).

# %% [markdown] lang="ru"
# **Вопрос 1.** Сколько запросов отправлено в каждое ведомство? Запишите результат в `per_agency`
# (`value_counts()` по столбцу `agency`).

# %% [markdown] lang="en"
# **Question 1.** How many requests went to each agency? Store the result in `per_agency`
# (`value_counts()` of the column `agency`).

# %% practice={"q": "q1", "names": ["per_agency"]}
### BEGIN SOLUTION
#> per_agency = requests[____].value_counts()
per_agency = requests["agency"].value_counts()
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Bo'sh joyga ustun nomini qo'shtirnoq ichida yozing: `"agency"`.

# %% [markdown] lang="ru" hint="q1"
# Впишите на место пропуска имя столбца в кавычках: `"agency"`.

# %% [markdown] lang="en" hint="q1"
# Fill the blank with the column name in quotes: `"agency"`.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** Ustunli diagramma: murojaatlar qaysi kanaldan kelgan.
# `value_counts()` natijasiga `.plot.bar()` qo'shamiz; `ax` — chizilgan diagramma.

# %% [markdown] lang="ru"
# **Пример с решением.** Столбчатая диаграмма: по каким каналам пришли обращения. К результату
# `value_counts()` добавляем `.plot.bar()`; `ax` — нарисованная диаграмма.

# %% [markdown] lang="en"
# **Worked example.** A bar chart of the channels appeals came through: add `.plot.bar()` to the
# result of `value_counts()`; `ax` is the chart drawn.

# %%
ax_example = appeals["channel"].value_counts().plot.bar(title="Kanallar / Каналы")

# %% [markdown] lang="uz"
# **2-savol.** 1-savoldagi `per_agency` ni ustunli diagramma qilib chizing va uni `ax` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 2.** Нарисуйте `per_agency` из вопроса 1 столбчатой диаграммой и запишите её в `ax`.

# %% [markdown] lang="en"
# **Question 2.** Draw `per_agency` from question 1 as a bar chart and store it in `ax`.

# %% practice={"q": "q2", "names": ["ax"], "kind": "bars"}
### BEGIN SOLUTION
#> ax = ____.plot.bar()
ax = per_agency.plot.bar()
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Namunadagi `appeals["channel"].value_counts()` o'rniga `per_agency` ni yozing.

# %% [markdown] lang="ru" hint="q2"
# Вместо `appeals["channel"].value_counts()` из примера напишите `per_agency`.

# %% [markdown] lang="en" hint="q2"
# Put `per_agency` where the example has `appeals["channel"].value_counts()`.

# %% [markdown] lang="uz"
# ## 2. Javob necha kunda keldi?
#
# **Namuna (yechilgan misol).** Ikki sanani ayirsak, **vaqt oralig'i** chiqadi; `.days` — undagi
# butun kunlar soni. Butun ustun uchun `.dt.days` yoziladi. Murojaat kelgandan javob berilguncha
# necha kun o'tgan:

# %% [markdown] lang="ru"
# ## 2. За сколько дней пришёл ответ?
#
# **Пример с решением.** Разность двух дат — **промежуток времени**; `.days` — число целых дней в
# нём. Для целого столбца пишем `.dt.days`. Сколько дней прошло от поступления обращения до ответа:

# %% [markdown] lang="en"
# ## 2. How many days did the reply take?
#
# **Worked example.** Subtracting two dates gives a **time span**; `.days` is its number of whole
# days. For a whole column write `.dt.days`. Days from receiving an appeal to answering it:

# %%
one = pd.Timestamp("2026-03-16") - pd.Timestamp("2026-03-02")
print(one, "->", one.days, "kun / дней")
answer_days = (appeals["answered_at"] - appeals["received_at"]).dt.days
answer_days.head()

# %% [markdown] lang="uz"
# **3-savol.** Har bir so'rov uchun yuborilgandan (`sent_at`) javob kelguncha (`replied_at`)
# o'tgan butun kunlar sonini `reply_days` ga yozing. Keyingi savollar uchun uni jadvalga ham
# qo'shamiz.

# %% [markdown] lang="ru"
# **Вопрос 3.** Для каждого запроса запишите в `reply_days` число целых дней от отправки
# (`sent_at`) до ответа (`replied_at`). Для следующих вопросов добавим его и в таблицу.

# %% [markdown] lang="en"
# **Question 3.** For every request store in `reply_days` the whole days from `sent_at` to
# `replied_at`. We also add it to the table for the next questions.

# %% practice={"q": "q3", "names": ["reply_days"]}
### BEGIN SOLUTION
#> reply_days = (requests["replied_at"] - ____).dt.days
#> requests["reply_days"] = reply_days
reply_days = (requests["replied_at"] - requests["sent_at"]).dt.days
requests["reply_days"] = reply_days
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Keyingi sanadan oldingisini ayiring: `requests["replied_at"] - requests["sent_at"]`.

# %% [markdown] lang="ru" hint="q3"
# Из более поздней даты вычтите более раннюю: `requests["replied_at"] - requests["sent_at"]`.

# %% [markdown] lang="en" hint="q3"
# Subtract the earlier date from the later one: `requests["replied_at"] - requests["sent_at"]`.

# %% [markdown] lang="uz"
# ## 3. Idoralar bo'yicha o'rtacha
#
# **Namuna (yechilgan misol).** `groupby("ustun")` jadvalni shu ustun qiymatlari bo'yicha
# guruhlarga ajratadi, keyin har bir guruhda hisoblaymiz. Har bir kanal bo'yicha murojaatga eng
# uzoq necha kunda javob berilgan (`max()`):

# %% [markdown] lang="ru"
# ## 3. Среднее по ведомствам
#
# **Пример с решением.** `groupby("столбец")` делит таблицу на группы по значениям столбца, затем
# считаем в каждой группе. Самый долгий ответ на обращение (в днях) по каждому каналу (`max()`):

# %% [markdown] lang="en"
# ## 3. Average per agency
#
# **Worked example.** `groupby("column")` splits the table into groups by that column's values;
# then we compute within each group. The longest answer time (days) per channel (`max()`):

# %%
appeals.assign(answer_days=answer_days).groupby("channel")["answer_days"].max()

# %% [markdown] lang="uz"
# **4-savol.** Har bir idora javobni o'rtacha necha kunda bergan? `requests` ni `agency` bo'yicha
# guruhlab, `reply_days` ning o'rtachasini (`mean()`) `mean_days_by_agency` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 4.** За сколько дней в среднем отвечает каждое ведомство? Сгруппируйте `requests` по
# `agency` и запишите среднее (`mean()`) `reply_days` в `mean_days_by_agency`.

# %% [markdown] lang="en"
# **Question 4.** How many days does each agency take on average? Group `requests` by `agency`
# and store the mean of `reply_days` in `mean_days_by_agency`.

# %% practice={"q": "q4", "names": ["mean_days_by_agency"]}
### BEGIN SOLUTION
#> mean_days_by_agency = requests.groupby(____)["reply_days"].____()
mean_days_by_agency = requests.groupby("agency")["reply_days"].mean()
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Namunadagi `"channel"` o'rniga `"agency"`, `max` o'rniga `mean` yozing.

# %% [markdown] lang="ru" hint="q4"
# В примере замените `"channel"` на `"agency"`, а `max` на `mean`.

# %% [markdown] lang="en" hint="q4"
# In the example replace `"channel"` with `"agency"` and `max` with `mean`.

# %% [markdown] lang="uz"
# ## 4. Kelishilgan muddatdan kechikkan javoblar
#
# Idoralararo so'rovlar murojaatlar qonuniga bo'ysunmaydi (1-modda, **tasdiqlangan**); ularning
# javob muddati boshqa hujjatlar yoki kelishuvlar bilan belgilanadi. Bu mashqda kelishilgan muddat
# `AGREED_DAYS = 7` kun (mashq uchun tanlangan, **tasdiqlanmagan**). Javob 7 kundan **ko'p**
# kutilgan bo'lsa — kechikkan.
#
# **Namuna (yechilgan misol).** Shart bo'yicha saralash va sanash (0-moduldagidek): javobiga 10
# kundan ko'p vaqt ketgan murojaatlar.

# %% [markdown] lang="ru"
# ## 4. Ответы с нарушением согласованного срока
#
# Межведомственные запросы не подпадают под закон об обращениях (ст. 1, **подтверждено**); срок
# ответа задают другие акты или соглашения. В этом упражнении согласованный срок — `AGREED_DAYS =
# 7` дней (выбран для упражнения, **не подтверждено**). Ждали ответа **больше** 7 дней — просрочка.
#
# **Пример с решением.** Отбор по условию и подсчёт (как в модуле 0): обращения, ответ на которые
# занял больше 10 дней.

# %% [markdown] lang="en"
# ## 4. Replies later than the agreed deadline
#
# Inter-agency requests are outside the appeals law (Art. 1, **confirmed**); their deadlines come
# from other acts or agreements. Here the agreed deadline is `AGREED_DAYS = 7` days (chosen for
# the exercise, **unconfirmed**). A reply that took **more** than 7 days is late.
#
# **Worked example.** Filter by a condition and count (as in module 0): appeals whose answer took
# more than 10 days.

# %%
slow_appeals = appeals[answer_days > 10]
len(slow_appeals)

# %% [markdown] lang="uz"
# **5-savol.** Javobi `AGREED_DAYS` kundan ko'p kutilgan so'rovlarni `late` jadvaliga saralang va
# ularning sonini `n_late` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 5.** Отберите в таблицу `late` запросы, ответа на которые ждали больше `AGREED_DAYS`
# дней, и запишите их число в `n_late`.

# %% [markdown] lang="en"
# **Question 5.** Filter into `late` the requests whose reply took more than `AGREED_DAYS` days
# and store their number in `n_late`.

# %% practice={"q": "q5", "names": ["n_late"]}
### BEGIN SOLUTION
#> late = requests[requests["reply_days"] > ____]
#> n_late = len(late)
late = requests[requests["reply_days"] > AGREED_DAYS]
n_late = len(late)
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# "Ko'p" — `>`: roppa-rosa 7 kunda kelgan javob muddatida. Bo'sh joyga `AGREED_DAYS` ni yozing.

# %% [markdown] lang="ru" hint="q5"
# «Больше» — это `>`: ответ ровно за 7 дней пришёл в срок. На место пропуска впишите `AGREED_DAYS`.

# %% [markdown] lang="en" hint="q5"
# "More than" is `>`: a reply after exactly 7 days is on time. Fill the blank with `AGREED_DAYS`.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** Saralangan jadvalda ham `value_counts()` ishlaydi: 10 kundan ko'p
# kutilgan murojaatlar qaysi kanallardan kelgan?

# %% [markdown] lang="ru"
# **Пример с решением.** `value_counts()` работает и на отобранной таблице: из каких каналов
# пришли обращения, ответа на которые ждали больше 10 дней?

# %% [markdown] lang="en"
# **Worked example.** `value_counts()` works on a filtered table too: which channels did the
# appeals answered after more than 10 days come through?

# %%
slow_appeals["channel"].value_counts()

# %% [markdown] lang="uz"
# **6-savol.** Kechikkan so'rovlar (`late`) har bir idora bo'yicha nechta? `late_by_agency` ga
# yozing. Qaysi idoraga eslatma yuborish kerak?

# %% [markdown] lang="ru"
# **Вопрос 6.** Сколько просроченных запросов (`late`) приходится на каждое ведомство? Запишите в
# `late_by_agency`. Какому ведомству нужно направить напоминание?

# %% [markdown] lang="en"
# **Question 6.** How many late requests (`late`) per agency? Store it in `late_by_agency`. Which
# agency needs a reminder?

# %% practice={"q": "q6", "names": ["late_by_agency"]}
### BEGIN SOLUTION
late_by_agency = late["agency"].value_counts()
### END SOLUTION

# %% [markdown] lang="uz" hint="q6"
# Butun `requests` emas, faqat `late` jadvalini sanang: `late["agency"].value_counts()`.

# %% [markdown] lang="ru" hint="q6"
# Считайте не всю `requests`, а только `late`: `late["agency"].value_counts()`.

# %% [markdown] lang="en" hint="q6"
# Count `late`, not the whole `requests`: `late["agency"].value_counts()`.

# %% [markdown] lang="uz"
# ## 5. Bir ismning ikki xil yozilishi
#
# Sud yoki shifoxona bir odamning ismini boshqacha yozishi mumkin: katta harflar bilan, oxirida
# bo'sh joy bilan. Kompyuter uchun `"ALIYEV ANVAR"` va `"Aliyev Anvar"` — har xil matn. Solishtirishdan
# oldin ikkalasini bir xil ko'rinishga keltiramiz: `.strip()` chetdagi bo'sh joylarni olib
# tashlaydi, `.lower()` hamma harfni kichik qiladi.
#
# **Namuna (yechilgan misol).** Bitta matn bilan, keyin butun ustun bilan (`.str.` orqali):

# %% [markdown] lang="ru"
# ## 5. Два написания одного имени
#
# Суд или больница могут записать имя человека иначе: заглавными буквами, с пробелом в конце. Для
# компьютера `"ALIYEV ANVAR"` и `"Aliyev Anvar"` — разные строки. Перед сравнением приводим обе к
# одному виду: `.strip()` убирает пробелы по краям, `.lower()` делает все буквы строчными.
#
# **Пример с решением.** Сначала с одной строкой, затем с целым столбцом (через `.str.`):

# %% [markdown] lang="en"
# ## 5. Two spellings of one name
#
# A court or a hospital may write a name differently: in capitals, with a trailing space. To the
# computer `"ALIYEV ANVAR"` and `"Aliyev Anvar"` are different texts. Before comparing we bring
# both to one form: `.strip()` removes spaces at the ends, `.lower()` makes every letter small.
#
# **Worked example.** One text first, then a whole column (through `.str.`):

# %%
a = "  ALIYEV Anvar"
print(a == "Aliyev Anvar", a.strip().lower() == "Aliyev Anvar".strip().lower())
appeals["district"].str.upper().head(3)

# %% [markdown] lang="uz"
# **7-savol.** `names` jadvalida bir odamning so'rovdagi (`in_request`) va reyestrdagi
# (`in_register`) ismi bor. Ikkala ustunni `.str.strip().str.lower()` bilan tozalab solishtiring
# va nechta qatorda ismlar mos kelishini `n_same` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 7.** В таблице `names` имя человека в запросе (`in_request`) и в реестре
# (`in_register`). Очистите оба столбца через `.str.strip().str.lower()`, сравните и запишите в
# `n_same`, в скольких строках имена совпали.

# %% [markdown] lang="en"
# **Question 7.** `names` holds a person's name in the request (`in_request`) and in the register
# (`in_register`). Clean both columns with `.str.strip().str.lower()`, compare, and store in
# `n_same` how many rows match.

# %% practice={"q": "q7", "names": ["n_same"]}
### BEGIN SOLUTION
#> left = names["in_request"].str.strip().str.lower()
#> right = ____
#> n_same = (left == right).sum()
left = names["in_request"].str.strip().str.lower()
right = names["in_register"].str.strip().str.lower()
n_same = (left == right).sum()
### END SOLUTION

# %% [markdown] lang="uz" hint="q7"
# `right` uchun ham xuddi shunday: `names["in_register"].str.strip().str.lower()`. `True` lar
# soni — `.sum()`.

# %% [markdown] lang="uz" hint="q7"
# Ikkita qator baribir mos kelmaydi: o'rtadagi ikki bo'sh joy va kirill/lotin yozuvi. Ularni
# keyingi savol va 1-mashq hal qiladi.

# %% [markdown] lang="ru" hint="q7"
# Для `right` так же: `names["in_register"].str.strip().str.lower()`. Число `True` — `.sum()`.

# %% [markdown] lang="ru" hint="q7"
# Две строки всё равно не совпадут: двойной пробел в середине и кириллица/латиница. Это решают
# следующий вопрос и упражнение 1.

# %% [markdown] lang="en" hint="q7"
# The same for `right`: `names["in_register"].str.strip().str.lower()`. Count the `True`s with
# `.sum()`.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** O'z **funksiyamiz**: `def` bilan nom beramiz, `return` natijani
# qaytaradi. `.split()` matnni so'zlarga bo'ladi (ortiqcha bo'sh joylarni tashlab), `" ".join(...)`
# so'zlarni bitta bo'sh joy bilan qayta ulaydi.

# %% [markdown] lang="ru"
# **Пример с решением.** Своя **функция**: `def` даёт ей имя, `return` возвращает результат.
# `.split()` делит строку на слова (отбрасывая лишние пробелы), `" ".join(...)` соединяет слова
# через один пробел.

# %% [markdown] lang="en"
# **Worked example.** Our own **function**: `def` names it, `return` gives back the result.
# `.split()` splits a text into words (dropping extra spaces), `" ".join(...)` joins them with one
# space.

# %%
def shout(text):
    return text.strip().upper()


print(shout("  salom "), "Yusupova  Barno".split(), " ".join(["Yusupova", "Barno"]))

# %% [markdown] lang="uz"
# **8-savol.** `clean_name(text)` funksiyasini yozing: matnni kichik harflarga o'tkazsin va
# so'zlar orasida faqat bitta bo'sh joy qoldirsin (`"  Yusupova  BARNO "` → `"yusupova barno"`).

# %% [markdown] lang="ru"
# **Вопрос 8.** Напишите функцию `clean_name(text)`: строка в нижнем регистре, между словами ровно
# один пробел (`"  Yusupova  BARNO "` → `"yusupova barno"`).

# %% [markdown] lang="en"
# **Question 8.** Write `clean_name(text)`: lower-case, exactly one space between words
# (`"  Yusupova  BARNO "` → `"yusupova barno"`).

# %% practice={"q": "q8", "names": ["clean_name"], "calls": [["  Yusupova  BARNO "], ["ALIYEV ANVAR"], ["Rahimov Baxtiyor "], ["karimova   dilnoza"]]}
### BEGIN SOLUTION
#> # def clean_name(text):
#> #     return " ".join(text.____)
def clean_name(text):
    return " ".join(text.lower().split())
### END SOLUTION

# %% [markdown] lang="uz" hint="q8"
# Avval `.lower()`, keyin `.split()`: `" ".join(text.lower().split())`.

# %% [markdown] lang="ru" hint="q8"
# Сначала `.lower()`, затем `.split()`: `" ".join(text.lower().split())`.

# %% [markdown] lang="en" hint="q8"
# First `.lower()`, then `.split()`: `" ".join(text.lower().split())`.

# %% [markdown] lang="uz"
# ## Xulosa
#
# - `value_counts()` — sanash, `groupby(...)[...].mean()` — guruhlar bo'yicha o'rtacha.
# - Ikki sana ayirmasi — vaqt oralig'i; `.dt.days` — butun kunlar.
# - Muddat qoidasi — oddiy shart: `reply_days > AGREED_DAYS`.
# - Solishtirishdan oldin matnni bir ko'rinishga keltiring: `strip`, `lower`, `split`/`join`.
#
# Endi baholanadigan mashqlarga o'ting. Ularning birinchi savollari shu ko'nikmalarga tayanadi;
# **Chuqurlashtirilgan qism** (identifikatorlarni bog'lash, Erlang C, simulyatsiya) — tahlilchilar
# uchun.

# %% [markdown] lang="ru"
# ## Итог
#
# - `value_counts()` — подсчёт, `groupby(...)[...].mean()` — среднее по группам.
# - Разность двух дат — промежуток времени; `.dt.days` — целые дни.
# - Правило срока — простое условие: `reply_days > AGREED_DAYS`.
# - Перед сравнением приводите строки к одному виду: `strip`, `lower`, `split`/`join`.
#
# Теперь переходите к оцениваемым заданиям. Их первые вопросы опираются на эти навыки;
# **Углублённая часть** (связывание идентификаторов, Эрланг C, симуляция) — для аналитиков.

# %% [markdown] lang="en"
# ## Summary
#
# - `value_counts()` counts; `groupby(...)[...].mean()` averages per group.
# - Subtracting two dates gives a time span; `.dt.days` gives whole days.
# - A deadline rule is a simple condition: `reply_days > AGREED_DAYS`.
# - Bring texts to one form before comparing: `strip`, `lower`, `split`/`join`.
#
# Now go on to the graded exercises. Their first questions build on these skills; the **Advanced
# part** (linking identifiers, Erlang C, simulation) is for analysts.
