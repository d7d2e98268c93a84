"""Attachments: scanned letters, photos, PDFs and e-mails, stored once per SHA-256 inside the
database (so every desk sees them and every backup holds them)."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from sqlalchemy import Engine, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import complaint_for, operation
from pengaduan_desktop.core.errors import InvalidValue, NotFound
from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.models import Attachment, AttachmentBlob, Event
from pengaduan_desktop.core.office import default_officer
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.vocabulary import EventKind

MAX_BYTES = 50 * 1024 * 1024
ALLOWED = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif", ".bmp", ".webp", ".eml",
           ".msg", ".txt", ".doc", ".docx", ".odt", ".xls", ".xlsx"}  # fmt: skip
mimetypes.add_type("message/rfc822", ".eml")


def add_attachment(engine: Engine, complaint_id: int, path: Path, officer_id: int | None) -> int:
    if path.suffix.lower() not in ALLOWED:
        raise InvalidValue("attachment.kind", suffix=path.suffix or Text("file.no_suffix"))
    data = path.read_bytes()
    if not data:
        raise InvalidValue("attachment.empty", name=path.name)
    if len(data) > MAX_BYTES:
        raise InvalidValue("attachment.too_big", name=path.name, limit=MAX_BYTES // 1024 // 1024)
    digest = hashlib.sha256(data).hexdigest()
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with operation(engine, officer_id, Permission.ATTACH) as (session, acting):
        complaint = complaint_for(session, officer_id, Permission.ATTACH, complaint_id)
        if session.get(AttachmentBlob, digest) is None:
            session.add(AttachmentBlob(sha256=digest, data=data))
            session.flush()  # the blob first: the attachment's foreign key names it
        officer = acting or default_officer(session)
        attachment = Attachment(
            complaint_id=complaint_id, sha256=digest, filename=path.name[:255],
            media_type=media_type, size=len(data), officer_id=officer.id,
        )  # fmt: skip
        session.add(attachment)
        session.add(Event(complaint_id=complaint_id, kind=EventKind.NOTE, officer=officer,
                          text=f"Lampiran ditambahkan: {path.name}"))  # fmt: skip
        session.flush()
        audit.append(session, audit.Action.ATTACHMENT, f"complaint:{complaint.tracking_number}",
                     {"berkas": attachment.filename, "sha256": digest, "ukuran": len(data)},
                     attachment.officer_id)  # fmt: skip
        return attachment.id


def attachment_bytes(engine: Engine, attachment_id: int) -> tuple[str, bytes]:
    with reading(engine) as session:
        row = session.execute(
            select(Attachment.filename, AttachmentBlob.data)
            .join(AttachmentBlob, AttachmentBlob.sha256 == Attachment.sha256)
            .where(Attachment.id == attachment_id)
        ).one_or_none()
    if row is None:
        raise NotFound("attachment.missing", id=attachment_id)
    return row.filename, row.data


def export_attachment(engine: Engine, attachment_id: int, folder: Path) -> Path:
    """Write the file under its content hash, so the same content is written only once, and
    return its path (for opening with the system's viewer)."""
    name, data = attachment_bytes(engine, attachment_id)
    digest = hashlib.sha256(data).hexdigest()
    target = folder / digest[:16] / name
    if not target.exists():
        from pengaduan_desktop.core.files import private_folder, write_atomic

        private_folder(target.parent)
        write_atomic(target, data)
    return target
