"""Places in a law as Dutch phrases and back (Ar 3.29): "artikel 12, eerste lid, onderdeel b",
"de artikelen 1:7, eerste lid, en 1:8, eerste lid", "het derde en vierde lid", "onder 1° en 2°",
"de tweede en derde volzin", "artikel 9, aanhef", "het opschrift van titel XII van het Tweede
Boek", "onderdeel p (nieuw)".

Both directions read the same table of unit words (`WORDS`), and `parse(phrase(t)) == t` holds
for every canonical list of places (a property test): places that differ only in the numbers of
their last part are one place with several numbers.
"""

from wetgen.places.parse import PlaceError, parse
from wetgen.places.phrase import (
    Phrase,
    absolute,
    canonical,
    numbers_text,
    part_text,
    phrase,
    relative,
)
from wetgen.places.words import WORDS, Word, join_and, ordinal, ordinal_value

__all__ = [
    "WORDS", "PlaceError", "Phrase", "Word", "absolute", "canonical", "join_and", "numbers_text",
    "ordinal", "ordinal_value", "parse", "part_text", "phrase", "relative",
]  # fmt: skip
