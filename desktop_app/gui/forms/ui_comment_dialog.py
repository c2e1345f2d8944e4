# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'comment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QVBoxLayout, QWidget)

from desktop_app.gui.widgets import DateEdit

class Ui_CommentDialog(object):
    def setupUi(self, CommentDialog):
        if not CommentDialog.objectName():
            CommentDialog.setObjectName(u"CommentDialog")
        CommentDialog.resize(860, 640)
        CommentDialog.setMinimumSize(QSize(820, 0))
        self.mainLayout = QVBoxLayout(CommentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(CommentDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.headerLabel)

        self.lockBanner = QLabel(CommentDialog)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setWordWrap(True)
        self.lockBanner.setStyleSheet(u"background: #fff4e5; border: 1px solid #e0a040; padding: 6px;")

        self.mainLayout.addWidget(self.lockBanner)

        self.criteriaArea = QScrollArea(CommentDialog)
        self.criteriaArea.setObjectName(u"criteriaArea")
        self.criteriaArea.setWidgetResizable(True)
        self.criteriaArea.setFrameShape(QFrame.Shape.NoFrame)
        self.criteriaArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.criteriaWidget = QWidget()
        self.criteriaWidget.setObjectName(u"criteriaWidget")
        self.criteriaLayout = QVBoxLayout(self.criteriaWidget)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaArea.setWidget(self.criteriaWidget)

        self.mainLayout.addWidget(self.criteriaArea)

        self.recommendationGroup = QGroupBox(CommentDialog)
        self.recommendationGroup.setObjectName(u"recommendationGroup")
        self.recommendationLayout = QHBoxLayout(self.recommendationGroup)
        self.recommendationLayout.setObjectName(u"recommendationLayout")

        self.mainLayout.addWidget(self.recommendationGroup)

        self.bottomForm = QFormLayout()
        self.bottomForm.setObjectName(u"bottomForm")
        self.bottomForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.commentsLabel = QLabel(CommentDialog)
        self.commentsLabel.setObjectName(u"commentsLabel")

        self.bottomForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.commentsLabel)

        self.comments = QPlainTextEdit(CommentDialog)
        self.comments.setObjectName(u"comments")
        self.comments.setTabChangesFocus(True)
        self.comments.setMaximumSize(QSize(16777215, 70))

        self.bottomForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.comments)

        self.meeting_dateLabel = QLabel(CommentDialog)
        self.meeting_dateLabel.setObjectName(u"meeting_dateLabel")

        self.bottomForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meeting_dateLabel)

        self.meeting_date = DateEdit(CommentDialog)
        self.meeting_date.setObjectName(u"meeting_date")

        self.bottomForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meeting_date)

        self.cell_signerLabel = QLabel(CommentDialog)
        self.cell_signerLabel.setObjectName(u"cell_signerLabel")

        self.bottomForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cell_signerLabel)

        self.cell_signer = QLineEdit(CommentDialog)
        self.cell_signer.setObjectName(u"cell_signer")
        self.cell_signer.setMaxLength(120)

        self.bottomForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cell_signer)

        self.front_signerLabel = QLabel(CommentDialog)
        self.front_signerLabel.setObjectName(u"front_signerLabel")

        self.bottomForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.front_signerLabel)

        self.front_signer = QLineEdit(CommentDialog)
        self.front_signer.setObjectName(u"front_signer")
        self.front_signer.setMaxLength(120)

        self.bottomForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.front_signer)


        self.mainLayout.addLayout(self.bottomForm)

        self.hint = QLabel(CommentDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555;")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.buttonBox = QDialogButtonBox(CommentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.commentsLabel.setBuddy(self.comments)
        self.meeting_dateLabel.setBuddy(self.meeting_date)
        self.cell_signerLabel.setBuddy(self.cell_signer)
        self.front_signerLabel.setBuddy(self.front_signer)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.comments, self.meeting_date)
        QWidget.setTabOrder(self.meeting_date, self.cell_signer)
        QWidget.setTabOrder(self.cell_signer, self.front_signer)

        self.retranslateUi(CommentDialog)
        self.buttonBox.accepted.connect(CommentDialog.accept)
        self.buttonBox.rejected.connect(CommentDialog.reject)

        QMetaObject.connectSlotsByName(CommentDialog)
    # setupUi

    def retranslateUi(self, CommentDialog):
        CommentDialog.setWindowTitle(QCoreApplication.translate("CommentDialog", u"Phi\u1ebfu nh\u1eadn x\u00e9t \u0111\u1ea3ng vi\u00ean n\u01a1i c\u01b0 tr\u00fa", None))
        self.headerLabel.setText("")
        self.lockBanner.setText("")
        self.recommendationGroup.setTitle(QCoreApplication.translate("CommentDialog", u"\u0110\u1ec1 ngh\u1ecb *", None))
        self.commentsLabel.setText(QCoreApplication.translate("CommentDialog", u"Nh\u1eadn x\u00e9t &kh\u00e1c", None))
        self.meeting_dateLabel.setText(QCoreApplication.translate("CommentDialog", u"Ng\u00e0y &h\u1ecdp nh\u1eadn x\u00e9t", None))
        self.cell_signerLabel.setText(QCoreApplication.translate("CommentDialog", u"T/M chi \u1ee7y (&b\u00ed th\u01b0)", None))
        self.front_signerLabel.setText(QCoreApplication.translate("CommentDialog", u"Tr\u01b0\u1edfng ban c\u00f4ng t\u00e1c &M\u1eb7t tr\u1eadn", None))
        self.hint.setText(QCoreApplication.translate("CommentDialog", u"M\u1ed7i ti\u00eau ch\u00ed ch\u1ecdn m\u1ed9t m\u1ee9c: ph\u00edm c\u00e1ch \u0111\u1ec3 ch\u1ecdn, m\u0169i t\u00ean \u0111\u1ec3 \u0111\u1ed5i m\u1ee9c, Tab sang ti\u00eau ch\u00ed sau. Enter \u0111\u1ec3 l\u01b0u, Esc \u0111\u1ec3 h\u1ee7y.", None))
    # retranslateUi

