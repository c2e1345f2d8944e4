# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reform_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import DateEdit

class Ui_ReformDialog(object):
    def setupUi(self, ReformDialog):
        if not ReformDialog.objectName():
            ReformDialog.setObjectName(u"ReformDialog")
        ReformDialog.resize(760, 640)
        ReformDialog.setMinimumSize(QSize(700, 600))
        self.mainLayout = QVBoxLayout(ReformDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bodyLabel = QLabel(ReformDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setStyleSheet(u"font-weight: bold;")
        self.bodyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.bodyLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.onDateLabel = QLabel(ReformDialog)
        self.onDateLabel.setObjectName(u"onDateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.onDateLabel)

        self.onDateEdit = DateEdit(ReformDialog)
        self.onDateEdit.setObjectName(u"onDateEdit")
        self.onDateEdit.setMaximumSize(QSize(160, 16777215))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.onDateEdit)

        self.decisionNumberLabel = QLabel(ReformDialog)
        self.decisionNumberLabel.setObjectName(u"decisionNumberLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionNumberLabel)

        self.decisionLayout = QHBoxLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionNumberEdit = QLineEdit(ReformDialog)
        self.decisionNumberEdit.setObjectName(u"decisionNumberEdit")

        self.decisionLayout.addWidget(self.decisionNumberEdit)

        self.decisionDateLabel = QLabel(ReformDialog)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.decisionLayout.addWidget(self.decisionDateLabel)

        self.decisionDateEdit = DateEdit(ReformDialog)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.decisionLayout.addWidget(self.decisionDateEdit)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.decisionLayout)


        self.mainLayout.addLayout(self.form)

        self.leavingGroup = QGroupBox(ReformDialog)
        self.leavingGroup.setObjectName(u"leavingGroup")
        self.leavingLayout = QVBoxLayout(self.leavingGroup)
        self.leavingLayout.setObjectName(u"leavingLayout")
        self.leavingTable = QTableWidget(self.leavingGroup)
        self.leavingTable.setObjectName(u"leavingTable")
        self.leavingTable.setMinimumSize(QSize(0, 220))
        self.leavingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.leavingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leavingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.leavingTable.horizontalHeader().setStretchLastSection(True)
        self.leavingTable.verticalHeader().setVisible(False)

        self.leavingLayout.addWidget(self.leavingTable)


        self.mainLayout.addWidget(self.leavingGroup)

        self.joiningGroup = QGroupBox(ReformDialog)
        self.joiningGroup.setObjectName(u"joiningGroup")
        self.joiningLayout = QVBoxLayout(self.joiningGroup)
        self.joiningLayout.setObjectName(u"joiningLayout")
        self.joiningTable = QTableWidget(self.joiningGroup)
        self.joiningTable.setObjectName(u"joiningTable")
        self.joiningTable.setMinimumSize(QSize(0, 120))
        self.joiningTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.joiningTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.joiningTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.joiningTable.horizontalHeader().setStretchLastSection(True)
        self.joiningTable.verticalHeader().setVisible(False)

        self.joiningLayout.addWidget(self.joiningTable)

        self.joiningButtons = QHBoxLayout()
        self.joiningButtons.setObjectName(u"joiningButtons")
        self.addJoinerButton = QPushButton(self.joiningGroup)
        self.addJoinerButton.setObjectName(u"addJoinerButton")
        self.addJoinerButton.setAutoDefault(False)

        self.joiningButtons.addWidget(self.addJoinerButton)

        self.removeJoinerButton = QPushButton(self.joiningGroup)
        self.removeJoinerButton.setObjectName(u"removeJoinerButton")
        self.removeJoinerButton.setAutoDefault(False)

        self.joiningButtons.addWidget(self.removeJoinerButton)

        self.joiningSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.joiningButtons.addItem(self.joiningSpacer)


        self.joiningLayout.addLayout(self.joiningButtons)


        self.mainLayout.addWidget(self.joiningGroup)

        self.buttonBox = QDialogButtonBox(ReformDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.onDateLabel.setBuddy(self.onDateEdit)
        self.decisionNumberLabel.setBuddy(self.decisionNumberEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.onDateEdit, self.decisionNumberEdit)
        QWidget.setTabOrder(self.decisionNumberEdit, self.decisionDateEdit)
        QWidget.setTabOrder(self.decisionDateEdit, self.leavingTable)
        QWidget.setTabOrder(self.leavingTable, self.joiningTable)
        QWidget.setTabOrder(self.joiningTable, self.addJoinerButton)
        QWidget.setTabOrder(self.addJoinerButton, self.removeJoinerButton)

        self.retranslateUi(ReformDialog)
        self.buttonBox.accepted.connect(ReformDialog.accept)
        self.buttonBox.rejected.connect(ReformDialog.reject)

        QMetaObject.connectSlotsByName(ReformDialog)
    # setupUi

    def retranslateUi(self, ReformDialog):
        ReformDialog.setWindowTitle(QCoreApplication.translate("ReformDialog", u"Ki\u1ec7n to\u00e0n ban", None))
        self.bodyLabel.setText(QCoreApplication.translate("ReformDialog", u"Ban", None))
        self.onDateLabel.setText(QCoreApplication.translate("ReformDialog", u"Ng\u00e0y &ki\u1ec7n to\u00e0n:", None))
        self.decisionNumberLabel.setText(QCoreApplication.translate("ReformDialog", u"S\u1ed1 &quy\u1ebft \u0111\u1ecbnh:", None))
        self.decisionNumberEdit.setPlaceholderText(QCoreApplication.translate("ReformDialog", u"12/Q\u0110-MTTQ-BTT", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("ReformDialog", u"n&g\u00e0y", None))
        self.leavingGroup.setTitle(QCoreApplication.translate("ReformDialog", u"Th\u00e0nh vi\u00ean th\u00f4i (\u0111\u00e1nh d\u1ea5u ng\u01b0\u1eddi th\u00f4i v\u00e0 ch\u1ecdn l\u00fd do)", None))
#if QT_CONFIG(accessibility)
        self.leavingTable.setAccessibleName(QCoreApplication.translate("ReformDialog", u"Th\u00e0nh vi\u00ean th\u00f4i", None))
#endif // QT_CONFIG(accessibility)
        self.joiningGroup.setTitle(QCoreApplication.translate("ReformDialog", u"B\u1ed5 sung th\u00e0nh vi\u00ean", None))
#if QT_CONFIG(accessibility)
        self.joiningTable.setAccessibleName(QCoreApplication.translate("ReformDialog", u"Th\u00e0nh vi\u00ean b\u1ed5 sung", None))
#endif // QT_CONFIG(accessibility)
        self.addJoinerButton.setText(QCoreApplication.translate("ReformDialog", u"&Th\u00eam ng\u01b0\u1eddi\u2026", None))
        self.removeJoinerButton.setText(QCoreApplication.translate("ReformDialog", u"&B\u1ecf ng\u01b0\u1eddi \u0111\u00e3 ch\u1ecdn", None))
    # retranslateUi

