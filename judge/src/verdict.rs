//! Verdicts and their fixed priority.

use serde::Serialize;

/// A case's or a run's verdict. When one case has several problems, the
/// highest in this order wins: CE, IE, RE, MLE, OLE, TLE, WA, AC (what stopped
/// the run outranks a resource limit, which outranks a wrong answer). The
/// run's verdict is the first failing case's, in run order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord, Hash)]
pub enum Verdict {
    #[serde(rename = "AC")]
    Accepted,
    #[serde(rename = "WA")]
    WrongAnswer,
    #[serde(rename = "TLE")]
    TimeLimitExceeded,
    #[serde(rename = "OLE")]
    OutputLimitExceeded,
    #[serde(rename = "MLE")]
    MemoryLimitExceeded,
    #[serde(rename = "RE")]
    RuntimeError,
    #[serde(rename = "IE")]
    InternalError,
    #[serde(rename = "CE")]
    CompileError,
    /// Not run (an earlier failure stopped the batch); never a run's verdict.
    #[serde(rename = "SKIPPED")]
    Skipped,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Accepted => "AC",
            Verdict::WrongAnswer => "WA",
            Verdict::TimeLimitExceeded => "TLE",
            Verdict::OutputLimitExceeded => "OLE",
            Verdict::MemoryLimitExceeded => "MLE",
            Verdict::RuntimeError => "RE",
            Verdict::InternalError => "IE",
            Verdict::CompileError => "CE",
            Verdict::Skipped => "--",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Verdict::Accepted => "Accepted",
            Verdict::WrongAnswer => "Wrong Answer",
            Verdict::TimeLimitExceeded => "Time Limit Exceeded",
            Verdict::OutputLimitExceeded => "Output Limit Exceeded",
            Verdict::MemoryLimitExceeded => "Memory Limit Exceeded",
            Verdict::RuntimeError => "Runtime Error",
            Verdict::InternalError => "Internal Error",
            Verdict::CompileError => "Compile Error",
            Verdict::Skipped => "Not run",
        }
    }

    pub fn is_accepted(self) -> bool {
        self == Verdict::Accepted
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
