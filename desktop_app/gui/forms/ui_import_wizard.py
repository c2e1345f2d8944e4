# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTableView, QTableWidget, QTableWidgetItem,
    QTextBrowser, QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(1000, 640)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        ImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage|QWizard.WizardOption.NoBackButtonOnLastPage|QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QFormLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.targetLabel = QLabel(self.filePage)
        self.targetLabel.setObjectName(u"targetLabel")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCombo = QComboBox(self.filePage)
        self.targetCombo.setObjectName(u"targetCombo")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.bodyLabel = QLabel(self.filePage)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyCombo = QComboBox(self.filePage)
        self.bodyCombo.setObjectName(u"bodyCombo")

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bodyCombo)

        self.fileHint = QLabel(self.filePage)
        self.fileHint.setObjectName(u"fileHint")
        self.fileHint.setWordWrap(True)
        self.fileHint.setStyleSheet(u"color: #555;")

        self.fileLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fileHint)

        self.lastRow = QHBoxLayout()
        self.lastRow.setObjectName(u"lastRow")
        self.undoLastButton = QPushButton(self.filePage)
        self.undoLastButton.setObjectName(u"undoLastButton")

        self.lastRow.addWidget(self.undoLastButton)

        self.lastLabel = QLabel(self.filePage)
        self.lastLabel.setObjectName(u"lastLabel")
        self.lastLabel.setWordWrap(True)
        self.lastLabel.setStyleSheet(u"color: #555;")

        self.lastRow.addWidget(self.lastLabel)


        self.fileLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.lastRow)

        ImportWizard.addPage(self.filePage)
        self.sheetPage = QWizardPage()
        self.sheetPage.setObjectName(u"sheetPage")
        self.sheetLayout = QVBoxLayout(self.sheetPage)
        self.sheetLayout.setObjectName(u"sheetLayout")
        self.sheetRow = QHBoxLayout()
        self.sheetRow.setObjectName(u"sheetRow")
        self.sheetLabel = QLabel(self.sheetPage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.sheetRow.addWidget(self.sheetLabel)

        self.sheetCombo = QComboBox(self.sheetPage)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMinimumWidth(180)

        self.sheetRow.addWidget(self.sheetCombo)

        self.headerLabel = QLabel(self.sheetPage)
        self.headerLabel.setObjectName(u"headerLabel")

        self.sheetRow.addWidget(self.headerLabel)

        self.headerSpin = QSpinBox(self.sheetPage)
        self.headerSpin.setObjectName(u"headerSpin")
        self.headerSpin.setMinimum(1)
        self.headerSpin.setMaximum(30)

        self.sheetRow.addWidget(self.headerSpin)

        self.encodingLabel = QLabel(self.sheetPage)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.sheetRow.addWidget(self.encodingLabel)

        self.encodingCombo = QComboBox(self.sheetPage)
        self.encodingCombo.setObjectName(u"encodingCombo")

        self.sheetRow.addWidget(self.encodingCombo)

        self.sheetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheetRow.addItem(self.sheetSpacer)


        self.sheetLayout.addLayout(self.sheetRow)

        self.guessLabel = QLabel(self.sheetPage)
        self.guessLabel.setObjectName(u"guessLabel")
        self.guessLabel.setWordWrap(True)

        self.sheetLayout.addWidget(self.guessLabel)

        self.sheetView = QTableView(self.sheetPage)
        self.sheetView.setObjectName(u"sheetView")

        self.sheetLayout.addWidget(self.sheetView)

        self.sheetLayout.setStretch(2, 1)
        ImportWizard.addPage(self.sheetPage)
        self.mapPage = QWizardPage()
        self.mapPage.setObjectName(u"mapPage")
        self.mapLayout = QVBoxLayout(self.mapPage)
        self.mapLayout.setObjectName(u"mapLayout")
        self.mapTable = QTableWidget(self.mapPage)
        if (self.mapTable.columnCount() < 3):
            self.mapTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mapTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mapTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mapTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mapTable.setObjectName(u"mapTable")
        self.mapTable.setColumnCount(3)

        self.mapLayout.addWidget(self.mapTable)

        self.mapButtons = QHBoxLayout()
        self.mapButtons.setObjectName(u"mapButtons")
        self.loadMapButton = QPushButton(self.mapPage)
        self.loadMapButton.setObjectName(u"loadMapButton")

        self.mapButtons.addWidget(self.loadMapButton)

        self.saveMapButton = QPushButton(self.mapPage)
        self.saveMapButton.setObjectName(u"saveMapButton")

        self.mapButtons.addWidget(self.saveMapButton)

        self.mapSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mapButtons.addItem(self.mapSpacer)


        self.mapLayout.addLayout(self.mapButtons)

        self.mapLayout.setStretch(0, 1)
        ImportWizard.addPage(self.mapPage)
        self.previewPage = QWizardPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTop = QHBoxLayout()
        self.previewTop.setObjectName(u"previewTop")
        self.countsLabel = QLabel(self.previewPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.previewTop.addWidget(self.countsLabel)

        self.showLabel = QLabel(self.previewPage)
        self.showLabel.setObjectName(u"showLabel")

        self.previewTop.addWidget(self.showLabel)

        self.showCombo = QComboBox(self.previewPage)
        self.showCombo.setObjectName(u"showCombo")

        self.previewTop.addWidget(self.showCombo)


        self.previewLayout.addLayout(self.previewTop)

        self.previewSplitter = QSplitter(self.previewPage)
        self.previewSplitter.setObjectName(u"previewSplitter")
        self.previewSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.previewSplitter.setChildrenCollapsible(False)
        self.previewView = QTableView(self.previewSplitter)
        self.previewView.setObjectName(u"previewView")
        self.previewSplitter.addWidget(self.previewView)
        self.duplicatePanel = QWidget(self.previewSplitter)
        self.duplicatePanel.setObjectName(u"duplicatePanel")
        self.duplicateLayout = QVBoxLayout(self.duplicatePanel)
        self.duplicateLayout.setObjectName(u"duplicateLayout")
        self.duplicateLayout.setContentsMargins(0, 0, 0, 0)
        self.rowDetail = QTextBrowser(self.duplicatePanel)
        self.rowDetail.setObjectName(u"rowDetail")

        self.duplicateLayout.addWidget(self.rowDetail)

        self.choiceBox = QGroupBox(self.duplicatePanel)
        self.choiceBox.setObjectName(u"choiceBox")
        self.choiceLayout = QVBoxLayout(self.choiceBox)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.useExisting = QRadioButton(self.choiceBox)
        self.useExisting.setObjectName(u"useExisting")

        self.choiceLayout.addWidget(self.useExisting)

        self.updateExisting = QRadioButton(self.choiceBox)
        self.updateExisting.setObjectName(u"updateExisting")

        self.choiceLayout.addWidget(self.updateExisting)

        self.addNew = QRadioButton(self.choiceBox)
        self.addNew.setObjectName(u"addNew")

        self.choiceLayout.addWidget(self.addNew)


        self.duplicateLayout.addWidget(self.choiceBox)

        self.previewSplitter.addWidget(self.duplicatePanel)

        self.previewLayout.addWidget(self.previewSplitter)

        self.previewLayout.setStretch(1, 1)
        ImportWizard.addPage(self.previewPage)
        self.donePage = QWizardPage()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setTextFormat(Qt.TextFormat.RichText)

        self.doneLayout.addWidget(self.doneLabel)

        self.undoRow = QHBoxLayout()
        self.undoRow.setObjectName(u"undoRow")
        self.undoButton = QPushButton(self.donePage)
        self.undoButton.setObjectName(u"undoButton")

        self.undoRow.addWidget(self.undoButton)

        self.undoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.undoRow.addItem(self.undoSpacer)


        self.doneLayout.addLayout(self.undoRow)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        ImportWizard.addPage(self.donePage)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.targetLabel.setBuddy(self.targetCombo)
        self.bodyLabel.setBuddy(self.bodyCombo)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.headerLabel.setBuddy(self.headerSpin)
        self.encodingLabel.setBuddy(self.encodingCombo)
        self.showLabel.setBuddy(self.showCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.targetCombo)
        QWidget.setTabOrder(self.targetCombo, self.bodyCombo)
        QWidget.setTabOrder(self.bodyCombo, self.undoLastButton)
        QWidget.setTabOrder(self.undoLastButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.headerSpin)
        QWidget.setTabOrder(self.headerSpin, self.encodingCombo)
        QWidget.setTabOrder(self.encodingCombo, self.sheetView)
        QWidget.setTabOrder(self.sheetView, self.mapTable)
        QWidget.setTabOrder(self.mapTable, self.loadMapButton)
        QWidget.setTabOrder(self.loadMapButton, self.saveMapButton)
        QWidget.setTabOrder(self.saveMapButton, self.showCombo)
        QWidget.setTabOrder(self.showCombo, self.previewView)
        QWidget.setTabOrder(self.previewView, self.useExisting)
        QWidget.setTabOrder(self.useExisting, self.updateExisting)
        QWidget.setTabOrder(self.updateExisting, self.addNew)
        QWidget.setTabOrder(self.addNew, self.undoButton)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Nh\u1eadp danh s\u00e1ch t\u1eeb Excel", None))
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"B\u01b0\u1edbc 1/5 \u2014 Ch\u1ecdn t\u1ec7p v\u00e0 s\u1ed5 nh\u1eadn d\u1eef li\u1ec7u", None))
        self.filePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"T\u1ec7p Excel (.xlsx ho\u1eb7c .xls) c\u1ee7a \u0111\u01a1n v\u1ecb; ch\u1eef g\u00f5 b\u1eb1ng ph\u00f4ng .VnTime, VNI-Times \u0111\u01b0\u1ee3c t\u1ef1 chuy\u1ec3n sang Unicode.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"&T\u1ec7p Excel:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Ch\u1ecdn t\u1ec7p danh s\u00e1ch\u2026", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"C&h\u1ecdn t\u1ec7p\u2026", None))
        self.targetLabel.setText(QCoreApplication.translate("ImportWizard", u"&Nh\u1eadp v\u00e0o:", None))
        self.bodyLabel.setText(QCoreApplication.translate("ImportWizard", u"&Ban:", None))
        self.fileHint.setText(QCoreApplication.translate("ImportWizard", u"Nh\u1eadp th\u00e0nh vi\u00ean: ng\u01b0\u1eddi ch\u01b0a c\u00f3 trong s\u1ed5 \u0111\u01b0\u1ee3c th\u00eam m\u1edbi; ng\u01b0\u1eddi \u0111\u00e3 c\u00f3 (c\u00f9ng s\u1ed1 CCCD, ho\u1eb7c c\u00f9ng h\u1ecd t\u00ean, n\u0103m sinh, khu d\u00e2n c\u01b0) \u0111\u01b0\u1ee3c d\u00f9ng l\u1ea1i.", None))
        self.undoLastButton.setText(QCoreApplication.translate("ImportWizard", u"Ho\u00e0n t\u00e1c l\u1ea7n nh\u1eadp &tr\u01b0\u1edbc\u2026", None))
        self.sheetPage.setTitle(QCoreApplication.translate("ImportWizard", u"B\u01b0\u1edbc 2/5 \u2014 Trang t\u00ednh v\u00e0 d\u00f2ng ti\u00eau \u0111\u1ec1", None))
        self.sheetPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Ch\u1ecdn trang t\u00ednh v\u00e0 d\u00f2ng ch\u1ee9a t\u00ean c\u1ed9t (d\u00f2ng ti\u00eau \u0111\u1ec1 \u0111\u00e3 \u0111\u01b0\u1ee3c t\u00ecm s\u1eb5n, d\u01b0\u1edbi c\u00e1c d\u00f2ng t\u00ean v\u0103n b\u1ea3n).", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"&Trang t\u00ednh:", None))
        self.headerLabel.setText(QCoreApplication.translate("ImportWizard", u"&D\u00f2ng ti\u00eau \u0111\u1ec1:", None))
        self.encodingLabel.setText(QCoreApplication.translate("ImportWizard", u"&Ki\u1ec3u ch\u1eef:", None))
        self.mapPage.setTitle(QCoreApplication.translate("ImportWizard", u"B\u01b0\u1edbc 3/5 \u2014 Gh\u00e9p c\u1ed9t", None))
        self.mapPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"M\u1ed7i c\u1ed9t c\u1ee7a t\u1ec7p \u0111\u01b0\u1ee3c gh\u00e9p v\u1edbi m\u1ed9t th\u00f4ng tin c\u1ee7a s\u1ed5; s\u1eeda ch\u1ed7 ch\u01b0a \u0111\u00fang, c\u1ed9t kh\u00f4ng c\u1ea7n th\u00ec ch\u1ecdn \u201c(kh\u00f4ng nh\u1eadp)\u201d.", None))
        ___qtablewidgetitem = self.mapTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportWizard", u"C\u1ed9t trong t\u1ec7p", None))
        ___qtablewidgetitem1 = self.mapTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportWizard", u"V\u00ed d\u1ee5 (d\u00f2ng \u0111\u1ea7u)", None))
        ___qtablewidgetitem2 = self.mapTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportWizard", u"Gh\u00e9p v\u1edbi", None))
        self.loadMapButton.setText(QCoreApplication.translate("ImportWizard", u"&D\u00f9ng c\u00e1ch gh\u00e9p \u0111\u00e3 l\u01b0u\u2026", None))
        self.saveMapButton.setText(QCoreApplication.translate("ImportWizard", u"&L\u01b0u c\u00e1ch gh\u00e9p\u2026", None))
        self.previewPage.setTitle(QCoreApplication.translate("ImportWizard", u"B\u01b0\u1edbc 4/5 \u2014 Xem tr\u01b0\u1edbc", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Ch\u01b0a c\u00f3 g\u00ec \u0111\u01b0\u1ee3c ghi. D\u00f2ng l\u1ed7i s\u1ebd kh\u00f4ng \u0111\u01b0\u1ee3c nh\u1eadp; v\u1edbi ng\u01b0\u1eddi c\u00f3 th\u1ec3 tr\u00f9ng, ch\u1ecdn c\u00e1ch x\u1eed l\u00fd \u1edf khung b\u00ean ph\u1ea3i.", None))
        self.showLabel.setText(QCoreApplication.translate("ImportWizard", u"&Xem:", None))
        self.choiceBox.setTitle(QCoreApplication.translate("ImportWizard", u"Ng\u01b0\u1eddi c\u00f3 th\u1ec3 tr\u00f9ng", None))
        self.useExisting.setText(QCoreApplication.translate("ImportWizard", u"D\u00f9ng ng\u01b0\u1eddi \u0111\u00e3 &c\u00f3 (kh\u00f4ng th\u00eam)", None))
        self.updateExisting.setText(QCoreApplication.translate("ImportWizard", u"C\u1eadp nh\u1eadt ng\u01b0\u1eddi \u0111\u00e3 c\u00f3 &theo t\u1ec7p", None))
        self.addNew.setText(QCoreApplication.translate("ImportWizard", u"\u0110\u00e2y l\u00e0 ng\u01b0\u1eddi kh\u00e1c: th\u00eam &m\u1edbi", None))
        self.donePage.setTitle(QCoreApplication.translate("ImportWizard", u"B\u01b0\u1edbc 5/5 \u2014 \u0110\u00e3 nh\u1eadp xong", None))
        self.undoButton.setText(QCoreApplication.translate("ImportWizard", u"&Ho\u00e0n t\u00e1c l\u1ea7n nh\u1eadp n\u00e0y", None))
    # retranslateUi

