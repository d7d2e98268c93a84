"""The case list's working views (issue 12, item 7), added to the tab by install(): the views
bar above the filters (the three built-in views and the officer's own saved filters: save,
rename, delete), multi-select with bulk disposition, the lembar disposisi of the selected
complaints, and the whole filtered list (or the selection) printed or exported as PDF/XLSX,
read and written off the GUI thread with its progress shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.core.indonesian import thousands
from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.core.view_words import selection_words
from pengaduan_desktop.ui.case_model import ID_ROLE, SORTABLE
from pengaduan_desktop.ui.list_progress import Cancelled, ListProgress
from pengaduan_desktop.ui.msgbox import ask, show_error, show_message
from pengaduan_desktop.ui.operations import Operation, announce, changed
from pengaduan_desktop.ui.pdf_output import (
    FileChooser,
    PdfJob,
    PrinterChooser,
    choose_pdf_file,
    choose_printer,
)
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:  # the database library loads after the window shows
    from pengaduan_desktop.core.caselist import CaseFilter, SortKey
    from pengaduan_desktop.core.permissions import Permission
    from pengaduan_desktop.core.saved_views import BuiltIn, ViewSpec
    from pengaduan_desktop.ui.case_list_tab import CaseListTab

SAVED = "saved"
BUILT = "built_in"


# The list's preview shows its first pages only, and coarser than print (each page is held as
# an image); printing from the preview prints the whole printout.
PREVIEW_PAGES = 10
PREVIEW_DPI = 150
SAID_MS = 15_000  # how long the status bar says what became of a print or a save


def install(tab: CaseListTab) -> None:
    """Give the case list tab its working views: the bar above the filters, multi-select, and
    the actions under the list."""
    tab.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    tab.views = ViewsBar(tab)
    tab.list_actions = ListActions(tab)
    layout = tab.layout()
    layout.insertWidget(0, tab.views)  # type: ignore[attr-defined]
    footer = layout.itemAt(layout.count() - 1).layout()
    footer.insertWidget(1, tab.list_actions)  # type: ignore[union-attr]


def _window_call(tab: QWidget, name: str, default: Any) -> Any:
    """What the main window knows of the signed-in user (a tab shown alone: the program)."""
    return getattr(tab.window(), name, default)


def allowed(tab: QWidget, permission: Permission) -> bool:
    return bool(_window_call(tab, "allowed", lambda _p: True)(permission))


def signed_in(tab: QWidget) -> Any:
    return _window_call(tab, "user", None)


class ViewsBar(QWidget):
    """Tampilan: the built-in views and the officer's own, and what can be done with them."""

    def __init__(self, tab: CaseListTab) -> None:
        super().__init__()
        self.tab = tab
        self._specs: dict[int, ViewSpec] = {}
        self.combo = QComboBox()
        self.combo.setObjectName("viewCombo")
        self.combo.setToolTip(self.tr("Tampilan kerja: bawaan, atau filter yang Anda simpan"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(22)
        self.save_button = QPushButton(self.tr("Simpan tampilan…"))
        self.save_button.setToolTip(self.tr("Simpan filter, pencarian dan urutan ini dengan nama"))
        self.rename_button = QPushButton(self.tr("Ganti nama…"))
        self.delete_button = QPushButton(self.tr("Hapus tampilan"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Tampilan:")))
        row.addWidget(self.combo)
        for button in (self.save_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        self._fill([])
        self.combo.currentIndexChanged.connect(self._chosen)
        self.save_button.clicked.connect(self.ask_name_and_save)
        self.rename_button.clicked.connect(self.ask_new_name)
        self.delete_button.clicked.connect(self.ask_delete)

    # -- the list of views -------------------------------------------------------------------
    def _fill(self, saved: list[Any], keep: str | None = None) -> None:
        combo = self.combo
        labels = {
            "mine": self.tr("Pengaduan saya"),
            "open": self.tr("Semua terbuka"),
            "due_this_week": self.tr("Jatuh tempo minggu ini"),
        }  # core.saved_views
        keep = keep if keep is not None else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Semua pengaduan"), None)
        for value, label in labels.items():
            combo.addItem(label, f"{BUILT}:{value}")
        if saved:
            combo.insertSeparator(combo.count())
        self._specs = {v.id: v.spec for v in saved}
        for v in saved:
            combo.addItem(v.name, f"{SAVED}:{v.id}")
        found = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        self._enable()

    def chosen_data(self) -> tuple[str, str] | None:
        """("built_in", "mine") or ("saved", "12") for the chosen view; None for all."""
        data = self.combo.currentData()
        if not data:
            return None
        kind, _, value = str(data).partition(":")
        return kind, value

    def _enable(self) -> None:
        chosen = self.chosen_data()
        own = chosen is not None and chosen[0] == SAVED
        self.rename_button.setEnabled(own)
        self.delete_button.setEnabled(own)

    def attach(self) -> None:
        """The signed-in officer's saved views, read in the background."""
        from pengaduan_desktop.core.saved_views import saved_views

        engine, officer = self.tab.engine, self.tab.viewer()
        if engine is None:
            return
        run_task(
            lambda: saved_views(engine, officer), self._fill, lambda exc: show_error(self, exc)
        )

    def chosen_built_in(self) -> BuiltIn | None:
        """The built-in view chosen, or the one the chosen saved view was made under."""
        from pengaduan_desktop.core.saved_views import BuiltIn, spec_built_in

        data = self.chosen_data()
        if data is not None and data[0] == SAVED and int(data[1]) in self._specs:
            return spec_built_in(self._specs[int(data[1])])
        return BuiltIn(data[1]) if data is not None and data[0] == BUILT else None

    def narrow(self, f: CaseFilter) -> CaseFilter:
        """The filter bar's filter narrowed by the chosen built-in view."""
        from pengaduan_desktop.core.clock import today
        from pengaduan_desktop.core.saved_views import built_in_filter

        view = self.chosen_built_in()
        if view is None:
            return f
        user = signed_in(self.tab)
        officer = user.officer_id if user is not None else None
        unit = user.unit_id if user is not None else None
        return built_in_filter(view, f, officer, unit, today())

    def _chosen(self) -> None:
        self._enable()
        data = self.chosen_data()
        if data is not None and data[0] == SAVED and int(data[1]) in self._specs:
            self.apply_spec(self._specs[int(data[1])])
        self.tab.apply_filter()

    # -- a view's filter <-> the filter bar ----------------------------------------------------
    def current_spec(self) -> ViewSpec:
        from pengaduan_desktop.core.saved_views import ViewSpec

        t = self.tab
        header = t.table.horizontalHeader()
        return ViewSpec(
            status=t.status.currentData(),
            channel=t.channel.currentData(),
            unit_id=t.unit.currentData(),
            officer_id=t.officer.currentData(),
            period=t.period.currentData() or "",
            sla=t.sla.currentData(),
            search=t.search.text(),
            sort=SORTABLE.get(header.sortIndicatorSection(), "received"),
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            built_in=view.value if (view := self.chosen_built_in()) is not None else None,
        )

    def apply_spec(self, spec: ViewSpec) -> None:
        """Set the filter bar to the view (a value no longer offered, such as a deleted unit,
        falls back to "all"); the caller reads the list once."""
        t = self.tab
        widgets = (
            t.status,
            t.channel,
            t.unit,
            t.officer,
            t.period,
            t.sla,
            t.search,
            t.overdue_button,
            t.table.horizontalHeader(),
        )
        for w in widgets:
            w.blockSignals(True)
        try:
            for combo, value in (
                (t.status, spec.status),
                (t.channel, spec.channel),
                (t.unit, spec.unit_id),
                (t.officer, spec.officer_id),
                (t.period, spec.period or None),
                (t.sla, spec.sla),
            ):
                combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
            t.search.setText(spec.search)
            t.overdue_button.setChecked(t.sla.currentData() == Sla.OVERDUE.value)
            column = next((c for c, key in SORTABLE.items() if key == spec.sort), 1)
            order = Qt.SortOrder.DescendingOrder if spec.descending else Qt.SortOrder.AscendingOrder
            t.table.horizontalHeader().setSortIndicator(column, order)
            t._sorted_by = (column, order)
        finally:
            for w in widgets:
                w.blockSignals(False)

    # -- save, rename, delete ------------------------------------------------------------------
    def _ask_text(self, title: str, label: str, text: str, then: Callable[[str], None]) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setOkButtonText(self.tr("Simpan"))
        dialog.setCancelButtonText(self.tr("Batal"))
        dialog.textValueSelected.connect(then)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _current_saved(self) -> tuple[int, str] | None:
        data = self.chosen_data()
        if data is None or data[0] != SAVED:
            return None
        return int(data[1]), self.combo.currentText()

    def ask_name_and_save(self) -> None:
        current = self._current_saved()
        self._ask_text(
            self.tr("Simpan tampilan"),
            self.tr("Nama tampilan (nama yang sama menggantinya):"),
            current[1] if current else "",
            self.save,
        )

    def _run(self, op: Callable[[], Any], keep: Callable[[Any], str | None]) -> None:
        from pengaduan_desktop.core.saved_views import saved_views

        engine, officer = self.tab.engine, self.tab.viewer()

        def work() -> tuple[Any, list[Any]]:
            result = op()
            return result, saved_views(engine, officer)

        def done(got: tuple[Any, list[Any]]) -> None:
            result, views = got
            self._fill(views, keep(result))

        run_task(work, done, lambda exc: show_error(self, exc))

    def save(self, name: str) -> None:
        from pengaduan_desktop.core.saved_views import save_view

        engine, officer, spec = self.tab.engine, self.tab.viewer(), self.current_spec()
        self._run(
            lambda: save_view(engine, officer, name, spec),  # type: ignore[arg-type]
            lambda view_id: f"{SAVED}:{view_id}",
        )

    def ask_new_name(self) -> None:
        current = self._current_saved()
        if current is None:
            return
        view_id, name = current
        self._ask_text(
            self.tr("Ganti nama tampilan"),
            self.tr("Nama baru:"),
            name,
            lambda new: self.rename(view_id, new),
        )

    def rename(self, view_id: int, name: str) -> None:
        from pengaduan_desktop.core.saved_views import rename_view

        engine, officer = self.tab.engine, self.tab.viewer()
        self._run(
            lambda: rename_view(engine, officer, view_id, name),  # type: ignore[arg-type]
            lambda _none: f"{SAVED}:{view_id}",
        )

    def ask_delete(self) -> None:
        current = self._current_saved()
        if current is None:
            return
        view_id, name = current
        ask(
            self,
            self.tr("Hapus tampilan"),
            self.tr(
                "Hapus tampilan tersimpan \u201c{name}\u201d? Pengaduannya tidak berubah."
            ).format(name=name),
            self.tr("Hapus"),
            lambda: self.delete(view_id),
        )

    def delete(self, view_id: int) -> None:
        from pengaduan_desktop.core.saved_views import delete_view

        engine, officer = self.tab.engine, self.tab.viewer()
        self._run(
            lambda: delete_view(engine, officer, view_id),  # type: ignore[arg-type]
            lambda _none: None,
        )


class ListActions(QWidget):
    """Under the list: what to do with the selected complaints, and with the whole list."""

    def __init__(self, tab: CaseListTab) -> None:
        super().__init__()
        self.tab = tab
        # Seams: tests replace them; the defaults open the real dialogs without blocking.
        self.choose_file: FileChooser = choose_pdf_file
        self.choose_printer: PrinterChooser = choose_printer
        self.selected_label = QLabel()
        self.selected_label.setMinimumWidth(
            self.selected_label.fontMetrics().horizontalAdvance(
                self.tr("{n} terpilih").format(n="9.999")
            )
        )
        self.selection_button = QPushButton(self.tr("Terpilih"))
        self.selection_button.setToolTip(self.tr("Pengaduan yang dipilih (Ctrl/Shift + klik)"))
        menu = QMenu(self.selection_button)
        self.dispose_action = menu.addAction(self.tr("Disposisikan ke unit…"))
        menu.addSeparator()
        self.sheet_print_action = menu.addAction(self.tr("Cetak lembar disposisi…"))
        self.sheet_preview_action = menu.addAction(self.tr("Pratinjau lembar disposisi"))
        self.sheet_save_action = menu.addAction(self.tr("Simpan lembar disposisi (PDF)…"))
        menu.addSeparator()
        self.selection_xlsx_action = menu.addAction(self.tr("Ekspor terpilih (XLSX)…"))
        self.selection_pdf_action = menu.addAction(self.tr("Ekspor terpilih (PDF)…"))
        self.selection_button.setMenu(menu)
        self.list_button = QPushButton(self.tr("Cetak/ekspor daftar"))
        self.list_button.setToolTip(self.tr("Seluruh baris filter ini, bukan hanya yang tampak"))
        list_menu = QMenu(self.list_button)
        self.list_print_action = list_menu.addAction(self.tr("Cetak daftar…"))
        self.list_preview_action = list_menu.addAction(self.tr("Pratinjau daftar"))
        self.list_pdf_action = list_menu.addAction(self.tr("Simpan daftar sebagai PDF…"))
        self.list_xlsx_action = list_menu.addAction(self.tr("Ekspor daftar ke XLSX…"))
        self.list_button.setMenu(list_menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.selected_label)
        row.addWidget(self.selection_button)
        row.addWidget(self.list_button)
        self.dispose_action.triggered.connect(self.dispose_selected)
        self.sheet_print_action.triggered.connect(lambda: self.sheets("print"))
        self.sheet_preview_action.triggered.connect(lambda: self.sheets("preview"))
        self.sheet_save_action.triggered.connect(lambda: self.sheets("save"))
        self.selection_xlsx_action.triggered.connect(lambda: self.export(".xlsx", selected=True))
        self.selection_pdf_action.triggered.connect(lambda: self.export(".pdf", selected=True))
        self.list_xlsx_action.triggered.connect(lambda: self.export(".xlsx"))
        self.list_pdf_action.triggered.connect(lambda: self.export(".pdf"))
        self.list_print_action.triggered.connect(lambda: self.print_list(preview=False))
        self.list_preview_action.triggered.connect(lambda: self.print_list(preview=True))
        tab.table.selectionModel().selectionChanged.connect(self._selected_by_hand)
        # A reload (after an action, or another filter) empties the table's selection without
        # telling: the selected complaints are kept by id and selected again where they are.
        self._kept: set[int] = set()  # selected before a reload, not yet selected again
        self._restoring = False
        tab.model.modelAboutToBeReset.connect(self._keep_selection)
        tab.model.modelReset.connect(self._restore_selection)
        tab.model.page_arrived.connect(lambda _n: self._restore_selection())
        self.selection_changed()

    # -- the selection ---------------------------------------------------------------------------
    def selected_ids(self) -> tuple[list[int], int]:
        """The selected complaints whose rows have been read, and how many are not yet."""
        ids, waiting = [], 0
        for index in self.tab.table.selectionModel().selectedRows():
            found = self.tab.model.data(index, ID_ROLE)
            if found is None:
                waiting += 1
            else:
                ids.append(int(found))
        return ids, waiting

    def _keep_selection(self) -> None:
        ids, _waiting = self.selected_ids()
        self._kept |= set(ids)

    def _restore_selection(self) -> None:
        """Select again the kept complaints whose rows are here (a complaint no longer in the
        list is no longer selected: the footer counts what is selected)."""
        if self._kept:
            model, selection = self.tab.model, self.tab.table.selectionModel()
            found = {i: row for i in self._kept if (row := model.row_of(i)) is not None}
            self._kept -= set(found)
            if found:
                rows = QItemSelection()
                for row in found.values():
                    rows.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
                self._restoring = True
                try:
                    selection.select(rows, QItemSelectionModel.SelectionFlag.Select)
                finally:
                    self._restoring = False
        self.selection_changed()

    def _selected_by_hand(self) -> None:
        if not self._restoring:
            self._kept.clear()  # the officer chose anew: what was kept is let go
        self.selection_changed()

    def selection_changed(self) -> None:
        from pengaduan_desktop.core.permissions import Permission

        count = len(self.tab.table.selectionModel().selectedRows())
        self.selected_label.setText(
            self.tr("{n} terpilih").format(n=thousands(count)) if count > 1 else ""
        )
        self.selection_button.setEnabled(count > 0)
        self.dispose_action.setVisible(allowed(self.tab, Permission.WORKFLOW))
        for action in (self.sheet_print_action, self.sheet_preview_action, self.sheet_save_action):
            action.setVisible(allowed(self.tab, Permission.LETTERS))

    def _ready_selection(self) -> list[int] | None:
        ids, waiting = self.selected_ids()
        if waiting:
            show_message(
                self,
                self.tr("Baris belum dimuat"),
                self.tr(
                    "{n} baris terpilih belum selesai dimuat. Tunggu sebentar lalu ulangi.",
                    "",
                    waiting,
                ).format(n=thousands(waiting)),
            )
            return None
        if not ids:
            show_message(
                self,
                self.tr("Belum ada yang dipilih"),
                self.tr("Pilih dulu pengaduan di daftar (Ctrl/Shift + klik), lalu ulangi."),
            )
            return None
        return ids

    def dispose_selected(self) -> None:
        ids = self._ready_selection()
        if ids is None or self.tab.engine is None:
            return
        units = [
            (self.tab.unit.itemText(i), self.tab.unit.itemData(i))
            for i in range(1, self.tab.unit.count())
        ]
        numbers = [self.tab.model.data(i) for i in self.tab.table.selectionModel().selectedRows()]
        dialog = DisposeDialog(self, self.tab.engine, self.tab.viewer(), ids, numbers, units)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog

    # -- the whole list, or the selection --------------------------------------------------------
    def _what(self) -> str:
        """The view and filters as words, for the printout's head and the audit trail."""
        from pengaduan_desktop.core.view_words import Shown, view_words

        t = self.tab
        kind, value = t.views.chosen_data() or ("", "")
        return view_words(Shown(
            built_in=value if kind == BUILT else None,
            saved=t.views.combo.currentText() if kind == SAVED else None,
            status=t.status.currentData(), channel=t.channel.currentData(),
            unit=t.unit.currentText() if t.unit.currentIndex() > 0 else None,
            officer=t.officer.currentText() if t.officer.currentIndex() > 0 else None,
            period=t.period.currentData(),
            sla=t.sla.currentData(), search=t.search.text(),
        ))  # fmt: skip

    def _sort(self) -> tuple[SortKey, bool]:
        from pengaduan_desktop.core.caselist import SortKey

        header = self.tab.table.horizontalHeader()
        return (
            SortKey(SORTABLE.get(header.sortIndicatorSection(), "received")),
            header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def export(self, suffix: str, selected: bool = False) -> None:
        from pengaduan_desktop.core.clock import today
        from pengaduan_desktop.core.indonesian import short_date

        if self.tab.engine is None:
            return
        f = self.tab.current_filter()
        what = self._what()
        total = self.tab.model.rowCount() if self.tab.model.exact else 0
        if selected:
            ids = self._ready_selection()
            if ids is None:
                return
            f = replace(f, ids=tuple(ids))
            what = selection_words(len(ids), what)
            total = len(ids)
        # The selection's file is not offered the whole list's name (nor saved over it).
        kind = f"pengaduan-terpilih-{total}" if selected else "daftar-pengaduan"
        name = f"{kind}-{short_date(today())}{suffix}"
        self.choose_file(self, name, lambda path: self._write(path, f, what, total))

    def _write(self, path: Path, f: CaseFilter, what: str, total: int) -> None:
        from pengaduan_desktop.services.case_list import export_list

        engine, officer = self.tab.engine, self.tab.viewer()
        user = signed_in(self.tab)
        sort, descending = self._sort()
        progress = ListProgress(self, self.tr("Menulis {name}").format(name=path.name), total)

        def work() -> int:
            return export_list(
                engine,
                f,
                sort,
                descending,
                path,
                officer,
                what,  # type: ignore[arg-type]
                user.name if user else "",
                progress.tell,
            )

        def done(rows: int) -> None:
            progress.finish()
            self._say(
                self.tr("{n} baris disimpan ke {name}", "", rows).format(
                    n=thousands(rows), name=path.name
                )
            )
            self.last_written = path

        def failed(exc: BaseException) -> None:
            progress.finish()
            if isinstance(exc, Cancelled):  # nothing was written
                self._say(self.tr("Penyimpanan daftar dibatalkan."))
                return
            show_error(self, exc)

        run_task(work, done, failed)

    def print_list(self, preview: bool) -> None:
        from pengaduan_desktop.core import list_export
        from pengaduan_desktop.core.list_export import record_list_export, viewer_filter
        from pengaduan_desktop.services.case_list import TITLE, Counter, list_pdf

        engine = self.tab.engine
        if engine is None:
            return
        officer, user, what = self.tab.viewer(), signed_in(self.tab), self._what()
        f = viewer_filter(self.tab.current_filter(), officer)
        sort, descending = self._sort()
        exact = self.tab.model.exact
        total = self.tab.model.rowCount()  # while only estimated, the worker counts it
        limit = list_export.PRINTED_ROWS  # a printout stops there; saving takes every row
        title = self.tr("Menyiapkan daftar untuk dicetak")
        shown: list[ListProgress] = []  # the dialog, only once the printer is chosen

        def tell(n: int) -> None:  # from the worker
            if shown:
                shown[0].tell(n)

        counter = Counter(tell)

        def produce() -> bytes:
            from pengaduan_desktop.core.caselist import count_cases

            counter.rows = 0
            rows = total if exact else count_cases(engine, f)  # the printout names it
            pdf = list_pdf(engine, f, sort, descending, what, user.name if user else "",
                           counter, limit, rows)  # fmt: skip
            if shown and shown[0].is_cancelled():
                raise Cancelled  # cancelled after the last row: nothing is printed
            return pdf

        def record(how: str) -> None:
            record_list_export(
                engine, officer, Path(f"{TITLE}.pdf"), what, counter.rows, printed=how == "dicetak"
            )

        def busy(on: bool) -> None:
            if on:
                shown[:] = [ListProgress(self, title, total, limit)]
            elif shown:
                shown.pop().finish()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, Cancelled):
                show_error(self, exc)

        job = PdfJob(produce, record, busy, failed, TITLE, engine=engine)
        job.cancelled = lambda: bool(shown) and shown[0].is_cancelled()
        job.preview_pages, job.preview_dpi = PREVIEW_PAGES, PREVIEW_DPI
        done = self._printed(lambda pages: self.tr(
            "Daftar dikirim ke printer ({pages} halaman).", "", pages))  # fmt: skip
        if preview:
            job.preview(self, self.tr("Pratinjau daftar pengaduan"), done)
        else:
            job.print(self, self.choose_printer, done)

    def _say(self, text: str) -> None:
        """What became of a print or a save, in the window's status bar for a while: the
        list's count label keeps its one size and its count (a sentence there was cut)."""
        window = self.tab.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, SAID_MS)
        else:
            self.tab.count.setText(text)
        self.last_said = text

    def _printed(self, sentence: Callable[[int], str]) -> Callable[[int], None]:
        """`sentence(pages)`: the translated sentence for that many pages, with {pages}."""

        def done(pages: int) -> None:
            self._say(sentence(pages).format(pages=pages))
            self.last_pages = pages

        return done

    # -- lembar disposisi ----------------------------------------------------------------------
    def sheets(self, how: str) -> None:
        from pengaduan_desktop.core.disposition_data import record_sheets_printed
        from pengaduan_desktop.services.disposition_sheet import sheets_pdf

        engine = self.tab.engine
        ids = self._ready_selection()
        if engine is None or ids is None:
            return
        officer = self.tab.viewer()
        numbers: list[str] = []

        def produce() -> bytes:
            pdf, found = sheets_pdf(engine, ids, officer)
            numbers[:] = found
            return pdf

        def record(what: str) -> None:
            record_sheets_printed(engine, numbers, what, officer)

        job = PdfJob(
            produce,
            record,
            lambda _on: None,
            lambda exc: show_error(self, exc),
            "Lembar-disposisi",
            draft=produce,
            engine=engine,
        )
        printed = self._printed(lambda pages: self.tr(
            "Lembar disposisi dikirim ke printer ({pages} halaman).", "", pages))  # fmt: skip

        def done(pages: int) -> None:
            printed(pages)
            announce(changed(complaints=frozenset(ids)))  # the timelines show it

        if how == "print":
            job.print(self, self.choose_printer, done)
        elif how == "preview":
            job.preview(self, self.tr("Pratinjau lembar disposisi"), done)
        else:
            name = f"lembar-disposisi-{len(ids)}-pengaduan.pdf"

            def saved(path: Path) -> None:
                self._say(self.tr("Lembar disposisi disimpan ke {name}").format(name=path.name))
                self.last_written = path
                announce(changed(complaints=frozenset(ids)))

            job.save(self, self.choose_file, name, saved)


class DisposeDialog(QDialog):
    """Disposisi massal: the selected complaints to one unit with one instruction. All or
    nothing (core.bulk_disposition): a refusal names each complaint that cannot go."""

    def __init__(
        self,
        parent: QWidget,
        engine: Any,
        officer: int | None,
        ids: list[int],
        numbers: list[str],
        units: list[tuple[str, int]],
    ) -> None:
        super().__init__(parent)
        self.engine, self.officer, self.ids = engine, officer, ids
        self.setWindowTitle(self.tr("Disposisi ke unit kerja"))
        self.setMinimumWidth(520)
        shown = ", ".join(numbers[:6]) + (
            self.tr(", dan {n} lainnya").format(n=len(numbers) - 6) if len(numbers) > 6 else ""
        )
        heading = QLabel(self.tr("{n} pengaduan: {numbers}", "", len(ids)).format(
            n=len(ids), numbers=shown))  # fmt: skip
        heading.setWordWrap(True)
        self.unit = QComboBox()
        self.unit.setObjectName("disposeUnit")
        self.unit.addItem(self.tr("— pilih unit —"), None)
        for label, value in units:
            self.unit.addItem(label, value)
        self.instruction = QPlainTextEdit()
        self.instruction.setObjectName("disposeInstruction")
        self.instruction.setPlaceholderText(self.tr("Instruksi disposisi, sama untuk semua"))
        self.instruction.setFixedHeight(90)
        self.reply_days = QSpinBox()
        self.reply_days.setObjectName("disposeReplyDays")
        self.reply_days.setRange(1, 30)
        self.reply_days.setSuffix(self.tr(" hari kerja"))
        self.reply_days.setToolTip(self.tr("Batas waktu unit kerja membalas, dihitung dari "
                                           "hari disposisi"))  # fmt: skip
        self._days_chosen = False
        self.reply_days.valueChanged.connect(lambda _v: setattr(self, "_days_chosen", True))
        self.reply_note = QLabel(
            self.tr("Tidak melewati batas waktu tiap pengaduan: yang lebih dekat dipakai.")
        )
        self.reply_note.setObjectName("disposeReplyNote")
        self.reply_note.setWordWrap(True)
        days_row = QHBoxLayout()
        days_row.addWidget(self.reply_days)
        days_row.addWidget(self.reply_note, 1)
        self.error = QLabel()
        self.error.setObjectName("disposeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8a1010;")
        form = QFormLayout()
        form.addRow(self.tr("Unit tujuan"), self.unit)
        form.addRow(self.tr("Batas balasan unit"), days_row)
        form.addRow(self.tr("Instruksi"), self.instruction)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Disposisikan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.dispose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The dialog grows with a long refusal rather than letting it run over the boxes.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.done_text = ""  # the confirmation, once disposed
        from pengaduan_desktop.core.step_deadlines import read_step_days

        run_task(lambda: read_step_days(engine).reply, self._default_days, lambda _e: None)

    def _default_days(self, days: int) -> None:
        if not self._days_chosen:  # the office's default, unless the officer chose already
            self.reply_days.setValue(days)
            self._days_chosen = False

    def dispose(self) -> None:
        from pengaduan_desktop.core.bulk_disposition import dispose_many
        from pengaduan_desktop.core.errors import user_message
        from pengaduan_desktop.ui.language import current

        engine, officer, ids = self.engine, self.officer, self.ids
        unit, text = self.unit.currentData(), self.instruction.toPlainText()
        days, unit_name = self.reply_days.value(), self.unit.currentText()
        self.ok.setEnabled(False)
        self.error.setText(self.tr("Menyimpan…"))

        def failed(exc: BaseException) -> None:
            self.ok.setEnabled(True)
            message = user_message(exc, current())
            if message is None:
                self.error.setText("")
                show_error(self, exc)
            else:
                self.error.setText(message)
                self.adjustSize()  # taller, to show the whole refusal under the boxes

        Operation(
            self,
            lambda: dispose_many(engine, ids, unit, text, officer, reply_days=days),
            changed(complaints=frozenset(ids), complaint_list=True),
        ).success(lambda n: self._disposed(n, unit_name, days)).failure(failed).run_in_background()

    def _disposed(self, n: int, unit: str, days: int) -> None:
        self.done_text = self.tr(
            "{n} pengaduan didisposisikan ke {unit}, batas balasan unit {days} hari kerja.", "", n
        ).format(n=thousands(n), unit=unit, days=days)
        show_message(self.parentWidget(), self.tr("Disposisi tersimpan"), self.done_text)
        self.accept()
