// Iterative pairwise merging that takes the lists two at a time and forgets the
// unpaired last one when a round has an odd number of lists.
impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut lists = lists;
        while lists.len() > 1 {
            let mut next = Vec::new();
            let mut it = lists.into_iter();
            while let (Some(a), Some(b)) = (it.next(), it.next()) {
                next.push(Self::merge(a, b));
            }
            lists = next;
        }
        lists.pop().flatten()
    }

    fn merge(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut head = None;
        let mut tail = &mut head;
        while a.is_some() && b.is_some() {
            let src = if a.as_ref().unwrap().val <= b.as_ref().unwrap().val { &mut a } else { &mut b };
            let mut node = src.take().unwrap();
            *src = node.next.take();
            tail = &mut tail.insert(node).next;
        }
        *tail = a.or(b);
        head
    }
}
