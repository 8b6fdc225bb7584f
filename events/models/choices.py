"""The closed lists of an event: category, status, registration, accessibility."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventCategory(models.TextChoices):
    INTERCULTURAL_WEEK = "intercultural_week", _("Intercultural week")
    TALK_ROUND = "talk_round", _("Talk round")
    COUNCIL_MEETING = "council_meeting", _("Council meeting")
    PREVENTION = "prevention", _("Prevention event")
    TRAFFIC_SAFETY = "traffic_safety", _("Traffic safety")
    SPECIAL_OCCASION = "special_occasion", _("Special occasion")
    RECRUITMENT = "recruitment", _("Recruitment")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")


# schema.org's eventStatus for each status.
SCHEMA_ORG_STATUS = {
    EventStatus.SCHEDULED: "EventScheduled",
    EventStatus.CANCELLED: "EventCancelled",
    EventStatus.POSTPONED: "EventPostponed",
}


class Registration(models.TextChoices):
    NONE = "none", _("No registration needed")
    EMAIL = "email", _("Registration by e-mail")
    LINK = "link", _("Registration online")


class EventAccessibility(models.TextChoices):
    SIGN_LANGUAGE = "sign_language", _("Sign language interpreting")
    EASY_LANGUAGE = "easy_language", _("Easy language")
    INTERPRETING = "interpreting", _("Interpreting into other languages")
    CHILDCARE = "childcare", _("Childcare")
    WRITTEN_INTERPRETING = "written_interpreting", _("Live captioning")
