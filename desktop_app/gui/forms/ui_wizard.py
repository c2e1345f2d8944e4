# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(700, 500)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.choicePage = QWizardPage()
        self.choicePage.setObjectName(u"choicePage")
        self.choiceLayout = QVBoxLayout(self.choicePage)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.communeChoice = QRadioButton(self.choicePage)
        self.communeChoice.setObjectName(u"communeChoice")
        self.communeChoice.setChecked(True)

        self.choiceLayout.addWidget(self.communeChoice)

        self.communeHint = QLabel(self.choicePage)
        self.communeHint.setObjectName(u"communeHint")
        self.communeHint.setWordWrap(True)
        self.communeHint.setIndent(24)
        self.communeHint.setStyleSheet(u"color: #555;")

        self.choiceLayout.addWidget(self.communeHint)

        self.upperChoice = QRadioButton(self.choicePage)
        self.upperChoice.setObjectName(u"upperChoice")

        self.choiceLayout.addWidget(self.upperChoice)

        self.upperHint = QLabel(self.choicePage)
        self.upperHint.setObjectName(u"upperHint")
        self.upperHint.setWordWrap(True)
        self.upperHint.setIndent(24)
        self.upperHint.setStyleSheet(u"color: #555;")

        self.choiceLayout.addWidget(self.upperHint)

        self.demoChoice = QRadioButton(self.choicePage)
        self.demoChoice.setObjectName(u"demoChoice")

        self.choiceLayout.addWidget(self.demoChoice)

        self.demoHint = QLabel(self.choicePage)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)
        self.demoHint.setIndent(24)
        self.demoHint.setStyleSheet(u"color: #555;")

        self.choiceLayout.addWidget(self.demoHint)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choiceLayout.addItem(self.choiceSpacer)

        FirstRunWizard.addPage(self.choicePage)
        self.officePage = QWizardPage()
        self.officePage.setObjectName(u"officePage")
        self.officeLayout = QVBoxLayout(self.officePage)
        self.officeLayout.setObjectName(u"officeLayout")
        self.officeHost = QWidget(self.officePage)
        self.officeHost.setObjectName(u"officeHost")

        self.officeLayout.addWidget(self.officeHost)

        self.signerForm = QFormLayout()
        self.signerForm.setObjectName(u"signerForm")
        self.signerLabel = QLabel(self.officePage)
        self.signerLabel.setObjectName(u"signerLabel")

        self.signerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerName = QLineEdit(self.officePage)
        self.signerName.setObjectName(u"signerName")

        self.signerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signerName)


        self.officeLayout.addLayout(self.signerForm)

        self.officeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.officeLayout.addItem(self.officeSpacer)

        FirstRunWizard.addPage(self.officePage)
        self.accountPage = QWizardPage()
        self.accountPage.setObjectName(u"accountPage")
        self.accountLayout = QVBoxLayout(self.accountPage)
        self.accountLayout.setObjectName(u"accountLayout")
        self.accountIntro = QLabel(self.accountPage)
        self.accountIntro.setObjectName(u"accountIntro")
        self.accountIntro.setWordWrap(True)

        self.accountLayout.addWidget(self.accountIntro)

        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.accountForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.accountNameLabel = QLabel(self.accountPage)
        self.accountNameLabel.setObjectName(u"accountNameLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accountNameLabel)

        self.accountName = QLineEdit(self.accountPage)
        self.accountName.setObjectName(u"accountName")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.accountName)

        self.passwordLabel = QLabel(self.accountPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.accountPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(self.accountPage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.accountPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.accountLayout.addLayout(self.accountForm)

        self.accountHint = QLabel(self.accountPage)
        self.accountHint.setObjectName(u"accountHint")
        self.accountHint.setWordWrap(True)
        self.accountHint.setStyleSheet(u"color: #555;")

        self.accountLayout.addWidget(self.accountHint)

        self.accountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.accountLayout.addItem(self.accountSpacer)

        FirstRunWizard.addPage(self.accountPage)
        self.recoveryPage = QWizardPage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryIntro = QLabel(self.recoveryPage)
        self.recoveryIntro.setObjectName(u"recoveryIntro")
        self.recoveryIntro.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryIntro)

        self.recoveryKey = QLabel(self.recoveryPage)
        self.recoveryKey.setObjectName(u"recoveryKey")
        self.recoveryKey.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recoveryKey.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recoveryKey.setStyleSheet(u"font-family: monospace; font-size: 14pt; font-weight: bold; padding: 10px; border: 1px solid #999; background: #fff;")

        self.recoveryLayout.addWidget(self.recoveryKey)

        self.recoveryWarning = QLabel(self.recoveryPage)
        self.recoveryWarning.setObjectName(u"recoveryWarning")
        self.recoveryWarning.setWordWrap(True)
        self.recoveryWarning.setStyleSheet(u"color: #555;")

        self.recoveryLayout.addWidget(self.recoveryWarning)

        self.recoveryPrintRow = QHBoxLayout()
        self.recoveryPrintRow.setObjectName(u"recoveryPrintRow")
        self.printRecovery = QPushButton(self.recoveryPage)
        self.printRecovery.setObjectName(u"printRecovery")

        self.recoveryPrintRow.addWidget(self.printRecovery)

        self.recoveryPrintSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryPrintRow.addItem(self.recoveryPrintSpacer)


        self.recoveryLayout.addLayout(self.recoveryPrintRow)

        self.recoveryKept = QCheckBox(self.recoveryPage)
        self.recoveryKept.setObjectName(u"recoveryKept")

        self.recoveryLayout.addWidget(self.recoveryKept)

        self.recoverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        FirstRunWizard.addPage(self.recoveryPage)
#if QT_CONFIG(shortcut)
        self.signerLabel.setBuddy(self.signerName)
        self.accountNameLabel.setBuddy(self.accountName)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.communeChoice, self.upperChoice)
        QWidget.setTabOrder(self.upperChoice, self.demoChoice)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"S\u1ed5 M\u1eb7t tr\u1eadn \u2014 thi\u1ebft l\u1eadp l\u1ea7n \u0111\u1ea7u", None))
        self.choicePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Ch\u00e0o m\u1eebng \u0111\u1ebfn v\u1edbi S\u1ed5 M\u1eb7t tr\u1eadn", None))
        self.choicePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"M\u00e1y n\u00e0y ch\u01b0a c\u00f3 d\u1eef li\u1ec7u c\u1ee7a \u0111\u01a1n v\u1ecb n\u00e0o. H\u00e3y ch\u1ecdn c\u00e1ch b\u1eaft \u0111\u1ea7u.", None))
        self.communeChoice.setText(QCoreApplication.translate("FirstRunWizard", u"Thi\u1ebft l\u1eadp v\u0103n ph\u00f2ng &\u1ee6y ban MTTQ x\u00e3, ph\u01b0\u1eddng, \u0111\u1eb7c khu c\u1ee7a t\u00f4i", None))
        self.communeHint.setText(QCoreApplication.translate("FirstRunWizard", u"Ghi s\u1ed5 khu d\u00e2n c\u01b0, ng\u01b0\u1eddi, c\u00e1c ban, cu\u1ed9c v\u1eadn \u0111\u1ed9ng, \u0111\u1ea3ng vi\u00ean n\u01a1i c\u01b0 tr\u00fa; in bi\u1ec3u m\u1eabu; g\u1eedi d\u1eef li\u1ec7u l\u00ean c\u1ea5p tr\u00ean b\u1eb1ng USB.", None))
        self.upperChoice.setText(QCoreApplication.translate("FirstRunWizard", u"Thi\u1ebft l\u1eadp c\u01a1 quan M\u1eb7t tr\u1eadn &c\u1ea5p tr\u00ean", None))
        self.upperHint.setText(QCoreApplication.translate("FirstRunWizard", u"Nh\u1eadn g\u00f3i d\u1eef li\u1ec7u c\u1ee7a c\u00e1c x\u00e3, ki\u1ec3m tra v\u00e0 t\u1ed5ng h\u1ee3p.", None))
        self.demoChoice.setText(QCoreApplication.translate("FirstRunWizard", u"M\u1edf &x\u00e3 m\u1eabu \u0111\u1ec3 l\u00e0m quen", None))
        self.demoHint.setText(QCoreApplication.translate("FirstRunWizard", u"M\u1ed9t x\u00e3 gi\u1ea3 \u0111\u1ecbnh v\u1edbi 12 khu d\u00e2n c\u01b0 v\u00e0 2.000 ng\u01b0\u1eddi \u0111\u1ec3 th\u1eed c\u00e1c ch\u1ee9c n\u0103ng. Mu\u1ed1n ghi s\u1ed5 th\u1eadt, h\u00e3y d\u00f9ng m\u1ed9t th\u01b0 m\u1ee5c d\u1eef li\u1ec7u kh\u00e1c.", None))
        self.officePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Th\u00f4ng tin \u0111\u01a1n v\u1ecb", None))
        self.officePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"C\u00f3 th\u1ec3 s\u1eeda l\u1ea1i sau \u1edf trang C\u00e0i \u0111\u1eb7t.", None))
        self.signerLabel.setText(QCoreApplication.translate("FirstRunWizard", u"H\u1ecd t\u00ean &Ch\u1ee7 t\u1ecbch (ng\u01b0\u1eddi k\u00fd v\u0103n b\u1ea3n):", None))
#if QT_CONFIG(tooltip)
        self.signerName.setToolTip(QCoreApplication.translate("FirstRunWizard", u"In d\u01b0\u1edbi \u201cCH\u1ee6 T\u1ecaCH\u201d tr\u00ean quy\u1ebft \u0111\u1ecbnh, danh s\u00e1ch. B\u1ecf tr\u1ed1ng th\u00ec gi\u1ea5y in ra c\u00f3 d\u00f2ng ch\u1ea5m \u0111\u1ec3 k\u00fd tay.", None))
#endif // QT_CONFIG(tooltip)
        self.accountPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"T\u00e0i kho\u1ea3n c\u1ee7a Ch\u1ee7 t\u1ecbch", None))
        self.accountPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"D\u1eef li\u1ec7u c\u1ee7a \u0111\u01a1n v\u1ecb (c\u00f3 d\u00e2n t\u1ed9c, t\u00f4n gi\u00e1o, \u0111\u1ea3ng vi\u00ean, s\u1ed1 \u0111\u1ecbnh danh) \u0111\u01b0\u1ee3c m\u00e3 h\u00f3a v\u00e0 ch\u1ec9 m\u1edf b\u1eb1ng m\u1eadt kh\u1ea9u.", None))
        self.accountIntro.setText(QCoreApplication.translate("FirstRunWizard", u"T\u1ea1o t\u00e0i kho\u1ea3n l\u00e3nh \u0111\u1ea1o \u0111\u1ea7u ti\u00ean (Ch\u1ee7 t\u1ecbch). Sau \u0111\u00f3 Ch\u1ee7 t\u1ecbch th\u00eam t\u00e0i kho\u1ea3n cho t\u1eebng c\u00e1n b\u1ed9 \u1edf trang T\u00e0i kho\u1ea3n.", None))
        self.accountNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&T\u00ean t\u00e0i kho\u1ea3n:", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&M\u1eadt kh\u1ea9u:", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Nh\u1eadp l\u1ea1i m\u1eadt kh\u1ea9u:", None))
        self.accountHint.setText(QCoreApplication.translate("FirstRunWizard", u"M\u1eadt kh\u1ea9u \u00edt nh\u1ea5t 8 k\u00fd t\u1ef1. B\u1ea5m \u201cM\u00e3 h\u00f3a d\u1eef li\u1ec7u, ti\u1ebfp\u201d: d\u1eef li\u1ec7u \u0111\u01b0\u1ee3c m\u00e3 h\u00f3a, trang sau hi\u1ec7n kh\u00f3a kh\u00f4i ph\u1ee5c m\u1ed9t l\u1ea7n duy nh\u1ea5t.", None))
        self.recoveryPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Kh\u00f3a kh\u00f4i ph\u1ee5c", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Kh\u00f3a ch\u1ec9 hi\u1ec7n m\u1ed9t l\u1ea7n n\u00e0y.", None))
        self.recoveryIntro.setText(QCoreApplication.translate("FirstRunWizard", u"\u0110\u00e2y l\u00e0 KH\u00d3A KH\u00d4I PH\u1ee4C c\u1ee7a \u0111\u01a1n v\u1ecb. Khi m\u1ecdi ng\u01b0\u1eddi qu\u00ean m\u1eadt kh\u1ea9u, ho\u1eb7c t\u1ec7p kh\u00f3a b\u1ecb h\u1ecfng, ch\u1ec9 kh\u00f3a n\u00e0y m\u1edf \u0111\u01b0\u1ee3c d\u1eef li\u1ec7u v\u00e0 c\u00e1c b\u1ea3n sao l\u01b0u.", None))
        self.recoveryKey.setText(QCoreApplication.translate("FirstRunWizard", u"XXXX", None))
        self.recoveryWarning.setText(QCoreApplication.translate("FirstRunWizard", u"H\u00e3y b\u1ea5m \u201cIn phi\u1ebfu kh\u00f3a kh\u00f4i ph\u1ee5c\u201d, cho Ch\u1ee7 t\u1ecbch k\u00fd v\u00e0 c\u1ea5t phi\u1ebfu v\u00e0o t\u1ee7 c\u00f3 kh\u00f3a. Kh\u00f4ng ch\u1ee5p \u1ea3nh, kh\u00f4ng g\u1eedi qua m\u1ea1ng: ai c\u00f3 kh\u00f3a n\u00e0y \u0111\u1ecdc \u0111\u01b0\u1ee3c to\u00e0n b\u1ed9 d\u1eef li\u1ec7u.", None))
        self.printRecovery.setText(QCoreApplication.translate("FirstRunWizard", u"&In phi\u1ebfu kh\u00f3a kh\u00f4i ph\u1ee5c\u2026", None))
        self.recoveryKept.setText(QCoreApplication.translate("FirstRunWizard", u"T\u00f4i \u0111\u00e3 in (ho\u1eb7c ch\u00e9p tay) kh\u00f3a kh\u00f4i ph\u1ee5c v\u00e0 c\u1ea5t \u1edf n\u01a1i an to\u00e0n", None))
    # retranslateUi

