"""Demo stories and campaign, written for Tawiza: French first, with Arabic, Tachelhit and English.

Long sentences are split over lines with implicit concatenation; each dict is one text in
four languages, as in ``content.py``.
"""

from datetime import date
from decimal import Decimal

CRAFTS = [
    {
        "slug": "tapis",
        "name": {"fr": "Tapis", "ar": "الزرابي", "shi": "ⵉⵣⵔⵉⴱⵏ", "en": "Carpets"},
    },
    {
        "slug": "argan",
        "name": {"fr": "Argan", "ar": "الأركان", "shi": "ⴰⵔⴳⴰⵏ", "en": "Argan"},
    },
    {
        "slug": "poterie",
        "name": {"fr": "Poterie", "ar": "الفخار", "shi": "ⵜⴰⵢⵢⵓⵏⵜ", "en": "Pottery"},
    },
]

REGIONS = [
    {
        "slug": "haut-atlas",
        "name": {
            "fr": "Haut Atlas",
            "ar": "الأطلس الكبير",
            "shi": "ⴰⴷⵔⴰⵔ ⴰⵎⵇⵇⵔⴰⵏ",
            "en": "High Atlas",
        },
    },
    {
        "slug": "souss-massa",
        "name": {"fr": "Souss-Massa", "ar": "سوس ماسة", "shi": "ⵙⵓⵙ ⵎⴰⵙⵙⴰ", "en": "Souss-Massa"},
    },
    {
        "slug": "draa-tafilalet",
        "name": {
            "fr": "Drâa-Tafilalet",
            "ar": "درعة تافيلالت",
            "shi": "ⴷⵔⵄⴰ ⵜⴰⴼⵉⵍⴰⵍⵜ",
            "en": "Drâa-Tafilalet",
        },
    },
]

STORY_INDEX = {
    "slug": "histoires",
    "title": {"fr": "Histoires", "ar": "حكايات", "shi": "ⵜⵉⵏⴼⵓⵙⵉⵏ", "en": "Stories"},
    "intro": {
        "fr": "Ce que racontent les mains qui tissent, concassent et façonnent.",
        "ar": "ما تحكيه الأيادي التي تنسج وتكسر وتشكل.",
        "shi": "ⵎⴰⵢⵏⵏⴰ ⵜⵜⵉⵏⵉⵏⵜ ⵉⴼⴰⵙⵙⵏ ⵍⵍⵉ ⵉⵥⵟⵟⴰⵏ, ⵉⵔⵥⵥⴰⵏ ⴷ ⵉⵙⴽⴰⵔⵏ.",
        "en": "What the hands that weave, crack and shape have to tell.",
    },
}

# Authors' names as readers of each language write them (the story's byline is translated).
AUTHORS = {
    "Salma Berrada": {
        "fr": "Salma Berrada",
        "ar": "سلمى برادة",
        "shi": "ⵙⴰⵍⵎⴰ ⴱⵕⵕⴰⴷⴰ",
        "en": "Salma Berrada",
    },
    "Youssef Amrani": {
        "fr": "Youssef Amrani",
        "ar": "يوسف العمراني",
        "shi": "ⵢⵓⵙⴼ ⵄⵎⵔⴰⵏⵉ",
        "en": "Youssef Amrani",
    },
}

STORIES = [
    {
        "slug": "un-hiver-sur-le-metier",
        "craft": "tapis",
        "region": "haut-atlas",
        "cooperative": "tissage-ait-bouguemez",
        "artisan": "itto-ait-ouahmane",
        "products": ["TWZ-TAP-001", "TWZ-TAP-003", "TWZ-TAP-004"],
        "tags": ["laine", "teintures-vegetales"],
        "date": date(2026, 1, 14),
        "author": "Salma Berrada",
        "picture": ("carpet", "carpet"),
        "title": {
            "fr": "Un hiver sur le métier",
            "ar": "شتاء على المنسج",
            "shi": "ⵢⴰⵜ ⵜⴳⵔⵙⵜ ⴳ ⵓⵣⵟⴰ",
            "en": "A winter at the loom",
        },
        "summary": {
            "fr": "Quand la neige ferme les cols, les tisserandes d'Aït Bouguemez "
            "commencent les grands tapis de l'année.",
            "ar": "حين يغلق الثلج الممرات، تبدأ نساجات آيت بوݣماز زرابي السنة الكبيرة.",
            "shi": "ⵉⵖ ⵉⵇⵇⵏ ⵓⴷⴼⵍ ⵉⴱⵔⴷⴰⵏ, ⴰⵔ ⵙⵙⵏⵜⴰⵢⵏⵜ ⵜⵎⵥⴹⴰⵡⵉⵏ ⵏ ⴰⵢⵜ ⴱⵓⴳⵎⵎⴰⵣ "
            "ⵉⵣⵔⵉⴱⵏ ⵉⵎⵇⵇⵔⴰⵏⵏ ⵏ ⵓⵙⴳⴳⵯⴰⵙ.",
            "en": "When snow closes the passes, the weavers of Aït Bouguemez "
            "begin the year's large carpets.",
        },
        "paragraphs": [
            {
                "fr": "En décembre, on installe le métier vertical contre le mur le plus "
                "chaud. La chaîne est montée à deux, en chantant pour garder le rythme.",
                "ar": "في دجنبر يُنصب المنسج العمودي قرب أدفأ جدار. تُركّب السدوة بين "
                "امرأتين، مع الغناء لحفظ الإيقاع.",
                "shi": "ⴳ ⴷⵓⵊⵏⴱⵉⵔ, ⴰⵔ ⵜⵜⴱⴷⴷⴰⵏ ⴰⵣⵟⴰ ⵖⵔ ⵓⵖⵔⴰⴱ ⵍⵍⵉ ⵉⵣⵓⵖⵏ. "
                "ⵙⵏⴰⵜ ⵜⵎⵖⴰⵔⵉⵏ ⴰⵔ ⵜⵜⴰⵙⵉⵏⵜ ⵉⵍⵎⴰⵙⵏ, ⴰⵔ ⵜⵜⵉⵔⵉⵔⵏⵜ.",
                "en": "In December the upright loom goes up against the warmest wall. "
                "Two women mount the warp together, singing to keep the rhythm.",
            },
            {
                "fr": "Un grand tapis demande trois mois. Chaque losange est compté à la "
                "main ; aucun dessin n'est noté, tout est dans la mémoire des tisserandes.",
                "ar": "تتطلب الزربية الكبيرة ثلاثة أشهر. يُعد كل معيّن باليد، ولا يُرسم "
                "أي نقش: كل شيء في ذاكرة النساجات.",
                "shi": "ⴰⵣⵔⵉⴱ ⵉⵎⵇⵇⵓⵔⵏ ⵉⵔⴰ ⴽⵕⴰⴹ ⵉⵢⵢⵉⵔⵏ. ⴽⵓ ⵜⴰⵔⴰ ⵜⵜⵓⵙⵎⵉⴹⵏ ⵙ ⵓⴼⵓⵙ; "
                "ⴽⵓⵍⵍⵓ ⴳ ⵜⵡⵜⵜⴰ ⵏ ⵜⵎⵥⴹⴰⵡⵉⵏ.",
                "en": "A large carpet takes three months. Every diamond is counted by hand; "
                "no pattern is written down, it all lives in the weavers' memory.",
            },
        ],
        "quote": {
            "text": {
                "fr": "Quand je vends un tapis, je sais maintenant dans quelle maison il dort.",
                "ar": "حين أبيع زربية، صرت أعرف في أي بيت تنام.",
                "shi": "ⵉⵖ ⵣⵣⵏⵣⵖ ⴰⵣⵔⵉⴱ, ⵙⵙⵏⵖ ⵖⵉⵍⴰ ⵎⴰⵏⵉ ⴳ ⵉⴳⵏⵏⴰ.",
                "en": "When I sell a carpet, I now know which house it sleeps in.",
            },
            "attribution": {
                "fr": "Itto Aït Ouahmane",
                "ar": "إطو آيت وحمان",
                "shi": "ⵉⵟⵟⵓ ⴰⵢⵜ ⵡⴰⵃⵎⴰⵏ",
                "en": "Itto Aït Ouahmane",
            },
        },
        "caption": {
            "fr": "Losanges rouge garance, laine du douar.",
            "ar": "معينات حمراء بالفوة، من صوف الدوار.",
            "shi": "ⵜⵉⵔⴰ ⵜⵉⵣⵡⴰⵖⵉⵏ, ⵜⴰⴹⵓⵟ ⵏ ⵓⴷⵡⵡⴰⵔ.",
            "en": "Madder-red diamonds, wool from the village.",
        },
        "alt": {
            "fr": "Tapis berbère à losanges rouges sur fond clair.",
            "ar": "زربية أمازيغية بمعينات حمراء على أرضية فاتحة.",
            "shi": "ⴰⵣⵔⵉⴱ ⵙ ⵜⵉⵔⴰ ⵜⵉⵣⵡⴰⵖⵉⵏ.",
            "en": "Berber carpet with red diamonds on a light ground.",
        },
        "grid_heading": {
            "fr": "Tapis de la coopérative",
            "ar": "زرابي التعاونية",
            "shi": "ⵉⵣⵔⵉⴱⵏ ⵏ ⵜⵎⵢⴰⵡⴰⵙⵜ",
            "en": "Carpets from the cooperative",
        },
    },
    {
        "slug": "la-pierre-et-l-amande",
        "craft": "argan",
        "region": "souss-massa",
        "cooperative": "argan-taytmatine",
        "artisan": "aicha-id-brahim",
        "products": ["TWZ-ARG-001", "TWZ-ARG-002", "TWZ-ARG-003"],
        "tags": ["argan", "femmes"],
        "date": date(2026, 3, 8),
        "author": "Salma Berrada",
        "picture": ("bottle", "argan"),
        "title": {
            "fr": "La pierre et l'amande",
            "ar": "الحجر واللوزة",
            "shi": "ⴰⵥⵕⵓ ⴷ ⵓⵇⵇⵓⵛ",
            "en": "The stone and the kernel",
        },
        "summary": {
            "fr": "À Taytmatine, soixante et une femmes concassent l'argan à la main. "
            "Un litre d'huile, c'est une journée de travail.",
            "ar": "في تايتماتين، تكسر إحدى وستون امرأة الأركان باليد. لتر من الزيت يعني "
            "يوم عمل كامل.",
            "shi": "ⴳ ⵜⴰⵢⵜⵎⴰⵜⵉⵏ, ⵙⴹⵉⵚ ⵜⵎⵔⵡⵉⵏ ⴷ ⵢⴰⵜ ⵜⵎⵖⴰⵔⵉⵏ ⴰⵔ ⵔⵥⵥⴰⵏⵜ ⴰⵔⴳⴰⵏ "
            "ⵙ ⵓⴼⵓⵙ. ⵢⴰⵏ ⵍⵉⵜⵔⵓ ⵏ ⵍⵣⵉⵜ ⵉⴳⴰ ⵢⴰⵏ ⵡⴰⵙⵙ ⵏ ⵜⵡⵓⵔⵉ.",
            "en": "In Taytmatine, sixty-one women crack argan by hand. "
            "One litre of oil is a whole day's work.",
        },
        "paragraphs": [
            {
                "fr": "Le geste est toujours le même : la noix posée sur une pierre plate, "
                "un galet dans la main droite, un coup sec. L'amande doit sortir entière.",
                "ar": "الحركة هي نفسها دائما: الجوزة على حجر مسطح، وحصاة في اليد اليمنى، "
                "وضربة واحدة. يجب أن تخرج اللوزة سليمة.",
                "shi": "ⵜⴰⵎⵙⴰⵔⵜ ⵜⴳⴰ ⵢⴰⵜ: ⴰⴼⵉⵢⵢⴰⵙ ⴼ ⵢⴰⵏ ⵓⵥⵕⵓ, ⵢⴰⵏ ⵓⵥⵕⵓ ⴳ ⵓⴼⵓⵙ, "
                "ⵢⴰⵜ ⵜⴽⵜⵜⴰ. ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⴼⴼⵖ ⵓⵇⵇⵓⵛ ⵉⵎⵎⵓⵔ.",
                "en": "The movement never changes: the nut on a flat stone, a pebble in the "
                "right hand, one sharp tap. The kernel must come out whole.",
            },
            {
                "fr": "La coopérative paie les femmes au kilo d'amandes et leur verse une "
                "part des ventes en ligne. Depuis 2020, toutes ont une couverture maladie.",
                "ar": "تدفع التعاونية للنساء حسب كيلوغرام اللوز، وتمنحهن حصة من المبيعات "
                "عبر الإنترنت. منذ 2020، تتمتع جميعهن بتغطية صحية.",
                "shi": "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⴰⵔ ⵜⵅⵍⵍⵚ ⵜⵉⵎⵖⴰⵔⵉⵏ ⵙ ⵓⴽⵉⵍⵓ, ⴰⵔ ⴰⵙⵏⵜ ⵜⴰⴽⴽⴰ "
                "ⵜⴰⴳⵓⵎⵎⵉ ⵙⴳ ⵓⵣⵣⵏⵣ. ⵙⴳ 2020, ⴽⵓⵍⵍⵓⵜⵏⵜ ⵖⵓⵔⵙⵏⵜ ⵜⴰⴼⵔⴰⴽⵜ ⵏ ⵜⵓⵊⵊⴰ.",
                "en": "The cooperative pays the women by the kilo of kernels and gives them "
                "a share of online sales. Since 2020, all of them have health insurance.",
            },
        ],
        "quote": {
            "text": {
                "fr": "Nos mères concassaient pour les autres. Nous concassons pour nous.",
                "ar": "كانت أمهاتنا يكسرن للآخرين. نحن نكسر لأنفسنا.",
                "shi": "ⵉⵎⵎⴰⵜⵏⵖ ⵔⵥⵥⴰⵏⵜ ⵉ ⵡⵉⵢⵢⴰⴹ. ⵏⴽⴽⵏⵉ ⵏⵔⵥⵥⴰ ⵉ ⵉⵅⴼ ⵏⵏⵖ.",
                "en": "Our mothers cracked nuts for others. We crack them for ourselves.",
            },
            "attribution": {
                "fr": "Aïcha Id Brahim",
                "ar": "عائشة إد براهيم",
                "shi": "ⵄⴰⵢⵛⴰ ⵉⴷ ⴱⵔⴰⵀⵉⵎ",
                "en": "Aïcha Id Brahim",
            },
        },
        "caption": {
            "fr": "L'huile alimentaire, pressée à froid après torréfaction.",
            "ar": "الزيت الغذائي، معصور على البارد بعد التحميص.",
            "shi": "ⵍⵣⵉⵜ ⵏ ⵓⵎⵓⵏ, ⵉⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⵙⵎⵎⵉⴹ.",
            "en": "Culinary oil, cold-pressed after roasting.",
        },
        "alt": {
            "fr": "Flacon d'huile d'argan dorée entouré de noix d'argan.",
            "ar": "قارورة زيت أركان ذهبي تحيط بها ثمار الأركان.",
            "shi": "ⵜⴰⵇⴰⵔⵓⵕⵜ ⵏ ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ.",
            "en": "A bottle of golden argan oil surrounded by argan nuts.",
        },
        "grid_heading": {
            "fr": "Huiles de Taytmatine",
            "ar": "زيوت تايتماتين",
            "shi": "ⵍⵣⵉⵜ ⵏ ⵜⴰⵢⵜⵎⴰⵜⵉⵏ",
            "en": "Oils from Taytmatine",
        },
    },
    {
        "slug": "la-terre-verte-de-tamegroute",
        "craft": "poterie",
        "region": "draa-tafilalet",
        "cooperative": None,
        "artisan": None,
        "products": [],
        "tags": ["terre", "emaux"],
        "date": date(2026, 5, 20),
        "author": "Youssef Amrani",
        "picture": ("pot", "clay"),
        "title": {
            "fr": "La terre verte de Tamegroute",
            "ar": "الطين الأخضر في تامݣروت",
            "shi": "ⴰⴽⴰⵍ ⴰⵣⴳⵣⴰⵡ ⵏ ⵜⴰⵎⴳⵔⵓⵜ",
            "en": "The green clay of Tamegroute",
        },
        "summary": {
            "fr": "Au bord du Drâa, des potiers cuisent encore leurs pièces au bois de palmier. "
            "Nous préparons leur arrivée sur Tawiza.",
            "ar": "على ضفاف درعة، ما زال الخزافون يطهون قطعهم بحطب النخيل. نحضّر لقدومهم إلى تويزة.",
            "shi": "ⴳ ⵜⵙⵏⴰⵎⵎⵓⵜ ⵏ ⴷⵔⵄⴰ, ⵉⵎⵙⵙⵓⵢⵢⴰⵏ ⴰⵔ ⵙⵙⵏⵡⴰⵏ ⵜⵉⴳⵯⵎⴰ ⵙ ⵉⴽⵛⵓⴹⵏ "
            "ⵏ ⵜⴰⵣⴷⴰⵢⵜ. ⴰⵔ ⵏⵙⵡⵊⵊⴰⴷ ⴰⴷ ⴷ ⴰⵡⵉⵏ ⵖⵔ ⵜⴰⵡⵉⵣⴰ.",
            "en": "On the banks of the Drâa, potters still fire their pieces with palm wood. "
            "We are preparing their arrival on Tawiza.",
        },
        "paragraphs": [
            {
                "fr": "Le vert de Tamegroute vient d'un émail au cuivre et au manganèse. "
                "Aucune pièce n'a tout à fait la même couleur : tout dépend de la place "
                "dans le four.",
                "ar": "يأتي أخضر تامݣروت من طلاء بالنحاس والمنغنيز. لا تحمل قطعتان اللون "
                "نفسه تماما: كل شيء يتوقف على مكانها في الفرن.",
                "shi": "ⴰⵣⴳⵣⴰⵡ ⵏ ⵜⴰⵎⴳⵔⵓⵜ ⵉⴽⴽⴰ ⴷ ⵙⴳ ⵏⵏⵃⴰⵙ. ⵓⵔ ⵍⵍⵉⵏⵜ ⵙⵏⴰⵜ ⵜⵉⴳⵯⵎⴰ "
                "ⵙ ⵢⴰⵏ ⵓⴽⵍⵓ: ⴽⵓⵍⵍⵓ ⵙⴳ ⵓⵎⴽⴰⵏ ⵏⵏⵙ ⴳ ⵓⴼⵔⵏⵓ.",
                "en": "Tamegroute green comes from a copper and manganese glaze. No two "
                "pieces share exactly the same colour: it all depends on their place in "
                "the kiln.",
            },
        ],
        "quote": {
            "text": {
                "fr": "Le four décide toujours du dernier mot.",
                "ar": "الفرن هو من يقول الكلمة الأخيرة دائما.",
                "shi": "ⴰⴼⵔⵏⵓ ⴰⵢ ⵢⴰⵍⵍⴰⵏ ⴰⵡⴰⵍ ⴰⵏⴳⴳⴰⵔⵓ.",
                "en": "The kiln always has the last word.",
            },
            "attribution": {
                "fr": "Un potier de Tamegroute",
                "ar": "خزاف من تامݣروت",
                "shi": "ⵢⴰⵏ ⵓⵎⵙⵙⵓⵢⵢⴰ ⵏ ⵜⴰⵎⴳⵔⵓⵜ",
                "en": "A potter from Tamegroute",
            },
        },
        "caption": {
            "fr": "Une jarre avant l'émaillage.",
            "ar": "جرة قبل التلميع.",
            "shi": "ⵜⴰⵅⴰⴱⵢⵜ ⵇⴱⵍ ⴰⵙⵙⵉⴼⴹ.",
            "en": "A jar before glazing.",
        },
        "alt": {
            "fr": "Jarre en terre cuite à trois bandes bleues.",
            "ar": "جرة من الطين المشوي بثلاثة خطوط زرقاء.",
            "shi": "ⵜⴰⵅⴰⴱⵢⵜ ⵙ ⴽⵕⴰⴹ ⵉⵣⵔⵉⵔⵉⴳⵏ.",
            "en": "Terracotta jar with three blue bands.",
        },
        "grid_heading": None,
    },
]

CALL_TO_ACTION = {
    "text": {
        "fr": "Chaque achat est payé directement à la coopérative.",
        "ar": "كل عملية شراء تُدفع مباشرة للتعاونية.",
        "shi": "ⴽⵓ ⴰⵙⵖⴰ ⵉⵜⵜⵓⵅⵍⵍⴰⵚ ⵉ ⵜⵎⵢⴰⵡⴰⵙⵜ ⵙ ⵓⵙⵏⵙⵍ.",
        "en": "Every purchase is paid directly to the cooperative.",
    },
    "button_label": {
        "fr": "Découvrir la coopérative",
        "ar": "اكتشفوا التعاونية",
        "shi": "ⵙⵙⵏ ⵜⴰⵎⵢⴰⵡⴰⵙⵜ",
        "en": "Meet the cooperative",
    },
}

ASSOCIATION = {
    "slug": "aods",
    "name": {
        "fr": "AODS — Association des Originaires du Souss",
        "ar": "جمعية أبناء سوس",
        "shi": "ⵜⴰⵎⵙⵙⵓⵔⵜ ⵏ ⵜⴰⵔⵡⴰ ⵏ ⵙⵓⵙ",
        "en": "AODS — Association of People from the Souss",
    },
    "city": {"fr": "Lyon", "ar": "ليون", "shi": "ⵍⵢⵓⵏ", "en": "Lyon"},
    "country": {"fr": "France", "ar": "فرنسا", "shi": "ⴼⵔⴰⵏⵚⴰ", "en": "France"},
    "description": {
        "fr": "Des familles du Souss installées à Lyon et dans sa région, qui financent "
        "depuis 1998 des projets dans leurs villages d'origine.",
        "ar": "عائلات من سوس مقيمة في ليون وضواحيها، تموّل منذ 1998 مشاريع في قراها الأصلية.",
        "shi": "ⵜⵉⵡⵊⵊⴰ ⵏ ⵙⵓⵙ ⵍⵍⵉ ⵉⵣⴷⵖⵏ ⴳ ⵍⵢⵓⵏ, ⴰⵔ ⵜⵜⴰⵡⵙⵏ ⵉⵎⵓⵙⵙⵓⵜⵏ ⴳ ⵉⵎⵓⵣⴰⵔ ⵏⵏⵙⵏ ⵙⴳ 1998.",
        "en": "Families from the Souss living in and around Lyon, who have funded projects "
        "in their home villages since 1998.",
    },
}

CAMPAIGN_INDEX = {
    "slug": "campagnes",
    "title": {"fr": "Campagnes", "ar": "حملات", "shi": "ⵜⵉⵎⵙⵙⵓⵜⵉⵏ", "en": "Campaigns"},
    "intro": {
        "fr": "Les associations de la diaspora soutiennent les coopératives de leur région.",
        "ar": "جمعيات الجالية تدعم تعاونيات مناطقها.",
        "shi": "ⵜⵉⵎⵙⵙⵓⵔⵉⵏ ⵏ ⵉⵏⵎⵓⵏⴰⴳ ⴰⵔ ⵜⵜⴰⵡⵙⵏⵜ ⵜⵉⵎⵢⴰⵡⴰⵙⵉⵏ ⵏ ⵜⵎⵏⴰⴹⵜ ⵏⵏⵙⵏⵜ.",
        "en": "Diaspora associations support the cooperatives of their home regions.",
    },
}

CAMPAIGN = {
    "slug": "un-pressoir-pour-taytmatine",
    "cooperative": "argan-taytmatine",
    "products": ["TWZ-ARG-001", "TWZ-ARG-003", "TWZ-ARG-004"],
    "goal_amount": Decimal("60000.00"),
    # Published with the page: supporters get their delivery free with this code.
    "offer_benefit": "free_delivery",
    "voucher_code": "PRESSOIR",
    "start_date": date(2026, 9, 1),
    "end_date": date(2026, 12, 31),
    "picture": ("landscape", "argan"),
    "title": {
        "fr": "Un pressoir pour Taytmatine",
        "ar": "معصرة لتايتماتين",
        "shi": "ⵢⴰⵏ ⵓⵎⵙⴽⴰⵔ ⵉ ⵜⴰⵢⵜⵎⴰⵜⵉⵏ",
        "en": "A press for Taytmatine",
    },
    "summary": {
        "fr": "L'AODS de Lyon réunit 60 000 dirhams pour que la coopérative achète son "
        "propre pressoir à froid.",
        "ar": "تجمع جمعية أبناء سوس بليون 60 ألف درهم لتقتني التعاونية معصرتها الخاصة على البارد.",
        "shi": "ⵜⴰⵎⵙⵙⵓⵔⵜ ⵏ ⵍⵢⵓⵏ ⴰⵔ ⵜⵙⵎⵓⵏ 60 000 ⴷⵔⵀⵎ ⴰⴷ ⵜⵙⵖ ⵜⵎⵢⴰⵡⴰⵙⵜ ⴰⵎⵙⴽⴰⵔ ⵏⵏⵙ.",
        "en": "AODS in Lyon is raising 60,000 dirhams so the cooperative can buy its own "
        "cold press.",
    },
    "paragraph": {
        "fr": "Aujourd'hui, la coopérative loue un pressoir en ville et perd une partie de "
        "sa marge. Avec son propre pressoir, elle garderait chaque goutte et pourrait "
        "presser pour les coopératives voisines.",
        "ar": "اليوم تكتري التعاونية معصرة في المدينة وتفقد جزءا من ربحها. بمعصرتها الخاصة "
        "ستحتفظ بكل قطرة ويمكنها العصر للتعاونيات المجاورة.",
        "shi": "ⴰⵙⵙ ⴰⴷ, ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⴰⵔ ⵜⴽⵔⵔⵓ ⴰⵎⵙⴽⴰⵔ ⴳ ⵜⵎⴷⵉⵏⵜ. ⵙ ⵓⵎⵙⴽⴰⵔ ⵏⵏⵙ, ⴰⴷ ⵜⵃⴹⵓ ⴽⵓ ⵜⴰⵏⵇⵇⵉⴹⵜ.",
        "en": "Today the cooperative rents a press in town and loses part of its margin. "
        "With its own press it would keep every drop, and could press for neighbouring "
        "cooperatives too.",
    },
    "grid_heading": {
        "fr": "Acheter pour soutenir la campagne",
        "ar": "اشتروا لدعم الحملة",
        "shi": "ⵙⵖ ⴰⴷ ⵜⴰⵡⵙⴷ ⵜⴰⵎⵙⵙⵓⵜ",
        "en": "Buy to support the campaign",
    },
}
