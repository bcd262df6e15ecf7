// Deletes every adjacent "()", "[]" and "{}" until nothing changes: correct, but a
// fully nested string loses only one pair per round, so n / 2 rounds of O(n) work.
impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut s = s;
        loop {
            let before = s.len();
            s = s.replace("()", "").replace("[]", "").replace("{}", "");
            if s.len() == before {
                break;
            }
        }
        s.is_empty()
    }
}
