"""The site's URLs plus one view that fails, for the tests of the error log and mail."""

from django.urls import path

from config.urls import handler500
from config.urls import urlpatterns as site_urlpatterns

__all__ = ["handler500", "urlpatterns"]


def failing_view(request):
    raise RuntimeError("the drill's planned failure")


urlpatterns = [path("kaputt/", failing_view), *site_urlpatterns]
