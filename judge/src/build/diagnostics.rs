//! rustc's JSON diagnostics turned into what a user needs: errors in their own
//! file as rustc renders them, and errors in the generated glue explained as a
//! signature mismatch (the glue is never the user's fault to debug).

use crate::problem::{Problem, Signature};
use serde::Deserialize;

#[derive(Deserialize)]
struct Diagnostic {
    level: String,
    #[serde(default)]
    rendered: Option<String>,
    #[serde(default)]
    spans: Vec<Span>,
}

#[derive(Deserialize)]
struct Span {
    file_name: String,
    is_primary: bool,
}

pub fn explain(stderr: &str, user_path: &str, problem: &Problem) -> String {
    let mut in_user = Vec::new();
    let mut in_glue = Vec::new();
    let mut other = Vec::new();
    for line in stderr.lines() {
        let Ok(d) = serde_json::from_str::<Diagnostic>(line) else {
            if !line.trim().is_empty() {
                other.push(line.to_string());
            }
            continue;
        };
        if d.level != "error" && d.level != "error: internal compiler error" {
            continue;
        }
        let Some(rendered) = d.rendered else { continue };
        match d.spans.iter().find(|s| s.is_primary) {
            Some(span) if span.file_name == user_path => in_user.push(rendered),
            Some(_) => in_glue.push(without_glue(&rendered, user_path)),
            // "aborting due to N previous errors" and alike.
            None if rendered.contains("aborting due to") => {}
            None => other.push(rendered),
        }
    }
    let mut message = String::new();
    if in_user.is_empty() && !in_glue.is_empty() {
        message.push_str(&expected_shape(problem));
        message.push_str("\n\n");
    }
    for r in in_user.iter().chain(&in_glue).chain(&other) {
        message.push_str(r.trim_end());
        message.push('\n');
    }
    if message.trim().is_empty() {
        message = "rustc failed without a message".to_string();
    }
    message
}

/// A rendered diagnostic whose primary span is in the generated glue, cut to
/// what concerns the user: each part's title, and in full only the parts
/// (notes, helps) that point into the user's own file.
fn without_glue(rendered: &str, user_path: &str) -> String {
    let mut parts: Vec<Vec<&str>> = Vec::new();
    for line in rendered.lines() {
        let starts_part = ["error", "warning", "note:", "help:"].iter().any(|p| line.starts_with(p));
        match parts.last_mut() {
            Some(part) if !starts_part => part.push(line),
            _ => parts.push(vec![line]),
        }
    }
    let mut out = Vec::new();
    for part in parts {
        let in_user_file = part.iter().any(|l| l.trim_start().starts_with("-->") && l.contains(user_path));
        if in_user_file {
            out.extend(part);
        } else if !part[0].starts_with("help:") {
            // A help elsewhere suggests edits to the glue: not the user's to make.
            out.push(part[0]);
        }
    }
    out.join("\n")
}

/// What the harness calls, said in the user's terms.
fn expected_shape(problem: &Problem) -> String {
    match &problem.signature {
        Signature::Function(m) => format!(
            "The judge calls `Solution::{}` with the signature\n    {}\ninside `impl Solution {{ ... }}`: \
             check that your file defines it with these parameter and return types.",
            m.name, problem.facts.signature
        ),
        Signature::Class { name, .. } => format!(
            "The judge uses your `{name}` as\n    {}\ncheck that your file defines `struct {name}` and these methods \
             with these parameter and return types.",
            problem.facts.signature
        ),
    }
}
