//! Fuzzes the test-case parser: arbitrary bytes as a tests.json, turned into
//! cases and encoded for the harness of every shipped problem. Nothing may
//! panic; bad input must come back as an error.
#![no_main]

use judge::harness::wire;
use judge::problem::tests::{CaseFile, to_cases};
use judge::problem::{Problem, ProblemSet};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn problems() -> &'static [Problem] {
    static ALL: OnceLock<Vec<Problem>> = OnceLock::new();
    ALL.get_or_init(|| {
        let set = ProblemSet::open(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../problems")).unwrap();
        set.available().iter().map(|f| set.load(&f.slug).unwrap()).collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(file) = serde_json::from_str::<CaseFile>(text) else { return };
    for problem in problems() {
        // Generated cases run the problem's generator: keep their sizes small.
        let raw: Vec<_> = file.cases.iter().filter(|c| c.r#gen.as_ref().is_none_or(|g| g.n <= 64)).cloned().collect();
        if let Ok(cases) = to_cases(problem, Path::new("fuzz.json"), text, raw, 1, false) {
            for case in cases {
                let _ = wire::encode_input(problem, &case.input);
            }
        }
    }
});
