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
# # Mashq qilish: chat-bot qachon javob beradi, qachon xodimga uzatadi
#
# Fuqarolar bir xil savollarni qayta-qayta beradi: propiska, yo'qolgan pasport, murojaat muddati.
# Chat-bot ularga **tasdiqlangan shablon** bilan javob beradi. Lekin jinoyat haqidagi xabar,
# favqulodda holat ("hozir urayapti"), xodim ustidan shikoyat yoki shaxsiy ish — botning ishi
# emas: bunday savolni **xodimga uzatish** kerak.
#
# Uchta savol: **savolni bitta yozuvga qanday keltiramiz?** (kirill → lotin), **qaysi so'zlar
# bo'lsa, darhol xodimga?**, **bot qancha xato qildi?**. 0-moduldagi qadamlar yetadi.
#
# Har bir savoldan oldin **Namuna (yechilgan misol)** bor. `q1.check()` javobni darhol tekshiradi;
# `q1.hint()` — maslahat, `q1.solution()` — yechim. Bu daftar baholanmaydi. Savollar — **sintetik**
# va fuqarolar yozganidek **ataylab** xatolar bilan: imlo xatolari, tutuq belgisi yo'q yoki
# boshqacha, rus klaviaturasida yozilgan kirill matn (`қ` o'rniga `к`), faqat kichik yoki katta harflar.

# %% [markdown] lang="ru"
# # Практика: когда чат-бот отвечает, а когда передаёт сотруднику
#
# Граждане снова и снова задают одни и те же вопросы: прописка, потерянный паспорт, срок
# рассмотрения обращения. Чат-бот отвечает на них **утверждённым шаблоном**. Но сообщение о
# преступлении, экстренный случай («сейчас бьёт»), жалоба на сотрудника или личное дело — не для
# бота: такой вопрос нужно **передать сотруднику**.
#
# Три вопроса: **как привести вопрос к одной письменности?** (кириллица → латиница), **какие слова
# означают «сразу к сотруднику»?**, **сколько ошибок сделал бот?**. Хватит шагов модуля 0.
#
# Перед каждым вопросом есть **Пример с решением**. `q1.check()` сразу проверяет ответ;
# `q1.hint()` — подсказка, `q1.solution()` — решение. Тетрадь не оценивается. Вопросы —
# **синтетические**, с **намеренными** ошибками, как пишут граждане: опечатки, пропущенный или
# другой апостроф, узбекская кириллица с русской клавиатуры (`к` вместо `қ`), только строчные или
# прописные буквы.

# %% [markdown] lang="en"
# # Practice: when a chat-bot answers, and when it hands over to an officer
#
# Citizens ask the same questions again and again: residence registration, a lost passport, how
# long an appeal takes. A chat-bot answers them with an **approved template**. A crime report, an
# emergency ("he is hitting her now"), a complaint about an officer or a personal case is not for
# the bot: such a question is **handed over to an officer**.
#
# Three questions: **how do we bring a question to one script?** (Cyrillic to Latin), **which
# words mean "straight to an officer"?**, **how many mistakes did the bot make?**. The steps of
# module 0 are enough.
#
# Each question is preceded by a **worked example**. `q1.check()` checks the answer at once;
# `q1.hint()` gives a hint, `q1.solution()` the solution. Not graded. The questions are
# **synthetic**, with noise on purpose, as citizens write: typos, missing or odd apostrophes, Uzbek
# Cyrillic typed on a Russian keyboard (`к` for `қ`), all lower or upper case.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

from malaka.datasets.translit import normalise_apostrophes, to_latin
from malaka.practice import attach

questions = pd.read_csv("data/faq-bot/questions.csv", dtype=str, keep_default_na=False)
handovers = pd.read_csv("data/faq-bot/handovers.csv", dtype=str, keep_default_na=False)
# Darhol xodimga: favqulodda holat / сразу сотруднику: экстренный случай (lotin yozuvida, kichik harf)
EMERGENCY = ["102", "hozir", "tez", "pichoq", "urayapti", "qaytmadi", "seychas", "srochno", "pomogite", "noj", "propal"]
# Xodim ustidan shikoyat / жалоба на сотрудника
COMPLAINT = ["pora", "pul so'radi", "qo'pol", "haqorat", "vzyatk", "trebova", "nagrubil", "oskorbil"]
THRESHOLD = 0.5

# Tayyor bot (qanday ishlashi — baholanadigan mashqda) / готовый бот (как он устроен — в задании)
_train = questions[questions["split"] == "train"]
_vec = TfidfVectorizer(
    analyzer="char_wb", ngram_range=(2, 4), preprocessor=lambda t: normalise_apostrophes(to_latin(t)).lower()
)
_index = _vec.fit_transform(_train["text"])
results = questions[questions["split"] == "test"][["question_id", "text", "template_id"]].reset_index(drop=True)
_sims = (_vec.transform(results["text"]) @ _index.T).toarray()
results["best"] = _train["template_id"].to_numpy()[_sims.argmax(axis=1)]
results["score"] = _sims.max(axis=1).round(2)
attach(globals(), "p01_faq_basics")

# %% [markdown] lang="uz"
# ## 1. Bitta yozuvga keltirish
#
# Bir savolni fuqarolar uch xil yozadi: `Pasportimni yo'qotdim`, `Паспортимни йўқотдим`,
# `pasportimni yoʻqotdim`. Kompyuter uchun bular — uch xil matn. Bot ularni bir xil ko'rishi uchun
# matnni **bitta yozuvga keltiramiz** (inglizcha *fold*):
#
# - `to_latin(matn)` — o'zbek kirill yozuvini lotinga o'giradi (loyihaning o'z transliteratsiyasi);
# - `normalise_apostrophes(matn)` — `ʻ`, `’`, `` ` `` belgilarini oddiy `'` ga almashtiradi;
# - `.lower()` — hamma harfni kichik qiladi.
#
# **Namuna (yechilgan misol).**

# %% [markdown] lang="ru"
# ## 1. Одна письменность
#
# Один и тот же вопрос граждане пишут по-разному: `Pasportimni yo'qotdim`, `Паспортимни йўқотдим`,
# `pasportimni yoʻqotdim`. Для компьютера это три разных текста. Чтобы бот видел их одинаково,
# **приводим текст к одной письменности** (по-английски *fold*):
#
# - `to_latin(текст)` — переводит узбекскую кириллицу в латиницу (транслитерация проекта);
# - `normalise_apostrophes(текст)` — заменяет `ʻ`, `’`, `` ` `` обычным `'`;
# - `.lower()` — все буквы строчные.
#
# **Пример с решением.**

# %% [markdown] lang="en"
# ## 1. One script
#
# Citizens write the same question three ways: `Pasportimni yo'qotdim`, `Паспортимни йўқотдим`,
# `pasportimni yoʻqotdim`. To a computer they are three texts. So that the bot sees them alike, we
# **fold** the text: `to_latin(text)` turns Uzbek Cyrillic into Latin (the project's
# transliteration), `normalise_apostrophes(text)` turns `ʻ`, `’`, `` ` `` into a plain `'`,
# `.lower()` lower-cases.
#
# **Worked example.**

# %%
print(to_latin("Паспортимни йўқотдим"))
print(normalise_apostrophes("yoʻqotdim"), "|", "PROPISKA".lower())

# %% [markdown] lang="uz"
# **1-savol.** `fold(text)` funksiyasini yozing: avval `to_latin`, keyin `normalise_apostrophes`,
# oxirida `.lower()`. `fold("ПАСПОРТИМНИ ЙЎҚОТДИМ")` natijasi `"pasportimni yo'qotdim"` bo'lsin.

# %% [markdown] lang="ru"
# **Вопрос 1.** Напишите функцию `fold(text)`: сначала `to_latin`, затем `normalise_apostrophes`,
# в конце `.lower()`. `fold("ПАСПОРТИМНИ ЙЎҚОТДИМ")` должно дать `"pasportimni yo'qotdim"`.

# %% [markdown] lang="en"
# **Question 1.** Write `fold(text)`: `to_latin`, then `normalise_apostrophes`, then `.lower()`.
# `fold("ПАСПОРТИМНИ ЙЎҚОТДИМ")` gives `"pasportimni yo'qotdim"`.

# %% practice={"q": "q1", "names": ["fold"], "calls": [["ПАСПОРТИМНИ ЙЎҚОТДИМ"], ["Pasport yoʻqolsa nima qilay"], ["Pravam yo`qoldi"], ["Ҳозир эрим мени ураяпти"], ["Сотрудник требовал ВЗЯТКУ"]]}
### BEGIN SOLUTION
#> def fold(text):
#>     return normalise_apostrophes(to_latin(text)).____()
def fold(text):
    return normalise_apostrophes(to_latin(text)).lower()
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Bo'sh joyga `lower` yozing: `normalise_apostrophes(to_latin(text)).lower()`.

# %% [markdown] lang="uz" hint="q1"
# Uchala qadam kerak: `to_latin` siz kirill qoladi, `normalise_apostrophes` siz `yoʻqolsa` va
# `yo'qolsa` har xil bo'lib qoladi, `.lower()` siz `ВЗЯТКУ` va `взятку` har xil.

# %% [markdown] lang="ru" hint="q1"
# Впишите `lower`: `normalise_apostrophes(to_latin(text)).lower()`.

# %% [markdown] lang="ru" hint="q1"
# Нужны все три шага: без `to_latin` остаётся кириллица, без `normalise_apostrophes` `yoʻqolsa` и
# `yo'qolsa` различаются, без `.lower()` — `ВЗЯТКУ` и `взятку`.

# %% [markdown] lang="en" hint="q1"
# `normalise_apostrophes(to_latin(text)).lower()`: all three steps are needed.

# %% [markdown] lang="uz"
# ## 2. Darhol xodimga: kalit so'zlar
#
# Ba'zi savollarga bot **hech qachon** javob bermasligi kerak: "hozir urayapti", "pichoq bor",
# "bolam qaytmadi". `EMERGENCY` — shunday so'zlar ro'yxati, **lotin yozuvida va kichik harflarda**
# (rus so'zlari ham: `seychas` = «сейчас», `pomogite` = «помогите»). Shuning uchun savolni avval
# `fold` qilamiz, keyin qidiramiz: aks holda `Ҳозир` ichida `hozir` topilmaydi.
#
# **Namuna (yechilgan misol).** `for` bilan ro'yxatdagi har bir so'zni tekshiramiz; topilsa — darhol
# `True`; hech biri topilmasa, tsikldan keyin `False`. Savolda pasport haqida gap bormi:

# %% [markdown] lang="ru"
# ## 2. Сразу сотруднику: ключевые слова
#
# На некоторые вопросы бот **никогда** не должен отвечать: «сейчас бьёт», «у него нож», «ребёнок
# не вернулся». `EMERGENCY` — список таких слов **латиницей и строчными** (русские тоже: `seychas`
# = «сейчас», `pomogite` = «помогите»). Поэтому сначала делаем `fold`, потом ищем: иначе в
# `Ҳозир` не найдётся `hozir`.
#
# **Пример с решением.** Через `for` проверяем каждое слово списка; нашли — сразу `True`; если ни
# одно не нашлось, после цикла `False`. Говорится ли в вопросе о паспорте:

# %% [markdown] lang="en"
# ## 2. Straight to an officer: keywords
#
# Some questions the bot must **never** answer: "he is hitting her now", "he has a knife", "my
# child did not come home". `EMERGENCY` lists such words **in Latin, lower case** (Russian ones
# too: `seychas`, `pomogite`). So fold the question first, then search.
#
# **Worked example.** A `for` loop checks each word; when one is found, `True` at once; after the
# loop, `False`. Does a question mention a passport:

# %%
def mentions_passport(text):
    for word in ["pasport", "id karta"]:
        if word in fold(text):
            return True
    return False


print(mentions_passport("ПАСПОРТИМ йўқолди"), mentions_passport("Propiska qanday qilinadi"))

# %% [markdown] lang="uz"
# **2-savol.** `is_emergency(text)` funksiyasini yozing: `fold(text)` ichida `EMERGENCY` dagi biror
# so'z bo'lsa `True`, aks holda `False`.

# %% [markdown] lang="ru"
# **Вопрос 2.** Напишите функцию `is_emergency(text)`: `True`, если в `fold(text)` есть хотя бы одно
# слово из `EMERGENCY`, иначе `False`.

# %% [markdown] lang="en"
# **Question 2.** Write `is_emergency(text)`: `True` when `fold(text)` contains a word of
# `EMERGENCY`, else `False`.

# %% practice={"q": "q2", "names": ["is_emergency"], "calls": [["Ҳозир эрим мени ураяпти"], ["Сосед сейчас бьет жену"], ["Pasport qanday olinadi"], ["ПОМОГИТЕ, ломают дверь"], ["Himoya orderi qanday olinadi"], ["Bolam maktabdan qaytmadi"]]}
### BEGIN SOLUTION
def is_emergency(text):
    for word in EMERGENCY:
        if word in fold(text):
            return True
    return False
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Namunadagi `mentions_passport` ni ko'chiring va ro'yxat o'rniga `EMERGENCY` ni qo'ying.

# %% [markdown] lang="uz" hint="q2"
# `fold(text)` ni unutmang: kirill yozuvdagi `Ҳозир` faqat `fold` dan keyin `hozir` bo'ladi.
# `return False` tsikldan **keyin** turadi.

# %% [markdown] lang="ru" hint="q2"
# Скопируйте `mentions_passport` из примера и подставьте `EMERGENCY` вместо списка.

# %% [markdown] lang="ru" hint="q2"
# Не забудьте `fold(text)`: кириллическое `Ҳозир` становится `hozir` только после `fold`.
# `return False` стоит **после** цикла.

# %% [markdown] lang="en" hint="q2"
# Copy `mentions_passport`, use `EMERGENCY`, and keep `fold(text)`; `return False` goes after the
# loop.

# %% [markdown] lang="uz"
# ## 3. Xodimga uzatish: qaysi raqam?
#
# Bot xodimga uzatganda fuqaroga nima deydi? `handovers` jadvali — har bir sabab uchun
# yo'nalish (`route`) va tayyor matn. Hozir xavf bo'lsa — **102** (favqulodda politsiya liniyasi),
# xodim ustidan shikoyat — **1102** (IIV ishonch telefoni).
#
# **Namuna (yechilgan misol).** Sabab bo'yicha yo'nalishni topish:

# %% [markdown] lang="ru"
# ## 3. Передача сотруднику: какой номер?
#
# Что бот говорит гражданину, когда передаёт вопрос? Таблица `handovers` — для каждой причины
# направление (`route`) и готовый текст. Опасность сейчас — **102** (экстренная линия полиции),
# жалоба на сотрудника — **1102** (телефон доверия МВД).
#
# **Пример с решением.** Направление по причине:

# %% [markdown] lang="en"
# ## 3. Hand-over: which number?
#
# `handovers` gives, per reason, the route and the text the bot says. Danger now: **102** (the
# police emergency line); a complaint about an officer: **1102** (the MVD hotline).
#
# **Worked example.** The route of a reason:

# %%
route = handovers.set_index("reason")["route"]
print(route["emergency"], route["officer_complaint"])
handovers[["reason", "route", "text_uz"]]

# %% [markdown] lang="uz"
# **3-savol.** `route_of(text)` funksiyasini yozing: favqulodda holat bo'lsa (`is_emergency`)
# `"102"`; aks holda `fold(text)` ichida `COMPLAINT` dagi so'z bo'lsa `"1102"`; qolgan hollarda
# `"bot"` (bot o'zi javob berishga urinadi). **Tartib muhim**: xodim hozir urayotgan bo'lsa —
# bu avvalo favqulodda holat.

# %% [markdown] lang="ru"
# **Вопрос 3.** Напишите функцию `route_of(text)`: экстренный случай (`is_emergency`) — `"102"`;
# иначе, если в `fold(text)` есть слово из `COMPLAINT`, — `"1102"`; в остальных случаях — `"bot"`
# (бот пробует ответить сам). **Порядок важен**: если сотрудник бьёт сейчас — это прежде всего
# экстренный случай.

# %% [markdown] lang="en"
# **Question 3.** Write `route_of(text)`: `"102"` for an emergency (`is_emergency`); otherwise
# `"1102"` when `fold(text)` contains a word of `COMPLAINT`; otherwise `"bot"`. **Order matters**:
# an officer hitting someone now is first of all an emergency.

# %% practice={"q": "q3", "names": ["route_of"], "calls": [["Uchastkavoy pora so'radi"], ["Участковый требовал взятку и сейчас угрожает"], ["Сотрудник ГУБДД нагрубил"], ["Propiska qanday qilinadi"], ["Ҳозир кўчада муштлашиш, пичоқ бор"]]}
### BEGIN SOLUTION
#> def route_of(text):
#>     if is_emergency(text):
#>         return ____
#>     for word in COMPLAINT:
#>         if word in fold(text):
#>             return ____
#>     return "bot"
def route_of(text):
    if is_emergency(text):
        return "102"
    for word in COMPLAINT:
        if word in fold(text):
            return "1102"
    return "bot"
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Birinchi bo'sh joyga `"102"`, ikkinchisiga `"1102"` (qo'shtirnoq bilan: bu matn).

# %% [markdown] lang="uz" hint="q3"
# Avval favqulodda holatni tekshiring, keyin shikoyatni: "talab qildi va **hozir** qo'rqityapti"
# — 102.

# %% [markdown] lang="ru" hint="q3"
# В первый пропуск — `"102"`, во второй — `"1102"` (в кавычках: это текст).

# %% [markdown] lang="ru" hint="q3"
# Сначала проверяйте экстренный случай, потом жалобу: «требовал и **сейчас** угрожает» — 102.

# %% [markdown] lang="en" hint="q3"
# `"102"` first, `"1102"` second; check the emergency before the complaint.

# %% [markdown] lang="uz"
# ## 4. Bot qaror qiladi: javob yoki xodim
#
# `results` — test savollari va tayyor botning natijasi: `template_id` — to'g'ri javob (yoki
# `officer` — xodimga uzatish kerak edi), `best` — bot topgan eng o'xshash namunaning javobi,
# `score` — o'xshashlik (0 dan 1 gacha). Bot `score` chegaradan (`THRESHOLD`) **past** bo'lsa
# javob bermaydi — xodimga uzatadi. Hamkasbingiz chegarani `THRESHOLD = 0.5` qilib qo'ydi; bu
# yaxshimi — shu daftarda ko'ramiz.
#
# **Namuna (yechilgan misol).** Bot nechta savolga ishonch bilan (`score >= THRESHOLD`) yondashdi:

# %% [markdown] lang="ru"
# ## 4. Бот решает: ответ или сотрудник
#
# `results` — тестовые вопросы и результат готового бота: `template_id` — верный ответ (или
# `officer` — нужно было передать сотруднику), `best` — ответ самого похожего примера, `score` —
# сходство (от 0 до 1). Если `score` **ниже** порога (`THRESHOLD`), бот не отвечает — передаёт
# сотруднику. Коллега поставил порог `THRESHOLD = 0.5`; хорошо ли это — посмотрим в этой тетради.
#
# **Пример с решением.** Скольким вопросам бот «уверен» (`score >= THRESHOLD`):

# %% [markdown] lang="en"
# ## 4. The bot decides: answer or officer
#
# `results` holds the test questions and a ready bot's output: `template_id` is the right answer
# (or `officer`: it had to be handed over), `best` the answer of the most similar example, `score`
# the similarity (0 to 1). Below the threshold the bot hands over. A colleague set
# `THRESHOLD = 0.5`; let us see whether that is good.
#
# **Worked example.** How many questions clear the threshold:

# %%
print((results["score"] >= THRESHOLD).sum(), "/", len(results))
results.head(8)

# %% [markdown] lang="uz"
# **4-savol.** Botning qarori: `score >= THRESHOLD` bo'lsa `best`, aks holda `"officer"`. Uni
# `decision` ga yozing. `.where(shart, boshqa)` — shart bajarilgan joyda qiymat qoladi, qolgan
# joyga `boshqa` yoziladi.

# %% [markdown] lang="ru"
# **Вопрос 4.** Решение бота: `best`, если `score >= THRESHOLD`, иначе `"officer"`. Запишите его в
# `decision`. `.where(условие, другое)` оставляет значение там, где условие выполнено, а в
# остальных местах ставит `другое`.

# %% [markdown] lang="en"
# **Question 4.** The bot's decision: `best` where `score >= THRESHOLD`, else `"officer"`; store it
# in `decision`. `.where(condition, other)` keeps values where the condition holds.

# %% practice={"q": "q4", "names": ["decision"]}
### BEGIN SOLUTION
#> decision = results["best"].where(results["score"] >= ____, "officer")
decision = results["best"].where(results["score"] >= THRESHOLD, "officer")
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Bo'sh joyga `THRESHOLD` yozing.

# %% [markdown] lang="ru" hint="q4"
# Впишите `THRESHOLD`.

# %% [markdown] lang="en" hint="q4"
# Fill in `THRESHOLD`.

# %% [markdown] lang="uz"
# **5-savol.** Bot nechta savolni xodimga uzatdi? `decision` da `"officer"` nechta — `n_handover`
# ga yozing. Diqqat: eng o'xshash namuna o'zi xodimga uzatilgan savol bo'lsa (`best` =
# `"officer"`), bot `score` baland bo'lsa ham uzatadi — shuning uchun `score` ni emas, `decision`
# ni sanang.

# %% [markdown] lang="ru"
# **Вопрос 5.** Сколько вопросов бот передал сотруднику? Посчитайте `"officer"` в `decision` и
# запишите в `n_handover`. Внимание: если самый похожий пример сам был передан сотруднику (`best`
# = `"officer"`), бот передаёт и при высоком `score` — поэтому считайте `decision`, а не `score`.

# %% [markdown] lang="en"
# **Question 5.** How many questions did the bot hand over? Count `"officer"` in `decision` into
# `n_handover`. When the nearest example was itself handed over (`best` is `"officer"`), the bot
# hands over even with a high score: count `decision`, not `score`.

# %% practice={"q": "q5", "names": ["n_handover"]}
### BEGIN SOLUTION
#> n_handover = (decision == ____).sum()
n_handover = (decision == "officer").sum()
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# `(decision == "officer").sum()` — `True` larni sanaydi.

# %% [markdown] lang="ru" hint="q5"
# `(decision == "officer").sum()` считает `True`.

# %% [markdown] lang="en" hint="q5"
# `(decision == "officer").sum()`.

# %% [markdown] lang="uz"
# ## 5. Botning xatolari
#
# Uch xil natija bor: **to'g'ri javob** (bot javob berdi va shablon to'g'ri), **noto'g'ri javob**
# (bot boshqa shablon bilan javob berdi), **o'tkazib yuborilgan uzatish** (xodim kerak edi, bot esa
# javob berdi — eng xavfli xato: favqulodda holatda fuqaro shablon o'qib o'tiradi). Xodimga
# uzatish to'g'ri javob **hisoblanmaydi**: u xodimning vaqti.
#
# **Namuna (yechilgan misol).** `&` — "va": bot javob berdi **va** javob to'g'ri.

# %% [markdown] lang="ru"
# ## 5. Ошибки бота
#
# Три исхода: **верный ответ** (бот ответил, шаблон верный), **неверный ответ** (бот ответил другим
# шаблоном), **пропущенная передача** (нужен был сотрудник, а бот ответил — самая опасная ошибка:
# в экстренном случае гражданин читает шаблон). Передача сотруднику **не считается** верным
# ответом: это время сотрудника.
#
# **Пример с решением.** `&` — «и»: бот ответил **и** ответ верный.

# %% [markdown] lang="en"
# ## 5. The bot's mistakes
#
# Three outcomes: a **correct answer**, a **wrong answer** (another template), a **missed
# hand-over** (an officer was needed but the bot answered: the worst error). A hand-over is **not**
# a correct answer: it costs an officer's time.
#
# **Worked example.** `&` means "and": the bot answered **and** the answer is right.

# %%
answered = decision != "officer"
n_correct = (answered & (decision == results["template_id"])).sum()
print(n_correct, "/", len(results))

# %% [markdown] lang="uz"
# **6-savol.** Nechta **noto'g'ri javob**: bot javob bergan (`answered`), javob to'g'ri javobdan
# (`results["template_id"]`) farq qiladi, **va** to'g'ri javob `"officer"` emas (bu holat —
# 7-savolda). Sonini `n_wrong` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 6.** Сколько **неверных ответов**: бот ответил (`answered`), ответ отличается от верного
# (`results["template_id"]`), **и** верный ответ не `"officer"` (этот случай — в вопросе 7).
# Запишите число в `n_wrong`.

# %% [markdown] lang="en"
# **Question 6.** How many **wrong answers**: answered, different from `results["template_id"]`,
# **and** the right answer is not `"officer"` (that case is question 7). Store it in `n_wrong`.

# %% practice={"q": "q6", "names": ["n_wrong"]}
### BEGIN SOLUTION
#> n_wrong = (answered & (decision != results["template_id"]) & (results["template_id"] != ____)).sum()
n_wrong = (answered & (decision != results["template_id"]) & (results["template_id"] != "officer")).sum()
### END SOLUTION

# %% [markdown] lang="uz" hint="q6"
# Bo'sh joyga `"officer"`: xodim kerak bo'lgan savollar bu yerda sanalmaydi.

# %% [markdown] lang="ru" hint="q6"
# В пропуск — `"officer"`: вопросы, где нужен сотрудник, здесь не считаются.

# %% [markdown] lang="en" hint="q6"
# The blank is `"officer"`.

# %% [markdown] lang="uz"
# **7-savol.** Nechta **o'tkazib yuborilgan uzatish**: bot javob bergan (`answered`), lekin to'g'ri
# javob `"officer"` edi. Sonini `n_missed` ga yozing. Nol bo'lmasa, `THRESHOLD = 0.5` xavfli.

# %% [markdown] lang="ru"
# **Вопрос 7.** Сколько **пропущенных передач**: бот ответил (`answered`), а верный ответ —
# `"officer"`. Запишите число в `n_missed`. Если не ноль, `THRESHOLD = 0.5` опасен.

# %% [markdown] lang="en"
# **Question 7.** How many **missed hand-overs**: answered, while the right answer is
# `"officer"`. Store it in `n_missed`. If it is not zero, `THRESHOLD = 0.5` is dangerous.

# %% practice={"q": "q7", "names": ["n_missed"]}
### BEGIN SOLUTION
#> n_missed = (____ & (results["template_id"] == "officer")).sum()
n_missed = (answered & (results["template_id"] == "officer")).sum()
### END SOLUTION

# %% [markdown] lang="uz" hint="q7"
# Bo'sh joyga `answered`: bot javob bergan savollar orasidan xodim kerak bo'lganlarini sanaymiz.

# %% [markdown] lang="ru" hint="q7"
# В пропуск — `answered`: среди вопросов, на которые бот ответил, считаем те, где нужен сотрудник.

# %% [markdown] lang="en" hint="q7"
# The blank is `answered`.

# %% [markdown] lang="uz"
# ## Xulosa
#
# - Savolni avval bitta yozuvga keltiring (`fold`): kirill, lotin, har xil tutuq belgisi.
# - Favqulodda holat so'zlari bo'lsa — `score` qanday bo'lmasin, **darhol xodimga** (102).
# - Botni uchta son bilan baholang: noto'g'ri javoblar, o'tkazib yuborilgan uzatishlar (eng xavfli),
#   xodimga uzatishlar. Uzatishni to'g'ri javob deb sanamang.
#
# Baholanadigan mashqda botni o'zingiz qurasiz va chegarani **alohida savollarda** (`valid`)
# tanlaysiz: botning namunalarida (`train`) u har doim xatosiz ko'rinadi, natijani esa bot ko'rmagan
# savollarda (`test`) o'lchaymiz.

# %% [markdown] lang="ru"
# ## Итог
#
# - Сначала приводите вопрос к одной письменности (`fold`): кириллица, латиница, разные апострофы.
# - Есть слова экстренного случая — **сразу сотруднику** (102), какой бы ни был `score`.
# - Оценивайте бота тремя числами: неверные ответы, пропущенные передачи (самое опасное), передачи
#   сотруднику. Не считайте передачу верным ответом.
#
# В оцениваемом задании вы сами строите бота и выбираете порог на **отдельных вопросах** (`valid`):
# на примерах бота (`train`) он всегда выглядит безошибочным, а результат измеряем на вопросах,
# которых бот не видел (`test`).

# %% [markdown] lang="en"
# ## Summary
#
# - Fold the question first (Cyrillic, Latin, apostrophe variants).
# - Emergency words go **straight to an officer** (102), whatever the score.
# - Judge a bot by three numbers: wrong answers, missed hand-overs (the worst), hand-overs. A
#   hand-over is not a correct answer.
#
# In the graded exercise you build the bot and choose the threshold on **separate questions**
# (`valid`): on the bot's own examples (`train`) it always looks perfect, and the result is measured
# on questions it has never seen (`test`).
