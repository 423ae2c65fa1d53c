// Types of the Node entry point: the browser API without the Worker.
export { analyze, compare, panel, version, renderHighlights, describeRecord, formatValue } from './index.js';
export type {
  Analysis, AnalyzeOptions, Doc, Hardness, Kind, Level, Measure, Meta, Qualifier, Record, RenderOptions,
  Attainment, Cell, Change, CompareOptions, Comparison, Diff, DiffRow, DocInfo, DocOverrides, Family, Figure,
  Location, MatrixRow, Progress, Stage, Status, Tolerances,
} from './index.js';
