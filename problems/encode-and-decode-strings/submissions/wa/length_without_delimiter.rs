// Writes each length directly before the string with no separator and reads
// back all leading digits as the length: "3" + "7up" = "37up" is ambiguous.
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        strs.iter().map(|s| format!("{}{}", s.len(), s)).collect()
    }

    fn decode(&self, s: String) -> Vec<String> {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let mut len = 0usize;
            while i < b.len() && b[i].is_ascii_digit() {
                len = len * 10 + (b[i] - b'0') as usize;
                i += 1;
            }
            let end = (i + len).min(b.len());
            out.push(String::from_utf8_lossy(&b[i..end]).into_owned());
            i = end;
        }
        out
    }
}
