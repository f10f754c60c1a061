"""Helpers for the drafter's tests: the default draft as text, and a way to write variants."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DEFAULT_DRAFT_DIR

DRAFT = DEFAULT_DRAFT_DIR / "02-adviesaanvraag.yaml"


@pytest.fixture
def variant(tmp_path):
    """Write the default draft with replacements (old → new) into a folder of its own, with its
    toelichting; return the path."""

    def write(*replacements: tuple[str, str], name: str = "wet.yaml") -> Path:
        text = DRAFT.read_text(encoding="utf-8")
        for old, new in replacements:
            assert old in text, old
            text = text.replace(old, new, 1)
        folder = tmp_path / "draft"
        folder.mkdir(exist_ok=True)
        shutil.copy(DEFAULT_DRAFT_DIR / "02-adviesaanvraag.mvt.md", folder)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
