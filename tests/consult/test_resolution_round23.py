"""Forms that the real set's fresh35 part (zi01-zi08: municipalities' explanations of their own
verordeningen, commentaries) showed, each stated as a rule of such texts in general and tested
on invented sentences."""

from __future__ import annotations

from wetgen.loader import load_text

from .resolving import resolved

_VERORDENING = (
    "wetsvoorstel:\n  opschrift: Verordening op de proef\n  citeertitel: ''\n  versie: {label: x, datum: "
    "'2020-01-01', fase: consultatieversie}\n  ministerie: ''\n  ondertekenaars: []\n  considerans: []\n"
    "  artikelen:\n    - hoofdstuk: '1'\n      opschrift: Algemene bepalingen\n      artikelen:\n"
    "        - nummer: '1:1'\n          tekst: In deze verordening wordt verstaan onder x.\n"
    "    - hoofdstuk: '2'\n      opschrift: Toegang\n      artikelen:\n"
    "        - nummer: '2:1'\n          tekst: Een melding kan worden gedaan.\n"
)  # fmt: skip


def _bill():  # noqa: ANN202 - Bill
    return load_text(_VERORDENING.encode("utf-8"), "<verordening>").bill


def test_a_hoofdstuk_named_with_the_instruments_own_title_is_its_own_hoofdstuk():
    text = ("In de toelichting op de verordening bespreken wij eerst Hoofdstuk 1. Algemene bepalingen en dan "
            "Hoofdstuk 2. Toegang, waarin de melding staat.")  # fmt: skip
    found = resolved(text, _bill(), "scope", "division")
    assert ("Hoofdstuk 1", "bill", "hoofdstuk 1") in found and ("Hoofdstuk 2", "bill", "hoofdstuk 2") in found


def test_a_hoofdstuk_with_another_title_is_not_taken_for_the_instruments_own():
    text = "Zoals de Jeugdwet in Hoofdstuk 2. Gemeentelijke verantwoordelijkheid bepaalt, is er een taak."
    assert ("Hoofdstuk 2", "bill", "hoofdstuk 2") not in resolved(text, _bill(), "scope", "division")


def test_the_title_of_a_regulations_own_explanation_names_no_memorie():
    for text in ("Toelichting behorende bij de Verordening op de proef 2020 (vastgesteld bij raadsbesluit van 1 mei "
                 "2020)\n\nDe verordening regelt de proef.",
                 "Vastgesteld op 1 mei 2020. ________________\nALGEMENE TOELICHTING VERORDENING OP DE PROEF Inleiding "
                 "De verordening regelt de proef."):  # fmt: skip
        assert not [f for f in resolved(text, _bill(), "scope") if f[1] == "mvt"], text
