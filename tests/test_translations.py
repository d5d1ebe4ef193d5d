"""The translations are complete, keep their placeholders, and what the program reads is in step.

Two catalogues (docs/translating.md):

* gettext (``resources/locale/{fi,sv}/LC_MESSAGES/polku.po`` → ``.mo``) for the domain, storage
  and the command line; these tests need no Qt.
* Qt (``resources/translations/polku_{fi,sv,en}.ts`` → ``.qm``) for the window; the ``.qm`` is
  checked by asking a ``QTranslator`` for every finished message of the ``.ts``.

When a test here fails after a code change, run ``python scripts/update_translations.py`` and
translate what it lists (``--export-todo`` / ``--import`` help).
"""

from __future__ import annotations

import gettext
import importlib.util
import io
import re
import shutil
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
TRANSLATIONS = ROOT / "resources" / "translations"
GETTEXT_LANGUAGES = ("fi", "sv")
QT_LANGUAGES = ("fi", "sv", "en")
QT_PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n)")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _catalog(lang: str) -> Any:
    with (LOCALE / lang / "LC_MESSAGES" / "polku.po").open("rb") as handle:
        return read_po(handle, locale=lang)


def _messages(lang: str) -> list[Any]:
    return [m for m in _catalog(lang) if m.id]


def _forms(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# --- gettext ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", GETTEXT_LANGUAGES)
def test_every_gettext_message_has_a_finished_translation(lang: str) -> None:
    missing = [
        m.id for m in _messages(lang) if m.fuzzy or not all(_forms(m.string)) or not m.string
    ]
    assert not missing, f"{len(missing)} {lang} messages untranslated or fuzzy: {missing[:5]}"


@pytest.mark.parametrize("lang", GETTEXT_LANGUAGES)
def test_gettext_translations_keep_their_placeholders(lang: str) -> None:
    wrong = []
    for message in _messages(lang):
        expected = set().union(*(_fields(s) for s in _forms(message.id)))
        forms = _forms(message.string)
        for form in forms:
            try:
                found = _fields(form)
            except ValueError as error:  # an unbalanced brace breaks str.format at run time
                wrong.append((message.id, form, str(error)))
                continue
            # A plural form may spell the number out ("yksi"), never bring a name of its own.
            if found - expected or (len(forms) == 1 and found != expected):
                wrong.append((message.id, form, sorted(found ^ expected)))
    assert not wrong


@pytest.mark.parametrize("lang", GETTEXT_LANGUAGES)
def test_the_mo_says_what_the_po_says(lang: str) -> None:
    """The compiled catalogue the program reads equals the .po compiled now (as catalogues:
    header dates and byte order may differ, the messages may not)."""
    buffer = io.BytesIO()
    write_mo(buffer, _catalog(lang), use_fuzzy=False)
    buffer.seek(0)
    fresh = gettext.GNUTranslations(buffer)
    with (LOCALE / lang / "LC_MESSAGES" / "polku.mo").open("rb") as handle:
        shipped = gettext.GNUTranslations(handle)
    fresh_messages = {k: v for k, v in fresh._catalog.items() if k != ""}  # type: ignore[attr-defined]
    shipped_messages = {k: v for k, v in shipped._catalog.items() if k != ""}  # type: ignore[attr-defined]
    assert fresh_messages == shipped_messages, "recompile: python scripts/update_translations.py"


def test_every_gettext_message_of_the_code_is_in_the_catalogues() -> None:
    template = _script().extract_gettext()
    sources = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    for lang in GETTEXT_LANGUAGES:
        known = {m.id if isinstance(m.id, str) else m.id[0] for m in _messages(lang)}
        new = sorted(sources - known)
        assert not new, f"not in {lang}/polku.po yet (run the update script): {new[:5]}"


def test_plural_forms_follow_the_number() -> None:
    from pathways import i18n

    fi = i18n.translations("fi")
    assert fi.ngettext("{n} client", "{n} clients", 1).format(n=1) == "1 asiakas"
    assert fi.ngettext("{n} client", "{n} clients", 12).format(n=12) == "12 asiakasta"
    sv = i18n.translations("sv")
    assert sv.ngettext("{n} pathway", "{n} pathways", 31).format(n=31) == "31 servicestigar"


# --- Qt -----------------------------------------------------------------------------------------


def _ts(lang: str) -> list[dict[str, Any]]:
    messages = []
    for context in ET.parse(TRANSLATIONS / f"polku_{lang}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            assert translation is not None
            numerus = element.get("numerus") == "yes"
            messages.append({
                "context": name,
                "source": element.findtext("source") or "",
                "comment": element.findtext("comment") or None,
                "numerus": numerus,
                "type": translation.get("type"),
                "forms": [f.text or "" for f in translation.iter("numerusform")]
                if numerus else [translation.text or ""],
            })
    return messages


@pytest.mark.parametrize("lang", QT_LANGUAGES)
def test_every_qt_message_is_finished(lang: str) -> None:
    unfinished = [
        (m["context"], m["source"]) for m in _ts(lang)
        if m["type"] is not None or not all(m["forms"])
    ]
    assert not unfinished, f"{len(unfinished)} unfinished in polku_{lang}.ts: {unfinished[:5]}"


@pytest.mark.parametrize("lang", QT_LANGUAGES)
def test_qt_translations_keep_their_placeholders_and_accelerators(lang: str) -> None:
    wrong = []
    for m in _ts(lang):
        expected = set(QT_PLACEHOLDER.findall(m["source"]))
        for form in m["forms"]:
            found = set(QT_PLACEHOLDER.findall(form))
            if found != expected and not (m["numerus"] and found == expected - {"%n"}):
                wrong.append((m["context"], m["source"], form))
            if ("&" in m["source"].replace("&&", "")) != ("&" in form.replace("&&", "")):
                wrong.append((m["context"], m["source"], form))
    assert not wrong


def _accelerator(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


#: Contexts that hold several menus or forms shown separately: checked where they are shown
#: (the menus below), not as one group.
_SPLIT_CONTEXTS = {"MainWindow", "PathwayEditor"}


@pytest.mark.parametrize("lang", ("fi", "sv"))
def test_translations_add_no_accelerator_clash_within_a_dialog(lang: str) -> None:
    """Two labels of one dialog (one context) that English tells apart by their & key are told
    apart in the translation too."""
    by_context: dict[str, list[tuple[str | None, str | None, str]]] = {}
    for m in _ts(lang):
        if m["context"] not in _SPLIT_CONTEXTS and not m["numerus"]:
            by_context.setdefault(m["context"], []).append(
                (_accelerator(m["source"]), _accelerator(m["forms"][0]), m["source"])
            )
    clashes = []
    for context, items in by_context.items():
        marked = [(source, translated, text) for source, translated, text in items if translated]
        for i, (source_a, key_a, text_a) in enumerate(marked):
            for source_b, key_b, text_b in marked[i + 1:]:
                if key_a == key_b and source_a != source_b:
                    clashes.append((context, text_a, text_b, key_a))
    assert not clashes


@pytest.mark.parametrize("lang", QT_LANGUAGES)
def test_the_qm_has_every_finished_translation(qapp: Any, lang: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"polku_{lang}.qm"))
    stale = []
    for m in _ts(lang):
        if m["type"] is not None:
            continue
        if m["numerus"]:
            got = [translator.translate(m["context"], m["source"], m["comment"], n) for n in (1, 2)]
        else:
            got = [translator.translate(m["context"], m["source"], m["comment"])]
        if got != m["forms"]:
            stale.append((m["context"], m["source"], got, m["forms"]))
    assert not stale, f"polku_{lang}.qm is stale (run scripts/update_translations.py): {stale[:3]}"


def _has_lupdate() -> bool:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    return beside.exists() or shutil.which("pyside6-lupdate") is not None


@pytest.mark.skipif(not _has_lupdate(), reason="pyside6-lupdate is not installed")
def test_every_qt_message_of_the_code_is_in_the_ts_files() -> None:
    extracted = {(m.context, m.source, m.comment) for m in _script().extract_qt()}
    for lang in ("fi", "sv"):
        known = {(m["context"], m["source"], m["comment"] or "") for m in _ts(lang)}
        new = sorted(extracted - known)
        assert not new, f"not in polku_{lang}.ts yet (run the update script): {new[:5]}"


def test_the_referral_mark_is_l_in_finnish_and_r_in_swedish(qapp: Any) -> None:
    from PySide6.QtCore import QTranslator

    marks = {}
    for lang in ("fi", "sv"):
        translator = QTranslator()
        assert translator.load(str(TRANSLATIONS / f"polku_{lang}.qm"))
        comment = next(m["comment"] for m in _ts(lang)
                       if m["context"] == "PathwayScene" and m["source"] == "R")
        marks[lang] = translator.translate("PathwayScene", "R", comment)
    assert marks == {"fi": "L", "sv": "R"}


# --- The window in each language ----------------------------------------------------------------


def _menu_problems(menu: Any, path: str) -> list[str]:
    problems = []
    keys: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.text():
            continue
        key = _accelerator(action.text())
        if key is not None:
            if key in keys:
                problems.append(f"{path}: {keys[key]!r} and {action.text()!r} share &{key}")
            keys[key] = action.text()
        if action.menu() is not None:
            problems += _menu_problems(action.menu(), f"{path} › {action.text()}")
    return problems


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("fi", ["Tiedosto", "Muokkaa", "Näytä", "Palvelupolku", "Raportit", "Asetukset", "Ohje"]),
        ("sv", ["Arkiv", "Redigera", "Visa", "Servicestig", "Rapporter", "Inställningar", "Hjälp"]),
        ("en", ["File", "Edit", "View", "Pathway", "Reports", "Settings", "Help"]),
    ],
)
def test_the_window_speaks_the_language_and_each_menu_keeps_its_keys_apart(
    qtbot: Any, qapp: Any, tmp_path: Path, lang: str, titles: list[str]
) -> None:
    from PySide6.QtCore import QSettings

    from pathways import i18n
    from storage.database import open_database
    from storage.repository import Repository
    from ui.app import install_translations
    from ui.main_window import MainWindow
    from ui.settings import Settings

    previous = i18n.current_language()
    database = open_database(str(tmp_path / "polku.sqlite3"))
    try:
        i18n.set_language(lang)
        assert f"polku_{lang}" in install_translations(qapp, lang)
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, lang=lang)
        qtbot.addWidget(window)
        window.set_repository(Repository(database), location=str(database.path))
        bar = window.menuBar()
        assert [a.text().replace("&", "") for a in bar.actions() if a.text()] == titles
        if lang != "en":  # English is the source: its keys are the source's matter
            assert not _menu_problems(bar, "menu bar")
        window.close()
    finally:
        database.close()
        install_translations(qapp, "en")
        i18n.set_language(previous)
