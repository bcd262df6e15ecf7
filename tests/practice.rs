//! History and practice: runs recorded in SQLite, stats, next, history,
//! reset, the reference gated behind an AC or a give-up, and a damaged
//! database reported without losing anything.

mod common;

use common::command;
use serde_json::Value;
use std::path::Path;

/// A private workspace (solutions and history) for one test.
struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Workspace {
        Workspace { dir: tempfile::Builder::new().prefix("practice-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap() }
    }
    fn path(&self) -> &Path {
        self.dir.path()
    }
    fn judge(&self, args: &[&str]) -> std::process::Output {
        command().env("JUDGE_SOLUTIONS", self.path()).env_remove("JUDGE_DATA_DIR").args(args).output().unwrap()
    }
    fn json(&self, args: &[&str]) -> (i32, Value) {
        let out = self.judge(args);
        let text = String::from_utf8_lossy(&out.stdout);
        let value = serde_json::from_str(text.trim())
            .unwrap_or_else(|e| panic!("{args:?}: no JSON ({e}): {text}\n{}", String::from_utf8_lossy(&out.stderr)));
        (out.status.code().unwrap(), value)
    }
    fn solve(&self, slug: &str, from: &str) {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems").join(slug).join(from);
        std::fs::copy(src, self.path().join(format!("{slug}.rs"))).unwrap();
        self.judge(&["run", slug]);
    }
}

#[test]
fn runs_are_recorded_and_feed_stats_next_and_history() {
    let ws = Workspace::new();
    ws.solve("two-sum", "submissions/wa/stores_before_lookup.rs");
    ws.solve("two-sum", "reference.rs");
    ws.solve("3sum", "reference.rs");

    let (code, stats) = ws.json(&["stats", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(stats["solved"], 2, "{stats}");
    assert_eq!(stats["attempts"], 3, "{stats}");
    assert_eq!(stats["by_topic"]["arrays-strings"]["solved"], 2, "{stats}");
    assert_eq!(stats["attempts_before_first_ac"], 0.5, "{stats}");

    let (_, next) = ws.json(&["next", "--json"]);
    let slugs: Vec<&str> = next["problems"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert!(!slugs.is_empty() && !slugs.contains(&"two-sum") && !slugs.contains(&"3sum"), "solved today: {slugs:?}");
    let (_, due) = ws.json(&["next", "--due", "--json"]);
    assert_eq!(due["problems"], serde_json::json!([]), "nothing comes back the same day");

    let (_, history) = ws.json(&["history", "two-sum", "--json"]);
    let attempts = history["attempts"].as_array().unwrap();
    assert_eq!(attempts.iter().map(|a| a["verdict"].as_str().unwrap()).collect::<Vec<_>>(), ["WA", "AC"]);
    let first = attempts[0]["id"].to_string();
    let shown = ws.judge(&["history", "two-sum", "--show", &first]);
    let wrong = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("problems/two-sum/submissions/wa/stores_before_lookup.rs"),
    )
    .unwrap();
    assert_eq!(String::from_utf8_lossy(&shown.stdout), wrong, "the snapshot is the source as it was");

    let (_, list) = ws.json(&["list", "--json", "--topic", "arrays-strings"]);
    let status =
        |slug: &str| list["problems"].as_array().unwrap().iter().find(|p| p["slug"] == slug).unwrap()["status"].clone();
    assert_eq!(status("two-sum"), "solved");
    assert_eq!(status("maximum-subarray"), "new");
}

#[test]
fn reset_keeps_the_old_file_in_the_history() {
    let ws = Workspace::new();
    ws.solve("two-sum", "reference.rs");
    let before = std::fs::read_to_string(ws.path().join("two-sum.rs")).unwrap();
    let (code, out) = ws.json(&["reset", "two-sum", "--json"]);
    assert_eq!(code, 0, "{out}");
    let now = std::fs::read_to_string(ws.path().join("two-sum.rs")).unwrap();
    assert!(now.contains("impl Solution") && now != before, "the template is back");
    let (_, history) = ws.json(&["history", "two-sum", "--json"]);
    let id = history["attempts"][0]["id"].to_string();
    let shown = ws.judge(&["history", "two-sum", "--show", &id]);
    assert_eq!(String::from_utf8_lossy(&shown.stdout), before);
    assert!(out["snapshot"].is_string(), "{out}");
}

#[test]
fn the_reference_needs_an_ac_or_a_recorded_give_up() {
    let ws = Workspace::new();
    let refused = ws.judge(&["show", "house-robber", "--solution"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--give-up"));
    let (code, out) = ws.json(&["show", "house-robber", "--solution", "--give-up", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(out["gave_up"], true);
    assert!(out["solution"].as_str().unwrap().contains("pub fn rob"));
    // Given up: reviewed (it comes back), but not solved.
    let (_, stats) = ws.json(&["stats", "--json"]);
    assert_eq!(stats["solved"], 0, "{stats}");
    let (_, list) = ws.json(&["list", "--json", "--topic", "dynamic-programming"]);
    let robber = list["problems"].as_array().unwrap().iter().find(|p| p["slug"] == "house-robber").unwrap().clone();
    assert_eq!(robber["status"], "solved", "a give-up is scheduled like a review: {robber}");
}

#[test]
fn a_damaged_history_is_reported_and_never_lost() {
    let ws = Workspace::new();
    let db = ws.path().join(".judge").join("history.db");
    std::fs::create_dir_all(db.parent().unwrap()).unwrap();
    let garbage = b"not a database: bytes the user may still want back\n".repeat(100);
    std::fs::write(&db, &garbage).unwrap();

    let out = ws.judge(&["stats"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("history.db") && stderr.contains("left exactly as it is"), "{stderr}");

    // A run still judges (exit 0 for AC) and says its attempt was not recorded.
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("problems/two-sum/reference.rs"),
        ws.path().join("two-sum.rs"),
    )
    .unwrap();
    let run = ws.judge(&["run", "two-sum"]);
    assert_eq!(run.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&run.stderr).contains("not recorded"));
    assert_eq!(std::fs::read(&db).unwrap(), garbage, "the damaged file is untouched");
}

#[test]
fn judge_data_dir_moves_the_history() {
    let ws = Workspace::new();
    let data = tempfile::Builder::new().prefix("data-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems/two-sum/reference.rs");
    std::fs::copy(src, ws.path().join("two-sum.rs")).unwrap();
    let out = command()
        .env("JUDGE_SOLUTIONS", ws.path())
        .env("JUDGE_DATA_DIR", data.path())
        .args(["run", "two-sum"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(data.path().join("history.db").is_file());
    assert!(!ws.path().join(".judge").join("history.db").exists());
}

#[test]
fn clippy_remarks_are_about_the_users_file_only() {
    let ws = Workspace::new();
    let file = format!("{}/tests/fixtures-clippy/two_sum_needless_range.rs", env!("CARGO_MANIFEST_DIR"));
    let (code, out) = ws.json(&["run", "two-sum", "--file", &file, "--clippy", "--json"]);
    assert_eq!(code, 0, "{out}");
    let remarks: Vec<&str> =
        out["clippy"].as_array().expect("clippy remarks").iter().map(|r| r.as_str().unwrap()).collect();
    assert!(remarks.iter().any(|r| r.contains("needless_range_loop")), "{remarks:?}");
    assert!(remarks.iter().any(|r| r.contains("bool_comparison")), "{remarks:?}");
    assert!(remarks.iter().all(|r| r.contains("two_sum_needless_range.rs")), "only the user's file: {remarks:?}");
}

#[test]
fn the_editor_crate_type_checks_pasted_leetcode_files() {
    let ws = Workspace::new();
    let problems = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems");
    for slug in [
        "two-sum",
        "merge-k-sorted-lists",
        "clone-graph",
        "linked-list-cycle",
        "serialize-and-deserialize-binary-tree",
        "implement-trie-prefix-tree",
    ] {
        std::fs::copy(problems.join(slug).join("reference.rs"), ws.path().join(format!("{slug}.rs"))).unwrap();
    }
    let (code, out) = ws.json(&["editor", "--json"]);
    assert_eq!(code, 0, "{out}");
    let check = std::process::Command::new(env!("CARGO"))
        .args(["check", "--offline", "--quiet"])
        .current_dir(ws.path())
        .env("CARGO_TARGET_DIR", ws.path().join("target"))
        .output()
        .unwrap();
    assert!(check.status.success(), "cargo check of the editor crate: {}", String::from_utf8_lossy(&check.stderr));
    // A wrong file is reported at its own path and line.
    std::fs::write(
        ws.path().join("two-sum.rs"),
        "impl Solution {\n    pub fn two_sum(n: Vec<i32>, t: i32) -> Vec<i32> { 5 }\n}\n",
    )
    .unwrap();
    let check = std::process::Command::new(env!("CARGO"))
        .args(["check", "--offline", "--quiet"])
        .current_dir(ws.path())
        .env("CARGO_TARGET_DIR", ws.path().join("target"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(!check.status.success() && stderr.contains("two-sum.rs:2"), "{stderr}");
    // A manifest that is not the judge's is never overwritten.
    std::fs::write(ws.path().join("Cargo.toml"), "[package]\nname = \"mine\"\n").unwrap();
    assert_eq!(ws.judge(&["editor"]).status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(ws.path().join("Cargo.toml")).unwrap(), "[package]\nname = \"mine\"\n");
}

#[test]
fn export_then_import_moves_progress_and_importing_twice_changes_nothing() {
    let a = Workspace::new();
    a.solve("two-sum", "submissions/wa/stores_before_lookup.rs");
    a.solve("two-sum", "reference.rs");
    a.judge(&["known", "3sum"]);
    let file = a.path().join("progress.json");
    let (code, out) = a.json(&["export", file.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(a.judge(&["export", file.to_str().unwrap()]).status.code(), Some(2), "never overwrites");

    let b = Workspace::new();
    let (_, first) = b.json(&["import", file.to_str().unwrap(), "--json"]);
    assert_eq!(first["added_attempts"], 2);
    assert_eq!(first["added_events"], 1);
    let (_, again) = b.json(&["import", file.to_str().unwrap(), "--json"]);
    assert_eq!(again["added_attempts"], 0);
    let (_, stats) = b.json(&["stats", "--json"]);
    assert_eq!(stats["solved"], 2, "{stats}");
    let (_, history) = b.json(&["history", "two-sum", "--json"]);
    let id = history["attempts"][0]["id"].to_string();
    let source = String::from_utf8_lossy(&b.judge(&["history", "two-sum", "--show", &id]).stdout).to_string();
    assert!(source.contains("impl Solution"), "snapshots travel too: {source}");

    std::fs::write(b.path().join("bad.json"), "{\"format\": \"other\"}").unwrap();
    let bad = b.judge(&["import", b.path().join("bad.json").to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
}
