"""The forms that edit a client's details, each refusing bad input next to the field.

``SECTION_DIALOGS`` maps a section of the details panel to the dialog that edits it; every
dialog takes the client (a copy is edited) and hands back the whole edited client in ``value``.
"""

from __future__ import annotations

from ui.forms.base import FormDialog
from ui.forms.client import ClientDialog
from ui.forms.consents import ConsentDialog, ConsentsDialog
from ui.forms.goal import GoalDialog
from ui.forms.meetings import MeetingDialog, MeetingsDialog
from ui.forms.needs import NeedsDialog
from ui.forms.participation import FollowUpDialog, ParticipationDialog
from ui.forms.team import TeamDialog, TeamMemberDialog

__all__ = [
    "ClientDialog",
    "ConsentDialog",
    "ConsentsDialog",
    "FollowUpDialog",
    "FormDialog",
    "GoalDialog",
    "MeetingDialog",
    "MeetingsDialog",
    "NeedsDialog",
    "ParticipationDialog",
    "TeamDialog",
    "TeamMemberDialog",
]
