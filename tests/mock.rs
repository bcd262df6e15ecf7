//! `judge mock` driven without the live view: start, run during the session,
//! status, hints, end with both reports, reprint, and what stays hidden.

mod common;

use common::command;
use serde_json::Value;
use std::path::{Path, PathBuf};

struct Ws(tempfile::TempDir);

impl Ws {
    fn new() -> Ws {
        Ws(tempfile::Builder::new().prefix("mock-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap())
    }
    fn judge(&self, args: &[&str]) -> std::process::Output {
        command().env("JUDGE_SOLUTIONS", self.0.path()).env_remove("JUDGE_DATA_DIR").args(args).output().unwrap()
    }
    fn json(&self, args: &[&str]) -> (i32, Value) {
        let out = self.judge(args);
        let text = String::from_utf8_lossy(&out.stdout);
        let v = serde_json::from_str(text.trim())
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {text}\n{}", String::from_utf8_lossy(&out.stderr)));
        (out.status.code().unwrap(), v)
    }
}

fn reference(slug: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("problems").join(slug).join("reference.rs")
}

#[test]
fn a_scripted_session_from_start_to_report() {
    let ws = Ws::new();
    let (code, started) = ws.json(&[
        "mock",
        "start",
        "--count",
        "2",
        "--minutes",
        "30",
        "--seed",
        "11",
        "--topic",
        "arrays-strings",
        "--json",
    ]);
    assert_eq!(code, 0, "{started}");
    let id = started["id"].as_str().unwrap().to_string();
    let problems = started["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 2);
    let (first, second) = (&problems[0], &problems[1]);
    let first_slug = first["slug"].as_str().unwrap();
    let first_file = PathBuf::from(first["file"].as_str().unwrap());

    // Spoiler-free: the file and the statement name no title, topic or difficulty.
    let template = std::fs::read_to_string(&first_file).unwrap();
    assert!(!template.contains("leetcode.com") && !template.contains(first_slug), "{template}");
    let shown = String::from_utf8_lossy(&ws.judge(&["mock", "show", "1"]).stdout).to_string();
    assert!(!shown.contains("LeetCode") && !shown.contains("## Hints") && shown.contains("Signature"), "{shown}");

    // A second session cannot start over this one.
    let again = ws.judge(&["mock", "start", "--json"]);
    assert_eq!(again.status.code(), Some(2));

    // `judge run <slug>` judges the session's file and counts in the session.
    let (code, wrong) = ws.json(&["run", first_slug, "--json"]);
    assert_eq!(code, 1, "the template is not a solution: {wrong}");
    std::fs::copy(reference(first_slug), &first_file).unwrap();
    let (code, _) = ws.json(&["mock", "run", "1", "--json"]);
    assert_eq!(code, 0);
    let (_, hint) = ws.json(&["mock", "hint", "2", "--json"]);
    assert_eq!(hint["hint"], 1);

    let (_, status) = ws.json(&["mock", "status", "--json"]);
    assert_eq!(status["id"], id.as_str());
    assert_eq!(status["problems"][0]["verdict"], "AC");
    assert_eq!(status["problems"][0]["attempts"], 2);
    assert!(status["remaining_ms"].as_i64().unwrap() > 0);

    let (code, ended) = ws.json(&["mock", "end", "--json"]);
    assert_eq!(code, 0, "{ended}");
    assert_eq!(ended["problems"][0]["slug"], first_slug);
    assert_eq!(ended["problems"][0]["verdict"], "AC");
    assert_eq!(ended["problems"][1]["slug"], second["slug"]);
    assert!(ended["problems"][1]["verdict"].is_null(), "never run: {ended}");
    assert_eq!(ended["problems"][1]["hints"], 1);
    let md = std::fs::read_to_string(ended["report_md"].as_str().unwrap()).unwrap();
    assert!(md.contains("Solved **1 of 2**") && md.contains("| AC |"), "{md}");
    let html = std::fs::read_to_string(ended["report_html"].as_str().unwrap()).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("Problem 1"));
    assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("src="), "self-contained");

    // The session is over: runs are plain runs again; the report can be reprinted.
    assert_eq!(ws.judge(&["mock", "status"]).status.code(), Some(2));
    let reprinted = String::from_utf8_lossy(&ws.judge(&["mock", "report", &id]).stdout).to_string();
    assert_eq!(reprinted, md);

    // The session shows in stats and history.
    let (_, stats) = ws.json(&["stats", "--json"]);
    assert_eq!(stats["solved"], 1);
    let (_, history) = ws.json(&["history", first_slug, "--json"]);
    assert!(history["attempts"].as_array().unwrap().iter().all(|a| a["session"] == id.as_str()));
}

#[test]
fn mock_requests_that_cannot_work_are_usage_errors() {
    let ws = Ws::new();
    for (args, says) in [
        (vec!["mock", "status"], "no mock session is running"),
        (vec!["mock", "start", "--topic", "sorting"], "unknown topic"),
        (vec!["mock", "start", "--count", "0"], "at least one problem"),
        (vec!["mock", "start", "--count", "99", "--topic", "intervals-greedy"], "problem(s) fit"),
        (vec!["mock", "report"], "no mock session yet"),
    ] {
        let out = ws.judge(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
}
