
/** What a statement of a figure is. */
export type Kind = "target" | "plan5" | "actual" | "progress";

/** How a figure is bounded: 左右 about, 以上 at least, 以内 within … */
export type Qualifier = "左右" | "以上" | "以内" | "以下" | "不低于" | "不超过" | "约" | "近" | "超过";

/** The direction a qualifier binds a figure: floors (以上, 不低于, 超过), ceilings (以内, 以下, 不超过), soft (左右, 约, 近). */
export type Hardness = "floor" | "ceiling" | "soft";

/** What a figure measures: a rate of growth, a level, an increment (新增), a share or rate, a change in percentage points, a count. */
export type Measure = "growth" | "level" | "increment" | "share" | "change_pp" | "count";

/** Administrative level of the government that gave a report. */
export type Level = "national" | "province" | "city" | "county" | "district";

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** The year the report was given in, when the text does not say it. */
  year?: number;
  /** The region, when the text does not say it. */
  region?: string;
  /** A file name copied into every record's `file`. */
  file?: string;
}

/** One statement of a figure. Offsets are UTF-16 code units: `text.slice(start, end) === quote`. */
export interface Record {
  /** The `file` option, or null. */
  file: string | null;
  /** The label of the report holding the record (region and year), or null. */
  doc: string | null;
  kind: Kind;
  /** The indicator as written, simplified (地区生产总值). */
  indicator: string;
  /** A stable id (`gdp`, `retail_sales` …) or `other:<name>`. */
  canonical: string;
  /** The verb as written, simplified (增长, 控制在 …). */
  verb: string | null;
  /** The number in the unit as written (7 for 7%); null for qualitative goals and placeholders. */
  value: number | null;
  /** Upper bound of a range (4.5%至5% → 5). */
  value_max: number | null;
  /** `%`, `个百分点`, `亿元` … */
  unit: string | null;
  qualifier: Qualifier | null;
  hardness: Hardness | null;
  /** What the figure measures; null for a goal without a figure. Compare sets a target only against an actual of the same measure. */
  measure: Measure | null;
  /** True where the report says no target is set (没有提出全年经济增速具体目标): value is null, and it is no gap. */
  absent: boolean;
  /** `2021`, `2020H1`, `2021-2025` … */
  period: string | null;
  /** True where the figure is an `X`/`XX` placeholder. */
  placeholder: boolean;
  /** True inside the report's main-targets paragraph. */
  headline: boolean;
  start: number;
  end: number;
  /** The original text between `start` and `end`. */
  quote: string;
}

/** What a report says of itself. */
export interface Meta {
  region: string | null;
  level: Level | null;
  year: number | null;
  /** True for a mid-year report. */
  half_year: boolean;
  title: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string | null;
  speaker: string | null;
}

/** One report inside the text (a text may hold several). */
export interface Doc {
  /** UTF-16 offsets of the report in the text. */
  start: number;
  end: number;
  /** Region and year, e.g. `青岚市2024`, or null. */
  label: string | null;
  meta: Meta;
  /** Every statement of a figure, in text order. */
  records: Record[];
}

/** The result of `analyze`. */
export interface Analysis {
  docs: Doc[];
}

/** Metadata to use instead of what a report states (or where it states none). */
export interface DocOverrides {
  region?: string | null;
  level?: Level | null;
  /** The year the report was given in. */
  year?: number | null;
}

/** Options of `compare`. Tolerances default to 0.3 points, 2 per cent and 50 per cent. */
export interface CompareOptions {
  /**
   * Per input, at the same index as the analyses: one `DocOverrides` for all its docs, or an
   * array with one per doc; null where the reports' own metadata stands.
   */
  overrides?: Array<DocOverrides | Array<DocOverrides | null> | null>;
  /** How far a rate may lie from a 左右 / 约 / 近 (or bare) target and still meet it, in percentage points. */
  about_points?: number;
  /** The same for levels, in per cent of the target. */
  about_percent?: number;
  /** Share of an annual level target a half-year figure must reach to be on schedule, in per cent. */
  half_year_share?: number;
}

/** The tolerances a comparison applied. */
export interface Tolerances {
  about_points: number;
  about_percent: number;
  half_year_share: number;
}

/** Where a cited statement stands: `analyses[input].docs[doc].records[record]`, `text.slice(start, end) === quote`. */
export interface Location {
  input: number;
  doc: number;
  record: number;
  /** UTF-16 offsets in that input's text. */
  start: number;
  end: number;
  quote: string;
}

/** What a unit measures: `"%"`, `"个百分点"`, a base unit (`"元"` for 亿元, `"人"` for 万人), or `""`. */
export type Family = string;

/** A figure as stated. */
export interface Figure {
  value: number | null;
  value_max: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  verb: string | null;
  indicator: string;
  /** The period compare settled on (`2023`, `2023H1`). */
  period: string | null;
  headline: boolean;
}

/** A doc as compared, with the metadata in force (the caller's over the report's). */
export interface DocInfo {
  /** Index of the analysis among the inputs. */
  input: number;
  /** Index of the doc in that analysis. */
  doc: number;
  /** Region and year, e.g. `青岚市2024`; empty when neither is known. */
  label: string;
  region: string | null;
  level: Level | null;
  year: number | null;
  half_year: boolean;
}

/** A doc's target for an indicator. */
export interface Cell {
  target: Figure;
  at: Location;
}

/** One indicator (and unit family) across the docs. */
export interface MatrixRow {
  canonical: string;
  family: Family;
  /** The indicator as first written. */
  indicator: string;
  /** One per entry of `Comparison.docs`; null where the doc sets no such target. */
  cells: Array<Cell | null>;
}

/** How a target fared. */
export type Status = "met" | "missed" | "exceeded" | "unknown";

/** Whether a target is held against the annual or the first-half figure. */
export type Stage = "annual" | "half_year";

/** One target against an achieved figure. */
export interface Attainment {
  canonical: string;
  family: Family;
  region: string | null;
  /** The year of the target. */
  year: number | null;
  stage: Stage;
  target: Figure;
  actual: Figure | null;
  /** For a goal set against another figure (与经济增长同步): that figure. */
  reference: Figure | null;
  status: Status;
  /** Actual − target: percentage points for rates, per cent of the target for levels. */
  gap: number | null;
  /** `个百分点` or `%`. */
  gap_unit: string | null;
  /** For levels: the actual as a share of the target, in per cent. */
  completion: number | null;
  /** The rule applied, in words. */
  rule: string;
  /** Index into `Comparison.docs` of the doc that set the target. */
  target_doc: number;
  /** Index into `Comparison.docs` of the doc that states the actual. */
  actual_doc: number | null;
  target_at: Location;
  actual_at: Location | null;
  reference_at: Location | null;
}

/** A progress statement as a report gives it (完成全年目标的52.4%). */
export interface Progress {
  canonical: string;
  region: string | null;
  year: number | null;
  statement: Figure;
  /** Index into `Comparison.docs`. */
  doc: number;
  at: Location;
}

/** One kind of change of a target between two reports. */
export type Change = "added" | "dropped" | "raised" | "lowered" | "hardened" | "softened";

/** One indicator in two reports. */
export interface DiffRow {
  canonical: string;
  family: Family;
  indicator: string;
  /** Empty when the target stayed as it was. */
  changes: Change[];
  before: Figure | null;
  after: Figure | null;
  /** After − before: percentage points for rates, per cent for levels. */
  delta: number | null;
  before_at: Location | null;
  after_at: Location | null;
}

/** The targets of two docs side by side. */
export interface Diff {
  /** Index into `Comparison.docs` of the earlier doc. */
  before: number;
  /** Index into `Comparison.docs` of the later doc. */
  after: number;
  rows: DiffRow[];
}

/** The result of `compare`. */
export interface Comparison {
  options: Tolerances;
  /** The docs compared, every doc of every input in order; rows name them by index into this list. */
  docs: DocInfo[];
  /** Canonical indicator × doc. Known ids first, then `other:` ones, each in order of first appearance. */
  matrix: { rows: MatrixRow[] };
  /** Targets against achieved figures. */
  attainment: Attainment[];
  /** Progress statements as given. */
  progress: Progress[];
  /** Changes of targets from one report to the next of the same region (or between the two docs, when exactly two are compared). */
  diffs: Diff[];
}

/** Options of `panel`: those of `compare`, and the indicators to keep. */
export interface PanelOptions extends CompareOptions {
  /** Canonical ids (`gdp`, `fixed_asset_investment` …); every id of the lexicon when absent or empty. */
  indicators?: string[];
}

/** Where the achieved figure of a panel row comes from. */
export type Source = "next_report" | "same_report" | "other_report";

/** One region, year and indicator of the panel. */
export interface PanelRow {
  /** The region's full name where the hierarchy knows it (湖北省), else as the report writes it. */
  region: string;
  level: Level | null;
  /** The year the target is for. */
  year: number;
  canonical: string;
  target: Figure;
  hardness: Hardness | null;
  measure: Measure | null;
  /** The report states that no target is set. */
  absent: boolean;
  actual: Figure | null;
  source: Source | null;
  status: Status;
  /** Actual − target: percentage points for rates, per cent of the target for levels. */
  gap: number | null;
  gap_unit: string | null;
  /** Why the status is unknown (no report of the next year loaded …), or the rule that decided it. */
  why: string;
  /** The government above, by full name: a prefecture's province, a province's `全国`. */
  parent: string | null;
  /** The parent's target for the same indicator, measure and year, where its report is loaded. */
  parent_target: Figure | null;
  /** The target minus the parent's, in percentage points (growth targets only). */
  markup: number | null;
  /** Index into `Panel.docs` of the doc that set the target. */
  doc: number;
  target_at: Location;
  actual_at: Location | null;
  parent_at: Location | null;
}

/** The result of `panel`. */
export interface Panel {
  options: Tolerances;
  /** Every doc of every input, in order. */
  docs: DocInfo[];
  /** One row per region, level, year and indicator. */
  rows: PanelRow[];
  /** Reports of a government and year that came after the one counted (indexes into `docs`). */
  duplicates: Array<{ doc: number; of: number }>;
}
