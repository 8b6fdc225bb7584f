"""Demo translations of news, events, prevention topics and materials into en, tr, ar, uk and fa.

Written by hand from the German demo texts in news/demo.py, events/demo.py and
prevention/demo.py, in the polite register of a public authority (formal "Sie" is "you" in
English, "siz" in Turkish, the plural of address in Arabic and "ви" in Ukrainian). Each entry
maps a German text (exactly as it stands in the German demo) to its translations; the loader
in home/demo.py fills wagtail-localize's segments from it, so a text shared by several pages
(the default event description) is written once.

Which German objects are translated, and into which languages, is in OBJECTS below. The
Interkulturelle Woche page is translated into every one of these languages, its programme
items into none: the translated week says its programme exists only in German and links the
German page. Persian (PERSIAN, at the end) came last and is kept apart. One news item stays
German on purpose (UNTRANSLATED_NEWS) and one translated news item gets a newer German
version after its translation (OUT_OF_DATE_NEWS), so both fallbacks are visible in the demo."""

LANGUAGES = ["en", "tr", "ar", "uk", "fa"]

# What is translated: (kind, German title, languages). Parents come before their children.
OBJECTS = [
    ("page", "Aktuelles", LANGUAGES),
    ("page", "Veranstaltungen", LANGUAGES),
    ("page", "Prävention", LANGUAGES),
    ("page", "Interkulturelle Woche 2026", LANGUAGES),
    ("page", "Polizei und Beirat verlängern ihre Zusammenarbeit", LANGUAGES),
    ("page", "Falsche Polizeibeamte am Telefon: Legen Sie auf!", LANGUAGES),
    ("page", "Rückblick: Interkulturelle Woche 2026", LANGUAGES),
    ("page", "Gesprächsrunde in der Verbandsgemeinde", LANGUAGES),
    ("page", "Präventionsabend: Falsche Polizeibeamte", LANGUAGES),
    ("page", "Verkehrssicherheitstag für Neuzugewanderte", LANGUAGES),
    ("page", "Telefonbetrug", LANGUAGES),
    ("page", "Einbruchschutz", LANGUAGES),
    ("material", "Achtung, Betrug am Telefon!", LANGUAGES),
    ("material", "Der Enkeltrick – Checkliste", LANGUAGES),
    ("material", "Einbruchschutz: Tipps für Mieterinnen und Mieter", LANGUAGES),
]

# A police press release that stays German: its translated listings simply do not show it,
# and its German page is what every language links to.
UNTRANSLATED_NEWS = "Polizeipräsidium Mainz stellt Verkehrsunfallbilanz vor"

# Translated, then its German teaser is corrected and published again: the translations now
# lag behind their source and say so ("This translation may be out of date").
OUT_OF_DATE_NEWS = "Falsche Polizeibeamte am Telefon: Legen Sie auf!"
OUT_OF_DATE_NEW_TEASER = (
    "Betrüger geben sich am Telefon als Polizei aus. So schützen Sie sich und Ihre Angehörigen."
)

# German text -> {language: translation}. Slugs are derived from the translated titles.
TEXTS = {
    # Index pages
    "Aktuelles": {"en": "News", "tr": "Güncel", "ar": "الأخبار", "uk": "Новини"},
    "Mitteilungen, Berichte und Tipps von Polizei und Beirat.": {
        "en": "Announcements, reports and advice from the police and the Council.",
        "tr": "Polis ve Danışma Kurulundan duyurular, haberler ve öneriler.",
        "ar": "بيانات وتقارير ونصائح من الشرطة والمجلس الاستشاري.",
        "uk": "Повідомлення, звіти та поради від поліції та Ради.",
    },
    "Veranstaltungen": {"en": "Events", "tr": "Etkinlikler", "ar": "الفعاليات", "uk": "Заходи"},
    "Gesprächsrunden, Präventionsabende und die Interkulturelle Woche.": {
        "en": "Talk rounds, prevention evenings and the Intercultural Week.",
        "tr": "Sohbet toplantıları, önleme akşamları ve Kültürlerarası Hafta.",
        "ar": "جلسات حوارية وأمسيات توعية والأسبوع بين الثقافات.",
        "uk": "Круглі столи, профілактичні вечори та Міжкультурний тиждень.",
    },
    "Prävention": {"en": "Prevention", "tr": "Önleme", "ar": "الوقاية", "uk": "Профілактика"},
    "Rat und Material zu Betrug, Einbruch, Verkehr, Gewalt und Internet – in vielen Sprachen.": {
        "en": "Advice and material on fraud, burglary, traffic, violence and the internet – in "
        "many languages.",
        "tr": "Dolandırıcılık, hırsızlık, trafik, şiddet ve internet konularında öneriler ve "
        "bilgi materyalleri – birçok dilde.",
        "ar": "نصائح ومواد حول الاحتيال والسطو والمرور والعنف والإنترنت – بلغات عديدة.",
        "uk": "Поради та матеріали про шахрайство, крадіжки зі зломом, дорожній рух, насильство "
        "та інтернет – багатьма мовами.",
    },
    # Interkulturelle Woche (en, tr)
    "Interkulturelle Woche 2026": {
        "en": "Intercultural Week 2026",
        "tr": "Kültürlerarası Hafta 2026",
        "ar": "الأسبوع بين الثقافات 2026",
        "uk": "Міжкультурний тиждень 2026",
    },
    "Dafür!": {"en": "For it!", "tr": "Bunun için!", "ar": "نحن مع ذلك!", "uk": "За!"},
    "Polizei und Beirat sind gemeinsam dabei – mit Stand, Gesprächen und Aktionen.": {
        "en": "The police and the Council take part together – with a stand, talks and activities.",
        "tr": "Polis ve Danışma Kurulu birlikte katılıyor: stant, sohbetler ve etkinliklerle.",
        "ar": "تشارك الشرطة والمجلس الاستشاري معًا – بجناح وحوارات وأنشطة.",
        "uk": "Поліція та Рада беруть участь разом – зі стендом, розмовами та акціями.",
    },
    "Eine Woche Begegnung: Polizei und Beirat für Migration und Integration laden zu Gesprächen, "
    "Aktionen und Informationen ein.": {
        "en": "A week of encounters: the police and the Council for Migration and Integration "
        "invite you to talks, activities and information.",
        "tr": "Bir hafta boyunca buluşma: Polis ile Göç ve Uyum Danışma Kurulu sizi sohbetlere, "
        "etkinliklere ve bilgilendirmelere davet ediyor.",
        "ar": "أسبوع من اللقاءات: تدعوكم الشرطة والمجلس الاستشاري للهجرة والاندماج إلى حوارات "
        "وأنشطة ومعلومات.",
        "uk": "Тиждень зустрічей: поліція та Рада з питань міграції та інтеграції запрошують вас "
        "на розмови, акції та інформаційні заходи.",
    },
    # News
    "Polizei und Beirat verlängern ihre Zusammenarbeit": {
        "en": "Police and Council extend their cooperation",
        "tr": "Polis ve Danışma Kurulu iş birliğini uzatıyor",
        "ar": "الشرطة والمجلس الاستشاري يمدّدان تعاونهما",
        "uk": "Поліція та Рада продовжують співпрацю",
    },
    "Die Kooperation von Polizei und Beirat für Migration und Integration geht weiter.": {
        "en": "The cooperation between the police and the Council for Migration and "
        "Integration continues.",
        "tr": "Polis ile Göç ve Uyum Danışma Kurulu arasındaki iş birliği devam ediyor.",
        "ar": "يستمر التعاون بين الشرطة والمجلس الاستشاري للهجرة والاندماج.",
        "uk": "Співпраця поліції та Ради з питань міграції та інтеграції триває.",
    },
    "Polizeiinspektion, Kriminalinspektion und Beirat haben bei ihrer Herbstsitzung eine Bilanz "
    "der gemeinsamen Arbeit gezogen: zwölf Gesprächsrunden, vier Präventionsabende und ein "
    "gemeinsamer Stand auf der Interkulturellen Woche.": {
        "en": "At their autumn meeting, the Police Inspectorate, the Criminal Investigation "
        "Inspectorate and the Council reviewed their joint work: twelve talk rounds, four "
        "prevention evenings and a joint stand at the Intercultural Week.",
        "tr": "Polis Merkezi, Adli Polis Merkezi ve Danışma Kurulu sonbahar toplantısında ortak "
        "çalışmalarının bilançosunu çıkardı: on iki sohbet toplantısı, dört önleme akşamı ve "
        "Kültürlerarası Hafta’da ortak bir stant.",
        "ar": "استعرض مركز الشرطة ومركز الشرطة الجنائية والمجلس الاستشاري في اجتماعهم الخريفي "
        "حصيلة العمل المشترك: اثنتا عشرة جلسة حوارية، وأربع أمسيات توعية، وجناح مشترك في "
        "الأسبوع بين الثقافات.",
        "uk": "На осінньому засіданні поліцейська інспекція, кримінальна інспекція та Рада "
        "підбили підсумки спільної роботи: дванадцять круглих столів, чотири профілактичні "
        "вечори та спільний стенд на Міжкультурному тижні.",
    },
    "Die Partner wollen im kommenden Jahr die Gesprächsrunden in den Verbandsgemeinden ausbauen "
    "und mehrsprachige Präventionsangebote stärken.": {
        "en": "Next year, the partners intend to hold more talk rounds in the municipalities "
        "and to strengthen multilingual prevention services.",
        "tr": "Ortaklar gelecek yıl belediyelerdeki sohbet toplantılarını artırmak ve çok dilli "
        "önleme hizmetlerini güçlendirmek istiyor.",
        "ar": "يعتزم الشركاء في العام المقبل توسيع الجلسات الحوارية في البلديات وتعزيز عروض "
        "الوقاية متعددة اللغات.",
        "uk": "Наступного року партнери планують розширити круглі столи в громадах і посилити "
        "багатомовні профілактичні пропозиції.",
    },
    "Falsche Polizeibeamte am Telefon: Legen Sie auf!": {
        "en": "Fake police officers on the phone: hang up!",
        "tr": "Telefonda sahte polisler: Telefonu kapatın!",
        "ar": "أفراد شرطة مزيّفون على الهاتف: أغلقوا الخط!",
        "uk": "Фальшиві поліцейські телефонують: покладіть слухавку!",
    },
    "Betrüger geben sich am Telefon als Polizei aus. So schützen Sie sich.": {
        "en": "Fraudsters pretend to be the police on the phone. This is how you can protect "
        "yourself.",
        "tr": "Dolandırıcılar telefonda kendilerini polis olarak tanıtıyor. Kendinizi şöyle "
        "koruyabilirsiniz.",
        "ar": "ينتحل محتالون صفة الشرطة عبر الهاتف. إليكم كيف تحمون أنفسكم.",
        "uk": "Шахраї видають себе по телефону за поліцію. Ось як ви можете захиститися.",
    },
    "In den vergangenen Wochen haben sich Anrufe falscher Polizeibeamter im Landkreis gehäuft. "
    "Die Täter behaupten, Ihr Geld sei nicht mehr sicher, und wollen es abholen.": {
        "en": "In recent weeks there have been more and more calls from fake police officers "
        "in the district. The callers claim that your money is no longer safe and want to "
        "collect it.",
        "tr": "Son haftalarda ilçede sahte polislerin aramaları arttı. Failler paranızın artık "
        "güvende olmadığını iddia ediyor ve onu almaya gelmek istiyor.",
        "ar": "ازدادت في الأسابيع الماضية اتصالات أفراد شرطة مزيّفين في المقاطعة. يزعم الجناة "
        "أن أموالكم لم تعد في أمان، ويريدون استلامها منكم.",
        "uk": "Останніми тижнями в районі почастішали дзвінки фальшивих поліцейських. Зловмисники "
        "стверджують, що ваші гроші більше не в безпеці, і хочуть їх забрати.",
    },
    "Die echte Polizei fragt nie nach Geld oder Wertsachen. Legen Sie auf und rufen Sie selbst "
    "die 110 an – ohne die Rückruftaste zu benutzen.": {
        "en": "The real police never ask for money or valuables. Hang up and call 110 yourself "
        "– without using the redial button.",
        "tr": "Gerçek polis asla para ya da değerli eşya istemez. Telefonu kapatın ve 110’u "
        "kendiniz arayın; geri arama tuşunu kullanmayın.",
        "ar": "الشرطة الحقيقية لا تطلب أبدًا مالًا أو أشياء ثمينة. أغلقوا الخط واتصلوا بأنفسكم "
        "بالرقم 110، دون استخدام زر معاودة الاتصال.",
        "uk": "Справжня поліція ніколи не просить грошей чи цінностей. Покладіть слухавку й "
        "самі наберіть 110 – не користуючись кнопкою повторного виклику.",
    },
    "Rückblick: Interkulturelle Woche 2026": {
        "en": "Looking back: Intercultural Week 2026",
        "tr": "Geriye bakış: Kültürlerarası Hafta 2026",
        "ar": "نظرة إلى الوراء: الأسبوع بين الثقافات 2026",
        "uk": "Підсумки: Міжкультурний тиждень 2026",
    },
    "Viele Begegnungen am gemeinsamen Stand von Polizei und Beirat.": {
        "en": "Many encounters at the joint stand of the police and the Council.",
        "tr": "Polis ve Danışma Kurulunun ortak standında pek çok buluşma.",
        "ar": "لقاءات كثيرة في الجناح المشترك للشرطة والمجلس الاستشاري.",
        "uk": "Багато зустрічей на спільному стенді поліції та Ради.",
    },
    "Mehr als 400 Besucherinnen und Besucher kamen während der Interkulturellen Woche an den "
    "gemeinsamen Stand. Besonders gefragt waren die Fahrradcodierung und die Gesprächsrunde "
    "„Polizei fragen“.": {
        "en": "More than 400 visitors came to the joint stand during the Intercultural Week. "
        "Bicycle coding and the talk round “Ask the police” were particularly popular.",
        "tr": "Kültürlerarası Hafta boyunca ortak standı 400’den fazla ziyaretçi ziyaret etti. "
        "En çok ilgi gören etkinlikler bisiklet kodlama ve “Polise sorun” sohbet toplantısı "
        "oldu.",
        "ar": "زار أكثر من 400 زائرة وزائر الجناح المشترك خلال الأسبوع بين الثقافات. وقد لقي "
        "ترميز الدراجات والجلسة الحوارية «اسألوا الشرطة» إقبالًا خاصًا.",
        "uk": "Понад 400 відвідувачок і відвідувачів завітали до спільного стенда під час "
        "Міжкультурного тижня. Найбільшим попитом користувалися кодування велосипедів і "
        "круглий стіл «Запитайте поліцію».",
    },
    "Die für Donnerstag geplante Lesung musste leider ausfallen; sie wird im Frühjahr "
    "nachgeholt.": {
        "en": "Unfortunately, the reading planned for Thursday had to be cancelled; it will "
        "take place in the spring instead.",
        "tr": "Perşembe günü planlanan okuma etkinliği maalesef iptal edilmek zorunda kaldı; "
        "ilkbaharda yapılacak.",
        "ar": "للأسف اضطررنا إلى إلغاء الأمسية القرائية المقررة يوم الخميس، وستُقام في الربيع "
        "بدلًا من ذلك.",
        "uk": "На жаль, заплановані на четвер читання довелося скасувати; їх проведуть навесні.",
    },
    # Events
    "Gesprächsrunde in der Verbandsgemeinde": {
        "en": "Talk round in the municipality",
        "tr": "Belediyede sohbet toplantısı",
        "ar": "جلسة حوارية في البلدية",
        "uk": "Круглий стіл у громаді",
    },
    "Vertrauen entsteht im Gespräch: Polizei und Beirat hören zu.": {
        "en": "Trust grows through conversation: the police and the Council listen to you.",
        "tr": "Güven sohbetle oluşur: Polis ve Danışma Kurulu sizi dinliyor.",
        "ar": "الثقة تنشأ بالحوار: الشرطة والمجلس الاستشاري يستمعان إليكم.",
        "uk": "Довіра народжується в розмові: поліція та Рада вас вислухають.",
    },
    "Polizei und Beirat laden gemeinsam ein. Der Eintritt ist frei.": {
        "en": "The police and the Council invite you together. Admission is free.",
        "tr": "Polis ve Danışma Kurulu sizi birlikte davet ediyor. Giriş ücretsizdir.",
        "ar": "تدعوكم الشرطة والمجلس الاستشاري معًا. الدخول مجاني.",
        "uk": "Поліція та Рада запрошують вас разом. Вхід вільний.",
    },
    "Präventionsabend: Falsche Polizeibeamte": {
        "en": "Prevention evening: fake police officers",
        "tr": "Önleme akşamı: Sahte polisler",
        "ar": "أمسية توعية: أفراد شرطة مزيّفون",
        "uk": "Профілактичний вечір: фальшиві поліцейські",
    },
    "Wie Betrüger am Telefon vorgehen und wie Sie sich schützen.": {
        "en": "How fraudsters operate on the phone and how you can protect yourself.",
        "tr": "Dolandırıcılar telefonda nasıl hareket ediyor ve kendinizi nasıl korursunuz.",
        "ar": "كيف يعمل المحتالون عبر الهاتف، وكيف تحمون أنفسكم.",
        "uk": "Як діють телефонні шахраї і як ви можете захиститися.",
    },
    "Verkehrssicherheitstag für Neuzugewanderte": {
        "en": "Road safety day for newcomers",
        "tr": "Yeni gelenler için trafik güvenliği günü",
        "ar": "يوم السلامة المرورية للقادمين الجدد",
        "uk": "День безпеки дорожнього руху для новоприбулих",
    },
    "Verkehrsregeln in Deutschland: für Fußgänger, Rad- und Autofahrer.": {
        "en": "Traffic rules in Germany: for pedestrians, cyclists and drivers.",
        "tr": "Almanya’da trafik kuralları: yayalar, bisikletliler ve sürücüler için.",
        "ar": "قواعد المرور في ألمانيا: للمشاة وراكبي الدراجات وسائقي السيارات.",
        "uk": "Правила дорожнього руху в Німеччині: для пішоходів, велосипедистів і водіїв.",
    },
    "Neuer Termin wegen des Wetters.": {
        "en": "New date because of the weather.",
        "tr": "Hava koşulları nedeniyle yeni tarih.",
        "ar": "موعد جديد بسبب الطقس.",
        "uk": "Нова дата через погоду.",
    },
    # Prevention topics
    "Telefonbetrug": {
        "en": "Telephone fraud",
        "tr": "Telefon dolandırıcılığı",
        "ar": "الاحتيال الهاتفي",
        "uk": "Телефонне шахрайство",
    },
    "Falsche Polizeibeamte, Enkeltrick, Schockanrufe: So erkennen Sie Betrug am Telefon.": {
        "en": "Fake police officers, the grandchild trick, shock calls: how to recognise fraud "
        "on the phone.",
        "tr": "Sahte polisler, torun numarası, şok aramalar: Telefon dolandırıcılığını böyle "
        "tanırsınız.",
        "ar": "أفراد شرطة مزيّفون، خدعة الحفيد، مكالمات الصدمة: هكذا تتعرّفون على الاحتيال الهاتفي.",
        "uk": "Фальшиві поліцейські, «онуки», шокові дзвінки: як розпізнати шахрайство по "
        "телефону.",
    },
    "Die Polizei ruft Sie nie unter der 110 an und fragt nie nach Geld oder Wertsachen.": {
        "en": "The police will never call you from the number 110 and never ask for money or "
        "valuables.",
        "tr": "Polis sizi asla 110 numarasından aramaz ve asla para ya da değerli eşya istemez.",
        "ar": "الشرطة لا تتصل بكم أبدًا من الرقم 110، ولا تطلب أبدًا مالًا أو أشياء ثمينة.",
        "uk": "Поліція ніколи не телефонує вам з номера 110 і ніколи не просить грошей чи "
        "цінностей.",
    },
    "Legen Sie auf, wenn Ihnen etwas seltsam vorkommt, und sprechen Sie mit Angehörigen.": {
        "en": "Hang up if something seems strange to you, and talk to your family.",
        "tr": "Size tuhaf gelen bir şey olursa telefonu kapatın ve yakınlarınızla konuşun.",
        "ar": "أغلقوا الخط إذا بدا لكم شيء غريبًا، وتحدّثوا مع أقاربكم.",
        "uk": "Покладіть слухавку, якщо щось здається вам дивним, і поговоріть з рідними.",
    },
    "Einbruchschutz": {
        "en": "Protection against burglary",
        "tr": "Hırsızlığa karşı koruma",
        "ar": "الحماية من السطو",
        "uk": "Захист від крадіжок зі зломом",
    },
    "Gute Schlösser, aufmerksame Nachbarn: Was Einbrecher abhält.": {
        "en": "Good locks, attentive neighbours: what keeps burglars away.",
        "tr": "İyi kilitler, dikkatli komşular: Hırsızları caydıran şeyler.",
        "ar": "أقفال جيدة وجيران منتبهون: ما الذي يردع اللصوص.",
        "uk": "Надійні замки, уважні сусіди: що зупиняє зломщиків.",
    },
    "Die meisten Einbrecher geben auf, wenn sie nicht schnell ins Haus kommen.": {
        "en": "Most burglars give up if they cannot get into the house quickly.",
        "tr": "Hırsızların çoğu eve hızlıca giremezse vazgeçer.",
        "ar": "يتراجع معظم اللصوص إذا لم يتمكنوا من دخول المنزل بسرعة.",
        "uk": "Більшість зломщиків відступає, якщо не може швидко потрапити в будинок.",
    },
    "Die Präventionsberatung kommt kostenlos zu Ihnen nach Hause.": {
        "en": "The prevention advisory service visits you at home free of charge.",
        "tr": "Önleme danışmanlığı ücretsiz olarak evinize gelir.",
        "ar": "يأتيكم مستشارو الوقاية إلى منزلكم مجانًا.",
        "uk": "Фахівці з профілактики безкоштовно приїдуть до вас додому.",
    },
    # Materials
    "Achtung, Betrug am Telefon!": {
        "en": "Beware of telephone fraud!",
        "tr": "Dikkat, telefon dolandırıcılığı!",
        "ar": "انتبهوا: احتيال عبر الهاتف!",
        "uk": "Обережно, телефонне шахрайство!",
    },
    "Der Enkeltrick – Checkliste": {
        "en": "The grandchild trick – checklist",
        "tr": "Torun numarası – kontrol listesi",
        "ar": "خدعة الحفيد – قائمة تحقّق",
        "uk": "Шахрайство «онук у біді» – контрольний список",
    },
    "Einbruchschutz: Tipps für Mieterinnen und Mieter": {
        "en": "Protection against burglary: advice for tenants",
        "tr": "Hırsızlığa karşı koruma: Kiracılar için öneriler",
        "ar": "الحماية من السطو: نصائح للمستأجرات والمستأجرين",
        "uk": "Захист від крадіжок зі зломом: поради для орендарів",
    },
    "Kompakte Hinweise zum Mitnehmen und Weitergeben – in 5 Sprachen.": {
        "en": "Concise advice to take away and pass on – in 5 languages.",
        "tr": "Yanınıza alıp başkalarıyla paylaşabileceğiniz kısa bilgiler – 5 dilde.",
        "ar": "إرشادات موجزة لتأخذوها معكم وتشاركوها مع غيركم – بخمس لغات.",
        "uk": "Стислі поради, які можна взяти з собою й передати іншим, – 5 мовами.",
    },
    "Kompakte Hinweise zum Mitnehmen und Weitergeben – in 3 Sprachen.": {
        "en": "Concise advice to take away and pass on – in 3 languages.",
        "tr": "Yanınıza alıp başkalarıyla paylaşabileceğiniz kısa bilgiler – 3 dilde.",
        "ar": "إرشادات موجزة لتأخذوها معكم وتشاركوها مع غيركم – بثلاث لغات.",
        "uk": "Стислі поради, які можна взяти з собою й передати іншим, – 3 мовами.",
    },
    "Polizeiliche Kriminalprävention der Länder und des Bundes": {
        "en": "Police Crime Prevention of the German Federal States and the Federal Government",
        "tr": "Eyaletler ve Federal Hükümet Polis Suç Önleme Programı",
        "ar": "برنامج الشرطة للوقاية من الجريمة التابع للولايات والحكومة الاتحادية",
        "uk": "Поліцейська профілактика злочинності федеральних земель і федерації",
    },
    "Kriminalinspektion Bad Kreuznach": {
        "en": "Bad Kreuznach Criminal Investigation Inspectorate",
        "tr": "Bad Kreuznach Adli Polis Merkezi",
        "ar": "مركز الشرطة الجنائية في باد كرويتسناخ",
        "uk": "Кримінальна інспекція Бад-Кройцнаха",
    },
}


# Persian (Dari readers understand it too), written like the others from the German texts, in
# the polite plural of address ("شما"), with the Persian comma and Western digits as the site
# prints them.
PERSIAN = {
    "Aktuelles": "اخبار",
    "Mitteilungen, Berichte und Tipps von Polizei und Beirat.": (
        "اطلاعیه‌ها، گزارش‌ها و توصیه‌های پلیس و شورا."
    ),
    "Veranstaltungen": "رویدادها",
    "Gesprächsrunden, Präventionsabende und die Interkulturelle Woche.": (
        "نشست‌های گفت‌وگو، شب‌های پیشگیری و هفتهٔ میان‌فرهنگی."
    ),
    "Prävention": "پیشگیری",
    "Rat und Material zu Betrug, Einbruch, Verkehr, Gewalt und Internet – in vielen Sprachen.": (
        "توصیه‌ها و مطالب آموزشی دربارهٔ کلاهبرداری، سرقت از منزل، رفت‌وآمد، خشونت و "
        "اینترنت – به زبان‌های بسیار."
    ),
    "Interkulturelle Woche 2026": "هفتهٔ میان‌فرهنگی 2026",
    "Dafür!": "ما موافقیم!",
    "Polizei und Beirat sind gemeinsam dabei – mit Stand, Gesprächen und Aktionen.": (
        "پلیس و شورا با هم حضور دارند – با غرفه، گفت‌وگوها و برنامه‌های گوناگون."
    ),
    "Eine Woche Begegnung: Polizei und Beirat für Migration und Integration laden zu Gesprächen, "
    "Aktionen und Informationen ein.": (
        "یک هفته دیدار: پلیس و شورای مهاجرت و ادغام شما را به گفت‌وگو، برنامه‌های گوناگون و "
        "اطلاع‌رسانی دعوت می‌کنند."
    ),
    "Polizei und Beirat verlängern ihre Zusammenarbeit": "پلیس و شورا همکاری خود را تمدید می‌کنند",
    "Die Kooperation von Polizei und Beirat für Migration und Integration geht weiter.": (
        "همکاری پلیس و شورای مهاجرت و ادغام ادامه می‌یابد."
    ),
    "Polizeiinspektion, Kriminalinspektion und Beirat haben bei ihrer Herbstsitzung eine Bilanz "
    "der gemeinsamen Arbeit gezogen: zwölf Gesprächsrunden, vier Präventionsabende und ein "
    "gemeinsamer Stand auf der Interkulturellen Woche.": (
        "ادارهٔ پلیس، ادارهٔ پلیس جنایی و شورا در نشست پاییزی خود کارنامهٔ کار مشترکشان را "
        "بررسی کردند: دوازده نشست گفت‌وگو، چهار شب پیشگیری و یک غرفهٔ مشترک در هفتهٔ "
        "میان‌فرهنگی."
    ),
    "Die Partner wollen im kommenden Jahr die Gesprächsrunden in den Verbandsgemeinden ausbauen "
    "und mehrsprachige Präventionsangebote stärken.": (
        "شرکا می‌خواهند در سال آینده نشست‌های گفت‌وگو را در شهرداری‌های منطقه گسترش دهند و "
        "برنامه‌های چندزبانهٔ پیشگیری را تقویت کنند."
    ),
    "Falsche Polizeibeamte am Telefon: Legen Sie auf!": "پلیس قلابی پشت تلفن: گوشی را بگذارید!",
    "Betrüger geben sich am Telefon als Polizei aus. So schützen Sie sich.": (
        "کلاهبرداران پشت تلفن خود را پلیس معرفی می‌کنند. این‌گونه از خود محافظت کنید."
    ),
    "In den vergangenen Wochen haben sich Anrufe falscher Polizeibeamter im Landkreis gehäuft. "
    "Die Täter behaupten, Ihr Geld sei nicht mehr sicher, und wollen es abholen.": (
        "در هفته‌های گذشته تماس‌های پلیس‌های قلابی در شهرستان بیشتر شده است. تماس‌گیرندگان "
        "ادعا می‌کنند که پول شما دیگر در امان نیست و می‌خواهند آن را از شما تحویل بگیرند."
    ),
    "Die echte Polizei fragt nie nach Geld oder Wertsachen. Legen Sie auf und rufen Sie selbst "
    "die 110 an – ohne die Rückruftaste zu benutzen.": (
        "پلیس واقعی هرگز پول یا اشیای قیمتی نمی‌خواهد. گوشی را بگذارید و خودتان با 110 تماس "
        "بگیرید – بدون استفاده از دکمهٔ تماس مجدد."
    ),
    "Rückblick: Interkulturelle Woche 2026": "نگاهی به گذشته: هفتهٔ میان‌فرهنگی 2026",
    "Viele Begegnungen am gemeinsamen Stand von Polizei und Beirat.": (
        "دیدارهای بسیار در غرفهٔ مشترک پلیس و شورا."
    ),
    "Mehr als 400 Besucherinnen und Besucher kamen während der Interkulturellen Woche an den "
    "gemeinsamen Stand. Besonders gefragt waren die Fahrradcodierung und die Gesprächsrunde "
    "„Polizei fragen“.": (
        "بیش از 400 بازدیدکننده در هفتهٔ میان‌فرهنگی به غرفهٔ مشترک آمدند. کدگذاری دوچرخه و "
        "نشست گفت‌وگوی «از پلیس بپرسید» بیش از همه مورد استقبال قرار گرفت."
    ),
    "Die für Donnerstag geplante Lesung musste leider ausfallen; sie wird im Frühjahr "
    "nachgeholt.": (
        "متأسفانه برنامهٔ کتاب‌خوانی پنجشنبه لغو شد؛ این برنامه در بهار برگزار خواهد شد."
    ),
    "Gesprächsrunde in der Verbandsgemeinde": "نشست گفت‌وگو در شهرداری منطقه",
    "Vertrauen entsteht im Gespräch: Polizei und Beirat hören zu.": (
        "اعتماد در گفت‌وگو شکل می‌گیرد: پلیس و شورا به سخنان شما گوش می‌دهند."
    ),
    "Polizei und Beirat laden gemeinsam ein. Der Eintritt ist frei.": (
        "پلیس و شورا با هم شما را دعوت می‌کنند. ورود رایگان است."
    ),
    "Präventionsabend: Falsche Polizeibeamte": "شب پیشگیری: پلیس‌های قلابی",
    "Wie Betrüger am Telefon vorgehen und wie Sie sich schützen.": (
        "کلاهبرداران تلفنی چگونه عمل می‌کنند و شما چگونه می‌توانید از خود محافظت کنید."
    ),
    "Verkehrssicherheitstag für Neuzugewanderte": "روز ایمنی رفت‌وآمد برای تازه‌واردان",
    "Verkehrsregeln in Deutschland: für Fußgänger, Rad- und Autofahrer.": (
        "قوانین رفت‌وآمد در آلمان: برای عابران پیاده، دوچرخه‌سواران و رانندگان."
    ),
    "Neuer Termin wegen des Wetters.": "تاریخ جدید به دلیل وضعیت هوا.",
    "Telefonbetrug": "کلاهبرداری تلفنی",
    "Falsche Polizeibeamte, Enkeltrick, Schockanrufe: So erkennen Sie Betrug am Telefon.": (
        "پلیس‌های قلابی، ترفند نوه، تماس‌های شوک‌آور: این‌گونه کلاهبرداری تلفنی را تشخیص دهید."
    ),
    "Die Polizei ruft Sie nie unter der 110 an und fragt nie nach Geld oder Wertsachen.": (
        "پلیس هرگز از شمارهٔ 110 با شما تماس نمی‌گیرد و هرگز پول یا اشیای قیمتی نمی‌خواهد."
    ),
    "Legen Sie auf, wenn Ihnen etwas seltsam vorkommt, und sprechen Sie mit Angehörigen.": (
        "اگر چیزی به نظرتان عجیب آمد، گوشی را بگذارید و با خانواده‌تان صحبت کنید."
    ),
    "Einbruchschutz": "محافظت در برابر سرقت از منزل",
    "Gute Schlösser, aufmerksame Nachbarn: Was Einbrecher abhält.": (
        "قفل‌های خوب، همسایه‌های هوشیار: آنچه سارقان را بازمی‌دارد."
    ),
    "Die meisten Einbrecher geben auf, wenn sie nicht schnell ins Haus kommen.": (
        "بیشتر سارقان اگر نتوانند به‌سرعت وارد خانه شوند، منصرف می‌شوند."
    ),
    "Die Präventionsberatung kommt kostenlos zu Ihnen nach Hause.": (
        "مشاوران پیشگیری به‌رایگان به خانهٔ شما می‌آیند."
    ),
    "Achtung, Betrug am Telefon!": "مراقب کلاهبرداری تلفنی باشید!",
    "Der Enkeltrick – Checkliste": "ترفند نوه – فهرست بررسی",
    "Einbruchschutz: Tipps für Mieterinnen und Mieter": (
        "محافظت در برابر سرقت از منزل: توصیه‌هایی برای مستأجران"
    ),
    "Kompakte Hinweise zum Mitnehmen und Weitergeben – in 5 Sprachen.": (
        "نکته‌های کوتاه برای همراه داشتن و به دیگران دادن – به 5 زبان."
    ),
    "Kompakte Hinweise zum Mitnehmen und Weitergeben – in 3 Sprachen.": (
        "نکته‌های کوتاه برای همراه داشتن و به دیگران دادن – به 3 زبان."
    ),
    "Polizeiliche Kriminalprävention der Länder und des Bundes": (
        "برنامهٔ پیشگیری از جرم پلیس ایالت‌ها و دولت فدرال آلمان"
    ),
    "Kriminalinspektion Bad Kreuznach": "ادارهٔ پلیس جنایی باد کرویتسناخ",
}
for _german, _persian in PERSIAN.items():
    TEXTS[_german]["fa"] = _persian
