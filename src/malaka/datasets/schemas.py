"""What every dataset table must satisfy, checked at build time before anything is written.

One declaration per column (:class:`Col`: name, type label, meaning in uz/ru/en, and the
pandera checks) serves twice: it builds the pandera schema that validates the table, and it
gives the data card its column table. Cross-table rules (every appeal's citizen exists,
status times ordered per appeal, deadlines consistent with the scenario's law settings) are
checked by :func:`check_appeals_bundle`. A failed check raises :class:`DatasetCheckError`
naming the table and column, so a bad events file ends as a clear message (exit code 2),
never as a half-written dataset.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import pyarrow as pa
import pyarrow.compute as pc

from malaka import eventlog, taxonomy
from malaka.datasets.dress import FINAL_STATUSES, STATUSES
from malaka.errors import InputError, Problem


class DatasetCheckError(InputError):
    """A table broke its schema or a cross-table rule; one Problem per broken rule."""


@dataclass(frozen=True, slots=True)
class Col:
    """One documented, checked column."""

    name: str
    type: str
    uz: str
    ru: str
    en: str
    nullable: bool = False
    unique: bool = False
    isin: tuple[str, ...] | None = None
    regex: str | None = None
    ge: float | None = None


_ID = "matn / строка / string"
_TS = "sana-vaqt (Asia/Tashkent)"
_CAT = tuple(c.id for c in taxonomy.CATEGORIES)
_KINDS = tuple(k.id for k in taxonomy.KINDS)
_URG = tuple(u.id for u in taxonomy.URGENCIES)
_REG = tuple(r.id for r in taxonomy.REGIMES)

APPEALS: Final[tuple[Col, ...]] = (
    Col(
        "reg_no",
        "string",
        "Ro'yxat raqami",
        "Регистрационный номер",
        "Registration number",
        unique=True,
        regex=r"^IIV-\d{4}-\d{6}$",
    ),
    Col(
        "replication",
        "int32",
        "Simulyatsiya takrori",
        "Номер прогона симуляции",
        "Simulation replication",
        ge=0,
    ),
    Col(
        "case_id",
        "string",
        "Hodisalar jurnalidagi ish raqami",
        "Номер дела в журнале событий",
        "Case id in the event log",
    ),
    Col("received_at", _TS, "Kelib tushgan vaqt", "Время поступления", "Received at"),
    Col(
        "registered_at",
        _TS,
        "Ro'yxatga olingan vaqt",
        "Время регистрации",
        "Registered at",
        nullable=True,
    ),
    Col("channel", "string", "Kanal", "Канал поступления", "Channel"),
    Col(
        "kind",
        "string",
        "Turi (ariza, taklif, shikoyat)",
        "Вид (заявление, предложение, жалоба)",
        "Kind (application, proposal, complaint)",
        isin=_KINDS,
    ),
    Col("category", "string", "Toifa", "Категория", "Triage category", isin=_CAT),
    Col(
        "urgency",
        "string",
        "Shoshilinchlik (P1-P4)",
        "Срочность (P1-P4)",
        "Urgency (P1-P4)",
        isin=_URG,
    ),
    Col("regime", "string", "Huquqiy rejim", "Правовой режим", "Legal regime", isin=_REG),
    Col("district", "string", "Tuman", "Район", "District"),
    Col(
        "department",
        "string",
        "Vakolatli bo'linma",
        "Компетентное подразделение",
        "Competent unit",
        nullable=True,
    ),
    Col(
        "citizen_id",
        "string",
        "Fuqaro identifikatori (anonimda bo'sh)",
        "Идентификатор гражданина (пусто у анонимных)",
        "Citizen id (empty if anonymous)",
        nullable=True,
    ),
    Col("anonymous", "bool", "Anonim murojaat", "Анонимное обращение", "Anonymous appeal"),
    Col(
        "repeat_of",
        "string",
        "Takroriy bo'lsa, avvalgi murojaat raqami",
        "Номер предыдущего обращения, если повторное",
        "Earlier appeal if a repeat",
        nullable=True,
        regex=r"^IIV-\d{4}-\d{6}$",
    ),
    Col("text", "string", "Murojaat matni", "Текст обращения", "Appeal text", nullable=True),
    Col("due_at", _TS, "Qonuniy muddat", "Законный срок", "Legal deadline", nullable=True),
    Col(
        "extended_until",
        _TS,
        "Uzaytirilgan muddat",
        "Продлённый срок",
        "Extended deadline",
        nullable=True,
    ),
    Col("answered_at", _TS, "Javob berilgan vaqt", "Время ответа", "Answered at", nullable=True),
    Col("closed_at", _TS, "Yopilgan vaqt", "Время закрытия", "Closed at", nullable=True),
    Col(
        "status", "string", "Oxirgi holat", "Последний статус", "Final status", isin=FINAL_STATUSES
    ),
    Col(
        "outcome",
        "string",
        "Natija",
        "Результат",
        "Outcome",
        nullable=True,
        isin=tuple(o for o in eventlog.OUTCOMES if o != "abandoned"),
    ),
    Col("overdue", "bool", "Muddati o'tgan", "Просрочено", "Past its deadline"),
    Col("officer_id", "string", "Ijrochi xodim", "Исполнитель", "Officer in charge", nullable=True),
    Col(
        "n_status_changes",
        "int32",
        "Holatlar soni",
        "Число смен статуса",
        "Number of status changes",
        ge=1,
    ),
    Col(
        "n_requests",
        "int32",
        "Idoralararo so'rovlar soni",
        "Число межведомственных запросов",
        "Number of inter-agency requests",
        ge=0,
    ),
)

STATUS_HISTORY: Final[tuple[Col, ...]] = (
    # reg_no is checked where it is defined (appeals) and here by membership, not by regex:
    # four million regex matches would double the check time
    Col("reg_no", "string", "Murojaat raqami", "Номер обращения", "Appeal registration number"),
    Col("seq", "int32", "Tartib raqami", "Порядковый номер", "Sequence number", ge=1),
    Col("status", "string", "Holat", "Статус", "Status", isin=STATUSES),
    Col("at", _TS, "Vaqt", "Время", "When"),
    Col("stage", "string", "Bosqich", "Этап", "Stage", nullable=True),
    Col("officer_id", "string", "Xodim", "Сотрудник", "Officer", nullable=True),
    Col("agency", "string", "Hamkor idora", "Ведомство-партнёр", "Partner agency", nullable=True),
)

INTERAGENCY_REQUESTS: Final[tuple[Col, ...]] = (
    Col("request_id", "string", "So'rov raqami", "Номер запроса", "Request id", unique=True),
    Col("reg_no", "string", "Murojaat raqami", "Номер обращения", "Appeal registration number"),
    Col("agency", "string", "Hamkor idora", "Ведомство-партнёр", "Partner agency"),
    Col("sent_at", _TS, "Yuborilgan vaqt", "Время отправки", "Sent at"),
    Col(
        "reminded_at", _TS, "Eslatma vaqti", "Время напоминания", "Reminder sent at", nullable=True
    ),
    Col(
        "escalated_at",
        _TS,
        "Yuqoriga ko'tarilgan vaqt",
        "Время эскалации",
        "Escalated at",
        nullable=True,
    ),
    Col("replied_at", _TS, "Javob kelgan vaqt", "Время ответа", "Reply received at", nullable=True),
    Col(
        "status",
        "string",
        "Holat (open, replied)",
        "Статус (open, replied)",
        "Status (open, replied)",
        isin=("open", "replied"),
    ),
)

CITIZENS: Final[tuple[Col, ...]] = (
    Col(
        "citizen_id",
        "string",
        "Fuqaro identifikatori",
        "Идентификатор гражданина",
        "Citizen id",
        unique=True,
    ),
    Col("sex", "string", "Jinsi (M, F)", "Пол (M, F)", "Sex (M, F)", isin=("M", "F")),
    Col("given_name", "string", "Ismi", "Имя", "Given name"),
    Col("surname", "string", "Familiyasi", "Фамилия", "Surname"),
    Col("patronymic", "string", "Otasining ismi", "Отчество", "Patronymic"),
    Col("full_name", "string", "F.I.Sh.", "Ф.И.О.", "Full name"),
    Col(
        "script",
        "string",
        "Yozuv (uz_Latn, uz_Cyrl, ru)",
        "Письменность (uz_Latn, uz_Cyrl, ru)",
        "Script (uz_Latn, uz_Cyrl, ru)",
        isin=("uz_Latn", "uz_Cyrl", "ru"),
    ),
    Col("birth_date", "sana / дата / date", "Tug'ilgan sana", "Дата рождения", "Birth date"),
    Col(
        "pinfl",
        "string",
        "JShShIR (14 raqam)",
        "ПИНФЛ (14 цифр)",
        "PINFL (14 digits)",
        unique=True,
        regex=r"^\d{14}$",
    ),
    Col(
        "passport",
        "string",
        "Pasport seriyasi va raqami",
        "Серия и номер паспорта",
        "Passport series and number",
    ),
    Col(
        "phone", "string", "Telefon (+998)", "Телефон (+998)", "Phone (+998)", regex=r"^\+998\d{9}$"
    ),
    Col("email", "string", "Elektron pochta", "Электронная почта", "E-mail"),
    Col("region_id", "string", "Viloyat (SOATO)", "Область (СОАТО)", "Region (SOATO)"),
    Col("district_id", "string", "Tuman (SOATO)", "Район (СОАТО)", "District (SOATO)"),
    Col("mahalla", "string", "Mahalla", "Махалля", "Mahalla"),
    Col(
        "mahalla_id",
        "string",
        "Mahalla identifikatori (tuman/mahalla)",
        "Идентификатор махалли (район/махалля)",
        "Mahalla id (district/mahalla)",
        regex=r"^[a-z0-9-]+/[a-z0-9-]+$",
    ),
    Col("address", "string", "Manzil", "Адрес", "Address"),
    Col(
        "appeal_district",
        "string",
        "Birinchi murojaat tumani",
        "Район первого обращения",
        "District of the first appeal",
    ),
    Col("n_appeals", "int32", "Murojaatlar soni", "Число обращений", "Number of appeals", ge=1),
)

STAFF: Final[tuple[Col, ...]] = (
    Col(
        "officer_id",
        "string",
        "Xodim identifikatori",
        "Идентификатор сотрудника",
        "Officer id",
        unique=True,
    ),
    Col("pool", "string", "Xodimlar guruhi", "Группа сотрудников", "Staff pool"),
    Col("rank", "string", "Unvoni", "Звание", "Rank"),
    Col("full_name", "string", "F.I.Sh.", "Ф.И.О.", "Full name"),
    Col("surname", "string", "Familiyasi", "Фамилия", "Surname"),
    Col("given_name", "string", "Ismi", "Имя", "Given name"),
    Col("patronymic", "string", "Otasining ismi", "Отчество", "Patronymic"),
    Col("sex", "string", "Jinsi (M, F)", "Пол (M, F)", "Sex (M, F)", isin=("M", "F")),
    Col(
        "phone",
        "string",
        "Xizmat telefoni",
        "Служебный телефон",
        "Work phone",
        regex=r"^\+998\d{9}$",
    ),
)

#: The documented tables of an ``appeals`` dataset, in output order.
APPEAL_TABLES: Final[dict[str, tuple[Col, ...]]] = {
    "appeals": APPEALS,
    "status_history": STATUS_HISTORY,
    "interagency_requests": INTERAGENCY_REQUESTS,
    "citizens": CITIZENS,
    "staff": STAFF,
}


TEXTS: Final[tuple[Col, ...]] = (
    Col("text", "string", "Murojaat matni", "Текст обращения", "Appeal text"),
    Col(
        "sex",
        "string",
        "Muallifning jinsi (M, F): matn shu shaxs tilidan",
        "Пол автора (M, F): текст написан от его лица",
        "Writer's sex (M, F): the text is in this person's voice",
        isin=("M", "F"),
    ),
    Col(
        "script",
        "string",
        "Yozuv (uz_Latn, uz_Cyrl, ru)",
        "Письменность (uz_Latn, uz_Cyrl, ru)",
        "Script (uz_Latn, uz_Cyrl, ru)",
        isin=("uz_Latn", "uz_Cyrl", "ru"),
    ),
    Col(
        "kind",
        "string",
        "Turi (oltin belgi)",
        "Вид (эталонная метка)",
        "Kind (gold label)",
        isin=_KINDS,
    ),
    Col(
        "category",
        "string",
        "Toifa (oltin belgi)",
        "Категория (эталонная метка)",
        "Category (gold label)",
        isin=_CAT,
    ),
    Col(
        "urgency",
        "string",
        "Shoshilinchlik (oltin belgi)",
        "Срочность (эталонная метка)",
        "Urgency (gold label)",
        isin=_URG,
    ),
    Col(
        "regime",
        "string",
        "Huquqiy rejim (oltin belgi)",
        "Правовой режим (эталонная метка)",
        "Legal regime (gold label)",
        isin=_REG,
    ),
    Col(
        "department",
        "string",
        "Vakolatli bo'linma (oltin belgi)",
        "Компетентное подразделение (эталонная метка)",
        "Competent unit (gold label)",
        isin=tuple(d.id for d in taxonomy.DEPARTMENTS),
    ),
    Col(
        "noise",
        "string",
        "Qo'shilgan shovqin turlari (+ bilan)",
        "Добавленные виды шума (через +)",
        "Noise operations applied (+-joined)",
        nullable=True,
    ),
)


def _docs(*rows: tuple[str, str, str, str]) -> tuple[Col, ...]:
    """Meaning-only column docs (name, uz, ru, en) for generator tables (types come from data)."""
    return tuple(Col(name, "", uz, ru, en) for name, uz, ru, en in rows)


_MSG = ("message_id", "Xat identifikatori", "Идентификатор письма", "Message id")
_EVENT = ("event_id", "Hodisa raqami", "Номер события", "Event id")
_USER = ("user", "Foydalanuvchi logini", "Логин пользователя", "User login")
_RID = ("record_id", "Idora yozuvi raqami", "Номер записи ведомства", "Agency record id")
_PASSPORT = (
    "passport",
    "Pasport (idora formatida)",
    "Паспорт (в формате ведомства)",
    "Passport (agency's format)",
)

#: Documented tables of generator datasets, by spec kind and output table name.
GENERATED_DOCS: Final[dict[str, dict[str, tuple[Col, ...]]]] = {
    "appeal_texts": {"texts": TEXTS},
    "mailbox": {
        "messages": _docs(
            _MSG,
            ("date", "Sana (Date sarlavhasi)", "Дата (заголовок Date)", "Date header"),
            ("from_name", "Jo'natuvchi nomi", "Имя отправителя", "Sender display name"),
            ("from_addr", "Jo'natuvchi manzili", "Адрес отправителя", "Sender address"),
            ("reply_to", "Javob manzili (Reply-To)", "Адрес для ответа (Reply-To)", "Reply-To"),
            ("return_path", "Qaytish yo'li (Return-Path)", "Return-Path", "Return-Path"),
            ("received", "Received sarlavhasi", "Заголовок Received", "Received header"),
            (
                "authentication_results",
                "SPF/DKIM/DMARC natijalari",
                "Результаты SPF/DKIM/DMARC",
                "SPF/DKIM/DMARC results",
            ),
            ("to", "Qabul qiluvchi", "Получатель", "Recipient"),
            ("subject", "Mavzu", "Тема", "Subject"),
            ("body", "Xat matni", "Текст письма", "Body"),
            (
                "links",
                "Havola (ko'pi bilan bitta)",
                "Ссылка (не более одной)",
                "Link (at most one)",
            ),
            (
                "attachments",
                "Ilova (ko'pi bilan bitta)",
                "Вложение (не более одного)",
                "Attachment (at most one)",
            ),
            ("lang", "Til", "Язык", "Language"),
        ),
        "known_domains": _docs(
            ("domain", "Ishonchli domen", "Доверенный домен", "Known legitimate domain"),
        ),
        "labels": _docs(
            _MSG,
            (
                "label",
                "Belgi (phishing yoki legit)",
                "Метка (phishing или legit)",
                "Label (phishing or legit)",
            ),
            ("scenario", "Xat ssenariysi", "Сценарий письма", "Message scenario"),
        ),
        "indicators": _docs(
            _MSG,
            ("indicator", "Fishing belgisi", "Признак фишинга", "Phishing indicator"),
            ("field", "Belgi topilgan maydon", "Поле с признаком", "Field holding it"),
            ("evidence", "Maydondagi dalil matni", "Фрагмент-доказательство", "Evidence substring"),
        ),
    },
    "auth_log": {
        "events": _docs(
            _EVENT,
            ("timestamp", "Vaqt", "Время", "Time"),
            _USER,
            ("src_ip", "Manba IP manzili", "IP-адрес источника", "Source IP"),
            ("city", "Shahar (IP bo'yicha)", "Город (по IP)", "City (from IP)"),
            ("country", "Mamlakat", "Страна", "Country"),
            ("user_agent", "Brauzer (User-Agent)", "Браузер (User-Agent)", "User agent"),
            ("action", "Harakat", "Действие", "Action"),
            ("result", "Natija", "Результат", "Result"),
            ("appeal_id", "Ko'rilgan murojaat", "Просмотренное обращение", "Appeal viewed"),
            ("appeal_district", "Murojaat tumani", "Район обращения", "District of the appeal"),
        ),
        "staff": _docs(
            _USER,
            ("unit", "Bo'linma", "Подразделение", "Unit"),
            ("district", "Tuman", "Район", "District"),
            ("shift", "Smena", "Смена", "Shift"),
            ("office_ip", "Ish joyi IP manzili", "IP-адрес рабочего места", "Office IP"),
        ),
        "cities": _docs(
            ("city", "Shahar", "Город", "City"),
            ("country", "Mamlakat", "Страна", "Country"),
            ("lat", "Kenglik", "Широта", "Latitude"),
            ("lon", "Uzunlik", "Долгота", "Longitude"),
        ),
        "incidents": _docs(
            ("incident_id", "Hodisa (incident) raqami", "Номер инцидента", "Incident id"),
            ("type", "Hujum turi", "Тип атаки", "Attack type"),
            _USER,
            ("src_ip", "Manba IP manzili", "IP-адрес источника", "Source IP"),
            ("start", "Boshlanishi", "Начало", "Start"),
            ("end", "Tugashi", "Конец", "End"),
            ("n_rows", "Jurnal qatorlari soni", "Число строк журнала", "Log rows"),
        ),
        "incident_rows": _docs(
            _EVENT,
            ("incident_id", "Hodisa (incident) raqami", "Номер инцидента", "Incident id"),
        ),
    },
    "passwords": {
        "accounts": _docs(
            _USER,
            ("surname", "Familiya", "Фамилия", "Surname"),
            (
                "mfa",
                "Ikki bosqichli kirish yoqilgan",
                "Включена двухфакторная защита",
                "Multi-factor authentication on",
            ),
            ("password", "Parol (sintetik)", "Пароль (синтетический)", "Password (synthetic)"),
        ),
        "blocklist": _docs(
            ("word", "Taqiqlangan so'z", "Запрещённое слово", "Blocked word"),
            ("kind", "Ro'yxat turi", "Вид списка", "List kind"),
        ),
        "policy": _docs(
            ("setting", "Siyosat sozlamasi", "Параметр политики", "Policy setting"),
            ("value", "Qiymati", "Значение", "Value"),
        ),
        "findings": _docs(
            _USER,
            ("rule", "Buzilgan qoida", "Нарушенное правило", "Rule violated"),
        ),
        "policy_findings": _docs(
            ("setting", "Siyosat sozlamasi", "Параметр политики", "Policy setting"),
            ("value", "Qiymati", "Значение", "Value"),
            ("verdict", "Xulosa", "Вывод", "Verdict"),
            (
                "reason",
                "Asos (NIST SP 800-63B)",
                "Основание (NIST SP 800-63B)",
                "Reason (NIST SP 800-63B)",
            ),
        ),
    },
    "leaked_export": {
        "export": _docs(
            ("appeal_no", "Murojaat raqami", "Номер обращения", "Appeal number"),
            ("registered", "Ro'yxatga olingan sana", "Дата регистрации", "Registered"),
            ("full_name", "F.I.Sh.", "Ф.И.О.", "Full name"),
            ("birth_date", "Tug'ilgan sana", "Дата рождения", "Birth date"),
            ("sex", "Jinsi", "Пол", "Sex"),
            ("pinfl", "JShShIR", "ПИНФЛ", "PINFL"),
            ("passport", "Pasport", "Паспорт", "Passport"),
            ("phone", "Telefon", "Телефон", "Phone"),
            ("email", "Elektron pochta", "Электронная почта", "E-mail"),
            ("address", "Manzil", "Адрес", "Address"),
            ("district_id", "Tuman (SOATO)", "Район (СОАТО)", "District (SOATO)"),
            ("category", "Toifa", "Категория", "Category"),
            (
                "text",
                "Murojaat matni (ichida shaxsiy ma'lumot bor)",
                "Текст обращения (с персональными данными внутри)",
                "Appeal text (personal data inside)",
            ),
            ("officer", "Ijrochi", "Исполнитель", "Officer"),
        ),
        "columns": _docs(
            ("column", "Ustun", "Столбец", "Column"),
            ("personal", "Shaxsiy ma'lumotmi", "Персональные ли данные", "Is personal data"),
            ("kind", "Ma'lumot turi", "Вид данных", "Kind of data"),
            ("action", "Kerakli amal", "Нужное действие", "Action to take"),
        ),
        "spans": _docs(
            ("appeal_no", "Murojaat raqami", "Номер обращения", "Appeal number"),
            ("start", "Boshlanish o'rni (text ichida)", "Начало (в text)", "Start offset in text"),
            ("end", "Tugash o'rni", "Конец", "End offset"),
            ("kind", "Ma'lumot turi", "Вид данных", "Kind of data"),
            (
                "value",
                "Qiymat (text[start:end])",
                "Значение (text[start:end])",
                "Value (text[start:end])",
            ),
        ),
    },
    "interagency": {
        "register": CITIZENS[:17],
        "prosecutor": _docs(
            _RID,
            (
                "fio",
                "F.I.Sh. (prokuratura yozuvida)",
                "ФИО (как в прокуратуре)",
                "Full name (as the prosecutor wrote it)",
            ),
            (
                "data_rozhdeniya",
                "Tug'ilgan sana (idora formatida)",
                "Дата рождения (в формате ведомства)",
                "Birth date (agency's format)",
            ),
            (
                "pinfl",
                "JShShIR (idora formatida)",
                "ПИНФЛ (в формате ведомства)",
                "PINFL (agency's format)",
            ),
            ("pasport", *_PASSPORT[1:]),
            ("nomer_dela", "Ish raqami", "Номер дела", "Case number"),
            ("data_zaprosa", "So'rov sanasi", "Дата запроса", "Request date"),
        ),
        "court": _docs(
            _RID,
            (
                "full_name",
                "F.I.Sh. (sud yozuvida)",
                "ФИО (как в суде)",
                "Full name (as the court wrote it)",
            ),
            (
                "birth_date",
                "Tug'ilgan sana (idora formatida)",
                "Дата рождения (в формате ведомства)",
                "Birth date (agency's format)",
            ),
            (
                "jshshir",
                "JShShIR (idora formatida)",
                "ПИНФЛ (в формате ведомства)",
                "PINFL (agency's format)",
            ),
            _PASSPORT,
            ("case_no", "Ish raqami", "Номер дела", "Case number"),
            ("hearing_date", "Sud majlisi sanasi", "Дата заседания", "Hearing date"),
        ),
        "health": _docs(
            _RID,
            ("patient_name", "Bemor F.I.Sh.", "ФИО пациента", "Patient name"),
            (
                "dob",
                "Tug'ilgan sana (idora formatida)",
                "Дата рождения (в формате ведомства)",
                "Birth date (agency's format)",
            ),
            (
                "pinfl",
                "JShShIR (idora formatida)",
                "ПИНФЛ (в формате ведомства)",
                "PINFL (agency's format)",
            ),
            ("document", "Hujjat (pasport)", "Документ (паспорт)", "Document (passport)"),
            ("admitted", "Qabul qilingan sana", "Дата поступления", "Admitted"),
            ("institution", "Muassasa", "Учреждение", "Institution"),
        ),
        "linkage": _docs(
            ("agency", "Idora", "Ведомство", "Agency"),
            _RID,
            (
                "citizen_id",
                "Reyestrdagi fuqaro (begona bo'lsa bo'sh)",
                "Гражданин в реестре (пусто, если чужой)",
                "Citizen in the register (empty if none)",
            ),
            (
                "duplicate_of",
                "Takror bo'lsa, birinchi yozuv",
                "Первая запись, если дубль",
                "First record if a duplicate",
            ),
            (
                "defects",
                "Kiritilgan nuqsonlar (+ bilan)",
                "Внесённые дефекты (через +)",
                "Defects introduced (+-joined)",
            ),
        ),
    },
}
#: Tables validated against their schema when a generator produces them.
GENERATED_TABLES: Final[dict[str, tuple[Col, ...]]] = {"texts": TEXTS}


def docs_for(table: str, columns: Iterable[str], kind: str = "appeals") -> list[Col]:
    """The documented columns of ``table`` of a ``kind`` of dataset (in the given order);
    undocumented ones get no meaning, so a changed generator still has a complete card."""
    if kind == "appeals":
        docs = APPEAL_TABLES
    elif kind in GENERATED_DOCS:
        docs = GENERATED_DOCS[kind]
    else:
        from malaka.datasets.build import GENERATORS

        docs = importlib.import_module(GENERATORS[kind]).DOCS if kind in GENERATORS else {}
    known = {c.name: c for c in docs.get(table, ())}
    return [known.get(name) or Col(name, "", "", "", "") for name in columns]


def pandera_schema(table: str, cols: Sequence[Col]) -> Any:
    """The pandera schema of a documented table."""
    import pandera.pandas as pdr

    columns = {}
    for col in cols:
        checks = []
        if col.regex is not None:
            checks.append(pdr.Check.str_matches(col.regex))
        if col.ge is not None:
            checks.append(pdr.Check.ge(col.ge))
        columns[col.name] = pdr.Column(
            nullable=col.nullable, unique=col.unique, checks=checks, required=False
        )
    return pdr.DataFrameSchema(columns, name=table, strict=False)


def validate_table(table: str, df: pd.DataFrame, cols: Sequence[Col] | None = None) -> None:
    """Check one table against its schema; raise DatasetCheckError listing every failure."""
    import pandera.errors as pde

    cols = list(cols) if cols is not None else list(APPEAL_TABLES.get(table, ()))
    if not cols:
        return
    problems: list[Problem] = []
    try:
        # inplace: nothing is coerced, and a copy of a million-row table costs its size again
        pandera_schema(table, cols).validate(df, lazy=True, inplace=True)
    except pde.SchemaErrors as exc:
        seen = set()
        for err in exc.schema_errors:
            column = str(getattr(err, "column_name", None) or "")
            check = str(getattr(err, "check", "") or err.reason_code)
            if (column, check) in seen:
                continue
            seen.add((column, check))
            failures = getattr(err, "failure_cases", None)
            sample = ""
            if failures is not None and len(failures):
                sample = f" (e.g. {failures['failure_case'].iloc[0]!r})"
            problems.append(Problem(f"{table} table", column, f"fails {check}{sample}"))
    # membership checks run through Arrow: pandera's isin loops over Arrow strings in Python
    for col in cols:
        if col.isin is None or col.name not in df.columns:
            continue
        values = df[col.name]
        bad = values.notna().to_numpy() & ~isin(values, col.isin)
        if bad.any():
            example = values[bad].iloc[0]
            problems.append(
                Problem(
                    f"{table} table",
                    col.name,
                    f"{int(bad.sum())} value(s) not among {', '.join(col.isin)} (e.g. {example!r})",
                )
            )
    if problems:
        raise DatasetCheckError(problems)


def _arrow_strings(series: pd.Series) -> pa.Array:
    """A string (or categorical) Series as an Arrow string array, without a Python loop."""
    arr = pa.array(series.array) if hasattr(series.array, "__arrow_array__") else None
    if arr is None:
        arr = pa.array(series.to_numpy(dtype=object), type=pa.string(), from_pandas=True)
    if pa.types.is_dictionary(arr.type):
        arr = arr.cast(arr.type.value_type)
    return arr


def isin(series: pd.Series, values: Iterable[Any]) -> np.ndarray[Any, Any]:
    """``series.isin(values)`` for strings, through Arrow (pandas loops over Arrow strings)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        # test each category once, then spread the answer over the codes
        codes = series.cat.codes.to_numpy()
        per_category = isin(pd.Series(series.cat.categories), values)
        return np.where(codes >= 0, per_category[np.maximum(codes, 0)], False)
    arr = _arrow_strings(series)
    if isinstance(values, pd.Series | pd.Index):
        value_set = _arrow_strings(pd.Series(values)).cast(arr.type)
    else:
        value_set = pa.array([str(v) for v in values], type=arr.type)
    found: np.ndarray[Any, Any] = (
        pc.is_in(arr, value_set=value_set).fill_null(False).to_numpy(zero_copy_only=False)
    )
    return found


def _i8(series: pd.Series) -> np.ndarray[Any, Any]:
    """Date-times as int64 (NaT = minimum), without building Timestamp objects."""
    return np.asarray(series.array.asi8)


@dataclass
class _Problems:
    items: list[Problem] = field(default_factory=list)

    def add(self, table: str, column: str, bad: int, message: str) -> None:
        if bad:
            self.items.append(Problem(f"{table} table", column, f"{bad} row(s) {message}"))


def check_appeals_bundle(
    tables: Mapping[str, pd.DataFrame],
    deadline_rule: Callable[[pd.DataFrame], tuple[pd.Series, pd.Series]] | None = None,
) -> None:
    """Per-table schemas plus referential integrity of an ``appeals`` dataset.

    ``deadline_rule`` (from the scenario) gives, for the appeals, the deadline the law
    settings allow and the extended one: each appeal's ``due_at`` must be one of them.
    """
    for name, cols in APPEAL_TABLES.items():
        if name in tables:
            validate_table(name, tables[name], cols)
    p = _Problems()
    app = tables["appeals"]
    cit = tables["citizens"]
    hist = tables["status_history"]
    req = tables["interagency_requests"]
    staff = tables["staff"]
    known_cit = pd.Index(cit["citizen_id"])
    has_cit = app["citizen_id"].notna()
    p.add(
        "appeals",
        "citizen_id",
        int((~isin(app.loc[has_cit, "citizen_id"], known_cit)).sum()),
        "name a citizen missing from the citizens table",
    )
    p.add(
        "appeals",
        "anonymous",
        int((app["anonymous"] == has_cit).sum()),
        "have anonymous inconsistent with citizen_id",
    )
    p.add(
        "citizens",
        "citizen_id",
        int((~isin(cit["citizen_id"], app["citizen_id"])).sum()),
        "have no appeal",
    )
    has_off = app["officer_id"].notna()
    p.add(
        "appeals",
        "officer_id",
        int((~isin(app.loc[has_off, "officer_id"], staff["officer_id"])).sum()),
        "name an officer missing from the staff table",
    )
    regs = pd.Index(app["reg_no"])
    hist_codes = _codes_in(hist["reg_no"], regs)
    p.add(
        "status_history",
        "reg_no",
        int((hist_codes < 0).sum()),
        "name an unknown appeal",
    )
    p.add(
        "interagency_requests",
        "reg_no",
        int((~isin(req["reg_no"], regs)).sum()),
        "name an unknown appeal",
    )
    _check_repeats(p, app, regs)

    def before(a: str, b: str) -> int:
        both = app[a].notna() & app[b].notna()
        return int((app.loc[both, a] > app.loc[both, b]).sum())

    p.add(
        "appeals",
        "registered_at",
        before("received_at", "registered_at"),
        "are registered before they are received",
    )
    p.add(
        "appeals",
        "closed_at",
        before("registered_at", "closed_at"),
        "are closed before they are registered",
    )
    p.add(
        "appeals",
        "extended_until",
        before("due_at", "extended_until"),
        "are extended to before their deadline",
    )
    answered = app["outcome"] == "answered"
    p.add(
        "appeals",
        "answered_at",
        int(
            (answered & (app["answered_at"] != app["closed_at"])).sum()
            + (~answered & app["answered_at"].notna()).sum()
        ),
        "have answered_at inconsistent with outcome",
    )
    p.add(
        "requests",
        "replied_at",
        int((req["replied_at"].notna() & (req["replied_at"] < req["sent_at"])).sum()),
        "are replied before they are sent",
    )

    _check_history(p, app, hist, hist_codes)

    if deadline_rule is not None:
        due, extended = deadline_rule(app)
        has_due = app["due_at"].notna() | due.notna()
        p.add(
            "appeals",
            "due_at",
            int((has_due & ~(app["due_at"] == due)).sum()),
            "have a deadline that the scenario's law settings do not give",
        )
        has_ext = app["extended_until"].notna()
        p.add(
            "appeals",
            "extended_until",
            int((has_ext & ~(app["extended_until"] == extended)).sum()),
            "have an extension that the scenario's law settings do not give",
        )
    if p.items:
        raise DatasetCheckError(p.items)


def _check_repeats(p: _Problems, app: pd.DataFrame, regs: pd.Index) -> None:
    """A repeat appeal names a known, earlier appeal of the same citizen."""
    rep = app["repeat_of"].notna().to_numpy()
    # one look-up of the repeated appeals (positions in appeals), reused by three checks
    if not regs.is_unique:
        raise DatasetCheckError([Problem("appeals table", "reg_no", "has duplicate values")])
    rep_rows = np.flatnonzero(rep)
    rep_pos = regs.get_indexer(app["repeat_of"].iloc[rep_rows])
    found = rep_pos >= 0
    p.add("appeals", "repeat_of", int((~found).sum()), "repeat an unknown appeal")
    received = _i8(app["received_at"])
    earlier = np.where(found, received[np.maximum(rep_pos, 0)], np.iinfo(np.int64).min)
    later_than = received[rep_rows] < earlier
    p.add(
        "appeals", "repeat_of", int(later_than.sum()), "were received before the appeal they repeat"
    )
    citizen = _arrow_strings(app["citizen_id"])
    theirs = citizen.take(pa.array(rep_pos, mask=~found, type=pa.int64()))
    differs = pc.fill_null(pc.not_equal(theirs, citizen.take(pa.array(rep_rows))), True)
    p.add(
        "appeals",
        "repeat_of",
        int(np.asarray(differs.to_numpy(zero_copy_only=False)).sum()),
        "do not keep the citizen of the appeal they repeat",
    )


def _codes_in(series: pd.Series, index: pd.Index) -> np.ndarray[Any, Any]:
    """Position in ``index`` of each value of ``series`` (-1 when absent or missing).

    A categorical whose categories are ``index`` itself (the dressed status history names
    appeals that way) needs no look-up at all: its codes are the answer."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = series.cat.categories
        codes: np.ndarray[Any, Any] = series.cat.codes.to_numpy().astype(np.int64)
        if cats.equals(index):
            return codes
        per_category = index.get_indexer(cats)
        return np.where(codes >= 0, per_category[np.maximum(codes, 0)], -1)
    return np.asarray(pd.Categorical(series, categories=index).codes, dtype=np.int64)


def _check_history(
    p: _Problems, app: pd.DataFrame, hist: pd.DataFrame, codes: np.ndarray[Any, Any]
) -> None:
    """Per appeal, seq runs 1..n, times never go back, and the first status is 'received'.

    ``codes``: the appeal (row of ``app``) of each history row, -1 when unknown."""
    regs = app["reg_no"]
    p.add("status_history", "reg_no", int((codes < 0).sum()), "are not in appeals")
    same_case = codes[1:] == codes[:-1]
    at = _i8(hist["at"])
    seq = hist["seq"].to_numpy()
    p.add(
        "status_history",
        "seq",
        int(
            (same_case & (seq[1:] != seq[:-1] + 1)).sum()
            + (~same_case & (seq[1:] != 1)).sum()
            + (len(seq) > 0 and seq[0] != 1)
        ),
        "break the sequence 1, 2, 3... per appeal (rows must be grouped by appeal)",
    )
    p.add(
        "status_history",
        "at",
        int((same_case & (at[1:] < at[:-1])).sum()),
        "go back in time within an appeal",
    )
    first = np.ones(len(codes), bool)
    first[1:] = ~same_case
    p.add(
        "status_history",
        "status",
        int((~isin(hist["status"], ["received"]))[first].sum()),
        "start an appeal's history with something other than 'received'",
    )
    counts = np.bincount(codes[codes >= 0], minlength=len(regs))
    p.add(
        "appeals",
        "n_status_changes",
        int((counts != app["n_status_changes"].to_numpy()).sum()),
        "disagree with the status history",
    )


def scenario_deadline_rule(
    scenario: Any,
) -> Callable[[pd.DataFrame], tuple[pd.Series, pd.Series]]:
    """The law settings of a scenario as a checker: appeals -> (allowed due_at, extended).

    Uses the scenario's own calendar arithmetic (``malaka.simulations.calendar``: counted from
    the day of receipt, calendar or working days, a deadline falling on a day off moves to the
    next working day). An appeal needing extra study gets the longer span: ``due_at`` may be
    either, so the checker returns the one matching when it is one of them.
    """
    cal = scenario.calendar.work_calendar()
    tz = scenario.calendar.timezone
    start = pd.Timestamp(scenario.calendar.start).tz_localize(tz)
    deadlines = scenario.deadlines
    regime_of = {c.id: c.effective_regime for c in scenario.categories}

    def rule_for(regime: str | None, kind: str) -> Any:
        for rule in deadlines.rules:
            if (rule.regime is None or rule.regime == regime) and (
                rule.kinds is None or kind in rule.kinds
            ):
                return rule
        return None

    def stamp(hours: float) -> pd.Timestamp:
        return (start + pd.Timedelta(seconds=round(hours * 3600))).as_unit("s")

    def check(app: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
        nat = pd.Series(pd.NaT, index=app.index, dtype=app["due_at"].dtype)
        if deadlines is None:
            return nat, nat.copy()
        day = app["received_at"].dt.tz_convert(tz).dt.date
        # the appeal's own regime (a scenario may draw it per appeal: ``regimes``), else the
        # category's
        cats = app["category"].astype(str)
        regime = app["regime"].astype(str) if "regime" in app else cats.map(regime_of)
        keys = pd.DataFrame({"day": day, "reg": regime, "kind": app["kind"].astype(str)})
        due = nat.copy()
        ext = nat.copy()
        for (d, reg, kind), idx in keys.groupby(["day", "reg", "kind"], sort=True).groups.items():
            spans = []
            rule = None
            if reg == "forward":
                spans = [deadlines.forward]
            else:
                rule = rule_for(reg, kind)
                if rule is not None:
                    spans = [rule.base] + ([rule.extra_study.span] if rule.extra_study else [])
            if not spans:
                continue
            options = [cal.deadline_for_day(d, s.days, s.months) for s in spans]
            actual = app.loc[idx, "due_at"]
            chosen = pd.Series(stamp(options[0]), index=idx)
            for h in options[1:]:
                chosen = chosen.where(actual != stamp(h), stamp(h))
            due.loc[idx] = chosen
            if rule is not None and rule.extension is not None:
                span = rule.extension.span
                for h in sorted(set(options)):
                    last = cal.date_of(h - 1e-6)
                    e = stamp(cal.deadline_for_day(last, span.days, span.months))
                    hit = chosen == stamp(h)
                    ext.loc[idx[hit.to_numpy()]] = e
        return due, ext

    return check


def check_generated(tables: Mapping[str, pd.DataFrame], kind: str) -> None:
    """A generator's tables: documented ones against their schema; all non-empty, no
    duplicate column names."""
    for name, df in tables.items():
        if name in GENERATED_TABLES:
            validate_table(name, df, GENERATED_TABLES[name])
    problems = []
    for name, df in tables.items():
        if len(df.columns) != len(set(df.columns)):
            problems.append(Problem(f"{name} table", "", f"duplicate column names ({kind})"))
        if len(df) == 0:
            problems.append(Problem(f"{name} table", "", f"is empty ({kind})"))
    if problems:
        raise DatasetCheckError(problems)


def type_label(series: pd.Series) -> str:
    """A short, stable type label for a column, as the card shows it."""
    dtype = series.dtype
    if isinstance(dtype, pd.DatetimeTZDtype):
        return f"datetime ({dtype.tz})"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "date"
    if pd.api.types.is_bool_dtype(dtype):
        return "bool"
    if pd.api.types.is_integer_dtype(dtype):
        return "int"
    if pd.api.types.is_float_dtype(dtype):
        return "float"
    return "string"
