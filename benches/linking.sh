#!/usr/bin/env bash
# A solution's own CPU time with std linked statically (JUDGE_LINK=static, as
# LeetCode builds) against std as a shared library (the judge's default where
# the toolchain ships libstd-*.so): every reference, rounds alternating, the
# median of the summed per-case CPU of each. Prints one row per problem and
# the spread of the ratios; the goal is under 10 % either way.
#
# Usage: benches/linking.sh [--rounds N] [--only N]   (default 3 rounds, every problem)
set -euo pipefail
rounds=3 only=0
while [ $# -gt 0 ]; do
  case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: benches/linking.sh [--rounds N] [--only N]" >&2; exit 2 ;;
  esac
done
. "$(dirname "$0")/setup.sh"
if [ "$only" -gt 0 ]; then head -n "$only" "$work/all" > "$work/problems"; else cp "$work/all" "$work/problems"; fi
echo "$(wc -l < "$work/problems") problems, $rounds rounds, $(rustc --version)" >&2
cpu() { # slug mode -> appends "slug mode cpu_ms" to $work/rows
  local out
  out=$(JUDGE_LINK=$2 "$judge" run "$1" --file "$root/problems/$1/reference.rs" --json 2>/dev/null || true)
  python3 -c '
import json, sys
try:
    d = json.loads(sys.argv[3])
    if d.get("verdict") != "AC": raise ValueError(d.get("verdict"))
    print(sys.argv[1], sys.argv[2], sum(c.get("cpu_ms") or 0 for c in d["cases"]))
except Exception as e:
    print(sys.argv[1], sys.argv[2], "nan")
    print(f"{sys.argv[1]} ({sys.argv[2]}): not accepted ({e})", file=sys.stderr)
' "$1" "$2" "$out" >> "$work/rows"
}
for slug in $(cat "$work/problems"); do  # warm: builds both ways, reference profiles
  cpu "$slug" static > /dev/null; cpu "$slug" shared > /dev/null
done
: > "$work/rows"
for i in $(seq 1 "$rounds"); do
  echo "round $i..." >&2
  for slug in $(cat "$work/problems"); do
    if [ $((i % 2)) = 1 ]; then cpu "$slug" static; cpu "$slug" shared; else cpu "$slug" shared; cpu "$slug" static; fi
  done
done
python3 - "$work/rows" <<'PY'
import collections, math, statistics, sys
runs = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    slug, mode, ms = line.split()
    runs[slug][mode].append(float(ms))
print(f"{'problem':45} {'static ms':>10} {'shared ms':>10} {'shared/static':>14}")
ratios, small = [], []
for slug, m in runs.items():
    s, d = statistics.median(m["static"]), statistics.median(m["shared"])
    if math.isnan(s) or math.isnan(d):
        print(f"{slug:45} {'-':>10} {'-':>10} {'not AC':>14}")
        continue
    r = d / s if s > 0 else float("nan")
    # Sub-millisecond totals are timer noise, not a property of the linking.
    (ratios if s >= 1.0 else small).append(r)
    print(f"{slug:45} {s:10.2f} {d:10.2f} {r:14.3f}")
ratios.sort()
if ratios:
    q = lambda p: ratios[min(len(ratios) - 1, int(p * len(ratios)))]
    within = sum(1 for r in ratios if 0.9 <= r <= 1.1)
    print(f"\n{len(ratios)} problems with >= 1 ms of CPU: median ratio {statistics.median(ratios):.3f}, "
          f"10th-90th percentile {q(0.1):.3f}-{q(0.9):.3f}, {within}/{len(ratios)} within 10 %")
    print(f"total CPU: static {sum(statistics.median(m['static']) for m in runs.values()):.1f} ms, "
          f"shared {sum(statistics.median(m['shared']) for m in runs.values()):.1f} ms")
print(f"{len(small)} problems under 1 ms of CPU in total (not in the ratio statistics)")
PY
