"""One complainant, one history, on screen: the probable earlier complaints (intake and the
complaint page) with *Kaitkan* and *Gabungkan sebagai duplikat*, and the complaint page's
*Terkait* tab listing its links both ways with *Hapus kaitan*.

Every read runs off the GUI thread; the intake looks only after typing pauses (PAUSE_MS), and a
result that arrives after the form changed again is dropped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.core.vocabulary import Status
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.msgbox import ask, show_error
from pengaduan_desktop.ui.operations import Operation, subscribe
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.complaint_detail import ComplaintDetail
    from pengaduan_desktop.core.door import Changes
    from pengaduan_desktop.core.earlier import Earlier, Probe
    from pengaduan_desktop.core.links import LinkRow
    from pengaduan_desktop.ui.complaint_form import ComplaintForm

PAUSE_MS = 600  # the intake looks for earlier complaints once typing stops this long
ID_ROLE = Qt.ItemDataRole.UserRole


def status_label(status: str) -> str:
    try:
        return language.label(Status(status))
    except ValueError:
        return status


def open_page(widget: QWidget, complaint_id: int) -> None:
    """Open a complaint's page through the main window (one page per complaint)."""
    parent = widget.parentWidget()
    while parent is not None and not hasattr(parent, "open_complaint"):
        parent = parent.parentWidget()
    if parent is not None:
        parent.open_complaint(complaint_id)


def may(widget: QWidget, permission: Any) -> bool:
    """Whether the signed-in role may use `permission` (asked of the main window; a page
    shown without one, in a test, may)."""
    parent = widget.parentWidget()
    while parent is not None and not hasattr(parent, "allowed"):
        parent = parent.parentWidget()
    return True if parent is None else bool(parent.allowed(permission))


def _tree(headers: list[str]) -> QTreeWidget:
    """A list whose last column takes the room left and wraps its text (no sideways scroll)."""
    tree = QTreeWidget()
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(headers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(len(headers) - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return tree


def _selected_id(tree: QTreeWidget) -> int | None:
    items = tree.selectedItems()
    return int(items[0].data(0, ID_ROLE)) if items else None


class EarlierPanel(QGroupBox):
    """The probable earlier complaints of a complaint, and linking or merging it with one.
    `target()` names the complaint to link (None: not saved yet, the buttons wait)."""

    found = Signal(int)  # how many were listed after a search

    def __init__(
        self,
        target: Callable[[], int | None],
        acting_officer: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Pengaduan sebelumnya yang mungkin terkait"))
        self.engine: Engine | None = None
        self.target = target
        self.acting_officer = acting_officer
        self.rows: list[Earlier] = []
        self._asked = 0  # the search whose answer is awaited; older answers are dropped
        self.last_probe: Probe | None = None
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Belum ada yang dicari."))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tree = _tree([self.tr("Pengaduan"), self.tr("Perihal dan kecocokan")])
        self.tree.itemDoubleClicked.connect(lambda item, _c: open_page(self, item.data(0, ID_ROLE)))
        self.tree.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.tree)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Alasan (wajib untuk penggabungan)"))
        self.reason.setMaxLength(500)
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        self.link_button = QPushButton(self.tr("Kaitkan"))
        self.link_button.setToolTip(
            self.tr("Catat bahwa pengaduan ini berkaitan dengan pengaduan sebelumnya yang dipilih")
        )
        self.merge_button = QPushButton(self.tr("Gabungkan sebagai duplikat…"))
        self.merge_button.setToolTip(
            self.tr("Tutup pengaduan ini sebagai duplikat dari yang dipilih; kedua nomor tetap ada")
        )
        for button in (self.link_button, self.merge_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.link_button.clicked.connect(lambda: self.link(merge=False))
        self.merge_button.clicked.connect(lambda: self.link(merge=True))
        self.reason.textChanged.connect(lambda: self.message.setText(""))
        self._enable()

    # -- searching ------------------------------------------------------------------------
    def search(self, probe: Probe) -> None:
        """Look for the probe's earlier complaints in a worker (unless just asked the same)."""
        engine = self.engine
        if engine is None or probe == self.last_probe:
            return
        self.last_probe = probe
        self._asked += 1
        asked, viewer = self._asked, self.acting_officer()
        if probe.empty():
            self._show(asked, [])
            return
        self.status.setText(self.tr("Mencari pengaduan sebelumnya…"))

        def read() -> list[Earlier]:
            from pengaduan_desktop.core.earlier import earlier_complaints

            return earlier_complaints(engine, probe, viewer)

        run_task(read, lambda rows: self._show(asked, rows), self._failed)

    def clear(self) -> None:
        self.last_probe = None
        self._asked += 1
        self._show(self._asked, [])
        self.reason.clear()
        self.message.setText("")

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Pencarian pengaduan sebelumnya gagal."))
        show_error(self, exc)

    def _show(self, asked: int, rows: list[Earlier]) -> None:
        if asked != self._asked:
            return  # the form changed while this was read
        self.rows = rows
        self.tree.clear()
        for e in rows:
            item = QTreeWidgetItem([
                f"{e.tracking_number}\n{e.received_at:%d/%m/%Y}",
                f"{e.summary}\n{e.complainant} · {status_label(e.status)}\n"
                + self.tr("Cocok: {why}").format(why=language.say(list(e.reasons))),
            ])  # fmt: skip
            item.setData(0, ID_ROLE, e.id)
            item.setToolTip(1, e.summary)
            self.tree.addTopLevelItem(item)
        if rows:
            self.status.setText(
                self.tr(
                    "%n pengaduan sebelumnya mungkin dari pengadu yang sama "
                    "atau tentang hal yang sama.",
                    "",
                    len(rows),
                )
            )
        elif self.last_probe is None or self.last_probe.empty():
            self.status.setText(
                self.tr(
                    "Isi NIK, telepon, ID LAPOR! atau perihal untuk mencari pengaduan sebelumnya."
                )
            )
        else:
            self.status.setText(self.tr("Tidak ada pengaduan sebelumnya yang cocok."))
        self._enable()
        self.found.emit(len(rows))

    # -- linking --------------------------------------------------------------------------
    def refresh_buttons(self) -> None:
        """The complaint to link was saved (or let go): the buttons follow."""
        self._enable()

    def _enable(self) -> None:
        ready = self.target() is not None and _selected_id(self.tree) is not None
        self.link_button.setEnabled(ready)
        self.merge_button.setEnabled(ready)

    def link(self, merge: bool) -> None:
        engine, target, earlier = self.engine, self.target(), _selected_id(self.tree)
        if engine is None or target is None or earlier is None:
            return
        reason = self.reason.text().strip()
        if merge and not reason:
            self.message.setText(self.tr("Tulis alasan penggabungan."))
            self.reason.setFocus()
            return
        number = next(e.tracking_number for e in self.rows if e.id == earlier)
        if not merge:
            self._write(engine, target, earlier, reason, merge=False)
            return
        ask(
            self,
            self.tr("Gabungkan sebagai duplikat"),
            self.tr(
                "Tutup pengaduan ini sebagai duplikat dari {number}? Kedua nomor tetap ada; "
                "tindak lanjut dilakukan pada {number}."
            ).format(number=number),
            self.tr("Gabungkan"),
            lambda: self._write(engine, target, earlier, reason, True),
        )

    def _write(self, engine: Engine, target: int, earlier: int, reason: str, merge: bool) -> None:
        from pengaduan_desktop.core.links import LinkKind, link_complaints

        officer = self.acting_officer()
        kind = LinkKind.DUPLICATE if merge else LinkKind.RELATED
        number = next(e.tracking_number for e in self.rows if e.id == earlier)
        done = (
            self.tr("Digabung sebagai duplikat dari {number}.")
            if merge
            else self.tr("Dikaitkan dengan {number}.")
        ).format(number=number)
        Operation(
            self,
            lambda: link_complaints(engine, target, earlier, kind, reason, officer),
            lambda changes: changes,
        ).success(lambda _c: self._linked(target, done)).run_in_background(initiator=self)

    def _linked(self, target: int, done: str) -> None:
        self.reason.clear()  # clears the message too: said after
        self.message.setText(done)
        if self.last_probe is not None:  # looked for again: the linked one is not offered twice
            probe, self.last_probe = replace(self.last_probe, exclude_id=target), None
            self.search(probe)


class RelatedTab(QWidget):
    """The complaint page's *Terkait* tab: its links both ways, and its probable earlier
    complaints to link or merge."""

    counted = Signal(int)  # links shown

    def __init__(
        self,
        engine: Engine,
        complaint_id: int,
        acting_officer: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.complaint_id = complaint_id
        self.acting_officer = acting_officer
        self.links: list[LinkRow] = []
        layout = QVBoxLayout(self)
        self.links_box = QGroupBox(self.tr("Pengaduan terkait dan duplikat"))
        box = QVBoxLayout(self.links_box)
        self.links_label = QLabel(self.tr("Memuat…"))
        self.links_label.setWordWrap(True)
        box.addWidget(self.links_label)
        self.tree = _tree([self.tr("Hubungan"), self.tr("Nomor"), self.tr("Status"),
                           self.tr("Perihal dan alasan")])  # fmt: skip
        self.tree.itemDoubleClicked.connect(self._open_item)
        self.tree.itemSelectionChanged.connect(self._enable)
        box.addWidget(self.tree)
        row = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Hapus kaitan…"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box.addLayout(row)
        layout.addWidget(self.links_box, 1)
        self.earlier = EarlierPanel(lambda: self.complaint_id, acting_officer, self)
        self.earlier.engine = engine
        layout.addWidget(self.earlier, 1)
        self._enable()
        subscribe(self._operation_executed)

    def show_complaint(self, detail: ComplaintDetail) -> None:
        """The page (re)read its complaint: read its links, look for its earlier ones (not
        for a merged duplicate, nor for a role that may not link)."""
        from pengaduan_desktop.core.earlier import probe_of
        from pengaduan_desktop.core.permissions import Permission

        self.reload_links()
        self.remove_button.setVisible(may(self, Permission.WORKFLOW))
        shown = detail.status != Status.DIGABUNG and may(self, Permission.WORKFLOW)
        self.earlier.setVisible(shown)
        if shown:
            self.earlier.last_probe = None
            self.earlier.search(probe_of(detail.data, detail.id, until_received=True))

    def reload_links(self) -> None:
        from pengaduan_desktop.core.links import links_of

        engine, cid, viewer = self.engine, self.complaint_id, self.acting_officer()
        run_task(
            lambda: links_of(engine, cid, viewer),
            self._show_links,
            lambda exc: show_error(self, exc),
        )

    def _show_links(self, rows: list[LinkRow]) -> None:
        from pengaduan_desktop.core.links import LinkKind

        self.links = rows
        self.tree.clear()
        for link in rows:
            if link.kind is LinkKind.DUPLICATE:
                relation = self.tr("Duplikat dari") if link.earlier else self.tr("Duplikatnya")
            else:
                relation = self.tr("Terkait dengan") if link.earlier else self.tr("Dikaitkan oleh")
            summary = link.other_summary or self.tr("(di luar unit kerja Anda)")
            said = f"{summary}\n" + self.tr("Alasan: {reason}").format(reason=link.reason)
            item = QTreeWidgetItem([relation, link.other_number, status_label(link.other_status),
                                    said if link.reason else summary])  # fmt: skip
            item.setData(0, ID_ROLE, link.id)
            item.setToolTip(3, summary)
            self.tree.addTopLevelItem(item)
        self.links_label.setText(
            self.tr("%n kaitan. Klik dua kali untuk membuka pengaduannya.", "", len(rows))
            if rows
            else self.tr("Belum ada pengaduan yang dikaitkan.")
        )
        self._enable()
        self.counted.emit(len(rows))

    def _enable(self) -> None:
        self.remove_button.setEnabled(_selected_id(self.tree) is not None)

    def _link(self, link_id: int) -> LinkRow | None:
        return next((r for r in self.links if r.id == link_id), None)

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        link = self._link(int(item.data(0, ID_ROLE)))
        if link is not None and link.visible:
            open_page(self, link.other_id)

    def remove(self) -> None:
        from pengaduan_desktop.core.links import LinkKind, remove_link

        chosen = _selected_id(self.tree)
        link = self._link(chosen) if chosen is not None else None
        if link is None:
            return
        engine, officer = self.engine, self.acting_officer()
        question = (
            self.tr(
                "Lepas penggabungan dengan {number}? Pengaduan duplikat dibuka "
                "kembali dengan status sebelumnya."
            )
            if link.kind is LinkKind.DUPLICATE
            else self.tr("Hapus kaitan dengan {number}?")
        ).format(number=link.other_number)

        def write() -> Any:
            return remove_link(engine, link.id, officer)

        ask(
            self,
            self.tr("Hapus kaitan"),
            question,
            self.tr("Hapus kaitan"),
            lambda: Operation(self, write, lambda changes: changes).run_in_background(
                initiator=self
            ),
        )

    def _operation_executed(self, changes: Changes, _initiator: object) -> None:
        if self.isVisible() and self.complaint_id in changes.complaints:
            self.reload_links()


class EarlierWatch(QObject):
    """The intake's eye: once typing in the NIK, phone, LAPOR! ID or summary pauses for
    PAUSE_MS, the panel looks for the complaint's earlier ones (off the GUI thread)."""

    def __init__(self, form: ComplaintForm, panel: EarlierPanel) -> None:
        super().__init__(panel)
        self.form = form
        self.panel = panel
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.look)
        ui = form.ui
        for edit in (ui.idNumberEdit, ui.phoneEdit, ui.laporIdEdit, ui.summaryEdit):
            edit.textChanged.connect(lambda _text: self.timer.start())

    def look(self) -> None:
        from pengaduan_desktop.core.earlier import probe_of

        # Once saved, the complaint itself (and what it is linked to) is no earlier one.
        self.panel.search(probe_of(self.form.collect(), exclude_id=self.panel.target()))


def stack_above(splitter: QSplitter, below: QWidget, panel: QWidget) -> QSplitter:
    """Put `panel` above `below` (a pane of `splitter`), the two in a splitter of their own."""
    # Made with a parent, so that Qt, not Python's collector, owns it once it takes the place.
    column = QSplitter(Qt.Orientation.Vertical, splitter.parentWidget())
    column.setChildrenCollapsible(False)
    splitter.replaceWidget(splitter.indexOf(below), column)
    column.addWidget(panel)
    column.addWidget(below)
    below.show()
    column.setStretchFactor(0, 1)
    column.setStretchFactor(1, 1)
    return column
