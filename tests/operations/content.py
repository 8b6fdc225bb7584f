"""Run in a subprocess against the install its environment names (tests.operations.settings):
`populate <file>` loads the demo content, adds what the demo lacks (an approval row and a form
submission) and describes the result; `describe <file>` writes the content's description
there."""

import datetime
import json
import os
import sys

import django


def populate():
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from wagtail.contrib.forms.models import FormSubmission

    from editorial.models import SideApproval
    from editorial.sides import POLICE
    from home.models import FormPage
    from news.models import NewsPage

    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    users = get_user_model().objects
    news = NewsPage.objects.filter(locale__language_code="de").first()
    news.title = "Geänderte Meldung zur Freigabe"
    revision = news.save_revision(user=users.get(username="redaktion-polizei"))
    state = news.get_workflow().start(news, users.get(username="redaktion-polizei"))
    SideApproval.objects.create(
        task_state=state.current_task_state,
        side=POLICE,
        user=users.get(username="freigabe-polizei"),
        revision=revision,
        comment="Aus Sicht der Polizei freigegeben.",
    )
    FormSubmission.objects.create(
        page=FormPage.objects.filter(locale__language_code="de").first(),
        form_data={"name": "Ayşe Yılmaz", "nachricht": "Wann ist die nächste Gesprächsrunde?"},
    )


def describe(path):
    """The demo fingerprint plus what it leaves out: every row of every table, primary keys
    included (a restore copies them), as dumpdata writes them."""
    from io import StringIO

    from django.core.management import call_command

    from tests.demo_fingerprint import fingerprint

    moment = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    rows = StringIO()
    call_command("dumpdata", stdout=rows)
    content = {
        "fingerprint": fingerprint(moment, moment, moment.date()),
        "rows": json.loads(rows.getvalue()),
    }
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(content, handle, sort_keys=True, ensure_ascii=False)


if __name__ == "__main__":
    django.setup()
    if sys.argv[1] == "populate":
        populate()
    describe(sys.argv[2])
