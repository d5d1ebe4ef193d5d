<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en_GB">
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Access log – %1</source>
        <translation>Åtkomstlogg – %1</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Everyone who has viewed, changed, printed or handed out this client&apos;s data in Polku, newest first. The client has the right to know this (act 703/2023).</source>
        <translation>Alla som har visat, ändrat, skrivit ut eller lämnat ut den här klientens uppgifter i Polku, den senaste först. Klienten har rätt att få veta detta (lag 703/2023).</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Entries from (empty: from the first)</source>
        <translation>Poster från (tomt: från den första)</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Entries up to (empty: up to now)</source>
        <translation>Poster till (tomt: fram till nu)</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>&amp;to</source>
        <translation>&amp;till</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>&amp;All dates</source>
        <translation>&amp;Alla datum</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Show the entries of all dates</source>
        <translation>Visa posterna för alla datum</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Number of entries shown</source>
        <translation>Antal poster som visas</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Which data</source>
        <translation>Vilka uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Access log entries, newest first</source>
        <translation>Åtkomstloggens poster, den senaste först</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>&amp;Export for the client&apos;s access request…</source>
        <translation>&amp;Exportera för klientens begäran om insyn…</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Export for the client&apos;s access request</source>
        <translation>Exportera för klientens begäran om insyn</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Write the client&apos;s data (JSON) and a readable PDF of this access log into a folder you choose. The export is itself recorded in the log.</source>
        <translation>Skriver klientens uppgifter (JSON) och en läsbar PDF av den här åtkomstloggen till en mapp du väljer. Även exporten antecknas i loggen.</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Reading the access log…</source>
        <translation>Läser åtkomstloggen…</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>The first date is after the second.</source>
        <translation>Det första datumet är efter det andra.</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>1 entry</source>
        <translation>1 post</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>%1 entries</source>
        <translation>%1 poster</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>%1 of %2 entries</source>
        <translation>%1 av %2 poster</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Folder for the access request&apos;s files</source>
        <translation>Mapp för filerna till begäran om insyn</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Writing the access request&apos;s files…</source>
        <translation>Skriver filerna till begäran om insyn…</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Written: %1</source>
        <translation>Skrivet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Access request</source>
        <translation>Begäran om insyn</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>The client&apos;s data and this access log were written to:

%1

They hold personal data: hand them to the client securely, and delete them from this computer once handed over.</source>
        <translation>Klientens uppgifter och den här åtkomstloggen skrevs till:

%1

De innehåller personuppgifter: lämna dem säkert till klienten och radera dem från den här datorn när de har lämnats ut.</translation>
    </message>
</context>
<context>
    <name>AgreedPanel</name>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Agreed versions</source>
        <translation>Överenskomna versioner</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;Keep as agreed…</source>
        <translation>&amp;Spara som överenskommen…</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Keep as agreed</source>
        <translation>Spara som överenskommen</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Keep the pathway as it is now as the plan agreed with the client</source>
        <translation>Spara servicestigen som den är nu som planen som överenskommits med klienten</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Agreed &amp;versions</source>
        <translation>Överenskomna &amp;versioner</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Agreed versions of the pathway</source>
        <translation>Servicestigens överenskomna versioner</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;Show as agreed</source>
        <translation>V&amp;isa som överenskommen</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Show the version as agreed, read-only</source>
        <translation>Visa versionen som den överenskoms, skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;What changed</source>
        <translation>Vad har ä&amp;ndrats</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Show what changed since the version</source>
        <translation>Visa vad som har ändrats sedan versionen</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Since the &amp;one before</source>
        <translation>Sedan &amp;föregående version</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Show what changed from the version before to this version</source>
        <translation>Visa vad som ändrades från föregående version till den här</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;Back to the pathway now</source>
        <translation>&amp;Tillbaka till servicestigen nu</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Back to the pathway now</source>
        <translation>Tillbaka till servicestigen nu</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>meeting %1</source>
        <translation>möte %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>No changes.</source>
        <translation>Inga ändringar.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The data is on a database server, which Polku does not back up: back it up with the server&apos;s own tools.</source>
        <translation>Uppgifterna finns på en databasserver, som Polku inte säkerhetskopierar: säkerhetskopiera den med serverns egna verktyg.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Polku backs up the database by itself: every hour while the data changes, and before an import, a restore or an upgrade. Older backups are thinned out to one a day and then one a week. They are kept in %1.</source>
        <translation>Polku säkerhetskopierar databasen själv: varje timme medan uppgifterna ändras, och före en import, en återställning eller en uppgradering. Äldre säkerhetskopior glesas ut till en per dag och sedan en per vecka. De sparas i %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Usable</source>
        <translation>Användbar</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Backups, newest first</source>
        <translation>Säkerhetskopior, den senaste först</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Take a backup of the database as it is now</source>
        <translation>Ta en säkerhetskopia av databasen som den är nu</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restore the chosen backup</source>
        <translation>Återställ den valda säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Put the chosen backup in place of the data as it is now (asks first)</source>
        <translation>Ersätt uppgifterna som de är nu med den valda säkerhetskopian (frågar först)</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Reading the backups and checking each…</source>
        <translation>Läser säkerhetskopiorna och kontrollerar var och en…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>No: %1</source>
        <translation>Nej: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Not checked</source>
        <translation>Inte kontrollerad</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>No backups yet.</source>
        <translation>Inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>1 backup.</source>
        <translation>1 säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>%1 backups.</source>
        <translation>%1 säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Backed up.</source>
        <translation>Säkerhetskopierat.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>This backup cannot be restored: %1</source>
        <translation>Den här säkerhetskopian kan inte återställas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restore the backup taken %1?

The data as it is now is replaced by the backup&apos;s: changes made after %1 are no longer shown. The data as it is now is kept beside the database as a file, and among the backups. The access log keeps every entry, and clients erased since stay erased.

Open clients are closed first.</source>
        <translation>Återställa säkerhetskopian från %1?

Uppgifterna som de är nu ersätts med säkerhetskopians: ändringar gjorda efter %1 visas inte längre. Uppgifterna som de är nu sparas som en fil bredvid databasen och bland säkerhetskopiorna. Åtkomstloggen behåller alla poster, och klienter som raderats sedan dess förblir raderade.

Öppna klienter stängs först.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restoring the backup taken %1…</source>
        <translation>Återställer säkerhetskopian från %1…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restored.</source>
        <translation>Återställt.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The data as it was is kept as %1.</source>
        <translation>Uppgifterna som de var sparas som %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>A client erased since the backup was taken was erased again.</source>
        <translation>En klient som raderats efter att säkerhetskopian togs raderades igen.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>%1 clients erased since the backup was taken were erased again.</source>
        <translation>%1 klienter som raderats efter att säkerhetskopian togs raderades igen.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Polku checks that a backup&apos;s access log is the log as it was written. This backup&apos;s log was changed after the backup was taken, or the backup is of another database: restoring it could add entries nobody made. Nothing was changed. Keep the file aside for your data protection officer.</source>
        <translation>Polku kontrollerar att en säkerhetskopias åtkomstlogg är loggen så som den skrevs. Den här kopians logg har ändrats efter att kopian togs, eller så är kopian av en annan databas: att återställa den kunde lägga till poster som ingen gjort. Ingenting ändrades. Spara filen åt ert dataskyddsombud.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The access log of this database is damaged, and the register of erased clients beside it is missing. Polku cannot tell whose data must not come back, so it restores nothing. Ask your IT support to restore the erasure register (the .erasures file) from their backups.</source>
        <translation>Åtkomstloggen i den här databasen är skadad och registret över raderade klienter bredvid den saknas. Polku kan inte avgöra vems uppgifter inte får komma tillbaka, så ingenting återställs. Be IT-stödet återställa raderingsregistret (.erasures-filen) från sina säkerhetskopior.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Caseload report</source>
        <translation>Rapport om klientantal</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Period from (empty: from the start)</source>
        <translation>Period från (tomt: från början)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Period to (empty: up to now)</source>
        <translation>Period till (tomt: fram till nu)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Period &amp;from</source>
        <translation>Period &amp;från</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>&amp;to</source>
        <translation>&amp;till</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Up to to&amp;day</source>
        <translation>Fram till &amp;i dag</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Period up to today</source>
        <translation>Perioden fram till i dag</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>&amp;All time</source>
        <translation>&amp;Hela tiden</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>No period: all time</source>
        <translation>Ingen period: hela tiden</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>&amp;Read again</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Read the clients from the database again</source>
        <translation>Läs in klienterna från databasen igen</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Problem with the period</source>
        <translation>Problem med perioden</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>&amp;Stop counting</source>
        <translation>&amp;Stoppa räkningen</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Stop counting</source>
        <translation>Stoppa räkningen</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>ESF+ indicators</source>
        <translation>ESF+-indikatorer</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Caseload</source>
        <translation>Klientantal</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Figures by stage</source>
        <translation>Siffror per skede</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Clients
now</source>
        <translation>Klienter
nu</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Median days
in the stage</source>
        <translation>Dagar i skedet
(median)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Ended short
of the goal</source>
        <translation>Slutade
före målet</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Steps in active
pathways</source>
        <translation>Steg på gällande
servicestigar</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Six-month follow-ups due</source>
        <translation>Sexmånadersuppföljningar att göra</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Left on</source>
        <translation>Lämnade</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Follow-up due on</source>
        <translation>Uppföljning senast</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>No six-month follow-ups are due.</source>
        <translation>Inga sexmånadersuppföljningar att göra.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Record &amp;follow-up…</source>
        <translation>Registrera &amp;uppföljning…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Record the six-month follow-up of the chosen participant</source>
        <translation>Registrera den valda deltagarens sexmånadersuppföljning</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Clients now: the current stage of each active pathway. Median days: from a step&apos;s start to its end, or to today while it runs, over active and closed pathways (n = steps). Ended short of the goal: steps that ended with nothing after them, interrupted or before the client&apos;s goal stage.</source>
        <translation>Klienter nu: det nuvarande skedet för varje gällande servicestig. Dagar i skedet: från ett stegs början till dess slut, eller till i dag medan det pågår, över gällande och avslutade servicestigar (n = steg). Slutade före målet: steg som slutade utan att något kom efter dem, avbrutna eller före klientens målskede.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>By stage</source>
        <translation>Per skede</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Figures</source>
        <translation>Siffror</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Chart of the moves between stages</source>
        <translation>Diagram över övergångarna mellan skeden</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Each band is clients moving on from a step of the stage at the left to a step of the stage at the right (active and closed pathways); the hatched band at the bottom is steps that ended short of the goal with nothing after them. The exact numbers are in the CSV and the PDF.</source>
        <translation>Varje band är klienter som gick vidare från ett steg i skedet till vänster till ett steg i skedet till höger (gällande och avslutade servicestigar); det streckade bandet längst ner är steg som slutade före målet utan att något kom efter dem. De exakta siffrorna finns i CSV- och PDF-filen.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Moves between stages</source>
        <translation>Övergångar mellan skeden</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Export the report as CSV</source>
        <translation>Exportera rapporten som CSV</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Export the report as PDF</source>
        <translation>Exportera rapporten som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Close the caseload report</source>
        <translation>Stäng rapporten om klientantal</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>The period starts after it ends.</source>
        <translation>Perioden börjar efter att den slutar.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Reading the clients and counting…</source>
        <translation>Läser in klienterna och räknar…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Counting…</source>
        <translation>Räknar…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Counting stopped.</source>
        <translation>Räkningen stoppades.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>%1 clients counted.</source>
        <translation>Räknade klienter: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>The report could not be counted (%1).</source>
        <translation>Rapporten kunde inte räknas fram (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Period: %1 · figures as of %2</source>
        <translation>Period: %1 · siffror per %2</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>No moves between stages are recorded.</source>
        <translation>Inga övergångar mellan skeden har antecknats.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>ended short of the goal</source>
        <translation>slutade före målet</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV för kalkylprogram (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Saving %1…</source>
        <translation>Sparar %1…</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunde inte sparas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/caseload.py"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
</context>
<context>
    <name>ClientDetailsPanel</name>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Client details</source>
        <translation>Klientuppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Client&apos;s name</source>
        <translation>Klientens namn</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>The basic details, goal, needs, consents, team, participation and meetings of the client you open are shown here.</source>
        <translation>Här visas grunduppgifter, mål, behov, samtycken, team, deltagande och nätverksmöten för den klient du öppnar.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No client open</source>
        <translation>Ingen klient öppen</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Basic details</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit basic details</source>
        <translation>Redigera grunduppgifterna</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit goal</source>
        <translation>Redigera målet</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit needs</source>
        <translation>Redigera behoven</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit consents</source>
        <translation>Redigera samtyckena</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit team</source>
        <translation>Redigera teamet</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Participation (ESF+)</source>
        <translation>Deltagande (ESF+)</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit participation</source>
        <translation>Redigera deltagandet</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Meetings</source>
        <translation>Nätverksmöten</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit meetings</source>
        <translation>Redigera nätverksmötena</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Personal identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Show the personal identity code</source>
        <translation>Visa personbeteckningen</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>The code is hidden so that others who see the screen do not see it</source>
        <translation>Beteckningen är dold så att andra som ser skärmen inte ser den</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>gender not given</source>
        <translation>kön inte angivet</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>education not recorded</source>
        <translation>utbildning inte registrerad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/client_details.py"/>
        <source>Characteristics recorded with consent (%n)</source>
        <translation>
            <numerusform>En egenskap registrerad med samtycke</numerusform>
            <numerusform>Egenskaper registrerade med samtycke (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Characteristics: asked and declined.</source>
        <translation>Egenskaper: tillfrågad, avböjde.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Gained a qualification on leaving.</source>
        <translation>Fick en kvalifikation vid utträdet.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Six months after leaving (%1): %2</source>
        <translation>Sex månader efter utträdet (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Six-month follow-up due %1</source>
        <translation>Sexmånadersuppföljning %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Hide the personal identity code</source>
        <translation>Dölj personbeteckningen</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Personal identity code: %1</source>
        <translation>Personbeteckning: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Client number: %1</source>
        <translation>Klientnummer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Born: %1</source>
        <translation>Född: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Municipality: %1</source>
        <translation>Kommun: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Languages: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No goal recorded.</source>
        <translation>Inget mål har antecknats.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Target date: %1</source>
        <translation>Måldatum: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No needs assessed.</source>
        <translation>Inga behov har bedömts.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No consents recorded.</source>
        <translation>Inga samtycken har antecknats.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>(expired)</source>
        <translation>(har gått ut)</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>(not yet valid)</source>
        <translation>(gäller ännu inte)</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>(expires soon)</source>
        <translation>(går snart ut)</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No team members yet.</source>
        <translation>Inga teammedlemmar ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Not recorded.</source>
        <translation>Inte antecknat.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Entered %1: %2</source>
        <translation>Kom in i projektet %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Left %1: %2</source>
        <translation>Lämnade projektet %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Still taking part.</source>
        <translation>Deltar fortfarande.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>No meetings recorded.</source>
        <translation>Inga möten har antecknats.</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Next review: %1</source>
        <translation>Nästa uppföljning: %1</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>(overdue)</source>
        <translation>(försenad)</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>and %1 earlier</source>
        <translation>och %1 tidigare</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Basic details</source>
        <translation>Grunduppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>First name Last name</source>
        <translation>Förnamn Efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Client &amp;number:</source>
        <translation>&amp;Klientnummer:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Left empty: %1 (or type your organisation&apos;s own)</source>
        <translation>Tomt: %1 (eller skriv organisationens eget)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Made automatically when left empty</source>
        <translation>Skapas automatiskt om fältet lämnas tomt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Personal identity code:</source>
        <translation>&amp;Personbeteckning:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>DDMMYYCNNNX, for example 131052-308T</source>
        <translation>DDMMÅÅXNNNK, till exempel 131052-308T</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Födelseår:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Filled in from the personal identity code</source>
        <translation>Fylls i utifrån personbeteckningen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Hemkommun:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Two-letter codes, for example: fi, sv, en</source>
        <translation>Koder med två bokstäver, till exempel: fi, sv, en</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Not decided yet</source>
        <translation>Inte bestämt ännu</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Goal in the client&apos;s &amp;words:</source>
        <translation>Målet med klientens &amp;egna ord:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>For example: work in a café or a bakery</source>
        <translation>Till exempel: arbete på ett kafé eller ett bageri</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Write the client&apos;s name.</source>
        <translation>Skriv klientens namn.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Write the year with four digits, for example 1987.</source>
        <translation>Skriv året med fyra siffror, till exempel 1987.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>The year of birth is from 1900 to %1.</source>
        <translation>Födelseåret är 1900–%1.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>The personal identity code gives the year %1.</source>
        <translation>Enligt personbeteckningen är året %1.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Use two lower-case letters for each language (fi, sv, en …); not: %1</source>
        <translation>Använd två små bokstäver för varje språk (fi, sv, en …); inte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Each language only once.</source>
        <translation>Varje språk bara en gång.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Choose what the goal is, or clear the words about it.</source>
        <translation>Välj vad målet är, eller töm beskrivningen av det.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Another client already has this number.</source>
        <translation>En annan klient har redan det här numret.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/client.py"/>
        <source>Pathway %1</source>
        <translation>Servicestig %1</translation>
    </message>
</context>
<context>
    <name>ClientDocument</name>
    <message>
        <location filename="../../ui/document.py"/>
        <source>Someone else removed this client from the database.</source>
        <translation>Någon annan tog bort den här klienten ur databasen.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>Updated by %1 at %2.</source>
        <translation>Uppdaterad av %1 kl. %2.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>This client is no longer in the database.</source>
        <translation>Den här klienten finns inte längre i databasen.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>Someone else removed this client from the database; your change was not saved.</source>
        <translation>Någon annan tog bort den här klienten ur databasen; din ändring sparades inte.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>The change could not be made. Nothing was changed.</source>
        <translation>Ändringen kunde inte göras. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>The change was not saved: %1</source>
        <translation>Ändringen sparades inte: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>The change was not saved because the database failed. Nothing was changed.</source>
        <translation>Ändringen sparades inte eftersom databasen misslyckades. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>%1 changed this client at %2; your change was added to theirs.</source>
        <translation>%1 ändrade den här klientens uppgifter kl. %2; din ändring lades till hens ändringar.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>%1 changed this pathway at %2; your change was added to theirs.</source>
        <translation>%1 ändrade den här servicestigen kl. %2; din ändring lades till hens ändringar.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>Someone else has changed the same details since; your change was not saved.</source>
        <translation>Någon annan har under tiden ändrat samma uppgifter; din ändring sparades inte.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>%1 changed the same details at %2; your change was not saved.</source>
        <translation>%1 ändrade samma uppgifter kl. %2; din ändring sparades inte.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>The change to %1 no longer fits what another worker saved; it was not made.</source>
        <translation>Ändringen av %1 passar inte längre ihop med det en annan arbetstagare sparade; den gjordes inte.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>%1 changed this pathway at %2; your change to %3 no longer fits, so it was not saved.</source>
        <translation>%1 ändrade den här servicestigen kl. %2; din ändring av %3 passar inte längre, så den sparades inte.</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>step “%1”</source>
        <translation>steget ”%1”</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>the transition from “%1” to “%2”</source>
        <translation>övergången från ”%1” till ”%2”</translation>
    </message>
    <message>
        <location filename="../../ui/document.py"/>
        <source>pathway “%1”</source>
        <translation>servicestigen ”%1”</translation>
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
        <translation>Radera %1 permanent?

Det här är för en klient som använder sin rätt till radering. Allt om klienten — uppgifter, servicestigar, nätverksmöten, samtycken — tas bort så att det inte kan återskapas ur databasen. Åtkomstloggen behåller bara att en radering gjordes, inte längre kopplad till klienten.

Detta kan inte ångras. Även Polkus egna säkerhetskopior skrivs om utan klienten.

För att ta bort en klient på vanligt sätt, använd i stället Ta bort klient.</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Erase client permanently</source>
        <translation>Radera klienten permanent</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Erasing %1 and everything about them…</source>
        <translation>Raderar %1 och allt om klienten…</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>%1 was erased permanently.</source>
        <translation>%1 raderades permanent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/erasure.py"/>
        <source>The client was erased. %n of Polku&apos;s backup copies could not be rewritten without them, so they were deleted:</source>
        <translation>
            <numerusform>Klienten raderades. %n av Polkus säkerhetskopior kunde inte skrivas om utan klienten, så den raderades:</numerusform>
            <numerusform>Klienten raderades. %n av Polkus säkerhetskopior kunde inte skrivas om utan klienten, så de raderades:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>The client was erased. Another program was using the database, so old copies of some of its pages may stay in the file until the next erasure or restore.</source>
        <translation>Klienten raderades. Ett annat program använde databasen, så gamla kopior av några av dess sidor kan finnas kvar i filen till nästa radering eller återställning.</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>The client was not erased.</source>
        <translation>Klienten raderades inte.</translation>
    </message>
</context>
<context>
    <name>ClientHeader</name>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Open client</source>
        <translation>Öppen klient</translation>
    </message>
    <message>
        <location filename="../../ui/client_details.py"/>
        <source>Client number and municipality</source>
        <translation>Klientnummer och kommun</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>%1 (pathway: %2)</source>
        <translation>%1 (servicestig: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>No active pathway</source>
        <translation>Ingen gällande servicestig</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>no active pathway</source>
        <translation>ingen gällande servicestig</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Search clients</source>
        <translation>Sök klienter</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Search by name, client number or municipality (%1)</source>
        <translation>Sök på namn, klientnummer eller kommun (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>New client…</source>
        <translation>Ny klient…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Create a new client (Ctrl+N)</source>
        <translation>Skapa en ny klient (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>No clients</source>
        <translation>Inga klienter</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Number of clients</source>
        <translation>Antal klienter</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Opening the clients…</source>
        <translation>Öppnar klienterna…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>Reading the clients again…</source>
        <translation>Läser in klienterna på nytt…</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>No client matches “%1”.</source>
        <translation>Ingen klient matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>No clients yet.
Create the first one with New client (Ctrl+N).</source>
        <translation>Inga klienter ännu.
Skapa den första med Ny klient (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>%1 of %2 clients</source>
        <translation>Klienter: %1 av %2</translation>
    </message>
    <message>
        <location filename="../../ui/client_list.py"/>
        <source>%1 clients</source>
        <translation>Klienter: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Connect %1 to…</source>
        <translation>Koppla %1 till…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Step to connect to</source>
        <translation>Steg att koppla till</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Kind of connection</source>
        <translation>Typ av koppling</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>the client moves on to it</source>
        <translation>klienten går vidare till det</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>runs alongside and supports it</source>
        <translation>löper parallellt och stöder det</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Formal referral (lähete)</source>
        <translation>Remiss (lähete)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Connect</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>From: %1</source>
        <translation>Från: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>There is no other step to connect to.</source>
        <translation>Det finns inget annat steg att koppla till.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>New consent</source>
        <translation>Nytt samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Givet:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>&amp;Expires on:</source>
        <translation>&amp;Upphör:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Leave empty when the consent does not expire</source>
        <translation>Lämna tomt om samtycket inte upphör</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Information may go to:</source>
        <translation>Uppgifter får lämnas till:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Write the date the client gave the consent.</source>
        <translation>Skriv datumet då klienten gav samtycket.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>The consent cannot expire (%1) before it is given (%2).</source>
        <translation>Samtycket kan inte upphöra (%1) innan det har getts (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Choose at least one sector the information may go to.</source>
        <translation>Välj minst en sektor som uppgifterna får lämnas till.</translation>
    </message>
</context>
<context>
    <name>ConsentsDialog</name>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Add a consent</source>
        <translation>Lägg till ett samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Edit the consent</source>
        <translation>Redigera samtycket</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>Remove the consent</source>
        <translation>Ta bort samtycket</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>from %1, no expiry</source>
        <translation>från %1, utan slutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/forms/consents.py"/>
        <source>This consent is named on %1 transition(s) of the pathway “%2”. Change those first.</source>
        <translation>Det här samtycket anges på %1 övergång(ar) på servicestigen ”%2”. Ändra dem först.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>Choose from a calendar</source>
        <translation>Välj i kalendern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>%1: choose from a calendar</source>
        <translation>%1: välj i kalendern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>There is no such day: %1.</source>
        <translation>Det finns ingen sådan dag: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>Write the date as day.month.year, for example 15.1.2026.</source>
        <translation>Skriv datumet som dag.månad.år, till exempel 15.1.2026.</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Files outside Polku&apos;s folder — backup copies you made, exports, prints — are yours: delete them yourself.</source>
        <translation>Filer utanför Polkus mapp — säkerhetskopior du gjort, exporter, utskrifter — är dina: radera dem själv.</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Erase client permanently</source>
        <translation>Radera klienten permanent</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Erasing %1 cannot be undone. To confirm, type their client number (%2) or their full name.</source>
        <translation>Raderingen av %1 kan inte ångras. Bekräfta genom att skriva klientnumret (%2) eller hela namnet.</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Client number or full name, to confirm</source>
        <translation>Klientnummer eller hela namnet, för att bekräfta</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>&amp;Client number or name:</source>
        <translation>&amp;Klientnummer eller namn:</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>&amp;Erase permanently</source>
        <translation>&amp;Radera permanent</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Erase permanently</source>
        <translation>Radera permanent</translation>
    </message>
    <message>
        <location filename="../../ui/erasure.py"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Export pathway</source>
        <translation>Exportera servicestigen</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>PDF, all pages in one file (for printing)</source>
        <translation>PDF, alla sidor i en fil (för utskrift)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>PNG images, one per page</source>
        <translation>PNG-bilder, en per sida</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>SVG drawings, one per page</source>
        <translation>SVG-ritningar, en per sida</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Pathway</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <location filename="../../ui/widgets.py"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Findings</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Choosing a finding selects its steps on the map. Enter on the six-month follow-up opens its form.</source>
        <translation>Att välja en iakttagelse markerar dess steg på kartan. Enter på sexmånadersuppföljningen öppnar dess formulär.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Su&amp;ggestions for unmet needs</source>
        <translation>&amp;Förslag för behov utan tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Press Enter to add the chosen service to the pathway as a planned step.</source>
        <translation>Tryck Enter för att lägga till den valda tjänsten på servicestigen som ett planerat steg.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>&amp;Add as a planned step</source>
        <translation>&amp;Lägg till som planerat steg</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Add the chosen suggestion as a planned step</source>
        <translation>Lägg till det valda förslaget som ett planerat steg</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Earlier clients after the selected step</source>
        <translation>Tidigare klienter efter det valda steget</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>No pathway on show.</source>
        <translation>Ingen servicestig visas.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>1 error</source>
        <translation>1 fel</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>%1 errors</source>
        <translation>%1 fel</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>1 warning</source>
        <translation>1 varning</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>%1 warnings</source>
        <translation>%1 varningar</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>No findings: no gaps, dead ends, overdue steps or consent problems.</source>
        <translation>Inga observationer: inga avbrott, återvändsgränder, försenade steg eller problem med samtycken.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Now at: %1</source>
        <translation>Nu i skedet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Suggested for need: %1 — %2</source>
        <translation>Förslag för behovet: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Every need of level 2 or 3 has a service in the pathway.</source>
        <translation>Varje behov på nivå 2 eller 3 har en tjänst på servicestigen.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Based on this team&apos;s records of earlier clients; not a recommendation for this client.</source>
        <translation>Bygger på teamets anteckningar om tidigare klienter; inte en rekommendation för den här klienten.</translation>
    </message>
    <message>
        <location filename="../../ui/findings.py"/>
        <source>Looking at earlier clients&apos; pathways…</source>
        <translation>Går igenom tidigare klienters servicestigar…</translation>
    </message>
</context>
<context>
    <name>FirstStepsDialog</name>
    <message>
        <location filename="../../ui/help.py"/>
        <source>First steps</source>
        <translation>Kom i gång</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Find a client: type part of the name in %1 (%2); accents need not be typed (hyvonen finds Hyvönen). Choose the client: their active pathway opens on the map, and %3 (%4) shows and edits the goal, needs, consents, team, participation and meetings.</source>
        <translation>Hitta en klient: skriv en del av namnet i %1 (%2); accenter behöver inte skrivas (hyvonen hittar Hyvönen). Välj klienten: hens aktiva servicestig öppnas på kartan, och %3 (%4) visar och redigerar målet, behoven, samtyckena, teamet, deltagandet och mötena.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Add a service: on the %1 tab beside the map, search for a service (the words professionals use work too: palkkatuki, TYP, työkokeilu) and press Enter, or drag it onto the map. It appears as a planned step in its sector&apos;s lane and its stage&apos;s column; the %2 tab edits its dates, provider and responsible person, and says next to a field what is wrong with it.</source>
        <translation>Lägg till en tjänst: sök efter en tjänst på fliken %1 bredvid kartan (de ord som yrkesfolk använder fungerar också: lönestöd, TYP, arbetsprövning) och tryck på Enter, eller dra den till kartan. Den blir ett planerat steg i sin sektors bana och sitt skedes kolumn; på fliken %2 redigeras dess datum, anordnare och ansvariga person, och bredvid ett fält står vad som är fel i det.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Connect two steps: select the earlier step and choose %1 (%2), or drag from the small handle on a card&apos;s right edge to the other card.</source>
        <translation>Koppla två steg: markera det tidigare steget och välj %1 (%2), eller dra från det lilla handtaget på kortets högra kant till det andra kortet.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Undo with %1 and redo with %2. There is no save button: every edit is already in the database.</source>
        <translation>Ångra med %1 och gör om med %2. Det finns ingen spara-knapp: varje ändring finns redan i databasen.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Checks: the %1 tab lists gaps, missing consents and unmet needs; choosing one shows its steps on the map.</source>
        <translation>Kontroller: fliken %1 räknar upp avbrott, saknade samtycken och otillgodosedda behov; väljer du en visas dess steg på kartan.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Print for the meeting with %1 (%2).</source>
        <translation>Skriv ut för mötet med %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Arrow keys move between steps, Enter or F2 opens the details of a step, Delete removes it (and Ctrl+Z brings it back); the %1 tab lists the pathway for screen readers. Every key: %2.</source>
        <translation>Piltangenterna flyttar mellan stegen, Enter eller F2 öppnar ett stegs detaljer och Delete tar bort det (Ctrl+Z tar tillbaka det); fliken %1 räknar upp servicestigen för skärmläsare. Alla tangenter: %2.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Six-month follow-up (ESF+)</source>
        <translation>Sexmånadersuppföljning (ESF+)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>%1 left the project on %2; the follow-up is due on %3.</source>
        <translation>%1 lämnade projektet %2; uppföljningen ska göras från och med %3.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>%1 has not left the project: there is nothing to follow up.</source>
        <translation>%1 har inte lämnat projektet: det finns inget att följa upp.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Record the leaving date in the participation form first.</source>
        <translation>Registrera först utträdesdagen i deltagarformuläret.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Write the date of the follow-up.</source>
        <translation>Skriv uppföljningens datum.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Choose the participant&apos;s situation six months after leaving.</source>
        <translation>Välj deltagarens situation sex månader efter utträdet.</translation>
    </message>
</context>
<context>
    <name>FollowUpFields</name>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Followed up &amp;on:</source>
        <translation>Uppföljning &amp;den:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Not recorded</source>
        <translation>Inte registrerad</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Situa&amp;tion six months after leaving:</source>
        <translation>Situa&amp;tion sex månader efter utträdet:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Yes, it improved</source>
        <translation>Ja, den förbättrades</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>No, it did not improve</source>
        <translation>Nej, den förbättrades inte</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Labour-market situation &amp;improved since entry:</source>
        <translation>Arbetsmarknadssituationen &amp;förbättrad sedan inträdet:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The follow-up is six months after leaving: write the leaving date first, or clear the follow-up.</source>
        <translation>Uppföljningen görs sex månader efter utträdet: skriv först utträdesdagen eller töm uppföljningen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Write the date of the follow-up.</source>
        <translation>Skriv uppföljningens datum.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The follow-up is due on %1, six months after leaving; %2 is before it.</source>
        <translation>Uppföljningen görs från och med %1, sex månader efter utträdet; %2 är före det.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Choose the participant&apos;s situation six months after leaving.</source>
        <translation>Välj deltagarens situation sex månader efter utträdet.</translation>
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
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>Error in %1</source>
        <translation>Fel i %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>Fields marked with * are required.</source>
        <translation>Fält markerade med * är obligatoriska.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>No goal recorded</source>
        <translation>Inget mål antecknat</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>In the client&apos;s own words, for example: work in a café or a bakery</source>
        <translation>Med klientens egna ord, till exempel: arbete på ett kafé eller ett bageri</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>&amp;Target date:</source>
        <translation>Mål&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/goal.py"/>
        <source>Choose what the goal is, or clear the description and the date.</source>
        <translation>Välj vad målet är, eller töm beskrivningen och datumet.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Inspector</source>
        <translation>Detaljer om urvalet</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Not saved yet: correct the fields marked below.</source>
        <translation>Inte sparat ännu: rätta fälten som är markerade nedan.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Select a step or an arrow on the map to see and edit it here.</source>
        <translation>Välj ett steg eller en pil på kartan för att se och redigera det här.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Details of the selection</source>
        <translation>Detaljer om urvalet</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Provider</source>
        <translation>Serviceproducent</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Organisation that provides it</source>
        <translation>Organisationen som ger tjänsten</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Provider</source>
        <translation>&amp;Serviceproducent</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>St&amp;atus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>S&amp;tart</source>
        <translation>&amp;Början</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;End</source>
        <translation>S&amp;lut</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Note</source>
        <translation>A&amp;nteckning</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Connect to…</source>
        <translation>Koppla till…</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Connect this step to another step</source>
        <translation>Koppla det här steget till ett annat steg</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Remove step</source>
        <translation>Ta bort steget</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Remove this step</source>
        <translation>Ta bort det här steget</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Formal referral (lähete)</source>
        <translation>Remiss (lähete)</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Formal referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Date of the transition</source>
        <translation>Datum för övergången</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Shared: %1</source>
        <translation>Lämnas ut: %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Information shared</source>
        <translation>Uppgifter som lämnas ut</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>&amp;Consent</source>
        <translation>Sa&amp;mtycke</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Remove connection</source>
        <translation>Ta bort kopplingen</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Remove this connection</source>
        <translation>Ta bort den här kopplingen</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Nothing selected</source>
        <translation>Inget är valt</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Several selected</source>
        <translation>Flera valda</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>%1 steps and %2 connections are selected. Press Delete to remove them, or select one to edit it.</source>
        <translation>Valda steg: %1 och kopplingar: %2. Tryck Delete för att ta bort dem, eller välj ett för att redigera det.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>— nobody named —</source>
        <translation>— ingen angiven —</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>%1 (no longer in the team)</source>
        <translation>%1 (inte längre i teamet)</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Add a team member…</source>
        <translation>Lägg till en teammedlem…</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Planned &amp;end</source>
        <translation>S&amp;lut (planerat)</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Planned end date</source>
        <translation>Planerat slutdatum</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Until when the step is planned or decided to run (a decision for a fixed period, a work trial agreed until a date). Leave it empty if there is none; when the step ends, mark it completed with the real end date.</source>
        <translation>Till när steget är planerat eller beslutat att pågå (ett beslut för en viss tid, en arbetsprövning som avtalats till ett visst datum). Lämna tomt om det inte finns något. När steget slutar, markera det som avslutat med det verkliga slutdatumet.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Until when the step is planned to run, if that is known. Leave it empty if it is not.</source>
        <translation>Till när steget är planerat att pågå, om det är känt. Lämna tomt om det inte är det.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>— no consent recorded —</source>
        <translation>— inget samtycke antecknat —</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Given %1: %2</source>
        <translation>Givet %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>(until %1)</source>
        <translation>(till %1)</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Information is shared but no consent is recorded for it.</source>
        <translation>Uppgifter lämnas ut men inget samtycke har antecknats för det.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>The client has no consents recorded yet.</source>
        <translation>Inga samtycken har ännu antecknats för klienten.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Write the date as day.month.year, for example 15.1.2026.</source>
        <translation>Skriv datumet som dag.månad.år, till exempel 15.1.2026.</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Add %1 to the team, responsible for %2</source>
        <translation>Lägg till %1 i teamet som ansvarig för %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Mark %1 as %2</source>
        <translation>Markera %1 som %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Edit dates of %1</source>
        <translation>Redigera datumen för %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Rename %1</source>
        <translation>Byt titel på %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Edit provider of %1</source>
        <translation>Redigera serviceproducenten för %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Change who is responsible for %1</source>
        <translation>Byt ansvarig för %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Edit note of %1</source>
        <translation>Redigera anteckningen för %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Change service of %1</source>
        <translation>Byt tjänst för %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Make %1 %2</source>
        <translation>Ändra typen för %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Edit connection %1</source>
        <translation>Redigera kopplingen %1</translation>
    </message>
</context>
<context>
    <name>KeepAsAgreedDialog</name>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Keep as agreed</source>
        <translation>Spara som överenskommen</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Keep “%1” as it is now as the plan agreed with the client. The kept version never changes; later changes are compared with it.</source>
        <translation>Spara ”%1” som den är nu som planen som överenskommits med klienten. Den sparade versionen ändras aldrig; senare ändringar jämförs med den.</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Agreed on</source>
        <translation>Överenskommen</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>No meeting</source>
        <translation>Inget möte</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Överenskommen:</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>At the &amp;meeting:</source>
        <translation>Vid &amp;mötet:</translation>
    </message>
    <message>
        <location filename="../../ui/agreed.py"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
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
        <translation>Servicestig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Choose a client from the list,
or create a new client (Ctrl+N).</source>
        <translation>Välj en klient i listan
eller skapa en ny klient (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>No client open</source>
        <translation>Ingen klient öppen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Panels</source>
        <translation>Paneler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Data location</source>
        <translation>Uppgifternas plats</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Status</source>
        <translation>Statusfält</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Show or hide client details</source>
        <translation>Visa eller dölj klientuppgifterna</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;New client…</source>
        <translation>&amp;Ny klient…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Create a new client</source>
        <translation>Skapa en ny klient</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Delete client…</source>
        <translation>&amp;Ta bort klient…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Delete the open client and everything about them</source>
        <translation>Ta bort den öppna klienten och alla uppgifter om klienten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>E&amp;rase client permanently…</source>
        <translation>&amp;Radera klienten permanent…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>The right to erasure: remove every trace of the open client from the database</source>
        <translation>Rätten till radering: ta bort alla spår av den öppna klienten ur databasen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Access log…</source>
        <translation>&amp;Åtkomstlogg…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Who has viewed, changed, printed or handed out the open client&apos;s data</source>
        <translation>Vem som har visat, ändrat, skrivit ut eller lämnat ut den öppna klientens uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>The database&apos;s backups: back up now, or restore one</source>
        <translation>Databasens säkerhetskopior: säkerhetskopiera nu eller återställ en</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Print the pathway</source>
        <translation>Skriv ut servicestigen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Export as PDF/PNG/SVG…</source>
        <translation>&amp;Exportera som PDF/PNG/SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Save the pathway as a PDF, PNG or SVG file</source>
        <translation>Spara servicestigen som en PDF-, PNG- eller SVG-fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Find client</source>
        <translation>&amp;Sök klient</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Search the client list</source>
        <translation>Sök i klientlistan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Basic details…</source>
        <translation>&amp;Grunduppgifter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Goal…</source>
        <translation>&amp;Mål…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Needs…</source>
        <translation>&amp;Behov…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Consents…</source>
        <translation>&amp;Samtycken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Participation (ESF+)…</source>
        <translation>&amp;Deltagande (ESF+)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Meetings…</source>
        <translation>&amp;Nätverksmöten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Client &amp;details</source>
        <translation>&amp;Klientuppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Show or hide the client&apos;s details</source>
        <translation>Visa eller dölj klientuppgifterna</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Refresh client list</source>
        <translation>Uppdatera klient&amp;listan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Read the clients again, with changes made on other workstations</source>
        <translation>Läs in klienterna igen, med ändringar gjorda på andra arbetsstationer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Caseload report…</source>
        <translation>&amp;Rapport om klientantal…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>The ESF+ figures, the stages and the moves between them, for a period</source>
        <translation>ESF+-siffrorna, skedena och övergångarna mellan dem, för en period</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Next &amp;pane</source>
        <translation>Nästa &amp;panel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Previous pa&amp;ne</source>
        <translation>&amp;Föregående panel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;First steps</source>
        <translation>&amp;Kom i gång</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>How to find a client, add services, connect and print (F1)</source>
        <translation>Så hittar du en klient, lägger till tjänster, kopplar och skriver ut (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Kor&amp;tkommandon</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Every key of the window</source>
        <translation>Alla fönstrets tangenter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;About Polku</source>
        <translation>&amp;Om Polku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Menu bar</source>
        <translation>Menyrad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Pathway</source>
        <translation>&amp;Servicestig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Reports</source>
        <translation>Ra&amp;pporter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>(the pathway editor is not available)</source>
        <translation>(redigeraren för servicestigen är inte tillgänglig)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>The database is read-only: you can look at the data, but nothing can be changed, printed or exported, and what you open is not recorded in the access log. Ask your support person for write access.</source>
        <translation>Databasen är skrivskyddad: du kan se uppgifterna, men ingenting kan ändras, skrivas ut eller exporteras, och det du öppnar antecknas inte i åtkomstloggen. Be din stödperson om skrivrätt.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Data: %1</source>
        <translation>Uppgifter: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Polku keeps its data in %1</source>
        <translation>Polku sparar sina uppgifter i %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Pathway editor</source>
        <translation>Redigerare för servicestigen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Opening the client…</source>
        <translation>Öppnar klienten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Open client</source>
        <translation>Öppna klient</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>That client is no longer in the database.</source>
        <translation>Klienten finns inte längre i databasen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>%1 – Polku</source>
        <translation>%1 – Polku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Client %1 created.</source>
        <translation>Klienten %1 har skapats.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit basic details</source>
        <translation>redigera grunduppgifterna</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit goal</source>
        <translation>redigera målet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit needs</source>
        <translation>redigera behoven</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit consents</source>
        <translation>redigera samtyckena</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit team</source>
        <translation>redigera teamet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit participation</source>
        <translation>redigera deltagandet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>record the six-month follow-up</source>
        <translation>registrera sexmånadersuppföljningen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>edit meetings</source>
        <translation>redigera nätverksmötena</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Delete client</source>
        <translation>Ta bort klient</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Delete %1 and everything about them: details, pathways, meetings?

This cannot be undone.</source>
        <translation>Ta bort %1 och alla uppgifter om klienten: uppgifter, servicestigar, nätverksmöten?

Detta kan inte ångras.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Client %1 deleted.</source>
        <translation>Klienten %1 har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>%1 has no pathway yet.</source>
        <translation>%1 har ingen servicestig ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Reading the clients again…</source>
        <translation>Läser in klienterna på nytt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Language set to %1.</source>
        <translation>Språket är nu %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>Connect to…</source>
        <translation>Koppla till…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>About Polku</source>
        <translation>Om Polku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>&lt;h3&gt;Polku&lt;/h3&gt;&lt;p&gt;Service pathways for multiprofessional work-ability teams: the client&apos;s pathway from assessment, rehabilitation and work activity to open employment or training, on one shared map.&lt;/p&gt;&lt;p&gt;The data stays in your organisation: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Polku&lt;/h3&gt;&lt;p&gt;Servicestigar för sektorsövergripande team för stöd till arbetsförmågan: klientens stig från bedömning, rehabilitering och arbetsverksamhet till den öppna arbetsmarknaden eller utbildning, på en gemensam karta.&lt;/p&gt;&lt;p&gt;Uppgifterna stannar i din organisation: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py"/>
        <source>(not open)</source>
        <translation>(inte öppnad)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>New meeting</source>
        <translation>Nytt nätverksmöte</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Meeting</source>
        <translation>Nätverksmöte</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Participants:</source>
        <translation>D&amp;eltagare:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Team members who took part</source>
        <translation>Teammedlemmar som deltog</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Not recorded</source>
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Client present:</source>
        <translation>&amp;Klienten närvarande:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Sammanfattning:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>One decision on each line</source>
        <translation>Ett beslut på varje rad</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>D&amp;ecisions:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Next review:</source>
        <translation>&amp;Nästa uppföljning:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>&amp;Keep the pathway as agreed at this meeting</source>
        <translation>Spara servicestigen som &amp;överenskommen vid det här mötet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Write the date of the meeting.</source>
        <translation>Skriv mötets datum.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>The next review (%1) cannot be before the meeting (%2).</source>
        <translation>Nästa uppföljning (%1) kan inte vara före mötet (%2).</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <location filename="../../ui/meeting_mode.py"/>
        <source>Meeting mode – Polku</source>
        <translation>Mötesvisning – Polku</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.py"/>
        <source>Meeting mode</source>
        <translation>Mötesvisning</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_mode.py"/>
        <source>→ next   ← back   Esc leave</source>
        <translation>→ framåt   ← bakåt   Esc avsluta</translation>
    </message>
</context>
<context>
    <name>MeetingsDialog</name>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Meetings</source>
        <translation>Nätverksmöten</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Add a meeting</source>
        <translation>Lägg till ett nätverksmöte</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Edit the meeting</source>
        <translation>Redigera nätverksmötet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>Remove the meeting</source>
        <translation>Ta bort nätverksmötet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/meetings.py"/>
        <source>(next review %1)</source>
        <translation>(nästa uppföljning %1)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Close the message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Assessed on</source>
        <translation>Bedömt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Not assessed</source>
        <translation>Inte bedömt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>%1: level</source>
        <translation>%1: nivå</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>%1: assessed on</source>
        <translation>%1: bedömt</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>%1: note</source>
        <translation>%1: anteckning</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>0 = no need, 1 = minor, 2 = moderate, 3 = major need.</source>
        <translation>0 = inget behov, 1 = litet, 2 = måttligt, 3 = stort behov.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/needs.py"/>
        <source>Choose a level, or clear the date and the note.</source>
        <translation>Välj en nivå, eller töm datumet och anteckningen.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>no date (e.g. %1)</source>
        <translation>inget datum (t.ex. %1)</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>Choose from a calendar</source>
        <translation>Välj i kalendern</translation>
    </message>
    <message>
        <location filename="../../ui/inspector.py"/>
        <source>%1: choose from a calendar</source>
        <translation>%1: välj i kalendern</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Participation (ESF+)</source>
        <translation>Deltagande (ESF+)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>On entry</source>
        <translation>Vid inträdet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>&amp;Entered the project on:</source>
        <translation>&amp;Kom in i projektet:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Not recorded</source>
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>&amp;Status on entry:</source>
        <translation>&amp;Status vid inträdet:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Not given</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>&amp;Gender:</source>
        <translation>K&amp;ön:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>As the participant gives it.</source>
        <translation>Som deltagaren själv anger det.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Ed&amp;ucation on entry:</source>
        <translation>Utb&amp;ildning vid inträdet:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The highest education completed.</source>
        <translation>Den högsta avslutade utbildningen.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Characteristics (special categories)</source>
        <translation>Egenskaper (särskilda kategorier)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>These are special categories of personal data. Record them only with the participant&apos;s consent, for the ESF+ report. They never appear on a print, the client copy, the meeting sheet or in meeting mode. If the participant was asked and did not want to answer, tick “Asked and declined”.</source>
        <translation>Detta är särskilda kategorier av personuppgifter. Registrera dem endast med deltagarens samtycke, för ESF+-rapporten. De syns aldrig på utskrifter, klientens exemplar, mötesbladet eller i mötesvisningen. Om deltagaren tillfrågades och inte ville svara, kryssa för ”Tillfrågad, avböjde”.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Asked and &amp;declined</source>
        <translation>Tillfrågad, &amp;avböjde</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Asked and declined</source>
        <translation>Tillfrågad, avböjde</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>On leaving</source>
        <translation>Vid utträdet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>&amp;Left the project on:</source>
        <translation>&amp;Lämnade projektet:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Situation on &amp;leaving:</source>
        <translation>Situation vid &amp;utträdet:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>&amp;Qualification gained on leaving:</source>
        <translation>K&amp;valifikation vid utträdet:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Six months after leaving</source>
        <translation>Sex månader efter utträdet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The follow-up is due six months after leaving.</source>
        <translation>Uppföljningen görs sex månader efter utträdet.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The follow-up is due on %1.</source>
        <translation>Uppföljningen görs från och med %1.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Write the date the client entered the project.</source>
        <translation>Skriv datumet då klienten kom in i projektet.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Choose the client&apos;s labour-market status on entry.</source>
        <translation>Välj klientens ställning på arbetsmarknaden vid inträdet.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>The client cannot leave (%1) before entering the project (%2).</source>
        <translation>Klienten kan inte lämna projektet (%1) innan hen kommit in i det (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Choose the client&apos;s situation on leaving, or clear the leaving date.</source>
        <translation>Välj klientens situation vid utträdet, eller töm datumet för utträdet.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>Write the date the client left, or set the situation on leaving to not recorded.</source>
        <translation>Skriv datumet då klienten lämnade projektet, eller ange situationen vid utträdet som ”Inte antecknat”.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/participation.py"/>
        <source>A qualification is gained on leaving: write the leaving date first, or set this to not recorded.</source>
        <translation>En kvalifikation registreras vid utträdet: skriv först utträdesdagen eller välj ”Inte registrerad”.</translation>
    </message>
</context>
<context>
    <name>PathwayEditor</name>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway editor</source>
        <translation>Redigerare för servicestigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway map</source>
        <translation>Karta över servicestigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Arrow keys move between the steps, Enter edits the selected one. The same pathway is in the Steps list.</source>
        <translation>Piltangenterna flyttar mellan stegen, Enter redigerar det valda. Samma servicestig finns i listan Steg.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Tidy up</source>
        <translation>O&amp;rdna korten</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Put every card back where the automatic layout places it</source>
        <translation>Flytta tillbaka varje kort dit den automatiska layouten placerar det</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Anpassa till fönstret</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Show &amp;empty lanes</source>
        <translation>Visa tomma &amp;banor</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Show every sector&apos;s lane at full height (empty ones are thin)</source>
        <translation>Visa varje sektors bana i full höjd (tomma är smala)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Stages</source>
        <translation>&amp;Skeden</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Time&amp;line</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Add step…</source>
        <translation>&amp;Lägg till steg…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Choose a service to add as a planned step (Insert)</source>
        <translation>Välj en tjänst att lägga till som ett planerat steg (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Connect to…</source>
        <translation>K&amp;oppla till…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Connect the selected step to another step (Ctrl+L)</source>
        <translation>Koppla det valda steget till ett annat steg (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Remove the selected steps or arrows</source>
        <translation>Ta bort de valda stegen eller pilarna</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Edit selected</source>
        <translation>&amp;Redigera det valda</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Edit the selected step or arrow in the inspector (F2)</source>
        <translation>Redigera det valda steget eller den valda pilen i detaljpanelen (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>C&amp;hecks and suggestions</source>
        <translation>K&amp;ontroller och förslag</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Show the pathway&apos;s findings and suggestions beside the map (F8)</source>
        <translation>Visa servicestigens observationer och förslag bredvid kartan (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;New pathway…</source>
        <translation>&amp;Ny servicestig…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Copy as a draft…</source>
        <translation>&amp;Kopiera som utkast…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Rename pathway…</source>
        <translation>&amp;Byt namn på servicestigen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Make &amp;active</source>
        <translation>&amp;Gör gällande</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>C&amp;lose pathway</source>
        <translation>&amp;Avsluta servicestigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Back to the pathway now</source>
        <translation>Tillbaka till servicestigen nu</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Mötesvisning</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Show the pathway full screen for the meeting room, in plain language (F11)</source>
        <translation>Visa servicestigen i helskärm för mötesrummet, på lättläst språk (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Keep as agreed…</source>
        <translation>Spara som ö&amp;verenskommen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Keep the pathway as it is now as the plan agreed with the client</source>
        <translation>Spara servicestigen som den är nu som planen som överenskommits med klienten</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway tools</source>
        <translation>Verktyg för servicestigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>&amp;Pathway:</source>
        <translation>&amp;Servicestig:</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathways</source>
        <translation>Servicestigar</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway commands</source>
        <translation>Kommandon för servicestigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Details, services, steps and checks</source>
        <translation>Detaljer, tjänster, steg och kontroller</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Panels beside the map</source>
        <translation>Paneler bredvid kartan</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Create a pathway</source>
        <translation>Skapa en servicestig</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>This pathway is closed: it is kept for the record. Make it active to work on it again.</source>
        <translation>Den här servicestigen är avslutad: den sparas som dokumentation. Gör den gällande för att arbeta med den igen.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Open a client to see their service pathway.</source>
        <translation>Öppna en klient för att se klientens servicestig.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 has no service pathway yet.</source>
        <translation>%1 har ingen servicestig ännu.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Create a pathway first.</source>
        <translation>Skapa en servicestig först.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Unknown service.</source>
        <translation>Okänd tjänst.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Connect %1 → %2</source>
        <translation>Koppla %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Remove connection %1 → %2</source>
        <translation>Ta bort kopplingen %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Remove %1 items</source>
        <translation>Ta bort %1 objekt</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>the connection %1 → %2</source>
        <translation>kopplingen %1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 items</source>
        <translation>%1 objekt</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Removed: %1. %2 (Edit → Undo) brings it back.</source>
        <translation>Borttaget: %1. %2 (Redigera → Ångra) tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Move card</source>
        <translation>Flytta kortet</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Move %1 cards</source>
        <translation>Flytta %1 kort</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Tidy up</source>
        <translation>Ordna korten</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Kept as agreed on %1.</source>
        <translation>Sparad som överenskommen %1.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>The plan as agreed on %1, read-only. Back to the pathway now: Esc.</source>
        <translation>Planen som den överenskoms %1, skrivskyddad. Tillbaka till servicestigen nu: Esc.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1: new, changed and gone steps are marked. Back to the pathway now: Esc.</source>
        <translation>%1: nya, ändrade och borttagna steg är markerade. Tillbaka till servicestigen nu: Esc.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>An agreed version cannot be changed. Back to the pathway now: Esc.</source>
        <translation>En överenskommen version kan inte ändras. Tillbaka till servicestigen nu: Esc.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Checks (%1)</source>
        <translation>Kontroller (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Errors: %1, warnings: %2</source>
        <translation>Fel: %1, varningar: %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Select one step first, then choose Connect to…</source>
        <translation>Välj först ett steg och sedan Koppla till…</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Add another step to connect to first.</source>
        <translation>Lägg först till ett annat steg att koppla till.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>This step is already connected with every other step.</source>
        <translation>Det här steget är redan kopplat till alla andra steg.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>New pathway</source>
        <translation>Ny servicestig</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Title of the new pathway:</source>
        <translation>Namnet på den nya servicestigen:</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Pathway %1</source>
        <translation>Servicestig %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Copy as a draft</source>
        <translation>Kopiera som utkast</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Title of the copy:</source>
        <translation>Kopians namn:</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 (alternative)</source>
        <translation>%1 (alternativ)</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Rename pathway</source>
        <translation>Byt namn på servicestigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>New title:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>New pathway %1</source>
        <translation>Ny servicestig %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Copy %1 as %2</source>
        <translation>Kopiera %1 som %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Rename pathway %1 to %2</source>
        <translation>Byt namn på servicestigen %1 till %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Make %1 the active pathway</source>
        <translation>Gör %1 till gällande servicestig</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 is now the active pathway. %2 became a draft (an alternative you can make active again).</source>
        <translation>%1 är nu den gällande servicestigen. %2 blev ett utkast (ett alternativ som du kan göra gällande igen).</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 is now the active pathway.</source>
        <translation>%1 är nu den gällande servicestigen.</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>Close pathway %1</source>
        <translation>Avsluta servicestigen %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor.py"/>
        <source>%1 is closed. It is kept for the record; you can make it active again.</source>
        <translation>%1 är avslutad. Den sparas som dokumentation; du kan göra den gällande igen.</translation>
    </message>
</context>
<context>
    <name>PathwayList</name>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>Steps of the pathway</source>
        <translation>Servicestigens steg</translation>
    </message>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>The pathway&apos;s steps in reading order; the transitions that leave a step are listed under it</source>
        <translation>Servicestigens steg i läsordning; övergångarna från ett steg listas under det</translation>
    </message>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>no dates</source>
        <translation>utan datum</translation>
    </message>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>referral</source>
        <translation>remiss</translation>
    </message>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>shares %1</source>
        <translation>lämnar ut: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pathway_list.py"/>
        <source>%1 to %2, %3</source>
        <translation>%1 till %2, %3</translation>
    </message>
</context>
<context>
    <name>PathwayScene</name>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>no dates</source>
        <translation>utan datum</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Provider: %1</source>
        <translation>Serviceproducent: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>responsible %1</source>
        <translation>ansvarig %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Formal referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Information shared: %1</source>
        <translation>Utlämnade uppgifter: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Consent given %1 (%2)</source>
        <translation>Samtycke givet %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>No consent recorded for this transfer</source>
        <translation>Inget samtycke har antecknats för den här överföringen</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Goal: not set yet (open labour market or training)</source>
        <translation>Mål: inte angivet ännu (öppna arbetsmarknaden eller utbildning)</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>R</source>
        <comment>mark on an arrow for a formal referral (Finnish: L, lähete)</comment>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Without dates</source>
        <translation>Utan datum</translation>
    </message>
    <message>
        <location filename="../../ui/canvas.py"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>PrintOptionsWidget</name>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>A4 landscape</source>
        <translation>A4 liggande</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>A3 landscape</source>
        <translation>A3 liggande</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Stages</source>
        <translation>Skeden</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Pseudonymised (no name)</source>
        <translation>Pseudonymiserad (inget namn)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>The client is shown as a code such as “Asiakas 7F3K”; no part of the name is printed.</source>
        <translation>Klienten visas som en kod, till exempel ”Klient 7F3K”; ingen del av namnet skrivs ut.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Client copy in plain language</source>
        <translation>Klientens exemplar på lättläst språk</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Large type, fewer details and what happens next in short sentences.</source>
        <translation>Större text, färre detaljer och vad som händer härnäst i korta meningar.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Meeting sheet</source>
        <translation>Mötesblad</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Adds a page of ongoing and planned steps, open findings and the latest decisions.</source>
        <translation>Lägger till en sida med pågående och planerade steg, öppna observationer och de senaste besluten.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>View</source>
        <translation>Vy</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Printing failed (%1).</source>
        <translation>Utskriften misslyckades (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Print pathway</source>
        <translation>Skriv ut servicestigen</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Print status</source>
        <translation>Utskriftsstatus</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Pathway</source>
        <translation>Servicestig</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Preparing the pages…</source>
        <translation>Förbereder sidorna…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/printing.py"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/printing.py"/>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
</context>
<context>
    <name>RecordListDialog</name>
    <message>
        <location filename="../../ui/forms/lists.py"/>
        <source>Error in %1</source>
        <translation>Fel i %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms/lists.py"/>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/lists.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/lists.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>ServicePalette</name>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Search services…</source>
        <translation>Sök tjänster…</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Search services</source>
        <translation>Sök tjänster</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Type part of a service&apos;s name, then press Down to choose from the list</source>
        <translation>Skriv en del av tjänstens namn och tryck sedan på nedåtpilen för att välja i listan</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Press Enter to add the service as a planned step, or drag it onto the map</source>
        <translation>Tryck Enter för att lägga till tjänsten som ett planerat steg, eller dra den till kartan</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>Drag a service onto the map, or select it and press Enter.</source>
        <translation>Dra en tjänst till kartan, eller välj den och tryck Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/palette.py"/>
        <source>No service matches the search.</source>
        <translation>Ingen tjänst matchar sökningen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>The new language is used from the next start of Polku.</source>
        <translation>Det nya språket används från nästa gång Polku startas.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>First name Last name</source>
        <translation>Förnamn Efternamn</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Recorded with the changes you make, so that the team can see who did what.</source>
        <translation>Antecknas med ändringarna du gör, så att teamet ser vem som gjorde vad.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py"/>
        <source>The name cannot contain control characters.</source>
        <translation>Namnet får inte innehålla styrtecken.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>On the map and in the lists</source>
        <translation>På kartan och i listorna</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Move between steps</source>
        <translation>Flytta mellan stegen</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Arrow keys, Home, End</source>
        <translation>Piltangenterna, Home, End</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Open the details of the selected step</source>
        <translation>Öppna det markerade stegets detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Enter or F2</source>
        <translation>Enter eller F2</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Remove the selected steps or arrows</source>
        <translation>Ta bort de markerade stegen eller pilarna</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Add a service (the search of the services)</source>
        <translation>Lägg till en tjänst (sökningen bland tjänsterna)</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>From a search box to its list</source>
        <translation>Från en sökruta till dess lista</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Down</source>
        <translation>Nedåtpil</translation>
    </message>
    <message>
        <location filename="../../ui/help.py"/>
        <source>Close a dialog without saving</source>
        <translation>Stäng en dialog utan att spara</translation>
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
        <translation>Databasen kunde inte öppnas: %1.

%2

Den lämnades precis som den var.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The newest sound backup was taken %1. Restore it and open it? The file that could not be opened is kept beside it, so nothing is lost.

Choose No to quit without changing anything.</source>
        <translation>Den senaste felfria säkerhetskopian togs %1. Återställa och öppna den? Filen som inte kunde öppnas sparas bredvid, så ingenting går förlorat.

Välj Nej för att avsluta utan att ändra något.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Polku</source>
        <translation>Polku</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The backup taken %1 was restored.</source>
        <translation>Säkerhetskopian från %1 återställdes.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The file that could not be opened is kept as %1.</source>
        <translation>Filen som inte kunde öppnas sparas som %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The backup could not be restored.</source>
        <translation>Säkerhetskopian kunde inte återställas.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Add a team member</source>
        <translation>Lägg till en teammedlem</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Edit the team member</source>
        <translation>Redigera teammedlemmen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Remove the team member</source>
        <translation>Ta bort teammedlemmen</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>%1 is responsible for %2 step(s) and took part in %3 meeting(s). Change those first.</source>
        <translation>%1 ansvarar för %2 steg och har deltagit i %3 möte(n). Ändra dem först.</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>New team member</source>
        <translation>Ny teammedlem</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>For example: job coach, social worker</source>
        <translation>Till exempel: arbetstränare, socialarbetare</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Choose a sector</source>
        <translation>Välj en sektor</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Write the team member&apos;s name.</source>
        <translation>Skriv teammedlemmens namn.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Write the team member&apos;s role.</source>
        <translation>Skriv teammedlemmens roll.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Choose the sector the team member works in.</source>
        <translation>Välj den sektor där teammedlemmen arbetar.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>Write a phone number with digits, for example 040 123 4567.</source>
        <translation>Skriv ett telefonnummer med siffror, till exempel 040 123 4567.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/team.py"/>
        <source>This does not look like an email address (name@example.fi).</source>
        <translation>Det här ser inte ut som en e-postadress (namn@exempel.fi).</translation>
    </message>
</context>
<context>
    <name>access_log</name>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Viewed</source>
        <translation>Visade</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Created</source>
        <translation>Skapade</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Deleted</source>
        <translation>Tog bort</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Printed</source>
        <translation>Skrev ut</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Handed out (exported)</source>
        <translation>Lämnade ut (exporterade)</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Imported</source>
        <translation>Importerade</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Erased</source>
        <translation>Raderade permanent</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Restored from a backup</source>
        <translation>Återställde från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Backed up</source>
        <translation>Säkerhetskopierade</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Checked the pathway</source>
        <translation>Kontrollerade servicestigen</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>The client&apos;s data</source>
        <translation>Klientens uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Access request</source>
        <translation>Begäran om insyn</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Pathway “%1”</source>
        <translation>Servicestig ”%1”</translation>
    </message>
    <message>
        <location filename="../../ui/access_log.py"/>
        <source>Pathway %1</source>
        <translation>Servicestig %1</translation>
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
        <translation>Något gick fel (%1), och den senaste åtgärden kanske inte slutfördes. Det som sparades före den finns kvar.

Om det här händer igen, berätta för din stödperson vad du höll på med.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py"/>
        <source>The database could not be opened.</source>
        <translation>Databasen kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py"/>
        <source>Password for %1:</source>
        <translation>Lösenord till %1:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py"/>
        <source>The password was not accepted.</source>
        <translation>Lösenordet godtogs inte.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py"/>
        <source>Polku is already open on this database; it was brought to the front.</source>
        <translation>Polku är redan öppet med den här databasen; det togs fram.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Before an upgrade of Polku</source>
        <translation>Före en uppgradering av Polku</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Automatic (hourly)</source>
        <translation>Automatisk (varje timme)</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Taken with “Back up now”</source>
        <translation>Tagen med ”Säkerhetskopiera nu”</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py"/>
        <source>The automatic backup was not taken: %1</source>
        <translation>Den automatiska säkerhetskopian togs inte: %1</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>This cannot be empty.</source>
        <translation>Det här får inte vara tomt.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>At most %1 characters; now %2.</source>
        <translation>Högst %1 tecken; nu %2.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>Remove the control characters (invisible characters that came with a paste).</source>
        <translation>Ta bort styrtecknen (osynliga tecken som kom med när du klistrade in).</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py"/>
        <source>Remove the broken characters that came with a paste.</source>
        <translation>Ta bort de trasiga tecknen som kom med när du klistrade in.</translation>
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
        <translation>Något gick fel (%1). Ingenting ändrades.</translation>
    </message>
</context>
</TS>
