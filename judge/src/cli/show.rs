//! `judge show`: a problem's statement in the terminal.

use crate::problem::ProblemSet;
use crate::workspace::Workspace;
use anyhow::{Context, Result};
use serde_json::json;

#[derive(clap::Args)]
pub struct Args {
    /// Problem: slug, LeetCode number, or unique slug prefix.
    problem: String,
    /// Reveal the hints too.
    #[arg(long)]
    hints: bool,
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
    let path = problem.statement_path();
    let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let (body, hints) = split_hints(&text);
    if args.json {
        let f = &problem.facts;
        println!(
            "{}",
            json!({"id": f.id, "slug": f.slug, "title": f.title, "topic": f.topic, "difficulty": f.difficulty,
                   "url": problem.url(), "signature": f.signature, "constraints": f.constraints,
                   "statement": body, "hints": if args.hints { json!(hints) } else { json!(hints.len()) }})
        );
        return Ok(true);
    }
    println!("{}", body.trim_end());
    if args.hints {
        for (i, h) in hints.iter().enumerate() {
            println!("\nHint {}: {}", i + 1, h);
        }
    } else if !hints.is_empty() {
        println!("\n({} hints: `judge show {} --hints`)", hints.len(), problem.slug());
    }
    println!("\nSignature: {}", problem.facts.signature);
    Ok(true)
}

/// The statement without its `<details>` hint blocks, and the hints' texts.
fn split_hints(text: &str) -> (String, Vec<String>) {
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
        Some(e) => e.clone(),
        None => crate::judging::reference::profile(&ctx, &problem, &cases)?
            .answers
            .get(&number)
            .cloned()
            .unwrap_or_default(),
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
