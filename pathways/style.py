"""The one visual style of a pathway, on screen and on paper: sector colours, status lines, marks.

Both renderers take their colours, line styles and symbols from here — the window's canvas
(:mod:`ui.canvas`, Qt) and the printed diagram (:mod:`pathways.diagram`, matplotlib) — so that
the map a client sees in the meeting and the one they take home agree. Plain Python, no Qt and
no matplotlib: colours are ``#RRGGBB`` strings, line lengths are points (a renderer converts
them to its own units, e.g. Qt's dash patterns count in pen widths).

Nothing is told by colour alone, because pages are often printed in black and white: a step's
status is its outline (planned dashed, ongoing bold, completed solid, interrupted broken,
cancelled dotted, struck through and faded) and a symbol; sectors are named in their lane and
coloured with tints of the colour-blind-safe Okabe–Ito palette (Okabe & Ito 2008), whose hues
alternate between dark and light so that neighbouring lanes differ in greyscale too.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- Ink ---------------------------------------------------------------------------------------

INK = "#1A1A1A"  # body text and outlines: near black, 17:1 on white
INK_SOFT = "#404040"  # secondary text: still 10:1 on white, and on every lane tint
INK_FADED = "#666666"  # cancelled steps: faded but 5.7:1, still readable
RULE = "#8C8C8C"
GOAL_INK = "#0B5D55"  # the goal's frame and badge: dark enough to read as black in greyscale
TODAY_INK = "#B34700"  # a dark vermillion: distinct in colour, dark grey in greyscale
ARROW_INK = INK
SUPPORT_ARROW_INK = INK_SOFT

#: Okabe & Ito (2008), the colour-blind-safe palette; one hue per sector, in the order of
#: ``pathways.model.SECTORS``. Hues alternate between dark and light.
SECTOR_COLOURS: dict[str, str] = {
    "employment": "#0072B2",  # blue
    "social": "#CC79A7",  # reddish purple
    "health": "#009E73",  # bluish green
    "rehabilitation": "#E69F00",  # orange
    "education": "#56B4E9",  # sky blue
    "third_sector": "#F0E442",  # yellow
    "employer": "#D55E00",  # vermillion
}
FALLBACK_COLOUR = "#999999"

#: How strongly a sector's colour tints the things drawn in it (0 white, 1 the colour).
LANE_TINT = (0.16, 0.24)  # alternate sectors, so neighbours part in greyscale as well
LABEL_TINT = 0.34  # the lane's label column
CARD_TINT = 0.30  # the fill of an ongoing or completed step's bar or card
CANCELLED_TINT = 0.5  # the sector strip of a cancelled card


def tint(colour: str, amount: float) -> str:
    """*colour* mixed with white: *amount* 0 is white, 1 the colour itself."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mixed = (round(255 - (255 - c) * amount) for c in (red, green, blue))
    return "#" + "".join(f"{c:02X}" for c in mixed)


def sector_colour(sector: str) -> str:
    return SECTOR_COLOURS.get(sector, FALLBACK_COLOUR)


def lane_tint(sector: str) -> str:
    """A lane's background: a light tint of its sector's colour, a shade stronger on every
    other sector (by the sector's place in the palette, so a lane has the same shade on screen,
    where empty lanes are shown, and on paper, where they are not)."""
    order = list(SECTOR_COLOURS)
    index = order.index(sector) if sector in order else 0
    return tint(sector_colour(sector), LANE_TINT[index % 2])


def grey_level(colour: str) -> float:
    """The colour's luminance as a laser printer renders it in greyscale (0 black, 1 white),
    ITU-R BT.601 weights as most printer drivers use."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue


# --- Status ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusStyle:
    """How a step's status is drawn: outline, symbol and text; never colour alone.

    *dash* is the outline's dash pattern in points (on, off, …), None for a solid line;
    *width* the outline's width in points on paper (the screen draws it 1.2× as wide, since a
    screen pixel is smaller than the eye's point at reading distance).
    """

    symbol: str
    dash: tuple[float, ...] | None
    width: float
    edge: str = INK
    text: str = INK
    fill: str = "#FFFFFF"
    struck: bool = False
    broken: bool = False
    faded: bool = False


STATUS_STYLES: dict[str, StatusStyle] = {
    "planned": StatusStyle("○", (4.0, 2.5), 1.1),
    "ongoing": StatusStyle("▶", None, 2.6),
    "completed": StatusStyle("✓", None, 1.0),
    "interrupted": StatusStyle("‖", None, 1.0, broken=True),
    "cancelled": StatusStyle("✗", (1.0, 1.6), 0.9, edge=INK_FADED, text=INK_FADED,
                             fill="#F5F5F5", struck=True, faded=True),
}
#: The screen draws outlines this much wider than paper.
SCREEN_LINE_FACTOR = 1.2


#: Not a step status: a step gone since an agreed version, drawn where it was (``print
#: --changes-since``): faded like a cancelled step, but marked ⊖ and not struck through, so that
#: paper never calls a removed step "cancelled".
GONE = "gone"
GONE_STYLE = StatusStyle("⊖", (1.0, 1.6), 0.9, edge=INK_FADED, text=INK_FADED, fill="#F5F5F5",
                         faded=True)


def status_style(status: str) -> StatusStyle:
    """How a card of *status* (a step status, or :data:`GONE`) is drawn."""
    if status == GONE:
        return GONE_STYLE
    return STATUS_STYLES.get(status, STATUS_STYLES["planned"])


# --- Arrows and marks --------------------------------------------------------------------------

#: Transitions: "next" a solid line with a filled head; "support" dashed with an open head.
TRANSITION_DASH: dict[str, tuple[float, ...] | None] = {"next": None, "support": (3.5, 2.2)}
#: A formal referral is marked on its arrow by a circled letter, on screen and paper: the
#: initial of the word in the language of the view (lähete, remiss, referral).
REFERRAL_LETTER: dict[str, str] = {"fi": "L", "sv": "R", "en": "R"}


def referral_letter(lang: str) -> str:
    return REFERRAL_LETTER.get(lang, "R")
#: A step that runs on past the drawn end (ongoing without a planned end) ends in this mark.
OPEN_END_SYMBOL = "→"
#: The today line's dash pattern (points).
TODAY_DASH = (6.0, 2.0, 1.5, 2.0)
