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
# # 3-mashq. Shaxsga doir ma'lumotlar: topish, psevdonimlash, k-anonimlik
#
# Murojaatlar tizimidan eksport "oqib chiqdi" (`export`): unda F.I.Sh., JShShIR (PINFL), pasport,
# telefon, manzil va murojaat matni bor. Tahlilchiga shu ma'lumotni **shaxssizlantirib** berish
# kerak. "Shaxsga doir ma'lumotlar to'g'risida"gi qonun (2019-yil 2-iyul, O'RQ-547) ma'lumotlarni
# qayta ishlash turlari qatorida **shaxssizlantirish**ni ham sanaydi.
#
# Reja: (1) matndagi identifikatorlarni yashirish; (2) JShShIR o'rniga **kalitli xesh (HMAC)** —
# bir xil odam bir xil taxallus oladi, lekin kalitsiz uni qaytarib bo'lmaydi; (3) yosh, jins,
# tuman bo'yicha **k-anonimlikni** tekshirish.
#
# Nega oddiy xesh emas? JShShIR 14 raqamli, tarkibi ma'lum (jins, tug'ilgan sana, hudud):
# variantlar soni kam, kalitsiz `sha256(pinfl)` ni hamma variantlarni sanab topish mumkin.

# %% [markdown] lang="ru"
# # Упражнение 3. Персональные данные: поиск, псевдонимизация, k-анонимность
#
# Из системы обращений «утекла» выгрузка (`export`): в ней ФИО, ПИНФЛ, паспорт, телефон, адрес и
# текст обращения. Аналитику нужно передать эти данные **обезличенными**. Закон «О персональных
# данных» (2 июля 2019 г., ЗРУ-547) называет **обезличивание** среди видов обработки данных.
#
# План: (1) скрыть идентификаторы в тексте; (2) вместо ПИНФЛ — **хеш с ключом (HMAC)**: один человек
# получает один псевдоним, но без ключа его не восстановить; (3) проверить **k-анонимность** по
# возрасту, полу и району.
#
# Почему не простой хеш? ПИНФЛ — 14 цифр с известной структурой (пол, дата рождения, территория):
# вариантов мало, и `sha256(pinfl)` без ключа находится перебором.

# %% [markdown] lang="en"
# # Exercise 3. Personal data: find, pseudonymise, check k-anonymity
#
# Redact identifiers in free text, replace PINFL with a keyed HMAC pseudonym (an unsalted hash of a
# 14-digit structured number can be brute-forced), drop direct identifiers and check k-anonymity on
# (decade of birth, sex, district).

# %% tags=["setup"]
LANG = "uz"
import hashlib
import hmac
import re

import pandas as pd

from malaka.grading.checks import (
    check_columns,
    check_defined,
    check_equal,
    check_type,
)

export = pd.read_csv("data/leaked-export/export.csv", dtype=str)
# Mashq uchun kalit. Amalda u alohida saqlanadi va tahlilchiga berilmaydi.
# Ключ для упражнения. На практике он хранится отдельно и аналитику не передаётся.
KEY = b"malaka-mashq-kaliti-2025"
K = 5
DIRECT = ["full_name", "pinfl", "passport", "phone", "email", "address", "officer"]
export.head(3)

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): elektron pochta manzilini yashirish va kalitli xesh
#
# `re.sub(naqsh, almashtirish, matn)` matndagi naqshga mos hamma bo'laklarni almashtiradi.
# `\S+@\S+` — bo'sh joysiz belgilar, `@`, yana bo'sh joysiz belgilar. Pastda — boshqa kalit bilan
# HMAC: bir xil qiymat bir xil taxallus beradi, kalitsiz uni qaytarib bo'lmaydi. 1- va 2-savollarda
# xuddi shunday — telefon, JShShIR, pasport va `KEY` bilan.

# %% [markdown] lang="ru"
# ## Пример с решением: скрываем адрес e-mail и считаем хеш с ключом
#
# `re.sub(шаблон, замена, текст)` заменяет все куски текста, подходящие под шаблон. `\S+@\S+` —
# символы без пробелов, `@`, снова символы без пробелов. Ниже — HMAC с другим ключом: одно значение
# даёт один псевдоним, без ключа его не восстановить. В вопросах 1 и 2 так же — с телефоном, ПИНФЛ,
# паспортом и ключом `KEY`.

# %% [markdown] lang="en"
# ## Worked example: hiding an e-mail address and a keyed hash
#
# `re.sub(pattern, replacement, text)` replaces every match. Below, HMAC with another key: one
# value, one pseudonym, not reversible without the key. Questions 1 and 2 do this with phones,
# PINFL, passports and `KEY`.

# %%
print(re.sub(r"\S+@\S+", "[EMAIL]", "Javobni a.karimov@mail.uz manziliga yuboring."))
_demo_key = b"namuna-kaliti"
print(hmac.new(_demo_key, "AA1234567".encode("utf-8"), hashlib.sha256).hexdigest()[:16])

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** Murojaat matnlarining (`export["text"]`) nechtasida
# telefon raqami bor — ichida `+998` uchraydi? Sonini `n_with_phone` (int) ga yozing. Bu matnlarni
# tahlilchiga shunday berib bo'lmaydi.
#
# <details><summary>Maslahat</summary>
#
# `export["text"].str.contains("+998", regex=False)`; `regex=False` — `+` oddiy belgi sifatida
# qidirilsin. Keyin `.sum()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** Во скольких текстах обращений (`export["text"]`) есть номер
# телефона — встречается `+998`? Запишите число в `n_with_phone` (int). Такие тексты нельзя
# передавать аналитику как есть.
#
# <details><summary>Подсказка</summary>
#
# `export["text"].str.contains("+998", regex=False)`; `regex=False` — искать `+` как обычный
# символ. Затем `.sum()`.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** How many appeal texts (`export["text"]`) contain a phone
# number, i.e. `+998`? Store the number in `n_with_phone` (int).
#
# <details><summary>Hint</summary>
#
# `export["text"].str.contains("+998", regex=False).sum()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_with_phone = int(export["text"].str.contains("+998", regex=False).sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_with_phone")
### BEGIN HIDDEN TESTS
judge.value("n_with_phone")
### END HIDDEN TESTS
# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchi darajasi (funksiyalar, muntazam ifodalar, vaqt oynalari).
# Har bir savol alohida baholanadi: qiyin bo'lsa, maslahatni oching va keyingisiga o'ting.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Дальше — вопросы уровня аналитика (функции, регулярные выражения, окна по времени). Каждый вопрос
# оценивается отдельно: если трудно, откройте подсказку и переходите к следующему.

# %% [markdown] lang="en"
# ## Advanced part
#
# Analyst-level questions follow (functions, regular expressions, time windows). Each is graded on its
# own: if one is hard, open the hint and move on.

# %% [markdown] lang="uz"
# **1-savol (3 ball).** `redact(text)` funksiyasi matndagi identifikatorlarni almashtirsin:
# - telefon `+998` va 9 raqam (raqamlar orasida bo'sh joy yoki `-` bo'lishi mumkin:
#   `+998 97 516 14 08`) → `[TELEFON]`;
# - 14 raqamli JShShIR (oldidan va keyinidan raqam yo'q) → `[JSHSHIR]`;
# - pasport: 2 lotin katta harf + 7 raqam → `[PASPORT]`.
#
# Avval telefonni almashtiring (aks holda uning raqamlari boshqa qoidaga tushishi mumkin). Keyin
# `export["text_redacted"]` ustunini qo'shing.
#
# <details><summary>Maslahat</summary>
#
# Telefon: `r"\+998(?:[\s-]?\d){9}"`; JShShIR: `r"(?<!\d)\d{14}(?!\d)"`; pasport:
# `r"\b[A-Z]{2}\d{7}\b"`; `re.sub(pattern, "[...]", text)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (3 балла).** Функция `redact(text)` заменяет идентификаторы в тексте:
# - телефон `+998` и 9 цифр (между цифрами могут быть пробелы или `-`: `+998 97 516 14 08`) →
#   `[TELEFON]`;
# - 14-значный ПИНФЛ (без цифр до и после) → `[JSHSHIR]`;
# - паспорт: 2 заглавные латинские буквы + 7 цифр → `[PASPORT]`.
#
# Сначала заменяйте телефон (иначе его цифры могут попасть под другое правило). Затем добавьте
# столбец `export["text_redacted"]`.
#
# <details><summary>Подсказка</summary>
#
# Телефон: `r"\+998(?:[\s-]?\d){9}"`; ПИНФЛ: `r"(?<!\d)\d{14}(?!\d)"`; паспорт:
# `r"\b[A-Z]{2}\d{7}\b"`; `re.sub(pattern, "[...]", text)`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (3 points).** `redact(text)` replaces phones (`+998` and 9 digits, spaces or dashes
# allowed) with `[TELEFON]`, 14-digit PINFLs with `[JSHSHIR]` and passports (2 capitals + 7
# digits) with `[PASPORT]`, phones first. Then `export["text_redacted"]`.
#
# <details><summary>Hint</summary>
#
# `r"\+998(?:[\s-]?\d){9}"`, `r"(?<!\d)\d{14}(?!\d)"`, `r"\b[A-Z]{2}\d{7}\b"`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def redact(text):
    text = re.sub(r"\+998(?:[\s-]?\d){9}", "[TELEFON]", str(text))
    text = re.sub(r"(?<!\d)\d{14}(?!\d)", "[JSHSHIR]", text)
    return re.sub(r"\b[A-Z]{2}\d{7}\b", "[PASPORT]", text)


export["text_redacted"] = export["text"].map(redact)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("redact")
check_columns(export, ["text_redacted"], name="export")
check_equal(redact("Tel: +998905695473."), "Tel: [TELEFON].", name='redact("Tel: +998905695473.")')
### BEGIN HIDDEN TESTS
judge.call(
    "redact",
    [
        ("Tel: +998905695473.",),
        ("Raqamim +998 97 516 14 08, JShShIR 32208672127466, pasport AA5959846.",),
        ("Тел. +998-90-123-45-67; ПИНФЛ: 41602954066249",),
        ("Ariza raqami 2025 yil, uy 12.",),
    ],
    label=lambda text: f"redact({text!r})",
)
_got1 = judge.table("export", ["text_redacted"])["text_redacted"]
_want1 = judge.ref("export")["text_redacted"]
judge.check(
    len(_got1) == len(_want1)
    and set(_got1.index) == set(_want1.index)
    and _got1.loc[_want1.index].tolist() == _want1.tolist(),
    uz="text_redacted ba'zi matnlarda noto'g'ri: hamma telefon formatlarini va qoidalar tartibini tekshiring.",
    ru="text_redacted неверен в части текстов: проверьте все форматы телефонов и порядок правил.",
    en="text_redacted is wrong for some texts: check every phone format and the order of the rules.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (3 ball).** `pseudonym(value)` — `KEY` bilan HMAC-SHA256 ning o'n oltilik (hex)
# ko'rinishidagi dastlabki 16 belgisi. So'ng tahlilchi uchun `safe` jadvalini tuzing:
# - `pid` — `pseudonym(pinfl)`;
# - `birth_year` — tug'ilgan yil (int);
# - `text` — `text_redacted` qiymati;
# - `DIRECT` ro'yxatidagi ustunlar va `birth_date` **bo'lmasin**; qolganlari (`appeal_no`,
#   `registered`, `sex`, `district_id`, `category`) qolsin.
#
# <details><summary>Maslahat</summary>
#
# `hmac.new(KEY, value.encode("utf-8"), hashlib.sha256).hexdigest()[:16]`.
# `export.drop(columns=[...])`, `export["birth_date"].str[:4].astype(int)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (3 балла).** `pseudonym(value)` — первые 16 символов шестнадцатеричной (hex) записи
# HMAC-SHA256 с ключом `KEY`. Затем постройте для аналитика таблицу `safe`:
# - `pid` — `pseudonym(pinfl)`;
# - `birth_year` — год рождения (int);
# - `text` — значение `text_redacted`;
# - столбцов из списка `DIRECT` и `birth_date` **быть не должно**; остальные (`appeal_no`,
#   `registered`, `sex`, `district_id`, `category`) остаются.
#
# <details><summary>Подсказка</summary>
#
# `hmac.new(KEY, value.encode("utf-8"), hashlib.sha256).hexdigest()[:16]`.
# `export.drop(columns=[...])`, `export["birth_date"].str[:4].astype(int)`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (3 points).** `pseudonym(value)`: the first 16 hex characters of HMAC-SHA256 with
# `KEY`. Build `safe` with `pid = pseudonym(pinfl)`, `birth_year` (int), `text` = the redacted
# text, and without the `DIRECT` columns and `birth_date`.
#
# <details><summary>Hint</summary>
#
# `hmac.new(KEY, value.encode("utf-8"), hashlib.sha256).hexdigest()[:16]`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def pseudonym(value):
    return hmac.new(KEY, str(value).encode("utf-8"), hashlib.sha256).hexdigest()[:16]


safe = export.assign(
    pid=export["pinfl"].map(pseudonym),
    birth_year=export["birth_date"].str[:4].astype(int),
    text=export["text_redacted"],
).drop(columns=[*DIRECT, "birth_date", "text_redacted"])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("pseudonym", "safe")
check_type(safe, pd.DataFrame, name="safe")
check_columns(safe, ["pid", "birth_year", "sex", "district_id", "category", "text"], name="safe")
check_equal(len(str(pseudonym("12345678901234"))), 16, name='len(pseudonym("12345678901234"))')
### BEGIN HIDDEN TESTS
import hashlib

_safe = judge.table("safe", ["pid", "birth_year", "sex", "district_id", "category", "text"])
_probe = [("12345678901234",), ("32208672127466",)]
# Not reversible: no pseudonym may be a bare (unkeyed) SHA-256 of the PINFL, which anyone can recompute.
_pinfls = [p for (p,) in _probe] + list(judge.ref("export")["pinfl"])
_bare = {hashlib.sha256(str(p).encode("utf-8")).hexdigest()[:16] for p in _pinfls}
_pids = [str(v)[:16] for v in [*judge.apply("pseudonym", _probe), *_safe["pid"]]]
judge.check(
    not (set(_pids) & _bare),
    uz="pid kalitsiz xesh bilan hisoblangan: JShShIR variantlarini sanab uni qaytarish mumkin. KEY bilan HMAC dan foydalaning.",
    ru="pid посчитан хешем без ключа: его можно восстановить перебором ПИНФЛ. Используйте HMAC с ключом KEY.",
    en="pid is an unkeyed hash: anyone can reverse it by trying every PINFL. Use HMAC with KEY.",
)
judge.call("pseudonym", _probe)
_left = [c for c in [*judge.ref("DIRECT"), "birth_date"] if c in _safe.columns]
judge.check(
    not _left,
    uz="safe jadvalida hali to'g'ridan-to'g'ri identifikatorlar yoki tug'ilgan sana bor.",
    ru="В таблице safe ещё остались прямые идентификаторы или дата рождения.",
    en="safe still holds direct identifiers or the birth date.",
)
judge.check(
    _safe["pid"].tolist() == judge.ref("safe")["pid"].tolist(),
    uz="pid ustuni kalitli HMAC-SHA256 bilan hisoblanmagan (yoki tartib buzilgan).",
    ru="Столбец pid посчитан не через HMAC-SHA256 с ключом (или нарушен порядок строк).",
    en="pid is not the keyed HMAC-SHA256 (or the row order changed).",
)
judge.check(
    not _safe["text"].astype(str).str.contains(r"(?<!\d)\d{14}(?!\d)", regex=True).any(),
    uz="text ustunida hali JShShIR qolgan: yashirilgan matnni oling.",
    ru="В столбце text ещё остались ПИНФЛ: берите обезличенный текст.",
    en="text still holds PINFLs: use the redacted text.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (3 ball).** k-anonimlik: kvazi-identifikatorlar — o'n yillik (`decade = birth_year //
# 10 * 10`), `sex`, `district_id`. Har bir yozuv kamida `K` ta bir xil kombinatsiyali yozuv ichida
# bo'lishi kerak.
# - `k_with_district` — (`decade`, `sex`, `district_id`) guruhlarining eng kichik hajmi;
# - `k_without_district` — `district_id` siz, (`decade`, `sex`) bo'yicha eng kichik hajm;
# - `rows_at_risk` — `district_id` bilan `K` dan kichik guruhlardagi **yozuvlar** soni.
#
# <details><summary>Maslahat</summary>
#
# `safe.groupby([...]).size()`; yozuvlar soni uchun `groupby(...)["pid"].transform("size") < K`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (3 балла).** k-анонимность: квазиидентификаторы — десятилетие (`decade = birth_year //
# 10 * 10`), `sex`, `district_id`. Каждая запись должна быть в группе хотя бы из `K` записей с той же
# комбинацией.
# - `k_with_district` — наименьший размер группы по (`decade`, `sex`, `district_id`);
# - `k_without_district` — без `district_id`, наименьший размер по (`decade`, `sex`);
# - `rows_at_risk` — число **записей** в группах меньше `K` (с `district_id`).
#
# <details><summary>Подсказка</summary>
#
# `safe.groupby([...]).size()`; для числа записей — `groupby(...)["pid"].transform("size") < K`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (3 points).** k-anonymity on (`decade`, `sex`, `district_id`) with `decade =
# birth_year // 10 * 10`: `k_with_district` (smallest group), `k_without_district` (by decade and
# sex only), `rows_at_risk` (records in groups smaller than `K`).
#
# <details><summary>Hint</summary>
#
# `groupby([...]).size()`; `groupby(...)["pid"].transform("size") < K`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
safe["decade"] = safe["birth_year"] // 10 * 10
_qi = ["decade", "sex", "district_id"]
k_with_district = int(safe.groupby(_qi).size().min())
k_without_district = int(safe.groupby(["decade", "sex"]).size().min())
rows_at_risk = int((safe.groupby(_qi)["pid"].transform("size") < K).sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("k_with_district", "k_without_district", "rows_at_risk")
### BEGIN HIDDEN TESTS
judge.value("k_with_district")
judge.value("k_without_district")
judge.value("rows_at_risk")
### END HIDDEN TESTS
