# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'petition_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit)

class Ui_PetitionDialog(object):
    def setupUi(self, PetitionDialog):
        if not PetitionDialog.objectName():
            PetitionDialog.setObjectName(u"PetitionDialog")
        PetitionDialog.resize(600, 520)
        self.mainLayout = QVBoxLayout(PetitionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.received_dateLabel = QLabel(PetitionDialog)
        self.received_dateLabel.setObjectName(u"received_dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_dateLabel)

        self.received_date = DateEdit(PetitionDialog)
        self.received_date.setObjectName(u"received_date")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_date)

        self.channelLabel = QLabel(PetitionDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = CodeCombo(PetitionDialog)
        self.channel.setObjectName(u"channel")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel)

        self.round_labelLabel = QLabel(PetitionDialog)
        self.round_labelLabel.setObjectName(u"round_labelLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.round_labelLabel)

        self.round_label = QLineEdit(PetitionDialog)
        self.round_label.setObjectName(u"round_label")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.round_label)

        self.villageLabel = QLabel(PetitionDialog)
        self.villageLabel.setObjectName(u"villageLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.village = CodeCombo(PetitionDialog)
        self.village.setObjectName(u"village")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.village)

        self.raised_byLabel = QLabel(PetitionDialog)
        self.raised_byLabel.setObjectName(u"raised_byLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.raised_byLabel)

        self.raised_by = QLineEdit(PetitionDialog)
        self.raised_by.setObjectName(u"raised_by")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.raised_by)

        self.contentLabel = QLabel(PetitionDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.content = QPlainTextEdit(PetitionDialog)
        self.content.setObjectName(u"content")
        self.content.setTabChangesFocus(True)
        self.content.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.content)

        self.fieldLabel = QLabel(PetitionDialog)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.field = CodeCombo(PetitionDialog)
        self.field.setObjectName(u"field")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.field)

        self.agencyLabel = QLabel(PetitionDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agency = QLineEdit(PetitionDialog)
        self.agency.setObjectName(u"agency")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.agency)

        self.notesLabel = QLabel(PetitionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(PetitionDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(PetitionDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(PetitionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.received_dateLabel.setBuddy(self.received_date)
        self.channelLabel.setBuddy(self.channel)
        self.round_labelLabel.setBuddy(self.round_label)
        self.villageLabel.setBuddy(self.village)
        self.raised_byLabel.setBuddy(self.raised_by)
        self.contentLabel.setBuddy(self.content)
        self.fieldLabel.setBuddy(self.field)
        self.agencyLabel.setBuddy(self.agency)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.received_date, self.channel)
        QWidget.setTabOrder(self.channel, self.round_label)
        QWidget.setTabOrder(self.round_label, self.village)
        QWidget.setTabOrder(self.village, self.raised_by)
        QWidget.setTabOrder(self.raised_by, self.content)
        QWidget.setTabOrder(self.content, self.field)
        QWidget.setTabOrder(self.field, self.agency)
        QWidget.setTabOrder(self.agency, self.notes)

        self.retranslateUi(PetitionDialog)
        self.buttonBox.accepted.connect(PetitionDialog.accept)
        self.buttonBox.rejected.connect(PetitionDialog.reject)

        QMetaObject.connectSlotsByName(PetitionDialog)
    # setupUi

    def retranslateUi(self, PetitionDialog):
        PetitionDialog.setWindowTitle(QCoreApplication.translate("PetitionDialog", u"\u00dd ki\u1ebfn, ki\u1ebfn ngh\u1ecb", None))
        self.received_dateLabel.setText(QCoreApplication.translate("PetitionDialog", u"&Ng\u00e0y ti\u1ebfp nh\u1eadn *", None))
        self.channelLabel.setText(QCoreApplication.translate("PetitionDialog", u"&H\u00ecnh th\u1ee9c ti\u1ebfp nh\u1eadn *", None))
        self.round_labelLabel.setText(QCoreApplication.translate("PetitionDialog", u"\u0110\u1ee3t, &cu\u1ed9c", None))
        self.round_label.setPlaceholderText(QCoreApplication.translate("PetitionDialog", u"v\u00ed d\u1ee5: Ti\u1ebfp x\u00fac c\u1eed tri tr\u01b0\u1edbc k\u1ef3 h\u1ecdp th\u1ee9 5 H\u0110ND x\u00e3", None))
        self.villageLabel.setText(QCoreApplication.translate("PetitionDialog", u"&Khu d\u00e2n c\u01b0", None))
        self.raised_byLabel.setText(QCoreApplication.translate("PetitionDialog", u"&Ng\u01b0\u1eddi n\u00eau", None))
        self.raised_by.setPlaceholderText(QCoreApplication.translate("PetitionDialog", u"\u0111\u1ec3 tr\u1ed1ng n\u1ebfu \u1ea9n danh", None))
        self.contentLabel.setText(QCoreApplication.translate("PetitionDialog", u"N\u1ed9i &dung *", None))
        self.fieldLabel.setText(QCoreApplication.translate("PetitionDialog", u"&L\u0129nh v\u1ef1c", None))
        self.agencyLabel.setText(QCoreApplication.translate("PetitionDialog", u"&C\u01a1 quan gi\u1ea3i quy\u1ebft", None))
        self.agency.setPlaceholderText(QCoreApplication.translate("PetitionDialog", u"v\u00ed d\u1ee5: UBND x\u00e3", None))
        self.notesLabel.setText(QCoreApplication.translate("PetitionDialog", u"&Ghi ch\u00fa", None))
        self.hint.setText(QCoreApplication.translate("PetitionDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Ctrl+Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

