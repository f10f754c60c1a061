"""The state of one AKN `bill` being built, shared by the body writer and the mod writer."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from wetgen.address import Address
from wetgen.model import Bill, Unit
from wetgen.render.akn.builder import AknBuilder

UnitWriter = Callable[[etree._Element, Unit, Address, "BillContext"], None]


class BillContext(AknBuilder):
    """An AKN bill being built: the bill, the textualMods its instructions give, and the writer
    of a unit quoted in a wijzigingsopdracht (`write_unit(parent, unit, place, ctx)`, `place`
    the address of the quoted structure)."""

    def __init__(self, bill: Bill, write_unit: UnitWriter) -> None:
        super().__init__("bill", "wetsvoorstel")
        self.bill = bill
        self.write_unit = write_unit
        self.mods: list[etree._Element] = []
