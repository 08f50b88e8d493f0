"""The demo content, written for Tawiza, in French with its Arabic, Tachelhit and English versions.

French is the source language. Every translatable text is a dict keyed by language code;
``seed_demo`` writes the French into the pages and feeds the others to wagtail-localize as
translations of those French strings.
"""

from decimal import Decimal

LANGUAGE_CODES = ("fr", "ar", "shi", "en")

HOME = {
    "title": {"fr": "Accueil", "ar": "الرئيسية", "shi": "ⴰⵙⵏⵓⴱⴳ", "en": "Home"},
    "hero_heading": {
        "fr": "Le travail des coopératives marocaines, vendu par elles-mêmes",
        "ar": "صنعة التعاونيات المغربية، تبيعها بنفسها",
        "shi": "ⵜⴰⵡⵓⵔⵉ ⵏ ⵜⵎⵢⴰⵡⴰⵙⵉⵏ ⵏ ⵍⵎⵖⵔⵉⴱ, ⵣⵣⵏⵣⵏⵜⵜ ⵙ ⵉⵅⴼ ⵏⵏⵙⵏⵜ",
        "en": "The work of Moroccan cooperatives, sold by the cooperatives themselves",
    },
    "hero_text": {
        "fr": "Tapis tissés dans la vallée des Aït Bouguemez, huile d'argan pressée par des femmes du Souss : chaque pièce porte le nom de qui l'a faite, et la coopérative garde l'essentiel du prix.",
        "ar": "زرابي منسوجة في وادي آيت بوݣماز، وزيت أركان تعصره نساء سوس: كل قطعة تحمل اسم من صنعها، والتعاونية تحتفظ بالجزء الأكبر من ثمنها.",
        "shi": "ⵉⵣⵔⵉⴱⵏ ⵍⵍⵉ ⵜⵜⵓⵥⴹⴰⵏ ⴳ ⵉⵖⵣⵔ ⵏ ⴰⵢⵜ ⴱⵓⴳⵎⵎⴰⵣ, ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵍⵍⵉ ⵙⴽⴰⵔⵏⵜ ⵜⵉⵎⵖⴰⵔⵉⵏ ⵏ ⵙⵓⵙ: ⴽⵓ ⵜⴰⵡⵓⵔⵉ ⵜⴰⵎⵥ ⵉⵙⵎ ⵏ ⵡⵏⵏⴰ ⵜ ⵉⵙⴽⵔⵏ.",
        "en": "Carpets woven in the Aït Bouguemez valley, argan oil pressed by women in the Souss: every piece carries the name of the person who made it, and the cooperative keeps most of the price.",
    },
    "body": {
        "fr": "Tawiza veut dire entraide. Ici, pas d'intermédiaire : vous achetez directement aux coopératives, et la commission de la plateforme est affichée sur chaque produit.",
        "ar": "تويزة تعني التعاون والتآزر. هنا لا وسيط: تشترون مباشرة من التعاونيات، وعمولة المنصة معروضة على كل منتج.",
        "shi": "ⵜⴰⵡⵉⵣⴰ ⵜⵅⵙ ⴰⴷ ⵜⵉⵏⵉ ⵜⴰⵡⵉⵣⴰ ⴳ ⵜⵡⵓⵔⵉ. ⵓⵔ ⵍⵍⵉⵏ ⵉⵎⵏⴰⵎⵎⴰⵙⵏ: ⵜⵙⵖⴰⵎ ⵙⵖ ⵜⵎⵢⴰⵡⴰⵙⵉⵏ ⵙ ⵉⵅⴼ ⵏⵏⵙⵏⵜ.",
        "en": "Tawiza means working together. There is no middleman here: you buy directly from the cooperatives, and the platform's fee is shown on every product.",
    },
}

COOPERATIVE_INDEX = {
    "title": {"fr": "Coopératives", "ar": "التعاونيات", "shi": "ⵜⵉⵎⵢⴰⵡⴰⵙⵉⵏ", "en": "Cooperatives"},
    "slug": "cooperatives",
    "intro": {
        "fr": "Les coopératives qui vendent sur Tawiza, de la montagne à la côte.",
        "ar": "التعاونيات التي تبيع على تويزة، من الجبل إلى الساحل.",
        "shi": "ⵜⵉⵎⵢⴰⵡⴰⵙⵉⵏ ⵍⵍⵉ ⵣⵣⵏⵣⴰⵏⵜ ⴳ ⵜⴰⵡⵉⵣⴰ, ⵙⴳ ⵡⴰⴷⵔⴰⵔ ⴰⵔ ⵉⵍⵍ.",
        "en": "The cooperatives selling on Tawiza, from the mountains to the coast.",
    },
}

# Taxonomy snippets (artisans.snippets), translated like pages.
CRAFTS = {
    "tissage": {"fr": "Tissage", "ar": "النسيج", "shi": "ⴰⵥⵟⵟⴰ", "en": "Weaving"},
    "huile-d-argan": {
        "fr": "Huile d'argan",
        "ar": "زيت الأركان",
        "shi": "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ",
        "en": "Argan oil",
    },
}

COOPERATIVES = [
    {
        "slug": "tissage-ait-bouguemez",
        "partner_name": "Coopérative de tissage Aït Bouguemez",
        "fee_rate": Decimal("0.080"),
        "founded_year": 2009,
        "members_count": 34,
        "picture": ("landscape", "valley"),
        "title": {
            "fr": "Coopérative de tissage Aït Bouguemez",
            "ar": "تعاونية النسيج آيت بوݣماز",
            "shi": "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵓⵥⵟⴰ ⴰⵢⵜ ⴱⵓⴳⵎⵎⴰⵣ",
            "en": "Aït Bouguemez Weaving Cooperative",
        },
        "region": {
            "slug": "azilal-haut-atlas",
            "name": {
                "fr": "Azilal, Haut Atlas",
                "ar": "أزيلال، الأطلس الكبير",
                "shi": "ⴰⵣⵉⵍⴰⵍ, ⴰⴷⵔⴰⵔ ⵏ ⴷⵔⵏ",
                "en": "Azilal, High Atlas",
            },
        },
        "latitude": Decimal("31.670000"),
        "longitude": Decimal("-6.450000"),
        "phone": "+212 523 00 00 01",
        "email": "tissage-ait-bouguemez@demo.tawiza.ma",
        "address": {
            "fr": "Douar Agouti, Tabant, vallée des Aït Bouguemez, province d'Azilal",
            "ar": "دوار أݣوتي، تبانت، وادي آيت بوݣماز، إقليم أزيلال",
            "shi": "ⴰⴷⵡⵡⴰⵔ ⵏ ⴰⴳⵓⵜⵉ, ⵜⴰⴱⴰⵏⵜ, ⵉⵖⵣⵔ ⵏ ⴰⵢⵜ ⴱⵓⴳⵎⵎⴰⵣ, ⴰⵣⵉⵍⴰⵍ",
            "en": "Douar Agouti, Tabant, Aït Bouguemez valley, Azilal province",
        },
        "gallery": [
            {
                "picture": ("landscape", "valley"),
                "alt": {
                    "fr": "La vallée des Aït Bouguemez au printemps, champs verts au pied des montagnes.",
                    "ar": "وادي آيت بوݣماز في الربيع، حقول خضراء عند سفح الجبال.",
                    "shi": "ⵉⵖⵣⵔ ⵏ ⴰⵢⵜ ⴱⵓⴳⵎⵎⴰⵣ ⴳ ⵜⴰⴼⵙⵓⵜ, ⵉⵏⴳⵔⴰⵏ ⵉⵣⴳⵣⴰⵡⵏ ⴷⴷⴰⵡ ⵉⴷⵔⴰⵔⵏ.",
                    "en": "The Aït Bouguemez valley in spring, green fields below the mountains.",
                },
                "caption": {
                    "fr": "La « vallée heureuse », à 1 800 mètres d'altitude.",
                    "ar": "«الوادي السعيد» على علو 1800 متر.",
                    "shi": "ⵉⵖⵣⵔ ⵉⴼⵓⵍⴽⵉⵏ, ⵖ 1800 ⵏ ⵓⵎⵉⵜⵔ.",
                    "en": "The 'happy valley', 1,800 metres above the sea.",
                },
            },
            {
                "picture": ("carpet", "carpet"),
                "alt": {
                    "fr": "Un tapis en cours de tissage sur un métier vertical, losanges rouges sur fond écru.",
                    "ar": "زربية قيد النسج على منوال عمودي، معينات حمراء على خلفية بيضاء.",
                    "shi": "ⴰⵣⵔⵉⴱ ⴳ ⵓⵣⵟⴰ ⴰⴱⵔⴷⴰⵏ, ⵜⵉⵔⴰ ⵜⵉⵣⵡⴳⴰⵖⵉⵏ.",
                    "en": "A carpet being woven on an upright loom, red diamonds on undyed wool.",
                },
                "caption": {
                    "fr": "Sur le métier d'Itto, en février.",
                    "ar": "على منوال إطو، في فبراير.",
                    "shi": "ⵖ ⵓⵣⵟⴰ ⵏ ⵉⵟⵟⵓ, ⴳ ⴱⵕⴰⵢⵕ.",
                    "en": "On Itto's loom, in February.",
                },
            },
        ],
        "intro": {
            "fr": "Trente-quatre tisserandes de la « vallée heureuse » tissent la laine de leurs moutons sur des métiers verticaux.",
            "ar": "أربع وثلاثون نساجة من «الوادي السعيد» ينسجن صوف أغنامهن على أنوال عمودية.",
            "shi": "ⴽⵕⴰⴹⵜ ⴷ ⵔⴱⵄⵉⵏ ⵜⵎⵥⴹⴰⵡⵉⵏ ⵏ ⵉⵖⵣⵔ ⵉⴼⵓⵍⴽⵉⵏ ⴰⵔ ⵥⵟⵟⴰⵏⵜ ⵜⴰⴹⵓⵟ ⵏ ⵓⵍⵙⵏ ⵏⵏⵙⵏⵜ.",
            "en": "Thirty-four weavers from the 'happy valley' weave their own sheep's wool on upright looms.",
        },
        "body": {
            "fr": "L'hiver, quand la neige ferme les cols, les métiers occupent la pièce la plus chaude de la maison. La coopérative achète la laine aux éleveurs du douar, la fait laver à la rivière et teindre au henné, à la garance et au brou de noix.",
            "ar": "في الشتاء، حين يغلق الثلج الممرات، تحتل الأنوال أدفأ غرفة في البيت. تشتري التعاونية الصوف من مربي الدوار، وتغسله في النهر وتصبغه بالحناء والفوة وقشر الجوز.",
            "shi": "ⴳ ⵜⴳⵔⵙⵜ, ⵉⵖ ⵉⵇⵇⵏ ⵓⴷⴼⵍ ⵉⴱⵔⴷⴰⵏ, ⴰⵔ ⵜⵜⵉⵍⵉⵏ ⵉⵣⵟⴰⵜⵏ ⴳ ⵜⵖⵔⴼⵜ ⵍⵍⵉ ⵉⵣⵓⵖⵏ. ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⴰⵔ ⵜⵙⵖⴰ ⵜⴰⴹⵓⵟ ⵙⴳ ⵉⵎⴽⵙⴰⵡⵏ ⵏ ⵓⴷⵡⵡⴰⵔ.",
            "en": "In winter, when snow closes the passes, the looms take the warmest room in the house. The cooperative buys wool from the village's herders, washes it in the river and dyes it with henna, madder and walnut husk.",
        },
        "artisans": [
            {
                "slug": "itto-ait-ouahmane",
                "crafts": ["tissage"],
                "languages": ["tzm", "ary"],
                "title": {
                    "fr": "Itto Aït Ouahmane",
                    "ar": "إطو آيت وحمان",
                    "shi": "ⵉⵟⵟⵓ ⴰⵢⵜ ⵡⴰⵃⵎⴰⵏ",
                    "en": "Itto Aït Ouahmane",
                },
                "village": {"fr": "Agouti", "ar": "أݣوتي", "shi": "ⴰⴳⵓⵜⵉ", "en": "Agouti"},
                "quote": {
                    "fr": "Ma mère m'a appris les motifs ; je les apprends maintenant à ma fille, et le monde entier peut les voir.",
                    "ar": "علمتني أمي النقوش، وأنا أعلمها الآن لابنتي، والعالم كله يستطيع أن يراها.",
                    "shi": "ⵜⵙⵍⵎⴷ ⵉⵢⵉ ⵢⵉⵎⵎⴰ ⵜⵉⵔⴰ ⵏ ⵓⵥⵟⴰ; ⴰⵔ ⵜⵏⵜ ⵙⵍⵎⴰⴷⵖ ⵉ ⵉⵍⵍⵉ.",
                    "en": "My mother taught me the patterns; now I teach them to my daughter, and the whole world can see them.",
                },
                "body": {
                    "fr": "Itto tisse depuis l'âge de douze ans. Ses tapis à losanges rouge garance sont reconnaissables de loin au souk du jeudi.",
                    "ar": "تنسج إطو منذ سن الثانية عشرة. زرابيها ذات المعينات الحمراء تعرف من بعيد في سوق الخميس.",
                    "shi": "ⵉⵟⵟⵓ ⴰⵔ ⵜⵥⵟⵟⴰ ⵙⴳ ⵎⴰⵙ ⴷ ⵜⵍⵍⴰ ⵜⵎⵥⵥⵉ. ⵉⵣⵔⵉⴱⵏ ⵏⵏⵙ ⵜⵜⵢⴰⵙⵏⴰⵏ ⴳ ⵙⵙⵓⵇ ⵏ ⵍⵅⵎⵉⵙ.",
                    "en": "Itto has woven since she was twelve. Her madder-red diamond carpets are recognisable from afar at the Thursday souk.",
                },
                "picture": ("portrait", "carpet"),
                "story_image": {
                    "picture": ("carpet", "argan"),
                    "alt": {
                        "fr": "Les mains d'Itto nouent la laine teinte au henné sur la chaîne du métier.",
                        "ar": "يدا إطو تعقدان الصوف المصبوغ بالحناء على سدى المنوال.",
                        "shi": "ⵉⴼⴰⵙⵙⵏ ⵏ ⵉⵟⵟⵓ ⴰⵔ ⵇⵇⵏⵏ ⵜⴰⴹⵓⵟ ⵙ ⵍⵃⵏⵏⴰ ⵖ ⵓⵣⵟⴰ.",
                        "en": "Itto's hands knot henna-dyed wool onto the warp of the loom.",
                    },
                    "caption": {
                        "fr": "Chaque nœud est fait à la main.",
                        "ar": "كل عقدة تصنع باليد.",
                        "shi": "ⴽⵓ ⵜⴰⵇⵇⵏⴰ ⵙ ⵓⴼⵓⵙ.",
                        "en": "Every knot is tied by hand.",
                    },
                },
            },
            {
                "slug": "fadma-oulhaj",
                "crafts": ["tissage"],
                "languages": ["tzm", "ary", "fr"],
                "mentor": "itto-ait-ouahmane",
                "title": {
                    "fr": "Fadma Oulhaj",
                    "ar": "فاطمة ولحاج",
                    "shi": "ⴼⴰⴹⵎⴰ ⵓⵍⵃⴰⵊ",
                    "en": "Fadma Oulhaj",
                },
                "village": {"fr": "Tabant", "ar": "تبانت", "shi": "ⵜⴰⴱⴰⵏⵜ", "en": "Tabant"},
                "quote": {
                    "fr": "Un tapis raconte l'hiver où il a été tissé.",
                    "ar": "الزربية تحكي الشتاء الذي نسجت فيه.",
                    "shi": "ⴰⵣⵔⵉⴱ ⴰⵔ ⵉⵜⵜⵉⵏⵉ ⵜⴰⴳⵔⵙⵜ ⵍⵍⵉ ⴳ ⵉⵜⵜⵓⵥⴹⴰ.",
                    "en": "A carpet tells the story of the winter it was woven in.",
                },
                "body": {
                    "fr": "Fadma préfère la laine écrue et les motifs sobres : ses hanbels sont tissés serrés, pour durer une vie.",
                    "ar": "تفضل فاطمة الصوف الطبيعي والنقوش البسيطة: حنابلها منسوجة بإحكام لتدوم عمرا.",
                    "shi": "ⴼⴰⴹⵎⴰ ⵜⵔⴰ ⵜⴰⴹⵓⵟ ⵜⴰⵎⵍⵍⴰⵍⵜ ⴷ ⵜⵉⵔⴰ ⵉⵔⵛⵓⴷⵏ.",
                    "en": "Fadma prefers undyed wool and quiet patterns: her hanbels are tightly woven, to last a lifetime.",
                },
                "picture": ("portrait", "valley"),
            },
        ],
        "products": [
            {
                "upc": "TWZ-TAP-001",
                "artisan": "itto-ait-ouahmane",
                "title": "Tapis à losanges rouge garance",
                "description": "Tapis berbère en pure laine tissé à la main sur métier vertical, teint à la garance. 200 × 140 cm. Pièce unique.",
                "price": Decimal("4800.00"),
                "stock": 1,
                "category": "Tapis",
                "picture": ("carpet", "carpet"),
                "weight": Decimal("6.5"),
                "product_type": "textiles",
                "attributes": {
                    "dimensions": {
                        "fr": "200 × 140 cm",
                        "ar": "200 × 140 سم",
                        "shi": "200 × 140 ⵙⵎ",
                        "en": "200 × 140 cm",
                    },
                    "colours": ["madder-red", "undyed-wool", "black"],
                    "one_of_a_kind": True,
                },
            },
            {
                "upc": "TWZ-TAP-002",
                "artisan": "itto-ait-ouahmane",
                "title": "Coussin berbère tissé",
                "description": "Housse de coussin en laine, motifs de la vallée, 45 × 45 cm, fermeture à boutons de corne.",
                "price": Decimal("380.00"),
                "stock": 12,
                "category": "Tapis",
                "picture": ("carpet", "clay"),
                "weight": Decimal("0.6"),
                "product_type": "textiles",
                "attributes": {
                    "dimensions": {
                        "fr": "45 × 45 cm",
                        "ar": "45 × 45 سم",
                        "shi": "45 × 45 ⵙⵎ",
                        "en": "45 × 45 cm",
                    },
                    "colours": ["henna", "undyed-wool"],
                    "one_of_a_kind": False,
                },
            },
            {
                "upc": "TWZ-TAP-003",
                "artisan": "fadma-oulhaj",
                "title": "Hanbel en laine écrue",
                "description": "Tapis plat (hanbel) en laine non teinte, tissage serré, 180 × 110 cm. Pièce unique.",
                "price": Decimal("2600.00"),
                "stock": 1,
                "category": "Tapis",
                "picture": ("carpet", "valley"),
                "weight": Decimal("4.0"),
                "product_type": "textiles",
                "attributes": {
                    "dimensions": {
                        "fr": "180 × 110 cm",
                        "ar": "180 × 110 سم",
                        "shi": "180 × 110 ⵙⵎ",
                        "en": "180 × 110 cm",
                    },
                    "colours": ["undyed-wool"],
                    "one_of_a_kind": True,
                },
            },
            {
                "upc": "TWZ-TAP-004",
                "artisan": "fadma-oulhaj",
                "title": "Tapis de prière Aït Bouguemez",
                "description": "Petit tapis en laine, 110 × 70 cm, teintures au henné et au brou de noix.",
                "price": Decimal("1200.00"),
                "stock": 3,
                "category": "Tapis",
                "picture": ("carpet", "argan"),
                "weight": Decimal("2.0"),
                "product_type": "textiles",
                "attributes": {
                    "dimensions": {
                        "fr": "110 × 70 cm",
                        "ar": "110 × 70 سم",
                        "shi": "110 × 70 ⵙⵎ",
                        "en": "110 × 70 cm",
                    },
                    "colours": ["henna", "walnut-brown"],
                    "one_of_a_kind": False,
                },
            },
        ],
    },
    {
        "slug": "argan-taytmatine",
        "partner_name": "Coopérative féminine d'argan Taytmatine",
        "fee_rate": Decimal("0.100"),
        "founded_year": 2004,
        "members_count": 61,
        "picture": ("landscape", "argan"),
        "title": {
            "fr": "Coopérative féminine d'argan Taytmatine",
            "ar": "التعاونية النسوية للأركان تايتماتين",
            "shi": "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵡⴰⵔⴳⴰⵏ ⵜⴰⵢⵜⵎⴰⵜⵉⵏ",
            "en": "Taytmatine Women's Argan Cooperative",
        },
        "region": {
            "slug": "tiznit-souss-massa",
            "name": {
                "fr": "Tiznit, Souss-Massa",
                "ar": "تيزنيت، سوس ماسة",
                "shi": "ⵜⵉⵣⵏⵉⵜ, ⵙⵓⵙ ⵎⴰⵙⵙⴰ",
                "en": "Tiznit, Souss-Massa",
            },
        },
        "latitude": Decimal("29.700000"),
        "longitude": Decimal("-9.730000"),
        "phone": "+212 528 00 00 02",
        "email": "argan-taytmatine@demo.tawiza.ma",
        "address": {
            "fr": "Route d'Aglou, Tiznit",
            "ar": "طريق أݣلو، تيزنيت",
            "shi": "ⴰⴱⵔⵉⴷ ⵏ ⴰⴳⵍⵓ, ⵜⵉⵣⵏⵉⵜ",
            "en": "Aglou road, Tiznit",
        },
        "gallery": [
            {
                "picture": ("bottle", "argan"),
                "alt": {
                    "fr": "Un flacon d'huile d'argan doré posé parmi des fruits d'arganier.",
                    "ar": "قارورة زيت أركان ذهبي بين ثمار شجرة الأركان.",
                    "shi": "ⵜⴰⵇⴰⵔⵓⵕⵜ ⵏ ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴳⵔ ⵉⴼⵉⵢⵢⵉⵢⵏ ⵏ ⵡⴰⵔⴳⴰⵏ.",
                    "en": "A bottle of golden argan oil among argan fruit.",
                },
                "caption": {
                    "fr": "L'huile de la récolte d'été.",
                    "ar": "زيت محصول الصيف.",
                    "shi": "ⵍⵣⵉⵜ ⵏ ⵓⵏⴱⴷⵓ.",
                    "en": "Oil from the summer harvest.",
                },
            },
        ],
        "intro": {
            "fr": "Soixante et une femmes concassent l'amande d'argan à la main et pressent une huile alimentaire et cosmétique.",
            "ar": "إحدى وستون امرأة يكسرن لوز الأركان باليد ويعصرن زيتا غذائيا وتجميليا.",
            "shi": "ⵙⴹⵉⵚ ⵜⵎⵔⵡⵉⵏ ⴷ ⵢⴰⵜ ⵜⵎⵖⴰⵔⵉⵏ ⴰⵔ ⵔⵥⵥⴰⵏⵜ ⴰⵔⴳⴰⵏ ⵙ ⵓⴼⵓⵙ, ⴰⵔ ⵙⴽⴰⵔⵏⵜ ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ.",
            "en": "Sixty-one women crack argan kernels by hand and press an oil for the kitchen and for the skin.",
        },
        "body": {
            "fr": "Les fruits sont ramassés sous les arganiers après leur chute, séchés au soleil puis dépulpés. Le concassage à la pierre reste un savoir des femmes : la coopérative leur assure un revenu régulier et une couverture sociale.",
            "ar": "تجمع الثمار تحت أشجار الأركان بعد سقوطها، وتجفف في الشمس ثم تقشر. يبقى التكسير بالحجر معرفة نسائية، وتضمن التعاونية للنساء دخلا منتظما وتغطية اجتماعية.",
            "shi": "ⴰⵔ ⵜⵜⵓⵙⵎⵓⵏⵏⴰⵢⵏ ⵉⴼⵉⵢⵢⵉⵢⵏ ⴷⴷⴰⵡ ⵡⴰⵔⴳⴰⵏ, ⴰⵔ ⵇⵇⵓⵔⵏ ⴳ ⵜⴰⴼⵓⴽⵜ. ⴰⵔⵥⵥⵓ ⵙ ⵓⵥⵕⵓ ⵉⴳⴰ ⵜⵓⵙⵙⵏⴰ ⵏ ⵜⵎⵖⴰⵔⵉⵏ.",
            "en": "The fruit is gathered under the argan trees once it has fallen, dried in the sun, then husked. Cracking the nuts between stones is women's knowledge: the cooperative gives them a regular income and social insurance.",
        },
        "artisans": [
            {
                "slug": "aicha-id-brahim",
                "crafts": ["huile-d-argan"],
                "languages": ["shi", "ary", "fr"],
                "title": {
                    "fr": "Aïcha Id Brahim",
                    "ar": "عائشة إد براهيم",
                    "shi": "ⵄⴰⵢⵛⴰ ⵉⴷ ⴱⵔⴰⵀⵉⵎ",
                    "en": "Aïcha Id Brahim",
                },
                "village": {"fr": "Aglou", "ar": "أݣلو", "shi": "ⴰⴳⵍⵓ", "en": "Aglou"},
                "quote": {
                    "fr": "Avant, l'huile partait au marché sans notre nom. Aujourd'hui chaque flacon dit qui l'a pressée.",
                    "ar": "في الماضي كان الزيت يذهب إلى السوق بلا اسمنا. اليوم كل قارورة تقول من عصرها.",
                    "shi": "ⵣⵉⴽ, ⴰⵔ ⵉⵜⵜⴷⴷⵓ ⵍⵣⵉⵜ ⵙ ⵙⵙⵓⵇ ⴱⵍⴰ ⵉⵙⵎ ⵏⵏⵖ. ⴰⵙⵙ ⴰⴷ, ⴽⵓ ⵜⴰⵇⴰⵔⵓⵕⵜ ⵜⵏⵏⴰ ⵎⴰ ⵜⵜ ⵉⵙⴽⵔⵏ.",
                    "en": "Oil used to go to market without our name. Today every bottle says who pressed it.",
                },
                "body": {
                    "fr": "Aïcha préside la coopérative depuis 2016. Elle a obtenu la certification biologique et forme les nouvelles adhérentes à la torréfaction.",
                    "ar": "ترأس عائشة التعاونية منذ 2016. حصلت على شهادة المنتوج العضوي وتدرب المنخرطات الجديدات على التحميص.",
                    "shi": "ⵄⴰⵢⵛⴰ ⴰⵔ ⵜⵙⵙⵉⵡⵉⴷ ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵙⴳ 2016. ⴰⵔ ⵜⵙⵍⵎⴰⴷ ⵜⵉⵎⴳⴰⵔⵉⵏ ⵜⵉⵎⴰⵢⵏⵓⵜⵉⵏ.",
                    "en": "Aïcha has chaired the cooperative since 2016. She obtained the organic certification and trains new members in roasting.",
                },
                "picture": ("portrait", "argan"),
            },
            {
                "slug": "mina-ait-lahcen",
                "crafts": ["huile-d-argan"],
                "languages": ["shi", "ary", "en"],
                "mentor": "aicha-id-brahim",
                "title": {
                    "fr": "Mina Aït Lahcen",
                    "ar": "مينة آيت لحسن",
                    "shi": "ⵎⵉⵏⴰ ⴰⵢⵜ ⵍⵃⴰⵙⵏ",
                    "en": "Mina Aït Lahcen",
                },
                "village": {"fr": "Mirleft", "ar": "ميرلفت", "shi": "ⵎⵉⵔⵍⴼⵜ", "en": "Mirleft"},
                "quote": {
                    "fr": "L'amlou de ma grand-mère, c'est trois ingrédients et beaucoup de patience.",
                    "ar": "أملو جدتي ثلاثة مكونات وكثير من الصبر.",
                    "shi": "ⴰⵎⵍⵓ ⵏ ⵏⵏⴰⵏⴰ ⴽⵔⴰⴹ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ ⴷ ⵓⵟⵟⴰⵙ ⵏ ⵚⵚⴱⵔ.",
                    "en": "My grandmother's amlou is three ingredients and a lot of patience.",
                },
                "body": {
                    "fr": "Mina prépare l'amlou et le savon à l'argan de la coopérative, dans l'atelier ouvert en 2019 grâce à une campagne de la diaspora.",
                    "ar": "تحضر مينة أملو التعاونية وصابون الأركان في الورشة التي فتحت سنة 2019 بفضل حملة من الجالية.",
                    "shi": "ⵎⵉⵏⴰ ⴰⵔ ⵜⵙⵏⵡⴰ ⴰⵎⵍⵓ ⴷ ⵚⵚⴰⴱⵓⵏ ⵏ ⵡⴰⵔⴳⴰⵏ ⴳ ⵜⵙⵓⵔⵜ ⵏ ⵜⵎⵢⴰⵡⴰⵙⵜ.",
                    "en": "Mina makes the cooperative's amlou and argan soap, in the workshop opened in 2019 thanks to a diaspora campaign.",
                },
                "picture": ("portrait", "clay"),
            },
        ],
        "products": [
            {
                "upc": "TWZ-ARG-001",
                "artisan": "aicha-id-brahim",
                "title": "Huile d'argan alimentaire 250 ml",
                "description": "Huile d'argan vierge extraite à froid d'amandes torréfiées. Goût de noisette, pour le pain et les tajines. Certifiée biologique, IGP Argane.",
                "price": Decimal("180.00"),
                "stock": 40,
                "category": "Huiles et cosmétiques",
                "picture": ("bottle", "argan"),
                "weight": Decimal("0.45"),
                "product_type": "alimentation-et-cosmetiques",
                "attributes": {
                    "volume": {"fr": "250 ml", "ar": "250 مل", "shi": "250 ⵎⵍ", "en": "250 ml"},
                    "ingredients": {
                        "fr": "Huile d'argan vierge d'amandes torréfiées (100 %).",
                        "ar": "زيت أركان بكر من لوز محمص (100٪).",
                        "shi": "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵙⴳ ⵉⵣⵉⵎⵎⴰⵔⵏ ⵉⵜⵜⵓⵙⵎⵎⴰⵖⵏ (100 %).",
                        "en": "Virgin argan oil from roasted kernels (100%).",
                    },
                    "best_before": {
                        "fr": "18 mois après la pressée ; à conserver à l'abri de la lumière.",
                        "ar": "18 شهرا بعد العصر؛ يحفظ بعيدا عن الضوء.",
                        "shi": "18 ⵏ ⵡⴰⵢⵢⵓⵔⵏ ⴷⴼⴼⵉⵔ ⵓⵙⴽⴰⵔ; ⵃⴹⵓ ⵜ ⵣⵉ ⵜⴰⴼⴰⵡⵜ.",
                        "en": "18 months after pressing; keep away from light.",
                    },
                    "certifications": ["organic", "pgi-argane", "onssa"],
                },
            },
            {
                "upc": "TWZ-ARG-002",
                "artisan": "aicha-id-brahim",
                "title": "Huile d'argan cosmétique 100 ml",
                "description": "Huile d'argan vierge d'amandes non torréfiées, pour la peau et les cheveux. Flacon en verre ambré.",
                "price": Decimal("140.00"),
                "stock": 30,
                "category": "Huiles et cosmétiques",
                "picture": ("bottle", "silver"),
                "weight": Decimal("0.25"),
                "product_type": "alimentation-et-cosmetiques",
                "attributes": {
                    "volume": {"fr": "100 ml", "ar": "100 مل", "shi": "100 ⵎⵍ", "en": "100 ml"},
                    "ingredients": {
                        "fr": "Huile d'amande d'argan (Argania spinosa kernel oil), 100 %.",
                        "ar": "زيت لوز الأركان (Argania spinosa kernel oil)، 100٪.",
                        "shi": "ⵍⵣⵉⵜ ⵏ ⵉⵣⵉⵎⵎⴰⵔⵏ ⵏ ⵡⴰⵔⴳⴰⵏ (Argania spinosa kernel oil), 100 %.",
                        "en": "Argan kernel oil (Argania spinosa kernel oil), 100%.",
                    },
                    "best_before": {
                        "fr": "12 mois après ouverture.",
                        "ar": "12 شهرا بعد الفتح.",
                        "shi": "12 ⵏ ⵡⴰⵢⵢⵓⵔⵏ ⴷⴼⴼⵉⵔ ⵓⵕⵥⵥⵓⵎ.",
                        "en": "12 months after opening.",
                    },
                    "certifications": ["organic", "pgi-argane"],
                },
            },
            {
                "upc": "TWZ-ARG-003",
                "artisan": "mina-ait-lahcen",
                "title": "Amlou aux amandes 300 g",
                "description": "Pâte d'amandes grillées, huile d'argan et miel de thym. À tartiner au petit-déjeuner.",
                "price": Decimal("120.00"),
                "stock": 25,
                "category": "Huiles et cosmétiques",
                "picture": ("pot", "argan"),
                "weight": Decimal("0.4"),
                "product_type": "alimentation-et-cosmetiques",
                "attributes": {
                    "volume": {"fr": "300 g", "ar": "300 غ", "shi": "300 ⴳ", "en": "300 g"},
                    "ingredients": {
                        "fr": "Amandes grillées (50 %), huile d'argan alimentaire (35 %), miel de thym (15 %). Contient des fruits à coque.",
                        "ar": "لوز محمص (50٪)، زيت أركان غذائي (35٪)، عسل الزعتر (15٪). يحتوي على المكسرات.",
                        "shi": "ⵍⵍⵓⵣ ⵉⵜⵜⵓⵙⵎⵎⴰⵖⵏ (50 %), ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ (35 %), ⵜⴰⵎⵎⵏⵜ ⵏ ⵣⵣⵄⵜⵔ (15 %). ⵍⵍⴰⵏ ⴳⵉⵙ ⵉⴳⵓⵎⵎⴰ ⵉⵇⵇⵓⵔⵏ.",
                        "en": "Roasted almonds (50%), culinary argan oil (35%), thyme honey (15%). Contains tree nuts.",
                    },
                    "best_before": {
                        "fr": "6 mois ; au frais après ouverture.",
                        "ar": "6 أشهر؛ يحفظ في مكان بارد بعد الفتح.",
                        "shi": "6 ⵏ ⵡⴰⵢⵢⵓⵔⵏ; ⴳ ⵓⵎⴰⴽⵏ ⵉⵙⵎⵎⴹⵏ ⴷⴼⴼⵉⵔ ⵓⵕⵥⵥⵓⵎ.",
                        "en": "6 months; keep cool after opening.",
                    },
                    "certifications": ["onssa"],
                },
            },
            {
                "upc": "TWZ-ARG-004",
                "artisan": "mina-ait-lahcen",
                "title": "Savon à l'argan et au ghassoul",
                "description": "Savon saponifié à froid, huile d'argan et argile ghassoul de l'Atlas, 120 g.",
                "price": Decimal("45.00"),
                "stock": 60,
                "category": "Huiles et cosmétiques",
                "picture": ("pot", "clay"),
                "weight": Decimal("0.15"),
                "product_type": "alimentation-et-cosmetiques",
                "attributes": {
                    "volume": {"fr": "120 g", "ar": "120 غ", "shi": "120 ⴳ", "en": "120 g"},
                    "ingredients": {
                        "fr": "Huiles d'argan et d'olive saponifiées, ghassoul de l'Atlas, glycérine végétale.",
                        "ar": "زيتا الأركان والزيتون المصبنان، غاسول الأطلس، غليسرين نباتي.",
                        "shi": "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⵣⵣⵉⵜ ⵏ ⵣⵣⵉⵜⵓⵏ, ⴰⵖⴰⵙⵓⵍ ⵏ ⵓⴷⵔⴰⵔ, ⴳⵍⵉⵙⵉⵔⵉⵏ ⵏ ⵉⵎⵖⴰⵢⵏ.",
                        "en": "Saponified argan and olive oils, Atlas ghassoul clay, vegetable glycerine.",
                    },
                    "best_before": {
                        "fr": "24 mois.",
                        "ar": "24 شهرا.",
                        "shi": "24 ⵏ ⵡⴰⵢⵢⵓⵔⵏ.",
                        "en": "24 months.",
                    },
                },
            },
        ],
    },
]

# Demo accounts (DESIGN.md): all share this password, and are refused when DEBUG is off.
DEMO_PASSWORD = "tawiza-demo"  # noqa: S105

# Product words in the other languages, keyed by UPC: (title, description). The French words
# are on the products above; these feed wagtail-localize translations of their ProductText.
PRODUCT_TRANSLATIONS = {
    "TWZ-TAP-001": {
        "ar": (
            "زربية بمعينات حمراء من الفوة",
            "زربية من الصوف الخالص منسوجة يدويا على نول عمودي، مصبوغة بالفوة. 200 × 140 سم. قطعة فريدة.",
        ),
        "shi": (
            "ⴰⵣⵔⵉⴱ ⵙ ⵜⵉⵔⴰ ⵜⵉⵣⴳⴳⵯⴰⵖⵉⵏ",
            "ⴰⵣⵔⵉⴱ ⵏ ⵜⴹⵓⵟ ⵉⵜⵜⵓⵥⴹⴰⵏ ⵙ ⵓⴼⵓⵙ ⴳ ⵓⵣⵟⴰ ⴰⴱⴷⴷⴰⴷ, ⵉⵜⵜⵓⵚⴱⵖ ⵙ ⵜⴰⵔⵉⴹⵜ. 200 × 140 ⵙⵎ. ⵢⴰⵏ ⵓⵏⵛⴽ.",
        ),
        "en": (
            "Madder-red diamond carpet",
            "Pure wool carpet hand-woven on an upright loom, dyed with madder. 200 × 140 cm. One of a kind.",
        ),
    },
    "TWZ-TAP-002": {
        "ar": (
            "وسادة أمازيغية منسوجة",
            "غطاء وسادة من الصوف بنقوش الوادي، 45 × 45 سم، بأزرار من القرن.",
        ),
        "shi": ("ⴰⵙⵓⵎⵎⵓ ⴰⵎⴰⵣⵉⵖ ⵉⵜⵜⵓⵥⴹⴰⵏ", "ⴰⵙⵓⵎⵎⵓ ⵏ ⵜⴹⵓⵟ ⵙ ⵜⵉⵔⴰ ⵏ ⵉⵖⵣⵔ, 45 × 45 ⵙⵎ."),
        "en": (
            "Woven Berber cushion",
            "Wool cushion cover with the valley's patterns, 45 × 45 cm, horn button fastening.",
        ),
    },
    "TWZ-TAP-003": {
        "ar": (
            "حنبل من الصوف الطبيعي",
            "زربية مسطحة (حنبل) من صوف غير مصبوغ، نسج محكم، 180 × 110 سم. قطعة فريدة.",
        ),
        "shi": ("ⴰⵃⵏⴱⵍ ⵏ ⵜⴹⵓⵟ ⵜⴰⵎⵍⵍⴰⵍⵜ", "ⴰⵃⵏⴱⵍ ⵏ ⵜⴹⵓⵟ ⵓⵔ ⵉⵜⵜⵓⵚⴱⵖⵏ, 180 × 110 ⵙⵎ. ⵢⴰⵏ ⵓⵏⵛⴽ."),
        "en": (
            "Undyed wool hanbel",
            "Flat-woven rug (hanbel) in undyed wool, tightly woven, 180 × 110 cm. One of a kind.",
        ),
    },
    "TWZ-TAP-004": {
        "ar": (
            "سجادة صلاة آيت بوݣماز",
            "سجادة صغيرة من الصوف، 110 × 70 سم، مصبوغة بالحناء وقشر الجوز.",
        ),
        "shi": ("ⴰⵣⵔⵉⴱ ⵏ ⵜⵥⴰⵍⵍⵉⵜ ⴰⵢⵜ ⴱⵓⴳⵎⵎⴰⵣ", "ⴰⵣⵔⵉⴱ ⴰⵎⵥⵥⴰⵏ ⵏ ⵜⴹⵓⵟ, 110 × 70 ⵙⵎ, ⵙ ⵓⵍⵃⵏⵏⵉ."),
        "en": (
            "Aït Bouguemez prayer rug",
            "Small wool rug, 110 × 70 cm, dyed with henna and walnut husk.",
        ),
    },
    "TWZ-ARG-001": {
        "ar": (
            "زيت أركان غذائي 250 مل",
            "زيت أركان بكر معصور على البارد من لوز محمص. بطعم البندق، للخبز والطواجن. شهادة عضوية وبيان جغرافي محمي أركان.",
        ),
        "shi": (
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵏ ⵓⵎⵛⵛⵓ 250 ⵎⵍ",
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⵙ ⵓⴽⵔⵔⵓⵎ ⵙⴳ ⵉⵣⵉⵎⵎⴰⵔⵏ ⵉⵜⵜⵓⵙⵎⵎⴰⵖⵏ. ⵉ ⵓⵖⵕⵓⵎ ⴷ ⵜⴰⵊⵉⵏ.",
        ),
        "en": (
            "Culinary argan oil 250 ml",
            "Virgin argan oil cold-pressed from roasted kernels. Nutty taste, for bread and tagines. Certified organic, Argane PGI.",
        ),
    },
    "TWZ-ARG-002": {
        "ar": (
            "زيت أركان تجميلي 100 مل",
            "زيت أركان بكر من لوز غير محمص، للبشرة والشعر. قارورة من الزجاج العنبري.",
        ),
        "shi": ("ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵉ ⵓⴳⵍⵎ 100 ⵎⵍ", "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵉ ⵓⴳⵍⵎ ⴷ ⵓⵣⴰⵔ. ⵜⴰⵇⴰⵔⵓⵕⵜ ⵏ ⵓⵣⵓⵣⵡⴰⵊ."),
        "en": (
            "Cosmetic argan oil 100 ml",
            "Virgin argan oil from unroasted kernels, for skin and hair. Amber glass bottle.",
        ),
    },
    "TWZ-ARG-003": {
        "ar": (
            "أملو باللوز 300 غ",
            "عجينة من اللوز المحمص وزيت الأركان وعسل الزعتر. للدهن في الفطور.",
        ),
        "shi": ("ⴰⵎⵍⵓ ⵙ ⵍⵍⵓⵣ 300 ⴳ", "ⴰⵎⵍⵓ ⵏ ⵍⵍⵓⵣ ⵉⵜⵜⵓⵙⵎⵎⴰⵖⵏ, ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⵜⴰⵎⵎⵏⵜ ⵏ ⵣⵣⵄⵜⵔ."),
        "en": (
            "Almond amlou 300 g",
            "A spread of roasted almonds, argan oil and thyme honey. For breakfast.",
        ),
    },
    "TWZ-ARG-004": {
        "ar": (
            "صابون بالأركان والغاسول",
            "صابون مصنوع على البارد بزيت الأركان وطين الغاسول من الأطلس، 120 غ.",
        ),
        "shi": ("ⵚⵚⴰⴱⵓⵏ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⵓⵖⴰⵙⵓⵍ", "ⵚⵚⴰⴱⵓⵏ ⵙ ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⵓⵖⴰⵙⵓⵍ ⵏ ⵓⴷⵔⴰⵔ, 120 ⴳ."),
        "en": (
            "Argan and ghassoul soap",
            "Cold-process soap with argan oil and ghassoul clay from the Atlas, 120 g.",
        ),
    },
}

CATEGORY_TRANSLATIONS = {
    "Tapis": {"ar": "زرابي", "shi": "ⵉⵣⵔⵉⴱⵏ", "en": "Carpets"},
    "Huiles et cosmétiques": {
        "ar": "زيوت ومستحضرات تجميل",
        "shi": "ⵍⵣⵉⵜ ⴷ ⵉⵙⵏⴼⵍⵏ ⵏ ⵓⴳⵍⵎ",
        "en": "Oils and cosmetics",
    },
}


# The shop's settings (Settings → Shop in the Wagtail admin); the bank account is fictitious.
SHOP_SETTINGS = {
    "free_shipping_threshold": Decimal("3000.00"),
    "bank_name": "Banque Populaire du Maroc (démo)",
    "bank_account_holder": "Tawiza SARL",
    "bank_rib": "190 450 21211 1234567890 12 34",
    "bank_iban": "MA64 1904 5021 2111 2345 6789 0123",
    "bank_swift": "BCPOMAMC",
    "eur_rate": Decimal("10.8500"),
    "usd_rate": Decimal("10.0200"),
}
