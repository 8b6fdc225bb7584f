from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Admin hardening and upload rules: the client address behind the proxy, the
    Permissions-Policy header, two-factor login for the admin (django-otp) and the checks of
    uploaded documents. Imports no app of ours."""

    name = "security"
    verbose_name = _("Security")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 - registers the deployment checks
