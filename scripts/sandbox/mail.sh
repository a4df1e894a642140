# Users and mailboxes of the sandbox (sourced by scripts/mail-sandbox).

SAMPLE_MAIL_DIR=$HELPERS/sample-mail

lock_users() {
    exec 7>"$DIR/.users.lock" || die "cannot write in $DIR"
    flock 7
}

# The maildir folder of a user's mailbox: INBOX is the root, "A/B" is .A.B (Maildir++ layout).
maildir_of() { # login folder
    local root=$MAIL_ROOT/$1/Maildir folder=${2:-INBOX}
    if [ "$folder" = INBOX ]; then
        echo "$root"
    else
        echo "$root/.${folder//\//.}"
    fi
}

make_maildir() { # login folder
    local path
    path=$(maildir_of "$1" "$2")
    mkdir -p "$path/cur" "$path/new" "$path/tmp"
    [ "${2:-INBOX}" = INBOX ] || : >"$path/maildirfolder"
    chown -R "$MAIL_UID:$MAIL_GID" "$MAIL_ROOT/$1"
}

valid_login() {
    [[ "$1" =~ ^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+$ ]] && [ "${1#*@}" = "$MAIL_DOMAIN" ]
}

# Adds or updates a user (call with the users lock held): passwd-file line, maildir, Postfix map.
users_put() { # login password
    local login=$1 password=$2
    valid_login "$login" || { say "invalid login '$login' (expected name@$MAIL_DOMAIN with letters, digits, . _ + -)"; return 1; }
    case "$password" in
    "" | *:* | *$'\n'* | *" "*) say "invalid password (empty, or contains ':', a space or a newline)"; return 1 ;;
    esac
    local before after
    before=$(stat -c %Y "$USERS_FILE" 2>/dev/null || echo 0)
    {
        [ -r "$USERS_FILE" ] && awk -F: -v login="$login" '$1 != login' "$USERS_FILE"
        printf '%s:{PLAIN}%s::::::\n' "$login" "$password"
    } | write_file "$USERS_FILE" 0640 dovecot
    # Dovecot notices a changed passwd-file by its time stamp and size: give every version its own second.
    after=$(stat -c %Y "$USERS_FILE")
    [ "$after" -gt "$before" ] || touch -d "@$((before + 1))" "$USERS_FILE"
    make_maildir "$login" INBOX
    if [ -r "$POSTFIX_ETC/main.cf" ]; then postfix_write_recipients || return 1; fi
}

users_init() {
    mkdir -p "$DOVECOT_DIR" "$(dirname "$USERS_FILE")" "$MAIL_ROOT"
    chown "$MAIL_UID:$MAIL_GID" "$MAIL_ROOT"
    lock_users
    local entry
    for entry in "$USER1 $PASSWORD1" "$USER2 $PASSWORD2" "$DEMO_USER $DEMO_PASSWORD" "$OUTBOUND_USER $OUTBOUND_PASSWORD"; do
        if ! { [ -r "$USERS_FILE" ] && grep -q "^${entry%% *}:" "$USERS_FILE"; }; then
            users_put ${entry} || return 1
        fi
    done
    exec 7>&-
}

verb_adduser() { # login password
    local login=$1 password=$2
    [[ "$login" == *@* ]] || login=$login@$MAIL_DOMAIN
    grep -qx 'SANDBOX_STATUS=running' "$ENV_FILE" 2>/dev/null || die "the sandbox in $DIR is not running"
    lock_users
    users_put "$login" "$password" || exit 1
    exec 7>&-
    # Dovecot looks at the passwd-file at most once a second: return when a lookup is sure to see it.
    local nanos
    nanos=$(date +%N)
    sleep "0.$(printf '%09d' $((1000000000 - 10#$nanos)))" 2>/dev/null || sleep 1
    sleep 0.01
    echo "USER=$login"
    echo "PASSWORD=$password"
}

# The demo user's sample mail from scripts/sandbox/sample-mail (once per sandbox folder).
# MANIFEST lines: <folder> <file> <maildir flags or ->; a message's Date header becomes its
# INTERNALDATE.
demo_mail_init() {
    local marker=$MAIL_ROOT/$DEMO_USER/.sample-mail-loaded version
    [ -r "$SAMPLE_MAIL_DIR/MANIFEST" ] || { say "no sample mail in $SAMPLE_MAIL_DIR"; return 1; }
    # Loaded once; when the sample mail changes, the demo mailbox is made again from it.
    version=$(cat "$SAMPLE_MAIL_DIR"/MANIFEST "$SAMPLE_MAIL_DIR"/*.eml | cksum)
    [ "$(cat "$marker" 2>/dev/null)" = "$version" ] && return 0
    rm -rf "$MAIL_ROOT/$DEMO_USER/Maildir"
    local -a folders files flagsets
    local folder file flags
    while read -r folder file flags; do
        case "$folder" in "" | "#"*) continue ;; esac
        [ -r "$SAMPLE_MAIL_DIR/$file" ] || { say "sample mail $file is missing"; return 1; }
        folders+=("$folder")
        files+=("$SAMPLE_MAIL_DIR/$file")
        flagsets+=("${flags/#-/}")
    done <"$SAMPLE_MAIL_DIR/MANIFEST"
    # One date and one stat for all files (a fork per message would make start slow).
    local -a times sizes
    mapfile -t times < <(awk 'FNR == 1 { n++; header = 1 } header && /^$/ { header = 0 }
        header && /^Date: / && !(n in d) { d[n] = substr($0, 7) }
        END { for (i = 1; i <= n; i++) print (i in d) ? d[i] : "none" }' "${files[@]}" | date -f - +%s 2>/dev/null)
    mapfile -t sizes < <(stat -c %s "${files[@]}")
    [ ${#times[@]} = ${#files[@]} ] || { say "a sample message has no valid Date header"; return 1; }
    # Maildir file names <time>.M<n>P<pid>Q<n>.<host>,S=<size>:2,<flags>: Dovecot gives UIDs in name order.
    local i target name
    declare -A path_of=()
    for folder in $(printf '%s\n' "${folders[@]}" | sort -u); do
        make_maildir "$DEMO_USER" "$folder"
        path_of[$folder]=$(maildir_of "$DEMO_USER" "$folder")
    done
    for i in "${!files[@]}"; do
        printf -v name '%s.M%06dP%dQ%d.epistle-sandbox,S=%s:2,%s' "${times[$i]}" $((i + 1)) $$ $((i + 1)) "${sizes[$i]}" "${flagsets[$i]}"
        target=${path_of[${folders[$i]}]}/cur/$name
        cp "${files[$i]}" "$target" && touch -d "@${times[$i]}" "$target" || return 1
    done
    chown -R "$MAIL_UID:$MAIL_GID" "$MAIL_ROOT/$DEMO_USER"
    echo "$version" >"$marker"
}

verb_generate_mail() { # login count [folder]
    local login=$1 count=$2 folder=${3:-INBOX} path
    [[ "$login" == *@* ]] || login=$login@$MAIL_DOMAIN
    [[ "$count" =~ ^[0-9]+$ ]] || die "COUNT must be a number"
    grep -q "^$login:" "$USERS_FILE" 2>/dev/null || die "no user $login in $DIR (mail-sandbox adduser first)"
    local name_pattern='^[A-Za-z0-9_-][A-Za-z0-9 _-]*(/[A-Za-z0-9_-][A-Za-z0-9 _-]*)*$'
    [[ "$folder" =~ $name_pattern ]] || die "invalid folder name '$folder' (letters, digits, space, _ - and / between levels)"
    make_maildir "$login" "$folder"
    path=$(maildir_of "$login" "$folder")
    # Written as the mail user, so no chown of 100,000 files afterwards.
    local as_mail="setpriv --reuid=$MAIL_UID --regid=$MAIL_GID --clear-groups --"
    $as_mail awk -v count="$count" -v dir="$path/cur" -v domain="$MAIL_DOMAIN" -v to="$login" \
        -v now="$(date +%s)" -v pid="$$" -v seed="$RANDOM" -f "$HELPERS/generate-mail.awk" |
        $as_mail sh && [ "${PIPESTATUS[0]}" = 0 ] || die "generate-mail failed"
    echo "GENERATED=$count"
    echo "FOLDER=$folder"
}
