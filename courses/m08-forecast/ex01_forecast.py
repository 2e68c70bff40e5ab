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
# # 1-mashq. Tahdidlarni prognozlash: 36 qator, asos va yaxshiroq model
#
# Keyingi oy qaysi tumanda qaysi murojaatlar ko'payishini bilish kerak: patrul, profilaktika
# inspektorlari va sayyor qabullarni shunga qarab rejalashtiriladi. Jadval `weekly` — 6 tuman ×
# 6 toifa = **36 qator**, har biri 104 hafta.
#
# Ish tartibi: (1) ma'lumotni **vaqt bo'yicha** ikkiga bo'lamiz: oxirgi 26 hafta — **sinov
# davri**, model uni ko'rmaydi; (2) **asos** (baseline) — "o'tgan yilning shu haftasi"; (3)
# **yaxshiroq model** — chiziqli regressiya (scikit-learn): har bir qatorning darajasi, toifaning
# oylik mavsumi, profilaktika haftaligi va toifaning o'sishi; (4) ikkalasini sinov davrida
# solishtiramiz; (5) keyingi oy prognozi. Oxirida — **kelajakka qarash** (look-ahead) xatosini
# tanib olish.
#
# Nega scikit-learn'dagi `LinearRegression`: u kursda allaqachon bor, natijasini tushuntirish oson
# (masalan, profilaktika haftaligi koeffitsienti — "qatorga haftasiga +N murojaat"), va 36 qatorni
# bitta modelda o'rganadi: mavsumni barcha tumanlardan bilib oladi, bitta qatorning shovqinidan
# emas. Ma'lumotlar **sintetik**.

# %% [markdown] lang="ru"
# # Упражнение 1. Прогнозирование угроз: 36 рядов, ориентир и модель получше
#
# Нужно знать, в каком районе и каких обращений станет больше в следующем месяце: по этому
# планируют патрули, инспекторов профилактики и выездные приёмы. Таблица `weekly` — 6 районов ×
# 6 категорий = **36 рядов**, в каждом 104 недели.
#
# Порядок работы: (1) делим данные **по времени**: последние 26 недель — **проверочный период**,
# модель его не видит; (2) **ориентир** (baseline) — «та же неделя прошлого года»; (3) **модель
# получше** — линейная регрессия (scikit-learn): уровень каждого ряда, месячная сезонность
# категории, неделя профилактики и рост категории; (4) сравниваем их на проверочном периоде;
# (5) прогноз на следующий месяц. В конце — распознаём ошибку **заглядывания в будущее**
# (look-ahead).
#
# Почему `LinearRegression` из scikit-learn: он уже есть в курсе, результат легко объяснить
# (например, коэффициент недели профилактики — «+N обращений в неделю на ряд»), и он учит 36 рядов
# одной моделью: сезонность берёт из всех районов, а не из шума одного ряда. Данные
# **синтетические**.

# %% [markdown] lang="en"
# # Exercise 1. Forecasting threats: 36 series, a baseline and a better model
#
# Which appeals will rise next month, and where? Patrols, prevention inspectors and mobile
# receptions are planned on that. `weekly` holds 6 districts x 6 categories = **36 series** of 104
# weeks. Steps: a **time-ordered** split (the last 26 weeks are the **test period**, unseen by the
# model); a **baseline** ("the same week last year"); a **better model**, a linear regression
# (scikit-learn) with each series' level, each category's monthly season, the prevention-week
# flag and each category's growth; both judged on the test period; next month's forecast; and
# recognising a **look-ahead** mistake.
#
# Why scikit-learn's `LinearRegression`: it is already in the course, its result is easy to explain
# (the prevention-week coefficient reads "+N appeals a week per series"), and one model learns all
# 36 series: the season comes from every district, not from one series' noise. The data are
# **synthetic**.

# %% tags=["setup"]
LANG = "uz"
import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression

from malaka.grading.checks import (
    check,
    check_columns,
    check_defined,
    check_type,
)

weekly = pd.read_csv("data/weekly-threats/weekly.csv", parse_dates=["week_start"])
next_month = pd.read_csv("data/weekly-threats/next_month.csv", parse_dates=["week_start"])
KEYS = ["week_start", "district", "category"]
# H: sinov davri haftalari / недель в проверочном периоде
H = 26
TEST_START = weekly["week_start"].max() - pd.Timedelta(weeks=H - 1)
FIRST_WEEK = weekly["week_start"].min()
CATEGORIES = sorted(weekly["category"].unique())
SERIES = sorted((weekly["district"] + "|" + weekly["category"]).unique())
SEASONS = [f"{c}|{m:02d}" for c in CATEGORIES for m in range(1, 13)]


def make_features(table):
    """Oldindan ma'lum belgilar / признаки, известные заранее / features known in advance."""
    series = pd.Categorical(table["district"] + "|" + table["category"], categories=SERIES)
    season = pd.Categorical(
        table["category"] + "|" + table["week_start"].dt.strftime("%m"), categories=SEASONS
    )
    X = pd.concat(
        [pd.get_dummies(series, prefix="qator"), pd.get_dummies(season, prefix="oy")], axis=1
    ).astype(float)
    X.index = table.index
    X["campaign"] = table["campaign"].to_numpy(dtype=float)
    years = (table["week_start"] - FIRST_WEEK).dt.days / 365.25
    for cat in CATEGORIES:
        X["trend|" + cat] = years * (table["category"] == cat)
    return X


# %% [markdown] lang="uz"
# `make_features(jadval)` — model uchun belgilar jadvali, faqat **oldindan ma'lum** narsalardan:
# qaysi qator (tuman|toifa), toifa va oy (mavsum), profilaktika haftaligi (`campaign`, kalendardan)
# va vaqt (toifaning o'sishi uchun). Unda **murojaatlar soni yo'q** — shuning uchun uni sinov
# davri va keyingi oy uchun ham hisoblash mumkin.
#
# ## Namuna (yechilgan misol)
#
# Savollardagi ko'nikmalarni **bitta tuman** yoki **butun shahar** misolida ko'rsatamiz. Avval
# ishga tushiring va natijani o'qing.
#
# **1-qadam. Guruhlab qo'shish.** Har bir tuman bo'yicha jami murojaatlar:

# %% [markdown] lang="ru"
# `make_features(таблица)` — таблица признаков для модели только из того, что **известно
# заранее**: какой ряд (район|категория), категория и месяц (сезон), неделя профилактики
# (`campaign`, из календаря) и время (для роста категории). **Числа обращений в ней нет** — поэтому
# её можно посчитать и для проверочного периода, и для следующего месяца.
#
# ## Пример с решением
#
# Показываем навыки вопросов на **одном районе** или на **всём городе**. Сначала выполните и
# прочитайте результат.
#
# **Шаг 1. Сложить по группам.** Всего обращений по каждому району:

# %% [markdown] lang="en"
# `make_features(table)` builds the model's features only from what is **known in advance**: the
# series (district|category), category and month (season), the prevention week (`campaign`, from
# the calendar) and time (for each category's growth). It holds **no counts**, so it can be
# computed for the test period and for next month.
#
# ## Worked example
#
# The skills of the questions on **one district** or **the whole city**. Run it and read the
# result first.
#
# **Step 1. Adding up by group.** Appeals per district:

# %%
weekly.groupby("district")["count"].sum()

# %% [markdown] lang="uz"
# **2-qadam. Vaqt bo'yicha bo'lish.** Sana bilan solishtirish: `<` — "oldin". Butun shahar
# bo'yicha haftalik jami (`city`) sinov davrigacha va sinov davrida:

# %% [markdown] lang="ru"
# **Шаг 2. Деление по времени.** Сравнение с датой: `<` — «раньше». Недельный итог по городу
# (`city`) до проверочного периода и в нём:

# %% [markdown] lang="en"
# **Step 2. Splitting by time.** Comparing with a date: `<` means "before". The city's weekly
# total (`city`) before and within the test period:

# %%
city = weekly.groupby("week_start", as_index=False)["count"].sum()
city_before = city[city["week_start"] < TEST_START]
city_test = city[city["week_start"] >= TEST_START]
print(TEST_START.date(), len(city_before), len(city_test))

# %% [markdown] lang="uz"
# **3-qadam. "O'tgan hafta" — sanani surib birlashtirish.** Jadval nusxasida sanaga 1 hafta
# qo'shamiz: endi har bir satrda "keyingi hafta uchun o'tgan haftaning soni". `merge` uni sana
# bo'yicha yoniga qo'yadi; `how="left"` — chap jadvalning hamma satrlari qoladi.

# %% [markdown] lang="ru"
# **Шаг 3. «Прошлая неделя» — сдвиг даты и объединение.** В копии таблицы прибавляем к дате 1
# неделю: теперь в каждой строке «число прошлой недели для следующей недели». `merge` ставит его
# рядом по дате; `how="left"` — все строки левой таблицы остаются.

# %% [markdown] lang="en"
# **Step 3. "Last week": shift the date, then merge.** In a copy, add 1 week to the date: each row
# now holds "last week's count for the next week". `merge` puts it alongside by date;
# `how="left"` keeps every row of the left table.

# %%
prev = city.assign(week_start=city["week_start"] + pd.Timedelta(weeks=1))
prev = prev.rename(columns={"count": "last_week"})
city_naive = city_test.merge(prev, on="week_start", how="left")
print(city_naive.head(3))
print("MAE:", round(float((city_naive["last_week"] - city_naive["count"]).abs().mean()), 1))

# %% [markdown] lang="uz"
# **4-qadam. Chiziqli regressiya.** Faqat Chilonzor: model sinov davrigacha bo'lgan haftalarda
# o'rganadi (`fit(belgilar, javob)`), sinov davri uchun prognoz beradi (`predict(belgilar)`).
# `campaign` koeffitsienti — profilaktika haftaligida bir qatorga qo'shiladigan murojaatlar.

# %% [markdown] lang="ru"
# **Шаг 4. Линейная регрессия.** Только Чиланзар: модель учится на неделях до проверочного
# периода (`fit(признаки, ответ)`) и даёт прогноз на проверочный период (`predict(признаки)`).
# Коэффициент `campaign` — сколько обращений добавляет неделя профилактики к одному ряду.

# %% [markdown] lang="en"
# **Step 4. Linear regression.** Chilonzor only: the model learns on the weeks before the test
# period (`fit(features, answer)`) and forecasts the test period (`predict(features)`). The
# `campaign` coefficient is what a prevention week adds to one series.

# %%
chil = weekly[weekly["district"] == "Chilonzor"]
chil_train = chil[chil["week_start"] < TEST_START]
chil_test = chil[chil["week_start"] >= TEST_START].copy()
chil_model = LinearRegression().fit(make_features(chil_train), chil_train["count"])
chil_test["model"] = chil_model.predict(make_features(chil_test))
coef = pd.Series(chil_model.coef_, index=make_features(chil_train).columns)
print("campaign:", round(coef["campaign"], 1))
print("MAE:", round(float((chil_test["model"] - chil_test["count"]).abs().mean()), 2))

# %% [markdown] lang="uz"
# **5-qadam. Guruhlar bo'yicha xato, ulush, saralash.** Chilonzorda har bir toifa uchun model
# xatosi: avval har bir satrda xatoning moduli (`assign`), keyin `groupby` va o'rtacha. Ulush —
# `True`/`False` ning `.mean()` i (bu yerda: xatosi 4 murojaatdan kam toifalar ulushi).
# `sort_values(..., ascending=False)` — kattadan kichikka.

# %% [markdown] lang="ru"
# **Шаг 5. Ошибка по группам, доля, сортировка.** Ошибка модели по каждой категории в Чиланзаре:
# сначала модуль ошибки в каждой строке (`assign`), потом `groupby` и среднее. Доля — `.mean()` от
# `True`/`False` (здесь: доля категорий, где ошибка меньше 4 обращений).
# `sort_values(..., ascending=False)` — от большего к меньшему.

# %% [markdown] lang="en"
# **Step 5. Error by group, a share, sorting.** The model's error per category in Chilonzor: the
# absolute error on each row first (`assign`), then `groupby` and the mean. A share is the
# `.mean()` of `True`/`False` (here: the share of categories with an error under 4 appeals).
# `sort_values(..., ascending=False)` sorts from largest to smallest.

# %%
chil_errors = chil_test.assign(error=(chil_test["model"] - chil_test["count"]).abs())
chil_by_category = chil_errors.groupby("category")["error"].mean()
print(chil_by_category.sort_values(ascending=False).round(2))
print("ulush / доля:", round(float((chil_by_category < 4).mean()), 2))

# %% [markdown] lang="uz"
# ## Asosiy qism
#
# **0-savol (boshlang'ich, 1 ball).** Butun shahar bo'yicha har bir **hafta**da jami nechta
# murojaat kelgan? `per_week` ga yozing (`pandas.Series`: indeks — `week_start`, qiymat —
# murojaatlar soni, 104 hafta).
#
# <details><summary>Maslahat</summary>
#
# 1-qadamdagidek, faqat `"district"` o'rniga `"week_start"`. Satrlarni emas, `count` ni qo'shing
# (`sum`).
# </details>

# %% [markdown] lang="ru"
# ## Основная часть
#
# **Вопрос 0 (вводный, 1 балл).** Сколько всего обращений пришло по городу за каждую **неделю**?
# Запишите в `per_week` (`pandas.Series`: индекс — `week_start`, значение — число обращений,
# 104 недели).
#
# <details><summary>Подсказка</summary>
#
# Как в шаге 1, только вместо `"district"` — `"week_start"`. Складывайте `count` (`sum`), а не
# считайте строки.
# </details>

# %% [markdown] lang="en"
# ## Main part
#
# **Question 0 (warm-up, 1 point).** How many appeals came in the whole city each **week**? Store
# it in `per_week` (a `pandas.Series`: index `week_start`, value the number of appeals, 104
# weeks).
#
# <details><summary>Hint</summary>
#
# As in step 1 with `"week_start"` instead of `"district"`; add up `count` (`sum`), do not count
# rows.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
per_week = weekly.groupby("week_start")["count"].sum()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("per_week")
check_type(per_week, pd.Series, name="per_week")
check(
    len(per_week) == weekly["week_start"].nunique(),
    uz="per_week da har bir hafta uchun bitta qiymat bo'lishi kerak (104 ta).",
    ru="В per_week должно быть по одному значению на неделю (104).",
    en="per_week needs one value per week (104).",
)
### BEGIN HIDDEN TESTS
_pw = judge.fetch("per_week")
_ref0 = judge.ref("per_week")
if not isinstance(_pw, pd.Series):
    raise judge.fail("wrong_type", name="per_week", expected="Series", got=type(_pw).__name__)
judge.check(
    len(_pw) == len(_ref0)
    and set(_pw.index) == set(_ref0.index)
    and all(float(_pw[_k]) == float(_ref0[_k]) for _k in _ref0.index),
    uz="per_week noto'g'ri: har bir hafta uchun count ustunini qo'shing (satrlarni sanamang, "
    "o'rtacha olmang).",
    ru="per_week неверно: сложите столбец count по каждой неделе (не считайте строки, не берите "
    "среднее).",
    en="per_week is wrong: add up count per week (do not count rows or take the mean).",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **1-savol (2 ball).** Ma'lumotni **vaqt bo'yicha** bo'ling: `train` — `TEST_START` dan **oldingi**
# haftalar (model shu yerda o'rganadi), `test` — `TEST_START` va undan keyingi haftalar (oxirgi 26
# hafta, sinov davri). Ikkalasi ham `weekly` ning barcha ustunlari bilan jadval.
#
# <details><summary>Maslahat</summary>
#
# 2-qadamdagidek: `weekly[weekly["week_start"] < TEST_START]` va `>=`. Satrlarni tasodifiy
# aralashtirib bo'lmang (`sample`): unda model kelajakdagi haftalarni ko'rib qoladi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Разделите данные **по времени**: `train` — недели **до** `TEST_START`
# (на них учится модель), `test` — `TEST_START` и позже (последние 26 недель, проверочный период).
# Обе — таблицы со всеми столбцами `weekly`.
#
# <details><summary>Подсказка</summary>
#
# Как в шаге 2: `weekly[weekly["week_start"] < TEST_START]` и `>=`. Не делите случайным
# перемешиванием строк (`sample`): тогда модель увидит будущие недели.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Split the data **by time**: `train` holds the weeks **before**
# `TEST_START` (the model learns there), `test` the weeks from `TEST_START` on (the last 26
# weeks). Both are tables with all columns of `weekly`.
#
# <details><summary>Hint</summary>
#
# As in step 2: `weekly[weekly["week_start"] < TEST_START]` and `>=`. Do not shuffle rows
# (`sample`): the model would see future weeks.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
train = weekly[weekly["week_start"] < TEST_START]
test = weekly[weekly["week_start"] >= TEST_START]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("train", "test")
check_type(train, pd.DataFrame, name="train")
check_type(test, pd.DataFrame, name="test")
check_columns(train, list(weekly.columns), name="train")
check_columns(test, list(weekly.columns), name="test")
### BEGIN HIDDEN TESTS
_start = judge.ref("TEST_START")
_tr = judge.table("train", ["week_start", "district", "category", "count"])
_te = judge.table("test", ["week_start", "district", "category", "count"])
_n_tr, _n_te = len(judge.ref("train")), len(judge.ref("test"))
judge.check(
    len(_tr) > 0 and pd.to_datetime(_tr["week_start"]).max() < _start,
    uz="train da sinov davri haftalari bor: model kelajakni ko'rib qoladi (kelajakka qarash). "
    "Faqat TEST_START dan oldingi haftalarni oling, satrlarni aralashtirmang.",
    ru="В train есть недели проверочного периода: модель увидит будущее (заглядывание в "
    "будущее). Берите только недели до TEST_START, не перемешивайте строки.",
    en="train contains test-period weeks: the model would see the future (look-ahead). Keep only "
    "the weeks before TEST_START; do not shuffle rows.",
)
judge.check(
    len(_te) > 0 and pd.to_datetime(_te["week_start"]).min() >= _start,
    uz="test da TEST_START dan oldingi haftalar bor.",
    ru="В test есть недели до TEST_START.",
    en="test contains weeks before TEST_START.",
)
judge.check(
    len(_tr) == _n_tr and len(_te) == _n_te,
    uz="train yoki test da satrlar yetishmaydi: barcha tuman va toifalarni oling (26 hafta × 36 "
    "qator sinovda).",
    ru="В train или test не хватает строк: берите все районы и категории (в проверке 26 недель × "
    "36 рядов).",
    en="train or test is missing rows: keep every district and category (26 weeks x 36 series in "
    "test).",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (3 ball).** **Asos (baseline): "o'tgan yilning shu haftasi".** `test` ga `last_year`
# ustunini qo'shing — **o'sha tuman va toifaning** 52 hafta oldingi soni — natijani `test_naive`
# ga yozing. Keyin butun sinov davri bo'yicha o'rtacha absolyut xatoni `mae_naive` (float) ga
# yozing: prognoz bir qatorda bir haftada o'rtacha necha murojaatga adashadi.
#
# <details><summary>Maslahat</summary>
#
# 3-qadamdagidek, lekin `weekly` nusxasida sanaga `pd.Timedelta(weeks=52)` qo'shing, `count` ni
# `last_year` deb nomlang va `on=KEYS` (hafta, tuman, toifa) bo'yicha `merge` qiling. Faqat sana
# bo'yicha birlashtirsangiz, boshqa tuman va toifalarning sonlari aralashib ketadi.
# `shift(52)` bu yerda ishlamaydi: jadvalda har bir haftada 36 satr bor.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (3 балла).** **Ориентир (baseline): «та же неделя прошлого года».** Добавьте к `test`
# столбец `last_year` — число **того же района и категории** 52 недели назад — и запишите результат
# в `test_naive`. Затем запишите среднюю абсолютную ошибку по всему проверочному периоду в
# `mae_naive` (float): на сколько обращений в среднем ошибается прогноз для одного ряда за неделю.
#
# <details><summary>Подсказка</summary>
#
# Как в шаге 3, но в копии `weekly` прибавьте к дате `pd.Timedelta(weeks=52)`, назовите `count`
# как `last_year` и объединяйте `merge` по `on=KEYS` (неделя, район, категория). Если объединить
# только по дате, смешаются числа других районов и категорий. `shift(52)` здесь не работает: в
# таблице по 36 строк на неделю.
# </details>

# %% [markdown] lang="en"
# **Question 2 (3 points).** **Baseline: "the same week last year".** Add to `test` a column
# `last_year`, the count of **the same district and category** 52 weeks earlier, as `test_naive`.
# Then store the mean absolute error over the test period in `mae_naive` (float): by how many
# appeals the forecast for one series is off in a week, on average.
#
# <details><summary>Hint</summary>
#
# As in step 3, with `pd.Timedelta(weeks=52)` added to the date in a copy of `weekly`, `count`
# renamed `last_year`, and `merge` on `KEYS`. `shift(52)` does not work here: each week has 36
# rows.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
year_ago = weekly.assign(week_start=weekly["week_start"] + pd.Timedelta(weeks=52))
year_ago = year_ago[KEYS + ["count"]].rename(columns={"count": "last_year"})
test_naive = test.merge(year_ago, on=KEYS, how="left")
mae_naive = float((test_naive["last_year"] - test_naive["count"]).abs().mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("test_naive", "mae_naive")
check_type(test_naive, pd.DataFrame, name="test_naive")
check_columns(test_naive, KEYS + ["count", "last_year"], name="test_naive")
check(
    not np.isnan(float(mae_naive)),
    uz="mae_naive son emas (NaN): last_year ustuni bo'sh qolgan. Sanaga 52 hafta qo'shing "
    "(ayirmang: ayirilsa, kelgusi yilning haftasi olinadi, u esa hali yo'q) va hafta, tuman, toifa "
    "bo'yicha birlashtiring.",
    ru="mae_naive — не число (NaN): столбец last_year остался пустым. Прибавьте к дате 52 недели "
    "(не вычитайте: тогда берётся неделя следующего года, которой ещё нет) и объединяйте по неделе, "
    "району и категории.",
    en="mae_naive is not a number (NaN): last_year is empty. Add 52 weeks to the date (subtracting "
    "takes next year's week, which does not exist yet) and merge on week, district and category.",
)
check(
    float(mae_naive) >= 0,
    uz="MAE manfiy bo'lolmaydi: farqning modulini (abs) oling.",
    ru="MAE не может быть отрицательной: берите модуль разности (abs).",
    en="MAE cannot be negative: take the absolute difference (abs).",
)
### BEGIN HIDDEN TESTS
# judged on your own test rows, so a slip in question 1 is not counted twice
_keys = ["week_start", "district", "category"]
_tn = judge.table("test_naive", _keys + ["count", "last_year"])
_w = judge.ref("weekly")
_ya = _w.assign(week_start=pd.to_datetime(_w["week_start"]) + pd.Timedelta(weeks=52))
_ya = _ya[_keys + ["count"]].rename(columns={"count": "_truth"})
_mine = _tn.assign(week_start=pd.to_datetime(_tn["week_start"]))
_chk = _mine.merge(_ya, on=_keys, how="left")
judge.check(
    len(_chk) == len(_tn)
    and bool(np.allclose(_chk["last_year"].to_numpy(float), _chk["_truth"].to_numpy(float))),
    uz="last_year noto'g'ri: har bir satrga o'sha tuman va o'sha toifaning aynan 52 hafta "
    "oldingi sonini qo'ying (hafta, tuman va toifa bo'yicha birlashtiring).",
    ru="last_year неверно: в каждую строку ставьте число того же района и той же категории ровно "
    "52 недели назад (объединяйте по неделе, району и категории).",
    en="last_year is wrong: each row needs the count of the same district and category exactly 52 "
    "weeks earlier (merge on week, district and category).",
)
_exp = float((_chk["_truth"] - _chk["count"]).abs().mean())
judge.check(
    len(_tn) == len(judge.ref("test")),
    uz="test_naive da sinov davrining barcha satrlari (26 hafta × 36 qator) bo'lishi kerak.",
    ru="В test_naive должны быть все строки проверочного периода (26 недель × 36 рядов).",
    en="test_naive needs every row of the test period (26 weeks x 36 series).",
)
_signed = float((_chk["_truth"] - _chk["count"]).mean())
judge.check(
    abs(float(judge.fetch("mae_naive")) - _signed) > 1e-9 * max(1.0, abs(_signed))
    or abs(_signed - _exp) < 1e-12,
    uz="mae_naive da modul (abs) tushib qolgan: ortiq va kam prognozlar bir-birini yo'qqa chiqardi.",
    ru="В mae_naive пропущен модуль (abs): ошибки в плюс и в минус погасили друг друга.",
    en="mae_naive lacks the abs: over- and under-forecasts cancelled out.",
)
judge.expect(float(judge.fetch("mae_naive")), _exp, "mae_naive", rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchilar uchun: regressiya modeli, qatorlar bo'yicha solishtirish,
# keyingi oy prognozi va kelajakka qarash xatosi. Har bir qadam Namunada bitta tuman misolida
# ko'rsatilgan.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Следующие вопросы — для аналитиков: регрессионная модель, сравнение по рядам, прогноз на
# следующий месяц и ошибка заглядывания в будущее. Каждый шаг показан в примере на одном районе.

# %% [markdown] lang="en"
# ## Advanced part
#
# For analysts: the regression model, a per-series comparison, next month's forecast and the
# look-ahead mistake. Each step is shown in the worked example on one district.

# %% [markdown] lang="uz"
# **3-savol (3 ball).** **Yaxshiroq model.** `LinearRegression` ni `make_features(train)` va
# `train["count"]` da o'rgating (`model`). `test_naive` nusxasiga `model` ustunini — sinov davri
# prognozini — qo'shib `test_model` ga yozing, va uning o'rtacha absolyut xatosini `mae_model`
# (float) ga yozing. U `mae_naive` dan kichikmi?
#
# <details><summary>Maslahat</summary>
#
# 4-qadamdagidek, faqat Chilonzor emas, barcha tumanlar: `chil_train` o'rniga `train`, prognoz
# esa `test_naive` nusxasi (`test_naive.copy()`) uchun. Modelni `weekly` ning hammasida
# o'rgatmang: sinov davrini ko'rgan model o'zini juda yaxshi ko'rsatadi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (3 балла).** **Модель получше.** Обучите `LinearRegression` на `make_features(train)`
# и `train["count"]` (`model`). Добавьте к копии `test_naive` столбец `model` — прогноз на
# проверочный период — и запишите в `test_model`, а его среднюю абсолютную ошибку — в `mae_model`
# (float). Меньше ли она, чем `mae_naive`?
#
# <details><summary>Подсказка</summary>
#
# Как в шаге 4, только не Чиланзар, а все районы: вместо `chil_train` — `train`, прогноз — для
# копии `test_naive` (`test_naive.copy()`). Не обучайте модель на всём `weekly`: модель, видевшая
# проверочный период, выглядит слишком хорошей.
# </details>

# %% [markdown] lang="en"
# **Question 3 (3 points).** **A better model.** Fit `LinearRegression` on `make_features(train)`
# and `train["count"]` (`model`). Add a column `model`, the forecast of the test period, to a copy
# of `test_naive` as `test_model`, and store its mean absolute error in `mae_model` (float). Is it
# below `mae_naive`?
#
# <details><summary>Hint</summary>
#
# As in step 4, with all districts instead of Chilonzor: `train` instead of `chil_train`, and the
# forecast for a copy of `test_naive` (`test_naive.copy()`). Do not fit on all of `weekly`: a model
# that saw the test period looks too good.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
model = LinearRegression().fit(make_features(train), train["count"])
test_model = test_naive.copy()
test_model["model"] = model.predict(make_features(test_model))
mae_model = float((test_model["model"] - test_model["count"]).abs().mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("test_model", "mae_model")
check_type(test_model, pd.DataFrame, name="test_model")
check_columns(test_model, KEYS + ["count", "last_year", "model"], name="test_model")
check(
    float(mae_model) >= 0,
    uz="MAE manfiy bo'lolmaydi: farqning modulini (abs) oling.",
    ru="MAE не может быть отрицательной: берите модуль разности (abs).",
    en="MAE cannot be negative: take the absolute difference (abs).",
)
### BEGIN HIDDEN TESTS
_ref_mae = float(judge.ref("mae_model"))
_my_mae = float(judge.fetch("mae_model"))
judge.check(
    _my_mae > _ref_mae * 0.97,
    uz="MAE shubhali darajada kichik: model sinov davri haftalarini ko'rgan (kelajakka qarash). "
    "Modelni faqat train da o'rgating.",
    ru="MAE подозрительно мала: модель видела недели проверочного периода (заглядывание в "
    "будущее). Обучайте модель только на train.",
    en="The MAE is suspiciously small: the model saw the test weeks (look-ahead). Fit on train "
    "only.",
)
_keys = ["week_start", "district", "category"]
_tm = judge.table("test_model", _keys + ["count", "model"])
_rm = judge.ref("test_model")
_cmp = _rm[_keys + ["model"]].merge(
    _tm[_keys + ["model"]].assign(week_start=pd.to_datetime(_tm["week_start"])),
    on=_keys,
    how="left",
    suffixes=("_ref", "_mine"),
)
judge.check(
    len(_tm) == len(_rm)
    and bool(np.allclose(_cmp["model_mine"].to_numpy(float), _cmp["model_ref"].to_numpy(float),
                         atol=1e-6)),
    uz="model prognozlari noto'g'ri: LinearRegression ni make_features(train) va train['count'] "
    "da o'rgating, prognozni make_features(test_model) uchun oling.",
    ru="Прогнозы model неверны: обучите LinearRegression на make_features(train) и "
    "train['count'], прогноз берите для make_features(test_model).",
    en="The model forecasts are wrong: fit LinearRegression on make_features(train) and "
    "train['count'] and predict make_features(test_model).",
)
judge.expect(_my_mae, _ref_mae, "mae_model", rel=1e-6)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (2 ball).** **Qatorlar bo'yicha.** Har bir tuman va toifa uchun ikki prognozning MAE
# sini `by_series` jadvaliga yozing: indeks — (`district`, `category`), ustunlar — `naive`
# (`last_year` xatosi) va `model`. So'ng model asosdan **yaxshiroq** (MAE kichikroq) bo'lgan
# qatorlar ulushini `share_better` (0 dan 1 gacha float) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Avval har bir satrda ikki xatoning modulini yangi ustunlarga yozing (`assign`, `.abs()`), keyin
# ikki ustun bo'yicha `groupby` va o'rtacha. Ulush — `True`/`False` qatorining `.mean()` i
# (`.sum()` — qatorlar soni bo'lardi).
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (2 балла).** **По рядам.** Запишите в таблицу `by_series` MAE двух прогнозов для
# каждого района и категории: индекс — (`district`, `category`), столбцы — `naive` (ошибка
# `last_year`) и `model`. Затем запишите в `share_better` (float от 0 до 1) долю рядов, где модель
# **лучше** ориентира (MAE меньше).
#
# <details><summary>Подсказка</summary>
#
# Сначала в каждой строке запишите модули двух ошибок в новые столбцы (`assign`, `.abs()`), потом
# `groupby` по двум столбцам и среднее. Доля — `.mean()` ряда `True`/`False` (`.sum()` дал бы
# число рядов).
# </details>

# %% [markdown] lang="en"
# **Question 4 (2 points).** **Per series.** Store in `by_series` the MAE of both forecasts for
# each district and category: index (`district`, `category`), columns `naive` (the `last_year`
# error) and `model`. Then store in `share_better` (a float from 0 to 1) the share of series where
# the model is **better** (smaller MAE).
#
# <details><summary>Hint</summary>
#
# First write both absolute errors as new columns on each row (`assign`, `.abs()`), then `groupby`
# on the two columns and take the mean. A share is the `.mean()` of `True`/`False` values (`.sum()`
# would give a number of series).
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
errors = test_model.assign(
    naive=(test_model["last_year"] - test_model["count"]).abs(),
    model=(test_model["model"] - test_model["count"]).abs(),
)
by_series = errors.groupby(["district", "category"])[["naive", "model"]].mean()
share_better = float((by_series["model"] < by_series["naive"]).mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("by_series", "share_better")
check_type(by_series, pd.DataFrame, name="by_series")
check_columns(by_series, ["naive", "model"], name="by_series")
check(
    0 <= float(share_better) <= 1,
    uz="share_better — ulush: 0 dan 1 gacha son (qatorlar soni emas).",
    ru="share_better — доля: число от 0 до 1 (а не число рядов).",
    en="share_better is a share between 0 and 1 (not a number of series).",
)
### BEGIN HIDDEN TESTS
_bs = judge.table("by_series", ["naive", "model"])
_rbs = judge.ref("by_series")
judge.check(
    len(_bs) == len(_rbs),
    uz="by_series da har bir tuman × toifa qatori uchun bitta satr bo'lishi kerak (36 ta).",
    ru="В by_series должна быть одна строка на каждый ряд район × категория (36).",
    en="by_series needs one row per district x category series (36).",
)
judge.value("by_series", abs=1e-6)
_sb = judge.fetch("share_better")
_rsb = float(judge.ref("share_better"))
judge.check(
    not (isinstance(_sb, (int, float)) and float(_sb) > 1),
    uz="share_better 1 dan katta: bu qatorlar soni. Ulush kerak (0 dan 1 gacha): .mean(), .sum() emas.",
    ru="share_better больше 1: это число рядов. Нужна доля (от 0 до 1): .mean(), а не .sum().",
    en="share_better is above 1: that is a number of series. A share (0 to 1) is asked: .mean(), not "
    ".sum().",
)
judge.check(
    not (
        isinstance(_sb, (int, float))
        and abs(float(_sb) - (1 - _rsb)) < 1e-9
        and abs(_rsb - 0.5) > 1e-9
    ),
    uz="share_better teskari: bu asos yutgan qatorlar ulushi. Model yaxshiroq degani — model MAE si "
    "asosnikidan kichik: by_series['model'] < by_series['naive'].",
    ru="share_better наоборот: это доля рядов, где выиграл ориентир. Модель лучше, когда её MAE "
    "меньше: by_series['model'] < by_series['naive'].",
    en="share_better is turned round: that is the share where the baseline wins. The model is better "
    "when its MAE is smaller: by_series['model'] < by_series['naive'].",
)
judge.value("share_better", abs=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **5-savol (2 ball).** **Keyingi oy.** Endi modelni **barcha** 104 haftada qayta o'rgating
# (`final`): sinov tugadi, real prognozda hamma ma'lumotdan foydalaniladi. `next_month` jadvaliga
# `forecast` ustunini qo'shing. Har bir tuman va toifa uchun keyingi 4 hafta prognozining
# yig'indisini oxirgi 4 haftaning haqiqiy yig'indisi bilan solishtiring: `change` jadvali
# (indeks — (`district`, `category`), ustunlar `recent`, `forecast`, `growth = forecast / recent -
# 1`). Kamida **20 %** o'sishi kutilgan qatorlarni `rising` ga yozing (`change` ning satrlari,
# `growth` kamayishi tartibida).
#
# <details><summary>Maslahat</summary>
#
# Model 3-savoldagidek, lekin `weekly` da o'rgatiladi; prognoz — `make_features(next_month)` uchun.
# Oxirgi 4 hafta: `week_start` `weekly["week_start"].max()` dan 4 haftadan kam oldin. Ikkalasini
# ham `groupby(["district", "category"])` bilan **yig'ing** (`sum`): yig'indini o'rtacha bilan
# solishtirmang. 20 % — bu `0.2`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (2 балла).** **Следующий месяц.** Теперь переобучите модель на **всех** 104 неделях
# (`final`): проверка закончена, в настоящем прогнозе используют все данные. Добавьте в
# `next_month` столбец `forecast`. Для каждого района и категории сравните сумму прогноза на
# следующие 4 недели с фактической суммой за последние 4 недели: таблица `change` (индекс —
# (`district`, `category`), столбцы `recent`, `forecast`, `growth = forecast / recent - 1`).
# Запишите в `rising` ряды, где ожидается рост не меньше **20 %** (строки `change` в порядке
# убывания `growth`).
#
# <details><summary>Подсказка</summary>
#
# Модель как в вопросе 3, но обучается на `weekly`; прогноз — для `make_features(next_month)`.
# Последние 4 недели: `week_start` меньше чем на 4 недели раньше `weekly["week_start"].max()`. Обе
# части **суммируйте** через `groupby(["district", "category"])` (`sum`): не сравнивайте сумму со
# средним. 20 % — это `0.2`.
# </details>

# %% [markdown] lang="en"
# **Question 5 (2 points).** **Next month.** Refit the model on **all** 104 weeks (`final`): the
# test is over, a real forecast uses all the data. Add a `forecast` column to `next_month`. Per
# district and category compare the 4-week forecast total with the actual total of the last 4
# weeks: a table `change` (index (`district`, `category`), columns `recent`, `forecast`,
# `growth = forecast / recent - 1`). Store in `rising` the series expected to grow by at least
# **20 %** (rows of `change`, by decreasing `growth`).
#
# <details><summary>Hint</summary>
#
# The model as in question 3, but fitted on `weekly`; the forecast for `make_features(next_month)`.
# The last 4 weeks: `week_start` less than 4 weeks before `weekly["week_start"].max()`. **Sum** both
# with `groupby(["district", "category"])`: do not compare a sum with a mean. 20 % is `0.2`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
final = LinearRegression().fit(make_features(weekly), weekly["count"])
next_month["forecast"] = final.predict(make_features(next_month))
recent = weekly[weekly["week_start"] > weekly["week_start"].max() - pd.Timedelta(weeks=4)]
change = pd.DataFrame(
    {
        "recent": recent.groupby(["district", "category"])["count"].sum(),
        "forecast": next_month.groupby(["district", "category"])["forecast"].sum(),
    }
)
change["growth"] = change["forecast"] / change["recent"] - 1
rising = change[change["growth"] >= 0.2].sort_values("growth", ascending=False)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("change", "rising")
check_type(change, pd.DataFrame, name="change")
check_type(rising, pd.DataFrame, name="rising")
check_columns(change, ["recent", "forecast", "growth"], name="change")
### BEGIN HIDDEN TESTS
_ch = judge.table("change", ["recent", "forecast", "growth"])
judge.check(
    len(_ch) == len(judge.ref("change")),
    uz="change da har bir tuman × toifa uchun bitta satr bo'lishi kerak (36 ta).",
    ru="В change должна быть одна строка на каждый ряд район × категория (36).",
    en="change needs one row per district x category series (36).",
)
_rch = judge.ref("change")
_r5 = pd.to_numeric(_ch["recent"], errors="coerce").reindex(_rch.index)
judge.check(
    not bool(np.allclose(_r5.to_numpy(float), _rch["recent"].to_numpy(float) / 4, rtol=1e-6)),
    uz="recent — oxirgi 4 haftaning o'rtachasi chiqdi; u forecast kabi 4 haftaning yig'indisi "
    "bo'lsin (sum), aks holda hamma narsa 4 baravar \"o'sadi\".",
    ru="recent получился средним за 4 недели; он должен быть суммой за 4 недели (sum), как "
    "forecast, иначе всё «растёт» вчетверо.",
    en="recent came out as the 4-week mean; make it the 4-week sum like forecast, or everything "
    "\"grows\" fourfold.",
)
_g5 = pd.to_numeric(_ch["growth"], errors="coerce").reindex(_rch.index)
judge.check(
    not bool(np.allclose(_g5.to_numpy(float), _rch["growth"].to_numpy(float) * 100, rtol=1e-6)),
    uz="growth foizda chiqdi (100 ga ko'paytirilgan): u ulush bo'lsin, 0.2 = 20 %, shart esa "
    "growth >= 0.2.",
    ru="growth получился в процентах (умножен на 100): нужна доля, 0.2 = 20 %, и условие growth >= "
    "0.2.",
    en="growth came out in percent (times 100): keep it a share, 0.2 = 20 %, with growth >= 0.2.",
)
judge.value("change", rel=1e-6)
_ri = judge.table("rising", ["growth"])
_rri = judge.ref("rising")
judge.check(
    list(_ri.index) == list(_rri.index),
    uz="rising noto'g'ri: growth >= 0.2 bo'lgan qatorlarni growth kamayishi tartibida oling.",
    ru="rising неверно: возьмите ряды с growth >= 0.2 в порядке убывания growth.",
    en="rising is wrong: keep the series with growth >= 0.2, by decreasing growth.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **6-savol (2 ball).** **Kelajakka qarash.** Hamkasbingiz modelni **butun** `weekly` da o'rgatib,
# xatoni sinov davrida o'lchadi. Xuddi shunday qiling va MAE ni `mae_cheat` (float) ga yozing:
# u `mae_model` dan kichik chiqadi, lekin bu prognoz yaxshiroq degani emas.
#
# So'ng quyidagi usullardan **kelajakdan ma'lumot oladiganlarini** harflari to'plami qilib `leaky`
# ga yozing (masalan `{"A", "B"}`):
#
# - **A.** Model sinov davrigacha bo'lgan haftalarda o'rgatilgan, sinov davrida baholangan.
# - **B.** Satrlar tasodifiy aralashtirilgan, 75 % i o'rgatish uchun (`weekly.sample(frac=0.75)`),
#   qolgani sinov uchun.
# - **C.** Prognoz — shu hafta atrofidagi 5 haftaning o'rtachasi (`rolling(5, center=True)`).
# - **D.** Sonlar ikki yilning **umumiy** o'rtachasiga bo'lingan, keyin model o'rgatilgan.
# - **E.** Keyingi oyning profilaktika haftaliklari (kalendardan) belgi sifatida ishlatilgan.
# - **F.** "O'tgan yilning shu haftasi".
#
# <details><summary>Maslahat</summary>
#
# `LinearRegression().fit(make_features(weekly), weekly["count"])`, prognozni
# `make_features(test)` uchun oling. Har bir usul uchun so'rang: prognoz tuzilayotgan kuni (hafta
# boshlanishidan oldin) bu ma'lumot **bormidi**? Oldindan e'lon qilingan tadbirlar — bor edi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 6 (2 балла).** **Заглядывание в будущее.** Коллега обучил модель на **всём** `weekly` и
# измерил ошибку на проверочном периоде. Сделайте так же и запишите MAE в `mae_cheat` (float): она
# выйдет меньше `mae_model`, но это не значит, что прогноз лучше.
#
# Затем запишите в `leaky` множество букв тех способов, которые **берут информацию из будущего**
# (например `{"A", "B"}`):
#
# - **A.** Модель обучена на неделях до проверочного периода и оценена на нём.
# - **B.** Строки случайно перемешаны, 75 % — для обучения (`weekly.sample(frac=0.75)`), остальное
#   — для проверки.
# - **C.** Прогноз — среднее 5 недель вокруг данной недели (`rolling(5, center=True)`).
# - **D.** Числа поделены на **общее** среднее за два года, затем обучена модель.
# - **E.** Недели профилактики следующего месяца (из календаря) использованы как признак.
# - **F.** «Та же неделя прошлого года».
#
# <details><summary>Подсказка</summary>
#
# `LinearRegression().fit(make_features(weekly), weekly["count"])`, прогноз — для
# `make_features(test)`. Для каждого способа спросите: **было ли** это известно в день прогноза (до
# начала недели)? Заранее объявленные мероприятия — были.
# </details>

# %% [markdown] lang="en"
# **Question 6 (2 points).** **Looking ahead.** A colleague fitted the model on **all** of `weekly`
# and measured the error on the test period. Do the same and store the MAE in `mae_cheat` (float):
# it comes out below `mae_model`, which does not make the forecast better.
#
# Then store in `leaky` the set of letters of the methods that **use information from the
# future** (e.g. `{"A", "B"}`):
#
# - **A.** The model learnt on the weeks before the test period and was judged on it.
# - **B.** Rows shuffled at random, 75 % for training (`weekly.sample(frac=0.75)`), the rest for
#   testing.
# - **C.** The forecast is the mean of the 5 weeks around the week (`rolling(5, center=True)`).
# - **D.** Counts divided by the mean of the **whole** two years, then a model fitted.
# - **E.** Next month's prevention weeks (from the calendar) used as a feature.
# - **F.** "The same week last year".
#
# <details><summary>Hint</summary>
#
# Fit on `make_features(weekly)`, predict `make_features(test)`. For each method ask: was this
# known on the day of the forecast, before the week began? Announced campaigns were.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q6_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
cheat = LinearRegression().fit(make_features(weekly), weekly["count"])
mae_cheat = float((cheat.predict(make_features(test)) - test["count"]).abs().mean())
leaky = {"B", "C", "D"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q6_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("mae_cheat", "leaky")
check_type(leaky, set, name="leaky")
check(
    set(leaky) <= {"A", "B", "C", "D", "E", "F"},
    uz="leaky da faqat A–F harflari bo'lsin.",
    ru="В leaky должны быть только буквы A–F.",
    en="leaky may only hold the letters A-F.",
)
### BEGIN HIDDEN TESTS
judge.value("mae_cheat", rel=1e-6)
_lk = set(judge.fetch("leaky", set))
judge.check(
    not (_lk & {"A", "E", "F"}),
    uz="leaky da halol usul bor: o'tgan haftalar va oldindan e'lon qilingan kalendar prognoz "
    "kunida ma'lum edi.",
    ru="В leaky есть честный способ: прошлые недели и заранее объявленный календарь были известны "
    "в день прогноза.",
    en="leaky holds an honest method: past weeks and a calendar announced in advance were known on "
    "the day of the forecast.",
)
judge.check(
    _lk == {"B", "C", "D"},
    uz="leaky da kelajakdan ma'lumot oladigan usul tushib qolgan: har bir usul uchun so'rang — "
    "hafta boshlanishidan oldin bu raqamlar bormidi?",
    ru="В leaky пропущен способ, который берёт информацию из будущего: для каждого спросите — были "
    "ли эти числа до начала недели?",
    en="leaky misses a method that takes information from the future: for each, ask whether those "
    "numbers existed before the week began.",
)
### END HIDDEN TESTS
