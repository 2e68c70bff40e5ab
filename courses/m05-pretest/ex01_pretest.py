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
# # Kirish testi
#
# Kursning birinchi kunidagi qisqa test: kursgacha nimani bilishingizni ko'rsatadi. Ikki qism:
# **1-qism** — 7 ta murojaatni saralash (amaliy holatlar), **2-qism** — murojaatlar jadvalini o'qish
# bo'yicha 3 ta oddiy savol. Bilmagan joyingizni taxmin qiling: natija kurs davomida nimaga ko'proq
# e'tibor berishni ko'rsatadi.

# %% [markdown] lang="ru"
# # Входной тест
#
# Короткий тест в первый день курса: показывает, что вы знаете до обучения. Две части:
# **часть 1** — сортировка 7 обращений (практические случаи), **часть 2** — 3 простых вопроса о
# чтении таблицы обращений. Если не знаете ответа, предположите: результат покажет, чему уделить
# больше внимания на курсе.

# %% [markdown] lang="en"
# # Pre-test
#
# A short test on the first day: what you know before the course. Part 1: triage 7 appeals
# (casework). Part 2: 3 simple questions on reading a table of appeals. Guess where you do not know:
# the result shows what to focus on during the course.

# %% tags=["setup"]
LANG = "uz"
import pandas as pd

from malaka.grading.casework import answers_table, check_case
from malaka.grading.checks import check_defined, check_type

appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
sample = appeals.head(12)[["reg_no", "channel", "kind", "regime", "urgency", "department"]]

# %% [markdown] lang="uz"
# ## Shaklni qanday to'ldirish kerak
#
# Har bir murojaat uchun oltita maydon bor. Ularni shu tartibda to'ldiring:
#
# 1. `regime` — **huquqiy rejim**: murojaat qaysi tartibda ko'riladi (1-modda);
# 2. `kind` — **murojaat turi**: ariza, taklif yoki shikoyat (3-modda);
# 3. `deadline` — **muddat** qoidasi: 15 kun, 1 oygacha, 5 kun ichida qayta yuborish, o'z tartibi
#    yoki ko'rmay qoldirish;
# 4. `unit` — **vakolatli bo'linma**, qayta yuborilsa — qabul qiluvchi organ;
# 5. `urgency` — **shoshilinchlik** (P1–P4, kurs qoidasi);
# 6. `why` — **asoslash**: bitta jumla, unda hal qiluvchi qoidani nomlang (modda raqami yoki kalit
#    so'z, masalan "29-modda", "5 kun", "takroriy", "himoya orderi").
#
# Qo'shtirnoq ichiga faqat jadvaldagi qiymatni yozing (masalan `"criminal"`). Har bir holat 1 ball,
# har bir maydon — ballning oltidan biri. Har bir holatdan keyingi tekshiruv katagi faqat shakl
# to'liq va qiymatlar ro'yxatdan ekanini tekshiradi; javob **to'g'riligi baholashda aniqlanadi**.

# %% [markdown] lang="ru"
# ## Как заполнять форму
#
# Для каждого обращения шесть полей. Заполняйте их в таком порядке:
#
# 1. `regime` — **правовой режим**: в каком порядке рассматривается обращение (ст. 1);
# 2. `kind` — **вид обращения**: заявление (ariza), предложение (taklif) или жалоба (shikoyat) (ст. 3);
# 3. `deadline` — правило **срока**: 15 дней, до 1 месяца, пересылка в течение 5 дней, свой порядок
#    или оставление без рассмотрения;
# 4. `unit` — **компетентное подразделение**, при пересылке — орган-получатель;
# 5. `urgency` — **срочность** (P1–P4, правило курса);
# 6. `why` — **обоснование**: одна фраза, в которой названо решающее правило (номер статьи или
#    ключевое слово, например «ст. 29», «5 дней», «повторное», «охранный ордер»).
#
# В кавычках пишите только значение из таблицы (например `"criminal"`). Каждый случай — 1 балл,
# каждое поле — шестая часть балла. Ячейка проверки после каждого случая проверяет только, что форма
# заполнена и значения взяты из списка; **правильность оценивается при проверке работ**.

# %% [markdown] lang="en"
# ## How to fill in the form
#
# Each appeal has six fields; fill them in this order: `regime` (legal regime, Art. 1), `kind`
# (Art. 3), `deadline` (the deadline rule), `unit` (competent unit, or the body it is forwarded to),
# `urgency` (P1-P4, course rule) and `why` (one line naming the deciding rule: an article number or a
# key word such as "Art. 29", "5 days", "repeated", "protection order"). Write only values from the
# table. Each case is worth 1 point, each field a sixth of it. The check cell after each case only
# verifies that the form is complete and uses listed values; **correctness is judged at grading**.

# %% [markdown] lang="uz"
# ### Qoidalar va ularning holati
#
# | Qoida | Holati |
# |---|---|
# | Qonunning 1-moddasi: jinoyat-protsessual, ma'muriy javobgarlik va boshqa qonunlarda tartibi belgilangan ishlarga murojaatlar qonuni tatbiq etilmaydi | tasdiqlangan |
# | 3-modda: ariza — huquqni amalga oshirishda yordam so'rash, taklif — faoliyatni yaxshilash bo'yicha tavsiya, shikoyat — buzilgan huquqni tiklash talabi | tasdiqlangan |
# | 28-modda: ariza va shikoyat 15 kunda, qo'shimcha o'rganish kerak bo'lsa 1 oygacha; taklif 1 oygacha ko'riladi | tasdiqlangan |
# | 29-modda: anonim murojaat va vakolat hujjatisiz vakil orqali berilgan murojaat ko'rmay qoldiriladi | tasdiqlangan |
# | Vakolatga kirmaydigan murojaat 5 kun ichida vakolatli organga yuboriladi, arizachiga xabar beriladi | ikkilamchi manba |
# | Kurs qoidasi: jinoyat haqidagi anonim xabar ko'rmay qoldirilmaydi, navbatchilik qismiga tezkor axborot sifatida beriladi | tasdiqlanmagan |
# | Yangi dalil yoki holatlarsiz takroriy murojaat qayta ko'rilmaydi (qonun moddasi topilmagan) | ikkilamchi manba |
# | Xotin-qizlarni zo'ravonlikdan himoya qilish (O'RQ-561): profilaktika inspektori himoya orderi beradi, ish 24 soat ichida o'rganiladi | tasdiqlangan |
# | 1102 ishonch telefoni ichki ishlar xodimlari harakatlari ustidan shikoyatlarni qabul qiladi; qo'ng'iroq og'zaki murojaat sifatida ro'yxatga olinadi | tasdiqlangan |
# | Kurs shoshilinchlik qoidasi: P1 — zudlik bilan (102 / navbatchilik qismi), P2 — 24 soat ichida, P3 — 15 kungacha, P4 — 1 oygacha | kurs qoidasi |
# | Kursning yo'naltirish jadvali: har bir toifaning vakolatli bo'linmasi (ba'zi bo'linma nomlari tasdiqlanmagan) | kurs qoidasi |
#
# Manbalar — qonun matnining uchinchi tomon nusxalari (lex.uz emas). "Tasdiqlanmagan" va "kurs qoidasi" qatorlarini qonun deb emas, kurs kelishuvi deb qabul qiling va o'qituvchi bilan muhokama qiling.

# %% [markdown] lang="ru"
# ### Правила и их статус
#
# | Правило | Статус |
# |---|---|
# | Ст. 1 закона: закон об обращениях не применяется к делам, порядок которых установлен уголовно-процессуальным, административным и другим законодательством | подтверждено |
# | Ст. 3: заявление — просьба о содействии в реализации прав, предложение — рекомендация по улучшению деятельности, жалоба — требование восстановить права | подтверждено |
# | Ст. 28: заявление и жалоба — 15 дней, при необходимости проверки — до 1 месяца; предложение — до 1 месяца | подтверждено |
# | Ст. 29: анонимное обращение и обращение через представителя без документов о полномочиях оставляются без рассмотрения | подтверждено |
# | Обращение не по компетенции пересылается в компетентный орган в течение 5 дней, заявителю сообщают | вторичный источник |
# | Правило курса: анонимное сообщение о преступлении не оставляют без внимания, его передают в дежурную часть как оперативную информацию | не подтверждено |
# | Повторное обращение без новых доводов и обстоятельств повторно не рассматривается (статья закона не найдена) | вторичный источник |
# | Защита женщин от насилия (ЗРУ-561): инспектор профилактики выдаёт охранный ордер, случай изучается в течение 24 часов | подтверждено |
# | Телефон доверия 1102 принимает жалобы на действия сотрудников ОВД; звонок регистрируется как устное обращение | подтверждено |
# | Правило курса о срочности: P1 — немедленно (102 / дежурная часть), P2 — в течение 24 часов, P3 — до 15 дней, P4 — до 1 месяца | правило курса |
# | Таблица маршрутизации курса: компетентное подразделение каждой категории (часть названий подразделений не подтверждена) | правило курса |
#
# Источники — сторонние копии текста закона (не lex.uz). Строки «не подтверждено» и «правило курса» — договорённость курса, а не закон: обсудите их с преподавателем.

# %% [markdown] lang="en"
# ### Rules and their status
#
# | Rule | Status |
# |---|---|
# | Art. 1: the appeals law does not apply to matters governed by criminal-procedure, administrative-liability and other laws | confirmed |
# | Art. 3: an application asks for help to exercise a right, a proposal recommends an improvement, a complaint demands that a violated right be restored | confirmed |
# | Art. 28: an application or complaint in 15 days, up to 1 month if it needs study; a proposal up to 1 month | confirmed |
# | Art. 29: anonymous appeals and appeals by a representative without proof of authority are left without consideration | confirmed |
# | An appeal outside the body's competence is forwarded to the competent body within 5 days and the applicant is told | secondary |
# | Course rule: an anonymous crime report is not dropped; it goes to the duty unit as operational information | unconfirmed |
# | A repeated appeal with no new arguments or facts is not reviewed again (the article of the law was not found) | secondary |
# | Protection of women from violence (ZRU-561): the prevention inspector issues a protection order and studies the case within 24 hours | confirmed |
# | Hotline 1102 takes complaints about internal affairs officers; a call is registered as an oral appeal | confirmed |
# | Course urgency rule: P1 immediate (102 / duty unit), P2 within 24 hours, P3 up to 15 days, P4 up to 1 month | course rule |
# | The course's routing table: the competent unit of each category (some unit names are unconfirmed) | course rule |
#
# Sources are third-party copies of the law (not lex.uz). Treat "unconfirmed" and "course rule" rows as course conventions, not law.

# %% [markdown] lang="uz"
# ### Ruxsat etilgan qiymatlar
#
# | Maydon | Qiymat | Ma'nosi |
# |---|---|---|
# | `regime` | `appeals_law` | Murojaatlar to'g'risidagi qonun |
# | `regime` | `criminal` | Jinoyat-protsessual tartib |
# | `regime` | `administrative` | Ma'muriy javobgarlik tartibi |
# | `regime` | `forward` | Boshqa organ vakolatida (5 kunda yuboriladi) |
# | `regime` | `public_service` | Davlat xizmati |
# | `kind` | `ariza` | ariza |
# | `kind` | `taklif` | taklif |
# | `kind` | `shikoyat` | shikoyat |
# | `deadline` | `15_days` | 15 kun (28-modda) |
# | `deadline` | `1_month` | 1 oygacha: qo'shimcha o'rganish yoki taklif (28-modda) |
# | `deadline` | `forward_5_days` | 5 kun ichida vakolatli organga qayta yuborish |
# | `deadline` | `own_procedure` | O'z tartibi: murojaatlar qonuni tatbiq etilmaydi (1-modda) |
# | `deadline` | `not_considered` | Ko'rmay qoldiriladi (xulosa bilan) |
# | `unit` | `duty_unit` | Navbatchilik qismi |
# | `unit` | `prevention` | Profilaktika inspektori |
# | `unit` | `investigation` | Tergov va surishtiruv |
# | `unit` | `cybercrime` | Kiberjinoyatchilikka qarshi kurashish |
# | `unit` | `traffic` | Yo'l harakati xavfsizligi xizmati |
# | `unit` | `migration` | Migratsiya va fuqarolikni rasmiylashtirish |
# | `unit` | `licensing` | Litsenziyalash bo'limi |
# | `unit` | `internal_security` | Ichki xavfsizlik |
# | `unit` | `probation` | Probatsiya inspektori |
# | `unit` | `appeals_office` | Murojaatlar bilan ishlash bo'limi |
# | `unit` | `prosecutor` | Prokuratura |
# | `unit` | `court` | Sud |
# | `unit` | `health` | Sog'liqni saqlash muassasasi |
# | `unit` | `customs` | Bojxona |
# | `unit` | `mahalla` | Mahalla |
# | `unit` | `hokimiyat` | Hokimiyat |
# | `unit` | `bank` | Bank |
# | `urgency` | `P1` | Zudlik bilan (102 / navbatchi qism) |
# | `urgency` | `P2` | 24 soat ichida |
# | `urgency` | `P3` | 15 kungacha |
# | `urgency` | `P4` | 1 oygacha |

# %% [markdown] lang="ru"
# ### Допустимые значения
#
# | Поле | Значение | Смысл |
# |---|---|---|
# | `regime` | `appeals_law` | Закон об обращениях |
# | `regime` | `criminal` | Уголовно-процессуальный порядок |
# | `regime` | `administrative` | Административный порядок |
# | `regime` | `forward` | Не по компетенции (переадресация за 5 дней) |
# | `regime` | `public_service` | Государственная услуга |
# | `kind` | `ariza` | заявление |
# | `kind` | `taklif` | предложение |
# | `kind` | `shikoyat` | жалоба |
# | `deadline` | `15_days` | 15 дней (ст. 28) |
# | `deadline` | `1_month` | До 1 месяца: нужна проверка или предложение (ст. 28) |
# | `deadline` | `forward_5_days` | Пересылка в компетентный орган в течение 5 дней |
# | `deadline` | `own_procedure` | Свой порядок: закон об обращениях не применяется (ст. 1) |
# | `deadline` | `not_considered` | Оставляется без рассмотрения (с заключением) |
# | `unit` | `duty_unit` | Дежурная часть |
# | `unit` | `prevention` | Инспектор профилактики |
# | `unit` | `investigation` | Следствие и дознание |
# | `unit` | `cybercrime` | Борьба с киберпреступностью |
# | `unit` | `traffic` | Служба безопасности дорожного движения |
# | `unit` | `migration` | Миграция и оформление гражданства |
# | `unit` | `licensing` | Лицензионный отдел |
# | `unit` | `internal_security` | Собственная безопасность |
# | `unit` | `probation` | Инспектор пробации |
# | `unit` | `appeals_office` | Отдел по работе с обращениями |
# | `unit` | `prosecutor` | Прокуратура |
# | `unit` | `court` | Суд |
# | `unit` | `health` | Учреждение здравоохранения |
# | `unit` | `customs` | Таможня |
# | `unit` | `mahalla` | Махалля |
# | `unit` | `hokimiyat` | Хокимият |
# | `unit` | `bank` | Банк |
# | `urgency` | `P1` | Немедленно (102 / дежурная часть) |
# | `urgency` | `P2` | В течение 24 часов |
# | `urgency` | `P3` | До 15 дней |
# | `urgency` | `P4` | До 1 месяца |

# %% [markdown] lang="en"
# ### Allowed values
#
# | Field | Value | Meaning |
# |---|---|---|
# | `regime` | `appeals_law` | Appeals law |
# | `regime` | `criminal` | Criminal procedure |
# | `regime` | `administrative` | Administrative liability |
# | `regime` | `forward` | Outside competence (forward within 5 days) |
# | `regime` | `public_service` | Public service |
# | `kind` | `ariza` | application |
# | `kind` | `taklif` | proposal |
# | `kind` | `shikoyat` | complaint |
# | `deadline` | `15_days` | 15 days (Art. 28) |
# | `deadline` | `1_month` | Up to 1 month: extra study, or a proposal (Art. 28) |
# | `deadline` | `forward_5_days` | Forward to the competent body within 5 days |
# | `deadline` | `own_procedure` | Own procedure: the appeals law does not apply (Art. 1) |
# | `deadline` | `not_considered` | Left without consideration (with a written conclusion) |
# | `unit` | `duty_unit` | Duty unit |
# | `unit` | `prevention` | Prevention inspector |
# | `unit` | `investigation` | Investigation and inquiry |
# | `unit` | `cybercrime` | Cybercrime unit |
# | `unit` | `traffic` | Road traffic safety service |
# | `unit` | `migration` | Migration and citizenship |
# | `unit` | `licensing` | Licensing unit |
# | `unit` | `internal_security` | Internal security |
# | `unit` | `probation` | Probation inspector |
# | `unit` | `appeals_office` | Appeals office |
# | `unit` | `prosecutor` | Prosecutor's office |
# | `unit` | `court` | Court |
# | `unit` | `health` | Health institution |
# | `unit` | `customs` | Customs |
# | `unit` | `mahalla` | Mahalla |
# | `unit` | `hokimiyat` | Hokimiyat (local government) |
# | `unit` | `bank` | Bank |
# | `urgency` | `P1` | Immediate (102 / duty unit) |
# | `urgency` | `P2` | Within 24 hours |
# | `urgency` | `P3` | Up to 15 days |
# | `urgency` | `P4` | Up to 1 month |

# %% [markdown] lang="uz"
# ## Namuna (yechilgan misol)
#
# Quyidagi murojaatni birga tahlil qilamiz (u baholanmaydi).
#
# 1. **Rejim.** Qarz — fuqarolik nizosi, jinoyat haqida xabar yo'q. Fuqaro ichki ishlar organidan
#    yordam so'rayapti, demak murojaatlar qonuni bo'yicha ko'riladi: `appeals_law`. Javobda qarzni
#    sud orqali undirish mumkinligi tushuntiriladi.
# 2. **Tur.** Yordam so'rash — ariza (3-modda): `ariza`.
# 3. **Muddat.** Ariza, qo'shimcha o'rganish kerak emas — 15 kun (28-modda): `15_days`.
# 4. **Bo'linma.** Mahalladagi nizolar bilan profilaktika inspektori ishlaydi: `prevention`.
# 5. **Shoshilinchlik.** Hayot yoki sog'liqqa xavf yo'q — P3 (15 kungacha): `P3`.
# 6. **Asoslash.** Bir jumla va qoida nomi.

# %% [markdown] lang="ru"
# ## Пример с решением
#
# Разберём обращение вместе (оно не оценивается).
#
# 1. **Режим.** Долг — гражданский спор, о преступлении не сообщается. Гражданин просит ОВД о
#    содействии, значит, обращение рассматривается по закону об обращениях: `appeals_law`. В ответе
#    разъясняют, что долг можно взыскать через суд.
# 2. **Вид.** Просьба о содействии — заявление (ст. 3): `ariza`.
# 3. **Срок.** Заявление без дополнительной проверки — 15 дней (ст. 28): `15_days`.
# 4. **Подразделение.** Споры в махалле — инспектор профилактики: `prevention`.
# 5. **Срочность.** Угрозы жизни и здоровью нет — P3 (до 15 дней): `P3`.
# 6. **Обоснование.** Одна фраза с названием правила.

# %% [markdown] lang="en"
# ## Worked example
#
# Let us read one appeal together (not graded): a private debt is a civil dispute and no crime is
# reported, so the appeals law applies (`appeals_law`); asking for help is an application (`ariza`);
# no extra study, so 15 days (Art. 28, `15_days`); disputes in a mahalla go to the prevention
# inspector (`prevention`); no danger to life or health, so `P3`; and one line naming the rule.

# %% [markdown]
# ### N01
#
# `personal_reception` · 2026-03-02
#
# > Qo'shnim Hamidov Rustam o'tgan yili mendan 2 million so'm qarz olgan, hali qaytarmayapti. Unga
# > ta'sir qilishingizni so'rayman. Valiyeva Sevara, Chilonzor tumani, Qatortol MFY, 21-uy.

# %%
N01 = {
    "regime": "appeals_law",
    "kind": "ariza",
    "deadline": "15_days",
    "unit": "prevention",
    "urgency": "P3",
    "why": "Qarz — fuqarolik nizosi: ariza 28-modda bo'yicha 15 kunda ko'riladi, sud tartibi tushuntiriladi.",
}
check_case(N01, "N01")
N01

# %% [markdown]
# ### P01
#
# `e_murojaat` · 2026-04-06 08:40
#
# > Tunda hovli oldida turgan mashinamning oynasini sindirib, akkumulyatorini va magnitolasini o'g'irlab ketishgan. Ertalab ko'rdim. Ahmedov Sanjar, Mirzo Ulug'bek tumani, Ziyolilar MFY, 8-uy.

# %% [markdown] lang="uz"
# **1-savol (1 ball).** `P01` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Avval rejim: bu jinoyat haqidagi xabarmi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (1 балл).** Заполните форму `P01`.
#
# <details><summary>Подсказка</summary>
#
# Сначала режим: это сообщение о преступлении?
# </details>

# %% [markdown] lang="en"
# **Question 1 (1 point).** Fill in the form `P01`.
#
# <details><summary>Hint</summary>
#
# Regime first: is this a crime report?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
P01 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
P01 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "investigation",
    "urgency": "P2",
    "why": "O'g'irlik — jinoyat-protsessual tartib (1-modda), iz yangi: P2.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("P01")
check_case(P01, "P01")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "P01",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": ["investigation", "duty_unit"], "urgency": "P2", "why": "art1_scope"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### P02
#
# `hotline_1102` · 2026-04-06 · устно
#
# > Вчера я пришёл в отдел сообщить о краже велосипеда, а дежурный отказался принять заявление и сказал прийти через неделю. Прошу разобраться с его действиями. Мирзаев Ильхом, Чиланзарский район.

# %% [markdown] lang="uz"
# **2-savol (1 ball).** `P02` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Shikoyat nima haqida: o'g'irlik haqidami yoki xodimning harakati haqidami? Kanalga qarang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (1 балл).** Заполните форму `P02`.
#
# <details><summary>Подсказка</summary>
#
# О чём жалоба: о краже или о действиях сотрудника? Посмотрите на канал.
# </details>

# %% [markdown] lang="en"
# **Question 2 (1 point).** Fill in the form `P02`.
#
# <details><summary>Hint</summary>
#
# Is the complaint about the theft or about the officer? Look at the channel.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
P02 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
P02 = {
    "regime": "appeals_law",
    "kind": "shikoyat",
    "deadline": "15_days",
    "unit": "internal_security",
    "urgency": "P3",
    "why": "1102 orqali xodim ustidan shikoyat: 28-modda bo'yicha 15 kun.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("P02")
check_case(P02, "P02")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "P02",
    {"regime": "appeals_law", "kind": "shikoyat", "deadline": "15_days", "unit": "internal_security", "urgency": ["P2", "P3"], "why": ["hotline_1102", "art28", "art3_kinds"]},
    because={"unit": "hotline_1102"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### P03
#
# `mail` · 2026-04-07 · imzosiz
#
# > Қўшни ҳовлида ҳар кеча ўғирланган машиналарни олиб келиб, қисмларга ажратишяпти. Исмимни ёзмайман, қўрқаман.

# %% [markdown] lang="uz"
# **3-savol (1 ball).** `P03` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Imzo yo'q, lekin xabar jinoyat haqida. Kurs qoidasini eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (1 балл).** Заполните форму `P03`.
#
# <details><summary>Подсказка</summary>
#
# Подписи нет, но сообщается о преступлении. Вспомните правило курса.
# </details>

# %% [markdown] lang="en"
# **Question 3 (1 point).** Fill in the form `P03`.
#
# <details><summary>Hint</summary>
#
# No signature, but a crime is reported. Recall the course rule.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
P03 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
P03 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "duty_unit",
    "urgency": "P2",
    "why": "Anonim jinoyat xabari: navbatchilik qismiga tezkor axborot sifatida.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("P03")
check_case(P03, "P03")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "P03",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": "duty_unit", "urgency": ["P1", "P2"], "why": ["anon_crime", "art1_scope"]},
    because={"deadline": "anon_crime", "unit": "anon_crime"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### P04
#
# `virtual_reception` · 2026-04-07
#
# > На нашей улице уже полгода огромная яма посреди дороги, машины ломаются. Просим отремонтировать дорогу. Жители улицы Фаробий, Алмазарский район. Контакт: Назаров Бахтиёр, +998 97 700 11 22.

# %% [markdown] lang="uz"
# **4-savol (1 ball).** `P04` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Yo'l ta'mirlash kimning vakolatida?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (1 балл).** Заполните форму `P04`.
#
# <details><summary>Подсказка</summary>
#
# В чьей компетенции ремонт дорог?
# </details>

# %% [markdown] lang="en"
# **Question 4 (1 point).** Fill in the form `P04`.
#
# <details><summary>Hint</summary>
#
# Whose job is road repair?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
P04 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
P04 = {
    "regime": "forward",
    "kind": "ariza",
    "deadline": "forward_5_days",
    "unit": "hokimiyat",
    "urgency": "P3",
    "why": "Yo'l ta'miri hokimiyat vakolatida: 5 kun ichida qayta yuboriladi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("P04")
check_case(P04, "P04")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "P04",
    {"regime": "forward", "kind": "ariza", "deadline": "forward_5_days", "unit": "hokimiyat", "urgency": "P3", "why": "forward_5"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### P05
#
# `e_murojaat` · 2026-04-08
#
# > Bog'ishamol bog'ida kechqurun yoritish kam, yoshlar to'planadi. Kechki payt patrul sonini ko'paytirishni taklif qilaman. Qosimova Feruza, Yunusobod tumani.

# %% [markdown] lang="uz"
# **5-savol (1 ball).** `P05` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Muallif yaxshilashni tavsiya qilyapti. Bu qaysi tur va 28-moddada uning muddati qancha?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (1 балл).** Заполните форму `P05`.
#
# <details><summary>Подсказка</summary>
#
# Автор рекомендует улучшение. Какой это вид и какой у него срок по ст. 28?
# </details>

# %% [markdown] lang="en"
# **Question 5 (1 point).** Fill in the form `P05`.
#
# <details><summary>Hint</summary>
#
# A recommendation: which kind, and what period under Art. 28?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
P05 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
P05 = {
    "regime": "appeals_law",
    "kind": "taklif",
    "deadline": "1_month",
    "unit": "prevention",
    "urgency": "P4",
    "why": "Taklif: 28-modda bo'yicha 1 oygacha ko'riladi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("P05")
check_case(P05, "P05")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "P05",
    {"regime": "appeals_law", "kind": "taklif", "deadline": "1_month", "unit": ["appeals_office", "prevention", "duty_unit"], "urgency": "P4", "why": ["art28", "art3_kinds"]},
)
### END HIDDEN TESTS

# %% [markdown]
# ### P06
#
# `personal_reception` · 2026-04-08 22:05 · og'zaki
#
# > Қўшнимнинг эри маст ҳолда уйга келди, ҳозир хотинини пичоқ билан қўрқитяпти, болалар кўчага қочиб чиқди. Тезроқ келинг! Каримов Олим, Сергели тумани, 4-мавзе, 17-уй.

# %% [markdown] lang="uz"
# **6-savol (1 ball).** `P06` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Xavf hozir bormi? Shoshilinchlikning eng yuqori darajasini eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 6 (1 балл).** Заполните форму `P06`.
#
# <details><summary>Подсказка</summary>
#
# Опасность сейчас? Вспомните высший уровень срочности.
# </details>

# %% [markdown] lang="en"
# **Question 6 (1 point).** Fill in the form `P06`.
#
# <details><summary>Hint</summary>
#
# Is the danger happening now? Recall the top urgency level.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q6_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
P06 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
P06 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "duty_unit",
    "urgency": "P1",
    "why": "Zo'ravonlik xavfi hozir: P1, navbatchi qism zudlik bilan yuboradi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q6_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("P06")
check_case(P06, "P06")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "P06",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": ["duty_unit", "prevention"], "urgency": "P1", "why": ["domestic_violence", "urgency", "art1_scope"]},
    because={"urgency": "domestic_violence"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### P07
#
# `mail` · 2026-04-09 · предыдущее обращение IIV-2026-000877, ответ дан 2026-03-30
#
# > Я уже писал вам о том, что сосед занял моё парковочное место, и получил ответ. С ответом не согласен, прошу рассмотреть вопрос ещё раз. Новых документов у меня нет. Ли Виктор, Яккасарайский район.

# %% [markdown] lang="uz"
# **7-savol (1 ball).** `P07` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# O'sha shaxs, o'sha masala, javob berilgan, yangi dalil yo'q.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 7 (1 балл).** Заполните форму `P07`.
#
# <details><summary>Подсказка</summary>
#
# То же лицо, тот же вопрос, ответ дан, новых доводов нет.
# </details>

# %% [markdown] lang="en"
# **Question 7 (1 point).** Fill in the form `P07`.
#
# <details><summary>Hint</summary>
#
# Same person, same issue, already answered, no new arguments.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q7_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
P07 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
P07 = {
    "regime": "appeals_law",
    "kind": "shikoyat",
    "deadline": "not_considered",
    "unit": "appeals_office",
    "urgency": "P4",
    "why": "Takroriy murojaat, yangi dalil yo'q: qayta ko'rilmaydi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q7_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("P07")
check_case(P07, "P07")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "P07",
    {"regime": "appeals_law", "kind": ["ariza", "shikoyat"], "deadline": "not_considered", "unit": ["appeals_office", "prevention"], "urgency": ["P3", "P4"], "why": "repeat"},
    because={"deadline": "repeat"},
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## 2-qism. Jadvalni o'qish
#
# `sample` — tuman murojaatlari jadvalining dastlabki 12 qatori. Har bir qator — bitta murojaat,
# har bir ustun — uning bitta belgisi: `channel` (kanal), `kind` (tur), `regime` (huquqiy rejim),
# `urgency` (shoshilinchlik), `department` (bo'linma). Savollarga jadvalga qarab, ko'z bilan sanab
# javob berish mumkin; kod yozishni bilsangiz — kod bilan.
#
# ### Namuna (yechilgan misol)
#
# Savol: jadvalda nechta **shikoyat** bor? `kind` ustunida `shikoyat` so'zi nechta qatorda turganini
# sanaymiz. Quyidagi kod aynan shuni qiladi; javob butun son.

# %% [markdown] lang="ru"
# ## Часть 2. Чтение таблицы
#
# `sample` — первые 12 строк таблицы обращений района. Каждая строка — одно обращение, каждый
# столбец — один его признак: `channel` (канал), `kind` (вид), `regime` (правовой режим), `urgency`
# (срочность), `department` (подразделение). На вопросы можно ответить, посмотрев на таблицу и
# посчитав глазами; если умеете писать код — кодом.
#
# ### Пример с решением
#
# Вопрос: сколько в таблице **жалоб** (`shikoyat`)? Считаем строки, где в столбце `kind` стоит
# `shikoyat`. Код ниже делает именно это; ответ — целое число.

# %% [markdown] lang="en"
# ## Part 2. Reading a table
#
# `sample` holds the first 12 rows of the district's appeals table: one row per appeal, one column
# per attribute. You can answer by looking and counting, or with code.
#
# ### Worked example
#
# How many **complaints** (`shikoyat`) are in the table? Count the rows whose `kind` is `shikoyat`;
# the code below does exactly that.

# %%
sample

# %%
n_shikoyat = int((sample["kind"] == "shikoyat").sum())
n_shikoyat

# %% [markdown] lang="uz"
# **8-savol (1 ball).** `sample` jadvalida `regime` ustuni `criminal` bo'lgan nechta murojaat bor? Sonni `n_criminal` ga yozing, masalan `n_criminal = 5`.
#
# <details><summary>Maslahat</summary>
#
# Namunadagi kodda `kind` va `"shikoyat"` o'rniga `regime` va `"criminal"` ni qo'ying.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 8 (1 балл).** Сколько обращений в `sample` имеют `regime` = `criminal`? Запишите число в `n_criminal`, например `n_criminal = 5`.
#
# <details><summary>Подсказка</summary>
#
# В коде примера замените `kind` и `"shikoyat"` на `regime` и `"criminal"`.
# </details>

# %% [markdown] lang="en"
# **Question 8 (1 point).** How many appeals in `sample` have `regime` = `criminal`? Store the number in `n_criminal`, e.g. `n_criminal = 5`.
#
# <details><summary>Hint</summary>
#
# In the example's code use `regime` and `"criminal"`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q8_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_criminal = int((sample["regime"] == "criminal").sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q8_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_criminal")
check_type(n_criminal, int, name="n_criminal")
### BEGIN HIDDEN TESTS
judge.value("n_criminal")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **9-savol (1 ball).** Qaysi bo'linma (`department`) jadvalda eng ko'p uchraydi? Uning qiymatini `top_department` ga yozing, masalan `top_department = "migration"`.
#
# <details><summary>Maslahat</summary>
#
# `department` ustunidagi har bir qiymatni sanang. Kod bilan: `sample["department"].value_counts()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 9 (1 балл).** Какое подразделение (`department`) встречается в таблице чаще всего? Запишите значение в `top_department`, например `top_department = "migration"`.
#
# <details><summary>Подсказка</summary>
#
# Посчитайте каждое значение столбца `department`. Кодом: `sample["department"].value_counts()`.
# </details>

# %% [markdown] lang="en"
# **Question 9 (1 point).** Which `department` appears most often? Store it in `top_department`, e.g. `top_department = "migration"`.
#
# <details><summary>Hint</summary>
#
# Count each value of `department`: `sample["department"].value_counts()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q9_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
top_department = str(sample["department"].value_counts().idxmax())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q9_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("top_department")
check_type(top_department, str, name="top_department")
### BEGIN HIDDEN TESTS
judge.value("top_department")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **10-savol (1 ball).** Jadvaldagi nechta murojaat `virtual_reception` (Prezident virtual qabulxonasi) orqali kelgan? Sonni `n_virtual` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Faqat `sample` jadvalidagi 12 qatorni sanang, butun `appeals` jadvalini emas.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 10 (1 балл).** Сколько обращений в таблице поступило через `virtual_reception` (Виртуальная приёмная Президента)? Запишите число в `n_virtual`.
#
# <details><summary>Подсказка</summary>
#
# Считайте только 12 строк `sample`, а не всю таблицу `appeals`.
# </details>

# %% [markdown] lang="en"
# **Question 10 (1 point).** How many appeals in the table came through `virtual_reception`? Store the number in `n_virtual`.
#
# <details><summary>Hint</summary>
#
# Count only the 12 rows of `sample`, not the whole `appeals` table.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q10_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_virtual = int((sample["channel"] == "virtual_reception").sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q10_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_virtual")
check_type(n_virtual, int, name="n_virtual")
### BEGIN HIDDEN TESTS
judge.value("n_virtual")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Yakun
#
# Quyidagi katak 1-qismdagi javoblaringizni bitta jadvalda ko'rsatadi. Topshirishdan oldin tekshiring.

# %% [markdown] lang="ru"
# ## Итог
#
# Ячейка ниже показывает ответы части 1 одной таблицей. Проверьте их перед сдачей.

# %% [markdown] lang="en"
# ## Summary
#
# The cell below shows your Part 1 answers as one table. Review them before you hand in.

# %%
answers_table(globals(), ["P01", "P02", "P03", "P04", "P05", "P06", "P07"])
