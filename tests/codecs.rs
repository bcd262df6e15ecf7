//! Property tests of the harness's codecs (JSON -> input stream -> LeetCode's
//! types -> JSON, through a real compiled solution) and of the checkers.

use judge::build::{BuildCache, BuildOutcome, OverflowChecks, SourceFile, Toolchain};
use judge::checker::{Answer, Checker};
use judge::harness::wire;
use judge::judging::user_limits;
use judge::problem::{CheckerSpec, Facts, HarnessKind, Limits, Problem, ProblemSet, Signature, Tolerance};
use judge::runner::{Outcome, run_batch};
use judge::tools::Gen;
use judge::tools::prelude::random_tree;
use proptest::prelude::*;
use serde_json::{Value, json};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

/// A problem whose solution returns its argument unchanged.
fn identity_problem(signature: &str) -> Problem {
    let facts = Facts {
        order: 0,
        id: 0,
        slug: "identity".into(),
        title: "Identity".into(),
        topic: "test".into(),
        difficulty: "easy".into(),
        stars: Some(1),
        patterns: vec![],
        signature: signature.into(),
        compare: "exact".into(),
        constraints: String::new(),
        notes: None,
    };
    Problem {
        dir: PathBuf::from("."),
        signature: Signature::parse(signature).unwrap(),
        facts,
        harness: HarnessKind::Function,
        checker: CheckerSpec::default(),
        limits: Limits::default(),
    }
}

fn build(problem: &Problem, source: &str) -> PathBuf {
    let cache = BuildCache::open().unwrap();
    let tc = Toolchain::detect().unwrap();
    let source = SourceFile { display_path: "identity.rs".into(), text: source.into() };
    match cache.solution(&tc, problem, &source, OverflowChecks::Off, false).unwrap() {
        BuildOutcome::Built { exe, .. } => exe,
        BuildOutcome::CompileError { message, .. } => panic!("{message}"),
    }
}

/// Runs `inputs` through the compiled identity and returns its answers.
fn round_trip(problem: &Problem, exe: &std::path::Path, inputs: &[Vec<Value>]) -> Vec<Value> {
    let batch: Vec<(usize, Vec<u8>)> =
        inputs.iter().enumerate().map(|(i, input)| (i + 1, wire::encode_input(problem, input).unwrap())).collect();
    run_batch(exe, &batch, &user_limits(problem, Duration::from_secs(5)))
        .unwrap()
        .runs
        .into_iter()
        .map(|run| match run.outcome {
            Outcome::Answered { answer } => serde_json::from_str(&answer).unwrap(),
            other => panic!("identity failed: {other:?}"),
        })
        .collect()
}

fn set_cache() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        if std::env::var_os("JUDGE_CACHE_DIR").is_none() {
            // SAFETY: runs once, before this process starts any other thread that reads the environment.
            unsafe {
                std::env::set_var("JUDGE_CACHE_DIR", PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("judge-cache"))
            };
        }
    });
}

fn list_identity() -> &'static (Problem, PathBuf) {
    static BUILT: OnceLock<(Problem, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        set_cache();
        let p = identity_problem("pub fn id(head: Option<Box<ListNode>>) -> Option<Box<ListNode>>");
        let exe =
            build(&p, "impl Solution { pub fn id(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> { head } }");
        (p, exe)
    })
}

fn tree_identity() -> &'static (Problem, PathBuf) {
    static BUILT: OnceLock<(Problem, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        set_cache();
        let sig = "pub fn id(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>>";
        let p = identity_problem(sig);
        let exe =
            build(&p, &format!("use std::rc::Rc;\nuse std::cell::RefCell;\nimpl Solution {{ {sig} {{ root }} }}"));
        (p, exe)
    })
}

fn strings_identity() -> &'static (Problem, PathBuf) {
    static BUILT: OnceLock<(Problem, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        set_cache();
        let sig = "pub fn id(grid: Vec<Vec<char>>, words: Vec<String>) -> Vec<String>";
        let p = identity_problem(sig);
        let body = "impl Solution { pub fn id(grid: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> { \
                    let mut out: Vec<String> = grid.into_iter().map(|r| r.into_iter().collect()).collect(); \
                    out.extend(words); out } }";
        (p.clone(), build(&p, body))
    })
}

fn i64_identity() -> &'static (Problem, PathBuf) {
    static BUILT: OnceLock<(Problem, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        set_cache();
        let p = identity_problem("pub fn id(nums: Vec<i64>) -> Vec<i64>");
        (p.clone(), build(&p, "impl Solution { pub fn id(nums: Vec<i64>) -> Vec<i64> { nums } }"))
    })
}

/// Every digit count, both signs and the extremes come back as they went in.
#[test]
fn integers_of_every_width_survive_the_harness() {
    let (problem, exe) = i64_identity();
    let mut nums = vec![0, -1, 1, i64::MIN, i64::MAX, i64::MIN + 1, i64::MAX - 1];
    let mut power: i64 = 1;
    for _ in 0..18 {
        power *= 10;
        nums.extend([power - 1, power, power + 1, -(power - 1), -power, -(power + 1)]);
    }
    let answers = round_trip(problem, exe, &[vec![json!(nums)]]);
    assert_eq!(answers[0], json!(nums));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn wide_integers_survive_the_harness(nums in prop::collection::vec(any::<i64>(), 0..300)) {
        let (problem, exe) = i64_identity();
        let answers = round_trip(problem, exe, &[vec![json!(nums)]]);
        prop_assert_eq!(json!(nums), answers[0].clone());
    }

    #[test]
    fn lists_survive_the_harness(lists in prop::collection::vec(prop::collection::vec(any::<i32>(), 0..300), 1..16)) {
        let (problem, exe) = list_identity();
        let inputs: Vec<Vec<Value>> = lists.iter().map(|l| vec![json!(l)]).collect();
        let answers = round_trip(problem, exe, &inputs);
        for (list, answer) in lists.iter().zip(answers) {
            prop_assert_eq!(json!(list), answer);
        }
    }

    #[test]
    fn trees_survive_the_harness(seeds in prop::collection::vec((any::<u64>(), 0usize..400, 0.0f64..1.0), 1..16)) {
        let (problem, exe) = tree_identity();
        let trees: Vec<Value> = seeds
            .iter()
            .map(|&(seed, n, skew)| {
                let mut g = Gen::new(seed);
                let values: Vec<i64> = (0..n).map(|_| g.int(i32::MIN as i64, i32::MAX as i64)).collect();
                random_tree(&values, skew, &mut g)
            })
            .collect();
        let inputs: Vec<Vec<Value>> = trees.iter().map(|t| vec![t.clone()]).collect();
        let answers = round_trip(problem, exe, &inputs);
        for (tree, answer) in trees.iter().zip(answers) {
            prop_assert_eq!(tree, &answer);
        }
    }

    #[test]
    fn strings_and_char_grids_survive_the_harness(
        words in prop::collection::vec("\\PC{0,12}", 0..20),
        grid in prop::collection::vec(prop::collection::vec(any::<char>(), 1..6), 0..5),
    ) {
        let (problem, exe) = strings_identity();
        let grid_json: Vec<Vec<String>> = grid.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
        let answers = round_trip(problem, exe, &[vec![json!(grid_json), json!(words)]]);
        let mut want: Vec<String> = grid.iter().map(|r| r.iter().collect()).collect();
        want.extend(words.iter().cloned());
        prop_assert_eq!(json!(want), answers[0].clone());
    }

    #[test]
    fn unordered_checkers_accept_any_permutation(mut items in prop::collection::vec(prop::collection::vec(-50i32..50, 0..5), 0..30), seed in any::<u64>()) {
        let expected = json!(items);
        let mut g = Gen::new(seed);
        g.shuffle(&mut items);
        for inner in items.iter_mut() { g.shuffle(inner); }
        let actual = json!(items);
        let nested = Checker::from_spec(&CheckerSpec::Named("unordered-nested".into())).unwrap();
        prop_assert!(nested.check(&[], &expected, &actual).is_ok());
    }

    #[test]
    fn checkers_reject_any_changed_element(items in prop::collection::vec(-1000i64..1000, 1..40), at in any::<prop::sample::Index>(), delta in 1i64..5) {
        let expected = json!(items);
        let mut changed = items.clone();
        let i = at.index(changed.len());
        changed[i] += delta;
        for spec in [CheckerSpec::Named("exact".into()), CheckerSpec::Named("unordered".into()), CheckerSpec::Float { float: Tolerance { abs: 0.5, rel: 0.0 } }] {
            let checker = Checker::from_spec(&spec).unwrap();
            let result = checker.check(&[], &expected, &json!(changed));
            prop_assert!(result.is_err(), "{:?} accepted a changed element", spec);
        }
    }

    /// The text fast path (`check_answer`) decides exactly as the full
    /// comparison: permuted, changed, shortened, lengthened and duplicated answers.
    #[test]
    fn text_checks_agree_with_value_checks(items in prop::collection::vec(prop::collection::vec(-20i32..20, 0..4), 0..25), seed in any::<u64>(), edit in 0u8..6) {
        let expected = json!(items);
        let mut g = Gen::new(seed);
        let mut other = items.clone();
        match edit {
            0 => {}
            1 => { g.shuffle(&mut other); for inner in other.iter_mut() { g.shuffle(inner); } }
            2 => if let Some(first) = other.first_mut() { first.push(99) },
            3 => { other.pop(); }
            4 => if let Some(first) = other.first().cloned() { other.push(first) },
            _ => { g.shuffle(&mut other); if let Some(last) = other.last_mut() { last.reverse(); last.push(-1); } }
        }
        let actual = json!(other);
        for name in ["exact", "unordered", "unordered-nested"] {
            let checker = Checker::from_spec(&CheckerSpec::Named(name.into())).unwrap();
            let full = checker.check(&[], &expected, &actual).is_ok();
            let text = checker.check_answer(|| &[], &Answer::from_value(expected.clone()), &Answer::from_text(actual.to_string())).is_ok();
            prop_assert_eq!(full, text, "{} on {} vs {}", name, expected, actual);
        }
    }

    #[test]
    fn float_checker_is_within_tolerance_and_exact_on_integers(x in -1e6f64..1e6, noise in -1e-7f64..1e-7, n in any::<i32>()) {
        let checker = Checker::from_spec(&CheckerSpec::Float { float: Tolerance { abs: 1e-5, rel: 0.0 } }).unwrap();
        prop_assert!(checker.check(&[], &json!([x, n]), &json!([x + noise, n])).is_ok());
        prop_assert!(checker.check(&[], &json!([n]), &json!([n as i64 + 1])).is_err());
        prop_assert!(checker.check(&[], &json!([x]), &json!([x + 1e-3])).is_err());
    }
}

#[test]
fn graph_clones_round_trip_through_the_clone_graph_harness() {
    set_cache();
    let set = ProblemSet::open(std::path::Path::new("problems")).unwrap();
    let problem = set.load("clone-graph").unwrap();
    let exe = build(&problem, &std::fs::read_to_string(problem.reference_path()).unwrap());
    let mut g = Gen::new(7);
    let graphs: Vec<Vec<Vec<i64>>> = (0..40)
        .map(|k| {
            let n = 1 + k % 30;
            let mut adj = vec![Vec::new(); n];
            for v in 1..n {
                let u = g.usize(0, v - 1); // a spanning tree keeps it connected
                adj[u].push(v as i64 + 1);
                adj[v].push(u as i64 + 1);
            }
            adj
        })
        .collect();
    let inputs: Vec<Vec<Value>> = graphs.iter().map(|a| vec![json!(a)]).collect();
    let answers = round_trip(&problem, &exe, &inputs);
    for (adj, answer) in graphs.iter().zip(answers) {
        assert_eq!(json!(adj), answer);
    }
}

/// Arbitrary JSON values, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "\\PC{0,4}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| prop::collection::vec(inner, 0..6).prop_map(Value::Array))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The CI-run companion of `fuzz/fuzz_targets/case_file.rs`: any JSON given
    /// as a case's input is either encoded or refused with an error, for every
    /// harness shape, and never panics.
    #[test]
    fn input_encoding_never_panics(input in prop::collection::vec(any_json(), 0..4)) {
        static PROBLEMS: OnceLock<Vec<Problem>> = OnceLock::new();
        let problems = PROBLEMS.get_or_init(|| {
            let set = ProblemSet::open(std::path::Path::new("problems")).unwrap();
            set.available().iter().map(|f| set.load(&f.slug).unwrap()).collect()
        });
        for problem in problems {
            let _ = wire::encode_input(problem, &input);
        }
    }

    #[test]
    fn case_files_never_panic_the_parser(text in "\\PC{0,200}") {
        let _ = serde_json::from_str::<judge::problem::tests::CaseFile>(&text);
    }
}
