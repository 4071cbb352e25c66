#!/usr/bin/env bash
# Fills a new PostgreSQL database with N events of realistic history through the domain's commands, then starts the
# service on it (port 18100, demo users). Usage: .ci/large-store/fill.sh <database> <events>
# Then: time-rebuild.sh, time-query.sh <url> <user> [accept], command-latency.sh <base> <database> (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
db=$1; events=$2
[ -f adapters/target/casebook.jar ] || mvn -B -q -DskipTests package
psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
url=jdbc:postgresql://127.0.0.1:5432/$db
java -Xmx512m -jar adapters/target/casebook.jar --spring.profiles.active=postgres,demo --server.port=0 \
  --spring.datasource.url=$url "--spring.datasource.hikari.connection-init-sql=SET synchronous_commit = off" \
  --casebook.generate.events=$events --casebook.generate.threads=4 --casebook.generate.exit=true
psql -h 127.0.0.1 -U postgres -d $db -qc "VACUUM ANALYZE"
exec java -Xmx512m -jar adapters/target/casebook.jar --spring.profiles.active=postgres,demo --server.port=18100 \
  --spring.datasource.url=$url
