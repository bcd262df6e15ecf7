//! `judge bench`: the JSON contract, refusals, plots, and the classes named
//! for solutions of known complexity (our own, in `tests/fixtures-bench/`).
//! Timing figures are never asserted (shared machines are noisy): the classes
//! are, where valgrind counts instructions (repeatable run to run).

mod common;

use common::{judge, run_json};
use serde_json::Value;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures-bench/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn valgrind_installed() -> bool {
    std::process::Command::new("valgrind").arg("--version").output().is_ok_and(|o| o.status.success())
}

fn bench(args: &[&str]) -> Value {
    let mut all = vec!["bench"];
    all.extend_from_slice(args);
    all.push("--json");
    let (code, out) = run_json(&all);
    assert_eq!(code, 0, "judge {all:?}: {out}");
    out
}

/// The shape every benchmark gives, whatever the machine.
fn check_contract(out: &Value) {
    let ratio = out["ratio"].as_f64().expect("ratio");
    let (low, high) = (out["ci"][0].as_f64().unwrap(), out["ci"][1].as_f64().unwrap());
    assert!(low <= ratio && ratio <= high, "the interval holds the estimate: {out}");
    assert!(out["rounds"].as_u64().unwrap() >= 10, "{out}");
    let points = out["measurements"].as_array().unwrap();
    assert!(points.len() >= 7, "seven sizes or more: {out}");
    let xs: Vec<f64> = points.iter().map(|p| p["x"].as_f64().unwrap()).collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "sizes grow: {xs:?}");
    assert!(xs[xs.len() - 1] / xs[0] >= 60.0, "a 64x range: {xs:?}");
    for p in points {
        assert!(p["user"].as_f64().unwrap() > 0.0 && p["reference"].as_f64().unwrap() > 0.0, "{p}");
    }
    let metric = out["complexity"]["metric"].as_str().unwrap();
    assert_eq!(metric, if valgrind_installed() { "instructions" } else { "cpu_ns" });
}

#[test]
fn linear_and_n_log_n_two_sums_are_told_apart() {
    let linear = bench(&["two-sum", "--file", &fixture("two_sum_linear.rs")]);
    check_contract(&linear);
    let sorted = bench(&["two-sum", "--file", &fixture("two_sum_sorted.rs")]);
    check_contract(&sorted);
    if valgrind_installed() {
        assert_eq!(linear["complexity"]["user"], "O(n)", "{linear}");
        assert_eq!(linear["complexity"]["reference"], "O(n)", "{linear}");
        assert_eq!(sorted["complexity"]["user"], "O(n log n)", "{sorted}");
    } else {
        // CPU time tells n from n log n poorly; it must still see near-linear growth.
        let slope = sorted["complexity"]["user_fit"]["slope"].as_f64().unwrap();
        assert!((0.7..1.6).contains(&slope), "{sorted}");
    }
}

#[test]
fn quadratic_against_n_log_n_with_vs_and_a_plot() {
    let plot = tempfile::Builder::new().suffix(".svg").tempfile_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let out = bench(&[
        "longest-increasing-subsequence",
        "--file",
        &fixture("lis_quadratic.rs"),
        "--vs",
        &fixture("lis_patience.rs"),
        "--plot",
        plot.path().to_str().unwrap(),
    ]);
    check_contract(&out);
    assert!(out["against"].as_str().unwrap().ends_with("lis_patience.rs"), "{out}");
    let quadratic = &out["complexity"]["user_fit"];
    // Slope 2 against slope ~1: clear in CPU time as well as in instructions.
    assert!(quadratic["slope"].as_f64().unwrap() > 1.6, "{out}");
    if valgrind_installed() {
        assert_eq!(out["complexity"]["user"], "O(n^2)", "{out}");
        assert_eq!(out["complexity"]["reference"], "O(n log n)", "{out}");
    }
    assert!(out["ratio"].as_f64().unwrap() > 1.0, "the quadratic one is slower at n = 2500: {out}");
    let svg = std::fs::read_to_string(plot.path()).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("yours: O(n") && svg.contains("<circle"), "{svg}");
}

#[test]
fn a_solution_against_itself_shows_the_same_class_on_both_sides() {
    let out = bench(&["reverse-linked-list", "--file", "problems/reverse-linked-list/reference.rs"]);
    check_contract(&out);
    if valgrind_installed() {
        assert_eq!(out["complexity"]["user"], "O(n)", "{out}");
        assert_eq!(out["complexity"]["reference"], "O(n)", "{out}");
        // Instruction counts of one code path are the same on either side.
        for p in out["measurements"].as_array().unwrap() {
            assert_eq!(p["user"], p["reference"], "{p}");
        }
    }
}

#[test]
fn a_correct_but_too_slow_solution_is_benchmarked_with_its_space() {
    let quadratic = format!("{}/tests/fixtures/two-sum/tle_correct_but_quadratic.rs", env!("CARGO_MANIFEST_DIR"));
    let plot = tempfile::Builder::new().suffix(".svg").tempfile().unwrap();
    let out = bench(&["two-sum", "--file", &quadratic, "--plot", plot.path().to_str().unwrap()]);
    check_contract(&out);
    assert_eq!(out["too_slow_for_tests"], true, "{out}");
    assert!(out["ratio"].as_f64().unwrap() > 5.0, "{out}");
    if valgrind_installed() {
        assert_eq!(out["complexity"]["user"], "O(n^2)", "{out}");
        assert_eq!(out["complexity"]["reference"], "O(n)", "{out}");
    }
    // Space is measured exactly (heap peaks), with or without valgrind.
    assert_eq!(out["space"]["user"], "O(1)", "a nested loop keeps no table: {out}");
    assert_eq!(out["space"]["reference"], "O(n)", "the hash map grows with n: {out}");
    let space_plot = std::fs::read_to_string(out["space_plot"].as_str().unwrap()).unwrap();
    assert!(space_plot.starts_with("<svg") && space_plot.contains("O(1) space"), "{space_plot}");
}

#[test]
fn a_rejected_solution_is_not_benchmarked() {
    let wa = format!("{}/problems/two-sum/submissions/wa/stores_before_lookup.rs", env!("CARGO_MANIFEST_DIR"));
    let (code, out) = run_json(&["bench", "two-sum", "--file", &wa, "--json"]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(out["benchmarked"], false);
    assert_eq!(out["verdict"], "WA");
    assert!(out["reason"].as_str().unwrap().contains("not accepted"), "{out}");
}

#[test]
fn bad_requests_are_usage_errors() {
    let out = judge(&["bench", "two-sum", "--file", &fixture("two_sum_linear.rs"), "--plot", "plot.png"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SVG"));
    let out = judge(&["bench", "two-sum", "--file", "/nonexistent/sol.rs"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}
