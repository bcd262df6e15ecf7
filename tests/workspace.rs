//! The user's workflow around `judge run`: starting a file, naming problems,
//! subsets of cases, own inputs and saved cases, clear errors.

mod common;

use common::{command, fresh_solutions, run_json};

fn in_workspace(solutions: &std::path::Path, args: &[&str]) -> std::process::Output {
    command().env("JUDGE_SOLUTIONS", solutions).args(args).output().unwrap()
}

#[test]
fn new_writes_the_template_and_never_overwrites() {
    let ws = fresh_solutions();
    let out = in_workspace(ws.path(), &["new", "two-sum"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let path = ws.path().join("two-sum.rs");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>"), "{text}");
    assert!(text.contains("https://leetcode.com/problems/two-sum/"));

    std::fs::write(&path, "// my precious work\n").unwrap();
    let again = in_workspace(ws.path(), &["new", "1"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("never overwrites"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "// my precious work\n");

    // The untouched template compiles and fails at run time with todo!().
    let tree = in_workspace(ws.path(), &["new", "maximum-depth-of-binary-tree"]);
    if tree.status.success() {
        let run = in_workspace(ws.path(), &["run", "maximum-depth-of-binary-tree", "--json"]);
        let out: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
        assert_eq!(out["verdict"], "RE", "{out}");
    }
}

#[test]
fn problems_are_named_by_slug_number_or_prefix() {
    // An exact slug wins over the longer slugs it is a prefix of.
    for (name, slug) in [("two-sum", "two-sum"), ("1", "two-sum"), ("two-sum-ii-", "two-sum-ii-input-array-is-sorted")]
    {
        let (_, out) = run_json(&["run", name, "--file", "problems/two-sum/reference.rs", "--json", "--case", "1"]);
        assert_eq!(out["problem"].as_str(), Some(slug), "{name}: {out}");
    }
    let (code, out) = run_json(&["run", "longest-subs", "--file", "x.rs", "--json"]);
    assert_eq!(code, 2, "{out}");
    assert!(out["error"].as_str().unwrap().contains("no such file"), "the prefix resolved: {out}");
    let (code, out) = run_json(&["run", "two", "--json"]);
    assert_eq!(code, 2, "{out}");
    assert!(out["error"].as_str().unwrap().contains("matches several problems"), "{out}");
    let (code, out) = run_json(&["run", "no-such-problem", "--json"]);
    assert_eq!(code, 2);
    assert!(out["error"].as_str().unwrap().contains("unknown problem"), "{out}");
}

#[test]
fn missing_solution_file_is_a_clear_setup_error() {
    let ws = fresh_solutions();
    let out = in_workspace(ws.path(), &["run", "two-sum"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("judge new two-sum"), "{err}");
}

#[test]
fn case_subsets_run_only_what_was_asked() {
    let file = "problems/two-sum/reference.rs";
    let (_, out) = run_json(&["run", "two-sum", "--file", file, "--json", "--case", "2-4,7"]);
    let numbers: Vec<u64> = out["cases"].as_array().unwrap().iter().map(|c| c["number"].as_u64().unwrap()).collect();
    assert_eq!(numbers, vec![2, 3, 4, 7]);
    let (code, out) = run_json(&["run", "two-sum", "--file", file, "--json", "--case", "0"]);
    assert_eq!(code, 2, "{out}");
}

#[test]
fn failed_reruns_the_cases_that_failed_last_time() {
    let ws = fresh_solutions();
    // The user's own file (runs of the problems' files are not remembered).
    let wrong = ws.path().join("two-sum-draft.rs");
    std::fs::copy("problems/two-sum/submissions/wa/stores_before_lookup.rs", &wrong).unwrap();
    let wrong = wrong.to_str().unwrap();
    let run = in_workspace(ws.path(), &["run", "two-sum", "--file", wrong, "--json"]);
    let first: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let failed: Vec<u64> = first["cases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["verdict"] != "AC")
        .map(|c| c["number"].as_u64().unwrap())
        .collect();
    assert!(!failed.is_empty());
    let rerun = in_workspace(ws.path(), &["run", "two-sum", "--file", wrong, "--json", "--failed"]);
    let second: serde_json::Value = serde_json::from_slice(&rerun.stdout).unwrap();
    let mut numbers: Vec<u64> =
        second["cases"].as_array().unwrap().iter().map(|c| c["number"].as_u64().unwrap()).collect();
    numbers.sort();
    assert_eq!(numbers, failed);
}

#[test]
fn own_input_is_validated_compared_with_the_reference_and_saved() {
    let ws = fresh_solutions();
    let wrong = "problems/two-sum/submissions/wa/stores_before_lookup.rs";
    // Breaks "exactly one answer": a clear message, exit 2.
    let bad = in_workspace(ws.path(), &["run", "two-sum", "--file", wrong, "--input", "[1,1,1]", "2"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("constraint"), "{}", String::from_utf8_lossy(&bad.stderr));
    let not_json = in_workspace(ws.path(), &["run", "two-sum", "--file", wrong, "--input", "[3,3", "6"]);
    assert_eq!(not_json.status.code(), Some(2));

    let out =
        in_workspace(ws.path(), &["run", "two-sum", "--file", wrong, "--input", "[3,3]", "6", "--json", "--save"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["expected"], serde_json::json!([0, 1]));
    assert_eq!(v["actual"], serde_json::json!([0, 0]), "{v}");
    assert_eq!(v["verdict"], "WA", "{v}");
    assert_eq!(out.status.code(), Some(1));
    let saved = v["saved_as_case"].as_u64().unwrap();
    assert!(ws.path().join(".judge/cases/two-sum.json").is_file());

    // Every later run includes the saved case.
    let all = in_workspace(ws.path(), &["run", "two-sum", "--file", wrong, "--json"]);
    let all: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    let own = all["cases"].as_array().unwrap().iter().find(|c| c["number"].as_u64() == Some(saved)).cloned();
    assert_eq!(own.expect("the saved case runs")["verdict"], "WA", "{all}");
    assert!(!std::path::Path::new("problems/two-sum/cases").exists());
}

#[test]
fn broken_problem_data_names_file_and_line() {
    let root = tempfile::tempdir().unwrap();
    let problems = root.path().join("problems");
    std::fs::create_dir_all(problems.join("two-sum")).unwrap();
    std::fs::copy("problems/catalog.json", problems.join("catalog.json")).unwrap();
    for f in ["problem.json", "reference.rs", "statement.md"] {
        std::fs::copy(format!("problems/two-sum/{f}"), problems.join("two-sum").join(f)).unwrap();
    }
    std::fs::write(
        problems.join("two-sum/tests.json"),
        "{\n  \"cases\": [\n    { \"name\": \"x\", \"input\": [[1,2] 3] }\n  ]\n}\n",
    )
    .unwrap();
    let out = command()
        .env("JUDGE_ROOT", root.path())
        .args(["run", "two-sum", "--file", "problems/two-sum/reference.rs"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("two-sum/tests.json:3:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn list_and_show_work_for_humans_and_machines() {
    let (code, out) = run_json(&["list", "--json"]);
    assert_eq!(code, 0);
    assert!(out["problems"].as_array().unwrap().iter().any(|p| p["slug"] == "two-sum"));
    let (_, trees) = run_json(&["list", "--topic", "trees", "--json"]);
    assert!(trees["problems"].as_array().unwrap().iter().all(|p| p["topic"] == "trees"));
    let (code, shown) = run_json(&["show", "two-sum", "--json"]);
    assert_eq!(code, 0);
    assert!(shown["statement"].as_str().unwrap().contains("# Two Sum"));
    // A generated case, with the reference's answer as its expected output.
    let (code, case) = run_json(&["show", "two-sum", "--case", "22", "--json"]);
    assert_eq!(code, 0, "{case}");
    assert_eq!(case["expected"], serde_json::json!([9998, 9999]));
    assert_eq!(case["input"][0].as_array().unwrap().len(), 10_000);
}

#[test]
fn two_judges_at_once_share_a_cold_cache_safely() {
    let cache = tempfile::Builder::new().prefix("cold-cache-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let spawn = || {
        command()
            .env("JUDGE_CACHE_DIR", cache.path())
            .args([
                "run",
                "two-sum",
                "--file",
                "tests/fixtures/two-sum/ac_leetcode_paste_deprecated_items.rs",
                "--json",
            ])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["verdict"], "AC", "{v}");
    }
    // And the cache they filled serves an unchanged re-run without compiling.
    let again = command()
        .env("JUDGE_CACHE_DIR", cache.path())
        .args(["run", "two-sum", "--file", "tests/fixtures/two-sum/ac_leetcode_paste_deprecated_items.rs", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(v["compile"]["cached"], true, "{v}");
}

/// Edits of one file go through its incremental slot: every verdict follows
/// the file as it is now (a wrong edit is WA, the fix AC again, a compile
/// error reported with the user's line), and damaged incremental state is
/// thrown away rather than trusted.
#[test]
fn edits_of_one_file_reuse_its_incremental_state_and_verdicts_follow_the_edits() {
    let cache = tempfile::Builder::new().prefix("inc-cache-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let dir = tempfile::Builder::new().prefix("inc-src-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let file = dir.path().join("two_sum.rs");
    let reference = std::fs::read_to_string("problems/two-sum/reference.rs").unwrap();
    let run = |text: &str| {
        std::fs::write(&file, text).unwrap();
        let out = command()
            .env("JUDGE_CACHE_DIR", cache.path())
            .args(["run", "two-sum", "--file", file.to_str().unwrap(), "--json"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        v
    };
    assert_eq!(run(&reference)["verdict"], "AC");
    // One slot for this file, one for the reference (built for the profile).
    let slots: Vec<_> =
        std::fs::read_dir(cache.path().join("incremental")).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(slots.len(), 2, "{slots:?}");
    assert!(slots.iter().all(|s| s.join("inc-2024").is_dir()), "rustc's incremental state is kept");

    // A wrong edit: the answer is off by one everywhere.
    let wrong = reference.replacen("vec![", "vec![1 + ", 1);
    assert_ne!(wrong, reference, "the reference builds its answer with vec![");
    let v = run(&wrong);
    assert_eq!(v["verdict"], "WA", "{v}");
    assert_eq!(v["compile"]["cached"], false);
    // A compile error keeps the user's file and line.
    let broken = format!("{reference}\nfn broken() -> i32 {{ \"no\" }}\n");
    let v = run(&broken);
    assert_eq!(v["verdict"], "CE", "{v}");
    let shown = v["compile"]["error"].as_str().unwrap_or_default().to_string();
    assert!(shown.contains("two_sum.rs"), "{shown}");
    // Damaged state: every file of rustc's incremental session overwritten.
    for entry in slots.iter().flat_map(|s| walkdir::WalkDir::new(s.join("inc-2024"))).flatten() {
        if entry.file_type().is_file() {
            std::fs::write(entry.path(), b"garbage").unwrap();
        }
    }
    let fixed = format!("{reference}\n// fixed\n");
    let v = run(&fixed);
    assert_eq!(v["verdict"], "AC", "{v}");
    assert_eq!(v["compile"]["cached"], false);
    // The unchanged file compiles nothing; slots are per file, not per edit
    // (the third is the WA's overflow-checked diagnosis build).
    assert_eq!(run(&fixed)["compile"]["cached"], true);
    assert_eq!(std::fs::read_dir(cache.path().join("incremental")).unwrap().count(), 3);
}

/// A user's CARGO_TARGET_DIR must not move the offered crates' build (rand,
/// regex, itertools) away from where the judge links their dependencies.
#[test]
fn offered_crates_build_in_the_cache_whatever_cargo_target_dir_says() {
    let cache = tempfile::Builder::new().prefix("crates-cache-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let elsewhere = tempfile::Builder::new().prefix("user-target-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let out = command()
        .env("JUDGE_CACHE_DIR", cache.path())
        .env("CARGO_TARGET_DIR", elsewhere.path())
        .args(["run", "two-sum", "--file", "tests/fixtures/two-sum/ac_rand_and_regex.rs", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!(v["verdict"], "AC", "{v}");
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0, "nothing built in the user's target dir");
}
