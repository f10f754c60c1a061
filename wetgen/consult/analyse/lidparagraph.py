""""dit lid" in a lid quoted or inserted as a numbered paragraph ("4. In afwijking van het
derde lid … Van dit lid kan niet worden afgeweken."): in a law's words it is the lid it stands
in, whatever lid the paragraph names before it. Likewise "de eerste volzin" named alone below a
lid number of the text of a law's article ("2\nOp geschillen … De eerste volzin is van
overeenkomstige toepassing …"): a sentence of the lid it stands in."""

from __future__ import annotations

import re

from wetgen.consult.analyse.grammar import Part

# a lid quoted after a lead-in that gives a law's words: "… wordt een lid toegevoegd, luidende: ‘4. …"
# (the article it is added to may stand between: "toegevoegd aan art. 7:758 BW: ‘4. …")
_QUOTED_LID = re.compile(r"\b(?:luidt|luiden|luidende|luidend|toegevoegd|ingevoegd|vervangen|als\s+volgt|bepaalt)\b"
                         r"(?:[^.:;]|(?<=\bart)\.|(?<=\d)[.:](?=\d)){0,80}"
                         r":\s*[\u201c\"\u2018\u00ab']\s*(?P<lid>\d{1,2}[a-z]?)\.\s+(?-i:[A-Z])", re.I)
_LID_NUMBER = re.compile(r"\s*(?:[•·▪]\s*)?[\u201c\"\u2018\u00ab]?\s*(?P<lid>\d{1,2}[a-z]?)\.\s+(?-i:[A-Z])")  # after an opening quote or a copy's bullet too
# a lid number that opens its text or follows a sentence's end: "2. Op …", or the number alone
# on its line as databases print it ("… hadden.\n2\nOp …", read with its line breaks as spaces)
_LID_LINE = re.compile(r"(?:^[ \t]*(?:[•·▪][ \t]*)?|(?<=[.;:])\s+)(?P<lid>\d{1,2}[a-z]?)\.?\s+(?=[A-Z])")  # (a copy's bullet before it)
_SENTENCE = "volzin"  # refs.SENTENCE
# an instruction's step that quotes the words it changes: "1. In het derde lid wordt «…", "2. In het
# vierde lid wordt «…» vervangen door «…", "3. Aan het slot wordt «…» toegevoegd"
_QUOTED_BY_STEP = re.compile(r".*\b(?:wordt|worden|vervalt|vervallen|komt|komen)\b.*«[^»]*$", re.S)
# a step that changes, or an A-stuk's report of the change of, the lid it opens with: "2. Het derde lid
# is vervallen. Dit lid luidde: …", "3. Het tweede lid komt te luiden, zodat dit lid …", "1. In het derde
# lid vervalt …": "dit lid" is that lid (a law's own "4. Het tweede lid vervalt op 1 januari 2030. Tot
# dat tijdstip is dit lid …" speaks of the lid it stands in)
_LID_CHANGED = re.compile(
    r"\s*(?:(?:Het|het)\s+\w+\s+lid\s+(?:is\s+(?:vervallen|vervangen|gewijzigd|vernummerd)|luidde|vervalt(?=\s*[.;])"
    r"|komt\s+te\s+luiden|wordt\s+(?:als\s+volgt\s+gewijzigd|vervangen))|In\s+het\s+\w+\s+lid\s+(?:vervalt|vervallen|wordt|worden)\b)"
)


def in_numbered_lid(text: str, ref):
    """Return "dit lid" as the lid its paragraph is numbered with, where the paragraph opens
    with a lid number ("4. …"); a sentence named alone as the lid of the line it stands below
    (which the resolver uses in the text of an article only); any other reference as it is."""
    if ref.detail == _SENTENCE and not any(p.lid for p in ref.parts):
        lines = list(_LID_LINE.finditer(text, 0, ref.start))
        return ref._replace(parts=(Part(lid=lines[-1].group("lid")),)) if lines else ref
    if ref.anaphor != "dit" or ref.detail != "lid" or ref.parts:
        return ref
    # the paragraph's own number, or that of a lid quoted after a lead-in's colon ("… toegevoegd aan
    # art. 7:758 BW: ‘4. In afwijking van …")
    numbered = _LID_NUMBER.match(text) or next(reversed(list(_QUOTED_LID.finditer(text, 0, ref.start))), None)
    step = text[numbered.end() - 1 : ref.start] if numbered else ""
    if numbered is None or _QUOTED_BY_STEP.match(step) or _LID_CHANGED.match(step):
        return ref  # "1. In het derde lid wordt «dit lid» vervangen …": a step quoting the lid it changes
    return ref._replace(parts=(Part(lid=numbered.group("lid")),))


# a lid's number alone on its line, as a legal database prints the leden of the article it shows ("Artikel 28\n\n • 1\n\n
# Iedere Nederlander …")
_NUMBER_ALONE = re.compile(r"[•·▪]?\s*\d{1,2}[a-z]?\.?")


def lid_number_alone(heading: str, article) -> bool:  # noqa: ANN001 - context.Target | None
    """Tell whether a heading is only the number of a lid of the article under discussion (`article`): no new subject."""
    return article is not None and bool(article.artikel) and bool(_NUMBER_ALONE.fullmatch(heading.strip()))

