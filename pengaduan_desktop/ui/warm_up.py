"""While the sign-in dialog waits for the password (and while argon2id checks it), a worker
imports what the first screen after signing in runs: the case list's query, the working views,
the reminders' step deadlines, the report's due month, the mail queue, and the holiday tables
the working days are counted with. Imported during the first screen instead, they cost it
more than its query (issue 11). It also reads one row of the whole list, as the first screen
reads it, one search of each kind, and the reminders, so that their statements are compiled
and cached by then (nothing read is kept)."""

from __future__ import annotations

import contextlib
import gc
import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

AFTER_SIGN_IN = (
    "pengaduan_desktop.core.caselist",
    "pengaduan_desktop.core.search",
    "pengaduan_desktop.core.word_match",
    "pengaduan_desktop.core.saved_views",
    "pengaduan_desktop.core.step_deadlines",
    "pengaduan_desktop.core.agenda",
    "pengaduan_desktop.core.reports",
    "pengaduan_desktop.core.office_setup",
    "pengaduan_desktop.services.mailer",
    "holidays.countries",
)


# One of each kind of search the box knows, matching nothing (each an index probe): its
# statements compiled before the officer's first search of that kind.
UNMATCHED = ("zqxjwarm", "ADU-2099-999999", "0812-0000-0001", "1000000000000001", "#9999999")


def warm_up(engine: Engine) -> None:
    """Import each module and read the list's first row; then the searches' statements, and
    the list's words in the window's language (what fails here is left to fail, and be
    reported, where it is really used)."""
    for name in AFTER_SIGN_IN:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001,S112 - its real import reports it
            continue
    with contextlib.suppress(Exception):  # the list's own read reports it
        _read_as_the_list_does(engine)
    keep_for_good()


def keep_for_good() -> None:
    """Python's full collection of cycles, once, now that the modules and statements are made:
    it walks every object held, and would otherwise come at a moment of its own (measured at
    76-134 ms in the middle of the first rows' paint). After it, the next full one waits until
    a quarter as many objects again have been kept, which signing in does not reach."""
    gc.collect()


def _read_as_the_list_does(engine: Engine) -> None:
    """The list's first row, then each kind of search; a common word's walk (Strategy.MANY)
    with a word of the newest complaint, which its first row matches, so that it stops there."""
    from pengaduan_desktop.core.caselist import CaseFilter, fetch_page, first_page
    from pengaduan_desktop.core.clock import today
    from pengaduan_desktop.core.list_cells import words
    from pengaduan_desktop.core.search import WORD
    from pengaduan_desktop.core.search_strategy import Strategy
    from pengaduan_desktop.core.step_deadlines import due_reminders
    from pengaduan_desktop.ui import language
    from pengaduan_desktop.ui.case_model import CaseListModel

    words(language.current())  # the list's words, made once per language
    _plan, rows = first_page(engine, CaseFilter(), limit=1)
    for typed in UNMATCHED:  # planned for the list's page, as the list plans them
        first_page(engine, CaseFilter(search=typed), limit=CaseListModel.PAGE)
    words = WORD.findall(rows[0].summary) if rows else []
    if words:
        fetch_page(engine, CaseFilter(search=words[0]), limit=1, strategy=Strategy.MANY)
    due_reminders(engine, None, today())  # signing in asks for them next, after the rows
