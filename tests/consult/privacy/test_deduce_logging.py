"""deduce sets up the root logger when it is imported; loading it must leave logging as it was."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("deduce")

PROBE = """
import logging
from wetgen.consult.publish.names import load_deduce
load_deduce()
root = logging.getLogger()
logging.getLogger("matplotlib").debug("a library's debug line")
print(len(root.handlers), root.level)
"""


def test_loading_deduce_prints_no_library_debug_lines_and_keeps_the_root_logger():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert done.stdout == "0 30\n"
    assert "DEBUG" not in done.stderr
