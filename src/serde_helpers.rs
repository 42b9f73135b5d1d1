//! Serde forms shared by the analysed types (`document`, `extract`): ranges as `[start,
//! end]` pairs and flags left out when false. They live at the bottom of the crate, below
//! every stage, so that the stages' types can name them without importing the index file
//! format ([`crate::index_file`]) that uses them.

/// `skip_serializing_if` for flags that are usually false.
pub fn is_false(b: &bool) -> bool {
    !*b
}

/// Ranges written as `[start, end]` pairs rather than serde's `{"start": …, "end": …}`:
/// an index holds millions of them. Used with `#[serde(with = "…")]` on the analysed
/// types' range fields.
pub mod range {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::ops::Range;

    pub fn serialize<S: Serializer>(r: &Range<usize>, s: S) -> Result<S::Ok, S::Error> {
        (r.start, r.end).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Range<usize>, D::Error> {
        let (a, b) = <(usize, usize)>::deserialize(d)?;
        Ok(a..b)
    }
}

/// A list of ranges as `[[start, end], …]` (see [`range`]).
pub mod ranges {
    use serde::{Deserialize, Deserializer, Serializer};
    use std::ops::Range;

    pub fn serialize<S: Serializer>(v: &[Range<usize>], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(v.iter().map(|r| (r.start, r.end)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Range<usize>>, D::Error> {
        let v = <Vec<(usize, usize)>>::deserialize(d)?;
        Ok(v.into_iter().map(|(a, b)| a..b).collect())
    }
}
