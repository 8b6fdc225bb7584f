"""One registration for the admin hooks Wagtail names twice, once for pages and once for
snippets: the guards of the joint approval hold for both alike."""

import functools

from wagtail import hooks

# Wagtail's page hook and its snippet twin, each called as fn(request, object).
PAIRS = {
    "before_edit": ("before_edit_page", "before_edit_snippet"),
    "after_edit": ("after_edit_page", "after_edit_snippet"),
    "before_publish": ("before_publish_page", "before_publish"),
    "before_unpublish": ("before_unpublish_page", "before_unpublish"),
}


def register_for_pages_and_snippets(action, order=0):
    """Register `fn(request, obj)` for the page hook and the snippet hook of `action`; a page
    arrives as its specific instance."""
    page_hook, snippet_hook = PAIRS[action]

    def decorator(fn):
        @functools.wraps(fn)
        def for_page(request, page):
            return fn(request, page.specific)

        hooks.register(page_hook, for_page, order=order)
        hooks.register(snippet_hook, fn, order=order)
        return fn

    return decorator
