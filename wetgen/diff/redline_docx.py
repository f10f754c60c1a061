"""Two versions of a bill as one Word document with real tracked changes (a redline).

Both bills are written paragraph by paragraph exactly as `render_bill_docx` writes them, each
paragraph tagged with the eId of the unit it belongs to. The ChangeSet then says which units
pair up, so the two paragraph streams merge into one sequence of rows (`aligned_rows`):

- unchanged paragraphs are plain;
- a paragraph of a changed unit carries word-level w:del / w:ins runs (Dutch word tokens),
  a renumbered designation ("3." → "2.", "D" → "E") a small w:del / w:ins of its own;
- the paragraphs of an inserted or deleted unit are wrapped in w:ins or w:del, and so is
  their paragraph mark, so accepting or rejecting removes whole paragraphs;
- a moved unit is a w:moveFrom block where it was and a w:moveTo block where it is now.

Accepting every revision gives the NEW bill's paragraphs, rejecting every one the OLD bill's.
The author is "wetgen" and the date that of the NEW version, so the output is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from wetgen import address, ids
from wetgen.address import Address
from wetgen.amend import wording
from wetgen.diff.changes import Change, ChangeSet
from wetgen.diff.compare import diff_bills
from wetgen.diff.tokens import TextOp, word_ops
from wetgen.gcpause import gc_paused
from wetgen.model import Article, Bill, Division, Item, Lid, Unit
from wetgen.render import ooxml

# The Word renderer's own writer and assembly, so the redline is laid out exactly like a bill.
from wetgen.render.docx import (
    Reference,
    _assemble,
    _BillWriter,
    _open,
    _Styles,
    build_time,
    clean,
    dutch_date,
)

AUTHOR = "wetgen"
NOTE_STEPS = 6  # renumbering steps spelled out in a note before "… (N in totaal)"
_NOUNS = {"item": "onderdeel"}  # the diff's unit kinds as Dutch nouns, where they differ
_PLURALS = {"wijziging": "wijzigingen"}  # plurals that wetgen.ids does not know
SLOT = "~slot"  # the tag of the slotformulier and ondertekening, after the body


class Para(NamedTuple):
    """One paragraph as the Word renderer writes it: style name, designation, text, layout.

    Paragraphs and rows are named tuples, immutable like frozen dataclasses but much quicker to
    make: a large bill has tens of thousands of them.
    """

    style: str
    label: str
    text: str
    labelled: bool = False  # a designation and a tab come before the text
    keep_next: bool = False
    shift: int = 0  # extra left indent in twips (new text under a numbered instruction)

    def plain(self) -> str:
        """Return the paragraph's text as Word shows it, the tab included."""
        return f"{self.label}\t{self.text}" if self.labelled else self.text


class Row(NamedTuple):
    """One step of the merged document: a paragraph of OLD, of NEW, or of both.

    `kind` is "same", "changed", "inserted", "deleted", "moveFrom" or "moveTo"; consecutive
    rows of one move share `move`, the name that links the two ends of that move.
    """

    kind: str
    old: Para | None = None
    new: Para | None = None
    move: str = ""
    ops: tuple[TextOp, ...] = ()  # word steps of a changed text, when the ChangeSet has them
    note: str = ""  # a renumbering note, shown as a comment on this paragraph
    inner: str = ""  # in a moveTo row: how the paragraph changed within the moved unit


# --- public API -----------------------------------------------------------------------------


@gc_paused()
def render_redline_docx(
    old: Bill,
    new: Bill,
    changes: ChangeSet | None = None,
    reference: Reference = None,
    *,
    author: str = AUTHOR,
) -> bytes:
    """Render OLD → NEW as a .docx of the NEW bill with tracked changes back to OLD."""
    package, styles = _open(reference)
    rows = aligned_rows(old, new, changes, styles)
    revisions = ooxml.Revisions(author, ooxml.w3cdtf(build_time(new)))
    body, comments = redline_paragraphs(rows, styles, revisions)
    if comments:
        _add_comments(package, comments)
    header = [bill_title(new), f"Wijzigingen {old.version.label} → {new.version.label}"]
    props = document_properties(old, new, "Wijzigingen")
    return _assemble(package, styles, body, header, props, build_time(new))


def aligned_rows(old: Bill, new: Bill, changes: ChangeSet | None, styles: _Styles) -> list[Row]:
    """Return the paragraphs of OLD and NEW merged into rows, as the ChangeSet pairs units."""
    changes = diff_bills(old, new) if changes is None else changes
    old_layout, new_layout = layout(old, styles), layout(new, styles)
    merge = _Merge(changes, old_layout, new_layout)
    merge.pair("", "")
    merge.own(old_layout.paras.get(SLOT, []), new_layout.paras.get(SLOT, []))
    return merge.rows


@dataclass
class Layout:
    """A bill's paragraphs by the eId of their unit ("" for the front matter), and its units'
    children in order: the same eIds as the diff engine's unit tree."""

    paras: dict[str, list[Para]]
    children: dict[str, list[str]]

    def subtree(self, eid: str) -> Iterator[Para]:
        """Yield the paragraphs of a unit and of everything inside it, in order."""
        yield from self.paras.get(eid, ())
        for child in self.children.get(eid, ()):
            yield from self.subtree(child)


def layout(bill: Bill, styles: _Styles) -> Layout:
    """Return a bill's paragraphs as the Word renderer writes them, tagged by unit."""
    writer = _TaggedWriter(styles, bill.is_amending_law)
    writer.bill(bill)
    return Layout(writer.paras, writer.children)


def redline_paragraphs(
    rows: list[Row], styles: _Styles, revisions: ooxml.Revisions
) -> tuple[list[str], list[str]]:
    """Return the body paragraphs (XML) of the redline, and the comments holding its notes."""
    out: list[str] = []
    comments: list[str] = []
    marks = paragraph_marks(rows)
    end = ""
    for n, row in enumerate(rows):
        start = ""
        if row.move and (n == 0 or not _same_block(rows[n - 1], row)):
            start, end = revisions.move_range(row.kind, row.move)
        last = bool(row.move) and (n == len(rows) - 1 or not _same_block(rows[n + 1], row))
        tail = end if last else ""
        if row.note:  # only paired rows carry a note, never a move
            cid = revisions.new_id()
            start, tail = ooxml.comment_start(cid), ooxml.comment_end(cid)
            note = ooxml.text_run(row.note)
            comments.append(ooxml.comment(cid, revisions.author, revisions.date, [note]))
        out.append(_redline_row(row, styles, revisions, marks[n], (start, tail)))
    return out, comments


_MARKS = {"inserted": "ins", "deleted": "del", "moveFrom": "moveFrom", "moveTo": "moveTo"}


def paragraph_marks(rows: list[Row]) -> list[str]:
    """Return the revision of each row's paragraph mark: "ins", "del", "moveFrom", … or "".

    The mark of a document's last paragraph cannot go, so when the document ends in inserted
    (or deleted) paragraphs, the marks move one paragraph up: the mark before the new text is
    the inserted one, as when Word tracks typing Enter at the end.
    """
    marks = [_MARKS.get(row.inner if row.inner == "inserted" else row.kind, "") for row in rows]
    if not marks or marks[-1] not in ("ins", "del"):
        return marks
    first = len(marks) - 1
    while first > 0 and marks[first - 1] == marks[-1]:
        first -= 1
    if first > 0 and not marks[first - 1]:
        marks[first - 1 : len(marks)] = [marks[-1]] * (len(marks) - first) + [""]
    return marks


def renumbering_note(change: Change) -> str:
    """Return the Dutch note on one renumbering: "Vernummering in …: leden 4 → 3, 5 → 4."."""
    steps = [f"{r.old} → {r.new}" for r in change.renumbering]
    shown = ", ".join(steps[:NOTE_STEPS])
    if len(steps) > NOTE_STEPS:
        shown += f", … ({len(steps)} in totaal)"
    noun = _noun(change.unit, len(steps))
    letters = all(r.new.isalpha() for r in change.renumbering)
    what = "Verlettering" if letters else "Vernummering"
    place = f" in {change.new_label}" if change.new_label else ""
    return f"{what}{place}: {noun} {shown}."


def _noun(unit: str, count: int) -> str:
    noun = _NOUNS.get(unit, unit)
    return noun if count == 1 else _PLURALS.get(noun) or ids.plural(noun, count)


def _add_comments(package: ooxml.Package, comments: list[str]) -> None:
    main = package.related("", ooxml.REL_TYPE + "officeDocument")
    folder = main.rpartition("/")[0]
    name = f"{folder}/comments.xml" if folder else "comments.xml"
    package.set_part(name, ooxml.comments_part(comments), f"{ooxml.CT_WML}comments+xml")
    package.relate(main, ooxml.REL_TYPE + "comments", "comments.xml")


def count_revisions(document_xml: bytes) -> dict[str, int]:
    """Count the revision elements of a word/document.xml by kind (ins, del, moveFrom...)."""
    text = document_xml.decode("utf-8")
    kinds = ("ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange")
    return {k: text.count(f"<w:{k} ") + text.count(f"<w:{k}>") for k in kinds}


# --- tagged paragraphs ----------------------------------------------------------------------


class _TaggedWriter(_BillWriter):
    """The Word renderer's bill writer, recording paragraphs by unit instead of as XML."""

    def __init__(self, styles: _Styles, amending_law: bool) -> None:
        super().__init__(styles, amending_law)
        self.paras: dict[str, list[Para]] = {}
        self.children: dict[str, list[str]] = {"": []}
        self.stack = [""]
        self.places = [address.BILL]  # the address the units written next are named inside

    def text(self, style: str, text: str, *, keep_next: bool = False) -> None:
        """Record a paragraph holding plain text."""
        self._add(Para(style, "", clean(text), False, keep_next, self.shift))

    def labelled(self, style: str, label: str, text: str) -> None:
        """Record a paragraph with a designation, a tab and the text."""
        self._add(Para(style, label, clean(text), True, False, self.shift))

    def _add(self, para: Para) -> None:
        self.paras.setdefault(self.stack[-1], []).append(para)

    def enter(self, place: Address, inner: Address | None = None) -> None:
        """Tag the paragraphs written from now on with the eId of `place`, a child of the
        current unit; the units inside are named inside `inner` (an instruction's new text)."""
        eid = place.eid
        if eid in self.children:  # a number used twice: keep the units apart
            eid = f"{eid}~{sum(k.startswith(eid + '~') for k in self.children) + 2}"
        self.children[eid] = []
        self.children[self.stack[-1]].append(eid)
        self.stack.append(eid)
        self.places.append(inner or place)

    def leave(self) -> None:
        """Go back to tagging with the parent unit's eId."""
        self.stack.pop()
        self.places.pop()

    def slot(self, bill: Bill) -> None:
        """Write the slotformulier and ondertekening under their own tag, outside the body."""
        self.children[SLOT] = []
        self.stack.append(SLOT)
        super().slot(bill)
        self.stack.pop()

    def node(self, node: Division | Article, level: int) -> None:
        """Write a division or article under its eId."""
        self.enter(address.unit(self.places[-1], node))
        super().node(node, level)
        self.leave()

    def lid(self, lid: Lid) -> None:
        """Write a lid under its eId."""
        self.enter(address.lid(self.places[-1], lid))
        super().lid(lid)
        self.leave()

    def items(self, items: tuple[Item, ...], depth: int) -> None:
        """Write list items, each under its eId."""
        for item in items:
            self.enter(address.item(self.places[-1], item, depth))
            super().items((item,), depth)
            self.leave()

    def payload(self, unit: Unit) -> None:
        """Write a payload unit; divisions and articles under their eId."""
        if isinstance(unit, Division | Article):
            self.enter(address.unit(self.places[-1], unit))
            super().payload(unit)
            self.leave()
        else:
            super().payload(unit)

    def amending(self, article: Article) -> None:
        """Write an amending article like the renderer, tagging onderdelen and instructions."""
        self.text("Wijzigingsopdracht", wording.article_intro(article))
        for onderdeel in article.onderdelen:
            self.enter(address.onderdeel(self.places[-1], onderdeel))
            self.text("Onderdeelletter", onderdeel.number, keep_next=True)
            self._onderdeel_lines(onderdeel)
            self.leave()

    def _onderdeel_lines(self, onderdeel) -> None:
        n, count = 0, len(onderdeel.instructions)
        for line in wording.word_onderdeel(onderdeel):
            if line.instruction is None:
                self.text("Wijzigingsopdracht", line.sentence)
                continue
            n += 1
            own = address.instruction(self.places[-1], n, count)
            self.enter(own, address.quoted(own) if line.payload else None)
            self.worded(line)
            self.leave()


# --- merging the two paragraph streams ------------------------------------------------------


class _Merge:
    """Walks the OLD and NEW units together and collects the rows of the merged document."""

    def __init__(self, changes: ChangeSet, old: Layout, new: Layout) -> None:
        self.old, self.new = old, new
        self.inserted = {c.new_eid for c in changes.of_kind("inserted")}
        self.deleted = {c.old_eid for c in changes.of_kind("deleted")}
        moves = changes.of_kind("moved")
        self.moved_old = {c.old_eid: c.new_eid for c in moves}
        self.moved_new = {c.new_eid: c.old_eid for c in moves}
        changed = [c for c in changes.changes if c.kind == "changed"]
        self.explicit = {c.old_eid: c.new_eid for c in changed}
        self.ops = {(c.old_eid, c.new_eid): c.text for c in changed}
        for note in changes.of_kind("renumbered"):
            self.explicit.update((r.old_eid, r.new_eid) for r in note.renumbering)
        self.explicit.update(self.moved_old)
        # every pair whose eId changed; ChangeSets made without pairs fall back on derivation
        self.explicit.update((o, n) for o, n in changes.pairs if o != n)
        self.touched = self.inserted | self.deleted | self.explicit.keys()
        self.notes = {
            (c.renumbering[0].old_eid, c.renumbering[0].new_eid): renumbering_note(c)
            for c in changes.of_kind("renumbered")
            if c.renumbering
        }
        self.move_names: dict[str, str] = {}  # old eId of a moved unit → its move's name
        self.rows: list[Row] = []

    def pair(self, old: str, new: str) -> None:
        """Add the rows of a paired unit: its own paragraphs, then its merged children."""
        ops = self.ops.get((old, new), ())
        first = len(self.rows)
        self.own(self.old.paras.get(old, []), self.new.paras.get(new, []), ops)
        note = self.notes.pop((old, new), "") if self.notes else ""
        if note and len(self.rows) > first:
            self.rows[first] = self.rows[first]._replace(note=note)
        self.children(old, new)

    def own(self, olds: list[Para], news: list[Para], ops: tuple[TextOp, ...] = ()) -> None:
        """Add the rows of a paired unit's own paragraphs, pairing them by position.

        The unit's word steps from the ChangeSet are reused for the paragraph whose texts
        they rebuild; other changed paragraphs get their own word steps when rendered.
        """
        for n in range(max(len(olds), len(news))):
            a = olds[n] if n < len(olds) else None
            b = news[n] if n < len(news) else None
            if a is None:
                self.rows.append(Row("inserted", new=b))
            elif b is None:
                self.rows.append(Row("deleted", old=a))
            elif a == b:
                self.rows.append(Row("same", a, b))
            else:
                self.rows.append(Row("changed", a, b, ops=_fitting(ops, a.text, b.text)))

    def children(self, old: str, new: str) -> None:
        """Add the rows of two sibling lists: paired units in order, the rest around them."""
        olds, news = self.old.children.get(old, []), self.new.children.get(new, [])
        if olds == news and self.touched.isdisjoint(olds):  # the common case: all unchanged
            for child in olds:
                self.pair(child, child)
            return
        partner = self._partners(old, new, olds, news)
        next_old = 0
        for k, child in enumerate(news):
            i = partner.get(k)
            if i is None:
                self.came(child)
                continue
            for gone in olds[next_old:i]:
                self.went(gone)
            next_old = i + 1
            self.pair(olds[i], child)
        for gone in olds[next_old:]:
            self.went(gone)

    def _partners(self, old: str, new: str, olds: list[str], news: list[str]) -> dict[int, int]:
        """Map new child index → old child index for the pairs that keep their order."""
        where = {eid: k for k, eid in enumerate(news) if eid not in self.inserted}
        found: dict[int, int] = {}
        for i, child in enumerate(olds):
            if child in self.deleted or child in self.moved_old:
                continue
            k = where.get(self._mapped(child, old, new))
            if k is not None and k not in found:
                found[k] = i
        kept, last = {}, -1
        for k in sorted(found):
            if found[k] > last:
                kept[k], last = found[k], found[k]
            else:  # out of order, yet not reported as moved: show it as a move anyway
                self.moved_old[olds[found[k]]] = news[k]
                self.moved_new[news[k]] = olds[found[k]]
        return kept

    def _mapped(self, child: str, old: str, new: str) -> str:
        """Return the NEW eId an OLD child should have, from the ChangeSet or by its parent's."""
        if child in self.explicit:
            return self.explicit[child]
        return address.rebase(child, old, new)

    def went(self, eid: str) -> None:
        """Add the rows of an OLD unit that is gone from here: deleted, or moved elsewhere."""
        paras = list(self.old.subtree(eid))
        if eid in self.moved_old:
            name = self._move_name(eid)
            self.rows.extend(Row("moveFrom", old=p, move=name) for p in paras)
        else:
            self.rows.extend(Row("deleted", old=p) for p in paras)

    def came(self, eid: str) -> None:
        """Add the rows of a NEW unit that arrives here: inserted, or moved from elsewhere."""
        if eid in self.moved_new:
            name = self._move_name(self.moved_new[eid])
            self.rows.extend(self._moved_here(self.moved_new[eid], eid, name))
        else:
            self.rows.extend(Row("inserted", new=p) for p in self.new.subtree(eid))

    def _moved_here(self, old: str, new: str, name: str) -> list[Row]:
        """Return the moveTo rows of a moved unit, with the changes made inside it as nested
        revisions; what it lost is left out, as the moveFrom block holds all of OLD."""
        outer, self.rows = self.rows, []
        self.pair(old, new)
        inner, self.rows = self.rows, outer
        return [
            Row("moveTo", new=row.new, move=name, old=row.old, ops=row.ops, inner=row.kind)
            for row in inner
            if row.new is not None
        ]

    def _move_name(self, old_eid: str) -> str:
        return self.move_names.setdefault(old_eid, f"move{len(self.move_names) + 1}")


def _fitting(ops: tuple[TextOp, ...], old: str, new: str) -> tuple[TextOp, ...]:
    """Return `ops` if they turn exactly `old` into `new`, else no ops."""
    if not ops or "".join(o.old for o in ops) != old or "".join(o.new for o in ops) != new:
        return ()
    return ops


# --- rows as tracked-change paragraphs ------------------------------------------------------


def _same_block(a: Row, b: Row) -> bool:
    return a.kind == b.kind and a.move == b.move and bool(a.move)


def _redline_row(
    row: Row, styles: _Styles, rev: ooxml.Revisions, mark: str, edges: tuple[str, str]
) -> str:
    """Return one paragraph of the redline; `edges` open and close a range (move, comment)."""
    start, end = edges
    change = ""
    if row.kind == "same":
        para, runs = row.new, plain_runs(row.new)
    elif row.kind == "changed":
        para, runs, change = row.new, _changed_runs(row, rev), _style_change(row, styles, rev)
    elif row.kind == "inserted":
        para, runs = row.new, rev.ins(plain_runs(row.new))
    elif row.kind == "deleted":
        para, runs = row.old, rev.deleted(row.old.plain())
    elif row.kind == "moveTo" and row.inner == "inserted":
        para, runs = row.new, rev.ins(plain_runs(row.new))
    elif row.kind == "moveTo" and row.inner == "changed":
        para, runs = row.new, rev.moved("moveTo", _changed_runs(row, rev))
        change = _style_change(row, styles, rev)
    else:
        para = row.old if row.kind == "moveFrom" else row.new
        runs = rev.moved(row.kind, plain_runs(para))
    mark_xml = rev.mark(mark) if mark else ""
    return paragraph_xml(para, styles, start + runs + end, mark=mark_xml, change=change)


def plain_runs(para: Para) -> str:
    """Return the run XML of a paragraph as the Word renderer writes it."""
    text = ooxml.text_run(para.text)
    if not para.labelled:
        return text
    return ooxml.text_run(para.label) + ooxml.tab_run() + text


def _changed_runs(row: Row, rev: ooxml.Revisions) -> str:
    ops = row.ops or word_ops(row.old.text, row.new.text)
    return _label_runs(row.old, row.new, rev) + _word_runs(ops, rev)


def _style_change(row: Row, styles: _Styles, rev: ooxml.Revisions) -> str:
    if row.old.style == row.new.style:
        return ""
    return rev.style_change(styles[row.old.style])


def _label_runs(old: Para, new: Para, rev: ooxml.Revisions) -> str:
    if old.labelled and new.labelled:
        if old.label == new.label:
            return ooxml.text_run(new.label) + ooxml.tab_run()
        return rev.deleted(old.label) + rev.inserted(new.label) + ooxml.tab_run()
    gone = rev.deleted(old.label + "\t") if old.labelled else ""
    came = rev.ins(ooxml.text_run(new.label) + ooxml.tab_run()) if new.labelled else ""
    return gone + came


def _word_runs(ops: tuple[TextOp, ...], rev: ooxml.Revisions) -> str:
    out = []
    for op in ops:
        if op.op == "equal":
            out.append(ooxml.text_run(op.old))
        else:
            out.append(rev.deleted(op.old) + rev.inserted(op.new))
    return "".join(out) or ooxml.text_run("")


def paragraph_xml(
    para: Para, styles: _Styles, runs: str, *, mark: str = "", change: str = ""
) -> str:
    """Return a paragraph in the style, keep-with-next and indent of `para`, holding `runs`."""
    indent = None
    if para.shift:
        left, hanging = styles.indent(para.style)
        indent = (left + para.shift, hanging)
    return ooxml.paragraph(
        styles[para.style], runs, keep_next=para.keep_next, indent=indent, mark=mark, change=change
    )


# --- document metadata ----------------------------------------------------------------------


def bill_title(bill: Bill) -> str:
    """Return the citeertitel of a bill, or its opschrift when it has none."""
    return bill.citeertitel or bill.opschrift


def document_properties(old: Bill, new: Bill, kind: str) -> ooxml.Properties:
    """Return the document properties of a comparison of two versions ("Wijzigingen"...)."""
    versions = f"{old.version.label} → {new.version.label}"
    return ooxml.Properties(
        title=f"{bill_title(new)}, {kind.lower()} {versions}",
        subject=new.opschrift,
        version=new.version.label,
        status=new.version.stage.value,
        creator=f"Ministerie van {new.ministry}" if new.ministry else "",
        keywords="wetsvoorstel; wijzigingen",
        custom=(
            ("Documentsoort", kind),
            ("Citeertitel", new.citeertitel),
            ("Oude versie", f"{old.version.label} ({dutch_date(old.version.date)})"),
            ("Nieuwe versie", f"{new.version.label} ({dutch_date(new.version.date)})"),
        ),
    )
