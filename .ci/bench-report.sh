#!/usr/bin/env bash
# Benchmark: the Development Group report on the embedded default database, for an academic year as busy as the
# busiest in the Hertfordshire figures (2,647 helpline enquiries in 2000/01, seed 000 §1.4).
# Starts casebook.jar on a fresh embedded database, records the enquiries over HTTP, waits for the read model,
# then times the report (JSON, CSV, HTML) and prints the figures. Usage: .ci/bench-report.sh [enquiries] [port]
set -euo pipefail
cd "$(dirname "$0")/.."

ENQUIRIES=${1:-2647}
PORT=${2:-18080}
DATA=$(mktemp -d)
JAR=adapters/target/casebook.jar
[ -f "$JAR" ] || mvn -q -B -DskipTests package
BASE=http://127.0.0.1:$PORT
CW=caseworker1:caseworker1-pass
DG=dg1:dg1-pass

CASEBOOK_DATA_DIR=$DATA java -Xmx512m -jar "$JAR" --server.port="$PORT" > "$DATA/casebook.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 1; done

channels=(PHONE PHONE PHONE EMAIL FACE_TO_FACE LETTER WEBSITE)
roles=(PARENT PARENT PARENT CARER SCHOOL HEALTH OTHER)
topics=(STATUTORY_ASSESSMENT SCHOOL_BASED_SUPPORT EXCLUSION TRANSPORT STATEMENT BEHAVIOUR TRANSITION)
start=$(date +%s)
for i in $(seq 0 $((ENQUIRIES - 1))); do
  # Spread over 1 September 2024 to 31 August 2025 (365 days).
  day=$(date -u -d "2024-09-01 +$((i * 365 / ENQUIRIES)) days" +%F)
  body="{\"receivedOn\":\"$day\",\"channel\":\"${channels[i % 7]}\",\"enquirerRole\":\"${roles[i % 7]}\",\"about\":\"CHILD\",\"topics\":[\"${topics[i % 7]}\"]}"
  curl -fs -o /dev/null -u "$CW" -H 'Content-Type: application/json' -d "$body" "$BASE/api/enquiries"
done
loaded=$(( $(date +%s) - start ))
for _ in $(seq 1 120); do
  total=$(curl -fs -u "$DG" "$BASE/api/reports/development-group?academicYear=2024" | sed -E 's/.*"enquiries":\{"total":([0-9]+).*/\1/')
  [ "$total" = "$ENQUIRIES" ] && break; sleep 1
done
echo "enquiries recorded: $ENQUIRIES in ${loaded}s; report total: $total"
for accept in application/json text/csv text/html; do
  times=()
  for _ in $(seq 1 20); do
    times+=("$(curl -fs -o /dev/null -w '%{time_total}' -u "$DG" -H "Accept: $accept" \
      "$BASE/api/reports/development-group?academicYear=2024")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v a="$accept" '{t[NR]=$1} END {printf "%-18s n=%d min=%.3fs median=%.3fs max=%.3fs\n", a, NR, t[1], t[int((NR+1)/2)], t[NR]}'
done
