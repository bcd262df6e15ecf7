//! `judge new`: start a solution from the LeetCode Rust template.

use crate::problem::{HarnessKind, Problem, Signature, Ty};
use anyhow::{Result, bail};
use std::fmt::Write as _;

#[derive(clap::Args)]
pub struct Args {
    /// Problem: slug, LeetCode number, or unique slug prefix.
    problem: String,
    /// Print the path as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: Args) -> Result<bool> {
    let workspace = crate::workspace::Workspace::locate()?;
    let problems = crate::problem::ProblemSet::open(&workspace.problems)?;
    let problem = problems.load(&args.problem)?;
    let path = workspace.solution_path(problem.slug());
    if path.exists() {
        bail!(
            "{} already exists: judge never overwrites your work (delete or rename it to start over)",
            super::display_path(&path)
        );
    }
    std::fs::create_dir_all(&workspace.solutions)?;
    // create_new: if another process created the file meanwhile, fail rather than clobber it.
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path)?;
    std::io::Write::write_all(&mut file, template(&problem).as_bytes())?;
    refresh_editor(&workspace, &problems);
    let shown = super::display_path(&path);
    if args.json {
        println!("{}", serde_json::json!({ "problem": problem.slug(), "file": shown }));
    } else {
        println!(
            "wrote {shown}\nnext: edit it, then `judge run {}` (statement: `judge show {}`)",
            problem.slug(),
            problem.slug()
        );
    }
    Ok(true)
}

/// The file LeetCode would show: type definitions as comments, the imports
/// tree problems carry, and the signature with an empty body.
pub fn template(problem: &Problem) -> String {
    let mut t = String::new();
    writeln!(t, "// {}. {} ({})", problem.facts.id, problem.facts.title, problem.facts.difficulty).unwrap();
    writeln!(t, "// {}\n// Statement: `judge show {}`\n", problem.url(), problem.slug()).unwrap();
    let sig = &problem.signature;
    if sig.mentions(&Ty::List) {
        t.push_str(LIST_COMMENT);
    }
    if sig.mentions(&Ty::Tree) {
        t.push_str(TREE_COMMENT);
    }
    if sig.mentions(&Ty::RcList) {
        t.push_str(RC_LIST_COMMENT);
    }
    if problem.harness == HarnessKind::RandomList {
        t.push_str(RANDOM_LIST_COMMENT);
    } else if sig.mentions(&Ty::Graph) {
        t.push_str(GRAPH_COMMENT);
    }
    let needs_rc = [Ty::Tree, Ty::RcList, Ty::Graph].iter().any(|ty| sig.mentions(ty));
    if needs_rc {
        t.push_str("use std::cell::RefCell;\nuse std::rc::Rc;\n\n");
    }
    match sig {
        Signature::Function(_) => {
            let fn_sig = problem.facts.signature.split("//").next().unwrap_or("").trim();
            writeln!(t, "impl Solution {{\n    {fn_sig} {{\n        todo!()\n    }}\n}}").unwrap();
        }
        Signature::Class { name, .. } => {
            let body = problem.facts.signature.split("//").next().unwrap_or("");
            let methods = body.split_once('{').and_then(|(_, r)| r.split_once("impl")).map(|(_, r)| r).unwrap_or("");
            let methods = methods.split_once('{').map(|(_, r)| r.trim().trim_end_matches('}')).unwrap_or("");
            writeln!(t, "struct {name} {{}}\n\nimpl {name} {{").unwrap();
            for m in methods.split(';').map(str::trim).filter(|m| !m.is_empty()) {
                writeln!(t, "    {m} {{\n        todo!()\n    }}\n").unwrap();
            }
            t.push_str("}\n");
        }
    }
    t
}

const LIST_COMMENT: &str = "// Definition for singly-linked list (provided by the judge).
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }
";

const TREE_COMMENT: &str = "// Definition for a binary tree node (provided by the judge).
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
";

const RC_LIST_COMMENT: &str = "// Definition for a list node that can form a cycle (provided by the judge).
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Rc<RefCell<ListNode>>>,
// }
//
// impl ListNode {
//   pub fn new(val: i32) -> Self { ListNode { val, next: None } }
// }
";

const GRAPH_COMMENT: &str = "// Definition for a graph node (provided by the judge).
// pub struct Node {
//   pub val: i32,
//   pub neighbors: Vec<Rc<RefCell<Node>>>,
// }
//
// impl Node {
//   pub fn new(val: i32) -> Node { Node { val, neighbors: Vec::new() } }
// }
";

const RANDOM_LIST_COMMENT: &str = "// Definition for a list node with a random pointer (provided by the judge).
// pub struct Node {
//   pub val: i32,
//   pub next: Option<Rc<RefCell<Node>>>,
//   pub random: Option<Rc<RefCell<Node>>>,
// }
//
// impl Node {
//   pub fn new(val: i32) -> Node { Node { val, next: None, random: None } }
// }
";

/// Keeps the editor crate (`solutions/Cargo.toml`) in step; a failure only warns.
pub fn refresh_editor(ws: &crate::workspace::Workspace, set: &crate::problem::ProblemSet) {
    if let Err(e) = crate::editor::refresh(&ws.solutions, set, &[]) {
        eprintln!("note: editor support not refreshed: {e:#}");
    }
}
