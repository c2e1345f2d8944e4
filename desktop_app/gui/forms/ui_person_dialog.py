# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(860, 440)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(18)
        self.columns.setObjectName(u"columns")
        self.personalBox = QGroupBox(PersonDialog)
        self.personalBox.setObjectName(u"personalBox")
        self.personalLayout = QVBoxLayout(self.personalBox)
        self.personalLayout.setObjectName(u"personalLayout")
        self.personalForm = QFormLayout()
        self.personalForm.setObjectName(u"personalForm")
        self.personalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_nameLabel = QLabel(self.personalBox)
        self.full_nameLabel.setObjectName(u"full_nameLabel")

        self.personalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_nameLabel)

        self.full_name = QLineEdit(self.personalBox)
        self.full_name.setObjectName(u"full_name")
        self.full_name.setMaxLength(120)

        self.personalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.sexLabel = QLabel(self.personalBox)
        self.sexLabel.setObjectName(u"sexLabel")

        self.personalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sex = CodeCombo(self.personalBox)
        self.sex.setObjectName(u"sex")

        self.personalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sex)

        self.birth_dateLabel = QLabel(self.personalBox)
        self.birth_dateLabel.setObjectName(u"birth_dateLabel")

        self.personalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birth_dateLabel)

        self.birth_date = DateEdit(self.personalBox)
        self.birth_date.setObjectName(u"birth_date")

        self.personalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birth_date)

        self.ethnicity_codeLabel = QLabel(self.personalBox)
        self.ethnicity_codeLabel.setObjectName(u"ethnicity_codeLabel")

        self.personalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ethnicity_codeLabel)

        self.ethnicity_code = CodeCombo(self.personalBox)
        self.ethnicity_code.setObjectName(u"ethnicity_code")

        self.personalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ethnicity_code)

        self.religion_codeLabel = QLabel(self.personalBox)
        self.religion_codeLabel.setObjectName(u"religion_codeLabel")

        self.personalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.religion_codeLabel)

        self.religion_code = CodeCombo(self.personalBox)
        self.religion_code.setObjectName(u"religion_code")

        self.personalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.religion_code)

        self.village_idLabel = QLabel(self.personalBox)
        self.village_idLabel.setObjectName(u"village_idLabel")

        self.personalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.village_idLabel)

        self.village_id = CodeCombo(self.personalBox)
        self.village_id.setObjectName(u"village_id")

        self.personalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.village_id)

        self.id_numberLabel = QLabel(self.personalBox)
        self.id_numberLabel.setObjectName(u"id_numberLabel")

        self.personalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.id_numberLabel)

        self.id_number = QLineEdit(self.personalBox)
        self.id_number.setObjectName(u"id_number")
        self.id_number.setMaxLength(20)

        self.personalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.id_number)

        self.phoneLabel = QLabel(self.personalBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.personalBox)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(20)

        self.personalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phone)


        self.personalLayout.addLayout(self.personalForm)

        self.id_info = QLabel(self.personalBox)
        self.id_info.setObjectName(u"id_info")
        self.id_info.setStyleSheet(u"color: #555;")
        self.id_info.setWordWrap(True)

        self.personalLayout.addWidget(self.id_info)


        self.columns.addWidget(self.personalBox)

        self.otherBox = QGroupBox(PersonDialog)
        self.otherBox.setObjectName(u"otherBox")
        self.otherLayout = QVBoxLayout(self.otherBox)
        self.otherLayout.setObjectName(u"otherLayout")
        self.otherForm = QFormLayout()
        self.otherForm.setObjectName(u"otherForm")
        self.otherForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.occupationLabel = QLabel(self.otherBox)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.otherForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occupationLabel)

        self.occupation = QComboBox(self.otherBox)
        self.occupation.setObjectName(u"occupation")
        self.occupation.setEditable(True)
        self.occupation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.otherForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occupation)

        self.educationLabel = QLabel(self.otherBox)
        self.educationLabel.setObjectName(u"educationLabel")

        self.otherForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.education = QComboBox(self.otherBox)
        self.education.setObjectName(u"education")
        self.education.setEditable(True)
        self.education.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.otherForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.education)

        self.theory_levelLabel = QLabel(self.otherBox)
        self.theory_levelLabel.setObjectName(u"theory_levelLabel")

        self.otherForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.theory_levelLabel)

        self.theory_level = QComboBox(self.otherBox)
        self.theory_level.setObjectName(u"theory_level")
        self.theory_level.setEditable(True)
        self.theory_level.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.otherForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.theory_level)

        self.party_member = QCheckBox(self.otherBox)
        self.party_member.setObjectName(u"party_member")

        self.otherForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.party_member)

        self.party_admission_dateLabel = QLabel(self.otherBox)
        self.party_admission_dateLabel.setObjectName(u"party_admission_dateLabel")

        self.otherForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.party_admission_dateLabel)

        self.party_admission_date = DateEdit(self.otherBox)
        self.party_admission_date.setObjectName(u"party_admission_date")

        self.otherForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.party_admission_date)

        self.notesLabel = QLabel(self.otherBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.otherForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.otherBox)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.otherForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.otherLayout.addLayout(self.otherForm)


        self.columns.addWidget(self.otherBox)


        self.mainLayout.addLayout(self.columns)

        self.hint = QLabel(PersonDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.full_nameLabel.setBuddy(self.full_name)
        self.sexLabel.setBuddy(self.sex)
        self.birth_dateLabel.setBuddy(self.birth_date)
        self.ethnicity_codeLabel.setBuddy(self.ethnicity_code)
        self.religion_codeLabel.setBuddy(self.religion_code)
        self.village_idLabel.setBuddy(self.village_id)
        self.id_numberLabel.setBuddy(self.id_number)
        self.phoneLabel.setBuddy(self.phone)
        self.occupationLabel.setBuddy(self.occupation)
        self.educationLabel.setBuddy(self.education)
        self.theory_levelLabel.setBuddy(self.theory_level)
        self.party_admission_dateLabel.setBuddy(self.party_admission_date)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.full_name, self.sex)
        QWidget.setTabOrder(self.sex, self.birth_date)
        QWidget.setTabOrder(self.birth_date, self.ethnicity_code)
        QWidget.setTabOrder(self.ethnicity_code, self.religion_code)
        QWidget.setTabOrder(self.religion_code, self.village_id)
        QWidget.setTabOrder(self.village_id, self.id_number)
        QWidget.setTabOrder(self.id_number, self.phone)
        QWidget.setTabOrder(self.phone, self.occupation)
        QWidget.setTabOrder(self.occupation, self.education)
        QWidget.setTabOrder(self.education, self.theory_level)
        QWidget.setTabOrder(self.theory_level, self.party_member)
        QWidget.setTabOrder(self.party_member, self.party_admission_date)
        QWidget.setTabOrder(self.party_admission_date, self.notes)

        self.retranslateUi(PersonDialog)
        self.buttonBox.accepted.connect(PersonDialog.accept)
        self.buttonBox.rejected.connect(PersonDialog.reject)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Ng\u01b0\u1eddi", None))
        self.personalBox.setTitle(QCoreApplication.translate("PersonDialog", u"Th\u00f4ng tin c\u00e1 nh\u00e2n", None))
        self.full_nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&H\u1ecd v\u00e0 t\u00ean *", None))
        self.sexLabel.setText(QCoreApplication.translate("PersonDialog", u"&Gi\u1edbi t\u00ednh *", None))
        self.birth_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"Ng\u00e0y &sinh", None))
#if QT_CONFIG(tooltip)
        self.birth_date.setToolTip(QCoreApplication.translate("PersonDialog", u"Ng\u00e0y/th\u00e1ng/n\u0103m, ho\u1eb7c ch\u1ec9 n\u0103m sinh (v\u00ed d\u1ee5 1968)", None))
#endif // QT_CONFIG(tooltip)
        self.ethnicity_codeLabel.setText(QCoreApplication.translate("PersonDialog", u"&D\u00e2n t\u1ed9c", None))
        self.religion_codeLabel.setText(QCoreApplication.translate("PersonDialog", u"&T\u00f4n gi\u00e1o", None))
        self.village_idLabel.setText(QCoreApplication.translate("PersonDialog", u"&Khu d\u00e2n c\u01b0", None))
        self.id_numberLabel.setText(QCoreApplication.translate("PersonDialog", u"S\u1ed1 \u0111\u1ecbnh danh (&CCCD)", None))
        self.id_number.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"12 ch\u1eef s\u1ed1", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0110i\u1ec7n th&o\u1ea1i", None))
        self.id_info.setText("")
        self.otherBox.setTitle(QCoreApplication.translate("PersonDialog", u"H\u1ecdc v\u1ea5n, ngh\u1ec1 nghi\u1ec7p, \u0110\u1ea3ng", None))
        self.occupationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Ngh\u1ec1 nghi\u1ec7p", None))
        self.educationLabel.setText(QCoreApplication.translate("PersonDialog", u"T&r\u00ecnh \u0111\u1ed9 h\u1ecdc v\u1ea5n", None))
        self.theory_levelLabel.setText(QCoreApplication.translate("PersonDialog", u"&L\u00fd lu\u1eadn ch\u00ednh tr\u1ecb", None))
        self.party_member.setText(QCoreApplication.translate("PersonDialog", u"\u0110\u1ea3ng &vi\u00ean", None))
        self.party_admission_dateLabel.setText(QCoreApplication.translate("PersonDialog", u"Ng\u00e0y v\u00e0o \u0110\u1ea3&ng", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"Ghi &ch\u00fa", None))
        self.hint.setText(QCoreApplication.translate("PersonDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

