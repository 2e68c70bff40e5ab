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
# # 1-mashq. Elektron so'rovlar: sxema, muddatlar, minimal ma'lumot
#
# Beshta tuman IIB mahalla, sog'liqni saqlash muassasasi va sud bilan elektron hujjat almashadi.
# `requests` — so'rovlar, `replies` — javoblar (`JSON Lines` fayllaridan), `request_validator` va
# `reply_validator` — e'lon qilingan sxemalar (`JSON Schema` 2020-12) bo'yicha tekshiruvchilar,
# sana formatini tekshirish yoqilgan. `fields` — shaxsiy ma'lumotlar maydonlari katalogi,
# `purposes` — har bir maqsadga identifikatsiyadan tashqari kerak toifalar (`needs`, `;` bilan).
# `NOW` — ma'lumotlar olingan sana. Barcha ma'lumotlar **sintetik**.
#
# Darsdagi qoidalar:
# - sxemadan o'tmagan hujjat (masalan, elektron raqamli imzosi — ERI — yo'q) qabul qilinmaydi
#   (kuzatuvda hisobga olinmaydi): yaroqsiz javob — javob emas;
# - so'rovning holati: birinchi yaroqli javob `reply_by` kuni yoki undan oldin kelgan —
#   `on_time`, keyin — `late`; javob yo'q va `NOW` > `reply_by` — `overdue`, aks holda — `open`;
# - muddati `ESCALATE_AFTER` kun va undan ko'p o'tgan so'rov — yuqori turuvchi organga yuborish
#   (yuqoriga xabar, eskalatsiya);
# - so'rovga faqat `identity` toifasi va maqsad talab qilgan toifalar yoziladi.

# %% [markdown] lang="ru"
# # Упражнение 1. Электронные запросы: схема, сроки, минимум данных
#
# Пять районных ОВД обмениваются электронными документами с махаллей, медучреждением и судом.
# `requests` — запросы, `replies` — ответы (из файлов JSON Lines), `request_validator` и
# `reply_validator` — проверщики по опубликованным схемам (JSON Schema 2020-12), проверка
# формата дат включена. `fields` — каталог полей персональных данных, `purposes` — для каждой
# цели нужные категории помимо идентификации (`needs`, через `;`). `NOW` — дата среза данных.
# Все данные **синтетические**.
#
# Правила урока:
# - документ, не прошедший схему (например, без электронной цифровой подписи — ЭЦП), не
#   принимается (в контроле сроков не учитывается): невалидный ответ — не ответ;
# - статус запроса: первый валидный ответ пришёл в день `reply_by` или раньше — `on_time`,
#   позже — `late`; ответа нет и `NOW` > `reply_by` — `overdue`, иначе — `open`;
# - запрос, просроченный на `ESCALATE_AFTER` дней и больше, — доклад выше (эскалация);
# - в запрос пишется только категория `identity` и категории, которых требует цель.

# %% [markdown] lang="en"
# # Exercise 1. Electronic requests: schema, deadlines, minimum data
#
# Five district police units exchange electronic documents with a mahalla, a health institution
# and a court. `requests` and `replies` come from JSON Lines files; `request_validator` and
# `reply_validator` check them against the published schemas (JSON Schema 2020-12) with date
# formats checked. `fields` is the personal-data field catalogue, `purposes` lists the categories
# each purpose needs besides identity (`needs`, `;`-separated). `NOW` is the snapshot date. All
# data is **synthetic**.
#
# Rules of the lesson: a document that fails the schema (for example, one without the electronic
# digital signature, EDS) is not accepted and not tracked: an invalid reply is no reply; a request
# is `on_time` when its first valid reply came on or before `reply_by`, `late` after it; with no
# reply it is `overdue` when `NOW` > `reply_by`, else `open`; `ESCALATE_AFTER` days or more
# overdue means escalation; a request carries the `identity` category and the categories its
# purpose needs, nothing else.

# %% tags=["setup"]
LANG = "uz"
import datetime as dt
import json

import pandas as pd
from jsonschema import Draft202012Validator

from malaka.grading.checks import (
    check,
    check_columns,
    check_defined,
    check_type,
)

DATA = "data/document-exchange/"


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def read_schema(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


requests = read_jsonl(DATA + "documents/requests.jsonl")
replies = read_jsonl(DATA + "documents/replies.jsonl")
_checker = Draft202012Validator.FORMAT_CHECKER
request_validator = Draft202012Validator(read_schema(DATA + "schema/request.schema.json"), format_checker=_checker)
reply_validator = Draft202012Validator(read_schema(DATA + "schema/reply.schema.json"), format_checker=_checker)
fields = pd.read_csv(DATA + "fields.csv")
purposes = pd.read_csv(DATA + "purposes.csv")
NOW = dt.date(2026, 5, 20)
ESCALATE_AFTER = 7
print(len(requests), "so'rov / запросов,", len(replies), "javob / ответов")

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): bitta hujjatni tekshirish
#
# `iter_errors(hujjat)` har bir xatoni beradi: `error.validator` — qaysi qoida buzilgan
# (`required`, `enum`, `pattern`, `format`, `type`, `additionalProperties`, `const`),
# `error.json_path` — qaysi joyda (`$.person.pinfl`), `error.message` — sababi. `enumerate(...,
# start=1)` qatorlarni 1 dan sanaydi (fayldagi qator raqami). Birinchi oltita xato:

# %% [markdown] lang="ru"
# ## Пример с решением: проверка одного документа
#
# `iter_errors(документ)` выдаёт каждую ошибку: `error.validator` — какое правило нарушено
# (`required`, `enum`, `pattern`, `format`, `type`, `additionalProperties`, `const`),
# `error.json_path` — где (`$.person.pinfl`), `error.message` — причина. `enumerate(...,
# start=1)` нумерует строки с 1 (номер строки в файле). Первые шесть ошибок:

# %% [markdown] lang="en"
# ## Worked example: checking one document
#
# `iter_errors(doc)` yields each error: `error.validator` is the rule broken (`required`,
# `enum`, `pattern`, `format`, `type`, `additionalProperties`, `const`), `error.json_path` where
# (`$.person.pinfl`), `error.message` why. `enumerate(..., start=1)` numbers lines from 1. The
# first six errors:

# %%
_shown = 0
for _line, _doc in enumerate(requests, start=1):
    for _error in request_validator.iter_errors(_doc):
        if _shown < 6:
            print(_line, _doc.get("request_id"), _error.validator, _error.json_path, _error.message)
            _shown += 1

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** Nechta so'rov hujjati sog'liqni saqlash muassasasiga
# (`to_agency` — `"health"`) yuborilgan? Sonini `n_health` (int) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `pd.DataFrame(requests)["to_agency"]` — ustun; `== "health"` va `.sum()`. Yoki
# `sum(1 for d in requests if d.get("to_agency") == "health")`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** Сколько документов-запросов отправлено в медучреждение
# (`to_agency` — `"health"`)? Запишите число в `n_health` (int).
#
# <details><summary>Подсказка</summary>
#
# `pd.DataFrame(requests)["to_agency"]` — столбец; `== "health"` и `.sum()`. Или
# `sum(1 for d in requests if d.get("to_agency") == "health")`.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** How many request documents went to the health institution
# (`to_agency` is `"health"`)? Store the number in `n_health` (int).
#
# <details><summary>Hint</summary>
#
# `int((pd.DataFrame(requests)["to_agency"] == "health").sum())`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_health = int((pd.DataFrame(requests)["to_agency"] == "health").sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_health")
### BEGIN HIDDEN TESTS
judge.value("n_health")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchi darajasi (funksiyalar, lug'atlar, jadvallarni birlashtirish).
# Har bir savol alohida baholanadi: qiyin bo'lsa, maslahatni oching va keyingisiga o'ting.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Дальше — вопросы уровня аналитика (функции, словари, соединение таблиц). Каждый вопрос
# оценивается отдельно: если трудно, откройте подсказку и переходите к следующему.

# %% [markdown] lang="en"
# ## Advanced part
#
# Analyst-level questions follow (functions, dictionaries, joining tables). Each is graded on its
# own: if one is hard, open the hint and move on.

# %% [markdown] lang="uz"
# **1-savol (3 ball).** Ikkala fayldagi **har bir** sxema xatosi uchun bitta qatorli `errors`
# jadvalini tuzing: ustunlar `file` (`"requests"` yoki `"replies"`), `line` (fayldagi qator, 1
# dan), `keyword` (`error.validator`), `path` (`error.json_path`), `message`
# (`error.message`). So'rovlar — `request_validator`, javoblar — `reply_validator` bilan. Bu
# jadval hujjatlarni qaytarish xatining asosi: har bir hujjat uchun sabab.
#
# <details><summary>Maslahat</summary>
#
# Ikki ichma-ich tsikl: `for line, doc in enumerate(requests, start=1):` va
# `for error in request_validator.iter_errors(doc):` — har safar lug'at qo'shing
# (`rows.append({...})`); javoblar uchun ham xuddi shunday. Oxirida `pd.DataFrame(rows)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (3 балла).** Составьте таблицу `errors` — по строке на **каждую** ошибку схемы в
# обоих файлах: столбцы `file` (`"requests"` или `"replies"`), `line` (строка файла, с 1),
# `keyword` (`error.validator`), `path` (`error.json_path`), `message` (`error.message`).
# Запросы — через `request_validator`, ответы — через `reply_validator`. Эта таблица — основа
# письма о возврате документов: причина для каждого.
#
# <details><summary>Подсказка</summary>
#
# Два вложенных цикла: `for line, doc in enumerate(requests, start=1):` и
# `for error in request_validator.iter_errors(doc):` — каждый раз добавляйте словарь
# (`rows.append({...})`); для ответов так же. В конце `pd.DataFrame(rows)`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (3 points).** Build `errors`, one row per schema error in both files: `file`
# (`"requests"` or `"replies"`), `line` (from 1), `keyword` (`error.validator`), `path`
# (`error.json_path`), `message` (`error.message`). Requests with `request_validator`, replies
# with `reply_validator`.
#
# <details><summary>Hint</summary>
#
# Two nested loops over `enumerate(docs, start=1)` and `validator.iter_errors(doc)`, appending a
# dict per error; then `pd.DataFrame(rows)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
rows = []
for file, docs, validator in [
    ("requests", requests, request_validator),
    ("replies", replies, reply_validator),
]:
    for line, doc in enumerate(docs, start=1):
        for error in validator.iter_errors(doc):
            rows.append(
                {
                    "file": file,
                    "line": line,
                    "keyword": error.validator,
                    "path": error.json_path,
                    "message": error.message,
                }
            )
errors = pd.DataFrame(rows, columns=["file", "line", "keyword", "path", "message"])
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("errors")
check_columns(errors, ["file", "line", "keyword", "path", "message"], name="errors")
### BEGIN HIDDEN TESTS
def _rows(table, columns):
    """The rows of a table as a sorted list of tuples (order of rows does not matter)."""
    return sorted(tuple(str(v) for v in r) for r in table[columns].itertuples(index=False))


_e = judge.table("errors", ["file", "line", "keyword", "path", "message"])
_er = judge.ref("errors")
judge.check(
    set(_e["file"]) <= {"requests", "replies"},
    uz="file ustunida faqat \"requests\" yoki \"replies\" bo'lsin.",
    ru="В столбце file должны быть только \"requests\" или \"replies\".",
    en="file must be \"requests\" or \"replies\".",
)
judge.check(
    len(_e) == len(_er),
    uz=f"errors da {len(_e)} qator: har bir hujjatning har bir xatosi alohida qator bo'lsin, ikkala fayl ham.",
    ru=f"В errors {len(_e)} строк: по строке на каждую ошибку каждого документа, в обоих файлах.",
    en=f"errors has {len(_e)} rows: one per error of every document, in both files.",
)
judge.check(
    _rows(_e, ["file", "line"]) == _rows(_er, ["file", "line"]),
    uz="Qator raqamlari (line) mos emas: 1 dan sanang (enumerate(..., start=1)) va ikkala faylni tekshiring.",
    ru="Номера строк (line) не совпадают: считайте с 1 (enumerate(..., start=1)) и проверьте оба файла.",
    en="The line numbers differ: count from 1 and check both files.",
)
judge.check(
    _rows(_e, ["file", "line", "keyword", "path"]) == _rows(_er, ["file", "line", "keyword", "path"]),
    uz="keyword yoki path mos emas: error.validator va error.json_path ni yozing.",
    ru="keyword или path не совпадают: пишите error.validator и error.json_path.",
    en="keyword or path differ: use error.validator and error.json_path.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** Sxema hamma narsani ko'rmaydi: mavjud bo'lmagan so'rovga javob sxemadan
# o'tadi. Sxemadan o'tgan javoblar ichidan `in_reply_to` si `requests` faylidagi **birorta ham**
# so'rov raqamiga (`request_id`, sxemadan o'tmaganlari ham) to'g'ri kelmaydiganlarini toping va
# ularning `reply_id` lari ro'yxatini (o'sish tartibida) `orphans` ga yozing. Bunday javobni
# idoraga aniqlashtirish uchun qaytaramiz.
#
# <details><summary>Maslahat</summary>
#
# `known = {d["request_id"] for d in requests}` — barcha so'rov raqamlari to'plami; keyin
# `reply_validator.is_valid(d)` va `d["in_reply_to"] not in known`; `sorted(...)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** Схема видит не всё: ответ на несуществующий запрос её проходит. Среди
# прошедших схему ответов найдите те, у которых `in_reply_to` не совпадает **ни с одним** номером
# запроса (`request_id`) в файле `requests` (включая не прошедшие схему), и запишите список их
# `reply_id` (по возрастанию) в `orphans`. Такой ответ возвращаем ведомству для уточнения.
#
# <details><summary>Подсказка</summary>
#
# `known = {d["request_id"] for d in requests}` — множество всех номеров запросов; затем
# `reply_validator.is_valid(d)` и `d["in_reply_to"] not in known`; `sorted(...)`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** The schema does not see everything: a reply to a request that does
# not exist passes it. Among the valid replies, find those whose `in_reply_to` matches **no**
# `request_id` in `requests` (invalid requests included) and store their `reply_id`s, sorted, in
# `orphans`.
#
# <details><summary>Hint</summary>
#
# `known = {d["request_id"] for d in requests}`; keep valid replies with
# `d["in_reply_to"] not in known`; `sorted(...)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
known = {d["request_id"] for d in requests}
orphans = sorted(
    d["reply_id"] for d in replies if reply_validator.is_valid(d) and d["in_reply_to"] not in known
)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("orphans")
check_type(orphans, list, name="orphans")
### BEGIN HIDDEN TESTS
_o = judge.fetch("orphans", list)
_or = judge.ref("orphans")
judge.check(
    set(_o) >= set(_or),
    uz="Ba'zi noma'lum so'rovga javoblar topilmadi: in_reply_to ni barcha so'rov raqamlari bilan solishtiring.",
    ru="Найдены не все ответы на неизвестные запросы: сравнивайте in_reply_to со всеми номерами запросов.",
    en="Some replies to unknown requests are missing: compare in_reply_to with every request id.",
)
judge.check(
    set(_o) <= set(_or),
    uz="Ortiqcha javoblar bor: so'rov sxemadan o'tmagan bo'lsa ham, uning raqami ma'lum; yaroqsiz javoblarni olmang.",
    ru="Есть лишние ответы: номер запроса известен, даже если запрос не прошёл схему; не берите невалидные ответы.",
    en="Extra replies: a request id is known even if the request failed the schema; skip invalid replies.",
)
judge.value("orphans")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (3 ball).** Sxemadan o'tgan har bir so'rov uchun bitta qatorli `tracking` jadvalini
# tuzing: ustunlar `request_id`, `to_agency`, `reply_by`, `first_reply` (birinchi yaroqli
# javobning `received_at` i yoki javob bo'lmasa `None`), `status` (`on_time`, `late`,
# `overdue`, `open` — yuqoridagi qoida bo'yicha) va `days_overdue` (`overdue` uchun
# `(NOW - reply_by)` kunlarda, boshqalarga `0`). Javob vaqti `+05:00` bilan yozilgan: uning
# kuni — birinchi 10 belgi.
#
# <details><summary>Maslahat</summary>
#
# Avval lug'at: `first = {}`; sxemadan o'tgan har bir javob uchun, agar `in_reply_to` hali
# `first` da bo'lmasa yoki bu javob oldinroq bo'lsa, `first[rid] = received_at`. Sanalar:
# `dt.date.fromisoformat(d["reply_by"])` va `dt.date.fromisoformat(received_at[:10])`; kunlar:
# `(NOW - due).days`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (3 балла).** Составьте таблицу `tracking` — по строке на каждый прошедший схему
# запрос: столбцы `request_id`, `to_agency`, `reply_by`, `first_reply` (`received_at` первого
# валидного ответа или `None`, если ответа нет), `status` (`on_time`, `late`, `overdue`, `open`
# — по правилу выше) и `days_overdue` (для `overdue` — `(NOW - reply_by)` в днях, для остальных
# `0`). Время ответа записано с `+05:00`: его день — первые 10 символов.
#
# <details><summary>Подсказка</summary>
#
# Сначала словарь: `first = {}`; для каждого валидного ответа, если `in_reply_to` ещё нет в
# `first` или этот ответ раньше, `first[rid] = received_at`. Даты:
# `dt.date.fromisoformat(d["reply_by"])` и `dt.date.fromisoformat(received_at[:10])`; дни:
# `(NOW - due).days`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (3 points).** Build `tracking`, one row per valid request: `request_id`,
# `to_agency`, `reply_by`, `first_reply` (the `received_at` of the first valid reply, or `None`),
# `status` (`on_time`, `late`, `overdue`, `open` by the rule above) and `days_overdue`
# (`(NOW - reply_by)` in days for `overdue`, else `0`). The reply's day is its first 10
# characters.
#
# <details><summary>Hint</summary>
#
# First a dict `first` of the earliest valid `received_at` per `in_reply_to`; then
# `dt.date.fromisoformat(...)` for both dates and `(NOW - due).days`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
first = {}
for d in replies:
    if reply_validator.is_valid(d):
        rid = d["in_reply_to"]
        if rid not in first or d["received_at"] < first[rid]:
            first[rid] = d["received_at"]

track_rows = []
for d in requests:
    if not request_validator.is_valid(d):
        continue
    due = dt.date.fromisoformat(d["reply_by"])
    got = first.get(d["request_id"])
    days = 0
    if got is not None:
        status = "on_time" if dt.date.fromisoformat(got[:10]) <= due else "late"
    elif NOW > due:
        status = "overdue"
        days = (NOW - due).days
    else:
        status = "open"
    track_rows.append(
        {
            "request_id": d["request_id"],
            "to_agency": d["to_agency"],
            "reply_by": d["reply_by"],
            "first_reply": got,
            "status": status,
            "days_overdue": days,
        }
    )
tracking = pd.DataFrame(track_rows)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("tracking")
check_columns(tracking, ["request_id", "to_agency", "reply_by", "status", "days_overdue"], name="tracking")
check(
    set(tracking["status"]) <= {"on_time", "late", "overdue", "open"},
    uz="status faqat on_time, late, overdue yoki open bo'lsin.",
    ru="status — только on_time, late, overdue или open.",
    en="status must be on_time, late, overdue or open.",
)
### BEGIN HIDDEN TESTS
_t = judge.table("tracking", ["request_id", "status", "days_overdue"])
_tr = judge.ref("tracking")
judge.check(
    sorted(map(str, _t["request_id"])) == sorted(map(str, _tr["request_id"])),
    uz="tracking dagi so'rovlar to'plami noto'g'ri: faqat sxemadan o'tgan so'rovlar, har biri bir marta.",
    ru="Набор запросов в tracking неверен: только прошедшие схему запросы, каждый один раз.",
    en="Wrong set of requests in tracking: only valid requests, each once.",
)
_ts = dict(zip(map(str, _t["request_id"]), map(str, _t["status"]), strict=True))
_trs = dict(zip(map(str, _tr["request_id"]), map(str, _tr["status"]), strict=True))
_wrong = sorted(k for k in _trs if _ts.get(k) != _trs[k])
judge.check(
    not _wrong,
    uz=f"{len(_wrong)} ta so'rovning holati noto'g'ri, masalan {_wrong[:2]}: faqat yaroqli javoblar, birinchisi; muddat kuni ham muddatga kiradi.",
    ru=f"Статус неверен у {len(_wrong)} запросов, например {_wrong[:2]}: только валидные ответы, первый из них; день срока входит в срок.",
    en=f"{len(_wrong)} statuses are wrong, e.g. {_wrong[:2]}: valid replies only, the first one; the due day is in time.",
)
_td = dict(zip(map(str, _t["request_id"]), (int(x) for x in _t["days_overdue"]), strict=True))
_trd = dict(zip(map(str, _tr["request_id"]), (int(x) for x in _tr["days_overdue"]), strict=True))
judge.check(
    _td == _trd,
    uz="days_overdue noto'g'ri: overdue uchun (NOW - reply_by).days, qolganlarga 0.",
    ru="days_overdue неверно: для overdue — (NOW - reply_by).days, для остальных 0.",
    en="days_overdue is wrong: (NOW - reply_by).days for overdue, 0 otherwise.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (2 ball).** `tracking` dan `days_overdue` kamida `ESCALATE_AFTER` bo'lgan `overdue`
# so'rovlarni `escalation` jadvaliga saralang, `to_agency` bo'yicha, ichida esa `days_overdue`
# kamayish tartibida tartiblang (eng uzoq kutilgani birinchi). Keyin ularni idoralar bo'yicha
# sanab `escalation_by_agency` (Series: idora -> son) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `sort_values(["to_agency", "days_overdue"], ascending=[True, False])`; sanash —
# `value_counts()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (2 балла).** Отберите из `tracking` в таблицу `escalation` запросы `overdue`, у
# которых `days_overdue` не меньше `ESCALATE_AFTER`; отсортируйте по `to_agency`, а внутри — по
# убыванию `days_overdue` (дольше всех ждущий — первым). Затем посчитайте их по ведомствам в
# `escalation_by_agency` (Series: ведомство -> число).
#
# <details><summary>Подсказка</summary>
#
# `sort_values(["to_agency", "days_overdue"], ascending=[True, False])`; подсчёт —
# `value_counts()`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (2 points).** Keep in `escalation` the `overdue` rows of `tracking` with
# `days_overdue` at least `ESCALATE_AFTER`, sorted by `to_agency` and then by `days_overdue`
# descending. Count them by agency in `escalation_by_agency` (a Series).
#
# <details><summary>Hint</summary>
#
# `sort_values(["to_agency", "days_overdue"], ascending=[True, False])`; `value_counts()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
escalation = tracking[
    (tracking["status"] == "overdue") & (tracking["days_overdue"] >= ESCALATE_AFTER)
].sort_values(["to_agency", "days_overdue"], ascending=[True, False])
escalation_by_agency = escalation["to_agency"].value_counts()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("escalation", "escalation_by_agency")
check_columns(escalation, ["request_id", "to_agency", "days_overdue"], name="escalation")
### BEGIN HIDDEN TESTS
_t4 = judge.fetch("tracking")
_ok4 = _t4[(_t4["status"] == "overdue") & (_t4["days_overdue"].astype(int) >= judge.ref("ESCALATE_AFTER"))]
_esc = judge.table("escalation", ["request_id", "to_agency", "days_overdue"])
judge.check(
    sorted(map(str, _esc["request_id"])) == sorted(map(str, _ok4["request_id"])),
    uz="escalation ro'yxati noto'g'ri: overdue va days_overdue >= ESCALATE_AFTER (7 ham kiradi).",
    ru="Список escalation неверен: overdue и days_overdue >= ESCALATE_AFTER (7 тоже входит).",
    en="escalation is wrong: overdue and days_overdue >= ESCALATE_AFTER (7 included).",
)
_keys = [(str(a), -int(d)) for a, d in zip(_esc["to_agency"], _esc["days_overdue"], strict=True)]
judge.check(
    _keys == sorted(_keys),
    uz="Tartib noto'g'ri: avval to_agency, ichida days_overdue kamayish bo'yicha.",
    ru="Порядок неверен: сначала to_agency, внутри — по убыванию days_overdue.",
    en="Wrong order: to_agency, then days_overdue descending.",
)
judge.expect(
    judge.fetch("escalation_by_agency"), _ok4["to_agency"].value_counts(), "escalation_by_agency"
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **5-savol (2 ball).** `minimal_fields(purpose)` funksiyasini yozing: maqsad uchun
# yuboriladigan maydonlar ro'yxati — `fields` dagi `identity` toifasidagi maydonlar va
# `purposes` jadvalida shu maqsadning `needs` ustunida (`;` bilan ajratilgan) sanalgan
# toifalardagi maydonlar, `fields` dagi tartibda.
#
# <details><summary>Maslahat</summary>
#
# `needs = purposes.loc[purposes["purpose"] == purpose, "needs"].iloc[0].split(";")` — maqsad
# toifalari ro'yxati. Keyin `fields` dan toifasi (`category`) `"identity"` yoki shu ro'yxatdagi
# toifa bo'lgan qatorlarning `field` ustunini ro'yxat qilib qaytaring (`.isin(...)`, `.tolist()`).
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (2 балла).** Напишите функцию `minimal_fields(purpose)`: список полей для цели —
# поля категории `identity` из `fields` и поля категорий, перечисленных в столбце `needs`
# (через `;`) этой цели в таблице `purposes`, в порядке `fields`.
#
# <details><summary>Подсказка</summary>
#
# `needs = purposes.loc[purposes["purpose"] == purpose, "needs"].iloc[0].split(";")` — список
# категорий цели. Затем верните списком столбец `field` тех строк `fields`, у которых категория
# (`category`) — `"identity"` или категория из этого списка (`.isin(...)`, `.tolist()`).
# </details>

# %% [markdown] lang="en"
# **Question 5 (2 points).** Write `minimal_fields(purpose)`: the fields of category
# `identity` plus those of the categories in the purpose's `needs` (`;`-separated) in
# `purposes`, in the order of `fields`.
#
# <details><summary>Hint</summary>
#
# Split the purpose's `needs` on `";"`; then return, as a list, the `field` column of the rows
# of `fields` whose `category` is `"identity"` or one of those (`.isin(...)`, `.tolist()`).
# </details>

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def minimal_fields(purpose):
    needs = purposes.loc[purposes["purpose"] == purpose, "needs"].iloc[0].split(";")
    return fields[fields["category"].isin(["identity"] + needs)]["field"].tolist()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("minimal_fields")
check_type(minimal_fields("court_decision"), list, name='minimal_fields("court_decision")')
### BEGIN HIDDEN TESTS
judge.call(
    "minimal_fields",
    [("character_reference",), ("medical_findings",), ("court_decision",)],
    norm=lambda v: sorted(v) if isinstance(v, (list, tuple, set)) else v,
    label=lambda p: f"minimal_fields({p!r})",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **6-savol (2 ball).** Ortiqcha ma'lumot auditi. Sxemadan o'tgan har bir so'rovda `person`
# ichidagi maydonlardan `minimal_fields(purpose)` ga kirmaydiganlarini toping. Bunday maydoni
# bor so'rovlar uchun `overshare` jadvalini tuzing: `request_id`, `from_unit`, `extra` (ortiqcha
# maydonlar, alifbo tartibida, `;` bilan) va `n_special` (ulardan `fields` da `special` bo'lganlar
# soni). Keyin so'rovlarni bo'linmalar bo'yicha sanab `overshare_by_unit` ga yozing: qaysi
# bo'linmani qayta o'qitish kerak?
#
# <details><summary>Maslahat</summary>
#
# `special = set(fields.loc[fields["special"], "field"])`;
# `extra = sorted(f for f in d["person"] if f not in minimal_fields(d["purpose"]))`;
# `";".join(extra)`; `sum(f in special for f in extra)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 6 (2 балла).** Аудит лишних данных. В каждом прошедшем схему запросе найдите поля
# внутри `person`, которых нет в `minimal_fields(purpose)`. Для запросов с такими полями
# составьте таблицу `overshare`: `request_id`, `from_unit`, `extra` (лишние поля по алфавиту
# через `;`) и `n_special` (сколько из них с `special` в `fields`). Затем посчитайте запросы по
# подразделениям в `overshare_by_unit`: какое подразделение нужно переобучить?
#
# <details><summary>Подсказка</summary>
#
# `special = set(fields.loc[fields["special"], "field"])`;
# `extra = sorted(f for f in d["person"] if f not in minimal_fields(d["purpose"]))`;
# `";".join(extra)`; `sum(f in special for f in extra)`.
# </details>

# %% [markdown] lang="en"
# **Question 6 (2 points).** Over-sharing audit. For each valid request find the `person`
# fields not in `minimal_fields(purpose)`. Build `overshare` for requests with such fields:
# `request_id`, `from_unit`, `extra` (sorted, `;`-joined) and `n_special` (how many are
# `special` in `fields`); count them by unit in `overshare_by_unit`.
#
# <details><summary>Hint</summary>
#
# `special = set(fields.loc[fields["special"], "field"])`; `";".join(sorted(extra))`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q6_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
special = set(fields.loc[fields["special"], "field"])
share_rows = []
for d in requests:
    if not request_validator.is_valid(d):
        continue
    extra = sorted(f for f in d["person"] if f not in minimal_fields(d["purpose"]))
    if extra:
        share_rows.append(
            {
                "request_id": d["request_id"],
                "from_unit": d["from_unit"],
                "extra": ";".join(extra),
                "n_special": sum(f in special for f in extra),
            }
        )
overshare = pd.DataFrame(share_rows)
overshare_by_unit = overshare["from_unit"].value_counts()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q6_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("overshare", "overshare_by_unit")
check_columns(overshare, ["request_id", "from_unit", "extra", "n_special"], name="overshare")
### BEGIN HIDDEN TESTS
_s = judge.table("overshare", ["request_id", "from_unit", "extra", "n_special"])
_sr = judge.ref("overshare")
judge.check(
    sorted(map(str, _s["request_id"])) == sorted(map(str, _sr["request_id"])),
    uz="overshare dagi so'rovlar noto'g'ri: faqat sxemadan o'tgan va minimaldan ortiq maydoni bor so'rovlar.",
    ru="Набор запросов в overshare неверен: только прошедшие схему и с полями сверх минимума.",
    en="Wrong requests in overshare: valid requests with fields beyond the minimum only.",
)
judge.check(
    _rows(_s, ["request_id", "extra"]) == _rows(_sr, ["request_id", "extra"]),
    uz="extra noto'g'ri: ortiqcha maydonlar alifbo tartibida, ';' bilan.",
    ru="extra неверно: лишние поля по алфавиту через ';'.",
    en="extra is wrong: the extra fields sorted, ';'-joined.",
)
judge.check(
    _rows(_s, ["request_id", "n_special"]) == _rows(_sr, ["request_id", "n_special"]),
    uz="n_special noto'g'ri: fields jadvalidagi special ustuni bo'yicha sanang.",
    ru="n_special неверно: считайте по столбцу special таблицы fields.",
    en="n_special is wrong: count by the special column of fields.",
)
judge.value("overshare_by_unit")
### END HIDDEN TESTS
