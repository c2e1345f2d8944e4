# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'body_history_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QTextBrowser, QVBoxLayout)

class Ui_BodyHistoryDialog(object):
    def setupUi(self, BodyHistoryDialog):
        if not BodyHistoryDialog.objectName():
            BodyHistoryDialog.setObjectName(u"BodyHistoryDialog")
        BodyHistoryDialog.resize(860, 600)
        BodyHistoryDialog.setMinimumSize(QSize(820, 520))
        self.mainLayout = QVBoxLayout(BodyHistoryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.historyBrowser = QTextBrowser(BodyHistoryDialog)
        self.historyBrowser.setObjectName(u"historyBrowser")
        self.historyBrowser.setOpenLinks(False)

        self.mainLayout.addWidget(self.historyBrowser)

        self.buttonBox = QDialogButtonBox(BodyHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(BodyHistoryDialog)
        self.buttonBox.rejected.connect(BodyHistoryDialog.reject)

        QMetaObject.connectSlotsByName(BodyHistoryDialog)
    # setupUi

    def retranslateUi(self, BodyHistoryDialog):
        BodyHistoryDialog.setWindowTitle(QCoreApplication.translate("BodyHistoryDialog", u"Ai tham gia ban khi n\u00e0o", None))
#if QT_CONFIG(accessibility)
        self.historyBrowser.setAccessibleName(QCoreApplication.translate("BodyHistoryDialog", u"L\u1ecbch s\u1eed th\u00e0nh vi\u00ean c\u1ee7a ban", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

