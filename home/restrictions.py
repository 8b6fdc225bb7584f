"""Wagtail's `PageQuerySet.public()` reads every PageViewRestriction with a query each time it
is called, which is several times per page (the section indexes, the switcher, the listings).
`install()` replaces its `private_q` by one that reads the restricted sections from the frame
cache (approvable.generation; a restriction saved or deleted, or a page moved, bumps the
generation), building the same condition: a page is private when it is in or below a
restricted page. Upgrade canary: tests/canaries/test_wagtail.py (the source of `private_q`)."""

from types import SimpleNamespace

from django.db.models import Q

from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

from approvable.generation import cached


def restricted_sections():
    """(path, depth) of every page with a view restriction, from the frame cache."""

    def build():
        return sorted(set(PageViewRestriction.objects.values_list("page__path", "page__depth")))

    return cached("restricted-sections", (), build)


def private_q(self):
    q = Q()
    for path, depth in restricted_sections():
        q |= self.descendant_of_q(SimpleNamespace(path=path, depth=depth), inclusive=True)
    # do not match any page if no private section exists (as upstream).
    return q if q else Q(pk__in=[])


# Upstream's method, kept for the upgrade canary.
UPSTREAM_PRIVATE_Q = PageQuerySet.private_q


def install():
    PageQuerySet.private_q = private_q
