//! After a load: the index gives back the room its lists and tables grew beyond what
//! they hold (a list doubles as it grows), once no more articles are coming.

use super::{GivenAgg, Index, Votes, WordAgg};

impl Votes {
    /// Gives back the room the postings have beyond what they hold (the examples have
    /// none).
    pub fn shrink_to_fit(&mut self) {
        self.more.shrink_to_fit();
    }
}

impl GivenAgg {
    fn shrink_to_fit(&mut self) {
        for t in [
            &mut self.given_written,
            &mut self.surname_written,
            &mut self.full_written,
            &mut self.roles,
        ] {
            t.shrink_to_fit(Votes::shrink_to_fit);
        }
        self.role_of.shrink_to_fit(|_| {});
        self.all.shrink_to_fit();
    }
}

impl WordAgg {
    fn shrink_to_fit(&mut self) {
        self.capitalised.shrink_to_fit();
    }
}

impl Index {
    /// Gives back the room every part of the index has beyond what it holds: for the end
    /// of a load, when the index stops growing (it works as before after, growing again).
    pub fn shrink_to_fit(&mut self) {
        self.people.shrink_to_fit();
        for m in self.people.values_mut() {
            m.shrink_to_fit(|g| g.shrink_to_fit());
        }
        self.near.shrink_to_fit();
        self.by_role.shrink_to_fit();
        for m in self.by_role.values_mut() {
            m.shrink_to_fit(|_| {});
        }
        self.words.shrink_to_fit();
        self.words.values_mut().for_each(|w| w.shrink_to_fit());
        self.claims.by_key.shrink_to_fit();
        self.claims
            .by_key
            .values_mut()
            .for_each(|s| s.shrink_to_fit());
        self.quotes.shrink_to_fit();
        self.dates.shrink_to_fit();
        self.docs.shrink_to_fit();
    }
}
