// O(n) without recursion or a map: walk the preorder, keeping the path of nodes whose
// right child is still open on a stack; the inorder says when to pop back up.
use std::rc::Rc;
use std::cell::RefCell;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        if preorder.is_empty() {
            return None;
        }
        let root = Rc::new(RefCell::new(TreeNode::new(preorder[0])));
        let mut stack = vec![Rc::clone(&root)];
        let mut j = 0;
        for &v in &preorder[1..] {
            let node = Rc::new(RefCell::new(TreeNode::new(v)));
            let top = Rc::clone(stack.last().unwrap());
            if top.borrow().val != inorder[j] {
                top.borrow_mut().left = Some(Rc::clone(&node));
            } else {
                let mut parent = top;
                while let Some(t) = stack.last() {
                    if t.borrow().val != inorder[j] {
                        break;
                    }
                    parent = stack.pop().unwrap();
                    j += 1;
                }
                parent.borrow_mut().right = Some(Rc::clone(&node));
            }
            stack.push(node);
        }
        Some(root)
    }
}
