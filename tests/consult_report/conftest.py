"""A small synthetic consultation store, with non-public respondents whose identity is known."""

from __future__ import annotations

from pathlib import Path

import pytest

from wetgen.consult.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "tests" / "output"
SAMPLE = ROOT / "consultations" / "huisvesting-vergunninghouders"
BILL = ROOT / "drafts" / "huisvesting-vergunninghouders" / "01-consultatieversie.yaml"

# What must never appear in a public output: the identity and wording of non-public respondents.
SECRETS = (
    "Geertruida Verborgen-Snel",
    "Verborgen-Snel",
    "Oosterwolde-Noord",
    "Stichting Geheimhouding Zuid",
    "geertruida@example.org",
    "purperen kwakzalverij",
    "Hendrika Heimelijk",
    "Verstopdorp",
    "Kwakkelstaart",
    "Zilverschoon BV",
)

NODES = [
    ("art_I", "artikel", "Artikel I", "De Huisvestingswet 2014 wordt als volgt gewijzigd.", ""),
    ("art_I__point_A", "onderdeel", "Artikel I, onderdeel A",
     "In artikel 12 wordt een urgentieregeling voor vergunninghouders opgenomen.", "art_I"),
    ("art_I__point_B", "onderdeel", "Artikel I, onderdeel B",
     "Na artikel 28 wordt een artikel ingevoegd: artikel 28a huisvesting vergunninghouders.",
     "art_I"),
    ("art_II", "artikel", "Artikel II", "Overgangsrecht.", ""),
    ("art_II__para_1", "lid", "Artikel II, eerste lid", "Lopende aanvragen blijven.", "art_II"),
    ("art_II__para_2", "lid", "Artikel II, tweede lid", "Een termijn van zes maanden.", "art_II"),
    ("art_III", "artikel", "Artikel III", "Deze wet treedt in werking bij koninklijk besluit.", ""),
]  # fmt: skip

# id, name, place, organisation, email, submitted, public, category, points [(text, nodes)]
RESPONSES = [
    ("R001", "", "Zwolle", "Gemeente Zwolle", "", "2026-03-02", 1, "gemeente", [
        ("Artikel 28a legt de taakstelling eenzijdig bij gemeenten. De huisvesting van "
         "vergunninghouders vraagt om regionale verdeling van woningen en om financiering.",
         ["art_I__point_B"]),
        ("Wij vragen de regering de uitvoeringslasten voor gemeenten te compenseren, "
         "ook in Oosterwolde-Noord en andere kleine kernen.", []),
    ]),
    ("R002", "Piet Publiek", "Deventer", "", "", "2026-03-03", 1, "burger", [
        ("De termijn van zes maanden in het tweede lid is te kort voor lopende aanvragen; "
         "maak er twaalf maanden van. Bel me op 06-12345678.", ["art_II__para_2"]),
    ]),
    ("R003", "Geertruida Verborgen-Snel", "Oosterwolde-Noord", "Stichting Geheimhouding Zuid",
     "geertruida@example.org", "2026-03-03", 0, "belangenorganisatie", [
        ("Artikel 28a is purperen kwakzalverij: de regionale verdeling van woningen werkt "
         "niet zonder financiering, zegt ook mijn buurman Kwakkelstaart.", ["art_I__point_B"]),
        ("Stichting Geheimhouding Zuid vraagt om een evaluatie na drie jaar.", []),
    ]),
    ("R004", "Anna Actief", "Almere", "", "", "2026-03-05", 1, "burger", [
        ("Voorrang voor statushouders bij sociale huurwoningen is oneerlijk tegenover "
         "woningzoekenden die al jaren wachten op een sociale huurwoning.", ["art_I__point_A"]),
    ]),
    ("R005", "Bert Bezorgd", "Lelystad", "", "", "2026-03-05", 1, "burger", [
        ("Voorrang voor statushouders bij sociale huurwoningen is oneerlijk tegenover "
         "woningzoekenden die al jaren wachten op een sociale huurwoning.", ["art_I__point_A"]),
    ]),
    ("R006", "Hendrika Heimelijk", "Verstopdorp", "", "", "2026-03-06", 0, "burger", [
        ("Voorrang voor statushouders bij sociale huurwoningen is oneerlijk tegenover "
         "woningzoekenden die al jaren wachten. Groet, Hendrika Heimelijk", ["art_I__point_A"]),
    ]),
    ("R007", "Carla Campagne", "Emmen", "", "", "2026-03-07", 1, "burger", [
        ("Voorrang voor statushouders bij sociale huurwoningen is oneerlijk tegenover "
         "woningzoekenden die al jaren wachten op een sociale huurwoning.", ["art_I__point_A"]),
    ]),
    ("R008", "", "Arnhem", "Woonstichting Dak", "", "2026-03-08", 1, "woningcorporatie", [
        ("De inwerkingtreding bij koninklijk besluit moet ruim voor 1 januari vallen, zodat "
         "corporaties hun toewijzingsbeleid kunnen aanpassen.", ["art_III"]),
        ("Artikel 28a: de regionale verdeling van woningen moet samen met corporaties worden "
         "vastgesteld, met heldere prestatieafspraken.", ["art_I__point_B"]),
    ]),
    ("R009", "Zilverschoon BV", "Verstopdorp", "Zilverschoon BV", "", "2026-03-09", 0, "bedrijf", [
        ("Paragraaf 3 van de memorie van toelichting onderschat de kosten van tijdelijke "
         "huisvesting in Verstopdorp.", ["mvt"]),
    ]),
]  # fmt: skip

CAMPAIGN = ("C001", "R004", ["R004", "R005", "R006", "R007"])


def point_id(response: str, seq: int) -> str:
    """Return the synthetic point id of a response's n-th point."""
    return f"{response}-p{seq:02d}"


def insert(store: Store, table: str, **values) -> None:
    """Insert a row by column name; columns not given get an empty value of their type."""
    conn = store.conn
    for _, name, kind, notnull, default, _ in conn.execute(f"PRAGMA table_info({table})"):
        if name not in values and notnull and default is None:
            values[name] = 0 if kind.upper() in ("INTEGER", "REAL") else ""
    cols = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(values.values()))


def make_store(path: Path) -> Store:
    """Create the synthetic store at `path` and return it, open."""
    store = open_store(path)
    with store.transaction():
        store.set_meta("title", "Wet huisvesting vergunninghouders (consultatie)")
        for seq, (eid, kind, label, text, parent) in enumerate(NODES):
            insert(
                store, "nodes", eid=eid, seq=seq, kind=kind, label=label, text=text, parent=parent
            )
        for seq, (rid, name, place, org, email, day, public, cat, points) in enumerate(RESPONSES):
            insert(store, "responses", id=rid, key=f"key-{rid}", seq=seq, origin="table",
                   source="sample.csv", name=name, place=place, organisation=org, email=email,
                   submitted=day, public=public, text="\n\n".join(t for t, _ in points),
                   digest=f"d{rid}", category=cat, category_reason="test")  # fmt: skip
            for n, (ptext, nodes) in enumerate(points, start=1):
                pid = point_id(rid, n)
                insert(store, "points", id=pid, response_id=rid, seq=n, part="text", text=ptext)
                for eid in nodes:
                    insert(store, "assignments", point_id=pid, node_eid=eid, method="ref", score=1.0)
                if not nodes:
                    insert(store, "unassigned", point_id=pid, reason="geen verwijzing")
        cid, rep, members = CAMPAIGN
        insert(store, "campaigns", id=cid, representative=rep, size=len(members), text="Voorrang…")
        for m in members:
            insert(store, "campaign_members", response_id=m, campaign_id=cid, similarity=0.9)
        insert(store, "reactions", point_id=point_id("R002", 1),
               reaction="De termijn wordt verlengd naar twaalf maanden.",
               change="Artikel II, tweede lid: twaalf maanden.")  # fmt: skip
    return store


@pytest.fixture
def store(tmp_path):
    """A fresh synthetic store, open."""
    store = make_store(tmp_path / "consult.sqlite")
    yield store
    store.close()


@pytest.fixture
def store_path(tmp_path):
    """The path of a fresh synthetic store (closed)."""
    path = tmp_path / "consult.sqlite"
    make_store(path).close()
    return path


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """A store with the sample consultation ingested (once per test session)."""
    from wetgen.cli.main import main

    if not SAMPLE.is_dir():
        pytest.skip("sample consultation not present")
    db = tmp_path_factory.mktemp("sample") / "consult.sqlite"
    assert main(["consult", "--db", str(db), "ingest", str(SAMPLE), "--bill", str(BILL)]) == 0
    return db
