"""Handing our PDF unchanged to a CUPS print queue (Linux and other Unix desktops), through
libcups as Qt's own print support does. The printer then receives the document itself, text
and all, instead of a picture of it."""

from __future__ import annotations

import ctypes
import ctypes.util
import tempfile
from functools import cache

from PySide6.QtCore import QCoreApplication

from pengaduan_desktop.core.errors import PrintFailed


class _Option(ctypes.Structure):  # cups_option_t
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


@cache
def _libcups() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("cups") or "libcups.so.2"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.cupsPrintFile.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p,
                                  ctypes.c_int, ctypes.POINTER(_Option)]  # fmt: skip
    lib.cupsPrintFile.restype = ctypes.c_int
    lib.cupsLastErrorString.restype = ctypes.c_char_p
    return lib


def cups_available() -> bool:
    return _libcups() is not None


def submit_pdf(queue: str, pdf: bytes, title: str, options: dict[str, str]) -> int:
    """Send the PDF to the queue (a CUPS destination, without its "/instance"); returns the
    job id. Raises PrintFailed with CUPS's reason when the queue refuses it."""
    lib = _libcups()
    if lib is None:
        raise PrintFailed(QCoreApplication.translate(
            "Printing", "sistem cetak CUPS (libcups) tidak terpasang"))  # fmt: skip
    pairs = (_Option * max(len(options), 1))(
        *[_Option(k.encode(), v.encode()) for k, v in options.items()]
    )
    with tempfile.NamedTemporaryFile(prefix="pengaduan-", suffix=".pdf") as spool:
        spool.write(pdf)
        spool.flush()
        job = lib.cupsPrintFile(queue.split("/")[0].encode(), spool.name.encode(),
                                title.encode(), len(options), pairs)  # fmt: skip
    if job == 0:
        reason = (lib.cupsLastErrorString() or b"").decode(errors="replace")
        raise PrintFailed(QCoreApplication.translate(
            "Printing", "printer {queue} menolak dokumen: {reason}").format(
            queue=queue, reason=reason))  # fmt: skip
    return int(job)
