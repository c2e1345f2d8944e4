# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget, QWizard, QWizardPage)

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
#if QT_CONFIG(shortcut)
        self.signerLabel.setBuddy(self.signerName)
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
    # retranslateUi

