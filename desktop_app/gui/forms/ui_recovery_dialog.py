# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.resize(640, 320)
        RecoveryDialog.setMinimumSize(QSize(600, 0))
        self.mainLayout = QVBoxLayout(RecoveryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RecoveryDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.keyLabel = QLabel(RecoveryDialog)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keyLabel.setStyleSheet(u"font-family: monospace; font-size: 14pt; font-weight: bold; padding: 10px; border: 1px solid #999; background: #fff;")

        self.mainLayout.addWidget(self.keyLabel)

        self.warningLabel = QLabel(RecoveryDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.warningLabel)

        self.printRow = QHBoxLayout()
        self.printRow.setObjectName(u"printRow")
        self.printButton = QPushButton(RecoveryDialog)
        self.printButton.setObjectName(u"printButton")

        self.printRow.addWidget(self.printButton)

        self.printSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printRow.addItem(self.printSpacer)


        self.mainLayout.addLayout(self.printRow)

        self.keptCheck = QCheckBox(RecoveryDialog)
        self.keptCheck.setObjectName(u"keptCheck")

        self.mainLayout.addWidget(self.keptCheck)

        self.bottomSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RecoveryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.printButton, self.keptCheck)

        self.retranslateUi(RecoveryDialog)

        QMetaObject.connectSlotsByName(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Kh\u00f3a kh\u00f4i ph\u1ee5c", None))
        self.introLabel.setText(QCoreApplication.translate("RecoveryDialog", u"\u0110\u00e2y l\u00e0 KH\u00d3A KH\u00d4I PH\u1ee4C c\u1ee7a \u0111\u01a1n v\u1ecb. Kh\u00f3a ch\u1ec9 hi\u1ec7n m\u1ed9t l\u1ea7n n\u00e0y. Khi m\u1ecdi ng\u01b0\u1eddi qu\u00ean m\u1eadt kh\u1ea9u, ho\u1eb7c t\u1ec7p kh\u00f3a b\u1ecb h\u1ecfng, ch\u1ec9 kh\u00f3a n\u00e0y m\u1edf \u0111\u01b0\u1ee3c d\u1eef li\u1ec7u v\u00e0 c\u00e1c b\u1ea3n sao l\u01b0u.", None))
        self.keyLabel.setText(QCoreApplication.translate("RecoveryDialog", u"XXXX", None))
        self.warningLabel.setText(QCoreApplication.translate("RecoveryDialog", u"H\u00e3y b\u1ea5m \u201cIn phi\u1ebfu kh\u00f3a kh\u00f4i ph\u1ee5c\u201d, cho Ch\u1ee7 t\u1ecbch k\u00fd v\u00e0 c\u1ea5t phi\u1ebfu v\u00e0o t\u1ee7 c\u00f3 kh\u00f3a. Kh\u00f4ng ch\u1ee5p \u1ea3nh, kh\u00f4ng g\u1eedi qua m\u1ea1ng: ai c\u00f3 kh\u00f3a n\u00e0y \u0111\u1ecdc \u0111\u01b0\u1ee3c to\u00e0n b\u1ed9 d\u1eef li\u1ec7u.", None))
        self.printButton.setText(QCoreApplication.translate("RecoveryDialog", u"&In phi\u1ebfu kh\u00f3a kh\u00f4i ph\u1ee5c\u2026", None))
        self.keptCheck.setText(QCoreApplication.translate("RecoveryDialog", u"T\u00f4i \u0111\u00e3 in (ho\u1eb7c ch\u00e9p tay) kh\u00f3a kh\u00f4i ph\u1ee5c v\u00e0 c\u1ea5t \u1edf n\u01a1i an to\u00e0n", None))
    # retranslateUi

