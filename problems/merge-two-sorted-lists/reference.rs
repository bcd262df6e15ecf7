impl Solution {
    pub fn merge_two_lists(list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let (mut a, mut b) = (list1, list2);
        let mut head: Option<Box<ListNode>> = None;
        let mut tail = &mut head;
        loop {
            match (a, b) {
                (Some(mut x), Some(mut y)) => {
                    if x.val <= y.val {
                        a = x.next.take();
                        b = Some(y);
                        *tail = Some(x);
                    } else {
                        b = y.next.take();
                        a = Some(x);
                        *tail = Some(y);
                    }
                    tail = &mut tail.as_mut().unwrap().next;
                }
                (rest_a, rest_b) => {
                    *tail = rest_a.or(rest_b);
                    break;
                }
            }
        }
        head
    }
}
