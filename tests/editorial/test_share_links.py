"""Draft links: exactly one revision for reviewers without an account, under the public CSP,
with a banner, noindex and no-store; expired/revoked → 410, altered → 403; no cookie; the
comment reaches the creator, rate-limited."""

from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

import pytest
from bs4 import BeautifulSoup

from editorial.models import ShareLink
from home.factories import AlertFactory
from home.forms import HONEYPOT_FIELD_NAME

from .conftest import refused
from .forms import news_form

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def create_link(client, user, obj, note="Beirat, AK Prävention", days=7):
    client.force_login(user)
    args = (obj._meta.app_label, obj._meta.model_name, obj.pk)
    response = client.post(
        reverse("editorial_share_links", args=args), {"note": note, "days": days}
    )
    client.logout()
    return response


def test_an_approver_creates_a_link_that_shows_exactly_that_revision(
    draft_news, approver_council, editor_police, client
):
    assert create_link(client, approver_council, draft_news).status_code == 302
    link = ShareLink.objects.get()
    assert link.revision_id == draft_news.get_latest_revision().pk
    assert link.created_by == approver_council
    assert PageLogEntry.objects.filter(
        page=draft_news, action="editorial.share_link.create"
    ).exists()

    # A later edit is not shown through the older link.
    client.force_login(editor_police)
    edited = client.post(
        reverse("wagtailadmin_pages:edit", args=(draft_news.pk,)),
        news_form(draft_news, title="Spätere Fassung"),
    )
    client.logout()
    assert edited.status_code == 302
    draft_news.refresh_from_db()
    assert draft_news.get_latest_revision().content["title"] == "Spätere Fassung"

    response = client.get(link.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "Gemeinsame Sprechstunde" in html
    assert "Spätere Fassung" not in html
    assert "ENTWURF – nicht freigegeben" in html
    assert response["X-Robots-Tag"].startswith("noindex")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert not response.cookies, "a draft link sets no cookie at all"


def test_a_link_to_an_alert_renders_its_preview(approver_police, client):
    alert = AlertFactory(title="Sperrung Kornmarkt", live=False)
    alert.save_revision()
    assert create_link(client, approver_police, alert).status_code == 302
    response = client.get(ShareLink.objects.get().get_absolute_url())
    assert response.status_code == 200
    assert "Sperrung Kornmarkt" in response.content.decode()


def test_revocation_is_immediate_and_answers_410(draft_news, editor_police, client):
    create_link(client, editor_police, draft_news)
    link = ShareLink.objects.get()
    assert client.get(link.get_absolute_url()).status_code == 200
    client.force_login(editor_police)
    client.post(reverse("editorial_revoke_share_link", args=(link.pk,)))
    client.logout()
    response = client.get(link.get_absolute_url())
    assert response.status_code == 410
    assert "nicht mehr verfügbar" in response.content.decode()
    assert PageLogEntry.objects.filter(
        page=draft_news, action="editorial.share_link.revoke"
    ).exists()


def test_an_expired_link_answers_410(draft_news, editor_police, client):
    create_link(client, editor_police, draft_news)
    link = ShareLink.objects.get()
    ShareLink.objects.filter(pk=link.pk).update(expires_at=timezone.now())
    assert client.get(link.get_absolute_url()).status_code == 410


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),
        lambda t: "999:" + t.split(":")[1],
        lambda t: "kaputt",
    ],
)
def test_an_altered_or_unknown_token_answers_403(mangle, draft_news, editor_police, client):
    create_link(client, editor_police, draft_news)
    link = ShareLink.objects.get()
    response = client.get(reverse("editorial_draft", args=(mangle(link.token),)))
    assert response.status_code == 403
    assert "nicht gültig" in response.content.decode()
    assert not response.cookies


def test_only_people_who_may_edit_or_approve_create_links(
    draft_news, translator, client, django_user_model
):
    outsider = django_user_model.objects.create_user("leser", password="x")
    client.force_login(outsider)
    args = ("news", "newspage", draft_news.pk)
    assert refused(client.post(reverse("editorial_share_links", args=args), {"days": 7}))
    assert not ShareLink.objects.exists()


def test_the_comment_reaches_the_creator_and_is_rate_limited(
    draft_news, approver_council, client, run, mailoutbox
):
    create_link(client, approver_council, draft_news)
    url = ShareLink.objects.get().get_absolute_url()
    response = run(
        client.post,
        url,
        {"name": "Frau Yilmaz", "comment": "Bitte auch auf Türkisch.", HONEYPOT_FIELD_NAME: ""},
    )
    assert response.status_code == 302
    assert not response.cookies
    assert [m.to for m in mailoutbox] == [["approver_council@example.org"]]
    assert "Bitte auch auf Türkisch." in mailoutbox[0].body
    assert "Frau Yilmaz" in mailoutbox[0].body
    assert "Vielen Dank" in client.get(response["Location"]).content.decode()

    for _ in range(4):
        run(client.post, url, {"comment": "Noch einmal."})
    limited = run(client.post, url, {"comment": "Zu oft."})
    assert limited.status_code == 429
    assert len(mailoutbox) == 5


def test_the_honeypot_is_hidden_and_sends_nothing(
    draft_news, editor_police, client, run, mailoutbox
):
    create_link(client, editor_police, draft_news)
    url = ShareLink.objects.get().get_absolute_url()
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    honeypot = soup.find("input", attrs={"name": HONEYPOT_FIELD_NAME})
    assert "site-honeypot" in honeypot.find_parent("div")["class"]
    run(client.post, url, {"comment": "Spam", HONEYPOT_FIELD_NAME: "http://spam.example"})
    assert mailoutbox == []


def test_robots_txt_disallows_the_draft_path(client, home_page):
    response = client.get("/robots.txt")
    assert "Disallow: /entwurf/" in response.content.decode()
