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
# # 1-mashq. Fishing belgilari: sarlavhalar va havolalar
#
# IIV Kiberxavfsizlik markazi ma'lumotiga ko'ra, 2024-yilda kiberjinoyatlarning **60 %**
# zararli havola yoki dastur (ayniqsa Telegramdagi **APK** fayllar) orqali boshlangan. Murojaatlar
# bo'limiga keladigan xatlar ham nishon: "jarima", "Virtual qabulxona", "parolingizni
# yangilang". Bu mashqda xat **sarlavhalari** va **havolalari** bo'yicha tekshiriladigan belgilar
# yozamiz.
#
# Jadval `messages`: `from_addr`, `reply_to`, `return_path`, `authentication_results`, `subject`,
# `body`, `links` (bitta URL yoki bo'sh), `attachments`. `KNOWN` — tashkilot ishonadigan domenlar.

# %% [markdown] lang="ru"
# # Упражнение 1. Признаки фишинга: заголовки и ссылки
#
# По данным Центра кибербезопасности МВД, в 2024 году **60 %** киберпреступлений начинались с
# вредоносной ссылки или программы (особенно **APK**-файлов в Telegram). Письма в отдел по работе с
# обращениями — тоже мишень: «штраф», «Виртуальная приёмная», «обновите пароль». В этом упражнении
# пишем проверяемые признаки по **заголовкам** и **ссылкам** письма.
#
# Таблица `messages`: `from_addr`, `reply_to`, `return_path`, `authentication_results`, `subject`,
# `body`, `links` (один URL или пусто), `attachments`. `KNOWN` — домены, которым доверяет организация.

# %% [markdown] lang="en"
# # Exercise 1. Phishing indicators from headers and URLs
#
# Write checkable indicators: unknown sender domains (look-alikes, homoglyphs), reply-to mismatch,
# DMARC result, risky links (IP hosts, shorteners, punycode, subdomain tricks, messenger invites, APK).

# %% tags=["setup"]
LANG = "uz"
import ipaddress
from urllib.parse import urlsplit

import pandas as pd

from malaka.grading.checks import (
    check_columns,
    check_defined,
    check_equal,
    check_type,
)

messages = pd.read_csv("data/phishing-mailbox/messages.csv", dtype=str).fillna("")
KNOWN = pd.read_csv("data/phishing-mailbox/known_domains.csv")["domain"].tolist()
SHORTENERS = {"bit.ly", "t.co", "tinyurl.com", "goo.gl", "cutt.ly", "clck.ru"}
messages[["from_addr", "reply_to", "subject", "links", "attachments"]].head(8)

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): havola domenini ro'yxat bilan solishtirish
#
# `urlsplit(url).hostname` havoladan domenni (kichik harflarda) ajratadi. Domen ishonchli, agar u
# `KNOWN` dagi domenga **teng** bo'lsa yoki uning **quyi domeni** bo'lsa (`edo.iiv.uz` —
# `iiv.uz` ning quyi domeni). Matn ichida uchrashi yetmaydi: `iiv-gov.uz` ichida `gov.uz` bor,
# lekin u boshqa sayt. 1-savolda xuddi shunday — yuboruvchi manzili bilan.

# %% [markdown] lang="ru"
# ## Пример с решением: сравниваем домен ссылки со списком
#
# `urlsplit(url).hostname` выделяет из ссылки домен (в нижнем регистре). Домен доверенный, если он
# **равен** домену из `KNOWN` или является его **поддоменом** (`edo.iiv.uz` — поддомен `iiv.uz`).
# Вхождения в строку мало: в `iiv-gov.uz` есть `gov.uz`, но это другой сайт. В вопросе 1 то же —
# с адресом отправителя.

# %% [markdown] lang="en"
# ## Worked example: comparing a link's domain with the list
#
# `urlsplit(url).hostname` takes the domain out of a link. It is trusted when it **equals** a
# domain of `KNOWN` or is its **subdomain** (`edo.iiv.uz` of `iiv.uz`); occurring inside the text
# is not enough (`iiv-gov.uz`). Question 1 does the same with the sender's address.

# %%
for _url in ["https://edo.iiv.uz/doc/1", "http://iiv-gov.uz/jarima", "https://my.gov.uz/uz"]:
    _host = urlsplit(_url).hostname
    _trusted = any(_host == k or _host.endswith("." + k) for k in KNOWN)
    print(_host, "->", _trusted)

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** Nechta xat bepul pochta xizmatidan — yuboruvchi manzili
# (`from_addr`, kichik harflarda) `@gmail.com` bilan tugaydi? Sonini `n_gmail` (int) ga yozing.
# Rasmiy idora gmail'dan yozmaydi.
#
# <details><summary>Maslahat</summary>
#
# `messages["from_addr"].str.lower().str.endswith("@gmail.com")` — har bir xat uchun
# `True`/`False`; `.sum()` ularni sanaydi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** Сколько писем с бесплатной почты — адрес отправителя
# (`from_addr`, в нижнем регистре) оканчивается на `@gmail.com`? Запишите число в `n_gmail` (int).
# Официальный орган не пишет с gmail.
#
# <details><summary>Подсказка</summary>
#
# `messages["from_addr"].str.lower().str.endswith("@gmail.com")` — `True`/`False` для каждого
# письма; `.sum()` их считает.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** How many messages come from a free mailbox: the sender
# (`from_addr`, lower case) ends with `@gmail.com`? Store the number in `n_gmail` (int).
#
# <details><summary>Hint</summary>
#
# `messages["from_addr"].str.lower().str.endswith("@gmail.com").sum()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_gmail = int(messages["from_addr"].str.lower().str.endswith("@gmail.com").sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_gmail")
### BEGIN HIDDEN TESTS
judge.value("n_gmail")
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
# **1-savol (2 ball).** Ikki funksiya yozing:
# - `domain_of(addr)` — `@` dan keyingi qism, kichik harflarda (`"Press@IIV.uz"` → `"iiv.uz"`);
#   `@` bo'lmasa `""`;
# - `is_known(domain)` — domen `KNOWN` da bor yoki ulardan birining **quyi domeni**
#   (`"edo.iiv.uz"` — ha; `"iiv-gov.uz"`, `"my-gov.uz.com"` — yo'q).
#
# Keyin `messages["sender_known"]` ustunini (`from_addr` bo'yicha, bool) qo'shing.
#
# <details><summary>Maslahat</summary>
#
# `addr.rsplit("@", 1)[-1]`; quyi domen: `domain.endswith("." + k)`. Diqqat: `іiv.uz` dagi `і` —
# kirill harfi, u `iiv.uz` ga teng emas, va bu to'g'ri.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Напишите две функции:
# - `domain_of(addr)` — часть после `@` в нижнем регистре (`"Press@IIV.uz"` → `"iiv.uz"`); без `@`
#   — `""`;
# - `is_known(domain)` — домен есть в `KNOWN` или является **поддоменом** одного из них
#   (`"edo.iiv.uz"` — да; `"iiv-gov.uz"`, `"my-gov.uz.com"` — нет).
#
# Затем добавьте столбец `messages["sender_known"]` (по `from_addr`, bool).
#
# <details><summary>Подсказка</summary>
#
# `addr.rsplit("@", 1)[-1]`; поддомен: `domain.endswith("." + k)`. Внимание: `і` в `іiv.uz` —
# кириллическая буква, это не `iiv.uz`, и так и должно быть.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Write `domain_of(addr)` (lower-case part after `@`, `""` without `@`)
# and `is_known(domain)` (in `KNOWN` or a **subdomain** of one); then add
# `messages["sender_known"]`.
#
# <details><summary>Hint</summary>
#
# `addr.rsplit("@", 1)[-1]`; subdomain: `domain.endswith("." + k)`. The `і` in `іiv.uz` is
# Cyrillic.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def domain_of(addr):
    addr = str(addr).strip().lower()
    return addr.rsplit("@", 1)[-1] if "@" in addr else ""


def is_known(domain):
    return any(domain == k or domain.endswith("." + k) for k in KNOWN)


messages["sender_known"] = messages["from_addr"].map(lambda a: is_known(domain_of(a)))
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("domain_of", "is_known")
check_columns(messages, ["sender_known"], name="messages")
check_equal(domain_of("Press@IIV.uz"), "iiv.uz", name='domain_of("Press@IIV.uz")')
### BEGIN HIDDEN TESTS
# Helpers for the judge code of this notebook (one namespace: the later test cells use them too).
def _bool(value):
    """A truthy answer as True/False (as bool() did before); a value that is not data stays as it is."""
    return bool(value) if isinstance(value, (bool, int, float, str, type(None))) else value


def _same_flags(table, ref, column):
    """The trainee's column, read as booleans, equals the reference's row by row (matched on the index)."""
    got, want = table[column].astype(bool), ref[column].astype(bool)
    if len(got) != len(want) or set(got.index) != set(want.index):
        return False
    return bool((got.loc[want.index].to_numpy() == want.to_numpy()).all())


judge.call(
    "is_known",
    [(_d,) for _d in ["iiv.uz", "edo.iiv.uz", "iiv-gov.uz", "my-gov.uz.com", "іiv.uz", "xiiv.uz", "gov.uz", ""]],
    label=lambda d: f"is_known({d!r})",
    norm=_bool,
)
judge.call("domain_of", [("Press@IIV.uz",), ("no-at-sign",)])
judge.check(
    _same_flags(judge.table("messages", ["sender_known"]), judge.ref("messages"), "sender_known"),
    uz="sender_known ustuni noto'g'ri: har bir xat yuboruvchisining domenini tekshiring.",
    ru="Столбец sender_known неверен: проверьте домен отправителя каждого письма.",
    en="sender_known is wrong: check each sender's domain.",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** Yana ikki ustun:
# - `reply_mismatch` — `reply_to` bo'sh emas va uning domeni `from_addr` domenidan farq qiladi
#   (javob boshqa manzilga ketadi);
# - `dmarc_pass` — `authentication_results` da `dmarc=pass` bor. Diqqat: firibgar o'z domenidan
#   yuborsa `spf=pass` bo'lishi mumkin — bu xat xavfsiz degani emas.
#
# <details><summary>Maslahat</summary>
#
# `messages.apply(lambda r: ..., axis=1)` va `str.contains("dmarc=pass", regex=False)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** Ещё два столбца:
# - `reply_mismatch` — `reply_to` не пуст и его домен отличается от домена `from_addr` (ответ уйдёт
#   на другой адрес);
# - `dmarc_pass` — в `authentication_results` есть `dmarc=pass`. Внимание: если мошенник шлёт со
#   своего домена, `spf=pass` вполне возможен — это не значит, что письмо безопасно.
#
# <details><summary>Подсказка</summary>
#
# `messages.apply(lambda r: ..., axis=1)` и `str.contains("dmarc=pass", regex=False)`.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** Add `reply_mismatch` (non-empty `reply_to` whose domain differs from
# the sender's) and `dmarc_pass` (`dmarc=pass` in `authentication_results`). `spf=pass` alone
# proves nothing.
#
# <details><summary>Hint</summary>
#
# `messages.apply(lambda r: ..., axis=1)`; `str.contains("dmarc=pass", regex=False)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
messages["reply_mismatch"] = messages.apply(
    lambda r: r["reply_to"] != "" and domain_of(r["reply_to"]) != domain_of(r["from_addr"]), axis=1
)
messages["dmarc_pass"] = messages["authentication_results"].str.contains("dmarc=pass", regex=False)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_columns(messages, ["reply_mismatch", "dmarc_pass"], name="messages")
### BEGIN HIDDEN TESTS
_m2 = judge.table("messages", ["reply_mismatch", "dmarc_pass"])
_r2 = judge.ref("messages")
judge.check(
    _same_flags(_m2, _r2, "reply_mismatch"),
    uz="reply_mismatch noto'g'ri: bo'sh reply_to farq emas; domenlarni solishtiring.",
    ru="reply_mismatch неверен: пустой reply_to — не расхождение; сравнивайте домены.",
    en="reply_mismatch is wrong: an empty reply_to is no mismatch; compare domains.",
)
judge.check(
    _same_flags(_m2, _r2, "dmarc_pass"),
    uz="dmarc_pass noto'g'ri: aynan dmarc natijasiga qarang (spf emas).",
    ru="dmarc_pass неверен: смотрите именно результат dmarc (не spf).",
    en="dmarc_pass is wrong: look at the dmarc result (not spf).",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (3 ball).** `link_flags(url)` funksiyasi havoladagi xavf belgilari to'plamini (`set`)
# qaytarsin (`url` bo'sh bo'lsa — bo'sh to'plam). `host = urlsplit(url).hostname`:
# - `"ip_url"` — host IP manzil;
# - `"shortened_url"` — host `SHORTENERS` da;
# - `"punycode"` — hostning biror qismi `xn--` bilan boshlanadi (o'xshash harfli domen);
# - `"messenger_invite"` — host `t.me` va yo'l `/+` bilan boshlanadi (yopiq kanalga taklif);
# - `"apk_link"` — yo'l `.apk` bilan tugaydi;
# - `"subdomain_trick"` — host ma'lum emas (`is_known` yolg'on), lekin ichida ma'lum domen bor:
#   `pm.gov.uz.murojaat-status.info`, `my-gov.uz.com` emas (u ichida `gov.uz.` yo'q, `my-gov` bor) —
#   qoida: `"." + host + "."` ichida `"." + k + "."` bor.
#
# <details><summary>Maslahat</summary>
#
# IP: `ipaddress.ip_address(host)` xato bermasa — IP. `urlsplit(url).path.lower().endswith(".apk")`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (3 балла).** Функция `link_flags(url)` возвращает множество (`set`) признаков риска
# ссылки (для пустого `url` — пустое множество). `host = urlsplit(url).hostname`:
# - `"ip_url"` — хост является IP-адресом;
# - `"shortened_url"` — хост из `SHORTENERS`;
# - `"punycode"` — какая-то часть хоста начинается с `xn--` (домен с похожими буквами);
# - `"messenger_invite"` — хост `t.me` и путь начинается с `/+` (приглашение в закрытый канал);
# - `"apk_link"` — путь оканчивается на `.apk`;
# - `"subdomain_trick"` — хост неизвестен (`is_known` ложно), но внутри есть известный домен:
#   `pm.gov.uz.murojaat-status.info` — да, `my-gov.uz.com` — нет (внутри нет `gov.uz.`, есть `my-gov`);
#   правило: `"." + host + "."` содержит `"." + k + "."`.
#
# <details><summary>Подсказка</summary>
#
# IP: если `ipaddress.ip_address(host)` не выдаёт ошибку — это IP. `urlsplit(url).path.lower().endswith(".apk")`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (3 points).** `link_flags(url)` returns the set of risk flags (empty for an empty
# `url`): `ip_url`, `shortened_url` (host in `SHORTENERS`), `punycode` (a label starts with
# `xn--`), `messenger_invite` (`t.me` with a path starting `/+`), `apk_link` (path ends `.apk`),
# `subdomain_trick` (unknown host whose `"." + host + "."` contains `"." + k + "."` for a known
# `k`).
#
# <details><summary>Hint</summary>
#
# IP: `ipaddress.ip_address(host)` raises for names.
# `urlsplit(url).path.lower().endswith(".apk")`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def link_flags(url):
    flags = set()
    if not url:
        return flags
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        ipaddress.ip_address(host)
        flags.add("ip_url")
    except ValueError:
        pass
    if host in SHORTENERS:
        flags.add("shortened_url")
    if any(label.startswith("xn--") for label in host.split(".")):
        flags.add("punycode")
    if host == "t.me" and parts.path.startswith("/+"):
        flags.add("messenger_invite")
    if parts.path.lower().endswith(".apk"):
        flags.add("apk_link")
    if not is_known(host) and any(f".{k}." in f".{host}." for k in KNOWN):
        flags.add("subdomain_trick")
    return flags
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("link_flags")
check_type(link_flags("https://iiv.uz/"), set, name='link_flags("https://iiv.uz/")')
check_equal(link_flags(""), set(), name='link_flags("")')
### BEGIN HIDDEN TESTS
_urls = [
    "", "https://iiv.uz/",
    "http://185.22.1.9/pay", "https://bit.ly/abc", "https://xn--iv-kadr-qog.uz/login",
    "https://t.me/+abc", "https://t.me/iivuz", "https://files.example.com/foto.APK",
    "https://pm.gov.uz.murojaat-status.info/x", "https://my-gov.uz.com/", "https://edo.iiv.uz/doc/1",
]
# ... then every link of the mailbox, as the reference notebook read it
_urls += list(judge.ref("messages")["links"])
judge.call("link_flags", [(_u,) for _u in _urls], label=lambda u: f"link_flags({u!r})")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (2 ball).** Yakuniy qoida: xat **shubhali**, agar yuboruvchi ma'lum bo'lmasa, yoki
# `reply_mismatch`, yoki `dmarc_pass` yolg'on, yoki havolada biror belgi bo'lsa, yoki ilova
# `.apk` / `.exe` bo'lsa. Bu qoidani bitta xat (jadval qatori) uchun `is_suspicious(row)`
# funksiyasi sifatida yozing (`row["from_addr"]`, `row["reply_to"]`, `row["authentication_results"]`,
# `row["links"]`, `row["attachments"]` dan foydalaning), so'ng `messages["suspicious"]` ustunini
# qo'shing va shubhali xatlar ulushini `suspicious_share` (float) ga yozing. (Javob kaliti
# instruktorda: darsda qoidangizning aniqligini (precision) va to'liqligini (recall) solishtirasiz.)
#
# <details><summary>Maslahat</summary>
#
# Oldingi funksiyalardan foydalaning: `is_known(domain_of(...))`, `link_flags(...)`;
# `row["attachments"].lower().endswith((".apk", ".exe"))`; keyin
# `messages.apply(is_suspicious, axis=1)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (2 балла).** Итоговое правило: письмо **подозрительное**, если отправитель неизвестен,
# или `reply_mismatch`, или `dmarc_pass` ложно, или у ссылки есть хотя бы один признак, или вложение
# `.apk` / `.exe`. Запишите правило для одного письма (строки таблицы) как функцию
# `is_suspicious(row)` (используйте `row["from_addr"]`, `row["reply_to"]`,
# `row["authentication_results"]`, `row["links"]`, `row["attachments"]`), затем добавьте столбец
# `messages["suspicious"]` и запишите долю подозрительных писем в `suspicious_share` (float). (Ключ
# ответов у преподавателя: на занятии сравните точность (precision) и полноту (recall) вашего
# правила.)
#
# <details><summary>Подсказка</summary>
#
# Используйте прежние функции: `is_known(domain_of(...))`, `link_flags(...)`;
# `row["attachments"].lower().endswith((".apk", ".exe"))`; затем
# `messages.apply(is_suspicious, axis=1)`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (2 points).** Final rule as a function `is_suspicious(row)`: unknown sender, or
# reply-to mismatch, or no DMARC pass, or any link flag, or an `.apk` / `.exe` attachment. Add
# `messages["suspicious"]` and the share `suspicious_share`.
#
# <details><summary>Hint</summary>
#
# Reuse `is_known(domain_of(...))` and `link_flags(...)`; then `messages.apply(is_suspicious,
# axis=1)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def is_suspicious(row):
    sender = domain_of(row["from_addr"])
    reply = row["reply_to"]
    return bool(
        not is_known(sender)
        or (reply != "" and domain_of(reply) != sender)
        or "dmarc=pass" not in row["authentication_results"]
        or len(link_flags(row["links"])) > 0
        or row["attachments"].lower().endswith((".apk", ".exe"))
    )


messages["suspicious"] = messages.apply(is_suspicious, axis=1)
suspicious_share = float(messages["suspicious"].mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("is_suspicious", "suspicious_share")
check_columns(messages, ["suspicious"], name="messages")
### BEGIN HIDDEN TESTS
_clean = {
    "from_addr": "press@iiv.uz", "reply_to": "", "links": "https://edo.iiv.uz/doc/1",
    "authentication_results": "mx.iiv.uz; spf=pass; dkim=pass; dmarc=pass", "attachments": "hisobot.pdf",
}


def _row_label(row):
    changed = [(k, v) for k, v in row.items() if v != _clean[k]]
    return "is_suspicious(<toza xat / чистое письмо>)" if not changed else f"is_suspicious(<{changed[0][0]} = {changed[0][1]!r}>)"


_rows = [_clean] + [
    {**_clean, _field: _value}
    for _field, _value in [
        ("from_addr", "press@iiv-gov.uz"),
        ("reply_to", "press.1@gmail.com"),
        ("authentication_results", "mx.iiv.uz; spf=pass; dkim=none; dmarc=none"),
        ("links", "https://bit.ly/x"),
        ("attachments", "foto.apk"),
    ]
]
judge.call("is_suspicious", [(_row,) for _row in _rows], label=_row_label, norm=_bool)
judge.check(
    _same_flags(judge.table("messages", ["suspicious"]), judge.ref("messages"), "suspicious"),
    uz="suspicious ustuni qoidaga mos emas: beshta shartning har birini tekshiring ('yoki').",
    ru="Столбец suspicious не соответствует правилу: проверьте каждое из пяти условий («или»).",
    en="suspicious does not follow the rule: check each of the five conditions (OR).",
)
judge.value("suspicious_share", abs=1e-9)
### END HIDDEN TESTS
