"""Saved internetconsultatie.nl pages: response pages and listing pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lhtml

from wetgen.consult.errors import RejectedFile
from wetgen.consult.read import RawResponse
from wetgen.consult.read.dates import iso_date
from wetgen.inputs.xml import parse_html

GUID = re.compile(
    r"/reactie/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
)
_COUNT = re.compile(r"Reacties op consultatie \[(\d+)\]")


@dataclass
class Listing:
    """A listing page: the response ids it links to and the total it announces."""

    guids: list[str] = field(default_factory=list)
    announced: int | None = None


def classify(root: lhtml.HtmlElement) -> str:
    """Tell what a page is: "response", "listing" or "other"."""
    if _css(root, "table", "table__data-overview") and root.xpath("//blockquote"):
        return "response"
    if _css(root, "div", "result--list"):
        return "listing"
    if _css(root, "table", "table__data-overview"):
        return "response"
    return "other"


def read_page(data: bytes, where: str, name: str) -> RawResponse | Listing:
    """Read a saved page as a response or a listing; refuse anything else."""
    root = parse_html(data, where)
    etree.strip_elements(root, "script", "style", "noscript", with_tail=False)
    kind = classify(root)
    if kind == "response":
        return read_response(root, data, where, name)
    if kind == "listing":
        return read_listing(root)
    raise RejectedFile(where, "HTML page is neither an internetconsultatie response nor a listing")


def read_response(root: lhtml.HtmlElement, raw: bytes, where: str, name: str) -> RawResponse:
    """Read a response page: the metadata table, the answers and the attachment links."""
    meta = _table(root)
    guid = _guid(root, raw, name)
    answers = [_text(q) for q in root.xpath("//blockquote")]
    response = RawResponse(
        key=f"guid:{guid.lower()}" if guid else f"html:{name}",
        origin="html",
        source=where,
        name=meta.get("naam", ""),
        place=meta.get("plaats", ""),
        organisation=meta.get("organisatie", ""),
        submitted=iso_date(meta.get("datum", "")),
        text="\n\n".join(a for a in answers if a),
    )
    links = _css(root, "a", "icon--download")
    response.extra["attachment_ids"] = ",".join(_attachment_id(a.get("href", "")) for a in links)
    return response


def read_listing(root: lhtml.HtmlElement) -> Listing:
    """Read a listing page: the linked response ids and the announced count."""
    listing = Listing()
    for link in root.xpath(_class_xpath("div", "result--list") + "//li//a"):
        match = GUID.search(link.get("href", ""))
        if match:
            listing.guids.append(match.group(1).lower())
    count = _COUNT.search(root.text_content())
    listing.announced = int(count.group(1)) if count else None
    return listing


def _class_xpath(tag: str, cls: str) -> str:
    return f"//{tag}[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]"


def _css(root: lhtml.HtmlElement, tag: str, cls: str) -> list[lhtml.HtmlElement]:
    return root.xpath(_class_xpath(tag, cls))


def _table(root: lhtml.HtmlElement) -> dict[str, str]:
    meta: dict[str, str] = {}
    for row in root.xpath(_class_xpath("table", "table__data-overview") + "//tr"):
        th, td = row.find(".//th"), row.find(".//td")
        if th is not None and td is not None:
            meta[_text(th).lower().rstrip(":")] = _text(td)
    return meta


def _guid(root: lhtml.HtmlElement, raw: bytes, name: str) -> str:
    for link in root.xpath('//link[@rel="canonical"] | //meta[@property="og:url"]'):
        match = GUID.search(link.get("href") or link.get("content") or "")
        if match:
            return match.group(1)
    match = GUID.search(raw[:4096].decode("latin-1")) or GUID.search("/reactie/" + name)
    return match.group(1) if match else ""


def _attachment_id(href: str) -> str:
    parts = [p for p in href.split("/") if p]
    if len(parts) >= 2 and parts[-1] == "bestand":
        return parts[-2]
    return parts[-1] if parts else ""


def _text(element: lhtml.HtmlElement) -> str:
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = []
    paragraphs = element.findall(".//p")
    if paragraphs:
        blocks = [" ".join(p.text_content().split()) for p in paragraphs]
        return "\n\n".join(b for b in blocks if b)
    lines = [" ".join(line.split()) for line in element.text_content().split("\n")]
    return "\n".join(line for line in lines if line).strip()
