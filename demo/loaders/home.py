"""The German home page, standard, legal and form pages, the alert and the site settings
(data/home.toml, data/legal/); once every section exists (`finish`), the pages that link other
sections (the career page: the information evening), the menus and the home page's links to
the news, Leichte Sprache and Gebärdensprache."""

import datetime

from django.utils import timezone

from wagtail.models import Page, Site

from home.factories import (
    AlertFactory,
    FormFieldFactory,
    FormPageFactory,
    HomePageFactory,
    NavigationItemFactory,
    NavigationMenuFactory,
    StandardPageFactory,
    paragraphs,
)
from home.models import SiteSettings
from images.factories import CustomImageFactory

from .. import legal
from ..bodies import Body
from ..files import read


def load(ctx):
    data = read("home.toml")
    fields = data["home"]
    home = HomePageFactory(
        parent=Page.objects.get(depth=1),
        title=fields["title"],
        slug=fields["slug"],
        hero_heading=fields["hero_heading"],
        hero_image=CustomImageFactory(**fields["hero_image"]),
        teaser=fields["teaser"],
        intro=fields["intro"],
        publish=True,
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.site_name = data["site"]["site_name"]
    site.save()
    # Wagtail's first migration created a welcome page; the home page replaces it.
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()

    pages = {home.slug: home}
    for fields in data["pages"]:
        if "body_html" in fields:
            # Links pages of other sections: filled in and published in `finish`.
            fields = {key: value for key, value in fields.items() if key != "body_html"}
            pages[fields["slug"]] = StandardPageFactory(parent=home, **fields, body=[])
            continue
        pages[fields["slug"]] = StandardPageFactory(
            parent=home, **{**fields, "body": paragraphs(*fields["body"])}, publish=True
        )
    # The legal texts link each other and the forms, so they are filled in and published
    # once the forms exist.
    for fields in legal.PAGES:
        pages[fields["slug"]] = StandardPageFactory(parent=home, **fields, body=[])
    for fields in data["forms"]:
        pages[fields["slug"]] = _form(pages[fields["parent"]], fields, data["form_defaults"])
    for fields in legal.PAGES:
        page = pages[fields["slug"]]
        body = legal.body(page.slug, pages.get)
        if body.missing:
            raise ValueError(f"{page.slug}.html links pages that do not exist: {body.missing}")
        page.body = body.blocks
        page.save_revision().publish()

    alert = data["alert"]
    AlertFactory(
        title=alert["title"],
        message=alert["message"],
        level=alert["level"],
        expire_at=timezone.now() + datetime.timedelta(days=alert["expires_in_days"]),
        publish=True,
    )
    settings = SiteSettings.for_site(site)
    settings.contact_phone = data["site"]["contact_phone"]
    settings.contact_email = data["site"]["contact_email"]
    settings.press_email = data["site"]["press_email"]
    settings.save()
    ctx.update(home=home, pages=pages)


def _form(parent, fields, defaults):
    page = FormPageFactory(
        parent=parent,
        title=fields["title"],
        slug=fields["slug"],
        intro=fields["intro"],
        show_partner_contacts=fields.get("show_partner_contacts", False),
        thank_you_text=defaults["thank_you_text"],
        to_address=defaults["to_address"],
        from_address=defaults["from_address"],
        subject=defaults["subject_prefix"] + fields["title"],
    )
    for order, field in enumerate(fields["fields"]):
        FormFieldFactory(
            page=page,
            label=field["label"],
            field_type=field["type"],
            required=field["required"],
            help_text=field.get("help_text", ""),
            sort_order=order,
        )
    page.save_revision().publish()
    return page


def finish(ctx):
    """The menus link the sections the other loaders created. The German main menu is the
    list of sections every language's menu follows (home.menus)."""
    data = read("home.toml")
    pages = ctx["pages"]
    linkable = {**{event.slug: event for event in ctx["events"].values()}, **pages}
    for fields in data["pages"]:
        if "body_html" in fields:
            page = pages[fields["slug"]]
            body = Body(fields["body_html"], linkable.get)
            if body.missing:
                raise ValueError(
                    f"The page {page.slug} links pages that do not exist: {body.missing}"
                )
            page.body = body.blocks
            page.save_revision().publish()
    for location, slugs in data["menus"].items():
        menu = NavigationMenuFactory(location=location)
        for order, slug in enumerate(slugs):
            NavigationItemFactory(
                menu=menu, link_page=pages[slug], link_url="", link_text="", sort_order=order
            )
    home, fields = ctx["home"], data["home"]
    home.featured_page = ctx["news"][fields["featured_news"]]
    home.easy_language_page = pages[fields["easy_language_page"]]
    home.sign_language_page = pages[fields["sign_language_page"]]
    home.save_revision().publish()
