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
# # 5-mashq. Xatlar: javob, qayta yuborish, muddatni uzaytirish
#
# Murojaat bo'yicha ish fuqaroga yoziladigan xat bilan tugaydi. Bu mashqda uchta murojaat
# yozuvidan (kartochkasidan) uchta xat tayyorlaysiz: (1) fuqaroga **javob**, (2) **qayta yuborish**
# haqida xabarnoma, (3) **muddatni uzaytirish** haqida xabarnoma. Xat Python matni (`str`) sifatida
# yoziladi: uch qo'shtirnoqli ko'p qatorli matn (`"""..."""`) yoki f-satr (`f"..."`) bilan.
#
# **Nima tekshiriladi.** So'zlar emas, **majburiy unsurlar**: arizachining familiyasi, ro'yxat
# raqami, sanalar (kelgan sana, to'g'ri hisoblangan muddat), huquqiy asos (qonun va modda — faqat
# modda tasdiqlangan joyda), bo'linma yoki organ nomi va **keyin nima bo'lishi**. Xatni o'z
# tilingizda yozing (o'zbek, rus yoki ingliz).
#
# **Sana ko'rinishi.** Ikki ko'rinish qabul qilinadi: `2026-03-05` (yil-oy-kun) yoki `05.03.2026`
# (kun.oy.yil). "5-mart 2026" yoki `03/05/2026` kabi ko'rinishlar tanilmaydi. `pd.Timestamp` ni
# f-satrga qo'ysangiz, `2026-03-05 00:00:00` chiqadi — bu ham qabul qilinadi;
# `{sana:%d.%m.%Y}` esa `05.03.2026` beradi.

# %% [markdown] lang="ru"
# # Упражнение 5. Письма: ответ, пересылка, продление срока
#
# Работа по обращению заканчивается письмом гражданину. В этом упражнении по трём карточкам
# обращений вы готовите три письма: (1) **ответ** гражданину, (2) уведомление о **пересылке**,
# (3) уведомление о **продлении срока**. Письмо пишется как текст Python (`str`): многострочная строка
# в тройных кавычках (`"""..."""`) или f-строка (`f"..."`).
#
# **Что проверяется.** Не формулировки, а **обязательные элементы**: фамилия заявителя,
# регистрационный номер, даты (дата поступления, правильно посчитанный срок), правовое основание
# (закон и статья — статья только там, где она подтверждена), название подразделения или органа и
# **что будет дальше**. Пишите на своём языке (узбекском, русском или английском).
#
# **Формат даты.** Принимаются два вида: `2026-03-05` (год-месяц-день) или `05.03.2026`
# (день.месяц.год). Виды «5 марта 2026» или `03/05/2026` не распознаются. Если вставить
# `pd.Timestamp` в f-строку, получится `2026-03-05 00:00:00` — это тоже принимается; `{дата:%d.%m.%Y}`
# даёт `05.03.2026`.

# %% [markdown] lang="en"
# # Exercise 5. Letters: answer, forwarding, extension
#
# Work on an appeal ends with a letter to the citizen. From three case records you draft three
# letters: (1) the **answer** to the citizen, (2) a **forwarding** notice, (3) an **extension**
# notice, each as a Python string (a triple-quoted multi-line string `"""..."""` or an f-string).
#
# **What is checked** is not the wording but the **required elements**: the applicant's surname,
# the registration number, the dates (received date, the deadline computed right), the legal basis
# (the law, and the article only where it is confirmed), the unit or body, and **what happens
# next**. Write in your language (Uzbek, Russian or English).
#
# **Dates.** Two forms are accepted: `2026-03-05` (year-month-day) and `05.03.2026`
# (day.month.year). "5 March 2026" or `03/05/2026` are not recognised. A `pd.Timestamp` in an
# f-string prints as `2026-03-05 00:00:00`, which is accepted; `{date:%d.%m.%Y}` gives `05.03.2026`.

# %% [markdown] lang="uz"
# ### Huquqiy asoslar va ularning holati
#
# | Qoida | Holati |
# |---|---|
# | "Jismoniy va yuridik shaxslarning murojaatlari to'g'risida"gi qonun (O'RQ-445 tahriri), 28-modda: ariza va shikoyat 15 kunda ko'riladi; istisno tariqasida organ rahbari muddatni yana 1 oygacha uzaytiradi, arizachiga xabar beriladi | tasdiqlangan |
# | Vakolatga kirmaydigan murojaat 5 kun ichida vakolatli organga yuboriladi, arizachiga xabar beriladi | ikkilamchi manba: qonundagi modda raqami ko'rilmagan — xatda faqat qonunni ko'rsating, moddani emas |
# | 22-modda: yuqori turuvchi organga shikoyat buzilish haqida bilgan kundan boshlab bir yil ichida beriladi | tasdiqlangan |
# | Ma'muriy sudlar organlar va mansabdor shaxslarning qarorlari va harakatlari ustidan nizolarni ko'radi | tasdiqlangan |
# | Kurs qoidasi: muddat `kelgan sana + 15 kun` kuni tugaydi; uzaytirish muddatga 1 oy qo'shadi (`pd.DateOffset(months=1)`) | kurs qoidasi (2-mashqdagidek) |
#
# Manbalar — qonun matnining uchinchi tomon nusxalari (lex.uz emas). Amaliyotda lex.uz dagi
# amaldagi matnni tekshiring.

# %% [markdown] lang="ru"
# ### Правовые основания и их статус
#
# | Правило | Статус |
# |---|---|
# | Закон «Об обращениях физических и юридических лиц» (редакция ЗРУ-445), статья 28: заявление и жалоба рассматриваются в течение 15 дней; в порядке исключения руководитель органа продлевает срок ещё не более чем на 1 месяц, заявителя уведомляют | подтверждено |
# | Обращение не по компетенции пересылается в компетентный орган в течение 5 дней, заявителю сообщают | вторичный источник: номер статьи в тексте закона не найден — в письме укажите только закон, без статьи |
# | Статья 22: жалоба в вышестоящий орган подаётся в течение одного года со дня, когда стало известно о нарушении | подтверждено |
# | Административные суды рассматривают споры о решениях и действиях органов и должностных лиц | подтверждено |
# | Правило курса: срок кончается в день `дата поступления + 15 дней`; продление прибавляет к сроку 1 месяц (`pd.DateOffset(months=1)`) | правило курса (как в упражнении 2) |
#
# Источники — сторонние копии текста закона (не lex.uz). На практике сверяйте действующий текст на
# lex.uz.

# %% [markdown] lang="en"
# ### Legal basis and its status
#
# | Rule | Status |
# |---|---|
# | Law "On appeals of individuals and legal entities" (ZRU-445 edition), Art. 28: an application or complaint is considered in 15 days; as an exception the head of the body extends the term by at most 1 more month and the applicant is notified | confirmed |
# | An appeal outside the body's competence is forwarded to the competent body within 5 days and the applicant is told | secondary: the article number was not seen in the law's text, so cite the law without an article |
# | Art. 22: a complaint to a higher body is filed within one year of learning of the violation | confirmed |
# | Administrative courts decide disputes over decisions and actions of bodies and officials | confirmed |
# | Course rule: a term ends on `received + 15 days`; an extension adds 1 month to the deadline (`pd.DateOffset(months=1)`) | course rule (as in exercise 2) |
#
# Sources are third-party copies of the law (not lex.uz); check the current text on lex.uz.

# %% tags=["setup"]
LANG = "uz"
import re

import pandas as pd

from malaka.grading.checks import check, check_defined, check_type

# Murojaat yozuvlari (sintetik: shaxslar o'ylab topilgan).
# Карточки обращений (синтетические: лица вымышлены).
EXAMPLE = {
    "reg_no": "IIV-2026-000611",
    "applicant": "Aziz Rahimov",
    "received": "2026-02-10",
    "kind": "taklif",
    "regime": "appeals_law",
    "unit": "traffic",
    "decision": "accepted",
}
CASE_A = {
    "reg_no": "IIV-2026-000742",
    "applicant": "Dilnoza Karimova",
    "received": "2026-03-05",
    "kind": "ariza",
    "regime": "appeals_law",
    "unit": "prevention",
    "decision": "satisfied",
}
CASE_B = {
    "reg_no": "IIV-2026-000755",
    "applicant": "Bahodir Tursunov",
    "received": "2026-03-10",
    "kind": "shikoyat",
    "regime": "forward",
    "unit": "hokimiyat",
    "decision": "forward",
}
CASE_C = {
    "reg_no": "IIV-2026-000733",
    "applicant": "Sardor Aliyev",
    "received": "2026-03-02",
    "kind": "shikoyat",
    "regime": "appeals_law",
    "unit": "traffic",
    "decision": "extended",
}
DATE_PATTERN = r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}"
pd.DataFrame([EXAMPLE, CASE_A, CASE_B, CASE_C], index=["EXAMPLE", "CASE_A", "CASE_B", "CASE_C"])

# %% [markdown] lang="uz"
# | `unit` | Nomi | `decision` | Ma'nosi |
# |---|---|---|---|
# | `prevention` | Chilonzor tumani IIO profilaktika inspektori | `satisfied` | qanoatlantirildi |
# | `traffic` | Chilonzor tumani IIO yo'l harakati xavfsizligi xizmati | `accepted` | taklif qabul qilindi |
# | `hokimiyat` | Chilonzor tumani hokimligi | `forward` | vakolatli organga qayta yuboriladi |
# | | | `extended` | muddat uzaytirildi |
#
# Murojaatlar mazmuni: **EXAMPLE** — maktab oldiga piyodalar o'tish joyi qurish taklifi;
# **CASE_A** — qo'shnining kechasi shovqin qilishi bo'yicha ariza, profilaktika inspektori
# suhbat o'tkazdi va ogohlantirdi; **CASE_B** — axlat olib ketilmayotgani haqida shikoyat (kommunal
# xizmat, ichki ishlar vakolatida emas); **CASE_C** — maktab yonida yuk mashinalari to'xtab turishi
# haqida shikoyat, joyida tekshirish va hokimlikdan hujjat so'rash kerak, shuning uchun bo'lim
# boshlig'i muddatni 1 oyga uzaytirdi.

# %% [markdown] lang="ru"
# | `unit` | Название | `decision` | Смысл |
# |---|---|---|---|
# | `prevention` | инспектор профилактики ОВД Чиланзарского района | `satisfied` | удовлетворено |
# | `traffic` | служба безопасности дорожного движения ОВД Чиланзарского района | `accepted` | предложение принято |
# | `hokimiyat` | хокимият Чиланзарского района | `forward` | пересылается в компетентный орган |
# | | | `extended` | срок продлён |
#
# Суть обращений: **EXAMPLE** — предложение сделать пешеходный переход у школы; **CASE_A** —
# заявление о ночном шуме соседа, инспектор профилактики провёл беседу и сделал предупреждение;
# **CASE_B** — жалоба на то, что не вывозят мусор (коммунальные услуги, не компетенция ОВД);
# **CASE_C** — жалоба на грузовики, стоящие у школы: нужна проверка на месте и документы из
# хокимията, поэтому начальник отдела продлил срок на 1 месяц.

# %% [markdown] lang="en"
# | `unit` | Name | `decision` | Meaning |
# |---|---|---|---|
# | `prevention` | prevention inspector, Chilonzor district police | `satisfied` | granted |
# | `traffic` | road traffic safety service, Chilonzor district police | `accepted` | proposal accepted |
# | `hokimiyat` | Chilonzor district hokimiyat | `forward` | forwarded to the competent body |
# | | | `extended` | term extended |
#
# The appeals: **EXAMPLE** proposes a pedestrian crossing at a school; **CASE_A** is an application
# about a neighbour's noise at night (the prevention inspector talked to the neighbour and issued a
# warning); **CASE_B** complains that rubbish is not collected (a utility, not a police matter);
# **CASE_C** complains about lorries parked by a school: an on-site check and documents from the
# hokimiyat are needed, so the head of the department extended the term by one month.

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): taklifga javob xati
#
# `EXAMPLE` yozuvi bo'yicha to'liq javob xati. Avval muddatni hisoblaymiz (taklif — 1 oygacha,
# 28-modda), keyin f-satrga yozuvdagi qiymatlarni qo'yamiz: `{...}` ichidagi har bir ifoda
# o'z qiymati bilan almashadi. Xatdagi majburiy unsurlar: **kimga** (familiya), **ro'yxat raqami**,
# **kelgan sana**, **huquqiy asos** (qonun va 28-modda), **bo'linma**, **qaror** va **keyin nima
# bo'ladi** (rozi bo'lmasa — qayerga shikoyat qilish mumkin). Katak xatni daftar tilida chiqaradi.

# %% [markdown] lang="ru"
# ## Пример с решением: ответ на предложение
#
# Полный ответ по карточке `EXAMPLE`. Сначала считаем срок (предложение — до 1 месяца, ст. 28),
# затем подставляем значения карточки в f-строку: каждое выражение в `{...}` заменяется своим
# значением. Обязательные элементы письма: **кому** (фамилия), **регистрационный номер**, **дата
# поступления**, **правовое основание** (закон и статья 28), **подразделение**, **решение** и **что
# дальше** (куда обжаловать, если заявитель не согласен). Ячейка выводит письмо на языке блокнота.

# %% [markdown] lang="en"
# ## Worked example: answering a proposal
#
# The full answer for the `EXAMPLE` record. First the deadline (a proposal: up to one month,
# Art. 28), then the record's values go into an f-string: each expression in `{...}` is replaced by
# its value. The required elements: **to whom** (surname), **registration number**, **date
# received**, **legal basis** (the law and Art. 28), **unit**, **decision** and **what happens
# next** (where to complain if the applicant disagrees). The cell prints the letter in the
# notebook's language.

# %%
ex_received = pd.Timestamp(EXAMPLE["received"])
ex_deadline = ex_received + pd.DateOffset(months=1)  # taklif: 1 oygacha / предложение: до 1 месяца

if LANG == "ru":
    example_letter = f"""Уважаемый {EXAMPLE["applicant"]}!

Ваше предложение, поступившее {ex_received:%d.%m.%Y} и зарегистрированное под номером
{EXAMPLE["reg_no"]}, рассмотрено службой безопасности дорожного движения ОВД Чиланзарского района
в срок, установленный статьёй 28 Закона «Об обращениях физических и юридических лиц» (ЗРУ-445),
то есть до {ex_deadline:%d.%m.%Y}.

Решение: предложение принято, переход у школы включён в план работ с хокимиятом.

Если вы не согласны с решением, вы вправе обжаловать его в вышестоящий орган в течение
одного года (статья 22 закона) или в суд."""
elif LANG == "en":
    example_letter = f"""Dear {EXAMPLE["applicant"]},

Your proposal received on {ex_received:%d.%m.%Y}, registration number {EXAMPLE["reg_no"]}, has
been considered by the road traffic safety service of the Chilonzor district police within the
term set by Article 28 of the Law "On appeals of individuals and legal entities" (ZRU-445), that
is by {ex_deadline:%d.%m.%Y}.

Decision: the proposal is accepted; the crossing is in the work plan agreed with the hokimiyat.

If you disagree, you may complain to a higher body within one year (Article 22 of the law) or
to a court."""
else:
    example_letter = f"""Hurmatli {EXAMPLE["applicant"]}!

Sizning {ex_received:%d.%m.%Y} kuni kelib tushgan, {EXAMPLE["reg_no"]} raqami bilan ro'yxatga
olingan taklifingiz Chilonzor tumani IIO yo'l harakati xavfsizligi xizmati tomonidan
"Jismoniy va yuridik shaxslarning murojaatlari to'g'risida"gi qonunning (O'RQ-445)
28-moddasida belgilangan muddatda, ya'ni {ex_deadline:%d.%m.%Y} gacha ko'rib chiqildi.

Qaror: taklif qabul qilindi, maktab oldidagi o'tish joyi hokimlik bilan ish rejasiga kiritildi.

Qarorga rozi bo'lmasangiz, bir yil ichida yuqori turuvchi organga (qonunning 22-moddasi)
yoki sudga shikoyat qilishingiz mumkin."""

print(example_letter)

# %% [markdown] lang="uz"
# **1-savol (4 ball).** `CASE_A` bo'yicha fuqaroga **javob xati**.
#
# 1. Avval javob o'z vaqtida ekanini tekshirish uchun muddatni hisoblang: ariza 15 kunda ko'riladi.
#    Muddat sanasini `deadline_a` ga yozing (`pd.Timestamp`).
# 2. Xatni `answer_letter` (matn) ga yozing. Unda bo'lishi shart:
#    - arizachining familiyasi, ro'yxat raqami va **kelgan sana**;
#    - **huquqiy asos**: qonun (nomi yoki O'RQ-445) va **28-modda**;
#    - **bo'linma** (profilaktika inspektori) va **qaror** (qanoatlantirildi);
#    - **keyin nima bo'ladi**: rozi bo'lmasa, yuqori turuvchi organga yoki sudga shikoyat qilish
#      huquqi.
#
# <details><summary>Maslahat</summary>
#
# Namunadagi xatdan nusxa oling va yozuvni `CASE_A` ga almashtiring; "taklif" o'rniga "ariza",
# bo'linma va qarorni jadvaldan oling. Muddat: `pd.Timestamp(CASE_A["received"]) +
# pd.Timedelta(days=15)`. Tekshiruvda qaysi so'zlar qidirilishini bilmoqchi bo'lsangiz: modda —
# "28-modda", qaror — "qanoatlantirildi", keyingi qadam — "yuqori turuvchi organ" yoki "sud".
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (4 балла).** **Ответ гражданину** по карточке `CASE_A`.
#
# 1. Сначала, чтобы проверить, что ответ дан вовремя, посчитайте срок: заявление рассматривается 15
#    дней. Запишите дату срока в `deadline_a` (`pd.Timestamp`).
# 2. Запишите письмо в `answer_letter` (текст). В нём обязательно:
#    - фамилия заявителя, регистрационный номер и **дата поступления**;
#    - **правовое основание**: закон (название или ЗРУ-445) и **статья 28**;
#    - **подразделение** (инспектор профилактики) и **решение** (удовлетворено);
#    - **что дальше**: право обжаловать решение в вышестоящий орган или в суд, если заявитель не
#      согласен.
#
# <details><summary>Подсказка</summary>
#
# Возьмите за основу письмо из примера и замените карточку на `CASE_A`; вместо «предложение» —
# «заявление», подразделение и решение — из таблицы. Срок: `pd.Timestamp(CASE_A["received"]) +
# pd.Timedelta(days=15)`. Какие слова ищет проверка: статья — «статья 28» или «ст. 28», решение —
# «удовлетворено», что дальше — «вышестоящий орган» или «суд». Фамилию можно писать латиницей или
# кириллицей.
# </details>

# %% [markdown] lang="en"
# **Question 1 (4 points).** The **answer** to the citizen for `CASE_A`.
#
# 1. To check the answer is on time, compute the deadline first (an application: 15 days) into
#    `deadline_a` (`pd.Timestamp`).
# 2. Write the letter into `answer_letter` (a string). It must contain: the applicant's surname,
#    the registration number and the **date received**; the **legal basis**: the law (its name or
#    ZRU-445) and **Article 28**; the **unit** (prevention inspector) and the **decision**
#    (granted); **what happens next**: the right to complain to a higher body or a court.
#
# <details><summary>Hint</summary>
#
# Start from the example letter with `CASE_A` instead of `EXAMPLE`. Deadline:
# `pd.Timestamp(CASE_A["received"]) + pd.Timedelta(days=15)`. The words the check looks for:
# "Article 28" or "Art. 28", "granted" (or "satisfied"), "higher body" or "court".
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
received_a = pd.Timestamp(CASE_A["received"])
deadline_a = received_a + pd.Timedelta(days=15)
answer_letter = f"""Hurmatli {CASE_A["applicant"]}!

Sizning {received_a:%d.%m.%Y} kuni kelib tushgan, {CASE_A["reg_no"]} raqami bilan ro'yxatga
olingan arizangiz Chilonzor tumani IIO profilaktika inspektori tomonidan "Jismoniy va yuridik
shaxslarning murojaatlari to'g'risida"gi qonunning (O'RQ-445) 28-moddasiga muvofiq ko'rib chiqildi.

Qaror: arizangiz qanoatlantirildi. Profilaktika inspektori qo'shningiz bilan suhbat o'tkazdi va
unga rasmiy ogohlantirish berdi.

Qarorga rozi bo'lmasangiz, bir yil ichida yuqori turuvchi organga (qonunning 22-moddasi)
yoki sudga shikoyat qilishingiz mumkin."""
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1a_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("deadline_a")
check_type(deadline_a, pd.Timestamp, name="deadline_a")
### BEGIN HIDDEN TESTS
import unicodedata as _ud

from malaka.datasets.translit import name_variants, normalise_apostrophes


def _norm(text):
    """Lower case, one kind of apostrophe, single spaces: what the element checks read."""
    return " ".join(normalise_apostrophes(_ud.normalize("NFC", str(text))).lower().split())


def _dates_in(text):
    """Every date written as 2026-03-05 or 05.03.2026 (also 5.3.2026) in ``text``."""
    found = set()
    for y, m, d in re.findall(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", str(text)):
        try:
            found.add(dt.date(int(y), int(m), int(d)))
        except ValueError:
            pass
    for d, m, y in re.findall(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)", str(text)):
        try:
            found.add(dt.date(int(y), int(m), int(d)))
        except ValueError:
            pass
    return found


def _has(text, words):
    norm = _norm(text)
    return any(w in norm for w in words)


def _day(value):
    """A date-like value (Timestamp, date, 'YYYY-MM-DD') as a ``datetime.date``, else None."""
    try:
        return pd.Timestamp(value).date()
    except (TypeError, ValueError):
        return None


def _letter(name):
    text = judge.fetch(name, str)
    judge.check(
        len(text.strip()) >= 40,
        uz=f"{name} bo'sh yoki juda qisqa: xatni to'liq yozing.",
        ru=f"{name} пусто или слишком короткое: напишите письмо полностью.",
        en=f"{name} is empty or too short: write the whole letter.",
    )
    return text


_LAW = ["445", "murojaatlari to'g'risida", "murojaatlar to'g'risida", "мурожаатлари тўғрисида",
        "мурожаатлар тўғрисида", "об обращениях", "on appeals"]
_ART28 = re.compile(
    r"28\s*-?\s*(?:modda|модда)|(?:modda|модда)\w*\s*28(?!\d)|(?:стать\w*|ст\.)\s*28(?!\d)"
    r"|28\s*-?\s*(?:я\s*)?стать|(?:article|art\.)\s*28(?!\d)"
)
_UNIT_WORDS = {
    "prevention": ["profilaktika", "профилактик", "prevention"],
    "traffic": ["yo'l harakati", "йўл ҳаракати", "дорожного движения", "дорожное движение",
                "road traffic", "traffic", "yhxx", "йҳхх", "гаи", "гувд"],
    "hokimiyat": ["hokim", "ҳоким", "хоким", "khokim"],
}


def _surname_words(applicant):
    """The applicant's surname stem in Latin, Uzbek Cyrillic and Russian spelling, lower case."""
    stem = _norm(applicant.split()[-1])
    stem = stem[:-1] if stem.endswith("a") else stem  # Karimova -> Karimovoy, Каримовой
    spellings = name_variants(stem)
    return sorted({_norm(spellings[key]) for key in ("latin", "cyrillic", "russian")})


def _identity(text, case, what):
    """Surname, registration number and date received: the first things any letter names."""
    judge.check(
        _has(text, _surname_words(case["applicant"])),
        uz=f"{what}: arizachining familiyasi ({case['applicant']}) yo'q.",
        ru=f"{what}: нет фамилии заявителя ({case['applicant']}).",
        en=f"{what}: the applicant's surname ({case['applicant']}) is missing.",
    )
    judge.check(
        case["reg_no"].split("-", 1)[1] in str(text),
        uz=f"{what}: murojaatning ro'yxat raqami yo'q.",
        ru=f"{what}: нет регистрационного номера обращения.",
        en=f"{what}: the registration number is missing.",
    )
    judge.check(
        pd.Timestamp(case["received"]).date() in _dates_in(text),
        uz=f"{what}: murojaat kelgan sana yo'q (2026-03-05 yoki 05.03.2026 ko'rinishida yozing).",
        ru=f"{what}: нет даты поступления обращения (пишите в виде 2026-03-05 или 05.03.2026).",
        en=f"{what}: the date received is missing (write it as 2026-03-05 or 05.03.2026).",
    )


def _law(text, what, article=True):
    judge.check(
        _has(text, _LAW),
        uz=f"{what}: huquqiy asos yo'q — qonunni ko'rsating (nomi yoki O'RQ-445).",
        ru=f"{what}: нет правового основания — укажите закон (название или ЗРУ-445).",
        en=f"{what}: the legal basis is missing: name the law (its title or ZRU-445).",
    )
    if article:
        judge.check(
            _ART28.search(_norm(text)) is not None,
            uz=f"{what}: qonunning moddasi yo'q — muddat 28-moddada belgilangan.",
            ru=f"{what}: нет статьи закона — срок установлен статьёй 28.",
            en=f"{what}: the article is missing: the term is set by Article 28.",
        )


def _unit(text, unit, what):
    judge.check(
        _has(text, _UNIT_WORDS[unit]),
        uz=f"{what}: bo'linma yoki organ nomi yo'q (jadvaldagi nomni yozing).",
        ru=f"{what}: нет названия подразделения или органа (напишите название из таблицы).",
        en=f"{what}: the unit or body is not named (use the name from the table).",
    )


_case_a = judge.ref("CASE_A")
_got = _day(judge.fetch("deadline_a"))
judge.check(
    _got is not None,
    uz="deadline_a sana emas.",
    ru="deadline_a — не дата.",
    en="deadline_a is not a date.",
)
judge.expect(_got, _day(judge.ref("deadline_a")), "deadline_a")
### END HIDDEN TESTS

# %% nbgrader={"grade": true, "grade_id": "q1b_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("answer_letter")
check_type(answer_letter, str, name="answer_letter")
check(
    re.search(DATE_PATTERN, answer_letter) is not None,
    uz="answer_letter da sana topilmadi: 2026-03-05 yoki 05.03.2026 ko'rinishida yozing.",
    ru="В answer_letter не найдена дата: пишите в виде 2026-03-05 или 05.03.2026.",
    en="No date found in answer_letter: write dates as 2026-03-05 or 05.03.2026.",
)
### BEGIN HIDDEN TESTS
_identity(_letter("answer_letter"), _case_a, "answer_letter")
### END HIDDEN TESTS

# %% nbgrader={"grade": true, "grade_id": "q1c_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("answer_letter")
### BEGIN HIDDEN TESTS
_law(_letter("answer_letter"), "answer_letter")
### END HIDDEN TESTS

# %% nbgrader={"grade": true, "grade_id": "q1d_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("answer_letter")
### BEGIN HIDDEN TESTS
_text = _letter("answer_letter")
_unit(_text, _case_a["unit"], "answer_letter")
judge.check(
    _has(_text, ["qanoatlantiril", "қаноатлантирил", "удовлетвор", "granted", "satisf"]),
    uz="answer_letter: qaror yo'q — ariza qanoatlantirilganini yozing.",
    ru="answer_letter: нет решения — напишите, что заявление удовлетворено.",
    en="answer_letter: the decision is missing: say that the application is granted.",
)
judge.check(
    _has(_text, ["yuqori turuvchi", "юқори турувчи", "вышестоящ", "higher", "superior", "sud",
                 "суд", "court"]),
    uz="answer_letter: keyingi qadam yo'q — rozi bo'lmasa, yuqori turuvchi organga yoki sudga "
    "shikoyat qilish mumkinligini yozing.",
    ru="answer_letter: нет следующего шага — напишите, что при несогласии можно обжаловать в "
    "вышестоящий орган или в суд.",
    en="answer_letter: what happens next is missing: say the applicant may complain to a higher "
    "body or a court.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (3 ball).** `CASE_B` — kommunal xizmat haqidagi shikoyat: ichki ishlar organining
# vakolatida emas, **qayta yuboriladi**.
#
# 1. Qayta yuborishning oxirgi kunini hisoblang (kelgan sana + 5 kun) va `forward_by` ga yozing.
# 2. Arizachiga **qayta yuborish haqida xabarnoma** ni `forward_letter` ga yozing. Unda:
#    - familiya, ro'yxat raqami, **kelgan sana**;
#    - murojaat qaysi sanagacha yuborilishi — `forward_by` sanasi ("... dan kechiktirmay");
#    - **qaysi organga** yuboriladi (tuman hokimligi);
#    - **huquqiy asos**: qonun (nomi yoki O'RQ-445). 5 kunlik qoida moddasi tasdiqlanmagan
#      (ikkilamchi manba), shuning uchun moddani yozmang;
#    - **keyin nima bo'ladi**: hokimlik murojaatni ko'rib chiqadi va javob beradi.
#
# <details><summary>Maslahat</summary>
#
# `forward_by = pd.Timestamp(CASE_B["received"]) + pd.Timedelta(days=5)`. Xatga ikkala sanani
# qo'ying: `{received_b:%d.%m.%Y}` va `{forward_by:%d.%m.%Y}`. Keyingi qadam uchun "ko'rib
# chiqadi" yoki "javob beradi" so'zlari yetarli.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (3 балла).** `CASE_B` — жалоба о коммунальных услугах: не компетенция органа
# внутренних дел, обращение **пересылается**.
#
# 1. Посчитайте последний день пересылки (дата поступления + 5 дней) и запишите в `forward_by`.
# 2. Запишите **уведомление о пересылке** заявителю в `forward_letter`. В нём:
#    - фамилия, регистрационный номер, **дата поступления**;
#    - до какой даты обращение будет переслано — дата `forward_by` («не позднее ...»);
#    - **в какой орган** пересылается (хокимият района);
#    - **правовое основание**: закон (название или ЗРУ-445). Статья правила о 5 днях не
#      подтверждена (вторичный источник), поэтому статью не пишите;
#    - **что дальше**: хокимият рассмотрит обращение и ответит.
#
# <details><summary>Подсказка</summary>
#
# `forward_by = pd.Timestamp(CASE_B["received"]) + pd.Timedelta(days=5)`. Вставьте в письмо обе
# даты: `{received_b:%d.%m.%Y}` и `{forward_by:%d.%m.%Y}`. Для «что дальше» достаточно слов
# «рассмотрит» или «ответ».
# </details>

# %% [markdown] lang="en"
# **Question 2 (3 points).** `CASE_B` complains about a utility: not a police matter, so it is
# **forwarded**.
#
# 1. Compute the last day for forwarding (date received + 5 days) into `forward_by`.
# 2. Write the **forwarding notice** to the applicant into `forward_letter`: surname, registration
#    number, **date received**; the date by which it is forwarded (`forward_by`, "no later than");
#    **to which body** (the district hokimiyat); the **legal basis**: the law (title or ZRU-445),
#    without an article, since the 5-day rule's article is unconfirmed (secondary source); **what
#    happens next**: the hokimiyat will consider the appeal and answer.
#
# <details><summary>Hint</summary>
#
# `forward_by = pd.Timestamp(CASE_B["received"]) + pd.Timedelta(days=5)`; put both dates in the
# letter. "will consider" or "answer" is enough for what happens next.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
received_b = pd.Timestamp(CASE_B["received"])
forward_by = received_b + pd.Timedelta(days=5)
forward_letter = f"""Hurmatli {CASE_B["applicant"]}!

Sizning {received_b.date()} kuni kelib tushgan, {CASE_B["reg_no"]} raqami bilan ro'yxatga olingan
shikoyatingizdagi masala (chiqindilarni olib ketish) ichki ishlar organlarining vakolatiga
kirmaydi. "Jismoniy va yuridik shaxslarning murojaatlari to'g'risida"gi qonunga (O'RQ-445)
muvofiq shikoyatingiz {forward_by.date()} dan kechiktirmay vakolatli organ — Chilonzor tumani
hokimligiga yuboriladi.

Hokimlik shikoyatingizni ko'rib chiqadi va sizga javob beradi."""
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2a_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("forward_by")
check_type(forward_by, pd.Timestamp, name="forward_by")
### BEGIN HIDDEN TESTS
_case_b = judge.ref("CASE_B")
_got = _day(judge.fetch("forward_by"))
judge.check(
    _got is not None,
    uz="forward_by sana emas.",
    ru="forward_by — не дата.",
    en="forward_by is not a date.",
)
judge.expect(_got, _day(judge.ref("forward_by")), "forward_by")
### END HIDDEN TESTS

# %% nbgrader={"grade": true, "grade_id": "q2b_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("forward_letter")
check_type(forward_letter, str, name="forward_letter")
check(
    re.search(DATE_PATTERN, forward_letter) is not None,
    uz="forward_letter da sana topilmadi: 2026-03-05 yoki 05.03.2026 ko'rinishida yozing.",
    ru="В forward_letter не найдена дата: пишите в виде 2026-03-05 или 05.03.2026.",
    en="No date found in forward_letter: write dates as 2026-03-05 or 05.03.2026.",
)
### BEGIN HIDDEN TESTS
_text = _letter("forward_letter")
_identity(_text, _case_b, "forward_letter")
judge.check(
    (pd.Timestamp(_case_b["received"]) + pd.Timedelta(days=5)).date() in _dates_in(_text),
    uz="forward_letter: qayta yuborish sanasi yo'q yoki noto'g'ri — kelgan kundan 5 kun ichida "
    "(oxirgi kuni) yuborilishini yozing.",
    ru="forward_letter: нет даты пересылки или она неверна — напишите, что обращение будет "
    "переслано в течение 5 дней со дня поступления (последний день).",
    en="forward_letter: the forwarding date is missing or wrong: state the last day of the 5 days "
    "after receipt.",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": true, "grade_id": "q2c_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("forward_letter")
### BEGIN HIDDEN TESTS
_text = _letter("forward_letter")
_unit(_text, _case_b["unit"], "forward_letter")
_law(_text, "forward_letter", article=False)
judge.check(
    _has(_text, ["ko'rib chiq", "кўриб чиқ", "javob", "жавоб", "рассмотр", "ответ", "consider",
                 "answer", "reply", "respond"]),
    uz="forward_letter: keyingi qadam yo'q — vakolatli organ murojaatni ko'rib chiqib javob "
    "berishini yozing.",
    ru="forward_letter: нет следующего шага — напишите, что компетентный орган рассмотрит "
    "обращение и ответит.",
    en="forward_letter: what happens next is missing: say the competent body will consider the "
    "appeal and answer.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (4 ball).** `CASE_C` — maktab yonidagi yuk mashinalari haqida shikoyat. Joyida
# tekshirish va hokimlikdan hujjat kerak, shuning uchun bo'lim boshlig'i muddatni istisno
# tariqasida **1 oyga uzaytirdi** (28-modda); arizachiga xabar berish kerak.
#
# 1. Dastlabki muddat: kelgan sana + 15 kun → `first_deadline`. Yangi muddat: dastlabki muddat +
#    1 oy (`+ pd.DateOffset(months=1)`) → `new_deadline`.
# 2. **Muddatni uzaytirish haqida xabarnoma** ni `extension_letter` ga yozing. Unda:
#    - familiya, ro'yxat raqami, **kelgan sana** va **yangi muddat** sanasi;
#    - **huquqiy asos**: qonun (nomi yoki O'RQ-445) va **28-modda**; muddatni **kim** uzaytirdi
#      (organ rahbari / bo'lim boshlig'i) va **nima uchun** (tekshirish, hujjatlar);
#    - **bo'linma** (yo'l harakati xavfsizligi xizmati) va **keyin nima bo'ladi**: javob yangi
#      muddatgacha beriladi.
#
# <details><summary>Maslahat</summary>
#
# `first_deadline = pd.Timestamp(CASE_C["received"]) + pd.Timedelta(days=15)`, keyin
# `new_deadline = first_deadline + pd.DateOffset(months=1)`. Uzaytirish kelgan sanadan emas,
# dastlabki muddatdan sanaladi. Tekshiruv qidiradigan so'zlar: "rahbar" yoki "boshlig'i",
# "tekshirish" yoki "hujjat", "javob".
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (4 балла).** `CASE_C` — жалоба на грузовики у школы. Нужны проверка на месте и
# документы из хокимията, поэтому начальник отдела в порядке исключения **продлил срок на 1 месяц**
# (ст. 28); заявителя нужно уведомить.
#
# 1. Первоначальный срок: дата поступления + 15 дней → `first_deadline`. Новый срок:
#    первоначальный срок + 1 месяц (`+ pd.DateOffset(months=1)`) → `new_deadline`.
# 2. Запишите **уведомление о продлении срока** в `extension_letter`. В нём:
#    - фамилия, регистрационный номер, **дата поступления** и дата **нового срока**;
#    - **правовое основание**: закон (название или ЗРУ-445) и **статья 28**; **кто** продлил срок
#      (руководитель органа / начальник отдела) и **почему** (проверка, документы);
#    - **подразделение** (служба безопасности дорожного движения) и **что дальше**: ответ будет дан
#      до нового срока.
#
# <details><summary>Подсказка</summary>
#
# `first_deadline = pd.Timestamp(CASE_C["received"]) + pd.Timedelta(days=15)`, затем
# `new_deadline = first_deadline + pd.DateOffset(months=1)`. Продление считается от первоначального
# срока, а не от даты поступления. Слова, которые ищет проверка: «руководитель» или «начальник»,
# «проверка» или «документы», «ответ».
# </details>

# %% [markdown] lang="en"
# **Question 3 (4 points).** `CASE_C` complains about lorries by a school. An on-site check and
# documents from the hokimiyat are needed, so the head of the department, as an exception,
# **extended the term by one month** (Art. 28); the applicant must be notified.
#
# 1. First deadline: date received + 15 days → `first_deadline`. New deadline: the first deadline
#    + one month (`+ pd.DateOffset(months=1)`) → `new_deadline`.
# 2. Write the **extension notice** into `extension_letter`: surname, registration number, **date
#    received** and the **new deadline**; the **legal basis**: the law (title or ZRU-445) and
#    **Article 28**; **who** extended it (the head of the body / department) and **why** (a check,
#    documents); the **unit** (road traffic safety service) and **what happens next**: the answer
#    comes by the new deadline.
#
# <details><summary>Hint</summary>
#
# `new_deadline = first_deadline + pd.DateOffset(months=1)`: the extension counts from the first
# deadline, not from the date received. Words the check looks for: "head" or "chief", "check" or
# "documents", "answer".
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
received_c = pd.Timestamp(CASE_C["received"])
first_deadline = received_c + pd.Timedelta(days=15)
new_deadline = first_deadline + pd.DateOffset(months=1)
extension_letter = f"""Hurmatli {CASE_C["applicant"]}!

Sizning {received_c:%d.%m.%Y} kuni kelib tushgan, {CASE_C["reg_no"]} raqami bilan ro'yxatga
olingan shikoyatingiz Chilonzor tumani IIO yo'l harakati xavfsizligi xizmatida ko'rib
chiqilmoqda. Shikoyat bo'yicha joyida tekshirish o'tkazish va hokimlikdan hujjatlar olish zarur.
Shu sababli "Jismoniy va yuridik shaxslarning murojaatlari to'g'risida"gi qonunning (O'RQ-445)
28-moddasiga muvofiq bo'lim boshlig'i ko'rib chiqish muddatini istisno tariqasida bir oyga
uzaytirdi.

Yangi muddat: {new_deadline:%d.%m.%Y}. Shikoyatingizga shu sanagacha javob beriladi."""
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3a_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("first_deadline", "new_deadline")
check_type(first_deadline, pd.Timestamp, name="first_deadline")
check_type(new_deadline, pd.Timestamp, name="new_deadline")
### BEGIN HIDDEN TESTS
_case_c = judge.ref("CASE_C")
for _name in ("first_deadline", "new_deadline"):
    _got = _day(judge.fetch(_name))
    judge.check(
        _got is not None,
        uz=f"{_name} sana emas.",
        ru=f"{_name} — не дата.",
        en=f"{_name} is not a date.",
    )
    judge.expect(_got, _day(judge.ref(_name)), _name)
### END HIDDEN TESTS

# %% nbgrader={"grade": true, "grade_id": "q3b_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("extension_letter")
check_type(extension_letter, str, name="extension_letter")
check(
    re.search(DATE_PATTERN, extension_letter) is not None,
    uz="extension_letter da sana topilmadi: 2026-03-05 yoki 05.03.2026 ko'rinishida yozing.",
    ru="В extension_letter не найдена дата: пишите в виде 2026-03-05 или 05.03.2026.",
    en="No date found in extension_letter: write dates as 2026-03-05 or 05.03.2026.",
)
### BEGIN HIDDEN TESTS
_text = _letter("extension_letter")
_identity(_text, _case_c, "extension_letter")
_first = (pd.Timestamp(_case_c["received"]) + pd.Timedelta(days=15))
judge.check(
    (_first + pd.DateOffset(months=1)).date() in _dates_in(_text),
    uz="extension_letter: yangi muddat sanasi yo'q yoki noto'g'ri — dastlabki 15 kunlik muddatga "
    "1 oy qo'shing.",
    ru="extension_letter: нет даты нового срока или она неверна — прибавьте 1 месяц к "
    "первоначальному 15-дневному сроку.",
    en="extension_letter: the new deadline is missing or wrong: add one month to the first 15-day "
    "deadline.",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": true, "grade_id": "q3c_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("extension_letter")
### BEGIN HIDDEN TESTS
_text = _letter("extension_letter")
_law(_text, "extension_letter")
judge.check(
    _has(_text, ["rahbar", "раҳбар", "boshlig'", "бошлиғ", "руковод", "начальник", "head", "chief"]),
    uz="extension_letter: muddatni kim uzaytirgani yo'q — organ rahbari (bo'lim boshlig'i).",
    ru="extension_letter: не сказано, кто продлил срок — руководитель органа (начальник отдела).",
    en="extension_letter: who extended the term is missing: the head of the body (department).",
)
judge.check(
    _has(_text, ["tekshir", "текшир", "o'rgan", "ўрган", "hujjat", "ҳужжат", "провер", "изуч",
                 "документ", "материал", "check", "study", "inspect", "document", "material"]),
    uz="extension_letter: uzaytirish sababi yo'q — nima uchun qo'shimcha vaqt kerakligini yozing "
    "(tekshirish, hujjatlar).",
    ru="extension_letter: нет причины продления — напишите, зачем нужно дополнительное время "
    "(проверка, документы).",
    en="extension_letter: the reason for the extension is missing (a check, documents).",
)
### END HIDDEN TESTS

# %% nbgrader={"grade": true, "grade_id": "q3d_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("extension_letter")
### BEGIN HIDDEN TESTS
_text = _letter("extension_letter")
_unit(_text, _case_c["unit"], "extension_letter")
judge.check(
    _has(_text, ["javob", "жавоб", "ответ", "answer", "reply", "respond", "natija", "натижа",
                 "результат", "result"]),
    uz="extension_letter: keyingi qadam yo'q — javob yangi muddatgacha berilishini yozing.",
    ru="extension_letter: нет следующего шага — напишите, что ответ будет дан до нового срока.",
    en="extension_letter: what happens next is missing: say the answer comes by the new deadline.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **Xulosa.** Har bir xatda bir xil tayanch bor: kimga, qaysi murojaat (raqam, sana), qaysi qonun
# va modda asosida, kim ko'rdi yoki qayerga yuborildi, va fuqaro endi nimani kutadi. Moddani faqat
# tasdiqlangan joyda yozing.

# %% [markdown] lang="ru"
# **Итог.** У каждого письма одна опора: кому, какое обращение (номер, дата), на основании какого
# закона и статьи, кто рассмотрел или куда переслано и чего гражданину ждать дальше. Статью пишите
# только там, где она подтверждена.

# %% [markdown] lang="en"
# **Summary.** Every letter rests on the same elements: to whom, which appeal (number, date), under
# which law and article, who considered it or where it was sent, and what the citizen can expect
# next. Cite an article only where it is confirmed.
