//! Cached builds with bare `rustc`: the support crate once per judge version
//! and toolchain, each solution once per content hash.

pub mod clippy;
pub mod crates;
mod diagnostics;
mod toolchain;

pub use toolchain::Toolchain;

use crate::cleanup::ScratchDir;
use crate::harness::{glue, source};
use crate::problem::Problem;
use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The support crate's source, embedded so a judge binary is self-contained.
pub const SUPPORT_SOURCE: &str = include_str!("../../support/lib.rs");

/// Flags every solution is built with: LeetCode's (opt-level 2, no overflow
/// checks; edition 2024, or 2021 for a file only that compiles). Lints are
/// capped: warnings never fail a build.
const SOLUTION_FLAGS: &[&str] =
    &["-C", "opt-level=2", "-C", "debug-assertions=off", "-C", "panic=unwind", "--cap-lints", "allow"];

/// Added for a benchmark binary (several solutions in one crate). One codegen
/// unit gives both copies the same optimization context (with the default 16
/// they land in different units, get different inlining, and a solution
/// measured against itself came out 11 % "faster"); aligned functions keep
/// the copies' code placement from favouring one.
const BENCH_FLAGS: &[&str] = &["-C", "codegen-units=1", "-C", "llvm-args=-align-all-functions=6"];

/// Content-addressed store of built binaries.
pub struct BuildCache {
    dir: PathBuf,
}

/// What the user asked to compile.
pub struct SourceFile {
    /// As the user named it (shown in errors and panic locations).
    pub display_path: String,
    pub text: String,
}

impl SourceFile {
    pub fn read(path: &Path) -> Result<SourceFile> {
        let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let text = String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8 text", path.display()))?;
        Ok(SourceFile { display_path: path.display().to_string(), text })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverflowChecks {
    /// LeetCode's semantics: wrapping arithmetic.
    Off,
    /// Only for the "arithmetic overflow at line N" diagnosis.
    On,
}

pub enum BuildOutcome {
    /// `edition_note`: set when the file only compiles as edition 2021 (older
    /// LeetCode code), saying what edition 2024 rejected and where.
    Built {
        exe: PathBuf,
        compile_time: Duration,
        cached: bool,
        edition_note: Option<String>,
    },
    CompileError {
        message: String,
        compile_time: Duration,
    },
}

impl BuildCache {
    /// `JUDGE_CACHE_DIR`, else the user's cache dir.
    /// A cache dir that cannot be written is replaced by a private temporary
    /// one (with a warning), never a failure.
    pub fn open() -> Result<BuildCache> {
        let dir = default_dir();
        if writable(&dir) {
            remove_stale_scratch(&dir.join("tmp"));
            return Ok(BuildCache { dir });
        }
        // SAFETY: getuid only reads the caller's id.
        let fallback = std::env::temp_dir().join(format!("judge-cache-{}", unsafe { nix::libc::getuid() }));
        if !writable(&fallback) {
            anyhow::bail!("cannot write the cache directory {} nor {}", dir.display(), fallback.display());
        }
        eprintln!("warning: cannot write the cache directory {}; using {}", dir.display(), fallback.display());
        Ok(BuildCache { dir: fallback })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The support rlib, built on first use.
    pub fn support(&self, tc: &Toolchain) -> Result<PathBuf> {
        let key = digest(&[SUPPORT_SOURCE.as_bytes(), tc.version.as_bytes(), crate::VERSION.as_bytes()]);
        let final_dir = self.dir.join("support").join(&key);
        let rlib = final_dir.join("libjudge_support.rlib");
        if intact(&final_dir) {
            return Ok(rlib);
        }
        let work = self.scratch()?;
        let src = work.path().join("lib.rs");
        std::fs::write(&src, SUPPORT_SOURCE)?;
        let output = Command::new(&tc.rustc)
            .args(["--edition", "2024", "--crate-type", "rlib", "--crate-name", "judge_support"])
            .args(["-C", "opt-level=2", "-C", "panic=unwind", "--cap-lints", "allow"])
            .arg("-o")
            .arg(work.path().join("libjudge_support.rlib"))
            .arg(&src)
            .output()
            .context("cannot run rustc")?;
        if !output.status.success() {
            bail!("internal error: the support crate does not build:\n{}", String::from_utf8_lossy(&output.stderr));
        }
        self.publish(work, &final_dir)?;
        Ok(rlib)
    }

    /// Builds (or finds) the binary for `source` judged as `problem`.
    pub fn solution(
        &self,
        tc: &Toolchain,
        problem: &Problem,
        source: &SourceFile,
        overflow: OverflowChecks,
        color: bool,
    ) -> Result<BuildOutcome> {
        self.build(tc, problem, &[source], overflow, color)
    }

    /// A benchmark binary holding every source, compiled alike in one crate;
    /// case `i` runs `sources[i % sources.len()]` (see `drive_sides`).
    pub fn sides(&self, tc: &Toolchain, problem: &Problem, sources: &[&SourceFile]) -> Result<BuildOutcome> {
        self.build(tc, problem, sources, OverflowChecks::Off, false)
    }

    fn build(
        &self,
        tc: &Toolchain,
        problem: &Problem,
        sources: &[&SourceFile],
        overflow: OverflowChecks,
        color: bool,
    ) -> Result<BuildOutcome> {
        let support = self.support(tc)?;
        let prepared: Vec<source::PreparedSource> = sources.iter().map(|s| source::prepare(&s.text)).collect();
        let mut hoisted: Vec<String> = Vec::new();
        for attr in prepared.iter().flat_map(|p| &p.hoisted) {
            if !hoisted.contains(attr) {
                hoisted.push(attr.clone());
            }
        }
        // The glue names the included files by fixed placeholders: the key must
        // not depend on the scratch directory a build happens to use.
        let placeholders: Vec<PathBuf> =
            (0..sources.len()).map(|k| PathBuf::from(format!("/__judge_src__/user{k}.rs"))).collect();
        let glue = match placeholders.as_slice() {
            [one] => glue::generate(problem, one, &prepared[0].text, &hoisted)?,
            many => {
                let files: Vec<(&Path, &str)> =
                    many.iter().zip(&prepared).map(|(f, p)| (f.as_path(), p.text.as_str())).collect();
                glue::generate_sides(problem, &files, &hoisted)?
            }
        };
        let overflow_flag = if overflow == OverflowChecks::On { "overflow-checks=on" } else { "overflow-checks=off" };
        let mut used_crates: Vec<&'static str> = Vec::new();
        for name in prepared.iter().flat_map(|p| crates::used_by(&p.text)) {
            if !used_crates.contains(&name) {
                used_crates.push(name);
            }
        }
        let mut key_parts: Vec<&[u8]> = vec![
            crate::VERSION.as_bytes(),
            tc.version.as_bytes(),
            SUPPORT_SOURCE.as_bytes(),
            glue.as_bytes(),
            overflow_flag.as_bytes(),
        ];
        for (p, s) in prepared.iter().zip(sources) {
            key_parts.push(p.text.as_bytes());
            key_parts.push(s.display_path.as_bytes());
        }
        let flags = format!("{} {} edition 2024, else 2021", SOLUTION_FLAGS.join(" "), BENCH_FLAGS.join(" "));
        let crate_list = used_crates.join(",");
        key_parts.push(flags.as_bytes());
        key_parts.push(crate_list.as_bytes());
        let key = digest(&key_parts);
        // A file that needed edition 2021 is kept under its own key, with the note.
        let final_dir = self.dir.join("builds").join(&key);
        let final_2021 = self.dir.join("builds").join(format!("{key}-edition2021"));
        for (dir, edition_2021) in [(&final_dir, false), (&final_2021, true)] {
            if intact(dir) {
                let edition_note =
                    edition_2021.then(|| std::fs::read_to_string(dir.join("edition-note")).unwrap_or_default());
                return Ok(BuildOutcome::Built {
                    exe: dir.join("solution"),
                    compile_time: Duration::ZERO,
                    cached: true,
                    edition_note,
                });
            }
        }

        let mut extern_flags: Vec<String> = Vec::new();
        if !used_crates.is_empty() {
            let set = match crates::ensure_built(&self.dir, tc) {
                Ok(set) => set,
                Err(e) => {
                    let message =
                        format!("your solution uses {}, which LeetCode offers: {e:#}", used_crates.join(", "));
                    return Ok(BuildOutcome::CompileError { message, compile_time: Duration::ZERO });
                }
            };
            extern_flags.push("-L".into());
            extern_flags.push(format!("dependency={}", set.deps_dir.display()));
            for name in &used_crates {
                extern_flags.push("--extern".into());
                extern_flags.push(format!("{name}={}", set.rlibs[*name].display()));
            }
        }
        let work = self.scratch()?;
        let mut main_text = glue;
        let mut remaps = Vec::new();
        let mut copies = Vec::new();
        for (k, (p, s)) in prepared.iter().zip(sources).enumerate() {
            let copy = work.path().join(format!("user{k}.rs"));
            std::fs::write(&copy, &p.text)?;
            main_text = main_text.replace(&placeholders[k].display().to_string(), &copy.display().to_string());
            remaps.push(format!("--remap-path-prefix={}={}", copy.display(), s.display_path));
            copies.push(copy);
        }
        let main_rs = work.path().join("main.rs");
        std::fs::write(&main_rs, main_text)?;
        let started = Instant::now();
        let extra: &[&str] = if sources.len() > 1 { BENCH_FLAGS } else { &[] };
        let rustc = |edition: &str| {
            Command::new(&tc.rustc)
                .args(SOLUTION_FLAGS)
                .args(["--edition", edition])
                .args(extra)
                .args(["-C", overflow_flag, "--crate-type", "bin", "--crate-name", "solution"])
                .arg("-L")
                .arg(format!("dependency={}", support.parent().unwrap().display()))
                .arg("--extern")
                .arg(format!("judge_support={}", support.display()))
                .args(&extern_flags)
                .arg("--error-format=json")
                .args(color.then_some("--json=diagnostic-rendered-ansi"))
                .arg(format!("--remap-path-prefix={}=<judge harness>", work.path().display()))
                .args(&remaps)
                .arg("-o")
                .arg(work.path().join("solution"))
                .arg(&main_rs)
                .current_dir(work.path())
                .output()
                .context("cannot run rustc: is the Rust toolchain installed?")
        };
        let output = rustc("2024")?;
        let mut edition_note = None;
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
            // Public accepted solutions are mostly older than edition 2024.
            let retry = match sources {
                [one] => diagnostics::edition_2024_error(&stderr, &one.display_path),
                _ => None,
            };
            if let Some((line, what)) = retry
                && let Ok(older) = rustc("2021")
                && older.status.success()
            {
                let at = if line > 0 { format!("line {line} uses") } else { "the file uses".to_string() };
                edition_note = Some(format!("compiled as edition 2021: {at} what edition 2024 rejects ({what})"));
            } else {
                let message = diagnostics::explain(&stderr, &sources[0].display_path, problem, &sources[0].text);
                return Ok(BuildOutcome::CompileError { message, compile_time: started.elapsed() });
            }
        }
        let compile_time = started.elapsed();
        for copy in &copies {
            let _ = std::fs::remove_file(copy);
        }
        let _ = std::fs::remove_file(&main_rs);
        let target = match &edition_note {
            Some(note) => {
                std::fs::write(work.path().join("edition-note"), note)?;
                &final_2021
            }
            None => &final_dir,
        };
        self.publish(work, target)?;
        Ok(BuildOutcome::Built { exe: target.join("solution"), compile_time, cached: false, edition_note })
    }

    fn scratch(&self) -> Result<ScratchDir> {
        ScratchDir::new_in(&self.dir.join("tmp"), "build-")
    }

    /// Moves a finished build into place atomically, with a record of its
    /// files' sizes; if another judge won the race, theirs is identical and
    /// ours is dropped. A damaged entry found later is replaced.
    fn publish(&self, work: ScratchDir, final_dir: &Path) -> Result<()> {
        std::fs::create_dir_all(final_dir.parent().unwrap())?;
        let mut sizes = String::new();
        for entry in std::fs::read_dir(work.path())?.flatten() {
            let len = entry.metadata()?.len();
            sizes.push_str(&format!("{} {len}\n", entry.file_name().to_string_lossy()));
        }
        std::fs::write(work.path().join(SIZES), sizes)?;
        if final_dir.exists() && !intact(final_dir) {
            let _ = std::fs::remove_dir_all(final_dir);
        }
        let staged = work.keep();
        match std::fs::rename(&staged, final_dir) {
            Ok(()) => Ok(()),
            Err(_) if final_dir.is_dir() => {
                let _ = std::fs::remove_dir_all(&staged);
                Ok(())
            }
            Err(e) => Err(e).with_context(|| format!("cannot store the build in {}", final_dir.display())),
        }
    }
}

/// The record of a cache entry's files and sizes, written last.
const SIZES: &str = "SIZES";

/// Whether a published cache entry has all its files at their recorded sizes.
fn intact(dir: &Path) -> bool {
    let Ok(sizes) = std::fs::read_to_string(dir.join(SIZES)) else { return false };
    let mut files = 0;
    for line in sizes.lines() {
        let Some((name, len)) = line.rsplit_once(' ') else { return false };
        let actual = std::fs::metadata(dir.join(name)).map(|m| m.len()).ok();
        if actual.is_none() || actual.map(|a| a.to_string()) != Some(len.to_string()) {
            return false;
        }
        files += 1;
    }
    files > 0
}

fn writable(dir: &Path) -> bool {
    std::fs::create_dir_all(dir.join("tmp")).is_ok() && tempfile::tempfile_in(dir.join("tmp")).is_ok()
}

/// Scratch directories of builds that never finished (a crash, a kill -9).
fn remove_stale_scratch(tmp: &Path) {
    let day = Duration::from_secs(24 * 3600);
    for entry in std::fs::read_dir(tmp).into_iter().flatten().flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > day);
        if old {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// `JUDGE_CACHE_DIR` (made absolute: builds run and solutions start in other
/// directories), else the user's cache dir.
pub fn default_dir() -> PathBuf {
    match std::env::var_os("JUDGE_CACHE_DIR") {
        Some(d) => std::path::absolute(&d).unwrap_or_else(|_| PathBuf::from(d)),
        None => dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("judge"),
    }
}

/// A short hex digest of the parts (length-prefixed so boundaries count).
pub fn digest(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect()
}
