"""Windows open no larger than the screen they are on: the office's screens are 1366×768 and
often 1024×768, and a window taller than the screen hides its status bar or its buttons."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QWidget


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to width × height, or to the screen's free area when that is smaller."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        frame = 8  # the window manager's frame and title bar are not part of the size
        width = min(width, free.width() - frame)
        height = min(height, free.height() - 4 * frame)
    widget.resize(width, height)


LEAST_WIDTH, LEAST_HEIGHT = 1000, 700  # a main window smaller than this is a mistake


def restore_window(window: QWidget, saved: object, width: int, height: int) -> None:
    """The window as it was left (QSettings' saveGeometry), but on the screen it opens on now:
    no larger than the screen's free area, inside it, and never smaller than LEAST_* (or the
    free area, when the screen is smaller); width × height when nothing usable was saved."""
    restored = isinstance(saved, (bytes, bytearray, QByteArray)) and window.restoreGeometry(
        QByteArray(saved))  # fmt: skip
    if not restored:
        fit_to_screen(window, width, height)
        return
    if window.isMaximized() or window.isFullScreen():
        return  # the window manager sizes it to the screen
    fit_to_screen(window, max(window.width(), LEAST_WIDTH), max(window.height(), LEAST_HEIGHT))
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        frame = window.frameGeometry()
        x = min(max(frame.x(), free.x()), free.right() + 1 - frame.width())
        y = min(max(frame.y(), free.y()), free.bottom() + 1 - frame.height())
        window.move(max(x, free.x()), max(y, free.y()))


def keep_on_screen(window: QWidget) -> None:
    """Once shown, with the frame the window manager gave it known: the whole window inside
    the screen's free area. On X11 a restored position comes back a title bar lower each time;
    the status bar (the overdue note, the late report) must never fall below the screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > free.width() or frame.height() > free.height():
        extra_width, extra_height = frame.width() - window.width(), frame.height() - window.height()
        window.resize(min(window.width(), free.width() - extra_width),
                      min(window.height(), free.height() - extra_height))  # fmt: skip
        frame = window.frameGeometry()
    x = max(min(frame.x(), free.right() + 1 - frame.width()), free.x())
    y = max(min(frame.y(), free.bottom() + 1 - frame.height()), free.y())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
