// Keeps LeetCode's `&self` (RefCell inside). No tree: a map from every
// directory path to the names directly inside it, and a map from file path to
// content; ls sorts on demand.
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

struct FileSystem {
    dirs: RefCell<HashMap<String, HashSet<String>>>,
    files: RefCell<HashMap<String, String>>,
}

fn split(path: &str) -> (String, String) {
    let cut = path.rfind('/').unwrap();
    let parent = if cut == 0 { "/".to_string() } else { path[..cut].to_string() };
    (parent, path[cut + 1..].to_string())
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl FileSystem {
    fn new() -> Self {
        let mut dirs = HashMap::new();
        dirs.insert("/".to_string(), HashSet::new());
        FileSystem { dirs: RefCell::new(dirs), files: RefCell::new(HashMap::new()) }
    }

    fn ls(&self, path: String) -> Vec<String> {
        if self.files.borrow().contains_key(&path) {
            return vec![split(&path).1];
        }
        let mut names: Vec<String> = self.dirs.borrow()[&path].iter().cloned().collect();
        names.sort();
        names
    }

    fn mkdir(&self, path: String) {
        let mut dirs = self.dirs.borrow_mut();
        let mut cur = path;
        while cur != "/" {
            dirs.entry(cur.clone()).or_default();
            let (parent, name) = split(&cur);
            dirs.entry(parent.clone()).or_default().insert(name);
            cur = parent;
        }
    }

    fn add_content_to_file(&self, file_path: String, content: String) {
        let (parent, name) = split(&file_path);
        self.dirs.borrow_mut().entry(parent).or_default().insert(name);
        self.files.borrow_mut().entry(file_path).or_default().push_str(&content);
    }

    fn read_content_from_file(&self, file_path: String) -> String {
        self.files.borrow()[&file_path].clone()
    }
}
