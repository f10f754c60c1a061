"""A public Word (.docx) writer, layered by level of the file format as python-docx is:

- `package`: the OPC zip package (parts, relationships, content types, deterministic save);
- `parts`: the parts besides the body (sections, settings, properties, media);
- `styles`: style names (English or Dutch) resolved to a reference's style ids;
- `xml`: the raw WordprocessingML and DrawingML fragments, the only place raw w: markup is written;
- `document`: `WordDocument`, the object users touch.

Lower layers never import higher ones, and nothing here knows about bills.
"""

from wetgen.word.document import WordDocument
from wetgen.word.package import Package, read_package, write_zip
from wetgen.word.parts import Properties, w3cdtf
from wetgen.word.styles import StyleMap

__all__ = [
    "Package",
    "Properties",
    "StyleMap",
    "WordDocument",
    "read_package",
    "w3cdtf",
    "write_zip",
]
