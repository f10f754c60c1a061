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


FIRST_INSTALL = '''
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)


class Deduce:
    def __init__(self):
        logging.info("Please wait 1-2 minutes while lookup data structures are being built.")
'''


def test_the_first_load_of_a_new_install_prints_nothing_into_standard_output(tmp_path):
    # a stand-in for deduce as a new install behaves: it configures logging on import, and
    # building its lookup tables the first time logs a notice at INFO
    (tmp_path / "deduce").mkdir()
    (tmp_path / "deduce" / "__init__.py").write_text(FIRST_INSTALL, encoding="utf-8")
    probe = f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n{PROBE}"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout == "0 30\n"
    assert "Please wait" not in done.stderr
