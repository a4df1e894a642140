<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>AccountState</name>
    <message>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Γίνεται σύνδεση</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Σε σύνδεση</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Συγχρονισμός</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Απαιτείται κωδικός πρόσβασης</translation>
    </message>
</context>
<context>
    <name>AddressSuggestions</name>
    <message>
        <source>reading addresses</source>
        <translation>ανάγνωση διευθύνσεων</translation>
    </message>
</context>
<context>
    <name>AttachmentSaver</name>
    <message>
        <source>The part has no content</source>
        <translation>Το τμήμα δεν έχει περιεχόμενο</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1</translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation>Η εγγραφή του %1 απέτυχε</translation>
    </message>
</context>
<context>
    <name>AutoconfigXml</name>
    <message>
        <source>The configuration file is not valid XML: %1 (line %2)</source>
        <translation>Το αρχείο ρυθμίσεων δεν είναι έγκυρο XML: %1 (γραμμή %2)</translation>
    </message>
    <message>
        <source>The file is not a mail client configuration (no clientConfig element).</source>
        <translation>Το αρχείο δεν είναι αρχείο ρυθμίσεων προγράμματος αλληλογραφίας (δεν υπάρχει στοιχείο clientConfig).</translation>
    </message>
    <message>
        <source>Skipped a server of type &quot;%1&quot;.</source>
        <translation>Παραλείφθηκε διακομιστής τύπου &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Skipped an incomplete %1 server entry.</source>
        <translation>Παραλείφθηκε μια ελλιπής καταχώριση διακομιστή %1.</translation>
    </message>
    <message>
        <source>Skipped %1 on %2: it needs a sign-in method Epistle does not offer (%3).</source>
        <translation>Παραλείφθηκε το %1 στο %2: απαιτεί μέθοδο σύνδεσης που δεν προσφέρει το Epistle (%3).</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>Server: %1</source>
        <translation>Διακομιστής: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Υποκείμενο: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Εκδότης: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Ισχύει από %1 έως %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Αποτύπωμα SHA-256: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Πρόβλημα: %1</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Write</source>
        <translation>Σύνταξη</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Απ&amp;οστολή</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Αποστολή του μηνύματος (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Επισύναψη…</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Αποθήκευση &amp;πρόχειρου</translation>
    </message>
    <message>
        <source>&amp;Rich text</source>
        <translation>Μορ&amp;φοποιημένο κείμενο</translation>
    </message>
    <message>
        <source>Formatted text, sent together with a plain text version</source>
        <translation>Μορφοποιημένο κείμενο, που αποστέλλεται μαζί με μια έκδοση απλού κειμένου</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Ε</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Έντονα</translation>
    </message>
    <message>
        <source>I</source>
        <translation>Π</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Πλάγια</translation>
    </message>
    <message>
        <source>U</source>
        <translation>Υ</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Υπογράμμιση</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Λίστα με κουκκίδες</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Από:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Π&amp;ρος:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Κοιν.:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Κρ&amp;υφή κοιν.:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Θέμα:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Κείμενο μηνύματος</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Συνημμένα</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Αφαίρε&amp;ση</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <source>The server reported too many messages.</source>
        <translation>Ο διακομιστής ανέφερε υπερβολικά πολλά μηνύματα.</translation>
    </message>
</context>
<context>
    <name>ForwardBuilder</name>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Προωθημένο μήνυμα --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Θέμα: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Ημερομηνία: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Από: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Προς: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Κοιν.: %1</translation>
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
        <translation>Η βάση δεδομένων αλληλογραφίας δεν μπορεί να χρησιμοποιηθεί: %1

%2</translation>
    </message>
    <message>
        <source>Epistle %1: the main window is not part of this build yet. Profile: %2
Use the headless commands (epistle --help).</source>
        <translation>Epistle %1: το κύριο παράθυρο δεν περιλαμβάνεται ακόμη σε αυτή την έκδοση. Προφίλ: %2
Χρησιμοποιήστε τις εντολές χωρίς γραφικό περιβάλλον (epistle --help).</translation>
    </message>
    <message>
        <source>Later starts cannot hand mailto: links to this window: %1</source>
        <translation>Οι επόμενες εκκινήσεις δεν θα μπορούν να μεταβιβάζουν συνδέσμους mailto: σε αυτό το παράθυρο: %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Print a message file parsed, as JSON: headers, addresses, the part tree, the text a reader shows and the attachments.</source>
        <translation>Ανάλυση ενός αρχείου μηνύματος και εμφάνισή του σε μορφή JSON: κεφαλίδες, διευθύνσεις, δέντρο τμημάτων, το κείμενο που βλέπει ο αναγνώστης και τα συνημμένα.</translation>
    </message>
    <message>
        <source>Show the plain text alternative.</source>
        <translation>Εμφάνιση της εναλλακτικής μορφής απλού κειμένου.</translation>
    </message>
    <message>
        <source>Show the HTML alternative (default).</source>
        <translation>Εμφάνιση της εναλλακτικής μορφής HTML (προεπιλογή).</translation>
    </message>
    <message>
        <source>Keep remote images and style references in the sanitized HTML.</source>
        <translation>Διατήρηση των απομακρυσμένων εικόνων και των αναφορών σε στυλ στο εκκαθαρισμένο HTML.</translation>
    </message>
    <message>
        <source>Print the JSON on one line.</source>
        <translation>Εμφάνιση του JSON σε μία γραμμή.</translation>
    </message>
    <message>
        <source>The message (.eml), or - for standard input.</source>
        <translation>Το μήνυμα (.eml) ή - για την τυπική είσοδο.</translation>
    </message>
    <message>
        <source>Usage: epistle inspect [options] FILE.eml|-</source>
        <translation>Χρήση: epistle inspect [επιλογές] ΑΡΧΕΙΟ.eml|-</translation>
    </message>
    <message>
        <source>--prefer-plain and --prefer-html exclude each other</source>
        <translation>Τα --prefer-plain και --prefer-html αλληλοαποκλείονται</translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της τυπικής εισόδου</translation>
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
        <translation>Φάκελοι</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Μη αναγνωσμένα</translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation>Εμφάνιση μόνο των μη αναγνωσμένων μηνυμάτων</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Με αστέρι</translation>
    </message>
    <message>
        <source>Show only starred messages</source>
        <translation>Εμφάνιση μόνο των μηνυμάτων με αστέρι</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Συνημμένο</translation>
    </message>
    <message>
        <source>Show only messages with attachments</source>
        <translation>Εμφάνιση μόνο των μηνυμάτων με συνημμένα</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+K)</source>
        <translation>Αναζήτηση μηνυμάτων (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Μηνύματα</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>Cannot read the attachment %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του συνημμένου %1: %2</translation>
    </message>
</context>
<context>
    <name>MessageListQueries</name>
    <message>
        <source>The mail database has no native handle.</source>
        <translation>Η βάση δεδομένων αλληλογραφίας δεν έχει εγγενή χειριστή.</translation>
    </message>
    <message>
        <source>The message list could not be read.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση της λίστας μηνυμάτων.</translation>
    </message>
    <message>
        <source>reading message list rows</source>
        <translation>ανάγνωση γραμμών της λίστας μηνυμάτων</translation>
    </message>
    <message>
        <source>reading a thread</source>
        <translation>ανάγνωση ενός νήματος</translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>Το %1 δεν είναι κανονικό αρχείο</translation>
    </message>
    <message>
        <source>The input is not readable</source>
        <translation>Η είσοδος δεν είναι αναγνώσιμη</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>From:</source>
        <translation>Από:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Προς:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Κοιν.:</translation>
    </message>
    <message>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation>Το απομακρυσμένο περιεχόμενο αποκλείστηκε για την προστασία του απορρήτου σας.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Φόρτωση</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>Πάντα για αυτόν τον αποστολέα</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Αποθήκευση όλων…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Κείμενο μηνύματος</translation>
    </message>
</context>
<context>
    <name>OperationReplayer</name>
    <message numerus="yes">
        <source>changing the flags of %n message(s)</source>
        <translation>
            <numerusform>αλλαγή των σημαιών %n μηνύματος</numerusform>
            <numerusform>αλλαγή των σημαιών %n μηνυμάτων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moving %n message(s)</source>
        <translation>
            <numerusform>μετακίνηση %n μηνύματος</numerusform>
            <numerusform>μετακίνηση %n μηνυμάτων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copying %n message(s)</source>
        <translation>
            <numerusform>αντιγραφή %n μηνύματος</numerusform>
            <numerusform>αντιγραφή %n μηνυμάτων</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleting %n message(s)</source>
        <translation>
            <numerusform>διαγραφή %n μηνύματος</numerusform>
            <numerusform>διαγραφή %n μηνυμάτων</numerusform>
        </translation>
    </message>
    <message>
        <source>storing a message</source>
        <translation>αποθήκευση ενός μηνύματος</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Ο φάκελος δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>A change could not be made on the server (%1): %2</source>
        <translation>Δεν ήταν δυνατό να γίνει μια αλλαγή στον διακομιστή (%1): %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Needed</source>
        <translation>Απαιτείται κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Απομνημόνευση στην κλειδοθήκη του συστήματος</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου προφίλ %1</translation>
    </message>
</context>
<context>
    <name>ReplyBuilder</name>
    <message>
        <source>%1 wrote:</source>
        <translation>Ο/Η %1 έγραψε:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Στις %1, ο/η %2 έγραψε:</translation>
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
        <translation>χωρίς κρυπτογράφηση</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>No password is known for this account.</source>
        <translation>Δεν είναι γνωστός κωδικός πρόσβασης για αυτόν τον λογαριασμό.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Λογαριασμοί</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>&amp;Incoming server:</source>
        <translation>&amp;Εισερχόμενος διακομιστής:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>&amp;Outgoing server:</source>
        <translation>Ε&amp;ξερχόμενος διακομιστής:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Όνομα χρή&amp;στη:</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Ε&amp;φαρμογή</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Ταυτότητες</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Διεύθυνση:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Απάντηση σε:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Υπογραφή:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Ανάγνωση</translation>
    </message>
    <message>
        <source>Show the &amp;plain text version of messages when there is one</source>
        <translation>Εμφάνιση της έκδοσης &amp;απλού κειμένου των μηνυμάτων, όταν υπάρχει</translation>
    </message>
    <message>
        <source>Remote &amp;content:</source>
        <translation>Απο&amp;μακρυσμένο περιεχόμενο:</translation>
    </message>
    <message>
        <source>&amp;Mark as read after:</source>
        <translation>&amp;Σήμανση ως αναγνωσμένο μετά από:</translation>
    </message>
    <message>
        <source>Remote content always loaded from:</source>
        <translation>Απομακρυσμένο περιεχόμενο που φορτώνεται πάντα από:</translation>
    </message>
    <message>
        <source>Remove Sender</source>
        <translation>Αφαίρεση αποστολέα</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Η νέα γλώσσα θα χρησιμοποιηθεί από την επόμενη εκκίνηση.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Ο διακομιστής ανέφερε σφάλμα: %1</translation>
    </message>
    <message>
        <source>The local mail store failed: %1</source>
        <translation>Η τοπική αποθήκη αλληλογραφίας απέτυχε: %1</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Εσωτερικό σφάλμα: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
</context>
<context>
    <name>WizardCertificateDialog</name>
    <message>
        <source>Certificate problem</source>
        <translation>Πρόβλημα πιστοποιητικού</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Διακομιστής:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Εκδόθηκε για:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Εκδόθηκε από:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Ισχύς:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Αποτύπωμα SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Προβλήματα:</translation>
    </message>
    <message>
        <source>Trust it only if you can compare the fingerprint with one your provider or administrator gave you. Epistle will then accept this one certificate, and no other, for this account.</source>
        <translation>Εμπιστευτείτε το μόνο αν μπορείτε να συγκρίνετε το αποτύπωμα με αυτό που σας έδωσε ο πάροχος ή ο διαχειριστής σας. Τότε το Epistle θα αποδέχεται αυτό το συγκεκριμένο πιστοποιητικό, και κανένα άλλο, για αυτόν τον λογαριασμό.</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this account</source>
        <translation>&amp;Εμπιστοσύνη σε αυτό το πιστοποιητικό για αυτόν τον λογαριασμό</translation>
    </message>
</context>
<context>
    <name>WizardConfirmPage</name>
    <message>
        <source>Is this your provider?</source>
        <translation>Είναι αυτός ο πάροχός σας;</translation>
    </message>
    <message>
        <source>A server outside your address&apos;s domain gets your password only with your approval.</source>
        <translation>Ένας διακομιστής εκτός του τομέα της διεύθυνσής σας λαμβάνει τον κωδικό πρόσβασής σας μόνο με την έγκρισή σας.</translation>
    </message>
    <message>
        <source>These servers were learnt from DNS (or an unencrypted download), which someone on your network could forge to collect your password. Continue only if you know that your provider uses them; otherwise go back and enter the settings your provider gives you.</source>
        <translation>Αυτοί οι διακομιστές βρέθηκαν μέσω DNS (ή μέσω μη κρυπτογραφημένης λήψης), πληροφορίες που κάποιος στο δίκτυό σας θα μπορούσε να πλαστογραφήσει για να υποκλέψει τον κωδικό πρόσβασής σας. Συνεχίστε μόνο αν γνωρίζετε ότι ο πάροχός σας τους χρησιμοποιεί· διαφορετικά, επιστρέψτε και εισαγάγετε τις ρυθμίσεις που σας δίνει ο πάροχός σας.</translation>
    </message>
</context>
<context>
    <name>WizardDiscoveryPage</name>
    <message>
        <source>Looking for your mail servers</source>
        <translation>Αναζήτηση των διακομιστών αλληλογραφίας σας</translation>
    </message>
    <message>
        <source>Epistle asks DNS, your provider&apos;s configuration file and the usual server names. No password is sent while it searches.</source>
        <translation>Το Epistle ρωτά το DNS, το αρχείο ρυθμίσεων του παρόχου σας και τα συνήθη ονόματα διακομιστών. Κανένας κωδικός πρόσβασης δεν αποστέλλεται κατά την αναζήτηση.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>What was tried:</source>
        <translation>Τι δοκιμάστηκε:</translation>
    </message>
    <message>
        <source>&amp;Stop and enter the settings by hand</source>
        <translation>&amp;Διακοπή και χειροκίνητη εισαγωγή των ρυθμίσεων</translation>
    </message>
</context>
<context>
    <name>WizardDonePage</name>
    <message>
        <source>Your account</source>
        <translation>Ο λογαριασμός σας</translation>
    </message>
    <message>
        <source>The account is saved, and Epistle fetches your mail.</source>
        <translation>Ο λογαριασμός αποθηκεύτηκε και το Epistle λαμβάνει την αλληλογραφία σας.</translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation>&amp;Αποθήκευση ξανά</translation>
    </message>
    <message>
        <source>First synchronisation</source>
        <translation>Πρώτος συγχρονισμός</translation>
    </message>
</context>
<context>
    <name>WizardIdentityPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Ο λογαριασμός αλληλογραφίας σας</translation>
    </message>
    <message>
        <source>Epistle looks up your provider&apos;s servers from your address. Your password is sent only to those servers, over encrypted connections, once you have seen them.</source>
        <translation>Το Epistle αναζητά τους διακομιστές του παρόχου σας με βάση τη διεύθυνσή σας. Ο κωδικός πρόσβασής σας αποστέλλεται μόνο σε αυτούς τους διακομιστές, μέσω κρυπτογραφημένων συνδέσεων, αφού πρώτα τους δείτε.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Το ό&amp;νομά σας:</translation>
    </message>
    <message>
        <source>As others will see it, e.g. Ada Lovelace</source>
        <translation>Όπως θα το βλέπουν οι άλλοι, π.χ. Άντα Λάβλεϊς</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Διεύθυνση email:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Also look for settings over unencrypted &amp;HTTP (less safe: anyone on the network could alter them)</source>
        <translation>Αναζήτηση ρυθμίσεων και μέσω μη κρυπτογραφημένου &amp;HTTP (λιγότερο ασφαλές: οποιοσδήποτε στο δίκτυο θα μπορούσε να τις αλλοιώσει)</translation>
    </message>
    <message>
        <source>Know your server settings already?</source>
        <translation>Γνωρίζετε ήδη τις ρυθμίσεις του διακομιστή σας;</translation>
    </message>
    <message>
        <source>Set up &amp;manually…</source>
        <translation>&amp;Χειροκίνητη ρύθμιση…</translation>
    </message>
</context>
<context>
    <name>WizardSettingsPage</name>
    <message>
        <source>Server settings</source>
        <translation>Ρυθμίσεις διακομιστή</translation>
    </message>
    <message>
        <source>Where Epistle fetches and sends your mail, and where each setting was found.</source>
        <translation>Από πού το Epistle λαμβάνει και πού στέλνει την αλληλογραφία σας, και πού βρέθηκε κάθε ρύθμιση.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Εισερχόμενη αλληλογραφία</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Βρέθηκε:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>&amp;Πρωτόκολλο:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Διακομιστής:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Θύρα:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Ασφάλεια:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Εξερχόμενη αλληλογραφία (SMTP)</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>Διακο&amp;μιστής:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Ασφά&amp;λεια:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Ό&amp;νομα χρήστη:</translation>
    </message>
</context>
<context>
    <name>WizardVerifyPage</name>
    <message>
        <source>Signing in</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>Epistle signs in to the incoming and the outgoing server to check the settings and the password.</source>
        <translation>Το Epistle συνδέεται στον διακομιστή εισερχομένων και στον διακομιστή εξερχομένων για να ελέγξει τις ρυθμίσεις και τον κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Show the &amp;certificate…</source>
        <translation>Εμφάνιση του &amp;πιστοποιητικού…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Νέα προσπάθεια</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Τι έγινε:</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>Add a mail account. The password is read from standard input.</source>
        <translation>Προσθήκη λογαριασμού αλληλογραφίας. Ο κωδικός πρόσβασης διαβάζεται από την τυπική είσοδο.</translation>
    </message>
    <message>
        <source>Account name shown in Epistle.</source>
        <translation>Όνομα του λογαριασμού όπως εμφανίζεται στο Epistle.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Διεύθυνση email.</translation>
    </message>
    <message>
        <source>Your name on outgoing mail.</source>
        <translation>Το όνομά σας στα εξερχόμενα μηνύματα.</translation>
    </message>
    <message>
        <source>IMAP server.</source>
        <translation>Διακομιστής IMAP.</translation>
    </message>
    <message>
        <source>POP3 server.</source>
        <translation>Διακομιστής POP3.</translation>
    </message>
    <message>
        <source>SMTP submission server.</source>
        <translation>Διακομιστής υποβολής SMTP.</translation>
    </message>
    <message>
        <source>tls, starttls or none (default: by port).</source>
        <translation>tls, starttls ή none (προεπιλογή: ανάλογα με τη θύρα).</translation>
    </message>
    <message>
        <source>User name (default: the email address).</source>
        <translation>Όνομα χρήστη (προεπιλογή: η διεύθυνση email).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for this account.</source>
        <translation>Εμπιστοσύνη και στα πιστοποιητικά CA αυτού του αρχείου PEM για αυτόν τον λογαριασμό.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Ανάγνωση του κωδικού πρόσβασης από την τυπική είσοδο.</translation>
    </message>
    <message>
        <source>Needed: --email, one of --imap or --pop3 (host:port), and --smtp (host:port).</source>
        <translation>Απαιτούνται: --email, ένα από τα --imap ή --pop3 (host:port) και --smtp (host:port).</translation>
    </message>
    <message>
        <source>Security must be tls, starttls or none.</source>
        <translation>Η ασφάλεια πρέπει να είναι tls, starttls ή none.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Το αρχείο δεν υπάρχει: %1</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation>Υπάρχει ήδη λογαριασμός με το όνομα &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added account %1 (id %2).</source>
        <translation>Προστέθηκε ο λογαριασμός %1 (αναγνωριστικό %2).</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Δεν υπάρχει λογαριασμός &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removed account %1.</source>
        <translation>Αφαιρέθηκε ο λογαριασμός %1.</translation>
    </message>
    <message>
        <source>Usage: epistle account add [options] | list [--json] | remove &lt;id or name&gt;
Run &apos;epistle account add --help&apos; for the options of add.</source>
        <translation>Χρήση: epistle account add [επιλογές] | list [--json] | remove &lt;αναγνωριστικό ή όνομα&gt;
Εκτελέστε &apos;epistle account add --help&apos; για τις επιλογές της εντολής add.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add, list or remove mail accounts</source>
        <translation>Προσθήκη, εμφάνιση λίστας ή αφαίρεση λογαριασμών αλληλογραφίας</translation>
    </message>
    <message>
        <source>Find the mail servers for an email address; prints JSON</source>
        <translation>Εύρεση των διακομιστών αλληλογραφίας για μια διεύθυνση email· εμφανίζει JSON</translation>
    </message>
    <message>
        <source>Print a message file (.eml) parsed, as JSON</source>
        <translation>Εμφάνιση ενός αρχείου μηνύματος (.eml) αναλυμένου, σε μορφή JSON</translation>
    </message>
    <message>
        <source>Queue a message in the Outbox and send it</source>
        <translation>Προσθήκη μηνύματος στα Εξερχόμενα και αποστολή του</translation>
    </message>
    <message>
        <source>Synchronise accounts once (folders, summaries, offline changes, Outbox)</source>
        <translation>Συγχρονισμός των λογαριασμών μία φορά (φάκελοι, περιλήψεις, αλλαγές εκτός σύνδεσης, Εξερχόμενα)</translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Find the mail servers for an email address (DNS SRV, autoconfig, MX, guessing) and print them as JSON.</source>
        <translation>Εύρεση των διακομιστών αλληλογραφίας για μια διεύθυνση email (DNS SRV, autoconfig, MX, εικασία) και εμφάνισή τους σε μορφή JSON.</translation>
    </message>
    <message>
        <source>The email address.</source>
        <translation>Η διεύθυνση email.</translation>
    </message>
    <message>
        <source>Ask this DNS server (port 53) instead of the system&apos;s.</source>
        <translation>Ερώτηση αυτού του διακομιστή DNS (θύρα 53) αντί για εκείνον του συστήματος.</translation>
    </message>
    <message>
        <source>Do not guess and probe server names.</source>
        <translation>Να μη γίνεται εικασία και δοκιμή ονομάτων διακομιστών.</translation>
    </message>
    <message>
        <source>Skip DNS SRV records.</source>
        <translation>Παράλειψη των εγγραφών DNS SRV.</translation>
    </message>
    <message>
        <source>Skip autoconfig files.</source>
        <translation>Παράλειψη των αρχείων autoconfig.</translation>
    </message>
    <message>
        <source>Skip the MX look-up.</source>
        <translation>Παράλειψη της αναζήτησης MX.</translation>
    </message>
    <message>
        <source>Autoconfig URL pattern to use instead of the standard ones (repeatable; %EMAILDOMAIN% and %EMAILADDRESS% are replaced).</source>
        <translation>Μοτίβο URL autoconfig που χρησιμοποιείται αντί για τα τυπικά (επαναλαμβανόμενο· τα %EMAILDOMAIN% και %EMAILADDRESS% αντικαθίστανται).</translation>
    </message>
    <message>
        <source>Also fetch autoconfig files over plain HTTP.</source>
        <translation>Λήψη αρχείων autoconfig και μέσω απλού HTTP.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Εμπιστοσύνη και στα πιστοποιητικά CA αυτού του αρχείου PEM.</translation>
    </message>
    <message>
        <source>When guessing, probe port B where the standard port is A (A=B, repeatable; for test servers).</source>
        <translation>Κατά την εικασία, δοκιμή της θύρας B όπου η τυπική θύρα είναι η A (A=B, επαναλαμβανόμενο· για δοκιμαστικούς διακομιστές).</translation>
    </message>
    <message>
        <source>Seconds each step may take (default 15).</source>
        <translation>Μέγιστη διάρκεια κάθε βήματος σε δευτερόλεπτα (προεπιλογή 15).</translation>
    </message>
    <message>
        <source>Give exactly one email address.</source>
        <translation>Δώστε ακριβώς μία διεύθυνση email.</translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation>Δεν είναι διεύθυνση IP: %1</translation>
    </message>
    <message>
        <source>No certificate could be read from %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση πιστοποιητικού από το %1</translation>
    </message>
    <message>
        <source>--guess-port needs A=B, e.g. 993=10993</source>
        <translation>Το --guess-port απαιτεί A=B, π.χ. 993=10993</translation>
    </message>
    <message>
        <source>Not an email address: %1</source>
        <translation>Δεν είναι διεύθυνση email: %1</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AccountVerifier</name>
    <message>
        <source>Your mail would be handled by servers of %1, which is not your address&apos;s domain. Confirm that this is your provider before Epistle sends your password there.</source>
        <translation>Την αλληλογραφία σας θα τη διαχειρίζονται διακομιστές του %1, που δεν είναι ο τομέας της διεύθυνσής σας. Επιβεβαιώστε ότι αυτός είναι ο πάροχός σας πριν το Epistle στείλει εκεί τον κωδικό πρόσβασής σας.</translation>
    </message>
    <message>
        <source>Signing in to %1 on %2 as %3…</source>
        <translation>Σύνδεση %1 στο %2 ως %3…</translation>
    </message>
    <message>
        <source>Refused as %1; trying the next user name.</source>
        <translation>Απορρίφθηκε ως %1· δοκιμή του επόμενου ονόματος χρήστη.</translation>
    </message>
    <message>
        <source>The %1 server refused the user name and password: %2</source>
        <translation>Ο διακομιστής %1 απέρριψε το όνομα χρήστη και τον κωδικό πρόσβασης: %2</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>εισερχομένων</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>εξερχομένων</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Συνδεθήκατε ως %1.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AutoconfigFetcher</name>
    <message>
        <source>The configuration file is larger than %1 bytes.</source>
        <translation>Το αρχείο ρυθμίσεων είναι μεγαλύτερο από %1 byte.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Ο διακομιστής απάντησε HTTP %1.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::Discovery</name>
    <message>
        <source>Looking for the mail servers of %1…</source>
        <translation>Αναζήτηση των διακομιστών αλληλογραφίας του %1…</translation>
    </message>
    <message>
        <source>SRV %1: %2</source>
        <translation>SRV %1: %2</translation>
    </message>
    <message>
        <source>SRV %1: none</source>
        <translation>SRV %1: καμία εγγραφή</translation>
    </message>
    <message>
        <source>SRV %1: not offered (&quot;.&quot;)</source>
        <translation>SRV %1: δεν προσφέρεται (&quot;.&quot;)</translation>
    </message>
    <message>
        <source>SRV %1: %2:%3 (priority %4, weight %5)</source>
        <translation>SRV %1: %2:%3 (προτεραιότητα %4, βάρος %5)</translation>
    </message>
    <message>
        <source>Autoconfig %1: %2</source>
        <translation>Autoconfig %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Autoconfig %1: %n server(s) found</source>
        <translation>
            <numerusform>Autoconfig %1: βρέθηκε %n διακομιστής</numerusform>
            <numerusform>Autoconfig %1: βρέθηκαν %n διακομιστές</numerusform>
        </translation>
    </message>
    <message>
        <source>MX %1: none</source>
        <translation>MX %1: καμία εγγραφή</translation>
    </message>
    <message>
        <source>MX %1: %2</source>
        <translation>MX %1: %2</translation>
    </message>
    <message>
        <source>MX %1: %2 (domain %3)</source>
        <translation>MX %1: %2 (τομέας %3)</translation>
    </message>
    <message>
        <source>Some look-ups did not answer in time; going on with what was found.</source>
        <translation>Ορισμένες αναζητήσεις δεν απάντησαν εγκαίρως· συνέχεια με ό,τι βρέθηκε.</translation>
    </message>
    <message>
        <source>Guessing from the usual server names…</source>
        <translation>Εικασία με βάση τα συνήθη ονόματα διακομιστών…</translation>
    </message>
    <message>
        <source>%1 has no address.</source>
        <translation>Το %1 δεν έχει διεύθυνση.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings by hand.</source>
        <translation>Δεν βρέθηκε διακομιστής αλληλογραφίας για το %1. Εισαγάγετε τις ρυθμίσεις χειροκίνητα.</translation>
    </message>
    <message numerus="yes">
        <source>Discovery finished: %n server setting(s).</source>
        <translation>
            <numerusform>Η ανίχνευση ολοκληρώθηκε: %n ρύθμιση διακομιστή.</numerusform>
            <numerusform>Η ανίχνευση ολοκληρώθηκε: %n ρυθμίσεις διακομιστή.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation>Η ανίχνευση ακυρώθηκε.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::ServerGuesser</name>
    <message>
        <source>Guess: %1 does not exist.</source>
        <translation>Εικασία: το %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Guess: trying %1 on %2 (%3)…</source>
        <translation>Εικασία: δοκιμή του %1 στο %2 (%3)…</translation>
    </message>
    <message>
        <source>probe of %1</source>
        <translation>δοκιμή του %1</translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 (%3).</source>
        <translation>Εικασία: το %1 απαντά στο %2 (%3).</translation>
    </message>
    <message>
        <source>probe of %1 (no encryption offered)</source>
        <translation>δοκιμή του %1 (δεν προσφέρεται κρυπτογράφηση)</translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 but offers no encryption.</source>
        <translation>Εικασία: το %1 απαντά στο %2 αλλά δεν προσφέρει κρυπτογράφηση.</translation>
    </message>
    <message>
        <source>Guess: %1 on %2: %3</source>
        <translation>Εικασία: %1 στο %2: %3</translation>
    </message>
</context>
<context>
    <name>epistle::imap::Error</name>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Ο διακομιστής απέρριψε την ενέργεια «%1»: %2</translation>
    </message>
    <message>
        <source>The server rejected %1 as invalid: %2</source>
        <translation>Ο διακομιστής απέρριψε ως άκυρη την ενέργεια «%1»: %2</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>Ο διακομιστής τερμάτισε τη συνεδρία: %1</translation>
    </message>
    <message>
        <source>Unexpected reply to %1: %2</source>
        <translation>Απρόσμενη απάντηση στην ενέργεια «%1»: %2</translation>
    </message>
</context>
<context>
    <name>epistle::imap::Session</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Η σύνδεση έκλεισε.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>Η συνεδρία έκλεισε.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Δεν υπάρχει σύνδεση με τον διακομιστή.</translation>
    </message>
    <message>
        <source>The server sent an unusable response (%1).</source>
        <translation>Ο διακομιστής έστειλε μη χρησιμοποιήσιμη απόκριση (%1).</translation>
    </message>
    <message>
        <source>Unreadable response from the server: %1</source>
        <translation>Μη αναγνώσιμη απόκριση από τον διακομιστή: %1</translation>
    </message>
    <message>
        <source>The server asked for data that no command is sending.</source>
        <translation>Ο διακομιστής ζήτησε δεδομένα που δεν στέλνει καμία εντολή.</translation>
    </message>
    <message>
        <source>The server answered a command that was not sent: %1</source>
        <translation>Ο διακομιστής απάντησε σε εντολή που δεν στάλθηκε: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply to %1 could not be read: %2</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση της απάντησης του διακομιστή στην ενέργεια «%1»: %2</translation>
    </message>
    <message>
        <source>The session is already connected.</source>
        <translation>Η συνεδρία είναι ήδη συνδεδεμένη.</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>σύνδεση</translation>
    </message>
    <message>
        <source>The server did not greet as an IMAP server does: %1</source>
        <translation>Ο διακομιστής δεν χαιρέτησε όπως ένας διακομιστής IMAP: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Ο διακομιστής απέρριψε τη σύνδεση: %1</translation>
    </message>
    <message>
        <source>The server skipped authentication, so the connection cannot be secured with STARTTLS.</source>
        <translation>Ο διακομιστής παρέλειψε τον έλεγχο ταυτότητας, οπότε η σύνδεση δεν μπορεί να ασφαλιστεί με STARTTLS.</translation>
    </message>
    <message>
        <source>The server did not list its capabilities.</source>
        <translation>Ο διακομιστής δεν παρέθεσε τις δυνατότητές του.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be secured.</source>
        <translation>Ο διακομιστής δεν προσφέρει STARTTLS, οπότε η σύνδεση δεν μπορεί να ασφαλιστεί.</translation>
    </message>
    <message>
        <source>The server refused to secure the connection: %1</source>
        <translation>Ο διακομιστής αρνήθηκε να ασφαλίσει τη σύνδεση: %1</translation>
    </message>
    <message>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation>Η σύνδεση δεν είναι κρυπτογραφημένη· ο κωδικός πρόσβασης δεν στάλθηκε.</translation>
    </message>
    <message>
        <source>The server does not allow logging in on this connection (LOGINDISABLED) and offers no usable method.</source>
        <translation>Ο διακομιστής δεν επιτρέπει την είσοδο σε αυτή τη σύνδεση (LOGINDISABLED) και δεν προσφέρει καμία χρησιμοποιήσιμη μέθοδο.</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>είσοδος</translation>
    </message>
    <message>
        <source>The server did not accept the login: %1</source>
        <translation>Ο διακομιστής δεν αποδέχτηκε τα στοιχεία σύνδεσης: %1</translation>
    </message>
    <message>
        <source>Compression could not be started.</source>
        <translation>Δεν ήταν δυνατή η έναρξη της συμπίεσης.</translation>
    </message>
    <message>
        <source>Message %1 no longer exists on the server.</source>
        <translation>Το μήνυμα %1 δεν υπάρχει πλέον στον διακομιστή.</translation>
    </message>
    <message>
        <source>The server does not report quotas.</source>
        <translation>Ο διακομιστής δεν αναφέρει όρια αποθηκευτικού χώρου.</translation>
    </message>
</context>
<context>
    <name>epistle::net::Connection</name>
    <message>
        <source>No connection to %1 within %2 seconds.</source>
        <translation>Δεν έγινε σύνδεση με το %1 μέσα σε %2 δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>The connection to %1 took too long.</source>
        <translation>Η σύνδεση με το %1 διήρκεσε υπερβολικά.</translation>
    </message>
    <message>
        <source>%1 is not on this computer; Epistle does not connect to it without encryption unless you choose that explicitly in the account settings.</source>
        <translation>Το %1 δεν βρίσκεται σε αυτόν τον υπολογιστή· το Epistle δεν συνδέεται σε αυτό χωρίς κρυπτογράφηση, εκτός αν το επιλέξετε ρητά στις ρυθμίσεις του λογαριασμού.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Ο διακομιστής %1 δεν βρέθηκε.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>Το %1 απέρριψε τη σύνδεση.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>Το %1 έκλεισε τη σύνδεση.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted: %2</source>
        <translation>Το πιστοποιητικό του %1 δεν είναι αξιόπιστο: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Η ασφαλής σύνδεση με το %1 απέτυχε: %2</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Σφάλμα δικτύου με το %1: %2</translation>
    </message>
    <message>
        <source>%1 sent corrupt compressed data.</source>
        <translation>Το %1 έστειλε αλλοιωμένα συμπιεσμένα δεδομένα.</translation>
    </message>
    <message>
        <source>%1 sent data before the secure connection was established; the connection was closed for safety.</source>
        <translation>Το %1 έστειλε δεδομένα πριν από την εγκατάσταση της ασφαλούς σύνδεσης· η σύνδεση έκλεισε για λόγους ασφαλείας.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Το Epistle δεν έστειλε τον κωδικό πρόσβασής σας στο %1, επειδή η σύνδεση δεν είναι κρυπτογραφημένη.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>Το %1 δεν απάντησε μέσα σε %2 δευτερόλεπτα.</translation>
    </message>
</context>
<context>
    <name>epistle::net::ServerProbe</name>
    <message>
        <source>The server sent an overlong line.</source>
        <translation>Ο διακομιστής έστειλε υπερβολικά μεγάλη γραμμή.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not one of this protocol: %1</source>
        <translation>Ο χαιρετισμός του διακομιστή δεν ανήκει σε αυτό το πρωτόκολλο: %1</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, which this account requires. Epistle will not continue without encryption.</source>
        <translation>Το %1 δεν προσφέρει STARTTLS, το οποίο απαιτεί αυτός ο λογαριασμός. Το Epistle δεν θα συνεχίσει χωρίς κρυπτογράφηση.</translation>
    </message>
    <message>
        <source>%1 refused to start TLS: %2</source>
        <translation>Το %1 αρνήθηκε να ξεκινήσει TLS: %2</translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Client</name>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation>Ακυρώθηκε λόγω νέας σύνδεσης.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Ο διακομιστής απέρριψε τη σύνδεση.</translation>
    </message>
    <message>
        <source>The server %1 does not offer STLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation>Ο διακομιστής %1 δεν προσφέρει STLS, οπότε η σύνδεση δεν μπορεί να κρυπτογραφηθεί· το Epistle δεν συνέχισε χωρίς κρυπτογράφηση.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STLS); Epistle did not continue without it.</source>
        <translation>Ο διακομιστής αρνήθηκε να ξεκινήσει κρυπτογράφηση (STLS)· το Epistle δεν συνέχισε χωρίς αυτήν.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Το Epistle δεν έστειλε τον κωδικό πρόσβασής σας στο %1, επειδή η σύνδεση δεν είναι κρυπτογραφημένη.</translation>
    </message>
    <message>
        <source>Already logged in.</source>
        <translation>Έχει ήδη γίνει σύνδεση.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Δεν υπάρχει σύνδεση με τον διακομιστή.</translation>
    </message>
    <message>
        <source>The server offers no login method that Epistle supports (USER, APOP or SASL PLAIN).</source>
        <translation>Ο διακομιστής δεν προσφέρει καμία μέθοδο σύνδεσης που υποστηρίζει το Epistle (USER, APOP ή SASL PLAIN).</translation>
    </message>
    <message>
        <source>The server does not support APOP (its greeting has no timestamp).</source>
        <translation>Ο διακομιστής δεν υποστηρίζει APOP (ο χαιρετισμός του δεν έχει χρονοσφραγίδα).</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Η σύνδεση απέτυχε.</translation>
    </message>
    <message>
        <source>The user name or password contains a line break.</source>
        <translation>Το όνομα χρήστη ή ο κωδικός πρόσβασης περιέχει αλλαγή γραμμής.</translation>
    </message>
    <message>
        <source>STAT failed.</source>
        <translation>Η εντολή STAT απέτυχε.</translation>
    </message>
    <message>
        <source>The server&apos;s STAT reply is malformed: %1</source>
        <translation>Η απάντηση STAT του διακομιστή είναι κακοσχηματισμένη: %1</translation>
    </message>
    <message>
        <source>LIST failed.</source>
        <translation>Η εντολή LIST απέτυχε.</translation>
    </message>
    <message>
        <source>The server&apos;s LIST line is malformed: %1</source>
        <translation>Η γραμμή LIST του διακομιστή είναι κακοσχηματισμένη: %1</translation>
    </message>
    <message>
        <source>LIST %1 failed.</source>
        <translation>Η εντολή LIST %1 απέτυχε.</translation>
    </message>
    <message>
        <source>The server&apos;s LIST reply is malformed: %1</source>
        <translation>Η απάντηση LIST του διακομιστή είναι κακοσχηματισμένη: %1</translation>
    </message>
    <message>
        <source>UIDL failed.</source>
        <translation>Η εντολή UIDL απέτυχε.</translation>
    </message>
    <message>
        <source>The server&apos;s UIDL line is malformed: %1</source>
        <translation>Η γραμμή UIDL του διακομιστή είναι κακοσχηματισμένη: %1</translation>
    </message>
    <message>
        <source>UIDL %1 failed.</source>
        <translation>Η εντολή UIDL %1 απέτυχε.</translation>
    </message>
    <message>
        <source>The server&apos;s UIDL reply is malformed: %1</source>
        <translation>Η απάντηση UIDL του διακομιστή είναι κακοσχηματισμένη: %1</translation>
    </message>
    <message>
        <source>TOP %1 failed.</source>
        <translation>Η εντολή TOP %1 απέτυχε.</translation>
    </message>
    <message>
        <source>Message %1 cannot be stored: the target is not open for writing.</source>
        <translation>Το μήνυμα %1 δεν μπορεί να αποθηκευτεί: ο προορισμός δεν είναι ανοιχτός για εγγραφή.</translation>
    </message>
    <message>
        <source>Message %1 was not downloaded completely: %2</source>
        <translation>Η λήψη του μηνύματος %1 δεν ολοκληρώθηκε: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be downloaded.</source>
        <translation>Δεν ήταν δυνατή η λήψη του μηνύματος %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be deleted.</source>
        <translation>Δεν ήταν δυνατή η διαγραφή του μηνύματος %1.</translation>
    </message>
    <message>
        <source>RSET failed.</source>
        <translation>Η εντολή RSET απέτυχε.</translation>
    </message>
    <message>
        <source>NOOP failed.</source>
        <translation>Η εντολή NOOP απέτυχε.</translation>
    </message>
    <message>
        <source>The server could not remove all deleted messages.</source>
        <translation>Ο διακομιστής δεν μπόρεσε να αφαιρέσει όλα τα διαγραμμένα μηνύματα.</translation>
    </message>
    <message>
        <source>QUIT failed.</source>
        <translation>Η εντολή QUIT απέτυχε.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Δεν έχει γίνει σύνδεση.</translation>
    </message>
    <message>
        <source>The server sent something unrequested: %1</source>
        <translation>Ο διακομιστής έστειλε κάτι που δεν ζητήθηκε: %1</translation>
    </message>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Ο διακομιστής έστειλε γραμμή απάντησης μεγαλύτερη από %1 byte.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a POP3 status line: %1</source>
        <translation>Η απάντηση του διακομιστή δεν είναι γραμμή κατάστασης POP3: %1</translation>
    </message>
    <message>
        <source>The server sent an unexpected continuation line.</source>
        <translation>Ο διακομιστής έστειλε απρόσμενη γραμμή συνέχειας.</translation>
    </message>
    <message>
        <source>The downloaded message could not be stored: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του μηνύματος που λήφθηκε: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 MB.</source>
        <translation>Η απάντηση του διακομιστή είναι μεγαλύτερη από %1 MB.</translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Error</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Το όνομα χρήστη ή ο κωδικός πρόσβασης είναι λάθος.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another program; try again when it has finished.</source>
        <translation>Το γραμματοκιβώτιο χρησιμοποιείται από άλλο πρόγραμμα· δοκιμάστε ξανά όταν τελειώσει.</translation>
    </message>
    <message>
        <source>The server does not allow logging in again so soon.</source>
        <translation>Ο διακομιστής δεν επιτρέπει νέα σύνδεση τόσο σύντομα.</translation>
    </message>
    <message>
        <source>The server has a temporary problem; try again later.</source>
        <translation>Ο διακομιστής έχει ένα προσωρινό πρόβλημα· δοκιμάστε ξανά αργότερα.</translation>
    </message>
    <message>
        <source>The server has a problem that will not go away by itself.</source>
        <translation>Ο διακομιστής έχει ένα πρόβλημα που δεν θα λυθεί από μόνο του.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Μήνυμα διακομιστή: %1</translation>
    </message>
</context>
<context>
    <name>epistle::smtp</name>
    <message>
        <source>The reply is too short.</source>
        <translation>Η απάντηση είναι πολύ σύντομη.</translation>
    </message>
    <message>
        <source>The reply does not start with a three-digit code.</source>
        <translation>Η απάντηση δεν ξεκινά με τριψήφιο κωδικό.</translation>
    </message>
    <message>
        <source>The reply code %1 is not valid.</source>
        <translation>Ο κωδικός απάντησης %1 δεν είναι έγκυρος.</translation>
    </message>
    <message>
        <source>The reply code is not followed by a space or a hyphen.</source>
        <translation>Ο κωδικός απάντησης δεν ακολουθείται από κενό ή παύλα.</translation>
    </message>
    <message>
        <source>The lines of a reply have different codes (%1, %2).</source>
        <translation>Οι γραμμές μιας απάντησης έχουν διαφορετικούς κωδικούς (%1, %2).</translation>
    </message>
    <message>
        <source>The reply has too many lines.</source>
        <translation>Η απάντηση έχει υπερβολικά πολλές γραμμές.</translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Client</name>
    <message>
        <source>The server stopped accepting the message (nothing could be sent for %1 seconds).</source>
        <translation>Ο διακομιστής σταμάτησε να δέχεται το μήνυμα (δεν ήταν δυνατή η αποστολή δεδομένων για %1 δευτερόλεπτα).</translation>
    </message>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation>Ακυρώθηκε λόγω νέας σύνδεσης.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Ο διακομιστής απέρριψε τη σύνδεση.</translation>
    </message>
    <message>
        <source>The server %1 does not support EHLO, so it cannot start encryption (STARTTLS); Epistle did not continue without encryption.</source>
        <translation>Ο διακομιστής %1 δεν υποστηρίζει EHLO, οπότε δεν μπορεί να ξεκινήσει κρυπτογράφηση (STARTTLS)· το Epistle δεν συνέχισε χωρίς κρυπτογράφηση.</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO).</source>
        <translation>Ο διακομιστής απέρριψε τον χαιρετισμό (EHLO).</translation>
    </message>
    <message>
        <source>The server %1 does not offer STARTTLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation>Ο διακομιστής %1 δεν προσφέρει STARTTLS, οπότε η σύνδεση δεν μπορεί να κρυπτογραφηθεί· το Epistle δεν συνέχισε χωρίς κρυπτογράφηση.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS); Epistle did not continue without it.</source>
        <translation>Ο διακομιστής αρνήθηκε να ξεκινήσει κρυπτογράφηση (STARTTLS)· το Epistle δεν συνέχισε χωρίς αυτήν.</translation>
    </message>
    <message>
        <source>The server refused the greeting (HELO).</source>
        <translation>Ο διακομιστής απέρριψε τον χαιρετισμό (HELO).</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Δεν υπάρχει σύνδεση με τον διακομιστή.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Το Epistle δεν έστειλε τον κωδικό πρόσβασής σας στο %1, επειδή η σύνδεση δεν είναι κρυπτογραφημένη.</translation>
    </message>
    <message>
        <source>The server %1 does not offer logging in (no AUTH in its EHLO reply).</source>
        <translation>Ο διακομιστής %1 δεν προσφέρει έλεγχο ταυτότητας (δεν υπάρχει AUTH στην απάντησή του στο EHLO).</translation>
    </message>
    <message>
        <source>The server %1 offers no login method Epistle supports (it offers %2; Epistle supports CRAM-MD5, PLAIN and LOGIN).</source>
        <translation>Ο διακομιστής %1 δεν προσφέρει καμία μέθοδο σύνδεσης που υποστηρίζει το Epistle (προσφέρει %2· το Epistle υποστηρίζει CRAM-MD5, PLAIN και LOGIN).</translation>
    </message>
    <message>
        <source>Login failed: the user name or password is wrong.</source>
        <translation>Η σύνδεση απέτυχε: το όνομα χρήστη ή ο κωδικός πρόσβασης είναι λάθος.</translation>
    </message>
    <message>
        <source>The server refused this login method (%1).</source>
        <translation>Ο διακομιστής απέρριψε αυτή τη μέθοδο σύνδεσης (%1).</translation>
    </message>
    <message>
        <source>The server does not accept the login method %1.</source>
        <translation>Ο διακομιστής δεν δέχεται τη μέθοδο σύνδεσης %1.</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Η σύνδεση απέτυχε.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Το μήνυμα δεν έχει παραλήπτες.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid.</source>
        <translation>Η διεύθυνση &quot;%1&quot; δεν είναι έγκυρη.</translation>
    </message>
    <message>
        <source>The server %1 does not accept addresses with non-ASCII characters (no SMTPUTF8).</source>
        <translation>Ο διακομιστής %1 δεν δέχεται διευθύνσεις με χαρακτήρες εκτός ASCII (δεν υπάρχει SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message cannot be read.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του μηνύματος.</translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του μηνύματος: %1</translation>
    </message>
    <message>
        <source>The message is %1 KB, larger than the %2 KB that the server accepts.</source>
        <translation>Το μήνυμα είναι %1 KB, μεγαλύτερο από τα %2 KB που δέχεται ο διακομιστής.</translation>
    </message>
    <message>
        <source>The server refused to start a new message (RSET).</source>
        <translation>Ο διακομιστής αρνήθηκε να ξεκινήσει νέο μήνυμα (RSET).</translation>
    </message>
    <message>
        <source>The server refused the sender %1.</source>
        <translation>Ο διακομιστής απέρριψε τον αποστολέα %1.</translation>
    </message>
    <message>
        <source>The server refused the recipient %1.</source>
        <translation>Ο διακομιστής απέρριψε τον παραλήπτη %1.</translation>
    </message>
    <message>
        <source>The server refused the message (DATA).</source>
        <translation>Ο διακομιστής απέρριψε το μήνυμα (DATA).</translation>
    </message>
    <message>
        <source>The message was closed while it was being sent.</source>
        <translation>Το μήνυμα έκλεισε ενώ αποστελλόταν.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>Ο διακομιστής απέρριψε το μήνυμα.</translation>
    </message>
    <message>
        <source>The server refused the message (BDAT).</source>
        <translation>Ο διακομιστής απέρριψε το μήνυμα (BDAT).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The message was sent, but the server refused these recipients: %1</source>
        <translation>Το μήνυμα στάλθηκε, αλλά ο διακομιστής απέρριψε αυτούς τους παραλήπτες: %1</translation>
    </message>
    <message>
        <source>The message was not sent; the server refused these recipients: %1</source>
        <translation>Το μήνυμα δεν στάλθηκε· ο διακομιστής απέρριψε αυτούς τους παραλήπτες: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>The server sent a reply line that is too long.</source>
        <translation>Ο διακομιστής έστειλε υπερβολικά μεγάλη γραμμή απάντησης.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is malformed (%1): %2</source>
        <translation>Η απάντηση του διακομιστή είναι κακοσχηματισμένη (%1): %2</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>Ο διακομιστής τερμάτισε τη συνεδρία.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Ο διακομιστής έστειλε απάντηση που δεν ζήτησε κανείς: %1</translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Error</name>
    <message>
        <source>This is temporary; try again later.</source>
        <translation>Αυτό είναι προσωρινό· δοκιμάστε ξανά αργότερα.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Μήνυμα διακομιστή: %1</translation>
    </message>
</context>
<context>
    <name>epistle::storage::AccountStore</name>
    <message>
        <source>adding an account</source>
        <translation>προσθήκη λογαριασμού</translation>
    </message>
    <message>
        <source>changing an account</source>
        <translation>αλλαγή λογαριασμού</translation>
    </message>
    <message>
        <source>removing an account</source>
        <translation>αφαίρεση λογαριασμού</translation>
    </message>
    <message>
        <source>reading an account</source>
        <translation>ανάγνωση λογαριασμού</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>απαρίθμηση λογαριασμών</translation>
    </message>
    <message>
        <source>adding an identity</source>
        <translation>προσθήκη ταυτότητας</translation>
    </message>
    <message>
        <source>changing an identity</source>
        <translation>αλλαγή ταυτότητας</translation>
    </message>
    <message>
        <source>removing an identity</source>
        <translation>αφαίρεση ταυτότητας</translation>
    </message>
    <message>
        <source>listing identities</source>
        <translation>απαρίθμηση ταυτοτήτων</translation>
    </message>
    <message>
        <source>choosing the default identity</source>
        <translation>επιλογή της προεπιλεγμένης ταυτότητας</translation>
    </message>
</context>
<context>
    <name>epistle::storage::BodyCache</name>
    <message>
        <source>reading the cache clock</source>
        <translation>ανάγνωση του ρολογιού της κρυφής μνήμης</translation>
    </message>
    <message>
        <source>caching a message part</source>
        <translation>αποθήκευση τμήματος μηνύματος στην κρυφή μνήμη</translation>
    </message>
    <message>
        <source>reading a cached message part</source>
        <translation>ανάγνωση τμήματος μηνύματος από την κρυφή μνήμη</translation>
    </message>
    <message>
        <source>looking up a cached message part</source>
        <translation>αναζήτηση τμήματος μηνύματος στην κρυφή μνήμη</translation>
    </message>
    <message>
        <source>removing cached message parts</source>
        <translation>αφαίρεση τμημάτων μηνυμάτων από την κρυφή μνήμη</translation>
    </message>
    <message>
        <source>clearing the message cache</source>
        <translation>εκκαθάριση της κρυφής μνήμης μηνυμάτων</translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation>ανάγνωση του μεγέθους της κρυφής μνήμης</translation>
    </message>
    <message>
        <source>evicting cached message parts</source>
        <translation>αποβολή τμημάτων μηνυμάτων από την κρυφή μνήμη</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Database</name>
    <message>
        <source>The SQLite driver of Qt is missing (install the Qt SQLite plugin).</source>
        <translation>Λείπει το πρόγραμμα οδήγησης SQLite της Qt (εγκαταστήστε το πρόσθετο SQLite της Qt).</translation>
    </message>
    <message>
        <source>The mail database %1 cannot be opened.</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων αλληλογραφίας %1.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver does not use the system SQLite library that Epistle was built with.</source>
        <translation>Το πρόγραμμα οδήγησης SQLite της Qt δεν χρησιμοποιεί τη βιβλιοθήκη SQLite του συστήματος με την οποία μεταγλωττίστηκε το Epistle.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>ανάγνωση της έκδοσης σχήματος</translation>
    </message>
    <message>
        <source>The mail database %1 was written by a newer version of Epistle (schema %2; this version understands up to %3). It has not been changed; please use the newer version.</source>
        <translation>Η βάση δεδομένων αλληλογραφίας %1 γράφτηκε από νεότερη έκδοση του Epistle (σχήμα %2· αυτή η έκδοση κατανοεί έως το %3). Δεν έχει αλλάξει· χρησιμοποιήστε τη νεότερη έκδοση.</translation>
    </message>
    <message>
        <source>reading the file type</source>
        <translation>ανάγνωση του τύπου αρχείου</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>ανάγνωση του σχήματος</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not an Epistle mail database. It has been left as it is.</source>
        <translation>Το αρχείο %1 είναι βάση δεδομένων SQLite αλλά όχι βάση δεδομένων αλληλογραφίας του Epistle. Παρέμεινε ως έχει.</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>μετάβαση σε καταγραφή εκ των προτέρων (write-ahead logging)</translation>
    </message>
    <message>
        <source>The mail database %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation>Η βάση δεδομένων αλληλογραφίας %1 δεν μπορεί να χρησιμοποιήσει καταγραφή εκ των προτέρων (λειτουργία ημερολογίου %2).</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>ενεργοποίηση των ξένων κλειδιών</translation>
    </message>
    <message>
        <source>setting the sync level</source>
        <translation>ορισμός του επιπέδου συγχρονισμού</translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation>ορισμός του χρονικού ορίου αναμονής</translation>
    </message>
    <message>
        <source>setting the cache size</source>
        <translation>ορισμός του μεγέθους της κρυφής μνήμης</translation>
    </message>
    <message>
        <source>setting the temporary store</source>
        <translation>ορισμός του χώρου προσωρινής αποθήκευσης</translation>
    </message>
    <message>
        <source>setting the checkpoint interval</source>
        <translation>ορισμός του διαστήματος σημείων ελέγχου</translation>
    </message>
    <message>
        <source>setting the log size limit</source>
        <translation>ορισμός του ορίου μεγέθους του ημερολογίου</translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation>έναρξη της αναβάθμισης σχήματος</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>αναβάθμιση του σχήματος στην έκδοση %1</translation>
    </message>
    <message>
        <source>marking the file</source>
        <translation>σήμανση του αρχείου</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>καταγραφή της έκδοσης σχήματος</translation>
    </message>
    <message>
        <source>committing the schema upgrade</source>
        <translation>οριστικοποίηση της αναβάθμισης σχήματος</translation>
    </message>
    <message>
        <source>Upgrading the mail database to version %1 (%2) failed; it was left at its previous version.</source>
        <translation>Η αναβάθμιση της βάσης δεδομένων αλληλογραφίας στην έκδοση %1 (%2) απέτυχε· παρέμεινε στην προηγούμενη έκδοσή της.</translation>
    </message>
    <message>
        <source>Internal error: a mail database connection was used from another thread.</source>
        <translation>Εσωτερικό σφάλμα: μια σύνδεση με τη βάση δεδομένων αλληλογραφίας χρησιμοποιήθηκε από άλλο νήμα εκτέλεσης.</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>προετοιμασία μιας εντολής</translation>
    </message>
    <message>
        <source>The damaged mail database %1 could not be moved aside to %2.</source>
        <translation>Δεν ήταν δυνατή η μετακίνηση της κατεστραμμένης βάσης δεδομένων αλληλογραφίας %1 στην άκρη, στο %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be moved aside.</source>
        <translation>Δεν ήταν δυνατή η μετακίνηση του αρχείου %1 στην άκρη.</translation>
    </message>
    <message>
        <source>The mail database %1 cannot be read: %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της βάσης δεδομένων αλληλογραφίας %1: %2.</translation>
    </message>
    <message>
        <source>The mail database %1 is damaged: %2. It has been left as it is; the local cache can be moved aside and rebuilt from the server.</source>
        <translation>Η βάση δεδομένων αλληλογραφίας %1 είναι κατεστραμμένη: %2. Παρέμεινε ως έχει· η τοπική κρυφή μνήμη μπορεί να μετακινηθεί στην άκρη και να αναδημιουργηθεί από τον διακομιστή.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>δεν είναι βάση δεδομένων SQLite</translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation>η κεφαλίδα της δεν είναι έγκυρη</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>το αρχείο είναι περικομμένο</translation>
    </message>
</context>
<context>
    <name>epistle::storage::FolderStore</name>
    <message>
        <source>saving a folder</source>
        <translation>αποθήκευση φακέλου</translation>
    </message>
    <message>
        <source>reading a folder</source>
        <translation>ανάγνωση φακέλου</translation>
    </message>
    <message>
        <source>listing folders</source>
        <translation>απαρίθμηση φακέλων</translation>
    </message>
    <message>
        <source>renaming a folder</source>
        <translation>μετονομασία φακέλου</translation>
    </message>
    <message>
        <source>removing a folder</source>
        <translation>αφαίρεση φακέλου</translation>
    </message>
    <message>
        <source>saving a folder&apos;s sync state</source>
        <translation>αποθήκευση της κατάστασης συγχρονισμού ενός φακέλου</translation>
    </message>
    <message>
        <source>changing a subscription</source>
        <translation>αλλαγή μιας συνδρομής</translation>
    </message>
    <message>
        <source>changing a folder&apos;s role</source>
        <translation>αλλαγή του ρόλου ενός φακέλου</translation>
    </message>
</context>
<context>
    <name>epistle::storage::MessageStore</name>
    <message>
        <source>loading the threads of a folder</source>
        <translation>φόρτωση των νημάτων ενός φακέλου</translation>
    </message>
    <message>
        <source>updating threads</source>
        <translation>ενημέρωση νημάτων</translation>
    </message>
    <message>
        <source>counting messages</source>
        <translation>καταμέτρηση μηνυμάτων</translation>
    </message>
    <message>
        <source>storing messages</source>
        <translation>αποθήκευση μηνυμάτων</translation>
    </message>
    <message>
        <source>updating messages</source>
        <translation>ενημέρωση μηνυμάτων</translation>
    </message>
    <message>
        <source>removing messages</source>
        <translation>αφαίρεση μηνυμάτων</translation>
    </message>
    <message>
        <source>changing flags</source>
        <translation>αλλαγή σημαιών</translation>
    </message>
    <message>
        <source>clearing a folder whose UIDVALIDITY changed</source>
        <translation>εκκαθάριση φακέλου του οποίου άλλαξε το UIDVALIDITY</translation>
    </message>
    <message>
        <source>listing messages</source>
        <translation>απαρίθμηση μηνυμάτων</translation>
    </message>
    <message>
        <source>reading a message</source>
        <translation>ανάγνωση μηνύματος</translation>
    </message>
    <message>
        <source>listing UIDs</source>
        <translation>απαρίθμηση UID</translation>
    </message>
    <message>
        <source>reading the highest UID</source>
        <translation>ανάγνωση του μεγαλύτερου UID</translation>
    </message>
    <message>
        <source>listing a thread</source>
        <translation>απαρίθμηση ενός νήματος</translation>
    </message>
</context>
<context>
    <name>epistle::storage::OperationQueue</name>
    <message>
        <source>queueing a change for the server</source>
        <translation>προσθήκη μιας αλλαγής για τον διακομιστή στην ουρά</translation>
    </message>
    <message>
        <source>reading queued changes</source>
        <translation>ανάγνωση αλλαγών της ουράς</translation>
    </message>
    <message>
        <source>counting queued changes</source>
        <translation>καταμέτρηση αλλαγών της ουράς</translation>
    </message>
    <message>
        <source>starting a queued change</source>
        <translation>έναρξη μιας αλλαγής της ουράς</translation>
    </message>
    <message>
        <source>recording a change done on the server</source>
        <translation>καταγραφή μιας αλλαγής που έγινε στον διακομιστή</translation>
    </message>
    <message>
        <source>recording a failed change</source>
        <translation>καταγραφή μιας αποτυχημένης αλλαγής</translation>
    </message>
    <message>
        <source>removing a queued change</source>
        <translation>αφαίρεση μιας αλλαγής από την ουρά</translation>
    </message>
    <message>
        <source>recovering interrupted changes</source>
        <translation>ανάκτηση αλλαγών που διακόπηκαν</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Outbox</name>
    <message>
        <source>A message without recipients cannot be queued.</source>
        <translation>Ένα μήνυμα χωρίς παραλήπτες δεν μπορεί να προστεθεί στην ουρά.</translation>
    </message>
    <message>
        <source>queueing a message for sending</source>
        <translation>προσθήκη μηνύματος στην ουρά αποστολής</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>ανάγνωση των Εξερχομένων</translation>
    </message>
    <message>
        <source>starting to send a message</source>
        <translation>έναρξη αποστολής μηνύματος</translation>
    </message>
    <message>
        <source>recording a sent message</source>
        <translation>καταγραφή απεσταλμένου μηνύματος</translation>
    </message>
    <message>
        <source>recording a sending failure</source>
        <translation>καταγραφή αποτυχίας αποστολής</translation>
    </message>
    <message>
        <source>queueing a message again</source>
        <translation>επανατοποθέτηση μηνύματος στην ουρά</translation>
    </message>
    <message>
        <source>removing a message from the outbox</source>
        <translation>αφαίρεση μηνύματος από τα Εξερχόμενα</translation>
    </message>
    <message>
        <source>recovering interrupted sending</source>
        <translation>ανάκτηση αποστολών που διακόπηκαν</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Pop3Ledger</name>
    <message>
        <source>recording a downloaded message</source>
        <translation>καταγραφή μηνύματος που λήφθηκε</translation>
    </message>
    <message>
        <source>reading the downloaded messages</source>
        <translation>ανάγνωση των μηνυμάτων που λήφθηκαν</translation>
    </message>
    <message>
        <source>forgetting downloaded messages</source>
        <translation>διαγραφή των καταγραφών μηνυμάτων που λήφθηκαν</translation>
    </message>
</context>
<context>
    <name>epistle::storage::SearchIndex</name>
    <message>
        <source>indexing a message body</source>
        <translation>ευρετηρίαση του σώματος ενός μηνύματος</translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation>ανάγνωση του ευρετηρίου αναζήτησης</translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation>αναζήτηση μηνυμάτων</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>αναδημιουργία του ευρετηρίου αναζήτησης</translation>
    </message>
    <message>
        <source>indexing messages for search</source>
        <translation>ευρετηρίαση μηνυμάτων για αναζήτηση</translation>
    </message>
</context>
<context>
    <name>epistle::storage::StorageError</name>
    <message>
        <source>The mail database is damaged. The local cache can be rebuilt from the server.</source>
        <translation>Η βάση δεδομένων αλληλογραφίας είναι κατεστραμμένη. Η τοπική κρυφή μνήμη μπορεί να αναδημιουργηθεί από τον διακομιστή.</translation>
    </message>
    <message>
        <source>The mail database is busy in another part of the program or another process.</source>
        <translation>Η βάση δεδομένων αλληλογραφίας χρησιμοποιείται από άλλο μέρος του προγράμματος ή από άλλη διεργασία.</translation>
    </message>
    <message>
        <source>The disk holding the mail database is full.</source>
        <translation>Ο δίσκος στον οποίο βρίσκεται η βάση δεδομένων αλληλογραφίας είναι γεμάτος.</translation>
    </message>
    <message>
        <source>The mail database cannot be opened.</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων αλληλογραφίας.</translation>
    </message>
    <message>
        <source>A change to the mail database was refused by one of its rules.</source>
        <translation>Μια αλλαγή στη βάση δεδομένων αλληλογραφίας απορρίφθηκε από έναν από τους κανόνες της.</translation>
    </message>
    <message>
        <source>Reading or writing the mail database failed (input/output error).</source>
        <translation>Η ανάγνωση ή η εγγραφή της βάσης δεδομένων αλληλογραφίας απέτυχε (σφάλμα εισόδου/εξόδου).</translation>
    </message>
    <message>
        <source>A mail database operation failed.</source>
        <translation>Μια λειτουργία της βάσης δεδομένων αλληλογραφίας απέτυχε.</translation>
    </message>
    <message>
        <source>While: %1.</source>
        <translation>Κατά την ενέργεια: %1.</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Transaction</name>
    <message>
        <source>requesting a durable commit</source>
        <translation>αίτηση για μόνιμη οριστικοποίηση</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>έναρξη συναλλαγής</translation>
    </message>
    <message>
        <source>Internal error: a durable change was nested in a non-durable transaction.</source>
        <translation>Εσωτερικό σφάλμα: μια μόνιμη αλλαγή εμφωλεύτηκε σε μη μόνιμη συναλλαγή.</translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation>έναρξη σημείου αποθήκευσης</translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed twice.</source>
        <translation>Εσωτερικό σφάλμα: μια συναλλαγή οριστικοποιήθηκε δύο φορές.</translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed before its inner one.</source>
        <translation>Εσωτερικό σφάλμα: μια συναλλαγή οριστικοποιήθηκε πριν από την εσωτερική της.</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>οριστικοποίηση συναλλαγής</translation>
    </message>
    <message>
        <source>releasing a savepoint</source>
        <translation>αποδέσμευση σημείου αποθήκευσης</translation>
    </message>
</context>
<context>
    <name>epistle::sync::AccountWorker</name>
    <message>
        <source>Epistle is shutting down.</source>
        <translation>Το Epistle τερματίζεται.</translation>
    </message>
    <message>
        <source>No password is known for this account.</source>
        <translation>Δεν είναι γνωστός κωδικός πρόσβασης για αυτόν τον λογαριασμό.</translation>
    </message>
    <message>
        <source>Checking for mail…</source>
        <translation>Έλεγχος για νέα αλληλογραφία…</translation>
    </message>
    <message>
        <source>Fetching messages of %1…</source>
        <translation>Λήψη μηνυμάτων από %1…</translation>
    </message>
    <message>
        <source>The Archive folder could not be created: %1</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του φακέλου Αρχειοθήκη: %1</translation>
    </message>
    <message>
        <source>The local mail store is not open.</source>
        <translation>Η τοπική αποθήκη αλληλογραφίας δεν είναι ανοιχτή.</translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation>Ο γονικός φάκελος δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Ο φάκελος δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>The Inbox cannot be renamed.</source>
        <translation>Τα Εισερχόμενα δεν μπορούν να μετονομαστούν.</translation>
    </message>
    <message>
        <source>Special folders (Inbox, Sent, Drafts, Trash, …) cannot be deleted.</source>
        <translation>Οι ειδικοί φάκελοι (Εισερχόμενα, Απεσταλμένα, Πρόχειρα, Κάδος απορριμμάτων, …) δεν μπορούν να διαγραφούν.</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>Το μήνυμα δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>The message&apos;s content is not stored on this computer.</source>
        <translation>Το περιεχόμενο του μηνύματος δεν είναι αποθηκευμένο σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>The message no longer exists on the server.</source>
        <translation>Το μήνυμα δεν υπάρχει πλέον στον διακομιστή.</translation>
    </message>
    <message>
        <source>Downloading messages…</source>
        <translation>Λήψη μηνυμάτων…</translation>
    </message>
    <message>
        <source>A message is waiting to be sent, but no password is known for the outgoing server.</source>
        <translation>Ένα μήνυμα περιμένει να σταλεί, αλλά δεν είναι γνωστός κωδικός πρόσβασης για τον διακομιστή εξερχομένων.</translation>
    </message>
    <message>
        <source>The server has no Drafts folder for this account.</source>
        <translation>Ο διακομιστής δεν έχει φάκελο Πρόχειρα για αυτόν τον λογαριασμό.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation>Εισερχόμενα</translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation>Όλα τα Εισερχόμενα</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n μήνυμα</numerusform>
            <numerusform>%1: %n μηνύματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n μη αναγνωσμένο</numerusform>
            <numerusform>, %n μη αναγνωσμένα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::sync::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(χωρίς θέμα)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Με αστέρι</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Έχει συνημμένα</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>Χωρίς αστέρι</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Παραλήπτης</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Συνημμένα</translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxSender</name>
    <message>
        <source>The message file %1 cannot be read: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου μηνύματος %1: %2</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Η σύνδεση με τον διακομιστή έκλεισε.</translation>
    </message>
    <message>
        <source>Sending stopped because the local store failed: %1</source>
        <translation>Η αποστολή σταμάτησε επειδή η τοπική αποθήκη απέτυχε: %1</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Η αποστολή ακυρώθηκε.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxWriter</name>
    <message>
        <source>The message has no sender address (From) and cannot be sent.</source>
        <translation>Το μήνυμα δεν έχει διεύθυνση αποστολέα (Από) και δεν μπορεί να σταλεί.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete mail address (name@domain).</source>
        <translation>Το &quot;%1&quot; δεν είναι πλήρης διεύθυνση αλληλογραφίας (όνομα@τομέας).</translation>
    </message>
    <message>
        <source>The message has no recipient (To, Cc or Bcc) and cannot be sent.</source>
        <translation>Το μήνυμα δεν έχει παραλήπτη (Προς, Κοιν. ή Κρυφή κοιν.) και δεν μπορεί να σταλεί.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Το μήνυμα είναι κενό.</translation>
    </message>
    <message>
        <source>The message has no header and cannot be sent.</source>
        <translation>Το μήνυμα δεν έχει κεφαλίδα και δεν μπορεί να σταλεί.</translation>
    </message>
    <message>
        <source>The message could not be written to %1: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του μηνύματος στο %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
</context>
<context>
    <name>epistle::sync::Pop3Downloader</name>
    <message>
        <source>The server %1 does not list unique message ids (UIDL). Without them Epistle cannot tell new messages from downloaded ones, so it does not download from this server. (%2)</source>
        <translation>Ο διακομιστής %1 δεν παραθέτει μοναδικά αναγνωριστικά μηνυμάτων (UIDL). Χωρίς αυτά το Epistle δεν μπορεί να ξεχωρίσει τα νέα μηνύματα από όσα έχουν ήδη ληφθεί, γι&apos; αυτό δεν κάνει λήψη από αυτόν τον διακομιστή. (%2)</translation>
    </message>
    <message>
        <source>The server %1 gave the same unique id to two messages (%2); Epistle does not download from a mailbox it cannot tell apart.</source>
        <translation>Ο διακομιστής %1 έδωσε το ίδιο μοναδικό αναγνωριστικό σε δύο μηνύματα (%2)· το Epistle δεν κάνει λήψη από γραμματοκιβώτιο του οποίου τα μηνύματα δεν μπορεί να ξεχωρίσει.</translation>
    </message>
    <message>
        <source>The server did not confirm removing the downloaded messages: %1</source>
        <translation>Ο διακομιστής δεν επιβεβαίωσε την αφαίρεση των μηνυμάτων που λήφθηκαν: %1</translation>
    </message>
    <message>
        <source>Downloading stopped because the local store failed: %1</source>
        <translation>Η λήψη σταμάτησε επειδή η τοπική αποθήκη απέτυχε: %1</translation>
    </message>
    <message>
        <source>Downloading was cancelled.</source>
        <translation>Η λήψη ακυρώθηκε.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::SecretStore</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Δεν είναι αποθηκευμένος κωδικός πρόσβασης για αυτόν τον λογαριασμό.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password when it needs it and keep it only until it quits.</source>
        <translation>Η κλειδοθήκη του συστήματος δεν είναι διαθέσιμη (%1). Το Epistle θα ζητά τον κωδικό πρόσβασης όταν τον χρειάζεται και θα τον κρατά μόνο μέχρι να τερματιστεί.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::SyncEngine</name>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password each time it starts and keep it only in memory.</source>
        <translation>Η κλειδοθήκη του συστήματος δεν είναι διαθέσιμη (%1). Το Epistle θα ζητά τον κωδικό πρόσβασης σε κάθε εκκίνηση και θα τον κρατά μόνο στη μνήμη.</translation>
    </message>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Δεν είναι αποθηκευμένος κωδικός πρόσβασης για αυτόν τον λογαριασμό.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Διακόπηκε.</translation>
    </message>
    <message>
        <source>Checking for mail</source>
        <translation>Έλεγχος για νέα αλληλογραφία</translation>
    </message>
    <message>
        <source>No account is set up.</source>
        <translation>Δεν έχει ρυθμιστεί κανένας λογαριασμός.</translation>
    </message>
    <message>
        <source>The account does not exist or is disabled.</source>
        <translation>Ο λογαριασμός δεν υπάρχει ή είναι απενεργοποιημένος.</translation>
    </message>
    <message>
        <source>Messages can only be moved between folders of the same account; copy them instead.</source>
        <translation>Τα μηνύματα μπορούν να μετακινηθούν μόνο μεταξύ φακέλων του ίδιου λογαριασμού· αντιγράψτε τα αντί γι&apos; αυτό.</translation>
    </message>
    <message>
        <source>Copying between accounts is not supported yet.</source>
        <translation>Η αντιγραφή μεταξύ λογαριασμών δεν υποστηρίζεται ακόμη.</translation>
    </message>
    <message>
        <source>Creating a folder</source>
        <translation>Δημιουργία φακέλου</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ο φάκελος χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>Creating folder %1</source>
        <translation>Δημιουργία του φακέλου %1</translation>
    </message>
    <message>
        <source>Renaming a folder</source>
        <translation>Μετονομασία φακέλου</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Ο φάκελος δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Renaming folder to %1</source>
        <translation>Μετονομασία φακέλου σε %1</translation>
    </message>
    <message>
        <source>Deleting a folder</source>
        <translation>Διαγραφή φακέλου</translation>
    </message>
    <message>
        <source>Loading a message</source>
        <translation>Φόρτωση μηνύματος</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>Το μήνυμα δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Searching on the server</source>
        <translation>Αναζήτηση στον διακομιστή</translation>
    </message>
    <message>
        <source>Sending a message</source>
        <translation>Αποστολή μηνύματος</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>Αποθήκευση πρόχειρου</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του κωδικού πρόσβασης στην κλειδοθήκη: %1</translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountStatusBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>offline, retrying at %1</source>
        <translation>εκτός σύνδεσης, νέα προσπάθεια στις %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>γίνεται σύνδεση…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>σε σύνδεση</translation>
    </message>
    <message>
        <source>syncing %1/%2</source>
        <translation>συγχρονισμός %1/%2</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>συγχρονισμός…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>σφάλμα</translation>
    </message>
    <message>
        <source>needs the password</source>
        <translation>απαιτείται ο κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation>Τελευταίος συγχρονισμός: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (και %n ακόμη)</numerusform>
            <numerusform>%1 (και %n ακόμη)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountWizard</name>
    <message>
        <source>Add Mail Account</source>
        <translation>Προσθήκη λογαριασμού αλληλογραφίας</translation>
    </message>
    <message>
        <source>Found in the DNS SRV record %1</source>
        <translation>Βρέθηκε στην εγγραφή DNS SRV %1</translation>
    </message>
    <message>
        <source>Found in the configuration file %1</source>
        <translation>Βρέθηκε στο αρχείο ρυθμίσεων %1</translation>
    </message>
    <message>
        <source>Found in the configuration file %1, fetched without encryption</source>
        <translation>Βρέθηκε στο αρχείο ρυθμίσεων %1, που λήφθηκε χωρίς κρυπτογράφηση</translation>
    </message>
    <message>
        <source>Found through the domain of the MX host (%1)</source>
        <translation>Βρέθηκε μέσω του τομέα του κεντρικού υπολογιστή MX (%1)</translation>
    </message>
    <message>
        <source>Guessed: %1</source>
        <translation>Εικασία: %1</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Εισήχθη χειροκίνητα</translation>
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
        <translation>Καμία (χωρίς κρυπτογράφηση)</translation>
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
        <translation>Το Epistle δεν μπόρεσε να επαληθεύσει την ταυτότητα του %1: το πιστοποιητικό του απορρίφθηκε και δεν στάλθηκε τίποτα σε αυτό.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>από %1 έως %2</translation>
    </message>
    <message>
        <source>Trust and Try Again</source>
        <translation>Εμπιστοσύνη και νέα προσπάθεια</translation>
    </message>
</context>
<context>
    <name>epistle::ui::ComposerWindow</name>
    <message>
        <source>name@example.com, …</source>
        <translation>όνομα@example.com, …</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Επισύναψη αρχείων</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no account to send from yet.</source>
        <translation>Δεν υπάρχει ακόμη λογαριασμός από τον οποίο να γίνει αποστολή.</translation>
    </message>
    <message>
        <source>%1 cannot be read and was not attached.</source>
        <translation>Το %1 δεν είναι αναγνώσιμο και δεν επισυνάφθηκε.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in total</source>
        <translation>
            <numerusform>%n συνημμένο, %1 συνολικά</numerusform>
            <numerusform>%n συνημμένα, %1 συνολικά</numerusform>
        </translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Σύνταξη: (χωρίς θέμα)</translation>
    </message>
    <message>
        <source>Write: %1</source>
        <translation>Σύνταξη: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του πρόχειρου: %1</translation>
    </message>
    <message>
        <source>Draft saved on this computer at %1</source>
        <translation>Το πρόχειρο αποθηκεύτηκε σε αυτόν τον υπολογιστή στις %1</translation>
    </message>
    <message>
        <source>Draft saved in Drafts</source>
        <translation>Το πρόχειρο αποθηκεύτηκε στα Πρόχειρα</translation>
    </message>
    <message>
        <source>The draft is saved on this computer only: %1</source>
        <translation>Το πρόχειρο είναι αποθηκευμένο μόνο σε αυτόν τον υπολογιστή: %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Choose an identity to send from.</source>
        <translation>Επιλέξτε μια ταυτότητα για την αποστολή.</translation>
    </message>
    <message>
        <source>The message could not be prepared: %1</source>
        <translation>Δεν ήταν δυνατή η προετοιμασία του μηνύματος: %1</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Προσθέστε τουλάχιστον έναν παραλήπτη.</translation>
    </message>
    <message>
        <source>Send this message without a subject?</source>
        <translation>Να σταλεί αυτό το μήνυμα χωρίς θέμα;</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>The message could not be queued for sending: %1</source>
        <translation>Δεν ήταν δυνατή η προσθήκη του μηνύματος στην ουρά αποστολής: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation>Να αποθηκευτεί αυτό το μήνυμα ως πρόχειρο πριν από το κλείσιμο;</translation>
    </message>
</context>
<context>
    <name>epistle::ui::ConfirmPage</name>
    <message>
        <source>Your mail for &lt;b&gt;%1&lt;/b&gt; would be handled by servers of &lt;b&gt;%2&lt;/b&gt;, which is not your address&apos;s domain. Epistle has not sent your password anywhere yet.</source>
        <translation>Την αλληλογραφία σας για το &lt;b&gt;%1&lt;/b&gt; θα τη διαχειρίζονται διακομιστές του &lt;b&gt;%2&lt;/b&gt;, που δεν είναι ο τομέας της διεύθυνσής σας. Το Epistle δεν έχει στείλει ακόμη τον κωδικό πρόσβασής σας πουθενά.</translation>
    </message>
    <message>
        <source>%1 is my mail provider: use these servers</source>
        <translation>Το %1 είναι ο πάροχος αλληλογραφίας μου: χρήση αυτών των διακομιστών</translation>
    </message>
</context>
<context>
    <name>epistle::ui::DiscoveryPage</name>
    <message>
        <source>DNS service records (SRV)</source>
        <translation>Εγγραφές υπηρεσιών DNS (SRV)</translation>
    </message>
    <message>
        <source>Provider configuration file</source>
        <translation>Αρχείο ρυθμίσεων του παρόχου</translation>
    </message>
    <message>
        <source>Mail exchanger (MX) of the domain</source>
        <translation>Διακομιστής ανταλλαγής αλληλογραφίας (MX) του τομέα</translation>
    </message>
    <message>
        <source>Usual server names (guessing)</source>
        <translation>Συνήθη ονόματα διακομιστών (εικασία)</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>απενεργοποιήθηκε</translation>
    </message>
    <message>
        <source>only if needed</source>
        <translation>μόνο αν χρειαστεί</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>αναζήτηση…</translation>
    </message>
    <message>
        <source>Looking for the servers of %1…</source>
        <translation>Αναζήτηση των διακομιστών του %1…</translation>
    </message>
    <message>
        <source>%1 is not an address Epistle can look up.</source>
        <translation>Το %1 δεν είναι διεύθυνση που μπορεί να αναζητήσει το Epistle.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) found</source>
        <translation>
            <numerusform>βρέθηκε %n διακομιστής</numerusform>
            <numerusform>βρέθηκαν %n διακομιστές</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>διακόπηκε</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>δεν χρειάστηκε</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>δεν βρέθηκε τίποτα</translation>
    </message>
    <message>
        <source>Stopped. Enter the settings by hand, starting from what was found.</source>
        <translation>Διακόπηκε. Εισαγάγετε τις ρυθμίσεις χειροκίνητα, ξεκινώντας από όσα βρέθηκαν.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Go on to enter the settings by hand.</source>
        <translation>Δεν βρέθηκε διακομιστής αλληλογραφίας για το %1. Συνεχίστε για να εισαγάγετε τις ρυθμίσεις χειροκίνητα.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server setting(s) for %1. Go on to review them.</source>
        <translation>
            <numerusform>Βρέθηκε %n ρύθμιση διακομιστή για το %1. Συνεχίστε για να την ελέγξετε.</numerusform>
            <numerusform>Βρέθηκαν %n ρυθμίσεις διακομιστή για το %1. Συνεχίστε για να τις ελέγξετε.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::DonePage</name>
    <message>
        <source>Saving the account…</source>
        <translation>Αποθήκευση του λογαριασμού…</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του λογαριασμού: %1</translation>
    </message>
    <message>
        <source>The account %1 is saved.</source>
        <translation>Ο λογαριασμός %1 αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Your password is kept in the system keychain.</source>
        <translation>Ο κωδικός πρόσβασής σας φυλάσσεται στην κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>Your password could not be kept in the system keychain (%1). It is not stored anywhere else: Epistle will ask for it each time it starts.</source>
        <translation>Δεν ήταν δυνατή η φύλαξη του κωδικού πρόσβασής σας στην κλειδοθήκη του συστήματος (%1). Δεν αποθηκεύεται πουθενά αλλού: το Epistle θα τον ζητά σε κάθε εκκίνηση.</translation>
    </message>
    <message>
        <source>Epistle will fetch your mail the next time it starts.</source>
        <translation>Το Epistle θα λάβει την αλληλογραφία σας την επόμενη φορά που θα ξεκινήσει.</translation>
    </message>
    <message>
        <source>Fetching your folders and messages… You can close this window; it goes on in the background.</source>
        <translation>Λήψη των φακέλων και των μηνυμάτων σας… Μπορείτε να κλείσετε αυτό το παράθυρο· η διαδικασία συνεχίζεται στο παρασκήνιο.</translation>
    </message>
    <message>
        <source>Your mail is here.</source>
        <translation>Η αλληλογραφία σας είναι εδώ.</translation>
    </message>
    <message>
        <source>The first synchronisation was stopped; Epistle tries again later.</source>
        <translation>Ο πρώτος συγχρονισμός διακόπηκε· το Epistle θα δοκιμάσει ξανά αργότερα.</translation>
    </message>
    <message>
        <source>The first synchronisation failed: %1. Epistle tries again later.</source>
        <translation>Ο πρώτος συγχρονισμός απέτυχε: %1. Το Epistle θα δοκιμάσει ξανά αργότερα.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::IdentityPage</name>
    <message>
        <source>&quot;%1&quot; is not an email address: it needs a name, an @ and a domain.</source>
        <translation>Το &quot;%1&quot; δεν είναι διεύθυνση email: χρειάζεται ένα όνομα, ένα @ και έναν τομέα.</translation>
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
        <translation>&amp;Νέο μήνυμα</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Απάντηση</translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation>Απάντηση σε ό&amp;λους</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Προώθηση</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Αρ&amp;χειοθέτηση</translation>
    </message>
    <message>
        <source>&amp;Mark as Read/Unread</source>
        <translation>Σή&amp;μανση ως αναγνωσμένο/μη αναγνωσμένο</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Με α&amp;στέρι</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>&amp;Επόμενο μη αναγνωσμένο</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>&amp;Λήψη αλληλογραφίας</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Αναζήτηση</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Νήματα</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Νέος &amp;φάκελος…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Μετονομασία φακέλου…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>Διαγραφή φακέλου…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Προσθήκη λογαριασμού…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Μήνυμα</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Κύρια γραμμή εργαλείων</translation>
    </message>
    <message>
        <source>A message could not be sent: %1</source>
        <translation>Δεν ήταν δυνατή η αποστολή ενός μηνύματος: %1</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Το μήνυμα στάλθηκε.</translation>
    </message>
    <message>
        <source>%1 — Epistle</source>
        <translation>%1 — Epistle</translation>
    </message>
    <message>
        <source>No unread messages here.</source>
        <translation>Δεν υπάρχουν μη αναγνωσμένα μηνύματα εδώ.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found here</source>
        <translation>
            <numerusform>Βρέθηκε %n μήνυμα εδώ</numerusform>
            <numerusform>Βρέθηκαν %n μηνύματα εδώ</numerusform>
        </translation>
    </message>
    <message>
        <source>Message queued for sending.</source>
        <translation>Το μήνυμα προστέθηκε στην ουρά αποστολής.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Νέος φάκελος</translation>
    </message>
    <message>
        <source>Name of the new folder inside “%1”:</source>
        <translation>Όνομα του νέου φακέλου μέσα στο «%1»:</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Όνομα του νέου φακέλου:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Μετονομασία φακέλου</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Νέο όνομα:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Διαγραφή φακέλου</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every message in it, on the server too?</source>
        <translation>Να διαγραφεί ο φάκελος «%1» και κάθε μήνυμα που περιέχει, και στον διακομιστή;</translation>
    </message>
    <message>
        <source>Untrusted Certificate: %1</source>
        <translation>Μη αξιόπιστο πιστοποιητικό: %1</translation>
    </message>
    <message>
        <source>Trust This Certificate for This Account</source>
        <translation>Εμπιστοσύνη σε αυτό το πιστοποιητικό για αυτόν τον λογαριασμό</translation>
    </message>
    <message>
        <source>Reading the threads…</source>
        <translation>Ανάγνωση των νημάτων…</translation>
    </message>
</context>
<context>
    <name>epistle::ui::MessageView</name>
    <message>
        <source>Load remote images and styles of this message once</source>
        <translation>Φόρτωση των απομακρυσμένων εικόνων και στυλ αυτού του μηνύματος μία φορά</translation>
    </message>
    <message>
        <source>Always load remote content in messages from this sender</source>
        <translation>Πάντα φόρτωση απομακρυσμένου περιεχομένου στα μηνύματα από αυτόν τον αποστολέα</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Φόρτωση του μηνύματος…</translation>
    </message>
    <message>
        <source>The message could not be loaded.</source>
        <translation>Δεν ήταν δυνατή η φόρτωση του μηνύματος.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(χωρίς θέμα)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Αποθήκευση ως…</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>Αυτό το μήνυμα δεν έχει κείμενο.</translation>
    </message>
    <message numerus="yes">
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>Το απομακρυσμένο περιεχόμενο αποκλείστηκε για την προστασία του απορρήτου σας (%n στοιχείο).</numerusform>
            <numerusform>Το απομακρυσμένο περιεχόμενο αποκλείστηκε για την προστασία του απορρήτου σας (%n στοιχεία).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Άνοιγμα συνημμένου</translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του συνημμένου: %1</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Αποθήκευση συνημμένου</translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση του συνημμένου: %1</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Αποθήκευση όλων των συνημμένων</translation>
    </message>
    <message>
        <source>Some attachments could not be saved:
%1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση ορισμένων συνημμένων:
%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Συνημμένο</translation>
    </message>
    <message>
        <source>The attachment could not be fetched from the server: %1</source>
        <translation>Δεν ήταν δυνατή η λήψη του συνημμένου από τον διακομιστή: %1</translation>
    </message>
    <message>
        <source>not fetched from the server</source>
        <translation>δεν ελήφθη από τον διακομιστή</translation>
    </message>
</context>
<context>
    <name>epistle::ui::PasswordDialog</name>
    <message>
        <source>Enter the password of the account “%1” to receive mail.</source>
        <translation>Εισαγάγετε τον κωδικό πρόσβασης του λογαριασμού «%1» για να λάβετε αλληλογραφία.</translation>
    </message>
    <message>
        <source>Enter the password of the account “%1” to send mail.</source>
        <translation>Εισαγάγετε τον κωδικό πρόσβασης του λογαριασμού «%1» για να στείλετε αλληλογραφία.</translation>
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
        <translation>Καμία (χωρίς κρυπτογράφηση)</translation>
    </message>
    <message>
        <source>Blocked, with a bar to load it</source>
        <translation>Αποκλείεται, με γραμμή για φόρτωσή του</translation>
    </message>
    <message>
        <source>Always loaded</source>
        <translation>Φορτώνεται πάντα</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ποτέ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> δευτ.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
    <message>
        <source>&amp;Incoming server (POP3):</source>
        <translation>&amp;Εισερχόμενος διακομιστής (POP3):</translation>
    </message>
    <message>
        <source>&amp;Incoming server (IMAP):</source>
        <translation>&amp;Εισερχόμενος διακομιστής (IMAP):</translation>
    </message>
    <message>
        <source>An account needs a name and an incoming server.</source>
        <translation>Ένας λογαριασμός χρειάζεται όνομα και διακομιστή εισερχομένων.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>Ο λογαριασμός αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Αφαίρεση λογαριασμού</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its messages are removed from this computer (not from the server), and its password from the keychain.</source>
        <translation>Να αφαιρεθεί ο λογαριασμός «%1»; Τα μηνύματά του αφαιρούνται από αυτόν τον υπολογιστή (όχι από τον διακομιστή) και ο κωδικός πρόσβασής του από την κλειδοθήκη.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Αφαίρεση…</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Ο λογαριασμός αφαιρέθηκε.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Εισαγάγετε μια διεύθυνση email, όπως όνομα@example.com.</translation>
    </message>
    <message>
        <source>The identity was saved.</source>
        <translation>Η ταυτότητα αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::SettingsPage</name>
    <message>
        <source>Enter the server settings your provider gives you.</source>
        <translation>Εισαγάγετε τις ρυθμίσεις διακομιστή που σας δίνει ο πάροχός σας.</translation>
    </message>
    <message>
        <source>The search was stopped. What it found so far is listed; complete the rest by hand.</source>
        <translation>Η αναζήτηση διακόπηκε. Όσα βρέθηκαν μέχρι στιγμής εμφανίζονται παρακάτω· συμπληρώστε τα υπόλοιπα χειροκίνητα.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings your provider gives you.</source>
        <translation>Δεν βρέθηκε διακομιστής αλληλογραφίας για το %1. Εισαγάγετε τις ρυθμίσεις που σας δίνει ο πάροχός σας.</translation>
    </message>
    <message>
        <source>These settings were found for %1. Change anything that is not right.</source>
        <translation>Αυτές οι ρυθμίσεις βρέθηκαν για το %1. Αλλάξτε ό,τι δεν είναι σωστό.</translation>
    </message>
    <message>
        <source>No incoming server was found: enter it by hand.</source>
        <translation>Δεν βρέθηκε διακομιστής εισερχομένων: εισαγάγετέ τον χειροκίνητα.</translation>
    </message>
    <message>
        <source>No outgoing server was found: enter it by hand.</source>
        <translation>Δεν βρέθηκε διακομιστής εξερχομένων: εισαγάγετέ τον χειροκίνητα.</translation>
    </message>
    <message>
        <source>Your provider says it does not offer %1.</source>
        <translation>Ο πάροχός σας δηλώνει ότι δεν προσφέρει %1.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (στο %2)</translation>
    </message>
    <message>
        <source>Other settings, entered by hand</source>
        <translation>Άλλες ρυθμίσεις, με χειροκίνητη εισαγωγή</translation>
    </message>
    <message>
        <source>e.g. imap.%1</source>
        <translation>π.χ. imap.%1</translation>
    </message>
    <message>
        <source>e.g. smtp.%1</source>
        <translation>π.χ. smtp.%1</translation>
    </message>
    <message>
        <source>%1. This server is outside your address&apos;s domain: you will be asked to confirm %2 first.</source>
        <translation>%1. Αυτός ο διακομιστής βρίσκεται εκτός του τομέα της διεύθυνσής σας: θα σας ζητηθεί πρώτα να επιβεβαιώσετε το %2.</translation>
    </message>
    <message>
        <source>Epistle sends no password to %1 without encryption: choose SSL/TLS or STARTTLS.</source>
        <translation>Το Epistle δεν στέλνει κωδικό πρόσβασης στο %1 χωρίς κρυπτογράφηση: επιλέξτε SSL/TLS ή STARTTLS.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::TrayIcon</name>
    <message numerus="yes">
        <source>Epistle: %n unread message(s)</source>
        <translation>
            <numerusform>Epistle: %n μη αναγνωσμένο μήνυμα</numerusform>
            <numerusform>Epistle: %n μη αναγνωσμένα μηνύματα</numerusform>
        </translation>
    </message>
    <message>
        <source>Epistle</source>
        <translation>Epistle</translation>
    </message>
    <message>
        <source>New mail from %1</source>
        <translation>Νέα αλληλογραφία από %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n νέο μήνυμα</numerusform>
            <numerusform>%n νέα μηνύματα</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest from %1: %2</source>
        <translation>Το πιο πρόσφατο μήνυμα από %1: %2</translation>
    </message>
</context>
<context>
    <name>epistle::ui::VerifyPage</name>
    <message>
        <source>&amp;Add Account</source>
        <translation>&amp;Προσθήκη λογαριασμού</translation>
    </message>
    <message>
        <source>Signing in to %1 and %2…</source>
        <translation>Σύνδεση στο %1 και στο %2…</translation>
    </message>
    <message>
        <source>Signed in to both servers as %1. Add the account to start receiving mail.</source>
        <translation>Συνδεθήκατε και στους δύο διακομιστές ως %1. Προσθέστε τον λογαριασμό για να αρχίσετε να λαμβάνετε αλληλογραφία.</translation>
    </message>
    <message>
        <source>Signed in as %1 (incoming) and %2 (outgoing). Add the account to start receiving mail.</source>
        <translation>Συνδεθήκατε ως %1 (εισερχόμενα) και %2 (εξερχόμενα). Προσθέστε τον λογαριασμό για να αρχίσετε να λαμβάνετε αλληλογραφία.</translation>
    </message>
    <message>
        <source>Enter the password again and try again.</source>
        <translation>Εισαγάγετε ξανά τον κωδικό πρόσβασης και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Look at the certificate to decide whether to trust it, or go back and choose another server.</source>
        <translation>Εξετάστε το πιστοποιητικό για να αποφασίσετε αν θα το εμπιστευτείτε ή επιστρέψτε και επιλέξτε άλλον διακομιστή.</translation>
    </message>
    <message>
        <source>Go back to change the settings, or try again.</source>
        <translation>Επιστρέψτε για να αλλάξετε τις ρυθμίσεις ή δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>You trusted the certificate %1 for this account.</source>
        <translation>Εμπιστευτήκατε το πιστοποιητικό %1 για αυτόν τον λογαριασμό.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands (run without one to open the window):
</source>
        <translation>Εντολές (εκτελέστε χωρίς εντολή για να ανοίξει το παράθυρο):
</translation>
    </message>
    <message>
        <source>Run &apos;epistle &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>Εκτελέστε &apos;epistle &lt;εντολή&gt; --help&apos; για τις επιλογές μιας εντολής.
</translation>
    </message>
    <message>
        <source>Epistle, a desktop mail client.</source>
        <translation>Epistle, ένα πρόγραμμα αλληλογραφίας για υπολογιστές γραφείου.</translation>
    </message>
    <message>
        <source>Keep all state (settings, database, caches, logs) in &lt;dir&gt;.</source>
        <translation>Διατήρηση όλης της κατάστασης (ρυθμίσεις, βάση δεδομένων, κρυφές μνήμες, αρχεία καταγραφής) στον φάκελο &lt;φάκελος&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>φάκελος</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Εμφάνιση της έκδοσης και έξοδος.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Εμφάνιση αυτής της βοήθειας και έξοδος.</translation>
    </message>
    <message>
        <source>A mailto: link to compose (optional).</source>
        <translation>Ένας σύνδεσμος mailto: για σύνταξη (προαιρετικό).</translation>
    </message>
    <message>
        <source>Try &apos;epistle --help&apos;.</source>
        <translation>Δοκιμάστε &apos;epistle --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Try &apos;epistle --help&apos;.</source>
        <translation>Άγνωστη εντολή &apos;%1&apos;. Δοκιμάστε &apos;epistle --help&apos;.</translation>
    </message>
</context>
<context>
    <name>send</name>
    <message>
        <source>Queue a message (an RFC 5322 file, &apos;-&apos; for standard input) in the Outbox and send it.</source>
        <translation>Προσθήκη ενός μηνύματος (αρχείο RFC 5322, &apos;-&apos; για την τυπική είσοδο) στα Εξερχόμενα και αποστολή του.</translation>
    </message>
    <message>
        <source>The account to send with (name or id).</source>
        <translation>Ο λογαριασμός αποστολής (όνομα ή αναγνωριστικό).</translation>
    </message>
    <message>
        <source>The message to send.</source>
        <translation>Το μήνυμα προς αποστολή.</translation>
    </message>
    <message>
        <source>Usage: epistle send FILE.eml --account NAME</source>
        <translation>Χρήση: epistle send ΑΡΧΕΙΟ.eml --account ΟΝΟΜΑ</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Δεν υπάρχει λογαριασμός &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The message was not sent: %1
It stays in the Outbox.</source>
        <translation>Το μήνυμα δεν στάλθηκε: %1
Παραμένει στα Εξερχόμενα.</translation>
    </message>
    <message>
        <source>The message could not be sent yet: %1
It stays in the Outbox and is sent at the next synchronisation (next try after %2).</source>
        <translation>Δεν ήταν ακόμη δυνατή η αποστολή του μηνύματος: %1
Παραμένει στα Εξερχόμενα και θα σταλεί στον επόμενο συγχρονισμό (επόμενη προσπάθεια μετά τις %2).</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Στάλθηκε.</translation>
    </message>
    <message>
        <source>The message stays in the Outbox: %1</source>
        <translation>Το μήνυμα παραμένει στα Εξερχόμενα: %1</translation>
    </message>
    <message>
        <source>The message was not queued: %1</source>
        <translation>Το μήνυμα δεν προστέθηκε στην ουρά: %1</translation>
    </message>
    <message>
        <source>Sent, but the copy for the Sent folder waits for the next synchronisation: %1</source>
        <translation>Στάλθηκε, αλλά το αντίγραφο για τον φάκελο Απεσταλμένα αναμένει τον επόμενο συγχρονισμό: %1</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Synchronise folder lists, message summaries, pending offline changes and the Outbox once.</source>
        <translation>Εφάπαξ συγχρονισμός των λιστών φακέλων, των συνόψεων μηνυμάτων, των εκκρεμών αλλαγών εκτός σύνδεσης και των Εξερχομένων.</translation>
    </message>
    <message>
        <source>Only this account (name or id).</source>
        <translation>Μόνο αυτός ο λογαριασμός (όνομα ή αναγνωριστικό).</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Εμφάνιση της σύνοψης σε μορφή JSON.</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Χωρίς ένδειξη προόδου στην τυπική έξοδο σφαλμάτων.</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Δεν υπάρχει λογαριασμός &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No account is set up. Add one with &apos;epistle account add&apos;.</source>
        <translation>Δεν έχει ρυθμιστεί κανένας λογαριασμός. Προσθέστε έναν με &apos;epistle account add&apos;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 folders, %3 messages (%4 unread), %5 changes pending, %6 in the Outbox</source>
        <translation>%1: φάκελοι: %2, μηνύματα: %3 (μη αναγνωσμένα: %4), εκκρεμείς αλλαγές: %5, στα Εξερχόμενα: %6</translation>
    </message>
    <message>
        <source>Synchronisation failed: %1</source>
        <translation>Ο συγχρονισμός απέτυχε: %1</translation>
    </message>
</context>
</TS>
