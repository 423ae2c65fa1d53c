// Types of render.js.
import type { Record } from './zhibiao.js';

export interface RenderOptions {
  /** First UTF-16 offset of `text` to render (default 0): render one page of a long text. */
  start?: number;
  /** One past the last offset to render (default `text.length`). */
  end?: number;
  /** Added to every index written in `data-index` / `data-records` (default 0). */
  indexOffset?: number;
  /** The tooltip of a record (default `describeRecord`). */
  describe?: (record: Record, index: number) => string;
}

/**
 * Replaces the content of `element` with `text`, every record wrapped in
 * `<mark class="zb-mark" data-kind data-index data-records data-hardness title>`.
 * The text is inserted as text nodes only. Returns the number of marks written.
 */
export function renderHighlights(element: HTMLElement, text: string, records: Record[], options?: RenderOptions): number;

/** The figure of a record as text: `6`, `4.5–5`, `X` for a placeholder, `—` for none. */
export function formatValue(record: Record): string;

/**
 * A short multi-line description of a record (kind, indicator, verb, value, unit, qualifier,
 * hardness, period). `label(key, fallback)` translates `kind.<kind>`, `hard.<hardness>` and `headline`.
 */
export function describeRecord(record: Record, label?: (key: string, fallback: string) => string): string;
