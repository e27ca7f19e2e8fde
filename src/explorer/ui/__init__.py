"""The window: Qt widgets, models and controllers (reports paint with QtGui alone, no widgets)."""
