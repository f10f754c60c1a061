"""Untrusted input, read within limits: the one place for input caps and safe parsers.

Every reader of outside files uses it: the consultation readers (`wetgen.consult.read`), the bill
importer (`wetgen.importer`) and the law reader (`wetgen.law`).

- `limits`: `Limits` (every cap and budget), `RefusedInput`, `Deadline`, `describe`;
- `files`: folders walked without following links, files opened only when regular;
- `archives`: zip archives and packages (bombs, paths out of the archive, links, encryption,
  unreadable compression, damage), members streamed with a size cap;
- `xml`: XML without DTDs, entities or network, whole or incrementally; HTML without entities;
- `text`: decoding (whole or line by line) and `neutralise` (control characters, terminal
  escapes, bidi overrides), for the terminal and every public output;
- `sandbox`: a reader process with a memory cap, killed when a file overruns its time.
"""

from wetgen.inputs.limits import DEFAULT_LIMITS, Deadline, Limits, RefusedInput, describe

__all__ = ["DEFAULT_LIMITS", "Deadline", "Limits", "RefusedInput", "describe"]
