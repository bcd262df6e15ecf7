impl Solution {
    pub fn title_to_number(column_title: String) -> i32 {
        // Bijective base 26: digits 1..=26, most significant first.
        // acc * 26 + d never exceeds the final answer, which fits in an i32.
        column_title.bytes().fold(0, |acc, b| acc * 26 + i32::from(b - b'A' + 1))
    }
}
