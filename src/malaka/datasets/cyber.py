"""Cyber-hygiene datasets for police staff: a mailbox, an authentication log, passwords, a leak.

Why: most cybercrime cases in Uzbekistan in 2024 started with a malicious link (60%, notably
APK files sent through Telegram; domain notes §4.2), and officers hold personal data of citizens
that ZRU-547 protects. Each generator returns ``(trainee_tables, answer_key)``: two dicts of
DataFrames kept apart, so a dataset build can ship the first to trainees and the second to the
grader only. Every answer can be recomputed from the trainee tables by the rules written here
(the tests do exactly that).

* :func:`mailbox`: e-mails with headers; phishing labelled with indicators (look-alike and
  homoglyph domains, sub-domain tricks, mismatched Reply-To / Return-Path, failed SPF/DMARC, APK
  and messenger links, shorteners, IP-literal links, executable attachments, credential, urgency
  and authority lures), cues after NCSC and CISA (domain notes §4.1).
* :func:`auth_log`: logins and record views of an appeals system with brute force, password
  spraying, impossible travel and after-hours insider reading, labelled by incident.
* :func:`passwords`: passwords and a policy to audit against NIST SP 800-63B rev. 4.
* :func:`leaked_export`: an "export" full of personal data for pseudonymisation (HMAC, k-anonymity).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

import numpy as np

from malaka import taxonomy
from malaka.datasets.translit import ascii_slug, to_cyrillic

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]

Tables = dict[str, "pd.DataFrame"]
Gen = np.random.Generator

TZ: Final = dt.timezone(dt.timedelta(hours=5), "Asia/Tashkent")
#: First day of every generated period (a Monday); fixed so output never depends on the clock.
START: Final = dt.datetime(2025, 3, 3, tzinfo=TZ)


def _pick(seq: Sequence[str], rng: np.random.Generator) -> str:
    return seq[int(rng.integers(len(seq)))]


# --- mailbox ---------------------------------------------------------------------------------

#: The organisation's own and partner domains (trainees get this list as ``known_domains``).
KNOWN_DOMAINS: Final[tuple[str, ...]] = (
    "iiv.uz",
    "gov.uz",
    "my.gov.uz",
    "pm.gov.uz",
    "lex.uz",
    "prokuratura.uz",
    "sud.uz",
    "ssv.uz",
    "xalqbank.uz",
    "humocard.uz",
)

#: Indicator codes used in the answer key, and the field their evidence is found in.
INDICATORS: Final[dict[str, str]] = {
    "lookalike_domain": "from_addr or links: a domain imitating a known one (iiv-gov.uz)",
    "homoglyph_domain": "from_addr or links: a domain with look-alike non-Latin letters or xn--",
    "subdomain_trick": "links: a known domain used as a sub-domain of another (pm.gov.uz.x.info)",
    "reply_to_mismatch": "reply_to: replies go to another registrable domain than From",
    "return_path_mismatch": "return_path: bounces go to another registrable domain than From",
    "auth_fail": "authentication_results: SPF or DMARC failed",
    "apk_link": "links: a link to an Android .apk file",
    "messenger_link": "links: a Telegram or WhatsApp link instead of an official site",
    "shortened_url": "links: a URL shortener hides the target",
    "ip_url": "links: a bare IP address instead of a domain",
    "executable_attachment": "attachments: an .apk/.exe/.scr/.js or double-extension file",
    "credential_lure": "body: asks for a password, card data or an SMS code",
    "urgency_lure": "subject or body: a deadline or threat to hurry the reader",
    "authority_lure": "subject or body: claims to come from a ministry, court or prosecutor",
}
#: Indicators visible in headers, links or attachments (not only in the wording).
TECHNICAL_INDICATORS: Final[frozenset[str]] = frozenset(
    {
        "lookalike_domain",
        "homoglyph_domain",
        "subdomain_trick",
        "reply_to_mismatch",
        "return_path_mismatch",
        "auth_fail",
        "apk_link",
        "messenger_link",
        "shortened_url",
        "ip_url",
        "executable_attachment",
    }
)

_COLLEAGUES: Final = (
    ("Aziz Karimov", "a.karimov"),
    ("Dilnoza Rahimova", "d.rahimova"),
    ("Bekzod Tursunov", "b.tursunov"),
    ("Malika Yusupova", "m.yusupova"),
    ("Sardor Aliyev", "s.aliyev"),
    ("Нина Ким", "n.kim"),
    ("Олег Петров", "o.petrov"),
    ("Shahlo Ergasheva", "sh.ergasheva"),
)
_LEGIT: Final = (
    # (lang, from name, from addr, subject, body, link template, attachment)
    (
        "uz",
        "IIV Axborot texnologiyalari",
        "it@iiv.uz",
        "Parolni almashtirish haqida eslatma",
        "Hisobingizga shubhali kirish urinishlari bo'ldi. Parolingizni faqat ichki tizimda, "
        "o'zingiz ochgan sahifada almashtiring. Parolni hech kimga aytmang.",
        "https://sso.iiv.uz/account",
        "",
    ),
    (
        "ru",
        "Суд по уголовным делам",
        "devonxona@sud.uz",
        "Запрос материалов по делу {n}",
        "Просим в срок до 10 дней направить материалы проверки по делу № {n}.",
        "",
        "sorov_{n}.pdf",
    ),
    (
        "uz",
        "Prokuratura",
        "murojaat@prokuratura.uz",
        "So'rovnoma {n}",
        "Fuqaro murojaati bo'yicha ko'rilgan choralar haqida 5 kun ichida ma'lumot bering.",
        "",
        "sorovnoma_{n}.pdf",
    ),
    (
        "uz",
        "colleague",
        "",
        "Haftalik hisobot",
        "Assalomu alaykum. Murojaatlar bo'yicha haftalik hisobotni ilova qildim.",
        "https://edo.iiv.uz/doc/{n}",
        "hisobot_{n}.xlsx",
    ),
    (
        "uz",
        "colleague",
        "",
        "Shoshilinch: yig'ilish soat 15:00da",
        "Bugun soat 15:00da majlislar zalida yig'ilish bo'ladi, kechikmang.",
        "",
        "",
    ),
    (
        "uz",
        "colleague",
        "",
        "Navbatchilik jadvali",
        "Keyingi hafta navbatchilik jadvali ilovada.",
        "",
        "navbatchilik_{n}.pdf",
    ),
    (
        "ru",
        "colleague",
        "",
        "Статистика обращений",
        "Коллеги, направляю статистику обращений за месяц.",
        "https://edo.iiv.uz/doc/{n}",
        "statistika_{n}.docx",
    ),
    (
        "uz",
        "Yagona portal",
        "noreply@my.gov.uz",
        "Arizangiz qabul qilindi",
        "Sizning {n}-sonli arizangiz qabul qilindi. Holatini shaxsiy kabinetda kuzating.",
        "https://my.gov.uz/uz/cabinet/{n}",
        "",
    ),
    (
        "uz",
        "Virtual qabulxona",
        "noreply@pm.gov.uz",
        "Yangi murojaat kelib tushdi",
        "Bo'linmangizga {n}-sonli yangi murojaat yo'naltirildi. Muddat: 15 kun.",
        "https://pm.gov.uz/uz/murojaat/{n}",
        "",
    ),
    (
        "ru",
        "Lex.uz",
        "info@lex.uz",
        "Новые нормативные акты",
        "Опубликованы новые нормативно-правовые акты. Подробнее на сайте.",
        "https://lex.uz/docs/{n}",
        "",
    ),
    (
        "uz",
        "IIV matbuot xizmati",
        "press@iiv.uz",
        "Rasmiy Telegram kanalimiz",
        "Yangiliklarni rasmiy kanalimizda kuzatib boring.",
        "https://t.me/iivuz",
        "",
    ),
    (
        "ru",
        "Xalq banki",
        "info@xalqbank.uz",
        "Изменение тарифов",
        "С 1 числа меняются тарифы на переводы. Никому не сообщайте код из СМС.",
        "https://xalqbank.uz/ru/tariffs",
        "",
    ),
)

# Phishing scenarios: (lang, scenario, display name, from domain, subject, body, link, attachment,
# indicators the template itself carries). Body phrases tagged [[k:...]] are lure evidence
# (k: a = authority, c = credential, u = urgency).
_PHISH: Final = (
    (
        "uz",
        "fake_fine",
        "IIV Jarimalar",
        "iiv-gov.uz",
        "Sizga jarima qo'llanildi",
        "[[a:Ichki ishlar vazirligi]] ma'lumotiga ko'ra sizga jarima qo'llanildi. "
        "[[u:24 soat ichida to'lamasangiz]], jarima ikki baravar oshadi.",
        "http://iiv-gov.uz/jarima?id={n}",
        "",
        ("lookalike_domain",),
    ),
    (
        "ru",
        "fake_fine",
        "ГАИ штрафы",
        "iiv-uz.info",
        "Неоплаченный штраф",
        "По данным [[a:МВД Республики Узбекистан]] за вами числится штраф. "
        "[[u:Оплатите в течение 24 часов]], иначе дело передадут в суд.",
        "http://iiv-uz.info/shtraf/{n}",
        "",
        ("lookalike_domain",),
    ),
    (
        "uz",
        "virtual_reception",
        "Virtual qabulxona",
        "pm-gov.uz",
        "Murojaatingiz rad etildi",
        "[[a:Prezident virtual qabulxonasi]]: murojaatingiz rad etildi. "
        "Qayta ko'rib chiqish uchun [[u:bugun]] havolaga o'ting.",
        "https://pm.gov.uz.murojaat-status.info/{n}",
        "",
        ("lookalike_domain", "subdomain_trick"),
    ),
    (
        "uz",
        "credentials",
        "my.gov.uz xavfsizlik",
        "my-gov.uz.com",
        "Hisobingiz bloklandi",
        "Hisobingizga shubhali kirish aniqlandi. [[c:Login va parolingizni kiriting]], "
        "[[u:aks holda hisob 2 soatdan keyin o'chiriladi]].",
        "http://my-gov.uz.com/login?u={n}",
        "",
        ("lookalike_domain",),
    ),
    (
        "uz",
        "apk",
        "IIV Axborot markazi",
        "iiv-xizmat.com",
        "Yangi xizmat ilovasi",
        "[[a:Vazirlik buyrug'iga ko'ra]] barcha xodimlar yangi ilovani o'rnatishi shart. "
        "[[u:Bugun 18:00 gacha]] o'rnating.",
        "https://files.iiv-xizmat.com/IIV_Xizmat_{n}.apk",
        "",
        ("lookalike_domain", "apk_link"),
    ),
    (
        "ru",
        "apk",
        "Служба поддержки",
        "gmail.com",
        "Фото с места ДТП",
        "Здравствуйте, посмотрите фото с места ДТП, [[u:срочно]].",
        "https://t.me/+dtp_foto_{n}",
        "foto_DTP_{n}.apk",
        ("messenger_link", "executable_attachment"),
    ),
    (
        "ru",
        "sms_code",
        "Humo",
        "humo-uz.com",
        "Ваша карта заблокирована",
        "Ваша карта заблокирована. Для разблокировки [[c:введите номер карты и код из СМС]] "
        "[[u:в течение 30 минут]].",
        "https://bit.ly/humo-{n}",
        "",
        ("lookalike_domain", "shortened_url"),
    ),
    (
        "uz",
        "homoglyph",
        "IIV Kadrlar bo'limi",
        "іiv.uz",
        "Mukofot puli ro'yxati",
        "[[a:Kadrlar bo'limi]]: mukofot ro'yxatida ismingizni tekshiring, "
        "[[c:parol bilan kiring]].",
        "https://{idn}/login?id={n}",
        "",
        ("homoglyph_domain",),
    ),
    (
        "uz",
        "spoofed_reply",
        "Prokuratura",
        "prokuratura.uz",
        "Chaqiruv qog'ozi",
        "[[a:Prokuratura]] sizni so'roqqa chaqiradi. Hujjatni ochib, [[u:bugun]] javob yozing.",
        "",
        "Chaqiruv_{n}.pdf.exe",
        ("reply_to_mismatch", "return_path_mismatch", "auth_fail", "executable_attachment"),
    ),
    (
        "ru",
        "ip_link",
        "Судебный департамент",
        "sud-uz.net",
        "Повестка в суд",
        "[[a:Судебный департамент]] направляет повестку. [[u:Явка обязательна]], "
        "подробности по ссылке.",
        "http://185.{a}.{b}.{c}/povestka/{n}",
        "",
        ("lookalike_domain", "ip_url"),
    ),
)

_LURE_MARK = re.compile(r"\[\[([acu]):(.+?)\]\]")
_SENDER_USERS: Final = ("info", "noreply", "xabar", "support", "admin")
_LURE_KINDS: Final = {"a": "authority_lure", "c": "credential_lure", "u": "urgency_lure"}


def _mail_date(rng: np.random.Generator, days: int) -> dt.datetime:
    minutes = int(rng.integers(0, days * 24 * 60))
    return START + dt.timedelta(minutes=minutes, seconds=int(rng.integers(60)))


def _registrable(domain: str) -> str:
    """The registrable part of a domain, for this generator's own domains (two or three labels)."""
    labels = domain.lower().split(".")
    if len(labels) >= 3 and labels[-2] in {"gov", "com", "org", "net"} and labels[-1] == "uz":
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


_OPENINGS: Final = {
    "uz": ("", "Assalomu alaykum.", "Hurmatli xodim!", "Hurmatli hamkasb,", "Salom."),
    "ru": ("", "Здравствуйте.", "Уважаемый сотрудник!", "Уважаемый коллега,", "Добрый день."),
}
_CLOSINGS: Final = {
    "uz": ("", "Hurmat bilan.", "Rahmat.", "Bu xabar avtomatik yuborildi."),
    "ru": ("", "С уважением.", "Спасибо.", "Это письмо отправлено автоматически."),
}
_SUBJECT_TAGS: Final = ("", "", "", "RE: ", "FW: ", "[Muhim] ", "[Важно] ")


def _dress(msg: dict[str, str], rng: np.random.Generator) -> None:
    """Vary greeting, sign-off and subject tags, so that no one wording marks a class."""
    lang = msg["lang"]
    opening, closing = _pick(_OPENINGS[lang], rng), _pick(_CLOSINGS[lang], rng)
    msg["body"] = " ".join(p for p in (opening, msg["body"], closing) if p)
    msg["subject"] = _pick(_SUBJECT_TAGS, rng) + msg["subject"]


def _ip(rng: np.random.Generator, first: int | None = None) -> str:
    a = first if first is not None else int(rng.integers(45, 220))
    rest = rng.integers(1, 250, size=3)
    return f"{a}.{int(rest[0])}.{int(rest[1])}.{int(rest[2]) + 1}"


def _legit_message(
    rng: np.random.Generator, num: str
) -> tuple[dict[str, str], tuple[str, ...], list[tuple[str, str]]]:
    lang, name, addr, subject, body, link, att = _LEGIT[int(rng.integers(len(_LEGIT)))]
    if name == "colleague":
        name, login = _COLLEAGUES[int(rng.integers(len(_COLLEAGUES)))]
        addr = f"{login}@iiv.uz"
    domain = addr.split("@")[1]
    reply_to = ""
    if domain == "my.gov.uz" and rng.random() < 0.5:
        reply_to = "support@my.gov.uz"  # same organisation: not a mismatch
    host = f"mail.{_registrable(domain)}"
    msg = {
        "from_name": name,
        "from_addr": addr,
        "reply_to": reply_to,
        "return_path": f"bounce@{domain}",
        "received": f"from {host} ({host} [{_ip(rng, 10)}]) by mx.iiv.uz",
        "authentication_results": (
            f"mx.iiv.uz; spf=pass smtp.mailfrom={domain}; dkim=pass; dmarc=pass"
        ),
        "subject": subject.format(n=num),
        "body": body.format(n=num),
        "links": link.format(n=num),
        "attachments": att.format(n=num),
        "lang": lang,
        "scenario": "legitimate",
    }
    return msg, (), []


def _phish_message(
    rng: np.random.Generator, num: str
) -> tuple[dict[str, str], tuple[str, ...], list[tuple[str, str]]]:
    lang, scenario, name, domain, subject, body, link, att, tags = _PHISH[
        int(rng.integers(len(_PHISH)))
    ]
    user = f"support.{num}" if domain == "gmail.com" else _pick(_SENDER_USERS, rng)
    reply_to = ""
    return_path = f"bounce@{domain}"
    auth = f"mx.iiv.uz; spf=pass smtp.mailfrom={domain}; dkim=none; dmarc=none"
    host = f"mail.{_registrable(domain)}"
    if "reply_to_mismatch" in tags:  # a spoofed known sender: the reply path gives it away
        reply_to = f"{ascii_slug(name)}.{num}@mail.ru"
        return_path = f"bounce@mailer-{num}.top"
        auth = f"mx.iiv.uz; spf=fail smtp.mailfrom=mailer-{num}.top; dmarc=fail"
        host = f"mailer-{num}.top"
    elif domain != "gmail.com" and rng.random() < 0.3:  # some also divert replies
        reply_to = f"{user}.{num}@gmail.com"
        tags = (*tags, "reply_to_mismatch")
    fill = {
        "n": num,
        "a": str(int(rng.integers(1, 250))),
        "b": str(int(rng.integers(1, 250))),
        "c": str(int(rng.integers(2, 250))),
        "idn": "іiv-kadr.uz".encode("idna").decode("ascii"),  # Cyrillic і: xn--...
    }
    lures = [(code, phrase) for code, phrase in _LURE_MARK.findall(body)]
    msg = {
        "from_name": name,
        "from_addr": f"{user}@{domain}",
        "reply_to": reply_to,
        "return_path": return_path,
        "received": f"from {host} ({host} [{_ip(rng)}]) by mx.iiv.uz",
        "authentication_results": auth,
        "subject": subject,
        "body": _LURE_MARK.sub(r"\2", body),
        "links": link.format(**fill),
        "attachments": att.format(**fill),
        "lang": lang,
        "scenario": scenario,
    }
    return msg, tags, lures


def mailbox(
    n: int, rng: np.random.Generator, *, phishing_share: float = 0.35, days: int = 30
) -> tuple[Tables, Tables]:
    """``n`` e-mails received by an appeals office, a share of them phishing.

    Trainee tables: ``messages`` (``message_id, date, from_name, from_addr, reply_to,
    return_path, received, authentication_results, to, subject, body, links, attachments, lang``;
    ``links`` and ``attachments`` hold at most one item each) and ``known_domains``.
    Answer key: ``labels`` (``message_id, label, scenario``) and ``indicators`` (``message_id,
    indicator, field, evidence``): ``evidence`` is a substring of that field of that message.
    Legitimate mail includes hard cases: urgent internal notices, an official Telegram channel,
    a Reply-To inside the same organisation.
    """
    import pandas as pd

    if n < 1 or not 0.0 <= phishing_share <= 1.0:
        raise ValueError("mailbox: n must be >= 1 and phishing_share within [0, 1]")
    msgs: list[dict[str, str]] = []
    labels: list[dict[str, str]] = []
    inds: list[dict[str, str]] = []
    is_phish = rng.random(n) < phishing_share
    for i in range(n):
        mid = f"M{i + 1:05d}"
        when = _mail_date(rng, days)
        num = str(int(rng.integers(10_000, 99_999)))
        make = _phish_message if is_phish[i] else _legit_message
        body, tags, lures = make(rng, num)
        scenario = body.pop("scenario")
        _dress(body, rng)
        msg = {
            "message_id": mid,
            "date": when.strftime("%a, %d %b %Y %H:%M:%S %z"),
            "to": "murojaat@iiv.uz",
            **body,
        }
        msgs.append(msg)
        label = "phishing" if is_phish[i] else "legitimate"
        labels.append({"message_id": mid, "label": label, "scenario": scenario})
        inds += [{"message_id": mid, **ind} for ind in _evidence(msg, tags, lures)]
    columns = ["message_id", "date", "from_name", "from_addr", "reply_to", "return_path"]
    columns += ["received", "authentication_results", "to", "subject", "body", "links"]
    columns += ["attachments", "lang"]
    trainee = {
        "messages": pd.DataFrame(msgs, columns=columns).astype("string"),
        "known_domains": pd.DataFrame({"domain": list(KNOWN_DOMAINS)}).astype("string"),
    }
    key = {
        "labels": pd.DataFrame(labels).astype("string"),
        "indicators": pd.DataFrame(
            inds, columns=["message_id", "indicator", "field", "evidence"]
        ).astype("string"),
    }
    return trainee, key


def _evidence(
    msg: dict[str, str], tags: Sequence[str], lures: Sequence[tuple[str, str]]
) -> list[dict[str, str]]:
    """Where each indicator of a phishing message shows, as (indicator, field, evidence)."""
    out: list[dict[str, str]] = []
    from_domain = msg["from_addr"].split("@")[1]
    link_host = re.sub(r"^https?://([^/]+).*$", r"\1", msg["links"]) if msg["links"] else ""
    for tag in tags:
        if tag == "lookalike_domain":
            out.append({"indicator": tag, "field": "from_addr", "evidence": from_domain})
        elif tag == "homoglyph_domain":
            out.append({"indicator": tag, "field": "from_addr", "evidence": from_domain})
            if "xn--" in link_host:
                out.append({"indicator": tag, "field": "links", "evidence": link_host})
        elif tag == "subdomain_trick":
            out.append({"indicator": tag, "field": "links", "evidence": link_host})
        elif tag == "reply_to_mismatch":
            out.append({"indicator": tag, "field": "reply_to", "evidence": msg["reply_to"]})
        elif tag == "return_path_mismatch":
            out.append({"indicator": tag, "field": "return_path", "evidence": msg["return_path"]})
        elif tag == "auth_fail":
            out.append(
                {"indicator": tag, "field": "authentication_results", "evidence": "spf=fail"}
            )
        elif tag in {"apk_link", "messenger_link", "shortened_url", "ip_url"}:
            out.append({"indicator": tag, "field": "links", "evidence": msg["links"]})
        elif tag == "executable_attachment":
            out.append({"indicator": tag, "field": "attachments", "evidence": msg["attachments"]})
    for code, phrase in lures:
        out.append({"indicator": _LURE_KINDS[code], "field": "body", "evidence": phrase})
    return out


# --- authentication log ----------------------------------------------------------------------

#: Cities a login can come from, with coordinates (trainees get this as ``cities``).
CITIES: Final[dict[str, tuple[str, float, float]]] = {
    "Tashkent": ("UZ", 41.311, 69.280),
    "Samarkand": ("UZ", 39.654, 66.960),
    "Namangan": ("UZ", 40.998, 71.673),
    "Nukus": ("UZ", 42.460, 59.610),
    "Moscow": ("RU", 55.756, 37.617),
    "Frankfurt": ("DE", 50.110, 8.682),
    "Istanbul": ("TR", 41.008, 28.978),
    "Amsterdam": ("NL", 52.370, 4.895),
    "Singapore": ("SG", 1.352, 103.820),
}
#: Working hours of day-shift staff; duty-unit staff also work nights.
WORK_START: Final = 8
WORK_END: Final = 19
#: Speed above which two logins of one user cannot both be genuine (km/h, faster than a jet).
MAX_SPEED_KMH: Final = 1000.0

_AGENTS: Final = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/125.0",
    "Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0",
)
_BOTS: Final = ("python-requests/2.31", "Hydra v9.5", "curl/8.5.0")
_DISTRICTS: Final = ("Chilonzor", "Yunusobod", "Sergeli", "Yashnobod", "Olmazor", "Uchtepa")


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _roster(n_users: int, rng: np.random.Generator) -> list[dict[str, str]]:
    units = [d.id for d in taxonomy.DEPARTMENTS]
    surnames: tuple[str, ...] = ("karimov", "rahimova", "tursunov", "yusupova", "aliyev")
    surnames += (
        "kim",
        "petrov",
        "ergasheva",
        "nazarov",
        "qodirov",
        "sobirova",
        "ismoilov",
        "xolmatov",
        "umarov",
    )
    out = []
    for i in range(n_users):
        unit = "duty_unit" if i % 7 == 0 else _pick(units, rng)
        district = i % len(_DISTRICTS)
        out.append(
            {
                "user": f"{_pick(surnames, rng)}.{i + 1:03d}",
                "unit": unit,
                "district": _DISTRICTS[district],
                "shift": "night" if unit == "duty_unit" and i % 2 == 0 else "day",
                "office_ip": f"10.{20 + i // 240}.{district + 1}.{10 + i % 240}",
            }
        )
    return out


@dataclass
class _Log:
    """Rows of the log being built, and the incidents planted in it."""

    rows: list[dict[str, object]] = field(default_factory=list)
    incidents: list[dict[str, object]] = field(default_factory=list)
    members: list[tuple[int, str]] = field(default_factory=list)

    def add(
        self,
        ts: dt.datetime,
        user: Mapping[str, str] | str,
        where: tuple[str, str, str],
        action: str,
        *,
        result: str = "success",
        appeal: tuple[str, str] = ("", ""),
    ) -> int:
        """Append one event; ``where`` is (source IP, city, user agent)."""
        ip, city, agent = where
        self.rows.append(
            {
                "timestamp": ts.replace(microsecond=0),
                "user": user if isinstance(user, str) else user["user"],
                "src_ip": ip,
                "city": city,
                "country": CITIES[city][0],
                "user_agent": agent,
                "action": action,
                "result": result,
                "appeal_id": appeal[0],
                "appeal_district": appeal[1],
            }
        )
        return len(self.rows) - 1

    def incident(self, kind: str, user: str, ip: str, idx: Sequence[int]) -> None:
        iid = f"INC-{len(self.incidents) + 1:02d}"
        times = [dt.datetime.fromisoformat(str(self.rows[i]["timestamp"])) for i in idx]
        self.incidents.append(
            {
                "incident_id": iid,
                "type": kind,
                "user": user,
                "src_ip": ip,
                "start": min(times),
                "end": max(times),
                "n_rows": len(idx),
            }
        )
        self.members.extend((i, iid) for i in idx)


def _appeal(district: str, rng: np.random.Generator) -> tuple[str, str]:
    return f"A-{district[:3].upper()}-{int(rng.integers(1, 5000)):05d}", district


def _normal_work(log: _Log, staff: Sequence[Mapping[str, str]], days: int, rng: Gen) -> None:
    """Day shift on weekdays (rarely a weekend), night shift every other night; own district."""
    for s in staff:
        where = (s["office_ip"], "Tashkent", _pick(_AGENTS, rng))
        for d in range(days):
            day = START + dt.timedelta(days=d)
            if s["shift"] == "day" and day.weekday() >= 5 and rng.random() > 0.05:
                continue
            if s["shift"] == "night" and d % 2:
                continue
            start_h = 8.5 if s["shift"] == "day" else 20.0
            t = day + dt.timedelta(hours=start_h + float(rng.normal(0, 0.3)))
            if rng.random() < 0.08:  # a mistyped password now and then
                for _ in range(int(rng.integers(1, 3))):
                    log.add(t, s, where, "login", result="failure")
                    t += dt.timedelta(seconds=int(rng.integers(5, 40)))
            log.add(t, s, where, "login")
            for _ in range(int(rng.integers(3, 15))):
                t += dt.timedelta(minutes=int(rng.integers(5, 45)))
                log.add(t, s, where, "view_appeal", appeal=_appeal(s["district"], rng))
            log.add(t + dt.timedelta(minutes=int(rng.integers(10, 60))), s, where, "logout")


def _external(rng: Gen, cities: Sequence[str]) -> tuple[str, str, str]:
    return (
        _ip(rng, int(_pick(("185", "91", "45", "194"), rng))),
        _pick(cities, rng),
        _pick(_BOTS, rng),
    )


def _night(days: int, hour: int, rng: Gen) -> dt.datetime:
    offset = dt.timedelta(days=int(rng.integers(1, days)), hours=hour)
    return START + offset + dt.timedelta(minutes=int(rng.integers(60)))


def _brute_force(log: _Log, staff: Sequence[Mapping[str, str]], days: int, rng: Gen) -> None:
    """One IP hammers one account at night, a few hundred tries, sometimes getting in."""
    victim = staff[int(rng.integers(len(staff)))]
    where = _external(rng, ("Amsterdam", "Moscow", "Singapore"))
    t = _night(days, 2, rng)
    idx = []
    for _ in range(int(rng.integers(80, 300))):
        idx.append(log.add(t, victim, where, "login", result="failure"))
        t += dt.timedelta(seconds=int(rng.integers(1, 4)))
    if rng.random() < 0.5:
        idx.append(log.add(t, victim, where, "login"))
    log.incident("brute_force", victim["user"], where[0], idx)


def _spraying(log: _Log, staff: Sequence[Mapping[str, str]], days: int, rng: Gen) -> None:
    """One IP, one or two tries on each of many accounts within an hour."""
    where = _external(rng, ("Amsterdam", "Frankfurt", "Istanbul"))
    t = _night(days, 3, rng)
    idx = []
    for k in rng.choice(len(staff), size=max(8, len(staff) * 2 // 3), replace=False):
        for _ in range(1 + int(rng.random() < 0.3)):
            idx.append(log.add(t, staff[int(k)], where, "login", result="failure"))
            t += dt.timedelta(seconds=int(rng.integers(10, 60)))
    log.incident("password_spraying", "", where[0], idx)


def _travel(log: _Log, staff: Sequence[Mapping[str, str]], days: int, rng: Gen) -> None:
    """A genuine office login, then a success and an export from abroad within two hours."""
    s = staff[int(rng.integers(len(staff)))]
    t = START + dt.timedelta(days=int(rng.integers(0, days)), hours=10)
    t += dt.timedelta(minutes=int(rng.integers(60)))
    first = log.add(t, s, (s["office_ip"], "Tashkent", _AGENTS[0]), "login")
    where = (_ip(rng), _pick(("Frankfurt", "Amsterdam", "Singapore"), rng), _AGENTS[1])
    t2 = t + dt.timedelta(minutes=int(rng.integers(20, 120)))
    second = log.add(t2, s, where, "login")
    third = log.add(t2 + dt.timedelta(minutes=3), s, where, "export")
    log.incident("impossible_travel", s["user"], where[0], [first, second, third])


def _insider(log: _Log, staff: Sequence[Mapping[str, str]], days: int, rng: Gen) -> None:
    """A day-shift officer reads many other districts' appeals late at night, then exports."""
    day_staff = [s for s in staff if s["shift"] == "day"]
    s = day_staff[int(rng.integers(len(day_staff)))]
    where = (s["office_ip"], "Tashkent", _AGENTS[0])
    t = START + dt.timedelta(days=int(rng.integers(0, days)), hours=23)
    t += dt.timedelta(minutes=int(rng.integers(30)))
    idx = [log.add(t, s, where, "login")]
    others = [d for d in _DISTRICTS if d != s["district"]]
    for _ in range(int(rng.integers(40, 120))):
        t += dt.timedelta(seconds=int(rng.integers(15, 90)))
        idx.append(log.add(t, s, where, "view_appeal", appeal=_appeal(_pick(others, rng), rng)))
    idx.append(log.add(t + dt.timedelta(minutes=2), s, where, "export"))
    log.incident("insider_reading", s["user"], where[0], idx)


def auth_log(n_users: int, days: int, rng: np.random.Generator) -> tuple[Tables, Tables]:
    """An appeals system's log over ``days`` days for ``n_users`` staff, with four attacks.

    Trainee tables: ``events`` (``event_id, timestamp, user, src_ip, city, country,
    user_agent, action, result, appeal_id, appeal_district``; time-ordered, Asia/Tashkent),
    ``staff`` (roster with unit, district, shift, office IP) and ``cities`` (coordinates).
    Actions: ``login``, ``logout``, ``view_appeal``, ``export``. Answer key: ``incidents``
    (``incident_id, type, user, src_ip, start, end, n_rows``) and ``incident_rows``
    (``event_id, incident_id``). Types: ``brute_force`` (many failures from one IP on one
    account), ``password_spraying`` (one IP, few tries on many accounts), ``impossible_travel``
    (two logins of one user faster than :data:`MAX_SPEED_KMH` apart) and ``insider_reading`` (a
    day-shift officer reading other districts' appeals at night). Night-shift duty officers
    reading their own district at night are normal, and make the last one less trivial.
    """
    import pandas as pd

    if n_users < 10 or days < 3:
        raise ValueError("auth_log: needs n_users >= 10 and days >= 3")
    staff = _roster(n_users, rng)
    log = _Log()
    _normal_work(log, staff, days, rng)
    for attack in (_brute_force, _spraying, _travel, _insider):
        attack(log, staff, days, rng)

    events = pd.DataFrame(log.rows)
    ts = pd.to_datetime(events["timestamp"].map(lambda t: t.isoformat()), utc=True)
    order = np.argsort(ts.to_numpy(), kind="stable")
    new_id = np.empty(len(order), dtype=np.int64)
    new_id[order] = np.arange(1, len(order) + 1)
    events = events.iloc[order].reset_index(drop=True)
    events["timestamp"] = ts.iloc[order].dt.tz_convert("Asia/Tashkent").reset_index(drop=True)
    events.insert(0, "event_id", np.arange(1, len(events) + 1))
    for col in events.columns[2:]:
        events[col] = events[col].astype("string")
    inc = pd.DataFrame(log.incidents)
    for col in ("start", "end"):
        inc[col] = pd.to_datetime(inc[col].map(lambda t: t.isoformat()), utc=True)
        inc[col] = inc[col].dt.tz_convert("Asia/Tashkent")
    inc_rows = pd.DataFrame(
        {
            "event_id": [int(new_id[i]) for i, _ in log.members],
            "incident_id": [m for _, m in log.members],
        }
    )
    inc_rows = inc_rows.sort_values("event_id", kind="stable").reset_index(drop=True)
    cities = pd.DataFrame(
        [{"city": c, "country": v[0], "lat": v[1], "lon": v[2]} for c, v in CITIES.items()]
    )
    trainee = {"events": events, "staff": pd.DataFrame(staff).astype("string"), "cities": cities}
    return trainee, {"incidents": inc, "incident_rows": inc_rows}


# --- passwords -------------------------------------------------------------------------------

#: Common and breached passwords (a small shipped blocklist; real ones hold millions).
COMMON_PASSWORDS: Final[tuple[str, ...]] = (
    "123456",
    "12345678",
    "123456789",
    "1234567890",
    "qwerty",
    "qwerty123",
    "password",
    "p@ssw0rd",
    "parol",
    "parol123",
    "admin123",
    "iloveyou",
    "11111111",
    "00000000",
    "1q2w3e4r",
    "salom123",
    "toshkent2024",
    "tashkent123",
    "uzbekistan",
    "qwerty12345",
    "parol2025!",
    "welcome1",
    "abc12345",
    "password1!",
    "zaq12wsx",
    "sevgi123",
    "olma1234",
)
#: Words tied to this service and organisation (NIST: "context-specific words").
SERVICE_WORDS: Final[tuple[str, ...]] = (
    "iiv",
    "murojaat",
    "militsiya",
    "politsiya",
    "malaka",
    "qabulxona",
)
#: Keyboard rows and alphabets whose runs count as "sequential".
SEQUENCES: Final[tuple[str, ...]] = (
    "0123456789",
    "abcdefghijklmnopqrstuvwxyz",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
)
MIN_LENGTH_SINGLE_FACTOR: Final = 15
MIN_LENGTH_WITH_MFA: Final = 8
#: Rules a password can break, in the order they are reported.
PASSWORD_RULES: Final[tuple[str, ...]] = (
    "too_short",
    "blocklisted",
    "context_word",
    "repetitive_or_sequential",
)

_WORDS_UZ: Final = (
    "olma",
    "daryo",
    "bahor",
    "tog",
    "yulduz",
    "kitob",
    "choynak",
    "qovun",
    "shamol",
    "bulut",
    "anor",
    "lochin",
    "sabzi",
    "non",
    "gilos",
    "dutor",
    "karvon",
)


def normalise_password(pw: str) -> str:
    """NFKC and lower case: how a verifier compares a password with its blocklist."""
    return unicodedata.normalize("NFKC", pw).lower()


def password_violations(pw: str, *, mfa: bool, context: Sequence[str]) -> list[str]:
    """The NIST SP 800-63B rev. 4 rules ``pw`` breaks (composition is deliberately not a rule).

    * ``too_short``: fewer than 15 characters for a single-factor password, 8 with MFA;
    * ``blocklisted``: the normalised password is in :data:`COMMON_PASSWORDS`;
    * ``context_word``: contains (normalised) the login, the surname or a service word, >= 3
      letters;
    * ``repetitive_or_sequential``: four equal characters in a row, or four consecutive
      characters of a row of :data:`SEQUENCES` (either direction).
    """
    norm = normalise_password(pw)
    out = []
    if len(norm) < (MIN_LENGTH_WITH_MFA if mfa else MIN_LENGTH_SINGLE_FACTOR):
        out.append("too_short")
    if norm in COMMON_PASSWORDS:
        out.append("blocklisted")
    if any(len(w) >= 3 and w.lower() in norm for w in (*context, *SERVICE_WORDS)):
        out.append("context_word")
    runs = any(
        s[i : i + 4] in norm or s[i : i + 4][::-1] in norm
        for s in SEQUENCES
        for i in range(len(s) - 3)
    )
    if re.search(r"(.)\1{3}", norm) or runs:
        out.append("repetitive_or_sequential")
    return out


#: The office's current policy, as trainees find it; each setting's NIST verdict is in the key.
POLICY: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("min_length", "8", "violates", "single-factor passwords SHALL be at least 15 characters"),
    ("max_length", "16", "violates", "verifiers SHOULD permit at least 64 characters"),
    (
        "composition_rules",
        "upper+lower+digit+symbol",
        "violates",
        "verifiers SHALL NOT impose composition rules",
    ),
    ("rotation_days", "90", "violates", "verifiers SHALL NOT require periodic changes"),
    (
        "blocklist_check",
        "no",
        "violates",
        "verifiers SHALL compare passwords with a blocklist of common, breached, context words",
    ),
    (
        "failed_attempts_limit",
        "100",
        "complies",
        "at most 100 consecutive failed attempts per account",
    ),
    ("password_hints", "allowed", "violates", "verifiers SHALL NOT allow hints"),
    ("security_questions", "yes", "violates", "verifiers SHALL NOT use knowledge-based questions"),
    ("paste_allowed", "no", "violates", "verifiers SHOULD allow paste (password managers)"),
    (
        "change_on_compromise",
        "yes",
        "complies",
        "a change SHALL be forced on evidence of compromise",
    ),
)


def _password(kind: str, login: str, surname: str, rng: np.random.Generator) -> str:
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#$%&*+-=?@"
    if kind == "common":
        pw = _pick(COMMON_PASSWORDS, rng)
        return pw.capitalize() if rng.random() < 0.4 else pw
    if kind == "context":
        word = _pick((surname.capitalize(), login, *(w.capitalize() for w in SERVICE_WORDS)), rng)
        return f"{word}{int(rng.integers(1990, 2026))}{_pick(('!', '', '#', '.'), rng)}"
    if kind == "sequence":
        return _pick(
            ("aaaaaaaa1", "zzzz2025", "abcd12345", "qwertyuiop", "98765432", "7777777"), rng
        )
    if kind == "composition_short":
        return "".join(_pick(alphabet, rng) for _ in range(int(rng.integers(8, 12))))
    if kind == "passphrase":
        words = [str(w) for w in rng.choice(_WORDS_UZ, size=int(rng.integers(3, 5)), replace=False)]
        return _pick(("-", " ", "_", ""), rng).join(words) + _pick(("", "7", "!"), rng)
    return "".join(_pick(alphabet, rng) for _ in range(int(rng.integers(16, 24))))


def passwords(n: int, rng: np.random.Generator) -> tuple[Tables, Tables]:
    """``n`` staff accounts with passwords and an office policy, to audit against NIST 800-63B.

    Trainee tables: ``accounts`` (``user, surname, mfa, password``), ``blocklist`` (``word,
    kind``: common passwords and service words) and ``policy`` (``setting, value``). Answer key:
    ``findings`` (``user, rule``, one row per broken rule, see :func:`password_violations`),
    ``policy_findings`` (``setting, value, verdict, reason``).
    """
    import pandas as pd

    if n < 1:
        raise ValueError("passwords: n must be >= 1")
    surnames = (
        "karimov",
        "rahimova",
        "tursunov",
        "yusupova",
        "aliyev",
        "nazarov",
        "qodirov",
        "sobirova",
        "ismoilov",
        "umarov",
        "xolmatov",
        "ergasheva",
    )
    kinds = ("common", "context", "sequence", "composition_short", "passphrase", "random")
    weights = np.array([0.2, 0.15, 0.08, 0.22, 0.2, 0.15])
    accounts, findings = [], []
    for i in range(n):
        surname = _pick(surnames, rng)
        login = f"{surname[0]}.{surname}{i + 1}"
        mfa = bool(rng.random() < 0.4)
        kind = kinds[int(rng.choice(len(kinds), p=weights))]
        pw = _password(kind, login, surname, rng)
        accounts.append({"user": login, "surname": surname, "mfa": mfa, "password": pw})
        for rule in password_violations(pw, mfa=mfa, context=(login, surname)):
            findings.append({"user": login, "rule": rule})
    blocklist = [{"word": w, "kind": "common"} for w in COMMON_PASSWORDS]
    blocklist += [{"word": w, "kind": "service"} for w in SERVICE_WORDS]
    acc = pd.DataFrame(accounts)
    acc["mfa"] = acc["mfa"].astype(bool)
    trainee = {
        "accounts": acc,
        "blocklist": pd.DataFrame(blocklist).astype("string"),
        "policy": pd.DataFrame([{"setting": s, "value": v} for s, v, _, _ in POLICY]),
    }
    key = {
        "findings": pd.DataFrame(findings, columns=["user", "rule"]),
        "policy_findings": pd.DataFrame(
            list(POLICY), columns=["setting", "value", "verdict", "reason"]
        ),
    }
    return trainee, key


# --- leaked export ---------------------------------------------------------------------------

#: How each column of the export counts under ZRU-547, and what pseudonymisation should do.
EXPORT_COLUMNS: Final[tuple[tuple[str, str, str], ...]] = (
    ("appeal_no", "not_personal", "keep"),
    ("registered", "not_personal", "keep"),
    ("full_name", "direct_identifier", "hmac"),
    ("birth_date", "quasi_identifier", "generalise to year or age band"),
    ("sex", "quasi_identifier", "keep (checked by k-anonymity)"),
    ("pinfl", "direct_identifier", "hmac"),
    ("passport", "direct_identifier", "hmac"),
    ("phone", "direct_identifier", "drop or hmac"),
    ("email", "direct_identifier", "drop or hmac"),
    ("address", "direct_identifier", "generalise to district"),
    ("district_id", "quasi_identifier", "keep"),
    ("category", "not_personal", "keep"),
    ("text", "free_text_with_personal_data", "redact the spans"),
    ("officer", "direct_identifier", "hmac (staff are data subjects too)"),
)


def leaked_export(
    n: int, rng: np.random.Generator, *, people: pd.DataFrame | None = None
) -> tuple[Tables, Tables]:
    """An appeals "export" of ``n`` rows full of personal data, for a pseudonymisation exercise.

    ``people`` (from :func:`malaka.datasets.pools.people`) supplies citizens; drawn when absent.
    Trainee tables: ``export``. Answer key: ``columns`` (``column, personal, kind, action``) and
    ``spans`` (``appeal_no, start, end, kind, value``: personal data inside ``text``, with
    ``text[start:end] == value``; kinds ``phone``, ``pinfl``, ``passport``, ``name``) and
    ``k_anonymity`` (see :func:`k_anonymity_table`).
    """
    import pandas as pd

    from malaka.datasets import texts

    if n < 1:
        raise ValueError("leaked_export: n must be >= 1")
    if people is None:
        from malaka.datasets.pools import people as draw_people

        people = draw_people(n + 20, rng, regions=[1726])  # one city: k-anonymity is reachable
    if len(people) < n + 1:
        raise ValueError("leaked_export: people needs at least n + 1 rows")
    pick = rng.choice(len(people), size=n, replace=False)
    cit = people.iloc[pick].reset_index(drop=True)
    script_mix = {"uz_Latn": 0.6, "uz_Cyrl": 0.1, "ru": 0.3}
    base = texts.appeal_texts(n, rng, script_mix=script_mix, noise=0.2)
    officers = ("Karimov A.", "Rahimova D.", "Tursunov B.", "Yusupova M.", "Ким Н.")
    rows, spans = [], []
    for i in range(n):
        appeal_no = f"M-2025-{i + 1:06d}"
        text = str(base["text"].iloc[i])
        lang = "ru" if base["script"].iloc[i] == "ru" else "uz"
        other = people.iloc[int(rng.integers(len(people)))]
        inserts = []
        if rng.random() < 0.5:
            label = "Telefonim" if lang == "uz" else "Мой телефон"
            inserts.append(("phone", f"{label}: ", str(cit["phone"].iloc[i])))
        if rng.random() < 0.3:
            label = "JSHSHIR" if lang == "uz" else "ПИНФЛ"
            inserts.append(("pinfl", f"{label} ", str(cit["pinfl"].iloc[i])))
        if rng.random() < 0.15:
            label = "Pasport" if lang == "uz" else "Паспорт"
            inserts.append(("passport", f"{label} ", str(cit["passport"].iloc[i])))
        if rng.random() < 0.3:
            label = "Qo'shnim" if lang == "uz" else "Сосед"
            inserts.append(("name", f"{label} ", str(other["full_name"])))
        if base["script"].iloc[i] == "uz_Cyrl":
            inserts = [(k, to_cyrillic(label), v) for k, label, v in inserts]
        for kind, label, value in inserts:
            start = len(text) + 1 + len(label)
            text = f"{text} {label}{value}."
            spans.append(
                {
                    "appeal_no": appeal_no,
                    "start": start,
                    "end": start + len(value),
                    "kind": kind,
                    "value": value,
                }
            )
        day = START.date() + dt.timedelta(days=int(rng.integers(0, 180)))
        rows.append(
            {
                "appeal_no": appeal_no,
                "registered": day.isoformat(),
                "full_name": cit["full_name"].iloc[i],
                "birth_date": pd.Timestamp(cit["birth_date"].iloc[i]).date().isoformat(),
                "sex": cit["sex"].iloc[i],
                "pinfl": cit["pinfl"].iloc[i],
                "passport": cit["passport"].iloc[i],
                "phone": cit["phone"].iloc[i],
                "email": cit["email"].iloc[i],
                "address": cit["address"].iloc[i],
                "district_id": int(cit["district_id"].iloc[i]),
                "category": base["category"].iloc[i],
                "text": text,
                "officer": _pick(officers, rng),
            }
        )
    export = pd.DataFrame(rows)
    columns = pd.DataFrame(
        [
            {"column": c, "personal": kind != "not_personal", "kind": kind, "action": action}
            for c, kind, action in EXPORT_COLUMNS
        ]
    )
    span_df = pd.DataFrame(spans, columns=["appeal_no", "start", "end", "kind", "value"])
    key = {"columns": columns, "spans": span_df, "k_anonymity": k_anonymity_table(export)}
    return {"export": export}, key


#: Generalisation steps checked in the answer key, from raw to coarse.
K_LEVELS: Final[tuple[tuple[str, str, str], ...]] = (
    ("raw", "birth_date", "district_id"),
    ("birth_year", "birth_year", "district_id"),
    ("age_band_10y", "age_band", "district_id"),
    ("age_band_10y_region", "age_band", "region_id"),
)


def k_anonymity_table(export: pd.DataFrame) -> pd.DataFrame:
    """k (the smallest group size) on (birth date/year/band, sex, district/region) per level.

    Why in the key: trainees generalise quasi-identifiers until every person hides among at
    least k others; the table says which step first reaches a given k on this export.
    """
    import pandas as pd

    q = pd.DataFrame(
        {
            "birth_date": export["birth_date"],
            "birth_year": export["birth_date"].str[:4].astype(int),
            "sex": export["sex"],
            "district_id": export["district_id"],
            "region_id": export["district_id"] // 1000,
        }
    )
    q["age_band"] = (2025 - q["birth_year"]) // 10 * 10
    rows = []
    for level, when, where in K_LEVELS:
        sizes = q.groupby([when, "sex", where]).size()
        rows.append(
            {
                "level": level,
                "quasi_identifiers": f"{when}, sex, {where}",
                "k": int(sizes.min()),
                "groups": len(sizes),
                "unique_rows": int((sizes == 1).sum()),
            }
        )
    return pd.DataFrame(rows)
