"""A jointly approved revision with a go-live time in the future: the approval only schedules
it ("geplant für ..."), Wagtail's `publish_scheduled` puts exactly that revision live with its
"approved by both sides" line, and the go-live is announced ("veröffentlicht")."""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")


def recipients(mails):
    return sorted(address for mail in mails for address in mail.to)


def de(msgid, **values):
    """The German text of one of our messages, as the mail renders it."""
    with translation.override("de"):
        return gettext(msgid) % values


@pytest.fixture
def go_live_at():
    """14:30 Berlin time, three days ahead."""
    day = timezone.now().astimezone(BERLIN) + timedelta(days=3)
    return day.replace(hour=14, minute=30, second=0, microsecond=0)


@pytest.fixture
def scheduled_news(draft_news, go_live_at, editor_police):
    """The draft with a go-live time set in its latest revision, as the editor saves it."""
    page = draft_news.get_latest_revision_as_object()
    page.go_live_at = go_live_at
    page.save_revision(user=editor_police)
    draft_news.refresh_from_db()
    return draft_news


def approve_both(news, editor, act, run, approver_police, approver_council):
    run(news.get_workflow().start, news, editor)
    run(act, approver_police, news, "approve")
    run(act, approver_council, news, "approve")


def test_a_scheduled_approval_goes_live_with_its_attribution_through_publish_scheduled(
    scheduled_news,
    go_live_at,
    editor_police,
    approver_police,
    approver_council,
    act,
    run,
    mailoutbox,
    client,
    monkeypatch,
):
    news = scheduled_news
    approved_revision = news.get_latest_revision()
    approve_both(news, editor_police, act, run, approver_police, approver_council)

    # The approval only schedules: not live, and the mail says so, with the Berlin time.
    news.refresh_from_db()
    assert not news.live
    assert client.get(news.url).status_code == 404
    at_approval = mailoutbox[-2:]
    assert recipients(at_approval) == ["approver_police@example.org", "editor_police@example.org"]
    when = go_live_at.strftime("%d.%m.%Y %H:%M")
    for mail in at_approval:
        assert mail.subject == de(
            'Scheduled for %(when)s after joint approval: "%(title)s"',
            when=when,
            title="Gemeinsame Sprechstunde",
        )
        assert "veröffentlicht" not in mail.subject
        assert "14:30" in mail.body and f" {approved_revision.pk})" in mail.body
    before_go_live = len(mailoutbox)

    # The go-live time passes; Wagtail's own command publishes the scheduled revision.
    later = go_live_at + timedelta(minutes=5)
    monkeypatch.setattr(timezone, "now", lambda: later)
    run(call_command, "publish_scheduled")
    monkeypatch.undo()

    news.refresh_from_db()
    assert news.live
    assert news.live_revision_id == approved_revision.pk
    assert news.approved_sides == ["council", "police"]
    html = client.get(news.url).content.decode()
    assert "von beiden Seiten freigegeben am" in html
    assert "von beiden Seiten freigegeben am" in client.get(news.get_parent().url).content.decode()

    # ... and everybody concerned hears of the go-live, after the "scheduled" mail.
    at_go_live = mailoutbox[before_go_live:]
    assert recipients(at_go_live) == [
        "approver_council@example.org",
        "approver_police@example.org",
        "editor_police@example.org",
    ]
    assert all("veröffentlicht" in mail.subject for mail in at_go_live)


def test_a_scheduled_update_of_a_live_page_keeps_the_live_approval_until_it_goes_live(
    draft_news,
    go_live_at,
    editor_police,
    approver_police,
    approver_council,
    act,
    run,
    mailoutbox,
    client,
    monkeypatch,
):
    approve_both(draft_news, editor_police, act, run, approver_police, approver_council)
    draft_news.refresh_from_db()
    first_approval = draft_news.jointly_approved_at
    assert first_approval is not None

    page = draft_news.get_latest_revision_as_object()
    page.title = "Sprechstunde verlegt"
    page.go_live_at = go_live_at
    page.save_revision(user=editor_police)
    approve_both(draft_news, editor_police, act, run, approver_police, approver_council)

    draft_news.refresh_from_db()
    assert draft_news.title == "Gemeinsame Sprechstunde"  # the old version stays live
    assert draft_news.jointly_approved_at == first_approval
    assert "freigegeben am" in client.get(draft_news.url).content.decode()

    monkeypatch.setattr(timezone, "now", lambda: go_live_at + timedelta(minutes=1))
    run(call_command, "publish_scheduled")
    monkeypatch.undo()
    draft_news.refresh_from_db()
    assert draft_news.title == "Sprechstunde verlegt"
    assert draft_news.jointly_approved_at > first_approval
    assert "von beiden Seiten freigegeben am" in client.get(draft_news.url).content.decode()


def test_an_administrators_direct_publish_of_a_later_revision_is_not_attributed(
    scheduled_news, go_live_at, editor_police, approver_police, approver_council, act, run
):
    """Only the revision both sides approved earns the line at go-live."""
    approve_both(scheduled_news, editor_police, act, run, approver_police, approver_council)
    page = scheduled_news.get_latest_revision_as_object()
    page.title = "Ungeprüft"
    page.go_live_at = None
    revision = page.save_revision()
    revision.publish()
    scheduled_news.refresh_from_db()
    assert scheduled_news.live and scheduled_news.jointly_approved_at is None
