"""Venues, upcoming events and the Interkulturelle Woche with its programme
(data/events.toml)."""

import datetime
from zoneinfo import ZoneInfo

from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    InterculturalWeekPageFactory,
    VenueFactory,
)
from home.factories import paragraphs

from ..files import read

BERLIN = ZoneInfo("Europe/Berlin")


def load(ctx):
    data = read("events.toml")
    venues = {key: VenueFactory(**fields, publish=True) for key, fields in data["venues"].items()}
    index = EventIndexPageFactory(parent=ctx["home"], **data["index"], publish=True)
    week = InterculturalWeekPageFactory(parent=index, **data["week"], publish=True)
    events = {}

    def event(parent, start, fields):
        fields = dict(fields)
        hours = fields.pop("hours")
        fields["venue"] = venues[fields["venue"]]
        fields["body"] = paragraphs(*fields.pop("body", data["default_body"]))
        if "issuer" in fields:
            fields["issuer"] = ctx["partners"][fields["issuer"]]
        if "registration_deadline" in fields:
            fields["registration_deadline"] = fields["registration_deadline"].replace(tzinfo=BERLIN)
        page = EventPageFactory(
            parent=parent, start=start, end=start + datetime.timedelta(hours=hours), **fields
        )
        page.partners.set(ctx["joint_partners"])
        page.save_revision().publish()
        events[page.title] = page

    for fields in data["programme"]:
        fields = dict(fields)
        event(week, fields.pop("start").replace(tzinfo=BERLIN), fields)
    # Relative to the day of loading, so the listing never runs empty.
    for fields in data["upcoming"]:
        fields = dict(fields)
        day = ctx["today"] + datetime.timedelta(days=fields.pop("in_days"))
        start = datetime.datetime.combine(day, datetime.time(fields.pop("hour")), tzinfo=BERLIN)
        event(index, start, fields)
    ctx["pages"][index.slug] = index
    ctx.update(events=events, venues=venues)
