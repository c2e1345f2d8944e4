# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import DateEdit

class Ui_PrintPage(object):
    def setupUi(self, PrintPage):
        if not PrintPage.objectName():
            PrintPage.setObjectName(u"PrintPage")
        PrintPage.resize(1100, 700)
        self.mainLayout = QHBoxLayout(PrintPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.optionsPanel = QWidget(PrintPage)
        self.optionsPanel.setObjectName(u"optionsPanel")
        self.optionsPanel.setMinimumSize(QSize(360, 0))
        self.optionsPanel.setMaximumSize(QSize(360, 16777215))
        self.optionsLayout = QVBoxLayout(self.optionsPanel)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsLayout.setContentsMargins(0, 0, 0, 0)
        self.formsLabel = QLabel(self.optionsPanel)
        self.formsLabel.setObjectName(u"formsLabel")

        self.optionsLayout.addWidget(self.formsLabel)

        self.formList = QListWidget(self.optionsPanel)
        self.formList.setObjectName(u"formList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.formList.sizePolicy().hasHeightForWidth())
        self.formList.setSizePolicy(sizePolicy)

        self.optionsLayout.addWidget(self.formList)

        self.optionsBox = QGroupBox(self.optionsPanel)
        self.optionsBox.setObjectName(u"optionsBox")
        self.form = QFormLayout(self.optionsBox)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(self.optionsBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.optionsBox)
        self.kind.setObjectName(u"kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(18)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.bodyLabel = QLabel(self.optionsBox)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QComboBox(self.optionsBox)
        self.body.setObjectName(u"body")
        self.body.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.body.setMinimumContentsLength(18)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body)

        self.villageLabel = QLabel(self.optionsBox)
        self.villageLabel.setObjectName(u"villageLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.village = QComboBox(self.optionsBox)
        self.village.setObjectName(u"village")
        self.village.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.village.setMinimumContentsLength(18)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.village)

        self.yearLabel = QLabel(self.optionsBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.year = QSpinBox(self.optionsBox)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.year)

        self.halfLabel = QLabel(self.optionsBox)
        self.halfLabel.setObjectName(u"halfLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.halfLabel)

        self.half = QComboBox(self.optionsBox)
        self.half.setObjectName(u"half")
        self.half.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.half.setMinimumContentsLength(18)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.half)

        self.personLabel = QLabel(self.optionsBox)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(self.optionsBox)
        self.person.setObjectName(u"person")
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person.setMinimumContentsLength(18)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.person)

        self.blank = QCheckBox(self.optionsBox)
        self.blank.setObjectName(u"blank")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.blank)

        self.searchLabel = QLabel(self.optionsBox)
        self.searchLabel.setObjectName(u"searchLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.searchLabel)

        self.search = QLineEdit(self.optionsBox)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.search)

        self.sexLabel = QLabel(self.optionsBox)
        self.sexLabel.setObjectName(u"sexLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sex = QComboBox(self.optionsBox)
        self.sex.setObjectName(u"sex")
        self.sex.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sex.setMinimumContentsLength(18)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sex)

        self.partyLabel = QLabel(self.optionsBox)
        self.partyLabel.setObjectName(u"partyLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.partyLabel)

        self.party = QComboBox(self.optionsBox)
        self.party.setObjectName(u"party")
        self.party.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.party.setMinimumContentsLength(18)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.party)

        self.fundLabel = QLabel(self.optionsBox)
        self.fundLabel.setObjectName(u"fundLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.fundLabel)

        self.fund = QComboBox(self.optionsBox)
        self.fund.setObjectName(u"fund")
        self.fund.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.fund.setMinimumContentsLength(18)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.fund)

        self.date_fromLabel = QLabel(self.optionsBox)
        self.date_fromLabel.setObjectName(u"date_fromLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.date_fromLabel)

        self.date_from = DateEdit(self.optionsBox)
        self.date_from.setObjectName(u"date_from")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.date_from)

        self.date_toLabel = QLabel(self.optionsBox)
        self.date_toLabel.setObjectName(u"date_toLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.date_toLabel)

        self.date_to = DateEdit(self.optionsBox)
        self.date_to.setObjectName(u"date_to")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.date_to)

        self.entryLabel = QLabel(self.optionsBox)
        self.entryLabel.setObjectName(u"entryLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.entryLabel)

        self.entry = QComboBox(self.optionsBox)
        self.entry.setObjectName(u"entry")
        self.entry.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.entry.setMinimumContentsLength(18)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.entry)


        self.optionsLayout.addWidget(self.optionsBox)

        self.hint = QLabel(self.optionsPanel)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(u"color: #555;")

        self.optionsLayout.addWidget(self.hint)

        self.optionsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.previewButton = QPushButton(self.optionsPanel)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonsLayout.addWidget(self.previewButton)

        self.printButton = QPushButton(self.optionsPanel)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(self.optionsPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.optionsLayout.addLayout(self.buttonsLayout)

        self.status = QLabel(self.optionsPanel)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.optionsLayout.addWidget(self.status)


        self.mainLayout.addWidget(self.optionsPanel)

        self.previewHolder = QWidget(PrintPage)
        self.previewHolder.setObjectName(u"previewHolder")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.previewHolder.sizePolicy().hasHeightForWidth())
        self.previewHolder.setSizePolicy(sizePolicy1)
        self.previewLayout = QVBoxLayout(self.previewHolder)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.previewHolder)

#if QT_CONFIG(shortcut)
        self.formsLabel.setBuddy(self.formList)
        self.kindLabel.setBuddy(self.kind)
        self.bodyLabel.setBuddy(self.body)
        self.villageLabel.setBuddy(self.village)
        self.yearLabel.setBuddy(self.year)
        self.halfLabel.setBuddy(self.half)
        self.personLabel.setBuddy(self.person)
        self.searchLabel.setBuddy(self.search)
        self.sexLabel.setBuddy(self.sex)
        self.partyLabel.setBuddy(self.party)
        self.fundLabel.setBuddy(self.fund)
        self.date_fromLabel.setBuddy(self.date_from)
        self.date_toLabel.setBuddy(self.date_to)
        self.entryLabel.setBuddy(self.entry)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.formList, self.kind)
        QWidget.setTabOrder(self.kind, self.body)
        QWidget.setTabOrder(self.body, self.village)
        QWidget.setTabOrder(self.village, self.year)
        QWidget.setTabOrder(self.year, self.half)
        QWidget.setTabOrder(self.half, self.person)
        QWidget.setTabOrder(self.person, self.blank)
        QWidget.setTabOrder(self.blank, self.search)
        QWidget.setTabOrder(self.search, self.sex)
        QWidget.setTabOrder(self.sex, self.party)
        QWidget.setTabOrder(self.party, self.fund)
        QWidget.setTabOrder(self.fund, self.date_from)
        QWidget.setTabOrder(self.date_from, self.date_to)
        QWidget.setTabOrder(self.date_to, self.entry)
        QWidget.setTabOrder(self.entry, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)

        self.retranslateUi(PrintPage)

        self.previewButton.setDefault(True)


        QMetaObject.connectSlotsByName(PrintPage)
    # setupUi

    def retranslateUi(self, PrintPage):
        self.formsLabel.setText(QCoreApplication.translate("PrintPage", u"&Bi\u1ec3u m\u1eabu", None))
#if QT_CONFIG(accessibility)
        self.formList.setAccessibleName(QCoreApplication.translate("PrintPage", u"Bi\u1ec3u m\u1eabu", None))
#endif // QT_CONFIG(accessibility)
        self.optionsBox.setTitle(QCoreApplication.translate("PrintPage", u"T\u00f9y ch\u1ecdn", None))
        self.kindLabel.setText(QCoreApplication.translate("PrintPage", u"&Lo\u1ea1i ban", None))
        self.bodyLabel.setText(QCoreApplication.translate("PrintPage", u"&Ban", None))
        self.villageLabel.setText(QCoreApplication.translate("PrintPage", u"&Khu d\u00e2n c\u01b0", None))
        self.yearLabel.setText(QCoreApplication.translate("PrintPage", u"&N\u0103m", None))
        self.halfLabel.setText(QCoreApplication.translate("PrintPage", u"&K\u1ef3 b\u00e1o c\u00e1o", None))
        self.personLabel.setText(QCoreApplication.translate("PrintPage", u"\u0110\u1ea3ng &vi\u00ean", None))
        self.blank.setText(QCoreApplication.translate("PrintPage", u"Phi\u1ebfu &tr\u1eafng (\u0111\u1ec3 nh\u1eadn x\u00e9t t\u1ea1i h\u1ed9i ngh\u1ecb)", None))
        self.searchLabel.setText(QCoreApplication.translate("PrintPage", u"&T\u00ecm theo t\u00ean", None))
        self.search.setPlaceholderText(QCoreApplication.translate("PrintPage", u"g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c", None))
        self.sexLabel.setText(QCoreApplication.translate("PrintPage", u"&Gi\u1edbi t\u00ednh", None))
        self.partyLabel.setText(QCoreApplication.translate("PrintPage", u"\u0110\u1ea3ng vi\u00ea&n", None))
        self.fundLabel.setText(QCoreApplication.translate("PrintPage", u"&Qu\u1ef9", None))
        self.date_fromLabel.setText(QCoreApplication.translate("PrintPage", u"&T\u1eeb ng\u00e0y", None))
        self.date_toLabel.setText(QCoreApplication.translate("PrintPage", u"\u0110\u1ebf&n ng\u00e0y", None))
        self.entryLabel.setText(QCoreApplication.translate("PrintPage", u"P&hi\u1ebfu thu, chi", None))
        self.previewButton.setText(QCoreApplication.translate("PrintPage", u"&Xem tr\u01b0\u1edbc", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("PrintPage", u"D\u1ef1ng b\u1ea3n xem tr\u01b0\u1edbc theo c\u00e1c t\u00f9y ch\u1ecdn (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("PrintPage", u"&In\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("PrintPage", u"In ra m\u00e1y in (Ctrl+P); v\u0103n b\u1ea3n c\u00f3 s\u1ed1 \u0111\u01b0\u1ee3c l\u1ea5y s\u1ed1 trong s\u1ed5 v\u0103n b\u1ea3n \u0111i", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PrintPage", u"L\u01b0u &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PrintPage", u"L\u01b0u th\u00e0nh t\u1ec7p PDF (Ctrl+S); v\u0103n b\u1ea3n c\u00f3 s\u1ed1 \u0111\u01b0\u1ee3c l\u1ea5y s\u1ed1 trong s\u1ed5 v\u0103n b\u1ea3n \u0111i", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

