#!/usr/bin/env bash
# Install (Debian's package) and start a PostgreSQL server, and create the test role and database.
# Prints the URL for RASD_TEST_PG on stdout. Runs as root; safe to run again.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  { apt-get update -qq && apt-get install -y -qq postgresql; } >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
as_postgres() { (cd /tmp && su postgres -c "$1"); }
as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'rasd'\"" | grep -q 1 \
  || as_postgres "psql -qc \"CREATE ROLE rasd LOGIN PASSWORD 'rasd' CREATEDB\"" >&2
as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'rasd_test'\"" | grep -q 1 \
  || as_postgres "createdb -O rasd rasd_test" >&2
echo "postgresql://rasd:rasd@127.0.0.1:5432/rasd_test"
