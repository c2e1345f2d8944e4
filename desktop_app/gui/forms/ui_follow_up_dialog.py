# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import DateEdit

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(FollowUpDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.agencyLabel = QLabel(FollowUpDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agency = QLineEdit(FollowUpDialog)
        self.agency.setObjectName(u"agency")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agency)

        self.dateLabel = QLabel(FollowUpDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = DateEdit(FollowUpDialog)
        self.date.setObjectName(u"date")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date)

        self.docLabel = QLabel(FollowUpDialog)
        self.docLabel.setObjectName(u"docLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.docLabel)

        self.doc = QLineEdit(FollowUpDialog)
        self.doc.setObjectName(u"doc")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doc)

        self.due_dateLabel = QLabel(FollowUpDialog)
        self.due_dateLabel.setObjectName(u"due_dateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.due_dateLabel)

        self.due_date = DateEdit(FollowUpDialog)
        self.due_date.setObjectName(u"due_date")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.due_date)

        self.contentLabel = QLabel(FollowUpDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.content = QPlainTextEdit(FollowUpDialog)
        self.content.setObjectName(u"content")
        self.content.setTabChangesFocus(True)
        self.content.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.content)

        self.made_public = QCheckBox(FollowUpDialog)
        self.made_public.setObjectName(u"made_public")

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.made_public)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(FollowUpDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(FollowUpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.agencyLabel.setBuddy(self.agency)
        self.dateLabel.setBuddy(self.date)
        self.docLabel.setBuddy(self.doc)
        self.due_dateLabel.setBuddy(self.due_date)
        self.contentLabel.setBuddy(self.content)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.agency, self.date)
        QWidget.setTabOrder(self.date, self.doc)
        QWidget.setTabOrder(self.doc, self.due_date)
        QWidget.setTabOrder(self.due_date, self.content)
        QWidget.setTabOrder(self.content, self.made_public)

        self.retranslateUi(FollowUpDialog)
        self.buttonBox.accepted.connect(FollowUpDialog.accept)
        self.buttonBox.rejected.connect(FollowUpDialog.reject)

        QMetaObject.connectSlotsByName(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Theo d\u00f5i tr\u1ea3 l\u1eddi", None))
        self.agencyLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&C\u01a1 quan nh\u1eadn *", None))
        self.agency.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"v\u00ed d\u1ee5: UBND x\u00e3", None))
        self.dateLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&Ng\u00e0y *", None))
        self.docLabel.setText(QCoreApplication.translate("FollowUpDialog", u"S\u1ed1 &v\u0103n b\u1ea3n", None))
        self.due_dateLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&H\u1ea1n tr\u1ea3 l\u1eddi", None))
        self.contentLabel.setText(QCoreApplication.translate("FollowUpDialog", u"N\u1ed9i dung t&r\u1ea3 l\u1eddi", None))
        self.made_public.setText(QCoreApplication.translate("FollowUpDialog", u"\u0110\u00e3 c\u00f4ng khai k\u1ebft qu\u1ea3 tr\u1ea3 l\u1eddi \u0111\u1ebfn nh\u00e2n d\u00e2n", None))
        self.hint.setText(QCoreApplication.translate("FollowUpDialog", u"\u0110\u1ec3 tr\u1ed1ng h\u1ea1n tr\u1ea3 l\u1eddi: ch\u01b0\u01a1ng tr\u00ecnh t\u00ednh theo s\u1ed1 ng\u00e0y trong C\u00e0i \u0111\u1eb7t. Ctrl+Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

