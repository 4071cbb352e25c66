#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 with a database `test` that the tests can use:
# starts the local cluster if it is stopped, installs PostgreSQL from Debian's packages if it is missing and we are
# allowed to, or says exactly what is missing. Integration tests never skip silently: they need this server.
set -euo pipefail

HOST=127.0.0.1
PORT=${CASEBOOK_TEST_DB_PORT:-5432}
DB_USER=${CASEBOOK_TEST_DB_USER:-postgres}
DB_NAME=test

say() { echo "[ensure-postgres] $*"; }

ready() {
  command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$HOST" -p "$PORT"
}

start_cluster() {
  if command -v pg_lsclusters >/dev/null 2>&1; then
    local version
    version=$(pg_lsclusters -h 2>/dev/null | awk '{print $1}' | sort -V | tail -n1)
    if [ -n "$version" ]; then
      say "starting PostgreSQL $version cluster 'main'"
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
      for _ in $(seq 1 30); do ready && return 0; sleep 1; done
    fi
  fi
  return 1
}

install_postgres() {
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    return 1
  fi
  say "PostgreSQL is not installed: installing it from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  local version hba
  version=$(pg_lsclusters -h | awk '{print $1}' | sort -V | tail -n1)
  hba=/etc/postgresql/$version/main/pg_hba.conf
  # Local test server only: trust connections from this machine, as the development machines are set up.
  sed -i -E 's/^(host\s+all\s+all\s+127\.0\.0\.1\/32\s+)\S+/\1trust/; s/^(host\s+all\s+all\s+::1\/128\s+)\S+/\1trust/; s/^(local\s+all\s+all\s+)\S+/\1trust/' "$hba"
  start_cluster
}

if ! ready; then
  start_cluster || install_postgres || {
    say "ERROR: no PostgreSQL answers on $HOST:$PORT and it could not be started or installed here."
    say "Install PostgreSQL 15 (Debian: apt-get install postgresql), allow trust or password login for user"
    say "'$DB_USER' from 127.0.0.1, then run the tests again."
    exit 1
  }
fi

if ! psql -h "$HOST" -p "$PORT" -U "$DB_USER" -d postgres -tAc "SELECT 1" >/dev/null 2>&1; then
  say "ERROR: PostgreSQL answers on $HOST:$PORT but user '$DB_USER' cannot log in without a password."
  say "Allow trust login from 127.0.0.1 in pg_hba.conf, or set CASEBOOK_TEST_DB_USER to a user that can."
  exit 1
fi
if [ "$(psql -h "$HOST" -p "$PORT" -U "$DB_USER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'")" != "1" ]; then
  say "creating database $DB_NAME"
  psql -h "$HOST" -p "$PORT" -U "$DB_USER" -d postgres -qc "CREATE DATABASE $DB_NAME"
fi
say "PostgreSQL is up on $HOST:$PORT, database $DB_NAME"
