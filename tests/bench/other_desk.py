"""Another desk saving complaints while an import writes (issue 11, item 4: "other desks can
save meanwhile"): its own engine, as another program would have, saving one complaint after
another (PAUSE between) from the moment the import says it writes until it returns. How long
each save took is what the officer at that desk waits: on SQLite the import's one transaction
holds the write lock, so a save waits (busy timeout 30 s) until it commits; on PostgreSQL a
save takes the year's counter row, which the import holds too, so it waits for the commit as
well."""

from __future__ import annotations

import threading
import time

from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.intake import register
from tests.helpers import complaint

SAVES = 100  # at most
PAUSE = 0.1  # seconds between two saves


class OtherDesk:
    def __init__(self, url: str) -> None:
        self.url = url
        self.waits: list[float] = []
        self.failures: list[str] = []
        self.writing_from: float | None = None
        self.writing_for = 0.0
        self._thread: threading.Thread | None = None
        self._done = threading.Event()

    def start_when_writing(self, text: str) -> None:
        """An import's `note`: the desk begins when the import begins to write."""
        if text.startswith("menyimpan") and self._thread is None:
            self.writing_from = time.perf_counter()
            self._thread = threading.Thread(target=self._save)
            self._thread.start()

    def stop(self) -> None:
        """Call when the import has returned; waits for the desk's saves to end."""
        if self.writing_from is not None:
            self.writing_for = time.perf_counter() - self.writing_from
        self._done.set()
        if self._thread is not None:
            self._thread.join()

    def summary(self) -> str:
        if not self.waits and not self.failures:
            return "did not save"
        longest = max(self.waits, default=0.0)
        failed = f", {len(self.failures)} FAILED ({self.failures[0]})" if self.failures else ""
        return (f"longest {longest:.2f} s of {len(self.waits)} saves{failed}; the import "
                f"wrote for {self.writing_for:.2f} s")  # fmt: skip

    def _save(self) -> None:
        engine = create_db_engine(self.url)
        try:
            for step in range(SAVES):
                start = time.perf_counter()
                try:
                    register(engine, complaint(summary=f"Disimpan di meja lain {step}"))
                except Exception as exc:  # reported by the benchmark, asserted by the small pass
                    self.failures.append(type(exc).__name__)
                else:
                    self.waits.append(time.perf_counter() - start)
                if self._done.wait(PAUSE):
                    break
        finally:
            engine.dispose()
