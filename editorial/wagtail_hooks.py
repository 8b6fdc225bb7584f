"""Admin integration of the joint approval: audit-log actions shown in History."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .sides import side_label


@hooks.register("register_log_actions")
def register_log_actions(actions):
    @actions.register_action("editorial.approve_side")
    class ApproveSide(LogFormatter):
        label = _("Approve for one side")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            message = _("Approved for %(side)s (revision %(revision)s)") % {
                "side": side_label(data.get("side", "")),
                "revision": data.get("revision_id", "?"),
            }
            if data.get("comment"):
                message = f"{message}: {data['comment']}"
            return message

    @actions.register_action("editorial.publish_joint")
    class PublishJoint(LogFormatter):
        label = _("Publish after joint approval")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("Published revision %(revision)s after approval by both sides") % {
                "revision": data.get("revision_id", "?")
            }
