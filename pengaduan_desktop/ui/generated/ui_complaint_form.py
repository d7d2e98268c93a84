# Generated from forms/complaint_form.ui by `python -m pengaduan_desktop.ui.build_forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateTimeEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ComplaintForm(object):
    def setupUi(self, ComplaintForm):
        if not ComplaintForm.objectName():
            ComplaintForm.setObjectName(u"ComplaintForm")
        ComplaintForm.resize(900, 640)
        self.rootLayout = QVBoxLayout(ComplaintForm)
        self.rootLayout.setObjectName(u"rootLayout")
        self.rootLayout.setContentsMargins(0, 0, 0, 0)
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.complaintGroup = QGroupBox(ComplaintForm)
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
        self.eventDateEdit = QLineEdit(self.complaintGroup)
        self.eventDateEdit.setObjectName(u"eventDateEdit")

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
        self.complainantGroup = QGroupBox(ComplaintForm)
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

        self.addressErrorBox = QVBoxLayout()
        self.addressErrorBox.setSpacing(1)
        self.addressErrorBox.setObjectName(u"addressErrorBox")
        self.addressEdit = QPlainTextEdit(self.complainantGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaximumSize(QSize(16777215, 44))
        self.addressEdit.setTabChangesFocus(True)

        self.addressErrorBox.addWidget(self.addressEdit)

        self.addressError = QLabel(self.complainantGroup)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setText(u"")
        self.addressError.setWordWrap(True)
        self.addressError.setVisible(False)
        self.addressError.setStyleSheet(u"color: #b00020;")

        self.addressErrorBox.addWidget(self.addressError)


        self.complainantLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.addressErrorBox)

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

        self.handlingGroup = QGroupBox(ComplaintForm)
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


        self.rootLayout.addLayout(self.columns)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rootLayout.addItem(self.formSpacer)

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

        self.retranslateUi(ComplaintForm)

        QMetaObject.connectSlotsByName(ComplaintForm)
    # setupUi

    def retranslateUi(self, ComplaintForm):
        self.complaintGroup.setTitle(QCoreApplication.translate("ComplaintForm", u"Pengaduan", None))
        self.receivedAtLabel.setText(QCoreApplication.translate("ComplaintForm", u"Diterima *", None))
        self.channelLabel.setText(QCoreApplication.translate("ComplaintForm", u"Kanal *", None))
        self.formLabel.setText(QCoreApplication.translate("ComplaintForm", u"Bentuk *", None))
        self.letterNumberLabel.setText(QCoreApplication.translate("ComplaintForm", u"Nomor surat", None))
        self.letterNumberEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"nomor surat pengadu", None))
        self.laporIdLabel.setText(QCoreApplication.translate("ComplaintForm", u"ID Pelacakan LAPOR! *", None))
        self.laporIdEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"contoh: 1234567", None))
        self.serviceLabel.setText(QCoreApplication.translate("ComplaintForm", u"Layanan yang diadukan *", None))
        self.categoryLabel.setText(QCoreApplication.translate("ComplaintForm", u"Kategori *", None))
        self.summaryLabel.setText(QCoreApplication.translate("ComplaintForm", u"Perihal *", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"ringkasan pengaduan", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ComplaintForm", u"Uraian", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"apa yang tidak sesuai standar pelayanan", None))
        self.lossLabel.setText(QCoreApplication.translate("ComplaintForm", u"Kerugian", None))
        self.lossEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"kerugian yang dialami", None))
        self.resolutionLabel.setText(QCoreApplication.translate("ComplaintForm", u"Penyelesaian diminta", None))
        self.resolutionEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"penyelesaian yang diharapkan", None))
        self.eventPlaceLabel.setText(QCoreApplication.translate("ComplaintForm", u"Tempat kejadian", None))
        self.eventDateLabel.setText(QCoreApplication.translate("ComplaintForm", u"Tanggal kejadian", None))
        self.eventDateEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"hh/bb/tttt, kosongkan bila tidak diketahui", None))
#if QT_CONFIG(tooltip)
        self.eventDateEdit.setToolTip(QCoreApplication.translate("ComplaintForm", u"Ketik tanggal, misalnya 20112026 atau 20-11-2026", None))
#endif // QT_CONFIG(tooltip)
        self.complainantGroup.setTitle(QCoreApplication.translate("ComplaintForm", u"Pengadu", None))
        self.anonymousCheck.setText(QCoreApplication.translate("ComplaintForm", u"Anonim (identitas tidak diberikan)", None))
        self.confidentialCheck.setText(QCoreApplication.translate("ComplaintForm", u"Rahasiakan identitas pengadu", None))
        self.nameLabel.setText(QCoreApplication.translate("ComplaintForm", u"Nama *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"nama lengkap pengadu", None))
        self.idTypeLabel.setText(QCoreApplication.translate("ComplaintForm", u"Jenis identitas", None))
        self.idNumberLabel.setText(QCoreApplication.translate("ComplaintForm", u"Nomor identitas", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"16 digit NIK atau nomor SIM", None))
        self.addressLabel.setText(QCoreApplication.translate("ComplaintForm", u"Alamat", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"alamat pengadu", None))
        self.phoneLabel.setText(QCoreApplication.translate("ComplaintForm", u"Telepon", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"contoh: 0812-3456-7890", None))
        self.emailLabel.setText(QCoreApplication.translate("ComplaintForm", u"Email", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"nama@contoh.id", None))
        self.handlingGroup.setTitle(QCoreApplication.translate("ComplaintForm", u"Penanganan", None))
        self.officerLabel.setText(QCoreApplication.translate("ComplaintForm", u"Pejabat penanggung jawab", None))
        self.jabatanTitleLabel.setText(QCoreApplication.translate("ComplaintForm", u"Jabatan", None))
        self.unitLabel.setText(QCoreApplication.translate("ComplaintForm", u"Diteruskan ke unit", None))
        pass
    # retranslateUi

