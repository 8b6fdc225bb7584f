"""Public HTML is sent gzip-compressed to clients that accept it (issue 17), with `Vary:
Accept-Encoding`; pages that carry a CSRF token and responses to signed-in users are not
compressed (BREACH, security/compression.py)."""

import gzip

from django.conf import settings

import pytest

from home.factories import FormFieldFactory, FormPageFactory

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
