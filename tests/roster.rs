//! `judge grade --roster`: a class graded whole, and as 3 shares in separate
//! processes merged into the same report; merges that must be refused.
//!
//! Timing-dependent fields are left out of the comparisons: `wall_ms`,
//! `max_cpu_ms` and `ratio_to_reference` everywhere, the `summary` of AC and
//! TLE units (it quotes CPU times) and the peak heap of TLE units (where the
//! watchdog stops the solution decides it). Everything else (verdicts,
//! passed/total, the heap of finished runs, WA/CE summaries, counts, order)
//! must be identical.

mod common;

use common::{command, judge, run_json};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Child;

const PROBLEMS: [&str; 3] = ["two-sum", "valid-parentheses", "climbing-stairs"];

// The TLE solutions never finish their largest cases and finish the others
// far below the limit, so which cases pass does not depend on the machine's
// speed (the packages' own TLE submissions run some cases near the limit).
const SPINS_ON_LARGE_TWO_SUM: &str = "impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut spins = 0u64;
        while nums.len() >= 10_000 {
            spins = std::hint::black_box(spins + 1);
        }
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                if nums[i] + nums[j] == target {
                    return vec![i as i32, j as i32];
                }
            }
        }
        vec![]
    }
}
";

const SPINS_ON_LARGE_CLIMBING_STAIRS: &str = "impl Solution {
    pub fn climb_stairs(n: i32) -> i32 {
        let mut spins = 0u64;
        while n > 30 {
            spins = std::hint::black_box(spins + 1);
        }
        if n <= 2 { n } else { Self::climb_stairs(n - 1) + Self::climb_stairs(n - 2) }
    }
}
";

/// Four people over three problems: AC, WA, TLE, CE and missing files, and a
/// hidden folder that is not a person.
fn class() -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix("class-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems");
    let write = |person: &str, slug: &str, source: &str| {
        std::fs::create_dir_all(dir.path().join(person)).unwrap();
        std::fs::write(dir.path().join(person).join(format!("{slug}.rs")), source).unwrap();
    };
    let put = |person: &str, slug: &str, from: &str| {
        std::fs::create_dir_all(dir.path().join(person)).unwrap();
        std::fs::copy(root.join(slug).join(from), dir.path().join(person).join(format!("{slug}.rs"))).unwrap();
    };
    put("ana", "two-sum", "reference.rs");
    put("ana", "valid-parentheses", "submissions/wa/no_final_empty_check.rs");
    write("ben", "two-sum", SPINS_ON_LARGE_TWO_SUM);
    put("ben", "valid-parentheses", "reference.rs");
    put("ben", "climbing-stairs", "submissions/wa/fibonacci_off_by_one.rs");
    put("cy", "two-sum", "submissions/wa/stores_before_lookup.rs");
    write("cy", "climbing-stairs", SPINS_ON_LARGE_CLIMBING_STAIRS);
    write("dee", "two-sum", "impl Solution {\n    pub fn two_sum(\n}\n");
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    dir
}

fn grade_args<'a>(roster: &'a Path, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["grade"];
    args.extend(PROBLEMS);
    args.extend(["--roster", roster.to_str().unwrap(), "-j", "2", "--json"]);
    args.extend(extra);
    args
}

/// Starts one share as its own process, its JSON going to `out`.
fn spawn_share(roster: &Path, share: &str, out: &Path) -> Child {
    command()
        .args(grade_args(roster, &["--partition", share]))
        .stdout(std::fs::File::create(out).unwrap())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start judge")
}

/// The report without its timing-dependent fields.
fn untimed(report: &Value) -> Value {
    let mut r = report.clone();
    r.as_object_mut().unwrap().remove("wall_ms");
    for person in r["people"].as_array_mut().unwrap() {
        for unit in person["problems"].as_array_mut().unwrap() {
            let u = unit.as_object_mut().unwrap();
            u.remove("max_cpu_ms");
            u.remove("ratio_to_reference");
            let verdict = u["verdict"].as_str().unwrap_or("").to_string();
            if verdict == "AC" || verdict == "TLE" {
                u.remove("summary");
            }
            if verdict == "TLE" {
                u.remove("peak_heap_bytes");
            }
        }
    }
    r
}

/// `text` without any ` attr="..."` (JUnit times and messages, HTML tool tips).
fn strip_attr(text: &str, attr: &str) -> String {
    let needle = format!(" {attr}=\"");
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(&needle) {
        out.push_str(&rest[..at]);
        let value = &rest[at + needle.len()..];
        rest = &value[value.find('"').map_or(value.len(), |end| end + 1)..];
    }
    out.push_str(rest);
    out
}

/// CSV rows without the timing columns, and without the heap of TLE rows.
fn untimed_csv(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            let heap = if cells[5] == "TLE" { "" } else { cells[8] };
            format!("{},{heap}", cells[..8].join(","))
        })
        .collect()
}

fn unit<'a>(report: &'a Value, person: &str, slug: &str) -> &'a Value {
    let p = report["people"].as_array().unwrap().iter().find(|p| p["name"] == person).unwrap();
    p["problems"].as_array().unwrap().iter().find(|u| u["slug"] == slug).unwrap()
}

struct Files {
    junit: PathBuf,
    csv: PathBuf,
    html: PathBuf,
}

impl Files {
    fn new(dir: &Path, stem: &str) -> Files {
        Files {
            junit: dir.join(format!("{stem}.xml")),
            csv: dir.join(format!("{stem}.csv")),
            html: dir.join(format!("{stem}.html")),
        }
    }
    fn flags(&self) -> Vec<String> {
        let mut v = Vec::new();
        for (flag, path) in [("--junit", &self.junit), ("--csv", &self.csv), ("--html", &self.html)] {
            v.push(flag.to_string());
            v.push(path.to_str().unwrap().to_string());
        }
        v
    }
    fn read(&self, which: &Path) -> String {
        std::fs::read_to_string(which).unwrap_or_else(|e| panic!("{}: {e}", which.display()))
    }
}

#[test]
fn three_shares_merged_equal_the_whole_roster() {
    let roster = class();
    let work = tempfile::Builder::new().prefix("shares-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let whole = Files::new(work.path(), "whole");
    let merged = Files::new(work.path(), "merged");

    let flags = whole.flags();
    let extra: Vec<&str> = flags.iter().map(String::as_str).collect();
    let (code, whole_json) = run_json(&grade_args(roster.path(), &extra));
    assert_eq!(code, 1, "rejected solutions fail the grade: {whole_json}");

    // What the class did, as graded in one run.
    assert_eq!(whole_json["partition"], Value::Null);
    assert_eq!(whole_json["units"], 12);
    let names: Vec<&str> =
        whole_json["people"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["ana", "ben", "cy", "dee"], "sorted, .git is not a person");
    for (person, slug, verdict) in [
        ("ana", "two-sum", "AC"),
        ("ana", "valid-parentheses", "WA"),
        ("ben", "two-sum", "TLE"),
        ("ben", "valid-parentheses", "AC"),
        ("ben", "climbing-stairs", "WA"),
        ("cy", "two-sum", "WA"),
        ("cy", "climbing-stairs", "TLE"),
        ("dee", "two-sum", "CE"),
    ] {
        assert_eq!(unit(&whole_json, person, slug)["verdict"], verdict, "{person}/{slug}: {whole_json}");
    }
    let spins = unit(&whole_json, "ben", "two-sum");
    assert_eq!((spins["passed"].as_u64(), spins["total"].as_u64()), (Some(20), Some(23)), "{spins}");
    let missing = unit(&whole_json, "ana", "climbing-stairs");
    assert!(missing["verdict"].is_null() && missing["passed"].is_null(), "{missing}");
    let ana = &whole_json["people"][0];
    assert_eq!((ana["solved"].as_u64(), ana["attempted"].as_u64()), (Some(1), Some(2)));
    let solved_by: Vec<u64> =
        whole_json["problems"].as_array().unwrap().iter().map(|c| c["solved_by"].as_u64().unwrap()).collect();
    assert_eq!(solved_by, [1, 1, 0]);
    assert_eq!((whole_json["attempted"].as_u64(), whole_json["accepted"].as_u64()), (Some(8), Some(2)));

    // The same class as 3 shares, each its own process, as on 3 machines.
    let shares: Vec<PathBuf> = (1..=3).map(|k| work.path().join(format!("part-{k}.json"))).collect();
    let mut children: Vec<Child> =
        (1..=3).map(|k| spawn_share(roster.path(), &format!("{k}/3"), &shares[k - 1])).collect();
    for child in &mut children {
        let status = child.wait().unwrap();
        assert!(matches!(status.code(), Some(0 | 1)), "a share failed to grade: {status}");
    }
    let mut share_units = 0;
    for (k, share) in shares.iter().enumerate() {
        let part: Value = serde_json::from_str(&std::fs::read_to_string(share).unwrap()).unwrap();
        assert_eq!(part["partition"], format!("{}/3", k + 1));
        share_units += part["units"].as_u64().unwrap();
        assert!(part["units"].as_u64().unwrap() > 0, "every share has work: {part}");
    }
    assert_eq!(share_units, 12, "every unit in exactly one share");

    let mut args: Vec<String> = vec!["grade".into(), "merge".into()];
    args.extend(shares.iter().map(|s| s.to_str().unwrap().to_string()));
    args.extend(merged.flags());
    args.push("--json".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, merged_json) = run_json(&args);
    assert_eq!(code, 1, "the merge exits as the whole grade did");
    assert_eq!(untimed(&merged_json), untimed(&whole_json));

    let untimed_xml = |f: &Files| strip_attr(&strip_attr(&f.read(&f.junit), "time"), "message");
    assert_eq!(untimed_xml(&merged), untimed_xml(&whole));
    assert!(
        whole.read(&whole.junit).contains(r#"<testsuite name="ben" tests="3" skipped="0" errors="0" failures="2""#),
        "{}",
        whole.read(&whole.junit)
    );
    assert_eq!(untimed_csv(&merged.read(&merged.csv)), untimed_csv(&whole.read(&whole.csv)));
    assert_eq!(whole.read(&whole.csv).lines().count(), 13, "a header and a row per unit");
    let untimed_html = |f: &Files| strip_attr(&f.read(&f.html), "title");
    assert_eq!(untimed_html(&merged), untimed_html(&whole));
    let html = whole.read(&whole.html);
    assert!(html.contains("<style>") && !html.contains("<script") && !html.contains("http"), "self-contained");
    assert!(html.contains(r#"<td class="TLE""#) && html.contains(">dee</td>"), "{html}");

    // A hash split of the same class merges to the same report too.
    let hashed: Vec<PathBuf> = (1..=2).map(|k| work.path().join(format!("hash-{k}.json"))).collect();
    let mut children: Vec<Child> =
        (1..=2).map(|k| spawn_share(roster.path(), &format!("hash:{k}/2"), &hashed[k - 1])).collect();
    for child in &mut children {
        assert!(matches!(child.wait().unwrap().code(), Some(0 | 1)));
    }
    let (_, from_hash) =
        run_json(&["grade", "merge", hashed[0].to_str().unwrap(), hashed[1].to_str().unwrap(), "--json"]);
    assert_eq!(untimed(&from_hash), untimed(&whole_json));

    // Merges that must be refused, naming what is wrong.
    let s = |i: usize| shares[i].to_str().unwrap();
    let refused = |files: &[&str], says: &str| {
        let mut args = vec!["grade", "merge"];
        args.extend(files);
        let out = judge(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{files:?}: {stderr}");
        assert!(stderr.contains(says), "{files:?}: expected `{says}` in: {stderr}");
    };
    refused(&[s(0), s(1)], "missing share 3/3");
    refused(&[s(0), s(1), s(1), s(2)], "share given more than once: 2/3");
    refused(&[s(0), s(1), hashed[1].to_str().unwrap()], "different partition counts or schemes");
    refused(&[s(0), work.path().join("whole.json").to_str().unwrap()], "cannot read");

    // A share graded on another selection of problems.
    let other = work.path().join("other-1.json");
    let out = command()
        .args(["grade", "two-sum", "valid-parentheses", "--roster", roster.path().to_str().unwrap()])
        .args(["--partition", "1/3", "--json"])
        .output()
        .unwrap();
    std::fs::write(&other, &out.stdout).unwrap();
    refused(&[other.to_str().unwrap(), s(1), s(2)], "different problem sets");

    // A share from another judge version.
    let mut old: Value = serde_json::from_str(&std::fs::read_to_string(&shares[2]).unwrap()).unwrap();
    old["judge_version"] = "0.0.1".into();
    let old_file = work.path().join("old-3.json");
    std::fs::write(&old_file, old.to_string()).unwrap();
    refused(&[s(0), s(1), old_file.to_str().unwrap()], "from judge 0.0.1");

    // A share graded on another roster (someone renamed).
    let mut renamed: Value = serde_json::from_str(&std::fs::read_to_string(&shares[2]).unwrap()).unwrap();
    renamed["people"][3]["name"] = "dee2".into();
    let renamed_file = work.path().join("renamed-3.json");
    std::fs::write(&renamed_file, renamed.to_string()).unwrap();
    refused(&[s(0), s(1), renamed_file.to_str().unwrap()], "only in the first: dee; only in the second: dee2");

    // With --json the refusal is an error object.
    let (code, error) = run_json(&["grade", "merge", s(0), "--json"]);
    assert_eq!(code, 2);
    assert!(error["error"].as_str().unwrap().contains("missing shares 2/3, 3/3"), "{error}");
}

#[test]
fn bad_roster_requests_are_usage_errors() {
    let roster = class();
    let r = roster.path().to_str().unwrap();
    let not_json = roster.path().join("ana/two-sum.rs");
    for (args, says) in [
        (vec!["grade", "two-sum", "--roster", "/nonexistent/class"], "no such folder"),
        (vec!["grade", "two-sum", "--roster", r, "--partition", "4/3"], "1 <= K <= N"),
        (vec!["grade", "two-sum", "--roster", r, "--partition", "three"], "expected K/N"),
        (vec!["grade", "two-sum", "--partition", "1/2"], "--roster"),
        (vec!["grade", "merge", not_json.to_str().unwrap()], "not a roster report"),
    ] {
        let out = judge(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: expected `{says}` in: {stderr}");
    }
}

#[test]
fn an_ungradable_unit_keeps_the_share_mergeable_and_exits_2() {
    let roster = tempfile::Builder::new().prefix("broken-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems");
    std::fs::create_dir_all(roster.path().join("fay")).unwrap();
    std::fs::copy(root.join("two-sum/reference.rs"), roster.path().join("fay/two-sum.rs")).unwrap();
    // A folder where the solution file should be: the judge cannot read it.
    std::fs::create_dir_all(roster.path().join("gus/two-sum.rs")).unwrap();
    let share = roster.path().join("share.json");
    let out = command()
        .args(["grade", "two-sum", "--roster", roster.path().to_str().unwrap(), "--partition", "1/1", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).expect("stdout is exactly one JSON report");
    assert_eq!(report["errors"], 1);
    assert!(unit(&report, "gus", "two-sum")["error"].is_string(), "{report}");
    assert_eq!(unit(&report, "fay", "two-sum")["verdict"], "AC");
    std::fs::write(&share, &out.stdout).unwrap();
    let (code, merged) = run_json(&["grade", "merge", share.to_str().unwrap(), "--json"]);
    assert_eq!(code, 2, "the merged report is still incomplete");
    assert_eq!(merged["errors"], 1);
    assert_eq!(merged["partition"], Value::Null);
}

#[test]
fn a_plan_selects_the_roster_problems() {
    let roster = class();
    let (code, report) = run_json(&[
        "grade",
        "--roster",
        roster.path().to_str().unwrap(),
        "--plan",
        "top-50",
        "--topic",
        "dynamic-programming",
        "--json",
    ]);
    assert_eq!(code, 1, "{report}");
    let (_, plans) = run_json(&["plan", "--json"]);
    let top50 = plans["plans"].as_array().unwrap().iter().find(|p| p["id"] == "top-50").unwrap();
    let expected: Vec<&Value> = top50["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["title"] == "dynamic-programming")
        .flat_map(|g| g["problems"].as_array().unwrap().iter().map(|p| &p["slug"]))
        .collect();
    let columns: Vec<&Value> = report["problems"].as_array().unwrap().iter().map(|c| &c["slug"]).collect();
    assert!(!columns.is_empty());
    assert_eq!(columns, expected, "the plan's dynamic-programming problems, in catalog order");
    assert_eq!(report["units"].as_u64(), Some(4 * columns.len() as u64));
    assert_eq!(unit(&report, "cy", "climbing-stairs")["verdict"], "TLE");

    let out = judge(&["grade", "--roster", roster.path().to_str().unwrap(), "--plan", "no-such-plan"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown plan `no-such-plan`"));
}
