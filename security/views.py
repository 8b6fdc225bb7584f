"""The admin's second factor (django-otp, TOTP): enter the code of the authenticator app after
the password, or, without a device yet, set one up by scanning a QR code. Wagtail's admin URL
rules apply (register_admin_urls): only signed-in users with admin access reach these views."""

import base64
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

import segno
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Authenticator-App"


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_token(self):
        return "".join(self.cleaned_data["token"].split())


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


def _with_next(view, request):
    return f"{reverse(view)}?{urlencode({'next': _next_url(request)})}"


def _check(device, form):
    """Whether the form's code is valid for the device; django-otp slows down guessing."""
    allowed, _details = device.verify_is_allowed()
    if not allowed:
        form.add_error("token", _("Too many wrong codes. Please wait a moment and try again."))
        return False
    if not device.verify_token(form.cleaned_data["token"]):
        form.add_error("token", _("This code is not valid. Please enter the current code."))
        return False
    return True


@never_cache
@sensitive_post_parameters("token")
def verify(request):
    """The code page after the password, for users who have set up their app."""
    devices = list(TOTPDevice.objects.devices_for_user(request.user, confirmed=True))
    if not devices:
        return redirect(_with_next("security_2fa_setup", request))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        for device in devices:
            if _check(device, form):
                otp_login(request, device)
                return redirect(_next_url(request))
    return TemplateResponse(
        request, "security/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )


@never_cache
@sensitive_post_parameters("token")
def setup(request):
    """Set up the authenticator app: scan the QR code (or type the key), confirm with a code.
    Only for users without a confirmed device: nobody adds a second app with a password alone."""
    if user_has_device(request.user, confirmed=True):
        return redirect(_with_next("security_2fa_verify", request))
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name=DEVICE_NAME, confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _check(device, form):
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(request, _("Two-factor login is set up."))
        return redirect(_next_url(request))
    qr_code = segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2)
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return TemplateResponse(
        request,
        "security/two_factor_setup.html",
        {
            "form": form,
            "next": _next_url(request),
            "qr_code": qr_code,
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        },
    )
