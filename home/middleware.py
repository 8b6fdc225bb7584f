"""Content-Security-Policy per area: the strict public policy from CONTENT_SECURITY_POLICY
everywhere, and ADMIN_CONTENT_SECURITY_POLICY for the Wagtail admin, which still needs inline
scripts and styles (its previews render inside the admin, so they get the admin policy too)."""

from django.conf import settings

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config


class AreaCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        admin_prefix = getattr(settings, "WAGTAILADMIN_PATH_PREFIX", "/admin/")
        if request.path_info.startswith(admin_prefix):
            directives = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            return PolicyParts(default_config(directives), parts.update, parts.replace, parts.nonce)
        return parts
