<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountState</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
</context>
<context>
    <name>AddressSuggestions</name>
    <message>
        <source>reading addresses</source>
        <translation>Lesen der Adressen</translation>
    </message>
</context>
<context>
    <name>AttachmentSaver</name>
    <message>
        <source>The part has no content</source>
        <translation>Der Nachrichtenteil hat keinen Inhalt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation>Schreiben von %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AutoconfigXml</name>
    <message>
        <source>The configuration file is not valid XML: %1 (line %2)</source>
        <translation>Die Konfigurationsdatei ist kein gültiges XML: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>The file is not a mail client configuration (no clientConfig element).</source>
        <translation>Die Datei ist keine E-Mail-Client-Konfiguration (kein clientConfig-Element).</translation>
    </message>
    <message>
        <source>Skipped a server of type &quot;%1&quot;.</source>
        <translation>Ein Server vom Typ „%1“ wurde übersprungen.</translation>
    </message>
    <message>
        <source>Skipped an incomplete %1 server entry.</source>
        <translation>Ein unvollständiger %1-Servereintrag wurde übersprungen.</translation>
    </message>
    <message>
        <source>Skipped %1 on %2: it needs a sign-in method Epistle does not offer (%3).</source>
        <translation>%1 auf %2 übersprungen: Der Server erfordert eine Anmeldemethode, die Epistle nicht anbietet (%3).</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Write</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Nachricht senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>&amp;Rich text</source>
        <translation>For&amp;matierter Text</translation>
    </message>
    <message>
        <source>Formatted text, sent together with a plain text version</source>
        <translation>Formatierter Text, der zusammen mit einer Reintext-Version gesendet wird</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählungsliste</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <source>The server reported too many messages.</source>
        <translation>Der Server hat zu viele Nachrichten gemeldet.</translation>
    </message>
</context>
<context>
    <name>ForwardBuilder</name>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Weitergeleitete Nachricht --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Epistle</source>
        <translation>Epistle</translation>
    </message>
    <message>
        <source>The mail database cannot be used: %1

%2</source>
        <translation>Die E-Mail-Datenbank kann nicht verwendet werden: %1

%2</translation>
    </message>
    <message>
        <source>Epistle %1: the main window is not part of this build yet. Profile: %2
Use the headless commands (epistle --help).</source>
        <translation>Epistle %1: Das Hauptfenster ist in diesem Build noch nicht enthalten. Profil: %2
Verwenden Sie die Befehle ohne Benutzeroberfläche (epistle --help).</translation>
    </message>
    <message>
        <source>Later starts cannot hand mailto: links to this window: %1</source>
        <translation>Später gestartete Instanzen können mailto:-Links nicht an dieses Fenster übergeben: %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Print a message file parsed, as JSON: headers, addresses, the part tree, the text a reader shows and the attachments.</source>
        <translation>Eine Nachrichtendatei analysieren und als JSON ausgeben: Header, Adressen, Baum der Nachrichtenteile, der Text, den die Nachrichtenansicht anzeigt, und die Anhänge.</translation>
    </message>
    <message>
        <source>Show the plain text alternative.</source>
        <translation>Die Reintext-Alternative anzeigen.</translation>
    </message>
    <message>
        <source>Show the HTML alternative (default).</source>
        <translation>Die HTML-Alternative anzeigen (Standard).</translation>
    </message>
    <message>
        <source>Keep remote images and style references in the sanitized HTML.</source>
        <translation>Externe Bilder und Stilverweise im bereinigten HTML beibehalten.</translation>
    </message>
    <message>
        <source>Print the JSON on one line.</source>
        <translation>Das JSON in einer Zeile ausgeben.</translation>
    </message>
    <message>
        <source>The message (.eml), or - for standard input.</source>
        <translation>Die Nachricht (.eml) oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Usage: epistle inspect [options] FILE.eml|-</source>
        <translation>Aufruf: epistle inspect [options] FILE.eml|-</translation>
    </message>
    <message>
        <source>--prefer-plain and --prefer-html exclude each other</source>
        <translation>--prefer-plain und --prefer-html schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation>Die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>epistle inspect: %1</source>
        <translation>epistle inspect: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Epistle</source>
        <translation>Epistle</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation>Nur ungelesene Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Show only starred messages</source>
        <translation>Nur Nachrichten mit Stern anzeigen</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Show only messages with attachments</source>
        <translation>Nur Nachrichten mit Anhängen anzeigen</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+K)</source>
        <translation>Nachrichten durchsuchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>Cannot read the attachment %1: %2</source>
        <translation>Der Anhang %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MessageListQueries</name>
    <message>
        <source>The mail database has no native handle.</source>
        <translation>Die E-Mail-Datenbank hat kein natives Handle.</translation>
    </message>
    <message>
        <source>The message list could not be read.</source>
        <translation>Die Nachrichtenliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>reading message list rows</source>
        <translation>Lesen der Zeilen der Nachrichtenliste</translation>
    </message>
    <message>
        <source>reading a thread</source>
        <translation>Lesen eines Themas</translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>The input is not readable</source>
        <translation>Die Eingabe ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation>Zum Schutz Ihrer Privatsphäre wurden externe Inhalte blockiert.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>Immer für diesen Absender</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Alle speichern…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>OperationReplayer</name>
    <message numerus="yes">
        <source>changing the flags of %n message(s)</source>
        <translation>
            <numerusform>Ändern der Markierungen von %n Nachricht</numerusform>
            <numerusform>Ändern der Markierungen von %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moving %n message(s)</source>
        <translation>
            <numerusform>Verschieben von %n Nachricht</numerusform>
            <numerusform>Verschieben von %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copying %n message(s)</source>
        <translation>
            <numerusform>Kopieren von %n Nachricht</numerusform>
            <numerusform>Kopieren von %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleting %n message(s)</source>
        <translation>
            <numerusform>Löschen von %n Nachricht</numerusform>
            <numerusform>Löschen von %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>storing a message</source>
        <translation>Speichern einer Nachricht</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Der Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A change could not be made on the server (%1): %2</source>
        <translation>Eine Änderung konnte auf dem Server nicht vorgenommen werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation>Der Profilordner %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>ReplyBuilder</name>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 schrieb:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Am %1 schrieb %2:</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>No password is known for this account.</source>
        <translation>Für dieses Konto ist kein Passwort bekannt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Incoming server:</source>
        <translation>Posteingangs-&amp;Server:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Outgoing server:</source>
        <translation>Postausgangs-Se&amp;rver:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Überneh&amp;men</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>Ant&amp;wort an:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Show the &amp;plain text version of messages when there is one</source>
        <translation>Die &amp;Reintext-Version von Nachrichten anzeigen, wenn vorhanden</translation>
    </message>
    <message>
        <source>Remote &amp;content:</source>
        <translation>Externe &amp;Inhalte:</translation>
    </message>
    <message>
        <source>&amp;Mark as read after:</source>
        <translation>Als gelesen &amp;markieren nach:</translation>
    </message>
    <message>
        <source>Remote content always loaded from:</source>
        <translation>Externe Inhalte immer laden von:</translation>
    </message>
    <message>
        <source>Remove Sender</source>
        <translation>Absender entfernen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start verwendet.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Der Server hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The local mail store failed: %1</source>
        <translation>Fehler im lokalen Nachrichtenspeicher: %1</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>WizardCertificateDialog</name>
    <message>
        <source>Certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Trust it only if you can compare the fingerprint with one your provider or administrator gave you. Epistle will then accept this one certificate, and no other, for this account.</source>
        <translation>Vertrauen Sie dem Zertifikat nur, wenn Sie den Fingerabdruck mit einem vergleichen können, den Ihnen Ihr Anbieter oder Administrator mitgeteilt hat. Epistle akzeptiert dann für dieses Konto genau dieses eine Zertifikat und kein anderes.</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this account</source>
        <translation>Diesem Zertifikat für dieses Konto &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>WizardConfirmPage</name>
    <message>
        <source>Is this your provider?</source>
        <translation>Ist dies Ihr Anbieter?</translation>
    </message>
    <message>
        <source>A server outside your address&apos;s domain gets your password only with your approval.</source>
        <translation>Ein Server außerhalb der Domain Ihrer Adresse erhält Ihr Passwort nur mit Ihrer Zustimmung.</translation>
    </message>
    <message>
        <source>These servers were learnt from DNS (or an unencrypted download), which someone on your network could forge to collect your password. Continue only if you know that your provider uses them; otherwise go back and enter the settings your provider gives you.</source>
        <translation>Diese Server stammen aus dem DNS (oder aus einem unverschlüsselten Download), das jemand in Ihrem Netzwerk fälschen könnte, um Ihr Passwort abzugreifen. Fahren Sie nur fort, wenn Sie wissen, dass Ihr Anbieter diese Server verwendet; gehen Sie andernfalls zurück und geben Sie die Einstellungen ein, die Ihnen Ihr Anbieter nennt.</translation>
    </message>
</context>
<context>
    <name>WizardDiscoveryPage</name>
    <message>
        <source>Looking for your mail servers</source>
        <translation>Ihre E-Mail-Server werden gesucht</translation>
    </message>
    <message>
        <source>Epistle asks DNS, your provider&apos;s configuration file and the usual server names. No password is sent while it searches.</source>
        <translation>Epistle befragt das DNS, die Konfigurationsdatei Ihres Anbieters und die üblichen Servernamen. Während der Suche wird kein Passwort gesendet.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was tried:</source>
        <translation>Was versucht wurde:</translation>
    </message>
    <message>
        <source>&amp;Stop and enter the settings by hand</source>
        <translation>&amp;Anhalten und Einstellungen manuell eingeben</translation>
    </message>
</context>
<context>
    <name>WizardDonePage</name>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>The account is saved, and Epistle fetches your mail.</source>
        <translation>Das Konto ist gespeichert und Epistle ruft Ihre E-Mails ab.</translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation>Erneut &amp;speichern</translation>
    </message>
    <message>
        <source>First synchronisation</source>
        <translation>Erste Synchronisierung</translation>
    </message>
</context>
<context>
    <name>WizardIdentityPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Ihr E-Mail-Konto</translation>
    </message>
    <message>
        <source>Epistle looks up your provider&apos;s servers from your address. Your password is sent only to those servers, over encrypted connections, once you have seen them.</source>
        <translation>Epistle ermittelt die Server Ihres Anbieters anhand Ihrer Adresse. Ihr Passwort wird nur an diese Server gesendet, über verschlüsselte Verbindungen und erst, nachdem Sie sie gesehen haben.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>As others will see it, e.g. Ada Lovelace</source>
        <translation>So, wie andere ihn sehen, z. B. Ada Lovelace</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>ihr.name@example.org</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Also look for settings over unencrypted &amp;HTTP (less safe: anyone on the network could alter them)</source>
        <translation>Auch über unverschlüsseltes &amp;HTTP nach Einstellungen suchen (weniger sicher: jeder im Netzwerk könnte sie verändern)</translation>
    </message>
    <message>
        <source>Know your server settings already?</source>
        <translation>Kennen Sie Ihre Servereinstellungen bereits?</translation>
    </message>
    <message>
        <source>Set up &amp;manually…</source>
        <translation>&amp;Manuell einrichten…</translation>
    </message>
</context>
<context>
    <name>WizardSettingsPage</name>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>Where Epistle fetches and sends your mail, and where each setting was found.</source>
        <translation>Wo Epistle Ihre E-Mails abruft und sendet und wo jede Einstellung gefunden wurde.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgang (SMTP)</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
</context>
<context>
    <name>WizardVerifyPage</name>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Epistle signs in to the incoming and the outgoing server to check the settings and the password.</source>
        <translation>Epistle meldet sich am Posteingangs- und am Postausgangs-Server an, um die Einstellungen und das Passwort zu prüfen.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Show the &amp;certificate…</source>
        <translation>Zerti&amp;fikat anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Was ausgeführt wurde:</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>Add a mail account. The password is read from standard input.</source>
        <translation>Ein E-Mail-Konto hinzufügen. Das Passwort wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Account name shown in Epistle.</source>
        <translation>In Epistle angezeigter Kontoname.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Your name on outgoing mail.</source>
        <translation>Ihr Name in ausgehenden E-Mails.</translation>
    </message>
    <message>
        <source>IMAP server.</source>
        <translation>IMAP-Server.</translation>
    </message>
    <message>
        <source>POP3 server.</source>
        <translation>POP3-Server.</translation>
    </message>
    <message>
        <source>SMTP submission server.</source>
        <translation>SMTP-Server für den Versand (Submission).</translation>
    </message>
    <message>
        <source>tls, starttls or none (default: by port).</source>
        <translation>tls, starttls oder none (Standard: je nach Port).</translation>
    </message>
    <message>
        <source>User name (default: the email address).</source>
        <translation>Benutzername (Standard: die E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for this account.</source>
        <translation>Für dieses Konto zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Needed: --email, one of --imap or --pop3 (host:port), and --smtp (host:port).</source>
        <translation>Erforderlich: --email, entweder --imap oder --pop3 (host:port) sowie --smtp (host:port).</translation>
    </message>
    <message>
        <source>Security must be tls, starttls or none.</source>
        <translation>Die Sicherheit muss tls, starttls oder none sein.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation>Ein Konto namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Added account %1 (id %2).</source>
        <translation>Konto %1 hinzugefügt (ID %2).</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>Removed account %1.</source>
        <translation>Konto %1 entfernt.</translation>
    </message>
    <message>
        <source>Usage: epistle account add [options] | list [--json] | remove &lt;id or name&gt;
Run &apos;epistle account add --help&apos; for the options of add.</source>
        <translation>Aufruf: epistle account add [options] | list [--json] | remove &lt;ID oder Name&gt;
Führen Sie &apos;epistle account add --help&apos; aus, um die Optionen von add zu sehen.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add, list or remove mail accounts</source>
        <translation>Konten hinzufügen, auflisten oder entfernen</translation>
    </message>
    <message>
        <source>Find the mail servers for an email address; prints JSON</source>
        <translation>Die Mailserver für eine E-Mail-Adresse finden; gibt JSON aus</translation>
    </message>
    <message>
        <source>Print a message file (.eml) parsed, as JSON</source>
        <translation>Eine Nachrichtendatei (.eml) zerlegt als JSON ausgeben</translation>
    </message>
    <message>
        <source>Queue a message in the Outbox and send it</source>
        <translation>Eine Nachricht im Postausgang vormerken und senden</translation>
    </message>
    <message>
        <source>Synchronise accounts once (folders, summaries, offline changes, Outbox)</source>
        <translation>Konten einmal synchronisieren (Ordner, Zusammenfassungen, Offline-Änderungen, Postausgang)</translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Find the mail servers for an email address (DNS SRV, autoconfig, MX, guessing) and print them as JSON.</source>
        <translation>Die E-Mail-Server für eine E-Mail-Adresse ermitteln (DNS SRV, Autoconfig, MX, Raten) und als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The email address.</source>
        <translation>Die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Ask this DNS server (port 53) instead of the system&apos;s.</source>
        <translation>Diesen DNS-Server (Port 53) statt dem des Systems befragen.</translation>
    </message>
    <message>
        <source>Do not guess and probe server names.</source>
        <translation>Servernamen nicht raten und testen.</translation>
    </message>
    <message>
        <source>Skip DNS SRV records.</source>
        <translation>DNS-SRV-Einträge überspringen.</translation>
    </message>
    <message>
        <source>Skip autoconfig files.</source>
        <translation>Autoconfig-Dateien überspringen.</translation>
    </message>
    <message>
        <source>Skip the MX look-up.</source>
        <translation>Die MX-Abfrage überspringen.</translation>
    </message>
    <message>
        <source>Autoconfig URL pattern to use instead of the standard ones (repeatable; %EMAILDOMAIN% and %EMAILADDRESS% are replaced).</source>
        <translation>Autoconfig-URL-Muster, das statt der Standardmuster verwendet wird (wiederholbar; %EMAILDOMAIN% und %EMAILADDRESS% werden ersetzt).</translation>
    </message>
    <message>
        <source>Also fetch autoconfig files over plain HTTP.</source>
        <translation>Autoconfig-Dateien auch über unverschlüsseltes HTTP abrufen.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>When guessing, probe port B where the standard port is A (A=B, repeatable; for test servers).</source>
        <translation>Beim Raten Port B statt des Standardports A testen (A=B, wiederholbar; für Testserver).</translation>
    </message>
    <message>
        <source>Seconds each step may take (default 15).</source>
        <translation>Sekunden, die jeder Schritt dauern darf (Standard: 15).</translation>
    </message>
    <message>
        <source>Give exactly one email address.</source>
        <translation>Geben Sie genau eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation>Keine IP-Adresse: %1</translation>
    </message>
    <message>
        <source>No certificate could be read from %1</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>--guess-port needs A=B, e.g. 993=10993</source>
        <translation>--guess-port erwartet A=B, z. B. 993=10993</translation>
    </message>
    <message>
        <source>Not an email address: %1</source>
        <translation>Keine E-Mail-Adresse: %1</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AccountVerifier</name>
    <message>
        <source>Your mail would be handled by servers of %1, which is not your address&apos;s domain. Confirm that this is your provider before Epistle sends your password there.</source>
        <translation>Ihre E-Mails würden von Servern von %1 verarbeitet, was nicht die Domain Ihrer Adresse ist. Bestätigen Sie, dass dies Ihr Anbieter ist, bevor Epistle Ihr Passwort dorthin sendet.</translation>
    </message>
    <message>
        <source>Signing in to %1 on %2 as %3…</source>
        <translation>Anmeldung bei %1 auf %2 als %3…</translation>
    </message>
    <message>
        <source>Refused as %1; trying the next user name.</source>
        <translation>Als %1 abgelehnt; der nächste Benutzername wird versucht.</translation>
    </message>
    <message>
        <source>The %1 server refused the user name and password: %2</source>
        <translation>Der %1-Server hat Benutzername und Passwort abgelehnt: %2</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>Posteingangs</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>Postausgangs</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AutoconfigFetcher</name>
    <message>
        <source>The configuration file is larger than %1 bytes.</source>
        <translation>Die Konfigurationsdatei ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::Discovery</name>
    <message>
        <source>Looking for the mail servers of %1…</source>
        <translation>Die E-Mail-Server von %1 werden gesucht…</translation>
    </message>
    <message>
        <source>SRV %1: %2</source>
        <translation>SRV %1: %2</translation>
    </message>
    <message>
        <source>SRV %1: none</source>
        <translation>SRV %1: keine</translation>
    </message>
    <message>
        <source>SRV %1: not offered (&quot;.&quot;)</source>
        <translation>SRV %1: nicht angeboten („.“)</translation>
    </message>
    <message>
        <source>SRV %1: %2:%3 (priority %4, weight %5)</source>
        <translation>SRV %1: %2:%3 (Priorität %4, Gewichtung %5)</translation>
    </message>
    <message>
        <source>Autoconfig %1: %2</source>
        <translation>Autoconfig %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Autoconfig %1: %n server(s) found</source>
        <translation>
            <numerusform>Autoconfig %1: %n Server gefunden</numerusform>
            <numerusform>Autoconfig %1: %n Server gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>MX %1: none</source>
        <translation>MX %1: keine</translation>
    </message>
    <message>
        <source>MX %1: %2</source>
        <translation>MX %1: %2</translation>
    </message>
    <message>
        <source>MX %1: %2 (domain %3)</source>
        <translation>MX %1: %2 (Domain %3)</translation>
    </message>
    <message>
        <source>Some look-ups did not answer in time; going on with what was found.</source>
        <translation>Einige Abfragen wurden nicht rechtzeitig beantwortet; es wird mit den bisherigen Ergebnissen fortgefahren.</translation>
    </message>
    <message>
        <source>Guessing from the usual server names…</source>
        <translation>Übliche Servernamen werden ausprobiert…</translation>
    </message>
    <message>
        <source>%1 has no address.</source>
        <translation>%1 hat keine Adresse.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings by hand.</source>
        <translation>Für %1 wurde kein E-Mail-Server gefunden. Geben Sie die Einstellungen manuell ein.</translation>
    </message>
    <message numerus="yes">
        <source>Discovery finished: %n server setting(s).</source>
        <translation>
            <numerusform>Suche abgeschlossen: %n Servereinstellung.</numerusform>
            <numerusform>Suche abgeschlossen: %n Servereinstellungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::ServerGuesser</name>
    <message>
        <source>Guess: %1 does not exist.</source>
        <translation>Vermutung: %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Guess: trying %1 on %2 (%3)…</source>
        <translation>Vermutung: %1 wird auf %2 versucht (%3)…</translation>
    </message>
    <message>
        <source>probe of %1</source>
        <translation>Verbindungstest mit %1</translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 (%3).</source>
        <translation>Vermutung: %1 antwortet auf %2 (%3).</translation>
    </message>
    <message>
        <source>probe of %1 (no encryption offered)</source>
        <translation>Verbindungstest mit %1 (keine Verschlüsselung angeboten)</translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 but offers no encryption.</source>
        <translation>Vermutung: %1 antwortet auf %2, bietet aber keine Verschlüsselung an.</translation>
    </message>
    <message>
        <source>Guess: %1 on %2: %3</source>
        <translation>Vermutung: %1 auf %2: %3</translation>
    </message>
</context>
<context>
    <name>epistle::imap::Error</name>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server rejected %1 as invalid: %2</source>
        <translation>Der Server hat %1 als ungültig zurückgewiesen: %2</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>Der Server hat die Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>Unexpected reply to %1: %2</source>
        <translation>Unerwartete Antwort auf %1: %2</translation>
    </message>
</context>
<context>
    <name>epistle::imap::Session</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>The server sent an unusable response (%1).</source>
        <translation>Der Server hat eine unbrauchbare Antwort gesendet (%1).</translation>
    </message>
    <message>
        <source>Unreadable response from the server: %1</source>
        <translation>Unlesbare Antwort vom Server: %1</translation>
    </message>
    <message>
        <source>The server asked for data that no command is sending.</source>
        <translation>Der Server hat Daten angefordert, die kein Befehl sendet.</translation>
    </message>
    <message>
        <source>The server answered a command that was not sent: %1</source>
        <translation>Der Server hat auf einen Befehl geantwortet, der nicht gesendet wurde: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply to %1 could not be read: %2</source>
        <translation>Die Antwort des Servers auf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The session is already connected.</source>
        <translation>Die Sitzung ist bereits verbunden.</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>die Verbindung</translation>
    </message>
    <message>
        <source>The server did not greet as an IMAP server does: %1</source>
        <translation>Der Server hat sich nicht wie ein IMAP-Server gemeldet: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server skipped authentication, so the connection cannot be secured with STARTTLS.</source>
        <translation>Der Server hat die Authentifizierung übersprungen, daher kann die Verbindung nicht mit STARTTLS abgesichert werden.</translation>
    </message>
    <message>
        <source>The server did not list its capabilities.</source>
        <translation>Der Server hat seine Fähigkeiten (Capabilities) nicht aufgelistet.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be secured.</source>
        <translation>Der Server bietet kein STARTTLS an, daher kann die Verbindung nicht abgesichert werden.</translation>
    </message>
    <message>
        <source>The server refused to secure the connection: %1</source>
        <translation>Der Server hat die Absicherung der Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation>Die Verbindung ist nicht verschlüsselt; das Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The server does not allow logging in on this connection (LOGINDISABLED) and offers no usable method.</source>
        <translation>Der Server erlaubt auf dieser Verbindung keine Anmeldung (LOGINDISABLED) und bietet keine nutzbare Methode an.</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>die Anmeldung</translation>
    </message>
    <message>
        <source>The server did not accept the login: %1</source>
        <translation>Der Server hat die Anmeldung nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Compression could not be started.</source>
        <translation>Die Komprimierung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Message %1 no longer exists on the server.</source>
        <translation>Die Nachricht %1 existiert nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>The server does not report quotas.</source>
        <translation>Der Server meldet keine Speicherkontingente.</translation>
    </message>
</context>
<context>
    <name>epistle::net::Connection</name>
    <message>
        <source>No connection to %1 within %2 seconds.</source>
        <translation>Innerhalb von %2 Sekunden kam keine Verbindung zu %1 zustande.</translation>
    </message>
    <message>
        <source>The connection to %1 took too long.</source>
        <translation>Die Verbindung zu %1 hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>%1 is not on this computer; Epistle does not connect to it without encryption unless you choose that explicitly in the account settings.</source>
        <translation>%1 befindet sich nicht auf diesem Computer; Epistle verbindet sich ohne Verschlüsselung nur dann damit, wenn Sie dies ausdrücklich in den Kontoeinstellungen festlegen.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Der Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted: %2</source>
        <translation>Dem Zertifikat von %1 kann nicht vertraut werden: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Netzwerkfehler bei %1: %2</translation>
    </message>
    <message>
        <source>%1 sent corrupt compressed data.</source>
        <translation>%1 hat beschädigte komprimierte Daten gesendet.</translation>
    </message>
    <message>
        <source>%1 sent data before the secure connection was established; the connection was closed for safety.</source>
        <translation>%1 hat Daten gesendet, bevor die sichere Verbindung hergestellt war; die Verbindung wurde aus Sicherheitsgründen geschlossen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle hat Ihr Passwort nicht an %1 gesendet, da die Verbindung nicht verschlüsselt ist.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>epistle::net::ServerProbe</name>
    <message>
        <source>The server sent an overlong line.</source>
        <translation>Der Server hat eine überlange Zeile gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not one of this protocol: %1</source>
        <translation>Die Begrüßung des Servers gehört nicht zu diesem Protokoll: %1</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, which this account requires. Epistle will not continue without encryption.</source>
        <translation>%1 bietet kein STARTTLS an, das für dieses Konto erforderlich ist. Epistle fährt nicht ohne Verschlüsselung fort.</translation>
    </message>
    <message>
        <source>%1 refused to start TLS: %2</source>
        <translation>%1 hat den Start von TLS abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Client</name>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation>Durch eine neue Verbindung abgebrochen.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server %1 does not offer STLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation>Der Server %1 bietet kein STLS an, daher kann die Verbindung nicht verschlüsselt werden; Epistle hat ohne Verschlüsselung nicht fortgefahren.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STLS); Epistle did not continue without it.</source>
        <translation>Der Server hat den Start der Verschlüsselung (STLS) abgelehnt; Epistle hat ohne sie nicht fortgefahren.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle hat Ihr Passwort nicht an %1 gesendet, da die Verbindung nicht verschlüsselt ist.</translation>
    </message>
    <message>
        <source>Already logged in.</source>
        <translation>Bereits angemeldet.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>The server offers no login method that Epistle supports (USER, APOP or SASL PLAIN).</source>
        <translation>Der Server bietet keine Anmeldemethode an, die Epistle unterstützt (USER, APOP oder SASL PLAIN).</translation>
    </message>
    <message>
        <source>The server does not support APOP (its greeting has no timestamp).</source>
        <translation>Der Server unterstützt APOP nicht (seine Begrüßung enthält keinen Zeitstempel).</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The user name or password contains a line break.</source>
        <translation>Benutzername oder Passwort enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>STAT failed.</source>
        <translation>STAT fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server&apos;s STAT reply is malformed: %1</source>
        <translation>Die STAT-Antwort des Servers ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>LIST failed.</source>
        <translation>LIST fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server&apos;s LIST line is malformed: %1</source>
        <translation>Die LIST-Zeile des Servers ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>LIST %1 failed.</source>
        <translation>LIST %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server&apos;s LIST reply is malformed: %1</source>
        <translation>Die LIST-Antwort des Servers ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>UIDL failed.</source>
        <translation>UIDL fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server&apos;s UIDL line is malformed: %1</source>
        <translation>Die UIDL-Zeile des Servers ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>UIDL %1 failed.</source>
        <translation>UIDL %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server&apos;s UIDL reply is malformed: %1</source>
        <translation>Die UIDL-Antwort des Servers ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>TOP %1 failed.</source>
        <translation>TOP %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Message %1 cannot be stored: the target is not open for writing.</source>
        <translation>Die Nachricht %1 kann nicht gespeichert werden: Das Ziel ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Message %1 was not downloaded completely: %2</source>
        <translation>Die Nachricht %1 wurde nicht vollständig heruntergeladen: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be downloaded.</source>
        <translation>Die Nachricht %1 konnte nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be deleted.</source>
        <translation>Die Nachricht %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>RSET failed.</source>
        <translation>RSET fehlgeschlagen.</translation>
    </message>
    <message>
        <source>NOOP failed.</source>
        <translation>NOOP fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server could not remove all deleted messages.</source>
        <translation>Der Server konnte nicht alle gelöschten Nachrichten entfernen.</translation>
    </message>
    <message>
        <source>QUIT failed.</source>
        <translation>QUIT fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The server sent something unrequested: %1</source>
        <translation>Der Server hat etwas Unangefordertes gesendet: %1</translation>
    </message>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Der Server hat eine Antwortzeile gesendet, die länger als %1 Byte ist.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a POP3 status line: %1</source>
        <translation>Die Antwort des Servers ist keine POP3-Statuszeile: %1</translation>
    </message>
    <message>
        <source>The server sent an unexpected continuation line.</source>
        <translation>Der Server hat eine unerwartete Fortsetzungszeile gesendet.</translation>
    </message>
    <message>
        <source>The downloaded message could not be stored: %1</source>
        <translation>Die heruntergeladene Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 MB.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB.</translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Error</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another program; try again when it has finished.</source>
        <translation>Das Postfach wird von einem anderen Programm verwendet; versuchen Sie es erneut, wenn dieses fertig ist.</translation>
    </message>
    <message>
        <source>The server does not allow logging in again so soon.</source>
        <translation>Der Server erlaubt so bald noch keine erneute Anmeldung.</translation>
    </message>
    <message>
        <source>The server has a temporary problem; try again later.</source>
        <translation>Der Server hat ein vorübergehendes Problem; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server has a problem that will not go away by itself.</source>
        <translation>Der Server hat ein Problem, das sich nicht von selbst beheben wird.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
</context>
<context>
    <name>epistle::smtp</name>
    <message>
        <source>The reply is too short.</source>
        <translation>Die Antwort ist zu kurz.</translation>
    </message>
    <message>
        <source>The reply does not start with a three-digit code.</source>
        <translation>Die Antwort beginnt nicht mit einem dreistelligen Code.</translation>
    </message>
    <message>
        <source>The reply code %1 is not valid.</source>
        <translation>Der Antwortcode %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The reply code is not followed by a space or a hyphen.</source>
        <translation>Auf den Antwortcode folgt weder ein Leerzeichen noch ein Bindestrich.</translation>
    </message>
    <message>
        <source>The lines of a reply have different codes (%1, %2).</source>
        <translation>Die Zeilen einer Antwort haben unterschiedliche Codes (%1, %2).</translation>
    </message>
    <message>
        <source>The reply has too many lines.</source>
        <translation>Die Antwort hat zu viele Zeilen.</translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Client</name>
    <message>
        <source>The server stopped accepting the message (nothing could be sent for %1 seconds).</source>
        <translation>Der Server nimmt die Nachricht nicht mehr an (%1 Sekunden lang konnte nichts gesendet werden).</translation>
    </message>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation>Durch eine neue Verbindung abgebrochen.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server %1 does not support EHLO, so it cannot start encryption (STARTTLS); Epistle did not continue without encryption.</source>
        <translation>Der Server %1 unterstützt EHLO nicht und kann daher keine Verschlüsselung starten (STARTTLS); Epistle hat ohne Verschlüsselung nicht fortgefahren.</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO).</source>
        <translation>Der Server hat die Begrüßung (EHLO) abgelehnt.</translation>
    </message>
    <message>
        <source>The server %1 does not offer STARTTLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation>Der Server %1 bietet kein STARTTLS an, daher kann die Verbindung nicht verschlüsselt werden; Epistle hat ohne Verschlüsselung nicht fortgefahren.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS); Epistle did not continue without it.</source>
        <translation>Der Server hat den Start der Verschlüsselung (STARTTLS) abgelehnt; Epistle hat ohne sie nicht fortgefahren.</translation>
    </message>
    <message>
        <source>The server refused the greeting (HELO).</source>
        <translation>Der Server hat die Begrüßung (HELO) abgelehnt.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle hat Ihr Passwort nicht an %1 gesendet, da die Verbindung nicht verschlüsselt ist.</translation>
    </message>
    <message>
        <source>The server %1 does not offer logging in (no AUTH in its EHLO reply).</source>
        <translation>Der Server %1 bietet keine Anmeldung an (kein AUTH in seiner EHLO-Antwort).</translation>
    </message>
    <message>
        <source>The server %1 offers no login method Epistle supports (it offers %2; Epistle supports CRAM-MD5, PLAIN and LOGIN).</source>
        <translation>Der Server %1 bietet keine Anmeldemethode an, die Epistle unterstützt (er bietet %2; Epistle unterstützt CRAM-MD5, PLAIN und LOGIN).</translation>
    </message>
    <message>
        <source>Login failed: the user name or password is wrong.</source>
        <translation>Anmeldung fehlgeschlagen: Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The server refused this login method (%1).</source>
        <translation>Der Server hat diese Anmeldemethode abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server does not accept the login method %1.</source>
        <translation>Der Server akzeptiert die Anmeldemethode %1 nicht.</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Die Nachricht hat keine Empfänger.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid.</source>
        <translation>Die Adresse „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The server %1 does not accept addresses with non-ASCII characters (no SMTPUTF8).</source>
        <translation>Der Server %1 akzeptiert keine Adressen mit Nicht-ASCII-Zeichen (kein SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message cannot be read.</source>
        <translation>Die Nachricht kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation>Die Nachricht kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The message is %1 KB, larger than the %2 KB that the server accepts.</source>
        <translation>Die Nachricht ist %1 KB groß und damit größer als die %2 KB, die der Server annimmt.</translation>
    </message>
    <message>
        <source>The server refused to start a new message (RSET).</source>
        <translation>Der Server hat den Beginn einer neuen Nachricht abgelehnt (RSET).</translation>
    </message>
    <message>
        <source>The server refused the sender %1.</source>
        <translation>Der Server hat den Absender %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the recipient %1.</source>
        <translation>Der Server hat den Empfänger %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the message (DATA).</source>
        <translation>Der Server hat die Nachricht abgelehnt (DATA).</translation>
    </message>
    <message>
        <source>The message was closed while it was being sent.</source>
        <translation>Die Nachricht wurde während des Sendens geschlossen.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>Der Server hat die Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused the message (BDAT).</source>
        <translation>Der Server hat die Nachricht abgelehnt (BDAT).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The message was sent, but the server refused these recipients: %1</source>
        <translation>Die Nachricht wurde gesendet, aber der Server hat diese Empfänger abgelehnt: %1</translation>
    </message>
    <message>
        <source>The message was not sent; the server refused these recipients: %1</source>
        <translation>Die Nachricht wurde nicht gesendet; der Server hat diese Empfänger abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent a reply line that is too long.</source>
        <translation>Der Server hat eine zu lange Antwortzeile gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is malformed (%1): %2</source>
        <translation>Die Antwort des Servers ist fehlerhaft (%1): %2</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>Der Server hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Der Server hat eine nicht angeforderte Antwort gesendet: %1</translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Error</name>
    <message>
        <source>This is temporary; try again later.</source>
        <translation>Dies ist vorübergehend; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
</context>
<context>
    <name>epistle::storage::AccountStore</name>
    <message>
        <source>adding an account</source>
        <translation>Hinzufügen eines Kontos</translation>
    </message>
    <message>
        <source>changing an account</source>
        <translation>Ändern eines Kontos</translation>
    </message>
    <message>
        <source>removing an account</source>
        <translation>Entfernen eines Kontos</translation>
    </message>
    <message>
        <source>reading an account</source>
        <translation>Lesen eines Kontos</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>Auflisten der Konten</translation>
    </message>
    <message>
        <source>adding an identity</source>
        <translation>Hinzufügen einer Identität</translation>
    </message>
    <message>
        <source>changing an identity</source>
        <translation>Ändern einer Identität</translation>
    </message>
    <message>
        <source>removing an identity</source>
        <translation>Entfernen einer Identität</translation>
    </message>
    <message>
        <source>listing identities</source>
        <translation>Auflisten der Identitäten</translation>
    </message>
    <message>
        <source>choosing the default identity</source>
        <translation>Festlegen der Standardidentität</translation>
    </message>
</context>
<context>
    <name>epistle::storage::BodyCache</name>
    <message>
        <source>reading the cache clock</source>
        <translation>Lesen der Cache-Uhr</translation>
    </message>
    <message>
        <source>caching a message part</source>
        <translation>Zwischenspeichern eines Nachrichtenteils</translation>
    </message>
    <message>
        <source>reading a cached message part</source>
        <translation>Lesen eines zwischengespeicherten Nachrichtenteils</translation>
    </message>
    <message>
        <source>looking up a cached message part</source>
        <translation>Suchen eines zwischengespeicherten Nachrichtenteils</translation>
    </message>
    <message>
        <source>removing cached message parts</source>
        <translation>Entfernen zwischengespeicherter Nachrichtenteile</translation>
    </message>
    <message>
        <source>clearing the message cache</source>
        <translation>Leeren des Nachrichten-Caches</translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation>Lesen der Cache-Größe</translation>
    </message>
    <message>
        <source>evicting cached message parts</source>
        <translation>Verdrängen zwischengespeicherter Nachrichtenteile</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Database</name>
    <message>
        <source>The SQLite driver of Qt is missing (install the Qt SQLite plugin).</source>
        <translation>Der SQLite-Treiber von Qt fehlt (installieren Sie das Qt-SQLite-Plugin).</translation>
    </message>
    <message>
        <source>The mail database %1 cannot be opened.</source>
        <translation>Die E-Mail-Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver does not use the system SQLite library that Epistle was built with.</source>
        <translation>Der Qt-SQLite-Treiber verwendet nicht die SQLite-Bibliothek des Systems, mit der Epistle erstellt wurde.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>The mail database %1 was written by a newer version of Epistle (schema %2; this version understands up to %3). It has not been changed; please use the newer version.</source>
        <translation>Die E-Mail-Datenbank %1 wurde von einer neueren Version von Epistle geschrieben (Schema %2; diese Version versteht bis %3). Sie wurde nicht verändert; bitte verwenden Sie die neuere Version.</translation>
    </message>
    <message>
        <source>reading the file type</source>
        <translation>Lesen des Dateityps</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not an Epistle mail database. It has been left as it is.</source>
        <translation>Die Datei %1 ist eine SQLite-Datenbank, aber keine E-Mail-Datenbank von Epistle. Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>Umstellen auf Write-Ahead-Logging</translation>
    </message>
    <message>
        <source>The mail database %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation>Die E-Mail-Datenbank %1 kann kein Write-Ahead-Logging verwenden (Journalmodus %2).</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>Aktivieren der Fremdschlüssel</translation>
    </message>
    <message>
        <source>setting the sync level</source>
        <translation>Festlegen der Synchronisierungsstufe</translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation>Festlegen der Wartezeit bei Belegung</translation>
    </message>
    <message>
        <source>setting the cache size</source>
        <translation>Festlegen der Cache-Größe</translation>
    </message>
    <message>
        <source>setting the temporary store</source>
        <translation>Festlegen des temporären Speichers</translation>
    </message>
    <message>
        <source>setting the checkpoint interval</source>
        <translation>Festlegen des Checkpoint-Intervalls</translation>
    </message>
    <message>
        <source>setting the log size limit</source>
        <translation>Festlegen der maximalen Protokollgröße</translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation>Starten der Schemaaktualisierung</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>Aktualisieren des Schemas auf Version %1</translation>
    </message>
    <message>
        <source>marking the file</source>
        <translation>Kennzeichnen der Datei</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>Speichern der Schemaversion</translation>
    </message>
    <message>
        <source>committing the schema upgrade</source>
        <translation>Abschließen der Schemaaktualisierung</translation>
    </message>
    <message>
        <source>Upgrading the mail database to version %1 (%2) failed; it was left at its previous version.</source>
        <translation>Die Aktualisierung der E-Mail-Datenbank auf Version %1 (%2) ist fehlgeschlagen; sie wurde auf ihrer vorherigen Version belassen.</translation>
    </message>
    <message>
        <source>Internal error: a mail database connection was used from another thread.</source>
        <translation>Interner Fehler: Eine Verbindung zur E-Mail-Datenbank wurde aus einem anderen Thread verwendet.</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>Vorbereiten einer Anweisung</translation>
    </message>
    <message>
        <source>The damaged mail database %1 could not be moved aside to %2.</source>
        <translation>Die beschädigte E-Mail-Datenbank %1 konnte nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>The file %1 could not be moved aside.</source>
        <translation>Die Datei %1 konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The mail database %1 cannot be read: %2.</source>
        <translation>Die E-Mail-Datenbank %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The mail database %1 is damaged: %2. It has been left as it is; the local cache can be moved aside and rebuilt from the server.</source>
        <translation>Die E-Mail-Datenbank %1 ist beschädigt: %2. Sie wurde unverändert gelassen; der lokale Zwischenspeicher kann beiseitegelegt und vom Server neu aufgebaut werden.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation>ihr Header ist ungültig</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>epistle::storage::FolderStore</name>
    <message>
        <source>saving a folder</source>
        <translation>Speichern eines Ordners</translation>
    </message>
    <message>
        <source>reading a folder</source>
        <translation>Lesen eines Ordners</translation>
    </message>
    <message>
        <source>listing folders</source>
        <translation>Auflisten der Ordner</translation>
    </message>
    <message>
        <source>renaming a folder</source>
        <translation>Umbenennen eines Ordners</translation>
    </message>
    <message>
        <source>removing a folder</source>
        <translation>Entfernen eines Ordners</translation>
    </message>
    <message>
        <source>saving a folder&apos;s sync state</source>
        <translation>Speichern des Synchronisierungsstands eines Ordners</translation>
    </message>
    <message>
        <source>changing a subscription</source>
        <translation>Ändern eines Abonnements</translation>
    </message>
    <message>
        <source>changing a folder&apos;s role</source>
        <translation>Ändern der Rolle eines Ordners</translation>
    </message>
</context>
<context>
    <name>epistle::storage::MessageStore</name>
    <message>
        <source>loading the threads of a folder</source>
        <translation>Laden der Themen eines Ordners</translation>
    </message>
    <message>
        <source>updating threads</source>
        <translation>Aktualisieren der Themen</translation>
    </message>
    <message>
        <source>counting messages</source>
        <translation>Zählen der Nachrichten</translation>
    </message>
    <message>
        <source>storing messages</source>
        <translation>Speichern der Nachrichten</translation>
    </message>
    <message>
        <source>updating messages</source>
        <translation>Aktualisieren der Nachrichten</translation>
    </message>
    <message>
        <source>removing messages</source>
        <translation>Entfernen der Nachrichten</translation>
    </message>
    <message>
        <source>changing flags</source>
        <translation>Ändern der Markierungen</translation>
    </message>
    <message>
        <source>clearing a folder whose UIDVALIDITY changed</source>
        <translation>Leeren eines Ordners, dessen UIDVALIDITY sich geändert hat</translation>
    </message>
    <message>
        <source>listing messages</source>
        <translation>Auflisten der Nachrichten</translation>
    </message>
    <message>
        <source>reading a message</source>
        <translation>Lesen einer Nachricht</translation>
    </message>
    <message>
        <source>listing UIDs</source>
        <translation>Auflisten der UIDs</translation>
    </message>
    <message>
        <source>reading the highest UID</source>
        <translation>Lesen der höchsten UID</translation>
    </message>
    <message>
        <source>listing a thread</source>
        <translation>Auflisten eines Themas</translation>
    </message>
</context>
<context>
    <name>epistle::storage::OperationQueue</name>
    <message>
        <source>queueing a change for the server</source>
        <translation>Einreihen einer Änderung für den Server</translation>
    </message>
    <message>
        <source>reading queued changes</source>
        <translation>Lesen der ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>counting queued changes</source>
        <translation>Zählen der ausstehenden Änderungen</translation>
    </message>
    <message>
        <source>starting a queued change</source>
        <translation>Starten einer ausstehenden Änderung</translation>
    </message>
    <message>
        <source>recording a change done on the server</source>
        <translation>Vermerken einer auf dem Server ausgeführten Änderung</translation>
    </message>
    <message>
        <source>recording a failed change</source>
        <translation>Vermerken einer fehlgeschlagenen Änderung</translation>
    </message>
    <message>
        <source>removing a queued change</source>
        <translation>Entfernen einer ausstehenden Änderung</translation>
    </message>
    <message>
        <source>recovering interrupted changes</source>
        <translation>Wiederherstellen unterbrochener Änderungen</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Outbox</name>
    <message>
        <source>A message without recipients cannot be queued.</source>
        <translation>Eine Nachricht ohne Empfänger kann nicht zum Senden vorgemerkt werden.</translation>
    </message>
    <message>
        <source>queueing a message for sending</source>
        <translation>Vormerken einer Nachricht zum Senden</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>Lesen des Postausgangs</translation>
    </message>
    <message>
        <source>starting to send a message</source>
        <translation>Beginnen des Sendens einer Nachricht</translation>
    </message>
    <message>
        <source>recording a sent message</source>
        <translation>Vermerken einer gesendeten Nachricht</translation>
    </message>
    <message>
        <source>recording a sending failure</source>
        <translation>Vermerken eines Sendefehlers</translation>
    </message>
    <message>
        <source>queueing a message again</source>
        <translation>Erneutes Vormerken einer Nachricht</translation>
    </message>
    <message>
        <source>removing a message from the outbox</source>
        <translation>Entfernen einer Nachricht aus dem Postausgang</translation>
    </message>
    <message>
        <source>recovering interrupted sending</source>
        <translation>Wiederherstellen eines unterbrochenen Sendevorgangs</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Pop3Ledger</name>
    <message>
        <source>recording a downloaded message</source>
        <translation>Vermerken einer heruntergeladenen Nachricht</translation>
    </message>
    <message>
        <source>reading the downloaded messages</source>
        <translation>Lesen der heruntergeladenen Nachrichten</translation>
    </message>
    <message>
        <source>forgetting downloaded messages</source>
        <translation>Vergessen heruntergeladener Nachrichten</translation>
    </message>
</context>
<context>
    <name>epistle::storage::SearchIndex</name>
    <message>
        <source>indexing a message body</source>
        <translation>Indizieren eines Nachrichtentexts</translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation>Lesen des Suchindex</translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation>Durchsuchen der Nachrichten</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>Neuaufbau des Suchindex</translation>
    </message>
    <message>
        <source>indexing messages for search</source>
        <translation>Indizieren der Nachrichten für die Suche</translation>
    </message>
</context>
<context>
    <name>epistle::storage::StorageError</name>
    <message>
        <source>The mail database is damaged. The local cache can be rebuilt from the server.</source>
        <translation>Die E-Mail-Datenbank ist beschädigt. Der lokale Zwischenspeicher kann vom Server neu aufgebaut werden.</translation>
    </message>
    <message>
        <source>The mail database is busy in another part of the program or another process.</source>
        <translation>Die E-Mail-Datenbank wird gerade von einem anderen Programmteil oder einem anderen Prozess verwendet.</translation>
    </message>
    <message>
        <source>The disk holding the mail database is full.</source>
        <translation>Der Datenträger mit der E-Mail-Datenbank ist voll.</translation>
    </message>
    <message>
        <source>The mail database cannot be opened.</source>
        <translation>Die E-Mail-Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>A change to the mail database was refused by one of its rules.</source>
        <translation>Eine Änderung an der E-Mail-Datenbank wurde von einer ihrer Regeln abgelehnt.</translation>
    </message>
    <message>
        <source>Reading or writing the mail database failed (input/output error).</source>
        <translation>Lesen oder Schreiben der E-Mail-Datenbank ist fehlgeschlagen (Ein-/Ausgabefehler).</translation>
    </message>
    <message>
        <source>A mail database operation failed.</source>
        <translation>Ein Vorgang in der E-Mail-Datenbank ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>While: %1.</source>
        <translation>Vorgang: %1.</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Transaction</name>
    <message>
        <source>requesting a durable commit</source>
        <translation>Anfordern eines dauerhaften Commits</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>Internal error: a durable change was nested in a non-durable transaction.</source>
        <translation>Interner Fehler: Eine dauerhafte Änderung wurde in eine nicht dauerhafte Transaktion verschachtelt.</translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation>Anlegen eines Savepoints</translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed twice.</source>
        <translation>Interner Fehler: Eine Transaktion wurde zweimal abgeschlossen.</translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed before its inner one.</source>
        <translation>Interner Fehler: Eine Transaktion wurde vor ihrer inneren Transaktion abgeschlossen.</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>Abschließen einer Transaktion</translation>
    </message>
    <message>
        <source>releasing a savepoint</source>
        <translation>Freigeben eines Savepoints</translation>
    </message>
</context>
<context>
    <name>epistle::sync::AccountWorker</name>
    <message>
        <source>Epistle is shutting down.</source>
        <translation>Epistle wird beendet.</translation>
    </message>
    <message>
        <source>No password is known for this account.</source>
        <translation>Für dieses Konto ist kein Passwort bekannt.</translation>
    </message>
    <message>
        <source>Checking for mail…</source>
        <translation>Suche nach neuen Nachrichten…</translation>
    </message>
    <message>
        <source>Fetching messages of %1…</source>
        <translation>Nachrichten in %1 werden abgerufen…</translation>
    </message>
    <message>
        <source>The Archive folder could not be created: %1</source>
        <translation>Der Archiv-Ordner konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The local mail store is not open.</source>
        <translation>Der lokale Nachrichtenspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation>Der übergeordnete Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Der Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The Inbox cannot be renamed.</source>
        <translation>Der Posteingang kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Special folders (Inbox, Sent, Drafts, Trash, …) cannot be deleted.</source>
        <translation>Spezialordner (Posteingang, Gesendet, Entwürfe, Papierkorb, …) können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>Die Nachricht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The message&apos;s content is not stored on this computer.</source>
        <translation>Der Inhalt der Nachricht ist nicht auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The message no longer exists on the server.</source>
        <translation>Die Nachricht existiert nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>Downloading messages…</source>
        <translation>Nachrichten werden heruntergeladen…</translation>
    </message>
    <message>
        <source>A message is waiting to be sent, but no password is known for the outgoing server.</source>
        <translation>Eine Nachricht wartet auf den Versand, aber für den Postausgangs-Server ist kein Passwort bekannt.</translation>
    </message>
    <message>
        <source>The server has no Drafts folder for this account.</source>
        <translation>Der Server hat für dieses Konto keinen Entwürfe-Ordner.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation>Alle Posteingänge</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n Nachricht</numerusform>
            <numerusform>%1: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n ungelesen</numerusform>
            <numerusform>, %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::sync::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Mit Anhängen</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>Ohne Stern</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxSender</name>
    <message>
        <source>The message file %1 cannot be read: %2</source>
        <translation>Die Nachrichtendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>Sending stopped because the local store failed: %1</source>
        <translation>Der Versand wurde wegen eines Fehlers im lokalen Speicher angehalten: %1</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Der Versand wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxWriter</name>
    <message>
        <source>The message has no sender address (From) and cannot be sent.</source>
        <translation>Die Nachricht hat keine Absenderadresse (Von) und kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete mail address (name@domain).</source>
        <translation>„%1“ ist keine vollständige E-Mail-Adresse (name@domain).</translation>
    </message>
    <message>
        <source>The message has no recipient (To, Cc or Bcc) and cannot be sent.</source>
        <translation>Die Nachricht hat keinen Empfänger (An, Cc oder Bcc) und kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The message has no header and cannot be sent.</source>
        <translation>Die Nachricht hat keinen Header und kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The message could not be written to %1: %2</source>
        <translation>Die Nachricht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>epistle::sync::Pop3Downloader</name>
    <message>
        <source>The server %1 does not list unique message ids (UIDL). Without them Epistle cannot tell new messages from downloaded ones, so it does not download from this server. (%2)</source>
        <translation>Der Server %1 listet keine eindeutigen Nachrichtenkennungen (UIDL) auf. Ohne sie kann Epistle neue nicht von bereits heruntergeladenen Nachrichten unterscheiden und lädt daher nichts von diesem Server herunter. (%2)</translation>
    </message>
    <message>
        <source>The server %1 gave the same unique id to two messages (%2); Epistle does not download from a mailbox it cannot tell apart.</source>
        <translation>Der Server %1 hat zwei Nachrichten dieselbe eindeutige Kennung gegeben (%2); Epistle lädt nichts aus einem Postfach herunter, dessen Nachrichten es nicht unterscheiden kann.</translation>
    </message>
    <message>
        <source>The server did not confirm removing the downloaded messages: %1</source>
        <translation>Der Server hat das Entfernen der heruntergeladenen Nachrichten nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Downloading stopped because the local store failed: %1</source>
        <translation>Das Herunterladen wurde wegen eines Fehlers im lokalen Speicher angehalten: %1</translation>
    </message>
    <message>
        <source>Downloading was cancelled.</source>
        <translation>Das Herunterladen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::SecretStore</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password when it needs it and keep it only until it quits.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Epistle fragt bei Bedarf nach dem Passwort und behält es nur bis zum Beenden.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::SyncEngine</name>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password each time it starts and keep it only in memory.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Epistle fragt bei jedem Start nach dem Passwort und behält es nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Checking for mail</source>
        <translation>Suche nach neuen Nachrichten</translation>
    </message>
    <message>
        <source>No account is set up.</source>
        <translation>Es ist kein Konto eingerichtet.</translation>
    </message>
    <message>
        <source>The account does not exist or is disabled.</source>
        <translation>Das Konto existiert nicht oder ist deaktiviert.</translation>
    </message>
    <message>
        <source>Messages can only be moved between folders of the same account; copy them instead.</source>
        <translation>Nachrichten können nur zwischen Ordnern desselben Kontos verschoben werden; kopieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Copying between accounts is not supported yet.</source>
        <translation>Das Kopieren zwischen Konten wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Creating a folder</source>
        <translation>Ordner wird erstellt</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Creating folder %1</source>
        <translation>Ordner %1 wird erstellt</translation>
    </message>
    <message>
        <source>Renaming a folder</source>
        <translation>Ordner wird umbenannt</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Der Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Renaming folder to %1</source>
        <translation>Ordner wird in %1 umbenannt</translation>
    </message>
    <message>
        <source>Deleting a folder</source>
        <translation>Ordner wird gelöscht</translation>
    </message>
    <message>
        <source>Loading a message</source>
        <translation>Nachricht wird geladen</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>Die Nachricht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Searching on the server</source>
        <translation>Suche auf dem Server</translation>
    </message>
    <message>
        <source>Sending a message</source>
        <translation>Nachricht wird gesendet</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>Entwurf wird gespeichert</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountStatusBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>offline, retrying at %1</source>
        <translation>offline, neuer Versuch um %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>syncing %1/%2</source>
        <translation>Synchronisierung %1/%2</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>needs the password</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiterer)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountWizard</name>
    <message>
        <source>Add Mail Account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Found in the DNS SRV record %1</source>
        <translation>Gefunden im DNS-SRV-Eintrag %1</translation>
    </message>
    <message>
        <source>Found in the configuration file %1</source>
        <translation>Gefunden in der Konfigurationsdatei %1</translation>
    </message>
    <message>
        <source>Found in the configuration file %1, fetched without encryption</source>
        <translation>Gefunden in der Konfigurationsdatei %1, ohne Verschlüsselung abgerufen</translation>
    </message>
    <message>
        <source>Found through the domain of the MX host (%1)</source>
        <translation>Gefunden über die Domain des MX-Hosts (%1)</translation>
    </message>
    <message>
        <source>Guessed: %1</source>
        <translation>Vermutet: %1</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Manuell eingegeben</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>%1 %2:%3, %4</source>
        <translation>%1 %2:%3, %4</translation>
    </message>
</context>
<context>
    <name>epistle::ui::CertificateDialog</name>
    <message>
        <source>Epistle could not verify the identity of %1: its certificate was refused, and nothing was sent to it.</source>
        <translation>Epistle konnte die Identität von %1 nicht überprüfen: Das Zertifikat wurde abgelehnt, und es wurde nichts an den Server gesendet.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Trust and Try Again</source>
        <translation>Vertrauen und erneut versuchen</translation>
    </message>
</context>
<context>
    <name>epistle::ui::ComposerWindow</name>
    <message>
        <source>name@example.com, …</source>
        <translation>name@example.com, …</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no account to send from yet.</source>
        <translation>Es gibt noch kein Konto, von dem aus gesendet werden kann.</translation>
    </message>
    <message>
        <source>%1 cannot be read and was not attached.</source>
        <translation>%1 kann nicht gelesen werden und wurde nicht angehängt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in total</source>
        <translation>
            <numerusform>%n Anhang, insgesamt %1</numerusform>
            <numerusform>%n Anhänge, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Verfassen: (kein Betreff)</translation>
    </message>
    <message>
        <source>Write: %1</source>
        <translation>Verfassen: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft saved on this computer at %1</source>
        <translation>Entwurf um %1 auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>Draft saved in Drafts</source>
        <translation>Entwurf im Ordner „Entwürfe“ gespeichert</translation>
    </message>
    <message>
        <source>The draft is saved on this computer only: %1</source>
        <translation>Der Entwurf ist nur auf diesem Computer gespeichert: %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Choose an identity to send from.</source>
        <translation>Wählen Sie eine Identität, mit der gesendet werden soll.</translation>
    </message>
    <message>
        <source>The message could not be prepared: %1</source>
        <translation>Die Nachricht konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Fügen Sie mindestens einen Empfänger hinzu.</translation>
    </message>
    <message>
        <source>Send this message without a subject?</source>
        <translation>Diese Nachricht ohne Betreff senden?</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The message could not be queued for sending: %1</source>
        <translation>Die Nachricht konnte nicht zum Senden vorgemerkt werden: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation>Diese Nachricht vor dem Schließen als Entwurf speichern?</translation>
    </message>
</context>
<context>
    <name>epistle::ui::ConfirmPage</name>
    <message>
        <source>Your mail for &lt;b&gt;%1&lt;/b&gt; would be handled by servers of &lt;b&gt;%2&lt;/b&gt;, which is not your address&apos;s domain. Epistle has not sent your password anywhere yet.</source>
        <translation>Ihre E-Mails für &lt;b&gt;%1&lt;/b&gt; würden von Servern von &lt;b&gt;%2&lt;/b&gt; verarbeitet, was nicht die Domain Ihrer Adresse ist. Epistle hat Ihr Passwort bisher nirgendwohin gesendet.</translation>
    </message>
    <message>
        <source>%1 is my mail provider: use these servers</source>
        <translation>%1 ist mein E-Mail-Anbieter: diese Server verwenden</translation>
    </message>
</context>
<context>
    <name>epistle::ui::DiscoveryPage</name>
    <message>
        <source>DNS service records (SRV)</source>
        <translation>DNS-Diensteinträge (SRV)</translation>
    </message>
    <message>
        <source>Provider configuration file</source>
        <translation>Konfigurationsdatei des Anbieters</translation>
    </message>
    <message>
        <source>Mail exchanger (MX) of the domain</source>
        <translation>Mail-Exchanger (MX) der Domain</translation>
    </message>
    <message>
        <source>Usual server names (guessing)</source>
        <translation>Übliche Servernamen (geraten)</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>only if needed</source>
        <translation>nur bei Bedarf</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Looking for the servers of %1…</source>
        <translation>Die Server von %1 werden gesucht…</translation>
    </message>
    <message>
        <source>%1 is not an address Epistle can look up.</source>
        <translation>%1 ist keine Adresse, die Epistle nachschlagen kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) found</source>
        <translation>
            <numerusform>%n Server gefunden</numerusform>
            <numerusform>%n Server gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>Stopped. Enter the settings by hand, starting from what was found.</source>
        <translation>Angehalten. Geben Sie die Einstellungen manuell ein, ausgehend von dem, was gefunden wurde.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Go on to enter the settings by hand.</source>
        <translation>Für %1 wurde kein E-Mail-Server gefunden. Fahren Sie fort, um die Einstellungen manuell einzugeben.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server setting(s) for %1. Go on to review them.</source>
        <translation>
            <numerusform>Für %1 wurde %n Servereinstellung gefunden. Fahren Sie fort, um sie zu überprüfen.</numerusform>
            <numerusform>Für %1 wurden %n Servereinstellungen gefunden. Fahren Sie fort, um sie zu überprüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::DonePage</name>
    <message>
        <source>Saving the account…</source>
        <translation>Das Konto wird gespeichert…</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The account %1 is saved.</source>
        <translation>Das Konto %1 ist gespeichert.</translation>
    </message>
    <message>
        <source>Your password is kept in the system keychain.</source>
        <translation>Ihr Passwort wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Your password could not be kept in the system keychain (%1). It is not stored anywhere else: Epistle will ask for it each time it starts.</source>
        <translation>Ihr Passwort konnte nicht im Schlüsselbund des Systems aufbewahrt werden (%1). Es wird nirgendwo sonst gespeichert: Epistle fragt bei jedem Start danach.</translation>
    </message>
    <message>
        <source>Epistle will fetch your mail the next time it starts.</source>
        <translation>Epistle ruft Ihre E-Mails beim nächsten Start ab.</translation>
    </message>
    <message>
        <source>Fetching your folders and messages… You can close this window; it goes on in the background.</source>
        <translation>Ihre Ordner und Nachrichten werden abgerufen… Sie können dieses Fenster schließen; der Vorgang läuft im Hintergrund weiter.</translation>
    </message>
    <message>
        <source>Your mail is here.</source>
        <translation>Ihre E-Mails sind da.</translation>
    </message>
    <message>
        <source>The first synchronisation was stopped; Epistle tries again later.</source>
        <translation>Die erste Synchronisierung wurde angehalten; Epistle versucht es später erneut.</translation>
    </message>
    <message>
        <source>The first synchronisation failed: %1. Epistle tries again later.</source>
        <translation>Die erste Synchronisierung ist fehlgeschlagen: %1. Epistle versucht es später erneut.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::IdentityPage</name>
    <message>
        <source>&quot;%1&quot; is not an email address: it needs a name, an @ and a domain.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Sie benötigt einen Namen, ein @ und eine Domain.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::MainWindow</name>
    <message>
        <source>Epistle (%1)</source>
        <translation>Epistle (%1)</translation>
    </message>
    <message>
        <source>Epistle</source>
        <translation>Epistle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation>&amp;Neue Nachricht</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation>Allen a&amp;ntworten</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <source>&amp;Mark as Read/Unread</source>
        <translation>Als &amp;gelesen/ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Mit &amp;Stern markieren</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>&amp;Nächste ungelesene Nachricht</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>Nachrichten &amp;abrufen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>Nach &amp;Themen gruppieren</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>Ordner &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>Ordner löschen…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>A message could not be sent: %1</source>
        <translation>Eine Nachricht konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Nachricht gesendet.</translation>
    </message>
    <message>
        <source>%1 — Epistle</source>
        <translation>%1 — Epistle</translation>
    </message>
    <message>
        <source>No unread messages here.</source>
        <translation>Hier gibt es keine ungelesenen Nachrichten.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found here</source>
        <translation>
            <numerusform>Hier wurde %n Nachricht gefunden</numerusform>
            <numerusform>Hier wurden %n Nachrichten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Message queued for sending.</source>
        <translation>Nachricht zum Senden vorgemerkt.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Name of the new folder inside “%1”:</source>
        <translation>Name des neuen Ordners in „%1“:</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every message in it, on the server too?</source>
        <translation>Den Ordner „%1“ und alle darin enthaltenen Nachrichten löschen, auch auf dem Server?</translation>
    </message>
    <message>
        <source>Untrusted Certificate: %1</source>
        <translation>Nicht vertrauenswürdiges Zertifikat: %1</translation>
    </message>
    <message>
        <source>Trust This Certificate for This Account</source>
        <translation>Diesem Zertifikat für dieses Konto vertrauen</translation>
    </message>
    <message>
        <source>Reading the threads…</source>
        <translation>Themen werden gelesen…</translation>
    </message>
</context>
<context>
    <name>epistle::ui::MessageView</name>
    <message>
        <source>Load remote images and styles of this message once</source>
        <translation>Externe Bilder und Stile dieser Nachricht einmalig laden</translation>
    </message>
    <message>
        <source>Always load remote content in messages from this sender</source>
        <translation>Externe Inhalte in Nachrichten dieses Absenders immer laden</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Die Nachricht wird geladen…</translation>
    </message>
    <message>
        <source>The message could not be loaded.</source>
        <translation>Die Nachricht konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>Diese Nachricht enthält keinen Text.</translation>
    </message>
    <message numerus="yes">
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>Zum Schutz Ihrer Privatsphäre wurden externe Inhalte blockiert (%n Element).</numerusform>
            <numerusform>Zum Schutz Ihrer Privatsphäre wurden externe Inhalte blockiert (%n Elemente).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation>Der Anhang konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation>Der Anhang konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Alle Anhänge speichern</translation>
    </message>
    <message>
        <source>Some attachments could not be saved:
%1</source>
        <translation>Einige Anhänge konnten nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>The attachment could not be fetched from the server: %1</source>
        <translation>Der Anhang konnte nicht vom Server geholt werden: %1</translation>
    </message>
    <message>
        <source>not fetched from the server</source>
        <translation>nicht vom Server geholt</translation>
    </message>
</context>
<context>
    <name>epistle::ui::PasswordDialog</name>
    <message>
        <source>Enter the password of the account “%1” to receive mail.</source>
        <translation>Geben Sie das Passwort des Kontos „%1“ ein, um E-Mails zu empfangen.</translation>
    </message>
    <message>
        <source>Enter the password of the account “%1” to send mail.</source>
        <translation>Geben Sie das Passwort des Kontos „%1“ ein, um E-Mails zu senden.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::SettingsDialog</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Blocked, with a bar to load it</source>
        <translation>Blockiert, mit Leiste zum Laden</translation>
    </message>
    <message>
        <source>Always loaded</source>
        <translation>Immer geladen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
    <message>
        <source>&amp;Incoming server (POP3):</source>
        <translation>Posteingangs-&amp;Server (POP3):</translation>
    </message>
    <message>
        <source>&amp;Incoming server (IMAP):</source>
        <translation>Posteingangs-&amp;Server (IMAP):</translation>
    </message>
    <message>
        <source>An account needs a name and an incoming server.</source>
        <translation>Ein Konto benötigt einen Namen und einen Posteingangs-Server.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>Das Konto wurde gespeichert.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its messages are removed from this computer (not from the server), and its password from the keychain.</source>
        <translation>Das Konto „%1“ entfernen? Seine Nachrichten werden von diesem Computer entfernt (nicht vom Server) und sein Passwort aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Das Konto wurde entfernt.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <source>The identity was saved.</source>
        <translation>Die Identität wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::SettingsPage</name>
    <message>
        <source>Enter the server settings your provider gives you.</source>
        <translation>Geben Sie die Servereinstellungen ein, die Ihnen Ihr Anbieter nennt.</translation>
    </message>
    <message>
        <source>The search was stopped. What it found so far is listed; complete the rest by hand.</source>
        <translation>Die Suche wurde angehalten. Die bisherigen Ergebnisse sind aufgeführt; ergänzen Sie den Rest manuell.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings your provider gives you.</source>
        <translation>Für %1 wurde kein E-Mail-Server gefunden. Geben Sie die Einstellungen ein, die Ihnen Ihr Anbieter nennt.</translation>
    </message>
    <message>
        <source>These settings were found for %1. Change anything that is not right.</source>
        <translation>Diese Einstellungen wurden für %1 gefunden. Ändern Sie alles, was nicht stimmt.</translation>
    </message>
    <message>
        <source>No incoming server was found: enter it by hand.</source>
        <translation>Es wurde kein Posteingangs-Server gefunden: Geben Sie ihn manuell ein.</translation>
    </message>
    <message>
        <source>No outgoing server was found: enter it by hand.</source>
        <translation>Es wurde kein Postausgangs-Server gefunden: Geben Sie ihn manuell ein.</translation>
    </message>
    <message>
        <source>Your provider says it does not offer %1.</source>
        <translation>Ihr Anbieter gibt an, %1 nicht anzubieten.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (bei %2)</translation>
    </message>
    <message>
        <source>Other settings, entered by hand</source>
        <translation>Andere Einstellungen, manuell eingegeben</translation>
    </message>
    <message>
        <source>e.g. imap.%1</source>
        <translation>z. B. imap.%1</translation>
    </message>
    <message>
        <source>e.g. smtp.%1</source>
        <translation>z. B. smtp.%1</translation>
    </message>
    <message>
        <source>%1. This server is outside your address&apos;s domain: you will be asked to confirm %2 first.</source>
        <translation>%1. Dieser Server liegt außerhalb der Domain Ihrer Adresse: Sie werden zuerst gebeten, %2 zu bestätigen.</translation>
    </message>
    <message>
        <source>Epistle sends no password to %1 without encryption: choose SSL/TLS or STARTTLS.</source>
        <translation>Epistle sendet kein Passwort ohne Verschlüsselung an %1: Wählen Sie SSL/TLS oder STARTTLS.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::TrayIcon</name>
    <message numerus="yes">
        <source>Epistle: %n unread message(s)</source>
        <translation>
            <numerusform>Epistle: %n ungelesene Nachricht</numerusform>
            <numerusform>Epistle: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Epistle</source>
        <translation>Epistle</translation>
    </message>
    <message>
        <source>New mail from %1</source>
        <translation>Neue E-Mail von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest from %1: %2</source>
        <translation>Neueste Nachricht von %1: %2</translation>
    </message>
</context>
<context>
    <name>epistle::ui::VerifyPage</name>
    <message>
        <source>&amp;Add Account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Signing in to %1 and %2…</source>
        <translation>Anmeldung bei %1 und %2…</translation>
    </message>
    <message>
        <source>Signed in to both servers as %1. Add the account to start receiving mail.</source>
        <translation>Bei beiden Servern als %1 angemeldet. Fügen Sie das Konto hinzu, um E-Mails zu empfangen.</translation>
    </message>
    <message>
        <source>Signed in as %1 (incoming) and %2 (outgoing). Add the account to start receiving mail.</source>
        <translation>Angemeldet als %1 (Posteingang) und %2 (Postausgang). Fügen Sie das Konto hinzu, um E-Mails zu empfangen.</translation>
    </message>
    <message>
        <source>Enter the password again and try again.</source>
        <translation>Geben Sie das Passwort erneut ein und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Look at the certificate to decide whether to trust it, or go back and choose another server.</source>
        <translation>Sehen Sie sich das Zertifikat an, um zu entscheiden, ob Sie ihm vertrauen, oder gehen Sie zurück und wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>Go back to change the settings, or try again.</source>
        <translation>Gehen Sie zurück, um die Einstellungen zu ändern, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You trusted the certificate %1 for this account.</source>
        <translation>Sie haben dem Zertifikat %1 für dieses Konto vertraut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands (run without one to open the window):
</source>
        <translation>Befehle (ohne Befehl aufgerufen, wird das Fenster geöffnet):
</translation>
    </message>
    <message>
        <source>Run &apos;epistle &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>Führen Sie &apos;epistle &lt;command&gt; --help&apos; aus, um die Optionen eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <source>Epistle, a desktop mail client.</source>
        <translation>Epistle, ein E-Mail-Programm für den Desktop.</translation>
    </message>
    <message>
        <source>Keep all state (settings, database, caches, logs) in &lt;dir&gt;.</source>
        <translation>Alle Daten (Einstellungen, Datenbank, Caches, Protokolle) in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Diese Hilfe ausgeben und beenden.</translation>
    </message>
    <message>
        <source>A mailto: link to compose (optional).</source>
        <translation>Ein mailto:-Link, für den eine Nachricht verfasst wird (optional).</translation>
    </message>
    <message>
        <source>Try &apos;epistle --help&apos;.</source>
        <translation>Versuchen Sie &apos;epistle --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Try &apos;epistle --help&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;. Versuchen Sie &apos;epistle --help&apos;.</translation>
    </message>
</context>
<context>
    <name>send</name>
    <message>
        <source>Queue a message (an RFC 5322 file, &apos;-&apos; for standard input) in the Outbox and send it.</source>
        <translation>Eine Nachricht (eine RFC-5322-Datei, &apos;-&apos; für die Standardeingabe) im Postausgang zum Senden vormerken und senden.</translation>
    </message>
    <message>
        <source>The account to send with (name or id).</source>
        <translation>Das Konto, über das gesendet wird (Name oder ID).</translation>
    </message>
    <message>
        <source>The message to send.</source>
        <translation>Die zu sendende Nachricht.</translation>
    </message>
    <message>
        <source>Usage: epistle send FILE.eml --account NAME</source>
        <translation>Aufruf: epistle send FILE.eml --account NAME</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>The message was not sent: %1
It stays in the Outbox.</source>
        <translation>Die Nachricht wurde nicht gesendet: %1
Sie bleibt im Postausgang.</translation>
    </message>
    <message>
        <source>The message could not be sent yet: %1
It stays in the Outbox and is sent at the next synchronisation (next try after %2).</source>
        <translation>Die Nachricht konnte noch nicht gesendet werden: %1
Sie bleibt im Postausgang und wird bei der nächsten Synchronisierung gesendet (nächster Versuch nach %2).</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>The message stays in the Outbox: %1</source>
        <translation>Die Nachricht bleibt im Postausgang: %1</translation>
    </message>
    <message>
        <source>The message was not queued: %1</source>
        <translation>Die Nachricht wurde nicht zum Senden vorgemerkt: %1</translation>
    </message>
    <message>
        <source>Sent, but the copy for the Sent folder waits for the next synchronisation: %1</source>
        <translation>Gesendet, aber die Kopie für den Gesendet-Ordner wartet auf die nächste Synchronisierung: %1</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Synchronise folder lists, message summaries, pending offline changes and the Outbox once.</source>
        <translation>Ordnerlisten, Nachrichtenübersichten, ausstehende Offline-Änderungen und den Postausgang einmalig synchronisieren.</translation>
    </message>
    <message>
        <source>Only this account (name or id).</source>
        <translation>Nur dieses Konto (Name oder ID).</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Keinen Fortschritt auf der Standardfehlerausgabe anzeigen.</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>No account is set up. Add one with &apos;epistle account add&apos;.</source>
        <translation>Es ist kein Konto eingerichtet. Fügen Sie mit &apos;epistle account add&apos; eines hinzu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 folders, %3 messages (%4 unread), %5 changes pending, %6 in the Outbox</source>
        <translation>%1: %2 Ordner, %3 Nachrichten (%4 ungelesen), %5 ausstehende Änderungen, %6 im Postausgang</translation>
    </message>
    <message>
        <source>Synchronisation failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>
