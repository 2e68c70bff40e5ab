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
# # 0-mashq. Amaliy holatlar: murojaatni saralash
#
# Tuman ichki ishlar bo'limiga bir haftada kelgan 20 ta murojaat. Ular kelganidek: o'zbek (lotin va
# kirill) va rus tillarida. Har biri uchun navbatchi yoki murojaatlar bo'limi xodimi qiladigan
# ishni qiling: **avval huquqiy rejim**, keyin tur, muddat, vakolatli bo'linma, shoshilinchlik va
# bir jumlali asoslash. Kod deyarli yo'q: faqat qo'shtirnoq ichini to'ldirasiz.

# %% [markdown] lang="ru"
# # Упражнение 0. Практические случаи: сортировка обращений
#
# 20 обращений, поступивших в районный отдел внутренних дел за неделю, — как они приходят: на
# узбекском (латиница и кириллица) и русском языках. Для каждого сделайте то, что делает дежурный
# или сотрудник отдела по работе с обращениями: **сначала правовой режим**, затем вид, срок,
# компетентное подразделение, срочность и обоснование в одну фразу. Кода почти нет: вы только
# заполняете кавычки.

# %% [markdown] lang="en"
# # Exercise 0. Casework: triaging appeals
#
# Twenty appeals that reached a district police department in one week, as they arrived: in Uzbek
# (Latin and Cyrillic) and Russian. For each, do what the duty officer or the appeals office does:
# **the legal regime first**, then kind, deadline, competent unit, urgency and a one-line
# justification. There is almost no code: you fill in the quotes.

# %% tags=["setup"]
LANG = "uz"
from malaka.grading.casework import answers_table, check_case
from malaka.grading.checks import check_defined

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
# ### K01
#
# `e_murojaat` · 2026-03-03 09:12
#
# > Assalomu alaykum. Kecha soat 19:00 larda Yunusobod dehqon bozori yonida sumkamdan telefonimni o'g'irlab ketishdi (Samsung, qora rangli). Ismim Karimova Dilnoza Akmal qizi, Yunusobod tumani, Bog'ishamol MFY, 14-uy. Telefon: +998 90 123 45 67.

# %% [markdown] lang="uz"
# **1-savol (1 ball).** `K01` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Bu murojaat qaysi qonun bo'yicha ko'riladi: murojaatlar qonunimi yoki boshqa tartibmi? 1-moddani eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 1 (1 балл).** Заполните форму `K01`.
#
# <details><summary>Подсказка</summary>
#
# По какому закону рассматривается это обращение: по закону об обращениях или в ином порядке? Вспомните статью 1.
# </details>

# %% [markdown] lang="en"
# **Question 1 (1 point).** Fill in the form `K01`.
#
# <details><summary>Hint</summary>
#
# Which law governs this appeal: the appeals law or another procedure? Recall Art. 1.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K01 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K01 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "investigation",
    "urgency": "P2",
    "why": "O'g'irlik — jinoyat-protsessual tartib (1-modda), 15 kun emas; iz yangi, P2.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K01")
check_case(K01, "K01")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K01",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": ["investigation", "duty_unit"], "urgency": "P2", "why": "art1_scope"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K02
#
# `mail` · 2026-03-03 · без подписи и обратного адреса
#
# > Сообщаю, что в подвале дома 14 по улице Чупон-ота каждый вечер собираются люди и продают наркотики. Подписываться не буду, боюсь.

# %% [markdown] lang="uz"
# **2-savol (1 ball).** `K02` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Imzo va manzil yo'q. Lekin xabar nima haqida? Jinoyat haqidagi anonim xabar bo'yicha kurs qoidasini eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 2 (1 балл).** Заполните форму `K02`.
#
# <details><summary>Подсказка</summary>
#
# Нет подписи и адреса. Но о чём сообщение? Вспомните правило курса об анонимном сообщении о преступлении.
# </details>

# %% [markdown] lang="en"
# **Question 2 (1 point).** Fill in the form `K02`.
#
# <details><summary>Hint</summary>
#
# No name or address. But what is it about? Recall the course rule on an anonymous crime report.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K02 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K02 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "duty_unit",
    "urgency": "P2",
    "why": "Anonim, lekin jinoyat haqida: navbatchilik qismiga tezkor axborot sifatida beriladi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K02")
check_case(K02, "K02")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K02",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": "duty_unit", "urgency": ["P1", "P2"], "why": ["anon_crime", "art1_scope"]},
    because={"deadline": "anon_crime", "unit": "anon_crime"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K03
#
# `hotline_1102` · 2026-03-04 14:40 · og'zaki
#
# > Мен Раҳимов Ботир, Чилонзор тумани, Қатортол МФЙ. Бугун эрталаб йўл ҳаракати хавфсизлиги ходими ҳужжатларимни текширганда қўпол гапирди, ўзини таништирмади ва гувоҳномасини кўрсатмади. Шу ходим устидан шикоят қиламан.

# %% [markdown] lang="uz"
# **3-savol (1 ball).** `K03` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Shikoyat ichki ishlar xodimining harakatlari ustidan, 1102 orqali keldi. Uni o'sha xodim ishlaydigan xizmatga yuborish to'g'rimi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 3 (1 балл).** Заполните форму `K03`.
#
# <details><summary>Подсказка</summary>
#
# Жалоба на действия сотрудника ОВД поступила по 1102. Правильно ли отправлять её в ту же службу, где работает сотрудник?
# </details>

# %% [markdown] lang="en"
# **Question 3 (1 point).** Fill in the form `K03`.
#
# <details><summary>Hint</summary>
#
# A complaint about an officer via 1102. Should it go to the officer's own service?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K03 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K03 = {
    "regime": "appeals_law",
    "kind": "shikoyat",
    "deadline": "15_days",
    "unit": "internal_security",
    "urgency": "P3",
    "why": "1102 orqali xodim ustidan shikoyat: murojaatlar qonuni, 28-modda bo'yicha 15 kun.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K03")
check_case(K03, "K03")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K03",
    {"regime": "appeals_law", "kind": "shikoyat", "deadline": "15_days", "unit": "internal_security", "urgency": "P3", "why": ["hotline_1102", "art28", "art3_kinds"]},
    because={"unit": "hotline_1102"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K04
#
# `virtual_reception` · 2026-03-04
#
# > Mahallamizda (Sergeli tumani, Yangi hayot MFY) uch haftadan beri ichimlik suvi yo'q. Suv ta'minoti korxonasiga bir necha marta aytdik, natija yo'q. Iltimos, chora ko'ring. Usmonov Jamshid, 7-uy.

# %% [markdown] lang="uz"
# **4-savol (1 ball).** `K04` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Suv ta'minoti ichki ishlar organining vakolatiga kiradimi? Kirmasa, nima qilinadi va qancha muddatda?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 4 (1 балл).** Заполните форму `K04`.
#
# <details><summary>Подсказка</summary>
#
# Входит ли водоснабжение в компетенцию ОВД? Если нет, что делается и в какой срок?
# </details>

# %% [markdown] lang="en"
# **Question 4 (1 point).** Fill in the form `K04`.
#
# <details><summary>Hint</summary>
#
# Is water supply a police matter? If not, what is done and within what time?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K04 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K04 = {
    "regime": "forward",
    "kind": "ariza",
    "deadline": "forward_5_days",
    "unit": "hokimiyat",
    "urgency": "P3",
    "why": "Vakolatimizga kirmaydi: 5 kun ichida hokimiyatga qayta yuboriladi, arizachiga xabar beriladi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K04")
check_case(K04, "K04")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K04",
    {"regime": "forward", "kind": "ariza", "deadline": "forward_5_days", "unit": "hokimiyat", "urgency": "P3", "why": "forward_5"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K05
#
# `personal_reception` · 2026-03-05 21:15 · дежурный принял устно
#
# > Я соседка из квартиры 23 (Мирзо-Улугбекский район, махалля «Буюк ипак йули», дом 5). Прямо сейчас муж бьёт жену в квартире 24, слышны крики, плачут дети. Пожалуйста, пришлите кого-нибудь. Ахмедова Лола, тел. +998 93 555 12 34.

# %% [markdown] lang="uz"
# **5-savol (1 ball).** `K05` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Zo'ravonlik hozir davom etyaptimi? Shoshilinchlik bo'yicha kurs qoidasini va oiladagi zo'ravonlik bo'yicha qoidani eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 5 (1 балл).** Заполните форму `K05`.
#
# <details><summary>Подсказка</summary>
#
# Насилие происходит прямо сейчас? Вспомните правило курса о срочности и правило о насилии в семье.
# </details>

# %% [markdown] lang="en"
# **Question 5 (1 point).** Fill in the form `K05`.
#
# <details><summary>Hint</summary>
#
# Is the violence happening now? Recall the course urgency rule and the domestic-violence rule.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K05 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K05 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "duty_unit",
    "urgency": "P1",
    "why": "Zo'ravonlik hozir davom etyapti: P1, navbatchilik qismi zudlik bilan guruh yuboradi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K05")
check_case(K05, "K05")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K05",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": ["duty_unit", "prevention"], "urgency": "P1", "why": ["domestic_violence", "urgency", "art1_scope"]},
    because={"urgency": "domestic_violence"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K06
#
# `mail` · 2026-03-06 · oldingi murojaat: IIV-2026-000311 (javob 2026-02-20 da berilgan)
#
# > Men 2-fevral kuni qo'shnim bilan chegara devori bo'yicha ariza bergan edim va javob oldim. Javobga qo'shilmayman. Yana o'sha masalani qaytadan ko'rib chiqishingizni so'rayman. Yangi hujjat yoki guvoh yo'q. Yo'ldoshev Erkin, Olmazor tumani.

# %% [markdown] lang="uz"
# **6-savol (1 ball).** `K06` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Bu o'sha shaxsning o'sha masala bo'yicha ikkinchi murojaati. Unda yangi dalil yoki holat bormi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 6 (1 балл).** Заполните форму `K06`.
#
# <details><summary>Подсказка</summary>
#
# Это повторное обращение того же лица по тому же вопросу. Есть ли в нём новые доводы или обстоятельства?
# </details>

# %% [markdown] lang="en"
# **Question 6 (1 point).** Fill in the form `K06`.
#
# <details><summary>Hint</summary>
#
# The same person, the same issue, a second time. Are there new arguments or facts?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q6_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K06 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K06 = {
    "regime": "appeals_law",
    "kind": "shikoyat",
    "deadline": "not_considered",
    "unit": "appeals_office",
    "urgency": "P4",
    "why": "Takroriy murojaat, yangi dalil yo'q: qayta ko'rilmaydi, bu haqda xabar beriladi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q6_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K06")
check_case(K06, "K06")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K06",
    {"regime": "appeals_law", "kind": ["ariza", "shikoyat"], "deadline": "not_considered", "unit": ["appeals_office", "prevention"], "urgency": ["P3", "P4"], "why": "repeat"},
    because={"deadline": "repeat"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K07
#
# `e_murojaat` · 2026-03-06
#
# > Маҳалламиздаги 112-мактаб ёнидаги чорраҳада ҳар куни эрталаб болалар йўлни кесиб ўтади. У ерга светофор ўрнатиш ва кечаси ёритишни яхшилашни таклиф қиламан. Назарова Гулнора, Яккасарой тумани.

# %% [markdown] lang="uz"
# **7-savol (1 ball).** `K07` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Muallif hech narsani tiklashni so'ramayapti, faoliyatni yaxshilashni tavsiya qilyapti. 3-moddadagi turlarni va 28-moddadagi muddatlarni eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 7 (1 балл).** Заполните форму `K07`.
#
# <details><summary>Подсказка</summary>
#
# Автор не просит восстановить права, а рекомендует улучшение. Вспомните виды обращений (ст. 3) и сроки (ст. 28).
# </details>

# %% [markdown] lang="en"
# **Question 7 (1 point).** Fill in the form `K07`.
#
# <details><summary>Hint</summary>
#
# The author recommends an improvement. Recall the kinds (Art. 3) and the deadlines (Art. 28).
# </details>

# %% nbgrader={"grade": false, "grade_id": "q7_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K07 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K07 = {
    "regime": "appeals_law",
    "kind": "taklif",
    "deadline": "1_month",
    "unit": "traffic",
    "urgency": "P4",
    "why": "Taklif: 28-modda bo'yicha 1 oygacha ko'riladi, yo'l harakati xavfsizligi xizmatiga.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q7_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K07")
check_case(K07, "K07")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K07",
    {"regime": "appeals_law", "kind": "taklif", "deadline": "1_month", "unit": ["traffic", "appeals_office"], "urgency": "P4", "why": ["art28", "art3_kinds"]},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K08
#
# `e_murojaat` · 2026-03-07
#
# > Не согласен с постановлением о штрафе за превышение скорости от 01.03.2026: в тот день моя машина стояла в гараже, это подтвердят соседи. Прошу отменить постановление. Ким Сергей, Яшнабадский район.

# %% [markdown] lang="uz"
# **8-savol (1 ball).** `K08` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Jarima ustidan nizo qaysi kodeks bo'yicha ko'riladi? 1-moddani eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 8 (1 балл).** Заполните форму `K08`.
#
# <details><summary>Подсказка</summary>
#
# По какому кодексу рассматривается спор о штрафе? Вспомните статью 1.
# </details>

# %% [markdown] lang="en"
# **Question 8 (1 point).** Fill in the form `K08`.
#
# <details><summary>Hint</summary>
#
# Which code governs a dispute over a fine? Recall Art. 1.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q8_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K08 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K08 = {
    "regime": "administrative",
    "kind": "shikoyat",
    "deadline": "own_procedure",
    "unit": "traffic",
    "urgency": "P3",
    "why": "Jarima ustidan nizo ma'muriy javobgarlik tartibida (1-modda), murojaatlar qonuni emas.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q8_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K08")
check_case(K08, "K08")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K08",
    {"regime": "administrative", "kind": "shikoyat", "deadline": "own_procedure", "unit": "traffic", "urgency": "P3", "why": "art1_scope"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K09
#
# `personal_reception` · 2026-03-09
#
# > Bozorda pasportimni yo'qotib qo'ydim. Yangisini olish uchun qanday hujjatlar kerak va qayerga borishim kerak? Tursunov Akmal, Bektemir tumani.

# %% [markdown] lang="uz"
# **9-savol (1 ball).** `K09` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Bu pasport berish — davlat xizmati. U o'z tartibiga egami yoki murojaatlar qonunining muddati qo'llanadimi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 9 (1 балл).** Заполните форму `K09`.
#
# <details><summary>Подсказка</summary>
#
# Выдача паспорта — государственная услуга. У неё свой порядок или действует срок закона об обращениях?
# </details>

# %% [markdown] lang="en"
# **Question 9 (1 point).** Fill in the form `K09`.
#
# <details><summary>Hint</summary>
#
# Issuing a passport is a public service. Does it have its own procedure?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q9_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K09 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K09 = {
    "regime": "public_service",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "migration",
    "urgency": "P3",
    "why": "Pasport — davlat xizmati, o'z tartibi bor (1-modda: boshqa qonunlar); migratsiya bo'limi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q9_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K09")
check_case(K09, "K09")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K09",
    {"regime": "public_service", "kind": "ariza", "deadline": "own_procedure", "unit": "migration", "urgency": "P3", "why": "art1_scope"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K10
#
# `e_murojaat` · 2026-03-09 08:05
#
# > Кеча кечқурун Телеграмда "бонус олинг" деган ҳавола келди, босдим ва картамдан 2 миллион сўм ечиб олинди. Банк карта рақамини тўхтатди. Пулимни қайтаришга ёрдам беринг. Хўжаев Сардор, Миробод тумани.

# %% [markdown] lang="uz"
# **10-savol (1 ball).** `K10` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Firibgarlik — jinoyat. Qaysi bo'linma bunday ishlarni ko'radi va nega tezlik muhim (pulni to'xtatish imkoniyati)?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 10 (1 балл).** Заполните форму `K10`.
#
# <details><summary>Подсказка</summary>
#
# Мошенничество — преступление. Какое подразделение ведёт такие дела и почему важна скорость (шанс заблокировать деньги)?
# </details>

# %% [markdown] lang="en"
# **Question 10 (1 point).** Fill in the form `K10`.
#
# <details><summary>Hint</summary>
#
# Fraud is a crime. Which unit handles it, and why does speed matter?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q10_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K10 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K10 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "cybercrime",
    "urgency": "P2",
    "why": "Kiberfiribgarlik — jinoyat-protsessual tartib (1-modda); pulni to'xtatish uchun P2.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q10_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K10")
check_case(K10, "K10")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K10",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": "cybercrime", "urgency": "P2", "why": ["art1_scope", "urgency"]},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K11
#
# `mail` · 2026-03-10 · без подписи и адреса
#
# > Наш участковый инспектор никогда не бывает на опорном пункте, на звонки не отвечает. Примите меры. Жители махалли.

# %% [markdown] lang="uz"
# **11-savol (1 ball).** `K11` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Imzo va manzil yo'q, xabar jinoyat haqida emas. 29-moddani eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 11 (1 балл).** Заполните форму `K11`.
#
# <details><summary>Подсказка</summary>
#
# Нет подписи и адреса, и это не сообщение о преступлении. Вспомните статью 29.
# </details>

# %% [markdown] lang="en"
# **Question 11 (1 point).** Fill in the form `K11`.
#
# <details><summary>Hint</summary>
#
# No name or address, and no crime reported. Recall Art. 29.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q11_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K11 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K11 = {
    "regime": "appeals_law",
    "kind": "shikoyat",
    "deadline": "not_considered",
    "unit": "appeals_office",
    "urgency": "P4",
    "why": "Anonim murojaat, jinoyat haqida emas: 29-modda bo'yicha ko'rmay qoldiriladi, xulosa yoziladi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q11_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K11")
check_case(K11, "K11")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K11",
    {"regime": "appeals_law", "kind": "shikoyat", "deadline": "not_considered", "unit": ["appeals_office", "internal_security"], "urgency": ["P3", "P4"], "why": "art29"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K12
#
# `virtual_reception` · 2026-03-10
#
# > Men nafaqadaman, nafaqam kam, o'g'lim ishsiz. Uy-joy va ish topishda yordam berishingizni so'rayman. Ergasheva Muhabbat, Uchtepa tumani, Navbahor MFY, 3-uy.

# %% [markdown] lang="uz"
# **12-savol (1 ball).** `K12` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Ish va uy-joy masalasini ichki ishlar organi hal qiladimi? Kim hal qiladi va qancha muddatda yuboriladi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 12 (1 балл).** Заполните форму `K12`.
#
# <details><summary>Подсказка</summary>
#
# Решает ли ОВД вопросы работы и жилья? Кто решает и в какой срок пересылается обращение?
# </details>

# %% [markdown] lang="en"
# **Question 12 (1 point).** Fill in the form `K12`.
#
# <details><summary>Hint</summary>
#
# Do the police decide jobs and housing? Who does, and within what time is it forwarded?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q12_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K12 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K12 = {
    "regime": "forward",
    "kind": "ariza",
    "deadline": "forward_5_days",
    "unit": "hokimiyat",
    "urgency": "P3",
    "why": "Ijtimoiy masala vakolatimizga kirmaydi: 5 kun ichida hokimiyatga yuboriladi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q12_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K12")
check_case(K12, "K12")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K12",
    {"regime": "forward", "kind": "ariza", "deadline": "forward_5_days", "unit": ["hokimiyat", "mahalla"], "urgency": "P3", "why": "forward_5"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K13
#
# `102` · 2026-03-11 02:10 · устно
#
# > Соседи сверху уже третий час громко слушают музыку и кричат, сейчас два часа ночи, дети не могут спать. Рашидов Тимур, Шайхантахурский район, дом 9, кв. 12.

# %% [markdown] lang="uz"
# **13-savol (1 ball).** `K13` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Nizo hozir davom etyaptimi? Shovqin uchun javobgarlik qaysi tartibda? 1-modda va shoshilinchlik qoidasini eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 13 (1 балл).** Заполните форму `K13`.
#
# <details><summary>Подсказка</summary>
#
# Нарушение происходит сейчас? В каком порядке ответственность за шум? Вспомните статью 1 и правило срочности.
# </details>

# %% [markdown] lang="en"
# **Question 13 (1 point).** Fill in the form `K13`.
#
# <details><summary>Hint</summary>
#
# Is it happening now? Which procedure covers noise? Recall Art. 1 and the urgency rule.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q13_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K13 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K13 = {
    "regime": "administrative",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "duty_unit",
    "urgency": "P1",
    "why": "Tartib buzilishi hozir davom etyapti: ma'muriy tartib (1-modda), P1 — navbatchi qism.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q13_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K13")
check_case(K13, "K13")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K13",
    {"regime": "administrative", "kind": "ariza", "deadline": "own_procedure", "unit": ["duty_unit", "prevention"], "urgency": "P1", "why": ["art1_scope", "urgency"]},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K14
#
# `mail` · 2026-03-11
#
# > 2023-yilda tuman IIBga bergan arizam bo'yicha qanday chora ko'rilganini bilmoqchiman. O'sha arizaning raqami saqlanmagan, faqat taxminiy sanasi esimda (2023-yil, may). Arxivdan izlab, javob nusxasini yuborishingizni so'rayman. Qodirov Nodir, Chilonzor tumani.

# %% [markdown] lang="uz"
# **14-savol (1 ball).** `K14` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Bu ariza, lekin javob berish uchun arxivdan hujjat izlash kerak. 28-moddada qo'shimcha o'rganish uchun qanday muddat bor?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 14 (1 балл).** Заполните форму `K14`.
#
# <details><summary>Подсказка</summary>
#
# Это заявление, но для ответа нужно искать документы в архиве. Какой срок ст. 28 даёт, если нужна дополнительная проверка?
# </details>

# %% [markdown] lang="en"
# **Question 14 (1 point).** Fill in the form `K14`.
#
# <details><summary>Hint</summary>
#
# An application that needs an archive search. What period does Art. 28 give when extra study is needed?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q14_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K14 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K14 = {
    "regime": "appeals_law",
    "kind": "ariza",
    "deadline": "1_month",
    "unit": "appeals_office",
    "urgency": "P4",
    "why": "Arxivdan izlash kerak: 28-modda bo'yicha qo'shimcha o'rganish, 1 oygacha.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q14_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K14")
check_case(K14, "K14")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K14",
    {"regime": "appeals_law", "kind": "ariza", "deadline": "1_month", "unit": "appeals_office", "urgency": ["P3", "P4"], "why": "art28"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K15
#
# `personal_reception` · 2026-03-12 07:30
#
# > Ўғлим Жасур (9 ёш) кеча соат 16:00 да мактабдан қайтмади. Дўстлариникида ҳам йўқ, телефони ўчиқ. Тун бўйи қидирдик. Абдуллаева Зарина, Яшнобод тумани.

# %% [markdown] lang="uz"
# **15-savol (1 ball).** `K15` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Bola yo'qolgan. Har bir soat muhim. Shoshilinchlik qoidasidagi eng yuqori darajani eslang.
# </details>

# %% [markdown] lang="ru"
# **Вопрос 15 (1 балл).** Заполните форму `K15`.
#
# <details><summary>Подсказка</summary>
#
# Пропал ребёнок, важен каждый час. Вспомните высший уровень в правиле срочности.
# </details>

# %% [markdown] lang="en"
# **Question 15 (1 point).** Fill in the form `K15`.
#
# <details><summary>Hint</summary>
#
# A missing child: every hour counts. Recall the top urgency level.
# </details>

# %% nbgrader={"grade": false, "grade_id": "q15_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K15 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K15 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "duty_unit",
    "urgency": "P1",
    "why": "Bedarak yo'qolgan bola: P1, navbatchi qism zudlik bilan qidiruvni boshlaydi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q15_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K15")
check_case(K15, "K15")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K15",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": "duty_unit", "urgency": "P1", "why": ["urgency", "art1_scope"]},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K16
#
# `e_murojaat` · 2026-03-12
#
# > Заказал из-за рубежа запчасти для автомобиля, посылка больше месяца стоит на таможне, мне не объясняют причину. Помогите получить посылку. Юсупов Азиз, Сергелийский район.

# %% [markdown] lang="uz"
# **16-savol (1 ball).** `K16` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Bojxonadagi yuk masalasini kim hal qiladi? Vakolatga kirmasa, nima qilinadi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 16 (1 балл).** Заполните форму `K16`.
#
# <details><summary>Подсказка</summary>
#
# Кто решает вопрос о посылке на таможне? Что делать, если это не наша компетенция?
# </details>

# %% [markdown] lang="en"
# **Question 16 (1 point).** Fill in the form `K16`.
#
# <details><summary>Hint</summary>
#
# Who decides about a parcel held by customs? What if it is not a police matter?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q16_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K16 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K16 = {
    "regime": "forward",
    "kind": "ariza",
    "deadline": "forward_5_days",
    "unit": "customs",
    "urgency": "P3",
    "why": "Bojxona vakolatida: 5 kun ichida bojxonaga qayta yuboriladi, arizachiga xabar.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q16_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K16")
check_case(K16, "K16")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K16",
    {"regime": "forward", "kind": "ariza", "deadline": "forward_5_days", "unit": "customs", "urgency": "P3", "why": "forward_5"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K17
#
# `mail` · 2026-03-13
#
# > Akam Toshpo'latov Ulug'bek nomidan yozyapman, u Rossiyada ishlaydi, ishonchnoma yo'q. Uning uyi yonidagi ko'chada kechalari yoritish yo'q va bezorilar to'planadi. Uchastka inspektori chora ko'rsin. Toshpo'latov Bahodir.

# %% [markdown] lang="uz"
# **17-savol (1 ball).** `K17` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Murojaat boshqa shaxs nomidan, vakolat hujjatisiz yozilgan. 29-moddada bu haqda nima deyilgan?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 17 (1 балл).** Заполните форму `K17`.
#
# <details><summary>Подсказка</summary>
#
# Обращение подано от имени другого лица без документа о полномочиях. Что говорит об этом статья 29?
# </details>

# %% [markdown] lang="en"
# **Question 17 (1 point).** Fill in the form `K17`.
#
# <details><summary>Hint</summary>
#
# Written on someone else's behalf without proof of authority. What does Art. 29 say?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q17_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K17 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K17 = {
    "regime": "appeals_law",
    "kind": "ariza",
    "deadline": "not_considered",
    "unit": "appeals_office",
    "urgency": "P4",
    "why": "Vakil ishonchnomasiz: 29-modda bo'yicha ko'rmay qoldiriladi, xulosa rasmiylashtiriladi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q17_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K17")
check_case(K17, "K17")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K17",
    {"regime": "appeals_law", "kind": "ariza", "deadline": "not_considered", "unit": ["appeals_office", "prevention"], "urgency": ["P3", "P4"], "why": "art29"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K18
#
# `personal_reception` · 2026-03-13
#
# > Мой сын состоит на учёте в инспекции пробации. Ему предложили работу в Самаркандской области. Прошу разъяснить, может ли он переехать и что для этого нужно. Петрова Ирина, Мирабадский район.

# %% [markdown] lang="uz"
# **18-savol (1 ball).** `K18` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Bu oddiy ariza: huquqni amalga oshirishda yordam so'raladi. Qaysi inspektor bunga javob beradi va 28-modda bo'yicha muddat qancha?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 18 (1 балл).** Заполните форму `K18`.
#
# <details><summary>Подсказка</summary>
#
# Это обычное заявление с просьбой о содействии. Какой инспектор отвечает и какой срок по ст. 28?
# </details>

# %% [markdown] lang="en"
# **Question 18 (1 point).** Fill in the form `K18`.
#
# <details><summary>Hint</summary>
#
# A plain application. Which inspector answers, and what is the Art. 28 period?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q18_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K18 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K18 = {
    "regime": "appeals_law",
    "kind": "ariza",
    "deadline": "15_days",
    "unit": "probation",
    "urgency": "P3",
    "why": "Oddiy ariza: 28-modda bo'yicha 15 kun, probatsiya inspektori javob beradi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q18_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K18")
check_case(K18, "K18")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K18",
    {"regime": "appeals_law", "kind": "ariza", "deadline": "15_days", "unit": "probation", "urgency": "P3", "why": "art28"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K19
#
# `personal_reception` · 2026-03-14
#
# > Собиқ эрим ҳар куни уйимга келиб, мени қўрқитади ва болаларимни олиб кетишини айтади. Ўтган ой ҳам шундай бўлган эди. Ҳозир у йўқ. Ҳимоя ордери беришингизни сўрайман. Саидова Малика, Олмазор тумани, Қорасарой МФЙ.

# %% [markdown] lang="uz"
# **19-savol (1 ball).** `K19` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Tahdid takrorlanmoqda, lekin hozir zo'ravonlik yo'q. Himoya orderini kim beradi va ish qancha vaqtda o'rganiladi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 19 (1 балл).** Заполните форму `K19`.
#
# <details><summary>Подсказка</summary>
#
# Угрозы повторяются, но сейчас насилия нет. Кто выдаёт охранный ордер и за какое время изучается случай?
# </details>

# %% [markdown] lang="en"
# **Question 19 (1 point).** Fill in the form `K19`.
#
# <details><summary>Hint</summary>
#
# Repeated threats, no violence right now. Who issues a protection order, and how fast is the case studied?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q19_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K19 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K19 = {
    "regime": "criminal",
    "kind": "ariza",
    "deadline": "own_procedure",
    "unit": "prevention",
    "urgency": "P2",
    "why": "Oilaviy tahdid: profilaktika inspektori 24 soat ichida o'rganadi, himoya orderi beradi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q19_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K19")
check_case(K19, "K19")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K19",
    {"regime": "criminal", "kind": "ariza", "deadline": "own_procedure", "unit": "prevention", "urgency": "P2", "why": "domestic_violence"},
    because={"deadline": "domestic_violence", "urgency": "domestic_violence", "unit": "domestic_violence"},
)
### END HIDDEN TESTS

# %% [markdown]
# ### K20
#
# `virtual_reception` · 2026-03-16
#
# > Жалуюсь на врача семейной поликлиники № 35: 12 марта он отказал мне в приёме без объяснения причин. Прошу разобраться. Хасанова Нигора, Учтепинский район.

# %% [markdown] lang="uz"
# **20-savol (1 ball).** `K20` shaklini to'ldiring.
#
# <details><summary>Maslahat</summary>
#
# Shifokorning ishi ichki ishlar organi vakolatidami? Qaysi organga va qancha muddatda yuboriladi?
# </details>

# %% [markdown] lang="ru"
# **Вопрос 20 (1 балл).** Заполните форму `K20`.
#
# <details><summary>Подсказка</summary>
#
# Работа врача — в компетенции ОВД? В какой орган и в какой срок пересылается?
# </details>

# %% [markdown] lang="en"
# **Question 20 (1 point).** Fill in the form `K20`.
#
# <details><summary>Hint</summary>
#
# Is a doctor's conduct a police matter? Where is it forwarded, and within what time?
# </details>

# %% nbgrader={"grade": false, "grade_id": "q20_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
K20 = {
    "regime": "",
    "kind": "",
    "deadline": "",
    "unit": "",
    "urgency": "",
    "why": "",
}
### BEGIN SOLUTION
K20 = {
    "regime": "forward",
    "kind": "shikoyat",
    "deadline": "forward_5_days",
    "unit": "health",
    "urgency": "P3",
    "why": "Sog'liqni saqlash masalasi: 5 kun ichida vakolatli organga qayta yuboriladi.",
}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q20_tests", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
check_defined("K20")
check_case(K20, "K20")
### BEGIN HIDDEN TESTS
from malaka.grading.casework import grade_case
grade_case(
    judge,
    "K20",
    {"regime": "forward", "kind": "shikoyat", "deadline": "forward_5_days", "unit": "health", "urgency": "P3", "why": "forward_5"},
)
### END HIDDEN TESTS

# %% [markdown] lang="uz"
# ## Yakun
#
# Quyidagi katak barcha javoblaringizni bitta jadvalda ko'rsatadi: topshirishdan oldin tekshiring.
# **Asosiy xulosa:** avval rejim. O'g'irlik haqidagi xabar 15 kun kutmaydi, anonim jinoyat xabari
# e'tiborsiz qolmaydi, boshqa organ masalasi 5 kun ichida yuboriladi.

# %% [markdown] lang="ru"
# ## Итог
#
# Ячейка ниже показывает все ваши ответы одной таблицей: проверьте их перед сдачей.
# **Главное:** сначала режим. Сообщение о краже не ждёт 15 дней, анонимное сообщение о преступлении
# не остаётся без внимания, вопрос другого органа пересылается в течение 5 дней.

# %% [markdown] lang="en"
# ## Summary
#
# The cell below shows all your answers as one table: review it before you hand in. **Key point:**
# the regime first. A theft report does not wait 15 days, an anonymous crime report is not ignored,
# another body's matter is forwarded within 5 days.

# %%
answers_table(globals(), ["K01", "K02", "K03", "K04", "K05", "K06", "K07", "K08", "K09", "K10", "K11", "K12", "K13", "K14", "K15", "K16", "K17", "K18", "K19", "K20"])
