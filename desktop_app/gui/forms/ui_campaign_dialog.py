# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'campaign_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import CodeCombo

class Ui_CampaignDialog(object):
    def setupUi(self, CampaignDialog):
        if not CampaignDialog.objectName():
            CampaignDialog.setObjectName(u"CampaignDialog")
        CampaignDialog.resize(620, 380)
        self.mainLayout = QVBoxLayout(CampaignDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(CampaignDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(CampaignDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(250)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.short_nameLabel = QLabel(CampaignDialog)
        self.short_nameLabel.setObjectName(u"short_nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.short_nameLabel)

        self.short_name = QLineEdit(CampaignDialog)
        self.short_name.setObjectName(u"short_name")
        self.short_name.setMaxLength(80)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.short_name)

        self.kindLabel = QLabel(CampaignDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = CodeCombo(CampaignDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.start_yearLabel = QLabel(CampaignDialog)
        self.start_yearLabel.setObjectName(u"start_yearLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_yearLabel)

        self.start_year = QSpinBox(CampaignDialog)
        self.start_year.setObjectName(u"start_year")
        self.start_year.setMinimum(0)
        self.start_year.setMaximum(2100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start_year)

        self.end_yearLabel = QLabel(CampaignDialog)
        self.end_yearLabel.setObjectName(u"end_yearLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.end_yearLabel)

        self.end_year = QSpinBox(CampaignDialog)
        self.end_year.setObjectName(u"end_year")
        self.end_year.setMinimum(0)
        self.end_year.setMaximum(2100)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end_year)

        self.descriptionLabel = QLabel(CampaignDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(CampaignDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.description)


        self.mainLayout.addLayout(self.form)

        self.hint = QLabel(CampaignDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555;")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(CampaignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.short_nameLabel.setBuddy(self.short_name)
        self.kindLabel.setBuddy(self.kind)
        self.start_yearLabel.setBuddy(self.start_year)
        self.end_yearLabel.setBuddy(self.end_year)
        self.descriptionLabel.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.short_name)
        QWidget.setTabOrder(self.short_name, self.kind)
        QWidget.setTabOrder(self.kind, self.start_year)
        QWidget.setTabOrder(self.start_year, self.end_year)
        QWidget.setTabOrder(self.end_year, self.description)

        self.retranslateUi(CampaignDialog)
        self.buttonBox.accepted.connect(CampaignDialog.accept)
        self.buttonBox.rejected.connect(CampaignDialog.reject)

        QMetaObject.connectSlotsByName(CampaignDialog)
    # setupUi

    def retranslateUi(self, CampaignDialog):
        CampaignDialog.setWindowTitle(QCoreApplication.translate("CampaignDialog", u"Cu\u1ed9c v\u1eadn \u0111\u1ed9ng", None))
        self.nameLabel.setText(QCoreApplication.translate("CampaignDialog", u"&T\u00ean cu\u1ed9c v\u1eadn \u0111\u1ed9ng, phong tr\u00e0o *", None))
        self.short_nameLabel.setText(QCoreApplication.translate("CampaignDialog", u"T\u00ean &ng\u1eafn", None))
        self.short_name.setPlaceholderText(QCoreApplication.translate("CampaignDialog", u"d\u00f9ng trong b\u1ea3ng v\u00e0 bi\u1ec3u \u0111\u1ed3", None))
        self.kindLabel.setText(QCoreApplication.translate("CampaignDialog", u"&C\u1ea5p *", None))
        self.start_yearLabel.setText(QCoreApplication.translate("CampaignDialog", u"\u00c1p d\u1ee5ng &t\u1eeb n\u0103m", None))
        self.start_year.setSpecialValueText(QCoreApplication.translate("CampaignDialog", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.start_year.setToolTip(QCoreApplication.translate("CampaignDialog", u"0 ho\u1eb7c \u2014 l\u00e0 kh\u00f4ng ghi", None))
#endif // QT_CONFIG(tooltip)
        self.end_yearLabel.setText(QCoreApplication.translate("CampaignDialog", u"&\u0110\u1ebfn n\u0103m", None))
        self.end_year.setSpecialValueText(QCoreApplication.translate("CampaignDialog", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.end_year.setToolTip(QCoreApplication.translate("CampaignDialog", u"0 ho\u1eb7c \u2014 l\u00e0 kh\u00f4ng ghi", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("CampaignDialog", u"&M\u00f4 t\u1ea3", None))
        self.hint.setText(QCoreApplication.translate("CampaignDialog", u"D\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c. \u0110\u1ec3 tr\u1ed1ng \u201c\u0110\u1ebfn n\u0103m\u201d n\u1ebfu cu\u1ed9c v\u1eadn \u0111\u1ed9ng c\u00f2n ti\u1ebfp t\u1ee5c. Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

