//! The layers between a solution and the machine, all without root, cgroups or
//! namespaces:
//!
//! - rlimits set before exec: no core dumps, a file-size cap (the capture file),
//!   an open-file cap. (Not RLIMIT_CPU: an armed process CPU timer makes the
//!   kernel serve CLOCK_PROCESS_CPUTIME_ID from tick-granular accounting, and a
//!   0.2 ms call then reads as 0. The CPU backstop is the judge's instead: it
//!   reads the process's CPU time from /proc while the case runs.);
//! - the parent-death signal: the solution dies with the judge (Ctrl-C, crash);
//! - its own process group, killed whole at the end of every run;
//! - Landlock, where the kernel has it: the solution may read only system
//!   directories (/usr, /lib, /etc, /proc, ...), its own binary and its scratch
//!   directory: not the repository's tests, not the judge's cache;
//! - a seccomp filter, compiled here (seccompiler) and installed by the harness
//!   itself after start-up, before any user code runs: no process creation other
//!   than threads, no exec, no sockets, no file creation or writes (opens for
//!   writing, renames, unlinks, ...), no signals to other processes, no raising
//!   of limits, no io_uring. Everything else (what Rust's runtime needs for
//!   panics, stack overflow reports, thread start-up) stays allowed.
//!
//! `judge doctor` reports which layers this machine supports.

use anyhow::{Result, anyhow};
use nix::libc;
use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen as Len, SeccompCmpOp as Op, SeccompCondition as Cond, SeccompFilter,
    SeccompRule, TargetArch,
};
use serde::Serialize;
use std::collections::BTreeMap;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::Path;

/// Which layers a run had (recorded in `judge run --json`).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Protections {
    /// The harness installed the seccomp filter.
    pub seccomp: bool,
    /// File-system access limited by Landlock.
    pub landlock: bool,
    pub rlimits: bool,
    pub parent_death_signal: bool,
    pub process_group_kill: bool,
}

/// rlimits for a batch.
#[derive(Debug, Clone, Copy)]
pub struct ResourceLimits {
    /// Largest file the solution may write (its capture file).
    pub file_bytes: u64,
    pub open_files: u64,
}

/// Sets rlimits, the parent-death signal and (given a ruleset) Landlock on
/// the calling process: the child's last steps before exec (see
/// `runner::spawn`, which also gives it its own process group). Only system
/// calls: it runs in a child that shares the judge's memory.
pub fn confine_self(limits: ResourceLimits, landlock: Option<std::os::fd::RawFd>) -> std::io::Result<()> {
    use nix::sys::resource::{Resource, setrlimit};
    let set = |r, v: u64| setrlimit(r, v, v).map_err(std::io::Error::from);
    set(Resource::RLIMIT_CORE, 0)?;
    set(Resource::RLIMIT_FSIZE, limits.file_bytes)?;
    set(Resource::RLIMIT_NOFILE, limits.open_files)?;
    // SAFETY: prctl and landlock_restrict_self take integers only.
    unsafe {
        if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        if let Some(fd) = landlock
            && (libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
                || libc::syscall(libc::SYS_landlock_restrict_self, fd, 0) != 0)
        {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// A Landlock ruleset, prepared in the judge (allocation is not allowed
/// between fork and exec) and applied to the child just before exec.
pub struct Landlock {
    fd: OwnedFd,
}

/// Directories a solution may read (and execute from): what the dynamic
/// loader, libc and Rust's runtime need.
const SYSTEM_DIRS: &[&str] = &["/usr", "/lib", "/lib64", "/lib32", "/bin", "/etc", "/proc", "/sys", "/dev"];

const ACCESS_EXECUTE: u64 = 1 << 0;
const ACCESS_READ_FILE: u64 = 1 << 2;
const ACCESS_READ_DIR: u64 = 1 << 3;
/// Every file-system right of Landlock ABI 1; ABI 2 adds REFER, ABI 3 TRUNCATE.
/// All handled rights are denied unless a rule allows them.
fn handled_access(abi: i64) -> u64 {
    let mut rights = (1 << 13) - 1;
    if abi >= 2 {
        rights |= 1 << 13;
    }
    if abi >= 3 {
        rights |= 1 << 14;
    }
    rights
}

/// Where a build records the shared libraries outside the system
/// directories that its binary loads (std's, when linked dynamically), one
/// path per line: the only files Landlock opens up beyond the system's.
pub fn shared_libraries_record(exe: &Path) -> std::path::PathBuf {
    exe.with_extension("libs")
}

/// The libraries recorded for `exe` (none when nothing was recorded).
pub fn shared_libraries(exe: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_to_string(shared_libraries_record(exe))
        .map(|text| text.lines().filter(|l| !l.is_empty()).map(std::path::PathBuf::from).collect())
        .unwrap_or_default()
}

impl Landlock {
    /// The ruleset, for `confine_self`.
    pub fn raw_fd(&self) -> std::os::fd::RawFd {
        self.fd.as_raw_fd()
    }

    /// Read-only access to the system, `exe`, the shared libraries recorded
    /// for it (read and execute, those files only) and `scratch`; `None`
    /// where Landlock is missing.
    pub fn new(exe: &Path, scratch: &Path) -> Option<Landlock> {
        if std::env::var_os("JUDGE_NO_LANDLOCK").is_some() {
            return None;
        }
        let abi = landlock_abi()?;
        #[repr(C)]
        struct RulesetAttr {
            handled_access_fs: u64,
        }
        #[repr(C, packed)]
        struct PathBeneath {
            allowed_access: u64,
            parent_fd: i32,
        }
        let attr = RulesetAttr { handled_access_fs: handled_access(abi) };
        // SAFETY: plain system calls on a struct that outlives them; the returned
        // descriptor is owned here (and is close-on-exec).
        let fd = unsafe {
            libc::syscall(libc::SYS_landlock_create_ruleset, &attr as *const RulesetAttr, size_of::<RulesetAttr>(), 0)
        };
        if fd < 0 {
            return None;
        }
        let ruleset = Landlock { fd: unsafe { OwnedFd::from_raw_fd(fd as i32) } };
        let read = ACCESS_READ_FILE | ACCESS_READ_DIR;
        let libraries = shared_libraries(exe);
        let required: Vec<&Path> = [exe, scratch].into_iter().chain(libraries.iter().map(|l| l.as_path())).collect();
        let rules = SYSTEM_DIRS
            .iter()
            .map(|d| (Path::new(d), read | ACCESS_EXECUTE))
            .chain([(exe, ACCESS_READ_FILE | ACCESS_EXECUTE), (scratch, read)])
            .chain(libraries.iter().map(|l| (l.as_path(), ACCESS_READ_FILE | ACCESS_EXECUTE)));
        for (path, access) in rules {
            let Ok(dir) = std::fs::File::open(path) else { continue };
            let rule = PathBeneath {
                allowed_access: if path.is_dir() { access } else { access & (ACCESS_READ_FILE | ACCESS_EXECUTE) },
                parent_fd: dir.as_raw_fd(),
            };
            // SAFETY: as above.
            let added = unsafe {
                libc::syscall(libc::SYS_landlock_add_rule, ruleset.fd.as_raw_fd(), 1, &rule as *const PathBeneath, 0)
            };
            if added != 0 && required.contains(&path) {
                return None;
            }
        }
        Some(ruleset)
    }
}

/// Whether this kernel offers Landlock (its ABI version, when it does).
pub fn landlock_abi() -> Option<i64> {
    // SAFETY: the version query takes no pointers.
    let v = unsafe { libc::syscall(libc::SYS_landlock_create_ruleset, std::ptr::null::<u8>(), 0, 1) };
    (v > 0).then_some(v)
}

/// CPU time (user + system, all threads) of a running process, from /proc.
pub fn process_cpu(pid: u32) -> Option<std::time::Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // SAFETY: sysconf only reads a configuration value.
    let per_second = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    Some(std::time::Duration::from_millis(ticks * 1000 / per_second.max(1)))
}

/// Kills every process left in the solution's process group.
pub fn kill_group(pgid: u32) {
    let _ = nix::sys::signal::killpg(nix::unistd::Pid::from_raw(pgid as i32), nix::sys::signal::Signal::SIGKILL);
}

fn target_arch() -> Option<TargetArch> {
    match std::env::consts::ARCH {
        "x86_64" => Some(TargetArch::x86_64),
        "aarch64" => Some(TargetArch::aarch64),
        _ => None,
    }
}

/// The filters for the process `pid`, serialized for the harness (which
/// installs them in order): `u32` count, then per program its byte length and
/// its `sock_filter` instructions. Empty where seccomp is unsupported.
pub fn seccomp_programs(pid: u32) -> Result<Vec<u8>> {
    let Some(arch) = target_arch().filter(|_| std::env::var_os("JUDGE_NO_SECCOMP").is_none()) else {
        return Ok(0u32.to_le_bytes().to_vec());
    };
    let deny: BpfProgram =
        SeccompFilter::new(deny_rules(pid)?, SeccompAction::Allow, SeccompAction::Errno(libc::EPERM as u32), arch)
            .and_then(BpfProgram::try_from)
            .map_err(|e| anyhow!("cannot build the seccomp filter: {e}"))?;
    // clone3 cannot be filtered by flags (they sit behind a pointer): say it
    // does not exist, and glibc falls back to clone, which is filtered.
    let no_clone3: BpfProgram = SeccompFilter::new(
        BTreeMap::from([(libc::SYS_clone3, vec![])]),
        SeccompAction::Allow,
        SeccompAction::Errno(libc::ENOSYS as u32),
        arch,
    )
    .and_then(BpfProgram::try_from)
    .map_err(|e| anyhow!("cannot build the seccomp filter: {e}"))?;
    let mut out = 2u32.to_le_bytes().to_vec();
    for program in [deny, no_clone3] {
        out.extend(((program.len() * 8) as u32).to_le_bytes());
        for ins in program {
            out.extend(ins.code.to_le_bytes());
            out.push(ins.jt);
            out.push(ins.jf);
            out.extend(ins.k.to_le_bytes());
        }
    }
    Ok(out)
}

fn rule(conditions: Vec<Cond>) -> Result<SeccompRule> {
    SeccompRule::new(conditions).map_err(|e| anyhow!("seccomp rule: {e}"))
}

fn cond(arg: u8, len: Len, op: Op, value: u64) -> Result<Cond> {
    Cond::new(arg, len, op, value).map_err(|e| anyhow!("seccomp condition: {e}"))
}

/// Rules matching an open whose flags (argument `arg`) ask for writing or creating.
fn opens_for_writing(arg: u8) -> Result<Vec<SeccompRule>> {
    [libc::O_WRONLY, libc::O_RDWR, libc::O_CREAT, libc::O_TRUNC, libc::O_APPEND]
        .into_iter()
        .map(|bit| rule(vec![cond(arg, Len::Dword, Op::MaskedEq(bit as u64), bit as u64)?]))
        .collect()
}

/// Syscalls (and argument patterns) answered with EPERM.
fn deny_rules(pid: u32) -> Result<BTreeMap<i64, Vec<SeccompRule>>> {
    let mut rules: BTreeMap<i64, Vec<SeccompRule>> = BTreeMap::new();
    let always: &[i64] = &[
        libc::SYS_execve,
        libc::SYS_execveat,
        libc::SYS_socket,
        libc::SYS_socketpair,
        libc::SYS_openat2,
        libc::SYS_renameat,
        libc::SYS_renameat2,
        libc::SYS_unlinkat,
        libc::SYS_mkdirat,
        libc::SYS_linkat,
        libc::SYS_symlinkat,
        libc::SYS_mknodat,
        libc::SYS_truncate,
        libc::SYS_ftruncate,
        libc::SYS_fchmod,
        libc::SYS_fchmodat,
        libc::SYS_fchown,
        libc::SYS_fchownat,
        libc::SYS_utimensat,
        libc::SYS_tkill,
        libc::SYS_ptrace,
        libc::SYS_process_vm_readv,
        libc::SYS_process_vm_writev,
        libc::SYS_pidfd_open,
        libc::SYS_pidfd_send_signal,
        libc::SYS_pidfd_getfd,
        libc::SYS_io_uring_setup,
        libc::SYS_io_uring_enter,
        libc::SYS_io_uring_register,
        libc::SYS_setrlimit,
        libc::SYS_mount,
        libc::SYS_umount2,
        libc::SYS_pivot_root,
        libc::SYS_chroot,
        libc::SYS_unshare,
        libc::SYS_setns,
        libc::SYS_bpf,
        libc::SYS_perf_event_open,
        libc::SYS_userfaultfd,
        libc::SYS_keyctl,
        libc::SYS_add_key,
        libc::SYS_request_key,
        libc::SYS_setsid,
        libc::SYS_setpgid,
    ];
    #[cfg(target_arch = "x86_64")]
    let legacy: &[i64] = &[
        libc::SYS_fork,
        libc::SYS_vfork,
        libc::SYS_creat,
        libc::SYS_rename,
        libc::SYS_unlink,
        libc::SYS_rmdir,
        libc::SYS_mkdir,
        libc::SYS_link,
        libc::SYS_symlink,
        libc::SYS_mknod,
        libc::SYS_chmod,
        libc::SYS_chown,
        libc::SYS_lchown,
        libc::SYS_utime,
        libc::SYS_utimes,
        libc::SYS_futimesat,
    ];
    #[cfg(not(target_arch = "x86_64"))]
    let legacy: &[i64] = &[];
    for &nr in always.iter().chain(legacy) {
        rules.insert(nr, vec![]);
    }
    // Threads only: a clone without CLONE_THREAD is a new process.
    rules.insert(libc::SYS_clone, vec![rule(vec![cond(0, Len::Qword, Op::MaskedEq(libc::CLONE_THREAD as u64), 0)?])?]);
    rules.insert(libc::SYS_openat, opens_for_writing(2)?);
    #[cfg(target_arch = "x86_64")]
    rules.insert(libc::SYS_open, opens_for_writing(1)?);
    // Signals only to itself (abort and panics raise signals on their own threads).
    rules.insert(
        libc::SYS_kill,
        vec![rule(vec![cond(0, Len::Dword, Op::Ne, pid as u64)?, cond(0, Len::Dword, Op::Ne, 0)?])?],
    );
    rules.insert(libc::SYS_tgkill, vec![rule(vec![cond(0, Len::Dword, Op::Ne, pid as u64)?])?]);
    // Reading limits is fine (glibc's getrlimit is prlimit64 with no new limit); setting is not.
    rules.insert(libc::SYS_prlimit64, vec![rule(vec![cond(2, Len::Qword, Op::Ne, 0)?])?]);
    Ok(rules)
}

/// What `judge doctor` checks: can this machine install the filter at all?
pub fn seccomp_supported() -> bool {
    target_arch().is_some() && std::path::Path::new("/proc/sys/kernel/seccomp/actions_avail").exists()
}

#[cfg(test)]
mod tests {
    #[test]
    fn filters_compile_for_this_machine() {
        let bytes = super::seccomp_programs(4242).unwrap();
        let count = u32::from_le_bytes(bytes[..4].try_into().unwrap());
        assert!(count == 2 || super::target_arch().is_none());
    }
}
