"""Respondent categories derived from names, organisations and e-mail domains, with lists to configure."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from wetgen.consult.errors import ConsultInputError

CATEGORIES = (
    "gemeente", "provincie", "waterschap", "woningcorporatie", "koepel/belangenorganisatie",
    "bedrijf", "wetenschap", "burger", "onbekend",
)  # fmt: skip
ANONYMOUS = {"anoniem", "anonymous", "n.n.", "nn", "onbekend", "-", "x", "geen", "niet openbaar"}
_TUSSEN = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "ter",
    "ten",
    "te",
    "op",
    "in",
    "'t",
    "la",
    "le",
    "du",
    "da",
    "el",
    "von",
    "vd",
    "v.d.",
}
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+|[A-Z]\.(?:[A-Z]\.)*)$")


@dataclass
class CategoryLists:
    """The lists that categorisation uses: keywords per category, municipalities, provinces."""

    keywords: list[tuple[str, str]] = field(default_factory=list)  # (category, keyword)
    gemeenten: dict[str, str] = field(default_factory=dict)  # folded name → official name
    provincies: dict[str, str] = field(default_factory=dict)  # folded name → official name
    _pattern: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _rank: dict[str, tuple[int, str]] = field(default_factory=dict, repr=False, compare=False)

    def first_keyword(self, text: str) -> tuple[str, str] | None:
        """Return the (category, keyword) listed first among the keywords found in `text`."""
        if self._pattern is None:
            words = sorted({w for _, w in self.keywords}, key=len, reverse=True)
            self._pattern = re.compile(
                r"(?<![\w])(" + "|".join(map(re.escape, words)) + r")(?![\w])"
            )
            self._rank = {}
            for index, (category, word) in enumerate(self.keywords):
                self._rank.setdefault(word, (index, category))
        hits = {m.group(1) for m in self._pattern.finditer(text)} if self.keywords else set()
        if not hits:
            return None
        best = min(hits, key=lambda w: self._rank[w][0])
        return self._rank[best][1], best

    @classmethod
    def load(
        cls,
        keywords: Path | None = None,
        gemeenten: Path | None = None,
        provincies: Path | None = None,
    ) -> CategoryLists:
        """Load the shipped lists, or the files given instead."""
        lists = cls()
        for category, word in _rows(_read(keywords, "categories.txt")):
            if category not in CATEGORIES:
                raise ConsultInputError(
                    f"unknown category {category!r} in the keyword list; use one of {', '.join(CATEGORIES)}"
                )
            lists.keywords.append((category, fold(word)))
        for name, _province, *aliases in _rows(_read(gemeenten, "gemeenten.txt")):
            for form in [name, *"|".join(aliases).split("|")]:
                if form:
                    lists.gemeenten[fold(form)] = name
        for name, *aliases in _rows(_read(provincies, "provincies.txt")):
            for form in [name, *"|".join(aliases).split("|")]:
                if form:
                    lists.provincies[fold(form)] = name
        return lists


def _read(path: Path | None, shipped: str) -> str:
    if path is not None:
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConsultInputError(f"cannot read list {path}: {exc}") from None
    return resources.files("wetgen.consult.analyse").joinpath("data", shipped).read_text(encoding="utf-8")


def _rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([c.strip() for c in re.split(r"[;\t]", line)])
    return rows


def fold(text: str) -> str:
    """Return lower-case ASCII text with single spaces, for matching names."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9.&'-]+", " ", ascii_text.lower()).split())


def categorise(
    name: str,
    organisation: str = "",
    email: str = "",
    text: str = "",
    lists: CategoryLists | None = None,
) -> tuple[str, str]:
    """Return (category, reason) for a respondent, from the lists and the shape of the name."""
    lists = lists or default_lists()
    who = fold(" ".join(filter(None, [organisation, name])))
    domain = fold(email.rpartition("@")[2].rpartition(".")[0]) if "@" in email else ""
    found = lists.first_keyword(who) or (
        lists.first_keyword(domain.replace("-", " ")) if domain else None
    )
    if found:
        category, word = found
        return category, f"trefwoord '{word}'"
    if who in lists.gemeenten:
        return "gemeente", f"gemeente {lists.gemeenten[who]}"
    for form, official in lists.provincies.items():
        if who in (form, f"provincie {form}"):
            return "provincie", f"provincie {official}"
    signed = _signed_for(text, lists)
    if signed:
        return signed
    if not who or who in ANONYMOUS:
        return "onbekend", "geen naam opgegeven"
    if looks_like_person(organisation or name):
        return "burger", "naam van een persoon"
    return "onbekend", "naam niet herkend"


def _signed_for(text: str, lists: CategoryLists) -> tuple[str, str] | None:
    head = fold(text[:300])
    match = re.search(
        r"\b(?:namens|het college van burgemeester en wethouders van|de gemeente)\s+(?:de\s+)?(?:gemeente\s+)?([a-z' -]{3,40})",
        head,
    )
    if match:
        words = match.group(1).split()
        for size in range(min(4, len(words)), 0, -1):
            candidate = " ".join(words[:size])
            if candidate in lists.gemeenten:
                return "gemeente", f"namens gemeente {lists.gemeenten[candidate]}"
    return None


def looks_like_person(name: str) -> bool:
    """Tell whether a name has the shape of a person's name ("J. de Vries", "Fatima el Amrani")."""
    words = name.replace(",", " ").split()
    if not 2 <= len(words) <= 6:
        return False
    proper = [w for w in words if w.lower() not in _TUSSEN]
    return bool(proper) and all(_NAME_WORD.match(w) for w in proper) and not name.isupper()


_DEFAULT: CategoryLists | None = None


def default_lists() -> CategoryLists:
    """Return the shipped lists, loaded once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = CategoryLists.load()
    return _DEFAULT
