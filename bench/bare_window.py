"""The floor for start-up: a bare PySide6 main window, shown, painted, idle."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMainWindow

from whaapy_contacts.bootstrap.probe import exit_after_first_paint

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)
exit_after_first_paint(window, app)
window.show()
sys.exit(app.exec())
