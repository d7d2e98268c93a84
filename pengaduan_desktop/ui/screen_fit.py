"""Windows open no larger than the screen they are on: the office's screens are 1366×768 and
often 1024×768, and a window taller than the screen hides its status bar or its buttons."""

from __future__ import annotations

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
