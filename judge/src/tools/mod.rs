//! Every problem's generator and validator (`problems/<slug>/tools.rs`),
//! compiled into the judge by `judge/build.rs`.

pub mod prelude;

pub use prelude::Gen;
use serde_json::Value;

/// A problem's authored tools.
#[derive(Clone, Copy)]
pub struct ProblemTools {
    pub generate: fn(usize, &str, &mut Gen) -> Vec<Value>,
    pub validate: fn(&[Value]) -> Result<(), String>,
    /// The generator's modes ("random", "worst", and the problem's own).
    pub modes: &'static [&'static str],
    /// A hash of the generator's source (its tools.rs and the prelude): part of
    /// the key under which generated inputs are cached.
    pub source_digest: &'static str,
}

mod registry {
    include!(concat!(env!("OUT_DIR"), "/tools_registry.rs"));
}

impl ProblemTools {
    /// The generator's output, or None if it panicked (authored code: a bug in
    /// one generator must not take the judge down).
    pub fn try_generate(&self, n: usize, mode: &str, g: &mut Gen) -> Option<Vec<Value>> {
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (self.generate)(n, mode, g))).ok();
        std::panic::set_hook(quiet);
        out
    }
}

/// The tools of `slug`, if its package has a tools.rs.
pub fn lookup(slug: &str) -> Option<ProblemTools> {
    registry::lookup(slug)
}
