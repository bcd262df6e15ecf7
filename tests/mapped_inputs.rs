//! Large cached inputs reach the solution as files it maps itself (not
//! through the pipe): every case gets its own input, whether it came as a
//! file, as bytes, or as a file beyond the per-run cap on passed descriptors
//! (then read by the judge), and the counted heap does not depend on the way.

mod common;

use judge::harness::wire::{self, Encoded};
use judge::judging::{self, Context};
use judge::runner::Outcome;
use serde_json::json;
use std::time::Duration;

/// A two-sum input whose only answer is `[a, b]`: multiples of 4, with 1 at
/// `a` and 2 at `b`, target 3.
fn input(n: usize, a: usize, b: usize) -> Vec<serde_json::Value> {
    let mut nums: Vec<i64> = (0..n as i64).map(|i| 4 * i).collect();
    nums[a] = 1;
    nums[b] = 2;
    vec![json!(nums), json!(3)]
}

#[test]
fn mapped_inline_and_read_inputs_all_reach_their_cases() {
    // SAFETY: the only test in this binary; no other thread reads the environment.
    unsafe { std::env::set_var("JUDGE_CACHE_DIR", common::cache_dir()) };
    let ctx = Context::open().expect("judge context");
    let problem = ctx.problems.load("two-sum").expect("two-sum");
    let exe = judging::reference::reference_exe(&ctx, &problem).expect("the reference must compile");
    let dir = tempfile::tempdir().unwrap();
    let n = 20_000;
    let mut as_files = Vec::new();
    let mut as_bytes = Vec::new();
    let mut expected = Vec::new();
    // More files than one run passes as descriptors: the rest are read.
    for k in 0..80 {
        let (a, b) = ((k * 37) % n, (k * 911 + 5) % n);
        let (a, b) = if a == b { (a, (b + 1) % n) } else { (a, b) };
        let bytes = wire::encode_input(&problem, &input(n, a, b)).unwrap();
        let path = dir.path().join(format!("{k}.wire"));
        std::fs::write(&path, &bytes).unwrap();
        let encoded = Encoded::of_file(&path).expect("readable");
        assert!(matches!(encoded, Encoded::File { .. }), "{} bytes are handed over as a file", bytes.len());
        as_files.push((k + 1, encoded));
        // Every third case inline, among the files.
        if k % 3 == 0 {
            as_files.push((1000 + k, Encoded::Bytes(bytes.clone())));
            expected.push((1000 + k, (a.min(b), a.max(b))));
        }
        as_bytes.push((k + 1, bytes));
        expected.push((k + 1, (a.min(b), a.max(b))));
    }
    expected.sort_by_key(|&(index, _)| as_files.iter().position(|(i, _)| *i == index));
    let limits = judging::user_limits(&problem, Duration::from_secs(2));
    let mapped = judge::runner::run_batch(&exe, &as_files, &limits).unwrap();
    let inline = judge::runner::run_batch(&exe, &as_bytes, &limits).unwrap();
    assert_eq!(mapped.runs.len(), as_files.len());
    for (run, (index, (a, b))) in mapped.runs.iter().zip(&expected) {
        assert_eq!(run.index, *index);
        let Outcome::Answered { answer } = &run.outcome else { panic!("case {index}: {:?}", run.outcome) };
        let mut got: Vec<usize> = serde_json::from_str(answer).unwrap();
        got.sort();
        assert_eq!(got, vec![*a, *b], "case {index}");
    }
    // The same input counts the same heap, mapped or piped.
    for run in &inline.runs {
        let twin = mapped.runs.iter().find(|r| r.index == run.index).unwrap();
        assert_eq!(twin.outcome, run.outcome, "case {}", run.index);
        assert_eq!(twin.heap_peak, run.heap_peak, "case {}", run.index);
    }
}
