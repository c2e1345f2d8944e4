# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_commune.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from desktop_app.gui.removable_drives import DrivePicker

class Ui_SyncCommunePanel(object):
    def setupUi(self, SyncCommunePanel):
        if not SyncCommunePanel.objectName():
            SyncCommunePanel.setObjectName(u"SyncCommunePanel")
        SyncCommunePanel.resize(1100, 680)
        self.mainLayout = QVBoxLayout(SyncCommunePanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.picker = DrivePicker(SyncCommunePanel)
        self.picker.setObjectName(u"picker")

        self.mainLayout.addWidget(self.picker)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftPanel = QWidget(SyncCommunePanel)
        self.leftPanel.setObjectName(u"leftPanel")
        self.leftPanel.setMinimumSize(QSize(400, 0))
        self.leftPanel.setMaximumSize(QSize(400, 16777215))
        self.leftLayout = QVBoxLayout(self.leftPanel)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.nextBox = QGroupBox(self.leftPanel)
        self.nextBox.setObjectName(u"nextBox")
        self.nextLayout = QVBoxLayout(self.nextBox)
        self.nextLayout.setObjectName(u"nextLayout")
        self.nextSummary = QLabel(self.nextBox)
        self.nextSummary.setObjectName(u"nextSummary")
        self.nextSummary.setWordWrap(True)

        self.nextLayout.addWidget(self.nextSummary)

        self.fullCheck = QCheckBox(self.nextBox)
        self.fullCheck.setObjectName(u"fullCheck")

        self.nextLayout.addWidget(self.fullCheck)

        self.exportButton = QPushButton(self.nextBox)
        self.exportButton.setObjectName(u"exportButton")

        self.nextLayout.addWidget(self.exportButton)


        self.leftLayout.addWidget(self.nextBox)

        self.ackBox = QGroupBox(self.leftPanel)
        self.ackBox.setObjectName(u"ackBox")
        self.ackLayout = QVBoxLayout(self.ackBox)
        self.ackLayout.setObjectName(u"ackLayout")
        self.ackSummary = QLabel(self.ackBox)
        self.ackSummary.setObjectName(u"ackSummary")
        self.ackSummary.setWordWrap(True)

        self.ackLayout.addWidget(self.ackSummary)

        self.receiptButton = QPushButton(self.ackBox)
        self.receiptButton.setObjectName(u"receiptButton")

        self.ackLayout.addWidget(self.receiptButton)


        self.leftLayout.addWidget(self.ackBox)

        self.keysBox = QGroupBox(self.leftPanel)
        self.keysBox.setObjectName(u"keysBox")
        self.keysLayout = QVBoxLayout(self.keysBox)
        self.keysLayout.setObjectName(u"keysLayout")
        self.upperKey = QLabel(self.keysBox)
        self.upperKey.setObjectName(u"upperKey")
        self.upperKey.setWordWrap(True)
        self.upperKey.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keysLayout.addWidget(self.upperKey)

        self.trustButton = QPushButton(self.keysBox)
        self.trustButton.setObjectName(u"trustButton")

        self.keysLayout.addWidget(self.trustButton)

        self.ownKey = QLabel(self.keysBox)
        self.ownKey.setObjectName(u"ownKey")
        self.ownKey.setWordWrap(True)
        self.ownKey.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keysLayout.addWidget(self.ownKey)

        self.newKeyButton = QPushButton(self.keysBox)
        self.newKeyButton.setObjectName(u"newKeyButton")

        self.keysLayout.addWidget(self.newKeyButton)


        self.leftLayout.addWidget(self.keysBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)


        self.columnsLayout.addWidget(self.leftPanel)

        self.historyBox = QGroupBox(SyncCommunePanel)
        self.historyBox.setObjectName(u"historyBox")
        self.historyLayout = QVBoxLayout(self.historyBox)
        self.historyLayout.setObjectName(u"historyLayout")
        self.history = QTableView(self.historyBox)
        self.history.setObjectName(u"history")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setWordWrap(False)

        self.historyLayout.addWidget(self.history)

        self.historyHint = QLabel(self.historyBox)
        self.historyHint.setObjectName(u"historyHint")
        self.historyHint.setStyleSheet(u"color: #555;")
        self.historyHint.setWordWrap(True)

        self.historyLayout.addWidget(self.historyHint)


        self.columnsLayout.addWidget(self.historyBox)


        self.mainLayout.addLayout(self.columnsLayout)

        self.status = QLabel(SyncCommunePanel)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.status)

        QWidget.setTabOrder(self.fullCheck, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.receiptButton)
        QWidget.setTabOrder(self.receiptButton, self.trustButton)
        QWidget.setTabOrder(self.trustButton, self.history)

        self.retranslateUi(SyncCommunePanel)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(SyncCommunePanel)
    # setupUi

    def retranslateUi(self, SyncCommunePanel):
        self.nextBox.setTitle(QCoreApplication.translate("SyncCommunePanel", u"G\u00f3i ti\u1ebfp theo g\u1eedi c\u1ea5p tr\u00ean", None))
        self.nextSummary.setText(QCoreApplication.translate("SyncCommunePanel", u"G\u00f3i ti\u1ebfp theo", None))
        self.fullCheck.setText(QCoreApplication.translate("SyncCommunePanel", u"Xu\u1ea5t &to\u00e0n b\u1ed9 (m\u1ecdi b\u1ea3n ghi, kh\u00f4ng ch\u1ec9 ph\u1ea7n thay \u0111\u1ed5i)", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SyncCommunePanel", u"Ghi g\u00f3i v\u00e0o USB \u0111\u00e3 ch\u1ecdn (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("SyncCommunePanel", u"&Xu\u1ea5t g\u00f3i g\u1eedi c\u1ea5p tr\u00ean", None))
        self.ackBox.setTitle(QCoreApplication.translate("SyncCommunePanel", u"C\u1ea5p tr\u00ean \u0111\u00e3 x\u00e1c nh\u1eadn", None))
        self.ackSummary.setText(QCoreApplication.translate("SyncCommunePanel", u"Ch\u01b0a g\u1eedi g\u00f3i n\u00e0o.", None))
#if QT_CONFIG(tooltip)
        self.receiptButton.setToolTip(QCoreApplication.translate("SyncCommunePanel", u"Nh\u1eadp t\u1ec7p bi\u00ean nh\u1eadn (.smtr) c\u1ea5p tr\u00ean \u0111\u00e3 ghi v\u00e0o USB", None))
#endif // QT_CONFIG(tooltip)
        self.receiptButton.setText(QCoreApplication.translate("SyncCommunePanel", u"Nh\u1eadp &bi\u00ean nh\u1eadn t\u1eeb USB\u2026", None))
        self.keysBox.setTitle(QCoreApplication.translate("SyncCommunePanel", u"Kh\u00f3a m\u00e3 h\u00f3a", None))
        self.upperKey.setText(QCoreApplication.translate("SyncCommunePanel", u"Kh\u00f3a c\u1ee7a c\u1ea5p tr\u00ean", None))
#if QT_CONFIG(tooltip)
        self.trustButton.setToolTip(QCoreApplication.translate("SyncCommunePanel", u"Ch\u1ecdn t\u1ec7p kh\u00f3a (.smtk) do c\u1ea5p tr\u00ean g\u1eedi, \u0111\u1ed1i chi\u1ebfu d\u1ea5u v\u00e2n tay r\u1ed3i tin c\u1eady", None))
#endif // QT_CONFIG(tooltip)
        self.trustButton.setText(QCoreApplication.translate("SyncCommunePanel", u"&Nh\u1eadn t\u1ec7p kh\u00f3a c\u1ee7a c\u1ea5p tr\u00ean\u2026", None))
        self.ownKey.setText(QCoreApplication.translate("SyncCommunePanel", u"Kh\u00f3a c\u1ee7a x\u00e3", None))
#if QT_CONFIG(tooltip)
        self.newKeyButton.setToolTip(QCoreApplication.translate("SyncCommunePanel", u"Ch\u1ec9 khi m\u00e1y c\u0169 b\u1ecb m\u1ea5t ho\u1eb7c kh\u00f3a c\u00f3 th\u1ec3 \u0111\u00e3 l\u1ecdt ra ngo\u00e0i: t\u1ea1o kh\u00f3a m\u1edbi, c\u1ea5p tr\u00ean \u0111\u1ed1i chi\u1ebfu d\u1ea5u v\u00e2n tay m\u1edbi", None))
#endif // QT_CONFIG(tooltip)
        self.newKeyButton.setText(QCoreApplication.translate("SyncCommunePanel", u"T\u1ea1o kh\u00f3a &m\u1edbi\u2026", None))
        self.historyBox.setTitle(QCoreApplication.translate("SyncCommunePanel", u"C\u00e1c g\u00f3i \u0111\u00e3 xu\u1ea5t", None))
#if QT_CONFIG(accessibility)
        self.history.setAccessibleName(QCoreApplication.translate("SyncCommunePanel", u"C\u00e1c g\u00f3i \u0111\u00e3 xu\u1ea5t", None))
#endif // QT_CONFIG(accessibility)
        self.historyHint.setText(QCoreApplication.translate("SyncCommunePanel", u"G\u00f3i ch\u01b0a c\u00f3 bi\u00ean nh\u1eadn s\u1ebd \u0111\u01b0\u1ee3c g\u1eedi l\u1ea1i trong g\u00f3i sau; c\u1ea5p tr\u00ean nh\u1eadp ph\u1ea7n tr\u00f9ng m\u00e0 kh\u00f4ng thay \u0111\u1ed5i g\u00ec.", None))
        self.status.setText("")
        pass
    # retranslateUi

