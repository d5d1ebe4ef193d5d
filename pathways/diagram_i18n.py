"""Words of the printout in the print's own language, through gettext, with a seed for fi and sv.

Every label and sentence of a printout goes through :func:`pathways.i18n.translate` with an
English source string, so the translators' ``.po`` files decide the final wording. The print
names its language explicitly (``translate(message, lang)``) rather than switching the
process-wide language: the window renders on a worker thread, possibly in another language
than its own.

Until the Finnish and Swedish catalogues carry these strings, a page handed to a Finnish client
must not come out in English; ``_PENDING`` holds first translations that are used only when
gettext has none. They are the seed for ``resources/locale/{fi,sv}/LC_MESSAGES/polku.po``:
once the catalogues have them, gettext's answer wins and these entries can go. Extraction:
``pybabel extract -k tr`` finds every ``tr("…", lang)`` call.
"""

from __future__ import annotations

from pathways.i18n import translate

# Plain-language (selkokieli) sentences are short, in the active voice, one thing each, and
# never inflect a person's name (Finnish would need the name's own case endings).
_PENDING: dict[str, tuple[str, str]] = {
    # msgid: (fi, sv)
    # --- the page
    "Client {code}": ("Asiakas {code}", "Klient {code}"),
    "Confidential": ("Luottamuksellinen", "Konfidentiell"),
    "Goal": ("Tavoite", "Mål"),
    "Printed {date}": ("Tulostettu {date}", "Utskriven {date}"),
    "Service pathway by stage": ("Palvelupolku vaiheittain", "Servicestig per skede"),
    "Service pathway over time": ("Palvelupolku aikajanalla", "Servicestig över tid"),
    "Target date {date}": ("tavoiteaika {date}", "måldatum {date}"),
    "Sectors": ("Sektorit", "Sektorer"),
    "Status": ("Tila", "Status"),
    "Arrows": ("Nuolet", "Pilar"),
    "Goal stage": ("Tavoitevaihe", "Målskede"),
    "Who does what": ("Kuka tekee mitä", "Vem gör vad"),
    "Responsible: {name}": ("Vastuu: {name}", "Ansvarig: {name}"),
    "responsible for: {steps}": ("vastaa: {steps}", "ansvarar för: {steps}"),
    "from {date}": ("{date} alkaen", "från {date}"),
    "until {date}": ("{date} asti", "till {date}"),
    "No date yet": ("Ei vielä päivämäärää", "Inget datum ännu"),
    "No dates": ("Ei päivämääriä", "Utan datum"),
    "Today": ("Tänään", "I dag"),
    "Continues on page {page}": ("Jatkuu sivulla {page}", "Fortsätter på sidan {page}"),
    "Continued from page {page}": ("Jatkoa sivulta {page}", "Fortsättning från sidan {page}"),
    "p. {page}": ("s. {page}", "s. {page}"),
    "No steps yet": ("Ei vielä vaiheita", "Inga steg ännu"),
    "+ {count} more": ("+ {count} muuta", "+ {count} till"),
    "No team members recorded.": ("Tiimin jäseniä ei ole kirjattu.",
                                  "Inga teammedlemmar har antecknats."),
    # --- the meeting sheet
    "For the meeting": ("Palaveria varten", "Inför mötet"),
    "Ongoing and planned steps": ("Käynnissä ja suunnitteilla", "Pågående och planerade steg"),
    "No ongoing or planned steps.": ("Ei käynnissä olevia eikä suunniteltuja vaiheita.",
                                     "Inga pågående eller planerade steg."),
    "Service": ("Palvelu", "Tjänst"),
    "Dates": ("Aika", "Tid"),
    "Responsible": ("Vastuuhenkilö", "Ansvarig"),
    "Provider": ("Palveluntuottaja", "Serviceproducent"),
    "Note": ("Muistiinpano", "Anteckning"),
    "Open findings": ("Avoimet havainnot", "Öppna observationer"),
    "No open findings.": ("Ei avoimia havaintoja.", "Inga öppna observationer."),
    "Latest meeting {date}": ("Edellinen palaveri {date}", "Senaste mötet {date}"),
    "Decisions": ("Päätökset", "Beslut"),
    "No decisions recorded.": ("Päätöksiä ei ole kirjattu.", "Inga beslut har antecknats."),
    "Next review: {date}": ("Seuraava arviointi: {date}", "Nästa uppföljning: {date}"),
    "No meetings recorded.": ("Palavereja ei ole kirjattu.", "Inga möten har antecknats."),
    "{days} days": ("{days} päivää", "{days} dagar"),
    # --- the client copy (plain language)
    "Your path": ("Sinun polkusi", "Din väg"),
    "Your goal: {goal}": ("Tavoitteesi: {goal}", "Ditt mål: {goal}"),
    "What happens next?": ("Mitä tapahtuu seuraavaksi?", "Vad händer härnäst?"),
    "Who helps me?": ("Kuka auttaa minua?", "Vem hjälper mig?"),
    "Now: {service}.": ("Nyt: {service}.", "Nu: {service}."),
    "It started on {date}.": ("Se alkoi {date}.", "Det började {date}."),
    "Next: {service} starts on {date}.": ("Seuraavaksi: {service} alkaa {date}.",
                                          "Härnäst: {service} börjar {date}."),
    "Next: {service}. The date will be agreed later.": (
        "Seuraavaksi: {service}. Aika sovitaan myöhemmin.",
        "Härnäst: {service}. Tiden bestäms senare.",
    ),
    "{name}, {role}, helps you.": ("Sinua auttaa {name}, {role}.",
                                   "Du får hjälp av {name}, {role}."),
    "{name} helps you.": ("Sinua auttaa {name}.", "Du får hjälp av {name}."),
    "Phone {phone}.": ("Puhelin {phone}.", "Telefon {phone}."),
    "Email {email}.": ("Sähköposti {email}.", "E-post {email}."),
    "You and your team will agree on the next step together.": (
        "Sovitte seuraavasta askeleesta yhdessä tiimin kanssa.",
        "Du och teamet kommer överens om nästa steg tillsammans.",
    ),
    "At the meeting on {date} we agreed:": ("Palaverissa {date} sovittiin:",
                                            "På mötet {date} kom vi överens om:"),
    "Next meeting: {date}.": ("Seuraava tapaaminen: {date}.", "Nästa möte: {date}."),
    "Done": ("Valmis", "Klart"),
    "Now": ("Nyt", "Nu"),
    "Coming": ("Tulossa", "Kommer"),
    "Stopped": ("Keskeytyi", "Avbröts"),
    "Cancelled": ("Peruttu", "Inställd"),
    "starts {date}": ("alkaa {date}", "börjar {date}"),
    "started {date}": ("alkoi {date}", "började {date}"),
    "ended {date}": ("päättyi {date}", "slutade {date}"),
    "Next step": ("Seuraava askel", "Nästa steg"),
    "Helps alongside": ("Tukee rinnalla", "Stöder vid sidan om"),
    # --- names from pathways.labels (the msgids are theirs)
    "Planned": ("Suunniteltu", "Planerad"),
    "Ongoing": ("Käynnissä", "Pågående"),
    "Completed": ("Päättynyt", "Avslutad"),
    "Interrupted": ("Keskeytynyt", "Avbruten"),
    "Moves on": ("Siirtyy seuraavaan", "Går vidare"),
    "Supports alongside": ("Tukee rinnalla", "Stöder parallellt"),
    "Draft": ("Luonnos", "Utkast"),
    "Active": ("Voimassa", "Gällande"),
    "Closed": ("Päättynyt", "Avslutad"),
    "Work on the open labour market": ("Työ avoimilla työmarkkinoilla",
                                       "Arbete på den öppna arbetsmarknaden"),
    "Education or training": ("Koulutus", "Utbildning"),
    "Work ability and functional capacity": ("Työ- ja toimintakyky",
                                             "Arbets- och funktionsförmåga"),
    "Other goal": ("Muu tavoite", "Annat mål"),
    "Warning": ("Huomio", "Varning"),
    "Error": ("Virhe", "Fel"),
    "Gap between services": ("Aukko palvelujen välillä", "Glapp mellan tjänsterna"),
    "Starts before the previous step": ("Alkaa ennen edellistä vaihetta",
                                        "Börjar före föregående steg"),
    "Dead end": ("Umpikuja", "Återvändsgränd"),
    "Overdue": ("Myöhässä", "Försenat"),
    "No responsible person": ("Ei vastuuhenkilöä", "Ingen ansvarig person"),
    "Information shared without valid consent": ("Tietoja siirretty ilman voimassa olevaa "
                                                 "suostumusta",
                                                 "Uppgifter delade utan giltigt samtycke"),
    "Need without a service": ("Tarve ilman palvelua", "Behov utan tjänst"),
}


def tr(message: str, lang: str) -> str:
    """*message* (English source) in *lang*: gettext first, then the seed, then English."""
    translated = translate(message, lang)
    if translated != message or lang == "en":
        return translated
    pending = _PENDING.get(message)
    if pending is None:
        return message
    return pending[0] if lang == "fi" else pending[1]


_MONTHS: dict[str, tuple[str, ...]] = {
    "fi": ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka",
           "marras", "joulu"),
    "sv": ("jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov",
           "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def month_abbreviation(month: int, lang: str) -> str:
    """The short name of a month (1–12) as a calendar in *lang* prints it."""
    return _MONTHS.get(lang, _MONTHS["en"])[month - 1]
