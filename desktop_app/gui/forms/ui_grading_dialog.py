# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'grading_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import CodeCombo

class Ui_GradingDialog(object):
    def setupUi(self, GradingDialog):
        if not GradingDialog.objectName():
            GradingDialog.setObjectName(u"GradingDialog")
        GradingDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(GradingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.villageLabel = QLabel(GradingDialog)
        self.villageLabel.setObjectName(u"villageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.village = CodeCombo(GradingDialog)
        self.village.setObjectName(u"village")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.village)

        self.yearLabel = QLabel(GradingDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(GradingDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(1900)
        self.year.setMaximum(2100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.year)

        self.scores_boxLabel = QLabel(GradingDialog)
        self.scores_boxLabel.setObjectName(u"scores_boxLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scores_boxLabel)

        self.scores_box = QWidget(GradingDialog)
        self.scores_box.setObjectName(u"scores_box")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scores_box)

        self.totalLabel = QLabel(GradingDialog)
        self.totalLabel.setObjectName(u"totalLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.totalLabel)

        self.total = QLabel(GradingDialog)
        self.total.setObjectName(u"total")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.total)

        self.evidenceLabel = QLabel(GradingDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidence = QPlainTextEdit(GradingDialog)
        self.evidence.setObjectName(u"evidence")
        self.evidence.setMaximumSize(QSize(16777215, 70))
        self.evidence.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.evidence)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(GradingDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(GradingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.villageLabel.setBuddy(self.village)
        self.yearLabel.setBuddy(self.year)
        self.scores_boxLabel.setBuddy(self.scores_box)
        self.totalLabel.setBuddy(self.total)
        self.evidenceLabel.setBuddy(self.evidence)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.village, self.year)
        QWidget.setTabOrder(self.year, self.scores_box)
        QWidget.setTabOrder(self.scores_box, self.total)
        QWidget.setTabOrder(self.total, self.evidence)

        self.retranslateUi(GradingDialog)
        self.buttonBox.accepted.connect(GradingDialog.accept)
        self.buttonBox.rejected.connect(GradingDialog.reject)

        QMetaObject.connectSlotsByName(GradingDialog)
    # setupUi

    def retranslateUi(self, GradingDialog):
        GradingDialog.setWindowTitle(QCoreApplication.translate("GradingDialog", u"Ch\u1ea5m \u0111i\u1ec3m Ban c\u00f4ng t\u00e1c M\u1eb7t tr\u1eadn", None))
        self.villageLabel.setText(QCoreApplication.translate("GradingDialog", u"&Khu d\u00e2n c\u01b0 *", None))
        self.yearLabel.setText(QCoreApplication.translate("GradingDialog", u"&N\u0103m *", None))
        self.scores_boxLabel.setText(QCoreApplication.translate("GradingDialog", u"\u0110i\u1ec3m theo &ti\u00eau ch\u00ed *", None))
        self.totalLabel.setText(QCoreApplication.translate("GradingDialog", u"T\u1ed5ng \u0111i\u1ec3m, x\u1ebfp lo\u1ea1i", None))
        self.evidenceLabel.setText(QCoreApplication.translate("GradingDialog", u"&C\u0103n c\u1ee9, minh ch\u1ee9ng", None))
        self.hint.setText(QCoreApplication.translate("GradingDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

