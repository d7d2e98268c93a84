"""One way to run work off the GUI thread: run_task(fn, on_done, on_error).

The worker never touches widgets; its result or its error comes back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running: set[_Signals] = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, which sorts it
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        # RuntimeError: the application quit while the task ran, and nobody is left to tell.
        with suppress(RuntimeError):
            signal.emit(value)


def run_task(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    signals = _Signals()
    _running.add(signals)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(signals)
        try:
            callback(value)
        except RuntimeError as exc:
            # The window that asked was closed while the work ran: nobody to show it to.
            if "already deleted" not in str(exc):
                raise

    signals.done.connect(lambda result: finish(on_done, result))
    signals.failed.connect(lambda exc: finish(on_error, exc))
    pool = QThreadPool.globalInstance()
    pool.setExpiryTimeout(-1)  # idle workers wait for the next task: no thread started per read
    pool.start(_Task(fn, signals))


def tasks_running() -> int:
    return len(_running)


def wait_for_tasks(msecs: int = 10_000) -> bool:
    """At exit: let running work (a save, a PDF) finish rather than cut it off."""
    return bool(QThreadPool.globalInstance().waitForDone(msecs))
