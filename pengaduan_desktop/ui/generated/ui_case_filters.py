# Generated from forms/case_filters.ui by `python -m pengaduan_desktop.ui.build_forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_filters.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QLineEdit,
    QPushButton, QSizePolicy, QWidget)

class Ui_CaseFilters(object):
    def setupUi(self, CaseFilters):
        if not CaseFilters.objectName():
            CaseFilters.setObjectName(u"CaseFilters")
        CaseFilters.resize(980, 70)
        self.filterGrid = QGridLayout(CaseFilters)
        self.filterGrid.setObjectName(u"filterGrid")
        self.filterGrid.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(CaseFilters)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterGrid.addWidget(self.searchEdit, 0, 0, 1, 5)

        self.overdueButton = QPushButton(CaseFilters)
        self.overdueButton.setObjectName(u"overdueButton")
        self.overdueButton.setCheckable(True)

        self.filterGrid.addWidget(self.overdueButton, 0, 5, 1, 1)

        self.statusCombo = QComboBox(CaseFilters)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterGrid.addWidget(self.statusCombo, 1, 0, 1, 1)

        self.channelCombo = QComboBox(CaseFilters)
        self.channelCombo.setObjectName(u"channelCombo")

        self.filterGrid.addWidget(self.channelCombo, 1, 1, 1, 1)

        self.unitCombo = QComboBox(CaseFilters)
        self.unitCombo.setObjectName(u"unitCombo")

        self.filterGrid.addWidget(self.unitCombo, 1, 2, 1, 1)

        self.officerCombo = QComboBox(CaseFilters)
        self.officerCombo.setObjectName(u"officerCombo")

        self.filterGrid.addWidget(self.officerCombo, 1, 3, 1, 1)

        self.periodCombo = QComboBox(CaseFilters)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterGrid.addWidget(self.periodCombo, 1, 4, 1, 1)

        self.slaCombo = QComboBox(CaseFilters)
        self.slaCombo.setObjectName(u"slaCombo")

        self.filterGrid.addWidget(self.slaCombo, 1, 5, 1, 1)

        QWidget.setTabOrder(self.searchEdit, self.overdueButton)
        QWidget.setTabOrder(self.overdueButton, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.slaCombo)

        self.retranslateUi(CaseFilters)

        QMetaObject.connectSlotsByName(CaseFilters)
    # setupUi

    def retranslateUi(self, CaseFilters):
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("CaseFilters", u"Nomor pengaduan, NIK, nomor telepon (tulisan apa pun), ID LAPOR!, atau kata dari nama, perihal dan uraian", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CaseFilters", u"Cari nomor, nama, NIK, telepon, ID LAPOR!\u2026", None))
        self.overdueButton.setText(QCoreApplication.translate("CaseFilters", u"Terlambat", None))
#if QT_CONFIG(tooltip)
        self.overdueButton.setToolTip(QCoreApplication.translate("CaseFilters", u"Tampilkan hanya pengaduan yang terlambat", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("CaseFilters", u"Saring menurut status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.channelCombo.setToolTip(QCoreApplication.translate("CaseFilters", u"Saring menurut kanal", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("CaseFilters", u"Saring menurut unit tujuan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.officerCombo.setToolTip(QCoreApplication.translate("CaseFilters", u"Saring menurut pejabat penanggung jawab", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("CaseFilters", u"Saring menurut tanggal diterima", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.slaCombo.setToolTip(QCoreApplication.translate("CaseFilters", u"Saring menurut keadaan batas waktu", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

