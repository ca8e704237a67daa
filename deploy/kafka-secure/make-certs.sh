#!/bin/sh
# One-shot (the `kafka-certs` job of docker-compose.secure.yml), in the apache/kafka image for its keytool:
# a private CA, the broker's PKCS12 keystore signed by it for the names `kafka` and `localhost`, and the CA
# certificate (PEM) the services trust. Does nothing when the keystore exists; delete the volumes to renew.
set -eu
SECRETS=${SECRETS:-/etc/kafka/secrets}      # the broker's: keystore, its password, JAAS file
CA_PUBLIC=${CA_PUBLIC:-/etc/redress/kafka-ca}   # mounted read-only by the services: ca.crt only
CA_PRIVATE=${CA_PRIVATE:-/etc/redress/kafka-ca-private}  # mounted by this job alone
BROKER_OWNER=${BROKER_OWNER:-appuser}

if [ -s "$SECRETS/kafka.keystore.p12" ]; then
  echo "broker certificate already there: nothing to do"
  exit 0
fi
umask 077
secret() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }
ca_pass=$(secret)
pass=$(secret)
work=$(mktemp -d)

keytool -genkeypair -keystore "$CA_PRIVATE/ca.p12" -storetype PKCS12 -storepass "$ca_pass" -alias ca \
  -dname "CN=Redress Kafka CA" -keyalg RSA -keysize 3072 -validity 3650 -ext bc:c
printf '%s' "$ca_pass" > "$CA_PRIVATE/ca_creds"
keytool -exportcert -keystore "$CA_PRIVATE/ca.p12" -storepass "$ca_pass" -alias ca -rfc -file "$CA_PUBLIC/ca.crt"

keytool -genkeypair -keystore "$work/kafka.p12" -storetype PKCS12 -storepass "$pass" -alias kafka \
  -dname "CN=kafka" -keyalg RSA -keysize 3072 -validity 825
keytool -certreq -keystore "$work/kafka.p12" -storepass "$pass" -alias kafka -file "$work/kafka.csr"
keytool -gencert -keystore "$CA_PRIVATE/ca.p12" -storepass "$ca_pass" -alias ca -infile "$work/kafka.csr" \
  -outfile "$work/kafka.crt" -rfc -validity 825 \
  -ext san=dns:kafka,dns:localhost -ext ku:c=digitalSignature,keyEncipherment -ext eku=serverAuth
keytool -importcert -keystore "$work/kafka.p12" -storepass "$pass" -alias ca -file "$CA_PUBLIC/ca.crt" -noprompt
keytool -importcert -keystore "$work/kafka.p12" -storepass "$pass" -alias kafka -file "$work/kafka.crt" -noprompt

# SCRAM on the client listener; the broker's own listener is plaintext on localhost, so it needs no credentials.
cat > "$SECRETS/broker_jaas.conf" <<'JAAS'
KafkaServer {
  org.apache.kafka.common.security.scram.ScramLoginModule required;
};
JAAS
printf '%s' "$pass" > "$SECRETS/keystore_creds"
# Written last: its presence means the rest is complete.
mv "$work/kafka.p12" "$SECRETS/kafka.keystore.p12"
rm -rf "$work"
chmod 644 "$CA_PUBLIC/ca.crt"
chown -R "$BROKER_OWNER" "$SECRETS"
echo "broker certificate issued for kafka and localhost"
