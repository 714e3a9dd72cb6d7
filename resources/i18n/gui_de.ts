<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>Language</name>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
</context>
<context>
    <name>SummaryStrip</name>
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
        <source>held or excluded</source>
        <translation>vorhanden oder ausgeschlossen</translation>
    </message>
    <message>
        <source>every price estimated</source>
        <translation>jeder Preis geschätzt</translation>
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
