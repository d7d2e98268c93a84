"""The one way the window changes the database, and the one way it reads it for a screen (in the
spirit of Anki's CollectionOp, QueryOp and operation_did_execute).

`Operation(parent, op, changes).success(...).run_in_background(initiator=...)` runs a core or
service operation off the GUI thread (ui.tasks). A failure is shown the way the app shows
errors (msgbox.show_error: a sentence for what the officer can act on, the crash dialog for a
bug) unless `.failure(...)` handles it. On success, after `.success(...)`, the application-wide
signal `operation_did_execute(changes, initiator)` is emitted once; every open tab and dialog
that shows data subscribes (`subscribe`) and refreshes what shows any of `changes`.

`Query(parent, read, success).loading(show).run_in_background()` reads off the GUI thread,
with a visible loading state while it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from pengaduan_desktop.core.door import Changes
T = TypeVar("T")
Handler = Callable[["Changes", object], None]


class OperationEvents(QObject):
    """Application-wide: what an operation changed, and who started it."""

    operation_did_execute = Signal(object, object)  # Changes, initiator (or None)


_events: OperationEvents | None = None


def operation_events() -> OperationEvents:
    global _events
    if _events is None:
        _events = OperationEvents()
    return _events


def changed(**what: Any) -> Changes:
    """`Changes(**what)`, loading core.door (and the database library) only when a change is
    made: the window shows before they load."""
    from pengaduan_desktop.core.door import Changes

    return Changes(**what)


def subscribe(handler: Handler) -> None:
    """Call `handler(changes, initiator)` after every operation. Pass a bound method of a
    widget: the connection ends when the widget is destroyed."""
    operation_events().operation_did_execute.connect(handler)


def announce(changes: Changes, initiator: object | None = None) -> None:
    """Tell every open screen what changed (Operation does this; also for a change made by a
    job that is not an Operation, such as printing, which records an event)."""
    operation_events().operation_did_execute.emit(changes, initiator)


class Operation(Generic[T]):
    """A write off the GUI thread, its error shown, its changes announced."""

    def __init__(
        self,
        parent: QWidget,
        op: Callable[[], T],
        changes: Changes | Callable[[T], Changes],
    ) -> None:
        self._parent = parent
        self._op = op
        self._changes = changes
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None

    def success(self, success: Callable[[T], Any]) -> Operation[T]:
        self._success = success
        return self

    def failure(self, failure: Callable[[BaseException], Any]) -> Operation[T]:
        """Handle the error instead of the message box (say it beside the field, say)."""
        self._failure = failure
        return self

    def run_in_background(self, *, initiator: object | None = None) -> None:
        def done(result: T) -> None:
            try:
                if self._success is not None:
                    self._success(result)
            finally:  # the change happened even when the screen that asked is gone
                changes = self._changes(result) if callable(self._changes) else self._changes
                announce(changes, initiator)

        def failed(exc: BaseException) -> None:
            if self._failure is not None:
                self._failure(exc)
            else:
                show_error(self._parent, exc)

        run_task(self._op, done, failed)


class Query(Generic[T]):
    """A read off the GUI thread for a screen, with a loading state while it runs."""

    def __init__(self, parent: QWidget, read: Callable[[], T], success: Callable[[T], Any]) -> None:
        self._parent = parent
        self._read = read
        self._success = success
        self._failure: Callable[[BaseException], Any] | None = None
        self._loading: Callable[[bool], Any] | None = None

    def failure(self, failure: Callable[[BaseException], Any]) -> Query[T]:
        self._failure = failure
        return self

    def loading(self, show: Callable[[bool], Any]) -> Query[T]:
        """`show(True)` now, `show(False)` when the read has come back either way."""
        self._loading = show
        return self

    def run_in_background(self) -> None:
        def finished() -> None:
            if self._loading is not None:
                self._loading(False)

        def done(result: T) -> None:
            finished()
            self._success(result)

        def failed(exc: BaseException) -> None:
            finished()
            if self._failure is not None:
                self._failure(exc)
            else:
                show_error(self._parent, exc)

        if self._loading is not None:
            self._loading(True)
        run_task(self._read, done, failed)
