""""deze regeling", "deze verordening", "dit reglement" and "dit besluit" in the text of a regeling,
verordening, reglement or besluit itself ("In deze regeling wordt verstaan onder:"): the
instrument names itself as a wet does with "deze wet". Elsewhere the words are as often a decision of a bestuursorgaan ("tegen dit besluit kan bezwaar worden gemaakt")
or a scheme described in prose, so they name a provision only where the instrument whose text
they stand in is of that kind."""

from __future__ import annotations

# a gemeente's verordening and a college's reglement name themselves so too ("In deze verordening
# wordt verstaan onder:", "Dit reglement kan worden aangehaald als …")
# a waterschap's keur names itself "deze keur" ("In deze keur wordt verstaan onder:")
# a minister's beleidsregel: "Deze beleidsregel treedt in werking …"
_NOUNS = ("regeling", "verordening", "reglement", "besluit", "keur", "beleidsregel")
OWN_WORDS = ("deze regeling", "deze verordening", "dit reglement", "dit besluit", "deze keur", "deze beleidsregel",
             "de onderhavige regeling", "de onderhavige verordening")  # (of a toelichting: "De onderhavige regeling vervangt …")
# "regeling" is also the general word for any lower regulation (the national databases call every
# verordening, reglement and keur so: "Tekst van de regeling"); a besluit is not called so
_REGULATIONS = ("regeling", "verordening", "reglement", "keur")


def names_itself(raw: str, title: str) -> bool:
    """Tell whether "deze wet", "deze regeling" or "dit besluit" (`raw`) can name the instrument
    called `title`: "deze wet" any, the others only one whose title holds their noun
    ("Regeling bezwaaradviescommissie", "Omzettingsregeling …", "Besluit op de huurtoeslag"),
    "deze regeling" also a verordening, reglement or keur; no wet is named so by its other nouns."""
    noun, title = raw.split()[-1].lower(), title.lower()
    if noun in _NOUNS and title.split()[:1] and title.split()[0].endswith(("wet", "wetboek")):
        return False  # "deze regeling" in the Wet gemeenschappelijke regelingen is a gemeenschappelijke regeling
    if noun == "regeling":
        return any(word in title for word in _REGULATIONS)
    return noun not in _NOUNS or noun in title


def draft_named(raw: str, title: str, inserted: bool, mvt_text: bool) -> bool:
    """Tell whether "deze regeling", "deze keur" … (not "deze wet") name the draft wherever they
    stand: where the first word of its title is of their kind ("Keur lozen en onttrekken", not
    "Uitvoeringswet verordening …"), outside new words of an amended law and the memorie or nota van
    toelichting, a response on a regeling or a keur's own text means that instrument."""
    head = title.split()[0] if title.split() else ""
    return raw.split()[-1].lower() in _NOUNS and names_itself(raw, head) and not inserted and not mvt_text


def own_title(citeertitel: str, opschrift: str) -> str:
    """Return the title an instrument names itself by: its citeertitel, with the noun its opschrift opens with where
    the citeertitel lacks it ("Wijziging bijlagen I en II bij het Besluit beheer sociale-huursector" of a "Regeling tot
    wijziging …" names itself "deze regeling")."""
    head = opschrift.split()[0].lower() if opschrift.split() else ""
    return f"{head.capitalize()} {citeertitel}" if head in _NOUNS and head not in citeertitel.lower() else citeertitel
