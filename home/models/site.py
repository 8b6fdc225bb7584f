"""Language-independent site settings and the per-language navigation menus."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    InlinePanel,
    PageChooserPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site, TranslatableMixin

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from approvable.generation import cached


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Language-independent values only: one row per Site, shared by all ten languages.
    Texts live in the gettext catalogues or in translatable snippets."""

    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    press_email = models.EmailField(_("press e-mail"), blank=True)
    onlinewache_url = models.URLField(
        _("Onlinewache address"),
        default="https://www.polizei.rlp.de/onlinewache",
        help_text=_("Where crime reports go: the site itself takes none."),
    )
    nora_url = models.URLField(
        _("nora emergency app address"),
        default="https://www.nora-notruf.de/",
        help_text=_("The official emergency app for people who cannot phone."),
    )

    panels = ["contact_phone", "contact_email", "press_email", "onlinewache_url", "nora_url"]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """The settings of the request's site, as upstream, but read from the frame cache
        (approvable.generation; saving the settings bumps it) instead of a query per request.
        The admin edits through `for_site`, which stays uncached."""
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        site_settings = cached("site-settings", (site.pk,), lambda: cls.for_site(site))
        site_settings._request = request
        setattr(request, attr_name, site_settings)
        return site_settings


class MenuLocation(models.TextChoices):
    MAIN = "main", _("Main navigation")
    FOOTER = "footer", _("Footer")


class NavigationMenu(TranslatableMixin, ClusterableModel):
    """A menu of one language: the main navigation or the footer links. Administrators edit it
    per language; it is not under the joint approval (it only links approved pages)."""

    location = models.CharField(_("location"), max_length=20, choices=MenuLocation.choices)

    panels = ["location", InlinePanel("items", label=_("Links"))]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        constraints = [
            models.UniqueConstraint(
                fields=["location", "locale"], name="one_menu_per_location_and_locale"
            )
        ]

    def __str__(self):
        return f"{self.get_location_display()} ({self.locale})"


class NavigationItem(Orderable):
    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items")
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    link_url = models.URLField(_("external address"), blank=True)
    link_text = models.CharField(
        _("link text"),
        max_length=100,
        blank=True,
        help_text=_("Leave empty to use the page title."),
    )

    panels = [PageChooserPanel("link_page"), "link_url", "link_text"]

    def clean(self):
        super().clean()
        if bool(self.link_page_id) == bool(self.link_url):
            raise ValidationError(_("Choose either a page or an external address."))
        if self.link_url and not self.link_text:
            raise ValidationError({"link_text": _("An external link needs a link text.")})

    @property
    def text(self):
        return self.link_text or (self.link_page.title if self.link_page else self.link_url)
