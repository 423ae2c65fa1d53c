// Turns an analysis as the engine packs it for `analyze` (`Packed`, crates/wasm/src/convert.rs)
// into the objects `analyze` returns. `numbers` holds each record's fields in the order of
// `RECORD_FIELDS`: strings as indices into `strings` (-1 for null), NaN for a null number, 0 or 1
// for a flag. The quote is `text.slice(start, end)` of the text at hand; the file and the doc's
// label, which every record repeats, are added here. Imported by the wasm glue (zhibiao.js).
const FIELDS = 16;

export function inflate(json, numbers, text, file) {
  const { strings, docs } = JSON.parse(json);
  const str = (i) => (i < 0 ? null : strings[i]);
  const num = (x) => (Number.isNaN(x) ? null : x);
  let k = 0;
  for (const d of docs) {
    const doc = d.label;
    const records = new Array(d.records);
    for (let i = 0; i < records.length; i++, k += FIELDS) {
      const start = numbers[k + 11];
      const end = numbers[k + 12];
      records[i] = {
        file,
        doc,
        kind: strings[numbers[k]],
        indicator: strings[numbers[k + 1]],
        canonical: strings[numbers[k + 2]],
        verb: str(numbers[k + 3]),
        value: num(numbers[k + 4]),
        value_max: num(numbers[k + 5]),
        unit: str(numbers[k + 6]),
        qualifier: str(numbers[k + 7]),
        period: str(numbers[k + 8]),
        placeholder: numbers[k + 9] === 1,
        headline: numbers[k + 10] === 1,
        start,
        end,
        quote: text.slice(start, end),
        hardness: str(numbers[k + 13]),
        measure: str(numbers[k + 14]),
        absent: numbers[k + 15] === 1,
      };
    }
    d.records = records;
  }
  return { docs };
}
