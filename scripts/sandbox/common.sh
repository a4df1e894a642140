# Shared helpers of scripts/mail-sandbox (sourced, bash).

MAIL_DOMAIN=example.test
USER1=alice@example.test
PASSWORD1=alice-sandbox-password
USER2=bob@example.test
PASSWORD2=bob-sandbox-password
DEMO_USER=demo@example.test
DEMO_PASSWORD=demo
# Mail for any other domain lands in this mailbox instead of leaving the machine.
OUTBOUND_USER=outbound@example.test
OUTBOUND_PASSWORD=outbound-sandbox-password
MAIL_UID=8
MAIL_GID=8
# Held while a sandbox picks its ports (recorded in PORT_RESERVATIONS), so parallel starts never collide.
GLOBAL_PORT_LOCK=/tmp/epistle-mail-sandbox-ports.lock
PORT_RESERVATIONS=/tmp/epistle-mail-sandbox-ports.reserved

say() { printf '%s\n' "mail-sandbox: $*" >&2; }
die() { say "$*"; exit 1; }

# A short stable hash of a string (decimal, 32 bits).
hash_of() { printf '%s' "$1" | cksum | cut -d' ' -f1; }

# Sets the path variables of the sandbox in $DIR.
# Sets the path variables of the sandbox in $DIR. What the daemons reach after dropping root (mail
# homes, sockets, queue, logs) lives in DATA_DIR: DIR itself, or a folder under /var/tmp when a parent
# of DIR is closed to other users (a home folder is 0700 on Debian 12); see choose_data_dir.
sandbox_paths() {
    ENV_FILE=$DIR/sandbox.env
    STATE_FILE=$DIR/state.env
    SANDBOX_HASH=$(hash_of "$DIR")
    DATA_DIR=$DIR
    if [ -r "$DIR/.data-dir" ]; then
        DATA_DIR=$(cat "$DIR/.data-dir")
    fi
    TLS_DIR=$DIR/tls
    CA_CERT=$TLS_DIR/ca.pem
    DOVECOT_DIR=$DIR/dovecot
    DOVECOT_CONF=$DOVECOT_DIR/dovecot.conf
    DOVECOT_STATE=$DATA_DIR/dovecot/state
    DOVECOT_LOG=$DATA_DIR/dovecot/dovecot.log
    USERS_FILE=$DATA_DIR/dovecot/users # read by the auth process as user dovecot
    MAIL_ROOT=$DATA_DIR/mail
    POSTFIX_ETC=$DIR/postfix/etc
    POSTFIX_QUEUE=$DATA_DIR/postfix/queue
    POSTFIX_DATA=$DATA_DIR/postfix/data
    POSTFIX_LOG=$DATA_DIR/postfix/postfix.log
    DNS_DIR=$DIR/dns
    DNS_LOG=$DNS_DIR/dnsmasq.log
    DNS_PID_FILE=$DNS_DIR/dnsmasq.pid
    # Unix socket paths are limited to 108 bytes: keep Dovecot's sockets short for deep folders.
    RUN_DIR=$DATA_DIR/run
    if [ ${#RUN_DIR} -gt 70 ]; then
        RUN_DIR=/tmp/epistle-sandbox-run-$SANDBOX_HASH
    fi
    DOVECOT_PID_FILE=$RUN_DIR/master.pid
    POSTFIX_PID_FILE=$POSTFIX_QUEUE/pid/master.pid
}

# True if the mail user, dovecot and postfix can walk down to folder $1.
daemons_reach() {
    local who
    for who in "$MAIL_UID:$MAIL_GID" "$(id -u dovecot):$(id -g dovecot)" "$(id -u postfix):$(id -g postfix)"; do
        setpriv --reuid="${who%:*}" --regid="${who#*:}" --clear-groups -- test -x "$1" 2>/dev/null || return 1
    done
}

# Data folders in /var/tmp whose sandbox folder was deleted (a test or benchmark that removed its
# temporary DIR) and whose Dovecot is not running.
remove_orphaned_data() {
    local data owner
    for data in /var/tmp/epistle-sandbox-*; do
        [ -r "$data/.owner" ] || continue
        owner=$(cat "$data/.owner")
        [ -n "$owner" ] && [ ! -e "$owner" ] || continue
        pid_alive "$(pid_from_file "$data/run/master.pid")" && continue
        rm -rf "$data"
    done
}

# Decides DATA_DIR at start (kept in DIR/.data-dir for the other verbs).
choose_data_dir() {
    chmod a+x "$DIR" # the folder itself may come from mktemp -d (0700)
    local data=$DIR
    if ! daemons_reach "$DIR"; then
        data=/var/tmp/epistle-sandbox-$SANDBOX_HASH
        mkdir -p "$data" && chmod 0755 "$data" || return 1
        daemons_reach "$data" || return 1
        echo "$DIR" >"$data/.owner"
    fi
    remove_orphaned_data
    echo "$data" >"$DIR/.data-dir"
    sandbox_paths
}

# Writes a file atomically (content from stdin).
write_file() { # target [mode] [group]
    local target=$1 mode=${2:-0644} group=${3:-} tmp
    tmp=$(mktemp "$target.XXXXXX") || return 1
    cat >"$tmp"
    chmod "$mode" "$tmp"
    # The group before the rename: a server reading the file in between must never find it unreadable.
    if [ -n "$group" ]; then chgrp "$group" "$tmp" 2>/dev/null || true; fi
    mv -f "$tmp" "$target"
}

# A zombie counts as gone: some init processes reap orphans only every few seconds.
pid_alive() {
    [ -n "$1" ] || return 1
    local state
    state=$(awk '{ sub(/.*\) /, ""); print $1 }' "/proc/$1/stat" 2>/dev/null)
    [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}
pid_from_file() { [ -r "$1" ] && tr -dc '0-9' <"$1"; }

# The TCP ports in use on this machine (any state, any address), one decimal per line.
tcp_ports_in_use() {
    local hex
    for hex in $(awk 'FNR > 1 { n = split($2, a, ":"); print a[n] }' /proc/net/tcp /proc/net/tcp6 2>/dev/null); do
        echo $((16#$hex))
    done
}

# True if something listens on TCP port $1 (IPv4 or IPv6).
tcp_port_listening() {
    local hex
    hex=$(printf '%04X' "$1")
    awk -v port="$hex" 'FNR > 1 && $4 == "0A" { n = split($2, a, ":"); if (a[n] == port) found = 1 } END { exit !found }' \
        /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# True if UDP port 53 is bound on the IPv4 address $1.
udp53_bound_on() {
    local a b c d hex
    IFS=. read -r a b c d <<<"$1"
    hex=$(printf '%02X%02X%02X%02X:0035' "$d" "$c" "$b" "$a")
    awk -v want="$hex" 'FNR > 1 && ($2 == want || $2 == "00000000:0035") { found = 1 } END { exit !found }' /proc/net/udp 2>/dev/null
}

ipv6_loopback_available() {
    [ -r /proc/net/if_inet6 ] && grep -q '^00000000000000000000000000000001 .* lo$' /proc/net/if_inet6 \
        && [ "$(cat /proc/sys/net/ipv6/conf/lo/disable_ipv6 2>/dev/null || echo 0)" = 0 ]
}

# Processes whose working directory or root lies in the sandbox (Postfix daemons live in the queue
# folder, Dovecot's in its base_dir, login chroots, and mail homes).
sandbox_processes() {
    local pid
    for pid in $(find /proc/[0-9]*/cwd /proc/[0-9]*/root -maxdepth 0 \( -lname "$DIR" -o -lname "$DIR/*" \
        -o -lname "$DATA_DIR" -o -lname "$DATA_DIR/*" -o -lname "$RUN_DIR" -o -lname "$RUN_DIR/*" \) 2>/dev/null | cut -d/ -f3 | sort -u); do
        # Only daemons: never a shell or a test that happens to work in the folder.
        case "$(readlink "/proc/$pid/exe" 2>/dev/null)" in
        /usr/lib/dovecot/* | /usr/sbin/dovecot | /usr/lib/postfix/* | /usr/sbin/postfix | /usr/sbin/dnsmasq) echo "$pid" ;;
        esac
    done
}

# Waits up to $2 tenths of a second for pid $1 to exit.
wait_pid_gone() {
    local pid=$1 tenths=${2:-100}
    while pid_alive "$pid" && [ "$tenths" -gt 0 ]; do
        sleep 0.1
        tenths=$((tenths - 1))
    done
    ! pid_alive "$pid"
}

log_tail() {
    local file
    for file in "$@"; do
        [ -s "$file" ] || continue
        printf '%s\n' "--- last lines of $file:" >&2
        tail -n 25 "$file" >&2
    done
}
