"""What the charts share with widgets that draw no chart: the colours and the label length.

Kept apart from charts.py, which imports pyqtgraph (half a second): the profile's
first tab and the State Data tables need these without waiting for that import.
"""

from __future__ import annotations

#: Okabe–Ito colours, told apart by students with colour blindness too.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
#: Labels longer than this many characters are wrapped or shortened on a chart's axis.
LONG_LABEL = 14
