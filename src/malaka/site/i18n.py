"""Language helpers for generated pages: file names per language and short UI strings.

Pages follow mkdocs-static-i18n's suffix layout: ``page.md`` is Uzbek (the default),
``page.ru.md`` Russian, ``page.en.md`` English.
"""

from __future__ import annotations

from typing import Final

LANGS: Final[tuple[str, ...]] = ("uz", "ru", "en")
DEFAULT_LANG: Final[str] = "uz"


def localized(name: str, lang: str) -> str:
    """``index.md`` -> ``index.ru.md`` (the default language keeps the bare name)."""
    if lang == DEFAULT_LANG:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        return f"{name}.{lang}"
    return f"{stem}.{lang}.{ext}"


#: Short strings used by generated pages, per language.
TEXT: Final[dict[str, dict[str, str]]] = {
    "course": {"uz": "Kurs", "ru": "Курс", "en": "Course"},
    "syllabus": {"uz": "O'quv dasturi", "ru": "Программа курса", "en": "Syllabus"},
    "module": {"uz": "Modul", "ru": "Модуль", "en": "Module"},
    "exercises": {"uz": "Mashqlar", "ru": "Упражнения", "en": "Exercises"},
    "lesson": {"uz": "Dars", "ru": "Урок", "en": "Lesson"},
    "datasets_used": {"uz": "Ma'lumotlar", "ru": "Данные", "en": "Data"},
    "no_modules": {
        "uz": "Modullar hali chiqarilmagan: `malaka site build` ularni tayyorlaydi.",
        "ru": "Модули ещё не выпущены: `malaka site build` подготовит их.",
        "en": "No modules released yet: `malaka site build` prepares them.",
    },
    "datasets": {"uz": "Ma'lumotlar to'plamlari", "ru": "Наборы данных", "en": "Datasets"},
    "simulations": {"uz": "Simulyatsiyalar", "ru": "Симуляции", "en": "Simulations"},
    "scenario": {"uz": "Ssenariy", "ru": "Сценарий", "en": "Scenario"},
    "parameters": {"uz": "Parametrlar", "ru": "Параметры", "en": "Parameters"},
    "report": {"uz": "Hisobot", "ru": "Отчёт", "en": "Report"},
    "no_report": {
        "uz": "Bu ssenariy uchun hisobot hali yo'q: `malaka simulate` bilan yarating.",
        "ru": "Отчёта по этому сценарию ещё нет: создайте его командой `malaka simulate`.",
        "en": "No report for this scenario yet: create one with `malaka simulate`.",
    },
    "file": {"uz": "Fayl", "ru": "Файл", "en": "File"},
    "description": {"uz": "Tavsif", "ru": "Описание", "en": "Description"},
    "value": {"uz": "Qiymat", "ru": "Значение", "en": "Value"},
    "field": {"uz": "Maydon", "ru": "Поле", "en": "Field"},
    "rows": {"uz": "Qatorlar", "ru": "Строк", "en": "Rows"},
    "table": {"uz": "Jadval", "ru": "Таблица", "en": "Table"},
    "columns": {"uz": "Ustunlar", "ru": "Столбцы", "en": "Columns"},
    "type": {"uz": "Turi", "ru": "Тип", "en": "Type"},
    "files": {"uz": "Yaratilgan fayllar", "ru": "Созданные файлы", "en": "Generated files"},
    "download": {
        "uz": "Daftarni yuklab olish",
        "ru": "Скачать тетрадь",
        "en": "Download the notebook",
    },
    "download_module": {
        "uz": "Modulni yuklab olish: barcha daftarlar va ularning ma'lumotlari (zip)",
        "ru": "Скачать модуль: все тетради и их данные (zip)",
        "en": "Download the module: every notebook with its data (zip)",
    },
    "notebooks_and_data": {
        "uz": "Daftarlar va ma'lumotlar",
        "ru": "Тетради и данные",
        "en": "Notebooks and data",
    },
    "notebook": {"uz": "Daftar", "ru": "Тетрадь", "en": "Notebook"},
    "kind": {"uz": "Turi", "ru": "Вид", "en": "Kind"},
    "kind_practice": {"uz": "Mashq qilish", "ru": "Практика", "en": "Practice"},
    "kind_assessment": {
        "uz": "Baholanadigan mashq",
        "ru": "Оцениваемое задание",
        "en": "Assessment",
    },
    "estimated_time": {"uz": "Taxminiy vaqt", "ru": "Примерное время", "en": "Estimated time"},
    "total_time": {"uz": "Jami", "ru": "Всего", "en": "Total"},
    "min": {"uz": "daq.", "ru": "мин", "en": "min"},
    "title": {"uz": "Nomi", "ru": "Название", "en": "Title"},
    "holds": {"uz": "Nima bor", "ru": "Что внутри", "en": "What it holds"},
    "tables_rows": {"uz": "Jadvallar (qatorlar)", "ru": "Таблицы (строк)", "en": "Tables (rows)"},
    "used_in": {"uz": "Qaysi modullarda", "ru": "В каких модулях", "en": "Used in modules"},
    "replications_used": {
        "uz": "Quyidagi hisobot **{used}** ta takror (replikatsiya) bilan hisoblangan. "
        "Ssenariy faylida {asked} ta ko'rsatilgan: sayt tez qurilishi uchun odatda "
        "kamroq ishlatiladi. To'liq hisob uchun: `malaka simulate {file}`.",
        "ru": "Отчёт ниже рассчитан по **{used}** прогонам (репликациям). Файл сценария "
        "задаёт {asked}: для быстрой сборки сайта обычно берут меньше. Полный расчёт: "
        "`malaka simulate {file}`.",
        "en": "The report below was computed from **{used}** replications. The scenario file "
        "asks for {asked}: the site build usually runs fewer to stay fast. For the full run: "
        "`malaka simulate {file}`.",
    },
    "replications_same": {
        "uz": "Quyidagi hisobot **{used}** ta takror (replikatsiya) bilan hisoblangan.",
        "ru": "Отчёт ниже рассчитан по **{used}** прогонам (репликациям).",
        "en": "The report below was computed from **{used}** replications.",
    },
    "replications_in_report": {
        "uz": "{asked} (faylda); hisobotda: {used}",
        "ru": "{asked} (в файле); в отчёте: {used}",
        "en": "{asked} (in the file); in the report: {used}",
    },
    "timetable_incomplete": {
        "uz": "Jadvalni hali tuzib bo'lmaydi",
        "ru": "Расписание пока не построить",
        "en": "The timetable cannot be built yet",
    },
    "erlang": {
        "uz": "Erlang C bilan tekshiruv",
        "ru": "Проверка по формуле Эрланга C",
        "en": "Validation against Erlang C",
    },
    "illustrative": {
        "uz": "Raqamlar namunaviy: ular haqiqiy statistikani emas, o'quv holatini ko'rsatadi.",
        "ru": "Числа иллюстративные: это учебная ситуация, а не реальная статистика.",
        "en": "The numbers are illustrative: a teaching situation, not real statistics.",
    },
}


def t(key: str, lang: str) -> str:
    """The UI string ``key`` in ``lang``."""
    return TEXT[key][lang]
