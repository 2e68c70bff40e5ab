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
# # 2-mashq. Parol siyosati auditi (NIST SP 800-63B)
#
# Bo'limning hozirgi parol siyosati eski odatlarga asoslangan: "kamida 8 belgi, katta-kichik harf,
# raqam va belgi, har 90 kunda almashtirish". NIST SP 800-63B ning 4-tahriri boshqacha deydi:
#
# | Talab | Manba holati |
# |---|---|
# | Bitta omilli parol kamida **15** belgi (MFA bilan kamida 8) | 4-tahrir yakuniy matnidan iqtibos (ikkilamchi manba) |
# | Kamida 64 belgigacha ruxsat berish | 3- va 4-tahrir |
# | Tarkib qoidalari (katta harf, raqam, belgi) **talab qilinmaydi** (SHALL NOT) | 4-tahrir loyihasi |
# | Davriy almashtirish **talab qilinmaydi**; buzilganda esa almashtiriladi | 4-tahrir loyihasi |
# | Parolni qora ro'yxat bilan solishtirish (keng tarqalgan, sizib chiqqan, kontekst so'zlar) | 3-tahrir |
# | Ketma-ket muvaffaqiyatsiz urinishlar — ko'pi bilan 100 | 4-tahrir loyihasi |
# | Eslatma (hint) va "maxfiy savol" yo'q; parol menejeri va joylashtirish (paste) ga ruxsat | 3- va 4-tahrir |

# %% [markdown] lang="ru"
# # Упражнение 2. Аудит парольной политики (NIST SP 800-63B)
#
# Нынешняя парольная политика отдела построена на старых привычках: «не меньше 8 символов, большие
# и маленькие буквы, цифра и символ, смена каждые 90 дней». Редакция 4 NIST SP 800-63B говорит иначе:
#
# | Требование | Статус источника |
# |---|---|
# | Однофакторный пароль не короче **15** символов (с MFA — не короче 8) | цитата окончательного текста ред. 4 (вторичный источник) |
# | Разрешать не менее 64 символов | ред. 3 и 4 |
# | Правила состава (заглавные, цифры, символы) **не требовать** (SHALL NOT) | проект ред. 4 |
# | Периодическую смену **не требовать**; при компрометации — менять | проект ред. 4 |
# | Сверять пароль с чёрным списком (распространённые, утёкшие, контекстные слова) | ред. 3 |
# | Подряд неудачных попыток — не более 100 | проект ред. 4 |
# | Без подсказок и «секретных вопросов»; разрешать менеджеры паролей и вставку (paste) | ред. 3 и 4 |

# %% [markdown] lang="en"
# # Exercise 2. Password-policy audit (NIST SP 800-63B)
#
# Audit the office policy and the staff passwords against NIST SP 800-63B rev. 4: length 15
# (8 with MFA), no composition rules or forced rotation, a blocklist with context words, at most
# 100 failed attempts, no hints or security questions, paste allowed.

# %% tags=["setup"]
LANG = "uz"
import re
import unicodedata

import pandas as pd

from malaka.grading.checks import check_defined, check_type

DATA = "data/password-audit/"
policy = pd.read_csv(DATA + "policy.csv", dtype=str)
accounts = pd.read_csv(DATA + "accounts.csv", dtype={"password": str, "user": str, "surname": str})
accounts["mfa"] = accounts["mfa"].astype(str).str.lower().eq("true")
blocklist = pd.read_csv(DATA + "blocklist.csv", dtype=str)
COMMON = set(blocklist.loc[blocklist["kind"] == "common", "word"].str.lower())
SERVICE_WORDS = list(blocklist.loc[blocklist["kind"] == "service", "word"].str.lower())
SEQUENCES = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm"]


def normalise(pw):
    """NFKC + kichik harf / NFKC + нижний регистр: так верификатор сравнивает с чёрным списком."""
    return unicodedata.normalize("NFKC", pw).lower()


policy

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): bitta parol va bitta sozlamani tekshirish
#
# Parolni avval `normalise` qilamiz (kichik harf, NFKC), keyin qoidalarni birma-bir tekshiramiz.
# Sozlama qiymati jadvalda **matn** (`"8"`), son bilan solishtirish uchun `int(...)` kerak.
# 1- va 2-savollarda xuddi shunday — hamma sozlamalar va hamma parollar uchun.

# %% [markdown] lang="ru"
# ## Пример с решением: проверяем один пароль и одну настройку
#
# Сначала пароль нормализуем (`normalise`: нижний регистр, NFKC), затем проверяем правила по
# одному. Значение настройки в таблице — **строка** (`"8"`), для сравнения с числом нужен
# `int(...)`. В вопросах 1 и 2 так же — для всех настроек и всех паролей.

# %% [markdown] lang="en"
# ## Worked example: checking one password and one setting
#
# Normalise the password first, then check the rules one by one. A setting's value is **text**
# (`"8"`); compare it as a number with `int(...)`. Questions 1 and 2 do this for every setting and
# every password.

# %%
_pw = normalise("Toshkent2024")
print(_pw, "| uzunlik / длина:", len(_pw), "| 15 dan kam / меньше 15:", len(_pw) < 15)
print("qora ro'yxatda / в чёрном списке:", _pw in COMMON)
_row = policy.iloc[0]
print(_row["setting"], _row["value"], "-> buzadi / нарушает:", int(_row["value"]) < 15)

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** `accounts` dagi nechta parol **8 belgidan qisqa** (eski
# siyosatga ham zid)? Sonini `n_under_8` (int) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `accounts["password"].str.len()` — har bir parol uzunligi; `< 8` va `.sum()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** Сколько паролей в `accounts` **короче 8 символов** (нарушают
# даже старую политику)? Запишите число в `n_under_8` (int).
#
# <details><summary>Подсказка</summary>
#
# `accounts["password"].str.len()` — длина каждого пароля; `< 8` и `.sum()`.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** How many passwords in `accounts` are **shorter than 8
# characters**? Store the number in `n_under_8` (int).
#
# <details><summary>Hint</summary>
#
# `(accounts["password"].str.len() < 8).sum()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_under_8 = int((accounts["password"].str.len() < 8).sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_under_8")
### BEGIN HIDDEN TESTS
judge.value("n_under_8")
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
# **1-savol (3 ball).** `violates(setting, value)` funksiyasini yozing: sozlama (`policy` jadvali
# qatori) NIST talabini buzsa `True`. Qiymatlar matn ko'rinishida. Qoidalar:
# - `min_length`: son < 15 → buzadi; `max_length`: son < 64 → buzadi;
# - `composition_rules`: `"none"` dan boshqa har qanday qiymat → buzadi;
# - `rotation_days`: `"0"` dan boshqa → buzadi (davriy almashtirish);
# - `blocklist_check`, `paste_allowed`, `change_on_compromise`: `"yes"` bo'lmasa → buzadi;
# - `password_hints`: `"allowed"` → buzadi; `security_questions`: `"yes"` → buzadi;
# - `failed_attempts_limit`: son > 100 → buzadi.
#
# So'ng buzilgan sozlamalar ro'yxatini `policy_violations` (list, `policy` dagi tartibda) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `int(value)` bilan songa o'giring. Sozlamalar ko'p: `if setting == ...` zanjiri yoki lug'at.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (3 балла).** Напишите функцию `violates(setting, value)`: `True`, если настройка
# (строка таблицы `policy`) нарушает требование NIST. Значения — строки. Правила:
# - `min_length`: число < 15 → нарушение; `max_length`: число < 64 → нарушение;
# - `composition_rules`: любое значение, кроме `"none"` → нарушение;
# - `rotation_days`: не `"0"` → нарушение (периодическая смена);
# - `blocklist_check`, `paste_allowed`, `change_on_compromise`: не `"yes"` → нарушение;
# - `password_hints`: `"allowed"` → нарушение; `security_questions`: `"yes"` → нарушение;
# - `failed_attempts_limit`: число > 100 → нарушение.
#
# Затем запишите список нарушенных настроек в `policy_violations` (list, в порядке `policy`).
#
# <details><summary>Подсказка</summary>
#
# Переводите в число через `int(value)`. Настроек много: цепочка `if setting == ...` или словарь.
# </details>

# %% [markdown] lang="en"
# **Question 1 (3 points).** Write `violates(setting, value)` (values are strings): `min_length` <
# 15, `max_length` < 64, `composition_rules` other than `none`, `rotation_days` other than `0`,
# `blocklist_check` / `paste_allowed` / `change_on_compromise` not `yes`, `password_hints`
# `allowed`, `security_questions` `yes`, `failed_attempts_limit` > 100. Then `policy_violations`
# (list, in `policy` order).
#
# <details><summary>Hint</summary>
#
# `int(value)` for numbers; a chain of `if setting == ...`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def violates(setting, value):
    value = str(value).strip().lower()
    if setting == "min_length":
        return int(value) < 15
    if setting == "max_length":
        return int(value) < 64
    if setting == "composition_rules":
        return value != "none"
    if setting == "rotation_days":
        return value != "0"
    if setting in ("blocklist_check", "paste_allowed", "change_on_compromise"):
        return value != "yes"
    if setting == "password_hints":
        return value == "allowed"
    if setting == "security_questions":
        return value == "yes"
    if setting == "failed_attempts_limit":
        return int(value) > 100
    return False


policy_violations = [s for s, v in zip(policy["setting"], policy["value"]) if violates(s, v)]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("violates", "policy_violations")
check_type(policy_violations, list, name="policy_violations")
### BEGIN HIDDEN TESTS
# A normaliser for the judge code below: violates() may answer any truthy value.
def _bool(value):
    """A truthy answer as True/False (as bool() did before); a value that is not data stays as it is."""
    return bool(value) if isinstance(value, (bool, int, float, str, type(None))) else value


judge.call(
    "violates",
    [
        ("min_length", "8"), ("min_length", "15"), ("min_length", "14"),
        ("max_length", "16"), ("max_length", "64"),
        ("composition_rules", "upper+lower+digit+symbol"), ("composition_rules", "none"),
        ("rotation_days", "90"), ("rotation_days", "0"),
        ("blocklist_check", "no"), ("blocklist_check", "yes"),
        ("failed_attempts_limit", "100"), ("failed_attempts_limit", "101"),
        ("failed_attempts_limit", "5"),
        ("password_hints", "allowed"), ("password_hints", "not_allowed"),
        ("security_questions", "yes"), ("security_questions", "no"),
        ("paste_allowed", "no"), ("paste_allowed", "yes"),
        ("change_on_compromise", "yes"), ("change_on_compromise", "no"),
    ],
    label=lambda s, v: f"violates({s!r}, {v!r})",
    norm=_bool,
)
judge.expect(judge.fetch("policy_violations", list), judge.ref("policy_violations"), "policy_violations")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (4 ball).** `password_problems(password, mfa, context)` — parol buzgan qoidalar
# ro'yxati (shu tartibda, bor bo'lganlari). Parolni avval `normalise` qiling. `context` — shu
# xodimning logini va familiyasi (list).
# 1. `"too_short"` — uzunlik 15 dan kam (`mfa=True` bo'lsa 8 dan kam);
# 2. `"blocklisted"` — parol `COMMON` to'plamida;
# 3. `"context_word"` — parol ichida `context` dagi yoki `SERVICE_WORDS` dagi 3 va undan ko'p
#    harfli so'z bor (kichik harflarda);
# 4. `"repetitive_or_sequential"` — bir belgi 4 marta ketma-ket (`"aaaa"`), yoki `SEQUENCES`
#    qatorlaridan birining 4 ta ketma-ket belgisi (to'g'ri yoki teskari: `"1234"`, `"dcba"`).
#
# Keyin har bir xodim uchun qo'llang va kamida bitta muammosi bor xodimlar ulushini `weak_share`
# (float) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# 4-qoida: `re.search(r"(.)\1{3}", pw)`; ketma-ketlik uchun har bir `s` va `i` bo'yicha
# `s[i:i+4] in pw or s[i:i+4][::-1] in pw`. Jadvalga qo'llash:
# `accounts.apply(lambda r: password_problems(r["password"], r["mfa"], [r["user"], r["surname"]]), axis=1)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (4 балла).** `password_problems(password, mfa, context)` — список нарушенных паролем
# правил (в этом порядке, только нарушенные). Сначала нормализуйте пароль (`normalise`). `context` —
# логин и фамилия сотрудника (list).
# 1. `"too_short"` — длина меньше 15 (при `mfa=True` — меньше 8);
# 2. `"blocklisted"` — пароль есть в множестве `COMMON`;
# 3. `"context_word"` — в пароле есть слово из `context` или `SERVICE_WORDS` длиной от 3 букв
#    (в нижнем регистре);
# 4. `"repetitive_or_sequential"` — один символ 4 раза подряд (`"aaaa"`) или 4 подряд идущих символа
#    одной из строк `SEQUENCES` (в прямом или обратном порядке: `"1234"`, `"dcba"`).
#
# Затем примените ко всем сотрудникам и запишите в `weak_share` (float) долю сотрудников, у которых
# есть хотя бы одна проблема.
#
# <details><summary>Подсказка</summary>
#
# Правило 4: `re.search(r"(.)\1{3}", pw)`; для последовательностей по каждому `s` и `i`:
# `s[i:i+4] in pw or s[i:i+4][::-1] in pw`. Применение к таблице:
# `accounts.apply(lambda r: password_problems(r["password"], r["mfa"], [r["user"], r["surname"]]), axis=1)`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (4 points).** `password_problems(password, mfa, context)` returns the broken rules
# in this order: `too_short` (< 15, or < 8 with MFA), `blocklisted` (in `COMMON`), `context_word`
# (contains a word of `context` or `SERVICE_WORDS` of 3+ letters), `repetitive_or_sequential` (4
# equal characters, or 4 consecutive characters of a `SEQUENCES` row, either direction). Normalise
# first. Then `weak_share`.
#
# <details><summary>Hint</summary>
#
# `re.search(r"(.)\1{3}", pw)`; `s[i:i+4] in pw or s[i:i+4][::-1] in pw`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def password_problems(password, mfa, context):
    pw = normalise(str(password))
    out = []
    if len(pw) < (8 if mfa else 15):
        out.append("too_short")
    if pw in COMMON:
        out.append("blocklisted")
    words = [str(w).lower() for w in context] + SERVICE_WORDS
    if any(len(w) >= 3 and w in pw for w in words):
        out.append("context_word")
    runs = any(
        s[i : i + 4] in pw or s[i : i + 4][::-1] in pw for s in SEQUENCES for i in range(len(s) - 3)
    )
    if re.search(r"(.)\1{3}", pw) or runs:
        out.append("repetitive_or_sequential")
    return out


_problems = accounts.apply(
    lambda r: password_problems(r["password"], r["mfa"], [r["user"], r["surname"]]), axis=1
)
weak_share = float(_problems.map(len).gt(0).mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 4, "schema_version": 3, "solution": false, "task": false}
check_defined("password_problems", "weak_share")
check_type(password_problems("x", False, []), list, name='password_problems("x", False, [])')
### BEGIN HIDDEN TESTS
judge.call(
    "password_problems",
    [
        ("x", False, []),
        ("anor karvon lochin!", False, ["a.aliyev1", "aliyev"]),
        ("anor karvon lochin", True, ["a.aliyev1", "aliyev"]),
        ("Qwerty123", True, ["u", "umarov"]),
        ("Aliyev2008!", True, ["a.aliyev1", "aliyev"]),
        ("zzzz2025", True, ["u", "umarov"]),
        ("dcba-bulut-qovun-tog", False, ["u", "umarov"]),
        ("Militsiya-bulut-qovun", False, ["u", "umarov"]),
        ("ＰＡＲＯＬ１２３", True, ["u", "umarov"]),
    ],
    label=lambda pw, mfa, ctx: f"password_problems({pw!r}, mfa={mfa})",
)
# every staff password, as the reference notebook read the accounts table
_staff_cases = [
    (_r.password, bool(_r.mfa), [_r.user, _r.surname]) for _r in judge.ref("accounts").itertuples()
]
_bad = sum(
    not isinstance(_got, (list, tuple)) or list(_got) != _want
    for _got, _want in zip(
        judge.apply("password_problems", _staff_cases), judge.ref_apply("password_problems", _staff_cases)
    )
)
judge.check(
    _bad == 0,
    uz="Ba'zi xodimlarning parollari uchun natija noto'g'ri: to'rt qoidaning har birini qayta tekshiring.",
    ru="Для части паролей сотрудников результат неверен: перепроверьте каждое из четырёх правил.",
    en="Some staff passwords get a wrong result: recheck each of the four rules.",
)
judge.value("weak_share", abs=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (1 ball).** Tarkib qoidalari nega yordam bermaydi? `accounts` da **eski siyosatga**
# mos (katta harf, kichik harf, raqam va belgi bor, 8 dan uzun), lekin NIST bo'yicha muammoli
# parollar sonini `old_policy_but_weak` (int) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `any(c.isupper() for c in pw)`, `islower`, `isdigit`, belgi uchun `not c.isalnum()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (1 балл).** Почему правила состава не помогают? Запишите в `old_policy_but_weak` (int)
# число паролей в `accounts`, которые проходят **старую политику** (есть заглавная, строчная, цифра и
# символ, длина не меньше 8), но по NIST проблемные.
#
# <details><summary>Подсказка</summary>
#
# `any(c.isupper() for c in pw)`, `islower`, `isdigit`, для символа `not c.isalnum()`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (1 point).** Count in `old_policy_but_weak` (int) the passwords that pass the **old
# policy** (upper, lower, digit and symbol, at least 8 long) yet have a NIST problem.
#
# <details><summary>Hint</summary>
#
# `any(c.isupper() for c in pw)`, `islower`, `isdigit`, `not c.isalnum()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def _old_ok(pw):
    return (
        len(pw) >= 8
        and any(c.isupper() for c in pw)
        and any(c.islower() for c in pw)
        and any(c.isdigit() for c in pw)
        and any(not c.isalnum() for c in pw)
    )


old_policy_but_weak = int(
    sum(_old_ok(str(pw)) and len(p) > 0 for pw, p in zip(accounts["password"], _problems))
)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("old_policy_but_weak")
### BEGIN HIDDEN TESTS
judge.value("old_policy_but_weak")
### END HIDDEN TESTS
