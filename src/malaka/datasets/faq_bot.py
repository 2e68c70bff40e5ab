"""Approved answer templates and labelled citizens' questions for an FAQ chat-bot (module m13).

Why: the source article (seed 004) recommends chat-bots that answer appeals automatically. A
bot for a police body may only repeat **approved** texts, and must hand a question over to an
officer when it is a crime report, an emergency, a complaint about an officer or a personal
case. To measure how often a bot answers wrongly, or answers where an officer was needed, the
course needs citizens' questions with a known correct answer, and no public corpus of them
exists. So questions are composed from hand-written colloquial phrasings here.

Tables:

* ``templates``: ten approved answers (uz, ru, en). Each states a fact only where the domain
  notes (``shared/notes/domain.md``) confirm it (``status = confirmed``, with ``source``);
  otherwise it is a neutral referral ("... murojaat qiling", ``status = referral``).
* ``handovers``: what the bot says when it hands over, one row per reason (emergency -> 102,
  complaint about an officer -> hotline 1102, crime report, personal case, anything else).
* ``questions``: citizens' questions in Uzbek Latin, Uzbek Cyrillic (the Latin text through
  :func:`malaka.datasets.translit.to_cyrillic`, sometimes typed on a Russian keyboard) and
  Russian, labelled with the correct ``template_id`` or ``officer`` (and the hand-over
  ``reason``), split into ``train`` (the bot's examples), ``valid`` (choosing the threshold)
  and ``test`` (the final measurement).

On purpose, questions carry greetings and colloquial words ("propiska", "prava", "uchastkavoy"),
and a share ``noise`` of them typos, dropped or odd apostrophes, lower case or no punctuation.
Some hand-over questions are written like FAQ questions ("my passport was **stolen**" next to
"I **lost** my passport"; "my appeal **No. 4512** got no answer" next to "how long does an
appeal take"), so a retrieval bot without a threshold and keyword rules answers some of them:
the missed hand-overs the lesson is about.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from malaka.datasets.schemas import Col
from malaka.datasets.translit import to_cyrillic

if TYPE_CHECKING:
    from malaka.datasets.build import Bundle
    from malaka.datasets.spec import FaqBotSpec

Gen = np.random.Generator

#: Label of a question the bot must hand over to an officer.
OFFICER: Final = "officer"
#: Hand-over reasons, in the order of the ``handovers`` table.
REASONS: Final[tuple[str, ...]] = ("emergency", "crime", "officer_complaint", "personal", "other")
SCRIPTS: Final[tuple[str, ...]] = ("uz_Latn", "uz_Cyrl", "ru")
SPLITS: Final[tuple[str, ...]] = ("train", "valid", "test")

_DOMAIN: Final = "domain.md"

# template_id, topics (uz, ru, en), texts (uz, ru, en), status, source
TEMPLATES: Final[tuple[tuple[str, tuple[str, str, str], tuple[str, str, str], str, str], ...]] = (
    (
        "passport_id",
        ("Pasport va ID-karta olish", "Получение паспорта и ID-карты", "Passport and ID card"),
        (
            "Pasport va ID-kartani ichki ishlar organlarining migratsiya va fuqarolikni "
            "rasmiylashtirish bo'linmalari beradi. Kerakli hujjatlar va muddatlar bo'yicha "
            "yashash joyingizdagi shu bo'linmaga murojaat qiling.",
            "Паспорта и ID-карты выдают подразделения миграции и оформления гражданства органов "
            "внутренних дел. По перечню документов и срокам обратитесь в такое подразделение по "
            "месту жительства.",
            "Passports and ID cards are issued by the migration and citizenship units of the "
            "internal affairs bodies. For the documents and time needed, contact that unit where "
            "you live.",
        ),
        "confirmed",
        f"{_DOMAIN} §5.1 (migration/passports)",
    ),
    (
        "propiska",
        ("Propiska (ro'yxatga olish)", "Прописка (регистрация)", "Residence registration"),
        (
            "Doimiy yoki vaqtincha ro'yxatga olish (propiska) masalasida yashash joyingizdagi "
            "ichki ishlar organining migratsiya va fuqarolikni rasmiylashtirish bo'linmasiga "
            "murojaat qiling.",
            "По вопросам постоянной или временной прописки (регистрации) обратитесь в "
            "подразделение миграции и оформления гражданства органа внутренних дел по месту "
            "жительства.",
            "For permanent or temporary residence registration (propiska), contact the migration "
            "and citizenship unit of the internal affairs body where you live.",
        ),
        "referral",
        "",
    ),
    (
        "lost_passport",
        ("Pasport yo'qolsa", "Утеря паспорта", "Lost passport or ID card"),
        (
            "Pasport yoki ID-karta yo'qolgan bo'lsa, yashash joyingizdagi migratsiya va "
            "fuqarolikni rasmiylashtirish bo'linmasiga murojaat qiling.",
            "При утере паспорта или ID-карты обратитесь в подразделение миграции и оформления "
            "гражданства по месту жительства.",
            "If your passport or ID card is lost, contact the migration and citizenship unit "
            "where you live.",
        ),
        "referral",
        "",
    ),
    (
        "lost_licence",
        ("Haydovchilik guvohnomasi yo'qolsa", "Утеря водительского удостоверения", "Lost licence"),
        (
            "Haydovchilik guvohnomasi yo'qolgan bo'lsa, yo'l harakati xavfsizligi xizmatiga "
            "(YHXB) murojaat qiling.",
            "При утере водительского удостоверения обратитесь в службу безопасности дорожного "
            "движения (ГУБДД).",
            "If your driving licence is lost, contact the road traffic safety service.",
        ),
        "referral",
        "",
    ),
    (
        "appeal_channels",
        ("Murojaatni qanday berish", "Как подать обращение", "How to submit an appeal"),
        (
            "Murojaat og'zaki, yozma yoki elektron shaklda beriladi, barcha shakllar teng. "
            "Elektron murojaatni my.gov.uz (Yagona interaktiv davlat xizmatlari portali) yoki "
            "Prezidentning Virtual qabulxonasi orqali yuborish mumkin. Murojaatda familiya, ism, "
            "otasining ismi, yashash joyi va murojaat mazmuni ko'rsatiladi.",
            "Обращение подаётся в устной, письменной или электронной форме, все формы равны. "
            "Электронное обращение можно направить через my.gov.uz (Единый портал "
            "интерактивных государственных услуг) или Виртуальную приёмную Президента. В "
            "обращении указываются фамилия, имя, отчество, место жительства и суть обращения.",
            "An appeal may be oral, written or electronic; all forms are equal. An electronic "
            "appeal can be sent through my.gov.uz (the Unified Portal of Interactive Public "
            "Services) or the President's Virtual Reception. It states the surname, name, "
            "patronymic, place of residence and the essence of the appeal.",
        ),
        "confirmed",
        f"{_DOMAIN} §1.3, §1.4, §1.9",
    ),
    (
        "appeal_deadline",
        ("Murojaatni ko'rib chiqish muddati", "Сроки рассмотрения обращения", "Review deadlines"),
        (
            "Ariza yoki shikoyat qo'shimcha o'rganishni talab qilmasa 15 kun ichida, qo'shimcha "
            "o'rganish kerak bo'lsa bir oygacha ko'rib chiqiladi. Istisno tariqasida organ "
            "rahbari muddatni yana ko'pi bilan bir oyga uzaytirishi mumkin, bu haqda sizga "
            "xabar beriladi.",
            "Заявление или жалоба рассматривается в течение 15 дней, а если нужно "
            "дополнительное изучение, до одного месяца. В порядке исключения руководитель "
            "органа может продлить срок не более чем ещё на один месяц, о чём вам сообщат.",
            "An application or complaint is reviewed within 15 days, or up to one month if it "
            "needs further study. As an exception the head of the body may extend this by at "
            "most one more month, and you are told.",
        ),
        "confirmed",
        f"{_DOMAIN} §1.5 (O'RQ-445, 28-modda)",
    ),
    (
        "appeal_higher",
        ("Qarordan norozi bo'lsangiz", "Обжалование решения", "Appealing a decision"),
        (
            "Qaror yoki harakatdan norozi bo'lsangiz, yuqori turuvchi organga shikoyat qilishingiz "
            "mumkin: shikoyat huquqingiz buzilganini bilgan kundan boshlab bir yil ichida "
            "beriladi, uzrli sabab bilan o'tkazilgan muddat tiklanishi mumkin. Davlat organlari "
            "va mansabdor shaxslarning qarorlari ustidan ma'muriy sudga ham murojaat qilish "
            "mumkin.",
            "Если вы не согласны с решением или действием, можно подать жалобу в вышестоящий "
            "орган в течение одного года с того дня, как вы узнали о нарушении; срок, "
            "пропущенный по уважительной причине, может быть восстановлен. Решения "
            "государственных органов и должностных лиц можно обжаловать и в административном суде.",
            "If you disagree with a decision or action, you may complain to the higher body "
            "within one year of learning of the violation; a deadline missed for a good reason "
            "can be restored. Decisions of state bodies and officials can also be challenged in "
            "an administrative court.",
        ),
        "confirmed",
        f"{_DOMAIN} §1.4 (22-modda), §5.1 (ma'muriy sudlar)",
    ),
    (
        "reception",
        ("Shaxsiy qabul", "Личный приём", "Personal reception"),
        (
            "IIV Fuqarolar qabulxonasi: Toshkent shahri, Yu. Rajabiy ko'chasi, 1-uy "
            '("Kosmonavtlar" metro bekati). Rahbariyat muntazam va sayyor qabullar ham '
            "o'tkazadi.",
            "Приёмная граждан МВД: г. Ташкент, ул. Ю. Раджабий, 1 (станция метро «Космонавтлар»). "
            "Руководство также проводит регулярные и выездные приёмы.",
            'MVD Citizens\' Reception Office: Yu. Rajabiy St. 1, Tashkent ("Kosmonavtlar" metro '
            "station). The leadership also holds regular and mobile receptions.",
        ),
        "confirmed",
        f"{_DOMAIN} §1.9",
    ),
    (
        "anonymous",
        ("Anonim murojaat", "Анонимное обращение", "Anonymous appeals"),
        (
            "Familiya, ism, otasining ismi va yashash joyi ko'rsatilmagan (anonim) murojaat ko'rib "
            "chiqilmaydi. Vakil orqali berilgan murojaatga vakolatni tasdiqlovchi hujjat ilova "
            "qilinadi.",
            "Обращение без фамилии, имени, отчества и места жительства (анонимное) не "
            "рассматривается. К обращению через представителя прилагается документ, "
            "подтверждающий его полномочия.",
            "An appeal without the surname, name, patronymic and place of residence (anonymous) "
            "is not considered. An appeal through a representative needs a document proving "
            "their authority.",
        ),
        "confirmed",
        f"{_DOMAIN} §1.4, §1.6 (29-modda)",
    ),
    (
        "protection_order",
        ("Himoya orderi", "Охранный ордер", "Protection order"),
        (
            "Himoya orderini profilaktika inspektori beradi; uni my.gov.uz orqali onlayn ham "
            "so'rash mumkin. Hozir zo'ravonlik bo'layotgan bo'lsa, darhol 102 ga qo'ng'iroq "
            "qiling.",
            "Охранный ордер выдаёт инспектор профилактики; его можно запросить и онлайн через "
            "my.gov.uz. Если насилие происходит сейчас, сразу звоните 102.",
            "A protection order is issued by the prevention inspector; it can also be requested "
            "online through my.gov.uz. If violence is happening now, call 102 at once.",
        ),
        "confirmed",
        f"{_DOMAIN} §5.1 (domestic violence), §1.9 (102)",
    ),
)

# reason, route, texts (uz, ru, en), status, source
HANDOVERS: Final[tuple[tuple[str, str, tuple[str, str, str], str, str], ...]] = (
    (
        "emergency",
        "102",
        (
            "Hozir xavf bo'lsa, darhol 102 raqamiga qo'ng'iroq qiling. Xabaringiz navbatchi "
            "xodimga uzatildi.",
            "Если есть опасность сейчас, сразу звоните 102. Ваше сообщение передано дежурному "
            "сотруднику.",
            "If there is danger now, call 102 at once. Your message has been passed to the duty "
            "officer.",
        ),
        "confirmed",
        f"{_DOMAIN} §1.9 (102)",
    ),
    (
        "crime",
        "duty_officer",
        (
            "Bu jinoyat haqidagi xabarga o'xshaydi: uni bot emas, xodim qabul qiladi. Xabaringiz "
            "navbatchi xodimga uzatildi.",
            "Это похоже на сообщение о преступлении: его принимает сотрудник, а не бот. Ваше "
            "сообщение передано дежурному сотруднику.",
            "This looks like a crime report: an officer, not the bot, takes it. Your message has "
            "been passed to the duty officer.",
        ),
        "confirmed",
        f"{_DOMAIN} §1.2 (jinoyat haqidagi xabar — JPK bo'yicha)",
    ),
    (
        "officer_complaint",
        "1102",
        (
            "Ichki ishlar organlari xodimlarining harakatlari ustidan shikoyatlar 1102 ishonch "
            "telefonida qabul qilinadi. Xabaringiz murojaatlar bo'yicha xodimga uzatildi.",
            "Жалобы на действия сотрудников органов внутренних дел принимает телефон доверия "
            "1102. Ваше сообщение передано сотруднику по работе с обращениями.",
            "Complaints about the actions of internal affairs officers are taken by hotline 1102. "
            "Your message has been passed to the appeals officer.",
        ),
        "confirmed",
        f"{_DOMAIN} §1.9 (1102)",
    ),
    (
        "personal",
        "appeals_officer",
        (
            "Shaxsiy ishingiz bo'yicha javobni faqat xodim bera oladi. Xabaringiz xodimga "
            "uzatildi.",
            "По вашему личному делу ответить может только сотрудник. Ваше сообщение передано "
            "сотруднику.",
            "Only an officer can answer about your own case. Your message has been passed to an "
            "officer.",
        ),
        "referral",
        "",
    ),
    (
        "other",
        "appeals_officer",
        (
            "Bu savolga tasdiqlangan javob yo'q. Xabaringiz xodimga uzatildi.",
            "На этот вопрос нет утверждённого ответа. Ваше сообщение передано сотруднику.",
            "There is no approved answer to this question. Your message has been passed to an "
            "officer.",
        ),
        "referral",
        "",
    ),
)

# What citizens write, per label: (Uzbek Latin phrasings, Russian phrasings). ``{n}`` is a
# number (an appeal or case number), ``{d}`` a day of the month.
_CORES: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "passport_id": (
        (
            "pasport olish uchun qayerga borish kerak",
            "ID karta qanday olinadi",
            "16 yoshga to'ldim, ID-kartani qayerdan olaman",
            "biometrik pasportni qayerda almashtirsam bo'ladi",
            "pasportimning muddati tugayapti, yangisini qanday olaman",
            "ID karta olish uchun qanaqa hujjatlar kerak",
            "eski pasportni ID kartaga almashtirish kerakmi",
            "pasport necha kunda tayyor bo'ladi",
            "familiyam o'zgardi, pasportni qayerda almashtiraman",
        ),
        (
            "где получить паспорт",
            "как получить ID-карту",
            "мне исполнилось 16, где оформить ID карту",
            "куда обращаться для замены паспорта",
            "заканчивается срок паспорта, как получить новый",
            "какие документы нужны для ID-карты",
            "надо ли менять старый паспорт на айди карту",
            "сколько дней делается паспорт",
            "поменяла фамилию, где поменять паспорт",
        ),
    ),
    "propiska": (
        (
            "propiskaga qanday qo'yiladi",
            "vaqtincha propiska qilish uchun qayerga boraman",
            "yangi uy oldik, propiskani qanday o'zgartiraman",
            "bolani propiskaga qo'yish kerak, nima qilish kerak",
            "ijarada turaman, vaqtinchalik ro'yxatga olinish kerakmi",
            "doimiy propiska olish uchun qaysi idoraga murojaat qilaman",
            "propiskadan chiqish qanday bo'ladi",
            "Toshkentga propiska qilsa bo'ladimi",
        ),
        (
            "как прописаться",
            "куда идти для временной прописки",
            "купили квартиру, как поменять прописку",
            "как прописать ребенка",
            "снимаю квартиру, нужна ли временная регистрация",
            "куда обращаться за постоянной пропиской",
            "как выписаться из квартиры",
            "можно ли сделать прописку в Ташкенте",
        ),
    ),
    "lost_passport": (
        (
            "pasportimni yo'qotib qo'ydim nima qilay",
            "ID kartam yo'qoldi, qayerga murojaat qilaman",
            "pasport yo'qolsa nima qilish kerak",
            "bozorda pasportim tushib qolibdi",
            "ID karta topilmayapti, yangisini qanday olaman",
            "yo'qolgan pasport o'rniga yangisi qanday beriladi",
            "safarda pasportimni yo'qotdim",
            "onamning pasporti yo'qolib qoldi",
        ),
        (
            "потерял паспорт что делать",
            "утеряна ID карта, куда обращаться",
            "что делать если потерялся паспорт",
            "на базаре выронил паспорт",
            "не могу найти айди карту, как получить новую",
            "как восстановить утерянный паспорт",
            "потеряла паспорт в поездке",
            "у мамы потерялся паспорт",
        ),
    ),
    "lost_licence": (
        (
            "haydovchilik guvohnomamni yo'qotdim",
            "pravam yo'qolib qoldi, nima qilaman",
            "prava yo'qolsa qayerga boriladi",
            "haydovchilik guvohnomasi yo'qolsa qanday tiklanadi",
            "mashina pravasini tushirib qo'ydim",
            "yo'qolgan pravani qayerdan olsam bo'ladi",
            "guvohnomam topilmayapti, mashina haydasam bo'ladimi",
        ),
        (
            "потерял водительское удостоверение",
            "потерялись права, что делать",
            "куда идти если потерял права",
            "как восстановить водительские права",
            "выронил права где-то",
            "где получить права взамен утерянных",
            "не могу найти права, можно ездить",
        ),
    ),
    "appeal_channels": (
        (
            "murojaatni qanday yozsam bo'ladi",
            "internet orqali ariza bersa bo'ladimi",
            "shikoyatni qayerga yozaman, onlayn bo'ladimi",
            "virtual qabulxonaga qanday yoziladi",
            "murojaatni telefon orqali og'zaki bersam bo'ladimi",
            "my.gov.uz orqali murojaat yuborsa bo'ladimi",
            "arizada nimalarni yozish kerak",
            "IIVga elektron murojaat qanday yuboriladi",
        ),
        (
            "как написать обращение",
            "можно ли подать заявление через интернет",
            "куда писать жалобу, можно онлайн",
            "как написать в виртуальную приемную",
            "можно ли подать обращение устно по телефону",
            "можно отправить обращение через my.gov.uz",
            "что нужно указать в заявлении",
            "как подать электронное обращение в МВД",
        ),
    ),
    "appeal_deadline": (
        (
            "murojaat necha kunda ko'rib chiqiladi",
            "arizaga qachongacha javob berishadi",
            "shikoyatni ko'rib chiqish muddati qancha",
            "murojaatga javob berish muddati necha kun",
            "ariza bir oydan ko'p ko'rilishi mumkinmi",
            "muddatni uzaytirishga haqlari bormi",
            "javob 15 kunda kelishi kerakmi",
        ),
        (
            "за сколько дней рассматривают обращение",
            "в какой срок должны ответить на заявление",
            "какой срок рассмотрения жалобы",
            "сколько дней дается на ответ по обращению",
            "могут ли рассматривать заявление больше месяца",
            "имеют ли право продлить срок",
            "должны ли ответить за 15 дней",
        ),
    ),
    "appeal_higher": (
        (
            "javobdan norozi bo'lsam qayerga shikoyat qilaman",
            "qaror noto'g'ri bo'lsa qayerga boraman",
            "yuqori organga shikoyat qilsa bo'ladimi",
            "rad javobi keldi, endi nima qilaman",
            "qaror ustidan sudga borsa bo'ladimi",
            "shikoyat qilish muddati o'tib ketdi, tiklasa bo'ladimi",
            "berilgan javob meni qoniqtirmadi, kimga yozay",
        ),
        (
            "не согласен с ответом, куда жаловаться",
            "если решение неправильное, куда идти",
            "можно ли жаловаться в вышестоящий орган",
            "пришел отказ, что делать дальше",
            "можно ли обжаловать решение в суде",
            "пропустил срок обжалования, можно восстановить",
            "ответ меня не устроил, кому писать",
        ),
    ),
    "reception": (
        (
            "IIV qabulxonasi qayerda joylashgan",
            "vazirlikka shaxsan qabulga qanday boraman",
            "fuqarolar qabulxonasi manzili qanaqa",
            "rahbariyat qabuliga yozilsa bo'ladimi",
            "qabulxona qaysi metroga yaqin",
            "sayyor qabul qachon bo'ladi",
            "vazir qabuliga kirsa bo'ladimi",
        ),
        (
            "где находится приемная МВД",
            "как попасть на личный прием в министерство",
            "какой адрес приемной граждан",
            "можно записаться на прием к руководству",
            "возле какого метро приемная",
            "когда будет выездной прием",
            "можно ли попасть на прием к министру",
        ),
    ),
    "anonymous": (
        (
            "ismimni yozmasdan shikoyat qilsam bo'ladimi",
            "anonim murojaat ko'rib chiqiladimi",
            "familiyamni ko'rsatmasam bo'ladimi",
            "ismsiz ariza yozsam javob berishadimi",
            "akam nomidan ariza bersam bo'ladimi",
            "manzilimni yozmasdan murojaat qilsam nima bo'ladi",
        ),
        (
            "можно ли пожаловаться без имени",
            "рассматривают ли анонимные обращения",
            "можно не указывать фамилию",
            "ответят ли на заявление без подписи",
            "можно ли подать заявление за брата",
            "что будет если не писать адрес в обращении",
        ),
    ),
    "protection_order": (
        (
            "himoya orderi qanday olinadi",
            "erim qo'rqitadi, himoya orderini qayerdan olsam bo'ladi",
            "himoya orderini internet orqali so'rasa bo'ladimi",
            "himoya orderini kim beradi",
            "oilaviy zo'ravonlikdan himoya orderi olish tartibi qanaqa",
            "qizimga himoya orderi kerak, nima qilamiz",
        ),
        (
            "как получить охранный ордер",
            "муж угрожает, где взять охранный ордер",
            "можно ли запросить охранный ордер онлайн",
            "кто выдает охранный ордер",
            "какой порядок получения охранного ордера при домашнем насилии",
            "дочери нужен охранный ордер, что делать",
        ),
    ),
    "emergency": (
        (
            "hozir qo'shnim xotinini urayapti, tez keling",
            "yordam bering, eshikni buzishyapti",
            "ko'chada mushtlashish bo'lyapti, pichoq bor",
            "erim meni urayapti, hozir uydaman",
            "bolam maktabdan qaytmadi, topolmayapmiz",
            "kimdir derazamdan kirmoqchi, tez yordam bering",
            "mast odam pichoq bilan qo'rqityapti",
            "otam yo'qolib qoldi, kechadan beri uyga kelmadi",
            "erim hozir meni urayapti, himoya orderi qanday olinadi",
        ),
        (
            "сосед сейчас бьет жену, приезжайте срочно",
            "помогите, ломают дверь",
            "на улице драка, у них нож",
            "муж меня бьет, я дома",
            "ребенок не вернулся из школы, не можем найти",
            "кто-то лезет в окно, помогите срочно",
            "пьяный угрожает ножом",
            "отец пропал, со вчерашнего дня нет дома",
            "муж сейчас бьет меня, как получить охранный ордер",
        ),
    ),
    "crime": (
        (
            "pasportimni o'g'irlab ketishdi",
            "sumkamni olib qochishdi, ichida ID kartam bor edi",
            "kartamdan pul yechib olishdi",
            "telefonda SMS kodni so'rab pulimni olishdi",
            "mashinamni hujjatlari bilan o'g'irlashdi",
            "OLXda zaklad to'ladim, sotuvchi yo'qolib qoldi",
            "kimdir mening pasportim bilan kredit olibdi",
            "uyimga o'g'ri tushdi",
            "pasportimni o'g'irlab ketishdi, yangisini qanday olaman",
            "mashinamni o'g'irlashdi, pravam ham ichida edi",
        ),
        (
            "украли паспорт",
            "вырвали сумку, там была ID карта",
            "с карты сняли деньги",
            "по телефону выманили код из смс и сняли деньги",
            "угнали машину вместе с документами",
            "заплатил залог на OLX, продавец пропал",
            "кто-то взял кредит по моему паспорту",
            "обокрали квартиру",
            "украли паспорт, как получить новый",
            "угнали машину, права были внутри",
        ),
    ),
    "officer_complaint": (
        (
            "uchastkavoy mendan pul so'radi",
            "YHXB xodimi qo'pol gapirdi",
            "militsiya xodimi arizamni qabul qilmadi",
            "profilaktika inspektori pora talab qildi",
            "xodim hujjatlarimni sababsiz olib qo'ydi",
            "migratsiya bo'limida xodim propiska uchun pul so'radi",
            "inspektor qarorini noqonuniy deb hisoblayman, u meni haqoratladi",
            "propiska uchun xodim pora so'radi, qayerga shikoyat qilaman",
        ),
        (
            "участковый требовал деньги",
            "сотрудник ГУБДД нагрубил",
            "в отделе отказались принять заявление",
            "инспектор профилактики требовал взятку",
            "сотрудник без причины забрал документы",
            "в миграции сотрудник просил деньги за прописку",
            "считаю решение инспектора незаконным, он меня оскорбил",
            "за прописку сотрудник требовал взятку, куда жаловаться",
        ),
    ),
    "personal": (
        (
            "mening {n}-sonli murojaatim nima bo'ldi",
            "{d}-kuni ariza berganman, hali javob yo'q",
            "akamni ushlab ketishdi, qayerda ekanini bilmoqchiman",
            "o'g'limning ishi bo'yicha tergovchi bilan gaplashmoqchiman",
            "propiska bo'yicha arizam {n} hali ko'rilmayapti, familiyam Karimov",
            "pasportim qachon tayyor bo'ladi, arizam raqami {n}",
            "meni nega ro'yxatga qo'yishdi, bilmoqchiman",
        ),
        (
            "что с моим обращением номер {n}",
            "подал заявление {d} числа, до сих пор нет ответа",
            "задержали брата, хочу узнать где он",
            "хочу поговорить со следователем по делу сына",
            "мое заявление на прописку {n} до сих пор не рассмотрено, фамилия Каримов",
            "когда будет готов мой паспорт, номер заявки {n}",
            "почему меня поставили на учет, хочу узнать",
        ),
    ),
    "other": (
        (
            "gaz qachon beriladi",
            "elektr haqini qayerda to'layman",
            "nafaqa qachon oshadi",
            "soliq bo'yicha savolim bor edi",
            "qo'shnim daraxtni kesib tashladi, bu mumkinmi",
            "bolalar bog'chasiga navbat qanday olinadi",
        ),
        (
            "когда дадут газ",
            "где оплатить электричество",
            "когда повысят пенсию",
            "у меня вопрос по налогам",
            "сосед срубил дерево, так можно",
            "как встать в очередь в детский сад",
        ),
    ),
}

_OPENERS: Final[tuple[tuple[str, ...], tuple[str, ...]]] = (
    (
        "Assalomu alaykum",
        "Salom",
        "Assalomu alaykum, aka",
        "Hurmatli IIV",
        "Iltimos yordam bering",
        "Kechirasiz",
    ),
    ("Здравствуйте", "Добрый день", "Подскажите пожалуйста", "Извините", "Скажите"),
)
_CLOSERS: Final[tuple[tuple[str, ...], tuple[str, ...]]] = (
    ("rahmat", "oldindan rahmat", "iltimos javob bering", "tushuntirib bering", "?"),
    ("спасибо", "заранее спасибо", "ответьте пожалуйста", "объясните пожалуйста", "?"),
)

#: Noise operations, as named in the ``noise`` column ("+"-joined, empty for a clean text).
NOISE_OPS: Final[tuple[str, ...]] = ("typo", "apostrophe", "case", "punctuation", "keyboard")
_KEYBOARD: Final = str.maketrans({"ў": "у", "ғ": "г", "қ": "к", "ҳ": "х", "Ў": "У", "Ғ": "Г"})


def _pick(seq: tuple[str, ...], rng: Gen) -> str:
    return seq[int(rng.integers(len(seq)))]


def _typo(text: str, rng: Gen) -> str:
    """Swap, drop or double one letter inside one word of four letters or more."""
    words = [(i, w) for i, w in enumerate(text.split(" ")) if len(w) >= 4 and w.isalpha()]
    if not words:
        return text
    pos, word = words[int(rng.integers(len(words)))]
    k = int(rng.integers(1, len(word) - 1))
    op = int(rng.integers(3))
    if op == 0:
        new = word[: k - 1] + word[k] + word[k - 1] + word[k + 1 :]
    elif op == 1:
        new = word[:k] + word[k + 1 :]
    else:
        new = word[:k] + word[k] + word[k:]
    parts = text.split(" ")
    parts[pos] = new
    return " ".join(parts)


def _apostrophe(text: str, rng: Gen) -> str:
    """Drop the Uzbek apostrophe (``yoqotdim``) or write another sign (``yoʻqotdim``)."""
    return text.replace("'", _pick(("", "\u02bb", "`", "\u2019"), rng))


def _case(text: str, rng: Gen) -> str:
    return text.lower() if rng.random() < 0.7 else text.upper()


def _punctuation(text: str, rng: Gen) -> str:
    del rng  # deterministic: every comma and question mark goes
    return " ".join(text.replace(",", " ").replace("?", " ").split())


def _keyboard(text: str, rng: Gen) -> str:
    del rng  # deterministic: a Russian keyboard has none of ў ғ қ ҳ
    return text.translate(_KEYBOARD).replace("ҳ", "х").replace("Ҳ", "Х")


_OPS: Final[dict[str, Callable[[str, Gen], str]]] = {
    "typo": _typo,
    "apostrophe": _apostrophe,
    "case": _case,
    "punctuation": _punctuation,
    "keyboard": _keyboard,
}
_OPS_BY_SCRIPT: Final[dict[str, tuple[str, ...]]] = {
    "uz_Latn": ("typo", "apostrophe", "case", "punctuation"),
    "uz_Cyrl": ("typo", "keyboard", "case", "punctuation"),
    "ru": ("typo", "case", "punctuation"),
}


def _noisy(text: str, script: str, rng: Gen) -> tuple[str, str]:
    """One or two noise operations that change the text; the text and their ``+``-joined names."""
    ops = _OPS_BY_SCRIPT[script]
    wanted = 1 + int(rng.random() < 0.35)
    applied: list[str] = []
    for i in rng.permutation(len(ops)):
        name = ops[int(i)]
        new = _OPS[name](text, rng)
        if new != text:
            text = new
            applied.append(name)
            if len(applied) == wanted:
                break
    return text, "+".join(applied)


_QUESTION_WORDS: Final = frozenset(
    (
        *("qanday", "qayerga", "qayerda", "qayerdan", "qachon", "qachongacha", "necha", "kim"),
        *("kimga", "qaysi", "qanaqa", "nega", "qancha"),
        *("как", "где", "когда", "куда", "можно", "ли", "кто", "кому", "сколько", "какой"),
        *("какого", "какие", "почему", "что", "зачем"),
    )
)


def _is_question(core: str) -> bool:
    """Whether a citizen would end this text with "?": one of its clauses asks something.

    "pasportimni o'g'irlab ketishdi" (a report) or "муж меня бьет, я дома" is a statement; a
    clause that only says "I want to know" ("bilmoqchiman", "хочу узнать") asks nothing.
    """
    for clause in core.lower().split(","):
        if "bilmoqchi" in clause or "хочу" in clause:
            continue
        for word in clause.split():
            if word in _QUESTION_WORDS or word.startswith("nima"):
                return True
            if word.endswith("mi") and word != "xodimi":  # bo'ladimi, kerakmi, bormi
                return True
    return False


def _no_question_mark(text: str) -> str:
    """A statement written without "?" ("..., rahmat" instead of "...? rahmat")."""
    return text.replace("? ", ", ").replace("?", "")


def _compose(core: str, lang: int, rng: Gen) -> str:
    """A greeting (sometimes), the question and a closing word (sometimes), as citizens write."""
    core = core.replace("{n}", str(int(rng.integers(1000, 9999)))).replace(
        "{d}", str(int(rng.integers(1, 29)))
    )
    text = core[0].upper() + core[1:]
    if rng.random() < 0.45:
        text = f"{_pick(_OPENERS[lang], rng)}, {core}"
    closer = _pick(_CLOSERS[lang], rng) if rng.random() < 0.4 else ""
    if closer == "?":
        text += "?"
    elif closer:
        text += f"? {closer}" if rng.random() < 0.5 else f", {closer}"
    elif rng.random() < 0.6:
        text += "?"
    return text


def questions(
    n: int,
    rng: Gen,
    *,
    officer_share: float,
    noise: float,
    shares: tuple[float, float, float],
    script_mix: dict[str, float],
) -> Any:
    """``n`` labelled questions (``question_id, split, script, text, template_id, reason, noise``).

    The split is stratified by label, so train, valid and test all hold every template and
    every hand-over reason in the proportions of ``shares``.
    """
    import pandas as pd  # type: ignore[import-untyped]

    template_ids = [t[0] for t in TEMPLATES]
    scripts = list(script_mix)
    p_script = np.array([script_mix[s] for s in scripts], dtype=float)
    p_script /= p_script.sum()
    rows: list[dict[str, str]] = []
    for _ in range(n):
        if rng.random() < officer_share:
            reason = REASONS[int(rng.integers(len(REASONS)))]
            key, label = reason, OFFICER
        else:
            label = template_ids[int(rng.integers(len(template_ids)))]
            key, reason = label, ""
        script = scripts[int(rng.choice(len(scripts), p=p_script))]
        lang = 1 if script == "ru" else 0
        core = _pick(_CORES[key][lang], rng)
        text = _compose(core, lang, rng)
        if script == "uz_Cyrl":
            text = to_cyrillic(text)
        applied = ""
        if rng.random() < noise:
            text, applied = _noisy(text, script, rng)
        if not _is_question(core):
            # after the noise, so that every random draw (and every label and split) is the
            # same as with a "?" everywhere: only the wording of statements changes
            text = _no_question_mark(text)
        rows.append(
            {
                "script": script,
                "text": text,
                "template_id": label,
                "reason": reason,
                "noise": applied,
            }
        )
    df = pd.DataFrame(rows)
    split = np.empty(n, dtype=object)
    cuts = np.cumsum(shares)[:-1]
    for _, idx in df.groupby(["template_id", "reason"], sort=True).groups.items():
        order = rng.permutation(np.asarray(idx))
        bounds = np.round(cuts * len(order)).astype(int)
        for name, part in zip(SPLITS, np.split(order, bounds), strict=True):
            split[part] = name
    df.insert(0, "split", split)
    df.insert(0, "question_id", [f"Q{i:04d}" for i in range(1, n + 1)])
    return df


def template_table() -> Any:
    """The approved answers (one row per template)."""
    import pandas as pd

    return pd.DataFrame(
        [
            {
                "template_id": tid,
                "topic_uz": topic[0],
                "topic_ru": topic[1],
                "topic_en": topic[2],
                "text_uz": text[0],
                "text_ru": text[1],
                "text_en": text[2],
                "status": status,
                "source": source,
            }
            for tid, topic, text, status, source in TEMPLATES
        ]
    )


def handover_table() -> Any:
    """What the bot says when it hands over, per reason."""
    import pandas as pd

    return pd.DataFrame(
        [
            {
                "reason": reason,
                "route": route,
                "text_uz": text[0],
                "text_ru": text[1],
                "text_en": text[2],
                "status": status,
                "source": source,
            }
            for reason, route, text, status, source in HANDOVERS
        ]
    )


def generate(spec: FaqBotSpec, *, rng: Callable[[str], Gen], spec_path: Path) -> Bundle:
    """The ``faq_bot`` dataset of ``spec``: templates, hand-over texts and labelled questions."""
    from malaka.datasets.build import Bundle

    del spec_path  # nothing is read from disk
    q = questions(
        spec.n_questions,
        rng("questions"),
        officer_share=spec.officer_share,
        noise=spec.noise,
        shares=(spec.train_share, spec.valid_share, 1.0 - spec.train_share - spec.valid_share),
        script_mix=dict(spec.script_mix),
    )
    stats = {f"questions_{s}": int((q["split"] == s).sum()) for s in SPLITS}
    stats["questions_officer"] = int((q["template_id"] == OFFICER).sum())
    stats["questions_noisy"] = int((q["noise"] != "").sum())
    return Bundle(
        tables={"templates": template_table(), "handovers": handover_table(), "questions": q},
        provenance={"generator": "malaka.datasets.faq_bot"},
        stats=stats,
    )


def _docs(*rows: tuple[str, str, str, str]) -> tuple[Col, ...]:
    """Meaning-only column docs for the data card (types come from the data)."""
    return tuple(Col(name, "", uz, ru, en) for name, uz, ru, en in rows)


DOCS: Final[dict[str, tuple[Col, ...]]] = {
    "templates": _docs(
        ("template_id", "Javob shabloni kodi", "Код шаблона ответа", "Answer template id"),
        ("topic_uz", "Mavzu (o'zbekcha)", "Тема (по-узбекски)", "Topic (Uzbek)"),
        ("topic_ru", "Mavzu (ruscha)", "Тема (по-русски)", "Topic (Russian)"),
        ("topic_en", "Mavzu (inglizcha)", "Тема (по-английски)", "Topic (English)"),
        (
            "text_uz",
            "Tasdiqlangan javob (o'zbekcha)",
            "Утверждённый ответ (узб.)",
            "Answer (Uzbek)",
        ),
        ("text_ru", "Tasdiqlangan javob (ruscha)", "Утверждённый ответ (рус.)", "Answer (Russian)"),
        (
            "text_en",
            "Tasdiqlangan javob (inglizcha)",
            "Утверждённый ответ (англ.)",
            "Answer (English)",
        ),
        (
            "status",
            "confirmed — faktlar domain.md da tasdiqlangan; referral — faqat yo'naltirish",
            "confirmed — факты подтверждены в domain.md; referral — только направление",
            "confirmed: facts confirmed in domain.md; referral: a neutral referral only",
        ),
        (
            "source",
            "Faktlar manbasi (domain.md bo'limi)",
            "Источник фактов (раздел domain.md)",
            "Source",
        ),
    ),
    "handovers": _docs(
        (
            "reason",
            "Xodimga uzatish sababi",
            "Причина передачи сотруднику",
            "Hand-over reason",
        ),
        ("route", "Kimga / qaysi raqamga", "Кому / какой номер", "Where it goes"),
        ("text_uz", "Bot javobi (o'zbekcha)", "Ответ бота (узб.)", "Bot's reply (Uzbek)"),
        ("text_ru", "Bot javobi (ruscha)", "Ответ бота (рус.)", "Bot's reply (Russian)"),
        ("text_en", "Bot javobi (inglizcha)", "Ответ бота (англ.)", "Bot's reply (English)"),
        ("status", "Faktlar holati", "Статус фактов", "Status of the facts"),
        ("source", "Manba", "Источник", "Source"),
    ),
    "questions": _docs(
        ("question_id", "Savol raqami", "Номер вопроса", "Question id"),
        (
            "split",
            "train — bot misollari, valid — chegarani tanlash, test — yakuniy o'lchov",
            "train — примеры бота, valid — выбор порога, test — итоговая оценка",
            "train: the bot's examples; valid: choosing the threshold; test: final measurement",
        ),
        (
            "script",
            "Yozuv: uz_Latn, uz_Cyrl, ru",
            "Письменность: uz_Latn, uz_Cyrl, ru",
            "Script: uz_Latn, uz_Cyrl, ru",
        ),
        ("text", "Fuqaro savoli (xatolari bilan)", "Вопрос гражданина (с ошибками)", "Question"),
        (
            "template_id",
            "To'g'ri javob shabloni yoki officer (xodimga uzatish kerak)",
            "Верный шаблон ответа или officer (передать сотруднику)",
            "Correct template, or officer (must be handed over)",
        ),
        (
            "reason",
            "officer bo'lsa: sababi (emergency, crime, officer_complaint, personal, other)",
            "для officer: причина (emergency, crime, officer_complaint, personal, other)",
            "for officer: the reason (emergency, crime, officer_complaint, personal, other)",
        ),
        (
            "noise",
            "Ataylab qo'shilgan xatolar (+ bilan)",
            "Намеренно внесённые ошибки (через +)",
            "Noise added on purpose (+-joined)",
        ),
    ),
}
