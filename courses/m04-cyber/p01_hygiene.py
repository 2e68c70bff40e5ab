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
# # Mashq qilish: kiber-gigiyena
#
# Uchta kundalik savol: **parol yetarlicha uzunmi va sizib chiqqan parollar ro'yxatida yo'qmi?**,
# **xatda fishing belgisi bormi?** (domeni gov.uz bo'lmagan havola, shoshiltiruvchi so'zlar),
# **kirish jurnalida kim ko'p marta noto'g'ri parol tergan?**. 0-moduldagi qadamlar (o'zgaruvchi,
# jadval, saralash, sanash) yetadi; yangi narsalar — matn bilan ishlash va kichik funksiyalar.
#
# Har bir savoldan oldin **Namuna (yechilgan misol)** bor. Javobdan keyingi `q1.check()` uni darhol
# tekshiradi; `q1.hint()` — maslahat, `q1.solution()` — yechim. Bu daftar baholanmaydi.

# %% [markdown] lang="ru"
# # Практика: кибергигиена
#
# Три повседневных вопроса: **достаточно ли длинный пароль и нет ли его в списке утёкших?**, **есть
# ли в письме признак фишинга?** (ссылка не на домен gov.uz, слова, которые торопят), **кто в
# журнале входов много раз ввёл неверный пароль?**. Хватит шагов модуля 0 (переменная, таблица,
# отбор, подсчёт); новое — работа со строками и маленькие функции.
#
# Перед каждым вопросом есть **Пример с решением**. `q1.check()` после ответа сразу его проверяет;
# `q1.hint()` — подсказка, `q1.solution()` — решение. Эта тетрадь не оценивается.

# %% [markdown] lang="en"
# # Practice: cyber hygiene
#
# Three everyday questions: **is a password long enough and not on a list of leaked passwords?**,
# **does a message show a phishing sign?** (a link whose domain is not gov.uz, words that rush
# you), **who typed a wrong password many times in the access log?**. The steps of module 0
# (variable, table, filtering, counting) are enough; new are working with text and small functions.
#
# Each question is preceded by a **worked example**. `q1.check()` after the answer checks it at
# once; `q1.hint()` gives a hint, `q1.solution()` the solution. This notebook is not graded.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd

from malaka.practice import attach

blocklist = pd.read_csv("data/password-audit/blocklist.csv", dtype=str)
# Keng tarqalgan va sizib chiqqan parollar (kichik harflarda) / распространённые и утёкшие пароли
COMMON = list(blocklist[blocklist["kind"] == "common"]["word"])
accounts = pd.read_csv("data/password-audit/accounts.csv", dtype=str)
messages = pd.read_csv("data/phishing-mailbox/messages.csv", dtype=str).fillna("")
events = pd.read_csv("data/auth-log/events.csv", dtype=str)
MIN_LENGTH = 15
URGENCY = ["muhim", "shoshilinch", "bloklandi", "важно", "срочно", "заблокирована"]
attach(globals(), "p01_hygiene")

# %% [markdown] lang="uz"
# ## 1. Parol uzunligi
#
# NIST SP 800-63B 4-tahririga ko'ra, bitta omilli (faqat parol bilan) kirishda parol kamida **15**
# belgi bo'lishi kerak (yakuniy matndan iqtibos, **ikkilamchi manba**). `MIN_LENGTH = 15`.
#
# **Namuna (yechilgan misol).** `len()` matndagi belgilarni sanaydi; `>=` — "katta yoki teng".
# Natija `True` (ha) yoki `False` (yo'q).

# %% [markdown] lang="ru"
# ## 1. Длина пароля
#
# По NIST SP 800-63B ред. 4 при однофакторном входе (только пароль) пароль не короче **15**
# символов (цитата окончательного текста, **вторичный источник**). `MIN_LENGTH = 15`.
#
# **Пример с решением.** `len()` считает символы строки; `>=` — «больше или равно». Результат —
# `True` (да) или `False` (нет).

# %% [markdown] lang="en"
# ## 1. Password length
#
# NIST SP 800-63B rev. 4 asks for at least **15** characters for single-factor (password-only)
# sign-in (quoted from the final text, **secondary source**). `MIN_LENGTH = 15`.
#
# **Worked example.** `len()` counts the characters of a text; `>=` means "greater or equal". The
# result is `True` or `False`.

# %%
example = "salom123"
print(len(example), len(example) >= MIN_LENGTH)

# %% [markdown] lang="uz"
# **1-savol.** `my_password = "qovun-bulut-tog"` paroli yetarlicha uzunmi? Javobni (`True` yoki
# `False`) `long_enough` ga yozing — hisoblab, qo'lda emas.

# %% [markdown] lang="ru"
# **Вопрос 1.** Достаточно ли длинный пароль `my_password = "qovun-bulut-tog"`? Запишите ответ
# (`True` или `False`) в `long_enough` — вычислением, а не вручную.

# %% [markdown] lang="en"
# **Question 1.** Is `my_password = "qovun-bulut-tog"` long enough? Store the answer (`True` or
# `False`) in `long_enough`, computed, not typed.

# %% practice={"q": "q1", "names": ["long_enough"]}
my_password = "qovun-bulut-tog"
### BEGIN SOLUTION
#> long_enough = len(my_password) ____ MIN_LENGTH
long_enough = len(my_password) >= MIN_LENGTH
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# "Kamida 15" — 15 ham bo'ladi, shuning uchun `>=`.

# %% [markdown] lang="ru" hint="q1"
# «Не короче 15» — 15 тоже подходит, поэтому `>=`.

# %% [markdown] lang="en" hint="q1"
# "At least 15" includes 15, so `>=`.

# %% [markdown] lang="uz"
# ## 2. Sizib chiqqan parollar ro'yxati
#
# `COMMON` — keng tarqalgan va sizib chiqqan parollar ro'yxati, **kichik harflarda**. Parolni
# ro'yxat bilan solishtirishdan oldin uni ham kichik harflarga o'tkazamiz: aks holda `Qwerty` va
# `qwerty` har xil bo'lib qoladi.
#
# **Namuna (yechilgan misol).** `in` — "ro'yxat ichida bormi?".

# %% [markdown] lang="ru"
# ## 2. Список утёкших паролей
#
# `COMMON` — список распространённых и утёкших паролей **в нижнем регистре**. Перед сравнением
# переводим пароль в нижний регистр, иначе `Qwerty` и `qwerty` окажутся разными.
#
# **Пример с решением.** `in` — «есть ли в списке?».

# %% [markdown] lang="en"
# ## 2. The list of leaked passwords
#
# `COMMON` is a list of common and leaked passwords, **in lower case**. Lower-case the password
# before comparing, or `Qwerty` and `qwerty` differ.
#
# **Worked example.** `in` asks "is it in the list?".

# %%
print("qwerty" in COMMON, "Qwerty" in COMMON, "Qwerty".lower() in COMMON)

# %% [markdown] lang="uz"
# **2-savol.** `candidate = "Parol123"` paroli `COMMON` ro'yxatida bormi? Natijani `on_list` ga
# yozing.

# %% [markdown] lang="ru"
# **Вопрос 2.** Есть ли пароль `candidate = "Parol123"` в списке `COMMON`? Запишите результат в
# `on_list`.

# %% [markdown] lang="en"
# **Question 2.** Is `candidate = "Parol123"` in `COMMON`? Store the result in `on_list`.

# %% practice={"q": "q2", "names": ["on_list"]}
candidate = "Parol123"
### BEGIN SOLUTION
on_list = candidate.lower() in COMMON
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Namunadagidek: `candidate.lower() in COMMON`.

# %% [markdown] lang="ru" hint="q2"
# Как в примере: `candidate.lower() in COMMON`.

# %% [markdown] lang="en" hint="q2"
# As in the example: `candidate.lower() in COMMON`.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** Butun ustun uchun: `.str.lower()` hamma qatorni kichik harfga
# o'tkazadi, `.isin(ro'yxat)` har bir qator uchun `True`/`False` beradi, `.sum()` `True` larni
# sanaydi. `accounts` — xodimlar parollari (mashq uchun sintetik). Familiyasi ro'yxatdagi xodimlar:

# %% [markdown] lang="ru"
# **Пример с решением.** Для целого столбца: `.str.lower()` переводит все строки в нижний регистр,
# `.isin(список)` даёт `True`/`False` для каждой строки, `.sum()` считает `True`. `accounts` —
# пароли сотрудников (синтетические). Сотрудники с фамилией из списка:

# %% [markdown] lang="en"
# **Worked example.** For a whole column: `.str.lower()` lower-cases every row, `.isin(list)` gives
# `True`/`False` per row, `.sum()` counts the `True`s. `accounts` holds staff passwords
# (synthetic). Staff whose surname is on a list:

# %%
accounts["surname"].str.lower().isin(["aliyev", "karimov"]).sum()

# %% [markdown] lang="uz"
# **3-savol.** `accounts` dagi nechta parol (kichik harfga o'tkazilgandan keyin) `COMMON`
# ro'yxatida bor? Sonini `n_leaked` ga yozing. Bu xodimlar parolni darhol almashtirishi kerak.

# %% [markdown] lang="ru"
# **Вопрос 3.** Сколько паролей в `accounts` (после перевода в нижний регистр) есть в списке
# `COMMON`? Запишите число в `n_leaked`. Этим сотрудникам нужно сразу сменить пароль.

# %% [markdown] lang="en"
# **Question 3.** How many passwords in `accounts` (lower-cased) are in `COMMON`? Store the
# number in `n_leaked`. These staff must change their password at once.

# %% practice={"q": "q3", "names": ["n_leaked"]}
### BEGIN SOLUTION
#> n_leaked = accounts["password"].str.lower().isin(____).sum()
n_leaked = accounts["password"].str.lower().isin(COMMON).sum()
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Namunadagi `"surname"` o'rniga `"password"`, ro'yxat o'rniga `COMMON`.

# %% [markdown] lang="ru" hint="q3"
# В примере замените `"surname"` на `"password"`, а список — на `COMMON`.

# %% [markdown] lang="en" hint="q3"
# In the example use `"password"` instead of `"surname"` and `COMMON` as the list.

# %% [markdown] lang="uz"
# ## 3. Havola rasmiy saytgami?
#
# Havola `https://my.gov.uz/uz/cabinet/48378` ko'rinishida: `//` dan keyin `/` gacha — **domen**
# (sayt nomi). Firibgarlar domenni rasmiyga o'xshatadi: `iiv-gov.uz`, `pm.gov.uz.murojaat-status.info`.
# Bu savolda faqat `gov.uz` va uning quyi domenlari (`my.gov.uz`, `pm.gov.uz`) rasmiy deb olinadi:
# domen `gov.uz` ga teng yoki `.gov.uz` bilan **tugaydi**. (`iiv.uz` kabi boshqa ishonchli
# domenlar — 1-mashqda.)
#
# **Namuna (yechilgan misol).** `.split("/")` matnni `/` bo'yicha bo'ladi; `[2]` — uchinchi
# bo'lak, ya'ni domen. `def` bilan uni **funksiya** qilamiz: nom beramiz, `return` natijani
# qaytaradi. `.endswith(...)` — "shu bilan tugaydimi?".

# %% [markdown] lang="ru"
# ## 3. Ведёт ли ссылка на официальный сайт?
#
# Ссылка вида `https://my.gov.uz/uz/cabinet/48378`: после `//` и до `/` — **домен** (имя сайта).
# Мошенники делают домен похожим на официальный: `iiv-gov.uz`, `pm.gov.uz.murojaat-status.info`.
# В этом вопросе официальными считаем только `gov.uz` и его поддомены (`my.gov.uz`, `pm.gov.uz`):
# домен равен `gov.uz` или **оканчивается** на `.gov.uz`. (Другие доверенные домены, как `iiv.uz`,
# — в упражнении 1.)
#
# **Пример с решением.** `.split("/")` делит строку по `/`; `[2]` — третий кусок, то есть домен.
# Через `def` делаем из этого **функцию**: даём имя, `return` возвращает результат.
# `.endswith(...)` — «оканчивается ли на...?».

# %% [markdown] lang="en"
# ## 3. Does the link lead to an official site?
#
# In `https://my.gov.uz/uz/cabinet/48378` the part after `//` up to the next `/` is the **domain**.
# Fraudsters make it look official: `iiv-gov.uz`, `pm.gov.uz.murojaat-status.info`. Here only
# `gov.uz` and its subdomains (`my.gov.uz`, `pm.gov.uz`) count as official: the domain equals
# `gov.uz` or **ends with** `.gov.uz`. (Other trusted domains such as `iiv.uz` come in exercise 1.)
#
# **Worked example.** `.split("/")` splits at `/`; `[2]` is the third piece, the domain. `def`
# turns this into a **function**: it gets a name, `return` gives back the result. `.endswith(...)`
# asks "does it end with ...?".

# %%
url = "https://my.gov.uz/uz/cabinet/48378"
print(url.split("/"))


def domain_of_link(link):
    return link.split("/")[2].lower()


print(domain_of_link("https://Edo.IIV.uz/doc/1"), domain_of_link(url).endswith(".uz"))

# %% [markdown] lang="uz"
# **4-savol.** `is_gov_link(link)` funksiyasini yozing: havola domeni (kichik harflarda) `gov.uz`
# ga teng yoki `.gov.uz` bilan tugasa `True`, aks holda `False`. Namunadagi `domain_of_link` dan
# foydalanishingiz mumkin.

# %% [markdown] lang="ru"
# **Вопрос 4.** Напишите функцию `is_gov_link(link)`: `True`, если домен ссылки (в нижнем регистре)
# равен `gov.uz` или оканчивается на `.gov.uz`, иначе `False`. Можно использовать `domain_of_link`
# из примера.

# %% [markdown] lang="en"
# **Question 4.** Write `is_gov_link(link)`: `True` when the link's domain (lower case) equals
# `gov.uz` or ends with `.gov.uz`, else `False`. You may use `domain_of_link` from the example.

# %% practice={"q": "q4", "names": ["is_gov_link"], "calls": [["https://my.gov.uz/uz/cabinet/1"], ["https://gov.uz/iiv"], ["http://iiv-gov.uz/jarima?id=23143"], ["https://pm.gov.uz.murojaat-status.info/x"], ["https://mygov.uz/login"], ["https://PM.GOV.UZ/ru"]]}
### BEGIN SOLUTION
#> # def is_gov_link(link):
#> #     domain = domain_of_link(link)
#> #     return domain == "gov.uz" or domain.endswith(____)
def is_gov_link(link):
    domain = domain_of_link(link)
    return domain == "gov.uz" or domain.endswith(".gov.uz")
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Nuqtani unutmang: `mygov.uz` ham `gov.uz` bilan tugaydi, lekin `.gov.uz` bilan emas.

# %% [markdown] lang="uz" hint="q4"
# `"gov.uz" in link` yetmaydi: `pm.gov.uz.murojaat-status.info` ichida ham `gov.uz` bor, lekin
# sayt — `murojaat-status.info`.

# %% [markdown] lang="ru" hint="q4"
# Не забудьте точку: `mygov.uz` тоже оканчивается на `gov.uz`, но не на `.gov.uz`.

# %% [markdown] lang="ru" hint="q4"
# `"gov.uz" in link` не годится: в `pm.gov.uz.murojaat-status.info` тоже есть `gov.uz`, но сайт —
# `murojaat-status.info`.

# %% [markdown] lang="en" hint="q4"
# Mind the dot: `mygov.uz` ends with `gov.uz` but not with `.gov.uz`.

# %% [markdown] lang="uz"
# ## 4. Shoshiltiruvchi so'zlar
#
# Fishing xat odatda shoshiltiradi: "Muhim", "Shoshilinch", "hisobingiz bloklandi". `URGENCY` —
# shunday so'zlar ro'yxati (kichik harflarda).
#
# **Namuna (yechilgan misol).** `for` bilan ro'yxatdagi har bir so'zni tekshiramiz; topilsa —
# darhol `True`; hech biri topilmasa, tsikldan keyin `False`. Xatda jarima haqida gap bormi:

# %% [markdown] lang="ru"
# ## 4. Слова, которые торопят
#
# Фишинговое письмо обычно торопит: «Важно», «Срочно», «карта заблокирована». `URGENCY` — список
# таких слов (в нижнем регистре).
#
# **Пример с решением.** Через `for` проверяем каждое слово списка; нашли — сразу `True`; если ни
# одно не нашлось, после цикла `False`. Говорится ли в письме о штрафе:

# %% [markdown] lang="en"
# ## 4. Words that rush you
#
# Phishing mail usually rushes you: "Important", "Urgent", "your card is blocked". `URGENCY` lists
# such words (lower case).
#
# **Worked example.** A `for` loop checks each word; when one is found, `True` at once; if none is
# found, `False` after the loop. Does a message mention a fine:

# %%
def mentions_fine(text):
    for word in ["jarima", "штраф"]:
        if word in text.lower():
            return True
    return False


print(mentions_fine("[Muhim] Sizga JARIMA qo'llanildi"), mentions_fine("Haftalik hisobot"))

# %% [markdown] lang="uz"
# **5-savol.** `has_urgency(text)` funksiyasini yozing: matnda (kichik harflarga o'tkazilgan)
# `URGENCY` dagi biror so'z bo'lsa `True`, aks holda `False`.

# %% [markdown] lang="ru"
# **Вопрос 5.** Напишите функцию `has_urgency(text)`: `True`, если в тексте (в нижнем регистре)
# есть хотя бы одно слово из `URGENCY`, иначе `False`.

# %% [markdown] lang="en"
# **Question 5.** Write `has_urgency(text)`: `True` when the lower-cased text contains a word of
# `URGENCY`, else `False`.

# %% practice={"q": "q5", "names": ["has_urgency"], "calls": [["[Muhim] Sizga jarima qo'llanildi"], ["Haftalik hisobot"], ["[Важно] Ваша карта заблокирована"], ["SHOSHILINCH: yig'ilish soat 15:00da"], ["Изменение тарифов"]]}
### BEGIN SOLUTION
def has_urgency(text):
    for word in URGENCY:
        if word in text.lower():
            return True
    return False
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# Namunadagi `mentions_fine` ni ko'chiring va ro'yxat o'rniga `URGENCY` ni qo'ying.

# %% [markdown] lang="uz" hint="q5"
# `return False` tsikldan **keyin** (chaproqda) turishi kerak: aks holda faqat birinchi so'z
# tekshiriladi.

# %% [markdown] lang="ru" hint="q5"
# Скопируйте `mentions_fine` из примера и подставьте `URGENCY` вместо списка.

# %% [markdown] lang="ru" hint="q5"
# `return False` должен стоять **после** цикла (левее): иначе проверяется только первое слово.

# %% [markdown] lang="en" hint="q5"
# Copy `mentions_fine` and use `URGENCY` as the list; `return False` goes **after** the loop.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** Funksiyani butun ustunga `.apply(...)` bilan qo'llaymiz;
# `.sum()` `True` larni sanaydi. Mavzusida jarima haqida gap bor xatlar soni:

# %% [markdown] lang="ru"
# **Пример с решением.** Применяем функцию ко всему столбцу через `.apply(...)`; `.sum()` считает
# `True`. Число писем, в теме которых говорится о штрафе:

# %% [markdown] lang="en"
# **Worked example.** Apply a function to a whole column with `.apply(...)`; `.sum()` counts the
# `True`s. Messages whose subject mentions a fine:

# %%
messages["subject"].apply(mentions_fine).sum()

# %% [markdown] lang="uz"
# **6-savol.** `messages` jadvalida mavzusi (`subject`) shoshiltiradigan xatlar nechta? `has_urgency`
# ni qo'llang va sonini `n_urgent` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 6.** Сколько писем в `messages` с темой (`subject`), которая торопит? Примените
# `has_urgency` и запишите число в `n_urgent`.

# %% [markdown] lang="en"
# **Question 6.** How many messages in `messages` have a subject that rushes you? Apply
# `has_urgency` and store the number in `n_urgent`.

# %% practice={"q": "q6", "names": ["n_urgent"]}
### BEGIN SOLUTION
#> n_urgent = messages["subject"].apply(____).sum()
n_urgent = messages["subject"].apply(has_urgency).sum()
### END SOLUTION

# %% [markdown] lang="uz" hint="q6"
# Bo'sh joyga funksiya nomini qavssiz yozing: `has_urgency`.

# %% [markdown] lang="ru" hint="q6"
# Впишите имя функции без скобок: `has_urgency`.

# %% [markdown] lang="en" hint="q6"
# Put the function's name without brackets: `has_urgency`.

# %% [markdown] lang="uz"
# ## 5. Kirish jurnali: noto'g'ri parol
#
# `events` — murojaatlar tizimiga kirish jurnali: `user` (xodim), `src_ip` (qaysi kompyuterdan),
# `action` (`login` — kirish, `view_appeal` — murojaatni ko'rish, ...), `result` (`success` —
# muvaffaqiyatli, `failure` — muvaffaqiyatsiz, masalan noto'g'ri parol).
#
# **Namuna (yechilgan misol).** Saralash va sanash: faqat eksport hodisalari, va ular kim
# tomonidan.

# %% [markdown] lang="ru"
# ## 5. Журнал входов: неверный пароль
#
# `events` — журнал входов в систему обращений: `user` (сотрудник), `src_ip` (с какого
# компьютера), `action` (`login` — вход, `view_appeal` — просмотр обращения, ...), `result`
# (`success` — успешно, `failure` — неуспешно, например неверный пароль).
#
# **Пример с решением.** Отбор и подсчёт: только события экспорта, и кем они сделаны.

# %% [markdown] lang="en"
# ## 5. Access log: wrong passwords
#
# `events` is the access log of the appeals system: `user`, `src_ip` (which computer), `action`
# (`login`, `view_appeal`, ...), `result` (`success`, or `failure`, e.g. a wrong password).
#
# **Worked example.** Filter and count: only export events, and who made them.

# %%
exports = events[events["action"] == "export"]
exports["user"].value_counts()

# %% [markdown] lang="uz"
# **7-savol.** Har bir xodimda nechta **muvaffaqiyatsiz** urinish bor? Avval `result` ustuni
# `"failure"` bo'lgan qatorlarni `failed` ga saralang, keyin `user` bo'yicha sanab
# `fails_per_user` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 7.** Сколько **неуспешных** попыток у каждого сотрудника? Сначала отберите в `failed`
# строки, где `result` равен `"failure"`, затем посчитайте по `user` и запишите в `fails_per_user`.

# %% [markdown] lang="en"
# **Question 7.** How many **failed** attempts does each user have? Filter the rows whose `result`
# is `"failure"` into `failed`, then count by `user` into `fails_per_user`.

# %% practice={"q": "q7", "names": ["fails_per_user"]}
### BEGIN SOLUTION
#> failed = events[events["result"] == ____]
#> fails_per_user = failed[____].value_counts()
failed = events[events["result"] == "failure"]
fails_per_user = failed["user"].value_counts()
### END SOLUTION

# %% [markdown] lang="uz" hint="q7"
# Birinchi bo'sh joyga `"failure"`, ikkinchisiga `"user"`.

# %% [markdown] lang="ru" hint="q7"
# В первый пропуск — `"failure"`, во второй — `"user"`.

# %% [markdown] lang="en" hint="q7"
# First blank `"failure"`, second `"user"`.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** `value_counts()` natijasini ham shart bilan saralash mumkin: kim
# 300 dan ko'p murojaatni ochgan?

# %% [markdown] lang="ru"
# **Пример с решением.** Результат `value_counts()` тоже можно отбирать по условию: кто открыл
# больше 300 обращений?

# %% [markdown] lang="en"
# **Worked example.** The result of `value_counts()` can be filtered by a condition too: who opened
# more than 300 appeals?

# %%
views_per_user = events[events["action"] == "view_appeal"]["user"].value_counts()
views_per_user[views_per_user > 300]

# %% [markdown] lang="uz"
# **8-savol.** Kamida `10` marta muvaffaqiyatsiz urinishi bo'lgan xodimlarni `fails_per_user`
# dan saralab `many_fails` ga yozing. Ularning hisobini bo'lim boshlig'i va IT xizmati tekshiradi.

# %% [markdown] lang="ru"
# **Вопрос 8.** Отберите из `fails_per_user` сотрудников, у которых не меньше `10` неуспешных
# попыток, и запишите в `many_fails`. Их учётные записи проверят начальник и ИТ-служба.

# %% [markdown] lang="en"
# **Question 8.** From `fails_per_user` keep the users with at least `10` failed attempts and store
# them in `many_fails`. Their accounts will be checked.

# %% practice={"q": "q8", "names": ["many_fails"]}
### BEGIN SOLUTION
#> many_fails = fails_per_user[fails_per_user ____ 10]
many_fails = fails_per_user[fails_per_user >= 10]
### END SOLUTION

# %% [markdown] lang="uz" hint="q8"
# "Kamida 10" — 10 ham kiradi: `>=`.

# %% [markdown] lang="ru" hint="q8"
# «Не меньше 10» — 10 тоже входит: `>=`.

# %% [markdown] lang="en" hint="q8"
# "At least 10" includes 10: `>=`.

# %% [markdown] lang="uz"
# ## Xulosa
#
# - Parolni tekshirish: `len(...) >= 15` va kichik harflarda qora ro'yxat bilan solishtirish.
# - Havola domenini **oxiridan** tekshiring (`.endswith(".gov.uz")`); matn ichida `gov.uz` borligi
#   hech narsani isbotlamaydi.
# - Shoshiltiruvchi so'zlar — ogohlantiruvchi belgi, lekin yakka o'zi isbot emas.
# - Jurnalda avval saralang (`failure`), keyin sanang (`value_counts`).
#
# Endi baholanadigan mashqlarga o'ting. Ularning 0-savollari shu ko'nikmalarga tayanadi;
# **Chuqurlashtirilgan qism** (sarlavhalar, NIST qoidalari, HMAC, vaqt oynalari) — tahlilchilar
# uchun.

# %% [markdown] lang="ru"
# ## Итог
#
# - Проверка пароля: `len(...) >= 15` и сравнение с чёрным списком в нижнем регистре.
# - Домен ссылки проверяйте **с конца** (`.endswith(".gov.uz")`); `gov.uz` внутри строки ничего не
#   доказывает.
# - Слова, которые торопят, — тревожный признак, но не доказательство сами по себе.
# - В журнале сначала отбирайте (`failure`), потом считайте (`value_counts`).
#
# Теперь переходите к оцениваемым заданиям. Их вопросы 0 опираются на эти навыки; **Углублённая
# часть** (заголовки, правила NIST, HMAC, окна по времени) — для аналитиков.

# %% [markdown] lang="en"
# ## Summary
#
# - Checking a password: `len(...) >= 15` and a lower-case blocklist comparison.
# - Check a link's domain **from the end** (`.endswith(".gov.uz")`); `gov.uz` inside the text
#   proves nothing.
# - Words that rush you are a warning sign, not proof on their own.
# - In a log, filter first (`failure`), then count (`value_counts`).
#
# Now go on to the graded exercises. Their question 0 builds on these skills; the **Advanced part**
# (headers, NIST rules, HMAC, time windows) is for analysts.
