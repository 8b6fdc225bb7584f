"""Template tags of the site frame: home link, menus and the active alert of the language."""

from django import template

from wagtail.models import Locale

from home.models import Alert, HomePage, NavigationItem

register = template.Library()


@register.simple_tag
def home_url():
    """The URL of the active language's home page, or / if it has none yet."""
    home = HomePage.objects.live().filter(locale=Locale.get_active()).first()
    return home.url if home else "/"


def _menu(location):
    return list(
        NavigationItem.objects.filter(menu__location=location, menu__locale=Locale.get_active())
        .select_related("link_page")
        .order_by("sort_order")
    )


@register.simple_tag
def main_menu():
    return _menu("main")


@register.simple_tag
def footer_menu():
    return _menu("footer")


@register.simple_tag
def active_alerts():
    """Live, unexpired alerts of the active language (expiry checked at render time)."""
    return list(Alert.objects.active(locale=Locale.get_active()))
