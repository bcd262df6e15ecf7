// Morris traversal, O(1) extra space: threads each node's in-order predecessor
// to it temporarily, and removes the thread on the second visit.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn inorder_traversal(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = root;
        while let Some(node) = cur {
            let left = node.borrow().left.clone();
            match left {
                None => {
                    out.push(node.borrow().val);
                    cur = node.borrow().right.clone();
                }
                Some(left) => {
                    // Rightmost node of the left subtree, stopping at a thread back to `node`.
                    let mut pre = left.clone();
                    loop {
                        let next = pre.borrow().right.clone();
                        match next {
                            Some(r) if !Rc::ptr_eq(&r, &node) => pre = r,
                            _ => break,
                        }
                    }
                    let threaded = pre.borrow().right.is_some();
                    if threaded {
                        pre.borrow_mut().right = None;
                        out.push(node.borrow().val);
                        cur = node.borrow().right.clone();
                    } else {
                        pre.borrow_mut().right = Some(node.clone());
                        cur = Some(left);
                    }
                }
            }
        }
        out
    }
}
