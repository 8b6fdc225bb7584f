"""Events: talk rounds, prevention evenings, council meetings and the yearly Interkulturelle
Woche, with the venues they take place in. Split by topic; everything is re-exported here so
`events.models.X` keeps working."""

from .choices import (
    SCHEMA_ORG_STATUS,
    EventAccessibility,
    EventCategory,
    EventStatus,
    Registration,
)
from .event_page import EventPage, next_change
from .indexes import EventIndexPage, InterculturalWeekPage
from .venues import Venue

__all__ = [
    "next_change",
    "SCHEMA_ORG_STATUS",
    "EventAccessibility",
    "EventCategory",
    "EventIndexPage",
    "EventPage",
    "EventStatus",
    "InterculturalWeekPage",
    "Registration",
    "Venue",
]
