"""How a page of searched complaints is read: its own module, free of the database library,
so that the window can name it before the database is opened (start-up goal)."""

from __future__ import annotations

from enum import StrEnum


class Strategy(StrEnum):
    """How a page of searched complaints is read (core.caselist.plan_list chooses)."""

    FEW = "few"  # fetch the matches through their own index and sort them
    MANY = "many"  # walk the sort order's index and probe each row for a match
