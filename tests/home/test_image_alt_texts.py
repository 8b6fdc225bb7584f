"""Image alt texts in the body are translated with the page (issue 15, item 6): wagtail-localize
extracts an ImageBlock's alt text as a segment of the page, so a translator translates it like
any other text; an image block without an alt text of its own shows the image's title, which is
German only, and the image then carries lang="de" on a translated page."""

from django.core.files.base import ContentFile

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

import pytest
from bs4 import BeautifulSoup

from home.factories import StandardPageFactory
from images.factories import CustomImageFactory, make_image_bytes

pytestmark = pytest.mark.django_db

ALT = "Zwei Polizistinnen am Stand des Beirats"
ARABIC_ALT = "شرطيتان عند جناح المجلس الاستشاري"


def image(title):
    return CustomImageFactory(
        title=title, file=ContentFile(make_image_bytes(size=(64, 36)), name="bild.jpg")
    )


def image_block(picture, alt_text):
    return {
        "type": "image",
        "value": {"image": picture.pk, "decorative": False, "alt_text": alt_text},
    }


@pytest.fixture
def page(home_page):
    return StandardPageFactory(
        parent=home_page,
        title="Unser Stand",
        slug="stand",
        body=[
            image_block(image("Stand auf dem Kornmarkt"), ALT),
            image_block(image("Fahrradcodierung am Stand"), ""),
        ],
        publish=True,
    )


def translate_synced(page, code, texts):
    """An editor's wagtail-localize translation of `page`: the given texts, German elsewhere."""
    locale = Locale.objects.get_or_create(language_code=code)[0]
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(source=source, target_locale=locale, enabled=True)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if segment.string.data in texts:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=StringValue.from_plaintext(texts[segment.string.data]).data,
            )
    source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True, fallback=True
    )
    target = source.get_translated_instance(locale)
    target.get_latest_revision().publish()
    target.refresh_from_db()
    return target


def images_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select(".site-stream img")


def test_the_alt_text_of_an_image_block_is_a_segment_of_the_page(page):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    by_text = {segment.string.data: segment.context.path for segment in segments}
    assert by_text[ALT].startswith("body.") and by_text[ALT].endswith(".alt_text")


def test_a_translated_page_shows_the_translated_alt_text(client, page, arabic_home):
    arabic = translate_synced(page, "ar", {"Unser Stand": "جناحنا", ALT: ARABIC_ALT})
    translated, fallback = images_of(client, arabic)

    assert translated["alt"] == ARABIC_ALT and not translated.has_attr("lang")
    # No alt text of its own: the image's German title, marked as German.
    assert fallback["alt"] == "Fahrradcodierung am Stand"
    assert (fallback["lang"], fallback["dir"]) == ("de", "ltr")


def test_the_german_page_marks_nothing(client, page):
    for img in images_of(client, page):
        assert not img.has_attr("lang")
