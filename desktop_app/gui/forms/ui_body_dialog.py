# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'body_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit)

class Ui_BodyDialog(object):
    def setupUi(self, BodyDialog):
        if not BodyDialog.objectName():
            BodyDialog.setObjectName(u"BodyDialog")
        BodyDialog.resize(620, 470)
        BodyDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(BodyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.kindLabel = QLabel(BodyDialog)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setStyleSheet(u"font-weight: bold;")

        self.mainLayout.addWidget(self.kindLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.projectLabel = QLabel(BodyDialog)
        self.projectLabel.setObjectName(u"projectLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.projectLabel)

        self.projectEdit = QLineEdit(BodyDialog)
        self.projectEdit.setObjectName(u"projectEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.projectEdit)

        self.villageLabel = QLabel(BodyDialog)
        self.villageLabel.setObjectName(u"villageLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.villageCombo = CodeCombo(BodyDialog)
        self.villageCombo.setObjectName(u"villageCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.villageCombo)

        self.nameLabel = QLabel(BodyDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(BodyDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.termLabel = QLabel(BodyDialog)
        self.termLabel.setObjectName(u"termLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.termLabel)

        self.termLayout = QHBoxLayout()
        self.termLayout.setObjectName(u"termLayout")
        self.termLabelEdit = QLineEdit(BodyDialog)
        self.termLabelEdit.setObjectName(u"termLabelEdit")
        self.termLabelEdit.setMaximumSize(QSize(120, 16777215))

        self.termLayout.addWidget(self.termLabelEdit)

        self.termStartLabel = QLabel(BodyDialog)
        self.termStartLabel.setObjectName(u"termStartLabel")

        self.termLayout.addWidget(self.termStartLabel)

        self.termStartEdit = DateEdit(BodyDialog)
        self.termStartEdit.setObjectName(u"termStartEdit")

        self.termLayout.addWidget(self.termStartEdit)

        self.termEndLabel = QLabel(BodyDialog)
        self.termEndLabel.setObjectName(u"termEndLabel")

        self.termLayout.addWidget(self.termEndLabel)

        self.termEndEdit = DateEdit(BodyDialog)
        self.termEndEdit.setObjectName(u"termEndEdit")

        self.termLayout.addWidget(self.termEndEdit)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.termLayout)

        self.decisionNumberLabel = QLabel(BodyDialog)
        self.decisionNumberLabel.setObjectName(u"decisionNumberLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decisionNumberLabel)

        self.decisionLayout = QHBoxLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionNumberEdit = QLineEdit(BodyDialog)
        self.decisionNumberEdit.setObjectName(u"decisionNumberEdit")

        self.decisionLayout.addWidget(self.decisionNumberEdit)

        self.decisionDateLabel = QLabel(BodyDialog)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.decisionLayout.addWidget(self.decisionDateLabel)

        self.decisionDateEdit = DateEdit(BodyDialog)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.decisionLayout.addWidget(self.decisionDateEdit)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.decisionLayout)

        self.signerLabel = QLabel(BodyDialog)
        self.signerLabel.setObjectName(u"signerLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signerEdit = QLineEdit(BodyDialog)
        self.signerEdit.setObjectName(u"signerEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signerEdit)

        self.notesLabel = QLabel(BodyDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(BodyDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(BodyDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(BodyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.projectLabel.setBuddy(self.projectEdit)
        self.villageLabel.setBuddy(self.villageCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.termLabel.setBuddy(self.termLabelEdit)
        self.termStartLabel.setBuddy(self.termStartEdit)
        self.termEndLabel.setBuddy(self.termEndEdit)
        self.decisionNumberLabel.setBuddy(self.decisionNumberEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
        self.signerLabel.setBuddy(self.signerEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.projectEdit, self.villageCombo)
        QWidget.setTabOrder(self.villageCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.termLabelEdit)
        QWidget.setTabOrder(self.termLabelEdit, self.termStartEdit)
        QWidget.setTabOrder(self.termStartEdit, self.termEndEdit)
        QWidget.setTabOrder(self.termEndEdit, self.decisionNumberEdit)
        QWidget.setTabOrder(self.decisionNumberEdit, self.decisionDateEdit)
        QWidget.setTabOrder(self.decisionDateEdit, self.signerEdit)
        QWidget.setTabOrder(self.signerEdit, self.notesEdit)

        self.retranslateUi(BodyDialog)
        self.buttonBox.accepted.connect(BodyDialog.accept)
        self.buttonBox.rejected.connect(BodyDialog.reject)

        QMetaObject.connectSlotsByName(BodyDialog)
    # setupUi

    def retranslateUi(self, BodyDialog):
        BodyDialog.setWindowTitle(QCoreApplication.translate("BodyDialog", u"Ban", None))
        self.kindLabel.setText(QCoreApplication.translate("BodyDialog", u"Ban c\u00f4ng t\u00e1c M\u1eb7t tr\u1eadn", None))
        self.projectLabel.setText(QCoreApplication.translate("BodyDialog", u"C\u00f4ng tr\u00ecnh, &d\u1ef1 \u00e1n: *", None))
        self.projectEdit.setPlaceholderText(QCoreApplication.translate("BodyDialog", u"T\u00ean c\u00f4ng tr\u00ecnh, d\u1ef1 \u00e1n \u0111\u1ea7u t\u01b0 \u0111\u01b0\u1ee3c gi\u00e1m s\u00e1t", None))
        self.villageLabel.setText(QCoreApplication.translate("BodyDialog", u"&Khu d\u00e2n c\u01b0: *", None))
        self.nameLabel.setText(QCoreApplication.translate("BodyDialog", u"&T\u00ean ban: *", None))
        self.termLabel.setText(QCoreApplication.translate("BodyDialog", u"&Nhi\u1ec7m k\u1ef3:", None))
        self.termLabelEdit.setPlaceholderText(QCoreApplication.translate("BodyDialog", u"t\u1eeb n\u0103m\u2013\u0111\u1ebfn n\u0103m", None))
        self.termStartLabel.setText(QCoreApplication.translate("BodyDialog", u"t&\u1eeb", None))
        self.termEndLabel.setText(QCoreApplication.translate("BodyDialog", u"\u0111&\u1ebfn", None))
        self.decisionNumberLabel.setText(QCoreApplication.translate("BodyDialog", u"S\u1ed1 &quy\u1ebft \u0111\u1ecbnh:", None))
        self.decisionNumberEdit.setPlaceholderText(QCoreApplication.translate("BodyDialog", u"s\u1ed1/k\u00fd hi\u1ec7u", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("BodyDialog", u"n&g\u00e0y", None))
        self.signerLabel.setText(QCoreApplication.translate("BodyDialog", u"Ng\u01b0\u1eddi &k\u00fd:", None))
        self.signerEdit.setPlaceholderText(QCoreApplication.translate("BodyDialog", u"H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd quy\u1ebft \u0111\u1ecbnh", None))
        self.notesLabel.setText(QCoreApplication.translate("BodyDialog", u"G&hi ch\u00fa:", None))
        self.hint.setText(QCoreApplication.translate("BodyDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

