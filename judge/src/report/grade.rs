//! A grade's three forms: the table, the `--json` object and JUnit XML.

use super::human::Style;
use crate::grading::{Grade, Outcome};
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
use serde_json::{Value, json};
use std::time::Duration;

/// Counts over a grade.
pub struct Totals {
    pub problems: usize,
    pub attempted: usize,
    pub accepted: usize,
    pub errors: usize,
}

pub fn totals(grades: &[Grade]) -> Totals {
    Totals {
        problems: grades.len(),
        attempted: grades.iter().filter(|g| g.attempted()).count(),
        accepted: grades.iter().filter(|g| g.accepted()).count(),
        errors: grades.iter().filter(|g| matches!(g.outcome, Outcome::Error(_))).count(),
    }
}

/// The verdict column: a code, `-` for not attempted, `ERR` when the judge could not grade.
fn verdict_cell(g: &Grade, style: &Style) -> (String, usize) {
    match &g.outcome {
        Outcome::NotAttempted => (style.dim("-"), 1),
        Outcome::Error(_) => (style.bad("ERR"), 3),
        Outcome::Judged(j) if j.figures.verdict.is_accepted() => {
            (style.good(j.figures.verdict.code()), j.figures.verdict.code().len())
        }
        Outcome::Judged(j) => (style.bad(j.figures.verdict.code()), j.figures.verdict.code().len()),
    }
}

pub fn table(grades: &[Grade], wall: Duration, style: &Style) -> String {
    let width = grades.iter().map(|g| g.target.facts.slug.len()).max().unwrap_or(7).max(7);
    let mut out = String::new();
    out.push_str(&style.bold(&format!(
        "{:<width$}  {:<18} {:<7} {:>9} {:>10} {:>10} {:>8}\n",
        "problem", "topic", "verdict", "passed", "max CPU", "peak heap", "vs ref"
    )));
    for g in grades {
        let (verdict, shown) = verdict_cell(g, style);
        let pad = " ".repeat(7usize.saturating_sub(shown));
        let (passed, cpu, heap, ratio) = match &g.outcome {
            Outcome::Judged(j) if j.figures.total > 0 => (
                format!("{}/{}", j.figures.passed, j.figures.total),
                super::duration(j.figures.max_cpu),
                super::bytes(j.figures.peak_heap),
                j.ratio.map_or("-".into(), |r| format!("{r:.2}x")),
            ),
            _ => ("-".into(), "-".into(), "-".into(), "-".into()),
        };
        out.push_str(&format!(
            "{:<width$}  {:<18} {verdict}{pad} {passed:>9} {cpu:>10} {heap:>10} {ratio:>8}\n",
            g.target.facts.slug, g.target.facts.topic
        ));
    }
    let failures: Vec<String> = grades
        .iter()
        .filter_map(|g| match &g.outcome {
            Outcome::Judged(j) if !j.figures.verdict.is_accepted() => {
                Some(format!("  {}: {}", g.target.facts.slug, j.summary))
            }
            Outcome::Error(e) => Some(format!("  {}: {}", g.target.facts.slug, style.bad(&super::shorten(e, 300)))),
            _ => None,
        })
        .collect();
    if !failures.is_empty() {
        out.push('\n');
        out.push_str(&failures.join("\n"));
        out.push('\n');
    }
    let t = totals(grades);
    out.push_str(&style.dim(&format!(
        "\n{} accepted of {} attempted ({} problems, {} not attempted) in {}\n",
        t.accepted,
        t.attempted,
        t.problems,
        t.problems - t.attempted,
        super::duration(wall)
    )));
    out
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

pub fn json(grades: &[Grade], wall: Duration) -> Value {
    let problems: Vec<Value> = grades
        .iter()
        .map(|g| {
            let f = &g.target.facts;
            let mut v = json!({
                "slug": f.slug,
                "id": f.id,
                "topic": f.topic,
                "difficulty": f.difficulty,
                "file": g.target.path.display().to_string(),
                "attempted": g.attempted(),
            });
            match &g.outcome {
                Outcome::NotAttempted => v["verdict"] = Value::Null,
                Outcome::Error(e) => {
                    v["verdict"] = Value::Null;
                    v["error"] = json!(e);
                }
                Outcome::Judged(j) => {
                    v["verdict"] = json!(j.figures.verdict.code());
                    v["passed"] = json!(j.figures.passed);
                    v["total"] = json!(j.figures.total);
                    v["max_cpu_ms"] = json!(ms(j.figures.max_cpu));
                    v["peak_heap_bytes"] = json!(j.figures.peak_heap);
                    v["ratio_to_reference"] = json!(j.ratio.map(|r| (r * 1000.0).round() / 1000.0));
                    v["summary"] = json!(j.summary);
                    v["compile_ms"] = json!(ms(j.compile_time));
                    v["compile_cached"] = json!(j.compile_cached);
                }
            }
            v
        })
        .collect();
    let t = totals(grades);
    json!({
        "ok": t.errors == 0 && t.accepted == t.attempted,
        "problems": problems,
        "total": t.problems,
        "attempted": t.attempted,
        "accepted": t.accepted,
        "errors": t.errors,
        "wall_ms": ms(wall),
    })
}

/// JUnit XML: one testsuite per topic (in first-seen order), one testcase per
/// problem; a rejected solution is a failure whose message is the first
/// failing case, an ungradable one an error, a missing one skipped.
pub fn junit(grades: &[Grade], wall: Duration) -> anyhow::Result<String> {
    let mut report = Report::new("judge grade");
    report.set_time(wall);
    let mut topics: Vec<&str> = Vec::new();
    for g in grades {
        if !topics.contains(&g.target.facts.topic.as_str()) {
            topics.push(&g.target.facts.topic);
        }
    }
    for topic in topics {
        let mut suite = TestSuite::new(topic);
        for g in grades.iter().filter(|g| g.target.facts.topic == topic) {
            let f = &g.target.facts;
            let (status, time) = match &g.outcome {
                Outcome::NotAttempted => {
                    let mut s = TestCaseStatus::skipped();
                    s.set_message("not attempted");
                    (s, None)
                }
                Outcome::Error(e) => {
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Error);
                    s.set_message(e.as_str());
                    (s, None)
                }
                Outcome::Judged(j) if j.figures.verdict.is_accepted() => {
                    (TestCaseStatus::success(), Some(j.figures.max_cpu))
                }
                Outcome::Judged(j) => {
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    s.set_type(j.figures.verdict.code());
                    s.set_message(format!("{}: {}", j.figures.verdict.name(), j.summary));
                    (s, Some(j.figures.max_cpu))
                }
            };
            let mut case = TestCase::new(f.slug.as_str(), status);
            case.set_classname(format!("{}.{}", topic, f.slug));
            if let Some(t) = time {
                case.set_time(t);
            }
            suite.add_test_case(case);
        }
        report.add_test_suite(suite);
    }
    Ok(report.to_string()?)
}
