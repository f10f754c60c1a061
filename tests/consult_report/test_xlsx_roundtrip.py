"""The reactietabel: layout, neutralised cells, privacy, and the import round trip with conflicts."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from tests.consult_report.conftest import SECRETS, insert, point_id
from wetgen.consult.errors import ConsultError
from wetgen.consult.publish import build_report
from wetgen.consult.publish.reactions_import import import_reactions
from wetgen.consult.publish.xlsx import HEADERS, SHEET, neutralise, render_xlsx, unneutralise
from wetgen.errors import UsageError


def _export(store, path, public=True):
    path.write_bytes(render_xlsx(build_report(store, public=public)))
    return path


def _fill(path, reactions: dict[str, tuple[str, str]]):
    wb = load_workbook(path)
    ws = wb[SHEET]
    col = {h: i for i, h in enumerate(HEADERS)}
    for row in ws.iter_rows(min_row=2):
        pid = row[0].value
        if pid in reactions:
            row[col["Reactie"]].value, row[col["Aanpassing wetsvoorstel"]].value = reactions[pid]
    wb.save(path)


def _stored(store):
    return {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT * FROM reactions")}


def test_one_row_per_point_a_campaign_once_with_filters_frozen_header_and_print_layout(
    store, tmp_path
):
    wb = load_workbook(_export(store, tmp_path / "t.xlsx"))
    ws = wb[SHEET]
    assert [c.value for c in ws[1]] == list(HEADERS)
    points = store.conn.execute("SELECT count(*) FROM points").fetchone()[0]
    col = {h: i for i, h in enumerate(HEADERS)}
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    # the three identical campaign letters are one row that counts them; the rest one row each
    assert len(rows) == points - 2 and sorted(r[col["Aantal"]] for r in rows)[-2:] == [1, 3]
    campaign = next(r for r in rows if r[col["Aantal"]] == 3)
    assert campaign[col["Respondent"]].startswith("Campagne “Voorrang voor statushouders")
    assert campaign[col["Respondent"]].endswith("(3 reacties)")
    assert not any(str(v).startswith("C00") for r in rows for v in r)  # never a campaign id
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref.startswith("A1:")
    assert ws.column_dimensions["E"].width == 55 and ws.column_dimensions["K"].hidden
    assert wb["wetgen"].sheet_state == "hidden"
    setup = ws.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
        "landscape", 9, 1, 0,
    )  # fmt: skip
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows == "$1:$1"
    assert all(c.alignment.wrap_text for c in ws[2])
    # every row is as high as its wrapped text needs, so no program prints it over the next
    tall = max(range(2, ws.max_row + 1), key=lambda r: len(str(ws.cell(r, col["Passage"] + 1).value)))
    assert ws.row_dimensions[tall].height > ws.row_dimensions[1].height >= 30


def test_no_cell_starts_a_formula(store, tmp_path):
    with store.transaction():
        store.conn.execute("UPDATE points SET text = '=cmd|'' /C calc''!A0' WHERE id = ?",
                      (point_id("R001", 1),))  # fmt: skip
        store.conn.execute("UPDATE responses SET name = '@SUM(A1)', organisation = '' WHERE id = 'R002'")
        store.set_meta("privacy_policy", "consented")  # so that the private person is named
        insert(store, "reactions", point_id=point_id("R008", 1), reaction="-1+1", change="+ja")
    wb = load_workbook(_export(store, tmp_path / "t.xlsx"))
    values = [c.value for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert "'=cmd|' /C calc'!A0" in values and "'@SUM(A1)" in values
    assert not [v for v in values if str(v)[:1] in "=+-@"]
    assert (
        neutralise("\tx") == "'\tx" and unneutralise("'=1") == "=1" and unneutralise("'a") == "'a"
    )


def test_public_table_has_no_secret_in_any_zip_part(store, tmp_path):
    path = _export(store, tmp_path / "t.xlsx")
    with zipfile.ZipFile(path) as archive:
        text = "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist()).lower()
    for secret in SECRETS:
        assert secret.lower() not in text, secret
    assert "niet-openbare respondent 1" in text


def test_regenerating_gives_identical_bytes(store):
    report = build_report(store)
    assert render_xlsx(report) == render_xlsx(build_report(store))


def test_round_trip_fills_reactions_and_a_second_import_changes_nothing(store, tmp_path):
    path = _export(store, tmp_path / "t.xlsx")
    a, b = point_id("R001", 1), point_id("R003", 1)
    _fill(path, {a: ("Wordt overgenomen.", "Artikel 28a, tweede lid aangepast."),
                 b: ("Niet overgenomen: de verdeling blijft.", "nee")})  # fmt: skip
    first = import_reactions(store, path)
    assert sorted(first.updated) == [a, b] and first.conflicts == []
    stored = _stored(store)
    assert stored[a] == ("Wordt overgenomen.", "Artikel 28a, tweede lid aangepast.")
    before = store.conn.execute("SELECT * FROM reactions ORDER BY point_id").fetchall()
    second = import_reactions(store, path)
    assert second.updated == [] and second.conflicts == []
    assert store.conn.execute("SELECT * FROM reactions ORDER BY point_id").fetchall() == before
    section = next(s for s in build_report(store).sections if s.eid == "art_I__point_B")
    assert {p.id: p.changed for p in section.reacted} == {a: "ja", b: "nee"}


def test_empty_cells_never_drop_a_stored_reaction(store, tmp_path):
    path = _export(store, tmp_path / "t.xlsx")
    kept = point_id("R002", 1)
    _fill(path, {kept: (None, None)})
    result = import_reactions(store, path)
    assert result.kept == 1 and result.updated == []
    assert _stored(store)[kept][0] == "De termijn wordt verlengd naar twaalf maanden."


def test_a_point_changed_since_the_export_is_a_conflict(store, tmp_path):
    path = _export(store, tmp_path / "t.xlsx")
    pid = point_id("R008", 2)
    with store.transaction():  # staff move the point to another article after the export
        insert(store, "manual_assignments", point_id=pid, node_eid="art_III")
    _fill(path, {pid: ("Akkoord.", "nee")})
    result = import_reactions(store, path)
    assert [(c.point_id, c.kind) for c in result.conflicts] == [(pid, "point_changed")]
    assert pid not in _stored(store)


def test_a_reaction_changed_in_the_store_since_the_export_is_not_overwritten(store, tmp_path):
    path = _export(store, tmp_path / "t.xlsx")
    pid = point_id("R002", 1)
    with store.transaction():
        store.conn.execute("UPDATE reactions SET reaction = 'Intussen anders besloten.' WHERE point_id = ?",
                      (pid,))  # fmt: skip
    _fill(path, {pid: ("Mijn versie.", "ja")})
    result = import_reactions(store, path)
    assert [c.kind for c in result.conflicts] == ["reaction_changed"]
    assert _stored(store)[pid][0] == "Intussen anders besloten."


def test_deleted_rows_unknown_ids_and_duplicates_are_reported(store, tmp_path):
    path = _export(store, tmp_path / "t.xlsx")
    wb = load_workbook(path)
    ws = wb[SHEET]
    deleted = ws.cell(row=2, column=1).value
    ws.delete_rows(2)
    ws.append(["R999-bogus", "", "", "", "", "", "Reactie", "ja", "", ""])
    ws.append([ws.cell(row=2, column=1).value, "", "", "", "", "", "", "", "", ""])
    wb.save(path)
    result = import_reactions(store, path)
    kinds = sorted((c.kind, c.point_id) for c in result.conflicts)
    assert ("deleted", deleted) in kinds and ("unknown", "R999-bogus") in kinds
    assert any(k == "duplicate" for k, _ in kinds)
    assert all(str(c) for c in result.conflicts)


def test_a_point_gone_after_re_ingest_is_reported(store, tmp_path):
    path = _export(store, tmp_path / "t.xlsx")
    pid = point_id("R009", 1)
    _fill(path, {pid: ("Reactie.", "nee")})
    with store.transaction():
        store.conn.execute("DELETE FROM points WHERE id = ?", (pid,))
    result = import_reactions(store, path)
    assert [(c.point_id, c.kind) for c in result.conflicts] == [(pid, "gone")]


def test_not_a_reactietabel_is_a_clear_error(store, tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ConsultError, match="not a readable"):
        import_reactions(store, bad)
    with pytest.raises(UsageError, match="no such file"):
        import_reactions(store, tmp_path / "missing.xlsx")


def test_a_reaction_to_a_campaign_row_answers_every_copy(store, tmp_path):
    path = _export(store, tmp_path / "t.xlsx")
    head = point_id("R004", 1)
    _fill(path, {head: ("Voorrang blijft tijdelijk.", "nee")})
    result = import_reactions(store, path)
    assert result.updated == [head] and not result.conflicts
    points = {p.id: p for p in build_report(store).points}
    for copy in ("R004", "R005", "R007"):
        assert points[point_id(copy, 1)].reaction == "Voorrang blijft tijdelijk."
    assert import_reactions(store, path).updated == []  # the table still agrees with the store


def test_a_reactietabel_larger_than_a_reference_documents_cap_is_still_written(store, monkeypatch):
    # the cap on a part guards reading untrusted reference documents; a reactietabel of 100,000
    # responses (its sheet over 64 MB) is wetgen's own output and must still be tidied and written
    from wetgen.errors import RenderError
    from wetgen.word import package

    normal = render_xlsx(build_report(store, public=True))
    monkeypatch.setattr(package, "MAX_PART_BYTES", 100)
    with pytest.raises(RenderError, match="too large"):
        package.read_package(normal)
    assert render_xlsx(build_report(store, public=True)) == normal
