//! Hostile solutions leave nothing behind: no process of theirs survives a
//! run, no file appears outside their scratch space, the judge survives.
//! (Their verdicts are checked with every other fixture in run_verdicts.rs.)

mod common;

use common::command;
use std::path::Path;

const HOSTILE: &[&str] = &[
    "re_fork_bomb",
    "re_spawns_shell_daemon",
    "re_reexecutes_itself",
    "tle_thread_bomb",
    "ac_tries_to_write_files",
    "ac_tries_to_kill_the_judge",
    "re_spoofs_the_channel",
    "ac_cannot_read_the_tests",
];

/// Processes whose executable lives under `dir`, or whose command line has `marker`.
fn survivors(dir: &Path, marker: &str) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let pid = entry.file_name().to_string_lossy().into_owned();
        if !pid.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let exe = std::fs::read_link(entry.path().join("exe")).unwrap_or_default();
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if exe.starts_with(dir) || cmdline.contains(marker) {
            found.push(format!("{pid}: {} {cmdline}", exe.display()));
        }
    }
    found
}

/// Survivors after a short wait: a process SIGKILLed as the run ended may need
/// a moment on a busy machine to be scheduled and die; one that is still there
/// after two seconds survived.
fn survivors_after_kill(dir: &Path, marker: &str) -> Vec<String> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    loop {
        let left = survivors(dir, marker);
        if left.is_empty() || std::time::Instant::now() > deadline {
            return left;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn hostile_solutions_leave_no_process_and_no_file_behind() {
    let cache = tempfile::Builder::new().prefix("hostile-cache-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    let markers = [
        format!("{home}/judge-hostile-marker-home"),
        "/tmp/judge-hostile-marker-tmp".to_string(),
        format!("{}/judge-hostile-marker-cwd", env!("CARGO_MANIFEST_DIR")),
    ];
    for fixture in HOSTILE {
        let file = format!("tests/fixtures/two-sum/{fixture}.rs");
        let out = command()
            .env("JUDGE_CACHE_DIR", cache.path())
            .args(["run", "two-sum", "--file", &file, "--json", "--case", "1-3"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{fixture}: the judge printed no verdict ({e}); it may have been killed"));
        if *fixture == "ac_cannot_read_the_tests" && v["protections"]["landlock"] != true {
            continue;
        }
        let want = fixture.split('_').next().unwrap().to_uppercase();
        assert_eq!(v["verdict"], want.as_str(), "{fixture}: {v}");
        let left = survivors_after_kill(cache.path(), "4242.17");
        assert!(left.is_empty(), "{fixture} left processes running:\n{}", left.join("\n"));
    }
    for marker in &markers {
        for path in [marker.clone(), format!("{marker}-dir")] {
            assert!(!Path::new(&path).exists(), "a solution wrote {path}");
        }
    }
}

#[test]
fn the_run_records_its_protections() {
    let (_, v) =
        common::run_json(&["run", "two-sum", "--file", "problems/two-sum/reference.rs", "--json", "--case", "1"]);
    let p = &v["protections"];
    assert_eq!(p["process_group_kill"], true, "{v}");
    assert_eq!(p["parent_death_signal"], true, "{v}");
    if cfg!(target_os = "linux") && Path::new("/proc/sys/kernel/seccomp/actions_avail").exists() {
        assert_eq!(p["seccomp"], true, "{v}");
    }
}

#[test]
fn without_seccomp_the_process_group_kill_still_reaps_children() {
    let cache = tempfile::Builder::new().prefix("hostile-noseccomp-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    for fixture in ["re_fork_bomb", "re_spawns_shell_daemon"] {
        let file = format!("tests/fixtures/two-sum/{fixture}.rs");
        let out = command()
            .env("JUDGE_CACHE_DIR", cache.path())
            .env("JUDGE_NO_SECCOMP", "1")
            .args(["run", "two-sum", "--file", &file, "--json", "--case", "1-2"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["protections"]["seccomp"], false, "{v}");
        assert_ne!(v["verdict"], "AC", "{fixture}: {v}");
        let left = survivors_after_kill(cache.path(), "4242.17");
        assert!(left.is_empty(), "{fixture} left processes running without seccomp:\n{}", left.join("\n"));
    }
}

#[test]
fn doctor_reports_the_layers_and_a_probe_run() {
    let (code, v) = common::run_json(&["doctor", "--json"]);
    assert_eq!(code, 0, "{v}");
    let names: Vec<&str> = v["checks"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    for layer in ["seccomp", "landlock", "rlimits", "parent-death signal", "process-group kill"] {
        assert!(names.contains(&layer), "{layer} missing: {v}");
    }
    assert_eq!(v["probe_run"]["verdict"], "AC", "{v}");
}
