# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'supervision_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit)

class Ui_SupervisionDialog(object):
    def setupUi(self, SupervisionDialog):
        if not SupervisionDialog.objectName():
            SupervisionDialog.setObjectName(u"SupervisionDialog")
        SupervisionDialog.resize(600, 560)
        self.mainLayout = QVBoxLayout(SupervisionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.yearLabel = QLabel(SupervisionDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(SupervisionDialog)
        self.year.setObjectName(u"year")
        self.year.setMaximum(2100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year)

        self.subjectLabel = QLabel(SupervisionDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QPlainTextEdit(SupervisionDialog)
        self.subject.setObjectName(u"subject")
        self.subject.setTabChangesFocus(True)
        self.subject.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subject)

        self.kindLabel = QLabel(SupervisionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = CodeCombo(SupervisionDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.bodyLabel = QLabel(SupervisionDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = CodeCombo(SupervisionDialog)
        self.body.setObjectName(u"body")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.body)

        self.teamLabel = QLabel(SupervisionDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.team = QLineEdit(SupervisionDialog)
        self.team.setObjectName(u"team")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.team)

        self.start_dateLabel = QLabel(SupervisionDialog)
        self.start_dateLabel.setObjectName(u"start_dateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.start_dateLabel)

        self.start_date = DateEdit(SupervisionDialog)
        self.start_date.setObjectName(u"start_date")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_dateLabel = QLabel(SupervisionDialog)
        self.end_dateLabel.setObjectName(u"end_dateLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.end_dateLabel)

        self.end_date = DateEdit(SupervisionDialog)
        self.end_date.setObjectName(u"end_date")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.findingsLabel = QLabel(SupervisionDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.findingsLabel)

        self.findings = QPlainTextEdit(SupervisionDialog)
        self.findings.setObjectName(u"findings")
        self.findings.setTabChangesFocus(True)
        self.findings.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.findings)

        self.notesLabel = QLabel(SupervisionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(SupervisionDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 50))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(SupervisionDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(SupervisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.subjectLabel.setBuddy(self.subject)
        self.kindLabel.setBuddy(self.kind)
        self.bodyLabel.setBuddy(self.body)
        self.teamLabel.setBuddy(self.team)
        self.start_dateLabel.setBuddy(self.start_date)
        self.end_dateLabel.setBuddy(self.end_date)
        self.findingsLabel.setBuddy(self.findings)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.subject)
        QWidget.setTabOrder(self.subject, self.kind)
        QWidget.setTabOrder(self.kind, self.body)
        QWidget.setTabOrder(self.body, self.team)
        QWidget.setTabOrder(self.team, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.findings)
        QWidget.setTabOrder(self.findings, self.notes)

        self.retranslateUi(SupervisionDialog)
        self.buttonBox.accepted.connect(SupervisionDialog.accept)
        self.buttonBox.rejected.connect(SupervisionDialog.reject)

        QMetaObject.connectSlotsByName(SupervisionDialog)
    # setupUi

    def retranslateUi(self, SupervisionDialog):
        SupervisionDialog.setWindowTitle(QCoreApplication.translate("SupervisionDialog", u"Cu\u1ed9c gi\u00e1m s\u00e1t", None))
        self.yearLabel.setText(QCoreApplication.translate("SupervisionDialog", u"&N\u0103m k\u1ebf ho\u1ea1ch *", None))
        self.subjectLabel.setText(QCoreApplication.translate("SupervisionDialog", u"N\u1ed9i dung gi\u00e1m s\u00e1t *", None))
        self.kindLabel.setText(QCoreApplication.translate("SupervisionDialog", u"&H\u00ecnh th\u1ee9c *", None))
        self.bodyLabel.setText(QCoreApplication.translate("SupervisionDialog", u"&Ban th\u1ef1c hi\u1ec7n", None))
        self.teamLabel.setText(QCoreApplication.translate("SupervisionDialog", u"\u0110o\u00e0n gi\u00e1m s\u00e1t", None))
        self.start_dateLabel.setText(QCoreApplication.translate("SupervisionDialog", u"&T\u1eeb ng\u00e0y", None))
        self.end_dateLabel.setText(QCoreApplication.translate("SupervisionDialog", u"\u0110\u1ebf&n ng\u00e0y", None))
        self.findingsLabel.setText(QCoreApplication.translate("SupervisionDialog", u"&K\u1ebft qu\u1ea3 gi\u00e1m s\u00e1t", None))
        self.notesLabel.setText(QCoreApplication.translate("SupervisionDialog", u"&Ghi ch\u00fa", None))
        self.hint.setText(QCoreApplication.translate("SupervisionDialog", u"\u0110o\u00e0n gi\u00e1m s\u00e1t: g\u00f5 t\u00ean ng\u01b0\u1eddi trong s\u1ed5, c\u00e1ch nhau b\u1eb1ng d\u1ea5u ph\u1ea9y. D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Ctrl+Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

