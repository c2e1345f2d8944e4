# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit, MoneyEdit)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(940, 520)
        self.mainLayout = QVBoxLayout(ActivityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(14)
        self.columns.setObjectName(u"columns")
        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.mainForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.campaign_idLabel = QLabel(ActivityDialog)
        self.campaign_idLabel.setObjectName(u"campaign_idLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaign_idLabel)

        self.campaign_id = CodeCombo(ActivityDialog)
        self.campaign_id.setObjectName(u"campaign_id")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaign_id)

        self.dateLabel = QLabel(ActivityDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = DateEdit(ActivityDialog)
        self.date.setObjectName(u"date")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date)

        self.titleLabel = QLabel(ActivityDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(ActivityDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title)

        self.descriptionLabel = QLabel(ActivityDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(ActivityDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 80))

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description)

        self.villagesLabel = QLabel(ActivityDialog)
        self.villagesLabel.setObjectName(u"villagesLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.villagesLabel)

        self.villages = QListWidget(ActivityDialog)
        self.villages.setObjectName(u"villages")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.villages)

        self.villagesHint = QLabel(ActivityDialog)
        self.villagesHint.setObjectName(u"villagesHint")
        self.villagesHint.setStyleSheet(u"color: #555;")
        self.villagesHint.setWordWrap(True)

        self.mainForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.villagesHint)


        self.columns.addLayout(self.mainForm)

        self.indicatorsGroup = QGroupBox(ActivityDialog)
        self.indicatorsGroup.setObjectName(u"indicatorsGroup")
        self.indicatorsLayout = QVBoxLayout(self.indicatorsGroup)
        self.indicatorsLayout.setObjectName(u"indicatorsLayout")
        self.indicatorsForm = QFormLayout()
        self.indicatorsForm.setObjectName(u"indicatorsForm")
        self.indicatorsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.participantsLabel = QLabel(self.indicatorsGroup)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.indicatorsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participants = MoneyEdit(self.indicatorsGroup)
        self.participants.setObjectName(u"participants")

        self.indicatorsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.participants)

        self.money_raisedLabel = QLabel(self.indicatorsGroup)
        self.money_raisedLabel.setObjectName(u"money_raisedLabel")

        self.indicatorsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.money_raisedLabel)

        self.money_raised = MoneyEdit(self.indicatorsGroup)
        self.money_raised.setObjectName(u"money_raised")

        self.indicatorsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.money_raised)

        self.houses_builtLabel = QLabel(self.indicatorsGroup)
        self.houses_builtLabel.setObjectName(u"houses_builtLabel")

        self.indicatorsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.houses_builtLabel)

        self.houses_built = MoneyEdit(self.indicatorsGroup)
        self.houses_built.setObjectName(u"houses_built")

        self.indicatorsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.houses_built)

        self.houses_repairedLabel = QLabel(self.indicatorsGroup)
        self.houses_repairedLabel.setObjectName(u"houses_repairedLabel")

        self.indicatorsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.houses_repairedLabel)

        self.houses_repaired = MoneyEdit(self.indicatorsGroup)
        self.houses_repaired.setObjectName(u"houses_repaired")

        self.indicatorsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.houses_repaired)

        self.houses_costLabel = QLabel(self.indicatorsGroup)
        self.houses_costLabel.setObjectName(u"houses_costLabel")

        self.indicatorsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.houses_costLabel)

        self.houses_cost = MoneyEdit(self.indicatorsGroup)
        self.houses_cost.setObjectName(u"houses_cost")

        self.indicatorsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.houses_cost)

        self.giftsLabel = QLabel(self.indicatorsGroup)
        self.giftsLabel.setObjectName(u"giftsLabel")

        self.indicatorsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.giftsLabel)

        self.gifts = MoneyEdit(self.indicatorsGroup)
        self.gifts.setObjectName(u"gifts")

        self.indicatorsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.gifts)

        self.gifts_valueLabel = QLabel(self.indicatorsGroup)
        self.gifts_valueLabel.setObjectName(u"gifts_valueLabel")

        self.indicatorsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gifts_valueLabel)

        self.gifts_value = MoneyEdit(self.indicatorsGroup)
        self.gifts_value.setObjectName(u"gifts_value")

        self.indicatorsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gifts_value)

        self.scholarshipsLabel = QLabel(self.indicatorsGroup)
        self.scholarshipsLabel.setObjectName(u"scholarshipsLabel")

        self.indicatorsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.scholarshipsLabel)

        self.scholarships = MoneyEdit(self.indicatorsGroup)
        self.scholarships.setObjectName(u"scholarships")

        self.indicatorsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.scholarships)

        self.scholarships_valueLabel = QLabel(self.indicatorsGroup)
        self.scholarships_valueLabel.setObjectName(u"scholarships_valueLabel")

        self.indicatorsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.scholarships_valueLabel)

        self.scholarships_value = MoneyEdit(self.indicatorsGroup)
        self.scholarships_value.setObjectName(u"scholarships_value")

        self.indicatorsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.scholarships_value)

        self.beneficiariesLabel = QLabel(self.indicatorsGroup)
        self.beneficiariesLabel.setObjectName(u"beneficiariesLabel")

        self.indicatorsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.beneficiariesLabel)

        self.beneficiaries = MoneyEdit(self.indicatorsGroup)
        self.beneficiaries.setObjectName(u"beneficiaries")

        self.indicatorsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.beneficiaries)

        self.households_recognisedLabel = QLabel(self.indicatorsGroup)
        self.households_recognisedLabel.setObjectName(u"households_recognisedLabel")

        self.indicatorsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.households_recognisedLabel)

        self.households_recognised = MoneyEdit(self.indicatorsGroup)
        self.households_recognised.setObjectName(u"households_recognised")

        self.indicatorsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.households_recognised)


        self.indicatorsLayout.addLayout(self.indicatorsForm)


        self.columns.addWidget(self.indicatorsGroup)


        self.mainLayout.addLayout(self.columns)

        self.hint = QLabel(ActivityDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555;")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.saveNextButton = QPushButton(ActivityDialog)
        self.saveNextButton.setObjectName(u"saveNextButton")

        self.buttonsLayout.addWidget(self.saveNextButton)

        self.buttonBox = QDialogButtonBox(ActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.campaign_idLabel.setBuddy(self.campaign_id)
        self.dateLabel.setBuddy(self.date)
        self.titleLabel.setBuddy(self.title)
        self.descriptionLabel.setBuddy(self.description)
        self.villagesLabel.setBuddy(self.villages)
        self.participantsLabel.setBuddy(self.participants)
        self.money_raisedLabel.setBuddy(self.money_raised)
        self.houses_builtLabel.setBuddy(self.houses_built)
        self.houses_repairedLabel.setBuddy(self.houses_repaired)
        self.houses_costLabel.setBuddy(self.houses_cost)
        self.giftsLabel.setBuddy(self.gifts)
        self.gifts_valueLabel.setBuddy(self.gifts_value)
        self.scholarshipsLabel.setBuddy(self.scholarships)
        self.scholarships_valueLabel.setBuddy(self.scholarships_value)
        self.beneficiariesLabel.setBuddy(self.beneficiaries)
        self.households_recognisedLabel.setBuddy(self.households_recognised)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaign_id, self.date)
        QWidget.setTabOrder(self.date, self.title)
        QWidget.setTabOrder(self.title, self.description)
        QWidget.setTabOrder(self.description, self.villages)
        QWidget.setTabOrder(self.villages, self.participants)
        QWidget.setTabOrder(self.participants, self.money_raised)
        QWidget.setTabOrder(self.money_raised, self.houses_built)
        QWidget.setTabOrder(self.houses_built, self.houses_repaired)
        QWidget.setTabOrder(self.houses_repaired, self.houses_cost)
        QWidget.setTabOrder(self.houses_cost, self.gifts)
        QWidget.setTabOrder(self.gifts, self.gifts_value)
        QWidget.setTabOrder(self.gifts_value, self.scholarships)
        QWidget.setTabOrder(self.scholarships, self.scholarships_value)
        QWidget.setTabOrder(self.scholarships_value, self.beneficiaries)
        QWidget.setTabOrder(self.beneficiaries, self.households_recognised)
        QWidget.setTabOrder(self.households_recognised, self.saveNextButton)

        self.retranslateUi(ActivityDialog)
        self.buttonBox.accepted.connect(ActivityDialog.accept)
        self.buttonBox.rejected.connect(ActivityDialog.reject)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Ho\u1ea1t \u0111\u1ed9ng", None))
        self.campaign_idLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Cu\u1ed9c v\u1eadn \u0111\u1ed9ng *", None))
        self.dateLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Ng\u00e0y *", None))
        self.titleLabel.setText(QCoreApplication.translate("ActivityDialog", u"&T\u00ean ho\u1ea1t \u0111\u1ed9ng *", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ActivityDialog", u"&M\u00f4 t\u1ea3", None))
        self.villagesLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Khu d\u00e2n c\u01b0", None))
#if QT_CONFIG(tooltip)
        self.villages.setToolTip(QCoreApplication.translate("ActivityDialog", u"Ph\u00edm c\u00e1ch \u0111\u1ec3 ch\u1ecdn/b\u1ecf ch\u1ecdn; g\u00f5 ch\u1eef \u0111\u1ea7u \u0111\u1ec3 t\u00ecm. Kh\u00f4ng ch\u1ecdn khu n\u00e0o: ho\u1ea1t \u0111\u1ed9ng chung to\u00e0n x\u00e3.", None))
#endif // QT_CONFIG(tooltip)
        self.villagesHint.setText("")
        self.indicatorsGroup.setTitle(QCoreApplication.translate("ActivityDialog", u"Ch\u1ec9 ti\u00eau (\u0111\u1ec3 tr\u1ed1ng l\u00e0 0)", None))
        self.participantsLabel.setText(QCoreApplication.translate("ActivityDialog", u"S\u1ed1 ng\u01b0\u1eddi &tham gia", None))
        self.participants.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"ng\u01b0\u1eddi", None))
        self.money_raisedLabel.setText(QCoreApplication.translate("ActivityDialog", u"S\u1ed1 ti\u1ec1n &v\u1eadn \u0111\u1ed9ng", None))
        self.money_raised.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u0111\u1ed3ng", None))
        self.houses_builtLabel.setText(QCoreApplication.translate("ActivityDialog", u"Nh\u00e0 &x\u00e2y m\u1edbi", None))
        self.houses_built.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"nh\u00e0", None))
        self.houses_repairedLabel.setText(QCoreApplication.translate("ActivityDialog", u"Nh\u00e0 &s\u1eeda ch\u1eefa", None))
        self.houses_repaired.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"nh\u00e0", None))
        self.houses_costLabel.setText(QCoreApplication.translate("ActivityDialog", u"Kinh ph\u00ed &nh\u00e0", None))
        self.houses_cost.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u0111\u1ed3ng", None))
        self.giftsLabel.setText(QCoreApplication.translate("ActivityDialog", u"Su\u1ea5t &qu\u00e0", None))
        self.gifts.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"su\u1ea5t", None))
        self.gifts_valueLabel.setText(QCoreApplication.translate("ActivityDialog", u"Tr\u1ecb gi\u00e1 q&u\u00e0", None))
        self.gifts_value.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u0111\u1ed3ng", None))
        self.scholarshipsLabel.setText(QCoreApplication.translate("ActivityDialog", u"Su\u1ea5t &h\u1ecdc b\u1ed5ng", None))
        self.scholarships.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"su\u1ea5t", None))
        self.scholarships_valueLabel.setText(QCoreApplication.translate("ActivityDialog", u"Tr\u1ecb gi\u00e1 h\u1ecdc &b\u1ed5ng", None))
        self.scholarships_value.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u0111\u1ed3ng", None))
        self.beneficiariesLabel.setText(QCoreApplication.translate("ActivityDialog", u"L\u01b0\u1ee3t ng\u01b0\u1eddi \u0111\u01b0\u1ee3c &h\u1ed7 tr\u1ee3", None))
        self.beneficiaries.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"l\u01b0\u1ee3t", None))
        self.households_recognisedLabel.setText(QCoreApplication.translate("ActivityDialog", u"H\u1ed9 \u0111\u01b0\u1ee3c c\u00f4ng &nh\u1eadn", None))
        self.households_recognised.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"h\u1ed9", None))
        self.hint.setText(QCoreApplication.translate("ActivityDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. S\u1ed1 ti\u1ec1n ghi b\u1eb1ng \u0111\u1ed3ng. Enter \u0111\u1ec3 l\u01b0u; \u201cL\u01b0u v\u00e0 nh\u1eadp ti\u1ebfp\u201d gi\u1eef cu\u1ed9c v\u1eadn \u0111\u1ed9ng, ng\u00e0y v\u00e0 khu d\u00e2n c\u01b0 cho ho\u1ea1t \u0111\u1ed9ng sau.", None))
        self.saveNextButton.setText(QCoreApplication.translate("ActivityDialog", u"L\u01b0u v\u00e0 &nh\u1eadp ti\u1ebfp", None))
#if QT_CONFIG(tooltip)
        self.saveNextButton.setToolTip(QCoreApplication.translate("ActivityDialog", u"L\u01b0u r\u1ed3i m\u1edf ngay phi\u1ebfu nh\u1eadp ho\u1ea1t \u0111\u1ed9ng ti\u1ebfp theo (Alt+N)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

