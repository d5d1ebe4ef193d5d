"""Help → First steps (F1) and Help → Keyboard shortcuts: the README's first steps, in the
window's language and with the names the window really shows, and every key of the window.

The names of menus, commands and tabs are not written here: the main window hands over the
texts its menus and tabs show, so the help never says one thing while the window says another.
GUI thread only.
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def plain(text: str) -> str:
    """A menu text as people read it: without the & of its key and the … of a dialog."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip("…").strip()


def keys_of(action: QAction) -> str:
    """The keys of *action* as the menus show them; a special key of some keyboards (the
    platform's "Redo" key) is left out: nobody can press it on an ordinary keyboard."""
    keys = [
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in action.shortcuts()
        if _typeable(key.toString(QKeySequence.SequenceFormat.PortableText))
    ]
    return ", ".join(keys)


def _typeable(portable: str) -> bool:
    return "+" in portable or bool(re.fullmatch(r"F\d{1,2}|Del|Ins|Esc|Return|Enter", portable))


class HelpDialog(QDialog):
    """A page of help (rich text) with a Close button; links open in the browser."""

    def __init__(self, title: str, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(title)
        self.browser.setHtml(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(680, 600)
        self.browser.setFocus()

    def text(self) -> str:
        return self.browser.toPlainText()


class FirstStepsDialog(HelpDialog):
    """The README's "First steps in the window", translated, with the window's own names.

    *names* holds what the window shows: ``search`` (the client search box), ``details`` (the
    details command), ``services``, ``details_tab``, ``steps``, ``checks`` (the tabs beside the
    map), ``connect`` and ``print`` (menu paths), ``undo``/``redo``/``find``/``print_key``/
    ``details_key``/``connect_key`` (keys) and ``shortcuts`` (the help command).
    """

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        self.names = names
        super().__init__(self.tr("First steps"), self.page(), parent)

    def _fill(self, text: str, *keys: str) -> str:
        text = html.escape(text)
        for number, key in enumerate(keys, start=1):
            text = text.replace(f"%{number}", f"<b>{html.escape(self.names.get(key, ''))}</b>")
        return text

    def page(self) -> str:
        items = [
            self._fill(
                self.tr(
                    "Find a client: type part of the name in %1 (%2); accents need not be typed "
                    "(hyvonen finds Hyvönen). Choose the client: their active pathway opens on "
                    "the map, and %3 (%4) shows and edits the goal, needs, consents, team, "
                    "participation and meetings."
                ),
                "search",
                "find",
                "details",
                "details_key",
            ),
            self._fill(
                self.tr(
                    "Add a service: on the %1 tab beside the map, search for a service (the "
                    "words professionals use work too: palkkatuki, TYP, työkokeilu) and press "
                    "Enter, or drag it onto the map. It appears as a planned step in its "
                    "sector's lane and its stage's column; the %2 tab edits its dates, provider "
                    "and responsible person, and says next to a field what is wrong with it."
                ),
                "services",
                "details_tab",
            ),
            self._fill(
                self.tr(
                    "Connect two steps: select the earlier step and choose %1 (%2), or drag "
                    "from the small handle on a card's right edge to the other card."
                ),
                "connect",
                "connect_key",
            ),
            self._fill(
                self.tr(
                    "Undo with %1 and redo with %2. There is no save button: every edit is "
                    "already in the database."
                ),
                "undo",
                "redo",
            ),
            self._fill(
                self.tr(
                    "Checks: the %1 tab lists gaps, missing consents and unmet needs; choosing "
                    "one shows its steps on the map."
                ),
                "checks",
            ),
            self._fill(self.tr("Print for the meeting with %1 (%2)."), "print", "print_key"),
        ]
        closing = self._fill(
            self.tr(
                "Arrow keys move between steps, Enter or F2 opens the details of a step, Delete "
                "removes it (and Ctrl+Z brings it back); the %1 tab lists the pathway for screen "
                "readers. Every key: %2."
            ),
            "steps",
            "shortcuts",
        )
        steps = "".join(f"<li style='margin-bottom:6px'>{item}</li>" for item in items)
        return (
            f"<h2>{html.escape(self.tr('First steps'))}</h2>"
            f"<ol>{steps}</ol><p>{closing}</p>"
        )


class ShortcutsDialog(HelpDialog):
    """Every key of the window: the commands of each menu that have one, then the keys of the
    map and the lists, which no menu shows."""

    def __init__(
        self, menus: list[tuple[str, list[QAction]]], parent: QWidget | None = None
    ) -> None:
        self.menus = menus
        super().__init__(self.tr("Keyboard shortcuts"), self.page(), parent)

    def page(self) -> str:
        esc = html.escape
        sections: list[tuple[str, list[tuple[str, str]]]] = []
        for title, actions in self.menus:
            rows = [(plain(a.text()), keys_of(a)) for a in actions if a.shortcuts()]
            if rows:
                sections.append((plain(title), rows))
        sections.append(
            (
                self.tr("On the map and in the lists"),
                [
                    (self.tr("Move between steps"), self.tr("Arrow keys, Home, End")),
                    (self.tr("Open the details of the selected step"), self.tr("Enter or F2")),
                    (self.tr("Remove the selected steps or arrows"), self.tr("Delete")),
                    (self.tr("Add a service (the search of the services)"), self.tr("Insert")),
                    (self.tr("From a search box to its list"), self.tr("Down")),
                    (self.tr("Close a dialog without saving"), self.tr("Esc")),
                ],
            )
        )
        parts = [f"<h2>{esc(self.tr('Keyboard shortcuts'))}</h2>"]
        for title, rows in sections:
            cells = "".join(
                f"<tr><td style='padding-right:24px'>{esc(name)}</td><td><b>{esc(keys)}</b></td>"
                "</tr>"
                for name, keys in rows
            )
            parts.append(f"<h3>{esc(title)}</h3><table cellspacing=0 cellpadding=2>{cells}</table>")
        return "".join(parts)
