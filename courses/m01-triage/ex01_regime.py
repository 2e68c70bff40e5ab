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
# # 1-mashq. Avval huquqiy rejim
#
# Murojaat kelganda birinchi savol: **qaysi qonun bo'yicha ko'riladi?** "Jismoniy va yuridik
# shaxslarning murojaatlari to'g'risida"gi qonun (O'RQ-445 tahriri) 1-moddasiga ko'ra, jinoyat-protsessual,
# ma'muriy javobgarlik va boshqa qonunlarda tartibi belgilangan murojaatlarga bu qonun
# **tatbiq etilmaydi**. Demak, o'g'irlik haqidagi xabar — jinoyat-protsessual tartib, jarima
# ustidan nizo — ma'muriy tartib, 15 kunlik muddat esa faqat murojaatlar qonuni doirasida.
#
# Ma'lumot: `texts` jadvali (belgilangan murojaat matnlari, har birida `regime`, `kind`,
# `category` ustunlari).

# %% [markdown] lang="ru"
# # Упражнение 1. Сначала правовой режим
#
# Первый вопрос при поступлении обращения: **по какому закону его рассматривать?** По статье 1
# Закона «Об обращениях физических и юридических лиц» (редакция ЗРУ-445) закон **не применяется**
# к обращениям, порядок рассмотрения которых установлен уголовно-процессуальным законодательством,
# законодательством об административной ответственности и другими законами. Сообщение о краже идёт
# в уголовно-процессуальном порядке, спор о штрафе — в административном, а 15-дневный срок
# действует только в рамках закона об обращениях.
#
# Данные: таблица `texts` (размеченные тексты обращений, у каждого есть столбцы `regime`,
# `kind`, `category`).

# %% [markdown] lang="en"
# # Exercise 1. The legal regime comes first
#
# The first question about any appeal: **which law governs it?** By Art. 1 of the Law "On appeals
# of individuals and legal entities" (ZRU-445 edition) the law does **not apply** to matters whose
# procedure is set by criminal-procedure or administrative-liability law. A theft report follows
# criminal procedure; the 15-day clock exists only under the appeals law.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd

from malaka.grading.checks import (
    check,
    check_close,
    check_defined,
    check_equal,
    check_in,
    check_type,
)
from malaka.taxonomy import KINDS, REGIMES

texts = pd.read_csv("data/appeal-texts/texts.csv")
REGIME_IDS = [r.id for r in REGIMES]
KIND_IDS = [k.id for k in KINDS]
texts[["category", "kind", "regime"]].head()

# %% [markdown]
# | `regime` | uz | ru |
# |---|---|---|
# | `appeals_law` | Murojaatlar to'g'risidagi qonun | Закон об обращениях |
# | `criminal` | Jinoyat-protsessual tartib | Уголовно-процессуальный порядок |
# | `administrative` | Ma'muriy javobgarlik | Административная ответственность |
# | `forward` | Boshqa organ vakolatida | Не по компетенции |
# | `public_service` | Davlat xizmati | Государственная услуга |

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): sanash, ulush va shartli funksiya
#
# Bu yerda boshqa ustun (`kind`, murojaat turi) va boshqa qoida bilan xuddi savollardagi ishlarni
# qilamiz. Avval har bir tur nechta ekanini (`value_counts()`), keyin qanday ulushni tashkil
# etishini (`normalize=True`: 0 dan 1 gacha, yig'indisi 1) ko'ramiz.

# %% [markdown] lang="ru"
# ## Пример с решением: подсчёт, доля и функция с условиями
#
# Здесь делаем то же, что в вопросах, но с другим столбцом (`kind`, вид обращения) и другим
# правилом. Сначала сколько обращений каждого вида (`value_counts()`), затем какую долю они
# составляют (`normalize=True`: от 0 до 1, в сумме 1).

# %% [markdown] lang="en"
# ## Worked example: counts, shares and a function with conditions
#
# The same work as in the questions, on another column (`kind`) and another rule. First how many
# texts of each kind (`value_counts()`), then their shares (`normalize=True`: 0 to 1, adding up
# to 1).

# %%
kind_counts = texts["kind"].value_counts()
kind_share = texts["kind"].value_counts(normalize=True)
print(kind_counts)
print(kind_share)

# %% [markdown] lang="uz"
# Funksiya bir necha shartni tartib bilan tekshiradi. `and` — ikkala shart ham, `or` — kamida
# bittasi. Misol qoidasi (28-modda, tasdiqlangan): qo'shimcha o'rganish kerak bo'lgan **taklif**
# muallifiga **10 kun ichida** yozma xabar beriladi. Anonim murojaat (29-modda) ko'rmay
# qoldiriladi, shuning uchun xabar ham yo'q — bu shart birinchi turadi.

# %% [markdown] lang="ru"
# Функция проверяет несколько условий по порядку. `and` — оба условия, `or` — хотя бы одно.
# Правило для примера (ст. 28, подтверждено): автору **предложения**, которое требует
# дополнительного изучения, **в течение 10 дней** сообщают письменно. Анонимное обращение (ст. 29)
# остаётся без рассмотрения, значит, и без сообщения — это условие стоит первым.

# %% [markdown] lang="en"
# A function tests several conditions in order: `and` needs both, `or` at least one. Example rule
# (Art. 28, confirmed): the author of a **proposal** that needs extra study is told in writing
# **within 10 days**. An anonymous appeal (Art. 29) is left without consideration, so no notice
# either: that condition comes first.

# %%
def notice_days(kind, needs_study, anonymous):
    if anonymous:
        return None
    if kind == "taklif" and needs_study:
        return 10
    return None


print(notice_days("taklif", True, False), notice_days("taklif", True, True), notice_days("ariza", True, False))

# %% [markdown] lang="uz"
# **0-savol (1 ball).** Boshlanish uchun: har bir huquqiy rejimda **nechta** matn bor? Natijani
# `regime_counts` ga yozing (`pandas.Series`: indeks — rejim, qiymat — matnlar soni).
#
# <details><summary>Maslahat</summary>
#
# Namunadagi `kind_counts` kabi, faqat ustun `"regime"`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл).** Для начала: **сколько** текстов в каждом правовом режиме? Запишите
# результат в `regime_counts` (`pandas.Series`: индекс — режим, значение — число текстов).
#
# <details><summary>Подсказка</summary>
#
# Как `kind_counts` в примере, только столбец `"regime"`.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point).** To start: **how many** texts fall under each legal regime? Store a
# `pandas.Series` named `regime_counts` (index = regime, value = number of texts).
#
# <details><summary>Hint</summary>
#
# Like `kind_counts` in the example, with the column `"regime"`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
regime_counts = texts["regime"].value_counts()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("regime_counts")
check_type(regime_counts, pd.Series, name="regime_counts")
check(
    int(regime_counts.sum()) == len(texts),
    uz="Sonlar yig'indisi matnlar soniga teng bo'lishi kerak (ulush emas, son kerak).",
    ru="Сумма чисел должна равняться числу текстов (нужны количества, а не доли).",
    en="The counts must add up to the number of texts (counts, not shares).",
)
### BEGIN HIDDEN TESTS
_counts = judge.fetch("regime_counts")
if not isinstance(_counts, pd.Series):
    raise judge.fail("wrong_type", name="regime_counts", expected="Series", got=type(_counts).__name__)
judge.check(
    set(_counts.index) == set(judge.ref("regime_counts").index),
    uz="Indeksda aynan huquqiy rejimlar (regime ustuni qiymatlari) bo'lishi kerak.",
    ru="В индексе должны быть именно правовые режимы (значения столбца regime).",
    en="The index must hold the legal regimes (values of the regime column).",
)
judge.value("regime_counts")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **1-savol (1 ball).** Har bir huquqiy rejim matnlarning qanday **ulushini** tashkil etadi?
# Natijani `regime_share` nomli `pandas.Series` ga yozing: indeks — rejim, qiymat — ulush
# (0 dan 1 gacha, yig'indisi 1).
#
# <details><summary>Maslahat</summary>
#
# `value_counts` metodining `normalize` parametriga qarang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (1 балл).** Какую **долю** текстов составляет каждый правовой режим? Запишите
# результат в `pandas.Series` с именем `regime_share`: индекс — режим, значение — доля
# (от 0 до 1, в сумме 1).
#
# <details><summary>Подсказка</summary>
#
# Посмотрите на параметр `normalize` метода `value_counts`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (1 point).** What **share** of the texts falls under each legal regime? Store a
# `pandas.Series` named `regime_share`: index = regime, value = share (0 to 1, summing to 1).
#
# <details><summary>Hint</summary>
#
# Look at the `normalize` parameter of `value_counts`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
regime_share = texts["regime"].value_counts(normalize=True)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("regime_share")
check_type(regime_share, pd.Series, name="regime_share")
check_close(float(regime_share.sum()), 1.0, name="regime_share.sum()", abs=1e-9)
### BEGIN HIDDEN TESTS
_share = judge.fetch("regime_share")
_want = judge.ref("regime_share")
if not isinstance(_share, pd.Series):
    raise judge.fail("wrong_type", name="regime_share", expected="Series", got=type(_share).__name__)
judge.check(
    set(_share.index) == set(_want.index),
    uz="Indeksda aynan huquqiy rejimlar (regime ustuni qiymatlari) bo'lishi kerak.",
    ru="В индексе должны быть именно правовые режимы (значения столбца regime).",
    en="The index must hold the legal regimes (values of the regime column).",
)
judge.expect(_share, _want, "regime_share", rel=1e-6)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** `clock(regime, kind)` funksiyasini yozing: u murojaatlar qonuni bo'yicha
# **ko'rib chiqish muddatini kunlarda** qaytaradi, qonun bu holatga tatbiq etilmasa `None`.
# Kurs qoidasi (qonunning 28-moddasi va 5 kunlik qayta yuborish qoidasi):
#
# - `appeals_law`: `ariza` va `shikoyat` — 15 kun; `taklif` — 1 oy (bu yerda 30 kun);
# - `forward` (boshqa organ vakolatida) — qayta yuborish uchun 5 kun (har qanday tur);
# - `criminal`, `administrative`, `public_service` — `None` (o'z tartibi bor).
#
# <details><summary>Maslahat</summary>
#
# Avval `regime` ni tekshiring, keyin faqat `appeals_law` ichida `kind` ga qarang.
# Funksiya butun son (`int`) yoki `None` qaytarsin.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** Напишите функцию `clock(regime, kind)`, которая возвращает **срок
# рассмотрения в днях** по закону об обращениях или `None`, если закон к случаю не применяется.
# Правило курса (статья 28 закона и правило о пересылке в течение 5 дней):
#
# - `appeals_law`: `ariza` (заявление) и `shikoyat` (жалоба) — 15 дней; `taklif` (предложение) —
#   1 месяц (здесь 30 дней);
# - `forward` (не по компетенции) — 5 дней на пересылку (любой вид);
# - `criminal`, `administrative`, `public_service` — `None` (свой порядок).
#
# <details><summary>Подсказка</summary>
#
# Сначала проверьте `regime`, и только внутри `appeals_law` смотрите на `kind`.
# Функция возвращает целое число (`int`) или `None`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** Write `clock(regime, kind)` returning the **consideration period in
# days** under the appeals law, or `None` when the law does not apply. Course rule (Art. 28 and
# the 5-day forwarding rule): `appeals_law`: `ariza` and `shikoyat` 15 days, `taklif` 1 month (30
# days here); `forward`: 5 days for any kind; `criminal`, `administrative`, `public_service`:
# `None`.
#
# <details><summary>Hint</summary>
#
# Check `regime` first; look at `kind` only inside `appeals_law`. Return an `int` or `None`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def clock(regime, kind):
    if regime == "forward":
        return 5
    if regime != "appeals_law":
        return None
    return 30 if kind == "taklif" else 15
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("clock")
check(
    callable(clock),
    uz="clock funksiya bo'lishi kerak.",
    ru="clock должна быть функцией.",
    en="clock must be a function.",
)
check_equal(clock("appeals_law", "ariza"), 15, name='clock("appeals_law", "ariza")')
### BEGIN HIDDEN TESTS
judge.call("clock", [(_reg, _kind) for _reg in judge.ref("REGIME_IDS") for _kind in judge.ref("KIND_IDS")])
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Qonunning 29-moddasi: **anonim** murojaatlar va vakolatini tasdiqlovchi
# hujjatsiz vakil orqali berilgan murojaatlar **ko'rmay qoldiriladi** (xulosa rasmiylashtiriladi).
# Lekin jinoyat haqidagi anonim xabar e'tiborsiz qolmaydi: kurs qoidasiga ko'ra u tezkor
# axborot sifatida navbatchilik qismiga beriladi (bu amaliyot qonun matnida tasdiqlanmagan,
# o'qituvchi bilan muhokama qiling).
#
# `disposition(regime, anonymous, proxy_without_docs)` funksiyasini yozing. U quyidagilardan
# birini qaytaradi:
# - `"duty_unit"` — anonim va `regime == "criminal"`;
# - `"left_without_consideration"` — boshqa anonim murojaat yoki hujjatsiz vakil orqali;
# - `"consider"` — qolgan barcha holatlar.
#
# <details><summary>Maslahat</summary>
#
# Shartlar tartibi muhim: avval jinoyat haqidagi anonim xabarni ajrating.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Статья 29 закона: **анонимные** обращения и обращения через
# представителя без документов о полномочиях **оставляются без рассмотрения** (оформляется
# заключение). Но анонимное сообщение о преступлении не игнорируется: по правилу курса оно
# передаётся в дежурную часть как оперативная информация (эта практика в тексте закона не
# подтверждена, обсудите с преподавателем).
#
# Напишите функцию `disposition(regime, anonymous, proxy_without_docs)`, которая возвращает:
# - `"duty_unit"` — анонимное и `regime == "criminal"`;
# - `"left_without_consideration"` — иное анонимное или через представителя без документов;
# - `"consider"` — во всех остальных случаях.
#
# <details><summary>Подсказка</summary>
#
# Порядок условий важен: сначала выделите анонимное сообщение о преступлении.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Art. 29: **anonymous** appeals and appeals by a representative
# without proof of authority are **left without consideration**. An anonymous crime report is not
# ignored: by the course rule it goes to the duty unit as operational information (not confirmed
# in the law's text; discuss it). Write `disposition(regime, anonymous, proxy_without_docs)`
# returning `"duty_unit"` (anonymous and `regime == "criminal"`), `"left_without_consideration"`
# (other anonymous, or representative without documents) or `"consider"`.
#
# <details><summary>Hint</summary>
#
# Order matters: single out the anonymous crime report first.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def disposition(regime, anonymous, proxy_without_docs):
    if anonymous and regime == "criminal":
        return "duty_unit"
    if anonymous or proxy_without_docs:
        return "left_without_consideration"
    return "consider"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("disposition")
check_in(
    disposition("appeals_law", False, False),
    ["duty_unit", "left_without_consideration", "consider"],
    name="disposition(...)",
)
### BEGIN HIDDEN TESTS
judge.call(
    "disposition",
    [(_reg, _anon, _proxy) for _reg in judge.ref("REGIME_IDS") for _anon in (False, True) for _proxy in (False, True)],
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Keyingi savol 0-modul va mashq qilish daftaridan bir qadam nariga o'tadi: funksiyani jadvalning
# har bir qatoriga `apply` va `lambda` bilan qo'llash. U ham baholanadi; avval yuqoridagi
# savollarni tugating.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Следующий вопрос выходит на шаг за модуль 0 и практику: функция применяется к каждой строке
# таблицы через `apply` и `lambda`. Он тоже оценивается; сначала закончите вопросы выше.

# %% [markdown] lang="en"
# ## Advanced part
#
# The next question goes a step beyond module 0 and the practice: applying a function to every row
# with `apply` and `lambda`. It is graded too; finish the questions above first.

# %% [markdown] lang="uz"
# **4-savol (1 ball).** `texts` jadvalidagi har bir matn uchun `clock` bilan muddatni hisoblang
# va **murojaatlar qonunining muddati qo'llanmaydigan** (ya'ni `None` chiqadigan) matnlar
# ulushini `no_clock_share` (float) ga yozing. Bu ulush nega muhim: navbatchi 15 kunlik
# muddatni hamma narsaga qo'llasa, jinoyat xabarlari kechikadi.
#
# <details><summary>Maslahat</summary>
#
# `texts.apply(lambda r: clock(r["regime"], r["kind"]), axis=1)` va `.isna().mean()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (1 балл).** Посчитайте функцией `clock` срок для каждого текста в `texts` и
# запишите в `no_clock_share` (float) **долю текстов, к которым срок закона об обращениях не
# применяется** (где получается `None`). Почему это важно: если применять 15-дневный срок ко всему,
# сообщения о преступлениях будут ждать.
#
# <details><summary>Подсказка</summary>
#
# `texts.apply(lambda r: clock(r["regime"], r["kind"]), axis=1)` и `.isna().mean()`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (1 point).** Apply `clock` to every text in `texts` and store in `no_clock_share`
# (float) the **share of texts to which the appeals-law clock does not apply** (`None`).
#
# <details><summary>Hint</summary>
#
# `texts.apply(lambda r: clock(r["regime"], r["kind"]), axis=1)` and `.isna().mean()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_days = texts.apply(lambda r: clock(r["regime"], r["kind"]), axis=1)
no_clock_share = float(_days.isna().mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("no_clock_share")
check(
    0.0 <= float(no_clock_share) <= 1.0,
    uz="Ulush 0 va 1 orasida bo'lishi kerak.",
    ru="Доля должна быть между 0 и 1.",
    en="A share lies between 0 and 1.",
)
### BEGIN HIDDEN TESTS
judge.value("no_clock_share", rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **Xulosa.** Huquqiy rejim muddatni belgilaydi. Keyingi mashqda muddatlarni sanalar bilan
# hisoblaymiz.

# %% [markdown] lang="ru"
# **Итог.** Правовой режим определяет срок. В следующем упражнении считаем сроки по датам.

# %% [markdown] lang="en"
# **Summary.** The legal regime sets the clock. The next exercise computes deadlines from dates.
