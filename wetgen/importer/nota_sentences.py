"""The sentences of a nota van wijziging read back into `NotaEdit`s on the bill they amend: the
inverse of `wetgen.diff.nota`.

Every unit of the bill is named beforehand the way the nota names it (`wetgen.diff.nota_names`:
"In artikel I, onderdeel A, ", "het voorgestelde zesde lid", "Artikel I, onderdeel D,"), so a
sentence is read by its formula and the names in it are looked up, never guessed. A renumbering
("vernummerd tot", "onder verlettering van …") is read back by wording the renumbering the
place allows and keeping it only when it prints the same words; later sentences then name those
units "(nieuw)", as the nota does. A sentence that does not read returns the reason as a string.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from wetgen import ids
from wetgen.amend import formulas as f
from wetgen.amend.instructions import EditAction, NotaEdit, NotaUnit
from wetgen.amend.parse import parse_instruction
from wetgen.diff.nota_names import Chain, Namer, scope, unit_values
from wetgen.diff.nota_plan import chains, path_of
from wetgen.diff.nota_text import (
    capital,
    count_words,
    designation,
    many,
    renumbering_phrase,
    replace_words_once,
    the_article,
    tidy,
)
from wetgen.diff.tokens import normalise_space
from wetgen.diff.tree import INSTRUCTION, UnitNode, bill_tree
from wetgen.importer.errors import ImportRefused
from wetgen.model import Action, Article, Bill, Division, Instruction

ContentReader = Callable[[tuple[str, ...], str], tuple[NotaUnit, ...]]


def _either(words: object) -> str:
    """Return a group that matches any of `words` (from the formula table), literally."""
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"  # type: ignore[attr-defined]


# The verbs and the renumbering words are the formula table's (wetgen.amend.formulas), as the
# nota (wetgen.diff.nota_text) prints them.
_WORDT, _VERVALT = _either(f.VERBS["wordt"]), _either(f.VERBS["vervalt"])
_RENUMBERED = _either(f.RENUMBERED.values())
_RENUM = rf"(?P<renum>{_either(f.RENUMBER_NOUNS.values())} van .+? tot .+?)"
# the new units, with the older words real notas use too: "een nieuw onderdeel (L1)"
_COUNT = r"(?P<what>(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (?:nieuwe? )?\w+)(?: [0-9A-Z][0-9A-Za-z]*)?"
# "luidende:", or "dat luidt:" / "die luiden:" with or without "als volgt"
_LUIDENDE = rf",? (?:{_either(w for forms in f.LUIDENDE_FORMS.values() for w in forms)})(?: als volgt)?:"
_WORD_ACTIONS = {"vervangen": EditAction.REPLACE_WORDS, "vervalt": EditAction.DELETE_WORDS,
                 "ingevoegd": EditAction.INSERT_WORDS}  # fmt: skip


class SentenceReader:
    """Reads the sentences of one nota against one bill, in the nota's order."""

    def __init__(self, bill: Bill, content: ContentReader) -> None:
        self.content = content
        root = bill_tree(bill)
        self.root = root
        self.chains = chains(root)
        self.values = unit_values(root, bill.body)
        self.namer = Namer({})
        self.current: dict[str, tuple[NotaUnit, str]] = {}  # eId → the unit and its text as changed so far
        self.unread: set[str] = set()  # changed sentences that read only once the nota is applied
        q = bill.style.quotes
        self.q = (re.escape(q[:1]), re.escape(q[-1:]))
        self._index()

    def _index(self) -> None:
        self.by_place: dict[tuple[str, str], list[Chain]] = {}  # (opening, inner) → chains
        self.by_subject: dict[str, list[Chain]] = {}
        self.by_phrase: dict[str, Chain] = {}
        n = self.namer
        for chain in self.chains.values():
            self.by_place.setdefault((n.opening(chain), n.inner(chain)), []).append(chain)
            self.by_subject.setdefault(n.subject(chain), []).append(chain)
            self.by_phrase.setdefault(n.phrase(chain, n.number_old), chain)
            if chain[-1].kind == INSTRUCTION and len(chain) > 1 and len(chain[-2].children) == 1:
                # a lone change is named "onder 1" once a sibling is inserted next to it
                own = f"{n.phrase(chain[:-1], n.number_old)}, {designation(chain[-1], chain[-1].number)}"
                self.by_phrase.setdefault(own, chain)

    # --- reading one sentence -----------------------------------------------------------------

    def read(self, sentence: str, content: tuple[str, ...]) -> NotaEdit | str:
        """Return what a sentence of the nota does, with the new text after it; or why not."""
        text = normalise_space(sentence)
        for form in (self._words, self._replace, self._renumber, self._delete, self._insert, self._add):
            try:
                found = form(text, content)
            except ImportRefused as exc:
                return f"its new text does not read as units: {exc.reason}"
            if found is not None:
                return found
        return f"no formula of a nota van wijziging matches, or it names a unit the bill does not have: {text}"

    def _place(self, opening: str, inner: str) -> Chain | None:
        found = self.by_place.get((opening, inner or ""))
        return found[-1] if found else None  # the deepest: a lone instruction rather than its onderdeel

    def _words(self, text: str, content: tuple[str, ...]) -> NotaEdit | str | None:
        a, b = self.q
        m = re.match(rf"^(?P<o>In .+? )(?P<verb>wordt|vervalt) (?:in (?P<i>het voorgestelde .+?) )?"
                     rf"(?:na {a}(?P<anchor>.+?){b} ingevoegd {a}(?P<ins>.+?){b}|{a}(?P<old>.+?){b}"
                     rf"(?: vervangen door {a}(?P<new>.*?){b})?)\.$", text)  # fmt: skip
        if not m:
            return None
        chain = self._place(m["o"], m["i"] or "")
        if chain is None:
            return f"names a unit the bill does not have: {m['o'].strip()} {m['i'] or ''}".strip()
        if m["anchor"] is not None:
            action, find, by = EditAction.INSERT_WORDS, m["anchor"], f"{m['anchor']} {m['ins']}"
        elif m["new"] is not None:
            action, find, by = EditAction.REPLACE_WORDS, m["old"], m["new"]
        elif m["verb"] == "vervalt":
            action, find, by = EditAction.DELETE_WORDS, m["old"], ""
        else:
            return None
        node = chain[-1]
        count = _count(find, scope(chain).full_text())
        if count != 1:
            where = "not found" if count == 0 else f"found {count} times (without 'telkens')"
            return f"the words «{find}» are {where} in {self.namer.phrase(chain, self.namer.number_old)}"
        value, own = self.current.get(node.eid, (self.values[node.eid], node.text))
        if _count(find, own) != 1:
            return f"the words «{find}» are not in the text of the unit named"
        own = _replace_once(own, find, by)
        unit = self._with_text(value, own)
        if isinstance(unit, str):
            return unit
        self.current[node.eid] = (unit, own)
        return NotaEdit(action, (path_of(chain),), m["old"] or "", m["new"] or m["ins"] or "",
                        m["anchor"] or "", units=(unit,))  # fmt: skip

    def _with_text(self, unit: NotaUnit, text: str) -> NotaUnit | str:
        text = tidy(text)
        if isinstance(unit, Division):
            return replace(unit, opschrift=text)
        if isinstance(unit, Article):
            if not unit.opschrift:
                return replace(unit, text=text)
            if not unit.text:
                return replace(unit, opschrift=text)
            if text.startswith(unit.opschrift):
                return replace(unit, text=text[len(unit.opschrift) :].strip())
            if unit.text and text.endswith(unit.text):
                return replace(unit, opschrift=text[: -len(unit.text)].strip())
            return "the change reaches over the opschrift and the text of the article"
        if isinstance(unit, Instruction):
            extra = unit.new if unit.action is Action.REPLACE else ""  # new words printed after it
            sentence = text.removesuffix(extra).strip() if extra else text
            found = parse_instruction(sentence, unit.payload, extra)
            if not isinstance(found, Instruction):
                # one of several changes to it: read again once the nota is applied (`settle`)
                self.unread.add(sentence)
                return replace(unit, action=Action.FREE, free_text=sentence, new=extra)
            return replace(found, children=unit.children)
        return replace(unit, text=text)

    def _replace(self, text: str, content: tuple[str, ...]) -> NotaEdit | str | None:
        m = re.match(r"^(?P<o>In .+? )komt (?P<i>het voorgestelde .+) te luiden:$", text)
        if m:
            chains = self.by_place.get((m["o"], m["i"]), [])
        else:
            m = re.match(r"^(?P<s>.+?) komt te luiden:$", text)
            if not m:
                return None
            chains = self.by_subject.get(m["s"], [])
        if not chains:
            return f"names a unit the bill does not have: {text.removesuffix(' te luiden:')}"
        lettered = bool(content) and re.fullmatch(r"[A-Z]{1,2}", content[0].strip()) is not None
        chain = next((c for c in chains if (c[-1].kind == "onderdeel") == lettered), chains[-1])
        units = self._amending_article(chain[-1], content) or self.content(content, _content_kind(chain[-1]))
        if len(units) != 1:
            return f"the new text holds {len(units)} units where one {chain[-1].kind} was named"
        return NotaEdit(EditAction.REPLACE, (path_of(chain),), units=units)

    def _amending_article(self, node: UnitNode, content: tuple[str, ...]) -> tuple[NotaUnit, ...]:
        """Return an amending article that "komt te luiden" as the nota prints it: its heading and
        its onderdelen, without the opening line that names the law (that stays the bill's)."""
        old = self.values[node.eid]
        head = re.match(r"^(?:ARTIKEL|Artikel) (?P<number>\S+?)\.?(?: (?P<opschrift>.+))?$", content[0].strip()) if content else None
        if not isinstance(old, Article) or not old.is_amending or head is None:
            return ()
        onderdelen = self.content(content[1:], "onderdeel")
        if not onderdelen:
            return ()
        return (replace(old, number=head["number"], opschrift=head["opschrift"] or "", onderdelen=onderdelen),)

    def _renumber(self, text: str, content: tuple[str, ...]) -> NotaEdit | str | None:
        m = re.match(rf"^(?P<o>In .+? )wordt (?P<i>het voorgestelde .+) {_RENUMBERED} tot (?P<to>.+)\.$", text)
        chains = self.by_place.get((m["o"], m["i"]), []) if m else []
        if not m:
            m = re.match(rf"^(?P<s>.+?) wordt {_RENUMBERED} tot (?P<to>.+)\.$", text)
            if not m:
                return None
            chains = self.by_subject.get(m["s"], [])
        if not chains:
            return "names a unit the bill does not have"
        chain = chains[0]  # the onderdeel rather than its lone instruction, which prints alike
        number = _number_of(chain[-1], m["to"])
        if number is None:
            return f"cannot read the new number: {m['to']}"
        self._renamed([(chain[-1], number)])
        return NotaEdit(EditAction.RENUMBER, (path_of(chain),), renumbering=((path_of(chain), number),))

    def _delete(self, text: str, content: tuple[str, ...]) -> NotaEdit | str | None:
        m = re.match(rf"^(?P<s>.+?) {_VERVALT}(?:, onder {_RENUM})?\.$", text)
        if not m or text.startswith("In "):
            m2 = re.match(rf"^(?P<o>In .+? ){_VERVALT} (?P<what>.+?)(?:, onder {_RENUM})?\.$", text)
            if not m2:
                return None
            return self._delete_in_payload(m2)
        chains = self.by_subject.get(m["s"], [])
        if chains:
            chain = chains[0]
            return self._removal(chain[:-1], [chain[-1]], m["renum"])
        subject = m["s"].removesuffix(",")
        outer, _, run = subject.rpartition(", ")
        parent = self.by_phrase.get(outer[:1].lower() + outer[1:]) if outer else ()
        if parent is not None:
            siblings = parent[-1].children if parent else self.root.children
            for nodes in _runs(siblings):
                name = many(nodes[0], [self.namer.number_old(n) for n in nodes])
                if (name if outer else capital(name)) == run:
                    return self._removal(parent, nodes, m["renum"])
        return f"names a unit the bill does not have: {m['s']}"

    def _delete_in_payload(self, m: re.Match[str]) -> NotaEdit | str:
        for parent in self.chains.values():
            if self.namer.opening(parent) != m["o"]:
                continue
            inner = self.namer.inner(parent)
            for nodes in _runs(parent[-1].children, single=True):
                name = many(nodes[0], [self.namer.number_old(n) for n in nodes])
                what = f"in {inner} {the_article(nodes[0])}{name}" if inner else f"het voorgestelde {name}"
                if what == m["what"]:
                    return self._removal(parent, nodes, m["renum"])
        return f"names a unit the bill does not have: {m['o']}{m['what']}"

    def _removal(self, parent: Chain, gone: list[UnitNode], renum: str | None) -> NotaEdit | str:
        siblings = list(parent[-1].children) if parent else list(self.root.children)
        at = siblings.index(gone[0])
        renumbering = self._renumbering(parent, siblings[at + len(gone) :], siblings[at:], renum)
        if isinstance(renumbering, str):
            return renumbering
        targets = tuple(path_of((*parent, node)) for node in gone)
        return NotaEdit(EditAction.DELETE, targets, renumbering=renumbering)

    def _renumbering(self, parent: Chain, moving: list[UnitNode], numbers: list[UnitNode],
                     renum: str | None) -> tuple | str:  # fmt: skip
        if not renum:
            return ()
        for count in range(1, len(moving) + 1):
            old, new = moving[:count], [n.number for n in numbers[:count]]
            if renumbering_phrase(old[0], [self.namer.number_old(n) for n in old], new) == renum:
                self._renamed(list(zip(old, new, strict=True)))
                return tuple((path_of((*parent, n)), number) for n, number in zip(old, new, strict=True))
        return f"the renumbering is not one wetgen reads: {renum}"

    def _renamed(self, pairs: list[tuple[UnitNode, str]]) -> None:
        for node, number in pairs:
            self.namer.renamed_old[node.eid] = number
        self._index()

    def _insert(self, text: str, content: tuple[str, ...]) -> NotaEdit | str | None:
        renum, text = _opening_renumbering(text, "na|voor|aan")
        m = re.match(rf"^(?P<word>[Nn]a|[Vv]oor) (?P<place>.+?),? (?:{_WORDT} )?{_COUNT} ingevoegd{_LUIDENDE}$", text)
        if m:
            sibling = self.by_phrase.get(m["place"])
            if sibling is None:
                return f"names a unit the bill does not have: {m['place']}"
            return self._inserted(sibling[:-1], sibling[-1], m["word"].lower() == "voor", m["what"], renum, content)
        m = re.match(rf"^(?P<o>In .+? ){_WORDT}(?: in (?P<i>het voorgestelde .+?))?(?:, onder {_RENUM},)? "
                     rf"(?P<word>na|voor) (?P<name>.+?) {_COUNT} ingevoegd{_LUIDENDE}$", text)  # fmt: skip
        if not m:
            return None
        parent = self._place(m["o"], m["i"] or "")
        if parent is None:
            return f"names a unit the bill does not have: {m['o']}{m['i'] or ''}"
        for node in parent[-1].children:
            name = designation(node, self.namer.number_old(node))
            if m["name"] == (f"{the_article(node)}{name}" if m["i"] else f"het voorgestelde {name}"):
                return self._inserted(parent, node, m["word"] == "voor", m["what"], m["renum"], content)
        return f"names a unit the bill does not have: {m['name']}"

    def _add(self, text: str, content: tuple[str, ...]) -> NotaEdit | str | None:
        renum, text = _opening_renumbering(text, "aan")
        m = re.match(rf"^[Aa]an (?P<place>.+?),? (?:{_WORDT} )?{_COUNT} toegevoegd{_LUIDENDE}$", text)
        if m:
            parent = self.by_phrase.get(m["place"])
        else:
            m = re.match(rf"^(?P<o>In .+? ){_WORDT}(?: aan (?P<i>het voorgestelde .+?))?(?:, onder {_RENUM},)? "
                         rf"{_COUNT} toegevoegd{_LUIDENDE}$", text)  # fmt: skip
            if not m:
                return None
            parent, renum = self._place(m["o"], m["i"] or ""), m["renum"]
        if parent is None:
            return "names a unit the bill does not have"
        units = self.content(content, _noun_kind(m["what"], parent[-1]))
        renumbering = self._renumbering(parent, [], [], renum) if renum else ()
        if isinstance(renumbering, str):
            return renumbering
        return NotaEdit(EditAction.ADD, (path_of(parent),), units=units, renumbering=renumbering)

    def _inserted(self, parent: Chain, sibling: UnitNode, before: bool, what: str, renum: str | None,
                  content: tuple[str, ...]) -> NotaEdit | str:  # fmt: skip
        units = self.content(content, sibling.kind if sibling.kind != INSTRUCTION else "wijziging")
        if not units:
            return "no new text after 'luidende:'"
        siblings = list(parent[-1].children) if parent else list(self.root.children)
        at = siblings.index(sibling) + (0 if before else 1)
        renumbering = self._shifted(parent, siblings[at:], len(units), renum) if renum else ()
        if isinstance(renumbering, str):
            return renumbering
        return NotaEdit(EditAction.INSERT, (path_of((*parent, sibling)),), before=before, units=units, renumbering=renumbering)

    def _shifted(self, parent: Chain, moving: list[UnitNode], by: int, renum: str) -> tuple | str:
        """Return the renumbering of the units after an insertion, each moved `by` places on."""
        for count in range(1, len(moving) + 1):
            old = moving[:count]
            new = [_step(n.number, by, n.kind) for n in old]
            if None not in new and renumbering_phrase(old[0], [self.namer.number_old(n) for n in old], new) == renum:  # type: ignore[arg-type]
                self._renamed(list(zip(old, new, strict=True)))  # type: ignore[arg-type]
                return tuple((path_of((*parent, n)), number) for n, number in zip(old, new, strict=True))
        return f"the renumbering is not one wetgen reads: {renum}"


def _opening_renumbering(text: str, next_words: str) -> tuple[str | None, str]:
    """Return the renumbering a sentence opens with ("Onder vernummering van … wordt") and the
    rest of it, which starts with one of `next_words`; else None and the sentence."""
    m = re.match(rf"^Onder {_RENUM} {_WORDT} (?P<rest>(?:{next_words}) .+)$", text)
    return (m["renum"], m["rest"]) if m else (None, text)


def _step(number: str, by: int, kind: str) -> str | None:
    """Return the number `by` places after `number` in its own kind of numbering (a letter of
    an amending onderdeel, a Roman article number, a list letter, a plain number, 28a)."""
    if number.isdigit():
        return str(int(number) + by)
    if kind == "onderdeel" and re.fullmatch(r"[A-Z]", number):
        return ids.onderdeel_letter(ord(number) - 64 + by)
    value = ids.roman_value(number)
    if value:
        return ids.roman(value + by)
    if re.fullmatch(r"[A-Z]", number):
        return ids.onderdeel_letter(ord(number) - 64 + by)
    if re.fullmatch(r"[a-z]", number):
        return ids.list_letter(ord(number) - 96 + by)
    m = re.fullmatch(r"(\d+)([a-z])", number)
    if m:
        return m[1] + chr(ord(m[2]) + by)
    return None


def _runs(siblings: tuple[UnitNode, ...], single: bool = False, longest: int = 40) -> list[list[UnitNode]]:
    """Return the runs of neighbouring siblings of one kind (of two or more, or with `single`
    also each alone) that a nota names together: "derde en vierde lid", "artikelen III tot en met V"."""
    out = []
    for i, first in enumerate(siblings):
        for j in range(i + (0 if single else 1), min(len(siblings), i + longest)):
            if siblings[j].kind != first.kind:
                break
            out.append(list(siblings[i : j + 1]))
    return out


def _content_kind(node: UnitNode) -> str:
    return "wijziging" if node.kind == INSTRUCTION else node.kind


def _noun_kind(what: str, parent: UnitNode) -> str:
    noun = what.split()[-1]
    if noun.startswith(("lid", "leden")):
        return "lid"
    if noun.startswith("artikel"):
        return "artikel"
    if noun.startswith("onderde") and parent.kind in ("onderdeel", INSTRUCTION):
        return "wijziging"
    if noun.startswith("onderde"):
        return "onderdeel" if parent.kind == "artikel" and any(c.kind == "onderdeel" for c in parent.children) else "item"
    return noun


def _number_of(node: UnitNode, designated: str) -> str | None:
    """Return the number in a designation of a unit of the node's kind ("derde lid" → "3")."""
    for candidate in {designated.split()[-1].removesuffix("°"), str(ids.ordinal_value(designated.split()[0]) or "")}:
        if candidate and designation(node, candidate) == designated:
            return candidate
    return None


def _count(words: str, text: str) -> int:
    return count_words(normalise_space(words), normalise_space(text))


def _replace_once(text: str, words: str, by: str) -> str:
    return replace_words_once(normalise_space(text), normalise_space(words), by)
