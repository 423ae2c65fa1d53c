// The package's TypeScript types, checked by the TypeScript compiler as a consumer sees them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pkgDir, repo } from './helpers.mjs';

const TSC = join(repo, 'node_modules', '.bin', 'tsc');

/** Type-checks `source` in a project that installed the package; returns tsc's output. */
function check(source, moduleResolution) {
  const dir = mkdtempSync(join(tmpdir(), 'zhibiao-types-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(pkgDir, join(dir, 'node_modules', 'zhibiao'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  writeFileSync(join(dir, 'main.ts'), source);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], types: [],
      module: moduleResolution === 'bundler' ? 'esnext' : 'nodenext', moduleResolution,
    },
    files: ['main.ts'],
  }));
  try {
    execFileSync(TSC, ['-p', dir], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    return `${e.stdout}${e.stderr}`;
  }
}

const USE = `
  const text = '地区生产总值增长6%左右';
  const a: Analysis = analyze(text, { year: 2024, region: '青岚市', file: 'a.txt' });
  const doc: Doc = a.docs[0];
  const r: ZRecord = doc.records[0];
  const kind: Kind = r.kind;
  const q: Qualifier | null = r.qualifier;
  const h: Hardness | null = r.hardness;
  const m: Measure | null = r.measure;
  const span: [number, number] = [r.start, r.end];
  const v: number | null = r.value ?? r.value_max;
  const flags: boolean = r.placeholder && r.headline;
  const meta: Meta = doc.meta;
  const level: Level | null = meta.level;
  const year: number | null = meta.year;
  const s: string = r.quote + r.indicator + r.canonical + (r.verb ?? '') + (r.unit ?? '') + (r.period ?? '') + (r.file ?? '') + (r.doc ?? '');
  const d: string = describeRecord(r, (key, fallback) => fallback) + formatValue(r) + version();
  const c: Comparison = compare([a], { about_points: 0.2, overrides: [{ year: 2024 }, [{ region: '青岚市', level: 'city' }, null], null] });
  const info: DocInfo = c.docs[0];
  const st: Status = c.attainment[0].status;
  const at: Location | null = c.attainment[0].actual_at;
  const cell: Cell | null = c.matrix.rows[0].cells[0];
  const fig: Figure | undefined = cell?.target;
  const ch: Change[] = c.diffs[0].rows[0].changes;
  const cs: string = (at?.quote ?? '') + String(at?.record) + info.label + c.options.about_points;
  // @ts-expect-error a year is a number
  analyze(text, { year: '2024' });
  // @ts-expect-error statuses are a closed set
  const badStatus: Status = 'failed';
  // @ts-expect-error options are named
  compare([a], { tolerance: 1 });
  // @ts-expect-error kinds are a closed set
  const wrong: Kind = 'goal';
  export { kind, q, h, span, v, flags, level, year, s, d, wrong, st, fig, ch, cs, badStatus };
`;

test('browser and bundler consumers get the whole API typed', () => {
  const out = check(`
    import { analyze, compare, version, renderHighlights, describeRecord, formatValue, createWorkerAnalyzer } from 'zhibiao';
    import type { Analysis, Doc, Meta, Record as ZRecord, Kind, Qualifier, Hardness, Measure, Level, WorkerAnalyzer, FileAnalysis } from 'zhibiao';
    import type { Comparison, DocInfo, Status, Location, Cell, Figure, Change } from 'zhibiao';
    ${USE}
    const n: number = renderHighlights(document.body, 'x', [], { start: 0, end: 1, indexOffset: 3, describe: (rec, i) => rec.kind + i });
    const w: WorkerAnalyzer = createWorkerAnalyzer({ url: new URL('./w.js', 'http://x/'), workers: 2, decoder: '/decode.js' });
    const p: Promise<Analysis> = w.analyze('x', null, { onProgress: (fraction) => console.log(fraction.toFixed(2)) });
    const pf: Promise<FileAnalysis> = w.analyzeFile(new Blob(['x']), { file: 'a.txt' });
    const pt: Promise<string> = pf.then((f) => f.text + f.encoding + f.analysis.docs.length);
    const pc: Promise<Comparison> = w.compare([a], { about_percent: 1 });
    const size: number = w.workers;
    // @ts-expect-error fractions are numbers
    w.analyze('x', null, { onProgress: (fraction: string) => fraction });
    w.terminate();
    export { n, p, pt, pc, size };
  `, 'bundler');
  assert.equal(out, '');
});

test('Node consumers get analyze, and no Worker API', () => {
  const out = check(`
    import { analyze, compare, version, describeRecord, formatValue } from 'zhibiao';
    import type { Comparison, DocInfo, Status, Location, Cell, Figure, Change } from 'zhibiao';
    // @ts-expect-error the Node entry has no Worker API
    import { createWorkerAnalyzer } from 'zhibiao';
    import type { Analysis, Doc, Meta, Record as ZRecord, Kind, Qualifier, Hardness, Measure, Level } from 'zhibiao';
    ${USE}
    export { createWorkerAnalyzer };
  `, 'nodenext');
  assert.equal(out, '');
});

test('a type error in a consumer is reported', () => {
  const out = check(`
    import { analyze } from 'zhibiao';
    const n: number = analyze('x').docs[0].records[0].quote;
    export { n };
  `, 'bundler');
  assert.match(out, /not assignable to type 'number'/);
});
