"""A client's access request: their data as an exchange file and a readable PDF of the access
log, written privately; the request itself is logged (no Qt)."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from pathways import exchange
from pathways.access_report import FIRST_PAGE_ROWS, package_names, write_access_package
from storage.audit import Actor
from storage.database import Database
from storage.repository import Repository
from tests.storage.test_repository import client


def test_the_package_holds_the_data_and_a_readable_log(database: Database, tmp_path: Path) -> None:
    repository = Repository(database, actor=Actor("hki\\sanna", "Sanna Sosiaaliohjaaja"))
    repository.create_client(client("c1", "Matti Äijälä"))
    for _ in range(FIRST_PAGE_ROWS + 5):
        repository.load_client("c1")
    repository.record("c1", "print", "pathway p1")

    request = repository.access_request("c1")
    folder = tmp_path / "request"
    folder.mkdir()
    files = write_access_package(request, folder, printed_on=date(2026, 12, 1))

    assert [f.name for f in files] == ["c1-data.json", "c1-access-log.pdf"]
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f.name for f in files)  # no temp
    document = exchange.loads(files[0].read_bytes())
    assert [c.id for c in document.clients] == ["c1"]
    reader = PdfReader(files[1])
    assert len(reader.pages) == 2  # 39 entries: 31 on the first page, the rest on the second
    text = " ".join(page.extract_text() for page in reader.pages)
    for expected in ("Who has processed your data", "Matti Äijälä", "Sanna Sosiaaliohjaaja",
                     "hki\\sanna", "created", "viewed", "printed", "pathway p1",
                     "access request", "1 Dec 2026", "Page 2 of 2"):  # fmt: skip
        assert expected in text, expected
    # The request itself is in the log, as an export.
    assert [(e.action, e.target) for e in repository.access_log("c1")][-1] == (
        "export", "access request",
    )


def test_a_client_id_becomes_a_safe_file_name() -> None:
    assert package_names("../etc/pass wd") == ("_etc_pass_wd-data.json",
                                               "_etc_pass_wd-access-log.pdf")  # fmt: skip
    assert package_names("..")[0] == "client-data.json"


def test_json_of_the_package_is_stable(database: Database, tmp_path: Path) -> None:
    repository = Repository(database)
    repository.create_client(client("c1"))
    folder = tmp_path / "request"
    folder.mkdir()
    first = write_access_package(repository.access_request("c1"), folder)[0]
    data = json.loads(first.read_text("utf-8"))
    assert data["format"] == "polku.exchange" and data["clients"][0]["name"] == "Matti Äijälä"
