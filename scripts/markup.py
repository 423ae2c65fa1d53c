#!/usr/bin/env python3
"""The markup of GDP growth targets over the parent government's (层层加码), by year.

usage: zhibiao panel DIR --indicators gdp --format csv | scripts/markup.py [--svg docs/markup.svg]

Reads the panel's CSV on standard input; prints a Markdown table of the mean markup of
provincial targets over the national one and of city targets over their province's, per year,
with the number of rows and the share above the parent; with --svg, draws both means as lines.
"""
import argparse, collections, csv, sys


def means(rows):
    by = collections.defaultdict(lambda: collections.defaultdict(list))
    for r in rows:
        if r["markup"] and r["level"] in ("province", "city"):
            by[r["level"]][int(r["year"])].append(float(r["markup"]))
    return by


def svg(by, path):
    w, h, left, right, top, bottom = 760, 320, 48, 180, 20, 36
    # Years with three rows or more; a gap in the years breaks the line.
    by = {level: {y: v for y, v in series.items() if len(v) >= 3} for level, series in by.items()}
    years = sorted({y for lv in by.values() for y in lv})
    vals = [sum(v) / len(v) for lv in by.values() for v in lv.values()]
    lo, hi = min(0.0, min(vals)), max(vals)
    x = lambda y: left + (y - years[0]) * (w - left - right) / max(1, years[-1] - years[0])
    yy = lambda v: top + (hi - v) * (h - top - bottom) / (hi - lo or 1)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="11">',
           f'<rect width="{w}" height="{h}" fill="white"/>']
    tick = 0.0
    while tick <= hi + 1e-9:
        out.append(f'<line x1="{left}" x2="{w - right}" y1="{yy(tick):.1f}" y2="{yy(tick):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{yy(tick) + 4:.1f}" text-anchor="end">{tick:g}</text>')
        tick += 1.0
    for year in range(years[0] + (-years[0]) % 2, years[-1] + 1, 2):
        out.append(f'<text x="{x(year):.1f}" y="{h - bottom + 16}" text-anchor="middle">{year}</text>')
    colors = {"province": "#c0392b", "city": "#2471a3"}
    labels = {"province": "provinces over the nation", "city": "cities over their province"}
    for level, series in by.items():
        runs, prev = [], None
        for y in sorted(series):
            if prev is None or y != prev + 1:
                runs.append([])
            runs[-1].append(y)
            prev = y
        for run in runs:
            pts = " ".join(f"{x(y):.1f},{yy(sum(series[y]) / len(series[y])):.1f}" for y in run)
            out.append(f'<polyline fill="none" stroke="{colors[level]}" stroke-width="2" points="{pts}"/>')
            for y in run:
                out.append(f'<circle cx="{x(y):.1f}" cy="{yy(sum(series[y]) / len(series[y])):.1f}" r="2.5" fill="{colors[level]}"/>')
        last = max(series)
        v = series[last]
        out.append(f'<text x="{x(last) + 6:.1f}" y="{yy(sum(v) / len(v)) + 4:.1f}" fill="{colors[level]}">{labels[level]}</text>')
    out.append(f'<text x="{left}" y="{h - 4}">mean markup of GDP growth targets, percentage points (years with 3 rows or more)</text>')
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--svg")
    args = ap.parse_args()
    rows = list(csv.DictReader(sys.stdin.read().lstrip("\ufeff").splitlines()))
    by = means(rows)
    years = sorted({y for lv in by.values() for y in lv})
    print("| year | provinces | mean markup (pp) | above the nation | cities | mean markup (pp) | above the province |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for y in years:
        cells = [str(y)]
        for level in ("province", "city"):
            v = by[level].get(y, [])
            cells += [str(len(v)), f"{sum(v) / len(v):+.2f}" if v else "", f"{100 * sum(m > 0 for m in v) / len(v):.0f} %" if v else ""]
        print("| " + " | ".join(cells) + " |")
    if args.svg:
        svg(by, args.svg)


if __name__ == "__main__":
    main()
