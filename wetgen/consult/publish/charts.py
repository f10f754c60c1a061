"""Charts of a report (responses per article, per category, over time) as SVG or PNG.

Drawn with matplotlib's object API (no pyplot, no global backend switch) under fixed settings:
an SVG hash salt, no date in the metadata, text kept as text, so the same report gives the
same bytes every time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from io import BytesIO

import matplotlib
from matplotlib.figure import Figure

from wetgen.consult.publish.model import Report, category_key

PALETTE = ("#154273", "#39870c", "#e17000", "#a90061", "#8fcae7", "#ffb612", "#42145f",
           "#d52b1e", "#777c00", "#94710a", "#673327", "#01689b")  # fmt: skip
UNKNOWN_COLOUR = "#b4b4b4"
RC = {
    "svg.hashsalt": "wetgen-consultatie",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "path.simplify": True,
}
CHARTS = ("artikelen", "categorieen", "tijd")
TITLES = {
    "artikelen": "Reacties per artikel",
    "categorieen": "Reacties per categorie",
    "tijd": "Reacties per dag",
}


def chart_svg(report: Report, name: str) -> str:
    """Return one chart as an SVG element (no XML prolog), ready to embed in HTML."""
    data = _render(report, name, "svg").decode("utf-8")
    return data[data.index("<svg") :]


def chart_png(report: Report, name: str) -> bytes:
    """Return one chart as PNG bytes (150 dpi), for Word."""
    return _render(report, name, "png")


def _render(report: Report, name: str, fmt: str) -> bytes:
    draw = _DRAWERS[name]
    with matplotlib.rc_context(RC):
        fig = Figure(figsize=(7.0, _height(report, name)), layout="constrained")
        draw(fig, report)
        out = BytesIO()
        meta = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(out, format=fmt, dpi=150, metadata=meta)
    return out.getvalue()


def _height(report: Report, name: str) -> float:
    if name == "artikelen":
        return max(2.2, 0.32 * len(report.article_sections()) + 1.1)
    if name == "categorieen":
        return max(1.8, 0.32 * len(report.categories) + 1.0)
    return 2.6


def _categories(report: Report) -> list[str]:
    return sorted({c.category for c in report.categories}, key=category_key)


def _per_article(fig: Figure, report: Report) -> None:
    sections = report.article_sections()[::-1]
    labels = [_short(s.label) for s in sections]
    ax = fig.add_subplot()
    left = [0] * len(sections)
    for i, category in enumerate(_categories(report)):
        counts = [next((c.responses for c in s.by_category if c.category == category), 0)
                  for s in sections]  # fmt: skip
        ax.barh(labels, counts, left=left, color=_colour(i, category), label=category)
        left = [a + b for a, b in zip(left, counts, strict=True)]
    for y, total in enumerate(left):
        ax.text(total, y, f" {total}", va="center", fontsize=8)
    ax.set_xlabel("reacties (een reactie telt één keer per artikel)")
    ax.set_title(TITLES["artikelen"], loc="left", fontweight="bold")
    if report.categories:
        ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.xaxis.get_major_locator().set_params(integer=True)


def _per_category(fig: Figure, report: Report) -> None:
    cats = sorted(report.categories, key=lambda c: category_key(c.category), reverse=True)
    ax = fig.add_subplot()
    order = _categories(report)
    colours = [_colour(order.index(c.category), c.category) for c in cats]
    ax.barh([c.category for c in cats], [c.responses for c in cats], color=colours)
    for y, c in enumerate(cats):
        ax.text(c.responses, y, f" {c.responses}", va="center", fontsize=8)
    ax.set_xlabel("reacties")
    ax.set_title(TITLES["categorieen"], loc="left", fontweight="bold")
    ax.xaxis.get_major_locator().set_params(integer=True)


def _over_time(fig: Figure, report: Report) -> None:
    days, counts = _daily(report.timeline)
    ax = fig.add_subplot()
    ax.bar(range(len(days)), counts, color=PALETTE[0], label="per dag")
    total, running = 0, []
    for n in counts:
        total += n
        running.append(total)
    twin = ax.twinx()
    twin.plot(range(len(days)), running, color=PALETTE[2], label="totaal")
    twin.set_ylabel("totaal", color=PALETTE[2])
    twin.spines["top"].set_visible(False)
    twin.spines["right"].set_visible(True)
    step = max(1, len(days) // 8)
    ax.set_xticks(range(0, len(days), step), [days[i][5:] for i in range(0, len(days), step)])
    ax.set_ylabel("reacties per dag")
    ax.set_title(TITLES["tijd"], loc="left", fontweight="bold")
    ax.yaxis.get_major_locator().set_params(integer=True)


def _daily(timeline: tuple[tuple[str, int], ...]) -> tuple[list[str], list[int]]:
    """Return every day from the first to the last response, with zero-filled counts."""
    parsed = {}
    for day, n in timeline:
        try:
            parsed[date.fromisoformat(day)] = n
        except ValueError:
            continue
    if not parsed:
        return [""], [0]
    first, last = min(parsed), max(parsed)
    days = [first + timedelta(d) for d in range((last - first).days + 1)]
    return [d.isoformat() for d in days], [parsed.get(d, 0) for d in days]


def _colour(index: int, category: str) -> str:
    return UNKNOWN_COLOUR if category == "onbekend" else PALETTE[index % len(PALETTE)]


def _short(label: str, limit: int = 34) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


_DRAWERS: dict[str, Callable[[Figure, Report], None]] = {
    "artikelen": _per_article,
    "categorieen": _per_category,
    "tijd": _over_time,
}
