"""The legal and accessibility pages (Impressum, Datenschutzerklärung, Erklärung zur
Barrierefreiheit, Leichte Sprache, Gebärdensprache) from demo/data/legal/: the demo publishes
them, `install_legal_pages` installs them on a real site as drafts for the joint approval.
Production code: it uses no factories."""

from django.conf import settings

from wagtail.log_actions import log
from wagtail.models import Page

from editorial.sides import WORKFLOW_NAME
from home.models import HomePage, StandardPage

from .bodies import Body
from .files import DATA, read

PAGES = read("legal/pages.toml")["pages"]


def body(slug, find_page):
    """The blocks of the page `slug`; `find_page(slug)` finds the pages it links to."""
    return Body((DATA / "legal" / f"{slug}.html").read_text(encoding="utf-8"), find_page)


class NotInstallable(Exception):
    """The site lacks what the legal pages need: a German home page and its workflow."""


def install(user=None):
    """Add the legal pages the German home page does not have yet as drafts below it and
    submit each to the joint approval on behalf of `user`; publish none (both sides approve
    them like any page). Returns the pages created, the titles of those left alone because
    the home page has a page with their slug, and the slugs that links name but no page has
    (such a link keeps its text only; a call to action to it is left out)."""
    home = (
        HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .first()
    )
    if home is None:
        raise NotInstallable(
            "There is no German home page to put the legal pages under: create it first."
        )
    workflow = home.get_workflow()
    if workflow is None or workflow.name != WORKFLOW_NAME:
        raise NotInstallable(
            f"The German home page is not under the workflow {WORKFLOW_NAME!r}: run "
            "`manage.py setup_editorial` first, so both sides approve the legal pages."
        )
    existing = set(home.get_children().values_list("slug", flat=True))
    created = []
    for fields in PAGES:
        if fields["slug"] not in existing:
            page = StandardPage(**fields, body=[], live=False, owner=user)
            home.add_child(instance=page)
            created.append(page)

    def find_page(slug):
        return Page.objects.filter(locale=home.locale_id, slug=slug).order_by("path").first()

    missing = set()
    for page in created:
        content = body(page.slug, find_page)
        missing.update(content.missing)
        page.body = content.blocks
        page.save()
        revision = page.save_revision(user=user)
        log(instance=page, action="wagtail.create", user=user, revision=revision)
        workflow.start(page, user)
    left_alone = [fields["title"] for fields in PAGES if fields["slug"] in existing]
    return created, left_alone, sorted(missing)
