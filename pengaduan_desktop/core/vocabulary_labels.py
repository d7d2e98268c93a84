"""The vocabularies the window shows (statuses, channels, forms, id types, roles, events, SLA
states, permissions, workflow actions, step deadlines and their reminders' urgency) in English
beside their Indonesian labels, which stay where they are (core.vocabulary, core.sla, ...) for
documents. Keyed by catalogue code (core.messages.label_code)."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import Any

from pengaduan_desktop.core.messages import label_code

ENGLISH: dict[str, str] = {
    "channel.tatap_muka": "In person", "channel.kotak_pengaduan": "Complaint box",
    "channel.surat": "Letter", "channel.telepon": "Telephone", "channel.faks": "Fax",
    "channel.email": "Email", "channel.lapor": "SP4N-LAPOR!",
    "form.lisan": "Oral", "form.tertulis": "Written",
    "idtype.none": "No identity document", "idtype.KTP": "KTP (NIK)",
    "idtype.SIM": "SIM (driving licence)",
    "status.diterima": "Received", "status.diverifikasi": "Verified",
    "status.didisposisikan": "Assigned", "status.ditindaklanjuti": "In follow-up",
    "status.selesai": "Resolved", "status.ditolak": "Rejected", "status.dieskalasi": "Escalated",
    "status.tunda": "On hold", "status.diteruskan": "Forwarded", "status.diarsipkan": "Archived",
    "status.digabung": "Merged (duplicate)",
    "eventkind.received": "Received", "eventkind.verified": "Verified",
    "eventkind.disposed": "Assigned", "eventkind.follow_up": "Follow-up",
    "eventkind.note": "Internal note", "eventkind.reply": "Reply to the complainant",
    "eventkind.resolved": "Resolved", "eventkind.rejected": "Rejected",
    "eventkind.escalated": "Escalated to the Governor", "eventkind.reopened": "Reopened",
    "eventkind.printed": "Printed", "eventkind.exported": "Exported",
    "eventkind.due_changed": "Due date recalculated", "eventkind.held": "Put on hold",
    "eventkind.resumed": "Resumed", "eventkind.forwarded": "Forwarded to another agency",
    "eventkind.archived": "Archived", "eventkind.linked": "Related complaint",
    "role.pengelola": "Pejabat Pengelola Pengaduan (complaints officer)",
    "role.petugas": "Intake officer", "role.kepala": "Head of the Agency",
    "role.admin": "Administrator", "role.unit": "Unit officer",
    "sla.on_time": "Within time", "sla.due_soon": "Due soon", "sla.overdue": "Overdue",
    "sla.closed_on_time": "Resolved on time", "sla.closed_late": "Resolved late",
    "sla.rejected": "Rejected", "sla.on_hold": "Clock stopped",
    "sla.forwarded": "Forwarded", "sla.archived": "Archived", "sla.merged": "Merged",
    "permission.view_all": "see every complaint",
    "permission.view_unit": "see the complaints of a unit",
    "permission.intake": "record new complaints", "permission.edit": "change a complaint",
    "permission.correct_locked":
        "correct a complaint whose receipt has been printed or that has been closed",
    "permission.workflow": "follow up complaints",
    "permission.unit_follow_up": "record a unit's follow-up",
    "permission.letters": "print receipts and letters", "permission.attach": "add attachments",
    "permission.report_draft": "draft the monthly report",
    "permission.report_issue": "issue the monthly report",
    "permission.report_view": "see and export the monthly figures",
    "permission.personal_data": "export or erase a complainant's personal data",
    "permission.accounts": "manage staff and accounts",
    "permission.settings": "change the office settings",
    "permission.calendar": "change the working calendar",
    "permission.audit": "open the audit trail",
    "permission.backup": "back up and restore the database",
    "action.verify": "Verify", "action.dispose": "Assign to a unit",
    "action.follow_up": "Record follow-up", "action.note": "Internal note",
    "action.reply": "Reply to the complainant", "action.resolve": "Resolve with a result",
    "action.reject": "Reject", "action.reopen": "Reopen",
    "action.escalate": "Escalate to the Governor", "action.hold": "Put on hold",
    "action.resume": "Resume", "action.forward": "Forward to another agency",
    "action.archive": "Archive",
    "step.verification": "Verification", "step.unit_reply": "Unit's reply",
    "urgency.tomorrow": "due tomorrow", "urgency.today": "due today", "urgency.passed": "missed",
    "daykind.libur nasional": "National holiday", "daykind.cuti bersama": "Collective leave",
    "daykind.libur kantor": "Office day off", "daykind.hari kerja kantor": "Office working day",
    "letterkind.tanggapan": "Response letter", "letterkind.penolakan": "Rejection notice",
    "letterkind.eskalasi": "Escalation letter", "letterkind.laporan": "Monthly report",
    "letterkind.penerusan": "Forwarding letter",
}  # fmt: skip


# The audit trail's kinds of entry (core.audit.LABELS holds their Indonesian; entries keep
# their code): the English the window shows in English.
AUDIT_ACTIONS: dict[str, str] = {
    "intake": "Complaint recorded", "correction": "Data corrected", "workflow": "Follow-up",
    "calendar": "Working calendar", "office_profile": "Office profile",
    "letter_series": "Letter numbering", "rejection_reasons": "Rejection reasons",
    "report_issued": "Report issued", "letter_number": "Agenda number", "print": "Printing",
    "export": "Export", "attachment": "Attachment", "import": "Import", "demo": "Sample data",
    "identity_view": "Confidential identity viewed", "schema": "Database prepared",
    "event": "Note", "report_draft": "Report draft", "officers": "Staff", "units": "Units",
    "catalogue": "Services and categories", "service_time": "Service times",
    "sign_in": "Signed in", "sign_in_failed": "Failed sign-in",
    "sign_in_paused": "Account paused", "sign_out": "Signed out or screen locked",
    "account": "User account", "erasure": "Complainant's identity erased",
    "restore": "Restored from a backup", "messages": "Messages to the complainant",
    "link": "Linked complaints", "saved_view": "Saved view",
}  # fmt: skip

# Where each vocabulary's Indonesian labels live, loaded only when asked (the window shows
# before the database library loads: core.workflow would load it).
TABLES: dict[str, tuple[str, str]] = {
    "channel": ("vocabulary", "CHANNEL_LABELS"), "form": ("vocabulary", "FORM_LABELS"),
    "idtype": ("vocabulary", "ID_TYPE_LABELS"), "status": ("vocabulary", "STATUS_LABELS"),
    "eventkind": ("vocabulary", "EVENT_LABELS"), "role": ("vocabulary", "ROLE_LABELS"),
    "sla": ("sla", "SLA_LABELS"), "permission": ("permissions", "LABELS"),
    "action": ("workflow", "ACTION_LABELS"), "daykind": ("calendar", "DAY_KIND_LABELS"),
    "step": ("step_deadlines", "STEP_LABELS"), "urgency": ("step_deadlines", "URGENCY_LABELS"),
    "letterkind": ("agenda", "LETTER_KIND_LABELS"),
}  # fmt: skip
_labels: dict[str, tuple[str, str]] = {}
_loaded: set[str] = set()


def _load(kind: str) -> None:
    module, name = TABLES[kind]
    table: Mapping[Any, str] = getattr(import_module(f"pengaduan_desktop.core.{module}"), name)
    _labels.update({(code := label_code(v)): (text, ENGLISH[code]) for v, text in table.items()})
    _loaded.add(kind)


def label_texts(code: str) -> tuple[str, str]:
    """(Indonesian, English) of one vocabulary value's label."""
    kind = code.split(".", 1)[0]
    if kind not in _loaded:
        _load(kind)
    return _labels[code]


def labels() -> dict[str, tuple[str, str]]:
    """Every label: code -> (Indonesian, English)."""
    for kind in TABLES.keys() - _loaded:
        _load(kind)
    return _labels
