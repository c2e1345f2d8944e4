# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_plan_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QListWidget,
    QSizePolicy, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ImportPlanDialog(object):
    def setupUi(self, ImportPlanDialog):
        if not ImportPlanDialog.objectName():
            ImportPlanDialog.setObjectName(u"ImportPlanDialog")
        ImportPlanDialog.resize(1040, 620)
        ImportPlanDialog.setMinimumSize(QSize(900, 520))
        self.mainLayout = QVBoxLayout(ImportPlanDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summary = QLabel(ImportPlanDialog)
        self.summary.setObjectName(u"summary")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summary.sizePolicy().hasHeightForWidth())
        self.summary.setSizePolicy(sizePolicy)
        self.summary.setWordWrap(True)

        self.mainLayout.addWidget(self.summary)

        self.splitter = QSplitter(ImportPlanDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.filesPanel = QWidget(self.splitter)
        self.filesPanel.setObjectName(u"filesPanel")
        self.filesLayout = QVBoxLayout(self.filesPanel)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesLayout.setContentsMargins(0, 0, 0, 0)
        self.filesLabel = QLabel(self.filesPanel)
        self.filesLabel.setObjectName(u"filesLabel")
        self.filesLabel.setWordWrap(True)

        self.filesLayout.addWidget(self.filesLabel)

        self.files = QListWidget(self.filesPanel)
        self.files.setObjectName(u"files")
        self.files.setMinimumSize(QSize(300, 0))

        self.filesLayout.addWidget(self.files)

        self.splitter.addWidget(self.filesPanel)
        self.details = QTextBrowser(self.splitter)
        self.details.setObjectName(u"details")
        self.details.setOpenLinks(False)
        self.splitter.addWidget(self.details)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(ImportPlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.filesLabel.setBuddy(self.files)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.files, self.details)

        self.retranslateUi(ImportPlanDialog)
        self.buttonBox.accepted.connect(ImportPlanDialog.accept)
        self.buttonBox.rejected.connect(ImportPlanDialog.reject)

        QMetaObject.connectSlotsByName(ImportPlanDialog)
    # setupUi

    def retranslateUi(self, ImportPlanDialog):
        ImportPlanDialog.setWindowTitle(QCoreApplication.translate("ImportPlanDialog", u"K\u1ebft qu\u1ea3 ch\u1ea1y th\u1eed \u2014 ch\u01b0a ghi g\u00ec", None))
        self.summary.setText(QCoreApplication.translate("ImportPlanDialog", u"T\u00f3m t\u1eaft", None))
        self.filesLabel.setText(QCoreApplication.translate("ImportPlanDialog", u"&C\u00e1c t\u1ec7p (d\u1ea5u ch\u1ecdn: s\u1ebd nh\u1eadp; ph\u00edm c\u00e1ch \u0111\u1ec3 ch\u1ecdn/b\u1ecf)", None))
#if QT_CONFIG(accessibility)
        self.files.setAccessibleName(QCoreApplication.translate("ImportPlanDialog", u"C\u00e1c t\u1ec7p g\u00f3i", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("ImportPlanDialog", u"T\u00f3m t\u1eaft c\u1ee7a g\u00f3i", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

