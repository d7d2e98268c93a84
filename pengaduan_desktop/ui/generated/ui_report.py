# Generated from forms/report.ui by `python -m pengaduan_desktop.ui.build_forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReportTab(object):
    def setupUi(self, ReportTab):
        if not ReportTab.objectName():
            ReportTab.setObjectName(u"ReportTab")
        ReportTab.resize(1320, 700)
        self.rootLayout = QVBoxLayout(ReportTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.splitter = QSplitter(ReportTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftPaneLayout = QVBoxLayout(self.leftPane)
        self.leftPaneLayout.setObjectName(u"leftPaneLayout")
        self.leftPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.monthRow = QHBoxLayout()
        self.monthRow.setObjectName(u"monthRow")
        self.monthLabel = QLabel(self.leftPane)
        self.monthLabel.setObjectName(u"monthLabel")

        self.monthRow.addWidget(self.monthLabel)

        self.monthCombo = QComboBox(self.leftPane)
        self.monthCombo.setObjectName(u"monthCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.monthCombo.sizePolicy().hasHeightForWidth())
        self.monthCombo.setSizePolicy(sizePolicy)

        self.monthRow.addWidget(self.monthCombo)


        self.leftPaneLayout.addLayout(self.monthRow)

        self.figuresGroup = QGroupBox(self.leftPane)
        self.figuresGroup.setObjectName(u"figuresGroup")
        self.figuresLayout = QFormLayout(self.figuresGroup)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.receivedLabel = QLabel(self.figuresGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.figuresLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedValue = QLabel(self.figuresGroup)
        self.receivedValue.setObjectName(u"receivedValue")

        self.figuresLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedValue)

        self.carriedOverLabel = QLabel(self.figuresGroup)
        self.carriedOverLabel.setObjectName(u"carriedOverLabel")

        self.figuresLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.carriedOverLabel)

        self.carriedOverValue = QLabel(self.figuresGroup)
        self.carriedOverValue.setObjectName(u"carriedOverValue")

        self.figuresLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.carriedOverValue)

        self.closedLabel = QLabel(self.figuresGroup)
        self.closedLabel.setObjectName(u"closedLabel")

        self.figuresLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.closedLabel)

        self.closedValue = QLabel(self.figuresGroup)
        self.closedValue.setObjectName(u"closedValue")

        self.figuresLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.closedValue)

        self.overdueAtEndLabel = QLabel(self.figuresGroup)
        self.overdueAtEndLabel.setObjectName(u"overdueAtEndLabel")

        self.figuresLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.overdueAtEndLabel)

        self.overdueAtEndValue = QLabel(self.figuresGroup)
        self.overdueAtEndValue.setObjectName(u"overdueAtEndValue")

        self.figuresLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.overdueAtEndValue)

        self.escalatedLabel = QLabel(self.figuresGroup)
        self.escalatedLabel.setObjectName(u"escalatedLabel")

        self.figuresLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.escalatedLabel)

        self.escalatedValue = QLabel(self.figuresGroup)
        self.escalatedValue.setObjectName(u"escalatedValue")

        self.figuresLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.escalatedValue)

        self.averageLabel = QLabel(self.figuresGroup)
        self.averageLabel.setObjectName(u"averageLabel")

        self.figuresLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.averageLabel)

        self.averageValue = QLabel(self.figuresGroup)
        self.averageValue.setObjectName(u"averageValue")

        self.figuresLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.averageValue)

        self.rateLabel = QLabel(self.figuresGroup)
        self.rateLabel.setObjectName(u"rateLabel")

        self.figuresLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rateValue = QLabel(self.figuresGroup)
        self.rateValue.setObjectName(u"rateValue")

        self.figuresLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rateValue)


        self.leftPaneLayout.addWidget(self.figuresGroup)

        self.conclusionsLabel = QLabel(self.leftPane)
        self.conclusionsLabel.setObjectName(u"conclusionsLabel")

        self.leftPaneLayout.addWidget(self.conclusionsLabel)

        self.conclusionsEdit = QPlainTextEdit(self.leftPane)
        self.conclusionsEdit.setObjectName(u"conclusionsEdit")

        self.leftPaneLayout.addWidget(self.conclusionsEdit)

        self.recommendationsLabel = QLabel(self.leftPane)
        self.recommendationsLabel.setObjectName(u"recommendationsLabel")

        self.leftPaneLayout.addWidget(self.recommendationsLabel)

        self.recommendationsEdit = QPlainTextEdit(self.leftPane)
        self.recommendationsEdit.setObjectName(u"recommendationsEdit")

        self.leftPaneLayout.addWidget(self.recommendationsEdit)

        self.draftLabel = QLabel(self.leftPane)
        self.draftLabel.setObjectName(u"draftLabel")

        self.leftPaneLayout.addWidget(self.draftLabel)

        self.generateRow = QHBoxLayout()
        self.generateRow.setObjectName(u"generateRow")
        self.previewButton = QPushButton(self.leftPane)
        self.previewButton.setObjectName(u"previewButton")

        self.generateRow.addWidget(self.previewButton)

        self.issueButton = QPushButton(self.leftPane)
        self.issueButton.setObjectName(u"issueButton")

        self.generateRow.addWidget(self.issueButton)


        self.leftPaneLayout.addLayout(self.generateRow)

        self.outputRow = QHBoxLayout()
        self.outputRow.setObjectName(u"outputRow")
        self.printButton = QPushButton(self.leftPane)
        self.printButton.setObjectName(u"printButton")

        self.outputRow.addWidget(self.printButton)

        self.savePdfButton = QPushButton(self.leftPane)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.outputRow.addWidget(self.savePdfButton)

        self.xlsxButton = QPushButton(self.leftPane)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.outputRow.addWidget(self.xlsxButton)

        self.csvButton = QPushButton(self.leftPane)
        self.csvButton.setObjectName(u"csvButton")

        self.outputRow.addWidget(self.csvButton)


        self.leftPaneLayout.addLayout(self.outputRow)

        self.progressBar = QProgressBar(self.leftPane)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(100)
        self.progressBar.setValue(0)
        self.progressBar.setVisible(False)

        self.leftPaneLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(self.leftPane)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.leftPaneLayout.addWidget(self.statusLabel)

        self.splitter.addWidget(self.leftPane)
        self.rightSplitter = QSplitter(self.splitter)
        self.rightSplitter.setObjectName(u"rightSplitter")
        self.rightSplitter.setOrientation(Qt.Vertical)
        self.pagesScroll = QScrollArea(self.rightSplitter)
        self.pagesScroll.setObjectName(u"pagesScroll")
        self.pagesScroll.setWidgetResizable(True)
        self.pagesContents = QWidget()
        self.pagesContents.setObjectName(u"pagesContents")
        self.pagesLayout = QVBoxLayout(self.pagesContents)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.pagesScroll.setWidget(self.pagesContents)
        self.rightSplitter.addWidget(self.pagesScroll)
        self.issuedGroup = QGroupBox(self.rightSplitter)
        self.issuedGroup.setObjectName(u"issuedGroup")
        self.issuedLayout = QVBoxLayout(self.issuedGroup)
        self.issuedLayout.setObjectName(u"issuedLayout")
        self.issuedTable = QTableWidget(self.issuedGroup)
        if (self.issuedTable.columnCount() < 5):
            self.issuedTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.issuedTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.issuedTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.issuedTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.issuedTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.issuedTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.issuedTable.setObjectName(u"issuedTable")
        self.issuedTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.issuedTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.issuedTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.issuedTable.setWordWrap(True)
        self.issuedTable.horizontalHeader().setStretchLastSection(True)
        self.issuedTable.verticalHeader().setVisible(False)

        self.issuedLayout.addWidget(self.issuedTable)

        self.issuedButtonRow = QHBoxLayout()
        self.issuedButtonRow.setObjectName(u"issuedButtonRow")
        self.issuedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.issuedButtonRow.addItem(self.issuedSpacer)

        self.openIssuedButton = QPushButton(self.issuedGroup)
        self.openIssuedButton.setObjectName(u"openIssuedButton")

        self.issuedButtonRow.addWidget(self.openIssuedButton)


        self.issuedLayout.addLayout(self.issuedButtonRow)

        self.rightSplitter.addWidget(self.issuedGroup)
        self.splitter.addWidget(self.rightSplitter)

        self.rootLayout.addWidget(self.splitter)


        self.retranslateUi(ReportTab)

        QMetaObject.connectSlotsByName(ReportTab)
    # setupUi

    def retranslateUi(self, ReportTab):
        self.monthLabel.setText(QCoreApplication.translate("ReportTab", u"Bulan:", None))
        self.figuresGroup.setTitle(QCoreApplication.translate("ReportTab", u"Angka bulan ini", None))
        self.receivedLabel.setText(QCoreApplication.translate("ReportTab", u"Diterima", None))
        self.receivedValue.setText(QCoreApplication.translate("ReportTab", u"\u2013", None))
        self.carriedOverLabel.setText(QCoreApplication.translate("ReportTab", u"Bawaan", None))
        self.carriedOverValue.setText(QCoreApplication.translate("ReportTab", u"\u2013", None))
        self.closedLabel.setText(QCoreApplication.translate("ReportTab", u"Ditutup", None))
        self.closedValue.setText(QCoreApplication.translate("ReportTab", u"\u2013", None))
        self.overdueAtEndLabel.setText(QCoreApplication.translate("ReportTab", u"Terlambat akhir bulan", None))
        self.overdueAtEndValue.setText(QCoreApplication.translate("ReportTab", u"\u2013", None))
        self.escalatedLabel.setText(QCoreApplication.translate("ReportTab", u"Dieskalasi", None))
        self.escalatedValue.setText(QCoreApplication.translate("ReportTab", u"\u2013", None))
        self.averageLabel.setText(QCoreApplication.translate("ReportTab", u"Rata-rata hari kerja", None))
        self.averageValue.setText(QCoreApplication.translate("ReportTab", u"\u2013", None))
        self.rateLabel.setText(QCoreApplication.translate("ReportTab", u"Ketepatan waktu", None))
        self.rateValue.setText(QCoreApplication.translate("ReportTab", u"\u2013", None))
        self.conclusionsLabel.setText(QCoreApplication.translate("ReportTab", u"Kesimpulan", None))
        self.conclusionsEdit.setPlaceholderText(QCoreApplication.translate("ReportTab", u"Kesimpulan (ditulis oleh petugas)", None))
        self.recommendationsLabel.setText(QCoreApplication.translate("ReportTab", u"Rekomendasi", None))
        self.recommendationsEdit.setPlaceholderText(QCoreApplication.translate("ReportTab", u"Rekomendasi", None))
        self.draftLabel.setText("")
#if QT_CONFIG(tooltip)
        self.draftLabel.setToolTip(QCoreApplication.translate("ReportTab", u"Kesimpulan dan rekomendasi disimpan sebagai draf bulan ini sambil diketik", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("ReportTab", u"Buat pratinjau", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("ReportTab", u"Susun laporan bulan terpilih dengan angka terkini", None))
#endif // QT_CONFIG(tooltip)
        self.issueButton.setText(QCoreApplication.translate("ReportTab", u"Terbitkan\u2026", None))
#if QT_CONFIG(tooltip)
        self.issueButton.setToolTip(QCoreApplication.translate("ReportTab", u"Bekukan laporan: nomor surat, tanggal terbit, sidik SHA-256; terbit ulang = revisi baru", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ReportTab", u"Cetak", None))
        self.savePdfButton.setText(QCoreApplication.translate("ReportTab", u"Simpan PDF\u2026", None))
        self.xlsxButton.setText(QCoreApplication.translate("ReportTab", u"Ekspor XLSX\u2026", None))
        self.csvButton.setText(QCoreApplication.translate("ReportTab", u"Ekspor CSV\u2026", None))
        self.issuedGroup.setTitle(QCoreApplication.translate("ReportTab", u"Laporan yang telah diterbitkan", None))
        ___qtablewidgetitem = self.issuedTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ReportTab", u"Bulan", None))
        ___qtablewidgetitem1 = self.issuedTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ReportTab", u"Revisi", None))
        ___qtablewidgetitem2 = self.issuedTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ReportTab", u"Nomor surat", None))
        ___qtablewidgetitem3 = self.issuedTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ReportTab", u"Terbit", None))
        ___qtablewidgetitem4 = self.issuedTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ReportTab", u"SHA-256", None))
        self.openIssuedButton.setText(QCoreApplication.translate("ReportTab", u"Tampilkan yang diterbitkan", None))
#if QT_CONFIG(tooltip)
        self.openIssuedButton.setToolTip(QCoreApplication.translate("ReportTab", u"Tampilkan laporan terpilih persis seperti diterbitkan", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

