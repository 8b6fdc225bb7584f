"""Feeds and calendars answer conditional requests (issue 17): Last-Modified and ETag, `304 Not
Modified` while nothing they list has changed, and the full document again after a
publication or a removal."""

import datetime

from django.utils import timezone

import pytest

from events.factories import EventPageFactory, VenueFactory
from news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

FEEDS = ["/de/feeds/nachrichten.rss", "/de/feeds/nachrichten.atom"]
CALENDARS = ["/de/feeds/veranstaltungen.ics", "/de/feeds/veranstaltungen/talk_round.ics"]
START = timezone.now() + datetime.timedelta(days=30)


@pytest.fixture
def news(news_index):
    return NewsPageFactory(parent=news_index, title="Sicher unterwegs", publish=True)


@pytest.fixture
def talk(event_index):
    return EventPageFactory(parent=event_index, title="Gesprächsrunde", start=START, publish=True)


def first_fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["ETag"]
    assert response["Last-Modified"]
    return response


@pytest.mark.parametrize("url", FEEDS + CALENDARS)
def test_an_unchanged_feed_or_calendar_answers_304(client, news, talk, url):
    response = first_fetch(client, url)
    again = client.get(url, headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    again = client.get(url, headers={"if-modified-since": response["Last-Modified"]})
    assert again.status_code == 304


@pytest.mark.parametrize("url", FEEDS)
def test_a_new_item_and_a_withdrawn_one_are_sent_again(client, news, news_index, url):
    etag = first_fetch(client, url)["ETag"]
    NewsPageFactory(parent=news_index, title="Neue Meldung", publish=True)
    response = client.get(url, headers={"if-none-match": etag})
    assert response.status_code == 200
    assert "Neue Meldung" in response.content.decode()

    news.unpublish()  # a removal, which no item's publication date shows
    removed = client.get(url, headers={"if-none-match": response["ETag"]})
    assert removed.status_code == 200
    assert "Sicher unterwegs" not in removed.content.decode()


@pytest.mark.parametrize("url", CALENDARS)
def test_a_changed_event_or_venue_is_sent_again(client, talk, url):
    etag = first_fetch(client, url)["ETag"]
    talk.title = "Gesprächsrunde verlegt"
    talk.save_revision().publish()
    response = client.get(url, headers={"if-none-match": etag})
    assert response.status_code == 200
    assert "Gesprächsrunde verlegt" in response.content.decode()

    VenueFactory(name="Haus der Begegnung", publish=True)
    assert client.get(url, headers={"if-none-match": response["ETag"]}).status_code == 200
