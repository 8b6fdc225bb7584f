"""Admin views that route translations through the joint approval: the re-registered
wagtail-localize views, "Zur Freigabe einreichen" and the side-by-side review."""

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.views import convert
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from editorial.approval import binding
from editorial.approval.decide import decide_url
from editorial.models import JointApprovalTask
from editorial.review.admin_views import edit_path, get_object, may_edit, url_args
from editorial.translations.localize import (
    SafeUpdateTranslationsView,
    restricted,
    untranslated_parent,
)


class SafeSubmitPageTranslationView(SubmitPageTranslationView):
    """ "Translate this page", refused with a clear message when a parent page is not yet
    translated (wagtail-localize would create it as a live alias of the German page)."""

    def post(self, request, **kwargs):
        form = self.get_form()
        if restricted(request.user) and form.is_valid():
            for locale in form.cleaned_data["locales"]:
                parent = untranslated_parent(self.object, locale)
                if parent is not None:
                    form.add_error(
                        "locales",
                        _("Translate the parent page '%(parent)s' into %(language)s first.")
                        % {"parent": parent, "language": locale.get_display_name()},
                    )
            if form.errors:
                context = self.get_context_data(**kwargs)
                context["form"] = form
                return self.render_to_response(context)
        return super().post(request, **kwargs)

    def get_form(self):
        if not hasattr(self, "_form"):
            self._form = super().get_form()
        return self._form


def convert_to_alias(request, page_id):
    """Converting a translation back into an alias publishes the German page under another
    language's address: administrators only."""
    if not request.user.is_superuser:
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def translation_of(obj):
    """The synced wagtail-localize Translation whose target is `obj`, or None."""
    return (
        Translation.objects.filter(
            source__object_id=obj.translation_key, target_locale_id=obj.locale_id, enabled=True
        )
        .select_related("source", "target_locale", "source__locale")
        .first()
    )


def may_submit_translation(user, obj):
    return (
        user.is_active
        and user.has_perm("wagtail_localize.submit_translation")
        and may_edit(user, obj)
        and translation_of(obj) is not None
    )


def field_label(obj, path):
    """The admin's name of the field a segment belongs to ("Titel", "Inhalt"), not its path
    ("title", "body.<block id>"), which reads as English to approvers."""
    try:
        return capfirst(obj._meta.get_field(path.split(".", 1)[0]).verbose_name)
    except FieldDoesNotExist:
        return path


def string_segments(instance):
    """The translatable texts of an object as (field path, text), in page order."""
    return [
        (segment.path, segment.render_text())
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


def missing_segments(translation):
    return (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .count()
    )


def submit_translation_for_approval(request, app_label, model_name, pk):
    """Save the translation as a draft revision and start (or resume) the joint approval.
    GET asks for confirmation (the page listing links here); POST submits."""
    obj = get_object(app_label, model_name, pk)
    if not may_submit_translation(request.user, obj):
        raise PermissionDenied
    translation = translation_of(obj)
    if request.method != "POST":
        return TemplateResponse(
            request,
            "editorial/admin/submit_translation.html",
            {
                "object": obj,
                "translation": translation,
                "missing": missing_segments(translation),
                "edit_url": edit_path(obj),
            },
        )
    missing = missing_segments(translation)
    if missing:
        messages.error(
            request,
            _(
                "%(count)s texts are not translated yet. Translate them all before you submit "
                "the translation for approval."
            )
            % {"count": missing},
        )
        return redirect(edit_path(obj))
    with transaction.atomic():
        translation.save_target(user=request.user, publish=False)
        obj = get_object(app_label, model_name, pk)
        state = obj.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user=request.user)
        elif state is None:
            obj.get_workflow().start(obj, request.user)
        # In progress already: the new revision voids earlier approvals of the old one.
    messages.success(
        request,
        _("The translation '%(title)s' has been submitted for the joint approval.")
        % {"title": obj},
    )
    return redirect(edit_path(obj))


def review_translation(request, app_label, model_name, pk):
    """The approved German source beside the translation, segment by segment, with the
    approve and reject actions of the joint approval."""
    obj = get_object(app_label, model_name, pk)
    translation = translation_of(obj)
    task_state = obj.current_workflow_task_state
    task = task_state.task.specific if task_state else None
    if translation is None:
        raise PermissionDenied
    if not isinstance(task, JointApprovalTask):
        # E.g. right after the second approval published it.
        messages.info(
            request, _("'%(title)s' is not awaiting approval (any more).") % {"title": obj}
        )
        return redirect(edit_path(obj))
    if not (request.user.is_superuser or task.user_sides(request.user)):
        raise PermissionDenied
    # What would be published: the latest revision, beside the German source it was
    # translated from, text by text.
    rows = []
    # Texts are paired by field path (in order within a field), so an added or removed block
    # does not shift every row after it.
    targets = {}
    for path, text in string_segments(obj.get_latest_revision_as_object()):
        targets.setdefault(path, []).append(text)
    for path, source_text in string_segments(translation.source.as_instance()):
        texts = targets.get(path) or [""]
        rows.append(
            {"field": field_label(obj, path), "source": source_text, "target": texts.pop(0)}
        )
    # Bound to the revision shown in the table (editorial.approval.binding).
    shown = obj.get_latest_revision()
    actions = [
        (name, label, decide_url(task_state, name, shown, request.path))
        for name, label, _modal in task.get_actions(obj, request.user)
    ]
    return TemplateResponse(
        request,
        "editorial/admin/review_translation.html",
        {
            "object": obj,
            "translation": translation,
            "rows": rows,
            "actions": actions,
            "status": task.status_rows(obj, task_state),
            "edit_url": edit_path(obj),
            "here": request.path,
            "source_locale": translation.source.locale,
            "target_locale": translation.target_locale,
            "url_args": url_args(obj),
            "revision_token": binding.token(shown),
        },
    )


__all__ = [
    "SafeSubmitPageTranslationView",
    "SafeUpdateTranslationsView",
    "convert_to_alias",
    "review_translation",
    "submit_translation_for_approval",
]
