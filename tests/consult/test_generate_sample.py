"""The sample generator writes only its own files and never deletes a store or staff work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, SAMPLE

GENERATOR = ROOT / "consultations" / "generate_sample.py"


def generate(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run the generator; return the finished process."""
    return subprocess.run([sys.executable, str(GENERATOR), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip


def tree(folder: Path) -> dict[str, bytes]:
    """Return every file under folder by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}  # fmt: skip


def committed_sample() -> dict[str, bytes]:
    return {k: v for k, v in tree(SAMPLE).items() if not k.startswith("consult.sqlite")}


def test_regenerating_keeps_the_store_and_files_it_did_not_write(tmp_path):
    out = tmp_path / "sample"
    (out / "post").mkdir(parents=True)
    store = {"consult.sqlite": b"SQLite format 3\x00staff work", "consult.sqlite-wal": b"wal"}
    for name, data in store.items():
        (out / name).write_bytes(data)
    (out / "post" / "brief-eigen.txt").write_text("Een brief die staf toevoegde.\n")
    done = generate("--out", str(out))
    assert done.returncode == 0, done.stderr
    after = tree(out)
    assert {name: after[name] for name in store} == store
    assert after["post/brief-eigen.txt"] == b"Een brief die staf toevoegde.\n"
    generated = {k: v for k, v in after.items() if k not in store and k != "post/brief-eigen.txt"}
    assert generated == committed_sample()  # same bytes as the committed sample
    assert "kept" in done.stdout and "consult.sqlite" in done.stdout


def test_a_file_where_the_output_folder_should_be_is_refused_in_one_line(tmp_path):
    out = tmp_path / "sample"
    out.write_text("not a folder")
    done = generate("--out", str(out))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"error: {out} is a file, not a folder"]
    assert out.read_text() == "not a folder"
