#!/usr/bin/env bash
# App benchmark: starts the real app (tidewatch --demo) under Xvfb with software rendering and
# prints, per page, the CPU it costs (% of one core), the frames it draws per second and its
# RSS, measured by the app's own probe (src/app/perfprobe.*) over MEASURE seconds after WARM
# seconds. Also: a static page after every page was visited, the window hidden in the tray,
# and the GUI thread's event-loop lag (p50/p99) with each busy page open.
#   bench/bench_app.sh [BUILD_DIR]          WARM=15 MEASURE=20 (seconds)
#   LONG=1800 bench/bench_app.sh            also RSS over LONG seconds (the curve, per minute)
# Numbers, not a test: on a busy machine the app is starved and reads low.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${TIDEWATCH_BUILD_DIR:-$root/build}}
app="$build/bin/tidewatch"
warm=${WARM:-15}
measure=${MEASURE:-20}
[ -x "$app" ] || { echo "bench_app: $app not built" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "bench_app: xvfb-run missing (apt-get install xvfb)" >&2; exit 1; }

work=$(mktemp -d /tmp/tidewatch-bench-app.XXXXXX)
trap 'rm -rf "$work"' EXIT
pages=(dashboard streams api-console markets prices tweets alerts connections settings)

# Runs the app once: run NAME SECONDS [VAR=VALUE ...] -- [app arguments]; leaves $work/NAME.log.
run() {
  local name=$1 seconds=$2; shift 2
  local env=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do env+=("$1"); shift; done
  shift
  local home="$work/home-$name"
  mkdir -p "$home/config" "$home/run" && chmod 700 "$home/run"
  env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" \
      QT_QUICK_BACKEND=software QT_QPA_PLATFORM=xcb TIDEWATCH_PERF_LOG="$work/$name.log" "${env[@]}" \
      timeout $((seconds + 10)) xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo "$@" \
      >"$work/$name.out" 2>&1 || true
}

# Averages the probe's lines from second FROM on: cpu %, frames/s, RSS MiB (last), lag p50/p99 ms (max of the per-second figures for p99).
summary() {
  python3 - "$1" "$2" <<'PY'
import json, sys
path, start = sys.argv[1], float(sys.argv[2])
rows = [json.loads(l) for l in open(path) if l.strip()]
rows = [r for r in rows if r["uptimeS"] > start]
if not rows:
    print("no samples"); sys.exit()
cpu = sum(r["cpuPct"] for r in rows) / len(rows)
fps = sum(r["frames"] for r in rows) / len(rows)
rss = rows[-1]["rssKiB"] / 1024
out = f"cpu {cpu:5.1f} %  frames/s {fps:5.1f}  rss {rss:6.1f} MiB"
if "lagP50Us" in rows[0]:
    p50 = sorted(r["lagP50Us"] for r in rows)[len(rows)//2] / 1000
    p99 = max(r["lagP99Us"] for r in rows) / 1000
    out += f"  lag p50 {p50:.2f} ms  p99 {p99:.2f} ms"
print(out)
PY
}

echo "bench_app: $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), software rendering, warm ${warm}s, measure ${measure}s"
echo "## idle cost per page (demo rates)"
for p in "${pages[@]}"; do
  run "$p" $((warm + measure)) -- --page "$p"
  printf '%-12s %s\n' "$p" "$(summary "$work/$p.log" "$warm")"
done

echo "## static page after every page was visited"
tour=$(IFS=,; echo "${pages[*]}")
tourSeconds=$(( ${#pages[@]} * 2 ))
run tour $((tourSeconds + warm + measure)) TIDEWATCH_PERF_TOUR="$tour" TIDEWATCH_PERF_TOUR_STEP_MS=2000 -- --page dashboard
printf '%-12s %s\n' "settings*" "$(summary "$work/tour.log" $((tourSeconds + warm)))"

echo "## hidden in the tray (after visiting every page)"
run tray $((tourSeconds + warm + measure)) TIDEWATCH_PERF_TOUR="$tour" TIDEWATCH_PERF_TOUR_STEP_MS=2000 \
    TIDEWATCH_PERF_HIDE_AFTER=$((tourSeconds + 2)) -- --page dashboard
printf '%-12s %s\n' "tray" "$(summary "$work/tray.log" $((tourSeconds + warm)))"

echo "## event-loop lag on the busy pages (probe: a 0 ms timer every 5 ms)"
for p in dashboard markets streams tweets; do
  run "lag-$p" $((warm + measure)) TIDEWATCH_PERF_LAG=1 ${FLOOD:+TIDEWATCH_DEMO_FLOOD=$FLOOD} -- --page "$p"
  printf '%-12s %s\n' "$p" "$(summary "$work/lag-$p.log" "$warm")"
done

if [ -n "${LONG:-}" ]; then
  echo "## RSS over ${LONG}s on the dashboard (MiB per minute)"
  run long "$LONG" -- --page dashboard
  python3 - "$work/long.log" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
for r in rows[::60]:
    print(f'{r["uptimeS"]/60:5.1f} min  {r["rssKiB"]/1024:7.1f} MiB')
PY
fi
