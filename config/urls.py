"""URL configuration. Public pages, feeds and calendars live under a language prefix (/de/,
/ar/ ...); the admin, the sitemap of all languages and robots.txt do not. `/` redirects by
Accept-Language to a switched-on language. The load balancer's probes `/healthz` and `/readyz`
have no prefix either. Django's set_language view
(django.conf.urls.i18n) is deliberately not routed: it would set a language cookie."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from editorial.files import serve as media_serve
from editorial.review import views as editorial_views
from health import views as health_views
from home.locales import language_root, require_language_on
from home.sitemaps import sitemap, sitemap_index
from home.views import favicon, robots_txt
from prevention.library import library as material_library
from search import views as search_views

urlpatterns = [
    path("", language_root, name="language_root"),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<str:section>.xml", sitemap, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    # The load balancer's probes (health/views.py), disallowed in robots.txt.
    path("healthz", health_views.healthz, name="healthz"),
    path("readyz", health_views.readyz, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # MEDIA_URL in every environment: only media live content uses reach anonymous visitors
    # (editorial.files.serve), so the web server must not serve MEDIA_ROOT itself.
    re_path(r"^media/(?P<path>.+)$", media_serve.serve_media, name="editorial_media"),
    # Draft links for reviewers without an account (disallowed in robots.txt).
    path("entwurf/<str:token>/", editorial_views.draft, name="editorial_draft"),
]

urlpatterns += i18n_patterns(
    path("suche/", require_language_on(search_views.search), name="search"),
    # The material library of every switched-on language, even one without a prevention
    # section (prevention/library.py): a view, never a German page under a foreign prefix.
    path("materialien/", require_language_on(material_library), name="material_library"),
    # News feeds and event calendars of each language (news/urls.py, events/urls.py).
    path("feeds/", include("news.urls")),
    path("feeds/", include("events.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A lost database connection answers 503 with a static page instead of the 500 page.
handler500 = "health.views.server_error"
