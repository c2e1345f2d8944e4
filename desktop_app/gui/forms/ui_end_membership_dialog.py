# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_membership_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import (CodeCombo, DateEdit)

class Ui_EndMembershipDialog(object):
    def setupUi(self, EndMembershipDialog):
        if not EndMembershipDialog.objectName():
            EndMembershipDialog.setObjectName(u"EndMembershipDialog")
        EndMembershipDialog.resize(480, 220)
        EndMembershipDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(EndMembershipDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.memberLabel = QLabel(EndMembershipDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.memberLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.endDateLabel = QLabel(EndMembershipDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateEdit = DateEdit(EndMembershipDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.reasonLabel = QLabel(EndMembershipDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = CodeCombo(EndMembershipDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.mainLayout.addLayout(self.form)

        self.hintLabel = QLabel(EndMembershipDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setStyleSheet(u"color: #555;")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(EndMembershipDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.endDateEdit, self.reasonCombo)

        self.retranslateUi(EndMembershipDialog)
        self.buttonBox.accepted.connect(EndMembershipDialog.accept)
        self.buttonBox.rejected.connect(EndMembershipDialog.reject)

        QMetaObject.connectSlotsByName(EndMembershipDialog)
    # setupUi

    def retranslateUi(self, EndMembershipDialog):
        EndMembershipDialog.setWindowTitle(QCoreApplication.translate("EndMembershipDialog", u"Cho th\u00f4i tham gia ban", None))
        self.memberLabel.setText(QCoreApplication.translate("EndMembershipDialog", u"Th\u00e0nh vi\u00ean", None))
        self.endDateLabel.setText(QCoreApplication.translate("EndMembershipDialog", u"Th\u00f4i t\u1eeb &ng\u00e0y:", None))
        self.reasonLabel.setText(QCoreApplication.translate("EndMembershipDialog", u"&L\u00fd do:", None))
        self.hintLabel.setText(QCoreApplication.translate("EndMembershipDialog", u"Ng\u01b0\u1eddi n\u00e0y v\u1eabn \u1edf l\u1ea1i trong l\u1ecbch s\u1eed c\u1ee7a ban (ai tham gia khi n\u00e0o).", None))
    # retranslateUi

