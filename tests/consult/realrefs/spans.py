"""Fill in the character spans of labelled mentions: an aid for annotators of this set.

A mention may be written with only its `text`; this finds it in the excerpt after the end of
the mention before it and writes `start` and `end` into the file. Where the text alone is
ambiguous (a heading "A"), `context` gives a longer string around it ("A (artikel 4:17)"). Labels stay the annotator's:
this only computes offsets for the text the annotator chose.

    python tests/consult/realrefs/spans.py tests/consult/realrefs/documents/d01-….yaml
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


class _Dumper(yaml.SafeDumper):
    """Write long texts as literal blocks and small target mappings on one line."""


def _str(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


class _Flow(dict):
    """A mapping written on one line (a target)."""


def _flow(dumper: yaml.SafeDumper, data: dict) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(_Flow, _flow)


def fill(path: Path) -> None:
    """Compute start and end of every mention of one document file and rewrite the file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    excerpt = data["excerpt"]
    cursor = 0
    for mention in data["mentions"]:
        context = mention.get("context", mention["text"])
        at = excerpt.find(context, cursor)
        at = at + context.find(mention["text"]) if at >= 0 and mention["text"] in context else -1
        if at < 0:
            raise SystemExit(f"{path.name}: {mention['text']!r} not found after offset {cursor}")
        mention["start"], mention["end"] = at, at + len(mention["text"])
        cursor = mention["end"]
    data["mentions"] = [
        {"text": m["text"], **({"context": m["context"]} if "context" in m else {}),
         "start": m["start"], "end": m["end"], "class": m["class"],
         "targets": [_Flow(t) for t in m["targets"]]}
        for m in data["mentions"]
    ]  # fmt: skip
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)  # fmt: skip
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        fill(Path(name))
