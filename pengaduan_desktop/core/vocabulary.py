"""The fixed vocabularies of the service standard, with the Indonesian labels officers read."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    TATAP_MUKA = "tatap_muka"
    KOTAK_PENGADUAN = "kotak_pengaduan"
    SURAT = "surat"
    TELEPON = "telepon"
    FAKS = "faks"
    EMAIL = "email"
    LAPOR = "lapor"


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.TATAP_MUKA: "Tatap muka",
    Channel.KOTAK_PENGADUAN: "Kotak pengaduan",
    Channel.SURAT: "Surat",
    Channel.TELEPON: "Telepon",
    Channel.FAKS: "Faksimile",
    Channel.EMAIL: "Email",
    Channel.LAPOR: "SP4N-LAPOR!",
}


class Form(StrEnum):
    LISAN = "lisan"
    TERTULIS = "tertulis"


FORM_LABELS: dict[Form, str] = {Form.LISAN: "Lisan", Form.TERTULIS: "Tertulis"}


class IdType(StrEnum):
    NONE = ""
    KTP = "KTP"
    SIM = "SIM"


ID_TYPE_LABELS: dict[IdType, str] = {
    IdType.NONE: "Tanpa identitas",
    IdType.KTP: "KTP (NIK)",
    IdType.SIM: "SIM",
}


class Status(StrEnum):
    DITERIMA = "diterima"
    DIVERIFIKASI = "diverifikasi"
    DIDISPOSISIKAN = "didisposisikan"
    DITINDAKLANJUTI = "ditindaklanjuti"
    SELESAI = "selesai"
    DITOLAK = "ditolak"
    DIESKALASI = "dieskalasi"
    # SP4N-LAPOR! states (docs/lapor.md): on hold awaiting something, forwarded to the agency
    # whose authority it is, archived without follow-up.
    TUNDA = "tunda"
    DITERUSKAN = "diteruskan"
    DIARSIPKAN = "diarsipkan"
    DIGABUNG = "digabung"  # merged into an earlier complaint as its duplicate (core.links)


STATUS_LABELS: dict[Status, str] = {
    Status.DITERIMA: "Diterima",
    Status.DIVERIFIKASI: "Diverifikasi",
    Status.DIDISPOSISIKAN: "Didisposisikan",
    Status.DITINDAKLANJUTI: "Ditindaklanjuti",
    Status.SELESAI: "Selesai",
    Status.DITOLAK: "Ditolak",
    Status.DIESKALASI: "Dieskalasi",
    Status.TUNDA: "Tunda",
    Status.DITERUSKAN: "Diteruskan",
    Status.DIARSIPKAN: "Diarsipkan",
    Status.DIGABUNG: "Digabung (duplikat)",
}

CLOSED_STATUSES = frozenset({Status.SELESAI, Status.DITOLAK, Status.DITERUSKAN,
                             Status.DIARSIPKAN, Status.DIGABUNG})  # fmt: skip
# Closed without a result of BKAD's own: neither on time nor late in the figures.
CLOSED_WITHOUT_RESULT = frozenset({Status.DITOLAK, Status.DITERUSKAN, Status.DIARSIPKAN,
                                   Status.DIGABUNG})  # fmt: skip


class EventKind(StrEnum):
    RECEIVED = "received"
    VERIFIED = "verified"
    DISPOSED = "disposed"
    FOLLOW_UP = "follow_up"  # what the unit did: may be told to the complainant
    NOTE = "note"  # internal: never leaves the office (letters, reports, exports)
    REPLY = "reply"
    RESOLVED = "resolved"
    REJECTED = "rejected"
    ESCALATED = "escalated"
    REOPENED = "reopened"
    PRINTED = "printed"
    EXPORTED = "exported"
    DUE_CHANGED = "due_changed"
    HELD = "held"
    RESUMED = "resumed"
    FORWARDED = "forwarded"
    ARCHIVED = "archived"
    LINKED = "linked"  # tied to, or merged into, another complaint; or untied (core.links)


EVENT_LABELS: dict[EventKind, str] = {
    EventKind.RECEIVED: "Diterima",
    EventKind.VERIFIED: "Diverifikasi",
    EventKind.DISPOSED: "Didisposisikan",
    EventKind.FOLLOW_UP: "Tindak lanjut",
    EventKind.NOTE: "Catatan internal",
    EventKind.REPLY: "Tanggapan kepada pengadu",
    EventKind.RESOLVED: "Selesai ditindaklanjuti",
    EventKind.REJECTED: "Ditolak",
    EventKind.ESCALATED: "Dieskalasi ke Gubernur",
    EventKind.REOPENED: "Dibuka kembali",
    EventKind.PRINTED: "Dicetak",
    EventKind.EXPORTED: "Diekspor",
    EventKind.DUE_CHANGED: "Batas waktu dihitung ulang",
    EventKind.HELD: "Ditunda",
    EventKind.RESUMED: "Dilanjutkan",
    EventKind.FORWARDED: "Diteruskan ke instansi lain",
    EventKind.ARCHIVED: "Diarsipkan",
    EventKind.LINKED: "Pengaduan terkait",
}


class Role(StrEnum):
    PENGELOLA = "pengelola"  # Pejabat Pengelola Pengaduan
    PETUGAS = "petugas"  # desk officer
    KEPALA = "kepala"  # head of BKAD, signs the monthly report
    ADMIN = "admin"
    UNIT = "unit"  # an officer of a Bidang/Sub Bagian: follows up what is disposed to it


ROLE_LABELS: dict[Role, str] = {
    Role.PENGELOLA: "Pejabat Pengelola Pengaduan",
    Role.PETUGAS: "Petugas penerima",
    Role.KEPALA: "Kepala Badan",
    Role.ADMIN: "Administrator",
    Role.UNIT: "Petugas unit kerja",
}

# The services and categories a complaint can be about are the office's editable catalogue
# (core.catalogue), seeded by migration 0008.
