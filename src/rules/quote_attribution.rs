//! `quote-attribution`: placeholder until its stage lands.

use super::{Context, Rule};
use crate::report::Finding;

/// See the module documentation.
pub struct QuoteAttribution;

impl Rule for QuoteAttribution {
    fn id(&self) -> &'static str {
        "quote-attribution"
    }

    fn description(&self) -> &'static str {
        "placeholder"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
