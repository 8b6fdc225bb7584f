"""Purge the cache in front of the site of every URL whose output a change altered (issue 17).

Public responses may be kept by the shared cache for a day (home/caching.py), so every change
that a visitor could see must remove what it changed, at once and completely. This module
decides what that is; Wagtail's frontend cache (`wagtail.contrib.frontend_cache`: `PurgeBatch`,
its backends, `WAGTAILFRONTENDCACHE_LANGUAGES`) sends it, to each cache in
`FRONTEND_CACHE_URLS` (README, Settings). The app itself is not installed: its signal handlers
purge only the page's own URL, and before the transaction commits, so a request in between
would put the old page back into the cache.

**When.** A page published (the joint approval's finish action, an emergency publish, a
translation, `publish_scheduled`'s go-live: all send `page_published`), unpublished (a
withdrawal, an administrator's unpublish, `publish_scheduled`'s expiry: `page_unpublished`),
moved (`pre_page_move` for the old place, `post_page_move` for the new) or deleted
(`pre_delete`, while its place and relations are still known); a snippet under the joint
approval (`approvable.ApprovedSnippet`: alert, partner, contact person, venue, material)
published, unpublished or deleted. The URLs are worked out when the signal fires and sent when
the transaction commits (`transaction.on_commit`), once per transaction.

**What, for a page.** The page and all its translations (facts such as an event's date and
venue come from the German page into every translation; their language switchers name each
other), each as a ban of its path prefix: the page with every query string (`?untranslated=1`)
and the pages below it, whose breadcrumbs and URLs contain it. Every ancestor up to the
language's home (the index page that lists it, an Interkulturelle Woche, the home page's
teasers), each with every query string (all pages of a paginated or filtered listing). Every
page that refers to it (Wagtail's reference index: a topic page's related events, a featured
page, a link in a body), with its translations and ancestors; where the reference comes from
the frame (a navigation menu) or an alert, every page of that language. Per language touched:
the feeds and calendars (`/<lang>/feeds/`), the material library and the search. The sitemap
(`/sitemap.xml` and all its parts). A home page (a language switched on or off: every page's
switcher and hreflang links) bans the whole site. The media the page uses (its images'
originals and renditions, its documents): an unpublished page's media may now answer 404, a
published one's may have been cached as 404 (editorial/files/serve.py).

**What, for a snippet.** The snippet and its translations; every page that refers to it (the
reference index: an event's venue, an item's issuing partner, a topic's contact person, a
document in a body) with their translations and ancestors (listings show venues and issuers);
pages the snippet names in a many-to-many field, which the reference index does not record (a
material's topic pages); the frame's snippets everywhere they show: an alert on every page of
its language, the partners on every home page. Per language: feeds, calendars, material library
and search. The snippet's media (a material's files).

**What, for the frame.** Navigation menus and site settings are edited by administrators
without the approval and saved at once (`post_save`, `post_delete`): a menu changes every page
of its language, the German main menu (which every language's menu follows) and the site
settings every page. A redirect (Wagtail's redirects app) its old path.

Paths go out as `PURGE <path>` (exact URLs) or `BAN` with `X-Ban-Url: <regex on the path>`
(everything matching on that host): the contract with the Varnish configuration in `site/`.
A ban's regex never holds a space or a quotation mark (`\x20`, `\x22` instead), so the cache
can put it into its ban expression unquoted.
"""

import logging
import re
import threading
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
    published,
    unpublished,
)

from approvable.models import ApprovedSnippet
from home.models import Alert, NavigationItem, NavigationMenu, SiteSettings
from partners.models import Partner

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 5
# Snippets shown in the frame of every page of their language.
FRAME_MODELS = (Alert, NavigationMenu, NavigationItem, SiteSettings)


class BanRequest(Request):
    def __init__(self, *args, method, **kwargs):
        super().__init__(*args, **kwargs)
        self._method = method

    def get_method(self):
        return self._method


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP backend (`PURGE <path>` with the public Host header), with a time limit
    (a cache that does not answer must not hold an editor's publish) and `BAN`."""

    def _send(self, method, path, host, headers=None):
        request = BanRequest(
            urlunsplit([self.cache_scheme, self.cache_netloc, path, "", ""]),
            method=method,
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"}
            | (headers or {}),
        )
        try:
            urlopen(request, timeout=TIMEOUT_SECONDS).close()  # noqa: S310 - our own setting
        except (URLError, OSError) as error:
            logger.error("%s %s %s at %s failed: %s", method, host, path, self.cache_netloc, error)

    def purge(self, url):
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        self._send("PURGE", path, parts.netloc)

    def ban(self, host, regex):
        self._send("BAN", "/", host, {"X-Ban-Url": regex})


def backend_settings():
    """WAGTAILFRONTENDCACHE for the caches named in FRONTEND_CACHE_URLS."""
    return {
        f"cache{number}": {"BACKEND": "home.purge.VarnishBackend", "LOCATION": url}
        for number, url in enumerate(settings.FRONTEND_CACHE_URLS)
    }


def _literal(text):
    """`text` as a regex without spaces or quotes, which the ban expression cannot carry."""
    return re.escape(text).replace("\\ ", "\\x20").replace('"', "\\x22")


def _exactly(path):
    """A path with every query string, nothing below it."""
    return f"^{_literal(path)}(\\?|$)"


def _below(path):
    """A path with every query string and everything below it."""
    return f"^{_literal(path)}"


class Purge:
    """The URLs and bans one transaction's changes need."""

    def __init__(self):
        self.urls = set()
        self.bans = set()  # (host, regex)
        self.seen = set()
        site = Site.objects.filter(is_default_site=True).first()
        self.root_url = site.root_url if site else "http://localhost"

    @property
    def host(self):
        return urlsplit(self.root_url).netloc

    def ban(self, regex, root_url=None):
        self.bans.add((urlsplit(root_url or self.root_url).netloc, regex))

    def _page_url(self, page):
        """(root URL, path) of a page, or None when it has no URL."""
        parts = page.get_url_parts()
        if parts is None:
            return None
        _site_id, root_url, path = parts
        return root_url or self.root_url, path

    # Languages --------------------------------------------------------------------------

    def add_language(self, code):
        for section in ("feeds/", "materialien/", "suche/"):
            self.ban(_below(f"/{code}/{section}"))

    def add_whole_language(self, code):
        self.ban(_below(f"/{code}/"))

    # Pages --------------------------------------------------------------------------------

    def add_page_url(self, page, pattern=_exactly):
        located = self._page_url(page)
        if located is not None:
            root_url, path = located
            self.urls.add(root_url + path)
            self.ban(pattern(path), root_url)

    def add_page(self, page):
        """A page that changed (published, unpublished, moved, deleted)."""
        if ("page", page.pk) in self.seen:
            return
        self.seen.add(("page", page.pk))
        pages = [page, *page.get_translations(inclusive=False)]
        for each in pages:
            if each.depth <= 2:  # a home: a language switched on or off
                self.ban("^/")
            self.add_page_url(each, _below)
            self._add_listings(each)
            self.add_media_of(each)
        self._add_referring(pages)
        self.ban("^/sitemap")

    def _add_listings(self, page):
        """The ancestors below the root (index pages, home) with every query string."""
        self.add_language(page.locale.language_code)
        for ancestor in page.get_ancestors().filter(depth__gt=1):
            self.add_page_url(ancestor)

    def _add_shown_on(self, page):
        """A page that shows a changed page or snippet: it and its listings, all languages."""
        if ("shown", page.pk) in self.seen:
            return
        self.seen.add(("shown", page.pk))
        for each in [page, *page.get_translations(inclusive=False)]:
            self.add_page_url(each)
            self._add_listings(each)

    def _add_referring(self, objects):
        """Every page, menu or alert whose content refers to one of `objects`."""
        for source in referring_objects(objects):
            if isinstance(source, Page):
                self._add_shown_on(source)
            elif isinstance(source, FRAME_MODELS):
                self._add_frame_object(source)

    def _add_frame_object(self, obj):
        if isinstance(obj, NavigationItem):
            obj = NavigationMenu.objects.filter(pk=obj.menu_id).select_related("locale").first()
            if obj is None:  # deleted with its menu: which language is unknown now
                self.ban("^/")
                return
        locale = getattr(obj, "locale", None)
        if locale is None:  # site settings: every page of every language
            self.ban("^/")
        elif isinstance(obj, NavigationMenu) and locale.language_code == settings.LANGUAGE_CODE:
            # Every language's main menu follows the German one (home.menus).
            self.ban("^/")
        else:
            self.add_whole_language(locale.language_code)

    def add_redirect(self, redirect):
        """A redirect's old path (Wagtail stores it without a trailing slash)."""
        path = redirect.old_path.rstrip("/")
        self.ban(f"^{_literal(path)}/?(\\?|$)")

    # Snippets -----------------------------------------------------------------------------

    def add_snippet(self, snippet):
        key = ("snippet", snippet._meta.label, snippet.pk)
        if key in self.seen:
            return
        self.seen.add(key)
        snippets = [snippet]
        if hasattr(snippet, "get_translations"):
            snippets += list(snippet.get_translations(inclusive=False))
        for each in snippets:
            locale = getattr(each, "locale", None)
            if locale is not None:
                self.add_language(locale.language_code)
            if isinstance(each, FRAME_MODELS):
                self._add_frame_object(each)
            if isinstance(each, Partner):
                for home in Page.objects.filter(depth=2):
                    self.add_page_url(home)
            for page in pages_named_by(each):
                self._add_shown_on(page)
            self.add_media_of(each)
        self._add_referring(snippets)

    # Media --------------------------------------------------------------------------------

    def add_media_of(self, obj):
        """The originals and renditions of the images `obj` uses, and its documents."""
        image_model, document_model = get_image_model(), get_document_model()
        for target in referred_objects(obj, (image_model, document_model)):
            if isinstance(target, image_model):
                stem = target.file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
                media = _literal(settings.MEDIA_URL)
                self.ban(f"^{media}(original_images|images)/{_literal(stem)}\\.")
            else:
                self.ban(_below(f"/documents/{target.pk}/"))

    # Sending ------------------------------------------------------------------------------

    def send(self):
        backends = get_backends(backend_settings())
        if not backends:
            return
        PurgeBatch(self.urls).purge(backend_settings=backend_settings())
        for host, regex in sorted(self.bans):
            for backend in backends.values():
                if hasattr(backend, "ban") and backend.invalidates_hostname(host):
                    backend.ban(host, regex)


def referring_objects(objects):
    """The current pages and other objects whose content refers to one of `objects`."""
    ids_by_type = {}
    for obj in objects:
        for content_type_id, object_id in ReferenceIndex.get_references_to(obj).values_list(
            "base_content_type_id", "object_id"
        ):
            ids_by_type.setdefault(content_type_id, set()).add(object_id)
    return _load(ids_by_type)


def referred_objects(obj, model_classes):
    """The objects of `model_classes` that `obj`'s content refers to."""
    wanted = {ContentType.objects.get_for_model(model).pk: model for model in model_classes}
    ids_by_type = {}
    for content_type_id, object_id in (
        ReferenceIndex.get_references_for_object(obj)
        .filter(to_content_type_id__in=wanted)
        .values_list("to_content_type_id", "to_object_id")
    ):
        ids_by_type.setdefault(content_type_id, set()).add(object_id)
    return _load(ids_by_type)


def _load(ids_by_type):
    found = []
    for content_type_id, ids in sorted(ids_by_type.items()):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        if issubclass(model, Page):
            found.extend(Page.objects.filter(pk__in=ids).specific())
        else:
            found.extend(model._default_manager.filter(pk__in=ids))
    return found


def pages_named_by(snippet):
    """Pages a snippet names in a many-to-many field (the reference index records only
    foreign keys): those pages list the snippet (a material on its topic pages)."""
    pages = []
    for field in snippet._meta.get_fields():
        if (
            isinstance(field, models.ManyToManyField)
            and field.related_model is not None
            and issubclass(field.related_model, Page)
        ):
            pages.extend(getattr(snippet, field.name).all())
    return pages


# Collecting per transaction ---------------------------------------------------------------

_local = threading.local()


class _Collect:
    """`with _Collect() as purge:` the Purge of the current transaction (None: no cache is
    configured). Inside a transaction it is sent once, when the transaction commits (a rolled
    back one sends nothing); outside one, right after the block."""

    def __enter__(self):
        if not settings.FRONTEND_CACHE_URLS:
            self.purge = None
            return None
        connection = transaction.get_connection()
        self.immediate = not connection.in_atomic_block
        if self.immediate:
            self.purge = Purge()
            return self.purge
        current = getattr(_local, "purge", None)
        registered = current is not None and any(
            callback == current.send_once for _ids, callback, _robust in connection.run_on_commit
        )
        if not registered:
            current = _local.purge = Purge()
            transaction.on_commit(current.send_once, robust=True)
        self.purge = current
        return current

    def __exit__(self, *exc_info):
        if self.purge is not None and self.immediate:
            self.purge.send()


def _send_once(self):
    if getattr(_local, "purge", None) is self:
        _local.purge = None
    self.send()


Purge.send_once = _send_once


def discard_pending():
    """Forget what the current transaction collected (tests that commit a block of their own
    inside a transaction that never commits)."""
    _local.purge = None


# Signals ----------------------------------------------------------------------------------


def on_page_changed(sender, instance, **kwargs):
    with _Collect() as purge:
        if purge is not None:
            purge.add_page(instance)


def on_page_moving(sender, instance, **kwargs):
    with _Collect() as purge:
        if purge is not None:
            # The old place: the page and what is below it, the old listings.
            purge.add_page_url(instance, _below)
            purge._add_listings(instance)


def on_page_moved(sender, instance, **kwargs):
    with _Collect() as purge:
        if purge is not None:
            purge.seen.discard(("page", instance.pk))
            purge.add_page(Page.objects.get(pk=instance.pk).specific)


def on_slug_changed(sender, instance, instance_before, **kwargs):
    """After a publish with a new slug: the old URL and everything below it."""
    with _Collect() as purge:
        if purge is not None:
            purge.add_page_url(instance_before, _below)


def on_snippet_changed(sender, instance, **kwargs):
    if not isinstance(instance, ApprovedSnippet):
        return
    with _Collect() as purge:
        if purge is not None:
            purge.add_snippet(instance)


def on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        on_page_changed(sender, instance)
    else:
        on_snippet_changed(sender, instance)


def on_frame_saved(sender, instance, **kwargs):
    """Menus and site settings (administrators only, not under the approval) show on every
    page of their language."""
    with _Collect() as purge:
        if purge is not None:
            purge._add_frame_object(instance)


def on_redirect_saved(sender, instance, **kwargs):
    with _Collect() as purge:
        if purge is not None:
            purge.add_redirect(instance)


def connect():
    """Connect the receivers (HomeConfig.ready)."""
    page_published.connect(on_page_changed, dispatch_uid="home.purge.published")
    page_unpublished.connect(on_page_changed, dispatch_uid="home.purge.unpublished")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="home.purge.slug_changed")
    pre_page_move.connect(on_page_moving, dispatch_uid="home.purge.pre_move")
    post_page_move.connect(on_page_moved, dispatch_uid="home.purge.post_move")
    published.connect(on_snippet_changed, dispatch_uid="home.purge.snippet_published")
    unpublished.connect(on_snippet_changed, dispatch_uid="home.purge.snippet_unpublished")
    # Per model: a receiver for every sender would take Django's fast delete from all models
    # (sessions, log entries, the reference index).
    for model in apps.get_models():
        if issubclass(model, (Page, ApprovedSnippet)):
            pre_delete.connect(on_delete, sender=model, dispatch_uid=f"home.purge.delete.{model}")
    for model in (NavigationMenu, NavigationItem, SiteSettings):
        uid = f"home.purge.frame.{model.__name__}"
        post_save.connect(on_frame_saved, sender=model, dispatch_uid=f"{uid}.saved")
        post_delete.connect(on_frame_saved, sender=model, dispatch_uid=f"{uid}.deleted")
    post_save.connect(on_redirect_saved, sender=Redirect, dispatch_uid="home.purge.redirect")
    post_delete.connect(on_redirect_saved, sender=Redirect, dispatch_uid="home.purge.redirect.d")
