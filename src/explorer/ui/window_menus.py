"""The main window's menus (File, Go, View, Recent, Help), its Go toolbar and "/".

Kept apart from main_window.py, which lays the window out and connects its
controllers; the actions themselves belong to those controllers (printing, My list,
home, history, compare, view) and are only placed here. What was printed or saved is
shown in the status bar and announced to screen readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from explorer.ui.about import show_about
from explorer.ui.announce import tell

if TYPE_CHECKING:
    from explorer.ui.main_window import MainWindow

APP_TITLE = "Career Explorer"


def make_menus(window: MainWindow) -> None:
    """Build the menu bar, the Go toolbar and the "/" shortcut of window."""
    status = window.statusBar()  # also shows what the menu item under the mouse does
    window.reports.message.connect(lambda text: tell(status, text))
    window.quiz.message.connect(lambda text: tell(status, text))
    file_menu = window.menuBar().addMenu("&File")
    window.printing.add_to(file_menu)
    file_menu.addSeparator()
    window.my_list_menu.add_to(file_menu)
    file_menu.addSeparator()
    quit_action = QAction("&Quit", window, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    go = window.menuBar().addMenu("&Go")
    find = QAction("&Find occupation", window, shortcut=QKeySequence(QKeySequence.StandardKey.Find))
    find.triggered.connect(window.focus_search)
    show_my_list = QAction("&My list", window, shortcut=QKeySequence("Ctrl+L"))
    show_my_list.setStatusTip("Show the careers you starred, with your notes")
    show_my_list.triggered.connect(window.show_my_list)
    go.addActions(
        [
            window.home.home_action,
            window.back_action,
            window.forward_action,
            find,
            window.show_filters_action,
            show_my_list,
            window.splitter_keys.action,
        ]
    )
    go.addSeparator()
    go.addAction(window.compare.action)
    toolbar = window.addToolBar("Go")
    toolbar.setObjectName("goToolBar")
    toolbar.setMovable(False)
    toolbar.addActions([window.home.home_action, window.back_action, window.forward_action])
    window.home.home_shown.connect(lambda: window.setWindowTitle(APP_TITLE))
    window.menuBar().addMenu(window.view_menu.menu)
    window.view_menu.text_size_changed.connect(window.apply_text_size)
    window.menuBar().addMenu(window.recent_menu)
    help_menu = window.menuBar().addMenu("&Help")
    about = QAction("&About Career Explorer", window)
    about.triggered.connect(lambda: show_about(window, window.data))
    help_menu.addAction(about)
    slash = QShortcut(QKeySequence("/"), window, context=Qt.ShortcutContext.WindowShortcut)
    slash.activated.connect(window.focus_search)
