"""Printing and PDF export from the window: the options dialog and the actions."""
