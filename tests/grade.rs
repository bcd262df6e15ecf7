//! `judge grade`: a folder of solutions, one table / JSON object / JUnit file.

mod common;

use common::{judge, run_json};
use std::path::Path;

/// A folder with an accepted two-sum, a wrong contains-duplicate and a
/// valid-parentheses that does not compile; the rest of the topic missing.
fn alice() -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix("alice-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems");
    std::fs::copy(root.join("two-sum/reference.rs"), dir.path().join("two-sum.rs")).unwrap();
    std::fs::copy(
        root.join("contains-duplicate/submissions/wa/xor_of_all.rs"),
        dir.path().join("contains-duplicate.rs"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("valid-parentheses.rs"),
        "impl Solution {\n    pub fn is_valid(s: String) -> bool {\n        s.len() %\n    }\n}\n",
    )
    .unwrap();
    dir
}

#[test]
fn a_topic_is_graded_with_json_and_junit() {
    let dir = alice();
    let junit = dir.path().join("report.xml");
    let (code, out) = run_json(&[
        "grade",
        "--topic",
        "arrays-strings",
        "--dir",
        dir.path().to_str().unwrap(),
        "--json",
        "--junit",
        junit.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "a rejected solution makes the grade fail: {out}");
    let problems = out["problems"].as_array().unwrap();
    // As many as the problem set has under that topic (it grows).
    let (_, listed) = run_json(&["list", "--topic", "arrays-strings", "--json"]);
    let topic_size = listed["problems"].as_array().unwrap().len();
    assert!(topic_size >= 12, "{listed}");
    assert_eq!(problems.len(), topic_size, "every arrays-strings problem is listed");
    let by_slug = |slug: &str| problems.iter().find(|p| p["slug"] == slug).unwrap_or_else(|| panic!("no {slug}"));
    assert_eq!(by_slug("two-sum")["verdict"], "AC");
    assert_eq!(by_slug("two-sum")["passed"], by_slug("two-sum")["total"]);
    assert!(by_slug("two-sum")["ratio_to_reference"].as_f64().unwrap() > 0.0);
    let wrong = by_slug("contains-duplicate");
    assert_eq!(wrong["verdict"], "WA");
    assert!(wrong["summary"].as_str().unwrap().contains("first failure: case"), "{wrong}");
    assert_eq!(by_slug("valid-parentheses")["verdict"], "CE");
    let missing = by_slug("3sum");
    assert_eq!(missing["attempted"], false);
    assert!(missing["verdict"].is_null());
    assert_eq!(out["attempted"], 3);
    assert_eq!(out["accepted"], 1);

    let xml = std::fs::read_to_string(&junit).unwrap();
    let suite = format!(r#"<testsuite name="arrays-strings" tests="{topic_size}" skipped="{}""#, topic_size - 3);
    assert!(xml.contains(&suite), "{xml}");
    assert!(xml.contains(r#"<testcase name="two-sum""#));
    assert!(xml.contains(r#"type="WA""#) && xml.contains("first failure: case"), "{xml}");
    assert!(xml.contains(r#"type="CE""#), "{xml}");
}

#[test]
fn missing_solutions_are_not_failures() {
    let dir = tempfile::Builder::new().prefix("bob-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems");
    std::fs::copy(root.join("reverse-linked-list/reference.rs"), dir.path().join("reverse-linked-list.rs")).unwrap();
    let out = judge(&["grade", "--topic", "linked-lists", "--dir", dir.path().to_str().unwrap(), "-j", "1"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("reverse-linked-list") && stdout.contains("AC"), "{stdout}");
    assert!(stdout.contains("1 accepted of 1 attempted"), "{stdout}");
}

#[test]
fn bad_requests_are_usage_errors() {
    for (args, says) in [
        (vec!["grade", "--topic", "sorting"], "unknown topic"),
        (vec!["grade", "--all", "--dir", "/nonexistent/judge-dir"], "no such folder"),
        (vec!["grade"], "say what to grade"),
        (vec!["grade", "--all", "--difficulty", "brutal"], "unknown difficulty"),
    ] {
        let out = judge(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
}
