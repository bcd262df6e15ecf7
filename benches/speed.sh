#!/usr/bin/env bash
# Every speed goal of issue 18, measured in one run, printed as one table
# (goal, measured value, threshold, PASS/FAIL):
#   1. edit -> verdict: (judge wall - solution CPU) / bare rustc wall, after a
#      real code change, for two-sum, binary-tree-level-order-traversal and
#      implement-trie-prefix-tree (rounds alternate judge / rustc)      <= 0.70
#   2. unchanged re-run of every reference: wall <= 1.5 x CPU + 25 ms per problem
#   3. `judge grade --all` warm: <= 1.5 x (total CPU / cores) + 0.5 s (cold shown too)
#   4. per-case overhead of the run protocol (criterion run_batch)       <= 6 us
#   5. (--validate) `judge validate --all -j cores`: core-seconds per problem
#      no more than the 4.69 s of the sequential baseline (10m42s for 137)
# All timings are medians over rounds; private cache, solutions and history.
#
# Usage: benches/speed.sh [--rounds N] [--quick] [--validate]
#   --rounds N   rounds of every goal (default: 7 for goal 1, 3 for goals 2 and 3)
#   --quick      3 rounds for goal 1, 1 for goals 2 and 3, only the first 20
#                problems for goals 2 and 3, a shorter criterion run (a try-out)
#   --validate   add goal 5 (slow: validates every problem)
set -euo pipefail

rounds1=7 roundsR=3 quick=0 validate=0 limit=0 explicit=0
while [ $# -gt 0 ]; do
  case $1 in
    --rounds) rounds1=$2 roundsR=$2 explicit=1; shift 2 ;;
    --quick) quick=1; shift ;;
    --validate) validate=1; shift ;;
    *) echo "usage: benches/speed.sh [--rounds N] [--quick] [--validate]" >&2; exit 2 ;;
  esac
done
# --quick lowers the default rounds, never an explicit --rounds.
if [ "$quick" = 1 ]; then
  limit=20
  if [ "$explicit" = 0 ]; then rounds1=3 roundsR=1; fi
fi

started=$(date +%s)
. "$(dirname "$0")/setup.sh"
mkdir -p "$work/res"
cores=$(nproc)
now() { date +%s%N; }
warn() { echo "WARNING: $*" | tee -a "$work/res/warnings" >&2; }

# --- python helpers -------------------------------------------------------
cat > "$work/edit.py" <<'PY'
# edit.py SRC ROUND: SRC with `let _ = std::hint::black_box(ROUND);` as the
# first statement of the first `pub fn` body (the first `fn` when none is pub).
import re, sys
src, rnd = open(sys.argv[1]).read(), sys.argv[2]
code = re.sub(r"//[^\n]*", lambda m: " " * len(m.group()), src)  # same offsets, no comments
m = re.search(r"\bpub\s+fn\b", code) or re.search(r"\bfn\b", code)
brace = code.index("{", m.end())
sys.stdout.write(src[:brace + 1] + f" let _ = std::hint::black_box({rnd});" + src[brace + 1:])
PY
cat > "$work/bare.py" <<'PY'
# bare.py SRC: the file bare rustc compiles: `pub struct Solution;` where the
# file uses but does not define it, LeetCode's ListNode / TreeNode where used
# and not defined (as the judge's prelude has them), the file, and a main
# that uses every method.
import re, sys
src = open(sys.argv[1]).read()
code = re.sub(r"//[^\n]*", "", src)
def defines(name): return re.search(r"\bstruct\s+" + name + r"\b", code)
def uses(name): return re.search(r"\b" + name + r"\b", code)
out = []
if uses("Solution") and not defines("Solution"):
    out.append("pub struct Solution;")
if uses("ListNode") and not defines("ListNode"):
    out.append("""#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}
impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}""")
if uses("TreeNode") and not defines("TreeNode"):
    out.append("""#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
    pub right: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
}
impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode { val, left: None, right: None }
    }
}""")
# main takes the address of every method of the file's impl blocks (design
# classes' methods are not pub on LeetCode), so rustc generates and links the
# solution's code as the judge's build must (with an empty main it would drop
# it all as dead code). Methods are the `fn`s directly inside an impl block.
fns, depth, impls = [], 0, []  # impls: (type, depth inside its braces)
for m in re.finditer(r"\bimpl\s+(\w+)\s*\{|\bfn\s+(\w+)|[{}]", code):
    if m.group(1):
        depth += 1
        impls.append((m.group(1), depth))
    elif m.group(2):
        if impls and impls[-1][1] == depth:
            fns.append(f"{impls[-1][0]}::{m.group(2)}")
    elif m.group() == "{":
        depth += 1
    else:
        if impls and impls[-1][1] == depth:
            impls.pop()
        depth -= 1
body = "".join(f" std::hint::black_box({f} as *const ());" for f in fns)
out += [src, "fn main() {" + body + " }", ""]
sys.stdout.write("\n".join(out))
PY
cat > "$work/cpu.py" <<'PY'
# cpu.py JSON: "<verdict> <sum of cases[].cpu_ms>" of a `judge run --json` output.
import json, sys
try:
    d = json.load(open(sys.argv[1]))
    print(d.get("verdict"), sum(c.get("cpu_ms") or 0 for c in d.get("cases") or []))
except Exception as e:
    print("unreadable", 0)
PY
# judge_run SLUG FILE OUT: appends "<wall ns> <cpu ms>" to OUT; warns unless AC.
judge_run() {
  local t0 t1 rc=0 verdict cpu
  t0=$(now)
  "$judge" run "$1" --file "$2" --json > "$work/run.json" 2> "$work/run.err" || rc=$?
  t1=$(now)
  read -r verdict cpu < <(python3 "$work/cpu.py" "$work/run.json")
  if [ "$verdict" != AC ]; then warn "judge run $1 --file $2: verdict $verdict (exit $rc) $(head -c 300 "$work/run.err")"; fi
  echo "$((t1 - t0)) $cpu" >> "$3"
}

# The problems, in catalog order ($work/all, from setup.sh).
for slug in $(cat "$work/all"); do
  [ -f "$root/problems/$slug/reference.rs" ] || { echo "no problems/$slug/reference.rs" >&2; exit 1; }
done
if [ "$limit" -gt 0 ]; then head -n "$limit" "$work/all" > "$work/problems"; else cp "$work/all" "$work/problems"; fi
nproblems=$(wc -l < "$work/problems")

echo "machine: $cores cores ($(uname -m)), $(rustc --version)"
echo "date:    $(date '+%Y-%m-%d %H:%M:%S %z')"
echo "rounds:  goal 1 $rounds1, goals 2-3 $roundsR; goals 2-3 over $nproblems problems"
echo

# --- goal 1: edit -> verdict -----------------------------------------------
g1="two-sum binary-tree-level-order-traversal implement-trie-prefix-tree"
echo "goal 1: edit -> verdict ($rounds1 rounds)..." >&2
mkdir -p "$work/g1"
for slug in $g1; do  # warm-up: support crate, reference profile, rustc's std
  python3 "$work/edit.py" "$root/problems/$slug/reference.rs" 0 > "$work/g1/$slug.rs"
  judge_run "$slug" "$work/g1/$slug.rs" "$work/g1/warm"
  python3 "$work/bare.py" "$work/g1/$slug.rs" > "$work/g1/bare.rs"
  rustc --edition 2024 -C opt-level=2 -o "$work/g1/bare" "$work/g1/bare.rs" 2> "$work/g1/rustc.err" \
    || { cat "$work/g1/rustc.err" >&2; echo "bare rustc failed for $slug" >&2; exit 1; }
done
for i in $(seq 1 "$rounds1"); do
  for slug in $g1; do
    python3 "$work/edit.py" "$root/problems/$slug/reference.rs" "$i" > "$work/g1/$slug.rs"
    judge_run "$slug" "$work/g1/$slug.rs" "$work/g1/$slug.judge"
    python3 "$work/bare.py" "$work/g1/$slug.rs" > "$work/g1/bare.rs"
    t0=$(now)
    rustc --edition 2024 -C opt-level=2 -o "$work/g1/bare" "$work/g1/bare.rs" 2> "$work/g1/rustc.err"
    t1=$(now)
    echo "$((t1 - t0))" >> "$work/g1/$slug.rustc"
  done
done

# --- goal 2: unchanged re-run of every reference ---------------------------
echo "goal 2: unchanged re-runs of $nproblems references ($roundsR rounds)..." >&2
mkdir -p "$work/g2"
for slug in $(cat "$work/problems"); do
  judge_run "$slug" "$root/problems/$slug/reference.rs" "$work/g2/warm"
done
for i in $(seq 1 "$roundsR"); do
  for slug in $(cat "$work/problems"); do
    judge_run "$slug" "$root/problems/$slug/reference.rs" "$work/g2/$slug"
  done
done

# --- goal 3: judge grade --all, cold then warm -----------------------------
echo "goal 3: judge grade --all (cold, then $roundsR warm)..." >&2
mkdir -p "$work/g3/dir" "$work/g3/cache"
for slug in $(cat "$work/problems"); do cp "$root/problems/$slug/reference.rs" "$work/g3/dir/$slug.rs"; done
grade() { # $1: output file; appends the wall ns to $work/g3/$2
  local t0 t1 rc=0
  t0=$(now)
  JUDGE_CACHE_DIR="$work/g3/cache" "$judge" grade --all --dir "$work/g3/dir" --json > "$1" 2> "$work/g3/err" || rc=$?
  t1=$(now)
  [ "$rc" = 0 ] || warn "judge grade --all exited $rc: $(head -c 300 "$work/g3/err")"
  echo "$((t1 - t0))" >> "$work/g3/$2"
}
grade "$work/g3/cold.json" cold
for i in $(seq 1 "$roundsR"); do grade "$work/g3/warm$i.json" warm; done
for f in "$work"/g3/cold.json "$work"/g3/warm*.json; do
  python3 - "$f" "$nproblems" <<'PY' || warn "grade $(basename "$f" .json): not every problem accepted (see above)"
import json, sys
d, n = json.load(open(sys.argv[1])), int(sys.argv[2])
acc, tot, att = d.get("accepted"), d.get("total"), d.get("attempted")
# --quick grades only the first problems: the others are not attempted.
if acc != n or att != n:
    bad = [p["slug"] + ":" + str(p.get("verdict")) for p in d["problems"] if p.get("attempted") and p.get("verdict") != "AC"]
    print(f"grade: accepted {acc} of {att} attempted (total {tot}, expected {n}); not accepted: {' '.join(bad)}", file=sys.stderr)
    sys.exit(1)
PY
done

# --- goal 4: per-case overhead (criterion) ---------------------------------
echo "goal 4: cargo bench --bench harness -- run_batch..." >&2
touch "$work/g4.start"
crit=()
if [ "$quick" = 1 ]; then crit=(--warm-up-time 1 --measurement-time 2); fi
cargo bench -q --manifest-path "$root/Cargo.toml" --bench harness -- run_batch "${crit[@]}" > "$work/g4.out" 2>&1 \
  || { cat "$work/g4.out" >&2; warn "cargo bench failed"; }
critdir=${CARGO_TARGET_DIR:-$root/target}/criterion/run_batch
one="$critdir/1 case/new/estimates.json" many="$critdir/1001 cases/new/estimates.json"
if [ -f "$one" ] && [ -f "$many" ] && [ "$one" -nt "$work/g4.start" ] && [ "$many" -nt "$work/g4.start" ]; then
  cp "$one" "$work/g4.one.json"; cp "$many" "$work/g4.many.json"
else
  warn "no fresh criterion estimates under $critdir"
fi

# --- goal 5: judge validate --all (--validate) -----------------------------
if [ "$validate" = 1 ]; then
  echo "goal 5: judge validate --all -j $cores..." >&2
  rc=0
  t0=$(now)
  "$judge" validate --all -j "$cores" > "$work/g5.out" 2>&1 || rc=$?
  t1=$(now)
  [ "$rc" = 0 ] || warn "judge validate --all exited $rc: $(tail -n 5 "$work/g5.out")"
  echo "$((t1 - t0)) $cores $(wc -l < "$work/all")" > "$work/g5"
fi

# --- the table -------------------------------------------------------------
python3 - "$work" "$g1" "$cores" "$validate" <<'PY'
import json, os, statistics, sys
work, g1, cores, validate = sys.argv[1], sys.argv[2].split(), int(sys.argv[3]), sys.argv[4] == "1"
med = statistics.median
def rows(path):
    return [list(map(float, l.split())) for l in open(path) if l.strip()]
table = []  # (goal, measured, threshold, ok)
def add(goal, measured, threshold, ok):
    table.append((goal, measured, threshold, "PASS" if ok else "FAIL"))

print("goal 1: edit -> verdict (medians)")
print(f"  {'problem':40} {'judge':>9} {'sol CPU':>9} {'rustc':>9} {'(judge-cpu)/rustc':>18}")
for slug in g1:
    j = rows(f"{work}/g1/{slug}.judge")
    jw, cpu = med(r[0] / 1e6 for r in j), med(r[1] for r in j)
    rw = med(r[0] / 1e6 for r in rows(f"{work}/g1/{slug}.rustc"))
    ratio = (jw - cpu) / rw
    print(f"  {slug:40} {jw:7.1f}ms {cpu:7.2f}ms {rw:7.1f}ms {ratio:18.2f}")
    add(f"1 edit->verdict {slug}", f"{ratio:.2f} ({jw:.0f}-{cpu:.1f} / {rw:.0f} ms)", "<= 0.70", ratio <= 0.70)

slugs = [l.strip() for l in open(f"{work}/problems") if l.strip()]
g2 = []
for slug in slugs:
    r = rows(f"{work}/g2/{slug}")
    wall, cpu = med(x[0] / 1e6 for x in r), med(x[1] for x in r)
    g2.append((wall - (1.5 * cpu + 25), slug, wall, cpu))
meets = sum(1 for e in g2 if e[0] <= 0)
twall, tcpu = sum(e[2] for e in g2), sum(e[3] for e in g2)
print(f"\ngoal 2: unchanged re-run, {meets}/{len(g2)} within 1.5 x cpu + 25 ms; total wall {twall / 1000:.2f} s, total cpu {tcpu / 1000:.2f} s")
print(f"  10 worst: {'problem':40} {'wall':>9} {'cpu':>9} {'limit':>9} {'over':>9}")
for over, slug, wall, cpu in sorted(g2, reverse=True)[:10]:
    print(f"            {slug:40} {wall:7.1f}ms {cpu:7.1f}ms {1.5 * cpu + 25:7.1f}ms {over:+7.1f}ms")
add("2 unchanged re-run (every reference)", f"{meets}/{len(g2)} meet", "all: wall <= 1.5cpu+25ms", meets == len(g2))

cold = rows(f"{work}/g3/cold")[0][0] / 1e9
warm = med(r[0] / 1e9 for r in rows(f"{work}/g3/warm"))
limit3 = 1.5 * (tcpu / 1000 / cores) + 0.5
print(f"\ngoal 3: grade --all over {len(slugs)} problems: cold {cold:.2f} s, warm median {warm:.2f} s "
      f"(total solution cpu {tcpu / 1000:.2f} s, {cores} cores)")
add(f"3 grade --all warm ({len(slugs)} problems)", f"{warm:.2f} s (cold {cold:.1f} s)", f"<= {limit3:.2f} s", warm <= limit3)

try:
    one = json.load(open(f"{work}/g4.one.json"))["median"]["point_estimate"]
    many = json.load(open(f"{work}/g4.many.json"))["median"]["point_estimate"]
    per = (many - one) / 1000 / 1000
    print(f"\ngoal 4: run_batch median 1 case {one / 1000:.1f} us, 1001 cases {many / 1000:.1f} us")
    add("4 per-case overhead", f"{per:.2f} us", "<= 6 us", per <= 6)
except (OSError, KeyError, ValueError):
    add("4 per-case overhead", "no estimates", "<= 6 us", False)

if validate:
    wall, jobs, count = map(float, open(f"{work}/g5").read().split())
    per = wall / 1e9 * jobs / count
    print(f"\ngoal 5: validate --all -j {jobs:.0f}: {wall / 1e9:.0f} s for {count:.0f} problems, {wall / 1e9 / count:.2f} s per problem")
    add("5 validate core-s per problem", f"{per:.2f} s ({wall / 1e9:.0f} s x {jobs:.0f} / {count:.0f})", "<= 4.69 s", per <= 4.69)

if os.path.exists(f"{work}/res/warnings"):
    print(f"\n{sum(1 for _ in open(f'{work}/res/warnings'))} warning(s), first ones:")
    for l in list(open(f"{work}/res/warnings"))[:5]:
        print("  " + l.rstrip()[:200])
w = [max(len(str(r[i])) for r in table + [("goal", "measured", "threshold", "")]) for i in range(4)]
print()
for r in [("goal", "measured", "threshold", "result")] + table:
    print(f"{r[0]:{w[0]}}  {r[1]:{w[1]}}  {r[2]:{w[2]}}  {r[3]}")
PY
echo
echo "total time: $(( $(date +%s) - started )) s"
