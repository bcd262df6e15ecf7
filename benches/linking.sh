#!/usr/bin/env bash
# A solution's own CPU time with std linked statically (JUDGE_LINK=static, as
# LeetCode builds) against std as a shared library (the judge's default where
# the toolchain ships libstd-*.so). Usage: benches/linking.sh [--rounds N] [--only N]
exec "$(dirname "$0")/cpu_ab.sh" --a static JUDGE_LINK=static --b shared JUDGE_LINK=shared "$@"
