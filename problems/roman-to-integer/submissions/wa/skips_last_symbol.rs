// Compares each symbol with the next one but stops one short, so the last
// symbol is never added: "III" gives 2.
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
        for i in 0..b.len() - 1 {
            if val(b[i]) < val(b[i + 1]) {
                total -= val(b[i]);
            } else {
                total += val(b[i]);
            }
        }
        total
    }
}
