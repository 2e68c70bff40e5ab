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
# # Mashq qilish 1. Daftar (notebook) bilan birinchi qadamlar
#
# Siz hozir **Jupyter daftari** (notebook) ichidasiz. Daftar — kataklardan (hujayralardan) iborat
# sahifa. Kataklar ikki xil bo'ladi:
#
# - **matn kataklari** — shu kabi tushuntirishlar;
# - **kod kataklari** — kulrang fonli, chap tomonida `[ ]` belgisi bor. Ular ichida Python tilida
#   buyruq yoziladi.
#
# **Katakni ishga tushirish:** katakni sichqoncha bilan bosing va **Shift + Enter** tugmalarini
# birga bosing. Natija katak ostida chiqadi, `[ ]` ichida esa raqam paydo bo'ladi (masalan `[3]`:
# bu katak uchinchi bo'lib bajarilgan).
#
# Qoida: kataklarni **yuqoridan pastga, tartib bilan** ishga tushiring. Agar biror narsa
# chalkashib ketsa, menyudan **Kernel → Restart Kernel and Run All Cells** ni tanlang: daftar
# boshidan qayta bajariladi.
#
# Xato qilishdan qo'rqmang: kompyuterni buzib bo'lmaydi. Qizil xabar chiqsa, uni o'qing,
# tuzating va katakni yana ishga tushiring.

# %% [markdown] lang="ru"
# # Практика 1. Первые шаги в блокноте (notebook)
#
# Вы находитесь в **блокноте Jupyter** (notebook). Блокнот — это страница из ячеек. Ячейки бывают
# двух видов:
#
# - **текстовые** — пояснения, как это;
# - **ячейки с кодом** — на сером фоне, слева значок `[ ]`. В них пишут команды на языке Python.
#
# **Как выполнить ячейку:** щёлкните по ней мышью и нажмите вместе **Shift + Enter**. Результат
# появится под ячейкой, а в `[ ]` — число (например, `[3]`: эта ячейка выполнена третьей).
#
# Правило: выполняйте ячейки **по порядку, сверху вниз**. Если что-то запуталось, выберите в меню
# **Kernel → Restart Kernel and Run All Cells**: блокнот выполнится заново с начала.
#
# Не бойтесь ошибок: компьютер так не сломать. Появилось красное сообщение — прочитайте его,
# исправьте и выполните ячейку ещё раз.

# %% [markdown] lang="en"
# # Practice 1. First steps in a notebook
#
# You are inside a **Jupyter notebook**: a page made of cells. **Text cells** explain, like this
# one; **code cells** have a grey background and `[ ]` on the left, and hold Python commands.
#
# **To run a cell:** click it and press **Shift + Enter** together. The result appears under the
# cell, and a number appears in `[ ]` (`[3]`: this cell ran third).
#
# Run the cells **in order, from top to bottom**. If things get mixed up, choose **Kernel →
# Restart Kernel and Run All Cells** in the menu. Mistakes cannot break anything: read the red
# message, fix the cell and run it again.

# %% tags=["setup"]
LANG = "uz"
from malaka.practice import attach

attach(globals(), "p01_first_steps")

# %% [markdown] lang="uz"
# Yuqoridagi katak daftarni tayyorlaydi: uni **birinchi bo'lib** ishga tushiring (Shift + Enter).
#
# **Savollar qanday tekshiriladi.** Har bir savoldan keyin javob katagi bor. Ba'zilarida bitta
# qator tayyor, faqat `____` (to'rtta pastki chiziq) o'rniga kerakli narsani yozasiz. Javob
# katagidan keyin tekshiruv katagi `q1.check()` turadi: uni ishga tushiring.
#
# - yashil xabar — javob to'g'ri;
# - qizil xabar — nima noto'g'ri ekanini aytadi;
# - `q1.hint()` — maslahat beradi, `q1.solution()` — yechimni ko'rsatadi (avval o'zingiz
#   urinib ko'ring).
#
# Bu mashqlar baholanmaydi: bemalol xato qiling va qayta urining.

# %% [markdown] lang="ru"
# Ячейка выше готовит блокнот: выполните её **первой** (Shift + Enter).
#
# **Как проверяются вопросы.** После каждого вопроса есть ячейка для ответа. В некоторых строка
# уже написана, нужно только вписать нужное вместо `____` (четыре подчёркивания). После ячейки
# ответа стоит ячейка проверки `q1.check()`: выполните её.
#
# - зелёное сообщение — ответ верный;
# - красное сообщение — объясняет, что не так;
# - `q1.hint()` — даёт подсказку, `q1.solution()` — показывает решение (сначала попробуйте сами).
#
# Эти задания не оцениваются: ошибайтесь смело и пробуйте снова.

# %% [markdown] lang="en"
# The cell above prepares the notebook: run it **first** (Shift + Enter).
#
# **How questions are checked.** Each question has an answer cell; in some, a line is already
# written and you only replace `____` (four underscores). The check cell `q1.check()` follows:
# run it. Green means right; red says what is wrong; `q1.hint()` gives a hint and
# `q1.solution()` shows the solution (try yourself first). Nothing here is graded.

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): hisoblash va o'zgaruvchi
#
# Kod katagi kalkulyator kabi ishlaydi. Quyidagi katakni ishga tushiring:

# %% [markdown] lang="ru"
# ## Пример с решением: вычисления и переменная
#
# Ячейка с кодом работает как калькулятор. Выполните ячейку ниже:

# %% [markdown] lang="en"
# ## Worked example: arithmetic and a variable
#
# A code cell works like a calculator. Run the cell below:

# %%
2 + 3

# %% [markdown] lang="uz"
# **O'zgaruvchi** — qiymatga berilgan nom. `=` belgisi "shu nomga shu qiymatni yoz" degani:
# chapda nom, o'ngda qiymat. Keyin nomni yozsangiz, Python qiymatni eslaydi. `print(...)` esa
# qiymatni ekranga chiqaradi.

# %% [markdown] lang="ru"
# **Переменная** — имя для значения. Знак `=` значит «запиши это значение под этим именем»: слева
# имя, справа значение. Дальше по имени Python помнит значение. `print(...)` выводит значение на
# экран.

# %% [markdown] lang="en"
# A **variable** is a name for a value. `=` means "store this value under this name": name on the
# left, value on the right. `print(...)` shows a value on the screen.

# %%
extension_days = 30
print(extension_days)
print(extension_days + 5)

# %% [markdown] lang="uz"
# **1-savol.** Qonunning 28-moddasi bo'yicha ariza va shikoyat **15 kun** ichida ko'rib chiqiladi
# (tasdiqlangan). `deadline_days` nomli o'zgaruvchiga 15 sonini yozing: `____` o'rniga sonni
# qo'ying va katakni ishga tushiring.

# %% [markdown] lang="ru"
# **Вопрос 1.** По статье 28 закона заявление и жалоба рассматриваются в течение **15 дней**
# (подтверждено). Запишите число 15 в переменную `deadline_days`: вместо `____` поставьте число и
# выполните ячейку.

# %% [markdown] lang="en"
# **Question 1.** Under Art. 28 of the law an application or complaint is considered within
# **15 days** (confirmed). Store the number 15 in the variable `deadline_days`: replace `____`
# with the number and run the cell.

# %% practice={"q": "q1", "names": ["deadline_days"]}
### BEGIN SOLUTION
#> deadline_days = ____
deadline_days = 15
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Namunadagi `extension_days = 30` qatoriga qarang: xuddi shunday, faqat nom `deadline_days`,
# son esa 15. Sonlar qo'shtirnoqsiz yoziladi.

# %% [markdown] lang="ru" hint="q1"
# Посмотрите на строку `extension_days = 30` в примере: так же, только имя `deadline_days`, а
# число 15. Числа пишутся без кавычек.

# %% [markdown] lang="en" hint="q1"
# Look at `extension_days = 30` in the example: the same, with the name `deadline_days` and the
# number 15. Numbers are written without quotes.

# %% [markdown] lang="uz"
# ## Namuna: o'zgaruvchilar bilan hisoblash
#
# Murojaat oyning 3-kunida kelgan bo'lsa va unga 30 kun berilgan bo'lsa, oxirgi kun —
# 3 + 30 = 33 (kalendarda bu keyingi oyga o'tadi, hozircha faqat sonlar bilan ishlaymiz).
# O'zgaruvchilarni sonlar kabi qo'shish mumkin:

# %% [markdown] lang="ru"
# ## Пример с решением: вычисления с переменными
#
# Если обращение поступило 3-го числа и на него дано 30 дней, последний день — 3 + 30 = 33 (по
# календарю это уже следующий месяц; пока работаем только с числами). Переменные складываются, как
# числа:

# %% [markdown] lang="en"
# ## Worked example: computing with variables
#
# An appeal received on day 3 with 30 days to answer ends on day 3 + 30 = 33 (the calendar would
# roll into the next month; for now we work with plain numbers). Variables add up like numbers:

# %%
start_day = 3
last_day = start_day + extension_days
last_day

# %% [markdown] lang="uz"
# **2-savol.** Shikoyat oyning 10-kunida kelgan. Avval pastdagi katakni ishga tushiring: u
# `received_day` (kelgan kun, 10) va `term_days` (muddat, 15 kun) o'zgaruvchilarini yaratadi.
# Keyin `due_day` ga muddat tugaydigan kunni yozing: kelgan kun **qo'shuv** `term_days`.
# `____` o'rniga to'g'ri belgini qo'ying.

# %% [markdown] lang="ru"
# **Вопрос 2.** Жалоба поступила 10-го числа. Сначала выполните ячейку ниже: она создаёт
# переменные `received_day` (день поступления, 10) и `term_days` (срок, 15 дней). Затем запишите
# в `due_day` день окончания срока: день поступления **плюс** `term_days`. Вместо `____`
# поставьте нужный знак.

# %% [markdown] lang="en"
# **Question 2.** A complaint arrived on day 10. Run the cell below first: it creates
# `received_day` (the day received, 10) and `term_days` (the term, 15 days). Then store in
# `due_day` the last day of the term: the day received **plus** `term_days`. Put the right sign
# in place of `____`.

# %%
received_day = 10
term_days = 15

# %% practice={"q": "q2", "names": ["due_day"]}
### BEGIN SOLUTION
#> due_day = received_day ____ term_days
due_day = received_day + term_days
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Muddat kelgan kundan **keyin** tugaydi, demak kunlar qo'shiladi: `+` belgisi.

# %% [markdown] lang="uz" hint="q2"
# Kurs qoidasi: 15 kunlik muddat `kelgan kun + 15` kuni tugaydi; kelgan kunni alohida
# sanamang (1 ayirmang).

# %% [markdown] lang="ru" hint="q2"
# Срок заканчивается **после** дня поступления, значит дни складываются: знак `+`.

# %% [markdown] lang="ru" hint="q2"
# Правило курса: 15-дневный срок заканчивается в день `поступление + 15`; день поступления
# отдельно не считайте (не вычитайте 1).

# %% [markdown] lang="en" hint="q2"
# The deadline comes **after** the day received, so the days add up: the `+` sign.

# %% [markdown] lang="en" hint="q2"
# Course rule: a 15-day term ends on `received + 15`; do not count the day received separately
# (do not subtract 1).

# %% [markdown] lang="uz"
# ## Namuna: matn
#
# Matn (satr) **qo'shtirnoq ichida** yoziladi: `"..."`. Ikki matnni `+` bilan ulash mumkin.
# Qo'shtirnoqsiz yozilgan so'z esa o'zgaruvchi nomi deb tushuniladi:

# %% [markdown] lang="ru"
# ## Пример с решением: текст
#
# Текст (строка) пишется **в кавычках**: `"..."`. Два текста можно склеить знаком `+`. Слово без
# кавычек Python считает именем переменной:

# %% [markdown] lang="en"
# ## Worked example: text
#
# Text (a string) is written **in quotes**: `"..."`. Two texts join with `+`. A word without
# quotes is read as the name of a variable:

# %%
year = "2026"
prefix = "IIV-" + year
print(prefix)
print("IIV-" + "year")

# %% [markdown] lang="uz"
# Ikkinchi qator `IIV-year` chiqardi: `"year"` qo'shtirnoqda bo'lgani uchun Python uni oddiy so'z
# deb oldi, o'zgaruvchining qiymatini emas.
#
# **3-savol.** Murojaatning ro'yxat raqami `IIV-2026-` va tartib raqamidan iborat. Pastdagi katak
# `number` ni yaratadi. `reg_no` ga `"IIV-2026-"` matnini va `number` qiymatini ulab yozing.

# %% [markdown] lang="ru"
# Вторая строка вывела `IIV-year`: `"year"` стоит в кавычках, и Python взял само слово, а не
# значение переменной.
#
# **Вопрос 3.** Регистрационный номер обращения состоит из `IIV-2026-` и порядкового номера.
# Ячейка ниже создаёт `number`. Запишите в `reg_no` текст `"IIV-2026-"`, склеенный со значением
# `number`.

# %% [markdown] lang="en"
# The second line printed `IIV-year`: `"year"` is in quotes, so Python took the word itself, not
# the variable's value.
#
# **Question 3.** A registration number is `IIV-2026-` followed by a serial number. The cell below
# creates `number`. Store in `reg_no` the text `"IIV-2026-"` joined with the value of `number`.

# %%
number = "000103"

# %% practice={"q": "q3", "names": ["reg_no"]}
### BEGIN SOLUTION
#> reg_no = "IIV-2026-" + ____
reg_no = "IIV-2026-" + number
### END SOLUTION

# %% [markdown] lang="uz" hint="q3"
# Namunadagi `prefix = "IIV-" + year` qatoriga qarang. Bu yerda o'zgaruvchi — `number`.

# %% [markdown] lang="uz" hint="q3"
# `number` ni qo'shtirnoqqa olmang: bizga so'z emas, uning qiymati (`000103`) kerak.

# %% [markdown] lang="ru" hint="q3"
# Посмотрите на строку `prefix = "IIV-" + year` в примере. Здесь переменная — `number`.

# %% [markdown] lang="ru" hint="q3"
# Не берите `number` в кавычки: нужно не слово, а его значение (`000103`).

# %% [markdown] lang="en" hint="q3"
# Look at `prefix = "IIV-" + year` in the example. Here the variable is `number`, without quotes:
# you need its value (`000103`), not the word.

# %% [markdown] lang="uz"
# ## Namuna: solishtirish (ha yoki yo'q)
#
# `>` (katta), `<` (kichik), `==` (teng) belgilari ikki qiymatni solishtiradi. Javob — `True`
# (ha, rost) yoki `False` (yo'q, yolg'on). Diqqat: bitta `=` qiymatni yozadi, ikkita `==` esa
# solishtiradi.

# %% [markdown] lang="ru"
# ## Пример с решением: сравнение (да или нет)
#
# Знаки `>` (больше), `<` (меньше), `==` (равно) сравнивают два значения. Ответ — `True` (да,
# истина) или `False` (нет, ложь). Внимание: один `=` записывает значение, два `==` — сравнивают.

# %% [markdown] lang="en"
# ## Worked example: comparing (yes or no)
#
# `>` (greater), `<` (less) and `==` (equal) compare two values. The answer is `True` or `False`.
# One `=` stores a value; two `==` compare.

# %%
days_passed = 12
print(days_passed > term_days)
print(days_passed == 12)

# %% [markdown] lang="uz"
# 12 kun 15 kundan ko'p emas, shuning uchun birinchi javob `False`.
#
# **4-savol.** Javob murojaat kelganidan 21 kun o'tib berildi (pastdagi katak `answer_days` ni
# yaratadi). Javob muddatdan kech berildimi? `is_late` ga solishtirish natijasini yozing
# (`True` yoki `False` chiqishi kerak): `answer_days` `term_days` dan **katta**mi?

# %% [markdown] lang="ru"
# 12 дней не больше 15, поэтому первый ответ `False`.
#
# **Вопрос 4.** Ответ дан через 21 день после поступления (ячейка ниже создаёт `answer_days`).
# Ответ дан с опозданием? Запишите в `is_late` результат сравнения (должно получиться `True` или
# `False`): `answer_days` **больше**, чем `term_days`?

# %% [markdown] lang="en"
# 12 days is not more than 15, so the first answer is `False`.
#
# **Question 4.** The answer went out 21 days after the appeal arrived (the cell below creates
# `answer_days`). Was it late? Store in `is_late` the result of the comparison (`True` or
# `False`): is `answer_days` **greater** than `term_days`?

# %%
answer_days = 21

# %% practice={"q": "q4", "names": ["is_late"]}
### BEGIN SOLUTION
#> is_late = answer_days ____ term_days
is_late = answer_days > term_days
### END SOLUTION

# %% [markdown] lang="uz" hint="q4"
# "Katta" belgisi — `>`. Natija son emas, `True` yoki `False` bo'lishi kerak.

# %% [markdown] lang="ru" hint="q4"
# Знак «больше» — `>`. Результат должен быть не числом, а `True` или `False`.

# %% [markdown] lang="en" hint="q4"
# "Greater than" is `>`. The result is not a number but `True` or `False`.

# %% [markdown] lang="uz"
# **Xulosa.** Siz katakni ishga tushirdingiz, o'zgaruvchi yaratdingiz, sonlar va matn bilan
# ishladingiz va ikki qiymatni solishtirdingiz. Keyingi mashqda murojaatlar jadvalini o'qiymiz.
# Daftarni saqlash: **Ctrl + S**.

# %% [markdown] lang="ru"
# **Итог.** Вы выполнили ячейку, создали переменную, поработали с числами и текстом и сравнили два
# значения. В следующей практике читаем таблицу обращений. Сохранить блокнот: **Ctrl + S**.

# %% [markdown] lang="en"
# **Summary.** You ran cells, created variables, worked with numbers and text, and compared two
# values. Next: reading the table of appeals. Save the notebook with **Ctrl + S**.
