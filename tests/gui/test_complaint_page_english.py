"""The complaint page, its panels and its dialogs in English (the .qm through a QTranslator and
an English QLocale, as `--lang en` does) and in Indonesian: my strings come out translated, and
the page still fits the desk's screens (1366×768 and 1024×768) in every state with the longer
English labels. PENGADUAN_SCREENSHOTS=folder keeps the pictures to look at."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from pengaduan_desktop.assets import resources_dir
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.state_marks import URGENT_MARK
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.test_complaint_page import open_page, wait_idle
from tests.gui.test_complaint_page_fits import STATES, assert_fits, shots
from tests.gui.test_screens import off_screen
from tests.helpers import complaint

ROOT = Path(__file__).resolve().parents[2]
SIZES = [(1366, 768), (1024, 768)]


def english_qm() -> Path:
    """The binary translation, built from the committed .ts when missing (it is not committed)."""
    qm = resources_dir() / "i18n" / "pengaduan_en.qm"
    if not qm.exists():
        subprocess.run([str(ROOT / "installer" / "translations.sh"), "--release"], check=True)
    return qm


@pytest.fixture(params=["id", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    """The window's language for the test: English installs our translator and an English
    locale before the window is made (its strings are set once, at construction)."""
    before = QLocale()
    translator = QTranslator(qapp)
    if request.param == "en":
        assert translator.load(str(english_qm()))
        qapp.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield request.param
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def said(en: str, id_: str, language: str) -> str:
    return en if language == "en" else id_


def grab(widget: QWidget, folder: Path, name: str) -> None:
    widget.grab().save(str(folder / f"{name}.png"))


@pytest.mark.parametrize("state", list(STATES))
def test_the_page_reads_in_the_language_and_fits_in_every_state(
    qtbot, language: str, window: MainWindow, tmp_path: Path, state: str
) -> None:
    cid = STATES[state](window.engine)
    page = open_page(qtbot, window, cid)
    ui = page.ui
    assert page.windowTitle().startswith(said("Complaint ", "Pengaduan ", language))
    tabs = [ui.tabs.tabText(i) for i in range(ui.tabs.count())]
    assert tabs[:4] == [said("Actions", "Tindakan", language),
                        said("Complaint data", "Data pengaduan", language),
                        said("History", "Riwayat", language),
                        said("Attachments", "Lampiran", language)]  # fmt: skip
    assert tabs[-1].startswith(said("Related", "Terkait", language))
    assert said("due ", "batas waktu ", language) in ui.headerLabel.text()
    qtbot.waitUntil(lambda: page.step_rows.steps_value.text() != "")
    assert page.step_rows.survey_row.isVisibleTo(page) == (state == "selesai-skm")
    if state == "selesai-skm":
        assert page.step_rows.survey_value.text().startswith(said("Filled in ", "Diisi ", language))
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    if language == "en":  # the due date in English too, not "Rabu, 3 Juni 2026"
        assert any(day in ui.headerLabel.text() for day in days)
    assert_fits(qtbot, page, f"{language}-{state}", shots(tmp_path))


def test_each_action_s_own_fields_read_in_the_language(
    qtbot, language: str, window: MainWindow, tmp_path: Path
) -> None:
    cid = STATES["diterima"](window.engine)
    perform(window.engine, cid, Action.VERIFY, None)  # verified: reject, forward, dispose
    page = open_page(qtbot, window, cid)
    ui = page.ui
    folder = shots(tmp_path)
    days_label = ui.actionsLayout.labelForField(page.step_rows.reply_days_row)
    expected = {
        "reject": (ui.reasonCombo.currentText, said("— choose a reason —", "— pilih alasan —",
                                                    language)),
        "forward": (ui.rejectDetailLabel.text, said("Receiving agency *", "Instansi tujuan *",
                                                    language)),
        "dispose": (days_label.text, said("Unit reply deadline", "Batas balasan unit", language)),
    }  # fmt: skip
    for action, (shown, text) in expected.items():
        ui.actionCombo.setCurrentIndex(ui.actionCombo.findData(action))
        assert ui.actionCombo.currentData() == action  # offered to a verified complaint
        qtbot.wait(10)
        assert shown() == text
        for width, height in SIZES:
            page.resize(width - 8, height - 72)
            qtbot.waitUntil(lambda w=width: page.width() == w - 8)
            assert off_screen(page) == [] and cut_labels(ui.actionGroup) == [], (action, width)
            grab(page, folder, f"page-{language}-{action}-{width}")
    page.close()


def test_the_related_tab_and_its_earlier_complaints_read_in_the_language(
    qtbot, language: str, window: MainWindow, tmp_path: Path
) -> None:
    register(window.engine, complaint())
    later = register(window.engine, complaint(summary="Pencairan SP2D terlambat lagi")).id
    page = open_page(qtbot, window, later)
    related = page.related
    page.ui.tabs.setCurrentWidget(related)
    qtbot.waitUntil(lambda: related.earlier.tree.topLevelItemCount() == 1)
    wait_idle(qtbot)
    assert related.earlier.title() == said("Earlier complaints that may be related",
                                           "Pengaduan sebelumnya yang mungkin terkait",
                                           language)  # fmt: skip
    assert related.earlier.status.text().startswith(
        said("1 earlier complaint may ", "1 pengaduan sebelumnya", language)
    )
    assert related.links_label.text() == said(
        "No complaint is linked yet.", "Belum ada pengaduan yang dikaitkan.", language
    )
    for width, height in SIZES:
        page.resize(width - 8, height - 72)
        qtbot.waitUntil(lambda w=width: page.width() == w - 8)
        assert off_screen(page) == []
        grab(page, shots(tmp_path), f"related-{language}-{width}")


def test_the_dialogs_of_the_page_read_in_the_language(
    qtbot, language: str, window: MainWindow, tmp_path: Path
) -> None:
    from pengaduan_desktop.ui.chat_copy_dialog import ChatCopyDialog

    cid = STATES["selesai-skm"](window.engine)
    STATES["diterima"](window.engine)
    folder = shots(tmp_path)
    page = open_page(qtbot, window, cid)
    rows = page.step_rows
    # The survey dialog (its nine elements and scale are core's, Indonesian for now).
    survey = rows.record_survey()
    assert survey is not None
    qtbot.waitExposed(survey)
    assert survey.save_button.text() == said("Save answers", "Simpan jawaban", language)
    fit_and_grab(qtbot, survey, folder, f"survey-{language}")
    survey.reject()
    # No browser: the text to copy by hand.
    panel = page.messages
    panel.open_url = lambda _url: False
    panel.sms.click()
    qtbot.waitUntil(lambda: isinstance(getattr(panel, "copy_dialog", None), ChatCopyDialog))
    copy = panel.copy_dialog
    qtbot.waitExposed(copy)
    assert copy.sent.text() == said("Yes, it was sent", "Ya, sudah terkirim", language)
    copy.copy_buttons["text"].click()
    assert copy.copied.text() == "✓ " + said("Message text copied.", "Teks pesan disalin.",
                                             language)  # fmt: skip
    fit_and_grab(qtbot, copy, folder, f"chat-copy-{language}")
    copy.reject()
    page.close()
    wait_idle(qtbot)


def test_the_message_and_step_settings_read_in_the_language(
    qtbot, language: str, admin_window: MainWindow, tmp_path: Path
) -> None:
    folder = shots(tmp_path)
    messages = admin_window.edit_messages()
    assert isinstance(messages, QDialog)
    qtbot.waitExposed(messages)
    qtbot.waitUntil(lambda: bool(messages.templates))  # type: ignore[attr-defined]
    assert messages.windowTitle() == said(
        "Email and message templates for complainants",
        "Email dan templat pesan kepada pengadu",
        language,
    )
    for index in range(messages.tabs.count()):  # type: ignore[attr-defined]
        messages.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        fit_and_grab(qtbot, messages, folder, f"messages-{index}-{language}")
    messages.reject()
    days = admin_window.edit_step_days()
    assert isinstance(days, QDialog)
    qtbot.waitExposed(days)
    assert days.windowTitle() == said("Deadline per step", "Batas waktu per tahap", language)
    fit_and_grab(qtbot, days, folder, f"step-days-{language}")
    days.reject()
    wait_idle(qtbot)


def test_the_reminders_and_the_mail_note_read_in_the_language(
    qtbot, language: str, window: MainWindow, tmp_path: Path
) -> None:
    from pengaduan_desktop.ui.mail_sender import waiting_text

    assert waiting_text(1, 2) == said("Email: 1 queued, 2 failed", "Email: 1 antri, 2 gagal",
                                      language)  # fmt: skip
    assert waiting_text(0, 0) == ""
    STATES["diterima"](window.engine)  # received long ago: its verification is overdue
    button = window.reminders
    with qtbot.waitSignal(button.shown):
        button.refresh()
    shown = button.text().removeprefix(URGENT_MARK)  # a step overdue: marked, not only red
    assert shown.startswith(said("Step deadline reminders (", "Pengingat batas tahap (", language))
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        assert off_screen(window) == []
        # Measured in its bold face: the whole count shows in the corner.
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
        grab(window, shots(tmp_path), f"window-reminders-{language}-{width}")
    qtbot.waitUntil(lambda: tasks_running() == 0)


def fit_and_grab(qtbot, dialog: QWidget, folder: Path, name: str) -> None:
    """At each screen size (less frame and taskbar): no control outside the dialog, no label
    line cut at its edge; a picture of each."""
    for width, height in SIZES:
        free_w, free_h = width - 8, height - 72
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert least.width() <= free_w and least.height() <= free_h, (name, least)
        dialog.resize(min(dialog.width(), free_w), min(dialog.height(), free_h))
        qtbot.wait(10)
        assert off_screen(dialog) == [], name
        assert cut_labels(dialog) == [], name
        grab(dialog, folder, f"{name}-{width}")


def cut_labels(root: QWidget) -> list[str]:
    """The visible labels under root with a line wider than the label (rich text measured as
    the words it shows, not its markup)."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or label.wordWrap() or not label.text():
            continue
        document = QTextDocument()
        document.setDefaultFont(label.font())
        text = label.text()
        if "<" not in text:  # plain text: a mnemonic's & is not shown
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&&")
        document.setHtml(text.replace("\n", "<br/>"))
        document.setDocumentMargin(0)
        if document.idealWidth() > label.contentsRect().width() + 1:
            cut.append(label.objectName() or label.text())
    return cut


def test_the_marked_constants_are_found_in_their_context(qapp) -> None:
    """The contexts the page's constants are marked with are the ones they are looked up in."""
    translator = QTranslator(qapp)
    assert translator.load(str(english_qm()))
    qapp.installTranslator(translator)
    try:
        from pengaduan_desktop.ui.complaint_dialog import AGENCY_LABEL, CONFIRM, DONE
        from pengaduan_desktop.ui.step_rows import ENDED, MET

        def tr(context: str, text: str) -> str:
            return QCoreApplication.translate(context, text)

        for text in (*DONE.values(), AGENCY_LABEL, *(t for pair in CONFIRM.values() for t in pair)):
            assert tr(ComplaintDialog.__name__, text) != text, text
        for text in (ENDED, *MET.values()):
            assert tr("StepRows", text) != text, text
    finally:
        qapp.removeTranslator(translator)


def test_the_lapor_import_reads_in_the_language(
    qtbot, language: str, window: MainWindow, tmp_path: Path
) -> None:
    import csv

    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from pengaduan_desktop.ui.lapor_actions import choose_lapor_file, import_lapor_file
    from tests.e2e.test_cli_lapor import HEADER, ROWS

    chooser = choose_lapor_file(window, lambda _path: None)
    assert chooser.windowTitle() == said("Choose an SP4N-LAPOR! export file",
                                         "Pilih berkas ekspor SP4N-LAPOR!", language)  # fmt: skip
    assert chooser.labelText(QFileDialog.DialogLabel.Accept) == said("Import", "Impor", language)
    chooser.reject()
    export = tmp_path / "lapor.csv"
    with export.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER, *ROWS])
    import_lapor_file(window, export)

    def box() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible()), None)  # fmt: skip

    qtbot.waitUntil(lambda: box() is not None)
    shown = box()
    assert shown is not None
    assert shown.windowTitle() == said("Import from SP4N-LAPOR!", "Impor dari SP4N-LAPOR!",
                                       language)  # fmt: skip
    assert shown.text() == said(
        "New complaints: 3; updated: 0; unchanged: 0.",
        "3 pengaduan baru, 0 diperbarui, 0 tanpa perubahan.",
        language,
    )
    assert shown.detailedText().startswith(said("new ADU-", "baru ADU-", language))
    grab(shown, shots(tmp_path), f"lapor-import-{language}")
    shown.done(0)
    wait_idle(qtbot)
