"""How a bad row of an imported file is named, in both languages: "baris 17: Tanggal: ..."
(CSV, XLSX) or "objek ke-17: ..." (JSON). `pengaduan import`, the SP4N-LAPOR! import and the
resemblance check all say their rows so."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from pengaduan_desktop.core.messages import Joined, Text


def row_problem(where: str, number: int, said: str | Joined) -> Text:
    """One line naming a bad row of a file: "baris 17: ..." (CSV, XLSX; `where` "baris ") or
    "objek ke-17: ..." (JSON), said in the reader's language."""
    return Text("import.object" if where.startswith("objek") else "import.row",
                number=number, said=said)  # fmt: skip


def field_problems(errors: Mapping[str, str], label: Callable[[str], str]) -> Joined:
    """A row's bad fields, each after its column's name as the file writes it."""
    return Joined(Text("import.field", column=label(k), message=v) for k, v in errors.items())
