"""Roles of the joint approval as fixtures: groups from `setup_editorial`, one user per role."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Workflow

import pytest

from editorial.approval import binding
from editorial.setup import setup_editorial
from editorial.sides import (
    APPROVERS_COUNCIL,
    APPROVERS_POLICE,
    EDITORS_COUNCIL,
    EDITORS_POLICE,
    TRANSLATORS,
    WORKFLOW_NAME,
)
from news.factories import NewsPageFactory


@pytest.fixture
def editorial(db):
    setup_editorial()
    return Workflow.objects.get(name=WORKFLOW_NAME)


def _user(django_user_model, username, *group_names):
    user = django_user_model.objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password="not-used-force-login",
        first_name=username.split("_")[0].title(),
        last_name="Test",
    )
    user.groups.set(Group.objects.filter(name__in=group_names))
    return user


@pytest.fixture
def editor_police(editorial, django_user_model):
    return _user(django_user_model, "editor_police", EDITORS_POLICE)


@pytest.fixture
def editor_council(editorial, django_user_model):
    return _user(django_user_model, "editor_council", EDITORS_COUNCIL)


@pytest.fixture
def approver_police(editorial, django_user_model):
    return _user(django_user_model, "approver_police", APPROVERS_POLICE)


@pytest.fixture
def approver_council(editorial, django_user_model):
    return _user(django_user_model, "approver_council", APPROVERS_COUNCIL)


@pytest.fixture
def approver_both(editorial, django_user_model):
    """Someone in both approval groups: may still supply only one side's approval."""
    return _user(django_user_model, "approver_both", APPROVERS_POLICE, APPROVERS_COUNCIL)


@pytest.fixture
def translator(editorial, django_user_model):
    return _user(django_user_model, "translator", TRANSLATORS)


@pytest.fixture
def draft_news(news_index, partners):
    """A news item that was never published, with one saved revision."""
    page = NewsPageFactory(parent=news_index, title="Gemeinsame Sprechstunde", live=False)
    page.save_revision()
    return page


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Call a function and deliver the e-mails it queued for after the commit."""

    def run(fn, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return fn(*args, **kwargs)

    return run


def shown(obj, live=False):
    """The token of the revision an admin form about `obj` shows now
    (editorial.approval.binding): the latest, or the live one (withdrawal)."""
    obj = type(obj)._default_manager.get(pk=obj.pk)
    return binding.token(obj.live_revision if live else obj.get_latest_revision())


@pytest.fixture
def act(client):
    """POST a workflow action (approve/reject) as a user through the admin endpoint, naming
    the revision that is the latest now (or `revision`, a token seen earlier)."""

    def act(user, obj, action, comment="", task_state=None, revision=None):
        client.force_login(user)
        task_state = task_state or obj.current_workflow_task_state
        if hasattr(obj, "get_url_parts"):
            url = reverse(
                "wagtailadmin_pages:workflow_action", args=(obj.pk, action, task_state.pk)
            )
        else:
            url = reverse(
                obj.snippet_viewset.get_url_name("workflow_action"),
                args=(obj.pk, action, task_state.pk),
            )
        data = {"comment": comment, "revision": revision or shown(obj)}
        response = client.post(url, data)
        client.logout()
        return response

    return act


def refused(response):
    """Wagtail's admin answers a PermissionDenied with 403, or with a redirect to the
    dashboard carrying "Sorry, you do not have permission" (or to the login page)."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"].split("?")[0] in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_login"),
    )
