"""Generate large, deterministic YAML drafts for benchmarks.

`generate(2000, 5)` writes a non-amending bill of 2,000 articles with five leden each (as in the
largest Dutch laws), grouped in hoofdstukken of 100 articles, with a list of onderdelen in every
tenth article. `generate_amending(n)` writes a wijzigingswet with one ARTIKEL I of n onderdelen
that use every kind of wijzigingsopdracht. The same arguments always give the same text.

    python benchmarks/generate_bill.py [N_ARTICLES] [LEDEN] > big.yaml
    python benchmarks/generate_bill.py --amending [N_ONDERDELEN] > big-amending.yaml
"""

from __future__ import annotations

import json
import sys

SUBJECTS = (
    "de huisvestingsvergunning", "de woonruimteverdeling", "de urgentieverklaring",
    "de taakstelling", "de huisvestingsverordening", "het woonwagenstandplaatsenbeleid",
    "de alternatieve huisvesting", "de tijdelijke woonruimte", "de flexibele locatie",
    "het toezicht op de naleving",
)  # fmt: skip
ACTORS = (
    "Burgemeester en wethouders", "De gemeenteraad", "Onze Minister", "Gedeputeerde staten",
    "Het college", "De toegelaten instelling",
)  # fmt: skip
CHAPTER_SIZE = 100
HEADER = """\
wetsvoorstel:
  opschrift: {opschrift}
  citeertitel: {citeertitel}
  versie: {{label: Benchmark, datum: "2026-12-01", fase: consultatieversie}}
  ministerie: Volkshuisvesting en Ruimtelijke Ordening
  ondertekenaars: ["De Minister van Volkshuisvesting en Ruimtelijke Ordening,"]
  considerans:
    - dat het wenselijk is regels te stellen ter beproeving van de snelheid van wetgen;
  artikelen:
"""


def q(text: str) -> str:
    """Return `text` as a double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def lid_text(article: int, lid: int) -> str:
    """Return a plausible lid of about forty words, varied by article and lid number."""
    subject = SUBJECTS[(article + lid) % len(SUBJECTS)]
    actor = ACTORS[(article * 7 + lid) % len(ACTORS)]
    verb = "stellen" if actor.startswith("Burgemeester") or actor.endswith("staten") else "stelt"
    other = SUBJECTS[(article * 3 + lid * 5) % len(SUBJECTS)]
    return (
        f"{actor} {verb} bij of krachtens algemene maatregel van bestuur regels over {subject}, "
        f"waarbij in ieder geval rekening wordt gehouden met {other} en met de belangen van "
        f"woningzoekenden die op grond van artikel {max(1, article - lid)} in aanmerking komen "
        f"voor woonruimte als bedoeld in het {['eerste', 'tweede', 'derde'][lid % 3]} lid."
    )


def article_yaml(n: int, leden: int, indent: str) -> list[str]:
    """Return the YAML lines of article n with `leden` leden."""
    lines = [f"{indent}- opschrift: {q(SUBJECTS[n % len(SUBJECTS)].capitalize() + f' ({n})')}"]
    lines.append(f"{indent}  leden:")
    for lid in range(1, leden + 1):
        if lid == 2 and n % 10 == 0:
            lines.append(
                f"{indent}    - tekst: {q('De regels, bedoeld in het eerste lid, betreffen in ieder geval:')}"
            )
            lines.append(f"{indent}      onderdelen:")
            lines.extend(
                f"{indent}        - {q(SUBJECTS[(n + k) % len(SUBJECTS)] + ';')}" for k in range(3)
            )
            lines.append(f"{indent}        - {q('de wijze van verantwoording.')}")
        else:
            lines.append(f"{indent}    - {q(lid_text(n, lid))}")
    return lines


def generate(n_articles: int = 2000, leden: int = 5) -> str:
    """Return the YAML text of a non-amending bill of `n_articles` articles × `leden` leden."""
    out = [HEADER.format(opschrift=q(f"Regels voor een benchmark van {n_articles} artikelen"),
                         citeertitel=q(f"Benchmarkwet {n_articles}"))]  # fmt: skip
    for chapter_start in range(1, n_articles + 1, CHAPTER_SIZE):
        chapter = (chapter_start - 1) // CHAPTER_SIZE + 1
        out.append(f"    - hoofdstuk: {q(str(chapter))}")
        out.append(f"      opschrift: {q('Bepalingen over ' + SUBJECTS[chapter % len(SUBJECTS)])}")
        out.append("      artikelen:")
        for n in range(chapter_start, min(chapter_start + CHAPTER_SIZE, n_articles + 1)):
            out.extend(article_yaml(n, leden, "        "))
    return "\n".join(out) + "\n"


def generate_amending(n_onderdelen: int = 200) -> str:
    """Return the YAML text of a wijzigingswet whose ARTIKEL I has `n_onderdelen` onderdelen."""
    out = [HEADER.format(opschrift=q("Wijziging van de Huisvestingswet 2014 voor een benchmark"),
                         citeertitel=q(f"Benchmarkwijzigingswet {n_onderdelen}"))]  # fmt: skip
    out.append("    - wijzigt: {citeertitel: Huisvestingswet 2014, bwb: BWBR0035303}")
    out.append("      onderdelen:")
    for k in range(n_onderdelen):
        out.append("        - wijzigingen:")
        out.extend("            " + line for chunk in _instruction(k) for line in chunk.split("\n"))
    out.append(
        f"    - tekst: {q('Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.')}"
    )
    out.append(
        f"    - tekst: {q(f'Deze wet wordt aangehaald als: Benchmarkwijzigingswet {n_onderdelen}.')}"
    )
    return "\n".join(out) + "\n"


def _instruction(k: int) -> list[str]:
    article = 10 + k
    kind = k % 4
    if kind == 0:
        return [f"- {{actie: vervang_woorden, doel: {q(f'artikel {article}, eerste lid')}, "
                f"oud: {q('urgent')}, nieuw: {q('dringend')}}}"]  # fmt: skip
    if kind == 1:
        return [f"- {{actie: vervallen, doel: {q(f'artikel {article}, tweede lid')}}}"]
    if kind == 2:
        return [
            f"- actie: vervang\n  doel: {q(f'artikel {article}, derde lid')}",
            f'  leden:\n    - {{nummer: "3", tekst: {q(lid_text(article, 3))}}}',
        ]
    return [
        f"- actie: invoegen\n  na: {q(f'artikel {article}')}",
        f'  artikelen:\n    - nummer: "{article}a"\n      leden:',
        *(f'        - {{nummer: "{lid}", tekst: {q(lid_text(article, lid))}}}' for lid in (1, 2)),
    ]


def main(argv: list[str]) -> int:
    """Write a generated draft to stdout."""
    if argv and argv[0] == "--amending":
        sys.stdout.write(generate_amending(int(argv[1]) if len(argv) > 1 else 200))
        return 0
    n = int(argv[0]) if argv else 2000
    leden = int(argv[1]) if len(argv) > 1 else 5
    sys.stdout.write(generate(n, leden))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
