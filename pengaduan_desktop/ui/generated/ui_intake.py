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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDateTimeEdit, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

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
        self.formScroll = QScrollArea(self.splitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.NoFrame)
        self.formContents = QWidget()
        self.formContents.setObjectName(u"formContents")
        self.formBody = QVBoxLayout(self.formContents)
        self.formBody.setObjectName(u"formBody")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.complaintGroup = QGroupBox(self.formContents)
        self.complaintGroup.setObjectName(u"complaintGroup")
        self.complaintGroupLayout = QFormLayout(self.complaintGroup)
        self.complaintGroupLayout.setObjectName(u"complaintGroupLayout")
        self.complaintGroupLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.receivedAtLabel = QLabel(self.complaintGroup)
        self.receivedAtLabel.setObjectName(u"receivedAtLabel")

        self.complaintGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedAtLabel)

        self.receivedAtErrorBox = QVBoxLayout()
        self.receivedAtErrorBox.setSpacing(1)
        self.receivedAtErrorBox.setObjectName(u"receivedAtErrorBox")
        self.receivedAtEdit = QDateTimeEdit(self.complaintGroup)
        self.receivedAtEdit.setObjectName(u"receivedAtEdit")
        self.receivedAtEdit.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.receivedAtEdit.setCalendarPopup(True)

        self.receivedAtErrorBox.addWidget(self.receivedAtEdit)

        self.receivedAtError = QLabel(self.complaintGroup)
        self.receivedAtError.setObjectName(u"receivedAtError")
        self.receivedAtError.setText(u"")
        self.receivedAtError.setWordWrap(True)
        self.receivedAtError.setVisible(False)
        self.receivedAtError.setStyleSheet(u"color: #b00020;")

        self.receivedAtErrorBox.addWidget(self.receivedAtError)


        self.complaintGroupLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.receivedAtErrorBox)

        self.channelLabel = QLabel(self.complaintGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.complaintGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelErrorBox = QVBoxLayout()
        self.channelErrorBox.setSpacing(1)
        self.channelErrorBox.setObjectName(u"channelErrorBox")
        self.channelCombo = QComboBox(self.complaintGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.channelErrorBox.addWidget(self.channelCombo)

        self.channelError = QLabel(self.complaintGroup)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setText(u"")
        self.channelError.setWordWrap(True)
        self.channelError.setVisible(False)
        self.channelError.setStyleSheet(u"color: #b00020;")

        self.channelErrorBox.addWidget(self.channelError)


        self.complaintGroupLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.channelErrorBox)

        self.formLabel = QLabel(self.complaintGroup)
        self.formLabel.setObjectName(u"formLabel")

        self.complaintGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formErrorBox = QVBoxLayout()
        self.formErrorBox.setSpacing(1)
        self.formErrorBox.setObjectName(u"formErrorBox")
        self.formCombo = QComboBox(self.complaintGroup)
        self.formCombo.setObjectName(u"formCombo")

        self.formErrorBox.addWidget(self.formCombo)

        self.formError = QLabel(self.complaintGroup)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setStyleSheet(u"color: #b00020;")

        self.formErrorBox.addWidget(self.formError)


        self.complaintGroupLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.formErrorBox)

        self.letterNumberLabel = QLabel(self.complaintGroup)
        self.letterNumberLabel.setObjectName(u"letterNumberLabel")

        self.complaintGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.letterNumberLabel)

        self.letterNumberErrorBox = QVBoxLayout()
        self.letterNumberErrorBox.setSpacing(1)
        self.letterNumberErrorBox.setObjectName(u"letterNumberErrorBox")
        self.letterNumberEdit = QLineEdit(self.complaintGroup)
        self.letterNumberEdit.setObjectName(u"letterNumberEdit")
        self.letterNumberEdit.setMaxLength(100)

        self.letterNumberErrorBox.addWidget(self.letterNumberEdit)

        self.letterNumberError = QLabel(self.complaintGroup)
        self.letterNumberError.setObjectName(u"letterNumberError")
        self.letterNumberError.setText(u"")
        self.letterNumberError.setWordWrap(True)
        self.letterNumberError.setVisible(False)
        self.letterNumberError.setStyleSheet(u"color: #b00020;")

        self.letterNumberErrorBox.addWidget(self.letterNumberError)


        self.complaintGroupLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.letterNumberErrorBox)

        self.laporIdLabel = QLabel(self.complaintGroup)
        self.laporIdLabel.setObjectName(u"laporIdLabel")

        self.complaintGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.laporIdLabel)

        self.laporIdErrorBox = QVBoxLayout()
        self.laporIdErrorBox.setSpacing(1)
        self.laporIdErrorBox.setObjectName(u"laporIdErrorBox")
        self.laporIdEdit = QLineEdit(self.complaintGroup)
        self.laporIdEdit.setObjectName(u"laporIdEdit")
        self.laporIdEdit.setMaxLength(40)

        self.laporIdErrorBox.addWidget(self.laporIdEdit)

        self.laporIdError = QLabel(self.complaintGroup)
        self.laporIdError.setObjectName(u"laporIdError")
        self.laporIdError.setText(u"")
        self.laporIdError.setWordWrap(True)
        self.laporIdError.setVisible(False)
        self.laporIdError.setStyleSheet(u"color: #b00020;")

        self.laporIdErrorBox.addWidget(self.laporIdError)


        self.complaintGroupLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.laporIdErrorBox)

        self.serviceLabel = QLabel(self.complaintGroup)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.complaintGroupLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceErrorBox = QVBoxLayout()
        self.serviceErrorBox.setSpacing(1)
        self.serviceErrorBox.setObjectName(u"serviceErrorBox")
        self.serviceCombo = QComboBox(self.complaintGroup)
        self.serviceCombo.setObjectName(u"serviceCombo")
        self.serviceCombo.setEditable(True)

        self.serviceErrorBox.addWidget(self.serviceCombo)

        self.serviceError = QLabel(self.complaintGroup)
        self.serviceError.setObjectName(u"serviceError")
        self.serviceError.setText(u"")
        self.serviceError.setWordWrap(True)
        self.serviceError.setVisible(False)
        self.serviceError.setStyleSheet(u"color: #b00020;")

        self.serviceErrorBox.addWidget(self.serviceError)


        self.complaintGroupLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.serviceErrorBox)

        self.categoryLabel = QLabel(self.complaintGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.complaintGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryErrorBox = QVBoxLayout()
        self.categoryErrorBox.setSpacing(1)
        self.categoryErrorBox.setObjectName(u"categoryErrorBox")
        self.categoryCombo = QComboBox(self.complaintGroup)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.categoryErrorBox.addWidget(self.categoryCombo)

        self.categoryError = QLabel(self.complaintGroup)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setText(u"")
        self.categoryError.setWordWrap(True)
        self.categoryError.setVisible(False)
        self.categoryError.setStyleSheet(u"color: #b00020;")

        self.categoryErrorBox.addWidget(self.categoryError)


        self.complaintGroupLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.categoryErrorBox)

        self.summaryLabel = QLabel(self.complaintGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.complaintGroupLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryErrorBox = QVBoxLayout()
        self.summaryErrorBox.setSpacing(1)
        self.summaryErrorBox.setObjectName(u"summaryErrorBox")
        self.summaryEdit = QLineEdit(self.complaintGroup)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMaxLength(300)

        self.summaryErrorBox.addWidget(self.summaryEdit)

        self.summaryError = QLabel(self.complaintGroup)
        self.summaryError.setObjectName(u"summaryError")
        self.summaryError.setText(u"")
        self.summaryError.setWordWrap(True)
        self.summaryError.setVisible(False)
        self.summaryError.setStyleSheet(u"color: #b00020;")

        self.summaryErrorBox.addWidget(self.summaryError)


        self.complaintGroupLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.summaryErrorBox)

        self.descriptionLabel = QLabel(self.complaintGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.complaintGroupLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.complaintGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 70))
        self.descriptionEdit.setTabChangesFocus(True)

        self.complaintGroupLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.lossLabel = QLabel(self.complaintGroup)
        self.lossLabel.setObjectName(u"lossLabel")

        self.complaintGroupLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.lossLabel)

        self.lossEdit = QPlainTextEdit(self.complaintGroup)
        self.lossEdit.setObjectName(u"lossEdit")
        self.lossEdit.setMaximumSize(QSize(16777215, 44))
        self.lossEdit.setTabChangesFocus(True)

        self.complaintGroupLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.lossEdit)

        self.resolutionLabel = QLabel(self.complaintGroup)
        self.resolutionLabel.setObjectName(u"resolutionLabel")

        self.complaintGroupLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.resolutionLabel)

        self.resolutionEdit = QPlainTextEdit(self.complaintGroup)
        self.resolutionEdit.setObjectName(u"resolutionEdit")
        self.resolutionEdit.setMaximumSize(QSize(16777215, 44))
        self.resolutionEdit.setTabChangesFocus(True)

        self.complaintGroupLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.resolutionEdit)

        self.eventPlaceLabel = QLabel(self.complaintGroup)
        self.eventPlaceLabel.setObjectName(u"eventPlaceLabel")

        self.complaintGroupLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.eventPlaceLabel)

        self.eventPlaceEdit = QLineEdit(self.complaintGroup)
        self.eventPlaceEdit.setObjectName(u"eventPlaceEdit")
        self.eventPlaceEdit.setMaxLength(200)

        self.complaintGroupLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.eventPlaceEdit)

        self.eventDateLabel = QLabel(self.complaintGroup)
        self.eventDateLabel.setObjectName(u"eventDateLabel")

        self.complaintGroupLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.eventDateLabel)

        self.eventDateErrorBox = QVBoxLayout()
        self.eventDateErrorBox.setSpacing(1)
        self.eventDateErrorBox.setObjectName(u"eventDateErrorBox")
        self.eventDateEdit = QDateEdit(self.complaintGroup)
        self.eventDateEdit.setObjectName(u"eventDateEdit")
        self.eventDateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.eventDateEdit.setCalendarPopup(True)

        self.eventDateErrorBox.addWidget(self.eventDateEdit)

        self.eventDateError = QLabel(self.complaintGroup)
        self.eventDateError.setObjectName(u"eventDateError")
        self.eventDateError.setText(u"")
        self.eventDateError.setWordWrap(True)
        self.eventDateError.setVisible(False)
        self.eventDateError.setStyleSheet(u"color: #b00020;")

        self.eventDateErrorBox.addWidget(self.eventDateError)


        self.complaintGroupLayout.setLayout(12, QFormLayout.ItemRole.FieldRole, self.eventDateErrorBox)


        self.columns.addWidget(self.complaintGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.complainantGroup = QGroupBox(self.formContents)
        self.complainantGroup.setObjectName(u"complainantGroup")
        self.complainantOuter = QVBoxLayout(self.complainantGroup)
        self.complainantOuter.setObjectName(u"complainantOuter")
        self.flagsLayout = QHBoxLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.anonymousCheck = QCheckBox(self.complainantGroup)
        self.anonymousCheck.setObjectName(u"anonymousCheck")

        self.flagsLayout.addWidget(self.anonymousCheck)

        self.confidentialCheck = QCheckBox(self.complainantGroup)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.flagsLayout.addWidget(self.confidentialCheck)


        self.complainantOuter.addLayout(self.flagsLayout)

        self.complainantLayout = QFormLayout()
        self.complainantLayout.setObjectName(u"complainantLayout")
        self.complainantLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.complainantGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.complainantLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameErrorBox = QVBoxLayout()
        self.nameErrorBox.setSpacing(1)
        self.nameErrorBox.setObjectName(u"nameErrorBox")
        self.nameEdit = QLineEdit(self.complainantGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.nameErrorBox.addWidget(self.nameEdit)

        self.nameError = QLabel(self.complainantGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)
        self.nameError.setStyleSheet(u"color: #b00020;")

        self.nameErrorBox.addWidget(self.nameError)


        self.complainantLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameErrorBox)

        self.idTypeLabel = QLabel(self.complainantGroup)
        self.idTypeLabel.setObjectName(u"idTypeLabel")

        self.complainantLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idTypeLabel)

        self.idTypeErrorBox = QVBoxLayout()
        self.idTypeErrorBox.setSpacing(1)
        self.idTypeErrorBox.setObjectName(u"idTypeErrorBox")
        self.idTypeCombo = QComboBox(self.complainantGroup)
        self.idTypeCombo.setObjectName(u"idTypeCombo")

        self.idTypeErrorBox.addWidget(self.idTypeCombo)

        self.idTypeError = QLabel(self.complainantGroup)
        self.idTypeError.setObjectName(u"idTypeError")
        self.idTypeError.setText(u"")
        self.idTypeError.setWordWrap(True)
        self.idTypeError.setVisible(False)
        self.idTypeError.setStyleSheet(u"color: #b00020;")

        self.idTypeErrorBox.addWidget(self.idTypeError)


        self.complainantLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.idTypeErrorBox)

        self.idNumberLabel = QLabel(self.complainantGroup)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.complainantLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberErrorBox = QVBoxLayout()
        self.idNumberErrorBox.setSpacing(1)
        self.idNumberErrorBox.setObjectName(u"idNumberErrorBox")
        self.idNumberEdit = QLineEdit(self.complainantGroup)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(20)

        self.idNumberErrorBox.addWidget(self.idNumberEdit)

        self.idNumberError = QLabel(self.complainantGroup)
        self.idNumberError.setObjectName(u"idNumberError")
        self.idNumberError.setText(u"")
        self.idNumberError.setWordWrap(True)
        self.idNumberError.setVisible(False)
        self.idNumberError.setStyleSheet(u"color: #b00020;")

        self.idNumberErrorBox.addWidget(self.idNumberError)


        self.complainantLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.idNumberErrorBox)

        self.addressLabel = QLabel(self.complainantGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.complainantLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.complainantGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaximumSize(QSize(16777215, 44))
        self.addressEdit.setTabChangesFocus(True)

        self.complainantLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.complainantGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.complainantLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneErrorBox = QVBoxLayout()
        self.phoneErrorBox.setSpacing(1)
        self.phoneErrorBox.setObjectName(u"phoneErrorBox")
        self.phoneEdit = QLineEdit(self.complainantGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(25)

        self.phoneErrorBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(self.complainantGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")
        self.phoneError.setWordWrap(True)
        self.phoneError.setVisible(False)
        self.phoneError.setStyleSheet(u"color: #b00020;")

        self.phoneErrorBox.addWidget(self.phoneError)


        self.complainantLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.phoneErrorBox)

        self.emailLabel = QLabel(self.complainantGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.complainantLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailErrorBox = QVBoxLayout()
        self.emailErrorBox.setSpacing(1)
        self.emailErrorBox.setObjectName(u"emailErrorBox")
        self.emailEdit = QLineEdit(self.complainantGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.emailErrorBox.addWidget(self.emailEdit)

        self.emailError = QLabel(self.complainantGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)
        self.emailError.setVisible(False)
        self.emailError.setStyleSheet(u"color: #b00020;")

        self.emailErrorBox.addWidget(self.emailError)


        self.complainantLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.emailErrorBox)


        self.complainantOuter.addLayout(self.complainantLayout)


        self.rightColumn.addWidget(self.complainantGroup)

        self.handlingGroup = QGroupBox(self.formContents)
        self.handlingGroup.setObjectName(u"handlingGroup")
        self.handlingGroupLayout = QFormLayout(self.handlingGroup)
        self.handlingGroupLayout.setObjectName(u"handlingGroupLayout")
        self.handlingGroupLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.officerLabel = QLabel(self.handlingGroup)
        self.officerLabel.setObjectName(u"officerLabel")

        self.handlingGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(self.handlingGroup)
        self.officerCombo.setObjectName(u"officerCombo")

        self.handlingGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officerCombo)

        self.jabatanTitleLabel = QLabel(self.handlingGroup)
        self.jabatanTitleLabel.setObjectName(u"jabatanTitleLabel")

        self.handlingGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.jabatanTitleLabel)

        self.officerJabatanLabel = QLabel(self.handlingGroup)
        self.officerJabatanLabel.setObjectName(u"officerJabatanLabel")
        self.officerJabatanLabel.setText(u"")
        self.officerJabatanLabel.setWordWrap(True)

        self.handlingGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officerJabatanLabel)

        self.unitLabel = QLabel(self.handlingGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.handlingGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(self.handlingGroup)
        self.unitCombo.setObjectName(u"unitCombo")

        self.handlingGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitCombo)


        self.rightColumn.addWidget(self.handlingGroup)

        self.rightColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightColumnSpacer)


        self.columns.addLayout(self.rightColumn)


        self.formBody.addLayout(self.columns)

        self.resultLabel = QLabel(self.formContents)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formBody.addWidget(self.resultLabel)

        self.busyBar = QProgressBar(self.formContents)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setVisible(False)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(16777215, 6))

        self.formBody.addWidget(self.busyBar)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(self.formContents)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.savePdfButton = QPushButton(self.formContents)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.buttonRow.addWidget(self.savePdfButton)

        self.printButton = QPushButton(self.formContents)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(self.formContents)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.formBody.addLayout(self.buttonRow)

        self.formBodySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formBody.addItem(self.formBodySpacer)

        self.formScroll.setWidget(self.formContents)
        self.splitter.addWidget(self.formScroll)
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

        QWidget.setTabOrder(self.receivedAtEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.formCombo)
        QWidget.setTabOrder(self.formCombo, self.letterNumberEdit)
        QWidget.setTabOrder(self.letterNumberEdit, self.laporIdEdit)
        QWidget.setTabOrder(self.laporIdEdit, self.serviceCombo)
        QWidget.setTabOrder(self.serviceCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.lossEdit)
        QWidget.setTabOrder(self.lossEdit, self.resolutionEdit)
        QWidget.setTabOrder(self.resolutionEdit, self.eventPlaceEdit)
        QWidget.setTabOrder(self.eventPlaceEdit, self.eventDateEdit)
        QWidget.setTabOrder(self.eventDateEdit, self.anonymousCheck)
        QWidget.setTabOrder(self.anonymousCheck, self.confidentialCheck)
        QWidget.setTabOrder(self.confidentialCheck, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.idTypeCombo)
        QWidget.setTabOrder(self.idTypeCombo, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.saveButton)
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
        self.complaintGroup.setTitle(QCoreApplication.translate("IntakeForm", u"Pengaduan", None))
        self.receivedAtLabel.setText(QCoreApplication.translate("IntakeForm", u"Diterima *", None))
        self.channelLabel.setText(QCoreApplication.translate("IntakeForm", u"Kanal *", None))
        self.formLabel.setText(QCoreApplication.translate("IntakeForm", u"Bentuk *", None))
        self.letterNumberLabel.setText(QCoreApplication.translate("IntakeForm", u"Nomor surat", None))
        self.letterNumberEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"nomor surat pengadu", None))
        self.laporIdLabel.setText(QCoreApplication.translate("IntakeForm", u"ID Pelacakan LAPOR! *", None))
        self.laporIdEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"contoh: 1234567", None))
        self.serviceLabel.setText(QCoreApplication.translate("IntakeForm", u"Layanan yang diadukan *", None))
        self.categoryLabel.setText(QCoreApplication.translate("IntakeForm", u"Kategori *", None))
        self.summaryLabel.setText(QCoreApplication.translate("IntakeForm", u"Perihal *", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"ringkasan pengaduan", None))
        self.descriptionLabel.setText(QCoreApplication.translate("IntakeForm", u"Uraian", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"apa yang tidak sesuai standar pelayanan", None))
        self.lossLabel.setText(QCoreApplication.translate("IntakeForm", u"Kerugian", None))
        self.lossEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"kerugian yang dialami", None))
        self.resolutionLabel.setText(QCoreApplication.translate("IntakeForm", u"Penyelesaian diminta", None))
        self.resolutionEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"penyelesaian yang diharapkan", None))
        self.eventPlaceLabel.setText(QCoreApplication.translate("IntakeForm", u"Tempat kejadian", None))
        self.eventDateLabel.setText(QCoreApplication.translate("IntakeForm", u"Tanggal kejadian", None))
        self.eventDateEdit.setSpecialValueText(QCoreApplication.translate("IntakeForm", u"tidak diketahui", None))
        self.complainantGroup.setTitle(QCoreApplication.translate("IntakeForm", u"Pengadu", None))
        self.anonymousCheck.setText(QCoreApplication.translate("IntakeForm", u"Anonim (identitas tidak diberikan)", None))
        self.confidentialCheck.setText(QCoreApplication.translate("IntakeForm", u"Rahasiakan identitas pengadu", None))
        self.nameLabel.setText(QCoreApplication.translate("IntakeForm", u"Nama *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"nama lengkap pengadu", None))
        self.idTypeLabel.setText(QCoreApplication.translate("IntakeForm", u"Jenis identitas", None))
        self.idNumberLabel.setText(QCoreApplication.translate("IntakeForm", u"Nomor identitas", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"16 digit NIK atau nomor SIM", None))
        self.addressLabel.setText(QCoreApplication.translate("IntakeForm", u"Alamat", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"alamat pengadu", None))
        self.phoneLabel.setText(QCoreApplication.translate("IntakeForm", u"Telepon", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"contoh: 0812-3456-7890", None))
        self.emailLabel.setText(QCoreApplication.translate("IntakeForm", u"Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"nama@contoh.id", None))
        self.handlingGroup.setTitle(QCoreApplication.translate("IntakeForm", u"Penanganan", None))
        self.officerLabel.setText(QCoreApplication.translate("IntakeForm", u"Pejabat penanggung jawab", None))
        self.jabatanTitleLabel.setText(QCoreApplication.translate("IntakeForm", u"Jabatan", None))
        self.unitLabel.setText(QCoreApplication.translate("IntakeForm", u"Diteruskan ke unit", None))
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

