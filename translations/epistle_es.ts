<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountState</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressSuggestions</name>
    <message>
        <source>reading addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentSaver</name>
    <message>
        <source>The part has no content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rich text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted text, sent together with a plain text version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <source>The server reported too many messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Epistle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail database cannot be used: %1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistle %1: the main window is not part of this build yet. Profile: %2
Use the headless commands (epistle --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Epistle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only starred messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages with attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>Cannot read the attachment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageListQueries</name>
    <message>
        <source>The mail database has no native handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading message list rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not readable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationReplayer</name>
    <message numerus="yes">
        <source>changing the flags of %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moving %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copying %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleting %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>storing a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change could not be made on the server (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyBuilder</name>
    <message>
        <source>%1 wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>No password is known for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outgoing server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;plain text version of messages when there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &amp;content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as read after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote content always loaded from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local mail store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardCertificateDialog</name>
    <message>
        <source>Certificate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it only if you can compare the fingerprint with one your provider or administrator gave you. Epistle will then accept this one certificate, and no other, for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardConfirmPage</name>
    <message>
        <source>Is this your provider?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server outside your address&apos;s domain gets your password only with your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These servers were learnt from DNS (or an unencrypted download), which someone on your network could forge to collect your password. Continue only if you know that your provider uses them; otherwise go back and enter the settings your provider gives you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardDiscoveryPage</name>
    <message>
        <source>Looking for your mail servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistle asks DNS, your provider&apos;s configuration file and the usual server names. No password is sent while it searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and enter the settings by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardDonePage</name>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is saved, and Epistle fetches your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardIdentityPage</name>
    <message>
        <source>Your mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistle looks up your provider&apos;s servers from your address. Your password is sent only to those servers, over encrypted connections, once you have seen them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As others will see it, e.g. Ada Lovelace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also look for settings over unencrypted &amp;HTTP (less safe: anyone on the network could alter them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know your server settings already?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up &amp;manually…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardSettingsPage</name>
    <message>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Epistle fetches and sends your mail, and where each setting was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardVerifyPage</name>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistle signs in to the incoming and the outgoing server to check the settings and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Find the mail servers for an email address (DNS SRV, autoconfig, MX, guessing) and print them as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server (port 53) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not guess and probe server names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip DNS SRV records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip autoconfig files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the MX look-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoconfig URL pattern to use instead of the standard ones (repeatable; %EMAILDOMAIN% and %EMAILADDRESS% are replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also fetch autoconfig files over plain HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When guessing, probe port B where the standard port is A (A=B, repeatable; for test servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds each step may take (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--guess-port needs A=B, e.g. 993=10993</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an email address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AccountVerifier</name>
    <message>
        <source>Your mail would be handled by servers of %1, which is not your address&apos;s domain. Confirm that this is your provider before Epistle sends your password there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 on %2 as %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused as %1; trying the next user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 server refused the user name and password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AutoconfigFetcher</name>
    <message>
        <source>The configuration file is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AutoconfigXml</name>
    <message>
        <source>The configuration file is not valid XML: %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a mail client configuration (no clientConfig element).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped a server of type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped an incomplete %1 server entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 on %2: it needs a sign-in method Epistle does not offer (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::Discovery</name>
    <message>
        <source>Looking for the mail servers of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV %1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV %1: not offered (&quot;.&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV %1: %2:%3 (priority %4, weight %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoconfig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Autoconfig %1: %n server(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>MX %1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX %1: %2 (domain %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some look-ups did not answer in time; going on with what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessing from the usual server names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discovery finished: %n server setting(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::ServerGuesser</name>
    <message>
        <source>Guess: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess: trying %1 on %2 (%3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe of %1 (no encryption offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 but offers no encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess: %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::imap::Error</name>
    <message>
        <source>The server refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected %1 as invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected reply to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::imap::Session</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unusable response (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable response from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for data that no command is sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered a command that was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply to %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not greet as an IMAP server does: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server skipped authentication, so the connection cannot be secured with STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not list its capabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be secured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to secure the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow logging in on this connection (LOGINDISABLED) and offers no usable method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not report quotas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::mime::ForwardBuilder</name>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::net::Connection</name>
    <message>
        <source>No connection to %1 within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this computer; Epistle does not connect to it without encryption unless you choose that explicitly in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent corrupt compressed data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent data before the secure connection was established; the connection was closed for safety.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::net::ServerProbe</name>
    <message>
        <source>The server sent an overlong line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not one of this protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, which this account requires. Epistle will not continue without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to start TLS: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Client</name>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer STLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start encryption (STLS); Epistle did not continue without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no login method that Epistle supports (USER, APOP or SASL PLAIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support APOP (its greeting has no timestamp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAT failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s STAT reply is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s LIST line is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s LIST reply is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UIDL failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s UIDL line is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UIDL %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s UIDL reply is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 cannot be stored: the target is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 was not downloaded completely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 could not be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSET failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOOP failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not remove all deleted messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUIT failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent something unrequested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a POP3 status line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unexpected continuation line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded message could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Error</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is in use by another program; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow logging in again so soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a temporary problem; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a problem that will not go away by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::smtp</name>
    <message>
        <source>The reply is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply does not start with a three-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply code %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply code is not followed by a space or a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines of a reply have different codes (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has too many lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Client</name>
    <message>
        <source>The server stopped accepting the message (nothing could be sent for %1 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not support EHLO, so it cannot start encryption (STARTTLS); Epistle did not continue without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer STARTTLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS); Epistle did not continue without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the greeting (HELO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer logging in (no AUTH in its EHLO reply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 offers no login method Epistle supports (it offers %2; Epistle supports CRAM-MD5, PLAIN and LOGIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: the user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this login method (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept the login method %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not accept addresses with non-ASCII characters (no SMTPUTF8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 KB, larger than the %2 KB that the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start a new message (RSET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sender %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the recipient %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message (DATA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was closed while it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message (BDAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent, but the server refused these recipients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent; the server refused these recipients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply line that is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is malformed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Error</name>
    <message>
        <source>This is temporary; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage</name>
    <message>
        <source>The mail database %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail database %1 is damaged: %2. It has been left as it is; the local cache can be moved aside and rebuilt from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage::AccountStore</name>
    <message>
        <source>adding an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding an identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing an identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing an identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choosing the default identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage::BodyCache</name>
    <message>
        <source>reading the cache clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caching a message part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a cached message part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up a cached message part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing cached message parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing the message cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evicting cached message parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage::Database</name>
    <message>
        <source>The SQLite driver of Qt is missing (install the Qt SQLite plugin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail database %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver does not use the system SQLite library that Epistle was built with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail database %1 was written by a newer version of Epistle (schema %2; this version understands up to %3). It has not been changed; please use the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not an Epistle mail database. It has been left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail database %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the sync level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the temporary store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the checkpoint interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the log size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing the schema upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the mail database to version %1 (%2) failed; it was left at its previous version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a mail database connection was used from another thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged mail database %1 could not be moved aside to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage::FolderStore</name>
    <message>
        <source>saving a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a folder&apos;s sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a folder&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage::MessageStore</name>
    <message>
        <source>loading the threads of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing messages for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing a folder whose UIDVALIDITY changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing UIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the highest UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing a thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage::OperationQueue</name>
    <message>
        <source>queueing a change for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading queued changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting queued changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a queued change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a change done on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a failed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a queued change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovering interrupted changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage::Outbox</name>
    <message>
        <source>A message without recipients cannot be queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queueing a message for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting to send a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a sent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a sending failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queueing a message again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a message from the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovering interrupted sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage::Pop3Ledger</name>
    <message>
        <source>recording a downloaded message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the downloaded messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgetting downloaded messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage::SearchIndex</name>
    <message>
        <source>indexing a message body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage::StorageError</name>
    <message>
        <source>The mail database is damaged. The local cache can be rebuilt from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail database is busy in another part of the program or another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the mail database is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to the mail database was refused by one of its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the mail database failed (input/output error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mail database operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::storage::Transaction</name>
    <message>
        <source>requesting a durable commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a durable change was nested in a non-durable transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed before its inner one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing a savepoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::sync::AccountWorker</name>
    <message>
        <source>Epistle is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is known for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching messages of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Archive folder could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local mail store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Inbox cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special folders (Inbox, Sent, Drafts, Trash, …) cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s content is not stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message is waiting to be sent, but no password is known for the outgoing server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no Drafts folder for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::sync::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::sync::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxSender</name>
    <message>
        <source>The message file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped because the local store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxWriter</name>
    <message>
        <source>The message has no sender address (From) and cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete mail address (name@domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipient (To, Cc or Bcc) and cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no header and cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::sync::Pop3Downloader</name>
    <message>
        <source>The server %1 does not list unique message ids (UIDL). Without them Epistle cannot tell new messages from downloaded ones, so it does not download from this server. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 gave the same unique id to two messages (%2); Epistle does not download from a mailbox it cannot tell apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm removing the downloaded messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading stopped because the local store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::sync::SecretStore</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password when it needs it and keep it only until it quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::sync::SyncEngine</name>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password each time it starts and keep it only in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account does not exist or is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages can only be moved between folders of the same account; copy them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying between accounts is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming folder to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui</name>
    <message>
        <source>Found in the DNS SRV record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the configuration file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the configuration file %1, fetched without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found through the domain of the MX host (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2:%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountStatusBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline, retrying at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountWizard</name>
    <message>
        <source>Add Mail Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::CertificateDialog</name>
    <message>
        <source>Epistle could not verify the identity of %1: its certificate was refused, and nothing was sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and Try Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::ComposerWindow</name>
    <message>
        <source>name@example.com, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account to send from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read and was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in total</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved on this computer at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved in Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is saved on this computer only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an identity to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this message without a subject?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be queued for sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::ConfirmPage</name>
    <message>
        <source>Your mail for &lt;b&gt;%1&lt;/b&gt; would be handled by servers of &lt;b&gt;%2&lt;/b&gt;, which is not your address&apos;s domain. Epistle has not sent your password anywhere yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is my mail provider: use these servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::DiscoveryPage</name>
    <message>
        <source>DNS service records (SRV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail exchanger (MX) of the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual server names (guessing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the servers of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address Epistle can look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Enter the settings by hand, starting from what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server was found for %1. Go on to enter the settings by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n server setting(s) for %1. Go on to review them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::DonePage</name>
    <message>
        <source>Saving the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password could not be kept in the system keychain (%1). It is not stored anywhere else: Epistle will ask for it each time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistle will fetch your mail the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching your folders and messages… You can close this window; it goes on in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first synchronisation was stopped; Epistle tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first synchronisation failed: %1. Epistle tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::IdentityPage</name>
    <message>
        <source>&quot;%1&quot; is not an email address: it needs a name, an @ and a domain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::MainWindow</name>
    <message>
        <source>Epistle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as Read/Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Epistle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread messages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Message queued for sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder inside “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every message in it, on the server too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust This Certificate for This Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::MessageView</name>
    <message>
        <source>Load remote images and styles of this message once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always load remote content in messages from this sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some attachments could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::PasswordDialog</name>
    <message>
        <source>Enter the password of the account “%1” to receive mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of the account “%1” to send mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::SettingsDialog</name>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked, with a bar to load it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming server (POP3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming server (IMAP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name and an incoming server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its messages are removed from this computer (not from the server), and its password from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::SettingsPage</name>
    <message>
        <source>Enter the server settings your provider gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search was stopped. What it found so far is listed; complete the rest by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings your provider gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings were found for %1. Change anything that is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incoming server was found: enter it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outgoing server was found: enter it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider says it does not offer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other settings, entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. imap.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. smtp.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. This server is outside your address&apos;s domain: you will be asked to confirm %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistle sends no password to %1 without encryption: choose SSL/TLS or STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::TrayIcon</name>
    <message numerus="yes">
        <source>Epistle: %n unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Epistle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mail from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The latest from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>epistle::ui::VerifyPage</name>
    <message>
        <source>&amp;Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 and %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to both servers as %1. Add the account to start receiving mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (incoming) and %2 (outgoing). Add the account to start receiving mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password again and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the certificate to decide whether to trust it, or go back and choose another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to change the settings, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trusted the certificate %1 for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands (run without one to open the window):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;epistle &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epistle, a desktop mail client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all state (settings, database, caches, logs) in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailto: link to compose (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;epistle --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Try &apos;epistle --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
