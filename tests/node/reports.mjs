// Two reports of a fictional county, written for the tests in the style of real ones: the 2023
// report sets targets, the 2024 report reviews 2023 and sets new ones. Shared by the Node tests of
// `compare` and the browser test of the Compare view.

/** The region the reports are of. */
export const REGION = '云溪县';

/** The 2023 report: four headline targets; a character outside the BMP before them. */
export const REPORT_2023 = `${REGION}2023年政府工作报告

各位代表：𠀀

现在，我代表县人民政府，向大会报告工作，请予审议。

今年主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内，一般公共预算收入增长5%以上，居民消费价格涨幅3%左右。
`;

/** The 2024 report: what 2023 achieved, then the 2024 targets. */
export const REPORT_2024 = `${REGION}2024年政府工作报告

各位代表：

过去一年，地区生产总值增长6.3%，城镇调查失业率5.1%，一般公共预算收入增长4.2%，居民消费价格上涨0.4%。

今年主要预期目标是：地区生产总值增长6.5%以上，城镇调查失业率控制在5.5%以内，一般公共预算收入增长5%左右。
`;

/** A report with its title line gone: no region or year to read. */
export const untitled = (report) => report.slice(report.indexOf('各位代表'));

/** How each 2023 target fared against the 2024 report, with the default tolerance. */
export const STATUS_2023 = {
  gdp: 'met', // 6.3 against 6 左右: within 0.3 points
  urban_unemployment_surveyed: 'met', // 5.1 against 以内 5.5
  public_budget_revenue: 'missed', // 4.2 against 5 以上
  cpi: 'met', // 0.4 against 3 左右, lower is better
};

// A province and five of its cities over five years, written for the tests of the panel: each
// report reviews the year before and sets the year's GDP growth target. Figures are made up.

/** The province of the panel reports. */
export const PANEL_PROVINCE = '湖北省';
/** Its cities in the reports. */
export const PANEL_CITIES = ['武汉市', '宜昌市', '襄阳市', '荆州市', '黄石市'];
/** The years of the reports. */
export const PANEL_YEARS = [2020, 2021, 2022, 2023, 2024];

/** The GDP growth target of a region (city index, or -1 for the province) for a year. */
export const panelTarget = (city, year) => (city < 0 ? 6 + (year % 2) * 0.5 : 6.5 + (year % 2) * 0.5 + city * 0.5);
/** The growth the region achieved in a year. */
export const panelActual = (city, year) => Math.round((panelTarget(city, year) - 0.3 + (year % 3) * 0.4) * 10) / 10;

/** One report: the year before reviewed, the year's target set. */
export function panelReport(city, year) {
  const region = city < 0 ? PANEL_PROVINCE : PANEL_CITIES[city];
  const scope = city < 0 ? '全省' : '全市';
  const qualifier = city < 0 ? '左右' : '以上';
  return `${region}${year}年政府工作报告

各位代表：

过去一年，${scope}地区生产总值增长${panelActual(city, year - 1)}%。

今年主要预期目标是：地区生产总值增长${panelTarget(city, year)}%${qualifier}。
`;
}

/** The 30 reports: [file name, text]. */
export function panelReports() {
  return [-1, 0, 1, 2, 3, 4].flatMap((city) => PANEL_YEARS.map((year) => [`${city < 0 ? 'province' : `city${city}`}-${year}.txt`, panelReport(city, year)]));
}
