// Dummy-head merge that, once a list runs out, appends the rest of list1 only:
// when list2 is the one with nodes left, they are dropped.
impl Solution {
    pub fn merge_two_lists(mut list1: Option<Box<ListNode>>, mut list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = ListNode::new(0);
        let mut tail = &mut dummy;
        while list1.is_some() && list2.is_some() {
            if list1.as_ref().unwrap().val < list2.as_ref().unwrap().val {
                let next = list1.as_mut().unwrap().next.take();
                tail.next = list1;
                list1 = next;
            } else {
                let next = list2.as_mut().unwrap().next.take();
                tail.next = list2;
                list2 = next;
            }
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = list1;
        dummy.next
    }
}
