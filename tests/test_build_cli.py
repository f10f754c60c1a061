"""`wetgen build` end to end: the default draft into a folder, every format, byte-identical
rebuilds, format selection, house-style checks, PDF without LibreOffice and bad input."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, default_versions
from lxml import etree

from wetgen.build import base_name, build, parse_formats
from wetgen.errors import UsageError
from wetgen.loader import load_bill
from wetgen.render import akn

SUFFIXES = (
    "-wetsvoorstel.docx",
    "-memorie-van-toelichting.docx",
    ".akn.xml",
    "-mvt.akn.xml",
    ".html",
    ".md",
)


def expected_names(version: Path) -> set[str]:
    base = base_name(load_bill(version))
    return {base + suffix for suffix in SUFFIXES}


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_build_without_arguments_writes_every_format_of_the_default_draft(
    run_cli, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run_cli("build", "-o", str(out_dir))
    assert code == 0, err
    newest = default_versions()[-1]
    assert set(contents(out_dir)) == expected_names(newest)
    lines = out.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("wrote 6 files (2 docx, 2 akn, 1 html, 1 md) to ")
    assert str(newest.relative_to(ROOT)) in lines[0]


def test_default_output_folder_is_out(run_cli, tmp_path: Path, monkeypatch) -> None:
    repo = tmp_path / "repo"
    (repo / "drafts").mkdir(parents=True)
    (repo / "drafts" / "huisvesting-vergunninghouders").symlink_to(
        ROOT / "drafts" / "huisvesting-vergunninghouders"
    )
    code, out, err = run_cli("build", "--format", "md", cwd=repo)
    assert code == 0, err
    assert [p.suffix for p in (repo / "out").iterdir()] == [".md"]


def test_building_twice_gives_byte_identical_files(run_cli, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert run_cli("build", "-o", str(first))[0] == 0
    assert run_cli("build", "-o", str(second))[0] == 0
    one, two = contents(first), contents(second)
    assert one.keys() == two.keys() and len(one) == 6
    for name in one:
        assert one[name] == two[name], f"{name} differs between two builds"


def test_docx_zip_entries_are_in_a_fixed_order_with_fixed_times(run_cli, tmp_path: Path) -> None:
    assert run_cli("build", "-o", str(tmp_path), "--format", "docx")[0] == 0
    for path in tmp_path.glob("*.docx"):
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
        assert len({info.date_time for info in infos}) == 1


def test_every_version_builds_and_its_akn_validates(tmp_path: Path) -> None:
    for version in default_versions():
        bill = load_bill(version)
        written = build(bill, tmp_path / version.stem, ("akn",))
        base = base_name(bill)
        assert [p.name for p in written] == [f"{base}.akn.xml", f"{base}-mvt.akn.xml"]
        for path in written:
            assert akn.schema().validate(etree.parse(str(path)))


def test_format_selection_and_order(run_cli, tmp_path: Path) -> None:
    code, out, err = run_cli("build", "-o", str(tmp_path), "--format", "md,akn")
    assert code == 0, err
    base = base_name(load_bill(default_versions()[-1]))
    assert {p.name for p in tmp_path.iterdir()} == {
        f"{base}.akn.xml",
        f"{base}-mvt.akn.xml",
        f"{base}.md",
    }
    assert "wrote 3 files (2 akn, 1 md)" in out
    assert parse_formats("md, DOCX") == ("docx", "md")


def test_unknown_format_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    code, out, err = run_cli("build", "-o", str(tmp_path), "--format", "docx,pdf")
    assert code == 2
    assert "unknown format pdf" in err
    with pytest.raises(UsageError):
        parse_formats("")


def test_a_draft_folder_builds_its_newest_version(run_cli, tmp_path: Path) -> None:
    folder = ROOT / "drafts" / "huisvesting-vergunninghouders"
    code, out, err = run_cli("build", str(folder), "-o", str(tmp_path), "--format", "md")
    assert code == 0, err
    assert default_versions()[-1].name in out


def test_templates_folder_overrides_the_html_style(run_cli, tmp_path: Path) -> None:
    style = tmp_path / "style"
    style.mkdir()
    (style / "bill.css").write_text("body { font-family: Verdana; }\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    code, out, err = run_cli(
        "build", "-o", str(out_dir), "--format", "html,docx", "--templates", str(style)
    )
    assert code == 0, err
    page = next(out_dir.glob("*.html")).read_text(encoding="utf-8")
    assert "Verdana" in page


def test_reference_docx_missing_styles_is_refused_by_name(run_cli, tmp_path: Path) -> None:
    broken = tmp_path / "reference.docx"
    with (
        zipfile.ZipFile(ROOT / "templates" / "reference.docx") as source,
        zipfile.ZipFile(broken, "w") as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/styles.xml":
                data = data.replace(b'w:val="Slotformulier"', b'w:val="Iets anders"')
            target.writestr(info, data)
    out_dir = tmp_path / "out"
    code, out, err = run_cli("build", "-o", str(out_dir), "--templates", str(broken))
    assert code == 1
    assert '"Slotformulier"' in err
    assert not out_dir.exists() or not any(out_dir.iterdir())


def test_pdf_without_libreoffice_says_so_and_keeps_the_other_files(
    run_cli, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("WETGEN_SOFFICE", str(tmp_path / "no-such-soffice"))
    code, out, err = run_cli("build", "-o", str(tmp_path), "--format", "md", "--pdf")
    assert code == 1
    assert "LibreOffice" in err
    assert len(list(tmp_path.glob("*.docx"))) == 2 and len(list(tmp_path.glob("*.md"))) == 1


def test_invalid_draft_prints_every_finding_and_builds_nothing(run_cli, tmp_path: Path) -> None:
    draft = tmp_path / "kapot.yaml"
    draft.write_text(
        "wetsvoorstel:\n  opschrift: x\n  artikelen: []\n  onbekend: 1\n", encoding="utf-8"
    )
    code, out, err = run_cli("build", str(draft), "-o", str(tmp_path / "out"))
    assert code == 1
    assert "kapot.yaml:4:3: error[SCH001]" in err and "SCH002" in err
    assert not (tmp_path / "out").exists()


def test_output_path_that_is_a_file_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x", encoding="utf-8")
    code, out, err = run_cli("build", "-o", str(target), "--format", "md")
    assert code == 2 and "is a file" in err


def test_missing_draft_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    code, out, err = run_cli("build", str(tmp_path / "nope.yaml"), "-o", str(tmp_path))
    assert code == 2 and "no such file" in err


class Recorder:
    """A Progress that remembers what it was told."""

    def __init__(self) -> None:
        self.tasks: list[tuple[str, int | None]] = []
        self.steps = 0

    def start(self, description: str, total: int | None) -> None:
        self.tasks.append((description, total))

    def advance(self, steps: int = 1) -> None:
        self.steps += steps


def test_build_reports_one_progress_step_per_file(tmp_path: Path) -> None:
    recorder = Recorder()
    written = build(
        load_bill(default_versions()[-1]), tmp_path, ("akn", "html", "md"), None, recorder
    )
    assert recorder.tasks == [("Building", 4)] and recorder.steps == 4 == len(written)


def test_only_word_files_depend_on_source_date_epoch(run_cli, tmp_path: Path, monkeypatch) -> None:
    plain, epoch, epoch_again = tmp_path / "plain", tmp_path / "epoch", tmp_path / "epoch2"
    assert run_cli("build", "-o", str(plain))[0] == 0
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    assert run_cli("build", "-o", str(epoch))[0] == 0
    assert run_cli("build", "-o", str(epoch_again))[0] == 0
    one, two, three = contents(plain), contents(epoch), contents(epoch_again)
    assert two == three
    changed = sorted(name for name in one if one[name] != two[name])
    assert changed and all(name.endswith(".docx") for name in changed)


def test_a_bill_without_citeertitel_builds_under_a_short_stem(tmp_path: Path) -> None:
    """The stem of a bill named by a long opschrift is cut at a word (no "File name too long")."""
    from dataclasses import replace

    bill = load_bill(ROOT / "tests/realbills/cases/stb-2004-215-veegwet-rechterlijke-organisatie/draft.yaml")
    assert not bill.citeertitel and len(bill.opschrift) > 200
    long = replace(bill, opschrift=bill.opschrift * 3)
    stem = base_name(long)
    assert len(stem) <= 91 and stem.startswith("partiele-wijziging-van-de-wet-op-de-rechterlijke")
    written = build(long, tmp_path, formats=("akn", "md"))
    assert {p.name for p in written} == {f"{stem}.akn.xml", f"{stem}-mvt.akn.xml", f"{stem}.md"}
