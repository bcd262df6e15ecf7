//! A line diff of two JSON values, pretty-printed so that each element of a
//! list sits on its own line (a structural diff a reader can follow).

use similar::{ChangeTag, TextDiff};

/// Unified-style lines (`-` expected, `+` actual), at most `max_lines`.
pub fn json_diff(
    expected: &serde_json::Value,
    actual: &serde_json::Value,
    max_lines: usize,
) -> Vec<(ChangeTag, String)> {
    let e = pretty(expected);
    let a = pretty(actual);
    let diff = TextDiff::from_lines(&e, &a);
    let mut out = Vec::new();
    for group in diff.grouped_ops(2) {
        if !out.is_empty() {
            out.push((ChangeTag::Equal, "...".to_string()));
        }
        for op in group {
            for change in diff.iter_changes(&op) {
                out.push((change.tag(), change.value().trim_end().to_string()));
                if out.len() >= max_lines {
                    out.push((ChangeTag::Equal, "... (diff truncated)".to_string()));
                    return out;
                }
            }
        }
    }
    out
}

/// JSON laid out one element per line (short arrays of scalars stay on one line).
fn pretty(v: &serde_json::Value) -> String {
    let mut out = String::new();
    write(v, 0, &mut out);
    out.push('\n');
    out
}

fn write(v: &serde_json::Value, indent: usize, out: &mut String) {
    use serde_json::Value;
    match v {
        Value::Array(items) if items.iter().any(|x| x.is_array() || x.is_object()) || v.to_string().len() > 60 => {
            out.push_str("[\n");
            for item in items {
                out.push_str(&"  ".repeat(indent + 1));
                // No separating commas: a diff view, where an added last element
                // must not make its unchanged neighbour look changed.
                write(item, indent + 1, out);
                out.push('\n');
            }
            out.push_str(&"  ".repeat(indent));
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}
