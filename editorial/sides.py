"""The two sides of every approval and the groups that speak for them.

Group names are German because editors see them in the admin; they are created by
`setup_editorial` and looked up by name everywhere else."""

from django.utils.translation import gettext_lazy as _

POLICE = "police"
COUNCIL = "council"
SIDES = (POLICE, COUNCIL)
SIDE_LABELS = {POLICE: _("Police"), COUNCIL: _("Migration council")}

EDITORS_POLICE = "Redaktion Polizei"
EDITORS_COUNCIL = "Redaktion Beirat"
APPROVERS_POLICE = "Freigabe Polizei"
APPROVERS_COUNCIL = "Freigabe Beirat"
TRANSLATORS = "Übersetzung"

APPROVER_GROUPS = {POLICE: APPROVERS_POLICE, COUNCIL: APPROVERS_COUNCIL}
EDITOR_GROUPS = {POLICE: EDITORS_POLICE, COUNCIL: EDITORS_COUNCIL}

WORKFLOW_NAME = "Gemeinsame Freigabe"
TASK_NAME = "Gemeinsame Freigabe"


def side_label(side):
    return SIDE_LABELS.get(side, side)
