"""What a practice check says, in the notebook's language.

Every message names what is wrong and what to try, for a reader who has never programmed;
none reveals the answer (the solution is one call away for whoever wants it).
"""

from __future__ import annotations

from typing import Any

from malaka.cyrillic import message_for

Texts = dict[str, str]

KINDS: dict[str, Texts] = {
    "num": {"uz": "son", "ru": "число", "en": "a number"},
    "str": {"uz": "matn", "ru": "текст", "en": "a text"},
    "bool": {"uz": "True yoki False", "ru": "True или False", "en": "True or False"},
    "none": {"uz": "None (bo'sh qiymat)", "ru": "None (пустое значение)", "en": "None"},
    "list": {"uz": "ro'yxat", "ru": "список", "en": "a list"},
    "set": {"uz": "to'plam", "ru": "множество", "en": "a set"},
    "dict": {"uz": "lug'at (dict)", "ru": "словарь (dict)", "en": "a dict"},
    "series": {
        "uz": "ustun (pandas Series)",
        "ru": "столбец (pandas Series)",
        "en": "a column (pandas Series)",
    },
    "frame": {
        "uz": "jadval (pandas DataFrame)",
        "ru": "таблица (pandas DataFrame)",
        "en": "a table (pandas DataFrame)",
    },
    "time": {"uz": "sana", "ru": "дата", "en": "a date"},
    "delta": {"uz": "vaqt oralig'i", "ru": "промежуток времени", "en": "a time span"},
    "bars": {"uz": "ustunli diagramma", "ru": "столбчатая диаграмма", "en": "a bar chart"},
    "calls": {"uz": "funksiya", "ru": "функция", "en": "a function"},
    "other": {"uz": "boshqa turdagi qiymat", "ru": "значение другого типа", "en": "something else"},
    "nofile": {"uz": "fayl", "ru": "файл", "en": "a file"},
    "badfile": {"uz": "fayl", "ru": "файл", "en": "a file"},
}

MESSAGES: dict[str, Texts] = {
    "pass": {
        "uz": "To'g'ri! {q} bajarildi.",
        "ru": "Верно! {q} выполнен.",
        "en": "Correct! {q} is done.",
    },
    "not_answered": {
        "uz": "{q}: `{name}` hali yo'q. Javob katagini to'ldiring va ishga tushiring "
        "(Shift+Enter), keyin tekshiruvni qayta ishga tushiring.",
        "ru": "{q}: `{name}` ещё не задан. Заполните ячейку ответа и выполните её "
        "(Shift+Enter), затем снова запустите проверку.",
        "en": "{q}: `{name}` does not exist yet. Fill in the answer cell, run it (Shift+Enter), "
        "then run the check again.",
    },
    "blank": {
        "uz": "{q}: javob katagida hali `____` turibdi. Uni to'g'ri qiymat bilan almashtiring.",
        "ru": "{q}: в ячейке ответа ещё стоит `____`. Замените его нужным значением.",
        "en": "{q}: the answer cell still holds `____`. Replace it with the right value.",
    },
    "type": {
        "uz": "{q}: `{name}` {want} bo'lishi kerak, sizda esa {got}.",
        "ru": "{q}: `{name}` должно быть: {want}, а у вас: {got}.",
        "en": "{q}: `{name}` should be {want}, but it is {got}.",
    },
    "value": {
        "uz": "{q}: `{name}` = {got} — bu to'g'ri emas. Shartni qayta o'qing.",
        "ru": "{q}: `{name}` = {got} — это неверно. Перечитайте условие.",
        "en": "{q}: `{name}` = {got} is not right. Read the task again.",
    },
    "length": {
        "uz": "{q}: `{name}` da {got} ta element, kerakli javobda {want} ta.",
        "ru": "{q}: в `{name}` {got} элемент(ов), а в верном ответе {want}.",
        "en": "{q}: `{name}` has {got} items; the right answer has {want}.",
    },
    "items": {
        "uz": "{q}: `{name}` dagi elementlar kerakli javobdagidan farq qiladi.",
        "ru": "{q}: элементы `{name}` отличаются от верного ответа.",
        "en": "{q}: the items of `{name}` differ from the right answer.",
    },
    "order": {
        "uz": "{q}: qiymatlar to'g'ri, lekin tartibi emas. Saralashni tekshiring.",
        "ru": "{q}: значения верные, но порядок нет. Проверьте сортировку.",
        "en": "{q}: the values are right but not their order. Check the sorting.",
    },
    "index": {
        "uz": "{q}: `{name}` ning yorliqlari (indeks) boshqa. Yetishmaydi: {missing}; "
        "ortiqcha: {extra}.",
        "ru": "{q}: у `{name}` другие метки (индекс). Не хватает: {missing}; лишние: {extra}.",
        "en": "{q}: the labels (index) of `{name}` differ. Missing: {missing}; extra: {extra}.",
    },
    "labels_value": {
        "uz": "{q}: yorliqlar to'g'ri, lekin shu qatorlardagi qiymatlar emas: {labels}.",
        "ru": "{q}: метки верные, но значения в этих строках нет: {labels}.",
        "en": "{q}: the labels are right but not the values for: {labels}.",
    },
    "columns": {
        "uz": "{q}: `{name}` ustunlari boshqa. Yetishmaydi: {missing}; ortiqcha: {extra}.",
        "ru": "{q}: у `{name}` другие столбцы. Не хватает: {missing}; лишние: {extra}.",
        "en": "{q}: the columns of `{name}` differ. Missing: {missing}; extra: {extra}.",
    },
    "rows": {
        "uz": "{q}: `{name}` da {got} ta qator, kerakli javobda {want} ta. Filtrni tekshiring.",
        "ru": "{q}: в `{name}` {got} строк(и), а в верном ответе {want}. Проверьте фильтр.",
        "en": "{q}: `{name}` has {got} rows; the right answer has {want}. Check the filter.",
    },
    "cells": {
        "uz": "{q}: qatorlar soni to'g'ri, lekin ba'zi qiymatlar boshqa.",
        "ru": "{q}: число строк верное, но некоторые значения отличаются.",
        "en": "{q}: the number of rows is right, but some values differ.",
    },
    "bars_count": {
        "uz": "{q}: diagrammada {got} ta ustun, kerak {want} ta.",
        "ru": "{q}: на диаграмме {got} столбц(ов), нужно {want}.",
        "en": "{q}: the chart has {got} bars; it needs {want}.",
    },
    "bars_heights": {
        "uz": "{q}: diagramma ustunlarining balandligi boshqa: qaysi sonlarni chizyapsiz?",
        "ru": "{q}: высоты столбцов другие: какие числа вы рисуете?",
        "en": "{q}: the bar heights differ: which numbers are you plotting?",
    },
    "bars_labels": {
        "uz": "{q}: ustunlar to'g'ri, lekin ularning nomlari (tartibi) boshqa.",
        "ru": "{q}: столбцы верные, но их подписи (порядок) другие.",
        "en": "{q}: the bars are right but their labels (order) differ.",
    },
    "call": {
        "uz": "{q}: `{name}({args})` {got} qaytardi — bu to'g'ri emas.",
        "ru": "{q}: `{name}({args})` вернула {got} — это неверно.",
        "en": "{q}: `{name}({args})` returned {got}, which is not right.",
    },
    "call_raised": {
        "uz": "{q}: `{name}({args})` xato berdi ({error}).",
        "ru": "{q}: `{name}({args})` выдала ошибку ({error}).",
        "en": "{q}: `{name}({args})` raised an error ({error}).",
    },
    "nofile": {
        "uz": "{q}: `{name}` ko'rsatgan fayl topilmadi. Faylni saqlagan katakni ishga tushiring.",
        "ru": "{q}: файл, на который указывает `{name}`, не найден. Выполните ячейку сохранения.",
        "en": "{q}: the file `{name}` names does not exist. Run the cell that saves it.",
    },
    "badfile": {
        "uz": "{q}: `{name}` dagi faylni CSV sifatida o'qib bo'lmadi.",
        "ru": "{q}: файл из `{name}` не читается как CSV.",
        "en": "{q}: the file in `{name}` cannot be read as CSV.",
    },
    "try_hint": {
        "uz": "Maslahat kerakmi? `{q}.hint()` ni ishga tushiring.",
        "ru": "Нужна подсказка? Выполните `{q}.hint()`.",
        "en": "Need a hint? Run `{q}.hint()`.",
    },
    "no_hint": {
        "uz": "Bu savolga boshqa maslahat yo'q. Yechimni ko'ring: `{q}.solution()`.",
        "ru": "Других подсказок нет. Посмотрите решение: `{q}.solution()`.",
        "en": "There is no further hint. See the solution: `{q}.solution()`.",
    },
    "hint_title": {"uz": "Maslahat", "ru": "Подсказка", "en": "Hint"},
    "solution_title": {"uz": "Yechim", "ru": "Решение", "en": "Solution"},
    "question": {"uz": "{n}-savol", "ru": "Вопрос {n}", "en": "Question {n}"},
    "show_comment": {
        "uz": "# Maslahat yoki yechim kerak bo'lsa, qator boshidagi # belgisini o'chiring:",
        "ru": "# Нужна подсказка или решение? Удалите знак # в начале строки:",
        "en": "# Need a hint or the solution? Delete the # at the start of a line:",
    },
    "minutes": {
        "uz": "*Taxminiy vaqt: {minutes} daqiqa.*",
        "ru": "*Примерное время: {minutes} мин.*",
        "en": "*Estimated time: {minutes} minutes.*",
    },
    "not_released": {
        "uz": "Bu daftarning tekshiruv fayli topilmadi ({path}). O'qituvchiga murojaat qiling.",
        "ru": "Файл проверок этой тетради не найден ({path}). Обратитесь к преподавателю.",
        "en": "This notebook's check file is missing ({path}). Ask the instructor.",
    },
}


def say(key: str, lang: str, **params: Any) -> str:
    """Message ``key`` in ``lang`` with ``params`` filled in."""
    values = {
        k: (", ".join(map(str, v)) or "—") if isinstance(v, list) else v for k, v in params.items()
    }
    if "want" in values and key == "type":
        values["want"] = message_for(lang, KINDS.get(str(values["want"]), KINDS["other"]))
        values["got"] = message_for(lang, KINDS.get(str(values["got"]), KINDS["other"]))
    return message_for(lang, MESSAGES[key]).format(**values)
