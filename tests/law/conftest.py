"""Fixtures of the base-law tests: the invented laws and the real article in tests/law/fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.law.bwb_reader import read_bwb

FIXTURES = Path(__file__).resolve().parent / "fixtures"
WOONRUIMTE = FIXTURES / "wet-woonruimteverdeling.xml"
REGELING = FIXTURES / "regeling-flexwoningen.xml"
WETBOEK = FIXTURES / "wetboek-woonrecht.xml"
HUISVESTINGSWET_12 = FIXTURES / "huisvestingswet-2014-artikel-12.xml"


@pytest.fixture(scope="session")
def woonruimte():
    """The invented Wet gemeentelijke woonruimteverdeling (hoofdstukken, paragrafen, 6a/6b)."""
    return read_bwb(WOONRUIMTE)


@pytest.fixture(scope="session")
def wetboek():
    """The invented Wetboek van woonrecht (boeken, titels, 4:8 numbering, artikel 1 twice)."""
    return read_bwb(WETBOEK)
