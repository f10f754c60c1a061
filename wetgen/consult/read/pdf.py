"""Text from a PDF with pdfminer.six, with every stream capped before it inflates.

pdfminer decodes a stream whole (`zlib.decompress`, `lzwdecode`, `rldecode` inside
`PDFStream.decode`) and has no size option, so a 1 MB file could inflate to gigabytes. While a
PDF is read, `capped_streams` puts bounded decoders in place of those three names in
`pdfminer.pdftypes`: each stream stops past `max_stream_bytes` and all streams of one file past
`max_decoded_bytes`, before the memory is taken. pdfminer's own filter chain, predictors and
decryption stay as they are. This runs in the reader process (wetgen.inputs.sandbox), which
reads one file at a time, so nothing else sees the swap; if pdfminer ever renames those names,
every PDF is refused (fail closed) rather than read uncapped.

Pages are read one by one until the page, text or time limit; a page with more characters than
a page can hold stops the reading there. pdfminer groups a page's text blocks into columns in
time that grows with the square of their number (1,500 scattered letters on one page of a 9 KB
file take half a minute); a page with more blocks than `max_page_boxes` is read in position
order instead, with a warning, and its text is kept.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from pdfminer import pdftypes
from pdfminer.converter import TextConverter
from pdfminer.layout import LAParams, LTPage, LTTextGroupLRTB
from pdfminer.lzw import LZWDecoder
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.runlength import rldecode

from wetgen.consult.errors import RejectedFile
from wetgen.consult.read import Extract
from wetgen.inputs import Deadline, Limits, RefusedInput
from wetgen.inputs.limits import megabytes

_SWAPPED = ("zlib", "lzwdecode", "rldecode")


class StreamTooLarge(RefusedInput):
    """A PDF stream (or all of them) would inflate past its cap."""


class _Budget:
    """What the streams of one PDF may still inflate to."""

    def __init__(self, limits: Limits, where: str) -> None:
        self.stream, self.left, self.where = limits.max_stream_bytes, limits.max_decoded_bytes, where
        self.total = limits.max_decoded_bytes
        self.exceeded: StreamTooLarge | None = None

    def room(self) -> int:
        """Return how many bytes the next stream may inflate to."""
        return min(self.stream, self.left)

    def spend(self, size: int) -> None:
        """Count a decoded stream; refuse it when it is over a cap."""
        if size > self.room():
            if size > self.stream:
                reason = f"a stream inflates past {megabytes(self.stream)}: refused as a decompression bomb"
            else:
                reason = f"its streams inflate past {megabytes(self.total)} together: refused"
            self.exceeded = StreamTooLarge(self.where, reason)
            raise self.exceeded
        self.left -= size

    def inflate(self, data: bytes) -> bytes:
        """Inflate zlib data up to the room left; keep what precedes damage, as pdfminer does."""
        room = self.room()
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(data, room + 1)
        except zlib.error:
            out = _salvage(data, room + 1)
        self.spend(len(out) + (1 if inflater.unconsumed_tail else 0))
        return out

    def lzw(self, data: bytes) -> bytes:
        """Decode LZW data with pdfminer's decoder, stopping past the room left."""
        room, out = self.room(), bytearray()
        for chunk in LZWDecoder(io.BytesIO(data)).run():
            out += chunk
            if len(out) > room:
                self.spend(len(out))
        self.spend(len(out))
        return bytes(out)

    def runlength(self, data: bytes) -> bytes:
        """Decode RunLength data after counting what it expands to."""
        size, at = 0, 0
        while at < len(data):
            length = data[at]
            if length == 128:
                break
            size += length + 1 if length < 128 else 257 - length
            at += length + 2 if length < 128 else 2
        self.spend(size)
        return rldecode(data)


def _salvage(data: bytes, limit: int) -> bytes:
    """Return what zlib data inflates to before the point where it is damaged."""
    inflater, out = zlib.decompressobj(), bytearray()
    for start in range(0, len(data), 65536):
        chunk, saved = data[start : start + 65536], inflater.copy()
        try:
            out += inflater.decompress(chunk, limit - len(out))
        except zlib.error:
            for at in range(len(chunk)):  # the damaged chunk, byte by byte
                try:
                    out += saved.decompress(chunk[at : at + 1])
                except zlib.error:
                    break
            break
        if len(out) >= limit:
            break
    return bytes(out)


class _CappedZlib:
    """Stands in for the zlib module inside pdfminer.pdftypes: decompress is capped."""

    error = zlib.error

    def __init__(self, budget: _Budget) -> None:
        self.decompress = budget.inflate
        self.decompressobj = zlib.decompressobj


@contextmanager
def capped_streams(budget: _Budget) -> Iterator[None]:
    """Swap pdfminer's stream decoders for capped ones while a PDF is read."""
    if not all(hasattr(pdftypes, name) for name in _SWAPPED):
        raise RejectedFile(budget.where, "this pdfminer.six cannot have its streams capped: not read")
    saved = {name: getattr(pdftypes, name) for name in _SWAPPED}
    pdftypes.zlib, pdftypes.lzwdecode, pdftypes.rldecode = (
        _CappedZlib(budget), budget.lzw, budget.runlength,
    )  # fmt: skip
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(pdftypes, name, value)


def pdf_text(data: bytes, where: str, limits: Limits, deadline: Deadline) -> Extract:
    """Extract the text of a PDF page by page, within the stream, page, text and time limits."""
    if b"%PDF-" not in data[:1024]:
        raise RejectedFile(where, "not a PDF (no %PDF- header)")
    budget = _Budget(limits, where)
    try:
        with capped_streams(budget):
            text, warnings, complete = _read_pages(data, where, limits, deadline)
    except RefusedInput:
        raise
    except _PageTooFull:
        if deadline.passed:
            raise RejectedFile(where, f"its first page took longer than {deadline.seconds:.0f} s: refused") from None
        raise RejectedFile(where, "a page holds more characters than a page can: refused") from None
    except Exception as exc:  # pdfminer raises many private error types
        if budget.exceeded is not None:
            raise budget.exceeded from None
        raise RejectedFile(where, f"damaged or encrypted PDF ({exc.__class__.__name__})") from None
    if budget.exceeded is not None:  # pdfminer may have caught it and gone on
        raise budget.exceeded
    return Extract(text, warnings, complete)


def _read_pages(data: bytes, where: str, limits: Limits, deadline: Deadline) -> tuple[str, list[str], bool]:
    """Return the text of the pages read, the warnings, and whether every page was read."""
    out, complete = io.StringIO(), True
    manager = PDFResourceManager(caching=True)
    device = _TextDevice(manager, out, LAParams(), limits, deadline)
    interpreter = PDFPageInterpreter(manager, device)
    warnings: list[str] = []
    ungrouped: list[str] = []
    for number, page in enumerate(PDFPage.get_pages(io.BytesIO(data)), start=1):
        stop = _stop_before(number, out.tell(), limits, deadline)
        if stop:
            warnings.append(f"{where}: {stop}")
            complete = False
            break
        try:
            interpreter.process_page(page)
        except _PageTooFull:
            if number == 1:
                raise
            why = (f"the time limit is {deadline.seconds:.0f} s" if deadline.passed
                   else f"page {number} holds over {limits.max_page_chars:,} characters")  # fmt: skip
            warnings.append(f"{where}: only the first {number - 1} pages were read ({why})")
            complete = False
            break
        if device.page.ungrouped:
            ungrouped.append(str(number))
    if ungrouped:
        warnings.append(f"{where}: {_ungrouped(ungrouped, limits.max_page_boxes)}")
    return out.getvalue(), warnings, complete


def _ungrouped(pages: list[str], max_boxes: int) -> str:
    """Say which pages were read in position order because they had too many text blocks."""
    listed = ", ".join(pages[:5]) + (" …" if len(pages) > 5 else "")
    which = f"page {pages[0]} has" if len(pages) == 1 else f"{len(pages)} pages ({listed}) have"
    return f"{which} more than {max_boxes} text blocks: read top to bottom, without finding columns"


def _stop_before(number: int, chars: int, limits: Limits, deadline: Deadline) -> str:
    """Return why reading stops before page `number`, or "" to go on."""
    done = f"only the first {number - 1} pages were read"
    if number > limits.max_pages:
        return f"{done} (the limit is {limits.max_pages})"
    if chars > limits.max_text_chars:
        return f"{done} (the text limit is {limits.max_text_chars:,} characters)"
    if deadline.passed:
        return f"{done} (the time limit is {deadline.seconds:.0f} s)"
    return ""


class _PageTooFull(Exception):
    """A page has more characters than max_page_chars, or its time ran out."""


class _BoundedPage(LTPage):
    """pdfminer's page, whose text blocks are put in position order instead of grouped into
    columns when there are more than `max_boxes` of them."""

    def __init__(self, page: LTPage, max_boxes: int) -> None:
        super().__init__(page.pageid, page.bbox, page.rotate)
        self.max_boxes, self.ungrouped = max_boxes, False

    def group_textboxes(self, laparams, boxes):
        """Group the text blocks into columns, or, past the cap, into one top-to-bottom group."""
        if len(boxes) <= self.max_boxes:
            return super().group_textboxes(laparams, boxes)
        self.ungrouped = True
        return [LTTextGroupLRTB(boxes)]


class _TextDevice(TextConverter):
    """pdfminer's text converter that keeps no drawings, stops a page that holds more
    characters than a page can (a flood of tiny glyphs makes layout analysis crawl) or that
    runs past the deadline, and bounds the grouping of its text blocks."""

    def __init__(self, manager, out, laparams, limits: Limits, deadline: Deadline) -> None:
        super().__init__(manager, out, laparams=laparams)
        self.max_chars, self.max_boxes = limits.max_page_chars, limits.max_page_boxes
        self.deadline, self.chars = deadline, 0
        self.page = _BoundedPage(LTPage(0, (0, 0, 0, 0)), self.max_boxes)

    def begin_page(self, page, ctm) -> None:
        """Start a new page: count its characters and bound its layout analysis."""
        self.chars = 0
        super().begin_page(page, ctm)
        self.page = self.cur_item = _BoundedPage(self.cur_item, self.max_boxes)

    def render_char(self, *args, **kwargs) -> float:
        """Add one character to the page, unless the page is already full."""
        self.chars += 1
        if self.chars > self.max_chars or (self.chars % 1000 == 0 and self.deadline.passed):
            raise _PageTooFull
        return super().render_char(*args, **kwargs)

    def paint_path(self, *args, **kwargs) -> None:
        """Keep no drawings: only the text is wanted."""
