// A header of fixed width: the number of characters of each string as three
// digits, all headers first, then the strings; the decoder walks chars.
struct Codec;

impl Codec {
    fn new() -> Self {
        Codec
    }

    fn encode(&self, strs: Vec<String>) -> String {
        let mut out = format!("{:03}", strs.len());
        for s in &strs {
            out.push_str(&format!("{:03}", s.chars().count()));
        }
        for s in &strs {
            out.push_str(s);
        }
        out
    }

    fn decode(&self, s: String) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        let num = |from: usize| -> usize { chars[from..from + 3].iter().collect::<String>().parse().unwrap() };
        let n = num(0);
        let mut pos = 3 + 3 * n;
        let mut out = Vec::with_capacity(n);
        for k in 0..n {
            let len = num(3 + 3 * k);
            out.push(chars[pos..pos + len].iter().collect());
            pos += len;
        }
        out
    }
}
