"""What planners read, in their language: one label table, names of scenario parts, numbers.

Reports (``report.md``, ``plan.md``, ``compare.md`` and their plots) are written in one language,
``uz``, ``ru`` or ``en``: the one asked for (``--lang``), else the scenario's ``language``, else
Uzbek. A pool, stage, channel, category or agency is named by its ``title`` in the scenario
when it has one, else by the taxonomy (:mod:`malaka.taxonomy`) or :data:`NAMES`, else by its
id. Shares are printed as percentages and times in hours or days, with a decimal comma in
Uzbek and Russian.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Final, Literal

from malaka import taxonomy

if TYPE_CHECKING:
    from malaka.simulations.scenario import Scenario

Lang = Literal["uz", "ru", "en"]
LANGS: Final[tuple[Lang, ...]] = ("uz", "ru", "en")

#: Names of the scenario ids the taxonomy does not hold (staff pools and stages), (uz, ru, en).
NAMES: Final[dict[str, tuple[str, str, str]]] = {
    "registry": ("Devonxona", "Канцелярия", "Registry"),
    "appeals_office": ("Murojaatlar bo'limi", "Отдел по обращениям", "Appeals office"),
    "hotline": ("Ishonch telefoni", "Телефон доверия", "Hotline"),
    "officers": ("Xodimlar", "Сотрудники", "Officers"),
    "registration": ("Ro'yxatga olish", "Регистрация", "Registration"),
    "triage": ("Saralash", "Сортировка", "Triage"),
    "handling": ("Ko'rib chiqish", "Рассмотрение", "Handling"),
    "answer": ("Javob", "Ответ", "Answer"),
    "hotline_call": ("Qo'ng'iroq", "Звонок", "Call"),
    "service": ("Xizmat", "Обслуживание", "Service"),
}

#: Words and sentences of the reports, (uz, ru, en).
TEXT: Final[dict[str, tuple[str, str, str]]] = {
    # KPIs, in the order reports list them (on-time share first)
    "on_time_share": (
        "Muddatida javob berilgan ulush",
        "Доля ответов в срок",
        "Share answered on time",
    ),
    "time_to_answer_mean_h": (
        "Javob berish vaqti, o'rtacha",
        "Время ответа, среднее",
        "Time to answer, mean",
    ),
    "time_to_answer_p50_h": (
        "Javob berish vaqti, mediana",
        "Время ответа, медиана",
        "Time to answer, median",
    ),
    "time_to_answer_p90_h": (
        "Javob berish vaqti, 90-persentil",
        "Время ответа, 90-й процентиль",
        "Time to answer, 90th percentile",
    ),
    "time_to_answer_p95_h": (
        "Javob berish vaqti, 95-persentil",
        "Время ответа, 95-й процентиль",
        "Time to answer, 95th percentile",
    ),
    "backlog_mean": (
        "Ko'rib chiqilmagan murojaatlar, o'rtacha",
        "Незакрытые обращения, в среднем",
        "Backlog, time average",
    ),
    "repeat_rate": ("Takroriy murojaatlar ulushi", "Доля повторных обращений", "Repeat rate"),
    "abandonment_rate": (
        "Uzilgan qo'ng'iroqlar ulushi",
        "Доля прерванных звонков",
        "Abandoned calls",
    ),
    "overdue_request_share": (
        "Muddati o'tgan idoralararo so'rovlar",
        "Просроченные межведомственные запросы",
        "Overdue inter-agency requests",
    ),
    "utilisation": ("Bandlik", "Загрузка", "Utilisation"),
    # the simulation report
    "report_title": ("Simulyatsiya hisoboti", "Отчёт о моделировании", "Simulation report"),
    "report_headline": ("Asosiy ko'rsatkichlar", "Основные показатели", "Headline measures"),
    "by_category": (
        "Toifalar bo'yicha muddatida javob",
        "Ответы в срок по категориям",
        "Answered on time by category",
    ),
    "by_channel": (
        "Kanallar bo'yicha muddatida javob",
        "Ответы в срок по каналам",
        "Answered on time by channel",
    ),
    "backlog": (
        "Vaqt bo'yicha ko'rib chiqilmagan murojaatlar",
        "Незакрытые обращения во времени",
        "Backlog over time",
    ),
    "report_utilisation": (
        "Xodimlar guruhlarining bandligi",
        "Загрузка групп сотрудников",
        "Utilisation by staff pool",
    ),
    "run": ("Hisob-kitob haqida", "О расчёте", "About this run"),
    "appeals": ("Murojaatlar", "Обращения", "Appeals"),
    "category": ("Toifa", "Категория", "Category"),
    "channel": ("Kanal", "Канал", "Channel"),
    "day": ("Kun", "День", "Day"),
    "report_numbers": (
        "Raqamlar: {replications} takrorlanish bo'yicha o'rtacha va 95 % ishonch oralig'i.",
        "Числа: среднее по {replications} повторам и 95-процентный доверительный интервал.",
        "Numbers: the mean over {replications} replications and its 95 % confidence interval.",
    ),
    # words
    "hours": ("soat", "ч", "h"),
    "days": ("kun", "дн.", "days"),
    "money": ("so'm", "сум", "so'm"),
    "points": ("f. p.", "п. п.", "p.p."),  # percentage points
    "per_week": ("haftasiga", "в неделю", "a week"),
    "per_month": ("oyiga", "в месяц", "a month"),
    "replications": ("takrorlanish", "повторов", "replications"),
    "kpi": ("Ko'rsatkich", "Показатель", "Measure"),
    "value": ("Qiymat (95 % ishonch oralig'i)", "Значение (95 % ДИ)", "Value (95 % CI)"),
    "pool": ("Guruh", "Группа", "Pool"),
    "shifts": ("Smenalar", "Смены", "Shifts"),
    "posts": ("Lavozimlar", "Посты", "Posts"),
    "people": ("Odamlar", "Люди", "People"),
    "every_day": ("har kuni", "ежедневно", "every day"),
    "yes": ("ha", "да", "yes"),
    "no": ("**yo'q**", "**нет**", "**no**"),
    "tie": ("durang", "ничья", "tie"),
    # plan
    "plan_title": ("Shtat rejasi", "План штатной численности", "Staffing plan"),
    "plan_target": (
        "Maqsad: barcha murojaatlarning **{target}** qonuniy muddatda javob oladi; uzilgan "
        "qo'ng'iroq muddatida javob berilmagan deb hisoblanadi. Oraliqlar: {confidence} ishonch, "
        "har bir shtat uchun {first} dan {most} gacha takrorlanish (oraliq maqsadni o'z ichiga "
        "olguncha ko'paytiriladi), seed `{seed}`.",
        "Цель: **{target}** всех обращений получают ответ в срок, установленный законом; "
        "прерванный звонок считается ответом не в срок. Интервалы: доверие {confidence}, "
        "от {first} до {most} повторов на вариант (добавляются, пока интервал содержит цель), "
        "seed `{seed}`.",
        "Target: **{target}** of all appeals answered within the legal deadline; an abandoned "
        "call counts as not answered on time. Intervals: {confidence} confidence, {first} to "
        "{most} replications per staffing (more while the interval contains the target), seed "
        "`{seed}`.",
    ),
    "plan_best": ("Tavsiya etilgan shtat", "Рекомендуемая численность", "Recommended staffing"),
    "plan_not_reached": (
        "Maqsadga erishilmadi.",
        "Цель не достигнута.",
        "The target was not reached.",
    ),
    "plan_on_time": (
        "Muddatida javob: **{share}**, {replications} takrorlanish; uzilgan qo'ng'iroqlar "
        "murojaatlarning {abandoned}",
        "Ответы в срок: **{share}**, повторов: {replications}; прерванные звонки — {abandoned} "
        "обращений",
        "Answered on time: **{share}** over {replications} replications; abandoned calls "
        "{abandoned} of appeals",
    ),
    "plan_people": (
        "Lavozimlar: {posts}; odamlar: {people} (lavozimning haftalik soatlari / haftasiga "
        "{hours} soat, xodim vaqtning {availability} ida ishda: ta'til, kasallik, o'qish)",
        "Посты: {posts}; люди: {people} (часы поста в неделю / {hours} ч в неделю на "
        "сотрудника, на месте {availability} времени: отпуск, болезнь, учёба)",
        "Posts: {posts}; people: {people} (a post's weekly hours over {hours} hours a week per "
        "officer, present {availability} of the time: leave, sickness, training)",
    ),
    "plan_cost": (
        "Xodimlar xarajati: haftasiga {week}, oyiga {month}",
        "Расходы на персонал: {week} в неделю, {month} в месяц",
        "Staff cost: {week} a week, {month} a month",
    ),
    "plan_recheck": (
        "Yangi murojaatlarda qayta tekshiruv ({replications} takrorlanish, seed `{seed}`): "
        "{share}; maqsadga erishish ehtimoli: **{probability}**",
        "Перепроверка на новых обращениях (повторов: {replications}, seed `{seed}`): {share}; "
        "вероятность достичь цели: **{probability}**",
        "Re-checked on fresh appeals ({replications} replications, seed `{seed}`): {share}; "
        "estimated probability that it meets the target: **{probability}**",
    ),
    "plan_why": (
        "Nega kamroq emas: bittadan lavozim kam bo'lgan har bir variant xuddi shunday baholandi.",
        "Почему не меньше: каждый вариант с одним постом меньше оценён так же.",
        "Why not fewer: every staffing with one post fewer, judged the same way.",
    ),
    "plan_fewer_on": (
        "Bitta lavozim kam",
        "На один пост меньше",
        "One post fewer on",
    ),
    "plan_meets": ("Maqsadga yetadimi", "Достигает цели", "Meets the target"),
    "plan_last_post": (
        "yo'q: guruhning oxirgi lavozimi",
        "нет: последний пост группы",
        "no: the pool's last post",
    ),
    "plan_tie_note": (
        "Durang: bittadan lavozim kam bo'lgan ba'zi variant maqsadga juda yaqin, {most} "
        "takrorlanishda ham ajratib bo'lmadi; reja lavozimni qoldiradi. Boshqa seed uni olib "
        "tashlashi mumkin: ikkala javob ham simulyatsiya aniqligi doirasida.",
        "Ничья: какой-то вариант с одним постом меньше так близок к цели, что за {most} "
        "повторов его не отличить; план оставляет пост. С другим seed его могут убрать: оба "
        "ответа в пределах точности моделирования.",
        "A tie: some staffing with one post fewer is too close to the target to tell apart "
        "within {most} replications; the plan keeps the post. Another seed may drop it: both "
        "answers are within the simulation's precision.",
    ),
    "plan_rules": (
        "Analitik qoidalar va simulyatsiya bahosi",
        "Аналитические правила и их оценка моделированием",
        "Analytic rules, judged by simulation",
    ),
    "plan_rule": ("Qoida", "Правило", "Rule"),
    "square_root": ("Kvadrat ildiz qoidasi", "Правило квадратного корня", "Square-root rule"),
    "sipp": ("SIPP (soatbay Erlang C)", "SIPP (Эрланг C по часам)", "SIPP (hourly Erlang C)"),
    "mol": (
        "MOL (o'zgartirilgan yuklama)",
        "MOL (модифицированная нагрузка)",
        "MOL (modified offered load)",
    ),
    "plan_as_written": ("ssenariydagi", "как в сценарии", "as written"),
    "plan_simulation": ("simulyatsiya (eng yaxshi)", "моделирование (лучший)", "simulation (best)"),
    "plan_cost_week": ("Xarajat, haftasiga", "Расходы в неделю", "Cost per week"),
    "plan_staffing": ("Shtat", "Штат", "Staffing"),
    "plan_frontier": (
        "Lavozimlar soni va muddatida javob",
        "Число постов и доля ответов в срок",
        "Posts against share answered on time",
    ),
    "plan_lower": ("Pastki chegara", "Нижняя граница", "Lower bound"),
    "plan_loads": ("Guruhlar yuklamasi", "Нагрузка групп", "Load per pool"),
    "plan_notes": ("Izohlar", "Примечания", "Notes"),
    "plan_evaluated": ("baholangan", "оценённые", "evaluated"),
    "plan_best_mark": ("tanlangan", "выбранный", "chosen"),
    # compare
    "compare_title": ("Taqqoslash", "Сравнение", "Comparison"),
    "compare_intro": (
        "Ikkala ssenariy bir xil tasodifiy sonlar bilan ishga tushirildi (seed `{seed}`, "
        "{replications} takrorlanish): farq o'zgarishning o'zidan. B − A, {confidence} ishonch "
        "oralig'i bilan.",
        "Оба сценария запущены с одними и теми же случайными числами (seed `{seed}`, "
        "повторов: {replications}): разница — от самого изменения. B − A с доверительным "
        "интервалом {confidence}.",
        "Both scenarios ran on the same random numbers (seed `{seed}`, {replications} "
        "replications), so the difference comes from the change. B − A with its {confidence} "
        "confidence interval.",
    ),
    "compare_difference": ("Farq B − A", "Разница B − A", "Difference B − A"),
    "compare_verdict": ("Xulosa", "Вывод", "Verdict"),
    "compare_better": ("B yaxshiroq", "B лучше", "B is better"),
    "compare_worse": ("B yomonroq", "B хуже", "B is worse"),
    "compare_same": ("farqlab bo'lmaydi", "не различимы", "not distinguishable"),
    "compare_sentence_better": (
        "{kpi}: B yaxshiroq ({a} → {b}, farq {diff}).",
        "{kpi}: B лучше ({a} → {b}, разница {diff}).",
        "{kpi}: B is better ({a} → {b}, difference {diff}).",
    ),
    "compare_sentence_worse": (
        "{kpi}: B yomonroq ({a} → {b}, farq {diff}).",
        "{kpi}: B хуже ({a} → {b}, разница {diff}).",
        "{kpi}: B is worse ({a} → {b}, difference {diff}).",
    ),
    "compare_sentence_same": (
        "{kpi}: farqlab bo'lmaydi ({a} va {b}; farq oralig'i nolni o'z ichiga oladi).",
        "{kpi}: не различимы ({a} и {b}; интервал разницы содержит ноль).",
        "{kpi}: not distinguishable ({a} and {b}; the interval of the difference contains zero).",
    ),
    "compare_plot": (
        "B − A farqlari, ishonch oralig'i bilan (0 ga nisbatan)",
        "Разницы B − A с доверительными интервалами (относительно 0)",
        "Differences B − A with confidence intervals (against 0)",
    ),
    "compare_plot_x": (
        "Farq (foiz punkti yoki soat)",
        "Разница (п. п. или часы)",
        "Difference (percentage points or hours)",
    ),
}


#: Short weekday names, Monday first, (uz, ru, en).
WEEKDAYS: Final[dict[str, tuple[str, str, str]]] = {
    "mon": ("Du", "пн", "Mon"),
    "tue": ("Se", "вт", "Tue"),
    "wed": ("Ch", "ср", "Wed"),
    "thu": ("Pa", "чт", "Thu"),
    "fri": ("Ju", "пт", "Fri"),
    "sat": ("Sh", "сб", "Sat"),
    "sun": ("Ya", "вс", "Sun"),
}


def days(day_ids: list[str], lang: Lang) -> str:
    """Working days of a shift: 'every day', a run 'Du–Ju', or a list 'Du, Ch'."""
    order = list(WEEKDAYS)
    chosen = sorted(day_ids, key=order.index)
    if len(chosen) == 7:
        return text("every_day", lang)
    names = [WEEKDAYS[d][LANGS.index(lang)] for d in chosen]
    idx = [order.index(d) for d in chosen]
    if len(idx) > 2 and idx == list(range(idx[0], idx[-1] + 1)):
        return f"{names[0]}–{names[-1]}"
    return ", ".join(names)


def pick(requested: str | None, scenario: Scenario | None = None) -> Lang:
    """The report language: ``requested``, else the scenario's, else Uzbek."""
    lang = requested or (scenario.language if scenario is not None else None) or "uz"
    for known in LANGS:
        if lang == known:
            return known
    raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")


def text(key: str, lang: Lang, **values: object) -> str:
    """A word or sentence of the reports in ``lang``, with ``values`` filled in."""
    phrase = TEXT[key][LANGS.index(lang)]
    return phrase.format(**values) if values else phrase


def name(item_id: str, lang: Lang, scenario: Scenario | None = None) -> str:
    """The name of a pool, stage, channel, category, agency or KPI in ``lang``."""
    if scenario is not None:
        parts: list[Any] = [
            *scenario.pools,
            *scenario.stages,
            *scenario.channels,
            *scenario.categories,
            *scenario.agencies,
        ]
        for part in parts:
            if part.id == item_id and part.title is not None:
                return str(getattr(part.title, lang))
    if item_id in TEXT:
        return TEXT[item_id][LANGS.index(lang)]
    if item_id in NAMES:
        return NAMES[item_id][LANGS.index(lang)]
    try:
        return taxonomy.name(item_id, lang)
    except KeyError:
        return item_id


def number(x: float, lang: Lang, digits: int = 1) -> str:
    """``x`` with ``digits`` decimals, a decimal comma in Uzbek and Russian, thin groups."""
    if not math.isfinite(x):
        return "—"
    out = f"{x:,.{digits}f}".replace(",", "\u202f")
    return out.replace(".", ",") if lang != "en" else out


def percent(share: float | None, lang: Lang, digits: int = 1) -> str:
    """A share as a percentage: ``97,5 %``."""
    if share is None or not math.isfinite(share):
        return "—"
    return f"{number(100 * share, lang, digits)} %"


def interval(share: float, lower: float, upper: float, lang: Lang) -> str:
    """``97,5 % (96,7–98,1 %)``."""
    if not math.isfinite(share):
        return "—"
    lo, hi = number(100 * lower, lang), number(100 * upper, lang)
    return f"{percent(share, lang)} ({lo}–{hi} %)"


def hours(h: float | None, lang: Lang) -> str:
    """A duration: in hours under two days, else in days with the hours beside."""
    if h is None or not math.isfinite(h):
        return "—"
    if abs(h) < 48:
        return f"{number(h, lang)} {text('hours', lang)}"
    days = f"{number(h / 24, lang)} {text('days', lang)}"
    return f"{days} ({number(h, lang, 0)} {text('hours', lang)})"


def money(amount: float | None, lang: Lang) -> str:
    """So'm, in whole units with grouped thousands."""
    if amount is None or not math.isfinite(amount):
        return "—"
    return f"{number(amount, lang, 0)} {text('money', lang)}"
