use crate::tools::prelude::*;
use std::collections::HashSet;

const MAX_CALLS: usize = 30_000;
const MAX_USER: i64 = 500;
const MAX_TWEET: i64 = 10_000;

/// `n` calls after the constructor. Tweet ids are a shuffled 0..=10^4 (never
/// in posting order); nobody follows themself. Modes:
/// - "random": users 1..=500;
/// - "few": users 1..=4, so follow, unfollow (often of someone not
///   followed), repeated follows and feeds interact constantly;
/// - "worst": the first calls make every user follow about 60 others, then
///   all 10^4 + 1 tweets are posted between feeds of users with many
///   followees (3 * 10^4 calls).
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_CALLS);
    let mut ids: Vec<i64> = (0..=MAX_TWEET).collect();
    g.shuffle(&mut ids);
    let users = if mode == "few" { 4 } else { MAX_USER };
    let mut names = vec![json!("Twitter")];
    let mut args = vec![json!([])];
    let mut posted = 0usize;
    let mut push = |name: &str, arg: Value| {
        names.push(json!(name));
        args.push(arg);
    };
    let pair = |g: &mut Gen| {
        let a = g.int(1, users);
        let mut b = g.int(1, users);
        while b == a {
            b = g.int(1, users);
        }
        (a, b)
    };
    let follow_phase = if mode == "worst" { n / 3 } else { 0 };
    for i in 0..n {
        if i < follow_phase {
            let (a, b) = pair(g);
            push("follow", json!([a, b]));
            continue;
        }
        let r = g.usize(0, 99);
        let (post, feed) = match mode {
            "worst" => (50, 100),
            "few" => (30, 60),
            _ => (40, 70),
        };
        if r < post && posted < ids.len() {
            push("postTweet", json!([g.int(1, users), ids[posted]]));
            posted += 1;
        } else if r < feed || mode == "worst" {
            push("getNewsFeed", json!([g.int(1, users)]));
        } else {
            let (a, b) = pair(g);
            push(if g.chance(0.5) { "follow" } else { "unfollow" }, json!([a, b]));
        }
    }
    vec![Value::Array(names), Value::Array(args)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    len_in(input.len(), 2, 2, "input (method names, arguments)")?;
    let names = array(&input[0], "method names")?;
    let args = array(&input[1], "arguments")?;
    if names.len() != args.len() {
        return Err(format!("{} method names but {} argument lists", names.len(), args.len()));
    }
    len_in(names.len(), 1, MAX_CALLS + 1, "method names (constructor + at most 3*10^4 calls)")?;
    let mut tweets = HashSet::new();
    for (i, (name, arg)) in names.iter().zip(args).enumerate() {
        let name = string(name, &format!("method names[{i}]"))?;
        let arg = array(arg, &format!("arguments[{i}]"))?;
        let what = format!("arguments[{i}] ({name})");
        match (i, name) {
            (0, "Twitter") => len_in(arg.len(), 0, 0, &what)?,
            (0, _) => return Err(format!("the first call must be the constructor Twitter, got {name}")),
            (_, "postTweet") => {
                len_in(arg.len(), 2, 2, &what)?;
                int_in(&arg[0], 1, MAX_USER, &format!("{what} userId"))?;
                let t = int_in(&arg[1], 0, MAX_TWEET, &format!("{what} tweetId"))?;
                if !tweets.insert(t) {
                    return Err(format!("{what}: tweet id {t} was already used (tweet ids are unique)"));
                }
            }
            (_, "getNewsFeed") => {
                len_in(arg.len(), 1, 1, &what)?;
                int_in(&arg[0], 1, MAX_USER, &format!("{what} userId"))?;
            }
            (_, "follow" | "unfollow") => {
                len_in(arg.len(), 2, 2, &what)?;
                let a = int_in(&arg[0], 1, MAX_USER, &format!("{what} followerId"))?;
                let b = int_in(&arg[1], 1, MAX_USER, &format!("{what} followeeId"))?;
                if a == b {
                    return Err(format!("{what}: user {a} cannot follow (or unfollow) himself"));
                }
            }
            _ => {
                return Err(format!("method names[{i}] = {name:?}: expected postTweet, getNewsFeed, follow or unfollow"));
            }
        }
    }
    Ok(())
}
