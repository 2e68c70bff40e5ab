"""Triage casework: the answer form, its visible checks, and per-field grading with rules named.

A casework notebook (m01 ``ex00_casework``, the pre-test, the final) shows real-looking appeals
and gives the trainee one small form per case, a dict with six fields::

    K01 = {"regime": "", "kind": "", "deadline": "", "unit": "", "urgency": "", "why": ""}

``regime``, ``kind``, ``urgency`` and ``unit`` take ids of :mod:`malaka.taxonomy` (a unit is a
department, or the partner agency an appeal is forwarded to); ``deadline`` takes an id of
:data:`DEADLINES`; ``why`` is a one-line justification that must name the rule (an article
number or the rule's key word, :data:`RULES`). The test cell's visible part calls
:func:`check_case` (right ids, nothing left empty); its hidden part holds the expert key and
calls :func:`grade_case`, which gives each field an equal share of the points through
``judge.partial`` and, for each wrong field, names the rule to re-read, never the right value.

The keys live only in the hidden tests: this module knows the rules and the ids, not the answers.
Legal status follows the project's domain notes: each rule carries ``confirmed``, ``secondary``,
``unconfirmed`` or ``course`` (a course convention, not law).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol

from malaka.taxonomy import AGENCIES, DEPARTMENTS, KINDS, REGIMES, URGENCIES, Named

FIELDS: Final = ("regime", "kind", "deadline", "unit", "urgency", "why")

#: Which clock applies: the deadline rule a trainee records for a case.
DEADLINES: Final[tuple[Named, ...]] = (
    Named(
        "15_days",
        "15 kun (28-modda)",
        "15 дней (ст. 28)",
        "15 days (Art. 28)",
    ),
    Named(
        "1_month",
        "1 oygacha: qo'shimcha o'rganish yoki taklif (28-modda)",
        "До 1 месяца: нужна проверка или предложение (ст. 28)",
        "Up to 1 month: extra study, or a proposal (Art. 28)",
    ),
    Named(
        "forward_5_days",
        "5 kun ichida vakolatli organga qayta yuborish",
        "Пересылка в компетентный орган в течение 5 дней",
        "Forward to the competent body within 5 days",
    ),
    Named(
        "own_procedure",
        "O'z tartibi: murojaatlar qonuni tatbiq etilmaydi (1-modda)",
        "Свой порядок: закон об обращениях не применяется (ст. 1)",
        "Own procedure: the appeals law does not apply (Art. 1)",
    ),
    Named(
        "not_considered",
        "Ko'rmay qoldiriladi (xulosa bilan)",
        "Оставляется без рассмотрения (с заключением)",
        "Left without consideration (with a written conclusion)",
    ),
)

STATUS: Final[dict[str, dict[str, str]]] = {
    "confirmed": {"uz": "tasdiqlangan", "ru": "подтверждено", "en": "confirmed"},
    "secondary": {"uz": "ikkilamchi manba", "ru": "вторичный источник", "en": "secondary"},
    "unconfirmed": {"uz": "tasdiqlanmagan", "ru": "не подтверждено", "en": "unconfirmed"},
    "course": {"uz": "kurs qoidasi", "ru": "правило курса", "en": "course rule"},
}


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule feedback can name: its wording per language, legal status, and the words that
    show a justification cites it (regular expressions, matched on lower-cased text)."""

    id: str
    uz: str
    ru: str
    en: str
    status: str
    markers: tuple[str, ...]

    def text(self, lang: str) -> str:
        """The rule with its status, in ``lang``."""
        body = str(getattr(self, lang if lang in ("uz", "ru", "en") else "uz"))
        label = STATUS[self.status].get(lang, STATUS[self.status]["uz"])
        return f"{body} [{label}]"

    def cited_in(self, text: str) -> bool:
        """Whether ``text`` names this rule."""
        plain = _plain(text)
        return any(re.search(marker, plain) for marker in self.markers)


def _article(n: int) -> tuple[str, ...]:
    """Ways to write "article n" in Uzbek (both scripts), Russian and English."""
    return (
        rf"(?<!\d){n}\s*-?\s*(modda|модда|m\.)",
        rf"(ст\.?|статья|статьи|статье|статьей|art\.?|article|modda|модда)\s*{n}(?!\d)",
    )


RULES: Final[dict[str, Rule]] = {
    r.id: r
    for r in (
        Rule(
            "art1_scope",
            "Qonunning 1-moddasi: jinoyat-protsessual, ma'muriy javobgarlik va boshqa qonunlarda "
            "tartibi belgilangan ishlarga murojaatlar qonuni tatbiq etilmaydi",
            "Ст. 1 закона: закон об обращениях не применяется к делам, порядок которых установлен "
            "уголовно-процессуальным, административным и другим законодательством",
            "Art. 1: the appeals law does not apply to matters governed by criminal-procedure, "
            "administrative-liability and other laws",
            "confirmed",
            (
                *_article(1),
                r"protsessual",
                r"процессуал",
                r"\bупк\b",
                r"\bjpk\b",
                r"ma'muriy",
                r"маъмурий",
                r"административн",
                r"criminal procedure",
                r"administrative",
            ),
        ),
        Rule(
            "art3_kinds",
            "3-modda: ariza — huquqni amalga oshirishda yordam so'rash, taklif — faoliyatni "
            "yaxshilash bo'yicha tavsiya, shikoyat — buzilgan huquqni tiklash talabi",
            "Ст. 3: заявление — просьба о содействии в реализации прав, предложение — "
            "рекомендация по улучшению деятельности, жалоба — требование восстановить права",
            "Art. 3: an application asks for help to exercise a right, a proposal recommends an "
            "improvement, a complaint demands that a violated right be restored",
            "confirmed",
            (*_article(3), r"ariza", r"ариза", r"taklif", r"таклиф", r"shikoyat", r"шикоят"),
        ),
        Rule(
            "art28",
            "28-modda: ariza va shikoyat 15 kunda, qo'shimcha o'rganish kerak bo'lsa 1 oygacha; "
            "taklif 1 oygacha ko'riladi",
            "Ст. 28: заявление и жалоба — 15 дней, при необходимости проверки — до 1 месяца; "
            "предложение — до 1 месяца",
            "Art. 28: an application or complaint in 15 days, up to 1 month if it needs study; "
            "a proposal up to 1 month",
            "confirmed",
            (
                *_article(28),
                r"15\s*(kun|кун|дн|day)",
                r"(1|bir|бир|один|одного)\s*(oy|ой|месяц|month)",
            ),
        ),
        Rule(
            "art29",
            "29-modda: anonim murojaat va vakolat hujjatisiz vakil orqali berilgan murojaat "
            "ko'rmay qoldiriladi",
            "Ст. 29: анонимное обращение и обращение через представителя без документов о "
            "полномочиях оставляются без рассмотрения",
            "Art. 29: anonymous appeals and appeals by a representative without proof of "
            "authority are left without consideration",
            "confirmed",
            (
                *_article(29),
                r"anonim",
                r"аноним",
                r"ko'rmay",
                r"кўрмай",
                r"без рассмотрения",
                r"anonymous",
            ),
        ),
        Rule(
            "forward_5",
            "Vakolatga kirmaydigan murojaat 5 kun ichida vakolatli organga yuboriladi, arizachiga "
            "xabar beriladi",
            "Обращение не по компетенции пересылается в компетентный орган в течение 5 дней, "
            "заявителю сообщают",
            "An appeal outside the body's competence is forwarded to the competent body within "
            "5 days and the applicant is told",
            "secondary",
            (
                r"(?<!\d)5\s*(kun|кун|дн|day)",
                r"(besh|беш|пят)",
                r"qayta\s*yubor",
                r"қайта\s*юбор",
                r"пересыл",
                r"переадрес",
                r"forward",
                r"vakolat",
                r"ваколат",
                r"компетенц",
            ),
        ),
        Rule(
            "anon_crime",
            "Kurs qoidasi: jinoyat haqidagi anonim xabar ko'rmay qoldirilmaydi, navbatchilik "
            "qismiga tezkor axborot sifatida beriladi",
            "Правило курса: анонимное сообщение о преступлении не оставляют без внимания, его "
            "передают в дежурную часть как оперативную информацию",
            "Course rule: an anonymous crime report is not dropped; it goes to the duty unit as "
            "operational information",
            "unconfirmed",
            (
                r"tezkor",
                r"тезкор",
                r"оператив",
                r"navbatchi",
                r"навбатчи",
                r"дежурн",
                r"duty unit",
                r"operational",
            ),
        ),
        Rule(
            "repeat",
            "Yangi dalil yoki holatlarsiz takroriy murojaat qayta ko'rilmaydi (qonun moddasi "
            "topilmagan)",
            "Повторное обращение без новых доводов и обстоятельств повторно не рассматривается "
            "(статья закона не найдена)",
            "A repeated appeal with no new arguments or facts is not reviewed again (the "
            "article of the law was not found)",
            "secondary",
            (
                r"takror",
                r"такрор",
                r"повторн",
                r"repeat",
                r"yangi dalil",
                r"янги далил",
                r"новых довод",
                r"new argument",
            ),
        ),
        Rule(
            "domestic_violence",
            "Xotin-qizlarni zo'ravonlikdan himoya qilish (O'RQ-561): profilaktika inspektori "
            "himoya orderi beradi, ish 24 soat ichida o'rganiladi",
            "Защита женщин от насилия (ЗРУ-561): инспектор профилактики выдаёт охранный ордер, "
            "случай изучается в течение 24 часов",
            "Protection of women from violence (ZRU-561): the prevention inspector issues a "
            "protection order and studies the case within 24 hours",
            "confirmed",
            (
                r"561",
                r"himoya order",
                r"ҳимоя ордер",
                r"охранн",
                r"защитн\w* ордер",
                r"protection order",
                r"24\s*(soat|соат|час|hour)",
                r"zo'ravon",
                r"зўравон",
                r"насили",
                r"violence",
            ),
        ),
        Rule(
            "hotline_1102",
            "1102 ishonch telefoni ichki ishlar xodimlari harakatlari ustidan shikoyatlarni "
            "qabul qiladi; qo'ng'iroq og'zaki murojaat sifatida ro'yxatga olinadi",
            "Телефон доверия 1102 принимает жалобы на действия сотрудников ОВД; звонок "
            "регистрируется как устное обращение",
            "Hotline 1102 takes complaints about internal affairs officers; a call is "
            "registered as an oral appeal",
            "confirmed",
            (
                r"1102",
                r"ishonch",
                r"ишонч",
                r"довери",
                r"hotline",
                r"xodim",
                r"ходим",
                r"сотрудник",
            ),
        ),
        Rule(
            "urgency",
            "Kurs shoshilinchlik qoidasi: P1 — zudlik bilan (102 / navbatchilik qismi), P2 — 24 "
            "soat ichida, P3 — 15 kungacha, P4 — 1 oygacha",
            "Правило курса о срочности: P1 — немедленно (102 / дежурная часть), P2 — в течение "
            "24 часов, P3 — до 15 дней, P4 — до 1 месяца",
            "Course urgency rule: P1 immediate (102 / duty unit), P2 within 24 hours, P3 up to "
            "15 days, P4 up to 1 month",
            "course",
            (
                r"\bp[1-4]\b",
                r"shoshilin",
                r"шошилин",
                r"срочн",
                r"zudlik",
                r"зудлик",
                r"немедлен",
                r"urgen",
                r"immediate",
            ),
        ),
        Rule(
            "units",
            "Kursning yo'naltirish jadvali: har bir toifaning vakolatli bo'linmasi (ba'zi "
            "bo'linma nomlari tasdiqlanmagan)",
            "Таблица маршрутизации курса: компетентное подразделение каждой категории (часть "
            "названий подразделений не подтверждена)",
            "The course's routing table: the competent unit of each category (some unit names "
            "are unconfirmed)",
            "course",
            (r"bo'linma", r"бўлинма", r"подразделени", r"\bunit\b", r"inspektor", r"инспектор"),
        ),
    )
}

#: The rule a wrong field points to when the key names none (field -> expected id -> rule).
_DEFAULT_RULE: Final[dict[str, dict[str, str]]] = {
    "regime": {"forward": "forward_5"},
    "deadline": {
        "15_days": "art28",
        "1_month": "art28",
        "forward_5_days": "forward_5",
        "own_procedure": "art1_scope",
        "not_considered": "art29",
    },
}
_FIELD_RULE: Final = {
    "regime": "art1_scope",
    "kind": "art3_kinds",
    "deadline": "art28",
    "unit": "units",
    "urgency": "urgency",
}

#: Allowed ids per field (``why`` is free text).
OPTIONS: Final[dict[str, tuple[str, ...]]] = {
    "regime": tuple(r.id for r in REGIMES),
    "kind": tuple(k.id for k in KINDS),
    "deadline": tuple(d.id for d in DEADLINES),
    "unit": tuple(u.id for u in (*DEPARTMENTS, *AGENCIES)),
    "urgency": tuple(u.id for u in URGENCIES),
}

FIELD_NAMES: Final[dict[str, dict[str, str]]] = {
    "regime": {"uz": "huquqiy rejim", "ru": "правовой режим", "en": "legal regime"},
    "kind": {"uz": "murojaat turi", "ru": "вид обращения", "en": "kind"},
    "deadline": {"uz": "muddat", "ru": "срок", "en": "deadline"},
    "unit": {
        "uz": "vakolatli bo'linma (yoki qayta yuborish)",
        "ru": "компетентное подразделение (или пересылка)",
        "en": "competent unit (or forwarding)",
    },
    "urgency": {"uz": "shoshilinchlik", "ru": "срочность", "en": "urgency"},
    "why": {"uz": "asoslash", "ru": "обоснование", "en": "justification"},
}

_TEXT: Final[dict[str, dict[str, str]]] = {
    "all_empty": {
        "uz": "{case}: shakl hali to'ldirilmagan.",
        "ru": "{case}: форма ещё не заполнена.",
        "en": "{case}: the form is not filled in yet.",
    },
    "score": {
        "uz": "{case}: {good} / {total} maydon to'g'ri.",
        "ru": "{case}: верных полей — {good} из {total}.",
        "en": "{case}: {good} of {total} fields right.",
    },
    "reread": {
        "uz": "Qayta ko'ring — {field}: {rule}.",
        "ru": "Проверьте — {field}: {rule}.",
        "en": "Re-check the {field}: {rule}.",
    },
    "why_empty": {
        "uz": "Asoslash bo'sh yoki juda qisqa: bir jumlada qoidani nomlang — {rule}.",
        "ru": "Обоснование пустое или слишком короткое: одной фразой назовите правило — {rule}.",
        "en": "The justification is empty or too short: name the rule in one line: {rule}.",
    },
    "why_rule": {
        "uz": "Asoslashda hal qiluvchi qoida nomlanmagan (modda raqami yoki kalit so'z): {rule}.",
        "ru": "В обосновании не названо решающее правило (статья или ключевое слово): {rule}.",
        "en": "The justification does not name the deciding rule (article or key word): {rule}.",
    },
    "not_form": {
        "uz": "`{case}` lug'at (dict) bo'lishi kerak: namunadagi shaklni to'ldiring.",
        "ru": "`{case}` должен быть словарём (dict): заполните форму, как в примере.",
        "en": "`{case}` must be a dict: fill in the form as in the worked example.",
    },
    "missing_field": {
        "uz": "`{case}` shaklida `{field}` maydoni yo'q.",
        "ru": "В форме `{case}` нет поля `{field}`.",
        "en": "The form `{case}` has no `{field}` field.",
    },
    "bad_option": {
        "uz": "`{case}['{field}']` = {value!r}: ro'yxatdagi qiymatlardan birini yozing: {allowed}.",
        "ru": "`{case}['{field}']` = {value!r}: впишите одно из значений списка: {allowed}.",
        "en": "`{case}['{field}']` = {value!r}: write one of the listed values: {allowed}.",
    },
    "empty_field": {
        "uz": "`{case}` shaklida bo'sh maydonlar bor: {fields}.",
        "ru": "В форме `{case}` есть пустые поля: {fields}.",
        "en": "The form `{case}` has empty fields: {fields}.",
    },
}

#: A justification shorter than this many words is not one.
MIN_WHY_WORDS: Final = 3


def _plain(text: str) -> str:
    """Lower-case text with the apostrophe variants of Uzbek Latin unified to ``'``."""
    return re.sub(r"[ʻʼ’‘`´]", "'", str(text)).lower()


def _norm(value: Any) -> str:
    return str(value).strip().lower() if value is not None else ""


def _say(key: str, lang: str, **fields: Any) -> str:
    texts = _TEXT[key]
    return texts.get(lang, texts["uz"]).format(**fields)


@dataclass(frozen=True, slots=True)
class CaseResult:
    """How one filled-in form compares with the expert key."""

    case: str
    right: tuple[str, ...]
    #: Wrong fields, each with the rule its feedback names.
    wrong: tuple[tuple[str, str], ...]
    #: The ``why`` field was empty or too short (rather than citing another rule).
    why_missing: bool
    empty: bool

    @property
    def fraction(self) -> float:
        return len(self.right) / len(FIELDS)

    def message(self, lang: str) -> str:
        """Feedback in ``lang``: the score, then one line per wrong field naming its rule."""
        if self.empty:
            return _say("all_empty", lang, case=self.case)
        lines = [_say("score", lang, case=self.case, good=len(self.right), total=len(FIELDS))]
        by_rule: dict[str, list[str]] = {}
        for name, rule_id in self.wrong:
            if name != "why":
                by_rule.setdefault(rule_id, []).append(FIELD_NAMES[name].get(lang, "?"))
        for rule_id, names in by_rule.items():
            rule = RULES[rule_id].text(lang)
            lines.append(_say("reread", lang, field=", ".join(names), rule=rule))
        for name, rule_id in self.wrong:
            if name == "why":
                key = "why_empty" if self.why_missing else "why_rule"
                lines.append(_say(key, lang, rule=RULES[rule_id].text(lang)))
        return " ".join(lines)


def _accepted(key_value: str | Sequence[str]) -> tuple[str, ...]:
    values = (key_value,) if isinstance(key_value, str) else tuple(key_value)
    return tuple(_norm(v) for v in values)


def check_key(key: Mapping[str, Any], because: Mapping[str, str] | None = None) -> None:
    """Fail (ValueError, naming the field) unless ``key`` is a well-formed expert key."""
    for name in FIELDS:
        if name not in key:
            raise ValueError(f"casework key: field {name!r} is missing")
        if name == "why":
            for rule_id in _accepted(key[name]):
                if rule_id not in RULES:
                    raise ValueError(f"casework key: why: unknown rule {rule_id!r}")
            continue
        for value in _accepted(key[name]):
            if value not in {o.lower() for o in OPTIONS[name]}:
                raise ValueError(f"casework key: {name}: {value!r} is not one of {OPTIONS[name]}")
    extra = set(key) - set(FIELDS)
    if extra:
        raise ValueError(f"casework key: unknown fields {sorted(extra)}")
    for name, rule_id in (because or {}).items():
        if name not in FIELDS or rule_id not in RULES:
            raise ValueError(f"casework key: because: {name!r} -> {rule_id!r} is not known")


def score_case(
    case: str,
    answer: Any,
    key: Mapping[str, Any],
    because: Mapping[str, str] | None = None,
) -> CaseResult:
    """Compare a filled-in form with the expert key, field by field (equal weights).

    ``key`` maps each field to the right id (or a list of ids that are all right) and ``why`` to
    the rule id (or ids) a justification must cite; ``because`` names, per field, the rule its
    feedback points to when it differs from the default (the field's own rule).
    """
    check_key(key, because)
    form = answer if isinstance(answer, Mapping) else {}
    right: list[str] = []
    wrong: list[tuple[str, str]] = []
    why_missing = False
    for name in FIELDS:
        given = form.get(name)
        if name == "why":
            rules = _accepted(key["why"])
            text = str(given) if isinstance(given, str) else ""
            if len(text.split()) < MIN_WHY_WORDS:
                why_missing = True
                wrong.append((name, rules[0]))
            elif any(RULES[r].cited_in(text) for r in rules):
                right.append(name)
            else:
                wrong.append((name, rules[0]))
            continue
        accepted = _accepted(key[name])
        if _norm(given) in accepted:
            right.append(name)
            continue
        rule_id = (because or {}).get(name)
        if rule_id is None:
            rule_id = _DEFAULT_RULE.get(name, {}).get(accepted[0], _FIELD_RULE[name])
        wrong.append((name, rule_id))
    empty = not any(_norm(form.get(name)) for name in FIELDS)
    return CaseResult(case, tuple(right), tuple(wrong), why_missing, empty)


class _Judge(Protocol):
    lang: str

    def fetch(self, name: str, kind: type | tuple[type, ...] | None = None) -> Any: ...

    def partial(
        self, fraction: float, uz: str | None = None, ru: str | None = None, en: str | None = None
    ) -> None: ...


def grade_case(
    judge: _Judge,
    case: str,
    key: Mapping[str, Any],
    because: Mapping[str, str] | None = None,
) -> float:
    """Judge code: score the trainee's form ``case`` against ``key``; each field 1/6 of the points.

    Gives the share of right fields through ``judge.partial`` with the feedback in every
    language; returns that share.
    """
    result = score_case(case, judge.fetch(case), key, because)
    judge.partial(
        result.fraction,
        uz=result.message("uz"),
        ru=result.message("ru"),
        en=result.message("en"),
    )
    return result.fraction


# --------------------------------------------------------------------------- trainee side


def blank_form() -> dict[str, str]:
    """An empty answer form."""
    return dict.fromkeys(FIELDS, "")


def check_case(form: Any, case: str) -> None:
    """Visible check (trainee's kernel): the form is a dict of six fields with listed ids.

    It says nothing about whether the answers are right: that is judged at grading.
    """
    from malaka.grading.checks import check

    check(
        isinstance(form, dict),
        **{lg: _say("not_form", lg, case=case) for lg in ("uz", "ru", "en")},
    )
    for name in FIELDS:
        check(
            name in form,
            **{lg: _say("missing_field", lg, case=case, field=name) for lg in ("uz", "ru", "en")},
        )
    empty = [name for name in FIELDS if not _norm(form[name])]
    check(
        not empty,
        **{
            lg: _say("empty_field", lg, case=case, fields=", ".join(empty))
            for lg in ("uz", "ru", "en")
        },
    )
    for name, allowed in OPTIONS.items():
        value = form[name]
        ok = _norm(value) in {a.lower() for a in allowed}
        check(
            ok,
            **{
                lg: _say(
                    "bad_option", lg, case=case, field=name, value=value, allowed=", ".join(allowed)
                )
                for lg in ("uz", "ru", "en")
            },
        )


def options_table(lang: str = "uz") -> str:
    """A Markdown table of every allowed id with its name in ``lang`` (for notebooks and docs)."""
    groups: list[tuple[str, tuple[Named, ...]]] = [
        ("regime", REGIMES),
        ("kind", KINDS),
        ("deadline", DEADLINES),
        ("unit", (*DEPARTMENTS, *AGENCIES)),
        ("urgency", URGENCIES),
    ]
    head = {"uz": "| Maydon | Qiymat | Ma'nosi |", "ru": "| Поле | Значение | Смысл |"}
    lines = [head.get(lang, "| Field | Value | Meaning |"), "|---|---|---|"]
    for name, items in groups:
        for item in items:
            lines.append(f"| `{name}` | `{item.id}` | {getattr(item, lang, item.uz)} |")
    return "\n".join(lines)


def answers_table(namespace: Mapping[str, Any], cases: Sequence[str]) -> Any:
    """The trainee's forms as one table (a pandas DataFrame indexed by case id), for review."""
    import pandas as pd  # type: ignore[import-untyped]

    rows = {
        case: {name: (namespace.get(case) or {}).get(name, "") for name in FIELDS}
        for case in cases
        if isinstance(namespace.get(case, {}), dict)
    }
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(FIELDS))
