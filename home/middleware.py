"""Middleware of the site frame: the language from the URL alone."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class UrlLanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that the language comes from the URL prefix alone:
    never from a cookie, and from Accept-Language only where `/` picks a home
    (home.locales.language_root). Outside the prefixed URLs (admin, documents) German is
    active, so the admin speaks German unless a user chose English in their account."""

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info)
        translation.activate(language or settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        # A 404 in the admin stays a 404: LocaleMiddleware would redirect it to
        # /de/admin/..., which Wagtail's catch-all answers with the public "not found" page.
        admin_prefix = getattr(settings, "WAGTAILADMIN_PATH_PREFIX", "/admin/")
        if response.status_code == 404 and request.path_info.startswith(admin_prefix):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
