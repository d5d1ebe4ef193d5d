"""The demo clients: six realistic, fictional clients whose pathways show the range of the field.

Every date is counted from *today*, so the demo stays current whenever it is loaded. The people,
their personal identity codes (individual numbers 900–999, kept for test and temporary use) and
the smaller organisations are made up; the public bodies (wellbeing services counties,
employment areas, Kela, Keva) are the kinds of organisation a real team works with.

Some pathways carry on purpose the problems that the pathway checks exist to find (a gap after
vocational school, an information transfer without consent, a consent that ran out, an overdue
plan, a step nobody answers for, a need no service addresses), so that a first look at the
program shows what it is for. Every client is valid per the exchange format.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from pathways.model import (
    Client,
    Consent,
    Goal,
    Meeting,
    Need,
    Participation,
    Pathway,
    Step,
    TeamMember,
    Transition,
)

#: Every demo client's id starts with this; the ``demo`` command adds only such clients.
DEMO_PREFIX = "demo-"


def demo_clients(today: date) -> list[Client]:
    """The demo clients with their dates relative to *today*, in a fixed order."""
    return [
        _aleksi(today),
        _jari(today),
        _raili(today),
        _nadia(today),
        _emma(today),
        _mikko(today),
    ]


def _relative(today: date) -> tuple[Callable[[int], date], Callable[[int], date]]:
    """``ago(n)``, the day *n* days before *today*, and ``ahead(n)``, *n* days after it."""

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    def ahead(days: int) -> date:
        return today + timedelta(days=days)

    return ago, ahead


def _aleksi(today: date) -> Client:
    """An autistic young man leaving a special vocational school (nivelvaihe).

    Problems built in: a gap of 50 days over the summer between school and the work trial, and
    his need for support with social relations is not met by any step.
    """
    ago, ahead = _relative(today)
    active = Pathway(
        "p1",
        "Erityisammattiopistosta oppisopimukseen",
        "active",
        created_on=ago(230),
        steps=[
            Step(
                "s1",
                "special_vocational_education",
                "completed",
                title="TELMA-koulutus",
                provider="Ammattiopisto Kaarna",
                responsible="t3",
                start=ago(640),
                end=ago(200),
                note="Työhön ja itsenäiseen elämään valmentava koulutus; painotus varastotyössä.",
            ),
            Step(
                "s2",
                "work_trial",
                "ongoing",
                title="Työkokeilu varastossa",
                provider="Varastopalvelu Nieminen Oy",
                responsible="t2",
                start=ago(150),
                end=ahead(30),  # the work trial is agreed until then
                note="4 päivää viikossa, 6 tuntia päivässä. Selkeät työohjeet kuvina.",
            ),
            Step(
                "s3",
                "apprenticeship",
                "planned",
                title="Oppisopimus: logistiikan perustutkinto",
                provider="Varastopalvelu Nieminen Oy",
                responsible="t2",
                start=ahead(45),
            ),
            Step(
                "s4",
                "disability_services",
                "ongoing",
                title="Valmennus arjen taitoihin",
                provider="Pirkanmaan hyvinvointialue",
                responsible="t1",
                start=ago(400),
            ),
        ],
        transitions=[
            Transition(
                "s1",
                "s2",
                "next",
                referral=True,
                date=ago(190),
                shared_info=["education", "assessment"],
                consent="k1",
            ),
            Transition("s2", "s3", "next", shared_info=["plan"], consent="k1"),
            Transition("s4", "s2", "support"),
        ],
    )
    alternative = Pathway(
        "p2",
        "Vaihtoehto: tuettu työllistyminen",
        "draft",
        created_on=ago(30),
        steps=[
            Step("s1", "supported_employment", "planned", responsible="t1", start=ahead(45)),
            Step(
                "s2",
                "wage_subsidy_employer",
                "planned",
                title="Palkkatuettu osa-aikatyö",
                start=ahead(120),
            ),
        ],
        transitions=[Transition("s1", "s2", "next")],
    )
    return Client(
        id="demo-aleksi",
        name="Aleksi Virtanen",
        personal_id="140307A913P",
        birth_year=2007,
        municipality="Tampere",
        languages=["fi"],
        notes="Autismikirjo. Viestintä sujuu parhaiten kirjallisesti ja kuvin; "
        "uudet paikat kannattaa käydä katsomassa etukäteen.",
        goal=Goal(
            "open_employment",
            "Vakituinen työ varastossa tai logistiikassa",
            target_date=ahead(700),
        ),
        needs=[
            Need("work_experience", 3, assessed_on=ago(225)),
            Need("social_relations", 2, assessed_on=ago(225), note="Yksinäisyys vapaa-ajalla"),
            Need("competence", 2, assessed_on=ago(225)),
            Need("everyday_life", 1, assessed_on=ago(225)),
            Need("functional_capacity", 1, assessed_on=ago(225)),
        ],
        consents=[
            Consent(
                "k1",
                given_on=ago(220),
                sectors=["education", "social", "employment", "employer"],
                note="Annettu siirtymäpalaverissa; huoltaja läsnä.",
            )
        ],
        team=[
            TeamMember(
                "t1",
                "Satu Järvinen",
                "Sosiaalityöntekijä (vammaispalvelut)",
                "social",
                organisation="Pirkanmaan hyvinvointialue",
            ),
            TeamMember(
                "t2",
                "Markus Lehtonen",
                "Työllisyysasiantuntija",
                "employment",
                organisation="Tampereen seudun työllisyysalue",
            ),
            TeamMember(
                "t3",
                "Hanna Kivelä",
                "Opinto-ohjaaja",
                "education",
                organisation="Ammattiopisto Kaarna",
            ),
        ],
        participation=Participation(
            entered_on=ago(230),
            status_on_entry="in_education",
            gender="man",
            education_on_entry="isced_0_2",
            characteristics_declined=True,
        ),
        pathways=[active, alternative],
        meetings=[
            Meeting(
                "m1",
                ago(220),
                participants=["t1", "t2", "t3"],
                client_present=True,
                summary="Siirtymäpalaveri ennen valmistumista. Aleksi haluaa töihin varastoon.",
                decisions=[
                    "Työkokeilu varastoalalla alkaa syksyllä",
                    "Vammaispalvelujen valmennus jatkuu",
                ],
                next_review=ago(60),
            ),
            Meeting(
                "m2",
                ago(25),
                participants=["t1", "t2"],
                client_present=True,
                summary="Työkokeilu on sujunut hyvin; työnantaja on valmis oppisopimukseen.",
                decisions=[
                    "Oppisopimusta haetaan alkamaan kuuden viikon päästä",
                    "Selvitetään ryhmätoiminta vapaa-ajalle",
                ],
                next_review=ahead(40),
            ),
        ],
    )


def _jari(today: date) -> Client:
    """A long-term unemployed man with substance use and debts.

    Problems built in: information moves to the workshop without a consent, the planned workshop
    has nobody responsible, and his housing need is not addressed by any step.
    """
    ago, ahead = _relative(today)
    earlier = Pathway(
        "p0",
        "Aiempi suunnitelma",
        "closed",
        created_on=ago(930),
        steps=[
            Step(
                "s1",
                "rehabilitative_work_activity",
                "interrupted",
                provider="Lahden Työkeskus",
                start=ago(900),
                end=ago(820),
                note="Keskeytyi päihteiden käytön lisäännyttyä.",
            )
        ],
    )
    active = Pathway(
        "p1",
        "Kohti työpajaa",
        "active",
        created_on=ago(285),
        steps=[
            Step(
                "s1",
                "substance_use_services",
                "ongoing",
                title="Päihdeavohoito",
                provider="Päijät-Hämeen hyvinvointialue, päihdepalvelut",
                responsible="t3",
                start=ago(300),
            ),
            Step(
                "s2",
                "debt_counselling",
                "completed",
                provider="Oikeusaputoimisto, talous- ja velkaneuvonta",
                start=ago(240),
                end=ago(120),
                note="Velkajärjestelyhakemus jätetty käräjäoikeuteen.",
            ),
            Step(
                "s3",
                "social_rehabilitation",
                "completed",
                title="Sosiaalisen kuntoutuksen ryhmä",
                provider="Päijät-Hämeen hyvinvointialue",
                responsible="t1",
                start=ago(270),
                end=ago(100),
            ),
            Step(
                "s4",
                "rehabilitative_work_activity",
                "ongoing",
                provider="Lahden Työkeskus",
                responsible="t1",
                start=ago(95),
                note="3 päivää viikossa, kiinteistöhuollon tehtävät.",
            ),
            Step(
                "s5",
                "youth_workshop",
                "planned",
                title="Puutyöpaja",
                provider="Työpajayhdistys Salpausselkä ry",
                start=ahead(30),
            ),
        ],
        transitions=[
            Transition("s1", "s4", "support"),
            Transition("s2", "s3", "support"),
            Transition(
                "s3",
                "s4",
                "next",
                referral=True,
                date=ago(96),
                shared_info=["social"],
                consent="k1",
            ),
            Transition("s4", "s5", "next", referral=True, shared_info=["plan", "social"]),
        ],
    )
    return Client(
        id="demo-jari",
        name="Jari Koskinen",
        personal_id="051179-9515",
        birth_year=1979,
        municipality="Lahti",
        languages=["fi"],
        notes="Asuu tuttavan luona; oma vuokrasopimus päättyi ulosoton vuoksi.",
        goal=Goal("open_employment", "Työ kiinteistöhuollossa", target_date=ahead(540)),
        needs=[
            Need("substance_use", 3, assessed_on=ago(290)),
            Need("finances", 3, assessed_on=ago(290)),
            Need("housing", 2, assessed_on=ago(290)),
            Need("everyday_life", 2, assessed_on=ago(290)),
            Need("work_experience", 2, assessed_on=ago(290)),
            Need("health", 1, assessed_on=ago(290)),
        ],
        consents=[
            Consent(
                "k1",
                given_on=ago(300),
                expires_on=ahead(65),
                sectors=["social", "health", "employment"],
            )
        ],
        team=[
            TeamMember(
                "t1",
                "Päivi Laine",
                "Sosiaalityöntekijä (aikuissosiaalityö)",
                "social",
                organisation="Päijät-Hämeen hyvinvointialue",
            ),
            TeamMember(
                "t2",
                "Tuomas Nurmi",
                "Työllisyysasiantuntija",
                "employment",
                organisation="Lahden seudun työllisyysalue",
            ),
            TeamMember(
                "t3",
                "Anne Salo",
                "Sairaanhoitaja (päihdepalvelut)",
                "health",
                organisation="Päijät-Hämeen hyvinvointialue",
            ),
        ],
        participation=Participation(
            entered_on=ago(280),
            status_on_entry="long_term_unemployed",
            gender="man",
            education_on_entry="isced_3_4",
            characteristics=["homeless_or_housing_exclusion"],
        ),
        pathways=[earlier, active],
        meetings=[
            Meeting(
                "m1",
                ago(280),
                participants=["t1", "t2", "t3"],
                client_present=True,
                summary="Monialainen verkostopalaveri. Jari on ollut työttömänä neljä vuotta.",
                decisions=[
                    "Päihdeavohoito jatkuu kerran viikossa",
                    "Ajanvaraus talous- ja velkaneuvontaan",
                    "Sosiaalisen kuntoutuksen ryhmä alkaa",
                ],
                next_review=ago(100),
            ),
            Meeting(
                "m2",
                ago(40),
                participants=["t1", "t3"],
                client_present=True,
                summary="Kuntouttava työtoiminta on sujunut; poissaoloja vähän.",
                decisions=["Haetaan paikkaa puutyöpajasta"],
                next_review=ahead(50),
            ),
        ],
    )


def _raili(today: date) -> Client:
    """A 58-year-old practical nurse with partial work ability who wants to keep working.

    Problems built in: the job modification was planned to start ten days ago and is still
    planned, and the plan moved to the employer after the consent had expired.
    """
    ago, ahead = _relative(today)
    active = Pathway(
        "p1",
        "Työssä jatkaminen osatyökykyisenä",
        "active",
        created_on=ago(200),
        steps=[
            Step(
                "s1",
                "work_ability_assessment",
                "completed",
                provider="Työterveys Merikoski",
                responsible="t3",
                start=ago(200),
                end=ago(170),
            ),
            Step(
                "s2",
                "work_ability_coordination",
                "ongoing",
                provider="Pohjois-Pohjanmaan hyvinvointialue",
                responsible="t1",
                start=ago(165),
            ),
            Step(
                "s3",
                "pension_vocational_rehabilitation",
                "ongoing",
                title="Työkokeilu omassa työpaikassa",
                provider="Keva",
                responsible="t2",
                start=ago(60),
                note="Kevennetyt tehtävät kotihoidon toiminnanohjauksessa, 4 tuntia päivässä.",
            ),
            Step(
                "s4",
                "job_modification",
                "planned",
                title="Pysyvä työn muokkaus: toiminnanohjaus",
                provider="Pohjois-Pohjanmaan hyvinvointialue, kotihoito",
                responsible="t4",
                start=ago(10),
            ),
            Step(
                "s5",
                "medical_rehabilitation",
                "completed",
                title="Fysioterapia",
                provider="Pohjois-Pohjanmaan hyvinvointialue",
                start=ago(160),
                end=ago(70),
            ),
        ],
        transitions=[
            Transition(
                "s1",
                "s2",
                "next",
                referral=True,
                date=ago(168),
                shared_info=["assessment", "health"],
                consent="k1",
            ),
            Transition("s1", "s5", "next", referral=True),
            Transition("s5", "s3", "support"),
            Transition("s2", "s3", "support"),
            Transition(
                "s3",
                "s4",
                "next",
                date=ago(20),
                shared_info=["rehabilitation", "plan"],
                consent="k1",
            ),
        ],
    )
    return Client(
        id="demo-raili",
        name="Raili Heikkinen",
        personal_id="120668-924X",
        birth_year=1968,
        municipality="Oulu",
        languages=["fi"],
        notes="Lähihoitaja kotihoidossa 22 vuotta. Olkapää- ja selkävaivat; "
        "nostotyö ei enää onnistu.",
        goal=Goal(
            "open_employment",
            "Jatkaa omassa työpaikassa kevennetyissä tehtävissä vanhuuseläkkeeseen asti",
        ),
        needs=[
            Need("functional_capacity", 3, assessed_on=ago(175)),
            Need("health", 2, assessed_on=ago(175)),
            Need("digital_skills", 1, assessed_on=ago(175), note="Toiminnanohjauksen järjestelmät"),
            Need("work_experience", 0, assessed_on=ago(175)),
        ],
        consents=[
            Consent(
                "k1",
                given_on=ago(210),
                expires_on=ago(30),
                sectors=["health", "rehabilitation", "employer"],
                note="Annettu työkyvyn arviointia ja kuntoutusta varten.",
            )
        ],
        team=[
            TeamMember(
                "t1",
                "Kirsi Manninen",
                "Työkykykoordinaattori",
                "health",
                organisation="Pohjois-Pohjanmaan hyvinvointialue",
            ),
            TeamMember(
                "t2", "Juha Tolonen", "Kuntoutusasiantuntija", "rehabilitation", organisation="Keva"
            ),
            TeamMember(
                "t3",
                "Leena Kangas",
                "Työterveyshoitaja",
                "health",
                organisation="Työterveys Merikoski",
            ),
            TeamMember(
                "t4",
                "Sari Pesonen",
                "Kotihoidon esihenkilö",
                "employer",
                organisation="Pohjois-Pohjanmaan hyvinvointialue",
            ),
        ],
        participation=Participation(
            entered_on=ago(200), status_on_entry="employed", gender="woman",
            education_on_entry="isced_3_4",
        ),
        pathways=[active],
        meetings=[
            Meeting(
                "m1",
                ago(168),
                participants=["t1", "t3", "t4"],
                client_present=True,
                summary="Työterveysneuvottelu. Nykyinen työ ei onnistu; "
                "halu jatkaa työssä on vahva.",
                decisions=[
                    "Kuntoutushakemus Kevaan",
                    "Fysioterapiajakso olkapäälle",
                ],
                next_review=ago(60),
            ),
            Meeting(
                "m2",
                ago(21),
                participants=["t1", "t2", "t4"],
                client_present=True,
                summary="Työkokeilu toiminnanohjauksessa on sujunut hyvin.",
                decisions=["Työn muokkaus pysyväksi työkokeilun jälkeen"],
                next_review=ahead(30),
            ),
        ],
    )


def _nadia(today: date) -> Client:
    """A woman who moved to Finland from Afghanistan, heading to practical-nurse training."""
    ago, ahead = _relative(today)
    active = Pathway(
        "p1",
        "Kohti lähihoitajakoulutusta",
        "active",
        created_on=ago(330),
        steps=[
            Step(
                "s1",
                "multisectoral_mapping",
                "completed",
                provider="Turun seudun työllisyysalue",
                responsible="t1",
                start=ago(330),
                end=ago(270),
            ),
            Step(
                "s2",
                "labour_market_training",
                "completed",
                title="Kotoutumiskoulutus, suomen kieli ja digitaidot",
                provider="Turun Kielikeskus",
                responsible="t1",
                start=ago(260),
                end=ago(60),
            ),
            Step(
                "s3",
                "career_guidance",
                "completed",
                provider="Turun seudun työllisyysalue",
                responsible="t1",
                start=ago(120),
                end=ago(50),
            ),
            Step(
                "s4",
                "preparatory_education",
                "ongoing",
                title="TUVA: sosiaali- ja terveysalan painotus",
                provider="Ammattiopisto Aurajoki",
                responsible="t3",
                start=ago(45),
            ),
            Step(
                "s5",
                "vocational_education",
                "planned",
                title="Sosiaali- ja terveysalan perustutkinto (lähihoitaja)",
                provider="Ammattiopisto Aurajoki",
                responsible="t3",
                start=ahead(120),
            ),
            Step(
                "s6",
                "social_guidance",
                "ongoing",
                provider="Varsinais-Suomen hyvinvointialue",
                responsible="t2",
                start=ago(300),
                note="Lastenhoidon järjestäminen opintojen ajaksi.",
            ),
        ],
        transitions=[
            Transition(
                "s1",
                "s2",
                "next",
                date=ago(265),
                shared_info=["basic", "employment_history"],
                consent="k1",
            ),
            Transition("s2", "s3", "next"),
            Transition("s2", "s4", "next"),
            Transition("s3", "s4", "next"),
            Transition("s4", "s5", "next", shared_info=["education", "plan"], consent="k1"),
            Transition("s6", "s4", "support"),
        ],
    )
    return Client(
        id="demo-nadia",
        name="Nadia Rahimi",
        birth_year=1991,
        municipality="Turku",
        languages=["fa", "fi"],
        notes="Muuttanut Suomeen 2021. Kotimaassa kaksi vuotta sairaalan avustavissa tehtävissä.",
        goal=Goal("training", "Lähihoitajan tutkinto", target_date=ahead(900)),
        needs=[
            Need("language", 3, assessed_on=ago(300)),
            Need("competence", 3, assessed_on=ago(300)),
            Need("digital_skills", 2, assessed_on=ago(300)),
            Need("work_experience", 2, assessed_on=ago(300)),
            Need("everyday_life", 1, assessed_on=ago(300)),
        ],
        consents=[
            Consent(
                "k1",
                given_on=ago(330),
                expires_on=ahead(400),
                sectors=["employment", "social", "education"],
            )
        ],
        team=[
            TeamMember(
                "t1",
                "Eveliina Saarinen",
                "Työllisyysasiantuntija (maahanmuuttajapalvelut)",
                "employment",
                organisation="Turun seudun työllisyysalue",
            ),
            TeamMember(
                "t2",
                "Riikka Aalto",
                "Sosiaaliohjaaja",
                "social",
                organisation="Varsinais-Suomen hyvinvointialue",
            ),
            TeamMember(
                "t3",
                "Olli Rantala",
                "Opinto-ohjaaja",
                "education",
                organisation="Ammattiopisto Aurajoki",
            ),
        ],
        participation=Participation(
            entered_on=ago(330),
            status_on_entry="unemployed",
            gender="woman",
            education_on_entry="isced_5_8",
            characteristics=["third_country_national", "foreign_background"],
        ),
        pathways=[active],
        meetings=[
            Meeting(
                "m1",
                ago(275),
                participants=["t1", "t2"],
                client_present=True,
                summary="Monialainen työllistymissuunnitelma laadittu tulkin avulla.",
                decisions=[
                    "Kotoutumiskoulutus alkaa",
                    "Sosiaaliohjaus lastenhoidon järjestämiseen",
                ],
                next_review=ago(130),
            ),
            Meeting(
                "m2",
                ago(55),
                participants=["t1", "t2", "t3"],
                client_present=True,
                summary="Suomen kieli B1-tasolla. Nadia hakee lähihoitajakoulutukseen.",
                decisions=["TUVA-koulutus alkaa", "Haku lähihoitajakoulutukseen keväällä"],
                next_review=ahead(35),
            ),
        ],
    )


def _emma(today: date) -> Client:
    """A Swedish-speaking young woman with depression, back at work with IPS."""
    ago, ahead = _relative(today)
    earlier = Pathway(
        "p0",
        "Studier",
        "closed",
        created_on=ago(720),
        steps=[
            Step(
                "s1",
                "vocational_education",
                "interrupted",
                title="Grundexamen inom handel och service",
                provider="Yrkesinstitutet Borgå",
                start=ago(700),
                end=ago(520),
                note="Studierna avbröts på grund av depression.",
            )
        ],
    )
    active = Pathway(
        "p1",
        "Vägen till arbete med IPS",
        "active",
        created_on=ago(150),
        steps=[
            Step(
                "s1",
                "mental_health_services",
                "ongoing",
                title="Psykiatrisk öppenvård",
                provider="Östra Nylands välfärdsområde",
                responsible="t2",
                start=ago(430),
            ),
            Step(
                "s2",
                "ips_coaching",
                "ongoing",
                provider="Östra Nylands välfärdsområde",
                responsible="t1",
                start=ago(150),
            ),
            Step(
                "s3",
                "open_employment",
                "ongoing",
                title="Deltidsarbete i bokhandel",
                provider="Borgå Bok & Papper Ab",
                responsible="t1",
                start=ago(20),
                note="20 timmar i veckan. IPS-coachen håller kontakt med arbetsgivaren.",
            ),
        ],
        transitions=[
            Transition("s1", "s2", "support"),
            Transition("s2", "s3", "next", date=ago(22), shared_info=["plan"], consent="k1"),
        ],
    )
    return Client(
        id="demo-emma",
        name="Emma Lindholm",
        personal_id="230500A962W",
        birth_year=2000,
        municipality="Borgå",
        languages=["sv"],
        notes="Vill arbeta med människor och böcker. Kvällar är svåra; arbetstider helst dagtid.",
        goal=Goal(
            "open_employment",
            "Deltidsarbete som stöder vardagen, senare heltid",
            target_date=ahead(365),
        ),
        needs=[
            Need("mental_health", 3, assessed_on=ago(150)),
            Need("work_experience", 2, assessed_on=ago(150)),
            Need("social_relations", 1, assessed_on=ago(150)),
            Need("everyday_life", 1, assessed_on=ago(150)),
        ],
        consents=[
            Consent(
                "k1",
                given_on=ago(150),
                expires_on=ahead(215),
                sectors=["health", "employment", "employer"],
                note="Emma bestämmer själv vad arbetsgivaren får veta om hennes hälsa.",
            )
        ],
        team=[
            TeamMember(
                "t1",
                "Johanna Backman",
                "IPS-arbetscoach",
                "health",
                organisation="Östra Nylands välfärdsområde",
            ),
            TeamMember(
                "t2",
                "Mikael Holmström",
                "Psykiatrisk sjukskötare",
                "health",
                organisation="Östra Nylands välfärdsområde",
            ),
            TeamMember(
                "t3",
                "Camilla Forsman",
                "Sysselsättningsexpert",
                "employment",
                organisation="Östra Nylands sysselsättningsområde",
            ),
        ],
        participation=Participation(
            entered_on=ago(150),
            status_on_entry="inactive",
            left_on=ago(7),
            outcome_on_leaving="employed",
            gender="woman",
            education_on_entry="isced_3_4",
            qualification_on_leaving=True,
        ),
        pathways=[earlier, active],
        meetings=[
            Meeting(
                "m1",
                ago(150),
                participants=["t1", "t2", "t3"],
                client_present=True,
                summary="Nätverksmöte. Emma vill pröva arbete i stället för nya studier just nu.",
                decisions=[
                    "IPS-arbetsträningen börjar",
                    "Den psykiatriska öppenvården fortsätter",
                ],
                next_review=ago(60),
            ),
            Meeting(
                "m2",
                ago(18),
                participants=["t1", "t2"],
                client_present=True,
                summary="Emma har börjat deltidsarbete i en bokhandel.",
                decisions=["IPS-coachen stöder Emma och arbetsgivaren de första månaderna"],
                next_review=ahead(45),
            ),
        ],
    )


def _mikko(today: date) -> Client:
    """A man with an intellectual disability: work activity and part-time paid work side by side."""
    ago, ahead = _relative(today)
    active = Pathway(
        "p1",
        "Työtoiminnasta osa-aikatyöhön",
        "active",
        created_on=ago(250),
        steps=[
            Step(
                "s1",
                "disability_work_activity",
                "ongoing",
                provider="Pohjois-Savon hyvinvointialue, työ- ja päivätoiminta",
                responsible="t1",
                start=ago(2500),
                note="Nyt 3 päivää viikossa (ennen 5).",
            ),
            Step(
                "s2",
                "supported_employment",
                "completed",
                provider="Pohjois-Savon hyvinvointialue",
                responsible="t2",
                start=ago(240),
                end=ago(60),
            ),
            Step(
                "s3",
                "wage_subsidy_employer",
                "ongoing",
                title="Osa-aikatyö kaupan varastossa",
                provider="Lähikauppa Kallavesi Oy",
                responsible="t2",
                start=ago(59),
                end=ahead(299),  # the wage subsidy is decided until then
                note="2 päivää viikossa. Työvalmentaja käy työpaikalla kerran viikossa.",
            ),
            Step(
                "s4",
                "open_employment",
                "planned",
                title="Työsuhde jatkuu ilman palkkatukea",
                provider="Lähikauppa Kallavesi Oy",
                responsible="t2",
                start=ahead(300),
            ),
            Step(
                "s5",
                "disability_services",
                "ongoing",
                title="Tuettu asuminen ja valmennus",
                provider="Pohjois-Savon hyvinvointialue",
                responsible="t1",
                start=ago(2000),
            ),
        ],
        transitions=[
            Transition(
                "s1",
                "s2",
                "next",
                referral=True,
                date=ago(242),
                shared_info=["basic", "social"],
                consent="k1",
            ),
            Transition("s2", "s3", "next", date=ago(62), shared_info=["plan"], consent="k1"),
            Transition("s1", "s3", "support"),
            Transition("s3", "s4", "next"),
            Transition("s5", "s3", "support"),
        ],
    )
    return Client(
        id="demo-mikko",
        name="Mikko Hyvönen",
        personal_id="170995-9778",
        birth_year=1995,
        municipality="Kuopio",
        languages=["fi"],
        notes="Kehitysvamma. Pitää säännöllisestä päivärytmistä; työtoiminnan kaverit tärkeitä.",
        goal=Goal(
            "open_employment",
            "Palkkatyö kahtena päivänä viikossa ja työtoiminta muina päivinä",
        ),
        needs=[
            Need("functional_capacity", 2, assessed_on=ago(245)),
            Need("work_experience", 2, assessed_on=ago(245)),
            Need("everyday_life", 2, assessed_on=ago(245)),
            Need("digital_skills", 1, assessed_on=ago(245)),
            Need("finances", 1, assessed_on=ago(245)),
        ],
        consents=[
            Consent(
                "k1",
                given_on=ago(250),
                sectors=["social", "employment", "employer"],
                note="Edunvalvoja tietää suostumuksesta.",
            )
        ],
        team=[
            TeamMember(
                "t1",
                "Tiina Räsänen",
                "Sosiaaliohjaaja (vammaispalvelut)",
                "social",
                organisation="Pohjois-Savon hyvinvointialue",
            ),
            TeamMember(
                "t2",
                "Janne Miettinen",
                "Työvalmentaja",
                "social",
                organisation="Pohjois-Savon hyvinvointialue",
            ),
            TeamMember(
                "t3",
                "Marjo Karhunen",
                "Kauppias",
                "employer",
                organisation="Lähikauppa Kallavesi Oy",
            ),
        ],
        participation=Participation(
            entered_on=ago(250), status_on_entry="inactive", education_on_entry="isced_0_2",
            characteristics=["rural_area"],
        ),
        pathways=[active],
        meetings=[
            Meeting(
                "m1",
                ago(245),
                participants=["t1", "t2"],
                client_present=True,
                summary="Mikko haluaa kokeilla palkkatyötä työtoiminnan rinnalla.",
                decisions=["Tuetun työllistymisen jakso alkaa", "Työtoiminta jatkuu"],
                next_review=ago(90),
            ),
            Meeting(
                "m2",
                ago(50),
                participants=["t1", "t2", "t3"],
                client_present=True,
                summary="Osa-aikatyö alkoi palkkatuella. Työnantaja on tyytyväinen.",
                decisions=[
                    "Työtoiminta vähenee kolmeen päivään viikossa",
                    "Palkkatuen jälkeen tavoitteena työsuhde ilman tukea",
                ],
                next_review=ahead(60),
            ),
        ],
    )
