"""My list: the careers a student keeps, with a note each, as plain Python (no Qt).

`entries.MyList` is the list (order, notes, dates), `file_format` its JSON file
(with a format version, the quiz record and the date; read with validation) and
`storage` where the window keeps it for the user (written all or nothing). The
window's `ui.mylist` draws it; nothing here touches Qt or the window.
"""
