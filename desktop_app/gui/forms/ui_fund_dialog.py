# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fund_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit, MoneyEdit)

class Ui_FundDialog(object):
    def setupUi(self, FundDialog):
        if not FundDialog.objectName():
            FundDialog.setObjectName(u"FundDialog")
        FundDialog.resize(520, 320)
        self.mainLayout = QVBoxLayout(FundDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(FundDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(FundDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kindLabel = QLabel(FundDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = CodeCombo(FundDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.keyLabel = QLabel(FundDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.key = QLineEdit(FundDialog)
        self.key.setObjectName(u"key")
        self.key.setMaxLength(40)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.key)

        self.opened_onLabel = QLabel(FundDialog)
        self.opened_onLabel.setObjectName(u"opened_onLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.opened_onLabel)

        self.opened_on = DateEdit(FundDialog)
        self.opened_on.setObjectName(u"opened_on")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.opened_on)

        self.opening_balanceLabel = QLabel(FundDialog)
        self.opening_balanceLabel.setObjectName(u"opening_balanceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.opening_balanceLabel)

        self.opening_balance = MoneyEdit(FundDialog)
        self.opening_balance.setObjectName(u"opening_balance")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.opening_balance)

        self.notesLabel = QLabel(FundDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(FundDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 70))
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(FundDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(FundDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.keyLabel.setBuddy(self.key)
        self.opened_onLabel.setBuddy(self.opened_on)
        self.opening_balanceLabel.setBuddy(self.opening_balance)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.key)
        QWidget.setTabOrder(self.key, self.opened_on)
        QWidget.setTabOrder(self.opened_on, self.opening_balance)
        QWidget.setTabOrder(self.opening_balance, self.notes)

        self.retranslateUi(FundDialog)
        self.buttonBox.accepted.connect(FundDialog.accept)
        self.buttonBox.rejected.connect(FundDialog.reject)

        QMetaObject.connectSlotsByName(FundDialog)
    # setupUi

    def retranslateUi(self, FundDialog):
        FundDialog.setWindowTitle(QCoreApplication.translate("FundDialog", u"Qu\u1ef9", None))
        self.nameLabel.setText(QCoreApplication.translate("FundDialog", u"&T\u00ean qu\u1ef9 *", None))
        self.kindLabel.setText(QCoreApplication.translate("FundDialog", u"&Lo\u1ea1i qu\u1ef9 *", None))
        self.keyLabel.setText(QCoreApplication.translate("FundDialog", u"&M\u00e3 qu\u1ef9 *", None))
        self.key.setPlaceholderText(QCoreApplication.translate("FundDialog", u"ch\u1eef kh\u00f4ng d\u1ea5u, v\u00ed d\u1ee5 cuu-tro-bao-2026", None))
        self.key.setPlaceholderText(QCoreApplication.translate("FundDialog", u"ch\u1eef kh\u00f4ng d\u1ea5u, v\u00ed d\u1ee5 cuu-tro-bao-2026", None))
        self.opened_onLabel.setText(QCoreApplication.translate("FundDialog", u"&L\u1eadp t\u1eeb ng\u00e0y", None))
        self.opening_balanceLabel.setText(QCoreApplication.translate("FundDialog", u"&S\u1ed1 d\u01b0 \u0111\u1ea7u (\u0111\u1ed3ng)", None))
        self.notesLabel.setText(QCoreApplication.translate("FundDialog", u"Ghi c&h\u00fa", None))
        self.hint.setText(QCoreApplication.translate("FundDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

