"""The 500 page must render when the database is the thing that failed; a form sent without
its CSRF cookie gets a page in the site frame."""

from django.test import Client, RequestFactory
from django.utils import translation
from django.utils.translation import gettext
from django.views.defaults import server_error

from wagtail.contrib.forms.models import FormSubmission

import pytest
from bs4 import BeautifulSoup

from home.factories import FormFieldFactory, FormPageFactory
from tests.conftest import translate


def test_the_500_page_renders_without_a_database():
    # No db fixture: pytest-django makes any database access raise here.
    response = server_error(RequestFactory().get("/de/"))

    assert response.status_code == 500
    content = response.content.decode()
    assert '<html lang="de" dir="ltr">' in content
    assert "110" in content and "112" in content


@pytest.mark.parametrize("language", ["de", "ar"])
def test_a_form_sent_without_its_csrf_cookie_gets_a_page_in_the_site_frame(
    home_page, arabic_home, language
):
    # A browser that blocks cookies, or a form left open until its token expired: Django's
    # own page is English, unstyled and without the emergency numbers (issue 19).
    german_form = FormPageFactory(parent=home_page, title="Kontakt", slug="kontakt", publish=True)
    FormFieldFactory(page=german_form, label="Ihre Nachricht", field_type="multiline")
    form = german_form if language == "de" else translate(german_form, "ar", title="تواصلوا معنا")
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(form.url, {"ihre_nachricht": "Hallo"})

    assert response.status_code == 403
    assert "no-store" in response["Cache-Control"]
    soup = BeautifulSoup(response.content, "html.parser")
    html = soup.find("html")
    assert html["lang"] == language
    assert html["dir"] == ("rtl" if language == "ar" else "ltr")
    assert soup.select_one("header.site-header nav") is not None  # the site frame
    main = soup.find("main")
    with translation.override(language):
        assert main.find("h1").get_text(strip=True) == gettext("Your form could not be sent")
        assert gettext("Not for emergencies: call 110.") in main.get_text()
    assert main.select_one('a[href="tel:110"]') is not None
    assert main.select_one(f'a[href="{form.url}"]') is not None  # back to the form
    assert "CSRF" not in response.content.decode()
    assert not FormSubmission.objects.exists()
