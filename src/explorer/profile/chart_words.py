"""A chart's figures in a sentence, for screen readers: what a sighted student reads off it.

A screen reader says a graph's accessible description when it reaches the
graph; written from the same ChartData the graph draws, it carries every figure
("Annual wages, May 2025: 10th $68,940; 25th $80,330; Median $97,550; …" for
Registered Nurses).
A value BLS did not publish is "not available", and a value at BLS's cap says
"or more", exactly as on the bar. No Qt here: tests check every occupation's charts.
"""

from __future__ import annotations

from explorer.profile.chart_data import ChartData


def chart_sentence(chart: ChartData) -> str:
    """Every figure of a chart in one sentence (or why there are none)."""
    if chart.is_empty():
        reason = chart.notes[0] if chart.notes else "BLS did not publish these figures."
        return f"{chart.title}: not available. {reason}"
    parts = []
    for index, category in enumerate(chart.categories):
        if len(chart.series) == 1:
            series = chart.series[0]
            parts.append(f"{category} {chart.value_text(series, index)}")
        else:
            values = ", ".join(
                f"{series.name.lower()} {chart.value_text(series, index)}"
                for series in chart.series
            )
            parts.append(f"{category}: {values}")
    return f"{chart.title}: {'; '.join(parts)}."
