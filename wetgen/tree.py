"""Walks over a tree of divisions and articles, the same for a bill (`wetgen.model`) and for a
base law (`wetgen.law.model`): each model names its own division type."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def leaves(nodes: tuple[Any, ...], branch: type) -> Iterator[Any]:
    """Yield the nodes under `nodes` that are not of type `branch` (the articles), in document
    order, through the `children` of every `branch` (the divisions)."""
    for node in nodes:
        if isinstance(node, branch):
            yield from leaves(node.children, branch)
        else:
            yield node


def branches(nodes: tuple[Any, ...], branch: type) -> Iterator[Any]:
    """Yield the nodes of type `branch` under `nodes` (the divisions) in document order, outer
    before inner."""
    for node in nodes:
        if isinstance(node, branch):
            yield node
            yield from branches(node.children, branch)
