#!/usr/bin/env bash
# A solution's own CPU time with rustc's default local ThinLTO across the
# crate's codegen units (the judge's default) against each unit optimized
# alone (JUDGE_THINLTO=0, -C lto=off: faster rebuilds). Usage: benches/thinlto.sh [--rounds N] [--only N]
exec "$(dirname "$0")/cpu_ab.sh" --a thinlto JUDGE_THINLTO=1 --b lto-off JUDGE_THINLTO=0 "$@"
