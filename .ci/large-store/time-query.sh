#!/usr/bin/env bash
# usage: time-query.sh <url> <user> [accept] ; prints median and max of 20 timed requests (after 3 warm-ups) and the size
url=$1; user=$2; accept=${3:-application/json}
for i in 1 2 3; do curl -s -o /dev/null -H "Accept: $accept" -u $user:$user-pass "$url"; done
for i in $(seq 1 20); do curl -s -o /dev/null -w "%{time_total} %{size_download} %{http_code}\n" -H "Accept: $accept" -u $user:$user-pass "$url"; done | sort -n | awk '{t[NR]=$1; s=$2; c=$3} END {printf "median %.0f ms, max %.0f ms, %d bytes, status %s\n", t[int((NR+1)/2)]*1000, t[NR]*1000, s, c}'
