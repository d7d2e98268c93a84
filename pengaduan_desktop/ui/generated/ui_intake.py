# Generated from forms/intake.ui by `python -m pengaduan_desktop.ui.build_forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from pengaduan_desktop.ui.complaint_form import ComplaintForm

class Ui_IntakeForm(object):
    def setupUi(self, IntakeForm):
        if not IntakeForm.objectName():
            IntakeForm.setObjectName(u"IntakeForm")
        IntakeForm.resize(1280, 760)
        self.rootLayout = QVBoxLayout(IntakeForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(IntakeForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.intakePane = QWidget(self.splitter)
        self.intakePane.setObjectName(u"intakePane")
        self.intakePaneLayout = QVBoxLayout(self.intakePane)
        self.intakePaneLayout.setObjectName(u"intakePaneLayout")
        self.intakePaneLayout.setContentsMargins(0, 0, 0, 0)
        self.formScroll = QScrollArea(self.intakePane)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.NoFrame)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.formBody = QVBoxLayout(self.formContents)
        self.formBody.setObjectName(u"formBody")
        self.complaintForm = ComplaintForm(self.formContents)
        self.complaintForm.setObjectName(u"complaintForm")

        self.formBody.addWidget(self.complaintForm)

        self.formBodySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formBody.addItem(self.formBodySpacer)

        self.formScroll.setWidget(self.formContents)

        self.intakePaneLayout.addWidget(self.formScroll)

        self.resultLabel = QLabel(self.intakePane)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.intakePaneLayout.addWidget(self.resultLabel)

        self.busyBar = QProgressBar(self.intakePane)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setVisible(False)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(16777215, 6))

        self.intakePaneLayout.addWidget(self.busyBar)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(self.intakePane)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.savePdfButton = QPushButton(self.intakePane)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.buttonRow.addWidget(self.savePdfButton)

        self.printButton = QPushButton(self.intakePane)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(self.intakePane)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.intakePaneLayout.addLayout(self.buttonRow)

        self.splitter.addWidget(self.intakePane)
        self.recentGroup = QGroupBox(self.splitter)
        self.recentGroup.setObjectName(u"recentGroup")
        self.recentLayout = QVBoxLayout(self.recentGroup)
        self.recentLayout.setObjectName(u"recentLayout")
        self.recentTable = QTableView(self.recentGroup)
        self.recentTable.setObjectName(u"recentTable")
        self.recentTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.recentTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.recentTable.setAlternatingRowColors(True)
        self.recentTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.recentLayout.addWidget(self.recentTable)

        self.recentButtons = QHBoxLayout()
        self.recentButtons.setObjectName(u"recentButtons")
        self.recentPdfButton = QPushButton(self.recentGroup)
        self.recentPdfButton.setObjectName(u"recentPdfButton")

        self.recentButtons.addWidget(self.recentPdfButton)

        self.recentPrintButton = QPushButton(self.recentGroup)
        self.recentPrintButton.setObjectName(u"recentPrintButton")

        self.recentButtons.addWidget(self.recentPrintButton)


        self.recentLayout.addLayout(self.recentButtons)

        self.splitter.addWidget(self.recentGroup)

        self.rootLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.complaintForm, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.recentTable)
        QWidget.setTabOrder(self.recentTable, self.recentPrintButton)
        QWidget.setTabOrder(self.recentPrintButton, self.recentPdfButton)

        self.retranslateUi(IntakeForm)

        QMetaObject.connectSlotsByName(IntakeForm)
    # setupUi

    def retranslateUi(self, IntakeForm):
        IntakeForm.setWindowTitle(QCoreApplication.translate("IntakeForm", u"Pengaduan Baru", None))
        self.newButton.setText(QCoreApplication.translate("IntakeForm", u"Baru", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("IntakeForm", u"Kosongkan formulir untuk pengaduan baru (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.savePdfButton.setText(QCoreApplication.translate("IntakeForm", u"Simpan PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.savePdfButton.setToolTip(QCoreApplication.translate("IntakeForm", u"Simpan tanda bukti sebagai berkas PDF", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("IntakeForm", u"Cetak tanda bukti", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("IntakeForm", u"Cetak tanda bukti pengaduan (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("IntakeForm", u"Simpan", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("IntakeForm", u"Simpan pengaduan (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.recentGroup.setTitle(QCoreApplication.translate("IntakeForm", u"Pengaduan terbaru", None))
        self.recentPdfButton.setText(QCoreApplication.translate("IntakeForm", u"Simpan PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.recentPdfButton.setToolTip(QCoreApplication.translate("IntakeForm", u"Simpan tanda bukti pengaduan terpilih sebagai PDF", None))
#endif // QT_CONFIG(tooltip)
        self.recentPrintButton.setText(QCoreApplication.translate("IntakeForm", u"Cetak ulang", None))
#if QT_CONFIG(tooltip)
        self.recentPrintButton.setToolTip(QCoreApplication.translate("IntakeForm", u"Cetak ulang tanda bukti pengaduan terpilih", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

