"""Reading the English window: the Qt Linguist source's messages, and every text a window
shows (widget texts, titles, tooltips, placeholders, tabs, table headers, menu actions), with
the rule that says which of them are still Indonesian."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from pengaduan_desktop.assets import resources_dir

TS = resources_dir() / "i18n" / "pengaduan_en.ts"
# Words that give an Indonesian sentence away (none is an English word).
INDONESIAN_WORDS = frozenset((
    "dan", "yang", "tidak", "pengaduan", "simpan", "batal", "tutup", "cari", "tanggal", "belum",
    "sudah", "untuk", "dengan", "atau", "ini", "itu", "dari", "pada", "akan", "wajib", "diisi",
    "isi", "pilih", "hapus", "ubah", "tambah", "baru", "semua", "kata", "sandi", "masuk",
    "keluar", "pengaturan", "berkas", "cetak", "surat", "laporan", "bulan", "tahun", "hari",
    "kerja", "petugas", "pengadu", "nomor", "daftar", "sedang", "dapat", "harus", "bila", "jika",
    "oleh", "ke", "di", "sebagai", "lagi", "telah", "terlambat", "selesai", "ditolak",
))  # fmt: skip
# Names and terms kept in English too (the brief's list): taken out before the words are read.
PROPER_NAMES = (
    "Pengaduan Desktop", "Badan Keuangan dan Aset Daerah", "Pejabat Pengelola Pengaduan",
    "SP4N-LAPOR!", "LAPOR!", "Bahasa Indonesia", "Bahasa / Language", "Kepala Badan",
    "Kalimantan Barat", "Sekda", "cuti bersama", "Bahasa",
    "Tanda Bukti Pengaduan",  # an official document's title: documents stay Indonesian
)  # fmt: skip
# Widgets that say the same in both languages on purpose (the language setting's note).
BILINGUAL = frozenset({"languageNote"})
# Not words of a sentence: template fields ({nama}), an email address, a command to type.
_NOT_WORDS = re.compile(r"\{[^}]*\}|\S+@\S+|'pengaduan [^']*'")
_PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n|%L?\d")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or the numerus forms
    finished: bool


def messages(ts: Path | str = TS) -> list[Message]:
    root = ET.parse(ts).getroot() if isinstance(ts, Path) else ET.fromstring(ts)
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            found.append(Message(name, message.findtext("source") or "", texts,
                                 finished and all(t.strip() for t in texts)))  # fmt: skip
    return found


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def placeholder_problems(found: list[Message]) -> list[str]:
    """A finished translation whose {names}, %1.. or %n differ from its source's."""
    problems = []
    for m in found:
        if not m.finished:
            continue
        want = placeholders(m.source)
        for text in m.translations:
            have = placeholders(text)
            if len(m.translations) > 1:  # a numerus form may say the count in words ("one")
                want, have = want - {"%n"}, have - {"%n"}
            if have != want:
                problems.append(f"{m.context}: {m.source!r} -> {text!r}: {want} != {have}")
    return problems


def unfinished(found: list[Message]) -> list[str]:
    return [f"{m.context}: {m.source!r}" for m in found if not m.finished]


def indonesian_sources(found: list[Message]) -> set[str]:
    """Sources whose English differs: shown as they are, they are untranslated."""
    from pengaduan_desktop.core.message_texts import CATALOGUE
    from pengaduan_desktop.core.vocabulary_labels import labels

    sources = {_plain(m.source) for m in found if not m.finished or _plain(m.translations[0])
               != _plain(m.source)}  # fmt: skip
    sources |= {i for i, e in (*CATALOGUE.values(), *labels().values()) if i != e}
    return {s for s in sources if s}


def _plain(text: str) -> str:
    return " ".join(_TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace(
        "\0", "&").split())  # fmt: skip


def is_indonesian(text: str, sources: set[str], data: tuple[str, ...] = ()) -> bool:
    """Still Indonesian: an Indonesian source of the .ts or the catalogue shown as it is, or a
    text with common Indonesian words once names, terms and the database's values are out."""
    plain = _plain(text)
    if not plain:
        return False
    if plain in sources:
        return True
    for kept in (*PROPER_NAMES, *data):
        plain = re.sub(re.escape(kept), " ", plain, flags=re.IGNORECASE)
    plain = _NOT_WORDS.sub(" ", plain)
    plain = re.sub(r"\S*[/\\]\S*", " ", plain)  # a file's path or a database's address
    return bool(set(re.findall(r"[a-z]+", plain.lower())) & INDONESIAN_WORDS)


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a visible widget of `root` shows."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName() in BILINGUAL:
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        texts = [widget.toolTip(), widget.accessibleName()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    texts += [widget.tabText(i), widget.tabToolTip(i)]
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount(QModelIndex()))]  # fmt: skip
        found += [(where, t) for t in texts if t]
    return found


def menu_texts(bar: QWidget) -> list[tuple[str, str]]:
    """Every visible action of a menu bar, its menus' actions included."""
    found: list[tuple[str, str]] = []
    for action in bar.actions():
        if not action.isVisible():
            continue
        found.append(("menu", action.text()))
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += [("menu", a.text()) for a in menu.actions() if a.isVisible() and a.text()]
            found += [("menu", a.toolTip()) for a in menu.actions()
                      if a.isVisible() and a.toolTip() != a.text().replace("&", "")]  # fmt: skip
    return found
