"""Errors of the consultation stages; every message is written for the user.

`ConsultError` is failed work on consultation data (the CLI exits 1); `ConsultInputError` is
something the user gave or named that cannot be used (the CLI exits 2, as for any UsageError).
"""

from __future__ import annotations

from wetgen.errors import UsageError, WetgenError
from wetgen.inputs import RefusedInput


class ConsultError(WetgenError):
    """Something about consultation data or the consultation store went wrong."""


class ConsultInputError(ConsultError, UsageError):
    """What the user gave or named cannot be used: an unknown id, node or category, a bad
    option or list file."""


class RejectedFile(ConsultError, RefusedInput):
    """One input file was refused (hostile, too large, not what it claims to be); the readers
    catch every RefusedInput, this one and those of the shared input limits alike."""


class StoreError(ConsultInputError):
    """The consultation store could not be found, opened, migrated or read."""


class StoreBusy(ConsultError):
    """Another process kept the consultation store locked for longer than the wait allowed."""
