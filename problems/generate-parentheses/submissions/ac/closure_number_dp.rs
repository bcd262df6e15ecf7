// Dynamic programming on the first pair: every string is "(" + a + ")" + b where a has
// i pairs and b has n - 1 - i pairs (each string is produced exactly once).
impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        let n = n as usize;
        let mut all: Vec<Vec<String>> = vec![vec![String::new()]];
        for m in 1..=n {
            let mut cur = Vec::new();
            for i in 0..m {
                for a in &all[i] {
                    for b in &all[m - 1 - i] {
                        cur.push(format!("({a}){b}"));
                    }
                }
            }
            all.push(cur);
        }
        all.swap_remove(n)
    }
}
