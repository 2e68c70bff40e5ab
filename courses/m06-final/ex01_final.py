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
# # Yakuniy baholash
#
# Kursning oxirgi kunidagi baholash. **1-qism** — 9 ta yangi murojaatni saralash (amaliy holatlar),
# **2-qism** — kurs ma'lumotlari bo'yicha 5 ta tahliliy savol: sanash, muddatni hisoblash, muddatga
# rioya qilish ulushi va kibergigiyena. Kurs materiallaridan foydalanish mumkin.

# %% [markdown] lang="ru"
# # Итоговая аттестация
#
# Аттестация в последний день курса. **Часть 1** — сортировка 9 новых обращений (практические
# случаи), **часть 2** — 5 аналитических вопросов по данным курса: подсчёт, расчёт срока, доля
# соблюдения сроков и кибергигиена. Материалами курса пользоваться можно.

# %% [markdown] lang="en"
# # Final assessment
#
# The last day's assessment. Part 1: triage 9 new appeals (casework). Part 2: 5 analytic questions
# on the course data: counting, computing a deadline, a compliance share and cyber hygiene. Course
# materials may be used.

# %% tags=["setup"]
LANG = "uz"
import datetime as dt

import pandas as pd

from malaka.grading.casework import answers_table, check_case
from malaka.grading.checks import check, check_defined, check_type

appeals = pd.read_csv("data/tuman-appeals/appeals.csv")
LINKS = [
    "https://my.gov.uz/oz/service/89",
    "http://iiv-uz.info/jarima-tolash",
    "https://lex.uz/docs/3336169",
    "https://gov.uz.murojaat-tekshir.com/login",
    "https://t.me/bonus_uz_bot/bonus.apk",
    "https://iiv.uz/news",
]

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
# ### F01
#
# `e_murojaat` · 2026-05-11
#
# > Продавал диван на OLX. Покупатель прислал ссылку «для получения предоплаты», я ввёл данные карты и код из SMS — с карты списали 3 500 000 сум. Карту заблокировал. Турсунова Алия, Юнусабадский район.

# %% [markdown] lang="uz"
# **1-savol (1 ball).** `F01` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Firibgarlik: qaysi bo'linma va nega tezlik muhim?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (1 балл).** Заполните форму `F01`.
#
# <details><summary>Подсказка</summary>
#
# Мошенничество: какое подразделение и почему важна скорость?
# </details>

# %% [markdown] lang="en"
# **Question 1 (1 point).** Fill in the form `F01`.
#
# <details><summary>Hint</summary>
#
# Fraud: which unit, and why does speed matter?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
F01 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
F01 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "cybercrime",
    "urgency": "P2",
    "why": "Kiberfiribgarlik — jinoyat-protsessual tartib (1-modda), P2.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("F01")
check_case(F01, "F01")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "F01",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": "cybercrime", "urgency": "P2", "why": ["art1_scope", "urgency"]},
)
### END HIDDEN TESTS

# %% [markdown]
# ### F02
#
# `mail` · 2026-05-11 · imzo va manzil yo'q
#
# > Tuman IIB boshlig'i qabulga hech qachon chiqmaydi, hammasi bir xil. Chora ko'ringlar!

# %% [markdown] lang="uz"
# **2-savol (1 ball).** `F02` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Muallif noma'lum va jinoyat haqida xabar yo'q. 29-moddani eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (1 балл).** Заполните форму `F02`.
#
# <details><summary>Подсказка</summary>
#
# Автор неизвестен, о преступлении не сообщается. Вспомните ст. 29.
# </details>

# %% [markdown] lang="en"
# **Question 2 (1 point).** Fill in the form `F02`.
#
# <details><summary>Hint</summary>
#
# Unknown author, no crime reported. Recall Art. 29.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
F02 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
F02 = {
    "regime": "appeals_law",
    "kind": "shikoyat",
    "deadline": "not_considered",
    "unit": "appeals_office",
    "urgency": "P4",
    "why": "Anonim: 29-modda bo'yicha ko'rmay qoldiriladi, xulosa yoziladi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("F02")
check_case(F02, "F02")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "F02",
    {"regime": "appeals_law", "kind": "shikoyat", "deadline": "not_considered", "unit": ["appeals_office", "internal_security"], "urgency": ["P3", "P4"], "why": "art29"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### F03
#
# `hotline_1102` · 2026-05-12 · og'zaki
#
# > Кеча миграция бўлимида навбатда турганимда ходим менга бақирди ва ҳужжатларимни қабул қилмай, эшикдан чиқариб юборди. Шу ходим устидан шикоят қиламан. Саидов Анвар, Учтепа тумани.

# %% [markdown] lang="uz"
# **3-savol (1 ball).** `F03` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Xodimning harakati ustidan shikoyat, 1102 orqali. Uni kim tekshiradi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (1 балл).** Заполните форму `F03`.
#
# <details><summary>Подсказка</summary>
#
# Жалоба на действия сотрудника через 1102. Кто её проверяет?
# </details>

# %% [markdown] lang="en"
# **Question 3 (1 point).** Fill in the form `F03`.
#
# <details><summary>Hint</summary>
#
# A complaint about an officer via 1102. Who reviews it?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
F03 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
F03 = {
    "regime": "appeals_law",
    "kind": "shikoyat",
    "deadline": "15_days",
    "unit": "internal_security",
    "urgency": "P3",
    "why": "1102 orqali xodim ustidan shikoyat: 28-modda, 15 kun.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("F03")
check_case(F03, "F03")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "F03",
    {"regime": "appeals_law", "kind": "shikoyat", "deadline": "15_days", "unit": "internal_security", "urgency": "P3", "why": ["hotline_1102", "art28", "art3_kinds"]},
    because={"unit": "hotline_1102"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### F04
#
# `virtual_reception` · 2026-05-12
#
# > Ввёз автомобиль из Казахстана, таможенный пост насчитал пошлину, с которой я не согласен. Прошу пересмотреть сумму. Абдуллаев Рустам, Бектемирский район.

# %% [markdown] lang="uz"
# **4-savol (1 ball).** `F04` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Boj to'lovi masalasini qaysi organ hal qiladi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (1 балл).** Заполните форму `F04`.
#
# <details><summary>Подсказка</summary>
#
# Какой орган решает вопрос о пошлине?
# </details>

# %% [markdown] lang="en"
# **Question 4 (1 point).** Fill in the form `F04`.
#
# <details><summary>Hint</summary>
#
# Which body decides customs duty?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
F04 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
F04 = {
    "regime": "forward",
    "kind": "shikoyat",
    "deadline": "forward_5_days",
    "unit": "customs",
    "urgency": "P3",
    "why": "Bojxona vakolatida: 5 kun ichida qayta yuboriladi, arizachiga xabar beriladi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("F04")
check_case(F04, "F04")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "F04",
    {"regime": "forward", "kind": "shikoyat", "deadline": "forward_5_days", "unit": "customs", "urgency": "P3", "why": "forward_5"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### F05
#
# `mail` · 2026-05-13
#
# > Fevral oyida bergan arizamga hali javob yo'q. Arizam profilaktika inspektoridan tergov bo'limiga, keyin qaytib o'tgan deyishdi. Arizam qayerda qolganini aniqlab, buzilgan huquqimni tiklashingizni talab qilaman. Buning uchun ikki bo'limning hujjatlarini tekshirish kerak bo'ladi. Ro'ziyev Dilshod, Yashnobod tumani.

# %% [markdown] lang="uz"
# **5-savol (1 ball).** `F05` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Bu shikoyat, lekin ikki bo'lim hujjatlarini tekshirish kerak. 28-moddada qo'shimcha o'rganish uchun qanday muddat bor?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (1 балл).** Заполните форму `F05`.
#
# <details><summary>Подсказка</summary>
#
# Это жалоба, но нужно проверить документы двух подразделений. Какой срок даёт ст. 28 при дополнительной проверке?
# </details>

# %% [markdown] lang="en"
# **Question 5 (1 point).** Fill in the form `F05`.
#
# <details><summary>Hint</summary>
#
# A complaint that needs two units' records checked. What period does Art. 28 give?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
F05 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
F05 = {
    "regime": "appeals_law",
    "kind": "shikoyat",
    "deadline": "1_month",
    "unit": "appeals_office",
    "urgency": "P3",
    "why": "Qo'shimcha o'rganish kerak: 28-modda bo'yicha 1 oygacha.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("F05")
check_case(F05, "F05")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "F05",
    {"regime": "appeals_law", "kind": "shikoyat", "deadline": "1_month", "unit": "appeals_office", "urgency": ["P3", "P4"], "why": "art28"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### F06
#
# `personal_reception` · 2026-05-13 06:50
#
# > Отам (78 ёш, хотираси заиф) кеча кечқурун уйдан чиқиб кетган ва қайтмади. Телефони уйда қолган. Шарипова Дилдора, Чилонзор тумани.

# %% [markdown] lang="uz"
# **6-savol (1 ball).** `F06` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Xotirasi zaif keksa odam yo'qolgan. Har bir soat muhim.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 6 (1 балл).** Заполните форму `F06`.
#
# <details><summary>Подсказка</summary>
#
# Пропал пожилой человек с потерей памяти. Важен каждый час.
# </details>

# %% [markdown] lang="en"
# **Question 6 (1 point).** Fill in the form `F06`.
#
# <details><summary>Hint</summary>
#
# An elderly person with memory loss is missing. Every hour counts.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q6_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
F06 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
F06 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "duty_unit",
    "urgency": "P1",
    "why": "Bedarak yo'qolgan keksa odam: P1, navbatchi qism zudlik bilan qidiradi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q6_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("F06")
check_case(F06, "F06")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "F06",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": "duty_unit", "urgency": "P1", "why": ["urgency", "art1_scope"]},
)
### END HIDDEN TESTS

# %% [markdown]
# ### F07
#
# `mail` · 2026-05-14 · приложена нотариальная доверенность
#
# > Я, адвокат Хамраев Н., действую по нотариальной доверенности от имени Сафаровой Д. (копия приложена). 10 апреля моя доверительница подала заявление о шуме от кафе, ответа нет до сих пор. Прошу дать ответ и восстановить её право на ответ в срок.

# %% [markdown] lang="uz"
# **7-savol (1 ball).** `F07` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Vakilning vakolat hujjati bormi? Agar bor bo'lsa, murojaat odatdagidek ko'riladi. Bu qaysi tur?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 7 (1 балл).** Заполните форму `F07`.
#
# <details><summary>Подсказка</summary>
#
# Есть ли у представителя документ о полномочиях? Если есть, обращение рассматривается как обычно. Какой это вид?
# </details>

# %% [markdown] lang="en"
# **Question 7 (1 point).** Fill in the form `F07`.
#
# <details><summary>Hint</summary>
#
# Does the representative have proof of authority? If so it is considered as usual. Which kind is it?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q7_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
F07 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
F07 = {
    "regime": "appeals_law",
    "kind": "shikoyat",
    "deadline": "15_days",
    "unit": "appeals_office",
    "urgency": "P3",
    "why": "Ishonchnoma bor (29-modda to'siq emas): shikoyat 28-modda bo'yicha 15 kunda.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q7_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("F07")
check_case(F07, "F07")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "F07",
    {"regime": "appeals_law", "kind": "shikoyat", "deadline": "15_days", "unit": "appeals_office", "urgency": "P3", "why": ["art28", "art29", "art3_kinds"]},
    because={"deadline": "art28"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### F08
#
# `e_murojaat` · 2026-05-14
#
# > Mashinamni to'xtash taqiqlangan joyda qoldirgan deb jarima yozishgan, lekin u yerda belgi yo'q edi, rasmini ilova qildim. Jarimani bekor qilishingizni so'rayman. Jo'rayev Otabek, Mirobod tumani.

# %% [markdown] lang="uz"
# **8-savol (1 ball).** `F08` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Jarima ustidan nizo qaysi tartibda ko'riladi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 8 (1 балл).** Заполните форму `F08`.
#
# <details><summary>Подсказка</summary>
#
# В каком порядке рассматривается спор о штрафе?
# </details>

# %% [markdown] lang="en"
# **Question 8 (1 point).** Fill in the form `F08`.
#
# <details><summary>Hint</summary>
#
# Which procedure governs a dispute over a fine?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q8_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
F08 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
F08 = {
    "regime": "administrative",
    "kind": "shikoyat",
    "deadline": "own_procedure",
    "unit": "traffic",
    "urgency": "P3",
    "why": "Jarima — ma'muriy javobgarlik tartibi (1-modda).",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q8_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("F08")
check_case(F08, "F08")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "F08",
    {"regime": "administrative", "kind": "shikoyat", "deadline": "own_procedure", "unit": "traffic", "urgency": "P3", "why": "art1_scope"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### F09
#
# `personal_reception` · 2026-05-15
#
# > Бывший муж постоянно звонит, угрожает расправой и приходит к дому, в прошлом месяце ударил меня. Сейчас его рядом нет. Прошу выдать охранный ордер. Каримова Севара, Шайхантахурский район.

# %% [markdown] lang="uz"
# **9-savol (1 ball).** `F09` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Tahdidlar takrorlanmoqda, hozir xavf yo'q. Himoya orderini kim beradi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 9 (1 балл).** Заполните форму `F09`.
#
# <details><summary>Подсказка</summary>
#
# Угрозы повторяются, сейчас опасности нет. Кто выдаёт охранный ордер?
# </details>

# %% [markdown] lang="en"
# **Question 9 (1 point).** Fill in the form `F09`.
#
# <details><summary>Hint</summary>
#
# Repeated threats, no danger right now. Who issues a protection order?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q9_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
F09 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
F09 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "prevention",
    "urgency": "P2",
    "why": "Oilaviy zo'ravonlik: profilaktika inspektori 24 soat ichida, himoya orderi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q9_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("F09")
check_case(F09, "F09")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "F09",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": "prevention", "urgency": "P2", "why": "domestic_violence"},
    because={"deadline": "domestic_violence", "urgency": "domestic_violence", "unit": "domestic_violence"},
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## 2-qism. Tahliliy savollar
#
# `appeals` — tumanning barcha murojaatlari jadvali (har bir qator — bitta murojaat). Muddatlar
# bo'yicha kurs kelishuvi (1-modul): 15 kunlik muddat `kelgan sana + 15 kun`; 1 oy — keyingi oyning
# o'sha kuni (31-yanvar + 1 oy = 28-fevral). `overdue` ustuni — muddat o'tganmi (`True`/`False`).
#
# ### Namuna (yechilgan misol)
#
# Quyidagi katak to'rtta o'xshash masalani yechadi: anonim murojaatlarni sanash; 20-fevralda kelgan
# shikoyatning muddati; `forward` rejimidagi murojaatlar ichida muddati o'tmaganlar ulushi; rasmiy
# domenni soxtasidan ajratish (rasmiy manzil `gov.uz` yoki `iiv.uz` bilan **tugaydi**: `my.gov.uz`
# — rasmiy, `my-gov-uz.net` yoki `gov.uz.example.com` — yo'q; `.apk` fayl havolasi — xavfli).

# %% [markdown] lang="ru"
# ## Часть 2. Аналитические вопросы
#
# `appeals` — таблица всех обращений района (строка — одно обращение). Соглашения курса о сроках
# (модуль 1): 15-дневный срок — `дата поступления + 15 дней`; 1 месяц — то же число следующего месяца
# (31 января + 1 месяц = 28 февраля). Столбец `overdue` — просрочено ли (`True`/`False`).
#
# ### Пример с решением
#
# Ячейка ниже решает четыре похожие задачи: подсчёт анонимных обращений; срок жалобы, поступившей
# 20 февраля; доля непросроченных среди обращений режима `forward`; отличие официального домена от
# поддельного (официальный адрес **заканчивается** на `gov.uz` или `iiv.uz`: `my.gov.uz` —
# официальный, `my-gov-uz.net` или `gov.uz.example.com` — нет; ссылка на файл `.apk` опасна).

# %% [markdown] lang="en"
# ## Part 2. Analytic questions
#
# `appeals` is the table of all the district's appeals. Course conventions (module 1): a 15-day term
# ends on `received + 15 days`; one month is the same day next month (31 Jan + 1 month = 28 Feb).
# `overdue` says whether the deadline was missed.
#
# ### Worked example
#
# The cell below solves four similar tasks: counting anonymous appeals; the deadline of a complaint
# received on 20 February; the on-time share among `forward` appeals; telling an official domain
# (ends with `gov.uz` or `iiv.uz`) from a fake one (`my-gov-uz.net`, `gov.uz.example.com`; a link to
# an `.apk` file is dangerous).

# %%
n_anonymous = int(appeals["anonymous"].sum())
due_example = str(dt.date(2026, 2, 20) + dt.timedelta(days=15))
_fw = appeals[appeals["regime"] == "forward"]
forward_on_time = float((~_fw["overdue"]).mean())
example_links = ["https://my.gov.uz/uz", "https://my-gov-uz.net/login", "https://gov.uz.example.com"]
example_suspicious = [2, 3]
n_anonymous, due_example, round(forward_on_time, 3), example_suspicious

# %% [markdown] lang="uz"
# **10-savol (1 ball).** `appeals` jadvalida nechta **shikoyat** (`kind == "shikoyat"`) bor? Sonni `n_complaints` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Namunadagi `anonymous` sanashiga o'xshaydi: avval `appeals["kind"] == "shikoyat"`, keyin `.sum()`.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 10 (1 балл).** Сколько в таблице `appeals` **жалоб** (`kind == "shikoyat"`)? Запишите число в `n_complaints`.
#
# <details><summary>Подсказка</summary>
#
# Как подсчёт `anonymous` в примере: сначала `appeals["kind"] == "shikoyat"`, затем `.sum()`.
# </details>

# %% [markdown] lang="en"
# **Question 10 (1 point).** How many **complaints** (`kind == "shikoyat"`) are in `appeals`? Store it in `n_complaints`.
#
# <details><summary>Hint</summary>
#
# Like counting `anonymous`: `appeals["kind"] == "shikoyat"`, then `.sum()`.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q10_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
n_complaints = int((appeals["kind"] == "shikoyat").sum())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q10_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("n_complaints")
check_type(n_complaints, int, name="n_complaints")
### BEGIN HIDDEN TESTS
judge.value("n_complaints")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **11-savol (1 ball).** 2026-yil 27-martda kelgan **ariza** qo'shimcha o'rganishni talab qilmaydi. Uning muddati qaysi sana? `"YYYY-MM-DD"` ko'rinishidagi matn sifatida `due_ariza` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# 28-modda: 15 kun. Namunadagi `due_example` qatoridagi sanani almashtiring.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 11 (1 балл).** **Заявление** поступило 27 марта 2026 года, дополнительной проверки не требует. Какая дата — срок? Запишите текст вида `"YYYY-MM-DD"` в `due_ariza`.
#
# <details><summary>Подсказка</summary>
#
# Ст. 28: 15 дней. Замените дату в строке `due_example` из примера.
# </details>

# %% [markdown] lang="en"
# **Question 11 (1 point).** An **application** received on 27 March 2026 needs no extra study. What is its deadline? Store a `"YYYY-MM-DD"` string in `due_ariza`.
#
# <details><summary>Hint</summary>
#
# Art. 28: 15 days. Change the date in the example's `due_example` line.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q11_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
due_ariza = str(dt.date(2026, 3, 27) + dt.timedelta(days=15))
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q11_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("due_ariza")
check_type(due_ariza, str, name="due_ariza")
check(
    len(due_ariza) == 10 and due_ariza[4] == "-" and due_ariza[7] == "-",
    uz="Sana \"YYYY-MM-DD\" ko'rinishida bo'lsin.",
    ru="Дата должна иметь вид \"YYYY-MM-DD\".",
    en="The date must look like \"YYYY-MM-DD\".",
)
### BEGIN HIDDEN TESTS
judge.value("due_ariza")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **12-savol (1 ball).** 2026-yil 31-yanvarda kelgan **taklif**ning muddati qaysi sana (kurs kelishuvi bo'yicha 1 oy)? `"YYYY-MM-DD"` ko'rinishida `due_taklif` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# 1 oy 30 kun emas: keyingi oyning o'sha kuni, u bo'lmasa — oyning oxirgi kuni.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 12 (1 балл).** Какая дата — срок **предложения**, поступившего 31 января 2026 года (1 месяц по соглашению курса)? Запишите в `due_taklif` в виде `"YYYY-MM-DD"`.
#
# <details><summary>Подсказка</summary>
#
# 1 месяц — не 30 дней: то же число следующего месяца, а если его нет — последний день месяца.
# </details>

# %% [markdown] lang="en"
# **Question 12 (1 point).** What is the deadline of a **proposal** received on 31 January 2026 (1 month, course convention)? Store it in `due_taklif` as `"YYYY-MM-DD"`.
#
# <details><summary>Hint</summary>
#
# One month is not 30 days: the same day next month, or its last day.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q12_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
due_taklif = str((pd.Timestamp("2026-01-31") + pd.DateOffset(months=1)).date())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q12_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("due_taklif")
check_type(due_taklif, str, name="due_taklif")
### BEGIN HIDDEN TESTS
judge.value("due_taklif")
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **13-savol (1 ball).** `regime` ustuni `appeals_law` bo'lgan murojaatlar ichida **muddati o'tmaganlar ulushi** qancha (0 dan 1 gacha)? `on_time_share` ga yozing.
#
# <details><summary>Maslahat</summary>
#
# Namunadagi `forward_on_time` ga qarang: rejimni almashtiring.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 13 (1 балл).** Какова **доля непросроченных** среди обращений с `regime` = `appeals_law` (от 0 до 1)? Запишите в `on_time_share`.
#
# <details><summary>Подсказка</summary>
#
# Посмотрите на `forward_on_time` в примере и замените режим.
# </details>

# %% [markdown] lang="en"
# **Question 13 (1 point).** What **share is not overdue** among appeals with `regime` = `appeals_law` (0 to 1)? Store it in `on_time_share`.
#
# <details><summary>Hint</summary>
#
# See `forward_on_time` in the example; change the regime.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q13_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
_law = appeals[appeals["regime"] == "appeals_law"]
on_time_share = float((~_law["overdue"]).mean())
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q13_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("on_time_share")
check(
    0.0 <= float(on_time_share) <= 1.0,
    uz="Ulush 0 va 1 orasida bo'ladi.",
    ru="Доля лежит между 0 и 1.",
    en="A share lies between 0 and 1.",
)
### BEGIN HIDDEN TESTS
judge.value("on_time_share", abs=1e-6)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# **14-savol (1 ball).** `LINKS` ro'yxatidagi havolalarning qaysilari **shubhali**? Ularning tartib raqamlarini (1 dan boshlab) ro'yxat sifatida `suspicious` ga yozing, masalan `suspicious = [1, 6]`.
#
# <details><summary>Maslahat</summary>
#
# Har bir manzilning domeni nima bilan **tugashiga** qarang; `.apk` fayllarga e'tibor bering.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 14 (1 балл).** Какие ссылки из списка `LINKS` **подозрительны**? Запишите их номера (с 1) списком в `suspicious`, например `suspicious = [1, 6]`.
#
# <details><summary>Подсказка</summary>
#
# Смотрите, чем **заканчивается** домен каждого адреса; обратите внимание на файлы `.apk`.
# </details>

# %% [markdown] lang="en"
# **Question 14 (1 point).** Which links in `LINKS` are **suspicious**? Store their numbers (from 1) as a list in `suspicious`, e.g. `suspicious = [1, 6]`.
#
# <details><summary>Hint</summary>
#
# Look at how each domain **ends**; watch for `.apk` files.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q14_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
suspicious = [2, 4, 5]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q14_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("suspicious")
check_type(suspicious, list, name="suspicious")
check(
    all(isinstance(i, int) and 1 <= i <= len(LINKS) for i in suspicious),
    uz="Ro'yxatda 1 dan 6 gacha bo'lgan butun sonlar bo'lsin.",
    ru="В списке должны быть целые числа от 1 до 6.",
    en="The list must hold whole numbers from 1 to 6.",
)
### BEGIN HIDDEN TESTS
_s = judge.fetch("suspicious", list)
judge.expect(sorted(set(_s)), sorted(judge.ref("suspicious")), "suspicious")
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
answers_table(globals(), ["F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09"])
