"""Round-sixteen templates for the wire harness: agencies in non-Latin scripts, and archival wire copy.

Written blind, before any round-sixteen rule and without reading the rules, from how multilingual
news corpora and research archives hold wire copy. First, agencies in their own scripts, with body
paragraphs in the same language (written for this module, see ``BODIES``): Xinhua, China News
Service and People's Daily Online in Chinese ("新华社北京11月30日电（记者张明远）", "中新网11月30日电",
"（完）", "【责任编辑：周涛】", "来源：新华社"), Kyodo and Jiji in Japanese ("【ワシントン共同】",
"【ロンドン時事】", "（時事通信）"), TASS, RIA Novosti and Interfax in Russian ("МОСКВА, 30 ноября.
/ТАСС/.", "/Корр. ТАСС Иван Соколов/.", "МОСКВА, 30 ноя — РИА Новости.", "Москва. 30 ноября.
INTERFAX.RU -", "Автор:"), Interfax-Ukraine and Ukrinform in Ukrainian, ANA-MPA's "Πηγή:" line in
Greek, VNA's "(TTXVN)" in Vietnamese, AFP, dpa, QNA and WAM in Arabic ("القاهرة - (أ ف ب) -",
"(د ب أ)", "/قنا/", "/ وام /", "المصدر:"), PTI-Bhasha and IANS in Hindi ("नई दिल्ली, 30 नवंबर
(भाषा)", their closing slugs). Second, archival transmission formats as Gigaword-like collections
keep them: AP's 1990s-2000s slug line ("AM-Nato-Summit,0567", "BC-Fed-Rates, 1st Ld-Writethru,0612"),
"Eds:" line, "By JANE DOE= Associated Press Writer=", the underscore dash ("BRUSSELS, Belgium (AP) _")
and the transmission line ("AP-NY-11-30-06 1234EST"); The New York Times News Service ("c.2006 New
York Times News Service", "NYT-11-30-06 1845EST"), the Los Angeles Times-Washington Post News
Service, Cox News Service and Knight Ridder ("By Jane Doe / Knight Ridder Newspapers"); AFP's old
sign-offs ("kms/jm", "AFP 301234 GMT NOV 06"), Xinhua English of that era with "Enditem" glued to
the last paragraph, and UPI with its copyright line. Every name and sentence here is made up; only
the shapes are the agencies'.

Same contract as :mod:`cleannews.evaluation.wire_shapes_15` (``Draft.head`` lines out of the text as
head lines, ``Draft.tail`` lines out as trailers, ``Draft.dek`` and ``Draft.body`` paragraphs stay,
the lede's dateline stays in the text). Contract choices made before the blind run, for the shapes
no earlier round had:

- A dateline in Chinese or Japanese is glued to the lede with no space, as those scripts write it;
  the template puts it in the lede itself, so the body check holds the dateline too: the whole
  dateline, reporters' parenthesis included, stays in the text (as the Korean "(서울=연합뉴스) NAME 기자 ="
  does). Its fields: "新华社北京11月30日电（记者张明远、李晓雯）" gives ``agency`` "新华社", ``place``
  "北京", ``date`` "11月30日", ``byline`` the names as printed after "记者" ("张明远、李晓雯", the
  space after "记者" not part of it); "中新网11月30日电" gives ``agency`` "中新网", no place;
  "【ワシントン共同】" gives ``place`` "ワシントン", ``agency`` "共同" (and "時事" for Jiji), no date.
  ``source`` is the dateline's agency as printed, unless a "来源：X" line (head or tail) names it: then
  X. A "来源：X" line in the head is a head line, in the tail a trailer.
- Chinese closing lines: "（完）" is a trailer with no field (like "(END)"); "【责任编辑：周涛】",
  "（责任编辑：周涛）" and "【编辑：周涛】" are trailers and credits without their brackets ("责任编辑：周涛").
  A page head's time ("2026-11-30 09:42:15") is a head line. "（完）" glued to the last paragraph is
  not generated: the harness's body check cannot tell a Chinese paragraph from its glued sign-off.
- Japanese closing lines: "（時事通信）" and "（共同）" on their own line are trailers and the ``source``
  ("時事通信", "共同"); Jiji's time line "（2026/11/30-14:22）" is a trailer with no field.
- Russian: "МОСКВА, 30 ноября. /ТАСС/." gives ``place`` "МОСКВА", ``date`` "30 ноября", ``agency``
  "ТАСС"; "/Корр. ТАСС Иван Соколов/." in its place gives the same agency and ``byline`` "Иван Соколов";
  "МОСКВА, 30 ноя — РИА Новости." gives ``agency`` "РИА Новости", date "30 ноя", and with ", Иван
  Соколов" after the agency a ``byline``; "Москва. 30 ноября. INTERFAX.RU -" gives ``agency``
  "INTERFAX.RU" as printed. An "Автор: NAME" head line is a head line and the ``byline``; a closing
  "Источник: X" line is a trailer and the ``source`` X.
- Ukrainian: "КИЇВ. 30 листопада. ІНТЕРФАКС-УКРАЇНА -" gives ``agency`` "ІНТЕРФАКС-УКРАЇНА"; Ukrinform's
  page head ("Укрінформ" alone on a line over "30.11.2026 14:22") is two head lines and the ``source``
  "Укрінформ" (round fourteen's provider line). A body sentence saying "передає кореспондент
  Укрінформу" is text.
- Greek: a closing "Πηγή: ΑΠΕ-ΜΠΕ" is a trailer and the ``source`` "ΑΠΕ-ΜΠΕ". Vietnamese: "Hà Nội, 30/11
  (TTXVN) -" gives ``place`` "Hà Nội", ``date`` "30/11", ``agency`` "TTXVN"; a closing "Nguồn: TTXVN"
  is a trailer and the ``source``.
- Arabic: "القاهرة - (أ ف ب) -" and "القاهرة (أ ف ب) -" give ``place`` "القاهرة", ``agency`` "أ ف ب"; "(د ب أ)"
  gives "د ب أ"; "الدوحة في 30 نوفمبر /قنا/" gives ``place`` "الدوحة", ``date`` "30 نوفمبر", ``agency``
  "قنا" (WAM's "/ وام /" the same, agency "وام"). A closing "المصدر: X" line is a trailer and the
  ``source`` X. A sentence quoting "(د ب أ)" inside it is text.
- Hindi: "नई दिल्ली, 30 नवंबर (भाषा)" gives ``place`` "नई दिल्ली", ``date`` "30 नवंबर", ``agency`` "भाषा"
  (IANS: "आईएएनएस"); Bhasha's closing slug "भाषा सुरेश माधव" is a trailer and a credit as printed;
  IANS' "--आईएएनएस" is a trailer with no field, its slug under it ("एसजीके/एबीएम") a trailer and a
  credit. A sentence opening with the word "भाषा" (language) is text.
- AP's archive: the slug line ("AM-Nato-Summit,0567") is a head line; its write-through mark ("1st
  Ld-Writethru", "2nd Ld-Writethru") is a tag, as printed; "Eds: ..." is a head line; "By JANE DOE=
  Associated Press Writer=" (one line or two) gives ``byline`` "JANE DOE" without the "=" marks, and
  "Associated Press Writer" is a role, so the ``source`` is the dateline's "AP" (reconciled after the
  blind run to "Associated Press": see below); "BRUSSELS, Belgium
  (AP) _" is a dateline (the underscore is the old wire's dash); "AP-NY-11-30-06 1234EST" is a trailer
  with no field.
- The New York Times News Service: "c.2006 New York Times News Service" under the byline is a head
  line, the ``copyright`` as printed and the ``source`` "New York Times News Service"; "WASHINGTON _"
  is a dateline with no agency; "NYT-11-30-06 1845EST" is a trailer with no field. The Los Angeles
  Times-Washington Post News Service, Cox News Service and Knight Ridder Newspapers alone on a head
  line are head lines and the ``source``; "By Jane Doe / Knight Ridder Newspapers" gives the byline
  "Jane Doe" and the source "Knight Ridder Newspapers"; "(c) 2006, The Washington Post" in the head is
  a head line and the ``copyright``; a closing "(c) 2006, Knight Ridder/Tribune Information Services."
  is a trailer and the ``copyright``; Cox's "Contact Jane Doe at jdoe@coxnews.com." is a trailer
  and a credit. "(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)" sits inside the story, which the
  harness's drafts cannot hold as a line to take out, so it is not generated.
- AFP's archive: "PARIS, Nov 30 (AFP) -" as before; the slug "kms/jm" is a trailer and a credit (as
  in the dev set); "AFP 301234 GMT NOV 06" is a trailer with no field. Xinhua English's "Enditem" glued
  to the last paragraph is cut out as a trailer "Enditem" (round eleven's glued "(ANI)"). UPI's
  "Copyright 2006 by United Press International. All Rights Reserved." is the ``copyright``.

Blind first run (``python -m cleannews.evaluation.wire --data ../shared/data --misses``, the
held-out-16 and negatives-16 columns of the table as printed; 400 and 80 articles)::

    | field | held-out-16 P | held-out-16 R | negatives-16 P | negatives-16 R |
    | tags | – | 0.000 | – | – |
    | dateline place | 1.000 | 0.585 | – | – |
    | dateline agency | 1.000 | 0.500 | – | – |
    | dateline date | 1.000 | 0.351 | – | – |
    | byline | 1.000 | 0.482 | – | – |
    | source | 0.858 | 0.426 | – | – |
    | credits | 1.000 | 0.088 | – | – |
    | copyright | 1.000 | 0.400 | – | – |
    | trailers | 1.000 | 0.356 | – | – |
    | head lines | 1.000 | 0.301 | – | – |

Body sentences lost: held-out-16 229/1841, negatives-16 16/430 (every other set as on main). 348 of
the 400 held-out-16 articles missed something (every Chinese, Russian, Arabic, Hindi, Ukrainian,
Greek, Vietnamese, AP-archive, AFP-archive, Xinhua-English and NYT article; Japanese 24 of 40, US
services 15 of 40, UPI none); no field was wrong on a negatives-16 article, 5 lost text. The misses,
by cause (articles):

- Chinese text rewritten, not taken out: the unicode pass folds full-width punctuation to ASCII
  ("，" to ",", "：" to ":", "（完）" to "(完)"), so every Chinese paragraph with a comma or a bracket
  differs from its input and counts as lost (all 80 Chinese held-out-16 articles, 229 sentences; the
  5 Chinese negatives-16 articles, 16). No Chinese sentence was removed.
- Chinese datelines: Xinhua's "新华社PLACE日期电" with and without "（记者...）" read (place, date, agency
  and byline right), but People's Daily Online's "人民网..." unread (11) and China News Service's
  "中新网11月30日电" with no place unread (21; "中新社/中新网" with a place passed). The editor's line
  never became a credit (38 "【责任编辑：X】" / "（责任编辑：X）" taken as trailers but no credit; 15
  "编辑：X" kept in the text with the "（完）" above it); a head "来源：X" line kept and its X not the
  ``source`` (19; the time line under it taken); a closing "来源：中国新闻网" passed.
- Japanese: every "【PLACE共同】" and "【PLACE時事】" read; Jiji's "（時事通信）" kept and the source read
  as "時事" (14), Kyodo's "（共同）" kept (6); Jiji's time line taken.
- Russian: no Russian dateline read (TASS 15 with and without "/Корр. ТАСС NAME/", RIA Novosti 17 with
  and without ", NAME", INTERFAX.RU 2); "Автор: NAME" kept and no byline (9), "Источник: X" kept (6).
- Ukrainian, Greek, Vietnamese: "КИЇВ. 30 листопада. ІНТЕРФАКС-УКРАЇНА -" unread (8), Ukrinform's
  provider line and time kept (9), "Πηγή: ΑΠΕ-ΜΠΕ" kept (12), "Hà Nội, 30/11 (TTXVN) -" unread (11).
- Arabic: no Arabic dateline read (AFP's "(أ ف ب)" 14, dpa's "(د ب أ)" 7, QNA's "/قنا/" 14, WAM's "/ وام /"
  5), "المصدر: X" kept (17).
- Hindi: no Hindi dateline read ("(भाषा)" 22, "(आईएएनएस)" 18); Bhasha's slug and IANS' "--आईएएनएस"
  with its slug kept (26).
- AP's archive (40): the slug line, "By NAME=" and "Associated Press Writer(s)=" kept, no byline (40),
  the write-through mark not a tag (20), "AP-NY-... EST" kept (40), "Associated Press Writer(s)=" on its
  own line read as the ``source`` (5); "Eds:" lines taken, the "(AP) _" datelines read.
- US services: "c.2006 New York Times News Service" kept, no source and no copyright (13), "NYT-...EST"
  kept (7); the Los Angeles Times-Washington Post line and "(c) 2006, The Washington Post" kept (2 of
  4, one of them hiding "WASHINGTON _"). Cox News Service and Knight Ridder passed (23).
- Old agencies: AFP's "AFP 301234 GMT NOV 06" kept, and the slug above it with it (19; 14 slugs);
  Xinhua's glued "Enditem" kept (10); UPI passed (11).

No template bug was found on review of the misses: no expected field was filled wrongly, so the
templates are as they were for the blind run.

After the blind run, two contract calls were reconciled with the earlier rounds' (not with the
rules' output): AP's archive byline "By JANE DOE= Associated Press Writer=" now expects the
``source`` "Associated Press", the agency as the byline's role names it (round fifteen's "AP Business
Writer" gives "AP", round fourteen's "By NAME Associated Press" and the dev set's "By NAME,
Associated Press" give "Associated Press"), where the blind contract said the dateline's "AP"; and
the tricky set's Xinhua case now expects its "（责任编辑：李四）" as a credit, as this round's
contract and the dev set's Xinhua "Editor: NAME" line have it.

After fitting the rules (the unicode pass keeps CJK punctuation; agencies, datelines, sign-offs and
source labels in the other scripts are data in ``lexicon/wire``; AP's slug line and its take, the
"=" marks, a copyright notice under a byline and the glued "Enditem" in code), held-out-16 scores
1.000 precision and recall on every field and negatives-16 finds nothing, with no body sentence
lost in either (0/1841, 0/430); every other set prints the figures it printed before.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from cleannews.evaluation.wire_shapes import joined_names, look_alikes

if TYPE_CHECKING:
    from cleannews.evaluation.wire import Case, Draft
    from cleannews.evaluation.wire_shapes import Template

# --- body text in other languages: titles and paragraphs written for this module ------------------------

BODIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "zh": (
        ("10月份工业生产稳中有升", "多地出台措施促进消费回暖", "重大项目建设进展顺利"),
        (
            "国家统计局30日发布数据显示，10月份全国规模以上工业增加值同比增长5.2%，增速比上月加快0.3个百分点。",
            "分行业看，汽车制造业和电气机械行业增长较快，高技术制造业增加值同比增长8.1%。",
            "有关负责人表示，下一步将继续加大政策支持力度，推动经济持续回升向好。",
            "据介绍，今年以来全国新开工的重大项目超过一万个，带动社会投资稳步增长。",
            "专家认为，随着消费需求逐步恢复，四季度经济有望保持平稳运行。",
            "当天的发布会上，多位企业代表介绍了各自在节能降耗方面的新做法。",
        ),
    ),
    "ja": (
        ("経済対策の原案まとまる", "給付金の支給を盛り込む", "賃上げの広がりが焦点に"),
        (
            "政府は物価高への対応を柱とする経済対策の原案をまとめた。低所得世帯への給付金の支給が盛り込まれた。",
            "関係者によると、対策の規模は総額で約20兆円となる見通しだ。",
            "与党内からは、財源の確保を巡って慎重な意見も出ている。",
            "首相は記者団に対し、「国民の暮らしを守るため、迅速に実行したい」と述べた。",
            "野党側は、給付の対象が限られているとして見直しを求める方針だ。",
            "専門家は、賃上げの動きが中小企業に広がるかどうかが焦点になると指摘している。",
        ),
    ),
    "ru": (
        (
            "Правительство утвердило план поддержки малого бизнеса",
            "Ставки по льготным кредитам снизят",
            "Спрос на кредиты у предпринимателей вырос",
        ),
        (
            "Правительство утвердило план мер по поддержке малого бизнеса на следующий год. Документ "
            "предусматривает снижение ставок по льготным кредитам.",
            "По словам министра, на эти цели из бюджета будет направлено около 40 млрд рублей.",
            "Эксперты отмечают, что спрос на кредиты со стороны предпринимателей в этом году заметно вырос.",
            "Ранее в ведомстве сообщили, что программа будет действовать во всех регионах страны.",
            "Представители отраслевых ассоциаций в целом поддержали инициативу, но попросили упростить отчётность.",
            "Окончательное решение о распределении средств будет принято до конца декабря.",
        ),
    ),
    "uk": (
        ("Уряд виділив кошти на відновлення енергетики", "Графіки відключень скасовано в більшості областей"),
        (
            "Уряд ухвалив рішення про виділення додаткових коштів на відновлення енергетичної інфраструктури. "
            "Роботи планують завершити до кінця зими.",
            "За словами міністра, на ремонт підстанцій спрямують понад два мільярди гривень.",
            "Енергетики наголошують, що графіки відключень у більшості областей уже скасовано.",
            "Місцеві громади отримають обладнання для облаштування пунктів обігріву.",
            "Як передає кореспондент Укрінформу, перші бригади вже працюють у прифронтових районах.",
        ),
    ),
    "el": (
        ("Νέα μέτρα στήριξης για τα νοικοκυριά", "Στη Βουλή η συζήτηση για τα νέα μέτρα"),
        (
            "Το υπουργείο Οικονομικών ανακοίνωσε νέα μέτρα στήριξης για τα νοικοκυριά με χαμηλά εισοδήματα. "
            "Τα μέτρα θα ισχύσουν από τον Ιανουάριο.",
            "Σύμφωνα με την ανακοίνωση, το συνολικό κόστος ανέρχεται σε περίπου 300 εκατομμύρια ευρώ.",
            "Οι εκπρόσωποι των εργαζομένων χαρακτήρισαν τα μέτρα θετικό αλλά ανεπαρκές βήμα.",
            "Η αντιπολίτευση ζήτησε να συζητηθεί άμεσα το θέμα στη Βουλή.",
        ),
    ),
    "vi": (
        ("Vốn đầu tư nước ngoài tăng gần 10%", "Nhiều địa phương chuẩn bị đón làn sóng đầu tư mới"),
        (
            "Bộ Kế hoạch và Đầu tư cho biết vốn đầu tư nước ngoài đăng ký mới trong 11 tháng tăng gần 10% so "
            "với cùng kỳ năm trước.",
            "Các dự án mới tập trung chủ yếu vào lĩnh vực chế biến, chế tạo và năng lượng tái tạo.",
            "Theo các chuyên gia, môi trường đầu tư tiếp tục được cải thiện nhờ thủ tục hành chính đơn giản hơn.",
            "Nhiều địa phương đang chuẩn bị quỹ đất sạch để đón làn sóng đầu tư mới.",
        ),
    ),
    "ar": (
        ("حزمة إجراءات جديدة لدعم الشركات الصغيرة", "تسهيلات في القروض وتخفيضات ضريبية"),
        (
            "أعلنت وزارة المالية عن حزمة جديدة من الإجراءات لدعم الشركات الصغيرة والمتوسطة. وتشمل الحزمة "
            "تسهيلات في القروض وتخفيضات ضريبية.",
            "وقال مسؤول في الوزارة إن الإجراءات ستدخل حيز التنفيذ مطلع العام المقبل.",
            "ورحبت غرفة التجارة بالقرار، معتبرة أنه خطوة مهمة لتحفيز النمو.",
            "ويأتي ذلك في وقت تشهد فيه الأسواق الإقليمية تباطؤا ملحوظا في الطلب.",
            "وأشار خبراء اقتصاديون إلى أن نجاح الخطة يعتمد على سرعة تنفيذها.",
        ),
    ),
    "hi": (
        ("किसानों के लिए नई फसल बीमा योजना", "फसल बीमा के प्रीमियम में कटौती"),
        (
            "केंद्र सरकार ने किसानों के लिए नई फसल बीमा योजना की घोषणा की है। इस योजना के तहत प्रीमियम की दर कम की जाएगी।",
            "कृषि मंत्री ने बताया कि योजना का लाभ देश के करीब दो करोड़ किसानों को मिलेगा।",
            "विपक्षी दलों ने योजना का स्वागत किया, लेकिन इसके लिए आवंटित राशि को कम बताया।",
            "अधिकारियों के अनुसार, आवेदन की प्रक्रिया अगले महीने से ऑनलाइन शुरू होगी।",
            "राज्य सरकारों से कहा गया है कि वे जिला स्तर पर सहायता केंद्र खोलें।",
        ),
    ),
}


def _native(rng: random.Random, d: Draft, language: str) -> None:
    """Give the draft a title and two to four paragraphs in ``language`` (the English ones it came with go)."""
    titles, paragraphs = BODIES[language]
    d.title = rng.choice(titles)
    chosen = rng.sample(paragraphs, rng.randint(2, min(4, len(paragraphs))))
    d.lede, d.body = chosen[0], chosen[1:]


def _glue(d: Draft, dateline: str) -> None:
    """A Chinese or Japanese dateline, written onto the lede with no space."""
    d.dateline = ""
    d.lede = dateline + d.lede


ZH_REPORTERS = ["张明远", "李晓雯", "陈思远", "刘佳宁", "赵一鸣"]
ZH_EDITORS = ["周涛", "孙丽", "何欣"]
ZH_PLACES = ["北京", "上海", "广州", "华盛顿", "布鲁塞尔"]


def _zh_tail(rng: random.Random, d: Draft, c: Case) -> None:
    if rng.random() < 0.7:
        d.tail.append("（完）")
    if rng.random() < 0.7:
        editor = rng.choice(ZH_EDITORS)
        label = rng.choice(["责任编辑", "责任编辑", "编辑"])
        d.tail.append(rng.choice(["【{}：{}】", "（{}：{}）"]).format(label, editor))
        c.credits = (f"{label}：{editor}",)
    d.tail_blank = rng.random() < 0.5


def h16_xinhua_cn(rng: random.Random, d: Draft, c: Case) -> None:
    """Xinhua and People's Daily Online in Chinese: "新华社北京11月30日电（记者张明远）" glued to the lede,
    maybe a page head ("来源：新华社" and a time), "（完）" and the editor's line at the end."""
    _native(rng, d, "zh")
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    c.agency = rng.choice(["新华社", "新华社", "人民网"])
    c.place, c.date = rng.choice(ZH_PLACES), f"{month}月{day}日"
    dateline = f"{c.agency}{c.place}{c.date}电"
    if rng.random() < 0.7:
        c.byline = "、".join(rng.sample(ZH_REPORTERS, rng.choice([1, 1, 2])))
        dateline += rng.choice(["（记者{}）", "（记者 {}）", " （记者{}）"]).format(c.byline)
    else:
        dateline += rng.choice(["", " ", "\u3000"])  # a space, an ideographic space or none before the lede
    _glue(d, dateline)
    c.source = c.agency
    if rng.random() < 0.5:
        c.source = rng.choice(["新华社", "新华网", "人民网"])
        d.head += [
            f"来源：{c.source}",
            *(
                [f"2026-{month:02d}-{day:02d} {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]
                if rng.random() < 0.6
                else []
            ),
        ]
        d.head_joint = rng.choice(["\n", "\n\n"])
    _zh_tail(rng, d, c)


def h16_chinanews_cn(rng: random.Random, d: Draft, c: Case) -> None:
    """China News Service: "中新网11月30日电" with no place, "中新社北京11月30日电 (记者 X)" with half-width
    brackets, its editor's line; a "来源：" line closing some."""
    _native(rng, d, "zh")
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    c.date = f"{month}月{day}日"
    if rng.random() < 0.5:
        c.agency = "中新网"
        dateline = f"中新网{c.date}电"
    else:
        c.agency = rng.choice(["中新社", "中新网"])
        c.place = rng.choice(ZH_PLACES)
        dateline = f"{c.agency}{c.place}{c.date}电"
        if rng.random() < 0.6:
            c.byline = rng.choice(ZH_REPORTERS)
            dateline += rng.choice(["(记者 {})", " (记者 {})", "（记者 {}）"]).format(c.byline)
    if c.byline is None:
        dateline += rng.choice(["", " ", "\u3000"])
    _glue(d, dateline)
    c.source = c.agency
    _zh_tail(rng, d, c)
    if rng.random() < 0.4:
        c.source = rng.choice(["中国新闻网", "中新网"])
        d.tail.append(f"来源：{c.source}")


JA_PLACES = ["ワシントン", "ロンドン", "北京", "ソウル", "パリ"]


def h16_japan_ja(rng: random.Random, d: Draft, c: Case) -> None:
    """Kyodo and Jiji in Japanese: "【ワシントン共同】" and "【ロンドン時事】" glued to the lede; "（共同）",
    "（時事通信）" and Jiji's time line closing some."""
    _native(rng, d, "ja")
    c.place = rng.choice(JA_PLACES)
    jiji = rng.random() < 0.5
    c.agency = c.source = "時事" if jiji else "共同"
    _glue(d, f"【{c.place}{c.agency}】")
    if jiji:
        if rng.random() < 0.5:
            c.source = "時事通信"
            d.tail.append("（時事通信）")
        if rng.random() < 0.5:
            d.tail.append(f"（2026/11/{rng.randint(10, 28)}-{rng.randint(10, 23)}:{rng.randint(10, 59)}）")
    elif rng.random() < 0.5:
        d.tail.append("（共同）")
    d.tail_blank = rng.random() < 0.5


RU_PEOPLE = ["Иван Соколов", "Мария Белова", "Андрей Кузнецов", "Ольга Никитина"]
RU_CITIES = ["МОСКВА", "САНКТ-ПЕТЕРБУРГ", "ВЛАДИВОСТОК", "КАЗАНЬ"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]  # fmt: skip
RU_SHORT = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]


def h16_russia_ru(rng: random.Random, d: Draft, c: Case) -> None:
    """TASS, RIA Novosti and Interfax in Russian, and a paper's "Автор:" head with an "Источник:" line."""
    _native(rng, d, "ru")
    month, day = rng.randrange(12), rng.randint(1, 28)
    person = rng.choice(RU_PEOPLE)
    form = rng.random()
    if form < 0.3:
        c.place, c.date, c.agency = rng.choice(RU_CITIES), f"{day} {RU_MONTHS[month]}", "ТАСС"
        if rng.random() < 0.4:
            c.byline = person
            d.dateline = f"{c.place}, {c.date}. /Корр. ТАСС {person}/."
        else:
            d.dateline = f"{c.place}, {c.date}. /ТАСС/."
    elif form < 0.6:
        c.place, c.date, c.agency = rng.choice(RU_CITIES), f"{day} {RU_SHORT[month]}", "РИА Новости"
        if rng.random() < 0.4:
            c.byline = person
            d.dateline = f"{c.place}, {c.date} — РИА Новости, {person}."
        else:
            d.dateline = f"{c.place}, {c.date} — РИА Новости."
    elif form < 0.8:
        c.place = rng.choice(["Москва", "Екатеринбург", "Новосибирск"])
        c.date, c.agency = f"{day} {RU_MONTHS[month]}", "INTERFAX.RU"
        d.dateline = f"{c.place}. {c.date}. INTERFAX.RU -"
    else:
        c.byline = person
        d.head.append(f"Автор: {person}")
        if rng.random() < 0.6:
            c.source = rng.choice(["ТАСС", "РИА Новости", "Интерфакс"])
            d.tail.append(f"Источник: {c.source}")
    if c.agency:
        c.source = c.agency


def h16_more_scripts(rng: random.Random, d: Draft, c: Case) -> None:
    """Interfax-Ukraine and Ukrinform in Ukrainian, ANA-MPA's source line in Greek, VNA in Vietnamese."""
    day = rng.randint(1, 28)
    form = rng.random()
    if form < 0.3:
        _native(rng, d, "uk")
        c.place, c.date = rng.choice(["КИЇВ", "ЛЬВІВ", "ОДЕСА"]), f"{day} листопада"
        c.agency = c.source = "ІНТЕРФАКС-УКРАЇНА"
        d.dateline = f"{c.place}. {c.date}. ІНТЕРФАКС-УКРАЇНА -"
    elif form < 0.55:
        _native(rng, d, "uk")
        c.source = "Укрінформ"
        d.head += ["Укрінформ", f"{day:02d}.11.2026 {rng.randint(10, 23)}:{rng.randint(10, 59)}"]
        d.head_joint = rng.choice(["\n", "\n\n"])
    elif form < 0.75:
        _native(rng, d, "el")
        c.source = "ΑΠΕ-ΜΠΕ"
        d.tail.append("Πηγή: ΑΠΕ-ΜΠΕ")
    else:
        _native(rng, d, "vi")
        c.place, c.date, c.agency = rng.choice(["Hà Nội", "Đà Nẵng", "Cần Thơ"]), f"{day}/11", "TTXVN"
        c.source = "TTXVN"
        d.dateline = f"{c.place}, {c.date} (TTXVN) -"
        if rng.random() < 0.5:
            d.tail.append("Nguồn: TTXVN")


AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر"]


def h16_arabic_ar(rng: random.Random, d: Draft, c: Case) -> None:
    """AFP, dpa, QNA and WAM in Arabic, and a closing "المصدر:" line."""
    _native(rng, d, "ar")
    form = rng.random()
    if form < 0.35:
        c.place, c.agency = rng.choice(["القاهرة", "بيروت", "الرياض", "عمان"]), "أ ف ب"
        d.dateline = rng.choice([f"{c.place} - (أ ف ب) -", f"{c.place} (أ ف ب) -"])
    elif form < 0.6:
        c.place, c.agency = rng.choice(["برلين", "القاهرة", "بغداد"]), "د ب أ"
        d.dateline = f"{c.place} (د ب أ) -"
    elif form < 0.8:
        c.place, c.agency = "الدوحة", "قنا"
        c.date = f"{rng.randint(1, 28)} {rng.choice(AR_MONTHS)}"
        d.dateline = f"الدوحة في {c.date} /قنا/"
    else:
        c.place, c.agency = "أبوظبي", "وام"
        c.date = f"{rng.randint(1, 28)} {rng.choice(AR_MONTHS)}"
        d.dateline = f"أبوظبي في {c.date} / وام /"
    c.source = c.agency
    if rng.random() < 0.4:
        c.source = rng.choice([c.agency, "وكالات", "وكالة الأنباء القطرية" if c.agency == "قنا" else "وكالات"])
        d.tail.append(f"المصدر: {c.source}")


HI_CITIES = ["नई दिल्ली", "मुंबई", "लखनऊ", "जयपुर"]
HI_EDITORS = ["सुरेश माधव", "नोमान अजय", "रंजन मनीषा", "पवनेश संतोष"]


def h16_hindi_hi(rng: random.Random, d: Draft, c: Case) -> None:
    """PTI-Bhasha and IANS in Hindi: "नई दिल्ली, 30 नवंबर (भाषा)", and their closing slugs."""
    _native(rng, d, "hi")
    c.place, c.date = rng.choice(HI_CITIES), f"{rng.randint(1, 28)} नवंबर"
    if rng.random() < 0.55:
        c.agency = "भाषा"
        if rng.random() < 0.7:
            slug = f"भाषा {rng.choice(HI_EDITORS)}"
            d.tail.append(slug)
            c.credits = (slug,)
    else:
        c.agency = "आईएएनएस"
        if rng.random() < 0.7:
            d.tail.append(rng.choice(["--आईएएनएस", "-- आईएएनएस"]))
            slug = rng.choice(["एसजीके/एबीएम", "एकेजे/एसकेपी", "पीके/सीबीटी"])
            d.tail.append(slug)
            c.credits = (slug,)
    c.source = c.agency
    d.dateline = f"{c.place}, {c.date} ({c.agency})"
    d.tail_blank = rng.random() < 0.4


# --- archival English wire copy ----------------------------------------------------------------------

PEOPLE_16 = [
    "Harriet Okonkwo",
    "Desmond Farrow",
    "Ingrid Solberg",
    "Tobias Wren",
    "Camille Duarte",
    "Rupert Vance",
    "Yusuf Demir",
    "Greta Holloway",
]
ARCHIVE_PLACES = ["BRUSSELS, Belgium", "WASHINGTON", "NEW ORLEANS", "JERUSALEM", "DENVER", "MANILA, Philippines"]
SLUGS = ["Nato-Summit", "Fed-Rates", "Mideast-Talks", "Storm-Gulf", "Iraq-Vote", "Airline-Strike"]
ORDINALS = ["1st", "2nd", "3rd"]


def _transmission(rng: random.Random, desk: str, month: int, day: int) -> str:
    """ "AP-NY-11-30-06 1234EST": the desk, the date and the time the story moved."""
    return f"{desk}-{month:02d}-{day:02d}-06 {rng.randint(0, 23):02d}{rng.randint(10, 59)}EST"


def h16_ap_archive(rng: random.Random, d: Draft, c: Case) -> None:
    """AP as the 1990s-2000s wire moved it: slug line, "Eds:", "By NAME= Associated Press Writer=",
    the underscore dash, the transmission line."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    cycle, slug, length = rng.choice(["AM", "PM", "BC"]), rng.choice(SLUGS), f"{rng.randint(300, 1200):04d}"
    if rng.random() < 0.4:
        c.tags = (f"{rng.choice(ORDINALS)} Ld-Writethru",)
        d.head.append(f"{cycle}-{slug}, {c.tags[0]},{length}")
    else:
        d.head.append(f"{cycle}-{slug},{length}")
    if rng.random() < 0.6:
        d.head.append(
            rng.choice(
                [
                    "Eds: UPDATES with comment from foreign minister, details. No pickup.",
                    "Eds: SUBS 5th graf to CORRECT spelling of name.",
                    "Eds: Moved in advance for use Sunday, Dec. 3.",
                ]
            )
        )
    people = rng.sample(PEOPLE_16, rng.choice([1, 1, 2]))
    c.byline = joined_names([p.upper() for p in people])
    role = "Associated Press Writers" if len(people) > 1 else "Associated Press Writer"
    c.source = "Associated Press"  # the agency as the byline's role names it (reconciled after the blind run)
    if rng.random() < 0.5:
        d.head.append(f"By {c.byline}= {role}=")
    else:
        d.head += [f"By {c.byline}=", f"{role}="]
    d.head_joint = rng.choice(["\n", "\n\n"])
    c.place, c.agency = rng.choice(ARCHIVE_PLACES), "AP"
    d.dateline = f"{c.place} (AP) _"
    d.tail.append(_transmission(rng, "AP-NY", month, day))


def h16_us_services(rng: random.Random, d: Draft, c: Case) -> None:
    """The New York Times News Service, the Los Angeles Times-Washington Post News Service, Cox News
    Service and Knight Ridder, as archives keep their copy."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    person = rng.choice(PEOPLE_16)
    c.place = rng.choice(["WASHINGTON", "ATLANTA", "MIAMI", "BAGHDAD, Iraq", "LOS ANGELES"])
    d.dateline = f"{c.place} _"
    form = rng.random()
    if form < 0.35:
        c.byline = person.upper() if rng.random() < 0.5 else person
        c.copyright = "c.2006 New York Times News Service"
        c.source = "New York Times News Service"
        d.head += [f"By {c.byline}", c.copyright]
        if rng.random() < 0.5:
            d.tail.append(_transmission(rng, "NYT", month, day))
    elif form < 0.55:
        c.byline = person
        c.source = "Los Angeles Times-Washington Post News Service"
        head = [f"By {person}", c.source]
        if rng.random() < 0.5:
            c.copyright = rng.choice(["(c) 2006, The Washington Post", "(c) 2006, Los Angeles Times"])
            head.insert(1, c.copyright)
        d.head += head
    elif form < 0.75:
        c.byline = person.upper()
        c.source = "Cox News Service"
        d.head += [f"By {c.byline}", c.source]
        if rng.random() < 0.6:
            handle = (person.split()[0][0] + person.split()[-1]).lower()
            credit = f"Contact {person} at {handle}@coxnews.com."
            d.tail.append(credit)
            c.credits = (credit,)
    else:
        c.byline = person
        c.source = "Knight Ridder Newspapers"
        d.head.append(f"By {person} / Knight Ridder Newspapers")
        if rng.random() < 0.6:
            c.copyright = "(c) 2006, Knight Ridder/Tribune Information Services."
            d.tail.append(c.copyright)
    d.head_joint = rng.choice(["\n", "\n\n"])


AFP_SLUGS = ["kms/jm", "bur-pmh/sst", "gd/cw", "jit/dc"]
GMT_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
SHORT = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
DOTTED = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def h16_old_agencies(rng: random.Random, d: Draft, c: Case) -> None:
    """AFP with its slug and "AFP 301234 GMT NOV 06", Xinhua English with "Enditem" glued to the
    last paragraph, UPI with its copyright line, as archives of the 1990s-2000s hold them."""
    month, day = rng.randrange(12), rng.randint(1, 28)
    form = rng.random()
    if form < 0.4:
        c.place, c.date, c.agency = rng.choice(["PARIS", "KABUL", "NAIROBI", "GENEVA"]), f"{SHORT[month]} {day}", "AFP"
        d.dateline = f"{c.place}, {c.date} (AFP) -"
        if rng.random() < 0.7:
            slug = rng.choice(AFP_SLUGS)
            d.tail.append(slug)
            c.credits = (slug,)
        d.tail.append(f"AFP {day:02d}{rng.randint(0, 23):02d}{rng.randint(10, 59)} GMT {GMT_MONTHS[month]} 06")
    elif form < 0.7:
        c.place, c.date, c.agency = (
            rng.choice(["BEIJING", "UNITED NATIONS", "HONG KONG"]),
            f"{DOTTED[month]} {day}",
            "Xinhua",
        )
        d.dateline = f"{c.place}, {c.date} (Xinhua) --"
        d.body[-1] += " Enditem"
        c.trailers += ("Enditem",)
    else:
        c.agency = "UPI"
        c.place = rng.choice(["WASHINGTON", "CHICAGO", "TOKYO"])
        if rng.random() < 0.5:
            c.date = f"{DOTTED[month]} {day}"
            d.dateline = f"{c.place}, {c.date} (UPI) --"
        else:
            d.dateline = f"{c.place} (UPI) --"
        if rng.random() < 0.7:
            c.copyright = "Copyright 2006 by United Press International. All Rights Reserved."
            d.tail.append(c.copyright)
    c.source = c.agency


HELD_OUT_16: dict[str, Template] = {
    "xinhua-cn-16": h16_xinhua_cn,
    "chinanews-cn-16": h16_chinanews_cn,
    "japan-ja-16": h16_japan_ja,
    "russia-ru-16": h16_russia_ru,
    "more-scripts-16": h16_more_scripts,
    "arabic-ar-16": h16_arabic_ar,
    "hindi-hi-16": h16_hindi_hi,
    "ap-archive-16": h16_ap_archive,
    "us-services-16": h16_us_services,
    "old-agencies-16": h16_old_agencies,
}

# --- round-sixteen negatives: nothing here is metadata -------------------------------------------------

# Look-alike ledes and closing sentences per language: a sentence that opens with a city and a date,
# an agency named or quoted inside a sentence, a label word ("来源", "Автор", "Источник", "المصدر",
# "भाषा") opening or inside a sentence.
NATIVE_LOOK_ALIKES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "zh": (
        (
            "11月30日，北京市政府宣布将新增十条公交线路，方便市民出行。",
            "北京11月30日迎来今冬首场降雪，多条道路出现拥堵。",
            "新华社记者在现场看到，救援工作仍在紧张进行。",
        ),
        (
            "这些数据来源于国家统计局的月度调查。",
            "来源不明的资金流入引起了监管部门的关注。",
            "编辑部表示，该报告全文共分为五个部分，将陆续刊发。",
            "据新华社报道，相关部门已启动应急预案（完整名单见附件）。",
        ),
    ),
    "ja": (
        ("ワシントンで30日、日米の外相が会談した。", "共同通信社の世論調査によると、内閣支持率は3割台に落ち込んだ。"),
        ("時事通信の取材に対し、同社の幹部はコメントを控えた。", "会見の内容は共同声明として発表された。"),
    ),
    "ru": (
        (
            "30 ноября в Москве открылась выставка современного искусства.",
            "Москва, как сообщил ТАСС со ссылкой на мэрию, в декабре получит 30 новых автобусов.",
        ),
        (
            "Автор проекта, архитектор из Казани, представил макет на выставке.",
            "Источник в правительстве, пожелавший остаться неназванным, подтвердил эту информацию.",
            "Об этом РИА Новости рассказал представитель министерства.",
        ),
    ),
    "ar": (
        ("القاهرة، تلك المدينة التي لا تنام، تستعد لاستقبال ملايين الزوار هذا الشتاء.",),
        (
            "ونقلت وكالة الأنباء الألمانية (د ب أ) عن مصدر حكومي قوله إن المحادثات ستستأنف الأسبوع المقبل.",
            "المصدر الرئيسي للدخل في المنطقة هو السياحة، بحسب التقرير.",
        ),
    ),
    "hi": (
        ("नई दिल्ली में 30 नवंबर को अंतरराष्ट्रीय व्यापार मेले का समापन हुआ।",),
        (
            "भाषा के सवाल पर मंत्री ने कहा कि सभी राज्यों से चर्चा की जाएगी।",
            "समाचार एजेंसी भाषा से बातचीत में उन्होंने यह जानकारी दी।",
        ),
    ),
}


def negative_16_scripts(rng: random.Random, d: Draft, c: Case) -> None:
    """A plain article in Chinese, Japanese, Russian, Arabic or Hindi whose lede or closing sentence
    looks like a dateline, a source line or a sign-off and is not."""
    language = rng.choice(sorted(NATIVE_LOOK_ALIKES))
    _native(rng, d, language)
    ledes, endings = NATIVE_LOOK_ALIKES[language]
    look_alikes(rng, d, ledes, endings)


NEGATIVE_LEDES_16 = [
    "AM radio stations in the county will switch to digital broadcasts by 2028, the regulator said.",
    "Knight Ridder Newspapers, which once owned 32 dailies, was sold in 2006, the report recalled.",
    "Cox News Service closed its Washington bureau in 2009, a former editor said on Tuesday.",
    "UPI figures cited by the committee showed the fleet had shrunk by a third since 1990.",
    "Washington _ the town in Georgia, not the capital _ has voted to rebuild its courthouse.",
]
NEGATIVE_ENDINGS_16 = [
    "The Associated Press Writer of the Year award went to a reporter from the Denver bureau.",
    "Story can end here, the director said, if the studio refuses to pay for reshoots.",
    "The New York Times News Service distributed the column to more than 600 papers at its peak.",
    "Optional second takes of the recording were released on the anniversary edition in 2006.",
    "The slug AM-Nato-Summit meant nothing to the new interns, the editor recalled.",
    "Eds and their reporters met for three days to plan the coverage, the union said.",
]
NEGATIVE_TITLES_16 = [
    "Knight Ridder papers change hands again",
    "Story can end here, says director",
    "Optional extras push up car prices",
]


def negative_16_archive(rng: random.Random, d: Draft, c: Case) -> None:
    """Sentences about the old wire services and their marks ("Associated Press Writer", "Story can
    end here", "Cox News Service", an underscore dash inside a sentence): all of it stays."""
    look_alikes(rng, d, NEGATIVE_LEDES_16, NEGATIVE_ENDINGS_16, titles=NEGATIVE_TITLES_16)


NEGATIVES_16: dict[str, Template] = {
    "negative-16-scripts": negative_16_scripts,
    "negative-16-archive": negative_16_archive,
}
