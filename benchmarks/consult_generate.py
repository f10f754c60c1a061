"""Generate N SYNTHETIC consultation responses as a scraper-style CSV, for the benchmarks.

    python benchmarks/consult_generate.py 10000 out/bench/consult-10000.csv

The mix follows large real consultations (CONSULTATION.md §3): about half the responses are
copies of a few form letters (with personal additions, edits and signatures), the rest are
private persons' own texts and organisations' long letters, with references in every form.
"""

from __future__ import annotations

import csv
import random
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "consultations"))

from phrases import (  # noqa: E402
    CAMPAIGN,
    ORGANISATIONS,
    PLACES,
    campaign_text,
    citizen_text,
    organisation_text,
    person,
)

SEED = 4242
OTHER_CAMPAIGNS = [
    CAMPAIGN.replace("Ik maak bezwaar tegen dit wetsvoorstel.", "Ik steun de gedachte achter dit wetsvoorstel niet.")
    .replace("sociale huurwoning", "betaalbare woning"),
    "Geachte minister,\n\nAls lid van de Woonbond vraag ik u om artikel 28a niet in te voeren zonder geld "
    "voor gemeenten. Tijdelijke huisvesting in flexwoningen mag geen vergunninghouders in slechte "
    "woningen opsluiten. Zorg voor goede kwaliteit, begeleiding en een eerlijke verdeling over alle "
    "gemeenten, zoals in de memorie van toelichting ook wordt beloofd.\n\nMet vriendelijke groet,",
]  # fmt: skip


def _vocabulary() -> list[str]:
    import phrases

    words = set()
    for value in vars(phrases).values():
        for text in value if isinstance(value, list) else [value] if isinstance(value, str) else []:
            if isinstance(text, str):
                words.update(w.strip(".,:;()\"'") for w in text.lower().split())
    return sorted(w for w in words if w.isalpha())


def own_words(rng: random.Random, vocabulary: list[str]) -> str:
    """Return a sentence in a respondent's own words (random, so unique texts stay unique)."""
    words = rng.choices(vocabulary, k=rng.randint(12, 30))
    return " ".join(words).capitalize() + "."


def generate(n: int, path: Path, seed: int = SEED) -> None:
    """Write n synthetic responses to a CSV with the scraper's columns."""
    rng = random.Random(seed)
    vocabulary = _vocabulary()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Naam", "Plaats", "Datum", "url", "text", "attachment"])
        for _ in range(n):
            roll = rng.random()
            name = person(rng)
            if roll < 0.5:
                text = campaign_text(rng, name)
                if roll < 0.15:
                    text = text.replace(CAMPAIGN, rng.choice(OTHER_CAMPAIGNS))
            elif roll < 0.6:
                name = rng.choice(ORGANISATIONS)[0]
                text = organisation_text(rng, rng.randint(3, 6)).replace(
                    "Met vriendelijke groet,",
                    "\n\n".join(own_words(rng, vocabulary) for _ in range(4)),
                )
            else:
                text = citizen_text(rng) + "\n\n" + own_words(rng, vocabulary)
            guid = uuid.UUID(int=rng.getrandbits(128), version=4)
            writer.writerow([name, rng.choice(PLACES), f"{rng.randint(1, 28)} december 2026 (12:00)",
                             f"https://www.internetconsultatie.nl/bench/reactie/{guid}",
                             text.replace("\n\n", "\n###\n"), ""])  # fmt: skip


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]))
