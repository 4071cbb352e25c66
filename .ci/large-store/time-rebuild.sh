#!/usr/bin/env bash
# Rebuilds both projections on the running service and times until both are caught up and not replaying (a bulk
# rebuild shows replaying until its tables are swapped in and the processors have caught up from its position).
# usage: time-rebuild.sh [base-url] [java-pid] ; with the pid it also samples the heap in use (after the last GC and
# now, jcmd GC.heap_info) and counts the CPU seconds the service used, so that figures taken on a shared, loaded machine
# can be compared (wall time depends on the load; CPU time much less).
B=${1:-http://localhost:18100}
PID=${2:-}
clk=$(getconf CLK_TCK)
cpu() { [ -n "$PID" ] && awk -v c=$clk '{printf "%.1f", ($14+$15)/c}' /proc/$PID/stat || echo 0; }
heap() { [ -n "$PID" ] && jcmd $PID GC.heap_info 2>/dev/null | awk '/garbage-first heap|total/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); printf "%d", v/1024; exit}}' || echo 0; }
cpu0=$(cpu)
start=$(date +%s.%N)
for p in caseload reports; do curl -s -o /dev/null -w "rebuild $p: %{http_code}\n" -X POST -u manager1:manager1-pass $B/api/admin/projections/$p/rebuild; done
maxheap=0
sleep 1
while true; do
  s=$(curl -s -u manager1:manager1-pass $B/api/admin/projections)
  done=$(echo "$s" | python3 -c "import json,sys; d=json.load(sys.stdin); print(all(p['lag']==0 and not p['replaying'] and p['running'] for p in d))")
  h=$(heap); [ "${h:-0}" -gt "$maxheap" ] && maxheap=$h
  [ "$done" = "True" ] && break
  sleep 0.5
done
end=$(date +%s.%N)
cpu1=$(cpu)
echo "$s" | python3 -c "import json,sys; [print(p['name'], p['position'], p['head'], p['lag'], p['replaying']) for p in json.load(sys.stdin)]"
echo "rebuild of both read models: $(echo "$end - $start" | bc) s, service CPU $(echo "$cpu1 - $cpu0" | bc) s, max heap in use sampled ${maxheap} MB, load $(cut -d' ' -f1-3 /proc/loadavg)"
