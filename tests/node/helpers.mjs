// Shared helpers of the node tests: the built package and the sentences the tests analyze.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const pkgDir = fileURLToPath(new URL('../../pkg/', import.meta.url));

if (!existsSync(`${pkgDir}zhibiao_bg.wasm`)) {
  throw new Error('pkg/ is not built: run `make pkg` first');
}

/** Two headline targets: 6% 左右 and 5.5% 以内. */
export const TARGETS = '今年主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。';

/** Every record of an analysis, flattened. */
export const records = (analysis) => analysis.docs.flatMap((d) => d.records);
