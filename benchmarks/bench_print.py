"""Benchmark of printing: pages per demo client, a long pathway to PDF, and `polku print`.

Run ``python benchmarks/bench_print.py [STEPS]``; prints figures, asserts nothing (the house rule:
performance is measured by benchmarks that print, not by timed unit tests).

- Pages: every demo client and a 7/12/20/30/40-step pathway, stage and timeline view, A4 and
  A3 — the professional print should be one page up to 20 steps on A4 (40 on A3).
- Budgets: the PDF of a 40-step pathway within 1 s; the whole `polku print` command, start-up
  included, within 2x the import time of matplotlib + sqlalchemy.orm + networkx measured in the
  same run (a fresh interpreter, as the command starts one). Wall-clock and CPU time are both
  shown: on a busy shared machine the CPU time is the steadier figure.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from pathways.model import (  # noqa: E402 - after the path is set
    Client,
    Goal,
    Meeting,
    Pathway,
    Step,
    TeamMember,
    Transition,
)

#: A long but plausible pathway: assessments, rehabilitation alongside, work activity, work
#: trials, training and work, with services repeated as a real pathway repeats them.
SERVICES = (
    "service_need_assessment", "work_ability_assessment", "multisectoral_mapping",
    "social_guidance", "mental_health_services", "social_rehabilitation", "debt_counselling",
    "housing_support", "rehabilitative_work_activity", "youth_workshop", "work_trial",
    "job_coaching", "labour_market_training", "wage_subsidy_employer", "open_employment",
)


def long_client(steps: int = 40) -> Client:
    """A client with a pathway of *steps* steps, a team of six and a meeting."""
    team = [
        TeamMember(f"t{i}", name, role, sector, organisation, phone=f"040 555 01{i:02d}")
        for i, (name, role, sector, organisation) in enumerate([
            ("Kaisa Lehto", "Sosiaalityöntekijä", "social", "Hämeen hyvinvointialue"),
            ("Olli Saarinen", "Työhönvalmentaja", "employment", "Hämeenlinnan työllisyysalue"),
            ("Heidi Rantanen", "IPS-työhönvalmentaja", "health", "Hämeen hyvinvointialue"),
            ("Ville Toivonen", "Sairaanhoitaja", "health", "Hämeen hyvinvointialue"),
            ("Maria Nieminen", "Kuntoutusohjaaja", "rehabilitation", "Kela"),
            ("Anna Virtanen", "Opinto-ohjaaja", "education", "Koulutuskeskus Esimerkki"),
        ])
    ]
    pathway_steps: list[Step] = []
    transitions: list[Transition] = []
    start = date(2023, 1, 9)
    for index in range(steps):
        service = SERVICES[index * len(SERVICES) // steps]
        begin = start + timedelta(days=30 * index)
        if index < steps - 12:
            status, end = "completed", begin + timedelta(days=75)
        elif index < steps - 8:
            status, end = "ongoing", None
        else:
            status, end = "planned", None
        pathway_steps.append(Step(f"s{index}", service, status, start=begin, end=end,
                                  responsible=f"t{index % 6}",
                                  provider="Palvelu Esimerkki Oy" if index % 5 == 0 else None))
        if index:
            kind = "support" if service in ("social_guidance", "mental_health_services") else (
                "next")
            transitions.append(Transition(f"s{index - 1}", f"s{index}", kind))
    pathway = Pathway("p1", "Pitkä polku", "active", steps=pathway_steps,
                      transitions=transitions)
    return Client("bench", "Matti Meikäläinen", personal_id="131052-308T", team=team,
                  goal=Goal("open_employment", "Palkkatyö logistiikka-alalla"),
                  pathways=[pathway],
                  meetings=[Meeting("m1", date(2026, 1, 10), ["t0", "t1"], True,
                                    decisions=["Työkokeilu jatkuu"], next_review=date(2026, 4, 1))])


def _timed(action: object) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()  # type: ignore[operator]
    return time.perf_counter() - wall, time.process_time() - cpu, result


def pages_per_client() -> None:
    """How many pages each demo client and each long pathway takes, per view and paper."""
    from pathways.catalogue import ServiceCatalogue
    from pathways.demo import demo_clients
    from pathways.printing import PrintOptions, compose

    catalogue = ServiceCatalogue()
    today = date(2026, 1, 15)
    rows = [(c.id, c) for c in demo_clients(today)]
    rows += [(f"{n} steps", long_client(n)) for n in (7, 12, 20, 30, 40, 60, 80)]
    print("pages (professional print; client copy)     A4 stages  A4 timeline  A3 stages  "
          "A3 timeline  client copy")
    for name, client in rows:
        pathway = client.default_pathway()
        assert pathway is not None
        counts = []
        for paper in ("A4", "A3"):
            for view in ("stages", "timeline"):
                document = compose(client, pathway, catalogue, PrintOptions(
                    view=view, paper=paper, today=today, pseudonym_key=b"bench"))
                counts.append(len(document.pages))
        copy = compose(client, pathway, catalogue, PrintOptions(
            client_copy=True, today=today, pseudonym_key=b"bench"))
        print(f"  {name:14} {len(pathway.steps):3} steps "
              + "".join(f"{count:11d}" for count in counts) + f"{len(copy.pages):12d}")


def import_floor() -> tuple[float, float]:
    """(wall, cpu) seconds a fresh interpreter takes to import matplotlib + sqlalchemy.orm +
    networkx."""
    code = ("import time; t = time.perf_counter(); c = time.process_time(); "
            "import matplotlib.figure, sqlalchemy.orm, networkx; "
            "print(time.perf_counter() - t, time.process_time() - c)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    wall, cpu = done.stdout.split()
    return float(wall), float(cpu)


def run_command(command: list[str]) -> tuple[float, float, str]:
    """(wall, cpu, status) of one child process run to its end, start-up included."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    done = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    status = "exit 0" if done.returncode == 0 else f"exit {done.returncode}: {done.stderr}"
    return wall, cpu, status.strip()


def verdict(wall: float, floor: float) -> str:
    """Whether a command's wall time is within 2x the import floor (the #9 budget)."""
    return "within budget" if wall <= 2 * floor else "OVER budget"


def main() -> None:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    client = long_client(steps)
    wall, cpu, _ = _timed(lambda: __import__("matplotlib.figure"))
    print(f"import matplotlib: {wall:6.2f} s wall {cpu:6.2f} s cpu")
    pages_per_client()

    from pathways.catalogue import ServiceCatalogue
    from pathways.printing import PrintOptions, compose, save_document

    catalogue = ServiceCatalogue()
    with tempfile.TemporaryDirectory() as folder:
        for view in ("stages", "timeline"):
            options = PrintOptions(view=view, today=date(2026, 1, 15), pseudonym_key=b"bench")
            for run in ("first", "again"):
                def compose_pages(options: PrintOptions = options) -> object:
                    return compose(client, client.pathways[0], catalogue, options)
                wall_c, cpu_c, document = _timed(compose_pages)
                wall_s, cpu_s, _ = _timed(
                    lambda document=document: save_document(document, Path(folder) / "out.pdf"))
                pages = len(document.pages)  # type: ignore[attr-defined]
                print(f"PDF of {steps} steps, {view:8} ({run:5}): {wall_c + wall_s:6.2f} s wall "
                      f"{cpu_c + cpu_s:6.2f} s cpu  (compose {wall_c:.2f} s, write "
                      f"{wall_s:.2f} s; {pages} pages)   budget 1 s")

        # The whole command, start-up included, as a case worker runs it.
        from storage.database import open_database
        from storage.repository import Repository

        db = Path(folder) / "bench.sqlite3"
        database = open_database(str(db))
        Repository(database).create_client(client)
        database.close()
        demo_db = Path(folder) / "demo.sqlite3"
        subprocess.run([sys.executable, "main.py", "demo", "--db", str(demo_db)],
                       cwd=PROJECT_ROOT, capture_output=True, check=True)
        floors = [import_floor() for _ in range(2)]
        floor, floor_cpu = min(floors)
        print(f"import matplotlib + sqlalchemy.orm + networkx (fresh interpreter): "
              f"{floor:6.2f} s wall {floor_cpu:6.2f} s cpu (best of 2)   budget of "
              f"`polku print`: {2 * floor:.2f} s")
        from pathways.demo import demo_clients

        for demo in demo_clients(date(2026, 1, 15)):
            command = [sys.executable, "main.py", "print", "--client", demo.id, "--db",
                       str(demo_db), "-o", str(Path(folder) / "demo.pdf")]
            wall, cpu, status = run_command(command)
            print(f"`polku print` {demo.id:13}: {wall:6.2f} s wall {cpu:6.2f} s cpu   "
                  f"{wall / floor:4.2f}x the import floor, {cpu / floor_cpu:4.2f}x by cpu "
                  f"(budget 2x: {verdict(wall, floor)})  [{status}]")
        for label, extra in (("stages", []), ("timeline", ["--view", "timeline"]),
                             ("meeting sheet", ["--meeting-sheet"])):
            command = [sys.executable, "main.py", "print", "--client", "bench", "--today",
                       "2026-01-15", "--db", str(db), "-o", str(Path(folder) / "cmd.pdf"), *extra]
            wall, cpu, status = run_command(command)
            print(f"`polku print` {steps} steps, {label:13}: {wall:6.2f} s wall {cpu:6.2f} s cpu"
                  f"   {wall / floor:4.2f}x the import floor, {cpu / floor_cpu:4.2f}x by cpu "
                  f"(budget 2x: {verdict(wall, floor)})  [{status}]")

if __name__ == "__main__":
    main()
