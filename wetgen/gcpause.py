"""Pausing Python's cyclic garbage collector while a large structure without cycles is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a block (or a decorated function), then restore it.

    Reading a large draft and comparing or rendering it allocates hundreds of thousands of
    objects that form no cycles (YAML nodes, the model, unit trees, paragraphs). Each burst of
    allocation makes the collector traverse every live object again, which cost about a third
    of `wetgen diff` on a 2,000-article bill. Reference counting frees memory as usual while
    paused; the collector looks at what the block left behind once it is running again.
    """
    if not gc.isenabled():  # already paused by an outer block
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
