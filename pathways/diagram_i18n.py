"""Words of the printout in the print's own language, through gettext, with a seed for fi and sv.

Every label and sentence of a printout goes through :func:`pathways.i18n.translate` with an
English source string, so the translators' ``.po`` files decide the final wording. The print
names its language explicitly (``translate(message, lang)``) rather than switching the
process-wide language: the window renders on a worker thread, possibly in another language
than its own.

Until the Finnish and Swedish catalogues carry these strings, a page handed to a Finnish client
must not come out in English; ``_PENDING`` holds first translations that are used only when
gettext has none. They are the seed for ``resources/locale/{fi,sv}/LC_MESSAGES/polku.po``:
once the catalogues have them, gettext's answer wins and these entries can go. Every message
is marked here with ``N_()``, so the usual extraction finds them all.
"""

from __future__ import annotations

from pathways.i18n import N_, translate

# Plain-language (selkokieli) sentences are short, in the active voice, one thing each, and
# never inflect a person's name (Finnish would need the name's own case endings).
_PENDING: dict[str, tuple[str, str]] = {
    # msgid: (fi, sv)
    # --- the page
    N_("Client {code}"): ("Asiakas {code}", "Klient {code}"),
    N_("Confidential"): ("Luottamuksellinen", "Konfidentiell"),
    N_("Goal"): ("Tavoite", "Mål"),
    N_("Printed {date}"): ("Tulostettu {date}", "Utskriven {date}"),
    N_("Service pathway by stage"): ("Palvelupolku vaiheittain", "Servicestig per skede"),
    N_("Service pathway over time"): ("Palvelupolku aikajanalla", "Servicestig över tid"),
    N_("Target date {date}"): ("tavoiteaika {date}", "måldatum {date}"),
    N_("Sectors"): ("Sektorit", "Sektorer"),
    N_("Status"): ("Tila", "Status"),
    N_("Arrows"): ("Nuolet", "Pilar"),
    N_("Goal stage"): ("Tavoitevaihe", "Målskede"),
    N_("Who does what"): ("Kuka tekee mitä", "Vem gör vad"),
    N_("Names in full"): ("Nimet kokonaan", "Fullständiga namn"),
    N_("Formal referral"): ("Lähete", "Remiss"),
    N_("Responsible: {name}"): ("Vastuu: {name}", "Ansvarig: {name}"),
    N_("responsible for: {steps}"): ("vastaa: {steps}", "ansvarar för: {steps}"),
    N_("from {date}"): ("{date} alkaen", "från {date}"),
    N_("until {date}"): ("{date} asti", "till {date}"),
    N_("No date yet"): ("Ei vielä päivämäärää", "Inget datum ännu"),
    N_("No dates"): ("Ei päivämääriä", "Utan datum"),
    N_("Today"): ("Tänään", "I dag"),
    N_("Continues on page {page}"): ("Jatkuu sivulla {page}", "Fortsätter på sidan {page}"),
    N_("Continued from page {page}"): ("Jatkoa sivulta {page}", "Fortsättning från sidan {page}"),
    N_("p. {page}"): ("s. {page}", "s. {page}"),
    N_("No steps yet"): ("Ei vielä vaiheita", "Inga steg ännu"),
    N_("+ {count} more"): ("+ {count} muuta", "+ {count} till"),
    N_("No team members recorded."): ("Tiimin jäseniä ei ole kirjattu.",
                                  "Inga teammedlemmar har antecknats."),
    # --- the meeting sheet
    N_("For the meeting"): ("Palaveria varten", "Inför mötet"),
    N_("Ongoing and planned steps"): ("Käynnissä ja suunnitteilla", "Pågående och planerade steg"),
    N_("No ongoing or planned steps."): ("Ei käynnissä olevia eikä suunniteltuja vaiheita.",
                                     "Inga pågående eller planerade steg."),
    N_("Service"): ("Palvelu", "Tjänst"),
    N_("Dates"): ("Aika", "Tid"),
    N_("Responsible"): ("Vastuuhenkilö", "Ansvarig"),
    N_("Provider"): ("Palveluntuottaja", "Serviceproducent"),
    N_("Note"): ("Muistiinpano", "Anteckning"),
    N_("Open findings"): ("Avoimet havainnot", "Öppna observationer"),
    N_("No open findings."): ("Ei avoimia havaintoja.", "Inga öppna observationer."),
    N_("Latest meeting {date}"): ("Edellinen palaveri {date}", "Senaste mötet {date}"),
    N_("Decisions"): ("Päätökset", "Beslut"),
    N_("No decisions recorded."): ("Päätöksiä ei ole kirjattu.", "Inga beslut har antecknats."),
    N_("Next review: {date}"): ("Seuraava arviointi: {date}", "Nästa uppföljning: {date}"),
    N_("No meetings recorded."): ("Palavereja ei ole kirjattu.", "Inga möten har antecknats."),
    N_("{days} days"): ("{days} päivää", "{days} dagar"),
    # --- the client copy (plain language)
    N_("Your path"): ("Sinun polkusi", "Din väg"),
    N_("Your goal: {goal}"): ("Tavoitteesi: {goal}", "Ditt mål: {goal}"),
    N_("What happens next?"): ("Mitä tapahtuu seuraavaksi?", "Vad händer härnäst?"),
    N_("Who helps me?"): ("Kuka auttaa minua?", "Vem hjälper mig?"),
    N_("Now: {service}."): ("Nyt: {service}.", "Nu: {service}."),
    N_("It started on {date}."): ("Se alkoi {date}.", "Det började {date}."),
    N_("Next: {service} starts on {date}."): ("Seuraavaksi: {service} alkaa {date}.",
                                          "Härnäst: {service} börjar {date}."),
    N_("Next: {service}. The date will be agreed later."): (
        "Seuraavaksi: {service}. Aika sovitaan myöhemmin.",
        "Härnäst: {service}. Tiden bestäms senare.",
    ),
    N_("{name}, {role}, helps you."): ("Sinua auttaa {name}, {role}.",
                                   "Du får hjälp av {name}, {role}."),
    N_("{name} helps you."): ("Sinua auttaa {name}.", "Du får hjälp av {name}."),
    N_("Phone {phone}."): ("Puhelin {phone}.", "Telefon {phone}."),
    N_("Email {email}."): ("Sähköposti {email}.", "E-post {email}."),
    N_("You and your team will agree on the next step together."): (
        "Sovitte seuraavasta askeleesta yhdessä tiimin kanssa.",
        "Du och teamet kommer överens om nästa steg tillsammans.",
    ),
    N_("At the meeting on {date} we agreed:"): ("Palaverissa {date} sovittiin:",
                                            "På mötet {date} kom vi överens om:"),
    N_("Next meeting: {date}."): ("Seuraava tapaaminen: {date}.", "Nästa möte: {date}."),
    N_("Done"): ("Valmis", "Klart"),
    N_("Now"): ("Nyt", "Nu"),
    N_("Coming"): ("Tulossa", "Kommer"),
    N_("Stopped"): ("Keskeytyi", "Avbröts"),
    N_("Cancelled"): ("Peruttu", "Inställd"),
    N_("starts {date}"): ("alkaa {date}", "börjar {date}"),
    N_("started {date}"): ("alkoi {date}", "började {date}"),
    N_("ended {date}"): ("päättyi {date}", "slutade {date}"),
    N_("Next step"): ("Seuraava askel", "Nästa steg"),
    N_("Helps alongside"): ("Tukee rinnalla", "Stöder vid sidan om"),
    # --- names from pathways.labels (the msgids are theirs)
    N_("Planned"): ("Suunniteltu", "Planerad"),
    N_("Ongoing"): ("Käynnissä", "Pågående"),
    N_("Completed"): ("Päättynyt", "Avslutad"),
    N_("Interrupted"): ("Keskeytynyt", "Avbruten"),
    N_("Moves on"): ("Siirtyy seuraavaan", "Går vidare"),
    N_("Supports alongside"): ("Tukee rinnalla", "Stöder parallellt"),
    N_("Draft"): ("Luonnos", "Utkast"),
    N_("Active"): ("Voimassa", "Gällande"),
    N_("Closed"): ("Päättynyt", "Avslutad"),
    N_("Work on the open labour market"): ("Työ avoimilla työmarkkinoilla",
                                       "Arbete på den öppna arbetsmarknaden"),
    N_("Education or training"): ("Koulutus", "Utbildning"),
    N_("Work ability and functional capacity"): ("Työ- ja toimintakyky",
                                             "Arbets- och funktionsförmåga"),
    N_("Other goal"): ("Muu tavoite", "Annat mål"),
    N_("Warning"): ("Huomio", "Varning"),
    N_("Error"): ("Virhe", "Fel"),
    N_("Gap between services"): ("Aukko palvelujen välillä", "Glapp mellan tjänsterna"),
    N_("Starts before the previous step"): ("Alkaa ennen edellistä vaihetta",
                                        "Börjar före föregående steg"),
    N_("Dead end"): ("Umpikuja", "Återvändsgränd"),
    N_("Overdue"): ("Myöhässä", "Försenat"),
    N_("No responsible person"): ("Ei vastuuhenkilöä", "Ingen ansvarig person"),
    N_("Information shared without valid consent"): ("Tietoja siirretty ilman voimassa olevaa "
                                                 "suostumusta",
                                                 "Uppgifter delade utan giltigt samtycke"),
    N_("Need without a service"): ("Tarve ilman palvelua", "Behov utan tjänst"),
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
