// Keeps each directory's entries in a Vec in creation order and returns them
// unsorted from ls.
struct Node {
    name: String,
    children: Vec<usize>,
    content: Option<String>,
}

struct FileSystem {
    nodes: Vec<Node>,
}

impl FileSystem {
    fn new() -> Self {
        FileSystem { nodes: vec![Node { name: String::new(), children: vec![], content: None }] }
    }

    fn walk(&mut self, path: &str) -> usize {
        let mut at = 0;
        for name in path.split('/').filter(|s| !s.is_empty()) {
            let found = self.nodes[at].children.iter().copied().find(|&c| self.nodes[c].name == name);
            at = match found {
                Some(c) => c,
                None => {
                    self.nodes.push(Node { name: name.to_string(), children: vec![], content: None });
                    let id = self.nodes.len() - 1;
                    self.nodes[at].children.push(id);
                    id
                }
            };
        }
        at
    }

    fn ls(&mut self, path: String) -> Vec<String> {
        let at = self.walk(&path);
        if self.nodes[at].content.is_some() {
            return vec![self.nodes[at].name.clone()];
        }
        self.nodes[at].children.iter().map(|&c| self.nodes[c].name.clone()).collect()
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
