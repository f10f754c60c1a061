"""What became of each place in the bill after consultation, as the report says it.

When the store maps the consulted version to a newer one (wetgen.consult.analyse.versions),
every label is the newer version's, with the consultatieversie's in brackets where it differs,
and every point says whether and how the bill changed at its place: "gewijzigd: artikel 28a,
tweede lid (nota onderdeel C)", "ongewijzigd" or "vervallen: …". A point's place is the node
it is assigned to, narrowed to the lid or article of the amended law its references name.
Without a newer version every label is the consulted one and nothing is said about changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from wetgen.consult.store.schema import ReportData, VersionUnitRow

CONSULTED = "consultatieversie"


class BillChanges:
    """The newer version of the bill as the report shows it, read from one store."""

    def __init__(self, data: ReportData) -> None:
        self.units = {u.old_eid: u for u in data.versions}
        self.version = data.meta.get("newer_version", "")
        self.by_node: dict[str, list[VersionUnitRow]] = {}
        for unit in data.versions:
            self.by_node.setdefault(unit.node, []).append(unit)
        self.targets: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for point, target, nodes in data.targets:
            self.targets.setdefault(point, []).append((_tail(target), tuple(nodes.split(","))))
        self._narrowed: dict[tuple[str, str], str] = {}

    @property
    def active(self) -> bool:
        """Tell whether the store maps the points to a newer version."""
        return bool(self.units)

    def label(self, eid: str, consulted: str) -> str:
        """Return a node's label in the newer version, the consulted one in brackets if it
        differs ("Artikel I, onderdeel E (consultatieversie: Artikel I, onderdeel D)")."""
        unit = self.units.get(eid)
        if unit is None:
            return consulted
        if not unit.new_eid:
            return f"{consulted} ({CONSULTED}; vervallen)"
        if unit.new_label != consulted:
            return f"{unit.new_label} ({CONSULTED}: {consulted})"
        return unit.new_label

    def of_node(self, eid: str) -> str:
        """Say what became of a node as a whole ("" when no newer version is known)."""
        unit = self.units.get(eid)
        return describe(unit) if unit else ""

    def of_point(self, point: str, nodes: Iterable[str]) -> str:
        """Say what became of each place of a point, joined by "; " ("" without a version)."""
        if not self.units:
            return ""
        said = [describe(self.units[eid]) for eid in self.places(point, nodes)]
        return "; ".join(dict.fromkeys(s for s in said if s))

    def places(self, point: str, nodes: Iterable[str]) -> list[str]:
        """Return the units a point is about: each node, narrowed to the unit its references
        name inside it (artikel 28a, tweede lid of the onderdeel that inserts it)."""
        out: list[str] = []
        for node in nodes:
            if node not in self.units:
                continue
            named = (self._narrow(node, tail) for tail, on in self.targets.get(point, ()) if node in on)
            out.extend([e for e in named if e and e != node] or [node])
        return list(dict.fromkeys(out))

    def _narrow(self, node: str, tail: str) -> str:
        """Return the unit inside `node` whose short label is `tail`, else ""."""
        key = (node, tail)
        if key not in self._narrowed:
            found = [u.old_eid for u in self.by_node.get(node, ()) if u.old_short.lower() == tail]
            self._narrowed[key] = found[0] if found else ""
        return self._narrowed[key]


def describe(unit: VersionUnitRow) -> str:
    """Say what became of one unit: "gewijzigd: artikel 28a, tweede lid (nota onderdeel C)"."""
    nota = _nota(unit.nota)
    if not unit.new_eid:
        return f"vervallen: {unit.old_short}{nota}"
    if unit.status == "gewijzigd":
        inner = "" if unit.detail == "tekst gewijzigd" else f" – {unit.detail}"
        return f"gewijzigd: {unit.new_short}{inner}{nota}"
    if unit.new_short != unit.old_short:
        return f"ongewijzigd, vernummerd tot {_lower(unit.new_short)}{nota}"
    return "ongewijzigd"


def _nota(letters: str) -> str:
    if not letters:
        return ""
    noun = "onderdelen" if "," in letters else "onderdeel"
    return f" (nota {noun} {letters})"


def _tail(target: str) -> str:
    """Return a reference's target from its first "artikel" on, in lower case."""
    parts = [p.strip() for p in target.split(",")]
    for i, part in enumerate(parts):
        if part.lower().startswith("artikel "):
            return ", ".join(parts[i:]).lower()
    return ""


def _lower(label: str) -> str:
    return label[:1].lower() + label[1:]
