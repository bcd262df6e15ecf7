// On equal heads it appends one node and advances BOTH lists, as if equal values
// were one: every value present in both lists appears once instead of twice.
impl Solution {
    pub fn merge_two_lists(list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let (mut a, mut b) = (list1, list2);
        let mut head = None;
        let mut tail = &mut head;
        while let (Some(x), Some(y)) = (a.as_ref(), b.as_ref()) {
            if x.val < y.val {
                let mut n = a.take().unwrap();
                a = n.next.take();
                *tail = Some(n);
            } else if x.val > y.val {
                let mut n = b.take().unwrap();
                b = n.next.take();
                *tail = Some(n);
            } else {
                let mut n = a.take().unwrap();
                a = n.next.take();
                b = b.take().unwrap().next.take();
                *tail = Some(n);
            }
            tail = &mut tail.as_mut().unwrap().next;
        }
        *tail = if a.is_some() { a } else { b };
        head
    }
}
