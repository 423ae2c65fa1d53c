// Turns the JSON the engine writes for `analyze` into the objects it returns. Each record comes
// as an array of its fields in the order of `WIRE_FIELDS` (crates/wasm/src/convert.rs); the
// quote is not sent, since it is `text.slice(start, end)` of the text at hand, nor the file and
// doc label every record repeats. Imported by the wasm glue (zhibiao.js), not meant for users.
export function inflate(json, text, file) {
  const analysis = JSON.parse(json);
  for (const d of analysis.docs) {
    const doc = d.label;
    const rs = d.records;
    for (let i = 0; i < rs.length; i++) {
      const r = rs[i];
      rs[i] = {
        file,
        doc,
        kind: r[0],
        indicator: r[1],
        canonical: r[2],
        verb: r[3],
        value: r[4],
        value_max: r[5],
        unit: r[6],
        qualifier: r[7],
        period: r[8],
        placeholder: r[9],
        headline: r[10],
        start: r[11],
        end: r[12],
        quote: text.slice(r[11], r[12]),
        hardness: r[13],
      };
    }
  }
  return analysis;
}
