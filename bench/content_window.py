"""For scale, not a target: a bare window plus the least a contact form shows.

A label, a line edit, a combo box, a button and an empty table, laid out with one of Qt's enums:
what any content costs PySide6 over the empty window (fonts, widget classes, the Qt namespace).
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from whaapy_contacts.bootstrap.probe import exit_after_first_paint

app = QApplication(sys.argv[:1])
window = QMainWindow()
central = QWidget(window)
layout = QVBoxLayout(central)
for widget in (QLabel("Teléfono"), QLineEdit(), QComboBox(), QPushButton("Guardar"), QTableView()):
    layout.addWidget(widget)
layout.setAlignment(Qt.AlignmentFlag.AlignTop)
window.setCentralWidget(central)
window.resize(1100, 720)
exit_after_first_paint(window, app)
window.show()
sys.exit(app.exec())
