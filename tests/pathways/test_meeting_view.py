"""Meeting mode's words (pathways.meeting_view): what the room sees on the shared screen is what
the printed client copy would say, and an identity code typed into a free text never shows."""

from __future__ import annotations

from datetime import date

from pathways.catalogue import ServiceCatalogue, plain_description
from pathways.meeting_view import meeting_view
from pathways.model import Client, Goal, Step, TeamMember

CODE = "131052-308T"


def shown(client: Client, steps: list[Step], lang: str = "fi") -> str:
    view = meeting_view(client, steps, ServiceCatalogue(), lang, today=date(2026, 6, 1))
    return "\n".join(
        "\n".join([item.heading, *item.sentences]) for page in view.pages for item in page.items
    )


def test_an_identity_code_typed_into_a_title_or_the_goal_is_hidden_as_on_paper() -> None:
    client = Client("c1", "Aino Asiakas", personal_id=CODE,
                    goal=Goal("open_employment", f"Työ varastossa ({CODE})"),
                    team=[TeamMember("t1", "Sari Saarinen", "sosiaalityöntekijä", "social")])
    steps = [Step("s1", "work_trial", "ongoing", title=f"Työkokeilu, hetu {CODE}",
                  responsible="t1", start=date(2026, 3, 2)),
             Step("s2", "job_coaching", "planned", title="Valmennus 0511799515")]
    text = shown(client, steps)
    assert CODE not in text and "0511799515" not in text
    assert "Työkokeilu, hetu ▇▇▇" in text and "Työ varastossa (▇▇▇)" in text


def test_each_step_is_told_in_the_client_copys_plain_sentence() -> None:
    client = Client("c1", "Aino Asiakas")
    steps = [Step("s1", "work_trial", "ongoing", title="Työkokeilu varastossa",
                  start=date(2026, 3, 2)),
             Step("s2", "job_coaching", "planned")]
    for lang in ("fi", "sv", "en"):
        text = shown(client, steps, lang)
        for code in ("work_trial", "job_coaching"):
            plain = plain_description(code, lang)
            assert plain and plain in text, (lang, code)


def test_the_helpers_role_is_written_as_inside_a_sentence() -> None:
    client = Client("c1", "Aino Asiakas",
                    team=[TeamMember("t1", "Kirsi Manninen", "Työkykykoordinaattori", "health"),
                          TeamMember("t2", "Heidi Rantanen", "IPS-työhönvalmentaja", "health")])
    steps = [Step("s1", "work_trial", "ongoing", responsible="t1", start=date(2026, 3, 2)),
             Step("s2", "job_coaching", "planned", responsible="t2")]
    text = shown(client, steps)
    assert "Sinua auttaa Kirsi Manninen, työkykykoordinaattori." in text
    assert "Sinua auttaa Heidi Rantanen, IPS-työhönvalmentaja." in text
