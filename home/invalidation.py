"""What bumps the content generation (approvable.generation), connected once from
HomeConfig.ready(): every publish, unpublish (withdrawals and expiry included), move and
deletion of a page; every publish, unpublish and deletion of a snippet with drafts (the
approved snippets: partners, contact persons, venues, materials, alerts); and every save or
deletion of what is edited without approval but shown in the frame (menus, site settings,
view restrictions, locales, sites), and any save of a page or approved snippet row beyond
Wagtail's draft bookkeeping (saving a draft revision, locking): drafts change nothing the
public sees and bump nothing."""

from django.db.models.signals import post_delete, post_save

from wagtail import signals as wagtail_signals
from wagtail.models import DraftStateMixin, Locale, Page, PageViewRestriction, Site

from approvable.generation import bump_now_and_after_commit

DISPATCH_UID = "home.invalidation"


# What Wagtail writes on the live row when it saves a draft revision, locks or unlocks: none
# of it is shown to the public.
DRAFT_BOOKKEEPING = frozenset(
    {
        "comments",
        "latest_revision_created_at",
        "draft_title",
        "latest_revision",
        "has_unpublished_changes",
        "locked",
        "locked_by",
        "locked_at",
    }
)


def _on_save(sender, instance, update_fields=None, **kwargs):
    """Any other save of a page or approved snippet row: publishing saves the row in full,
    and so do code paths that write live rows directly (a copy, the demo, factories)."""
    if not isinstance(instance, Page | DraftStateMixin):
        return
    if update_fields is not None and set(update_fields) <= DRAFT_BOOKKEEPING:
        return
    bump_now_and_after_commit()


def _on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page | DraftStateMixin):
        bump_now_and_after_commit()


def _on_settings_save(sender, instance, created, **kwargs):
    # Created on the first request that reads them (`for_site`'s get_or_create): nothing
    # cached can hold a row that did not exist, so only a change bumps.
    if not created:
        bump_now_and_after_commit()


def connect():
    from home.models import NavigationItem, NavigationMenu, SiteSettings

    for signal in (
        wagtail_signals.page_published,
        wagtail_signals.page_unpublished,
        wagtail_signals.post_page_move,
        wagtail_signals.published,
        wagtail_signals.unpublished,
    ):
        signal.connect(bump_now_and_after_commit, dispatch_uid=f"{DISPATCH_UID}.{id(signal)}")
    post_save.connect(_on_save, dispatch_uid=f"{DISPATCH_UID}.save")
    post_delete.connect(_on_delete, dispatch_uid=f"{DISPATCH_UID}.delete")
    post_save.connect(
        _on_settings_save, sender=SiteSettings, dispatch_uid=f"{DISPATCH_UID}.settings"
    )
    post_delete.connect(
        bump_now_and_after_commit, sender=SiteSettings, dispatch_uid=f"{DISPATCH_UID}.settings-del"
    )
    for model in (NavigationMenu, NavigationItem, PageViewRestriction, Locale, Site):
        for signal in (post_save, post_delete):
            signal.connect(
                bump_now_and_after_commit,
                sender=model,
                dispatch_uid=f"{DISPATCH_UID}.{model._meta.label}.{id(signal)}",
            )
