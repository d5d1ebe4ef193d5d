"""Words a client or a worker reads in Finnish: one English word translated for two places must
fit both (the client copy's key says "▶ nyt" like its "Nyt ·" lines; compare says "nykyiseen")."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from pathways.catalogue import ServiceCatalogue
from pathways.demo import demo_clients
from pathways.printing import PrintOptions, print_pathway

TODAY = date(2026, 12, 6)


def test_the_finnish_client_copy_key_says_now_as_its_steps_do(tmp_path: Path) -> None:
    client = next(c for c in demo_clients(TODAY) if c.id == "demo-raili")
    out = tmp_path / "copy.pdf"
    print_pathway(client, client.pathways[0], ServiceCatalogue(),
                  PrintOptions(today=TODAY, client_copy=True, lang="fi"), out)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Nyt ·" in text
    assert "▶ nyt" in text and "nykyiseen" not in text


def test_compare_still_says_to_the_pathway_now() -> None:
    from pathways.i18n import translate

    assert translate("the pathway as it is now", "fi") == "nykyiseen"
    assert translate("the pathway as it is now", "sv") == "nuläget"
