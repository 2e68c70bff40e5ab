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
# # 3-mashq. Qoldiq, takroriy murojaatlar va "qaynoq nuqtalar"
#
# - **Qoldiq (backlog)** — ma'lum bir paytda hali yopilmagan murojaatlar soni. Bu **zaxira**
#   (stock): haftada kelgan murojaatlar soni (oqim, flow) bilan adashtirmang.
# - **Takroriy murojaat** — o'sha fuqaroning avvalgi murojaatiga qaror yuzasidan yana murojaati
#   (`repeat_of` — avvalgi murojaat raqami). Takroriy murojaatlar ko'p bo'lgan joyda javoblar
#   sifati past bo'lishi mumkin.
# - **Qaynoq nuqta** — muayyan toifadagi murojaatlar ko'p keladigan joy (bu yerda — mahalla).

# %% [markdown] lang="ru"
# # Упражнение 3. Остаток, повторные обращения и «горячие точки»
#
# - **Остаток (backlog)** — число не закрытых на данный момент обращений. Это **запас** (stock):
#   не путайте с числом поступивших за неделю (поток, flow).
# - **Повторное обращение** — обращение того же гражданина по поводу решения по его прежнему
#   обращению (`repeat_of` — номер прежнего обращения). Много повторных — возможный признак плохих
#   ответов.
# - **Горячая точка** — место, откуда приходит много обращений определённой категории (здесь — махалля).

# %% [markdown] lang="en"
# # Exercise 3. Backlog, repeat appeals and hot spots
#
# Backlog is a stock (open appeals at a moment), not a flow; repeat appeals point to an earlier
# appeal through `repeat_of`; hot spots are the mahallas with the most prevention appeals.

# %% tags=["setup"]
LANG = "uz"
import numpy as np
import pandas as pd

from malaka.grading.checks import (
    check,
    check_defined,
    check_equal,
    check_type,
)

TZ = "Asia/Tashkent"
appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
for _col in ("received_at", "closed_at"):
    appeals[_col] = pd.to_datetime(appeals[_col], utc=True).dt.tz_convert(TZ)
citizens = pd.read_csv("data/tuman-appeals/citizens.csv")
PREVENTION_CATEGORIES = ["domestic", "public_order", "property_dispute"]
_first = appeals["received_at"].min().normalize()
_last = appeals["received_at"].max().normalize()
# Har bir haftaning oxiri (yakshanbadan keyingi yarim tun) / конец каждой недели (полночь после воскресенья)
WEEK_ENDS = pd.date_range(_first, _last, freq="W-SUN") + pd.Timedelta(days=1)
WEEK_ENDS[:3]

# %% [markdown] lang="uz"
# **1-savol (3 ball).** Har bir `WEEK_ENDS` paytidagi **qoldiqni** hisoblang: shu paytgacha
# qabul qilingan (`received_at < t`) va shu paytda hali yopilmagan (`closed_at` bo'sh yoki
# `closed_at >= t`) murojaatlar soni. Natija — `backlog` (`pandas.Series`, indeks — `WEEK_ENDS`,
# qiymatlar — butun sonlar).
#
# <details><summary>Maslahat</summary>
#
# Har bir `t` uchun niqob: `(appeals.received_at < t) & ~(appeals.closed_at < t)`. `NaT < t`
# `False` beradi, demak `~` yopilmaganlarni ham oladi. `pd.Series({t: ... for t in WEEK_ENDS})`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (3 балла).** Посчитайте **остаток** на каждый момент `WEEK_ENDS`: число обращений,
# поступивших до этого момента (`received_at < t`) и ещё не закрытых в этот момент (`closed_at`
# пусто или `closed_at >= t`). Результат — `backlog` (`pandas.Series`, индекс — `WEEK_ENDS`,
# значения — целые числа).
#
# <details><summary>Подсказка</summary>
#
# Для каждого `t` маска `(appeals.received_at < t) & ~(appeals.closed_at < t)`. `NaT < t` даёт
# `False`, поэтому `~` захватывает и незакрытые. `pd.Series({t: ... for t in WEEK_ENDS})`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (3 points).** Compute the **backlog** at each moment of `WEEK_ENDS`: appeals
# received before `t` and not closed before `t`. Store it as `backlog` (a `Series` indexed by
# `WEEK_ENDS`).
#
# <details><summary>Hint</summary>
#
# Mask `(appeals.received_at < t) & ~(appeals.closed_at < t)`; `NaT < t` is `False`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
backlog = pd.Series(
    {
        t: int(((appeals["received_at"] < t) & ~(appeals["closed_at"] < t)).sum())
        for t in WEEK_ENDS
    }
)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("backlog")
check_type(backlog, pd.Series, name="backlog")
check_equal(len(backlog), len(WEEK_ENDS), name="len(backlog)")
### BEGIN HIDDEN TESTS
_ref_b = [int(v) for v in judge.ref("backlog").to_numpy()]
judge.check(
    [int(v) for v in judge.fetch("backlog").to_numpy()] == _ref_b,
    uz="Qoldiq qiymatlari noto'g'ri: bu hafta kelganlar emas, shu paytda ochiq turganlar soni kerak.",
    ru="Значения остатка неверны: нужно число открытых на момент обращений, а не поступивших за неделю.",
    en="Backlog values are wrong: count appeals open at the moment, not those received that week.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** Takroriy murojaatlar (`repeat_of` bo'sh emas) ulushini toifalar bo'yicha
# hisoblang: `repeat_share_by_category` (`pandas.Series`, indeks — `category`, qiymat — shu
# toifadagi murojaatlarning qancha qismi takroriy). Eng yuqori ulushli toifani `most_repeated`
# (str) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `appeals["repeat_of"].notna()` — takroriylik belgisi; uni `category` bo'yicha guruhlab
# `mean()` oling.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** Посчитайте долю повторных обращений (`repeat_of` не пусто) по
# категориям: `repeat_share_by_category` (`pandas.Series`, индекс — `category`, значение — какая
# часть обращений категории повторная). Категорию с наибольшей долей запишите в `most_repeated` (str).
#
# <details><summary>Подсказка</summary>
#
# `appeals["repeat_of"].notna()` — признак повторного; сгруппируйте по `category` и возьмите `mean()`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** Share of repeat appeals (`repeat_of` not empty) per category:
# `repeat_share_by_category`; the category with the highest share: `most_repeated`.
#
# <details><summary>Hint</summary>
#
# Group `appeals["repeat_of"].notna()` by `category` and take the mean.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
repeat_share_by_category = appeals["repeat_of"].notna().groupby(appeals["category"]).mean()
most_repeated = str(repeat_share_by_category.idxmax())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("repeat_share_by_category", "most_repeated")
check_type(repeat_share_by_category, pd.Series, name="repeat_share_by_category")
check(
    bool(((repeat_share_by_category >= 0) & (repeat_share_by_category <= 1)).all()),
    uz="Ulushlar 0 va 1 orasida bo'lishi kerak.",
    ru="Доли должны быть между 0 и 1.",
    en="Shares lie between 0 and 1.",
)
### BEGIN HIDDEN TESTS
_shares = judge.fetch("repeat_share_by_category")
_rs = judge.ref("repeat_share_by_category")
for _c in _rs.index:
    judge.expect(
        float(_shares[_c]), float(_rs[_c]), f"repeat_share_by_category[{_c!r}]", abs=1e-9
    )
_mr = judge.fetch("most_repeated")
judge.check(
    isinstance(_mr, str) and _mr in _rs.index and bool(np.isclose(_rs[_mr], _rs.max())),
    uz="most_repeated takroriy ulushi eng yuqori toifa emas.",
    ru="most_repeated — не категория с наибольшей долей повторных.",
    en="most_repeated is not the category with the highest repeat share.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Profilaktika inspektori qaysi mahallalarga ko'proq borishi kerak?
# `PREVENTION_CATEGORIES` toifalaridagi murojaatlarni oling, fuqaroning mahallasini `citizens`
# jadvalidan (`citizen_id` bo'yicha) qo'shing va murojaatlar soni **eng ko'p 5 ta mahalla**
# nomini `hot_mahallas` (list) ga yozing: soni bo'yicha kamayish tartibida, teng bo'lsa —
# alifbo tartibida. Anonim murojaatlarda fuqaro yo'q — ular hisobga kirmaydi.
#
# <details><summary>Maslahat</summary>
#
# `appeals.merge(citizens[["citizen_id", "mahalla"]], on="citizen_id")`, keyin
# `value_counts()`; tartib uchun `reset_index()` va `sort_values(["count", "mahalla"],
# ascending=[False, True])`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** В какие махалли инспектору профилактики нужно ходить чаще? Возьмите
# обращения категорий `PREVENTION_CATEGORIES`, добавьте махаллю гражданина из таблицы `citizens`
# (по `citizen_id`) и запишите в `hot_mahallas` (list) названия **5 махаллей с наибольшим числом
# обращений**: по убыванию числа, при равенстве — по алфавиту. У анонимных обращений гражданина
# нет — они не учитываются.
#
# <details><summary>Подсказка</summary>
#
# `appeals.merge(citizens[["citizen_id", "mahalla"]], on="citizen_id")`, затем `value_counts()`;
# для порядка `reset_index()` и `sort_values(["count", "mahalla"], ascending=[False, True])`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Take the appeals in `PREVENTION_CATEGORIES`, add the citizen's
# mahalla from `citizens` (by `citizen_id`) and store the **5 mahallas with the most appeals** in
# `hot_mahallas` (list): by count descending, ties alphabetically. Anonymous appeals have no
# citizen and drop out.
#
# <details><summary>Hint</summary>
#
# `merge(citizens[["citizen_id", "mahalla"]], on="citizen_id")`, `value_counts()`, then
# `sort_values(["count", "mahalla"], ascending=[False, True])`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_prev = appeals[appeals["category"].isin(PREVENTION_CATEGORIES)]
_joined = _prev.merge(citizens[["citizen_id", "mahalla"]], on="citizen_id")
_counts = _joined["mahalla"].value_counts().rename("count").reset_index()
_counts = _counts.sort_values(["count", "mahalla"], ascending=[False, True])
hot_mahallas = _counts["mahalla"].head(5).tolist()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("hot_mahallas")
check_type(hot_mahallas, list, name="hot_mahallas")
check_equal(len(hot_mahallas), 5, name="len(hot_mahallas)")
### BEGIN HIDDEN TESTS
_hot = judge.fetch("hot_mahallas")
_ref_hot = judge.ref("hot_mahallas")
judge.check(
    [str(x) for x in _hot] == [str(x) for x in _ref_hot],
    uz="Mahallalar ro'yxati noto'g'ri: faqat ko'rsatilgan toifalarni oling, fuqaro mahallasini qo'shing va tartibni tekshiring.",
    ru="Список махаллей неверен: берите только указанные категории, махаллю гражданина и проверьте порядок.",
    en="Wrong list: use only the given categories, the citizen's mahalla, and check the order.",
)
### END HIDDEN TESTS
