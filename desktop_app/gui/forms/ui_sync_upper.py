# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_upper.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from desktop_app.gui.removable_drives import DrivePicker

class Ui_SyncUpperPanel(object):
    def setupUi(self, SyncUpperPanel):
        if not SyncUpperPanel.objectName():
            SyncUpperPanel.setObjectName(u"SyncUpperPanel")
        SyncUpperPanel.resize(1100, 680)
        self.mainLayout = QVBoxLayout(SyncUpperPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.picker = DrivePicker(SyncUpperPanel)
        self.picker.setObjectName(u"picker")

        self.mainLayout.addWidget(self.picker)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.importButton = QPushButton(SyncUpperPanel)
        self.importButton.setObjectName(u"importButton")

        self.actionsLayout.addWidget(self.importButton)

        self.importAllButton = QPushButton(SyncUpperPanel)
        self.importAllButton.setObjectName(u"importAllButton")

        self.actionsLayout.addWidget(self.importAllButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.ownKey = QLabel(SyncUpperPanel)
        self.ownKey.setObjectName(u"ownKey")
        self.ownKey.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.actionsLayout.addWidget(self.ownKey)

        self.exportKeyButton = QPushButton(SyncUpperPanel)
        self.exportKeyButton.setObjectName(u"exportKeyButton")

        self.actionsLayout.addWidget(self.exportKeyButton)


        self.mainLayout.addLayout(self.actionsLayout)

        self.tabs = QTabWidget(SyncUpperPanel)
        self.tabs.setObjectName(u"tabs")
        self.communesTab = QWidget()
        self.communesTab.setObjectName(u"communesTab")
        self.communesLayout = QVBoxLayout(self.communesTab)
        self.communesLayout.setObjectName(u"communesLayout")
        self.communes = QTableView(self.communesTab)
        self.communes.setObjectName(u"communes")
        self.communes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.communes.setTabKeyNavigation(False)
        self.communes.setAlternatingRowColors(True)
        self.communes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.communes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.communes.setWordWrap(False)

        self.communesLayout.addWidget(self.communes)

        self.communesHint = QLabel(self.communesTab)
        self.communesHint.setObjectName(u"communesHint")
        self.communesHint.setStyleSheet(u"color: #555;")
        self.communesHint.setWordWrap(True)

        self.communesLayout.addWidget(self.communesHint)

        self.tabs.addTab(self.communesTab, "")
        self.importsTab = QWidget()
        self.importsTab.setObjectName(u"importsTab")
        self.importsLayout = QVBoxLayout(self.importsTab)
        self.importsLayout.setObjectName(u"importsLayout")
        self.imports = QTableView(self.importsTab)
        self.imports.setObjectName(u"imports")
        self.imports.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.imports.setTabKeyNavigation(False)
        self.imports.setAlternatingRowColors(True)
        self.imports.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.imports.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.imports.setWordWrap(False)

        self.importsLayout.addWidget(self.imports)

        self.importButtonsLayout = QHBoxLayout()
        self.importButtonsLayout.setObjectName(u"importButtonsLayout")
        self.recordButton = QPushButton(self.importsTab)
        self.recordButton.setObjectName(u"recordButton")

        self.importButtonsLayout.addWidget(self.recordButton)

        self.receiptButton = QPushButton(self.importsTab)
        self.receiptButton.setObjectName(u"receiptButton")

        self.importButtonsLayout.addWidget(self.receiptButton)

        self.importButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importButtonsLayout.addItem(self.importButtonsSpacer)


        self.importsLayout.addLayout(self.importButtonsLayout)

        self.tabs.addTab(self.importsTab, "")
        self.quarantineTab = QWidget()
        self.quarantineTab.setObjectName(u"quarantineTab")
        self.quarantineLayout = QVBoxLayout(self.quarantineTab)
        self.quarantineLayout.setObjectName(u"quarantineLayout")
        self.quarantine = QTableView(self.quarantineTab)
        self.quarantine.setObjectName(u"quarantine")
        self.quarantine.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quarantine.setTabKeyNavigation(False)
        self.quarantine.setAlternatingRowColors(True)
        self.quarantine.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.quarantine.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quarantine.setWordWrap(False)

        self.quarantineLayout.addWidget(self.quarantine)

        self.quarantineButtonsLayout = QHBoxLayout()
        self.quarantineButtonsLayout.setObjectName(u"quarantineButtonsLayout")
        self.rerunButton = QPushButton(self.quarantineTab)
        self.rerunButton.setObjectName(u"rerunButton")

        self.quarantineButtonsLayout.addWidget(self.rerunButton)

        self.quarantineHint = QLabel(self.quarantineTab)
        self.quarantineHint.setObjectName(u"quarantineHint")
        self.quarantineHint.setStyleSheet(u"color: #555;")
        self.quarantineHint.setWordWrap(True)
        self.quarantineHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.quarantineButtonsLayout.addWidget(self.quarantineHint)

        self.quarantineButtonsLayout.setStretch(1, 1)

        self.quarantineLayout.addLayout(self.quarantineButtonsLayout)

        self.tabs.addTab(self.quarantineTab, "")
        self.keysTab = QWidget()
        self.keysTab.setObjectName(u"keysTab")
        self.keysLayout = QVBoxLayout(self.keysTab)
        self.keysLayout.setObjectName(u"keysLayout")
        self.keys = QTableView(self.keysTab)
        self.keys.setObjectName(u"keys")
        self.keys.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keys.setTabKeyNavigation(False)
        self.keys.setAlternatingRowColors(True)
        self.keys.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keys.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keys.setWordWrap(False)

        self.keysLayout.addWidget(self.keys)

        self.keysButtonsLayout = QHBoxLayout()
        self.keysButtonsLayout.setObjectName(u"keysButtonsLayout")
        self.revokeButton = QPushButton(self.keysTab)
        self.revokeButton.setObjectName(u"revokeButton")

        self.keysButtonsLayout.addWidget(self.revokeButton)

        self.keysHint = QLabel(self.keysTab)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setStyleSheet(u"color: #555;")
        self.keysHint.setWordWrap(True)

        self.keysButtonsLayout.addWidget(self.keysHint)

        self.keysButtonsLayout.setStretch(1, 1)

        self.keysLayout.addLayout(self.keysButtonsLayout)

        self.tabs.addTab(self.keysTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.status = QLabel(SyncUpperPanel)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.status)

        QWidget.setTabOrder(self.importButton, self.importAllButton)
        QWidget.setTabOrder(self.importAllButton, self.exportKeyButton)
        QWidget.setTabOrder(self.exportKeyButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.communes)
        QWidget.setTabOrder(self.communes, self.imports)
        QWidget.setTabOrder(self.imports, self.recordButton)
        QWidget.setTabOrder(self.recordButton, self.receiptButton)
        QWidget.setTabOrder(self.receiptButton, self.quarantine)
        QWidget.setTabOrder(self.quarantine, self.rerunButton)

        self.retranslateUi(SyncUpperPanel)

        self.importButton.setDefault(True)
        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SyncUpperPanel)
    # setupUi

    def retranslateUi(self, SyncUpperPanel):
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SyncUpperPanel", u"Ch\u1ecdn m\u1ed9t ho\u1eb7c nhi\u1ec1u t\u1ec7p g\u00f3i (.smtb) \u0111\u1ec3 ch\u1ea1y th\u1eed r\u1ed3i nh\u1eadp (Ctrl+O)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("SyncUpperPanel", u"&Nh\u1eadp g\u00f3i t\u1eeb USB\u2026", None))
#if QT_CONFIG(tooltip)
        self.importAllButton.setToolTip(QCoreApplication.translate("SyncUpperPanel", u"Ch\u1ea1y th\u1eed m\u1ecdi t\u1ec7p g\u00f3i (.smtb) trong USB ho\u1eb7c th\u01b0 m\u1ee5c \u0111\u00e3 ch\u1ecdn", None))
#endif // QT_CONFIG(tooltip)
        self.importAllButton.setText(QCoreApplication.translate("SyncUpperPanel", u"Nh\u1eadp m\u1ecdi &g\u00f3i tr\u00ean USB", None))
        self.ownKey.setText(QCoreApplication.translate("SyncUpperPanel", u"D\u1ea5u v\u00e2n tay", None))
#if QT_CONFIG(tooltip)
        self.exportKeyButton.setToolTip(QCoreApplication.translate("SyncUpperPanel", u"Ghi t\u1ec7p kh\u00f3a c\u00f4ng khai c\u1ee7a \u0111\u01a1n v\u1ecb v\u00e0o USB \u0111\u1ec3 c\u00e1c x\u00e3 tin c\u1eady", None))
#endif // QT_CONFIG(tooltip)
        self.exportKeyButton.setText(QCoreApplication.translate("SyncUpperPanel", u"Xu\u1ea5t t\u1ec7p &kh\u00f3a cho c\u00e1c x\u00e3\u2026", None))
#if QT_CONFIG(accessibility)
        self.communes.setAccessibleName(QCoreApplication.translate("SyncUpperPanel", u"C\u00e1c x\u00e3 \u0111\u00e3 ghi nh\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.communesHint.setText(QCoreApplication.translate("SyncUpperPanel", u"Qu\u00e1 h\u1ea1n", None))
        self.tabs.setTabText(self.tabs.indexOf(self.communesTab), QCoreApplication.translate("SyncUpperPanel", u"C\u00e1c &x\u00e3", None))
#if QT_CONFIG(accessibility)
        self.imports.setAccessibleName(QCoreApplication.translate("SyncUpperPanel", u"C\u00e1c l\u1ea7n nh\u1eadp g\u00f3i", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("SyncUpperPanel", u"Xem, in ho\u1eb7c l\u01b0u PDF bi\u00ean b\u1ea3n c\u1ee7a l\u1ea7n nh\u1eadp \u0111ang ch\u1ecdn", None))
#endif // QT_CONFIG(tooltip)
        self.recordButton.setText(QCoreApplication.translate("SyncUpperPanel", u"In &bi\u00ean b\u1ea3n\u2026", None))
#if QT_CONFIG(tooltip)
        self.receiptButton.setToolTip(QCoreApplication.translate("SyncUpperPanel", u"Ghi l\u1ea1i bi\u00ean nh\u1eadn c\u1ee7a l\u1ea7n nh\u1eadp \u0111ang ch\u1ecdn v\u00e0o USB (khi x\u00e3 l\u00e0m m\u1ea5t bi\u00ean nh\u1eadn)", None))
#endif // QT_CONFIG(tooltip)
        self.receiptButton.setText(QCoreApplication.translate("SyncUpperPanel", u"Ghi l\u1ea1i bi\u00ean nh\u1eadn &v\u00e0o USB", None))
        self.tabs.setTabText(self.tabs.indexOf(self.importsTab), QCoreApplication.translate("SyncUpperPanel", u"L\u1ecbch s\u1eed nh\u1ead&p", None))
#if QT_CONFIG(accessibility)
        self.quarantine.setAccessibleName(QCoreApplication.translate("SyncUpperPanel", u"B\u1ea3n ghi b\u1ecb c\u00e1ch ly", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.rerunButton.setToolTip(QCoreApplication.translate("SyncUpperPanel", u"Th\u1eed nh\u1eadp l\u1ea1i c\u00e1c b\u1ea3n ghi b\u1ecb c\u00e1ch ly (sau khi \u0111\u00e3 nh\u1eadp c\u00e1c b\u1ea3n ghi ch\u00fang c\u1ea7n)", None))
#endif // QT_CONFIG(tooltip)
        self.rerunButton.setText(QCoreApplication.translate("SyncUpperPanel", u"Nh\u1eadp &l\u1ea1i c\u00e1c b\u1ea3n ghi c\u00e1ch ly", None))
        self.quarantineHint.setText(QCoreApplication.translate("SyncUpperPanel", u"B\u1ea3n ghi b\u1ecb c\u00e1ch ly ch\u01b0a v\u00e0o d\u1eef li\u1ec7u t\u1ed5ng h\u1ee3p; ph\u1ea7n c\u00f2n l\u1ea1i c\u1ee7a g\u00f3i v\u1eabn \u0111\u01b0\u1ee3c nh\u1eadp.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.quarantineTab), QCoreApplication.translate("SyncUpperPanel", u"B\u1ea3n ghi &c\u00e1ch ly", None))
#if QT_CONFIG(accessibility)
        self.keys.setAccessibleName(QCoreApplication.translate("SyncUpperPanel", u"Kh\u00f3a c\u1ee7a c\u00e1c x\u00e3 \u0111\u00e3 ghi nh\u1eadn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("SyncUpperPanel", u"T\u1eeb ch\u1ed1i m\u1ecdi g\u00f3i k\u00fd b\u1eb1ng kh\u00f3a \u0111\u00e3 ch\u1ecdn (m\u00e1y c\u1ee7a x\u00e3 b\u1ecb m\u1ea5t, kh\u00f3a b\u1ecb l\u1ed9, x\u00e3 \u0111\u00e3 t\u1ea1o kh\u00f3a m\u1edbi)", None))
#endif // QT_CONFIG(tooltip)
        self.revokeButton.setText(QCoreApplication.translate("SyncUpperPanel", u"&Thu h\u1ed3i kh\u00f3a\u2026", None))
        self.keysHint.setText(QCoreApplication.translate("SyncUpperPanel", u"Kh\u00f3a c\u1ee7a x\u00e3 \u0111\u01b0\u1ee3c ghi nh\u1eadn khi nh\u1eadp g\u00f3i \u0111\u1ea7u ti\u00ean k\u00fd b\u1eb1ng kh\u00f3a \u0111\u00f3, sau khi \u0111\u1ed1i chi\u1ebfu d\u1ea5u v\u00e2n tay qua \u0111i\u1ec7n tho\u1ea1i.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.keysTab), QCoreApplication.translate("SyncUpperPanel", u"&Kh\u00f3a c\u1ee7a c\u00e1c x\u00e3", None))
        self.status.setText("")
        pass
    # retranslateUi

