"""The messages the office sends the complainant (issue 12, item 1): one kind per step that
reaches them, its Indonesian wording (editable by the office, with these defaults), the letter
it carries, and how a template is filled from a complaint. The same text goes by email and by
WhatsApp (core.outbox), except that a chat cannot carry a document: for_chat tells the
complainant where to ask for it instead."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.indonesian import plain_date
from pengaduan_desktop.core.lifecycle import Audience, shown_complainant
from pengaduan_desktop.core.models import Complaint, MessageTemplate, Unit
from pengaduan_desktop.core.office import profile
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.text import control_characters
from pengaduan_desktop.core.timeutil import local_date


class MessageKind(StrEnum):
    DITERIMA = "diterima"  # intake: the receipt attached
    DISPOSISI = "disposisi"  # forwarded to a unit
    TANGGAPAN = "tanggapan"  # a reply to the complainant (Tanggapan kepada pengadu)
    SELESAI = "selesai"  # closed with its result: the response letter attached
    ESKALASI = "eskalasi"  # sent on to the Governor via the Sekda
    DITOLAK = "ditolak"  # rejected: the notice letter attached
    DITERUSKAN = "diteruskan"  # forwarded to another agency: the forwarding letter attached
    DIARSIPKAN = "diarsipkan"  # archived without further handling


KIND_LABELS: dict[MessageKind, str] = {
    MessageKind.DITERIMA: "Pengaduan diterima",
    MessageKind.DISPOSISI: "Diteruskan ke unit kerja",
    MessageKind.TANGGAPAN: "Tanggapan kepada pengadu",
    MessageKind.SELESAI: "Pengaduan selesai",
    MessageKind.ESKALASI: "Pengaduan dieskalasi",
    MessageKind.DITOLAK: "Pengaduan ditolak",
    MessageKind.DITERUSKAN: "Diteruskan ke instansi lain",
    MessageKind.DIARSIPKAN: "Pengaduan diarsipkan",
}


class Enclosure(StrEnum):
    """The document a message carries, rendered when it is sent (services.mailer)."""

    NONE = ""
    RECEIPT = "receipt"  # Tanda Bukti Pengaduan
    RESPONSE = "response"  # surat tanggapan (core.lifecycle.Letter.RESPONSE)
    REJECTION = "rejection"  # surat pemberitahuan penolakan (Letter.REJECTION)
    FORWARDING = "forwarding"  # surat penerusan (Letter.FORWARDING)


ENCLOSURES: dict[MessageKind, Enclosure] = {
    MessageKind.DITERIMA: Enclosure.RECEIPT,
    MessageKind.SELESAI: Enclosure.RESPONSE,
    MessageKind.DITOLAK: Enclosure.REJECTION,
    MessageKind.DITERUSKAN: Enclosure.FORWARDING,
}

ENCLOSURE_LABELS: dict[Enclosure, str] = {
    Enclosure.NONE: "",
    Enclosure.RECEIPT: "Tanda Bukti Pengaduan",
    Enclosure.RESPONSE: "Surat Tanggapan",
    Enclosure.REJECTION: "Surat Pemberitahuan Penolakan",
    Enclosure.FORWARDING: "Surat Penerusan",
}

# The fields a template may name, as {nomor}, with what each holds.
PLACEHOLDERS: dict[str, str] = {
    "nama": "nama pengadu (atau 'Pengadu')",
    "nomor": "nomor pengaduan",
    "perihal": "perihal pengaduan",
    "tanggal_diterima": "tanggal diterima",
    "batas_waktu": "batas waktu penyelesaian",
    "unit": "unit kerja tujuan disposisi",
    "instansi": "instansi tujuan penerusan",
    "isi": "isi tanggapan, hasil, atau alasan",
    "kantor": "nama kantor",
    "telepon_kantor": "telepon kantor",
}

_CLOSING = "\n\nHormat kami,\n{kantor}\nTelepon {telepon_kantor}"
DEFAULTS: dict[MessageKind, tuple[str, str]] = {
    MessageKind.DITERIMA: (
        "Pengaduan {nomor} telah kami terima",
        'Yth. {nama},\n\nPengaduan Anda perihal "{perihal}" telah kami terima pada '
        "{tanggal_diterima} dengan nomor {nomor}. Pengaduan akan ditindaklanjuti paling "
        "lambat {batas_waktu}. Tanda bukti pengaduan kami lampirkan." + _CLOSING,
    ),
    MessageKind.DISPOSISI: (
        "Pengaduan {nomor} diteruskan ke {unit}",
        'Yth. {nama},\n\nPengaduan Anda nomor {nomor} perihal "{perihal}" telah kami '
        "teruskan kepada {unit} untuk ditindaklanjuti, paling lambat {batas_waktu}." + _CLOSING,
    ),
    MessageKind.TANGGAPAN: (
        "Tanggapan atas pengaduan {nomor}",
        "Yth. {nama},\n\nBerikut tanggapan kami atas pengaduan Anda nomor {nomor} perihal "
        '"{perihal}":\n\n{isi}' + _CLOSING,
    ),
    MessageKind.SELESAI: (
        "Pengaduan {nomor} telah selesai ditindaklanjuti",
        'Yth. {nama},\n\nPengaduan Anda nomor {nomor} perihal "{perihal}" telah selesai '
        "ditindaklanjuti dengan hasil:\n\n{isi}\n\nSurat tanggapan kami lampirkan." + _CLOSING,
    ),
    MessageKind.ESKALASI: (
        "Pengaduan {nomor} diteruskan kepada Gubernur",
        'Yth. {nama},\n\nPengaduan Anda nomor {nomor} perihal "{perihal}" belum selesai '
        "sampai batas waktu {batas_waktu} dan telah kami teruskan kepada Gubernur Kalimantan "
        "Barat melalui Sekretaris Daerah.\n\n{isi}" + _CLOSING,
    ),
    MessageKind.DITOLAK: (
        "Pemberitahuan atas pengaduan {nomor}",
        'Yth. {nama},\n\nMohon maaf, pengaduan Anda nomor {nomor} perihal "{perihal}" tidak '
        "dapat kami tindak lanjuti: {isi}\n\nSurat pemberitahuan kami lampirkan." + _CLOSING,
    ),
    MessageKind.DITERUSKAN: (
        "Pengaduan {nomor} diteruskan kepada {instansi}",
        'Yth. {nama},\n\nPengaduan Anda nomor {nomor} perihal "{perihal}" bukan kewenangan '
        "kami dan telah kami teruskan kepada {instansi} untuk ditindaklanjuti, dengan "
        "keterangan: {isi}\n\nSelanjutnya mohon menghubungi {instansi}. Surat penerusan kami "
        "lampirkan." + _CLOSING,
    ),
    MessageKind.DIARSIPKAN: (
        "Pengaduan {nomor} diarsipkan",
        'Yth. {nama},\n\nPengaduan Anda nomor {nomor} perihal "{perihal}" tidak kami '
        "tindak lanjuti lebih jauh dan telah kami arsipkan, dengan alasan: {isi}\n\n"
        "Apabila ada keterangan tambahan, silakan menghubungi kami dengan menyebut nomor "
        "pengaduan {nomor}." + _CLOSING,
    ),
}

MAX_SUBJECT = 300
MAX_BODY = 5000


@dataclass(frozen=True)
class Template:
    kind: MessageKind
    subject: str
    body: str
    active: bool = True
    edited: bool = False  # the office's own wording, not the default

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def enclosure(self) -> Enclosure:
        return ENCLOSURES.get(self.kind, Enclosure.NONE)


def default_template(kind: MessageKind) -> Template:
    subject, body = DEFAULTS[kind]
    return Template(kind, subject, body)


def template_in(session: Session, kind: MessageKind) -> Template:
    row = session.get(MessageTemplate, kind.value)
    if row is None:
        return default_template(kind)
    return Template(kind, row.subject, row.body, row.active, edited=True)


def templates(engine: Engine) -> list[Template]:
    """Every kind's template, the office's wording where it has one."""
    with reading(engine) as session:
        return [template_in(session, kind) for kind in MessageKind]


def template_problem(text: str, multiline: bool) -> str:
    """Why a subject or body cannot be used, or ""."""
    if not text.strip():
        return "wajib diisi"
    if control_characters(text, multiline):
        return "berisi karakter kendali"
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return "kurung kurawal { } tidak berpasangan"
    unknown = sorted({name for name in fields if name not in PLACEHOLDERS})
    if unknown:
        return "isian tidak dikenal: " + ", ".join("{" + name + "}" for name in unknown)
    return ""


def check_template(subject: str, body: str) -> dict[str, str]:
    """The problems of a template, by field ("subject", "body"); empty when it can be saved."""
    problems = {}
    if problem := template_problem(subject, multiline=False) or (
        "terlalu panjang" if len(subject) > MAX_SUBJECT else ""
    ):
        problems["subject"] = f"Subjek: {problem}"
    if problem := template_problem(body, multiline=True) or (
        "terlalu panjang" if len(body) > MAX_BODY else ""
    ):
        problems["body"] = f"Isi pesan: {problem}"
    return problems


def save_template(
    engine: Engine, kind: MessageKind, subject: str, body: str, active: bool,
    officer_id: int | None,
) -> Template:  # fmt: skip
    """Store the office's wording of one kind (InvalidValue naming the problem)."""
    subject, body = " ".join(subject.split()), body.strip()
    problems = check_template(subject, body)
    if problems:
        raise InvalidValue("; ".join(problems.values()))
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        row = session.get(MessageTemplate, kind.value)
        before = template_in(session, kind)
        if row is None:
            row = MessageTemplate(kind=kind.value)
            session.add(row)
        row.subject, row.body, row.active, row.officer_id = subject, body, active, officer_id
        session.flush()
        audit.append(session, audit.Action.MESSAGES, f"template:{kind.value}",
                     audit.changes({"subjek": before.subject, "isi": before.body,
                                    "aktif": before.active},
                                   {"subjek": subject, "isi": body, "aktif": active}),
                     audit.actor(session, officer_id))  # fmt: skip
    return Template(kind, subject, body, active, edited=True)


# -- filling --------------------------------------------------------------------------------
def values_for(session: Session, c: Complaint, text: str = "") -> dict[str, str]:
    """What each placeholder holds for this complaint; `text` is the step's own text."""
    office = profile(session)
    from pengaduan_desktop.core.lapor_steps import forwarded_to

    unit = session.get(Unit, c.unit_id) if c.unit_id is not None else None  # just disposed
    forward = forwarded_to(session, c.id)  # just forwarded
    if forward is not None:  # the event names the agency; the message says it once
        text = text.strip().removeprefix(f"Diteruskan kepada {forward.agency}: ")
    return {
        "nama": shown_complainant(
            c.complainant.name, c.anonymous, c.confidential, Audience.ADDRESSEE
        ),  # fmt: skip
        "nomor": c.tracking_number,
        "perihal": c.summary,
        "tanggal_diterima": plain_date(local_date(c.received_at)),
        "batas_waktu": plain_date(c.due_date),
        "unit": unit.name if unit is not None else "unit kerja terkait",
        "instansi": forward.agency if forward is not None else "instansi terkait",
        "isi": text.strip(),
        "kantor": office.office_name,
        "telepon_kantor": office.phone,
    }


def fill(text: str, values: dict[str, str]) -> str:
    """The template with its placeholders filled (templates are checked when saved)."""
    return string.Formatter().vformat(text, (), values)


# A sentence that speaks of the attached document ("... kami lampirkan.", "terlampir").
_ATTACHMENT_SENTENCE = re.compile(r"(\s*)[^.!?\n]*lampir[^.!?\n]*[.!?]?", re.IGNORECASE)


def for_chat(body: str, kind: MessageKind, values: dict[str, str]) -> str:
    """The filled email body as a WhatsApp or SMS text: nothing can be attached to a chat
    link, so the sentence promising the document says where to ask for it instead."""
    enclosure = ENCLOSURES.get(kind, Enclosure.NONE)
    note = ""
    if enclosure != Enclosure.NONE:
        where = (f"melalui telepon {values['telepon_kantor']}" if values["telepon_kantor"]
                 else "di kantor kami")  # fmt: skip
        note = (f"{ENCLOSURE_LABELS[enclosure]} dapat Anda minta {where} dengan menyebut "
                f"nomor pengaduan {values['nomor']}.")  # fmt: skip
    said: list[bool] = []

    def replace(match: re.Match[str]) -> str:
        if said or not note:
            return ""
        said.append(True)
        return match.group(1) + note

    return _ATTACHMENT_SENTENCE.sub(replace, body)
