//! The rustc the judge builds with, found once and remembered.
//!
//! `rustc -vV` through rustup's proxy costs about 26 ms, most of an unchanged
//! re-run; every compile through the proxy pays its toolchain resolution
//! again. So the judge remembers, in the cache dir, the toolchain's own rustc
//! (`<sysroot>/bin/rustc`) and its version, keyed by everything that decides
//! which rustc `rustc` means: the binary found on PATH (or `$RUSTC`) with its
//! mtime and size, and for a rustup proxy `RUSTUP_TOOLCHAIN`, rustup's
//! settings file and any `rust-toolchain` file above the current directory.
//! The toolchain's rustc is checked by mtime too, so `rustup update` is seen.

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::UNIX_EPOCH;

pub struct Toolchain {
    /// The toolchain's own rustc (not rustup's proxy), run for every build.
    pub rustc: PathBuf,
    /// `rustc -vV`: part of every cache key.
    pub version: String,
    /// `rustc --print sysroot`: where std's libraries are.
    pub sysroot: PathBuf,
    /// std as a shared library (`libstd-<hash>.so`), where the toolchain
    /// ships one (rustup's does; some distributions' packages do not).
    pub std_dylib: Option<PathBuf>,
}

/// The remembered answer, with what it was found from.
#[derive(Serialize, Deserialize)]
struct Remembered {
    selector: String,
    rustc: PathBuf,
    rustc_stamp: String,
    version: String,
    sysroot: PathBuf,
    std_dylib: Option<PathBuf>,
}

const FILE: &str = "toolchain.json";

impl Toolchain {
    /// `$RUSTC` or `rustc` from PATH, resolved to the toolchain's own binary;
    /// remembered in `cache_dir` (a cache that cannot be read or written only
    /// costs the detection).
    pub fn detect_cached(cache_dir: &Path) -> Result<Toolchain> {
        let named = named_rustc();
        let selector = selector(&named);
        let file = cache_dir.join(FILE);
        if let Some(selector) = &selector
            && let Some(r) = std::fs::read(&file).ok().and_then(|b| serde_json::from_slice::<Remembered>(&b).ok())
            && &r.selector == selector
            && stamp(&r.rustc).as_deref() == Some(r.rustc_stamp.as_str())
        {
            return Ok(Toolchain { rustc: r.rustc, version: r.version, sysroot: r.sysroot, std_dylib: r.std_dylib });
        }
        let tc = Toolchain::detect()?;
        if let (Some(selector), Some(rustc_stamp)) = (selector, stamp(&tc.rustc)) {
            let r = Remembered {
                selector,
                rustc: tc.rustc.clone(),
                rustc_stamp,
                version: tc.version.clone(),
                sysroot: tc.sysroot.clone(),
                std_dylib: tc.std_dylib.clone(),
            };
            if let Ok(text) = serde_json::to_string(&r) {
                let _ = crate::workspace::write_atomically(&file, &text);
            }
        }
        Ok(tc)
    }

    /// Asks rustc itself (no cache): `judge doctor` and the first run.
    pub fn detect() -> Result<Toolchain> {
        let named = named_rustc();
        let ask = |args: &[&str]| -> Result<String> {
            let out = Command::new(&named).args(args).output().with_context(|| {
                format!("cannot run `{} {}`: is the Rust toolchain installed?", named.display(), args.join(" "))
            })?;
            if !out.status.success() {
                bail!("`{} {}` failed: {}", named.display(), args.join(" "), String::from_utf8_lossy(&out.stderr));
            }
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        };
        let version = ask(&["-vV"])?;
        let sysroot = PathBuf::from(ask(&["--print", "sysroot"])?.trim());
        // rustup's proxy resolves the toolchain on every call; its rustc is
        // the same compiler without that cost.
        let own = sysroot.join("bin").join("rustc");
        let rustc = if !is_rustup_proxy(&own) && same_version(&own, &version) { own } else { named };
        let std_dylib = find_std_dylib(&target_lib_dir(&sysroot, &version));
        Ok(Toolchain { rustc, version, sysroot, std_dylib })
    }

    /// `rustc 1.95.0 (...)`: the first line.
    pub fn short_version(&self) -> &str {
        self.version.lines().next().unwrap_or("rustc")
    }
}

/// Where std's shared and static libraries for the host are.
fn target_lib_dir(sysroot: &Path, version: &str) -> PathBuf {
    let host = version.lines().find_map(|l| l.strip_prefix("host: ")).unwrap_or("unknown").trim();
    sysroot.join("lib").join("rustlib").join(host).join("lib")
}

/// The one `libstd-*.so` in `dir`; none, or two (a broken toolchain: rustc
/// could not pick either), is `None`.
fn find_std_dylib(dir: &Path) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("libstd-") && n.ends_with(".so"))
        })
        .collect();
    (found.len() == 1).then(|| found.remove(0))
}

fn same_version(rustc: &Path, version: &str) -> bool {
    Command::new(rustc).arg("-vV").output().is_ok_and(|o| o.status.success() && o.stdout == version.as_bytes())
}

/// `$RUSTC`, else the first `rustc` on PATH (as a path, so it can be stamped).
fn named_rustc() -> PathBuf {
    if let Some(r) = std::env::var_os("RUSTC") {
        return PathBuf::from(r);
    }
    std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).map(|d| d.join("rustc")).find(|p| p.is_file()))
        .unwrap_or_else(|| PathBuf::from("rustc"))
}

/// mtime (ns) and size of the file a path leads to; None when it cannot be read.
fn stamp(path: &Path) -> Option<String> {
    let m = std::fs::metadata(path).ok()?;
    let mtime = m.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
    Some(format!("{mtime}:{}", m.len()))
}

fn is_rustup_proxy(path: &Path) -> bool {
    std::fs::canonicalize(path)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().starts_with("rustup")))
        .unwrap_or(false)
}

/// Everything that decides which compiler `named` runs, as one string; None
/// when it cannot be told (then nothing is remembered).
fn selector(named: &Path) -> Option<String> {
    // The remembered record's own shape counts too: a record written before
    // a field existed (std_dylib) is detected again, not read as "none".
    let mut parts = vec![format!("record v2; {}={}", named.display(), stamp(named)?)];
    if is_rustup_proxy(named) {
        parts.push(format!("RUSTUP_TOOLCHAIN={:?}", std::env::var_os("RUSTUP_TOOLCHAIN")));
        let home = std::env::var_os("RUSTUP_HOME")
            .map(PathBuf::from)
            .or_else(|| dirs::home_dir().map(|h| h.join(".rustup")))?;
        let settings = home.join("settings.toml");
        parts.push(format!("{}={:?}", settings.display(), stamp(&settings)));
        // Directory overrides: the nearest toolchain file wins.
        let cwd = std::env::current_dir().ok()?;
        for dir in cwd.ancestors() {
            for name in ["rust-toolchain", "rust-toolchain.toml"] {
                let f = dir.join(name);
                if let Some(s) = stamp(&f) {
                    parts.push(format!("{}={s}", f.display()));
                }
            }
        }
    }
    Some(parts.join("\n"))
}
