# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from desktop_app.gui.widgets import DateEdit

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1000, 600)
        self.mainLayout = QVBoxLayout(AuditPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(AuditPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.mainLayout.addWidget(self.titleLabel)

        self.filters1 = QHBoxLayout()
        self.filters1.setObjectName(u"filters1")
        self.accountLabel = QLabel(AuditPage)
        self.accountLabel.setObjectName(u"accountLabel")

        self.filters1.addWidget(self.accountLabel)

        self.accountCombo = QComboBox(AuditPage)
        self.accountCombo.setObjectName(u"accountCombo")

        self.filters1.addWidget(self.accountCombo)

        self.kindLabel = QLabel(AuditPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filters1.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(AuditPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filters1.addWidget(self.kindCombo)

        self.tableLabel = QLabel(AuditPage)
        self.tableLabel.setObjectName(u"tableLabel")

        self.filters1.addWidget(self.tableLabel)

        self.tableCombo = QComboBox(AuditPage)
        self.tableCombo.setObjectName(u"tableCombo")

        self.filters1.addWidget(self.tableCombo)

        self.recordLabel = QLabel(AuditPage)
        self.recordLabel.setObjectName(u"recordLabel")

        self.filters1.addWidget(self.recordLabel)

        self.recordEdit = QLineEdit(AuditPage)
        self.recordEdit.setObjectName(u"recordEdit")

        self.filters1.addWidget(self.recordEdit)


        self.mainLayout.addLayout(self.filters1)

        self.filters2 = QHBoxLayout()
        self.filters2.setObjectName(u"filters2")
        self.sinceLabel = QLabel(AuditPage)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filters2.addWidget(self.sinceLabel)

        self.sinceEdit = DateEdit(AuditPage)
        self.sinceEdit.setObjectName(u"sinceEdit")

        self.filters2.addWidget(self.sinceEdit)

        self.untilLabel = QLabel(AuditPage)
        self.untilLabel.setObjectName(u"untilLabel")

        self.filters2.addWidget(self.untilLabel)

        self.untilEdit = DateEdit(AuditPage)
        self.untilEdit.setObjectName(u"untilEdit")

        self.filters2.addWidget(self.untilEdit)

        self.filterButton = QPushButton(AuditPage)
        self.filterButton.setObjectName(u"filterButton")

        self.filters2.addWidget(self.filterButton)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters2.addItem(self.filterSpacer)

        self.printButton = QPushButton(AuditPage)
        self.printButton.setObjectName(u"printButton")

        self.filters2.addWidget(self.printButton)


        self.mainLayout.addLayout(self.filters2)

        self.table = QTableView(AuditPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)

        self.mainLayout.addWidget(self.table)

        self.countLabel = QLabel(AuditPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)
        self.countLabel.setStyleSheet(u"color: #555;")

        self.mainLayout.addWidget(self.countLabel)

#if QT_CONFIG(shortcut)
        self.accountLabel.setBuddy(self.accountCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.tableLabel.setBuddy(self.tableCombo)
        self.recordLabel.setBuddy(self.recordEdit)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.untilLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accountCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.tableCombo)
        QWidget.setTabOrder(self.tableCombo, self.recordEdit)
        QWidget.setTabOrder(self.recordEdit, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.filterButton)
        QWidget.setTabOrder(self.filterButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.table)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        AuditPage.setWindowTitle(QCoreApplication.translate("AuditPage", u"Nh\u1eadt k\u00fd", None))
        self.titleLabel.setText(QCoreApplication.translate("AuditPage", u"Nh\u1eadt k\u00fd: ai thay \u0111\u1ed5i g\u00ec, khi n\u00e0o", None))
        self.accountLabel.setText(QCoreApplication.translate("AuditPage", u"&T\u00e0i kho\u1ea3n:", None))
        self.kindLabel.setText(QCoreApplication.translate("AuditPage", u"&Lo\u1ea1i:", None))
        self.tableLabel.setText(QCoreApplication.translate("AuditPage", u"&S\u1ed5:", None))
        self.recordLabel.setText(QCoreApplication.translate("AuditPage", u"&B\u1ea3n ghi (m\u00e3):", None))
        self.recordEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"m\u00e3 ng\u01b0\u1eddi ho\u1eb7c b\u1ea3n ghi", None))
        self.sinceLabel.setText(QCoreApplication.translate("AuditPage", u"&T\u1eeb ng\u00e0y:", None))
        self.untilLabel.setText(QCoreApplication.translate("AuditPage", u"\u0110\u1ebfn &ng\u00e0y:", None))
        self.filterButton.setText(QCoreApplication.translate("AuditPage", u"&L\u1ecdc", None))
        self.printButton.setText(QCoreApplication.translate("AuditPage", u"&In nh\u1eadt k\u00fd\u2026", None))
        self.countLabel.setText("")
    # retranslateUi

