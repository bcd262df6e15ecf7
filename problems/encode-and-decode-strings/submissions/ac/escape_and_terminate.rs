// Escaping instead of lengths: '\' becomes "\\", and every string ends with
// the pair "\e", which an escaped string can never contain by itself. Methods
// on `&mut self`, as a user may change them.
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&mut self, strs: Vec<String>) -> String {
        let mut out = String::new();
        for s in strs {
            for c in s.chars() {
                if c == '\\' {
                    out.push('\\');
                }
                out.push(c);
            }
            out.push_str("\\e");
        }
        out
    }

    fn decode(&mut self, s: String) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                cur.push(c);
                continue;
            }
            match chars.next() {
                Some('\\') => cur.push('\\'),
                _ => out.push(std::mem::take(&mut cur)),
            }
        }
        out
    }
}
