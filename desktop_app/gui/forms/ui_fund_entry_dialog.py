# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fund_entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit, MoneyEdit)

class Ui_FundEntryDialog(object):
    def setupUi(self, FundEntryDialog):
        if not FundEntryDialog.objectName():
            FundEntryDialog.setObjectName(u"FundEntryDialog")
        FundEntryDialog.resize(600, 640)
        self.mainLayout = QVBoxLayout(FundEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fundLabel = QLabel(FundEntryDialog)
        self.fundLabel.setObjectName(u"fundLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fundLabel)

        self.fund = CodeCombo(FundEntryDialog)
        self.fund.setObjectName(u"fund")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fund)

        self.entry_dateLabel = QLabel(FundEntryDialog)
        self.entry_dateLabel.setObjectName(u"entry_dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.entry_dateLabel)

        self.entry_date = DateEdit(FundEntryDialog)
        self.entry_date.setObjectName(u"entry_date")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.entry_date)

        self.party_kindLabel = QLabel(FundEntryDialog)
        self.party_kindLabel.setObjectName(u"party_kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.party_kindLabel)

        self.party_kind = CodeCombo(FundEntryDialog)
        self.party_kind.setObjectName(u"party_kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.party_kind)

        self.person_hostLabel = QLabel(FundEntryDialog)
        self.person_hostLabel.setObjectName(u"person_hostLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.person_hostLabel)

        self.person_host = QWidget(FundEntryDialog)
        self.person_host.setObjectName(u"person_host")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.person_host)

        self.party_nameLabel = QLabel(FundEntryDialog)
        self.party_nameLabel.setObjectName(u"party_nameLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.party_nameLabel)

        self.party_name = QLineEdit(FundEntryDialog)
        self.party_name.setObjectName(u"party_name")
        self.party_name.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.party_name)

        self.villageLabel = QLabel(FundEntryDialog)
        self.villageLabel.setObjectName(u"villageLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.village = CodeCombo(FundEntryDialog)
        self.village.setObjectName(u"village")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.village)

        self.amountLabel = QLabel(FundEntryDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amount = MoneyEdit(FundEntryDialog)
        self.amount.setObjectName(u"amount")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.amount)

        self.amount_wordsLabel = QLabel(FundEntryDialog)
        self.amount_wordsLabel.setObjectName(u"amount_wordsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.amount_wordsLabel)

        self.amount_words = QLabel(FundEntryDialog)
        self.amount_words.setObjectName(u"amount_words")
        self.amount_words.setWordWrap(True)
        self.amount_words.setStyleSheet(u"color: #555;")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.amount_words)

        self.in_kindLabel = QLabel(FundEntryDialog)
        self.in_kindLabel.setObjectName(u"in_kindLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.in_kindLabel)

        self.in_kind = QLineEdit(FundEntryDialog)
        self.in_kind.setObjectName(u"in_kind")
        self.in_kind.setMaxLength(200)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.in_kind)

        self.in_kind_valueLabel = QLabel(FundEntryDialog)
        self.in_kind_valueLabel.setObjectName(u"in_kind_valueLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.in_kind_valueLabel)

        self.in_kind_value = MoneyEdit(FundEntryDialog)
        self.in_kind_value.setObjectName(u"in_kind_value")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.in_kind_value)

        self.purposeLabel = QLabel(FundEntryDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purpose = CodeCombo(FundEntryDialog)
        self.purpose.setObjectName(u"purpose")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.decision_numberLabel = QLabel(FundEntryDialog)
        self.decision_numberLabel.setObjectName(u"decision_numberLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.decision_numberLabel)

        self.decision_number = QLineEdit(FundEntryDialog)
        self.decision_number.setObjectName(u"decision_number")
        self.decision_number.setMaxLength(60)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.decision_number)

        self.decision_dateLabel = QLabel(FundEntryDialog)
        self.decision_dateLabel.setObjectName(u"decision_dateLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.decision_dateLabel)

        self.decision_date = DateEdit(FundEntryDialog)
        self.decision_date.setObjectName(u"decision_date")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.decision_date)

        self.house_progressLabel = QLabel(FundEntryDialog)
        self.house_progressLabel.setObjectName(u"house_progressLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.house_progressLabel)

        self.house_progress = CodeCombo(FundEntryDialog)
        self.house_progress.setObjectName(u"house_progress")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.house_progress)

        self.notesLabel = QLabel(FundEntryDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(FundEntryDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 70))
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(FundEntryDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(FundEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fundLabel.setBuddy(self.fund)
        self.entry_dateLabel.setBuddy(self.entry_date)
        self.party_kindLabel.setBuddy(self.party_kind)
        self.person_hostLabel.setBuddy(self.person_host)
        self.party_nameLabel.setBuddy(self.party_name)
        self.villageLabel.setBuddy(self.village)
        self.amountLabel.setBuddy(self.amount)
        self.amount_wordsLabel.setBuddy(self.amount_words)
        self.in_kindLabel.setBuddy(self.in_kind)
        self.in_kind_valueLabel.setBuddy(self.in_kind_value)
        self.purposeLabel.setBuddy(self.purpose)
        self.decision_numberLabel.setBuddy(self.decision_number)
        self.decision_dateLabel.setBuddy(self.decision_date)
        self.house_progressLabel.setBuddy(self.house_progress)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fund, self.entry_date)
        QWidget.setTabOrder(self.entry_date, self.party_kind)
        QWidget.setTabOrder(self.party_kind, self.person_host)
        QWidget.setTabOrder(self.person_host, self.party_name)
        QWidget.setTabOrder(self.party_name, self.village)
        QWidget.setTabOrder(self.village, self.amount)
        QWidget.setTabOrder(self.amount, self.amount_words)
        QWidget.setTabOrder(self.amount_words, self.in_kind)
        QWidget.setTabOrder(self.in_kind, self.in_kind_value)
        QWidget.setTabOrder(self.in_kind_value, self.purpose)
        QWidget.setTabOrder(self.purpose, self.decision_number)
        QWidget.setTabOrder(self.decision_number, self.decision_date)
        QWidget.setTabOrder(self.decision_date, self.house_progress)
        QWidget.setTabOrder(self.house_progress, self.notes)

        self.retranslateUi(FundEntryDialog)
        self.buttonBox.accepted.connect(FundEntryDialog.accept)
        self.buttonBox.rejected.connect(FundEntryDialog.reject)

        QMetaObject.connectSlotsByName(FundEntryDialog)
    # setupUi

    def retranslateUi(self, FundEntryDialog):
        FundEntryDialog.setWindowTitle(QCoreApplication.translate("FundEntryDialog", u"Phi\u1ebfu thu, chi", None))
        self.fundLabel.setText(QCoreApplication.translate("FundEntryDialog", u"&Qu\u1ef9 *", None))
        self.entry_dateLabel.setText(QCoreApplication.translate("FundEntryDialog", u"&Ng\u00e0y *", None))
        self.party_kindLabel.setText(QCoreApplication.translate("FundEntryDialog", u"Ng\u01b0\u1eddi &n\u1ed9p l\u00e0 *", None))
        self.person_hostLabel.setText(QCoreApplication.translate("FundEntryDialog", u"&Ch\u1ecdn trong s\u1ed5", None))
        self.party_nameLabel.setText(QCoreApplication.translate("FundEntryDialog", u"&T\u00ean ng\u01b0\u1eddi, \u0111\u01a1n v\u1ecb", None))
        self.villageLabel.setText(QCoreApplication.translate("FundEntryDialog", u"&Khu d\u00e2n c\u01b0", None))
        self.amountLabel.setText(QCoreApplication.translate("FundEntryDialog", u"&S\u1ed1 ti\u1ec1n (\u0111\u1ed3ng) *", None))
        self.amount_wordsLabel.setText(QCoreApplication.translate("FundEntryDialog", u"B\u1eb1ng ch\u1eef", None))
        self.in_kindLabel.setText(QCoreApplication.translate("FundEntryDialog", u"&Hi\u1ec7n v\u1eadt", None))
        self.in_kind_valueLabel.setText(QCoreApplication.translate("FundEntryDialog", u"&Gi\u00e1 tr\u1ecb hi\u1ec7n v\u1eadt (\u0111\u1ed3ng)", None))
        self.purposeLabel.setText(QCoreApplication.translate("FundEntryDialog", u"N\u1ed9i dung &chi *", None))
        self.decision_numberLabel.setText(QCoreApplication.translate("FundEntryDialog", u"S\u1ed1 &quy\u1ebft \u0111\u1ecbnh *", None))
        self.decision_dateLabel.setText(QCoreApplication.translate("FundEntryDialog", u"Ng\u00e0y q&uy\u1ebft \u0111\u1ecbnh", None))
        self.house_progressLabel.setText(QCoreApplication.translate("FundEntryDialog", u"&Ti\u1ebfn \u0111\u1ed9 nh\u00e0", None))
        self.notesLabel.setText(QCoreApplication.translate("FundEntryDialog", u"Ghi c&h\u00fa", None))
        self.hint.setText(QCoreApplication.translate("FundEntryDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

