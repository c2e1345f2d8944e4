# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AccountsPage(object):
    def setupUi(self, AccountsPage):
        if not AccountsPage.objectName():
            AccountsPage.setObjectName(u"AccountsPage")
        AccountsPage.resize(900, 560)
        self.mainLayout = QVBoxLayout(AccountsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(AccountsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AccountsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.introLabel)

        self.table = QTableView(AccountsPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(AccountsPage)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.passwordButton = QPushButton(AccountsPage)
        self.passwordButton.setObjectName(u"passwordButton")

        self.buttons.addWidget(self.passwordButton)

        self.disableButton = QPushButton(AccountsPage)
        self.disableButton.setObjectName(u"disableButton")

        self.buttons.addWidget(self.disableButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.ownPasswordButton = QPushButton(AccountsPage)
        self.ownPasswordButton.setObjectName(u"ownPasswordButton")

        self.buttons.addWidget(self.ownPasswordButton)

        self.lockButton = QPushButton(AccountsPage)
        self.lockButton.setObjectName(u"lockButton")

        self.buttons.addWidget(self.lockButton)


        self.mainLayout.addLayout(self.buttons)

        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.passwordButton)
        QWidget.setTabOrder(self.passwordButton, self.disableButton)
        QWidget.setTabOrder(self.disableButton, self.ownPasswordButton)
        QWidget.setTabOrder(self.ownPasswordButton, self.lockButton)

        self.retranslateUi(AccountsPage)

        QMetaObject.connectSlotsByName(AccountsPage)
    # setupUi

    def retranslateUi(self, AccountsPage):
        AccountsPage.setWindowTitle(QCoreApplication.translate("AccountsPage", u"T\u00e0i kho\u1ea3n", None))
        self.titleLabel.setText(QCoreApplication.translate("AccountsPage", u"T\u00e0i kho\u1ea3n", None))
        self.introLabel.setText(QCoreApplication.translate("AccountsPage", u"M\u1ed7i c\u00e1n b\u1ed9 m\u1ed9t t\u00e0i kho\u1ea3n. L\u00e3nh \u0111\u1ea1o: m\u1ecdi vi\u1ec7c (c\u1ea5p s\u1ed1 v\u0103n b\u1ea3n, kh\u00f4i ph\u1ee5c, kh\u00f3a, t\u00e0i kho\u1ea3n, nh\u1eadt k\u00fd). C\u00e1n b\u1ed9: nh\u1eadp v\u00e0 s\u1eeda s\u1ed5 s\u00e1ch, in, xu\u1ea5t g\u00f3i. Ch\u1ec9 xem: xem v\u00e0 in danh s\u00e1ch. T\u00e0i kho\u1ea3n kh\u00f4ng x\u00f3a \u0111\u01b0\u1ee3c, ch\u1ec9 kh\u00f3a (nh\u1eadt k\u00fd v\u1eabn gi\u1eef t\u00ean).", None))
        self.addButton.setText(QCoreApplication.translate("AccountsPage", u"&Th\u00eam t\u00e0i kho\u1ea3n\u2026", None))
        self.passwordButton.setText(QCoreApplication.translate("AccountsPage", u"\u0110\u1ed5i &m\u1eadt kh\u1ea9u\u2026", None))
        self.disableButton.setText(QCoreApplication.translate("AccountsPage", u"&Kh\u00f3a t\u00e0i kho\u1ea3n", None))
        self.ownPasswordButton.setText(QCoreApplication.translate("AccountsPage", u"\u0110\u1ed5i m\u1eadt kh\u1ea9u c\u1ee7a &t\u00f4i\u2026", None))
        self.lockButton.setText(QCoreApplication.translate("AccountsPage", u"Kh\u00f3a &m\u00e0n h\u00ecnh", None))
    # retranslateUi

