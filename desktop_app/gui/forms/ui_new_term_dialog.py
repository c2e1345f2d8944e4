# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_term_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import DateEdit

class Ui_NewTermDialog(object):
    def setupUi(self, NewTermDialog):
        if not NewTermDialog.objectName():
            NewTermDialog.setObjectName(u"NewTermDialog")
        NewTermDialog.resize(620, 600)
        NewTermDialog.setMinimumSize(QSize(560, 440))
        self.mainLayout = QVBoxLayout(NewTermDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bodyLabel = QLabel(NewTermDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setStyleSheet(u"font-weight: bold;")
        self.bodyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.bodyLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.termLabel = QLabel(NewTermDialog)
        self.termLabel.setObjectName(u"termLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.termLabel)

        self.termLayout = QHBoxLayout()
        self.termLayout.setObjectName(u"termLayout")
        self.termLabelEdit = QLineEdit(NewTermDialog)
        self.termLabelEdit.setObjectName(u"termLabelEdit")
        self.termLabelEdit.setMaximumSize(QSize(120, 16777215))

        self.termLayout.addWidget(self.termLabelEdit)

        self.termStartLabel = QLabel(NewTermDialog)
        self.termStartLabel.setObjectName(u"termStartLabel")

        self.termLayout.addWidget(self.termStartLabel)

        self.termStartEdit = DateEdit(NewTermDialog)
        self.termStartEdit.setObjectName(u"termStartEdit")

        self.termLayout.addWidget(self.termStartEdit)

        self.termEndLabel = QLabel(NewTermDialog)
        self.termEndLabel.setObjectName(u"termEndLabel")

        self.termLayout.addWidget(self.termEndLabel)

        self.termEndEdit = DateEdit(NewTermDialog)
        self.termEndEdit.setObjectName(u"termEndEdit")

        self.termLayout.addWidget(self.termEndEdit)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.termLayout)

        self.decisionNumberLabel = QLabel(NewTermDialog)
        self.decisionNumberLabel.setObjectName(u"decisionNumberLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionNumberLabel)

        self.decisionLayout = QHBoxLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionNumberEdit = QLineEdit(NewTermDialog)
        self.decisionNumberEdit.setObjectName(u"decisionNumberEdit")

        self.decisionLayout.addWidget(self.decisionNumberEdit)

        self.decisionDateLabel = QLabel(NewTermDialog)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.decisionLayout.addWidget(self.decisionDateLabel)

        self.decisionDateEdit = DateEdit(NewTermDialog)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.decisionLayout.addWidget(self.decisionDateEdit)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.decisionLayout)


        self.mainLayout.addLayout(self.form)

        self.membersGroup = QGroupBox(NewTermDialog)
        self.membersGroup.setObjectName(u"membersGroup")
        self.membersLayout = QVBoxLayout(self.membersGroup)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersList = QListWidget(self.membersGroup)
        self.membersList.setObjectName(u"membersList")

        self.membersLayout.addWidget(self.membersList)

        self.membersButtons = QHBoxLayout()
        self.membersButtons.setObjectName(u"membersButtons")
        self.allButton = QPushButton(self.membersGroup)
        self.allButton.setObjectName(u"allButton")
        self.allButton.setAutoDefault(False)

        self.membersButtons.addWidget(self.allButton)

        self.noneButton = QPushButton(self.membersGroup)
        self.noneButton.setObjectName(u"noneButton")
        self.noneButton.setAutoDefault(False)

        self.membersButtons.addWidget(self.noneButton)

        self.membersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.membersButtons.addItem(self.membersSpacer)

        self.countLabel = QLabel(self.membersGroup)
        self.countLabel.setObjectName(u"countLabel")

        self.membersButtons.addWidget(self.countLabel)


        self.membersLayout.addLayout(self.membersButtons)

        self.hintLabel = QLabel(self.membersGroup)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555;")
        self.hintLabel.setWordWrap(True)

        self.membersLayout.addWidget(self.hintLabel)


        self.mainLayout.addWidget(self.membersGroup)

        self.buttonBox = QDialogButtonBox(NewTermDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.termLabel.setBuddy(self.termLabelEdit)
        self.termStartLabel.setBuddy(self.termStartEdit)
        self.termEndLabel.setBuddy(self.termEndEdit)
        self.decisionNumberLabel.setBuddy(self.decisionNumberEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.termLabelEdit, self.termStartEdit)
        QWidget.setTabOrder(self.termStartEdit, self.termEndEdit)
        QWidget.setTabOrder(self.termEndEdit, self.decisionNumberEdit)
        QWidget.setTabOrder(self.decisionNumberEdit, self.decisionDateEdit)
        QWidget.setTabOrder(self.decisionDateEdit, self.membersList)
        QWidget.setTabOrder(self.membersList, self.allButton)
        QWidget.setTabOrder(self.allButton, self.noneButton)

        self.retranslateUi(NewTermDialog)
        self.buttonBox.accepted.connect(NewTermDialog.accept)
        self.buttonBox.rejected.connect(NewTermDialog.reject)

        QMetaObject.connectSlotsByName(NewTermDialog)
    # setupUi

    def retranslateUi(self, NewTermDialog):
        NewTermDialog.setWindowTitle(QCoreApplication.translate("NewTermDialog", u"B\u1eaft \u0111\u1ea7u nhi\u1ec7m k\u1ef3 m\u1edbi", None))
        self.bodyLabel.setText(QCoreApplication.translate("NewTermDialog", u"Ban", None))
        self.termLabel.setText(QCoreApplication.translate("NewTermDialog", u"&Nhi\u1ec7m k\u1ef3 m\u1edbi:", None))
        self.termLabelEdit.setPlaceholderText(QCoreApplication.translate("NewTermDialog", u"2029\u20132034", None))
        self.termStartLabel.setText(QCoreApplication.translate("NewTermDialog", u"t&\u1eeb", None))
        self.termEndLabel.setText(QCoreApplication.translate("NewTermDialog", u"\u0111&\u1ebfn", None))
        self.decisionNumberLabel.setText(QCoreApplication.translate("NewTermDialog", u"S\u1ed1 &quy\u1ebft \u0111\u1ecbnh:", None))
        self.decisionNumberEdit.setPlaceholderText(QCoreApplication.translate("NewTermDialog", u"12/Q\u0110-MTTQ-BTT", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("NewTermDialog", u"n&g\u00e0y", None))
        self.membersGroup.setTitle(QCoreApplication.translate("NewTermDialog", u"Th\u00e0nh vi\u00ean ti\u1ebfp t\u1ee5c sang nhi\u1ec7m k\u1ef3 m\u1edbi", None))
#if QT_CONFIG(accessibility)
        self.membersList.setAccessibleName(QCoreApplication.translate("NewTermDialog", u"Th\u00e0nh vi\u00ean ti\u1ebfp t\u1ee5c", None))
#endif // QT_CONFIG(accessibility)
        self.allButton.setText(QCoreApplication.translate("NewTermDialog", u"Ch\u1ecdn &t\u1ea5t c\u1ea3", None))
        self.noneButton.setText(QCoreApplication.translate("NewTermDialog", u"&B\u1ecf ch\u1ecdn t\u1ea5t c\u1ea3", None))
        self.countLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("NewTermDialog", u"Ng\u01b0\u1eddi \u0111\u01b0\u1ee3c \u0111\u00e1nh d\u1ea5u gi\u1eef ch\u1ee9c danh c\u0169 trong nhi\u1ec7m k\u1ef3 m\u1edbi; ng\u01b0\u1eddi b\u1ecf d\u1ea5u th\u00f4i v\u1edbi l\u00fd do \u201cH\u1ebft nhi\u1ec7m k\u1ef3\u201d.", None))
    # retranslateUi

