"""Limits of withdrawal and of the task's setup: the root page and a language's start page
cannot be withdrawn; withdrawing a page with live pages below it says what happens to them (and
may take them along); the joint approval task refuses one group for both sides."""

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from wagtail.models import Page

import pytest

from editorial.models import JointApprovalTask
from editorial.sides import APPROVERS_POLICE
from news.factories import NewsPageFactory
from news.models import NewsPage

from .conftest import shown

pytestmark = pytest.mark.django_db


def de(msgid):
    with translation.override("de"):
        return gettext(msgid)


def withdraw_url(obj):
    return reverse("editorial_withdraw", args=(obj._meta.app_label, obj._meta.model_name, obj.pk))


REFUSAL = (
    "The root page and the start page of a language cannot be withdrawn: that would take the "
    "whole website or a whole language offline. Withdraw the individual pages instead."
)


@pytest.mark.parametrize("which", ["root", "home"])
def test_the_root_and_a_start_page_cannot_be_withdrawn(
    which, root_page, home_page, approver_police, client, mailoutbox
):
    page = {"root": root_page, "home": home_page}[which]
    assert page.live
    client.force_login(approver_police)
    html = client.get(withdraw_url(page), follow=True)
    assert escape(de(REFUSAL)) in html.content.decode()
    response = client.post(withdraw_url(page), {"reason": "Alles offline."}, follow=True)
    assert escape(de(REFUSAL)) in response.content.decode()
    assert Page.objects.get(pk=page.pk).live
    assert not mailoutbox
    # The editor offers no withdrawal link for it either.
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(home_page.pk,))).content.decode()
    assert withdraw_url(home_page) not in edit


def test_withdrawing_a_page_with_live_children_says_they_stay_live(
    news_index, partners, approver_police, client
):
    news_index.save_revision().publish()
    children = [
        NewsPageFactory(parent=news_index, title=title, publish=True)
        for title in ("Erste Meldung", "Zweite Meldung")
    ]
    client.force_login(approver_police)
    form = client.get(withdraw_url(news_index)).content.decode()
    assert "Erste Meldung" in form and "Zweite Meldung" in form
    assert 'name="include_descendants"' in form

    client.post(
        withdraw_url(news_index),
        {"reason": "Bereich wird überarbeitet.", "revision": shown(news_index, live=True)},
    )
    assert not Page.objects.get(pk=news_index.pk).live
    # What the form said: without the box ticked the pages below stay live and reachable.
    assert all(NewsPage.objects.get(pk=child.pk).live for child in children)
    client.logout()
    assert client.get(children[0].url).status_code == 200


def test_the_pages_below_can_be_withdrawn_along(news_index, partners, approver_police, client):
    news_index.save_revision().publish()
    child = NewsPageFactory(parent=news_index, title="Erste Meldung", publish=True)
    client.force_login(approver_police)
    client.post(
        withdraw_url(news_index),
        {
            "reason": "Bereich entfällt.",
            "include_descendants": "on",
            "revision": shown(news_index, live=True),
        },
    )
    assert not Page.objects.get(pk=news_index.pk).live
    assert not NewsPage.objects.get(pk=child.pk).live


def test_the_task_refuses_one_group_for_both_sides(editorial, admin_user, client):
    task = JointApprovalTask.objects.get()
    police = Group.objects.get(name=APPROVERS_POLICE)
    client.force_login(admin_user)
    response = client.post(
        reverse("wagtailadmin_workflows:edit_task", args=(task.pk,)),
        {"name": task.name, "police_group": police.pk, "council_group": police.pk},
    )
    assert response.status_code == 200
    message = de(
        "The two sides need different groups: with one group for both, the approvers of one "
        "side could approve for the other."
    )
    assert escape(message) in response.content.decode()
    task.refresh_from_db()
    assert task.council_group_id != police.pk
