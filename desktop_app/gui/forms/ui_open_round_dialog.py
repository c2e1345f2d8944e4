# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'open_round_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QSpinBox, QVBoxLayout, QWidget)

class Ui_OpenRoundDialog(object):
    def setupUi(self, OpenRoundDialog):
        if not OpenRoundDialog.objectName():
            OpenRoundDialog.setObjectName(u"OpenRoundDialog")
        OpenRoundDialog.resize(560, 240)
        self.mainLayout = QVBoxLayout(OpenRoundDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.yearLabel = QLabel(OpenRoundDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(OpenRoundDialog)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2020)
        self.year.setMaximum(2100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year)

        self.form_versionLabel = QLabel(OpenRoundDialog)
        self.form_versionLabel.setObjectName(u"form_versionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.form_versionLabel)

        self.form_version = QComboBox(OpenRoundDialog)
        self.form_version.setObjectName(u"form_version")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.form_version)

        self.row2Label = QLabel(OpenRoundDialog)
        self.row2Label.setObjectName(u"row2Label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.row2Label)

        self.dueLabel = QLabel(OpenRoundDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueLabel)


        self.mainLayout.addLayout(self.form)

        self.previewLabel = QLabel(OpenRoundDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.previewLabel)

        self.buttonBox = QDialogButtonBox(OpenRoundDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.form_versionLabel.setBuddy(self.form_version)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.form_version)

        self.retranslateUi(OpenRoundDialog)
        self.buttonBox.accepted.connect(OpenRoundDialog.accept)
        self.buttonBox.rejected.connect(OpenRoundDialog.reject)

        QMetaObject.connectSlotsByName(OpenRoundDialog)
    # setupUi

    def retranslateUi(self, OpenRoundDialog):
        OpenRoundDialog.setWindowTitle(QCoreApplication.translate("OpenRoundDialog", u"M\u1edf \u0111\u1ee3t nh\u1eadn x\u00e9t", None))
        self.yearLabel.setText(QCoreApplication.translate("OpenRoundDialog", u"&N\u0103m nh\u1eadn x\u00e9t", None))
        self.form_versionLabel.setText(QCoreApplication.translate("OpenRoundDialog", u"&M\u1eabu phi\u1ebfu", None))
        self.row2Label.setText(QCoreApplication.translate("OpenRoundDialog", u"H\u1ea1n g\u1eedi nh\u1eadn x\u00e9t", None))
        self.dueLabel.setText("")
        self.previewLabel.setText("")
    # retranslateUi

