"""The event calendars of the active language (included under the language prefix)."""

from django.urls import path

from . import views

urlpatterns = [
    path("veranstaltungen.ics", views.upcoming_calendar, name="events_calendar"),
    path(
        "veranstaltungen/<str:category>.ics",
        views.upcoming_calendar,
        name="events_category_calendar",
    ),
    path("veranstaltung/<int:pk>.ics", views.event_calendar, name="event_calendar"),
]
