// Rewrites the six subtractive pairs as additive runs, then sums the symbols.
impl Solution {
    pub fn roman_to_int(s: String) -> i32 {
        let t = s
            .replace("IV", "IIII")
            .replace("IX", "VIIII")
            .replace("XL", "XXXX")
            .replace("XC", "LXXXX")
            .replace("CD", "CCCC")
            .replace("CM", "DCCCC");
        t.chars()
            .map(|c| match c {
                'I' => 1,
                'V' => 5,
                'X' => 10,
                'L' => 50,
                'C' => 100,
                'D' => 500,
                _ => 1000,
            })
            .sum()
    }
}
