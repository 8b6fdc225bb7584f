"""German Sign Language is stored as "gsg", its BCP 47 tag (issue 19; "dgs" is Dogoso): the
files and the revisions of materials, so a draft published later keeps the new code."""

import home.fields
from django.db import migrations

OLD, NEW = "dgs", "gsg"


def _rename(apps, old, new):
    MaterialFile = apps.get_model("prevention", "PreventionMaterialFile")
    MaterialFile.objects.filter(language=old).update(language=new)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    material_type = ContentType.objects.filter(
        app_label="prevention", model="preventionmaterial"
    ).first()
    if material_type is None:
        return
    for revision in Revision.objects.filter(content_type=material_type).iterator():
        files = revision.content.get("files") or []
        changed = False
        for file in files:
            if file.get("language") == old:
                file["language"] = new
                changed = True
        if changed:
            revision.save(update_fields=["content"])


def forwards(apps, schema_editor):
    _rename(apps, OLD, NEW)


def backwards(apps, schema_editor):
    _rename(apps, NEW, OLD)


class Migration(migrations.Migration):

    dependencies = [
        ('prevention', '0003_preventionindexpage_approved_sides_and_more'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AlterField(
            model_name='preventionmaterialfile',
            name='language',
            field=home.fields.ExplainedCharField(choices=[('de', 'Deutsch'), ('de-x-ls', 'Leichte Sprache'), ('en', 'English'), ('tr', 'Türkçe'), ('ar', 'العربية'), ('fa', 'فارسی'), ('uk', 'Українська'), ('ru', 'Русский'), ('pl', 'Polski'), ('ro', 'Română'), ('bg', 'Български'), ('ku', 'Kurdî'), ('ckb', 'کوردی'), ('prs', 'دری'), ('ps', 'پښتو'), ('ti', 'ትግርኛ'), ('so', 'Soomaali'), ('sq', 'Shqip'), ('sr', 'Srpski'), ('hr', 'Hrvatski'), ('bs', 'Bosanski'), ('fr', 'Français'), ('es', 'Español'), ('it', 'Italiano'), ('el', 'Ελληνικά'), ('hu', 'Magyar'), ('vi', 'Tiếng Việt'), ('zh', '中文'), ('ur', 'اردو'), ('am', 'አማርኛ'), ('gsg', 'Deutsche Gebärdensprache')], error_messages={'blank': 'Choose the language of this file.'}, max_length=10, verbose_name='language'),
        ),
        migrations.RunPython(forwards, backwards),
    ]
