"""Who may do what, role by role: the admin offers only allowed actions, and a direct POST to
each endpoint does nothing for a role that may not act. Nobody but administrators publishes,
unpublishes, deletes live content or starts a translation; each approver approves for their
own side only."""

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page

import pytest

from editorial.models import SideApproval
from home.factories import AlertFactory
from home.models import Alert
from news.factories import NewsPageFactory
from news.models import NewsPage

from ..conftest import translate
from .conftest import refused, shown
from .forms import alert_form, new_news_form, news_form

pytestmark = pytest.mark.django_db

ROLES = [
    "editor_police",
    "editor_council",
    "approver_police",
    "approver_council",
    "translator",
    "admin_user",
]

# role -> actions it may perform on pages
ALLOWED = {
    "editor_police": {"create", "edit", "submit"},
    "editor_council": {"create", "edit", "submit"},
    "approver_police": {"create", "edit", "submit", "approve_police"},
    "approver_council": {"create", "edit", "submit", "approve_council"},
    # Translators correct texts and start translations; everything still needs both sides'
    # approval (tests/editorial/test_translations.py tries every publish path).
    "translator": {"edit", "submit", "translate"},
    "admin_user": {"create", "edit", "submit", "publish", "unpublish", "delete", "translate"},
}
ACTIONS = [
    "create",
    "edit",
    "submit",
    "approve_police",
    "approve_council",
    "publish",
    "unpublish",
    "delete",
    "translate",
]


def emergency_url(obj):
    args = (obj._meta.app_label, obj._meta.model_name, obj.pk)
    return reverse("editorial_emergency_publish", args=args)


def reload(page):
    return NewsPage.objects.get(pk=page.pk)


@pytest.fixture
def live_news(news_index, partners):
    return NewsPageFactory(parent=news_index, title="Live-Meldung", publish=True)


@pytest.fixture
def submitted_news(draft_news, editor_police):
    draft_news.get_workflow().start(draft_news, editor_police)
    return draft_news


def perform(action, user, client, request):
    """Try one action by direct POST; return whether it took effect."""
    client.force_login(user)
    if action == "create":
        news_index = request.getfixturevalue("news_index")
        request.getfixturevalue("partners")
        url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
        client.post(url, new_news_form(title="Neu angelegt", slug="neu-angelegt"))
        return NewsPage.objects.filter(slug="neu-angelegt").exists()
    if action in ("edit", "submit", "publish"):
        page = request.getfixturevalue("draft_news")
        data = news_form(page, title="Bearbeitet")
        if action != "edit":
            data[f"action-{action}"] = "true"
        client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
        if action == "publish":
            # A direct publish always passes the emergency form, which asks for a reason.
            client.post(
                emergency_url(page), {"reason": "Gefahr im Verzug.", "revision": shown(page)}
            )
        page = reload(page)
        if action == "edit":
            return page.get_latest_revision().content["title"] == "Bearbeitet"
        if action == "submit":
            return page.workflow_in_progress
        return page.live
    if action.startswith("approve_"):
        page = request.getfixturevalue("submitted_news")
        task_state = page.current_workflow_task_state
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
        )
        client.post(url, {"comment": "", "revision": shown(page)})
        side = action.removeprefix("approve_")
        return SideApproval.objects.filter(side=side, user=user).exists()
    if action == "unpublish":
        page = request.getfixturevalue("live_news")
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=(page.pk,)), {})
        # Unpublishing always passes the withdrawal form, which asks for a reason.
        if response.status_code == 302 and "zurueckziehen" in response["Location"]:
            assert reload(page).live
            reason = {"reason": "Veraltet.", "revision": shown(page, live=True)}
            client.post(response["Location"], reason)
        return not reload(page).live
    if action == "delete":
        page = request.getfixturevalue("live_news")
        client.post(reverse("wagtailadmin_pages:delete", args=(page.pk,)), {})
        return not Page.objects.filter(pk=page.pk).exists()
    if action == "translate":
        page = request.getfixturevalue("live_news")
        english = request.getfixturevalue("english")
        # The English home and news index exist, so no parent would become an alias.
        translate(request.getfixturevalue("home_page"), "en", title="Home")
        translate(request.getfixturevalue("news_index"), "en", title="News")
        url = reverse("wagtail_localize:submit_page_translation", args=(page.pk,))
        client.post(url, {"locales": [english.pk]})
        return NewsPage.objects.filter(
            translation_key=page.translation_key, locale=english
        ).exists()
    raise AssertionError(action)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_page_permission_matrix(role, action, request, client):
    user = request.getfixturevalue(role)
    request.getfixturevalue("editorial")
    expected = action in ALLOWED[role]
    assert perform(action, user, client, request) is expected, (
        f"{role} {'may' if expected else 'must not'} {action}"
    )


@pytest.mark.parametrize("role", ROLES)
def test_the_editor_offers_only_allowed_actions(role, request, client, draft_news, live_news):
    user = request.getfixturevalue(role)
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(draft_news.pk,))).content.decode()
    assert ('name="action-publish"' in html) is (role == "admin_user")
    assert ('name="action-submit"' in html) is ("submit" in ALLOWED[role])
    live_html = client.get(reverse("wagtailadmin_pages:edit", args=(live_news.pk,))).content
    unpublish_url = reverse("wagtailadmin_pages:unpublish", args=(live_news.pk,))
    assert (unpublish_url in live_html.decode()) is (role == "admin_user")


@pytest.mark.parametrize("role", ROLES)
def test_approve_buttons_name_the_own_side_only(role, request, client, submitted_news):
    user = request.getfixturevalue(role)
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(submitted_news.pk,))).content
    html = html.decode()
    assert ("Freigeben für Polizei" in html) is (role == "approver_police")
    assert ("Freigeben für Beirat" in html) is (role == "approver_council")


# Snippets under approval: writers create and edit; only administrators publish (with a
# reason), unpublish or delete. Withdrawal by approvers is tested in test_control.py.
SNIPPET_ALLOWED = {
    "editor_police": {"create", "edit"},
    "editor_council": {"create", "edit"},
    "approver_police": {"create", "edit"},
    "approver_council": {"create", "edit"},
    "translator": {"edit"},
    "admin_user": {"create", "edit", "publish", "unpublish", "delete"},
}


def perform_on_alert(action, user, client):
    client.force_login(user)
    viewset = Alert.snippet_viewset
    if action == "create":
        template = AlertFactory.build(title="Neuer Hinweis")
        client.post(reverse(viewset.get_url_name("add")), alert_form(template))
        return Alert.objects.filter(title="Neuer Hinweis").exists()
    if action in ("edit", "publish"):
        alert = AlertFactory(title="Entwurf", live=False)
        alert.save_revision()
        data = alert_form(alert, title="Bearbeitet")
        if action == "publish":
            data["action-publish"] = "true"
        client.post(reverse(viewset.get_url_name("edit"), args=(alert.pk,)), data)
        if action == "publish":
            client.post(
                emergency_url(alert), {"reason": "Gefahr im Verzug.", "revision": shown(alert)}
            )
        alert.refresh_from_db()
        if action == "edit":
            return alert.get_latest_revision().content["title"] == "Bearbeitet"
        return alert.live
    alert = AlertFactory(title="Live", publish=True)
    if action == "unpublish":
        response = client.post(reverse(viewset.get_url_name("unpublish"), args=(alert.pk,)), {})
        if response.status_code == 302 and "zurueckziehen" in response["Location"]:
            alert.refresh_from_db()
            assert alert.live
            reason = {"reason": "Erledigt.", "revision": shown(alert, live=True)}
            client.post(response["Location"], reason)
        alert.refresh_from_db()
        return not alert.live
    if action == "delete":
        client.post(reverse(viewset.get_url_name("delete"), args=(alert.pk,)), {})
        return not Alert.objects.filter(pk=alert.pk).exists()
    raise AssertionError(action)


@pytest.mark.parametrize("action", ["create", "edit", "publish", "unpublish", "delete"])
@pytest.mark.parametrize("role", ROLES)
def test_snippet_permission_matrix(role, action, request, client):
    user = request.getfixturevalue(role)
    request.getfixturevalue("editorial")
    expected = action in SNIPPET_ALLOWED[role]
    assert perform_on_alert(action, user, client) is expected, (
        f"{role} {'may' if expected else 'must not'} {action} an alert"
    )


def test_nobody_but_administrators_holds_a_publish_permission(editorial, request):
    for role in ROLES[:-1]:
        request.getfixturevalue(role)
    publish = Permission.objects.filter(codename__startswith="publish")
    assert not GroupPagePermission.objects.filter(permission__in=publish).exists()
    assert not Group.objects.filter(permissions__in=publish).exists()
    for group in Group.objects.all():
        for user in group.user_set.all():
            assert not user.is_superuser
            assert not any(
                perm.split(".")[1].startswith("publish") for perm in user.get_all_permissions()
            )


def test_refused_posts_are_answered_without_error(client, translator, draft_news):
    client.force_login(translator)
    url = reverse("wagtailadmin_pages:unpublish", args=(draft_news.pk,))
    assert refused(client.post(url, {}))
