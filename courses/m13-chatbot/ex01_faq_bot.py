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
# # 1-mashq. Savol-javob chat-boti: qidiruv, chegara, xodimga uzatish
#
# Bot fuqaro savoliga **tasdiqlangan shablonlardan** birini tanlab javob beradi: u o'z matnini
# to'qimaydi. Buning uchun savolni oldindan belgilangan namunaviy savollar (`train`) bilan
# solishtiradi (TF-IDF, belgi n-grammalari) va eng o'xshashining javobini oladi. O'xshashlik
# chegaradan past bo'lsa yoki savolda favqulodda holat, jinoyat, xodim ustidan shikoyat yoki
# shaxsiy ish belgisi bo'lsa — **xodimga uzatadi**.
#
# Nega katta til modeli (LLM) emas? Politsiya boti faqat **tasdiqlangan matnni** aytishi kerak:
# qidiruv boti javob o'ylab topa olmaydi, har bir javobini shablon raqami bilan tekshirish mumkin,
# internet va kuchli kompyutersiz ishlaydi (ma'lumot tashqariga chiqmaydi).
#
# Jadval `questions`: `text` — fuqaro savoli (o'zbek lotin, kirill yoki rus tilida),
# `template_id` — to'g'ri shablon yoki `officer`, `reason` — uzatish sababi, `split` — `train`
# (bot namunalari), `valid` (chegarani tanlash), `test` (yakuniy o'lchov: bot ham, chegara ham bu
# savollarni ko'rmagan). Hammasi **sintetik**. Savollarda **ataylab** xatolar bor, fuqarolar
# yozganidek: imlo xatolari (`paspportimni`), tutuq belgisi yo'q yoki boshqacha (`yoqotdim`,
# `yoʻqotdim`), rus klaviaturasida yozilgan kirill matn (`қўпол` o'rniga `купол`), faqat kichik
# yoki katta harflar, tinish belgilarisiz.

# %% [markdown] lang="ru"
# # Упражнение 1. Чат-бот вопросов и ответов: поиск, порог, передача сотруднику
#
# Бот отвечает гражданину одним из **утверждённых шаблонов**: своих текстов он не сочиняет. Для
# этого он сравнивает вопрос с заранее размеченными примерами вопросов (`train`) (TF-IDF,
# символьные n-граммы) и берёт ответ самого похожего. Если сходство ниже порога или в вопросе есть
# признак экстренного случая, преступления, жалобы на сотрудника или личного дела — **передаёт
# сотруднику**.
#
# Почему не большая языковая модель (LLM)? Бот полиции должен говорить только **утверждённый
# текст**: поисковый бот не может выдумать ответ, каждый его ответ проверяется по номеру шаблона,
# и он работает без интернета и мощного компьютера (данные никуда не уходят).
#
# Таблица `questions`: `text` — вопрос гражданина (узбекская латиница, кириллица или русский),
# `template_id` — верный шаблон или `officer`, `reason` — причина передачи, `split` — `train`
# (примеры бота), `valid` (выбор порога), `test` (итоговая оценка: их не видели ни бот, ни порог).
# Всё **синтетическое**. В вопросах **намеренные** ошибки, как пишут граждане: опечатки
# (`paspportimni`), пропущенный или другой апостроф (`yoqotdim`, `yoʻqotdim`), узбекская кириллица с
# русской клавиатуры (`купол` вместо `қўпол`), только строчные или прописные, без знаков препинания.

# %% [markdown] lang="en"
# # Exercise 1. An FAQ chat-bot: retrieval, threshold, hand-over
#
# The bot answers with one of the **approved templates** and never writes its own text: it compares
# the question with labelled example questions (`train`) by TF-IDF over character n-grams and takes
# the answer of the most similar one. Below a similarity threshold, or with a sign of an emergency,
# a crime, a complaint about an officer or a personal case, it **hands over to an officer**.
#
# Why not a large language model? A police bot must say **approved text only**: a retrieval bot
# cannot invent an answer, every answer is checkable by its template id, and it runs offline on a
# modest computer (no data leaves the building). All data are **synthetic**; the questions carry
# noise on purpose, as citizens write: typos, missing or odd apostrophes, Uzbek Cyrillic typed on a
# Russian keyboard (`купол` for `қўпол`), all lower or upper case, no punctuation. `split`: `train`
# (the bot's examples), `valid` (choosing the threshold), `test` (final measurement, unseen).

# %% tags=["setup"]
LANG = "uz"
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

from malaka.datasets.translit import normalise_apostrophes, to_latin
from malaka.grading.checks import check, check_columns, check_defined, check_type

questions = pd.read_csv("data/faq-bot/questions.csv", dtype=str, keep_default_na=False)
templates = pd.read_csv("data/faq-bot/templates.csv", dtype=str, keep_default_na=False)
train = questions[questions["split"] == "train"].reset_index(drop=True)
valid = questions[questions["split"] == "valid"].reset_index(drop=True)
test = questions[questions["split"] == "test"].reset_index(drop=True)
# Tekshiriladigan chegaralar / проверяемые пороги: 0.3, 0.35, ..., 0.9
THRESHOLDS = [round(0.3 + 0.05 * i, 2) for i in range(13)]
# Bu so'zlar bo'lsa, o'xshashlikdan qat'i nazar xodimga / при этих словах — всегда сотруднику
ALWAYS_OFFICER = {
    "emergency": ["102", "hozir", "tez", "pichoq", "urayapti", "qaytmadi", "seychas", "srochno",
                  "pomogite", "noj", "propal", "ne vernul"],
    "crime": ["o'g'irla", "olib qochishdi", "yechib olishdi", "ukral", "ugnal", "obokral", "vyrval",
              "snyali"],
    "officer_complaint": ["pora", "pul so'radi", "qo'pol", "haqorat", "vzyatk", "trebova",
                          "nagrubil", "oskorbil"],
    "personal": ["raqam", "sonli", "nomer", "tergovchi", "sledovatel", "ushlab", "zaderjal"],
}
KEYWORDS = [word for words in ALWAYS_OFFICER.values() for word in words]


def fold(text):
    """One script: Uzbek Cyrillic -> Latin, one apostrophe, lower case (as in the practice)."""
    return normalise_apostrophes(to_latin(text)).lower()


questions.groupby(["split", "script"]).size().unstack()

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): eng o'xshash namunaviy savol
#
# `TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), preprocessor=fold)` har bir savolni
# **2-4 harfli bo'laklar** (n-grammalar) to'plamiga aylantiradi: `pasport` → `pa`, `pas`, `pasp`,
# `as`, ... Imlo xatosi (`apsport`) bir nechta bo'lakni buzadi, qolganlari mos keladi; `fold`
# kirill va lotinni bitta yozuvga keltiradi. Kam uchraydigan bo'laklar (`propis`) ko'p
# uchraydiganlardan (`ni`) og'irroq (TF-IDF). `fit_transform(train["text"])` — namunalar
# "indeksi"; `vec.transform([savol]) @ index.T` — savolning har bir namuna bilan **o'xshashligi**
# (0 — umumiy narsa yo'q, 1 — bir xil). `argmax()` — eng o'xshashining o'rni.

# %% [markdown] lang="ru"
# ## Пример с решением: самый похожий пример вопроса
#
# `TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), preprocessor=fold)` превращает каждый
# вопрос в набор **кусочков по 2-4 буквы** (n-граммы): `pasport` → `pa`, `pas`, `pasp`, `as`, ...
# Опечатка (`apsport`) портит несколько кусочков, остальные совпадают; `fold` приводит кириллицу и
# латиницу к одной письменности. Редкие кусочки (`propis`) весят больше частых (`ni`) (TF-IDF).
# `fit_transform(train["text"])` — «индекс» примеров; `vec.transform([вопрос]) @ index.T` —
# **сходство** вопроса с каждым примером (0 — ничего общего, 1 — одинаковые). `argmax()` — номер
# самого похожего.

# %% [markdown] lang="en"
# ## Worked example: the most similar example question
#
# The vectorizer turns each question into **character pieces of 2-4 letters**; a typo spoils a few
# pieces and the rest still match; `fold` brings Cyrillic and Latin to one script; rare pieces
# weigh more than common ones (TF-IDF). `vec.transform([q]) @ index.T` is the **similarity** of
# the question with every example (0: nothing in common, 1: identical); `argmax()` finds the best.

# %%
vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), preprocessor=fold)
index = vec.fit_transform(train["text"])

question = "Паспортимни йўқотиб қўйдим, нима қилай?"
sims = (vec.transform([question]) @ index.T).toarray()[0]
i = sims.argmax()
print(train.loc[i, "text"], "->", train.loc[i, "template_id"], round(sims[i], 2))
print(templates.set_index("template_id").loc[train.loc[i, "template_id"], "text_uz"])

# %% [markdown] lang="uz"
# **Namuna (yechilgan misol): sanash.** `train` qismida nechta savol rus tilida? Shart `True` yoki
# `False` beradi, `.sum()` `True` larni sanaydi, `int(...)` oddiy butun son qiladi.

# %% [markdown] lang="ru"
# **Пример с решением: подсчёт.** Сколько вопросов части `train` на русском? Условие даёт `True`
# или `False`, `.sum()` считает `True`, `int(...)` делает обычное целое число.

# %% [markdown] lang="en"
# **Worked example: counting.** How many `train` questions are in Russian? The condition gives
# `True` or `False`, `.sum()` counts the `True`s, `int(...)` makes a plain integer.

# %%
n_ru_train = int((train["script"] == "ru").sum())
n_ru_train

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** `test` qismida nechta savol xodimga uzatilishi kerak
# (`template_id` — `"officer"`)? Sonini `n_officer_test` (int) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Namunadagidek, faqat jadval — `test` (butun `questions` emas), ustun — `template_id`, qiymat —
# `"officer"`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** Сколько вопросов части `test` нужно передать сотруднику
# (`template_id` равен `"officer"`)? Запишите число в `n_officer_test` (int).
#
# <details><summary>Подсказка</summary>
#
# Как в примере, только таблица — `test` (не весь `questions`), столбец — `template_id`, значение
# — `"officer"`.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** How many `test` questions must go to an officer
# (`template_id` is `"officer"`)? Store the number in `n_officer_test` (int).
#
# <details><summary>Hint</summary>
#
# As in the worked example, with the table `test` (not all of `questions`), the column
# `template_id` and the value `"officer"`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_officer_test = int((test["template_id"] == "officer").sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_officer_test")
### BEGIN HIDDEN TESTS
_q = judge.ref("questions")
_n = judge.fetch("n_officer_test")
judge.check(
    _n != int((_q["template_id"] == "officer").sum()),
    uz="n_officer_test barcha qismlarda (train, valid, test) sanalgan: faqat test jadvalini oling.",
    ru="n_officer_test посчитан по всем частям (train, valid, test): возьмите только таблицу test.",
    en="n_officer_test counts all parts (train, valid, test): take the test table only.",
)
_t = judge.ref("test")
judge.check(
    _n != int((_t["reason"] == "emergency").sum()),
    uz="Faqat favqulodda holatlar sanalgan: jinoyat, xodim ustidan shikoyat, shaxsiy ish va boshqa "
    "savollar ham xodimga uzatiladi (template_id — \"officer\").",
    ru="Посчитаны только экстренные случаи: преступления, жалобы на сотрудников, личные дела и прочее "
    "тоже передаются сотруднику (template_id — \"officer\").",
    en="Only emergencies were counted: crimes, complaints about officers, personal cases and the rest "
    "go to an officer too (template_id is \"officer\").",
)
judge.value("n_officer_test")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Chuqurlashtirilgan qism
#
# Quyidagi savollar — tahlilchi darajasi (funksiyalar, jadvallar, chegarani tanlash). Har bir savol
# alohida baholanadi: qiyin bo'lsa, maslahatni oching va keyingisiga o'ting.

# %% [markdown] lang="ru"
# ## Углублённая часть
#
# Дальше — вопросы уровня аналитика (функции, таблицы, выбор порога). Каждый вопрос оценивается
# отдельно: если трудно, откройте подсказку и переходите к следующему.

# %% [markdown] lang="en"
# ## Advanced part
#
# Analyst-level questions follow (functions, tables, choosing a threshold). Each is graded on its
# own: if one is hard, open the hint and move on.

# %% [markdown] lang="uz"
# **1-savol (2 ball).** `score_questions(part)` funksiyasini yozing: `part` jadvalining nusxasini
# (`part.copy()`) qaytarsin, unga ikki ustun qo'shilgan bo'lsin — `best` (eng o'xshash `train`
# savolining `template_id` si) va `score` (o'sha o'xshashlik). Namunadagidek, lekin hamma savollar
# uchun bir yo'la. Keyin `scored_valid = score_questions(valid)` va
# `scored_test = score_questions(test)`. Indeks — har doim namunadagi `index` (`train`
# savollari): `valid` yoki `test` dan qurilsa, har bir savol o'zini topadi (o'xshashlik 1).
#
# <details><summary>Maslahat</summary>
#
# `sims = (vec.transform(part["text"]) @ index.T).toarray()` — har bir savol uchun bitta qator;
# `sims.argmax(axis=1)` — har bir qatordagi eng kattasining o'rni, `sims.max(axis=1)` — qiymati;
# `train["template_id"].to_numpy()[...]` — o'sha o'rindagi javob.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (2 балла).** Напишите функцию `score_questions(part)`: она возвращает копию таблицы
# `part` (`part.copy()`) с двумя новыми столбцами — `best` (`template_id` самого похожего вопроса
# из `train`) и `score` (это сходство). Как в примере, но для всех вопросов сразу. Затем
# `scored_valid = score_questions(valid)` и `scored_test = score_questions(test)`. Индекс — всегда
# `index` из примера (вопросы `train`): построенный по `valid` или `test`, он находит каждый вопрос
# в нём самом (сходство 1).
#
# <details><summary>Подсказка</summary>
#
# `sims = (vec.transform(part["text"]) @ index.T).toarray()` — по строке на вопрос;
# `sims.argmax(axis=1)` — номер наибольшего в каждой строке, `sims.max(axis=1)` — его значение;
# `train["template_id"].to_numpy()[...]` — ответ на этом месте.
# </details>

# %% [markdown] lang="en"
# **Question 1 (2 points).** Write `score_questions(part)` returning `part.copy()` with `best` (the
# `template_id` of the most similar `train` question) and `score` (that similarity); then
# `scored_valid` and `scored_test`. The index is always the worked example's `index` (the `train`
# questions): built from `valid` or `test`, each question finds itself (similarity 1).
#
# <details><summary>Hint</summary>
#
# `(vec.transform(part["text"]) @ index.T).toarray()`, then `.argmax(axis=1)` and `.max(axis=1)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def score_questions(part):
    sims = (vec.transform(part["text"]) @ index.T).toarray()
    out = part.copy()
    out["best"] = train["template_id"].to_numpy()[sims.argmax(axis=1)]
    out["score"] = sims.max(axis=1)
    return out


scored_valid = score_questions(valid)
scored_test = score_questions(test)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("score_questions", "scored_valid", "scored_test")
check_columns(scored_valid, ["best", "score"], name="scored_valid")
check_columns(scored_test, ["best", "score"], name="scored_test")
check(
    len(scored_test) == len(test),
    uz="scored_test da test dagidek qatorlar bo'lishi kerak.",
    ru="В scored_test столько же строк, сколько в test.",
    en="scored_test has as many rows as test.",
)
### BEGIN HIDDEN TESTS
for _name in ("scored_valid", "scored_test"):
    _got = judge.table(_name, ["best", "score"])
    _ref = judge.ref(_name)
    judge.check(
        not (len(_got) > 0 and bool((_got["score"].astype(float) > 0.999).all())),
        uz=f"{_name}: har bir savolning o'xshashligi 1 — savol o'zini topgan. Indeks train savollaridan "
        "(namunadagi index) bo'lishi kerak.",
        ru=f"{_name}: сходство каждого вопроса равно 1 — вопрос нашёл сам себя. Индекс должен быть "
        "построен по вопросам train (index из примера).",
        en=f"{_name}: every similarity is 1, each question found itself. The index must be built from "
        "the train questions (the worked example's index).",
    )
    judge.check(
        len(_got) == len(_ref) and list(_got["best"]) == list(_ref["best"]),
        uz=f"{_name}: best ustuni noto'g'ri — indeks train savollaridan qurilganmi, fold ishlatilganmi?",
        ru=f"{_name}: столбец best неверен — индекс построен по вопросам train, fold использован?",
        en=f"{_name}: best is wrong: is the index built from train, with fold?",
    )
    judge.expect(_got["score"].to_numpy(dtype=float), _ref["score"].to_numpy(dtype=float),
                 f"{_name}['score']", rel=1e-6)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (3 ball).** Ikki funksiya:
# - `decide(scored, threshold)` — botning qarori (`Series`): `score >= threshold` bo'lsa `best`,
#   aks holda `"officer"`;
# - `rates(decision, label)` (`label` — to'g'ri javoblar, `scored["template_id"]`) — lug'at
#   (`dict`), to'rtta **ulush** (barcha savollarga nisbatan; ulush 0 dan 1 gacha: 0.05, foizda 5 emas):
#   `"correct"` — javob berdi va to'g'ri; `"wrong"` — javob berdi, lekin boshqa shablon bilan
#   (to'g'ri javob `officer` emas); `"missed"` — javob berdi, lekin xodim kerak edi (eng xavfli
#   xato); `"handover"` — xodimga uzatdi. To'rttasining yig'indisi 1. **Xodimga uzatish to'g'ri
#   javob emas.**
#
# <details><summary>Maslahat</summary>
#
# `scored["best"].where(scored["score"] >= threshold, "officer")`. Keyin
# `answered = decision != "officer"`; ulush — `(shart).mean()`; `float(...)` bilan o'rang.
# `"correct"`: `answered & (decision == label)` — `answered` siz `officer == officer` ham "to'g'ri"
# bo'lib qoladi.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (3 балла).** Две функции:
# - `decide(scored, threshold)` — решение бота (`Series`): `best`, если `score >= threshold`, иначе
#   `"officer"`;
# - `rates(decision, label)` (`label` — верные ответы, `scored["template_id"]`) — словарь (`dict`)
#   из четырёх **долей** (от всех вопросов; доля от 0 до 1: 0.05, а не 5 процентов):
#   `"correct"` — ответил верно; `"wrong"` — ответил другим шаблоном (верный ответ не `officer`);
#   `"missed"` — ответил, а нужен был сотрудник (самая опасная ошибка); `"handover"` — передал
#   сотруднику. Сумма четырёх — 1. **Передача сотруднику — не верный ответ.**
#
# <details><summary>Подсказка</summary>
#
# `scored["best"].where(scored["score"] >= threshold, "officer")`. Затем
# `answered = decision != "officer"`; доля — `(условие).mean()`; оберните в `float(...)`.
# `"correct"`: `answered & (decision == label)` — без `answered` совпадение `officer == officer`
# тоже станет «верным».
# </details>

# %% [markdown] lang="en"
# **Question 2 (3 points).** `decide(scored, threshold)`: `best` where `score >= threshold`, else
# `"officer"`. `rates(decision, label)` (`label`: the correct answers, `scored["template_id"]`): a
# dict of four shares of all questions (0 to 1: 0.05, not 5 per cent): `correct`,
# `wrong` (another template; the label is not `officer`), `missed` (answered, an officer was
# needed), `handover`. They add up to 1; a hand-over is not a correct answer.
#
# <details><summary>Hint</summary>
#
# `answered = decision != "officer"`; a share is `(condition).mean()`; `correct` needs `answered &`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def decide(scored, threshold):
    return scored["best"].where(scored["score"] >= threshold, "officer")


def rates(decision, label):
    answered = decision != "officer"
    return {
        "correct": float((answered & (decision == label)).mean()),
        "wrong": float((answered & (decision != label) & (label != "officer")).mean()),
        "missed": float((answered & (label == "officer")).mean()),
        "handover": float((~answered).mean()),
    }
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("decide", "rates")
check_type(rates(decide(scored_valid, 0.5), scored_valid["template_id"]), dict, name="rates(...)")
### BEGIN HIDDEN TESTS
_sv = judge.ref("scored_valid")
_cases = [(_sv, _t) for _t in (0.0, 0.5, 0.7)]
for (_s, _t), _d in zip(_cases, judge.apply("decide", _cases), strict=True):
    _d = list(_d) if isinstance(_d, pd.Series) else None
    judge.check(
        _t == 0.0 or _d != list(_s["best"].where(_s["score"] < _t, "officer")),
        uz="decide: shart teskari — bot o'xshashlik **yuqori** (score >= threshold) bo'lganda javob "
        "beradi, past bo'lganda xodimga uzatadi.",
        ru="decide: условие наоборот — бот отвечает при **высоком** сходстве (score >= threshold), "
        "при низком передаёт сотруднику.",
        en="decide: the condition is reversed: the bot answers when the similarity is **high** "
        "(score >= threshold) and hands over when it is low.",
    )
    judge.check(
        _t == 0.0 or _d != list(_s["best"]),
        uz="decide: chegara qo'llanmagan — bot har doim eng o'xshash namunaning javobini beryapti.",
        ru="decide: порог не применён — бот всегда отвечает ответом самого похожего примера.",
        en="decide: the threshold is not applied: the bot always gives the nearest example's answer.",
    )
judge.call("decide", _cases, label=lambda s, t: f"decide(scored_valid, {t})")
_decisions = judge.ref_apply("decide", _cases)
_rate_cases = [(_d, _sv["template_id"]) for _d in _decisions]
_rate_pairs = zip(judge.apply("rates", _rate_cases), judge.ref_apply("rates", _rate_cases), _rate_cases, strict=True)
for _g, _r, (_d, _lab) in _rate_pairs:
    if not isinstance(_g, dict):
        continue
    _v = {k: float(x) for k, x in _g.items() if isinstance(x, int | float)}
    _both_officer = float(((_d == "officer") & (_lab == "officer")).mean())
    judge.check(
        not any(x > 1.0 + 1e-9 for x in _v.values()),
        uz="rates: ulush 0 dan 1 gacha bo'ladi (0.05), foiz emas (5): 100 ga ko'paytirmang.",
        ru="rates: доля — число от 0 до 1 (0.05), а не проценты (5): не умножайте на 100.",
        en="rates: a share runs from 0 to 1 (0.05), not a percentage (5): do not multiply by 100.",
    )
    judge.check(
        _both_officer == 0 or not math.isclose(_v.get("correct", -1.0), _r["correct"] + _both_officer),
        uz="rates: xodimga uzatishlar to'g'ri javob deb sanalgan (officer == officer). correct — bot "
        "javob bergan (answered) va javob to'g'ri.",
        ru="rates: передачи сотруднику посчитаны верными ответами (officer == officer). correct — бот "
        "ответил (answered) и ответ верный.",
        en="rates: hand-overs were counted as correct answers (officer == officer). correct means the "
        "bot answered (answered) and the answer is right.",
    )
    judge.check(
        _r["missed"] == 0 or not math.isclose(_v.get("wrong", -1.0), _r["wrong"] + _r["missed"]),
        uz="rates: o'tkazib yuborilgan uzatishlar noto'g'ri javoblarga qo'shilgan. wrong — to'g'ri "
        "javob officer bo'lmagan savollar; xodim kerak bo'lganlari — missed.",
        ru="rates: пропущенные передачи попали в неверные ответы. wrong — только вопросы, где верный "
        "ответ не officer; где нужен сотрудник — missed.",
        en="rates: missed hand-overs were added to wrong answers. wrong covers only questions whose "
        "label is not officer; those needing an officer are missed.",
    )
    judge.check(
        _r["handover"] == 1 or not math.isclose(_v.get("correct", -1.0), _r["correct"] / (1 - _r["handover"])),
        uz="rates: ulush faqat javob berilgan savollardan olingan; barcha savollarga nisbatan kerak "
        "(.mean() butun ustun bo'yicha).",
        ru="rates: доля взята только от отвеченных вопросов; нужна доля от всех вопросов (.mean() по "
        "всему столбцу).",
        en="rates: the share was taken of the answered questions only; it must be of all questions "
        "(.mean() over the whole column).",
    )
judge.call(
    "rates",
    [(_d, _sv["template_id"]) for _d in _decisions],
    rel=1e-9,
    label=lambda d, lab: "rates(decide(scored_valid, ...), scored_valid['template_id'])",
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** Chegarani **`valid`** savollarida tanlang (`test` — faqat yakuniy o'lchov
# uchun; `train` da bot har bir savolni o'zida topadi va xatosiz ko'rinadi). `sweep` jadvali:
# `THRESHOLDS` dagi har bir chegara uchun bitta qator, ustunlar `threshold`, `correct`, `wrong`,
# `missed`, `handover` (`scored_valid` bo'yicha). Qoida: **o'tkazib yuborilgan uzatish yo'q**
# (`missed == 0`) va **noto'g'ri javoblar 5 % dan oshmaydi** (`wrong <= 0.05`) bo'lgan **eng kichik**
# chegara — `THRESHOLD` (float). Eng kichigi — chunki chegara qancha past bo'lsa, xodimga shuncha
# kam savol tushadi.
#
# <details><summary>Maslahat</summary>
#
# Har bir `t` uchun `rates(decide(scored_valid, t), scored_valid["template_id"])` lug'atiga
# `"threshold": t` ni qo'shing (`{"threshold": t, **lug'at}`); lug'atlar ro'yxatidan
# `pd.DataFrame(...)`. Keyin ikki shartni `&` bilan birlashtirib qatorlarni tanlang va ulardagi
# eng kichik `threshold` ni oling (`float(...)`).
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** Выберите порог на вопросах **`valid`** (`test` — только для итоговой
# оценки; на `train` бот находит каждый вопрос в себе самом и выглядит безошибочным). Таблица
# `sweep`: по строке на каждый порог из `THRESHOLDS`, столбцы `threshold`, `correct`, `wrong`,
# `missed`, `handover` (по `scored_valid`). Правило: **наименьший** порог, при котором **нет
# пропущенных передач** (`missed == 0`) и **неверных ответов не больше 5 %** (`wrong <= 0.05`) —
# `THRESHOLD` (float). Наименьший — потому что чем ниже порог, тем меньше вопросов достаётся
# сотруднику.
#
# <details><summary>Подсказка</summary>
#
# Для каждого `t` добавьте к словарю `rates(decide(scored_valid, t), scored_valid["template_id"])`
# пару `"threshold": t` (`{"threshold": t, **словарь}`); из списка словарей — `pd.DataFrame(...)`.
# Затем отберите строки по двум условиям, соединённым `&`, и возьмите наименьший `threshold`
# (`float(...)`).
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** Choose the threshold on **`valid`** (`test` is for the final
# measurement only; on `train` the bot finds each question in itself and looks perfect). `sweep`:
# one row per threshold of `THRESHOLDS`, columns `threshold`, `correct`, `wrong`, `missed`,
# `handover` (on `scored_valid`). `THRESHOLD`: the **lowest** threshold with `missed == 0` and
# `wrong <= 0.05`.
#
# <details><summary>Hint</summary>
#
# A list of dicts into `pd.DataFrame`, then filter and take `["threshold"].min()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
sweep = pd.DataFrame(
    [{"threshold": t, **rates(decide(scored_valid, t), scored_valid["template_id"])} for t in THRESHOLDS]
)
THRESHOLD = float(sweep[(sweep["missed"] == 0) & (sweep["wrong"] <= 0.05)]["threshold"].min())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("sweep", "THRESHOLD")
check_columns(sweep, ["threshold", "correct", "wrong", "missed", "handover"], name="sweep")
check(
    len(sweep) == len(THRESHOLDS),
    uz="sweep da har bir chegara uchun bitta qator bo'lishi kerak.",
    ru="В sweep по одной строке на каждый порог.",
    en="sweep has one row per threshold.",
)
### BEGIN HIDDEN TESTS
_cols = ["threshold", "correct", "wrong", "missed", "handover"]
_got = judge.table("sweep", _cols)
_ref = judge.ref("sweep")


def _sweep_on(scored):
    label = scored["template_id"]
    rows = []
    for t in judge.ref("THRESHOLDS"):
        decision = scored["best"].where(scored["score"] >= t, "officer")
        answered = decision != "officer"
        rows.append([
            t,
            float((answered & (decision == label)).mean()),
            float((answered & (decision != label) & (label != "officer")).mean()),
            float((answered & (label == "officer")).mean()),
            float((~answered).mean()),
        ])
    return np.array(rows)


_g = _got[_cols].to_numpy(dtype=float)
_on_test = _sweep_on(judge.ref("scored_test"))
judge.check(
    not (_g.shape == _on_test.shape and np.allclose(_g, _on_test)),
    uz="sweep test savollarida hisoblangan: chegara valid da tanlanadi, test — faqat oxirgi o'lchov "
    "uchun (aks holda natija o'zimizni aldaydi).",
    ru="sweep посчитан на вопросах test: порог выбирают на valid, test — только для итоговой оценки "
    "(иначе результат обманывает нас самих).",
    en="sweep was computed on test: the threshold is chosen on valid, and test is kept for the final "
    "measurement (otherwise the result flatters the bot).",
)
judge.check(
    not (len(_g) > 0 and np.allclose(_g[:, 2:4], 0.0)),
    uz="sweep da hech bir chegarada xato yo'q — bot o'zi bilgan savollarda (train) o'lchangan. "
    "scored_valid ni oling.",
    ru="В sweep ни при одном пороге нет ошибок — бот измерен на вопросах, которые он знает (train). "
    "Возьмите scored_valid.",
    en="sweep shows no mistake at any threshold: the bot was measured on questions it knows (train). "
    "Use scored_valid.",
)
judge.check(
    len(_got) == len(_ref) and list(_got["threshold"].round(2)) == list(_ref["threshold"]),
    uz="sweep: THRESHOLDS dagi har bir chegara uchun, shu tartibda, bitta qator kerak.",
    ru="sweep: нужна одна строка на каждый порог из THRESHOLDS, в том же порядке.",
    en="sweep: one row per threshold of THRESHOLDS, in that order.",
)
judge.expect(
    _got[_cols].to_numpy(dtype=float), _ref[_cols].to_numpy(dtype=float), "sweep", rel=1e-9, abs=1e-12
)
_th = judge.fetch("THRESHOLD")
_ok = _ref[(_ref["missed"] == 0) & (_ref["wrong"] <= 0.05)]["threshold"]
judge.check(
    not (isinstance(_th, float | int) and len(_ok) > 1 and math.isclose(_th, float(_ok.max()))),
    uz="THRESHOLD — qoidaga mos chegaralarning eng kattasi olingan; eng kichigi kerak: chegara past "
    "bo'lsa, xodimga kamroq savol tushadi.",
    ru="THRESHOLD — взят наибольший из подходящих порогов; нужен наименьший: чем ниже порог, тем "
    "меньше вопросов у сотрудника.",
    en="THRESHOLD is the largest qualifying threshold; the lowest is wanted: a lower threshold sends "
    "fewer questions to an officer.",
)
_bad = _ref[_ref["missed"] > 0]["threshold"]
judge.check(
    not (isinstance(_th, float | int) and any(math.isclose(_th, float(t)) for t in _bad)),
    uz="Bu chegarada bot xodim kerak bo'lgan savolga javob beradi (missed > 0): qoida — missed == 0 "
    "va wrong <= 0.05.",
    ru="При этом пороге бот отвечает на вопрос, где нужен сотрудник (missed > 0): правило — "
    "missed == 0 и wrong <= 0.05.",
    en="At this threshold the bot answers a question that needed an officer (missed > 0): the rule "
    "is missed == 0 and wrong <= 0.05.",
)
judge.value("THRESHOLD", abs=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (2 ball).** Kalit so'zlar qoidasi. `keyword_hit(text)` funksiyasi: `fold(text)` ichida
# `KEYWORDS` dagi biror so'z bo'lsa `True`, aks holda `False` (`ALWAYS_OFFICER` — sabablari
# bo'yicha: favqulodda holat, jinoyat, xodim ustidan shikoyat, shaxsiy ish). Keyin
# `scored_valid` va `scored_test` ga `keyword` ustunini (bool) qo'shing.
#
# <details><summary>Maslahat</summary>
#
# Mashq qilish daftaridagi `is_emergency` kabi, faqat ro'yxat — `KEYWORDS`; `fold` ni unutmang
# (`Ҳозир` → `hozir`, `украли` → `ukrali`). Ustun: `scored_valid["text"].map(keyword_hit)`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (2 балла).** Правило ключевых слов. Функция `keyword_hit(text)`: `True`, если в
# `fold(text)` есть хотя бы одно слово из `KEYWORDS`, иначе `False` (`ALWAYS_OFFICER` — по
# причинам: экстренный случай, преступление, жалоба на сотрудника, личное дело). Затем добавьте в
# `scored_valid` и `scored_test` столбец `keyword` (bool).
#
# <details><summary>Подсказка</summary>
#
# Как `is_emergency` в тетради практики, только список — `KEYWORDS`; не забудьте `fold`
# (`Ҳозир` → `hozir`, `украли` → `ukrali`). Столбец: `scored_valid["text"].map(keyword_hit)`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (2 points).** `keyword_hit(text)`: `True` when `fold(text)` contains a word of
# `KEYWORDS`. Then add a bool column `keyword` to `scored_valid` and `scored_test`.
#
# <details><summary>Hint</summary>
#
# Like `is_emergency` in the practice, with `KEYWORDS`; keep `fold`. `.map(keyword_hit)`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def keyword_hit(text):
    folded = fold(text)
    return any(word in folded for word in KEYWORDS)


scored_valid["keyword"] = scored_valid["text"].map(keyword_hit)
scored_test["keyword"] = scored_test["text"].map(keyword_hit)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("keyword_hit")
check_columns(scored_valid, ["keyword"], name="scored_valid")
check_columns(scored_test, ["keyword"], name="scored_test")
### BEGIN HIDDEN TESTS
_texts = [
    "Ҳозир эрим мени ураяпти", "Украли паспорт, что делать", "Uchastkavoy pora so'radi",
    "Mening 4512-sonli murojaatim nima bo'ldi", "Pasportimni yo'qotdim", "Propiska qanday qilinadi",
    "ОТЕЦ ПРОПАЛ", "Паспортимни ўғирлаб кетишди",
]
judge.call("keyword_hit", [(_t,) for _t in _texts], norm=bool, label=lambda t: f"keyword_hit({t!r})")
for _name in ("scored_valid", "scored_test"):
    _got = judge.table(_name, ["keyword"])
    judge.check(
        list(_got["keyword"].astype(bool)) == list(judge.ref(_name)["keyword"]),
        uz=f"{_name}['keyword'] noto'g'ri: har bir savol matniga keyword_hit ni qo'llang.",
        ru=f"{_name}['keyword'] неверен: примените keyword_hit к тексту каждого вопроса.",
        en=f"{_name}['keyword'] is wrong: apply keyword_hit to each question's text.",
    )
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **5-savol (3 ball).** Kalit so'zli bot: `decide_kw(scored, threshold)` — `decide` bilan bir xil,
# lekin `keyword` `True` bo'lgan savollarda **har doim** `"officer"`. `valid` da 3-savoldagi
# qoida bilan yangi chegara tanlang — `THRESHOLD_KW` (float). Oxirida `test` da ikkala botni
# o'lchang: `test_plain = rates(decide(scored_test, THRESHOLD), ...)` va
# `test_kw = rates(decide_kw(scored_test, THRESHOLD_KW), ...)`. Qaysi biri xodimga kamroq savol
# uzatadi va bunda xavfsizmi?
#
# <details><summary>Maslahat</summary>
#
# `decide(scored, threshold).where(~scored["keyword"], "officer")` — `~` "emas" degani. Chegarani
# 3-savoldagidek `sweep` orqali tanlang, faqat `decide_kw` bilan.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (3 балла).** Бот с ключевыми словами: `decide_kw(scored, threshold)` — как `decide`,
# но при `keyword` равном `True` **всегда** `"officer"`. На `valid` выберите новый порог по правилу
# вопроса 3 — `THRESHOLD_KW` (float). В конце измерьте оба бота на `test`:
# `test_plain = rates(decide(scored_test, THRESHOLD), ...)` и
# `test_kw = rates(decide_kw(scored_test, THRESHOLD_KW), ...)`. Какой передаёт сотруднику меньше
# вопросов и безопасен ли он при этом?
#
# <details><summary>Подсказка</summary>
#
# `decide(scored, threshold).where(~scored["keyword"], "officer")` — `~` означает «не». Порог
# выбирайте как в вопросе 3, через `sweep`, только с `decide_kw`.
# </details>

# %% [markdown] lang="en"
# **Question 5 (3 points).** `decide_kw(scored, threshold)`: as `decide`, but always `"officer"`
# where `keyword` is `True`. Choose `THRESHOLD_KW` on `valid` by the rule of question 3, then
# measure both bots on `test`: `test_plain` (plain bot at `THRESHOLD`) and `test_kw` (keyword bot at
# `THRESHOLD_KW`). Which hands over fewer questions, and is it still safe?
#
# <details><summary>Hint</summary>
#
# `decide(scored, threshold).where(~scored["keyword"], "officer")`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def decide_kw(scored, threshold):
    return decide(scored, threshold).where(~scored["keyword"], "officer")


sweep_kw = pd.DataFrame(
    [{"threshold": t, **rates(decide_kw(scored_valid, t), scored_valid["template_id"])} for t in THRESHOLDS]
)
THRESHOLD_KW = float(sweep_kw[(sweep_kw["missed"] == 0) & (sweep_kw["wrong"] <= 0.05)]["threshold"].min())
test_plain = rates(decide(scored_test, THRESHOLD), scored_test["template_id"])
test_kw = rates(decide_kw(scored_test, THRESHOLD_KW), scored_test["template_id"])
print("plain:", THRESHOLD, test_plain)
print("keywords:", THRESHOLD_KW, test_kw)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("decide_kw", "THRESHOLD_KW", "test_plain", "test_kw")
check_type(test_kw, dict, name="test_kw")
### BEGIN HIDDEN TESTS
_sv = judge.ref("scored_valid")
_kw_cases = [(_sv, _t) for _t in (0.3, 0.5)]
for (_s, _t), _d in zip(_kw_cases, judge.apply("decide_kw", _kw_cases), strict=True):
    _rev = _s["best"].where(_s["score"] >= _t, "officer").where(_s["keyword"].astype(bool), "officer")
    judge.check(
        not (isinstance(_d, pd.Series) and list(_d) == list(_rev)),
        uz="decide_kw: qoida teskari — kalit so'zli savollar xodimga ketishi kerak (keyword True bo'lsa "
        "\"officer\"), qolganlariga bot javob beradi.",
        ru="decide_kw: правило наоборот — вопросы с ключевыми словами идут сотруднику (при keyword True — "
        "\"officer\"), на остальные отвечает бот.",
        en="decide_kw: the rule is reversed: keyword questions go to an officer (\"officer\" where keyword "
        "is True), the bot answers the rest.",
    )
judge.call("decide_kw", _kw_cases, label=lambda s, t: f"decide_kw(scored_valid, {t})")
_th0, _th_kw0 = judge.fetch("THRESHOLD"), judge.fetch("THRESHOLD_KW")
_ref_th = judge.ref("THRESHOLD")
_ref_differ = not math.isclose(_ref_th, judge.ref("THRESHOLD_KW"))
_sv_got = judge.fetch("scored_valid")
# only when questions 3 and 4 are right: otherwise the same threshold may be the rule's answer
_upstream_ok = (
    isinstance(_sv_got, pd.DataFrame)
    and "keyword" in _sv_got.columns
    and list(_sv_got["keyword"].astype(bool)) == list(_sv["keyword"].astype(bool))
    and isinstance(_th0, float | int)
    and math.isclose(_th0, _ref_th)
)
judge.check(
    not (
        _ref_differ
        and _upstream_ok
        and isinstance(_th0, float | int)
        and isinstance(_th_kw0, float | int)
        and math.isclose(_th0, _th_kw0)
    ),
    uz="THRESHOLD_KW eski chegaraga teng: kalit so'zlar bilan chegarani valid da qaytadan tanlang "
    "(decide_kw bilan yangi sweep).",
    ru="THRESHOLD_KW равен старому порогу: с ключевыми словами выберите порог на valid заново (новый "
    "sweep с decide_kw).",
    en="THRESHOLD_KW equals the old threshold: with keywords, choose the threshold on valid again (a "
    "new sweep with decide_kw).",
)
judge.value("THRESHOLD_KW", abs=1e-9)


# Expected test rates at the trainee's own thresholds (one slip in question 3 is not counted twice).
def _rates_at(scored, threshold, use_keywords):
    decision = scored["best"].where(scored["score"] >= threshold, "officer")
    if use_keywords:
        decision = decision.where(~scored["keyword"].astype(bool), "officer")
    answered, label = decision != "officer", scored["template_id"]
    return {
        "correct": float((answered & (decision == label)).mean()),
        "wrong": float((answered & (decision != label) & (label != "officer")).mean()),
        "missed": float((answered & (label == "officer")).mean()),
        "handover": float((~answered).mean()),
    }


_st = judge.ref("scored_test")
_th = judge.fetch("THRESHOLD")
_th_kw = judge.fetch("THRESHOLD_KW")
judge.check(
    isinstance(_th, float | int) and isinstance(_th_kw, float | int),
    uz="THRESHOLD va THRESHOLD_KW son bo'lishi kerak.",
    ru="THRESHOLD и THRESHOLD_KW должны быть числами.",
    en="THRESHOLD and THRESHOLD_KW must be numbers.",
)
judge.expect(judge.fetch("test_plain", dict), _rates_at(_st, _th, False), "test_plain", rel=1e-9)
_got_kw = judge.fetch("test_kw", dict)
_on_valid = _rates_at(judge.ref("scored_valid"), _th_kw, True)
judge.check(
    not (set(_got_kw) == set(_on_valid) and all(math.isclose(float(_got_kw[k]), _on_valid[k]) for k in _on_valid)),
    uz="test_kw valid savollarida o'lchangan: chegara valid da tanlangan, yakuniy o'lchov — test da "
    "(scored_test).",
    ru="test_kw измерен на вопросах valid: порог выбран на valid, итоговая оценка — на test "
    "(scored_test).",
    en="test_kw was measured on valid: the threshold was chosen there, the final measurement is on "
    "test (scored_test).",
)
judge.expect(_got_kw, _rates_at(_st, _th_kw, True), "test_kw", rel=1e-9)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Xodimga uzatishni loyihalash (muhokama uchun)
#
# - **Har doim xodimga** (o'xshashlikdan qat'i nazar): favqulodda holat → bot "darhol 102 ga
#   qo'ng'iroq qiling" deydi va navbatchi xodimga uzatadi; jinoyat haqidagi xabar → navbatchi xodim;
#   xodim ustidan shikoyat → 1102 ishonch telefoni haqida aytadi; shaxsiy ish (raqam, tergovchi,
#   ushlangan qarindosh) → murojaatlar bo'yicha xodim. Matnlar — `handovers` jadvalida.
# - **Past o'xshashlik** → "tasdiqlangan javob yo'q", xodimga.
# - Kalit so'zlar imlo xatosini o'tkazib yuborishi mumkin (`помоогите`; `купол` — rus klaviaturasida
#   yozilgan `қўпол`): chegara — ikkinchi himoya. Kalit so'z ro'yxatini va
#   chegarani har chorakda yangi savollarda qayta tekshiring.

# %% [markdown] lang="ru"
# ## Проектирование передачи сотруднику (для обсуждения)
#
# - **Всегда сотруднику** (при любом сходстве): экстренный случай → бот пишет «сразу звоните 102» и
#   передаёт дежурному; сообщение о преступлении → дежурный; жалоба на сотрудника → сообщает о
#   телефоне доверия 1102; личное дело (номер, следователь, задержанный родственник) → сотрудник по
#   обращениям. Тексты — в таблице `handovers`.
# - **Низкое сходство** → «утверждённого ответа нет», сотруднику.
# - Ключевые слова пропускают опечатки (`помоогите`; `купол` — `қўпол`, набранное на русской
#   клавиатуре): порог — вторая линия защиты. Список слов и
#   порог перепроверяйте на новых вопросах каждый квартал.

# %% [markdown] lang="en"
# ## Designing the hand-over (for discussion)
#
# Always to an officer, whatever the score: emergency (the bot says "call 102 now"), crime report
# (duty officer), complaint about an officer (hotline 1102), personal case (appeals officer); low
# similarity: "no approved answer". Keywords miss typos, so the threshold stays as a second net;
# re-check both on new questions every quarter.
