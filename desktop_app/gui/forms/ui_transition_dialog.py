# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transition_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QVBoxLayout)

from desktop_app.gui.widgets import DateEdit

class Ui_TransitionDialog(object):
    def setupUi(self, TransitionDialog):
        if not TransitionDialog.objectName():
            TransitionDialog.setObjectName(u"TransitionDialog")
        TransitionDialog.resize(460, 170)
        self.mainLayout = QVBoxLayout(TransitionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(TransitionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(TransitionDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = DateEdit(TransitionDialog)
        self.date.setObjectName(u"date")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(TransitionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TransitionDialog)
        self.buttonBox.accepted.connect(TransitionDialog.accept)
        self.buttonBox.rejected.connect(TransitionDialog.reject)

        QMetaObject.connectSlotsByName(TransitionDialog)
    # setupUi

    def retranslateUi(self, TransitionDialog):
        TransitionDialog.setWindowTitle(QCoreApplication.translate("TransitionDialog", u"Ghi ng\u00e0y", None))
        self.messageLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("TransitionDialog", u"&Ng\u00e0y", None))
    # retranslateUi

