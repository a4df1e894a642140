# Writes `count` generated messages straight into a maildir cur/ folder (scripts/mail-sandbox
# generate-mail). Variables: count, dir, domain, to, now, pid, seed. Run with LC_ALL=C so that
# length() counts bytes (the S= size in the file name must be exact).
#
# The messages look like a real mailbox: senders from a pool, threads (In-Reply-To, References,
# "Re:"), mailing-list traffic, sizes from a few hundred bytes to some hundred kilobytes, some
# multipart/alternative and some with a base64 attachment, dates spread over three years in
# ascending order (file names too, so Dovecot's UIDs follow the dates), older mail mostly seen.
# On standard output it prints "touch -d @<time> <files>" lines that set each file's mtime
# (Dovecot's INTERNALDATE) to its Date, one line per day (per few days for large counts).

function pick(array, n) { return array[int(rand() * n) + 1] }

function words(n,    s, i) {
    s = pick(WORD, NWORD)
    for (i = 2; i <= n; i++)
        s = s " " WORD[int(rand() * NWORD) + 1]
    return s
}

function capital(s) { return toupper(substr(s, 1, 1)) substr(s, 2) }

function paragraph(    n, s, i, sentences) {
    sentences = 2 + int(rand() * 5)
    s = ""
    for (i = 1; i <= sentences; i++) {
        n = 6 + int(rand() * 14)
        s = s capital(words(n)) ". "
    }
    return wrap(s)
}

# Folds text at 72 columns.
function wrap(text,    out, line, n, i, w) {
    n = split(text, w, " ")
    out = ""
    line = ""
    for (i = 1; i <= n; i++) {
        if (length(line) + length(w[i]) + 1 > 72) {
            out = out line "\n"
            line = w[i]
        } else {
            line = (line == "") ? w[i] : line " " w[i]
        }
    }
    return out line "\n"
}

# Paragraphs come from a pool made once: composing bodies from it keeps 100,000 messages fast.
function body_text(target,    s) {
    s = ""
    while (length(s) < target)
        s = s PARA[int(rand() * NPARA) + 1] "\n"
    return s
}

function base64_block(bytes,    lines, offset) {
    # Not real file content, but valid base64 of the right size, as an attachment needs.
    lines = int(bytes / 57) + 1
    if (lines > NB64)
        lines = NB64
    offset = int(rand() * (NB64 - lines + 1))
    return substr(B64BLOCK, offset * 77 + 1, lines * 77)
}

function rfc2822_date(t,    days, secs, y, m, d, wd, dim, leap) {
    days = int(t / 86400)
    secs = t - days * 86400
    wd = (days + 4) % 7
    y = 1970
    while (1) {
        leap = (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
        if (days < 365 + leap)
            break
        days -= 365 + leap
        y++
    }
    split("31 28 31 30 31 30 31 31 30 31 30 31", dim, " ")
    if (leap)
        dim[2] = 29
    m = 1
    while (days >= dim[m]) {
        days -= dim[m]
        m++
    }
    d = days + 1
    return sprintf("%s, %02d %s %04d %02d:%02d:%02d +0000", DAYNAME[wd + 1], d, MONTHNAME[m], y,
                   int(secs / 3600), int(secs % 3600 / 60), secs % 60)
}

BEGIN {
    srand(seed)
    NWORD = split("the project meeting update review draft budget schedule release server client " \
        "report figures quarter team design proposal question answer issue ticket build test deploy " \
        "customer contract invoice travel plan agenda notes minutes feedback change request support " \
        "network storage database backup migration performance latency throughput security patch " \
        "version branch merge conflict deadline friday monday tomorrow today next week morning " \
        "afternoon call lunch office remote slides document spreadsheet summary details context " \
        "we should could would will can need to for with on in at by from and or but also still " \
        "please thanks again soon quick short long new old first last final open closed pending " \
        "approved rejected confirmed moved cancelled shared attached forwarded discussed agreed", WORD, " ")
    NFIRST = split("Anna Ben Clara David Elena Felix Grace Hugo Ines Jonas Katrin Lukas Maria Niklas " \
        "Olga Paul Rita Simon Tanja Uwe Vera Walter Yara Zoe Ahmed Bruno Chen Dmitri Emma Farid " \
        "Giulia Hannah Ivan Julia Kenji Lea Mateo Nora Oscar Priya", FIRST, " ")
    NLAST = split("Adams Becker Costa Dubois Eriksen Fischer Garcia Hoffmann Ivanova Jensen Kowalski " \
        "Lehmann Martin Novak Olsen Petrov Quinn Rossi Schmidt Tanaka Urban Vogel Weber Young Zimmer", LAST, " ")
    NDOMAIN = split("example.com example.org example.net mail.example.com corp.example lists.example.org " \
        "partner.example university.example shop.example", DOMAIN, " ")
    NLIST = split("dev announce users support releases", LIST, " ")
    split("Sun Mon Tue Wed Thu Fri Sat", DAYNAME, " ")
    split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", MONTHNAME, " ")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    NB64 = 4000 # lines of 76 characters: attachments up to about 230 kB
    B64BLOCK = ""
    for (i = 1; i <= 64; i++) {
        line = ""
        for (j = 1; j <= 76; j++)
            line = line substr(alphabet, int(rand() * 64) + 1, 1)
        B64LINE[i] = line "\n"
    }
    for (i = 1; i <= NB64; i++)
        B64BLOCK = B64BLOCK B64LINE[int(rand() * 64) + 1]
    NPARA = 400
    for (i = 1; i <= NPARA; i++)
        PARA[i] = paragraph()

    span = 3 * 365 * 86400
    start = now - span
    step = span / (count > 0 ? count : 1)
    day = -1
    # One touch per period: a day for small mailboxes, a few days for large ones (fewer processes).
    period = 86400 * (1 + int(count / 20000))
    files = ""
    RING = 64
    for (i = 1; i <= count; i++) {
        t = int(start + (i - 1) * step + rand() * step * 0.9)
        first = pick(FIRST, NFIRST)
        last = pick(LAST, NLAST)
        fromdomain = pick(DOMAIN, NDOMAIN)
        from = first " " last " <" tolower(first) "." tolower(last) "@" fromdomain ">"
        msgid = "<gen." i "." seed "." t "@" fromdomain ">"
        r = rand()
        inreply = ""
        refs = ""
        listhdr = ""
        if (r < 0.3 && i > 1) {
            # A reply to one of the recent messages.
            p = int(rand() * (i - 1 < RING ? i - 1 : RING))
            k = (i - 1 - p) % RING
            subject = ringsubject[k]
            if (subject !~ /^Re: /)
                subject = "Re: " subject
            inreply = ringid[k]
            refs = ringrefs[k]
            if (split(refs, parts, " ") >= 10)
                refs = substr(refs, index(refs, " ") + 1)
            refs = (refs == "" ? "" : refs " ") inreply
        } else {
            subject = capital(words(3 + int(rand() * 6)))
            if (r > 0.85) {
                l = pick(LIST, NLIST)
                subject = "[" l "] " subject
                listhdr = "List-Id: " capital(l) " list <" l ".lists.example.org>\n" \
                          "List-Unsubscribe: <mailto:" l "-unsubscribe@lists.example.org>\n"
            }
        }
        k = i % RING
        ringid[k] = msgid
        ringsubject[k] = subject
        ringrefs[k] = refs

        size = rand()
        if (size < 0.75)
            target = 200 + int(rand() * 1300)
        else if (size < 0.97)
            target = 1500 + int(rand() * 4500)
        else if (size < 0.997)
            target = 6000 + int(rand() * 24000)
        else
            target = 30000 + int(rand() * 120000)

        head = "Return-Path: <" tolower(first) "." tolower(last) "@" fromdomain ">\n" \
               "Date: " rfc2822_date(t) "\n" \
               "From: " from "\n" \
               "To: " to "\n" \
               (rand() < 0.15 ? "Cc: " pick(FIRST, NFIRST) " <" tolower(pick(FIRST, NFIRST)) "@" pick(DOMAIN, NDOMAIN) ">\n" : "") \
               "Subject: " subject "\n" \
               "Message-ID: " msgid "\n" \
               (inreply != "" ? "In-Reply-To: " inreply "\nReferences: " refs "\n" : "") \
               listhdr \
               "MIME-Version: 1.0\n"
        kind = rand()
        if (kind < 0.75 || target < 600) {
            msg = head "Content-Type: text/plain; charset=us-ascii\n" \
                  "Content-Transfer-Encoding: 7bit\n\n" body_text(target)
        } else if (kind < 0.92) {
            text = body_text(target / 2)
            boundary = "=_alt_" i "_" seed
            html = text
            gsub(/\n\n/, "</p>\n<p>", html)
            msg = head "Content-Type: multipart/alternative; boundary=\"" boundary "\"\n\n" \
                  "--" boundary "\nContent-Type: text/plain; charset=us-ascii\n\n" text \
                  "--" boundary "\nContent-Type: text/html; charset=us-ascii\n\n" \
                  "<html><body><p>" html "</p></body></html>\n" \
                  "--" boundary "--\n"
        } else {
            text = body_text(400 + int(rand() * 1200))
            boundary = "=_mixed_" i "_" seed
            name = (rand() < 0.5 ? "report-" i ".pdf" : "photo-" i ".jpg")
            type = (name ~ /pdf$/ ? "application/pdf" : "image/jpeg")
            msg = head "Content-Type: multipart/mixed; boundary=\"" boundary "\"\n\n" \
                  "--" boundary "\nContent-Type: text/plain; charset=us-ascii\n\n" text \
                  "--" boundary "\nContent-Type: " type "; name=\"" name "\"\n" \
                  "Content-Disposition: attachment; filename=\"" name "\"\n" \
                  "Content-Transfer-Encoding: base64\n\n" base64_block(target) \
                  "--" boundary "--\n"
        }

        age = now - t
        flags = ""
        if (rand() < 0.05)
            flags = flags "F"
        if (inreply == "" && rand() < 0.1 && age > 86400)
            flags = flags "R"
        if (age > 7 * 86400 ? rand() < 0.9 : rand() < 0.4)
            flags = flags "S"
        file = sprintf("%d.M%dP%dQ%d.epistle-gen,S=%d:2,%s", t, i, pid, i, length(msg), flags)
        path = dir "/" file
        printf "%s", msg > path
        close(path)

        d = int(t / period)
        if (d != day || nfiles >= 1000) {
            if (files != "")
                print "touch -d @" daytime " " files
            files = ""
            nfiles = 0
            day = d
        }
        daytime = t
        files = files " '" path "'"
        nfiles++
    }
    if (files != "")
        print "touch -d @" daytime " " files
}
