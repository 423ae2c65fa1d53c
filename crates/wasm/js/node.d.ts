// Types of the Node entry point: the browser API without the Worker.
export { analyze, version, renderHighlights, describeRecord, formatValue } from './index.js';
export type {
  Analysis, AnalyzeOptions, Doc, Hardness, Kind, Level, Meta, Qualifier, Record, RenderOptions,
} from './index.js';
