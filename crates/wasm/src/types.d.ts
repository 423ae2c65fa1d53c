
/** What a statement of a figure is. */
export type Kind = "target" | "plan5" | "actual" | "progress";

/** How a figure is bounded: 左右 about, 以上 at least, 以内 within … */
export type Qualifier = "左右" | "以上" | "以内" | "以下" | "不低于" | "不超过" | "约" | "近" | "超过";

/** The direction a qualifier binds a figure: floors (以上, 不低于, 超过), ceilings (以内, 以下, 不超过), soft (左右, 约, 近). */
export type Hardness = "floor" | "ceiling" | "soft";

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
