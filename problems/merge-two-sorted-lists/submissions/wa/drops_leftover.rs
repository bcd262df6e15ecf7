// Merges while both lists have nodes, then stops: whatever is left of the longer list
// (or all of a list when the other one is empty) is lost.
impl Solution {
    pub fn merge_two_lists(list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        let (mut a, mut b) = (list1, list2);
        while a.is_some() && b.is_some() {
            let take_a = a.as_ref().unwrap().val <= b.as_ref().unwrap().val;
            let src = if take_a { &mut a } else { &mut b };
            let mut node = src.take().unwrap();
            *src = node.next.take();
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        dummy.next
    }
}
