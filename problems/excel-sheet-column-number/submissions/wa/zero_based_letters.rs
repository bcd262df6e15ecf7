// Treats A as 0 and Z as 25 (ordinary base 26): "A" gives 0, "AA" gives 0.
impl Solution {
    pub fn title_to_number(column_title: String) -> i32 {
        column_title.bytes().fold(0, |acc, b| acc * 26 + (b - b'A') as i32)
    }
}
