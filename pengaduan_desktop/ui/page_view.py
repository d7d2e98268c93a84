"""A page of a document preview in a scrolled column: shown at its own size when there is
room, and scaled down smoothly (keeping its proportions) when the column is narrower, as on a
1024-pixel screen, so that the officer never has to scroll sideways to read a line."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy

BORDER = 1  # the page's outline, in pixels on each side
NARROWEST = 160  # the least width a page is squeezed to


class FittedPage(QLabel):
    def __init__(self, image: QImage) -> None:
        super().__init__()
        self.full = QPixmap.fromImage(image)
        self.setStyleSheet(f"border: {BORDER}px solid #999; background: white;")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setPixmap(self.full)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.full.size() + QSize(2 * BORDER, 2 * BORDER)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(NARROWEST, self.heightForWidth(NARROWEST))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        inner = max(min(width - 2 * BORDER, self.full.width()), 1)
        return round(inner * self.full.height() / max(self.full.width(), 1)) + 2 * BORDER

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        inner = max(min(self.contentsRect().width(), self.full.width()), 1)
        if inner != self.pixmap().width():
            self.setPixmap(self.full if inner == self.full.width() else self.full.scaledToWidth(
                inner, Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        super().resizeEvent(event)
