"""Translations go through the joint approval (docs/architecture.md, "Translations never go around
it").

wagtail-localize 1.14 has no workflow integration and several ways to change what the public
sees. Each is closed for non-administrators here:

- publishing from the translation editor: needs a publish permission nobody but administrators
  holds (tested);
- "update translations" with "publish immediately": its URL is re-registered with a form
  without that option (SafeUpdateTranslationsView);
- convert-to-alias: administrators only (its URL re-registered);
- parent pages that `copy_parent_pages` would create as live aliases: a translation whose
  parent page is not translated yet is refused with a message (submit view, and the guard in
  `create_or_update_translation`);
- saving a draft of a *live* translation: wagtail-localize writes the translated fields onto
  the live row (and sets live=False on snippets), i.e. publishes or unpublishes at once. The
  guard below saves a revision only, which the joint approval then publishes;
- publishing through `save_target`/`create_or_update_translation` by anyone but an
  administrator: refused;
- locale synchronisation: only administrators manage locales, and none is configured (tested).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Page
from wagtail_localize import models as localize_models
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments.ingest import ingest_segments
from wagtail_localize.views import edit_translation as localize_editor
from wagtail_localize.views.update_translations import UpdateTranslationsView

_original_create_or_update = TranslationSource.create_or_update_translation


def restricted(user):
    """Whether a user must go through the joint approval (everyone but administrators; code
    without a user, such as the demo loader and migrations, is not restricted)."""
    return user is not None and not user.is_superuser


def untranslated_parent(page, locale):
    """The nearest ancestor of `page` (below the root) without a real translation in `locale`:
    wagtail-localize would create it as a live alias of the German page."""
    parent = page.get_parent()
    while parent is not None and parent.depth > 1:
        translated = Page.objects.filter(
            translation_key=parent.translation_key, locale=locale, alias_of__isnull=True
        ).exists()
        if not translated:
            return parent.specific
        parent = parent.get_parent()
    return None


def save_translation_draft(source, locale, user, fallback=False):
    """Build the translation of `source` in memory and save it as a new revision only, leaving
    the live object untouched until the joint approval publishes the revision."""
    original = source.as_instance()
    target = source.get_translated_instance(locale)
    if isinstance(target, Page):
        target = target.specific
    current_slug = getattr(target, "slug", None)
    copy_synchronised_fields(original, target)
    segments = source._get_segments_for_translation(locale, fallback=fallback)
    with transaction.atomic():
        ingest_segments(original, target, source.locale, locale, segments)
        if isinstance(target, Page):
            # As wagtail-localize does when it saves a translation: a valid, free slug.
            target.slug = find_available_slug(
                target.get_parent(),
                slugify(target.slug) or current_slug,
                ignore_page_id=target.pk,
            )
        target.full_clean()
        target.save_revision(user=user)
        if isinstance(target, Page):
            # As wagtail-localize does after every page translation: the German page's view
            # restriction (a privacy setting, not content under approval) holds for it too.
            source.sync_view_restrictions(original, target)
    return target


def guarded_create_or_update_translation(
    self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False
):
    """TranslationSource.create_or_update_translation for everyone but administrators: no
    publish, a live translation changes in a revision only, no parent pages as live aliases.
    Same signature as upstream (tests/test_canaries.py checks that it still is)."""
    if publish and restricted(user):
        raise PermissionDenied(
            "Translations are published through the joint approval, not by wagtail-localize."
        )
    try:
        target = self.get_translated_instance(locale)
    except models.ObjectDoesNotExist:
        target = None
    live_target = target is not None and getattr(target, "live", False)
    if live_target and not publish and isinstance(target, Page | DraftStateMixin):
        return save_translation_draft(self, locale, user, fallback=fallback), False
    if target is None and copy_parent_pages and restricted(user):
        original = self.as_instance()
        parent = untranslated_parent(original, locale) if isinstance(original, Page) else None
        if parent is not None:
            raise ValidationError(
                _("Translate the parent page '%(parent)s' into %(language)s first.")
                % {"parent": parent, "language": locale.get_display_name()}
            )
    return _original_create_or_update(
        self,
        locale,
        user=user,
        publish=publish,
        copy_parent_pages=copy_parent_pages,
        fallback=fallback,
    )


# wagtail-localize writes its editor's dates with strftime("%-d %B %Y"), whose month name is
# always English ("7 December 2026"); the German numeric date reads the same in any language.
EDITOR_DATE_FORMAT = "%d.%m.%Y"


def install():
    """Called from EditorialConfig.ready()."""
    TranslationSource.create_or_update_translation = guarded_create_or_update_translation
    localize_models.DATE_FORMAT = EDITOR_DATE_FORMAT
    localize_editor.DATE_FORMAT = EDITOR_DATE_FORMAT


class SafeUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "update translations" without "publish immediately": the updated
    translations are synced as drafts and go through the joint approval."""

    def get_form(self):
        form = super().get_form()
        form.fields.pop("publish_translations", None)
        return form

    def form_valid(self, form):
        form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)
