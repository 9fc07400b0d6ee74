#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL cluster, creates the test database and two roles,
# and prints one SQLAlchemy URL on stdout (and nothing else there). Idempotent; exports nothing.
#   compliance        the app's role: owns no table of the store (it cannot disable the append-only
#                     triggers); it keeps CREATE on the test database only so that tests can make a
#                     schema of their own
#   compliance_owner  owns the tables: runs the migrations and grants the app role what it needs
#                     (`compliance migrate --db OWNER_URL --app-role compliance`)
# Usage: COMPLIANCE_TEST_PG_URL=$(bash .ci/postgres.sh)                 # the app role's URL
#        COMPLIANCE_TEST_PG_OWNER_URL=$(bash .ci/postgres.sh owner)     # the owner role's URL
set -euo pipefail
DB=compliance_test
ROLE=compliance
PASS=compliance
OWNER=compliance_owner
OWNER_PASS=compliance_owner
PORT=${PGPORT:-5432}

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -yq postgresql; } >&2
fi
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$VERSION main"; then
  pg_createcluster "$VERSION" main -p "$PORT" >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VERSION" main start >&2
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -p $PORT" && break
  sleep 1
done
psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qtA $*"; }
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\"")" != 1 ]; then
  psql_admin "-c \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASS'\"" >&2
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$OWNER'\"")" != 1 ]; then
  psql_admin "-c \"CREATE ROLE $OWNER LOGIN PASSWORD '$OWNER_PASS'\"" >&2
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"")" != 1 ]; then
  psql_admin "-c \"CREATE DATABASE $DB OWNER $OWNER\"" >&2
fi
psql_admin "-c \"GRANT CREATE, CONNECT ON DATABASE $DB TO $OWNER, $ROLE\"" >&2
if [ "${1:-}" = owner ]; then
  echo "postgresql+psycopg://$OWNER:$OWNER_PASS@127.0.0.1:$PORT/$DB"
else
  echo "postgresql+psycopg://$ROLE:$PASS@127.0.0.1:$PORT/$DB"
fi
