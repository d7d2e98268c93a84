"""The Survei Kepuasan Masyarakat (SKM) of Permenpan RB 14/2017, asked when a complaint is
closed: the nine elements (unsur), the 1-4 scale, the index (IKM) and its category.

The regulation's computation (docs/skm.md): each element's average (NRR) over the
respondents; the weighted average is the sum of the nine averages times the equal weight 1/9;
the IKM is that weighted average times 25 (a 25-100 scale), and falls in a category A-D by
the regulation's intervals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Engine, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.door import Changes, complaint_for, operation
from pengaduan_desktop.core.errors import InvalidValue, WorkflowError
from pengaduan_desktop.core.models import SurveyResponse
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.timeutil import local_date
from pengaduan_desktop.core.vocabulary import Status


@dataclass(frozen=True)
class Element:
    code: str  # "U1".."U9"
    name: str
    question: str


# The nine elements of Permenpan RB 14/2017 (Lampiran, Bab II), asked about this office's
# handling of the complaint. ONE table: the entry dialog, the printed form and the report
# read it.
ELEMENTS: tuple[Element, ...] = (
    Element("U1", "Persyaratan",
            "Bagaimana kesesuaian persyaratan pengaduan dengan yang Anda alami?"),
    Element("U2", "Sistem, mekanisme, dan prosedur",
            "Bagaimana kemudahan prosedur penyampaian dan penanganan pengaduan?"),
    Element("U3", "Waktu penyelesaian",
            "Bagaimana kecepatan waktu penyelesaian pengaduan Anda?"),
    Element("U4", "Biaya/tarif",
            "Bagaimana kesesuaian biaya penanganan pengaduan (tidak dipungut biaya)?"),
    Element("U5", "Produk spesifikasi jenis pelayanan",
            "Bagaimana kesesuaian hasil tindak lanjut dengan yang dijanjikan?"),
    Element("U6", "Kompetensi pelaksana",
            "Bagaimana kemampuan petugas dalam menangani pengaduan Anda?"),
    Element("U7", "Perilaku pelaksana",
            "Bagaimana kesopanan dan keramahan petugas?"),
    Element("U8", "Penanganan pengaduan, saran dan masukan",
            "Bagaimana penanganan pengaduan, saran dan masukan oleh kantor ini?"),
    Element("U9", "Sarana dan prasarana",
            "Bagaimana kualitas sarana dan prasarana pengaduan?"),
)  # fmt: skip

# The answer scale (nilai persepsi): 1 the lowest, 4 the highest.
SCALE: dict[int, str] = {1: "Tidak baik", 2: "Kurang baik", 3: "Baik", 4: "Sangat baik"}
WEIGHT = 1 / len(ELEMENTS)  # the regulation's equal weight per element
CONVERSION = 25  # weighted average (1-4) x 25 = the IKM (25-100)


@dataclass(frozen=True)
class Category:
    letter: str  # mutu pelayanan
    label: str  # kinerja unit pelayanan
    lowest: float  # the lowest converted IKM in the category (two decimals)


# The regulation's intervals on the converted scale, highest first:
# A 88,31-100,00; B 76,61-88,30; C 65,00-76,60; D 25,00-64,99.
CATEGORIES: tuple[Category, ...] = (
    Category("A", "Sangat baik", 88.31),
    Category("B", "Baik", 76.61),
    Category("C", "Kurang baik", 65.00),
    Category("D", "Tidak baik", 25.00),
)


def category(ikm: float) -> Category:
    """The category of a converted IKM, compared at the two decimals the intervals use."""
    value = round(ikm, 2)
    return next((c for c in CATEGORIES if value >= c.lowest), CATEGORIES[-1])


@dataclass(frozen=True)
class Index:
    respondents: int
    averages: tuple[float, ...]  # NRR per element, U1..U9
    ikm: float  # converted, 25-100

    @property
    def category(self) -> Category:
        return category(self.ikm)


def index(answers: Sequence[Sequence[int]]) -> Index | None:
    """The IKM of a set of respondents' answers (nine each); None without respondents."""
    if not answers:
        return None
    n = len(answers)
    averages = tuple(sum(a[i] for a in answers) / n for i in range(len(ELEMENTS)))
    weighted = sum(averages) / len(ELEMENTS)  # each x WEIGHT (1/9), summed; exact in floats
    return Index(n, averages, weighted * CONVERSION)


def answers_problem(answers: Sequence[int]) -> str:
    """Why a respondent's answers are refused, else ""."""
    if len(answers) != len(ELEMENTS):
        return f"jawaban survei harus {len(ELEMENTS)} unsur"
    for element, value in zip(ELEMENTS, answers, strict=True):
        if value not in SCALE:
            return f"jawaban {element.code} ({element.name}) harus 1 sampai 4"
    return ""


class Source(StrEnum):
    DIRECT = "langsung"  # asked by the officer at closure
    FORM = "formulir"  # the printed form, typed in later


SOURCE_LABELS: dict[Source, str] = {
    Source.DIRECT: "Ditanyakan langsung",
    Source.FORM: "Dari formulir tercetak",
}


def answers_of(row: SurveyResponse) -> tuple[int, ...]:
    return tuple(getattr(row, f"u{n}") for n in range(1, len(ELEMENTS) + 1))


def record_survey(engine: Engine, complaint_id: int, answers: Sequence[int], answered_on: date,
                  source: Source, officer_id: int | None) -> Changes:  # fmt: skip
    """Record the complainant's answers for a closed complaint (one survey per complaint)."""
    if problem := answers_problem(answers):
        raise InvalidValue(problem)
    with operation(engine, officer_id, Permission.WORKFLOW) as (session, acting):
        complaint = complaint_for(session, officer_id, Permission.WORKFLOW, complaint_id)
        if complaint.status != Status.SELESAI:
            raise WorkflowError("survey.not_resolved")
        if answered_on < local_date(complaint.received_at):
            raise InvalidValue("survey.too_early")
        taken = session.scalar(select(SurveyResponse.id)
                               .where(SurveyResponse.complaint_id == complaint_id))  # fmt: skip
        if taken is not None:
            raise WorkflowError("survey.taken", number=complaint.tracking_number)
        officer = acting.id if acting else None
        values = {f"u{n}": v for n, v in enumerate(answers, start=1)}
        session.add(SurveyResponse(complaint_id=complaint_id, answered_on=answered_on,
                                   source=source.value, officer_id=officer, **values))  # fmt: skip
        audit.append(session, audit.Action.WORKFLOW, f"complaint:{complaint.tracking_number}",
                     {"aksi": "Survei kepuasan masyarakat", "sumber": source.value,
                      "tanggal": answered_on.isoformat()}, officer)  # fmt: skip
    return Changes(complaints=frozenset({complaint_id}))


def survey_of(engine: Engine, complaint_id: int) -> tuple[tuple[int, ...], date, str] | None:
    """The answers recorded for a complaint, the day and the source; None when not yet."""
    from pengaduan_desktop.core.db import reading

    with reading(engine) as session:
        row = session.scalar(select(SurveyResponse)
                             .where(SurveyResponse.complaint_id == complaint_id))  # fmt: skip
        return (answers_of(row), row.answered_on, row.source) if row else None
