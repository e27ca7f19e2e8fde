"""The data layer, the one door to careers.db.

Only this package runs SQL; it hands out plain dataclasses (records.py).
"""
