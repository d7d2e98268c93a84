"""The printed SKM form of one closed complaint as PDF: read, then rendered."""

from __future__ import annotations

from sqlalchemy import Engine

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import check_sees
from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.printable import letterhead
from pengaduan_desktop.core.timeutil import local_date
from pengaduan_desktop.documents.skm_form import SurveyFormData, render_survey_form


def survey_form_pdf(engine: Engine, complaint_id: int, viewer_id: int | None) -> bytes:
    with reading(engine) as session:
        complaint = session.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFound(f"pengaduan {complaint_id} tidak ditemukan")
        check_sees(session, viewer_id, complaint)
        closed = local_date(complaint.closed_at) if complaint.closed_at else None
        data = SurveyFormData(letterhead(session), complaint.tracking_number, complaint.summary,
                              closed)  # fmt: skip
    return render_survey_form(data)
