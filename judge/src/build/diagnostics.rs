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
    #[serde(default)]
    line_start: usize,
}

#[derive(Deserialize)]
struct ErrorHead {
    message: String,
    #[serde(default)]
    code: Option<ErrorCode>,
}

#[derive(Deserialize)]
struct ErrorCode {
    code: String,
}

/// What edition 2024 rejects that edition 2021 accepted (match ergonomics,
/// `gen`, unsafe extern blocks and attributes, `set_var`, lifetime capture in
/// `impl Trait`, tail-expression temporaries, macro fragments, never-type
/// fallback): a build failing with one of these is tried again as 2021.
const EDITION_2024_SIGNS: &[&str] = &[
    "implicitly-borrowing pattern",
    "default binding mode",
    "binding modifiers may only be written",
    "reserved keyword",
    "extern blocks must be unsafe",
    "unsafe attribute used without unsafe",
    "call to unsafe function",
    "hidden type",
    "captures lifetime",
    "does not live long enough",
    "dropped while borrowed",
    "local ambiguity",
    "no rules expected",
    "the trait bound `!",
];

/// The first error of a failed build that edition 2021 may not have had, as
/// (line in the user's file, rustc's message): None when no error looks like one.
pub fn edition_2024_error(stderr: &str, user_path: &str) -> Option<(usize, String)> {
    for line in stderr.lines() {
        let (Ok(d), Ok(head)) = (serde_json::from_str::<Diagnostic>(line), serde_json::from_str::<ErrorHead>(line))
        else {
            continue;
        };
        if d.level != "error" {
            continue;
        }
        let rendered = d.rendered.unwrap_or_default();
        let code = head.code.map(|c| c.code).unwrap_or_default();
        let sign = EDITION_2024_SIGNS.iter().any(|s| head.message.contains(s) || rendered.contains(s))
            || ["E0133", "E0597", "E0716", "E0700"].contains(&code.as_str());
        if sign {
            let line = d.spans.iter().find(|s| s.is_primary && s.file_name == user_path).map_or(0, |s| s.line_start);
            return Some((line, head.message));
        }
    }
    None
}

pub fn explain(stderr: &str, user_path: &str, problem: &Problem, source: &str) -> String {
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
        match misplaced_code(problem, source) {
            Some(hint) => message.push_str(&hint),
            None => message.push_str(&expected_shape(problem)),
        }
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

/// The two ways a correct solution misses the harness: a LeetCode function
/// written as a free function (no `impl Solution`), and a design class under
/// another name than LeetCode's.
fn misplaced_code(problem: &Problem, source: &str) -> Option<String> {
    let code = strip_comments(source);
    let has_impl = |name: &str| {
        code.match_indices("impl").any(|(at, _)| {
            let rest = code[at + 4..].trim_start();
            let rest = rest.strip_prefix("<").map_or(rest, |r| r.split_once('>').map_or(r, |(_, r)| r.trim_start()));
            rest.strip_prefix(name).is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        })
    };
    match &problem.signature {
        Signature::Function(m) => {
            let name =
                [m.name.clone(), m.snake_name()].into_iter().find(|n| crate::harness::source::defines_fn(&code, n))?;
            (!has_impl("Solution")).then(|| {
                format!(
                    "your `{name}` is a free function: put it inside `impl Solution {{ ... }}` \
                     (the judge calls `Solution::{name}`, as LeetCode does), e.g.\n    impl Solution {{\n        {} {{ ... }}\n    }}",
                    problem.facts.signature.split("//").next().unwrap_or("").trim()
                )
            })
        }
        Signature::Class { name, .. } => {
            if has_impl(name) {
                return None;
            }
            let other = code
                .match_indices("struct ")
                .filter_map(|(at, m)| {
                    let rest = &code[at + m.len()..];
                    let ident: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    (!ident.is_empty() && has_impl(&ident)).then_some(ident)
                })
                .find(|ident| ident != name)?;
            Some(format!(
                "your class is `{other}`, but the judge uses `{name}` (LeetCode's name for it): \
                 rename `struct {other}` and `impl {other}` to `{name}`"
            ))
        }
    }
}

/// The source with `//` and `/* */` comments blanked (strings are rare in the
/// parts that matter here).
fn strip_comments(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("//") {
            let end = r.find('\n').unwrap_or(r.len());
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix("/*") {
            let end = r.find("*/").map_or(r.len(), |e| e + 2);
            rest = &r[end..];
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
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
