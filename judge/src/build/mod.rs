//! Cached builds with bare `rustc`: the support crate once per judge version
//! and toolchain, each solution once per content hash.

pub mod clippy;
pub mod crates;
mod diagnostics;
mod incremental;
mod toolchain;

pub use incremental::wait_for_background as wait_for_cache_upkeep;
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

/// How the solution crate's codegen units are optimized: as rustc does by
/// default (local ThinLTO across them), unless `JUDGE_THINLTO=0` asks for each
/// unit alone (`-C lto=off`). That saves 12-15 ms of a 70-85 ms incremental
/// rebuild but is not the default: it moves solutions' CPU time (every
/// reference, benches/thinlto.sh: median +3.6 %, 42 of 52 within 10 %,
/// sliding-window-maximum +35 %): calls into std generics placed in
/// other units stop being inlined.
fn codegen_flags() -> &'static [&'static str] {
    if std::env::var_os("JUDGE_THINLTO").is_some_and(|v| v == "0") { &["-C", "lto=off"] } else { &[] }
}

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
        let std_linking = StdLinking::of(tc);
        let link_flags = std_linking.rustc_flags();
        let flags = format!(
            "{} {} {} {} edition 2024, else 2021",
            SOLUTION_FLAGS.join(" "),
            codegen_flags().join(" "),
            BENCH_FLAGS.join(" "),
            link_flags.join(" ")
        );
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
        // One solution file reuses its previous build's incremental state;
        // a benchmark binary (several files, one codegen unit) does not.
        let slot = match sources {
            [one] if incremental_enabled() => {
                let slot_key = digest(&[
                    crate::VERSION.as_bytes(),
                    tc.version.as_bytes(),
                    problem.slug().as_bytes(),
                    one.display_path.as_bytes(),
                    overflow_flag.as_bytes(),
                    crate_list.as_bytes(),
                ]);
                incremental::acquire(&self.dir, &slot_key)
            }
            _ => None,
        };
        let src_dir = slot.as_ref().map_or_else(|| work.path().to_path_buf(), |s| s.src_dir());
        let out_dir = slot.as_ref().map_or_else(|| work.path().to_path_buf(), |s| s.out_dir());
        let mut main_text = glue;
        let mut remaps = Vec::new();
        let mut copies = Vec::new();
        for (k, (p, s)) in prepared.iter().zip(sources).enumerate() {
            let copy = src_dir.join(format!("user{k}.rs"));
            write_if_changed(&copy, &p.text)?;
            main_text = main_text.replace(&placeholders[k].display().to_string(), &copy.display().to_string());
            remaps.push(format!("--remap-path-prefix={}={}", copy.display(), s.display_path));
            copies.push(copy);
        }
        let main_rs = src_dir.join("main.rs");
        write_if_changed(&main_rs, &main_text)?;
        std::fs::create_dir_all(&out_dir)?;
        let started = Instant::now();
        let extra: &[&str] = if sources.len() > 1 { BENCH_FLAGS } else { &[] };
        let rustc = |edition: &str| {
            let mut cmd = Command::new(&tc.rustc);
            cmd.args(SOLUTION_FLAGS)
                .args(codegen_flags())
                .args(["--edition", edition])
                .args(extra)
                .args(["-C", overflow_flag, "--crate-type", "bin", "--crate-name", "solution"])
                .args(&link_flags);
            if let Some(slot) = &slot {
                cmd.arg("-C").arg(format!("incremental={}", slot.incremental_dir(edition).display()));
            }
            cmd.arg("-L")
                .arg(format!("dependency={}", support.parent().unwrap().display()))
                .arg("--extern")
                .arg(format!("judge_support={}", support.display()))
                .args(&extern_flags)
                .arg("--error-format=json")
                .args(color.then_some("--json=diagnostic-rendered-ansi"))
                .arg(format!("--remap-path-prefix={}=<judge harness>", src_dir.display()))
                .args(&remaps)
                .arg("-o")
                .arg(out_dir.join("solution"))
                .arg(&main_rs)
                .current_dir(&out_dir);
            let output = cmd.output().context("cannot run rustc: is the Rust toolchain installed?")?;
            // rustc's saved state can be what fails (or an ICE): start it over.
            match &slot {
                Some(slot)
                    if !output.status.success()
                        && incremental::state_failure(&String::from_utf8_lossy(&output.stderr)) =>
                {
                    slot.discard_state();
                    cmd.output().context("cannot run rustc: is the Rust toolchain installed?")
                }
                _ => Ok(output),
            }
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
        if let StdLinking::Shared(library) = &std_linking {
            let record = crate::sandbox::shared_libraries_record(&work.path().join("solution"));
            std::fs::write(record, format!("{}\n", library.display()))?;
        }
        match slot {
            Some(slot) => {
                std::fs::rename(out_dir.join("solution"), work.path().join("solution"))
                    .context("cannot move the built solution into the cache")?;
                // Sizing the slot and trimming the others (a read of every
                // slot's records) is not on the way to the verdict.
                incremental::finish_in_background(slot, self.dir.clone());
            }
            None => {
                for copy in &copies {
                    let _ = std::fs::remove_file(copy);
                }
                let _ = std::fs::remove_file(&main_rs);
            }
        }
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

/// How solutions get std. Shared where the toolchain ships `libstd-*.so`:
/// the link step (most of an incremental rebuild) shrinks from copying std
/// into every binary to naming it. `JUDGE_LINK=static` links it in, as
/// LeetCode does (a solution's own CPU time is the same either way: std's
/// generic code is instantiated in the solution's crate regardless).
pub enum StdLinking {
    Shared(PathBuf),
    Static,
}

impl StdLinking {
    pub fn of(tc: &Toolchain) -> StdLinking {
        if std::env::var_os("JUDGE_LINK").is_some_and(|v| v == "static") {
            return StdLinking::Static;
        }
        tc.std_dylib.clone().map_or(StdLinking::Static, StdLinking::Shared)
    }

    /// The binary finds std by its rpath: nothing in the solution's (cleared)
    /// environment is needed.
    fn rustc_flags(&self) -> Vec<String> {
        match self {
            StdLinking::Shared(library) => {
                let dir = library.parent().unwrap_or(Path::new("/"));
                vec![
                    "-C".into(),
                    "prefer-dynamic".into(),
                    "-C".into(),
                    format!("link-arg=-Wl,-rpath,{}", dir.display()),
                ]
            }
            StdLinking::Static => Vec::new(),
        }
    }

    /// For `judge doctor`.
    pub fn describe(&self) -> String {
        match self {
            StdLinking::Shared(library) => format!(
                "std as a shared library ({}), the only file outside the system made readable to solutions",
                library.display()
            ),
            StdLinking::Static => {
                "std linked into each binary (JUDGE_LINK=static, or no libstd .so in the toolchain)".into()
            }
        }
    }
}

/// Incremental builds, unless `JUDGE_INCREMENTAL=0` (for measuring, or to
/// rule rustc's incremental state out when something looks wrong).
fn incremental_enabled() -> bool {
    std::env::var_os("JUDGE_INCREMENTAL").is_none_or(|v| v != "0")
}

/// Leaves an unchanged file alone (its mtime too), so rustc sees nothing new.
fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if std::fs::read(path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(());
    }
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
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
