"""An editor writes a story in the Wagtail admin, translates it with wagtail-localize and
publishes the translation; readers of that language see it live."""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from stories.pages import StoryIndexPage, StoryPage

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("committed")]

TRANSLATIONS = {
    "ar": {
        "title": "صباغات تيزنيت",
        "author": "ليلى بنعلي",
        "summary": "في سوق تيزنيت، تحفظ ثلاث صباغات سر الأزرق النيلي.",
    },
    "shi": {
        "title": "ⵜⵉⵎⵖⴰⵔⵉⵏ ⵏ ⵜⵉⵣⵏⵉⵜ ⵍⵍⵉ ⵉⵙⴱⵖⵏ",
        "author": "ⵍⴰⵢⵍⴰ ⴱⵏⵄⵍⵉ",
        "summary": "ⴳ ⵙⵙⵓⵇ ⵏ ⵜⵉⵣⵏⵉⵜ, ⴽⵕⴰⴹ ⵜⵎⵖⴰⵔⵉⵏ ⴰⴷ ⵉⵃⴹⴰⵏⵜ ⴰⵙⵔⴰⵔ ⵏ ⵓⵏⵉⵍⵉ.",
    },
    "en": {
        "title": "The dyers of Tiznit",
        "author": "Leïla Benali",
        "summary": "In the souk of Tiznit, three dyers keep the secret of indigo blue.",
    },
}


@pytest.fixture
def editor_can_log_in(settings):
    """The demo accounts log in only with DEBUG on (tawiza.auth)."""
    settings.DEBUG = True


@pytest.fixture
def new_story_title():
    """The French title the editor types; the story and its translations are deleted after."""
    title = "Les teinturières de Tiznit"
    yield title
    for page in StoryPage.objects.filter(title=title, locale__language_code="fr"):
        TranslationSource.objects.filter(object_id=page.translation_key).delete()
        for copy in Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk):
            copy.delete()
        page.delete()


def log_in(page):
    page.goto("/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "tawiza-demo")
    with page.expect_navigation():
        page.locator("form [type=submit]").click()
    assert "/admin/login/" not in page.url


@pytest.mark.usefixtures("editor_can_log_in")
@pytest.mark.parametrize("language", ["ar", "shi", "en"])
def test_an_editor_writes_a_story_translates_it_and_readers_see_it_live(
    open_site, new_story_title, language
):
    site = open_site()
    page = site.page
    log_in(page)

    # Write and publish the French story.
    index = StoryIndexPage.objects.get(locale__language_code="fr")
    page.goto(f"/admin/pages/add/stories/storypage/{index.pk}/")
    page.fill("#id_title", new_story_title)
    page.fill("#id_author", "Leïla Benali")
    page.fill("#id_date", "2026-11-20")
    page.fill("#id_summary", "Au souk de Tiznit, trois teinturières gardent le secret de l'indigo.")
    with page.expect_navigation():
        # "Publish" sits in the action menu's dropdown, under "Save draft".
        page.get_by_role("button", name="More actions").click()
        page.locator("button[name=action-publish]").click()
    story = StoryPage.objects.get(title=new_story_title, locale__language_code="fr")
    assert story.live

    # Translate it with wagtail-localize.
    locale = Locale.objects.get(language_code=language)
    page.goto(f"/admin/localize/submit/page/{story.pk}/")
    page.check(f"input[name=locales][value='{locale.pk}']")
    with page.expect_navigation():
        page.locator("main form [type=submit]").click()
    for text in TRANSLATIONS[language].values():  # title, author, summary: the page's order
        page.get_by_role("button", name="Translate", exact=True).first.click()
        page.locator("textarea").first.fill(text)
        page.get_by_role("button", name="Save", exact=True).first.click()
        page.get_by_role("button", name="Save", exact=True).wait_for(state="detached")
    site.screenshot(language, "journey-editor-translation")
    with page.expect_navigation():
        page.locator("button:has-text('Publish in')").click()

    # Readers of that language see it.
    translated = StoryPage.objects.get(translation_key=story.translation_key, locale=locale)
    assert translated.live and translated.alias_of_id is None
    reader = open_site()
    reader.open(translated.url)
    assert reader.page.locator("h1").first.inner_text() == TRANSLATIONS[language]["title"]
    assert TRANSLATIONS[language]["summary"] in reader.page.locator("main").inner_text()
    assert reader.page.locator("html").get_attribute("lang") == language
    reader.screenshot(language, "journey-editor-story-live")
