"""Compile the campaign kernel before an ingest needs it, as a step the progress bar shows.

numba compiles `lsh_kernel` the first time it runs after an install or upgrade (about 10 s)
and caches the machine code. Without this step the first ingest seems to hang under
"Campagnes zoeken"; with it, the bar says what happens and that it happens once.
"""

from __future__ import annotations

from wetgen.consult.analyse.campaign_summary import summarise_campaigns
from wetgen.consult.analyse.lsh_kernel import cache_folder, is_cached
from wetgen.progress import NULL_PROGRESS, Progress

PREPARE = "Campagnezoeker voorbereiden (eenmalig)"
PREPARE_UNCACHED = "Campagnezoeker voorbereiden (geen schrijfbare cachemap; zie NUMBA_CACHE_DIR)"

_LETTER = (
    "Geachte minister, wij maken bezwaar tegen de voorrang voor vergunninghouders in artikel "
    "28a omdat de wachtlijsten voor sociale huurwoningen in onze gemeente al jaren lang zijn"
)
# two letters of one campaign and a text of its own: every kernel runs once, with the argument
# types of a real ingest, so the ingest itself compiles nothing more
TEXTS = (_LETTER, _LETTER + " en blijven groeien.", "Een eigen reactie op het wetsvoorstel.")


def prepare_campaign_search(progress: Progress = NULL_PROGRESS) -> bool:
    """Compile the campaign kernel unless numba has it cached, as a task; tell whether it did."""
    if is_cached():
        return False
    progress.start(PREPARE if cache_folder() else PREPARE_UNCACHED, None)
    summarise_campaigns(TEXTS, [1] * len(TEXTS), list(range(len(TEXTS))))
    return True
