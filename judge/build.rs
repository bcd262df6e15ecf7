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
    let prelude_path = root.join("judge/src/tools/prelude.rs");
    println!("cargo:rerun-if-changed={}", prelude_path.display());
    let prelude = std::fs::read(&prelude_path).unwrap_or_default();
    out.push_str("pub fn lookup(slug: &str) -> Option<super::ProblemTools> {\n    match slug {\n");
    for (slug, path) in &slugs {
        let m = module_name(slug);
        let source = std::fs::read_to_string(path).unwrap_or_default();
        let modes = generator_modes(&source);
        // What the generator's output depends on: its file and the prelude.
        let digest = format!("{:016x}", fnv1a(&[source.as_bytes(), &prelude]));
        writeln!(
            out,
            "        {slug:?} => Some(super::ProblemTools {{ generate: {m}::generate, validate: {m}::validate, modes: &{modes:?}, source_digest: {digest:?} }}),"
        )
        .unwrap();
    }
    out.push_str("        _ => None,\n    }\n}\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("tools_registry.rs");
    std::fs::write(dest, out).unwrap();
}

/// The generator's modes, read from how tools.rs matches on `mode`
/// (`"dense" =>`, `"a" | "b" =>`, `mode == "cycle"`): stress testing cycles
/// through them. "random" and "worst" are always there.
fn generator_modes(source: &str) -> Vec<String> {
    let mut modes = vec!["random".to_string(), "worst".to_string()];
    let bytes = source.as_bytes();
    let mut i = 0;
    while let Some(start) = source[i..].find('"').map(|p| p + i) {
        let Some(len) = source[start + 1..].find('"') else { break };
        let end = start + 1 + len;
        let literal = &source[start + 1..end];
        let after = source[end + 1..].trim_start();
        let before = source[..start].trim_end();
        // A match arm (`"dense" =>`, `"a" | "b" =>`, `"wall" if n >= 3 =>`) or a comparison.
        let guarded_arm = after.starts_with("if ") && after.lines().next().is_some_and(|l| l.contains("=>"));
        let is_mode = after.starts_with("=>") || after.starts_with('|') || guarded_arm || before.ends_with("mode ==");
        if is_mode
            && !literal.is_empty()
            && literal.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !modes.iter().any(|m| m == literal)
        {
            modes.push(literal.to_string());
        }
        i = end + 1;
        if i >= bytes.len() {
            break;
        }
    }
    modes
}

/// FNV-1a over the parts (no dependency for a build script).
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.iter().chain(&(part.len() as u64).to_le_bytes()) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

fn module_name(slug: &str) -> String {
    format!("p_{}", slug.replace('-', "_"))
}
