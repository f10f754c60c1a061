"""Pairing siblings by key, number and similarity; moves, insertions and renumberings in small trees."""

from wetgen.diff.compare import diff_trees
from wetgen.diff.match import moved, pair_siblings
from wetgen.diff.tree import UnitNode

TEXTS = [
    "Burgemeester en wethouders dragen zorg voor voldoende woonruimte.",
    "Gedeputeerde staten verdelen het aantal over de gemeenten.",
    "Onze Minister zendt jaarlijks een verslag aan de Staten-Generaal.",
    "Bij regeling van Onze Minister kunnen nadere regels worden gesteld.",
    "De gemeenteraad stelt een huisvestingsverordening vast.",
]


def lid(number, text, key="", parent="art_1"):
    return UnitNode("lid", number, key, f"{parent}__para_{number}", f"lid {number}", text)


def article(leden, number="1"):
    return UnitNode("artikel", number, "", f"art_{number}", f"Artikel {number}", "", tuple(leden))


def root(*articles):
    return UnitNode("wetsvoorstel", "", "", "", "", "", tuple(articles))


def numbered(texts, keys=None):
    keys = keys or [""] * len(texts)
    return [lid(str(n), t, k) for n, (t, k) in enumerate(zip(texts, keys, strict=True), start=1)]


def test_keys_win_over_numbers():
    old = [lid("1", TEXTS[0], "a"), lid("2", TEXTS[1], "b")]
    new = [lid("1", TEXTS[1], "b"), lid("2", TEXTS[0], "a")]
    assert pair_siblings(old, new) == ((0, 1), (1, 0))


def test_different_keys_are_never_paired():
    assert pair_siblings([lid("1", TEXTS[0], "a")], [lid("1", TEXTS[0], "b")]) == ()


def test_without_keys_a_deleted_lid_pairs_the_rest_by_text_not_by_number():
    old = numbered(TEXTS)
    new = numbered(TEXTS[:2] + TEXTS[3:])
    assert pair_siblings(old, new) == ((0, 0), (1, 1), (3, 2), (4, 3))


def test_a_reworded_lid_with_the_same_number_is_still_paired():
    old, new = [lid("1", "Aaa bbb ccc.")], [lid("1", "Xxx yyy zzz qqq.")]
    assert pair_siblings(old, new) == ((0, 0),)


def test_moved_is_empty_when_order_is_kept_and_finds_the_one_unit_that_moved():
    assert moved([(0, 0), (1, 1), (3, 2)]) == frozenset()
    assert moved([(0, 3), (1, 0), (2, 1), (3, 2)]) == frozenset({(0, 3)})
    assert moved([(0, 1), (1, 0)]) == frozenset({(0, 1), (1, 0)})


def test_an_insertion_at_the_front_is_one_insertion_and_one_renumbering_note():
    old = root(article(numbered(TEXTS[1:])))
    new = root(article(numbered(TEXTS)))
    changes = diff_trees(old, new)
    assert [c.kind for c in changes] == ["inserted", "renumbered"]
    note = changes[1]
    assert [(r.old, r.new) for r in note.renumbering] == [
        ("1", "2"),
        ("2", "3"),
        ("3", "4"),
        ("4", "5"),
    ]
    assert note.caused_by == ("art_1__para_1",)


def test_a_reordering_is_reported_as_a_move():
    old = root(article(numbered(TEXTS, list("abcde"))))
    new = root(article(numbered([TEXTS[4], *TEXTS[:4]], list("eabcd"))))
    kinds = [c.kind for c in diff_trees(old, new)]
    assert kinds.count("moved") == 1
    assert kinds.count("renumbered") == 1
    assert "inserted" not in kinds and "deleted" not in kinds


def test_a_keyed_lid_moved_to_another_article_is_one_move():
    old = root(
        article([lid("1", TEXTS[0], "x"), lid("2", TEXTS[1], "y")]),
        article([lid("1", TEXTS[2], "z")], "2"),
    )
    moved_lid = lid("2", TEXTS[1] + " Gewijzigd.", "y", "art_2")
    new = root(
        article([lid("1", TEXTS[0], "x")]),
        article([lid("1", TEXTS[2], "z", "art_2"), moved_lid], "2"),
    )
    changes = diff_trees(old, new)
    assert [c.kind for c in changes] == ["moved", "changed"]
    assert (changes[0].old_eid, changes[0].new_eid) == ("art_1__para_2", "art_2__para_2")
    assert [op.new for op in changes[1].text if op.op == "insert"] == [" Gewijzigd."]


def test_identical_texts_pair_before_numbers_so_a_shift_is_not_a_change():
    similar = [
        f"Onze Minister stelt regels over onderwerp {n} en de uitvoering daarvan." for n in range(6)
    ]
    old = numbered(similar)
    new = [lid("1", "Een nieuw lid.")] + [lid(str(n + 2), t) for n, t in enumerate(similar)]
    assert pair_siblings(old, new) == tuple((i, i + 1) for i in range(6))


def test_one_article_inserted_at_the_top_of_a_long_bill_is_two_changes():
    texts = [
        f"Artikel over onderwerp {n}: Onze Minister stelt daarover regels, telkens dezelfde."
        for n in range(300)
    ]
    old = root(
        *(article([lid("1", t, parent=f"art_{n + 1}")], str(n + 1)) for n, t in enumerate(texts))
    )
    new_texts = ["Een geheel nieuw eerste artikel.", *texts]
    new = root(
        *(
            article([lid("1", t, parent=f"art_{n + 1}")], str(n + 1))
            for n, t in enumerate(new_texts)
        )
    )
    changes = diff_trees(old, new)
    assert [c.kind for c in changes] == ["inserted", "renumbered"]
    assert len(changes[1].renumbering) == 300
    assert changes[1].renumbering[0].old == "1" and changes[1].renumbering[0].new == "2"
