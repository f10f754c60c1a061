"""The draft's instructions read into Ops: today's form, and the forms issue 12 adds to the
draft model (a place as a chain of parts with several numbers, ranges and "(nieuw)"; further
places; "telkens"; joined word changes; grouped changes with places relative to the group;
insertion within a unit or in alphabetical order; endings; a designation dropped), given here as
stand-ins with the same fields, so the reading is fixed before that model lands."""

from __future__ import annotations

from dataclasses import dataclass, field

from wetgen.consolidate.ops import Kind, Pick, Source, Words, instruction_ops
from wetgen.model import Action, Instruction, Lid, Renumbering, Target

SOURCE = Source("Wet", "I", "A")


@dataclass(frozen=True)
class Part:
    unit: str
    numbers: tuple[str, ...] = ()
    through: bool = False
    nieuw: bool = False


@dataclass(frozen=True)
class Chain:
    chain: tuple[Part, ...]

    def parts(self):
        return tuple((p.unit, p.numbers[0]) for p in self.chain if p.numbers)


@dataclass(frozen=True)
class Act:
    """An action the draft model does not have yet ("wijzigen", "aanduiding_plaatsen")."""

    value: str


@dataclass(frozen=True)
class Ending:
    target: Chain
    old: str
    new: str


@dataclass(frozen=True)
class Coming:
    """An instruction with the fields issue 12 gives Instruction."""

    action: Action | Act
    target: Chain
    old: str = ""
    new: str = ""
    anchor: str = ""
    payload: tuple = ()
    before: bool = False
    renumbering: Renumbering | None = None
    period_to_semicolon: bool = False
    loc: object = None
    also: tuple = ()
    within: bool = False
    every: bool = False
    joined: tuple = ()
    children: tuple = ()
    form: str = ""
    endings: tuple = ()
    designation: str = ""
    extra: dict = field(default_factory=dict)


def test_todays_instruction_reads_as_one_op():
    instruction = Instruction(Action.DELETE, Target(artikel="3", lid="2"), renumbering=Renumbering("lid", ("3",), ("2",)))
    (op,) = instruction_ops(instruction, SOURCE)
    assert (op.kind, op.places, op.renumbering, op.renumber_kind) == (
        Kind.REPEAL, ((Pick("artikel", ("3",)), Pick("lid", ("2",))),), (("3", "2"),), "lid")
    assert op.marks_nieuw  # the draft model has places as chains of parts, "(nieuw)" included


def test_chains_ranges_nieuw_further_places_and_telkens():
    target = Chain((Part("artikel", ("3", "5"), ), Part("lid", ("2", "4"), through=True), Part("zin", ("1",), nieuw=True)))
    other = Chain((Part("titel", ("2",)), Part("additioneel artikel", ("IV",))))
    coming = Coming(Action.REPLACE_WORDS, target, old="a", new="b", every=True, also=(other,),
                    joined=(Coming(Action.INSERT_WORDS, target, anchor="b", new="c"),))  # fmt: skip
    (op,) = instruction_ops(coming, SOURCE)  # type: ignore[arg-type]
    assert op.places == (
        (Pick("artikel", ("3", "5")), Pick("lid", ("2", "4"), through=True), Pick("volzin", ("1",), nieuw=True)),
        (Pick("titeldeel", ("2",)), Pick("artikel", ("IV",))),
    )
    assert op.words == (Words("a", "b", "", True), Words("", "c", "b", False)) and op.marks_nieuw


def test_a_group_yields_its_numbered_changes_with_places_under_it():
    group = Coming(Act("wijzigen"), Chain((Part("artikel", ("8",)),)), children=(
        Coming(Action.DELETE, Chain((Part("lid", ("2",)),)), designation="1."),
        Coming(Action.ADD, Chain((Part("artikel", ("9",)),)), payload=(Lid("3", "x"),), form="alfabetisch",
               endings=(Ending(Chain((Part("lid", ("2",)),)), ".", ";"),)),
    ))  # fmt: skip
    first, second = instruction_ops(group, SOURCE)  # type: ignore[arg-type]
    assert first.kind is Kind.REPEAL and first.places == ((Pick("artikel", ("8",)), Pick("lid", ("2",))),)
    assert first.designation == "1." and first.source.item == "1"
    assert second.places == ((Pick("artikel", ("9",)),),)  # an article named in full is not under the group's
    assert second.alphabetical and second.endings == (((Pick("artikel", ("8",)), Pick("lid", ("2",))), ".", ";"),)
    assert second.source.item == "2"


def test_insertion_within_and_a_designation():
    within = Coming(Action.INSERT, Chain((Part("artikel", ("2",)),)), payload=(Lid("2a", "x"),), within=True)
    (op,) = instruction_ops(within, SOURCE)  # type: ignore[arg-type]
    assert op.kind is Kind.INSERT and op.within
    (designate,) = instruction_ops(Coming(Act("aanduiding_plaatsen"), Chain((Part("artikel", ("7",)),))), SOURCE)  # type: ignore[arg-type]
    assert designate.kind is Kind.DESIGNATE and designate.places == ((Pick("artikel", ("7",)),),)
