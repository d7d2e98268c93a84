"""Who may do what: the one table of roles and permissions, and the check every operation
makes before it writes (core.door). The window asks the same table to show only what the
signed-in role may use.

- Administrator: accounts, settings, the calendar, the audit trail, backup and restore.
- Pejabat Pengelola Pengaduan: every complaint; issues the monthly report; corrects received
  time, channel and identity after the receipt was printed or the complaint closed.
- Petugas: intake, follow-up, letters.
- Petugas unit kerja: sees only the complaints disposed to their unit and records their
  follow-up there.
- Kepala Badan: reads every complaint and the reports (signs the report on paper).

An operation run with no acting officer (officer_id None) is the program itself: `init`, the
demo, migrations and the tests' own set-up. The window and the CLI always name a user.
"""

from __future__ import annotations

from enum import StrEnum

from pengaduan_desktop.core.vocabulary import Role


class Permission(StrEnum):
    VIEW_ALL = "view_all"  # every complaint (else: only the own unit's, for a unit officer)
    VIEW_UNIT = "view_unit"  # the complaints disposed to the own unit
    INTAKE = "intake"  # record a new complaint, import a file of them
    EDIT = "edit"  # correct a complaint while its receipt is unprinted and it is open
    CORRECT_LOCKED = "correct_locked"  # received time, channel, identity after print/close
    WORKFLOW = "workflow"  # verify, dispose, reply, resolve, reject, reopen, escalate
    UNIT_FOLLOW_UP = "unit_follow_up"  # record follow-up on the own unit's complaint
    LETTERS = "letters"  # receipts and letters: print, save
    ATTACH = "attach"  # add an attachment
    REPORT_DRAFT = "report_draft"  # write the monthly report's conclusions
    REPORT_ISSUE = "report_issue"  # issue (number and store) the monthly report
    REPORT_VIEW = "report_view"  # preview and export the monthly figures
    PERSONAL_DATA = "personal_data"  # export or erase what is held about a complainant
    ACCOUNTS = "accounts"  # officers, their accounts and roles
    SETTINGS = "settings"  # office profile, lists, letter numbering, service time, retention
    CALENDAR = "calendar"  # office days off and extra working days
    AUDIT = "audit"  # browse, verify and export the audit trail
    BACKUP = "backup"  # back up the whole database, restore it from a backup


LABELS: dict[Permission, str] = {
    Permission.VIEW_ALL: "melihat semua pengaduan",
    Permission.VIEW_UNIT: "melihat pengaduan unit kerja",
    Permission.INTAKE: "mencatat pengaduan baru",
    Permission.EDIT: "mengubah data pengaduan",
    Permission.CORRECT_LOCKED: "mengoreksi pengaduan yang tanda terimanya sudah dicetak atau "
    "yang sudah ditutup",
    Permission.WORKFLOW: "menindaklanjuti pengaduan",
    Permission.UNIT_FOLLOW_UP: "mencatat tindak lanjut unit kerja",
    Permission.LETTERS: "mencetak tanda terima dan surat",
    Permission.ATTACH: "menambah lampiran",
    Permission.REPORT_DRAFT: "menyusun laporan bulanan",
    Permission.REPORT_ISSUE: "menerbitkan laporan bulanan",
    Permission.REPORT_VIEW: "melihat dan mengekspor rekap bulanan",
    Permission.PERSONAL_DATA: "mengekspor atau menghapus data pribadi pengadu",
    Permission.ACCOUNTS: "mengelola pegawai dan akun",
    Permission.SETTINGS: "mengubah pengaturan kantor",
    Permission.CALENDAR: "mengubah kalender kerja",
    Permission.AUDIT: "membuka jejak audit",
    Permission.BACKUP: "mencadangkan dan memulihkan basis data",
}

P = Permission
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset({P.ACCOUNTS, P.SETTINGS, P.CALENDAR, P.AUDIT, P.BACKUP}),
    Role.PENGELOLA: frozenset({
        P.VIEW_ALL, P.INTAKE, P.EDIT, P.CORRECT_LOCKED, P.WORKFLOW, P.UNIT_FOLLOW_UP,
        P.LETTERS, P.ATTACH, P.REPORT_DRAFT, P.REPORT_ISSUE, P.REPORT_VIEW, P.PERSONAL_DATA,
    }),
    Role.PETUGAS: frozenset({
        P.VIEW_ALL, P.INTAKE, P.EDIT, P.WORKFLOW, P.UNIT_FOLLOW_UP, P.LETTERS, P.ATTACH,
        P.REPORT_VIEW,
    }),
    Role.UNIT: frozenset({P.VIEW_UNIT, P.UNIT_FOLLOW_UP, P.ATTACH}),
    Role.KEPALA: frozenset({P.VIEW_ALL, P.REPORT_VIEW}),
}  # fmt: skip


def can(role: str, permission: Permission) -> bool:
    try:
        return permission in GRANTS[Role(role)]
    except ValueError:  # a role this version does not know grants nothing
        return False


def refusal(role: str, permission: Permission) -> str:
    """The sentence shown when a role lacks a permission."""
    from pengaduan_desktop.core.messages import Text, label_code

    try:
        role_label: str = Text(label_code(Role(role)))
    except ValueError:
        role_label = role
    return Text("door.refused", role=role_label, action=Text(label_code(permission)))
