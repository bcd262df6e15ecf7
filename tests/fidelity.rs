//! Verdicts a LeetCode user trusts: printing costs only its formatting, a TLE
//! says whether the answers were right, memory is what is really used, older
//! Rust compiles, the first minutes feel right (issue 12). Fixtures are named
//! by their outcome (`tests/fixtures/<problem>/<verdict>_<what>.rs`); the
//! verdicts themselves are checked by `run_verdicts.rs`, the details here.

mod common;

use common::{command, fresh_solutions, judge, run_json};

#[test]
fn heavy_debug_printing_is_accepted() {
    let file = "tests/fixtures/two-sum/ac_dbg_every_step.rs";
    let (code, v) = run_json(&["run", "two-sum", "--file", file, "--json"]);
    assert_eq!((code, v["verdict"].as_str()), (0, Some("AC")), "{v}");
    // It printed on every case, and every case still answered within the limit.
    let printed: u64 =
        v["cases"].as_array().unwrap().iter().map(|c| c["printed_lines"].as_u64().unwrap()).max().unwrap();
    assert!(printed > 20_000, "the max-size cases print two lines per element: {v}");
}

#[test]
fn a_failing_case_that_printed_a_lot_says_so() {
    let file = "tests/fixtures/two-sum/wa_prints_every_step.rs";
    let out = judge(&["run", "two-sum", "--file", file, "--no-color"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("Wrong Answer (WA)"), "{text}");
    assert!(text.contains("lines (") && text.contains("on this case"), "{text}");
    assert!(text.contains("`judge run two-sum --case "), "{text}");
}

#[test]
fn a_correct_but_slow_solution_is_told_apart() {
    let file = "tests/fixtures/two-sum/tle_correct_but_quadratic.rs";
    let (code, v) = run_json(&["run", "two-sum", "--file", file, "--json"]);
    assert_eq!((code, v["verdict"].as_str()), (1, Some("TLE")), "{v}");
    let failing = v["failure"]["case"].as_u64().unwrap();
    let case = v["cases"].as_array().unwrap().iter().find(|c| c["number"] == failing).unwrap();
    assert_eq!(case["answered_correctly"], true, "{case}");
    assert!(case["ratio_to_reference"].as_f64().unwrap() > 1.0, "{case}");
    let message = case["message"].as_str().unwrap();
    assert!(message.starts_with("correct but too slow"), "{message}");
    assert!(message.contains("the reference takes") && message.contains("Expected: O(n)"), "{message}");
    assert!(message.contains("`judge bench two-sum`"), "{message}");
}

#[test]
fn a_loop_is_stopped_at_the_backstop_without_an_answer() {
    let file = "tests/fixtures/two-sum/tle_infinite_loop.rs";
    let (code, v) = run_json(&["run", "two-sum", "--file", file, "--case", "1", "--json"]);
    assert_eq!((code, v["verdict"].as_str()), (1, Some("TLE")), "{v}");
    let case = &v["cases"][0];
    assert!(case["answered_correctly"].is_null(), "{case}");
    assert!(case["message"].as_str().unwrap().contains("stopped at the backstop"), "{case}");
    // Bounded: at most the backstop (2 s of CPU) plus the confirming runs.
    assert!(case["cpu_ms"].as_f64().unwrap() < 5_000.0, "{case}");
}

#[test]
fn memory_is_what_is_really_used() {
    // Reserves ~400 MB across a 10^4-deep recursion and touches a few MB of it.
    let file = "tests/fixtures/validate-binary-search-tree/ac_reserves_at_every_empty_child.rs";
    let (code, v) = run_json(&["run", "validate-binary-search-tree", "--file", file, "--json"]);
    assert_eq!((code, v["verdict"].as_str()), (0, Some("AC")), "{v}");
    let cases = v["cases"].as_array().unwrap();
    let reserved = cases.iter().map(|c| c["heap_bytes"].as_u64().unwrap()).max().unwrap();
    let resident = cases.iter().map(|c| c["resident_bytes"].as_u64().unwrap()).max().unwrap();
    assert!(reserved > 256 << 20, "the exact reserved figure stays in the report: {reserved}");
    assert!(resident < 128 << 20, "resident memory is far below what was reserved: {resident}");

    // A 64 GiB reservation is still refused at once.
    let (code, v) = run_json(&["run", "two-sum", "--file", "tests/fixtures/two-sum/mle_reserves_64_gib.rs", "--json"]);
    assert_eq!((code, v["verdict"].as_str()), (1, Some("MLE")), "{v}");
    assert!(v["failure"]["message"].as_str().unwrap().contains("cap on reservations"), "{v}");
}

#[test]
fn a_file_only_edition_2021_accepts_is_judged_as_2021_and_says_so() {
    let file = "tests/fixtures/two-sum/ac_edition_2021_only.rs";
    let (code, v) = run_json(&["run", "two-sum", "--file", file, "--json"]);
    assert_eq!((code, v["verdict"].as_str()), (0, Some("AC")), "{v}");
    let notes: Vec<&str> = v["notes"].as_array().unwrap().iter().filter_map(|n| n.as_str()).collect();
    assert!(notes.iter().any(|n| n.starts_with("compiled as edition 2021: line ")), "{notes:?}");
    // Cached: the second run compiles nothing and still says so.
    let (_, again) = run_json(&["run", "two-sum", "--file", file, "--json"]);
    assert_eq!(again["compile"]["cached"], true, "{again}");
    assert_eq!(again["notes"], v["notes"]);
    // A file broken under both editions reports edition 2024's errors, as before.
    let (code, v) = run_json(&["run", "two-sum", "--file", "tests/fixtures/two-sum/ce_syntax_error.rs", "--json"]);
    assert_eq!((code, v["verdict"].as_str()), (1, Some("CE")), "{v}");
    assert!(v["notes"].as_array().unwrap().is_empty(), "{v}");
}

#[test]
fn a_free_function_and_a_misnamed_class_are_explained() {
    let out = judge(&["run", "two-sum", "--file", "tests/fixtures/two-sum/ce_free_function.rs", "--no-color"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("your `two_sum` is a free function: put it inside `impl Solution { ... }`"), "{text}");
    let file = "tests/fixtures/implement-trie-prefix-tree/ce_class_named_differently.rs";
    let out = judge(&["run", "implement-trie-prefix-tree", "--file", file, "--no-color"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("your class is `PrefixTree`, but the judge uses `Trie`"), "{text}");
}

#[test]
fn judging_a_file_of_the_problems_leaves_the_user_new() {
    let solutions = fresh_solutions();
    let run = |args: &[&str]| {
        let out = command()
            .env("JUDGE_SOLUTIONS", solutions.path())
            .env("JUDGE_DATA_DIR", solutions.path().join(".judge"))
            .args(args)
            .output()
            .unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap_or_default()
    };
    // The README's first command.
    let v = run(&["run", "two-sum", "--file", "problems/two-sum/reference.rs", "--json"]);
    assert_eq!(v["verdict"], "AC", "{v}");
    let list = run(&["list", "--json"]);
    let two_sum = list["problems"].as_array().unwrap().iter().find(|p| p["slug"] == "two-sum").unwrap();
    assert_eq!(two_sum["status"], "new", "{two_sum}");
    let stats = run(&["stats", "--json"]);
    assert_eq!(stats["attempts"], 0, "{stats}");
}

#[test]
fn what_was_printed_before_an_exit_or_a_stack_overflow_is_kept() {
    let file = "tests/fixtures/two-sum/re_prints_then_exits.rs";
    let (code, v) = run_json(&["run", "two-sum", "--file", file, "--case", "1", "--json"]);
    assert_eq!((code, v["verdict"].as_str()), (1, Some("RE")), "{v}");
    let output = v["failure"]["output"].as_str().unwrap();
    assert!(output.contains("about to give up on 4 numbers") && output.contains("dbg: exiting"), "{v}");
    // The overflow's report goes through the buffer too, and still names it.
    let file = "tests/fixtures/two-sum/re_stack_overflow.rs";
    let (_, v) = run_json(&["run", "two-sum", "--file", file, "--case", "1-2", "--json"]);
    assert_eq!(v["verdict"], "RE", "{v}");
    assert!(v["failure"]["message"].as_str().unwrap().contains("stack overflow"), "{v}");
}
