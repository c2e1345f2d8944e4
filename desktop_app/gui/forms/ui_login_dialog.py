# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(460, 280)
        LoginDialog.setMinimumSize(QSize(420, 0))
        self.mainLayout = QVBoxLayout(LoginDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.officeLabel = QLabel(LoginDialog)
        self.officeLabel.setObjectName(u"officeLabel")
        self.officeLabel.setWordWrap(True)
        self.officeLabel.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.mainLayout.addWidget(self.officeLabel)

        self.introLabel = QLabel(LoginDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.userLabel = QLabel(LoginDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(LoginDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(LoginDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b00020;")

        self.mainLayout.addWidget(self.messageLabel)

        self.hintLabel = QLabel(LoginDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(LoginDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)

        self.retranslateUi(LoginDialog)
        self.buttonBox.rejected.connect(LoginDialog.reject)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"\u0110\u0103ng nh\u1eadp \u2014 S\u1ed5 M\u1eb7t tr\u1eadn", None))
        self.officeLabel.setText(QCoreApplication.translate("LoginDialog", u"\u0110\u01a1n v\u1ecb", None))
        self.introLabel.setText(QCoreApplication.translate("LoginDialog", u"D\u1eef li\u1ec7u c\u1ee7a \u0111\u01a1n v\u1ecb \u0111\u01b0\u1ee3c b\u1ea3o v\u1ec7. H\u00e3y nh\u1eadp t\u00ean t\u00e0i kho\u1ea3n v\u00e0 m\u1eadt kh\u1ea9u c\u1ee7a m\u00ecnh.", None))
        self.userLabel.setText(QCoreApplication.translate("LoginDialog", u"&T\u00e0i kho\u1ea3n:", None))
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"&M\u1eadt kh\u1ea9u:", None))
        self.messageLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("LoginDialog", u"Qu\u00ean m\u1eadt kh\u1ea9u: nh\u1edd l\u00e3nh \u0111\u1ea1o \u0111\u1eb7t l\u1ea1i. Qu\u00ean h\u1ebft m\u1eadt kh\u1ea9u, ho\u1eb7c t\u1ec7p kh\u00f3a b\u1ecb h\u1ecfng: \u0111\u1ec3 tr\u1ed1ng t\u00e0i kho\u1ea3n, g\u00f5 kh\u00f3a kh\u00f4i ph\u1ee5c (in tr\u00ean Phi\u1ebfu kh\u00f3a kh\u00f4i ph\u1ee5c) v\u00e0o \u00f4 m\u1eadt kh\u1ea9u.", None))
    # retranslateUi

