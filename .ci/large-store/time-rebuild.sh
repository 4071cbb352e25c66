#!/usr/bin/env bash
# Rebuilds both projections on the running service and times until both are caught up and not replaying.
B=${1:-http://localhost:18100}
start=$(date +%s.%N)
for p in caseload reports; do curl -s -o /dev/null -w "rebuild $p: %{http_code}\n" -X POST -u manager1:manager1-pass $B/api/admin/projections/$p/rebuild; done
maxheap=0
sleep 2
while true; do
  s=$(curl -s -u manager1:manager1-pass $B/api/admin/projections)
  done=$(echo "$s" | python3 -c "import json,sys; d=json.load(sys.stdin); print(all(p['lag']==0 and not p['replaying'] and p['running'] for p in d))")
  heap=$(curl -s -u manager1:manager1-pass $B/actuator/prometheus | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s+=$2} END {printf "%d", s/1048576}')
  [ "$heap" -gt "$maxheap" ] && maxheap=$heap
  [ "$done" = "True" ] && break
  sleep 1
done
end=$(date +%s.%N)
echo "$s" | python3 -c "import json,sys; [print(p['name'], p['position'], p['head'], p['lag'], p['replaying']) for p in json.load(sys.stdin)]"
echo "rebuild of both read models: $(echo "$end - $start" | bc) s, max heap sampled ${maxheap} MB"
