"""A malformed object id in an admin URL is a 404, not a 500.

Wagtail's generic admin views take the id as text (`<str:pk>`, or `.+` in the snippet
comparison URL) and hand it to the database, which raises on "abc" for an integer key. This
middleware checks, before such a view runs, that the `pk` of its URL is the model's key in its
canonical spelling, and answers 404 otherwise. Our own views check their ids themselves
(editorial.review.robust.object_pk)."""

from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404


class MalformedAdminIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = getattr(settings, "WAGTAILADMIN_PATH_PREFIX", "/admin/")

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(self.admin_prefix) or "pk" not in view_kwargs:
            return None
        model = (getattr(view_func, "view_initkwargs", None) or {}).get("model")
        if model is None:
            return None
        field = model._meta.pk
        raw = unquote(str(view_kwargs["pk"]))
        try:
            value = field.get_prep_value(field.to_python(raw))
        except (ValidationError, ValueError, TypeError, OverflowError) as error:
            raise Http404 from error
        if isinstance(value, int) and str(value) != raw:
            # "01", " 1" or Arabic-Indic digits: one object has one admin address.
            raise Http404
        return None
