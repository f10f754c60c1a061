"""Building blocks for SYNTHETIC consultation responses (used by generate_sample.py and the
benchmarks). All names, places and texts are invented; any likeness is coincidental."""

from __future__ import annotations

import random

# Where a point is about, and the ways people refer to it. "{x}" is filled with nothing.
REFERENCES: dict[str, list[str]] = {
    "art12": [
        "artikel 12", "art. 12", "het gewijzigde artikel 12", "artikel 12 van de Huisvestingswet 2014",
        "artikel 12 Huisvestingswet", "artikel I, onderdeel A", "onderdeel A van artikel I",
        "artikel I onder A", "art. 12 lid 5", "artikel 12, vijfde lid", "lid 6 van artikel 12",
        "het zesde lid van artikel 12", "art 12 lid 7", "artikel 12, vijfde lid, onderdeel a",
        "art. 12 lid 5 sub b",
    ],
    "art28a": [
        "artikel 28a", "het voorgestelde artikel 28a", "het nieuwe artikel 28a", "art. 28a",
        "artikel 28a Huisvestingswet", "artikel 28a van de Huisvestingswet 2014", "onderdeel B",
        "artikel I, onderdeel B", "onderdeel B van artikel I", "artikel 28a, tweede lid",
        "art. 28a lid 2 sub a", "lid 3 van artikel 28a", "het vierde lid van het voorgestelde artikel 28a",
    ],
    "art28b": [
        "artikel 28b", "het nieuwe artikel 28b", "art. 28b lid 5", "artikel I, onderdeel C",
        "artikel 28b, tweede lid, onderdeel d", "artikel 28b Hw 2014", "de artikelen 28b en 28c",
    ],
    "art28c": ["artikel 28c", "artikel I onder D", "het voorgestelde artikel 28c, eerste lid"],
    "artII": [
        "artikel II", "het overgangsrecht in artikel II", "artikel II, tweede lid", "art. II lid 3",
        "lid 4 van artikel II", "het tweede lid van artikel II",
    ],
    "artIII": ["artikel III", "de evaluatiebepaling (artikel III)", "artikel III, tweede lid, onderdeel d",
               "art. III lid 2 sub c"],
    "artIV": ["artikel IV", "de inwerkingtredingsbepaling van artikel IV", "de artikelen III tot en met V"],
    "mvt": [
        "paragraaf 4.2 van de memorie van toelichting", "p. 12 van de toelichting",
        "de memorie van toelichting", "de MvT (p. 7)", "hoofdstuk 3 van de toelichting",
    ],
}  # fmt: skip

OPINIONS: dict[str, list[str]] = {
    "art12": [
        "In {ref} verdwijnt de voorrang voor vergunninghouders. Wij vrezen dat gemeenten daardoor de taakstelling niet meer halen.",
        "Wij steunen {ref}: de keuze om vergunninghouders voorrang te geven hoort bij de gemeenteraad te liggen.",
        "Het tijdstip in {ref} is onduidelijk. Wanneer is alternatieve huisvesting 'in voldoende mate beschikbaar'?",
        "De zes maanden voorbereidingstijd uit {ref} is te kort voor een nieuwe huisvestingsverordening.",
    ],
    "art28a": [
        "De zorgplicht in {ref} legt alle lasten bij burgemeester en wethouders zonder dat daar geld tegenover staat.",
        "Flexwoningen en woningdelen zoals in {ref} genoemd zijn een goede aanvulling, mits de kwaliteit bewaakt wordt.",
        "Het jaarlijkse overzicht van flexibele locaties uit {ref} is een onnodige administratieve last.",
        "Wij missen in {ref} aandacht voor gezinnen met kinderen en voor de afstand tot school en werk.",
    ],
    "art28b": [
        "De afspraken uit {ref} moeten bindend zijn, anders blijft het convenant vrijblijvend.",
        "De terugvalbepaling in {ref} is een stok achter de deur die de provincies te veel macht geeft.",
        "Wij vragen om in {ref} ook de bijdrage van het Rijk per woning vast te leggen.",
    ],
    "art28c": [
        "De criteria in {ref} moeten objectief en controleerbaar zijn; betrek het aantal mensen in de opvang.",
        "Wij vragen de maximale duur van tijdelijke huisvesting in {ref} op twee jaar te stellen.",
    ],
    "artII": [
        "Het overgangsrecht in {ref} is te krap: twaalf maanden is te kort voor lopende urgentieverklaringen.",
        "Wij steunen {ref}, maar vragen een regeling voor aanvragen die op de dag zelf worden ingediend.",
    ],
    "artIII": [
        "De evaluatie uit {ref} moet na drie jaar plaatsvinden in plaats van na vijf jaar.",
        "Neem in {ref} ook de gevolgen voor de wachttijden van jongeren op.",
    ],
    "artIV": ["Wij vragen om {ref} zo in te richten dat de artikelen 28a tot en met 28c eerder in werking treden."],
    "mvt": [
        "In {ref} wordt gesteld dat de uitvoeringslasten beperkt zijn; dat herkennen wij niet.",
        "{ref} onderschat de kosten voor gemeenten van tijdelijke locaties.",
    ],
}  # fmt: skip

GENERAL = [
    "Ik vind dit een slecht voorstel.",
    "Vergunninghouders verdienen net als iedereen een eerlijke kans op een woning, en de woningnood raakt iedereen.",
    "Er moeten gewoon meer woningen gebouwd worden, dan is dit probleem vanzelf opgelost.",
    "Zorg eerst dat de opvang op orde is voordat u dit soort wetten maakt.",
    "I do not speak Dutch well, but I think refugees should get housing quickly so they can work and integrate.",
    "Dit voorstel gaat in tegen artikel 1 Grondwet, want het maakt onderscheid naar herkomst.",
    "Let op de verhouding met art. 3:4 Awb: de belangenafweging moet per geval plaatsvinden.",
    "Het is jammer dat artikel 19 van de Woningwet niet wordt aangepast.",
    "Zie bijlage.",
]  # fmt: skip
# Sentences with slots, so that private people's texts differ as real ones do.
OWN = [
    "Ik sta al {n} jaar ingeschreven in {place} en heb nog nooit een woning aangeboden gekregen.",
    "Onze {family} zoekt sinds {year} een huurwoning in {place}, tevergeefs.",
    "In {place} staan {n} flexwoningen leeg terwijl de wachtlijst {m} jaar is.",
    "Als {job} in {place} zie ik elke week hoe groot de woningnood is.",
    "Waarom duurt het {n} jaar voordat er in {place} iets verandert?",
    "Mijn {family} woont al {n} maanden bij ons in omdat er in {place} niets te huur is.",
    "Geef {place} het geld voor {m} extra woningen per jaar, dan lossen we het samen op.",
    "Bij ons in de straat in {place} zijn in {year} drie gezinnen met voorrang gehuisvest.",
    "I moved to {place} in {year} and I still share a room with {n} people.",
    "Ik heb {n} keer gereageerd op een woning in {place} en stond steeds op plek {m}.",
]  # fmt: skip
FAMILY = ["dochter", "zoon", "nicht", "kleinzoon", "buurvrouw", "schoonmoeder", "broer", "vriendin"]
JOBS = ["wijkagent", "leraar", "huisarts", "buschauffeur", "verpleegkundige", "vrijwilliger"]

QUOTES = [
    'De zinsnede "wordt voor de toepassing van artikel 28 aangemerkt als gehuisvest in de gemeente waar die huisvesting is gelegen" is onduidelijk als de locatie over de gemeentegrens ligt.',
    "Dat burgemeester en wethouders jaarlijks een overzicht van de flexibele locaties in hun gemeente openbaar maken, vinden wij een goed idee.",
    "Wij lezen dat een besluit behoudt zijn geldigheid gedurende de daarin vermelde termijn, en ten hoogste tot twaalf maanden na het tijdstip van beëindiging. Dat is te kort.",
    "Het verslag moet ook de gevolgen voor de inburgering en de participatie van vergunninghouders beschrijven, en dat juichen wij toe.",
]  # fmt: skip

CAMPAIGN = (
    "Geachte minister,\n\n"
    "Ik maak bezwaar tegen dit wetsvoorstel. Iedereen die een sociale huurwoning zoekt, moet "
    "gelijk behandeld worden. Het is niet eerlijk dat de één jaren moet wachten terwijl de ander "
    "met voorrang een woning krijgt. Maak daarom direct een einde aan elke voorrang en wacht "
    "niet op een koninklijk besluit zoals in artikel 12 wordt voorgesteld.\n\n"
    "Bouw in plaats daarvan meer betaalbare woningen voor alle woningzoekenden, jong en oud. "
    "Geef gemeenten het geld om dat te doen en luister naar de mensen die al jaren op de "
    "wachtlijst staan.\n\n"
    "Met vriendelijke groet,"
)
CAMPAIGN_ADDITIONS = [
    "Mijn dochter staat al negen jaar ingeschreven.",
    "In ons dorp is al tien jaar niets gebouwd.",
    "Ik ben zelf mantelzorger en vind dit onrechtvaardig.",
    "Wij wonen met vijf mensen in een flat van 60 vierkante meter.",
]

FIRST = "Jan Piet Kees Anna Sanne Fatima Mohammed Eva Daan Lotte Bram Noor Ahmed Yara Thijs Femke Sem Iris Joost Aylin Ruben Maria Koen Esther Willem Ilse Hasan Marloes Gerrit Nadia".split()
LAST = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
        "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
        "Brouwer", "de Wit", "Dijkstra", "Smits", "el Amrani", "Yilmaz", "Öztürk", "van Dijk"]  # fmt: skip
PLACES = ["Utrecht", "Zwolle", "Amersfoort", "Leeuwarden", "Tilburg", "Almere", "Ede", "Emmen",
          "Gouda", "Venlo", "Assen", "Deventer", "Delft", "Hoorn", "Middelburg", "Roermond"]  # fmt: skip
ORGANISATIONS = [
    ("Gemeente Zwolle", "Zwolle"), ("Gemeente Utrecht", "Utrecht"), ("Gemeente Emmen", "Emmen"),
    ("gemeente Súdwest-Fryslân", "Sneek"), ("College van B&W Gouda", "Gouda"), ("Tilburg", "Tilburg"),
    ("Provincie Gelderland", "Arnhem"), ("Provincie Fryslân", "Leeuwarden"),
    ("Waterschap Vallei en Veluwe", "Apeldoorn"),
    ("Woonstichting De Zuidkant", "Breda"), ("Woningcorporatie Thuisbasis", "Deventer"),
    ("Ymere", "Amsterdam"), ("Aedes vereniging van woningcorporaties", "Den Haag"),
    ("VNG", "Den Haag"), ("IPO", "Den Haag"), ("Woonbond", "Amsterdam"),
    ("VluchtelingenWerk Nederland", "Amsterdam"), ("Stichting Huurders Samen", "Ede"),
    ("Flexbouw Noord B.V.", "Groningen"), ("Advocatenkantoor Smit & Partners", "Rotterdam"),
    ("Universiteit Utrecht, faculteit Recht", "Utrecht"), ("prof. dr. H. Kuipers", "Nijmegen"),
]  # fmt: skip
SLOGANS = [
    "STOP DE VOORRANG NU",
    "Eerlijk wonen voor iedereen!!",
    "Anoniem",
    "anoniem",
    "-",
    "Bezorgde burger",
]
PERSONAL = [
    "U kunt mij bereiken via {mail} of 06-{tel}.",
    "Mijn adres is Kerkstraat {nr}, {pc} {place}.",
    "Mijn BSN is 111222333, voor het geval u mijn dossier wilt inzien.",
]  # fmt: skip


def person(rng: random.Random) -> str:
    """Return an invented person's name."""
    first = rng.choice(FIRST)
    return (
        f"{first[0]}. {rng.choice(LAST)}" if rng.random() < 0.3 else f"{first} {rng.choice(LAST)}"
    )


def point_about(rng: random.Random, topic: str) -> str:
    """Return one paragraph about a topic with a reference in a random form."""
    ref = rng.choice(REFERENCES[topic])
    sentence = rng.choice(OPINIONS[topic]).format(ref=ref)
    return sentence[0].upper() + sentence[1:]


def organisation_text(rng: random.Random, topics: int = 4) -> str:
    """Return a multi-paragraph response of an organisation."""
    chosen = rng.sample(sorted(REFERENCES), k=min(topics, len(REFERENCES)))
    parts = [
        "Geachte heer, mevrouw,",
        "Graag reageren wij op de consultatie over dit wetsvoorstel.",
    ]
    for topic in chosen:
        if rng.random() < 0.4:
            parts.append(f"Artikel {_heading(topic)}")
        parts.append(point_about(rng, topic))
    if rng.random() < 0.4:
        parts.append(rng.choice(QUOTES))
    parts.append("Met vriendelijke groet,")
    return "\n\n".join(parts)


def _heading(topic: str) -> str:
    return {"art12": "12", "art28a": "28a", "art28b": "28b", "art28c": "28c", "artII": "II",
            "artIII": "III", "artIV": "IV", "mvt": "— toelichting"}[topic]  # fmt: skip


def citizen_text(rng: random.Random) -> str:
    """Return a short response of a private person, sometimes with personal data in it."""
    parts = []
    roll = rng.random()
    if roll < 0.35:
        parts.append(point_about(rng, rng.choice(sorted(REFERENCES))))
    elif roll < 0.5:
        parts.append(rng.choice(QUOTES))
    if rng.random() < 0.4:
        parts.append(rng.choice(GENERAL[:-1]))
    for template in rng.sample(OWN, k=rng.randint(1, 2)):
        parts.append(template.format(n=rng.randint(2, 14), m=rng.randint(3, 400), year=rng.randint(2012, 2025),
                                     place=rng.choice(PLACES), family=rng.choice(FAMILY), job=rng.choice(JOBS)))  # fmt: skip
    if rng.random() < 0.12:
        parts.append(personal(rng))
    return "\n\n".join(parts)


def personal(rng: random.Random) -> str:
    """Return a sentence with invented personal data (redaction must catch it)."""
    template = rng.choice(PERSONAL)
    return template.format(mail=f"inzender{rng.randint(100, 999)}@voorbeeld.nl", tel=rng.randint(10000000, 99999999),
                           nr=rng.randint(1, 200), pc=f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGH')}{rng.choice('JKLMNPRS')}",
                           place=rng.choice(PLACES))  # fmt: skip


def campaign_text(rng: random.Random, name: str) -> str:
    """Return the campaign letter, sometimes with a personal addition or a small edit, signed."""
    text = CAMPAIGN
    if rng.random() < 0.15:
        text = text.replace("Bouw in plaats daarvan", "Bouw liever")
    if rng.random() < 0.3:
        text = text.replace(
            "Met vriendelijke groet,",
            rng.choice(CAMPAIGN_ADDITIONS) + "\n\nMet vriendelijke groet,",
        )
    return f"{text}\n{name}"
