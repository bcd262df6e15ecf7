// Keeps LeetCode's `&self` (RefCell inside). A feed takes the last 10 tweets
// of the user and of each followee, sorts them by time and keeps 10.
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

#[derive(Default)]
struct Inner {
    clock: u64,
    posts: HashMap<i32, Vec<(u64, i32)>>,
    following: HashMap<i32, HashSet<i32>>,
}

struct Twitter {
    inner: RefCell<Inner>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl Twitter {
    fn new() -> Self {
        Twitter { inner: RefCell::new(Inner::default()) }
    }

    fn post_tweet(&self, user_id: i32, tweet_id: i32) {
        let mut s = self.inner.borrow_mut();
        s.clock += 1;
        let t = s.clock;
        s.posts.entry(user_id).or_default().push((t, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let s = self.inner.borrow();
        let mut users: Vec<i32> = s.following.get(&user_id).map(|f| f.iter().copied().collect()).unwrap_or_default();
        users.push(user_id);
        let mut all: Vec<(u64, i32)> = Vec::new();
        for u in users {
            if let Some(p) = s.posts.get(&u) {
                all.extend(p.iter().rev().take(10));
            }
        }
        all.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        all.into_iter().take(10).map(|(_, id)| id).collect()
    }

    fn follow(&self, follower_id: i32, followee_id: i32) {
        self.inner.borrow_mut().following.entry(follower_id).or_default().insert(followee_id);
    }

    fn unfollow(&self, follower_id: i32, followee_id: i32) {
        if let Some(f) = self.inner.borrow_mut().following.get_mut(&follower_id) {
            f.remove(&followee_id);
        }
    }
}
