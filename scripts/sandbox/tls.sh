# Certificates of the sandbox (sourced by scripts/mail-sandbox): a private CA, the server
# certificate, and two certificates for negative tests (wrong host name, expired), all signed by it.

# guess.test: a domain without SRV, MX or autoconfig whose hosts are found by guessing (tests add
# its A records); the server certificate must cover them for the guess to be accepted.
SERVER_SAN="DNS:localhost, DNS:example.test, DNS:*.example.test, DNS:guess.test, DNS:*.guess.test, IP:127.0.0.1, IP:::1"

tls_sign() { # name subject san startdate enddate
    local name=$1 subject=$2 san=$3 start=$4 end=$5
    cat >"$TLS_DIR/$name.ext" <<EXT
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = $san
EXT
    openssl req -new -key "$TLS_DIR/server.key" -subj "$subject" -out "$TLS_DIR/$name.csr" &&
        openssl ca -config "$TLS_DIR/ca.cnf" -batch -notext -in "$TLS_DIR/$name.csr" -out "$TLS_DIR/$name.pem" \
            -startdate "$start" -enddate "$end" -extfile "$TLS_DIR/$name.ext" 2>>"$TLS_DIR/openssl.log" >&2
}

# True if the server certificate exists and stays valid for at least two more days.
tls_current() {
    [ -s "$CA_CERT" ] && [ -s "$TLS_DIR/server.pem" ] && [ -s "$TLS_DIR/wrong-host.pem" ] &&
        [ -s "$TLS_DIR/expired.pem" ] && openssl x509 -in "$TLS_DIR/server.pem" -noout -checkend 172800 >/dev/null 2>&1 &&
        openssl x509 -in "$TLS_DIR/server.pem" -noout -ext subjectAltName 2>/dev/null | grep -q 'DNS:\*\.guess\.test'
        # (certificates made before a name was added to SERVER_SAN are made again)
}

tls_generate() {
    tls_current && return 0
    rm -rf "$TLS_DIR"
    mkdir -p "$TLS_DIR/ca/newcerts"
    chmod 0755 "$TLS_DIR"
    : >"$TLS_DIR/ca/index.txt"
    openssl rand -hex 8 >"$TLS_DIR/ca/serial"
    cat >"$TLS_DIR/ca.cnf" <<CNF
[ ca ]
default_ca = sandbox_ca

[ sandbox_ca ]
database = $TLS_DIR/ca/index.txt
new_certs_dir = $TLS_DIR/ca/newcerts
certificate = $TLS_DIR/ca.pem
private_key = $TLS_DIR/ca.key
serial = $TLS_DIR/ca/serial
default_md = sha256
policy = policy_any
unique_subject = no
email_in_dn = no
copy_extensions = none

[ policy_any ]
organizationName = optional
commonName = supplied
CNF
    local now_start server_end expired_start expired_end
    now_start=$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)
    server_end=$(date -u -d '+800 days' +%Y%m%d%H%M%SZ)
    expired_start=$(date -u -d '-400 days' +%Y%m%d%H%M%SZ)
    expired_end=$(date -u -d '-30 days' +%Y%m%d%H%M%SZ)
    (
        umask 077
        openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$TLS_DIR/ca.key" 2>>"$TLS_DIR/openssl.log" &&
            openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$TLS_DIR/server.key" 2>>"$TLS_DIR/openssl.log"
    ) || return 1
    openssl req -x509 -new -key "$TLS_DIR/ca.key" -sha256 -days 3650 \
        -subj "/O=Epistle mail sandbox/CN=Epistle Sandbox CA $SANDBOX_HASH" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -out "$CA_CERT" 2>>"$TLS_DIR/openssl.log" || return 1
    tls_sign server "/O=Epistle mail sandbox/CN=localhost" "$SERVER_SAN" "$now_start" "$server_end" || return 1
    tls_sign wrong-host "/O=Epistle mail sandbox/CN=wrong.invalid" "DNS:wrong.invalid" "$now_start" "$server_end" || return 1
    tls_sign expired "/O=Epistle mail sandbox/CN=localhost" "$SERVER_SAN" "$expired_start" "$expired_end" || return 1
    rm -f "$TLS_DIR"/*.csr
    chmod 0644 "$TLS_DIR"/*.pem
}
