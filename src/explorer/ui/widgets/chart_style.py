"""What the charts share with widgets that draw no chart: their colours.

Kept apart from charts.py, which imports pyqtgraph (half a second): the profile's
first tab and the State Data key need them without waiting for that import.
"""

from __future__ import annotations

#: Okabe–Ito colours, told apart by students with colour blindness too.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
