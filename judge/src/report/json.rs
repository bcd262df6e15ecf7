//! The `--json` form of a judgement (schema in README.md, "JSON output").

use crate::judging::{CaseReport, Judgement};
use crate::problem::Problem;
use serde_json::{Value, json};

fn ms(d: std::time::Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

pub fn case(c: &CaseReport) -> Value {
    json!({
        "number": c.case.number,
        "name": c.case.name,
        "verdict": c.verdict.code(),
        "cpu_ms": ms(c.cpu),
        "wall_ms": ms(c.wall),
        "heap_bytes": c.heap_peak,
        "resident_bytes": c.resident_peak,
        "printed_bytes": c.printed_bytes,
        "printed_lines": c.printed_lines,
        "answered_correctly": c.answered_correctly,
        "reference_cpu_ms": c.reference_cpu.map(ms),
        "ratio_to_reference": c.reference_cpu.filter(|r| !r.is_zero()).map(|r| (c.cpu.as_secs_f64() / r.as_secs_f64() * 100.0).round() / 100.0),
        "message": c.message,
    })
}

pub fn judgement(problem: &Problem, j: &Judgement) -> Value {
    let failure = j.first_failure().map(|c| {
        json!({
            "case": c.case.number,
            "name": c.case.name,
            "verdict": c.verdict.code(),
            "input": *c.case.input,
            "expected": c.case.expected,
            "actual": c.actual,
            "path": c.mismatch.as_ref().and_then(|m| m.path.clone()),
            "message": c.mismatch.as_ref().map(|m| m.message.clone()).or_else(|| c.message.clone()),
            "output": String::from_utf8_lossy(&c.captured),
            "answered_correctly": c.answered_correctly,
        })
    });
    json!({
        "problem": problem.slug(),
        "verdict": j.verdict.code(),
        "passed": j.passed(),
        "total": j.cases.len(),
        "compile": {
            "seconds": j.compile_time.as_secs_f64(),
            "cached": j.compile_cached,
            "error": j.compile_error,
        },
        "run_seconds": j.run_time.as_secs_f64(),
        "time_limit_ms": ms(j.time_limit),
        "heap_limit_bytes": j.heap_limit,
        "max_cpu_ms": ms(j.max_cpu()),
        "peak_heap_bytes": j.peak_heap(),
        "cases": j.cases.iter().map(case).collect::<Vec<_>>(),
        "failure": failure,
        "notes": j.notes,
        "protections": j.protections,
    })
}
