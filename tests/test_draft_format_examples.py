"""Every example of a wijzigingsopdracht in docs/draft-format.md prints exactly the sentences
the page shows after it (the "> " lines), so the documentation of the format is checked."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.conftest import ROOT
from wetgen.amend.wording import article_intro, onderdeel_label, word_onderdeel
from wetgen.loader import load_text

DOC = (ROOT / "docs" / "draft-format.md").read_text(encoding="utf-8")
EXAMPLE = re.compile(r"```yaml\n(?P<yaml>(?:(?!```).)*?)```\n(?P<out>(?:> [^\n]*\n)+)", re.S)
EXAMPLES = [(m.group("yaml"), [line[2:] for line in m.group("out").splitlines()]) for m in EXAMPLE.finditer(DOC)]
BILL = {
    "opschrift": "Wijziging van de Voorbeeldwet",
    "citeertitel": "",
    "versie": {"label": "Voorbeeld", "datum": "2026-12-01", "fase": "consultatieversie"},
    "ministerie": "Justitie en Veiligheid",
    "ondertekenaars": ["De Minister van Justitie en Veiligheid,"],
    "considerans": ["dat het wenselijk is de Voorbeeldwet te wijzigen;"],
}


def test_the_page_has_examples_of_every_actie():
    text = "\n".join(source for source, _ in EXAMPLES)
    for actie in ("vervang_woorden", "voeg_woorden_in", "schrap_woorden", "vervang", "invoegen", "toevoegen",
                  "vervallen", "vernummeren", "wijzigen", "aanduiding_plaatsen"):  # fmt: skip
        assert f"actie: {actie}" in text


@pytest.mark.parametrize(("source", "expected"), EXAMPLES, ids=lambda x: str(x)[:40] if isinstance(x, str) else "")
def test_example_prints_what_the_page_shows(source: str, expected: list[str]):
    data = yaml.safe_load(source)
    whole = isinstance(data, dict) and "wijzigt" in data
    article = data if whole else {"wijzigt": {"citeertitel": "Voorbeeldwet"}, "onderdelen": [
        {"wijzigingen": data["wijzigingen"] if isinstance(data, dict) else data}]}  # fmt: skip
    bill = {**BILL, "artikelen": [article]}
    if isinstance(data, dict) and "vormgeving" in data:
        bill["vormgeving"] = data["vormgeving"]
        article.pop("vormgeving", None)
    result = load_text(yaml.safe_dump({"wetsvoorstel": bill}, allow_unicode=True))
    assert [d.message for d in result.diagnostics if d.code.startswith("SCH")] == []
    amending = next(result.bill.articles())
    lines = []
    if whole:
        lines += [x for x in [article_intro(amending, result.bill.style)] if x]
    for onderdeel in amending.onderdelen:
        label = onderdeel_label(amending, onderdeel) if whole else ""
        lines += [label] if label else []
        worded = word_onderdeel(onderdeel, result.bill.style, amending if whole else None)
        lines += [f"{w.label} {w.sentence}".strip() for w in worded]
    assert lines == expected
