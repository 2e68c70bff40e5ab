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
# # 1-mashq. Yuzni tanish signallari: bir hafta, chegara va xatolar
#
# Toshkent shahridagi kameralar tarmog'i bir hafta ishladi (ma'lumotlar **sintetik**). Savollar:
# kuniga nechta signal keladi, ulardan qanchasi haqiqatan qidiruvdagi shaxs, nechta begunoh odam
# to'xtatildi, kunduz va tunda xato bir xilmi, va **moslik balli chegarasini** qanday tanlash kerak.
#
# Jadvallar: `cameras` (kameralar, kunduzgi va tungi yuzlar soni), `alerts` (signallar),
# `trials` — haqiqati ma'lum sinov: ko'ngillilar kameralar oldidan o'tgan, `on_list` — ko'ngilli
# sinov ro'yxatida bormi (`True`) yoki yo'qmi (`False`), `score` — tizim bergan eng yuqori ball.

# %% [markdown] lang="ru"
# # Упражнение 1. Сигналы распознавания лиц: неделя, порог и ошибки
#
# Сеть камер в городе Ташкенте проработала неделю (данные **синтетические**). Вопросы: сколько
# сигналов в день, сколько из них действительно разыскиваемые, скольких невиновных остановили,
# одинаковы ли ошибки днём и ночью, и как выбрать **порог балла сходства**.
#
# Таблицы: `cameras` (камеры, число лиц днём и ночью), `alerts` (сигналы), `trials` — испытание с
# известной истиной: добровольцы проходили мимо камер, `on_list` — есть ли доброволец в тестовом
# списке (`True`) или нет (`False`), `score` — наибольший балл, который дала система.

# %% [markdown] lang="en"
# # Exercise 1. Face-match alerts: one week, a threshold and the errors
#
# A camera network in Tashkent city ran for a week (the data are **synthetic**). How many alerts a
# day, how many were the wanted person, how many innocent people were stopped, are errors the same
# by day and at night, and how to choose the **match-score threshold**.
#
# Tables: `cameras` (faces per day in daylight and at night), `alerts`, and `trials`, a pilot test
# with known truth: volunteers walked past the cameras, `on_list` says whether the volunteer was on
# the test watch-list, `score` is the best score the system gave.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd

from malaka.grading.checks import (
    check,
    check_columns,
    check_defined,
    check_type,
)

cameras = pd.read_csv("data/face-alerts/cameras.csv")
alerts = pd.read_csv("data/face-alerts/alerts.csv")
trials = pd.read_csv("data/face-alerts/trials.csv")
DAYS = 7  # alerts jadvali bir haftalik / таблица alerts за неделю
CAPACITY = 15  # operatorlar kuniga ko'rib chiqa oladigan signallar / сигналов в день по силам операторам
THRESHOLDS = [0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90]
alerts.head()

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): tungi signallar
#
# Saralash va sanash: `alerts["lighting"] == "night"` har bir signal uchun `True`/`False`;
# `.sum()` — nechta, `.mean()` — qancha ulush. Kuniga o'rtacha: haftalik sonni `DAYS` ga bo'lamiz.

# %% [markdown] lang="ru"
# ## Пример с решением: ночные сигналы
#
# Отбор и подсчёт: `alerts["lighting"] == "night"` даёт `True`/`False` для каждого сигнала;
# `.sum()` — сколько, `.mean()` — какая доля. В среднем за день: делим недельное число на `DAYS`.

# %% [markdown] lang="en"
# ## Worked example: alerts at night
#
# `alerts["lighting"] == "night"` is `True`/`False` per alert; `.sum()` counts, `.mean()` gives the
# share. Per day on average: divide the week's count by `DAYS`.

# %%
night = alerts["lighting"] == "night"
print(night.sum(), "tungi signal / ночных сигналов;", round(night.mean(), 3), "ulush / доля")
print(night.sum() / DAYS, "kuniga / в день")

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** Kuniga o'rtacha nechta signal kelgan? `alerts_per_day`
# ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Barcha signallar soni — `len(alerts)`; uni kunlar soni `DAYS` ga bo'ling.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** Сколько сигналов в среднем приходило за день? Запишите в
# `alerts_per_day`.
#
# <details><summary>Подсказка</summary>
#
# Число всех сигналов — `len(alerts)`; разделите его на число дней `DAYS`.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** How many alerts came per day on average? Store it in
# `alerts_per_day`.
#
# <details><summary>Hint</summary>
#
# `len(alerts) / DAYS`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
alerts_per_day = len(alerts) / DAYS
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("alerts_per_day")
check_type(alerts_per_day, (int, float), name="alerts_per_day")
### BEGIN HIDDEN TESTS
_got0 = judge.fetch("alerts_per_day")
judge.check(
    not (isinstance(_got0, (int, float)) and abs(_got0 - len(judge.ref("alerts"))) < 1e-9),
    uz="Bu — butun haftadagi signallar soni. Kuniga o'rtacha kerak: DAYS ga bo'ling.",
    ru="Это число сигналов за всю неделю. Нужно в среднем за день: разделите на DAYS.",
    en="That is the whole week's count. Per day is asked: divide by DAYS.",
)
judge.check(
    not (isinstance(_got0, (int, float)) and abs(_got0 - len(judge.ref("alerts")) / 24) < 1e-9),
    uz="Siz 24 ga (soatlarga) bo'ldingiz. Jadval bir haftalik: kunlar soni DAYS = 7 ga bo'ling.",
    ru="Вы разделили на 24 (часы). Таблица за неделю: делите на число дней DAYS = 7.",
    en="You divided by 24 (hours). The table covers a week: divide by the days, DAYS = 7.",
)
judge.value("alerts_per_day", rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **1-savol (2 ball).** **Barcha** signallarning qancha ulushida joyida qidiruvdagi shaxsning o'zi
# topildi (`field_check == "same_person"`)? `share_same_person` ga yozing. Bu raqamni "99 % aniq"
# bilan solishtiring.
#
# <details><summary>Maslahat</summary>
#
# Namunadagidek `.mean()`, lekin `alerts["field_check"] == "same_person"` bo'yicha va butun
# `alerts` jadvalida (faqat tasdiqlanganlarda emas).
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** В какой доле **всех** сигналов на месте нашли именно разыскиваемого
# (`field_check == "same_person"`)? Запишите в `share_same_person`. Сравните с «точностью 99 %».
#
# <details><summary>Подсказка</summary>
#
# `.mean()`, как в примере, но по `alerts["field_check"] == "same_person"` и по всей таблице
# `alerts` (не только по подтверждённым).
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** In what share of **all** alerts was the wanted person found on the
# spot (`field_check == "same_person"`)? Store it in `share_same_person`.
#
# <details><summary>Hint</summary>
#
# `(alerts["field_check"] == "same_person").mean()`, over all alerts.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
share_same_person = (alerts["field_check"] == "same_person").mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("share_same_person")
check(
    isinstance(share_same_person, (int, float)) and 0 <= share_same_person <= 1,
    uz="share_same_person — ulush, 0 va 1 orasida bo'lishi kerak (sanoq ham, foiz ham emas).",
    ru="share_same_person — доля, она должна быть от 0 до 1 (не количество и не проценты).",
    en="share_same_person is a share between 0 and 1 (not a count, not a percentage).",
)
### BEGIN HIDDEN TESTS
_a1 = judge.ref("alerts")
_conf1 = _a1[_a1["reviewer_decision"] == "confirmed"]
_got1 = judge.fetch("share_same_person")
judge.check(
    not (
        isinstance(_got1, (int, float))
        and abs(_got1 - (_conf1["field_check"] == "same_person").mean()) < 1e-9
    ),
    uz="Siz faqat tasdiqlangan signallarga bo'ldingiz. Savol barcha signallar haqida: tizim "
    "yuborgan har bir signal bo'yicha.",
    ru="Вы делили только на подтверждённые сигналы. Вопрос — обо всех сигналах, которые дала система.",
    en="You divided by the confirmed alerts only; the question is about all alerts.",
)
judge.check(
    not (
        isinstance(_got1, (int, float))
        and abs(_got1 - 100 * float(judge.ref("share_same_person"))) < 1e-6
    ),
    uz="Siz foizda yozdingiz (100 ga ko'paytirdingiz); ulush kerak: 0 dan 1 gacha son.",
    ru="Вы записали в процентах (умножили на 100); нужна доля: число от 0 до 1.",
    en="You wrote a percentage (times 100); a share between 0 and 1 is asked.",
)
judge.check(
    not (
        isinstance(_got1, (int, float))
        and abs(_got1 - (_a1["reviewer_decision"] == "confirmed").mean()) < 1e-9
    ),
    uz="Bu — operator tasdiqlagan signallar ulushi. Tasdiq hali o'sha shaxs degani emas: joyidagi "
    "tekshiruv natijasini oling, field_check == 'same_person'.",
    ru="Это доля сигналов, подтверждённых оператором. Подтверждение — ещё не тот самый человек: "
    "берите итог проверки на месте, field_check == 'same_person'.",
    en="That is the share confirmed by the operator; a confirmation is not yet the wanted person: "
    "use the check on the spot, field_check == 'same_person'.",
)
judge.check(
    not (isinstance(_got1, (int, float)) and _got1 > 1),
    uz="share_same_person 1 dan katta: bu sanoq. Ulush kerak: .sum() emas, .mean().",
    ru="share_same_person больше 1: это количество. Нужна доля: .mean(), а не .sum().",
    en="share_same_person is above 1: that is a count. A share is asked: .mean(), not .sum().",
)
judge.value("share_same_person", rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** Bir haftada nechta **begunoh** odam to'xtatilib tekshirildi: operator
# tasdiqlagan, lekin joyida boshqa odam chiqqan (`field_check == "other_person"`)? `innocent_stops`
# ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `not_checked` ni qo'shmang: rad etilgan signal bo'yicha hech kim to'xtatilmagan.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** Скольких **невиновных** остановили и проверили за неделю: оператор
# подтвердил, а на месте оказался другой человек (`field_check == "other_person"`)? Запишите в
# `innocent_stops`.
#
# <details><summary>Подсказка</summary>
#
# Не считайте `not_checked`: по отклонённому сигналу никого не останавливали.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** How many **innocent** people were stopped and checked in the week:
# confirmed by the operator, another person on the spot (`field_check == "other_person"`)? Store it
# in `innocent_stops`.
#
# <details><summary>Hint</summary>
#
# Do not count `not_checked`: nobody was stopped for a rejected alert.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
innocent_stops = (alerts["field_check"] == "other_person").sum()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("innocent_stops")
### BEGIN HIDDEN TESTS
_got2 = judge.fetch("innocent_stops")
judge.check(
    not (
        isinstance(_got2, (int, float))
        and _got2 == int((judge.ref("alerts")["field_check"] != "same_person").sum())
    ),
    uz="Siz rad etilgan (not_checked) signallarni ham qo'shdingiz: ular bo'yicha hech kim "
    "to'xtatilmagan.",
    ru="Вы добавили и отклонённые сигналы (not_checked): по ним никого не останавливали.",
    en="You counted rejected (not_checked) alerts too: nobody was stopped for them.",
)
judge.check(
    not (
        isinstance(_got2, (int, float))
        and _got2 == int((judge.ref("alerts")["reviewer_decision"] == "confirmed").sum())
    ),
    uz="Bu — barcha tasdiqlangan signallar. Ulardan joyida o'sha shaxs chiqqanlari begunoh emas: "
    "faqat field_check == 'other_person' bo'lganlarni sanang.",
    ru="Это все подтверждённые сигналы. Те, где на месте оказался сам разыскиваемый, не "
    "невиновные: считайте только field_check == 'other_person'.",
    en="Those are all confirmed alerts; the ones that were the wanted person are not innocent: "
    "count only field_check == 'other_person'.",
)
judge.value("innocent_stops")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol): 100 000 yuzga signallar.** Har bir kamera uchun: bir haftalik
# signallar soni (`value_counts()`) bir haftalik yuzlar soniga (bir kunlik yuzlar × `DAYS`)
# bo'linadi va 100 000 ga ko'paytiriladi. Ikki `Series` ni bo'lganda pandas qiymatlarni **indeks
# bo'yicha** (bu yerda — kamera raqami bo'yicha) juftlaydi.

# %% [markdown] lang="ru"
# **Пример с решением: сигналы на 100 000 лиц.** Для каждой камеры: число сигналов за неделю
# (`value_counts()`) делим на число лиц за неделю (лиц за сутки × `DAYS`) и умножаем на 100 000.
# При делении двух `Series` pandas сопоставляет значения **по индексу** (здесь — по номеру
# камеры).

# %% [markdown] lang="en"
# **Worked example: alerts per 100,000 faces.** For each camera: the week's alerts
# (`value_counts()`) divided by the week's faces (faces per day × `DAYS`), times 100,000. When two
# `Series` are divided, pandas pairs the values **by index** (here by camera id).

# %%
alerts_by_camera = alerts["camera_id"].value_counts()
faces_by_camera = cameras.set_index("camera_id")[["faces_day", "faces_night"]].sum(axis=1)
faces_week_by_camera = faces_by_camera * DAYS
(alerts_by_camera / faces_week_by_camera * 100_000).round(1).head()

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Kunduz va tunda **100 000 yuzga** nechta signal to'g'ri keladi? Signallar
# deyarli hammasi yolg'on, shuning uchun bu — yolg'on signal darajasi. `per_100k` — indeksi `day`
# va `night` bo'lgan `Series`: haftadagi signallar soni / (bir kunlik yuzlar × `DAYS`) × 100 000.
#
# <details><summary>Maslahat</summary>
#
# Signallar soni — `alerts["lighting"].value_counts()`. Yuzlar uchun `pd.Series({"day": ..., "night":
# ...})` tuzing: bir kunlik yuzlar (`faces_day`, `faces_night` ustunlari yig'indisi) × `DAYS`. Keyin
# Namunadagidek bo'ling va `100_000` ga ko'paytiring.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Сколько сигналов приходится на **100 000 лиц** днём и ночью? Почти все
# сигналы ложные, так что это уровень ложных сигналов. `per_100k` — `Series` с индексом `day` и
# `night`: сигналы за неделю / (лиц за сутки × `DAYS`) × 100 000.
#
# <details><summary>Подсказка</summary>
#
# Число сигналов — `alerts["lighting"].value_counts()`. Для лиц составьте `pd.Series({"day": ...,
# "night": ...})`: лица за сутки (сумма столбцов `faces_day`, `faces_night`) × `DAYS`. Затем
# разделите, как в примере, и умножьте на `100_000`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Alerts per **100,000 faces** by day and at night (nearly all alerts
# are false, so this is the false alert level). `per_100k` is a `Series` indexed `day`, `night`:
# week's alerts / (faces per day × `DAYS`) × 100,000.
#
# <details><summary>Hint</summary>
#
# Alerts: `alerts["lighting"].value_counts()`. For the faces build `pd.Series({"day": ..., "night":
# ...})`: faces per day (the sums of `faces_day`, `faces_night`) × `DAYS`. Then divide as in the
# worked example and multiply by `100_000`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
faces_week = pd.Series(
    {"day": cameras["faces_day"].sum() * DAYS, "night": cameras["faces_night"].sum() * DAYS}
)
per_100k = alerts["lighting"].value_counts() / faces_week * 100_000
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("per_100k")
check_type(per_100k, pd.Series, name="per_100k")
### BEGIN HIDDEN TESTS
_DAYS = judge.ref("DAYS")
_got3 = judge.fetch("per_100k")
_want3 = judge.ref("per_100k")
judge.check(
    isinstance(_got3, pd.Series) and set(_got3.index) == {"day", "night"},
    uz="per_100k indeksi aynan 'day' va 'night' bo'lishi kerak.",
    ru="Индекс per_100k должен быть ровно 'day' и 'night'.",
    en="per_100k must be indexed by 'day' and 'night'.",
)
judge.check(
    not all(
        abs(float(_got3[k]) - float(_want3[k]) * _DAYS) < 1e-6 * float(_want3[k]) * _DAYS
        for k in ("day", "night")
    ),
    uz="Signallar bir haftalik, yuzlar esa bir kunlik: yuzlarni DAYS ga ko'paytiring.",
    ru="Сигналы за неделю, а лица за сутки: умножьте лица на DAYS.",
    en="Alerts are for a week, faces per day: multiply the faces by DAYS.",
)
judge.check(
    not all(
        abs(float(_got3[k]) * 100_000 - float(_want3[k])) < 1e-6 * float(_want3[k])
        for k in ("day", "night")
    ),
    uz="Bu — bitta yuzga signallar; 100 000 yuzga kerak: natijani 100_000 ga ko'paytiring.",
    ru="Это сигналы на одно лицо; нужно на 100 000 лиц: умножьте результат на 100_000.",
    en="That is alerts per face; per 100,000 faces is asked: multiply by 100_000.",
)
judge.value("per_100k", rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchi darajasi (chegara tanlash, guruhlar bo'yicha xatolar, huquqiy
# ramka). Har bir savol alohida baholanadi: qiyin bo'lsa, maslahatni oching va keyingisiga o'ting.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Дальше — вопросы уровня аналитика (выбор порога, ошибки по группам, правовые рамки). Каждый
# вопрос оценивается отдельно: если трудно, откройте подсказку и переходите к следующему.

# %% [markdown] lang="en"
# ## Advanced part
#
# Analyst-level questions follow (choosing a threshold, errors by group, the legal frame). Each is
# graded on its own: if one is hard, open the hint and move on.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol): bitta chegara, jadval va guruhlar.**
#
# 1. Bitta chegara, masalan 0,80: kuniga nechta signal `score >= 0.80` bo'ladi va sinovda
#    **ro'yxatdagi** ko'ngillilarning qancha ulushi topiladi (ro'yxatda yo'qlarni "topish" kerak
#    emas, shuning uchun ular olinmaydi).
# 2. Sikl (`for`) bilan jadval: har bir qiymat uchun bitta lug'at (`{...}`) ro'yxatga qo'shiladi,
#    oxirida `pd.DataFrame(rows)`. Misolda chegara emas, yorug'lik: kunduz va tun.
# 3. Jadvaldan shartga mos satrlarni olib, ulardagi eng kichik qiymat: `[...].min()`.
# 4. Guruhlar bo'yicha ulush: `True`/`False` ni `groupby(...)` bilan guruhlab, `.mean()`.

# %% [markdown] lang="ru"
# **Пример с решением: один порог, таблица и группы.**
#
# 1. Один порог, например 0,80: сколько сигналов в день имеют `score >= 0.80` и какую долю
#    добровольцев **из списка** находит система в испытании (тех, кого нет в списке, «находить»
#    не нужно, поэтому их не берём).
# 2. Таблица циклом (`for`): для каждого значения в список добавляется словарь (`{...}`), в конце
#    `pd.DataFrame(rows)`. В примере не порог, а освещение: день и ночь.
# 3. Из таблицы берём строки, подходящие под условие, и наименьшее значение в них: `[...].min()`.
# 4. Доля по группам: `True`/`False` группируем через `groupby(...)` и берём `.mean()`.

# %% [markdown] lang="en"
# **Worked example: one threshold, a table and groups.**
#
# 1. One threshold, say 0.80: alerts per day with `score >= 0.80`, and the share of the
#    volunteers **on the list** that the system finds in the pilot (those not on the list are not
#    to be "found", so they are left out).
# 2. A table with a loop (`for`): one dictionary (`{...}`) per value is appended to a list, then
#    `pd.DataFrame(rows)`. The example loops over lighting (day, night), not thresholds.
# 3. The rows of a table that meet a condition, and the smallest value among them: `[...].min()`.
# 4. A share per group: group the `True`/`False` values with `groupby(...)` and take `.mean()`.

# %%
t = 0.80
on = trials[trials["on_list"]]
print(t, round((alerts["score"] >= t).sum() / DAYS, 1), round((on["score"] >= t).mean(), 2))

rows = []
for light in ["day", "night"]:
    part = alerts[alerts["lighting"] == light]
    rows.append(
        {"lighting": light, "alerts_per_day": len(part) / DAYS, "top_score": part["score"].max()}
    )
by_light = pd.DataFrame(rows)
print(by_light)
print(by_light[by_light["alerts_per_day"] <= 60]["top_score"].min())

(alerts["score"] >= t).groupby(alerts["lighting"]).mean().round(3)

# %% [markdown] lang="uz"
# **4-savol (3 ball).** Chegara (bo'sag'a) qancha yuqori bo'lsa, signal shuncha kam — lekin
# qidiruvdagilar ham ko'proq o'tkazib yuboriladi. `THRESHOLDS` dagi har bir chegara `t` uchun bitta
# qatorli `trade_off` jadvalini tuzing, ustunlari:
# - `threshold` — `t`;
# - `alerts_per_day` — `score >= t` bo'lgan signallar soni / `DAYS`;
# - `caught_share` — `trials` dagi **ro'yxatdagi** ko'ngillilar (`on_list == True`) ichida
#   `score >= t` bo'lganlar ulushi (to'g'ri topish ulushi).
#
# <details><summary>Maslahat</summary>
#
# Namunaning 2-bandidagi sikl, lekin `for t in THRESHOLDS:`; har bir lug'atda `threshold` va
# Namunaning 1-bandidagi ikki son (kuniga signallar, ro'yxatdagilar ichida topilganlar ulushi).
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (3 балла).** Чем выше порог, тем меньше сигналов — но и разыскиваемых пропускают
# больше. Постройте таблицу `trade_off`, по строке на каждый порог `t` из `THRESHOLDS`, со столбцами:
# - `threshold` — `t`;
# - `alerts_per_day` — число сигналов со `score >= t`, делённое на `DAYS`;
# - `caught_share` — доля добровольцев **из списка** (`on_list == True`) в `trials` со
#   `score >= t` (доля найденных).
#
# <details><summary>Подсказка</summary>
#
# Цикл из пункта 2 примера, но `for t in THRESHOLDS:`; в каждом словаре `threshold` и два числа из
# пункта 1 примера (сигналов в день, доля найденных среди тех, кто в списке).
# </details>

# %% [markdown] lang="en"
# **Question 4 (3 points).** A higher threshold means fewer alerts, and more wanted persons missed.
# Build `trade_off` with one row per threshold `t` of `THRESHOLDS` and the columns `threshold`,
# `alerts_per_day` (alerts with `score >= t`, divided by `DAYS`) and `caught_share` (share of the
# `trials` volunteers **on the list** with `score >= t`).
#
# <details><summary>Hint</summary>
#
# The loop of item 2 of the worked example, but `for t in THRESHOLDS:`; each dictionary holds
# `threshold` and the two numbers of item 1 (alerts per day, share found among those on the list).
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
on = trials[trials["on_list"]]
rows = []
for t in THRESHOLDS:
    rows.append(
        {
            "threshold": t,
            "alerts_per_day": (alerts["score"] >= t).sum() / DAYS,
            "caught_share": (on["score"] >= t).mean(),
        }
    )
trade_off = pd.DataFrame(rows)
trade_off
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("trade_off")
check_columns(trade_off, ["threshold", "alerts_per_day", "caught_share"], name="trade_off")
### BEGIN HIDDEN TESTS
_t4 = judge.table("trade_off", ["threshold", "alerts_per_day", "caught_share"])
_r4 = judge.ref("trade_off")
judge.check(
    len(_t4) == len(_r4)
    and sorted(round(float(x), 2) for x in _t4["threshold"]) == list(judge.ref("THRESHOLDS")),
    uz="trade_off da THRESHOLDS dagi har bir chegara uchun bitta qator bo'lishi kerak.",
    ru="В trade_off должна быть ровно одна строка на каждый порог из THRESHOLDS.",
    en="trade_off needs exactly one row per threshold of THRESHOLDS.",
)
_t4 = _t4.assign(threshold=_t4["threshold"].astype(float).round(2)).set_index("threshold")
_r4 = _r4.set_index("threshold")
_all_trials = judge.ref("trials")
judge.check(
    not all(
        abs(float(_t4.loc[t, "caught_share"]) - float((_all_trials["score"] >= t).mean())) < 1e-9
        for t in _r4.index
    ),
    uz="caught_share ni faqat ro'yxatdagi ko'ngillilar (on_list == True) ichida hisoblang: "
    "ro'yxatda yo'qlar 'topilishi' kerak emas.",
    ru="caught_share считайте только среди добровольцев из списка (on_list == True): тех, кого нет "
    "в списке, «находить» не нужно.",
    en="Compute caught_share among volunteers on the list (on_list == True) only.",
)
judge.check(
    not all(
        abs(float(_t4.loc[t, "alerts_per_day"]) - float(_r4.loc[t, "alerts_per_day"]) * _DAYS) < 1e-6
        for t in _r4.index
    ),
    uz="alerts_per_day — kuniga: haftalik sonni DAYS ga bo'ling.",
    ru="alerts_per_day — в день: разделите недельное число на DAYS.",
    en="alerts_per_day is per day: divide the week's count by DAYS.",
)
for _col in ("alerts_per_day", "caught_share"):
    judge.expect(
        _t4[_col].astype(float).sort_index(), _r4[_col].astype(float).sort_index(), _col, rel=1e-9
    )
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **5-savol (2 ball).** Operatorlar kuniga ko'pi bilan `CAPACITY` (15) ta signalni sinchiklab
# ko'rib chiqa oladi. Kuniga signallar `CAPACITY` dan **oshmaydigan eng past** chegarani `trade_off`
# dan toping va `chosen` (float) ga yozing. (Eng pasti — chunki chegara qancha past bo'lsa, shuncha
# ko'p qidiruvdagi shaxs topiladi.)
#
# <details><summary>Maslahat</summary>
#
# Namunaning 3-bandi: `trade_off` dan `alerts_per_day <= CAPACITY` bo'lgan satrlarni oling va
# ulardagi eng kichik `threshold` ni toping.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (2 балла).** Операторы могут внимательно разобрать не больше `CAPACITY` (15) сигналов
# в день. Найдите в `trade_off` **самый низкий** порог, при котором сигналов в день **не больше**
# `CAPACITY`, и запишите его в `chosen` (float). (Самый низкий — потому что чем ниже порог, тем больше
# разыскиваемых найдено.)
#
# <details><summary>Подсказка</summary>
#
# Пункт 3 примера: возьмите из `trade_off` строки с `alerts_per_day <= CAPACITY` и найдите среди
# них наименьший `threshold`.
# </details>

# %% [markdown] lang="en"
# **Question 5 (2 points).** The operators can review at most `CAPACITY` (15) alerts a day with
# care. Find in `trade_off` the **lowest** threshold whose alerts per day do **not exceed**
# `CAPACITY`; store it in `chosen` (float).
#
# <details><summary>Hint</summary>
#
# Item 3 of the worked example: the rows of `trade_off` with `alerts_per_day <= CAPACITY`, and the
# smallest `threshold` among them.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
chosen = float(trade_off[trade_off["alerts_per_day"] <= CAPACITY]["threshold"].min())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("chosen")
check_type(chosen, (int, float), name="chosen")
### BEGIN HIDDEN TESTS
# judged on the trainee's own trade_off table when it is usable, so a slip in question 4 is not
# counted twice
_cap5 = judge.ref("CAPACITY")
_tab5 = judge.fetch("trade_off")
_fits5 = []
if isinstance(_tab5, pd.DataFrame) and {"threshold", "alerts_per_day"} <= set(_tab5.columns):
    _fits5 = [float(t) for t, a in zip(_tab5["threshold"], _tab5["alerts_per_day"]) if a <= _cap5]
if not _fits5:
    _tab5 = judge.ref("trade_off")
    _fits5 = [float(t) for t, a in zip(_tab5["threshold"], _tab5["alerts_per_day"]) if a <= _cap5]
_got5 = judge.fetch("chosen")
judge.check(
    not (
        isinstance(_got5, (int, float))
        and abs(_got5 - max(_fits5)) < 1e-9
        and max(_fits5) != min(_fits5)
    ),
    uz="Eng yuqori chegara signallarni kamaytiradi, lekin qidiruvdagilarning ko'pini o'tkazib "
    "yuboradi. CAPACITY ga sig'adigan eng past chegara kerak.",
    ru="Самый высокий порог снижает число сигналов, но пропускает большинство разыскиваемых. "
    "Нужен самый низкий порог, укладывающийся в CAPACITY.",
    en="The highest threshold cuts alerts but misses most wanted persons; the lowest one within "
    "CAPACITY is asked.",
)
_all5 = [float(t) for t in judge.ref("THRESHOLDS")]
judge.check(
    not (
        isinstance(_got5, (int, float))
        and abs(_got5 - min(_all5)) < 1e-9
        and min(_all5) not in _fits5
    ),
    uz="Bu chegarada kuniga signallar CAPACITY dan ko'p: operatorlar ularni sinchiklab ko'ra olmaydi. "
    "Faqat alerts_per_day <= CAPACITY bo'lgan chegaralardan tanlang.",
    ru="При этом пороге сигналов в день больше CAPACITY: операторы не успеют их внимательно "
    "проверить. Выбирайте только среди порогов с alerts_per_day <= CAPACITY.",
    en="At this threshold the alerts per day exceed CAPACITY: the operators cannot review them with "
    "care. Choose only among thresholds with alerts_per_day <= CAPACITY.",
)
judge.expect(_got5, min(_fits5), "chosen", abs=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **6-savol (2 ball).** Tanlangan chegarada (`chosen`) tizim hammani bir xil topadimi? `trials`
# dagi ro'yxatdagi ko'ngillilar (`on_list == True`) ichida `score >= chosen` bo'lganlar ulushini:
# - yorug'lik bo'yicha (`lighting`) — `caught_by_light` ga,
# - yosh guruhi bo'yicha (`age_band`) — `caught_by_age` ga yozing (ikkalasi `Series`).
#
# <details><summary>Maslahat</summary>
#
# Namunaning 4-bandi, lekin `trials` ning faqat ro'yxatdagilari (`on`) va `score >= chosen`;
# guruhlash ustuni — `lighting`, keyin `age_band`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 6 (2 балла).** Одинаково ли хорошо система находит всех при выбранном пороге (`chosen`)?
# Среди добровольцев из списка (`on_list == True`) в `trials` посчитайте долю со `score >= chosen`:
# - по освещению (`lighting`) — в `caught_by_light`,
# - по возрастной группе (`age_band`) — в `caught_by_age` (обе — `Series`).
#
# <details><summary>Подсказка</summary>
#
# Пункт 4 примера, но только добровольцы из списка (`on`) из `trials` и `score >= chosen`; столбец
# группировки — `lighting`, затем `age_band`.
# </details>

# %% [markdown] lang="en"
# **Question 6 (2 points).** At the chosen threshold, does the system find everyone equally well?
# Among the volunteers on the list, the share with `score >= chosen` by `lighting` into
# `caught_by_light` and by `age_band` into `caught_by_age` (both `Series`).
#
# <details><summary>Hint</summary>
#
# Item 4 of the worked example, but on the volunteers on the list (`on`) of `trials` with
# `score >= chosen`; group by `lighting`, then by `age_band`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q6_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
on = trials[trials["on_list"]]
caught_by_light = (on["score"] >= chosen).groupby(on["lighting"]).mean()
caught_by_age = (on["score"] >= chosen).groupby(on["age_band"]).mean()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q6_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("caught_by_light", "caught_by_age")
check_type(caught_by_light, pd.Series, name="caught_by_light")
check_type(caught_by_age, pd.Series, name="caught_by_age")
### BEGIN HIDDEN TESTS
# judged at the trainee's own threshold, so a slip in question 5 is not counted twice
_c6 = judge.fetch("chosen")
_c6 = float(_c6) if isinstance(_c6, (int, float)) else float(judge.ref("chosen"))
_tr6 = judge.ref("trials")
_on6 = _tr6[_tr6["on_list"]]


def _same_series(a, b):
    """Two Series with the same labels and values (to tell a known slip from other errors)."""
    if not isinstance(a, pd.Series) or set(a.index) != set(b.index):
        return False
    return all(abs(float(a[k]) - float(b[k])) < 1e-9 for k in b.index)


for _name6, _col6 in (("caught_by_light", "lighting"), ("caught_by_age", "age_band")):
    _got6 = judge.fetch(_name6)
    judge.check(
        not _same_series(_got6, (_tr6["score"] >= _c6).groupby(_tr6[_col6]).mean()),
        uz=f"{_name6}: faqat ro'yxatdagi ko'ngillilarni (on_list == True) oling.",
        ru=f"{_name6}: берите только добровольцев из списка (on_list == True).",
        en=f"{_name6}: use only the volunteers on the list (on_list == True).",
    )
    _want6 = (_on6["score"] >= _c6).groupby(_on6[_col6]).mean()
    judge.check(
        not (isinstance(_got6, pd.Series) and bool((pd.to_numeric(_got6, errors="coerce") > 1).any())),
        uz=f"{_name6} da 1 dan katta qiymat bor: bu sanoq. Ulush kerak: .mean(), .sum() emas.",
        ru=f"В {_name6} есть значения больше 1: это количество. Нужна доля: .mean(), а не .sum().",
        en=f"{_name6} has values above 1: those are counts. Shares are asked: .mean(), not .sum().",
    )
    judge.expect(_got6, _want6, _name6, rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **7-savol (2 ball).** Qaysi gaplar to'g'ri (manbalari dars sahifasidagi "Faktlar" jadvalida)?
# Barcha to'g'ri harflarni `legal` ga yozing (masalan `"AC"` yoki `["A", "C"]`).
#
# - **A** — Odamni tanish uchun ishlatiladigan yuz tasviri — biometrik ma'lumot; "Shaxsga doir
#   ma'lumotlar to'g'risida"gi Qonun (O'RQ-547) bunday ma'lumotlarga qat'iyroq talablar qo'yadi
#   (ikkilamchi manba).
# - **B** — Qonun jinoyatchilikka qarshi kurashda olingan ma'lumotlarga tatbiq etilmaydi, demak
#   operator signal suratlarini Telegram guruhida bemalol ulashishi mumkin.
# - **C** — 27-1-modda: O'zbekiston fuqarolarining shaxsga doir ma'lumotlari axborot
#   texnologiyalari bilan qayta ishlanganda O'zbekistonda joylashgan serverlardagi bazalarda
#   saqlanadi.
# - **D** — 0,95 moslik balli sud uchun yetarli dalil, boshqa tekshiruv kerak emas.
#
# <details><summary>Maslahat</summary>
#
# B: qonun tatbiq etilmasligi — ma'lumotni istalgan joyga tarqatish mumkin degani emasmi? D: 1- va
# 2-savollar natijasini eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 7 (2 балла).** Какие утверждения верны (источники — в таблице «Факты» на странице
# урока)? Запишите все верные буквы в `legal` (например `"AC"` или `["A", "C"]`).
#
# - **A** — Изображение лица, по которому устанавливают личность, — биометрические данные; Закон
#   «О персональных данных» (ЗРУ-547) устанавливает для них более строгие требования (вторичный
#   источник).
# - **B** — Закон не распространяется на данные, полученные в борьбе с преступностью, значит
#   оператор может свободно делиться снимками сигналов в группе Telegram.
# - **C** — Статья 27-1: персональные данные граждан Узбекистана при обработке с помощью
#   информационных технологий хранятся в базах на серверах, находящихся в Узбекистане.
# - **D** — Балл сходства 0,95 — достаточное доказательство для суда, другие проверки не нужны.
#
# <details><summary>Подсказка</summary>
#
# B: значит ли «закон не распространяется», что данные можно распространять куда угодно? D:
# вспомните результаты вопросов 1 и 2.
# </details>

# %% [markdown] lang="en"
# **Question 7 (2 points).** Which statements are right (sources in the lesson's facts table)? Put
# all right letters into `legal` (e.g. `"AC"` or `["A", "C"]`).
#
# - **A**: A face image used to identify a person is biometric data; the Law "On personal data"
#   (ZRU-547) sets stricter requirements for such data (secondary source).
# - **B**: The law does not apply to data obtained in fighting crime, so the operator may freely
#   share alert photos in a Telegram group.
# - **C**: Art. 27-1: personal data of Uzbek citizens processed with IT are stored in databases on
#   servers located in Uzbekistan.
# - **D**: A match score of 0.95 is sufficient evidence for a court; no other check is needed.
#
# <details><summary>Hint</summary>
#
# B: does "the law does not apply" mean the data may go anywhere? D: recall questions 1 and 2.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q7_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
legal = "AC"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q7_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("legal")
check(
    isinstance(legal, (str, list, tuple, set)),
    uz='legal — harflar: "AC" yoki ["A", "C"].',
    ru='legal — буквы: "AC" или ["A", "C"].',
    en='legal holds letters: "AC" or ["A", "C"].',
)
### BEGIN HIDDEN TESTS
def _letters(value):
    """The chosen letters as a sorted list ("a, c", ["A", "C"] and {"C", "A"} alike), or None."""
    if isinstance(value, str):
        items = re.findall(r"[A-Za-z]", value)
    elif isinstance(value, (list, tuple, set)):
        items = [str(v).strip() for v in value]
    else:
        return None
    return sorted({i.upper() for i in items})


def _judge_letters(name, why):
    """Pass only the reference's letters; say why each wrong or missing letter is wrong."""
    got, want = _letters(judge.fetch(name)), _letters(judge.ref(name))
    if got is None:
        judge.check(
            False,
            uz=f"{name} — harflar bo'lishi kerak.",
            ru=f"{name} — это должны быть буквы.",
            en=f"{name} must hold letters.",
        )
    wrong = [x for x in got if x not in want] + [x for x in want if x not in got]
    judge.check(
        not wrong,
        **{lang: " ".join(why[x][lang] for x in wrong if x in why) or why["?"][lang]
           for lang in ("uz", "ru", "en")},
    )


_why7 = {
    "A": {
        "uz": "A ham to'g'ri: yuz tasviri — biometrik ma'lumot, qonun unga qat'iyroq talab qo'yadi (ikkilamchi manba).",
        "ru": "A тоже верно: изображение лица — биометрические данные, закон строже к ним (вторичный источник).",
        "en": "A is right too: a face image is biometric data with stricter rules (secondary source).",
    },
    "B": {
        "uz": "B noto'g'ri: 'qonun tatbiq etilmaydi' degani 'hammasi mumkin' degani emas. Signal "
        "suratlari — odamlar yuzlari; messenjer guruhiga yuborilsa, ular tizim va uning nazoratidan "
        "chiqib ketadi. Tezkor ma'lumotlarni qaysi qoidalar tartibga solishini huquq xizmatidan "
        "so'rang.",
        "ru": "B неверно: «закон не распространяется» не значит «можно всё». Снимки сигналов — "
        "лица людей; отправленные в группу мессенджера, они уходят из системы и из-под её "
        "контроля. Какие правила регулируют оперативные данные — вопрос к юридической службе.",
        "en": "B is wrong: 'the law does not apply' does not mean 'anything goes'. Alert photos are "
        "people's faces; sent to a messenger group they leave the system and its controls. Ask "
        "your legal service which rules govern operational data.",
    },
    "C": {
        "uz": "C ham to'g'ri: 27-1-modda ma'lumotlarni O'zbekistondagi serverlarda saqlashni talab qiladi.",
        "ru": "C тоже верно: статья 27-1 требует хранить данные на серверах в Узбекистане.",
        "en": "C is right too: Art. 27-1 requires storage on servers in Uzbekistan.",
    },
    "D": {
        "uz": "D noto'g'ri: yuqori ball ham yolg'on bo'ladi (2-savol); moslik — tekshirish uchun "
        "asos, dalil emas.",
        "ru": "D неверно: и высокий балл бывает ложным (вопрос 2); совпадение — повод для "
        "проверки, а не доказательство.",
        "en": "D is wrong: high scores can be false too (question 2); a match is a lead, not "
        "evidence.",
    },
    "?": {
        "uz": "Faqat A, B, C, D harflaridan tanlang.",
        "ru": "Выбирайте только из букв A, B, C, D.",
        "en": "Choose only among A, B, C, D.",
    },
}
_judge_letters("legal", _why7)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **8-savol (1 ball).** 6-savolda tunda va 56 yoshdan kattalarda to'g'ri topish ulushi pastroq
# chiqdi, 3-savolda esa tunda 100 000 yuzga yolg'on signal ko'proq. Bo'lim nima qilishi kerak?
# Bitta harfni `night_action` ga yozing.
#
# - **A** — Tungi signalga kunduzgidan ko'proq ishonish.
# - **B** — Patrullarga tunda tizim ko'proq xato qilishini aytish, tizim egasidan yoritish va
#   kamerani yaxshilashni hamda xatolarni guruhlar bo'yicha muntazam o'lchashni so'rash.
# - **C** — Vaqtni tejash uchun tungi signallarni operator ko'rigisiz patrulga yuborish.
#
# <details><summary>Maslahat</summary>
#
# Ko'proq xato — ko'proq tekshiruv degani, kamroq emas.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 8 (1 балл).** В вопросе 6 доля найденных ночью и у людей старше 55 ниже, а в вопросе 3
# ночью больше ложных сигналов на 100 000 лиц. Что должно сделать подразделение? Одну букву — в
# `night_action`.
#
# - **A** — Доверять ночному сигналу больше, чем дневному.
# - **B** — Сказать патрулям, что ночью система ошибается чаще, попросить владельца системы улучшить
#   освещение и камеры и регулярно измерять ошибки по группам.
# - **C** — Для экономии времени отправлять ночные сигналы патрулю без проверки оператором.
#
# <details><summary>Подсказка</summary>
#
# Больше ошибок — значит больше проверки, а не меньше.
# </details>

# %% [markdown] lang="en"
# **Question 8 (1 point).** Question 6 found a lower catch rate at night and over 55, question 3
# more false alerts per 100,000 faces at night. What should the unit do? One letter in
# `night_action`.
#
# - **A**: Trust a night alert more than a daytime one.
# - **B**: Tell patrols the system errs more at night; ask the system's owner for better lighting
#   and cameras and for regular error measurement by group.
# - **C**: Send night alerts to patrols without the operator's review, to save time.
#
# <details><summary>Hint</summary>
#
# More errors call for more checking, not less.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q8_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
night_action = "B"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q8_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("night_action")
### BEGIN HIDDEN TESTS
_judge_letters(
    "night_action",
    {
        "A": {
            "uz": "A noto'g'ri: tunda yolg'on signallar 100 000 yuzga ko'proq (3-savol).",
            "ru": "A неверно: ночью ложных сигналов на 100 000 лиц больше (вопрос 3).",
            "en": "A is wrong: night has more false alerts per 100,000 faces (question 3).",
        },
        "C": {
            "uz": "C noto'g'ri: operator ko'rigisiz begunoh to'xtatishlar ko'payadi (2-savol).",
            "ru": "C неверно: без проверки оператором невиновных остановят больше (вопрос 2).",
            "en": "C is wrong: without review more innocent people are stopped (question 2).",
        },
        "?": {
            "uz": "Faqat A, B yoki C harflaridan birini tanlang.",
            "ru": "Выберите одну букву: A, B или C.",
            "en": "Choose one letter: A, B or C.",
        },
    },
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Xulosa
#
# - Signallarning atigi bir necha foizi qidiruvdagi shaxs; operator ko'rigi va hujjat tekshiruvisiz
#   har bir signal begunoh odamni to'xtatish demak.
# - Chegara — murosaga kelish: past chegara operatorlarni signallarga ko'mib tashlaydi, yuqori
#   chegara qidiruvdagilarni o'tkazib yuboradi. Tanlovni ma'lumot bilan asoslang va qayd eting.
# - Xatolar guruhlar bo'yicha (tun, yosh) farq qiladi: bu o'lchanishi va aytilishi kerak.

# %% [markdown] lang="ru"
# ## Итог
#
# - Лишь несколько процентов сигналов — разыскиваемые; без проверки оператором и документов каждый
#   сигнал — остановка невиновного.
# - Порог — компромисс: низкий заваливает операторов сигналами, высокий пропускает разыскиваемых.
#   Обосновывайте выбор данными и фиксируйте его.
# - Ошибки различаются по группам (ночь, возраст): их нужно измерять и о них говорить.

# %% [markdown] lang="en"
# ## Summary
#
# - Only a few per cent of alerts are the wanted person; without review and a document check
#   every alert stops an innocent person.
# - A threshold is a trade-off: too low floods the operators, too high misses wanted persons.
#   Base the choice on data and record it.
# - Errors differ by group (night, age): measure them and say so.
