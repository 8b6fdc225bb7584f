"""Media under the joint approval: an image or document that live content shows is read-only for
editors (every admin route refuses, with a German explanation, and changes nothing), while
administrators may still change it (audited); media no live content uses reach only editors and
draft-link reviewers, never anonymous visitors."""

import re

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.documents.models import Document
from wagtail.models import Collection, ModelLogEntry

import pytest

from editorial.files.guard import LOG_ACTION, live_users, locked_message
from editorial.models import ShareLink
from editorial.setup import COLLECTION_POLICE
from home.factories import paragraphs
from images.factories import CustomImageFactory, DocumentFactory, make_image_bytes
from images.models import CustomImage
from news.factories import NewsPageFactory
from prevention.factories import PreventionMaterialFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_caches():
    """Wagtail caches renditions; an earlier test's (rolled back) image may share an id."""
    cache.clear()


@pytest.fixture
def police_collection(editorial):
    return Collection.objects.get(name=COLLECTION_POLICE)


@pytest.fixture
def image(police_collection):
    return CustomImageFactory(
        collection=police_collection, title="Kornmarkt bei Nacht", credit="Foto: PI Bad Kreuznach"
    )


@pytest.fixture
def live_page(news_index, partners, image):
    """A live news item showing the image."""
    return NewsPageFactory(parent=news_index, title="Meldung mit Bild", image=image, publish=True)


@pytest.fixture
def document(police_collection):
    return DocumentFactory(collection=police_collection, title="Flyer Telefonbetrug")


def download_body(document):
    return [
        *paragraphs("Zum Herunterladen:"),
        ("download", {"document": document, "title": ""}),
    ]


@pytest.fixture
def live_download_page(news_index, partners, document):
    return NewsPageFactory(
        parent=news_index,
        title="Meldung mit Flyer",
        body=download_body(document),
        publish=True,
    )


def german_message(obj):
    with translation.override("de"):
        return locked_message(obj)


def error_messages(response):
    return [str(m).strip() for m in get_messages(response.wsgi_request)]


def image_form(image, **changes):
    data = {
        "title": image.title,
        "collection": image.collection_id,
        "tags": "",
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
        "credit": image.credit,
        "licence": image.licence,
        "consent_note": "",
    }
    data.update(changes)
    return data


def image_state(image):
    image.refresh_from_db()
    with image.file.open() as f:
        return image.title, image.credit, image.file.name, f.read()


# --- Images in the admin ----------------------------------------------------------------------


def test_the_reference_index_sees_the_live_page(live_page, image):
    assert [page.pk for page in live_users(image)] == [live_page.pk]


def test_an_editor_cannot_retitle_recredit_or_replace_an_image_live_content_shows(
    live_page, image, editor_police, client
):
    before = image_state(image)
    client.force_login(editor_police)
    response = client.post(
        reverse("wagtailimages:edit", args=(image.pk,)),
        image_form(
            image,
            title="Anderer Alternativtext",
            credit="Foto: unbekannt",
            file=SimpleUploadedFile("neu.jpg", make_image_bytes("NEU"), "image/jpeg"),
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailimages:index")
    assert german_message(image) in error_messages(response)
    assert "Meldung mit Bild" in german_message(image)
    assert image_state(image) == before


def test_an_editor_cannot_open_delete_or_bulk_delete_it(live_page, image, editor_police, client):
    client.force_login(editor_police)
    opened = client.get(reverse("wagtailimages:edit", args=(image.pk,)))
    assert opened.status_code == 302
    assert german_message(image) in error_messages(opened)

    deleted = client.post(reverse("wagtailimages:delete", args=(image.pk,)))
    assert deleted.status_code == 302
    assert german_message(image) in error_messages(deleted)

    bulk = reverse("wagtail_bulk_action", args=("images", "customimage", "delete"))
    client.post(f"{bulk}?id={image.pk}")
    assert CustomImage.objects.filter(pk=image.pk).exists()


def test_the_multiple_upload_endpoints_refuse_too(live_page, image, editor_police, client):
    before = image_state(image)
    client.force_login(editor_police)
    edited = client.post(
        reverse("wagtailimages:edit_multiple", args=(image.pk,)),
        {f"image-{image.pk}-{key}": value for key, value in image_form(image, title="X").items()},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert edited.status_code == 403
    assert edited.json()["error_message"] == german_message(image)
    deleted = client.post(
        reverse("wagtailimages:delete_multiple", args=(image.pk,)),
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert deleted.status_code == 403
    assert image_state(image) == before


def test_the_permission_policy_itself_refuses(live_page, image, editor_police):
    """Every route that asks Wagtail's policy (bulk actions, listing buttons) is covered."""
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(CustomImage)
    assert not policy.user_has_permission_for_instance(editor_police, "change", image)
    assert not policy.user_has_permission_for_instance(editor_police, "delete", image)
    assert policy.user_has_permission_for_instance(editor_police, "choose", image)


def test_an_editor_can_change_an_image_no_live_content_uses(
    news_index, partners, image, editor_police, client
):
    draft = NewsPageFactory(parent=news_index, image=image, live=False)
    draft.save_revision()
    client.force_login(editor_police)
    response = client.post(
        reverse("wagtailimages:edit", args=(image.pk,)),
        image_form(image, title="Neuer Alternativtext", credit="Foto: Beirat"),
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.title, image.credit) == ("Neuer Alternativtext", "Foto: Beirat")


def test_withdrawing_the_page_unlocks_the_image(live_page, image, editor_police, client):
    live_page.unpublish()
    client.force_login(editor_police)
    client.post(reverse("wagtailimages:edit", args=(image.pk,)), image_form(image, title="Frei"))
    image.refresh_from_db()
    assert image.title == "Frei"


def test_an_administrator_may_change_it_and_it_is_audited(live_page, image, admin_client):
    response = admin_client.post(
        reverse("wagtailimages:edit", args=(image.pk,)),
        image_form(image, title="Korrigierter Alternativtext"),
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.title == "Korrigierter Alternativtext"
    entry = ModelLogEntry.objects.get(action=LOG_ACTION, object_id=str(image.pk))
    assert entry.data["used_by"] == ["Meldung mit Bild"]


# --- Documents in the admin -------------------------------------------------------------------


def document_state(document):
    document.refresh_from_db()
    with document.file.open() as f:
        return document.title, document.file.name, f.read()


def assert_document_locked(document, user, client):
    before = document_state(document)
    client.force_login(user)
    edited = client.post(
        reverse("wagtaildocs:edit", args=(document.pk,)),
        {
            "title": "Anderer Flyer",
            "collection": document.collection_id,
            "tags": "",
            "file": SimpleUploadedFile("anders.txt", b"Anderer Inhalt", "text/plain"),
        },
    )
    assert edited.status_code == 302
    assert german_message(document) in error_messages(edited)
    deleted = client.post(reverse("wagtaildocs:delete", args=(document.pk,)))
    assert deleted.status_code == 302
    multiple = client.post(
        reverse("wagtaildocs:delete_multiple", args=(document.pk,)),
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert multiple.status_code == 403
    bulk = reverse("wagtail_bulk_action", args=("wagtaildocs", "document", "delete"))
    client.post(f"{bulk}?id={document.pk}")
    assert document_state(document) == before


def test_a_document_in_a_live_pages_download_block_is_locked(
    live_download_page, document, editor_police, client
):
    assert "Meldung mit Flyer" in german_message(document)
    assert_document_locked(document, editor_police, client)


def test_the_file_of_a_live_prevention_material_is_locked(police_collection, editor_police, client):
    material = PreventionMaterialFactory(title="Flyer Enkeltrick", languages=["de"])
    document = material.files.get().document
    document.collection = police_collection
    document.save()
    assert material.live
    assert "Flyer Enkeltrick" in german_message(document)
    assert_document_locked(document, editor_police, client)


def test_an_administrator_may_delete_a_used_document_and_it_is_audited(
    live_download_page, document, admin_client
):
    response = admin_client.post(reverse("wagtaildocs:delete", args=(document.pk,)))
    assert response.status_code == 302
    assert not Document.objects.filter(pk=document.pk).exists()
    entry = ModelLogEntry.objects.get(action=LOG_ACTION, object_id=str(document.pk))
    assert entry.data == {"view": "delete", "used_by": ["Meldung mit Flyer"]}


# --- Serving ----------------------------------------------------------------------------------


def test_anonymous_visitors_get_only_documents_live_content_uses(
    live_download_page, police_collection, editor_police, client
):
    used = live_download_page.body[1].value["document"]
    unused = DocumentFactory(collection=police_collection, title="Entwurf eines Flyers")
    assert client.get(used.url).status_code == 200
    assert client.get(unused.url).status_code == 404

    client.force_login(editor_police)
    response = client.get(unused.url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def file_url(image, spec=None):
    return image.get_rendition(spec).url if spec else image.file.url


def test_anonymous_visitors_get_only_images_live_content_uses(
    live_page, image, police_collection, editor_police, client
):
    unused = CustomImageFactory(collection=police_collection, title="Noch geheim")
    for spec in (None, "fill-200x100"):
        assert client.get(file_url(image, spec)).status_code == 200
        assert client.get(file_url(unused, spec)).status_code == 404
    assert client.get("/media/documents/nichts.pdf").status_code == 404
    assert client.get("/media/../config/settings/base.py").status_code == 404

    client.force_login(editor_police)
    for spec in (None, "fill-200x100"):
        response = client.get(file_url(unused, spec))
        assert response.status_code == 200
        assert "private" in response["Cache-Control"]


def test_a_draft_link_shows_its_unpublished_image_and_download(
    news_index, partners, police_collection, editor_police, client
):
    image = CustomImageFactory(collection=police_collection, title="Neues Bild")
    document = DocumentFactory(collection=police_collection, title="Neuer Flyer")
    draft = NewsPageFactory(
        parent=news_index, title="Entwurf", image=image, body=download_body(document), live=False
    )
    revision = draft.save_revision()
    link = ShareLink.objects.create(revision=revision, created_by=editor_police)

    html = client.get(link.get_absolute_url()).content.decode()
    image_urls = re.findall(r'/media/images/[^"\s?]+\?entwurf=[^"\s&]+', html)
    document_urls = re.findall(rf'{document.url}\?entwurf=[^"\s&]+', html)
    assert image_urls and document_urls
    for url in (image_urls[0], document_urls[0]):
        assert client.get(url).status_code == 200
        assert client.get(url.split("?")[0]).status_code == 404  # not without the link
    # The signature belongs to its path: it opens no other file.
    other = CustomImageFactory(collection=police_collection, title="Anderes Bild")
    signature = image_urls[0].split("?")[1]
    assert client.get(f"{file_url(other, 'fill-200x100')}?{signature}").status_code == 404

    link.revoked_at = timezone.now()
    link.save()
    assert client.get(image_urls[0]).status_code == 404
    assert client.get(document_urls[0]).status_code == 404
    assert Document.objects.filter(pk=document.pk).exists()
