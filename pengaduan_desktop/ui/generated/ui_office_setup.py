# Generated from forms/office_setup.ui by `python -m pengaduan_desktop.ui.build_forms`: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_setup.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_OfficeSetupDialog(object):
    def setupUi(self, OfficeSetupDialog):
        if not OfficeSetupDialog.objectName():
            OfficeSetupDialog.setObjectName(u"OfficeSetupDialog")
        OfficeSetupDialog.resize(760, 520)
        self.rootLayout = QVBoxLayout(OfficeSetupDialog)
        self.rootLayout.setObjectName(u"rootLayout")
        self.introLabel = QLabel(OfficeSetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.introLabel)

        self.tabs = QTabWidget(OfficeSetupDialog)
        self.tabs.setObjectName(u"tabs")
        self.officePage = QWidget()
        self.officePage.setObjectName(u"officePage")
        self.officePageLayout = QHBoxLayout(self.officePage)
        self.officePageLayout.setObjectName(u"officePageLayout")
        self.officeForm = QFormLayout()
        self.officeForm.setObjectName(u"officeForm")
        self.officeForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.governmentLabel = QLabel(self.officePage)
        self.governmentLabel.setObjectName(u"governmentLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.governmentLabel)

        self.government = QLineEdit(self.officePage)
        self.government.setObjectName(u"government")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.government)

        self.office_nameLabel = QLabel(self.officePage)
        self.office_nameLabel.setObjectName(u"office_nameLabel")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.office_nameLabel)

        self.office_name = QLineEdit(self.officePage)
        self.office_name.setObjectName(u"office_name")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.office_name)

        self.addressLabel = QLabel(self.officePage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.officePage)
        self.address.setObjectName(u"address")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.phoneLabel = QLabel(self.officePage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.officePage)
        self.phone.setObjectName(u"phone")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.faxLabel = QLabel(self.officePage)
        self.faxLabel.setObjectName(u"faxLabel")

        self.officeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.faxLabel)

        self.fax = QLineEdit(self.officePage)
        self.fax.setObjectName(u"fax")

        self.officeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fax)

        self.emailLabel = QLabel(self.officePage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.officeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.officePage)
        self.email.setObjectName(u"email")

        self.officeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email)

        self.websiteLabel = QLabel(self.officePage)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.officeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.website = QLineEdit(self.officePage)
        self.website.setObjectName(u"website")

        self.officeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.website)

        self.cityLabel = QLabel(self.officePage)
        self.cityLabel.setObjectName(u"cityLabel")

        self.officeForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(self.officePage)
        self.city.setObjectName(u"city")

        self.officeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.city)


        self.officePageLayout.addLayout(self.officeForm)

        self.logoGroup = QGroupBox(self.officePage)
        self.logoGroup.setObjectName(u"logoGroup")
        self.logoLayout = QVBoxLayout(self.logoGroup)
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.logoGroup)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(120, 120))
        self.logoPreview.setMaximumSize(QSize(120, 120))
        self.logoPreview.setFrameShape(QFrame.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignCenter)

        self.logoLayout.addWidget(self.logoPreview)

        self.chooseLogoButton = QPushButton(self.logoGroup)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoLayout.addWidget(self.chooseLogoButton)

        self.logoInfo = QLabel(self.logoGroup)
        self.logoInfo.setObjectName(u"logoInfo")
        self.logoInfo.setMaximumSize(QSize(180, 16777215))
        self.logoInfo.setWordWrap(True)

        self.logoLayout.addWidget(self.logoInfo)

        self.logoError = QLabel(self.logoGroup)
        self.logoError.setObjectName(u"logoError")
        self.logoError.setMaximumSize(QSize(180, 16777215))
        self.logoError.setWordWrap(True)

        self.logoLayout.addWidget(self.logoError)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoLayout.addItem(self.logoSpacer)


        self.officePageLayout.addWidget(self.logoGroup)

        self.tabs.addTab(self.officePage, "")
        self.peoplePage = QWidget()
        self.peoplePage.setObjectName(u"peoplePage")
        self.peoplePageLayout = QVBoxLayout(self.peoplePage)
        self.peoplePageLayout.setObjectName(u"peoplePageLayout")
        self.headGroup = QGroupBox(self.peoplePage)
        self.headGroup.setObjectName(u"headGroup")
        self.headForm = QFormLayout(self.headGroup)
        self.headForm.setObjectName(u"headForm")
        self.headForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.head_nameLabel = QLabel(self.headGroup)
        self.head_nameLabel.setObjectName(u"head_nameLabel")

        self.headForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.head_nameLabel)

        self.head_name = QLineEdit(self.headGroup)
        self.head_name.setObjectName(u"head_name")

        self.headForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.head_name)

        self.head_nipLabel = QLabel(self.headGroup)
        self.head_nipLabel.setObjectName(u"head_nipLabel")

        self.headForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.head_nipLabel)

        self.head_nip = QLineEdit(self.headGroup)
        self.head_nip.setObjectName(u"head_nip")

        self.headForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.head_nip)

        self.head_pangkatLabel = QLabel(self.headGroup)
        self.head_pangkatLabel.setObjectName(u"head_pangkatLabel")

        self.headForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.head_pangkatLabel)

        self.head_pangkat = QComboBox(self.headGroup)
        self.head_pangkat.setObjectName(u"head_pangkat")
        self.head_pangkat.setEditable(True)
        self.head_pangkat.setInsertPolicy(QComboBox.NoInsert)

        self.headForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.head_pangkat)

        self.head_jabatanLabel = QLabel(self.headGroup)
        self.head_jabatanLabel.setObjectName(u"head_jabatanLabel")

        self.headForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.head_jabatanLabel)

        self.head_jabatan = QLineEdit(self.headGroup)
        self.head_jabatan.setObjectName(u"head_jabatan")

        self.headForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.head_jabatan)


        self.peoplePageLayout.addWidget(self.headGroup)

        self.managerGroup = QGroupBox(self.peoplePage)
        self.managerGroup.setObjectName(u"managerGroup")
        self.managerForm = QFormLayout(self.managerGroup)
        self.managerForm.setObjectName(u"managerForm")
        self.managerForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.manager_nameLabel = QLabel(self.managerGroup)
        self.manager_nameLabel.setObjectName(u"manager_nameLabel")

        self.managerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.manager_nameLabel)

        self.manager_name = QLineEdit(self.managerGroup)
        self.manager_name.setObjectName(u"manager_name")

        self.managerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.manager_name)

        self.manager_nipLabel = QLabel(self.managerGroup)
        self.manager_nipLabel.setObjectName(u"manager_nipLabel")

        self.managerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.manager_nipLabel)

        self.manager_nip = QLineEdit(self.managerGroup)
        self.manager_nip.setObjectName(u"manager_nip")

        self.managerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.manager_nip)

        self.manager_pangkatLabel = QLabel(self.managerGroup)
        self.manager_pangkatLabel.setObjectName(u"manager_pangkatLabel")

        self.managerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.manager_pangkatLabel)

        self.manager_pangkat = QComboBox(self.managerGroup)
        self.manager_pangkat.setObjectName(u"manager_pangkat")
        self.manager_pangkat.setEditable(True)
        self.manager_pangkat.setInsertPolicy(QComboBox.NoInsert)

        self.managerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.manager_pangkat)

        self.manager_jabatanLabel = QLabel(self.managerGroup)
        self.manager_jabatanLabel.setObjectName(u"manager_jabatanLabel")

        self.managerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.manager_jabatanLabel)

        self.manager_jabatan = QLineEdit(self.managerGroup)
        self.manager_jabatan.setObjectName(u"manager_jabatan")

        self.managerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.manager_jabatan)


        self.peoplePageLayout.addWidget(self.managerGroup)

        self.peopleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.peoplePageLayout.addItem(self.peopleSpacer)

        self.tabs.addTab(self.peoplePage, "")

        self.rootLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(OfficeSetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(OfficeSetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.rootLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.governmentLabel.setBuddy(self.government)
        self.office_nameLabel.setBuddy(self.office_name)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.faxLabel.setBuddy(self.fax)
        self.emailLabel.setBuddy(self.email)
        self.websiteLabel.setBuddy(self.website)
        self.cityLabel.setBuddy(self.city)
        self.head_nameLabel.setBuddy(self.head_name)
        self.head_nipLabel.setBuddy(self.head_nip)
        self.head_pangkatLabel.setBuddy(self.head_pangkat)
        self.head_jabatanLabel.setBuddy(self.head_jabatan)
        self.manager_nameLabel.setBuddy(self.manager_name)
        self.manager_nipLabel.setBuddy(self.manager_nip)
        self.manager_pangkatLabel.setBuddy(self.manager_pangkat)
        self.manager_jabatanLabel.setBuddy(self.manager_jabatan)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OfficeSetupDialog)

        QMetaObject.connectSlotsByName(OfficeSetupDialog)
    # setupUi

    def retranslateUi(self, OfficeSetupDialog):
        OfficeSetupDialog.setWindowTitle(QCoreApplication.translate("OfficeSetupDialog", u"Profil kantor dan pejabat", None))
        self.governmentLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&Pemerintah daerah:", None))
        self.government.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"PEMERINTAH PROVINSI KALIMANTAN BARAT", None))
        self.office_nameLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"Nama &kantor:", None))
        self.office_name.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"BADAN KEUANGAN DAN ASET DAERAH", None))
        self.addressLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&Alamat:", None))
        self.address.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"Jl. Ahmad Yani, Pontianak, Kalimantan Barat", None))
        self.phoneLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&Telepon:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"(0561) 736541", None))
        self.faxLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&Faks:", None))
        self.fax.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"boleh kosong", None))
        self.emailLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&Email:", None))
        self.email.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"bkad@kalbarprov.go.id", None))
        self.websiteLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&Laman:", None))
        self.website.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"boleh kosong", None))
        self.cityLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"Tempat tanda tan&gan:", None))
        self.city.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"Pontianak", None))
        self.logoGroup.setTitle(QCoreApplication.translate("OfficeSetupDialog", u"Logo kop surat", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("OfficeSetupDialog", u"Pilih l&ogo\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.officePage), QCoreApplication.translate("OfficeSetupDialog", u"Kantor dan kop surat", None))
        self.headGroup.setTitle(QCoreApplication.translate("OfficeSetupDialog", u"Kepala Badan (penanda tangan laporan dan surat)", None))
        self.head_nameLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"&Nama:", None))
        self.head_name.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"nama lengkap dengan gelar", None))
        self.head_nipLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"NIP:", None))
        self.head_nip.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"18 angka, mis. 19720415 199803 1 004", None))
        self.head_pangkatLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"Pangkat/golongan:", None))
        self.head_jabatanLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"Jabatan:", None))
        self.managerGroup.setTitle(QCoreApplication.translate("OfficeSetupDialog", u"Pejabat Pengelola Pengaduan (penanggung jawab bawaan, a.n. Kepala Badan)", None))
        self.manager_nameLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"N&ama:", None))
        self.manager_name.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"nama lengkap dengan gelar", None))
        self.manager_nipLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"NIP:", None))
        self.manager_nip.setPlaceholderText(QCoreApplication.translate("OfficeSetupDialog", u"18 angka, mis. 19720415 199803 1 004", None))
        self.manager_pangkatLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"Pangkat/golongan:", None))
        self.manager_jabatanLabel.setText(QCoreApplication.translate("OfficeSetupDialog", u"Jabatan:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peoplePage), QCoreApplication.translate("OfficeSetupDialog", u"Pejabat penanda tangan", None))
    # retranslateUi

