//! `quote-wording`: placeholder until its stage lands.

use super::{Context, Rule};
use crate::report::Finding;

/// See the module documentation.
pub struct QuoteWording;

impl Rule for QuoteWording {
    fn id(&self) -> &'static str {
        "quote-wording"
    }

    fn description(&self) -> &'static str {
        "placeholder"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
