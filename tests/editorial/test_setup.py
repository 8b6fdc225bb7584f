"""Roles as code: `setup_editorial` is idempotent, replaces Wagtail's defaults and puts every
page (all locales) and every snippet type under approval into "Gemeinsame Freigabe"."""

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowContentType,
)

import pytest

from editorial.models import JointApprovalTask
from editorial.setup import SNIPPETS_UNDER_APPROVAL
from home.factories import AlertFactory

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        sorted(Group.objects.values_list("name", flat=True)),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        sorted(Workflow.objects.values_list("name", flat=True)),
        Task.objects.count(),
        WorkflowContentType.objects.count(),
        Collection.objects.count(),
        sorted((g.name, p.codename) for g in Group.objects.all() for p in g.permissions.all()),
    )


def test_setup_replaces_wagtails_defaults_and_is_idempotent():
    assert Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    call_command("setup_editorial", verbosity=0)
    first = snapshot()
    call_command("setup_editorial", verbosity=0)
    assert snapshot() == first

    groups, _pages, _media, workflows, tasks, _types, _collections, _perms = first
    assert groups == [
        "Freigabe Beirat",
        "Freigabe Polizei",
        "Redaktion Beirat",
        "Redaktion Polizei",
        "Übersetzung",
    ]
    assert workflows == ["Gemeinsame Freigabe"]
    assert tasks == 1
    assert isinstance(Task.objects.get().specific, JointApprovalTask)
    assert sorted(
        Collection.get_first_root_node().get_children().values_list("name", flat=True)
    ) == [
        "Beirat",
        "Gemeinsam",
        "Polizei",
    ]


def test_every_locale_tree_and_snippet_type_is_under_the_workflow(home_page, english):
    call_command("setup_editorial", verbosity=0)
    workflow = Workflow.objects.get(name="Gemeinsame Freigabe")
    assert Page.get_first_root_node().get_workflow() == workflow
    english_home = home_page.copy_for_translation(english)
    assert english_home.get_workflow() == workflow
    for label in SNIPPETS_UNDER_APPROVAL:
        assert WorkflowContentType.objects.filter(
            content_type__app_label=label.split(".")[0],
            content_type__model=label.split(".")[1].lower(),
            workflow=workflow,
        ).exists()
    assert AlertFactory().get_workflow() == workflow


def test_only_the_translators_start_translations():
    call_command("setup_editorial", verbosity=0)
    holders = Group.objects.filter(permissions__codename="submit_translation")
    assert list(holders.values_list("name", flat=True)) == ["Übersetzung"]


def test_only_administrators_manage_locales_and_their_synchronisation():
    """Locale synchronisation publishes German pages as live aliases in another language; it
    is set on the locale, which no group may change."""
    call_command("setup_editorial", verbosity=0)
    locale_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", content_type__model="locale"
    )
    assert locale_permissions.exists()
    assert not Group.objects.filter(permissions__in=locale_permissions).exists()


def test_the_task_type_can_be_chosen_and_created_in_the_admin(admin_client, editorial):
    html = admin_client.get(reverse("wagtailadmin_workflows:select_task_type")).content.decode()
    assert "Gemeinsame Freigabe" in html or "gemeinsame Freigabe" in html
    url = reverse("wagtailadmin_workflows:add_task", args=("editorial", "jointapprovaltask"))
    response = admin_client.post(
        url,
        {
            "name": "Freigabe Sonderseiten",
            "police_group": Group.objects.get(name="Freigabe Polizei").pk,
            "council_group": Group.objects.get(name="Freigabe Beirat").pk,
        },
    )
    assert response.status_code == 302
    assert JointApprovalTask.objects.filter(name="Freigabe Sonderseiten").exists()
