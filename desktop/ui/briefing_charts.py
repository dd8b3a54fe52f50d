"""The pictures of a briefing's "At a glance" section: the timeline and the partner x topic
map of the exported activities, drawn by :func:`desktop.ui.chart_painter.chart_png`, with
captions and alternative text in the briefing's language.

:func:`briefing_figures` is the ``charts`` renderer of :func:`desktop.core.export.export` (the
core cannot draw: it never imports Qt); the Word and PDF writers only place the figures.
"""

from __future__ import annotations

import datetime as dt
import struct
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from desktop.core.briefing import Briefing, Figure
from desktop.core.chart_data import TimelineData, TopicMapData, timeline_data, topic_map_data
from desktop.core.models import Activity
from desktop.core.store import Store

#: Pictures are drawn as wide as the Word briefing's text (A4 less 2.5 cm margins: 16 cm) at
#: print resolution, so that the chart's 8-point words are 8 points on paper (the PDF's text
#: is 16.6 cm wide: 4 % larger there).
WIDTH_CM = 16.0
DPI = 300
WIDTH_PX = round(WIDTH_CM / 2.54 * DPI)
#: The map is drawn wider (8 inches) and shown at the text width (its words at 6.3 points):
#: at 16 cm its partner names and topic labels leave no room for the last columns and the
#: totals of a report's thirty-odd topics, which the painter would cut off.
MAP_WIDTH_PX = 2400
POINTS = 8.0
#: Lanes named in a timeline's alternative text (the rest as "…").
ALT_LANES = 8


class _NoSteps:
    def step(self) -> None:
        pass

    def expect(self, more: int) -> None:
        pass


def briefing_figures(store: Store, briefing: Briefing, activities: Sequence[Activity],
                     steps: Any = None) -> tuple[Figure, ...]:
    """Figure 1, the timeline (one lane per report part), and figure 2, the partner x topic
    map, of ``activities`` (duplicates count once), in ``briefing.lang``.

    A picture with nothing to show is left out (the map of activities that name no partner).
    ``steps`` (:class:`desktop.core.export.Steps`) is told of two units and stepped after each
    picture; it may raise to cancel. Creates an offscreen QGuiApplication if there is none.
    """
    from desktop.ui.briefing_pdf import ensure_gui_application

    ensure_gui_application()
    from desktop.ui.chart_painter import chart_png

    steps = steps if steps is not None else _NoSteps()
    steps.expect(2)
    lang, lab = briefing.lang, briefing.labels
    slots = [store.slot(activity_id) for activity_id in dict.fromkeys(a.id for a in activities)]
    figures: list[Figure] = []
    if slots:
        timeline = timeline_data(store, slots, "part")
        png = chart_png("timeline", store, slots, lang=lang, width_px=WIDTH_PX, dpi=DPI,
                        lanes="part", points=POINTS)
        caption = _timeline_caption(timeline, len(figures) + 1, lab, lang)
        figures.append(_figure("timeline", png, caption, _timeline_alt(timeline, lab, lang)))
    steps.step()
    if slots:
        topic_map = topic_map_data(store, slots)
        if topic_map.rows:
            png = chart_png("map", store, slots, lang=lang, width_px=MAP_WIDTH_PX, dpi=DPI,
                            points=POINTS)
            caption = _map_caption(topic_map, len(figures) + 1, lab, bool(briefing.annex))
            figures.append(_figure("map", png, caption, _map_alt(topic_map, lab, lang)))
    steps.step()
    return tuple(figures)


def with_figures(store: Store, briefing: Briefing,
                 activities: Sequence[Activity]) -> Briefing:
    """``briefing`` with its timeline and map (for a caller that builds the model itself,
    such as printing)."""
    return replace(briefing, figures=briefing_figures(store, briefing, activities))


def _figure(kind: str, png: bytes, caption: str, alt: str) -> Figure:
    # the size from the PNG's header (IHDR: width, height), not by decoding the picture
    width, height = struct.unpack(">II", png[16:24])
    return Figure(kind, png, width, height, DPI, caption, alt)


def _number(count: int, lang: str) -> str:
    return str(count) if lang == "zh" else f"{count:,}"


def _timeline_caption(data: TimelineData, number: int, lab: dict[str, str], lang: str) -> str:
    from desktop.ui.chart_painter import FILE_MAX_LANE_ROWS, FILE_MAX_LANES

    count = len(data)
    key = "fig_timeline_one" if count == 1 else "fig_timeline"
    caption = lab[key].format(number=number, count=_number(count, lang))
    rows = data.packed().lane_rows
    cut = len(data.lanes) > FILE_MAX_LANES or any(
        rows[n] > FILE_MAX_LANE_ROWS for n, lane in enumerate(data.lanes) if not lane.undated)
    if cut:
        caption += lab["fig_timeline_cut"].format(rows=FILE_MAX_LANE_ROWS)
    return caption


def _year(ordinal: int) -> str:
    return str(dt.date.fromordinal(max(1, ordinal)).year)


def _timeline_alt(data: TimelineData, lab: dict[str, str], lang: str) -> str:
    count = _number(len(data), lang)
    if not data.dated:
        return lab["alt_timeline_undated"].format(count=count)
    first, last = data.days
    lanes = [lab["alt_lane"].format(label=lane.label(lang), count=_number(lane.count, lang))
             for lane in data.lanes]
    if len(lanes) > ALT_LANES:
        lanes = [*lanes[:ALT_LANES], "…"]
    return lab["alt_timeline"].format(count=count, first=_year(first),
                                      last=_year(max(first, last - 1)),
                                      lanes=lab["list_sep"].join(lanes))


def _map_caption(data: TopicMapData, number: int, lab: dict[str, str], annex: bool) -> str:
    from desktop.ui.chart_painter import FILE_MAX_MAP_ROWS

    caption = lab["fig_map"].format(number=number)
    rows = len(data.rows)
    if rows > FILE_MAX_MAP_ROWS and annex:
        caption += lab["fig_map_cut"].format(shown=FILE_MAX_MAP_ROWS, count=rows)
    return caption


def _map_alt(data: TopicMapData, lab: dict[str, str], lang: str) -> str:
    best = (0, "", "")
    for row in data.rows:
        for count, column in zip(row.counts, data.columns, strict=True):
            if count > best[0]:
                best = (count, row.label(lang), column.label(lang))
    return lab["alt_map"].format(partners=_number(len(data.rows), lang),
                                 topics=_number(len(data.columns), lang),
                                 most=_number(best[0], lang), partner=best[1], topic=best[2])
