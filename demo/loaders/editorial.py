"""Demo users, one per editorial role (data/users.toml). The demo content itself is published
by code, not through the workflow; `finish` marks it as jointly approved at its publication
time so the public attribution looks as it will."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import F

from wagtail.models import Page

from editorial.setup import SNIPPETS_UNDER_APPROVAL, setup_editorial
from editorial.sides import SIDES

from ..files import read

DEMO_PASSWORD = "demo-redaktion-lokal"  # noqa: S105 - local demo only, named in the README


def load(ctx):
    setup_editorial()
    user_model = get_user_model()
    for fields in read("users.toml")["users"]:
        user, created = user_model.objects.get_or_create(
            username=fields["username"],
            defaults={
                "first_name": fields["first_name"],
                "last_name": fields["last_name"],
                "email": f"{fields['username']}@example.org",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.set(Group.objects.filter(name__in=fields["groups"]))


def finish(ctx):
    sides = list(SIDES)
    for model in apps.get_models():
        if issubclass(model, Page) and hasattr(model, "jointly_approved_at"):
            # last_published_at lives in the parent table: no F() across the join.
            for pk, published_at in model.objects.filter(
                live=True, jointly_approved_at__isnull=True
            ).values_list("pk", "last_published_at"):
                model.objects.filter(pk=pk).update(
                    jointly_approved_at=published_at, approved_sides=sides
                )
    for label in SNIPPETS_UNDER_APPROVAL:
        model = apps.get_model(label)
        model.objects.filter(live=True, jointly_approved_at__isnull=True).update(
            jointly_approved_at=F("last_published_at"), approved_sides=sides
        )
