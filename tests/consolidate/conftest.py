"""Fixtures of the consolidation tests: the base laws by BWB id and the hand-written cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.law.read import read_law
from wetgen.loader import load_bill

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LAW_FIXTURES = ROOT / "tests" / "law" / "fixtures"
HUISVESTINGSWET = HERE / "fixtures" / "BWBR0035303-huisvestingswet-2014.xml"
WOONRUIMTE = LAW_FIXTURES / "wet-woonruimteverdeling.xml"
WETBOEK = LAW_FIXTURES / "wetboek-woonrecht.xml"
BASES = {
    "BWBR0035303": HUISVESTINGSWET,
    "BWBR0099901": WOONRUIMTE,
    "BWBR0099902": LAW_FIXTURES / "regeling-flexwoningen.xml",
    "BWBR0099903": WETBOEK,
}
CASES = HERE / "cases"
DEFAULT_DRAFT = ROOT / "drafts" / "huisvesting-vergunninghouders" / "02-adviesaanvraag.yaml"


def base_of(bill):
    """Return the fixture law an amending bill names by BWB id."""
    article = next(a for a in bill.articles() if a.amends is not None)
    return read_law(BASES[article.amends.bwb])


@pytest.fixture(scope="session")
def woonruimte():
    """The invented Wet gemeentelijke woonruimteverdeling."""
    return read_law(WOONRUIMTE)


@pytest.fixture(scope="session")
def huisvestingswet():
    """The small BWBR0035303 toestand: the real artikel 12 and an invented artikel 28."""
    return read_law(HUISVESTINGSWET)


@pytest.fixture(scope="session")
def default_bill():
    """The newest version of the default draft."""
    return load_bill(DEFAULT_DRAFT)
