//! Study plans and the progress page: `judge plan` over the catalog's plans
//! and a scripted history, `judge next` and `judge mock` following the
//! active plan, and the HTML page checked in a real (headless) browser.

mod common;

use common::command;
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

const DAY_MS: i64 = 24 * 3600 * 1000;

/// A private workspace (solutions and history) for one test.
struct Ws {
    dir: tempfile::TempDir,
}

impl Ws {
    fn new() -> Ws {
        Ws { dir: tempfile::Builder::new().prefix("plans-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap() }
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
    fn ok_json(&self, args: &[&str]) -> Value {
        let (code, value) = self.json(args);
        assert_eq!(code, 0, "{args:?}: {value}");
        value
    }
    /// Imports a history written as `judge export` writes one.
    fn import(&self, attempts: Vec<Value>, events: Vec<Value>, sessions: Vec<Value>) {
        let file = self.path().join(format!("history-{}.json", attempts.len() + events.len()));
        let dump = json!({"format": "judge-history-1", "attempts": attempts, "events": events,
                          "snapshots": [], "sessions": sessions});
        std::fs::write(&file, dump.to_string()).unwrap();
        let out = self.judge(&["import", file.to_str().unwrap()]);
        assert!(out.status.success(), "import: {}", String::from_utf8_lossy(&out.stderr));
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}

fn attempt(slug: &str, at_ms: i64, verdict: &str, session: Option<&str>) -> Value {
    json!({"problem": slug, "at_ms": at_ms, "kind": if session.is_some() { "mock" } else { "run" },
           "verdict": verdict, "passed": if verdict == "AC" { 10 } else { 4 }, "total": 10, "max_cpu_ms": 1.25,
           "peak_heap_bytes": 4096, "source_hash": format!("{slug}-{at_ms}"), "session": session})
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The catalog's plans, read from the catalog itself (never retyped).
fn catalog_plans() -> Vec<Value> {
    let text = std::fs::read_to_string(root().join("problems/catalog.json")).unwrap();
    let catalog: Value = serde_json::from_str(&text).unwrap();
    catalog["plans"].as_array().expect("the catalog has plans").clone()
}

fn has_package(slug: &str) -> bool {
    root().join("problems").join(slug).join("problem.json").is_file()
}

fn plan_slugs(plan: &Value) -> HashSet<String> {
    plan["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["problems"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()))
        .collect()
}

fn plans_by_id(listing: &Value) -> HashMap<String, Value> {
    listing["plans"].as_array().unwrap().iter().map(|p| (p["id"].as_str().unwrap().to_string(), p.clone())).collect()
}

/// Each problem's state in a plan of `judge plan --json`.
fn states_in(plan: &Value) -> HashMap<String, String> {
    plan["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["problems"].as_array().unwrap().iter())
        .map(|p| (p["slug"].as_str().unwrap().to_string(), p["state"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn plan_json_lists_the_catalogs_plans_with_their_groups_and_states() {
    let ws = Ws::new();
    let listing = ws.ok_json(&["plan", "--json"]);
    let shown = listing["plans"].as_array().unwrap();
    let catalog = catalog_plans();
    assert!(catalog.len() >= 5, "the roadmap's plans: foundation, patterns, last-minute, oop, top-50");
    assert_eq!(shown.len(), catalog.len());
    for (p, c) in shown.iter().zip(&catalog) {
        assert_eq!(p["id"], c["id"], "the catalog's order");
        assert_eq!(p["title"], c["title"]);
        assert_eq!(p["active"], false);
        assert_eq!(p["solved"], 0);
        assert_eq!(p["total"].as_u64().unwrap() as usize, plan_slugs(c).len(), "distinct problems");
        let groups = p["groups"].as_array().unwrap();
        assert_eq!(groups.len(), c["groups"].as_array().unwrap().len());
        for (g, cg) in groups.iter().zip(c["groups"].as_array().unwrap()) {
            assert_eq!(g["title"], cg["title"]);
            let slugs: Vec<&Value> = g["problems"].as_array().unwrap().iter().map(|x| &x["slug"]).collect();
            let expected: Vec<&Value> = cg["problems"].as_array().unwrap().iter().collect();
            assert_eq!(slugs, expected, "the roadmap's order within {}", cg["title"]);
            for problem in g["problems"].as_array().unwrap() {
                let slug = problem["slug"].as_str().unwrap();
                // Problems without a package in this checkout are unavailable, never an error.
                let expected = if has_package(slug) { "new" } else { "unavailable" };
                assert_eq!(problem["state"], expected, "{slug}");
            }
        }
    }
    let ids: HashSet<&str> = shown.iter().map(|p| p["id"].as_str().unwrap()).collect();
    for id in ["foundation", "patterns", "last-minute", "oop", "top-50"] {
        assert!(ids.contains(id), "plan {id}");
    }

    // One plan: the same shape, that plan only; the human view says "not available yet".
    let one = ws.ok_json(&["plan", "patterns", "--json"]);
    assert_eq!(one["plans"].as_array().unwrap().len(), 1);
    assert_eq!(one["plans"][0]["id"], "patterns");
    let text = String::from_utf8(ws.judge(&["plan", "oop"]).stdout).unwrap();
    if catalog.iter().any(|c| c["id"] == "oop" && plan_slugs(c).iter().any(|s| !has_package(s))) {
        assert!(text.contains("not available yet"), "{text}");
    }

    // Unknown plans are usage errors, with the plans named.
    let (code, err) = ws.json(&["plan", "no-such-plan", "--json"]);
    assert_eq!(code, 2);
    assert!(err["error"].as_str().unwrap().contains("last-minute"), "{err}");
    let (code, err) = ws.json(&["plan", "--next", "--json"]);
    assert_eq!(code, 2, "--next needs a plan or an active one: {err}");
}

#[test]
fn solving_a_problem_moves_its_count_in_every_plan_that_has_it() {
    let ws = Ws::new();
    let before = plans_by_id(&ws.ok_json(&["plan", "--json"]));
    // A real solve: the reference judged as the user's file.
    std::fs::copy(root().join("problems/two-sum/reference.rs"), ws.path().join("two-sum.rs")).unwrap();
    assert!(ws.judge(&["run", "two-sum"]).status.success());
    let after = plans_by_id(&ws.ok_json(&["plan", "--json"]));
    let mut moved = 0;
    for c in catalog_plans() {
        let id = c["id"].as_str().unwrap();
        let has = plan_slugs(&c).contains("two-sum");
        let delta = after[id]["solved"].as_i64().unwrap() - before[id]["solved"].as_i64().unwrap();
        assert_eq!(delta, has as i64, "plan {id}");
        if has {
            moved += 1;
            assert_eq!(states_in(&after[id])["two-sum"], "solved");
        }
    }
    assert!(moved >= 2, "two-sum is in several plans");

    // A failed attempt makes a problem attempted, not solved.
    ws.import(vec![attempt("contains-duplicate", now_ms() - 60_000, "WA", None)], vec![], vec![]);
    let top = &plans_by_id(&ws.ok_json(&["plan", "--json"]))["top-50"];
    assert_eq!(states_in(top)["contains-duplicate"], "attempted");
    assert_eq!(top["solved"], after["top-50"]["solved"]);
}

#[test]
fn next_of_a_plan_and_the_active_plan_steer_judge_next() {
    let ws = Ws::new();
    let plans = catalog_plans();
    let last_minute = plans.iter().find(|p| p["id"] == "last-minute").unwrap();
    let order: Vec<String> = last_minute["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["problems"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()))
        .filter(|s| has_package(s))
        .collect();
    assert!(order.len() >= 3);
    let (first, second) = (&order[0], &order[1]);

    let next = ws.ok_json(&["plan", "last-minute", "--next", "--json"]);
    assert_eq!(&next["slug"], first);

    // Solved weeks ago (so due for review now), plus the plan's first problem solved today.
    let now = now_ms();
    ws.import(
        vec![attempt("climbing-stairs", now - 40 * DAY_MS, "AC", None), attempt(first, now - 60_000, "AC", None)],
        vec![],
        vec![],
    );
    let next = ws.ok_json(&["plan", "last-minute", "--next", "--json"]);
    assert_eq!(&next["slug"], second, "the next unsolved problem in the plan's order");

    let started = ws.ok_json(&["plan", "last-minute", "--start", "--json"]);
    assert_eq!(started["active"], "last-minute");
    let listing = plans_by_id(&ws.ok_json(&["plan", "--json"]));
    assert_eq!(listing["last-minute"]["active"], true);
    assert_eq!(listing["top-50"]["active"], false);
    // Without an id, --next is the active plan's.
    assert_eq!(&ws.ok_json(&["plan", "--next", "--json"])["slug"], second);

    let next = ws.ok_json(&["next", "-n", "4", "--json"]);
    assert_eq!(next["plan"], "last-minute");
    let slugs: Vec<&str> = next["problems"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    assert_eq!(slugs[0], "climbing-stairs", "due reviews first, as without a plan: {slugs:?}");
    let rest: Vec<&str> = order.iter().skip(1).take(3).map(String::as_str).collect();
    assert_eq!(&slugs[1..], rest.as_slice(), "then the plan's unsolved problems in its order");

    // Stopping the plan: `judge next` ranks every problem again (new ones in catalog order).
    assert_eq!(ws.ok_json(&["plan", "--stop", "--json"])["active"], Value::Null);
    let next = ws.ok_json(&["next", "-n", "4", "--json"]);
    assert_eq!(next["plan"], Value::Null);
    assert_eq!(next["problems"][0], "climbing-stairs");
    assert!(plans_by_id(&ws.ok_json(&["plan", "--json"])).values().all(|p| p["active"] == false));
}

#[test]
fn a_plan_whose_available_problems_are_solved_has_no_next() {
    let ws = Ws::new();
    let patterns = catalog_plans().into_iter().find(|p| p["id"] == "patterns").unwrap();
    let available: Vec<String> = plan_slugs(&patterns).into_iter().filter(|s| has_package(s)).collect();
    let mut args = vec!["known"];
    args.extend(available.iter().map(String::as_str));
    assert!(ws.judge(&args).status.success());
    let next = ws.ok_json(&["plan", "patterns", "--next", "--json"]);
    assert_eq!(next["slug"], Value::Null, "{next}");
    let plan = &ws.ok_json(&["plan", "patterns", "--json"])["plans"][0];
    assert_eq!(plan["solved"].as_u64().unwrap() as usize, available.len());
    assert_eq!(plan["current_group"], Value::Null);
}

#[test]
fn mock_plan_picks_from_the_plan_and_stays_spoiler_free() {
    let ws = Ws::new();
    let plans = catalog_plans();
    let last_minute = plan_slugs(plans.iter().find(|p| p["id"] == "last-minute").unwrap());
    let catalog: Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("problems/catalog.json")).unwrap()).unwrap();
    let title_of = |slug: &str| {
        catalog["problems"].as_array().unwrap().iter().find(|p| p["slug"] == slug).unwrap()["title"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let started = ws.ok_json(&["mock", "start", "--plan", "last-minute", "--count", "3", "--seed", "7", "--json"]);
    let picked = started["problems"].as_array().unwrap();
    assert_eq!(picked.len(), 3);
    for p in picked {
        let slug = p["slug"].as_str().unwrap();
        assert!(last_minute.contains(slug), "{slug} is not in the plan");
        let file = std::fs::read_to_string(p["file"].as_str().unwrap()).unwrap();
        let title = title_of(slug);
        assert!(!file.contains(&title) && !file.contains("last-minute"), "spoiler-free, but {title}: {file}");
    }
    ws.ok_json(&["mock", "end", "--json"]);

    // The active plan is favoured without --plan: its problems come first.
    assert!(ws.judge(&["plan", "last-minute", "--start"]).status.success());
    let started = ws.ok_json(&["mock", "start", "--count", "3", "--seed", "11", "--json"]);
    for p in started["problems"].as_array().unwrap() {
        assert!(last_minute.contains(p["slug"].as_str().unwrap()), "{} is not in the active plan", p["slug"]);
    }
    ws.ok_json(&["mock", "end", "--json"]);

    // A plan without available problems, or an unknown plan, is a usage error.
    let (code, err) = ws.json(&["mock", "start", "--plan", "no-such-plan", "--json"]);
    assert_eq!(code, 2, "{err}");
    if let Some(empty) = plans.iter().find(|p| plan_slugs(p).iter().all(|s| !has_package(s))) {
        let (code, err) = ws.json(&["mock", "start", "--plan", empty["id"].as_str().unwrap(), "--json"]);
        assert_eq!(code, 2, "{err}");
        assert!(err["error"].as_str().unwrap().contains("available"), "{err}");
    }
}

/// A few weeks of practice: attempts on many days, an ended mock session.
fn scripted_history(ws: &Ws) -> (usize, String) {
    let now = now_ms();
    let day = |ago: i64, minute: i64| now - ago * DAY_MS + minute * 60_000 - 3 * 3600 * 1000;
    let mut attempts = Vec::new();
    let script: &[(&str, i64, &[&str])] = &[
        ("two-sum", 24, &["WA", "AC"]),
        ("contains-duplicate", 23, &["AC"]),
        ("valid-anagram", 21, &["RE", "WA", "AC"]),
        ("best-time-to-buy-and-sell-stock", 18, &["AC"]),
        ("reverse-linked-list", 15, &["AC"]),
        ("merge-two-sorted-lists", 12, &["WA", "WA"]),
        ("climbing-stairs", 9, &["AC"]),
        ("house-robber", 6, &["TLE", "AC"]),
        ("maximum-subarray", 3, &["WA"]),
        ("valid-parentheses", 1, &["AC", "AC"]),
    ];
    for (slug, ago, verdicts) in script {
        for (k, v) in verdicts.iter().enumerate() {
            attempts.push(attempt(slug, day(*ago, k as i64 * 9), v, None));
        }
    }
    let id = "20261101-090000-beef".to_string();
    let started = day(10, 0);
    attempts.push(attempt("linked-list-cycle", started + 12 * 60_000, "AC", Some(&id)));
    attempts.push(attempt("coin-change", started + 30 * 60_000, "WA", Some(&id)));
    // UTC days, as the page counts them.
    let days: HashSet<i64> = attempts.iter().map(|a| a["at_ms"].as_i64().unwrap().div_euclid(DAY_MS)).collect();
    let problems = json!([{"slug": "linked-list-cycle", "file": "/nowhere/problem-1.rs"},
                          {"slug": "coin-change", "file": "/nowhere/problem-2.rs"}]);
    let session = json!({"id": id, "started_ms": started, "deadline_ms": started + 45 * 60_000,
                         "ended_ms": started + 41 * 60_000, "dir": "/nowhere", "problems": problems.to_string()});
    let events = vec![json!({"problem": "merge-two-sorted-lists", "at_ms": day(12, 1), "kind": "hint",
                             "detail": "1", "session": null})];
    ws.import(attempts, events, vec![session]);
    assert!(ws.judge(&["plan", "last-minute", "--start"]).status.success());
    (days.len(), id)
}

#[test]
fn the_progress_page_is_self_contained_and_never_overwrites_a_users_file() {
    let ws = Ws::new();
    let (active_days, session) = scripted_history(&ws);
    let page = ws.path().join("progress.html");
    let written = ws.ok_json(&["stats", "--html", page.to_str().unwrap(), "--json"]);
    assert!(written["file"].as_str().unwrap().ends_with("progress.html"));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for id in ["heatmap", "by-topic", "by-difficulty", "plans", "weakest-patterns", "reviews", "mocks"] {
        assert!(html.contains(&format!("id=\"{id}\"")), "section {id}");
    }
    // Self-contained: no scripts, no links or sources to fetch.
    for banned in ["<script", "src=", "href=", "url(", "@import"] {
        assert!(!html.contains(banned), "the page has {banned}");
    }
    let days = html.matches("class=\"day\"").count();
    assert!(days >= 52 * 7, "a year of days: {days}");
    assert_eq!(days - html.matches("data-attempts=\"0\"").count(), active_days, "days with attempts");
    assert!(html.contains(&session), "the ended mock session");
    assert!(html.contains("Linked List Cycle"), "an ended session shows its problems");

    // `judge plan --html` writes the same page, and may replace a page the judge wrote...
    assert!(ws.judge(&["plan", "--html", page.to_str().unwrap()]).status.success());
    // ...but never a file of the user's.
    let mine = ws.path().join("notes.html");
    std::fs::write(&mine, "<p>my notes</p>").unwrap();
    let (code, err) = ws.json(&["stats", "--html", mine.to_str().unwrap(), "--json"]);
    assert_eq!(code, 2, "{err}");
    assert!(err["error"].as_str().unwrap().contains("never overwritten"), "{err}");
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "<p>my notes</p>");
}

#[test]
fn a_running_mock_session_is_not_given_away_by_the_page() {
    let ws = Ws::new();
    let started = ws.ok_json(&["mock", "start", "--count", "2", "--seed", "3", "--json"]);
    let page = ws.path().join("p.html");
    assert!(ws.judge(&["stats", "--html", page.to_str().unwrap()]).status.success());
    let html = std::fs::read_to_string(&page).unwrap();
    let mocks = &html[html.find("id=\"mocks\"").unwrap()..];
    assert!(mocks.contains("hidden until the session ends"));
    for p in started["problems"].as_array().unwrap() {
        assert!(!mocks.contains(p["slug"].as_str().unwrap()), "running session's {} shown", p["slug"]);
    }
    ws.ok_json(&["mock", "end", "--json"]);
}

// ------------------------------------------------------------------ in a browser

/// Headless Chromium, installed by `tests/browser/ensure-chromium.sh` where it
/// can be; None (with the reason printed) where it cannot.
fn chromium() -> Option<PathBuf> {
    let out = std::process::Command::new("sh").arg(root().join("tests/browser/ensure-chromium.sh")).output().ok()?;
    if !out.status.success() {
        eprintln!("SKIPPED: the browser test needs headless Chromium: {}", String::from_utf8_lossy(&out.stderr).trim());
        return None;
    }
    Some(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

/// Runs the browser on `page` with `args`, within two minutes.
fn browse(browser: &Path, profile: &Path, args: &[&str], page: &Path) -> std::process::Output {
    let child = std::process::Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start chromium");
    let (done, wait) = std::sync::mpsc::channel();
    let pid = child.id();
    std::thread::spawn(move || done.send(child.wait_with_output()));
    match wait.recv_timeout(std::time::Duration::from_secs(120)) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            let _ = std::process::Command::new("kill").arg(pid.to_string()).status();
            panic!("chromium did not finish within two minutes");
        }
    }
}

/// Width and height from a PNG's header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&bytes[16..20]), be(&bytes[20..24]))
}

#[test]
fn the_progress_page_renders_in_a_real_browser() {
    let Some(browser) = chromium() else { return };
    let ws = Ws::new();
    let (active_days, _) = scripted_history(&ws);
    let page = ws.path().join("progress.html");
    assert!(ws.judge(&["plan", "--html", page.to_str().unwrap()]).status.success());
    let blank = ws.path().join("blank.html");
    std::fs::write(&blank, "<!DOCTYPE html><html><body></body></html>").unwrap();
    let profile = ws.path().join("chromium-profile");

    // The DOM as the browser built it: every part of the page is there.
    let dom = String::from_utf8(browse(&browser, &profile, &["--dump-dom"], &page).stdout).unwrap();
    for id in ["summary", "heatmap", "by-topic", "by-difficulty", "plans", "weakest-patterns", "reviews", "mocks"] {
        assert!(dom.contains(&format!("id=\"{id}\"")), "the browser's DOM has no #{id}");
    }
    let days = dom.matches("class=\"day\"").count();
    assert!(days >= 52 * 7, "{days} days in the calendar");
    assert_eq!(days - dom.matches("data-attempts=\"0\"").count(), active_days, "days with attempts");
    for plan in catalog_plans() {
        assert!(dom.contains(&format!("id=\"plan-{}\"", plan["id"].as_str().unwrap())), "plan {}", plan["id"]);
    }
    assert!(dom.contains("class=\"mock\""), "the mock session's row");
    assert!(dom.contains("active-tag"), "the active plan is marked");

    // The screenshot: the right size, and far from a blank page's.
    let shot = ws.path().join("progress.png");
    let blank_shot = ws.path().join("blank.png");
    for (file, png) in [(&page, &shot), (&blank, &blank_shot)] {
        let arg = format!("--screenshot={}", png.display());
        let out = browse(&browser, &profile, &[&arg, "--window-size=1280,2200"], file);
        assert!(png.is_file(), "no screenshot: {}", String::from_utf8_lossy(&out.stderr));
    }
    let (ours, empty) = (std::fs::read(&shot).unwrap(), std::fs::read(&blank_shot).unwrap());
    assert_eq!(png_size(&ours), (1280, 2200));
    // A blank page compresses to almost nothing; text, bars and the calendar do not.
    assert!(
        ours.len() > 8 * empty.len(),
        "the screenshot looks blank: {} bytes, a blank page {}",
        ours.len(),
        empty.len()
    );
    // Kept for a look by hand.
    let keep = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("progress-page.png");
    std::fs::copy(&shot, &keep).unwrap();
    eprintln!("screenshot: {}", keep.display());
}
