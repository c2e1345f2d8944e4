# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resident_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit)

class Ui_ResidentDialog(object):
    def setupUi(self, ResidentDialog):
        if not ResidentDialog.objectName():
            ResidentDialog.setObjectName(u"ResidentDialog")
        ResidentDialog.resize(900, 540)
        ResidentDialog.setMinimumSize(QSize(880, 0))
        self.mainLayout = QVBoxLayout(ResidentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(14)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.personGroup = QGroupBox(ResidentDialog)
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

        self.personLabel = QLabel(self.personGroup)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)
        self.personLabel.setStyleSheet(u"font-weight: bold;")

        self.personLayout.addWidget(self.personLabel)

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
        self.newForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.newForm.setContentsMargins(0, 0, 0, 0)
        self.full_nameLabel = QLabel(self.newPage)
        self.full_nameLabel.setObjectName(u"full_nameLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_nameLabel)

        self.full_name = QLineEdit(self.newPage)
        self.full_name.setObjectName(u"full_name")
        self.full_name.setMaxLength(120)

        self.newForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.sexLabel = QLabel(self.newPage)
        self.sexLabel.setObjectName(u"sexLabel")

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexBirthLayout = QHBoxLayout()
        self.sexBirthLayout.setObjectName(u"sexBirthLayout")
        self.sex = CodeCombo(self.newPage)
        self.sex.setObjectName(u"sex")

        self.sexBirthLayout.addWidget(self.sex)

        self.birth_date = DateEdit(self.newPage)
        self.birth_date.setObjectName(u"birth_date")

        self.sexBirthLayout.addWidget(self.birth_date)


        self.newForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.sexBirthLayout)

        self.personStack.addWidget(self.newPage)

        self.personLayout.addWidget(self.personStack)

        self.admissionForm = QFormLayout()
        self.admissionForm.setObjectName(u"admissionForm")
        self.admissionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.party_admission_dateLabel = QLabel(self.personGroup)
        self.party_admission_dateLabel.setObjectName(u"party_admission_dateLabel")

        self.admissionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.party_admission_dateLabel)

        self.party_admission_date = DateEdit(self.personGroup)
        self.party_admission_date.setObjectName(u"party_admission_date")

        self.admissionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.party_admission_date)


        self.personLayout.addLayout(self.admissionForm)


        self.leftColumn.addWidget(self.personGroup)

        self.letterGroup = QGroupBox(ResidentDialog)
        self.letterGroup.setObjectName(u"letterGroup")
        self.letterLayout = QVBoxLayout(self.letterGroup)
        self.letterLayout.setObjectName(u"letterLayout")
        self.letterForm = QFormLayout()
        self.letterForm.setObjectName(u"letterForm")
        self.letterForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.letter_numberLabel = QLabel(self.letterGroup)
        self.letter_numberLabel.setObjectName(u"letter_numberLabel")

        self.letterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.letter_numberLabel)

        self.letter_number = QLineEdit(self.letterGroup)
        self.letter_number.setObjectName(u"letter_number")
        self.letter_number.setMaxLength(40)

        self.letterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.letter_number)

        self.letter_dateLabel = QLabel(self.letterGroup)
        self.letter_dateLabel.setObjectName(u"letter_dateLabel")

        self.letterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.letter_dateLabel)

        self.letter_date = DateEdit(self.letterGroup)
        self.letter_date.setObjectName(u"letter_date")

        self.letterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.letter_date)

        self.letter_issuerLabel = QLabel(self.letterGroup)
        self.letter_issuerLabel.setObjectName(u"letter_issuerLabel")

        self.letterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letter_issuerLabel)

        self.letter_issuer = QLineEdit(self.letterGroup)
        self.letter_issuer.setObjectName(u"letter_issuer")
        self.letter_issuer.setMaxLength(200)

        self.letterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letter_issuer)

        self.workplaceLabel = QLabel(self.letterGroup)
        self.workplaceLabel.setObjectName(u"workplaceLabel")

        self.letterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.workplaceLabel)

        self.workplace = QLineEdit(self.letterGroup)
        self.workplace.setObjectName(u"workplace")
        self.workplace.setMaxLength(200)

        self.letterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.workplace)

        self.workplace_party_orgLabel = QLabel(self.letterGroup)
        self.workplace_party_orgLabel.setObjectName(u"workplace_party_orgLabel")

        self.letterForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.workplace_party_orgLabel)

        self.workplace_party_org = QLineEdit(self.letterGroup)
        self.workplace_party_org.setObjectName(u"workplace_party_org")
        self.workplace_party_org.setMaxLength(200)

        self.letterForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.workplace_party_org)

        self.received_dateLabel = QLabel(self.letterGroup)
        self.received_dateLabel.setObjectName(u"received_dateLabel")

        self.letterForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.received_dateLabel)

        self.received_date = DateEdit(self.letterGroup)
        self.received_date.setObjectName(u"received_date")

        self.letterForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.received_date)


        self.letterLayout.addLayout(self.letterForm)


        self.leftColumn.addWidget(self.letterGroup)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.residenceGroup = QGroupBox(ResidentDialog)
        self.residenceGroup.setObjectName(u"residenceGroup")
        self.residenceLayout = QVBoxLayout(self.residenceGroup)
        self.residenceLayout.setObjectName(u"residenceLayout")
        self.residenceForm = QFormLayout()
        self.residenceForm.setObjectName(u"residenceForm")
        self.residenceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.village_idLabel = QLabel(self.residenceGroup)
        self.village_idLabel.setObjectName(u"village_idLabel")

        self.residenceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.village_idLabel)

        self.village_id = CodeCombo(self.residenceGroup)
        self.village_id.setObjectName(u"village_id")

        self.residenceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.village_id)

        self.party_cellLabel = QLabel(self.residenceGroup)
        self.party_cellLabel.setObjectName(u"party_cellLabel")

        self.residenceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.party_cellLabel)

        self.party_cell = QLineEdit(self.residenceGroup)
        self.party_cell.setObjectName(u"party_cell")
        self.party_cell.setMaxLength(120)

        self.residenceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.party_cell)

        self.categoryLabel = QLabel(self.residenceGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.residenceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = CodeCombo(self.residenceGroup)
        self.category.setObjectName(u"category")

        self.residenceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.category)

        self.registered_dateLabel = QLabel(self.residenceGroup)
        self.registered_dateLabel.setObjectName(u"registered_dateLabel")

        self.residenceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.registered_dateLabel)

        self.registered_date = DateEdit(self.residenceGroup)
        self.registered_date.setObjectName(u"registered_date")

        self.residenceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.registered_date)

        self.deadlineLabel = QLabel(self.residenceGroup)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setWordWrap(True)

        self.residenceForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.deadlineLabel)

        self.left_dateLabel = QLabel(self.residenceGroup)
        self.left_dateLabel.setObjectName(u"left_dateLabel")

        self.residenceForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.left_dateLabel)

        self.left_date = DateEdit(self.residenceGroup)
        self.left_date.setObjectName(u"left_date")

        self.residenceForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.left_date)

        self.notesLabel = QLabel(self.residenceGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.residenceForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.residenceGroup)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 80))

        self.residenceForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)


        self.residenceLayout.addLayout(self.residenceForm)


        self.rightColumn.addWidget(self.residenceGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columns)

        self.hint = QLabel(ResidentDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555;")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(ResidentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.full_nameLabel.setBuddy(self.full_name)
        self.sexLabel.setBuddy(self.sex)
        self.party_admission_dateLabel.setBuddy(self.party_admission_date)
        self.letter_numberLabel.setBuddy(self.letter_number)
        self.letter_dateLabel.setBuddy(self.letter_date)
        self.letter_issuerLabel.setBuddy(self.letter_issuer)
        self.workplaceLabel.setBuddy(self.workplace)
        self.workplace_party_orgLabel.setBuddy(self.workplace_party_org)
        self.received_dateLabel.setBuddy(self.received_date)
        self.village_idLabel.setBuddy(self.village_id)
        self.party_cellLabel.setBuddy(self.party_cell)
        self.categoryLabel.setBuddy(self.category)
        self.registered_dateLabel.setBuddy(self.registered_date)
        self.left_dateLabel.setBuddy(self.left_date)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.existingRadio, self.newRadio)
        QWidget.setTabOrder(self.newRadio, self.full_name)
        QWidget.setTabOrder(self.full_name, self.sex)
        QWidget.setTabOrder(self.sex, self.birth_date)
        QWidget.setTabOrder(self.birth_date, self.party_admission_date)
        QWidget.setTabOrder(self.party_admission_date, self.letter_number)
        QWidget.setTabOrder(self.letter_number, self.letter_date)
        QWidget.setTabOrder(self.letter_date, self.letter_issuer)
        QWidget.setTabOrder(self.letter_issuer, self.workplace)
        QWidget.setTabOrder(self.workplace, self.workplace_party_org)
        QWidget.setTabOrder(self.workplace_party_org, self.received_date)
        QWidget.setTabOrder(self.received_date, self.village_id)
        QWidget.setTabOrder(self.village_id, self.party_cell)
        QWidget.setTabOrder(self.party_cell, self.category)
        QWidget.setTabOrder(self.category, self.registered_date)
        QWidget.setTabOrder(self.registered_date, self.left_date)
        QWidget.setTabOrder(self.left_date, self.notes)

        self.retranslateUi(ResidentDialog)
        self.buttonBox.accepted.connect(ResidentDialog.accept)
        self.buttonBox.rejected.connect(ResidentDialog.reject)

        self.personStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ResidentDialog)
    # setupUi

    def retranslateUi(self, ResidentDialog):
        ResidentDialog.setWindowTitle(QCoreApplication.translate("ResidentDialog", u"\u0110\u1ea3ng vi\u00ean n\u01a1i c\u01b0 tr\u00fa", None))
        self.personGroup.setTitle(QCoreApplication.translate("ResidentDialog", u"\u0110\u1ea3ng vi\u00ean", None))
        self.existingRadio.setText(QCoreApplication.translate("ResidentDialog", u"Ng\u01b0\u1eddi \u0111\u00e3 c\u00f3 trong &s\u1ed5", None))
        self.newRadio.setText(QCoreApplication.translate("ResidentDialog", u"Ng\u01b0\u1eddi &m\u1edbi", None))
        self.personLabel.setText("")
        self.full_nameLabel.setText(QCoreApplication.translate("ResidentDialog", u"&H\u1ecd v\u00e0 t\u00ean *", None))
        self.sexLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Gi\u1edbi t\u00ednh, n\u0103m sinh *", None))
#if QT_CONFIG(tooltip)
        self.birth_date.setToolTip(QCoreApplication.translate("ResidentDialog", u"Ng\u00e0y/th\u00e1ng/n\u0103m, ho\u1eb7c ch\u1ec9 n\u0103m sinh", None))
#endif // QT_CONFIG(tooltip)
        self.party_admission_dateLabel.setText(QCoreApplication.translate("ResidentDialog", u"Ng\u00e0y &v\u00e0o \u0110\u1ea3ng", None))
        self.letterGroup.setTitle(QCoreApplication.translate("ResidentDialog", u"Gi\u1ea5y gi\u1edbi thi\u1ec7u", None))
        self.letter_numberLabel.setText(QCoreApplication.translate("ResidentDialog", u"S\u1ed1 &gi\u1ea5y gi\u1edbi thi\u1ec7u", None))
        self.letter_number.setPlaceholderText(QCoreApplication.translate("ResidentDialog", u"v\u00ed d\u1ee5: 15-GGT/\u0110U", None))
        self.letter_dateLabel.setText(QCoreApplication.translate("ResidentDialog", u"Ng\u00e0y &k\u00fd gi\u1ea5y", None))
        self.letter_issuerLabel.setText(QCoreApplication.translate("ResidentDialog", u"C\u1ea5p \u1ee7y &gi\u1edbi thi\u1ec7u", None))
        self.letter_issuer.setPlaceholderText(QCoreApplication.translate("ResidentDialog", u"\u0110\u1ea3ng \u1ee7y, chi b\u1ed9 n\u01a1i c\u00f4ng t\u00e1c", None))
        self.workplaceLabel.setText(QCoreApplication.translate("ResidentDialog", u"&N\u01a1i c\u00f4ng t\u00e1c *", None))
        self.workplace_party_orgLabel.setText(QCoreApplication.translate("ResidentDialog", u"T\u1ed5 ch\u1ee9c \u0111\u1ea3ng n\u01a1i &c\u00f4ng t\u00e1c", None))
        self.received_dateLabel.setText(QCoreApplication.translate("ResidentDialog", u"Ng\u00e0y nh\u1eadn &gi\u1ea5y *", None))
        self.residenceGroup.setTitle(QCoreApplication.translate("ResidentDialog", u"N\u01a1i c\u01b0 tr\u00fa", None))
        self.village_idLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Khu d\u00e2n c\u01b0 *", None))
        self.party_cellLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Chi b\u1ed9 n\u01a1i c\u01b0 tr\u00fa", None))
        self.categoryLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Di\u1ec7n sinh ho\u1ea1t *", None))
        self.registered_dateLabel.setText(QCoreApplication.translate("ResidentDialog", u"Ng\u00e0y \u0111\u0103ng &k\u00fd", None))
#if QT_CONFIG(tooltip)
        self.registered_date.setToolTip(QCoreApplication.translate("ResidentDialog", u"\u0110\u1ec3 tr\u1ed1ng n\u1ebfu m\u1edbi nh\u1eadn gi\u1ea5y, ch\u01b0a \u0111\u0103ng k\u00fd sinh ho\u1ea1t", None))
#endif // QT_CONFIG(tooltip)
        self.deadlineLabel.setText("")
        self.left_dateLabel.setText(QCoreApplication.translate("ResidentDialog", u"Ng\u00e0y &chuy\u1ec3n \u0111i", None))
        self.notesLabel.setText(QCoreApplication.translate("ResidentDialog", u"Ghi &ch\u00fa", None))
        self.hint.setText(QCoreApplication.translate("ResidentDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. \u0110\u1ea3ng vi\u00ean l\u00e0 c\u00f9ng m\u1ed9t ng\u01b0\u1eddi trong s\u1ed5 Ng\u01b0\u1eddi (kh\u00f4ng t\u1ea1o tr\u00f9ng). Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

