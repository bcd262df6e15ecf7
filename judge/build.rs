//! Compiles every `problems/<slug>/tools.rs` (generator + validator) into the
//! judge: adding a problem adds files, not judge code.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let problems = root.join("problems");
    println!("cargo:rerun-if-changed={}", problems.display());
    let mut slugs: Vec<(String, PathBuf)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&problems) {
        for entry in entries.flatten() {
            let tools = entry.path().join("tools.rs");
            println!("cargo:rerun-if-changed={}", tools.display());
            if tools.is_file() {
                slugs.push((entry.file_name().to_string_lossy().into_owned(), tools));
            }
        }
    }
    slugs.sort();
    let mut out = String::new();
    for (slug, path) in &slugs {
        writeln!(out, "#[path = {:?}]\nmod {};", path.display().to_string(), module_name(slug)).unwrap();
    }
    out.push_str("pub fn lookup(slug: &str) -> Option<super::ProblemTools> {\n    match slug {\n");
    for (slug, _) in &slugs {
        let m = module_name(slug);
        writeln!(
            out,
            "        {slug:?} => Some(super::ProblemTools {{ generate: {m}::generate, validate: {m}::validate }}),"
        )
        .unwrap();
    }
    out.push_str("        _ => None,\n    }\n}\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("tools_registry.rs");
    std::fs::write(dest, out).unwrap();
}

fn module_name(slug: &str) -> String {
    format!("p_{}", slug.replace('-', "_"))
}
