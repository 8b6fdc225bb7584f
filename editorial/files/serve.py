"""Who may download an uploaded file: media that no live content uses stay unpublished.

Images (originals and renditions under MEDIA_URL) and documents (Wagtail's serve view) reach an
anonymous visitor only when live content uses them (editorial.files.guard.live_users). Logged-in
admin users get every file. A draft link's reviewer has no account: the draft view signs each
media URL of the page it renders (`?entwurf=<link id>.<signature of the path>`), and such a URL
works as long as the draft link does (not revoked, not expired). Everything else answers 404, as
if the file did not exist. Files served to an editor or a reviewer are private, never cached."""

import re
from urllib.parse import unquote

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.crypto import constant_time_compare
from django.views.static import serve

from wagtail import hooks
from wagtail.images import get_image_model

from editorial.files.guard import live_users
from editorial.models import ShareLink

DRAFT_PARAM = "entwurf"
DRAFT_MEDIA_SALT = "editorial.draft-media"
ORIGINALS = "original_images/"
RENDITIONS = "images/"
# A media or document URL in rendered HTML, up to the end of the path (and a query string's ?).
_URL_END = r"[^\s\"'<>?#,&)]+"


def _is_editor(request):
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def _signature(link_pk, path):
    return signing.Signer(salt=DRAFT_MEDIA_SALT).signature(f"{link_pk}:{path}")


def draft_allows(request):
    """Whether the request carries a valid draft-link signature for its own path."""
    value = request.GET.get(DRAFT_PARAM, "")
    link_pk, _dot, signature = value.partition(".")
    if not link_pk.isdigit() or not signature:
        return False
    if not constant_time_compare(signature, _signature(link_pk, request.path)):
        return False
    link = ShareLink.objects.filter(pk=int(link_pk)).first()
    return link is not None and link.is_usable


def sign_media_urls(html, link):
    """The rendered draft HTML with every image and document URL signed for this link."""
    pattern = re.compile(
        rf"(?P<path>(?:{re.escape(settings.MEDIA_URL)}|/documents/\d+/){_URL_END})(?P<query>\?)?"
    )

    def signed(match):
        path = match.group("path")
        param = f"{DRAFT_PARAM}={link.pk}.{_signature(link.pk, unquote(path))}"
        return f"{path}?{param}{'&' if match.group('query') else ''}"

    return pattern.sub(signed, html)


def _private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


def _image_of(path):
    """The image a media path belongs to (original or rendition), or None."""
    image_model = get_image_model()
    if path.startswith(ORIGINALS):
        return image_model.objects.filter(file=path).first()
    if path.startswith(RENDITIONS):
        rendition_model = image_model.get_rendition_model()
        rendition = rendition_model.objects.filter(file=path).select_related("image").first()
        return rendition.image if rendition else None
    return None


def serve_media(request, path):
    """MEDIA_URL for the site: see the module docstring for who gets which file."""
    if _is_editor(request):
        response = _private(serve(request, path, document_root=settings.MEDIA_ROOT))
    else:
        image = _image_of(path)
        if image is None:
            raise Http404
        if live_users(image):
            response = serve(request, path, document_root=settings.MEDIA_ROOT)
        elif draft_allows(request):
            response = _private(serve(request, path, document_root=settings.MEDIA_ROOT))
        else:
            raise Http404
    if not path.startswith((ORIGINALS, RENDITIONS)):
        response["Content-Disposition"] = "attachment"
    patch_vary_headers(response, ["Cookie"])
    return response


@hooks.register("before_serve_document")
def only_used_documents(document, request):
    """Documents no live content uses answer 404 to visitors (editors and draft links aside)."""
    if _is_editor(request) or draft_allows(request):
        request._editorial_private_media = True  # LiveMediaGuardMiddleware: not cached
        return None
    if live_users(document):
        return None
    raise Http404
