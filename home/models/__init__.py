"""The shared app's models: the abstract BasePage and issuer attribution, the home, standard
and form pages, the site-wide alert, site settings and navigation. Split by topic; everything
is re-exported here so `home.models.X` keeps working."""

from .alerts import EXPIRY_REQUIRED, Alert, AlertForm, AlertLevel, AlertQuerySet
from .form_page import FormField, FormPage
from .pages import (
    PROMOTE_PANELS_WITHOUT_TEASER,
    BasePage,
    HomePage,
    IssuedMixin,
    SectionIndexPage,
    StandardPage,
)
from .site import MenuLocation, NavigationItem, NavigationMenu, SiteSettings

__all__ = [
    "EXPIRY_REQUIRED",
    "PROMOTE_PANELS_WITHOUT_TEASER",
    "Alert",
    "AlertForm",
    "AlertLevel",
    "AlertQuerySet",
    "BasePage",
    "FormField",
    "FormPage",
    "HomePage",
    "IssuedMixin",
    "MenuLocation",
    "NavigationItem",
    "NavigationMenu",
    "SectionIndexPage",
    "SiteSettings",
    "StandardPage",
]
