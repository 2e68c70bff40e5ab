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
# # Mashq qilish 5. Natijani saqlash
#
# Hisobot tayyor bo'lsa, uni **faylga saqlash** va hamkasbga yoki rahbarga yuborish kerak.
# Ikki xil saqlash bor:
#
# 1. **Natijani CSV faylga** yozish: `natija.to_csv("fayl.csv")`. CSV fayl Excel'da ochiladi.
# 2. **Daftarning o'zini** saqlash: **Ctrl + S** yoki menyuda **File → Save Notebook**.
#
# Tayyorlov katagini birinchi bo'lib ishga tushiring.

# %% [markdown] lang="ru"
# # Практика 5. Сохраняем результат
#
# Когда отчёт готов, его нужно **сохранить в файл** и отправить коллеге или руководителю.
# Сохранение бывает двух видов:
#
# 1. **Результат в файл CSV**: `результат.to_csv("файл.csv")`. Файл CSV открывается в Excel.
# 2. **Сам блокнот**: **Ctrl + S** или в меню **File → Save Notebook**.
#
# Выполните подготовительную ячейку первой.

# %% [markdown] lang="en"
# # Practice 5. Saving a result
#
# A finished report has to be **saved to a file** and sent on. Two kinds of saving: **a result to
# a CSV file** with `result.to_csv("file.csv")` (CSV opens in Excel), and **the notebook itself**
# with **Ctrl + S** or **File → Save Notebook**.
#
# Run the setup cell first.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd
from malaka.practice import attach

appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
attach(globals(), "p05_saving")

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): kanallar bo'yicha sonlarni saqlash
#
# Fayl nomini o'zgaruvchiga yozib qo'yamiz, so'ng `to_csv` bilan saqlaymiz. Saqlangandan keyin
# fayl chapdagi fayllar panelida paydo bo'ladi. Uni `pd.read_csv` bilan qayta o'qib, ichida nima
# borligini tekshiramiz.

# %% [markdown] lang="ru"
# ## Пример с решением: сохраняем числа по каналам
#
# Имя файла запишем в переменную, затем сохраним через `to_csv`. После сохранения файл появится
# в панели файлов слева. Прочитаем его снова через `pd.read_csv` и проверим, что внутри.

# %% [markdown] lang="en"
# ## Worked example: saving the counts per channel
#
# Put the file name in a variable, then save with `to_csv`. The file appears in the file panel on
# the left. Read it back with `pd.read_csv` to see what is inside.

# %%
by_channel = appeals["channel"].value_counts()
channel_path = "by_channel.csv"
by_channel.to_csv(channel_path)
pd.read_csv(channel_path)

# %% [markdown] lang="uz"
# Faylda ikki ustun bor: `channel` (kanal nomi — bu `value_counts()` ning indeksi edi) va `count`.
# Indeks saqlangani uchun nomlar yo'qolmadi.
#
# **1-savol.** Har bir bo'linma (`department`) bo'yicha murojaatlar sonini `dept_counts.csv`
# fayliga saqlang. Fayl nomi `path` o'zgaruvchisida turadi; `____` o'rniga uni yozing.

# %% [markdown] lang="ru"
# В файле два столбца: `channel` (название канала — это был индекс `value_counts()`) и `count`.
# Индекс сохранён, поэтому названия не потерялись.
#
# **Вопрос 1.** Сохраните число обращений по каждому подразделению (`department`) в файл
# `dept_counts.csv`. Имя файла хранится в переменной `path`; впишите её вместо `____`.

# %% [markdown] lang="en"
# The file has two columns: `channel` (the name, which was the index of `value_counts()`) and
# `count`. The index was saved, so the names are kept.
#
# **Question 1.** Save the number of appeals per department (`department`) to the file
# `dept_counts.csv`. The file name is in the variable `path`; write it in place of `____`.

# %% practice={"q": "q1", "names": ["path"], "kind": "csv"}
### BEGIN SOLUTION
#> dept_counts = appeals["department"].value_counts()
#> path = "dept_counts.csv"
#> dept_counts.to_csv(____)
dept_counts = appeals["department"].value_counts()
path = "dept_counts.csv"
dept_counts.to_csv(path)
### END SOLUTION

# %% [markdown] lang="uz" hint="q1"
# Namunadagi `by_channel.to_csv(channel_path)` kabi: qavs ichida fayl nomi turgan o'zgaruvchi —
# `path`.

# %% [markdown] lang="uz" hint="q1"
# `index=False` qo'shmang: bu yerda indeksda bo'linma nomlari turibdi, ularsiz sonlar hech narsa
# demaydi.

# %% [markdown] lang="ru" hint="q1"
# Как `by_channel.to_csv(channel_path)` в примере: в скобках переменная с именем файла — `path`.

# %% [markdown] lang="ru" hint="q1"
# Не добавляйте `index=False`: здесь в индексе названия подразделений, без них числа ничего не
# говорят.

# %% [markdown] lang="en" hint="q1"
# Like `by_channel.to_csv(channel_path)` in the example: inside the brackets goes the variable with
# the file name, `path`. Do not add `index=False`: the index holds the department names.

# %% [markdown] lang="uz"
# ## Namuna: jadvalning bir qismini indekssiz saqlash
#
# Ajratib olingan jadvalning indeksi — oddiy qator raqamlari (0, 1, 2...). Ularni saqlash shart
# emas: `index=False`. Masalan, anonim murojaatlar ro'yxati, faqat uchta ustun bilan:

# %% [markdown] lang="ru"
# ## Пример с решением: сохраняем часть таблицы без индекса
#
# Индекс отобранной таблицы — просто номера строк (0, 1, 2...). Сохранять их не нужно:
# `index=False`. Например, список анонимных обращений, только три столбца:

# %% [markdown] lang="en"
# ## Worked example: saving part of a table without its index
#
# The index of a filtered table is just row numbers (0, 1, 2...), not worth saving:
# `index=False`. For example, the anonymous appeals with three columns only:

# %%
anonymous = appeals[appeals["anonymous"]][["reg_no", "channel", "kind"]]
anonymous_path = "anonymous.csv"
anonymous.to_csv(anonymous_path, index=False)
pd.read_csv(anonymous_path).head()

# %% [markdown] lang="uz"
# **2-savol.** Muddati o'tgan murojaatlar (`overdue` ustunida `True`) ro'yxatini faqat uchta
# ustun bilan — `reg_no`, `kind`, `due_at` — `overdue.csv` fayliga **indekssiz** saqlang. Fayl
# nomi `overdue_path` da bo'lsin.

# %% [markdown] lang="ru"
# **Вопрос 2.** Сохраните список просроченных обращений (`True` в столбце `overdue`) только с
# тремя столбцами — `reg_no`, `kind`, `due_at` — в файл `overdue.csv` **без индекса**. Имя файла
# — в `overdue_path`.

# %% [markdown] lang="en"
# **Question 2.** Save the overdue appeals (`True` in `overdue`) with three columns only —
# `reg_no`, `kind`, `due_at` — to `overdue.csv` **without the index**. Keep the file name in
# `overdue_path`.

# %% practice={"q": "q2", "names": ["overdue_path"], "kind": "csv"}
### BEGIN SOLUTION
#> overdue = appeals[appeals["overdue"]][["reg_no", "kind", "due_at"]]
#> overdue_path = "overdue.csv"
#> overdue.to_csv(overdue_path, index=____)
overdue = appeals[appeals["overdue"]][["reg_no", "kind", "due_at"]]
overdue_path = "overdue.csv"
overdue.to_csv(overdue_path, index=False)
### END SOLUTION

# %% [markdown] lang="uz" hint="q2"
# Indekssiz saqlash — `index=False` (katta harf bilan `False`, qo'shtirnoqsiz).

# %% [markdown] lang="ru" hint="q2"
# Без индекса — `index=False` (`False` с большой буквы, без кавычек).

# %% [markdown] lang="en" hint="q2"
# Without the index: `index=False` (capital `F`, no quotes).

# %% [markdown] lang="uz"
# ## Faylni kompyuterga yuklab olish va daftarni saqlash
#
# 1. Chapdagi fayllar panelida `dept_counts.csv` ni toping, ustiga **sichqonchaning o'ng
#    tugmasini** bosing va **Download** ni tanlang. Fayl brauzerning "Yuklamalar" papkasiga
#    tushadi; uni Excel'da ochish mumkin.
# 2. Daftarni saqlang: **Ctrl + S**. Daftarning o'zini ham shu usulda yuklab olish mumkin
#    (**File → Download**).
# 3. Oxirgi tekshiruv: **Kernel → Restart Kernel and Run All Cells**. Daftar boshidan oxirigacha
#    xatosiz bajarilsa, u tayyor.
#
# Maslahat: Excel kirill harflarini noto'g'ri ko'rsatsa, saqlashda `encoding="utf-8-sig"`
# qo'shing: `natija.to_csv("fayl.csv", encoding="utf-8-sig")`.

# %% [markdown] lang="ru"
# ## Скачиваем файл и сохраняем блокнот
#
# 1. Найдите `dept_counts.csv` в панели файлов слева, щёлкните **правой кнопкой мыши** и выберите
#    **Download**. Файл попадёт в папку «Загрузки» браузера; его можно открыть в Excel.
# 2. Сохраните блокнот: **Ctrl + S**. Сам блокнот скачивается так же (**File → Download**).
# 3. Последняя проверка: **Kernel → Restart Kernel and Run All Cells**. Если блокнот выполнился с
#    начала до конца без ошибок, он готов.
#
# Совет: если Excel показывает кириллицу «кракозябрами», сохраняйте с `encoding="utf-8-sig"`:
# `результат.to_csv("файл.csv", encoding="utf-8-sig")`.

# %% [markdown] lang="en"
# ## Downloading the file and saving the notebook
#
# 1. Find `dept_counts.csv` in the file panel, **right-click** it and choose **Download**; open it
#    in Excel.
# 2. Save the notebook with **Ctrl + S**; **File → Download** downloads the notebook itself.
# 3. Last check: **Kernel → Restart Kernel and Run All Cells**. If it runs top to bottom without
#    errors, it is done.
#
# Tip: if Excel garbles Cyrillic letters, save with `encoding="utf-8-sig"`.

# %% [markdown] lang="uz"
# **Xulosa.** `natija.to_csv(yo'l)` natijani faylga yozadi; nomlar indeksda bo'lsa indeksni
# saqlang, oddiy qator raqamlari bo'lsa — `index=False`. Daftar — **Ctrl + S**. Endi siz
# baholanadigan mashqqa tayyorsiz: `ex01_first_report`.

# %% [markdown] lang="ru"
# **Итог.** `результат.to_csv(путь)` записывает результат в файл; если названия в индексе —
# сохраняйте индекс, если там просто номера строк — `index=False`. Блокнот — **Ctrl + S**. Теперь
# вы готовы к оцениваемому заданию `ex01_first_report`.

# %% [markdown] lang="en"
# **Summary.** `result.to_csv(path)` writes a result to a file; keep the index when it holds the
# names, use `index=False` when it is just row numbers. The notebook: **Ctrl + S**. You are ready
# for the assessment `ex01_first_report`.
