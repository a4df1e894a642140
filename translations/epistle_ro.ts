<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AccountState</name>
    <message>
        <source>Offline</source>
        <translation>Deconectat</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Se conectează</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectat</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Se sincronizează</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Este necesară parola</translation>
    </message>
</context>
<context>
    <name>AddressSuggestions</name>
    <message>
        <source>reading addresses</source>
        <translation>citirea adreselor</translation>
    </message>
</context>
<context>
    <name>AttachmentSaver</name>
    <message>
        <source>The part has no content</source>
        <translation>Partea nu are conținut</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Nu se poate scrie %1</translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation>Scrierea în %1 a eșuat</translation>
    </message>
</context>
<context>
    <name>AutoconfigXml</name>
    <message>
        <source>The configuration file is not valid XML: %1 (line %2)</source>
        <translation>Fișierul de configurare nu este XML valid: %1 (linia %2)</translation>
    </message>
    <message>
        <source>The file is not a mail client configuration (no clientConfig element).</source>
        <translation>Fișierul nu este o configurație de client de e-mail (lipsește elementul clientConfig).</translation>
    </message>
    <message>
        <source>Skipped a server of type &quot;%1&quot;.</source>
        <translation>S-a omis un server de tipul „%1”.</translation>
    </message>
    <message>
        <source>Skipped an incomplete %1 server entry.</source>
        <translation>S-a omis o intrare incompletă de server %1.</translation>
    </message>
    <message>
        <source>Skipped %1 on %2: it needs a sign-in method Epistle does not offer (%3).</source>
        <translation>S-a omis %1 pe %2: necesită o metodă de autentificare pe care Epistle nu o oferă (%3).</translation>
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
        <translation>Subiect: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emitent: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valabil de la %1 până la %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Amprentă SHA-256: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problemă: %1</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Write</source>
        <translation>Redactare</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Trimite</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Trimite mesajul (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Atașează…</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Salvează ci&amp;orna</translation>
    </message>
    <message>
        <source>&amp;Rich text</source>
        <translation>Text &amp;formatat</translation>
    </message>
    <message>
        <source>Formatted text, sent together with a plain text version</source>
        <translation>Text formatat, trimis împreună cu o versiune în text simplu</translation>
    </message>
    <message>
        <source>B</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Aldin</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiv</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Subliniat</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Listă cu marcatori</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Căt&amp;re:</translation>
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
        <translation>&amp;Subiect:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Textul mesajului</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Atașamente</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Eli&amp;mină</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <source>The server reported too many messages.</source>
        <translation>Serverul a raportat prea multe mesaje.</translation>
    </message>
</context>
<context>
    <name>ForwardBuilder</name>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Mesaj înaintat --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subiect: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Dată: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De la: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Către: %1</translation>
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
        <translation>Baza de date a mesajelor nu poate fi folosită: %1

%2</translation>
    </message>
    <message>
        <source>Epistle %1: the main window is not part of this build yet. Profile: %2
Use the headless commands (epistle --help).</source>
        <translation>Epistle %1: fereastra principală nu face încă parte din această versiune. Profil: %2
Folosiți comenzile fără interfață grafică (epistle --help).</translation>
    </message>
    <message>
        <source>Later starts cannot hand mailto: links to this window: %1</source>
        <translation>Pornirile ulterioare nu vor putea transmite linkuri mailto: acestei ferestre: %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Print a message file parsed, as JSON: headers, addresses, the part tree, the text a reader shows and the attachments.</source>
        <translation>Afișează un fișier de mesaj analizat, ca JSON: antetele, adresele, arborele de părți, textul afișat la citirea mesajului și atașamentele.</translation>
    </message>
    <message>
        <source>Show the plain text alternative.</source>
        <translation>Afișează varianta în text simplu.</translation>
    </message>
    <message>
        <source>Show the HTML alternative (default).</source>
        <translation>Afișează varianta HTML (implicit).</translation>
    </message>
    <message>
        <source>Keep remote images and style references in the sanitized HTML.</source>
        <translation>Păstrează imaginile de la distanță și referințele la stiluri în HTML-ul curățat.</translation>
    </message>
    <message>
        <source>Print the JSON on one line.</source>
        <translation>Afișează JSON-ul pe o singură linie.</translation>
    </message>
    <message>
        <source>The message (.eml), or - for standard input.</source>
        <translation>Mesajul (.eml) sau - pentru intrarea standard.</translation>
    </message>
    <message>
        <source>Usage: epistle inspect [options] FILE.eml|-</source>
        <translation>Utilizare: epistle inspect [opțiuni] FIȘIER.eml|-</translation>
    </message>
    <message>
        <source>--prefer-plain and --prefer-html exclude each other</source>
        <translation>--prefer-plain și --prefer-html se exclud reciproc</translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation>Nu se poate citi intrarea standard</translation>
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
        <translation>Dosare</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Necitite</translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation>Afișează doar mesajele necitite</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Cu stea</translation>
    </message>
    <message>
        <source>Show only starred messages</source>
        <translation>Afișează doar mesajele cu stea</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Atașament</translation>
    </message>
    <message>
        <source>Show only messages with attachments</source>
        <translation>Afișează doar mesajele cu atașamente</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+K)</source>
        <translation>Caută în mesaje (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesaje</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>Cannot read the attachment %1: %2</source>
        <translation>Nu se poate citi atașamentul %1: %2</translation>
    </message>
</context>
<context>
    <name>MessageListQueries</name>
    <message>
        <source>The mail database has no native handle.</source>
        <translation>Baza de date a mesajelor nu are o referință nativă (handle).</translation>
    </message>
    <message>
        <source>The message list could not be read.</source>
        <translation>Lista de mesaje nu a putut fi citită.</translation>
    </message>
    <message>
        <source>reading message list rows</source>
        <translation>citirea rândurilor listei de mesaje</translation>
    </message>
    <message>
        <source>reading a thread</source>
        <translation>citirea unui fir de discuție</translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nu se poate deschide %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 nu este un fișier obișnuit</translation>
    </message>
    <message>
        <source>The input is not readable</source>
        <translation>Datele de intrare nu pot fi citite</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>From:</source>
        <translation>De la:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Către:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation>Conținutul de la distanță a fost blocat pentru a vă proteja confidențialitatea.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Încarcă</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>Întotdeauna pentru acest expeditor</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Salvează tot…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Textul mesajului</translation>
    </message>
</context>
<context>
    <name>OperationReplayer</name>
    <message numerus="yes">
        <source>changing the flags of %n message(s)</source>
        <translation>
            <numerusform>modificarea marcajelor pentru %n mesaj</numerusform>
            <numerusform>modificarea marcajelor pentru %n mesaje</numerusform>
            <numerusform>modificarea marcajelor pentru %n de mesaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moving %n message(s)</source>
        <translation>
            <numerusform>mutarea a %n mesaj</numerusform>
            <numerusform>mutarea a %n mesaje</numerusform>
            <numerusform>mutarea a %n de mesaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copying %n message(s)</source>
        <translation>
            <numerusform>copierea a %n mesaj</numerusform>
            <numerusform>copierea a %n mesaje</numerusform>
            <numerusform>copierea a %n de mesaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleting %n message(s)</source>
        <translation>
            <numerusform>ștergerea a %n mesaj</numerusform>
            <numerusform>ștergerea a %n mesaje</numerusform>
            <numerusform>ștergerea a %n de mesaje</numerusform>
        </translation>
    </message>
    <message>
        <source>storing a message</source>
        <translation>stocarea unui mesaj</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Dosarul nu mai există.</translation>
    </message>
    <message>
        <source>A change could not be made on the server (%1): %2</source>
        <translation>O modificare nu a putut fi efectuată pe server (%1): %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Needed</source>
        <translation>Este necesară parola</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Memorează în inelul de chei al sistemului</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation>Nu se poate crea dosarul de profil %1</translation>
    </message>
</context>
<context>
    <name>ReplyBuilder</name>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 a scris:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>La %1, %2 a scris:</translation>
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
        <translation>fără criptare</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>No password is known for this account.</source>
        <translation>Nu se cunoaște nicio parolă pentru acest cont.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Conturi</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adaugă…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Elimină</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cont</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Incoming server:</source>
        <translation>Server de &amp;primire:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Nume &amp;utilizator:</translation>
    </message>
    <message>
        <source>&amp;Outgoing server:</source>
        <translation>Server de &amp;trimitere:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nume utili&amp;zator:</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Apli&amp;că</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identități</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresă:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Răspuns către:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Semnătură:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Citire</translation>
    </message>
    <message>
        <source>Show the &amp;plain text version of messages when there is one</source>
        <translation>Afișează versiunea în text sim&amp;plu a mesajelor, când există</translation>
    </message>
    <message>
        <source>Remote &amp;content:</source>
        <translation>Conținut la &amp;distanță:</translation>
    </message>
    <message>
        <source>&amp;Mark as read after:</source>
        <translation>&amp;Marchează ca citit după:</translation>
    </message>
    <message>
        <source>Remote content always loaded from:</source>
        <translation>Conținut la distanță încărcat întotdeauna de la:</translation>
    </message>
    <message>
        <source>Remove Sender</source>
        <translation>Elimină expeditorul</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Noua limbă va fi folosită de la următoarea pornire.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Serverul a raportat o eroare: %1</translation>
    </message>
    <message>
        <source>The local mail store failed: %1</source>
        <translation>Stocarea locală a mesajelor a eșuat: %1</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Eroare internă: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
</context>
<context>
    <name>WizardCertificateDialog</name>
    <message>
        <source>Certificate problem</source>
        <translation>Problemă de certificat</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emis pentru:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emis de:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valabil:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Amprentă SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Trust it only if you can compare the fingerprint with one your provider or administrator gave you. Epistle will then accept this one certificate, and no other, for this account.</source>
        <translation>Acordați-i încredere doar dacă puteți compara amprenta cu cea primită de la furnizorul sau administratorul dumneavoastră. Epistle va accepta atunci doar acest certificat, și niciun altul, pentru acest cont.</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this account</source>
        <translation>&amp;Am încredere în acest certificat pentru acest cont</translation>
    </message>
</context>
<context>
    <name>WizardConfirmPage</name>
    <message>
        <source>Is this your provider?</source>
        <translation>Este acesta furnizorul dumneavoastră?</translation>
    </message>
    <message>
        <source>A server outside your address&apos;s domain gets your password only with your approval.</source>
        <translation>Un server din afara domeniului adresei dumneavoastră primește parola doar cu aprobarea dumneavoastră.</translation>
    </message>
    <message>
        <source>These servers were learnt from DNS (or an unencrypted download), which someone on your network could forge to collect your password. Continue only if you know that your provider uses them; otherwise go back and enter the settings your provider gives you.</source>
        <translation>Aceste servere au fost aflate din DNS (sau dintr-o descărcare necriptată), pe care cineva din rețeaua dumneavoastră le-ar putea falsifica pentru a vă colecta parola. Continuați doar dacă știți că furnizorul dumneavoastră le folosește; altfel, reveniți și introduceți setările pe care vi le oferă furnizorul.</translation>
    </message>
</context>
<context>
    <name>WizardDiscoveryPage</name>
    <message>
        <source>Looking for your mail servers</source>
        <translation>Se caută serverele dumneavoastră de e-mail</translation>
    </message>
    <message>
        <source>Epistle asks DNS, your provider&apos;s configuration file and the usual server names. No password is sent while it searches.</source>
        <translation>Epistle interoghează DNS-ul, fișierul de configurare al furnizorului dumneavoastră și numele uzuale de servere. Nu se trimite nicio parolă în timpul căutării.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodă</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>What was tried:</source>
        <translation>Ce s-a încercat:</translation>
    </message>
    <message>
        <source>&amp;Stop and enter the settings by hand</source>
        <translation>&amp;Oprire și introducere manuală a setărilor</translation>
    </message>
</context>
<context>
    <name>WizardDonePage</name>
    <message>
        <source>Your account</source>
        <translation>Contul dumneavoastră</translation>
    </message>
    <message>
        <source>The account is saved, and Epistle fetches your mail.</source>
        <translation>Contul este salvat, iar Epistle vă preia mesajele.</translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation>&amp;Salvează din nou</translation>
    </message>
    <message>
        <source>First synchronisation</source>
        <translation>Prima sincronizare</translation>
    </message>
</context>
<context>
    <name>WizardIdentityPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Contul dumneavoastră de e-mail</translation>
    </message>
    <message>
        <source>Epistle looks up your provider&apos;s servers from your address. Your password is sent only to those servers, over encrypted connections, once you have seen them.</source>
        <translation>Epistle caută serverele furnizorului dumneavoastră pornind de la adresă. Parola este trimisă doar către acele servere, prin conexiuni criptate, după ce le-ați văzut.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Numele dumneavoastră:</translation>
    </message>
    <message>
        <source>As others will see it, e.g. Ada Lovelace</source>
        <translation>Așa cum îl vor vedea ceilalți, de ex. Ada Lovelace</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresă de &amp;e-mail:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>nume@example.org</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>Also look for settings over unencrypted &amp;HTTP (less safe: anyone on the network could alter them)</source>
        <translation>Caută setările și prin &amp;HTTP necriptat (mai puțin sigur: oricine din rețea le-ar putea modifica)</translation>
    </message>
    <message>
        <source>Know your server settings already?</source>
        <translation>Cunoașteți deja setările serverului?</translation>
    </message>
    <message>
        <source>Set up &amp;manually…</source>
        <translation>Configurare &amp;manuală…</translation>
    </message>
</context>
<context>
    <name>WizardSettingsPage</name>
    <message>
        <source>Server settings</source>
        <translation>Setări server</translation>
    </message>
    <message>
        <source>Where Epistle fetches and sends your mail, and where each setting was found.</source>
        <translation>Unde preia și trimite Epistle mesajele dumneavoastră și unde a fost găsită fiecare setare.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Primire mesaje</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Găsit:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocol:</translation>
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
        <translation>Se&amp;curitate:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nume &amp;utilizator:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Trimitere mesaje (SMTP)</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>S&amp;erver:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Securi&amp;tate:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nume utili&amp;zator:</translation>
    </message>
</context>
<context>
    <name>WizardVerifyPage</name>
    <message>
        <source>Signing in</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>Epistle signs in to the incoming and the outgoing server to check the settings and the password.</source>
        <translation>Epistle se autentifică la serverul de primire și la cel de trimitere pentru a verifica setările și parola.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>Show the &amp;certificate…</source>
        <translation>Afișează &amp;certificatul…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Încearcă din &amp;nou</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Ce s-a făcut:</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>Add a mail account. The password is read from standard input.</source>
        <translation>Adaugă un cont de e-mail. Parola este citită de la intrarea standard.</translation>
    </message>
    <message>
        <source>Account name shown in Epistle.</source>
        <translation>Numele contului, așa cum este afișat în Epistle.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Adresa de e-mail.</translation>
    </message>
    <message>
        <source>Your name on outgoing mail.</source>
        <translation>Numele dumneavoastră în mesajele trimise.</translation>
    </message>
    <message>
        <source>IMAP server.</source>
        <translation>Serverul IMAP.</translation>
    </message>
    <message>
        <source>POP3 server.</source>
        <translation>Serverul POP3.</translation>
    </message>
    <message>
        <source>SMTP submission server.</source>
        <translation>Serverul SMTP pentru trimiterea mesajelor.</translation>
    </message>
    <message>
        <source>tls, starttls or none (default: by port).</source>
        <translation>tls, starttls sau none (implicit: în funcție de port).</translation>
    </message>
    <message>
        <source>User name (default: the email address).</source>
        <translation>Numele de utilizator (implicit: adresa de e-mail).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for this account.</source>
        <translation>Acordă încredere și certificatelor CA din acest fișier PEM pentru acest cont.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Citește parola de la intrarea standard.</translation>
    </message>
    <message>
        <source>Needed: --email, one of --imap or --pop3 (host:port), and --smtp (host:port).</source>
        <translation>Sunt necesare: --email, una dintre --imap sau --pop3 (host:port) și --smtp (host:port).</translation>
    </message>
    <message>
        <source>Security must be tls, starttls or none.</source>
        <translation>Securitatea trebuie să fie tls, starttls sau none.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Fișierul nu există: %1</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation>Există deja un cont numit „%1”.</translation>
    </message>
    <message>
        <source>Added account %1 (id %2).</source>
        <translation>S-a adăugat contul %1 (id %2).</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Nu există niciun cont „%1”.</translation>
    </message>
    <message>
        <source>Removed account %1.</source>
        <translation>S-a eliminat contul %1.</translation>
    </message>
    <message>
        <source>Usage: epistle account add [options] | list [--json] | remove &lt;id or name&gt;
Run &apos;epistle account add --help&apos; for the options of add.</source>
        <translation>Utilizare: epistle account add [opțiuni] | list [--json] | remove &lt;id sau nume&gt;
Rulați „epistle account add --help” pentru opțiunile comenzii add.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add, list or remove mail accounts</source>
        <translation>Adaugă, listează sau elimină conturi de e-mail</translation>
    </message>
    <message>
        <source>Find the mail servers for an email address; prints JSON</source>
        <translation>Găsește serverele de e-mail pentru o adresă de e-mail; afișează JSON</translation>
    </message>
    <message>
        <source>Print a message file (.eml) parsed, as JSON</source>
        <translation>Afișează un fișier de mesaj (.eml) analizat, ca JSON</translation>
    </message>
    <message>
        <source>Queue a message in the Outbox and send it</source>
        <translation>Pune un mesaj în Mesaje de trimis și îl trimite</translation>
    </message>
    <message>
        <source>Synchronise accounts once (folders, summaries, offline changes, Outbox)</source>
        <translation>Sincronizează conturile o dată (dosare, rezumate, modificări din modul deconectat, Mesaje de trimis)</translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Find the mail servers for an email address (DNS SRV, autoconfig, MX, guessing) and print them as JSON.</source>
        <translation>Găsește serverele de e-mail pentru o adresă de e-mail (DNS SRV, autoconfig, MX, ghicire) și le afișează ca JSON.</translation>
    </message>
    <message>
        <source>The email address.</source>
        <translation>Adresa de e-mail.</translation>
    </message>
    <message>
        <source>Ask this DNS server (port 53) instead of the system&apos;s.</source>
        <translation>Interoghează acest server DNS (portul 53) în locul celui al sistemului.</translation>
    </message>
    <message>
        <source>Do not guess and probe server names.</source>
        <translation>Nu ghicește și nu sondează nume de servere.</translation>
    </message>
    <message>
        <source>Skip DNS SRV records.</source>
        <translation>Omite înregistrările DNS SRV.</translation>
    </message>
    <message>
        <source>Skip autoconfig files.</source>
        <translation>Omite fișierele autoconfig.</translation>
    </message>
    <message>
        <source>Skip the MX look-up.</source>
        <translation>Omite interogarea MX.</translation>
    </message>
    <message>
        <source>Autoconfig URL pattern to use instead of the standard ones (repeatable; %EMAILDOMAIN% and %EMAILADDRESS% are replaced).</source>
        <translation>Șablon de URL autoconfig folosit în locul celor standard (se poate repeta; %EMAILDOMAIN% și %EMAILADDRESS% sunt înlocuite).</translation>
    </message>
    <message>
        <source>Also fetch autoconfig files over plain HTTP.</source>
        <translation>Preia fișierele autoconfig și prin HTTP simplu.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Acordă încredere și certificatelor CA din acest fișier PEM.</translation>
    </message>
    <message>
        <source>When guessing, probe port B where the standard port is A (A=B, repeatable; for test servers).</source>
        <translation>La ghicire, sondează portul B acolo unde portul standard este A (A=B, se poate repeta; pentru servere de test).</translation>
    </message>
    <message>
        <source>Seconds each step may take (default 15).</source>
        <translation>Numărul de secunde permis pentru fiecare pas (implicit 15).</translation>
    </message>
    <message>
        <source>Give exactly one email address.</source>
        <translation>Indicați exact o adresă de e-mail.</translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation>Nu este o adresă IP: %1</translation>
    </message>
    <message>
        <source>No certificate could be read from %1</source>
        <translation>Nu s-a putut citi niciun certificat din %1</translation>
    </message>
    <message>
        <source>--guess-port needs A=B, e.g. 993=10993</source>
        <translation>--guess-port necesită A=B, de ex. 993=10993</translation>
    </message>
    <message>
        <source>Not an email address: %1</source>
        <translation>Nu este o adresă de e-mail: %1</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AccountVerifier</name>
    <message>
        <source>Your mail would be handled by servers of %1, which is not your address&apos;s domain. Confirm that this is your provider before Epistle sends your password there.</source>
        <translation>Mesajele dumneavoastră ar fi gestionate de servere din %1, care nu este domeniul adresei dumneavoastră. Confirmați că acesta este furnizorul dumneavoastră înainte ca Epistle să vă trimită parola acolo.</translation>
    </message>
    <message>
        <source>Signing in to %1 on %2 as %3…</source>
        <translation>Autentificare la %1 pe %2 ca %3…</translation>
    </message>
    <message>
        <source>Refused as %1; trying the next user name.</source>
        <translation>Refuzat ca %1; se încearcă următorul nume de utilizator.</translation>
    </message>
    <message>
        <source>The %1 server refused the user name and password: %2</source>
        <translation>Serverul %1 a refuzat numele de utilizator și parola: %2</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>de primire</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>de trimitere</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Autentificat ca %1.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AutoconfigFetcher</name>
    <message>
        <source>The configuration file is larger than %1 bytes.</source>
        <translation>Fișierul de configurare depășește %1 octeți.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Serverul a răspuns HTTP %1.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::Discovery</name>
    <message>
        <source>Looking for the mail servers of %1…</source>
        <translation>Se caută serverele de e-mail pentru %1…</translation>
    </message>
    <message>
        <source>SRV %1: %2</source>
        <translation>SRV %1: %2</translation>
    </message>
    <message>
        <source>SRV %1: none</source>
        <translation>SRV %1: niciuna</translation>
    </message>
    <message>
        <source>SRV %1: not offered (&quot;.&quot;)</source>
        <translation>SRV %1: neoferit (&quot;.&quot;)</translation>
    </message>
    <message>
        <source>SRV %1: %2:%3 (priority %4, weight %5)</source>
        <translation>SRV %1: %2:%3 (prioritate %4, pondere %5)</translation>
    </message>
    <message>
        <source>Autoconfig %1: %2</source>
        <translation>Autoconfig %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Autoconfig %1: %n server(s) found</source>
        <translation>
            <numerusform>Autoconfig %1: %n server găsit</numerusform>
            <numerusform>Autoconfig %1: %n servere găsite</numerusform>
            <numerusform>Autoconfig %1: %n de servere găsite</numerusform>
        </translation>
    </message>
    <message>
        <source>MX %1: none</source>
        <translation>MX %1: niciuna</translation>
    </message>
    <message>
        <source>MX %1: %2</source>
        <translation>MX %1: %2</translation>
    </message>
    <message>
        <source>MX %1: %2 (domain %3)</source>
        <translation>MX %1: %2 (domeniul %3)</translation>
    </message>
    <message>
        <source>Some look-ups did not answer in time; going on with what was found.</source>
        <translation>Unele interogări nu au răspuns la timp; se continuă cu ce s-a găsit.</translation>
    </message>
    <message>
        <source>Guessing from the usual server names…</source>
        <translation>Se ghicește pornind de la numele uzuale de servere…</translation>
    </message>
    <message>
        <source>%1 has no address.</source>
        <translation>%1 nu are nicio adresă.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings by hand.</source>
        <translation>Nu s-a găsit niciun server de e-mail pentru %1. Introduceți setările manual.</translation>
    </message>
    <message numerus="yes">
        <source>Discovery finished: %n server setting(s).</source>
        <translation>
            <numerusform>Descoperire încheiată: %n setare de server.</numerusform>
            <numerusform>Descoperire încheiată: %n setări de server.</numerusform>
            <numerusform>Descoperire încheiată: %n de setări de server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation>Descoperire anulată.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::ServerGuesser</name>
    <message>
        <source>Guess: %1 does not exist.</source>
        <translation>Ghicire: %1 nu există.</translation>
    </message>
    <message>
        <source>Guess: trying %1 on %2 (%3)…</source>
        <translation>Ghicire: se încearcă %1 pe %2 (%3)…</translation>
    </message>
    <message>
        <source>probe of %1</source>
        <translation>sondare la %1</translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 (%3).</source>
        <translation>Ghicire: %1 răspunde pe %2 (%3).</translation>
    </message>
    <message>
        <source>probe of %1 (no encryption offered)</source>
        <translation>sondare la %1 (nu oferă criptare)</translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 but offers no encryption.</source>
        <translation>Ghicire: %1 răspunde pe %2, dar nu oferă criptare.</translation>
    </message>
    <message>
        <source>Guess: %1 on %2: %3</source>
        <translation>Ghicire: %1 pe %2: %3</translation>
    </message>
</context>
<context>
    <name>epistle::imap::Error</name>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Serverul a refuzat %1: %2</translation>
    </message>
    <message>
        <source>The server rejected %1 as invalid: %2</source>
        <translation>Serverul a respins %1 ca fiind nevalid: %2</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>Serverul a închis sesiunea: %1</translation>
    </message>
    <message>
        <source>Unexpected reply to %1: %2</source>
        <translation>Răspuns neașteptat la %1: %2</translation>
    </message>
</context>
<context>
    <name>epistle::imap::Session</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Conexiunea a fost închisă.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>Sesiunea a fost închisă.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nu există conexiune la server.</translation>
    </message>
    <message>
        <source>The server sent an unusable response (%1).</source>
        <translation>Serverul a trimis un răspuns inutilizabil (%1).</translation>
    </message>
    <message>
        <source>Unreadable response from the server: %1</source>
        <translation>Răspuns ilizibil de la server: %1</translation>
    </message>
    <message>
        <source>The server asked for data that no command is sending.</source>
        <translation>Serverul a cerut date pe care nu le trimite nicio comandă.</translation>
    </message>
    <message>
        <source>The server answered a command that was not sent: %1</source>
        <translation>Serverul a răspuns unei comenzi care nu a fost trimisă: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply to %1 could not be read: %2</source>
        <translation>Răspunsul serverului la %1 nu a putut fi citit: %2</translation>
    </message>
    <message>
        <source>The session is already connected.</source>
        <translation>Sesiunea este deja conectată.</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>conexiunea</translation>
    </message>
    <message>
        <source>The server did not greet as an IMAP server does: %1</source>
        <translation>Serverul nu a salutat așa cum o face un server IMAP: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Serverul a refuzat conexiunea: %1</translation>
    </message>
    <message>
        <source>The server skipped authentication, so the connection cannot be secured with STARTTLS.</source>
        <translation>Serverul a omis autentificarea, așa că conexiunea nu poate fi securizată cu STARTTLS.</translation>
    </message>
    <message>
        <source>The server did not list its capabilities.</source>
        <translation>Serverul nu și-a listat capabilitățile.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be secured.</source>
        <translation>Serverul nu oferă STARTTLS, așa că conexiunea nu poate fi securizată.</translation>
    </message>
    <message>
        <source>The server refused to secure the connection: %1</source>
        <translation>Serverul a refuzat securizarea conexiunii: %1</translation>
    </message>
    <message>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation>Conexiunea nu este criptată; parola nu a fost trimisă.</translation>
    </message>
    <message>
        <source>The server does not allow logging in on this connection (LOGINDISABLED) and offers no usable method.</source>
        <translation>Serverul nu permite autentificarea pe această conexiune (LOGINDISABLED) și nu oferă nicio metodă utilizabilă.</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>autentificarea</translation>
    </message>
    <message>
        <source>The server did not accept the login: %1</source>
        <translation>Serverul nu a acceptat autentificarea: %1</translation>
    </message>
    <message>
        <source>Compression could not be started.</source>
        <translation>Comprimarea nu a putut fi pornită.</translation>
    </message>
    <message>
        <source>Message %1 no longer exists on the server.</source>
        <translation>Mesajul %1 nu mai există pe server.</translation>
    </message>
    <message>
        <source>The server does not report quotas.</source>
        <translation>Serverul nu raportează cotele.</translation>
    </message>
</context>
<context>
    <name>epistle::net::Connection</name>
    <message>
        <source>No connection to %1 within %2 seconds.</source>
        <translation>Nicio conexiune la %1 în %2 secunde.</translation>
    </message>
    <message>
        <source>The connection to %1 took too long.</source>
        <translation>Conexiunea la %1 a durat prea mult.</translation>
    </message>
    <message>
        <source>%1 is not on this computer; Epistle does not connect to it without encryption unless you choose that explicitly in the account settings.</source>
        <translation>%1 nu se află pe acest calculator; Epistle nu se conectează la el fără criptare decât dacă alegeți explicit acest lucru în setările contului.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Serverul %1 nu a fost găsit.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 a refuzat conexiunea.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 a închis conexiunea.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted: %2</source>
        <translation>Certificatul pentru %1 nu este de încredere: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Conexiunea securizată la %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Eroare de rețea cu %1: %2</translation>
    </message>
    <message>
        <source>%1 sent corrupt compressed data.</source>
        <translation>%1 a trimis date comprimate corupte.</translation>
    </message>
    <message>
        <source>%1 sent data before the secure connection was established; the connection was closed for safety.</source>
        <translation>%1 a trimis date înainte de stabilirea conexiunii securizate; conexiunea a fost închisă din motive de siguranță.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle nu v-a trimis parola către %1, deoarece conexiunea nu este criptată.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 nu a răspuns în %2 secunde.</translation>
    </message>
</context>
<context>
    <name>epistle::net::ServerProbe</name>
    <message>
        <source>The server sent an overlong line.</source>
        <translation>Serverul a trimis o linie prea lungă.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not one of this protocol: %1</source>
        <translation>Salutul serverului nu aparține acestui protocol: %1</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, which this account requires. Epistle will not continue without encryption.</source>
        <translation>%1 nu oferă STARTTLS, pe care acest cont îl necesită. Epistle nu va continua fără criptare.</translation>
    </message>
    <message>
        <source>%1 refused to start TLS: %2</source>
        <translation>%1 a refuzat pornirea TLS: %2</translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Client</name>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation>Anulat de o conexiune nouă.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Serverul a refuzat conexiunea.</translation>
    </message>
    <message>
        <source>The server %1 does not offer STLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation>Serverul %1 nu oferă STLS, așa că conexiunea nu poate fi criptată; Epistle nu a continuat fără criptare.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STLS); Epistle did not continue without it.</source>
        <translation>Serverul a refuzat pornirea criptării (STLS); Epistle nu a continuat fără ea.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle nu v-a trimis parola către %1, deoarece conexiunea nu este criptată.</translation>
    </message>
    <message>
        <source>Already logged in.</source>
        <translation>Deja autentificat.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nu există conexiune la server.</translation>
    </message>
    <message>
        <source>The server offers no login method that Epistle supports (USER, APOP or SASL PLAIN).</source>
        <translation>Serverul nu oferă nicio metodă de autentificare acceptată de Epistle (USER, APOP sau SASL PLAIN).</translation>
    </message>
    <message>
        <source>The server does not support APOP (its greeting has no timestamp).</source>
        <translation>Serverul nu acceptă APOP (salutul său nu are marcaj temporal).</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Autentificarea a eșuat.</translation>
    </message>
    <message>
        <source>The user name or password contains a line break.</source>
        <translation>Numele de utilizator sau parola conține un caracter de linie nouă.</translation>
    </message>
    <message>
        <source>STAT failed.</source>
        <translation>STAT a eșuat.</translation>
    </message>
    <message>
        <source>The server&apos;s STAT reply is malformed: %1</source>
        <translation>Răspunsul STAT al serverului are un format greșit: %1</translation>
    </message>
    <message>
        <source>LIST failed.</source>
        <translation>LIST a eșuat.</translation>
    </message>
    <message>
        <source>The server&apos;s LIST line is malformed: %1</source>
        <translation>Linia LIST a serverului are un format greșit: %1</translation>
    </message>
    <message>
        <source>LIST %1 failed.</source>
        <translation>LIST %1 a eșuat.</translation>
    </message>
    <message>
        <source>The server&apos;s LIST reply is malformed: %1</source>
        <translation>Răspunsul LIST al serverului are un format greșit: %1</translation>
    </message>
    <message>
        <source>UIDL failed.</source>
        <translation>UIDL a eșuat.</translation>
    </message>
    <message>
        <source>The server&apos;s UIDL line is malformed: %1</source>
        <translation>Linia UIDL a serverului are un format greșit: %1</translation>
    </message>
    <message>
        <source>UIDL %1 failed.</source>
        <translation>UIDL %1 a eșuat.</translation>
    </message>
    <message>
        <source>The server&apos;s UIDL reply is malformed: %1</source>
        <translation>Răspunsul UIDL al serverului are un format greșit: %1</translation>
    </message>
    <message>
        <source>TOP %1 failed.</source>
        <translation>TOP %1 a eșuat.</translation>
    </message>
    <message>
        <source>Message %1 cannot be stored: the target is not open for writing.</source>
        <translation>Mesajul %1 nu poate fi stocat: destinația nu este deschisă pentru scriere.</translation>
    </message>
    <message>
        <source>Message %1 was not downloaded completely: %2</source>
        <translation>Mesajul %1 nu a fost descărcat complet: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be downloaded.</source>
        <translation>Mesajul %1 nu a putut fi descărcat.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be deleted.</source>
        <translation>Mesajul %1 nu a putut fi șters.</translation>
    </message>
    <message>
        <source>RSET failed.</source>
        <translation>RSET a eșuat.</translation>
    </message>
    <message>
        <source>NOOP failed.</source>
        <translation>NOOP a eșuat.</translation>
    </message>
    <message>
        <source>The server could not remove all deleted messages.</source>
        <translation>Serverul nu a putut elimina toate mesajele șterse.</translation>
    </message>
    <message>
        <source>QUIT failed.</source>
        <translation>QUIT a eșuat.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Neautentificat.</translation>
    </message>
    <message>
        <source>The server sent something unrequested: %1</source>
        <translation>Serverul a trimis ceva necerut: %1</translation>
    </message>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Serverul a trimis o linie de răspuns mai lungă de %1 octeți.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a POP3 status line: %1</source>
        <translation>Răspunsul serverului nu este o linie de stare POP3: %1</translation>
    </message>
    <message>
        <source>The server sent an unexpected continuation line.</source>
        <translation>Serverul a trimis o linie de continuare neașteptată.</translation>
    </message>
    <message>
        <source>The downloaded message could not be stored: %1</source>
        <translation>Mesajul descărcat nu a putut fi stocat: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 MB.</source>
        <translation>Răspunsul serverului depășește %1 MB.</translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Error</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Numele de utilizator sau parola sunt greșite.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another program; try again when it has finished.</source>
        <translation>Căsuța poștală este folosită de alt program; încercați din nou după ce acesta termină.</translation>
    </message>
    <message>
        <source>The server does not allow logging in again so soon.</source>
        <translation>Serverul nu permite o nouă autentificare atât de curând.</translation>
    </message>
    <message>
        <source>The server has a temporary problem; try again later.</source>
        <translation>Serverul are o problemă temporară; încercați din nou mai târziu.</translation>
    </message>
    <message>
        <source>The server has a problem that will not go away by itself.</source>
        <translation>Serverul are o problemă care nu va dispărea de la sine.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Serverul a răspuns: %1</translation>
    </message>
</context>
<context>
    <name>epistle::smtp</name>
    <message>
        <source>The reply is too short.</source>
        <translation>Răspunsul este prea scurt.</translation>
    </message>
    <message>
        <source>The reply does not start with a three-digit code.</source>
        <translation>Răspunsul nu începe cu un cod din trei cifre.</translation>
    </message>
    <message>
        <source>The reply code %1 is not valid.</source>
        <translation>Codul de răspuns %1 nu este valid.</translation>
    </message>
    <message>
        <source>The reply code is not followed by a space or a hyphen.</source>
        <translation>Codul de răspuns nu este urmat de un spațiu sau de o cratimă.</translation>
    </message>
    <message>
        <source>The lines of a reply have different codes (%1, %2).</source>
        <translation>Liniile unui răspuns au coduri diferite (%1, %2).</translation>
    </message>
    <message>
        <source>The reply has too many lines.</source>
        <translation>Răspunsul are prea multe linii.</translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Client</name>
    <message>
        <source>The server stopped accepting the message (nothing could be sent for %1 seconds).</source>
        <translation>Serverul a încetat să accepte mesajul (nu s-a putut trimite nimic timp de %1 secunde).</translation>
    </message>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation>Anulat de o conexiune nouă.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Serverul a refuzat conexiunea.</translation>
    </message>
    <message>
        <source>The server %1 does not support EHLO, so it cannot start encryption (STARTTLS); Epistle did not continue without encryption.</source>
        <translation>Serverul %1 nu acceptă EHLO, așa că nu poate porni criptarea (STARTTLS); Epistle nu a continuat fără criptare.</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO).</source>
        <translation>Serverul a refuzat salutul (EHLO).</translation>
    </message>
    <message>
        <source>The server %1 does not offer STARTTLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation>Serverul %1 nu oferă STARTTLS, așa că conexiunea nu poate fi criptată; Epistle nu a continuat fără criptare.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS); Epistle did not continue without it.</source>
        <translation>Serverul a refuzat pornirea criptării (STARTTLS); Epistle nu a continuat fără ea.</translation>
    </message>
    <message>
        <source>The server refused the greeting (HELO).</source>
        <translation>Serverul a refuzat salutul (HELO).</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nu există conexiune la server.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle nu v-a trimis parola către %1, deoarece conexiunea nu este criptată.</translation>
    </message>
    <message>
        <source>The server %1 does not offer logging in (no AUTH in its EHLO reply).</source>
        <translation>Serverul %1 nu oferă autentificare (lipsește AUTH din răspunsul său la EHLO).</translation>
    </message>
    <message>
        <source>The server %1 offers no login method Epistle supports (it offers %2; Epistle supports CRAM-MD5, PLAIN and LOGIN).</source>
        <translation>Serverul %1 nu oferă nicio metodă de autentificare acceptată de Epistle (oferă %2; Epistle acceptă CRAM-MD5, PLAIN și LOGIN).</translation>
    </message>
    <message>
        <source>Login failed: the user name or password is wrong.</source>
        <translation>Autentificarea a eșuat: numele de utilizator sau parola sunt greșite.</translation>
    </message>
    <message>
        <source>The server refused this login method (%1).</source>
        <translation>Serverul a refuzat această metodă de autentificare (%1).</translation>
    </message>
    <message>
        <source>The server does not accept the login method %1.</source>
        <translation>Serverul nu acceptă metoda de autentificare %1.</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Autentificarea a eșuat.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Mesajul nu are destinatari.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid.</source>
        <translation>Adresa „%1” nu este validă.</translation>
    </message>
    <message>
        <source>The server %1 does not accept addresses with non-ASCII characters (no SMTPUTF8).</source>
        <translation>Serverul %1 nu acceptă adrese cu caractere non-ASCII (lipsește SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message cannot be read.</source>
        <translation>Mesajul nu poate fi citit.</translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation>Mesajul nu poate fi citit: %1</translation>
    </message>
    <message>
        <source>The message is %1 KB, larger than the %2 KB that the server accepts.</source>
        <translation>Mesajul are %1 KB, mai mult decât cei %2 KB acceptați de server.</translation>
    </message>
    <message>
        <source>The server refused to start a new message (RSET).</source>
        <translation>Serverul a refuzat să înceapă un mesaj nou (RSET).</translation>
    </message>
    <message>
        <source>The server refused the sender %1.</source>
        <translation>Serverul a refuzat expeditorul %1.</translation>
    </message>
    <message>
        <source>The server refused the recipient %1.</source>
        <translation>Serverul a refuzat destinatarul %1.</translation>
    </message>
    <message>
        <source>The server refused the message (DATA).</source>
        <translation>Serverul a refuzat mesajul (DATA).</translation>
    </message>
    <message>
        <source>The message was closed while it was being sent.</source>
        <translation>Mesajul a fost închis în timp ce era trimis.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>Serverul a refuzat mesajul.</translation>
    </message>
    <message>
        <source>The server refused the message (BDAT).</source>
        <translation>Serverul a refuzat mesajul (BDAT).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The message was sent, but the server refused these recipients: %1</source>
        <translation>Mesajul a fost trimis, dar serverul a refuzat acești destinatari: %1</translation>
    </message>
    <message>
        <source>The message was not sent; the server refused these recipients: %1</source>
        <translation>Mesajul nu a fost trimis; serverul a refuzat acești destinatari: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>The server sent a reply line that is too long.</source>
        <translation>Serverul a trimis o linie de răspuns prea lungă.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is malformed (%1): %2</source>
        <translation>Răspunsul serverului are un format greșit (%1): %2</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>Serverul a încheiat sesiunea.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Serverul a trimis un răspuns necerut: %1</translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Error</name>
    <message>
        <source>This is temporary; try again later.</source>
        <translation>Problema este temporară; încercați din nou mai târziu.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Serverul a răspuns: %1</translation>
    </message>
</context>
<context>
    <name>epistle::storage::AccountStore</name>
    <message>
        <source>adding an account</source>
        <translation>adăugarea unui cont</translation>
    </message>
    <message>
        <source>changing an account</source>
        <translation>modificarea unui cont</translation>
    </message>
    <message>
        <source>removing an account</source>
        <translation>eliminarea unui cont</translation>
    </message>
    <message>
        <source>reading an account</source>
        <translation>citirea unui cont</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>listarea conturilor</translation>
    </message>
    <message>
        <source>adding an identity</source>
        <translation>adăugarea unei identități</translation>
    </message>
    <message>
        <source>changing an identity</source>
        <translation>modificarea unei identități</translation>
    </message>
    <message>
        <source>removing an identity</source>
        <translation>eliminarea unei identități</translation>
    </message>
    <message>
        <source>listing identities</source>
        <translation>listarea identităților</translation>
    </message>
    <message>
        <source>choosing the default identity</source>
        <translation>alegerea identității implicite</translation>
    </message>
</context>
<context>
    <name>epistle::storage::BodyCache</name>
    <message>
        <source>reading the cache clock</source>
        <translation>citirea ceasului memoriei cache</translation>
    </message>
    <message>
        <source>caching a message part</source>
        <translation>stocarea în cache a unei părți de mesaj</translation>
    </message>
    <message>
        <source>reading a cached message part</source>
        <translation>citirea unei părți de mesaj din cache</translation>
    </message>
    <message>
        <source>looking up a cached message part</source>
        <translation>căutarea unei părți de mesaj în cache</translation>
    </message>
    <message>
        <source>removing cached message parts</source>
        <translation>eliminarea părților de mesaj din cache</translation>
    </message>
    <message>
        <source>clearing the message cache</source>
        <translation>golirea memoriei cache a mesajelor</translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation>citirea dimensiunii memoriei cache</translation>
    </message>
    <message>
        <source>evicting cached message parts</source>
        <translation>evacuarea părților de mesaj din cache</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Database</name>
    <message>
        <source>The SQLite driver of Qt is missing (install the Qt SQLite plugin).</source>
        <translation>Driverul SQLite al Qt lipsește (instalați modulul SQLite pentru Qt).</translation>
    </message>
    <message>
        <source>The mail database %1 cannot be opened.</source>
        <translation>Baza de date a mesajelor %1 nu poate fi deschisă.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver does not use the system SQLite library that Epistle was built with.</source>
        <translation>Driverul SQLite al Qt nu folosește biblioteca SQLite a sistemului cu care a fost compilat Epistle.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>citirea versiunii schemei</translation>
    </message>
    <message>
        <source>The mail database %1 was written by a newer version of Epistle (schema %2; this version understands up to %3). It has not been changed; please use the newer version.</source>
        <translation>Baza de date a mesajelor %1 a fost scrisă de o versiune mai nouă de Epistle (schema %2; această versiune înțelege până la %3). Nu a fost modificată; folosiți versiunea mai nouă.</translation>
    </message>
    <message>
        <source>reading the file type</source>
        <translation>citirea tipului fișierului</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>citirea schemei</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not an Epistle mail database. It has been left as it is.</source>
        <translation>Fișierul %1 este o bază de date SQLite, dar nu o bază de date de mesaje Epistle. A fost lăsat neschimbat.</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>trecerea la jurnalizarea cu scriere anticipată (write-ahead logging)</translation>
    </message>
    <message>
        <source>The mail database %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation>Baza de date a mesajelor %1 nu poate folosi jurnalizarea cu scriere anticipată (modul de jurnal %2).</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>activarea cheilor externe</translation>
    </message>
    <message>
        <source>setting the sync level</source>
        <translation>setarea nivelului de sincronizare</translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation>setarea timpului de așteptare când baza de date este ocupată</translation>
    </message>
    <message>
        <source>setting the cache size</source>
        <translation>setarea dimensiunii memoriei cache</translation>
    </message>
    <message>
        <source>setting the temporary store</source>
        <translation>setarea stocării temporare</translation>
    </message>
    <message>
        <source>setting the checkpoint interval</source>
        <translation>setarea intervalului dintre punctele de control</translation>
    </message>
    <message>
        <source>setting the log size limit</source>
        <translation>setarea limitei de dimensiune a jurnalului</translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation>pornirea actualizării schemei</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>actualizarea schemei la versiunea %1</translation>
    </message>
    <message>
        <source>marking the file</source>
        <translation>marcarea fișierului</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>înregistrarea versiunii schemei</translation>
    </message>
    <message>
        <source>committing the schema upgrade</source>
        <translation>validarea actualizării schemei</translation>
    </message>
    <message>
        <source>Upgrading the mail database to version %1 (%2) failed; it was left at its previous version.</source>
        <translation>Actualizarea bazei de date a mesajelor la versiunea %1 (%2) a eșuat; aceasta a rămas la versiunea anterioară.</translation>
    </message>
    <message>
        <source>Internal error: a mail database connection was used from another thread.</source>
        <translation>Eroare internă: o conexiune la baza de date a mesajelor a fost folosită dintr-un alt fir de execuție.</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>pregătirea unei instrucțiuni</translation>
    </message>
    <message>
        <source>The damaged mail database %1 could not be moved aside to %2.</source>
        <translation>Baza de date deteriorată a mesajelor %1 nu a putut fi mutată deoparte în %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be moved aside.</source>
        <translation>Fișierul %1 nu a putut fi mutat deoparte.</translation>
    </message>
    <message>
        <source>The mail database %1 cannot be read: %2.</source>
        <translation>Baza de date a mesajelor %1 nu poate fi citită: %2.</translation>
    </message>
    <message>
        <source>The mail database %1 is damaged: %2. It has been left as it is; the local cache can be moved aside and rebuilt from the server.</source>
        <translation>Baza de date a mesajelor %1 este deteriorată: %2. A fost lăsată neschimbată; memoria cache locală poate fi mutată deoparte și reconstruită de pe server.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>nu este o bază de date SQLite</translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation>antetul său nu este valid</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>fișierul este trunchiat</translation>
    </message>
</context>
<context>
    <name>epistle::storage::FolderStore</name>
    <message>
        <source>saving a folder</source>
        <translation>salvarea unui dosar</translation>
    </message>
    <message>
        <source>reading a folder</source>
        <translation>citirea unui dosar</translation>
    </message>
    <message>
        <source>listing folders</source>
        <translation>listarea dosarelor</translation>
    </message>
    <message>
        <source>renaming a folder</source>
        <translation>redenumirea unui dosar</translation>
    </message>
    <message>
        <source>removing a folder</source>
        <translation>eliminarea unui dosar</translation>
    </message>
    <message>
        <source>saving a folder&apos;s sync state</source>
        <translation>salvarea stării de sincronizare a unui dosar</translation>
    </message>
    <message>
        <source>changing a subscription</source>
        <translation>modificarea unui abonament</translation>
    </message>
    <message>
        <source>changing a folder&apos;s role</source>
        <translation>modificarea rolului unui dosar</translation>
    </message>
</context>
<context>
    <name>epistle::storage::MessageStore</name>
    <message>
        <source>loading the threads of a folder</source>
        <translation>încărcarea firelor de discuție ale unui dosar</translation>
    </message>
    <message>
        <source>updating threads</source>
        <translation>actualizarea firelor de discuție</translation>
    </message>
    <message>
        <source>counting messages</source>
        <translation>numărarea mesajelor</translation>
    </message>
    <message>
        <source>storing messages</source>
        <translation>stocarea mesajelor</translation>
    </message>
    <message>
        <source>updating messages</source>
        <translation>actualizarea mesajelor</translation>
    </message>
    <message>
        <source>removing messages</source>
        <translation>eliminarea mesajelor</translation>
    </message>
    <message>
        <source>changing flags</source>
        <translation>modificarea marcajelor</translation>
    </message>
    <message>
        <source>clearing a folder whose UIDVALIDITY changed</source>
        <translation>golirea unui dosar al cărui UIDVALIDITY s-a schimbat</translation>
    </message>
    <message>
        <source>listing messages</source>
        <translation>listarea mesajelor</translation>
    </message>
    <message>
        <source>reading a message</source>
        <translation>citirea unui mesaj</translation>
    </message>
    <message>
        <source>listing UIDs</source>
        <translation>listarea UID-urilor</translation>
    </message>
    <message>
        <source>reading the highest UID</source>
        <translation>citirea celui mai mare UID</translation>
    </message>
    <message>
        <source>listing a thread</source>
        <translation>listarea unui fir de discuție</translation>
    </message>
</context>
<context>
    <name>epistle::storage::OperationQueue</name>
    <message>
        <source>queueing a change for the server</source>
        <translation>punerea în coadă a unei modificări pentru server</translation>
    </message>
    <message>
        <source>reading queued changes</source>
        <translation>citirea modificărilor din coadă</translation>
    </message>
    <message>
        <source>counting queued changes</source>
        <translation>numărarea modificărilor din coadă</translation>
    </message>
    <message>
        <source>starting a queued change</source>
        <translation>pornirea unei modificări din coadă</translation>
    </message>
    <message>
        <source>recording a change done on the server</source>
        <translation>înregistrarea unei modificări efectuate pe server</translation>
    </message>
    <message>
        <source>recording a failed change</source>
        <translation>înregistrarea unei modificări eșuate</translation>
    </message>
    <message>
        <source>removing a queued change</source>
        <translation>eliminarea unei modificări din coadă</translation>
    </message>
    <message>
        <source>recovering interrupted changes</source>
        <translation>recuperarea modificărilor întrerupte</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Outbox</name>
    <message>
        <source>A message without recipients cannot be queued.</source>
        <translation>Un mesaj fără destinatari nu poate fi pus în coadă.</translation>
    </message>
    <message>
        <source>queueing a message for sending</source>
        <translation>punerea în coadă a unui mesaj pentru trimitere</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>citirea dosarului Mesaje de trimis</translation>
    </message>
    <message>
        <source>starting to send a message</source>
        <translation>începerea trimiterii unui mesaj</translation>
    </message>
    <message>
        <source>recording a sent message</source>
        <translation>înregistrarea unui mesaj trimis</translation>
    </message>
    <message>
        <source>recording a sending failure</source>
        <translation>înregistrarea unei trimiteri eșuate</translation>
    </message>
    <message>
        <source>queueing a message again</source>
        <translation>repunerea în coadă a unui mesaj</translation>
    </message>
    <message>
        <source>removing a message from the outbox</source>
        <translation>eliminarea unui mesaj din Mesaje de trimis</translation>
    </message>
    <message>
        <source>recovering interrupted sending</source>
        <translation>recuperarea trimiterilor întrerupte</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Pop3Ledger</name>
    <message>
        <source>recording a downloaded message</source>
        <translation>înregistrarea unui mesaj descărcat</translation>
    </message>
    <message>
        <source>reading the downloaded messages</source>
        <translation>citirea mesajelor descărcate</translation>
    </message>
    <message>
        <source>forgetting downloaded messages</source>
        <translation>uitarea mesajelor descărcate</translation>
    </message>
</context>
<context>
    <name>epistle::storage::SearchIndex</name>
    <message>
        <source>indexing a message body</source>
        <translation>indexarea corpului unui mesaj</translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation>citirea indexului de căutare</translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation>căutarea mesajelor</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>reconstruirea indexului de căutare</translation>
    </message>
    <message>
        <source>indexing messages for search</source>
        <translation>indexarea mesajelor pentru căutare</translation>
    </message>
</context>
<context>
    <name>epistle::storage::StorageError</name>
    <message>
        <source>The mail database is damaged. The local cache can be rebuilt from the server.</source>
        <translation>Baza de date a mesajelor este deteriorată. Memoria cache locală poate fi reconstruită de pe server.</translation>
    </message>
    <message>
        <source>The mail database is busy in another part of the program or another process.</source>
        <translation>Baza de date a mesajelor este ocupată de o altă parte a programului sau de un alt proces.</translation>
    </message>
    <message>
        <source>The disk holding the mail database is full.</source>
        <translation>Discul pe care se află baza de date a mesajelor este plin.</translation>
    </message>
    <message>
        <source>The mail database cannot be opened.</source>
        <translation>Baza de date a mesajelor nu poate fi deschisă.</translation>
    </message>
    <message>
        <source>A change to the mail database was refused by one of its rules.</source>
        <translation>O modificare a bazei de date a mesajelor a fost refuzată de una dintre regulile sale.</translation>
    </message>
    <message>
        <source>Reading or writing the mail database failed (input/output error).</source>
        <translation>Citirea sau scrierea bazei de date a mesajelor a eșuat (eroare de intrare/ieșire).</translation>
    </message>
    <message>
        <source>A mail database operation failed.</source>
        <translation>O operație cu baza de date a mesajelor a eșuat.</translation>
    </message>
    <message>
        <source>While: %1.</source>
        <translation>În timpul operației: %1.</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Transaction</name>
    <message>
        <source>requesting a durable commit</source>
        <translation>solicitarea unei validări durabile</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>pornirea unei tranzacții</translation>
    </message>
    <message>
        <source>Internal error: a durable change was nested in a non-durable transaction.</source>
        <translation>Eroare internă: o modificare durabilă a fost imbricată într-o tranzacție nedurabilă.</translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation>crearea unui punct de salvare</translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed twice.</source>
        <translation>Eroare internă: o tranzacție a fost validată de două ori.</translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed before its inner one.</source>
        <translation>Eroare internă: o tranzacție a fost validată înaintea celei interioare.</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>validarea unei tranzacții</translation>
    </message>
    <message>
        <source>releasing a savepoint</source>
        <translation>eliberarea unui punct de salvare</translation>
    </message>
</context>
<context>
    <name>epistle::sync::AccountWorker</name>
    <message>
        <source>Epistle is shutting down.</source>
        <translation>Epistle se închide.</translation>
    </message>
    <message>
        <source>No password is known for this account.</source>
        <translation>Nu se cunoaște nicio parolă pentru acest cont.</translation>
    </message>
    <message>
        <source>Checking for mail…</source>
        <translation>Se verifică dacă există mesaje noi…</translation>
    </message>
    <message>
        <source>Fetching messages of %1…</source>
        <translation>Se preiau mesajele din %1…</translation>
    </message>
    <message>
        <source>The Archive folder could not be created: %1</source>
        <translation>Dosarul Arhive nu a putut fi creat: %1</translation>
    </message>
    <message>
        <source>The local mail store is not open.</source>
        <translation>Stocarea locală a mesajelor nu este deschisă.</translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation>Dosarul părinte nu mai există.</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Dosarul nu mai există.</translation>
    </message>
    <message>
        <source>The Inbox cannot be renamed.</source>
        <translation>Dosarul Mesaje primite nu poate fi redenumit.</translation>
    </message>
    <message>
        <source>Special folders (Inbox, Sent, Drafts, Trash, …) cannot be deleted.</source>
        <translation>Dosarele speciale (Mesaje primite, Trimise, Ciorne, Coș de gunoi, …) nu pot fi șterse.</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>Mesajul nu mai există.</translation>
    </message>
    <message>
        <source>The message&apos;s content is not stored on this computer.</source>
        <translation>Conținutul mesajului nu este stocat pe acest calculator.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>The message no longer exists on the server.</source>
        <translation>Mesajul nu mai există pe server.</translation>
    </message>
    <message>
        <source>Downloading messages…</source>
        <translation>Se descarcă mesajele…</translation>
    </message>
    <message>
        <source>A message is waiting to be sent, but no password is known for the outgoing server.</source>
        <translation>Un mesaj așteaptă să fie trimis, dar nu se cunoaște nicio parolă pentru serverul de trimitere.</translation>
    </message>
    <message>
        <source>The server has no Drafts folder for this account.</source>
        <translation>Serverul nu are un dosar Ciorne pentru acest cont.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation>Mesaje primite</translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation>Toate mesajele primite</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n mesaj</numerusform>
            <numerusform>%1: %n mesaje</numerusform>
            <numerusform>%1: %n de mesaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n necitit</numerusform>
            <numerusform>, %n necitite</numerusform>
            <numerusform>, %n de necitite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::sync::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(fără subiect)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Cu stea</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Are atașamente</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>Fără stea</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dată</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Atașamente</translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxSender</name>
    <message>
        <source>The message file %1 cannot be read: %2</source>
        <translation>Fișierul mesajului %1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Conexiunea la server a fost închisă.</translation>
    </message>
    <message>
        <source>Sending stopped because the local store failed: %1</source>
        <translation>Trimiterea s-a oprit deoarece stocarea locală a eșuat: %1</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Trimiterea a fost anulată.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxWriter</name>
    <message>
        <source>The message has no sender address (From) and cannot be sent.</source>
        <translation>Mesajul nu are adresă de expeditor (De la) și nu poate fi trimis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete mail address (name@domain).</source>
        <translation>„%1” nu este o adresă de e-mail completă (nume@domeniu).</translation>
    </message>
    <message>
        <source>The message has no recipient (To, Cc or Bcc) and cannot be sent.</source>
        <translation>Mesajul nu are niciun destinatar (Către, Cc sau Bcc) și nu poate fi trimis.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Mesajul este gol.</translation>
    </message>
    <message>
        <source>The message has no header and cannot be sent.</source>
        <translation>Mesajul nu are antet și nu poate fi trimis.</translation>
    </message>
    <message>
        <source>The message could not be written to %1: %2</source>
        <translation>Mesajul nu a putut fi scris în %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
</context>
<context>
    <name>epistle::sync::Pop3Downloader</name>
    <message>
        <source>The server %1 does not list unique message ids (UIDL). Without them Epistle cannot tell new messages from downloaded ones, so it does not download from this server. (%2)</source>
        <translation>Serverul %1 nu listează identificatori unici pentru mesaje (UIDL). Fără ei, Epistle nu poate deosebi mesajele noi de cele deja descărcate, așa că nu descarcă de pe acest server. (%2)</translation>
    </message>
    <message>
        <source>The server %1 gave the same unique id to two messages (%2); Epistle does not download from a mailbox it cannot tell apart.</source>
        <translation>Serverul %1 a dat același identificator unic pentru două mesaje (%2); Epistle nu descarcă dintr-o căsuță poștală ale cărei mesaje nu le poate deosebi.</translation>
    </message>
    <message>
        <source>The server did not confirm removing the downloaded messages: %1</source>
        <translation>Serverul nu a confirmat eliminarea mesajelor descărcate: %1</translation>
    </message>
    <message>
        <source>Downloading stopped because the local store failed: %1</source>
        <translation>Descărcarea s-a oprit deoarece stocarea locală a eșuat: %1</translation>
    </message>
    <message>
        <source>Downloading was cancelled.</source>
        <translation>Descărcarea a fost anulată.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::SecretStore</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Nu este stocată nicio parolă pentru acest cont.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password when it needs it and keep it only until it quits.</source>
        <translation>Inelul de chei al sistemului nu este disponibil (%1). Epistle vă va cere parola când are nevoie de ea și o va păstra doar până la închidere.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::SyncEngine</name>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password each time it starts and keep it only in memory.</source>
        <translation>Inelul de chei al sistemului nu este disponibil (%1). Epistle vă va cere parola la fiecare pornire și o va păstra doar în memorie.</translation>
    </message>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Nu este stocată nicio parolă pentru acest cont.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Oprit.</translation>
    </message>
    <message>
        <source>Checking for mail</source>
        <translation>Verificarea mesajelor noi</translation>
    </message>
    <message>
        <source>No account is set up.</source>
        <translation>Nu este configurat niciun cont.</translation>
    </message>
    <message>
        <source>The account does not exist or is disabled.</source>
        <translation>Contul nu există sau este dezactivat.</translation>
    </message>
    <message>
        <source>Messages can only be moved between folders of the same account; copy them instead.</source>
        <translation>Mesajele pot fi mutate doar între dosare ale aceluiași cont; copiați-le în schimb.</translation>
    </message>
    <message>
        <source>Copying between accounts is not supported yet.</source>
        <translation>Copierea între conturi nu este încă posibilă.</translation>
    </message>
    <message>
        <source>Creating a folder</source>
        <translation>Crearea unui dosar</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dosar trebuie să aibă un nume.</translation>
    </message>
    <message>
        <source>Creating folder %1</source>
        <translation>Crearea dosarului %1</translation>
    </message>
    <message>
        <source>Renaming a folder</source>
        <translation>Redenumirea unui dosar</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Dosarul nu mai există.</translation>
    </message>
    <message>
        <source>Renaming folder to %1</source>
        <translation>Redenumirea dosarului în %1</translation>
    </message>
    <message>
        <source>Deleting a folder</source>
        <translation>Ștergerea unui dosar</translation>
    </message>
    <message>
        <source>Loading a message</source>
        <translation>Încărcarea unui mesaj</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>Mesajul nu mai există.</translation>
    </message>
    <message>
        <source>Searching on the server</source>
        <translation>Căutare pe server</translation>
    </message>
    <message>
        <source>Sending a message</source>
        <translation>Trimiterea unui mesaj</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>Salvarea unei ciorne</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation>Parola nu a putut fi salvată în inelul de chei: %1</translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountStatusBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>offline, retrying at %1</source>
        <translation>deconectat, reîncercare la %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>deconectat</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>se conectează…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>conectat</translation>
    </message>
    <message>
        <source>syncing %1/%2</source>
        <translation>sincronizare %1/%2</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>sincronizare…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>eroare</translation>
    </message>
    <message>
        <source>needs the password</source>
        <translation>necesită parola</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation>Ultima sincronizare: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (și încă %n)</numerusform>
            <numerusform>%1 (și încă %n)</numerusform>
            <numerusform>%1 (și încă %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountWizard</name>
    <message>
        <source>Add Mail Account</source>
        <translation>Adăugare cont de e-mail</translation>
    </message>
    <message>
        <source>Found in the DNS SRV record %1</source>
        <translation>Găsit în înregistrarea DNS SRV %1</translation>
    </message>
    <message>
        <source>Found in the configuration file %1</source>
        <translation>Găsit în fișierul de configurare %1</translation>
    </message>
    <message>
        <source>Found in the configuration file %1, fetched without encryption</source>
        <translation>Găsit în fișierul de configurare %1, preluat fără criptare</translation>
    </message>
    <message>
        <source>Found through the domain of the MX host (%1)</source>
        <translation>Găsit prin domeniul gazdei MX (%1)</translation>
    </message>
    <message>
        <source>Guessed: %1</source>
        <translation>Ghicit: %1</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Introdus manual</translation>
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
        <translation>Niciuna (necriptat)</translation>
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
        <translation>Epistle nu a putut verifica identitatea lui %1: certificatul său a fost refuzat și nu i s-a trimis nimic.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de la %1 până la %2</translation>
    </message>
    <message>
        <source>Trust and Try Again</source>
        <translation>Acordă încredere și reîncearcă</translation>
    </message>
</context>
<context>
    <name>epistle::ui::ComposerWindow</name>
    <message>
        <source>name@example.com, …</source>
        <translation>nume@example.com, …</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Atașare fișiere</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no account to send from yet.</source>
        <translation>Nu există încă niciun cont din care să trimiteți.</translation>
    </message>
    <message>
        <source>%1 cannot be read and was not attached.</source>
        <translation>%1 nu poate fi citit și nu a fost atașat.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in total</source>
        <translation>
            <numerusform>%n atașament, %1 în total</numerusform>
            <numerusform>%n atașamente, %1 în total</numerusform>
            <numerusform>%n de atașamente, %1 în total</numerusform>
        </translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Redactare: (fără subiect)</translation>
    </message>
    <message>
        <source>Write: %1</source>
        <translation>Redactare: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Ciorna nu a putut fi salvată: %1</translation>
    </message>
    <message>
        <source>Draft saved on this computer at %1</source>
        <translation>Ciornă salvată pe acest calculator la %1</translation>
    </message>
    <message>
        <source>Draft saved in Drafts</source>
        <translation>Ciornă salvată în Ciorne</translation>
    </message>
    <message>
        <source>The draft is saved on this computer only: %1</source>
        <translation>Ciorna este salvată doar pe acest calculator: %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimitere</translation>
    </message>
    <message>
        <source>Choose an identity to send from.</source>
        <translation>Alegeți identitatea cu care trimiteți.</translation>
    </message>
    <message>
        <source>The message could not be prepared: %1</source>
        <translation>Mesajul nu a putut fi pregătit: %1</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Adăugați cel puțin un destinatar.</translation>
    </message>
    <message>
        <source>Send this message without a subject?</source>
        <translation>Trimiteți acest mesaj fără subiect?</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Se trimite…</translation>
    </message>
    <message>
        <source>The message could not be queued for sending: %1</source>
        <translation>Mesajul nu a putut fi pus în coadă pentru trimitere: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închidere</translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation>Salvați acest mesaj ca ciornă înainte de închidere?</translation>
    </message>
</context>
<context>
    <name>epistle::ui::ConfirmPage</name>
    <message>
        <source>Your mail for &lt;b&gt;%1&lt;/b&gt; would be handled by servers of &lt;b&gt;%2&lt;/b&gt;, which is not your address&apos;s domain. Epistle has not sent your password anywhere yet.</source>
        <translation>Mesajele dumneavoastră pentru &lt;b&gt;%1&lt;/b&gt; ar fi gestionate de servere din &lt;b&gt;%2&lt;/b&gt;, care nu este domeniul adresei dumneavoastră. Epistle nu v-a trimis încă parola nicăieri.</translation>
    </message>
    <message>
        <source>%1 is my mail provider: use these servers</source>
        <translation>%1 este furnizorul meu de e-mail: folosește aceste servere</translation>
    </message>
</context>
<context>
    <name>epistle::ui::DiscoveryPage</name>
    <message>
        <source>DNS service records (SRV)</source>
        <translation>Înregistrări de serviciu DNS (SRV)</translation>
    </message>
    <message>
        <source>Provider configuration file</source>
        <translation>Fișierul de configurare al furnizorului</translation>
    </message>
    <message>
        <source>Mail exchanger (MX) of the domain</source>
        <translation>Serverul de schimb de e-mail (MX) al domeniului</translation>
    </message>
    <message>
        <source>Usual server names (guessing)</source>
        <translation>Nume uzuale de servere (ghicire)</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>dezactivat</translation>
    </message>
    <message>
        <source>only if needed</source>
        <translation>doar dacă este necesar</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>se caută…</translation>
    </message>
    <message>
        <source>Looking for the servers of %1…</source>
        <translation>Se caută serverele pentru %1…</translation>
    </message>
    <message>
        <source>%1 is not an address Epistle can look up.</source>
        <translation>%1 nu este o adresă pe care Epistle o poate căuta.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) found</source>
        <translation>
            <numerusform>%n server găsit</numerusform>
            <numerusform>%n servere găsite</numerusform>
            <numerusform>%n de servere găsite</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>oprit</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nu este necesar</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nu s-a găsit nimic</translation>
    </message>
    <message>
        <source>Stopped. Enter the settings by hand, starting from what was found.</source>
        <translation>Oprit. Introduceți setările manual, pornind de la ce s-a găsit.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Go on to enter the settings by hand.</source>
        <translation>Nu s-a găsit niciun server de e-mail pentru %1. Continuați pentru a introduce setările manual.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server setting(s) for %1. Go on to review them.</source>
        <translation>
            <numerusform>S-a găsit %n setare de server pentru %1. Continuați pentru a o verifica.</numerusform>
            <numerusform>S-au găsit %n setări de server pentru %1. Continuați pentru a le verifica.</numerusform>
            <numerusform>S-au găsit %n de setări de server pentru %1. Continuați pentru a le verifica.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::DonePage</name>
    <message>
        <source>Saving the account…</source>
        <translation>Se salvează contul…</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Contul nu a putut fi salvat: %1</translation>
    </message>
    <message>
        <source>The account %1 is saved.</source>
        <translation>Contul %1 este salvat.</translation>
    </message>
    <message>
        <source>Your password is kept in the system keychain.</source>
        <translation>Parola dumneavoastră este păstrată în inelul de chei al sistemului.</translation>
    </message>
    <message>
        <source>Your password could not be kept in the system keychain (%1). It is not stored anywhere else: Epistle will ask for it each time it starts.</source>
        <translation>Parola dumneavoastră nu a putut fi păstrată în inelul de chei al sistemului (%1). Nu este stocată nicăieri altundeva: Epistle v-o va cere la fiecare pornire.</translation>
    </message>
    <message>
        <source>Epistle will fetch your mail the next time it starts.</source>
        <translation>Epistle vă va prelua mesajele la următoarea pornire.</translation>
    </message>
    <message>
        <source>Fetching your folders and messages… You can close this window; it goes on in the background.</source>
        <translation>Se preiau dosarele și mesajele dumneavoastră… Puteți închide această fereastră; procesul continuă în fundal.</translation>
    </message>
    <message>
        <source>Your mail is here.</source>
        <translation>Mesajele dumneavoastră au sosit.</translation>
    </message>
    <message>
        <source>The first synchronisation was stopped; Epistle tries again later.</source>
        <translation>Prima sincronizare a fost oprită; Epistle va încerca din nou mai târziu.</translation>
    </message>
    <message>
        <source>The first synchronisation failed: %1. Epistle tries again later.</source>
        <translation>Prima sincronizare a eșuat: %1. Epistle va încerca din nou mai târziu.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::IdentityPage</name>
    <message>
        <source>&quot;%1&quot; is not an email address: it needs a name, an @ and a domain.</source>
        <translation>„%1” nu este o adresă de e-mail: trebuie să conțină un nume, un @ și un domeniu.</translation>
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
        <translation>&amp;Mesaj nou</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Răspunde</translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation>Răspunde &amp;tuturor</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Îna&amp;intează</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Șter&amp;ge</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;hivează</translation>
    </message>
    <message>
        <source>&amp;Mark as Read/Unread</source>
        <translation>Marchează ca citit/&amp;necitit</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Marchează cu &amp;stea</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>&amp;Următorul necitit</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>&amp;Preia mesajele</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Caută</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Fire de discuție</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Dosar &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Redenumește dosarul…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>Șterge dosarul…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Adaugă cont…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mesaj</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principală</translation>
    </message>
    <message>
        <source>A message could not be sent: %1</source>
        <translation>Un mesaj nu a putut fi trimis: %1</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Mesaj trimis.</translation>
    </message>
    <message>
        <source>%1 — Epistle</source>
        <translation>%1 — Epistle</translation>
    </message>
    <message>
        <source>No unread messages here.</source>
        <translation>Niciun mesaj necitit aici.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found here</source>
        <translation>
            <numerusform>%n mesaj găsit aici</numerusform>
            <numerusform>%n mesaje găsite aici</numerusform>
            <numerusform>%n de mesaje găsite aici</numerusform>
        </translation>
    </message>
    <message>
        <source>Message queued for sending.</source>
        <translation>Mesaj pus în coadă pentru trimitere.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Dosar nou</translation>
    </message>
    <message>
        <source>Name of the new folder inside “%1”:</source>
        <translation>Numele noului dosar din „%1”:</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Numele noului dosar:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Redenumire dosar</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nume nou:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ștergere dosar</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every message in it, on the server too?</source>
        <translation>Ștergeți dosarul „%1” și toate mesajele din el, inclusiv de pe server?</translation>
    </message>
    <message>
        <source>Untrusted Certificate: %1</source>
        <translation>Certificat care nu este de încredere: %1</translation>
    </message>
    <message>
        <source>Trust This Certificate for This Account</source>
        <translation>Acordă încredere acestui certificat pentru acest cont</translation>
    </message>
    <message>
        <source>Reading the threads…</source>
        <translation>Se citesc firele de discuție…</translation>
    </message>
</context>
<context>
    <name>epistle::ui::MessageView</name>
    <message>
        <source>Load remote images and styles of this message once</source>
        <translation>Încarcă o singură dată imaginile și stilurile de la distanță ale acestui mesaj</translation>
    </message>
    <message>
        <source>Always load remote content in messages from this sender</source>
        <translation>Încarcă întotdeauna conținutul de la distanță din mesajele acestui expeditor</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Se încarcă mesajul…</translation>
    </message>
    <message>
        <source>The message could not be loaded.</source>
        <translation>Mesajul nu a putut fi încărcat.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(fără subiect)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salvează ca…</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>Acest mesaj nu are text.</translation>
    </message>
    <message numerus="yes">
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>Conținutul de la distanță a fost blocat pentru a vă proteja confidențialitatea (%n element).</numerusform>
            <numerusform>Conținutul de la distanță a fost blocat pentru a vă proteja confidențialitatea (%n elemente).</numerusform>
            <numerusform>Conținutul de la distanță a fost blocat pentru a vă proteja confidențialitatea (%n de elemente).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Deschidere atașament</translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation>Atașamentul nu a putut fi scris: %1</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Salvare atașament</translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation>Atașamentul nu a putut fi salvat: %1</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Salvarea tuturor atașamentelor</translation>
    </message>
    <message>
        <source>Some attachments could not be saved:
%1</source>
        <translation>Unele atașamente nu au putut fi salvate:
%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Atașament</translation>
    </message>
    <message>
        <source>The attachment could not be fetched from the server: %1</source>
        <translation>Atașamentul nu a putut fi adus de pe server: %1</translation>
    </message>
    <message>
        <source>not fetched from the server</source>
        <translation>neadus de pe server</translation>
    </message>
</context>
<context>
    <name>epistle::ui::PasswordDialog</name>
    <message>
        <source>Enter the password of the account “%1” to receive mail.</source>
        <translation>Introduceți parola contului „%1” pentru a primi mesaje.</translation>
    </message>
    <message>
        <source>Enter the password of the account “%1” to send mail.</source>
        <translation>Introduceți parola contului „%1” pentru a trimite mesaje.</translation>
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
        <translation>Niciuna (necriptat)</translation>
    </message>
    <message>
        <source>Blocked, with a bar to load it</source>
        <translation>Blocat, cu o bară pentru încărcare</translation>
    </message>
    <message>
        <source>Always loaded</source>
        <translation>Încărcat întotdeauna</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Niciodată</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
    <message>
        <source>&amp;Incoming server (POP3):</source>
        <translation>Server de &amp;primire (POP3):</translation>
    </message>
    <message>
        <source>&amp;Incoming server (IMAP):</source>
        <translation>Server de &amp;primire (IMAP):</translation>
    </message>
    <message>
        <source>An account needs a name and an incoming server.</source>
        <translation>Un cont are nevoie de un nume și de un server de primire.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>Contul a fost salvat.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Eliminare cont</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its messages are removed from this computer (not from the server), and its password from the keychain.</source>
        <translation>Eliminați contul „%1”? Mesajele sale sunt eliminate de pe acest calculator (nu și de pe server), iar parola sa din inelul de chei.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Se elimină…</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Contul a fost eliminat.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Introduceți o adresă de e-mail, de exemplu nume@example.com.</translation>
    </message>
    <message>
        <source>The identity was saved.</source>
        <translation>Identitatea a fost salvată.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::SettingsPage</name>
    <message>
        <source>Enter the server settings your provider gives you.</source>
        <translation>Introduceți setările de server primite de la furnizorul dumneavoastră.</translation>
    </message>
    <message>
        <source>The search was stopped. What it found so far is listed; complete the rest by hand.</source>
        <translation>Căutarea a fost oprită. Ce s-a găsit până acum este afișat în listă; completați restul manual.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings your provider gives you.</source>
        <translation>Nu s-a găsit niciun server de e-mail pentru %1. Introduceți setările primite de la furnizorul dumneavoastră.</translation>
    </message>
    <message>
        <source>These settings were found for %1. Change anything that is not right.</source>
        <translation>Aceste setări au fost găsite pentru %1. Modificați tot ce nu este corect.</translation>
    </message>
    <message>
        <source>No incoming server was found: enter it by hand.</source>
        <translation>Nu s-a găsit niciun server de primire: introduceți-l manual.</translation>
    </message>
    <message>
        <source>No outgoing server was found: enter it by hand.</source>
        <translation>Nu s-a găsit niciun server de trimitere: introduceți-l manual.</translation>
    </message>
    <message>
        <source>Your provider says it does not offer %1.</source>
        <translation>Furnizorul dumneavoastră declară că nu oferă %1.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (la %2)</translation>
    </message>
    <message>
        <source>Other settings, entered by hand</source>
        <translation>Alte setări, introduse manual</translation>
    </message>
    <message>
        <source>e.g. imap.%1</source>
        <translation>de ex. imap.%1</translation>
    </message>
    <message>
        <source>e.g. smtp.%1</source>
        <translation>de ex. smtp.%1</translation>
    </message>
    <message>
        <source>%1. This server is outside your address&apos;s domain: you will be asked to confirm %2 first.</source>
        <translation>%1. Acest server se află în afara domeniului adresei dumneavoastră: vi se va cere mai întâi să confirmați %2.</translation>
    </message>
    <message>
        <source>Epistle sends no password to %1 without encryption: choose SSL/TLS or STARTTLS.</source>
        <translation>Epistle nu trimite nicio parolă către %1 fără criptare: alegeți SSL/TLS sau STARTTLS.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::TrayIcon</name>
    <message numerus="yes">
        <source>Epistle: %n unread message(s)</source>
        <translation>
            <numerusform>Epistle: %n mesaj necitit</numerusform>
            <numerusform>Epistle: %n mesaje necitite</numerusform>
            <numerusform>Epistle: %n de mesaje necitite</numerusform>
        </translation>
    </message>
    <message>
        <source>Epistle</source>
        <translation>Epistle</translation>
    </message>
    <message>
        <source>New mail from %1</source>
        <translation>E-mail nou de la %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mesaj nou</numerusform>
            <numerusform>%n mesaje noi</numerusform>
            <numerusform>%n de mesaje noi</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest from %1: %2</source>
        <translation>Cel mai recent, de la %1: %2</translation>
    </message>
</context>
<context>
    <name>epistle::ui::VerifyPage</name>
    <message>
        <source>&amp;Add Account</source>
        <translation>&amp;Adaugă contul</translation>
    </message>
    <message>
        <source>Signing in to %1 and %2…</source>
        <translation>Autentificare la %1 și %2…</translation>
    </message>
    <message>
        <source>Signed in to both servers as %1. Add the account to start receiving mail.</source>
        <translation>Autentificat la ambele servere ca %1. Adăugați contul pentru a începe să primiți mesaje.</translation>
    </message>
    <message>
        <source>Signed in as %1 (incoming) and %2 (outgoing). Add the account to start receiving mail.</source>
        <translation>Autentificat ca %1 (primire) și %2 (trimitere). Adăugați contul pentru a începe să primiți mesaje.</translation>
    </message>
    <message>
        <source>Enter the password again and try again.</source>
        <translation>Reintroduceți parola și încercați din nou.</translation>
    </message>
    <message>
        <source>Look at the certificate to decide whether to trust it, or go back and choose another server.</source>
        <translation>Examinați certificatul pentru a decide dacă îi acordați încredere sau reveniți și alegeți alt server.</translation>
    </message>
    <message>
        <source>Go back to change the settings, or try again.</source>
        <translation>Reveniți pentru a modifica setările sau încercați din nou.</translation>
    </message>
    <message>
        <source>You trusted the certificate %1 for this account.</source>
        <translation>Ați acordat încredere certificatului %1 pentru acest cont.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands (run without one to open the window):
</source>
        <translation>Comenzi (rulați fără comandă pentru a deschide fereastra):
</translation>
    </message>
    <message>
        <source>Run &apos;epistle &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>Rulați &apos;epistle &lt;comandă&gt; --help&apos; pentru opțiunile unei comenzi.
</translation>
    </message>
    <message>
        <source>Epistle, a desktop mail client.</source>
        <translation>Epistle, un client de e-mail pentru desktop.</translation>
    </message>
    <message>
        <source>Keep all state (settings, database, caches, logs) in &lt;dir&gt;.</source>
        <translation>Păstrează toată starea (setări, bază de date, cache-uri, jurnale) în &lt;dosar&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dosar</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afișează versiunea și iese.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Afișează acest ajutor și iese.</translation>
    </message>
    <message>
        <source>A mailto: link to compose (optional).</source>
        <translation>Un link mailto: pentru redactare (opțional).</translation>
    </message>
    <message>
        <source>Try &apos;epistle --help&apos;.</source>
        <translation>Încercați &apos;epistle --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Try &apos;epistle --help&apos;.</source>
        <translation>Comandă necunoscută &apos;%1&apos;. Încercați &apos;epistle --help&apos;.</translation>
    </message>
</context>
<context>
    <name>send</name>
    <message>
        <source>Queue a message (an RFC 5322 file, &apos;-&apos; for standard input) in the Outbox and send it.</source>
        <translation>Pune în coadă un mesaj (un fișier RFC 5322, „-” pentru intrarea standard) în Mesaje de trimis și îl trimite.</translation>
    </message>
    <message>
        <source>The account to send with (name or id).</source>
        <translation>Contul cu care se trimite (nume sau id).</translation>
    </message>
    <message>
        <source>The message to send.</source>
        <translation>Mesajul de trimis.</translation>
    </message>
    <message>
        <source>Usage: epistle send FILE.eml --account NAME</source>
        <translation>Utilizare: epistle send FIȘIER.eml --account NUME</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nu se poate citi %1: %2</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Nu există niciun cont „%1”.</translation>
    </message>
    <message>
        <source>The message was not sent: %1
It stays in the Outbox.</source>
        <translation>Mesajul nu a fost trimis: %1
Rămâne în Mesaje de trimis.</translation>
    </message>
    <message>
        <source>The message could not be sent yet: %1
It stays in the Outbox and is sent at the next synchronisation (next try after %2).</source>
        <translation>Mesajul nu a putut fi trimis încă: %1
Rămâne în Mesaje de trimis și va fi trimis la următoarea sincronizare (următoarea încercare după %2).</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Trimis.</translation>
    </message>
    <message>
        <source>The message stays in the Outbox: %1</source>
        <translation>Mesajul rămâne în Mesaje de trimis: %1</translation>
    </message>
    <message>
        <source>The message was not queued: %1</source>
        <translation>Mesajul nu a fost pus în coadă: %1</translation>
    </message>
    <message>
        <source>Sent, but the copy for the Sent folder waits for the next synchronisation: %1</source>
        <translation>Trimis, dar copia pentru dosarul Trimise așteaptă următoarea sincronizare: %1</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Synchronise folder lists, message summaries, pending offline changes and the Outbox once.</source>
        <translation>Sincronizează o singură dată listele de dosare, rezumatele mesajelor, modificările în așteptare făcute în modul deconectat și Mesaje de trimis.</translation>
    </message>
    <message>
        <source>Only this account (name or id).</source>
        <translation>Doar acest cont (nume sau id).</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Afișează rezumatul ca JSON.</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Nu afișează progresul la ieșirea de erori standard.</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Nu există niciun cont „%1”.</translation>
    </message>
    <message>
        <source>No account is set up. Add one with &apos;epistle account add&apos;.</source>
        <translation>Nu este configurat niciun cont. Adăugați unul cu „epistle account add”.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 folders, %3 messages (%4 unread), %5 changes pending, %6 in the Outbox</source>
        <translation>%1: dosare: %2, mesaje: %3 (necitite: %4), modificări în așteptare: %5, în Mesaje de trimis: %6</translation>
    </message>
    <message>
        <source>Synchronisation failed: %1</source>
        <translation>Sincronizarea a eșuat: %1</translation>
    </message>
</context>
</TS>
