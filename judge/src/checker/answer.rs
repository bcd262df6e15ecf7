//! An answer as the harness printed it (JSON text), parsed into a
//! `serde_json::Value` only when something needs the tree: a failing case's
//! diff, a custom checker, a report. Accepted cases are decided on the text
//! (see `fast`), so an unchanged re-run never builds trees for 10^5 numbers.

use serde::{Serialize, Serializer};
use serde_json::Value;
use std::sync::{Arc, OnceLock};

/// Cheap to clone: every report of a case shares one.
#[derive(Clone)]
pub struct Answer(Arc<Inner>);

struct Inner {
    /// `shared[range]` is the text: answers loaded together share one buffer
    /// (a profile's answers can be megabytes; copying them cost milliseconds),
    /// a `String` or a mapped profile file (`mapped::FileText`).
    shared: Arc<dyn AsRef<str> + Send + Sync>,
    range: std::ops::Range<usize>,
    value: OnceLock<Result<Value, String>>,
}

impl Answer {
    /// From text that should be JSON (checked when the value is first needed).
    pub fn from_text(text: String) -> Answer {
        let range = 0..text.len();
        Answer(Arc::new(Inner { shared: Arc::new(text), range, value: OnceLock::new() }))
    }

    /// `shared[range]`, without a copy (`range` must lie on char boundaries).
    pub fn from_shared(shared: Arc<dyn AsRef<str> + Send + Sync>, range: std::ops::Range<usize>) -> Answer {
        debug_assert!((*shared).as_ref().get(range.clone()).is_some());
        Answer(Arc::new(Inner { shared, range, value: OnceLock::new() }))
    }

    /// From a value (hand-written expected answers): the text is its compact form.
    pub fn from_value(value: Value) -> Answer {
        let text = value.to_string();
        let range = 0..text.len();
        Answer(Arc::new(Inner { shared: Arc::new(text), range, value: OnceLock::from(Ok(value)) }))
    }

    pub fn text(&self) -> &str {
        (*self.0.shared).as_ref().get(self.0.range.clone()).unwrap_or("")
    }

    /// The parsed value, or why the text is not JSON.
    pub fn try_value(&self) -> Result<&Value, &str> {
        self.0
            .value
            .get_or_init(|| serde_json::from_str(self.text()).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(String::as_str)
    }

    /// The parsed value (`null` for text that is not JSON, which `try_value` reports).
    pub fn value(&self) -> &Value {
        self.try_value().unwrap_or(&Value::Null)
    }
}

impl std::ops::Deref for Answer {
    type Target = Value;
    fn deref(&self) -> &Value {
        self.value()
    }
}

impl std::fmt::Debug for Answer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Answer({})", crate::report::shorten(self.text(), 200))
    }
}

impl PartialEq for Answer {
    fn eq(&self, other: &Answer) -> bool {
        self.text() == other.text() || self.value() == other.value()
    }
}

impl From<Value> for Answer {
    fn from(v: Value) -> Answer {
        Answer::from_value(v)
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value().serialize(s)
    }
}
