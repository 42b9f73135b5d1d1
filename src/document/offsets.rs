//! Mapping between the analysed ("clean") text and the original source text.
//!
//! Markup stripping and entity decoding change byte positions. Every stage after
//! `document` works on the clean text; a [`OffsetMap`] turns a clean range back into
//! the exact range of the source it came from, so a finding's `span.text` is always
//! the source slice the user wrote.

/// One run of clean text and the source range it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Segment {
    clean: usize,
    orig: usize,
    clean_len: usize,
    orig_len: usize,
    /// `true` when the clean bytes are a copy of the source bytes (so offsets inside the
    /// segment map one to one); `false` for a replacement such as a decoded entity.
    verbatim: bool,
}

/// Maps clean-text byte offsets to source byte offsets. An empty map is the identity.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct OffsetMap {
    segments: Vec<Segment>,
}

impl OffsetMap {
    /// `true` when clean text and source are the same string.
    pub fn is_identity(&self) -> bool {
        self.segments.is_empty()
    }

    fn find(&self, pos: usize) -> Option<&Segment> {
        if self.segments.is_empty() {
            return None;
        }
        let i = match self.segments.binary_search_by(|s| s.clean.cmp(&pos)) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        };
        self.segments.get(i)
    }

    /// Checks a map read from outside (a corpus index) against its texts: segments in
    /// order, inside both texts, on character boundaries, and verbatim segments really
    /// verbatim. An empty map requires the texts to be equal.
    pub fn validate(&self, source: &str, clean: &str) -> Result<(), String> {
        if self.segments.is_empty() {
            return if source == clean || clean.is_empty() {
                Ok(())
            } else {
                Err("the clean text differs from the source without an offset map".into())
            };
        }
        let mut next_clean = 0;
        for s in &self.segments {
            let (ce, oe) = (
                s.clean.checked_add(s.clean_len),
                s.orig.checked_add(s.orig_len),
            );
            let (Some(ce), Some(oe)) = (ce, oe) else {
                return Err("offset map overflows".into());
            };
            if s.clean < next_clean || ce > clean.len() || oe > source.len() {
                return Err("offset map segment out of order or outside the text".into());
            }
            if ![s.clean, ce].iter().all(|&i| clean.is_char_boundary(i))
                || ![s.orig, oe].iter().all(|&i| source.is_char_boundary(i))
            {
                return Err("offset map segment splits a character".into());
            }
            if s.verbatim && (s.clean_len != s.orig_len || clean[s.clean..ce] != source[s.orig..oe])
            {
                return Err("offset map verbatim segment does not match".into());
            }
            next_clean = ce;
        }
        Ok(())
    }

    /// Source offset of the clean position `pos` taken as the start of a range.
    pub fn to_source_start(&self, pos: usize) -> usize {
        match self.find(pos) {
            None => pos,
            Some(s) if s.verbatim => s.orig + (pos - s.clean).min(s.orig_len),
            Some(s) if pos >= s.clean + s.clean_len => s.orig + s.orig_len,
            Some(s) => s.orig,
        }
    }

    /// Source offset of the clean position `pos` taken as the end of a range.
    pub fn to_source_end(&self, pos: usize) -> usize {
        if self.segments.is_empty() {
            return pos;
        }
        if pos == 0 {
            return self.to_source_start(0);
        }
        match self.find(pos - 1) {
            None => pos,
            Some(s) if s.verbatim => s.orig + (pos - s.clean).min(s.orig_len),
            Some(s) => s.orig + s.orig_len,
        }
    }
}

/// Builds a clean string and its [`OffsetMap`] at once.
#[derive(Debug, Default)]
pub struct CleanBuilder {
    pub text: String,
    map: OffsetMap,
}

impl CleanBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends `s`, which is the source text at `orig..orig + s.len()`.
    pub fn verbatim(&mut self, orig: usize, s: &str) {
        if s.is_empty() {
            return;
        }
        if let Some(last) = self.map.segments.last_mut() {
            if last.verbatim
                && last.clean + last.clean_len == self.text.len()
                && last.orig + last.orig_len == orig
            {
                last.clean_len += s.len();
                last.orig_len += s.len();
                self.text.push_str(s);
                return;
            }
        }
        self.map.segments.push(Segment {
            clean: self.text.len(),
            orig,
            clean_len: s.len(),
            orig_len: s.len(),
            verbatim: true,
        });
        self.text.push_str(s);
    }

    /// Appends `replacement`, standing for the source range `orig..orig_end`.
    pub fn replace(&mut self, orig: usize, orig_end: usize, replacement: &str) {
        if replacement.is_empty() {
            return;
        }
        self.map.segments.push(Segment {
            clean: self.text.len(),
            orig,
            clean_len: replacement.len(),
            orig_len: orig_end.saturating_sub(orig),
            verbatim: false,
        });
        self.text.push_str(replacement);
    }

    /// The last byte of clean text, if any.
    pub fn last_byte(&self) -> Option<u8> {
        self.text.as_bytes().last().copied()
    }

    pub fn finish(self) -> (String, OffsetMap) {
        (self.text, self.map)
    }
}

/// The length of `s` in UTF-16 code units (JavaScript's `length`): one per character, two
/// for a character outside the Basic Multilingual Plane, whose UTF-8 form starts with a
/// byte of 0xF0 or more.
pub fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.bytes()
        .map(|b| match b {
            0x80..=0xBF => 0,
            0xF0.. => 2,
            _ => 1,
        })
        .sum()
}

/// Converts UTF-8 byte offsets of one text to UTF-16 code-unit offsets (what JavaScript's
/// `String.prototype.slice` takes) in O(log n) each, after one pass over the text.
///
/// Only characters outside ASCII make the two differ, so the index keeps one entry per
/// such character: where it starts, its UTF-8 length, and how many bytes the UTF-8 form
/// of the text up to its end has beyond the UTF-16 form.
#[derive(Debug, Clone, Default)]
pub struct Utf16Index {
    /// (start byte, UTF-8 length, excess of UTF-8 over UTF-16 up to the character's end)
    chars: Vec<(usize, usize, usize)>,
    len: usize,
}

impl Utf16Index {
    pub fn new(text: &str) -> Self {
        let mut chars = Vec::new();
        let mut total = 0;
        let bytes = text.as_bytes();
        let mut i = 0;
        // By lead byte: a character of 2 or 3 UTF-8 bytes is one UTF-16 unit, one of 4
        // bytes two. Runs of ASCII (most of a news text) are skipped eight bytes at a time.
        while i < bytes.len() {
            if let Some(chunk) = bytes.get(i..i + 8) {
                let v = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
                if v & 0x8080_8080_8080_8080 == 0 {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            if b >= 0xC0 {
                let l8 = if b < 0xE0 {
                    2
                } else if b < 0xF0 {
                    3
                } else {
                    4
                };
                total += l8 - if l8 == 4 { 2 } else { 1 };
                chars.push((i, l8, total));
            }
            i += 1;
        }
        Utf16Index {
            chars,
            len: text.len(),
        }
    }

    /// The UTF-16 offset of byte offset `byte`: clamped to the text, and moved back to the
    /// start of the character when it falls inside one.
    pub fn to_utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let n = self.chars.partition_point(|&(start, _, _)| start <= byte);
        if n == 0 {
            return byte;
        }
        let (start, l8, after) = self.chars[n - 1];
        if byte < start + l8 {
            let before = if n == 1 { 0 } else { self.chars[n - 2].2 };
            start - before
        } else {
            byte - after
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_when_empty() {
        let m = OffsetMap::default();
        assert_eq!(m.to_source_start(5), 5);
        assert_eq!(m.to_source_end(7), 7);
    }

    #[test]
    fn entity_maps_to_whole_entity() {
        // source: "a &amp; b"
        let mut b = CleanBuilder::new();
        b.verbatim(0, "a ");
        b.replace(2, 7, "&");
        b.verbatim(7, " b");
        let (text, map) = b.finish();
        assert_eq!(text, "a & b");
        assert_eq!(map.to_source_start(2), 2);
        assert_eq!(map.to_source_end(3), 7);
        assert_eq!(map.to_source_start(4), 8);
        assert_eq!(map.to_source_end(5), 9);
    }

    #[test]
    fn utf16_lengths() {
        for s in ["", "abc", "Zelenskyy’s", "Müller", "😀 é 👍🏽", "“—”"] {
            assert_eq!(utf16_len(s), s.encode_utf16().count(), "{s}");
        }
    }

    #[test]
    fn utf16_offsets_match_a_direct_count() {
        // Non-ASCII characters inside and across the eight-byte runs the index skips.
        for text in [
            "a “b” — é 😀 x\u{1F600}y ’",
            "abcdefgh“ijklmnop” qrstuvwé xyzabcd😀",
            "abcdefghijklmnopqrstuvwxyzabcdefé",
            "1234567😀",
        ] {
            let ix = Utf16Index::new(text);
            for byte in 0..=text.len() + 2 {
                let mut b = byte.min(text.len());
                while !text.is_char_boundary(b) {
                    b -= 1;
                }
                let want: usize = text[..b].chars().map(char::len_utf16).sum();
                assert_eq!(ix.to_utf16(byte), want, "{text:?} byte {byte}");
            }
        }
        assert_eq!(Utf16Index::new("plain").to_utf16(3), 3);
    }
}
