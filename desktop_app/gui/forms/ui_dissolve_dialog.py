# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dissolve_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout)

from desktop_app.gui.widgets import DateEdit

class Ui_DissolveDialog(object):
    def setupUi(self, DissolveDialog):
        if not DissolveDialog.objectName():
            DissolveDialog.setObjectName(u"DissolveDialog")
        DissolveDialog.resize(480, 200)
        DissolveDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(DissolveDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bodyLabel = QLabel(DissolveDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.bodyLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(DissolveDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(DissolveDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.form)

        self.hintLabel = QLabel(DissolveDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555;")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(DissolveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DissolveDialog)
        self.buttonBox.accepted.connect(DissolveDialog.accept)
        self.buttonBox.rejected.connect(DissolveDialog.reject)

        QMetaObject.connectSlotsByName(DissolveDialog)
    # setupUi

    def retranslateUi(self, DissolveDialog):
        DissolveDialog.setWindowTitle(QCoreApplication.translate("DissolveDialog", u"Gi\u1ea3i th\u1ec3 ban gi\u00e1m s\u00e1t \u0111\u1ea7u t\u01b0", None))
        self.bodyLabel.setText(QCoreApplication.translate("DissolveDialog", u"Ban", None))
        self.dateLabel.setText(QCoreApplication.translate("DissolveDialog", u"Gi\u1ea3i th\u1ec3 t\u1eeb &ng\u00e0y:", None))
        self.hintLabel.setText(QCoreApplication.translate("DissolveDialog", u"M\u1ecdi th\u00e0nh vi\u00ean \u0111ang tham gia \u0111\u01b0\u1ee3c ghi th\u00f4i t\u1eeb ng\u00e0y n\u00e0y v\u1edbi l\u00fd do \u201cGi\u1ea3i th\u1ec3 ban\u201d; ban v\u1eabn \u1edf l\u1ea1i trong s\u1ed5.", None))
    # retranslateUi

