"""Images and documents under the joint approval (docs/architecture.md, "Media follow the same
rule").

Wagtail's media have no revisions: a new file, title (the default alt text) or credit of an image
that a live page shows would change the approved page at once. So media that live content uses
are read-only for everyone but administrators (superusers): an editor uploads a new file and
chooses it in the page or snippet, and that change goes through the joint approval. "Used by
live content" is Wagtail's reference index pointing from a live page or live snippet (a model
without a live state counts as live). The rule sits in the permission policies of both media
models, so every route that asks them (edit, delete, multiple-upload edit/delete, bulk actions,
listing buttons) refuses; a middleware answers the direct requests with a German explanation
first, and an administrator's change of such media is written to the audit log. Who may
download media is editorial.files.serve."""

from django.contrib.contenttypes.models import ContentType
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin import messages
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import LogFormatter, log
from wagtail.models import ReferenceIndex
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy

LOCKED_ACTIONS = {"change", "delete"}
SHOWN_USERS = 3
LOG_ACTION = "editorial.live_media_change"

# Admin URL name -> the URL keyword of the object's id. Each changes or deletes one object.
GUARDED_VIEWS = {
    "wagtailimages:edit": "image_id",
    "wagtailimages:delete": "image_id",
    "wagtailimages:edit_multiple": "image_id",
    "wagtailimages:delete_multiple": "image_id",
    "wagtailimages:url_generator": "image_id",
    "wagtaildocs:edit": "document_id",
    "wagtaildocs:delete": "document_id",
    "wagtaildocs:edit_multiple": "doc_id",
    "wagtaildocs:delete_multiple": "doc_id",
}


def live_users(obj):
    """The live pages and snippets whose current content refers to `obj` (cached on it)."""
    cached = getattr(obj, "_editorial_live_users", None)
    if cached is not None:
        return cached
    ids_by_type = {}
    for content_type_id, object_id in ReferenceIndex.get_references_to(obj).values_list(
        "base_content_type_id", "object_id"
    ):
        ids_by_type.setdefault(content_type_id, set()).add(object_id)
    users = []
    for content_type_id, ids in sorted(ids_by_type.items()):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        queryset = model._default_manager.filter(pk__in=ids)
        if any(field.name == "live" for field in model._meta.get_fields()):
            queryset = queryset.filter(live=True)
        users.extend(queryset.order_by("pk"))
    obj._editorial_live_users = users
    return users


def is_used_live(obj):
    return bool(obj.pk) and bool(live_users(obj))


def forget_usage(obj):
    obj.__dict__.pop("_editorial_live_users", None)


def locked_message(obj):
    users = live_users(obj)
    names = ", ".join(f"„{user}“" for user in users[:SHOWN_USERS])
    if len(users) > SHOWN_USERS:
        names = _("%(names)s and %(count)s more") % {
            "names": names,
            "count": len(users) - SHOWN_USERS,
        }
    return _(
        "“%(title)s” is shown by published content (%(users)s), so only administrators may "
        "change or delete it. Upload a new file instead and choose it in that content: the "
        "change then goes through the joint approval."
    ) % {"title": obj.title, "users": names}


class LiveMediaPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents, without change and delete for media that
    live content uses (unless the user is an administrator)."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        actions = set(actions)
        if actions & LOCKED_ACTIONS and not user.is_superuser and is_used_live(instance):
            actions -= LOCKED_ACTIONS
            if not actions:
                return False
        return super().user_has_any_permission_for_instance(user, actions, instance)


def install():
    """Register the policies (called from EditorialConfig.ready, after wagtail.images and
    wagtail.documents registered theirs, which these replace)."""
    for model, auth_model in (
        (get_image_model(), "wagtailimages.Image"),
        (get_document_model(), "wagtaildocs.Document"),
    ):
        register_permission_policy(
            model,
            LiveMediaPermissionPolicy(
                model, auth_model=auth_model, owner_field_name="uploaded_by_user"
            ),
        )


def _guarded_object(request):
    match = request.resolver_match
    if match is None or match.view_name not in GUARDED_VIEWS:
        return None
    model = get_image_model() if match.namespace == "wagtailimages" else get_document_model()
    try:
        pk = int(match.kwargs[GUARDED_VIEWS[match.view_name]])
    except (KeyError, TypeError, ValueError):
        return None
    return model.objects.filter(pk=pk).first()


class LiveMediaGuardMiddleware:
    """Refuses an editor's direct request to change or delete media that live content uses
    with a German explanation (the permission policy would refuse it anyway, but only with
    Wagtail's general "no permission"), and logs an administrator's change of such media."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_editorial_private_media", False):
            patch_cache_control(response, private=True, no_store=True)
        obj = getattr(request, "_editorial_live_media", None)
        if obj is not None and response.status_code in (200, 302):
            self._log_admin_change(request, obj, response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name not in GUARDED_VIEWS:
            return None  # not reading request.user elsewhere keeps public pages cookie-free
        user = request.user
        if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
            return None  # Wagtail's own admin check answers
        obj = _guarded_object(request)
        if obj is None or not is_used_live(obj):
            return None
        if user.is_superuser:
            if request.method == "POST":
                request._editorial_live_media = obj
            return None
        message = locked_message(obj)
        match = request.resolver_match
        if match.url_name.endswith("_multiple") or (
            request.headers.get("x-requested-with") == "XMLHttpRequest"
        ):
            return JsonResponse({"success": False, "error_message": message}, status=403)
        messages.error(request, message)
        return redirect(f"{match.namespace}:index")

    def _log_admin_change(self, request, obj, response):
        if response.status_code == 200 and not request.resolver_match.url_name.endswith(
            "_multiple"
        ):
            return  # the form was shown again with errors: nothing changed
        if response.status_code == 200 and b'"success": true' not in response.content:
            return
        log(
            instance=obj,
            action=LOG_ACTION,
            user=request.user,
            data={
                "view": request.resolver_match.url_name,
                "used_by": [str(user) for user in live_users(obj)[:10]],
            },
        )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    @actions.register_action(LOG_ACTION)
    class LiveMediaChange(LogFormatter):
        label = gettext_lazy("Change of media used by published content (administrator)")

        def format_message(self, log_entry):
            used_by = ", ".join((log_entry.data or {}).get("used_by", []))
            return _("Administrator changed or deleted media shown by: %(used_by)s") % {
                "used_by": used_by or "?"
            }
