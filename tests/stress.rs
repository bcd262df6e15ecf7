//! `judge stress`: finds and shrinks a failing input, finds nothing in a
//! correct solution, reports panics, is deterministic for a seed, saves cases.

mod common;

use common::{command, fresh_solutions, run_json};

#[test]
fn a_wrong_solution_is_caught_and_its_input_shrunk() {
    let file = "tests/fixtures-stress/drops_a_triplet_when_long.rs";
    let (code, v) = run_json(&["stress", "3sum", "--file", file, "--seed", "7", "--budget", "20s", "--json"]);
    assert_eq!(code, 1, "{v}");
    assert_eq!(v["found"], true, "{v}");
    let nums = v["input"][0].as_array().unwrap();
    assert_eq!(nums.len(), 5, "shrunk to the shortest failing length: {v}");
    assert!(v["size_after"].as_u64() <= v["size_before"].as_u64(), "{v}");
    assert!(!v["expected"].as_array().unwrap().is_empty(), "{v}");
    // The same seed finds the same input.
    let (_, again) = run_json(&["stress", "3sum", "--file", file, "--seed", "7", "--budget", "20s", "--json"]);
    assert_eq!(again["input"], v["input"]);
}

#[test]
fn a_correct_solution_survives_the_budget() {
    let (code, v) =
        run_json(&["stress", "two-sum", "--file", "problems/two-sum/reference.rs", "--budget", "1s", "--json"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["found"], false);
    assert!(v["tried"].as_u64().unwrap() > 100, "{v}");
}

#[test]
fn a_panic_counts_as_a_mismatch() {
    let file = "tests/fixtures-stress/panics_on_negative_target.rs";
    let (code, v) = run_json(&["stress", "two-sum", "--file", file, "--seed", "3", "--budget", "20s", "--json"]);
    assert_eq!(code, 1, "{v}");
    assert!(v["reason"].as_str().unwrap().contains("negative targets are not supported"), "{v}");
    assert!(v["input"][1].as_i64().unwrap() < 0, "{v}");
    assert!(v["actual"].is_null());
}

#[test]
fn save_keeps_the_counterexample_for_later_runs() {
    let ws = fresh_solutions();
    let wrong = "problems/two-sum/submissions/wa/stores_before_lookup.rs";
    let out = command()
        .env("JUDGE_SOLUTIONS", ws.path())
        .args(["stress", "two-sum", "--file", wrong, "--seed", "1", "--budget", "20s", "--save", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let number = v["saved_as_case"].as_u64().expect("saved");
    let run = command()
        .env("JUDGE_SOLUTIONS", ws.path())
        .args(["run", "two-sum", "--file", wrong, "--json", "--case", &number.to_string()])
        .output()
        .unwrap();
    let r: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(r["verdict"], "WA", "{r}");
}

#[test]
fn structured_bugs_are_found_within_the_default_budget() {
    // Counting each bracket kind passes every random string with balanced kinds;
    // the generator's crossed and swapped modes reach "([)]".
    let file = "tests/fixtures-stress/counts_each_bracket_kind.rs";
    let (code, v) = run_json(&["stress", "valid-parentheses", "--file", file, "--seed", "1", "--json"]);
    assert_eq!((code, &v["found"]), (1, &serde_json::json!(true)), "{v}");
    assert_eq!(v["expected"], false, "{v}");
    // Comparing in-order values only: rotated trees have the same sequence.
    let file = "tests/fixtures-stress/compares_inorder_values_only.rs";
    let (code, v) = run_json(&["stress", "same-tree", "--file", file, "--seed", "1", "--json"]);
    assert_eq!((code, &v["found"]), (1, &serde_json::json!(true)), "{v}");
    assert_eq!(v["expected"], false, "{v}");
}
