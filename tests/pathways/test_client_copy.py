"""The client copy as the client takes it home: one journey down an A4 portrait page, in plain
language, large type, every step named whole, nothing private on it. Real PDFs throughout."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch
from matplotlib.text import Text

from pathways.catalogue import ServiceCatalogue, plain_description
from pathways.client_copy import month_range, plain_when, since_month
from pathways.demo import demo_clients
from pathways.model import (
    Client,
    Consent,
    Goal,
    Meeting,
    Pathway,
    Step,
    TeamMember,
)
from pathways.printing import PrintOptions, print_pathway, pseudonym_code

CATALOGUE = ServiceCatalogue()
TODAY = date(2026, 6, 1)
KEY = b"test key"
PERSONAL_ID = "131052-308T"
A4_PORTRAIT = (595.3, 841.9)
ROLES = ("Sosiaalityöntekijä", "Työhönvalmentaja", "Opinto-ohjaaja")


def _client(count: int, *, longest_names: bool = False, lang: str = "fi") -> Client:
    """A client with *count* steps as a real pathway has them: some done, some now, the rest
    to come; three helpers with phones and e-mails, providers on every other step, a meeting,
    notes and a consent that must never be printed. *longest_names*: the catalogue's longest
    service names first (the hardest case for a page)."""
    codes = [service.code for service in CATALOGUE]
    if longest_names:
        codes.sort(key=lambda code: -len(CATALOGUE[code].name(lang)))
    else:
        codes = [codes[(index * 5) % len(codes)] for index in range(len(codes))]
    team = [
        TeamMember(f"t{i}", ("Kaisa Lehto", "Olli Saarinen", "Hanna Kivelä")[i], ROLES[i],
                   "social", ("Hämeen hyvinvointialue", "Hämeenlinnan työllisyysalue",
                              "Ammattiopisto Kaarna")[i],
                   phone=f"040 123 45{i}{i}", email=f"etunimi.sukunimi{i}@example.fi")
        for i in range(3)
    ]
    steps = []
    for index in range(count):
        if index < count * 3 // 8:
            status = "completed"
        elif index < count * 5 // 8:
            status = "ongoing"
        else:
            status = "planned"
        start = date(2025, 1, 6) + timedelta(days=40 * index)
        end = (start + timedelta(days=60) if status == "completed"
               else start + timedelta(days=200) if index % 2 else None)
        steps.append(Step(f"s{index}", codes[index % len(codes)], status, start=start, end=end,
                          responsible=f"t{index % 3}",
                          provider="Hämeen hyvinvointialue" if index % 2 else None,
                          note=f"Sisäinen muistiinpano {index}"))
    return Client(
        "c1", "Jussi Peltonen", personal_id=PERSONAL_ID, notes="Asiakkaan oma muistiinpano",
        goal=Goal("open_employment", "Palkkatyö kahtena päivänä viikossa"), team=team,
        consents=[Consent("k1", date(2025, 1, 1), ["social"], note="Suostumuksen huomio")],
        meetings=[Meeting("m1", date(2026, 5, 4), ["t1"], True, summary="Palaverin yhteenveto",
                          decisions=["Haetaan työkokeilupaikkaa"],
                          next_review=date(2026, 8, 20))],
        pathways=[Pathway("p1", "Polku työhön", "active", steps=steps)],
    )


def _print(client: Client, path: Path, **options: object) -> Path:
    print_pathway(client, client.pathways[0], CATALOGUE,
                  PrintOptions(today=TODAY, pseudonym_key=KEY, client_copy=True,
                               **options),  # type: ignore[arg-type]
                  path)
    return path


def _pages(path: Path) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(path).pages)


def _text(path: Path) -> str:
    """The page text as pdftotext reads it (what search and screen readers get)."""
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True)
    return done.stdout


def _squeezed(text: str) -> str:
    """Text without white space or hyphens: a name wrapped over lines (with a hyphen where a
    long word breaks) reads as the name itself."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


def _names(client: Client, lang: str) -> list[str]:
    return [step.title or CATALOGUE[step.service].name(lang)
            for step in client.pathways[0].steps if step.status != "cancelled"]


def _font_sizes(figure: Figure) -> list[float]:
    width_points = figure.get_size_inches()[0] * 72.0
    scale = figure.axes[0].get_xlim()[1] / width_points
    return [text.get_fontsize() * scale for text in figure.findobj(Text)
            if text.get_text().strip()]


def _luminance(colour: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _contrast(first: str, second: str) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# --- Pages -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("count", "pages"), [(1, 1), (5, 1), (8, 1), (9, 2), (12, 2), (16, 2)])
def test_eight_steps_on_one_portrait_page_sixteen_on_two(tmp_path: Path, count: int,
                                                         pages: int) -> None:
    for lang in ("fi", "sv", "en"):
        path = _print(_client(count), tmp_path / f"copy-{lang}.pdf", lang=lang,
                      meeting_sheet=True)
        printed = _pages(path)
        assert len(printed) == pages, (count, lang)
        for page in printed:
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            assert (round(width, 1), round(height, 1)) == A4_PORTRAIT


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_longest_service_names_still_fit_the_pages_and_are_printed_whole(
        tmp_path: Path, lang: str) -> None:
    for count, pages in ((8, 1), (16, 2)):
        client = _client(count, longest_names=True, lang=lang)
        path = _print(client, tmp_path / "copy.pdf", lang=lang)
        assert len(_pages(path)) == pages, (count, lang)
        text = _squeezed(_text(path))
        for name in _names(client, lang):
            assert _squeezed(name) in text, name
        assert "…" not in _text(path)  # nothing is cut short


def test_seventeen_steps_go_on_to_a_third_page_rather_than_shrink(tmp_path: Path) -> None:
    from pathways.printing import compose

    client = _client(17)
    document = compose(client, client.pathways[0], CATALOGUE,
                       PrintOptions(today=TODAY, client_copy=True, pseudonym_key=KEY))
    assert len(document.pages) == 3
    assert document.smallest_text >= 11.0
    path = _print(client, tmp_path / "copy.pdf")
    text = _squeezed(_text(path))
    assert all(_squeezed(name) in text for name in _names(client, "fi"))
    assert "Jatkuu sivulla 2" in _text(path)


# --- Reading it --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_text_is_under_11_points_and_all_of_it_is_dark_on_light(lang: str) -> None:
    from pathways.printing import compose

    client = _client(8)
    document = compose(client, client.pathways[0], CATALOGUE,
                       PrintOptions(today=TODAY, client_copy=True, lang=lang,
                                    pseudonym_key=KEY, meeting_sheet=True))
    sizes = [size for figure in document.pages for size in _font_sizes(figure)]
    assert min(sizes) >= 11.0
    assert document.smallest_text >= 11.0
    # High contrast, in colour and in greyscale: every text is near-black on white or on the
    # light band of the current steps, or white on a near-black symbol.
    backgrounds = {"#ffffff"}
    for figure in document.pages:
        for patch in figure.findobj(FancyBboxPatch):
            if patch.get_facecolor()[3]:
                backgrounds.add(to_hex(patch.get_facecolor()))
        for text in figure.findobj(Text):
            if not text.get_text().strip():
                continue
            colour = to_hex(text.get_color())
            if colour == "#ffffff":  # a symbol on its dark disc
                assert _contrast(colour, "#1a1a1a") >= 7.0
                continue
            for background in backgrounds:
                if _luminance(background) > 0.5:
                    assert _contrast(colour, background) >= 7.0, (colour, background)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fi", ["Sinun polkusi", "Valmis", "Nyt", "Seuraavaksi", "Tavoitteesi",
                "Mitä tapahtuu seuraavaksi?", "Kuka auttaa minua?", "Sinua auttaa:",
                "Luottamuksellinen"]),
        ("sv", ["Din väg", "Klart", "Nu", "Härnäst", "Ditt mål", "Vad händer härnäst?",
                "Vem hjälper mig?", "Du får hjälp av:", "Konfidentiell"]),
        ("en", ["Your path", "Done", "Now", "Coming next", "Your goal", "What happens next?",
                "Who helps me?", "Helps you:", "Confidential"]),
    ],
)
def test_the_copy_speaks_the_clients_language(tmp_path: Path, lang: str,
                                              words: list[str]) -> None:
    client = _client(8)
    text = " ".join(_text(_print(client, tmp_path / "copy.pdf", lang=lang)).split())
    for word in words:
        assert word in text, word
    # The plain-language description of what is now and to come, in that language (on a full
    # page, a done step may be named and dated only)...
    squeezed = _squeezed(text)
    for step in client.pathways[0].steps:
        description = plain_description(step.service, lang)
        if step.status in ("ongoing", "planned"):
            assert description and _squeezed(description) in squeezed, step.service
    # ... and of every step where there is room.
    client = _client(5)
    squeezed = _squeezed(_text(_print(client, tmp_path / "short.pdf", lang=lang)))
    for step in client.pathways[0].steps:
        description = plain_description(step.service, lang)
        assert description and _squeezed(description) in squeezed, step.service
    english = {"fi": "Your path", "sv": "Your path", "en": "Din väg"}[lang]
    assert english not in text


def test_it_reads_as_a_journey_done_now_next_and_the_goal_last(tmp_path: Path) -> None:
    client = _client(8)
    text = _squeezed(_text(_print(client, tmp_path / "copy.pdf", lang="en")))
    steps = client.pathways[0].steps
    positions = [text.index(_squeezed(CATALOGUE[s.service].name("en"))) for s in steps]
    assert positions == sorted(positions)  # the example's steps are in time order
    goal = text.index(_squeezed("Palkkatyö kahtena päivänä viikossa"))
    assert goal > positions[-1]
    assert text.index(_squeezed("What happens next?")) > goal
    # Who helps on a step: name, role and phone.
    assert _squeezed("Helps you: Olli Saarinen, työhönvalmentaja, phone 040 123 4511") in text


def test_a_done_step_that_comes_later_in_the_list_still_comes_first(tmp_path: Path) -> None:
    client = _client(3)
    steps = client.pathways[0].steps
    steps.reverse()  # the planned step first in the pathway's own order
    text = _squeezed(_text(_print(client, tmp_path / "copy.pdf", lang="en")))
    done = next(s for s in steps if s.status == "completed")
    planned = next(s for s in steps if s.status == "planned")
    assert text.index(_squeezed(CATALOGUE[done.service].name("en"))) < text.index(
        _squeezed(CATALOGUE[planned.service].name("en")))


def test_a_planned_end_is_shown_until_its_day(tmp_path: Path) -> None:
    client = _client(4)
    trial = Step("trial", "work_trial", "ongoing", start=date(2026, 3, 2),
                 end=date(2027, 5, 31), title="Työkokeilu varastossa")
    client.pathways[0].add_step(trial)
    assert "31.5.2027 asti" in " ".join(_text(_print(client, tmp_path / "fi.pdf")).split())
    english = " ".join(_text(_print(client, tmp_path / "en.pdf", lang="en")).split())
    assert "Now · since March 2026, until 31 May 2027" in english


# --- Never on it ---------------------------------------------------------------------------------


def _everything(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    return "\n".join([_text(path), metadata, path.read_bytes().decode("latin-1")])


def test_no_identity_code_notes_summaries_consents_or_cancelled_steps(tmp_path: Path) -> None:
    client = _client(6)
    pathway = client.pathways[0]
    pathway.title = f"Polku {PERSONAL_ID}"
    pathway.replace_step(
        dataclasses.replace(pathway.steps[0], title=f"Tunnus {PERSONAL_ID.lower()} tarkistettu")
    )
    pathway.add_step(Step("x", "debt_counselling", "cancelled", start=date(2025, 5, 1)))
    for lang in ("fi", "sv", "en"):
        path = _print(client, tmp_path / "copy.pdf", lang=lang, meeting_sheet=True)
        everything = _everything(path)
        assert PERSONAL_ID not in everything and "131052" not in everything
        text = _text(path)
        for private in ("Sisäinen muistiinpano", "Asiakkaan oma muistiinpano",
                        "Palaverin yhteenveto", "Suostumuksen huomio"):
            assert private not in text, private
        assert _squeezed(CATALOGUE["debt_counselling"].name(lang)) not in _squeezed(text)
        assert "Haetaan työkokeilupaikkaa" in text  # the agreed decision is the client's


def test_a_pseudonymised_copy_names_the_client_by_code_only(tmp_path: Path) -> None:
    client = _client(5)
    last = client.pathways[0].steps[-1]
    client.pathways[0].replace_step(
        dataclasses.replace(last, title="Jussin työkokeilu Peltosen kotikulmilla")
    )
    path = _print(client, tmp_path / "copy.pdf", pseudonymize=True)
    everything = _everything(path).lower()
    for part in ("jussi", "peltonen", "jussin", "peltosen"):
        assert part not in everything, part
    assert f"Asiakas {pseudonym_code('c1', KEY)}" in _text(path)


# --- Every demo client, in every language ----------------------------------------------------


@pytest.mark.parametrize("client", demo_clients(TODAY), ids=lambda c: c.id)
def test_every_demo_client_gets_one_page_naming_every_step_whole(tmp_path: Path,
                                                                 client: Client) -> None:
    pathway = client.active_pathway()
    assert pathway is not None
    steps = [s for s in pathway.steps if s.status != "cancelled"]
    for lang in ("fi", "sv", "en"):
        path = tmp_path / f"{lang}.pdf"
        print_pathway(client, pathway, CATALOGUE,
                      PrintOptions(today=TODAY, client_copy=True, lang=lang, pseudonym_key=KEY),
                      path)
        assert len(_pages(path)) == (1 if len(steps) <= 8 else 2), lang
        text = _squeezed(_text(path))
        for step in steps:
            name = step.title or CATALOGUE[step.service].name(lang)
            assert _squeezed(name) in text, (lang, name)
        assert client.personal_id is None or client.personal_id not in _everything(path)


# --- When, in plain words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 3, 2), date(2026, 5, 29), {
            "fi": "maaliskuusta toukokuuhun 2026", "sv": "från mars till maj 2026",
            "en": "from March to May 2026"}),
        (date(2025, 11, 3), date(2026, 2, 27), {
            "fi": "marraskuusta 2025 helmikuuhun 2026",
            "sv": "från november 2025 till februari 2026",
            "en": "from November 2025 to February 2026"}),
        (date(2026, 3, 2), date(2026, 3, 20), {
            "fi": "maaliskuussa 2026", "sv": "i mars 2026", "en": "in March 2026"}),
    ],
)
def test_a_done_step_is_dated_by_its_months(start: date, end: date,
                                            expected: dict[str, str]) -> None:
    for lang, text in expected.items():
        assert month_range(start, end, lang) == text
        assert plain_when(Step("s", "work_trial", "completed", start=start, end=end),
                          lang) == text


def test_now_and_next_are_dated_from_their_start_and_to_their_planned_end() -> None:
    ongoing = Step("s", "work_trial", "ongoing", start=date(2026, 3, 2), end=date(2027, 5, 31))
    assert plain_when(ongoing, "fi") == "maaliskuusta 2026 alkaen, 31.5.2027 asti"
    assert plain_when(ongoing, "en") == "since March 2026, until 31 May 2027"
    assert since_month(date(2026, 3, 2), "sv") == "sedan mars 2026"
    planned = Step("s", "work_trial", "planned", start=date(2026, 9, 1))
    assert plain_when(planned, "fi") == "alkaa 1.9.2026"
    assert plain_when(Step("s", "work_trial", "planned"), "en") == (
        "the date will be agreed later")


def test_an_agreed_version_says_so_and_tells_of_its_own_meeting(tmp_path: Path) -> None:
    from pathways.model import AgreedVersion

    client = _client(4)
    pathway = client.pathways[0]
    client.meetings.insert(0, Meeting("m0", date(2026, 2, 2), ["t1"], True,
                                      decisions=["Aloitetaan työkokeilu"],
                                      next_review=date(2026, 4, 1)))
    version = AgreedVersion.of(pathway, "v1", date(2026, 2, 2), meeting_id="m0")
    path = tmp_path / "copy.pdf"
    print_pathway(client, version.as_pathway(pathway.title, pathway.status), CATALOGUE,
                  PrintOptions(today=TODAY, client_copy=True, meeting_sheet=True, version=version,
                               pseudonym_key=KEY), path)
    text = " ".join(_text(path).split())
    assert "Sovittu versio 2.2.2026" in text
    assert "Aloitetaan työkokeilu" in text  # the version's own meeting's decision
    assert "Haetaan työkokeilupaikkaa" not in text  # a later meeting's is not
    assert "1.4.2026" in text  # its next meeting, as of the day it was agreed


@pytest.mark.parametrize("client", demo_clients(TODAY), ids=lambda c: c.id)
def test_no_two_texts_overlap_on_the_page(client: Client) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from pathways.printing import compose

    pathway = client.active_pathway()
    assert pathway is not None
    for lang, decisions in (("fi", False), ("sv", False), ("en", False), ("fi", True)):
        document = compose(client, pathway, CATALOGUE,
                           PrintOptions(today=TODAY, client_copy=True, lang=lang,
                                        meeting_sheet=decisions, pseudonym_key=KEY))
        for figure in document.pages:
            renderer = FigureCanvasAgg(figure).get_renderer()
            boxes = [text.get_window_extent(renderer) for text in figure.findobj(Text)
                     if text.get_text().strip()]
            for index, box in enumerate(boxes):
                for other in boxes[index + 1:]:
                    overlap_x = min(box.x1, other.x1) - max(box.x0, other.x0)
                    overlap_y = min(box.y1, other.y1) - max(box.y0, other.y0)
                    assert overlap_x <= 1.0 or overlap_y <= 1.0, (lang, box, other)


def test_a_day_already_past_is_never_told_as_still_to_come(tmp_path: Path) -> None:
    late = Step("s", "work_trial", "planned", start=date(2026, 5, 20))
    assert plain_when(late, "fi", TODAY) == "piti alkaa 20.5.2026"
    assert plain_when(late, "en", TODAY) == "was to start 20 May 2026"
    assert plain_when(late, "en", date(2026, 5, 1)) == "starts 20 May 2026"
    overrun = Step("s", "work_trial", "ongoing", start=date(2026, 1, 5), end=date(2026, 5, 29))
    assert plain_when(overrun, "sv", TODAY) == "sedan januari 2026, planerat till 29.5.2026"
    client = _client(2)
    client.pathways[0].replace_step(
        dataclasses.replace(client.pathways[0].steps[1], start=date(2026, 7, 1))
    )  # to come: after the late one
    client.pathways[0].add_step(late)
    text = " ".join(_text(_print(client, tmp_path / "copy.pdf", lang="en")).split())
    assert "Next: Work trial. It was to start on 20 May 2026." in text
    assert "starts 20 May 2026" not in text


def test_every_word_of_the_client_copy_has_finnish_and_swedish() -> None:
    """A copy handed to a Finnish or Swedish client must not fall back to English words."""
    from pathways.diagram_i18n import tr

    source = (Path(__file__).resolve().parents[2] / "pathways" / "client_copy.py").read_text(
        encoding="utf-8")
    messages = set(re.findall(r'\bN_\("((?:[^"\\]|\\.)+)"\)', source))
    messages |= {"Client {code}"}
    assert len(messages) > 25
    for message in messages:
        for lang in ("fi", "sv"):
            assert tr(message, lang) != message, (message, lang)


def test_a_pathway_without_steps_still_gets_a_page(tmp_path: Path) -> None:
    client = Client("e", "Eeva Esimerkki", pathways=[Pathway("p", "Uusi polku", "draft")])
    path = _print(client, tmp_path / "copy.pdf", lang="en")
    assert len(_pages(path)) == 1
    text = " ".join(_text(path).split())
    assert "No steps yet. You and your team will plan them together." in text
    assert "You and your team will agree on the next step together." in text
    assert "Your team will give you their contact details." in text
