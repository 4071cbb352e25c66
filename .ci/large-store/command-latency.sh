#!/usr/bin/env bash
# usage: command-latency.sh <base> <db> ; records a contact on 200 existing level-2 cases, one at a time, and prints latency stats
B=$1; DB=$2
ids=$(psql -h 127.0.0.1 -U postgres -d $DB -tAc "select case_id from caseload_case where level=2 and status='OPEN' and not erased order by md5(case_id) limit 200")
d=$(date -d "-2 days" +%F)
for id in $ids; do
  curl -s -o /dev/null -w "%{time_total} %{http_code}\n" -u caseworker1:caseworker1-pass -H "Content-Type: application/json" -X POST "$B/api/cases/$id/contacts" -d "{\"contactOn\":\"$d\",\"channel\":\"PHONE\"}"
done | sort -n | awk '{t[NR]=$1; c[$2]++} END {printf "n=%d p50 %.1f ms p95 %.1f ms p99 %.1f ms max %.1f ms statuses:", NR, t[int(NR*0.5)]*1000, t[int(NR*0.95)]*1000, t[int(NR*0.99)]*1000, t[NR]*1000; for (k in c) printf " %s=%d", k, c[k]; print ""}'
