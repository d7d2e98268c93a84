"""A window larger than the screen's free area scrolls instead of running off it. At 150% on a
1366×768 screen Qt lays out on 911×512 logical pixels: the main window's tabs need some 930×580
and the complaint page 670×525. Such a window gets its content inside a scroll area (no frame,
no bars while it fits), and is then sized to the free area; on a screen where it fits nothing
changes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.ui.screen_fit import fit_to_screen

FRAME = 8  # the window manager's frame; its title bar takes about four times that
SCROLLED = "scrollsOnSmallScreen"  # a window's property once its content scrolls


def free_area(window: QWidget) -> QSize:
    screen = window.screen() or QApplication.primaryScreen()
    free = screen.availableGeometry()
    return QSize(free.width() - FRAME, free.height() - 4 * FRAME)


def least_size(window: QWidget) -> QSize:
    """The smallest size the window's layout allows, its hidden tabs counted (a main window
    before anyone signs in hides them)."""
    if isinstance(window, QMainWindow) and window.centralWidget() is not None:
        central = window.centralWidget()
        least = central.minimumSizeHint().expandedTo(central.minimumSize())
        extra = window.menuBar().sizeHint().height() + window.statusBar().sizeHint().height()
        return QSize(least.width(), least.height() + extra)
    return window.minimumSizeHint().expandedTo(window.minimumSize())


def cramped(window: QWidget) -> bool:
    least, free = least_size(window), free_area(window)
    return least.width() > free.width() or least.height() > free.height()


def _scroller(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("screenRoom")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take the focus
    area.setWidget(content)
    return area


def scroll_when_cramped(window: QWidget) -> bool:
    """Put the window's content in a scroll area when it does not fit the screen; returns
    whether it did. Once per window. A dialog that fits but was made larger than the free area
    is made smaller."""
    if window.property(SCROLLED):
        return False
    if not cramped(window):
        free = free_area(window)
        too_large = window.width() > free.width() or window.height() > free.height()
        if isinstance(window, QDialog) and too_large:  # the main window fits itself
            fit_to_screen(window, window.width(), window.height())
        return False
    window.setProperty(SCROLLED, True)
    if isinstance(window, QMainWindow):
        central = window.takeCentralWidget()
        hidden = central.isHidden()  # the tabs until someone signs in
        window.setCentralWidget(_scroller(central))
        central.setHidden(hidden)  # the scroll area shows what it is given
    elif isinstance(window, QDialog) and window.layout() is not None:
        inner = QWidget()
        inner.setLayout(window.layout())  # takes the layout and its widgets from the dialog
        window.setMinimumSize(0, 0)
        outer = QVBoxLayout(window)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scroller(inner))
    else:
        return False
    free = free_area(window)
    fit_to_screen(window, min(window.width(), free.width()), min(window.height(), free.height()))
    return True
