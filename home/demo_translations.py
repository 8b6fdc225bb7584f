"""Demo texts of the nine translated languages: the home page, the page about the cooperation,
the contact form, the footer links to the German legal pages and the current alert.

Written by hand from the German demo texts in home/demo.py, in the polite register of a public
authority. German names of the partners are rendered descriptively; "Bad Kreuznach" keeps its
usual spelling in each script. The legal pages (Impressum, Datenschutzerklärung, Erklärung zur
Barrierefreiheit) stay German only: their German text is the binding one and a translation
needs legal review, so each language's footer links the German pages and says so. Leichte
Sprache and Gebärdensprache are German by nature."""

# Per language: home (title, hero heading, teaser, intro paragraphs), about (title, teaser,
# paragraphs), contact (title, intro, thank-you text, field labels in the German order),
# footer (link texts for impressum, datenschutz, barrierefreiheit), alert (title, message).
TEXTS = {
    "en": {
        "home": (
            "Police and Council for Migration and Integration Bad Kreuznach",
            "Together for safety and trust",
            "The police and the Council for Migration and Integration inform you together.",
            [
                "Here the police in Bad Kreuznach and the Council for Migration and Integration "
                "inform you together – about our cooperation, prevention and events.",
                "Many news items and events are published in German first. You can switch to "
                "German at any time using the language selection at the top of the page.",
            ],
        ),
        "about": (
            "About the cooperation",
            "Who we are and what we do together.",
            [
                "The Bad Kreuznach Police Inspectorate, the Bad Kreuznach Criminal "
                "Investigation Inspectorate and the Council for Migration and Integration of "
                "the District of Bad Kreuznach work together on the basis of a cooperation "
                "agreement. It builds on the framework concept “Intercultural Dialogue” of the "
                "Mainz Police Headquarters.",
                "Our aims: mutual trust between the police and people with a migration "
                "background, prevention that reaches people, dialogue instead of escalation, "
                "and more colleagues with a migration background in the police.",
                "We meet regularly for talk rounds, attend meetings of the Council, plan "
                "prevention events together and take part in the Intercultural Week side by "
                "side. We coordinate our public relations: everything on this website has "
                "been approved by both sides.",
            ],
        ),
        "contact": (
            "Contact",
            "Write to us. We usually reply within one week.",
            "Thank you. We have received your message.",
            ["Your name", "Your e-mail address", "Your message"],
        ),
        "footer": (
            "Legal notice (in German)",
            "Privacy policy (in German)",
            "Accessibility statement (in German)",
        ),
        "alert": (
            "Christmas market: road closures in the town centre",
            "During the Christmas market, parts of the town centre are closed to cars. You can "
            "talk to the police and the Council at their stand by the Kornmarkt stage.",
        ),
    },
    "tr": {
        "home": (
            "Bad Kreuznach Polisi ile Göç ve Uyum Danışma Kurulu",
            "Güvenlik ve güven için birlikte",
            "Polis ile Göç ve Uyum Danışma Kurulu sizi birlikte bilgilendiriyor.",
            [
                "Bad Kreuznach polisi ile Göç ve Uyum Danışma Kurulu sizi burada birlikte "
                "bilgilendiriyor: iş birliğimiz, önleme çalışmaları ve etkinlikler hakkında.",
                "Haberlerin ve etkinliklerin çoğu önce Almanca yayımlanır. Sayfanın üst "
                "kısmındaki dil seçimiyle istediğiniz zaman Almancaya geçebilirsiniz.",
            ],
        ),
        "about": (
            "İş birliği hakkında",
            "Kim olduğumuz ve birlikte neler yaptığımız.",
            [
                "Bad Kreuznach Polis Merkezi, Bad Kreuznach Adli Polis Merkezi ve Bad Kreuznach "
                "ilçesi Göç ve Uyum Danışma Kurulu, bir iş birliği anlaşmasına dayanarak "
                "birlikte çalışmaktadır. Anlaşmanın temelinde Mainz Emniyet Müdürlüğünün "
                "“Kültürlerarası Diyalog” çerçeve konsepti yer alır.",
                "Hedeflerimiz: polis ile göç geçmişi olan insanlar arasında karşılıklı güven, "
                "insanlara gerçekten ulaşan önleme çalışmaları, gerginlik yerine diyalog ve "
                "polis teşkilatında göç geçmişi olan daha fazla meslektaş.",
                "Düzenli olarak sohbet toplantılarında bir araya geliyor, Danışma Kurulunun "
                "oturumlarına katılıyor, önleme etkinliklerini birlikte planlıyor ve "
                "Kültürlerarası Hafta’da birlikte yer alıyoruz. Kamuoyuna yönelik "
                "çalışmalarımızı birlikte kararlaştırıyoruz: Bu web sitesindeki her şey iki "
                "tarafın da onayından geçmiştir.",
            ],
        ),
        "contact": (
            "İletişim",
            "Bize yazın. Genellikle bir hafta içinde yanıt veriyoruz.",
            "Teşekkür ederiz. Mesajınız bize ulaştı.",
            ["Adınız", "E-posta adresiniz", "Mesajınız"],
        ),
        "footer": (
            "Künye (Almanca)",
            "Gizlilik bildirimi (Almanca)",
            "Erişilebilirlik beyanı (Almanca)",
        ),
        "alert": (
            "Noel pazarı: Şehir merkezinde yol kapatmaları",
            "Noel pazarı süresince şehir merkezinin bazı bölümleri araç trafiğine kapalıdır. "
            "Polis ve Danışma Kurulu ile Kornmarkt sahnesinin yanındaki standda "
            "görüşebilirsiniz.",
        ),
    },
    "ar": {
        "home": (
            "الشرطة والمجلس الاستشاري للهجرة والاندماج في باد كرويتسناخ",
            "معًا من أجل الأمن والثقة",
            "الشرطة والمجلس الاستشاري للهجرة والاندماج يقدّمان لكم المعلومات معًا.",
            [
                "هنا تقدّم لكم شرطة باد كرويتسناخ والمجلس الاستشاري للهجرة والاندماج "
                "المعلومات معًا: عن تعاوننا، وعن الوقاية من الجريمة، وعن الفعاليات.",
                "تُنشر كثير من الأخبار والفعاليات باللغة الألمانية أولًا. يمكنكم الانتقال إلى "
                "الألمانية في أي وقت من قائمة اختيار اللغة في أعلى الصفحة.",
            ],
        ),
        "about": (
            "عن التعاون",
            "من نحن وما الذي نقوم به معًا.",
            [
                "يعمل مركز الشرطة في باد كرويتسناخ ومركز الشرطة الجنائية في باد كرويتسناخ "
                "والمجلس الاستشاري للهجرة والاندماج في مقاطعة باد كرويتسناخ معًا على أساس "
                "اتفاقية تعاون. وتستند الاتفاقية إلى الإطار المفاهيمي «الحوار بين الثقافات» "
                "لمديرية شرطة ماينتس.",
                "أهدافنا: الثقة المتبادلة بين الشرطة والأشخاص ذوي الأصول المهاجرة، ووقاية تصل "
                "فعلًا إلى الناس، والحوار بدلًا من التصعيد، وزيادة عدد الزميلات والزملاء ذوي "
                "الأصول المهاجرة في الشرطة.",
                "نلتقي بانتظام في جلسات حوارية، ونشارك في اجتماعات المجلس، ونخطط معًا "
                "لفعاليات الوقاية، ونشارك معًا في الأسبوع بين الثقافات. ونتفق معًا على عملنا "
                "الإعلامي: كل ما على هذا الموقع وافق عليه الطرفان.",
            ],
        ),
        "contact": (
            "تواصلوا معنا",
            "اكتبوا لنا. نردّ عادةً في غضون أسبوع.",
            "شكرًا لكم. لقد وصلتنا رسالتكم.",
            ["الاسم", "عنوان البريد الإلكتروني", "الرسالة"],
        ),
        "footer": (
            "بيانات الناشر (بالألمانية)",
            "سياسة الخصوصية (بالألمانية)",
            "بيان إمكانية الوصول (بالألمانية)",
        ),
        "alert": (
            "سوق عيد الميلاد: إغلاق طرق في وسط المدينة",
            "خلال فترة سوق عيد الميلاد تُغلق أجزاء من وسط المدينة أمام السيارات. يمكنكم "
            "التحدث إلى الشرطة والمجلس الاستشاري في الجناح المجاور لمنصة كورنماركت.",
        ),
    },
    "fa": {
        "home": (
            "پلیس و شورای مهاجرت و ادغام باد کرویتسناخ",
            "با هم برای امنیت و اعتماد",
            "پلیس و شورای مهاجرت و ادغام با هم به شما اطلاع‌رسانی می‌کنند.",
            [
                "در اینجا پلیس باد کرویتسناخ و شورای مهاجرت و ادغام با هم به شما "
                "اطلاع‌رسانی می‌کنند: دربارهٔ همکاری ما، پیشگیری از جرم و رویدادها.",
                "بسیاری از خبرها و رویدادها نخست به زبان آلمانی منتشر می‌شوند. می‌توانید هر "
                "زمان با انتخاب زبان در بالای صفحه به آلمانی بروید.",
            ],
        ),
        "about": (
            "دربارهٔ همکاری",
            "ما چه کسانی هستیم و با هم چه می‌کنیم.",
            [
                "ادارهٔ پلیس باد کرویتسناخ، ادارهٔ پلیس جنایی باد کرویتسناخ و شورای مهاجرت و "
                "ادغام شهرستان باد کرویتسناخ بر پایهٔ یک توافق‌نامهٔ همکاری با هم کار "
                "می‌کنند. پایهٔ این توافق‌نامه طرح چارچوب «گفت‌وگوی میان‌فرهنگی» ریاست پلیس "
                "ماینتس است.",
                "هدف‌های ما: اعتماد متقابل میان پلیس و کسانی که پیشینهٔ مهاجرت دارند، "
                "پیشگیری‌ای که واقعاً به مردم برسد، گفت‌وگو به جای تنش، و همکاران بیشتری با "
                "پیشینهٔ مهاجرت در پلیس.",
                "ما به طور منظم در نشست‌های گفت‌وگو دیدار می‌کنیم، در جلسات شورا شرکت "
                "می‌کنیم، رویدادهای پیشگیری را با هم برنامه‌ریزی می‌کنیم و در هفتهٔ "
                "میان‌فرهنگی با هم حضور داریم. اطلاع‌رسانی عمومی خود را با هم هماهنگ "
                "می‌کنیم: همهٔ مطالب این وب‌سایت به تأیید هر دو طرف رسیده است.",
            ],
        ),
        "contact": (
            "تماس با ما",
            "برای ما بنویسید. معمولاً ظرف یک هفته پاسخ می‌دهیم.",
            "سپاسگزاریم. پیام شما به دست ما رسید.",
            ["نام", "نشانی ایمیل", "پیام"],
        ),
        "footer": (
            "اطلاعات ناشر (به آلمانی)",
            "حریم خصوصی (به آلمانی)",
            "بیانیهٔ دسترس‌پذیری (به آلمانی)",
        ),
        "alert": (
            "بازار کریسمس: بسته شدن خیابان‌ها در مرکز شهر",
            "در مدت برگزاری بازار کریسمس، بخش‌هایی از مرکز شهر به روی خودروها بسته است. "
            "می‌توانید در غرفهٔ کنار صحنهٔ کورن‌مارکت با پلیس و شورا گفت‌وگو کنید.",
        ),
    },
    "uk": {
        "home": (
            "Поліція та Рада з питань міграції та інтеграції Бад-Кройцнаха",
            "Разом заради безпеки й довіри",
            "Поліція та Рада з питань міграції та інтеграції інформують вас спільно.",
            [
                "Тут поліція Бад-Кройцнаха та Рада з питань міграції та інтеграції спільно "
                "інформують вас: про нашу співпрацю, профілактику та заходи.",
                "Багато новин і заходів спершу публікуються німецькою мовою. Ви будь-коли "
                "можете перейти на німецьку за допомогою вибору мови вгорі сторінки.",
            ],
        ),
        "about": (
            "Про співпрацю",
            "Хто ми і що робимо разом.",
            [
                "Поліцейська інспекція Бад-Кройцнаха, кримінальна інспекція Бад-Кройцнаха та "
                "Рада з питань міграції та інтеграції району Бад-Кройцнах співпрацюють на "
                "підставі угоди про співпрацю. Її основою є рамкова концепція «Міжкультурний "
                "діалог» Поліцейського управління Майнца.",
                "Наші цілі: взаємна довіра між поліцією та людьми з міграційною історією, "
                "профілактика, яка справді доходить до людей, розмова замість ескалації, а "
                "також більше колег з міграційною історією в поліції.",
                "Ми регулярно зустрічаємося на круглих столах, беремо участь у засіданнях "
                "Ради, разом плануємо профілактичні заходи та разом беремо участь у "
                "Міжкультурному тижні. Нашу роботу з громадськістю ми узгоджуємо: усе на "
                "цьому сайті схвалено обома сторонами.",
            ],
        ),
        "contact": (
            "Контакти",
            "Напишіть нам. Зазвичай ми відповідаємо протягом тижня.",
            "Дякуємо. Ваше повідомлення надійшло до нас.",
            ["Ваше ім’я", "Ваша адреса електронної пошти", "Ваше повідомлення"],
        ),
        "footer": (
            "Вихідні дані (німецькою)",
            "Політика конфіденційності (німецькою)",
            "Заява про доступність (німецькою)",
        ),
        "alert": (
            "Різдвяний ярмарок: перекриття руху в центрі міста",
            "Під час різдвяного ярмарку частина центру міста закрита для автомобілів. Поліцію "
            "та Раду можна знайти біля стенда поруч зі сценою на Корнмаркті.",
        ),
    },
    "ru": {
        "home": (
            "Полиция и Совет по миграции и интеграции Бад-Кройцнаха",
            "Вместе ради безопасности и доверия",
            "Полиция и Совет по миграции и интеграции информируют вас совместно.",
            [
                "Здесь полиция Бад-Кройцнаха и Совет по миграции и интеграции совместно "
                "информируют вас: о нашем сотрудничестве, профилактике и мероприятиях.",
                "Многие новости и мероприятия сначала публикуются на немецком языке. Вы в "
                "любой момент можете перейти на немецкий с помощью выбора языка вверху "
                "страницы.",
            ],
        ),
        "about": (
            "О сотрудничестве",
            "Кто мы и что мы делаем вместе.",
            [
                "Полицейская инспекция Бад-Кройцнаха, Криминальная инспекция Бад-Кройцнаха и "
                "Совет по миграции и интеграции района Бад-Кройцнах работают вместе на основе "
                "соглашения о сотрудничестве. В его основе — рамочная концепция "
                "«Межкультурный диалог» Полицейского управления Майнца.",
                "Наши цели: взаимное доверие между полицией и людьми с миграционной историей, "
                "профилактика, которая действительно доходит до людей, диалог вместо "
                "эскалации и больше коллег с миграционной историей в полиции.",
                "Мы регулярно встречаемся за круглым столом, участвуем в заседаниях Совета, "
                "вместе планируем профилактические мероприятия и вместе участвуем в "
                "Межкультурной неделе. Работу с общественностью мы согласовываем: всё на этом "
                "сайте одобрено обеими сторонами.",
            ],
        ),
        "contact": (
            "Контакты",
            "Напишите нам. Обычно мы отвечаем в течение недели.",
            "Спасибо. Ваше сообщение получено.",
            ["Ваше имя", "Ваш адрес электронной почты", "Ваше сообщение"],
        ),
        "footer": (
            "Выходные данные (на немецком)",
            "Политика конфиденциальности (на немецком)",
            "Заявление о доступности (на немецком)",
        ),
        "alert": (
            "Рождественская ярмарка: перекрытие дорог в центре города",
            "Во время рождественской ярмарки часть центра города закрыта для автомобилей. "
            "Полицию и Совет можно найти на стенде рядом со сценой на Корнмаркте.",
        ),
    },
    "pl": {
        "home": (
            "Policja i Rada ds. Migracji i Integracji Bad Kreuznach",
            "Razem dla bezpieczeństwa i zaufania",
            "Policja i Rada ds. Migracji i Integracji informują Państwa wspólnie.",
            [
                "Tutaj policja w Bad Kreuznach i Rada ds. Migracji i Integracji wspólnie "
                "przekazują Państwu informacje: o naszej współpracy, profilaktyce i "
                "wydarzeniach.",
                "Wiele wiadomości i wydarzeń publikujemy najpierw w języku niemieckim. W każdej "
                "chwili mogą Państwo przełączyć się na niemiecki za pomocą wyboru języka u góry "
                "strony.",
            ],
        ),
        "about": (
            "O współpracy",
            "Kim jesteśmy i co robimy razem.",
            [
                "Inspektorat Policji w Bad Kreuznach, Inspektorat Policji Kryminalnej w Bad "
                "Kreuznach oraz Rada ds. Migracji i Integracji powiatu Bad Kreuznach "
                "współpracują na podstawie porozumienia o współpracy. Jego podstawą jest "
                "koncepcja ramowa „Dialog międzykulturowy” Komendy Policji w Moguncji.",
                "Nasze cele: wzajemne zaufanie między policją a osobami z doświadczeniem "
                "migracji, profilaktyka, która naprawdę dociera do ludzi, rozmowa zamiast "
                "eskalacji oraz więcej koleżanek i kolegów z doświadczeniem migracji w policji.",
                "Regularnie spotykamy się na rozmowach przy okrągłym stole, uczestniczymy w "
                "posiedzeniach Rady, wspólnie planujemy wydarzenia profilaktyczne i razem "
                "bierzemy udział w Tygodniu Międzykulturowym. Naszą komunikację z opinią "
                "publiczną uzgadniamy: wszystko na tej stronie zostało zatwierdzone przez obie "
                "strony.",
            ],
        ),
        "contact": (
            "Kontakt",
            "Prosimy do nas napisać. Zwykle odpowiadamy w ciągu tygodnia.",
            "Dziękujemy. Otrzymaliśmy Państwa wiadomość.",
            ["Imię i nazwisko", "Adres e-mail", "Wiadomość"],
        ),
        "footer": (
            "Nota prawna (po niemiecku)",
            "Polityka prywatności (po niemiecku)",
            "Deklaracja dostępności (po niemiecku)",
        ),
        "alert": (
            "Jarmark bożonarodzeniowy: zamknięte ulice w centrum miasta",
            "Podczas jarmarku bożonarodzeniowego część centrum miasta jest zamknięta dla ruchu "
            "samochodowego. Policja i Rada są do Państwa dyspozycji na stoisku przy scenie na "
            "Kornmarkt.",
        ),
    },
    "ro": {
        "home": (
            "Poliția și Consiliul pentru Migrație și Integrare din Bad Kreuznach",
            "Împreună pentru siguranță și încredere",
            "Poliția și Consiliul pentru Migrație și Integrare vă informează împreună.",
            [
                "Aici, Poliția din Bad Kreuznach și Consiliul pentru Migrație și Integrare vă "
                "informează împreună: despre cooperarea noastră, despre prevenire și despre "
                "evenimente.",
                "Multe știri și evenimente sunt publicate mai întâi în limba germană. Puteți "
                "trece oricând la limba germană din selecția de limbă din partea de sus a "
                "paginii.",
            ],
        ),
        "about": (
            "Despre cooperare",
            "Cine suntem și ce facem împreună.",
            [
                "Inspectoratul de Poliție Bad Kreuznach, Inspectoratul de Poliție Criminală Bad "
                "Kreuznach și Consiliul pentru Migrație și Integrare al districtului Bad "
                "Kreuznach colaborează pe baza unui acord de cooperare. Acesta are la bază "
                "concepția-cadru „Dialog intercultural” a Direcției de Poliție Mainz.",
                "Obiectivele noastre: încredere reciprocă între poliție și persoanele cu istoric "
                "de migrație, o prevenire care ajunge cu adevărat la oameni, dialog în loc de "
                "escaladare și mai mulți colegi cu istoric de migrație în poliție.",
                "Ne întâlnim regulat în cadrul unor runde de discuții, participăm la ședințele "
                "Consiliului, planificăm împreună evenimente de prevenire și suntem prezenți "
                "împreună la Săptămâna Interculturală. Ne coordonăm comunicarea publică: tot ce "
                "apare pe acest site a fost aprobat de ambele părți.",
            ],
        ),
        "contact": (
            "Contact",
            "Scrieți-ne. De regulă răspundem în decurs de o săptămână.",
            "Vă mulțumim. Mesajul dumneavoastră a ajuns la noi.",
            ["Numele dumneavoastră", "Adresa dumneavoastră de e-mail", "Mesajul dumneavoastră"],
        ),
        "footer": (
            "Informații legale (în limba germană)",
            "Politica de confidențialitate (în limba germană)",
            "Declarație de accesibilitate (în limba germană)",
        ),
        "alert": (
            "Târgul de Crăciun: drumuri închise în centrul orașului",
            "Pe durata târgului de Crăciun, o parte din centrul orașului este închisă "
            "circulației auto. Poliția și Consiliul vă așteaptă la standul de lângă scena de "
            "pe Kornmarkt.",
        ),
    },
    "bg": {
        "home": (
            "Полиция и Съвет по миграция и интеграция – Бад Кройцнах",
            "Заедно за сигурност и доверие",
            "Полицията и Съветът по миграция и интеграция ви информират заедно.",
            [
                "Тук полицията в Бад Кройцнах и Съветът по миграция и интеграция ви "
                "информират заедно: за нашето сътрудничество, за превенцията и за събитията.",
                "Много новини и събития се публикуват първо на немски език. По всяко време "
                "можете да преминете към немски чрез избора на език в горната част на "
                "страницата.",
            ],
        ),
        "about": (
            "За сътрудничеството",
            "Кои сме ние и какво правим заедно.",
            [
                "Полицейският инспекторат Бад Кройцнах, Криминалният инспекторат Бад Кройцнах "
                "и Съветът по миграция и интеграция на окръг Бад Кройцнах работят заедно въз "
                "основа на споразумение за сътрудничество. В основата му е рамковата "
                "концепция „Междукултурен диалог“ на Полицейската дирекция Майнц.",
                "Нашите цели: взаимно доверие между полицията и хората с миграционна история, "
                "превенция, която наистина достига до хората, разговор вместо ескалация и "
                "повече колеги с миграционна история в полицията.",
                "Редовно се срещаме на кръгли маси, участваме в заседанията на Съвета, "
                "планираме заедно превантивни събития и участваме заедно в Междукултурната "
                "седмица. Съгласуваме работата си с обществеността: всичко на този сайт е "
                "одобрено и от двете страни.",
            ],
        ),
        "contact": (
            "Контакт",
            "Пишете ни. Обикновено отговаряме в рамките на една седмица.",
            "Благодарим ви. Съобщението ви е получено.",
            ["Вашето име", "Вашият имейл адрес", "Вашето съобщение"],
        ),
        "footer": (
            "Правна информация (на немски)",
            "Политика за поверителност (на немски)",
            "Декларация за достъпност (на немски)",
        ),
        "alert": (
            "Коледен базар: затворени улици в центъра на града",
            "По време на коледния базар части от центъра на града са затворени за автомобили. "
            "Можете да разговаряте с полицията и Съвета на щанда до сцената на Корнмаркт.",
        ),
    },
}
