//! A roster grade's forms: the terminal matrix, JUnit XML (a testsuite per
//! person), CSV (a row per unit) and one self-contained HTML table. All are
//! rendered from the [`RosterReport`] model, so a merged report renders
//! exactly as a whole run's would.

use super::human::Style;
use crate::roster::{RosterReport, UnitResult};
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
use std::time::Duration;

/// The short cell of a unit: its verdict, `-` when not attempted, `ERR` when ungradable.
fn code(u: &UnitResult) -> &str {
    match (&u.verdict, &u.error) {
        (Some(v), _) => v,
        (None, Some(_)) => "ERR",
        (None, None) => "-",
    }
}

fn duration_ms(ms: f64) -> Duration {
    Duration::from_secs_f64(ms.max(0.0) / 1e3)
}

/// Beyond this many problems the matrix would not fit a terminal: the table
/// then gives counts only (the CSV and HTML have every cell).
const MATRIX_MAX_PROBLEMS: usize = 24;
/// Failures listed under the table; the rest are counted.
const FAILURES_SHOWN: usize = 40;

/// People down, problems across (numbered, with a legend: slugs do not fit
/// across a terminal), then who failed where.
pub fn table(r: &RosterReport, style: &Style) -> String {
    let mut out = String::new();
    let matrix = r.problems.len() <= MATRIX_MAX_PROBLEMS;
    let shown = if matrix { r.problems.as_slice() } else { &[] };
    let width = r.people.iter().map(|p| p.name.len()).max().unwrap_or(6).max(6);
    if let Some(p) = &r.partition {
        out.push_str(&style.dim(&format!("share {p} of the roster: {} units\n", r.units)));
    }
    out.push_str(&style.bold(&format!("{:<width$}  {:>6} {:>9} ", "person", "solved", "attempted")));
    for (i, _) in shown.iter().enumerate() {
        out.push_str(&style.bold(&format!(" {:>4}", i + 1)));
    }
    out.push('\n');
    for person in &r.people {
        out.push_str(&format!("{:<width$}  {:>6} {:>9} ", person.name, person.solved, person.attempted));
        for column in shown {
            let cell = match person.problems.iter().find(|u| u.slug == column.slug) {
                None => "    ".to_string(), // another share's unit
                Some(u) => {
                    let c = code(u);
                    let pad = " ".repeat(4usize.saturating_sub(c.len()));
                    match c {
                        "AC" => format!("{pad}{}", style.good(c)),
                        "-" => format!("{pad}{}", style.dim(c)),
                        _ => format!("{pad}{}", style.bad(c)),
                    }
                }
            };
            out.push(' ');
            out.push_str(&cell);
        }
        out.push('\n');
    }
    if matrix {
        out.push_str(&format!("{:<width$}  {:>6} {:>9} ", "solved by", "", ""));
        for column in shown {
            out.push_str(&format!(" {:>4}", column.solved_by));
        }
        out.push('\n');
    }
    out.push('\n');
    for (i, column) in r.problems.iter().enumerate() {
        let solved = if matrix { String::new() } else { format!(": solved by {}", column.solved_by) };
        out.push_str(&style.dim(&format!("{:>4}  {} ({}){solved}\n", i + 1, column.slug, column.topic)));
    }
    let failures: Vec<String> = r
        .people
        .iter()
        .flat_map(|p| {
            p.problems.iter().filter(|u| u.attempted() && !u.accepted()).map(move |u| {
                let why = u.error.as_deref().or(u.summary.as_deref()).unwrap_or("");
                format!("  {}/{}: {} {}", p.name, u.slug, code(u), super::shorten(why, 200))
            })
        })
        .collect();
    if !failures.is_empty() {
        out.push('\n');
        out.push_str(&failures[..failures.len().min(FAILURES_SHOWN)].join("\n"));
        out.push('\n');
        if failures.len() > FAILURES_SHOWN {
            out.push_str(&format!(
                "  ... and {} more (every unit is in --csv and --html)\n",
                failures.len() - FAILURES_SHOWN
            ));
        }
    }
    out.push_str(&style.dim(&format!(
        "\n{} accepted of {} attempted ({} people, {} problems, {} units) in {}\n",
        r.accepted,
        r.attempted,
        r.people.len(),
        r.problems.len(),
        r.units,
        super::duration(duration_ms(r.wall_ms))
    )));
    out
}

/// JUnit XML: a testsuite per person, a testcase per problem (classname
/// `person.slug`); rejected is a failure, ungradable an error, missing skipped.
pub fn junit(r: &RosterReport) -> anyhow::Result<String> {
    let mut report = Report::new("judge grade --roster");
    report.set_time(duration_ms(r.wall_ms));
    for person in &r.people {
        let mut suite = TestSuite::new(person.name.as_str());
        for u in &person.problems {
            let status = match (&u.verdict, &u.error) {
                (_, Some(e)) => {
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Error);
                    s.set_message(e.as_str());
                    s
                }
                (None, None) => {
                    let mut s = TestCaseStatus::skipped();
                    s.set_message("not attempted");
                    s
                }
                (Some(v), None) if v == "AC" => TestCaseStatus::success(),
                (Some(v), None) => {
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    s.set_type(v.as_str());
                    s.set_message(format!("{v}: {}", u.summary.as_deref().unwrap_or("")));
                    s
                }
            };
            let mut case = TestCase::new(u.slug.as_str(), status);
            case.set_classname(format!("{}.{}", person.name, u.slug));
            if let Some(cpu) = u.max_cpu_ms {
                case.set_time(duration_ms(cpu));
            }
            suite.add_test_case(case);
        }
        report.add_test_suite(suite);
    }
    Ok(report.to_string()?)
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_string() }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// The CSV header; the timing-dependent columns come last.
pub const CSV_HEADER: &str =
    "person,slug,topic,difficulty,attempted,verdict,passed,total,peak_heap_bytes,max_cpu_ms,ratio_to_reference";

/// One row per unit (person-major, problem order); empty cells for what a
/// unit does not have (no verdict when not attempted).
pub fn csv(r: &RosterReport) -> String {
    let mut out = String::from(CSV_HEADER);
    out.push('\n');
    for person in &r.people {
        for u in &person.problems {
            let column = r.problems.iter().find(|c| c.slug == u.slug);
            let verdict = if u.error.is_some() { "ERR".to_string() } else { opt(u.verdict.as_deref()) };
            let row = [
                csv_field(&person.name),
                csv_field(&u.slug),
                csv_field(column.map_or("", |c| c.topic.as_str())),
                csv_field(column.map_or("", |c| c.difficulty.as_str())),
                u.attempted().to_string(),
                verdict,
                opt(u.passed),
                opt(u.total),
                opt(u.peak_heap_bytes),
                opt(u.max_cpu_ms),
                opt(u.ratio_to_reference),
            ];
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// One page, inline CSS, no scripts, no network: people down, problems
/// across, each cell the verdict and passed/total (the first failure on hover).
pub fn html(r: &RosterReport) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>judge: class grade</title>\n<style>\n\
         body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}\n\
         table{border-collapse:collapse;font-size:13px}\n\
         th,td{border:1px solid #ccc;padding:3px 6px;text-align:center;white-space:nowrap}\n\
         th.p{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal}\n\
         td.n,th.n{text-align:left}\n\
         .AC{background:#d9f2d9}.WA,.RE,.CE,.MLE,.OLE,.IE{background:#f8d7d7}.TLE{background:#fbe9c8}\n\
         .ERR{background:#e0c8f0}.none{color:#aaa}\n\
         small{color:#555}\n</style></head><body>\n",
    );
    out.push_str(&format!(
        "<h1>Class grade</h1>\n<p>{} accepted of {} attempted: {} people, {} problems, {} units (judge {}).</p>\n",
        r.accepted,
        r.attempted,
        r.people.len(),
        r.problems.len(),
        r.units,
        escape(&r.judge_version)
    ));
    out.push_str("<table>\n<tr><th class=\"n\">person</th><th>solved</th><th>attempted</th>");
    for c in &r.problems {
        out.push_str(&format!(
            "<th class=\"p\" title=\"{} ({})\">{}</th>",
            escape(&c.topic),
            escape(&c.difficulty),
            escape(&c.slug)
        ));
    }
    out.push_str("</tr>\n");
    for person in &r.people {
        out.push_str(&format!(
            "<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td>",
            escape(&person.name),
            person.solved,
            person.attempted
        ));
        for c in &r.problems {
            match person.problems.iter().find(|u| u.slug == c.slug) {
                Some(u) if u.attempted() => {
                    let code = code(u);
                    let tip = u.error.as_deref().or(u.summary.as_deref()).unwrap_or("");
                    let counts = match (u.passed, u.total) {
                        (Some(p), Some(t)) => format!("<br><small>{p}/{t}</small>"),
                        _ => String::new(),
                    };
                    out.push_str(&format!("<td class=\"{code}\" title=\"{}\">{code}{counts}</td>", escape(tip)));
                }
                Some(_) => out.push_str("<td class=\"none\">-</td>"),
                None => out.push_str("<td></td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("<tr><th class=\"n\">solved by</th><th></th><th></th>");
    for c in &r.problems {
        out.push_str(&format!("<th>{}</th>", c.solved_by));
    }
    out.push_str("</tr>\n</table>\n</body></html>\n");
    out
}
