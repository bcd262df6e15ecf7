//! Checkers for problems where any valid answer counts. Each is named in a
//! problem's `problem.json` (`"checker": "<name>"`).

use serde_json::Value;

/// `(input, expected, actual)`: Ok when `actual` is a valid answer.
pub type CheckFn = fn(&[Value], &Value, &Value) -> Result<(), String>;

const CHECKERS: &[(&str, CheckFn)] = &[("longest-palindrome", longest_palindrome)];

pub fn find(name: &str) -> Option<(&'static str, CheckFn)> {
    CHECKERS.iter().find(|(n, _)| *n == name).copied()
}

pub fn names() -> Vec<&'static str> {
    CHECKERS.iter().map(|(n, _)| *n).collect()
}

/// 5: any palindromic substring of `s` with the longest length.
fn longest_palindrome(input: &[Value], expected: &Value, actual: &Value) -> Result<(), String> {
    let s = input.first().and_then(Value::as_str).ok_or("input is not a string")?;
    let want = expected.as_str().ok_or("expected answer is not a string")?;
    let got = actual.as_str().ok_or_else(|| format!("expected a string, got {actual}"))?;
    if got.chars().count() != want.chars().count() {
        return Err(format!(
            "expected a palindrome of length {}, got {:?} of length {}",
            want.chars().count(),
            got,
            got.chars().count()
        ));
    }
    if !s.contains(got) {
        return Err(format!("{got:?} is not a substring of the input"));
    }
    if !got.chars().eq(got.chars().rev()) {
        return Err(format!("{got:?} is not a palindrome"));
    }
    Ok(())
}
