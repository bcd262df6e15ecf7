// Builds level n from level n - 1 only by wrapping "(" + s + ")" or adding "()" on either
// side (deduplicated): "(())(())" (two blocks of two pairs) is never produced at n = 4.
use std::collections::BTreeSet;

impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        let mut cur: BTreeSet<String> = BTreeSet::from(["()".to_string()]);
        for _ in 1..n {
            let mut next = BTreeSet::new();
            for s in &cur {
                next.insert(format!("({s})"));
                next.insert(format!("(){s}"));
                next.insert(format!("{s}()"));
            }
            cur = next;
        }
        cur.into_iter().collect()
    }
}
