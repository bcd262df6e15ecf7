#!/usr/bin/env bash
# Edit-to-verdict for two-sum, measured alternately in one run:
#   judge   - `judge run two-sum --file F` after F changed (compile + every case + verdict)
#   rustc   - bare `rustc --edition 2024 -C opt-level=2` of the same solution + a trivial main
#   cargo   - a cargo-based harness (solution + serde_json glue): `cargo build --release`
#             after the edit, then running the binary on the hand-written cases
# plus the unchanged re-run of `judge run` (nothing to compile).
# Prints medians and ratios. Usage: benches/edit_to_verdict.sh [rounds]
set -euo pipefail
rounds=${1:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
cargo build --release -q --manifest-path "$root/Cargo.toml"
judge="$root/target/release/judge"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export JUDGE_CACHE_DIR="$work/cache" JUDGE_SOLUTIONS="$work/solutions"
solution="$root/problems/two-sum/reference.rs"

# --- the cargo-based harness: what a typical local LeetCode runner generates.
mkdir -p "$work/cargo/src"
cat > "$work/cargo/Cargo.toml" <<'TOML'
[package]
name = "harness"
version = "0.1.0"
edition = "2024"
[dependencies]
serde_json = "1"
[profile.release]
opt-level = 2
overflow-checks = false
TOML
cat > "$work/cargo/src/main.rs" <<'RS'
pub struct Solution;
include!("solution.rs");
fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let tests: serde_json::Value = serde_json::from_str(&text).unwrap();
    let (mut passed, mut total) = (0, 0);
    for case in tests["cases"].as_array().unwrap() {
        let Some(input) = case.get("input") else { continue };
        let nums: Vec<i32> = serde_json::from_value(input[0].clone()).unwrap();
        let target: i32 = serde_json::from_value(input[1].clone()).unwrap();
        let mut got = Solution::two_sum(nums, target);
        let mut want: Vec<i32> = serde_json::from_value(case["expected"].clone()).unwrap();
        got.sort();
        want.sort();
        total += 1;
        passed += (got == want) as i32;
    }
    println!("{passed}/{total}");
}
RS

edited() { # $1: round -> the solution with a changed comment, on stdout
  cat "$solution"; echo "// edit $1 $RANDOM"
}
variant() { # $1: destination, $2: round
  edited "$2" > "$1"
}
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Warm up: the support crate, the reference profile, cargo's dependencies.
variant "$work/warm.rs" warm
"$judge" run two-sum --file "$work/warm.rs" > /dev/null
variant "$work/cargo/src/solution.rs" warm
cargo build --release -q --manifest-path "$work/cargo/Cargo.toml"
{ echo 'pub struct Solution;'; cat "$work/warm.rs"; echo 'fn main() { println!("{:?}", Solution::two_sum(vec![1, 2], 3)); }'; } > "$work/bare.rs"
rustc --edition 2024 -C opt-level=2 -o "$work/bare" "$work/bare.rs"

: > "$work/judge.t"; : > "$work/rustc.t"; : > "$work/cargo.t"
for i in $(seq 1 "$rounds"); do
  for tool in judge rustc cargo; do
    case $tool in
      judge)
        variant "$work/sol.rs" "$i"
        t0=$(now); "$judge" run two-sum --file "$work/sol.rs" > /dev/null; t1=$(now) ;;
      rustc)
        { echo 'pub struct Solution;'; edited "$i"; echo 'fn main() { println!("{:?}", Solution::two_sum(vec![1, 2], 3)); }'; } > "$work/bare.rs"
        t0=$(now); rustc --edition 2024 -C opt-level=2 -o "$work/bare" "$work/bare.rs"; "$work/bare" > /dev/null; t1=$(now) ;;
      cargo)
        variant "$work/cargo/src/solution.rs" "$i"
        t0=$(now)
        cargo build --release -q --manifest-path "$work/cargo/Cargo.toml"
        "$work/cargo/target/release/harness" "$root/problems/two-sum/tests.json" > /dev/null
        t1=$(now) ;;
    esac
    echo $(( (t1 - t0) / 1000 )) >> "$work/$tool.t"
  done
done

: > "$work/rerun.t"
for i in $(seq 1 $((rounds * 2))); do
  t0=$(now); "$judge" run two-sum --file "$work/sol.rs" > /dev/null; t1=$(now)
  echo $(( (t1 - t0) / 1000 )) >> "$work/rerun.t"
done

j=$(median < "$work/judge.t"); r=$(median < "$work/rustc.t"); c=$(median < "$work/cargo.t"); u=$(median < "$work/rerun.t")
echo "edit to verdict, two-sum, $rounds alternating rounds (median wall time):"
awk -v j="$j" -v r="$r" -v c="$c" -v u="$u" 'BEGIN {
  printf "  judge run (changed file)   %7.1f ms\n", j / 1000
  printf "  bare rustc -C opt-level=2  %7.1f ms   judge / rustc = %.2fx\n", r / 1000, j / r
  printf "  cargo harness              %7.1f ms   cargo / judge = %.2fx\n", c / 1000, c / j
  printf "  judge run (unchanged)      %7.1f ms\n", u / 1000
}'
