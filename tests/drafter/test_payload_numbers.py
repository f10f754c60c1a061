"""Item 4 of issue 17: a duplicate or skipped lid number in a payload is a structure error at
the number, with the caret on it, not a raw Akoma Ntoso schema error."""

from __future__ import annotations

from wetgen.check import check_file
from wetgen.render.akn import validate_bill
from wetgen.source import excerpt


def _findings(path):
    result = check_file(path, when_clean=[validate_bill])
    return result, [d for d in result.diagnostics if d.severity.value == "error"]


def test_a_duplicate_lid_number_in_a_payload_is_a_structure_error_at_the_number(variant):
    path = variant(('nummer: "6"', 'nummer: "5"'))
    result, errors = _findings(path)
    assert [d.code for d in errors] == ["STR001"], [d.headline() for d in errors]
    finding = errors[0]
    assert "lid" in finding.message and '"5"' in finding.message
    line = path.read_text().splitlines()[finding.location.line - 1]
    assert line[finding.location.col - 1 :].startswith('"5"'), line
    assert excerpt(result.text, finding.location.line, finding.location.col, 3).endswith("^^^")
    assert "identity-constraint" not in " ".join(d.message for d in result.diagnostics)


def test_a_skipped_lid_number_in_a_payload_is_a_structure_error_at_the_number(variant):
    path = variant(('nummer: "9"', 'nummer: "10"'), ('nummer: "8"', 'nummer: "9"'), ('nummer: "7"', 'nummer: "8"'))
    result, errors = _findings(path)
    assert [d.code for d in errors] == ["STR006"], [d.headline() for d in errors]
    finding = errors[0]
    assert "7" in finding.message  # the number that was skipped
    line = path.read_text().splitlines()[finding.location.line - 1]
    assert line[finding.location.col - 1 :].startswith('"8"'), line


def test_an_inserted_lid_number_is_not_a_skip(variant):
    path = variant(('nummer: "7"', 'nummer: "6a"'), ('nummer: "8"', 'nummer: "7"'), ('nummer: "9"', 'nummer: "8"'))
    result, errors = _findings(path)
    assert not [d for d in errors if d.code in ("STR001", "STR006")]
