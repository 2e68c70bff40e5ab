"""Plain-language notes under the errors a beginner meets first, in the notebook's language.

The usual traceback stays (an instructor needs it); one sentence under it says what the error
usually means and what to do. Installed by :func:`malaka.practice.attach` through IPython's
public ``set_custom_exc``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from malaka.cyrillic import message_for
from malaka.practice.messages import Texts

NOTES: dict[str, Texts] = {
    "blank": {
        "uz": "Katakda hali `____` turibdi: uni to'g'ri qiymat bilan almashtiring.",
        "ru": "В ячейке ещё стоит `____`: замените его нужным значением.",
        "en": "The cell still holds `____`: replace it with the right value.",
    },
    "NameError": {
        "uz": "`{name}` degan nom hali yo'q. Yozilishini tekshiring yoki yuqoridagi kataklarni "
        "ishga tushiring (Run → Run All Above Selected Cell).",
        "ru": "Имени `{name}` ещё нет. Проверьте написание или выполните ячейки выше "
        "(Run → Run All Above Selected Cell).",
        "en": "There is no `{name}` yet. Check the spelling or run the cells above "
        "(Run → Run All Above Selected Cell).",
    },
    "KeyError": {
        "uz": "Bunday ustun yoki yorliq yo'q: {name}. Nomini tekshiring (katta-kichik harf, "
        "bo'sh joy). Ustunlar ro'yxati: `jadval.columns`.",
        "ru": "Нет такого столбца или метки: {name}. Проверьте название (регистр, пробелы). "
        "Список столбцов: `таблица.columns`.",
        "en": "No such column or label: {name}. Check the name (case, spaces). The columns "
        "are listed by `table.columns`.",
    },
    "FileNotFoundError": {
        "uz": "Fayl topilmadi. Fayl yo'lini tekshiring: ma'lumotlar `data/` papkasida.",
        "ru": "Файл не найден. Проверьте путь: данные лежат в папке `data/`.",
        "en": "File not found. Check the path: the data is in the `data/` folder.",
    },
    "AttributeError": {
        "uz": "Bu obyektda bunday metod yoki ustun yo'q. Nuqtadan keyingi so'zni tekshiring.",
        "ru": "У этого объекта нет такого метода или столбца. Проверьте слово после точки.",
        "en": "This object has no such method or column. Check the word after the dot.",
    },
    "SyntaxError": {
        "uz": "Yozuvda xato: qavslar, qo'shtirnoqlar va vergullarni tekshiring.",
        "ru": "Ошибка в записи: проверьте скобки, кавычки и запятые.",
        "en": "A typing mistake: check brackets, quotes and commas.",
    },
}


def note_for(error: BaseException, lang: str) -> str | None:
    """The plain-language note for ``error`` in ``lang`` (``None`` when there is none)."""
    kind = type(error).__name__
    if isinstance(error, NameError):
        name = getattr(error, "name", None) or "?"
        if name == "____":
            return message_for(lang, NOTES["blank"])
        return message_for(lang, NOTES["NameError"]).format(name=name)
    if isinstance(error, KeyError):
        return message_for(lang, NOTES["KeyError"]).format(name=str(error))
    if kind in NOTES:
        return message_for(lang, NOTES[kind])
    return None


def install(lang_of: Callable[[], str]) -> bool:
    """Add the notes to this IPython session; ``False`` outside IPython."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return False
    shell = get_ipython()
    if shell is None:
        return False

    def handler(
        self: Any, etype: type[BaseException], value: BaseException, tb: Any, tb_offset: Any = None
    ) -> None:
        if isinstance(value, SyntaxError):
            self.showsyntaxerror()
        else:
            self.showtraceback((etype, value, tb), tb_offset=tb_offset)
        note = note_for(value, lang_of())
        if note:
            print(f"\n👉 {note}")

    shell.set_custom_exc(
        (NameError, KeyError, FileNotFoundError, AttributeError, SyntaxError), handler
    )
    return True
