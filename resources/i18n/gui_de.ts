<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Plan a move from technical IT work into project management: dated, costed and printable. Offline and private: no account, no network connections.</source>
        <translation>Planen Sie den Wechsel aus der technischen IT ins Projektmanagement: mit Terminen, Kosten und druckbar. Offline und privat: kein Konto, keine Netzwerkverbindungen.</translation>
    </message>
    <message>
        <source>Catalog %1. Prices carry their source and date; unverified ones say &lt;i&gt;check with issuer&lt;/i&gt;.</source>
        <translation>Katalog %1. Preise nennen Quelle und Datum; ungeprüfte tragen den Hinweis &lt;i&gt;beim Anbieter prüfen&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Licences: the planner, MIT. Qt and PySide6, LGPL v3. reportlab, BSD. sqlite-utils, Apache 2.0. DejaVu fonts, Bitstream Vera licence. JSON Resume schema, MIT.</source>
        <translation>Lizenzen: der Planer, MIT. Qt und PySide6, LGPL v3. reportlab, BSD. sqlite-utils, Apache 2.0. DejaVu-Schriften, Bitstream-Vera-Lizenz. JSON-Resume-Schema, MIT.</translation>
    </message>
    <message>
        <source>About Career Transition Planner</source>
        <translation>Über Career Transition Planner</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Über die Person</translation>
    </message>
    <message>
        <source>Only the name is needed; everything can be changed later on the Profile page.</source>
        <translation>Nur der Name ist nötig; alles lässt sich später auf der Seite Profil ändern.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>e.g. Network engineer, IT service manager</source>
        <translation>z. B. Netzwerktechniker, IT-Service-Manager</translation>
    </message>
    <message>
        <source>Current &amp;role</source>
        <translation>&amp;Aktuelle Rolle</translation>
    </message>
    <message>
        <source>City, state or country</source>
        <translation>Stadt, Bundesland oder Land</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Used to find local PMI chapters and job ads.</source>
        <translation>Dient zur Suche nach lokalen PMI-Chaptern und Stellenanzeigen.</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>W&amp;ohnsitzland</translation>
    </message>
    <message>
        <source>e.g. cohort-1</source>
        <translation>z. B. kohorte-1</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>Optional, separated by commas.</source>
        <translation>Optional, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Plan notice</source>
        <translation>Hinweis zum Plan</translation>
    </message>
</context>
<context>
    <name>BudgetVerdict</name>
    <message>
        <source>within budget</source>
        <translation>im Budget</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>über Budget</translation>
    </message>
    <message>
        <source>may not fit</source>
        <translation>passt evtl. nicht</translation>
    </message>
</context>
<context>
    <name>CatalogItems</name>
    <message>
        <source>%1 (you have %2, the track needs %3)</source>
        <translation>%1 (Sie haben %2, die Richtung verlangt %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Closes your gaps in %1.</source>
        <translation>Schließt Ihre Lücken in %1.</translation>
    </message>
    <message>
        <source>Also raises %1 (no gap of yours there).</source>
        <translation>Hebt außerdem %1 (dort haben Sie keine Lücke).</translation>
    </message>
    <message>
        <source>Raises %1 (no gap of yours there).</source>
        <translation>Hebt %1 (dort haben Sie keine Lücke).</translation>
    </message>
    <message>
        <source>Raises no competency the planner tracks.</source>
        <translation>Stärkt keine Kompetenz, die der Planer verfolgt.</translation>
    </message>
    <message>
        <source>%1 for %2 members</source>
        <translation>%1 für Mitglieder von %2</translation>
    </message>
    <message>
        <source>%1, %2 level.</source>
        <translation>%1, Stufe %2.</translation>
    </message>
    <message>
        <source>Exam %1.</source>
        <translation>Prüfung %1.</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Nothing matches: try fewer or shorter words.</source>
        <translation>Keine Treffer: Versuchen Sie es mit weniger oder kürzeren Wörtern.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>%1 hours of study or work</source>
        <translation>%1 Stunden Lernen oder Arbeit</translation>
    </message>
    <message>
        <source>Cost and time</source>
        <translation>Kosten und Zeit</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Add a step from the catalog</source>
        <translation>Schritt aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Choose a certification or activity to pin to the plan. It stays in every re-plan until you unpin it.</source>
        <translation>Wählen Sie eine Zertifizierung oder Aktivität, die fest in den Plan soll. Sie bleibt bei jeder Neuplanung enthalten, bis Sie sie wieder lösen.</translation>
    </message>
    <message>
        <source>Search names, codes, issuers, descriptions</source>
        <translation>Namen, Codes, Anbieter, Beschreibungen durchsuchen</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>Katalogeinträge</translation>
    </message>
    <message>
        <source>Why, cost and sources of the chosen item</source>
        <translation>Begründung, Kosten und Quellen des gewählten Eintrags</translation>
    </message>
    <message>
        <source>Pin to plan</source>
        <translation>Im Plan festhalten</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogUpdateDialog</name>
    <message>
        <source>Re-plan affected people later</source>
        <translation>Betroffene Personen später neu planen</translation>
    </message>
    <message>
        <source>The catalog was updated</source>
        <translation>Der Katalog wurde aktualisiert</translation>
    </message>
    <message>
        <source>A newer catalog came with this version of the planner. These are its changes for your people&apos;s plans. Progress is kept, and no plan was changed: re-plan a person to use the new prices and rules.</source>
        <translation>Mit dieser Version des Planers kam ein neuerer Katalog. Hier sehen Sie, was sich dadurch für die Pläne Ihrer Personen ändert. Der Fortschritt bleibt erhalten, und kein Plan wurde geändert: Planen Sie eine Person neu, um die neuen Preise und Regeln zu übernehmen.</translation>
    </message>
    <message>
        <source>Catalog changes</source>
        <translation>Katalogänderungen</translation>
    </message>
</context>
<context>
    <name>ClientListDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Aktuelle Rolle</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Target track</source>
        <translation>Zielrichtung</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>Import client list — %1</source>
        <translation>Klientenliste importieren — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1. Choose what each column holds; only Name is needed (hours a week default to 5). Every row is checked before anyone is added, and everyone is added together or not at all.</source>
        <translation>
            <numerusform>%n Zeile in %1. Wählen Sie, was jede Spalte enthält; nur der Name ist nötig (Stunden pro Woche sind standardmäßig 5). Jede Zeile wird geprüft, bevor jemand angelegt wird, und alle werden gemeinsam angelegt oder gar nicht.</numerusform>
            <numerusform>%n Zeilen in %1. Wählen Sie, was jede Spalte enthält; nur der Name ist nötig (Stunden pro Woche sind standardmäßig 5). Jede Zeile wird geprüft, bevor jemand angelegt wird, und alle werden gemeinsam angelegt oder gar nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client list preview</source>
        <translation>Vorschau der Klientenliste</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Was Spalte %1 enthält</translation>
    </message>
    <message>
        <source>e.g. spring-2027 (comma-separated)</source>
        <translation>z. B. frühjahr-2027 (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Tags for everyone</source>
        <translation>Tags für alle</translation>
    </message>
    <message>
        <source>Tag everyone:</source>
        <translation>Alle taggen:</translation>
    </message>
    <message>
        <source>Problem with the list</source>
        <translation>Problem mit der Liste</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n person(s)</source>
        <translation>
            <numerusform>%n Person &amp;hinzufügen</numerusform>
            <numerusform>%n Personen &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Two columns are set to %1: choose one.</source>
        <translation>Zwei Spalten stehen auf %1: Wählen Sie eine.</translation>
    </message>
    <message>
        <source>Choose the column that holds each client&apos;s name.</source>
        <translation>Wählen Sie die Spalte mit dem Namen der Klienten.</translation>
    </message>
    <message>
        <source>%1. Fix the file (or the column choices) and try again.</source>
        <translation>%1. Korrigieren Sie die Datei (oder die Spaltenwahl) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Import client list</source>
        <translation>Klientenliste importieren</translation>
    </message>
    <message>
        <source>Client lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Klientenlisten (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The client list could not be read</source>
        <translation>Die Klientenliste konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Adding clients…</source>
        <translation>Klienten werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled; nobody was added</source>
        <translation>Import abgebrochen; niemand wurde hinzugefügt</translation>
    </message>
    <message>
        <source>The client list could not be imported</source>
        <translation>Die Klientenliste konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Added %1 from the client list</source>
        <translation>%1 aus der Klientenliste hinzugefügt</translation>
    </message>
</context>
<context>
    <name>CoachPrices</name>
    <message>
        <source>A currency is a three-letter code such as USD or EUR.</source>
        <translation>Eine Währung ist ein Code aus drei Buchstaben wie USD oder EUR.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Catalog price</source>
        <translation>Katalogpreis</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Festgelegt am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your prices</source>
        <translation>Ihre Preise</translation>
    </message>
    <message>
        <source>Your price replaces the catalog&apos;s in every plan (re-plan to use it); plans mark it as your own figure. Prices are counted in totals only in the plan currency.</source>
        <translation>Ihr Preis ersetzt in jedem Plan den Katalogpreis (neu planen, um ihn zu übernehmen); Pläne kennzeichnen ihn als Ihre eigene Angabe. In Summen zählen nur Preise in der Planwährung.</translation>
    </message>
    <message>
        <source>The price could not be saved</source>
        <translation>Der Preis konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Your steps</source>
        <translation>Ihre Schritte</translation>
    </message>
    <message>
        <source>Workshops and courses of your own. They appear in the Roadmap&apos;s Add from catalog list, and a person&apos;s plan includes them once pinned.</source>
        <translation>Eigene Workshops und Kurse. Sie erscheinen im Fahrplan unter „Aus Katalog hinzufügen“ und gehören zum Plan einer Person, sobald sie dort festgehalten sind.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Än&amp;dern…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>The step could not be saved</source>
        <translation>Der Schritt konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>CoachSettingsDialog</name>
    <message>
        <source>Each person&apos;s own</source>
        <translation>Die Währung der jeweiligen Person</translation>
    </message>
    <message>
        <source>Coach settings</source>
        <translation>Coach-Einstellungen</translation>
    </message>
    <message>
        <source>Coach name</source>
        <translation>Name des Coachs</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo-Vorschau</translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>Logo &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>Logo &amp;entfernen</translation>
    </message>
    <message>
        <source>Plan currency</source>
        <translation>Planwährung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>A coach with clients</source>
        <translation>Coach mit Klienten</translation>
    </message>
    <message>
        <source>Planning my own move</source>
        <translation>Ich plane meinen eigenen Wechsel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The app&apos;s language; it applies the next time the app starts.</source>
        <translation>Die Sprache der App; sie gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Coach &amp;name:</source>
        <translation>&amp;Name des Coachs:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Plan &amp;currency:</source>
        <translation>Plan&amp;währung:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Name, organisation and logo print on the cover of every plan. Plans total their costs in each person&apos;s own currency unless you choose one for every plan here; prices the issuer does not publish in it are converted at a dated rate and marked so.</source>
        <translation>Name, Organisation und Logo stehen auf dem Deckblatt jedes Plans. Pläne rechnen ihre Kosten in der Währung der jeweiligen Person, außer Sie wählen hier eine für alle Pläne; Preise, die der Anbieter darin nicht veröffentlicht, werden zu einem datierten Kurs umgerechnet und so gekennzeichnet.</translation>
    </message>
    <message>
        <source>&amp;Printouts and mode</source>
        <translation>&amp;Ausdrucke und Modus</translation>
    </message>
    <message>
        <source>Your p&amp;rices</source>
        <translation>Ihre &amp;Preise</translation>
    </message>
    <message>
        <source>Your &amp;steps</source>
        <translation>Ihre &amp;Schritte</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Logo set (no preview)</source>
        <translation>Logo gesetzt (keine Vorschau)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The logo cannot be used</source>
        <translation>Das Logo kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as USD or EUR.</source>
        <translation>Eine Währung ist ein Code aus drei Buchstaben, etwa USD oder EUR.</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Export cohort</source>
        <translation>Kohorte exportieren</translation>
    </message>
    <message>
        <source>Tag of the cohort</source>
        <translation>Tag der Kohorte</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>A PDF plan for each person</source>
        <translation>Einen PDF-Plan für jede Person</translation>
    </message>
    <message>
        <source>A calendar (.ics) for each person</source>
        <translation>Einen Kalender (.ics) für jede Person</translation>
    </message>
    <message>
        <source>Folder to write to</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>Schreiben:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Each file is also put in one ZIP in the same folder, ready to send.</source>
        <translation>Jede Datei landet außerdem in einem ZIP im selben Ordner, fertig zum Versenden.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Nobody has a tag yet: tag people to form a cohort.</source>
        <translation>Noch niemand hat ein Tag: Vergeben Sie Tags, um eine Kohorte zu bilden.</translation>
    </message>
    <message>
        <source>Export cohort to</source>
        <translation>Kohorte exportieren nach</translation>
    </message>
    <message>
        <source>The cohort could not be exported</source>
        <translation>Die Kohorte konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 werden geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wrote %1 to %2 and %3</source>
        <translation>%1 in %2 und %3 geschrieben</translation>
    </message>
    <message>
        <source>Cohort export cancelled; the files already written stay, no ZIP was written</source>
        <translation>Kohortenexport abgebrochen; bereits geschriebene Dateien bleiben, es wurde kein ZIP erstellt</translation>
    </message>
</context>
<context>
    <name>CountryPacksDialog</name>
    <message>
        <source>Country packs</source>
        <translation>Länderpakete</translation>
    </message>
    <message>
        <source>Country packs in use</source>
        <translation>Verwendete Länderpakete</translation>
    </message>
    <message>
        <source>&amp;Import pack…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Remove your pack</source>
        <translation>Eigenes Paket &amp;entfernen</translation>
    </message>
    <message>
        <source>Each country&apos;s credentials, bodies, chapters, local prices and exchange rates. Your own pack (a checked JSON file) replaces the shipped one for your plans.</source>
        <translation>Nachweise, Fachverbände, Chapter, lokale Preise und Wechselkurse je Land. Ihr eigenes Paket (eine geprüfte JSON-Datei) ersetzt für Ihre Pläne das mitgelieferte.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihres</translation>
    </message>
    <message>
        <source>yours (replaces shipped)</source>
        <translation>Ihres (ersetzt das mitgelieferte)</translation>
    </message>
    <message>
        <source>Import country pack</source>
        <translation>Länderpaket importieren</translation>
    </message>
    <message>
        <source>Country packs (*.json)</source>
        <translation>Länderpakete (*.json)</translation>
    </message>
    <message>
        <source>Import %1 (%2) pack</source>
        <translation>Paket %1 (%2) importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The country pack was not imported</source>
        <translation>Das Länderpaket wurde nicht importiert</translation>
    </message>
    <message>
        <source>Remove your %1 (%2) pack</source>
        <translation>Ihr Paket %1 (%2) entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The country pack was not removed</source>
        <translation>Das Länderpaket wurde nicht entfernt</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more month(s)</source>
        <translation>
            <numerusform>%n weiterer Monat</numerusform>
            <numerusform>%n weitere Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsEditor</name>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Add credentia&amp;l</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>No credentials yet. Press Add credential for each certification you hold.</source>
        <translation>Noch keine Nachweise. Drücken Sie für jede Zertifizierung, die Sie besitzen, auf „Nachweis hinzufügen“.</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>retired %1</source>
        <translation>eingestellt am %1</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <source>: successors %1</source>
        <translation>: Nachfolger %1</translation>
    </message>
    <message>
        <source>type a credential name</source>
        <translation>Namen des Nachweises eingeben</translation>
    </message>
    <message>
        <source>not in catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>%1 was %2. The plan counts what it proved and maps it to its successors.</source>
        <translation>%1 wurde %2. Der Plan rechnet an, was damit nachgewiesen wurde, und ordnet es den Nachfolgern zu.</translation>
    </message>
    <message>
        <source>Date earned, YYYY-MM-DD (optional)</source>
        <translation>Erwerbsdatum, JJJJ-MM-TT (optional)</translation>
    </message>
    <message>
        <source>Kept on the profile, but not counted toward any competency.</source>
        <translation>Bleibt im Profil, zählt aber für keine Kompetenz.</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>Datum nicht angegeben</translation>
    </message>
    <message>
        <source>Earned date not changed. %1</source>
        <translation>Erwerbsdatum nicht geändert. %1</translation>
    </message>
    <message>
        <source>Edit date of %1</source>
        <translation>Datum von %1 ändern</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Certifications held (optional)</source>
        <translation>Vorhandene Zertifizierungen (optional)</translation>
    </message>
    <message>
        <source>What you have already earned is not planned again, and it can meet the prerequisites of the next steps.</source>
        <translation>Was Sie bereits erworben haben, wird nicht erneut eingeplant und kann Voraussetzungen für die nächsten Schritte erfüllen.</translation>
    </message>
    <message>
        <source>Start typing, e.g. ITIL, Network+, AZ-104</source>
        <translation>Tippen Sie los, z. B. ITIL, Network+, AZ-104</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Earned on</source>
        <translation>Erworben am</translation>
    </message>
    <message>
        <source>The date it was earned is known</source>
        <translation>Das Erwerbsdatum ist bekannt</translation>
    </message>
    <message>
        <source>Date earned</source>
        <translation>Erwerbsdatum</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the certification</source>
        <translation>Zertifizierung hinzufügen</translation>
    </message>
    <message>
        <source>Certifications held</source>
        <translation>Vorhandene Zertifizierungen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Remove the selected certification</source>
        <translation>Gewählte Zertifizierung entfernen</translation>
    </message>
    <message>
        <source>&amp;Certification:</source>
        <translation>Z&amp;ertifizierung:</translation>
    </message>
    <message>
        <source>In the catalog: %1</source>
        <translation>Im Katalog: %1</translation>
    </message>
    <message>
        <source>Not in the catalog: kept as written, not used for planning.</source>
        <translation>Nicht im Katalog: wird wie eingegeben gespeichert, aber nicht für die Planung genutzt.</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 steht schon in der Liste.</translation>
    </message>
    <message>
        <source>That date is in the future; list it once it is earned.</source>
        <translation>Dieses Datum liegt in der Zukunft; tragen Sie die Zertifizierung ein, sobald Sie sie haben.</translation>
    </message>
    <message>
        <source> (earned %1)</source>
        <translation> (erworben %1)</translation>
    </message>
</context>
<context>
    <name>DataExports</name>
    <message>
        <source>From %1. An import cannot be undone; the automatic backups keep the data as it was.</source>
        <translation>Aus %1. Ein Import lässt sich nicht rückgängig machen; die automatischen Sicherungen bewahren den bisherigen Stand.</translation>
    </message>
    <message>
        <source>Import person bundle</source>
        <translation>Personenpaket importieren</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Keep %1 current?</source>
        <translation>%1 aktuell halten?</translation>
    </message>
    <message>
        <source>Kept current, the file is written again after every re-plan, so a calendar app subscribed to it always shows the current plan. Exams and booking dates remind you a week ahead, exams also the day before.</source>
        <translation>Aktuell gehalten wird die Datei nach jeder Neuplanung neu geschrieben, sodass eine Kalender-App, die sie abonniert hat, immer den aktuellen Plan zeigt. An Prüfungen und Buchungstermine werden Sie eine Woche vorher erinnert, an Prüfungen auch am Vortag.</translation>
    </message>
    <message>
        <source>Remind me 15 minutes before each study block</source>
        <translation>15 Minuten vor jedem Lernblock erinnern</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Aktuell halten</translation>
    </message>
    <message>
        <source>Write once</source>
        <translation>Einmal schreiben</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>&amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>Write milestones, exam dates and weekly study blocks for a calendar app</source>
        <translation>Meilensteine, Prüfungstermine und wöchentliche Lernblöcke für eine Kalender-App schreiben</translation>
    </message>
    <message>
        <source>Export pro&amp;gress (CSV)…</source>
        <translation>Fortschri&amp;tt exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Write the plan&apos;s steps and their progress as a spreadsheet file</source>
        <translation>Die Schritte des Plans und ihren Fortschritt als Tabellendatei schreiben</translation>
    </message>
    <message>
        <source>Export &amp;hand-out to edit (Word or Markdown)…</source>
        <translation>&amp;Handout zum Bearbeiten exportieren (Word oder Markdown)…</translation>
    </message>
    <message>
        <source>Write the plan with the printed plan&apos;s sections as a Word or Markdown file to adapt</source>
        <translation>Den Plan mit den Abschnitten des gedruckten Plans als Word- oder Markdown-Datei zum Anpassen schreiben</translation>
    </message>
    <message>
        <source>Export as &amp;JSON Resume…</source>
        <translation>Als &amp;JSON Resume exportieren…</translation>
    </message>
    <message>
        <source>Write this person&apos;s CV data (role, skills, certificates, projects) as a JSON Resume</source>
        <translation>Die Lebenslaufdaten dieser Person (Rolle, Kompetenzen, Zertifikate, Projekte) als JSON Resume schreiben</translation>
    </message>
    <message>
        <source>Export person &amp;bundle…</source>
        <translation>Personen&amp;paket exportieren…</translation>
    </message>
    <message>
        <source>Write everything about this person to one file, to move them to another computer</source>
        <translation>Alles über diese Person in eine Datei schreiben, um sie auf einen anderen Computer zu übertragen</translation>
    </message>
    <message>
        <source>Export c&amp;ohort…</source>
        <translation>K&amp;ohorte exportieren…</translation>
    </message>
    <message>
        <source>Write a PDF plan or a calendar for everyone with a tag, and a ZIP of them all</source>
        <translation>Für alle mit einem Tag einen PDF-Plan oder einen Kalender schreiben, dazu ein ZIP mit allen</translation>
    </message>
    <message>
        <source>I&amp;mport person bundle…</source>
        <translation>Personenpaket i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Add a person from a bundle file, or merge it into the same person without duplicates</source>
        <translation>Eine Person aus einer Paketdatei hinzufügen oder ohne Dubletten mit derselben Person zusammenführen</translation>
    </message>
    <message>
        <source>career plan</source>
        <translation>Karriereplan</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be exported</source>
        <translation>Der Kalender konnte nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n Meilenstein</numerusform>
            <numerusform>%n Meilensteine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly study block(s)</source>
        <translation>
            <numerusform>%n wöchentlicher Lernblock</numerusform>
            <numerusform>%n wöchentliche Lernblöcke</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar written to %1: %2 and %3; kept current after every re-plan</source>
        <translation>Kalender nach %1 geschrieben: %2 und %3; wird nach jeder Neuplanung aktualisiert</translation>
    </message>
    <message>
        <source>Calendar written to %1: %2 and %3</source>
        <translation>Kalender nach %1 geschrieben: %2 und %3</translation>
    </message>
    <message>
        <source>Hand-out written to %1 (Markdown); edit it before you share it</source>
        <translation>Handout nach %1 geschrieben (Markdown); bearbeiten Sie es, bevor Sie es weitergeben</translation>
    </message>
    <message>
        <source>Hand-out written to %1 (Word); edit it before you share it</source>
        <translation>Handout nach %1 geschrieben (Word); bearbeiten Sie es, bevor Sie es weitergeben</translation>
    </message>
    <message>
        <source>Export hand-out to edit</source>
        <translation>Handout zum Bearbeiten exportieren</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;Markdown (*.md)</source>
        <translation>Word-Dokumente (*.docx);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>The hand-out could not be exported</source>
        <translation>Das Handout konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>JSON Resume written to %1</source>
        <translation>JSON Resume nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Export as JSON Resume</source>
        <translation>Als JSON Resume exportieren</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>JSON Resume files (*.json)</source>
        <translation>JSON-Resume-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The JSON Resume could not be exported</source>
        <translation>Das JSON Resume konnte nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress written to %1 (%2)</source>
        <translation>Fortschritt nach %1 geschrieben (%2)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt exportieren</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>The progress could not be exported</source>
        <translation>Der Fortschritt konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export person bundle</source>
        <translation>Personenpaket exportieren</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Person bundles (*.json)</source>
        <translation>Personenpakete (*.json)</translation>
    </message>
    <message>
        <source>The person bundle could not be exported</source>
        <translation>Das Personenpaket konnte nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n Plan</numerusform>
            <numerusform>%n Pläne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 written to %2 (%3, %4)</source>
        <translation>%1 nach %2 geschrieben (%3, %4)</translation>
    </message>
    <message>
        <source>Person bundles (*.json);;All files (*)</source>
        <translation>Personenpakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>Import abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>The person bundle could not be imported</source>
        <translation>Das Personenpaket konnte nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Earned date</source>
        <translation>Erwerbsdatum</translation>
    </message>
    <message>
        <source>Optional; write it as YYYY-MM-DD</source>
        <translation>Optional; im Format JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Name the project to add it.</source>
        <translation>Geben Sie dem Projekt einen Namen, um es hinzuzufügen.</translation>
    </message>
    <message>
        <source>The start date is in the future: add a project once it has started.</source>
        <translation>Das Startdatum liegt in der Zukunft: Fügen Sie ein Projekt erst hinzu, wenn es begonnen hat.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <source>Add a project you led</source>
        <translation>Geleitetes Projekt hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Data-centre migration</source>
        <translation>z. B. Rechenzentrumsumzug</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>e.g. Project lead</source>
        <translation>z. B. Projektleitung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Ongoing</source>
        <translation>Läuf&amp;t noch</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>Still leading it: its months count up to today</source>
        <translation>Sie leiten es noch: Die Monate zählen bis heute</translation>
    </message>
    <message>
        <source>&amp;Add project</source>
        <translation>Pro&amp;jekt hinzufügen</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Problem with the project</source>
        <translation>Problem mit dem Projekt</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pr&amp;ojekt</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Bi&amp;s</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Correct the input and try again; nothing else was changed.</source>
        <translation>Korrigieren Sie die Eingabe und versuchen Sie es erneut; sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1).</source>
        <translation>Etwas Unerwartetes ist schiefgegangen (%1).</translation>
    </message>
    <message>
        <source>Your saved data is safe. The details are in the log file; please report them.</source>
        <translation>Ihre gespeicherten Daten sind sicher. Die Einzelheiten stehen in der Protokolldatei; bitte melden Sie sie.</translation>
    </message>
</context>
<context>
    <name>ExperiencePage</name>
    <message>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source>Rough numbers are fine: they decide which certifications are in reach.</source>
        <translation>Grobe Werte genügen: Sie entscheiden, welche Zertifizierungen in Reichweite sind.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>&amp;Years in IT</source>
        <translation>&amp;Jahre in der IT</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>&amp;Months leading projects</source>
        <translation>&amp;Monate Projektleitung</translation>
    </message>
    <message>
        <source>Leading, not only taking part, in the last 8 years.</source>
        <translation>Als Leitung, nicht nur als Mitarbeit, in den letzten 8 Jahren.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>PM e&amp;ducation</source>
        <translation>&amp;PM-Weiterbildung</translation>
    </message>
    <message>
        <source>Hours of project-management training.</source>
        <translation>Stunden Weiterbildung im Projektmanagement.</translation>
    </message>
    <message>
        <source>Highest ed&amp;ucation</source>
        <translation>&amp;Höchster Abschluss</translation>
    </message>
    <message>
        <source>Months leading projects</source>
        <translation>Monate Projektleitung</translation>
    </message>
    <message>
        <source>Months toward the PMP rule</source>
        <translation>Monate für die PMP-Regel</translation>
    </message>
    <message>
        <source>PMP eligibility</source>
        <translation>PMP-Zulassung</translation>
    </message>
    <message>
        <source>PMP experience rule</source>
        <translation>PMP-Erfahrungsregel</translation>
    </message>
    <message>
        <source>PMP education hours</source>
        <translation>PMP-Weiterbildungsstunden</translation>
    </message>
    <message>
        <source>Contact hours of PM education</source>
        <translation>Kontaktstunden PM-Weiterbildung</translation>
    </message>
    <message>
        <source>CAPM education hours</source>
        <translation>CAPM-Weiterbildungsstunden</translation>
    </message>
    <message>
        <source>Project management education</source>
        <translation>Weiterbildung im Projektmanagement</translation>
    </message>
    <message>
        <source>The plan is out of date</source>
        <translation>Der Plan ist veraltet</translation>
    </message>
    <message>
        <source>Re-plan from toda&amp;y</source>
        <translation>Ne&amp;u planen</translation>
    </message>
    <message>
        <source>Re-plan from today</source>
        <translation>Ab heute neu planen</translation>
    </message>
    <message>
        <source>Projects you led</source>
        <translation>Geleitete Projekte</translation>
    </message>
    <message>
        <source>Ledger columns</source>
        <translation>Spalten des Nachweises</translation>
    </message>
    <message>
        <source>No projects recorded yet. Add the projects you have led below: their months count toward the PMP&apos;s experience rule.</source>
        <translation>Noch keine Projekte erfasst. Tragen Sie unten die Projekte ein, die Sie geleitet haben: Ihre Monate zählen für die Erfahrungsregel der PMP.</translation>
    </message>
    <message>
        <source>Projects you &amp;led</source>
        <translation>&amp;Geleitete Projekte</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lös&amp;chen…</translation>
    </message>
    <message>
        <source>Delete the selected project</source>
        <translation>Gewähltes Projekt löschen</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>Choose a person to record the projects they have led.</source>
        <translation>Wählen Sie eine Person, um die von ihr geleiteten Projekte zu erfassen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The ledger changed since the plan was made: the plan counts %1 from it, the ledger now adds %2. Re-plan so the dates and the experience steps use the new months.</source>
        <translation>Der Erfahrungsnachweis hat sich seit der Planerstellung geändert: Der Plan rechnet %1 daraus an, jetzt sind es %2. Planen Sie neu, damit Termine und Erfahrungsschritte die neuen Monate nutzen.</translation>
    </message>
    <message>
        <source>The project could not be added</source>
        <translation>Das Projekt konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Delete “%1” from the experience ledger?

Its months stop counting toward the PMP. You can undo this.</source>
        <translation>„%1“ aus dem Erfahrungsnachweis löschen?

Seine Monate zählen dann nicht mehr für die PMP. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>The project could not be deleted</source>
        <translation>Das Projekt konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The plan could not be updated</source>
        <translation>Der Plan konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The experience page could not be updated</source>
        <translation>Die Seite Erfahrung konnte nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>ExperienceStatus</name>
    <message>
        <source>With a secondary diploma, the PMP needs %1 leading projects</source>
        <translation>Mit Sekundarabschluss verlangt die PMP %1 Projektleitung</translation>
    </message>
    <message>
        <source>With an associate degree, the PMP needs %1 leading projects</source>
        <translation>Mit Kurzstudium (Associate Degree) verlangt die PMP %1 Projektleitung</translation>
    </message>
    <message>
        <source>With a four-year degree, the PMP needs %1 leading projects</source>
        <translation>Mit vierjährigem Studienabschluss verlangt die PMP %1 Projektleitung</translation>
    </message>
    <message>
        <source>With a master&apos;s degree, the PMP needs %1 leading projects</source>
        <translation>Mit Masterabschluss verlangt die PMP %1 Projektleitung</translation>
    </message>
    <message>
        <source>With a doctorate, the PMP needs %1 leading projects</source>
        <translation>Mit Promotion verlangt die PMP %1 Projektleitung</translation>
    </message>
    <message>
        <source>%1 from the profile + %2 from the ledger (distinct months in the last 8 years) = %3</source>
        <translation>%1 aus dem Profil + %2 aus dem Erfahrungsnachweis (verschiedene Monate der letzten 8 Jahre) = %3</translation>
    </message>
    <message>
        <source>PMP eligibility: reached</source>
        <translation>PMP-Zulassung: erreicht</translation>
    </message>
    <message>
        <source>PMP eligibility: no plan yet</source>
        <translation>PMP-Zulassung: noch kein Plan</translation>
    </message>
    <message>
        <source>PMP eligibility from %1 in the plan</source>
        <translation>PMP-Zulassung laut Plan ab %1</translation>
    </message>
    <message>
        <source>%1 leading projects, counted from the plan&apos;s start on %2.</source>
        <translation>%1 Projektleitung, gezählt ab Planbeginn am %2.</translation>
    </message>
    <message>
        <source>; %1 to go</source>
        <translation>; noch %1</translation>
    </message>
    <message>
        <source> (no education given in the profile, so the stricter rule applies)</source>
        <translation> (kein Abschluss im Profil angegeben, daher gilt die strengere Regel)</translation>
    </message>
    <message>
        <source>%1-hour PM education: met (%2)</source>
        <translation>%1 Stunden PM-Weiterbildung: erfüllt (%2)</translation>
    </message>
    <message>
        <source>%1-hour PM education: met by holding the CAPM</source>
        <translation>%1 Stunden PM-Weiterbildung: durch die CAPM erfüllt</translation>
    </message>
    <message>
        <source>%1-hour PM education: %2 of %1 hours, %3 to go (or hold the CAPM, which replaces them)</source>
        <translation>%1 Stunden PM-Weiterbildung: %2 von %1 Stunden, noch %3 (oder die CAPM, die sie ersetzt)</translation>
    </message>
    <message>
        <source>CAPM: already held</source>
        <translation>CAPM: bereits vorhanden</translation>
    </message>
    <message>
        <source>CAPM&apos;s %1 hours: met (%2)</source>
        <translation>%1 Stunden für die CAPM: erfüllt (%2)</translation>
    </message>
    <message>
        <source>CAPM&apos;s %1 hours: %2 of %1, %3 to go</source>
        <translation>%1 Stunden für die CAPM: %2 von %1, noch %3</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Career Transition Planner</source>
        <translation>Willkommen bei Career Transition Planner</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>The planner turns where you are today into a dated, costed plan toward project management. Everything stays on this computer; there is no account.</source>
        <translation>Der Planer macht aus Ihrem heutigen Stand einen Plan mit Terminen und Kosten für den Weg ins Projektmanagement. Alles bleibt auf diesem Computer; es gibt kein Konto.</translation>
    </message>
    <message>
        <source>How will you use it?</source>
        <translation>Wie möchten Sie ihn nutzen?</translation>
    </message>
    <message>
        <source>I&apos;m planning my &amp;own move</source>
        <translation>Ich plane meinen &amp;eigenen Wechsel</translation>
    </message>
    <message>
        <source>I&apos;m a &amp;coach with clients</source>
        <translation>Ich bin &amp;Coach mit Klienten</translation>
    </message>
    <message>
        <source>One person, one plan: the people list stays out of the way.</source>
        <translation>Eine Person, ein Plan: Die Personenliste bleibt ausgeblendet.</translation>
    </message>
    <message>
        <source>Many people, with tags, session notes and branded printouts.</source>
        <translation>Viele Personen, mit Tags, Sitzungsnotizen und Ausdrucken mit Ihrem Logo.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Start with a &amp;demo person</source>
        <translation>Mit einer &amp;Beispielperson beginnen</translation>
    </message>
    <message>
        <source>Dana, a service delivery manager moving into infrastructure PM: a full plan to explore in seconds. She is tagged &apos;demo&apos;; delete her whenever you like.</source>
        <translation>Dana, Service Delivery Managerin auf dem Weg ins Infrastruktur-Projektmanagement: ein vollständiger Plan zum Erkunden in Sekunden. Sie trägt das Tag „demo“; löschen Sie sie, wann immer Sie möchten.</translation>
    </message>
    <message>
        <source>&amp;Set up my profile</source>
        <translation>Mein Profil ein&amp;richten</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Vorerst &amp;überspringen</translation>
    </message>
    <message>
        <source>Start with an empty list; File › New person adds someone later.</source>
        <translation>Mit leerer Liste beginnen; Datei › Neue Person legt später jemanden an.</translation>
    </message>
    <message>
        <source>Add my &amp;first client</source>
        <translation>Meinen ersten &amp;Klienten anlegen</translation>
    </message>
    <message>
        <source>A few short questions (about two minutes); everything can be changed later.</source>
        <translation>Ein paar kurze Fragen (etwa zwei Minuten); alles lässt sich später ändern.</translation>
    </message>
    <message>
        <source>The planner could not finish setting up</source>
        <translation>Der Planer konnte die Einrichtung nicht abschließen</translation>
    </message>
</context>
<context>
    <name>FitCard</name>
    <message>
        <source>Readiness %1% · answer the questionnaire to add your preferences</source>
        <translation>Bereitschaft %1 % · beantworten Sie den Fragebogen, um Ihre Vorlieben einzubeziehen</translation>
    </message>
    <message>
        <source>Readiness %1% · preference %2% (weighted %3/%4)</source>
        <translation>Bereitschaft %1 % · Vorliebe %2 % (gewichtet %3/%4)</translation>
    </message>
    <message>
        <source>%1 fit</source>
        <translation>Eignung %1</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>%1 fit score</source>
        <translation>Eignungswert %1</translation>
    </message>
    <message>
        <source>%1 fit score bar</source>
        <translation>Balken Eignungswert %1</translation>
    </message>
    <message>
        <source>Reasons for the %1 score</source>
        <translation>Gründe für den Wert von %1</translation>
    </message>
    <message>
        <source>Plan for this track</source>
        <translation>Hierfür planen</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Für %1 planen</translation>
    </message>
    <message>
        <source>Make %1 the target track and re-plan from today</source>
        <translation>%1 zur Zielrichtung machen und ab heute neu planen</translation>
    </message>
    <message>
        <source>★ Your target track</source>
        <translation>★ Ihr Ziel</translation>
    </message>
    <message>
        <source>Best fit</source>
        <translation>Beste Eignung</translation>
    </message>
    <message>
        <source>Your plan&apos;s track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>%1 of 100.</source>
        <translation>%1 von 100.</translation>
    </message>
</context>
<context>
    <name>FitPage</name>
    <message>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>C&amp;lear answers</source>
        <translation>An&amp;tworten löschen</translation>
    </message>
    <message>
        <source>Clear questionnaire answers</source>
        <translation>Antworten im Fragebogen löschen</translation>
    </message>
    <message>
        <source>Q&amp;uestions</source>
        <translation>Fra&amp;gen</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Fit results</source>
        <translation>Ergebnisse der Eignung</translation>
    </message>
    <message>
        <source>Fit views</source>
        <translation>Ansichten zur Eignung</translation>
    </message>
    <message>
        <source>Fit &amp;questionnaire</source>
        <translation>Frageb&amp;ogen</translation>
    </message>
    <message>
        <source>Co&amp;mpare tracks</source>
        <translation>&amp;Richtungen vergleichen</translation>
    </message>
    <message>
        <source>Choose a person to answer the questionnaire and compare tracks.</source>
        <translation>Wählen Sie eine Person, um den Fragebogen zu beantworten und Richtungen zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>„%1“ beantworten</translation>
    </message>
    <message>
        <source>The answer could not be saved</source>
        <translation>Die Antwort konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The answers could not be cleared</source>
        <translation>Die Antworten konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Für %1 planen</translation>
    </message>
    <message>
        <source>The plan for %1 could not be made</source>
        <translation>Der Plan für %1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Re-planned for %1 from today; the Roadmap and Gaps tabs show it. The earlier plan is kept in the history.</source>
        <translation>Ab heute für %1 neu geplant; die Reiter Fahrplan und Lücken zeigen ihn. Der bisherige Plan bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>The fit could not be updated</source>
        <translation>Die Eignung konnte nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>FitResults</name>
    <message>
        <source>Fit per track</source>
        <translation>Eignung je Richtung</translation>
    </message>
    <message>
        <source>The score blends readiness (how many of the track&apos;s competency targets you already meet, %1%) with your questionnaire answers (%2%). It updates as you answer.</source>
        <translation>Der Wert verbindet die Bereitschaft (wie viele Kompetenzziele der Richtung Sie schon erfüllen, %1 %) mit Ihren Antworten im Fragebogen (%2 %). Er ändert sich, während Sie antworten.</translation>
    </message>
    <message>
        <source>Planning status</source>
        <translation>Planungsstatus</translation>
    </message>
</context>
<context>
    <name>GanttLegend</name>
    <message>
        <source>Exam date</source>
        <translation>Prüfungstermin</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Plan start</source>
        <translation>Planbeginn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>Legende des Zeitplans</translation>
    </message>
    <message>
        <source>Patterns and marks: %1.</source>
        <translation>Muster und Markierungen: %1.</translation>
    </message>
</context>
<context>
    <name>GanttWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1: %2 planned</source>
        <translation>Woche ab %1: %2 geplant</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1: book by %2, sit by %3</source>
        <translation>%1: buchen bis %2, ablegen bis %3</translation>
    </message>
    <message>
        <source>No steps to show.</source>
        <translation>Keine Schritte vorhanden.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; %4 done, %5 in progress; %6; today is %7. Up and Down choose a step; Ctrl+plus and Ctrl+minus zoom; Ctrl+0 fits the plan.</source>
        <translation>%1 von %2 bis %3; %4 erledigt, %5 in Arbeit; %6; heute ist der %7. Pfeil hoch und runter wählen einen Schritt; Strg+Plus und Strg+Minus zoomen; Strg+0 zeigt den ganzen Plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n exam date(s)</source>
        <translation>
            <numerusform>%n Prüfungstermin</numerusform>
            <numerusform>%n Prüfungstermine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Ausgewählt: %1.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Today · plan start</source>
        <translation>Heute · Planbeginn</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Plan start</source>
        <translation>Planbeginn</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <source>You have</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>The plan reaches</source>
        <translation>Mit Plan</translation>
    </message>
    <message>
        <source>The track needs</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Gap chart</source>
        <translation>Lückendiagramm</translation>
    </message>
    <message>
        <source>%1: you have %2, the track needs %3</source>
        <translation>%1: Sie haben %2, die Richtung verlangt %3</translation>
    </message>
    <message>
        <source>, the plan reaches %1</source>
        <translation>, der Plan erreicht %1</translation>
    </message>
    <message>
        <source>Gaps to close (%1)</source>
        <translation>Zu schließende Lücken (%1)</translation>
    </message>
    <message>
        <source>Already met (%1)</source>
        <translation>Bereits erfüllt (%1)</translation>
    </message>
    <message>
        <source>No competencies to show yet.</source>
        <translation>Noch keine Kompetenzen vorhanden.</translation>
    </message>
    <message>
        <source>%1: you have %2, the track needs %3.</source>
        <translation>%1: Sie haben %2, die Richtung verlangt %3.</translation>
    </message>
    <message>
        <source>The plan reaches %1.</source>
        <translation>Der Plan erreicht %1.</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>Begründung: %1</translation>
    </message>
</context>
<context>
    <name>GapLegend</name>
    <message>
        <source>Gap chart legend</source>
        <translation>Legende des Lückendiagramms</translation>
    </message>
    <message>
        <source>Solid bar: the level you have. Hatched bar: the level the plan reaches. Outline with a tick: the level the track needs.</source>
        <translation>Voller Balken: Ihre vorhandene Stufe. Schraffierter Balken: die Stufe, die der Plan erreicht. Umriss mit Strich: die Stufe, die die Richtung verlangt.</translation>
    </message>
</context>
<context>
    <name>GapsPage</name>
    <message>
        <source>done %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>exam %1</source>
        <translation>Prüfung am %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>You meet every competency target of this track.</source>
        <translation>Sie erfüllen alle Kompetenzziele dieser Richtung.</translation>
    </message>
    <message>
        <source>The track&apos;s one competency is below its target; the plan closes %2 of it.</source>
        <translation>Die einzige Kompetenz der Richtung liegt unter dem Ziel; der Plan schließt %2 davon.</translation>
    </message>
    <message>
        <source>1 of %1 competencies is below the track&apos;s target; the plan closes %2 of them.</source>
        <translation>1 von %1 Kompetenzen liegt unter dem Ziel der Richtung; der Plan schließt %2 davon.</translation>
    </message>
    <message>
        <source>%3 of %1 competencies are below the track&apos;s target; the plan closes %2 of them.</source>
        <translation>%3 von %1 Kompetenzen liegen unter dem Ziel der Richtung; der Plan schließt %2 davon.</translation>
    </message>
    <message>
        <source>Awareness: picked up working alongside the team</source>
        <translation>Grundverständnis: kommt mit der Arbeit im Team</translation>
    </message>
    <message>
        <source>The plan reaches %1; the rest comes with PM work</source>
        <translation>Der Plan erreicht %1; der Rest kommt mit der Arbeit im Projektmanagement</translation>
    </message>
    <message>
        <source>Comes with project management work</source>
        <translation>Kommt mit der Arbeit im Projektmanagement</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Gap summary</source>
        <translation>Überblick über die Lücken</translation>
    </message>
    <message>
        <source>Gap chart area</source>
        <translation>Bereich des Lückendiagramms</translation>
    </message>
    <message>
        <source>Competency, then the steps that raise it</source>
        <translation>Kompetenz und ihre Schritte</translation>
    </message>
    <message>
        <source>Level or date</source>
        <translation>Stufe oder Datum</translation>
    </message>
    <message>
        <source>Steps that close each gap</source>
        <translation>Schritte, die jede Lücke schließen</translation>
    </message>
    <message>
        <source>Columns of the steps list</source>
        <translation>Spalten der Schrittliste</translation>
    </message>
    <message>
        <source>&amp;What closes each gap</source>
        <translation>&amp;Was jede Lücke schließt</translation>
    </message>
    <message>
        <source>Have vs &amp;need per competency, largest gaps first</source>
        <translation>Vorhanden und benötigt je &amp;Kompetenz, größte Lücken zuerst</translation>
    </message>
    <message>
        <source>Choose a person to see the gaps between where they are and the track.</source>
        <translation>Wählen Sie eine Person, um die Lücken zwischen ihrem Stand und der Richtung zu sehen.</translation>
    </message>
    <message>
        <source>Gaps for %1</source>
        <translation>Lücken für %1</translation>
    </message>
    <message>
        <source>Have vs &amp;need per competency, largest gaps first. Levels: %1.</source>
        <translation>Vorhanden und benötigt je &amp;Kompetenz, größte Lücken zuerst. Stufen: %1.</translation>
    </message>
    <message>
        <source>The gaps could not be shown</source>
        <translation>Die Lücken konnten nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>name or alias</source>
        <translation>Name oder Alias</translation>
    </message>
    <message>
        <source>another form of it</source>
        <translation>andere Schreibweise</translation>
    </message>
    <message>
        <source>close match: check</source>
        <translation>ähnlich: bitte prüfen</translation>
    </message>
    <message>
        <source>Import person</source>
        <translation>Person importieren</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Noch keine Datei gewählt</translation>
    </message>
    <message>
        <source>Source file or folder</source>
        <translation>Quelldatei oder -ordner</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose a JSON Resume or LinkedIn ZIP file</source>
        <translation>Eine JSON-Resume- oder LinkedIn-ZIP-Datei wählen</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose an unzipped LinkedIn export folder</source>
        <translation>Einen entpackten LinkedIn-Exportordner wählen</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>A JSON Resume file (.json), a LinkedIn “Get a copy of your data” export (.zip), or its unzipped folder. Check what was read below; nothing is saved until you choose Import.</source>
        <translation>Eine JSON-Resume-Datei (.json), ein LinkedIn-Export „Kopie Ihrer Daten anfordern“ (.zip) oder dessen entpackter Ordner. Prüfen Sie unten, was gelesen wurde; gespeichert wird erst, wenn Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <source>Choose a file or folder to see what will be imported.</source>
        <translation>Wählen Sie eine Datei oder einen Ordner, um zu sehen, was importiert wird.</translation>
    </message>
    <message>
        <source>Import status and warnings</source>
        <translation>Importstatus und Warnungen</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Zugeordnet über</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>&amp;Kompetenzen</translation>
    </message>
    <message>
        <source>&amp;Credentials</source>
        <translation>Nach&amp;weise</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import this person</source>
        <translation>Diese Person importieren</translation>
    </message>
    <message>
        <source>Nothing to review yet: choose a file or folder above.</source>
        <translation>Noch nichts zu prüfen: Wählen Sie oben eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Not in the file: 5 assumed. How many hours a week can you give?</source>
        <translation>Nicht in der Datei: 5 angenommen. Wie viele Stunden pro Woche können Sie aufwenden?</translation>
    </message>
    <message>
        <source>Positions that suggest leading projects</source>
        <translation>Positionen, die auf Projektleitung hindeuten</translation>
    </message>
    <message>
        <source>Record these positions as dated projects in the experience &amp;ledger</source>
        <translation>Diese Positionen als datierte Projekte im &amp;Erfahrungsnachweis erfassen</translation>
    </message>
    <message>
        <source>The ledger keeps the dates, so PMI&apos;s 8-year window moves with time; the months then come from the ledger instead of the number above.</source>
        <translation>Der Erfahrungsnachweis behält die Daten, sodass das 8-Jahres-Fenster des PMI mitwandert; die Monate kommen dann aus dem Nachweis statt aus der Zahl oben.</translation>
    </message>
    <message>
        <source>comma-separated, e.g. cohort-3, imported</source>
        <translation>durch Kommas getrennt, z. B. kohorte-3, importiert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Current &amp;role:</source>
        <translation>Aktuelle &amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Years of experience:</source>
        <translation>&amp;Jahre Erfahrung:</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>&amp;Abschluss:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation>&amp;Stunden pro Woche:</translation>
    </message>
    <message>
        <source>&amp;Months leading projects:</source>
        <translation>&amp;Monate Projektleitung:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Belege:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Import person from a file</source>
        <translation>Person aus einer Datei importieren</translation>
    </message>
    <message>
        <source>JSON Resume or LinkedIn export (*.json *.zip);;All files (*)</source>
        <translation>JSON Resume oder LinkedIn-Export (*.json *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import person from an unzipped LinkedIn export</source>
        <translation>Person aus einem entpackten LinkedIn-Export importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>This cannot be imported: %1</source>
        <translation>Das lässt sich nicht importieren: %1</translation>
    </message>
    <message>
        <source>%1: check the fields, then choose Import.</source>
        <translation>%1: Prüfen Sie die Felder und wählen Sie dann „Importieren“.</translation>
    </message>
    <message>
        <source>From “%1”.</source>
        <translation>Aus „%1“.</translation>
    </message>
    <message>
        <source>Nothing in the file suggests leading projects: 0 assumed.</source>
        <translation>Nichts in der Datei deutet auf Projektleitung hin: 0 angenommen.</translation>
    </message>
    <message>
        <source>Estimated %1 from the ticked positions below (the last 8 years, as PMI counts them). Please check it.</source>
        <translation>Geschätzt %1 aus den angehakten Positionen unten (die letzten 8 Jahre, wie das PMI zählt). Bitte prüfen.</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1 (nicht im Katalog)</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>Level for %1</source>
        <translation>Stufe für %1</translation>
    </message>
    <message>
        <source>S&amp;kills (%1 of %2)</source>
        <translation>&amp;Kompetenzen (%1 von %2)</translation>
    </message>
    <message>
        <source>%1 (kept as written)</source>
        <translation>%1 (wie eingegeben übernommen)</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>&amp;Credentials (%1)</source>
        <translation>Nach&amp;weise (%1)</translation>
    </message>
    <message>
        <source>Counted from the dated projects in the ledger (the ticked positions below).</source>
        <translation>Gezählt aus den datierten Projekten im Erfahrungsnachweis (die angehakten Positionen unten).</translation>
    </message>
    <message>
        <source>The person could not be imported</source>
        <translation>Die Person konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
</context>
<context>
    <name>LedgerEditor</name>
    <message>
        <source>Add project “%1”</source>
        <translation>Projekt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete project “%1”</source>
        <translation>Projekt „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Months this project counts; overlapping projects count once in the total</source>
        <translation>Monate, die dieses Projekt zählt; überlappende Projekte zählen in der Summe nur einmal</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Skill level</source>
        <translation>Kompetenzstufe</translation>
    </message>
</context>
<context>
    <name>LimitsPage</name>
    <message>
        <source>Time, money and direction</source>
        <translation>Zeit, Geld und Richtung</translation>
    </message>
    <message>
        <source>The plan never asks for more hours a week than this.</source>
        <translation>Der Plan verlangt nie mehr Stunden pro Woche als diese.</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> Std./Woche</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>&amp;Stunden pro Woche</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>No budget limit</source>
        <translation>Keine Budgetgrenze</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>W&amp;ährung</translation>
    </message>
    <message>
        <source>Target trac&amp;k</source>
        <translation>Z&amp;ielrichtung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plan not available</source>
        <translation>Plan nicht verfügbar</translation>
    </message>
    <message>
        <source>Career Transition Planner</source>
        <translation>Career Transition Planner</translation>
    </message>
    <message>
        <source>Person pages</source>
        <translation>Seiten zur Person</translation>
    </message>
    <message>
        <source>Add a person, or choose one from the list, to start planning.</source>
        <translation>Legen Sie eine Person an oder wählen Sie eine aus der Liste, um mit der Planung zu beginnen.</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Planübersicht</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Every change is saved as you make it; Save also writes a backup</source>
        <translation>Jede Änderung wird sofort gespeichert; Speichern legt zusätzlich eine Sicherung an</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>Person &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Re-plan from today</source>
        <translation>Ab heute &amp;neu planen</translation>
    </message>
    <message>
        <source>Keep what is done and move everything else forward from today</source>
        <translation>Erledigtes bleibt, alles andere wird ab heute neu eingeplant</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>Person &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;People list</source>
        <translation>&amp;Personenliste</translation>
    </message>
    <message>
        <source>&amp;About Career Transition Planner</source>
        <translation>Ü&amp;ber Career Transition Planner</translation>
    </message>
    <message>
        <source>The %1 page could not save</source>
        <translation>Die Seite %1 konnte nicht speichern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>The person could not be added</source>
        <translation>Die Person konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Erase %1 and everything about them (plans, progress, notes, ledger)?

They are also removed from the automatic backups, so this cannot be undone.</source>
        <translation>%1 und alle zugehörigen Daten (Pläne, Fortschritt, Notizen, Erfahrungsnachweis) löschen?

Die Daten werden auch aus den automatischen Sicherungen entfernt; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The person could not be deleted</source>
        <translation>Die Person konnte nicht gelöscht werden</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 (and from %n backup(s))</source>
        <translation>
            <numerusform>%1 gelöscht (auch aus %n Sicherung)</numerusform>
            <numerusform>%1 gelöscht (auch aus %n Sicherungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>The plan could not be updated</source>
        <translation>Der Plan konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Re-planned from today; the earlier plan is in the history</source>
        <translation>Ab heute neu geplant; der bisherige Plan steht im Verlauf</translation>
    </message>
    <message>
        <source>The backup could not be written</source>
        <translation>Die Sicherung konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>All changes are saved; backup written to %1</source>
        <translation>Alle Änderungen sind gespeichert; Sicherung unter %1 geschrieben</translation>
    </message>
    <message>
        <source>Open planner database</source>
        <translation>Planer-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Planner databases (*.db);;All files (*)</source>
        <translation>Planer-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The %1 page could not load</source>
        <translation>Die Seite %1 konnte nicht laden</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>kein Budget festgelegt</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n unknown</source>
        <translation>
            <numerusform>+ %n unbekannt</numerusform>
            <numerusform>+ %n unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation>Abschluss %1</translation>
    </message>
    <message>
        <source>OVER BUDGET</source>
        <translation>ÜBER BUDGET</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Coach settings…</source>
        <translation>&amp;Coach-Einstellungen…</translation>
    </message>
    <message>
        <source>Name, organisation and logo for printouts; plan currency; mode</source>
        <translation>Name, Organisation und Logo für Ausdrucke; Planwährung; Modus</translation>
    </message>
    <message>
        <source>Country &amp;packs…</source>
        <translation>&amp;Länderpakete…</translation>
    </message>
    <message>
        <source>The country packs in use; import your own after a preview, or remove it</source>
        <translation>Die verwendeten Länderpakete; ein eigenes nach einer Vorschau importieren oder wieder entfernen</translation>
    </message>
    <message>
        <source>&amp;Import person…</source>
        <translation>Person &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a person from a JSON Resume or a LinkedIn data export, after a review</source>
        <translation>Eine Person aus einem JSON Resume oder einem LinkedIn-Datenexport hinzufügen, nach einer Durchsicht</translation>
    </message>
    <message>
        <source>Import client &amp;list…</source>
        <translation>Klienten&amp;liste importieren…</translation>
    </message>
    <message>
        <source>Add everyone in a CSV or Excel client list at once, after a preview</source>
        <translation>Alle Personen einer CSV- oder Excel-Klientenliste auf einmal hinzufügen, nach einer Vorschau</translation>
    </message>
    <message>
        <source>Find a &amp;niche from job ads…</source>
        <translation>Nische aus Stellen&amp;anzeigen finden…</translation>
    </message>
    <message>
        <source>Paste local job ads and rank niches by local demand and your fit</source>
        <translation>Lokale Stellenanzeigen einfügen und Nischen nach lokaler Nachfrage und Ihrer Eignung ordnen</translation>
    </message>
    <message>
        <source>Find a niche from local job ads</source>
        <translation>Nische aus lokalen Stellenanzeigen finden</translation>
    </message>
    <message>
        <source>Plan &amp;history…</source>
        <translation>Plan&amp;verlauf…</translation>
    </message>
    <message>
        <source>Every saved plan of this person: compare two, or make an earlier one current</source>
        <translation>Alle gespeicherten Pläne dieser Person: zwei vergleichen oder einen früheren wieder aktuell machen</translation>
    </message>
    <message>
        <source>&amp;What if…</source>
        <translation>&amp;Was wäre, wenn…</translation>
    </message>
    <message>
        <source>Compare up to three variants of the plan (hours, budget, track, steps); keep one</source>
        <translation>Bis zu drei Varianten des Plans vergleichen (Stunden, Budget, Richtung, Schritte) und eine übernehmen</translation>
    </message>
</context>
<context>
    <name>NicheCard</name>
    <message>
        <source>Score %1 of 100.</source>
        <translation>Wert %1 von 100.</translation>
    </message>
    <message>
        <source>   ★ Your niche</source>
        <translation>   ★ Ihre Nische</translation>
    </message>
    <message>
        <source>%1 score bar</source>
        <translation>Balken Wert %1</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>Demand %1% · fit %2%</source>
        <translation>Nachfrage %1 % · Eignung %2 %</translation>
    </message>
    <message>
        <source>Your niche</source>
        <translation>Ihre Nische</translation>
    </message>
    <message>
        <source>Choose this niche</source>
        <translation>Diese Nische wählen</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <source>Make %1 the person&apos;s niche and re-plan from today</source>
        <translation>%1 zur Nische der Person machen und ab heute neu planen</translation>
    </message>
</context>
<context>
    <name>NicheFinderDialog</name>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Tool (O*NET)</source>
        <translation>Werkzeug (O*NET)</translation>
    </message>
    <message>
        <source>Job-ad word</source>
        <translation>Begriff aus Anzeigen</translation>
    </message>
    <message>
        <source>Paste job ads from your area on the left, or load text files, then choose Find niches.</source>
        <translation>Fügen Sie links Stellenanzeigen aus Ihrer Region ein oder laden Sie Textdateien, und wählen Sie dann „Nischen finden“.</translation>
    </message>
    <message>
        <source>Find a niche from job ads</source>
        <translation>Nische aus Stellenanzeigen finden</translation>
    </message>
    <message>
        <source>Job ads</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Separate ads with a line of --- or two blank lines</source>
        <translation>Anzeigen durch eine Zeile mit --- oder zwei Leerzeilen trennen</translation>
    </message>
    <message>
        <source>Paste one or more job ads here.

Separate ads with a line of ---
or two blank lines.</source>
        <translation>Fügen Sie hier eine oder mehrere Stellenanzeigen ein.

Trennen Sie Anzeigen durch eine Zeile mit ---
oder zwei Leerzeilen.</translation>
    </message>
    <message>
        <source>&amp;Job ads from your area</source>
        <translation>&amp;Stellenanzeigen aus Ihrer Region</translation>
    </message>
    <message>
        <source>Number of ads</source>
        <translation>Anzahl der Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Load files…</source>
        <translation>Dateien &amp;laden…</translation>
    </message>
    <message>
        <source>Load job ads from text files</source>
        <translation>Stellenanzeigen aus Textdateien laden</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>Clear the job ads</source>
        <translation>Stellenanzeigen leeren</translation>
    </message>
    <message>
        <source>&amp;Find niches</source>
        <translation>Nischen &amp;finden</translation>
    </message>
    <message>
        <source>Find niches</source>
        <translation>Nischen finden</translation>
    </message>
    <message>
        <source>Niche finder status</source>
        <translation>Status der Nischensuche</translation>
    </message>
    <message>
        <source>How the score works</source>
        <translation>So entsteht der Wert</translation>
    </message>
    <message>
        <source>Ranked niches</source>
        <translation>Nischen nach Rang</translation>
    </message>
    <message>
        <source>In-demand terms</source>
        <translation>Gefragte Begriffe</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Ads</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Nischen</translation>
    </message>
    <message>
        <source>How terms are found</source>
        <translation>So werden Begriffe gefunden</translation>
    </message>
    <message>
        <source>Ranked &amp;niches</source>
        <translation>&amp;Nischen nach Rang</translation>
    </message>
    <message>
        <source>In-demand &amp;terms</source>
        <translation>Gefragte &amp;Begriffe</translation>
    </message>
    <message>
        <source>Tool names come from the O*NET hot technologies.</source>
        <translation>Werkzeugnamen stammen aus den O*NET Hot Technologies.</translation>
    </message>
    <message>
        <source>O*NET attribution</source>
        <translation>O*NET-Quellenangabe</translation>
    </message>
    <message>
        <source>Load job ads</source>
        <translation>Stellenanzeigen laden</translation>
    </message>
    <message>
        <source>Text files (*.txt *.text *.md);;All (*)</source>
        <translation>Textdateien (*.txt *.text *.md);;Alle (*)</translation>
    </message>
    <message>
        <source>The ads could not be loaded</source>
        <translation>Die Anzeigen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Too long: the limit is %1 MB of text</source>
        <translation>Zu lang: Die Grenze liegt bei %1 MB Text</translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s)</source>
        <translation>
            <numerusform>%n Anzeige</numerusform>
            <numerusform>%n Anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>No ads yet</source>
        <translation>Noch keine Anzeigen</translation>
    </message>
    <message>
        <source>Choose a person first.</source>
        <translation>Wählen Sie zuerst eine Person.</translation>
    </message>
    <message>
        <source>The person could not be read</source>
        <translation>Die Person konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading the ads…</source>
        <translation>Anzeigen werden gelesen…</translation>
    </message>
    <message>
        <source>The ads could not be analysed.</source>
        <translation>Die Anzeigen konnten nicht ausgewertet werden.</translation>
    </message>
    <message>
        <source>The ads could not be analysed</source>
        <translation>Die Anzeigen konnten nicht ausgewertet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n ad(s) read: niches ranked by demand and your fit.</source>
        <translation>
            <numerusform>%n Anzeige gelesen: Nischen nach Nachfrage und Ihrer Eignung geordnet.</numerusform>
            <numerusform>%n Anzeigen gelesen: Nischen nach Nachfrage und Ihrer Eignung geordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>— no niche</source>
        <translation>— keine Nische</translation>
    </message>
    <message>
        <source>Asked for in the ads, but part of no niche</source>
        <translation>In den Anzeigen gefragt, aber keiner Nische zugeordnet</translation>
    </message>
    <message>
        <source>O*NET: </source>
        <translation>O*NET: </translation>
    </message>
    <message>
        <source>In-demand &amp;terms (%1)</source>
        <translation>Gefragte &amp;Begriffe (%1)</translation>
    </message>
    <message>
        <source>Choose niche %1</source>
        <translation>Nische %1 wählen</translation>
    </message>
    <message>
        <source>The niche could not be chosen</source>
        <translation>Die Nische konnte nicht gewählt werden</translation>
    </message>
    <message>
        <source>%1 is now the niche; the plan was re-planned from today.</source>
        <translation>%1 ist jetzt die Nische; der Plan wurde ab heute neu erstellt.</translation>
    </message>
</context>
<context>
    <name>NoteEditorPane</name>
    <message>
        <source>Note editor</source>
        <translation>Notizeditor</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Write what was discussed, decided and agreed…</source>
        <translation>Notieren Sie, was besprochen, entschieden und vereinbart wurde…</translation>
    </message>
    <message>
        <source>Save n&amp;ote</source>
        <translation>Notiz speiche&amp;rn</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Lös&amp;chen…</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Datu&amp;m</translation>
    </message>
    <message>
        <source>Note &amp;text</source>
        <translation>N&amp;otiztext</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Add note of %1</source>
        <translation>Notiz vom %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit note of %1</source>
        <translation>Notiz vom %1 ändern</translation>
    </message>
    <message>
        <source>Delete note of %1</source>
        <translation>Notiz vom %1 löschen</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Notes, newest first</source>
        <translation>Notizen, neueste zuerst</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Every word must appear; the start of the last word is enough</source>
        <translation>Jedes Wort muss vorkommen; vom letzten Wort genügt der Anfang</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Anzahl der Notizen</translation>
    </message>
    <message>
        <source>Choose a person to keep notes about them.</source>
        <translation>Wählen Sie eine Person, um Notizen über sie zu führen.</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <source>Ne&amp;w session note</source>
        <translation>Neue Sitzungsnoti&amp;z</translation>
    </message>
    <message>
        <source>New session note</source>
        <translation>Neue Sitzungsnotiz</translation>
    </message>
    <message>
        <source>Search session notes</source>
        <translation>Sitzungsnotizen durchsuchen</translation>
    </message>
    <message>
        <source>No session note matches “%1”.</source>
        <translation>Keine Sitzungsnotiz passt zu „%1“.</translation>
    </message>
    <message>
        <source>No session notes yet. Write one on the right: it is saved when you press Save note or move on.</source>
        <translation>Noch keine Sitzungsnotizen. Schreiben Sie rechts eine: Sie wird gespeichert, wenn Sie „Notiz speichern“ drücken oder weitergehen.</translation>
    </message>
    <message>
        <source>the session note being written</source>
        <translation>die gerade geschriebene Sitzungsnotiz</translation>
    </message>
    <message>
        <source>Session note of %1</source>
        <translation>Sitzungsnotiz vom %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Ne&amp;w note</source>
        <translation>Neue Noti&amp;z</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation>Keine Notiz passt zu „%1“.</translation>
    </message>
    <message>
        <source>No notes yet. Write one on the right: it is saved when you press Save note or move on.</source>
        <translation>Noch keine Notizen. Schreiben Sie rechts eine: Sie wird gespeichert, wenn Sie „Notiz speichern“ drücken oder weitergehen.</translation>
    </message>
    <message>
        <source>the note being written</source>
        <translation>die gerade geschriebene Notiz</translation>
    </message>
    <message>
        <source>Note of %1</source>
        <translation>Notiz vom %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 of %n note(s) matches</source>
        <translation>
            <numerusform>1 von %n Notiz passt</numerusform>
            <numerusform>1 von %n Notizen passt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s) match</source>
        <translation>
            <numerusform>%1 von %n Notiz passen</numerusform>
            <numerusform>%1 von %n Notizen passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet: saved when you press Save note or move on</source>
        <translation>Noch nicht gespeichert: wird gespeichert, wenn Sie „Notiz speichern“ drücken oder weitergehen</translation>
    </message>
    <message>
        <source>Start typing to write a new note.</source>
        <translation>Tippen Sie los, um eine neue Notiz zu schreiben.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>A note needs some text. To remove the note, use Delete.</source>
        <translation>Eine Notiz braucht Text. Zum Entfernen „Löschen“ verwenden.</translation>
    </message>
    <message>
        <source>The note could not be saved</source>
        <translation>Die Notiz konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Not saved: %1. Press Save note to try again.</source>
        <translation>Nicht gespeichert: %1. Drücken Sie „Notiz speichern“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Delete the note of %1? You can undo this.</source>
        <translation>Die Notiz vom %1 löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>The note could not be deleted</source>
        <translation>Die Notiz konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>OutputController</name>
    <message>
        <source>&amp;Export plan as PDF…</source>
        <translation>Plan als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export plan as PDF</source>
        <translation>Plan als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n Seite nach %1 exportiert</numerusform>
            <numerusform>%n Seiten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(the plan is out of date: re-plan on the Roadmap page to update it)</source>
        <translation>(der Plan ist veraltet: Planen Sie auf der Seite Fahrplan neu, um ihn zu aktualisieren)</translation>
    </message>
    <message>
        <source>Some characters could not be shown</source>
        <translation>Einige Zeichen können nicht dargestellt werden</translation>
    </message>
    <message>
        <source>The PDF was written, but no installed font has these characters, so they appear as a replacement mark: %1</source>
        <translation>Das PDF wurde geschrieben, aber keine installierte Schrift enthält diese Zeichen, daher erscheinen sie als Ersatzzeichen: %1</translation>
    </message>
    <message>
        <source>The plan could not be exported</source>
        <translation>Der Plan konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>The plan was sent to the printer</source>
        <translation>Der Plan wurde an den Drucker gesendet</translation>
    </message>
    <message>
        <source>Exported the plan to %1</source>
        <translation>Plan nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>PackPreviewDialog</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Nothing is changed until you confirm. Progress is kept by step id, so removing or replacing a pack never loses what a person has done.</source>
        <translation>Nichts wird geändert, bevor Sie bestätigen. Der Fortschritt hängt an der Schritt-ID, daher geht beim Entfernen oder Ersetzen eines Pakets nie verloren, was eine Person erledigt hat.</translation>
    </message>
</context>
<context>
    <name>PageStrip</name>
    <message>
        <source>PDF pages</source>
        <translation>PDF-Seiten</translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation>Seite %1…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>E&amp;xperience</source>
        <translation>&amp;Erfahrung</translation>
    </message>
    <message>
        <source>F&amp;it</source>
        <translation>E&amp;ignung</translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation>&amp;Lücken</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Fahrplan</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <source>Preview of the printed plan</source>
        <translation>Vorschau des gedruckten Plans</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Breite anpassen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>Keine Seiten</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Nächster Meilenstein</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation>Bewerbungsreif</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Nächster Meilenstein</translation>
    </message>
    <message>
        <source>Most overdue</source>
        <translation>Am meisten überfällig</translation>
    </message>
    <message>
        <source>Longest without a session</source>
        <translation>Am längsten ohne Sitzung</translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation>Bewerbungsreif</translation>
    </message>
    <message>
        <source>Budget verdict</source>
        <translation>Budgetbewertung</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Überfällige Schritte</translation>
    </message>
    <message>
        <source>Exam in 30 days</source>
        <translation>Prüfung in 30 Tagen</translation>
    </message>
    <message>
        <source>No session in 60 days</source>
        <translation>Keine Sitzung seit 60 Tagen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Search names, roles, tags, notes</source>
        <translation>Namen, Rollen, Tags, Notizen suchen</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <source>Sort people</source>
        <translation>Personen sortieren</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>People list</source>
        <translation>Personenliste</translation>
    </message>
    <message>
        <source>People list columns: click one to sort by it</source>
        <translation>Spalten der Personenliste: zum Sortieren anklicken</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s)</source>
        <translation>
            <numerusform>%1 von %n Person</numerusform>
            <numerusform>%1 von %n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonSession</name>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <source>Mark %1 as “%2”</source>
        <translation>%1 als „%2“ markieren</translation>
    </message>
    <message>
        <source>Use what-if: %1</source>
        <translation>Was-wäre-wenn übernehmen: %1</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>The progress could not be saved</source>
        <translation>Der Fortschritt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Marked “%1” as %2. Ctrl+Z undoes it.</source>
        <translation>„%1“ als %2 markiert. Strg+Z macht das rückgängig.</translation>
    </message>
    <message>
        <source>Marked “%1” as %2 on %3. Ctrl+Z undoes it.</source>
        <translation>„%1“ am %3 als %2 markiert. Strg+Z macht das rückgängig.</translation>
    </message>
    <message>
        <source>“%1” stays: the plan cannot reach its goal without it (see Why). Nothing was changed.</source>
        <translation>„%1“ bleibt: Ohne diesen Schritt erreicht der Plan sein Ziel nicht (siehe Warum). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>%1 weglassen</translation>
    </message>
    <message>
        <source>The step could not be left out</source>
        <translation>Der Schritt konnte nicht weggelassen werden</translation>
    </message>
    <message>
        <source>Left out “%1” and re-planned from today. Ctrl+Z brings it back.</source>
        <translation>„%1“ weggelassen und ab heute neu geplant. Strg+Z holt den Schritt zurück.</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>%1 festhalten</translation>
    </message>
    <message>
        <source>The step could not be pinned</source>
        <translation>Der Schritt konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Pinned “%1” and re-planned from today. Ctrl+Z undoes it.</source>
        <translation>„%1“ festgehalten und ab heute neu geplant. Strg+Z macht das rückgängig.</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <source>The step could not be unpinned</source>
        <translation>Der Schritt konnte nicht gelöst werden</translation>
    </message>
    <message>
        <source>Unpinned “%1” and re-planned from today. Ctrl+Z undoes it.</source>
        <translation>„%1“ gelöst und ab heute neu geplant. Strg+Z macht das rückgängig.</translation>
    </message>
    <message>
        <source>Pinned “%1”, but the planner could not place it (see the notes).</source>
        <translation>„%1“ festgehalten, aber der Planer konnte den Schritt nicht einplanen (siehe Hinweise).</translation>
    </message>
    <message>
        <source>Left out · %1</source>
        <translation>Weggelassen · %1</translation>
    </message>
    <message>
        <source>Skipped · %1</source>
        <translation>Übersprungen · %1</translation>
    </message>
    <message>
        <source>Nothing was left out or skipped: every step is in the plan.</source>
        <translation>Nichts wurde weggelassen oder übersprungen: Alle Schritte sind im Plan.</translation>
    </message>
    <message>
        <source>Bring a step back</source>
        <translation>Schritt zurückholen</translation>
    </message>
    <message>
        <source>Choose a step you left out or skipped; the plan is made again from today with it.</source>
        <translation>Wählen Sie einen weggelassenen oder übersprungenen Schritt; der Plan wird damit ab heute neu erstellt.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Bring back %1</source>
        <translation>%1 zurückholen</translation>
    </message>
    <message>
        <source>Unskip %1</source>
        <translation>%1 nicht mehr überspringen</translation>
    </message>
    <message>
        <source>The step could not be brought back</source>
        <translation>Der Schritt konnte nicht zurückgeholt werden</translation>
    </message>
    <message>
        <source>Brought back “%1” and re-planned from today. Ctrl+Z undoes it.</source>
        <translation>„%1“ zurückgeholt und ab heute neu geplant. Strg+Z macht das rückgängig.</translation>
    </message>
    <message>
        <source>The plan could not be updated</source>
        <translation>Der Plan konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Re-planned from today; the earlier plan is kept in the history.</source>
        <translation>Ab heute neu geplant; der bisherige Plan bleibt im Verlauf erhalten.</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Plan history — %1</source>
        <translation>Planverlauf — %1</translation>
    </message>
    <message>
        <source>Saved plans, newest first</source>
        <translation>Gespeicherte Pläne, neueste zuerst</translation>
    </message>
    <message>
        <source>What changed between the two plans</source>
        <translation>Was sich zwischen den beiden Plänen geändert hat</translation>
    </message>
    <message>
        <source>Select two plans to compare them (Ctrl+click); select one to make it current again. Nothing is ever removed from the history.</source>
        <translation>Wählen Sie zwei Pläne zum Vergleichen (Strg+Klick) oder einen, um ihn wieder zum aktuellen zu machen. Aus dem Verlauf wird nie etwas entfernt.</translation>
    </message>
    <message>
        <source>Make &amp;current</source>
        <translation>Zum &amp;aktuellen Plan machen</translation>
    </message>
    <message>
        <source>first plan</source>
        <translation>erster Plan</translation>
    </message>
    <message>
        <source>re-plan from today</source>
        <translation>ab heute neu geplant</translation>
    </message>
    <message>
        <source>current plan, kept after a bundle import</source>
        <translation>aktueller Plan, nach einem Paketimport beibehalten</translation>
    </message>
    <message>
        <source>what-if chosen: %1</source>
        <translation>Was-wäre-wenn übernommen: %1</translation>
    </message>
    <message>
        <source>what-if undone: %1</source>
        <translation>Was-wäre-wenn rückgängig: %1</translation>
    </message>
    <message>
        <source>what-if: %1</source>
        <translation>Was-wäre-wenn: %1</translation>
    </message>
    <message>
        <source>plan %1 of %2 restored on %3</source>
        <translation>Plan %1 vom %2 am %3 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Select two plans to see what changed between them.</source>
        <translation>Wählen Sie zwei Pläne, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Only one plan so far: re-plan or mark progress to see changes here.</source>
        <translation>Bisher nur ein Plan: Planen Sie neu oder erfassen Sie Fortschritt, um hier Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Plan %1 -&gt; plan %2</source>
        <translation>Plan %1 -&gt; Plan %2</translation>
    </message>
    <message>
        <source>The plan could not be made current</source>
        <translation>Der Plan konnte nicht zum aktuellen gemacht werden</translation>
    </message>
    <message>
        <source>Plan %1 is current again (saved as plan %2)</source>
        <translation>Plan %1 ist wieder aktuell (gespeichert als Plan %2)</translation>
    </message>
</context>
<context>
    <name>PriceConfidence</name>
    <message>
        <source>issuer&apos;s own page</source>
        <translation>eigene Seite des Anbieters</translation>
    </message>
    <message>
        <source>two sources agree</source>
        <translation>zwei Quellen stimmen überein</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>nur eine Quelle</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>your own price</source>
        <translation>Ihr eigener Preis</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>Your price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <source>Catalog item</source>
        <translation>Katalogeintrag</translation>
    </message>
    <message>
        <source>No price yet (check with issuer)</source>
        <translation>Noch kein Preis (beim Anbieter prüfen)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>e.g. partner voucher, valid to June</source>
        <translation>z. B. Partnergutschein, gültig bis Juni</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Eintrag:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Choose an item from the catalog list.</source>
        <translation>Wählen Sie einen Eintrag aus der Katalogliste.</translation>
    </message>
</context>
<context>
    <name>PricesTab</name>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
</context>
<context>
    <name>ProfileChecks</name>
    <message>
        <source>A name is needed (a first name or a nickname is enough).</source>
        <translation>Ein Name ist nötig (ein Vorname oder Spitzname genügt).</translation>
    </message>
    <message>
        <source>Keep the name under %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Keep the %1 under %2 characters.</source>
        <translation>Das Feld „%1“ darf höchstens %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Hours per week must be at least 0.5: how many hours a week can go to the plan?</source>
        <translation>Mindestens 0,5 Stunden pro Woche: Wie viele Stunden pro Woche stehen für den Plan zur Verfügung?</translation>
    </message>
    <message>
        <source>Hours per week can be at most %1.</source>
        <translation>Höchstens %1 Stunden pro Woche.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code, such as USD, EUR or GBP.</source>
        <translation>Verwenden Sie einen dreistelligen Währungscode wie USD, EUR oder GBP.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2019-03-15 (got &apos;%1&apos;).</source>
        <translation>Schreiben Sie das Datum als JJJJ-MM-TT, zum Beispiel 2019-03-15 (eingegeben: „%1“).</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1 ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>%1 is in the future; list credentials once they are earned.</source>
        <translation>%1 liegt in der Zukunft; tragen Sie Nachweise erst ein, wenn Sie sie haben.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>current role</source>
        <translation>aktuelle Rolle</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <source>years in IT</source>
        <translation>Jahre in der IT</translation>
    </message>
    <message>
        <source>months leading projects</source>
        <translation>Monate Projektleitung</translation>
    </message>
    <message>
        <source>PM education hours</source>
        <translation>Stunden PM-Weiterbildung</translation>
    </message>
    <message>
        <source>agile training hours</source>
        <translation>Stunden agile Schulung</translation>
    </message>
    <message>
        <source>agile experience</source>
        <translation>agile Praxiserfahrung</translation>
    </message>
    <message>
        <source>education</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>target track</source>
        <translation>Zielrichtung</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>niche</source>
        <translation>Nische</translation>
    </message>
    <message>
        <source>PMI membership</source>
        <translation>PMI-Mitgliedschaft</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>Your name or the client&apos;s</source>
        <translation>Ihr Name oder der Ihrer Klientin / Ihres Klienten</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>e.g. IT Service Delivery Manager</source>
        <translation>z. B. IT Service Delivery Manager</translation>
    </message>
    <message>
        <source>Current r&amp;ole</source>
        <translation>Aktuelle &amp;Rolle</translation>
    </message>
    <message>
        <source>City, state or country</source>
        <translation>Stadt, Bundesland oder Land</translation>
    </message>
    <message>
        <source>Reg&amp;ion</source>
        <translation>Regi&amp;on</translation>
    </message>
    <message>
        <source>Used to find local PMI chapters and local job ads.</source>
        <translation>Dient zur Suche nach lokalen PMI-Chaptern und Stellenanzeigen vor Ort.</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>Wohnsit&amp;zland</translation>
    </message>
    <message>
        <source>Chooses the local credentials, bodies, chapters and paper size.</source>
        <translation>Bestimmt die lokalen Nachweise, Fachverbände, Chapter und das Papierformat.</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>&amp;Years in IT</source>
        <translation>&amp;Jahre in der IT</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Months leading pro&amp;jects</source>
        <translation>Monate Proje&amp;ktleitung</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>PM e&amp;ducation</source>
        <translation>PM-Wei&amp;terbildung</translation>
    </message>
    <message>
        <source>Agile &amp;training</source>
        <translation>Agile &amp;Schulung</translation>
    </message>
    <message>
        <source>Agile e&amp;xperience</source>
        <translation>Agile Pra&amp;xiserfahrung</translation>
    </message>
    <message>
        <source>Months working on agile projects.</source>
        <translation>Monate in agilen Projekten.</translation>
    </message>
    <message>
        <source>Highest ed&amp;ucation</source>
        <translation>H&amp;öchster Abschluss</translation>
    </message>
    <message>
        <source>Some eligibility rules depend on it; when not given, a secondary diploma is assumed.</source>
        <translation>Manche Zulassungsregeln hängen davon ab; ohne Angabe wird ein Sekundarabschluss angenommen.</translation>
    </message>
    <message>
        <source>Limits and target</source>
        <translation>Grenzen und Ziel</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> Std./Woche</translation>
    </message>
    <message>
        <source>Hours per &amp;week</source>
        <translation>Stunden pro &amp;Woche</translation>
    </message>
    <message>
        <source>No week of the plan asks for more than this.</source>
        <translation>Keine Woche des Plans verlangt mehr.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>No budget limit</source>
        <translation>Keine Budgetgrenze</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>W&amp;ährung</translation>
    </message>
    <message>
        <source>Target trac&amp;k</source>
        <translation>Zielri&amp;chtung</translation>
    </message>
    <message>
        <source>On a fixed date:</source>
        <translation>An einem festen Datum:</translation>
    </message>
    <message>
        <source>Plan from a fixed date</source>
        <translation>Ab einem festen Datum planen</translation>
    </message>
    <message>
        <source>Plan start date</source>
        <translation>Startdatum des Plans</translation>
    </message>
    <message>
        <source>Plan &amp;start</source>
        <translation>Planbe&amp;ginn</translation>
    </message>
    <message>
        <source>Without a fixed date, plans start on the day they are made.</source>
        <translation>Ohne festes Datum beginnen Pläne an dem Tag, an dem sie erstellt werden.</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Nische</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Memberships and tags</source>
        <translation>Mitgliedschaften und Tags</translation>
    </message>
    <message>
        <source>Member of the Project Management Institute</source>
        <translation>Mitglied des Project Management Institute</translation>
    </message>
    <message>
        <source>PMI member</source>
        <translation>PMI-Mitglied</translation>
    </message>
    <message>
        <source>Members pay less for PMI exams; the plan suggests joining when it saves money.</source>
        <translation>Mitglieder zahlen weniger für PMI-Prüfungen; der Plan schlägt den Beitritt vor, wenn er Geld spart.</translation>
    </message>
    <message>
        <source>e.g. ISACA, itSMF</source>
        <translation>z. B. ISACA, itSMF</translation>
    </message>
    <message>
        <source>Other memberships</source>
        <translation>Weitere Mitgliedschaften</translation>
    </message>
    <message>
        <source>Separate them with commas.</source>
        <translation>Durch Kommas trennen.</translation>
    </message>
    <message>
        <source>e.g. cohort-1, infrastructure</source>
        <translation>z. B. kohorte-1, infrastruktur</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Separate them with commas; the people list can be filtered by tag.</source>
        <translation>Durch Kommas trennen; die Personenliste lässt sich nach Tags filtern.</translation>
    </message>
</context>
<context>
    <name>ProfileHints</name>
    <message>
        <source>PMP asks for %1 months with a bachelor&apos;s degree, %2 without one.</source>
        <translation>Für die PMP sind mit Bachelorabschluss %1 Monate nötig, ohne %2.</translation>
    </message>
    <message>
        <source>Months not recorded in the Experience ledger; the ledger&apos;s months (%1 now) are added on top.</source>
        <translation>Monate, die nicht im Erfahrungsnachweis stehen; die Monate dort (derzeit %1) kommen hinzu.</translation>
    </message>
    <message>
        <source>Months not recorded in the Experience ledger; the ledger&apos;s months are added on top.</source>
        <translation>Monate, die nicht im Erfahrungsnachweis stehen; die Monate dort kommen hinzu.</translation>
    </message>
    <message>
        <source>Contact hours of project-management training; PMP asks for %1.</source>
        <translation>Kontaktstunden Weiterbildung im Projektmanagement; die PMP verlangt %1.</translation>
    </message>
    <message>
        <source>Contact hours of project-management training.</source>
        <translation>Kontaktstunden Weiterbildung im Projektmanagement.</translation>
    </message>
    <message>
        <source>PMI-ACP asks for %1 hours.</source>
        <translation>Die PMI-ACP verlangt %1 Stunden.</translation>
    </message>
    <message>
        <source>Months working on agile projects; PMI-ACP asks for %1.</source>
        <translation>Monate in agilen Projekten; die PMI-ACP verlangt %1.</translation>
    </message>
    <message>
        <source>Plan prices are shown in this currency: the issuer&apos;s local price, or converted at a dated rate and marked so.</source>
        <translation>Planpreise erscheinen in dieser Währung: der lokale Preis des Anbieters oder zu einem datierten Kurs umgerechnet und so gekennzeichnet.</translation>
    </message>
    <message>
        <source>Plan prices are in %1; a budget in another currency is shown but not compared.</source>
        <translation>Planpreise sind in %1; ein Budget in anderer Währung wird angezeigt, aber nicht verglichen.</translation>
    </message>
    <message>
        <source>A niche (such as cloud migration) shapes the plan&apos;s technical steps.</source>
        <translation>Eine Nische (etwa Cloud-Migration) prägt die fachlichen Schritte des Plans.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Changes are saved as you type. Re-plan from the Roadmap page (Ctrl+R) to update the plan.</source>
        <translation>Änderungen werden beim Tippen gespeichert. Planen Sie auf der Seite Fahrplan neu (Strg+R), um den Plan zu aktualisieren.</translation>
    </message>
    <message>
        <source>No one is selected.

Choose a person in the people list, or add one with File › New person (Ctrl+N).</source>
        <translation>Niemand ausgewählt.

Wählen Sie eine Person in der Personenliste oder legen Sie mit Datei › Neue Person (Strg+N) eine an.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation>Keine Person ausgewählt</translation>
    </message>
    <message>
        <source>Profile form</source>
        <translation>Profilformular</translation>
    </message>
    <message>
        <source>Saving and re-planning</source>
        <translation>Speichern und neu planen</translation>
    </message>
    <message>
        <source>%1 (refused: %2)</source>
        <translation>%1 (abgelehnt: %2)</translation>
    </message>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (wird gespeichert…)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>About the person</source>
        <translation>Über die Person</translation>
    </message>
    <message>
        <source>%1 h a week</source>
        <translation>%1 Std./Woche</translation>
    </message>
</context>
<context>
    <name>ProfileWidgets</name>
    <message>
        <source>Secondary school</source>
        <translation>Sekundarabschluss</translation>
    </message>
    <message>
        <source>Associate degree</source>
        <translation>Kurzstudium (Associate Degree)</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Bachelorabschluss</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Masterabschluss</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Best fit (the planner chooses)</source>
        <translation>Beste Eignung (der Planer wählt)</translation>
    </message>
    <message>
        <source>Guess from the region</source>
        <translation>Aus der Region ableiten</translation>
    </message>
    <message>
        <source>No country chosen and none is clear from the region: the plan follows PMI&apos;s route.</source>
        <translation>Kein Land gewählt und keines aus der Region erkennbar: Der Plan folgt dem Weg des PMI.</translation>
    </message>
    <message>
        <source>Guessed from the region: %1; choose it to confirm.</source>
        <translation>Aus der Region abgeleitet: %1; zum Bestätigen auswählen.</translation>
    </message>
    <message>
        <source>No country pack ships for it: PMI&apos;s route, prices converted where possible.</source>
        <translation>Dafür gibt es kein Länderpaket: Weg des PMI, Preise wo möglich umgerechnet.</translation>
    </message>
    <message>
        <source>Local credentials, professional bodies and chapters %1; paper %2.</source>
        <translation>Lokale Nachweise, Fachverbände und Chapter %1; Papierformat %2.</translation>
    </message>
    <message>
        <source>The planner compares infrastructure, software and hybrid PM with your skills and the questionnaire, and plans for the closest fit.</source>
        <translation>Der Planer vergleicht Infrastruktur-, Software- und hybrides Projektmanagement mit Ihren Kompetenzen und dem Fragebogen und plant für die beste Eignung.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
</context>
<context>
    <name>ProfileWizard</name>
    <message>
        <source>Set up your profile</source>
        <translation>Profil einrichten</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>In progre&amp;ss</source>
        <translation>In Arbei&amp;t</translation>
    </message>
    <message>
        <source>Mark the step as started on the chosen date</source>
        <translation>Schritt als am gewählten Datum begonnen markieren</translation>
    </message>
    <message>
        <source>Mark in progress</source>
        <translation>Als in Arbeit markieren</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Erledi&amp;gt</translation>
    </message>
    <message>
        <source>Mark the step as finished on the chosen date</source>
        <translation>Schritt als am gewählten Datum abgeschlossen markieren</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>S&amp;kipped</source>
        <translation>Über&amp;sprungen</translation>
    </message>
    <message>
        <source>Skip the step; a re-plan leaves it out</source>
        <translation>Schritt überspringen; eine Neuplanung lässt ihn weg</translation>
    </message>
    <message>
        <source>Mark skipped</source>
        <translation>Als übersprungen markieren</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;Offen</translation>
    </message>
    <message>
        <source>Clear the progress recorded on this step</source>
        <translation>Den erfassten Fortschritt dieses Schritts löschen</translation>
    </message>
    <message>
        <source>Mark to do</source>
        <translation>Als offen markieren</translation>
    </message>
    <message>
        <source>Progress on the chosen step</source>
        <translation>Fortschritt beim gewählten Schritt</translation>
    </message>
    <message>
        <source>Date of the progress</source>
        <translation>Datum des Fortschritts</translation>
    </message>
    <message>
        <source>Optional: where you booked, what you learnt…</source>
        <translation>Optional: wo gebucht, was gelernt…</translation>
    </message>
    <message>
        <source>Note on the step</source>
        <translation>Notiz zum Schritt</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Noti&amp;z:</translation>
    </message>
    <message>
        <source>Mark progress</source>
        <translation>Fortschritt erfassen</translation>
    </message>
    <message>
        <source>&amp;Leave out of plan</source>
        <translation>Herausneh&amp;men</translation>
    </message>
    <message>
        <source>Leave this step out of the plan</source>
        <translation>Diesen Schritt aus dem Plan weglassen</translation>
    </message>
    <message>
        <source>Exclude the step and re-plan from today (Ctrl+Z undoes it)</source>
        <translation>Schritt ausschließen und ab heute neu planen (Strg+Z macht das rückgängig)</translation>
    </message>
    <message>
        <source>Pin (always incl&amp;ude)</source>
        <translation>Fi&amp;xieren</translation>
    </message>
    <message>
        <source>Pin this step to the plan</source>
        <translation>Diesen Schritt im Plan festhalten</translation>
    </message>
    <message>
        <source>Pinned steps stay in every re-plan, even when no gap asks for them; press again to unpin</source>
        <translation>Festgehaltene Schritte bleiben bei jeder Neuplanung, auch wenn keine Lücke sie verlangt; erneut drücken zum Lösen</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Question %1: %2</source>
        <translation>Frage %1: %2</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Fit questionnaire</source>
        <translation>Fragebogen zur Eignung</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The file was left exactly as it is. You can restore the newest backup (into a new file beside it), or start a new, empty database next to it.</source>
        <translation>Die Datei bleibt genau so, wie sie ist. Sie können die neueste Sicherung wiederherstellen (in eine neue Datei daneben) oder daneben eine neue, leere Datenbank anlegen.</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <source>The database file is empty</source>
        <translation>Die Datenbankdatei ist leer</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes). It may be a database whose contents were lost.</source>
        <translation>%1 ist eine leere Datei (0 Byte). Möglicherweise ist es eine Datenbank, deren Inhalt verloren gegangen ist.</translation>
    </message>
    <message>
        <source>Set it up as a new, empty database? To get your data back instead, cancel and restore a backup.</source>
        <translation>Als neue, leere Datenbank einrichten? Um stattdessen Ihre Daten zurückzuholen, brechen Sie ab und stellen eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Set up a new database</source>
        <translation>Neue Datenbank einrichten</translation>
    </message>
</context>
<context>
    <name>RoadmapPage</name>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>No one is chosen. Choose a person from the list, or add one with File ▸ New person, to see their roadmap.</source>
        <translation>Niemand ausgewählt. Wählen Sie eine Person aus der Liste oder legen Sie mit Datei ▸ Neue Person eine an, um ihren Fahrplan zu sehen.</translation>
    </message>
    <message>
        <source>Re-plan from toda&amp;y</source>
        <translation>Ne&amp;u planen</translation>
    </message>
    <message>
        <source>Re-plan from today</source>
        <translation>Ab heute neu planen</translation>
    </message>
    <message>
        <source>Keep what is done and move everything else forward from today (Ctrl+R)</source>
        <translation>Erledigtes behalten und alles Übrige ab heute neu einplanen (Strg+R)</translation>
    </message>
    <message>
        <source>Re-plan now</source>
        <translation>Jetzt neu planen</translation>
    </message>
    <message>
        <source>No person chosen</source>
        <translation>Keine Person ausgewählt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit the plan</source>
        <translation>Ganzen Plan zeigen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Timeline scale</source>
        <translation>Maßstab des Zeitplans</translation>
    </message>
    <message>
        <source>Zoo&amp;m:</source>
        <translation>&amp;Vergrößerung:</translation>
    </message>
    <message>
        <source>Add from &amp;catalog…</source>
        <translation>Aus &amp;Katalog hinzufügen…</translation>
    </message>
    <message>
        <source>Add a step from the catalog</source>
        <translation>Schritt aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Pin a certification or activity the planner did not choose</source>
        <translation>Eine Zertifizierung oder Aktivität festhalten, die der Planer nicht gewählt hat</translation>
    </message>
    <message>
        <source>&amp;Bring back…</source>
        <translation>Zurü&amp;ckholen…</translation>
    </message>
    <message>
        <source>Bring back a step left out or skipped</source>
        <translation>Einen weggelassenen oder übersprungenen Schritt zurückholen</translation>
    </message>
    <message>
        <source>The roadmap could not be shown</source>
        <translation>Der Fahrplan konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <source>The roadmap could not be updated</source>
        <translation>Der Fahrplan konnte nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Credential</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <source>Catalog match</source>
        <translation>Treffer im Katalog</translation>
    </message>
    <message>
        <source>Remove credential %1</source>
        <translation>Nachweis %1 entfernen</translation>
    </message>
    <message>
        <source>Add credential %1</source>
        <translation>Nachweis %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit credential %1</source>
        <translation>Nachweis %1 ändern</translation>
    </message>
    <message>
        <source>A credential needs a name; to take it off, use Remove.</source>
        <translation>Ein Nachweis braucht einen Namen; zum Entfernen „Entfernen“ verwenden.</translation>
    </message>
    <message>
        <source>Remove selected credential</source>
        <translation>Gewählten Nachweis entfernen</translation>
    </message>
    <message>
        <source>Remove the selected credential (Delete)</source>
        <translation>Gewählten Nachweis entfernen (Entf)</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Zählt für</translation>
    </message>
    <message>
        <source>Remove skill %1</source>
        <translation>Kompetenz %1 entfernen</translation>
    </message>
    <message>
        <source>Add skill %1</source>
        <translation>Kompetenz %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit skill %1</source>
        <translation>Kompetenz %1 ändern</translation>
    </message>
    <message>
        <source>A skill needs a name; to take it off, use Remove.</source>
        <translation>Eine Kompetenz braucht einen Namen; zum Entfernen „Entfernen“ verwenden.</translation>
    </message>
    <message>
        <source>Remove selected skill</source>
        <translation>Gewählte Kompetenz entfernen</translation>
    </message>
    <message>
        <source>Remove the selected skill (Delete)</source>
        <translation>Gewählte Kompetenz entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>SkillsEditor</name>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>&amp;Add skill</source>
        <translation>Kompetenz hinzuf&amp;ügen</translation>
    </message>
    <message>
        <source>No skills yet. Press Add skill and type a skill such as Networking, ITIL or Scrum.</source>
        <translation>Noch keine Kompetenzen. Drücken Sie auf „Kompetenz hinzufügen“ und geben Sie etwa Networking, ITIL oder Scrum ein.</translation>
    </message>
    <message>
        <source>Levels: 0 none, 1 aware, 2 working, 3 practitioner, 4 expert. Names are matched to the catalog by name or alias; unmatched skills are kept but count toward no gap.</source>
        <translation>Stufen: 0 keine, 1 Grundkenntnis, 2 Anwendung, 3 Praxis, 4 Expertise. Namen werden per Name oder Alias dem Katalog zugeordnet; nicht zugeordnete Kompetenzen bleiben erhalten, zählen aber für keine Lücke.</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>type a skill name</source>
        <translation>Namen der Kompetenz eingeben</translation>
    </message>
    <message>
        <source>not in catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source> · listed twice, the higher level counts</source>
        <translation> · doppelt eingetragen, die höhere Stufe zählt</translation>
    </message>
    <message>
        <source>Not a catalog competency, so it counts toward no gap. Pick one of the suggestions while typing to match one.</source>
        <translation>Keine Kompetenz aus dem Katalog, zählt also für keine Lücke. Wählen Sie beim Tippen einen der Vorschläge, um sie zuzuordnen.</translation>
    </message>
    <message>
        <source>counts toward %1</source>
        <translation>zählt für %1</translation>
    </message>
    <message>
        <source>Set %1 to level %2</source>
        <translation>%1 auf Stufe %2 setzen</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>First skills (optional)</source>
        <translation>Erste Kompetenzen (optional)</translation>
    </message>
    <message>
        <source>Tick what you already do and how well; add more on the Profile page.</source>
        <translation>Haken Sie an, was Sie schon können und wie gut; weitere fügen Sie auf der Seite Profil hinzu.</translation>
    </message>
    <message>
        <source>Level of %1</source>
        <translation>Stufe für %1</translation>
    </message>
    <message>
        <source>Levels: 1 aware of it, 2 does routine work, 3 works unaided, 4 expert.</source>
        <translation>Stufen: 1 kennt es, 2 erledigt Routinearbeit, 3 arbeitet selbstständig, 4 Expertise.</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>The planner could not start</source>
        <translation>Der Planer konnte nicht starten</translation>
    </message>
    <message>
        <source>The planner could not open its data</source>
        <translation>Der Planer konnte seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>The database could not be checked</source>
        <translation>Die Datenbank konnte nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>StepChooser</name>
    <message>
        <source>Type to filter</source>
        <translation>Zum Filtern tippen</translation>
    </message>
    <message>
        <source>Filter steps</source>
        <translation>Schritte filtern</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>StepDetails</name>
    <message>
        <source>Choose a step on the timeline or in the list to see why it is in your plan.</source>
        <translation>Wählen Sie einen Schritt im Zeitplan oder in der Liste, um zu sehen, warum er in Ihrem Plan steht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Price over 6 months old&lt;/b&gt; by the time you pay: check before paying.</source>
        <translation>&lt;b&gt;⚠ Preis zum Zahlungszeitpunkt älter als 6 Monate&lt;/b&gt;: vor dem Bezahlen prüfen.</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>begonnen am %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>abgeschlossen am %1</translation>
    </message>
    <message>
        <source>Done on %1.</source>
        <translation>Erledigt am %1.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What it involves</source>
        <translation>Was dazugehört</translation>
    </message>
    <message>
        <source>Closes gaps in</source>
        <translation>Schließt Lücken in</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Starts after</source>
        <translation>Beginnt nach</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>book by %1 · sit by %2</source>
        <translation>buchen bis %1 · ablegen bis %2</translation>
    </message>
    <message>
        <source>sit by %1</source>
        <translation>ablegen bis %1</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Schrittdetails</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>Step kind, status and dates</source>
        <translation>Art, Status und Termine des Schritts</translation>
    </message>
    <message>
        <source>Why this step, its time, cost and sources</source>
        <translation>Warum dieser Schritt, Zeit, Kosten und Quellen</translation>
    </message>
    <message>
        <source>No step chosen</source>
        <translation>Kein Schritt ausgewählt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Your step</source>
        <translation>Ihr Schritt</translation>
    </message>
    <message>
        <source>e.g. stakeholder-workshop</source>
        <translation>z. B. stakeholder-workshop</translation>
    </message>
    <message>
        <source>No price (check with the provider)</source>
        <translation>Kein Preis (beim Anbieter erfragen)</translation>
    </message>
    <message>
        <source>Step id</source>
        <translation>Schritt-ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Stunden:</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>An id is 2-60 lowercase letters, digits and hyphens.</source>
        <translation>Eine ID besteht aus 2 bis 60 Kleinbuchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used; choose another id.</source>
        <translation>„%1“ ist schon vergeben; wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>Give the step a title.</source>
        <translation>Geben Sie dem Schritt einen Titel.</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <source>Niche</source>
        <translation>Nische</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Jobsuche</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>StepStyle</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>confidence %1 (%2)</source>
        <translation>Verlässlichkeit %1 (%2)</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>Verlässlichkeit %1</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>No source could confirm this price.</source>
        <translation>Keine Quelle konnte diesen Preis bestätigen.</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation> (Stand %1)</translation>
    </message>
    <message>
        <source>; price over 6 months old: check before paying</source>
        <translation>; Preis älter als 6 Monate: vor dem Bezahlen prüfen</translation>
    </message>
</context>
<context>
    <name>StepsTable</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>✓ Within, even at the high end</source>
        <translation>✓ Passt, selbst im oberen Bereich</translation>
    </message>
    <message>
        <source>⚠ Over, even at the low end</source>
        <translation>⚠ Darüber, selbst im unteren Bereich</translation>
    </message>
    <message>
        <source>? May not fit</source>
        <translation>? Passt eventuell nicht</translation>
    </message>
    <message>
        <source>Re-plan to compare</source>
        <translation>Zum Vergleich neu planen</translation>
    </message>
    <message>
        <source>The high estimate fits the budget.</source>
        <translation>Auch die hohe Schätzung passt ins Budget.</translation>
    </message>
    <message>
        <source>Even the low estimate passes the budget: see the cheaper alternatives.</source>
        <translation>Schon die niedrige Schätzung übersteigt das Budget: Sehen Sie sich die günstigeren Alternativen an.</translation>
    </message>
    <message>
        <source>The high estimate or prices nobody could confirm may pass the budget.</source>
        <translation>Die hohe Schätzung oder unbestätigte Preise könnten das Budget übersteigen.</translation>
    </message>
    <message>
        <source>This plan was saved before cost estimates: re-plan to compare it with the budget.</source>
        <translation>Dieser Plan wurde vor den Kostenschätzungen gespeichert: Planen Sie neu, um ihn mit dem Budget zu vergleichen.</translation>
    </message>
    <message>
        <source>Low to high estimate; unverified prices count as the range sources report. Verified prices alone: %1.</source>
        <translation>Niedrige bis hohe Schätzung; ungeprüfte Preise zählen mit der Spanne, die Quellen nennen. Nur geprüfte Preise: %1.</translation>
    </message>
    <message>
        <source>No price known for: %1.</source>
        <translation>Kein Preis bekannt für: %1.</translation>
    </message>
    <message>
        <source>no job-search step</source>
        <translation>kein Schritt zur Jobsuche</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>von Anfang an</translation>
    </message>
    <message numerus="yes">
        <source>after %n week(s)</source>
        <translation>
            <numerusform>nach %n Woche</numerusform>
            <numerusform>nach %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Planübersicht</translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation>Bewerbungsreif</translation>
    </message>
    <message>
        <source>PMP exam</source>
        <translation>PMP-Prüfung</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Study and work</source>
        <translation>Lernen und Arbeit</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Kostenschätzung</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show the full eligibility and notes</source>
        <translation>Zulassung und Hinweise vollständig zeigen</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>eligible %1</source>
        <translation>zugelassen ab %1</translation>
    </message>
    <message>
        <source>eligible now</source>
        <translation>schon zugelassen</translation>
    </message>
    <message>
        <source>held or excluded</source>
        <translation>vorhanden oder ausgeschlossen</translation>
    </message>
    <message>
        <source>The plan runs from %1.</source>
        <translation>Der Plan beginnt am %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>every price estimated</source>
        <translation>jeder Preis geschätzt</translation>
    </message>
    <message numerus="yes">
        <source>+ %n unknown</source>
        <translation>
            <numerusform>+ %n unbekannt</numerusform>
            <numerusform>+ %n unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>None set</source>
        <translation>Keins festgelegt</translation>
    </message>
    <message>
        <source>add one on the Profile page</source>
        <translation>auf der Seite Profil festlegen</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger zeigen</translation>
    </message>
</context>
<context>
    <name>TimelineLayout</name>
    <message>
        <source>exam %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
</context>
<context>
    <name>TrackComparison</name>
    <message>
        <source>O*NET-SOC occupations the tracks draw on — %1.</source>
        <translation>O*NET-SOC-Berufe, auf denen die Richtungen beruhen — %1.</translation>
    </message>
    <message>
        <source>Track comparison</source>
        <translation>Vergleich der Richtungen</translation>
    </message>
    <message>
        <source>Tracks side by side</source>
        <translation>Richtungen nebeneinander</translation>
    </message>
    <message>
        <source>Aspects by track</source>
        <translation>Aspekte je Richtung</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Richtungen</translation>
    </message>
    <message>
        <source>Aspects</source>
        <translation>Aspekte</translation>
    </message>
    <message>
        <source>How the tracks &amp;differ</source>
        <translation>&amp;Wie sich die Richtungen unterscheiden</translation>
    </message>
    <message>
        <source>O*NET attribution</source>
        <translation>O*NET-Quellenangabe</translation>
    </message>
    <message>
        <source>★ your target</source>
        <translation>★ Ihr Ziel</translation>
    </message>
</context>
<context>
    <name>VariantEditor</name>
    <message>
        <source>as now</source>
        <translation>wie bisher</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Hours a &amp;week:</source>
        <translation>Stunden pro &amp;Woche:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>Weg&amp;lassen:</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Hinzufügen:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>hours a week must be at least 0.5</source>
        <translation>Stunden pro Woche müssen mindestens 0,5 sein</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>Ready to apply</source>
        <translation>Bewerbungsreif</translation>
    </message>
    <message>
        <source>PMP exam</source>
        <translation>PMP-Prüfung</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>What if — %1</source>
        <translation>Was wäre, wenn — %1</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>The plan and its variants side by side</source>
        <translation>Der Plan und seine Varianten nebeneinander</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Wie geplant</translation>
    </message>
    <message>
        <source>Change what you want to try in up to three variants, then compare. Choosing one saves its plan (and its hours, budget, track or steps) as the current plan; Edit &gt; Undo takes it back.</source>
        <translation>Ändern Sie in bis zu drei Varianten, was Sie ausprobieren möchten, und vergleichen Sie dann. Wenn Sie eine wählen, wird ihr Plan (mit Stunden, Budget, Richtung oder Schritten) zum aktuellen Plan; Bearbeiten &gt; Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <source>Change something in a variant first.</source>
        <translation>Ändern Sie zuerst etwas in einer Variante.</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 übernehmen</translation>
    </message>
    <message>
        <source>Use the variant: %1</source>
        <translation>Variante übernehmen: %1</translation>
    </message>
    <message>
        <source>The variant could not be saved</source>
        <translation>Die Variante konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Plan saved with %1; Edit &gt; Undo takes it back</source>
        <translation>Plan mit %1 gespeichert; Bearbeiten &gt; Rückgängig nimmt das zurück</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Coach settings saved; re-plan to total plans in the new currency</source>
        <translation>Coach-Einstellungen gespeichert; planen Sie neu, um Pläne in der neuen Währung zu summieren</translation>
    </message>
    <message>
        <source>Coach settings saved; the new language applies when the app starts again</source>
        <translation>Coach-Einstellungen gespeichert; die neue Sprache gilt ab dem nächsten Start der App</translation>
    </message>
</context>
</TS>
