//! Page furniture: lines that end an article ("related stories") or are boilerplate
//! wherever they stand ("share this article", "we use cookies").

/// Lines that mark the end of the article: everything after them is page furniture.
pub const TAIL_MARKERS: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "references",
    "read next",
    "related articles",
    "related stories",
    "related posts",
    "more stories",
    "comments",
    "you may also like",
    "recommended for you",
    "most read",
];

/// Lines that are page furniture wherever they stand.
pub const BOILERPLATE_LINES: &[&str] = &[
    "select language",
    "back to news",
    "back to top",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "share on x",
    "subscribe",
    "subscribe now",
    "sign up",
    "sign up for our newsletter",
    "advertisement",
    "sponsored",
    "related",
    "read more",
    "follow us",
    "print",
    "email",
    "tweet",
    "skip to content",
    "skip to main content",
    "all rights reserved",
    "listen to this article",
    "click here",
    "loading",
    "menu",
    "search",
];

/// Short lines starting with these words are share/subscribe/cookie furniture.
pub const BOILERPLATE_PREFIXES: &[&str] = &[
    "share this",
    "share on",
    "subscribe to",
    "sign up for",
    "follow us on",
    "we use cookies",
    "this website uses cookies",
    "copyright ©",
    "©",
    "read more:",
    "related:",
    "advertisement",
    "select language",
];
