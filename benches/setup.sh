# Sourced by the measurement scripts: builds the judge and gives it a private
# cache, workspace and history, so a measurement never touches the user's.
# Sets: root, judge, work (removed on exit); writes $work/all (every problem's
# slug, in catalog order).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cargo build --release -q --manifest-path "$root/Cargo.toml"
judge="$root/target/release/judge"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export JUDGE_ROOT="$root" JUDGE_CACHE_DIR="$work/cache" JUDGE_SOLUTIONS="$work/solutions" JUDGE_DATA_DIR="$work/data"
mkdir -p "$work/solutions"
"$judge" list --json | python3 -c 'import json,sys; [print(p["slug"]) for p in json.load(sys.stdin)["problems"]]' > "$work/all"
