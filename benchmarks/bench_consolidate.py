"""Time applying a bill to a law, and `wetgen check --base` on the default draft as a process.

Run: python benchmarks/bench_consolidate.py [--articles N] [--repeat R]
Targets (issue 14): 2,000 instructions applied to a 2,000-article law in at most 1 s;
`wetgen check DRAFT --base FILE` on the default draft in at most 0.5 s as a whole process. The
law is bench_law's (20 hoofdstukken, three leden per article, lists and subonderdelen); the
instructions cycle through every kind, one per article: words replaced, a lid repealed with the
next renumbered, an article inserted, a lid added, an onderdeel replaced, an article renumbered,
an article repealed, and words inserted in a volzin.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_law import generate  # noqa: E402
from timing import cpu_of, timed  # noqa: E402

from wetgen.consolidate.check import check_against  # noqa: E402
from wetgen.consolidate.engine import consolidate  # noqa: E402
from wetgen.consolidate.ops import Kind, Op, Pick, Source, Words, instruction_ops  # noqa: E402
from wetgen.law.read import read_law  # noqa: E402
from wetgen.loader import load_bill  # noqa: E402
from wetgen.model import Action, Instruction, Item, Lid, Renumbering, Target  # noqa: E402
from wetgen.model import Article as DraftArticle  # noqa: E402

DRAFT = ROOT / "drafts" / "huisvesting-vergunninghouders" / "02-adviesaanvraag.yaml"
BASE = ROOT / "tests" / "consolidate" / "fixtures" / "BWBR0035303-huisvestingswet-2014.xml"


def instructions(numbers: list[str]) -> list[Op]:
    """Return one instruction per article, cycling through the kinds."""
    ops: list[Op] = []
    for n, number in enumerate(numbers):
        source = Source("Wet groot voorbeeld", "I", str(n))
        kind = n % 8
        if kind == 7:  # a volzin as the place: not yet in the draft format, so an Op
            place = (Pick("artikel", (number,)), Pick("lid", ("1",)), Pick("volzin", ("2",)))
            ops.append(Op(Kind.WORDS, (place,), source, words=(Words(anchor="eenmaal", new="en niet vaker"),)))
            continue
        ops += instruction_ops(_instruction(kind, number), source)
    return ops


def _instruction(kind: int, number: str) -> Instruction:
    article = Target(artikel=number)
    if kind == 0:
        return Instruction(Action.REPLACE_WORDS, Target(artikel=number, lid="1"), old="acht weken", new="zes weken")
    if kind == 1:
        return Instruction(Action.DELETE, Target(artikel=number, lid="2"), renumbering=Renumbering("lid", ("3",), ("2",)))
    if kind == 2:
        return Instruction(Action.INSERT, article, payload=(DraftArticle(number + "a", text="Een ingevoegd artikel."),))
    if kind == 3:
        return Instruction(Action.ADD, article, payload=(Lid("4", "Een toegevoegd lid."),))
    if kind == 4:
        return Instruction(Action.REPLACE, Target(artikel=number, lid="2", onderdeel="b"),
                           payload=(Item("b", "het aantal personen van het huishouden;"),))  # fmt: skip
    if kind == 5:
        return Instruction(Action.RENUMBER, article, new=number + "b")
    return Instruction(Action.DELETE, article)


def installed_state() -> dict[str, str]:
    """Compile wetgen's bytecode as an install does, and return the environment for a process.

    An installed wetgen starts from cached bytecode; with PYTHONDONTWRITEBYTECODE set (as on
    some machines) every run would compile the changed sources again and time the compiler.
    """
    compileall.compile_dir(ROOT / "wetgen", quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(ROOT)}


def check_process(*extra: str) -> tuple[float, float]:
    """Return the wall time and the CPU time of `wetgen check DRAFT [EXTRA]` as a process."""
    env = installed_state()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wetgen.cli.main", "check", str(DRAFT), *extra],
                   check=True, capture_output=True, cwd=ROOT, env=env)  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    law = generate(args.articles)
    ops = instructions([a.number for a in law.articles()])
    result = consolidate(law, ops)
    assert result.ok, result.failures[:3]
    best, median, _ = timed(args.repeat, lambda: consolidate(law, ops))
    cpu = min(cpu_of(lambda: consolidate(law, ops)) for _ in range(args.repeat))
    print(f"law: {args.articles} articles x 3 leden; {len(ops)} instructions of 8 kinds")
    print(f"machine load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"consolidate: best {best:.3f} s, median {median:.3f} s wall; best {cpu:.3f} s CPU (target <= 1 s)")
    plain = [check_process() for _ in range(args.repeat)]
    runs = [check_process("--base", str(BASE)) for _ in range(args.repeat)]
    print(f"check on the default draft as a process: best {min(w for w, _ in plain):.2f} s wall, "
          f"{min(c for _, c in plain):.2f} s CPU")  # fmt: skip
    print(f"check --base on the default draft as a process: best {min(w for w, _ in runs):.2f} s wall, "
          f"{min(c for _, c in runs):.2f} s CPU (target <= 0.5 s)")  # fmt: skip
    bill = load_bill(DRAFT)
    base = read_law(BASE)
    inside = min(cpu_of(lambda: check_against(bill, base)) for _ in range(args.repeat))
    print(f"the base checks themselves (check_against, in process): {inside * 1000:.1f} ms CPU")
    return 0 if best <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
