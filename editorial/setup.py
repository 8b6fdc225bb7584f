"""Roles, permissions, collections and the workflow as code (run by `setup_editorial`).

Idempotent: running it again changes nothing. It removes Wagtail's default Moderators/Editors
groups and its "Moderators approval" workflow, creates the five editorial groups with page,
snippet, image and document permissions, and assigns "Gemeinsame Freigabe" to the root page
(depth 1, so every locale's tree is covered) and to the snippet types under approval. Nobody but
administrators receives a publish permission: publishing is the workflow's finish action."""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from editorial.models import JointApprovalTask
from editorial.sides import (
    APPROVERS_COUNCIL,
    APPROVERS_POLICE,
    EDITORS_COUNCIL,
    EDITORS_POLICE,
    TASK_NAME,
    TRANSLATORS,
    WORKFLOW_NAME,
)

SNIPPETS_UNDER_APPROVAL = [
    "partners.Partner",
    "partners.ContactPerson",
    "events.Venue",
    "prevention.PreventionMaterial",
    "home.Alert",
]
COLLECTION_POLICE = "Polizei"
COLLECTION_COUNCIL = "Beirat"
COLLECTION_SHARED = "Gemeinsam"

ALL_GROUPS = [EDITORS_POLICE, EDITORS_COUNCIL, APPROVERS_POLICE, APPROVERS_COUNCIL, TRANSLATORS]
# Who reads and exports what visitors send through form pages (editorial.review.robust): the writing
# and approving groups of both sides, not the translators (submissions hold personal data).
FORM_SUBMISSION_GROUPS = [EDITORS_POLICE, EDITORS_COUNCIL, APPROVERS_POLICE, APPROVERS_COUNCIL]
# Which side's collection a group writes to (besides the shared one).
OWN_COLLECTION = {
    EDITORS_POLICE: COLLECTION_POLICE,
    EDITORS_COUNCIL: COLLECTION_COUNCIL,
    APPROVERS_POLICE: COLLECTION_POLICE,
    APPROVERS_COUNCIL: COLLECTION_COUNCIL,
}
MEDIA_WRITE = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
MEDIA_CHOOSE = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]
# Page permissions on the root (every locale's tree): write and edit, never publish.
PAGE_PERMISSIONS = {
    EDITORS_POLICE: ["add_page", "change_page"],
    EDITORS_COUNCIL: ["add_page", "change_page"],
    APPROVERS_POLICE: ["add_page", "change_page"],
    APPROVERS_COUNCIL: ["add_page", "change_page"],
    TRANSLATORS: ["change_page"],
}


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def snippet_permissions(group_name):
    """Django model permissions on the snippets under approval: add and change for writers,
    change for translators; never publish or delete."""
    actions = ["change", "view"] if group_name == TRANSLATORS else ["add", "change", "view"]
    result = []
    for label in SNIPPETS_UNDER_APPROVAL:
        model = apps.get_model(label)
        content_type = ContentType.objects.get_for_model(model)
        for action in actions:
            result.append(
                Permission.objects.get(
                    content_type=content_type, codename=f"{action}_{model._meta.model_name}"
                )
            )
    return result


def collections():
    root = Collection.get_first_root_node()
    result = {}
    for name in (COLLECTION_POLICE, COLLECTION_COUNCIL, COLLECTION_SHARED):
        existing = root.get_children().filter(name=name).first()
        result[name] = existing or root.add_child(instance=Collection(name=name))
    return root, result


def remove_wagtail_defaults():
    """Wagtail's first migrations create Moderators/Editors and a "Moderators approval"
    workflow whose group approval task would publish on a single approval."""
    for task in GroupApprovalTask.objects.filter(name="Moderators approval"):
        Workflow.objects.filter(workflow_tasks__task=task).delete()
        task.delete()
    Workflow.objects.filter(name="Moderators approval").delete()
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()


def setup_groups():
    root_page = Page.get_first_root_node()
    root_collection, by_name = collections()
    access_admin = permission("wagtailadmin", "access_admin")
    # Translators start and update translations; every translation still goes through the
    # joint approval (editorial/translations/localize.py closes wagtail-localize's publish paths).
    submit_translation = permission("wagtail_localize", "submit_translation")
    groups = {}
    for name in ALL_GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        extra = [submit_translation] if name == TRANSLATORS else []
        group.permissions.set([access_admin, *snippet_permissions(name), *extra])

        wanted_pages = {permission("wagtailcore", code) for code in PAGE_PERMISSIONS[name]}
        GroupPagePermission.objects.filter(group=group).exclude(
            page=root_page, permission__in=wanted_pages
        ).delete()
        for perm in wanted_pages:
            GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=perm)

        wanted_media = {(root_collection.pk, permission(*code).pk) for code in MEDIA_CHOOSE}
        if name in OWN_COLLECTION:
            for collection in (by_name[OWN_COLLECTION[name]], by_name[COLLECTION_SHARED]):
                wanted_media |= {(collection.pk, permission(*code).pk) for code in MEDIA_WRITE}
        existing = set(
            GroupCollectionPermission.objects.filter(group=group).values_list(
                "collection_id", "permission_id"
            )
        )
        for collection_id, permission_id in existing - wanted_media:
            GroupCollectionPermission.objects.filter(
                group=group, collection_id=collection_id, permission_id=permission_id
            ).delete()
        for collection_id, permission_id in wanted_media - existing:
            GroupCollectionPermission.objects.create(
                group=group, collection_id=collection_id, permission_id=permission_id
            )
    return groups


def setup_workflow(groups):
    task = JointApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = JointApprovalTask.objects.create(
            name=TASK_NAME,
            police_group=groups[APPROVERS_POLICE],
            council_group=groups[APPROVERS_COUNCIL],
        )
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root_page = Page.get_first_root_node()
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    for label in SNIPPETS_UNDER_APPROVAL:
        content_type = ContentType.objects.get_for_model(apps.get_model(label))
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
    return workflow


@transaction.atomic
def setup_editorial():
    remove_wagtail_defaults()
    groups = setup_groups()
    workflow = setup_workflow(groups)
    return groups, workflow
