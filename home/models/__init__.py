"""The shared app's models: the abstract BasePage and issuer attribution, the home, standard
and form pages, the site-wide alert, site settings and navigation. Split by topic; everything
is re-exported here so `home.models.X` keeps working."""

from .alerts import EXPIRY_REQUIRED, Alert, AlertForm, AlertLevel, AlertQuerySet
from .form_page import FormField, FormPage
from .pages import BasePage, HomePage, IssuedMixin, StandardPage, join_names
from .site import MenuLocation, NavigationItem, NavigationMenu, SiteSettings

__all__ = [
    "EXPIRY_REQUIRED",
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
    "SiteSettings",
    "StandardPage",
    "join_names",
]
