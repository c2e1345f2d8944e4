# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recommendation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit)

class Ui_RecommendationDialog(object):
    def setupUi(self, RecommendationDialog):
        if not RecommendationDialog.objectName():
            RecommendationDialog.setObjectName(u"RecommendationDialog")
        RecommendationDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(RecommendationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.supervisionLabel = QLabel(RecommendationDialog)
        self.supervisionLabel.setObjectName(u"supervisionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.supervisionLabel)

        self.supervision = CodeCombo(RecommendationDialog)
        self.supervision.setObjectName(u"supervision")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.supervision)

        self.made_dateLabel = QLabel(RecommendationDialog)
        self.made_dateLabel.setObjectName(u"made_dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.made_dateLabel)

        self.made_date = DateEdit(RecommendationDialog)
        self.made_date.setObjectName(u"made_date")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.made_date)

        self.contentLabel = QLabel(RecommendationDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.content = QPlainTextEdit(RecommendationDialog)
        self.content.setObjectName(u"content")
        self.content.setTabChangesFocus(True)
        self.content.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.content)

        self.agencyLabel = QLabel(RecommendationDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agency = QLineEdit(RecommendationDialog)
        self.agency.setObjectName(u"agency")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.agency)

        self.due_dateLabel = QLabel(RecommendationDialog)
        self.due_dateLabel.setObjectName(u"due_dateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.due_dateLabel)

        self.due_date = DateEdit(RecommendationDialog)
        self.due_date.setObjectName(u"due_date")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.due_date)

        self.notesLabel = QLabel(RecommendationDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(RecommendationDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 50))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(RecommendationDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(RecommendationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.supervisionLabel.setBuddy(self.supervision)
        self.made_dateLabel.setBuddy(self.made_date)
        self.contentLabel.setBuddy(self.content)
        self.agencyLabel.setBuddy(self.agency)
        self.due_dateLabel.setBuddy(self.due_date)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.supervision, self.made_date)
        QWidget.setTabOrder(self.made_date, self.content)
        QWidget.setTabOrder(self.content, self.agency)
        QWidget.setTabOrder(self.agency, self.due_date)
        QWidget.setTabOrder(self.due_date, self.notes)

        self.retranslateUi(RecommendationDialog)
        self.buttonBox.accepted.connect(RecommendationDialog.accept)
        self.buttonBox.rejected.connect(RecommendationDialog.reject)

        QMetaObject.connectSlotsByName(RecommendationDialog)
    # setupUi

    def retranslateUi(self, RecommendationDialog):
        RecommendationDialog.setWindowTitle(QCoreApplication.translate("RecommendationDialog", u"Ki\u1ebfn ngh\u1ecb sau gi\u00e1m s\u00e1t", None))
        self.supervisionLabel.setText(QCoreApplication.translate("RecommendationDialog", u"&Cu\u1ed9c gi\u00e1m s\u00e1t *", None))
        self.made_dateLabel.setText(QCoreApplication.translate("RecommendationDialog", u"&Ng\u00e0y ki\u1ebfn ngh\u1ecb", None))
        self.contentLabel.setText(QCoreApplication.translate("RecommendationDialog", u"N\u1ed9i &dung ki\u1ebfn ngh\u1ecb *", None))
        self.agencyLabel.setText(QCoreApplication.translate("RecommendationDialog", u"C\u01a1 &quan, \u0111\u01a1n v\u1ecb *", None))
        self.agency.setPlaceholderText(QCoreApplication.translate("RecommendationDialog", u"v\u00ed d\u1ee5: UBND x\u00e3", None))
        self.due_dateLabel.setText(QCoreApplication.translate("RecommendationDialog", u"&H\u1ea1n tr\u1ea3 l\u1eddi", None))
        self.notesLabel.setText(QCoreApplication.translate("RecommendationDialog", u"&Ghi ch\u00fa", None))
        self.hint.setText(QCoreApplication.translate("RecommendationDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Ctrl+Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

