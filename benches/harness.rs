//! In-process benches of the judge's own hot paths.
//!
//! - `run_batch/1 case` vs `run_batch/1001 cases`: the same trivial two-sum
//!   case through the real protocol; (t(1001) - t(1)) / 1000 is the per-case
//!   overhead of the harness (decode, measure, encode, channel, check-free).
//! - `checker/unordered-nested`: sorting and comparing a 3sum-sized answer.

use criterion::{Criterion, criterion_group, criterion_main};
use judge::build::{BuildOutcome, OverflowChecks, SourceFile};
use judge::checker::Checker;
use judge::harness::wire;
use judge::judging::{self, Context};
use judge::problem::CheckerSpec;
use serde_json::{Value, json};
use std::time::Duration;

fn run_batch(c: &mut Criterion) {
    let ctx = Context::open().expect("judge context");
    let problem = ctx.problems.load("two-sum").expect("two-sum");
    let source = SourceFile::read(&problem.reference_path()).unwrap();
    let BuildOutcome::Built { exe, .. } =
        ctx.cache.solution(&ctx.toolchain, &problem, &source, OverflowChecks::Off, false).unwrap()
    else {
        panic!("the reference must compile")
    };
    let payload = wire::encode_input(&problem, &[json!([1, 2]), json!(3)]).unwrap();
    let limits = judging::user_limits(&problem, Duration::from_secs(1));
    let batch = |n: usize| (1..=n).map(|i| (i, payload.clone())).collect::<Vec<_>>();
    let (one, many) = (batch(1), batch(1001));
    let mut group = c.benchmark_group("run_batch");
    group.sample_size(30);
    group.bench_function("1 case", |b| b.iter(|| judge::runner::run_batch(&exe, &one, &limits).unwrap()));
    group.bench_function("1001 cases", |b| b.iter(|| judge::runner::run_batch(&exe, &many, &limits).unwrap()));
    group.finish();
}

fn checker(c: &mut Criterion) {
    let triplets: Vec<Value> = (0..20_000).map(|i| json!([-(i % 97), i % 89, (i % 97) - (i % 89)])).collect();
    let expected = Value::Array(triplets.clone());
    let mut reversed = triplets;
    reversed.reverse();
    let actual = Value::Array(reversed);
    let check = Checker::from_spec(&CheckerSpec::Named("unordered-nested".into())).unwrap();
    c.bench_function("checker/unordered-nested 20k triplets", |b| {
        b.iter(|| check.check(&[], &expected, &actual).is_ok())
    });
}

criterion_group!(benches, run_batch, checker);
criterion_main!(benches);
