"""German Sign Language is stored as "gsg", its BCP 47 tag (issue 19; "dgs" is Dogoso): the
languages spoken at events and in their revisions, so a draft published later keeps the new
code."""

from django.db import migrations

OLD, NEW = "dgs", "gsg"


def _renamed(languages, old, new):
    return [new if code == old else code for code in languages or []]


def _rename(apps, old, new):
    EventPage = apps.get_model("events", "EventPage")
    # JSONField's `contains` is not supported on SQLite: the events are few, read them all.
    for pk, languages in EventPage.objects.values_list("pk", "languages").iterator():
        if isinstance(languages, list) and old in languages:
            EventPage.objects.filter(pk=pk).update(languages=_renamed(languages, old, new))
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    event_type = ContentType.objects.filter(app_label="events", model="eventpage").first()
    if event_type is None:
        return
    for revision in Revision.objects.filter(content_type=event_type).iterator():
        languages = revision.content.get("languages")
        if isinstance(languages, list) and old in languages:
            revision.content["languages"] = _renamed(languages, old, new)
            revision.save(update_fields=["content"])


def forwards(apps, schema_editor):
    _rename(apps, OLD, NEW)


def backwards(apps, schema_editor):
    _rename(apps, NEW, OLD)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0005_eventindexpage_approved_sides_and_more"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
