"""Canaries of Wagtail internals (places 7 to 16 and 23 to 26 of tests/canaries/__init__.py)."""

import ast
import hashlib
import inspect
import re
import textwrap
from pathlib import Path

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db import connection
from django.template import Context, engines
from django.template.loader_tags import BlockNode, ExtendsNode, IncludeNode
from django.urls import reverse

from wagtail import hooks
from wagtail import wagtail_hooks as core_hooks
from wagtail.admin import signal_handlers
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.admin.views import home as admin_home
from wagtail.admin.views.generic import mixins as generic_mixins
from wagtail.admin.views.generic import models as generic_views
from wagtail.admin.views.pages import edit as page_edit
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.documents import get_document_model
from wagtail.documents import get_permission_policy as wagtail_document_policy
from wagtail.images import forms as image_forms
from wagtail.images import get_image_model
from wagtail.images import get_permission_policy as wagtail_image_policy
from wagtail.images.models import AbstractImage
from wagtail.images.views import multiple as image_uploads
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.snippets.widgets import AdminSnippetChooser

import pytest
from modelsearch.backends import base as search_base
from modelsearch.backends.database.postgres import postgres as search_postgres

from editorial import admin_texts
from editorial import wagtail_hooks as editorial_hooks
from editorial.approval import guards, signals
from editorial.files import guard as media_guard
from home import wagtail_hooks as home_hooks
from search import backends as our_search

from . import fingerprint, on_upgrade, signature

# -- 7. Wagtail's workflow e-mails, disconnected by dispatch uid -----------------------------

NOTICES_SOURCE = "2afc24c3a6084dea"


def upstream_notices():
    """(signal, sender, dispatch uid) of every connect() in wagtail.admin's
    register_signal_handlers, read from its source."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(signal_handlers.register_signal_handlers)))
    found = set()
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "connect":
            keywords = {keyword.arg: keyword.value for keyword in call.keywords}
            found.add((call.func.value.id, keywords["sender"].id, keywords["dispatch_uid"].value))
    return found


def connected_uids(signal, sender):
    return {key[0] for key, _receiver, _is_async in signal.receivers if key[1] == id(sender)}


NOTICES_RECHECK = (
    "editorial/approval/signals.py WAGTAIL_NOTICES and editorial.approval.notifications"
)


def test_the_notices_we_disconnect_are_wagtails():
    upstream = upstream_notices()
    for signal, sender, uid in signals.WAGTAIL_NOTICES:
        name = next(n for n, s in vars(signal_handlers).items() if s is signal)
        assert (name, sender.__name__, uid) in upstream, on_upgrade(
            f"wagtail.admin no longer connects {name} with dispatch_uid {uid!r}", NOTICES_RECHECK
        )
    # A new notice (a workflow e-mail Wagtail adds) changes the source: decide whether ours
    # replace it too.
    assert fingerprint(signal_handlers.register_signal_handlers) == NOTICES_SOURCE, on_upgrade(
        "wagtail.admin.signal_handlers.register_signal_handlers", NOTICES_RECHECK
    )


def test_wagtails_notices_are_not_connected_after_our_setup():
    """Connect Wagtail's notices again as its ready() does, see them connected under the uids
    we disconnect, and gone once ours are set up (the state every other test runs in)."""
    signal_handlers.register_signal_handlers()
    for signal, sender, uid in signals.WAGTAIL_NOTICES:
        assert uid in connected_uids(signal, sender), on_upgrade(
            f"Wagtail's receiver {uid!r} is connected under another key", NOTICES_RECHECK
        )
    signals.connect()
    for signal, sender, uid in signals.WAGTAIL_NOTICES:
        assert uid not in connected_uids(signal, sender), NOTICES_RECHECK


# -- 8. admin templates we extend or include ---------------------------------------------------

OUR_TEMPLATES = Path(settings.BASE_DIR) / "templates"
ENGINE = engines["django"].engine


def is_ours(origin):
    return Path(origin.name).is_relative_to(OUR_TEMPLATES)


def upstream_template(name, skip=()):
    template, origin = ENGINE.find_template(name, skip=list(skip))
    return None if is_ours(origin) else template


def upstream_blocks(template):
    """The blocks of an upstream template and of the templates it extends."""
    names = {node.name for node in template.nodelist.get_nodes_by_type(BlockNode)}
    for extends in template.nodelist.get_nodes_by_type(ExtendsNode):
        parent = extends.parent_name.resolve(Context())
        skip = [template.origin] if parent == template.origin.template_name else []
        names |= upstream_blocks(ENGINE.find_template(parent, skip=skip)[0])
    return names


def our_templates_on_upstream():
    """(our template, the upstream template it extends, the blocks it overrides) and
    (our template, an upstream template it includes, the variables it passes)."""
    extended, included = [], []
    for path in sorted(OUR_TEMPLATES.rglob("*.html")):
        name = str(path.relative_to(OUR_TEMPLATES))
        template, origin = ENGINE.find_template(name)
        for node in template.nodelist.get_nodes_by_type(ExtendsNode):
            parent = node.parent_name.resolve(Context())
            upstream = upstream_template(parent, skip=[origin] if parent == name else [])
            if upstream is not None:
                # The top-level blocks override; blocks within them may be new ones of ours.
                blocks = {block.name for block in node.nodelist if isinstance(block, BlockNode)}
                extended.append((name, upstream, blocks))
        for node in template.nodelist.get_nodes_by_type(IncludeNode):
            child = node.template.resolve(Context())
            upstream = upstream_template(child) if isinstance(child, str) else None
            if upstream is not None:
                included.append((name, upstream, set(node.extra_context)))
    return extended, included


EXTENDED, INCLUDED = our_templates_on_upstream()


def test_the_upstream_templates_we_override_are_found():
    names = {(ours, upstream.origin.template_name) for ours, upstream, _blocks in EXTENDED}
    for name in [
        "wagtail_localize/admin/edit_translation.html",
        "wagtailadmin/shared/side_panels/includes/status/workflow.html",
    ]:
        assert (name, name) in names


@pytest.mark.parametrize(("ours", "upstream", "blocks"), EXTENDED, ids=[row[0] for row in EXTENDED])
def test_every_block_we_override_exists_upstream(ours, upstream, blocks):
    missing = blocks - upstream_blocks(upstream)
    assert not missing, on_upgrade(
        f"{upstream.origin.name} has no block {', '.join(sorted(missing))}",
        f"templates/{ours}, whose block(s) would no longer be shown",
    )


@pytest.mark.parametrize(
    ("ours", "upstream", "variables"),
    INCLUDED,
    ids=[f"{r[0]}>{r[1].origin.template_name}" for r in INCLUDED],
)
def test_the_variables_we_pass_to_upstream_includes_are_read(ours, upstream, variables):
    source = upstream.source
    unread = {name for name in variables if not re.search(rf"\b{name}\b", source)}
    assert not unread, on_upgrade(
        f"{upstream.origin.name} no longer reads {', '.join(sorted(unread))}", f"templates/{ours}"
    )


# -- 9. the dashboard panel "Awaiting your review" -----------------------------------------


def test_the_dashboard_panel_we_replace_keeps_its_name(rf, admin_user):
    request = rf.get("/admin/")
    request.user = admin_user
    panels = [admin_home.WorkflowObjectsToModeratePanel(), admin_home.LockedPagesPanel()]
    editorial_hooks.add_dashboard_panels(request, panels)
    assert not any(isinstance(p, admin_home.WorkflowObjectsToModeratePanel) for p in panels), (
        on_upgrade(
            "the name of wagtail.admin.views.home.WorkflowObjectsToModeratePanel",
            "editorial/wagtail_hooks.py add_dashboard_panels, which removes it by name",
        )
    )
    assert any(isinstance(p, admin_home.LockedPagesPanel) for p in panels)


# -- 10. the editor's POST fields the approval guards read --------------------------------------

OUT_OF_DATE_SOURCE = "2a9856e724237951"  # the same in the page and the generic edit view
GUARDS_RECHECK = "editorial/approval/guards.py and editorial/review/robust.py"


@pytest.mark.parametrize(
    "view",
    [page_edit.EditView, generic_mixins.CreateEditViewOptionalFeaturesMixin],
    ids=["page", "snippet"],
)
def test_wagtails_out_of_date_rule_is_the_one_guards_mirror(view):
    assert fingerprint(view.is_out_of_date.func) == OUT_OF_DATE_SOURCE, on_upgrade(
        f"{view.__module__}.{view.__name__}.is_out_of_date",
        "editorial/approval/guards.py _loaded_is_latest, which applies the same rule strictly",
    )


@pytest.mark.parametrize(
    ("module", "fields"),
    [
        (
            page_edit,
            [
                "loaded_revision_id",
                "loaded_revision_created_at",
                "overwrite_revision_id",
                "workflow-action-extra-data",
                "workflow-action-name",
                "action-workflow-action",
                "action-cancel-workflow",
            ],
        ),
        (
            generic_mixins,
            [
                "loaded_revision_id",
                "loaded_revision_created_at",
                "overwrite_revision_id",
                "workflow-action-extra-data",
                "workflow-action-name",
                '"workflow-action"',
                '"cancel-workflow"',
            ],
        ),
        (generic_views, ['request.POST.get(f"action-{action}")']),
    ],
    ids=["page editor", "snippet editor", "snippet editor actions"],
)
def test_the_post_fields_the_guards_read_are_the_editors(module, fields):
    source = inspect.getsource(module)
    for field in fields:
        assert field in source, on_upgrade(
            f"{module.__name__} no longer uses {field}", GUARDS_RECHECK
        )
    assert guards.EXTRA_DATA == "workflow-action-extra-data"


# -- 11. the permission policies of images and documents ---------------------------------------

MEDIA_RECHECK = "editorial/files/guard.py install() and LiveMediaPermissionPolicy"


@pytest.mark.parametrize(
    ("model", "wagtails"),
    [(get_image_model(), wagtail_image_policy), (get_document_model(), wagtail_document_policy)],
    ids=["images", "documents"],
)
def test_our_media_policy_replaces_wagtails_with_the_same_set_up(model, wagtails):
    ours = policy_registry.get_by_type(model)
    assert isinstance(ours, media_guard.LiveMediaPermissionPolicy), on_upgrade(
        f"the permission policy registered for {model.__name__}", MEDIA_RECHECK
    )
    upstream = wagtails()
    assert type(upstream) is CollectionOwnershipPermissionPolicy, on_upgrade(
        f"the class of Wagtail's policy for {model.__name__}", MEDIA_RECHECK
    )
    assert (upstream.auth_model, upstream.owner_field_name) == (
        ours.auth_model,
        ours.owner_field_name,
    ), on_upgrade(f"how Wagtail sets up the policy for {model.__name__}", MEDIA_RECHECK)


def test_every_instance_check_reaches_the_method_we_override():
    policy = CollectionOwnershipPermissionPolicy
    assert (
        signature(policy.user_has_any_permission_for_instance) == "(self, user, actions, instance)"
    )
    assert "self.user_has_any_permission_for_instance(" in inspect.getsource(
        policy.user_has_permission_for_instance
    ), on_upgrade(
        "CollectionOwnershipPermissionPolicy.user_has_permission_for_instance", MEDIA_RECHECK
    )


@pytest.mark.parametrize(("name", "keyword"), sorted(media_guard.GUARDED_VIEWS.items()))
def test_the_guarded_media_views_keep_their_names_and_keywords(name, keyword):
    assert reverse(name, kwargs={keyword: 1}), on_upgrade(
        f"the admin URL {name} with keyword {keyword}", "editorial/files/guard.py GUARDED_VIEWS"
    )


# -- 12. AbstractImage._set_image_file_metadata ----------------------------------------------


def test_the_upload_views_set_the_file_metadata_through_the_method_we_override():
    recheck = "images/models.py CustomImage._set_image_file_metadata (strips EXIF/GPS first)"
    assert signature(AbstractImage._set_image_file_metadata) == "(self)", on_upgrade(
        "AbstractImage._set_image_file_metadata", recheck
    )
    for module in (image_forms, image_uploads):
        assert "._set_image_file_metadata()" in inspect.getsource(module), on_upgrade(
            f"{module.__name__} no longer calls _set_image_file_metadata", recheck
        )


# -- 13. the rich-text "page" link handler ----------------------------------------------------


def test_our_page_link_handler_is_registered_after_wagtails():
    recheck = "home/wagtail_hooks.py link_only_live_pages (order 100) and LivePageLinkHandler"
    functions = hooks.get_hooks("register_rich_text_features")
    assert "register_link_type(PageLinkHandler)" in inspect.getsource(
        core_hooks.register_core_features
    ), on_upgrade("where Wagtail registers its PageLinkHandler", recheck)
    assert functions.index(core_hooks.register_core_features) < functions.index(
        home_hooks.link_only_live_pages
    ), on_upgrade("the order of Wagtail's register_core_features", recheck)
    assert signature(PageLinkHandler.get_many) == (
        "(attrs_list: list[dict]) -> list[django.db.models.base.Model]"
    ), on_upgrade("PageLinkHandler.get_many", recheck)


# -- 14. the content checker's alt-text check ---------------------------------------------------


def test_the_alt_text_check_we_replace_keeps_its_id():
    recheck = "home/wagtail_hooks.py ProjectContentChecker"
    checks = {check["id"] for check in ContentCheckerItem.axe_custom_checks}
    rules = {rule["id"]: rule for rule in ContentCheckerItem.axe_custom_rules}
    assert "check-image-alt-text" in checks, on_upgrade("Wagtail's alt-text check id", recheck)
    assert rules["alt-text-quality"]["any"] == ["check-image-alt-text"], on_upgrade(
        "Wagtail's alt-text-quality rule", recheck
    )
    assert "alt-text-quality" in ContentCheckerItem.axe_run_only


# -- 15. modelsearch's private search entry and the compilers we subclass ------------------------

SEARCH_RECHECK = "search/backends/ (LanguageSearchMixin, the language compilers and index)"


@pytest.mark.parametrize(
    ("method", "recorded"),
    [
        (
            search_base.BaseSearchBackend._search,
            "(self, query_compiler_class, query, model_or_queryset, **kwargs)",
        ),
        (
            search_postgres.PostgresSearchQueryCompiler.build_tsquery_content,
            "(self, query, config=None, invert=False)",
        ),
        (search_postgres.PostgresIndex.add_items, "(self, model, objs)"),
    ],
    ids=["_search", "build_tsquery_content", "add_items"],
)
def test_the_search_methods_we_call_or_override(method, recorded):
    assert signature(method) == recorded, on_upgrade(
        f"modelsearch {method.__qualname__}", SEARCH_RECHECK
    )


def test_the_sqlite_compiler_method_we_override():
    if connection.vendor != "sqlite":
        pytest.skip("modelsearch's SQLite backend imports only on SQLite")
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchQueryCompiler

    method = SQLiteSearchQueryCompiler.build_search_query_content
    assert signature(method) == "(self, query, config=None)", on_upgrade(
        f"modelsearch {method.__qualname__}", SEARCH_RECHECK
    )


def test_our_search_repeats_modelsearchs_search_and_indexes_with_the_backends_config():
    assert fingerprint(search_base.BaseSearchBackend.search) == "6bc941800c4ebb36", on_upgrade(
        "modelsearch BaseSearchBackend.search",
        "search/backends/__init__.py LanguageSearchMixin.search",
    )
    assert "self._search(" in inspect.getsource(our_search.LanguageSearchMixin.search)
    # LanguagePostgresIndex gives each language a copy of the backend with its configuration.
    assert "ObjectIndexer(obj, self.backend)" in inspect.getsource(
        search_postgres.PostgresIndex.add_items
    )
    assert "self.config = backend.config" in inspect.getsource(search_postgres.ObjectIndexer), (
        on_upgrade("how modelsearch's indexer reads the configuration", SEARCH_RECHECK)
    )


# -- 16. the sitemap's _urls ---------------------------------------------------------------------


def test_the_sitemap_method_we_replace_is_the_one_recorded():
    recheck = "home/sitemaps.py LocalizedSitemap._urls (alternates, latest_lastmod)"
    assert fingerprint(WagtailSitemap._urls) == "4bfc0b041a937325", on_upgrade(
        "wagtail.contrib.sitemaps Sitemap._urls", recheck
    )
    assert "self._urls(page, protocol, domain)" in inspect.getsource(DjangoSitemap.get_urls), (
        on_upgrade("django Sitemap.get_urls", recheck)
    )
    assert 'getattr(site, "latest_lastmod", None)' in inspect.getsource(sitemap_views.sitemap), (
        on_upgrade("how Django's sitemap view reads latest_lastmod", recheck)
    )


def test_the_view_restriction_methods_we_replace_are_the_ones_recorded():
    """home/restrictions.py replaces PageQuerySet.private_q with one that reads the restricted
    sections from the frame cache; home.models.pages.BasePage.get_view_restrictions skips
    upstream's two queries while there is no restriction; home.models.site.SiteSettings
    repeats BaseSiteSetting.for_request with a cached for_site."""
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.models import Page

    from home import restrictions

    assert fingerprint(restrictions.UPSTREAM_PRIVATE_Q) == "eb30b1c0017f13c2", on_upgrade(
        "wagtail.query.PageQuerySet.private_q", "home/restrictions.py private_q"
    )
    assert fingerprint(Page.get_view_restrictions) == "f41021bde7cdda11", on_upgrade(
        "wagtail.models.Page.get_view_restrictions", "home/models/pages.py get_view_restrictions"
    )
    assert fingerprint(BaseSiteSetting.for_request.__func__) == "564417ad62244e77", on_upgrade(
        "wagtail.contrib.settings BaseSiteSetting.for_request", "home/models/site.py for_request"
    )


# -- 25. the generic listing's column for a model field ----------------------------------------


def test_the_listing_column_method_we_extend_is_the_one_recorded():
    assert fingerprint(generic_views.IndexView._get_custom_column) == "49fbd7c178feb342", (
        on_upgrade(
            "wagtail.admin.views.generic.models.IndexView._get_custom_column (private)",
            "security/snippets.py ExportIndexView._get_custom_column (yes/no columns)",
        )
    )


# -- 26. the slim header's actions, copied to translate its landmark name -------------------------


def test_the_header_actions_template_we_copy_is_the_one_recorded():
    template = upstream_template(
        "wagtailadmin/shared/headers/_actions.html",
        skip=[ENGINE.find_template("wagtailadmin/shared/headers/_actions.html")[1]],
    )
    digest = hashlib.sha256(Path(template.origin.name).read_bytes()).hexdigest()[:16]
    assert digest == "facea723b6b91762", on_upgrade(
        "wagtailadmin/shared/headers/_actions.html",
        "templates/wagtailadmin/shared/headers/_actions.html, a copy with aria-label translated",
    )


# -- 28. the snippet chooser's texts, formatted when read ----------------------------------------


def test_the_snippet_chooser_texts_we_make_per_request_are_the_ones_recorded():
    assert AdminSnippetChooser.__init__ is admin_texts._init_with_lazy_texts
    assert fingerprint(admin_texts._upstream_init) == "90459eedc2c4d879", on_upgrade(
        "wagtail.snippets.widgets.AdminSnippetChooser.__init__ (its texts)",
        "editorial/admin_texts.py CHOOSER_TEXTS",
    )
    chooser = "wagtailadmin/widgets/chooser.html"
    source = ENGINE.find_template(chooser)[0].source
    for attribute in admin_texts.CHOOSER_TEXTS:
        assert f"widget.{attribute}" in source, on_upgrade(
            f"{chooser} no longer reads {attribute}", "editorial/admin_texts.py"
        )
