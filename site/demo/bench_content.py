"""Words for the benchmark data set (``seed_bench``), in the four languages.

Names and phrases are combined by number, so any count of cooperatives, artisans, products
and stories gets distinct, readable titles in French, Arabic, Tachelhit (Tifinagh) and
English without storing a word list per item.
"""

LANGUAGE_CODES = ("fr", "ar", "shi", "en")

GIVEN_NAMES = [
    {"fr": "Itto", "ar": "إطو", "shi": "ⵉⵟⵟⵓ", "en": "Itto"},
    {"fr": "Fadma", "ar": "فاطمة", "shi": "ⴼⴰⴹⵎⴰ", "en": "Fadma"},
    {"fr": "Aïcha", "ar": "عائشة", "shi": "ⵄⴰⵢⵛⴰ", "en": "Aicha"},
    {"fr": "Zahra", "ar": "زهرة", "shi": "ⵣⴰⵀⵔⴰ", "en": "Zahra"},
    {"fr": "Tilelli", "ar": "تيليلي", "shi": "ⵜⵉⵍⴻⵍⵍⵉ", "en": "Tilelli"},
    {"fr": "Hassan", "ar": "حسن", "shi": "ⵃⴰⵙⴰⵏ", "en": "Hassan"},
    {"fr": "Brahim", "ar": "إبراهيم", "shi": "ⴱⵔⴰⵀⵉⵎ", "en": "Brahim"},
    {"fr": "Mina", "ar": "مينة", "shi": "ⵎⵉⵏⴰ", "en": "Mina"},
    {"fr": "Lahcen", "ar": "لحسن", "shi": "ⵍⵃⵙⵏ", "en": "Lahcen"},
    {"fr": "Khadija", "ar": "خديجة", "shi": "ⵅⴰⴷⵉⵊⴰ", "en": "Khadija"},
    {"fr": "Tamount", "ar": "تامونت", "shi": "ⵜⴰⵎⵓⵏⵜ", "en": "Tamount"},
    {"fr": "Youssef", "ar": "يوسف", "shi": "ⵢⵓⵙⴼ", "en": "Youssef"},
]

FAMILY_NAMES = [
    {"fr": "Aït Ouahmane", "ar": "آيت وحمان", "shi": "ⴰⵢⵜ ⵡⴰⵃⵎⴰⵏ", "en": "Ait Ouahmane"},
    {"fr": "Oulhaj", "ar": "ولحاج", "shi": "ⵓⵍⵃⴰⵊ", "en": "Oulhaj"},
    {"fr": "Amzil", "ar": "أمزيل", "shi": "ⴰⵎⵣⵉⵍ", "en": "Amzil"},
    {"fr": "Bouzid", "ar": "بوزيد", "shi": "ⴱⵓⵣⵉⴷ", "en": "Bouzid"},
    {"fr": "Id Bella", "ar": "إد بلا", "shi": "ⵉⴷ ⴱⴻⵍⵍⴰ", "en": "Id Bella"},
    {"fr": "Ouchen", "ar": "وشن", "shi": "ⵓⵛⵛⵏ", "en": "Ouchen"},
    {"fr": "Aglou", "ar": "أكلو", "shi": "ⴰⴳⵍⵓ", "en": "Aglou"},
    {"fr": "Tazi", "ar": "التازي", "shi": "ⵜⴰⵣⵉ", "en": "Tazi"},
    {"fr": "Ameskour", "ar": "أمسكور", "shi": "ⴰⵎⵙⴽⵓⵔ", "en": "Ameskour"},
]

PLACES = [
    {"fr": "Tabant", "ar": "تبانت", "shi": "ⵜⴰⴱⴰⵏⵜ", "en": "Tabant"},
    {"fr": "Tiznit", "ar": "تيزنيت", "shi": "ⵜⵉⵣⵏⵉⵜ", "en": "Tiznit"},
    {"fr": "Taroudant", "ar": "تارودانت", "shi": "ⵜⴰⵔⵓⴷⴰⵏⵜ", "en": "Taroudant"},
    {"fr": "Tafraout", "ar": "تافراوت", "shi": "ⵜⴰⴼⵔⴰⵡⵜ", "en": "Tafraout"},
    {"fr": "Agouti", "ar": "أݣوتي", "shi": "ⴰⴳⵓⵜⵉ", "en": "Agouti"},
    {"fr": "Safi", "ar": "آسفي", "shi": "ⴰⵙⴼⵉ", "en": "Safi"},
    {"fr": "Ouarzazate", "ar": "ورزازات", "shi": "ⵡⴰⵔⵣⴰⵣⴰⵜ", "en": "Ouarzazate"},
]

# What a cooperative does, as in "Coopérative de tissage de Tabant".
COOPERATIVE_KINDS = [
    {
        "fr": "Coopérative de tissage",
        "ar": "تعاونية النسيج",
        "shi": "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵓⵥⵟⴰ",
        "en": "Weaving cooperative",
    },
    {
        "fr": "Coopérative d'argan",
        "ar": "تعاونية الأركان",
        "shi": "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵡⴰⵔⴳⴰⵏ",
        "en": "Argan cooperative",
    },
    {
        "fr": "Coopérative de potiers",
        "ar": "تعاونية الفخارين",
        "shi": "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵉⵇⵍⵍⴰⵍⵏ",
        "en": "Potters' cooperative",
    },
    {
        "fr": "Coopérative de bijoutiers",
        "ar": "تعاونية الصياغة",
        "shi": "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵉⵎⵥⵍⴰⵢⵏ",
        "en": "Jewellers' cooperative",
    },
]

PRODUCT_KINDS = [
    {"fr": "Tapis", "ar": "زربية", "shi": "ⴰⵣⵔⵉⴱ", "en": "Carpet"},
    {"fr": "Coussin tissé", "ar": "وسادة منسوجة", "shi": "ⵜⴰⵙⵓⵎⵜ ⵉⵜⵜⵓⵥⴹⴰⵏ", "en": "Woven cushion"},
    {"fr": "Huile d'argan", "ar": "زيت أركان", "shi": "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ", "en": "Argan oil"},
    {"fr": "Amlou", "ar": "أملو", "shi": "ⴰⵎⵍⵓ", "en": "Amlou"},
    {"fr": "Tajine", "ar": "طاجين", "shi": "ⵜⴰⵊⵉⵏ", "en": "Tagine"},
    {"fr": "Bracelet", "ar": "دملج", "shi": "ⴰⵏⴱⴳⵉ", "en": "Bracelet"},
]

PRODUCT_QUALITIES = [
    {
        "fr": "en laine écrue",
        "ar": "من الصوف الطبيعي",
        "shi": "ⵙ ⵜⴰⴹⵓⵟ ⵜⴰⵎⵍⵍⴰⵍⵜ",
        "en": "in undyed wool",
    },
    {
        "fr": "aux motifs rouges",
        "ar": "بنقوش حمراء",
        "shi": "ⵙ ⵜⵉⵔⴰ ⵜⵉⵣⵡⴳⴰⵖⵉⵏ",
        "en": "with red patterns",
    },
    {"fr": "de montagne", "ar": "من الجبل", "shi": "ⵏ ⵡⴰⴷⵔⴰⵔ", "en": "from the mountains"},
    {"fr": "fait main", "ar": "مصنوع باليد", "shi": "ⵉⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ", "en": "handmade"},
    {"fr": "bleu indigo", "ar": "أزرق نيلي", "shi": "ⴰⵏⵉⵍⵉ", "en": "indigo blue"},
]

PRODUCT_DESCRIPTION = {
    "fr": "Une pièce de {maker}, faite à {place} et vendue directement par sa coopérative.",
    "ar": "قطعة من صنع {maker}، صنعت في {place} وتبيعها تعاونيتها مباشرة.",
    "shi": "ⵜⴰⵡⵓⵔⵉ ⵏ {maker}, ⵜⵜⵓⵙⴽⴰⵔ ⴳ {place}, ⵜⵣⵣⵏⵣⴰ ⵜⵜ ⵜⵎⵢⴰⵡⴰⵙⵜ ⵏⵏⵙ.",
    "en": "A piece by {maker}, made in {place} and sold directly by the cooperative.",
}

COOPERATIVE_INTRO = {
    "fr": "Les artisanes et artisans de {place} vendent ici leur travail, sans intermédiaire.",
    "ar": "حرفيات وحرفيو {place} يبيعون هنا عملهم، بلا وسيط.",
    "shi": "ⵉⵏⴰⵥⵓⵕⵏ ⵏ {place} ⵣⵣⵏⵣⴰⵏ ⴷⴰ ⵜⴰⵡⵓⵔⵉ ⵏⵏⵙⵏ, ⴱⵍⴰ ⴰⵎⵏⴰⵎⵎⴰⵙ.",
    "en": "The artisans of {place} sell their work here, with no middleman.",
}

ARTISAN_QUOTE = {
    "fr": "J'ai appris ce métier à {place}, et je l'apprends à mon tour.",
    "ar": "تعلمت هذه الحرفة في {place}، وأعلمها بدوري.",
    "shi": "ⵍⵎⴷⵖ ⵜⴰⵡⵓⵔⵉ ⴰⴷ ⴳ {place}, ⴰⵔ ⵜⵜ ⵙⵍⵎⴰⴷⵖ ⵏⴽⴽ ⴰⵡⴷ.",
    "en": "I learned this craft in {place}, and now I teach it in turn.",
}

ARTISAN_BODY = {
    "fr": "{maker} travaille à {place} depuis l'enfance ; chaque pièce porte son nom.",
    "ar": "يعمل {maker} في {place} منذ الصغر، وكل قطعة تحمل اسمه.",
    "shi": "{maker} ⴰⵔ ⵉⵅⴷⴷⵎ ⴳ {place} ⵙⴳ ⵜⵎⵥⵥⵉ; ⴽⵓ ⵜⴰⵡⵓⵔⵉ ⵜⴰⵎⵥ ⵉⵙⵎ ⵏⵏⵙ.",
    "en": "{maker} has worked in {place} since childhood; every piece carries the maker's name.",
}

STORY_TITLE = {
    "fr": "À {place}, la saison de {maker} (n° {number})",
    "ar": "في {place}، موسم {maker} (رقم {number})",
    "shi": "ⴳ {place}, ⴰⴽⵓⴷ ⵏ {maker} (ⵓⵟⵟⵓⵏ {number})",
    "en": "In {place}, {maker}'s season (no. {number})",
}

STORY_SUMMARY = {
    "fr": "Une journée avec {maker}, de l'atelier au souk.",
    "ar": "يوم مع {maker}، من الورشة إلى السوق.",
    "shi": "ⴰⵙⵙ ⴰⴽⵓⴷ {maker}, ⵙⴳ ⵜⵙⴷⴰⵡⵜ ⴰⵔ ⵙⵙⵓⵇ.",
    "en": "A day with {maker}, from the workshop to the souk.",
}

STORY_PARAGRAPH = {
    "fr": (
        "Le matin, {maker} prépare la matière ; l'après-midi, "
        "la coopérative de {place} emballe les commandes."
    ),
    "ar": "في الصباح يحضر {maker} المادة، وبعد الظهر تغلف تعاونية {place} الطلبيات.",
    "shi": "ⴳ ⵜⵉⴼⴰⵡⵜ, {maker} ⴰⵔ ⵉⵙⵡⵊⴰⴷ; ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ {place} ⴰⵔ ⵜⵙⵙⵓⴷⵓⵏ ⵜⵉⵙⵓⵜⵔⴰ.",
    "en": (
        "In the morning {maker} prepares the material; "
        "in the afternoon the {place} cooperative packs the orders."
    ),
}

STORY_QUOTE = {
    "fr": "Ce que nous faisons ici, nos enfants le feront aussi.",
    "ar": "ما نصنعه هنا، سيصنعه أبناؤنا أيضا.",
    "shi": "ⵎⴰⵢⵏⵏⴰ ⵏⵙⴽⴰⵔ ⴷⴰ, ⵔⴰⴷ ⵜ ⵙⴽⵔⵏ ⵜⴰⵔⵡⴰ ⵏⵏⵖ.",
    "en": "What we make here, our children will make too.",
}

AUTHOR = "Tawiza"


def pick(words: list[dict], number: int, step: int = 1) -> dict:
    return words[(number * step) % len(words)]


def maker_name(number: int) -> dict:
    given = pick(GIVEN_NAMES, number)
    family = pick(FAMILY_NAMES, number // len(GIVEN_NAMES) + number, 1)
    return {code: f"{given[code]} {family[code]}" for code in LANGUAGE_CODES}


def fill(template: dict, **parts) -> dict:
    """``template`` (by language) with each part, itself by language or a plain value, filled in."""
    return {
        code: template[code].format(
            **{
                name: value[code] if isinstance(value, dict) else value
                for name, value in parts.items()
            }
        )
        for code in LANGUAGE_CODES
    }


def joined(*parts: dict, separator: str = " ") -> dict:
    return {code: separator.join(part[code] for part in parts) for code in LANGUAGE_CODES}
