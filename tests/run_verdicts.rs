//! Drives the real `judge` binary with fixture solutions named by the verdict
//! they must get (`tests/fixtures/<problem>/<verdict>_<what>.rs`).

mod common;

use common::{judge, run_json};

/// Extra arguments per fixture: resource fixtures get a roomy time limit so the
/// resource, not the clock, is what stops them.
fn args_for(fixture: &str) -> Vec<&'static str> {
    match fixture {
        // With two-sum's default limit of a few milliseconds: the harness lets a
        // case that runs out of time while racing towards a limit reach it.
        "mle_steady_growth" | "ole_flood_stdout" | "ole_flood_stderr" | "re_stack_overflow" => vec!["--case", "1-2"],
        "tle_infinite_loop" | "tle_sleep_forever" | "tle_thread_bomb" => vec!["--case", "1-2"],
        _ => vec![],
    }
}

#[test]
fn every_fixture_gets_the_verdict_in_its_name() {
    let mut failures = Vec::new();
    for problem_dir in std::fs::read_dir("tests/fixtures").unwrap().flatten() {
        let problem = problem_dir.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(problem_dir.path()).unwrap().flatten().map(|e| e.path()).collect();
        files.sort();
        for file in files {
            let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
            let want = stem.split('_').next().unwrap().to_uppercase();
            let mut args = vec!["run", problem.as_str(), "--file", file.to_str().unwrap(), "--json"];
            args.extend(args_for(&stem));
            let (code, out) = run_json(&args);
            if stem == "ac_cannot_read_the_tests" && out["protections"]["landlock"] != true {
                continue; // without Landlock a solution can read what the user can
            }
            let got = out["verdict"].as_str().unwrap_or("?").to_string();
            let want_code = if want == "AC" { 0 } else { 1 };
            if got != want || code != want_code {
                failures
                    .push(format!("{problem}/{stem}: want {want} (exit {want_code}), got {got} (exit {code}): {out}"));
            }
        }
    }
    assert!(failures.is_empty(), "fixtures with the wrong verdict:\n{}", failures.join("\n"));
}

#[test]
fn wrong_answer_shows_the_case_and_a_diff() {
    let out =
        judge(&["run", "two-sum", "--file", "problems/two-sum/submissions/wa/stores_before_lookup.rs", "--no-color"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Wrong Answer (WA)"), "{text}");
    assert!(text.contains("Case 2 \"example: equal values\""), "{text}");
    assert!(text.contains("nums = [5,5,1]"), "{text}");
    assert!(text.contains("expected: [0,1]") && text.contains("actual:   [0,0]"), "{text}");
    assert!(text.contains("first difference at $[1]"), "{text}");
    assert!(text.contains("-[0,1]") && text.contains("+[0,0]"), "{text}");
    assert!(!text.contains('\u{1b}'), "no colors when not a TTY: {text}");
}

#[test]
fn accepted_run_reports_time_memory_and_every_case() {
    let (code, out) = run_json(&["run", "two-sum", "--file", "problems/two-sum/reference.rs", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(out["verdict"], "AC");
    let cases = out["cases"].as_array().unwrap();
    assert!(cases.len() >= 20);
    assert_eq!(out["passed"], cases.len());
    for c in cases {
        assert_eq!(c["verdict"], "AC");
        assert!(c["cpu_ms"].as_f64().unwrap() >= 0.0);
        assert!(c["heap_bytes"].as_u64().unwrap() > 0, "heap is counted: {c}");
    }
    assert!(out["compile"]["seconds"].as_f64().is_some());
    assert!(out["time_limit_ms"].as_f64().unwrap() > 0.0);
}

#[test]
fn panic_is_reported_with_message_and_user_line() {
    let (_, out) = run_json(&["run", "two-sum", "--file", "tests/fixtures/two-sum/re_panic.rs", "--json"]);
    let message = out["failure"]["message"].as_str().unwrap();
    assert!(message.contains("re_panic.rs:5:13"), "{message}");
    assert!(message.contains("too many numbers: 4"), "{message}");
}

#[test]
fn compile_errors_point_at_the_users_file() {
    let (code, out) = run_json(&["run", "two-sum", "--file", "tests/fixtures/two-sum/ce_syntax_error.rs", "--json"]);
    assert_eq!(code, 1);
    let error = out["compile"]["error"].as_str().unwrap();
    assert!(error.contains("tests/fixtures/two-sum/ce_syntax_error.rs:3:"), "{error}");
    assert!(!error.contains("main.rs"), "no glue in a user's own error: {error}");

    let (_, out) = run_json(&["run", "two-sum", "--file", "tests/fixtures/two-sum/ce_wrong_signature.rs", "--json"]);
    let error = out["compile"]["error"].as_str().unwrap();
    assert!(error.contains("pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>"), "{error}");
    assert!(error.contains("ce_wrong_signature.rs:2"), "points at the user's definition: {error}");
    assert!(!error.contains("<judge harness>") && !error.contains("__res"), "no glue shown: {error}");
}

#[test]
fn state_leaking_between_cases_is_diagnosed() {
    let (_, out) = run_json(&["run", "two-sum", "--file", "tests/fixtures/two-sum/wa_state_leak.rs", "--json"]);
    let notes = out["notes"].to_string();
    assert!(notes.contains("passes when run alone"), "{out}");
}

#[test]
fn debug_output_is_captured_per_case_and_shown_for_the_failing_one() {
    let (_, out) = run_json(&[
        "run",
        "two-sum",
        "--file",
        "tests/fixtures/two-sum/wa_prints_then_errs.rs",
        "--json",
        "--case",
        "1-4",
    ]);
    assert_eq!(out["verdict"], "WA");
    let output = out["failure"]["output"].as_str().unwrap();
    // Case 1 (4 numbers) fails; case 2 (3 numbers) passes: only case 1's output is shown.
    assert_eq!(output.trim(), "checking 4 numbers", "only the failing case's output: {output}");
}

#[test]
fn a_panic_after_long_output_is_never_cut() {
    let file = "tests/fixtures/two-sum/re_panic_after_output.rs";
    let (_, out) = run_json(&["run", "two-sum", "--file", file, "--json", "--case", "1"]);
    assert!(out["failure"]["message"].as_str().unwrap().contains("index out of bounds"), "{out}");
    let text = String::from_utf8_lossy(&judge(&["run", "two-sum", "--file", file, "--case", "1"]).stdout).into_owned();
    assert!(text.contains("lines omitted"), "{text}");
    assert!(text.contains("progress line 0 "), "{text}");
    assert!(text.contains("re_panic_after_output.rs:8:"), "the panic location survives: {text}");
    assert!(text.contains("index out of bounds: the len is 4 but the index is 14"), "{text}");
}

#[test]
fn arithmetic_overflow_is_named_with_its_line() {
    let file = "problems/lowest-common-ancestor-of-a-binary-search-tree/submissions/wa/product_overflow.rs";
    let (_, out) = run_json(&["run", "lowest-common-ancestor-of-a-binary-search-tree", "--file", file, "--json"]);
    assert_eq!(out["verdict"], "WA");
    let notes = out["notes"].to_string();
    assert!(notes.contains("Arithmetic overflow at line") && notes.contains("product_overflow.rs"), "{notes}");
    assert!(notes.contains("with overflow"), "{notes}");
}
