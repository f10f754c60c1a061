""""deze regeling", "deze verordening", "dit reglement" and "dit besluit" in the text of a regeling,
verordening, reglement or besluit itself ("In deze regeling wordt verstaan onder:"): the
instrument names itself as a wet does with "deze wet". Elsewhere the words are as often a decision of a bestuursorgaan ("tegen dit besluit kan bezwaar worden gemaakt")
or a scheme described in prose, so they name a provision only where the instrument whose text
they stand in is of that kind."""

from __future__ import annotations

# a gemeente's verordening and a college's reglement name themselves so too ("In deze verordening
# wordt verstaan onder:", "Dit reglement kan worden aangehaald als …")
_NOUNS = ("regeling", "verordening", "reglement", "besluit")
OWN_WORDS = ("deze regeling", "deze verordening", "dit reglement", "dit besluit")


def names_itself(raw: str, title: str) -> bool:
    """Tell whether "deze wet", "deze regeling" or "dit besluit" (`raw`) can name the instrument
    called `title`: "deze wet" any, the others only one whose title holds their noun
    ("Regeling bezwaaradviescommissie", "Omzettingsregeling …", "Besluit op de huurtoeslag")."""
    noun = raw.split()[-1].lower()
    return noun not in _NOUNS or noun in title.lower()
