// Treats a larger tweet id as more recent: the feed is the 10 largest ids,
// but ids are not given in posting order.
use std::collections::{HashMap, HashSet};

struct Twitter {
    posts: HashMap<i32, Vec<i32>>,
    following: HashMap<i32, HashSet<i32>>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { posts: HashMap::new(), following: HashMap::new() }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.posts.entry(user_id).or_default().push(tweet_id);
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let mut all: Vec<i32> = self.posts.get(&user_id).cloned().unwrap_or_default();
        if let Some(f) = self.following.get(&user_id) {
            for u in f {
                all.extend(self.posts.get(u).into_iter().flatten());
            }
        }
        all.sort_unstable_by(|a, b| b.cmp(a));
        all.truncate(10);
        all
    }

    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        self.following.entry(follower_id).or_default().insert(followee_id);
    }

    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        if let Some(f) = self.following.get_mut(&follower_id) {
            f.remove(&followee_id);
        }
    }
}
