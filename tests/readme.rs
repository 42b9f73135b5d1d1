//! The README's rule table is generated from each rule's own declaration (`META` in
//! `src/rules/<id>.rs`): this test fails when the two differ, and rewrites the README's
//! table when run as `UPDATE_README=1 cargo test --test readme`.

const START: &str = "<!-- rules:start";
const END: &str = "<!-- rules:end -->";

#[test]
fn readme_rule_table_matches_the_rules() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("read README.md");
    let (Some(start), Some(end)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md needs the markers {START} … --> and {END} around the rule table");
    };
    let body_start = start
        + readme[start..]
            .find('\n')
            .expect("a line after the start marker")
        + 1;
    assert!(body_start <= end, "{END} comes before {START} in README.md");
    let wanted = format!("\n{}\n", factcheck::rules::markdown_table());
    if readme[body_start..end] == wanted {
        return;
    }
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{wanted}{}", &readme[..body_start], &readme[end..]);
        std::fs::write(path, updated).expect("write README.md");
        return;
    }
    panic!(
        "README.md's rule table is out of date with the rules in src/rules/.\n\
         Update it with: UPDATE_README=1 cargo test --test readme\n\
         (or paste the output of: cargo run -- rules --format markdown)\n\n\
         Expected between the markers:\n{wanted}"
    );
}
