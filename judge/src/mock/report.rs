//! A mock session's report: what happened per problem (verdict, attempts with
//! their times, first AC, hints, give-up, CPU and heap against the
//! reference, the final code) and for the session (solved, time used), as
//! data (`--json`), Markdown and a self-contained HTML page.

use super::Session;
use crate::history::{Attempt, Event};
use crate::problem::Facts;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct AttemptLine {
    /// Milliseconds since the session started.
    pub after_ms: i64,
    pub verdict: String,
    pub passed: u32,
    pub total: u32,
    pub max_cpu_ms: f64,
    pub peak_heap_bytes: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProblemReport {
    pub number: usize,
    pub slug: String,
    pub title: String,
    pub topic: String,
    pub difficulty: String,
    pub patterns: Vec<String>,
    pub url: String,
    pub file: String,
    /// The last attempt's verdict; None when never run.
    pub verdict: Option<String>,
    pub attempts: Vec<AttemptLine>,
    pub first_ac_after_ms: Option<i64>,
    pub hints: usize,
    pub gave_up: bool,
    /// The reference's slowest case on this machine, to read the attempts' CPU against.
    pub reference_max_cpu_ms: Option<f64>,
    /// The reference's largest heap peak over the cases.
    pub reference_peak_heap_bytes: Option<u64>,
    pub final_code: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub id: String,
    pub started_ms: i64,
    pub deadline_ms: i64,
    pub ended_ms: i64,
    pub minutes: f64,
    pub time_used_ms: i64,
    pub solved: usize,
    pub problems: Vec<ProblemReport>,
}

/// The reference's slowest case (CPU ms) and largest heap peak, if known.
pub type ReferenceFigures = (f64, Option<u64>);

/// Assembles the report from the session's attempts and events.
pub fn build(
    session: &Session,
    facts: &[Facts],
    attempts: &[Attempt],
    events: &[Event],
    reference: &dyn Fn(&str) -> Option<ReferenceFigures>,
    ended_ms: i64,
) -> Report {
    let problems: Vec<ProblemReport> = session
        .problems
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let f = facts.iter().find(|f| f.slug == p.slug);
            let figures = reference(&p.slug);
            let mine: Vec<&Attempt> =
                attempts.iter().filter(|a| a.problem == p.slug && a.session.as_deref() == Some(&session.id)).collect();
            let evs: Vec<&Event> =
                events.iter().filter(|e| e.problem == p.slug && e.session.as_deref() == Some(&session.id)).collect();
            ProblemReport {
                number: k + 1,
                slug: p.slug.clone(),
                title: f.map_or(p.slug.clone(), |f| f.title.clone()),
                topic: f.map_or_else(String::new, |f| f.topic.clone()),
                difficulty: f.map_or_else(String::new, |f| f.difficulty.clone()),
                patterns: f.map_or_else(Vec::new, |f| f.patterns.clone()),
                url: format!("https://leetcode.com/problems/{}/", p.slug),
                file: p.file.display().to_string(),
                verdict: mine.last().map(|a| a.verdict.clone()),
                attempts: mine
                    .iter()
                    .map(|a| AttemptLine {
                        after_ms: a.at_ms - session.started_ms,
                        verdict: a.verdict.clone(),
                        passed: a.passed,
                        total: a.total,
                        max_cpu_ms: a.max_cpu_ms,
                        peak_heap_bytes: a.peak_heap_bytes,
                    })
                    .collect(),
                first_ac_after_ms: mine.iter().find(|a| a.accepted()).map(|a| a.at_ms - session.started_ms),
                hints: evs.iter().filter(|e| e.kind == "hint").count(),
                gave_up: evs.iter().any(|e| e.kind == "gave-up"),
                reference_max_cpu_ms: figures.map(|r| r.0),
                reference_peak_heap_bytes: figures.and_then(|r| r.1),
                final_code: std::fs::read_to_string(&p.file).unwrap_or_else(|e| format!("(unreadable: {e})")),
            }
        })
        .collect();
    let end = ended_ms.min(session.deadline_ms.max(session.started_ms));
    Report {
        id: session.id.clone(),
        started_ms: session.started_ms,
        deadline_ms: session.deadline_ms,
        ended_ms,
        minutes: (session.deadline_ms - session.started_ms) as f64 / 60_000.0,
        time_used_ms: (end.max(session.started_ms) - session.started_ms).max(0),
        solved: problems.iter().filter(|p| p.first_ac_after_ms.is_some()).count(),
        problems,
    }
}

/// `12:03` (minutes:seconds).
pub fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

fn ref_heap(p: &ProblemReport) -> String {
    p.reference_peak_heap_bytes.map_or(String::new(), |b| format!(", peak heap {}", heap(b)))
}

fn heap(bytes: u64) -> String {
    crate::report::bytes(bytes)
}

pub fn markdown(r: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!("# Mock interview {}\n\n", r.id));
    out.push_str(&format!(
        "Solved **{} of {}** in {} of {} minutes.\n\n",
        r.solved,
        r.problems.len(),
        clock(r.time_used_ms),
        r.minutes
    ));
    for p in &r.problems {
        out.push_str(&format!("## Problem {}: {} ({})\n\n", p.number, p.title, p.difficulty));
        out.push_str(&format!("[{}]({}) · topic {} · patterns: {}\n\n", p.slug, p.url, p.topic, p.patterns.join(", ")));
        out.push_str(&format!(
            "- verdict: **{}**\n- first AC: {}\n- hints used: {}{}\n",
            p.verdict.as_deref().unwrap_or("never run"),
            p.first_ac_after_ms.map_or("-".into(), clock),
            p.hints,
            if p.gave_up { "\n- gave up (the reference was shown)" } else { "" }
        ));
        if let Some(ms) = p.reference_max_cpu_ms {
            out.push_str(&format!("- reference's slowest case: {ms:.3} ms CPU{}\n", ref_heap(p)));
        }
        if !p.attempts.is_empty() {
            out.push_str("\n| at | verdict | passed | max CPU | peak heap |\n|---|---|---|---|---|\n");
            for a in &p.attempts {
                out.push_str(&format!(
                    "| {} | {} | {}/{} | {:.3} ms | {} |\n",
                    clock(a.after_ms),
                    a.verdict,
                    a.passed,
                    a.total,
                    a.max_cpu_ms,
                    heap(a.peak_heap_bytes)
                ));
            }
        }
        out.push_str(&format!("\nFinal code (`{}`):\n\n```rust\n{}\n```\n\n", p.file, p.final_code.trim_end()));
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// One self-contained page: inline CSS, no scripts, no network.
pub fn html(r: &Report) -> String {
    let mut body = String::new();
    body.push_str(&format!(
        "<h1>Mock interview {}</h1>\n<p class=\"summary\">Solved <b>{} of {}</b> in {} of {} minutes.</p>\n",
        escape(&r.id),
        r.solved,
        r.problems.len(),
        clock(r.time_used_ms),
        r.minutes
    ));
    for p in &r.problems {
        let verdict = p.verdict.as_deref().unwrap_or("never run");
        let class = if verdict == "AC" { "ac" } else { "fail" };
        body.push_str(&format!(
            "<section>\n<h2>Problem {}: {} <span class=\"tag\">{}</span></h2>\n\
             <p><a href=\"{}\">{}</a> · topic {} · patterns: {}</p>\n\
             <ul><li>verdict: <b class=\"{class}\">{}</b></li><li>first AC: {}</li><li>hints used: {}</li>{}{}</ul>\n",
            p.number,
            escape(&p.title),
            escape(&p.difficulty),
            escape(&p.url),
            escape(&p.slug),
            escape(&p.topic),
            escape(&p.patterns.join(", ")),
            escape(verdict),
            p.first_ac_after_ms.map_or("-".into(), clock),
            p.hints,
            if p.gave_up { "<li>gave up (the reference was shown)</li>" } else { "" },
            p.reference_max_cpu_ms.map_or(String::new(), |ms| format!(
                "<li>reference's slowest case: {ms:.3} ms CPU{}</li>",
                escape(&ref_heap(p))
            )),
        ));
        if !p.attempts.is_empty() {
            body.push_str(
                "<table><tr><th>at</th><th>verdict</th><th>passed</th><th>max CPU</th><th>peak heap</th></tr>\n",
            );
            for a in &p.attempts {
                body.push_str(&format!(
                    "<tr><td>{}</td><td class=\"{}\">{}</td><td>{}/{}</td><td>{:.3} ms</td><td>{}</td></tr>\n",
                    clock(a.after_ms),
                    if a.verdict == "AC" { "ac" } else { "fail" },
                    escape(&a.verdict),
                    a.passed,
                    a.total,
                    a.max_cpu_ms,
                    heap(a.peak_heap_bytes)
                ));
            }
            body.push_str("</table>\n");
        }
        body.push_str(&format!(
            "<p>Final code (<code>{}</code>):</p>\n<pre><code>{}</code></pre>\n</section>\n",
            escape(&p.file),
            escape(p.final_code.trim_end())
        ));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Mock interview {}</title>\n\
         <style>\nbody {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; \
         color: #222; }}\nsection {{ border-top: 1px solid #ddd; margin-top: 1.5rem; }}\n.tag {{ font-size: 0.7em; \
         background: #eee; border-radius: 4px; padding: 0 0.4em; }}\n.ac {{ color: #1a7f37; }}\n.fail {{ color: #c62828; }}\n\
         table {{ border-collapse: collapse; }}\ntd, th {{ border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: left; }}\n\
         pre {{ background: #f6f8fa; padding: 1em; overflow-x: auto; }}\n</style>\n</head>\n<body>\n{}</body>\n</html>\n",
        escape(&r.id),
        body
    )
}
