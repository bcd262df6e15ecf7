//! `judge doctor`: what this machine offers the judge, and which sandbox
//! layers a real run gets here.

use crate::build::{SourceFile, StdLinking, Toolchain};
use crate::judging::{self, Context, JudgeOptions};
use crate::sandbox;
use anyhow::Result;
use serde_json::json;
use std::path::Path;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    pub json: bool,
}

struct Check {
    name: &'static str,
    ok: bool,
    detail: String,
}

pub fn execute(args: Args) -> Result<bool> {
    let mut checks = Vec::new();
    let toolchain = Toolchain::detect();
    checks.push(Check {
        name: "rustc",
        ok: toolchain.is_ok(),
        detail: match &toolchain {
            Ok(tc) => tc.short_version().to_string(),
            Err(e) => format!("{e:#}"),
        },
    });
    if let Ok(tc) = &toolchain {
        checks.push(Check { name: "linking", ok: true, detail: StdLinking::of(tc).describe() });
    }
    checks.push(Check {
        name: "seccomp",
        ok: sandbox::seccomp_supported(),
        detail: "denies process creation (threads allowed), exec, sockets, file writes, signals to others; \
                 without it, process-group kill still reaps children and Landlock still blocks writes"
            .into(),
    });
    let abi = sandbox::landlock_abi();
    checks.push(Check {
        name: "landlock",
        ok: abi.is_some(),
        detail: match abi {
            Some(v) => format!("ABI {v}: solutions read only system directories, their binary and scratch"),
            None => "not offered by this kernel: solutions can read files the user can read".into(),
        },
    });
    checks.push(Check {
        name: "rlimits",
        ok: true,
        detail: "no core dumps, file size and open-file caps (CPU backstop read from /proc by the judge)".into(),
    });
    checks.push(Check {
        name: "parent-death signal",
        ok: cfg!(target_os = "linux"),
        detail: "solutions die with the judge".into(),
    });
    checks.push(Check {
        name: "process-group kill",
        ok: true,
        detail: "every run ends with a kill of its whole group".into(),
    });
    let cgroup = if Path::new("/sys/fs/cgroup/cgroup.controllers").exists() { "v2" } else { "v1 or none" };
    // SAFETY: geteuid only reads the caller's id.
    let root = unsafe { nix::libc::geteuid() } == 0;
    checks.push(Check {
        name: "environment",
        ok: true,
        detail: format!(
            "cgroup {cgroup} (not needed: heap is counted by the harness, CPU by the kernel per process); {}",
            if root { "running as root (RLIMIT_NPROC would not bind; seccomp covers it)" } else { "not root" }
        ),
    });
    let probe = probe_run();
    let ok = checks.iter().filter(|c| c.name == "rustc").all(|c| c.ok) && probe.is_ok();
    if args.json {
        let items: Vec<_> = checks.iter().map(|c| json!({"name": c.name, "ok": c.ok, "detail": c.detail})).collect();
        let run = match &probe {
            Ok(p) => json!({ "verdict": "AC", "protections": p }),
            Err(e) => json!({ "error": format!("{e:#}") }),
        };
        println!("{}", json!({ "ok": ok, "checks": items, "probe_run": run }));
    } else {
        for c in &checks {
            println!("{:<20} {:<4} {}", c.name, if c.ok { "yes" } else { "no" }, c.detail);
        }
        match &probe {
            Ok(p) => println!(
                "probe run           AC   two-sum's reference ran with: {}",
                serde_json::to_value(p).map(|v| v.to_string()).unwrap_or_default()
            ),
            Err(e) => println!("probe run           FAIL {e:#}"),
        }
    }
    Ok(ok)
}

/// Judges two-sum's reference on one case: the protections a real run gets.
fn probe_run() -> Result<sandbox::Protections> {
    let ctx = Context::open()?;
    let problem = ctx.problems.load("two-sum")?;
    let source = SourceFile::read(&problem.reference_path())?;
    let mut cases = crate::problem::tests::load_cases(&problem)?;
    cases.truncate(1);
    let opts = JudgeOptions { time_limit: None, color: false, diagnose: false };
    let j = judging::judge(&ctx, &problem, &source, &cases, std::time::Duration::from_secs(2), &opts)?;
    anyhow::ensure!(j.verdict.is_accepted(), "the probe got {} instead of AC", j.verdict);
    Ok(j.protections)
}
