# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_villages_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit)

class Ui_MergeVillagesDialog(object):
    def setupUi(self, MergeVillagesDialog):
        if not MergeVillagesDialog.objectName():
            MergeVillagesDialog.setObjectName(u"MergeVillagesDialog")
        MergeVillagesDialog.resize(760, 560)
        MergeVillagesDialog.setMinimumSize(QSize(640, 480))
        self.mainLayout = QVBoxLayout(MergeVillagesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.sourcesGroup = QGroupBox(MergeVillagesDialog)
        self.sourcesGroup.setObjectName(u"sourcesGroup")
        self.sourcesLayout = QVBoxLayout(self.sourcesGroup)
        self.sourcesLayout.setObjectName(u"sourcesLayout")
        self.sourcesList = QListWidget(self.sourcesGroup)
        self.sourcesList.setObjectName(u"sourcesList")

        self.sourcesLayout.addWidget(self.sourcesList)


        self.columns.addWidget(self.sourcesGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.targetGroup = QGroupBox(MergeVillagesDialog)
        self.targetGroup.setObjectName(u"targetGroup")
        self.targetForm = QFormLayout(self.targetGroup)
        self.targetForm.setObjectName(u"targetForm")
        self.targetForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.existingRadio = QRadioButton(self.targetGroup)
        self.existingRadio.setObjectName(u"existingRadio")
        self.existingRadio.setChecked(True)

        self.targetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.existingRadio)

        self.targetCombo = CodeCombo(self.targetGroup)
        self.targetCombo.setObjectName(u"targetCombo")

        self.targetForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.newRadio = QRadioButton(self.targetGroup)
        self.newRadio.setObjectName(u"newRadio")

        self.targetForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newRadio)

        self.newLayout = QHBoxLayout()
        self.newLayout.setObjectName(u"newLayout")
        self.newKindCombo = CodeCombo(self.targetGroup)
        self.newKindCombo.setObjectName(u"newKindCombo")

        self.newLayout.addWidget(self.newKindCombo)

        self.newNameEdit = QLineEdit(self.targetGroup)
        self.newNameEdit.setObjectName(u"newNameEdit")

        self.newLayout.addWidget(self.newNameEdit)


        self.targetForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.newLayout)

        self.dateLabel = QLabel(self.targetGroup)
        self.dateLabel.setObjectName(u"dateLabel")

        self.targetForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.mergeDateEdit = DateEdit(self.targetGroup)
        self.mergeDateEdit.setObjectName(u"mergeDateEdit")

        self.targetForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mergeDateEdit)

        self.decisionNumberLabel = QLabel(self.targetGroup)
        self.decisionNumberLabel.setObjectName(u"decisionNumberLabel")

        self.targetForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionNumberLabel)

        self.decisionLayout = QHBoxLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionNumberEdit = QLineEdit(self.targetGroup)
        self.decisionNumberEdit.setObjectName(u"decisionNumberEdit")

        self.decisionLayout.addWidget(self.decisionNumberEdit)

        self.decisionDateLabel = QLabel(self.targetGroup)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.decisionLayout.addWidget(self.decisionDateLabel)

        self.decisionDateEdit = DateEdit(self.targetGroup)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.decisionLayout.addWidget(self.decisionDateEdit)


        self.targetForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.decisionLayout)


        self.rightColumn.addWidget(self.targetGroup)

        self.summaryLabel = QLabel(MergeVillagesDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.rightColumn.addWidget(self.summaryLabel)


        self.columns.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columns)

        self.committeeGroup = QGroupBox(MergeVillagesDialog)
        self.committeeGroup.setObjectName(u"committeeGroup")
        self.committeeGroup.setCheckable(True)
        self.committeeGroup.setChecked(True)
        self.committeeLayout = QVBoxLayout(self.committeeGroup)
        self.committeeLayout.setObjectName(u"committeeLayout")
        self.termLayout = QHBoxLayout()
        self.termLayout.setObjectName(u"termLayout")
        self.termLabel = QLabel(self.committeeGroup)
        self.termLabel.setObjectName(u"termLabel")

        self.termLayout.addWidget(self.termLabel)

        self.termLabelEdit = QLineEdit(self.committeeGroup)
        self.termLabelEdit.setObjectName(u"termLabelEdit")
        self.termLabelEdit.setMaximumSize(QSize(120, 16777215))

        self.termLayout.addWidget(self.termLabelEdit)

        self.termEndLabel = QLabel(self.committeeGroup)
        self.termEndLabel.setObjectName(u"termEndLabel")

        self.termLayout.addWidget(self.termEndLabel)

        self.termEndEdit = DateEdit(self.committeeGroup)
        self.termEndEdit.setObjectName(u"termEndEdit")

        self.termLayout.addWidget(self.termEndEdit)

        self.termSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.termLayout.addItem(self.termSpacer)

        self.countLabel = QLabel(self.committeeGroup)
        self.countLabel.setObjectName(u"countLabel")

        self.termLayout.addWidget(self.countLabel)


        self.committeeLayout.addLayout(self.termLayout)

        self.membersList = QListWidget(self.committeeGroup)
        self.membersList.setObjectName(u"membersList")

        self.committeeLayout.addWidget(self.membersList)

        self.hintLabel = QLabel(self.committeeGroup)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555;")
        self.hintLabel.setWordWrap(True)

        self.committeeLayout.addWidget(self.hintLabel)


        self.mainLayout.addWidget(self.committeeGroup)

        self.buttonBox = QDialogButtonBox(MergeVillagesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.mergeDateEdit)
        self.decisionNumberLabel.setBuddy(self.decisionNumberEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
        self.termLabel.setBuddy(self.termLabelEdit)
        self.termEndLabel.setBuddy(self.termEndEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sourcesList, self.existingRadio)
        QWidget.setTabOrder(self.existingRadio, self.targetCombo)
        QWidget.setTabOrder(self.targetCombo, self.newRadio)
        QWidget.setTabOrder(self.newRadio, self.newKindCombo)
        QWidget.setTabOrder(self.newKindCombo, self.newNameEdit)
        QWidget.setTabOrder(self.newNameEdit, self.mergeDateEdit)
        QWidget.setTabOrder(self.mergeDateEdit, self.decisionNumberEdit)
        QWidget.setTabOrder(self.decisionNumberEdit, self.decisionDateEdit)
        QWidget.setTabOrder(self.decisionDateEdit, self.committeeGroup)
        QWidget.setTabOrder(self.committeeGroup, self.termLabelEdit)
        QWidget.setTabOrder(self.termLabelEdit, self.termEndEdit)
        QWidget.setTabOrder(self.termEndEdit, self.membersList)

        self.retranslateUi(MergeVillagesDialog)
        self.buttonBox.accepted.connect(MergeVillagesDialog.accept)
        self.buttonBox.rejected.connect(MergeVillagesDialog.reject)

        QMetaObject.connectSlotsByName(MergeVillagesDialog)
    # setupUi

    def retranslateUi(self, MergeVillagesDialog):
        MergeVillagesDialog.setWindowTitle(QCoreApplication.translate("MergeVillagesDialog", u"S\u00e1p nh\u1eadp khu d\u00e2n c\u01b0", None))
        self.sourcesGroup.setTitle(QCoreApplication.translate("MergeVillagesDialog", u"&1. C\u00e1c khu d\u00e2n c\u01b0 s\u00e1p nh\u1eadp", None))
#if QT_CONFIG(accessibility)
        self.sourcesList.setAccessibleName(QCoreApplication.translate("MergeVillagesDialog", u"C\u00e1c khu d\u00e2n c\u01b0 s\u00e1p nh\u1eadp", None))
#endif // QT_CONFIG(accessibility)
        self.targetGroup.setTitle(QCoreApplication.translate("MergeVillagesDialog", u"2. Khu d\u00e2n c\u01b0 sau s\u00e1p nh\u1eadp", None))
        self.existingRadio.setText(QCoreApplication.translate("MergeVillagesDialog", u"Khu &c\u00f3 s\u1eb5n:", None))
#if QT_CONFIG(accessibility)
        self.targetCombo.setAccessibleName(QCoreApplication.translate("MergeVillagesDialog", u"Khu d\u00e2n c\u01b0 gi\u1eef l\u1ea1i", None))
#endif // QT_CONFIG(accessibility)
        self.newRadio.setText(QCoreApplication.translate("MergeVillagesDialog", u"Khu &m\u1edbi, t\u00ean:", None))
#if QT_CONFIG(accessibility)
        self.newKindCombo.setAccessibleName(QCoreApplication.translate("MergeVillagesDialog", u"Lo\u1ea1i khu m\u1edbi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newNameEdit.setAccessibleName(QCoreApplication.translate("MergeVillagesDialog", u"T\u00ean khu m\u1edbi", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("MergeVillagesDialog", u"&Ng\u00e0y s\u00e1p nh\u1eadp:", None))
        self.decisionNumberLabel.setText(QCoreApplication.translate("MergeVillagesDialog", u"S\u1ed1 &quy\u1ebft \u0111\u1ecbnh:", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("MergeVillagesDialog", u"n&g\u00e0y", None))
        self.summaryLabel.setText("")
        self.committeeGroup.setTitle(QCoreApplication.translate("MergeVillagesDialog", u"3. &L\u1eadp Ban c\u00f4ng t\u00e1c M\u1eb7t tr\u1eadn m\u1edbi t\u1eeb th\u00e0nh vi\u00ean c\u00e1c ban c\u0169", None))
        self.termLabel.setText(QCoreApplication.translate("MergeVillagesDialog", u"Nhi\u1ec7m &k\u1ef3:", None))
        self.termEndLabel.setText(QCoreApplication.translate("MergeVillagesDialog", u"\u0111\u1ebfn &h\u1ebft ng\u00e0y", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.membersList.setAccessibleName(QCoreApplication.translate("MergeVillagesDialog", u"Th\u00e0nh vi\u00ean ti\u1ebfp t\u1ee5c", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("MergeVillagesDialog", u"M\u1ecdi th\u00e0nh vi\u00ean c\u00e1c ban c\u0169 th\u00f4i tham gia v\u1edbi l\u00fd do \u201cS\u00e1p nh\u1eadp khu d\u00e2n c\u01b0\u201d t\u1eeb ng\u00e0y s\u00e1p nh\u1eadp; ng\u01b0\u1eddi \u0111\u01b0\u1ee3c \u0111\u00e1nh d\u1ea5u v\u00e0o ban m\u1edbi v\u1edbi ch\u1ee9c danh c\u0169 (s\u1eeda ch\u1ee9c danh sau b\u1eb1ng \u201cKi\u1ec7n to\u00e0n\u201d).", None))
    # retranslateUi

