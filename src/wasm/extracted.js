// Checker.extract's result from the compact form src/wasm/extracted.rs writes (the layout
// is described there): `n` is a Float64Array view of wasm memory, read before this call
// returns; `t` holds the strings one after another. The objects and their key order are
// those of the report's JSON.
export function extracted(n, t) {
  let i = 0;
  let p = 0;
  const str = () => {
    const l = n[i++];
    return l < 0 ? null : t.slice(p, (p += l));
  };
  const num = () => {
    const v = n[i++];
    return Number.isFinite(v) ? v : null;
  };
  const list = (item) => {
    const a = new Array(n[i++]);
    for (let k = 0; k < a.length; k++) a[k] = item();
    return a;
  };
  return {
    doc: str(),
    title: str(),
    excluded: list(() => ({ doc: str(), start: n[i++], end: n[i++], text: str() })),
    people: list(() => ({ name: str(), title: str(), start: n[i++], end: n[i++] })),
    quantities: list(() => ({
      text: str(),
      value: num(),
      low: num(),
      high: num(),
      unit: str(),
      noun: str(),
      key: str(),
      start: n[i++],
      end: n[i++],
    })),
    quotes: list(() => ({ text: str(), speaker: str(), how: str(), start: n[i++], end: n[i++] })),
  };
}
