#!/usr/bin/env bash
# Makes a large store from a small generated one, the way the 1,000,000-event store of docs/performance.md was made:
# the template's events (generated through the domain's commands, e.g. fill.sh or the generator flags below) are
# copied <copies> more times in SQL, each copy k with new aggregate ids md5(id || ':' || k)::uuid (the payloads' ids
# replaced too), new event identifiers, the same sequence numbers, fresh global indexes (copy after copy, each in the
# template's order) and the template's time stamps; the copied cases' case_key rows are copied under the new ids. The
# copies' sealed personal fields then read "[unreadable]" (the case id is the key wrapping's associated data): read
# models never read them. Then the service is started on the target once: its EventChainer extends the hash chain
# (event_chain) over the copies, exactly as over any appended event, and both read models are rebuilt with
# time-rebuild.sh (a rebuild, not a catch-up: the copies keep their old time stamps). The service is stopped at the end.
#
# usage: .ci/large-store/multiply.sh <template-db> <target-db> <copies>
#   template: e.g. a database filled by
#     java -Xmx512m -jar adapters/target/casebook.jar --spring.profiles.active=postgres,demo --server.port=0 \
#       --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/<template-db> \
#       --casebook.generate.events=46617 --casebook.generate.threads=4 --casebook.generate.exit=true
#   (46,617 events and 21 copies make the 1,025,574-event store: template + 21 copies = 22 × 46,617 + the service's own).
# env: JAR (default adapters/target/casebook.jar), PORT (default 18117).
set -euo pipefail
cd "$(dirname "$0")/../.."
template=$1; target=$2; copies=$3
jar=${JAR:-adapters/target/casebook.jar}
port=${PORT:-18117}
psql() { command psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 "$@"; }

psql -d test -qc "DROP DATABASE IF EXISTS $target" -c "CREATE DATABASE $target TEMPLATE $template"
start=$(date +%s)
psql -d "$target" -q <<SQL
SET synchronous_commit = off;
CREATE TEMP TABLE copy_no AS SELECT generate_series(1, $copies) AS k;
CREATE TEMP TABLE template_event AS SELECT * FROM domain_event_entry ORDER BY global_index;
CREATE TEMP TABLE template_key AS SELECT * FROM case_key;
-- One copy at a time, each in the template's order, so that a copy's events keep their relative order and stay
-- clustered in the store as the generated ones are.
DO \$\$
DECLARE c INTEGER;
BEGIN
  FOR c IN SELECT k FROM copy_no ORDER BY k LOOP
    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                    payload_type, payload_revision, payload, meta_data)
    SELECT md5(e.event_identifier || ':' || c)::uuid::text,
           md5(e.aggregate_identifier || ':' || c)::uuid::text,
           e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload_revision,
           convert_to(replace(convert_from(e.payload, 'UTF8'), e.aggregate_identifier,
                              md5(e.aggregate_identifier || ':' || c)::uuid::text), 'UTF8'),
           e.meta_data
    FROM template_event e ORDER BY e.global_index;
    INSERT INTO case_key (case_id, key_bytes, created_at, destroyed_at, wrapped_key, master_key_id)
    SELECT md5(t.case_id || ':' || c)::uuid::text, t.key_bytes, t.created_at, t.destroyed_at, t.wrapped_key,
           t.master_key_id
    FROM template_key t;
  END LOOP;
END
\$\$;
SQL
psql -d "$target" -qc "VACUUM ANALYZE"
echo "copied in $(( $(date +%s) - start )) s: $(psql -d "$target" -Atc "SELECT count(*) || ' events, ' || count(DISTINCT aggregate_identifier) || ' aggregates' FROM domain_event_entry")"

# Chain the copies and rebuild the read models on the target, then stop.
java -Xmx512m -jar "$jar" --spring.profiles.active=postgres,demo --server.port=$port \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$target --casebook.events.gap-timeout=PT480H \
  > "/tmp/multiply-$target.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null -u manager1:manager1-pass http://localhost:$port/api/admin/projections; do
  kill -0 $pid || { echo "service died, see /tmp/multiply-$target.log"; exit 1; }
  sleep 2
done
.ci/large-store/time-rebuild.sh http://localhost:$port $pid
until [ "$(psql -d "$target" -Atc "SELECT (SELECT count(*) FROM event_chain) = (SELECT count(*) FROM domain_event_entry)")" = t ]; do
  sleep 5
done
kill $pid; wait $pid || true
trap - EXIT
psql -d "$target" -qc "VACUUM ANALYZE"
psql -d "$target" -Atc "SELECT 'events ' || count(*) FROM domain_event_entry" -c "SELECT 'chained ' || count(*) FROM event_chain" \
  -c "SELECT 'caseload rows ' || count(*) FROM caseload_case" -c "SELECT 'report facts ' || count(*) FROM report_fact"
