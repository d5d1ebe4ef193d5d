"""The map on one page: real PDFs of the demo and example clients, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdf
import pytest

from pathways.catalogue import ServiceCatalogue, short_service_name
from pathways.demo import demo_clients
from pathways.exchange import load_file
from pathways.model import Client
from pathways.printing import PrintOptions, print_pathway

TODAY = date(2026, 1, 15)
CATALOGUE = ServiceCatalogue()

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _words(text: str) -> str:
    """The PDF's text as one line: lines joined, a word broken at a line's end rejoined —
    both ways, since a line may end in a hyphen of the name itself ("Ammatinvalinta- ja")
    or in one the typesetter added at a compound ("Mielenterveys-|palvelut")."""
    return " ".join(text.replace("-\n", "-").split()) + " | " + " ".join(
        text.replace("-\n", "").split())


def _print(client: Client, path: Path, **options: object) -> tuple[int, str, float]:
    document, files = print_pathway(
        client, client.default_pathway(), CATALOGUE,
        PrintOptions(today=TODAY, pseudonym_key=b"k", **options),  # type: ignore[arg-type]
        path)
    text = subprocess.run(["pdftotext", "-raw", str(files[0]), "-"], capture_output=True,
                          text=True, check=True).stdout
    return len(pypdf.PdfReader(files[0]).pages), text, document.smallest_text


#: Prints of the demo and example clients by (client id, view, language): the page tests and
#: the "who does what" test read the same pages, printed once per test process.
_PRINTED: dict[tuple[str, str, str], tuple[int, str, float]] = {}


def _print_once(client: Client, folder: Path, view: str, lang: str) -> tuple[int, str, float]:
    """:func:`_print` of a demo or example client, remembered (they are the same clients for the
    same id: made for the fixed day TODAY)."""
    key = (client.id, view, lang)
    if key not in _PRINTED:
        _PRINTED[key] = _print(client, folder / f"{client.id}-{view}-{lang}.pdf", view=view,
                               lang=lang)
    return _PRINTED[key]


def _card_name(client: Client, step_id: str) -> str:
    step = client.default_pathway().step(step_id)
    return step.title or short_service_name(CATALOGUE, step.service, "fi")


def _clients(examples_dir: Path) -> list[Client]:
    examples = load_file(examples_dir / "three-clients.json", today=TODAY).clients
    return [*demo_clients(TODAY), *examples]


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("view", ["stages", "timeline"])
def test_every_demo_and_example_client_prints_on_one_a4_page_names_whole(
        tmp_path: Path, examples_dir: Path, view: str, lang: str) -> None:
    for client in _clients(examples_dir):
        pages, text, smallest = _print_once(client, tmp_path, view, lang)
        assert pages == 1, client.id
        assert smallest >= 7.0, client.id
        # Nothing on the page is cut short: names, details, the goal, who does what.
        assert "…" not in text, (client.id, [line for line in text.splitlines() if "…" in line])
        flat = _words(text)
        for step in client.default_pathway().steps:
            name = step.title or short_service_name(CATALOGUE, step.service, lang)
            assert " ".join(name.split()) in flat, (client.id, name)


def test_a_long_name_is_shortened_on_the_card_and_never_cut(tmp_path: Path) -> None:
    client = next(c for c in demo_clients(TODAY)
                  if any(s.service == "multisectoral_mapping" and not s.title
                         for s in c.default_pathway().steps))
    _pages, text, _smallest = _print(client, tmp_path / "out.pdf")
    assert "Monialainen kartoitus" in _words(text)
    assert "kartoitus ja…" not in text


#: A long, plausible pathway (as benchmarks/bench_print.py builds it): assessments,
#: rehabilitation alongside, work activity, work trials, training and work.
_SERVICES = (
    "service_need_assessment", "work_ability_assessment", "multisectoral_mapping",
    "social_guidance", "mental_health_services", "social_rehabilitation", "debt_counselling",
    "housing_support", "rehabilitative_work_activity", "youth_workshop", "work_trial",
    "job_coaching", "labour_market_training", "wage_subsidy_employer", "open_employment",
)


def long_client(count: int) -> Client:
    from datetime import timedelta

    from pathways.model import Goal, Pathway, Step, TeamMember, Transition

    team = [TeamMember(f"t{i}", f"Työntekijä {i}", "Ohjaaja", "social", "Hyvinvointialue")
            for i in range(6)]
    steps, transitions = [], []
    for index in range(count):
        service = _SERVICES[index * len(_SERVICES) // count]
        begin = date(2023, 1, 9) + timedelta(days=30 * index)
        if index < count - 12:
            status, end = "completed", begin + timedelta(days=75)
        else:
            status, end = ("ongoing" if index < count - 8 else "planned"), None
        steps.append(Step(f"s{index}", service, status, start=begin, end=end,
                          responsible=f"t{index % 6}"))
        if index:
            transitions.append(Transition(f"s{index - 1}", f"s{index}", "next"))
    return Client("long", "Matti Meikäläinen", team=team,
                  goal=Goal("open_employment", "Palkkatyö logistiikka-alalla"),
                  pathways=[Pathway("p1", "Pitkä polku", "active", steps=steps,
                                    transitions=transitions)])


@pytest.mark.parametrize("view", ["stages", "timeline"])
@pytest.mark.parametrize(("count", "paper"), [(20, "A4"), (40, "A3")])
def test_a_long_pathway_fits_one_page_of_its_paper_in_both_views(
        tmp_path: Path, count: int, paper: str, view: str) -> None:
    client = long_client(count)
    pages, text, smallest = _print(client, tmp_path / "long.pdf", paper=paper, view=view)
    assert pages == 1
    assert smallest >= 7.0
    flat = _words(text)
    for step in client.default_pathway().steps:
        assert _card_name(client, step.id) in flat, step.id


def _numbered(client: Client) -> Client:
    """*client* with each step titled "Askel NN …" (found once in a PDF's text, as the team box
    lists no step when nobody is responsible)."""
    from dataclasses import replace

    pathway = client.default_pathway()
    for index, step in enumerate(pathway.steps):
        pathway.replace_step(replace(step, responsible=None,
                                     title=f"Askel {index:02d} {_card_name(client, step.id)}"))
    return client


def _wide_client(count: int) -> Client:
    """*count* steps over every sector and stage, every status, one referral from the first
    to the last: arrows cross pages every which way."""
    from datetime import timedelta

    from pathways.model import Pathway, Step, Transition

    codes = [service.code for service in CATALOGUE]
    statuses = ["completed", "cancelled", "ongoing", "planned", "interrupted"]
    steps = [Step(f"s{i}", codes[(i * 7) % len(codes)], statuses[i % 5],
                  start=date(2023, 1, 1) + timedelta(days=20 * i)) for i in range(count)]
    transitions = [Transition(f"s{i - 1}", f"s{i}", "next") for i in range(1, count)]
    transitions.append(Transition("s0", f"s{count - 1}", "support", referral=True))
    return Client("wide", "Testi Asiakas", pathways=[Pathway("p", "Polku", "active",
                                                             steps=steps,
                                                             transitions=transitions)])


@pytest.mark.parametrize(("kind", "count", "paper", "most"),
                         [("long", 30, "A4", 2), ("long", 40, "A4", 2), ("long", 60, "A4", 3),
                          ("long", 90, "A3", 3),
                          ("wide", 45, "A4", 5)])
def test_a_longer_pathway_splits_by_whole_stage_columns_never_a_page_without_a_step(
        tmp_path: Path, kind: str, count: int, paper: str, most: int) -> None:
    import re

    from pathways.catalogue import stage_name
    from pathways.layout import cell_of
    from pathways.model import STAGES

    client = _numbered(long_client(count) if kind == "long" else _wide_client(count))
    pathway = client.default_pathway()
    document, files = print_pathway(client, pathway, CATALOGUE,
                                    PrintOptions(today=TODAY, pseudonym_key=b"k", paper=paper),
                                    tmp_path / "long.pdf")
    pages = len(pypdf.PdfReader(files[0]).pages)
    assert 1 < pages <= most, pages
    assert document.smallest_text >= 7.0
    texts = [_words(subprocess.run(
        ["pdftotext", "-raw", "-f", str(n), "-l", str(n), str(files[0]), "-"],
        capture_output=True, text=True, check=True).stdout) for n in range(1, pages + 1)]
    # Whole stage columns: each stage heads exactly one page (in order), and every step is
    # on its stage's page, once in the whole document.
    page_of_stage = {}
    for stage in STAGES:
        heading = " ".join(stage_name(stage, "fi").split())
        found = [n for n, text in enumerate(texts, start=1) if heading in text]
        assert len(found) == 1, (stage, found)
        page_of_stage[stage] = found[0]
    assert list(page_of_stage.values()) == sorted(page_of_stage.values())
    page_of_step = {}
    for index, step in enumerate(pathway.steps):
        mark = re.compile(rf"\bAskel {index:02d}\b")
        found = [n for n, text in enumerate(texts, start=1) for _ in mark.finditer(
            text.split(" | ")[0])]
        assert found == [page_of_stage[cell_of(step, CATALOGUE)[1]]], (step.id, found)
        page_of_step[step.id] = found[0]
    for number, text in enumerate(texts, start=1):
        assert "Askel" in text  # never a page without a step
        if number < pages:
            assert f"Jatkuu sivulla {number + 1}" in text
        if number > 1:
            assert f"Jatkoa sivulta {number - 1}" in text
    # An arrow that crosses to another page ends in a mark naming that page.
    crossing = [(page_of_step[t.from_step], page_of_step[t.to_step])
                for t in pathway.transitions
                if page_of_step[t.from_step] != page_of_step[t.to_step]]
    assert crossing
    for here, there in crossing:
        assert re.search(rf"\bs\. (\d+, )*{there}\b", texts[here - 1]), (here, there)
        assert re.search(rf"\bs\. (\d+, )*{here}\b", texts[there - 1]), (there, here)


def test_an_ongoing_step_with_a_planned_end_is_drawn_to_it_and_says_until(
        tmp_path: Path) -> None:
    from pathways.layout import timeline_layout
    from pathways.model import Pathway, Step

    steps = [Step("a", "work_trial", "ongoing", start=date(2025, 12, 1), end=date(2027, 5, 31)),
             Step("b", "job_coaching", "ongoing", start=date(2025, 11, 1))]
    client = Client("c", "Testi Asiakas", pathways=[Pathway("p", "Polku", "active",
                                                             steps=steps)])
    layout = timeline_layout(client.pathways[0], CATALOGUE, today=TODAY)
    planned, open_ended = layout.card("a"), layout.card("b")
    assert not planned.open_end and planned.box.right == layout.x_of(date(2027, 5, 31))
    assert open_ended.open_end  # runs on past today, with the open-end mark
    for view in ("stages", "timeline"):
        _pages, text, _smallest = _print(client, tmp_path / f"{view}.pdf", view=view)
        assert "31.5.2027 asti" in _words(text), view


def test_a_longer_timeline_splits_by_months_with_continuation_marks(tmp_path: Path) -> None:
    from pathways.layout import month_periods, timeline_layout

    client = long_client(30)
    document, files = print_pathway(client, client.default_pathway(), CATALOGUE,
                                    PrintOptions(view="timeline", today=TODAY,
                                                 pseudonym_key=b"k"), tmp_path / "t.pdf")
    reader = pypdf.PdfReader(files[0])
    assert len(reader.pages) > 1 and document.smallest_text >= 7.0
    texts = [_words(page.extract_text()) for page in reader.pages]
    names = {_card_name(client, s.id) for s in client.default_pathway().steps}
    for number, text in enumerate(texts, start=1):
        assert any(name in text for name in names), number  # never a page without a step
        if number < len(texts):
            assert f"sivulla {number + 1}" in text
        if number > 1:
            assert f"sivulta {number - 1}" in text
    assert all(any(name in text for text in texts) for name in names)
    # The pages are runs of whole months, one after another; a step running across the cut
    # is on both, marked as going on.
    whole = timeline_layout(client.default_pathway(), CATALOGUE, today=TODAY, lanes="used")
    periods = month_periods(whole, 2)
    assert periods[0][1] == periods[1][0] and periods[0][0].day == 1
    second = timeline_layout(client.default_pathway(), CATALOGUE, today=TODAY, lanes="used",
                             period=periods[1], with_undated=False)
    assert any(p.cut_start for p in second.cards.values())


@pytest.mark.parametrize("view", ["stages", "timeline"])
def test_a_formal_referral_is_marked_and_explained_on_paper(tmp_path: Path, view: str) -> None:
    client = next(c for c in demo_clients(TODAY)
                  if any(t.referral for t in c.default_pathway().transitions))
    _pages, text, _smallest = _print(client, tmp_path / "r.pdf", view=view)
    flat = _words(text)
    assert "Lähete" in flat  # the legend explains the mark
    # The circled letter: on the arrow and in the legend's sample.
    assert text.split().count("L") >= 2
    _pages, copy_text, _smallest = _print(client, tmp_path / "c.pdf", view=view,
                                          client_copy=True)
    assert "Lähete" not in _words(copy_text)


def test_twenty_steps_over_every_sector_and_stage_still_fit_one_a4_page(tmp_path: Path) -> None:
    """The hardest 20 steps: seven lanes, six stages. One page still, every name whole (the
    cards give up their dates before the page does; the timeline still says when)."""
    from datetime import timedelta

    from pathways.model import Pathway, Step, Transition

    codes = [service.code for service in CATALOGUE]
    steps = [Step(f"s{i}", codes[(i * 7) % len(codes)], "completed",
                  start=date(2023, 1, 9) + timedelta(days=25 * i),
                  end=date(2023, 1, 9) + timedelta(days=25 * i + 70)) for i in range(20)]
    client = Client("wide", "Testi Asiakas", pathways=[Pathway(
        "p", "Polku", "active", steps=steps,
        transitions=[Transition(f"s{i - 1}", f"s{i}", "next") for i in range(1, 20)])])
    assert len({CATALOGUE.get(s.service).sector for s in steps}) == 7  # type: ignore[union-attr]
    pages, text, smallest = _print(client, tmp_path / "wide.pdf")
    assert pages == 1 and smallest >= 7.0
    flat = _words(text)
    for step in steps:
        assert _card_name(client, step.id) in flat, step.id


def _segment_crosses(a: tuple[float, float], b: tuple[float, float], box: object) -> bool:
    """Whether the axis-parallel segment a–b runs through the inside of *box* (its edge and
    a touch at a corner are no crossing)."""
    left, right = min(a[0], b[0]), max(a[0], b[0])
    top, bottom = min(a[1], b[1]), max(a[1], b[1])
    x, y, r, btm = box.x, box.y, box.right, box.bottom  # type: ignore[attr-defined]
    if left == right:
        return x + 0.5 < left < r - 0.5 and top < btm - 0.5 and y + 0.5 < bottom
    if top == bottom:
        return y + 0.5 < top < btm - 0.5 and left < r - 0.5 and x + 0.5 < right
    return left < r - 0.5 and x + 0.5 < right and top < btm - 0.5 and y + 0.5 < bottom


def _crossings(monkeypatch: pytest.MonkeyPatch, prints: list[tuple[Client, PrintOptions]]
               ) -> tuple[list[object], int]:
    """Compose *prints* watching the stage view's routes and referral marks: every arrow that
    runs through a card other than its own two, every mark that lies on a card; and how many
    marks there were."""
    import pathways.diagram as diagram
    from pathways.printing import compose

    pages: list[tuple[dict[str, object], list[object]]] = []
    marks: list[tuple[tuple[float, float], float, dict[str, object]]] = []
    route, mark = diagram.route_connections, diagram.draw_referral_mark

    def routes_spied(boxes: dict[str, object], *args: object, **kwargs: object) -> object:
        result = route(boxes, *args, **kwargs)  # type: ignore[arg-type]
        pages.append((dict(boxes), list(result)))
        return result

    def mark_spied(sheet: object, centre: tuple[float, float], lang: str, size: float) -> None:
        marks.append((centre, diagram.referral_mark_radius(size), pages[-1][0]))
        mark(sheet, centre, lang, size)  # type: ignore[arg-type]

    monkeypatch.setattr(diagram, "route_connections", routes_spied)
    monkeypatch.setattr(diagram, "draw_referral_mark", mark_spied)
    found: list[object] = []
    for client, options in prints:
        before = (len(pages), len(marks))
        compose(client, client.default_pathway(), CATALOGUE, options)
        for boxes, routes in pages[before[0]:]:
            for routed in routes:
                ends = set(routed.key[:2])  # type: ignore[attr-defined]
                points = routed.points  # type: ignore[attr-defined]
                found += [(client.id, routed.key, step_id)  # type: ignore[attr-defined]
                          for step_id, box in boxes.items() if step_id not in ends
                          and any(_segment_crosses(a, b, box)
                                  for a, b in zip(points, points[1:], strict=False))]
        for (x, y), radius, boxes in marks[before[1]:]:
            for step_id, box in boxes.items():
                near_x = min(max(x, box.x), box.right)  # type: ignore[attr-defined]
                near_y = min(max(y, box.y), box.bottom)  # type: ignore[attr-defined]
                if (near_x - x) ** 2 + (near_y - y) ** 2 < (radius - 0.5) ** 2:
                    found.append((client.id, "mark", step_id, (x, y)))
    return found, len(marks)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_arrows_pass_no_card_and_referral_marks_cover_none(
        examples_dir: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """On the stage view of every demo and example client, no arrow runs through a card other
    than its own two, and no referral's circled letter lies on a card."""
    found, marks = _crossings(monkeypatch, [
        (client, PrintOptions(today=TODAY, pseudonym_key=b"k", lang=lang))
        for client in _clients(examples_dir)])
    assert not found
    assert marks  # the demo has referrals


def test_arrows_of_a_split_stage_view_pass_no_card(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of a long pathway, cards packed side by side and arrows going on to other pages:
    none runs through a card (the arrows to another page included)."""
    found, marks = _crossings(monkeypatch, [
        (long_client(60), PrintOptions(today=TODAY, pseudonym_key=b"k")),
        (_wide_client(45), PrintOptions(today=TODAY, pseudonym_key=b"k")),
        (long_client(90), PrintOptions(today=TODAY, pseudonym_key=b"k", paper="A3"))])
    assert not found, found[:5]
    assert marks


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_who_does_what_wraps_its_lines_and_cuts_none(
        tmp_path: Path, examples_dir: Path, lang: str) -> None:
    """The "who does what" box: every member's name, role, organisation and phone whole;
    its lines wrap, never end in "…" (a long pathway's box names the people without their
    steps before it leaves anyone out)."""
    from pathways.model import Pathway, Step, TeamMember

    wordy = Client("wordy", "Testi Asiakas", team=[
        TeamMember("a", "Annukka Pitkänen-Virtanen", "Työllisyysasiantuntija "
                   "(maahanmuuttajapalvelut ja kotoutumisen tuki)", "employment",
                   "Pohjois-Pohjanmaan hyvinvointialueen aikuissosiaalityön palvelut, "
                   "Oulun keskustan toimipiste", phone="040 123 4567"),
        TeamMember("b", "Bo Sundström", "Kuntoutusohjaaja", "rehabilitation", "Kela",
                   phone="020 634 0000"),
        TeamMember("c", "Cecilia Nyholm", "Opinto-ohjaaja", "education",
                   "Ammattiopisto Aurajoki, aikuiskoulutuksen yksikkö", phone="050 555 0000")],
        pathways=[Pathway("p", "Polku", "active", steps=[
            Step("s1", "multisectoral_mapping", "completed", start=date(2025, 1, 1),
                 end=date(2025, 3, 1), responsible="a"),
            Step("s2", "kela_vocational_rehabilitation", "ongoing", start=date(2025, 3, 1),
                 responsible="b"),
            Step("s3", "labour_market_training", "planned", start=date(2026, 3, 1),
                 responsible="a"),
            Step("s4", "preparatory_education", "planned", start=date(2026, 8, 1),
                 responsible="c")])])
    # Every client in Finnish; in Swedish and English the long lines (the demo clients' are
    # short, and wrap the same in every language).
    shared = _clients(examples_dir) if lang == "fi" else []  # as the page test prints them
    for client in [*shared, long_client(30), wordy]:
        pages, text = 0, ""
        if client in shared:
            pages, text, _smallest = _print_once(client, tmp_path, "stages", lang)
        if pages != 1:  # the first page of a print of its own
            document, files = print_pathway(
                client, client.default_pathway(), CATALOGUE,
                PrintOptions(today=TODAY, pseudonym_key=b"k", lang=lang), tmp_path / "t.pdf")
            text = subprocess.run(
                ["pdftotext", "-raw", "-f", "1", "-l", "1", str(files[0]), "-"],
                capture_output=True, text=True, check=True).stdout
        heading = {"fi": "Kuka tekee mitä", "sv": "Vem gör vad", "en": "Who does what"}[lang]
        if heading not in text:
            continue  # a dense page: the cards name their responsible
        box = text.split(heading, 1)[1]
        box = box.split({"fi": "Luottamuksellinen", "sv": "Konfidentiell",
                         "en": "Confidential"}[lang])[0]
        assert "…" not in box, (client.id, box)
        flat = _words(box)
        responsible = {s.responsible for s in client.default_pathway().steps}
        for member in client.team:
            if member.id not in responsible:
                continue
            assert f"{member.name}, {member.role}" in flat, (client.id, member.name)
            if member.phone:
                assert member.phone in flat, (client.id, member.phone)


def test_a_long_goal_is_never_cut_over_its_column(tmp_path: Path) -> None:
    """The goal's banner says the goal whole on up to four lines; a longer goal is named in
    full in the header and the banner keeps "★ Tavoite"."""
    client = next(c for c in demo_clients(TODAY) if c.id == "demo-raili")
    _pages, text, _smallest = _print(client, tmp_path / "g.pdf")
    assert client.goal is not None and client.goal.description
    goal = " ".join(client.goal.description.split())
    assert f"Tavoite: {goal}" in _words(text)  # the header, whole
    banner = [line for line in text.splitlines() if line.startswith("★ Tavoite")
              and line != "★ Tavoitevaihe"]  # (the legend's goal stage)
    assert banner == ["★ Tavoite"]
    for word in goal.split()[1:]:  # no piece of it cut short anywhere on the page
        assert f"{word[:-1]}…" not in text, word
