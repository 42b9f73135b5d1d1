//! Number grammar: placeholder.
