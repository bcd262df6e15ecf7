//! In-process benches of the judge's own hot paths.
//!
//! - `run_batch/1 case` vs `run_batch/1001 cases`: the same trivial two-sum
//!   case through the real protocol; (t(1001) - t(1)) / 1000 is the per-case
//!   overhead of the harness (decode, measure, encode, channel, check-free).
//! - `checker/unordered-nested`: sorting and comparing a 3sum-sized answer.
//! - `checker/exact 10^5`: the common case, a large array answer compared as is.
//! - `cases/load two-sum` and `cases/load number-of-islands`: reading tests.json
//!   and generating its max-size inputs (what every run and grade does first).
//! - `cases/encode 10^5 ints`: JSON input to the harness's binary stream.
//! - `diff/10^4 ints, last differs`: the failing-case diff of a large answer.
//! - `bench/classify` and `bench/ratio_estimate`: `judge bench`'s statistics.

use criterion::{Criterion, criterion_group, criterion_main};
use judge::checker::Checker;
use judge::harness::wire;
use judge::judging::{self, Context};
use judge::problem::CheckerSpec;
use serde_json::{Value, json};
use std::time::Duration;

fn run_batch(c: &mut Criterion) {
    let ctx = Context::open().expect("judge context");
    let problem = ctx.problems.load("two-sum").expect("two-sum");
    let exe = judging::reference::reference_exe(&ctx, &problem).expect("the reference must compile");
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

fn checker_exact(c: &mut Criterion) {
    let expected = Value::Array((0..100_000).map(|i| json!(i * 7 - 3)).collect());
    let actual = expected.clone();
    let check = Checker::from_spec(&CheckerSpec::Named("exact".into())).unwrap();
    c.bench_function("checker/exact 10^5 ints", |b| b.iter(|| check.check(&[], &expected, &actual).is_ok()));
}

fn cases(c: &mut Criterion) {
    let ctx = Context::open().expect("judge context");
    let mut group = c.benchmark_group("cases");
    group.sample_size(20);
    for slug in ["two-sum", "number-of-islands"] {
        let problem = ctx.problems.load(slug).unwrap();
        group.bench_function(format!("load {slug}"), |b| {
            b.iter(|| judge::problem::tests::load_cases(&problem).unwrap().len())
        });
    }
    let problem = ctx.problems.load("two-sum").unwrap();
    let input = [Value::Array((0..100_000).map(|i| json!(i * 3 - 150_000)).collect()), json!(7)];
    group.bench_function("encode 10^5 ints", |b| b.iter(|| wire::encode_input(&problem, &input).unwrap().len()));
    group.finish();
}

fn diff(c: &mut Criterion) {
    let expected = Value::Array((0..10_000).map(|i| json!(i)).collect());
    let mut changed: Vec<Value> = (0..10_000).map(|i| json!(i)).collect();
    changed[9_999] = json!(-1);
    let actual = Value::Array(changed);
    c.bench_function("diff/10^4 ints, last differs", |b| {
        b.iter(|| judge::report::diff::json_diff(&expected, &actual, 40).len())
    });
}

fn bench_stats(c: &mut Criterion) {
    let points: Vec<(f64, f64)> =
        (0..7).map(|k| 1000.0 * 2f64.powi(k)).map(|n| (n, 60.0 * n + 4.0 * n * n.log2())).collect();
    c.bench_function("bench/classify 7 points", |b| b.iter(|| judge::bench::stats::classify(&points)));
    let groups: Vec<Vec<f64>> =
        (0..12).map(|p| (0..10).map(|r| 1.0 + ((p * 10 + r) % 7) as f64 * 0.01).collect()).collect();
    c.bench_function("bench/ratio_estimate 120 rounds", |b| b.iter(|| judge::bench::stats::ratio_estimate(&groups)));
}

criterion_group!(benches, run_batch, checker, checker_exact, cases, diff, bench_stats);
criterion_main!(benches);
