"""Campaigns: the near-linear method agrees with the exact pairwise reference method."""

from __future__ import annotations

import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from wetgen.consult.analyse import lsh_kernel
from wetgen.consult.analyse.campaign_summary import (
    campaign_text,
    summarise_campaigns,
    text_digest,
)
from wetgen.consult.analyse.campaigns import find_clusters, jaccard, shingle_sets
from wetgen.consult.analyse.lsh_kernel import jaccard_runs
from wetgen.consult.analyse.reference_pairwise import jaccard as ref_jaccard
from wetgen.consult.analyse.reference_pairwise import ngrams, pairwise_clusters
from wetgen.consult.publish.overview import privacy_gate
from wetgen.consult.store import open_store


def _sample_texts(conn) -> list[str]:
    rows = conn.execute("SELECT id, text FROM responses ORDER BY seq").fetchall()
    extra: dict[str, list[str]] = {}
    for rid, text in conn.execute(
        "SELECT response_id, text FROM attachments WHERE status IN ('ok','truncated') ORDER BY response_id, seq"
    ):
        extra.setdefault(rid, []).append(text)
    return [campaign_text(text, extra.get(rid, [])) for rid, text in rows]


def test_agrees_with_pairwise_reference_on_the_sample(sample_store):
    conn = open_store(sample_store).conn
    texts = _sample_texts(conn)
    fast, exact = find_clusters(texts), pairwise_clusters(texts)
    assert fast == exact
    assert max(len(c) for c in fast) >= 100  # the sample's campaign is found
    stored = sorted(len(c) for c in fast)
    assert stored == sorted(r[0] for r in conn.execute("SELECT size FROM campaigns"))


def test_agrees_on_noisy_synthetic_letters():
    rng = random.Random(7)
    words = [f"w{i}" for i in range(2000)]
    bases = [" ".join(rng.choices(words, k=120)) for _ in range(4)]
    texts = []
    for i in range(900):
        if i % 3 == 0:
            letter = bases[i % 4].split()
            for _ in range(rng.randint(0, 45)):
                letter[rng.randrange(len(letter))] = rng.choice(words)
            texts.append(" ".join(letter))
        else:
            texts.append(" ".join(rng.choices(words, k=rng.randint(2, 150))))
    assert find_clusters(texts) == pairwise_clusters(texts)


def test_jaccard_matches_the_reference():
    a, b = "een twee drie vier vijf zes zeven acht", "een twee drie vier vijf zes negen tien"
    sets = shingle_sets([a, b, "kort"])
    assert jaccard(sets[0], sets[1]) == ref_jaccard(ngrams(a), ngrams(b))
    assert len(sets[2]) == 0 and jaccard(sets[0], sets[2]) == 0.0


def test_agrees_on_long_letters_of_every_length_around_the_prefix_table():
    # attachments of hundreds of words: some texts fit the prefix table, some keep codes aside,
    # the longest are merged, and their copies near the threshold must still join exactly
    rng = random.Random(11)
    words = [f"w{i}" for i in range(5000)]
    bases = [" ".join(rng.choices(words, k=k)) for k in (300, 520, 900)]
    texts = []
    for i in range(240):
        if i % 2 == 0:
            letter = bases[i % 3].split()
            for _ in range(rng.randint(0, len(letter) // 3)):
                letter[rng.randrange(len(letter))] = rng.choice(words)
            texts.append(" ".join(letter))
        else:
            texts.append(" ".join(rng.choices(words, k=rng.randint(100, 900))))
    clusters = find_clusters(texts)
    assert clusters == pairwise_clusters(texts) and len(clusters) == 3


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 2**32 - 1), max_size=60, unique=True),
    st.lists(st.integers(0, 2**32 - 1), max_size=60, unique=True),
    st.lists(st.integers(0, 40), max_size=60, unique=True),
)
def test_the_compiled_jaccard_is_the_jaccard_of_the_sets(a, b, shared):
    # small values are shared by both runs, so overlaps of every size occur, at either end
    left, right = sorted(set(a) | set(shared)), sorted(set(b) | set(shared[::2]))
    flat = np.array(left + right, dtype=np.uint32)
    offsets = np.array([0, len(left), len(left) + len(right)], dtype=np.int64)
    union = len(set(left) | set(right))
    expected = len(set(left) & set(right)) / union if left and right else 0.0
    assert jaccard_runs(flat, offsets, 0, 1) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 2**32 - 1), max_size=60, unique=True),
    st.lists(st.integers(0, 2**32 - 1), max_size=60, unique=True),
    st.lists(st.integers(0, 2**17), max_size=12, unique=True),
)
def test_the_jaccard_by_prefix_table_is_the_jaccard_of_the_sets(a, b, near):
    # codes below 2**17 share their top 16 bits in pairs: none, a few or too many are put aside
    left, right = sorted(set(a) | set(near)), sorted(set(b) | set(near[::3]))
    flat = np.array(left + right, dtype=np.uint32)
    offsets = np.array([0, len(left), len(left) + len(right)], dtype=np.int64)
    table, aside = lsh_kernel._empty_table(), np.empty(lsh_kernel._ASIDE, dtype=np.uint32)
    n_aside = lsh_kernel._fill(table, aside, flat, offsets, 0)
    prefixes = [code >> 16 for code in left]
    assert n_aside == (-1 if len(prefixes) - len(set(prefixes)) > lsh_kernel._ASIDE
                       else len(prefixes) - len(set(prefixes)))  # fmt: skip
    if n_aside >= 0:
        union = len(set(left) | set(right))
        expected = len(set(left) & set(right)) / union if left and right else 0.0
        assert lsh_kernel._jaccard_filled(table, aside, n_aside, flat, offsets, 0, 1) == expected
    lsh_kernel._empty(table, flat, offsets, 0)
    assert (table == lsh_kernel._empty_table()).all()  # ready for the next text


def test_campaign_report_has_representative_count_and_additions(sample_store):
    store = open_store(sample_store)
    biggest = store.campaigns()[0]
    assert biggest.size >= 100 and len(biggest.members) == biggest.size
    assert 0 < biggest.adding < biggest.size
    quote = privacy_gate(store, public=True).campaign_quote(biggest, store.response_points)
    assert "Ik maak bezwaar tegen dit wetsvoorstel" in quote
    added = store.conn.execute(
        "SELECT added FROM campaign_members WHERE campaign_id = ?", (biggest.id,)
    ).fetchall()
    assert any("negen jaar ingeschreven" in a[0] for a in added)


def test_a_large_campaign_is_summarised_the_same_a_page_at_a_time():
    letter = ("Geachte minister, ik maak bezwaar tegen dit wetsvoorstel omdat de wachtlijsten voor "
              "een sociale huurwoning al jaren te lang zijn en artikel 28a daar niets aan verandert.")  # fmt: skip
    texts = []
    for i in range(60):
        extra = [f" Ik wacht al {i % 5} jaar op een woning.", "", "  "][i % 3]
        texts.append(letter + extra + (" Groet, Anna" if i % 4 else ""))
    texts.append("Een heel andere reactie over de termijn van artikel 3, met eigen woorden erin.")
    public = [i % 2 for i in range(len(texts))]
    seqs = [len(texts) - i for i in range(len(texts))]  # the latest index is the earliest
    read: list[list[int]] = []

    def fetch(indices: list[int]) -> list[str]:
        read.append(list(indices))
        return [texts[i] for i in indices]

    whole = summarise_campaigns(texts, public, seqs)
    paged = summarise_campaigns(texts, public, seqs, fetch=fetch, page=7)
    assert paged == whole and len(whole) == 1 and len(whole[0].members) == 60
    assert max(len(page) for page in read) == 7  # the members were never read all at once
    # the copies told apart by their digests: each distinct text is read for its wording, then
    # for what it adds, and the representative once more
    distinct = len(set(texts[:60]))
    assert distinct == 14 and sum(len(page) for page in read) == 2 * distinct + 1
    digests = [text_digest(text) for text in texts]
    assert summarise_campaigns(texts, public, seqs, fetch=fetch, page=7, digests=digests) == whole
    # the most common wording (its whitespace aside), then public, then the earliest
    assert whole[0].representative == 59 and texts[59] == letter + "   Groet, Anna"
    added = {text for _, _, text in whole[0].members}
    assert "Ik wacht al 3 jaar op een woning." in added


def test_a_bucket_crowded_by_a_shared_sentence_is_split_by_the_next_bands():
    from wetgen.consult.analyse import campaigns

    rng = np.random.default_rng(3)
    crowded = campaigns.BUCKET_CAP * 3
    signatures = rng.integers(0, 2**32, size=(crowded + 40, campaigns.BANDS * campaigns.ROWS),
                              dtype=np.uint32)  # fmt: skip
    signatures[:, :2] = 7  # every text shares band 0 (a template sentence's minimum)
    signatures[crowded:, :] = signatures[crowded]  # and 40 texts share every minimum
    bands, rows, starts = campaigns._buckets(signatures)
    sizes = np.diff(starts)
    in_band_0 = sorted(sizes[bands == 0].tolist())
    assert in_band_0 == [40]  # the crowd split into texts of their own; the copies stay together
    assert set(rows[starts[0] : starts[1]].tolist()) == set(range(crowded, crowded + 40))


def test_agrees_with_pairwise_when_many_private_texts_share_template_sentences():
    rng = random.Random(11)
    words = [f"w{i}" for i in range(3000)]
    templates = [" ".join(rng.choices(words, k=25)) for _ in range(3)]
    letter = " ".join(rng.choices(words, k=90))
    texts = []
    for i in range(1500):
        if i % 4 == 0:  # a form letter with a personal line
            texts.append(letter + " " + " ".join(rng.choices(words, k=rng.randint(0, 30))))
        else:  # a private text: one or two shared sentences and words of its own
            shared = " ".join(rng.sample(templates, k=rng.randint(1, 2)))
            texts.append(shared + " " + " ".join(rng.choices(words, k=rng.randint(15, 60))))
    assert find_clusters(texts) == pairwise_clusters(texts)


def test_the_estimate_floor_loses_fewer_pairs_at_the_threshold_than_the_banding():
    from math import ceil, comb

    from wetgen.consult.analyse import campaigns

    perms, t = campaigns.BANDS * campaigns.ROWS, campaigns.THRESHOLD
    floor = ceil((t - campaigns.ESTIMATE_MARGIN) * perms)
    # a pair at the threshold agrees on Binomial(perms, t) permutations; below the floor it is
    # never compared, and the banding alone misses it when no band has all its rows equal
    below_floor = sum(comb(perms, k) * t**k * (1 - t) ** (perms - k) for k in range(floor))
    missed_by_bands = (1 - t**campaigns.ROWS) ** campaigns.BANDS
    assert below_floor < missed_by_bands < 2e-4
