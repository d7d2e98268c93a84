"""SQLAlchemy 2 typed models for the domain of DESIGN section 2."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pengaduan_desktop.core.clock import now_utc

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC on every backend; always comes back as an aware UTC datetime."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class OfficeProfile(Base):
    """The one office this installation serves (row id 1)."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    government: Mapped[str] = mapped_column(String(200))
    office_name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str] = mapped_column(String(100))
    fax: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200))
    website: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="Pontianak")
    head_name: Mapped[str] = mapped_column(String(200))
    head_nip: Mapped[str] = mapped_column(String(30))
    head_jabatan: Mapped[str] = mapped_column(String(200))
    head_pangkat: Mapped[str] = mapped_column(String(100), default="")  # pangkat/golongan
    # The logo for the letterhead as the officer chose it (PNG/JPEG bytes); None: built-in.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    sla_days: Mapped[int] = mapped_column(Integer, default=5)
    # ISO weekdays that are working days, Monday=1: "1,2,3,4,5"
    work_week: Mapped[str] = mapped_column(String(20), default="1,2,3,4,5")
    default_officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    # Letter number of the monthly report: {seq} {year} {month} {month_roman} {revision}
    report_number_pattern: Mapped[str] = mapped_column(
        String(100), default="B/{seq:03d}/BKAD-RENJA/{month_roman}/{year}"
    )
    # Minutes without input after which the window locks (0: never).
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=15, server_default="15")
    # Closed complaints older than this many years are anonymised (core.retention).
    retention_years: Mapped[int] = mapped_column(Integer, default=10, server_default="10")


class Unit(Base):
    """A Bidang or Sub Bagian a complaint is disposed to."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Officer(Base):
    __tablename__ = "officer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(30))
    jabatan: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    pangkat: Mapped[str] = mapped_column(String(100), default="")  # pangkat/golongan
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Sign-in (core.accounts): None until the administrator gives the officer an account.
    username: Mapped[str | None] = mapped_column(String(60), index=True, unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))  # argon2id
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)

    unit: Mapped[Unit | None] = relationship()


class Complainant(Base):
    __tablename__ = "complainant"
    __table_args__ = (
        # The search box finds a person by phone (E.164, a prefix: byte order on PostgreSQL
        # whatever its collation) and by NIK or SIM number (only recorded numbers indexed).
        Index("ix_complainant_phone", "phone", postgresql_ops={"phone": "text_pattern_ops"}),
        Index("ix_complainant_id_number", "id_number", sqlite_where=text("id_number <> ''"),
              postgresql_where=text("id_number <> ''")),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    id_type: Mapped[str] = mapped_column(String(3), default="")
    id_number: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(20), default="")  # E.164, for search
    phone_typed: Mapped[str] = mapped_column(String(40), default="")  # as the officer typed it
    email: Mapped[str] = mapped_column(String(200), default="")
    # When the identity was erased on request (UU 27/2022); the complaint stays for statistics.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def phone_shown(self) -> str:
        """The phone as pages and documents show it: as typed (E.164 where none was kept)."""
        return self.phone_typed or self.phone


class Complaint(Base):
    __tablename__ = "complaint"
    __table_args__ = (
        UniqueConstraint("year", "sequence", name="uq_complaint_year_sequence"),
        Index("ix_complaint_received_at_id", "received_at", "id"),
        Index("ix_complaint_status_due", "status", "due_date"),
        # Keyset paging of the case list by each sortable column, id breaking ties.
        Index("ix_complaint_due_date_id", "due_date", "id"),
        Index("ix_complaint_complainant_name_id", "complainant_name", "id"),
        Index("ix_complaint_channel_received", "channel", "received_at"),
        Index("ix_complaint_sequence", "sequence"),
        # Counting a status within a channel without reading the table.
        Index("ix_complaint_status_channel", "status", "channel"),
        # The search box finds a SP4N-LAPOR! tracking ID (only complaints that have one).
        Index(
            "ix_complaint_lapor_tracking_id",
            "lapor_tracking_id",
            sqlite_where=text("lapor_tracking_id <> ''"),
            postgresql_where=text("lapor_tracking_id <> ''"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tracking_number: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(20))
    form: Mapped[str] = mapped_column(String(10))
    service: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(100))
    summary: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    loss: Mapped[str] = mapped_column(Text, default="")
    requested_resolution: Mapped[str] = mapped_column(Text, default="")
    event_place: Mapped[str] = mapped_column(String(200), default="")
    event_date: Mapped[date | None] = mapped_column(Date)
    complainant_id: Mapped[int] = mapped_column(ForeignKey("complainant.id"), index=True)
    # A copy of the complainant's name for the case list and its search index.
    complainant_name: Mapped[str] = mapped_column(String(200), default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    lapor_tracking_id: Mapped[str] = mapped_column(String(40), default="")
    letter_number: Mapped[str] = mapped_column(String(100), default="")
    responsible_officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id"), index=True)
    receiving_officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))  # indexed with due date, with channel
    # The day the due date counts from: the day received, or the day reopened
    # (core.lifecycle.due_date); a calendar change recomputes the due date from it.
    clock_start: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)  # indexed with id
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    result: Mapped[str] = mapped_column(Text, default="")
    # Why a rejected complaint was rejected: the kind (core.rejection), the reason as chosen
    # from the editable list, and the detail (the agency it was forwarded to, what is missing).
    rejection_kind: Mapped[str] = mapped_column(String(20), default="")
    rejection_reason: Mapped[str] = mapped_column(String(200), default="")
    rejection_detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc, onupdate=now_utc)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Made by the intake form for one complaint: a save retried after a lost connection finds
    # the complaint its first attempt committed instead of adding it twice (core.intake).
    idempotency_key: Mapped[str | None] = mapped_column(String(36), index=True, unique=True)

    __mapper_args__ = {"version_id_col": version}

    complainant: Mapped[Complainant] = relationship()
    responsible_officer: Mapped[Officer] = relationship(foreign_keys=[responsible_officer_id])
    receiving_officer: Mapped[Officer] = relationship(foreign_keys=[receiving_officer_id])
    unit: Mapped[Unit | None] = relationship()
    events: Mapped[list[Event]] = relationship(
        back_populates="complaint", order_by="Event.id", cascade="all, delete-orphan"
    )


class Event(Base):
    """One step on a complaint's timeline. Append-only."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    text: Mapped[str] = mapped_column(Text, default="")

    complaint: Mapped[Complaint] = relationship(back_populates="events")
    officer: Mapped[Officer | None] = relationship()


class Attachment(Base):
    """A file added to a complaint: scanned letter, photo, PDF, e-mail. The bytes live once per
    content hash in attachment_blob, inside the database, so every desk and backup has them."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("attachment_blob.sha256"))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)


class AttachmentBlob(Base):
    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class IssuedReport(Base):
    """A monthly report as issued: the exact PDF, frozen with its SHA-256. Issuing the same
    month again adds a revision; nothing here is ever changed."""

    __tablename__ = "issued_report"
    __table_args__ = (UniqueConstraint("year", "month", "revision", name="uq_issued_report_rev"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer)
    letter_number: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    conclusions: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)


class CalendarOverride(Base):
    """An office decision about one day: an extra day off, or a listed holiday worked."""

    __tablename__ = "calendar_override"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(200), default="")
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)


class Counter(Base):
    """Named sequences, e.g. tracking numbers per year ('complaint-2026')."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class RejectionReason(Base):
    """One reason an officer may choose when rejecting a complaint (an editable list)."""

    __tablename__ = "rejection_reason"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # core.rejection.RejectionKind
    text: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LetterSeries(Base):
    """How one kind of outgoing letter is numbered: its classification code and pattern."""

    __tablename__ = "letter_series"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)  # core.agenda.LetterKind
    klasifikasi: Mapped[str] = mapped_column(String(40))
    pattern: Mapped[str] = mapped_column(String(120))


class AgendaEntry(Base):
    """The agenda register of outgoing letters: one row per number given, never changed.
    A complaint's letter keeps the number of its first issue; reprints show it again."""

    __tablename__ = "agenda_entry"
    __table_args__ = (UniqueConstraint("kind", "year", "seq", name="uq_agenda_entry_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(120), unique=True)  # never two letters alike
    issued_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(300), default="")
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"), index=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)


class ReportDraft(Base):
    """The conclusions and recommendations of a month's report while it is being written."""

    __tablename__ = "report_draft"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)
    conclusions: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc, onupdate=now_utc)


class AuditEntry(Base):
    """One line of the audit trail: append-only, each line carrying the SHA-256 of the line
    before it, so an edited, inserted or deleted line breaks the chain (core.audit)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(100), default="")  # "complaint:ADU-2026-000001"
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON: what changed, old -> new
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The program (process) that wrote it, outside the hash: a desk ignores its own entries
    # when it looks for other desks' changes (core.desk_changes).
    desk: Mapped[str | None] = mapped_column(String(32))


class CatalogueItem(Base):
    """The office's editable lists: the services a complaint can be about and its categories.
    Complaints keep the text they were recorded with."""

    __tablename__ = "catalogue_item"
    __table_args__ = (UniqueConstraint("kind", "name", name="uq_catalogue_item_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "service" or "category"
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# -- issue 12, messages to the complainant (email, WhatsApp): core.outbox, core.mail_settings,
# core.message_templates ------------------------------------------------------------------------
class MailSettings(Base):
    """The office's SMTP server and sender (row id 1). The password is never here: it lives
    in the system's keyring (services.mail_password)."""

    __tablename__ = "mail_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    host: Mapped[str] = mapped_column(String(200), default="")
    port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[str] = mapped_column(String(10), default="starttls")  # starttls/tls/none
    username: Mapped[str] = mapped_column(String(200), default="")
    sender_address: Mapped[str] = mapped_column(String(200), default="")
    sender_name: Mapped[str] = mapped_column(String(200), default="")


class MessageTemplate(Base):
    """The office's own wording of one kind of message (core.message_templates holds the
    defaults a kind has until the office edits it)."""

    __tablename__ = "message_template"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc, onupdate=now_utc)


class OutboxMessage(Base):
    """One message to a complainant: an email queued with the action that caused it and
    sent by the window's background sender, or a WhatsApp message the officer confirmed."""

    __tablename__ = "outbox_message"
    __table_args__ = (Index("ix_outbox_message_state_next", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    channel: Mapped[str] = mapped_column(String(10))  # "email" or "whatsapp"
    kind: Mapped[str] = mapped_column(String(20))  # core.message_templates.MessageKind
    recipient: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    attachment: Mapped[str] = mapped_column(String(20), default="")  # receipt/response/rejection
    state: Mapped[str] = mapped_column(String(10))  # antri / terkirim / gagal
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    server_reply: Mapped[str] = mapped_column(Text, default="")
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# -- issue 12, SP4N-LAPOR! alignment (migration 0012) ------------------------------------------
class ComplaintHold(Base):
    """A time a complaint was on hold (Tunda) awaiting something: the working-day clock stands
    still from the day after `held_on` up to and including `resumed_on` (core.clock_stop)."""

    __tablename__ = "complaint_hold"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    awaited: Mapped[str] = mapped_column(Text)  # what the office waits for
    previous_status: Mapped[str] = mapped_column(String(20))  # the status a resume returns to
    held_on: Mapped[date] = mapped_column(Date)
    resumed_on: Mapped[date | None] = mapped_column(Date)  # None: still on hold
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))


class ComplaintForward(Base):
    """A complaint that is not BKAD's authority, forwarded to the agency whose it is."""

    __tablename__ = "complaint_forward"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    agency: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    forwarded_on: Mapped[date] = mapped_column(Date)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))


# -- issue 12 item 6: one complainant, one history (core.links) ---------------------------------
class ComplaintLink(Base):
    """A complaint tied to an earlier one by an officer: related ("terkait"), or merged into it
    as a duplicate ("duplikat": the duplicate is closed with status digabung and points here).
    One row per pair; both numbers stay."""

    __tablename__ = "complaint_link"
    __table_args__ = (
        UniqueConstraint("complaint_id", "earlier_id", name="uq_complaint_link_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)  # newer
    earlier_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)  # original
    kind: Mapped[str] = mapped_column(String(10))  # core.links.LinkKind
    reason: Mapped[str] = mapped_column(Text, default="")
    # A duplicate's status before the merge: removing the merge gives it back.
    prior_status: Mapped[str] = mapped_column(String(20), default="")
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)


# -- issue 12 items 4 and 5: deadlines per step, Survei Kepuasan Masyarakat (wt12-deadlines) --
class StepDeadlineSetting(Base):
    """The working days each step of the handling may take (core.step_deadlines): one row."""

    __tablename__ = "step_deadline_setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    verification_days: Mapped[int] = mapped_column(Integer, default=3)
    reply_days: Mapped[int] = mapped_column(Integer, default=3)


class UnitReplyDeadline(Base):
    """What a disposition gave the unit: its working days to reply, set when it was disposed
    (the deadline itself is computed from the events, core.step_deadlines)."""

    __tablename__ = "unit_reply_deadline"

    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    days: Mapped[int] = mapped_column(Integer)


class SurveyResponse(Base):
    """One complainant's answers to the nine elements of the SKM (core.survey), 1-4 each."""

    __tablename__ = "survey_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), unique=True)
    u1: Mapped[int] = mapped_column(Integer)
    u2: Mapped[int] = mapped_column(Integer)
    u3: Mapped[int] = mapped_column(Integer)
    u4: Mapped[int] = mapped_column(Integer)
    u5: Mapped[int] = mapped_column(Integer)
    u6: Mapped[int] = mapped_column(Integer)
    u7: Mapped[int] = mapped_column(Integer)
    u8: Mapped[int] = mapped_column(Integer)
    u9: Mapped[int] = mapped_column(Integer)
    answered_on: Mapped[date] = mapped_column(Date, index=True)
    source: Mapped[str] = mapped_column(String(20))  # "langsung" or "formulir"
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officer.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)


# -- issue 12, item 7: the desk's working views ---------------------------------------------------
class SavedView(Base):
    """An officer's own saved filter of the case list, by name (core.saved_views): what the
    filter bar held, as JSON. Each officer sees and changes only their own."""

    __tablename__ = "saved_view"
    __table_args__ = (UniqueConstraint("officer_id", "name", name="uq_saved_view_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officer.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))
    spec: Mapped[str] = mapped_column(Text, default="{}")  # JSON: core.saved_views.ViewSpec
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc, onupdate=now_utc)


# -- issue 11, item 5: the monthly report at every scale ------------------------------------------
# The month's escalations and dispositions, found by kind and time (migration 0016).
Index("ix_event_kind_at", Event.kind, Event.at)
