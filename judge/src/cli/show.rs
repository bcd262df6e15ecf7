//! `judge show`: a problem's statement in the terminal.

use crate::history::{Event, History};
use crate::problem::ProblemSet;
use crate::workspace::Workspace;
use anyhow::{Context, Result};
use serde_json::json;

#[derive(clap::Args)]
pub struct Args {
    /// Problem: slug, LeetCode number, or unique slug prefix.
    problem: String,
    /// Reveal the hints too (each one revealed is recorded in your history).
    #[arg(long, conflicts_with = "hint")]
    hints: bool,
    /// Reveal hint N only (recorded).
    #[arg(long, value_name = "N")]
    hint: Option<usize>,
    /// Print the reference solution: after an AC, or with --give-up (recorded: the problem comes back soon).
    #[arg(long)]
    solution: bool,
    /// With --solution: give up on the problem to see the reference before solving it.
    #[arg(long, requires = "solution")]
    give_up: bool,
    /// Show test case N instead: its input and expected answer (generated cases included).
    #[arg(long, value_name = "N")]
    case: Option<usize>,
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: Args) -> Result<bool> {
    if let Some(number) = args.case {
        return show_case(&args.problem, number, args.json);
    }
    let ws = Workspace::locate()?;
    let problem = ProblemSet::open(&ws.problems)?.load(&args.problem)?;
    if args.solution {
        return show_solution(&ws, &problem, args.give_up, args.json);
    }
    let path = problem.statement_path();
    let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let (body, hints) = split_hints(&text);
    let revealed: Vec<usize> = match args.hint {
        Some(n) if n == 0 || n > hints.len() => {
            anyhow::bail!("{} has {} hints: --hint takes 1 to {}", problem.slug(), hints.len(), hints.len())
        }
        Some(n) => vec![n],
        None if args.hints => (1..=hints.len()).collect(),
        None => Vec::new(),
    };
    record_hints(&ws, problem.slug(), &revealed);
    if args.json {
        let f = &problem.facts;
        println!(
            "{}",
            json!({"id": f.id, "slug": f.slug, "title": f.title, "topic": f.topic, "difficulty": f.difficulty,
                   "url": problem.url(), "signature": f.signature, "constraints": f.constraints,
                   "statement": body, "hints": hints.len(),
                   "revealed": revealed.iter().map(|n| json!({"number": n, "text": hints[n - 1]})).collect::<Vec<_>>()})
        );
        return Ok(true);
    }
    println!("{}", body.trim_end());
    for &n in &revealed {
        println!("\nHint {n}: {}", hints[n - 1]);
    }
    if revealed.is_empty() && !hints.is_empty() {
        println!("\n({} hints: `judge show {} --hint 1`, or --hints for all)", hints.len(), problem.slug());
    }
    println!("\nSignature: {}", problem.facts.signature);
    Ok(true)
}

/// Each hint revealed is an event: a solve after hints is rated hard.
fn record_hints(ws: &Workspace, slug: &str, revealed: &[usize]) {
    if revealed.is_empty() {
        return;
    }
    let recorded = History::open(&History::default_path(&ws.solutions)).and_then(|h| {
        revealed.iter().try_for_each(|n| {
            h.record_event(&Event {
                problem: slug.into(),
                at_ms: crate::history::now_ms(),
                kind: "hint".into(),
                detail: Some(n.to_string()),
                session: crate::mock::session_with(&h, slug).map(|s| s.id),
            })
        })
    });
    if let Err(e) = recorded {
        eprintln!("warning: the hint was not recorded: {e:#}");
    }
}

/// The reference, only after an AC (or a known mark), or on an explicit,
/// recorded give-up.
fn show_solution(ws: &Workspace, problem: &crate::problem::Problem, give_up: bool, json_out: bool) -> Result<bool> {
    let h = History::open(&History::default_path(&ws.solutions))?;
    let slug = problem.slug();
    let solved = h.attempts(Some(slug))?.iter().any(|a| a.accepted())
        || h.events(Some(slug))?.iter().any(|e| e.kind == "known" || e.kind == "gave-up");
    if !solved && !give_up {
        anyhow::bail!(
            "you have not solved {slug} yet: seeing the reference now counts as giving up (the problem comes \
             back for review soon). `judge show {slug} --solution --give-up` shows it"
        );
    }
    if !solved {
        h.record_event(&Event {
            problem: slug.into(),
            at_ms: crate::history::now_ms(),
            kind: "gave-up".into(),
            detail: None,
            session: crate::mock::session_with(&h, slug).map(|s| s.id),
        })?;
    }
    let source = std::fs::read_to_string(problem.reference_path())
        .with_context(|| format!("cannot read {}", problem.reference_path().display()))?;
    if json_out {
        println!("{}", json!({"problem": slug, "gave_up": !solved, "solution": source}));
    } else {
        print!("{source}");
    }
    Ok(true)
}

/// The statement without its `<details>` hint blocks, and the hints' texts.
pub fn split_hints(text: &str) -> (String, Vec<String>) {
    let mut body = String::new();
    let mut hints = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("<details>") {
        body.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find("</details>").map_or(after.len(), |e| e + "</details>".len());
        let block = &after[..end];
        let inner = block.trim_start_matches("<details>").trim_end_matches("</details>");
        let inner = match inner.find("</summary>") {
            Some(i) => &inner[i + "</summary>".len()..],
            None => inner,
        };
        hints.push(inner.trim().to_string());
        rest = &after[end..];
    }
    body.push_str(rest);
    // Drop a "## Hints" heading left empty.
    let body = body.replace("## Hints\n\n\n", "").replace("## Hints\n\n", "");
    (body, hints)
}

/// One test case as the judge runs it: its input, and the expected answer
/// (the reference's, for generated cases).
fn show_case(name: &str, number: usize, json: bool) -> Result<bool> {
    let ctx = crate::judging::Context::open()?;
    let problem = ctx.problems.load(name)?;
    let cases = crate::problem::tests::load_cases(&problem)?;
    let Some(case) = cases.iter().find(|c| c.number == number) else {
        anyhow::bail!("{} has cases 1 to {}", problem.slug(), cases.len());
    };
    let expected = match &case.expected {
        Some(e) => e.value().clone(),
        None => crate::judging::reference::profile(&ctx, &problem, &cases)?
            .answers
            .get(&number)
            .map_or(serde_json::Value::Null, |a| a.value().clone()),
    };
    if json {
        println!("{}", json!({"number": number, "name": case.name, "input": *case.input, "expected": expected}));
    } else {
        println!("Case {number} {:?}", case.name);
        print!("{}", crate::report::human::input_lines(&problem, &case.input));
        println!("  expected: {}", crate::report::shorten(&expected.to_string(), 2000));
    }
    Ok(true)
}
