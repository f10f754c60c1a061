"""Themes within a section: its points clustered by their words, offline and deterministic.

Every distinct point (a campaign's copies count once) is a TF-IDF vector over its lemmatised
words and phrases (scikit-learn's TfidfVectorizer, fitted once over the whole consultation).
A section's vectors are clustered with k-means (scikit-learn, fixed seed, one thread: the
report runs beside other work) on at most `SAMPLE` evenly spaced points, for two themes and then one more as long as that raises the cosine
silhouette by `MIN_GAIN` and leaves no theme smaller than `MIN_THEME` points (or a twentieth
of the section), at most six; a section whose two themes fail that is one theme.
Every point then goes to its nearest theme. A theme is named by the phrases that weigh most in
its centre, and its points are ordered by closeness to that centre, so the first one that may
be quoted is the theme's representative quotation.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.cluster import KMeans
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

MIN_POINTS = 6  # fewer distinct points are one theme
MAX_THEMES = 6
SAMPLE = 1000  # points a section's clustering is fitted on
MIN_SILHOUETTE = 0.06
MIN_GAIN = 0.05  # a further theme must raise the silhouette by this much
MIN_THEME = 3  # points, or a twentieth of the section if that is more
SEED = 0


@dataclass(frozen=True)
class Theme:
    """One theme of a section: its points (indices into the section's list), nearest to the
    centre first, and the terms that weigh most in its centre (phrases first)."""

    members: tuple[int, ...]
    terms: tuple[str, ...]


def _tokens(doc: Sequence[str]) -> Sequence[str]:
    """Return a document that is already a list of terms as it is (the vectoriser's analyser)."""
    return doc


class ThemeSpace:
    """The TF-IDF vectors of every distinct point of a consultation, for clustering sections."""

    def __init__(self, docs: Sequence[Sequence[str]]) -> None:
        self.vectoriser = TfidfVectorizer(analyzer=_tokens, min_df=2, sublinear_tf=True,
                                          dtype=np.float64)  # fmt: skip
        try:
            self.matrix = self.vectoriser.fit_transform(docs).tocsr()
            self.names = [str(n) for n in self.vectoriser.get_feature_names_out()]
        except ValueError:  # no term occurs twice: nothing to cluster on
            self.matrix, self.names = None, []

    def themes(self, rows: Sequence[int]) -> list[Theme]:
        """Return the themes of a section whose distinct points are `rows`, largest first."""
        if not rows:
            return []
        if self.matrix is None:
            return [Theme(tuple(range(len(rows))), ())]
        x = normalize(self.matrix[list(rows)])
        with threadpool_limits(limits=1):
            labels = self._labels(x) if len(rows) >= MIN_POINTS else None
        if labels is None:
            labels = np.zeros(len(rows), dtype=int)
        themes = []
        for label in sorted(set(labels.tolist())):
            members = np.flatnonzero(labels == label)
            themes.append(self._theme(x, members))
        return sorted(themes, key=lambda t: (-len(t.members), t.members[0]))

    def _labels(self, x) -> np.ndarray | None:
        """Return each point's theme, or None when the points form one theme."""
        n = x.shape[0]
        sample = np.unique(np.linspace(0, n - 1, min(n, SAMPLE)).astype(int))
        fit = x[sample]
        best: tuple[float, KMeans | None] = (MIN_SILHOUETTE, None)
        for k in range(2, min(MAX_THEMES, len(sample) // 3) + 1):
            with warnings.catch_warnings():  # fewer distinct points than k: told below
                warnings.simplefilter("ignore", ConvergenceWarning)
                model = KMeans(n_clusters=k, n_init=3, random_state=SEED).fit(fit)
            sizes = np.bincount(model.labels_, minlength=k)
            if sizes.min() < max(MIN_THEME, len(sample) // 20):
                break
            score = silhouette_score(fit, model.labels_, metric="cosine",
                                     sample_size=min(len(sample), 1000), random_state=SEED)  # fmt: skip
            if score < best[0] + (MIN_GAIN if best[1] is not None else 0.0):
                break
            best = (float(score), model)
        return None if best[1] is None else best[1].predict(x)

    def _theme(self, x, members: np.ndarray) -> Theme:
        """Return one theme: members nearest its centre first, and its heaviest terms."""
        centre = np.asarray(x[members].mean(axis=0)).ravel()
        closeness = x[members] @ centre
        order = sorted(range(len(members)), key=lambda i: (-round(float(closeness[i]), 9), i))
        heavy = [i for i in np.argsort(-centre, kind="stable") if centre[i] > 0][:24]
        names = [self.names[i] for i in heavy]
        terms = [t for t in names if " " in t] + [t for t in names if " " not in t]
        return Theme(tuple(int(members[i]) for i in order), tuple(terms[:6]))
