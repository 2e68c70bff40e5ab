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
# # 3-mashq. Qoidalar asosidagi yo'naltiruvchi
#
# Murojaat matnini o'qib, uni **vakolatli bo'linmaga** yo'naltirish — navbatchi va murojaatlar
# bo'limi xodimining kundalik ishi. Avval oddiy kalit so'z qoidalarini yozamiz, keyin ularni
# **xatoliklar matritsasi** va **makro-F1** bilan baholaymiz.
#
# Bo'linmalar (`department`): `duty_unit` navbatchilik qismi, `prevention` profilaktika
# inspektori, `investigation` tergov va surishtiruv, `cybercrime` kiberjinoyatchilikka qarshi
# kurashish, `traffic` YHXX, `migration` migratsiya va fuqarolik, `licensing` litsenziyalash,
# `internal_security` ichki xavfsizlik, `probation` probatsiya, `appeals_office` murojaatlar bo'limi.

# %% [markdown] lang="ru"
# # Упражнение 3. Маршрутизатор на правилах
#
# Прочитать текст обращения и направить его в **компетентное подразделение** — ежедневная работа
# дежурного и сотрудника отдела по работе с обращениями. Сначала пишем простые правила по
# ключевым словам, затем оцениваем их **матрицей ошибок** и **макро-F1**.
#
# Подразделения (`department`): `duty_unit` дежурная часть, `prevention` инспектор профилактики,
# `investigation` следствие и дознание, `cybercrime` борьба с киберпреступностью, `traffic` служба
# безопасности дорожного движения, `migration` миграция и гражданство, `licensing` лицензионный
# отдел, `internal_security` собственная безопасность, `probation` пробация, `appeals_office` отдел
# по работе с обращениями.

# %% [markdown] lang="en"
# # Exercise 3. A rule-based router
#
# Route each appeal text to the competent department with keyword rules, then evaluate the rules
# with a confusion matrix and macro-F1.

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# 3- va 4-mashqlar — modulning **chuqurlashtirilgan qismi**: ular 0-modul va mashq qilish
# daftaridan ancha nariga o'tadi (kalit so'z qoidalari, xatoliklar matritsasi, makro-F1). Avval
# 0, 1, 2 va 5-mashqlarni tugating. Quyidagi namuna har bir qadamni kichik jadvalda ko'rsatadi.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Упражнения 3 и 4 — **углублённая часть** модуля: они выходят далеко за модуль 0 и практику
# (правила по ключевым словам, матрица ошибок, макро-F1). Сначала закончите упражнения 0, 1, 2 и 5.
# Пример ниже показывает каждый шаг на маленькой таблице.

# %% [markdown] lang="en"
# ## Advanced part
#
# Exercises 3 and 4 are the module's **advanced part**: they go well beyond module 0 and the
# practice (keyword rules, confusion matrix, macro-F1). Finish exercises 0, 1, 2 and 5 first. The
# worked example below shows each step on a small table.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd
from sklearn.metrics import f1_score

from malaka.grading.checks import (
    check,
    check_defined,
    check_in,
    check_type,
)
from malaka.taxonomy import DEPARTMENTS

texts = pd.read_csv("data/appeal-texts/texts.csv")
DEPARTMENT_IDS = [d.id for d in DEPARTMENTS]
texts[["text", "department"]].sample(5, random_state=1)

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): oltita matnda qoidalar va ularni baholash
#
# Kichik jadval, ikki qoida. `toy_route` matnni kichik harflarga o'tkazadi va kalit so'zlarni
# tartib bilan tekshiradi; hech biri topilmasa — `"appeals_office"`. Keyin:
#
# - **xatoliklar matritsasi** `pd.crosstab(haqiqiy, bashorat)`: qatorlar — haqiqiy bo'linma,
#   ustunlar — bashorat; diagonaldan tashqaridagi har bir son — xato;
# - har bir bo'linma uchun **aniqlik (precision)** — bashorat qilinganlarning qanchasi to'g'ri,
#   **to'liqlik (recall)** — haqiqatda shu bo'linmaga tegishlilarning qanchasi topildi;
#   F1 = 2·P·R/(P+R);
# - **makro-F1** — bo'linmalar F1 larining oddiy o'rtachasi (`average="macro"`).

# %% [markdown] lang="ru"
# ## Пример с решением: правила на шести текстах и их оценка
#
# Маленькая таблица, два правила. `toy_route` переводит текст в нижний регистр и по порядку
# проверяет ключевые слова; если ничего не нашлось — `"appeals_office"`. Затем:
#
# - **матрица ошибок** `pd.crosstab(истина, предсказание)`: строки — истинное подразделение,
#   столбцы — предсказание; каждое число вне диагонали — ошибка;
# - для каждого подразделения **точность (precision)** — какая часть предсказанных верна,
#   **полнота (recall)** — какая часть действительно относящихся найдена; F1 = 2·P·R/(P+R);
# - **макро-F1** — простое среднее F1 по подразделениям (`average="macro"`).

# %% [markdown] lang="en"
# ## Worked example: rules on six texts and their evaluation
#
# A small table and two rules. `toy_route` lower-cases the text and tests keywords in order,
# falling back to `"appeals_office"`. Then the **confusion matrix** `pd.crosstab(true, predicted)`
# (rows true, columns predicted; every number off the diagonal is an error); per department
# **precision** (the share of its predictions that are right) and **recall** (the share of its
# texts found), F1 = 2PR/(P+R); and **macro-F1**, the plain mean of the F1 values.

# %%
toy = pd.DataFrame(
    {
        "text": [
            "Telefonimga SMS kod keldi, kartamdan pul yechildi",
            "Qo'shnim har kecha shovqin qiladi",
            "Пропал сын, не вернулся из школы",
            "Kartamga noma'lum havola yubordilar",
            "Сосед шумит по ночам",
            "Pasportimni yo'qotdim",
        ],
        "department": ["cybercrime", "prevention", "duty_unit", "cybercrime", "prevention", "migration"],
    }
)


def toy_route(text):
    t = str(text).lower()
    if "sms" in t or "kart" in t:
        return "cybercrime"
    if "shovqin" in t or "шум" in t:
        return "prevention"
    return "appeals_office"


toy_pred = toy["text"].map(toy_route)
print(pd.crosstab(toy["department"], toy_pred))
print(f1_score(toy["department"], toy_pred, average=None, labels=sorted(toy["department"].unique()), zero_division=0))
print(f1_score(toy["department"], toy_pred, average="macro", zero_division=0))

# %% [markdown] lang="uz"
# **1-savol (3 ball).** `route(text)` funksiyasini yozing: matnni kichik harflarga o'tkazing va
# kalit so'zlar bo'yicha bo'linma identifikatorini (`DEPARTMENT_IDS` dan biri) qaytaring. Matnlar
# o'zbek (lotin va kirill) va rus tillarida, apostroflar turlicha (`o'`, `oʻ`, `o’`). Hech bir
# qoida ishlamasa, `"appeals_office"` qaytaring. Talab: butun `texts` jadvalida makro-F1 kamida
# **0,40** bo'lsin (hammasini bitta bo'linmaga yuborish bu talabdan ancha past).
#
# <details><summary>Maslahat</summary>
#
# `{"cybercrime": ["sms", "kart", "карт", "apk", "telegram", ...], ...}` kabi lug'at tuzing va
# tartib bilan tekshiring: aniqroq qoidalar (masalan, "bedarak", "пропал") oldinroq tursin.
# Apostrof variantlarini `text.replace("ʻ", "'").replace("’", "'")` bilan bir xillashtiring.
# Adashgan matnlarni ko'rish uchun `texts[texts.text.map(route) != texts.department]`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (3 балла).** Напишите функцию `route(text)`: переведите текст в нижний регистр и по
# ключевым словам верните идентификатор подразделения (один из `DEPARTMENT_IDS`). Тексты на
# узбекском (латиница и кириллица) и русском, апострофы разные (`o'`, `oʻ`, `o’`). Если ни одно
# правило не сработало, верните `"appeals_office"`. Требование: макро-F1 на всей таблице `texts`
# не ниже **0,40** (если всё отправлять в одно подразделение, результат гораздо ниже).
#
# <details><summary>Подсказка</summary>
#
# Составьте словарь вида `{"cybercrime": ["sms", "kart", "карт", "apk", "telegram", ...], ...}` и
# проверяйте по порядку: более точные правила («bedarak», «пропал») ставьте раньше. Апострофы
# приведите к одному виду: `text.replace("ʻ", "'").replace("’", "'")`. Ошибки смотрите так:
# `texts[texts.text.map(route) != texts.department]`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (3 points).** Write `route(text)`: lower-case the text and return a department id
# (one of `DEPARTMENT_IDS`) by keywords; texts are in Uzbek (Latin and Cyrillic) and Russian with
# different apostrophes. If no rule fires, return `"appeals_office"`. Requirement: macro-F1 of at
# least **0.40** on the whole `texts` table.
#
# <details><summary>Hint</summary>
#
# Build a dict such as `{"cybercrime": ["sms", "kart", "карт", "apk", ...], ...}` and check it in
# order, most specific rules first. Unify apostrophes with `replace`. Inspect misses with
# `texts[texts.text.map(route) != texts.department]`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
RULES = [
    ("duty_unit", ["bedarak", "yo'qolib qoldi", "qaytmadi", "пропал", "не вернул", "бедарак",
                   "қайтмади", "topilmayapti", "не можем найти"]),
    ("cybercrime", ["sms", "смс", "kart", "карт", "apk", "telegram", "телеграм", "olx",
                    "havola", "ссылк", "kredit", "кредит", "investitsiya", "инвест", "онлайн",
                    "onlayn", "humo", "uzcard", "payme", "click"]),
    ("licensing", ["qurol", "miltiq", "оруж", "ружь", "қурол", "ov ", "охот"]),
    ("probation", ["probatsiya", "пробац", "пробация", "shartli", "условн", "шартли"]),
    ("internal_security", ["xodim", "инспектор", "сотрудник", "pora", "взятк", "ходим", "пора",
                           "qo'pol", "груб", "militsiya", "милиц", "noqonuniy", "незаконно"]),
    ("migration", ["pasport", "паспорт", "propiska", "прописк", "fuqarolik", "гражданств",
                   "id-karta", "id карт", "ro'yxat", "регистрац", "guvohnoma", "удостоверен",
                   "haydovchilik", "водительск"]),
    ("traffic", ["yo'l", "дорог", "svetofor", "светофор", "avtomobil", "машин", "mashina",
                 "jarima", "штраф", "tezlik", "скорост", "parkovka", "парков", "йўл", "piyoda"]),
    ("investigation", ["o'g'ir", "укра", "краж", "ўғир", "kaltak", "изби", "urib", "jarohat",
                       "травм", "тергов", "tergov", "jinoyat ishi", "уголовн", "следовател",
                       "surishtiruv", "дознан", "талон", "ограб"]),
    ("prevention", ["erim", "turmush", "муж", "oila", "семь", "qaynona", "shovqin", "шум", "mast", "пьян",
                    "qarz", "долг", "qo'shni", "сосед", "janjal", "скандал", "ish ", "работ",
                    "nafaqa", "пособ", "uy-joy", "жиль", "qo'rqit", "угрож"]),
]


def route(text):
    t = str(text).lower().replace("ʻ", "'").replace("’", "'").replace("`", "'")
    for department, words in RULES:
        if any(w in t for w in words):
            return department
    return "appeals_office"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("route")
for _t in texts["text"].head(20):
    check_in(route(_t), DEPARTMENT_IDS, name="route(text)")
### BEGIN HIDDEN TESTS
from sklearn.metrics import f1_score

_texts = judge.ref("texts")
_routed = judge.apply("route", [(_t,) for _t in _texts["text"]])
_f1 = f1_score(_texts["department"], _routed, average="macro", zero_division=0)
judge.check(
    _f1 >= 0.40,
    uz="Qoidalaringizning makro-F1 qiymati 0,40 dan past: qaysi bo'linmalar umuman topilmayotganini ko'ring.",
    ru="Макро-F1 ваших правил ниже 0,40: посмотрите, какие подразделения не находятся совсем.",
    en="The macro-F1 of your rules is below 0.40: look for departments that are never found.",
)
judge.check(
    pd.Series(_routed, dtype=object).nunique() >= 5,
    uz="Yo'naltiruvchi kamida 5 xil bo'linmani qaytarishi kerak.",
    ru="Маршрутизатор должен возвращать не менее 5 разных подразделений.",
    en="The router must return at least 5 different departments.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** Barcha matnlar uchun bashoratni `pred` (`pandas.Series`, `texts` bilan
# bir xil indeks) ga yozing va **xatoliklar matritsasini** `cm` ga quring: qatorlar — haqiqiy
# bo'linma (`texts["department"]`), ustunlar — bashorat, qiymatlar — matnlar soni.
#
# <details><summary>Maslahat</summary>
#
# `pd.crosstab(qatorlar, ustunlar)`: birinchi argument qatorlarga ketadi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** Запишите предсказания для всех текстов в `pred` (`pandas.Series` с тем
# же индексом, что у `texts`) и постройте **матрицу ошибок** `cm`: строки — истинное подразделение
# (`texts["department"]`), столбцы — предсказание, значения — число текстов.
#
# <details><summary>Подсказка</summary>
#
# `pd.crosstab(строки, столбцы)`: первый аргумент идёт в строки.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** Store the predictions for all texts in `pred` (a `Series` with the
# index of `texts`) and build the **confusion matrix** `cm`: rows = true department, columns =
# prediction, values = counts.
#
# <details><summary>Hint</summary>
#
# `pd.crosstab(rows, columns)`: the first argument becomes the rows.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
pred = texts["text"].map(route)
cm = pd.crosstab(texts["department"], pred)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("pred", "cm")
check_type(pred, pd.Series, name="pred")
check_type(cm, pd.DataFrame, name="cm")
check(
    int(cm.to_numpy().sum()) == len(texts),
    uz="Matritsadagi sonlar yig'indisi matnlar soniga teng bo'lishi kerak.",
    ru="Сумма чисел в матрице должна равняться числу текстов.",
    en="The counts in the matrix must add up to the number of texts.",
)
### BEGIN HIDDEN TESTS
# The expected matrix depends on the trainee's own route (question 1): computed here from it.
_texts = judge.ref("texts")
_routed = pd.Series(judge.apply("route", [(_t,) for _t in _texts["text"]]), index=_texts.index, dtype=object)
_pred = judge.fetch("pred")
judge.check(
    isinstance(_pred, pd.Series)
    and len(_pred) == len(_texts)
    and bool((_pred.to_numpy() == _routed.to_numpy()).all()),
    uz="pred har bir matn uchun route(text) natijasi bo'lishi kerak.",
    ru="pred должен содержать route(text) для каждого текста.",
    en="pred must hold route(text) for every text.",
)
_cm = judge.fetch("cm")
if not isinstance(_cm, pd.DataFrame):
    raise judge.fail("not_table", name="cm", got=type(_cm).__name__)
_want_cm = pd.crosstab(_texts["department"], _routed)
judge.check(
    set(_cm.index) == set(_want_cm.index) and set(_cm.columns) == set(_want_cm.columns),
    uz="Qatorlar haqiqiy bo'linmalar, ustunlar bashoratlar bo'lishi kerak.",
    ru="Строки должны быть истинными подразделениями, столбцы — предсказаниями.",
    en="Rows must be the true departments and columns the predictions.",
)
judge.check(
    bool((_cm.loc[_want_cm.index, _want_cm.columns].to_numpy() == _want_cm.to_numpy()).all()),
    uz="Matritsa kataklaridagi sonlar noto'g'ri: qatorlar va ustunlar o'rni almashmaganini tekshiring.",
    ru="Числа в ячейках матрицы неверны: проверьте, не перепутаны ли строки и столбцы.",
    en="The cell counts are wrong: check that rows and columns are not swapped.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** **Makro-F1** ni hisoblang va `macro_f1` (float) ga yozing: har bir
# bo'linma uchun F1 = 2·P·R/(P+R) (P — aniqlik (precision), R — to'liqlik (recall)), keyin bo'linmalar bo'yicha oddiy
# o'rtacha. Nega to'g'ri javoblar ulushi (accuracy) emas? Kam uchraydigan, lekin muhim toifalar (bedarak yo'qolgan
# shaxs) accuracy'da deyarli ko'rinmaydi.
#
# <details><summary>Maslahat</summary>
#
# `sklearn.metrics.f1_score(haqiqiy, bashorat, average=...)` — qaysi `average`? Yoki `cm` dan
# qo'lda hisoblang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Посчитайте **макро-F1** и запишите в `macro_f1` (float): для каждого
# подразделения F1 = 2·P·R/(P+R) (P — точность (precision), R — полнота (recall)), затем простое среднее по
# подразделениям. Почему не доля верных ответов (accuracy)? Редкие, но важные категории (пропавшие без вести) в accuracy
# почти не видны.
#
# <details><summary>Подсказка</summary>
#
# `sklearn.metrics.f1_score(истина, предсказание, average=...)` — какой `average`? Или посчитайте
# вручную по `cm`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Compute **macro-F1** into `macro_f1` (float): F1 = 2PR/(P+R) per
# department, then the plain mean over departments. Why not accuracy? Rare but important
# categories barely show in accuracy.
#
# <details><summary>Hint</summary>
#
# `sklearn.metrics.f1_score(true, pred, average=...)`: which `average`?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
macro_f1 = float(f1_score(texts["department"], pred, average="macro", zero_division=0))
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("macro_f1")
check(
    0.0 <= float(macro_f1) <= 1.0,
    uz="F1 0 va 1 orasida bo'ladi.",
    ru="F1 лежит между 0 и 1.",
    en="F1 lies between 0 and 1.",
)
### BEGIN HIDDEN TESTS
# Scored on the trainee's own route (question 1), so one slip is not counted twice.
from sklearn.metrics import f1_score

_texts = judge.ref("texts")
_routed = judge.apply("route", [(_t,) for _t in _texts["text"]])
judge.expect(
    judge.fetch("macro_f1"),
    float(f1_score(_texts["department"], _routed, average="macro", zero_division=0)),
    "macro_f1",
    abs=1e-6,
)
### END HIDDEN TESTS
