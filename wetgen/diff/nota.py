"""The nota van wijziging: the changes from one version of a bill to the next as lettered
amendment instructions on the bill itself, in the formulas of the Aanwijzingen (Ar 6.9–6.18).

References name units as the bill stands; a unit renumbered by an earlier instruction of the
nota is named by its new number with "(nieuw)". A list of siblings whose changes one formula
cannot carry (a renumbering with several insertions or deletions in it) is replaced whole
("… komt te luiden:"), and so is the nearest unit that holds both places of a moved unit.
What cannot be said that way (the bill's own articles moved, or renumbered around several
insertions or deletions) raises UsageError.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from wetgen import ids
from wetgen.amend.instructions import EditAction, NotaEdit, NotaUnit, Path
from wetgen.diff.changes import Change, ChangeSet
from wetgen.diff.mvt_sections import prose_paras
from wetgen.diff.nota_names import Chain, Namer, payload_depth, scope, unit_values
from wetgen.diff.nota_parts import TITLE, KamerstukHeading, kamerstuk_heading, nota_explanations
from wetgen.diff.nota_plan import NotaPlan, chains, path_of
from wetgen.diff.nota_text import (
    capital,
    designation,
    many,
    quotable_edits,
    renumbered_verb,
    renumbering_phrase,
    the_article,
    unit_lines,
    unit_noun,
)
from wetgen.diff.tree import INSTRUCTION, UnitNode, bill_tree
from wetgen.errors import UsageError
from wetgen.model import Bill

OPENING = "Het voorstel van wet wordt als volgt gewijzigd:"
UNCHANGED = "Het voorstel van wet wordt niet gewijzigd."


@dataclass(frozen=True)
class NotaItem:
    """One lettered onderdeel of the nota: its formula, the text that follows "luidende:",
    what it does as data (for `wetgen.amend.apply.apply_nota`), and the unit of the bill it
    changes: its eId in NEW (in OLD when it is deleted, `side` "old") and whether the change
    only follows a renumbering (`technical`)."""

    sentence: str
    content: tuple[str, ...] = ()
    edits: tuple[NotaEdit, ...] = ()
    unit: str = ""
    side: str = "new"
    technical: bool = False


def render_nota(old: Bill, new: Bill, changes: ChangeSet, *, heading: KamerstukHeading | None = None) -> str:
    """Return the nota van wijziging that turns OLD into NEW, as plain text: the Kamerstuk
    heading (`heading`, default from NEW), the onderdelen, the toelichting and the signature."""
    items = nota_items(old, new, changes)
    out = [*(heading or kamerstuk_heading(new)).lines(), ""]
    if not items:
        return "\n".join([*out, UNCHANGED, ""])
    out += [OPENING, ""]
    for n, item in enumerate(items, start=1):
        out += [ids.onderdeel_letter(n), "", item.sentence, ""]
        if item.content:
            out += [*item.content, ""]
    out += [TITLE, ""]
    for entry in nota_explanations(items, new, changes):
        out += [entry.heading, ""]
        out += [line for para in prose_paras(entry.markdown) for line in (para.plain().replace("\t", " "), "")]
    return "\n".join([*out, *new.signatories, ""])


def nota_items(old: Bill, new: Bill, changes: ChangeSet) -> list[NotaItem]:
    """Return the nota's onderdelen for a change set between OLD and NEW, in document order."""
    old_root, new_root = bill_tree(old), bill_tree(new)
    nota = _Nota(chains(old_root), chains(new_root), changes.changes, changes.pairs)
    nota.quotes = (new.style.quotes[:1], new.style.quotes[-1:])
    nota.values = unit_values(new_root, new.body)
    return nota.items()


@dataclass
class _Nota(NotaPlan):
    done: set[tuple[str, str]] = field(default_factory=set)
    values: dict[str, NotaUnit] = field(default_factory=dict)  # NEW's model units by eId
    quotes: tuple[str, str] = ("«", "»")  # the bill's quotation marks (Ar 6.9)

    def q(self, words: str) -> str:
        """Return words between the bill's quotation marks."""
        return f"{self.quotes[0]}{words}{self.quotes[1]}"

    def items(self) -> list[NotaItem]:
        """Return the nota's onderdelen."""
        self.names = Namer({r.new_eid: r.old for c in self.changes for r in c.renumbering})
        wholes = self.plan()
        out: list[NotaItem] = []
        for change in self.changes:
            whole = next((w for w in wholes if self.inside(change, w)), None)
            if whole is None:
                out.extend(_about(item, change) for item in self._item(change))
            elif ("whole", whole[0]) not in self.done:
                self.done.add(("whole", whole[0]))
                out.append(replace(self._whole(*whole), unit=whole[1]))
        return out

    # --- one change -----------------------------------------------------------------------

    def _item(self, change: Change) -> list[NotaItem]:
        if change.kind == "changed":
            return self._changed(change)
        if change.kind == "renumbered":
            return [] if change.caused_by else self._renumbered(change)
        if change.kind == "moved":
            return []  # always inside a unit that komt te luiden (see _move_wholes)
        eid = change.new_eid or change.old_eid
        if (change.kind, eid) in self.done:
            return []
        if eid in self.replaced or eid in self.replaced.values():
            old_eid = eid if change.kind == "deleted" else self._replaced_by(eid)
            self.done.update({("deleted", old_eid), ("inserted", self.replaced[old_eid])})
            return [self._whole(old_eid, self.replaced[old_eid])]
        group = self.group(change)
        self.done.update((change.kind, n.eid) for n in group)
        chain = (self.new if change.kind == "inserted" else self.old)[eid]
        parent = chain[-2].eid if len(chain) > 1 else ""
        note = self._caused_note(change.kind, parent)
        if change.kind == "inserted":
            item = self._inserted(group, note)
        else:
            item = self._deleted(group, note)
        if note is not None:
            self.names.rename(note)
        return [item]

    def _replaced_by(self, new_eid: str) -> str:
        return next(old for old, new in self.replaced.items() if new == new_eid)

    def _caused_note(self, kind: str, parent: str) -> Change | None:
        side = "new_eid" if kind == "inserted" else "old_eid"
        return next(
            (
                c
                for c in self.changes
                if c.kind == "renumbered" and c.caused_by and getattr(c, side) == parent
            ),
            None,
        )

    def _changed(self, change: Change) -> list[NotaItem]:
        chain = self.old[change.old_eid]
        edits = quotable_edits(change.text, change.old_text(), change.new_text(), scope(chain).full_text())
        if edits is None:
            return [self._rewritten(chain, self.new[change.new_eid])]
        items = []
        own = (self.values[change.new_eid],)
        target = (path_of(chain),)
        for words in edits:
            where = self.names.opening(chain)
            inner = self.names.inner(chain)
            within = f"in {inner} " if inner else ""
            if words.action == "replace":
                text = f"{where}wordt {within}{self.q(words.old)} vervangen door {self.q(words.new)}."
            elif words.action == "delete":
                text = f"{where}vervalt {within}{self.q(words.old)}."
            else:
                text = f"{where}wordt {within}na {self.q(words.anchor)} ingevoegd {self.q(words.new)}."
            action = _WORD_ACTIONS[words.action]
            edit = NotaEdit(action, target, words.old, words.new, words.anchor, units=own)
            items.append(NotaItem(text, edits=(edit,)))
        return items

    def _rewritten(self, chain: Chain, new_chain: Chain) -> NotaItem:
        """Return "X komt te luiden:" for a unit whose word edits cannot be quoted one by one."""
        content = tuple(unit_lines(scope(new_chain)))
        old_scope = chain[: chain.index(scope(chain)) + 1]
        edits = (self._replace(old_scope, new_chain[len(old_scope) - 1].eid),)
        inner = self.names.inner(chain)
        if inner:
            return NotaItem(f"{self.names.opening(chain)}komt {inner} te luiden:", content, edits)
        return NotaItem(f"{self.names.subject(chain)} komt te luiden:", content, edits)

    def _replace(self, old_chain: Chain, new_eid: str) -> NotaEdit:
        return NotaEdit(EditAction.REPLACE, (path_of(old_chain),), units=(self.values[new_eid],))

    def _renumbering(self, note: Change | None) -> tuple[tuple[Path, str], ...]:
        if note is None:
            return ()
        return tuple((path_of(self.old[r.old_eid]), r.new) for r in note.renumbering)

    def _renumbered(self, note: Change) -> list[NotaItem]:
        items = []
        for r in note.renumbering:
            chain = self.old[r.old_eid]
            node = chain[-1]
            tail = f"wordt {renumbered_verb(node)} tot {designation(node, r.new)}."
            edits = (
                NotaEdit(
                    EditAction.RENUMBER, (path_of(chain),), renumbering=((path_of(chain), r.new),)
                ),
            )
            inner = self.names.inner(chain)
            if inner:
                text = f"{self.names.opening(chain)}wordt {inner} {tail[6:]}"
            else:
                text = f"{self.names.subject(chain)} {tail}"
            items.append(NotaItem(text, edits=edits))
        self.names.rename(note)
        return items

    def _deleted(self, group: list[UnitNode], note: Change | None) -> NotaItem:
        chain = self.old[group[0].eid]
        node = chain[-1]
        verb = "vervalt" if len(group) == 1 else "vervallen"
        renum = f", onder {self._renum_phrase(note)}" if note else ""
        numbers = [self.names.number_old(n) for n in group]
        targets = tuple(path_of((*chain[:-1], n)) for n in group)
        edits = (NotaEdit(EditAction.DELETE, targets, renumbering=self._renumbering(note)),)
        if payload_depth(chain[:-1]) is None or node.kind == INSTRUCTION:
            parent = self.names.phrase(chain[:-1], self.names.number_old)
            subject = ", ".join(filter(None, [parent, many(node, numbers)]))
            comma = "," if "," in subject else ""
            return NotaItem(f"{capital(subject)}{comma} {verb}{renum}.", edits=edits)
        inner_parent = self.names.inner(chain[:-1])
        which = f"{the_article(node)}{many(node, numbers)}"
        where = (
            f"in {inner_parent} {which}"
            if inner_parent
            else f"het voorgestelde {many(node, numbers)}"
        )
        return NotaItem(f"{self.names.opening(chain[:-1])}{verb} {where}{renum}.", edits=edits)

    def _inserted(self, group: list[UnitNode], note: Change | None) -> NotaItem:
        chain = self.new[group[0].eid]
        node, count = chain[-1], len(group)
        siblings = self.siblings(self.new, chain)
        at = siblings.index(node)
        before = siblings[at - 1] if at > 0 else None
        after = siblings[at + count] if at + count < len(siblings) else None
        what = f"{'een' if count == 1 else ids.cardinal(count)} {unit_noun(node, count)}"
        verb = "wordt" if count == 1 else "worden"
        content = tuple(line for n in group for line in unit_lines(n))
        renum = self._renum_phrase(note) if note else ""
        payload = payload_depth(chain[:-1]) is not None and node.kind != INSTRUCTION
        edits = (self._insert_edit(group, chain, before, after, note, payload),)
        if not payload:
            text = self._insert_in_bill(chain, before, after, what, verb, renum)
        else:
            text = self._insert_in_payload(chain, before, after, what, verb, renum)
        return NotaItem(text, content, edits)

    def _insert_edit(self, group, chain, before, after, note, payload) -> NotaEdit:
        """Return the insertion as data: added at the end, or placed next to a sibling."""
        units = tuple(self.values[n.eid] for n in group)
        renumbering = self._renumbering(note)
        if after is None and (payload or len(chain) > 1):
            parent = self._old_path(chain[:-1])
            return NotaEdit(EditAction.ADD, (parent,), units=units, renumbering=renumbering)
        sibling = before or after
        path = self._old_path((*chain[:-1], sibling))
        return NotaEdit(
            EditAction.INSERT, (path,), before=before is None, units=units, renumbering=renumbering
        )

    def _old_path(self, new_chain: Chain) -> Path:
        """Return the path in OLD of a unit of NEW that the nota does not bring in itself."""
        if not new_chain:
            return ()
        eid = new_chain[-1].eid
        old = self.old_of.get(eid) or next((o for o, n in self.replaced.items() if n == eid), None)
        if old is None or old not in self.old:
            raise UsageError(f"the nota van wijziging cannot place a unit next to {eid}")
        return path_of(self.old[old])

    def _insert_in_bill(self, chain, before, after, what, verb, renum) -> str:
        parent = self.names.phrase(chain[:-1], self.names.number_new)
        under = f"Onder {renum} {verb}" if renum else ""
        if after is None and parent:  # toevoegen: at the end (Ar 6.11)
            comma = "," if "," in parent else ""
            if under:
                return f"{under} aan {parent}{comma} {what} toegevoegd, luidende:"
            return f"Aan {parent}{comma} {verb} {what} toegevoegd, luidende:"
        sibling = before or after
        if sibling is None:
            raise UsageError("the nota van wijziging cannot insert into an empty bill")
        place = self.names.phrase((*chain[:-1], sibling), self.names.number_new)
        word = "na" if before is not None else "voor"
        comma = "," if "," in place else ""
        if under:
            return f"{under} {word} {place}{comma} {what} ingevoegd, luidende:"
        return f"{capital(word)} {place}{comma} {verb} {what} ingevoegd, luidende:"

    def _insert_in_payload(self, chain, before, after, what, verb, renum) -> str:
        opening = self.names.opening(chain[:-1])
        inner_parent = self.names.inner(chain[:-1])
        under = f", onder {renum}," if renum else ""
        if after is None:
            to = f" aan {inner_parent}" if inner_parent else ""
            return f"{opening}{verb}{to}{under} {what} toegevoegd, luidende:"
        sibling = before or after
        word = "na" if before is not None else "voor"
        name = designation(sibling, self.names.number_new(sibling))
        name = f"{the_article(sibling)}{name}" if inner_parent else f"het voorgestelde {name}"
        within = f" in {inner_parent}" if inner_parent else ""
        return f"{opening}{verb}{within}{under} {word} {name} {what} ingevoegd, luidende:"

    def _whole(self, old_eid: str, new_eid: str) -> NotaItem:
        chain = self.old[old_eid]
        content = tuple(unit_lines(self.new[new_eid][-1]))
        edits = (self._replace(chain, new_eid),)
        inner = self.names.inner(chain)
        if inner:
            return NotaItem(f"{self.names.opening(chain)}komt {inner} te luiden:", content, edits)
        return NotaItem(f"{self.names.subject(chain)} komt te luiden:", content, edits)

    def _renum_phrase(self, note: Change) -> str:
        first = self.old[note.renumbering[0].old_eid][-1]
        return renumbering_phrase(
            first, [r.old for r in note.renumbering], [r.new for r in note.renumbering]
        )


def _about(item: NotaItem, change: Change) -> NotaItem:
    """Return the item with the unit of the bill its change is about."""
    side = "old" if change.kind == "deleted" else "new"
    technical = change.consequential or change.kind == "renumbered"
    return replace(item, unit=change.new_eid or change.old_eid, side=side, technical=technical)


_WORD_ACTIONS = {
    "replace": EditAction.REPLACE_WORDS,
    "delete": EditAction.DELETE_WORDS,
    "insert": EditAction.INSERT_WORDS,
}
