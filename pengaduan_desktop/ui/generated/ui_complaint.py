# Generated from forms/complaint.ui by `python -m pengaduan_desktop.ui.build_forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from pengaduan_desktop.ui.complaint_form import ComplaintForm

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(1180, 740)
        self.rootLayout = QVBoxLayout(ComplaintDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.headerLabel = QLabel(ComplaintDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.rootLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(ComplaintDialog)
        self.tabs.setObjectName(u"tabs")
        self.actionsPage = QWidget()
        self.actionsPage.setObjectName(u"actionsPage")
        self.actionsOuterLayout = QVBoxLayout(self.actionsPage)
        self.actionsOuterLayout.setObjectName(u"actionsOuterLayout")
        self.actionsOuterLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsScroll = QScrollArea(self.actionsPage)
        self.actionsScroll.setObjectName(u"actionsScroll")
        self.actionsScroll.setWidgetResizable(True)
        self.actionsScroll.setFrameShape(QFrame.NoFrame)
        self.actionsContent = QWidget()
        self.actionsContent.setObjectName(u"actionsContent")
        self.actionsPageLayout = QVBoxLayout(self.actionsContent)
        self.actionsPageLayout.setObjectName(u"actionsPageLayout")
        self.factsGroup = QGroupBox(self.actionsContent)
        self.factsGroup.setObjectName(u"factsGroup")
        self.factsLayout = QFormLayout(self.factsGroup)
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.summaryLabel = QLabel(self.factsGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryValue = QLabel(self.factsGroup)
        self.summaryValue.setObjectName(u"summaryValue")
        self.summaryValue.setText(u"")
        self.summaryValue.setWordWrap(True)
        self.summaryValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.summaryValue)

        self.complainantLabel = QLabel(self.factsGroup)
        self.complainantLabel.setObjectName(u"complainantLabel")

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.complainantLabel)

        self.complainantValue = QLabel(self.factsGroup)
        self.complainantValue.setObjectName(u"complainantValue")
        self.complainantValue.setText(u"")
        self.complainantValue.setWordWrap(True)
        self.complainantValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.complainantValue)

        self.contactLabel = QLabel(self.factsGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactValue = QLabel(self.factsGroup)
        self.contactValue.setObjectName(u"contactValue")
        self.contactValue.setText(u"")
        self.contactValue.setWordWrap(True)
        self.contactValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactValue)

        self.descriptionLabel = QLabel(self.factsGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionValue = QLabel(self.factsGroup)
        self.descriptionValue.setObjectName(u"descriptionValue")
        self.descriptionValue.setText(u"")
        self.descriptionValue.setWordWrap(True)
        self.descriptionValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionValue)

        self.unitLabel = QLabel(self.factsGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.factsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitValue = QLabel(self.factsGroup)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setText(u"")
        self.unitValue.setWordWrap(True)
        self.unitValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.responsibleLabel = QLabel(self.factsGroup)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.factsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleValue = QLabel(self.factsGroup)
        self.responsibleValue.setObjectName(u"responsibleValue")
        self.responsibleValue.setText(u"")
        self.responsibleValue.setWordWrap(True)
        self.responsibleValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.responsibleValue)

        self.resultLabel = QLabel(self.factsGroup)
        self.resultLabel.setObjectName(u"resultLabel")

        self.factsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultValue = QLabel(self.factsGroup)
        self.resultValue.setObjectName(u"resultValue")
        self.resultValue.setText(u"")
        self.resultValue.setWordWrap(True)
        self.resultValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.resultValue)

        self.lastStepsLabel = QLabel(self.factsGroup)
        self.lastStepsLabel.setObjectName(u"lastStepsLabel")

        self.factsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lastStepsLabel)

        self.lastStepsValue = QLabel(self.factsGroup)
        self.lastStepsValue.setObjectName(u"lastStepsValue")
        self.lastStepsValue.setText(u"")
        self.lastStepsValue.setWordWrap(True)
        self.lastStepsValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.factsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lastStepsValue)


        self.actionsPageLayout.addWidget(self.factsGroup)

        self.actionGroup = QGroupBox(self.actionsContent)
        self.actionGroup.setObjectName(u"actionGroup")
        self.actionGroupLayout = QVBoxLayout(self.actionGroup)
        self.actionGroupLayout.setObjectName(u"actionGroupLayout")
        self.actionsLayout = QFormLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.actionLabel = QLabel(self.actionGroup)
        self.actionLabel.setObjectName(u"actionLabel")

        self.actionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionCombo = QComboBox(self.actionGroup)
        self.actionCombo.setObjectName(u"actionCombo")

        self.actionsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionCombo)

        self.targetUnitLabel = QLabel(self.actionGroup)
        self.targetUnitLabel.setObjectName(u"targetUnitLabel")

        self.actionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetUnitLabel)

        self.targetUnitCombo = QComboBox(self.actionGroup)
        self.targetUnitCombo.setObjectName(u"targetUnitCombo")

        self.actionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetUnitCombo)

        self.reasonLabel = QLabel(self.actionGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.actionsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(self.actionGroup)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.actionsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.rejectDetailLabel = QLabel(self.actionGroup)
        self.rejectDetailLabel.setObjectName(u"rejectDetailLabel")
        self.rejectDetailLabel.setText(u"Rincian")

        self.actionsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rejectDetailLabel)

        self.rejectDetailEdit = QLineEdit(self.actionGroup)
        self.rejectDetailEdit.setObjectName(u"rejectDetailEdit")
        self.rejectDetailEdit.setMaxLength(500)

        self.actionsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rejectDetailEdit)

        self.rejectDetailMessage = QLabel(self.actionGroup)
        self.rejectDetailMessage.setObjectName(u"rejectDetailMessage")
        self.rejectDetailMessage.setText(u"")
        self.rejectDetailMessage.setWordWrap(True)

        self.actionsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rejectDetailMessage)

        self.actionTextLabel = QLabel(self.actionGroup)
        self.actionTextLabel.setObjectName(u"actionTextLabel")

        self.actionsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.actionTextLabel)

        self.actionTextEdit = QPlainTextEdit(self.actionGroup)
        self.actionTextEdit.setObjectName(u"actionTextEdit")
        self.actionTextEdit.setMaximumSize(QSize(16777215, 110))

        self.actionsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.actionTextEdit)


        self.actionGroupLayout.addLayout(self.actionsLayout)

        self.runRow = QHBoxLayout()
        self.runRow.setObjectName(u"runRow")
        self.actionMessage = QLabel(self.actionGroup)
        self.actionMessage.setObjectName(u"actionMessage")
        self.actionMessage.setText(u"")
        self.actionMessage.setWordWrap(True)

        self.runRow.addWidget(self.actionMessage)

        self.runButton = QPushButton(self.actionGroup)
        self.runButton.setObjectName(u"runButton")

        self.runRow.addWidget(self.runButton)


        self.actionGroupLayout.addLayout(self.runRow)


        self.actionsPageLayout.addWidget(self.actionGroup)

        self.lettersGroup = QGroupBox(self.actionsContent)
        self.lettersGroup.setObjectName(u"lettersGroup")
        self.lettersGroupLayout = QVBoxLayout(self.lettersGroup)
        self.lettersGroupLayout.setObjectName(u"lettersGroupLayout")
        self.lettersGrid = QGridLayout()
        self.lettersGrid.setObjectName(u"lettersGrid")
        self.responseLetterLabel = QLabel(self.lettersGroup)
        self.responseLetterLabel.setObjectName(u"responseLetterLabel")

        self.lettersGrid.addWidget(self.responseLetterLabel, 0, 0, 1, 1)

        self.responsePreviewButton = QPushButton(self.lettersGroup)
        self.responsePreviewButton.setObjectName(u"responsePreviewButton")

        self.lettersGrid.addWidget(self.responsePreviewButton, 0, 1, 1, 1)

        self.responsePrintButton = QPushButton(self.lettersGroup)
        self.responsePrintButton.setObjectName(u"responsePrintButton")

        self.lettersGrid.addWidget(self.responsePrintButton, 0, 2, 1, 1)

        self.responsePdfButton = QPushButton(self.lettersGroup)
        self.responsePdfButton.setObjectName(u"responsePdfButton")

        self.lettersGrid.addWidget(self.responsePdfButton, 0, 3, 1, 1)

        self.escalationLetterLabel = QLabel(self.lettersGroup)
        self.escalationLetterLabel.setObjectName(u"escalationLetterLabel")

        self.lettersGrid.addWidget(self.escalationLetterLabel, 1, 0, 1, 1)

        self.escalationPreviewButton = QPushButton(self.lettersGroup)
        self.escalationPreviewButton.setObjectName(u"escalationPreviewButton")

        self.lettersGrid.addWidget(self.escalationPreviewButton, 1, 1, 1, 1)

        self.escalationPrintButton = QPushButton(self.lettersGroup)
        self.escalationPrintButton.setObjectName(u"escalationPrintButton")

        self.lettersGrid.addWidget(self.escalationPrintButton, 1, 2, 1, 1)

        self.escalationPdfButton = QPushButton(self.lettersGroup)
        self.escalationPdfButton.setObjectName(u"escalationPdfButton")

        self.lettersGrid.addWidget(self.escalationPdfButton, 1, 3, 1, 1)

        self.rejectionLetterLabel = QLabel(self.lettersGroup)
        self.rejectionLetterLabel.setObjectName(u"rejectionLetterLabel")

        self.lettersGrid.addWidget(self.rejectionLetterLabel, 2, 0, 1, 1)

        self.rejectionPreviewButton = QPushButton(self.lettersGroup)
        self.rejectionPreviewButton.setObjectName(u"rejectionPreviewButton")

        self.lettersGrid.addWidget(self.rejectionPreviewButton, 2, 1, 1, 1)

        self.rejectionPrintButton = QPushButton(self.lettersGroup)
        self.rejectionPrintButton.setObjectName(u"rejectionPrintButton")

        self.lettersGrid.addWidget(self.rejectionPrintButton, 2, 2, 1, 1)

        self.rejectionPdfButton = QPushButton(self.lettersGroup)
        self.rejectionPdfButton.setObjectName(u"rejectionPdfButton")

        self.lettersGrid.addWidget(self.rejectionPdfButton, 2, 3, 1, 1)

        self.forwardingLetterLabel = QLabel(self.lettersGroup)
        self.forwardingLetterLabel.setObjectName(u"forwardingLetterLabel")

        self.lettersGrid.addWidget(self.forwardingLetterLabel, 3, 0, 1, 1)

        self.forwardingPreviewButton = QPushButton(self.lettersGroup)
        self.forwardingPreviewButton.setObjectName(u"forwardingPreviewButton")

        self.lettersGrid.addWidget(self.forwardingPreviewButton, 3, 1, 1, 1)

        self.forwardingPrintButton = QPushButton(self.lettersGroup)
        self.forwardingPrintButton.setObjectName(u"forwardingPrintButton")

        self.lettersGrid.addWidget(self.forwardingPrintButton, 3, 2, 1, 1)

        self.forwardingPdfButton = QPushButton(self.lettersGroup)
        self.forwardingPdfButton.setObjectName(u"forwardingPdfButton")

        self.lettersGrid.addWidget(self.forwardingPdfButton, 3, 3, 1, 1)

        self.lettersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lettersGrid.addItem(self.lettersSpacer, 0, 4, 1, 1)


        self.lettersGroupLayout.addLayout(self.lettersGrid)

        self.letterStatusLabel = QLabel(self.lettersGroup)
        self.letterStatusLabel.setObjectName(u"letterStatusLabel")
        self.letterStatusLabel.setText(u"")
        self.letterStatusLabel.setWordWrap(True)

        self.lettersGroupLayout.addWidget(self.letterStatusLabel)


        self.actionsPageLayout.addWidget(self.lettersGroup)

        self.actionsPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actionsPageLayout.addItem(self.actionsPageSpacer)

        self.actionsScroll.setWidget(self.actionsContent)

        self.actionsOuterLayout.addWidget(self.actionsScroll)

        self.tabs.addTab(self.actionsPage, "")
        self.dataPage = QWidget()
        self.dataPage.setObjectName(u"dataPage")
        self.dataPageLayout = QVBoxLayout(self.dataPage)
        self.dataPageLayout.setObjectName(u"dataPageLayout")
        self.lockLabel = QLabel(self.dataPage)
        self.lockLabel.setObjectName(u"lockLabel")
        self.lockLabel.setText(u"")
        self.lockLabel.setWordWrap(True)
        self.lockLabel.setStyleSheet(u"QLabel { background: #fff4d6; border: 1px solid #e0c070; border-radius: 3px; padding: 4px 6px; color: #5a4300; }")

        self.dataPageLayout.addWidget(self.lockLabel)

        self.dataScroll = QScrollArea(self.dataPage)
        self.dataScroll.setObjectName(u"dataScroll")
        self.dataScroll.setWidgetResizable(True)
        self.dataScroll.setFrameShape(QFrame.NoFrame)
        self.complaintForm = ComplaintForm()
        self.complaintForm.setObjectName(u"complaintForm")
        self.dataScroll.setWidget(self.complaintForm)

        self.dataPageLayout.addWidget(self.dataScroll)

        self.correctionBox = QWidget(self.dataPage)
        self.correctionBox.setObjectName(u"correctionBox")
        self.correctionLayout = QGridLayout(self.correctionBox)
        self.correctionLayout.setObjectName(u"correctionLayout")
        self.correctionLayout.setContentsMargins(0, 0, 0, 0)
        self.correctionLabel = QLabel(self.correctionBox)
        self.correctionLabel.setObjectName(u"correctionLabel")

        self.correctionLayout.addWidget(self.correctionLabel, 0, 0, 1, 1)

        self.correctionReasonEdit = QLineEdit(self.correctionBox)
        self.correctionReasonEdit.setObjectName(u"correctionReasonEdit")
        self.correctionReasonEdit.setMaxLength(500)

        self.correctionLayout.addWidget(self.correctionReasonEdit, 0, 1, 1, 1)

        self.correctionReasonError = QLabel(self.correctionBox)
        self.correctionReasonError.setObjectName(u"correctionReasonError")
        self.correctionReasonError.setText(u"")
        self.correctionReasonError.setWordWrap(True)

        self.correctionLayout.addWidget(self.correctionReasonError, 1, 1, 1, 1)


        self.dataPageLayout.addWidget(self.correctionBox)

        self.dataRow = QHBoxLayout()
        self.dataRow.setObjectName(u"dataRow")
        self.dataResultLabel = QLabel(self.dataPage)
        self.dataResultLabel.setObjectName(u"dataResultLabel")
        self.dataResultLabel.setText(u"")
        self.dataResultLabel.setWordWrap(True)

        self.dataRow.addWidget(self.dataResultLabel)

        self.saveChangesButton = QPushButton(self.dataPage)
        self.saveChangesButton.setObjectName(u"saveChangesButton")

        self.dataRow.addWidget(self.saveChangesButton)


        self.dataPageLayout.addLayout(self.dataRow)

        self.tabs.addTab(self.dataPage, "")
        self.timelinePage = QWidget()
        self.timelinePage.setObjectName(u"timelinePage")
        self.timelinePageLayout = QVBoxLayout(self.timelinePage)
        self.timelinePageLayout.setObjectName(u"timelinePageLayout")
        self.timelineTable = QTableWidget(self.timelinePage)
        if (self.timelineTable.columnCount() < 4):
            self.timelineTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.timelineTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.timelineTable.setObjectName(u"timelineTable")
        self.timelineTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.timelineTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.timelineTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.timelineTable.setWordWrap(True)
        self.timelineTable.horizontalHeader().setStretchLastSection(True)
        self.timelineTable.verticalHeader().setVisible(False)

        self.timelinePageLayout.addWidget(self.timelineTable)

        self.tabs.addTab(self.timelinePage, "")
        self.attachmentsPage = QWidget()
        self.attachmentsPage.setObjectName(u"attachmentsPage")
        self.attachmentsPageLayout = QVBoxLayout(self.attachmentsPage)
        self.attachmentsPageLayout.setObjectName(u"attachmentsPageLayout")
        self.filesTable = QTableWidget(self.attachmentsPage)
        if (self.filesTable.columnCount() < 4):
            self.filesTable.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.filesTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.filesTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.filesTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.filesTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.filesTable.setObjectName(u"filesTable")
        self.filesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.filesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.filesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.filesTable.setWordWrap(True)
        self.filesTable.horizontalHeader().setStretchLastSection(True)
        self.filesTable.verticalHeader().setVisible(False)

        self.attachmentsPageLayout.addWidget(self.filesTable)

        self.filesRow = QHBoxLayout()
        self.filesRow.setObjectName(u"filesRow")
        self.filesStatusLabel = QLabel(self.attachmentsPage)
        self.filesStatusLabel.setObjectName(u"filesStatusLabel")
        self.filesStatusLabel.setText(u"")
        self.filesStatusLabel.setWordWrap(True)

        self.filesRow.addWidget(self.filesStatusLabel)

        self.addFileButton = QPushButton(self.attachmentsPage)
        self.addFileButton.setObjectName(u"addFileButton")

        self.filesRow.addWidget(self.addFileButton)

        self.openFileButton = QPushButton(self.attachmentsPage)
        self.openFileButton.setObjectName(u"openFileButton")

        self.filesRow.addWidget(self.openFileButton)


        self.attachmentsPageLayout.addLayout(self.filesRow)

        self.tabs.addTab(self.attachmentsPage, "")

        self.rootLayout.addWidget(self.tabs)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(ComplaintDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.rootLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.correctionLabel.setBuddy(self.correctionReasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComplaintDialog)

        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"Pengaduan", None))
        self.factsGroup.setTitle(QCoreApplication.translate("ComplaintDialog", u"Ringkasan", None))
        self.summaryLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Perihal", None))
        self.complainantLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Pengadu", None))
        self.contactLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Kontak", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Uraian", None))
        self.unitLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Unit", None))
        self.responsibleLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Penanggung jawab", None))
        self.resultLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Hasil tindak lanjut", None))
        self.lastStepsLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Langkah terakhir", None))
        self.actionGroup.setTitle(QCoreApplication.translate("ComplaintDialog", u"Tindakan berikutnya", None))
        self.actionLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Tindakan", u"the one action to take"))
        self.targetUnitLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Unit tujuan", None))
        self.reasonLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Alasan", None))
        self.actionTextLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Keterangan", None))
        self.actionTextEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"isi catatan, instruksi, tanggapan, hasil atau alasan", None))
        self.runButton.setText(QCoreApplication.translate("ComplaintDialog", u"Simpan tindakan", None))
#if QT_CONFIG(tooltip)
        self.runButton.setToolTip(QCoreApplication.translate("ComplaintDialog", u"Catat tindakan terpilih pada pengaduan ini", None))
#endif // QT_CONFIG(tooltip)
        self.lettersGroup.setTitle(QCoreApplication.translate("ComplaintDialog", u"Surat", None))
        self.responseLetterLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Surat tanggapan", None))
        self.responsePreviewButton.setText(QCoreApplication.translate("ComplaintDialog", u"Pratinjau", None))
        self.responsePrintButton.setText(QCoreApplication.translate("ComplaintDialog", u"Cetak\u2026", None))
        self.responsePdfButton.setText(QCoreApplication.translate("ComplaintDialog", u"Simpan PDF\u2026", None))
        self.escalationLetterLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Surat eskalasi", None))
        self.escalationPreviewButton.setText(QCoreApplication.translate("ComplaintDialog", u"Pratinjau", None))
        self.escalationPrintButton.setText(QCoreApplication.translate("ComplaintDialog", u"Cetak\u2026", None))
        self.escalationPdfButton.setText(QCoreApplication.translate("ComplaintDialog", u"Simpan PDF\u2026", None))
        self.rejectionLetterLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Surat pemberitahuan penolakan", None))
        self.rejectionPreviewButton.setText(QCoreApplication.translate("ComplaintDialog", u"Pratinjau", None))
        self.rejectionPrintButton.setText(QCoreApplication.translate("ComplaintDialog", u"Cetak\u2026", None))
        self.rejectionPdfButton.setText(QCoreApplication.translate("ComplaintDialog", u"Simpan PDF\u2026", None))
        self.forwardingLetterLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Surat penerusan ke instansi lain", None))
        self.forwardingPreviewButton.setText(QCoreApplication.translate("ComplaintDialog", u"Pratinjau", None))
        self.forwardingPrintButton.setText(QCoreApplication.translate("ComplaintDialog", u"Cetak\u2026", None))
        self.forwardingPdfButton.setText(QCoreApplication.translate("ComplaintDialog", u"Simpan PDF\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actionsPage), QCoreApplication.translate("ComplaintDialog", u"Tindakan", None))
        self.correctionLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Alasan koreksi *", None))
        self.correctionReasonEdit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"mengapa data yang terkunci diubah, mis. salah ketik tanggal pada pencatatan", None))
        self.saveChangesButton.setText(QCoreApplication.translate("ComplaintDialog", u"Simpan perubahan", None))
#if QT_CONFIG(tooltip)
        self.saveChangesButton.setToolTip(QCoreApplication.translate("ComplaintDialog", u"Simpan perubahan data pengaduan ini", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.dataPage), QCoreApplication.translate("ComplaintDialog", u"Data pengaduan", None))
        ___qtablewidgetitem = self.timelineTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ComplaintDialog", u"Waktu", None))
        ___qtablewidgetitem1 = self.timelineTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ComplaintDialog", u"Kejadian", None))
        ___qtablewidgetitem2 = self.timelineTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ComplaintDialog", u"Petugas", None))
        ___qtablewidgetitem3 = self.timelineTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ComplaintDialog", u"Keterangan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timelinePage), QCoreApplication.translate("ComplaintDialog", u"Riwayat", None))
        ___qtablewidgetitem4 = self.filesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ComplaintDialog", u"Nama berkas", None))
        ___qtablewidgetitem5 = self.filesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ComplaintDialog", u"Jenis", None))
        ___qtablewidgetitem6 = self.filesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ComplaintDialog", u"Ukuran", None))
        ___qtablewidgetitem7 = self.filesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ComplaintDialog", u"Ditambahkan", None))
        self.addFileButton.setText(QCoreApplication.translate("ComplaintDialog", u"Tambah lampiran\u2026", None))
        self.openFileButton.setText(QCoreApplication.translate("ComplaintDialog", u"Buka", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsPage), QCoreApplication.translate("ComplaintDialog", u"Lampiran", None))
        self.closeButton.setText(QCoreApplication.translate("ComplaintDialog", u"Tutup", None))
    # retranslateUi

