"""`wetgen consolidate` and `wetgen check --base` as a user runs them."""

from __future__ import annotations

from lxml import etree

from tests.consolidate.conftest import CASES, DEFAULT_DRAFT, HERE, HUISVESTINGSWET, WOONRUIMTE
from wetgen.law.bwb_reader import read_bwb

ALL_KINDS = str(CASES / "01-alle-opdrachten" / "draft.yaml")
FAULTS = str(CASES / "03-fouten" / "draft.yaml")
SPOED = str(HERE / "samenloop" / "a-spoed.yaml")
INDICATIE = str(HERE / "samenloop" / "b-indicatie.yaml")
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def test_the_default_draft_consolidated_to_standard_output(run_cli):
    code, out, err = run_cli("consolidate", str(DEFAULT_DRAFT), "--base", str(HUISVESTINGSWET))
    assert (code, err) == (0, "")
    assert out.startswith("# Huisvestingswet 2014\n\n## Artikel 12\n\n1. In de huisvestingsverordening")
    assert "\n\n9. Onze Minister zendt een voornemen" in out and "\n\n## Artikel 28d\n\n" in out


def test_provenance_as_footnotes(run_cli):
    code, out, _ = run_cli("consolidate", str(DEFAULT_DRAFT), "--base", str(HUISVESTINGSWET), "--provenance")
    assert code == 0
    assert "\n\n4. Indien in de huisvestingsverordening" in out and "artikel 28a.[^1]\n" in out
    assert out.endswith("[^6]: Ingevoegd bij artikel I, onderdeel E, van de Wet uitvoerbare huisvesting vergunninghouders.\n")
    assert "[^1]: Gewijzigd bij artikel I, onderdeel A, onder 1, van de Wet uitvoerbare huisvesting vergunninghouders." in out


def test_html_has_a_note_per_changed_provision(run_cli):
    code, out, _ = run_cli("consolidate", ALL_KINDS, "--base", str(WOONRUIMTE), "--format", "html")
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    assert '<aside class="noot">Vervallen bij artikel I, onderdeel D, van de Wet toets woonruimteverdeling.</aside>' in out
    assert "Zo&#39;n maatregel" in out  # escaped


def test_akn_is_an_act_with_its_provenance(run_cli, tmp_path):
    target = tmp_path / "wet.akn.xml"
    code, _, err = run_cli("consolidate", ALL_KINDS, "--base", str(WOONRUIMTE), "--format", "akn", "-o", str(target))
    assert code == 0 and "wrote" in err
    root = etree.fromstring(target.read_bytes())
    assert root[0].tag == AKN + "act"
    mods = root.findall(f".//{AKN}textualMod")
    assert {m.get("type") for m in mods} == {"substitution", "insertion", "repeal", "renumbering"}
    destinations = {m.find(AKN + "destination").get("href") for m in mods}
    assert "#art_6__para_3" in destinations and "#art_3a" in destinations
    assert len(root.findall(f".//{AKN}note")) == len(root.findall(f".//{AKN}noteRef"))


def test_bwb_output_reads_back_as_the_amended_law(run_cli, tmp_path):
    target = tmp_path / "wet.xml"
    code, out, _ = run_cli("consolidate", ALL_KINDS, "--base", str(WOONRUIMTE), "--format", "bwb", "-o", str(target))
    assert code == 0 and out == ""
    _, markdown, _ = run_cli("consolidate", ALL_KINDS, "--base", str(WOONRUIMTE))
    _, again, _ = run_cli("law", "show", str(target))
    assert again == markdown
    assert read_bwb(target).bwb_id == "BWBR0099901"


def test_failures_exit_1_name_each_instruction_and_write_nothing(run_cli, tmp_path):
    target = tmp_path / "wet.md"
    code, out, err = run_cli("consolidate", FAULTS, "--base", str(WOONRUIMTE), "-o", str(target))
    assert code == 1 and out == "" and not target.exists()
    assert err.count("error[CON") == 6 and "6 instructions could not be applied" in err
    assert "03-fouten/draft.yaml:17:15: error[CON002]: artikel I, onderdeel B" in err
    assert "\n                ^\n" in err  # the caret under the instruction
    assert "nothing written" in err


def test_partial_writes_the_rest_and_still_exits_1(run_cli, tmp_path):
    target = tmp_path / "wet.md"
    code, _, err = run_cli("consolidate", FAULTS, "--base", str(WOONRUIMTE), "-o", str(target), "--partial")
    assert code == 1 and target.is_file()
    assert "bij algemene maatregel van bestuur te bepalen tijdstip" in target.read_text(encoding="utf-8")


def test_a_bwb_id_is_read_from_the_cache(run_cli, tmp_path):
    folder = tmp_path / "bwb" / "BWBR0035303"
    folder.mkdir(parents=True)
    (folder / "BWBR0035303_2017-07-01_0.xml").write_bytes(HUISVESTINGSWET.read_bytes())
    (folder / "manifest.xml").write_text(
        '<work label="BWBR0035303"><expression label="2017-07-01_0"><metadata>'
        "<datum_inwerkingtreding>2017-07-01</datum_inwerkingtreding><einddatum>9999-12-31</einddatum>"
        "<zichtdatum_start>2017-06-01</zichtdatum_start><zichtdatum_eind>9999-12-31</zichtdatum_eind>"
        "</metadata></expression></work>", encoding="utf-8")  # fmt: skip
    code, out, err = run_cli("consolidate", str(DEFAULT_DRAFT), "--base", "BWBR0035303", "--cache", str(tmp_path),
                             "--date", "2026-01-01")  # fmt: skip
    assert (code, err) == (0, "") and "## Artikel 28a" in out


def test_samenloop_warns_and_shows_both_orders(run_cli):
    code, out, err = run_cli("consolidate", SPOED, INDICATIE, "--base", str(WOONRUIMTE), "--partial")
    assert code == 1  # in the order given, the second bill's words are no longer there
    assert "warning: samenloop: artikel 3 is changed by the Wet spoed (artikel I, onderdeel B) and by the Wet indicatie" in err
    assert "  both orders give the same text" in err
    assert "  Wet spoed, then Wet indicatie:" in err and "  Wet indicatie, then Wet spoed:" in err
    assert "woningzoekenden met een medische indicatie." in err and "die met spoed woonruimte nodig hebben." in out
    assert "3. Een beslissing wordt gemotiveerd." in out


def test_usage_errors_exit_2(run_cli, tmp_path):
    assert run_cli("consolidate", ALL_KINDS, "--base", str(WOONRUIMTE), "--format", "docx")[0] == 2
    assert run_cli("consolidate", ALL_KINDS, "--base", str(WOONRUIMTE), "--compare")[0] == 2
    assert run_cli("consolidate", ALL_KINDS, ALL_KINDS, ALL_KINDS, "--base", str(WOONRUIMTE))[0] == 2
    code, _, err = run_cli("consolidate", str(DEFAULT_DRAFT), "--base", str(WOONRUIMTE))
    assert code == 2 and "no article of the draft amends Wet gemeentelijke woonruimteverdeling (BWBR0099901)" in err
    assert "artikel I: Huisvestingswet 2014 (BWBR0035303)" in err
    code, _, err = run_cli("consolidate", str(DEFAULT_DRAFT), "--base", str(HUISVESTINGSWET), "--article", "IX")
    assert code == 2 and "no amending artikel IX" in err


def test_a_damaged_base_is_one_line(run_cli, tmp_path):
    damaged = tmp_path / "wet.xml"
    damaged.write_bytes(HUISVESTINGSWET.read_bytes()[:900])
    code, out, err = run_cli("consolidate", str(DEFAULT_DRAFT), "--base", str(damaged))
    assert (code, out) == (1, "") and err.count("\n") == 1 and "not well-formed XML" in err


def test_check_base_reports_each_instruction_on_its_line(run_cli):
    code, out, err = run_cli("check", FAULTS, "--base", str(WOONRUIMTE))
    assert code == 1
    for found in ("15:15: error[CON001]", "17:15: error[CON002]", "19:15: error[CON003]", "21:15: error[CON004]",
                  "27:15: error[CON005]", "35:15: error[CON001]"):  # fmt: skip
        assert found in out, found
    assert "nearest: «die dringend woonruimte» (the law has «dringend» for «dringende»)" in out


def test_check_base_is_clean_for_the_default_draft_and_names_what_a_smaller_law_lacks(run_cli):
    assert run_cli("check", str(DEFAULT_DRAFT), "--base", str(HUISVESTINGSWET))[0] == 0
    only_12 = str(HUISVESTINGSWET.parents[2] / "law" / "fixtures" / "huisvestingswet-2014-artikel-12.xml")
    code, out, _ = run_cli("check", str(DEFAULT_DRAFT), "--base", only_12, "--format", "json")
    assert code == 1
    assert out.count('"CON001"') == 4 and out.count('"CON006"') == 1
