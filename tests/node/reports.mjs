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
