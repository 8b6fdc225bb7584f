"""Public HTML is sent gzip-compressed to clients that accept it (issue 17), with `Vary:
Accept-Encoding`; pages that carry a CSRF token and responses to signed-in users are not
compressed (BREACH, security/compression.py)."""

import gzip

from django.conf import settings
from django.test import Client

import pytest

from home.factories import FormFieldFactory, FormPageFactory
from prevention.factories import PreventionMaterialFactory

pytestmark = pytest.mark.django_db

GZIP = {"accept-encoding": "gzip, deflate, br"}


def test_a_public_page_is_compressed_for_clients_that_accept_it(client, home_page):
    plain = client.get("/de/")
    assert "Content-Encoding" not in plain
    assert "Accept-Encoding" in plain["Vary"]

    compressed = client.get("/de/", headers=GZIP)
    assert compressed.status_code == 200
    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert gzip.decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content) / 2


def test_a_page_with_a_csrf_token_is_not_compressed(client, home_page):
    form = FormPageFactory(parent=home_page, title="Kontakt", slug="kontakt", publish=True)
    FormFieldFactory(page=form, label="Ihre Nachricht", field_type="multiline")
    response = client.get("/de/kontakt/", headers=GZIP)
    assert response.status_code == 200
    assert b"csrfmiddlewaretoken" in response.content
    assert "Content-Encoding" not in response


def test_a_signed_in_user_gets_no_compressed_pages(admin_client, home_page):
    assert settings.SESSION_COOKIE_NAME in admin_client.cookies
    assert "Content-Encoding" not in admin_client.get("/de/", headers=GZIP)
    assert "Content-Encoding" not in admin_client.get("/admin/", headers=GZIP)


def test_a_download_carries_no_content_encoding(client, django_user_model):
    # Wagtail's document view wrote the guessed encoding of the file name, None, as the text
    # "None" (issue 19); a download is the stored file, never re-compressed.
    material = PreventionMaterialFactory(title="Flyer Enkeltrick", languages=["de"])
    document = material.files.get().document
    with document.file.open() as f:
        stored = f.read()
    editor = Client()
    editor.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))
    for visitor in (client, editor):
        for headers in ({}, GZIP):
            response = visitor.get(document.url, headers=headers)
            assert response.status_code == 200
            assert "Content-Encoding" not in response, response.get("Content-Encoding")
            assert b"".join(response.streaming_content) == stored
            assert response["Content-Disposition"].startswith("attachment")
