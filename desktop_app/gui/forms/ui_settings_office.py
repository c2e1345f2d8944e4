# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_office.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QWidget)

from desktop_app.gui.widgets import CodeCombo

class Ui_OfficeForm(object):
    def setupUi(self, OfficeForm):
        if not OfficeForm.objectName():
            OfficeForm.setObjectName(u"OfficeForm")
        OfficeForm.resize(560, 280)
        self.form = QFormLayout(OfficeForm)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.unit_kindLabel = QLabel(OfficeForm)
        self.unit_kindLabel.setObjectName(u"unit_kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unit_kindLabel)

        self.unit_kind = CodeCombo(OfficeForm)
        self.unit_kind.setObjectName(u"unit_kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unit_kind)

        self.commune_nameLabel = QLabel(OfficeForm)
        self.commune_nameLabel.setObjectName(u"commune_nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commune_nameLabel)

        self.commune_name = QLineEdit(OfficeForm)
        self.commune_name.setObjectName(u"commune_name")
        self.commune_name.setMaxLength(80)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commune_name)

        self.commune_codeLabel = QLabel(OfficeForm)
        self.commune_codeLabel.setObjectName(u"commune_codeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.commune_codeLabel)

        self.commune_code = QLineEdit(OfficeForm)
        self.commune_code.setObjectName(u"commune_code")
        self.commune_code.setMaxLength(5)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.commune_code)

        self.province_codeLabel = QLabel(OfficeForm)
        self.province_codeLabel.setObjectName(u"province_codeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.province_codeLabel)

        self.province_code = CodeCombo(OfficeForm)
        self.province_code.setObjectName(u"province_code")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.province_code)

        self.nameLabel = QLabel(OfficeForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(OfficeForm)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(160)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.name)

        self.upper_nameLabel = QLabel(OfficeForm)
        self.upper_nameLabel.setObjectName(u"upper_nameLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.upper_nameLabel)

        self.upper_name = QLineEdit(OfficeForm)
        self.upper_name.setObjectName(u"upper_name")
        self.upper_name.setMaxLength(160)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.upper_name)

        self.upper_codeLabel = QLabel(OfficeForm)
        self.upper_codeLabel.setObjectName(u"upper_codeLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.upper_codeLabel)

        self.upper_code = QLineEdit(OfficeForm)
        self.upper_code.setObjectName(u"upper_code")
        self.upper_code.setMaxLength(5)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.upper_code)

        self.addressLabel = QLabel(OfficeForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(OfficeForm)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(200)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.address)

#if QT_CONFIG(shortcut)
        self.unit_kindLabel.setBuddy(self.unit_kind)
        self.commune_nameLabel.setBuddy(self.commune_name)
        self.commune_codeLabel.setBuddy(self.commune_code)
        self.province_codeLabel.setBuddy(self.province_code)
        self.nameLabel.setBuddy(self.name)
        self.upper_nameLabel.setBuddy(self.upper_name)
        self.upper_codeLabel.setBuddy(self.upper_code)
        self.addressLabel.setBuddy(self.address)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unit_kind, self.commune_name)
        QWidget.setTabOrder(self.commune_name, self.commune_code)
        QWidget.setTabOrder(self.commune_code, self.province_code)
        QWidget.setTabOrder(self.province_code, self.name)
        QWidget.setTabOrder(self.name, self.upper_name)
        QWidget.setTabOrder(self.upper_name, self.upper_code)
        QWidget.setTabOrder(self.upper_code, self.address)

        self.retranslateUi(OfficeForm)

        QMetaObject.connectSlotsByName(OfficeForm)
    # setupUi

    def retranslateUi(self, OfficeForm):
        self.unit_kindLabel.setText(QCoreApplication.translate("OfficeForm", u"&Lo\u1ea1i \u0111\u01a1n v\u1ecb", None))
        self.commune_nameLabel.setText(QCoreApplication.translate("OfficeForm", u"&T\u00ean x\u00e3, ph\u01b0\u1eddng *", None))
        self.commune_name.setPlaceholderText(QCoreApplication.translate("OfficeForm", u"v\u00ed d\u1ee5: H\u00f2a C\u01b0", None))
        self.commune_codeLabel.setText(QCoreApplication.translate("OfficeForm", u"&M\u00e3 \u0111\u01a1n v\u1ecb *", None))
        self.commune_code.setPlaceholderText(QCoreApplication.translate("OfficeForm", u"m\u00e3 x\u00e3 5 ch\u1eef s\u1ed1 (Q\u0110 19/2025/Q\u0110-TTg)", None))
        self.province_codeLabel.setText(QCoreApplication.translate("OfficeForm", u"T\u1ec9nh, th\u00e0nh &ph\u1ed1", None))
        self.nameLabel.setText(QCoreApplication.translate("OfficeForm", u"T\u00ean c\u01a1 &quan", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OfficeForm", u"v\u00ed d\u1ee5: \u1ee6y ban MTTQ Vi\u1ec7t Nam x\u00e3 H\u00f2a C\u01b0", None))
        self.upper_nameLabel.setText(QCoreApplication.translate("OfficeForm", u"C\u01a1 quan c\u1ea5p &tr\u00ean", None))
        self.upper_name.setPlaceholderText(QCoreApplication.translate("OfficeForm", u"n\u01a1i nh\u1eadn d\u1eef li\u1ec7u, v\u00ed d\u1ee5: \u1ee6y ban MTTQ Vi\u1ec7t Nam t\u1ec9nh L\u1ea1ng S\u01a1n", None))
        self.upper_codeLabel.setText(QCoreApplication.translate("OfficeForm", u"M\u00e3 c\u01a1 quan c\u1ea5p tr&\u00ean", None))
        self.upper_code.setPlaceholderText(QCoreApplication.translate("OfficeForm", u"m\u00e3 t\u1ec9nh 2 ch\u1eef s\u1ed1", None))
        self.addressLabel.setText(QCoreApplication.translate("OfficeForm", u"\u0110\u1ecb&a ch\u1ec9", None))
        pass
    # retranslateUi

