// One stack; remembers which nodes had their children pushed in a HashSet of
// VALUES. With repeated values a node counts as expanded before it is, so it
// is emitted before its children (or its subtree is skipped).
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    pub fn postorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut out = Vec::new();
        let mut expanded: HashSet<i32> = HashSet::new();
        let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(node) = stack.last().cloned() {
            let n = node.borrow();
            if expanded.contains(&n.val) || (n.left.is_none() && n.right.is_none()) {
                out.push(n.val);
                stack.pop();
                continue;
            }
            expanded.insert(n.val);
            if let Some(r) = &n.right {
                stack.push(Rc::clone(r));
            }
            if let Some(l) = &n.left {
                stack.push(Rc::clone(l));
            }
        }
        out
    }
}
