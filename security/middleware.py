"""Security middleware: the Content-Security-Policy per area, the Permissions-Policy header, and
the second factor that every admin user must pass where ADMIN_2FA_REQUIRED is on (production)."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django_otp import user_has_device

# Admin URLs a signed-in user may reach before the second factor: signing in and out, the two
# views of the second factor, and what their pages load.
EXEMPT_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "security_2fa_verify",
    "security_2fa_setup",
}


class PermissionsPolicyMiddleware:
    """Sends PERMISSIONS_POLICY as the Permissions-Policy header: no camera, microphone,
    position and the like for any page of the site."""

    def __init__(self, get_response):
        self.get_response = get_response
        policy = getattr(settings, "PERMISSIONS_POLICY", {})
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})" for feature, origins in policy.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class AdminTwoFactorMiddleware:
    """Where ADMIN_2FA_REQUIRED is on, a signed-in user reaches the Wagtail admin only after
    entering a code from their authenticator app (django-otp's TOTP device): users with a device
    go to the code page, users without one to the set-up page. Needs django-otp's OTPMiddleware
    before it. The public site is unaffected."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.ADMIN_2FA_REQUIRED and self._needs_second_factor(request):
            view = (
                "security_2fa_verify"
                if user_has_device(request.user, confirmed=True)
                else "security_2fa_setup"
            )
            return redirect(f"{reverse(view)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _needs_second_factor(request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return False
        admin_prefix = getattr(settings, "WAGTAILADMIN_PATH_PREFIX", "/admin/")
        if not request.path_info.startswith(admin_prefix):
            return False
        try:
            name = resolve(request.path_info).url_name
        except Resolver404:
            return False
        return name not in EXEMPT_URL_NAMES


class AreaCSPMiddleware(CSPMiddleware):
    """The strict public policy from CONTENT_SECURITY_POLICY everywhere, and
    ADMIN_CONTENT_SECURITY_POLICY for the Wagtail admin, which still needs inline scripts and
    styles (its previews render inside the admin, so they get the admin policy too)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        admin_prefix = getattr(settings, "WAGTAILADMIN_PATH_PREFIX", "/admin/")
        if request.path_info.startswith(admin_prefix):
            directives = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            return PolicyParts(default_config(directives), parts.update, parts.replace, parts.nonce)
        return parts
