"""django-axes with a second limit: failed logins per client address, whatever the user name.

Axes counts one combination of lockout parameters against one AXES_FAILURE_LIMIT. The pair
user name + address keeps the low limit (one police NAT must not lock out every editor); the
address alone gets AXES_ADDRESS_FAILURE_LIMIT, so one password tried against many names
(password spraying) is stopped too. A successful login still resets only its own pair."""

from django.conf import settings
from django.db.models import Sum

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt


class AddressLimitHandler(AxesDatabaseHandler):
    """Reports a pair as failed to the limit once its address reached the address limit."""

    def get_failures(self, request, credentials=None):
        failures = super().get_failures(request, credentials)
        attempts = AccessAttempt.objects.filter(ip_address=request.axes_ip_address)
        if settings.AXES_COOLOFF_TIME is not None:
            attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
        from_address = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
        request.axes_address_locked = from_address >= settings.AXES_ADDRESS_FAILURE_LIMIT
        if request.axes_address_locked:
            return max(failures, get_failure_limit(request, credentials))
        return failures
