<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessModel</name>
    <message>
        <source>&quot;%1&quot; is a built-in role, and push groups cannot grant or take built-in roles. Rename the group in Okta, and to make someone an orgadmin set the user attribute %2 to true (on the OrgAdmins assignment group) instead.</source>
        <translation>„%1“ ist eine integrierte Rolle, und Push-Gruppen können integrierte Rollen weder erteilen noch entziehen. Benennen Sie die Gruppe in Okta um; um jemanden zum orgadmin zu machen, setzen Sie stattdessen das Benutzerattribut %2 auf true (in der Zuweisungsgruppe OrgAdmins).</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; already belongs to another push group.</source>
        <translation>Die Rolle „%1“ gehört bereits zu einer anderen Push-Gruppe.</translation>
    </message>
    <message>
        <source>A role named &quot;%1&quot; already exists.</source>
        <translation>Eine Rolle namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>removed role %1 (it had no privileges)</source>
        <translation>Rolle %1 entfernt (sie hatte keine Berechtigungen)</translation>
    </message>
    <message>
        <source>removed role %1 and its grants: %2</source>
        <translation>Rolle %1 und ihre Berechtigungen entfernt: %2</translation>
    </message>
    <message>
        <source>The bootstrap administrator %1 was retired when %2 became orgadmin in directory %3; act as a provisioned orgadmin instead.</source>
        <translation>Der Bootstrap-Administrator %1 wurde außer Dienst gestellt, als %2 im Verzeichnis %3 orgadmin wurde; handeln Sie stattdessen als provisionierter orgadmin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user of directory %2 (and not the bootstrap administrator %3).</source>
        <translation>„%1“ ist kein Benutzer des Verzeichnisses %2 (und nicht der Bootstrap-Administrator %3).</translation>
    </message>
    <message>
        <source>%1 does not hold the role &quot;%2&quot; (they hold no role in directory %3).</source>
        <translation>%1 besitzt die Rolle „%2“ nicht (und besitzt im Verzeichnis %3 überhaupt keine Rolle).</translation>
    </message>
    <message>
        <source>%1 does not hold the role &quot;%2&quot; (they hold: %3).</source>
        <translation>%1 besitzt die Rolle „%2“ nicht (vorhandene Rollen: %3).</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 (acting as %2)</source>
        <translation>%1 (in der Rolle %2)</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the privilege %3, which %4 and %5 hold.</source>
        <translation>%1 darf nicht %2: Dafür ist die Berechtigung %3 erforderlich, die %4 und %5 besitzen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot write the journal entry: %1</source>
        <translation>Der Journaleintrag kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>Die Änderung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Unknown privilege &quot;%1&quot;; the privileges are: %2.</source>
        <translation>Unbekannte Berechtigung „%1“; verfügbare Berechtigungen: %2.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot; in directory %2.</source>
        <translation>Im Verzeichnis %2 gibt es keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>grant %1 to role %2</source>
        <translation>%1 der Rolle %2 erteilen</translation>
    </message>
    <message>
        <source>The built-in role %1 already holds %2.</source>
        <translation>Die integrierte Rolle %1 besitzt %2 bereits.</translation>
    </message>
    <message>
        <source>The role %1 already holds %2.</source>
        <translation>Die Rolle %1 besitzt %2 bereits.</translation>
    </message>
    <message>
        <source>granted %1 to role %2</source>
        <translation>%1 der Rolle %2 erteilt</translation>
    </message>
    <message>
        <source>revoke %1 from role %2</source>
        <translation>%1 für die Rolle %2 widerrufen</translation>
    </message>
    <message>
        <source>%1 is one of the built-in role %2&apos;s own privileges and cannot be revoked.</source>
        <translation>%1 gehört zu den eigenen Berechtigungen der integrierten Rolle %2 und kann nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>The role %1 does not hold %2.</source>
        <translation>Die Rolle %1 besitzt %2 nicht.</translation>
    </message>
    <message>
        <source>revoked %1 from role %2</source>
        <translation>%1 für die Rolle %2 widerrufen</translation>
    </message>
    <message>
        <source>create role %1</source>
        <translation>Rolle %1 erstellen</translation>
    </message>
    <message>
        <source>A role name must be 1 to 200 characters long.</source>
        <translation>Ein Rollenname muss 1 bis 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in role.</source>
        <translation>„%1“ ist eine integrierte Rolle.</translation>
    </message>
    <message>
        <source>created role %1</source>
        <translation>Rolle %1 erstellt</translation>
    </message>
    <message>
        <source>assign role %1 to group %2</source>
        <translation>Rolle %1 der Gruppe %2 zuweisen</translation>
    </message>
    <message>
        <source>In the %1 profile each push group is its own role; grant privileges to that role instead of assigning roles to groups.</source>
        <translation>Im Profil %1 ist jede Push-Gruppe eine eigene Rolle; erteilen Sie die Berechtigungen direkt dieser Rolle, anstatt Gruppen Rollen zuzuweisen.</translation>
    </message>
    <message>
        <source>The %1 profile has no groups.</source>
        <translation>Das Profil %1 hat keine Gruppen.</translation>
    </message>
    <message>
        <source>Every active user holds %1 already.</source>
        <translation>Jeder aktive Benutzer besitzt %1 bereits.</translation>
    </message>
    <message>
        <source>There is no group &quot;%1&quot; in directory %2.</source>
        <translation>Im Verzeichnis %2 gibt es keine Gruppe „%1“.</translation>
    </message>
    <message>
        <source>The role %1 is already assigned to group %2.</source>
        <translation>Die Rolle %1 ist der Gruppe %2 bereits zugewiesen.</translation>
    </message>
    <message>
        <source>assigned role %1 to group %2</source>
        <translation>Rolle %1 der Gruppe %2 zugewiesen</translation>
    </message>
    <message>
        <source>unassign role %1 from group %2</source>
        <translation>Zuweisung der Rolle %1 an die Gruppe %2 aufheben</translation>
    </message>
    <message>
        <source>The role %1 is not assigned to group %2.</source>
        <translation>Die Rolle %1 ist der Gruppe %2 nicht zugewiesen.</translation>
    </message>
    <message>
        <source>unassigned role %1 from group %2</source>
        <translation>Zuweisung der Rolle %1 an die Gruppe %2 aufgehoben</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;de&quot; or &quot;fr_FR&quot;.</source>
        <translation>„%1“ ist kein Sprachcode wie „de“ oder „fr_FR“.</translation>
    </message>
    <message>
        <source>A token&apos;s lifetime must be from 1 to %1 days.</source>
        <translation>Die Gültigkeitsdauer eines Tokens muss 1 bis %1 Tage betragen.</translation>
    </message>
    <message>
        <source>Journal entries can be kept from 1 to %1 days, or 0 for ever.</source>
        <translation>Journaleinträge können 1 bis %1 Tage aufbewahrt werden, oder 0 für unbegrenzt.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 is not writable.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 is not a valid settings file.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1 ist keine gültige Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Enter the address to listen on, such as 127.0.0.1.</source>
        <translation>Geben Sie die Adresse ein, an der gelauscht werden soll, z. B. 127.0.0.1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (such as 127.0.0.1 or ::1).</source>
        <translation>„%1“ ist keine IP-Adresse (z. B. 127.0.0.1 oder ::1).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like the name of a secret; secrets belong in the keychain, not in the settings.</source>
        <translation>„%1“ sieht wie der Name eines Geheimnisses aus; Geheimnisse gehören in den Schlüsselbund, nicht in die Einstellungen.</translation>
    </message>
    <message>
        <source>The value for &quot;%1&quot; looks like a bearer token; tokens belong in the keychain, not in the settings.</source>
        <translation>Der Wert für „%1“ sieht wie ein Bearer-Token aus; Token gehören in den Schlüsselbund, nicht in die Einstellungen.</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Search user name, display name, role or group</source>
        <translation>Benutzername, Anzeigename, Rolle oder Gruppe suchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Nur Administratoren</translation>
    </message>
    <message>
        <source>Provisioned users</source>
        <translation>Provisionierte Benutzer</translation>
    </message>
    <message>
        <source>The user&apos;s journal entries</source>
        <translation>Journaleinträge des Benutzers</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>access history</source>
        <translation>Zugriffsverlauf</translation>
    </message>
    <message>
        <source>%1 #%2 (not sealed yet)</source>
        <translation>%1 #%2 (noch nicht versiegelt)</translation>
    </message>
    <message>
        <source>%1 #%2 %3</source>
        <translation>%1 #%2 %3</translation>
    </message>
    <message>
        <source>seq %1</source>
        <translation>seq %1</translation>
    </message>
    <message>
        <source>the start of the chain</source>
        <translation>Kettenanfang</translation>
    </message>
    <message>
        <source>entries were reordered: this entry was written after the entry now at seq %1, but it comes after %2</source>
        <translation>Einträge wurden umsortiert: Dieser Eintrag wurde nach dem Eintrag geschrieben, der jetzt bei seq %1 steht, folgt aber auf %2</translation>
    </message>
    <message>
        <source>entries were reordered: the entry written after %1 is now at seq %2</source>
        <translation>Einträge wurden umsortiert: Der nach %1 geschriebene Eintrag steht jetzt bei seq %2</translation>
    </message>
    <message>
        <source>entries are missing before it: it links to an entry that is not in the table (the first entries were deleted)</source>
        <translation>vor diesem Eintrag fehlen Einträge: Er verweist auf einen Eintrag, der nicht in der Tabelle steht (die ersten Einträge wurden gelöscht)</translation>
    </message>
    <message>
        <source>entries are missing between %1 and this entry: it links to an entry that is not in the table (deleted, or %1 was edited and its hash recomputed)</source>
        <translation>zwischen %1 und diesem Eintrag fehlen Einträge: Er verweist auf einen Eintrag, der nicht in der Tabelle steht (gelöscht, oder %1 wurde bearbeitet und sein Hash neu berechnet)</translation>
    </message>
    <message>
        <source>the retention checkpoint at seq %1 is unreadable</source>
        <translation>der Aufbewahrungs-Prüfpunkt bei seq %1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The journal has %1 entries from before the audit chain that are not sealed yet; they are sealed by the next change, prune after that.</source>
        <translation>Das Journal enthält %1 Einträge aus der Zeit vor der Audit-Kette, die noch nicht versiegelt sind; sie werden mit der nächsten Änderung versiegelt. Bereinigen Sie erst danach.</translation>
    </message>
    <message>
        <source>Cannot remove the old entries: %1</source>
        <translation>Die alten Einträge können nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>retention removed %1 journal entries up to seq %2 (before %3); the chain continues from that entry&apos;s hash %4</source>
        <translation>Aufbewahrung hat %1 Journaleinträge bis seq %2 entfernt (vor %3); die Kette wird ab dem Hash %4 dieses Eintrags fortgesetzt</translation>
    </message>
    <message>
        <source>Cannot record the retention checkpoint: %1</source>
        <translation>Der Aufbewahrungs-Prüfpunkt kann nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the retention: %1</source>
        <translation>Die Aufbewahrung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the chain settings: %1</source>
        <translation>Die Ketteneinstellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the entry is older than the retention checkpoint, which removed every entry up to seq %1</source>
        <translation>der Eintrag ist älter als der Aufbewahrungs-Prüfpunkt, der alle Einträge bis seq %1 entfernt hat</translation>
    </message>
    <message>
        <source>the entry has no hash: it was removed</source>
        <translation>der Eintrag hat keinen Hash: Er wurde entfernt</translation>
    </message>
    <message>
        <source>older entries were never sealed, but this one was appended after them</source>
        <translation>ältere Einträge wurden nie versiegelt, dieser wurde aber nach ihnen angehängt</translation>
    </message>
    <message>
        <source>the entry&apos;s content does not match its hash: it was edited</source>
        <translation>der Inhalt des Eintrags stimmt nicht mit seinem Hash überein: Er wurde bearbeitet</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Die Überprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The directory.</source>
        <translation>Das Verzeichnis.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The operator: a user of the directory (or %1, the bootstrap administrator, until a provisioned user is orgadmin).</source>
        <translation>Der Operator: ein Benutzer des Verzeichnisses (oder %1, der Bootstrap-Administrator, solange kein provisionierter Benutzer orgadmin ist).</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>USERNAME</translation>
    </message>
    <message>
        <source>The operator&apos;s current role (one they hold); default: all of their roles.</source>
        <translation>Die aktuelle Rolle des Operators (eine, die er besitzt); Standard: alle seine Rollen.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The time, ISO 8601 (e.g. 2026-11-01T12:00:00Z).</source>
        <translation>Der Zeitpunkt, ISO 8601 (z. B. 2026-11-01T12:00:00Z).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>scimdesk %1: expected %2.</source>
        <translation>scimdesk %1: %2 erwartet.</translation>
    </message>
    <message>
        <source>scimdesk %1: --directory NAME is required.</source>
        <translation>scimdesk %1: --directory NAME ist erforderlich.</translation>
    </message>
    <message>
        <source>scimdesk %1: there is no directory named &quot;%2&quot;.</source>
        <translation>scimdesk %1: Es gibt kein Verzeichnis namens „%2“.</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (integriert)</translation>
    </message>
    <message>
        <source>, from push group %1</source>
        <translation>, aus Push-Gruppe %1</translation>
    </message>
    <message>
        <source>, assigned to %1</source>
        <translation>, zugewiesen an %1</translation>
    </message>
    <message>
        <source>: no privileges</source>
        <translation>: keine Berechtigungen</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Print who held which role, with which privileges and why, at a past time.</source>
        <translation>Ausgeben, wer zu einem vergangenen Zeitpunkt welche Rolle mit welchen Berechtigungen besaß und warum.</translation>
    </message>
    <message>
        <source>Print the directory&apos;s roles with their privileges and holders (and why they hold them), and its users with their status and roles.</source>
        <translation>Die Rollen des Verzeichnisses mit ihren Berechtigungen und Inhabern (und dem Grund, warum diese sie besitzen) sowie seine Benutzer mit Status und Rollen ausgeben.</translation>
    </message>
    <message>
        <source>no arguments besides options</source>
        <translation>keine Argumente außer Optionen</translation>
    </message>
    <message>
        <source>scimdesk access history: --at must be an ISO 8601 time such as 2026-11-01T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>scimdesk access history: --at muss eine ISO-8601-Zeitangabe wie 2026-11-01T12:00:00Z sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Access in %1 as of %2:</source>
        <translation>Zugriff in %1 zum Zeitpunkt %2:</translation>
    </message>
    <message>
        <source>scimdesk %1: --as USERNAME is required (the operator, who must hold MANAGE_GRANTS).</source>
        <translation>scimdesk %1: --as USERNAME ist erforderlich (der Operator, der MANAGE_GRANTS besitzen muss).</translation>
    </message>
    <message>
        <source>scimdesk %1: %2</source>
        <translation>scimdesk %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 in %3.</source>
        <translation>%1 in %3: %2.</translation>
    </message>
    <message>
        <source>Usage: scimdesk access show --directory NAME [--database PATH] [--json]
       scimdesk access history --directory NAME --at TIME [--database PATH] [--json]
       scimdesk access grant ROLE PRIVILEGE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
       scimdesk access revoke ROLE PRIVILEGE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
       scimdesk access create-role ROLE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
       scimdesk access assign ROLE GROUP --directory NAME --as USERNAME [--role ROLE] [--database PATH]
       scimdesk access unassign ROLE GROUP --directory NAME --as USERNAME [--role ROLE] [--database PATH]
</source>
        <translation>Aufruf: scimdesk access show --directory NAME [--database PATH] [--json]
        scimdesk access history --directory NAME --at TIME [--database PATH] [--json]
        scimdesk access grant ROLE PRIVILEGE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
        scimdesk access revoke ROLE PRIVILEGE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
        scimdesk access create-role ROLE --directory NAME --as USERNAME [--role ROLE] [--database PATH]
        scimdesk access assign ROLE GROUP --directory NAME --as USERNAME [--role ROLE] [--database PATH]
        scimdesk access unassign ROLE GROUP --directory NAME --as USERNAME [--role ROLE] [--database PATH]
</translation>
    </message>
    <message>
        <source>Grant a privilege to a role (the operator must hold MANAGE_GRANTS).</source>
        <translation>Einer Rolle eine Berechtigung erteilen (der Operator muss MANAGE_GRANTS besitzen).</translation>
    </message>
    <message>
        <source>Revoke a privilege from a role (the operator must hold MANAGE_GRANTS).</source>
        <translation>Eine Berechtigung für eine Rolle widerrufen (der Operator muss MANAGE_GRANTS besitzen).</translation>
    </message>
    <message>
        <source>ROLE PRIVILEGE</source>
        <translation>ROLE PRIVILEGE</translation>
    </message>
    <message>
        <source>PRIVILEGE</source>
        <translation>PRIVILEGE</translation>
    </message>
    <message>
        <source>Create a custom role with no privileges.</source>
        <translation>Eine benutzerdefinierte Rolle ohne Berechtigungen erstellen.</translation>
    </message>
    <message>
        <source>Assign a role to a pushed group; its members hold the role.</source>
        <translation>Einer gepushten Gruppe eine Rolle zuweisen; ihre Mitglieder besitzen dann die Rolle.</translation>
    </message>
    <message>
        <source>Take a role back from a group.</source>
        <translation>Die Zuweisung einer Rolle an eine Gruppe aufheben.</translation>
    </message>
    <message>
        <source>ROLE GROUP</source>
        <translation>ROLE GROUP</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>scimdesk access: unknown subcommand &quot;%1&quot;.</source>
        <translation>scimdesk access: unbekannter Unterbefehl „%1“.</translation>
    </message>
    <message>
        <source>scimdesk %1: unexpected argument &quot;%2&quot;.</source>
        <translation>scimdesk %1: unerwartetes Argument „%2“.</translation>
    </message>
    <message>
        <source>Run &quot;scimdesk %1 --help&quot; for the usage.</source>
        <translation>Führen Sie „scimdesk %1 --help“ aus, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>scimdesk %1: there is no database at %2.</source>
        <translation>scimdesk %1: Unter %2 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Check the tamper-evident chains of the journal and the access history: exit 0 when every entry matches its hash and links to the one before it, 1 naming the first entry that does not (and why).</source>
        <translation>Die manipulationssicheren Ketten des Journals und des Zugriffsverlaufs prüfen: Exit-Code 0, wenn jeder Eintrag zu seinem Hash passt und auf den vorherigen verweist, sonst 1 mit Angabe des ersten Eintrags, bei dem das nicht zutrifft (und warum).</translation>
    </message>
    <message>
        <source>%1: %2 entries, head #%3 %4</source>
        <translation>%1: %2 Einträge, Kopf #%3 %4</translation>
    </message>
    <message>
        <source>(not sealed yet)</source>
        <translation>(noch nicht versiegelt)</translation>
    </message>
    <message>
        <source>%1 entries were written before the chain existed and are sealed by the next change.</source>
        <translation>%1 Einträge wurden geschrieben, bevor die Kette existierte, und werden mit der nächsten Änderung versiegelt.</translation>
    </message>
    <message>
        <source>BROKEN: %1 seq %2 (%3), %4: %5</source>
        <translation>UNTERBROCHEN: %1 seq %2 (%3), %4: %5</translation>
    </message>
    <message>
        <source>Retention removed the journal entries up to seq %1; the chain is checked from there.</source>
        <translation>Die Aufbewahrung hat die Journaleinträge bis seq %1 entfernt; die Kette wird ab dort geprüft.</translation>
    </message>
    <message>
        <source>Intact: %1 entries checked.</source>
        <translation>Intakt: %1 Einträge geprüft.</translation>
    </message>
    <message>
        <source>Retention: delete the journal entries older than --before and record, as a new journal entry, the hash the chain was cut at, so that &quot;audit verify&quot; still checks what is kept. The access history is kept whole (past access reviews are rebuilt from it).</source>
        <translation>Aufbewahrung: Journaleinträge löschen, die älter als --before sind, und als neuen Journaleintrag den Hash aufzeichnen, an dem die Kette abgeschnitten wurde, damit „audit verify“ das Verbleibende weiterhin prüfen kann. Der Zugriffsverlauf bleibt vollständig erhalten (vergangene Zugriffsprüfungen werden daraus rekonstruiert).</translation>
    </message>
    <message>
        <source>Remove entries older than this time (ISO 8601, UTC unless a zone is given).</source>
        <translation>Einträge entfernen, die älter als dieser Zeitpunkt sind (ISO 8601; UTC, sofern keine Zeitzone angegeben ist).</translation>
    </message>
    <message>
        <source>scimdesk %1: --before must be an ISO 8601 time such as 2026-01-01T00:00:00Z, not &quot;%2&quot;.</source>
        <translation>scimdesk %1: --before muss eine ISO-8601-Zeitangabe wie 2026-01-01T00:00:00Z sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>scimdesk %1: --before is in the future; retention only removes the past.</source>
        <translation>scimdesk %1: --before liegt in der Zukunft; die Aufbewahrung entfernt nur Vergangenes.</translation>
    </message>
    <message>
        <source>No journal entries older than %1.</source>
        <translation>Keine Journaleinträge älter als %1.</translation>
    </message>
    <message>
        <source>Removed %1 journal entries up to seq %2; checkpoint at seq %3 records the hash %4.</source>
        <translation>%1 Journaleinträge bis seq %2 entfernt; der Prüfpunkt bei seq %3 zeichnet den Hash %4 auf.</translation>
    </message>
    <message>
        <source>Usage: scimdesk audit verify [--database PATH] [--json]
       scimdesk audit prune --before TIME [--database PATH]

  verify   Check the journal&apos;s and the access history&apos;s hash chains; exit 1 naming the
           first entry that was edited, deleted or reordered
  prune    Retention: delete journal entries older than TIME, keeping the chain verifiable
</source>
        <translation>Aufruf: scimdesk audit verify [--database PATH] [--json]
        scimdesk audit prune --before TIME [--database PATH]

  verify   Hash-Ketten des Journals und des Zugriffsverlaufs prüfen; Exit-Code 1 nennt
           den ersten bearbeiteten, gelöschten oder umsortierten Eintrag
  prune    Aufbewahrung: Journaleinträge älter als TIME löschen; die Kette bleibt prüfbar
</translation>
    </message>
    <message>
        <source>scimdesk audit: unknown subcommand &quot;%1&quot;.</source>
        <translation>scimdesk audit: unbekannter Unterbefehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: scimdesk [COMMAND] [OPTIONS]

Without a command, scimdesk opens the console (or, with no display, runs &quot;serve&quot;).

Commands:
  serve       Run the SCIM listener headless until SIGTERM or SIGINT
  directory   Create and list SCIM directories (add, list)
  token       Rotate, revoke and show a directory&apos;s bearer tokens
  access      Show roles, holders and history; grant and revoke privileges
  report      Export an audit report (access review, changes, tokens, errors) as CSV, JSON,
              HTML or PDF
  audit       Verify the tamper-evident chains of the journal and the access history
  simulate    Replay an Okta scenario&apos;s SCIM requests against a SCIM endpoint
  conformance Run Okta&apos;s SCIM SPEC test and request scripts against a SCIM endpoint

Options:
  -h, --help     Show this help (also: scimdesk COMMAND --help)
  -v, --version  Show the version

Secrets are never read from the command line: tokens are printed once when created (and kept in
the keychain when a Secret Service is running).
</source>
        <translation>Aufruf: scimdesk [COMMAND] [OPTIONS]

Ohne Befehl öffnet scimdesk die Konsole (oder führt ohne Display „serve“ aus).

Befehle:
  serve       SCIM-Listener ohne Oberfläche ausführen, bis SIGTERM oder SIGINT eintrifft
  directory   SCIM-Verzeichnisse erstellen und auflisten (add, list)
  token       Bearer-Token eines Verzeichnisses erneuern, widerrufen und anzeigen
  access      Rollen, Inhaber und Verlauf anzeigen; Berechtigungen erteilen und widerrufen
  report      Audit-Bericht (Zugriffsprüfung, Änderungen, Token, Fehler) als CSV, JSON,
              HTML oder PDF exportieren
  audit       Manipulationssichere Ketten des Journals und des Zugriffsverlaufs prüfen
  simulate    SCIM-Anfragen eines Okta-Szenarios gegen einen SCIM-Endpunkt wiedergeben
  conformance SCIM-SPEC-Test und Anfrageskripte von Okta gegen einen SCIM-Endpunkt ausführen

Optionen:
  -h, --help     Diese Hilfe anzeigen (auch: scimdesk COMMAND --help)
  -v, --version  Version anzeigen

Geheimnisse werden nie von der Befehlszeile gelesen: Token werden beim Erstellen einmalig
ausgegeben (und im Schlüsselbund gespeichert, wenn ein Secret Service läuft).
</translation>
    </message>
    <message>
        <source>scimdesk: unknown command &quot;%1&quot;.</source>
        <translation>scimdesk: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Run &quot;scimdesk --help&quot; for the list of commands.</source>
        <translation>Führen Sie „scimdesk --help“ aus, um die Liste der Befehle anzuzeigen.</translation>
    </message>
    <message>
        <source>The SQLite database file (default: %1).</source>
        <translation>Die SQLite-Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The token is also stored in the keychain (service &quot;%1&quot;, key &quot;%2&quot;).</source>
        <translation>Das Token ist außerdem im Schlüsselbund gespeichert (Dienst „%1“, Schlüssel „%2“).</translation>
    </message>
    <message>
        <source>The token was not stored in the keychain: %1</source>
        <translation>Das Token wurde nicht im Schlüsselbund gespeichert: %1</translation>
    </message>
    <message>
        <source>The SCIM base URL, e.g. http://127.0.0.1:7643/scim/v2/acme.</source>
        <translation>Die SCIM-Basis-URL, z. B. http://127.0.0.1:7643/scim/v2/acme.</translation>
    </message>
    <message>
        <source>The environment variable holding the bearer token (default SCIMDESK_TOKEN).</source>
        <translation>Die Umgebungsvariable, die das Bearer-Token enthält (Standard: SCIMDESK_TOKEN).</translation>
    </message>
    <message>
        <source>scimdesk %1: --target must be an http:// or https:// URL, not &quot;%2&quot;.</source>
        <translation>scimdesk %1: --target muss eine http://- oder https://-URL sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>scimdesk %1: the environment variable %2 holding the bearer token is not set.</source>
        <translation>scimdesk %1: Die Umgebungsvariable %2 mit dem Bearer-Token ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Runs Okta&apos;s SCIM 2.0 SPEC test and Okta&apos;s provisioning request scripts against a SCIM endpoint, one pass/fail line per check.</source>
        <translation>Führt den SCIM-2.0-SPEC-Test und die Provisionierungs-Anfrageskripte von Okta gegen einen SCIM-Endpunkt aus, mit einer Ergebniszeile (bestanden/fehlgeschlagen) pro Prüfung.</translation>
    </message>
    <message>
        <source>Print the checks and requests as JSON.</source>
        <translation>Prüfungen und Anfragen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>scimdesk conformance: --target is required.</source>
        <translation>scimdesk conformance: --target ist erforderlich.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>scimdesk conformance: %1</source>
        <translation>scimdesk conformance: %1</translation>
    </message>
    <message>
        <source>cleanup: %1</source>
        <translation>Aufräumen: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestanden, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Create a SCIM directory and print its bearer token once.</source>
        <translation>Ein SCIM-Verzeichnis erstellen und sein Bearer-Token einmalig ausgeben.</translation>
    </message>
    <message>
        <source>The directory name (letters, digits, &apos;-&apos;); the base URL is /scim/v2/NAME.</source>
        <translation>Der Verzeichnisname (Buchstaben, Ziffern, „-“); die Basis-URL lautet /scim/v2/NAME.</translation>
    </message>
    <message>
        <source>The directory profile: %1 (default: generic).</source>
        <translation>Das Verzeichnisprofil: %1 (Standard: generic).</translation>
    </message>
    <message>
        <source>The organization it belongs to.</source>
        <translation>Die Organisation, zu der es gehört.</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>The environment it belongs to.</source>
        <translation>Die Umgebung, zu der es gehört.</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>Make it the organization&apos;s primary directory.</source>
        <translation>Zum primären Verzeichnis der Organisation machen.</translation>
    </message>
    <message>
        <source>Token lifetime, e.g. 365d, 12h, 30s (default: 365d).</source>
        <translation>Gültigkeitsdauer des Tokens, z. B. 365d, 12h, 30s (Standard: 365d).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>The boolean user attribute that makes a user orgadmin (default: deltastreamOrgadmin in the deltastream profile, none otherwise).</source>
        <translation>Das boolesche Benutzerattribut, das einen Benutzer zum orgadmin macht (Standard: deltastreamOrgadmin im Profil deltastream, sonst keines).</translation>
    </message>
    <message>
        <source>ATTRIBUTE</source>
        <translation>ATTRIBUTE</translation>
    </message>
    <message>
        <source>scimdesk directory add: give exactly one directory NAME.</source>
        <translation>scimdesk directory add: Geben Sie genau einen Verzeichnisnamen (NAME) an.</translation>
    </message>
    <message>
        <source>scimdesk directory add: --expires-in must be a positive duration such as 365d, 12h or 30s, not &quot;%1&quot;.</source>
        <translation>scimdesk directory add: --expires-in muss eine positive Dauer wie 365d, 12h oder 30s sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>scimdesk directory add: %1</source>
        <translation>scimdesk directory add: %1</translation>
    </message>
    <message>
        <source>scimdesk directory add: unknown profile &quot;%1&quot;; choose one of: %2.</source>
        <translation>scimdesk directory add: unbekanntes Profil „%1“; wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Created directory %1 (profile %2).</source>
        <translation>Verzeichnis %1 erstellt (Profil %2).</translation>
    </message>
    <message>
        <source>SCIM base path: %1 (append it to the listener&apos;s address)</source>
        <translation>SCIM-Basispfad: %1 (an die Adresse des Listeners anhängen)</translation>
    </message>
    <message>
        <source>Bearer token (shown only now; ScimDesk keeps only its hash): %1</source>
        <translation>Bearer-Token (wird nur jetzt angezeigt; ScimDesk speichert nur seinen Hash): %1</translation>
    </message>
    <message>
        <source>The token expires on %1.</source>
        <translation>Das Token läuft am %1 ab.</translation>
    </message>
    <message>
        <source>List the SCIM directories and the state of their tokens.</source>
        <translation>Die SCIM-Verzeichnisse und den Zustand ihrer Token auflisten.</translation>
    </message>
    <message>
        <source>scimdesk directory list: unexpected argument &quot;%1&quot;.</source>
        <translation>scimdesk directory list: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>No directories. Create one with: scimdesk directory add NAME</source>
        <translation>Keine Verzeichnisse. Erstellen Sie eines mit: scimdesk directory add NAME</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>token %1, expires %2</source>
        <translation>Token %1, Ablauf %2</translation>
    </message>
    <message>
        <source>Usage: scimdesk directory add NAME [--database PATH] [--profile NAME] [--organization ORG]
                              [--environment ENV] [--primary] [--expires-in DURATION] [--json]
       scimdesk directory list [--database PATH] [--json]
</source>
        <translation>Aufruf: scimdesk directory add NAME [--database PATH] [--profile NAME] [--organization ORG]
                               [--environment ENV] [--primary] [--expires-in DURATION] [--json]
        scimdesk directory list [--database PATH] [--json]
</translation>
    </message>
    <message>
        <source>scimdesk directory: unknown subcommand &quot;%1&quot; (use add or list).</source>
        <translation>scimdesk directory: unbekannter Unterbefehl „%1“ (verwenden Sie add oder list).</translation>
    </message>
    <message>
        <source>Write an audit report of one directory: access-review (who held which role and privilege at --at, and why), changes (joiners, movers, leavers with the time to the loss of every role, grants), tokens (issued, rotated, revoked and expired tokens, last use, bad-token attempts) or errors (failed requests by cause) over --from/--to. Times are ISO 8601, UTC unless a zone is given; a date alone is the start of that day (for --to: its end).</source>
        <translation>Einen Audit-Bericht für ein Verzeichnis schreiben: access-review (wer zum Zeitpunkt --at welche Rolle und Berechtigung besaß und warum), changes (Eintritte, Wechsel und Austritte mit der Zeit bis zum Verlust jeder Rolle, erteilte Berechtigungen), tokens (ausgestellte, erneuerte, widerrufene und abgelaufene Token, letzte Verwendung, Versuche mit ungültigem Token) oder errors (fehlgeschlagene Anfragen nach Ursache) im Zeitraum --from/--to. Zeitangaben in ISO 8601, UTC, sofern keine Zeitzone angegeben ist; ein Datum allein bezeichnet den Beginn dieses Tages (bei --to: sein Ende).</translation>
    </message>
    <message>
        <source>access-review, changes, tokens or errors.</source>
        <translation>access-review, changes, tokens oder errors.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The point in time (access-review).</source>
        <translation>Der Zeitpunkt (access-review).</translation>
    </message>
    <message>
        <source>The start of the period.</source>
        <translation>Der Beginn des Zeitraums.</translation>
    </message>
    <message>
        <source>The end of the period (included).</source>
        <translation>Das Ende des Zeitraums (einschließlich).</translation>
    </message>
    <message>
        <source>csv, json, html or pdf.</source>
        <translation>csv, json, html oder pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write (replaced when complete).</source>
        <translation>Die zu schreibende Datei (wird erst nach Fertigstellung ersetzt).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>--type must be one of %1, not &quot;%2&quot;.</source>
        <translation>--type muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &quot;%2&quot;.</source>
        <translation>--format muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--type %1 takes --at TIME (not --from/--to).</source>
        <translation>--type %1 erwartet --at TIME (nicht --from/--to).</translation>
    </message>
    <message>
        <source>--at must be an ISO 8601 time such as 2026-11-01T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>--at muss eine ISO-8601-Zeitangabe wie 2026-11-01T12:00:00Z sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--type %1 takes --from TIME and --to TIME (not --at).</source>
        <translation>--type %1 erwartet --from TIME und --to TIME (nicht --at).</translation>
    </message>
    <message>
        <source>--from and --to must be ISO 8601 times such as 2026-11-01T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>--from und --to müssen ISO-8601-Zeitangaben wie 2026-11-01T12:00:00Z sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Make the PDF with the console&apos;s Export Report dialog, or write --format html and print it to PDF.</source>
        <translation>Erstellen Sie das PDF über den Dialog „Bericht exportieren“ der Konsole, oder schreiben Sie mit --format html und drucken Sie das Ergebnis als PDF.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows) to %3.</source>
        <translation>%1 (%2 Zeilen) in %3 geschrieben.</translation>
    </message>
    <message>
        <source>Generated a self-signed certificate, valid for one year: %1</source>
        <translation>Selbstsigniertes Zertifikat erzeugt, ein Jahr gültig: %1</translation>
    </message>
    <message>
        <source>Using the self-signed certificate %1</source>
        <translation>Selbstsigniertes Zertifikat %1 wird verwendet</translation>
    </message>
    <message>
        <source>scimdesk serve: %1</source>
        <translation>scimdesk serve: %1</translation>
    </message>
    <message>
        <source>scimdesk serve: warning: %1</source>
        <translation>scimdesk serve: Warnung: %1</translation>
    </message>
    <message>
        <source>Run the SCIM 2.0 listener headless until SIGTERM or SIGINT.</source>
        <translation>Den SCIM-2.0-Listener ohne Oberfläche ausführen, bis SIGTERM oder SIGINT eintrifft.</translation>
    </message>
    <message>
        <source>The address and port to listen on (default: %1); HTTPS with a certificate option, unless --tls-listen is given.</source>
        <translation>Adresse und Port, an denen gelauscht wird (Standard: %1); HTTPS mit einer Zertifikatsoption, sofern nicht --tls-listen angegeben ist.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>Also serve HTTPS on this address and port, while --listen serves plain HTTP; needs --tls-cert with --tls-key, or --tls-self-signed.</source>
        <translation>Zusätzlich HTTPS an dieser Adresse und diesem Port bereitstellen, während --listen einfaches HTTP bereitstellt; erfordert --tls-cert mit --tls-key oder --tls-self-signed.</translation>
    </message>
    <message>
        <source>Allow listening on a non-loopback address without TLS (tokens would cross the network in clear).</source>
        <translation>Lauschen an einer Nicht-Loopback-Adresse ohne TLS erlauben (Token würden unverschlüsselt über das Netzwerk übertragen).</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (chain, leaf first).</source>
        <translation>HTTPS mit diesem PEM-Zertifikat bereitstellen (Kette, Endzertifikat zuerst).</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key of --tls-cert.</source>
        <translation>Der unverschlüsselte private PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a self-signed certificate kept next to the database (created when missing or about to expire); pin the SHA-256 fingerprint it prints.</source>
        <translation>HTTPS mit einem selbstsignierten Zertifikat bereitstellen, das neben der Datenbank abgelegt wird (wird erstellt, wenn es fehlt oder bald abläuft); pinnen Sie den ausgegebenen SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>scimdesk serve: unexpected argument &quot;%1&quot;.</source>
        <translation>scimdesk serve: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>scimdesk serve: --listen must be HOST:PORT (for example 127.0.0.1:7643), not &quot;%1&quot;.</source>
        <translation>scimdesk serve: --listen muss HOST:PORT sein (zum Beispiel 127.0.0.1:7643), nicht „%1“.</translation>
    </message>
    <message>
        <source>scimdesk serve: --tls-listen must be HOST:PORT (for example 127.0.0.1:7644), not &quot;%1&quot;.</source>
        <translation>scimdesk serve: --tls-listen muss HOST:PORT sein (zum Beispiel 127.0.0.1:7644), nicht „%1“.</translation>
    </message>
    <message>
        <source>scimdesk serve: --tls-cert and --tls-key go together: pass both.</source>
        <translation>scimdesk serve: --tls-cert und --tls-key gehören zusammen: Geben Sie beide an.</translation>
    </message>
    <message>
        <source>scimdesk serve: use either --tls-cert with --tls-key, or --tls-self-signed, not both.</source>
        <translation>scimdesk serve: Verwenden Sie entweder --tls-cert mit --tls-key oder --tls-self-signed, nicht beides.</translation>
    </message>
    <message>
        <source>scimdesk serve: --tls-listen needs a certificate: pass --tls-cert FILE with --tls-key FILE, or --tls-self-signed.</source>
        <translation>scimdesk serve: --tls-listen benötigt ein Zertifikat: Geben Sie --tls-cert FILE mit --tls-key FILE oder --tls-self-signed an.</translation>
    </message>
    <message>
        <source>scimdesk serve: %1 is not a loopback address, and with --tls-listen the --listen address serves plain HTTP: bearer tokens would travel unencrypted there. Listen on a loopback address, or pass --insecure-bind to acknowledge.</source>
        <translation>scimdesk serve: %1 ist keine Loopback-Adresse, und mit --tls-listen stellt die --listen-Adresse einfaches HTTP bereit: Bearer-Token würden dort unverschlüsselt übertragen. Lauschen Sie an einer Loopback-Adresse, oder bestätigen Sie dies mit --insecure-bind.</translation>
    </message>
    <message>
        <source>scimdesk serve: %1 is not a loopback address. Bearer tokens would travel unencrypted; put a TLS proxy in front and pass --insecure-bind to acknowledge, or serve HTTPS with --tls-cert FILE --tls-key FILE or --tls-self-signed.</source>
        <translation>scimdesk serve: %1 ist keine Loopback-Adresse. Bearer-Token würden unverschlüsselt übertragen; schalten Sie einen TLS-Proxy vor und bestätigen Sie dies mit --insecure-bind, oder stellen Sie HTTPS mit --tls-cert FILE --tls-key FILE oder --tls-self-signed bereit.</translation>
    </message>
    <message>
        <source>scimdesk serve: --listen: %1</source>
        <translation>scimdesk serve: --listen: %1</translation>
    </message>
    <message>
        <source>scimdesk serve: --tls-listen: %1</source>
        <translation>scimdesk serve: --tls-listen: %1</translation>
    </message>
    <message>
        <source>ScimDesk %1 is listening on %2 and %3 (database %4)</source>
        <translation>ScimDesk %1 lauscht an %2 und %3 (Datenbank %4)</translation>
    </message>
    <message>
        <source>ScimDesk %1 is listening on %2 (database %3)</source>
        <translation>ScimDesk %1 lauscht an %2 (Datenbank %3)</translation>
    </message>
    <message>
        <source>TLS certificate SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck des TLS-Zertifikats: %1</translation>
    </message>
    <message>
        <source>No directories yet. Create one (its token is printed once) with:</source>
        <translation>Noch keine Verzeichnisse. Erstellen Sie eines (sein Token wird einmalig ausgegeben) mit:</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C or SIGTERM.</source>
        <translation>Beenden mit Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>ScimDesk stopped.</source>
        <translation>ScimDesk wurde beendet.</translation>
    </message>
    <message>
        <source>Replays a scenario&apos;s Okta admin actions as Okta&apos;s SCIM requests against a SCIM endpoint.</source>
        <translation>Spielt die Okta-Administratoraktionen eines Szenarios als SCIM-Anfragen von Okta gegen einen SCIM-Endpunkt ab.</translation>
    </message>
    <message>
        <source>The scenario file (JSON).</source>
        <translation>Die Szenariodatei (JSON).</translation>
    </message>
    <message>
        <source>Print the results and traces as JSON.</source>
        <translation>Ergebnisse und Traces als JSON ausgeben.</translation>
    </message>
    <message>
        <source>scimdesk simulate: --scenario and --target are required.</source>
        <translation>scimdesk simulate: --scenario und --target sind erforderlich.</translation>
    </message>
    <message>
        <source>The directory name.</source>
        <translation>Der Verzeichnisname.</translation>
    </message>
    <message>
        <source>scimdesk %1: give exactly one directory NAME.</source>
        <translation>scimdesk %1: Geben Sie genau einen Verzeichnisnamen (NAME) an.</translation>
    </message>
    <message>
        <source>Issue a new bearer token for a directory and print it once; the previous token is revoked at once, or keeps working for the --overlap while Okta is updated.</source>
        <translation>Ein neues Bearer-Token für ein Verzeichnis ausstellen und einmalig ausgeben; das vorherige Token wird sofort widerrufen oder funktioniert während der Übergangszeit (--overlap) weiter, bis Okta aktualisiert ist.</translation>
    </message>
    <message>
        <source>How long the previous token keeps working, e.g. 10m, 1h, 0 (default: 0, revoked at once).</source>
        <translation>Wie lange das vorherige Token weiter funktioniert, z. B. 10m, 1h, 0 (Standard: 0, sofort widerrufen).</translation>
    </message>
    <message>
        <source>The new token&apos;s lifetime, e.g. 365d, 12h (default: 365d).</source>
        <translation>Die Gültigkeitsdauer des neuen Tokens, z. B. 365d, 12h (Standard: 365d).</translation>
    </message>
    <message>
        <source>The administrator (a user holding orgadmin) the token belongs to; it works only while they hold orgadmin. Needed where the profile wants an administrator&apos;s token (rudderstack; default there: the bootstrap administrator, while no provisioned user holds orgadmin).</source>
        <translation>Der Administrator (ein Benutzer mit orgadmin), dem das Token gehört; es funktioniert nur, solange er orgadmin besitzt. Erforderlich, wenn das Profil das Token eines Administrators verlangt (rudderstack; Standard dort: der Bootstrap-Administrator, solange kein provisionierter Benutzer orgadmin besitzt).</translation>
    </message>
    <message>
        <source>scimdesk token rotate: --overlap must be 0 or a positive duration such as 10m, 1h or 30s, not &quot;%1&quot;.</source>
        <translation>scimdesk token rotate: --overlap muss 0 oder eine positive Dauer wie 10m, 1h oder 30s sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>scimdesk token rotate: --expires-in must be a positive duration such as 365d, 12h or 30s, not &quot;%1&quot;.</source>
        <translation>scimdesk token rotate: --expires-in muss eine positive Dauer wie 365d, 12h oder 30s sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>scimdesk token rotate: %1</source>
        <translation>scimdesk token rotate: %1</translation>
    </message>
    <message>
        <source>New bearer token for %1 (shown only now; ScimDesk keeps only its hash): %2</source>
        <translation>Neues Bearer-Token für %1 (wird nur jetzt angezeigt; ScimDesk speichert nur seinen Hash): %2</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Es läuft am %1 ab.</translation>
    </message>
    <message>
        <source>It belongs to %1 and works only while they hold orgadmin.</source>
        <translation>Es gehört %1 und funktioniert nur, solange diese Person orgadmin besitzt.</translation>
    </message>
    <message>
        <source>The previous token keeps working until %1: enter the new one in Okta before then.</source>
        <translation>Das vorherige Token funktioniert noch bis %1: Tragen Sie das neue vorher in Okta ein.</translation>
    </message>
    <message>
        <source>The previous token was revoked: enter the new one in Okta now.</source>
        <translation>Das vorherige Token wurde widerrufen: Tragen Sie das neue jetzt in Okta ein.</translation>
    </message>
    <message>
        <source>Revoke every active bearer token of a directory: Okta&apos;s requests fail until a new token is rotated in.</source>
        <translation>Alle aktiven Bearer-Token eines Verzeichnisses widerrufen: Die Anfragen von Okta schlagen fehl, bis durch Erneuerung ein neues Token eingesetzt wird.</translation>
    </message>
    <message>
        <source>scimdesk token revoke: %1</source>
        <translation>scimdesk token revoke: %1</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n bearer token(s) of %1.</source>
        <translation>
            <numerusform>%n Bearer-Token von %1 widerrufen.</numerusform>
            <numerusform>%n Bearer-Token von %1 widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the state of a directory&apos;s bearer tokens (never the tokens).</source>
        <translation>Den Zustand der Bearer-Token eines Verzeichnisses anzeigen (niemals die Token selbst).</translation>
    </message>
    <message>
        <source>scimdesk token show: %1</source>
        <translation>scimdesk token show: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1  created %2  expires %3  last used %4</source>
        <translation>%1  erstellt %2  Ablauf %3  zuletzt verwendet %4</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>  works until %1</source>
        <translation>  gültig bis %1</translation>
    </message>
    <message>
        <source>  revoked %1</source>
        <translation>  widerrufen %1</translation>
    </message>
    <message>
        <source>  belongs to %1</source>
        <translation>  gehört %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message>
        <source>%1 has no token. Issue one with: scimdesk token rotate %1</source>
        <translation>%1 hat kein Token. Stellen Sie eines aus mit: scimdesk token rotate %1</translation>
    </message>
    <message>
        <source>Usage: scimdesk token rotate NAME [--database PATH] [--overlap DURATION] [--expires-in DURATION] [--as USERNAME] [--json]
       scimdesk token revoke NAME [--database PATH] [--json]
       scimdesk token show NAME [--database PATH] [--json]
</source>
        <translation>Aufruf: scimdesk token rotate NAME [--database PATH] [--overlap DURATION] [--expires-in DURATION] [--as USERNAME] [--json]
        scimdesk token revoke NAME [--database PATH] [--json]
        scimdesk token show NAME [--database PATH] [--json]
</translation>
    </message>
    <message>
        <source>scimdesk token: unknown subcommand &quot;%1&quot; (use rotate, revoke or show).</source>
        <translation>scimdesk token: unbekannter Unterbefehl „%1“ (verwenden Sie rotate, revoke oder show).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt Sql driver %1 is not installed.</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this ScimDesk understands (%2); upgrade ScimDesk</source>
        <translation>die Datenbank hat die Schemaversion %1, die neuer ist, als diese ScimDesk-Version unterstützt (%2); aktualisieren Sie ScimDesk</translation>
    </message>
</context>
<context>
    <name>DirectoryAdmin</name>
    <message>
        <source>A directory name must be 1 to 63 characters long.</source>
        <translation>Ein Verzeichnisname muss 1 bis 63 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A directory name may contain only letters a-z, digits and &apos;-&apos; (Okta refuses base URLs with &apos;_&apos;); &quot;%1&quot; contains &apos;%2&apos;.</source>
        <translation>Ein Verzeichnisname darf nur die Buchstaben a-z, Ziffern und „-“ enthalten (Okta lehnt Basis-URLs mit „_“ ab); „%1“ enthält „%2“.</translation>
    </message>
    <message>
        <source>A directory name must not start or end with &apos;-&apos;.</source>
        <translation>Ein Verzeichnisname darf nicht mit „-“ beginnen oder enden.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unbekanntes Profil „%1“; wählen Sie eines von: %2.</translation>
    </message>
    <message>
        <source>The token lifetime must be positive.</source>
        <translation>Die Gültigkeitsdauer des Tokens muss positiv sein.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>issued the bearer token (it expires on %1)</source>
        <translation>Bearer-Token ausgestellt (läuft am %1 ab)</translation>
    </message>
    <message>
        <source>issued the bearer token (it never expires)</source>
        <translation>Bearer-Token ausgestellt (läuft nie ab)</translation>
    </message>
    <message>
        <source>%1; it belongs to %2</source>
        <translation>%1; es gehört %2</translation>
    </message>
    <message>
        <source>Cannot write the journal entry for the new token.</source>
        <translation>Der Journaleintrag für das neue Token kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot save the directory: %1</source>
        <translation>Das Verzeichnis kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>A directory named &quot;%1&quot; already exists.</source>
        <translation>Ein Verzeichnis namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot create the directory: %1</source>
        <translation>Das Verzeichnis kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot make the directory primary: %1</source>
        <translation>Das Verzeichnis kann nicht zum primären Verzeichnis gemacht werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the token hash: %1</source>
        <translation>Der Token-Hash kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot revoke the tokens: %1</source>
        <translation>Die Token können nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>Cannot retire the tokens: %1</source>
        <translation>Die Token können nicht außer Dienst gestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>JournalQuery</name>
    <message>
        <source>The time range is empty: its start is not before its end.</source>
        <translation>Der Zeitraum ist leer: Sein Beginn liegt nicht vor seinem Ende.</translation>
    </message>
    <message>
        <source>A status is a number from 100 to 599, not %1.</source>
        <translation>Ein Status ist eine Zahl von 100 bis 599, nicht %1.</translation>
    </message>
    <message>
        <source>A page holds at least one entry, not %1.</source>
        <translation>Eine Seite enthält mindestens einen Eintrag, nicht %1.</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Das Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The journal could not be counted: %1</source>
        <translation>Die Journaleinträge konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>The journal entry could not be read: %1</source>
        <translation>Der Journaleintrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The journal activity could not be read: %1</source>
        <translation>Die Journalaktivität konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>JournalRedaction</name>
    <message>
        <source>…[truncated; %1 bytes in all]</source>
        <translation>…[gekürzt; insgesamt %1 Bytes]</translation>
    </message>
    <message>
        <source>[a body of %1 bytes that is not JSON; not kept]</source>
        <translation>[ein Inhalt von %1 Bytes, der kein JSON ist; nicht gespeichert]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ScimDesk</source>
        <translation>ScimDesk</translation>
    </message>
    <message>
        <source>Console sections</source>
        <translation>Konsolenbereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Listener</source>
        <translation>&amp;Listener</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Directory and role</source>
        <translation>Verzeichnis und Rolle</translation>
    </message>
    <message>
        <source>&amp;New directory…</source>
        <translation>&amp;Neues Verzeichnis…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Start the listener</source>
        <translation>Listener &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top the listener</source>
        <translation>Listener s&amp;toppen</translation>
    </message>
    <message>
        <source>Onboarding &amp;walkthrough…</source>
        <translation>&amp;Einführung…</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About ScimDesk</source>
        <translation>Ü&amp;ber ScimDesk</translation>
    </message>
</context>
<context>
    <name>NewDirectoryDialog</name>
    <message>
        <source>New directory</source>
        <translation>Neues Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Directory name</source>
        <translation>Verzeichnisname</translation>
    </message>
    <message>
        <source>e.g. deltastream-prod</source>
        <translation>z. B. deltastream-prod</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>optional, e.g. production</source>
        <translation>optional, z. B. production</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Primary directory of the organization</source>
        <translation>Primäres Verzeichnis der Organisation</translation>
    </message>
    <message>
        <source>Token &amp;expires in</source>
        <translation>Token läuft &amp;ab in</translation>
    </message>
    <message>
        <source>Token lifetime in days</source>
        <translation>Gültigkeitsdauer des Tokens in Tagen</translation>
    </message>
</context>
<context>
    <name>ProvisioningLogTab</name>
    <message>
        <source>Provisioning Log</source>
        <translation>Provisionierungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Start of the time range (inclusive)</source>
        <translation>Beginn des Zeitraums (einschließlich)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>End of the time range (exclusive)</source>
        <translation>Ende des Zeitraums (ausschließlich)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A class of statuses, or type an exact status such as 409</source>
        <translation>Eine Statusklasse, oder geben Sie einen genauen Status wie 409 ein</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>part of a userName</source>
        <translation>Teil eines userName</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>part of a group name</source>
        <translation>Teil eines Gruppennamens</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>meaning, path or client</source>
        <translation>Bedeutung, Pfad oder Client</translation>
    </message>
    <message>
        <source>Number of requests</source>
        <translation>Anzahl der Anfragen</translation>
    </message>
    <message>
        <source>&amp;Live tail</source>
        <translation>&amp;Live-Verfolgung</translation>
    </message>
    <message>
        <source>Live tail</source>
        <translation>Live-Verfolgung</translation>
    </message>
    <message>
        <source>Show new requests at the top as they arrive</source>
        <translation>Neue Anfragen bei Eingang oben anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Write the filtered requests to a CSV file</source>
        <translation>Die gefilterten Anfragen in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Journaled requests</source>
        <translation>Im Journal erfasste Anfragen</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Keine Anfragen</translation>
    </message>
    <message>
        <source>Bodies of the selected request</source>
        <translation>Inhalte der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>Re&amp;quest body</source>
        <translation>&amp;Anfrageinhalt</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>Res&amp;ponse body</source>
        <translation>Ant&amp;wortinhalt</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>Activity chart</source>
        <translation>Aktivitätsdiagramm</translation>
    </message>
</context>
<context>
    <name>PushGroupsTab</name>
    <message>
        <source>Pushed groups</source>
        <translation>Gepushte Gruppen</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Mitglieder der Gruppe</translation>
    </message>
    <message>
        <source>Roles assigned to the group</source>
        <translation>Der Gruppe zugewiesene Rollen</translation>
    </message>
    <message>
        <source>Role to assign</source>
        <translation>Zuzuweisende Rolle</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Pushed, renamed and membership changes</source>
        <translation>Pushes, Umbenennungen und Mitgliedschaftsänderungen</translation>
    </message>
    <message>
        <source>Group history</source>
        <translation>Gruppenverlauf</translation>
    </message>
    <message>
        <source>Refused requests</source>
        <translation>Abgelehnte Anfragen</translation>
    </message>
    <message>
        <source>Refused group requests</source>
        <translation>Abgelehnte Gruppenanfragen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Zeitpunkt</translation>
    </message>
    <message>
        <source>Who held which role and privilege at this moment (local time)</source>
        <translation>Wer zu diesem Zeitpunkt welche Rolle und Berechtigung besaß (Ortszeit)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Vo&amp;n</translation>
    </message>
    <message>
        <source>The start of the period (local time)</source>
        <translation>Beginn des Zeitraums (Ortszeit)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>The end of the period, included (local time)</source>
        <translation>Ende des Zeitraums, einschließlich (Ortszeit)</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>Open the file when it is written</source>
        <translation>Datei nach dem Schreiben öffnen</translation>
    </message>
    <message>
        <source>&amp;Open the File</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Kettenkopf</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Prüfen mit</translation>
    </message>
    <message>
        <source>Every journal and access-history entry carries the SHA-256 hash of its content and of the entry before it. The verify command checks that no entry was edited, deleted or reordered since; a chain head that matches the one above shows that this report was made from the same record.</source>
        <translation>Jeder Eintrag im Journal und im Zugriffsverlauf enthält den SHA-256-Hash seines Inhalts und des vorherigen Eintrags. Der Befehl verify prüft, dass seitdem kein Eintrag bearbeitet, gelöscht oder umsortiert wurde; stimmt der Kettenkopf mit dem obigen überein, belegt dies, dass dieser Bericht aus demselben Datenbestand erstellt wurde.</translation>
    </message>
    <message>
        <source>Nothing to report for this directory and period.</source>
        <translation>Für dieses Verzeichnis und diesen Zeitraum gibt es nichts zu berichten.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>PDF reports need the graphical part of Qt (a QGuiApplication; offscreen is enough).</source>
        <translation>PDF-Berichte benötigen den grafischen Teil von Qt (eine QGuiApplication; offscreen genügt).</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <source>Active users holding a privileged role</source>
        <translation>Aktive Benutzer mit einer privilegierten Rolle</translation>
    </message>
    <message>
        <source>Users not active (not listed)</source>
        <translation>Nicht aktive Benutzer (nicht aufgeführt)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Seconds to revoke</source>
        <translation>Sekunden bis zum Widerruf</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <source>new user</source>
        <translation>neuer Benutzer</translation>
    </message>
    <message>
        <source>%1; every role removed at %2</source>
        <translation>%1; alle Rollen um %2 entfernt</translation>
    </message>
    <message>
        <source>%1; reactivated before every role was removed</source>
        <translation>%1; reaktiviert, bevor alle Rollen entfernt waren</translation>
    </message>
    <message>
        <source>%1; still holds %2</source>
        <translation>%1; hat weiterhin %2</translation>
    </message>
    <message>
        <source>Joiners</source>
        <translation>Eintritte</translation>
    </message>
    <message>
        <source>Role changes of active users (movers)</source>
        <translation>Rollenänderungen aktiver Benutzer (Wechsel)</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>Austritte</translation>
    </message>
    <message>
        <source>Leavers who lost every role</source>
        <translation>Ausgetretene Benutzer, die alle Rollen verloren haben</translation>
    </message>
    <message>
        <source>Leavers still holding a role</source>
        <translation>Ausgetretene Benutzer, die noch eine Rolle haben</translation>
    </message>
    <message>
        <source>Longest time from deactivation to the loss of every role</source>
        <translation>Längste Zeit von der Deaktivierung bis zum Verlust aller Rollen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Grants, revocations and role changes by operators</source>
        <translation>Erteilungen, Widerrufe und Rollenänderungen durch Operatoren</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>zuvor %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>replaced by a newer token; stopped working</source>
        <translation>durch ein neueres Token ersetzt; nicht mehr gültig</translation>
    </message>
    <message>
        <source>last accepted request</source>
        <translation>letzte akzeptierte Anfrage</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <source>%1 refused (401), %2 locked out (429), the last at %3</source>
        <translation>%1 abgelehnt (401), %2 ausgesperrt (429), zuletzt %3</translation>
    </message>
    <message>
        <source>Tokens issued</source>
        <translation>Ausgestellte Token</translation>
    </message>
    <message>
        <source>Tokens revoked, rotated out or expired</source>
        <translation>Widerrufene, durch Erneuerung ersetzte oder abgelaufene Token</translation>
    </message>
    <message>
        <source>Bad-token attempts (401 and 429)</source>
        <translation>Versuche mit ungültigem Token (401 und 429)</translation>
    </message>
    <message>
        <source>Addresses with bad-token attempts</source>
        <translation>Adressen mit Versuchen mit ungültigem Token</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>HTTP %1 without a message</source>
        <translation>HTTP %1 ohne Meldung</translation>
    </message>
    <message>
        <source>(other causes)</source>
        <translation>(andere Ursachen)</translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation>Fehlgeschlagene Anfragen</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <source>Changes: joiners, movers and leavers</source>
        <translation>Änderungen: Eintritte, Wechsel und Austritte</translation>
    </message>
    <message>
        <source>Security integration: tokens</source>
        <translation>Sicherheitsintegration: Token</translation>
    </message>
    <message>
        <source>Provisioning errors</source>
        <translation>Provisionierungsfehler</translation>
    </message>
    <message>
        <source>Choose a directory.</source>
        <translation>Wählen Sie ein Verzeichnis aus.</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Wählen Sie die Datei aus, in die der Bericht geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>PDF reports need the graphical part of Qt (a QGuiApplication; offscreen is enough).</source>
        <translation>PDF-Berichte benötigen den grafischen Teil von Qt (eine QGuiApplication; offscreen genügt).</translation>
    </message>
    <message>
        <source>There is no directory named &quot;%1&quot;.</source>
        <translation>Es gibt kein Verzeichnis namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Der Bericht wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ResourceCodec</name>
    <message>
        <source>&quot;%1&quot; must be %2%3.</source>
        <translation>&quot;%1&quot; muss %2%3 sein.</translation>
    </message>
    <message>
        <source> or an array of them</source>
        <translation> oder ein Array davon</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one value marked primary.</source>
        <translation>In &quot;%1&quot; ist mehr als ein Wert als primär markiert.</translation>
    </message>
    <message>
        <source>%1[%2] must be an object with a non-empty string &quot;value&quot; (a user id).</source>
        <translation>%1[%2] muss ein Objekt mit einer nicht leeren Zeichenkette &quot;value&quot; (einer Benutzer-ID) sein.</translation>
    </message>
    <message>
        <source>%1[%2] has type &quot;%3&quot;: only users can be members (nested groups are not supported).</source>
        <translation>%1[%2] hat den Typ &quot;%3&quot;: Nur Benutzer können Mitglieder sein (verschachtelte Gruppen werden nicht unterstützt).</translation>
    </message>
    <message>
        <source>&quot;schemas&quot; must be an array of schema URNs.</source>
        <translation>&quot;schemas&quot; muss ein Array von Schema-URNs sein.</translation>
    </message>
    <message>
        <source>&quot;members&quot; must be an array of objects.</source>
        <translation>&quot;members&quot; muss ein Array von Objekten sein.</translation>
    </message>
    <message>
        <source>Core attributes must be top-level, not nested under &quot;%1&quot;.</source>
        <translation>Kernattribute müssen auf oberster Ebene stehen, nicht verschachtelt unter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The extension &quot;%1&quot; must be an object of attributes.</source>
        <translation>Die Erweiterung &quot;%1&quot; muss ein Objekt aus Attributen sein.</translation>
    </message>
    <message>
        <source>&quot;externalId&quot; must be a string.</source>
        <translation>&quot;externalId&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required and must be a non-empty string.</source>
        <translation>&quot;%1&quot; ist erforderlich und muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>RoleMappingsTab</name>
    <message>
        <source>Search roles and users</source>
        <translation>Rollen und Benutzer durchsuchen</translation>
    </message>
    <message>
        <source>Search roles, users, groups</source>
        <translation>Rollen, Benutzer, Gruppen durchsuchen</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Nach Rolle</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Nach Benutzer</translation>
    </message>
    <message>
        <source>Roles and who holds them</source>
        <translation>Rollen und ihre Inhaber</translation>
    </message>
    <message>
        <source>Privileges of the selected role</source>
        <translation>Berechtigungen der ausgewählten Rolle</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Erteilen</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be &quot;oin&quot; or &quot;aiw&quot;, not &quot;%1&quot;</source>
        <translation>muss &quot;oin&quot; oder &quot;aiw&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;userName&quot;, &quot;login&quot; or &quot;email&quot;</source>
        <translation>muss &quot;userName&quot;, &quot;login&quot; oder &quot;email&quot; sein</translation>
    </message>
    <message>
        <source>a person with login &quot;%1&quot; already exists</source>
        <translation>eine Person mit dem Login &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>must be &quot;active&quot; or &quot;deactivated&quot;</source>
        <translation>muss &quot;active&quot; oder &quot;deactivated&quot; sein</translation>
    </message>
    <message>
        <source>a group named &quot;%1&quot; already exists</source>
        <translation>eine Gruppe namens &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <source>no person with login &quot;%1&quot;</source>
        <translation>keine Person mit dem Login &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no group named &quot;%1&quot;</source>
        <translation>keine Gruppe namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a non-empty object</source>
        <translation>muss ein nicht leeres Objekt sein</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>the scenario must be a JSON object</source>
        <translation>das Szenario muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>No Secret Service is running (%1). Start a desktop session with a keyring such as gnome-keyring, or on a headless server run ScimDesk inside &quot;dbus-run-session&quot; with an unlocked gnome-keyring-daemon; the token was not stored anywhere else.</source>
        <translation>Es läuft kein Secret Service (%1). Starten Sie eine Desktopsitzung mit einem Schlüsselbund wie gnome-keyring, oder führen Sie ScimDesk auf einem Server ohne grafische Oberfläche innerhalb von &quot;dbus-run-session&quot; mit einem entsperrten gnome-keyring-daemon aus; das Token wurde nirgendwo anders gespeichert.</translation>
    </message>
    <message>
        <source>The keychain has no secret &quot;%1&quot; (%2). A locked or missing login keyring also reads as not found: unlock the keyring and try again.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis „%1“ (%2). Auch ein gesperrter oder fehlender Anmeldeschlüsselbund wird als „nicht gefunden“ gemeldet: Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access to &quot;%1&quot; (%2).</source>
        <translation>Der Schlüsselbund hat den Zugriff auf „%1“ abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; from the keychain (%2).</source>
        <translation>„%1“ kann nicht aus dem Schlüsselbund gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Cannot store &quot;%1&quot; in the keychain (%2); is the login keyring unlocked?</source>
        <translation>„%1“ kann nicht im Schlüsselbund gespeichert werden (%2); ist der Anmeldeschlüsselbund entsperrt?</translation>
    </message>
    <message>
        <source>Cannot delete &quot;%1&quot; from the keychain (%2).</source>
        <translation>„%1“ kann nicht aus dem Schlüsselbund gelöscht werden (%2).</translation>
    </message>
</context>
<context>
    <name>SecurityIntegrationTab</name>
    <message>
        <source>&lt;b&gt;Directories&lt;/b&gt; by environment and organization</source>
        <translation>&lt;b&gt;Verzeichnisse&lt;/b&gt; nach Umgebung und Organisation</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Verzeichnisse</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>New directory…</source>
        <translation>Neues Verzeichnis…</translation>
    </message>
    <message>
        <source>Create a directory</source>
        <translation>Verzeichnis erstellen</translation>
    </message>
    <message>
        <source>Security integration</source>
        <translation>Sicherheitsintegration</translation>
    </message>
    <message>
        <source>SCIM connector base URL</source>
        <translation>Basis-URL des SCIM-Connectors</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>Basis-URL kopieren</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Copy token again</source>
        <translation>Token erneut kopieren</translation>
    </message>
    <message>
        <source>Copies the token kept in the system keychain</source>
        <translation>Kopiert das im Systemschlüsselbund gespeicherte Token</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Overlap window for the previous token</source>
        <translation>Übergangszeit für das bisherige Token</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Listen address and port</source>
        <translation>Adresse und Port des Listeners</translation>
    </message>
    <message>
        <source>127.0.0.1:7643</source>
        <translation>127.0.0.1:7643</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Okta settings checklist</source>
        <translation>Checkliste der Okta-Einstellungen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect the next time ScimDesk starts.</source>
        <translation>Wird beim nächsten Start von ScimDesk wirksam.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>SCIM listener of the console</source>
        <translation>SCIM-Listener der Konsole</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Listener address</source>
        <translation>Listener-Adresse</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Listener-Port</translation>
    </message>
    <message>
        <source>7643</source>
        <translation>7643</translation>
    </message>
    <message>
        <source>&amp;HTTPS:</source>
        <translation>&amp;HTTPS:</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>&amp;Zertifikatsdatei:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>PEM certificate chain, leaf first</source>
        <translation>PEM-Zertifikatskette, Endzertifikat zuerst</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Schlüsse&amp;ldatei:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key</source>
        <translation>Unverschlüsselter privater PEM-Schlüssel</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Datei mit privatem Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Tokens and journal</source>
        <translation>Token und Journal</translation>
    </message>
    <message>
        <source>New tokens &amp;expire after:</source>
        <translation>Ablauf neuer &amp;Token nach:</translation>
    </message>
    <message>
        <source>Token lifetime in days</source>
        <translation>Gültigkeitsdauer von Token in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep &amp;journal entries for:</source>
        <translation>&amp;Journaleinträge aufbewahren für:</translation>
    </message>
    <message>
        <source>Journal retention in days (0 keeps entries for ever)</source>
        <translation>Aufbewahrung von Journaleinträgen in Tagen (0 bewahrt sie unbegrenzt auf)</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Unbegrenzt</translation>
    </message>
</context>
<context>
    <name>SimulatorTab</name>
    <message>
        <source>Okta app integration (Provisioning › Integration)</source>
        <translation>Okta-App-Integration (Provisioning › Integration)</translation>
    </message>
    <message>
        <source>SCIM connector base &amp;URL</source>
        <translation>SCIM connector base &amp;URL</translation>
    </message>
    <message>
        <source>SCIM connector base URL the simulated app sends to</source>
        <translation>Basis-URL des SCIM-Connectors, an die die simulierte App sendet</translation>
    </message>
    <message>
        <source>https://host/scim/v2/directory</source>
        <translation>https://host/scim/v2/directory</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Where the API token comes from</source>
        <translation>Herkunft des API-Tokens</translation>
    </message>
    <message>
        <source>Paste the directory&apos;s token</source>
        <translation>Token des Verzeichnisses einfügen</translation>
    </message>
    <message>
        <source>Bearer token to send</source>
        <translation>Zu sendendes Bearer-Token</translation>
    </message>
    <message>
        <source>Use token</source>
        <translation>Token verwenden</translation>
    </message>
    <message>
        <source>Use the pasted token</source>
        <translation>Eingefügtes Token verwenden</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Okta&apos;s &quot;Test API Credentials&quot;: GET /Users?startIndex=1&amp;count=2</source>
        <translation>„Test API Credentials“ von Okta: GET /Users?startIndex=1&amp;count=2</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Import users from the app</source>
        <translation>Benutzer aus der App importieren</translation>
    </message>
    <message>
        <source>Import groups</source>
        <translation>Gruppen importieren</translation>
    </message>
    <message>
        <source>Import groups from the app</source>
        <translation>Gruppen aus der App importieren</translation>
    </message>
    <message>
        <source>Progress of the queued actions</source>
        <translation>Fortschritt der anstehenden Aktionen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the queued actions</source>
        <translation>Anstehende Aktionen abbrechen</translation>
    </message>
    <message>
        <source>Load scenario…</source>
        <translation>Szenario laden…</translation>
    </message>
    <message>
        <source>Load a scenario file</source>
        <translation>Szenariodatei laden</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Start over with the initial org</source>
        <translation>Mit der ursprünglichen Organisation neu beginnen</translation>
    </message>
    <message>
        <source>Simulator message</source>
        <translation>Simulatormeldung</translation>
    </message>
    <message>
        <source>Simulated Okta org</source>
        <translation>Simulierte Okta-Organisation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected person</source>
        <translation>Ausgewählte Person deaktivieren oder reaktivieren</translation>
    </message>
    <message>
        <source>Assign to app</source>
        <translation>Der App zuweisen</translation>
    </message>
    <message>
        <source>Assign or unassign the selected person</source>
        <translation>Ausgewählte Person zuweisen oder Zuweisung aufheben</translation>
    </message>
    <message>
        <source>&amp;Bulk add</source>
        <translation>&amp;Mehrere hinzufügen</translation>
    </message>
    <message>
        <source>Number of people to generate</source>
        <translation>Anzahl der zu erzeugenden Personen</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>into</source>
        <translation>in</translation>
    </message>
    <message>
        <source>Group to add the generated people to</source>
        <translation>Gruppe, der die erzeugten Personen hinzugefügt werden</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Generate people</source>
        <translation>Personen erzeugen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Username (login)</source>
        <translation>Benutzername (Login)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Primary email (the username when empty)</source>
        <translation>Primäre E-Mail-Adresse (leer: der Benutzername)</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Primäre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the new person</source>
        <translation>Neue Person speichern</translation>
    </message>
    <message>
        <source>Cancel adding a person</source>
        <translation>Hinzufügen der Person abbrechen</translation>
    </message>
    <message>
        <source>No people in the org yet. Add a person, generate people or load a scenario.</source>
        <translation>Die Organisation enthält noch keine Personen. Fügen Sie eine Person hinzu, erzeugen Sie Personen oder laden Sie ein Szenario.</translation>
    </message>
    <message>
        <source>People in the simulated Okta org</source>
        <translation>Personen in der simulierten Okta-Organisation</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Assign the selected group to the app</source>
        <translation>Ausgewählte Gruppe der App zuweisen</translation>
    </message>
    <message>
        <source>Push group</source>
        <translation>Gruppe pushen</translation>
    </message>
    <message>
        <source>Push the selected group</source>
        <translation>Ausgewählte Gruppe pushen</translation>
    </message>
    <message>
        <source>Push now</source>
        <translation>Jetzt pushen</translation>
    </message>
    <message>
        <source>Push the selected group&apos;s members now</source>
        <translation>Mitglieder der ausgewählten Gruppe jetzt pushen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>Unlink the pushed group</source>
        <translation>Verknüpfung der gepushten Gruppe aufheben</translation>
    </message>
    <message>
        <source>and delete it in the app</source>
        <translation>und in der App löschen</translation>
    </message>
    <message>
        <source>Delete the group in the app when unlinking</source>
        <translation>Gruppe beim Aufheben der Verknüpfung in der App löschen</translation>
    </message>
    <message>
        <source>No groups in the org yet. Add one below or load a scenario.</source>
        <translation>Die Organisation enthält noch keine Gruppen. Fügen Sie unten eine hinzu oder laden Sie ein Szenario.</translation>
    </message>
    <message>
        <source>Groups in the simulated Okta org</source>
        <translation>Gruppen in der simulierten Okta-Organisation</translation>
    </message>
    <message>
        <source>New group name</source>
        <translation>Neuer Gruppenname</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Name der neuen Gruppe</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add the group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Select a group.</source>
        <translation>Wählen Sie eine Gruppe aus.</translation>
    </message>
    <message>
        <source>New name of the selected group</source>
        <translation>Neuer Name der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected group</source>
        <translation>Ausgewählte Gruppe umbenennen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>Mitglieder der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>Person to add to the group</source>
        <translation>Person, die der Gruppe hinzugefügt werden soll</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Add the person to the group</source>
        <translation>Person der Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Ausgewähltes Mitglied entfernen</translation>
    </message>
    <message>
        <source>Assignment attributes (sent with each member&apos;s profile while the group is assigned to the app)</source>
        <translation>Zuweisungsattribute (werden mit dem Profil jedes Mitglieds gesendet, solange die Gruppe der App zugewiesen ist)</translation>
    </message>
    <message>
        <source>Assignment attributes of the selected group</source>
        <translation>Zuweisungsattribute der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Add an assignment attribute</source>
        <translation>Zuweisungsattribut hinzufügen</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>Remove the selected assignment attribute</source>
        <translation>Ausgewähltes Zuweisungsattribut entfernen</translation>
    </message>
    <message>
        <source>Save attributes</source>
        <translation>Attribute speichern</translation>
    </message>
    <message>
        <source>Save the assignment attributes and update the members</source>
        <translation>Zuweisungsattribute speichern und Mitglieder aktualisieren</translation>
    </message>
    <message>
        <source>Provisioning settings</source>
        <translation>Provisionierungseinstellungen</translation>
    </message>
    <message>
        <source>General and Integration</source>
        <translation>„General“ und „Integration“</translation>
    </message>
    <message>
        <source>App &amp;kind</source>
        <translation>&amp;App-Typ</translation>
    </message>
    <message>
        <source>App kind</source>
        <translation>App-Typ</translation>
    </message>
    <message>
        <source>OIN template (PATCH)</source>
        <translation>OIN-Vorlage (PATCH)</translation>
    </message>
    <message>
        <source>App Integration Wizard (GET then PUT)</source>
        <translation>App Integration Wizard (GET, dann PUT)</translation>
    </message>
    <message>
        <source>&amp;Unique identifier field for users</source>
        <translation>&amp;Unique identifier field for users</translation>
    </message>
    <message>
        <source>Unique identifier field for users</source>
        <translation>Unique identifier field for users</translation>
    </message>
    <message>
        <source>Okta username (login)</source>
        <translation>Okta-Benutzername (Login)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Supported provisioning actions</source>
        <translation>Supported provisioning actions</translation>
    </message>
    <message>
        <source>Import Groups</source>
        <translation>Import Groups</translation>
    </message>
    <message>
        <source>Push Groups</source>
        <translation>Push Groups</translation>
    </message>
    <message>
        <source>Authentication Mode</source>
        <translation>Authentication Mode</translation>
    </message>
    <message>
        <source>HTTP Header (Authorization: Bearer)</source>
        <translation>HTTP Header (Authorization: Bearer)</translation>
    </message>
    <message>
        <source>Provisioning to App</source>
        <translation>Provisioning to App</translation>
    </message>
    <message>
        <source>Create Users</source>
        <translation>Create Users</translation>
    </message>
    <message>
        <source>Update User Attributes</source>
        <translation>Update User Attributes</translation>
    </message>
    <message>
        <source>Deactivate Users</source>
        <translation>Deactivate Users</translation>
    </message>
    <message>
        <source>Sync Password</source>
        <translation>Sync Password</translation>
    </message>
    <message>
        <source>Push group memberships immediately</source>
        <translation>Push group memberships immediately</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Activity summary</source>
        <translation>Aktivitätsübersicht</translation>
    </message>
    <message>
        <source>Actions and their outcome</source>
        <translation>Aktionen und ihr Ergebnis</translation>
    </message>
    <message>
        <source>Requests the selected action sent</source>
        <translation>Von der ausgewählten Aktion gesendete Anfragen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>Select a request to see what was sent.</source>
        <translation>Wählen Sie eine Anfrage aus, um zu sehen, was gesendet wurde.</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Empfangene Antwort</translation>
    </message>
    <message>
        <source>Select a request to see the response.</source>
        <translation>Wählen Sie eine Anfrage aus, um die Antwort zu sehen.</translation>
    </message>
</context>
<context>
    <name>TokenAdmin</name>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message>
        <source>within a day</source>
        <translation>innerhalb eines Tages</translation>
    </message>
    <message>
        <source>The token expires %1 (%2): rotate it now and enter the new token in Okta, or provisioning stops.</source>
        <translation>Das Token läuft %1 ab (%2): Erneuern Sie es jetzt und tragen Sie das neue Token in Okta ein, sonst stoppt die Provisionierung.</translation>
    </message>
    <message>
        <source>The token expires %1 (%2): plan its rotation.</source>
        <translation>Das Token läuft %1 ab (%2): Planen Sie seine Erneuerung.</translation>
    </message>
    <message>
        <source>A token of %1 (profile %2) must belong to an administrator: name one who holds orgadmin. %3</source>
        <translation>Ein Token von %1 (Profil %2) muss einem Administrator gehören: Geben Sie einen Benutzer an, der orgadmin innehat. %3</translation>
    </message>
    <message>
        <source>%1 cannot own a token of %2: a token&apos;s owner must be an administrator (hold orgadmin). %3</source>
        <translation>%1 kann kein Token von %2 besitzen: Der Besitzer eines Tokens muss Administrator sein (orgadmin innehaben). %3</translation>
    </message>
    <message>
        <source>There is no directory named &quot;%1&quot;.</source>
        <translation>Es gibt kein Verzeichnis namens „%1“.</translation>
    </message>
    <message>
        <source>The overlap must not be negative.</source>
        <translation>Die Übergangszeit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The token lifetime must be positive.</source>
        <translation>Die Gültigkeitsdauer des Tokens muss positiv sein.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>it expires on %1</source>
        <translation>es läuft am %1 ab</translation>
    </message>
    <message>
        <source>it never expires</source>
        <translation>es läuft nie ab</translation>
    </message>
    <message>
        <source>%1; it belongs to %2</source>
        <translation>%1; es gehört %2</translation>
    </message>
    <message>
        <source>rotated the bearer token (there was no active token; %1)</source>
        <translation>Bearer-Token erneuert (es gab kein aktives Token; %1)</translation>
    </message>
    <message>
        <source>rotated the bearer token (the previous one stays valid until %1; %2)</source>
        <translation>Bearer-Token erneuert (das bisherige bleibt bis %1 gültig; %2)</translation>
    </message>
    <message>
        <source>rotated the bearer token (the previous one was revoked at once; %1)</source>
        <translation>Bearer-Token erneuert (das bisherige wurde sofort widerrufen; %1)</translation>
    </message>
    <message>
        <source>Cannot write the journal entry for the token change.</source>
        <translation>Der Journaleintrag für die Tokenänderung kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot save the new token: %1</source>
        <translation>Das neue Token kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>revoked the bearer tokens (none was active)</source>
        <translation>Bearer-Token widerrufen (keines war aktiv)</translation>
    </message>
    <message>
        <source>revoked the bearer token</source>
        <translation>Bearer-Token widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>revoked %n bearer tokens</source>
        <translation>
            <numerusform>%n Bearer-Token widerrufen</numerusform>
            <numerusform>%n Bearer-Token widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the revocation: %1</source>
        <translation>Der Widerruf kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <source>Perform this step in the simulator</source>
        <translation>Diesen Schritt im Simulator ausführen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are not set), so the console cannot open. Running the headless listener instead (scimdesk serve).</source>
        <translation>Keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt), daher kann die Konsole nicht geöffnet werden. Stattdessen wird der Listener ohne Oberfläche ausgeführt (scimdesk serve).</translation>
    </message>
</context>
<context>
    <name>scimdesk::AccessTreeModel</name>
    <message>
        <source>admin attribute %1</source>
        <translation>Admin-Attribut %1</translation>
    </message>
    <message>
        <source>push group %1</source>
        <translation>Push-Gruppe %1</translation>
    </message>
    <message>
        <source>inherited from %1</source>
        <translation>geerbt von %1</translation>
    </message>
    <message>
        <source>every active user</source>
        <translation>alle aktiven Benutzer</translation>
    </message>
    <message>
        <source>bootstrap administrator</source>
        <translation>Bootstrap-Administrator</translation>
    </message>
    <message>
        <source>no privileges</source>
        <translation>keine Berechtigungen</translation>
    </message>
    <message>
        <source>A custom role with no privileges: its holders can do nothing yet.</source>
        <translation>Eine benutzerdefinierte Rolle ohne Berechtigungen: Ihre Inhaber können noch nichts tun.</translation>
    </message>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n Inhaber</numerusform>
            <numerusform>%n Inhaber</numerusform>
        </translation>
    </message>
    <message>
        <source>Role / how it is held / user</source>
        <translation>Rolle / Art der Zuweisung / Benutzer</translation>
    </message>
    <message>
        <source>Privileges / status</source>
        <translation>Berechtigungen / Status</translation>
    </message>
    <message>
        <source>User / role / why</source>
        <translation>Benutzer / Rolle / Grund</translation>
    </message>
    <message>
        <source>Status, privileges / why</source>
        <translation>Status, Berechtigungen / Grund</translation>
    </message>
</context>
<context>
    <name>scimdesk::ActivityChart</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No requests in this range</source>
        <translation>Keine Anfragen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Requests and errors per day</source>
        <translation>Anfragen und Fehler pro Tag</translation>
    </message>
    <message>
        <source>Requests and errors per hour</source>
        <translation>Anfragen und Fehler pro Stunde</translation>
    </message>
    <message>
        <source>Requests and errors per minute</source>
        <translation>Anfragen und Fehler pro Minute</translation>
    </message>
    <message>
        <source>%L1 requests, %L2 errors</source>
        <translation>%L1 Anfragen, %L2 Fehler</translation>
    </message>
</context>
<context>
    <name>scimdesk::AssignmentsTab</name>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Select a user to see how they got their roles and every request about them.</source>
        <translation>Wählen Sie einen Benutzer aus, um zu sehen, wie er seine Rollen erhalten hat und welche Anfragen ihn betreffen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 von %n Benutzer</numerusform>
            <numerusform>%1 von %n Benutzern</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) — %3</translation>
    </message>
    <message>
        <source>Holds no role.</source>
        <translation>Hat keine Rolle.</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
</context>
<context>
    <name>scimdesk::ConsoleBackend</name>
    <message>
        <source>The token belongs to %1, who is no longer an administrator, so Okta&apos;s requests are refused: %2 Rotate the token while acting as an administrator.</source>
        <translation>Das Token gehört %1, der kein Administrator mehr ist, daher werden die Anfragen von Okta abgelehnt: %2 Erneuern Sie das Token, während Sie als Administrator handeln.</translation>
    </message>
    <message>
        <source>No token: Okta cannot connect. Rotate to issue one.</source>
        <translation>Kein Token: Okta kann keine Verbindung herstellen. Stellen Sie mit „Erneuern“ ein Token aus.</translation>
    </message>
    <message>
        <source>No token works (%1): Okta cannot connect. Rotate to issue a new one.</source>
        <translation>Kein Token ist gültig (%1): Okta kann keine Verbindung herstellen. Stellen Sie mit „Erneuern“ ein neues aus.</translation>
    </message>
    <message>
        <source>SCIM connector base URL: %1</source>
        <translation>SCIM connector base URL: %1</translation>
    </message>
    <message>
        <source>Provisioning &gt; Integration. Ticked by Okta&apos;s connection test (GET /Users?startIndex=1&amp;count=2).</source>
        <translation>Provisioning &gt; Integration. Wird durch den Verbindungstest von Okta abgehakt (GET /Users?startIndex=1&amp;count=2).</translation>
    </message>
    <message>
        <source>Authentication mode: HTTP Header, with the bearer token</source>
        <translation>Authentication Mode: HTTP Header, mit dem Bearer-Token</translation>
    </message>
    <message>
        <source>Ticked when a request authenticated with the token.</source>
        <translation>Wird abgehakt, sobald sich eine Anfrage mit dem Token authentifiziert hat.</translation>
    </message>
    <message>
        <source>Unique identifier field for users: %1</source>
        <translation>Unique identifier field for users: %1</translation>
    </message>
    <message>
        <source>This profile refuses a userName that is not an email.</source>
        <translation>Dieses Profil lehnt einen userName ab, der keine E-Mail-Adresse ist.</translation>
    </message>
    <message>
        <source>Supported provisioning actions: Push New Users, Push Profile Updates%1</source>
        <translation>Supported provisioning actions: Push New Users, Push Profile Updates%1</translation>
    </message>
    <message>
        <source>, Push Groups</source>
        <translation>, Push Groups</translation>
    </message>
    <message>
        <source>Import New Users and Profile Updates may be checked.</source>
        <translation>„Import New Users and Profile Updates“ darf aktiviert sein.</translation>
    </message>
    <message>
        <source>Leave Import New Users and Profile Updates unchecked.</source>
        <translation>Lassen Sie „Import New Users and Profile Updates“ nicht aktiviert.</translation>
    </message>
    <message>
        <source>Import Groups: may be checked</source>
        <translation>Import Groups: darf aktiviert sein</translation>
    </message>
    <message>
        <source>Ticked by Okta&apos;s group import.</source>
        <translation>Wird durch den Gruppenimport von Okta abgehakt.</translation>
    </message>
    <message>
        <source>Import Groups: unchecked</source>
        <translation>Import Groups: nicht aktiviert</translation>
    </message>
    <message>
        <source>The %1 profile does not list groups.</source>
        <translation>Das Profil %1 listet keine Gruppen auf.</translation>
    </message>
    <message>
        <source>Okta listed groups (GET /Groups): uncheck Import Groups in Provisioning &gt; Integration, or its imports will keep failing.</source>
        <translation>Okta hat Gruppen abgefragt (GET /Groups): Entfernen Sie das Häkchen bei „Import Groups“ unter „Provisioning &gt; Integration“, sonst schlagen die Importe weiterhin fehl.</translation>
    </message>
    <message>
        <source>To App: Create Users</source>
        <translation>To App: Create Users</translation>
    </message>
    <message>
        <source>Ticked by the first user created.</source>
        <translation>Wird durch den ersten erstellten Benutzer abgehakt.</translation>
    </message>
    <message>
        <source>To App: Update User Attributes</source>
        <translation>To App: Update User Attributes</translation>
    </message>
    <message>
        <source>Ticked by the first profile update.</source>
        <translation>Wird durch die erste Profilaktualisierung abgehakt.</translation>
    </message>
    <message>
        <source>To App: Deactivate Users</source>
        <translation>To App: Deactivate Users</translation>
    </message>
    <message>
        <source>Ticked by the first deactivation.</source>
        <translation>Wird durch die erste Deaktivierung abgehakt.</translation>
    </message>
    <message>
        <source>To App: Sync Password off</source>
        <translation>To App: Sync Password aus</translation>
    </message>
    <message>
        <source>Okta sends a random password on create; it is never stored.</source>
        <translation>Okta sendet beim Erstellen ein zufälliges Passwort; es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Okta sent a password in an update: turn Sync Password off.</source>
        <translation>Okta hat bei einer Aktualisierung ein Passwort gesendet: Schalten Sie „Sync Password“ aus.</translation>
    </message>
    <message>
        <source>Push Groups: push the groups whose members should hold a role</source>
        <translation>Push Groups: Pushen Sie die Gruppen, deren Mitglieder eine Rolle erhalten sollen</translation>
    </message>
    <message>
        <source>Ticked by the first group pushed.</source>
        <translation>Wird durch die erste gepushte Gruppe abgehakt.</translation>
    </message>
    <message>
        <source>Push Groups: off</source>
        <translation>Push Groups: aus</translation>
    </message>
    <message>
        <source>The %1 profile does not support groups.</source>
        <translation>Das Profil %1 unterstützt keine Gruppen.</translation>
    </message>
    <message>
        <source>Okta sent group requests: turn Push Groups off for this app.</source>
        <translation>Okta hat Gruppenanfragen gesendet: Schalten Sie „Push Groups“ für diese App aus.</translation>
    </message>
    <message>
        <source>The role %1 has no privileges: its holders can do nothing until someone with MANAGE_GRANTS grants it one.</source>
        <translation>Die Rolle %1 hat keine Berechtigungen: Ihre Inhaber können nichts tun, bis jemand mit MANAGE_GRANTS ihr eine erteilt.</translation>
    </message>
    <message>
        <source>Okta pushed a group member that is not provisioned here: assign the person to the app in Okta first (%1).</source>
        <translation>Okta hat ein Gruppenmitglied gepusht, das hier nicht provisioniert ist: Weisen Sie die Person zuerst in Okta der App zu (%1).</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Journal retention did not run: %1</source>
        <translation>Die Aufbewahrungsregel des Journals wurde nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Journal retention removed %1 entries older than %2 days; the audit chain stays verifiable from its checkpoint.</source>
        <translation>Gemäß der Aufbewahrungsregel wurden %1 Journaleinträge entfernt, die älter als %2 Tage sind; die Audit-Kette bleibt ab ihrem Prüfpunkt überprüfbar.</translation>
    </message>
    <message>
        <source>A copy is kept in the system keychain, so you can copy it again from here.</source>
        <translation>Eine Kopie wird im Systemschlüsselbund aufbewahrt, sodass Sie das Token hier erneut kopieren können.</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain (%1): copy it now.</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden (%1): Kopieren Sie es jetzt.</translation>
    </message>
    <message>
        <source>Created directory %1 (profile %2).</source>
        <translation>Verzeichnis %1 erstellt (Profil %2).</translation>
    </message>
    <message>
        <source>Issued a new token for %1; the previous one works until %2.</source>
        <translation>Neues Token für %1 ausgestellt; das bisherige gilt bis %2.</translation>
    </message>
    <message>
        <source>Issued a new token for %1; the previous one was revoked.</source>
        <translation>Neues Token für %1 ausgestellt; das bisherige wurde widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s) of %1: Okta cannot connect until a new token is entered.</source>
        <translation>
            <numerusform>%n Token von %1 widerrufen: Okta kann keine Verbindung herstellen, bis ein neues Token eingetragen wird.</numerusform>
            <numerusform>%n Token von %1 widerrufen: Okta kann keine Verbindung herstellen, bis ein neues Token eingetragen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no directory named &quot;%1&quot;.</source>
        <translation>Es gibt kein Verzeichnis namens „%1“.</translation>
    </message>
</context>
<context>
    <name>scimdesk::GroupsTableModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>no roles assigned</source>
        <translation>keine Rollen zugewiesen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translation>Zugewiesene Rollen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Gepusht</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>scimdesk::JournalTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>scimdesk::LogWorker</name>
    <message>
        <source>The journal could not be opened: %1</source>
        <translation>Das Journal konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Journal ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Request %1 is not in the journal.</source>
        <translation>Die Anfrage %1 ist nicht im Journal enthalten.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>scimdesk::MainWindow</name>
    <message>
        <source>The Okta group %1 both assigns the app and is pushed: Okta advises a separate group for each, or removing someone from it both unassigns and un-pushes them.</source>
        <translation>Die Okta-Gruppe %1 weist die App zu und wird zugleich gepusht: Okta empfiehlt für beides jeweils eine eigene Gruppe, da sonst das Entfernen einer Person aus der Gruppe sowohl ihre Zuweisung aufhebt als auch sie aus der gepushten Gruppe entfernt.</translation>
    </message>
    <message>
        <source>Security Integration</source>
        <translation>Sicherheitsintegration</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <source>Push Groups</source>
        <translation>Push-Gruppen</translation>
    </message>
    <message>
        <source>Role Mappings</source>
        <translation>Rollenzuordnungen</translation>
    </message>
    <message>
        <source>Provisioning Log</source>
        <translation>Provisionierungsprotokoll</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Directory </source>
        <translation>Verzeichnis </translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source> Acting as </source>
        <translation> Handeln als </translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>The user of this directory you act as; local-admin until Okta provisions an orgadmin.</source>
        <translation>Der Benutzer dieses Verzeichnisses, als der Sie handeln; local-admin, bis Okta einen orgadmin provisioniert.</translation>
    </message>
    <message>
        <source> current role </source>
        <translation> aktuelle Rolle </translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Aktuelle Rolle</translation>
    </message>
    <message>
        <source>Actions check the privileges of this role (and the roles it inherits).</source>
        <translation>Aktionen prüfen die Berechtigungen dieser Rolle (und der von ihr geerbten Rollen).</translation>
    </message>
    <message>
        <source>The new language is used when ScimDesk starts again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von ScimDesk verwendet.</translation>
    </message>
    <message>
        <source>About ScimDesk</source>
        <translation>Über ScimDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ScimDesk %1&lt;/b&gt;&lt;br&gt;Set up, rehearse and audit Okta SCIM provisioning.&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;ScimDesk %1&lt;/b&gt;&lt;br&gt;Okta-SCIM-Provisionierung einrichten, erproben und prüfen.&lt;br&gt;Datenbank: %2</translation>
    </message>
    <message>
        <source>all my roles</source>
        <translation>alle meine Rollen</translation>
    </message>
    <message>
        <source>Acting as %1%2, you lack MANAGE_GRANTS (held by orgadmin and securityadmin): choose another current role in the toolbar.</source>
        <translation>Als %1%2 fehlt Ihnen MANAGE_GRANTS (enthalten in orgadmin und securityadmin): Wählen Sie in der Symbolleiste eine andere aktuelle Rolle.</translation>
    </message>
    <message>
        <source> under %1</source>
        <translation> mit der Rolle %1</translation>
    </message>
    <message>
        <source>Listener: %1 (%2) — %3 requests/s</source>
        <translation>Listener: %1 (%2) — %3 Anfragen/s</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>HTTP, loopback</source>
        <translation>HTTP, Loopback</translation>
    </message>
    <message>
        <source>Listener stopped</source>
        <translation>Listener gestoppt</translation>
    </message>
    <message>
        <source>The SCIM listener could not start: %1</source>
        <translation>Der SCIM-Listener konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>No directories yet. Follow the onboarding walkthrough (F1), or create one (File &gt; New directory…) and enter its base URL and token in Okta.</source>
        <translation>Noch keine Verzeichnisse. Folgen Sie der Einführung (F1) oder erstellen Sie ein Verzeichnis (Datei &gt; Neues Verzeichnis…) und tragen Sie dessen Basis-URL und Token in Okta ein.</translation>
    </message>
    <message>
        <source>%1 — ScimDesk</source>
        <translation>%1 — ScimDesk</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Kette: %1</translation>
    </message>
    <message>
        <source>The tamper-evident journal&apos;s heads:
%1
Verify with: %2</source>
        <translation>Aktuelle Kettenköpfe des manipulationserkennbaren Journals:
%1
Prüfen mit: %2</translation>
    </message>
</context>
<context>
    <name>scimdesk::NewDirectoryDialog</name>
    <message>
        <source>Each pushed group becomes a custom role; the user attribute %1 makes a user orgadmin. Deactivated users leave the org and keep their record.</source>
        <translation>Jede gepushte Gruppe wird zu einer benutzerdefinierten Rolle; das Benutzerattribut %1 macht einen Benutzer zum orgadmin. Deaktivierte Benutzer verlassen die Organisation, ihr Datensatz bleibt erhalten.</translation>
    </message>
    <message>
        <source>Pushed groups are groups; you assign roles to them here and members inherit them. Deactivation suspends a user; nothing is deleted.</source>
        <translation>Gepushte Gruppen bleiben Gruppen; Sie weisen ihnen hier Rollen zu, und die Mitglieder erben diese. Eine Deaktivierung sperrt den Benutzer; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Users only: no groups and no imports. Okta may change only the display name; deactivation revokes the workspace role and keeps the account.</source>
        <translation>Nur Benutzer: keine Gruppen und keine Importe. Okta darf nur den Anzeigenamen ändern; eine Deaktivierung widerruft die Workspace-Rolle, das Konto bleibt erhalten.</translation>
    </message>
    <message>
        <source>userName must be an email; Import Groups must stay off in Okta; one primary directory per organization.</source>
        <translation>userName muss eine E-Mail-Adresse sein; „Import Groups“ muss in Okta ausgeschaltet bleiben; ein primäres Verzeichnis pro Organisation.</translation>
    </message>
    <message>
        <source>Plain SCIM 2.0 with Okta&apos;s request shapes.</source>
        <translation>Standard-SCIM 2.0 mit den Anfrageformaten von Okta.</translation>
    </message>
</context>
<context>
    <name>scimdesk::OnboardingWizard</name>
    <message>
        <source>Onboarding walkthrough</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Enable SCIM provisioning</source>
        <translation>SCIM-Provisionierung aktivieren</translation>
    </message>
    <message>
        <source>In %1, SCIM provisioning is enabled by creating a security integration: a SCIM base URL and a bearer token for Okta. Choose the system you connect and a name; ScimDesk creates the directory and starts its listener.</source>
        <translation>In %1 wird die SCIM-Provisionierung durch Anlegen einer Sicherheitsintegration aktiviert: eine SCIM-Basis-URL und ein Bearer-Token für Okta. Wählen Sie das anzubindende System und einen Namen; ScimDesk erstellt das Verzeichnis und startet seinen Listener.</translation>
    </message>
    <message>
        <source>no directory yet</source>
        <translation>noch kein Verzeichnis</translation>
    </message>
    <message>
        <source>directory %1 not created yet</source>
        <translation>Verzeichnis %1 noch nicht erstellt</translation>
    </message>
    <message>
        <source>the listener is not running</source>
        <translation>der Listener läuft nicht</translation>
    </message>
    <message>
        <source>the token has not been issued yet</source>
        <translation>das Token wurde noch nicht ausgestellt</translation>
    </message>
    <message>
        <source>System to connect</source>
        <translation>Anzubindendes System</translation>
    </message>
    <message>
        <source>Directory name</source>
        <translation>Verzeichnisname</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Create the OrgAdmin attribute and the groups</source>
        <translation>OrgAdmin-Attribut und Gruppen anlegen</translation>
    </message>
    <message>
        <source>Create the app and its groups in Okta</source>
        <translation>App und ihre Gruppen in Okta anlegen</translation>
    </message>
    <message>
        <source>In Okta&apos;s Profile Editor, add the boolean attribute &lt;b&gt;deltastreamOrgadmin&lt;/b&gt; to the app user profile. Create the assignment groups &lt;b&gt;DeltaStream OrgAdmins&lt;/b&gt; (the attribute set to true) and &lt;b&gt;DeltaStream Users&lt;/b&gt;, and a group &lt;b&gt;development&lt;/b&gt; to push later.</source>
        <translation>Fügen Sie im Profile Editor von Okta dem App-Benutzerprofil das boolesche Attribut &lt;b&gt;deltastreamOrgadmin&lt;/b&gt; hinzu. Legen Sie die Zuweisungsgruppen &lt;b&gt;DeltaStream OrgAdmins&lt;/b&gt; (Attribut auf true gesetzt) und &lt;b&gt;DeltaStream Users&lt;/b&gt; an sowie eine Gruppe &lt;b&gt;development&lt;/b&gt;, die später gepusht wird.</translation>
    </message>
    <message>
        <source>Add the %1 app in Okta and create the groups you will assign to it (and, where %1 supports it, a group &lt;b&gt;development&lt;/b&gt; to push).</source>
        <translation>Fügen Sie in Okta die App %1 hinzu und legen Sie die Gruppen an, die Sie ihr zuweisen werden (und, sofern %1 dies unterstützt, eine Gruppe &lt;b&gt;development&lt;/b&gt; zum Pushen).</translation>
    </message>
    <message>
        <source>the simulated Okta org has no groups yet</source>
        <translation>die simulierte Okta-Organisation hat noch keine Gruppen</translation>
    </message>
    <message>
        <source>Configure the security integration</source>
        <translation>Sicherheitsintegration konfigurieren</translation>
    </message>
    <message>
        <source>In the app&apos;s Provisioning &amp;gt; Integration, enable API integration: SCIM connector base URL &lt;tt&gt;%1&lt;/tt&gt;, authentication mode HTTP Header, the bearer token. Then &lt;b&gt;Test Connector Configuration&lt;/b&gt;: Okta sends GET /Users?startIndex=1&amp;amp;count=2.</source>
        <translation>Aktivieren Sie in der App unter Provisioning &amp;gt; Integration die API-Integration: SCIM connector base URL &lt;tt&gt;%1&lt;/tt&gt;, Authentication Mode HTTP Header, das Bearer-Token. Klicken Sie dann auf &lt;b&gt;Test Connector Configuration&lt;/b&gt;: Okta sendet GET /Users?startIndex=1&amp;amp;count=2.</translation>
    </message>
    <message>
        <source>no connection test seen yet</source>
        <translation>noch kein Verbindungstest erkannt</translation>
    </message>
    <message>
        <source>Set the provisioning options</source>
        <translation>Provisionierungsoptionen festlegen</translation>
    </message>
    <message>
        <source>Under To App, enable &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; and &lt;b&gt;Deactivate Users&lt;/b&gt;; leave Sync Password off. Import Groups: &lt;b&gt;%1&lt;/b&gt;. Push Groups: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Aktivieren Sie unter To App &lt;b&gt;Create Users&lt;/b&gt;, &lt;b&gt;Update User Attributes&lt;/b&gt; und &lt;b&gt;Deactivate Users&lt;/b&gt;; lassen Sie Sync Password deaktiviert. Import Groups: &lt;b&gt;%1&lt;/b&gt;. Push Groups: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>the simulated app&apos;s options do not match yet</source>
        <translation>die Optionen der simulierten App stimmen noch nicht überein</translation>
    </message>
    <message>
        <source>Assign people</source>
        <translation>Personen zuweisen</translation>
    </message>
    <message>
        <source>Assign the groups to the app (Assignments &amp;gt; Assign to Groups). Okta checks each user with a userName filter, then creates it.%1</source>
        <translation>Weisen Sie der App die Gruppen zu (Assignments &amp;gt; Assign to Groups). Okta prüft jeden Benutzer mit einem userName-Filter und legt ihn dann an.%1</translation>
    </message>
    <message>
        <source> Members of DeltaStream OrgAdmins are sent with deltastreamOrgadmin: true and become orgadmin.</source>
        <translation> Mitglieder von DeltaStream OrgAdmins werden mit deltastreamOrgadmin: true übermittelt und erhalten orgadmin.</translation>
    </message>
    <message>
        <source>the people have not all arrived yet</source>
        <translation>noch sind nicht alle Personen angekommen</translation>
    </message>
    <message>
        <source>no user holds orgadmin yet</source>
        <translation>noch hat kein Benutzer orgadmin inne</translation>
    </message>
    <message>
        <source>Push a group</source>
        <translation>Eine Gruppe pushen</translation>
    </message>
    <message>
        <source>Keep Push Groups off</source>
        <translation>Push Groups deaktiviert lassen</translation>
    </message>
    <message>
        <source>%1 does not support groups. Leave Push Groups off; ScimDesk refuses group requests with a message saying so. Check that deactivation and reactivation work instead.</source>
        <translation>%1 unterstützt keine Gruppen. Lassen Sie Push Groups deaktiviert; ScimDesk lehnt Gruppenanfragen mit einem entsprechenden Hinweis ab. Prüfen Sie stattdessen, ob Deaktivierung und Reaktivierung funktionieren.</translation>
    </message>
    <message>
        <source>In Push Groups, push &lt;b&gt;development&lt;/b&gt;. DeltaStream creates a custom role of the same name, with no privileges yet.</source>
        <translation>Pushen Sie unter Push Groups die Gruppe &lt;b&gt;development&lt;/b&gt;. DeltaStream legt eine benutzerdefinierte Rolle mit demselben Namen an, vorerst ohne Berechtigungen.</translation>
    </message>
    <message>
        <source>In Push Groups, push &lt;b&gt;development&lt;/b&gt;; it appears as a group in %1.</source>
        <translation>Pushen Sie unter Push Groups die Gruppe &lt;b&gt;development&lt;/b&gt;; sie erscheint in %1 als Gruppe.</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>no deactivation seen yet</source>
        <translation>noch keine Deaktivierung festgestellt</translation>
    </message>
    <message>
        <source>the role development does not exist yet</source>
        <translation>die Rolle development existiert noch nicht</translation>
    </message>
    <message>
        <source>the role development should start with no privileges</source>
        <translation>die Rolle development sollte anfangs keine Berechtigungen haben</translation>
    </message>
    <message>
        <source>the group development has not arrived yet</source>
        <translation>die Gruppe development ist noch nicht angekommen</translation>
    </message>
    <message>
        <source>Deactivate a person</source>
        <translation>Eine Person deaktivieren</translation>
    </message>
    <message>
        <source>Grant the new role a privilege</source>
        <translation>Der neuen Rolle eine Berechtigung erteilen</translation>
    </message>
    <message>
        <source>Assign a role to the group</source>
        <translation>Der Gruppe eine Rolle zuweisen</translation>
    </message>
    <message>
        <source>Unassigning or deactivating a person in Okta revokes their role in %1 and keeps the account.</source>
        <translation>Wird eine Person in Okta aus der Zuweisung entfernt oder deaktiviert, wird ihre Rolle in %1 widerrufen; das Konto bleibt erhalten.</translation>
    </message>
    <message>
        <source>Change your current role to &lt;b&gt;orgadmin&lt;/b&gt; and grant &lt;b&gt;development&lt;/b&gt; the privilege CREATE_DATABASE (Role Mappings). Only holders of MANAGE_GRANTS may.</source>
        <translation>Wechseln Sie Ihre aktuelle Rolle zu &lt;b&gt;orgadmin&lt;/b&gt; und erteilen Sie &lt;b&gt;development&lt;/b&gt; die Berechtigung CREATE_DATABASE (Rollenzuordnungen). Dies dürfen nur Inhaber von MANAGE_GRANTS.</translation>
    </message>
    <message>
        <source>Assign the role &lt;b&gt;sysadmin&lt;/b&gt; to the group &lt;b&gt;development&lt;/b&gt;; its members hold it.</source>
        <translation>Weisen Sie der Gruppe &lt;b&gt;development&lt;/b&gt; die Rolle &lt;b&gt;sysadmin&lt;/b&gt; zu; ihre Mitglieder erhalten sie.</translation>
    </message>
    <message>
        <source>%1 still holds a role</source>
        <translation>%1 hat noch eine Rolle inne</translation>
    </message>
    <message>
        <source>%1 is not provisioned</source>
        <translation>%1 ist nicht provisioniert</translation>
    </message>
    <message>
        <source>the grant has not been seen yet</source>
        <translation>die Erteilung wurde noch nicht festgestellt</translation>
    </message>
    <message>
        <source>no member holds sysadmin yet</source>
        <translation>noch hat kein Mitglied sysadmin inne</translation>
    </message>
    <message>
        <source>the simulated Okta reported: %1</source>
        <translation>das simulierte Okta meldete: %1</translation>
    </message>
</context>
<context>
    <name>scimdesk::ProvisioningLogTab</name>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Success (2xx)</source>
        <translation>Erfolg (2xx)</translation>
    </message>
    <message>
        <source>Redirects (3xx)</source>
        <translation>Weiterleitungen (3xx)</translation>
    </message>
    <message>
        <source>Client errors (4xx)</source>
        <translation>Clientfehler (4xx)</translation>
    </message>
    <message>
        <source>Server errors (5xx)</source>
        <translation>Serverfehler (5xx)</translation>
    </message>
    <message>
        <source>All errors (4xx, 5xx)</source>
        <translation>Alle Fehler (4xx, 5xx)</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Beliebige Methode</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Select a request to see its bodies.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihre Inhalte zu sehen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>provisioning-log-%1.csv</source>
        <translation>provisionierungsprotokoll-%1.csv</translation>
    </message>
    <message>
        <source>Export the filtered requests</source>
        <translation>Gefilterte Anfragen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Status: choose a class from the list or type a status from 100 to 599 (not “%1”).</source>
        <translation>Status: Wählen Sie eine Klasse aus der Liste oder geben Sie einen Status von 100 bis 599 ein (nicht „%1“).</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>%L1 requests</source>
        <translation>%L1 Anfragen</translation>
    </message>
    <message>
        <source>No requests match these filters.</source>
        <translation>Keine Anfragen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No requests to %1 yet — Okta&apos;s first request will appear here.</source>
        <translation>Noch keine Anfragen an %1 – die erste Anfrage von Okta erscheint hier.</translation>
    </message>
    <message>
        <source>No requests yet — Okta&apos;s first request will appear here.</source>
        <translation>Noch keine Anfragen – die erste Anfrage von Okta erscheint hier.</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Kein Inhalt.</translation>
    </message>
    <message>
        <source>Exporting requests to %1…</source>
        <translation>Anfragen werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Exported %L1 of %L2 requests…</source>
        <translation>%L1 von %L2 Anfragen exportiert…</translation>
    </message>
    <message>
        <source>Exported 1 request to %1.</source>
        <translation>1 Anfrage nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %L1 requests to %2.</source>
        <translation>%L1 Anfragen nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>scimdesk::PushGroupsTab</name>
    <message>
        <source>%1: each pushed group is a custom role of the same name, with no privileges until someone holding MANAGE_GRANTS grants them (Role Mappings). Built-in role names are refused.</source>
        <translation>%1: Jede gepushte Gruppe ist eine benutzerdefinierte Rolle mit demselben Namen, ohne Berechtigungen, bis ein Inhaber von MANAGE_GRANTS sie erteilt (Rollenzuordnungen). Namen integrierter Rollen werden abgelehnt.</translation>
    </message>
    <message>
        <source>%1: pushed groups are groups. Assign roles to a group here; its members hold them while they are active.</source>
        <translation>%1: Gepushte Gruppen sind Gruppen. Weisen Sie einer Gruppe hier Rollen zu; ihre Mitglieder haben sie inne, solange sie aktiv sind.</translation>
    </message>
    <message>
        <source>%1 does not support groups: turn Push Groups off in Okta. Requests that arrive anyway are refused and listed here.</source>
        <translation>%1 unterstützt keine Gruppen: Deaktivieren Sie Push Groups in Okta. Trotzdem eingehende Anfragen werden abgelehnt und hier aufgeführt.</translation>
    </message>
    <message>
        <source>No group request was refused.</source>
        <translation>Es wurde keine Gruppenanfrage abgelehnt.</translation>
    </message>
    <message>
        <source>No group pushed yet.</source>
        <translation>Noch keine Gruppe gepusht.</translation>
    </message>
    <message>
        <source>Select a group.</source>
        <translation>Wählen Sie eine Gruppe aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, pushed %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, gepusht am %2</translation>
    </message>
    <message>
        <source> — members hold the role &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> – Mitglieder haben die Rolle &lt;b&gt;%1&lt;/b&gt; inne</translation>
    </message>
    <message>
        <source> — members hold %1</source>
        <translation> – Mitglieder haben %1 inne</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>Keine Mitglieder.</translation>
    </message>
</context>
<context>
    <name>scimdesk::ReportDialog</name>
    <message>
        <source>Every active user with each role and privilege they held at that moment, and why (admin attribute, push group, inheritance); privileged roles are flagged.</source>
        <translation>Jeder aktive Benutzer mit allen Rollen und Berechtigungen, die er zu diesem Zeitpunkt innehatte, und deren Grund (Admin-Attribut, Push-Gruppe, Vererbung); privilegierte Rollen sind gekennzeichnet.</translation>
    </message>
    <message>
        <source>Joiners, movers (roles gained or lost) and leavers of the period, with the time from the deactivation to the loss of every role; grants and revocations with the actor.</source>
        <translation>Eintritte, Wechsel (gewonnene oder verlorene Rollen) und Austritte im Zeitraum, mit der Zeit von der Deaktivierung bis zum Verlust jeder Rolle; Erteilungen und Widerrufe mit dem Handelnden.</translation>
    </message>
    <message>
        <source>Tokens issued, rotated out, revoked and expired in the period, their last use, and bad-token attempts (401 and 429) by address.</source>
        <translation>Im Zeitraum ausgestellte, rotierte, widerrufene und abgelaufene Token, ihre letzte Verwendung sowie Versuche mit ungültigen Token (401 und 429) nach Adresse.</translation>
    </message>
    <message>
        <source>The period&apos;s failed requests, grouped by cause, most frequent first.</source>
        <translation>Die fehlgeschlagenen Anfragen des Zeitraums, nach Ursache gruppiert, die häufigsten zuerst.</translation>
    </message>
    <message>
        <source>CSV (spreadsheets and tools)</source>
        <translation>CSV (Tabellenkalkulationen und Tools)</translation>
    </message>
    <message>
        <source>JSON (tools)</source>
        <translation>JSON (Tools)</translation>
    </message>
    <message>
        <source>HTML (people, in a browser)</source>
        <translation>HTML (für Menschen, im Browser)</translation>
    </message>
    <message>
        <source>PDF (people, to hand over)</source>
        <translation>PDF (für Menschen, zur Weitergabe)</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Read %L1 of %L2 entries…</source>
        <translation>%L1 von %L2 Einträgen gelesen…</translation>
    </message>
    <message>
        <source>Written to %1 (table rows: %L2).</source>
        <translation>Nach %1 geschrieben (Tabellenzeilen: %L2).</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Keine Anwendung konnte %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>scimdesk::RoleMappingsTab</name>
    <message>
        <source>Select a role in the tree.</source>
        <translation>Wählen Sie eine Rolle im Baum aus.</translation>
    </message>
    <message>
        <source>Role &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Rolle &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>%1 is one of %2&apos;s own privileges and cannot be revoked.</source>
        <translation>%1 ist eine eigene Berechtigung von %2 und kann nicht widerrufen werden.</translation>
    </message>
</context>
<context>
    <name>scimdesk::ScimService</name>
    <message>
        <source>The &quot;%1&quot; parameter must be an integer, not &quot;%2&quot;.</source>
        <translation>Der Parameter &quot;%1&quot; muss eine Ganzzahl sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no SCIM endpoint at this path. ScimDesk serves each directory at /scim/v2/&lt;directory&gt;.</source>
        <translation>Unter diesem Pfad gibt es keinen SCIM-Endpunkt. ScimDesk stellt jedes Verzeichnis unter /scim/v2/&lt;directory&gt; bereit.</translation>
    </message>
    <message>
        <source>Tokens in the query string are refused (they end up in logs); send &quot;Authorization: Bearer &lt;token&gt;&quot; instead.</source>
        <translation>Token im Query-String werden abgelehnt (sie landen in Protokollen); senden Sie stattdessen &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>There is no SCIM resource at this path.</source>
        <translation>Unter diesem Pfad gibt es keine SCIM-Ressource.</translation>
    </message>
    <message>
        <source>The method %1 is not allowed here; allowed: %2.</source>
        <translation>Die Methode %1 ist hier nicht zulässig; zulässig: %2.</translation>
    </message>
    <message>
        <source>The body must be a SearchRequest JSON object.</source>
        <translation>Der Inhalt muss ein SearchRequest-JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 is not supported by ScimDesk (see /ServiceProviderConfig).</source>
        <translation>%1 wird von ScimDesk nicht unterstützt (siehe /ServiceProviderConfig).</translation>
    </message>
    <message>
        <source>Authentication required: send &quot;Authorization: Bearer &lt;token&gt;&quot; with the directory&apos;s token.</source>
        <translation>Authentifizierung erforderlich: Senden Sie &quot;Authorization: Bearer &lt;token&gt;&quot; mit dem Token des Verzeichnisses.</translation>
    </message>
    <message>
        <source>The bearer token is not valid for this SCIM base URL (check the directory name and the token).</source>
        <translation>Das Bearer-Token ist für diese SCIM-Basis-URL nicht gültig (prüfen Sie den Verzeichnisnamen und das Token).</translation>
    </message>
    <message>
        <source>This bearer token was revoked on %1; issue a new token in ScimDesk and enter it in Okta.</source>
        <translation>Dieses Bearer-Token wurde am %1 widerrufen; stellen Sie in ScimDesk ein neues Token aus und tragen Sie es in Okta ein.</translation>
    </message>
    <message>
        <source>This bearer token was replaced by a newer one (rotated) and stopped working on %1.</source>
        <translation>Dieses Bearer-Token wurde durch ein neueres ersetzt (rotiert) und ist seit %1 ungültig.</translation>
    </message>
    <message>
        <source>This bearer token expired on %1; rotate it in ScimDesk and enter the new token in Okta.</source>
        <translation>Dieses Bearer-Token ist am %1 abgelaufen; erneuern Sie es in ScimDesk und tragen Sie das neue Token in Okta ein.</translation>
    </message>
    <message>
        <source>This bearer token belongs to %1, who is no longer an administrator of %2: %3 Issue a new token as an administrator (scimdesk token rotate %2 --as USERNAME) and enter it in Okta.</source>
        <translation>Dieses Bearer-Token gehört %1; diese Person ist kein Administrator von %2 mehr: %3 Stellen Sie als Administrator ein neues Token aus (scimdesk token rotate %2 --as USERNAME) und tragen Sie es in Okta ein.</translation>
    </message>
    <message>
        <source>Too many requests with an invalid bearer token from this address; try again in %1 s.</source>
        <translation>Zu viele Anfragen mit ungültigem Bearer-Token von dieser Adresse; versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>looked for an unknown %1 id</source>
        <translation>nach einer unbekannten ID gesucht (%1)</translation>
    </message>
    <message>
        <source>%1 %2 not found.</source>
        <translation>%1 %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>read %1 %2</source>
        <translation>%1 %2 gelesen</translation>
    </message>
    <message>
        <source>&quot;sortOrder&quot; must be &quot;ascending&quot; or &quot;descending&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;sortOrder&quot; muss &quot;ascending&quot; oder &quot;descending&quot; sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>listed %1 %2–%3 of %4</source>
        <translation>%1 %2–%3 von %4 aufgelistet</translation>
    </message>
    <message>
        <source>This query would examine more than %1 resources; narrow the filter (for example with userName eq, id eq or externalId eq).</source>
        <translation>Diese Abfrage würde mehr als %1 Ressourcen durchsuchen; schränken Sie den Filter ein (zum Beispiel mit userName eq, id eq oder externalId eq).</translation>
    </message>
    <message>
        <source>searched %1 where %2: %3 found</source>
        <translation>%1 durchsucht mit %2: %3 gefunden</translation>
    </message>
    <message>
        <source>listed %1 sorted by %2</source>
        <translation>%1 sortiert nach %2 aufgelistet</translation>
    </message>
    <message>
        <source>Unsupported Content-Type &quot;%1&quot;; send application/scim+json or application/json.</source>
        <translation>Nicht unterstützter Content-Type &quot;%1&quot;; senden Sie application/scim+json oder application/json.</translation>
    </message>
    <message>
        <source>The request body is empty; a JSON object is expected.</source>
        <translation>Der Anfrageinhalt ist leer; erwartet wird ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Anfrageinhalt ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Anfrageinhalt muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>tried to change an unknown %1 id</source>
        <translation>Änderung einer unbekannten ID versucht (%1)</translation>
    </message>
    <message>
        <source>The resource has changed since it was read: If-Match %1 does not match the current version %2.</source>
        <translation>Die Ressource wurde seit dem Lesen geändert: If-Match %1 entspricht nicht der aktuellen Version %2.</translation>
    </message>
    <message>
        <source>Cannot add member &quot;%1&quot;: there is no user with that id in this directory (provision the user first).</source>
        <translation>Mitglied &quot;%1&quot; kann nicht hinzugefügt werden: In diesem Verzeichnis gibt es keinen Benutzer mit dieser ID (provisionieren Sie den Benutzer zuerst).</translation>
    </message>
    <message>
        <source>The database is not available: %1</source>
        <translation>Die Datenbank ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The journal could not be written.</source>
        <translation>Das Journal konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The change could not be saved; nothing was changed.</source>
        <translation>Die Änderung konnte nicht gespeichert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>refused duplicate %1 %2</source>
        <translation>Duplikat abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>A user with userName &quot;%1&quot; already exists in this directory.</source>
        <translation>In diesem Verzeichnis existiert bereits ein Benutzer mit dem userName &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A group with displayName &quot;%1&quot; already exists in this directory.</source>
        <translation>In diesem Verzeichnis existiert bereits eine Gruppe mit dem displayName &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The resource could not be stored.</source>
        <translation>Die Ressource konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The members could not be stored.</source>
        <translation>Die Mitglieder konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The access model could not be updated.</source>
        <translation>Das Zugriffsmodell konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>created user %1</source>
        <translation>Benutzer %1 angelegt</translation>
    </message>
    <message>
        <source>created inactive user %1</source>
        <translation>inaktiven Benutzer %1 angelegt</translation>
    </message>
    <message>
        <source>created group %1</source>
        <translation>Gruppe %1 angelegt</translation>
    </message>
    <message>
        <source>with %1 member</source>
        <translation>mit %1 Mitglied</translation>
    </message>
    <message>
        <source>with %1 members</source>
        <translation>mit %1 Mitgliedern</translation>
    </message>
    <message>
        <source>Operations[%1]: member sub-attributes cannot be changed; add or remove members instead.</source>
        <translation>Operations[%1]: Unterattribute von Mitgliedern können nicht geändert werden; fügen Sie stattdessen Mitglieder hinzu oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>ignored a password change for user %1 (ScimDesk stores no passwords)</source>
        <translation>Passwortänderung für Benutzer %1 ignoriert (ScimDesk speichert keine Passwörter)</translation>
    </message>
    <message>
        <source>Another user already has userName &quot;%1&quot;.</source>
        <translation>Ein anderer Benutzer hat bereits den userName &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Another group already has displayName &quot;%1&quot;.</source>
        <translation>Eine andere Gruppe hat bereits den displayName &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The resource could not be updated.</source>
        <translation>Die Ressource konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>deactivated user %1</source>
        <translation>Benutzer %1 deaktiviert</translation>
    </message>
    <message>
        <source>reactivated user %1</source>
        <translation>Benutzer %1 reaktiviert</translation>
    </message>
    <message>
        <source>updated user %1 (%2)</source>
        <translation>Benutzer %1 aktualisiert (%2)</translation>
    </message>
    <message>
        <source>user %1 unchanged</source>
        <translation>Benutzer %1 unverändert</translation>
    </message>
    <message>
        <source>renamed group %1 to %2</source>
        <translation>Gruppe %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>added %1 member to group %2</source>
        <translation>%1 Mitglied zu Gruppe %2 hinzugefügt</translation>
    </message>
    <message>
        <source>added %1 members to group %2</source>
        <translation>%1 Mitglieder zu Gruppe %2 hinzugefügt</translation>
    </message>
    <message>
        <source>removed %1 member from group %2</source>
        <translation>%1 Mitglied aus Gruppe %2 entfernt</translation>
    </message>
    <message>
        <source>removed %1 members from group %2</source>
        <translation>%1 Mitglieder aus Gruppe %2 entfernt</translation>
    </message>
    <message>
        <source>updated group %1 (%2)</source>
        <translation>Gruppe %1 aktualisiert (%2)</translation>
    </message>
    <message>
        <source>group %1 unchanged</source>
        <translation>Gruppe %1 unverändert</translation>
    </message>
    <message>
        <source>marked user %1 %2 on delete (the %3 profile keeps user records)</source>
        <translation>Benutzer %1 beim Löschen als %2 markiert (das Profil %3 behält Benutzerdatensätze)</translation>
    </message>
    <message>
        <source>The resource could not be deleted.</source>
        <translation>Die Ressource konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>deleted %1 %2</source>
        <translation>%1 %2 gelöscht</translation>
    </message>
    <message>
        <source>The %1 profile does not support groups. In Okta, turn off Push Groups for this app and leave &quot;Import Groups&quot; unchecked (Provisioning &gt; Integration).</source>
        <translation>Das Profil %1 unterstützt keine Gruppen. Deaktivieren Sie in Okta Push Groups für diese App und lassen Sie &quot;Import Groups&quot; deaktiviert (Provisioning &gt; Integration).</translation>
    </message>
    <message>
        <source>The %1 profile does not support removing users: unassigning a person in Okta deactivates them, which keeps the account and revokes its role.</source>
        <translation>Das Profil %1 unterstützt das Entfernen von Benutzern nicht: Wird eine Person in Okta aus der Zuweisung entfernt, wird sie deaktiviert; das Konto bleibt erhalten und seine Rolle wird widerrufen.</translation>
    </message>
    <message>
        <source>Listing groups is not supported by the %1 profile. In Okta, open the app&apos;s Provisioning &gt; Integration settings and uncheck &quot;Import Groups&quot;.</source>
        <translation>Das Auflisten von Gruppen wird vom Profil %1 nicht unterstützt. Öffnen Sie in Okta die Einstellungen Provisioning &gt; Integration der App und deaktivieren Sie &quot;Import Groups&quot;.</translation>
    </message>
    <message>
        <source>Importing users is not supported by the %1 profile. In Okta, leave &quot;Import New Users and Profile Updates&quot; unchecked and schedule no imports.</source>
        <translation>Das Importieren von Benutzern wird vom Profil %1 nicht unterstützt. Lassen Sie in Okta &quot;Import New Users and Profile Updates&quot; deaktiviert und planen Sie keine Importe.</translation>
    </message>
    <message>
        <source>userName &quot;%1&quot; is not an email address; the %2 profile identifies users by email. In Okta, set the app&apos;s unique identifier field to Email.</source>
        <translation>userName &quot;%1&quot; ist keine E-Mail-Adresse; das Profil %2 identifiziert Benutzer anhand der E-Mail-Adresse. Setzen Sie in Okta das Feld &quot;Unique identifier field&quot; der App auf Email.</translation>
    </message>
    <message>
        <source>The %1 profile only lets Okta change a user&apos;s display name; %2 cannot be changed here. Change it in the application, or unmap the attribute in Okta&apos;s profile mappings.</source>
        <translation>Das Profil %1 erlaubt Okta nur, den Anzeigenamen eines Benutzers zu ändern; %2 kann hier nicht geändert werden. Ändern Sie es in der Anwendung oder entfernen Sie die Attributzuordnung in den Profilzuordnungen von Okta.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>ServiceProviderConfig has no sub-resources.</source>
        <translation>ServiceProviderConfig hat keine Unterressourcen.</translation>
    </message>
    <message>
        <source>Resource type %1 not found.</source>
        <translation>Ressourcentyp %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>Schema %1 not found.</source>
        <translation>Schema %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>abgelehnt (%1): %2</translation>
    </message>
</context>
<context>
    <name>scimdesk::SecurityIntegrationTab</name>
    <message>
        <source>Old token stops at once</source>
        <translation>Altes Token sofort ungültig</translation>
    </message>
    <message>
        <source>Old token works 10 more minutes</source>
        <translation>Altes Token noch 10 Minuten gültig</translation>
    </message>
    <message>
        <source>Old token works 1 more hour</source>
        <translation>Altes Token noch 1 Stunde gültig</translation>
    </message>
    <message>
        <source>Old token works 1 more day</source>
        <translation>Altes Token noch 1 Tag gültig</translation>
    </message>
    <message>
        <source>Off (HTTP)</source>
        <translation>Aus (HTTP)</translation>
    </message>
    <message>
        <source>Self-signed certificate (HTTPS)</source>
        <translation>Selbstsigniertes Zertifikat (HTTPS)</translation>
    </message>
    <message>
        <source>Certificate and key from the settings (HTTPS)</source>
        <translation>Zertifikat und Schlüssel aus den Einstellungen (HTTPS)</translation>
    </message>
    <message>
        <source>What to enter in Okta for this directory&apos;s profile. Items tick themselves as Okta&apos;s requests arrive.</source>
        <translation>Was Sie in Okta für das Profil dieses Verzeichnisses eintragen. Die Punkte werden automatisch abgehakt, sobald Anfragen von Okta eingehen.</translation>
    </message>
    <message>
        <source>Copied the base URL: paste it as the SCIM connector base URL in Okta.</source>
        <translation>Basis-URL kopiert: Fügen Sie sie in Okta als SCIM connector base URL ein.</translation>
    </message>
    <message>
        <source>Issue a new token for %1 and revoke the current one at once? Okta fails until you enter the new token.</source>
        <translation>Ein neues Token für %1 ausstellen und das aktuelle sofort widerrufen? Okta schlägt fehl, bis Sie das neue Token eintragen.</translation>
    </message>
    <message>
        <source>Issue a new token for %1? The current one keeps working for the overlap you chose, then retires by itself.</source>
        <translation>Ein neues Token für %1 ausstellen? Das aktuelle bleibt für die gewählte Übergangszeit gültig und läuft dann von selbst aus.</translation>
    </message>
    <message>
        <source>The token will belong to %1, the operator, and work only while they hold orgadmin.</source>
        <translation>Das Token gehört %1, dem Operator, und funktioniert nur, solange diese Person orgadmin innehat.</translation>
    </message>
    <message>
        <source>Rotate the token</source>
        <translation>Token erneuern</translation>
    </message>
    <message>
        <source>Revoke the token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke every token of %1? Okta&apos;s requests will fail with 401 until a new token is issued and entered.</source>
        <translation>Alle Token von %1 widerrufen? Anfragen von Okta schlagen mit 401 fehl, bis ein neues Token ausgestellt und eingetragen ist.</translation>
    </message>
    <message>
        <source>Copied the token of %1 from the system keychain.</source>
        <translation>Token von %1 aus dem Schlüsselbund des Systems kopiert.</translation>
    </message>
    <message>
        <source>The token of %1 is not in the keychain (%2). Rotate it to issue a new one.</source>
        <translation>Das Token von %1 ist nicht im Schlüsselbund (%2). Erneuern Sie es, um ein neues auszustellen.</translation>
    </message>
    <message>
        <source>Enter the address as IP:PORT, e.g. 127.0.0.1:7643 (port 0 picks a free one).</source>
        <translation>Geben Sie die Adresse als IP:PORT ein, z. B. 127.0.0.1:7643 (Port 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>%1 is reachable from the network: Okta&apos;s bearer token would cross it in clear text. Choose TLS, or listen on 127.0.0.1 behind your own HTTPS proxy.</source>
        <translation>%1 ist aus dem Netzwerk erreichbar: Das Bearer-Token von Okta würde unverschlüsselt über das Netzwerk übertragen. Wählen Sie TLS oder lauschen Sie auf 127.0.0.1 hinter Ihrem eigenen HTTPS-Proxy.</translation>
    </message>
    <message>
        <source>Anything but loopback needs TLS: the bearer token is in every request, and on the network it must be encrypted.</source>
        <translation>Alles außer Loopback erfordert TLS: Das Bearer-Token steht in jeder Anfrage und muss im Netzwerk verschlüsselt sein.</translation>
    </message>
    <message>
        <source>Choose the PEM certificate and key in File &gt; Settings first.</source>
        <translation>Wählen Sie zuerst unter Datei &gt; Einstellungen das PEM-Zertifikat und den Schlüssel aus.</translation>
    </message>
    <message>
        <source>HTTPS with %1 (fingerprint shown once the listener runs).</source>
        <translation>HTTPS mit %1 (der Fingerabdruck wird angezeigt, sobald der Listener läuft).</translation>
    </message>
    <message>
        <source>HTTPS with a certificate ScimDesk generates and keeps next to its database; pin its fingerprint (shown once the listener runs).</source>
        <translation>HTTPS mit einem Zertifikat, das ScimDesk erzeugt und neben seiner Datenbank ablegt; pinnen Sie seinen Fingerabdruck (wird angezeigt, sobald der Listener läuft).</translation>
    </message>
    <message>
        <source>Loopback only: reachable from this machine (use a tunnel or proxy with HTTPS for Okta&apos;s cloud).</source>
        <translation>Nur Loopback: von diesem Rechner aus erreichbar (für die Okta-Cloud einen Tunnel oder Proxy mit HTTPS verwenden).</translation>
    </message>
    <message>
        <source>Listening on %1 (%2), %3 requests/s</source>
        <translation>Lauscht auf %1 (%2), %3 Anfragen/s</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Zertifikat SHA-256: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>(no environment)</source>
        <translation>(keine Umgebung)</translation>
    </message>
    <message>
        <source>(no organization)</source>
        <translation>(keine Organisation)</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (primär)</translation>
    </message>
    <message>
        <source>Security integration: %1</source>
        <translation>Sicherheitsintegration: %1</translation>
    </message>
    <message>
        <source> — admin attribute %1</source>
        <translation> – Admin-Attribut %1</translation>
    </message>
    <message>
        <source>none issued</source>
        <translation>keines ausgestellt</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, läuft am %2 ab</translation>
    </message>
    <message>
        <source>%1, never expires</source>
        <translation>%1, läuft nie ab</translation>
    </message>
    <message>
        <source>, belongs to %1</source>
        <translation>, gehört %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>never — Okta has not connected yet</source>
        <translation>nie – Okta hat sich noch nicht verbunden</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>not yet seen</source>
        <translation>noch nicht festgestellt</translation>
    </message>
</context>
<context>
    <name>scimdesk::SettingsDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Off (plain HTTP, for loopback or behind a TLS proxy)</source>
        <translation>Aus (reines HTTP, für Loopback oder hinter einem TLS-Proxy)</translation>
    </message>
    <message>
        <source>Self-signed certificate, kept next to the database</source>
        <translation>Selbstsigniertes Zertifikat, neben der Datenbank abgelegt</translation>
    </message>
    <message>
        <source>Certificate and key files (PEM)</source>
        <translation>Zertifikat- und Schlüsseldateien (PEM)</translation>
    </message>
    <message>
        <source>Stored in %1. Bearer tokens are never stored here: they stay in the keychain.</source>
        <translation>Gespeichert in %1. Bearer-Token werden hier nie gespeichert: Sie bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatdatei auswählen</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Datei mit privatem Schlüssel auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Without HTTPS the listener only accepts 127.0.0.1, ::1 or localhost: on %1, bearer tokens would cross the network in clear. Turn on HTTPS or use a loopback address.</source>
        <translation>Ohne HTTPS akzeptiert der Listener nur 127.0.0.1, ::1 oder localhost: Auf %1 würden Bearer-Token unverschlüsselt über das Netzwerk übertragen. Aktivieren Sie HTTPS oder verwenden Sie eine Loopback-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds what looks like a bearer token. Tokens belong in the keychain, never in the settings.</source>
        <translation>&quot;%1&quot; enthält anscheinend ein Bearer-Token. Token gehören in den Schlüsselbund, niemals in die Einstellungen.</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM).</source>
        <translation>Wählen Sie die Zertifikatdatei (PEM) aus.</translation>
    </message>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation>Die Zertifikatdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Choose the private key file (PEM).</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel (PEM) aus.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Die Schlüsseldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>scimdesk::SimulatorTab</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Assign group %1</source>
        <translation>Gruppe %1 zuweisen</translation>
    </message>
    <message>
        <source>Push group %1</source>
        <translation>Gruppe %1 pushen</translation>
    </message>
    <message>
        <source>Update %1 in the app</source>
        <translation>%1 in der App aktualisieren</translation>
    </message>
    <message>
        <source>Edit profile of %1 (%2)</source>
        <translation>Profil von %1 bearbeiten (%2)</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Assign %1 to the app</source>
        <translation>%1 der App zuweisen</translation>
    </message>
    <message>
        <source>Unassign %1 from the app</source>
        <translation>Zuweisung von %1 zur App aufheben</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1 reaktivieren</translation>
    </message>
    <message>
        <source>Rename group %1 to %2</source>
        <translation>Gruppe %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Push now: %1</source>
        <translation>Jetzt pushen: %1</translation>
    </message>
    <message>
        <source>Unlink %1 and delete it in the app</source>
        <translation>Verknüpfung von %1 aufheben und in der App löschen</translation>
    </message>
    <message>
        <source>Unlink %1, leave it in the app</source>
        <translation>Verknüpfung von %1 aufheben, in der App belassen</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Import groups</source>
        <translation>Gruppen importieren</translation>
    </message>
    <message>
        <source>Choose a directory: the simulated app provisions into it.</source>
        <translation>Wählen Sie ein Verzeichnis: Die simulierte App provisioniert in dieses Verzeichnis.</translation>
    </message>
    <message>
        <source>No actions queued</source>
        <translation>Keine Aktionen in der Warteschlange</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>The keychain has no token for %1 (%2). Paste the directory&apos;s token to send requests.</source>
        <translation>Der Schlüsselbund enthält kein Token für %1 (%2). Fügen Sie das Token des Verzeichnisses ein, um Anfragen zu senden.</translation>
    </message>
    <message>
        <source>nothing stored</source>
        <translation>nichts gespeichert</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>Load scenario</source>
        <translation>Szenario laden</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A group named %1 already exists.</source>
        <translation>Eine Gruppe namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Reading the token of %1 from the keychain…</source>
        <translation>Token von %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The console&apos;s listener is not running: start it on Security Integration, or enter the base URL of the SCIM server the simulated app should provision into.</source>
        <translation>Der Listener der Konsole läuft nicht: Starten Sie ihn unter Sicherheitsintegration oder geben Sie die Basis-URL des SCIM-Servers ein, in den die simulierte App provisionieren soll.</translation>
    </message>
    <message>
        <source>The token of %1, %2, goes in every request&apos;s Authorization header (never shown or traced).</source>
        <translation>Das Token von %1, %2, wird im Authorization-Header jeder Anfrage gesendet (nie angezeigt oder protokolliert).</translation>
    </message>
    <message>
        <source>the directory</source>
        <translation>das Verzeichnis</translation>
    </message>
    <message>
        <source>Cannot load the scenario: %1</source>
        <translation>Szenario kann nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: %n action(s) queued.</source>
        <translation>
            <numerusform>%1 geladen: %n Aktion in der Warteschlange.</numerusform>
            <numerusform>%1 geladen: %n Aktionen in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started over: the org is as it was loaded, and the activity is cleared. What the directory received is still there.</source>
        <translation>Neu begonnen: Die Organisation ist wieder im geladenen Zustand, und die Aktivität wurde gelöscht. Was das Verzeichnis empfangen hat, bleibt erhalten.</translation>
    </message>
    <message>
        <source>%v of %m actions</source>
        <translation>%v von %m Aktionen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n people</source>
        <translation>
            <numerusform>%n Person hinzugefügt</numerusform>
            <numerusform>%n Personen hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personen (%1)</translation>
    </message>
    <message>
        <source>Groups (%1)</source>
        <translation>Gruppen (%1)</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>keine Gruppe</translation>
    </message>
    <message>
        <source>%1 (assigned)</source>
        <translation>%1 (zugewiesen)</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Unassign from app</source>
        <translation>Zuweisung zur App aufheben</translation>
    </message>
    <message>
        <source>Assign to app</source>
        <translation>Der App zuweisen</translation>
    </message>
    <message>
        <source>Already assigned through a group; this assigns individually too</source>
        <translation>Bereits über eine Gruppe zugewiesen; dies weist zusätzlich einzeln zu</translation>
    </message>
    <message>
        <source>No group selected.</source>
        <translation>Keine Gruppe ausgewählt.</translation>
    </message>
    <message>
        <source>Select a group to see its members.</source>
        <translation>Wählen Sie eine Gruppe aus, um ihre Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>assigned to the app</source>
        <translation>der App zugewiesen</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>pushed as %1</source>
        <translation>gepusht als %1</translation>
    </message>
    <message>
        <source>push pending</source>
        <translation>Push ausstehend</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>Noch keine Mitglieder.</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Push Groups is off in the provisioning settings</source>
        <translation>Push Groups ist in den Provisionierungseinstellungen deaktiviert</translation>
    </message>
    <message>
        <source>A person needs a first name, a last name and a username.</source>
        <translation>Eine Person benötigt einen Vornamen, einen Nachnamen und einen Benutzernamen.</translation>
    </message>
    <message>
        <source>A person with the username %1 already exists.</source>
        <translation>Eine Person mit dem Benutzernamen %1 existiert bereits.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): %1 ok, %2 failed.</source>
        <translation>
            <numerusform>%n Aktion: %1 erfolgreich, %2 fehlgeschlagen.</numerusform>
            <numerusform>%n Aktionen: %1 erfolgreich, %2 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 actions sent</source>
        <translation>Abgebrochen: %1 von %2 Aktionen gesendet</translation>
    </message>
    <message>
        <source>%v of %m actions done</source>
        <translation>%v von %m Aktionen erledigt</translation>
    </message>
    <message>
        <source>No actions yet. Test the connection, assign a person or a group, or load a scenario: each action shows the requests it sent here.</source>
        <translation>Noch keine Aktionen. Testen Sie die Verbindung, weisen Sie eine Person oder eine Gruppe zu oder laden Sie ein Szenario: Jede Aktion zeigt die Anfragen, die sie hierher gesendet hat.</translation>
    </message>
    <message>
        <source>Select an action to see the requests it sent.</source>
        <translation>Wählen Sie eine Aktion aus, um die gesendeten Anfragen zu sehen.</translation>
    </message>
    <message>
        <source>Select an action to see the responses.</source>
        <translation>Wählen Sie eine Aktion aus, um die Antworten zu sehen.</translation>
    </message>
    <message>
        <source>Select a request to see the response.</source>
        <translation>Wählen Sie eine Anfrage aus, um die Antwort zu sehen.</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>This action sent no request: %1</source>
        <translation>Diese Aktion hat keine Anfrage gesendet: %1</translation>
    </message>
    <message>
        <source>nothing to tell the app.</source>
        <translation>der App war nichts mitzuteilen.</translation>
    </message>
    <message>
        <source>Select a request to see what was sent.</source>
        <translation>Wählen Sie eine Anfrage aus, um zu sehen, was gesendet wurde.</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation>HTTP %1 nach %2 ms</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
</context>
<context>
    <name>scimdesk::TokenDialog</name>
    <message>
        <source>The bearer token of &lt;b&gt;%1&lt;/b&gt;. In Okta, open the app&apos;s Provisioning &amp;gt; Integration, choose HTTP Header authentication and paste it as the token.</source>
        <translation>Das Bearer-Token von &lt;b&gt;%1&lt;/b&gt;. Öffnen Sie in Okta unter der App Provisioning &amp;gt; Integration, wählen Sie die Authentifizierung HTTP Header und fügen Sie es als Token ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will not see this token again here:&lt;/b&gt; ScimDesk stores only its hash in the database.</source>
        <translation>&lt;b&gt;Sie werden dieses Token hier nicht wieder sehen:&lt;/b&gt; ScimDesk speichert in der Datenbank nur seinen Hash.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>scimdesk::UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Admin attribute</source>
        <translation>Admin-Attribut</translation>
    </message>
    <message>
        <source>Effective roles</source>
        <translation>Effektive Rollen</translation>
    </message>
    <message>
        <source>Groups (source)</source>
        <translation>Gruppen (Quelle)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>scimdesk::WalkthroughPage</name>
    <message>
        <source>Do it in the simulator</source>
        <translation>Im Simulator ausführen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>Noch nicht erledigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Verified in ScimDesk.&lt;/b&gt; Continue with Next.</source>
        <translation>&lt;b&gt;✔ In ScimDesk bestätigt.&lt;/b&gt; Fahren Sie mit Weiter fort.</translation>
    </message>
    <message>
        <source>Waiting for ScimDesk to see it: %1</source>
        <translation>Warten, bis ScimDesk es feststellt: %1</translation>
    </message>
</context>
<context>
    <name>scimdesk::sim::ConformanceRunner</name>
    <message>
        <source>not run: it needs what %1 should have created</source>
        <translation>nicht ausgeführt: benötigt, was %1 hätte anlegen sollen</translation>
    </message>
    <message>
        <source>no response within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>The target %1 did not answer: %2</source>
        <translation>Das Ziel %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>Content-Type is &quot;%1&quot;, not application/scim+json</source>
        <translation>Content-Type ist &quot;%1&quot;, nicht application/scim+json</translation>
    </message>
    <message>
        <source>the %1 response is not a JSON object (Okta reports &quot;%2&quot;)</source>
        <translation>die %1-Antwort ist kein JSON-Objekt (Okta meldet &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the %1 response has no body; Okta needs SCIM Error JSON</source>
        <translation>die %1-Antwort hat keinen Inhalt; Okta benötigt SCIM-Error-JSON</translation>
    </message>
    <message>
        <source>the %1 error&apos;s schemas do not name %2</source>
        <translation>schemas des %1-Fehlers nennen %2 nicht</translation>
    </message>
    <message>
        <source>the %1 error has no detail</source>
        <translation>der %1-Fehler hat kein detail</translation>
    </message>
    <message>
        <source>the %1 error&apos;s status is %2</source>
        <translation>status des %1-Fehlers ist %2</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <source>took %1 ms, over the suite&apos;s %2 ms</source>
        <translation>dauerte %1 ms, mehr als die %2 ms der Testreihe</translation>
    </message>
    <message>
        <source>schemas do not name %1</source>
        <translation>schemas nennen %1 nicht</translation>
    </message>
    <message>
        <source>%1 is %2, not a number</source>
        <translation>%1 ist %2, keine Zahl</translation>
    </message>
    <message>
        <source>Resources is %1, not an array ([] when empty)</source>
        <translation>Resources ist %1, kein Array ([] wenn leer)</translation>
    </message>
    <message>
        <source>itemsPerPage is %1 but Resources holds %2</source>
        <translation>itemsPerPage ist %1, aber Resources enthält %2</translation>
    </message>
    <message>
        <source>%1 resources for count=%2</source>
        <translation>%1 Ressourcen für count=%2</translation>
    </message>
    <message>
        <source>startIndex is %1, not %2</source>
        <translation>startIndex ist %1, nicht %2</translation>
    </message>
    <message>
        <source>totalResults is %1, fewer than the %2 resources</source>
        <translation>totalResults ist %1, weniger als die %2 Ressourcen</translation>
    </message>
    <message>
        <source>active is %1, not %2</source>
        <translation>active ist %1, nicht %2</translation>
    </message>
    <message>
        <source>schemas do not contain %1</source>
        <translation>schemas enthält %1 nicht</translation>
    </message>
    <message>
        <source>the user has no id</source>
        <translation>der Benutzer hat keine id</translation>
    </message>
    <message>
        <source>the group has no id</source>
        <translation>die Gruppe hat keine id</translation>
    </message>
    <message>
        <source>%1 is missing or empty</source>
        <translation>%1 fehlt oder ist leer</translation>
    </message>
    <message>
        <source>members are [%1], expected [%2]</source>
        <translation>members sind [%1], erwartet [%2]</translation>
    </message>
    <message>
        <source>the name differs from the one sent</source>
        <translation>der Name weicht vom gesendeten ab</translation>
    </message>
    <message>
        <source>userName is %1, not the &quot;%2&quot; sent (case must be preserved)</source>
        <translation>userName ist %1, nicht das gesendete &quot;%2&quot; (Groß-/Kleinschreibung muss erhalten bleiben)</translation>
    </message>
    <message>
        <source>members[0] is not {value: %1, display: %2}</source>
        <translation>members[0] ist nicht {value: %1, display: %2}</translation>
    </message>
    <message>
        <source>200 with a well-formed ListResponse of at most 2 users</source>
        <translation>200 mit einer wohlgeformten ListResponse mit höchstens 2 Benutzern</translation>
    </message>
    <message>
        <source>totalResults is %1 for a userName nobody has</source>
        <translation>totalResults ist %1 für einen userName, den niemand hat</translation>
    </message>
    <message>
        <source>userName is %1, not the &quot;%2&quot; sent</source>
        <translation>userName ist %1, nicht das gesendete &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the response returns the password</source>
        <translation>die Antwort gibt das Passwort zurück</translation>
    </message>
    <message>
        <source>the filter found nobody; POST created %1</source>
        <translation>der Filter fand niemanden; POST legte %1 an</translation>
    </message>
    <message>
        <source>Resources is empty</source>
        <translation>Resources ist leer</translation>
    </message>
    <message>
        <source>ListResponse with Resources[0] complete (id %1)</source>
        <translation>ListResponse mit vollständigem Resources[0] (id %1)</translation>
    </message>
    <message>
        <source>id is %1</source>
        <translation>id ist %1</translation>
    </message>
    <message>
        <source>200 with the user&apos;s required attributes</source>
        <translation>200 mit den Pflichtattributen des Benutzers</translation>
    </message>
    <message>
        <source>totalResults is %1, not 0</source>
        <translation>totalResults ist %1, nicht 0</translation>
    </message>
    <message>
        <source>200 with an empty ListResponse</source>
        <translation>200 mit einer leeren ListResponse</translation>
    </message>
    <message>
        <source>404 with a SCIM Error (schemas, detail, status)</source>
        <translation>404 mit einem SCIM Error (schemas, detail, status)</translation>
    </message>
    <message>
        <source>201 with the user as sent (id %1)</source>
        <translation>201 mit dem Benutzer wie gesendet (id %1)</translation>
    </message>
    <message>
        <source>200 with userName and name as created</source>
        <translation>200 mit userName und name wie angelegt</translation>
    </message>
    <message>
        <source>409 with a SCIM Error</source>
        <translation>409 mit einem SCIM Error</translation>
    </message>
    <message>
        <source>found %1 users, not the one created as &quot;%2&quot;: userName must match case-insensitively</source>
        <translation>%1 Benutzer gefunden, nicht den als &quot;%2&quot; angelegten: userName muss ohne Beachtung der Groß-/Kleinschreibung übereinstimmen</translation>
    </message>
    <message>
        <source>userName is not echoed with its case preserved</source>
        <translation>userName wird nicht mit erhaltener Groß-/Kleinschreibung zurückgegeben</translation>
    </message>
    <message>
        <source>200 with the user created as &quot;%1&quot;</source>
        <translation>200 mit dem als &quot;%1&quot; angelegten Benutzer</translation>
    </message>
    <message>
        <source>200 with a ListResponse in %1 ms</source>
        <translation>200 mit einer ListResponse in %1 ms</translation>
    </message>
    <message>
        <source>401 with a SCIM Error (schemas, detail, status)</source>
        <translation>401 mit einem SCIM Error (schemas, detail, status)</translation>
    </message>
    <message>
        <source>found %1 users, not the one created</source>
        <translation>%1 Benutzer gefunden, nicht den angelegten</translation>
    </message>
    <message>
        <source>the response does not carry the change, the same id and userName</source>
        <translation>die Antwort enthält nicht die Änderung, dieselbe id und denselben userName</translation>
    </message>
    <message>
        <source>filter found the user; GET then PUT of its own representation returned 200</source>
        <translation>Filter fand den Benutzer; GET und anschließend PUT seiner eigenen Darstellung ergaben 200</translation>
    </message>
    <message>
        <source>the user came back under another id</source>
        <translation>der Benutzer kam unter einer anderen id zurück</translation>
    </message>
    <message>
        <source>PATCH active:true reactivated the same id</source>
        <translation>PATCH active:true reaktivierte dieselbe id</translation>
    </message>
    <message>
        <source>the filter no longer finds the deactivated user</source>
        <translation>der Filter findet den deaktivierten Benutzer nicht mehr</translation>
    </message>
    <message>
        <source>PATCH active:false; the user is still there, inactive</source>
        <translation>PATCH active:false; der Benutzer ist noch vorhanden, inaktiv</translation>
    </message>
    <message>
        <source>GET then PUT set active false, then true</source>
        <translation>GET und anschließend PUT setzten active auf false, dann auf true</translation>
    </message>
    <message>
        <source>totalResults is not 0 for a new group name</source>
        <translation>totalResults ist nicht 0 für einen neuen Gruppennamen</translation>
    </message>
    <message>
        <source>displayName is %1</source>
        <translation>displayName ist %1</translation>
    </message>
    <message>
        <source>created %1 and pushed its member</source>
        <translation>%1 angelegt und sein Mitglied gepusht</translation>
    </message>
    <message>
        <source>one member removed by a value filter, another added</source>
        <translation>ein Mitglied per value-Filter entfernt, ein anderes hinzugefügt</translation>
    </message>
    <message>
        <source>the renamed group is not found by its new name</source>
        <translation>die umbenannte Gruppe wird unter ihrem neuen Namen nicht gefunden</translation>
    </message>
    <message>
        <source>renamed; found by the new displayName</source>
        <translation>umbenannt; über den neuen displayName gefunden</translation>
    </message>
    <message>
        <source>replaced members with two, then with []</source>
        <translation>members durch zwei ersetzt, dann durch []</translation>
    </message>
    <message>
        <source>GET then PUT with all members returned 200</source>
        <translation>GET und anschließend PUT mit allen Mitgliedern ergaben 200</translation>
    </message>
    <message>
        <source>the 204 response has a body</source>
        <translation>die 204-Antwort hat einen Inhalt</translation>
    </message>
    <message>
        <source>DELETE answered 204; the group is gone (404)</source>
        <translation>DELETE antwortete mit 204; die Gruppe ist entfernt (404)</translation>
    </message>
    <message>
        <source>active or id differ from what was sent</source>
        <translation>active oder id weichen vom Gesendeten ab</translation>
    </message>
    <message>
        <source>200 with the user as sent, phoneNumbers included</source>
        <translation>200 mit dem Benutzer wie gesendet, einschließlich phoneNumbers</translation>
    </message>
    <message>
        <source>201 with the member as sent (id %1)</source>
        <translation>201 mit dem Mitglied wie gesendet (id %1)</translation>
    </message>
    <message>
        <source>200 with the member</source>
        <translation>200 mit dem Mitglied</translation>
    </message>
    <message>
        <source>200 with the group and no members</source>
        <translation>200 mit der Gruppe und ohne Mitglieder</translation>
    </message>
    <message>
        <source>200 with the member added</source>
        <translation>200 mit dem hinzugefügten Mitglied</translation>
    </message>
    <message>
        <source>200 with no members</source>
        <translation>200 ohne Mitglieder</translation>
    </message>
    <message>
        <source>204</source>
        <translation>204</translation>
    </message>
    <message>
        <source>200 with active false</source>
        <translation>200 mit active false</translation>
    </message>
    <message>
        <source>%1 resources of the %2 expected; Okta steps by 100 and would skip the rest</source>
        <translation>%1 Ressourcen von %2 erwarteten; Okta geht in 100er-Schritten vor und würde den Rest überspringen</translation>
    </message>
    <message>
        <source>user %1, created by this run, is missing from the import</source>
        <translation>Benutzer %1, in diesem Lauf angelegt, fehlt im Import</translation>
    </message>
    <message>
        <source>%1 %2, pages of 100: %3</source>
        <translation>%1 %2, Seiten zu je 100: %3</translation>
    </message>
    <message>
        <source>could not deactivate user %1: %2 %3</source>
        <translation>Benutzer %1 konnte nicht deaktiviert werden: %2 %3</translation>
    </message>
    <message>
        <source>could not delete group %1: %2 %3</source>
        <translation>Gruppe %1 konnte nicht gelöscht werden: %2 %3</translation>
    </message>
</context>
<context>
    <name>scimdesk::sim::ProvisioningEngine</name>
    <message>
        <source>Read timed out: no response from %1 within %2 s</source>
        <translation>Zeitüberschreitung beim Lesen: keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>retry in %1 ms</source>
        <translation>neuer Versuch in %1 ms</translation>
    </message>
    <message>
        <source>(gave up after %1 attempts)</source>
        <translation>(nach %1 Versuchen aufgegeben)</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation>unbekannte Gruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown person &quot;%1&quot;</source>
        <translation>unbekannte Person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>connection verified</source>
        <translation>Verbindung geprüft</translation>
    </message>
    <message>
        <source>Push Groups is not enabled for this app</source>
        <translation>&quot;Push Groups&quot; ist für diese App nicht aktiviert</translation>
    </message>
    <message>
        <source>renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is not pushed</source>
        <translation>Gruppe &quot;%1&quot; wird nicht gepusht</translation>
    </message>
    <message>
        <source>unlinked %1 and deleted it in the app</source>
        <translation>Verknüpfung von %1 aufgehoben und die Gruppe in der App gelöscht</translation>
    </message>
    <message>
        <source>unlinked %1, left in the app</source>
        <translation>Verknüpfung von %1 aufgehoben, die Gruppe bleibt in der App</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>linked %1 to %2</source>
        <translation>%1 mit %2 verknüpft</translation>
    </message>
    <message>
        <source>created %1 as %2</source>
        <translation>%1 als %2 angelegt</translation>
    </message>
    <message>
        <source>reactivated %1</source>
        <translation>%1 reaktiviert</translation>
    </message>
    <message>
        <source>deactivated %1</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>linked group %1 to %2</source>
        <translation>Gruppe %1 mit %2 verknüpft</translation>
    </message>
    <message>
        <source>pushed group %1 as %2</source>
        <translation>Gruppe %1 als %2 gepusht</translation>
    </message>
    <message>
        <source>pushed membership of %1: %2 added, %3 removed</source>
        <translation>Mitgliedschaft von %1 gepusht: %2 hinzugefügt, %3 entfernt</translation>
    </message>
    <message>
        <source>pushed all %1 members of %2</source>
        <translation>alle %1 Mitglieder von %2 gepusht</translation>
    </message>
    <message>
        <source>%1 users scanned</source>
        <translation>%1 Benutzer durchsucht</translation>
    </message>
    <message>
        <source>%1 groups scanned</source>
        <translation>%1 Gruppen durchsucht</translation>
    </message>
</context>
<context>
    <name>scimdesk::simtab::ActivityModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>scimdesk::simtab::GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Assigned to the app</source>
        <translation>Der App zugewiesen</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Gepusht</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes — %1</source>
        <translation>Ja – %1</translation>
    </message>
    <message>
        <source>Pushed, id %1 in the app</source>
        <translation>Gepusht, id %1 in der App</translation>
    </message>
    <message>
        <source>Push pending</source>
        <translation>Push ausstehend</translation>
    </message>
</context>
<context>
    <name>scimdesk::simtab::PeopleModel</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Primäre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>App assignment</source>
        <translation>App-Zuweisung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Not assigned (app user active)</source>
        <translation>Nicht zugewiesen (App-Benutzer aktiv)</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assigned, not provisioned</source>
        <translation>Zugewiesen, nicht provisioniert</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Provisioniert</translation>
    </message>
    <message>
        <source>Provisioned, deactivated in the app</source>
        <translation>Provisioniert, in der App deaktiviert</translation>
    </message>
    <message>
        <source>assigned individually</source>
        <translation>einzeln zugewiesen</translation>
    </message>
    <message>
        <source>through group %1</source>
        <translation>über Gruppe %1</translation>
    </message>
    <message>
        <source>Not assigned to the app</source>
        <translation>Der App nicht zugewiesen</translation>
    </message>
</context>
</TS>
