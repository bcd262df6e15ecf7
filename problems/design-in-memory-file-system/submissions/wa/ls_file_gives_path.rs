// ls on a file path returns the whole path instead of just the file's name.
use std::collections::BTreeMap;

#[derive(Default)]
struct Node {
    children: BTreeMap<String, Node>,
    content: Option<String>,
}

struct FileSystem {
    root: Node,
}

impl FileSystem {
    fn new() -> Self {
        FileSystem { root: Node::default() }
    }

    fn walk(&mut self, path: &str) -> &mut Node {
        let mut at = &mut self.root;
        for name in path.split('/').filter(|s| !s.is_empty()) {
            at = at.children.entry(name.to_string()).or_default();
        }
        at
    }

    fn ls(&mut self, path: String) -> Vec<String> {
        let node = self.walk(&path);
        if node.content.is_some() { vec![path] } else { node.children.keys().cloned().collect() }
    }

    fn mkdir(&mut self, path: String) {
        self.walk(&path);
    }

    fn add_content_to_file(&mut self, file_path: String, content: String) {
        self.walk(&file_path).content.get_or_insert_with(String::new).push_str(&content);
    }

    fn read_content_from_file(&mut self, file_path: String) -> String {
        self.walk(&file_path).content.clone().unwrap_or_default()
    }
}
