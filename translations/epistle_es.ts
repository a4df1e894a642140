<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountState</name>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Se necesita la contraseña</translation>
    </message>
</context>
<context>
    <name>AddressSuggestions</name>
    <message>
        <source>reading addresses</source>
        <translation>leer las direcciones</translation>
    </message>
</context>
<context>
    <name>AttachmentSaver</name>
    <message>
        <source>The part has no content</source>
        <translation>La parte no tiene contenido</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Writing %1 failed</source>
        <translation>Error al escribir %1</translation>
    </message>
</context>
<context>
    <name>AutoconfigXml</name>
    <message>
        <source>The configuration file is not valid XML: %1 (line %2)</source>
        <translation>El archivo de configuración no es XML válido: %1 (línea %2)</translation>
    </message>
    <message>
        <source>The file is not a mail client configuration (no clientConfig element).</source>
        <translation>El archivo no es una configuración de cliente de correo (no tiene ningún elemento clientConfig).</translation>
    </message>
    <message>
        <source>Skipped a server of type &quot;%1&quot;.</source>
        <translation>Se ha omitido un servidor de tipo «%1».</translation>
    </message>
    <message>
        <source>Skipped an incomplete %1 server entry.</source>
        <translation>Se ha omitido una entrada de servidor %1 incompleta.</translation>
    </message>
    <message>
        <source>Skipped %1 on %2: it needs a sign-in method Epistle does not offer (%3).</source>
        <translation>Se ha omitido %1 en %2: necesita un método de inicio de sesión que Epistle no ofrece (%3).</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujeto: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Válido desde %1 hasta %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella digital SHA-256: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>Write</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Enviar el mensaje (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Ad&amp;juntar…</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <source>&amp;Rich text</source>
        <translation>Te&amp;xto enriquecido</translation>
    </message>
    <message>
        <source>Formatted text, sent together with a plain text version</source>
        <translation>Texto con formato, enviado junto con una versión en texto sin formato</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;CC:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>CC&amp;O:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <source>The server reported too many messages.</source>
        <translation>El servidor ha informado de demasiados mensajes.</translation>
    </message>
</context>
<context>
    <name>ForwardBuilder</name>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Mensaje reenviado --------</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>CC: %1</translation>
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
        <translation>No se puede usar la base de datos de correo: %1

%2</translation>
    </message>
    <message>
        <source>Epistle %1: the main window is not part of this build yet. Profile: %2
Use the headless commands (epistle --help).</source>
        <translation>Epistle %1: la ventana principal todavía no forma parte de esta compilación. Perfil: %2
Use las órdenes sin interfaz gráfica (epistle --help).</translation>
    </message>
    <message>
        <source>Later starts cannot hand mailto: links to this window: %1</source>
        <translation>Las siguientes ejecuciones de Epistle no podrán pasar enlaces mailto: a esta ventana: %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Print a message file parsed, as JSON: headers, addresses, the part tree, the text a reader shows and the attachments.</source>
        <translation>Analiza un archivo de mensaje y lo muestra como JSON: cabeceras, direcciones, árbol de partes, texto que ve el lector y adjuntos.</translation>
    </message>
    <message>
        <source>Show the plain text alternative.</source>
        <translation>Muestra la alternativa en texto sin formato.</translation>
    </message>
    <message>
        <source>Show the HTML alternative (default).</source>
        <translation>Muestra la alternativa HTML (predeterminado).</translation>
    </message>
    <message>
        <source>Keep remote images and style references in the sanitized HTML.</source>
        <translation>Conserva las imágenes remotas y las referencias de estilo en el HTML saneado.</translation>
    </message>
    <message>
        <source>Print the JSON on one line.</source>
        <translation>Muestra el JSON en una sola línea.</translation>
    </message>
    <message>
        <source>The message (.eml), or - for standard input.</source>
        <translation>El mensaje (.eml), o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Usage: epistle inspect [options] FILE.eml|-</source>
        <translation>Uso: epistle inspect [options] FILE.eml|-</translation>
    </message>
    <message>
        <source>--prefer-plain and --prefer-html exclude each other</source>
        <translation>--prefer-plain y --prefer-html se excluyen mutuamente</translation>
    </message>
    <message>
        <source>Cannot read standard input</source>
        <translation>No se puede leer la entrada estándar</translation>
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
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Show only unread messages</source>
        <translation>Mostrar solo los mensajes no leídos</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacados</translation>
    </message>
    <message>
        <source>Show only starred messages</source>
        <translation>Mostrar solo los mensajes destacados</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Con adjuntos</translation>
    </message>
    <message>
        <source>Show only messages with attachments</source>
        <translation>Mostrar solo los mensajes con adjuntos</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+K)</source>
        <translation>Buscar mensajes (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>Cannot read the attachment %1: %2</source>
        <translation>No se puede leer el adjunto %1: %2</translation>
    </message>
</context>
<context>
    <name>MessageListQueries</name>
    <message>
        <source>The mail database has no native handle.</source>
        <translation>La base de datos de correo no tiene un identificador nativo.</translation>
    </message>
    <message>
        <source>The message list could not be read.</source>
        <translation>No se ha podido leer la lista de mensajes.</translation>
    </message>
    <message>
        <source>reading message list rows</source>
        <translation>leer las filas de la lista de mensajes</translation>
    </message>
    <message>
        <source>reading a thread</source>
        <translation>leer un hilo</translation>
    </message>
</context>
<context>
    <name>MessageParser</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>The input is not readable</source>
        <translation>La entrada no se puede leer</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation>Se ha bloqueado el contenido remoto para proteger su privacidad.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Always for this sender</source>
        <translation>Siempre para este remitente</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Guardar todos…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
</context>
<context>
    <name>OperationReplayer</name>
    <message numerus="yes">
        <source>changing the flags of %n message(s)</source>
        <translation>
            <numerusform>cambiar los indicadores de %n mensaje</numerusform>
            <numerusform>cambiar los indicadores de %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moving %n message(s)</source>
        <translation>
            <numerusform>mover %n mensaje</numerusform>
            <numerusform>mover %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copying %n message(s)</source>
        <translation>
            <numerusform>copiar %n mensaje</numerusform>
            <numerusform>copiar %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleting %n message(s)</source>
        <translation>
            <numerusform>eliminar %n mensaje</numerusform>
            <numerusform>eliminar %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>storing a message</source>
        <translation>guardar un mensaje</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>La carpeta ya no existe.</translation>
    </message>
    <message>
        <source>A change could not be made on the server (%1): %2</source>
        <translation>No se ha podido aplicar un cambio en el servidor (%1): %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password Needed</source>
        <translation>Se necesita la contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation>No se puede crear la carpeta del perfil %1</translation>
    </message>
</context>
<context>
    <name>ReplyBuilder</name>
    <message>
        <source>%1 wrote:</source>
        <translation>%1 escribió:</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>El %1, %2 escribió:</translation>
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
        <translation>sin cifrado</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <source>No password is known for this account.</source>
        <translation>No se conoce ninguna contraseña para esta cuenta.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Incoming server:</source>
        <translation>Servidor de &amp;entrada:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Outgoing server:</source>
        <translation>Servidor de &amp;salida:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nombre de usua&amp;rio:</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Responder a:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Show the &amp;plain text version of messages when there is one</source>
        <translation>Mostrar la versión en texto &amp;sin formato de los mensajes cuando la haya</translation>
    </message>
    <message>
        <source>Remote &amp;content:</source>
        <translation>&amp;Contenido remoto:</translation>
    </message>
    <message>
        <source>&amp;Mark as read after:</source>
        <translation>&amp;Marcar como leído tras:</translation>
    </message>
    <message>
        <source>Remote content always loaded from:</source>
        <translation>Cargar siempre el contenido remoto de:</translation>
    </message>
    <message>
        <source>Remove Sender</source>
        <translation>Quitar remitente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The server reported an error: %1</source>
        <translation>El servidor ha informado de un error: %1</translation>
    </message>
    <message>
        <source>The local mail store failed: %1</source>
        <translation>Ha fallado el almacén de correo local: %1</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Error interno: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>WizardCertificateDialog</name>
    <message>
        <source>Certificate problem</source>
        <translation>Problema con el certificado</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Trust it only if you can compare the fingerprint with one your provider or administrator gave you. Epistle will then accept this one certificate, and no other, for this account.</source>
        <translation>Confíe en él solo si puede comparar la huella digital con la que le haya proporcionado su proveedor o administrador. Entonces Epistle aceptará este certificado, y ningún otro, para esta cuenta.</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this account</source>
        <translation>&amp;Confiar en este certificado para esta cuenta</translation>
    </message>
</context>
<context>
    <name>WizardConfirmPage</name>
    <message>
        <source>Is this your provider?</source>
        <translation>¿Es este su proveedor?</translation>
    </message>
    <message>
        <source>A server outside your address&apos;s domain gets your password only with your approval.</source>
        <translation>Un servidor ajeno al dominio de su dirección solo recibe su contraseña con su aprobación.</translation>
    </message>
    <message>
        <source>These servers were learnt from DNS (or an unencrypted download), which someone on your network could forge to collect your password. Continue only if you know that your provider uses them; otherwise go back and enter the settings your provider gives you.</source>
        <translation>Estos servidores se han obtenido del DNS (o de una descarga sin cifrar), que alguien en su red podría falsificar para hacerse con su contraseña. Continúe solo si sabe que su proveedor los utiliza; de lo contrario, vuelva atrás e introduzca la configuración que le indique su proveedor.</translation>
    </message>
</context>
<context>
    <name>WizardDiscoveryPage</name>
    <message>
        <source>Looking for your mail servers</source>
        <translation>Buscando sus servidores de correo</translation>
    </message>
    <message>
        <source>Epistle asks DNS, your provider&apos;s configuration file and the usual server names. No password is sent while it searches.</source>
        <translation>Epistle consulta el DNS, el archivo de configuración de su proveedor y los nombres de servidor habituales. No se envía ninguna contraseña durante la búsqueda.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What was tried:</source>
        <translation>Intentos realizados:</translation>
    </message>
    <message>
        <source>&amp;Stop and enter the settings by hand</source>
        <translation>&amp;Detener e introducir la configuración manualmente</translation>
    </message>
</context>
<context>
    <name>WizardDonePage</name>
    <message>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <source>The account is saved, and Epistle fetches your mail.</source>
        <translation>La cuenta se ha guardado y Epistle está recibiendo su correo.</translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation>&amp;Guardar de nuevo</translation>
    </message>
    <message>
        <source>First synchronisation</source>
        <translation>Primera sincronización</translation>
    </message>
</context>
<context>
    <name>WizardIdentityPage</name>
    <message>
        <source>Your mail account</source>
        <translation>Su cuenta de correo</translation>
    </message>
    <message>
        <source>Epistle looks up your provider&apos;s servers from your address. Your password is sent only to those servers, over encrypted connections, once you have seen them.</source>
        <translation>Epistle busca los servidores de su proveedor a partir de su dirección. Su contraseña solo se envía a esos servidores, mediante conexiones cifradas, después de que usted los haya visto.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>As others will see it, e.g. Ada Lovelace</source>
        <translation>Tal como lo verán los demás, p. ej., Ada Lovelace</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>usuario@example.org</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Also look for settings over unencrypted &amp;HTTP (less safe: anyone on the network could alter them)</source>
        <translation>Buscar también la configuración por &amp;HTTP sin cifrar (menos seguro: cualquiera en la red podría alterarla)</translation>
    </message>
    <message>
        <source>Know your server settings already?</source>
        <translation>¿Ya conoce la configuración de su servidor?</translation>
    </message>
    <message>
        <source>Set up &amp;manually…</source>
        <translation>Configurar &amp;manualmente…</translation>
    </message>
</context>
<context>
    <name>WizardSettingsPage</name>
    <message>
        <source>Server settings</source>
        <translation>Configuración del servidor</translation>
    </message>
    <message>
        <source>Where Epistle fetches and sends your mail, and where each setting was found.</source>
        <translation>Dónde recibe y envía Epistle su correo, y dónde se ha encontrado cada ajuste.</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Correo entrante</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Seg&amp;uridad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Correo saliente (SMTP)</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nombre de usuar&amp;io:</translation>
    </message>
</context>
<context>
    <name>WizardVerifyPage</name>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Epistle signs in to the incoming and the outgoing server to check the settings and the password.</source>
        <translation>Epistle inicia sesión en el servidor de entrada y en el de salida para comprobar la configuración y la contraseña.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Show the &amp;certificate…</source>
        <translation>Mostrar el ce&amp;rtificado…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Pasos realizados:</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>Add a mail account. The password is read from standard input.</source>
        <translation>Añade una cuenta de correo. La contraseña se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>Account name shown in Epistle.</source>
        <translation>Nombre de la cuenta que se muestra en Epistle.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Your name on outgoing mail.</source>
        <translation>Su nombre en el correo saliente.</translation>
    </message>
    <message>
        <source>IMAP server.</source>
        <translation>Servidor IMAP.</translation>
    </message>
    <message>
        <source>POP3 server.</source>
        <translation>Servidor POP3.</translation>
    </message>
    <message>
        <source>SMTP submission server.</source>
        <translation>Servidor SMTP de envío.</translation>
    </message>
    <message>
        <source>tls, starttls or none (default: by port).</source>
        <translation>tls, starttls o none (predeterminado: según el puerto).</translation>
    </message>
    <message>
        <source>User name (default: the email address).</source>
        <translation>Nombre de usuario (predeterminado: la dirección de correo electrónico).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for this account.</source>
        <translation>Confía también en los certificados de CA de este archivo PEM para esta cuenta.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lee la contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <source>Needed: --email, one of --imap or --pop3 (host:port), and --smtp (host:port).</source>
        <translation>Se necesitan: --email, una de --imap o --pop3 (host:port) y --smtp (host:port).</translation>
    </message>
    <message>
        <source>Security must be tls, starttls or none.</source>
        <translation>La seguridad debe ser tls, starttls o none.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No existe el archivo: %1</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation>Ya existe una cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>Added account %1 (id %2).</source>
        <translation>Se ha añadido la cuenta %1 (id %2).</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>No existe la cuenta «%1».</translation>
    </message>
    <message>
        <source>Removed account %1.</source>
        <translation>Se ha quitado la cuenta %1.</translation>
    </message>
    <message>
        <source>Usage: epistle account add [options] | list [--json] | remove &lt;id or name&gt;
Run &apos;epistle account add --help&apos; for the options of add.</source>
        <translation>Uso: epistle account add [options] | list [--json] | remove &lt;id o nombre&gt;
Ejecute «epistle account add --help» para ver las opciones de add.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Add, list or remove mail accounts</source>
        <translation>Añadir, listar o quitar cuentas de correo</translation>
    </message>
    <message>
        <source>Find the mail servers for an email address; prints JSON</source>
        <translation>Buscar los servidores de correo de una dirección de correo electrónico; muestra JSON</translation>
    </message>
    <message>
        <source>Print a message file (.eml) parsed, as JSON</source>
        <translation>Mostrar un archivo de mensaje (.eml) analizado, en JSON</translation>
    </message>
    <message>
        <source>Queue a message in the Outbox and send it</source>
        <translation>Poner un mensaje en la bandeja de salida y enviarlo</translation>
    </message>
    <message>
        <source>Synchronise accounts once (folders, summaries, offline changes, Outbox)</source>
        <translation>Sincronizar las cuentas una vez (carpetas, resúmenes, cambios sin conexión, bandeja de salida)</translation>
    </message>
</context>
<context>
    <name>discover</name>
    <message>
        <source>Find the mail servers for an email address (DNS SRV, autoconfig, MX, guessing) and print them as JSON.</source>
        <translation>Busca los servidores de correo de una dirección de correo electrónico (DNS SRV, autoconfig, MX, deducción) y los muestra como JSON.</translation>
    </message>
    <message>
        <source>The email address.</source>
        <translation>La dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Ask this DNS server (port 53) instead of the system&apos;s.</source>
        <translation>Consulta este servidor DNS (puerto 53) en lugar del del sistema.</translation>
    </message>
    <message>
        <source>Do not guess and probe server names.</source>
        <translation>No deduce ni sondea nombres de servidor.</translation>
    </message>
    <message>
        <source>Skip DNS SRV records.</source>
        <translation>Omite los registros DNS SRV.</translation>
    </message>
    <message>
        <source>Skip autoconfig files.</source>
        <translation>Omite los archivos de autoconfig.</translation>
    </message>
    <message>
        <source>Skip the MX look-up.</source>
        <translation>Omite la consulta MX.</translation>
    </message>
    <message>
        <source>Autoconfig URL pattern to use instead of the standard ones (repeatable; %EMAILDOMAIN% and %EMAILADDRESS% are replaced).</source>
        <translation>Patrón de URL de autoconfig que se usa en lugar de los estándar (repetible; se sustituyen %EMAILDOMAIN% y %EMAILADDRESS%).</translation>
    </message>
    <message>
        <source>Also fetch autoconfig files over plain HTTP.</source>
        <translation>Descarga también los archivos de autoconfig por HTTP sin cifrar.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Confía también en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <source>When guessing, probe port B where the standard port is A (A=B, repeatable; for test servers).</source>
        <translation>Al deducir, sondea el puerto B donde el puerto estándar es A (A=B, repetible; para servidores de prueba).</translation>
    </message>
    <message>
        <source>Seconds each step may take (default 15).</source>
        <translation>Segundos que puede tardar cada paso (predeterminado: 15).</translation>
    </message>
    <message>
        <source>Give exactly one email address.</source>
        <translation>Indique exactamente una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Not an IP address: %1</source>
        <translation>No es una dirección IP: %1</translation>
    </message>
    <message>
        <source>No certificate could be read from %1</source>
        <translation>No se ha podido leer ningún certificado de %1</translation>
    </message>
    <message>
        <source>--guess-port needs A=B, e.g. 993=10993</source>
        <translation>--guess-port necesita A=B, p. ej., 993=10993</translation>
    </message>
    <message>
        <source>Not an email address: %1</source>
        <translation>No es una dirección de correo electrónico: %1</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AccountVerifier</name>
    <message>
        <source>Your mail would be handled by servers of %1, which is not your address&apos;s domain. Confirm that this is your provider before Epistle sends your password there.</source>
        <translation>Su correo lo gestionarían servidores de %1, que no es el dominio de su dirección. Confirme que es su proveedor antes de que Epistle envíe allí su contraseña.</translation>
    </message>
    <message>
        <source>Signing in to %1 on %2 as %3…</source>
        <translation>Iniciando sesión %1 en %2 como %3…</translation>
    </message>
    <message>
        <source>Refused as %1; trying the next user name.</source>
        <translation>Rechazado como %1; probando el siguiente nombre de usuario.</translation>
    </message>
    <message>
        <source>The %1 server refused the user name and password: %2</source>
        <translation>El servidor de %1 ha rechazado el nombre de usuario y la contraseña: %2</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::AutoconfigFetcher</name>
    <message>
        <source>The configuration file is larger than %1 bytes.</source>
        <translation>El archivo de configuración ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor ha respondido HTTP %1.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::Discovery</name>
    <message>
        <source>Looking for the mail servers of %1…</source>
        <translation>Buscando los servidores de correo de %1…</translation>
    </message>
    <message>
        <source>SRV %1: %2</source>
        <translation>SRV %1: %2</translation>
    </message>
    <message>
        <source>SRV %1: none</source>
        <translation>SRV %1: ninguno</translation>
    </message>
    <message>
        <source>SRV %1: not offered (&quot;.&quot;)</source>
        <translation>SRV %1: no ofrecido (&quot;.&quot;)</translation>
    </message>
    <message>
        <source>SRV %1: %2:%3 (priority %4, weight %5)</source>
        <translation>SRV %1: %2:%3 (prioridad %4, peso %5)</translation>
    </message>
    <message>
        <source>Autoconfig %1: %2</source>
        <translation>Autoconfig %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Autoconfig %1: %n server(s) found</source>
        <translation>
            <numerusform>Autoconfig %1: %n servidor encontrado</numerusform>
            <numerusform>Autoconfig %1: %n servidores encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>MX %1: none</source>
        <translation>MX %1: ninguno</translation>
    </message>
    <message>
        <source>MX %1: %2</source>
        <translation>MX %1: %2</translation>
    </message>
    <message>
        <source>MX %1: %2 (domain %3)</source>
        <translation>MX %1: %2 (dominio %3)</translation>
    </message>
    <message>
        <source>Some look-ups did not answer in time; going on with what was found.</source>
        <translation>Algunas consultas no han respondido a tiempo; se continúa con lo encontrado.</translation>
    </message>
    <message>
        <source>Guessing from the usual server names…</source>
        <translation>Deduciendo a partir de los nombres de servidor habituales…</translation>
    </message>
    <message>
        <source>%1 has no address.</source>
        <translation>%1 no tiene ninguna dirección.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings by hand.</source>
        <translation>No se ha encontrado ningún servidor de correo para %1. Introduzca la configuración manualmente.</translation>
    </message>
    <message numerus="yes">
        <source>Discovery finished: %n server setting(s).</source>
        <translation>
            <numerusform>Búsqueda finalizada: %n configuración de servidor.</numerusform>
            <numerusform>Búsqueda finalizada: %n configuraciones de servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation>Búsqueda cancelada.</translation>
    </message>
</context>
<context>
    <name>epistle::autoconfig::ServerGuesser</name>
    <message>
        <source>Guess: %1 does not exist.</source>
        <translation>Deducción: %1 no existe.</translation>
    </message>
    <message>
        <source>Guess: trying %1 on %2 (%3)…</source>
        <translation>Deducción: probando %1 en %2 (%3)…</translation>
    </message>
    <message>
        <source>probe of %1</source>
        <translation>sondeo de %1</translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 (%3).</source>
        <translation>Deducción: %1 responde en %2 (%3).</translation>
    </message>
    <message>
        <source>probe of %1 (no encryption offered)</source>
        <translation>sondeo de %1 (no ofrece cifrado)</translation>
    </message>
    <message>
        <source>Guess: %1 answers on %2 but offers no encryption.</source>
        <translation>Deducción: %1 responde en %2, pero no ofrece cifrado.</translation>
    </message>
    <message>
        <source>Guess: %1 on %2: %3</source>
        <translation>Deducción: %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>epistle::imap::Error</name>
    <message>
        <source>The server refused %1: %2</source>
        <translation>El servidor ha rechazado %1: %2</translation>
    </message>
    <message>
        <source>The server rejected %1 as invalid: %2</source>
        <translation>El servidor ha rechazado %1 como petición no válida: %2</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>El servidor ha cerrado la sesión: %1</translation>
    </message>
    <message>
        <source>Unexpected reply to %1: %2</source>
        <translation>Respuesta inesperada para %1: %2</translation>
    </message>
</context>
<context>
    <name>epistle::imap::Session</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Se ha cerrado la conexión.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>Se ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>No hay conexión con el servidor.</translation>
    </message>
    <message>
        <source>The server sent an unusable response (%1).</source>
        <translation>El servidor ha enviado una respuesta inutilizable (%1).</translation>
    </message>
    <message>
        <source>Unreadable response from the server: %1</source>
        <translation>Respuesta ilegible del servidor: %1</translation>
    </message>
    <message>
        <source>The server asked for data that no command is sending.</source>
        <translation>El servidor ha pedido datos que ninguna orden está enviando.</translation>
    </message>
    <message>
        <source>The server answered a command that was not sent: %1</source>
        <translation>El servidor ha respondido a una orden que no se ha enviado: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply to %1 could not be read: %2</source>
        <translation>No se ha podido leer la respuesta del servidor a %1: %2</translation>
    </message>
    <message>
        <source>The session is already connected.</source>
        <translation>La sesión ya está conectada.</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la conexión</translation>
    </message>
    <message>
        <source>The server did not greet as an IMAP server does: %1</source>
        <translation>El servidor no ha saludado como lo hace un servidor IMAP: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>El servidor ha rechazado la conexión: %1</translation>
    </message>
    <message>
        <source>The server skipped authentication, so the connection cannot be secured with STARTTLS.</source>
        <translation>El servidor ha omitido la autenticación, así que la conexión no se puede proteger con STARTTLS.</translation>
    </message>
    <message>
        <source>The server did not list its capabilities.</source>
        <translation>El servidor no ha enumerado sus capacidades.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be secured.</source>
        <translation>El servidor no ofrece STARTTLS, así que la conexión no se puede proteger.</translation>
    </message>
    <message>
        <source>The server refused to secure the connection: %1</source>
        <translation>El servidor se ha negado a proteger la conexión: %1</translation>
    </message>
    <message>
        <source>The connection is not encrypted; the password was not sent.</source>
        <translation>La conexión no está cifrada; no se ha enviado la contraseña.</translation>
    </message>
    <message>
        <source>The server does not allow logging in on this connection (LOGINDISABLED) and offers no usable method.</source>
        <translation>El servidor no permite iniciar sesión en esta conexión (LOGINDISABLED) y no ofrece ningún método utilizable.</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>el inicio de sesión</translation>
    </message>
    <message>
        <source>The server did not accept the login: %1</source>
        <translation>El servidor no ha aceptado el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Compression could not be started.</source>
        <translation>No se ha podido activar la compresión.</translation>
    </message>
    <message>
        <source>Message %1 no longer exists on the server.</source>
        <translation>El mensaje %1 ya no existe en el servidor.</translation>
    </message>
    <message>
        <source>The server does not report quotas.</source>
        <translation>El servidor no informa de las cuotas.</translation>
    </message>
</context>
<context>
    <name>epistle::net::Connection</name>
    <message>
        <source>No connection to %1 within %2 seconds.</source>
        <translation>No se ha podido conectar con %1 en %2 segundos.</translation>
    </message>
    <message>
        <source>The connection to %1 took too long.</source>
        <translation>La conexión con %1 ha tardado demasiado.</translation>
    </message>
    <message>
        <source>%1 is not on this computer; Epistle does not connect to it without encryption unless you choose that explicitly in the account settings.</source>
        <translation>%1 no está en este equipo; Epistle no se conecta a él sin cifrado, a menos que lo elija expresamente en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>No se ha encontrado el servidor %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 ha rechazado la conexión.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 ha cerrado la conexión.</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted: %2</source>
        <translation>No se puede confiar en el certificado de %1: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Ha fallado la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Error de red con %1: %2</translation>
    </message>
    <message>
        <source>%1 sent corrupt compressed data.</source>
        <translation>%1 ha enviado datos comprimidos dañados.</translation>
    </message>
    <message>
        <source>%1 sent data before the secure connection was established; the connection was closed for safety.</source>
        <translation>%1 ha enviado datos antes de que se estableciera la conexión segura; se ha cerrado la conexión por seguridad.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle no ha enviado su contraseña a %1 porque la conexión no está cifrada.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 no ha respondido en %2 segundos.</translation>
    </message>
</context>
<context>
    <name>epistle::net::ServerProbe</name>
    <message>
        <source>The server sent an overlong line.</source>
        <translation>El servidor ha enviado una línea demasiado larga.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not one of this protocol: %1</source>
        <translation>El saludo del servidor no corresponde a este protocolo: %1</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, which this account requires. Epistle will not continue without encryption.</source>
        <translation>%1 no ofrece STARTTLS, que esta cuenta requiere. Epistle no continuará sin cifrado.</translation>
    </message>
    <message>
        <source>%1 refused to start TLS: %2</source>
        <translation>%1 se ha negado a iniciar TLS: %2</translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Client</name>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation>Cancelado por una nueva conexión.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>El servidor ha rechazado la conexión.</translation>
    </message>
    <message>
        <source>The server %1 does not offer STLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation>El servidor %1 no ofrece STLS, así que la conexión no se puede cifrar; Epistle no ha continuado sin cifrado.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STLS); Epistle did not continue without it.</source>
        <translation>El servidor se ha negado a iniciar el cifrado (STLS); Epistle no ha continuado sin él.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle no ha enviado su contraseña a %1 porque la conexión no está cifrada.</translation>
    </message>
    <message>
        <source>Already logged in.</source>
        <translation>Ya se ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>No hay conexión con el servidor.</translation>
    </message>
    <message>
        <source>The server offers no login method that Epistle supports (USER, APOP or SASL PLAIN).</source>
        <translation>El servidor no ofrece ningún método de inicio de sesión compatible con Epistle (USER, APOP o SASL PLAIN).</translation>
    </message>
    <message>
        <source>The server does not support APOP (its greeting has no timestamp).</source>
        <translation>El servidor no admite APOP (su saludo no tiene marca de tiempo).</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Ha fallado el inicio de sesión.</translation>
    </message>
    <message>
        <source>The user name or password contains a line break.</source>
        <translation>El nombre de usuario o la contraseña contienen un salto de línea.</translation>
    </message>
    <message>
        <source>STAT failed.</source>
        <translation>Ha fallado STAT.</translation>
    </message>
    <message>
        <source>The server&apos;s STAT reply is malformed: %1</source>
        <translation>La respuesta STAT del servidor está mal formada: %1</translation>
    </message>
    <message>
        <source>LIST failed.</source>
        <translation>Ha fallado LIST.</translation>
    </message>
    <message>
        <source>The server&apos;s LIST line is malformed: %1</source>
        <translation>La línea LIST del servidor está mal formada: %1</translation>
    </message>
    <message>
        <source>LIST %1 failed.</source>
        <translation>Ha fallado LIST %1.</translation>
    </message>
    <message>
        <source>The server&apos;s LIST reply is malformed: %1</source>
        <translation>La respuesta LIST del servidor está mal formada: %1</translation>
    </message>
    <message>
        <source>UIDL failed.</source>
        <translation>Ha fallado UIDL.</translation>
    </message>
    <message>
        <source>The server&apos;s UIDL line is malformed: %1</source>
        <translation>La línea UIDL del servidor está mal formada: %1</translation>
    </message>
    <message>
        <source>UIDL %1 failed.</source>
        <translation>Ha fallado UIDL %1.</translation>
    </message>
    <message>
        <source>The server&apos;s UIDL reply is malformed: %1</source>
        <translation>La respuesta UIDL del servidor está mal formada: %1</translation>
    </message>
    <message>
        <source>TOP %1 failed.</source>
        <translation>Ha fallado TOP %1.</translation>
    </message>
    <message>
        <source>Message %1 cannot be stored: the target is not open for writing.</source>
        <translation>No se puede guardar el mensaje %1: el destino no está abierto para escritura.</translation>
    </message>
    <message>
        <source>Message %1 was not downloaded completely: %2</source>
        <translation>El mensaje %1 no se ha descargado por completo: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be downloaded.</source>
        <translation>No se ha podido descargar el mensaje %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Message %1 could not be deleted.</source>
        <translation>No se ha podido eliminar el mensaje %1.</translation>
    </message>
    <message>
        <source>RSET failed.</source>
        <translation>Ha fallado RSET.</translation>
    </message>
    <message>
        <source>NOOP failed.</source>
        <translation>Ha fallado NOOP.</translation>
    </message>
    <message>
        <source>The server could not remove all deleted messages.</source>
        <translation>El servidor no ha podido quitar todos los mensajes eliminados.</translation>
    </message>
    <message>
        <source>QUIT failed.</source>
        <translation>Ha fallado QUIT.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>No se ha iniciado sesión.</translation>
    </message>
    <message>
        <source>The server sent something unrequested: %1</source>
        <translation>El servidor ha enviado algo que no se había pedido: %1</translation>
    </message>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>El servidor ha enviado una línea de respuesta de más de %1 bytes.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a POP3 status line: %1</source>
        <translation>La respuesta del servidor no es una línea de estado POP3: %1</translation>
    </message>
    <message>
        <source>The server sent an unexpected continuation line.</source>
        <translation>El servidor ha enviado una línea de continuación inesperada.</translation>
    </message>
    <message>
        <source>The downloaded message could not be stored: %1</source>
        <translation>No se ha podido guardar el mensaje descargado: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 MB.</source>
        <translation>La respuesta del servidor ocupa más de %1 MB.</translation>
    </message>
</context>
<context>
    <name>epistle::pop3::Error</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another program; try again when it has finished.</source>
        <translation>Otro programa está usando el buzón; inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The server does not allow logging in again so soon.</source>
        <translation>El servidor no permite volver a iniciar sesión tan pronto.</translation>
    </message>
    <message>
        <source>The server has a temporary problem; try again later.</source>
        <translation>El servidor tiene un problema temporal; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server has a problem that will not go away by itself.</source>
        <translation>El servidor tiene un problema que no se resolverá por sí solo.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor ha respondido: %1</translation>
    </message>
</context>
<context>
    <name>epistle::smtp</name>
    <message>
        <source>The reply is too short.</source>
        <translation>La respuesta es demasiado corta.</translation>
    </message>
    <message>
        <source>The reply does not start with a three-digit code.</source>
        <translation>La respuesta no empieza por un código de tres dígitos.</translation>
    </message>
    <message>
        <source>The reply code %1 is not valid.</source>
        <translation>El código de respuesta %1 no es válido.</translation>
    </message>
    <message>
        <source>The reply code is not followed by a space or a hyphen.</source>
        <translation>El código de respuesta no va seguido de un espacio ni de un guion.</translation>
    </message>
    <message>
        <source>The lines of a reply have different codes (%1, %2).</source>
        <translation>Las líneas de una respuesta tienen códigos distintos (%1, %2).</translation>
    </message>
    <message>
        <source>The reply has too many lines.</source>
        <translation>La respuesta tiene demasiadas líneas.</translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Client</name>
    <message>
        <source>The server stopped accepting the message (nothing could be sent for %1 seconds).</source>
        <translation>El servidor ha dejado de aceptar el mensaje (no se ha podido enviar nada durante %1 segundos).</translation>
    </message>
    <message>
        <source>Cancelled by a new connection.</source>
        <translation>Cancelado por una nueva conexión.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>El servidor ha rechazado la conexión.</translation>
    </message>
    <message>
        <source>The server %1 does not support EHLO, so it cannot start encryption (STARTTLS); Epistle did not continue without encryption.</source>
        <translation>El servidor %1 no admite EHLO, así que no puede iniciar el cifrado (STARTTLS); Epistle no ha continuado sin cifrado.</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO).</source>
        <translation>El servidor ha rechazado el saludo (EHLO).</translation>
    </message>
    <message>
        <source>The server %1 does not offer STARTTLS, so the connection cannot be encrypted; Epistle did not continue without encryption.</source>
        <translation>El servidor %1 no ofrece STARTTLS, así que la conexión no se puede cifrar; Epistle no ha continuado sin cifrado.</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS); Epistle did not continue without it.</source>
        <translation>El servidor se ha negado a iniciar el cifrado (STARTTLS); Epistle no ha continuado sin él.</translation>
    </message>
    <message>
        <source>The server refused the greeting (HELO).</source>
        <translation>El servidor ha rechazado el saludo (HELO).</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>No hay conexión con el servidor.</translation>
    </message>
    <message>
        <source>Epistle did not send your password to %1 because the connection is not encrypted.</source>
        <translation>Epistle no ha enviado su contraseña a %1 porque la conexión no está cifrada.</translation>
    </message>
    <message>
        <source>The server %1 does not offer logging in (no AUTH in its EHLO reply).</source>
        <translation>El servidor %1 no ofrece inicio de sesión (no hay AUTH en su respuesta a EHLO).</translation>
    </message>
    <message>
        <source>The server %1 offers no login method Epistle supports (it offers %2; Epistle supports CRAM-MD5, PLAIN and LOGIN).</source>
        <translation>El servidor %1 no ofrece ningún método de inicio de sesión compatible con Epistle (ofrece %2; Epistle admite CRAM-MD5, PLAIN y LOGIN).</translation>
    </message>
    <message>
        <source>Login failed: the user name or password is wrong.</source>
        <translation>Ha fallado el inicio de sesión: el nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The server refused this login method (%1).</source>
        <translation>El servidor ha rechazado este método de inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>The server does not accept the login method %1.</source>
        <translation>El servidor no acepta el método de inicio de sesión %1.</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Ha fallado el inicio de sesión.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>El mensaje no tiene destinatarios.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; is not valid.</source>
        <translation>La dirección «%1» no es válida.</translation>
    </message>
    <message>
        <source>The server %1 does not accept addresses with non-ASCII characters (no SMTPUTF8).</source>
        <translation>El servidor %1 no acepta direcciones con caracteres no ASCII (no admite SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message cannot be read.</source>
        <translation>No se puede leer el mensaje.</translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation>No se puede leer el mensaje: %1</translation>
    </message>
    <message>
        <source>The message is %1 KB, larger than the %2 KB that the server accepts.</source>
        <translation>El mensaje ocupa %1 KB, más que los %2 KB que acepta el servidor.</translation>
    </message>
    <message>
        <source>The server refused to start a new message (RSET).</source>
        <translation>El servidor se ha negado a empezar un mensaje nuevo (RSET).</translation>
    </message>
    <message>
        <source>The server refused the sender %1.</source>
        <translation>El servidor ha rechazado al remitente %1.</translation>
    </message>
    <message>
        <source>The server refused the recipient %1.</source>
        <translation>El servidor ha rechazado al destinatario %1.</translation>
    </message>
    <message>
        <source>The server refused the message (DATA).</source>
        <translation>El servidor ha rechazado el mensaje (DATA).</translation>
    </message>
    <message>
        <source>The message was closed while it was being sent.</source>
        <translation>El mensaje se ha cerrado mientras se estaba enviando.</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>El servidor ha rechazado el mensaje.</translation>
    </message>
    <message>
        <source>The server refused the message (BDAT).</source>
        <translation>El servidor ha rechazado el mensaje (BDAT).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The message was sent, but the server refused these recipients: %1</source>
        <translation>El mensaje se ha enviado, pero el servidor ha rechazado a estos destinatarios: %1</translation>
    </message>
    <message>
        <source>The message was not sent; the server refused these recipients: %1</source>
        <translation>El mensaje no se ha enviado; el servidor ha rechazado a estos destinatarios: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server sent a reply line that is too long.</source>
        <translation>El servidor ha enviado una línea de respuesta demasiado larga.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is malformed (%1): %2</source>
        <translation>La respuesta del servidor está mal formada (%1): %2</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>El servidor ha finalizado la sesión.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>El servidor ha enviado una respuesta que nadie había pedido: %1</translation>
    </message>
</context>
<context>
    <name>epistle::smtp::Error</name>
    <message>
        <source>This is temporary; try again later.</source>
        <translation>Es un problema temporal; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor ha respondido: %1</translation>
    </message>
</context>
<context>
    <name>epistle::storage::AccountStore</name>
    <message>
        <source>adding an account</source>
        <translation>añadir una cuenta</translation>
    </message>
    <message>
        <source>changing an account</source>
        <translation>modificar una cuenta</translation>
    </message>
    <message>
        <source>removing an account</source>
        <translation>eliminar una cuenta</translation>
    </message>
    <message>
        <source>reading an account</source>
        <translation>leer una cuenta</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>enumerar las cuentas</translation>
    </message>
    <message>
        <source>adding an identity</source>
        <translation>añadir una identidad</translation>
    </message>
    <message>
        <source>changing an identity</source>
        <translation>modificar una identidad</translation>
    </message>
    <message>
        <source>removing an identity</source>
        <translation>eliminar una identidad</translation>
    </message>
    <message>
        <source>listing identities</source>
        <translation>enumerar las identidades</translation>
    </message>
    <message>
        <source>choosing the default identity</source>
        <translation>elegir la identidad predeterminada</translation>
    </message>
</context>
<context>
    <name>epistle::storage::BodyCache</name>
    <message>
        <source>reading the cache clock</source>
        <translation>leer el reloj de la caché</translation>
    </message>
    <message>
        <source>caching a message part</source>
        <translation>guardar en caché una parte de un mensaje</translation>
    </message>
    <message>
        <source>reading a cached message part</source>
        <translation>leer una parte de mensaje guardada en caché</translation>
    </message>
    <message>
        <source>looking up a cached message part</source>
        <translation>buscar una parte de mensaje guardada en caché</translation>
    </message>
    <message>
        <source>removing cached message parts</source>
        <translation>quitar partes de mensajes guardadas en caché</translation>
    </message>
    <message>
        <source>clearing the message cache</source>
        <translation>vaciar la caché de mensajes</translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation>leer el tamaño de la caché</translation>
    </message>
    <message>
        <source>evicting cached message parts</source>
        <translation>descartar partes de mensajes de la caché</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Database</name>
    <message>
        <source>The SQLite driver of Qt is missing (install the Qt SQLite plugin).</source>
        <translation>Falta el controlador SQLite de Qt (instale el complemento SQLite de Qt).</translation>
    </message>
    <message>
        <source>The mail database %1 cannot be opened.</source>
        <translation>No se puede abrir la base de datos de correo %1.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver does not use the system SQLite library that Epistle was built with.</source>
        <translation>El controlador SQLite de Qt no usa la biblioteca SQLite del sistema con la que se compiló Epistle.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <source>The mail database %1 was written by a newer version of Epistle (schema %2; this version understands up to %3). It has not been changed; please use the newer version.</source>
        <translation>La base de datos de correo %1 la escribió una versión más reciente de Epistle (esquema %2; esta versión admite hasta el %3). No se ha modificado; use la versión más reciente.</translation>
    </message>
    <message>
        <source>reading the file type</source>
        <translation>leer el tipo de archivo</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>leer el esquema</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not an Epistle mail database. It has been left as it is.</source>
        <translation>El archivo %1 es una base de datos SQLite, pero no una base de datos de correo de Epistle. Se ha dejado tal como está.</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>cambiar al registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>The mail database %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation>La base de datos de correo %1 no puede usar el registro de escritura anticipada (modo de diario %2).</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>activar las claves foráneas</translation>
    </message>
    <message>
        <source>setting the sync level</source>
        <translation>establecer el nivel de sincronización</translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation>establecer el tiempo de espera por bloqueo</translation>
    </message>
    <message>
        <source>setting the cache size</source>
        <translation>establecer el tamaño de la caché</translation>
    </message>
    <message>
        <source>setting the temporary store</source>
        <translation>establecer el almacenamiento temporal</translation>
    </message>
    <message>
        <source>setting the checkpoint interval</source>
        <translation>establecer el intervalo de los puntos de control</translation>
    </message>
    <message>
        <source>setting the log size limit</source>
        <translation>establecer el límite de tamaño del registro</translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation>iniciar la actualización del esquema</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>actualizar el esquema a la versión %1</translation>
    </message>
    <message>
        <source>marking the file</source>
        <translation>marcar el archivo</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>registrar la versión del esquema</translation>
    </message>
    <message>
        <source>committing the schema upgrade</source>
        <translation>confirmar la actualización del esquema</translation>
    </message>
    <message>
        <source>Upgrading the mail database to version %1 (%2) failed; it was left at its previous version.</source>
        <translation>Ha fallado la actualización de la base de datos de correo a la versión %1 (%2); se ha mantenido en su versión anterior.</translation>
    </message>
    <message>
        <source>Internal error: a mail database connection was used from another thread.</source>
        <translation>Error interno: se ha usado una conexión a la base de datos de correo desde otro hilo.</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>preparar una sentencia</translation>
    </message>
    <message>
        <source>The damaged mail database %1 could not be moved aside to %2.</source>
        <translation>No se ha podido apartar la base de datos de correo dañada %1 moviéndola a %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be moved aside.</source>
        <translation>No se ha podido apartar el archivo %1.</translation>
    </message>
    <message>
        <source>The mail database %1 cannot be read: %2.</source>
        <translation>No se puede leer la base de datos de correo %1: %2.</translation>
    </message>
    <message>
        <source>The mail database %1 is damaged: %2. It has been left as it is; the local cache can be moved aside and rebuilt from the server.</source>
        <translation>La base de datos de correo %1 está dañada: %2. Se ha dejado tal como está; la caché local se puede apartar y reconstruir desde el servidor.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation>su cabecera no es válida</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>el archivo está truncado</translation>
    </message>
</context>
<context>
    <name>epistle::storage::FolderStore</name>
    <message>
        <source>saving a folder</source>
        <translation>guardar una carpeta</translation>
    </message>
    <message>
        <source>reading a folder</source>
        <translation>leer una carpeta</translation>
    </message>
    <message>
        <source>listing folders</source>
        <translation>enumerar las carpetas</translation>
    </message>
    <message>
        <source>renaming a folder</source>
        <translation>renombrar una carpeta</translation>
    </message>
    <message>
        <source>removing a folder</source>
        <translation>eliminar una carpeta</translation>
    </message>
    <message>
        <source>saving a folder&apos;s sync state</source>
        <translation>guardar el estado de sincronización de una carpeta</translation>
    </message>
    <message>
        <source>changing a subscription</source>
        <translation>modificar una suscripción</translation>
    </message>
    <message>
        <source>changing a folder&apos;s role</source>
        <translation>modificar la función de una carpeta</translation>
    </message>
</context>
<context>
    <name>epistle::storage::MessageStore</name>
    <message>
        <source>loading the threads of a folder</source>
        <translation>cargar los hilos de una carpeta</translation>
    </message>
    <message>
        <source>updating threads</source>
        <translation>actualizar los hilos</translation>
    </message>
    <message>
        <source>counting messages</source>
        <translation>contar los mensajes</translation>
    </message>
    <message>
        <source>storing messages</source>
        <translation>guardar los mensajes</translation>
    </message>
    <message>
        <source>updating messages</source>
        <translation>actualizar los mensajes</translation>
    </message>
    <message>
        <source>removing messages</source>
        <translation>quitar los mensajes</translation>
    </message>
    <message>
        <source>changing flags</source>
        <translation>cambiar los indicadores</translation>
    </message>
    <message>
        <source>clearing a folder whose UIDVALIDITY changed</source>
        <translation>vaciar una carpeta cuyo UIDVALIDITY ha cambiado</translation>
    </message>
    <message>
        <source>listing messages</source>
        <translation>enumerar los mensajes</translation>
    </message>
    <message>
        <source>reading a message</source>
        <translation>leer un mensaje</translation>
    </message>
    <message>
        <source>listing UIDs</source>
        <translation>enumerar los UID</translation>
    </message>
    <message>
        <source>reading the highest UID</source>
        <translation>leer el UID más alto</translation>
    </message>
    <message>
        <source>listing a thread</source>
        <translation>enumerar un hilo</translation>
    </message>
</context>
<context>
    <name>epistle::storage::OperationQueue</name>
    <message>
        <source>queueing a change for the server</source>
        <translation>poner en cola un cambio para el servidor</translation>
    </message>
    <message>
        <source>reading queued changes</source>
        <translation>leer los cambios en cola</translation>
    </message>
    <message>
        <source>counting queued changes</source>
        <translation>contar los cambios en cola</translation>
    </message>
    <message>
        <source>starting a queued change</source>
        <translation>iniciar un cambio en cola</translation>
    </message>
    <message>
        <source>recording a change done on the server</source>
        <translation>registrar un cambio realizado en el servidor</translation>
    </message>
    <message>
        <source>recording a failed change</source>
        <translation>registrar un cambio fallido</translation>
    </message>
    <message>
        <source>removing a queued change</source>
        <translation>quitar un cambio en cola</translation>
    </message>
    <message>
        <source>recovering interrupted changes</source>
        <translation>recuperar los cambios interrumpidos</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Outbox</name>
    <message>
        <source>A message without recipients cannot be queued.</source>
        <translation>No se puede poner en cola un mensaje sin destinatarios.</translation>
    </message>
    <message>
        <source>queueing a message for sending</source>
        <translation>poner en cola un mensaje para enviarlo</translation>
    </message>
    <message>
        <source>reading the outbox</source>
        <translation>leer la bandeja de salida</translation>
    </message>
    <message>
        <source>starting to send a message</source>
        <translation>empezar a enviar un mensaje</translation>
    </message>
    <message>
        <source>recording a sent message</source>
        <translation>registrar un mensaje enviado</translation>
    </message>
    <message>
        <source>recording a sending failure</source>
        <translation>registrar un fallo de envío</translation>
    </message>
    <message>
        <source>queueing a message again</source>
        <translation>volver a poner en cola un mensaje</translation>
    </message>
    <message>
        <source>removing a message from the outbox</source>
        <translation>quitar un mensaje de la bandeja de salida</translation>
    </message>
    <message>
        <source>recovering interrupted sending</source>
        <translation>recuperar los envíos interrumpidos</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Pop3Ledger</name>
    <message>
        <source>recording a downloaded message</source>
        <translation>registrar un mensaje descargado</translation>
    </message>
    <message>
        <source>reading the downloaded messages</source>
        <translation>leer los mensajes descargados</translation>
    </message>
    <message>
        <source>forgetting downloaded messages</source>
        <translation>olvidar los mensajes descargados</translation>
    </message>
</context>
<context>
    <name>epistle::storage::SearchIndex</name>
    <message>
        <source>indexing a message body</source>
        <translation>indexar el cuerpo de un mensaje</translation>
    </message>
    <message>
        <source>reading the search index</source>
        <translation>leer el índice de búsqueda</translation>
    </message>
    <message>
        <source>searching messages</source>
        <translation>buscar mensajes</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>reconstruir el índice de búsqueda</translation>
    </message>
    <message>
        <source>indexing messages for search</source>
        <translation>indexar los mensajes para la búsqueda</translation>
    </message>
</context>
<context>
    <name>epistle::storage::StorageError</name>
    <message>
        <source>The mail database is damaged. The local cache can be rebuilt from the server.</source>
        <translation>La base de datos de correo está dañada. La caché local se puede reconstruir desde el servidor.</translation>
    </message>
    <message>
        <source>The mail database is busy in another part of the program or another process.</source>
        <translation>La base de datos de correo está ocupada por otra parte del programa o por otro proceso.</translation>
    </message>
    <message>
        <source>The disk holding the mail database is full.</source>
        <translation>El disco que contiene la base de datos de correo está lleno.</translation>
    </message>
    <message>
        <source>The mail database cannot be opened.</source>
        <translation>No se puede abrir la base de datos de correo.</translation>
    </message>
    <message>
        <source>A change to the mail database was refused by one of its rules.</source>
        <translation>Una de las reglas de la base de datos de correo ha rechazado un cambio.</translation>
    </message>
    <message>
        <source>Reading or writing the mail database failed (input/output error).</source>
        <translation>Ha fallado la lectura o escritura de la base de datos de correo (error de entrada/salida).</translation>
    </message>
    <message>
        <source>A mail database operation failed.</source>
        <translation>Ha fallado una operación de la base de datos de correo.</translation>
    </message>
    <message>
        <source>While: %1.</source>
        <translation>Operación: %1.</translation>
    </message>
</context>
<context>
    <name>epistle::storage::Transaction</name>
    <message>
        <source>requesting a durable commit</source>
        <translation>solicitar una confirmación duradera</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>Internal error: a durable change was nested in a non-durable transaction.</source>
        <translation>Error interno: se ha anidado un cambio duradero en una transacción no duradera.</translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation>iniciar un punto de guardado</translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed twice.</source>
        <translation>Error interno: se ha confirmado una transacción dos veces.</translation>
    </message>
    <message>
        <source>Internal error: a transaction was committed before its inner one.</source>
        <translation>Error interno: se ha confirmado una transacción antes que su transacción interna.</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>confirmar una transacción</translation>
    </message>
    <message>
        <source>releasing a savepoint</source>
        <translation>liberar un punto de guardado</translation>
    </message>
</context>
<context>
    <name>epistle::sync::AccountWorker</name>
    <message>
        <source>Epistle is shutting down.</source>
        <translation>Epistle se está cerrando.</translation>
    </message>
    <message>
        <source>No password is known for this account.</source>
        <translation>No se conoce ninguna contraseña para esta cuenta.</translation>
    </message>
    <message>
        <source>Checking for mail…</source>
        <translation>Comprobando el correo…</translation>
    </message>
    <message>
        <source>Fetching messages of %1…</source>
        <translation>Obteniendo los mensajes de %1…</translation>
    </message>
    <message>
        <source>The Archive folder could not be created: %1</source>
        <translation>No se ha podido crear la carpeta Archivo: %1</translation>
    </message>
    <message>
        <source>The local mail store is not open.</source>
        <translation>El almacén de correo local no está abierto.</translation>
    </message>
    <message>
        <source>The parent folder no longer exists.</source>
        <translation>La carpeta superior ya no existe.</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>La carpeta ya no existe.</translation>
    </message>
    <message>
        <source>The Inbox cannot be renamed.</source>
        <translation>No se puede renombrar la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Special folders (Inbox, Sent, Drafts, Trash, …) cannot be deleted.</source>
        <translation>No se pueden eliminar las carpetas especiales (Bandeja de entrada, Enviados, Borradores, Papelera, …).</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>El mensaje ya no existe.</translation>
    </message>
    <message>
        <source>The message&apos;s content is not stored on this computer.</source>
        <translation>El contenido del mensaje no está guardado en este equipo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The message no longer exists on the server.</source>
        <translation>El mensaje ya no existe en el servidor.</translation>
    </message>
    <message>
        <source>Downloading messages…</source>
        <translation>Descargando mensajes…</translation>
    </message>
    <message>
        <source>A message is waiting to be sent, but no password is known for the outgoing server.</source>
        <translation>Hay un mensaje pendiente de envío, pero no se conoce ninguna contraseña para el servidor de salida.</translation>
    </message>
    <message>
        <source>The server has no Drafts folder for this account.</source>
        <translation>El servidor no tiene carpeta de Borradores para esta cuenta.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::FolderTreeModel</name>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>All Inboxes</source>
        <translation>Todas las bandejas de entrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s)</source>
        <translation>
            <numerusform>%1: %n mensaje</numerusform>
            <numerusform>%1: %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n no leído</numerusform>
            <numerusform>, %n no leídos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::sync::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacado</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Tiene adjuntos</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>No destacado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxSender</name>
    <message>
        <source>The message file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de mensaje %1: %2</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Se ha cerrado la conexión con el servidor.</translation>
    </message>
    <message>
        <source>Sending stopped because the local store failed: %1</source>
        <translation>El envío se ha detenido porque ha fallado el almacén local: %1</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>Se ha cancelado el envío.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::OutboxWriter</name>
    <message>
        <source>The message has no sender address (From) and cannot be sent.</source>
        <translation>El mensaje no tiene dirección de remitente (De) y no se puede enviar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete mail address (name@domain).</source>
        <translation>«%1» no es una dirección de correo completa (nombre@dominio).</translation>
    </message>
    <message>
        <source>The message has no recipient (To, Cc or Bcc) and cannot be sent.</source>
        <translation>El mensaje no tiene destinatario (Para, CC o CCO) y no se puede enviar.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>The message has no header and cannot be sent.</source>
        <translation>El mensaje no tiene cabecera y no se puede enviar.</translation>
    </message>
    <message>
        <source>The message could not be written to %1: %2</source>
        <translation>No se ha podido escribir el mensaje en %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>epistle::sync::Pop3Downloader</name>
    <message>
        <source>The server %1 does not list unique message ids (UIDL). Without them Epistle cannot tell new messages from downloaded ones, so it does not download from this server. (%2)</source>
        <translation>El servidor %1 no enumera identificadores únicos de mensaje (UIDL). Sin ellos, Epistle no puede distinguir los mensajes nuevos de los ya descargados, así que no descarga de este servidor. (%2)</translation>
    </message>
    <message>
        <source>The server %1 gave the same unique id to two messages (%2); Epistle does not download from a mailbox it cannot tell apart.</source>
        <translation>El servidor %1 ha asignado el mismo identificador único a dos mensajes (%2); Epistle no descarga de un buzón cuyos mensajes no puede distinguir.</translation>
    </message>
    <message>
        <source>The server did not confirm removing the downloaded messages: %1</source>
        <translation>El servidor no ha confirmado la eliminación de los mensajes descargados: %1</translation>
    </message>
    <message>
        <source>Downloading stopped because the local store failed: %1</source>
        <translation>La descarga se ha detenido porque ha fallado el almacén local: %1</translation>
    </message>
    <message>
        <source>Downloading was cancelled.</source>
        <translation>Se ha cancelado la descarga.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::SecretStore</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password when it needs it and keep it only until it quits.</source>
        <translation>El llavero del sistema no está disponible (%1). Epistle pedirá la contraseña cuando la necesite y solo la conservará hasta que se cierre.</translation>
    </message>
</context>
<context>
    <name>epistle::sync::SyncEngine</name>
    <message>
        <source>The system keychain is not available (%1). Epistle will ask for the password each time it starts and keep it only in memory.</source>
        <translation>El llavero del sistema no está disponible (%1). Epistle pedirá la contraseña cada vez que se inicie y solo la conservará en memoria.</translation>
    </message>
    <message>
        <source>No password is stored for this account.</source>
        <translation>No hay ninguna contraseña guardada para esta cuenta.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Checking for mail</source>
        <translation>Comprobando el correo</translation>
    </message>
    <message>
        <source>No account is set up.</source>
        <translation>No hay ninguna cuenta configurada.</translation>
    </message>
    <message>
        <source>The account does not exist or is disabled.</source>
        <translation>La cuenta no existe o está desactivada.</translation>
    </message>
    <message>
        <source>Messages can only be moved between folders of the same account; copy them instead.</source>
        <translation>Los mensajes solo se pueden mover entre carpetas de la misma cuenta; cópielos en su lugar.</translation>
    </message>
    <message>
        <source>Copying between accounts is not supported yet.</source>
        <translation>Todavía no se puede copiar entre cuentas.</translation>
    </message>
    <message>
        <source>Creating a folder</source>
        <translation>Creando una carpeta</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Una carpeta necesita un nombre.</translation>
    </message>
    <message>
        <source>Creating folder %1</source>
        <translation>Creando la carpeta %1</translation>
    </message>
    <message>
        <source>Renaming a folder</source>
        <translation>Renombrando una carpeta</translation>
    </message>
    <message>
        <source>The folder no longer exists.</source>
        <translation>La carpeta ya no existe.</translation>
    </message>
    <message>
        <source>Renaming folder to %1</source>
        <translation>Renombrando la carpeta a %1</translation>
    </message>
    <message>
        <source>Deleting a folder</source>
        <translation>Eliminando una carpeta</translation>
    </message>
    <message>
        <source>Loading a message</source>
        <translation>Cargando un mensaje</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>El mensaje ya no existe.</translation>
    </message>
    <message>
        <source>Searching on the server</source>
        <translation>Buscando en el servidor</translation>
    </message>
    <message>
        <source>Sending a message</source>
        <translation>Enviando un mensaje</translation>
    </message>
    <message>
        <source>Saving a draft</source>
        <translation>Guardando un borrador</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain: %1</source>
        <translation>No se ha podido guardar la contraseña en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountStatusBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>offline, retrying at %1</source>
        <translation>sin conexión, nuevo intento a las %1</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
    <message>
        <source>online</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>syncing %1/%2</source>
        <translation>sincronizando %1/%2</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>sincronizando…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>needs the password</source>
        <translation>necesita la contraseña</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last synchronised: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (y %n más)</numerusform>
            <numerusform>%1 (y %n más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::AccountWizard</name>
    <message>
        <source>Add Mail Account</source>
        <translation>Añadir cuenta de correo</translation>
    </message>
    <message>
        <source>Found in the DNS SRV record %1</source>
        <translation>Encontrado en el registro DNS SRV %1</translation>
    </message>
    <message>
        <source>Found in the configuration file %1</source>
        <translation>Encontrado en el archivo de configuración %1</translation>
    </message>
    <message>
        <source>Found in the configuration file %1, fetched without encryption</source>
        <translation>Encontrado en el archivo de configuración %1, descargado sin cifrado</translation>
    </message>
    <message>
        <source>Found through the domain of the MX host (%1)</source>
        <translation>Encontrado a través del dominio del servidor MX (%1)</translation>
    </message>
    <message>
        <source>Guessed: %1</source>
        <translation>Deducido: %1</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Introducido manualmente</translation>
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
        <translation>Ninguna (sin cifrar)</translation>
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
        <translation>Epistle no ha podido verificar la identidad de %1: se ha rechazado su certificado y no se le ha enviado nada.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <source>Trust and Try Again</source>
        <translation>Confiar y volver a intentarlo</translation>
    </message>
</context>
<context>
    <name>epistle::ui::ComposerWindow</name>
    <message>
        <source>name@example.com, …</source>
        <translation>nombre@example.com, …</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no account to send from yet.</source>
        <translation>Todavía no hay ninguna cuenta desde la que enviar.</translation>
    </message>
    <message>
        <source>%1 cannot be read and was not attached.</source>
        <translation>No se puede leer %1 y no se ha adjuntado.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in total</source>
        <translation>
            <numerusform>%n adjunto, %1 en total</numerusform>
            <numerusform>%n adjuntos, %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Write: (no subject)</source>
        <translation>Redacción: (sin asunto)</translation>
    </message>
    <message>
        <source>Write: %1</source>
        <translation>Redacción: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se ha podido guardar el borrador: %1</translation>
    </message>
    <message>
        <source>Draft saved on this computer at %1</source>
        <translation>Borrador guardado en este equipo a las %1</translation>
    </message>
    <message>
        <source>Draft saved in Drafts</source>
        <translation>Borrador guardado en Borradores</translation>
    </message>
    <message>
        <source>The draft is saved on this computer only: %1</source>
        <translation>El borrador solo se ha guardado en este equipo: %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Choose an identity to send from.</source>
        <translation>Elija una identidad desde la que enviar.</translation>
    </message>
    <message>
        <source>The message could not be prepared: %1</source>
        <translation>No se ha podido preparar el mensaje: %1</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Añada al menos un destinatario.</translation>
    </message>
    <message>
        <source>Send this message without a subject?</source>
        <translation>¿Enviar este mensaje sin asunto?</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The message could not be queued for sending: %1</source>
        <translation>No se ha podido poner el mensaje en la cola de envío: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save this message as a draft before closing?</source>
        <translation>¿Guardar este mensaje como borrador antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>epistle::ui::ConfirmPage</name>
    <message>
        <source>Your mail for &lt;b&gt;%1&lt;/b&gt; would be handled by servers of &lt;b&gt;%2&lt;/b&gt;, which is not your address&apos;s domain. Epistle has not sent your password anywhere yet.</source>
        <translation>Su correo de &lt;b&gt;%1&lt;/b&gt; lo gestionarían servidores de &lt;b&gt;%2&lt;/b&gt;, que no es el dominio de su dirección. Epistle todavía no ha enviado su contraseña a ningún sitio.</translation>
    </message>
    <message>
        <source>%1 is my mail provider: use these servers</source>
        <translation>%1 es mi proveedor de correo: usar estos servidores</translation>
    </message>
</context>
<context>
    <name>epistle::ui::DiscoveryPage</name>
    <message>
        <source>DNS service records (SRV)</source>
        <translation>Registros de servicio DNS (SRV)</translation>
    </message>
    <message>
        <source>Provider configuration file</source>
        <translation>Archivo de configuración del proveedor</translation>
    </message>
    <message>
        <source>Mail exchanger (MX) of the domain</source>
        <translation>Servidor de intercambio de correo (MX) del dominio</translation>
    </message>
    <message>
        <source>Usual server names (guessing)</source>
        <translation>Nombres de servidor habituales (deducción)</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>only if needed</source>
        <translation>solo si es necesario</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>buscando…</translation>
    </message>
    <message>
        <source>Looking for the servers of %1…</source>
        <translation>Buscando los servidores de %1…</translation>
    </message>
    <message>
        <source>%1 is not an address Epistle can look up.</source>
        <translation>%1 no es una dirección que Epistle pueda buscar.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) found</source>
        <translation>
            <numerusform>%n servidor encontrado</numerusform>
            <numerusform>%n servidores encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no necesario</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>no se ha encontrado nada</translation>
    </message>
    <message>
        <source>Stopped. Enter the settings by hand, starting from what was found.</source>
        <translation>Detenido. Introduzca la configuración manualmente, a partir de lo encontrado.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Go on to enter the settings by hand.</source>
        <translation>No se ha encontrado ningún servidor de correo para %1. Continúe para introducir la configuración manualmente.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n server setting(s) for %1. Go on to review them.</source>
        <translation>
            <numerusform>Se ha encontrado %n configuración de servidor para %1. Continúe para revisarla.</numerusform>
            <numerusform>Se han encontrado %n configuraciones de servidor para %1. Continúe para revisarlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>epistle::ui::DonePage</name>
    <message>
        <source>Saving the account…</source>
        <translation>Guardando la cuenta…</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>No se ha podido guardar la cuenta: %1</translation>
    </message>
    <message>
        <source>The account %1 is saved.</source>
        <translation>Se ha guardado la cuenta %1.</translation>
    </message>
    <message>
        <source>Your password is kept in the system keychain.</source>
        <translation>Su contraseña se conserva en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Your password could not be kept in the system keychain (%1). It is not stored anywhere else: Epistle will ask for it each time it starts.</source>
        <translation>No se ha podido conservar su contraseña en el llavero del sistema (%1). No se guarda en ningún otro sitio: Epistle la pedirá cada vez que se inicie.</translation>
    </message>
    <message>
        <source>Epistle will fetch your mail the next time it starts.</source>
        <translation>Epistle recibirá su correo la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Fetching your folders and messages… You can close this window; it goes on in the background.</source>
        <translation>Recibiendo sus carpetas y mensajes… Puede cerrar esta ventana; el proceso continúa en segundo plano.</translation>
    </message>
    <message>
        <source>Your mail is here.</source>
        <translation>Su correo ya está aquí.</translation>
    </message>
    <message>
        <source>The first synchronisation was stopped; Epistle tries again later.</source>
        <translation>Se ha detenido la primera sincronización; Epistle lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The first synchronisation failed: %1. Epistle tries again later.</source>
        <translation>Ha fallado la primera sincronización: %1. Epistle lo volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::IdentityPage</name>
    <message>
        <source>&quot;%1&quot; is not an email address: it needs a name, an @ and a domain.</source>
        <translation>«%1» no es una dirección de correo electrónico: necesita un nombre, una @ y un dominio.</translation>
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
        <translation>&amp;Nuevo mensaje</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Reply to &amp;All</source>
        <translation>Responder a &amp;todos</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Reen&amp;viar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>&amp;Mark as Read/Unread</source>
        <translation>&amp;Marcar como leído/no leído</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Destacar</translation>
    </message>
    <message>
        <source>&amp;Next Unread</source>
        <translation>Siguiente &amp;no leído</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>&amp;Recibir correo</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Hilos</translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>Ren&amp;ombrar carpeta…</translation>
    </message>
    <message>
        <source>Delete Folder…</source>
        <translation>Eliminar carpeta…</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Añadir c&amp;uenta…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>A message could not be sent: %1</source>
        <translation>No se ha podido enviar un mensaje: %1</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Mensaje enviado.</translation>
    </message>
    <message>
        <source>%1 — Epistle</source>
        <translation>%1 — Epistle</translation>
    </message>
    <message>
        <source>No unread messages here.</source>
        <translation>Aquí no hay mensajes no leídos.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found here</source>
        <translation>
            <numerusform>%n mensaje encontrado aquí</numerusform>
            <numerusform>%n mensajes encontrados aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>Message queued for sending.</source>
        <translation>Mensaje puesto en la cola de envío.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>Name of the new folder inside “%1”:</source>
        <translation>Nombre de la nueva carpeta dentro de «%1»:</translation>
    </message>
    <message>
        <source>Name of the new folder:</source>
        <translation>Nombre de la nueva carpeta:</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Renombrar carpeta</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Eliminar carpeta</translation>
    </message>
    <message>
        <source>Delete the folder “%1” and every message in it, on the server too?</source>
        <translation>¿Eliminar la carpeta «%1» y todos sus mensajes, también en el servidor?</translation>
    </message>
    <message>
        <source>Untrusted Certificate: %1</source>
        <translation>Certificado no fiable: %1</translation>
    </message>
    <message>
        <source>Trust This Certificate for This Account</source>
        <translation>Confiar en este certificado para esta cuenta</translation>
    </message>
    <message>
        <source>Reading the threads…</source>
        <translation>Leyendo los hilos…</translation>
    </message>
</context>
<context>
    <name>epistle::ui::MessageView</name>
    <message>
        <source>Load remote images and styles of this message once</source>
        <translation>Cargar una vez las imágenes y los estilos remotos de este mensaje</translation>
    </message>
    <message>
        <source>Always load remote content in messages from this sender</source>
        <translation>Cargar siempre el contenido remoto de los mensajes de este remitente</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Cargando el mensaje…</translation>
    </message>
    <message>
        <source>The message could not be loaded.</source>
        <translation>No se ha podido cargar el mensaje.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>This message has no text.</source>
        <translation>Este mensaje no tiene texto.</translation>
    </message>
    <message numerus="yes">
        <source>Remote content was blocked to protect your privacy (%n item(s)).</source>
        <translation>
            <numerusform>Se ha bloqueado el contenido remoto para proteger su privacidad (%n elemento).</numerusform>
            <numerusform>Se ha bloqueado el contenido remoto para proteger su privacidad (%n elementos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Attachment</source>
        <translation>Abrir adjunto</translation>
    </message>
    <message>
        <source>The attachment could not be written: %1</source>
        <translation>No se ha podido escribir el adjunto: %1</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>The attachment could not be saved: %1</source>
        <translation>No se ha podido guardar el adjunto: %1</translation>
    </message>
    <message>
        <source>Save All Attachments</source>
        <translation>Guardar todos los adjuntos</translation>
    </message>
    <message>
        <source>Some attachments could not be saved:
%1</source>
        <translation>No se han podido guardar algunos adjuntos:
%1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Con adjuntos</translation>
    </message>
    <message>
        <source>The attachment could not be fetched from the server: %1</source>
        <translation>No se pudo obtener el adjunto del servidor: %1</translation>
    </message>
    <message>
        <source>not fetched from the server</source>
        <translation>no obtenido del servidor</translation>
    </message>
</context>
<context>
    <name>epistle::ui::PasswordDialog</name>
    <message>
        <source>Enter the password of the account “%1” to receive mail.</source>
        <translation>Introduzca la contraseña de la cuenta «%1» para recibir correo.</translation>
    </message>
    <message>
        <source>Enter the password of the account “%1” to send mail.</source>
        <translation>Introduzca la contraseña de la cuenta «%1» para enviar correo.</translation>
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
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <source>Blocked, with a bar to load it</source>
        <translation>Bloqueado, con una barra para cargarlo</translation>
    </message>
    <message>
        <source>Always loaded</source>
        <translation>Cargado siempre</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (%3)</source>
        <translation>%1 &lt;%2&gt; (%3)</translation>
    </message>
    <message>
        <source>&amp;Incoming server (POP3):</source>
        <translation>Servidor de &amp;entrada (POP3):</translation>
    </message>
    <message>
        <source>&amp;Incoming server (IMAP):</source>
        <translation>Servidor de &amp;entrada (IMAP):</translation>
    </message>
    <message>
        <source>An account needs a name and an incoming server.</source>
        <translation>Una cuenta necesita un nombre y un servidor de entrada.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>Se ha guardado la cuenta.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its messages are removed from this computer (not from the server), and its password from the keychain.</source>
        <translation>¿Quitar la cuenta «%1»? Sus mensajes se eliminarán de este equipo (no del servidor), y su contraseña, del llavero.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Se ha quitado la cuenta.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico como nombre@example.com.</translation>
    </message>
    <message>
        <source>The identity was saved.</source>
        <translation>Se ha guardado la identidad.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::SettingsPage</name>
    <message>
        <source>Enter the server settings your provider gives you.</source>
        <translation>Introduzca la configuración del servidor que le indique su proveedor.</translation>
    </message>
    <message>
        <source>The search was stopped. What it found so far is listed; complete the rest by hand.</source>
        <translation>Se ha detenido la búsqueda. Se muestra lo encontrado hasta ahora; complete el resto manualmente.</translation>
    </message>
    <message>
        <source>No mail server was found for %1. Enter the settings your provider gives you.</source>
        <translation>No se ha encontrado ningún servidor de correo para %1. Introduzca la configuración que le indique su proveedor.</translation>
    </message>
    <message>
        <source>These settings were found for %1. Change anything that is not right.</source>
        <translation>Se ha encontrado esta configuración para %1. Cambie lo que no sea correcto.</translation>
    </message>
    <message>
        <source>No incoming server was found: enter it by hand.</source>
        <translation>No se ha encontrado ningún servidor de entrada: introdúzcalo manualmente.</translation>
    </message>
    <message>
        <source>No outgoing server was found: enter it by hand.</source>
        <translation>No se ha encontrado ningún servidor de salida: introdúzcalo manualmente.</translation>
    </message>
    <message>
        <source>Your provider says it does not offer %1.</source>
        <translation>Su proveedor indica que no ofrece %1.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>Other settings, entered by hand</source>
        <translation>Otra configuración, introducida manualmente</translation>
    </message>
    <message>
        <source>e.g. imap.%1</source>
        <translation>p. ej., imap.%1</translation>
    </message>
    <message>
        <source>e.g. smtp.%1</source>
        <translation>p. ej., smtp.%1</translation>
    </message>
    <message>
        <source>%1. This server is outside your address&apos;s domain: you will be asked to confirm %2 first.</source>
        <translation>%1. Este servidor está fuera del dominio de su dirección: primero se le pedirá que confirme %2.</translation>
    </message>
    <message>
        <source>Epistle sends no password to %1 without encryption: choose SSL/TLS or STARTTLS.</source>
        <translation>Epistle no envía ninguna contraseña a %1 sin cifrado: elija SSL/TLS o STARTTLS.</translation>
    </message>
</context>
<context>
    <name>epistle::ui::TrayIcon</name>
    <message numerus="yes">
        <source>Epistle: %n unread message(s)</source>
        <translation>
            <numerusform>Epistle: %n mensaje no leído</numerusform>
            <numerusform>Epistle: %n mensajes no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>Epistle</source>
        <translation>Epistle</translation>
    </message>
    <message>
        <source>New mail from %1</source>
        <translation>Correo nuevo de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest from %1: %2</source>
        <translation>El más reciente, de %1: %2</translation>
    </message>
</context>
<context>
    <name>epistle::ui::VerifyPage</name>
    <message>
        <source>&amp;Add Account</source>
        <translation>Añadir c&amp;uenta</translation>
    </message>
    <message>
        <source>Signing in to %1 and %2…</source>
        <translation>Iniciando sesión en %1 y %2…</translation>
    </message>
    <message>
        <source>Signed in to both servers as %1. Add the account to start receiving mail.</source>
        <translation>Sesión iniciada en ambos servidores como %1. Añada la cuenta para empezar a recibir correo.</translation>
    </message>
    <message>
        <source>Signed in as %1 (incoming) and %2 (outgoing). Add the account to start receiving mail.</source>
        <translation>Sesión iniciada como %1 (entrada) y %2 (salida). Añada la cuenta para empezar a recibir correo.</translation>
    </message>
    <message>
        <source>Enter the password again and try again.</source>
        <translation>Vuelva a introducir la contraseña e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Look at the certificate to decide whether to trust it, or go back and choose another server.</source>
        <translation>Examine el certificado para decidir si confía en él, o vuelva atrás y elija otro servidor.</translation>
    </message>
    <message>
        <source>Go back to change the settings, or try again.</source>
        <translation>Vuelva atrás para cambiar la configuración o inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>You trusted the certificate %1 for this account.</source>
        <translation>Ha confiado en el certificado %1 para esta cuenta.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Commands (run without one to open the window):
</source>
        <translation>Órdenes (ejecute sin ninguna para abrir la ventana):
</translation>
    </message>
    <message>
        <source>Run &apos;epistle &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>Ejecute &apos;epistle &lt;orden&gt; --help&apos; para ver las opciones de una orden.
</translation>
    </message>
    <message>
        <source>Epistle, a desktop mail client.</source>
        <translation>Epistle, un cliente de correo de escritorio.</translation>
    </message>
    <message>
        <source>Keep all state (settings, database, caches, logs) in &lt;dir&gt;.</source>
        <translation>Guarda todo el estado (ajustes, base de datos, cachés, registros) en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>A mailto: link to compose (optional).</source>
        <translation>Un enlace mailto: para redactar (opcional).</translation>
    </message>
    <message>
        <source>Try &apos;epistle --help&apos;.</source>
        <translation>Pruebe &apos;epistle --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Try &apos;epistle --help&apos;.</source>
        <translation>Orden desconocida: &apos;%1&apos;. Pruebe &apos;epistle --help&apos;.</translation>
    </message>
</context>
<context>
    <name>send</name>
    <message>
        <source>Queue a message (an RFC 5322 file, &apos;-&apos; for standard input) in the Outbox and send it.</source>
        <translation>Pone en la bandeja de salida un mensaje (un archivo RFC 5322, «-» para la entrada estándar) y lo envía.</translation>
    </message>
    <message>
        <source>The account to send with (name or id).</source>
        <translation>La cuenta con la que se envía (nombre o id).</translation>
    </message>
    <message>
        <source>The message to send.</source>
        <translation>El mensaje que se va a enviar.</translation>
    </message>
    <message>
        <source>Usage: epistle send FILE.eml --account NAME</source>
        <translation>Uso: epistle send FILE.eml --account NAME</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>No existe la cuenta «%1».</translation>
    </message>
    <message>
        <source>The message was not sent: %1
It stays in the Outbox.</source>
        <translation>No se ha enviado el mensaje: %1
Permanece en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The message could not be sent yet: %1
It stays in the Outbox and is sent at the next synchronisation (next try after %2).</source>
        <translation>Todavía no se ha podido enviar el mensaje: %1
Permanece en la bandeja de salida y se enviará en la próxima sincronización (siguiente intento a partir de %2).</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <source>The message stays in the Outbox: %1</source>
        <translation>El mensaje permanece en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>The message was not queued: %1</source>
        <translation>No se ha puesto el mensaje en la cola: %1</translation>
    </message>
    <message>
        <source>Sent, but the copy for the Sent folder waits for the next synchronisation: %1</source>
        <translation>Enviado, pero la copia para la carpeta Enviados queda pendiente hasta la próxima sincronización: %1</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Synchronise folder lists, message summaries, pending offline changes and the Outbox once.</source>
        <translation>Sincroniza una vez las listas de carpetas, los resúmenes de mensajes, los cambios pendientes hechos sin conexión y la bandeja de salida.</translation>
    </message>
    <message>
        <source>Only this account (name or id).</source>
        <translation>Solo esta cuenta (nombre o id).</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Muestra el resumen como JSON.</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>No muestra el progreso en la salida de error estándar.</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot;.</source>
        <translation>No existe la cuenta «%1».</translation>
    </message>
    <message>
        <source>No account is set up. Add one with &apos;epistle account add&apos;.</source>
        <translation>No hay ninguna cuenta configurada. Añada una con «epistle account add».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 folders, %3 messages (%4 unread), %5 changes pending, %6 in the Outbox</source>
        <translation>%1: %2 carpetas, %3 mensajes (%4 no leídos), %5 cambios pendientes, %6 en la bandeja de salida</translation>
    </message>
    <message>
        <source>Synchronisation failed: %1</source>
        <translation>Ha fallado la sincronización: %1</translation>
    </message>
</context>
</TS>
