//! `number-conflict`: placeholder until its stage lands.

use super::{Context, Rule};
use crate::report::Finding;

/// See the module documentation.
pub struct NumberConflict;

impl Rule for NumberConflict {
    fn id(&self) -> &'static str {
        "number-conflict"
    }

    fn description(&self) -> &'static str {
        "placeholder"
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}
