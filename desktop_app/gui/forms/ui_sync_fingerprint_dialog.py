# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_fingerprint_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_FingerprintDialog(object):
    def setupUi(self, FingerprintDialog):
        if not FingerprintDialog.objectName():
            FingerprintDialog.setObjectName(u"FingerprintDialog")
        FingerprintDialog.resize(600, 340)
        FingerprintDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(FingerprintDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(FingerprintDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.fingerprint = QLabel(FingerprintDialog)
        self.fingerprint.setObjectName(u"fingerprint")
        self.fingerprint.setStyleSheet(u"QLabel { font-family: monospace; font-size: 18pt; font-weight: bold; padding: 10px; background: #f4f1e6; border: 1px solid #c9c0a0; }")
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fingerprint)

        self.instructions = QLabel(FingerprintDialog)
        self.instructions.setObjectName(u"instructions")
        self.instructions.setWordWrap(True)

        self.mainLayout.addWidget(self.instructions)

        self.matched = QCheckBox(FingerprintDialog)
        self.matched.setObjectName(u"matched")

        self.mainLayout.addWidget(self.matched)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(FingerprintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(FingerprintDialog)
        self.buttonBox.accepted.connect(FingerprintDialog.accept)
        self.buttonBox.rejected.connect(FingerprintDialog.reject)

        QMetaObject.connectSlotsByName(FingerprintDialog)
    # setupUi

    def retranslateUi(self, FingerprintDialog):
        FingerprintDialog.setWindowTitle(QCoreApplication.translate("FingerprintDialog", u"\u0110\u1ed1i chi\u1ebfu d\u1ea5u v\u00e2n tay", None))
        self.intro.setText(QCoreApplication.translate("FingerprintDialog", u"Kh\u00f3a c\u1ee7a \u0111\u01a1n v\u1ecb", None))
#if QT_CONFIG(accessibility)
        self.fingerprint.setAccessibleName(QCoreApplication.translate("FingerprintDialog", u"D\u1ea5u v\u00e2n tay", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprint.setText(QCoreApplication.translate("FingerprintDialog", u"0000 0000 0000 0000 0000 0000 0000 0000", None))
        self.instructions.setText(QCoreApplication.translate("FingerprintDialog", u"H\u00e3y g\u1ecdi \u0111i\u1ec7n v\u00e0 \u0111\u1ecdc \u0111\u1ed1i chi\u1ebfu t\u1eebng nh\u00f3m b\u1ed1n k\u00fd t\u1ef1.", None))
        self.matched.setText(QCoreApplication.translate("FingerprintDialog", u"T\u00f4i \u0111\u00e3 \u0111\u1ecdc \u0111\u1ed1i chi\u1ebfu v\u00e0 d\u1ea5u v\u00e2n tay &tr\u00f9ng kh\u1edbp", None))
    # retranslateUi

