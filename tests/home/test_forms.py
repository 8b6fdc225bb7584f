"""The public form pages: a submission is stored and mailed; spam is kept out by a honeypot and
a rate limit per client IP; the page says it is not for emergencies and where crime reports
go; old submissions are deleted; only the form page sets a (CSRF) cookie."""

import datetime
import re
from io import StringIO
from types import SimpleNamespace

from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Site

import django_ratelimit.core
import pytest
from bs4 import BeautifulSoup

from home.factories import FormFieldFactory, FormPageFactory, StandardPageFactory
from home.forms import HONEYPOT_FIELD_NAME, RATE_LIMITED_MESSAGE, check_form_rate_limit
from home.models import FormField, SiteSettings
from partners.factories import PartnerFactory
from tests.conftest import translate

pytestmark = pytest.mark.django_db

REQUIRED_DE = "Dieses Feld muss ausgefüllt werden."  # the project catalogue's wording


@pytest.fixture(autouse=True)
def clear_cache():
    """The rate limit counts in Django's cache: every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def steady_clock(monkeypatch):
    """django-ratelimit counts in fixed windows: a test must not straddle a window's end."""
    monkeypatch.setattr(django_ratelimit.core, "time", SimpleNamespace(time=lambda: 1.8e9))


@pytest.fixture
def contact_form(home_page):
    """The demo's contact form: name (optional), e-mail and message."""
    page = FormPageFactory(
        parent=home_page,
        title="Kontakt",
        slug="kontakt",
        subject="Website: Kontakt",
        to_address="redaktion@example.org",
        thank_you_text="<p>Vielen Dank. Ihre Nachricht ist bei uns angekommen.</p>",
    )
    for order, (label, field_type, required) in enumerate(
        [
            ("Ihr Name", "singleline", False),
            ("Ihre E-Mail-Adresse", "email", True),
            ("Ihre Nachricht", "multiline", True),
        ]
    ):
        FormFieldFactory(
            page=page, label=label, field_type=field_type, required=required, sort_order=order
        )
    return page


def german(message):
    """The German text of a message id (the English id until the catalogue has it)."""
    with translation.override("de"):
        return gettext(str(message))


def valid_data(**overrides):
    data = {
        "ihr_name": "Aylin Demir",
        "ihre_e_mail_adresse": "aylin@example.org",
        "ihre_nachricht": "Wir möchten eine Gesprächsrunde in unserem Verein.",
    }
    data.update(overrides)
    return data


def soup_of(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_a_valid_submission_is_stored_mailed_and_thanked_for(client, contact_form):
    response = client.post(contact_form.url, valid_data())

    assert response.status_code == 200
    assert "Vielen Dank. Ihre Nachricht ist bei uns angekommen." in response.content.decode()
    submission = FormSubmission.objects.get(page=contact_form)
    assert submission.form_data == valid_data()  # no honeypot among the stored data
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["redaktion@example.org"]
    assert message.subject == "Website: Kontakt"
    assert message.reply_to == ["aylin@example.org"]
    assert "Ihre Nachricht: Wir möchten eine Gesprächsrunde in unserem Verein." in message.body
    assert "Ihre E-Mail-Adresse: aylin@example.org" in message.body
    assert "Leave this field empty" not in message.body


def test_without_an_address_on_the_page_the_default_recipient_gets_the_mail(
    client, home_page, settings
):
    page = FormPageFactory(parent=home_page, to_address="", subject="")
    FormFieldFactory(page=page, label="Nachricht", field_type="multiline")
    settings.FORMS_DEFAULT_RECIPIENT = "kontakt@example.org"  # set after the page was saved

    client.post(page.url, {"nachricht": "Hallo"})

    assert FormSubmission.objects.filter(page=page).count() == 1
    assert [m.to for m in mail.outbox] == [["kontakt@example.org"]]
    assert mail.outbox[0].subject == page.title


def test_missing_required_fields_show_german_errors_and_store_nothing(client, contact_form):
    response = client.post(contact_form.url, valid_data(ihre_e_mail_adresse="", ihre_nachricht=""))

    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.title.get_text(strip=True).startswith(f"{german('Error')}: Kontakt")
    summary = soup.find(id="form-errors")
    links = {a["href"]: a.get_text(strip=True) for a in summary.find_all("a")}
    assert links == {
        "#id_ihre_e_mail_adresse": f"Ihre E-Mail-Adresse: {REQUIRED_DE}",
        "#id_ihre_nachricht": f"Ihre Nachricht: {REQUIRED_DE}",
    }
    message = soup.find(id="id_ihre_nachricht")
    assert message["aria-invalid"] == "true"
    assert "id_ihre_nachricht_error" in message["aria-describedby"].split()
    assert REQUIRED_DE in soup.find(id="id_ihre_nachricht_error").get_text()
    assert message.get_text().strip() == ""  # the textarea is empty, the optional name kept:
    assert soup.find(id="id_ihr_name")["value"] == "Aylin Demir"
    assert soup.find("form", method="post").has_attr("novalidate")
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_an_invalid_address_is_reported_in_german(client, contact_form):
    response = client.post(contact_form.url, valid_data(ihre_e_mail_adresse="kein-at-zeichen"))
    assert "Bitte gültige E-Mail-Adresse eingeben." in response.content.decode()
    assert FormSubmission.objects.count() == 0


def test_a_filled_honeypot_stores_and_mails_nothing_but_thanks_as_usual(client, contact_form):
    response = client.post(
        contact_form.url, valid_data(**{HONEYPOT_FIELD_NAME: "https://spam.example"})
    )

    assert response.status_code == 200
    assert "Vielen Dank. Ihre Nachricht ist bei uns angekommen." in response.content.decode()
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_the_honeypot_is_hidden_by_css_labelled_and_out_of_the_tab_order(client, contact_form):
    response = client.get(contact_form.url)
    soup = soup_of(response)
    honeypot = soup.find("input", attrs={"name": HONEYPOT_FIELD_NAME})
    assert honeypot["tabindex"] == "-1"
    assert honeypot["autocomplete"] == "off"
    assert not honeypot.has_attr("required")
    wrapper = honeypot.find_parent("div")
    assert "site-honeypot" in wrapper["class"]
    label = soup.find("label", attrs={"for": honeypot["id"]})
    assert label.get_text(strip=True) == german("Leave this field empty")
    assert soup.find_all(attrs={"style": True}) == []


def test_editors_cannot_give_a_field_the_honeypots_name(contact_form):
    field = FormField(page=contact_form, label="Your website", field_type="singleline")
    with pytest.raises(ValidationError) as error:
        field.full_clean()
    assert "label" in error.value.message_dict


def test_the_sixth_submission_in_the_window_is_refused_with_429(client, contact_form, steady_clock):
    for _ in range(5):
        assert client.post(contact_form.url, valid_data()).status_code == 200
    assert FormSubmission.objects.count() == 5

    response = client.post(contact_form.url, valid_data(ihre_nachricht="Noch eine Nachricht"))

    assert response.status_code == 429
    soup = soup_of(response)
    message = soup.find(id="form-rate-limited").find("p").get_text(strip=True)
    assert message == german(RATE_LIMITED_MESSAGE)
    assert soup.find(id="id_ihre_nachricht").get_text().strip() == "Noch eine Nachricht"
    assert FormSubmission.objects.count() == 5
    assert len(mail.outbox) == 5


def test_the_rate_limit_counts_per_ip_and_per_form(client, contact_form, home_page, steady_clock):
    other_form = FormPageFactory(parent=home_page, title="Barriere melden")
    FormFieldFactory(page=other_form, label="Beschreibung", field_type="multiline")
    for _ in range(6):
        client.post(contact_form.url, valid_data())

    assert client.post(other_form.url, {"beschreibung": "Kontrast"}).status_code == 200
    other_ip = client.post(contact_form.url, valid_data(), REMOTE_ADDR="192.0.2.7")
    assert other_ip.status_code == 200
    assert FormSubmission.objects.count() == 7


def test_the_rate_limit_can_be_switched_off(client, contact_form, settings):
    settings.FORM_RATE_LIMIT = ""
    for _ in range(7):
        assert client.post(contact_form.url, valid_data()).status_code == 200
    assert FormSubmission.objects.count() == 7


@pytest.mark.parametrize(("rate", "errors"), [("5/10m", 0), ("", 0), ("5 per minute", 1)])
def test_a_malformed_rate_limit_is_reported_at_start(settings, rate, errors):
    settings.FORM_RATE_LIMIT = rate
    assert len(check_form_rate_limit(None)) == errors


def test_the_page_says_it_is_not_for_emergencies_and_links_the_onlinewache(client, contact_form):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.onlinewache_url = "https://www.polizei.rlp.de/onlinewache-test"
    site_settings.save()

    soup = soup_of(client.get(contact_form.url))

    notice = soup.find(class_="site-form-notice")
    form = soup.find("form", method="post")
    # Above the form, in the document order that screen readers follow.
    assert notice in form.find_all_previous("section")
    text = " ".join(notice.get_text(" ").split())
    assert "Nicht für Notfälle – im Notfall wählen Sie die 110." in text
    assert "112" in text
    assert {a["href"] for a in notice.find_all("a")} == {
        "tel:110",
        "tel:112",
        "https://www.polizei.rlp.de/onlinewache-test",
    }


def test_inputs_carry_text_direction_and_no_inline_style_or_script(client, contact_form):
    html = client.get(contact_form.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")

    assert soup.find(id="id_ihre_e_mail_adresse")["dir"] == "ltr"
    assert soup.find(id="id_ihr_name")["dir"] == "auto"
    assert soup.find(id="id_ihre_nachricht")["dir"] == "auto"
    assert "style=" not in html
    # No inline script; the one script is our static file that fills the print date.
    scripts = [s for s in soup.find_all("script") if s.get("type") != "application/ld+json"]
    assert all(s.get("src", "").startswith("/static/") and not s.string for s in scripts)
    optional = soup.find("label", attrs={"for": "id_ihr_name"})
    assert optional.find(class_="kern-label__optional") is not None


def test_only_the_form_page_sets_a_cookie_and_never_a_session(contact_form, home_page):
    client = Client(enforce_csrf_checks=True)

    assert not client.get(home_page.url).cookies

    page = client.get(contact_form.url)
    assert set(page.cookies) == {"csrftoken"}
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]

    thanks = client.post(contact_form.url, {**valid_data(), "csrfmiddlewaretoken": token})
    assert thanks.status_code == 200
    assert not thanks.cookies  # the thank-you page sets no cookie at all
    assert "sessionid" not in client.cookies
    assert FormSubmission.objects.count() == 1

    standard = StandardPageFactory(parent=home_page, title="Impressum")
    assert not Client().get(standard.url).cookies


def make_submission(page, days_old):
    submission = FormSubmission.objects.create(page=page, form_data={"nachricht": "alt"})
    FormSubmission.objects.filter(pk=submission.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=days_old)
    )
    return submission


def run(*args, **kwargs):
    out = StringIO()
    call_command("delete_old_form_submissions", *args, stdout=out, **kwargs)
    return out.getvalue()


def test_the_retention_command_deletes_only_old_submissions(contact_form, settings):
    settings.FORM_SUBMISSION_RETENTION_DAYS = 90
    old = make_submission(contact_form, days_old=91)
    recent = make_submission(contact_form, days_old=89)

    output = run()

    assert "Deleted 1 form submission(s) older than 90 days" in output
    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not FormSubmission.objects.filter(pk=old.pk).exists()


def test_the_retention_command_takes_days_and_a_dry_run(contact_form):
    make_submission(contact_form, days_old=40)
    make_submission(contact_form, days_old=10)

    output = run("--days", "30", "--dry-run")
    assert "Dry run: 1 form submission(s) older than 30 days" in output
    assert "nothing was deleted" in output
    assert FormSubmission.objects.count() == 2

    assert "Deleted 1 form submission(s) older than 30 days" in run("--days=30")
    assert FormSubmission.objects.count() == 1


@pytest.mark.parametrize("days", ["0", "-5", "abc", "1.5", ""])
def test_the_retention_command_rejects_bad_days(contact_form, days):
    make_submission(contact_form, days_old=400)
    with pytest.raises(CommandError, match="whole number greater than 0"):
        run(f"--days={days}")
    with pytest.raises(CommandError, match="whole number greater than 0"):
        run(days=days)
    assert FormSubmission.objects.count() == 1


def test_the_retention_command_rejects_a_bad_setting(contact_form, settings):
    settings.FORM_SUBMISSION_RETENTION_DAYS = 0
    with pytest.raises(CommandError):
        run()


# --- The partners' contact details on the contact page ------------------------------------------


def partner_cards(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    section = soup.select_one("main .site-partner-contacts")
    return section.select("article") if section is not None else []


def test_the_contact_page_shows_every_live_partners_address_phone_and_hours(
    client, contact_form, arabic_home
):
    PartnerFactory(
        name="Polizeiinspektion Bad Kreuznach",
        address="Ringstraße 66\n55543 Bad Kreuznach",
        phone="0671 8811-0",
        email="pi@example.org",
        opening_hours="Rund um die Uhr",
        sort_order=1,
        publish=True,
    )
    PartnerFactory(name="Partner im Entwurf", sort_order=2, live=False)
    assert partner_cards(client, contact_form.url) == []  # only where the page asks for them
    contact_form.show_partner_contacts = True
    contact_form.save_revision().publish()

    (card,) = partner_cards(client, contact_form.url)  # the draft partner is not shown

    assert card.find("h3").get_text(strip=True) == "Polizeiinspektion Bad Kreuznach"
    assert card.find("address").get_text("\n", strip=True) == "Ringstraße 66\n55543 Bad Kreuznach"
    assert card.select_one('a[href="tel:06718811-0"]').get_text(strip=True) == "0671 8811-0"
    assert card.select_one('a[href="mailto:pi@example.org"]') is not None
    assert "Rund um die Uhr" in card.get_text()

    # On the Arabic contact page the untranslated partner is German, and says so.
    arabic = translate(contact_form, "ar", title="تواصلوا معنا")
    (card,) = partner_cards(client, arabic.url)
    assert card.find("h3")["lang"] == "de"
    assert card.find("address")["lang"] == "de"
    assert card.select_one('a[href="tel:06718811-0"]') is not None
