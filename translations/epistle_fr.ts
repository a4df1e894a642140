<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountState</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe requis</translation>
    </message>
</context>
<context>
    <name>AddressSuggestions</name>
    <message>
        <source>reading addresses</source>
        <translation>lecture des adresses</translation>
    </message>
</context>
<context>
    <name>AttachmentSaver</name>
    <message>
        <source>The part has no content</source>
        <translation>La partie n&apos;a pas de contenu</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation>L&apos;écriture de %1 a échoué</translation>
    </message>
</context>
<context>
    <name>AutoconfigXml</name>
    <message>
        <source>The configuration file is not valid XML: %1 (line %2)</source>
        <translation>Le fichier de configuration n&apos;est pas un XML valide : %1 (ligne %2)</translation>
    </message>
    <message>
        <source>The file is not a mail client configuration (no clientConfig element).</source>
        <translation>Ce fichier n&apos;est pas une configuration de client de messagerie (aucun élément clientConfig).</translation>
    </message>
    <message>
        <source>Skipped a server of type &quot;%1&quot;.</source>
        <translation>Serveur de type « %1 » ignoré.</translation>
    </message>
    <message>
        <source>Skipped an incomplete %1 server entry.</source>
        <translation>Entrée de serveur %1 incomplète ignorée.</translation>
    </message>
    <message>
        <source>Skipped %1 on %2: it needs a sign-in method Epistle does not offer (%3).</source>
        <translation>%1 sur %2 ignoré : il nécessite une méthode de connexion qu&apos;Epistle ne propose pas (%3).</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Write</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Envoyer le message (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Rich text</source>
        <translation>Te&amp;xte enrichi</translation>
    </message>
    <message>
        <source>Formatted text, sent together with a plain text version</source>
        <translation>Texte mis en forme, envoyé avec une version en texte brut</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>C&amp;c :</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i :</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <source>The server reported too many messages.</source>
        <translation>Le serveur a signalé trop de messages.</translation>
    </message>
</context>
<context>
    <name>ForwardBuilder</name>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Message transféré --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc : %1</translation>
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
        <translation>La base de données du courrier est inutilisable : %1

%2</translation>
    </message>
    <message>
        <source>Epistle %1: the main window is not part of this build yet. Profile: %2
Use the headless commands (epistle --help).</source>
        <translation>Epistle %1 : la fenêtre principale ne fait pas encore partie de cette version. Profil : %2
Utilisez les commandes sans interface (epistle --help).</translation>
    </message>
    <message>
        <source>Later starts cannot hand mailto: links to this window: %1</source>
        <translation>Les lancements ultérieurs ne pourront pas transmettre de liens mailto: à cette fenêtre : %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Print a message file parsed, as JSON: headers, addresses, the part tree, the text a reader shows and the attachments.</source>
        <translation>Analyse un fichier de message et l&apos;affiche en JSON : en-têtes, adresses, arborescence des parties, texte affiché à la lecture et pièces jointes.</translation>
    </message>
    <message>
        <source>Show the plain text alternative.</source>
        <translation>Afficher la version en texte brut.</translation>
    </message>
    <message>
        <source>Show the HTML alternative (default).</source>
        <translation>Afficher la version HTML (par défaut).</translation>
    </message>
    <message>
        <source>Keep remote images and style references in the sanitized HTML.</source>
        <translation>Conserver les images et les références de styles distantes dans le HTML nettoyé.</translation>
    </message>
    <message>
        <source>Print the JSON on one line.</source>
        <translation>Afficher le JSON sur une seule ligne.</translation>
    </message>
    <message>
        <source>The message (.eml), or - for standard input.</source>
        <translation>Le message (.eml), ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Usage: epistle inspect [options] FILE.eml|-</source>
        <translation>Utilisation : epistle inspect [options] FILE.eml|-</translation>
    </message>
    <message>
        <source>--prefer-plain and --prefer-html exclude each other</source>
        <translation>--prefer-plain et --prefer-html s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation>Impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>epistle inspect: %1</source>
        <translation>epistle inspect : %1</translation>
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
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation>Afficher uniquement les messages non lus</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Avec étoile</translation>
    </message>
    <message>
        <source>Show only starred messages</source>
        <translation>Afficher uniquement les messages avec étoile</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Show only messages with attachments</source>
        <translation>Afficher uniquement les messages avec pièces jointes</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+K)</source>
        <translation>Rechercher des messages (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>Cannot read the attachment %1: %2</source>
        <translation>Impossible de lire la pièce jointe %1 : %2</translation>
    </message>
</context>
<context>
    <name>MessageListQueries</name>
    <message>
        <source>The mail database has no native handle.</source>
        <translation>La base de données du courrier n&apos;a pas de descripteur natif.</translation>
    </message>
    <message>
        <source>The message list could not be read.</source>
        <translation>La liste des messages n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>reading message list rows</source>
        <translation>lecture des lignes de la liste des messages</translation>
    </message>
    <message>
        <source>reading a thread</source>
        <translation>lecture d&apos;un fil de discussion</translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>The input is not readable</source>
        <translation>L&apos;entrée n&apos;est pas lisible</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc :</translation>
    </message>
    <message>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation>Le contenu distant a été bloqué pour protéger votre vie privée.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>Toujours pour cet expéditeur</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Tout enregistrer…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
</context>
<context>
    <name>OperationReplayer</name>
    <message numerus="yes">
        <source>changing the flags of %n message(s)</source>
        <translation>
            <numerusform>modification des indicateurs de %n message</numerusform>
            <numerusform>modification des indicateurs de %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moving %n message(s)</source>
        <translation>
            <numerusform>déplacement de %n message</numerusform>
            <numerusform>déplacement de %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copying %n message(s)</source>
        <translation>
            <numerusform>copie de %n message</numerusform>
            <numerusform>copie de %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleting %n message(s)</source>
        <translation>
            <numerusform>suppression de %n message</numerusform>
            <numerusform>suppression de %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>storing a message</source>
        <translation>enregistrement d&apos;un message</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Le dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A change could not be made on the server (%1): %2</source>
        <translation>Une modification n&apos;a pas pu être effectuée sur le serveur (%1) : %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Mémoriser dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation>Impossible de créer le dossier de profil %1</translation>
    </message>
</context>
<context>
    <name>ReplyBuilder</name>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 a écrit :</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>Le %1, %2 a écrit :</translation>
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
        <translation>aucun chiffrement</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>No password is known for this account.</source>
        <translation>Aucun mot de passe n&apos;est connu pour ce compte.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Incoming server:</source>
        <translation>Serveur &amp;entrant :</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Outgoing server:</source>
        <translation>Serveur s&amp;ortant :</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nom d&apos;utilisa&amp;teur :</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>Adresse de ré&amp;ponse :</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature :</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Show the &amp;plain text version of messages when there is one</source>
        <translation>Afficher la version te&amp;xte brut des messages lorsqu&apos;elle existe</translation>
    </message>
    <message>
        <source>Remote &amp;content:</source>
        <translation>&amp;Contenu distant :</translation>
    </message>
    <message>
        <source>&amp;Mark as read after:</source>
        <translation>&amp;Marquer comme lu après :</translation>
    </message>
    <message>
        <source>Remote content always loaded from:</source>
        <translation>Contenu distant toujours chargé depuis :</translation>
    </message>
    <message>
        <source>Remove Sender</source>
        <translation>Retirer l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Le serveur a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>The local mail store failed: %1</source>
        <translation>Le stockage local du courrier a échoué : %1</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Erreur interne : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>WizardCertificateDialog</name>
    <message>
        <source>Certificate problem</source>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>Trust it only if you can compare the fingerprint with one your provider or administrator gave you. Epistle will then accept this one certificate, and no other, for this account.</source>
        <translation>Ne lui faites confiance que si vous pouvez comparer l&apos;empreinte avec celle que votre fournisseur ou votre administrateur vous a donnée. Epistle acceptera alors ce certificat, et aucun autre, pour ce compte.</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this account</source>
        <translation>&amp;Faire confiance à ce certificat pour ce compte</translation>
    </message>
</context>
<context>
    <name>WizardConfirmPage</name>
    <message>
        <source>Is this your provider?</source>
        <translation>S&apos;agit-il de votre fournisseur ?</translation>
    </message>
    <message>
        <source>A server outside your address&apos;s domain gets your password only with your approval.</source>
        <translation>Un serveur extérieur au domaine de votre adresse ne reçoit votre mot de passe qu&apos;avec votre accord.</translation>
    </message>
    <message>
        <source>These servers were learnt from DNS (or an unencrypted download), which someone on your network could forge to collect your password. Continue only if you know that your provider uses them; otherwise go back and enter the settings your provider gives you.</source>
        <translation>Ces serveurs ont été trouvés par DNS (ou par un téléchargement non chiffré), que quelqu&apos;un sur votre réseau pourrait falsifier pour récupérer votre mot de passe. Ne continuez que si vous savez que votre fournisseur les utilise ; sinon, revenez en arrière et saisissez les paramètres fournis par votre fournisseur.</translation>
    </message>
</context>
<context>
    <name>WizardDiscoveryPage</name>
    <message>
        <source>Looking for your mail servers</source>
        <translation>Recherche de vos serveurs de messagerie</translation>
    </message>
    <message>
        <source>Epistle asks DNS, your provider&apos;s configuration file and the usual server names. No password is sent while it searches.</source>
        <translation>Epistle interroge le DNS, le fichier de configuration de votre fournisseur et les noms de serveurs habituels. Aucun mot de passe n&apos;est envoyé pendant la recherche.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What was tried:</source>
        <translation>Ce qui a été essayé :</translation>
    </message>
    <message>
        <source>&amp;Stop and enter the settings by hand</source>
        <translation>&amp;Arrêter et saisir les paramètres manuellement</translation>
    </message>
</context>
<context>
    <name>WizardDonePage</name>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>The account is saved, and Epistle fetches your mail.</source>
        <translation>Le compte est enregistré et Epistle relève votre courrier.</translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation>&amp;Enregistrer à nouveau</translation>
    </message>
    <message>
        <source>First synchronisation</source>
        <translation>Première synchronisation</translation>
    </message>
</context>
<context>
    <name>WizardIdentityPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Votre compte de messagerie</translation>
    </message>
    <message>
        <source>Epistle looks up your provider&apos;s servers from your address. Your password is sent only to those servers, over encrypted connections, once you have seen them.</source>
        <translation>Epistle recherche les serveurs de votre fournisseur à partir de votre adresse. Votre mot de passe n&apos;est envoyé qu&apos;à ces serveurs, par des connexions chiffrées, une fois que vous les avez vus.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>As others will see it, e.g. Ada Lovelace</source>
        <translation>Tel que les autres le verront, par exemple Ada Lovelace</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Adresse électronique :</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>M&amp;ot de passe :</translation>
    </message>
    <message>
        <source>Also look for settings over unencrypted &amp;HTTP (less safe: anyone on the network could alter them)</source>
        <translation>Chercher aussi les paramètres par &amp;HTTP non chiffré (moins sûr : n&apos;importe qui sur le réseau pourrait les modifier)</translation>
    </message>
    <message>
        <source>Know your server settings already?</source>
        <translation>Vous connaissez déjà les paramètres de votre serveur ?</translation>
    </message>
    <message>
        <source>Set up &amp;manually…</source>
        <translation>Configurer &amp;manuellement…</translation>
    </message>
</context>
<context>
    <name>WizardSettingsPage</name>
    <message>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <source>Where Epistle fetches and sends your mail, and where each setting was found.</source>
        <translation>Où Epistle relève et envoie votre courrier, et où chaque paramètre a été trouvé.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Trouvé :</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocole :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>Serv&amp;eur :</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sécur&amp;ité :</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>No&amp;m d&apos;utilisateur :</translation>
    </message>
</context>
<context>
    <name>WizardVerifyPage</name>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Epistle signs in to the incoming and the outgoing server to check the settings and the password.</source>
        <translation>Epistle se connecte au serveur entrant et au serveur sortant pour vérifier les paramètres et le mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>M&amp;ot de passe :</translation>
    </message>
    <message>
        <source>Show the &amp;certificate…</source>
        <translation>Afficher le &amp;certificat…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Ce qui a été fait :</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>Add a mail account. The password is read from standard input.</source>
        <translation>Ajoute un compte de messagerie. Le mot de passe est lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Account name shown in Epistle.</source>
        <translation>Nom du compte affiché dans Epistle.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Adresse électronique.</translation>
    </message>
    <message>
        <source>Your name on outgoing mail.</source>
        <translation>Votre nom dans les messages envoyés.</translation>
    </message>
    <message>
        <source>IMAP server.</source>
        <translation>Serveur IMAP.</translation>
    </message>
    <message>
        <source>POP3 server.</source>
        <translation>Serveur POP3.</translation>
    </message>
    <message>
        <source>SMTP submission server.</source>
        <translation>Serveur d&apos;envoi SMTP (soumission).</translation>
    </message>
    <message>
        <source>tls, starttls or none (default: by port).</source>
        <translation>tls, starttls ou none (par défaut : selon le port).</translation>
    </message>
    <message>
        <source>User name (default: the email address).</source>
        <translation>Nom d&apos;utilisateur (par défaut : l&apos;adresse électronique).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for this account.</source>
        <translation>Faire aussi confiance, pour ce compte, aux certificats d&apos;autorité (CA) de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Needed: --email, one of --imap or --pop3 (host:port), and --smtp (host:port).</source>
        <translation>Requis : --email, l&apos;une des options --imap ou --pop3 (host:port), et --smtp (host:port).</translation>
    </message>
    <message>
        <source>Security must be tls, starttls or none.</source>
        <translation>La sécurité doit être tls, starttls ou none.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>Fichier introuvable : %1</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation>Un compte nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Added account %1 (id %2).</source>
        <translation>Compte %1 ajouté (identifiant %2).</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Aucun compte « %1 ».</translation>
    </message>
    <message>
        <source>Removed account %1.</source>
        <translation>Compte %1 supprimé.</translation>
    </message>
    <message>
        <source>Usage: epistle account add [options] | list [--json] | remove &lt;id or name&gt;
Run &apos;epistle account add --help&apos; for the options of add.</source>
        <translation>Utilisation : epistle account add [options] | list [--json] | remove &lt;identifiant ou nom&gt;
Lancez « epistle account add --help » pour connaître les options de add.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add, list or remove mail accounts</source>
        <translation>Ajouter, lister ou supprimer des comptes de messagerie</translation>
    </message>
    <message>
        <source>Find the mail servers for an email address; prints JSON</source>
        <translation>Trouver les serveurs de messagerie d&apos;une adresse électronique ; affiche du JSON</translation>
    </message>
    <message>
        <source>Print a message file (.eml) parsed, as JSON</source>
        <translation>Afficher un fichier de message (.eml) analysé, en JSON</translation>
    </message>
    <message>
        <source>Queue a message in the Outbox and send it</source>
        <translation>Mettre un message dans la boîte d&apos;envoi et l&apos;envoyer</translation>
    </message>
    <message>
        <source>Synchronise accounts once (folders, summaries, offline changes, Outbox)</source>
        <translation>Synchroniser les comptes une fois (dossiers, résumés, modifications hors ligne, boîte d&apos;envoi)</translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Find the mail servers for an email address (DNS SRV, autoconfig, MX, guessing) and print them as JSON.</source>
        <translation>Trouve les serveurs de messagerie d&apos;une adresse électronique (DNS SRV, autoconfig, MX, devinette) et les affiche en JSON.</translation>
    </message>
    <message>
        <source>The email address.</source>
        <translation>L&apos;adresse électronique.</translation>
    </message>
    <message>
        <source>Ask this DNS server (port 53) instead of the system&apos;s.</source>
        <translation>Interroger ce serveur DNS (port 53) au lieu de celui du système.</translation>
    </message>
    <message>
        <source>Do not guess and probe server names.</source>
        <translation>Ne pas deviner ni sonder de noms de serveurs.</translation>
    </message>
    <message>
        <source>Skip DNS SRV records.</source>
        <translation>Ignorer les enregistrements DNS SRV.</translation>
    </message>
    <message>
        <source>Skip autoconfig files.</source>
        <translation>Ignorer les fichiers autoconfig.</translation>
    </message>
    <message>
        <source>Skip the MX look-up.</source>
        <translation>Ignorer la recherche MX.</translation>
    </message>
    <message>
        <source>Autoconfig URL pattern to use instead of the standard ones (repeatable; %EMAILDOMAIN% and %EMAILADDRESS% are replaced).</source>
        <translation>Modèle d&apos;URL autoconfig à utiliser à la place des modèles standard (répétable ; %EMAILDOMAIN% et %EMAILADDRESS% sont remplacés).</translation>
    </message>
    <message>
        <source>Also fetch autoconfig files over plain HTTP.</source>
        <translation>Récupérer aussi les fichiers autoconfig en HTTP simple.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats d&apos;autorité (CA) de ce fichier PEM.</translation>
    </message>
    <message>
        <source>When guessing, probe port B where the standard port is A (A=B, repeatable; for test servers).</source>
        <translation>Pour deviner, sonder le port B là où le port standard est A (A=B, répétable ; pour les serveurs de test).</translation>
    </message>
    <message>
        <source>Seconds each step may take (default 15).</source>
        <translation>Durée maximale de chaque étape, en secondes (15 par défaut).</translation>
    </message>
    <message>
        <source>Give exactly one email address.</source>
        <translation>Indiquez exactement une adresse électronique.</translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation>Ce n&apos;est pas une adresse IP : %1</translation>
    </message>
    <message>
        <source>No certificate could be read from %1</source>
        <translation>Aucun certificat n&apos;a pu être lu depuis %1</translation>
    </message>
    <message>
        <source>--guess-port needs A=B, e.g. 993=10993</source>
        <translation>--guess-port attend A=B, par exemple 993=10993</translation>
    </message>
    <message>
        <source>Not an email address: %1</source>
        <translation>Ce n&apos;est pas une adresse électronique : %1</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AccountVerifier</name>
    <message>
        <source>Your mail would be handled by servers of %1, which is not your address&apos;s domain. Confirm that this is your provider before Epistle sends your password there.</source>
        <translation>Votre courrier serait géré par des serveurs de %1, qui n&apos;est pas le domaine de votre adresse. Confirmez qu&apos;il s&apos;agit bien de votre fournisseur avant qu&apos;Epistle n&apos;y envoie votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in to %1 on %2 as %3…</source>
        <translation>Connexion à %1 sur %2 en tant que %3…</translation>
    </message>
    <message>
        <source>Refused as %1; trying the next user name.</source>
        <translation>Refusé en tant que %1 ; essai du nom d&apos;utilisateur suivant.</translation>
    </message>
    <message>
        <source>The %1 server refused the user name and password: %2</source>
        <translation>Le serveur %1 a refusé le nom d&apos;utilisateur et le mot de passe : %2</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AutoconfigFetcher</name>
    <message>
        <source>The configuration file is larger than %1 bytes.</source>
        <translation>Le fichier de configuration dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::Discovery</name>
    <message>
        <source>Looking for the mail servers of %1…</source>
        <translation>Recherche des serveurs de messagerie de %1…</translation>
    </message>
    <message>
        <source>SRV %1: %2</source>
        <translation>SRV %1 : %2</translation>
    </message>
    <message>
        <source>SRV %1: none</source>
        <translation>SRV %1 : aucun</translation>
    </message>
    <message>
        <source>SRV %1: not offered (&quot;.&quot;)</source>
        <translation>SRV %1 : non proposé (« . »)</translation>
    </message>
    <message>
        <source>SRV %1: %2:%3 (priority %4, weight %5)</source>
        <translation>SRV %1 : %2:%3 (priorité %4, poids %5)</translation>
    </message>
    <message>
        <source>Autoconfig %1: %2</source>
        <translation>Autoconfig %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Autoconfig %1: %n server(s) found</source>
        <translation>
            <numerusform>Autoconfig %1 : %n serveur trouvé</numerusform>
            <numerusform>Autoconfig %1 : %n serveurs trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>MX %1: none</source>
        <translation>MX %1 : aucun</translation>
    </message>
    <message>
        <source>MX %1: %2</source>
        <translation>MX %1 : %2</translation>
    </message>
    <message>
        <source>MX %1: %2 (domain %3)</source>
        <translation>MX %1 : %2 (domaine %3)</translation>
    </message>
    <message>
        <source>Some look-ups did not answer in time; going on with what was found.</source>
        <translation>Certaines recherches n&apos;ont pas répondu à temps ; poursuite avec ce qui a été trouvé.</translation>
    </message>
    <message>
        <source>Guessing from the usual server names…</source>
        <translation>Tentative à partir des noms de serveurs habituels…</translation>
    </message>
    <message>
        <source>%1 has no address.</source>
        <translation>%1 n&apos;a pas d&apos;adresse.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings by hand.</source>
        <translation>Aucun serveur de messagerie n&apos;a été trouvé pour %1. Saisissez les paramètres manuellement.</translation>
    </message>
    <message numerus="yes">
        <source>Discovery finished: %n server setting(s).</source>
        <translation>
            <numerusform>Recherche terminée : %n paramètre de serveur.</numerusform>
            <numerusform>Recherche terminée : %n paramètres de serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation>Recherche annulée.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::ServerGuesser</name>
    <message>
        <source>Guess: %1 does not exist.</source>
        <translation>Tentative : %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Guess: trying %1 on %2 (%3)…</source>
        <translation>Tentative : essai de %1 sur %2 (%3)…</translation>
    </message>
    <message>
        <source>probe of %1</source>
        <translation>sondage de %1</translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 (%3).</source>
        <translation>Tentative : %1 répond sur %2 (%3).</translation>
    </message>
    <message>
        <source>probe of %1 (no encryption offered)</source>
        <translation>sondage de %1 (aucun chiffrement proposé)</translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 but offers no encryption.</source>
        <translation>Tentative : %1 répond sur %2 mais ne propose aucun chiffrement.</translation>
    </message>
    <message>
        <source>Guess: %1 on %2: %3</source>
        <translation>Tentative : %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>epistle::imap::Error</name>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Le serveur a refusé %1 : %2</translation>
    </message>
    <message>
        <source>The server rejected %1 as invalid: %2</source>
        <translation>Le serveur a rejeté %1 comme non valide : %2</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>Le serveur a fermé la session : %1</translation>
    </message>
    <message>
        <source>Unexpected reply to %1: %2</source>
        <translation>Réponse inattendue à %1 : %2</translation>
    </message>
</context>
<context>
    <name>epistle::imap::Session</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>La session a été fermée.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>The server sent an unusable response (%1).</source>
        <translation>Le serveur a envoyé une réponse inutilisable (%1).</translation>
    </message>
    <message>
        <source>Unreadable response from the server: %1</source>
        <translation>Réponse illisible du serveur : %1</translation>
    </message>
    <message>
        <source>The server asked for data that no command is sending.</source>
        <translation>Le serveur a demandé des données qu&apos;aucune commande n&apos;envoie.</translation>
    </message>
    <message>
        <source>The server answered a command that was not sent: %1</source>
        <translation>Le serveur a répondu à une commande qui n&apos;a pas été envoyée : %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply to %1 could not be read: %2</source>
        <translation>La réponse du serveur à %1 n&apos;a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>The session is already connected.</source>
        <translation>La session est déjà connectée.</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>The server did not greet as an IMAP server does: %1</source>
        <translation>Le message d&apos;accueil du serveur n&apos;est pas celui d&apos;un serveur IMAP : %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The server skipped authentication, so the connection cannot be secured with STARTTLS.</source>
        <translation>Le serveur a sauté l&apos;authentification, la connexion ne peut donc pas être sécurisée avec STARTTLS.</translation>
    </message>
    <message>
        <source>The server did not list its capabilities.</source>
        <translation>Le serveur n&apos;a pas indiqué ses capacités.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be secured.</source>
        <translation>Le serveur ne propose pas STARTTLS, la connexion ne peut donc pas être sécurisée.</translation>
    </message>
    <message>
        <source>The server refused to secure the connection: %1</source>
        <translation>Le serveur a refusé de sécuriser la connexion : %1</translation>
    </message>
    <message>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation>La connexion n&apos;est pas chiffrée ; le mot de passe n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>The server does not allow logging in on this connection (LOGINDISABLED) and offers no usable method.</source>
        <translation>Le serveur n&apos;autorise pas l&apos;identification sur cette connexion (LOGINDISABLED) et ne propose aucune méthode utilisable.</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>l&apos;identification</translation>
    </message>
    <message>
        <source>The server did not accept the login: %1</source>
        <translation>Le serveur n&apos;a pas accepté l&apos;identification : %1</translation>
    </message>
    <message>
        <source>Compression could not be started.</source>
        <translation>La compression n&apos;a pas pu être activée.</translation>
    </message>
    <message>
        <source>Message %1 no longer exists on the server.</source>
        <translation>Le message %1 n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>The server does not report quotas.</source>
        <translation>Le serveur n&apos;indique pas de quotas.</translation>
    </message>
</context>
<context>
    <name>epistle::net::Connection</name>
    <message>
        <source>No connection to %1 within %2 seconds.</source>
        <translation>Aucune connexion à %1 en %2 secondes.</translation>
    </message>
    <message>
        <source>The connection to %1 took too long.</source>
        <translation>La connexion à %1 a pris trop de temps.</translation>
    </message>
    <message>
        <source>%1 is not on this computer; Epistle does not connect to it without encryption unless you choose that explicitly in the account settings.</source>
        <translation>%1 ne se trouve pas sur cet ordinateur ; Epistle ne s&apos;y connecte pas sans chiffrement, sauf si vous le choisissez explicitement dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>Le serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted: %2</source>
        <translation>Le certificat de %1 n&apos;est pas digne de confiance : %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Erreur réseau avec %1 : %2</translation>
    </message>
    <message>
        <source>%1 sent corrupt compressed data.</source>
        <translation>%1 a envoyé des données compressées corrompues.</translation>
    </message>
    <message>
        <source>%1 sent data before the secure connection was established; the connection was closed for safety.</source>
        <translation>%1 a envoyé des données avant l&apos;établissement de la connexion sécurisée ; la connexion a été fermée par sécurité.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle n&apos;a pas envoyé votre mot de passe à %1 car la connexion n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 n&apos;a pas répondu en %2 secondes.</translation>
    </message>
</context>
<context>
    <name>epistle::net::ServerProbe</name>
    <message>
        <source>The server sent an overlong line.</source>
        <translation>Le serveur a envoyé une ligne trop longue.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not one of this protocol: %1</source>
        <translation>L&apos;accueil du serveur ne correspond pas à ce protocole : %1</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, which this account requires. Epistle will not continue without encryption.</source>
        <translation>%1 ne propose pas STARTTLS, qui est exigé par ce compte. Epistle ne continuera pas sans chiffrement.</translation>
    </message>
    <message>
        <source>%1 refused to start TLS: %2</source>
        <translation>%1 a refusé de démarrer TLS : %2</translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Client</name>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation>Annulé par une nouvelle connexion.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server %1 does not offer STLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation>Le serveur %1 ne propose pas STLS, la connexion ne peut donc pas être chiffrée ; Epistle n&apos;a pas continué sans chiffrement.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STLS); Epistle did not continue without it.</source>
        <translation>Le serveur a refusé d&apos;activer le chiffrement (STLS) ; Epistle n&apos;a pas continué sans.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle n&apos;a pas envoyé votre mot de passe à %1 car la connexion n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>Already logged in.</source>
        <translation>Déjà identifié.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>The server offers no login method that Epistle supports (USER, APOP or SASL PLAIN).</source>
        <translation>Le serveur ne propose aucune méthode d&apos;identification prise en charge par Epistle (USER, APOP ou SASL PLAIN).</translation>
    </message>
    <message>
        <source>The server does not support APOP (its greeting has no timestamp).</source>
        <translation>Le serveur ne prend pas en charge APOP (son message d&apos;accueil ne contient pas d&apos;horodatage).</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Échec de l&apos;identification.</translation>
    </message>
    <message>
        <source>The user name or password contains a line break.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe contient un saut de ligne.</translation>
    </message>
    <message>
        <source>STAT failed.</source>
        <translation>Échec de STAT.</translation>
    </message>
    <message>
        <source>The server&apos;s STAT reply is malformed: %1</source>
        <translation>La réponse STAT du serveur est mal formée : %1</translation>
    </message>
    <message>
        <source>LIST failed.</source>
        <translation>Échec de LIST.</translation>
    </message>
    <message>
        <source>The server&apos;s LIST line is malformed: %1</source>
        <translation>La ligne LIST du serveur est mal formée : %1</translation>
    </message>
    <message>
        <source>LIST %1 failed.</source>
        <translation>Échec de LIST %1.</translation>
    </message>
    <message>
        <source>The server&apos;s LIST reply is malformed: %1</source>
        <translation>La réponse LIST du serveur est mal formée : %1</translation>
    </message>
    <message>
        <source>UIDL failed.</source>
        <translation>Échec de UIDL.</translation>
    </message>
    <message>
        <source>The server&apos;s UIDL line is malformed: %1</source>
        <translation>La ligne UIDL du serveur est mal formée : %1</translation>
    </message>
    <message>
        <source>UIDL %1 failed.</source>
        <translation>Échec de UIDL %1.</translation>
    </message>
    <message>
        <source>The server&apos;s UIDL reply is malformed: %1</source>
        <translation>La réponse UIDL du serveur est mal formée : %1</translation>
    </message>
    <message>
        <source>TOP %1 failed.</source>
        <translation>Échec de TOP %1.</translation>
    </message>
    <message>
        <source>Message %1 cannot be stored: the target is not open for writing.</source>
        <translation>Le message %1 ne peut pas être enregistré : la cible n&apos;est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>Message %1 was not downloaded completely: %2</source>
        <translation>Le message %1 n&apos;a pas été entièrement téléchargé : %2</translation>
    </message>
    <message>
        <source>Message %1 could not be downloaded.</source>
        <translation>Le message %1 n&apos;a pas pu être téléchargé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Message %1 could not be deleted.</source>
        <translation>Le message %1 n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>RSET failed.</source>
        <translation>Échec de RSET.</translation>
    </message>
    <message>
        <source>NOOP failed.</source>
        <translation>Échec de NOOP.</translation>
    </message>
    <message>
        <source>The server could not remove all deleted messages.</source>
        <translation>Le serveur n&apos;a pas pu retirer tous les messages supprimés.</translation>
    </message>
    <message>
        <source>QUIT failed.</source>
        <translation>Échec de QUIT.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Non identifié.</translation>
    </message>
    <message>
        <source>The server sent something unrequested: %1</source>
        <translation>Le serveur a envoyé quelque chose qui n&apos;avait pas été demandé : %1</translation>
    </message>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Le serveur a envoyé une ligne de réponse de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a POP3 status line: %1</source>
        <translation>La réponse du serveur n&apos;est pas une ligne d&apos;état POP3 : %1</translation>
    </message>
    <message>
        <source>The server sent an unexpected continuation line.</source>
        <translation>Le serveur a envoyé une ligne de continuation inattendue.</translation>
    </message>
    <message>
        <source>The downloaded message could not be stored: %1</source>
        <translation>Le message téléchargé n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 MB.</source>
        <translation>La réponse du serveur dépasse %1 Mo.</translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Error</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another program; try again when it has finished.</source>
        <translation>La boîte aux lettres est utilisée par un autre programme ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The server does not allow logging in again so soon.</source>
        <translation>Le serveur n&apos;autorise pas une nouvelle identification si rapidement.</translation>
    </message>
    <message>
        <source>The server has a temporary problem; try again later.</source>
        <translation>Le serveur rencontre un problème temporaire ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server has a problem that will not go away by itself.</source>
        <translation>Le serveur rencontre un problème qui ne se résoudra pas de lui-même.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
</context>
<context>
    <name>epistle::smtp</name>
    <message>
        <source>The reply is too short.</source>
        <translation>La réponse est trop courte.</translation>
    </message>
    <message>
        <source>The reply does not start with a three-digit code.</source>
        <translation>La réponse ne commence pas par un code à trois chiffres.</translation>
    </message>
    <message>
        <source>The reply code %1 is not valid.</source>
        <translation>Le code de réponse %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The reply code is not followed by a space or a hyphen.</source>
        <translation>Le code de réponse n&apos;est pas suivi d&apos;un espace ou d&apos;un tiret.</translation>
    </message>
    <message>
        <source>The lines of a reply have different codes (%1, %2).</source>
        <translation>Les lignes d&apos;une réponse ont des codes différents (%1, %2).</translation>
    </message>
    <message>
        <source>The reply has too many lines.</source>
        <translation>La réponse comporte trop de lignes.</translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Client</name>
    <message>
        <source>The server stopped accepting the message (nothing could be sent for %1 seconds).</source>
        <translation>Le serveur a cessé d&apos;accepter le message (rien n&apos;a pu être envoyé pendant %1 secondes).</translation>
    </message>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation>Annulé par une nouvelle connexion.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server %1 does not support EHLO, so it cannot start encryption (STARTTLS); Epistle did not continue without encryption.</source>
        <translation>Le serveur %1 ne prend pas en charge EHLO, il ne peut donc pas activer le chiffrement (STARTTLS) ; Epistle n&apos;a pas continué sans chiffrement.</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO).</source>
        <translation>Le serveur a refusé la salutation (EHLO).</translation>
    </message>
    <message>
        <source>The server %1 does not offer STARTTLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation>Le serveur %1 ne propose pas STARTTLS, la connexion ne peut donc pas être chiffrée ; Epistle n&apos;a pas continué sans chiffrement.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS); Epistle did not continue without it.</source>
        <translation>Le serveur a refusé d&apos;activer le chiffrement (STARTTLS) ; Epistle n&apos;a pas continué sans.</translation>
    </message>
    <message>
        <source>The server refused the greeting (HELO).</source>
        <translation>Le serveur a refusé la salutation (HELO).</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Non connecté au serveur.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle n&apos;a pas envoyé votre mot de passe à %1 car la connexion n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>The server %1 does not offer logging in (no AUTH in its EHLO reply).</source>
        <translation>Le serveur %1 ne propose pas d&apos;identification (pas d&apos;AUTH dans sa réponse EHLO).</translation>
    </message>
    <message>
        <source>The server %1 offers no login method Epistle supports (it offers %2; Epistle supports CRAM-MD5, PLAIN and LOGIN).</source>
        <translation>Le serveur %1 ne propose aucune méthode d&apos;identification prise en charge par Epistle (il propose %2 ; Epistle prend en charge CRAM-MD5, PLAIN et LOGIN).</translation>
    </message>
    <message>
        <source>Login failed: the user name or password is wrong.</source>
        <translation>Échec de l&apos;identification : le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The server refused this login method (%1).</source>
        <translation>Le serveur a refusé cette méthode d&apos;identification (%1).</translation>
    </message>
    <message>
        <source>The server does not accept the login method %1.</source>
        <translation>Le serveur n&apos;accepte pas la méthode d&apos;identification %1.</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Échec de l&apos;identification.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>Le message n&apos;a aucun destinataire.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid.</source>
        <translation>L&apos;adresse « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The server %1 does not accept addresses with non-ASCII characters (no SMTPUTF8).</source>
        <translation>Le serveur %1 n&apos;accepte pas les adresses contenant des caractères non ASCII (pas de SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message cannot be read.</source>
        <translation>Le message ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation>Le message ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>The message is %1 KB, larger than the %2 KB that the server accepts.</source>
        <translation>Le message fait %1 Ko, soit plus que les %2 Ko acceptés par le serveur.</translation>
    </message>
    <message>
        <source>The server refused to start a new message (RSET).</source>
        <translation>Le serveur a refusé de commencer un nouveau message (RSET).</translation>
    </message>
    <message>
        <source>The server refused the sender %1.</source>
        <translation>Le serveur a refusé l&apos;expéditeur %1.</translation>
    </message>
    <message>
        <source>The server refused the recipient %1.</source>
        <translation>Le serveur a refusé le destinataire %1.</translation>
    </message>
    <message>
        <source>The server refused the message (DATA).</source>
        <translation>Le serveur a refusé le message (DATA).</translation>
    </message>
    <message>
        <source>The message was closed while it was being sent.</source>
        <translation>Le message a été fermé pendant son envoi.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>Le serveur a refusé le message.</translation>
    </message>
    <message>
        <source>The server refused the message (BDAT).</source>
        <translation>Le serveur a refusé le message (BDAT).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The message was sent, but the server refused these recipients: %1</source>
        <translation>Le message a été envoyé, mais le serveur a refusé ces destinataires : %1</translation>
    </message>
    <message>
        <source>The message was not sent; the server refused these recipients: %1</source>
        <translation>Le message n&apos;a pas été envoyé ; le serveur a refusé ces destinataires : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server sent a reply line that is too long.</source>
        <translation>Le serveur a envoyé une ligne de réponse trop longue.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is malformed (%1): %2</source>
        <translation>La réponse du serveur est mal formée (%1) : %2</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>Le serveur a mis fin à la session.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Le serveur a envoyé une réponse que personne n&apos;a demandée : %1</translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Error</name>
    <message>
        <source>This is temporary; try again later.</source>
        <translation>Il s&apos;agit d&apos;un problème temporaire ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu : %1</translation>
    </message>
</context>
<context>
    <name>epistle::storage::AccountStore</name>
    <message>
        <source>adding an account</source>
        <translation>ajout d&apos;un compte</translation>
    </message>
    <message>
        <source>changing an account</source>
        <translation>modification d&apos;un compte</translation>
    </message>
    <message>
        <source>removing an account</source>
        <translation>suppression d&apos;un compte</translation>
    </message>
    <message>
        <source>reading an account</source>
        <translation>lecture d&apos;un compte</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>liste des comptes</translation>
    </message>
    <message>
        <source>adding an identity</source>
        <translation>ajout d&apos;une identité</translation>
    </message>
    <message>
        <source>changing an identity</source>
        <translation>modification d&apos;une identité</translation>
    </message>
    <message>
        <source>removing an identity</source>
        <translation>suppression d&apos;une identité</translation>
    </message>
    <message>
        <source>listing identities</source>
        <translation>liste des identités</translation>
    </message>
    <message>
        <source>choosing the default identity</source>
        <translation>choix de l&apos;identité par défaut</translation>
    </message>
</context>
<context>
    <name>epistle::storage::BodyCache</name>
    <message>
        <source>reading the cache clock</source>
        <translation>lecture de l&apos;horloge du cache</translation>
    </message>
    <message>
        <source>caching a message part</source>
        <translation>mise en cache d&apos;une partie de message</translation>
    </message>
    <message>
        <source>reading a cached message part</source>
        <translation>lecture d&apos;une partie de message en cache</translation>
    </message>
    <message>
        <source>looking up a cached message part</source>
        <translation>recherche d&apos;une partie de message en cache</translation>
    </message>
    <message>
        <source>removing cached message parts</source>
        <translation>suppression de parties de message en cache</translation>
    </message>
    <message>
        <source>clearing the message cache</source>
        <translation>vidage du cache des messages</translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation>lecture de la taille du cache</translation>
    </message>
    <message>
        <source>evicting cached message parts</source>
        <translation>éviction de parties de message du cache</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Database</name>
    <message>
        <source>The SQLite driver of Qt is missing (install the Qt SQLite plugin).</source>
        <translation>Le pilote SQLite de Qt est manquant (installez le greffon SQLite de Qt).</translation>
    </message>
    <message>
        <source>The mail database %1 cannot be opened.</source>
        <translation>La base de données du courrier %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver does not use the system SQLite library that Epistle was built with.</source>
        <translation>Le pilote SQLite de Qt n&apos;utilise pas la bibliothèque SQLite du système avec laquelle Epistle a été compilé.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>lecture de la version du schéma</translation>
    </message>
    <message>
        <source>The mail database %1 was written by a newer version of Epistle (schema %2; this version understands up to %3). It has not been changed; please use the newer version.</source>
        <translation>La base de données du courrier %1 a été écrite par une version plus récente d&apos;Epistle (schéma %2 ; cette version comprend jusqu&apos;au schéma %3). Elle n&apos;a pas été modifiée ; veuillez utiliser la version plus récente.</translation>
    </message>
    <message>
        <source>reading the file type</source>
        <translation>lecture du type de fichier</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>lecture du schéma</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not an Epistle mail database. It has been left as it is.</source>
        <translation>Le fichier %1 est une base de données SQLite, mais pas une base de données de courrier d&apos;Epistle. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>passage à la journalisation anticipée (WAL)</translation>
    </message>
    <message>
        <source>The mail database %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation>La base de données du courrier %1 ne peut pas utiliser la journalisation anticipée (mode de journal %2).</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>activation des clés étrangères</translation>
    </message>
    <message>
        <source>setting the sync level</source>
        <translation>réglage du niveau de synchronisation</translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation>réglage du délai d&apos;attente en cas d&apos;occupation</translation>
    </message>
    <message>
        <source>setting the cache size</source>
        <translation>réglage de la taille du cache</translation>
    </message>
    <message>
        <source>setting the temporary store</source>
        <translation>réglage du stockage temporaire</translation>
    </message>
    <message>
        <source>setting the checkpoint interval</source>
        <translation>réglage de l&apos;intervalle des points de contrôle</translation>
    </message>
    <message>
        <source>setting the log size limit</source>
        <translation>réglage de la taille maximale du journal</translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation>début de la mise à niveau du schéma</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>mise à niveau du schéma vers la version %1</translation>
    </message>
    <message>
        <source>marking the file</source>
        <translation>marquage du fichier</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>enregistrement de la version du schéma</translation>
    </message>
    <message>
        <source>committing the schema upgrade</source>
        <translation>validation de la mise à niveau du schéma</translation>
    </message>
    <message>
        <source>Upgrading the mail database to version %1 (%2) failed; it was left at its previous version.</source>
        <translation>La mise à niveau de la base de données du courrier vers la version %1 (%2) a échoué ; elle est restée à sa version précédente.</translation>
    </message>
    <message>
        <source>Internal error: a mail database connection was used from another thread.</source>
        <translation>Erreur interne : une connexion à la base de données du courrier a été utilisée depuis un autre thread.</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>The damaged mail database %1 could not be moved aside to %2.</source>
        <translation>La base de données du courrier endommagée %1 n&apos;a pas pu être mise de côté dans %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be moved aside.</source>
        <translation>Le fichier %1 n&apos;a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>The mail database %1 cannot be read: %2.</source>
        <translation>La base de données du courrier %1 ne peut pas être lue : %2.</translation>
    </message>
    <message>
        <source>The mail database %1 is damaged: %2. It has been left as it is; the local cache can be moved aside and rebuilt from the server.</source>
        <translation>La base de données du courrier %1 est endommagée : %2. Elle a été laissée telle quelle ; le cache local peut être mis de côté et reconstruit à partir du serveur.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation>son en-tête n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>le fichier est tronqué</translation>
    </message>
</context>
<context>
    <name>epistle::storage::FolderStore</name>
    <message>
        <source>saving a folder</source>
        <translation>enregistrement d&apos;un dossier</translation>
    </message>
    <message>
        <source>reading a folder</source>
        <translation>lecture d&apos;un dossier</translation>
    </message>
    <message>
        <source>listing folders</source>
        <translation>liste des dossiers</translation>
    </message>
    <message>
        <source>renaming a folder</source>
        <translation>renommage d&apos;un dossier</translation>
    </message>
    <message>
        <source>removing a folder</source>
        <translation>suppression d&apos;un dossier</translation>
    </message>
    <message>
        <source>saving a folder&apos;s sync state</source>
        <translation>enregistrement de l&apos;état de synchronisation d&apos;un dossier</translation>
    </message>
    <message>
        <source>changing a subscription</source>
        <translation>modification d&apos;un abonnement</translation>
    </message>
    <message>
        <source>changing a folder&apos;s role</source>
        <translation>modification du rôle d&apos;un dossier</translation>
    </message>
</context>
<context>
    <name>epistle::storage::MessageStore</name>
    <message>
        <source>loading the threads of a folder</source>
        <translation>chargement des fils de discussion d&apos;un dossier</translation>
    </message>
    <message>
        <source>updating threads</source>
        <translation>mise à jour des fils de discussion</translation>
    </message>
    <message>
        <source>counting messages</source>
        <translation>comptage des messages</translation>
    </message>
    <message>
        <source>storing messages</source>
        <translation>enregistrement des messages</translation>
    </message>
    <message>
        <source>updating messages</source>
        <translation>mise à jour des messages</translation>
    </message>
    <message>
        <source>removing messages</source>
        <translation>suppression des messages</translation>
    </message>
    <message>
        <source>changing flags</source>
        <translation>modification des indicateurs</translation>
    </message>
    <message>
        <source>clearing a folder whose UIDVALIDITY changed</source>
        <translation>vidage d&apos;un dossier dont l&apos;UIDVALIDITY a changé</translation>
    </message>
    <message>
        <source>listing messages</source>
        <translation>liste des messages</translation>
    </message>
    <message>
        <source>reading a message</source>
        <translation>lecture d&apos;un message</translation>
    </message>
    <message>
        <source>listing UIDs</source>
        <translation>liste des UID</translation>
    </message>
    <message>
        <source>reading the highest UID</source>
        <translation>lecture de l&apos;UID le plus élevé</translation>
    </message>
    <message>
        <source>listing a thread</source>
        <translation>liste d&apos;un fil de discussion</translation>
    </message>
</context>
<context>
    <name>epistle::storage::OperationQueue</name>
    <message>
        <source>queueing a change for the server</source>
        <translation>mise en file d&apos;attente d&apos;une modification pour le serveur</translation>
    </message>
    <message>
        <source>reading queued changes</source>
        <translation>lecture des modifications en attente</translation>
    </message>
    <message>
        <source>counting queued changes</source>
        <translation>comptage des modifications en attente</translation>
    </message>
    <message>
        <source>starting a queued change</source>
        <translation>début d&apos;une modification en attente</translation>
    </message>
    <message>
        <source>recording a change done on the server</source>
        <translation>enregistrement d&apos;une modification effectuée sur le serveur</translation>
    </message>
    <message>
        <source>recording a failed change</source>
        <translation>enregistrement d&apos;une modification ayant échoué</translation>
    </message>
    <message>
        <source>removing a queued change</source>
        <translation>suppression d&apos;une modification en attente</translation>
    </message>
    <message>
        <source>recovering interrupted changes</source>
        <translation>récupération des modifications interrompues</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Outbox</name>
    <message>
        <source>A message without recipients cannot be queued.</source>
        <translation>Un message sans destinataire ne peut pas être mis en file d&apos;attente.</translation>
    </message>
    <message>
        <source>queueing a message for sending</source>
        <translation>mise en file d&apos;attente d&apos;un message à envoyer</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>lecture de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>starting to send a message</source>
        <translation>début de l&apos;envoi d&apos;un message</translation>
    </message>
    <message>
        <source>recording a sent message</source>
        <translation>enregistrement d&apos;un message envoyé</translation>
    </message>
    <message>
        <source>recording a sending failure</source>
        <translation>enregistrement d&apos;un échec d&apos;envoi</translation>
    </message>
    <message>
        <source>queueing a message again</source>
        <translation>nouvelle mise en file d&apos;attente d&apos;un message</translation>
    </message>
    <message>
        <source>removing a message from the outbox</source>
        <translation>suppression d&apos;un message de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>recovering interrupted sending</source>
        <translation>récupération des envois interrompus</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Pop3Ledger</name>
    <message>
        <source>recording a downloaded message</source>
        <translation>enregistrement d&apos;un message téléchargé</translation>
    </message>
    <message>
        <source>reading the downloaded messages</source>
        <translation>lecture des messages téléchargés</translation>
    </message>
    <message>
        <source>forgetting downloaded messages</source>
        <translation>oubli des messages téléchargés</translation>
    </message>
</context>
<context>
    <name>epistle::storage::SearchIndex</name>
    <message>
        <source>indexing a message body</source>
        <translation>indexation du corps d&apos;un message</translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation>lecture de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation>recherche de messages</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>reconstruction de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>indexing messages for search</source>
        <translation>indexation des messages pour la recherche</translation>
    </message>
</context>
<context>
    <name>epistle::storage::StorageError</name>
    <message>
        <source>The mail database is damaged. The local cache can be rebuilt from the server.</source>
        <translation>La base de données du courrier est endommagée. Le cache local peut être reconstruit à partir du serveur.</translation>
    </message>
    <message>
        <source>The mail database is busy in another part of the program or another process.</source>
        <translation>La base de données du courrier est occupée par une autre partie du programme ou par un autre processus.</translation>
    </message>
    <message>
        <source>The disk holding the mail database is full.</source>
        <translation>Le disque contenant la base de données du courrier est plein.</translation>
    </message>
    <message>
        <source>The mail database cannot be opened.</source>
        <translation>La base de données du courrier ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>A change to the mail database was refused by one of its rules.</source>
        <translation>Une modification de la base de données du courrier a été refusée par l&apos;une de ses règles.</translation>
    </message>
    <message>
        <source>Reading or writing the mail database failed (input/output error).</source>
        <translation>La lecture ou l&apos;écriture de la base de données du courrier a échoué (erreur d&apos;entrée/sortie).</translation>
    </message>
    <message>
        <source>A mail database operation failed.</source>
        <translation>Une opération sur la base de données du courrier a échoué.</translation>
    </message>
    <message>
        <source>While: %1.</source>
        <translation>Opération en cours : %1.</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Transaction</name>
    <message>
        <source>requesting a durable commit</source>
        <translation>demande d&apos;une validation durable</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>début d&apos;une transaction</translation>
    </message>
    <message>
        <source>Internal error: a durable change was nested in a non-durable transaction.</source>
        <translation>Erreur interne : une modification durable a été imbriquée dans une transaction non durable.</translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation>début d&apos;un point de sauvegarde</translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed twice.</source>
        <translation>Erreur interne : une transaction a été validée deux fois.</translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed before its inner one.</source>
        <translation>Erreur interne : une transaction a été validée avant sa transaction interne.</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>validation d&apos;une transaction</translation>
    </message>
    <message>
        <source>releasing a savepoint</source>
        <translation>libération d&apos;un point de sauvegarde</translation>
    </message>
</context>
<context>
    <name>epistle::sync::AccountWorker</name>
    <message>
        <source>Epistle is shutting down.</source>
        <translation>Epistle est en cours de fermeture.</translation>
    </message>
    <message>
        <source>No password is known for this account.</source>
        <translation>Aucun mot de passe n&apos;est connu pour ce compte.</translation>
    </message>
    <message>
        <source>Checking for mail…</source>
        <translation>Relève du courrier…</translation>
    </message>
    <message>
        <source>Fetching messages of %1…</source>
        <translation>Récupération des messages de %1…</translation>
    </message>
    <message>
        <source>The Archive folder could not be created: %1</source>
        <translation>Le dossier Archives n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>The local mail store is not open.</source>
        <translation>Le stockage local du courrier n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation>Le dossier parent n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Le dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The Inbox cannot be renamed.</source>
        <translation>Le dossier Courrier entrant ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>Special folders (Inbox, Sent, Drafts, Trash, …) cannot be deleted.</source>
        <translation>Les dossiers spéciaux (Courrier entrant, Envoyés, Brouillons, Corbeille…) ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>Le message n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The message&apos;s content is not stored on this computer.</source>
        <translation>Le contenu du message n&apos;est pas stocké sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The message no longer exists on the server.</source>
        <translation>Le message n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>Downloading messages…</source>
        <translation>Téléchargement des messages…</translation>
    </message>
    <message>
        <source>A message is waiting to be sent, but no password is known for the outgoing server.</source>
        <translation>Un message est en attente d&apos;envoi, mais aucun mot de passe n&apos;est connu pour le serveur sortant.</translation>
    </message>
    <message>
        <source>The server has no Drafts folder for this account.</source>
        <translation>Le serveur n&apos;a pas de dossier Brouillons pour ce compte.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation>Tous les courriers entrants</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1 : %n message</numerusform>
            <numerusform>%1 : %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n non lu</numerusform>
            <numerusform>, %n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::sync::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans sujet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Avec étoile</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Avec pièces jointes</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>Sans étoile</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxSender</name>
    <message>
        <source>The message file %1 cannot be read: %2</source>
        <translation>Le fichier du message %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
    </message>
    <message>
        <source>Sending stopped because the local store failed: %1</source>
        <translation>L&apos;envoi s&apos;est arrêté car le stockage local a échoué : %1</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>L&apos;envoi a été annulé.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxWriter</name>
    <message>
        <source>The message has no sender address (From) and cannot be sent.</source>
        <translation>Le message n&apos;a pas d&apos;adresse d&apos;expéditeur (De) et ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete mail address (name@domain).</source>
        <translation>« %1 » n&apos;est pas une adresse électronique complète (nom@domaine).</translation>
    </message>
    <message>
        <source>The message has no recipient (To, Cc or Bcc) and cannot be sent.</source>
        <translation>Le message n&apos;a pas de destinataire (À, Cc ou Cci) et ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The message has no header and cannot be sent.</source>
        <translation>Le message n&apos;a pas d&apos;en-tête et ne peut pas être envoyé.</translation>
    </message>
    <message>
        <source>The message could not be written to %1: %2</source>
        <translation>Le message n&apos;a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>epistle::sync::Pop3Downloader</name>
    <message>
        <source>The server %1 does not list unique message ids (UIDL). Without them Epistle cannot tell new messages from downloaded ones, so it does not download from this server. (%2)</source>
        <translation>Le serveur %1 ne fournit pas d&apos;identifiants uniques de messages (UIDL). Sans eux, Epistle ne peut pas distinguer les nouveaux messages de ceux déjà téléchargés ; il ne télécharge donc pas depuis ce serveur. (%2)</translation>
    </message>
    <message>
        <source>The server %1 gave the same unique id to two messages (%2); Epistle does not download from a mailbox it cannot tell apart.</source>
        <translation>Le serveur %1 a attribué le même identifiant unique à deux messages (%2) ; Epistle ne télécharge pas depuis une boîte aux lettres dont il ne peut pas distinguer les messages.</translation>
    </message>
    <message>
        <source>The server did not confirm removing the downloaded messages: %1</source>
        <translation>Le serveur n&apos;a pas confirmé la suppression des messages téléchargés : %1</translation>
    </message>
    <message>
        <source>Downloading stopped because the local store failed: %1</source>
        <translation>Le téléchargement s&apos;est arrêté car le stockage local a échoué : %1</translation>
    </message>
    <message>
        <source>Downloading was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::SecretStore</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password when it needs it and keep it only until it quits.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Epistle vous demandera le mot de passe lorsqu&apos;il en aura besoin et ne le conservera que jusqu&apos;à sa fermeture.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::SyncEngine</name>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password each time it starts and keep it only in memory.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Epistle vous demandera le mot de passe à chaque démarrage et ne le conservera qu&apos;en mémoire.</translation>
    </message>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Checking for mail</source>
        <translation>Relève du courrier</translation>
    </message>
    <message>
        <source>No account is set up.</source>
        <translation>Aucun compte n&apos;est configuré.</translation>
    </message>
    <message>
        <source>The account does not exist or is disabled.</source>
        <translation>Le compte n&apos;existe pas ou est désactivé.</translation>
    </message>
    <message>
        <source>Messages can only be moved between folders of the same account; copy them instead.</source>
        <translation>Les messages ne peuvent être déplacés qu&apos;entre dossiers d&apos;un même compte ; copiez-les plutôt.</translation>
    </message>
    <message>
        <source>Copying between accounts is not supported yet.</source>
        <translation>La copie entre comptes n&apos;est pas encore prise en charge.</translation>
    </message>
    <message>
        <source>Creating a folder</source>
        <translation>Création d&apos;un dossier</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
    <message>
        <source>Creating folder %1</source>
        <translation>Création du dossier %1</translation>
    </message>
    <message>
        <source>Renaming a folder</source>
        <translation>Renommage d&apos;un dossier</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>Le dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Renaming folder to %1</source>
        <translation>Renommage du dossier en %1</translation>
    </message>
    <message>
        <source>Deleting a folder</source>
        <translation>Suppression d&apos;un dossier</translation>
    </message>
    <message>
        <source>Loading a message</source>
        <translation>Chargement d&apos;un message</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>Le message n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Searching on the server</source>
        <translation>Recherche sur le serveur</translation>
    </message>
    <message>
        <source>Sending a message</source>
        <translation>Envoi d&apos;un message</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>Enregistrement d&apos;un brouillon</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau : %1</translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountStatusBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>offline, retrying at %1</source>
        <translation>hors ligne, nouvelle tentative à %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>syncing %1/%2</source>
        <translation>synchronisation %1/%2</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>needs the password</source>
        <translation>mot de passe requis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountWizard</name>
    <message>
        <source>Add Mail Account</source>
        <translation>Ajouter un compte de messagerie</translation>
    </message>
    <message>
        <source>Found in the DNS SRV record %1</source>
        <translation>Trouvé dans l&apos;enregistrement DNS SRV %1</translation>
    </message>
    <message>
        <source>Found in the configuration file %1</source>
        <translation>Trouvé dans le fichier de configuration %1</translation>
    </message>
    <message>
        <source>Found in the configuration file %1, fetched without encryption</source>
        <translation>Trouvé dans le fichier de configuration %1, récupéré sans chiffrement</translation>
    </message>
    <message>
        <source>Found through the domain of the MX host (%1)</source>
        <translation>Trouvé grâce au domaine de l&apos;hôte MX (%1)</translation>
    </message>
    <message>
        <source>Guessed: %1</source>
        <translation>Deviné : %1</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Saisi manuellement</translation>
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
        <translation>Aucune (non chiffré)</translation>
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
        <translation>Epistle n&apos;a pas pu vérifier l&apos;identité de %1 : son certificat a été refusé et rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Trust and Try Again</source>
        <translation>Faire confiance et réessayer</translation>
    </message>
</context>
<context>
    <name>epistle::ui::ComposerWindow</name>
    <message>
        <source>name@example.com, …</source>
        <translation>nom@example.com, …</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no account to send from yet.</source>
        <translation>Aucun compte n&apos;est encore configuré pour envoyer des messages.</translation>
    </message>
    <message>
        <source>%1 cannot be read and was not attached.</source>
        <translation>%1 ne peut pas être lu et n&apos;a pas été joint.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in total</source>
        <translation>
            <numerusform>%n pièce jointe, %1 au total</numerusform>
            <numerusform>%n pièces jointes, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Rédaction : (sans sujet)</translation>
    </message>
    <message>
        <source>Write: %1</source>
        <translation>Rédaction : %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Draft saved on this computer at %1</source>
        <translation>Brouillon enregistré sur cet ordinateur à %1</translation>
    </message>
    <message>
        <source>Draft saved in Drafts</source>
        <translation>Brouillon enregistré dans Brouillons</translation>
    </message>
    <message>
        <source>The draft is saved on this computer only: %1</source>
        <translation>Le brouillon est enregistré sur cet ordinateur uniquement : %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Choose an identity to send from.</source>
        <translation>Choisissez une identité d&apos;envoi.</translation>
    </message>
    <message>
        <source>The message could not be prepared: %1</source>
        <translation>Le message n&apos;a pas pu être préparé : %1</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Ajoutez au moins un destinataire.</translation>
    </message>
    <message>
        <source>Send this message without a subject?</source>
        <translation>Envoyer ce message sans sujet ?</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The message could not be queued for sending: %1</source>
        <translation>Le message n&apos;a pas pu être mis en file d&apos;attente pour l&apos;envoi : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation>Enregistrer ce message comme brouillon avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>epistle::ui::ConfirmPage</name>
    <message>
        <source>Your mail for &lt;b&gt;%1&lt;/b&gt; would be handled by servers of &lt;b&gt;%2&lt;/b&gt;, which is not your address&apos;s domain. Epistle has not sent your password anywhere yet.</source>
        <translation>Votre courrier pour &lt;b&gt;%1&lt;/b&gt; serait géré par des serveurs de &lt;b&gt;%2&lt;/b&gt;, qui n&apos;est pas le domaine de votre adresse. Epistle n&apos;a encore envoyé votre mot de passe nulle part.</translation>
    </message>
    <message>
        <source>%1 is my mail provider: use these servers</source>
        <translation>%1 est mon fournisseur de messagerie : utiliser ces serveurs</translation>
    </message>
</context>
<context>
    <name>epistle::ui::DiscoveryPage</name>
    <message>
        <source>DNS service records (SRV)</source>
        <translation>Enregistrements de service DNS (SRV)</translation>
    </message>
    <message>
        <source>Provider configuration file</source>
        <translation>Fichier de configuration du fournisseur</translation>
    </message>
    <message>
        <source>Mail exchanger (MX) of the domain</source>
        <translation>Serveur de messagerie (MX) du domaine</translation>
    </message>
    <message>
        <source>Usual server names (guessing)</source>
        <translation>Noms de serveurs habituels (devinette)</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>only if needed</source>
        <translation>seulement si nécessaire</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <source>Looking for the servers of %1…</source>
        <translation>Recherche des serveurs de %1…</translation>
    </message>
    <message>
        <source>%1 is not an address Epistle can look up.</source>
        <translation>%1 n&apos;est pas une adresse qu&apos;Epistle peut rechercher.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) found</source>
        <translation>
            <numerusform>%n serveur trouvé</numerusform>
            <numerusform>%n serveurs trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>pas nécessaire</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>rien trouvé</translation>
    </message>
    <message>
        <source>Stopped. Enter the settings by hand, starting from what was found.</source>
        <translation>Arrêté. Saisissez les paramètres manuellement, à partir de ce qui a été trouvé.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Go on to enter the settings by hand.</source>
        <translation>Aucun serveur de messagerie n&apos;a été trouvé pour %1. Continuez pour saisir les paramètres manuellement.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server setting(s) for %1. Go on to review them.</source>
        <translation>
            <numerusform>%n paramètre de serveur trouvé pour %1. Continuez pour le vérifier.</numerusform>
            <numerusform>%n paramètres de serveur trouvés pour %1. Continuez pour les vérifier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::DonePage</name>
    <message>
        <source>Saving the account…</source>
        <translation>Enregistrement du compte…</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Le compte n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The account %1 is saved.</source>
        <translation>Le compte %1 est enregistré.</translation>
    </message>
    <message>
        <source>Your password is kept in the system keychain.</source>
        <translation>Votre mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Your password could not be kept in the system keychain (%1). It is not stored anywhere else: Epistle will ask for it each time it starts.</source>
        <translation>Votre mot de passe n&apos;a pas pu être conservé dans le trousseau du système (%1). Il n&apos;est enregistré nulle part ailleurs : Epistle vous le demandera à chaque démarrage.</translation>
    </message>
    <message>
        <source>Epistle will fetch your mail the next time it starts.</source>
        <translation>Epistle relèvera votre courrier au prochain démarrage.</translation>
    </message>
    <message>
        <source>Fetching your folders and messages… You can close this window; it goes on in the background.</source>
        <translation>Récupération de vos dossiers et messages… Vous pouvez fermer cette fenêtre ; l&apos;opération se poursuit en arrière-plan.</translation>
    </message>
    <message>
        <source>Your mail is here.</source>
        <translation>Votre courrier est là.</translation>
    </message>
    <message>
        <source>The first synchronisation was stopped; Epistle tries again later.</source>
        <translation>La première synchronisation a été arrêtée ; Epistle réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The first synchronisation failed: %1. Epistle tries again later.</source>
        <translation>La première synchronisation a échoué : %1. Epistle réessaiera plus tard.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::IdentityPage</name>
    <message>
        <source>&quot;%1&quot; is not an email address: it needs a name, an @ and a domain.</source>
        <translation>« %1 » n&apos;est pas une adresse électronique : elle doit comporter un nom, un @ et un domaine.</translation>
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
        <translation>&amp;Nouveau message</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation>Répondre à &amp;tous</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Trans&amp;férer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chiver</translation>
    </message>
    <message>
        <source>&amp;Mark as Read/Unread</source>
        <translation>&amp;Marquer comme lu/non lu</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Marquer d&apos;une étoi&amp;le</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>Message non lu &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>&amp;Relever le courrier</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>Fils de &amp;discussion</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>Reno&amp;mmer le dossier…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>Supprimer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>A message could not be sent: %1</source>
        <translation>Un message n&apos;a pas pu être envoyé : %1</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Message envoyé.</translation>
    </message>
    <message>
        <source>%1 — Epistle</source>
        <translation>%1 — Epistle</translation>
    </message>
    <message>
        <source>No unread messages here.</source>
        <translation>Aucun message non lu ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found here</source>
        <translation>
            <numerusform>%n message trouvé ici</numerusform>
            <numerusform>%n messages trouvés ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Message queued for sending.</source>
        <translation>Message mis en file d&apos;attente pour l&apos;envoi.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new folder inside “%1”:</source>
        <translation>Nom du nouveau dossier dans « %1 » :</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nom du nouveau dossier :</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every message in it, on the server too?</source>
        <translation>Supprimer le dossier « %1 » et tous les messages qu&apos;il contient, également sur le serveur ?</translation>
    </message>
    <message>
        <source>Untrusted Certificate: %1</source>
        <translation>Certificat non fiable : %1</translation>
    </message>
    <message>
        <source>Trust This Certificate for This Account</source>
        <translation>Faire confiance à ce certificat pour ce compte</translation>
    </message>
    <message>
        <source>Reading the threads…</source>
        <translation>Lecture des fils de discussion…</translation>
    </message>
</context>
<context>
    <name>epistle::ui::MessageView</name>
    <message>
        <source>Load remote images and styles of this message once</source>
        <translation>Charger une fois les images et styles distants de ce message</translation>
    </message>
    <message>
        <source>Always load remote content in messages from this sender</source>
        <translation>Toujours charger le contenu distant des messages de cet expéditeur</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Chargement du message…</translation>
    </message>
    <message>
        <source>The message could not be loaded.</source>
        <translation>Le message n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans sujet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>Ce message ne contient pas de texte.</translation>
    </message>
    <message numerus="yes">
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>Le contenu distant a été bloqué pour protéger votre vie privée (%n élément).</numerusform>
            <numerusform>Le contenu distant a été bloqué pour protéger votre vie privée (%n éléments).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation>La pièce jointe n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation>La pièce jointe n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Enregistrer toutes les pièces jointes</translation>
    </message>
    <message>
        <source>Some attachments could not be saved:
%1</source>
        <translation>Certaines pièces jointes n&apos;ont pas pu être enregistrées :
%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>The attachment could not be fetched from the server: %1</source>
        <translation>La pièce jointe n’a pas pu être récupérée sur le serveur : %1</translation>
    </message>
    <message>
        <source>not fetched from the server</source>
        <translation>non récupérée sur le serveur</translation>
    </message>
</context>
<context>
    <name>epistle::ui::PasswordDialog</name>
    <message>
        <source>Enter the password of the account “%1” to receive mail.</source>
        <translation>Saisissez le mot de passe du compte « %1 » pour recevoir du courrier.</translation>
    </message>
    <message>
        <source>Enter the password of the account “%1” to send mail.</source>
        <translation>Saisissez le mot de passe du compte « %1 » pour envoyer du courrier.</translation>
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
        <translation>Aucune (non chiffré)</translation>
    </message>
    <message>
        <source>Blocked, with a bar to load it</source>
        <translation>Bloqué, avec une barre pour le charger</translation>
    </message>
    <message>
        <source>Always loaded</source>
        <translation>Toujours chargé</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
    <message>
        <source>&amp;Incoming server (POP3):</source>
        <translation>Serveur &amp;entrant (POP3) :</translation>
    </message>
    <message>
        <source>&amp;Incoming server (IMAP):</source>
        <translation>Serveur &amp;entrant (IMAP) :</translation>
    </message>
    <message>
        <source>An account needs a name and an incoming server.</source>
        <translation>Un compte doit avoir un nom et un serveur entrant.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>Le compte a été enregistré.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its messages are removed from this computer (not from the server), and its password from the keychain.</source>
        <translation>Supprimer le compte « %1 » ? Ses messages seront supprimés de cet ordinateur (mais pas du serveur), et son mot de passe du trousseau.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Le compte a été supprimé.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Saisissez une adresse électronique telle que nom@example.com.</translation>
    </message>
    <message>
        <source>The identity was saved.</source>
        <translation>L&apos;identité a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::SettingsPage</name>
    <message>
        <source>Enter the server settings your provider gives you.</source>
        <translation>Saisissez les paramètres de serveur fournis par votre fournisseur.</translation>
    </message>
    <message>
        <source>The search was stopped. What it found so far is listed; complete the rest by hand.</source>
        <translation>La recherche a été arrêtée. Ce qu&apos;elle a trouvé jusqu&apos;ici est affiché ; complétez le reste manuellement.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings your provider gives you.</source>
        <translation>Aucun serveur de messagerie n&apos;a été trouvé pour %1. Saisissez les paramètres fournis par votre fournisseur.</translation>
    </message>
    <message>
        <source>These settings were found for %1. Change anything that is not right.</source>
        <translation>Ces paramètres ont été trouvés pour %1. Modifiez ce qui n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>No incoming server was found: enter it by hand.</source>
        <translation>Aucun serveur entrant n&apos;a été trouvé : saisissez-le manuellement.</translation>
    </message>
    <message>
        <source>No outgoing server was found: enter it by hand.</source>
        <translation>Aucun serveur sortant n&apos;a été trouvé : saisissez-le manuellement.</translation>
    </message>
    <message>
        <source>Your provider says it does not offer %1.</source>
        <translation>Votre fournisseur indique qu&apos;il ne propose pas %1.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (sur %2)</translation>
    </message>
    <message>
        <source>Other settings, entered by hand</source>
        <translation>Autres paramètres, saisis manuellement</translation>
    </message>
    <message>
        <source>e.g. imap.%1</source>
        <translation>par ex. imap.%1</translation>
    </message>
    <message>
        <source>e.g. smtp.%1</source>
        <translation>par ex. smtp.%1</translation>
    </message>
    <message>
        <source>%1. This server is outside your address&apos;s domain: you will be asked to confirm %2 first.</source>
        <translation>%1. Ce serveur est extérieur au domaine de votre adresse : il vous sera d&apos;abord demandé de confirmer %2.</translation>
    </message>
    <message>
        <source>Epistle sends no password to %1 without encryption: choose SSL/TLS or STARTTLS.</source>
        <translation>Epistle n&apos;envoie aucun mot de passe à %1 sans chiffrement : choisissez SSL/TLS ou STARTTLS.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::TrayIcon</name>
    <message numerus="yes">
        <source>Epistle: %n unread message(s)</source>
        <translation>
            <numerusform>Epistle : %n message non lu</numerusform>
            <numerusform>Epistle : %n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Epistle</source>
        <translation>Epistle</translation>
    </message>
    <message>
        <source>New mail from %1</source>
        <translation>Nouveau courrier de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest from %1: %2</source>
        <translation>Dernier message de %1 : %2</translation>
    </message>
</context>
<context>
    <name>epistle::ui::VerifyPage</name>
    <message>
        <source>&amp;Add Account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>Signing in to %1 and %2…</source>
        <translation>Connexion à %1 et %2…</translation>
    </message>
    <message>
        <source>Signed in to both servers as %1. Add the account to start receiving mail.</source>
        <translation>Connecté aux deux serveurs en tant que %1. Ajoutez le compte pour commencer à recevoir du courrier.</translation>
    </message>
    <message>
        <source>Signed in as %1 (incoming) and %2 (outgoing). Add the account to start receiving mail.</source>
        <translation>Connecté en tant que %1 (entrant) et %2 (sortant). Ajoutez le compte pour commencer à recevoir du courrier.</translation>
    </message>
    <message>
        <source>Enter the password again and try again.</source>
        <translation>Saisissez à nouveau le mot de passe et réessayez.</translation>
    </message>
    <message>
        <source>Look at the certificate to decide whether to trust it, or go back and choose another server.</source>
        <translation>Examinez le certificat pour décider si vous lui faites confiance, ou revenez en arrière et choisissez un autre serveur.</translation>
    </message>
    <message>
        <source>Go back to change the settings, or try again.</source>
        <translation>Revenez en arrière pour modifier les paramètres, ou réessayez.</translation>
    </message>
    <message>
        <source>You trusted the certificate %1 for this account.</source>
        <translation>Vous avez fait confiance au certificat %1 pour ce compte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands (run without one to open the window):
</source>
        <translation>Commandes (lancer sans commande pour ouvrir la fenêtre) :
</translation>
    </message>
    <message>
        <source>Run &apos;epistle &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>Lancez « epistle &lt;command&gt; --help » pour connaître les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>Epistle, a desktop mail client.</source>
        <translation>Epistle, un client de messagerie pour ordinateur de bureau.</translation>
    </message>
    <message>
        <source>Keep all state (settings, database, caches, logs) in &lt;dir&gt;.</source>
        <translation>Conserver tout l&apos;état (paramètres, base de données, caches, journaux) dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>A mailto: link to compose (optional).</source>
        <translation>Lien mailto: à partir duquel rédiger un message (facultatif).</translation>
    </message>
    <message>
        <source>Try &apos;epistle --help&apos;.</source>
        <translation>Essayez « epistle --help ».</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Try &apos;epistle --help&apos;.</source>
        <translation>Commande inconnue « %1 ». Essayez « epistle --help ».</translation>
    </message>
</context>
<context>
    <name>send</name>
    <message>
        <source>Queue a message (an RFC 5322 file, &apos;-&apos; for standard input) in the Outbox and send it.</source>
        <translation>Place un message (un fichier RFC 5322, « - » pour l&apos;entrée standard) dans la boîte d&apos;envoi et l&apos;envoie.</translation>
    </message>
    <message>
        <source>The account to send with (name or id).</source>
        <translation>Le compte à utiliser pour l&apos;envoi (nom ou identifiant).</translation>
    </message>
    <message>
        <source>The message to send.</source>
        <translation>Le message à envoyer.</translation>
    </message>
    <message>
        <source>Usage: epistle send FILE.eml --account NAME</source>
        <translation>Utilisation : epistle send FILE.eml --account NAME</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Aucun compte « %1 ».</translation>
    </message>
    <message>
        <source>The message was not sent: %1
It stays in the Outbox.</source>
        <translation>Le message n&apos;a pas été envoyé : %1
Il reste dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>The message could not be sent yet: %1
It stays in the Outbox and is sent at the next synchronisation (next try after %2).</source>
        <translation>Le message n&apos;a pas encore pu être envoyé : %1
Il reste dans la boîte d&apos;envoi et sera envoyé à la prochaine synchronisation (prochaine tentative après %2).</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <source>The message stays in the Outbox: %1</source>
        <translation>Le message reste dans la boîte d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>The message was not queued: %1</source>
        <translation>Le message n&apos;a pas été mis en file d&apos;attente : %1</translation>
    </message>
    <message>
        <source>Sent, but the copy for the Sent folder waits for the next synchronisation: %1</source>
        <translation>Envoyé, mais la copie destinée au dossier Envoyés attend la prochaine synchronisation : %1</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Synchronise folder lists, message summaries, pending offline changes and the Outbox once.</source>
        <translation>Synchronise une fois les listes de dossiers, les résumés des messages, les modifications hors ligne en attente et la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Only this account (name or id).</source>
        <translation>Uniquement ce compte (nom ou identifiant).</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Afficher le récapitulatif en JSON.</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Ne pas afficher la progression sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>Aucun compte « %1 ».</translation>
    </message>
    <message>
        <source>No account is set up. Add one with &apos;epistle account add&apos;.</source>
        <translation>Aucun compte n&apos;est configuré. Ajoutez-en un avec « epistle account add ».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 folders, %3 messages (%4 unread), %5 changes pending, %6 in the Outbox</source>
        <translation>%1 : %2 dossiers, %3 messages (%4 non lus), %5 modifications en attente, %6 dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Synchronisation failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
</context>
</TS>
