# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'membership_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit)

class Ui_MembershipDialog(object):
    def setupUi(self, MembershipDialog):
        if not MembershipDialog.objectName():
            MembershipDialog.setObjectName(u"MembershipDialog")
        MembershipDialog.resize(640, 560)
        MembershipDialog.setMinimumSize(QSize(580, 0))
        self.mainLayout = QVBoxLayout(MembershipDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.bodyLabel = QLabel(MembershipDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")
        self.bodyLabel.setStyleSheet(u"font-weight: bold;")
        self.bodyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.bodyLabel)

        self.personGroup = QGroupBox(MembershipDialog)
        self.personGroup.setObjectName(u"personGroup")
        self.personLayout = QVBoxLayout(self.personGroup)
        self.personLayout.setObjectName(u"personLayout")
        self.sourceLayout = QHBoxLayout()
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.existingRadio = QRadioButton(self.personGroup)
        self.existingRadio.setObjectName(u"existingRadio")
        self.existingRadio.setChecked(True)

        self.sourceLayout.addWidget(self.existingRadio)

        self.newRadio = QRadioButton(self.personGroup)
        self.newRadio.setObjectName(u"newRadio")

        self.sourceLayout.addWidget(self.newRadio)

        self.sourceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sourceLayout.addItem(self.sourceSpacer)


        self.personLayout.addLayout(self.sourceLayout)

        self.personStack = QStackedWidget(self.personGroup)
        self.personStack.setObjectName(u"personStack")
        self.existingPage = QWidget()
        self.existingPage.setObjectName(u"existingPage")
        self.pickerLayout = QVBoxLayout(self.existingPage)
        self.pickerLayout.setObjectName(u"pickerLayout")
        self.pickerLayout.setContentsMargins(0, 0, 0, 0)
        self.personStack.addWidget(self.existingPage)
        self.newPage = QWidget()
        self.newPage.setObjectName(u"newPage")
        self.newForm = QFormLayout(self.newPage)
        self.newForm.setObjectName(u"newForm")
        self.newForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.newForm.setContentsMargins(0, 0, 0, 0)
        self.newNameLabel = QLabel(self.newPage)
        self.newNameLabel.setObjectName(u"newNameLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newNameLabel)

        self.newNameEdit = QLineEdit(self.newPage)
        self.newNameEdit.setObjectName(u"newNameEdit")

        self.newForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newNameEdit)

        self.newSexLabel = QLabel(self.newPage)
        self.newSexLabel.setObjectName(u"newSexLabel")

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newSexLabel)

        self.newSexLayout = QHBoxLayout()
        self.newSexLayout.setObjectName(u"newSexLayout")
        self.newSexCombo = CodeCombo(self.newPage)
        self.newSexCombo.setObjectName(u"newSexCombo")

        self.newSexLayout.addWidget(self.newSexCombo)

        self.newBirthEdit = DateEdit(self.newPage)
        self.newBirthEdit.setObjectName(u"newBirthEdit")

        self.newSexLayout.addWidget(self.newBirthEdit)


        self.newForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.newSexLayout)

        self.newVillageLabel = QLabel(self.newPage)
        self.newVillageLabel.setObjectName(u"newVillageLabel")

        self.newForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newVillageLabel)

        self.newVillageCombo = CodeCombo(self.newPage)
        self.newVillageCombo.setObjectName(u"newVillageCombo")

        self.newForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newVillageCombo)

        self.newIdLabel = QLabel(self.newPage)
        self.newIdLabel.setObjectName(u"newIdLabel")

        self.newForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newIdLabel)

        self.newIdLayout = QHBoxLayout()
        self.newIdLayout.setObjectName(u"newIdLayout")
        self.newIdEdit = QLineEdit(self.newPage)
        self.newIdEdit.setObjectName(u"newIdEdit")
        self.newIdEdit.setMaxLength(14)

        self.newIdLayout.addWidget(self.newIdEdit)

        self.newPhoneEdit = QLineEdit(self.newPage)
        self.newPhoneEdit.setObjectName(u"newPhoneEdit")

        self.newIdLayout.addWidget(self.newPhoneEdit)


        self.newForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.newIdLayout)

        self.personStack.addWidget(self.newPage)

        self.personLayout.addWidget(self.personStack)


        self.mainLayout.addWidget(self.personGroup)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.roleLabel = QLabel(MembershipDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = CodeCombo(MembershipDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.branchLabel = QLabel(MembershipDialog)
        self.branchLabel.setObjectName(u"branchLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.branchLabel)

        self.branchCombo = CodeCombo(MembershipDialog)
        self.branchCombo.setObjectName(u"branchCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.branchCombo)

        self.startLabel = QLabel(MembershipDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = DateEdit(MembershipDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.decisionNumberLabel = QLabel(MembershipDialog)
        self.decisionNumberLabel.setObjectName(u"decisionNumberLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionNumberLabel)

        self.decisionLayout = QHBoxLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionNumberEdit = QLineEdit(MembershipDialog)
        self.decisionNumberEdit.setObjectName(u"decisionNumberEdit")

        self.decisionLayout.addWidget(self.decisionNumberEdit)

        self.decisionDateLabel = QLabel(MembershipDialog)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.decisionLayout.addWidget(self.decisionDateLabel)

        self.decisionDateEdit = DateEdit(MembershipDialog)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.decisionLayout.addWidget(self.decisionDateEdit)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.decisionLayout)

        self.notesLabel = QLabel(MembershipDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(MembershipDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.hint = QLabel(MembershipDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(MembershipDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.newNameLabel.setBuddy(self.newNameEdit)
        self.newSexLabel.setBuddy(self.newSexCombo)
        self.newVillageLabel.setBuddy(self.newVillageCombo)
        self.newIdLabel.setBuddy(self.newIdEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.branchLabel.setBuddy(self.branchCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.decisionNumberLabel.setBuddy(self.decisionNumberEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.existingRadio, self.newRadio)
        QWidget.setTabOrder(self.newRadio, self.newNameEdit)
        QWidget.setTabOrder(self.newNameEdit, self.newSexCombo)
        QWidget.setTabOrder(self.newSexCombo, self.newBirthEdit)
        QWidget.setTabOrder(self.newBirthEdit, self.newVillageCombo)
        QWidget.setTabOrder(self.newVillageCombo, self.newIdEdit)
        QWidget.setTabOrder(self.newIdEdit, self.newPhoneEdit)
        QWidget.setTabOrder(self.newPhoneEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.branchCombo)
        QWidget.setTabOrder(self.branchCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.decisionNumberEdit)
        QWidget.setTabOrder(self.decisionNumberEdit, self.decisionDateEdit)
        QWidget.setTabOrder(self.decisionDateEdit, self.notesEdit)

        self.retranslateUi(MembershipDialog)
        self.buttonBox.accepted.connect(MembershipDialog.accept)
        self.buttonBox.rejected.connect(MembershipDialog.reject)

        self.personStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MembershipDialog)
    # setupUi

    def retranslateUi(self, MembershipDialog):
        MembershipDialog.setWindowTitle(QCoreApplication.translate("MembershipDialog", u"Th\u00e0nh vi\u00ean", None))
        self.bodyLabel.setText(QCoreApplication.translate("MembershipDialog", u"Ban", None))
        self.personGroup.setTitle(QCoreApplication.translate("MembershipDialog", u"Ng\u01b0\u1eddi *", None))
        self.existingRadio.setText(QCoreApplication.translate("MembershipDialog", u"Ng\u01b0\u1eddi \u0111\u00e3 c\u00f3 trong &s\u1ed5", None))
        self.newRadio.setText(QCoreApplication.translate("MembershipDialog", u"Th\u00eam ng\u01b0\u1eddi &m\u1edbi", None))
        self.newNameLabel.setText(QCoreApplication.translate("MembershipDialog", u"&H\u1ecd v\u00e0 t\u00ean: *", None))
        self.newSexLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Gi\u1edbi t\u00ednh, n\u0103m sinh:", None))
        self.newVillageLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Khu d\u00e2n c\u01b0:", None))
        self.newIdLabel.setText(QCoreApplication.translate("MembershipDialog", u"S\u1ed1 \u0111\u1ecbnh danh (&CCCD), \u0111i\u1ec7n tho\u1ea1i:", None))
        self.newIdEdit.setPlaceholderText(QCoreApplication.translate("MembershipDialog", u"12 ch\u1eef s\u1ed1", None))
        self.newPhoneEdit.setPlaceholderText(QCoreApplication.translate("MembershipDialog", u"\u0110i\u1ec7n tho\u1ea1i", None))
        self.roleLabel.setText(QCoreApplication.translate("MembershipDialog", u"&Ch\u1ee9c danh: *", None))
        self.branchLabel.setText(QCoreApplication.translate("MembershipDialog", u"\u0110\u1ea1i &di\u1ec7n cho:", None))
        self.startLabel.setText(QCoreApplication.translate("MembershipDialog", u"&T\u1eeb ng\u00e0y:", None))
        self.decisionNumberLabel.setText(QCoreApplication.translate("MembershipDialog", u"S\u1ed1 &quy\u1ebft \u0111\u1ecbnh:", None))
        self.decisionNumberEdit.setPlaceholderText(QCoreApplication.translate("MembershipDialog", u"s\u1ed1/k\u00fd hi\u1ec7u", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("MembershipDialog", u"n&g\u00e0y", None))
        self.notesLabel.setText(QCoreApplication.translate("MembershipDialog", u"G&hi ch\u00fa:", None))
        self.hint.setText(QCoreApplication.translate("MembershipDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

