//! Every shipped problem proves its tests: `judge validate --all`.

mod common;

use common::run_json;

#[test]
fn every_problem_validates() {
    // Two at a time: the set is 137 problems, and CI has two cores.
    let (code, out) = run_json(&["validate", "--all", "-j", "2", "--json"]);
    let broken: Vec<String> = out["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["ok"] != true)
        .map(|p| serde_json::to_string_pretty(p).unwrap())
        .collect();
    assert!(broken.is_empty() && code == 0, "invalid problems:\n{}", broken.join("\n"));
    assert!(out["problems"].as_array().unwrap().len() >= 137, "the roadmap's 137 problems");
}
