// A timeseries from GET /api/v1/facts/timeseries as an inline SVG bar chart (sum per period, one unit).

import { formatValue } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 720, H = 280, PAD = { left: 90, right: 16, top: 16, bottom: 48 };

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Short axis labels: 50.9B, 320M, 1.2K. */
function compact(v) {
  return new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(v);
}

/**
 * Draws the points of one unit (the unit with most points when several are present) and returns a
 * sentence describing what is shown.
 */
export function drawChart(area, series) {
  area.replaceChildren();
  const points = series.points || [];
  if (points.length === 0) return 'No facts match these filters.';
  const byUnit = Map.groupBy ? Map.groupBy(points, p => p.unit) : group(points);
  const [unit, shown] = [...byUnit.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  const others = [...byUnit.keys()].filter(u => u !== unit);

  const max = (Math.max(...shown.map(p => Number(p.sum)), 0) || 1) * 1.1; // headroom above the tallest bar
  const plotW = W - PAD.left - PAD.right, plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / shown.length, barW = Math.min(60, slot * 0.7);
  const y = v => PAD.top + plotH - (v / max) * plotH;

  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart',
    'aria-label': `Sum of ${unit} per ${series.granularity}` });
  chart.append(svg('title', {}, `Sum of ${unit} per ${series.granularity}`));
  for (const t of [0, 0.5, 1]) {
    chart.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(max * t), y2: y(max * t), class: 'grid' }));
    chart.append(svg('text', { x: PAD.left - 8, y: y(max * t) + 4, 'text-anchor': 'end' }, compact(max * t)));
  }
  shown.forEach((p, i) => {
    const x = PAD.left + i * slot + (slot - barW) / 2;
    const bar = svg('rect', { x, y: y(Number(p.sum)), width: barW, height: PAD.top + plotH - y(Number(p.sum)), class: 'bar' });
    bar.append(svg('title', {}, `${p.period}: ${formatValue(p.sum)} ${unit} (${p.count} fact${p.count === 1 ? '' : 's'})`));
    chart.append(bar);
    chart.append(svg('text', { x: x + barW / 2, y: H - PAD.bottom + 18, 'text-anchor': 'middle' }, p.period));
  });
  chart.append(svg('text', { x: PAD.left, y: H - 8 }, `${unit}, sum per ${series.granularity}`));
  area.append(chart);
  return others.length ? `Showing ${unit}; also found ${others.join(', ')} (enter one as the unit to see it).` : '';
}

function group(points) {
  const m = new Map();
  for (const p of points) m.set(p.unit, [...(m.get(p.unit) || []), p]);
  return m;
}

export function chartUnavailable(area) {
  area.replaceChildren();
  return 'Charts need GET /api/v1/facts/timeseries, which this server does not offer yet.';
}
