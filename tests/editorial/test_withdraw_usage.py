"""Withdrawing a snippet takes it off every page that uses it, and the withdrawal screen lists
those live pages first (issue 14, item 1), from Wagtail's reference index."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from events.factories import EventPageFactory, VenueFactory

from .conftest import shown

pytestmark = pytest.mark.django_db


def withdraw_url(obj):
    return reverse("editorial_withdraw", args=(obj._meta.app_label, obj._meta.model_name, obj.pk))


def test_the_withdrawal_screen_lists_the_live_pages_that_lose_the_venue(
    event_index, approver_police, client
):
    venue = VenueFactory(name="Haus der Begegnung", publish=True)
    start = timezone.now() + datetime.timedelta(days=10)
    live_event = EventPageFactory(
        parent=event_index, title="Gesprächsrunde", venue=venue, start=start, publish=True
    )
    EventPageFactory(
        parent=event_index, title="Entwurf einer Lesung", venue=venue, start=start, live=False
    )
    client.force_login(approver_police)

    html = client.get(withdraw_url(venue)).content.decode()
    assert "Gesprächsrunde" in html
    assert "Entwurf einer Lesung" not in html  # a draft loses nothing visible
    assert html.index("Gesprächsrunde") < html.index('name="reason"')  # listed first

    assert "Haus der Begegnung" in client.get(live_event.url).content.decode()
    reason = "Der Ort steht nicht mehr zur Verfügung."
    client.post(withdraw_url(venue), {"reason": reason, "revision": shown(venue, live=True)})
    assert "Haus der Begegnung" not in client.get(live_event.url).content.decode()


def test_the_screen_says_when_nothing_live_uses_it(approver_council, client):
    venue = VenueFactory(publish=True)
    client.force_login(approver_council)
    html = client.get(withdraw_url(venue)).content.decode()
    assert "Keine veröffentlichte Seite" in html
