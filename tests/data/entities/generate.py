#!/usr/bin/env python3
"""Writes src/document/entities.rs: the HTML5 named character references, from Python's
copy of the WHATWG table (html.entities.html5). Run from the crate root:
python3 tests/data/entities/generate.py"""
import html.entities

table = html.entities.html5


def rs(s):
    out = ''
    for c in s:
        o = ord(c)
        if c == '"':
            out += '\\"'
        elif c == '\\':
            out += '\\\\'
        elif 32 <= o < 127:
            out += c
        else:
            out += '\\u{%X}' % o
    return '"' + out + '"'


semi = sorted(((k[:-1], v) for k, v in table.items() if k.endswith(';')), key=lambda kv: kv[0].encode())
legacy = sorted((k for k in table if not k.endswith(';')), key=lambda k: k.encode())
assert all('\0' not in v and ';' not in k[:-1] for k, v in table.items())
lines = [
    "//! The HTML5 named character references: every name of the WHATWG HTML standard's",
    '//! table (2,231 entries, <https://html.spec.whatwg.org/multipage/named-characters.html>),',
    '//! packed as `name;text\\0` sorted by name (markup.rs indexes it once, then searches it);',
    '//! and the names a page may write without the semicolon (the legacy ones, `&copy` for',
    '//! `&copy;`).',
    '//!',
    "//! Generated from Python's copy of the table (`html.entities.html5`) by",
    '//! `tests/data/entities/generate.py`; `tests/data/entities/README.md` says how to run it.',
    '',
    '/// Every named reference: `name;text\\0`, sorted by name.',
    '#[rustfmt::skip]',
    'pub static NAMED: &str = concat!(',
]
lines += ['    %s,' % rs(k + ';' + v + '\0') for k, v in semi]
lines += [');', '',
          '/// The names that are references without a `;` too (HTML5 reads `&copy2024` as `©2024`), sorted.',
          '#[rustfmt::skip]', 'pub static LEGACY: &[&str] = &[']
lines += ['    ' + ' '.join(rs(k) + ',' for k in legacy[i:i + 8]) for i in range(0, len(legacy), 8)]
lines += ['];']
with open('src/document/entities.rs', 'w') as f:
    f.write('\n'.join(lines) + '\n')
