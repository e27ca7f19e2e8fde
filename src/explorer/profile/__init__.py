"""The occupation profile as plain data.

One module per section, the section registry, chart data and formatting; no Qt.
"""
