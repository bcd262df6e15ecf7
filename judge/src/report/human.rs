//! The human report of a judgement: one summary line, then the first failing
//! case (input, expected, actual, where they differ, a diff, the output).

use super::{bytes, diff::json_diff, duration, shorten};
use crate::checker::Checker;
use crate::judging::{CaseReport, Judgement};
use crate::problem::{CaseSource, HarnessKind, Problem, Signature};
use crate::verdict::Verdict;
use owo_colors::OwoColorize;
use similar::ChangeTag;
use std::fmt::Write as _;

pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, text: &str, f: impl Fn(&str) -> String) -> String {
        if self.color { f(text) } else { text.to_string() }
    }
    pub fn verdict(&self, v: Verdict) -> String {
        let label = format!("{} ({})", v.name(), v.code());
        match v {
            Verdict::Accepted => self.good(&label),
            Verdict::Skipped => label,
            _ => self.bad(&label),
        }
    }
    /// Text in the color of success (green) or failure (red).
    pub fn good(&self, text: &str) -> String {
        self.paint(text, |t| t.green().bold().to_string())
    }
    pub fn bad(&self, text: &str) -> String {
        self.paint(text, |t| t.red().bold().to_string())
    }
    pub fn dim(&self, text: &str) -> String {
        self.paint(text, |t| t.dimmed().to_string())
    }
    pub fn bold(&self, text: &str) -> String {
        self.paint(text, |t| t.bold().to_string())
    }
}

pub fn judgement(problem: &Problem, j: &Judgement, style: &Style) -> String {
    let checker = Checker::from_spec(&problem.checker).unwrap_or(Checker::Exact);
    let mut out = String::new();
    let compile =
        if j.compile_cached { "compile cached".to_string() } else { format!("compile {}", duration(j.compile_time)) };
    if let Some(error) = &j.compile_error {
        writeln!(out, "{}: {}   {compile}\n", style.bold(problem.slug()), style.verdict(j.verdict)).unwrap();
        out.push_str(error);
        return out;
    }
    writeln!(
        out,
        "{}: {}   {}/{} passed   max CPU {}   peak heap {}   {compile}",
        style.bold(problem.slug()),
        style.verdict(j.verdict),
        j.passed(),
        j.cases.len(),
        duration(j.max_cpu()),
        bytes(j.peak_heap()),
    )
    .unwrap();
    writeln!(
        out,
        "{}",
        style.dim(&format!("  limits: {} CPU per case, {} heap", duration(j.time_limit), bytes(j.heap_limit)))
    )
    .unwrap();
    if let Some(case) = j.first_failure() {
        out.push('\n');
        out.push_str(&failing_case(problem, &checker, case, style));
    }
    for note in &j.notes {
        writeln!(out, "\n{} {note}", style.bold("note:")).unwrap();
    }
    out
}

pub fn failing_case(problem: &Problem, checker: &Checker, c: &CaseReport, style: &Style) -> String {
    let mut out = String::new();
    let origin = match &c.case.source {
        CaseSource::Written if c.case.example => "example".to_string(),
        CaseSource::Written => "hand-written".to_string(),
        CaseSource::Generated(g) => {
            format!("generated: n={}, seed={}, mode={}", g.n, g.seed, g.mode)
        }
        CaseSource::Own => "your own case".to_string(),
    };
    writeln!(
        out,
        "{} {} {}: {}",
        style.bold(&format!("Case {}", c.case.number)),
        serde_json::to_string(&c.case.name).unwrap_or_default(),
        style.dim(&format!("({origin})")),
        style.verdict(c.verdict)
    )
    .unwrap();
    if let Some(message) = &c.message {
        for line in message.lines() {
            writeln!(out, "  {line}").unwrap();
        }
    }
    if let Some(note) = printed_note(problem, c) {
        writeln!(out, "  {}", style.dim(&note)).unwrap();
    }
    out.push_str(&input_lines(problem, &c.case.input));
    if let (Some(expected), Some(actual)) = (&c.case.expected, &c.actual) {
        writeln!(out, "  expected: {}", shorten(&expected.to_string(), 300)).unwrap();
        writeln!(out, "  actual:   {}", shorten(&actual.to_string(), 300)).unwrap();
        if let Some(m) = &c.mismatch {
            match &m.path {
                Some(path) => writeln!(out, "  first difference at {path}: {}", m.message).unwrap(),
                None => writeln!(out, "  {}", m.message).unwrap(),
            }
            if expected.is_array() || actual.is_array() {
                let (e, a) = (checker.normalize(expected), checker.normalize(actual));
                let sorted = if e != **expected || a != **actual { ", both sorted" } else { "" };
                out.push_str(&format!("  diff (- expected, + actual{sorted}):\n"));
                for (tag, line) in json_diff(&e, &a, 40) {
                    let text = match tag {
                        ChangeTag::Delete => style.paint(&format!("    -{line}"), |t| t.red().to_string()),
                        ChangeTag::Insert => style.paint(&format!("    +{line}"), |t| t.green().to_string()),
                        ChangeTag::Equal => format!("     {line}"),
                    };
                    writeln!(out, "{text}").unwrap();
                }
            }
        }
    } else if let Some(expected) = &c.case.expected {
        writeln!(out, "  expected: {}", shorten(&expected.to_string(), 300)).unwrap();
    }
    // The panic message is shown above; the output shows what came before it.
    let mut printed = String::from_utf8_lossy(&c.captured).into_owned();
    if let Some(message) = c.message.as_deref().filter(|m| !m.is_empty())
        && let Some(at) = printed.rfind(message)
    {
        printed.replace_range(at..at + message.len(), "");
    }
    if !printed.trim().is_empty() {
        out.push_str(&captured(printed.trim_end().as_bytes(), style));
    }
    out
}

/// "printed 10,002 lines (412.0 KiB) on this case" when a failing case printed
/// a lot: its printing is a suspect, and here is how to see all of it.
pub fn printed_note(problem: &Problem, c: &CaseReport) -> Option<String> {
    if c.printed_lines < 100 && c.printed_bytes < 16 << 10 {
        return None;
    }
    Some(format!(
        "printed {} lines ({}) on this case; `judge run {} --case {}` shows what it printed",
        thousands(c.printed_lines),
        bytes(c.printed_bytes),
        problem.slug(),
        c.case.number
    ))
}

/// 10002 -> "10,002".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// The case's input, one line per parameter, named as in the signature.
pub fn input_lines(problem: &Problem, input: &[serde_json::Value]) -> String {
    let names: Vec<String> = match (&problem.signature, problem.harness) {
        (Signature::Function(m), HarnessKind::Function | HarnessKind::BstNodes) => {
            m.params.iter().map(|p| p.name.clone()).collect()
        }
        (_, HarnessKind::CycleList) => vec!["head".into(), "pos".into()],
        (_, HarnessKind::CloneGraph) => vec!["adjList".into()],
        (Signature::Class { methods, .. }, HarnessKind::Codec) => {
            methods.first().and_then(|m| m.params.first()).map(|p| vec![p.name.clone()]).unwrap_or_default()
        }
        (_, HarnessKind::RandomList) => vec!["head".into()],
        _ => vec!["calls".into(), "arguments".into()],
    };
    let mut out = String::new();
    for (i, v) in input.iter().enumerate() {
        let name = names.get(i).cloned().unwrap_or_else(|| format!("input[{i}]"));
        let label = if i == 0 { "  input:    " } else { "            " };
        writeln!(out, "{label}{name} = {}", shorten(&v.to_string(), 300)).unwrap();
    }
    out
}

/// What the solution printed during the case: the first and last lines when
/// long, with a marker between, and any panic message whole.
pub fn captured(bytes: &[u8], style: &Style) -> String {
    const HEAD: usize = 30;
    const TAIL: usize = 20;
    if bytes.is_empty() {
        return String::new();
    }
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    // The panic block (from the last "panicked at" line on) is never cut.
    let panic_at = lines.iter().rposition(|l| l.contains("' panicked at ")).unwrap_or(lines.len());
    let keep_from = panic_at.min(lines.len().saturating_sub(TAIL));
    let mut out = format!("  {}\n", style.dim("your output (stdout and stderr):"));
    let mut show = |line: &str| out.push_str(&format!("    | {}\n", shorten(line, 300)));
    if keep_from <= HEAD {
        lines.iter().for_each(|l| show(l));
    } else {
        lines[..HEAD].iter().for_each(|l| show(l));
        show(&format!("... ({} lines omitted) ...", keep_from - HEAD));
        lines[keep_from..].iter().for_each(|l| show(l));
    }
    out
}
