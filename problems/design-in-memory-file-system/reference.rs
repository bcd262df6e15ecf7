use std::collections::BTreeMap;

/// A tree of nodes in one Vec (node 0 is the root "/"); children are kept
/// sorted by name, and a node with `content` is a file.
struct Node {
    children: BTreeMap<String, usize>,
    content: Option<String>,
}

struct FileSystem {
    nodes: Vec<Node>,
}

impl FileSystem {
    fn new() -> Self {
        FileSystem { nodes: vec![Node { children: BTreeMap::new(), content: None }] }
    }

    /// Walks `path` from the root, creating missing nodes on the way.
    fn walk(&mut self, path: &str) -> usize {
        let mut at = 0;
        for name in path.split('/').filter(|s| !s.is_empty()) {
            at = match self.nodes[at].children.get(name) {
                Some(&next) => next,
                None => {
                    let id = self.nodes.len();
                    self.nodes.push(Node { children: BTreeMap::new(), content: None });
                    self.nodes[at].children.insert(name.to_string(), id);
                    id
                }
            };
        }
        at
    }

    fn ls(&mut self, path: String) -> Vec<String> {
        let at = self.walk(&path);
        if self.nodes[at].content.is_some() {
            return vec![path.rsplit('/').next().unwrap().to_string()];
        }
        self.nodes[at].children.keys().cloned().collect()
    }

    fn mkdir(&mut self, path: String) {
        self.walk(&path);
    }

    fn add_content_to_file(&mut self, file_path: String, content: String) {
        let at = self.walk(&file_path);
        self.nodes[at].content.get_or_insert_with(String::new).push_str(&content);
    }

    fn read_content_from_file(&mut self, file_path: String) -> String {
        let at = self.walk(&file_path);
        self.nodes[at].content.clone().unwrap_or_default()
    }
}
