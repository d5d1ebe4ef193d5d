"""Regenerate the pictures of docs/ and the README: printed pages and window screenshots.

Run ``python scripts/make_docs_images.py`` from the project root (with the project's venv). It
loads the demo clients into a throwaway database, prints with ``polku print`` (the command a
case worker runs) and takes the window's screenshots with ``--screenshot`` (offscreen Qt), in
Finnish, Swedish and English. Every file is written under ``docs/``:

- ``print-stages-{fi,sv,en}.png`` (+ ``print-stages-fi.pdf``), ``print-timeline-{fi,sv,en}.png``
  — the professional page, stage and timeline view, one A4 page each;
- ``print-long-stages-fi.png`` (+ ``-2``) — a 40-step pathway on A4, split by runs of
  whole stage columns;
- ``print-a3-en.png`` (a 40-step pathway's worth of room), ``print-pseudonymised-fi.png``,
  ``print-meeting-sheet-en.png`` (+ ``-2``), ``print-client-copy-{fi,sv,en}.png``;
- ``screenshot-stages-{fi,sv,en}.png``, ``screenshot-timeline-{fi,sv,en}.png`` — the window at
  1366×768.

The printed pages are rasterised from their PDFs with ``pdftoppm`` (poppler) at 100 dpi: what a
reader sees at 100 %. Nothing here reads ``../shared``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TODAY = "2026-01-15"
#: The demo client shown on the pages (a pathway with a referral, a goal and several sectors).
CLIENT = "demo-nadia"
LANGUAGES = ("fi", "sv", "en")


def _run(*args: str, db: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POLKU_PSEUDONYM_KEY="docs")
    subprocess.run([sys.executable, "main.py", "--db", str(db), *args], cwd=ROOT, env=env,
                   check=True, capture_output=True)


def _png(pdf: Path, target: Path, *, first: int = 1, last: int | None = None) -> list[Path]:
    """The pages of *pdf* as PNGs at 100 dpi: target.png, target-2.png, …"""
    with tempfile.TemporaryDirectory() as scratch:
        prefix = Path(scratch) / "page"
        command = ["pdftoppm", "-png", "-r", "100", "-f", str(first)]
        if last is not None:
            command += ["-l", str(last)]
        subprocess.run([*command, str(pdf), str(prefix)], check=True)
        pages = sorted(Path(scratch).glob("page*.png"))
        written = []
        for number, page in enumerate(pages, start=1):
            name = target if number == 1 else target.with_name(
                f"{target.stem}-{number}{target.suffix}")
            shutil.move(page, name)
            os.chmod(name, 0o644)  # documentation, in the repository: readable by all
            written.append(name)
        return written


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("needs pdftoppm (poppler-utils)", file=sys.stderr)
        return 1
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = work / "docs.sqlite3"
        _run("demo", db=db)

        def page(name: str, *options: str, keep_pdf: bool = False) -> None:
            pdf = work / f"{name}.pdf"
            _run("print", "--client", CLIENT, "--today", TODAY, "-o", str(pdf), *options,
                 db=db)
            written.extend(_png(pdf, DOCS / f"{name}.png"))
            if keep_pdf:
                shutil.copyfile(pdf, DOCS / f"{name}.pdf")
                os.chmod(DOCS / f"{name}.pdf", 0o644)
                written.append(DOCS / f"{name}.pdf")

        for lang in LANGUAGES:
            page(f"print-stages-{lang}", "--lang", lang, keep_pdf=lang == "fi")
            page(f"print-timeline-{lang}", "--lang", lang, "--view", "timeline")
        # A long pathway (as benchmarks/bench_print.py builds it): pages by stage columns.
        sys.path.insert(0, str(ROOT))
        from benchmarks.bench_print import long_client
        from storage.database import open_database
        from storage.repository import Repository

        database = open_database(str(db))
        Repository(database).create_client(long_client(40))
        database.close()
        pdf = work / "long.pdf"
        _run("print", "--client", "bench", "--today", TODAY, "--lang", "fi", "-o", str(pdf),
             db=db)
        written.extend(_png(pdf, DOCS / "print-long-stages-fi.png"))
        page("print-a3-en", "--lang", "en", "--paper", "A3")
        page("print-pseudonymised-fi", "--lang", "fi", "--pseudonymize")
        page("print-meeting-sheet-en", "--lang", "en", "--meeting-sheet")
        for lang in LANGUAGES:
            page(f"print-client-copy-{lang}", "--lang", lang, "--client-copy")

        for lang in LANGUAGES:
            for view in ("stages", "timeline"):
                target = DOCS / f"screenshot-{view}-{lang}.png"
                _run("--lang", lang, "--screenshot", str(target), "--client", CLIENT,
                     "--view", view, db=db)
                os.chmod(target, 0o644)
                written.append(target)
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
