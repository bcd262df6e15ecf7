//! Stress testing: random small inputs from the problem's generator, the
//! user's solution and the reference each run on a whole batch in one process,
//! compared by the problem's checker; a mismatch is then shrunk to a minimal
//! input that still passes the validator and still fails.

use crate::checker::Checker;
use crate::harness::wire;
use crate::problem::{HarnessKind, Problem};
use crate::runner::{self, BatchLimits, Outcome};
use crate::tools::{Gen, ProblemTools};
use anyhow::Result;
use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

/// Inputs generated per batch.
const BATCH: usize = 100;

pub struct StressOptions {
    pub seed: u64,
    pub budget: Duration,
    pub max_n: usize,
}

/// A failing input, with what the reference and the solution made of it.
#[derive(Debug, Clone)]
pub struct Counterexample {
    pub input: Vec<Value>,
    pub expected: Value,
    /// The solution's answer, when it answered.
    pub actual: Option<Value>,
    /// Why it is wrong (checker message, panic, limit).
    pub reason: String,
}

#[derive(Debug, Clone)]
pub struct StressReport {
    pub found: Option<Counterexample>,
    /// The first failing input, before shrinking.
    pub original: Option<Vec<Value>>,
    /// Inputs run (generated and shrinking candidates).
    pub tried: usize,
    pub elapsed: Duration,
    /// Share of generated inputs that repeated an earlier one.
    pub duplicate_share: f64,
}

/// Runs user and reference side by side until a mismatch (then shrinks it) or the budget ends.
pub struct Stress<'a> {
    pub problem: &'a Problem,
    pub tools: ProblemTools,
    pub checker: Checker,
    pub user: &'a Path,
    pub reference: &'a Path,
    pub limits: BatchLimits,
    /// Called with (tried, current size bound) while searching.
    pub progress: &'a dyn Fn(usize, usize),
}

impl Stress<'_> {
    pub fn run(&self, opts: &StressOptions) -> Result<StressReport> {
        let started = Instant::now();
        let mut report =
            StressReport { found: None, original: None, tried: 0, elapsed: Duration::ZERO, duplicate_share: 0.0 };
        let mut seen: HashSet<String> = HashSet::new();
        let (mut generated, mut duplicates) = (0usize, 0usize);
        let mut round: u64 = 0;
        while started.elapsed() < opts.budget {
            // Sizes grow slowly: the first batches are tiny, later ones reach max_n.
            let bound = (1 + round as usize / 2).min(opts.max_n.max(1));
            let mut inputs = Vec::with_capacity(BATCH);
            for k in 0..BATCH {
                let mut g = Gen::new(opts.seed.wrapping_mul(1_000_003).wrapping_add(round * BATCH as u64 + k as u64));
                let n = g.usize(0, bound);
                // Half the inputs in the default mode, the rest through the generator's own
                // modes; each mode both with its own values and squashed (k % 4 below), and
                // the modes rotate with the round so every one is reached whatever their count.
                let modes = self.tools.modes;
                let mode = if k % 2 == 0 { "random" } else { modes[(k / 4 + round as usize) % modes.len()] };
                let Some(mut input) = self.tools.try_generate(n, mode, &mut g) else { continue };
                if k % 4 >= 2 {
                    // Bugs hide in repeats and ties, which full-range values rarely make.
                    let (values, letters) = (*g.pick(&[1, 2, 3, 5, 9]), *g.pick(&[2u8, 3]));
                    input = input.iter().map(|v| squash(v, values, letters)).collect();
                }
                generated += 1;
                if !seen.insert(Value::Array(input.clone()).to_string()) {
                    duplicates += 1;
                    continue;
                }
                if (self.tools.validate)(&input).is_ok() && wire::encode_input(self.problem, &input).is_ok() {
                    inputs.push(input);
                }
            }
            round += 1;
            report.tried += inputs.len();
            (self.progress)(report.tried, bound);
            if let Some(failure) = self.first_failure(&inputs)? {
                report.original = Some(failure.input.clone());
                let (shrunk, tried) = self.shrink(failure, started, opts.budget * 2)?;
                report.tried += tried;
                report.found = Some(shrunk);
                break;
            }
        }
        report.duplicate_share = if generated == 0 { 0.0 } else { duplicates as f64 / generated as f64 };
        report.elapsed = started.elapsed();
        Ok(report)
    }

    /// The first input (in order) on which the solution disagrees with the reference.
    fn first_failure(&self, inputs: &[Vec<Value>]) -> Result<Option<Counterexample>> {
        if inputs.is_empty() {
            return Ok(None);
        }
        let batch: Vec<(usize, Vec<u8>)> = inputs
            .iter()
            .enumerate()
            .map(|(i, x)| (i + 1, wire::encode_input(self.problem, x).unwrap_or_default()))
            .collect();
        let reference = runner::run_batch(self.reference, &batch, &self.limits)?.runs;
        let user = runner::run_batch(self.user, &batch, &self.limits)?.runs;
        for ((input, r), u) in inputs.iter().zip(reference).zip(user) {
            // An input the reference cannot answer says nothing about the solution.
            let Outcome::Answered { answer } = &r.outcome else { continue };
            let Ok(expected) = serde_json::from_str::<Value>(answer) else { continue };
            let (actual, reason) = match &u.outcome {
                Outcome::Answered { answer } => match serde_json::from_str::<Value>(answer) {
                    Ok(actual) => match self.checker.check(input, &expected, &actual) {
                        Ok(()) => continue,
                        Err(m) => (Some(actual), m.message),
                    },
                    Err(e) => (None, format!("unreadable answer: {e}")),
                },
                Outcome::Panicked { message } => (None, message.clone()),
                Outcome::Rejected { message } => (None, message.clone()),
                Outcome::TimedOut { .. } => (None, "time limit exceeded".into()),
                Outcome::HeapExceeded { reserved, resident } => {
                    (None, format!("memory limit exceeded (reserved {reserved} bytes, resident {resident} bytes)"))
                }
                Outcome::OutputExceeded => (None, "output limit exceeded".into()),
                Outcome::Died { reason } => (None, reason.clone()),
                // Not reached because an earlier case ended the process: that case failed first.
                Outcome::NotRun => continue,
            };
            return Ok(Some(Counterexample { input: input.clone(), expected, actual, reason }));
        }
        Ok(None)
    }

    fn shrink(&self, best: Counterexample, started: Instant, deadline: Duration) -> Result<(Counterexample, usize)> {
        let valid = |c: &Vec<Value>| (self.tools.validate)(c).is_ok() && wire::encode_input(self.problem, c).is_ok();
        shrink(self.problem, best, &valid, |candidates| {
            if started.elapsed() > deadline { Ok(None) } else { self.first_failure(candidates) }
        })
    }
}

/// Greedy shrinking: among the one-step-smaller variants of the best failing
/// input that are `valid`, take the first that `fails` (which runs them as a
/// batch); stop when none does. Returns the minimum and how many were tried.
pub fn shrink(
    problem: &Problem,
    mut best: Counterexample,
    valid: &dyn Fn(&Vec<Value>) -> bool,
    mut fails: impl FnMut(&[Vec<Value>]) -> Result<Option<Counterexample>>,
) -> Result<(Counterexample, usize)> {
    // Candidates run in chunks, most shrinking first: the first failing chunk
    // ends the round without running the thousands behind it.
    const CHUNK: usize = 64;
    let mut tried = 0;
    'rounds: loop {
        let candidates: Vec<Vec<Value>> = smaller_variants(problem, &best.input).into_iter().filter(valid).collect();
        for chunk in candidates.chunks(CHUNK) {
            tried += chunk.len();
            if let Some(smaller) = fails(chunk)? {
                best = smaller;
                continue 'rounds;
            }
        }
        return Ok((best, tried));
    }
}

/// `v` with integers folded into `-span..=span` (sign kept) and lowercase
/// letters into the first `letters` of the alphabet: small inputs full of
/// repeats and ties. Results that break a constraint are dropped by the validator.
fn squash(v: &Value, span: i64, letters: u8) -> Value {
    match v {
        Value::Number(n) => match n.as_i64() {
            Some(x) => Value::from(x.signum() * (x.abs() % (span + 1))),
            None => v.clone(),
        },
        Value::String(s) => Value::String(
            s.chars()
                .map(|c| if c.is_ascii_lowercase() { (b'a' + (c as u8 - b'a') % letters) as char } else { c })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|x| squash(x, span, letters)).collect()),
        other => other.clone(),
    }
}

/// How big an input is: the number of scalars in it (and characters of strings).
pub fn size(v: &Value) -> usize {
    match v {
        Value::Array(items) => items.iter().map(size).sum::<usize>() + 1,
        Value::String(s) => s.chars().count().max(1),
        _ => 1,
    }
}

/// Inputs one step smaller than `input`, most shrinking first: fewer elements,
/// shorter strings, smaller numbers.
pub fn smaller_variants(problem: &Problem, input: &[Value]) -> Vec<Vec<Value>> {
    let mut out = Vec::new();
    if problem.harness == HarnessKind::Design {
        // Calls and their arguments go together; the constructor stays.
        if let (Some(Value::Array(names)), Some(Value::Array(args))) = (input.first(), input.get(1)) {
            let calls = names.len().min(args.len());
            let without = |from: usize, to: usize| {
                let keep = |v: &Vec<Value>| [&v[..from], &v[to.min(v.len())..]].concat();
                vec![Value::Array(keep(names)), Value::Array(keep(args))]
            };
            // Blocks of calls first, then single calls.
            let mut block = (calls - 1) / 2;
            while block >= 2 {
                out.extend((1..calls).step_by(block).map(|from| without(from, from + block)));
                block /= 2;
            }
            out.extend((1..calls).rev().map(|i| without(i, i + 1)));
        }
    }
    let whole = Value::Array(input.to_vec());
    let mut variants = Vec::new();
    removals(&whole, &mut variants);
    simplifications(&whole, &mut variants);
    out.extend(variants.into_iter().filter_map(|v| match v {
        Value::Array(args) if args.len() == input.len() => Some(args),
        _ => None,
    }));
    out
}

/// Candidates per shrinking round at most: each is a copy of the input, and
/// large inputs shrink by blocks first, so later rounds get the finer steps.
const MAX_CANDIDATES: usize = 400;

/// Copies of `v` with one element (or a block of elements) removed from some nested array.
fn removals(v: &Value, out: &mut Vec<Value>) {
    let Value::Array(items) = v else { return };
    if out.len() >= MAX_CANDIDATES {
        return;
    }
    let n = items.len();
    // Big blocks first (halves, quarters, ...): large inputs shrink in few steps;
    // single elements only once the array is short.
    let mut block = n / 2;
    while block >= 2 && n / block <= 64 {
        for start in (0..n).step_by(block) {
            let mut fewer = items[..start].to_vec();
            fewer.extend_from_slice(&items[(start + block).min(n)..]);
            out.push(Value::Array(fewer));
        }
        block /= 2;
    }
    if n <= 64 {
        for i in (0..n).rev() {
            let mut fewer = items.clone();
            fewer.remove(i);
            out.push(Value::Array(fewer));
        }
    }
    for (i, item) in items.iter().enumerate() {
        if out.len() >= MAX_CANDIDATES {
            return;
        }
        let mut inner = Vec::new();
        removals(item, &mut inner);
        for replacement in inner {
            let mut copy = items.clone();
            copy[i] = replacement;
            out.push(Value::Array(copy));
        }
    }
}

/// Copies of `v` with one scalar made simpler: numbers towards 0, strings shorter.
fn simplifications(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Number(n) => {
            if let Some(x) = n.as_i64() {
                for y in [0, x / 2, x - x.signum()] {
                    if y != x && y.abs() < x.abs() {
                        out.push(Value::from(y));
                    }
                }
            }
        }
        Value::String(s) if s.chars().count() > 1 => {
            // Like arrays: blocks of characters first, single ones once short.
            let chars: Vec<char> = s.chars().collect();
            let n = chars.len();
            let cut = |from: usize, to: usize| Value::String(chars[..from].iter().chain(&chars[to.min(n)..]).collect());
            let mut block = n / 2;
            while block >= 2 && n / block <= 64 {
                out.extend((0..n).step_by(block).map(|from| cut(from, from + block)));
                block /= 2;
            }
            if n <= 64 {
                out.extend((0..n).rev().map(|i| cut(i, i + 1)));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                if out.len() >= MAX_CANDIDATES {
                    return;
                }
                let mut inner = Vec::new();
                simplifications(item, &mut inner);
                for replacement in inner {
                    let mut copy = items.clone();
                    copy[i] = replacement;
                    out.push(Value::Array(copy));
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn shrinking_reaches_a_minimal_failing_input() {
        let set = crate::problem::ProblemSet::open(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("problems"))
            .unwrap();
        let problem = set.load("3sum").unwrap();
        let tools = crate::tools::lookup("3sum").unwrap();
        // "Fails" whenever there are at least 4 numbers and one of them is 100 or more.
        let failing = |input: &Vec<Value>| {
            let nums = input[0].as_array().unwrap();
            nums.len() >= 4 && nums.iter().any(|v| v.as_i64().unwrap() >= 100)
        };
        let start = vec![json!([93_421, -5, 17, 88_000, 0, -77_777, 12, 3, 9])];
        let case = |input: &Vec<Value>| Counterexample {
            input: input.clone(),
            expected: json!([]),
            actual: None,
            reason: String::new(),
        };
        let valid = |c: &Vec<Value>| (tools.validate)(c).is_ok();
        let (min, tried) =
            shrink(&problem, case(&start), &valid, |candidates| Ok(candidates.iter().find(|c| failing(c)).map(&case)))
                .unwrap();
        let nums: Vec<i64> = min.input[0].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect();
        assert_eq!(nums.len(), 4, "{nums:?}");
        assert_eq!(nums.iter().filter(|&&v| v != 0).collect::<Vec<_>>(), vec![&100], "{nums:?}");
        assert!(tried > 0);
    }

    #[test]
    fn variants_are_smaller_and_keep_the_argument_count() {
        let input = vec![json!([5, -3, 8]), json!(7)];
        let whole = size(&Value::Array(input.clone()));
        let problem_free = |v: &Vec<Value>| v.len() == 2 && size(&Value::Array(v.clone())) <= whole;
        let mut all = Vec::new();
        removals(&Value::Array(input.clone()), &mut all);
        simplifications(&Value::Array(input.clone()), &mut all);
        let args: Vec<Vec<Value>> = all
            .into_iter()
            .filter_map(|v| if let Value::Array(a) = v { Some(a) } else { None })
            .filter(|a| a.len() == 2)
            .collect();
        assert!(args.iter().all(problem_free));
        assert!(args.contains(&vec![json!([5, 8]), json!(7)]));
        assert!(args.contains(&vec![json!([5, -3, 8]), json!(3)]));
        assert!(args.contains(&vec![json!([0, -3, 8]), json!(7)]));
    }
}
