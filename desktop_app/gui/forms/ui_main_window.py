# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QListView, QListWidget, QSplitter,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        MainWindow.setMinimumSize(QSize(760, 460))
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.centralwidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.nav = QListWidget(self.splitter)
        self.nav.setObjectName(u"nav")
        self.nav.setMinimumSize(QSize(150, 0))
        self.nav.setMaximumSize(QSize(320, 16777215))
        self.nav.setStyleSheet(u"QListWidget#nav { background: #f3f5f8; border: none; border-right: 1px solid #d0d4da; font-size: 11pt; }\n"
"QListWidget#nav::item { padding: 7px 10px; border-bottom: 1px solid #e4e7eb; }\n"
"QListWidget#nav::item:selected { background: #c62828; color: white; }")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setResizeMode(QListView.ResizeMode.Adjust)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.nav.setWordWrap(True)
        self.splitter.addWidget(self.nav)
        self.stack = QStackedWidget(self.splitter)
        self.stack.setObjectName(u"stack")
        self.splitter.addWidget(self.stack)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralwidget)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"S\u1ed5 M\u1eb7t tr\u1eadn", None))
#if QT_CONFIG(accessibility)
        self.nav.setAccessibleName(QCoreApplication.translate("MainWindow", u"Danh m\u1ee5c trang", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

