"""The cheapest PySide6 window of the main window's shape: the start-up baseline.

A main window with a tree, a table and a text pane side by side, a few rows in each, shown and
quit once the table has painted, exactly as ``ippc-coop --exit-after-paint`` quits. Run as a
fresh process by ``benchmarks/run.py``; the ratio of the two is the start-up figure.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QTableView,
    QTextBrowser,
    QTreeView,
)


class _Quit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter()
    tree_model = QStandardItemModel()
    for i in range(3):
        group = QStandardItem(f"Group {i}")
        group.appendRows([QStandardItem(f"Partner {i}.{j}") for j in range(5)])
        tree_model.appendRow(group)
    tree = QTreeView()
    tree.setModel(tree_model)
    table_model = QStandardItemModel(20, 3)
    for row in range(20):
        for column in range(3):
            table_model.setItem(row, column, QStandardItem(f"{row}.{column}"))
    table = QTableView()
    table.setModel(table_model)
    text = QTextBrowser()
    text.setPlainText("Activity text")
    for widget in (tree, table, text):
        splitter.addWidget(widget)
    window.setCentralWidget(splitter)
    window.resize(1200, 760)
    quitter = _Quit(window)
    table.viewport().installEventFilter(quitter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
