"""The monthly report's sections of issue 12 (documents.monthly_report calls them after its
lists, as sections J and K, before the conclusions L and recommendations M): steps that met
their deadline per unit, and the Indeks Kepuasan Masyarakat per unit and over the last
months. Plain data in (core.month_steps)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from pengaduan_desktop.core.indonesian import month_name, thousands
from pengaduan_desktop.core.month_steps import MonthExtras, StepTally
from pengaduan_desktop.core.step_deadlines import DEFAULT_REPLY_DAYS
from pengaduan_desktop.core.survey import CATEGORIES, ELEMENTS, Index
from pengaduan_desktop.documents.list_table import GRID, HEAD
from pengaduan_desktop.documents.styles import escape, table

STEPS_HEADING = "Ketepatan Waktu per Tahap Penanganan"
IKM_HEADING = "Indeks Kepuasan Masyarakat (IKM)"
STEPS_NOTE = (
    "Tahap yang batas waktunya jatuh pada bulan ini. Verifikasi oleh petugas pengaduan dalam "
    "batas hari kerja sejak pengaduan diterima; balasan unit kerja dalam batas hari kerja yang "
    f"ditetapkan saat disposisi (baku {DEFAULT_REPLY_DAYS} hari kerja, tidak melewati batas "
    "waktu penyelesaian). Tepat = selesai paling lambat pada batas waktunya."
)
_LOWEST = "; ".join(f"{c.letter} ({c.label}) mulai {c.lowest:.2f}" for c in CATEGORIES)
IKM_NOTE = (
    "IKM = rata-rata tertimbang nilai sembilan unsur (bobot 1/9) × 25, menurut Permenpan RB "
    f"Nomor 14 Tahun 2017. Mutu pelayanan: {_LOWEST.replace('.', ',')}. Unit kerja menurut "
    "disposisi terakhir."
)

P = Callable[..., Paragraph]


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%".replace(".", ",")


def _decimal(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _heading(p: P, title: str) -> list[Any]:
    return [Spacer(1, 5 * mm), p(f"<b>{escape(title)}</b>", "bold"), Spacer(1, 2 * mm)]


def step_section(extras: MonthExtras, p: P, width: float, number: str) -> list[Any]:
    heading = _heading(p, f"{number}. {STEPS_HEADING}")
    if not extras.steps:
        return [KeepTogether([*heading, p("Tidak ada tahap yang jatuh tempo pada bulan ini.")])]

    def cells(t: StepTally) -> list[str]:
        return [f"{thousands(t.verification_met)} / {thousands(t.verification_due)}",
                f"{thousands(t.reply_met)} / {thousands(t.reply_due)}",
                _percent(t.rate)]  # fmt: skip

    head = ["Verifikasi tepat / jatuh tempo", "Balasan unit tepat / jatuh tempo",
            "Ketepatan"]  # fmt: skip
    rows: list[list[Any]] = [[p("<b>Unit kerja</b>", "small"),
                              *[p(f"<b>{h}</b>", "small_center") for h in head]]]  # fmt: skip
    rows += [[p(("<b>%s</b>" if t is extras.steps[-1] else "%s") % escape(t.name), "small"),
              *cells(t)] for t in extras.steps]  # fmt: skip
    column = 34 * mm
    grid = table(rows, [width - 3 * column, column, column, column], [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD), ("BACKGROUND", (0, -1), (-1, -1), HEAD),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ], repeat_rows=1)  # fmt: skip
    return [KeepTogether([*heading, grid, Spacer(1, 1.5 * mm), p(escape(STEPS_NOTE), "small")])]


def ikm_section(extras: MonthExtras, p: P, width: float, number: str) -> list[Any]:
    heading = _heading(p, f"{number}. {IKM_HEADING}")
    parts: list[Any] = []
    if not extras.satisfaction:
        parts.append(p("Tidak ada survei kepuasan yang diisi pada bulan ini."))
    else:
        parts.append(_unit_table(extras, p, width))
    parts += [Spacer(1, 3 * mm), _trend_table(extras, p, width), Spacer(1, 1.5 * mm),
              p(escape(IKM_NOTE), "small")]  # fmt: skip
    return [KeepTogether([*heading, *parts])]


def _unit_table(extras: MonthExtras, p: P, width: float) -> Any:
    codes = [e.code for e in ELEMENTS]
    rows: list[list[Any]] = [[p("<b>Unit kerja</b>", "small"), "Resp.", *codes, "IKM", "Mutu"]]
    for unit in extras.satisfaction:
        i = unit.index
        name = ("<b>%s</b>" if unit is extras.satisfaction[-1] else "%s") % escape(unit.name)
        rows.append([p(name, "small"), thousands(i.respondents),
                     *[_decimal(a) for a in i.averages], _decimal(i.ikm),
                     f"{i.category.letter}"])  # fmt: skip
    small = 9.6 * mm
    widths = [width - 13 * small, 12 * mm, *[small] * 9, 14 * mm, small + 2.5 * mm]
    return table(rows, widths, [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD), ("BACKGROUND", (0, -1), (-1, -1), HEAD),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ], repeat_rows=1)  # fmt: skip


def _trend_table(extras: MonthExtras, p: P, width: float) -> Any:
    def cells(i: Index | None) -> list[str]:
        if i is None:
            return ["0", "-", "-"]
        return [thousands(i.respondents), _decimal(i.ikm),
                f"{i.category.letter} ({i.category.label})"]  # fmt: skip

    rows: list[list[Any]] = [["Bulan", "Responden", "IKM", "Mutu pelayanan"]]
    rows += [[f"{month_name(m.month)} {m.year}", *cells(i)] for m, i in extras.satisfaction_trend]
    column = (width - 45 * mm) / 3
    return table(rows, [45 * mm, column, column, column], [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ])  # fmt: skip
