// The texts every benchmark reads, defined as in benches/analyze.rs: the seed reports, and a
// slice of ../shared/corpus/gov of at least 10 MB (every 7th file in path order until 10 MB).
// `node bench/texts.mjs seeds|slice|gov` prints the paths, one a line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const SLICE_BYTES = 10_000_000;

/** Every file below `dir`, each folder's entries in byte order of their names (as Rust sorts paths). */
export function files(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  entries.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return entries.flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or null when it is not UTF-8 (read_to_string fails on those too). */
export function readText(path) {
  try {
    return utf8.decode(readFileSync(path));
  } catch {
    return null;
  }
}

export const seedFiles = () => files(join(SHARED, 'corpus/seeds'));
export const govFiles = () => files(join(SHARED, 'corpus/gov'));

/** Every 7th report of corpus/gov until 10 MB (then from the start again, as the Rust bench). */
export function sliceFiles() {
  const gov = govFiles();
  const order = gov.filter((_, i) => i % 7 === 0).concat(gov);
  const out = [];
  let size = 0;
  for (const p of order) {
    if (size >= SLICE_BYTES) break;
    const t = readText(p);
    if (t === null) continue;
    size += Buffer.byteLength(t);
    out.push(p);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const which = { seeds: seedFiles, slice: sliceFiles, gov: govFiles }[process.argv[2]];
  if (!which) {
    console.error('usage: node bench/texts.mjs seeds|slice|gov');
    process.exit(2);
  }
  for (const p of which()) console.log(p);
}
