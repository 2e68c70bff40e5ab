"""The triage taxonomy shared by scenarios, appeal texts, datasets and exercises.

Categories, legal regimes, urgency levels, departments and partner agencies, with names in
Uzbek (Latin), Russian and English. Grounded in the project's domain notes (§5.2): the regimes
follow the appeals law's scope (Art. 1) and the urgency levels are a design proposal anchored on
the 102 line, the 24-hour domestic-violence rule and Art. 28's 15-day/1-month deadlines.
Scenario files refer to categories by ``id``; a scenario may use a subset.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Named:
    """An id with its names in the three course languages."""

    id: str
    uz: str
    ru: str
    en: str


#: Legal regimes: which law governs the appeal, and so which clock applies.
REGIMES: Final[tuple[Named, ...]] = (
    Named("appeals_law", "Murojaatlar to'g'risidagi qonun", "Закон об обращениях", "Appeals law"),
    Named(
        "criminal",
        "Jinoyat-protsessual tartib",
        "Уголовно-процессуальный порядок",
        "Criminal procedure",
    ),
    Named(
        "administrative",
        "Ma'muriy javobgarlik tartibi",
        "Административный порядок",
        "Administrative liability",
    ),
    Named(
        "forward",
        "Boshqa organ vakolatida (5 kunda yuboriladi)",
        "Не по компетенции (переадресация за 5 дней)",
        "Outside competence (forward within 5 days)",
    ),
    Named("public_service", "Davlat xizmati", "Государственная услуга", "Public service"),
)

#: Urgency levels (design proposal, see module docstring).
URGENCIES: Final[tuple[Named, ...]] = (
    Named(
        "P1",
        "Zudlik bilan (102 / navbatchi qism)",
        "Немедленно (102 / дежурная часть)",
        "Immediate (102 / duty unit)",
    ),
    Named("P2", "24 soat ichida", "В течение 24 часов", "Within 24 hours"),
    Named("P3", "15 kungacha", "До 15 дней", "Up to 15 days"),
    Named("P4", "1 oygacha", "До 1 месяца", "Up to 1 month"),
)

#: Appeal kinds defined in Art. 3 of the appeals law.
KINDS: Final[tuple[Named, ...]] = (
    Named("ariza", "ariza", "заявление", "application"),
    Named("taklif", "taklif", "предложение", "proposal"),
    Named("shikoyat", "shikoyat", "жалоба", "complaint"),
)

#: Internal departments (units) of an internal affairs body that handle appeals.
DEPARTMENTS: Final[tuple[Named, ...]] = (
    Named("duty_unit", "Navbatchilik qismi", "Дежурная часть", "Duty unit"),
    Named(
        "prevention", "Profilaktika inspektori", "Инспектор профилактики", "Prevention inspector"
    ),
    Named(
        "investigation",
        "Tergov va surishtiruv",
        "Следствие и дознание",
        "Investigation and inquiry",
    ),
    Named(
        "cybercrime",
        "Kiberjinoyatchilikka qarshi kurashish",
        "Борьба с киберпреступностью",
        "Cybercrime unit",
    ),
    Named(
        "traffic",
        "Yo'l harakati xavfsizligi xizmati",
        "Служба безопасности дорожного движения",
        "Road traffic safety service",
    ),
    Named(
        "migration",
        "Migratsiya va fuqarolikni rasmiylashtirish",
        "Миграция и оформление гражданства",
        "Migration and citizenship",
    ),
    Named("licensing", "Litsenziyalash bo'limi", "Лицензионный отдел", "Licensing unit"),
    Named("internal_security", "Ichki xavfsizlik", "Собственная безопасность", "Internal security"),
    Named("probation", "Probatsiya inspektori", "Инспектор пробации", "Probation inspector"),
    Named(
        "appeals_office",
        "Murojaatlar bilan ishlash bo'limi",
        "Отдел по работе с обращениями",
        "Appeals office",
    ),
)

#: Partner agencies the police exchange requests with.
AGENCIES: Final[tuple[Named, ...]] = (
    Named("prosecutor", "Prokuratura", "Прокуратура", "Prosecutor's office"),
    Named("court", "Sud", "Суд", "Court"),
    Named(
        "health", "Sog'liqni saqlash muassasasi", "Учреждение здравоохранения", "Health institution"
    ),
    Named("customs", "Bojxona", "Таможня", "Customs"),
    Named("mahalla", "Mahalla", "Махалля", "Mahalla"),
    Named("hokimiyat", "Hokimiyat", "Хокимият", "Hokimiyat (local government)"),
    Named("bank", "Bank", "Банк", "Bank"),
)


@dataclass(frozen=True, slots=True)
class Category:
    """A triage category with its default regime, urgency, department and partner agencies."""

    id: str
    uz: str
    ru: str
    en: str
    regime: str
    urgency: str
    department: str
    agencies: tuple[str, ...]


CATEGORIES: Final[tuple[Category, ...]] = (
    Category(
        "domestic",
        "Oilaviy-maishiy nizo",
        "Семейно-бытовой конфликт",
        "Domestic conflict",
        "criminal",
        "P2",
        "prevention",
        ("mahalla", "health", "court"),
    ),
    Category(
        "assault",
        "Zo'ravonlik, tan jarohati",
        "Насилие, телесные повреждения",
        "Assault, bodily harm",
        "criminal",
        "P1",
        "investigation",
        ("health", "prosecutor"),
    ),
    Category(
        "theft",
        "O'g'irlik",
        "Кража",
        "Theft, burglary",
        "criminal",
        "P2",
        "investigation",
        ("prosecutor",),
    ),
    Category(
        "fraud",
        "Firibgarlik, kiberfiribgarlik",
        "Мошенничество, киберпреступления",
        "Fraud, cyber fraud",
        "criminal",
        "P2",
        "cybercrime",
        ("bank", "prosecutor"),
    ),
    Category(
        "property_dispute",
        "Mol-mulk va pul oldi-berdisi",
        "Имущественные и долговые споры",
        "Property and money disputes",
        "appeals_law",
        "P3",
        "prevention",
        ("court",),
    ),
    Category(
        "traffic",
        "Yo'l harakati xavfsizligi",
        "Безопасность дорожного движения",
        "Road traffic safety",
        "appeals_law",
        "P3",
        "traffic",
        ("hokimiyat", "court"),
    ),
    Category(
        "public_order",
        "Jamoat tartibi, shovqin",
        "Общественный порядок, шум",
        "Public order, noise",
        "administrative",
        "P3",
        "prevention",
        ("mahalla",),
    ),
    Category(
        "misconduct",
        "Xodim ustidan shikoyat",
        "Жалоба на сотрудника",
        "Complaint about an officer",
        "appeals_law",
        "P3",
        "internal_security",
        ("prosecutor",),
    ),
    Category(
        "procedural",
        "Protsessual qarorlar ustidan shikoyat",
        "Обжалование процессуальных решений",
        "Complaint about a procedural decision",
        "criminal",
        "P3",
        "investigation",
        ("prosecutor", "court"),
    ),
    Category(
        "migration",
        "Migratsiya, propiska, pasport",
        "Миграция, прописка, паспорт",
        "Migration, registration, passport",
        "public_service",
        "P3",
        "migration",
        (),
    ),
    Category(
        "lost_documents",
        "Hujjat yo'qotish",
        "Утеря документов",
        "Lost documents",
        "public_service",
        "P3",
        "migration",
        ("bank",),
    ),
    Category(
        "firearms",
        "Qurol ruxsatnomalari",
        "Разрешения на оружие",
        "Firearms permits",
        "public_service",
        "P4",
        "licensing",
        (),
    ),
    Category(
        "probation",
        "Probatsiya masalalari",
        "Вопросы пробации",
        "Probation issues",
        "appeals_law",
        "P3",
        "probation",
        ("court",),
    ),
    Category(
        "missing_person",
        "Bedarak yo'qolgan shaxs",
        "Пропавший без вести",
        "Missing person",
        "criminal",
        "P1",
        "duty_unit",
        ("health", "mahalla"),
    ),
    Category(
        "social",
        "Ijtimoiy masalalar",
        "Социальные вопросы",
        "Social issues",
        "forward",
        "P3",
        "prevention",
        ("hokimiyat", "mahalla"),
    ),
    Category(
        "proposal",
        "Taklif",
        "Предложение",
        "Proposal",
        "appeals_law",
        "P4",
        "appeals_office",
        ("hokimiyat",),
    ),
    Category(
        "outside_competence",
        "Boshqa organ vakolatidagi masala",
        "Вопрос не по компетенции",
        "Outside competence",
        "forward",
        "P3",
        "appeals_office",
        ("customs", "health", "hokimiyat"),
    ),
)

CATEGORY_BY_ID: Final[dict[str, Category]] = {c.id: c for c in CATEGORIES}

#: Channels an appeal can arrive through (domain notes §1.9, §5.3).
CHANNELS: Final[tuple[Named, ...]] = (
    Named(
        "e_murojaat",
        "Elektron murojaat (my.gov.uz)",
        "Электронное обращение (my.gov.uz)",
        "Electronic appeal (my.gov.uz)",
    ),
    Named(
        "virtual_reception",
        "Prezident virtual qabulxonasi",
        "Виртуальная приёмная Президента",
        "President's Virtual Reception",
    ),
    Named("hotline_1102", "Ishonch telefoni 1102", "Телефон доверия 1102", "Hotline 1102"),
    Named("mail", "Pochta", "Почта", "Mail"),
    Named("personal_reception", "Shaxsiy qabul", "Личный приём", "Personal reception"),
    Named("mobile_reception", "Sayyor qabul", "Выездной приём", "Mobile reception"),
)


def name(item_id: str, lang: str = "uz") -> str:
    """The display name of any taxonomy id in ``lang`` (uz, ru or en)."""
    for group in (REGIMES, URGENCIES, KINDS, DEPARTMENTS, AGENCIES, CHANNELS, CATEGORIES):
        for item in group:
            if item.id == item_id:
                return str(getattr(item, lang))
    raise KeyError(f"unknown taxonomy id: {item_id!r}")
