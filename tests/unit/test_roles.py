"""Roles, enforced in core: every operation called as every role (and as an inactive account).
A refusal is errors.Forbidden with an Indonesian sentence and leaves the database exactly as it
was; a permitted call succeeds. OPERATIONS is the registry the matrix enumerates; a test below
fails when core gains an operation (a function taking `engine` and `officer_id`) that is not in
it, or a write transaction that does not go through core.door."""

from __future__ import annotations

import ast
import hashlib
import importlib
import inspect
import pkgutil
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

import pengaduan_desktop.core as core_package
from pengaduan_desktop.core import audit, clock
from pengaduan_desktop.core.accounts import (
    add_user,
    set_account,
    set_idle_lock_minutes,
)
from pengaduan_desktop.core.agenda import all_series, save_all_series
from pengaduan_desktop.core.attachments import add_attachment
from pengaduan_desktop.core.backup import write_backup
from pengaduan_desktop.core.calendar_service import set_override, set_sla_days
from pengaduan_desktop.core.caselist import CaseFilter, SortKey, count_cases, fetch_page, key_at
from pengaduan_desktop.core.catalogue import Kind, add_item, change_item, items
from pengaduan_desktop.core.complainant_data import held_about
from pengaduan_desktop.core.complaint_detail import complaint_detail, record_identity_view
from pengaduan_desktop.core.db import create_db_engine, reading, writing
from pengaduan_desktop.core.earlier import Probe, earlier_complaints
from pengaduan_desktop.core.editing import update_complaint
from pengaduan_desktop.core.erasure import erase_complainant, run_retention, set_retention_years
from pengaduan_desktop.core.errors import Forbidden
from pengaduan_desktop.core.events import record_event
from pengaduan_desktop.core.exports import export_month, record_export
from pengaduan_desktop.core.importer import import_file
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.lapor_export import export_lapor
from pengaduan_desktop.core.lapor_import import import_lapor
from pengaduan_desktop.core.letters import issue_letter
from pengaduan_desktop.core.lifecycle import Letter
from pengaduan_desktop.core.links import LinkKind, link_complaints, links_of
from pengaduan_desktop.core.mail_settings import Mail, save_mail
from pengaduan_desktop.core.message_templates import MessageKind, save_template
from pengaduan_desktop.core.models import Base, Complaint, OutboxMessage
from pengaduan_desktop.core.monthly import Month, month_figures
from pengaduan_desktop.core.office import default_officer
from pengaduan_desktop.core.office_setup import read_office, save_office, set_value
from pengaduan_desktop.core.officers import (
    OfficerData,
    add_officer,
    change_officer,
    delete_officer,
    insert_officer,
    set_officer_active,
)
from pengaduan_desktop.core.outbox import (
    ChatDraft,
    Via,
    chat_draft,
    confirm_chat,
    messages_for,
    send_again,
)
from pengaduan_desktop.core.permissions import Permission, can
from pengaduan_desktop.core.queries import recent_complaints
from pengaduan_desktop.core.rejection import RejectionKind, reasons, save_reason
from pengaduan_desktop.core.reports import issue_plan, save_draft
from pengaduan_desktop.core.restore import check_may_replace
from pengaduan_desktop.core.schema import init_database
from pengaduan_desktop.core.service_time import save_service_time
from pengaduan_desktop.core.step_deadlines import complaint_steps, due_reminders, set_step_days
from pengaduan_desktop.core.survey import Source, record_survey
from pengaduan_desktop.core.units import add_unit, change_unit, delete_unit
from pengaduan_desktop.core.vocabulary import EventKind, Role
from pengaduan_desktop.core.workflow import Action, Rejection, perform
from pengaduan_desktop.services.monthly_report import issue
from tests.conftest import BACKENDS, PINNED_NOW, PgCopies, _pg_database, _pg_url
from tests.helpers import complaint, fill_office
from tests.unit.test_importer import GOOD, write_csv
from tests.unit.working_views_roles import working_views_operations

INACTIVE = "inactive"
ACTORS = [*(r.value for r in Role), INACTIVE]
# The refusals' sentences (core.permissions.refusal, core.door).
REFUSALS = ("tidak berwenang", "tidak aktif", "tidak didisposisikan ke unit kerja Anda")
REPORTED = Month(2026, 10)  # a month that has ended on the pinned day (2026-11-29)


@dataclass
class World:
    """A database with one officer per role, two units and complaints in every state the
    operations need. `officers` maps a role (or "inactive") to the officer's id."""

    engine: Engine
    folder: Path
    officers: dict[str, int]
    unit_x: int  # the unit officer's unit
    unit_y: int
    spare_unit: int  # used by nothing: may be deleted
    spare_officer: int  # never acted: may be changed or deleted
    mine: int  # disposed to unit X, confidential, overdue (received in May)
    theirs: int  # disposed to unit Y
    fresh: int  # just received, no unit
    closed: int  # resolved with a result (a response letter exists), unit X
    held: int = 0  # on hold (Tunda), no unit

    def number(self, complaint_id: int) -> str:
        with reading(self.engine) as session:
            found = session.get(Complaint, complaint_id)
            assert found is not None
            return found.tracking_number


def _officer(session, name: str, nip: str, role: str, unit_id: int | None = None,
             active: bool = True) -> int:  # fmt: skip
    return insert_officer(session, OfficerData(name, nip, "Pengadministrasi", role,
                                               unit_id=unit_id, active=active))  # fmt: skip


def build_world(engine: Engine, folder: Path) -> World:
    fill_office(engine)
    unit_x = add_unit(engine, "UJIX", "Bidang Uji X", None)
    unit_y = add_unit(engine, "UJIY", "Bidang Uji Y", None)
    spare_unit = add_unit(engine, "CADANG", "Bidang Cadangan", None)
    with writing(engine) as session:
        ids = {
            Role.PENGELOLA.value: default_officer(session).id,
            Role.ADMIN.value: _officer(session, "Andi Admin", "198001012005011001", Role.ADMIN),
            Role.PETUGAS.value: _officer(
                session, "Putri Petugas", "198502022010012002", Role.PETUGAS
            ),  # fmt: skip
            Role.UNIT.value: _officer(
                session, "Udin Unit", "198703032011011003", Role.UNIT, unit_x
            ),  # fmt: skip
            Role.KEPALA.value: _officer(
                session, "Kusuma Kepala", "197004041995031004", Role.KEPALA
            ),  # fmt: skip
            # An inactive account with the widest role of the desk: refused all the same.
            INACTIVE: _officer(
                session, "Irma Nonaktif", "198905052012012005", Role.PENGELOLA, active=False
            ),  # fmt: skip
        }
        spare = _officer(session, "Sari Cadangan", "199006062015012006", Role.PETUGAS)
    mine = register(engine, complaint(confidential=True), None).id
    theirs = register(engine, complaint(summary="Gaji terlambat"), None).id
    fresh = register(engine, complaint(summary="Baru diterima"), None).id
    closed = register(engine, complaint(summary="Sudah selesai"), None).id
    for cid, unit in ((mine, unit_x), (theirs, unit_y), (closed, unit_x)):
        perform(engine, cid, Action.VERIFY, None)
        perform(engine, cid, Action.DISPOSE, None, "Mohon ditindaklanjuti", unit_id=unit)
    perform(engine, closed, Action.RESOLVE, None, "Dana telah dicairkan")
    with writing(engine) as session:  # an email the server refused, to send again (outbox)
        refused = OutboxMessage(complaint_id=mine, channel="email", kind="diterima",
                                recipient="siti@contoh.id", state="gagal", attempts=1)  # fmt: skip
        session.add(refused)
    held = register(engine, complaint(summary="Menunggu berkas"), None).id
    perform(engine, held, Action.HOLD, None, "Salinan SP2D")
    return World(engine, folder, ids, unit_x, unit_y, spare_unit, spare, mine, theirs, fresh,
                 closed, held)  # fmt: skip


@pytest.fixture(scope="module", params=BACKENDS)
def template(
    request: pytest.FixtureRequest, tmp_path_factory
) -> Iterator[tuple[str, World, PgCopies | None]]:
    """The world built once per backend (a file, or a PostgreSQL database); each test gets a
    copy, so that the matrix's few hundred calls each start from the same state. PostgreSQL
    copies are made ahead by a thread of their own (conftest.PgCopies)."""
    folder = tmp_path_factory.mktemp("roles")
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'template.db'}"
    else:
        pg = _pg_database()
        url = next(pg)
    engine = create_db_engine(url)
    with clock.pinned(PINNED_NOW):
        init_database(engine)
        built = build_world(engine, folder)
    engine.dispose()
    if request.param == "sqlite":
        yield url, built, None
        return
    copies = PgCopies(url.partition("?")[0].rsplit("/", 1)[1])
    try:
        yield url, built, copies
    finally:
        copies.close()  # drops the copies made ahead, and the template
        next(pg, None)


@pytest.fixture
def worlds(
    template: tuple[str, World, PgCopies | None], tmp_path: Path
) -> Iterator[Callable[[], World]]:
    """Makes fresh copies of the template's world (a file copy, or a copy of the template
    database on PostgreSQL); all are removed after the test."""
    url, built, copies = template
    engines: list[Engine] = []
    databases: list[str] = []

    def fresh() -> World:
        folder = tmp_path / f"w{len(engines)}"
        folder.mkdir()
        if copies is None:
            copy = folder / "pengaduan.db"
            shutil.copyfile(url.removeprefix("sqlite:///"), copy)
            engines.append(create_db_engine(f"sqlite:///{copy}"))
        else:
            databases.append(name := copies.take())
            engines.append(create_db_engine(_pg_url(name)))
        return replace(built, engine=engines[-1], folder=folder)

    try:
        yield fresh
    finally:
        for engine in engines:
            engine.dispose()
        if copies is not None:
            for name in databases:
                copies.give_back(name)


@pytest.fixture
def world(worlds: Callable[[], World]) -> World:
    return worlds()


def snapshot(engine: Engine) -> str:
    """A digest of every row of every table: equal before and after means nothing was written."""
    digest = hashlib.sha256()
    with reading(engine) as session:
        for table in Base.metadata.sorted_tables:
            rows = session.execute(select(table)).all()
            for line in sorted(repr(tuple(row)) for row in rows):
                digest.update(f"{table.name}:{line}\n".encode())
    return digest.hexdigest()


def audit_count(engine: Engine) -> int:
    return audit.entries(engine, limit=1).total


# -- the registry -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Op:
    permission: Permission | None  # None: any active account (what it touches is checked)
    call: Callable[[World, int], object]
    complaint: str | None = None  # World attribute of the complaint it acts on
    writes: bool | frozenset[str] = True  # a set: the roles whose call writes


def _series_changed(w: World, oid: int) -> None:
    first = all_series(w.engine)[0]
    save_all_series(w.engine, [replace(first, klasifikasi="000.9")], oid)


def _reason(w: World) -> int:
    return reasons(w.engine)[0].id


def _action(permission: Permission, action: Action, target: str, text: str) -> Op:
    def call(w: World, officer_id: int) -> int:
        extra: dict[str, object] = {}
        if action == Action.DISPOSE:
            extra["unit_id"] = w.unit_y
        if action == Action.REJECT:
            extra["rejection"] = Rejection(_reason(w), "Dinas Pendidikan")
        if action == Action.FORWARD:
            extra["agency"] = "Badan Pendapatan Daerah"
        return perform(w.engine, getattr(w, target), action, officer_id, text, **extra)  # type: ignore[arg-type]

    return Op(permission, call, target)


WORKFLOW_CALLS = [  # (the permission it needs, the action, on which complaint, its text)
    (Permission.WORKFLOW, Action.VERIFY, "fresh", ""),
    (Permission.WORKFLOW, Action.REJECT, "fresh", ""),
    (Permission.WORKFLOW, Action.DISPOSE, "mine", "Ke unit lain"),
    (Permission.UNIT_FOLLOW_UP, Action.FOLLOW_UP, "mine", "Berkas sedang diperiksa"),
    (Permission.UNIT_FOLLOW_UP, Action.NOTE, "mine", "Catatan unit"),
    (Permission.WORKFLOW, Action.REPLY, "mine", "Sedang kami proses"),
    (Permission.WORKFLOW, Action.RESOLVE, "mine", "Sudah dicairkan"),
    (Permission.WORKFLOW, Action.ESCALATE, "mine", "Melewati batas waktu"),
    (Permission.WORKFLOW, Action.REOPEN, "closed", "Pengadu keberatan"),
    (Permission.WORKFLOW, Action.HOLD, "mine", "Menunggu salinan SP2D"),
    (Permission.WORKFLOW, Action.RESUME, "held", ""),
    (Permission.WORKFLOW, Action.FORWARD, "fresh", "Bukan kewenangan BKAD"),
    (Permission.WORKFLOW, Action.ARCHIVE, "fresh", "Laporan ganda"),
]


def _lapor_file(folder: Path) -> Path:
    path = folder / "lapor.csv"
    path.write_text("ID Tracking;Tanggal Laporan;Judul Laporan\nLPR-9;20/05/2026;Honor\n",
                    encoding="utf-8")  # fmt: skip
    return path


def _summary_corrected(w: World, officer_id: int | None) -> object:
    """A field that never locks (the summary): EDIT is all it needs."""
    d = complaint_detail(w.engine, w.mine)
    after = replace(d.data, summary="Ringkasan diperbaiki oleh petugas")
    return update_complaint(w.engine, w.mine, d.data, after, officer_id, d.version)


P = Permission
OPERATIONS: dict[str, Op] = {
    "intake.register": Op(P.INTAKE, lambda w, o: register(w.engine, complaint(), o)),
    "importer.import_file": Op(P.INTAKE, lambda w, o: import_file(
        w.engine, write_csv(w.folder / "impor.csv", [GOOD]), o)),
    **{f"workflow.perform:{action.value}": _action(permission, action, target, text)
       for permission, action, target, text in WORKFLOW_CALLS},
    "attachments.add_attachment": Op(P.ATTACH, lambda w, o: add_attachment(
        w.engine, w.mine, _file(w.folder / "surat.txt"), o), "mine"),
    "letters.issue_letter": Op(P.LETTERS, lambda w, o: issue_letter(
        w.engine, Letter.RESPONSE, w.closed, o), "closed"),
    "events.record_event": Op(P.LETTERS, lambda w, o: record_event(
        w.engine, w.number(w.mine), EventKind.PRINTED, "Tanda terima dicetak", o), "mine"),
    "reports.save_draft": Op(P.REPORT_DRAFT, lambda w, o: save_draft(
        w.engine, REPORTED, "Kesimpulan", "Rekomendasi", o)),
    # The services layer reads the plan (checked), renders, then stores in one transaction.
    "reports.store_issued": Op(P.REPORT_ISSUE, lambda w, o: issue(
        w.engine, REPORTED, "Kesimpulan", "Rekomendasi", o)),
    "reports.issue_plan": Op(P.REPORT_ISSUE, lambda w, o: issue_plan(
        w.engine, REPORTED, "Kesimpulan", "Rekomendasi", o), writes=False),
    "editing.update_complaint": Op(P.EDIT, _summary_corrected, "mine"),

    "lapor_export.export_lapor": Op(P.REPORT_VIEW, lambda w, o: export_lapor(
        w.engine, w.folder / "lapor.csv", o)),
    "lapor_import.import_lapor": Op(P.INTAKE, lambda w, o: import_lapor(
        w.engine, _lapor_file(w.folder), o)),
    "exports.export_month": Op(P.REPORT_VIEW, lambda w, o: export_month(
        w.engine, month_figures(w.engine, REPORTED), w.folder / "rekap.csv", o)),
    "exports.record_export": Op(P.REPORT_VIEW, lambda w, o: record_export(
        w.engine, month_figures(w.engine, REPORTED), w.folder / "rekap.xlsx", o)),
    "calendar_service.set_override": Op(P.CALENDAR, lambda w, o: set_override(
        w.engine, date(2026, 12, 1), False, "SK Kepala Badan 1/2026", o)),
    "calendar_service.set_sla_days": Op(P.SETTINGS, lambda w, o: set_sla_days(w.engine, 7, o)),
    "service_time.save_service_time": Op(P.SETTINGS, lambda w, o: save_service_time(
        w.engine, 5, {1, 2, 3, 4, 5, 6}, o)),
    "office_setup.save_office": Op(P.SETTINGS, lambda w, o: save_office(
        w.engine, replace(read_office(w.engine), city="Singkawang"), o)),
    "office_setup.set_value": Op(P.SETTINGS, lambda w, o: set_value(
        w.engine, "kota", "Sambas", o)),
    "agenda.save_all_series": Op(P.SETTINGS, _series_changed),
    "rejection.save_reason": Op(P.SETTINGS, lambda w, o: save_reason(
        w.engine, None, RejectionKind.LAINNYA, "Pengaduan ganda", officer_id=o)),
    "catalogue.add_item": Op(P.SETTINGS, lambda w, o: add_item(
        w.engine, Kind.SERVICE, "Layanan Uji", o)),
    "catalogue.change_item": Op(P.SETTINGS, lambda w, o: change_item(
        w.engine, items(w.engine, Kind.CATEGORY)[0].id, "Kategori Uji", True, o)),
    "units.add_unit": Op(P.SETTINGS, lambda w, o: add_unit(w.engine, "BARU", "Bidang Baru", o)),
    "units.change_unit": Op(P.SETTINGS, lambda w, o: change_unit(
        w.engine, w.unit_y, "UJIY", "Bidang Uji Ygrek", True, o)),
    "units.delete_unit": Op(P.SETTINGS, lambda w, o: delete_unit(w.engine, w.spare_unit, o)),
    "officers.add_officer": Op(P.ACCOUNTS, lambda w, o: add_officer(w.engine, OfficerData(
        "Rina Marlina", "198501152010012001", "Pengadministrasi", Role.PETUGAS), o)),
    "officers.change_officer": Op(P.ACCOUNTS, lambda w, o: change_officer(
        w.engine, w.spare_officer, OfficerData("Sari Cadangan", "199006062015012006",
                                               "Analis", Role.PETUGAS), o)),
    "officers.set_officer_active": Op(P.ACCOUNTS, lambda w, o: set_officer_active(
        w.engine, w.spare_officer, False, o)),
    "officers.delete_officer": Op(P.ACCOUNTS, lambda w, o: delete_officer(
        w.engine, w.spare_officer, o)),
    "audit.check": Op(P.AUDIT, lambda w, o: audit.check(w.engine, o), writes=False),
    "audit.verify": Op(P.AUDIT, lambda w, o: audit.verify(w.engine, o), writes=False),
    "audit.entries": Op(P.AUDIT, lambda w, o: audit.entries(w.engine, officer_id=o),
                        writes=False),
    "audit.export_csv": Op(P.AUDIT, lambda w, o: audit.export_csv(
        w.engine, w.folder / "jejak.csv", officer_id=o), writes=False),
    # Printing or exporting leaves its entry: the caller checked the work it records.
    "audit.record": Op(None, lambda w, o: audit.record(
        w.engine, audit.Action.PRINT, "report:2026-10", {"berkas": "laporan.pdf"}, o)),
    # Written only for who sees the confidential identity: the responsible officer (the
    # Pejabat Pengelola here) and the Pejabat Pengelola (core.privacy).
    "complaint_detail.record_identity_view": Op(None, lambda w, o: record_identity_view(
        w.engine, w.mine, o, "halaman pengaduan"), "mine", writes=frozenset({"pengelola"})),
    "accounts.add_user": Op(P.ACCOUNTS, lambda w, o: add_user(w.engine, OfficerData(
        "Rudi Baru", "199107072016011007", "Pengadministrasi", Role.PETUGAS), "rudi.baru",
        "sandi-rahasia-1", Role.PETUGAS, o)),
    "accounts.set_account": Op(P.ACCOUNTS, lambda w, o: set_account(
        w.engine, w.spare_officer, "sari.cadangan", "sandi-rahasia-2", o)),
    "accounts.set_idle_lock_minutes": Op(P.SETTINGS, lambda w, o: set_idle_lock_minutes(
        w.engine, 30, o)),
    "erasure.erase_complainant": Op(P.PERSONAL_DATA, lambda w, o: erase_complainant(
        w.engine, w.number(w.theirs), "Permintaan pengadu", o)),
    "erasure.set_retention_years": Op(P.SETTINGS, lambda w, o: set_retention_years(
        w.engine, 3, o)),
    # Nothing closed long enough ago: a permitted run finds nothing and changes nothing.
    "erasure.run_retention": Op(P.SETTINGS, lambda w, o: run_retention(w.engine, o),
                                writes=False),
    "complainant_data.held_about": Op(P.PERSONAL_DATA, lambda w, o: held_about(
        w.engine, w.number(w.theirs), o), writes=False),
    # The lists filter what a role may not see (tests below); an inactive account reads nothing.
    "queries.recent_complaints": Op(None, lambda w, o: recent_complaints(
        w.engine, viewer_id=o), writes=False),
    "complaint_detail.complaint_detail": Op(None, lambda w, o: complaint_detail(
        w.engine, w.mine, viewer_id=o), "mine", writes=False),
    "backup.write_backup": Op(P.BACKUP, lambda w, o: write_backup(
        w.engine, w.folder / f"{uuid.uuid4().hex}.zip", o), writes=False),
    "mail_settings.save_mail": Op(P.SETTINGS, lambda w, o: save_mail(
        w.engine, Mail(False, "smtp.kalbarprov.go.id"), o)),
    "message_templates.save_template": Op(P.SETTINGS, lambda w, o: save_template(
        w.engine, MessageKind.SELESAI, "Selesai {nomor}", "Yth. {nama}", True, o)),
    "outbox.send_again": Op(P.WORKFLOW, lambda w, o: send_again(
        w.engine, _failed_email(w), o), "mine"),
    "outbox.confirm_chat": Op(P.WORKFLOW, lambda w, o: confirm_chat(
        w.engine, w.mine, Via.WHATSAPP, ChatDraft(MessageKind.DITERIMA, "+6281234567890",
                                                  "Pengaduan diterima"), o), "mine"),
    "outbox.messages_for": Op(None, lambda w, o: messages_for(w.engine, w.mine, o), "mine",
                              writes=False),
    "outbox.chat_draft": Op(None, lambda w, o: chat_draft(
        w.engine, w.mine, MessageKind.TANGGAPAN, o), "mine", writes=False),
    "restore.check_may_replace": Op(P.BACKUP, lambda w, o: check_may_replace(w.engine, o),
                                    writes=False),
    "links.link_complaints": Op(P.WORKFLOW, lambda w, o: link_complaints(
        w.engine, w.fresh, w.theirs, LinkKind.RELATED, "", o), "fresh"),
    "links.links_of": Op(None, lambda w, o: links_of(w.engine, w.mine, o), "mine", writes=False),
    "earlier.earlier_complaints": Op(None, lambda w, o: earlier_complaints(
        w.engine, Probe(summary="Gaji terlambat"), o), writes=False),
    # issue 12, deadlines per step and the SKM (wt12-deadlines)
    "step_deadlines.set_step_days": Op(P.SETTINGS, lambda w, o: set_step_days(w.engine, 2, 4, o)),
    "step_deadlines.due_reminders": Op(None, lambda w, o: due_reminders(
        w.engine, o, date(2026, 11, 27)), writes=False),
    "step_deadlines.complaint_steps": Op(None, lambda w, o: complaint_steps(
        w.engine, w.mine, o), "mine", writes=False),
    "survey.record_survey": Op(P.WORKFLOW, lambda w, o: record_survey(
        w.engine, w.closed, [4] * 9, date(2026, 11, 27), Source.DIRECT, o), "closed"),
    **working_views_operations(Op),
}  # fmt: skip

# Functions taking `engine` and `officer_id` that the matrix does not call, and why.
NOT_OPERATIONS = {
    "accounts.reset_password": "set_account with the same check (it calls it)",
    "accounts.change_password": "a user's own password, proved by the old one (test_accounts)",
    "accounts.sign_out": "the user's own sign-out noted in the trail (test_accounts)",
    "editing.correction_rule": "a read of what the page may offer; update_complaint checks",
    "door.operation": "the door itself",
    "door.permitted": "the door's check for reads",
    "links.remove_link": "needs a link the shared world lacks; every role in test_links",
}


def _failed_email(w: World) -> int:
    with reading(w.engine) as session:
        return session.scalars(select(OutboxMessage.id)).one()


def _file(path: Path) -> Path:
    path.write_text("Surat pengadu\n", encoding="utf-8")
    return path


def sees(actor: str, w: World, attribute: str) -> bool:
    """What door.sees decides, stated from the table: the matrix's expectation."""
    if actor == INACTIVE:
        return False
    if can(actor, Permission.VIEW_ALL):
        return True
    return can(actor, Permission.VIEW_UNIT) and attribute in ("mine", "closed")


def allowed(actor: str, op: Op, w: World) -> bool:
    if actor == INACTIVE:
        return False
    if op.permission is not None and not can(actor, op.permission):
        return False
    return op.complaint is None or sees(actor, w, op.complaint)


# -- the matrix ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_every_operation_as_every_role(worlds: Callable[[], World], name: str) -> None:
    """Each refused actor in turn on one copy (a refusal writes nothing, so the copy stays as
    it was), then each permitted actor on a copy of their own."""
    op = OPERATIONS[name]
    world = worlds()
    permitted = [actor for actor in ACTORS if allowed(actor, op, world)]
    before, entries = snapshot(world.engine), audit_count(world.engine)
    for actor in ACTORS:
        if actor in permitted:
            continue
        with pytest.raises(Forbidden) as refused:
            op.call(world, world.officers[actor])
        message = str(refused.value)
        assert any(words in message for words in REFUSALS), f"{name} as {actor}: {message}"
        assert snapshot(world.engine) == before, f"{name} as {actor} wrote despite the refusal"
        assert audit_count(world.engine) == entries
    for n, actor in enumerate(permitted):
        if n:
            world = worlds()
        op.call(world, world.officers[actor])
        changed = snapshot(world.engine) != before
        writes = op.writes if isinstance(op.writes, bool) else actor in op.writes
        assert changed == writes, f"{name} as {actor}: written {changed}"
        if writes:
            assert audit_count(world.engine) > entries, f"{name} as {actor}: no audit entry"


def test_every_role_is_in_the_matrix_and_each_is_refused_something() -> None:
    assert set(ACTORS) == {r.value for r in Role} | {INACTIVE}
    for role in Role:
        refused = [
            n for n, op in OPERATIONS.items() if op.permission and not can(role, op.permission)
        ]
        assert refused, f"{role} may do everything"


def _core_modules() -> list[str]:
    return [m.name for m in pkgutil.iter_modules(core_package.__path__) if not m.ispkg]


def test_every_operation_of_core_is_in_the_registry() -> None:
    """A function of core taking `engine` and `officer_id` acts for someone: it must be in the
    matrix (and so checked), or named in NOT_OPERATIONS with the reason."""
    found = set()
    for module_name in _core_modules():
        module = importlib.import_module(f"pengaduan_desktop.core.{module_name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            parameters = list(inspect.signature(function).parameters)
            if parameters[:1] == ["engine"] and {"officer_id", "viewer_id"} & set(parameters):
                found.add(f"{module_name}.{name}")
    assert {action for _, action, _, _ in WORKFLOW_CALLS} == set(Action), "an action untested"
    registered = {name.partition(":")[0] for name in OPERATIONS} | set(NOT_OPERATIONS)
    assert found - registered == set(), f"missing from the role matrix: {found - registered}"
    assert registered - found == set(), "the registry names functions core no longer has"


# The functions that may open a write transaction without the door: the program's own work
# (schema, demo data) and the modules other work owns for now. Everything else goes through
# core.door.operation.
OWN_TRANSACTIONS = {
    # Signing in comes before anyone acts; a password change is proved by the old password.
    ("accounts", "sign_in"), ("accounts", "change_password"),
    ("db", "writing"), ("door", "operation"), ("schema", "init_database"),
    ("demo", "__init__"), ("demo", "generate"),
}  # fmt: skip


def _functions_opening_writes() -> set[tuple[str, str]]:
    found = set()
    folder = Path(core_package.__file__).parent
    for module_name in _core_modules():
        tree = ast.parse((folder / f"{module_name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                        and inner.func.id == "writing"):  # fmt: skip
                    found.add((module_name, node.name))
    return found


def test_writes_go_through_the_door() -> None:
    opening = _functions_opening_writes()
    assert opening - OWN_TRANSACTIONS == set(), "write transactions that bypass core.door"


# -- a unit officer sees only their unit's complaints --------------------------------------------
def test_unit_officer_sees_only_their_units_complaints(world: World) -> None:
    unit = world.officers[Role.UNIT]
    engine = world.engine
    mine = CaseFilter(viewer_id=unit)
    rows = fetch_page(engine, mine, limit=50)
    assert {r.id for r in rows} == {world.mine, world.closed}
    assert count_cases(engine, mine) == 2
    assert count_cases(engine, CaseFilter(viewer_id=unit, search="Gaji")) == 0
    assert key_at(engine, mine, SortKey.RECEIVED, True, 1) is not None
    assert key_at(engine, mine, SortKey.RECEIVED, True, 2) is None
    assert {r.tracking_number for r in recent_complaints(engine, viewer_id=unit)} == {
        world.number(world.mine), world.number(world.closed)}  # fmt: skip
    assert complaint_detail(engine, world.mine, viewer_id=unit).id == world.mine
    with pytest.raises(Forbidden, match="tidak didisposisikan ke unit kerja Anda"):
        complaint_detail(engine, world.theirs, viewer_id=unit)
    before = snapshot(engine)
    with pytest.raises(Forbidden, match="tidak didisposisikan ke unit kerja Anda"):
        perform(engine, world.theirs, Action.FOLLOW_UP, unit, "Bukan urusan saya")
    with pytest.raises(Forbidden, match="tidak didisposisikan"):
        add_attachment(engine, world.theirs, _file(world.folder / "x.txt"), unit)
    assert snapshot(engine) == before


@pytest.mark.parametrize("actor", [Role.PENGELOLA, Role.PETUGAS, Role.KEPALA])
def test_whole_office_roles_see_every_complaint(world: World, actor: Role) -> None:
    everyone = CaseFilter(viewer_id=world.officers[actor])
    assert count_cases(world.engine, everyone) == count_cases(world.engine, CaseFilter()) == 5
    assert len(fetch_page(world.engine, everyone, limit=50)) == 5
    assert complaint_detail(world.engine, world.theirs, viewer_id=world.officers[actor])


def test_administrator_and_inactive_account_see_no_complaint(world: World) -> None:
    admin = world.officers[Role.ADMIN]
    assert count_cases(world.engine, CaseFilter(viewer_id=admin)) == 0
    assert fetch_page(world.engine, CaseFilter(viewer_id=admin)) == []
    assert recent_complaints(world.engine, viewer_id=admin) == []
    with pytest.raises(Forbidden, match="tidak aktif"):
        count_cases(world.engine, CaseFilter(viewer_id=world.officers[INACTIVE]))


def test_refusal_names_the_role_in_indonesian(world: World) -> None:
    with pytest.raises(Forbidden) as refused:
        set_override(world.engine, date(2026, 12, 2), False, "SK", world.officers[Role.PETUGAS])
    assert str(refused.value) == "peran Petugas penerima tidak berwenang mengubah kalender kerja"
    with pytest.raises(Forbidden) as refused:
        perform(world.engine, world.mine, Action.RESOLVE, world.officers[Role.UNIT], "Selesai")
    assert str(refused.value) == (
        "peran Petugas unit kerja tidak berwenang menindaklanjuti pengaduan"
    )


def test_the_program_itself_may_do_everything(world: World) -> None:
    assert count_cases(world.engine, CaseFilter(viewer_id=None)) == 5
    perform(world.engine, world.mine, Action.NOTE, None, "Catatan program")
