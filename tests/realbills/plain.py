"""The real-bill cases: read a case, print its bill as plain paragraphs the way the Staatsblad and
the Kamerstukken print it, and compare the words with the published text.

The printing goes through wetgen's own wording API only (article_intro, onderdeel_label,
word_onderdeel, the fixed formulas), so what is measured is wetgen's wording. It also runs
against an older wetgen that lacks parts of that API (for the figure before the change): what
is missing there falls back to what that version could say.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from wetgen import ids
from wetgen.amend import wording
from wetgen.loader import load_draft
from wetgen.model import Article, Division, Item, Lid

CASES = Path(__file__).parent / "cases"
# Findings about a bill as a whole that an excerpt (a few articles of a longer bill) cannot
# satisfy: they say nothing about the wording of the articles compared.
EXCERPT_FINDINGS = {"AR004", "AR012", "AR014"}


@dataclass
class Case:
    """One real bill (or part of one): the draft, the published text and how to compare them."""

    name: str
    draft: Path
    published: list[str]
    meta: dict[str, str]
    known: list[tuple[list[str], list[str]]] = field(default_factory=list)

    @property
    def scope(self) -> str:
        """Return what is compared: bill, formulas, articles or sentences."""
        return self.meta.get("scope", "articles")

    @property
    def expected_findings(self) -> list[str]:
        """Return the codes of the check findings the case documents as true for its draft."""
        return self.meta.get("check", "").split("(")[0].split()

    @property
    def is_excerpt(self) -> bool:
        """Tell whether the case is part of a bill rather than a whole bill."""
        return self.scope != "bill" or self.meta.get("closing", "yes") == "no"


def cases() -> list[Case]:
    """Return every case under cases/, sorted by name."""
    return [read_case(folder) for folder in sorted(CASES.iterdir()) if folder.is_dir()]


def read_case(folder: Path) -> Case:
    """Read a case folder: draft.yaml and published.txt with its '# key: value' header."""
    meta: dict[str, str] = {}
    known = []
    lines = []
    for line in (folder / "published.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and not lines:
            key, _, value = line[2:].partition(":")
            if key.strip() == "known":
                published, _, generated = value.partition("=>")
                known.append((published.split(), generated.split()))
            else:
                meta[key.strip()] = value.strip()
        elif line.strip():
            lines.append(line)
    return Case(folder.name, folder / "draft.yaml", lines, meta, known)


# --- printing ------------------------------------------------------------------------------------


def render(case: Case) -> list[str]:
    """Return the paragraphs wetgen prints for the part of the bill the case compares."""
    result = load_draft(case.draft)
    bill = result.bill
    lines: list[str] = []
    if case.scope in ("bill", "formulas"):
        lines += preamble(bill)
    if case.scope != "formulas":
        for node in bill.body:
            lines += body_node(node, bill, case)
    if case.scope == "formulas" or (case.scope == "bill" and case.meta.get("closing") != "no"):
        lines += closing(bill)
    return lines


def preamble(bill) -> list[str]:
    """Return the aanhef, considerans and enacting formula."""
    from wetgen import formulas

    formulier = getattr(bill, "formulier", None)
    if hasattr(formulas, "aanhef") and formulier is not None:
        aanhef, enacting = list(formulas.aanhef(formulier)), formulas.enacting_formula(formulier)
    else:
        aanhef, enacting = list(formulas.AANHEF), formulas.ENACTING_FORMULA
    clauses = list(bill.considerans)
    if clauses:
        clauses[0] = f"{formulas.CONSIDERANS_INTRO} {clauses[0]}"
    return [*aanhef, *clauses, enacting]


def closing(bill) -> list[str]:
    """Return the slotformulier, "Gegeven" and the signatories."""
    from wetgen import formulas

    formulier = getattr(bill, "formulier", None)
    if hasattr(formulas, "slotformulier") and formulier is not None:
        slot = formulas.slotformulier(formulier)
    else:
        slot = formulas.SLOTFORMULIER
    return [slot, formulas.GEGEVEN, *bill.signatories]


def body_node(node, bill, case: Case) -> list[str]:
    """Return the lines of a division or article of the bill's body."""
    if isinstance(node, Division):
        head = f"{node.kind.upper()} {node.number}. {node.opschrift.upper()}".rstrip(". ")
        lines = [head] if case.scope != "sentences" else []
        for child in node.children:
            lines += body_node(child, bill, case)
        return lines
    return article_lines(node, bill, case)


def article_lines(article: Article, bill, case: Case) -> list[str]:
    """Return an article as printed: heading, then its text or its amending onderdelen."""
    sentences_only = case.scope == "sentences"
    lines = []
    if case.meta.get("headings", "yes") != "no" and not sentences_only:
        heading = ids.article_heading(article.number, bill.is_amending_law)
        lines.append(f"{heading} {article.opschrift}".strip())
    if not article.is_amending:
        return lines + ([] if sentences_only else unit_body(article))
    style = getattr(bill, "style", None)
    intro = _call(wording.article_intro, article, style=style)
    if intro and not sentences_only:
        lines.append(intro)
    for onderdeel in article.onderdelen:
        label = _call(getattr(wording, "onderdeel_label", None), article, onderdeel, style=style, default=onderdeel.number)
        if label and not sentences_only:
            lines.append(label)
        try:
            worded = _call(wording.word_onderdeel, onderdeel, article=article, style=style)
        except Exception:  # an older wetgen may fail on what it cannot express: it says nothing
            worded = ()
        for line in worded:
            lines += worded_lines(line, sentences_only)
    return lines


def worded_lines(line, sentences_only: bool) -> list[str]:
    """Return one worded line of an onderdeel, the new text after it and the units it brings."""
    instruction = line.instruction
    if sentences_only and (instruction is None or instruction.action.value == "wijzigen"):
        return []
    text = line.sentence if sentences_only or not line.label else f"{line.label} {line.sentence}"
    lines = [text]
    new_text = getattr(line, "new_text", "")
    if new_text:
        lines.append(new_text)
    depth = 2 if instruction is not None and _is_subonderdeel(instruction) else 1
    for unit in line.payload:
        lines += payload_unit(unit, depth)
    return lines


def payload_unit(unit, depth: int = 1) -> list[str]:
    """Return a new unit after "luidende:" as printed, without quotes."""
    if isinstance(unit, Division):
        head = f"{unit.kind.capitalize()} {unit.number}. {unit.opschrift}".rstrip(". ")
        return [head, *(line for child in unit.children for line in payload_unit(child))]
    if isinstance(unit, Article):
        return [f"Artikel {unit.number} {unit.opschrift}".strip(), *unit_body(unit)]
    if isinstance(unit, Lid):
        return [f"{unit.number}. {unit.text}", *items(unit.items, 1)]
    return items((unit,), depth)


def unit_body(unit) -> list[str]:
    """Return the text of an article without its heading: text and list, or leden."""
    lines = [unit.text] if unit.text else []
    lines += items(unit.items, 1)
    for lid in unit.leden:
        lines += payload_unit(lid)
    return lines


def items(units: tuple[Item, ...], depth: int) -> list[str]:
    """Return list onderdelen (a.) or subonderdelen (1°.) with everything below them."""
    lines = []
    for item in units:
        lines.append(f"{ids.item_label(item.number, depth)} {item.text}")
        lines += items(item.items, depth + 1)
    return lines


def _is_subonderdeel(instruction) -> bool:
    target = instruction.target
    return target.unit() == "subonderdeel" or (
        instruction.action.value == "toevoegen" and target.unit() == "onderdeel"
    )


def _call(function, *args, default=None, **kwargs):
    """Call a wording function with the keyword arguments an older wetgen may not take."""
    if function is None:
        return default
    try:
        return function(*args, **kwargs)
    except TypeError:
        return function(*args)


# --- comparing -----------------------------------------------------------------------------------


def words(lines: list[str]) -> list[str]:
    """Return the words of some paragraphs: the text split on white space."""
    return " ".join(lines).split()


def with_known(generated: list[str], case: Case) -> list[str]:
    """Return the generated words with the case's documented layout differences put back."""
    out = list(generated)
    for published, printed in case.known:
        n = len(printed)
        at = 0
        while at <= len(out) - n:
            if out[at : at + n] == printed:
                out[at : at + n] = published
                at += len(published)
            else:
                at += 1
    return out


@dataclass(frozen=True)
class Difference:
    """How the generated words of a case differ from the published ones."""

    generated: int  # words wetgen printed
    published: int  # words in the published excerpt
    differing: int  # generated words that are not in the published text at their place
    missing: int  # published words wetgen did not print
    opcodes: tuple[tuple[str, str, str], ...]  # (op, published words, generated words)

    @property
    def fraction(self) -> float:
        """Return the share of generated words that differ (0.0 is word for word)."""
        return self.differing / self.generated if self.generated else 1.0


def difference(case: Case, *, known: bool = True) -> Difference:
    """Return the word-level difference of a case (with its documented layout differences, unless not)."""
    published = words(case.published)
    generated = words(render(case))
    if known:
        generated = with_known(generated, case)
    matcher = difflib.SequenceMatcher(None, published, generated, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    opcodes = tuple(
        (op, " ".join(published[a:b]), " ".join(generated[c:d]))
        for op, a, b, c, d in matcher.get_opcodes()
        if op != "equal"
    )
    return Difference(len(generated), len(published), len(generated) - matched,
                      len(published) - matched, opcodes)  # fmt: skip


def findings(case: Case) -> list:
    """Return the check findings (warnings and errors) a drafter would see on the case's draft."""
    from wetgen.check import check_file
    from wetgen.errors import Severity

    result = check_file(case.draft)
    found = [d for d in result.diagnostics if d.severity is not Severity.INFO]
    if case.is_excerpt:
        found = [d for d in found if d.code not in EXCERPT_FINDINGS]
    return found
