// addContentToFile replaces the file's content instead of appending to it.
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
        let name = path.rsplit('/').next().unwrap().to_string();
        let node = self.walk(&path);
        if node.content.is_some() { vec![name] } else { node.children.keys().cloned().collect() }
    }

    fn mkdir(&mut self, path: String) {
        self.walk(&path);
    }

    fn add_content_to_file(&mut self, file_path: String, content: String) {
        self.walk(&file_path).content = Some(content);
    }

    fn read_content_from_file(&mut self, file_path: String) -> String {
        self.walk(&file_path).content.clone().unwrap_or_default()
    }
}
