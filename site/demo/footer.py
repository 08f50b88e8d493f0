"""The demo site footer (site/models.py: SiteFooter), in French and translated through
wagtail-localize into Arabic, Tachelhit and English, as an editor would."""

from django.conf import settings

from tawiza.demo.translation import translate_instance
from tawiza.models import SiteFooter

CONTACT_EMAIL = "bonjour@tawiza.example"
CONTACT_PHONE = "+212 528 00 00 00"

# {field: {language: text}}; the French text is the source.
TEXTS = {
    "contact_hours": {
        "fr": "Du lundi au samedi, de 9 h à 18 h (heure du Maroc)",
        "ar": "من الاثنين إلى السبت، من الساعة 9 صباحًا إلى 6 مساءً (بتوقيت المغرب)",
        "shi": "ⵙⴳ ⵡⴰⵢⵏⴰⵙ ⴰⵔ ⴰⵙⵉⴹⵢⴰⵙ, ⵙⴳ 9 ⴰⵔ 18 (ⴰⴽⵓⴷ ⵏ ⵍⵎⵖⵔⵉⴱ)",
        "en": "Monday to Saturday, 9 am to 6 pm (Morocco time)",
    },
    "contact_address": {
        "fr": "Tawiza, 12 rue Oued Souss, 80060 Agadir, Maroc",
        "ar": "تاويزا، 12 زنقة واد سوس، 80060 أكادير، المغرب",
        "shi": "ⵜⴰⵡⵉⵣⴰ, 12 ⴰⵖⴰⵔⴰⵙ ⵏ ⵡⴰⵙⵉⴼ ⵏ ⵙⵓⵙ, 80060 ⴰⴳⴰⴷⵉⵔ, ⵍⵎⵖⵔⵉⴱ",
        "en": "Tawiza, 12 rue Oued Souss, 80060 Agadir, Morocco",
    },
    "delivery_and_returns": {
        "fr": (
            "Livraison partout au Maroc en 2 à 5 jours ouvrés, en Europe et dans le reste du "
            "monde en 7 à 15 jours ; le prix de la livraison est affiché avant que vous "
            "commandiez. Une pièce qui ne vous convient pas peut être renvoyée dans les 14 jours "
            "qui suivent sa réception, dans son état d'origine : écrivez-nous, nous vous disons "
            "comment la renvoyer, et vous êtes remboursé dans les 14 jours qui suivent son retour."
        ),
        "ar": (
            "التوصيل إلى جميع أنحاء المغرب خلال 2 إلى 5 أيام عمل، وإلى أوروبا وباقي العالم خلال "
            "7 إلى 15 يومًا؛ ويظهر ثمن التوصيل قبل تأكيد طلبك. يمكنك إرجاع القطعة التي لا تناسبك "
            "خلال 14 يومًا من استلامها، بحالتها الأصلية: راسلنا ونخبرك بطريقة إرجاعها، ويُرَدّ "
            "إليك المبلغ خلال 14 يومًا من وصولها إلينا."
        ),
        "shi": (
            "ⴰⵙⵉⵡⴹ ⵙ ⴽⵓⵍⵍⵓ ⵍⵎⵖⵔⵉⴱ ⴳ 2 ⴰⵔ 5 ⵡⵓⵙⵙⴰⵏ ⵏ ⵜⵡⵓⵔⵉ, ⵙ ⵓⵔⵓⴱⴱⴰ ⴷ ⵎⴰⵙ ⵉⴳⵔⵙⵏ ⵏ ⵓⵎⴰⴹⴰⵍ "
            "ⴳ 7 ⴰⵔ 15 ⵏ ⵡⵓⵙⵙⴰⵏ; ⴰⵜⵉⴳ ⵏ ⵓⵙⵉⵡⴹ ⵉⵜⵜⴱⴰⵢⴰⵏ ⴷⴰⵜ ⴰⴷ ⵜⵙⵙⵓⵜⵔⴷ. ⵜⵥⴹⴰⵕⴷ ⴰⴷ ⵜⵔⴰⵔⴷ "
            "ⴰⵎⵙⴽⴰⵔ ⵏⵏⴰ ⵓⵔ ⴰⴽ ⵉⵖⵓⴷⴰⵏ ⴳ 14 ⵏ ⵡⵓⵙⵙⴰⵏ ⴹⴰⵔ ⵏ ⵎⴰ ⵜ ⵜⴰⵎⵥⴷ, ⵉⵍⵍⴰ ⵖⵎⴽ ⵏⵏⴰ ⵉⵍⵍⴰ: "
            "ⴰⵔⵓ ⴰⵖ, ⴰⴷ ⴰⴽ ⵏⵉⵏⵉ ⵎⴰⵎⴽ ⴰⵜ ⵜⵔⴰⵔⴷ, ⴰⵔ ⴰⴽ ⵏⵙⵙⵓⵔⵔⵉ ⵉⴷⵔⵉⵎⵏ ⵏⵏⴽ ⴳ 14 ⵏ ⵡⵓⵙⵙⴰⵏ ⴹⴰⵔ ⵏ "
            "ⵓⵖⵓⵍ ⵏⵏⵙ."
        ),
        "en": (
            "Delivery anywhere in Morocco in 2 to 5 working days, to Europe and the rest of the "
            "world in 7 to 15 days; the delivery price is shown before you order. A piece that "
            "does not suit you can be sent back within 14 days of receiving it, as it came: "
            "write to us, we tell you how to send it back, and you are refunded within 14 days "
            "of its return."
        ),
    },
    "payment_methods": {
        "fr": (
            "Paiement à la livraison, en espèces (au Maroc), ou par virement bancaire : les "
            "coordonnées du compte vous sont données à la fin de la commande. Aucun numéro de "
            "carte bancaire n'est demandé sur ce site."
        ),
        "ar": (
            "الدفع عند الاستلام نقدًا (داخل المغرب)، أو بتحويل بنكي: تُعطى لك معلومات الحساب في "
            "نهاية الطلب. لا يُطلب منك أي رقم بطاقة بنكية على هذا الموقع."
        ),
        "shi": (
            "ⴰⵅⵍⵍⵚ ⴳ ⵓⵙⵉⵡⴹ, ⵙ ⵉⴷⵔⵉⵎⵏ (ⴳ ⵍⵎⵖⵔⵉⴱ), ⵏⵖ ⵙ ⵓⵙⵎⵓⵜⵜⵉ ⵏ ⵍⴱⴰⵏⴽ: ⵉⵏⵖⵎⵉⵙⵏ ⵏ ⵓⵎⵉⴹⴰⵏ "
            "ⴰⴷ ⴰⴽ ⵏⴼⴽ ⴳ ⵜⴳⵉⵔⴰ ⵏ ⵜⵓⵜⵔⴰ. ⵓⵔ ⴰⴽ ⵏⵙⵙⵓⵜⵓⵔ ⵢⴰⵜ ⵜⵓⵟⵟⵓⵏⵜ ⵏ ⵜⴽⴰⵔⴹⴰ ⵏ ⵍⴱⴰⵏⴽ ⴳ ⵓⵙⵉⵜ ⴰⴷ."
        ),
        "en": (
            "Cash on delivery (in Morocco), or bank transfer: the account details are given at "
            "the end of your order. No card number is ever asked for on this site."
        ),
    },
    "legal_notice": {
        "fr": (
            "Tawiza met en relation les acheteurs et les coopératives artisanales. Chaque "
            "coopérative vend elle-même ses pièces : son nom figure sur la page du produit et "
            "sur la commande. La part de chaque prix qui revient à Tawiza est affichée sur la "
            "page du produit."
        ),
        "ar": (
            "تاويزا منصة تربط المشترين بالتعاونيات الحرفية. كل تعاونية تبيع قطعها بنفسها: يظهر "
            "اسمها في صفحة المنتج وفي الطلب. ويظهر نصيب تاويزا من كل ثمن في صفحة المنتج."
        ),
        "shi": (
            "ⵜⴰⵡⵉⵣⴰ ⴰⵔ ⵜⵙⵎⵓⵏ ⵉⵎⵙⵖⴰⵏ ⴷ ⵜⵎⵔⵙⴰⵍ ⵏ ⵉⵎⵥⵍⴰⵢ. ⴽⵓ ⵜⴰⵎⵔⵙⴰⵍⵜ ⴰⵔ ⵜⵣⵏⵣⴰ ⵉⵎⵙⴽⴰⵔⵏ ⵏⵏⵙ ⵙ "
            "ⵉⵅⴼ ⵏⵏⵙ: ⵉⵙⵎ ⵏⵏⵙ ⵉⵍⵍⴰ ⴳ ⵜⴰⵙⵏⴰ ⵏ ⵓⵎⵙⴽⴰⵔ ⴷ ⴳ ⵜⵓⵜⵔⴰ. ⴰⴼⵔⴰⴳ ⵏ ⵜⴰⵡⵉⵣⴰ ⴳ ⴽⵓ ⴰⵜⵉⴳ "
            "ⵉⵜⵜⴱⴰⵢⴰⵏ ⴳ ⵜⴰⵙⵏⴰ ⵏ ⵓⵎⵙⴽⴰⵔ."
        ),
        "en": (
            "Tawiza puts buyers in touch with artisan cooperatives. Each cooperative sells its "
            "own pieces: its name is on the product page and on the order. The share of each "
            "price that goes to Tawiza is shown on the product page."
        ),
    },
}


def ensure_site_footer(locales):
    """The French footer, then its translations; an existing one is left as staff edited it."""
    source_locale = locales[settings.LANGUAGE_CODE]
    footer = SiteFooter.objects.filter(locale=source_locale).first()
    if footer is None:
        footer = SiteFooter.objects.create(
            locale=source_locale,
            contact_email=CONTACT_EMAIL,
            contact_phone=CONTACT_PHONE,
            **{field: texts[settings.LANGUAGE_CODE] for field, texts in TEXTS.items()},
        )
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE and not footer.has_translation(locale):
            translate_instance(
                footer, locale, {texts["fr"]: texts[code] for texts in TEXTS.values()}
            )
    return footer
