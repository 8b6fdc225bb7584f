"""The public draft view: one revision through a signed link, for partners without an account.

It renders exactly the linked revision under the strict public CSP with a DRAFT banner, sends
`X-Robots-Tag: noindex` and `Cache-Control: private, no-store`, and sets no cookie at all: the
optional comment form is authenticated by the signed token instead of a CSRF cookie, protected
by a honeypot and a rate limit, and mails the comment to the link's creator."""

from django import forms
from django.core import signing
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.log_actions import log
from wagtail.models import Page

from django_ratelimit.core import is_ratelimited

from editorial.approval.notifications import notify_draft_comment
from editorial.files.serve import sign_media_urls
from editorial.models import ShareLink
from home.forms import HoneypotMixin

DRAFT_COMMENT_RATE = "5/h"


class DraftCommentForm(HoneypotMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "name"}),
    )
    comment = forms.CharField(
        label=_("Your comment"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
    )


def _no_store(response):
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _problem(request, template, status, link=None):
    response = TemplateResponse(request, template, {"link": link}, status=status)
    response.render()
    return _no_store(response)


def _send_comment(link, obj, form, request):
    creator = link.created_by
    if creator is None or not creator.email:
        return
    notify_draft_comment(
        link, obj=obj, name=form.cleaned_data["name"], comment=form.cleaned_data["comment"]
    )
    log(
        instance=obj,
        action="editorial.draft_comment",
        revision=link.revision,
        data={"link_id": link.pk, "name": form.cleaned_data["name"]},
    )


@csrf_exempt  # authenticated by the signed token; the page sets no CSRF cookie
@require_http_methods(["GET", "POST"])
def draft(request, token):
    try:
        link = ShareLink.from_token(token)
    except (signing.BadSignature, ValueError, ShareLink.DoesNotExist):
        return _problem(request, "editorial/draft_forbidden.html", 403)

    obj = link.content_object()
    with translation.override(obj.locale.language_code):
        if not link.is_usable:
            return _problem(request, "editorial/draft_gone.html", 410, link)

        form = DraftCommentForm()
        limited = False
        if request.method == "POST":
            form = DraftCommentForm(request.POST)
            limited = is_ratelimited(
                request,
                group=f"editorial.draft:{link.pk}",
                key="ip",
                rate=DRAFT_COMMENT_RATE,
                method="POST",
                increment=True,
            )
            if limited:
                form.add_error(
                    None,
                    _(
                        "You have sent several comments in a short time. Please wait a while "
                        "and try again."
                    ),
                )
            elif form.is_valid():
                if not form.honeypot_filled:
                    _send_comment(link, obj, form, request)
                return _no_store(HttpResponseRedirect(f"{request.path}?sent=1"))

        draft_object = link.revision.as_object()
        request.is_preview = True
        request.preview_mode = draft_object.default_preview_mode
        if isinstance(draft_object, Page):
            # Page.serve would treat the comment POST as the page's own form submission.
            request.method = "GET"
        response = draft_object.serve_preview(request, draft_object.default_preview_mode)
        if hasattr(response, "context_data"):
            response.context_data = {
                **(response.context_data or {}),
                "draft_link": link,
                "draft_revision": link.revision,
                "comment_form": form,
                "comment_sent": request.GET.get("sent") == "1",
            }
        if hasattr(response, "render"):
            response.render()
        if response.get("Content-Type", "").startswith("text/html"):
            # Media the draft uses may be unpublished: sign their URLs for this link.
            response.content = sign_media_urls(response.content.decode(), link)
        if limited:
            response.status_code = 429
    # Templates may have asked for a CSRF token (e.g. a form page's own form); no cookie here.
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
    return _no_store(response)
