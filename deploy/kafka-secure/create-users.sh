#!/bin/sh
# One-shot (the `kafka-users` job of docker-compose.secure.yml): a SCRAM-SHA-512 user per service, with the password
# <SERVICE>_KAFKA_PASSWORD. It shares the broker's network namespace and talks to its localhost-only listener, so it
# needs no credentials of its own. Setting a user again sets its new password: rerun it to rotate one.
set -eu
BOOTSTRAP=${BOOTSTRAP:-localhost:9091}
for user in intake triage escalation notifier; do
  variable=$(echo "$user" | tr 'a-z' 'A-Z')_KAFKA_PASSWORD
  password=$(printenv "$variable" || true)
  if [ -z "$password" ]; then
    echo "$variable is not set" >&2
    exit 1
  fi
  /opt/kafka/bin/kafka-configs.sh --bootstrap-server "$BOOTSTRAP" --alter --entity-type users --entity-name "$user" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]" >/dev/null
  echo "SCRAM user $user ready"
done
