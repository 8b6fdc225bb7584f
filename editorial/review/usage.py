"""What loses a snippet or page when it is withdrawn: the live pages and items that use it,
from Wagtail's reference index (which Wagtail keeps from the database rows, i.e. the live
content of live objects). The withdrawal screen lists them first, so the approver sees what
changes on the public site."""

from wagtail.models import Page, ReferenceIndex

from partners.live import is_public

MAX_LISTED = 50


def live_users(obj):
    """[(object, edit URL or None)] of the live objects that refer to `obj`, pages first."""
    found = []
    for source, _references in ReferenceIndex.get_grouped_references_to(obj):
        if source is None or source == obj:
            continue
        if isinstance(source, Page):
            source = source.specific_deferred
        if is_public(source):
            found.append(source)
        if len(found) >= MAX_LISTED:
            break
    found.sort(key=lambda item: (not isinstance(item, Page), str(item)))
    return found
