use crate::tools::prelude::*;

const MAX_N: usize = 50_000;

/// Every printable ASCII character, space to '~' (95 of them).
fn printable() -> String {
    (b' '..=b'~').map(char::from).collect()
}

/// A string of length `n` (0 <= n <= 5 * 10^4) of printable ASCII. Modes:
/// - "random": uniform over all 95 printable characters;
/// - "letters": lowercase letters only;
/// - "binary": only 'a' and 'b' (windows of at most 2);
/// - "same": one character repeated (answer 1);
/// - "cycle": one shuffled order of all 95 characters, repeated: every window of
///   95 is repeat-free, the answer is 95, and a solution that grows a window from
///   every start does the most work;
/// - "mirror": shuffled runs of distinct characters, each followed by its mirror
///   image, so the last sighting of a character is often left of the window
///   (the "abba" trap at scale);
/// - "worst": text over a 4-letter alphabet (the window restarts all the time),
///   ending with all 95 characters once, so the answer, 95, is found last.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.min(MAX_N);
    let all = printable();
    let s: String = match mode {
        "letters" => g.string(n, "abcdefghijklmnopqrstuvwxyz"),
        "binary" => g.string(n, "ab"),
        "same" => {
            let c = g.string(1, &all);
            c.repeat(n)
        }
        "cycle" => {
            let mut order: Vec<char> = all.chars().collect();
            g.shuffle(&mut order);
            order.iter().cycle().take(n).collect()
        }
        "mirror" => {
            let mut out: Vec<char> = Vec::with_capacity(n);
            let mut order: Vec<char> = all.chars().collect();
            while out.len() < n {
                g.shuffle(&mut order);
                let k = g.usize(2, 40);
                out.extend(order[..k].iter());
                out.extend(order[..k].iter().rev());
            }
            out.truncate(n);
            out.into_iter().collect()
        }
        "worst" => {
            let tail = n.min(all.len());
            let mut order: Vec<char> = all.chars().collect();
            g.shuffle(&mut order);
            let mut out = g.string(n - tail, "wxyz");
            out.extend(order[..tail].iter());
            out
        }
        _ => g.string(n, &all),
    };
    vec![json!(s)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (s), got {}", input.len()));
    }
    let s = string(&input[0], "s")?;
    len_in(s.len(), 0, MAX_N, "s")?;
    if let Some((i, c)) = s.char_indices().find(|&(_, c)| !(' '..='~').contains(&c)) {
        return Err(format!("s[{i}] = {c:?} is not a printable ASCII character (letters, digits, symbols, space)"));
    }
    Ok(())
}
