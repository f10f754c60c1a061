"""Amending articles as printed: the opening line, the onderdeel letters and each onderdeel's
numbered sentences (Ar 6.9–6.18), from the structured instructions of the model.

The sentences come from `wetgen.amend.sentences`, which fills the templates of
`wetgen.amend.formulas`; this module decides the layout around them:

- an amending article with one onderdeel prints no letter (Ar 6.15 letters several changes),
  and when that onderdeel is one instruction, or one article's changes under a heading, the law
  is named in the sentence itself instead of in an opening line ("In artikel 4 van de Wet X
  wordt …"), unless the article asks for the standard or its own opening (`inleiding`);
- several changes of one article print as "Artikel 8 wordt als volgt gewijzigd:" with numbered
  sentences below; an explicit `wijzigen` nests further (1., a., 1., …).
"""

from __future__ import annotations

from dataclasses import dataclass

from wetgen import ids, places
from wetgen.amend import formulas as f
from wetgen.amend.sentences import Context, Piece, printed, sentence_pieces
from wetgen.formulas import dutch_date
from wetgen.model import (
    Action,
    AmendingOnderdeel,
    Article,
    Instruction,
    LawRef,
    Style,
    Target,
    Unit,
)
from wetgen.outline import touched_articles

DEFAULT_STYLE = Style()
join_and = places.join_and


@dataclass(frozen=True)
class Worded:
    """One printed line of an onderdeel: its label, the formula and what follows it.

    `pieces` are the sentence's runs (quoted words marked); `new_text` is the text after
    "te luiden:" when it is words (a volzin, an aanhef, an opschrift), `payload` the new units.
    """

    label: str
    sentence: str
    payload: tuple[Unit, ...] = ()
    depth: int = 0
    instruction: Instruction | None = None
    pieces: tuple[Piece, ...] = ()
    new_text: str = ""


def article_intro(article: Article, style: Style | None = None) -> str:
    """Return the opening line of an amending article, or "" when the law is named in its only
    change: "De Huisvestingswet 2014 wordt als volgt gewijzigd:"."""
    style = style or DEFAULT_STYLE
    if article.intro:
        return article.intro
    law = article.amends or LawRef("wet")
    if law.proposal is not None:
        p = law.proposal
        return f.NOVELLE_INTRO.format(date=dutch_date(p.message_date), subject=p.subject,
                                      kamerstukken=p.kamerstukken, as_follows=style.as_follows)  # fmt: skip
    if inline_law(article) is not None:
        return ""
    text = f.INTRO.format(law=law.name(), wordt=f.VERBS["wordt"][0], as_follows=style.as_follows)
    return text[:1].upper() + text[1:]


def inline_law(article: Article) -> LawRef | None:
    """Return the law to name inside the sentence of an article's only change, or None.

    A vrije_tekst cannot take the law into its sentence: alone, it stands without an intro only
    when its text names the law already (as an imported bill's sentence does); under a shared
    article it needs its `doel`, and the heading names the law.
    """
    law = article.amends
    if law is None or article.intro or article.standard_intro or law.proposal is not None:
        return None
    if len(article.onderdelen) != 1:
        return None
    instructions = article.onderdelen[0].instructions
    if len(instructions) == 1:
        only = instructions[0]
        return law if only.action is not Action.FREE or law.citeertitel in only.free_text else None
    if any(i.action is Action.FREE and not i.target.chain for i in instructions):
        return None
    return law if shared_article(instructions) else None


def onderdeel_label(article: Article, onderdeel: AmendingOnderdeel, style: Style | None = None) -> str:
    """Return the letter printed above an onderdeel ("A", or "A." with `letter_stop`), or ""
    when it is the article's only one."""
    if len(article.onderdelen) == 1:
        return ""
    return onderdeel.number + ("." if style is not None and style.letter_stop else "")


def word_onderdeel(
    onderdeel: AmendingOnderdeel, style: Style | None = None, article: Article | None = None
) -> tuple[Worded, ...]:
    """Return the lines of an onderdeel: one sentence, or a heading with numbered sentences."""
    law = inline_law(article) if article is not None else None
    context = Context(style or DEFAULT_STYLE, None, law)
    instructions = onderdeel.instructions
    if len(instructions) == 1:
        return tuple(_lines(instructions[0], context, 0, ""))
    shared = shared_article(instructions)
    if not shared:
        return tuple(line for n, i in enumerate(instructions, start=1)
                     for line in _lines(i, Context(context.style), 1, _label(1, n)))  # fmt: skip
    group = Instruction(Action.GROUP, Target(artikel=shared), children=instructions)
    header = _worded(group, context, 0, "")
    inner = Context(context.style, group.target)
    children = (line for n, i in enumerate(instructions, start=1) for line in _lines(i, inner, 1, _label(1, n)))
    return (Worded(header.label, header.sentence, pieces=header.pieces), *children)


def sentence(
    instruction: Instruction,
    *,
    relative: bool = False,
    style: Style | None = None,
    base: Target | None = None,
    law: LawRef | None = None,
) -> str:
    """Return the Ar formula for one instruction; `relative` leaves out its article (as under
    "Artikel 12 wordt als volgt gewijzigd:"), `base` any enclosing place."""
    if relative and base is None and instruction.target.artikel:
        base = Target(artikel=instruction.target.artikel)
    return printed(sentence_pieces(instruction, Context(style or DEFAULT_STYLE, base, law)))


def onderdeel_heading(article: Article, onderdeel: AmendingOnderdeel) -> str:
    """Return the toelichting heading of an onderdeel: "Artikel I, onderdeel B (artikel 28a)"."""
    label = onderdeel_label(article, onderdeel)
    heading = f"Artikel {article.number}" + (f", onderdeel {label}" if label else "")
    touched = touched_articles(onderdeel)
    if not touched:
        return heading
    noun = ids.plural("artikel", len(touched))
    return f"{heading} ({noun} {join_and(list(touched))})"


# --- layout ---------------------------------------------------------------------------------------


def _lines(instruction: Instruction, context: Context, depth: int, label: str) -> list[Worded]:
    """Return an instruction's line and, for a GROUP, the numbered lines of its changes."""
    lines = [_worded(instruction, context, depth, label)]
    if instruction.action is Action.GROUP:
        inner = Context(context.style, instruction.target)
        for n, child in enumerate(instruction.children, start=1):
            lines += _lines(child, inner, depth + 1, _label(depth + 1, n))
    return lines


def _worded(instruction: Instruction, context: Context, depth: int, label: str) -> Worded:
    pieces = sentence_pieces(instruction, context)
    new_text = instruction.new if instruction.action is Action.REPLACE or instruction.form == "alfabetisch" else ""
    return Worded(label, printed(pieces), instruction.payload, depth, instruction, pieces, new_text)


def _label(depth: int, n: int) -> str:
    """Return the label of the n-th change at a depth: 1., 2. at odd depths, a., b. at even."""
    return f.NUMBERED_LABEL.format(n=ids.change_number(depth, n))


def shared_article(instructions: tuple[Instruction, ...]) -> str:
    """Return the one article every place of the instructions lies in, when they print under its
    heading ("Artikel 8 wordt als volgt gewijzigd:"); else ""."""
    articles = {t.artikel for i in instructions for t in i.places}
    if len(articles) != 1 or "" in articles:
        return ""
    # an insertion next to the article itself is not a change *of* that article
    if any(i.target.unit() == "artikel" and i.action is Action.INSERT and not i.within for i in instructions):
        return ""
    return articles.pop()
