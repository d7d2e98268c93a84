"""The window's language: Bahasa Indonesia by default, English when this desk chose it in
Pengaturan › Bahasa (QSettings, read once at start: a change applies when the program is
opened again) or when started with `pengaduan --lang en` (which wins over the setting).

`install(app, lang)` puts the translators in place: in Indonesian our own Indonesian for Qt's
dialogs (ui.qt_strings); in English our catalogue resources/i18n/pengaduan_en.qm and Qt's
own English. Without the .qm, English falls back to Indonesian with one warning in the log.
`say(...)` is how the window shows a core message (an exception, a core.messages.Text) in the
current language, `label(...)` a status, channel, role..., `number(...)` a count, and
`long_date`, `plain_date`, `month_year`, `decimal`, `percent` dates and figures."""

from __future__ import annotations

import logging
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, QTranslator

from pengaduan_desktop.assets import resources_dir

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT = "id"
SETTING = "language"
_chosen: str | None = None  # `--lang`, for this run
_current: str | None = None  # what install() put in place
_installed: list[QTranslator] = []


def choose(lang: str | None) -> None:
    """The language asked for on the command line (`--lang`), over the desk's setting."""
    global _chosen
    _chosen = lang if lang in LANGUAGES else None


def saved() -> str:
    """The language this desk chose in Pengaturan (QSettings), Indonesian when none."""
    value = str(QSettings().value(SETTING, DEFAULT) or DEFAULT)
    return value if value in LANGUAGES else DEFAULT


def save(lang: str) -> None:
    """Remember the desk's language; it applies when the program is opened again."""
    QSettings().setValue(SETTING, lang if lang in LANGUAGES else DEFAULT)


def wanted() -> str:
    return _chosen or saved()


def current() -> str:
    """The language the window speaks in this run (Indonesian until install() ran)."""
    return _current or DEFAULT


def catalogue_path() -> str:
    return str(resources_dir() / "i18n" / "pengaduan_en.qm")


def install(app: QCoreApplication, lang: str) -> str:
    """Put the translators of `lang` in place (replacing any installed before) and the default
    QLocale (numbers and dates in widgets); returns the language actually installed."""
    global _current
    from pengaduan_desktop.ui.qt_strings import QtStringsIndonesian

    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == "en":
        ours = QTranslator(app)
        if ours.load(catalogue_path()):
            _installed.append(ours)
        else:
            logging.getLogger(__name__).warning(
                "English chosen but %s is missing (run installer/translations.sh --release): "
                "the window stays in Indonesian", catalogue_path())  # fmt: skip
            lang = "id"
    if lang == "id":
        _installed.append(QtStringsIndonesian(app))
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(locale_of(lang))
    _current = lang
    return lang


def uninstall(app: QCoreApplication) -> None:
    """Take our translators out again (tests that switch the language)."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current = None


def locale_of(lang: str) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def say(value: object) -> str:
    """A core message in the window's language: an exception the officer can act on (its
    sentence, None-safe: a bug's repr), a core.messages.Text, or any text as it is."""
    from pengaduan_desktop.core.messages import in_language

    if isinstance(value, BaseException):
        from pengaduan_desktop.core.errors import user_message

        known = user_message(value, current())
        return known if known is not None else repr(value)
    return in_language(value, current())


def sentence(value: object) -> str:
    """say(value) begun with a capital letter, as a message next to a field shows it."""
    text = say(value)
    return text[:1].upper() + text[1:]


def label(value: Enum) -> str:
    """A status, channel, form, id type, role, event, SLA state... in the window's language."""
    from pengaduan_desktop.core.messages import label as core_label

    return core_label(value, current())


def number(n: int) -> str:
    """A count as the window's language writes it: 1.000.000 or 1,000,000."""
    return locale_of(current()).toString(n)


def _english() -> bool:
    """Dates and figures follow the default QLocale, which install() sets with the language
    (a test that installs only a translator and the locale reads English too)."""
    return QLocale().language() == QLocale.Language.English


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    """A date as the window's language writes it: 'Rabu, 3 Juni 2026' (core's Indonesian, as
    on the letters) or 'Wednesday, 3 June 2026'."""
    if not _english():
        from pengaduan_desktop.core.indonesian import long_date as indonesian

        return indonesian(day)
    return locale_of("en").toString(_qdate(day), "dddd, d MMMM yyyy")


def plain_date(day: date) -> str:
    """'3 Juni 2026' or '3 June 2026'."""
    if not _english():
        from pengaduan_desktop.core.indonesian import plain_date as indonesian

        return indonesian(day)
    return locale_of("en").toString(_qdate(day), "d MMMM yyyy")


def month_year(year: int, month: int) -> str:
    """'Oktober 2026' or 'October 2026'."""
    if not _english():
        from pengaduan_desktop.core.indonesian import month_name

        return f"{month_name(month)} {year}"
    return locale_of("en").toString(QDate(year, month, 1), "MMMM yyyy")


def decimal(value: float, places: int) -> str:
    """A figure with `places` decimals: 2,82 in Indonesian, 2.82 in English."""
    return locale_of("en" if _english() else "id").toString(float(value), "f", places)


def percent(rate: float | None) -> str:
    """A rate (0..1) as a percentage with one decimal: 63,7% or 63.7%; "–" when none."""
    return "–" if rate is None else f"{decimal(rate * 100, 1)}%"
