"""Properties of generated base laws: BWB XML round trip, look-ups, Markdown."""

import re

from hypothesis import HealthCheck, given, settings

from tests.law.strategies import laws
from wetgen.law.bwb_reader import read_bwb
from wetgen.law.bwb_writer import write_bwb
from wetgen.law.locate import Place, Step, locate
from wetgen.law.markdown import render_markdown
from wetgen.law.numbers import is_ordered

ARTICLE_HEADING = re.compile(r"^#{2,6} Artikel (\S+?)(?:\. .*)?$", re.MULTILINE)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(laws())
def test_a_law_written_as_bwb_xml_reads_back_equal(law):
    data = write_bwb(law)
    again = read_bwb(data)
    assert again == law
    assert write_bwb(again) == data  # deterministic


@SETTINGS
@given(laws())
def test_every_article_and_lid_is_found_by_its_number(law):
    numbers = [a.number for a in law.articles()]
    assert is_ordered(numbers)
    for article in law.articles():
        place = locate(law, (Step("artikel", article.number),))
        assert isinstance(place, Place) and place.unit is article
        for lid in article.leden:
            found = locate(law, (Step("artikel", article.number), Step("lid", lid.number)))
            assert isinstance(found, Place) and found.unit is lid


@SETTINGS
@given(laws())
def test_the_markdown_has_one_heading_per_article_in_order(law):
    text = render_markdown(law)
    headings = [m.group(1) for m in ARTICLE_HEADING.finditer(text)]
    assert headings == [a.number for a in law.articles()]
    lid_lines = [line for line in text.splitlines() if re.match(r"\d+\. ", line)]
    assert len(lid_lines) == sum(len(a.leden) for a in law.articles())
