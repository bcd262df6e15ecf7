#!/usr/bin/env bash
# A solution's own CPU time built two ways (A and B, each an environment
# setting of the judge): every reference, rounds alternating, the median of
# the summed per-case CPU of each. Prints one row per problem and the spread
# of the ratios B/A; the goal for a build choice is under 10 % either way.
# benches/linking.sh and benches/thinlto.sh call it with their two settings.
#
# Usage: benches/cpu_ab.sh --a NAME VAR=VALUE --b NAME VAR=VALUE [--rounds N] [--only N]
#   (default 3 rounds, every problem)
set -euo pipefail
rounds=3 only=0 name_a="" env_a="" name_b="" env_b=""
while [ $# -gt 0 ]; do
  case $1 in
    --a) name_a=$2 env_a=$3; shift 3 ;;
    --b) name_b=$2 env_b=$3; shift 3 ;;
    --rounds) rounds=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: benches/cpu_ab.sh --a NAME VAR=VALUE --b NAME VAR=VALUE [--rounds N] [--only N]" >&2; exit 2 ;;
  esac
done
if [ -z "$name_a" ] || [ -z "$name_b" ]; then
  echo "usage: benches/cpu_ab.sh --a NAME VAR=VALUE --b NAME VAR=VALUE [--rounds N] [--only N]" >&2; exit 2
fi
. "$(dirname "$0")/setup.sh"
if [ "$only" -gt 0 ]; then head -n "$only" "$work/all" > "$work/problems"; else cp "$work/all" "$work/problems"; fi
echo "$(wc -l < "$work/problems") problems, $rounds rounds, A = $name_a ($env_a), B = $name_b ($env_b), $(rustc --version)" >&2
cpu() { # slug mode -> appends "slug mode cpu_ms" to $work/rows
  local out setting
  if [ "$2" = "$name_a" ]; then setting=$env_a; else setting=$env_b; fi
  out=$(env "$setting" "$judge" run "$1" --file "$root/problems/$1/reference.rs" --json 2>/dev/null || true)
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
  cpu "$slug" "$name_a" > /dev/null; cpu "$slug" "$name_b" > /dev/null
done
: > "$work/rows"
for i in $(seq 1 "$rounds"); do
  echo "round $i..." >&2
  for slug in $(cat "$work/problems"); do
    if [ $((i % 2)) = 1 ]; then cpu "$slug" "$name_a"; cpu "$slug" "$name_b"; else cpu "$slug" "$name_b"; cpu "$slug" "$name_a"; fi
  done
done
python3 - "$work/rows" "$name_a" "$name_b" <<'PY'
import collections, math, statistics, sys
A, B = sys.argv[2], sys.argv[3]
runs = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    slug, mode, ms = line.split()
    runs[slug][mode].append(float(ms))
print(f"{'problem':45} {A + ' ms':>10} {B + ' ms':>10} {B + '/' + A:>14}")
ratios, small = [], []
for slug, m in runs.items():
    s, d = statistics.median(m[A]), statistics.median(m[B])
    if math.isnan(s) or math.isnan(d):
        print(f"{slug:45} {'-':>10} {'-':>10} {'not AC':>14}")
        continue
    r = d / s if s > 0 else float("nan")
    # Sub-millisecond totals are timer noise, not a property of the build.
    (ratios if s >= 1.0 else small).append(r)
    print(f"{slug:45} {s:10.2f} {d:10.2f} {r:14.3f}")
ratios.sort()
if ratios:
    q = lambda p: ratios[min(len(ratios) - 1, int(p * len(ratios)))]
    within = sum(1 for r in ratios if 0.9 <= r <= 1.1)
    print(f"\n{len(ratios)} problems with >= 1 ms of CPU: median ratio {statistics.median(ratios):.3f}, "
          f"10th-90th percentile {q(0.1):.3f}-{q(0.9):.3f}, {within}/{len(ratios)} within 10 %")
    print(f"total CPU: {A} {sum(statistics.median(m[A]) for m in runs.values()):.1f} ms, "
          f"{B} {sum(statistics.median(m[B]) for m in runs.values()):.1f} ms")
print(f"{len(small)} problems under 1 ms of CPU in total (not in the ratio statistics)")
PY
