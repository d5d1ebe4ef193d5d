#!/usr/bin/env python3
"""Keep Polku's translations in step with the code: extract, merge, compile, count, check.

Two catalogues, one command (docs/translating.md explains the workflow):

* gettext, for the domain and storage layers and the command line (``pathways/``, ``storage/``,
  ``main.py``, and the few ``pathways.i18n`` calls made from ``ui/``): messages are extracted
  with Babel into ``resources/locale/polku.pot``, merged into
  ``resources/locale/{fi,sv}/LC_MESSAGES/polku.po`` (existing translations are kept; a changed
  message gets a fuzzy guess from its old wording) and compiled into ``polku.mo``.
* Qt, for the window (``ui/``): messages are extracted with ``pyside6-lupdate`` and merged into
  ``resources/translations/polku_{fi,sv,en}.ts``, compiled with ``pyside6-lrelease`` into
  ``polku_<lang>.qm``. English is the source language, so ``polku_en.ts`` holds only the
  messages with plural forms (``self.tr("%n page(s)", "", n)`` needs "1 page" / "2 pages").

Usage (from anywhere; paths are the project's)::

    python scripts/update_translations.py            # update .pot/.po/.ts, compile .mo/.qm, count
    python scripts/update_translations.py --check    # change nothing; exit 1 when anything is
                                                     # untranslated, fuzzy, unextracted or stale
    python scripts/update_translations.py --export-todo todo.json   # what still needs words
    python scripts/update_translations.py --import done.json        # fill translations, then
                                                                    # update and compile

Files are rewritten only when their content changes (dates in headers aside), so a run over
unchanged sources leaves ``git status`` clean. Locations are written without line numbers for
the same reason: moving code does not touch the catalogues.
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import os
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = "polku"
LOCALE_DIR = ROOT / "resources" / "locale"
TS_DIR = ROOT / "resources" / "translations"

#: gettext languages (English is the source: no catalogue).
GETTEXT_LANGUAGES = ("fi", "sv")
#: Qt languages; English only for plural forms.
QT_LANGUAGES = ("fi", "sv", "en")
#: The locale named in each .ts file (Qt picks the plural rules by it).
QT_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
QT_SOURCE_LOCALE = "en_GB"

#: Where gettext messages come from, and with which keywords (checked against the code:
#: ``_``, ``N_``, ``ngettext`` and ``translate(message, lang)`` of ``pathways.i18n``, and
#: ``tr(message, lang)`` of ``pathways.diagram_i18n``, the printout's words).
GETTEXT_SOURCES = ("pathways", "storage", "main.py")
GETTEXT_KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "_": None,
    "N_": None,
    "ngettext": (1, 2),
    "translate": (1,),
    "tr": (1,),
    # The printout's words: ``words.t("…")`` / ``context.t("…")`` in pathways/diagram*.py.
    "t": (1,),
}
#: In ui/, ``tr`` and ``translate`` are Qt's: only bare calls of names imported from
#: ``pathways.i18n`` are gettext messages there (found with ``ast``, see _ui_gettext_messages).
GETTEXT_IN_UI_MODULE = "pathways.i18n"
QT_SOURCES = ("ui",)
COMMENT_TAGS = ("TRANSLATORS:",)
#: lupdate reads ``#:`` comments as notes for translators; in this code base they document
#: attributes, so only those that start with this tag are kept in the .ts files.
QT_NOTE_TAG = "TRANSLATORS"

PO_HEADER = {
    "fi": "Finnish translations of Polku's messages.",
    "sv": "Swedish translations of Polku's messages (a first draft, to be checked by a "
    "Swedish-speaking professional).",
}
PO_HEADER_TAIL = (
    "Source strings are English. Made by scripts/update_translations.py (Babel; keywords "
    "_, N_, ngettext:1,2, translate:1, tr:1); edit the translations, not the references."
)

PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n)")


# --- Small helpers ------------------------------------------------------------------------------


def _rel(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


def _tool(name: str) -> str:
    """A PySide6 tool next to this Python (a venv's bin/) or on PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.prefix) / "bin"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"update_translations: {name} not found (pip install PySide6)")
    return found


def _python_files(sources: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for source in sources:
        path = ROOT / source
        if path.is_file():
            files.append(path)
        else:
            files.extend(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(files, key=_rel)


_DATE_LINES = re.compile(
    rb'^"(?:POT-Creation-Date|PO-Revision-Date|Generated-By): .*\\n"\n', re.MULTILINE
)


def _same_po(old: bytes, new: bytes) -> bool:
    return _DATE_LINES.sub(b"", old) == _DATE_LINES.sub(b"", new)


@dataclass
class Report:
    """What a run found and did; ``problems`` make --check fail."""

    changed: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def write(self, path: Path, content: bytes, check: bool, same: Any = None) -> bytes:
        """Write *content* unless the file already says the same; returns what the file says
        (or, with *check*, what it should say)."""
        old = path.read_bytes() if path.exists() else None
        if old is not None and (old == content or (same is not None and same(old, content))):
            return old
        if check:
            self.stale.append(_rel(path))
            return content
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        self.changed.append(_rel(path))
        return content


# --- gettext ------------------------------------------------------------------------------------


def _ui_gettext_messages() -> Iterator[tuple[str, int, str | tuple[str, str]]]:
    """Bare calls in ui/ of ``_``/``N_``/``translate``/``ngettext`` imported from pathways.i18n."""
    for path in _python_files(QT_SOURCES):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        imported: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == GETTEXT_IN_UI_MODULE:
                for alias in node.names:
                    if alias.name in ("_", "N_", "translate", "ngettext"):
                        imported[alias.asname or alias.name] = alias.name
        if not imported:
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            kind = imported.get(node.func.id)
            if kind is None:
                continue
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                    for a in node.args]
            if kind == "ngettext":
                if len(args) >= 2 and args[0] is not None and args[1] is not None:
                    yield _rel(path), node.lineno, (args[0], args[1])
            elif args and args[0] is not None:
                yield _rel(path), node.lineno, args[0]


def extract_gettext() -> Any:
    """The template catalogue of every gettext message in the sources."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(project="Polku", version="0.1.0", charset="utf-8", fuzzy=False)
    for path in _python_files(GETTEXT_SOURCES):
        for lineno, message, comments, context in extract_from_file(
            "python",
            str(path),
            keywords=GETTEXT_KEYWORDS,
            comment_tags=COMMENT_TAGS,
            strip_comment_tags=True,
        ):
            template.add(message, None, [(_rel(path), lineno)], auto_comments=comments,
                         context=context)
    for filename, lineno, message in _ui_gettext_messages():
        template.add(message, None, [(filename, lineno)])
    return template


def _po_bytes(catalog: Any) -> bytes:
    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_lineno=False, ignore_obsolete=True,
             sort_output=False)
    return buffer.getvalue()


def _mo_bytes(catalog: Any) -> bytes:
    from babel.messages.mofile import write_mo

    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def read_po_file(path: Path, lang: str) -> Any:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    if not path.exists():
        catalog = Catalog(locale=lang, project="Polku", version="0.1.0", charset="utf-8",
                          fuzzy=False)
        catalog.header_comment = ""
        return catalog
    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def is_translated(message: Any) -> bool:
    if message.fuzzy:
        return False
    if isinstance(message.string, (tuple, list)):
        return all(message.string)
    return bool(message.string)


def update_gettext(report: Report, check: bool, fills: dict[str, dict] | None = None) -> None:
    template = extract_gettext()
    now = datetime.now(UTC)
    template.creation_date = now
    report.write(LOCALE_DIR / f"{DOMAIN}.pot", _po_bytes(template), check, _same_po)
    for lang in GETTEXT_LANGUAGES:
        path = po_path(lang)
        catalog = read_po_file(path, lang)
        before = _po_bytes(catalog)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        _guess_reworded(catalog)
        catalog.header_comment = "\n".join(
            f"# {line}" if line else "#" for line in (PO_HEADER[lang], PO_HEADER_TAIL, "")
        )
        catalog.last_translator = "Polku project"
        catalog.msgid_bugs_address = ""
        catalog.language_team = {"fi": "Finnish", "sv": "Swedish"}[lang]
        for msgid, value in (fills or {}).get(lang, {}).items():
            message = catalog.get(msgid)
            if message is None or not value:
                continue
            message.string = tuple(value) if isinstance(value, list) else value
            message.flags.discard("fuzzy")
        after = _po_bytes(catalog)
        if not _same_po(before, after):
            catalog.revision_date = now
            after = _po_bytes(catalog)
        on_disk = report.write(path, after, check, _same_po)
        # Compile what the .po on disk says (or would say): the .mo follows the .po exactly,
        # header and all, so an unchanged .po leaves the .mo untouched too.
        from babel.messages.pofile import read_po

        compiled = read_po(io.BytesIO(on_disk), locale=lang)
        report.write(path.with_suffix(".mo"), _mo_bytes(compiled), check)
        _count_gettext(report, lang, compiled)


def _guess_reworded(catalog: Any) -> None:
    """A message reworded in the code gets its old translation as a fuzzy guess.

    Babel's own fuzzy matching compares with every message and guesses wildly for short ones
    ("What" → "Health"); here only messages that just left the catalogue are candidates, and
    only close ones (a translator still confirms each guess: fuzzy counts as untranslated).
    """
    from difflib import SequenceMatcher

    gone = {(m.id if isinstance(m.id, str) else m.id[0]): m for m in catalog.obsolete.values()
            if is_translated(m)}
    for message in catalog:
        if not message.id or message.string and any(message.string):
            continue
        text = message.id if isinstance(message.id, str) else message.id[0]
        best, score = None, 0.0
        for old_text, old in gone.items():
            ratio = SequenceMatcher(None, text, old_text).ratio()
            if ratio > score and isinstance(old.id, str) == isinstance(message.id, str):
                best, score = old, ratio
        if best is not None and score >= 0.8:
            message.string = best.string
            message.flags.add("fuzzy")
            message.previous_id = [best.id] if isinstance(best.id, str) else list(best.id)


def _count_gettext(report: Report, lang: str, catalog: Any) -> None:
    counts = {"messages": 0, "translated": 0, "fuzzy": 0, "untranslated": 0}
    for message in catalog:
        if not message.id:
            continue
        counts["messages"] += 1
        if message.fuzzy:
            counts["fuzzy"] += 1
        elif is_translated(message):
            counts["translated"] += 1
        else:
            counts["untranslated"] += 1
        for problem in gettext_placeholder_problems(message):
            report.problems.append(f"{lang} gettext {message.id!r}: {problem}")
    report.counts[f"gettext {lang}"] = counts


def brace_fields(text: str) -> set[str]:
    """The ``{names}`` of a str.format message (``{{`` is a brace, not a field)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def gettext_placeholder_problems(message: Any) -> list[str]:
    if not is_translated(message):
        return []
    sources = [message.id] if isinstance(message.id, str) else list(message.id)
    strings = [message.string] if isinstance(message.string, str) else list(message.string)
    expected = set().union(*(brace_fields(s) for s in sources))
    problems = []
    for translated in strings:
        found = brace_fields(translated)
        # A plural form may leave out the count ("one step" for {n}=1), never add a name.
        if found - expected or (len(strings) == 1 and found != expected):
            problems.append(f"placeholders {sorted(found)} instead of {sorted(expected)}")
    return problems


# --- Qt -----------------------------------------------------------------------------------------


@dataclass
class QtMessage:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    note: str = ""
    locations: list[str] = field(default_factory=list)
    translation: str | list[str] = ""
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def _helper_contexts(path: Path) -> list[tuple[str, int, str]]:
    """Bare ``tr("text")`` calls of *path* whose helper ``def tr`` names its context.

    lupdate files such calls under an empty context; at run time the helper's
    ``QCoreApplication.translate("<context>", text)`` decides. Returns (text, line, context),
    the line being the string's (as lupdate reports it).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))

    def helper_context(function: ast.FunctionDef) -> str | None:
        defaults = {a.arg: d for a, d in zip(
            function.args.args[len(function.args.args) - len(function.args.defaults):],
            function.args.defaults, strict=True)}
        for node in ast.walk(function):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate" and node.args):
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    return first.value
                if isinstance(first, ast.Name) and isinstance(defaults.get(first.id),
                                                              ast.Constant):
                    return str(defaults[first.id].value)  # type: ignore[union-attr]
        return None

    def tr_defs(body: list[ast.stmt]) -> dict[str, str | None]:
        defs = [n for n in body if isinstance(n, ast.FunctionDef) and n.name == "tr"]
        return {"tr": helper_context(defs[-1])} if defs else {}

    found: list[tuple[str, int, str]] = []

    def visit(node: ast.AST, scopes: list[dict[str, str | None]]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(child, [*scopes, tr_defs(child.body)])
                continue
            if (isinstance(child, ast.Call) and isinstance(child.func, ast.Name)
                    and child.func.id == "tr" and child.args
                    and isinstance(child.args[0], ast.Constant)
                    and isinstance(child.args[0].value, str)):
                context = next((s["tr"] for s in reversed(scopes) if "tr" in s), None)
                if len(child.args) > 1 and isinstance(child.args[1], ast.Constant):
                    context = str(child.args[1].value)
                if context is not None:
                    found.append((child.args[0].value, child.args[0].lineno, context))
            visit(child, scopes)

    visit(tree, [tr_defs(tree.body)])
    return found


def _lupdate(files: list[Path], target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *[str(f) for f in files], "-ts", str(target),
         "-locations", "absolute", "-no-obsolete", "-silent"],
        check=True, cwd=ROOT,
    )


def _text(element: ET.Element | None) -> str:
    return "" if element is None or element.text is None else element.text


def parse_ts(path: Path) -> list[QtMessage]:
    if not path.exists():
        return []
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = _text(context.find("name"))
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            value: str | list[str]
            if numerus:
                value = [_text(f) for f in (translation.iter("numerusform")
                                            if translation is not None else [])]
            else:
                value = _text(translation)
            messages.append(QtMessage(
                context=name,
                source=_text(element.find("source")),
                comment=_text(element.find("comment")),
                numerus=numerus,
                note=_text(element.find("extracomment")),
                locations=[loc.get("filename", "") for loc in element.iter("location")],
                translation=value,
                finished=kind is None,
            ))
    return messages


def extract_qt() -> list[QtMessage]:
    """Every Qt message of ui/ (and main.py when it uses Qt's tr), with run-time contexts."""
    files = _python_files(QT_SOURCES)
    main = ROOT / "main.py"
    if main.exists() and re.search(r"self\.tr\(|QCoreApplication\.translate\(",
                                   main.read_text(encoding="utf-8")):
        files.append(main)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "extract.ts"
        _lupdate(files, target)
        raw = ET.parse(target).getroot()
        messages: list[QtMessage] = []
        for context in raw.iter("context"):
            name = _text(context.find("name"))
            for element in context.iter("message"):
                locations = []
                for loc in element.iter("location"):
                    file = (Path(folder) / loc.get("filename", "")).resolve()
                    locations.append((_rel(file), int(loc.get("line", "0"))))
                note = _text(element.find("extracomment"))
                messages.append(QtMessage(
                    context=name,
                    source=_text(element.find("source")),
                    comment=_text(element.find("comment")),
                    numerus=element.get("numerus") == "yes",
                    note=note if note.startswith(QT_NOTE_TAG) else "",
                    locations=locations,  # type: ignore[arg-type]
                ))
    # Bare tr() helpers: give each call the context its helper translates in.
    helpers: dict[str, list[tuple[str, int, str]]] = {}
    resolved: list[QtMessage] = []
    for message in messages:
        if message.context:
            resolved.append(message)
            continue
        for file, line in message.locations:  # type: ignore[misc]
            if file not in helpers:
                helpers[file] = _helper_contexts(ROOT / file)
            contexts = {c for text, at, c in helpers[file] if text == message.source}
            if not contexts:
                raise SystemExit(
                    f"update_translations: {file}:{line}: tr({message.source!r}) has no "
                    "context at run time; use self.tr() or QCoreApplication.translate(context, …)"
                )
            for context in sorted(contexts):
                resolved.append(QtMessage(context, message.source, message.comment,
                                          message.numerus, message.note, [(file, line)]))  # type: ignore[list-item]
    # One message per (context, source, comment), its files listed once, in first-seen order.
    merged: dict[tuple[str, str, str], QtMessage] = {}
    for message in resolved:
        files = [f"../../{file}" for file, _line in message.locations]  # type: ignore[misc]
        existing = merged.get(message.key)
        if existing is None:
            message.locations = list(dict.fromkeys(files))
            merged[message.key] = message
        else:
            existing.locations = list(dict.fromkeys([*existing.locations, *files]))
    order = sorted(merged.values(), key=lambda m: m.context)  # stable: source order within
    return order


def merge_ts(extracted: list[QtMessage], old: list[QtMessage], lang: str,
             fills: dict[tuple[str, str, str], str | list[str]]) -> list[QtMessage]:
    """The .ts of *lang*: the extracted messages with the translations the old file had.

    A new message whose text is translated in another context gets that translation as an
    unfinished suggestion (lupdate's "same text" heuristic); English carries plural forms only.
    """
    previous = {m.key: m for m in old}
    by_text: dict[tuple[str, str, bool], QtMessage] = {}
    for m in old:
        if m.finished:
            by_text.setdefault((m.source, m.comment, m.numerus), m)
    forms = 2  # Finnish, Swedish and English all have two plural forms in Qt
    result = []
    for message in extracted:
        if lang == "en" and not message.numerus:
            continue
        new = QtMessage(message.context, message.source, message.comment, message.numerus,
                        message.note, list(message.locations))
        before = previous.get(message.key)
        if before is not None and before.numerus == message.numerus:
            new.translation, new.finished = before.translation, before.finished
        elif (same := by_text.get((message.source, message.comment, message.numerus))):
            new.translation, new.finished = same.translation, False
        if message.key in fills and fills[message.key]:
            new.translation, new.finished = fills[message.key], True
        if new.numerus:
            value = new.translation if isinstance(new.translation, list) else [new.translation]
            new.translation = (list(value) + [""] * forms)[:forms]
        elif isinstance(new.translation, list):
            new.translation = new.translation[0] if new.translation else ""
        if new.finished and not qt_translated(new):
            new.finished = False
        result.append(new)
    return result


def qt_translated(message: QtMessage) -> bool:
    if isinstance(message.translation, list):
        return bool(message.translation) and all(message.translation)
    return bool(message.translation)


def ts_bytes(messages: list[QtMessage], lang: str) -> bytes:
    """A .ts file as lupdate writes it (so Qt Linguist opens it and diffs stay small)."""

    def text(value: str) -> str:
        return escape(value, {"'": "&apos;", '"': "&quot;"})

    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{QT_LOCALES[lang]}" sourcelanguage="{QT_SOURCE_LOCALE}">']
    contexts: dict[str, list[QtMessage]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        out.append("<context>")
        out.append(f"    <name>{text(name)}</name>")
        for m in contexts[name]:
            out.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for location in m.locations:
                out.append(f"        <location filename={quoteattr(location)}/>")
            out.append(f"        <source>{text(m.source)}</source>")
            if m.comment:
                out.append(f"        <comment>{text(m.comment)}</comment>")
            if m.note:
                out.append(f"        <extracomment>{text(m.note)}</extracomment>")
            kind = "" if m.finished else ' type="unfinished"'
            if m.numerus:
                out.append(f"        <translation{kind}>")
                for form in m.translation:
                    out.append(f"            <numerusform>{text(form)}</numerusform>")
                out.append("        </translation>")
            else:
                out.append(f"        <translation{kind}>{text(str(m.translation))}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return ("\n".join(out) + "\n").encode("utf-8")


def ts_path(lang: str) -> Path:
    return TS_DIR / f"{DOMAIN}_{lang}.ts"


def lrelease(ts: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "polku.ts"
        target = Path(folder) / "polku.qm"
        source.write_bytes(ts)
        subprocess.run([_tool("pyside6-lrelease"), "-nounfinished", "-silent", str(source),
                        "-qm", str(target)], check=True)
        return target.read_bytes()


def qt_placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def qt_problems(message: QtMessage) -> list[str]:
    if not message.finished:
        return []
    problems = []
    expected = qt_placeholders(message.source)
    values = message.translation if isinstance(message.translation, list) else [
        message.translation]
    for value in values:
        found = qt_placeholders(value)
        # Plural forms may spell "one" out instead of %n; no other marker may go missing.
        if found != expected and not (message.numerus and found == expected - {"%n"}):
            problems.append(f"placeholders {sorted(found)} instead of {sorted(expected)}")
        if ("&" in message.source.replace("&&", "")) != ("&" in value.replace("&&", "")):
            problems.append("keyboard accelerator (&) added or lost")
    return problems


def update_qt(report: Report, check: bool,
              fills: dict[str, dict[tuple[str, str, str], Any]] | None = None) -> None:
    extracted = extract_qt()
    for lang in QT_LANGUAGES:
        path = ts_path(lang)
        merged = merge_ts(extracted, parse_ts(path), lang, (fills or {}).get(lang, {}))
        content = ts_bytes(merged, lang)
        report.write(path, content, check)
        report.write(path.with_suffix(".qm"), lrelease(content), check)
        counts = {"messages": len(merged), "translated": 0, "fuzzy": 0, "untranslated": 0}
        for message in merged:
            if message.finished:
                counts["translated"] += 1
            elif qt_translated(message):
                counts["fuzzy"] += 1  # a suggestion waiting to be confirmed
            else:
                counts["untranslated"] += 1
            for problem in qt_problems(message):
                report.problems.append(f"{lang} Qt {message.context}/{message.source!r}: "
                                       f"{problem}")
        report.counts[f"Qt {lang}"] = counts


# --- Work files for translators -----------------------------------------------------------------


def export_todo(path: Path) -> int:
    """Write every message still to translate (untranslated, fuzzy, unfinished) as JSON."""
    todo: dict[str, list[dict[str, Any]]] = {"gettext": [], "qt": []}
    for lang in GETTEXT_LANGUAGES:
        for message in read_po_file(po_path(lang), lang):
            if message.id and not is_translated(message):
                plural = not isinstance(message.id, str)
                todo["gettext"].append({
                    "lang": lang,
                    "msgid": message.id[0] if plural else message.id,
                    "msgid_plural": message.id[1] if plural else None,
                    "suggestion": list(message.string) if plural else message.string,
                    "locations": sorted({f for f, _ in message.locations}),
                    "translation": [] if plural else "",
                })
    for lang in QT_LANGUAGES:
        for message in parse_ts(ts_path(lang)):
            if not message.finished:
                todo["qt"].append({
                    "lang": lang, "context": message.context, "source": message.source,
                    "comment": message.comment, "numerus": message.numerus,
                    "suggestion": message.translation, "locations": message.locations,
                    "translation": [] if message.numerus else "",
                })
    path.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(todo["gettext"]) + len(todo["qt"])


def load_fills(path: Path) -> tuple[dict[str, dict], dict[str, dict]]:
    """Translations from a work file (the --export-todo format, ``translation`` filled in)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    gettext_fills: dict[str, dict] = {}
    for entry in data.get("gettext", []):
        if entry.get("translation"):
            gettext_fills.setdefault(entry["lang"], {})[
                (entry["msgid"], entry["msgid_plural"]) if entry.get("msgid_plural")
                else entry["msgid"]] = entry["translation"]
    qt_fills: dict[str, dict] = {}
    for entry in data.get("qt", []):
        if entry.get("translation"):
            qt_fills.setdefault(entry["lang"], {})[
                (entry["context"], entry["source"], entry.get("comment", ""))
            ] = entry["translation"]
    return gettext_fills, qt_fills


# --- The command --------------------------------------------------------------------------------


def run(check: bool = False, fills_path: Path | None = None) -> Report:
    report = Report()
    gettext_fills, qt_fills = load_fills(fills_path) if fills_path else ({}, {})
    update_gettext(report, check, gettext_fills)
    update_qt(report, check, qt_fills)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when anything is untranslated or stale")
    parser.add_argument("--import", dest="fills", type=Path, metavar="FILE",
                        help="fill translations from a JSON work file, then update")
    parser.add_argument("--export-todo", type=Path, metavar="FILE",
                        help="after updating, write what still needs translating as JSON")
    args = parser.parse_args(argv)
    if args.check and args.fills:
        parser.error("--check changes nothing; run --import without it")
    os.chdir(ROOT)
    report = run(check=args.check, fills_path=args.fills)
    for name in report.changed:
        print(f"updated {name}")
    width = max(len(k) for k in report.counts)
    for name, c in report.counts.items():
        print(f"{name:<{width}}  {c['messages']:4} messages  {c['translated']:4} translated  "
              f"{c['fuzzy']:3} fuzzy  {c['untranslated']:3} untranslated")
    for problem in report.problems:
        print(f"problem: {problem}")
    if args.export_todo and not args.check:
        count = export_todo(args.export_todo)
        print(f"wrote {count} messages to translate to {args.export_todo}")
    if not args.check:
        return 0
    missing = sum(c["fuzzy"] + c["untranslated"] for c in report.counts.values())
    for name in report.stale:
        print(f"stale: {name} (run scripts/update_translations.py)")
    if missing or report.stale or report.problems:
        print(f"check failed: {missing} messages to translate, {len(report.stale)} stale "
              f"files, {len(report.problems)} problems")
        return 1
    print("translations complete and up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
