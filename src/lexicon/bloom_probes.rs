/// The probes of a word in a Bloom filter of `bits` bits: FNV-1a and a second hash,
/// double hashing. Included by `build.rs`, which writes the filter, and by
/// `lexicon::english`, which reads it.
fn bloom_probes(word: &str, bits: u64) -> [u64; 5] {
    let (mut h1, mut h2) = (0xcbf2_9ce4_8422_2325u64, 0x8422_2325_cbf2_9ce4u64);
    for b in word.bytes() {
        h1 = (h1 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        h2 = (h2 ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(7);
    }
    let h2 = h2 | 1;
    std::array::from_fn(|i| h1.wrapping_add((i as u64).wrapping_mul(h2)) % bits)
}
