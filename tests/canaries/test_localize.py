"""Canaries of wagtail-localize internals (places 1 to 6 and 25 of tests/canaries/__init__.py)."""

import hashlib
import inspect
from pathlib import Path

from django.urls import resolve, reverse

from wagtail import hooks
from wagtail_localize import models as localize_models
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import TranslationSource
from wagtail_localize.views import convert, edit_translation
from wagtail_localize.views import edit_translation as localize_editor
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

import pytest

from editorial import wagtail_hooks as editorial_hooks
from editorial.translations import localize
from editorial.translations import views as localize_views

from . import fingerprint, on_upgrade, signature

CREATE_OR_UPDATE = "wagtail_localize TranslationSource.create_or_update_translation"
CREATE_OR_UPDATE_SIGNATURE = (
    "(self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False)"
)
CREATE_OR_UPDATE_SOURCE = "4c68c20a8ba2648b"


# -- 1. the global wrap --------------------------------------------------------------------


def test_the_wrap_of_create_or_update_translation_is_installed():
    assert (
        TranslationSource.create_or_update_translation
        is localize.guarded_create_or_update_translation
    ), on_upgrade(
        "TranslationSource.create_or_update_translation is not our guard",
        "editorial/apps.py (localize.install() in ready) and whether wagtail-localize now "
        "replaces the method itself",
    )
    upstream = localize._original_create_or_update
    assert upstream.__module__ == "wagtail_localize.models", "the guard wraps itself"


def test_the_wrapped_method_is_the_one_recorded():
    upstream = localize._original_create_or_update
    recheck = (
        "editorial/translations/localize.py: guarded_create_or_update_translation (same "
        "signature, refusals of publish and copy_parent_pages) and save_translation_draft, "
        "which repeats upstream's steps for a live translation"
    )
    assert signature(upstream) == CREATE_OR_UPDATE_SIGNATURE, on_upgrade(
        f"the signature of {CREATE_OR_UPDATE}", recheck
    )
    assert signature(localize.guarded_create_or_update_translation) == signature(upstream)
    assert fingerprint(upstream) == CREATE_OR_UPDATE_SOURCE, on_upgrade(
        f"the source of {CREATE_OR_UPDATE}", recheck
    )


# -- 2. the draft path repeats upstream's steps ------------------------------------------------

# (upstream call, the call in save_translation_draft that does the same)
DRAFT_STEPS = [
    ("copy_synchronised_fields(original, translation)", "copy_synchronised_fields(original, "),
    (
        "self._get_segments_for_translation(locale, fallback=fallback)",
        "source._get_segments_for_translation(locale, fallback=fallback)",
    ),
    ("ingest_segments(original, translation, self.locale, locale, segments)", "ingest_segments("),
    ("find_available_slug(", "find_available_slug("),
    ("self.sync_view_restrictions(original, translation)", "source.sync_view_restrictions("),
]


@pytest.mark.parametrize(("upstream_call", "our_call"), DRAFT_STEPS)
def test_the_draft_path_takes_the_steps_upstream_takes(upstream_call, our_call):
    assert upstream_call in inspect.getsource(localize._original_create_or_update), on_upgrade(
        f"{CREATE_OR_UPDATE} no longer calls {upstream_call}",
        "editorial/translations/localize.py save_translation_draft, which takes the same steps",
    )
    assert our_call in inspect.getsource(localize.save_translation_draft)


@pytest.mark.parametrize(
    ("method", "recorded"),
    [
        (TranslationSource._get_segments_for_translation, "(self, locale, fallback=False)"),
        (TranslationSource.sync_view_restrictions, "(self, original, translation_page)"),
    ],
    ids=["_get_segments_for_translation", "sync_view_restrictions"],
)
def test_the_source_methods_the_draft_path_calls(method, recorded):
    assert signature(method) == recorded, on_upgrade(
        f"the signature of TranslationSource.{method.__name__}",
        "editorial/translations/localize.py save_translation_draft",
    )


# -- 3 to 5. wagtail-localize's views that our URLs shadow -------------------------------------

# (upstream URL name, its route under "localize/", the upstream view, our view, our URL name,
#  the upstream methods we override or rely on with their recorded source hashes)
SHADOWED = [
    (
        "update_translations",
        "update/<int:translation_source_id>/",
        UpdateTranslationsView,
        localize_views.SafeUpdateTranslationsView,
        "editorial_update_translations",
        {"get_form": "1483d7a6caa4d1e5", "form_valid": "314e2852e1a71133"},
    ),
    (
        "convert_to_alias",
        "page/<int:page_id>/convert_to_alias/",
        convert.convert_to_alias,
        localize_views.convert_to_alias,
        "editorial_convert_to_alias",
        {"": "eac3f1fb14d11b25"},
    ),
    (
        "submit_page_translation",
        "submit/page/<int:page_id>/",
        SubmitPageTranslationView,
        localize_views.SafeSubmitPageTranslationView,
        "editorial_submit_page_translation",
        {"post": "1cb8a535660f14b2", "get_form": "e0c039780802f214"},
    ),
]


def view_of(callback):
    """The view class of a class-based view, else the function (under Wagtail's decorators)."""
    return getattr(callback, "view_class", None) or inspect.unwrap(callback)


def upstream_patterns():
    (localize_include,) = localize_hooks.register_admin_urls()
    return {pattern.name: pattern for pattern in localize_include.url_patterns}


@pytest.mark.parametrize(
    ("name", "route", "upstream", "ours", "our_name", "methods"),
    SHADOWED,
    ids=[row[0] for row in SHADOWED],
)
def test_our_view_answers_the_path_of_the_upstream_view(
    name, route, upstream, ours, our_name, methods
):
    recheck = (
        f"editorial/wagtail_hooks.py override_wagtail_localize_urls ({our_name}) and "
        f"{ours.__module__}.{ours.__name__}"
    )
    pattern = upstream_patterns().get(name)
    assert pattern is not None, on_upgrade(f"wagtail_localize:{name} is gone", recheck)
    assert str(pattern.pattern) == route, on_upgrade(
        f"the route of wagtail_localize:{name}", recheck
    )
    assert view_of(pattern.callback) is upstream, on_upgrade(
        f"the view of wagtail_localize:{name}", recheck
    )
    ours_pattern = {p.name: p for p in editorial_hooks.override_wagtail_localize_urls()}[our_name]
    assert str(ours_pattern.pattern) == f"localize/{route}"
    # What the admin answers at the upstream address: ours, listed first by hook order.
    match = resolve(reverse(f"wagtail_localize:{name}", args=(1,)))
    assert view_of(match.func) is ours, on_upgrade(
        f"the admin URL order: wagtail_localize:{name} no longer reaches our view", recheck
    )
    for method, recorded in methods.items():
        target = getattr(upstream, method) if method else upstream
        assert fingerprint(target) == recorded, on_upgrade(
            f"the source of {upstream.__name__}{'.' + method if method else ''}", recheck
        )


def test_update_translations_still_offers_publish_immediately_by_that_field_name():
    """SafeUpdateTranslationsView removes the field by name and forces it off."""
    source = inspect.getsource(UpdateTranslationsView.form_valid)
    assert 'form.cleaned_data["publish_translations"]' in source, on_upgrade(
        "UpdateTranslationsView.form_valid no longer reads 'publish_translations'",
        "editorial/translations/localize.py SafeUpdateTranslationsView",
    )


# -- 6. the translation editor's publish, before wagtail-localize's editor ----------------------

EDITOR_HOOKS = [
    ("before_edit_page", localize_hooks.before_edit_page),
    ("before_edit_snippet", localize_hooks.before_edit_snippet),
]


@pytest.mark.parametrize(("hook", "upstream"), EDITOR_HOOKS, ids=["page", "snippet"])
def test_the_translation_editors_publish_is_answered_first(hook, upstream):
    ours = editorial_hooks.translation_publish_needs_a_reason
    recheck = f"editorial/wagtail_hooks.py {ours.__name__} (order -1)"
    functions = [inspect.unwrap(function) for function in hooks.get_hooks(hook)]
    assert upstream in functions, on_upgrade(
        f"wagtail-localize's {hook} hook ({upstream.__name__}) is gone", recheck
    )
    assert functions.index(ours) < functions.index(upstream), on_upgrade(
        f"the order of wagtail-localize's {hook} hook", recheck
    )


def test_the_translation_editor_publishes_on_action_publish():
    assert 'request.POST.get("action") == "publish"' in inspect.getsource(
        edit_translation.edit_translation
    ), on_upgrade(
        "wagtail-localize's translation editor no longer publishes on POST action=publish",
        "editorial/wagtail_hooks.py translation_publish_needs_a_reason, which intercepts that POST",
    )


# -- 27. the translation editor's dates, props and hard-coded texts --------------------------------


def test_the_editor_date_format_is_ours():
    assert localize_models.DATE_FORMAT == localize.EDITOR_DATE_FORMAT, on_upgrade(
        "wagtail_localize.models.DATE_FORMAT", "editorial/translations/localize.py install()"
    )
    assert localize_editor.DATE_FORMAT == localize.EDITOR_DATE_FORMAT
    assert "strftime(DATE_FORMAT)" in inspect.getsource(
        localize_models.StringTranslation.get_comment
    )


def test_the_editor_props_and_texts_we_rewrite_are_the_ones_recorded():
    recheck = (
        "editorial/templatetags/editorial_tags.py editor_props and editor_texts, "
        "static/editorial/translation-editor.js"
    )
    assert fingerprint(localize_editor.edit_translation) == "a6457c5b67a42e94", on_upgrade(
        "wagtail_localize.views.edit_translation.edit_translation (props)", recheck
    )
    script = Path(localize_editor.__file__).parent.parent / "static/wagtail_localize/js"
    digest = hashlib.sha256((script / "wagtail-localize.js").read_bytes()).hexdigest()[:16]
    assert digest == "0cad051358c409ee", on_upgrade(
        "wagtail-localize.js (its English texts)", recheck
    )
