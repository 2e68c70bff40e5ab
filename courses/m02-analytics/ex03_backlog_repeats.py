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
# ## Namuna (yechilgan misol)
#
# Savollardagi ko'nikmalarni **boshqa holatlarda** ko'rsatamiz. Avval ishga tushiring va natijani
# o'qing.
#
# **1-qadam. Bitta paytdagi qoldiq.** 2026-yil 15-aprel, soat 09:00 da nechta murojaat ochiq
# turgan edi? Ochiq murojaat — shu paytgacha kelgan **va** shu paytgacha yopilmagan. `~` —
# "emas": `~closed_before` — "shu paytgacha yopilmagan". Bo'sh sana (`NaT`) bilan solishtirish
# `False` beradi, shuning uchun hali yopilmaganlar ham ochiq deb sanaladi.

# %% [markdown] lang="ru"
# ## Пример с решением
#
# Показываем навыки вопросов **на других случаях**. Сначала выполните и прочитайте результат.
#
# **Шаг 1. Остаток в один момент.** Сколько обращений было открыто 15 апреля 2026 года в 09:00?
# Открытое обращение — поступило до этого момента **и** не закрыто до него. `~` — «не»:
# `~closed_before` — «не закрыто до этого момента». Сравнение с пустой датой (`NaT`) даёт `False`,
# поэтому ещё не закрытые тоже считаются открытыми.

# %% [markdown] lang="en"
# ## Worked example
#
# The skills of the questions, shown **on other cases**. Run it and read the result first.
#
# **Step 1. The backlog at one moment.** How many appeals were open on 15 April 2026 at 09:00? An
# open appeal was received before that moment **and** not closed before it. `~` means "not":
# `~closed_before` is "not closed before the moment". Comparing with an empty date (`NaT`) gives
# `False`, so appeals never closed count as open.

# %%
T = pd.Timestamp("2026-04-15 09:00", tz=TZ)
received_before = appeals["received_at"] < T
closed_before = appeals["closed_at"] < T
open_at_T = int((received_before & ~closed_before).sum())
open_at_T

# %% [markdown] lang="uz"
# **2-qadam. Har bir payt uchun takrorlash.** `{t: ... for t in WEEK_ENDS}` — har bir `t` uchun
# bitta qiymat hisoblaydigan lug'at (dict); `pd.Series(...)` uni `t` lar indeksli qatorga
# aylantiradi. Misol: har bir hafta ichida **kelgan** murojaatlar soni — bu **oqim** (flow).
# 1-savolda boshqa narsa — **zaxira** (stock, qoldiq) so'raladi.

# %% [markdown] lang="ru"
# **Шаг 2. Повтор для каждого момента.** `{t: ... for t in WEEK_ENDS}` — словарь (dict) с одним
# значением на каждый `t`; `pd.Series(...)` превращает его в ряд с индексом `t`. Пример: сколько
# обращений **поступило** за каждую неделю — это **поток** (flow). В вопросе 1 спрашивается другое —
# **запас** (stock, остаток).

# %% [markdown] lang="en"
# **Step 2. Repeating for every moment.** `{t: ... for t in WEEK_ENDS}` builds a dict with one value
# per `t`; `pd.Series(...)` turns it into a series indexed by `t`. Example: appeals **received**
# during each week, a **flow**. Question 1 asks for something else: a **stock** (the backlog).

# %%
WEEK = pd.Timedelta(days=7)
arrivals = pd.Series(
    {
        t: int(((appeals["received_at"] >= t - WEEK) & (appeals["received_at"] < t)).sum())
        for t in WEEK_ENDS
    }
)
arrivals.head()

# %% [markdown] lang="uz"
# **3-qadam. Guruhlar bo'yicha ulush.** `True`/`False` qatorini boshqa ustun bo'yicha guruhlab
# `.mean()` olsak — har bir guruhdagi `True` lar ulushi. Misol: kanallar bo'yicha anonim
# murojaatlar ulushi; `.idxmax()` — eng yuqori ulushli kanal.

# %% [markdown] lang="ru"
# **Шаг 3. Доля по группам.** Если ряд `True`/`False` сгруппировать по другому столбцу и взять
# `.mean()` — получится доля `True` в каждой группе. Пример: доля анонимных обращений по каналам;
# `.idxmax()` — канал с наибольшей долей.

# %% [markdown] lang="en"
# **Step 3. A share per group.** Grouping a `True`/`False` series by another column and taking
# `.mean()` gives the share of `True` in each group. Example: the share of anonymous appeals per
# channel; `.idxmax()` names the channel with the largest share.

# %%
anonymous_share = appeals["anonymous"].groupby(appeals["channel"]).mean()
print(anonymous_share.round(3))
print(anonymous_share.idxmax())

# %% [markdown] lang="uz"
# **4-qadam. Ikki jadvalni bog'lash va tartiblash.** `appeals.merge(citizens[[...]],
# on="citizen_id")` har bir murojaatga fuqaroning ma'lumotini qo'shadi (fuqarosi yo'q anonim
# murojaatlar tushib qoladi). So'ng sanaymiz va ikki ustun bo'yicha tartiblaymiz: soni bo'yicha
# kamayish, teng bo'lsa — nomi bo'yicha alifbo. Misol: murojaatchilar qaysi yozuvda yozadi.

# %% [markdown] lang="ru"
# **Шаг 4. Соединение двух таблиц и упорядочивание.** `appeals.merge(citizens[[...]],
# on="citizen_id")` добавляет к каждому обращению данные гражданина (анонимные обращения без
# гражданина выпадают). Затем считаем и упорядочиваем по двум столбцам: по убыванию числа, при
# равенстве — по алфавиту. Пример: какой письменностью пишут заявители.

# %% [markdown] lang="en"
# **Step 4. Joining two tables, and sorting.** `appeals.merge(citizens[[...]], on="citizen_id")`
# adds the citizen's data to each appeal (anonymous appeals have no citizen and drop out). Then
# count, and sort by two columns: count descending, ties alphabetically. Example: which script the
# applicants write in.

# %%
with_script = appeals.merge(citizens[["citizen_id", "script"]], on="citizen_id")
script_counts = with_script["script"].value_counts().rename("count").reset_index()
script_counts.sort_values(["count", "script"], ascending=[False, True])

# %%
T0 = WEEK_ENDS[6]
T0

# %% [markdown] lang="uz"
# ## Asosiy qism
#
# **0-savol (boshlang'ich, 1 ball).** `T0` paytida (yuqoridagi katak uni ko'rsatadi) nechta murojaat
# **ochiq** turgan edi: `T0` gacha kelgan va `T0` gacha yopilmagan? Butun sonni `open_at_t0` ga
# yozing.
#
# <details><summary>Maslahat</summary>
#
# 1-qadamdagi uch qatorni takrorlang, faqat `T` o'rniga `T0`. `~` ni unutmang: bizga yopilganlar
# emas, yopilmaganlar kerak.
# </details>

# %% [markdown] lang="ru"
# ## Основная часть
#
# **Вопрос 0 (вводный, 1 балл).** Сколько обращений было **открыто** в момент `T0` (его показывает
# ячейка выше): поступили до `T0` и не закрыты до `T0`? Запишите целое число в `open_at_t0`.
#
# <details><summary>Подсказка</summary>
#
# Повторите три строки шага 1, только вместо `T` — `T0`. Не забудьте `~`: нужны не закрытые, а
# незакрытые.
# </details>

# %% [markdown] lang="en"
# ## Main part
#
# **Question 0 (warm-up, 1 point).** How many appeals were **open** at `T0` (shown by the cell above):
# received before `T0` and not closed before `T0`? Store the whole number in `open_at_t0`.
#
# <details><summary>Hint</summary>
#
# Repeat the three lines of step 1 with `T0` instead of `T`. Keep the `~`: you need the appeals not
# closed, not the closed ones.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
open_at_t0 = int(((appeals["received_at"] < T0) & ~(appeals["closed_at"] < T0)).sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("open_at_t0")
check(
    float(open_at_t0) >= 0 and float(open_at_t0) == int(open_at_t0),
    uz="open_at_t0 — murojaatlar soni: manfiy bo'lmagan butun son.",
    ru="open_at_t0 — число обращений: целое неотрицательное число.",
    en="open_at_t0 is a number of appeals: a whole number, not negative.",
)
### BEGIN HIDDEN TESTS
judge.check(
    judge.fetch("open_at_t0") == judge.ref("open_at_t0"),
    uz="Soni noto'g'ri: T0 gacha kelgan va T0 gacha hali yopilmagan murojaatlarni sanang (hafta ichida kelganlarni emas).",
    ru="Число неверно: считайте обращения, поступившие до T0 и ещё не закрытые к T0 (а не поступившие за неделю).",
    en="Wrong count: count appeals received before T0 and not yet closed at T0 (not those received that week).",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar Mashq qilish daftaridan bir qadam nariga o'tadi: har bir hafta uchun
# takrorlash, guruhlar bo'yicha ulush va ikki jadvalni bog'lash. Har bir qadam Namunada
# ko'rsatilgan. 2- va 3-savollar 1-savolga bog'liq emas.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Следующие вопросы идут на шаг дальше тетради практики: повтор для каждой недели, доля по группам
# и соединение двух таблиц. Каждый шаг показан в примере. Вопросы 2 и 3 не зависят от вопроса 1.

# %% [markdown] lang="en"
# ## Advanced part
#
# The questions below go a step beyond the practice notebook: repeating for every week, a share
# per group, and joining two tables. Each step is shown in the worked example. Questions 2 and 3 do
# not depend on question 1.

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
