# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'village_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit)

class Ui_VillageDialog(object):
    def setupUi(self, VillageDialog):
        if not VillageDialog.objectName():
            VillageDialog.setObjectName(u"VillageDialog")
        VillageDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(VillageDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(VillageDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(VillageDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kindLabel = QLabel(VillageDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = CodeCombo(VillageDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.codeLabel = QLabel(VillageDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.code = QLineEdit(VillageDialog)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(20)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.code)

        self.validFromLabel = QLabel(VillageDialog)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.validFromLabel)

        self.valid_from = DateEdit(VillageDialog)
        self.valid_from.setObjectName(u"valid_from")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.valid_from)

        self.validToLabel = QLabel(VillageDialog)
        self.validToLabel.setObjectName(u"validToLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.validToLabel)

        self.valid_to = DateEdit(VillageDialog)
        self.valid_to.setObjectName(u"valid_to")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.valid_to)

        self.mergedLabel = QLabel(VillageDialog)
        self.mergedLabel.setObjectName(u"mergedLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mergedLabel)

        self.merged_into = CodeCombo(VillageDialog)
        self.merged_into.setObjectName(u"merged_into")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.merged_into)

        self.secretaryLabel = QLabel(VillageDialog)
        self.secretaryLabel.setObjectName(u"secretaryLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.secretaryLabel)

        self.party_secretary = QLineEdit(VillageDialog)
        self.party_secretary.setObjectName(u"party_secretary")
        self.party_secretary.setMaxLength(120)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.party_secretary)

        self.notesLabel = QLabel(VillageDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(VillageDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setMaximumSize(QSize(16777215, 90))
        self.notes.setTabChangesFocus(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(VillageDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(VillageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.kindLabel.setBuddy(self.kind)
        self.codeLabel.setBuddy(self.code)
        self.validFromLabel.setBuddy(self.valid_from)
        self.validToLabel.setBuddy(self.valid_to)
        self.mergedLabel.setBuddy(self.merged_into)
        self.secretaryLabel.setBuddy(self.party_secretary)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.kind)
        QWidget.setTabOrder(self.kind, self.code)
        QWidget.setTabOrder(self.code, self.valid_from)
        QWidget.setTabOrder(self.valid_from, self.valid_to)
        QWidget.setTabOrder(self.valid_to, self.merged_into)
        QWidget.setTabOrder(self.merged_into, self.party_secretary)
        QWidget.setTabOrder(self.party_secretary, self.notes)

        self.retranslateUi(VillageDialog)
        self.buttonBox.accepted.connect(VillageDialog.accept)
        self.buttonBox.rejected.connect(VillageDialog.reject)

        QMetaObject.connectSlotsByName(VillageDialog)
    # setupUi

    def retranslateUi(self, VillageDialog):
        VillageDialog.setWindowTitle(QCoreApplication.translate("VillageDialog", u"Khu d\u00e2n c\u01b0", None))
        self.nameLabel.setText(QCoreApplication.translate("VillageDialog", u"&T\u00ean khu d\u00e2n c\u01b0 *", None))
        self.name.setPlaceholderText(QCoreApplication.translate("VillageDialog", u"v\u00ed d\u1ee5: Th\u00f4n N\u00e0 C\u1ea1n", None))
        self.kindLabel.setText(QCoreApplication.translate("VillageDialog", u"&Lo\u1ea1i *", None))
        self.codeLabel.setText(QCoreApplication.translate("VillageDialog", u"&M\u00e3", None))
        self.validFromLabel.setText(QCoreApplication.translate("VillageDialog", u"&Th\u00e0nh l\u1eadp t\u1eeb ng\u00e0y", None))
        self.validToLabel.setText(QCoreApplication.translate("VillageDialog", u"&H\u1ebft hi\u1ec7u l\u1ef1c t\u1eeb ng\u00e0y", None))
        self.mergedLabel.setText(QCoreApplication.translate("VillageDialog", u"&S\u00e1p nh\u1eadp v\u00e0o", None))
        self.secretaryLabel.setText(QCoreApplication.translate("VillageDialog", u"&B\u00ed th\u01b0 chi b\u1ed9", None))
        self.party_secretary.setPlaceholderText(QCoreApplication.translate("VillageDialog", u"h\u1ecd t\u00ean, in tr\u00ean phi\u1ebfu nh\u1eadn x\u00e9t \u0111\u1ea3ng vi\u00ean", None))
        self.notesLabel.setText(QCoreApplication.translate("VillageDialog", u"&Ghi ch\u00fa", None))
        self.hint.setText(QCoreApplication.translate("VillageDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

