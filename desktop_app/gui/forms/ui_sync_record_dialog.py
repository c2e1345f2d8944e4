# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_record_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ImportRecordDialog(object):
    def setupUi(self, ImportRecordDialog):
        if not ImportRecordDialog.objectName():
            ImportRecordDialog.setObjectName(u"ImportRecordDialog")
        ImportRecordDialog.resize(820, 680)
        ImportRecordDialog.setMinimumSize(QSize(700, 520))
        self.mainLayout = QVBoxLayout(ImportRecordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.heading = QLabel(ImportRecordDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.mainLayout.addWidget(self.heading)

        self.previewLayout = QVBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")

        self.mainLayout.addLayout(self.previewLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(ImportRecordDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(ImportRecordDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(ImportRecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.printButton, self.saveButton)

        self.retranslateUi(ImportRecordDialog)
        self.buttonBox.rejected.connect(ImportRecordDialog.reject)

        QMetaObject.connectSlotsByName(ImportRecordDialog)
    # setupUi

    def retranslateUi(self, ImportRecordDialog):
        ImportRecordDialog.setWindowTitle(QCoreApplication.translate("ImportRecordDialog", u"Bi\u00ean b\u1ea3n nh\u1eadp g\u00f3i d\u1eef li\u1ec7u", None))
        self.heading.setText(QCoreApplication.translate("ImportRecordDialog", u"Bi\u00ean b\u1ea3n", None))
        self.printButton.setText(QCoreApplication.translate("ImportRecordDialog", u"&In\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ImportRecordDialog", u"&L\u01b0u PDF\u2026", None))
    # retranslateUi

