"""Source rules: raw WordprocessingML only in wetgen/word/xml, no reach into private names."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wetgen"
XML_LAYER = PACKAGE / "word" / "xml"
KNOWN_PRIVATE_REACHES: set[str] = set()
# a named tuple's documented API starts with an underscore so as not to clash with field names
NAMEDTUPLE_API = {"_fields", "_field_defaults", "_make", "_replace", "_asdict"}


def sources() -> list[Path]:
    """Return every Python module of wetgen."""
    return sorted(PACKAGE.rglob("*.py"))


def test_raw_wordprocessingml_is_written_only_in_the_xml_layer():
    outside = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sources()
        if not path.is_relative_to(XML_LAYER)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "<w:" in line
    ]
    assert outside == []


def private_reaches(path: Path) -> list[str]:
    """Return the places where a module imports or uses a private name of another wetgen module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: dict[str, str] = {}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("wetgen"):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"{node.lineno}: imports {node.module}.{alias.name}")
                modules[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("wetgen"):
                    modules[alias.asname or alias.name.split(".")[0]] = alias.name
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and node.attr not in NAMEDTUPLE_API
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
        ):
            found.append(f"{node.lineno}: uses {modules[node.value.id]}.{node.attr}")
    return found


def test_no_module_reaches_a_private_name_of_another():
    found = {
        str(path.relative_to(ROOT)): reaches
        for path in sources()
        if (reaches := private_reaches(path))
    }
    assert set(found) <= KNOWN_PRIVATE_REACHES, found


def test_the_private_name_check_finds_a_reach(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from wetgen.render import akn\nfrom wetgen.x import _y\nakn._sub(1)\n")
    assert private_reaches(bad) == ["2: imports wetgen.x._y", "3: uses wetgen.render.akn._sub"]
