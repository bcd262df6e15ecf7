//! `judge validate`: prove a problem's tests. Every input passes the
//! validator, the reference matches every hand-written answer and gets AC,
//! every `submissions/ac` file gets AC, every `submissions/wa` file is
//! rejected (WA or RE), every `submissions/tle` file gets TLE.

use crate::build::SourceFile;
use crate::checker::Checker;
use crate::judging::{self, Context, JudgeOptions, reference};
use crate::problem::tests::load_cases;
use crate::problem::{CaseSource, Problem, TestCase};
use crate::report::{self, human::Style};
use crate::verdict::Verdict;
use anyhow::{Result, bail};
use serde_json::{Value, json};
use std::time::Duration;

/// A package needs at least this many tests.
const MIN_TESTS: usize = 20;

#[derive(clap::Args)]
pub struct Args {
    /// Problems to validate (slug, number or prefix).
    problems: Vec<String>,
    /// Validate every problem.
    #[arg(long, conflicts_with = "problems")]
    all: bool,
    /// Problems validated at once (each one's runs stay sequential). Default 1:
    /// the TLE and margin checks measure time, so more only where cores are idle.
    #[arg(short = 'j', long, value_name = "N", default_value_t = 1)]
    jobs: usize,
    #[arg(long)]
    pub json: bool,
}

struct SubmissionResult {
    file: String,
    expect: &'static str,
    verdict: Verdict,
    ok: bool,
    detail: String,
}

struct ProblemResult {
    slug: String,
    tests: usize,
    reference_slowest: Duration,
    time_limit: Duration,
    problems: Vec<String>,
    submissions: Vec<SubmissionResult>,
}

impl ProblemResult {
    fn ok(&self) -> bool {
        self.problems.is_empty() && self.submissions.iter().all(|s| s.ok)
    }
}

pub fn execute(args: Args, color: bool) -> Result<bool> {
    let ctx = Context::open()?;
    let slugs: Vec<String> = if args.all {
        ctx.problems.available().iter().map(|f| f.slug.clone()).collect()
    } else if args.problems.is_empty() {
        bail!("name the problems to validate, or pass --all");
    } else {
        args.problems.clone()
    };
    let style = Style { color: color && !args.json };
    let problems: Vec<Problem> = slugs.iter().map(|name| ctx.problems.load(name)).collect::<Result<_>>()?;
    // Workers take the next problem in order; each result is printed when it
    // is done and kept in the problems' order.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let slots: std::sync::Mutex<Vec<Option<ProblemResult>>> =
        std::sync::Mutex::new((0..problems.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..args.jobs.clamp(1, problems.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(problem) = problems.get(i) else { break };
                    if !args.json {
                        eprintln!("validating {} ...", problem.slug());
                    }
                    let result = validate(&ctx, problem).unwrap_or_else(|e| ProblemResult {
                        slug: problem.slug().to_string(),
                        tests: 0,
                        reference_slowest: Duration::ZERO,
                        time_limit: Duration::ZERO,
                        problems: vec![format!("{e:#}")],
                        submissions: Vec::new(),
                    });
                    if !args.json {
                        print!("{}", render(&result, &style));
                    }
                    slots.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(result);
                }
            });
        }
    });
    let results: Vec<ProblemResult> =
        slots.into_inner().unwrap_or_else(|e| e.into_inner()).into_iter().flatten().collect();
    let ok = results.iter().all(ProblemResult::ok);
    if args.json {
        println!("{}", json!({ "ok": ok, "problems": results.iter().map(to_json).collect::<Vec<_>>() }));
    } else if slugs.len() > 1 {
        let good = results.iter().filter(|r| r.ok()).count();
        println!("{good}/{} problems valid", results.len());
    }
    Ok(ok)
}

fn validate(ctx: &Context, problem: &Problem) -> Result<ProblemResult> {
    let mut problems = Vec::new();
    for file in ["statement.md", "reference.rs", "tests.json", "tools.rs"] {
        if !problem.dir.join(file).is_file() {
            problems.push(format!("missing {file}"));
        }
    }
    let checker = Checker::from_spec(&problem.checker)?;
    let tools = crate::tools::lookup(problem.slug());
    if tools.is_none() {
        problems.push("tools.rs is not compiled into this judge (rebuild it)".into());
    }
    let mut cases = load_cases(problem)?;
    if cases.len() < MIN_TESTS {
        problems.push(format!("only {} tests; a package needs at least {MIN_TESTS}", cases.len()));
    }
    if !cases.iter().any(|c| matches!(c.source, CaseSource::Generated(_))) {
        problems.push("no generated (max-size) case".into());
    }
    for case in &cases {
        if let Err(e) = crate::harness::wire::encode_input(problem, &case.input) {
            problems.push(format!("case {} ({:?}): {e}", case.number, case.name));
        }
        if let Some(tools) = tools
            && let Err(e) = (tools.validate)(&case.input)
        {
            problems.push(format!("case {} ({:?}) breaks a constraint: {e}", case.number, case.name));
        }
    }
    if !problems.is_empty() {
        return Ok(ProblemResult {
            slug: problem.slug().into(),
            tests: cases.len(),
            reference_slowest: Duration::ZERO,
            time_limit: Duration::ZERO,
            problems,
            submissions: Vec::new(),
        });
    }
    // A fresh measurement: validation is where the limit is proven.
    let profile = reference::measure(ctx, problem, &cases, 3)?;
    for case in &mut cases {
        let answer = profile.answers.get(&case.number).cloned().unwrap_or_else(|| Value::Null.into());
        match &case.expected {
            Some(expected) => {
                // A judge accepts an answer equal to the expected one without
                // asking the checker (see `check_answer`): that must be sound.
                if let Err(m) = checker.check(&case.input, expected, expected) {
                    problems.push(format!(
                        "case {} ({:?}): tests.json expects {}, which the checker rejects: {}",
                        case.number,
                        case.name,
                        report::shorten(&expected.to_string(), 100),
                        m.message
                    ));
                }
                if let Err(m) = checker.check(&case.input, expected, &answer) {
                    problems.push(format!(
                        "case {} ({:?}): the reference answers {}, tests.json expects {}: {}",
                        case.number,
                        case.name,
                        report::shorten(&answer.to_string(), 100),
                        report::shorten(&expected.to_string(), 100),
                        m.message
                    ));
                }
            }
            None => case.expected = Some(answer),
        }
    }
    let time_limit = profile.time_limit(problem);
    let mut submissions = Vec::new();
    submissions.push(judge_file(ctx, problem, &problem.reference_path(), "AC", &cases, time_limit)?);
    for (dir, expect) in [("ac", "AC"), ("wa", "WA/RE"), ("tle", "TLE")] {
        // Submissions may be grouped in sub-folders; in name order.
        let files: Vec<_> = walkdir::WalkDir::new(problem.dir.join("submissions").join(dir))
            .sort_by_file_name()
            .into_iter()
            .flatten()
            .map(|e| e.into_path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "rs"))
            .collect();
        if dir == "wa" && files.is_empty() {
            problems.push("no wrong submission in submissions/wa".into());
        }
        for file in files {
            submissions.push(judge_file(ctx, problem, &file, expect, &cases, time_limit)?);
        }
    }
    Ok(ProblemResult {
        slug: problem.slug().into(),
        tests: cases.len(),
        reference_slowest: Duration::from_nanos(profile.slowest_ns()),
        time_limit,
        problems,
        submissions,
    })
}

fn judge_file(
    ctx: &Context,
    problem: &Problem,
    path: &std::path::Path,
    expect: &'static str,
    cases: &[TestCase],
    time_limit: Duration,
) -> Result<SubmissionResult> {
    let source = SourceFile::read(path)?;
    let opts = JudgeOptions { time_limit: Some(time_limit), color: false, diagnose: false };
    let j = judging::judge(ctx, problem, &source, cases, time_limit, &opts)?;
    let ok = match expect {
        "AC" => j.verdict == Verdict::Accepted,
        "WA/RE" => matches!(j.verdict, Verdict::WrongAnswer | Verdict::RuntimeError),
        // Too slow, but never wrong: every case is AC or TLE.
        _ => {
            j.verdict == Verdict::TimeLimitExceeded
                && j.cases
                    .iter()
                    .all(|c| matches!(c.verdict, Verdict::Accepted | Verdict::TimeLimitExceeded | Verdict::Skipped))
        }
    };
    let detail = j.summary();
    let file = path.strip_prefix(&problem.dir).unwrap_or(path).display().to_string();
    Ok(SubmissionResult { file, expect, verdict: j.verdict, ok, detail })
}

fn render(r: &ProblemResult, style: &Style) -> String {
    let mut out = String::new();
    let head = if r.ok() { style.good("valid") } else { style.bad("INVALID") };
    out.push_str(&format!(
        "{} {head}: {} tests, reference slowest case {} (limit {})\n",
        style.bold(&r.slug),
        r.tests,
        report::duration(r.reference_slowest),
        report::duration(r.time_limit)
    ));
    for p in &r.problems {
        out.push_str(&format!("  problem: {p}\n"));
    }
    for s in &r.submissions {
        let mark = if s.ok { "ok  " } else { "FAIL" };
        out.push_str(&format!(
            "  {mark} {:<44} expect {:<5} got {:<4} {}\n",
            s.file,
            s.expect,
            s.verdict.code(),
            s.detail
        ));
    }
    out
}

fn to_json(r: &ProblemResult) -> Value {
    json!({
        "slug": r.slug,
        "ok": r.ok(),
        "tests": r.tests,
        "reference_slowest_ms": r.reference_slowest.as_secs_f64() * 1e3,
        "time_limit_ms": r.time_limit.as_secs_f64() * 1e3,
        "problems": r.problems,
        "submissions": r.submissions.iter().map(|s| json!({
            "file": s.file, "expect": s.expect, "verdict": s.verdict.code(), "ok": s.ok, "detail": s.detail,
        })).collect::<Vec<_>>(),
    })
}
