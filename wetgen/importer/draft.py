"""The files an import writes: the draft YAML (with a comment block for text the model has no
field for) and the algemeen deel of the MvT as Markdown, checked by loading the draft again."""

from __future__ import annotations

from pathlib import Path

import yaml

from wetgen.dump import dump_bill
from wetgen.errors import Diagnostic, Severity, WetgenError
from wetgen.importer import READERS, ImportResult, import_bill
from wetgen.importer.errors import ImportRefused
from wetgen.loader import load_bill, load_text
from wetgen.messages import localize
from wetgen.model import Bill

# a draft is YAML; every other suffix an importer reads is a bill as published or written in Word
DRAFT_SUFFIXES = (".yaml", ".yml")


class ImportBug(WetgenError):
    """The draft an import wrote does not load; a defect of the importer, reported as such."""


def mvt_name(draft: Path) -> str:
    """Return the file name of the MvT Markdown next to a draft ("x.yaml" → "x.mvt.md")."""
    return draft.name.removesuffix(".yaml").removesuffix(".yml") + ".mvt.md"


def is_bill_document(path: Path) -> bool:
    """Say whether `path` names a bill document to import (Word, text, HTML, XML), not a draft."""
    name = path.name.lower()
    return not name.endswith(DRAFT_SUFFIXES) and any(name.endswith(s) for s in READERS)


def imported_bill(path: Path) -> tuple[Bill, ImportResult]:
    """Import a bill document and return the Bill as its draft loads (checked valid) and the import."""
    result = import_bill(path)
    loaded = load_text(draft_text(result, path.name).encode(), f"<{path.name} imported>")
    assert loaded.bill is not None  # draft_text raised if it did not load
    return loaded.bill, result


def read_bill(path: Path) -> tuple[Bill, ImportResult | None]:
    """Load a draft, or import a bill document; return the Bill and the import (None for a draft)."""
    if not is_bill_document(path):
        return load_bill(path), None
    return imported_bill(path)


def draft_text(result: ImportResult, source: str, mvt_file: str = "") -> str:
    """Return the draft YAML of an import, headed by what was kept aside and where it was read."""
    header = [f"Geïmporteerd uit {source} met wetgen import ({result.stats.warnings} waarschuwingen)."]
    if result.unplaced:
        header.append("Tekst zonder plaats in het model (vindplaats: tekst):")
        header.extend(f"  {where}: {text}" for where, text in result.unplaced)
    text = dump_bill(result.bill, mvt_file if result.mvt else "", tuple(header))
    loaded = load_text(text.encode(), "<import>")
    errors = [d for d in loaded.diagnostics if d.severity is Severity.ERROR]
    if errors and all(e.code in SOURCE_NUMBERING for e in errors):
        raise _numbering_refused(source, text, errors[0])
    if loaded.bill is None or errors:
        first = errors[0].headline() if errors else "the draft does not load"
        raise ImportBug(f"the imported draft is not valid ({first}); please report this with the file")
    return text


# A number written twice or skipped is the source's own: the importer keeps every number as
# the text gives it, so these say the copy lost its order (a PDF copied without its layout) or
# the file has a numbering mistake of its own, not that the importer failed.
SOURCE_NUMBERING = frozenset({"STR001", "STR006"})


def _numbering_refused(source: str, text: str, error: Diagnostic) -> ImportRefused:
    """Return the refusal of a text whose numbers are out of order, quoting the unit's words."""
    words = " ".join(_text_at(yaml.compose(text), error.location.line).split())
    quoted = f" (“{words[:60]}{'…' if len(words) > 60 else ''}”)" if words else ""
    why = (
        "the numbers and their texts were probably separated when it was copied (a PDF copied "
        "with `pdftotext -layout` keeps them together)"
        if source.lower().endswith(_COPIED_TEXT)
        else "correct the numbering in the file and import it again"
    )
    return ImportRefused(source, f"its numbers are not in order: {localize(error.message, 'en')}{quoted}; {why}")


_COPIED_TEXT = (".txt", ".text", ".md", ".markdown")


def _text_at(node: yaml.Node, line: int) -> str:
    """Return the `tekst` of the unit whose `nummer` is written on `line` (1-based) of the draft."""
    if isinstance(node, yaml.MappingNode):
        fields = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
        number, text = fields.get("nummer"), fields.get("tekst")
        if number is not None and number.start_mark.line + 1 == line:
            return text.value if isinstance(text, yaml.ScalarNode) else ""
        children = [v for _, v in node.value]
    else:
        children = node.value if isinstance(node, yaml.SequenceNode) else []
    return next((found for child in children if (found := _text_at(child, line))), "")


def write_draft(result: ImportResult, source: str, draft: Path) -> list[Path]:
    """Write the draft and, when the file held an MvT, its Markdown beside it; return the paths."""
    mvt_file = mvt_name(draft)
    draft.parent.mkdir(parents=True, exist_ok=True)
    draft.write_text(draft_text(result, source, mvt_file), encoding="utf-8")
    written = [draft]
    if result.mvt:
        mvt_path = draft.with_name(mvt_file)
        mvt_path.write_text(result.mvt.rstrip("\n") + "\n", encoding="utf-8")
        written.append(mvt_path)
    return written
