"""Fixtures for the consultation tests: the consulted bill and the sample consultation."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from wetgen.loader import load_bill

ROOT = Path(__file__).resolve().parents[2]
DRAFT = ROOT / "drafts" / "huisvesting-vergunninghouders" / "01-consultatieversie.yaml"
SAMPLE = ROOT / "consultations" / "huisvesting-vergunninghouders"


@pytest.fixture(scope="session")
def bill():
    """The consultatieversie of the default draft: the bill version that was consulted."""
    return load_bill(DRAFT)


@pytest.fixture(scope="session")
def one_law(bill):
    """The default draft as the resolution tests read it: ARTIKEL I amends one law, the
    Huisvestingswet 2014, in onderdelen A, B, …"""
    return bill


@pytest.fixture(scope="session")
def new_law():
    """An invented bill that enacts a new law: its articles 1 (onderdelen a-d), 2 and 3 are its own."""
    return load_bill(Path(__file__).parent / "fixtures" / "nieuwe-wet-eigen-artikelen.yaml")


@pytest.fixture(scope="session")
def regeling():
    """An invented ministeriële regeling with four articles of its own (it amends no law)."""
    return load_bill(Path(__file__).parent / "fixtures" / "regeling-eigen-artikelen.yaml")


@pytest.fixture
def sample(tmp_path) -> Path:
    """A private copy of the sample consultation (without any store next to it)."""
    target = tmp_path / "sample"
    shutil.copytree(SAMPLE, target, ignore=shutil.ignore_patterns("consult.sqlite*"))
    return target


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory, bill):
    """A store with the sample consultation ingested once (read-only use)."""
    from wetgen.consult.ingest import ingest

    folder = tmp_path_factory.mktemp("store")
    data = folder / "sample"
    shutil.copytree(SAMPLE, data, ignore=shutil.ignore_patterns("consult.sqlite*"))
    db = folder / "consult.sqlite"
    ingest([data], bill, db, bill_path=str(DRAFT))
    return db


def write_export(path: Path, rows, header=("Naam", "Plaats", "Datum", "text")) -> Path:
    """Write rows as a CSV export with the scraper's column names; return the path."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path
