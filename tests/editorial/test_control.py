"""Withdrawal by either side, the audited emergency publish, and the dashboard panels."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry, PageLogEntry

import pytest

from editorial.review.panels import WaitingForMySidePanel
from home.factories import AlertFactory
from news.factories import NewsPageFactory
from news.models import NewsPage

from .conftest import refused, shown
from .forms import news_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_news(news_index, partners):
    return NewsPageFactory(parent=news_index, title="Live-Meldung", publish=True)


def withdraw_url(obj):
    return reverse("editorial_withdraw", args=(obj._meta.app_label, obj._meta.model_name, obj.pk))


def emergency_url(obj):
    return reverse(
        "editorial_emergency_publish", args=(obj._meta.app_label, obj._meta.model_name, obj.pk)
    )


@pytest.mark.parametrize("approver", ["approver_police", "approver_council"])
def test_either_sides_approver_withdraws_and_the_others_hear_of_it(
    approver,
    request,
    live_news,
    editor_police,
    editor_council,
    approver_police,
    approver_council,
    client,
    run,
    mailoutbox,
):
    user = request.getfixturevalue(approver)
    NewsPage.objects.filter(pk=live_news.pk).update(
        jointly_approved_at=timezone.now(), approved_sides=["council", "police"]
    )
    client.force_login(user)
    assert client.get(withdraw_url(live_news)).status_code == 200
    response = run(
        client.post,
        withdraw_url(live_news),
        {"reason": "Name einer Person entfernt.", "revision": shown(live_news, live=True)},
    )
    assert response.status_code == 302
    withdrawn = NewsPage.objects.get(pk=live_news.pk)
    assert not withdrawn.live
    assert withdrawn.jointly_approved_at is None
    entry = PageLogEntry.objects.get(page=live_news, action="editorial.withdraw")
    assert entry.data["reason"] == "Name einer Person entfernt."
    assert entry.user == user

    other = "approver_council" if approver == "approver_police" else "approver_police"
    recipients = sorted(a for m in mailoutbox for a in m.to)
    # A joint item: the other side's approvers and both sides' editors.
    assert recipients == sorted(
        [f"{other}@example.org", "editor_council@example.org", "editor_police@example.org"]
    )
    assert all("Name einer Person entfernt." in m.body for m in mailoutbox)
    side = {
        "approver_police": "Polizei",
        "approver_council": "Beirat für Migration und Integration",
    }
    assert all(f"Test ({side[approver]}) hat" in m.body for m in mailoutbox)


def test_withdrawal_needs_a_reason(live_news, approver_police, client):
    client.force_login(approver_police)
    response = client.post(
        withdraw_url(live_news), {"reason": "", "revision": shown(live_news, live=True)}
    )
    assert response.status_code == 200
    assert NewsPage.objects.get(pk=live_news.pk).live


@pytest.mark.parametrize("role", ["editor_police", "editor_council", "translator"])
def test_editors_cannot_withdraw(role, request, live_news, client):
    client.force_login(request.getfixturevalue(role))
    assert refused(
        client.post(
            withdraw_url(live_news),
            {"reason": "Weg damit.", "revision": shown(live_news, live=True)},
        )
    )
    assert NewsPage.objects.get(pk=live_news.pk).live


def test_a_snippet_is_withdrawn_the_same_way(approver_council, client):
    alert = AlertFactory(title="Sperrung", publish=True)
    client.force_login(approver_council)
    client.post(
        withdraw_url(alert), {"reason": "Sperrung aufgehoben.", "revision": shown(alert, live=True)}
    )
    alert.refresh_from_db()
    assert not alert.live
    assert ModelLogEntry.objects.filter(
        action="editorial.withdraw", object_id=str(alert.pk)
    ).exists()


def test_a_direct_publish_without_a_reason_is_refused(draft_news, admin_user, client):
    client.force_login(admin_user)
    data = news_form(draft_news, title="Eilmeldung")
    data["action-publish"] = "true"
    response = client.post(reverse("wagtailadmin_pages:edit", args=(draft_news.pk,)), data)
    # The edit is kept as a draft and the administrator is asked for a reason.
    assert response.status_code == 302
    assert response["Location"] == emergency_url(draft_news)
    page = NewsPage.objects.get(pk=draft_news.pk)
    assert not page.live
    assert page.get_latest_revision().content["title"] == "Eilmeldung"

    response = client.post(emergency_url(draft_news), {"reason": "", "revision": shown(draft_news)})
    assert response.status_code == 200
    assert not NewsPage.objects.get(pk=draft_news.pk).live


def test_the_emergency_publish_with_a_reason_is_audited_and_mailed(
    draft_news, admin_user, approver_police, approver_council, client, run, mailoutbox
):
    client.force_login(admin_user)
    response = run(
        client.post,
        emergency_url(draft_news),
        {"reason": "Gefahr im Verzug, keine Freigabe erreichbar.", "revision": shown(draft_news)},
    )
    assert response.status_code == 302
    page = NewsPage.objects.get(pk=draft_news.pk)
    assert page.live
    assert page.jointly_approved_at is None
    entry = PageLogEntry.objects.get(page=draft_news, action="editorial.emergency_publish")
    assert entry.data["reason"].startswith("Gefahr im Verzug")
    assert sorted(a for m in mailoutbox for a in m.to) == [
        "approver_council@example.org",
        "approver_police@example.org",
    ]
    assert all("ohne gemeinsame Freigabe" in m.subject for m in mailoutbox)


@pytest.mark.parametrize("role", ["editor_police", "approver_police", "approver_council"])
def test_only_administrators_have_the_emergency_path(role, request, draft_news, client):
    client.force_login(request.getfixturevalue(role))
    assert refused(
        client.post(
            emergency_url(draft_news), {"reason": "Ich will.", "revision": shown(draft_news)}
        )
    )
    assert not NewsPage.objects.get(pk=draft_news.pk).live


def test_bulk_publish_is_switched_off(draft_news, admin_user, client):
    client.force_login(admin_user)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{url}?id={draft_news.pk}", {})
    assert not NewsPage.objects.get(pk=draft_news.pk).live


def test_waiting_for_my_side_reads_each_rows_approvals_once(
    news_index, partners, editor_police, approver_police, approver_council, act
):
    """Three items waiting, one approved by the police side already: each row reads its
    approvals once, and the police approver is offered only "request changes" there."""
    pages = []
    for title in ("Sprechstunde", "Fahrradcodierung", "Elternabend"):
        page = NewsPageFactory(parent=news_index, title=title, live=False)
        page.save_revision(user=editor_police)
        page.get_workflow().start(page, editor_police)
        pages.append(page)
    act(approver_police, pages[0], "approve")
    with CaptureQueriesContext(connection) as queries:
        rows = WaitingForMySidePanel().rows(approver_police)
    assert [row["title"] for row in rows] == ["Fahrradcodierung", "Elternabend"]
    assert all(len(row["actions"]) == 2 for row in rows)  # request changes, approve
    council_rows = WaitingForMySidePanel().rows(approver_council)
    assert [len(row["actions"]) for row in council_rows] == [2, 2, 2]
    approval_reads = [q for q in queries if 'FROM "editorial_sideapproval"' in q["sql"]]
    assert len(approval_reads) == len(pages)


def test_dashboard_panels(
    draft_news, live_news, editor_police, approver_police, approver_council, act, client
):
    draft_news.get_workflow().start(draft_news, editor_police)
    client.force_login(approver_police)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Wartet auf unsere Freigabe" in html
    assert "Gemeinsame Sprechstunde" in html

    client.post(
        withdraw_url(live_news), {"reason": "Veraltet.", "revision": shown(live_news, live=True)}
    )
    act(approver_council, draft_news, "reject", comment="Bitte kürzen.")

    client.force_login(editor_police)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "An mich zurückgegeben" in html
    assert "Bitte kürzen." in html
    assert "Kürzlich zurückgezogen" in html
    assert "Veraltet." in html
