<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en_GB">
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Access log – %1</source>
        <translation>Käyttöloki – %1</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Everyone who has viewed, changed, printed or handed out this client&apos;s data in Polku, newest first. The client has the right to know this (act 703/2023).</source>
        <translation>Kaikki, jotka ovat katsoneet, muuttaneet, tulostaneet tai luovuttaneet tämän asiakkaan tietoja Polussa, uusin ensin. Asiakkaalla on oikeus saada tietää tämä (laki 703/2023).</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Entries from (empty: from the first)</source>
        <translation>Merkinnät alkaen (tyhjä: ensimmäisestä)</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Entries up to (empty: up to now)</source>
        <translation>Merkinnät päättyen (tyhjä: tähän asti)</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>&amp;to</source>
        <translation>&amp;päättyen</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>&amp;All dates</source>
        <translation>&amp;Kaikki päivät</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Show the entries of all dates</source>
        <translation>Näytä kaikkien päivien merkinnät</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Number of entries shown</source>
        <translation>Näytettyjen merkintöjen määrä</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Which data</source>
        <translation>Mitkä tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Access log entries, newest first</source>
        <translation>Käyttölokin merkinnät, uusin ensin</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Working</source>
        <translation>Työskennellään</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>&amp;Export for the client&apos;s access request…</source>
        <translation>&amp;Vie asiakkaan tarkastuspyyntöä varten…</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Export for the client&apos;s access request</source>
        <translation>Vie asiakkaan tarkastuspyyntöä varten</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Write the client&apos;s data (JSON) and a readable PDF of this access log into a folder you choose. The export is itself recorded in the log.</source>
        <translation>Kirjoittaa asiakkaan tiedot (JSON) ja tämän käyttölokin luettavana PDF-tiedostona valitsemaasi kansioon. Myös tämä luovutus kirjataan lokiin.</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Reading the access log…</source>
        <translation>Luetaan käyttölokia…</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>The first date is after the second.</source>
        <translation>Ensimmäinen päivämäärä on jälkimmäisen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>1 entry</source>
        <translation>Merkintöjä: 1</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>%1 entries</source>
        <translation>Merkintöjä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>%1 of %2 entries</source>
        <translation>Merkintöjä: %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Folder for the access request&apos;s files</source>
        <translation>Kansio tarkastuspyynnön tiedostoille</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Writing the access request&apos;s files…</source>
        <translation>Kirjoitetaan tarkastuspyynnön tiedostoja…</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Written: %1</source>
        <translation>Kirjoitettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Access request</source>
        <translation>Tarkastuspyyntö</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>The client&apos;s data and this access log were written to:

%1

They hold personal data: hand them to the client securely, and delete them from this computer once handed over.</source>
        <translation>Asiakkaan tiedot ja tämä käyttöloki kirjoitettiin kansioon:

%1

Niissä on henkilötietoja: luovuta ne asiakkaalle turvallisesti ja poista ne tältä tietokoneelta, kun ne on luovutettu.</translation>
    </message>
</context>
<context>
    <name>AgreedPanel</name>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Agreed versions</source>
        <translation>Sovitut versiot</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;Keep as agreed…</source>
        <translation>&amp;Tallenna sovittu versio…</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Keep as agreed</source>
        <translation>Tallenna sovittu versio</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Keep the pathway as it is now as the plan agreed with the client</source>
        <translation>Tallenna palvelupolku nykyisellään asiakkaan kanssa sovituksi suunnitelmaksi</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Agreed &amp;versions</source>
        <translation>Sovitut &amp;versiot</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Agreed versions of the pathway</source>
        <translation>Palvelupolun sovitut versiot</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;Show as agreed</source>
        <translation>&amp;Näytä sovittuna</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Show the version as agreed, read-only</source>
        <translation>Näytä versio sellaisena kuin se sovittiin, vain luku</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;What changed</source>
        <translation>&amp;Mikä muuttui</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Show what changed since the version</source>
        <translation>Näytä, mikä on muuttunut version jälkeen</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Since the &amp;one before</source>
        <translation>&amp;Edellisen version jälkeen</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Show what changed from the version before to this version</source>
        <translation>Näytä, mikä muuttui edellisestä versiosta tähän versioon</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;Back to the pathway now</source>
        <translation>Takaisin nykyiseen &amp;palvelupolkuun</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Back to the pathway now</source>
        <translation>Takaisin nykyiseen palvelupolkuun</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>meeting %1</source>
        <translation>palaveri %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>No changes.</source>
        <translation>Ei muutoksia.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The data is on a database server, which Polku does not back up: back it up with the server&apos;s own tools.</source>
        <translation>Tiedot ovat tietokantapalvelimella, jota Polku ei varmuuskopioi: varmuuskopioi se palvelimen omilla työkaluilla.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Polku backs up the database by itself: every hour while the data changes, and before an import, a restore or an upgrade. Older backups are thinned out to one a day and then one a week. They are kept in %1.</source>
        <translation>Polku varmuuskopioi tietokannan itse: tunnin välein, kun tiedot muuttuvat, sekä ennen tuontia, palautusta tai päivitystä. Vanhemmista varmuuskopioista säilytetään yksi päivässä ja myöhemmin yksi viikossa. Ne säilytetään täällä: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Taken</source>
        <translation>Otettu</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Usable</source>
        <translation>Käyttökelpoinen</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Backups, newest first</source>
        <translation>Varmuuskopiot, uusin ensin</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Working</source>
        <translation>Työskennellään</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Back up now</source>
        <translation>Varmuuskopioi nyt</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Take a backup of the database as it is now</source>
        <translation>Ota tietokannasta varmuuskopio sellaisena kuin se on nyt</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Palauta…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restore the chosen backup</source>
        <translation>Palauta valittu varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Put the chosen backup in place of the data as it is now (asks first)</source>
        <translation>Korvaa nykyiset tiedot valitulla varmuuskopiolla (kysyy ensin)</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Reading the backups and checking each…</source>
        <translation>Luetaan varmuuskopioita ja tarkistetaan jokainen…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>No: %1</source>
        <translation>Ei: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Not checked</source>
        <translation>Ei tarkistettu</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>No backups yet.</source>
        <translation>Varmuuskopioita ei vielä ole.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>1 backup.</source>
        <translation>Varmuuskopioita: 1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>%1 backups.</source>
        <translation>Varmuuskopioita: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Backing up…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Backed up.</source>
        <translation>Varmuuskopioitu.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>This backup cannot be restored: %1</source>
        <translation>Tätä varmuuskopiota ei voi palauttaa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restore the backup taken %1?

The data as it is now is replaced by the backup&apos;s: changes made after %1 are no longer shown. The data as it is now is kept beside the database as a file, and among the backups. The access log keeps every entry, and clients erased since stay erased.

Open clients are closed first.</source>
        <translation>Palautetaanko %1 otettu varmuuskopio?

Nykyiset tiedot korvataan varmuuskopion tiedoilla: %1 jälkeen tehdyt muutokset eivät enää näy. Nykyiset tiedot säilytetään tiedostona tietokannan vieressä ja varmuuskopioiden joukossa. Käyttöloki säilyttää kaikki merkinnät, ja sen jälkeen pysyvästi poistetut asiakkaat pysyvät poistettuina.

Avatut asiakkaat suljetaan ensin.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restoring the backup…</source>
        <translation>Palautetaan varmuuskopiota…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restoring the backup taken %1…</source>
        <translation>Palautetaan %1 otettua varmuuskopiota…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restored.</source>
        <translation>Palautettu.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The data as it was is kept as %1.</source>
        <translation>Aiemmat tiedot säilytetään nimellä %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>A client erased since the backup was taken was erased again.</source>
        <translation>Varmuuskopion ottamisen jälkeen pysyvästi poistettu asiakas poistettiin uudelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>%1 clients erased since the backup was taken were erased again.</source>
        <translation>Varmuuskopion ottamisen jälkeen pysyvästi poistettuja asiakkaita poistettiin uudelleen: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Polku checks that a backup&apos;s access log is the log as it was written. This backup&apos;s log was changed after the backup was taken, or the backup is of another database: restoring it could add entries nobody made. Nothing was changed. Keep the file aside for your data protection officer.</source>
        <translation>Polku tarkistaa, että varmuuskopion käyttöloki on sellaisena kuin se kirjoitettiin. Tämän varmuuskopion lokia on muutettu varmuuskopion ottamisen jälkeen, tai varmuuskopio on toisesta tietokannasta: sen palauttaminen voisi lisätä merkintöjä, joita kukaan ei tehnyt. Mitään ei muutettu. Säilytä tiedosto tietosuojavastaavaa varten.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The access log of this database is damaged, and the register of erased clients beside it is missing. Polku cannot tell whose data must not come back, so it restores nothing. Ask your IT support to restore the erasure register (the .erasures file) from their backups.</source>
        <translation>Tämän tietokannan käyttöloki on vioittunut, eikä sen vieressä ole poistettujen asiakkaiden rekisteriä. Polku ei voi tietää, kenen tiedot eivät saa palata, joten se ei palauta mitään. Pyydä IT-tukea palauttamaan poistorekisteri (.erasures-tiedosto) varmuuskopioistaan.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>Notice</source>
        <translation>Huomautus</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Caseload report</source>
        <translation>Asiakasmääräraportti</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Period from (empty: from the start)</source>
        <translation>Ajanjakso alkaen (tyhjä: alusta asti)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Period to (empty: up to now)</source>
        <translation>Ajanjakso päättyen (tyhjä: tähän asti)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Period &amp;from</source>
        <translation>&amp;Ajanjakso alkaen</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>&amp;to</source>
        <translation>&amp;päättyen</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Up to to&amp;day</source>
        <translation>&amp;Tähän päivään</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Period up to today</source>
        <translation>Ajanjakso tähän päivään asti</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>&amp;All time</source>
        <translation>&amp;Koko ajalta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>No period: all time</source>
        <translation>Ei ajanjaksoa: koko ajalta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>&amp;Read again</source>
        <translation>&amp;Lue uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Read the clients from the database again</source>
        <translation>Lue asiakkaat tietokannasta uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Problem with the period</source>
        <translation>Ongelma ajanjaksossa</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Working</source>
        <translation>Työskennellään</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>&amp;Stop counting</source>
        <translation>Ke&amp;skeytä laskenta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Stop counting</source>
        <translation>Keskeytä laskenta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>ESF+ indicators</source>
        <translation>ESR+-indikaattorit</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Indicator</source>
        <translation>Indikaattori</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Caseload</source>
        <translation>Asiakasmäärät</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Number</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Figures by stage</source>
        <translation>Luvut vaiheittain</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Clients
now</source>
        <translation>Asiakkaita
nyt</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Median days
in the stage</source>
        <translation>Päiviä vaiheessa
(mediaani)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Ended short
of the goal</source>
        <translation>Päättyi ennen
tavoitetta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Steps in active
pathways</source>
        <translation>Palvelujaksoja voimassa
olevilla poluilla</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Six-month follow-ups due</source>
        <translation>Tekemättömät kuuden kuukauden seurannat</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Participant</source>
        <translation>Osallistuja</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Left on</source>
        <translation>Lähti</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Follow-up due on</source>
        <translation>Seuranta viimeistään</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>No six-month follow-ups are due.</source>
        <translation>Kuuden kuukauden seurantoja ei ole tekemättä.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Record &amp;follow-up…</source>
        <translation>Kirjaa se&amp;uranta…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Record the six-month follow-up of the chosen participant</source>
        <translation>Kirjaa valitun osallistujan kuuden kuukauden seuranta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Clients now: the current stage of each active pathway. Median days: from a step&apos;s start to its end, or to today while it runs, over active and closed pathways (n = steps). Ended short of the goal: steps that ended with nothing after them, interrupted or before the client&apos;s goal stage.</source>
        <translation>Asiakkaita nyt: kunkin voimassa olevan palvelupolun nykyinen vaihe. Päiviä vaiheessa: palvelujakson alusta sen loppuun tai, jos jakso on käynnissä, tähän päivään, laskettuna voimassa olevista ja päättyneistä palvelupoluista (n = palvelujaksot). Päättyi ennen tavoitetta: palvelujaksot, joiden jälkeen ei tullut mitään: ne keskeytyivät tai päättyivät ennen asiakkaan tavoitevaihetta.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>By stage</source>
        <translation>Vaiheittain</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Figures</source>
        <translation>Luvut</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Chart of the moves between stages</source>
        <translation>Kaavio siirtymistä vaiheiden välillä</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Each band is clients moving on from a step of the stage at the left to a step of the stage at the right (active and closed pathways); the hatched band at the bottom is steps that ended short of the goal with nothing after them. The exact numbers are in the CSV and the PDF.</source>
        <translation>Kukin nauha kuvaa asiakkaita, jotka siirtyivät vasemmalla olevan vaiheen palvelujaksosta oikealla olevan vaiheen palvelujaksoon (voimassa olevat ja päättyneet palvelupolut); alimpana oleva viivoitettu nauha kuvaa palvelujaksoja, jotka päättyivät ennen tavoitetta eikä niiden jälkeen tullut mitään. Tarkat luvut ovat CSV- ja PDF-tiedostossa.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Moves between stages</source>
        <translation>Siirtymät vaiheiden välillä</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Export &amp;CSV…</source>
        <translation>Vie &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Export the report as CSV</source>
        <translation>Vie raportti CSV-tiedostona</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Export &amp;PDF…</source>
        <translation>Vie P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Export the report as PDF</source>
        <translation>Vie raportti PDF-tiedostona</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Close the caseload report</source>
        <translation>Sulje asiakasmääräraportti</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>The period starts after it ends.</source>
        <translation>Ajanjakso alkaa vasta päättymisensä jälkeen.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Reading the clients and counting…</source>
        <translation>Luetaan asiakkaita ja lasketaan…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Counting stopped.</source>
        <translation>Laskenta keskeytettiin.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>%1 clients counted.</source>
        <translation>Laskettu asiakkaita: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>The report could not be counted (%1).</source>
        <translation>Raporttia ei voitu laskea (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Period: %1 · figures as of %2</source>
        <translation>Ajanjakso: %1 · luvut %2 tilanteen mukaan</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>No moves between stages are recorded.</source>
        <translation>Siirtymiä vaiheiden välillä ei ole kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>ended short of the goal</source>
        <translation>päättyi ennen tavoitetta</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV taulukkolaskentaan (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Saving %1…</source>
        <translation>Tallennetaan %1…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Saved %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>The report could not be saved: %1</source>
        <translation>Raporttia ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
</context>
<context>
    <name>ClientDetailsPanel</name>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Client details</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Client&apos;s name</source>
        <translation>Asiakkaan nimi</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>The basic details, goal, needs, consents, team, participation and meetings of the client you open are shown here.</source>
        <translation>Tässä näkyvät avaamasi asiakkaan perustiedot, tavoite, tuen tarpeet, suostumukset, tiimi, osallistuminen ja verkostopalaverit.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No client open</source>
        <translation>Asiakasta ei ole avattu</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Basic details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit basic details</source>
        <translation>Muokkaa perustietoja</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit goal</source>
        <translation>Muokkaa tavoitetta</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Needs</source>
        <translation>Tuen tarpeet</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit needs</source>
        <translation>Muokkaa tuen tarpeita</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit consents</source>
        <translation>Muokkaa suostumuksia</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit team</source>
        <translation>Muokkaa tiimiä</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Participation (ESF+)</source>
        <translation>Osallistuminen (ESR+)</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit participation</source>
        <translation>Muokkaa osallistumista</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Meetings</source>
        <translation>Verkostopalaverit</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit meetings</source>
        <translation>Muokkaa verkostopalavereja</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Show the personal identity code</source>
        <translation>Näytä henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>The code is hidden so that others who see the screen do not see it</source>
        <translation>Tunnus on piilotettu, jotta muut näytön näkevät eivät näe sitä</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>gender not given</source>
        <translation>sukupuolta ei ilmoitettu</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>education not recorded</source>
        <translation>koulutusta ei kirjattu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_details.py"/>
        <source>Characteristics recorded with consent (%n)</source>
        <translation>
            <numerusform>Yksi ominaisuus kirjattu suostumuksella</numerusform>
            <numerusform>Ominaisuuksia kirjattu suostumuksella (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Characteristics: asked and declined.</source>
        <translation>Ominaisuudet: kysyttiin, ei halunnut vastata.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Gained a qualification on leaving.</source>
        <translation>Sai tutkinnon lähtiessään.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Six months after leaving (%1): %2</source>
        <translation>Kuusi kuukautta lähtemisen jälkeen (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Six-month follow-up due %1</source>
        <translation>Kuuden kuukauden seuranta %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Hide the personal identity code</source>
        <translation>Piilota henkilötunnus</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Personal identity code: %1</source>
        <translation>Henkilötunnus: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Client number: %1</source>
        <translation>Asiakasnumero: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Born: %1</source>
        <translation>Syntynyt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Municipality: %1</source>
        <translation>Kunta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Languages: %1</source>
        <translation>Kielet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No goal recorded.</source>
        <translation>Tavoitetta ei ole kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Target date: %1</source>
        <translation>Tavoitepäivä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No needs assessed.</source>
        <translation>Tuen tarpeita ei ole arvioitu.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No consents recorded.</source>
        <translation>Suostumuksia ei ole kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>(expired)</source>
        <translation>(päättynyt)</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>(not yet valid)</source>
        <translation>(ei vielä voimassa)</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>(expires soon)</source>
        <translation>(päättyy pian)</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No team members yet.</source>
        <translation>Tiimissä ei vielä ole jäseniä.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Not recorded.</source>
        <translation>Ei kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Entered %1: %2</source>
        <translation>Tuli hankkeeseen %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Left %1: %2</source>
        <translation>Lähti hankkeesta %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Still taking part.</source>
        <translation>Osallistuu edelleen.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No meetings recorded.</source>
        <translation>Palavereja ei ole kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Next review: %1</source>
        <translation>Seuraava arviointi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>(overdue)</source>
        <translation>(myöhässä)</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>and %1 earlier</source>
        <translation>ja %1 aiempaa</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Basic details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>First name Last name</source>
        <translation>Etunimi Sukunimi</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Client &amp;number:</source>
        <translation>&amp;Asiakasnumero:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Left empty: %1 (or type your organisation&apos;s own)</source>
        <translation>Tyhjänä: %1 (tai kirjoita organisaatiosi oma)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Made automatically when left empty</source>
        <translation>Luodaan automaattisesti, jos jätät kentän tyhjäksi</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Personal identity code:</source>
        <translation>&amp;Henkilötunnus:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>DDMMYYCNNNX, for example 131052-308T</source>
        <translation>PPKKVVXNNNT, esimerkiksi 131052-308T</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Syntymävuosi:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Filled in from the personal identity code</source>
        <translation>Täytetään henkilötunnuksesta</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kotikunta:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Languages:</source>
        <translation>K&amp;ielet:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Two-letter codes, for example: fi, sv, en</source>
        <translation>Kaksikirjaimiset koodit, esimerkiksi: fi, sv, en</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Not decided yet</source>
        <translation>Ei vielä päätetty</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Tavoite:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Goal in the client&apos;s &amp;words:</source>
        <translation>Tavoite asiakkaan &amp;omin sanoin:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>For example: work in a café or a bakery</source>
        <translation>Esimerkiksi: työ kahvilassa tai leipomossa</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Write the client&apos;s name.</source>
        <translation>Kirjoita asiakkaan nimi.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Write the year with four digits, for example 1987.</source>
        <translation>Kirjoita vuosi neljällä numerolla, esimerkiksi 1987.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>The year of birth is from 1900 to %1.</source>
        <translation>Syntymävuosi on 1900–%1.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>The personal identity code gives the year %1.</source>
        <translation>Henkilötunnuksen mukaan vuosi on %1.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Use two lower-case letters for each language (fi, sv, en …); not: %1</source>
        <translation>Käytä kunkin kielen koodina kahta pientä kirjainta (fi, sv, en …); ei: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Each language only once.</source>
        <translation>Kukin kieli vain kerran.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Choose what the goal is, or clear the words about it.</source>
        <translation>Valitse, mikä tavoite on, tai tyhjennä sen kuvaus.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Another client already has this number.</source>
        <translation>Toisella asiakkaalla on jo tämä numero.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Pathway %1</source>
        <translation>Palvelupolku %1</translation>
    </message>
</context>
<context>
    <name>ClientDocument</name>
    <message>
        <location filename="../../ui/document.py"/>
        <source>Someone else removed this client from the database.</source>
        <translation>Joku muu poisti tämän asiakkaan tietokannasta.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>Updated by %1 at %2.</source>
        <translation>Päivittänyt %1 klo %2.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>This client is no longer in the database.</source>
        <translation>Tätä asiakasta ei ole enää tietokannassa.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>Someone else removed this client from the database; your change was not saved.</source>
        <translation>Joku muu poisti tämän asiakkaan tietokannasta; muutostasi ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>Muutosta ei voitu tehdä. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>The change was not saved: %1</source>
        <translation>Muutosta ei tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>The change was not saved because the database failed. Nothing was changed.</source>
        <translation>Muutosta ei tallennettu, koska tietokannassa tapahtui virhe. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>%1 changed this client at %2; your change was added to theirs.</source>
        <translation>%1 muutti tämän asiakkaan tietoja klo %2; muutoksesi lisättiin hänen muutoksiinsa.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>%1 changed this pathway at %2; your change was added to theirs.</source>
        <translation>%1 muutti tätä palvelupolkua klo %2; muutoksesi lisättiin hänen muutoksiinsa.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>Someone else has changed the same details since; your change was not saved.</source>
        <translation>Joku muu on sillä välin muuttanut samoja tietoja; muutostasi ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>%1 changed the same details at %2; your change was not saved.</source>
        <translation>%1 muutti samoja tietoja klo %2; muutostasi ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>The change to %1 no longer fits what another worker saved; it was not made.</source>
        <translation>Muutos kohteeseen %1 ei enää sovi siihen, mitä toinen työntekijä tallensi; sitä ei tehty.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>%1 changed this pathway at %2; your change to %3 no longer fits, so it was not saved.</source>
        <translation>%1 muutti tätä palvelupolkua klo %2; muutoksesi kohteeseen %3 ei enää sovi, joten sitä ei tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>step “%1”</source>
        <translation>vaihe ”%1”</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>the transition from “%1” to “%2”</source>
        <translation>siirtymä vaiheesta ”%1” vaiheeseen ”%2”</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>pathway “%1”</source>
        <translation>palvelupolku ”%1”</translation>
    </message>
</context>
<context>
    <name>ClientErasure</name>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Erase %1 permanently?

This is for a client who uses their right to erasure. Everything about them — details, pathways, meetings, consents — is removed so that it cannot be recovered from the database. The access log keeps only that an erasure was made, no longer linked to them.

This cannot be undone. Polku&apos;s own backups are rewritten without them too.

To remove a client in the ordinary way, use Delete client instead.</source>
        <translation>Poistetaanko %1 pysyvästi?

Tämä on asiakkaalle, joka käyttää oikeuttaan tietojen poistamiseen. Kaikki hänen tietonsa — perustiedot, palvelupolut, verkostopalaverit, suostumukset — poistetaan niin, ettei niitä voi palauttaa tietokannasta. Käyttölokiin jää vain tieto, että poisto tehtiin, eikä sitä enää voi yhdistää häneen.

Poistoa ei voi perua. Myös Polun omat varmuuskopiot kirjoitetaan uudelleen ilman häntä.

Jos haluat poistaa asiakkaan tavalliseen tapaan, valitse sen sijaan Poista asiakas.</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Erase client permanently</source>
        <translation>Poista asiakas pysyvästi</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Erasing %1 and everything about them…</source>
        <translation>Poistetaan %1 ja kaikki hänen tietonsa…</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>%1 was erased permanently.</source>
        <translation>%1 poistettiin pysyvästi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/erasure.py"/>
        <source>The client was erased. %n of Polku&apos;s backup copies could not be rewritten without them, so they were deleted:</source>
        <translation>
            <numerusform>Asiakas poistettiin. %n Polun varmuuskopiota ei voitu kirjoittaa uudelleen ilman häntä, joten se poistettiin:</numerusform>
            <numerusform>Asiakas poistettiin. %n Polun varmuuskopiota ei voitu kirjoittaa uudelleen ilman häntä, joten ne poistettiin:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>The client was erased. Another program was using the database, so old copies of some of its pages may stay in the file until the next erasure or restore.</source>
        <translation>Asiakas poistettiin. Toinen ohjelma käytti tietokantaa, joten tiedostoon voi jäädä vanhoja kopioita joistakin sen sivuista seuraavaan pysyvään poistoon tai palautukseen asti.</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>The client was not erased.</source>
        <translation>Asiakasta ei poistettu.</translation>
    </message>
</context>
<context>
    <name>ClientHeader</name>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Open client</source>
        <translation>Avattu asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Client number and municipality</source>
        <translation>Asiakasnumero ja kunta</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>%1 (pathway: %2)</source>
        <translation>%1 (palvelupolku: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>No active pathway</source>
        <translation>Ei voimassa olevaa palvelupolkua</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>no active pathway</source>
        <translation>ei voimassa olevaa palvelupolkua</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Search clients</source>
        <translation>Hae asiakkaita</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Search by name, client number or municipality (%1)</source>
        <translation>Hae nimellä, asiakasnumerolla tai kunnalla (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>New client…</source>
        <translation>Uusi asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Create a new client (Ctrl+N)</source>
        <translation>Luo uusi asiakas (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>No clients</source>
        <translation>Ei asiakkaita</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Number of clients</source>
        <translation>Asiakkaiden määrä</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Opening the clients…</source>
        <translation>Avataan asiakkaita…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Reading the clients again…</source>
        <translation>Luetaan asiakkaat uudelleen…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>No client matches “%1”.</source>
        <translation>Mikään asiakas ei vastaa hakua ”%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>No clients yet.
Create the first one with New client (Ctrl+N).</source>
        <translation>Asiakkaita ei vielä ole.
Luo ensimmäinen valitsemalla Uusi asiakas (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>%1 of %2 clients</source>
        <translation>Asiakkaita: %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>%1 clients</source>
        <translation>Asiakkaita: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Connect %1 to…</source>
        <translation>Yhdistä %1 palvelujaksoon…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Step to connect to</source>
        <translation>Palvelujakso, johon yhdistetään</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Kind of connection</source>
        <translation>Yhteyden laji</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>the client moves on to it</source>
        <translation>asiakas siirtyy siihen</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>runs alongside and supports it</source>
        <translation>kulkee rinnalla ja tukee sitä</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Formal referral (lähete)</source>
        <translation>Lähete</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Connect</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>From: %1</source>
        <translation>Mistä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;To</source>
        <translation>&amp;Mihin</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Kind</source>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>There is no other step to connect to.</source>
        <translation>Muuta palvelujaksoa, johon yhdistää, ei ole.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>New consent</source>
        <translation>Uusi suostumus</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Annettu:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>&amp;Expires on:</source>
        <translation>&amp;Päättyy:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Leave empty when the consent does not expire</source>
        <translation>Jätä tyhjäksi, jos suostumus ei pääty</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Information may go to:</source>
        <translation>Tietoja saa luovuttaa:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>&amp;Note:</source>
        <translation>&amp;Muistiinpano:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Write the date the client gave the consent.</source>
        <translation>Kirjoita päivä, jona asiakas antoi suostumuksen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>The consent cannot expire (%1) before it is given (%2).</source>
        <translation>Suostumus ei voi päättyä (%1) ennen kuin se on annettu (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Choose at least one sector the information may go to.</source>
        <translation>Valitse vähintään yksi sektori, jolle tietoja saa luovuttaa.</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Add a consent</source>
        <translation>Lisää suostumus</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Edit the consent</source>
        <translation>Muokkaa suostumusta</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Remove the consent</source>
        <translation>Poista suostumus</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>from %1, no expiry</source>
        <translation>%1 alkaen, ei päättymispäivää</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>This consent is named on %1 transition(s) of the pathway “%2”. Change those first.</source>
        <translation>Tämä suostumus on merkitty %1 siirtymään palvelupolulla ”%2”. Muuta ne ensin.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>Choose from a calendar</source>
        <translation>Valitse kalenterista</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>%1: choose from a calendar</source>
        <translation>%1: valitse kalenterista</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>There is no such day: %1.</source>
        <translation>Tällaista päivää ei ole: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>Write the date as day.month.year, for example 15.1.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 15.1.2026.</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Files outside Polku&apos;s folder — backup copies you made, exports, prints — are yours: delete them yourself.</source>
        <translation>Polun kansion ulkopuoliset tiedostot — itse tekemäsi varmuuskopiot, viennit, tulosteet — ovat sinun: poista ne itse.</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Erase client permanently</source>
        <translation>Poista asiakas pysyvästi</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Erasing %1 cannot be undone. To confirm, type their client number (%2) or their full name.</source>
        <translation>Asiakkaan %1 pysyvää poistoa ei voi perua. Vahvista kirjoittamalla asiakasnumero (%2) tai koko nimi.</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Client number or full name, to confirm</source>
        <translation>Asiakasnumero tai koko nimi vahvistukseksi</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>&amp;Client number or name:</source>
        <translation>&amp;Asiakasnumero tai nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>&amp;Erase permanently</source>
        <translation>&amp;Poista pysyvästi</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Erase permanently</source>
        <translation>Poista pysyvästi</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Export pathway</source>
        <translation>Vie palvelupolku</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>PDF, all pages in one file (for printing)</source>
        <translation>PDF, kaikki sivut yhdessä tiedostossa (tulostamista varten)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>PNG images, one per page</source>
        <translation>PNG-kuvat, yksi kutakin sivua kohden</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>SVG drawings, one per page</source>
        <translation>SVG-piirrokset, yksi kutakin sivua kohden</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Save as…</source>
        <translation>Tallenna nimellä…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Format</source>
        <translation>Muoto</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Pathway</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Saved %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Checks</source>
        <translation>Tarkistukset</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Findings</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Choosing a finding selects its steps on the map. Enter on the six-month follow-up opens its form.</source>
        <translation>Havainnon valinta valitsee sen vaiheet kartalta. Enter kuuden kuukauden seurannan kohdalla avaa seurannan lomakkeen.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Su&amp;ggestions for unmet needs</source>
        <translation>Ehdotuksia &amp;tarpeisiin ilman palvelua</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Suggestions</source>
        <translation>Ehdotukset</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Press Enter to add the chosen service to the pathway as a planned step.</source>
        <translation>Paina Enter, niin valittu palvelu lisätään palvelupolulle suunniteltuna palvelujaksona.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>&amp;Add as a planned step</source>
        <translation>&amp;Lisää suunnitelluksi palvelujaksoksi</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Add the chosen suggestion as a planned step</source>
        <translation>Lisää valittu ehdotus suunnitelluksi palvelujaksoksi</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Earlier clients after the selected step</source>
        <translation>Aiemmat asiakkaat valitun palvelujakson jälkeen</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>No pathway on show.</source>
        <translation>Palvelupolkua ei ole näkyvissä.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>1 error</source>
        <translation>1 virhe</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>%1 errors</source>
        <translation>%1 virhettä</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>1 warning</source>
        <translation>1 varoitus</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>%1 warnings</source>
        <translation>%1 varoitusta</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>No findings: no gaps, dead ends, overdue steps or consent problems.</source>
        <translation>Ei havaintoja: ei katkoja, umpikujia, myöhässä olevia palvelujaksoja eikä suostumusongelmia.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Now at: %1</source>
        <translation>Nyt vaiheessa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Suggested for need: %1 — %2</source>
        <translation>Ehdotus tuen tarpeeseen: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Every need of level 2 or 3 has a service in the pathway.</source>
        <translation>Jokaiseen tason 2 tai 3 tuen tarpeeseen on palvelupolulla palvelu.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Based on this team&apos;s records of earlier clients; not a recommendation for this client.</source>
        <translation>Perustuu tämän tiimin kirjauksiin aiemmista asiakkaista; ei ole suositus tälle asiakkaalle.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Looking at earlier clients&apos; pathways…</source>
        <translation>Käydään läpi aiempien asiakkaiden palvelupolkuja…</translation>
    </message>
</context>
<context>
    <name>FirstStepsDialog</name>
    <message>
        <location filename="../../ui/help.py"/>
        <source>First steps</source>
        <translation>Ensimmäiset askeleet</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Find a client: type part of the name in %1 (%2); accents need not be typed (hyvonen finds Hyvönen). Choose the client: their active pathway opens on the map, and %3 (%4) shows and edits the goal, needs, consents, team, participation and meetings.</source>
        <translation>Etsi asiakas: kirjoita osa nimestä kenttään %1 (%2); pisteitä ei tarvitse kirjoittaa (hyvonen löytää Hyvösen). Valitse asiakas: hänen voimassa oleva palvelupolkunsa avautuu kartalle, ja %3 (%4) näyttää ja muokkaa tavoitetta, tarpeita, suostumuksia, tiimiä, osallistumista ja verkostopalavereja.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Add a service: on the %1 tab beside the map, search for a service (the words professionals use work too: palkkatuki, TYP, työkokeilu) and press Enter, or drag it onto the map. It appears as a planned step in its sector&apos;s lane and its stage&apos;s column; the %2 tab edits its dates, provider and responsible person, and says next to a field what is wrong with it.</source>
        <translation>Lisää palvelu: hae kartan vieressä olevalla %1-välilehdellä palvelua (ammattilaisten omat sanat toimivat myös: palkkatuki, TYP, työkokeilu) ja paina Enter, tai vedä palvelu kartalle. Se tulee suunnitelluksi palvelujaksoksi sektorinsa kaistalle ja vaiheensa sarakkeeseen; %2-välilehdellä muokataan sen päivämääriä, järjestäjää ja vastuuhenkilöä, ja kentän vieressä kerrotaan, mikä siinä on vialla.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Connect two steps: select the earlier step and choose %1 (%2), or drag from the small handle on a card&apos;s right edge to the other card.</source>
        <translation>Yhdistä kaksi palvelujaksoa: valitse aiempi jakso ja valitse %1 (%2), tai vedä kortin oikeassa reunassa olevasta pienestä kahvasta toiseen korttiin.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Undo with %1 and redo with %2. There is no save button: every edit is already in the database.</source>
        <translation>Kumoa näppäimillä %1 ja tee uudelleen näppäimillä %2. Tallennuspainiketta ei ole: jokainen muutos on jo tietokannassa.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Checks: the %1 tab lists gaps, missing consents and unmet needs; choosing one shows its steps on the map.</source>
        <translation>Tarkistukset: %1-välilehti luettelee katkokset, puuttuvat suostumukset ja kattamattomat tarpeet; valitsemalla yhden näet sen palvelujaksot kartalla.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Print for the meeting with %1 (%2).</source>
        <translation>Tulosta palaveria varten: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Arrow keys move between steps, Enter or F2 opens the details of a step, Delete removes it (and Ctrl+Z brings it back); the %1 tab lists the pathway for screen readers. Every key: %2.</source>
        <translation>Nuolinäppäimet liikkuvat palvelujaksojen välillä, Enter tai F2 avaa jakson tiedot ja Delete poistaa sen (Ctrl+Z tuo sen takaisin); %1-välilehti luettelee palvelupolun ruudunlukijoille. Kaikki näppäimet: %2.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Six-month follow-up (ESF+)</source>
        <translation>Kuuden kuukauden seuranta (ESR+)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>%1 left the project on %2; the follow-up is due on %3.</source>
        <translation>%1 lähti hankkeesta %2; seuranta on tehtävä %3 alkaen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>%1 has not left the project: there is nothing to follow up.</source>
        <translation>%1 ei ole lähtenyt hankkeesta: seurattavaa ei ole.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Record the leaving date in the participation form first.</source>
        <translation>Kirjaa ensin lähtöpäivä osallistumisen lomakkeelle.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Write the date of the follow-up.</source>
        <translation>Kirjoita seurannan päivä.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Choose the participant&apos;s situation six months after leaving.</source>
        <translation>Valitse osallistujan tilanne kuusi kuukautta lähtemisen jälkeen.</translation>
    </message>
</context>
<context>
    <name>FollowUpFields</name>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Followed up &amp;on:</source>
        <translation>Seuranta&amp;päivä:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Situa&amp;tion six months after leaving:</source>
        <translation>Tilanne kuusi kuukautta lähtemisen &amp;jälkeen:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Not assessed</source>
        <translation>Ei arvioitu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Yes, it improved</source>
        <translation>Kyllä, parani</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>No, it did not improve</source>
        <translation>Ei parantunut</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Labour-market situation &amp;improved since entry:</source>
        <translation>Työmarkkina-asema pa&amp;rantunut hankkeeseen tulosta:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The follow-up is six months after leaving: write the leaving date first, or clear the follow-up.</source>
        <translation>Seuranta tehdään kuusi kuukautta lähtemisen jälkeen: kirjoita ensin lähtöpäivä tai tyhjennä seuranta.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Write the date of the follow-up.</source>
        <translation>Kirjoita seurannan päivä.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The follow-up is due on %1, six months after leaving; %2 is before it.</source>
        <translation>Seuranta tehdään %1 alkaen, kuusi kuukautta lähtemisen jälkeen; %2 on sitä ennen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Choose the participant&apos;s situation six months after leaving.</source>
        <translation>Valitse osallistujan tilanne kuusi kuukautta lähtemisen jälkeen.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>Error in %1</source>
        <translation>Virhe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>Fields marked with * are required.</source>
        <translation>Tähdellä (*) merkityt kentät ovat pakollisia.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>No goal recorded</source>
        <translation>Tavoitetta ei ole kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Tavoite:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>In the client&apos;s own words, for example: work in a café or a bakery</source>
        <translation>Asiakkaan omin sanoin, esimerkiksi: työ kahvilassa tai leipomossa</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>&amp;Description:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>&amp;Target date:</source>
        <translation>Tavoite&amp;päivä:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>Choose what the goal is, or clear the description and the date.</source>
        <translation>Valitse, mikä tavoite on, tai tyhjennä kuvaus ja päivämäärä.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Inspector</source>
        <translation>Valinnan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Not saved yet: correct the fields marked below.</source>
        <translation>Ei vielä tallennettu: korjaa alla merkityt kentät.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Select a step or an arrow on the map to see and edit it here.</source>
        <translation>Valitse kartalta palvelujakso tai nuoli, niin voit tarkastella ja muokata sitä tässä.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Details of the selection</source>
        <translation>Valinnan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Provider</source>
        <translation>Palveluntuottaja</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Organisation that provides it</source>
        <translation>Palvelun tuottava organisaatio</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Responsible</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Start date</source>
        <translation>Alkamispäivä</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>End date</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Title</source>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Provider</source>
        <translation>Palvelun&amp;tuottaja</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Vastuuhenkilö</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>St&amp;atus</source>
        <translation>T&amp;ila</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>S&amp;tart</source>
        <translation>&amp;Alkaa</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;End</source>
        <translation>P&amp;äättyy</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Note</source>
        <translation>&amp;Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Connect to…</source>
        <translation>Yhdistä…</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Connect this step to another step</source>
        <translation>Yhdistä tämä palvelujakso toiseen palvelujaksoon</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Remove step</source>
        <translation>Poista palvelujakso</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Remove this step</source>
        <translation>Poista tämä palvelujakso</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Formal referral (lähete)</source>
        <translation>Lähete</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Formal referral</source>
        <translation>Lähete</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Date of the transition</source>
        <translation>Siirtymän päivämäärä</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Shared: %1</source>
        <translation>Luovutetaan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Information shared</source>
        <translation>Luovutettavat tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Kind</source>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Date</source>
        <translation>Päivä&amp;ys</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Consent</source>
        <translation>&amp;Suostumus</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Remove connection</source>
        <translation>Poista yhteys</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Remove this connection</source>
        <translation>Poista tämä yhteys</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Nothing selected</source>
        <translation>Mitään ei ole valittu</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Several selected</source>
        <translation>Useita valittu</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>%1 steps and %2 connections are selected. Press Delete to remove them, or select one to edit it.</source>
        <translation>Valittuna on palvelujaksoja: %1 ja yhteyksiä: %2. Poista ne painamalla Delete tai valitse yksi muokattavaksi.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>— nobody named —</source>
        <translation>— ei nimetty —</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>%1 (no longer in the team)</source>
        <translation>%1 (ei enää tiimissä)</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Add a team member…</source>
        <translation>Lisää tiimin jäsen…</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Planned &amp;end</source>
        <translation>P&amp;äättyy (suunniteltu)</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Planned end date</source>
        <translation>Suunniteltu päättymispäivä</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Until when the step is planned or decided to run (a decision for a fixed period, a work trial agreed until a date). Leave it empty if there is none; when the step ends, mark it completed with the real end date.</source>
        <translation>Mihin asti vaihe on suunniteltu tai päätetty kestämään (määräaikainen päätös, työkokeilu sovittuun päivään asti). Jätä tyhjäksi, jos sellaista ei ole. Kun vaihe päättyy, merkitse se päättyneeksi todellisella päättymispäivällä.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Until when the step is planned to run, if that is known. Leave it empty if it is not.</source>
        <translation>Mihin asti vaihe on suunniteltu kestämään, jos se tiedetään. Jätä tyhjäksi, jos ei tiedetä.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>— no consent recorded —</source>
        <translation>— suostumusta ei ole kirjattu —</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Given %1: %2</source>
        <translation>Annettu %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>(until %1)</source>
        <translation>(%1 asti)</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Information is shared but no consent is recorded for it.</source>
        <translation>Tietoja luovutetaan, mutta suostumusta ei ole kirjattu.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>The client has no consents recorded yet.</source>
        <translation>Asiakkaalta ei ole vielä kirjattu suostumuksia.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Write the date as day.month.year, for example 15.1.2026.</source>
        <translation>Kirjoita päivämäärä muodossa päivä.kuukausi.vuosi, esimerkiksi 15.1.2026.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Add %1 to the team, responsible for %2</source>
        <translation>Lisää %1 tiimiin vastuuhenkilöksi: %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Mark %1 as %2</source>
        <translation>Merkitse tila %2: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Edit dates of %1</source>
        <translation>Muokkaa päivämääriä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Rename %1</source>
        <translation>Muuta otsikkoa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Edit provider of %1</source>
        <translation>Muokkaa palveluntuottajaa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Change who is responsible for %1</source>
        <translation>Vaihda vastuuhenkilö: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Edit note of %1</source>
        <translation>Muokkaa muistiinpanoa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Change service of %1</source>
        <translation>Vaihda palvelu: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Edit %1</source>
        <translation>Muokkaa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Make %1 %2</source>
        <translation>Muuta yhteyden %1 laji: %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Edit connection %1</source>
        <translation>Muokkaa yhteyttä %1</translation>
    </message>
</context>
<context>
    <name>KeepAsAgreedDialog</name>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Keep as agreed</source>
        <translation>Tallenna sovittu versio</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Keep “%1” as it is now as the plan agreed with the client. The kept version never changes; later changes are compared with it.</source>
        <translation>Tallenna ”%1” nykyisellään asiakkaan kanssa sovituksi suunnitelmaksi. Tallennettu versio ei muutu; myöhempiä muutoksia verrataan siihen.</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Agreed on</source>
        <translation>Sovittu</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Meeting</source>
        <translation>Palaveri</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>No meeting</source>
        <translation>Ei palaveria</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Sovittu:</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>At the &amp;meeting:</source>
        <translation>&amp;Palaverissa:</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;Note:</source>
        <translation>&amp;Muistiinpano:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Pathway</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Choose a client from the list,
or create a new client (Ctrl+N).</source>
        <translation>Valitse asiakas luettelosta
tai luo uusi asiakas (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>No client open</source>
        <translation>Asiakasta ei ole avattu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Panels</source>
        <translation>Paneelit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Data location</source>
        <translation>Tietojen sijainti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Status</source>
        <translation>Tilarivi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Show or hide client details</source>
        <translation>Näytä tai piilota asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;New client…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Create a new client</source>
        <translation>Luo uusi asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Delete client…</source>
        <translation>&amp;Poista asiakas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Delete the open client and everything about them</source>
        <translation>Poista avattu asiakas ja kaikki hänen tietonsa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>E&amp;rase client permanently…</source>
        <translation>Poista asiakas p&amp;ysyvästi…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>The right to erasure: remove every trace of the open client from the database</source>
        <translation>Oikeus tietojen poistamiseen: poista avatun asiakkaan kaikki tiedot tietokannasta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Access log…</source>
        <translation>&amp;Käyttöloki…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Who has viewed, changed, printed or handed out the open client&apos;s data</source>
        <translation>Kuka on katsonut, muuttanut, tulostanut tai luovuttanut avatun asiakkaan tietoja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Backups…</source>
        <translation>Va&amp;rmuuskopiot…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>The database&apos;s backups: back up now, or restore one</source>
        <translation>Tietokannan varmuuskopiot: varmuuskopioi nyt tai palauta varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Print the pathway</source>
        <translation>Tulosta palvelupolku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Export as PDF/PNG/SVG…</source>
        <translation>&amp;Vie PDF-, PNG- tai SVG-tiedostoksi…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Save the pathway as a PDF, PNG or SVG file</source>
        <translation>Tallenna palvelupolku PDF-, PNG- tai SVG-tiedostoksi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Find client</source>
        <translation>&amp;Etsi asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Search the client list</source>
        <translation>Hae asiakasluettelosta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Basic details…</source>
        <translation>&amp;Perustiedot…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Goal…</source>
        <translation>&amp;Tavoite…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Needs…</source>
        <translation>Tuen t&amp;arpeet…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Consents…</source>
        <translation>&amp;Suostumukset…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Team…</source>
        <translation>T&amp;iimi…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Participation (ESF+)…</source>
        <translation>&amp;Osallistuminen (ESR+)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Meetings…</source>
        <translation>&amp;Verkostopalaverit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Client &amp;details</source>
        <translation>Asiakkaan &amp;tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Show or hide the client&apos;s details</source>
        <translation>Näytä tai piilota asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Refresh client list</source>
        <translation>&amp;Päivitä asiakasluettelo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Read the clients again, with changes made on other workstations</source>
        <translation>Lue asiakkaat uudelleen, myös muilla työasemilla tehdyt muutokset</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Caseload report…</source>
        <translation>&amp;Asiakasmääräraportti…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>The ESF+ figures, the stages and the moves between them, for a period</source>
        <translation>ESR+-luvut, vaiheet ja siirtymät niiden välillä valitulta ajanjaksolta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Next &amp;pane</source>
        <translation>Seu&amp;raava paneeli</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Previous pa&amp;ne</source>
        <translation>&amp;Edellinen paneeli</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;First steps</source>
        <translation>&amp;Ensimmäiset askeleet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>How to find a client, add services, connect and print (F1)</source>
        <translation>Näin etsit asiakkaan, lisäät palveluja, yhdistät ja tulostat (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Every key of the window</source>
        <translation>Kaikki ikkunan näppäimet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;About Polku</source>
        <translation>&amp;Tietoja Polusta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Menu bar</source>
        <translation>Valikkorivi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Pathway</source>
        <translation>&amp;Palvelupolku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Reports</source>
        <translation>&amp;Raportit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>(the pathway editor is not available)</source>
        <translation>(palvelupolun muokkain ei ole käytettävissä)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>The database is read-only: you can look at the data, but nothing can be changed, printed or exported, and what you open is not recorded in the access log. Ask your support person for write access.</source>
        <translation>Tietokanta on vain luku -tilassa: voit katsoa tietoja, mutta mitään ei voi muuttaa, tulostaa eikä viedä, eikä avaamiasi tietoja kirjata käyttölokiin. Pyydä tukihenkilöltäsi kirjoitusoikeus.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Data: %1</source>
        <translation>Tiedot: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Polku keeps its data in %1</source>
        <translation>Polku säilyttää tietonsa täällä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Pathway editor</source>
        <translation>Palvelupolun muokkain</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Opening the client…</source>
        <translation>Avataan asiakasta…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Open client</source>
        <translation>Asiakkaan avaaminen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>That client is no longer in the database.</source>
        <translation>Asiakasta ei enää ole tietokannassa.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>%1 – Polku</source>
        <translation>%1 – Polku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Client %1 created.</source>
        <translation>Asiakas %1 luotu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit basic details</source>
        <translation>muokkaa perustietoja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit goal</source>
        <translation>muokkaa tavoitetta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit needs</source>
        <translation>muokkaa tuen tarpeita</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit consents</source>
        <translation>muokkaa suostumuksia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit team</source>
        <translation>muokkaa tiimiä</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit participation</source>
        <translation>muokkaa osallistumista</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>record the six-month follow-up</source>
        <translation>kirjaa kuuden kuukauden seuranta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit meetings</source>
        <translation>muokkaa verkostopalavereja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Delete client</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Delete %1 and everything about them: details, pathways, meetings?

This cannot be undone.</source>
        <translation>Poistetaanko %1 ja kaikki hänen tietonsa: perustiedot, palvelupolut, verkostopalaverit?

Poistoa ei voi perua.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Client %1 deleted.</source>
        <translation>Asiakas %1 poistettu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>%1 has no pathway yet.</source>
        <translation>Asiakkaalla %1 ei ole vielä palvelupolkua.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Reading the clients again…</source>
        <translation>Luetaan asiakkaat uudelleen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Language set to %1.</source>
        <translation>Kieleksi valittu %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Steps</source>
        <translation>Palvelujaksot</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Checks</source>
        <translation>Tarkistukset</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Connect to…</source>
        <translation>Yhdistä…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>About Polku</source>
        <translation>Tietoja Polusta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&lt;h3&gt;Polku&lt;/h3&gt;&lt;p&gt;Service pathways for multiprofessional work-ability teams: the client&apos;s pathway from assessment, rehabilitation and work activity to open employment or training, on one shared map.&lt;/p&gt;&lt;p&gt;The data stays in your organisation: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Polku&lt;/h3&gt;&lt;p&gt;Palvelupolut työkyvyn tuen monialaisille tiimeille: asiakkaan polku arvioinnista, kuntoutuksesta ja työtoiminnasta avoimille työmarkkinoille tai koulutukseen, yhdellä yhteisellä kartalla.&lt;/p&gt;&lt;p&gt;Tiedot pysyvät organisaatiossasi: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>(not open)</source>
        <translation>(ei avattu)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>New meeting</source>
        <translation>Uusi verkostopalaveri</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Meeting</source>
        <translation>Verkostopalaveri</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Osallistujat:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Team members who took part</source>
        <translation>Tiimin jäsenet, jotka osallistuivat</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Client present:</source>
        <translation>&amp;Asiakas paikalla:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Yhteenveto:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>One decision on each line</source>
        <translation>Yksi päätös kullekin riville</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>D&amp;ecisions:</source>
        <translation>Pää&amp;tökset:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Next review:</source>
        <translation>&amp;Seuraava arviointi:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Keep the pathway as agreed at this meeting</source>
        <translation>Tallenna palvelupolku tässä palaverissa sovituksi &amp;versioksi</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Write the date of the meeting.</source>
        <translation>Kirjoita palaverin päivämäärä.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>The next review (%1) cannot be before the meeting (%2).</source>
        <translation>Seuraava arviointi (%1) ei voi olla ennen palaveria (%2).</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <location filename="../../ui/meeting_mode.py"/>
        <source>Meeting mode – Polku</source>
        <translation>Palaveriesitys – Polku</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.py"/>
        <source>Meeting mode</source>
        <translation>Palaveriesitys</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.py"/>
        <source>→ next   ← back   Esc leave</source>
        <translation>→ eteenpäin   ← takaisin   Esc lopeta</translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Meetings</source>
        <translation>Verkostopalaverit</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Add a meeting</source>
        <translation>Lisää verkostopalaveri</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Edit the meeting</source>
        <translation>Muokkaa verkostopalaveria</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Remove the meeting</source>
        <translation>Poista verkostopalaveri</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>(next review %1)</source>
        <translation>(seuraava arviointi %1)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Close the message</source>
        <translation>Sulje viesti</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Needs</source>
        <translation>Tuen tarpeet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Need</source>
        <translation>Tarve</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Assessed on</source>
        <translation>Arvioitu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Not assessed</source>
        <translation>Ei arvioitu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>%1: level</source>
        <translation>%1: taso</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>%1: assessed on</source>
        <translation>%1: arvioitu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>%1: note</source>
        <translation>%1: muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>0 = no need, 1 = minor, 2 = moderate, 3 = major need.</source>
        <translation>0 = ei tarvetta, 1 = vähäinen, 2 = kohtalainen, 3 = suuri tarve.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Choose a level, or clear the date and the note.</source>
        <translation>Valitse taso tai tyhjennä päivämäärä ja muistiinpano.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>no date (e.g. %1)</source>
        <translation>ei päivämäärää (esim. %1)</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Choose from a calendar</source>
        <translation>Valitse kalenterista</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>%1: choose from a calendar</source>
        <translation>%1: valitse kalenterista</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Participation (ESF+)</source>
        <translation>Osallistuminen (ESR+)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>On entry</source>
        <translation>Tullessa</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>&amp;Entered the project on:</source>
        <translation>&amp;Tuli hankkeeseen:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>&amp;Status on entry:</source>
        <translation>Tilanne t&amp;ullessa:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Not given</source>
        <translation>Ei ilmoitettu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Sukupuoli:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>As the participant gives it.</source>
        <translation>Niin kuin osallistuja sen ilmoittaa.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Ed&amp;ucation on entry:</source>
        <translation>&amp;Koulutus tullessa:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The highest education completed.</source>
        <translation>Korkein suoritettu koulutus.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Characteristics (special categories)</source>
        <translation>Ominaisuudet (erityiset henkilötietoryhmät)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>These are special categories of personal data. Record them only with the participant&apos;s consent, for the ESF+ report. They never appear on a print, the client copy, the meeting sheet or in meeting mode. If the participant was asked and did not want to answer, tick “Asked and declined”.</source>
        <translation>Nämä ovat erityisiä henkilötietoryhmiä. Kirjaa ne vain osallistujan suostumuksella ESR+-raportointia varten. Ne eivät näy tulosteissa, asiakkaan kappaleessa, palaverisivulla eivätkä palaveriesityksessä. Jos osallistujalta kysyttiin eikä hän halunnut vastata, valitse ”Kysyttiin, ei halunnut vastata”.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Asked and &amp;declined</source>
        <translation>Kysyttiin, &amp;ei halunnut vastata</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Asked and declined</source>
        <translation>Kysyttiin, ei halunnut vastata</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>On leaving</source>
        <translation>Lähtiessä</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>&amp;Left the project on:</source>
        <translation>&amp;Lähti hankkeesta:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Situation on &amp;leaving:</source>
        <translation>Tilanne l&amp;ähtiessä:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>&amp;Qualification gained on leaving:</source>
        <translation>Tutki&amp;nto saatu lähtiessä:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Six months after leaving</source>
        <translation>Kuusi kuukautta lähtemisen jälkeen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The follow-up is due six months after leaving.</source>
        <translation>Seuranta tehdään kuusi kuukautta lähtemisen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The follow-up is due on %1.</source>
        <translation>Seuranta tehdään %1 alkaen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Write the date the client entered the project.</source>
        <translation>Kirjoita päivä, jona asiakas tuli hankkeeseen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Choose the client&apos;s labour-market status on entry.</source>
        <translation>Valitse asiakkaan työmarkkina-asema hänen tullessaan hankkeeseen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The client cannot leave (%1) before entering the project (%2).</source>
        <translation>Asiakas ei voi lähteä hankkeesta (%1) ennen kuin on tullut siihen (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Choose the client&apos;s situation on leaving, or clear the leaving date.</source>
        <translation>Valitse asiakkaan tilanne lähtiessä tai tyhjennä lähtöpäivä.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Write the date the client left, or set the situation on leaving to not recorded.</source>
        <translation>Kirjoita päivä, jona asiakas lähti, tai valitse lähtötilanteeksi ”Ei kirjattu”.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>A qualification is gained on leaving: write the leaving date first, or set this to not recorded.</source>
        <translation>Tutkinto kirjataan lähtiessä: kirjoita ensin lähtöpäivä tai valitse ”Ei kirjattu”.</translation>
    </message>
</context>
<context>
    <name>PathwayEditor</name>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway editor</source>
        <translation>Palvelupolun muokkain</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway map</source>
        <translation>Palvelupolun kartta</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Arrow keys move between the steps, Enter edits the selected one. The same pathway is in the Steps list.</source>
        <translation>Nuolinäppäimillä liikut palvelujaksojen välillä, Enterillä muokkaat valittua. Sama palvelupolku on myös Palvelujaksot-luettelossa.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Tidy up</source>
        <translation>&amp;Järjestä kortit</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Put every card back where the automatic layout places it</source>
        <translation>Palauta jokainen kortti automaattisen asettelun mukaiseen paikkaan</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Lähennä</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Zoom &amp;out</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Sovita ikkunaan</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Show &amp;empty lanes</source>
        <translation>Näytä tyhjät &amp;kaistat</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Show every sector&apos;s lane at full height (empty ones are thin)</source>
        <translation>Näytä jokaisen sektorin kaista täysikorkuisena (tyhjät ovat kapeita)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Stages</source>
        <translation>&amp;Vaiheet</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Time&amp;line</source>
        <translation>&amp;Aikajana</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Add step…</source>
        <translation>&amp;Lisää palvelujakso…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Choose a service to add as a planned step (Insert)</source>
        <translation>Valitse palvelu, joka lisätään suunnitelluksi palvelujaksoksi (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Connect to…</source>
        <translation>&amp;Yhdistä…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Connect the selected step to another step (Ctrl+L)</source>
        <translation>Yhdistä valittu palvelujakso toiseen palvelujaksoon (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Delete</source>
        <translation>P&amp;oista</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Remove the selected steps or arrows</source>
        <translation>Poista valitut palvelujaksot tai nuolet</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Edit selected</source>
        <translation>&amp;Muokkaa valittua</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Edit the selected step or arrow in the inspector (F2)</source>
        <translation>Muokkaa valittua palvelujaksoa tai nuolta tietopaneelissa (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>C&amp;hecks and suggestions</source>
        <translation>Tarkistukset ja e&amp;hdotukset</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Show the pathway&apos;s findings and suggestions beside the map (F8)</source>
        <translation>Näytä palvelupolun havainnot ja ehdotukset kartan vieressä (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;New pathway…</source>
        <translation>&amp;Uusi palvelupolku…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Copy as a draft…</source>
        <translation>&amp;Kopioi luonnokseksi…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Rename pathway…</source>
        <translation>&amp;Nimeä palvelupolku uudelleen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Make &amp;active</source>
        <translation>&amp;Merkitse voimassa olevaksi</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>C&amp;lose pathway</source>
        <translation>&amp;Päätä palvelupolku</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Back to the pathway now</source>
        <translation>Takaisin nykyiseen palvelupolkuun</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Meeting mode</source>
        <translation>Palaveri&amp;esitys</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Show the pathway full screen for the meeting room, in plain language (F11)</source>
        <translation>Näytä palvelupolku koko näytöllä palaverihuoneessa selkokielellä (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Keep as agreed…</source>
        <translation>&amp;Tallenna sovittu versio…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Keep the pathway as it is now as the plan agreed with the client</source>
        <translation>Tallenna palvelupolku nykyisellään asiakkaan kanssa sovituksi suunnitelmaksi</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway tools</source>
        <translation>Palvelupolun työkalut</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Pathway:</source>
        <translation>&amp;Palvelupolku:</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathways</source>
        <translation>Palvelupolut</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway commands</source>
        <translation>Palvelupolun komennot</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Zoom</source>
        <translation>Zoomaus</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Details, services, steps and checks</source>
        <translation>Tiedot, palvelut, palvelujaksot ja tarkistukset</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Steps</source>
        <translation>Palvelujaksot</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Checks</source>
        <translation>Tarkistukset</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Versions</source>
        <translation>Versiot</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Panels beside the map</source>
        <translation>Kartan viereiset paneelit</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Create a pathway</source>
        <translation>Luo palvelupolku</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>This pathway is closed: it is kept for the record. Make it active to work on it again.</source>
        <translation>Tämä palvelupolku on päättynyt: se säilytetään kirjauksena. Merkitse se voimassa olevaksi, jos haluat jatkaa sen työstämistä.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Open a client to see their service pathway.</source>
        <translation>Avaa asiakas, niin näet hänen palvelupolkunsa.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 has no service pathway yet.</source>
        <translation>Asiakkaalla %1 ei ole vielä palvelupolkua.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Create a pathway first.</source>
        <translation>Luo ensin palvelupolku.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Unknown service.</source>
        <translation>Tuntematon palvelu.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Add %1</source>
        <translation>Lisää %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Connect %1 → %2</source>
        <translation>Yhdistä %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Remove %1</source>
        <translation>Poista %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Remove connection %1 → %2</source>
        <translation>Poista yhteys %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Remove %1 items</source>
        <translation>Poista %1 kohdetta</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>the connection %1 → %2</source>
        <translation>yhteys %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 items</source>
        <translation>%1 kohdetta</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Removed: %1. %2 (Edit → Undo) brings it back.</source>
        <translation>Poistettu: %1. %2 (Muokkaa → Kumoa) tuo sen takaisin.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Move card</source>
        <translation>Siirrä korttia</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Move %1 cards</source>
        <translation>Siirrä %1 korttia</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Tidy up</source>
        <translation>Järjestä kortit</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Kept as agreed on %1.</source>
        <translation>Tallennettu sovituksi %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>The plan as agreed on %1, read-only. Back to the pathway now: Esc.</source>
        <translation>Suunnitelma sellaisena kuin se sovittiin %1, vain luku. Takaisin nykyiseen palvelupolkuun: Esc.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1: new, changed and gone steps are marked. Back to the pathway now: Esc.</source>
        <translation>%1: uudet, muuttuneet ja poistuneet palvelujaksot on merkitty. Takaisin nykyiseen palvelupolkuun: Esc.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>An agreed version cannot be changed. Back to the pathway now: Esc.</source>
        <translation>Sovittua versiota ei voi muuttaa. Takaisin nykyiseen palvelupolkuun: Esc.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Checks (%1)</source>
        <translation>Tarkistukset (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Errors: %1, warnings: %2</source>
        <translation>Virheitä: %1, varoituksia: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Select one step first, then choose Connect to…</source>
        <translation>Valitse ensin yksi palvelujakso ja sitten Yhdistä…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Add another step to connect to first.</source>
        <translation>Lisää ensin toinen palvelujakso, johon yhdistää.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>This step is already connected with every other step.</source>
        <translation>Tämä vaihe on jo yhdistetty kaikkiin muihin vaiheisiin.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>New pathway</source>
        <translation>Uusi palvelupolku</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Title of the new pathway:</source>
        <translation>Uuden palvelupolun nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway %1</source>
        <translation>Palvelupolku %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Copy as a draft</source>
        <translation>Kopioi luonnokseksi</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Title of the copy:</source>
        <translation>Kopion nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 (alternative)</source>
        <translation>%1 (vaihtoehto)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Rename pathway</source>
        <translation>Nimeä palvelupolku uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>New title:</source>
        <translation>Uusi nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>New pathway %1</source>
        <translation>Uusi palvelupolku %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Copy %1 as %2</source>
        <translation>Kopioi %1 nimellä %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Rename pathway %1 to %2</source>
        <translation>Nimeä palvelupolku %1 uudelleen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Make %1 the active pathway</source>
        <translation>Merkitse %1 voimassa olevaksi palvelupoluksi</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 is now the active pathway. %2 became a draft (an alternative you can make active again).</source>
        <translation>%1 on nyt voimassa oleva palvelupolku. %2 muuttui luonnokseksi (vaihtoehdoksi, jonka voit myöhemmin merkitä taas voimassa olevaksi).</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 is now the active pathway.</source>
        <translation>%1 on nyt voimassa oleva palvelupolku.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Close pathway %1</source>
        <translation>Päätä palvelupolku %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 is closed. It is kept for the record; you can make it active again.</source>
        <translation>%1 on päätetty. Se säilytetään kirjauksena; voit merkitä sen taas voimassa olevaksi.</translation>
    </message>
</context>
<context>
    <name>PathwayList</name>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>Steps of the pathway</source>
        <translation>Palvelupolun palvelujaksot</translation>
    </message>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>The pathway&apos;s steps in reading order; the transitions that leave a step are listed under it</source>
        <translation>Palvelupolun palvelujaksot lukujärjestyksessä; kustakin palvelujaksosta lähtevät siirtymät ovat sen alla</translation>
    </message>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>no dates</source>
        <translation>ei päivämääriä</translation>
    </message>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>referral</source>
        <translation>lähete</translation>
    </message>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>shares %1</source>
        <translation>luovuttaa: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>%1 to %2, %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
</context>
<context>
    <name>PathwayScene</name>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>no dates</source>
        <translation>ei päivämääriä</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Provider: %1</source>
        <translation>Palveluntuottaja: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Responsible: %1</source>
        <translation>Vastuuhenkilö: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>responsible %1</source>
        <translation>vastuuhenkilö %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Formal referral</source>
        <translation>Lähete</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Date: %1</source>
        <translation>Päivämäärä: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Information shared: %1</source>
        <translation>Luovutetut tiedot: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Consent given %1 (%2)</source>
        <translation>Suostumus annettu %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>No consent recorded for this transfer</source>
        <translation>Tälle tietojen luovutukselle ei ole kirjattu suostumusta</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Goal: not set yet (open labour market or training)</source>
        <translation>Tavoite: ei vielä asetettu (avoimet työmarkkinat tai koulutus)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>by %1</source>
        <translation>%1 mennessä</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Goal: %1</source>
        <translation>Tavoite: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>R</source>
        <comment>mark on an arrow for a formal referral (Finnish: L, lähete)</comment>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Without dates</source>
        <translation>Ilman päivämääriä</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
</context>
<context>
    <name>PrintOptionsWidget</name>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>A4 landscape</source>
        <translation>A4 vaaka</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>A3 landscape</source>
        <translation>A3 vaaka</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Stages</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Pseudonymised (no name)</source>
        <translation>Pseudonymisoitu (ei nimeä)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>The client is shown as a code such as “Asiakas 7F3K”; no part of the name is printed.</source>
        <translation>Asiakas näkyy koodina, esimerkiksi ”Asiakas 7F3K”; nimestä ei tulostu mitään.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Client copy in plain language</source>
        <translation>Asiakkaan kappale selkokielellä</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Large type, fewer details and what happens next in short sentences.</source>
        <translation>Isompi teksti, vähemmän yksityiskohtia ja lyhyillä lauseilla, mitä tapahtuu seuraavaksi.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Meeting sheet</source>
        <translation>Palaverisivu</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Adds a page of ongoing and planned steps, open findings and the latest decisions.</source>
        <translation>Lisää sivun, jolla ovat käynnissä olevat ja suunnitellut palvelujaksot, avoimet havainnot ja viimeisimmät päätökset.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Paper</source>
        <translation>Paperi</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>View</source>
        <translation>Näkymä</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Printing failed (%1).</source>
        <translation>Tulostus epäonnistui (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Print pathway</source>
        <translation>Tulosta palvelupolku</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Print status</source>
        <translation>Tulostuksen tila</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Pathway</source>
        <translation>Palvelupolku</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Preparing the pages…</source>
        <translation>Valmistellaan sivuja…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing.py"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Saved %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <location filename="../../ui/forms/lists.py"/>
        <source>Error in %1</source>
        <translation>Virhe: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/lists.py"/>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/lists.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/lists.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
</context>
<context>
    <name>ServicePalette</name>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Search services…</source>
        <translation>Hae palveluja…</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Search services</source>
        <translation>Hae palveluja</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Type part of a service&apos;s name, then press Down to choose from the list</source>
        <translation>Kirjoita osa palvelun nimestä ja valitse luettelosta alanuolella</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Press Enter to add the service as a planned step, or drag it onto the map</source>
        <translation>Paina Enter, niin palvelu lisätään suunnitelluksi palvelujaksoksi, tai vedä se kartalle</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Drag a service onto the map, or select it and press Enter.</source>
        <translation>Vedä palvelu kartalle tai valitse se ja paina Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>No service matches the search.</source>
        <translation>Mikään palvelu ei vastaa hakua.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>The new language is used from the next start of Polku.</source>
        <translation>Uusi kieli otetaan käyttöön, kun Polku käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>First name Last name</source>
        <translation>Etunimi Sukunimi</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Recorded with the changes you make, so that the team can see who did what.</source>
        <translation>Kirjataan tekemiesi muutosten yhteyteen, jotta tiimi näkee, kuka teki mitä.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>The name cannot contain control characters.</source>
        <translation>Nimessä ei voi olla ohjausmerkkejä.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>On the map and in the lists</source>
        <translation>Kartalla ja luetteloissa</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Move between steps</source>
        <translation>Siirry palvelujaksosta toiseen</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Arrow keys, Home, End</source>
        <translation>Nuolinäppäimet, Home, End</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Open the details of the selected step</source>
        <translation>Avaa valitun palvelujakson tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Enter or F2</source>
        <translation>Enter tai F2</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Remove the selected steps or arrows</source>
        <translation>Poista valitut palvelujaksot tai nuolet</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Add a service (the search of the services)</source>
        <translation>Lisää palvelu (palvelujen haku)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>From a search box to its list</source>
        <translation>Hakukentästä sen luetteloon</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Down</source>
        <translation>Alanuoli</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Close a dialog without saving</source>
        <translation>Sulje valintaikkuna tallentamatta</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The database could not be opened: %1.

%2

It was left exactly as it was.</source>
        <translation>Tietokantaa ei voitu avata: %1.

%2

Se jätettiin täsmälleen ennalleen.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The newest sound backup was taken %1. Restore it and open it? The file that could not be opened is kept beside it, so nothing is lost.

Choose No to quit without changing anything.</source>
        <translation>Uusin ehjä varmuuskopio on otettu %1. Palautetaanko ja avataanko se? Tiedosto, jota ei voitu avata, säilytetään sen vieressä, joten mitään ei menetetä.

Valitse Ei, jos haluat lopettaa muuttamatta mitään.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restoring the backup…</source>
        <translation>Palautetaan varmuuskopiota…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The backup taken %1 was restored.</source>
        <translation>%1 otettu varmuuskopio palautettiin.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The file that could not be opened is kept as %1.</source>
        <translation>Tiedosto, jota ei voitu avata, säilytetään nimellä %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The backup could not be restored.</source>
        <translation>Varmuuskopiota ei voitu palauttaa.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Add a team member</source>
        <translation>Lisää tiimin jäsen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Edit the team member</source>
        <translation>Muokkaa tiimin jäsentä</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Remove the team member</source>
        <translation>Poista tiimin jäsen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>%1 is responsible for %2 step(s) and took part in %3 meeting(s). Change those first.</source>
        <translation>%1 vastaa %2 palvelujaksosta ja on osallistunut %3 verkostopalaveriin. Muuta ne ensin.</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>New team member</source>
        <translation>Uusi tiimin jäsen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Team member</source>
        <translation>Tiimin jäsen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>For example: job coach, social worker</source>
        <translation>Esimerkiksi: työhönvalmentaja, sosiaalityöntekijä</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Choose a sector</source>
        <translation>Valitse sektori</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektori:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Email:</source>
        <translation>Sä&amp;hköposti:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Write the team member&apos;s name.</source>
        <translation>Kirjoita tiimin jäsenen nimi.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Write the team member&apos;s role.</source>
        <translation>Kirjoita tiimin jäsenen rooli.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Choose the sector the team member works in.</source>
        <translation>Valitse sektori, jolla tiimin jäsen työskentelee.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Write a phone number with digits, for example 040 123 4567.</source>
        <translation>Kirjoita puhelinnumero numeroin, esimerkiksi 040 123 4567.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>This does not look like an email address (name@example.fi).</source>
        <translation>Tämä ei näytä sähköpostiosoitteelta (nimi@esimerkki.fi).</translation>
    </message>
</context>
<context>
    <name>access_log</name>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Viewed</source>
        <translation>Katsottu</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Printed</source>
        <translation>Tulostettu</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Handed out (exported)</source>
        <translation>Luovutettu (viety)</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Erased</source>
        <translation>Poistettu pysyvästi</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Restored from a backup</source>
        <translation>Palautettu varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Backed up</source>
        <translation>Varmuuskopioitu</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Checked the pathway</source>
        <translation>Tarkisti palvelupolun</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>The client&apos;s data</source>
        <translation>Asiakkaan tiedot</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Details</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Access request</source>
        <translation>Tarkastuspyyntö</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Pathway “%1”</source>
        <translation>Palvelupolku ”%1”</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Pathway %1</source>
        <translation>Palvelupolku %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py"/>
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/app.py"/>
        <source>Something went wrong (%1), and the last action may not have been completed. What was saved before it is kept.

If this happens again, tell your support person what you were doing.</source>
        <translation>Jokin meni vikaan (%1), eikä viimeisin toiminto ehkä ehtinyt valmistua. Sitä ennen tallennetut tiedot ovat tallessa.

Jos näin käy uudelleen, kerro tukihenkilöllesi, mitä olit tekemässä.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py"/>
        <source>The database could not be opened.</source>
        <translation>Tietokantaa ei voitu avata.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py"/>
        <source>Password for %1:</source>
        <translation>Salasana tietokantaan %1:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py"/>
        <source>The password was not accepted.</source>
        <translation>Salasanaa ei hyväksytty.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py"/>
        <source>Polku is already open on this database; it was brought to the front.</source>
        <translation>Polku on jo auki tässä tietokannassa; se tuotiin näkyviin.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Before an upgrade of Polku</source>
        <translation>Ennen Polun päivitystä</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Automatic (hourly)</source>
        <translation>Automaattinen (tunneittain)</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Taken with “Back up now”</source>
        <translation>Otettu toiminnolla ”Varmuuskopioi nyt”</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Before an import</source>
        <translation>Ennen tuontia</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Before a restore</source>
        <translation>Ennen palautusta</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The automatic backup was not taken: %1</source>
        <translation>Automaattista varmuuskopiota ei otettu: %1</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>This cannot be empty.</source>
        <translation>Tämä ei voi olla tyhjä.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>At most %1 characters; now %2.</source>
        <translation>Enintään %1 merkkiä; nyt %2.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>Remove the control characters (invisible characters that came with a paste).</source>
        <translation>Poista ohjausmerkit (näkymättömät merkit, jotka tulivat liittämisen mukana).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>Remove the broken characters that came with a paste.</source>
        <translation>Poista rikkinäiset merkit, jotka tulivat liittämisen mukana.</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <location filename="../../ui/trust.py"/>
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/trust.py"/>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation>Jokin meni vikaan (%1). Mitään ei muutettu.</translation>
    </message>
</context>
</TS>
