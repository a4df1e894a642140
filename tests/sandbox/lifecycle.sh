#!/bin/bash
# sandbox.Lifecycle: scripts/mail-sandbox start/status/stop on sandboxes of its own. Two run at
# once without colliding, every port answers its protocol (TLS verified with the sandbox CA, the
# negative ports refused), start is idempotent, and stop leaves no process and no listener.
# Usage: lifecycle.sh PATH/TO/mail-sandbox. Exit 77 (skipped) without root.
set -u
SANDBOX=$1
A=
B=
failures=0

check() { # description command...
    local what=$1
    shift
    if "$@"; then
        echo "PASS: $what"
    else
        echo "FAIL: $what"
        failures=$((failures + 1))
    fi
}

cleanup() {
    for dir in "$A" "$B"; do
        [ -n "$dir" ] && [ -d "$dir" ] && "$SANDBOX" stop "$dir" >/dev/null 2>&1
        [ -n "$dir" ] && rm -rf "$dir"
    done
}
trap cleanup EXIT

if [ "$(id -u)" != 0 ]; then
    dir=$(mktemp -d /tmp/epistle-lifecycle-user.XXXXXX)
    out=$("$SANDBOX" start "$dir")
    rc=$?
    rm -rf "$dir"
    if [ $rc != 0 ] || ! grep -q '^SANDBOX_STATUS=unavailable$' <<<"$out" || ! grep -q 'needs root' <<<"$out"; then
        echo "FAIL: without root, start must report SANDBOX_STATUS=unavailable with the reason and exit 0"
        exit 1
    fi
    echo "SKIP: the mail sandbox needs root (reported as unavailable, as it should)"
    exit 77
fi

env_value() { sed -n "s/^$2=//p" "$1/sandbox.env"; }

# The first line a server sends on a plain connection.
greeting() { # port
    local line
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    IFS= read -r -t 10 line <&3
    exec 3<&- 3>&-
    printf '%s\n' "${line%$'\r'}"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

tls_ok() { # dir url [curl args]
    local dir=$1 url=$2
    shift 2
    curl -sS --max-time 20 --cacert "$(env_value "$dir" CA_CERT)" "$url" "$@" >/dev/null
}

tls_refused() { # dir port expected-curl-exit
    local rc
    curl -sS --max-time 20 --cacert "$(env_value "$1" CA_CERT)" "imaps://localhost:$2/" >/dev/null 2>&1
    rc=$?
    [ $rc = 60 ] || [ $rc = 35 ] || { echo "curl exit $rc for port $2"; return 1; }
}

A=$(mktemp -d /tmp/epistle-lifecycle-A.XXXXXX)
B=$(mktemp -d /tmp/epistle-lifecycle-B.XXXXXX)

# --- two sandboxes started at the same moment
started=$(date +%s%N)
"$SANDBOX" start "$A" >"$A.out" 2>&1 &
pid_a=$!
"$SANDBOX" start "$B" >"$B.out" 2>&1 &
pid_b=$!
wait $pid_a
rc_a=$?
wait $pid_b
rc_b=$?
echo "two starts in parallel took $((($(date +%s%N) - started) / 1000000)) ms"
check "start A exits 0" [ $rc_a = 0 ]
check "start B exits 0" [ $rc_b = 0 ]
[ $rc_a = 0 ] && [ $rc_b = 0 ] || { cat "$A.out" "$B.out"; rm -f "$A.out" "$B.out"; exit 1; }
check "start prints the env" grep -q '^SANDBOX_STATUS=running$' "$A.out"
rm -f "$A.out" "$B.out"

keys="SANDBOX_STATUS SANDBOX_DIR HOST MAIL_DOMAIN CA_CERT IMAP_PORT IMAPS_PORT POP3_PORT POP3S_PORT SUBMISSION_PORT
SUBMISSIONS_PORT WRONG_HOST_PORT EXPIRED_PORT DNS_STATUS DNS_ADDRESS USER1 PASSWORD1 USER2 PASSWORD2 DEMO_USER
DEMO_PASSWORD OUTBOUND_USER OUTBOUND_PASSWORD DOVECOT_LOG POSTFIX_LOG"
for key in $keys; do
    check "sandbox.env has $key" test -n "$(env_value "$A" "$key")"
done
check "SANDBOX_UNAVAILABLE_REASON and DNS_UNAVAILABLE_REASON are present" \
    grep -q '^DNS_UNAVAILABLE_REASON=' "$A/sandbox.env"
check "SANDBOX_DIR is the folder" [ "$(env_value "$A" SANDBOX_DIR)" = "$(cd "$A" && pwd -P)" ]

port_keys="IMAP_PORT IMAPS_PORT POP3_PORT POP3S_PORT SUBMISSION_PORT SUBMISSIONS_PORT WRONG_HOST_PORT EXPIRED_PORT"
ports_a=$(for k in $port_keys; do env_value "$A" "$k"; done | sort -n)
ports_b=$(for k in $port_keys; do env_value "$B" "$k"; done | sort -n)
check "eight distinct ports" [ "$(sort -u <<<"$ports_a" | wc -l)" = 8 ]
check "the two sandboxes share no port" [ -z "$(comm -12 <(echo "$ports_a") <(echo "$ports_b"))" ]
check "the two sandboxes have their own DNS address" \
    [ "$(env_value "$A" DNS_ADDRESS)" != "$(env_value "$B" DNS_ADDRESS)" ]
check "DNS addresses are 127.x.y.z" grep -Eq '^127\.[0-9]+\.[0-9]+\.[0-9]+$' <<<"$(env_value "$A" DNS_ADDRESS)"

# --- every port of both answers
for dir in "$A" "$B"; do
    name=$(basename "$dir")
    check "$name IMAP greeting" grep -q '^\* OK .*IMAP4rev1' <<<"$(greeting "$(env_value "$dir" IMAP_PORT)")"
    check "$name POP3 greeting" grep -q '^+OK' <<<"$(greeting "$(env_value "$dir" POP3_PORT)")"
    check "$name SMTP greeting" grep -q '^220 ' <<<"$(greeting "$(env_value "$dir" SUBMISSION_PORT)")"
    user="$(env_value "$dir" USER1):$(env_value "$dir" PASSWORD1)"
    check "$name IMAPS verified" tls_ok "$dir" "imaps://localhost:$(env_value "$dir" IMAPS_PORT)/" -u "$user"
    check "$name IMAP STARTTLS verified" tls_ok "$dir" "imap://localhost:$(env_value "$dir" IMAP_PORT)/" --ssl-reqd -u "$user"
    check "$name POP3S verified" tls_ok "$dir" "pop3s://localhost:$(env_value "$dir" POP3S_PORT)/" -u "$user"
    check "$name POP3 STLS verified" tls_ok "$dir" "pop3://localhost:$(env_value "$dir" POP3_PORT)/" --ssl-reqd -u "$user"
    for attempt in 1 2; do
        check "$name wrong-host port refused ($attempt)" tls_refused "$dir" "$(env_value "$dir" WRONG_HOST_PORT)"
        check "$name expired port refused ($attempt)" tls_refused "$dir" "$(env_value "$dir" EXPIRED_PORT)"
    done
done

# --- mail from SMTP (implicit TLS) arrives, read over POP3 with STLS
user1=$(env_value "$A" USER1)
user2=$(env_value "$A" USER2)
subject="lifecycle $$ $RANDOM"
printf 'From: <%s>\r\nTo: <%s>\r\nSubject: %s\r\n\r\nbody\r\n' "$user1" "$user2" "$subject" >"$A.mail"
check "submission over implicit TLS" tls_ok "$A" "smtps://localhost:$(env_value "$A" SUBMISSIONS_PORT)" \
    -u "$user1:$(env_value "$A" PASSWORD1)" --mail-from "$user1" --mail-rcpt "$user2" -T "$A.mail"
check "submission over STARTTLS" tls_ok "$A" "smtp://localhost:$(env_value "$A" SUBMISSION_PORT)" --ssl-reqd \
    -u "$user1:$(env_value "$A" PASSWORD1)" --mail-from "$user1" --mail-rcpt "$user2" -T "$A.mail"
rm -f "$A.mail"
arrived() {
    local tries=50
    while [ $tries -gt 0 ]; do
        curl -sS --max-time 10 --cacert "$(env_value "$A" CA_CERT)" --ssl-reqd \
            "pop3://localhost:$(env_value "$A" POP3_PORT)/2" -u "$user2:$(env_value "$A" PASSWORD2)" 2>/dev/null |
            grep -q "^Subject: $subject" && return 0
        sleep 0.1
        tries=$((tries - 1))
    done
    return 1
}
check "both messages arrived in USER2's mailbox" arrived

# --- dns-reload refuses a bad records.conf and keeps serving; start empties records.conf
if [ "$(env_value "$A" DNS_STATUS)" = running ]; then
    dns_pid=$(cat "$A/dns/dnsmasq.pid")
    echo "srv-host=_imaps._tcp.good.test,mail.good.test,993,0,1" >>"$A/dns/records.conf"
    check "dns-reload with a good record" "$SANDBOX" dns-reload "$A"
    dns_pid=$(cat "$A/dns/dnsmasq.pid")
    echo "this-is-not-an-option=1" >>"$A/dns/records.conf"
    check "dns-reload refuses a bad record" bash -c "! '$SANDBOX' dns-reload '$A' 2>/dev/null"
    check "dnsmasq still runs after a refused reload" test "$(cat "$A/dns/dnsmasq.pid")" = "$dns_pid" -a -d "/proc/$dns_pid"
fi

# --- idempotent start, status
dovecot_pid=$(cat "$A/run/master.pid" 2>/dev/null)
started=$(date +%s%N)
check "second start exits 0" "$SANDBOX" start "$A" >/dev/null
echo "start of a running sandbox took $((($(date +%s%N) - started) / 1000000)) ms"
check "second start kept the same Dovecot" [ "$(cat "$A/run/master.pid" 2>/dev/null)" = "$dovecot_pid" ]
check "status exits 0 when running" "$SANDBOX" status "$A" >/dev/null
check "status reports each part" grep -q '^DOVECOT_PROCESS=running$' <(("$SANDBOX" status "$A"))

# --- stop leaves nothing, and B runs on
pids_a="$(cat "$A/run/master.pid" "$A/postfix/queue/pid/master.pid" "$A/dns/dnsmasq.pid" 2>/dev/null)"
started=$(date +%s%N)
check "stop exits 0" "$SANDBOX" stop "$A"
echo "stop took $((($(date +%s%N) - started) / 1000000)) ms"
check "status exits non-zero when stopped" bash -c "! '$SANDBOX' status '$A' >/dev/null"
for port in $ports_a; do
    check "port $port closed after stop" bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null"
done
alive=
for pid in $pids_a; do
    state=$(awk '{ sub(/.*\) /, ""); print $1 }' "/proc/$pid/stat" 2>/dev/null)
    [ -n "$state" ] && [ "$state" != Z ] && alive="$alive $pid"
done
check "no master process of A left" [ -z "$alive" ]
left=$(find /proc/[0-9]*/cwd /proc/[0-9]*/root -maxdepth 0 -lname "$A*" 2>/dev/null)
check "no process works in A's folder" [ -z "$left" ]
check "the second stop exits 0" "$SANDBOX" stop "$A"
check "B still answers" grep -q '^\* OK' <<<"$(greeting "$(env_value "$B" IMAP_PORT)")"

# --- a folder under a parent closed to other users (a 0700 home folder): the daemons' data moves
PRIVATE=$(mktemp -d /tmp/epistle-lifecycle-private.XXXXXX) # 0700
C=$PRIVATE/sandbox
check "start under a 0700 parent" "$SANDBOX" start "$C" >/dev/null
if [ -r "$C/sandbox.env" ]; then
    data=$(cat "$C/.data-dir" 2>/dev/null)
    moved=no
    [ -n "$data" ] && [ "${data#"$PRIVATE"}" = "$data" ] && moved=yes
    check "the data folder moved out of the closed parent" [ $moved = yes ]
    user="new-$RANDOM@$(env_value "$C" MAIL_DOMAIN)"
    check "adduser under a 0700 parent" "$SANDBOX" adduser "$C" "$user" secret-pw >/dev/null
    printf 'Subject: private\r\n\r\nbody\r\n' >"$PRIVATE/mail"
    check "submission under a 0700 parent" tls_ok "$C" "smtps://localhost:$(env_value "$C" SUBMISSIONS_PORT)" \
        -u "$(env_value "$C" USER1):$(env_value "$C" PASSWORD1)" --mail-from "$(env_value "$C" USER1)" --mail-rcpt "$user" -T "$PRIVATE/mail"
    sleep 0.5
    check "delivery under a 0700 parent" grep -q 'SEARCH 1' <(curl -sS --max-time 10 --cacert "$(env_value "$C" CA_CERT)" \
        "imaps://localhost:$(env_value "$C" IMAPS_PORT)/INBOX" -u "$user:secret-pw" -X 'SEARCH ALL')
    check "stop under a 0700 parent" "$SANDBOX" stop "$C"
fi
rm -rf "$PRIVATE"

# --- a stopped sandbox starts again
check "restart of A" "$SANDBOX" start "$A" >/dev/null
if [ -n "${data:-}" ] && [ "$data" != "$C" ]; then
    check "a start removed the data folder of the deleted sandbox" [ ! -e "$data" ]
    rm -rf "$data"
fi
check "start emptied records.conf" bash -c "! grep -q '^[^#]' '$A/dns/records.conf'"
check "A answers again" grep -q '^\* OK' <<<"$(greeting "$(env_value "$A" IMAP_PORT)")"
check "the demo mail was loaded once" [ "$(ls "$A/mail/$(env_value "$A" DEMO_USER)/Maildir/cur" | wc -l)" -ge 20 ]
check "stop of A" "$SANDBOX" stop "$A"
check "stop of B" "$SANDBOX" stop "$B"

# --- usage errors
check "an unknown verb is an error" bash -c "! '$SANDBOX' frobnicate '$A' 2>/dev/null"
check "a missing folder is an error" bash -c "! '$SANDBOX' start 2>/dev/null"
check "stop of a folder without a sandbox exits 0 and creates nothing" \
    bash -c "'$SANDBOX' stop '$A.none' && [ ! -e '$A.none' ]"
check "status of a folder without a sandbox exits 3" bash -c "'$SANDBOX' status '$A.none' 2>/dev/null; [ \$? = 3 ]"

# --- without root the sandbox says so and exits 0
dir=$(mktemp -d /tmp/epistle-lifecycle-nobody.XXXXXX)
chown nobody "$dir"
out=$(setpriv --reuid=nobody --regid=nogroup --clear-groups "$SANDBOX" start "$dir" 2>&1)
rc=$?
check "without root: exit 0" [ $rc = 0 ]
check "without root: SANDBOX_STATUS=unavailable" grep -q '^SANDBOX_STATUS=unavailable$' <<<"$out"
check "without root: the reason names root" grep -q '^SANDBOX_UNAVAILABLE_REASON=.*needs root' <<<"$out"
rm -rf "$dir"

echo "$failures failure(s)"
[ $failures = 0 ]
