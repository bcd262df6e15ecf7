// Compares the lengths and the sums of the letter codes: "ad" and "bc" give true.
impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let sum = |x: &str| x.bytes().map(|c| c as u64).sum::<u64>();
        s.len() == t.len() && sum(&s) == sum(&t)
    }
}
