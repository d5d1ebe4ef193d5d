"""Printed pathways as a case worker hands them out: paper, words, privacy, legibility, files."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from pathways.catalogue import ServiceCatalogue
from pathways.errors import InputError
from pathways.model import (
    Client,
    Goal,
    Meeting,
    Pathway,
    Step,
    TeamMember,
    Transition,
)
from pathways.printing import (
    PSEUDONYM_ALPHABET,
    PrintDocument,
    PrintOptions,
    compose,
    output_paths,
    print_pathway,
    pseudonym_code,
    save_document,
)

CATALOGUE = ServiceCatalogue()
TODAY = date(2026, 1, 15)
KEY = b"test key"
PERSONAL_ID = "131052-308T"
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _client() -> Client:
    """Jussi: work activity with paid work beside it, a personal identity code, notes, a meeting."""
    team = [
        TeamMember("t1", "Kaisa Lehto", "Sosiaalityöntekijä", "social", "Hämeen hyvinvointialue",
                   phone="040 111 2222", email="kaisa.lehto@example.fi"),
        TeamMember("t2", "Olli Saarinen", "Työhönvalmentaja", "employment",
                   "Hämeenlinnan työllisyysalue", phone="040 333 4444"),
        TeamMember("t3", "Pirkko Uninvolved", "Lääkäri", "health", "Terveysasema"),
    ]
    steps = [
        Step("s1", "disability_work_activity", "ongoing", start=date(2019, 1, 1), responsible="t1",
             note="Jussi haluaa jatkaa 3 päivää viikossa"),
        Step("s2", "supported_employment", "completed", start=date(2024, 8, 15),
             end=date(2025, 1, 31), responsible="t2"),
        Step("s3", "wage_subsidy_employer", "ongoing", start=date(2025, 2, 1), responsible="t2",
             provider="Kiinteistöhuolto Esimerkki Oy"),
        Step("s4", "work_trial", "planned", start=date(2026, 3, 1), responsible="t2",
             title="Työkokeilu varastossa"),
        Step("s5", "debt_counselling", "cancelled", start=date(2025, 5, 1)),
    ]
    transitions = [
        Transition("s1", "s2", "next"),
        Transition("s2", "s3", "next"),
        Transition("s1", "s3", "support"),
        Transition("s3", "s4", "next"),
    ]
    pathway = Pathway("p1", "Työtoiminnasta palkkatyöhön", "active", steps=steps,
                      transitions=transitions)
    return Client(
        "c1", "Jussi Peltonen", personal_id=PERSONAL_ID, birth_year=1952,
        goal=Goal("open_employment", "Palkkatyö kahtena päivänä viikossa"),
        team=team, pathways=[pathway],
        meetings=[
            Meeting("m1", date(2025, 6, 1), ["t1"], True, decisions=["Vanha päätös"]),
            Meeting("m2", date(2025, 12, 10), ["t1", "t2"], True,
                    summary="Jussi kertoi jaksavansa hyvin.",
                    decisions=["Haetaan työkokeilupaikkaa varastosta"],
                    next_review=date(2026, 3, 15)),
        ],
    )


def _big_client(count: int = 40) -> Client:
    """A long pathway: *count* steps over every sector and stage, a chain of transitions."""
    codes = [service.code for service in CATALOGUE]
    statuses = ["completed"] * 6 + ["interrupted", "cancelled", "ongoing", "planned", "planned"]
    steps = []
    for index in range(count):
        status = statuses[index % len(statuses)]
        start = date(2023, 1, 9) + timedelta(days=25 * index)
        end = start + timedelta(days=70) if status in ("completed", "interrupted") else None
        steps.append(Step(f"s{index}", codes[(index * 7) % len(codes)], status, start=start,
                          end=end, responsible="t1" if index % 3 else None,
                          provider="Palvelu Oy" if index % 4 == 0 else None))
    transitions = [Transition(f"s{i - 1}", f"s{i}", "next" if i % 6 else "support")
                   for i in range(1, count)]
    team = [TeamMember("t1", "Kaisa Lehto", "Sosiaalityöntekijä", "social", "Hyvinvointialue")]
    return Client("big", "Matti Meikäläinen", personal_id=PERSONAL_ID, team=team,
                  pathways=[Pathway("p1", "Pitkä polku", "active", steps=steps,
                                    transitions=transitions)])


def _compose(client: Client, **options: object) -> PrintDocument:
    return compose(client, client.pathways[0], CATALOGUE,
                   PrintOptions(today=TODAY, pseudonym_key=KEY, **options))  # type: ignore[arg-type]


def _print(client: Client, path: Path, **options: object) -> list[Path]:
    _document, files = print_pathway(client, client.pathways[0], CATALOGUE,
                                     PrintOptions(today=TODAY, pseudonym_key=KEY, **options),  # type: ignore[arg-type]
                                     path)
    return files


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages)


def _all_pdf_bytes_text(path: Path) -> str:
    """Everything a PDF says: page text, metadata and the raw file (for hidden strings)."""
    reader = pypdf.PdfReader(path)
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    raw = path.read_bytes().decode("latin-1")
    return "\n".join([_pdf_text(path), metadata, raw])


def _paper_font_sizes(figure: Figure) -> list[float]:
    """Every text's size on paper: its font size × the figure-to-paper scale."""
    width_points = figure.get_size_inches()[0] * 72.0
    sheet_width = figure.axes[0].get_xlim()[1]  # the page width in points the print drew for
    scale = sheet_width / width_points
    return [text.get_fontsize() * scale for text in figure.findobj(Text)
            if text.get_text().strip()]


# --- Paper -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("paper", "size"), [("A4", (842, 595)), ("A3", (1191, 842))])
def test_the_pdf_is_landscape_paper_of_the_size_asked(tmp_path: Path, paper: str,
                                                      size: tuple[int, int]) -> None:
    path = tmp_path / "polku.pdf"
    _print(_client(), path, paper=paper)
    reader = pypdf.PdfReader(path)
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_the_pdf_embeds_its_fonts_as_truetype(tmp_path: Path) -> None:
    path = tmp_path / "polku.pdf"
    _print(_client(), path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows, fonts.stdout
    for row in rows:
        assert "DejaVuSans" in row and "TrueType" in row, row
        assert " yes yes " in row, row  # embedded, subset


# --- Words -----------------------------------------------------------------------------------


def test_the_pdf_names_the_client_the_services_and_the_team(tmp_path: Path) -> None:
    path = tmp_path / "polku.pdf"
    _print(_client(), path, lang="fi")
    text = _pdf_text(path)
    for expected in ("Jussi Peltonen", "Työtoiminnasta palkkatyöhön", "Tuettu työllistyminen",
                     "Vammaisten henkilöiden", "Työkokeilu varastossa", "Kaisa Lehto",
                     "Olli Saarinen", "Työhönvalmentaja", "Luottamuksellinen", "Tavoite",
                     "15.1.2026", "1/1"):
        assert expected in text, expected
    # The team box lists those who do something on this pathway, not the whole team.
    assert "Pirkko" not in text


@pytest.mark.parametrize(("lang", "words"), [
    ("sv", ("Stödd sysselsättning", "Konfidentiell", "Mål", "Socialtjänster", "Vem gör vad")),
    ("en", ("Supported employment", "Confidential", "Goal", "Social services", "Who does what",
            "15 Jan 2026")),
])
def test_every_label_follows_the_language(tmp_path: Path, lang: str,
                                          words: tuple[str, ...]) -> None:
    path = tmp_path / "polku.pdf"
    _print(_client(), path, lang=lang)
    text = _pdf_text(path)
    for word in words:
        assert word in text, word
    assert "Luottamuksellinen" not in text


def test_the_personal_identity_code_is_never_printed(tmp_path: Path) -> None:
    client = _client()
    first = client.pathways[0].steps[0]
    client.pathways[0].replace_step(
        dataclasses.replace(first, note=f"Henkilötunnus {PERSONAL_ID} tarkistettu")
    )
    client.pathways[0].title = f"Polku {PERSONAL_ID}"
    for options in ({}, {"meeting_sheet": True}, {"client_copy": True}, {"view": "timeline"}):
        path = tmp_path / "polku.pdf"
        _print(client, path, **options)
        everything = _all_pdf_bytes_text(path)
        assert PERSONAL_ID not in everything, options
        assert "131052" not in everything, options


def test_the_metadata_names_the_pathway_and_polku_only(tmp_path: Path) -> None:
    path = tmp_path / "polku.pdf"
    _print(_client(), path)
    metadata = pypdf.PdfReader(path).metadata
    assert metadata is not None
    assert metadata.title == "Työtoiminnasta palkkatyöhön"
    assert metadata.creator == "Polku"
    assert metadata.author is None
    assert "Jussi" not in " ".join(str(v) for v in metadata.values())


def test_a_pseudonymised_print_holds_no_part_of_the_name(tmp_path: Path) -> None:
    client = _client()
    client.pathways[0].title = "Jussin polku palkkatyöhön"  # a name inflected in a free text
    client.meetings[-1].decisions.append("Peltosen työkokeilu varastossa")
    for options in ({"meeting_sheet": True}, {"client_copy": True, "meeting_sheet": True},
                    {"view": "timeline"}):
        path = tmp_path / "polku.pdf"
        _print(client, path, pseudonymize=True, **options)
        everything = _all_pdf_bytes_text(path).lower()
        for part in ("jussi", "peltonen", "pelto", "jussin", "peltosen"):
            assert part not in everything, (options, part)
        code = pseudonym_code("c1", KEY)
        assert f"Asiakas {code}" in _pdf_text(path) or f"Asiakas {code}" in everything


def test_the_pseudonym_is_stable_short_and_says_nothing_of_the_client() -> None:
    code = pseudonym_code("c1", KEY)
    assert code == pseudonym_code("c1", KEY)
    assert len(code) == 4 and set(code) <= set(PSEUDONYM_ALPHABET)
    assert pseudonym_code("c2", KEY) != code or pseudonym_code("c3", KEY) != code
    assert pseudonym_code("c1", b"another key") != code  # keyed: not derivable from the id
    codes = {pseudonym_code(f"client-{n}", KEY) for n in range(200)}
    assert len(codes) > 190  # collisions are rare
    assert not set(code) & set("AEIOUY015SZ8B")  # no words, no look-alikes


# --- Legibility --------------------------------------------------------------------------------


@pytest.mark.parametrize("view", ["stages", "timeline"])
def test_a_forty_step_pathway_is_split_rather_than_shrunk_below_7_points(view: str) -> None:
    document = _compose(_big_client(40), view=view)
    sizes = [size for figure in document.pages for size in _paper_font_sizes(figure)]
    assert min(sizes) >= 7.0
    assert document.smallest_text >= 7.0
    if view == "stages":
        assert len(document.pages) > 1
    # Every step is on some page, by its name (a long timeline's bars are one line high:
    # the name, the axis telling when).
    from pathways.catalogue import short_service_name

    shown = " ".join(t.get_text() for f in document.pages for t in f.findobj(Text))
    if view == "stages":  # (the dates of every card; a name may be cut on this fallback)
        assert shown.count("–") + shown.count("alkaen") >= 30
        return
    client = _big_client(40)
    for step in client.pathways[0].steps:
        assert short_service_name(CATALOGUE, step.service, "fi") in shown, step.id


def test_the_client_copy_is_large_type_without_notes_or_cancelled_steps(tmp_path: Path) -> None:
    document = _compose(_client(), client_copy=True)
    sizes = [size for figure in document.pages for size in _paper_font_sizes(figure)]
    assert min(sizes) >= 11.0
    text = " ".join(t.get_text() for f in document.pages for t in f.findobj(Text))
    assert "3 päivää viikossa" not in text  # no notes
    assert "velkaneuvonta" not in text.lower()  # the cancelled step is left out
    assert "Sinun polkusi" in text or "Your path" in text


def test_the_client_copy_says_what_happens_next_and_who_helps(tmp_path: Path) -> None:
    path = tmp_path / "polku.pdf"
    _print(_client(), path, client_copy=True, lang="en")
    text = " ".join(_pdf_text(path).split())
    assert "Next: Työkokeilu varastossa starts on 1 Mar 2026." in text
    assert "Helps you: Olli Saarinen, työhönvalmentaja, phone 040 333 4444" in text
    assert "Who helps me?" in text


def test_the_meeting_sheet_lists_current_steps_findings_and_latest_decisions(
        tmp_path: Path) -> None:
    path = tmp_path / "polku.pdf"
    _print(_client(), path, meeting_sheet=True, lang="fi")
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) >= 2
    sheet = " ".join(" ".join(page.extract_text() for page in reader.pages[1:]).split())
    assert "Palaveria varten" in sheet
    assert "Työkokeilu varastossa" in sheet and "1.3.2026 alkaen" in sheet
    assert "Tuettu työllistyminen" not in sheet  # completed: not a current step
    assert "Haetaan työkokeilupaikkaa varastosta" in sheet  # the latest meeting's decision
    assert "Vanha päätös" not in sheet
    assert "15.3.2026" in sheet  # next review
    assert "3 päivää viikossa" in sheet  # notes are for professionals


def test_stage_and_timeline_views_draw_every_step(tmp_path: Path) -> None:
    for view in ("stages", "timeline"):
        document = _compose(_client(), view=view, lang="en")
        text = " ".join(t.get_text() for f in document.pages for t in f.findobj(Text))
        for title in ("Supported employment", "Työkokeilu varastossa", "Financial and debt"):
            assert title in text, (view, title)
        if view == "timeline":
            assert "Today 15 Jan 2026" in text


# --- Files -----------------------------------------------------------------------------------


def test_png_pages_are_200_dpi_files_named_out_out_2(tmp_path: Path) -> None:
    from PIL import Image

    files = _print(_big_client(30), tmp_path / "out.PNG", view="stages")
    assert files[0] == tmp_path / "out.PNG"
    assert [f.name for f in files[1:2]] == ["out-2.PNG"]
    for file in files:
        with Image.open(file) as image:
            dpi = image.info.get("dpi", (0, 0))
            assert round(dpi[0]) >= 200
            assert image.size[0] >= 297 / 25.4 * 200 - 2


def test_svg_is_one_file_per_page(tmp_path: Path) -> None:
    files = _print(_client(), tmp_path / "out.svg", meeting_sheet=True)
    assert [f.name for f in files] == ["out.svg", "out-2.svg"]
    for file in files:
        assert file.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_output_paths_follow_the_suffix() -> None:
    assert output_paths(Path("a/b.pdf"), 3) == [Path("a/b.pdf")]
    assert output_paths(Path("b.svg"), 2) == [Path("b.svg"), Path("b-2.svg")]
    with pytest.raises(InputError):
        output_paths(Path("b.docx"), 1)


def test_a_failed_write_leaves_no_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    document = _compose(_client())
    import pathways.printing as printing

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(printing, "write_pdf", broken)
    from pathways.errors import EnvironmentProblem

    with pytest.raises(EnvironmentProblem):
        save_document(document, tmp_path / "out.pdf")
    assert list(tmp_path.iterdir()) == []


def test_an_unsupported_suffix_is_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\.docx"):
        _print(_client(), tmp_path / "out.docx")
    assert list(tmp_path.iterdir()) == []


def test_the_renderer_needs_no_qt_and_never_pyplot() -> None:
    script = (
        "import sys; sys.path.insert(0, '.')\n"
        "import pathways.printing\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib loaded at import time'\n"
        "from datetime import date\n"
        "from pathways.model import Client, Pathway, Step\n"
        "from pathways.catalogue import ServiceCatalogue\n"
        "from pathways import printing\n"
        "c = Client('x', 'X Y', pathways=[Pathway('p', 'P', 'active', "
        "steps=[Step('s', 'work_trial', 'planned')])])\n"
        "printing.compose(c, c.pathways[0], ServiceCatalogue(), "
        "printing.PrintOptions(today=date(2026, 1, 1), pseudonym_key=b'k'))\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr


def test_no_text_on_any_kind_of_page_is_under_the_minimum() -> None:
    client = _client()
    for options, minimum in (({}, 7.0), ({"view": "timeline"}, 7.0),
                             ({"meeting_sheet": True}, 7.0), ({"paper": "A3"}, 7.0),
                             ({"client_copy": True}, 11.0),
                             ({"client_copy": True, "view": "timeline"}, 11.0)):
        document = _compose(client, **options)
        sizes = [s for figure in document.pages for s in _paper_font_sizes(figure)]
        assert min(sizes) >= minimum, options


def test_a_pathway_without_steps_still_prints(tmp_path: Path) -> None:
    client = Client("e", "Eeva Esimerkki", pathways=[Pathway("p", "Uusi polku", "draft")])
    path = tmp_path / "out.pdf"
    _print(client, path)
    text = _pdf_text(path)
    assert "Ei vielä palvelujaksoja" in text or "No steps yet" in text
    assert re.search(r"Uusi polku", text)


def test_every_word_of_the_printout_has_finnish_and_swedish() -> None:
    """A page handed to a Finnish or Swedish client must not fall back to English words."""
    from pathways.diagram_i18n import tr
    from pathways.labels import (
        FINDING_KIND_NAMES,
        GOAL_OUTCOME_NAMES,
        PATHWAY_STATUS_NAMES,
        SEVERITY_NAMES,
        STEP_STATUS_NAMES,
        TRANSITION_KIND_NAMES,
    )

    sources = "".join((PROJECT_ROOT / "pathways" / name).read_text(encoding="utf-8")
                      for name in ("printing.py", "diagram.py"))
    messages = set(re.findall(r'\b(?:t|tr)\("((?:[^"\\]|\\.)+)"', sources))
    for names in (FINDING_KIND_NAMES, GOAL_OUTCOME_NAMES, PATHWAY_STATUS_NAMES, SEVERITY_NAMES,
                  STEP_STATUS_NAMES, TRANSITION_KIND_NAMES):
        messages |= set(names.values())
    assert len(messages) > 50
    # Identical in Swedish and English, and rightly so.
    same_in_swedish = {"Status"}
    for message in sorted(messages):
        assert tr(message, "fi") != message, message
        if message not in same_in_swedish:
            assert tr(message, "sv") != message, message
