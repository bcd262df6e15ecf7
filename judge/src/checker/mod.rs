//! Comparing an answer with the expected one, in the judge (expected answers
//! never reach the solution's process). Every catalog comparison rule maps to
//! one `Checker`.

mod answer;
mod custom;
mod fast;

pub use answer::Answer;

use crate::problem::{CheckerSpec, Tolerance};
use anyhow::{Result, bail};
use serde_json::Value;

#[derive(Debug, Clone)]
pub enum Checker {
    Exact,
    /// The top-level list in any order.
    Unordered,
    /// Each inner list in any order, and the outer list in any order.
    UnorderedNested,
    /// Floats within tolerance, everything else exact.
    Float(Tolerance),
    /// Any valid answer, decided by a problem-specific function.
    Custom {
        name: &'static str,
        check: custom::CheckFn,
    },
}

/// Why an answer is wrong: where it first differs and how.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// JSON path of the first difference (`$[3][1]`), when there is one.
    pub path: Option<String>,
    pub message: String,
}

impl Checker {
    pub fn from_spec(spec: &CheckerSpec) -> Result<Checker> {
        Ok(match spec {
            CheckerSpec::Float { float } => Checker::Float(*float),
            CheckerSpec::Named(name) => match name.as_str() {
                "exact" => Checker::Exact,
                // The outer list in any order, each inner list as it is.
                "unordered" | "unordered-outer" => Checker::Unordered,
                "unordered-nested" => Checker::UnorderedNested,
                other => match custom::find(other) {
                    Some((name, check)) => Checker::Custom { name, check },
                    None => bail!(
                        "unknown checker `{other}` (exact, unordered, unordered-outer, unordered-nested, \
                         {{\"float\": ...}}, or one of: {})",
                        custom::names().join(", ")
                    ),
                },
            },
        })
    }

    /// `check` on answers as text: an answer equal to the expected one is
    /// accepted from its text alone; anything else is parsed and decided (and
    /// explained) by `check`. `input` is asked for only by custom checkers.
    pub fn check_answer<'a>(
        &self,
        input: impl FnOnce() -> &'a [Value],
        expected: &Answer,
        actual: &Answer,
    ) -> Result<(), Mismatch> {
        let equal_text = match self {
            Checker::Exact | Checker::Float(_) => expected.text() == actual.text(),
            Checker::Unordered => fast::same_unordered(expected.text(), actual.text(), false),
            Checker::UnorderedNested => fast::same_unordered(expected.text(), actual.text(), true),
            // An answer equal to the expected one is acceptable: expected
            // answers are the reference's, or hand-written ones that
            // `judge validate` checks against the checker itself. This spares
            // building the input's values (millions of prerequisite pairs
            // for course-schedule-ii) for an answer that matches.
            Checker::Custom { .. } => expected.text() == actual.text(),
        };
        if equal_text {
            return Ok(());
        }
        let actual = actual.try_value().map_err(|e| Mismatch {
            path: None,
            message: format!("the harness wrote an answer that is not JSON: {e}"),
        })?;
        self.check(input(), expected.value(), actual)
    }

    /// Ok when `actual` is an acceptable answer for `input` given `expected`.
    pub fn check(&self, input: &[Value], expected: &Value, actual: &Value) -> Result<(), Mismatch> {
        match self {
            Checker::Exact => first_difference(expected, actual, None),
            Checker::Float(tol) => first_difference(expected, actual, Some(*tol)),
            Checker::Unordered | Checker::UnorderedNested => {
                let nested = matches!(self, Checker::UnorderedNested);
                let (e, a) = (sorted(expected, nested), sorted(actual, nested));
                first_difference(&e, &a, None).map_err(|m| match multiset_difference(&e, &a) {
                    Some(message) => Mismatch { path: m.path, message },
                    None => m.after_sorting(),
                })
            }
            Checker::Custom { check, .. } => {
                check(input, expected, actual).map_err(|message| Mismatch { path: None, message })
            }
        }
    }

    /// The form in which answers are compared (lists sorted where order does
    /// not matter): what a diff of expected and actual should show.
    pub fn normalize(&self, v: &Value) -> Value {
        match self {
            Checker::Unordered => sorted(v, false),
            Checker::UnorderedNested => sorted(v, true),
            _ => v.clone(),
        }
    }
}

impl Mismatch {
    fn after_sorting(mut self) -> Mismatch {
        self.message.push_str(" (after sorting both, since order does not matter)");
        self
    }
}

/// For two sorted lists: which elements are missing and which are extra, as
/// a multiset (so a repeated answer is named as such).
fn multiset_difference(expected: &Value, actual: &Value) -> Option<String> {
    let (Value::Array(e), Value::Array(a)) = (expected, actual) else { return None };
    let (mut missing, mut extra) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < e.len() || j < a.len() {
        let order = match (e.get(i), a.get(j)) {
            (Some(x), Some(y)) => compare_values(x, y),
            (Some(_), None) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        };
        match order {
            std::cmp::Ordering::Equal => (i, j) = (i + 1, j + 1),
            std::cmp::Ordering::Less => {
                missing.push(&e[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                extra.push(&a[j]);
                j += 1;
            }
        }
    }
    let list = |items: &[&Value]| {
        let shown: Vec<String> = items.iter().take(3).map(|v| crate::report::shorten(&v.to_string(), 80)).collect();
        let more = if items.len() > 3 { format!(" and {} more", items.len() - 3) } else { String::new() };
        format!("{}{more}", shown.join(", "))
    };
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("missing {}: {}", missing.len(), list(&missing)));
    }
    if !extra.is_empty() {
        parts.push(format!("unexpected {}: {}", extra.len(), list(&extra)));
    }
    (!parts.is_empty()).then(|| format!("{} (in any order)", parts.join("; ")))
}

/// A copy with the list sorted (and, if `nested`, each inner list too), by a
/// total order on JSON values.
fn sorted(v: &Value, nested: bool) -> Value {
    match v {
        Value::Array(items) => {
            let mut items: Vec<Value> = if nested {
                items.iter().map(|x| if x.is_array() { sorted(x, false) } else { x.clone() }).collect()
            } else {
                items.clone()
            };
            items.sort_by(compare_values);
            Value::Array(items)
        }
        other => other.clone(),
    }
}

/// A total order on JSON values: by type, then numbers by value, strings and
/// arrays lexicographically.
pub fn compare_values(a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    fn rank(v: &Value) -> u8 {
        match v {
            Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Number(_) => 2,
            Value::String(_) => 3,
            Value::Array(_) => 4,
            Value::Object(_) => 5,
        }
    }
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => x.as_f64().unwrap_or(f64::NAN).total_cmp(&y.as_f64().unwrap_or(f64::NAN)),
        },
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Array(x), Value::Array(y)) => {
            for (p, q) in x.iter().zip(y) {
                let o = compare_values(p, q);
                if o != Ordering::Equal {
                    return o;
                }
            }
            x.len().cmp(&y.len())
        }
        _ => rank(a).cmp(&rank(b)).then_with(|| a.to_string().cmp(&b.to_string())),
    }
}

fn is_float(n: &serde_json::Number) -> bool {
    n.is_f64()
}

fn numbers_match(e: &serde_json::Number, a: &serde_json::Number, tol: Option<Tolerance>) -> bool {
    match tol {
        // Integers are always compared exactly, even under a float checker.
        Some(t) if is_float(e) || is_float(a) => {
            let (x, y) = (e.as_f64().unwrap_or(f64::NAN), a.as_f64().unwrap_or(f64::NAN));
            if !x.is_finite() || !y.is_finite() {
                return x == y;
            }
            let diff = (x - y).abs();
            diff <= t.abs || diff <= t.rel * x.abs()
        }
        _ => match (e.as_i64(), a.as_i64()) {
            (Some(x), Some(y)) => x == y,
            _ => e.as_f64() == a.as_f64() && e.as_f64().is_some(),
        },
    }
}

/// The first place where `actual` differs from `expected`, depth first.
fn first_difference(expected: &Value, actual: &Value, tol: Option<Tolerance>) -> Result<(), Mismatch> {
    let mut path = Vec::new();
    difference_at(expected, actual, tol, &mut path)
}

/// `path` holds the indices down to here; it is spelled out (`$[3][1]`) only
/// for a difference, so a long equal answer costs no allocation per element.
fn difference_at(
    expected: &Value,
    actual: &Value,
    tol: Option<Tolerance>,
    path: &mut Vec<usize>,
) -> Result<(), Mismatch> {
    let spelled = |path: &[usize]| {
        let mut s = String::from("$");
        for i in path {
            s.push_str(&format!("[{i}]"));
        }
        s
    };
    let at = |path: &[usize], message: String| Err(Mismatch { path: Some(spelled(path)), message });
    match (expected, actual) {
        (Value::Number(e), Value::Number(a)) => {
            if numbers_match(e, a, tol) {
                Ok(())
            } else if tol.is_some() && (is_float(e) || is_float(a)) {
                at(path, format!("expected {e}, got {a} (outside the tolerance)"))
            } else {
                at(path, format!("expected {e}, got {a}"))
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            for (i, (x, y)) in e.iter().zip(a).enumerate() {
                path.push(i);
                difference_at(x, y, tol, path)?;
                path.pop();
            }
            if e.len() != a.len() {
                let i = e.len().min(a.len());
                let detail = if a.len() > e.len() {
                    format!("unexpected extra element {}", crate::report::shorten(&a[i].to_string(), 80))
                } else {
                    format!("missing element {}", crate::report::shorten(&e[i].to_string(), 80))
                };
                path.push(i);
                return at(path, format!("expected {} elements, got {}: {detail}", e.len(), a.len()));
            }
            Ok(())
        }
        (e, a) if e == a => Ok(()),
        (e, a) => at(
            path,
            format!(
                "expected {}, got {}",
                crate::report::shorten(&e.to_string(), 80),
                crate::report::shorten(&a.to_string(), 80)
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn exact_reports_path_of_first_difference() {
        let m = Checker::Exact.check(&[], &json!([[1, 2], [3, 4]]), &json!([[1, 2], [3, 5]])).unwrap_err();
        assert_eq!(m.path.as_deref(), Some("$[1][1]"));
    }

    #[test]
    fn exact_reports_missing_elements() {
        let m = Checker::Exact.check(&[], &json!([1, 2, 3]), &json!([1, 2])).unwrap_err();
        assert_eq!(m.path.as_deref(), Some("$[2]"));
        assert!(m.message.contains("missing element 3"));
    }

    #[test]
    fn unordered_accepts_any_order_but_not_duplicates() {
        assert!(Checker::Unordered.check(&[], &json!([0, 1]), &json!([1, 0])).is_ok());
        assert!(Checker::UnorderedNested.check(&[], &json!([[1, 2], [3]]), &json!([[3], [2, 1]])).is_ok());
        assert!(Checker::UnorderedNested.check(&[], &json!([[1, 2]]), &json!([[1, 2], [2, 1]])).is_err());
        assert!(Checker::Unordered.check(&[], &json!([[1, 2], [3, 4]]), &json!([[3, 4], [1, 2]])).is_ok());
        assert!(Checker::Unordered.check(&[], &json!([[1, 2]]), &json!([[2, 1]])).is_err());
    }

    #[test]
    fn unordered_mismatches_name_missing_and_repeated_elements() {
        let m = Checker::Unordered.check(&[], &json!(["aaa", "b"]), &json!(["a", "b", "a"])).unwrap_err();
        assert_eq!(m.message, "missing 1: \"aaa\"; unexpected 2: \"a\", \"a\" (in any order)");
    }

    #[test]
    fn float_tolerance_never_applies_to_integers() {
        let c = Checker::Float(Tolerance { abs: 1e-5, rel: 0.0 });
        assert!(c.check(&[], &json!([null, 2.5]), &json!([null, 2.500001])).is_ok());
        assert!(c.check(&[], &json!([2.5]), &json!([2.6])).is_err());
        assert!(c.check(&[], &json!([3]), &json!([3])).is_ok());
        assert!(c.check(&[], &json!(1), &json!(2)).is_err());
        assert!(c.check(&[], &json!(2.0), &json!("NaN")).is_err());
        let rel = Checker::Float(Tolerance { abs: 0.0, rel: 1e-6 });
        assert!(rel.check(&[], &json!(1e12), &json!(1.0000001e12)).is_ok());
    }
}
