//! Bad input to the judge itself: exit 2 with a clear message, no panic,
//! nothing lost; a damaged or unwritable cache is rebuilt or replaced; Ctrl-C
//! leaves nothing behind.

mod common;

use common::{command, run_json};
use std::path::Path;
use std::process::Output;

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_setup_error(out: &Output, needle: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "exit 2 expected: {err}");
    assert!(err.contains(needle), "expected {needle:?} in: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// A copy of the problem set with one problem whose files can be broken at will.
fn problem_copy(files: &[(&str, &str)]) -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("problems/two-sum");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy("problems/catalog.json", root.path().join("problems/catalog.json")).unwrap();
    for f in ["problem.json", "reference.rs", "statement.md", "tests.json"] {
        std::fs::copy(format!("problems/two-sum/{f}"), dir.join(f)).unwrap();
    }
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    root
}

fn run_in(root: &Path, args: &[&str]) -> Output {
    command().env("JUDGE_ROOT", root).args(args).output().unwrap()
}

#[test]
fn malformed_problem_metadata_names_file_line_and_column() {
    let root = problem_copy(&[(
        "problem.json",
        "{\n  \"checker\": \"unordered\",\n  \"limits\": { \"time_factor\": \"ten\" }\n}\n",
    )]);
    let out = run_in(root.path(), &["run", "two-sum", "--file", "problems/two-sum/reference.rs"]);
    assert_setup_error(&out, "two-sum/problem.json:3:");
}

#[test]
fn a_test_input_that_does_not_fit_the_signature_is_named() {
    let tests =
        r#"{ "cases": [ { "name": "strings instead of numbers", "input": [["a", "b"], 3], "expected": [0, 1] } ] }"#;
    let root = problem_copy(&[("tests.json", tests)]);
    let out = run_in(root.path(), &["run", "two-sum", "--file", "problems/two-sum/reference.rs"]);
    assert_setup_error(&out, "does not fit the signature");
    assert!(stderr(&out).contains("tests.json: case 1 (\"strings instead of numbers\")"), "{}", stderr(&out));
}

#[test]
fn bad_solution_files_get_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let not_utf8 = dir.path().join("latin1.rs");
    std::fs::write(&not_utf8, b"// caf\xe9\nimpl Solution {}\n").unwrap();
    let cases: [(&str, &str); 3] = [
        ("no/such/file.rs", "no such file"),
        (dir.path().to_str().unwrap(), "is a directory"),
        (not_utf8.to_str().unwrap(), "not UTF-8"),
    ];
    for (file, needle) in cases {
        let out = command().args(["run", "two-sum", "--file", file]).output().unwrap();
        assert_setup_error(&out, needle);
    }
    let unknown_flag = command().args(["run", "two-sum", "--frobnicate"]).output().unwrap();
    assert_eq!(unknown_flag.status.code(), Some(2));
}

#[test]
fn an_unwritable_cache_dir_is_replaced_not_fatal() {
    let out = command()
        .env("JUDGE_CACHE_DIR", "/dev/null/cache")
        .args(["run", "two-sum", "--file", "problems/two-sum/reference.rs", "--case", "1", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot write the cache directory"), "{}", stderr(&out));
}

#[test]
fn a_damaged_cache_is_rebuilt() {
    let cache = tempfile::Builder::new().prefix("damaged-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let run = || {
        command()
            .env("JUDGE_CACHE_DIR", cache.path())
            .args(["run", "two-sum", "--file", "tests/fixtures/two-sum/ac_debug_printing.rs", "--json"])
            .output()
            .unwrap()
    };
    assert_eq!(run().status.code(), Some(0));
    // Truncate every built binary and rlib, and scribble over the reference profile.
    for entry in walkdir::WalkDir::new(cache.path()).into_iter().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == "solution" || name.ends_with(".rlib") {
            std::fs::write(entry.path(), b"").unwrap();
        } else if entry.path().parent().is_some_and(|p| p.ends_with("reference")) {
            std::fs::write(entry.path(), b"{ not json").unwrap();
        }
    }
    let again = run();
    let v: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(v["verdict"], "AC", "{v} {}", stderr(&again));
    assert_eq!(v["compile"]["cached"], false, "the damaged build was rebuilt: {v}");
}

#[test]
fn a_damaged_status_file_is_set_aside_not_lost() {
    let ws = common::fresh_solutions();
    std::fs::create_dir_all(ws.path().join(".judge")).unwrap();
    std::fs::write(ws.path().join(".judge/status.json"), "{ half written").unwrap();
    let out = command()
        .env("JUDGE_SOLUTIONS", ws.path())
        .args(["run", "two-sum", "--file", "problems/two-sum/reference.rs", "--case", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kept: Vec<_> = std::fs::read_dir(ws.path().join(".judge"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("damaged"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is kept aside");
    assert_eq!(std::fs::read_to_string(kept[0].path()).unwrap(), "{ half written");
}

#[test]
fn ctrl_c_leaves_no_process_and_no_scratch_behind() {
    let tmp = tempfile::Builder::new().prefix("sigint-tmp-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let cache = tempfile::Builder::new().prefix("sigint-cache-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    // Warm the cache, so the interrupt lands while the solution runs.
    let file = "tests/fixtures/two-sum/tle_sleep_forever.rs";
    let args = ["run", "two-sum", "--file", file, "--time-limit", "10s", "--case", "1"];
    let mut child =
        command().env("JUDGE_CACHE_DIR", cache.path()).env("TMPDIR", tmp.path()).args(args).spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(2500));
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(child.id() as i32), nix::sys::signal::Signal::SIGINT).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    std::thread::sleep(std::time::Duration::from_millis(200));
    let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().flatten().map(|e| e.path()).collect();
    assert!(left.is_empty(), "scratch left behind: {left:?}");
    let running = std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|e| std::fs::read_link(e.path().join("exe")).is_ok_and(|x| x.starts_with(cache.path())))
        .count();
    assert_eq!(running, 0, "a solution process survived Ctrl-C");
    let half_built = std::fs::read_dir(cache.path().join("tmp")).map(|d| d.count()).unwrap_or(0);
    assert_eq!(half_built, 0, "no half-written cache entry");
}

#[test]
fn json_errors_are_json_too() {
    let (code, v) = run_json(&["show", "no-such-problem", "--json"]);
    assert_eq!(code, 2);
    assert!(v["error"].as_str().unwrap().contains("unknown problem"));
}
