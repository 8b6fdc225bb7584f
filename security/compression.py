"""Compressed HTML for anonymous visitors, safe against BREACH (issue 17).

BREACH recovers a secret that a compressed response reflects next to text an attacker can put
into it (a search word, say) by watching the compressed size. So only responses without a
secret are compressed: not those that render a CSRF token (Django's CSRF middleware sets its
cookie on every response whose template called `{% csrf_token %}`: form pages, the admin) and not
those to a request with a session cookie (signed-in editors, whose pages show their data).
The public pages then hold nothing secret: their content is what everyone sees. The check
reads cookies, not `request.user`, so it adds no `Vary: Cookie`.

Files (documents, media) pass as they are: they are mostly compressed formats already (PDF,
office files, video), and a compressed stream would lose its Content-Length. Wagtail's document
download (`wagtail.utils.sendfile`) writes the file's guessed encoding into `Content-Encoding`
even when there is none, i.e. the literal text "None" (issue 19); that header is dropped here,
where every response passes."""

from django.conf import settings
from django.http import FileResponse
from django.middleware.gzip import GZipMiddleware


class PublicGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware (which adds `Vary: Accept-Encoding`) for responses without a
    secret in them, and never for files."""

    def process_response(self, request, response):
        if response.get("Content-Encoding") == "None":
            del response["Content-Encoding"]
        if (
            isinstance(response, FileResponse)
            or settings.CSRF_COOKIE_NAME in response.cookies
            or settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            return response
        return super().process_response(request, response)
