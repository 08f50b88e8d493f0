"""Demo stories, the AODS campaign, their taxonomies and the editorial workflow.

Called by ``seed_demo`` after the cooperatives exist. Every step creates what is missing and
leaves the rest alone, so a second run writes nothing (no new revision, no log entry).
"""

import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from oscar.core.loading import get_model

from artisans.models import ArtisanPage, CooperativePage
from artisans.snippets import Craft, Region
from stories.models import (
    CampaignIndexPage,
    CampaignPage,
    DiasporaAssociation,
    StoryIndexPage,
    StoryPage,
)

from . import stories_content as content
from .translation import translate_instance

Product = get_model("catalogue", "Product")

BLOCK_NAMESPACE = uuid.UUID("6f1c2b2e-8d0a-4c55-9a57-2f4a4b0c7d11")


def translations_of(*texts: dict) -> dict[str, dict[str, str]]:
    """{language code: {French: translation}} for texts given as {language code: text} dicts."""
    table: dict[str, dict[str, str]] = {}
    for text in texts:
        for code, value in text.items():
            table.setdefault(code, {})[text["fr"]] = value
    return table


def block_id(*parts) -> str:
    """A stable block id, so the page's translations keep matching its blocks."""
    return str(uuid.uuid5(BLOCK_NAMESPACE, "/".join(str(part) for part in parts)))


def _product_ids(upcs):
    ids = dict(Product.objects.filter(upc__in=upcs).values_list("upc", "pk"))
    return [ids[upc] for upc in upcs if upc in ids]


def _product_grid(key, heading, upcs):
    return {
        "type": "product_grid",
        "id": block_id(key, "grid"),
        "value": {
            "heading": heading,
            "products": [
                {"type": "item", "value": pk, "id": block_id(key, "grid", pk)}
                for pk in _product_ids(upcs)
            ],
        },
    }


class StoriesSeeder:
    """Builds the editorial demo content with the seed command's own helpers."""

    def __init__(self, command, homes, locales):
        self.command = command
        self.homes = homes
        self.locales = locales

    def run(self, create_accounts: bool):
        crafts = {data["slug"]: self.ensure_snippet(Craft, data) for data in content.CRAFTS}
        regions = {data["slug"]: self.ensure_snippet(Region, data) for data in content.REGIONS}
        story_index = self.ensure_index(StoryIndexPage, content.STORY_INDEX)
        for data in content.STORIES:
            self.ensure_story(data, story_index, crafts, regions)
        association = self.ensure_association()
        campaign_index = self.ensure_index(CampaignIndexPage, content.CAMPAIGN_INDEX)
        self.ensure_campaign(content.CAMPAIGN, campaign_index, association)
        # The review workflow and the diaspora editors' rights on the campaign index came
        # with the indexes (site/roles.py).
        self.ensure_association_editors(association, create_accounts)

    # Translation ---------------------------------------------------------------------------

    def translate_snippet(self, instance, table):
        for code, locale in self.locales.items():
            if code != settings.LANGUAGE_CODE and instance.get_translation_or_none(locale) is None:
                translate_instance(instance, locale, table.get(code, {}))

    # Taxonomies ----------------------------------------------------------------------------

    def ensure_snippet(self, model, data):
        french = self.locales[settings.LANGUAGE_CODE]
        instance = model.objects.filter(slug=data["slug"], locale=french).first()
        if instance is None:
            instance = model.objects.create(
                slug=data["slug"], name=data["name"]["fr"], locale=french
            )
        self.translate_snippet(instance, translations_of(data["name"]))
        return instance

    def ensure_association(self):
        data = content.ASSOCIATION
        french = self.locales[settings.LANGUAGE_CODE]
        association = DiasporaAssociation.objects.filter(slug=data["slug"], locale=french).first()
        if association is None:
            association = DiasporaAssociation.objects.create(
                slug=data["slug"],
                locale=french,
                name=data["name"]["fr"],
                city=data["city"]["fr"],
                country=data["country"]["fr"],
                description=data["description"]["fr"],
            )
        self.translate_snippet(
            association,
            translations_of(data["name"], data["city"], data["country"], data["description"]),
        )
        return association

    # Pages ---------------------------------------------------------------------------------

    def ensure_index(self, model, data):
        index = model.objects.child_of(self.homes["fr"]).first()
        if index is None:
            index = model(title=data["title"]["fr"], slug=data["slug"], intro=data["intro"]["fr"])
            self.homes["fr"].add_child(instance=index)
            index.save_revision().publish()
        self.command.translate(index, self.locales, translations_of(data["title"], data["intro"]))
        return index

    def story_body(self, data):
        key = data["slug"]
        kind, palette = data["picture"]
        picture = self.command.image(data["title"]["fr"], kind, palette)
        body = [
            {
                "type": "paragraph",
                "id": block_id(key, "p", 0),
                "value": f"<p>{data['paragraphs'][0]['fr']}</p>",
            },
            {
                "type": "image",
                "id": block_id(key, "image"),
                "value": {
                    "image": {
                        "image": picture.pk,
                        "alt_text": data["alt"]["fr"],
                        "decorative": False,
                    },
                    "caption": data["caption"]["fr"],
                    "credit": "Tawiza",
                },
            },
            {
                "type": "quote",
                "id": block_id(key, "quote"),
                "value": {
                    "text": data["quote"]["text"]["fr"],
                    "attribution": data["quote"]["attribution"]["fr"],
                },
            },
        ]
        body += [
            {"type": "paragraph", "id": block_id(key, "p", n), "value": f"<p>{text['fr']}</p>"}
            for n, text in enumerate(data["paragraphs"][1:], start=1)
        ]
        if data["artisan"]:
            artisan = ArtisanPage.objects.get(slug=data["artisan"], locale=self.locales["fr"])
            body.append(
                {
                    "type": "artisan",
                    "id": block_id(key, "artisan"),
                    "value": {"artisan": artisan.pk, "note": ""},
                }
            )
        if data["products"]:
            body.append(_product_grid(key, data["grid_heading"]["fr"], data["products"]))
        if data["cooperative"]:
            cooperative = CooperativePage.objects.get(
                slug=data["cooperative"], locale=self.locales["fr"]
            )
            body.append(
                {
                    "type": "call_to_action",
                    "id": block_id(key, "cta"),
                    "value": {
                        "text": content.CALL_TO_ACTION["text"]["fr"],
                        "button_label": content.CALL_TO_ACTION["button_label"]["fr"],
                        "page": cooperative.pk,
                        "url": "",
                    },
                }
            )
        return body, picture

    def story_texts(self, data):
        texts = [data["title"], data["summary"], data["caption"], data["alt"]]
        texts += data["paragraphs"]
        texts += [data["quote"]["text"], data["quote"]["attribution"]]
        texts.append(content.AUTHORS[data["author"]])
        texts += list(content.CALL_TO_ACTION.values())
        if data["grid_heading"]:
            texts.append(data["grid_heading"])
        return texts

    def ensure_story(self, data, index, crafts, regions):
        story = StoryPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if story is None:
            body, picture = self.story_body(data)
            story = StoryPage(
                title=data["title"]["fr"],
                slug=data["slug"],
                author=data["author"],
                date=data["date"],
                summary=data["summary"]["fr"],
                hero_image=picture,
                body=body,
            )
            story.crafts = [crafts[data["craft"]]]
            story.regions = [regions[data["region"]]]
            if data["cooperative"]:
                story.related_cooperatives = CooperativePage.objects.filter(
                    slug=data["cooperative"], locale=self.locales["fr"]
                )
            if data["artisan"]:
                story.related_artisans = ArtisanPage.objects.filter(
                    slug=data["artisan"], locale=self.locales["fr"]
                )
            story.tags.add(*data["tags"])
            index.add_child(instance=story)
            story.save_revision().publish()
        self.command.translate(story, self.locales, translations_of(*self.story_texts(data)))
        return story

    def ensure_campaign(self, data, index, association):
        campaign = CampaignPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if campaign is None:
            kind, palette = data["picture"]
            key = data["slug"]
            campaign = CampaignPage(
                title=data["title"]["fr"],
                slug=key,
                association=association,
                goal_amount=data["goal_amount"],
                offer_benefit=data["offer_benefit"],
                voucher_code=data["voucher_code"],
                start_date=data["start_date"],
                end_date=data["end_date"],
                summary=data["summary"]["fr"],
                hero_image=self.command.image(data["title"]["fr"], kind, palette, (1600, 700)),
                body=[
                    {
                        "type": "paragraph",
                        "id": block_id(key, "p", 0),
                        "value": f"<p>{data['paragraph']['fr']}</p>",
                    }
                ],
                featured_products=[
                    _product_grid(key, data["grid_heading"]["fr"], data["products"])
                    | {"type": "products"}
                ],
            )
            campaign.cooperatives = CooperativePage.objects.filter(
                slug=data["cooperative"], locale=self.locales["fr"]
            )
            index.add_child(instance=campaign)
            campaign.save_revision().publish()
        self.command.translate(
            campaign,
            self.locales,
            translations_of(
                data["title"], data["summary"], data["paragraph"], data["grid_heading"]
            ),
        )
        return campaign

    # Accounts ------------------------------------------------------------------------------

    def ensure_association_editors(self, association, create_accounts):
        """The demo diaspora account edits the AODS campaigns (stories/permissions.py)."""
        if create_accounts:
            editor = get_user_model().objects.get(username="diaspora-aods")
            association.editors.add(editor)
