# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commendation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit)

class Ui_CommendationDialog(object):
    def setupUi(self, CommendationDialog):
        if not CommendationDialog.objectName():
            CommendationDialog.setObjectName(u"CommendationDialog")
        CommendationDialog.resize(600, 600)
        self.mainLayout = QVBoxLayout(CommendationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.yearLabel = QLabel(CommendationDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(CommendationDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1900)
        self.year.setMaximum(2100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year)

        self.subject_kindLabel = QLabel(CommendationDialog)
        self.subject_kindLabel.setObjectName(u"subject_kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subject_kindLabel)

        self.subject_kind = CodeCombo(CommendationDialog)
        self.subject_kind.setObjectName(u"subject_kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subject_kind)

        self.person_hostLabel = QLabel(CommendationDialog)
        self.person_hostLabel.setObjectName(u"person_hostLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.person_hostLabel)

        self.person_host = QWidget(CommendationDialog)
        self.person_host.setObjectName(u"person_host")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.person_host)

        self.bodyLabel = QLabel(CommendationDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = CodeCombo(CommendationDialog)
        self.body.setObjectName(u"body")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.body)

        self.household_nameLabel = QLabel(CommendationDialog)
        self.household_nameLabel.setObjectName(u"household_nameLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.household_nameLabel)

        self.household_name = QLineEdit(CommendationDialog)
        self.household_name.setObjectName(u"household_name")
        self.household_name.setMaxLength(120)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.household_name)

        self.villageLabel = QLabel(CommendationDialog)
        self.villageLabel.setObjectName(u"villageLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.village = CodeCombo(CommendationDialog)
        self.village.setObjectName(u"village")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.village)

        self.awardLabel = QLabel(CommendationDialog)
        self.awardLabel.setObjectName(u"awardLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.awardLabel)

        self.award = CodeCombo(CommendationDialog)
        self.award.setObjectName(u"award")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.award)

        self.levelLabel = QLabel(CommendationDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = CodeCombo(CommendationDialog)
        self.level.setObjectName(u"level")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.level)

        self.reasonLabel = QLabel(CommendationDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(CommendationDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaximumSize(QSize(16777215, 70))
        self.reason.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reason)

        self.statusLabel = QLabel(CommendationDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = CodeCombo(CommendationDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.status)

        self.decision_numberLabel = QLabel(CommendationDialog)
        self.decision_numberLabel.setObjectName(u"decision_numberLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.decision_numberLabel)

        self.decision_number = QLineEdit(CommendationDialog)
        self.decision_number.setObjectName(u"decision_number")
        self.decision_number.setMaxLength(60)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.decision_number)

        self.decision_dateLabel = QLabel(CommendationDialog)
        self.decision_dateLabel.setObjectName(u"decision_dateLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.decision_dateLabel)

        self.decision_date = DateEdit(CommendationDialog)
        self.decision_date.setObjectName(u"decision_date")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.decision_date)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(CommendationDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(CommendationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.subject_kindLabel.setBuddy(self.subject_kind)
        self.person_hostLabel.setBuddy(self.person_host)
        self.bodyLabel.setBuddy(self.body)
        self.household_nameLabel.setBuddy(self.household_name)
        self.villageLabel.setBuddy(self.village)
        self.awardLabel.setBuddy(self.award)
        self.levelLabel.setBuddy(self.level)
        self.reasonLabel.setBuddy(self.reason)
        self.statusLabel.setBuddy(self.status)
        self.decision_numberLabel.setBuddy(self.decision_number)
        self.decision_dateLabel.setBuddy(self.decision_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.subject_kind)
        QWidget.setTabOrder(self.subject_kind, self.person_host)
        QWidget.setTabOrder(self.person_host, self.body)
        QWidget.setTabOrder(self.body, self.household_name)
        QWidget.setTabOrder(self.household_name, self.village)
        QWidget.setTabOrder(self.village, self.award)
        QWidget.setTabOrder(self.award, self.level)
        QWidget.setTabOrder(self.level, self.reason)
        QWidget.setTabOrder(self.reason, self.status)
        QWidget.setTabOrder(self.status, self.decision_number)
        QWidget.setTabOrder(self.decision_number, self.decision_date)

        self.retranslateUi(CommendationDialog)
        self.buttonBox.accepted.connect(CommendationDialog.accept)
        self.buttonBox.rejected.connect(CommendationDialog.reject)

        QMetaObject.connectSlotsByName(CommendationDialog)
    # setupUi

    def retranslateUi(self, CommendationDialog):
        CommendationDialog.setWindowTitle(QCoreApplication.translate("CommendationDialog", u"Khen th\u01b0\u1edfng", None))
        self.yearLabel.setText(QCoreApplication.translate("CommendationDialog", u"&N\u0103m *", None))
        self.subject_kindLabel.setText(QCoreApplication.translate("CommendationDialog", u"&Khen *", None))
        self.person_hostLabel.setText(QCoreApplication.translate("CommendationDialog", u"&Ng\u01b0\u1eddi \u0111\u01b0\u1ee3c khen", None))
        self.bodyLabel.setText(QCoreApplication.translate("CommendationDialog", u"&Ban \u0111\u01b0\u1ee3c khen", None))
        self.household_nameLabel.setText(QCoreApplication.translate("CommendationDialog", u"&Ch\u1ee7 h\u1ed9", None))
        self.villageLabel.setText(QCoreApplication.translate("CommendationDialog", u"Khu &d\u00e2n c\u01b0", None))
        self.awardLabel.setText(QCoreApplication.translate("CommendationDialog", u"&H\u00ecnh th\u1ee9c *", None))
        self.levelLabel.setText(QCoreApplication.translate("CommendationDialog", u"&C\u1ea5p khen", None))
        self.reasonLabel.setText(QCoreApplication.translate("CommendationDialog", u"&Th\u00e0nh t\u00edch *", None))
        self.statusLabel.setText(QCoreApplication.translate("CommendationDialog", u"&Tr\u1ea1ng th\u00e1i *", None))
        self.decision_numberLabel.setText(QCoreApplication.translate("CommendationDialog", u"S\u1ed1 &quy\u1ebft \u0111\u1ecbnh", None))
        self.decision_dateLabel.setText(QCoreApplication.translate("CommendationDialog", u"Ng\u00e0y quy\u1ebft \u0111&\u1ecbnh", None))
        self.hint.setText(QCoreApplication.translate("CommendationDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

