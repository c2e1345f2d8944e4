# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'criticism_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import DateEdit

class Ui_CriticismDialog(object):
    def setupUi(self, CriticismDialog):
        if not CriticismDialog.objectName():
            CriticismDialog.setObjectName(u"CriticismDialog")
        CriticismDialog.resize(600, 600)
        self.mainLayout = QVBoxLayout(CriticismDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.draftLabel = QLabel(CriticismDialog)
        self.draftLabel.setObjectName(u"draftLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.draftLabel)

        self.draft = QPlainTextEdit(CriticismDialog)
        self.draft.setObjectName(u"draft")
        self.draft.setTabChangesFocus(True)
        self.draft.setMaximumSize(QSize(16777215, 60))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.draft)

        self.drafting_agencyLabel = QLabel(CriticismDialog)
        self.drafting_agencyLabel.setObjectName(u"drafting_agencyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.drafting_agencyLabel)

        self.drafting_agency = QLineEdit(CriticismDialog)
        self.drafting_agency.setObjectName(u"drafting_agency")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.drafting_agency)

        self.conference_dateLabel = QLabel(CriticismDialog)
        self.conference_dateLabel.setObjectName(u"conference_dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.conference_dateLabel)

        self.conference_date = DateEdit(CriticismDialog)
        self.conference_date.setObjectName(u"conference_date")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.conference_date)

        self.participantsLabel = QLabel(CriticismDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participants = QSpinBox(CriticismDialog)
        self.participants.setObjectName(u"participants")
        self.participants.setMaximum(100000)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.participants)

        self.participants_noteLabel = QLabel(CriticismDialog)
        self.participants_noteLabel.setObjectName(u"participants_noteLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.participants_noteLabel)

        self.participants_note = QLineEdit(CriticismDialog)
        self.participants_note.setObjectName(u"participants_note")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.participants_note)

        self.opinionsLabel = QLabel(CriticismDialog)
        self.opinionsLabel.setObjectName(u"opinionsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.opinionsLabel)

        self.opinions = QPlainTextEdit(CriticismDialog)
        self.opinions.setObjectName(u"opinions")
        self.opinions.setTabChangesFocus(True)
        self.opinions.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.opinions)

        self.sent_docLabel = QLabel(CriticismDialog)
        self.sent_docLabel.setObjectName(u"sent_docLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sent_docLabel)

        self.sent_doc = QLineEdit(CriticismDialog)
        self.sent_doc.setObjectName(u"sent_doc")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sent_doc)

        self.sent_dateLabel = QLabel(CriticismDialog)
        self.sent_dateLabel.setObjectName(u"sent_dateLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sent_dateLabel)

        self.sent_date = DateEdit(CriticismDialog)
        self.sent_date.setObjectName(u"sent_date")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sent_date)

        self.answer_dateLabel = QLabel(CriticismDialog)
        self.answer_dateLabel.setObjectName(u"answer_dateLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.answer_dateLabel)

        self.answer_date = DateEdit(CriticismDialog)
        self.answer_date.setObjectName(u"answer_date")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.answer_date)

        self.answer_contentLabel = QLabel(CriticismDialog)
        self.answer_contentLabel.setObjectName(u"answer_contentLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.answer_contentLabel)

        self.answer_content = QPlainTextEdit(CriticismDialog)
        self.answer_content.setObjectName(u"answer_content")
        self.answer_content.setTabChangesFocus(True)
        self.answer_content.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.answer_content)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(CriticismDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(CriticismDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.draftLabel.setBuddy(self.draft)
        self.drafting_agencyLabel.setBuddy(self.drafting_agency)
        self.conference_dateLabel.setBuddy(self.conference_date)
        self.participantsLabel.setBuddy(self.participants)
        self.participants_noteLabel.setBuddy(self.participants_note)
        self.opinionsLabel.setBuddy(self.opinions)
        self.sent_docLabel.setBuddy(self.sent_doc)
        self.sent_dateLabel.setBuddy(self.sent_date)
        self.answer_dateLabel.setBuddy(self.answer_date)
        self.answer_contentLabel.setBuddy(self.answer_content)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.draft, self.drafting_agency)
        QWidget.setTabOrder(self.drafting_agency, self.conference_date)
        QWidget.setTabOrder(self.conference_date, self.participants)
        QWidget.setTabOrder(self.participants, self.participants_note)
        QWidget.setTabOrder(self.participants_note, self.opinions)
        QWidget.setTabOrder(self.opinions, self.sent_doc)
        QWidget.setTabOrder(self.sent_doc, self.sent_date)
        QWidget.setTabOrder(self.sent_date, self.answer_date)
        QWidget.setTabOrder(self.answer_date, self.answer_content)

        self.retranslateUi(CriticismDialog)
        self.buttonBox.accepted.connect(CriticismDialog.accept)
        self.buttonBox.rejected.connect(CriticismDialog.reject)

        QMetaObject.connectSlotsByName(CriticismDialog)
    # setupUi

    def retranslateUi(self, CriticismDialog):
        CriticismDialog.setWindowTitle(QCoreApplication.translate("CriticismDialog", u"Ph\u1ea3n bi\u1ec7n x\u00e3 h\u1ed9i", None))
        self.draftLabel.setText(QCoreApplication.translate("CriticismDialog", u"&D\u1ef1 th\u1ea3o \u0111\u01b0\u1ee3c ph\u1ea3n bi\u1ec7n *", None))
        self.drafting_agencyLabel.setText(QCoreApplication.translate("CriticismDialog", u"&C\u01a1 quan so\u1ea1n th\u1ea3o", None))
        self.conference_dateLabel.setText(QCoreApplication.translate("CriticismDialog", u"&Ng\u00e0y h\u1ed9i ngh\u1ecb", None))
        self.participantsLabel.setText(QCoreApplication.translate("CriticismDialog", u"&S\u1ed1 ng\u01b0\u1eddi d\u1ef1", None))
        self.participants_noteLabel.setText(QCoreApplication.translate("CriticismDialog", u"&Th\u00e0nh ph\u1ea7n", None))
        self.opinionsLabel.setText(QCoreApplication.translate("CriticismDialog", u"\u00dd &ki\u1ebfn ph\u1ea3n bi\u1ec7n", None))
        self.sent_docLabel.setText(QCoreApplication.translate("CriticismDialog", u"V\u0103n &b\u1ea3n g\u1eedi", None))
        self.sent_dateLabel.setText(QCoreApplication.translate("CriticismDialog", u"Ng\u00e0y &g\u1eedi", None))
        self.answer_dateLabel.setText(QCoreApplication.translate("CriticismDialog", u"Ng\u00e0y nh\u1eadn t&r\u1ea3 l\u1eddi", None))
        self.answer_contentLabel.setText(QCoreApplication.translate("CriticismDialog", u"N\u1ed9i dung tr&\u1ea3 l\u1eddi", None))
        self.hint.setText(QCoreApplication.translate("CriticismDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Ctrl+Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

