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
# # 4-mashq. Kirish jurnali: parol tanlash, "purkash", imkonsiz sayohat, ichki xavf
#
# Murojaatlar tizimining kirish jurnali (`events`): `timestamp`, `user`, `src_ip`, `country`,
# `action` (`login`, `logout`, `view_appeal`, `export`), `result` (`success` / `failure`),
# `appeal_district` (ko'rilgan murojaat tumani). `staff` — xodimlar: `user`, `district`, `shift`
# (`day` / `night`).
#
# Qidiramiz:
# - **parol tanlash (brute force)** — bitta IP dan bitta hisobga qisqa vaqtda ko'p urinish;
# - **parol purkash (password spraying)** — bitta IP dan ko'p hisobga bir nechtadan urinish;
# - **imkonsiz sayohat** — bir xodim qisqa vaqtda turli mamlakatlardan kiradi;
# - **ichki xavf** — xodim kechasi o'z tumanidan tashqari murojaatlarni ommaviy o'qiydi.
#
# Chegaralar mashq uchun tanlangan; NIST SP 800-63B hisob bo'yicha ketma-ket 100 ta muvaffaqiyatsiz
# urinishgacha cheklashni talab qiladi.

# %% [markdown] lang="ru"
# # Упражнение 4. Журнал входов: подбор пароля, «распыление», невозможное перемещение, инсайдер
#
# Журнал входов системы обращений (`events`): `timestamp`, `user`, `src_ip`, `country`, `action`
# (`login`, `logout`, `view_appeal`, `export`), `result` (`success` / `failure`), `appeal_district`
# (район просмотренного обращения). `staff` — сотрудники: `user`, `district`, `shift`
# (`day` / `night`).
#
# Ищем:
# - **подбор пароля (brute force)** — много попыток с одного IP к одной учётной записи за короткое время;
# - **распыление паролей (password spraying)** — с одного IP по нескольку попыток ко многим учётным записям;
# - **невозможное перемещение** — один сотрудник за короткое время входит из разных стран;
# - **инсайдер** — сотрудник ночью массово читает обращения не своего района.
#
# Пороги выбраны для упражнения; NIST SP 800-63B требует ограничивать не более чем 100 подряд
# неудачными попытками на учётную запись.

# %% [markdown] lang="en"
# # Exercise 4. Authentication log: brute force, spraying, impossible travel, insider reading
#
# Detect brute force with a time-based rolling window, password spraying by distinct targeted
# accounts, impossible travel between consecutive logins, and after-hours reading of other
# districts' appeals by day-shift staff.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd

from malaka.grading.checks import check_defined, check_type

events = pd.read_csv("data/auth-log/events.csv", dtype=str)
events["timestamp"] = pd.to_datetime(events["timestamp"], utc=True).dt.tz_convert("Asia/Tashkent")
events = events.sort_values(["timestamp", "event_id"]).reset_index(drop=True)
staff = pd.read_csv("data/auth-log/staff.csv", dtype=str)
BRUTE_WINDOW = "10min"
BRUTE_MIN = 20
SPRAY_MIN_USERS = 10
TRAVEL_HOURS = 2
NIGHT = (22, 6)  # 22:00 dan 06:00 gacha / с 22:00 до 06:00
INSIDER_MIN = 20
events.head()

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol): vaqt oynasidagi eng ko'p hodisa
#
# `rolling("1h").count()` har bir hodisa uchun undan oldingi 1 soatdagi hodisalarni sanaydi (vaqt
# bo'yicha siljuvchi oyna). Har bir xodim bir soat ichida eng ko'pi bilan nechta murojaatni
# ochgan? 1-savolda xuddi shunday — muvaffaqiyatsiz urinishlar, (`src_ip`, `user`) juftligi va
# `BRUTE_WINDOW` bilan.

# %% [markdown] lang="ru"
# ## Пример с решением: наибольшее число событий в окне времени
#
# `rolling("1h").count()` для каждого события считает события за предыдущий час (скользящее окно
# по времени). Сколько обращений каждый сотрудник открыл максимум за один час? В вопросе 1 так же —
# с неудачными попытками, парой (`src_ip`, `user`) и окном `BRUTE_WINDOW`.

# %% [markdown] lang="en"
# ## Worked example: the most events in a time window
#
# `rolling("1h").count()` counts, for each event, the events of the hour before it. The most
# appeals each user opened within one hour; question 1 does the same with failures, (`src_ip`,
# `user`) pairs and `BRUTE_WINDOW`.

# %%
_views = events[events["action"] == "view_appeal"].set_index("timestamp")
_per_hour = _views.groupby("user")["event_id"].rolling("1h").count().groupby(level=0).max()
_per_hour.sort_values(ascending=False).head()

# %% [markdown] lang="uz"
# **0-savol (1 ball), tayyorlov savoli.** Muvaffaqiyatsiz (`result == "failure"`) urinishlarni
# saralang va ular har bir IP manzil (`src_ip`) bo'yicha nechta ekanini `failures_by_ip`
# (`pandas.Series`, `value_counts()`) ga yozing.
#
# <details><summary>Maslahat</summary>
#
# `events[events["result"] == "failure"]["src_ip"].value_counts()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 0 (1 балл), разминка.** Отберите неудачные (`result == "failure"`) попытки и запишите
# в `failures_by_ip` (`pandas.Series`, `value_counts()`), сколько их с каждого IP-адреса
# (`src_ip`).
#
# <details><summary>Подсказка</summary>
#
# `events[events["result"] == "failure"]["src_ip"].value_counts()`.
# </details>

# %% [markdown] lang="en"
# **Question 0 (1 point), warm-up.** Count the failed attempts (`result == "failure"`) per IP
# address (`src_ip`) into `failures_by_ip` (`value_counts()`).
#
# <details><summary>Hint</summary>
#
# `events[events["result"] == "failure"]["src_ip"].value_counts()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q0_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
failures_by_ip = events[events["result"] == "failure"]["src_ip"].value_counts()
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q0_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("failures_by_ip")
check_type(failures_by_ip, pd.Series, name="failures_by_ip")
### BEGIN HIDDEN TESTS
judge.value("failures_by_ip")
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
# Har bir savolda jurnal jadvalini (`ev`) oladigan **funksiya** yozasiz: u boshqa kun jurnaliga ham
# qo'llanadi (testlar uni sun'iy misollarda ham tekshiradi).
#
# **1-savol (3 ball).** `find_brute_force(ev)`: muvaffaqiyatsiz (`result == "failure"`) urinishlarni
# oling va har bir (`src_ip`, `user`) juftligi uchun istalgan `BRUTE_WINDOW` oynadagi eng ko'p
# urinishlar sonini toping. Shu son `BRUTE_MIN` dan kam bo'lmagan IP lar ro'yxatini (takrorlarsiz,
# alifbo tartibida) qaytaring. Keyin `brute_force_ips = find_brute_force(events)`.
#
# <details><summary>Maslahat</summary>
#
# `failures.sort_values("timestamp").set_index("timestamp").groupby(["src_ip", "user"])["event_id"]
# .rolling(BRUTE_WINDOW).count()` — vaqt bo'yicha siljuvchi oyna; keyin `groupby(level=[0, 1]).max()`.
# </details>

# %% [markdown] lang="ru"
# В каждом вопросе вы пишете **функцию** от таблицы журнала (`ev`): её можно применить к журналу
# другого дня (тесты проверяют её и на искусственных примерах).
#
# **Вопрос 1 (3 балла).** `find_brute_force(ev)`: возьмите неудачные (`result == "failure"`) попытки
# и для каждой пары (`src_ip`, `user`) найдите наибольшее число попыток в любом окне `BRUTE_WINDOW`.
# Верните список IP (без повторов, по алфавиту), у которых это число не меньше `BRUTE_MIN`. Затем
# `brute_force_ips = find_brute_force(events)`.
#
# <details><summary>Подсказка</summary>
#
# `failures.sort_values("timestamp").set_index("timestamp").groupby(["src_ip", "user"])["event_id"]
# .rolling(BRUTE_WINDOW).count()` — скользящее окно по времени; затем `groupby(level=[0, 1]).max()`.
# </details>

# %% [markdown] lang="en"
# **Question 1 (3 points).** `find_brute_force(ev)`: among failures, the largest number of
# attempts per (`src_ip`, `user`) in any `BRUTE_WINDOW`; return the sorted IPs where it reaches
# `BRUTE_MIN`. Then `brute_force_ips = find_brute_force(events)`.
#
# <details><summary>Hint</summary>
#
# `sort_values("timestamp").set_index("timestamp").groupby(["src_ip",
# "user"])["event_id"].rolling(BRUTE_WINDOW).count()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def find_brute_force(ev):
    fail = ev[ev["result"] == "failure"].sort_values("timestamp")
    if fail.empty:
        return []
    peak = (
        fail.set_index("timestamp")
        .groupby(["src_ip", "user"])["event_id"]
        .rolling(BRUTE_WINDOW)
        .count()
        .groupby(level=[0, 1])
        .max()
    )
    return sorted(set(peak[peak >= BRUTE_MIN].index.get_level_values(0)))


brute_force_ips = find_brute_force(events)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("find_brute_force", "brute_force_ips")
check_type(brute_force_ips, list, name="brute_force_ips")
### BEGIN HIDDEN TESTS
# Helpers for the judge code of this notebook (one namespace: the later test cells use them too).
def _sorted(answer):
    """A collection of names as a sorted list of strings (the order is not judged); anything else as it is."""
    if isinstance(answer, (list, tuple, set, dict, np.ndarray, pd.Index, pd.Series)):
        return sorted(str(x) for x in answer)
    return answer


_T0 = pd.Timestamp("2025-03-10 02:00", tz="Asia/Tashkent")


def _mk(rows):
    cols = ["minutes", "user", "src_ip", "country", "action", "result", "appeal_district"]
    f = pd.DataFrame(rows, columns=cols)
    f["timestamp"] = [_T0 + pd.Timedelta(minutes=float(m)) for m in f.pop("minutes")]
    f["event_id"] = [f"t{i}" for i in range(len(f))]
    return f


_syn1 = _mk(
    [(i * 0.2, "a.one", "198.51.100.1", "RU", "login", "failure", "") for i in range(25)]
    + [(i * 11, "b.two", "198.51.100.2", "RU", "login", "failure", "") for i in range(25)]
    + [(i * 0.2, f"user.{i}", "198.51.100.3", "RU", "login", "failure", "") for i in range(25)]
    + [(i * 0.2, "d.four", "10.20.1.4", "UZ", "view_appeal", "success", "Chilonzor") for i in range(30)]
)
judge.call("find_brute_force", [(_syn1,)], label=lambda *_: "find_brute_force(<test>)", norm=_sorted)
judge.expect(_sorted(judge.fetch("brute_force_ips", list)), _sorted(judge.ref("brute_force_ips")), "brute_force_ips")
# the whole log as the reference notebook read it
judge.call("find_brute_force", [(judge.ref("events"),)], label=lambda *_: "find_brute_force(events)", norm=_sorted)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **2-savol (2 ball).** `find_spraying(ev)`: muvaffaqiyatsiz urinishlarda **kamida
# `SPRAY_MIN_USERS` ta turli** hisobni nishonga olgan IP lar ro'yxati (alifbo tartibida). Keyin
# `spraying_ips = find_spraying(events)`.
#
# <details><summary>Maslahat</summary>
#
# `groupby("src_ip")["user"].nunique()` — urinishlar soni emas, turli hisoblar soni.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (2 балла).** `find_spraying(ev)`: список IP (по алфавиту), с которых неудачные
# попытки шли **не менее чем к `SPRAY_MIN_USERS` разным** учётным записям. Затем
# `spraying_ips = find_spraying(events)`.
#
# <details><summary>Подсказка</summary>
#
# `groupby("src_ip")["user"].nunique()` — не число попыток, а число разных учётных записей.
# </details>

# %% [markdown] lang="en"
# **Question 2 (2 points).** `find_spraying(ev)`: sorted IPs whose failures target at least
# `SPRAY_MIN_USERS` **distinct** accounts; `spraying_ips = find_spraying(events)`.
#
# <details><summary>Hint</summary>
#
# `groupby("src_ip")["user"].nunique()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def find_spraying(ev):
    targets = ev[ev["result"] == "failure"].groupby("src_ip")["user"].nunique()
    return sorted(targets[targets >= SPRAY_MIN_USERS].index)


spraying_ips = find_spraying(events)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("find_spraying", "spraying_ips")
check_type(spraying_ips, list, name="spraying_ips")
### BEGIN HIDDEN TESTS
_T2 = pd.Timestamp("2025-03-10 03:00", tz="Asia/Tashkent")
_syn2 = pd.DataFrame(
    [(f"s{i}", f"user.{i}", "198.51.100.7", "failure") for i in range(12)]
    + [(f"t{i}", f"user.{i % 2}", "198.51.100.8", "failure") for i in range(30)]
    + [(f"u{i}", f"user.{i}", "10.20.1.9", "success") for i in range(12)]
    + [(f"v{i}", f"user.{i}", "10.20.1.9", "failure") for i in range(2)],
    columns=["event_id", "user", "src_ip", "result"],
)
_syn2["timestamp"] = _T2
_syn2["action"] = "login"
_syn2["country"] = "UZ"
judge.call("find_spraying", [(_syn2,)], label=lambda *_: "find_spraying(<test>)", norm=_sorted)
judge.expect(_sorted(judge.fetch("spraying_ips", list)), _sorted(judge.ref("spraying_ips")), "spraying_ips")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **3-savol (2 ball).** `find_travel(ev)`: muvaffaqiyatli kirishlarni (`action == "login"`,
# `result == "success"`) har bir xodim bo'yicha vaqt tartibida oling; ketma-ket ikki kirishda
# mamlakat (`country`) har xil va oraliq `TRAVEL_HOURS` soatdan kam bo'lsa — shubhali. Shunday
# xodimlar ro'yxatini (alifbo tartibida) qaytaring; `travel_users = find_travel(events)`.
#
# <details><summary>Maslahat</summary>
#
# `sort_values(["user", "timestamp"])`, keyin `groupby("user")["country"].shift()` va
# `groupby("user")["timestamp"].diff()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (2 балла).** `find_travel(ev)`: возьмите успешные входы (`action == "login"`,
# `result == "success"`) каждого сотрудника по времени; если у двух последовательных входов разные
# страны (`country`) и между ними меньше `TRAVEL_HOURS` часов — подозрительно. Верните список таких
# сотрудников (по алфавиту); `travel_users = find_travel(events)`.
#
# <details><summary>Подсказка</summary>
#
# `sort_values(["user", "timestamp"])`, затем `groupby("user")["country"].shift()` и
# `groupby("user")["timestamp"].diff()`.
# </details>

# %% [markdown] lang="en"
# **Question 3 (2 points).** `find_travel(ev)`: users whose consecutive **successful** logins come
# from different countries less than `TRAVEL_HOURS` apart; `travel_users = find_travel(events)`.
#
# <details><summary>Hint</summary>
#
# `sort_values(["user", "timestamp"])`, `groupby("user")["country"].shift()`,
# `groupby("user")["timestamp"].diff()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def find_travel(ev):
    ok = ev[(ev["action"] == "login") & (ev["result"] == "success")]
    ok = ok.sort_values(["user", "timestamp"])
    prev_country = ok.groupby("user")["country"].shift()
    gap = ok.groupby("user")["timestamp"].diff()
    jump = prev_country.notna() & (ok["country"] != prev_country) & (gap < pd.Timedelta(hours=TRAVEL_HOURS))
    return sorted(set(ok.loc[jump, "user"]))


travel_users = find_travel(events)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
check_defined("find_travel", "travel_users")
check_type(travel_users, list, name="travel_users")
### BEGIN HIDDEN TESTS
_T3 = pd.Timestamp("2025-03-10 10:00", tz="Asia/Tashkent")
_syn3 = pd.DataFrame(
    [
        ("x.1", 0, "UZ", "success"), ("x.1", 40, "DE", "success"),
        ("y.2", 0, "UZ", "success"), ("y.2", 60 * 24, "DE", "success"),
        ("z.3", 0, "UZ", "success"), ("z.3", 30, "RU", "failure"), ("z.3", 60, "UZ", "success"),
    ],
    columns=["user", "minutes", "country", "result"],
)
_syn3["timestamp"] = [_T3 + pd.Timedelta(minutes=m) for m in _syn3.pop("minutes")]
_syn3["action"] = "login"
_syn3["src_ip"] = "198.51.100.9"
_syn3["event_id"] = [f"w{i}" for i in range(len(_syn3))]
judge.call("find_travel", [(_syn3,)], label=lambda *_: "find_travel(<test>)", norm=_sorted)
judge.expect(_sorted(judge.fetch("travel_users", list)), _sorted(judge.ref("travel_users")), "travel_users")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **4-savol (3 ball).** `count_insider(ev, staff)`: `view_appeal` hodisalarini `staff` bilan
# (`user` bo'yicha) birlashtiring va quyidagilarni sanang: murojaat tumani xodimning tumanidan farq qiladi, vaqt
# tunda (soat 22 dan katta yoki teng yoki 6 dan kichik) va xodim **kunduzgi** smenada (`shift ==
# "day"`). Funksiya har bir xodim uchun bunday ko'rishlar sonini qaytaradi (`pandas.Series`, indeks —
# `user`, faqat soni > 0 bo'lganlar). So'ng `insider_counts = count_insider(events, staff)` va
# kamida `INSIDER_MIN` bo'lganlar ro'yxati — `insider_suspects`.
#
# <details><summary>Maslahat</summary>
#
# `views.merge(staff[["user", "district", "shift"]], on="user")`; soat: `timestamp.dt.hour`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (3 балла).** `count_insider(ev, staff)`: объедините события `view_appeal` с `staff`
# (по `user`) и посчитайте просмотры, где район обращения отличается от района сотрудника, время ночное (час не
# меньше 22 или меньше 6), а сотрудник — **дневной** смены (`shift == "day"`). Функция возвращает
# число таких просмотров по сотрудникам (`pandas.Series`, индекс — `user`, только > 0). Затем
# `insider_counts = count_insider(events, staff)` и список тех, у кого не меньше `INSIDER_MIN`, —
# `insider_suspects`.
#
# <details><summary>Подсказка</summary>
#
# `views.merge(staff[["user", "district", "shift"]], on="user")`; час: `timestamp.dt.hour`.
# </details>

# %% [markdown] lang="en"
# **Question 4 (3 points).** `count_insider(ev, staff)`: per user, appeal views of another
# district at night (hour >= 22 or < 6) by **day-shift** staff (`Series`, only > 0). Then
# `insider_counts = count_insider(events, staff)` and `insider_suspects` (at least `INSIDER_MIN`).
#
# <details><summary>Hint</summary>
#
# `merge(staff[["user", "district", "shift"]], on="user")`; `timestamp.dt.hour`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
def count_insider(ev, staff):
    views = ev[ev["action"] == "view_appeal"].merge(
        staff[["user", "district", "shift"]], on="user", how="left"
    )
    hour = views["timestamp"].dt.hour
    night = (hour >= NIGHT[0]) | (hour < NIGHT[1])
    odd = (views["appeal_district"] != views["district"]) & night & (views["shift"] == "day")
    return views[odd].groupby("user").size()


insider_counts = count_insider(events, staff)
insider_suspects = sorted(insider_counts[insider_counts >= INSIDER_MIN].index)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
check_defined("count_insider", "insider_counts", "insider_suspects")
check_type(insider_counts, pd.Series, name="insider_counts")
check_type(insider_suspects, list, name="insider_suspects")
### BEGIN HIDDEN TESTS
def _counts(series):
    """Views per user as {user: count}, users with no view left out."""
    return {str(k): int(v) for k, v in series.items() if int(v) > 0}


_T4 = pd.Timestamp("2025-03-10 00:00", tz="Asia/Tashkent")
_staff4 = pd.DataFrame(
    {"user": ["d.1", "n.1"], "district": ["Chilonzor", "Chilonzor"], "shift": ["day", "night"],
     "unit": ["prevention", "duty_unit"], "office_ip": ["10.20.1.1", "10.20.1.2"]}
)
_syn4 = pd.DataFrame(
    [("d.1", 23, "Yunusobod")] * 2 + [("n.1", 23, "Yunusobod")] * 2
    + [("d.1", 12, "Yunusobod")] * 3 + [("d.1", 23, "Chilonzor")],
    columns=["user", "hour", "appeal_district"],
)
_syn4["timestamp"] = [_T4 + pd.Timedelta(hours=h) for h in _syn4.pop("hour")]
_syn4["action"] = "view_appeal"
_syn4["result"] = "success"
_syn4["src_ip"] = "10.20.1.1"
_syn4["country"] = "UZ"
_syn4["event_id"] = [f"q{i}" for i in range(len(_syn4))]
_case4 = [(_syn4, _staff4)]
judge.check(
    _counts(judge.apply("count_insider", _case4)[0]) == _counts(judge.ref_apply("count_insider", _case4)[0]),
    uz="count_insider sun'iy misolda noto'g'ri: uchta shart (boshqa tuman, tun, kunduzgi smena) birga bajarilishi kerak.",
    ru="count_insider неверен на искусственном примере: три условия (чужой район, ночь, дневная смена) должны выполняться вместе.",
    en="count_insider is wrong on a test example: all three conditions must hold together.",
)
_ic = judge.fetch("insider_counts", pd.Series)
judge.check(
    _counts(_ic) == _counts(judge.ref("insider_counts")),
    uz="insider_counts noto'g'ri: uchta shartni (boshqa tuman, tun, kunduzgi smena) birga tekshiring.",
    ru="insider_counts неверен: проверьте три условия вместе (чужой район, ночь, дневная смена).",
    en="insider_counts is wrong: check all three conditions (other district, night, day shift).",
)
judge.expect(_sorted(judge.fetch("insider_suspects", list)), _sorted(judge.ref("insider_suspects")), "insider_suspects")
### END HIDDEN TESTS
