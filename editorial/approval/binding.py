"""An approval names the revision the approver saw (docs/architecture.md, "What the public sees is
what both sides approved").

Every approve, reject, emergency-publish and withdraw control carries a token of the revision
it shows: the revision's id and its creation time. The time is part of the token because
Wagtail's autosave overwrites a revision in place (same id, new content, new `created_at`).
When the action arrives and a newer revision exists, the action is refused and nothing is
recorded; the message links the comparison of what the approver saw with what is there now."""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail.models import Page

# The POST/GET field every control carries.
FIELD = "revision"


class StaleRevision(PermissionDenied):
    """The revision on the approver's screen is no longer the one that would be acted on (a
    PermissionDenied, so a race that slips past the forms is refused, never a 500)."""

    def __init__(self, obj, seen_id, current):
        super().__init__(f"revision {seen_id} is not the latest ({current and current.pk})")
        self.obj = obj
        self.seen_id = seen_id
        self.current = current


def token(revision):
    """The token of a revision: "<id>:<created_at ISO>", or "" for none."""
    if revision is None:
        return ""
    return f"{revision.pk}:{revision.created_at.isoformat()}"


def seen_id(value):
    """The revision id a token names, or None for a malformed token."""
    head = str(value or "").split(":", 1)[0]
    return int(head) if head.isascii() and head.isdigit() and len(head) < 19 else None


LATEST = object()


def check(obj, value, current=LATEST):
    """Raise StaleRevision unless `value` is the token of `current` (by default the object's
    latest revision; None for an object without revisions, whose token is "")."""
    if current is LATEST:
        current = obj.get_latest_revision()
    if str(value or "") != token(current):
        raise StaleRevision(obj, seen_id(value), current)
    return current


def compare_url(obj, old_id, new_id):
    """The admin's comparison of two revisions of a page or snippet, or None."""
    if not old_id or not new_id or old_id == new_id:
        return None
    try:
        if isinstance(obj, Page):
            return reverse("wagtailadmin_pages:revisions_compare", args=(obj.pk, old_id, new_id))
        name = obj.snippet_viewset.get_url_name("revisions_compare")
        return reverse(name, args=(quote(obj.pk), old_id, new_id))
    except (AttributeError, NoReverseMatch):
        return None


def stale_message(error):
    """The German message of a refused action, with a link to the comparison."""
    current = error.current
    text = _(
        "Nothing was recorded: '%(title)s' was changed after you opened it. Revision "
        "%(current)s is now the latest. Please check the changes and decide again."
    ) % {"title": error.obj, "current": current.pk if current else "–"}
    url = compare_url(error.obj, error.seen_id, current.pk if current else None)
    if url is None:
        return text
    return format_html('{} <a href="{}">{}</a>', text, url, _("Compare the revisions"))
