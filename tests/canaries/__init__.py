"""Canaries: every place our code depends on an internal of Wagtail, wagtail-localize (with
Wagtail's modelsearch) or Django that is not public API. Each test records the upstream fact we
rely on (a signature, a hash of the upstream source, a name, a dispatch uid, a template block)
and fails after an upgrade that changes it, with a message that names what of ours to re-check.

wagtail-localize (test_localize.py)
 1. The global wrap of `TranslationSource.create_or_update_translation`
    (editorial/translations/localize.py, `install()`).
 2. `save_translation_draft` repeats upstream's steps, with the private
    `TranslationSource._get_segments_for_translation` and `sync_view_restrictions`.
 3. "Update translations" re-registered without "publish immediately"
    (SafeUpdateTranslationsView, editorial/wagtail_hooks.py, hook order -1).
 4. "Convert to alias" re-registered for administrators only (same hook).
 5. "Translate this page" re-registered to refuse live parent aliases
    (SafeSubmitPageTranslationView, same hook).
 6. The translation editor's publish answered before wagtail-localize's editor hooks
    (`before_edit_page`/`before_edit_snippet` at order -1 in editorial/wagtail_hooks.py).

Wagtail (test_wagtail.py)
 7. Wagtail's workflow e-mails disconnected by dispatch uid (editorial/approval/signals.py).
 8. Admin templates we extend by their own path or by name, block by block
    (templates/wagtailadmin/..., templates/wagtail_localize/..., templates/editorial/admin/...,
    templates/security/...).
 9. The dashboard panel "Awaiting your review" removed by its name (editorial/wagtail_hooks.py).
10. The editor's POST fields the approval guards read (editorial/approval/guards.py,
    editorial/review/robust.py): Wagtail's out-of-date rule and workflow-action fields.
11. The permission policies of images and documents replaced (editorial/files/guard.py,
    `install()`), and the admin URL names and keywords its middleware guards.
12. `AbstractImage._set_image_file_metadata`, private, overridden to strip metadata first
    (images/models.py).
13. The rich-text "page" link handler replaced after Wagtail registered its own
    (home/wagtail_hooks.py, hook order 100).
14. The content checker's built-in alt-text check, replaced by its id (home/wagtail_hooks.py).
15. modelsearch's private `_search` and its query compilers and index, subclassed per
    language (search/backends/).
16. Wagtail's sitemap `_urls`, overridden with Django's `latest_lastmod` (home/sitemaps.py).
16a. `PageQuerySet.private_q` replaced, `Page.get_view_restrictions` and
    `BaseSiteSetting.for_request` overridden to read the frame cache (home/restrictions.py,
    home/models/pages.py, home/models/site.py).

Django (test_django.py)
17. `ModelForm._post_clean` and `_errors`, overridden (security/uploads.py, home/models/alerts.py).
18. `Field._error_messages`, read (home/fields.py).
19. `_prefetched_objects_cache`, written (prevention/facts.py).
20. `FieldFile._committed`, read (images/models.py).
21. `django.utils.translation.trans_real.parse_accept_lang_header` (home/locales.py).
22. `request.META["CSRF_COOKIE_NEEDS_UPDATE"]`, cleared (editorial/review/views.py) and read
    (home/caching.py: a response that shows a CSRF token is never shared).

The cache (test_caching.py)
23. Wagtail's frontend cache: `HTTPBackend`'s `cache_scheme`/`cache_netloc`, subclassed with a
    time limit and BAN, and the purge task's per-language repetition, switched off by
    `WAGTAILFRONTENDCACHE_LANGUAGES = []` (home/purge.py).
24. Django's `SessionMiddleware` adding `Vary: Cookie` when the session was read, which
    home/caching.py drops from public responses.

Added later (test_wagtail.py, test_localize.py)
25. `IndexView._get_custom_column`, private, extended so boolean fields list as yes/no
    (security/snippets.py).
26. `wagtailadmin/shared/headers/_actions.html`, copied whole to translate its landmark name
    (templates/wagtailadmin/shared/headers/_actions.html).
27. wagtail-localize's editor: `DATE_FORMAT` in its models and editor view, replaced by a numeric
    date (editorial/translations/localize.py); the editor's props, of which non-administrators
    lose "Delete" and "Convert to alias", and the texts its script writes without gettext
    (editorial/templatetags/editorial_tags.py, static/editorial/translation-editor.js).
28. `AdminSnippetChooser.__init__`, wrapped: the texts it formats once become lazy strings,
    formatted in the language of each request (editorial/admin_texts.py).

Looked at and left out, being public API: `register_permission_policy`, hooks and their
documented arguments, `Page.serve_preview`, `SnippetViewSet`, `ContentCheckerItem`'s documented
attributes, `events/facts.py`'s `setattr` (our own fields), django-csp's `get_policy_parts`."""

import hashlib
import inspect


def fingerprint(obj):
    """A short hash of an upstream function's or class's source: any edit changes it."""
    return hashlib.sha256(inspect.getsource(obj).encode()).hexdigest()[:16]


def signature(obj):
    return str(inspect.signature(obj))


def on_upgrade(upstream, recheck):
    """The failure message of a canary: what changed upstream and what of ours to re-check."""
    return (
        f"Upstream changed: {upstream}. Re-check {recheck}; then record the new value in the "
        "canary (tests/canaries/)."
    )
