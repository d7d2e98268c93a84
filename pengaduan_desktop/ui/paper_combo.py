"""The receipt's paper size (A4 or A5), chosen beside the print buttons and remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from pengaduan_desktop.ui.print_settings import RECEIPT_PAPERS, receipt_paper, set_receipt_paper


class PaperCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for paper in RECEIPT_PAPERS:
            self.addItem(self.tr("Kertas {paper}").format(paper=paper), paper)
        self.setToolTip(self.tr("Ukuran kertas tanda bukti (diingat untuk cetak berikutnya)"))
        self.setCurrentIndex(self.findData(receipt_paper()))
        self.currentIndexChanged.connect(lambda: set_receipt_paper(self.paper()))

    def paper(self) -> str:
        return str(self.currentData())
