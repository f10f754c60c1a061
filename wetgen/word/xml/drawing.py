"""DrawingML: a picture placed inline in a run, sized in EMU."""

from __future__ import annotations

from wetgen.word.xml.ns import A_NS, PIC_NS, WP_NS
from wetgen.word.xml.text import esc

EMU_PER_TWIP = 635
EMU_PER_PIXEL = 9525  # at 96 dpi


def inline_picture(rid: str, number: int, name: str, descr: str, size: tuple[int, int]) -> str:
    """Return a run holding picture `rid` inline, `size` (cx, cy) in EMU.

    `number` is the drawing's document-unique id, `name` its name and `descr` the text an
    assistive reader speaks.
    """
    cx, cy = size
    return (
        f'<w:r><w:drawing><wp:inline xmlns:wp="{WP_NS}" distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{number}" name="{esc(name)}" '
        f'descr="{esc(descr)}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{A_NS}" '
        f'noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="{A_NS}">'
        f'<a:graphicData uri="{PIC_NS}"><pic:pic xmlns:pic="{PIC_NS}"><pic:nvPicPr>'
        f'<pic:cNvPr id="{number}" name="{esc(name)}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{esc(rid)}"/><a:stretch><a:fillRect/></a:stretch>'
        f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        f"</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
