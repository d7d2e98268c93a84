"""Work that waits for the rows (ui.after_paint): it runs after the widget's next paint, not
before; at once (the next turn) for a widget that is not on the screen; and after a second
at most when no paint comes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from pengaduan_desktop.ui import after_paint
from pengaduan_desktop.ui.after_paint import AfterPaint


def test_work_waits_for_the_paint(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    order: list[str] = []

    class Painting(QWidget):
        def paintEvent(self, _event) -> None:  # noqa: N802
            order.append("paint")

    painted = Painting(widget)
    painted.resize(50, 50)
    painted.show()
    qtbot.waitUntil(lambda: "paint" in order)
    order.clear()
    waiting = AfterPaint(painted)
    waiting.later(lambda: order.append("work"))
    for _ in range(3):
        QApplication.processEvents()  # turns without a paint: the work still waits
    assert order == []
    painted.update()
    qtbot.waitUntil(lambda: "work" in order)
    assert order == ["paint", "work"]


def test_a_hidden_widget_does_not_hold_the_work(qtbot) -> None:
    hidden = QWidget()
    qtbot.addWidget(hidden)
    done: list[str] = []
    AfterPaint(hidden).later(lambda: done.append("work"))
    assert done == []  # not within the call: on the event loop's next turn
    qtbot.waitUntil(lambda: done == ["work"])


def test_no_paint_delays_the_work_only_so_long(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(after_paint, "LATEST_MS", 50)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    done: list[str] = []
    waiting = AfterPaint(widget)
    widget.setUpdatesEnabled(False)  # no paint will come
    waiting.later(lambda: done.append("work"))
    qtbot.waitUntil(lambda: done == ["work"], timeout=5000)
