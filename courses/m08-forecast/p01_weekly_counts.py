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
# # Mashq qilish: haftalik sonlar, mavsum va prognoz
#
# Jadval `weekly` — shahar IIBning ikki yillik haftalik murojaatlari: har bir **tuman** va
# **toifa** (firibgarlik, o'g'irlik, oilaviy nizo, jamoat tartibi, yo'l harakati, migratsiya)
# uchun har haftada nechta murojaat kelgani. Savollar: **qayerda va nima ko'p?**, **qaysi oyda
# ko'payadi?**, **profilaktika haftaligi sonlarni qanchaga oshiradi?**, **"o'tgan yilning shu
# haftasi" prognozi qanchalik adashadi?** va **qaysi prognozni rejalashtirishda ishlatib
# bo'lmaydi?**. 0-moduldagi qadamlar (saralash, sanash, guruhlash) yetadi.
#
# Har bir savoldan oldin **Namuna (yechilgan misol)** bor. Javobdan keyingi `q1.check()` uni darhol
# tekshiradi; `q1.hint()` — maslahat, `q1.solution()` — yechim. Bu daftar baholanmaydi.
# Ma'lumotlar **sintetik**.

# %% [markdown] lang="ru"
# # Практика: недельные числа, сезонность и прогноз
#
# Таблица `weekly` — обращения городского УВД по неделям за два года: сколько обращений пришло за
# каждую неделю по каждому **району** и **категории** (мошенничество, кража, семейный конфликт,
# общественный порядок, дорожное движение, миграция). Вопросы: **где и чего много?**, **в каком
# месяце растёт?**, **насколько неделя профилактики поднимает числа?**, **насколько ошибается
# прогноз «та же неделя прошлого года»?** и **какой прогноз нельзя использовать для
# планирования?**. Хватит шагов модуля 0 (отбор, подсчёт, группировка).
#
# Перед каждым вопросом есть **Пример с решением**. `q1.check()` после ответа сразу его проверяет;
# `q1.hint()` — подсказка, `q1.solution()` — решение. Эта тетрадь не оценивается. Данные
# **синтетические**.

# %% [markdown] lang="en"
# # Practice: weekly counts, seasons and a forecast
#
# The table `weekly` holds two years of weekly appeals of a city police department: how many
# appeals came each week for each **district** and **category** (fraud, theft, domestic conflict,
# public order, traffic, migration). The questions: **where is there much of what?**, **in which
# month does it rise?**, **how much does a prevention week raise the counts?**, **how far off is
# the forecast "the same week last year"?** and **which forecast cannot be used for planning?**.
# The steps of module 0 (filter, count, group) are enough.
#
# Each question is preceded by a **worked example**. `q1.check()` after the answer checks it at
# once; `q1.hint()` gives a hint, `q1.solution()` the solution. This notebook is not graded. The
# data are **synthetic**.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd

from malaka.practice import attach

weekly = pd.read_csv("data/weekly-threats/weekly.csv", parse_dates=["week_start"])
calendar = pd.read_csv("data/weekly-threats/calendar.csv", parse_dates=["week_start"]).fillna("")
# baholanadigan oxirgi haftalar / последние недели для оценки / weeks used to judge a forecast
H = 26
attach(globals(), "p01_weekly_counts")

# %% [markdown] lang="uz"
# ## 1. Jadvalni o'qish: qayerda ko'p?
#
# Har bir satr — bitta hafta, bitta tuman, bitta toifa: `week_start` (hafta boshi, dushanba),
# `district` (tuman), `category` (toifa), `count` (murojaatlar soni), `campaign` (1 — shu hafta
# tumanda profilaktika haftaligi bo'lgan).
#
# **Namuna (yechilgan misol).** `groupby("district")["count"].sum()` — har bir tuman bo'yicha
# `count` ustunini **qo'shadi** (satrlarni emas, murojaatlarni sanaydi).

# %% [markdown] lang="ru"
# ## 1. Читаем таблицу: где много?
#
# Каждая строка — одна неделя, один район, одна категория: `week_start` (начало недели,
# понедельник), `district` (район), `category` (категория), `count` (число обращений), `campaign`
# (1 — на этой неделе в районе была неделя профилактики).
#
# **Пример с решением.** `groupby("district")["count"].sum()` **складывает** столбец `count` по
# каждому району (считает обращения, а не строки).

# %% [markdown] lang="en"
# ## 1. Reading the table: where is there much?
#
# Each row is one week, one district, one category: `week_start` (Monday), `district`,
# `category`, `count` (appeals), `campaign` (1 when the district had a prevention week).
#
# **Worked example.** `groupby("district")["count"].sum()` **adds up** the `count` column per
# district (it counts appeals, not rows).

# %%
print(weekly.head())
weekly.groupby("district")["count"].sum()

# %% [markdown] lang="uz"
# **1-savol.** Ikki yilda har bir **toifa** bo'yicha jami nechta murojaat kelgan? `per_category`
# ga yozing (indeks — toifa, qiymat — murojaatlar soni).

# %% [markdown] lang="ru"
# **Вопрос 1.** Сколько всего обращений пришло за два года по каждой **категории**? Запишите в
# `per_category` (индекс — категория, значение — число обращений).

# %% [markdown] lang="en"
# **Question 1.** How many appeals came in two years in each **category**? Store it in
# `per_category` (index the category, value the number of appeals).

# %% practice={"q": "q1", "names": ["per_category"]}
### BEGIN SOLUTION
#> per_category = weekly.groupby(____)["count"].sum()
per_category = weekly.groupby("category")["count"].sum()
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Namunada tuman (`"district"`) bo'yicha guruhladik. Savol toifalar haqida: toifa jadvalning qaysi
# ustunida?

# %% [markdown] lang="uz" hint="q1"
# `value_counts()` satrlarni sanaydi (har bir toifada 624 satr), murojaatlarni emas: `count`
# ustunini qo'shing.

# %% [markdown] lang="ru" hint="q1"
# В примере группировали по району (`"district"`). Вопрос — о категориях: в каком столбце таблицы
# категория?

# %% [markdown] lang="ru" hint="q1"
# `value_counts()` считает строки (в каждой категории 624 строки), а не обращения: складывайте
# столбец `count`.

# %% [markdown] lang="en" hint="q1"
# The example grouped by district (`"district"`); which column holds the category? Note that
# `value_counts()` counts rows, not appeals.

# %% [markdown] lang="uz"
# ## 2. Bitta qator: bitta tuman, bitta toifa
#
# Prognoz har bir **qator** (tuman × toifa) uchun alohida tuziladi: 6 tuman × 6 toifa = 36 qator.
#
# **Namuna (yechilgan misol).** Chilonzordagi o'g'irliklar: ikki shart `&` bilan (har biri
# qavsda), keyin hafta boshini indeksga qo'yamiz va faqat `count` ni olamiz.

# %% [markdown] lang="ru"
# ## 2. Один ряд: один район, одна категория
#
# Прогноз строится для каждого **ряда** (район × категория) отдельно: 6 районов × 6 категорий =
# 36 рядов.
#
# **Пример с решением.** Кражи в Чиланзаре: два условия через `&` (каждое в скобках), затем
# ставим начало недели в индекс и берём только `count`.

# %% [markdown] lang="en"
# ## 2. One series: one district, one category
#
# A forecast is made for each **series** (district x category) separately: 6 x 6 = 36 series.
#
# **Worked example.** Thefts in Chilonzor: two conditions joined by `&` (each in brackets), then
# the week start as the index and only `count`.

# %%
theft_chilonzor = weekly[
    (weekly["district"] == "Chilonzor") & (weekly["category"] == "theft")
].set_index("week_start")["count"]
theft_chilonzor.tail()

# %% [markdown] lang="uz"
# **2-savol.** Yunusoboddagi **firibgarlik** (`"fraud"`) murojaatlari qatorini xuddi shunday
# `fraud_yunusobod` ga yozing (indeks — `week_start`, qiymat — `count`, 104 hafta).

# %% [markdown] lang="ru"
# **Вопрос 2.** Так же запишите в `fraud_yunusobod` ряд обращений о **мошенничестве**
# (`"fraud"`) в Юнусабаде (индекс — `week_start`, значение — `count`, 104 недели).

# %% [markdown] lang="en"
# **Question 2.** In the same way store in `fraud_yunusobod` the series of **fraud** (`"fraud"`)
# appeals in Yunusobod (index `week_start`, value `count`, 104 weeks).

# %% practice={"q": "q2", "names": ["fraud_yunusobod"]}
### BEGIN SOLUTION
#> fraud_yunusobod = weekly[
#>     (weekly["district"] == ____) & (weekly["category"] == ____)
#> ].set_index("week_start")["count"]
fraud_yunusobod = weekly[
    (weekly["district"] == "Yunusobod") & (weekly["category"] == "fraud")
].set_index("week_start")["count"]
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Tuman nomi katta harf bilan: `"Yunusobod"`; toifa — `"fraud"`. Ikkala shart ham kerak: bittasi
# bo'lsa, har bir haftada 6 ta satr qoladi.

# %% [markdown] lang="ru" hint="q2"
# Район с заглавной буквы: `"Yunusobod"`; категория — `"fraud"`. Нужны оба условия: с одним на
# каждую неделю останется 6 строк.

# %% [markdown] lang="en" hint="q2"
# `"Yunusobod"` with a capital, `"fraud"`; both conditions are needed.

# %% [markdown] lang="uz"
# ## 3. Mavsum: qaysi oyda ko'payadi?
#
# **Namuna (yechilgan misol).** O'g'irliklar (barcha tumanlar) bo'yicha har bir **oy**dagi
# haftalik o'rtacha (bitta tumanda bir haftada o'rtacha nechta murojaat): `.dt.month` — hafta
# boshining oyi (1 — yanvar), `.mean()` — o'rtacha.
# O'rtacha, chunki oylarda 4 yoki 5 hafta bor: yig'indi besh haftali oylarni "oshirib" ko'rsatadi.

# %% [markdown] lang="ru"
# ## 3. Сезонность: в каком месяце растёт?
#
# **Пример с решением.** Среднее недельное число краж (все районы) по **месяцам** (сколько в
# среднем обращений в одном районе за неделю): `.dt.month` — месяц начала недели (1 — январь),
# `.mean()` — среднее. Среднее, потому что в месяце 4 или 5
# недель: сумма «завышает» месяцы с пятью неделями.

# %% [markdown] lang="en"
# ## 3. Seasons: in which month does it rise?
#
# **Worked example.** The weekly mean of thefts (all districts) per **month** (appeals in one
# district in one week, on average): `.dt.month` is the month of the week start (1 = January),
# `.mean()` the mean. A mean, because months have 4 or 5
# weeks: a sum inflates the five-week months.

# %%
theft = weekly[weekly["category"] == "theft"]
theft.groupby(theft["week_start"].dt.month)["count"].mean().round(1)

# %% [markdown] lang="uz"
# **3-savol.** **Jamoat tartibi** (`"public_order"`) uchun xuddi shunday har bir oydagi haftalik
# o'rtachani (murojaatlar, bitta tumanda bir haftada) `public_order_by_month` ga yozing (indeks — oy
# raqami 1–12).

# %% [markdown] lang="ru"
# **Вопрос 3.** Так же посчитайте среднее недельное число по месяцам для **общественного
# порядка** (`"public_order"`; обращений в одном районе за неделю) и запишите в
# `public_order_by_month` (индекс — номер месяца 1–12).

# %% [markdown] lang="en"
# **Question 3.** The same weekly mean per month for **public order** (`"public_order"`; appeals
# in one district in one week) into `public_order_by_month` (index the month number 1-12).

# %% practice={"q": "q3", "names": ["public_order_by_month"], "abs": 1e-09}
### BEGIN SOLUTION
#> public_order = weekly[weekly["category"] == ____]
#> public_order_by_month = public_order.groupby(public_order["week_start"].dt.month)["count"].____()
public_order = weekly[weekly["category"] == "public_order"]
public_order_by_month = public_order.groupby(public_order["week_start"].dt.month)["count"].mean()
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Toifa nomini jadvaldagidek yozing (Namunada `"theft"` edi). Oylarni teng solishtirish uchun
# yig'indi emas, Namunadagi kabi o'rtacha kerak: oylarda 4 yoki 5 hafta.

# %% [markdown] lang="ru" hint="q3"
# Категорию пишите как в таблице (в примере было `"theft"`). Чтобы сравнивать месяцы честно,
# нужна не сумма, а среднее, как в примере: в месяцах 4 или 5 недель.

# %% [markdown] lang="en" hint="q3"
# Write the category as the table does (the example had `"theft"`). To compare months fairly use
# the mean, as in the example, not a sum: months have 4 or 5 weeks.

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol).** `.idxmax()` eng katta qiymatning **indeksini** (bu yerda — oyni)
# beradi, `.max()` esa qiymatning o'zini.

# %% [markdown] lang="ru"
# **Пример с решением.** `.idxmax()` даёт **индекс** наибольшего значения (здесь — месяц), а
# `.max()` — само значение.

# %% [markdown] lang="en"
# **Worked example.** `.idxmax()` gives the **index** of the largest value (here the month);
# `.max()` gives the value itself.

# %%
theft_by_month = theft.groupby(theft["week_start"].dt.month)["count"].mean()
print(theft_by_month.idxmax(), round(theft_by_month.max(), 1))

# %% [markdown] lang="uz"
# **4-savol.** Jamoat tartibi buzilishi haqidagi murojaatlar qaysi oyda eng ko'p? Oy raqamini
# `peak_month` ga yozing. Bu oyda patrul va profilaktika inspektorlari yukini oldindan
# rejalashtirish kerak.

# %% [markdown] lang="ru"
# **Вопрос 4.** В каком месяце больше всего обращений о нарушении общественного порядка?
# Запишите номер месяца в `peak_month`. На этот месяц нагрузку патрулей и инспекторов
# профилактики нужно планировать заранее.

# %% [markdown] lang="en"
# **Question 4.** In which month are public-order appeals highest? Store the month number in
# `peak_month`.

# %% practice={"q": "q4", "names": ["peak_month"]}
### BEGIN SOLUTION
#> peak_month = public_order_by_month.____()
peak_month = public_order_by_month.idxmax()
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# Oy kerak, son emas: `.idxmax()`.

# %% [markdown] lang="ru" hint="q4"
# Нужен месяц, а не число обращений: `.idxmax()`.

# %% [markdown] lang="en" hint="q4"
# The month, not the count: `.idxmax()`.

# %% [markdown] lang="uz"
# ## 4. Profilaktika haftaligi
#
# Profilaktika haftaligida (mashq uchun o'ylab topilgan) tumanning mahallalarida sayyor qabul
# o'tkaziladi: odamlar ko'proq murojaat qiladi. Bu haftalar **oldindan ma'lum** (`calendar` jadvalidagi `campaign_districts`),
# shuning uchun prognozda ulardan foydalanish mumkin.
#
# **Namuna (yechilgan misol).** Profilaktika haftaliklari kalendari, keyin jamoat tartibi bo'yicha
# oddiy va profilaktika haftalaridagi o'rtacha (`groupby("campaign")`: 0 — oddiy, 1 — haftalik).

# %% [markdown] lang="ru"
# ## 4. Неделя профилактики
#
# В неделю профилактики (придумана для упражнения) в махаллях района проходит выездной приём:
# люди обращаются чаще. Эти
# недели **известны заранее** (`campaign_districts` в таблице `calendar`), поэтому их можно
# использовать в прогнозе.
#
# **Пример с решением.** Календарь недель профилактики, затем среднее по общественному порядку в
# обычные недели и в недели профилактики (`groupby("campaign")`: 0 — обычная, 1 — профилактика).

# %% [markdown] lang="en"
# ## 4. Prevention weeks
#
# In a prevention week (made up for the exercise) the district's mahallas hold mobile receptions:
# people appeal more. These
# weeks are **known in advance** (`campaign_districts` in `calendar`), so a forecast may use them.
#
# **Worked example.** The calendar of prevention weeks, then the public-order mean in ordinary and
# in prevention weeks (`groupby("campaign")`: 0 ordinary, 1 prevention week).

# %%
print(calendar[calendar["campaign_districts"] != ""][["week_start", "campaign_districts"]].head())
public_order.groupby("campaign")["count"].mean().round(1)

# %% [markdown] lang="uz"
# **5-savol.** **Oilaviy nizo** (`"domestic"`) toifasi uchun oddiy va profilaktika haftalaridagi
# haftalik o'rtachani (murojaatlar, bitta tumanda bir haftada) `domestic_by_campaign` ga yozing
# (indeks — 0 va 1).

# %% [markdown] lang="ru"
# **Вопрос 5.** Для категории **семейный конфликт** (`"domestic"`) запишите в
# `domestic_by_campaign` среднее недельное число (обращений в одном районе за неделю) в обычные
# недели и в недели профилактики (индекс — 0 и 1).

# %% [markdown] lang="en"
# **Question 5.** For **domestic conflict** (`"domestic"`) store the mean in ordinary and in
# prevention weeks in `domestic_by_campaign` (appeals in one district in one week; index 0 and 1).

# %% practice={"q": "q5", "names": ["domestic_by_campaign"], "abs": 1e-09}
### BEGIN SOLUTION
#> domestic = weekly[weekly["category"] == ____]
#> domestic_by_campaign = domestic.groupby(____)["count"].mean()
domestic = weekly[weekly["category"] == "domestic"]
domestic_by_campaign = domestic.groupby("campaign")["count"].mean()
### END SOLUTION

# %% [markdown] lang="uz" hint="q5"
# Avval faqat `"domestic"` satrlari, keyin `groupby("campaign")`.

# %% [markdown] lang="ru" hint="q5"
# Сначала только строки `"domestic"`, потом `groupby("campaign")`.

# %% [markdown] lang="en" hint="q5"
# Only the `"domestic"` rows first, then `groupby("campaign")`.

# %% [markdown] lang="uz"
# ## 5. Prognoz va uning xatosi
#
# Prognoz hafta boshlanishidan **oldin** tuziladi (masalan, yakshanba kechqurun): unda faqat
# o'tgan haftalar ma'lumoti bo'ladi. Xatoni **o'rtacha absolyut xato** (MAE) bilan o'lchaymiz:
# prognoz va haqiqiy sonlar farqining modullari o'rtachasi, oxirgi `H = 26` haftada.
#
# **Namuna (yechilgan misol).** Chilonzordagi o'g'irliklar uchun ikki prognoz: "o'tgan haftadek"
# (`shift(1)`: har bir hafta yonida o'tgan haftaning soni) va "oldingi 4 haftaning o'rtachasi"
# (`shift(1).rolling(4).mean()`: avval bir hafta surish, keyin o'rtacha — joriy hafta kirmaydi).

# %% [markdown] lang="ru"
# ## 5. Прогноз и его ошибка
#
# Прогноз делается **до** начала недели (например, в воскресенье вечером): в нём есть только
# прошлые недели. Ошибку меряем **средней абсолютной ошибкой** (MAE): среднее модулей разностей
# прогноза и факта на последних `H = 26` неделях.
#
# **Пример с решением.** Два прогноза для краж в Чиланзаре: «как прошлая неделя» (`shift(1)`:
# рядом с каждой неделей число прошлой недели) и «среднее 4 предыдущих недель»
# (`shift(1).rolling(4).mean()`: сначала сдвиг на неделю, потом среднее — текущая неделя не
# входит).

# %% [markdown] lang="en"
# ## 5. A forecast and its error
#
# A forecast is made **before** the week starts (say on Sunday evening): it holds only past weeks.
# We measure the error by the **mean absolute error** (MAE): the mean of the absolute differences
# between forecast and actual, over the last `H = 26` weeks.
#
# **Worked example.** Two forecasts for thefts in Chilonzor: "like last week" (`shift(1)`: next to
# each week, last week's count) and "the mean of the previous 4 weeks"
# (`shift(1).rolling(4).mean()`: shift first, then average: the week itself is not included).

# %%
last_week = theft_chilonzor.shift(1)
ma4 = theft_chilonzor.shift(1).rolling(4).mean()
print("MAE last_week:", round(float((last_week - theft_chilonzor).abs().iloc[-H:].mean()), 2))
print("MAE ma4:", round(float((ma4 - theft_chilonzor).abs().iloc[-H:].mean()), 2))

# %% [markdown] lang="uz"
# **6-savol.** Yunusobod firibgarliklari (`fraud_yunusobod`) uchun **"o'tgan yilning shu haftasi"**
# prognozini tuzing: 52 hafta oldingi son (`same_week_last_year`). So'ng uning oxirgi `H` haftadagi
# MAE sini (bir haftada o'rtacha necha murojaatga adashadi) `mae_last_year` ga yozing.

# %% [markdown] lang="ru"
# **Вопрос 6.** Постройте для мошенничества в Юнусабаде (`fraud_yunusobod`) прогноз **«та же
# неделя прошлого года»**: число 52 недели назад (`same_week_last_year`). Затем запишите его MAE на
# последних `H` неделях (на сколько обращений в неделю он ошибается в среднем) в `mae_last_year`.

# %% [markdown] lang="en"
# **Question 6.** For fraud in Yunusobod (`fraud_yunusobod`) build the forecast **"the same week
# last year"**: the count 52 weeks earlier (`same_week_last_year`). Then store its MAE over the
# last `H` weeks (by how many appeals a week it is off, on average) in `mae_last_year`.

# %% practice={"q": "q6", "names": ["same_week_last_year", "mae_last_year"], "abs": 1e-09}
### BEGIN SOLUTION
#> same_week_last_year = fraud_yunusobod.shift(____)
#> mae_last_year = float((same_week_last_year - fraud_yunusobod).abs().iloc[-H:].mean())
same_week_last_year = fraud_yunusobod.shift(52)
mae_last_year = float((same_week_last_year - fraud_yunusobod).abs().iloc[-H:].mean())
### END SOLUTION

# %% [markdown] lang="uz" hint="q6"
# Bir yil — 52 hafta: `shift(52)`. Minus belgisi (`shift(-52)`) kelajakdagi haftani olib keladi.

# %% [markdown] lang="uz" hint="q6"
# Xato katta chiqdi? Firibgarlik yildan yilga o'smoqda: o'tgan yilgi son bugungidan kam. Bu
# prognozning zaif tomoni — darajaning o'zgarishini ko'rmaydi.

# %% [markdown] lang="ru" hint="q6"
# Год — 52 недели: `shift(52)`. Со знаком минус (`shift(-52)`) подтягивается будущая неделя.

# %% [markdown] lang="ru" hint="q6"
# Ошибка большая? Мошенничество растёт из года в год: прошлогоднее число меньше нынешнего. Это
# слабое место такого прогноза — он не видит изменения уровня.

# %% [markdown] lang="en" hint="q6"
# A year is 52 weeks: `shift(52)`; `shift(-52)` would bring in a future week. The error is large
# because fraud grows year on year.

# %% [markdown] lang="uz"
# ## 6. Kelajakka qarash (look-ahead)
#
# Hamkasbingiz "juda aniq" prognoz olib keldi: har bir hafta uchun **shu hafta atrofidagi** 5
# haftaning o'rtachasi (`rolling(5, center=True)`: 2 hafta oldin, shu hafta va **2 hafta keyin**).
#
# **Namuna (yechilgan misol).** Chilonzor o'g'irliklari uchun uning MAE si — `ma4` dan ancha kichik.

# %% [markdown] lang="ru"
# ## 6. Заглядывание в будущее (look-ahead)
#
# Коллега принёс «очень точный» прогноз: для каждой недели среднее 5 недель **вокруг неё**
# (`rolling(5, center=True)`: 2 недели до, сама неделя и **2 недели после**).
#
# **Пример с решением.** Его MAE для краж в Чиланзаре заметно меньше, чем у `ma4`.

# %% [markdown] lang="en"
# ## 6. Looking ahead
#
# A colleague brings a "very accurate" forecast: for each week the mean of the 5 weeks **around
# it** (`rolling(5, center=True)`: 2 weeks before, the week itself and **2 weeks after**).
#
# **Worked example.** For thefts in Chilonzor its MAE is well below that of `ma4`.

# %%
centred = theft_chilonzor.rolling(5, center=True).mean()
print("MAE centred:", round(float((centred - theft_chilonzor).abs().iloc[-H:].mean()), 2))

# %% [markdown] lang="uz"
# **7-savol.** Yakshanba kechqurun, hafta boshlanishidan oldin qaysi prognozlarni hisoblash
# mumkin? Ro'yxatdan **mumkin** bo'lganlarini to'plam qilib `usable` ga yozing:
# `"last_week"` (o'tgan hafta), `"ma4"` (oldingi 4 hafta), `"last_year"` (o'tgan yilning shu
# haftasi), `"centred"` (atrofidagi 5 hafta).

# %% [markdown] lang="ru"
# **Вопрос 7.** Какие прогнозы можно посчитать в воскресенье вечером, до начала недели?
# Запишите множество **допустимых** в `usable`: `"last_week"` (прошлая неделя), `"ma4"` (4
# предыдущие недели), `"last_year"` (та же неделя прошлого года), `"centred"` (5 недель вокруг).

# %% [markdown] lang="en"
# **Question 7.** Which forecasts can be computed on Sunday evening, before the week starts? Store
# the set of the **usable** ones in `usable`: `"last_week"`, `"ma4"`, `"last_year"`,
# `"centred"`.

# %% practice={"q": "q7", "names": ["usable"]}
### BEGIN SOLUTION
#> usable = {"last_week", ____}
usable = {"last_week", "ma4", "last_year"}
### END SOLUTION

# %% [markdown] lang="uz" hint="q7"
# Prognozga **shu haftaning o'zi** yoki undan keyingi haftalar kirsa, uni oldindan hisoblab
# bo'lmaydi. Qaysi birida "2 hafta keyin" bor?

# %% [markdown] lang="uz" hint="q7"
# Kichik xato — yaxshi prognoz belgisi emas, agar u javobni "ko'rib" hisoblangan bo'lsa. Bunday
# prognoz hisobotda chiroyli, rejalashtirishda esa ishlamaydi.

# %% [markdown] lang="ru" hint="q7"
# Если в прогноз входит **сама неделя** или недели после неё, заранее его не посчитать. В каком
# есть «2 недели после»?

# %% [markdown] lang="ru" hint="q7"
# Маленькая ошибка — не признак хорошего прогноза, если он посчитан, «подсмотрев» ответ. Такой
# прогноз красив в отчёте и бесполезен при планировании.

# %% [markdown] lang="en" hint="q7"
# A forecast that contains the week itself or later weeks cannot be computed in advance.

# %% [markdown] lang="uz"
# ## Xulosa
#
# - Murojaatlarni sanash uchun `count` ni qo'shing (`sum`), satrlarni emas.
# - Prognoz har bir tuman × toifa qatori uchun tuziladi; mavsumni oylik **o'rtacha** ko'rsatadi.
# - Profilaktika haftaligi oldindan ma'lum: prognoz uni hisobga olishi mumkin va kerak.
# - "O'tgan yilning shu haftasi" o'sayotgan toifada adashadi.
# - Prognozga faqat o'tgan haftalar kiradi; kelajakka qaragan prognozning kichik xatosi —
#   aldov.
#
# Endi baholanadigan mashqqa o'ting: u yerda 36 qatorning hammasi, asos (baseline) va yaxshiroq
# model, keyingi oy prognozi.

# %% [markdown] lang="ru"
# ## Итог
#
# - Чтобы посчитать обращения, складывайте `count` (`sum`), а не строки.
# - Прогноз строится для каждого ряда район × категория; сезонность показывает **среднее** по
#   месяцам.
# - Неделя профилактики известна заранее: прогноз может и должен её учитывать.
# - «Та же неделя прошлого года» ошибается в растущей категории.
# - В прогноз входят только прошлые недели; маленькая ошибка прогноза, заглянувшего в будущее, —
#   обман.
#
# Теперь переходите к оцениваемому заданию: там все 36 рядов, ориентир (baseline) и модель
# получше, прогноз на следующий месяц.

# %% [markdown] lang="en"
# ## Summary
#
# - Count appeals by adding `count` (`sum`), not rows.
# - A forecast is made per district x category series; a monthly **mean** shows the season.
# - Prevention weeks are known in advance: a forecast may and should use them.
# - "The same week last year" goes wrong for a growing category.
# - Only past weeks go into a forecast; the small error of a forecast that looked ahead is a
#   deception.
#
# Now go on to the graded exercise: all 36 series, a baseline and a better model, and next
# month's forecast.
