// One series as an inline SVG on a true time axis: a period sits where it falls in time, so 1985,
// 1986 and 2017 are not drawn side by side. Sums (money, counts, quantities) are bars as wide as their
// period; percentages are dots at the reported values, never added up, with a line through the latest
// reported value of each period. Each bar or dot is focusable and reports focus and activation.

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Milliseconds of a day 'YYYY-MM-DD' at 00:00 UTC. */
export function day(iso) {
  return Date.parse(`${iso}T00:00:00Z`);
}

const compactFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** Axis labels: 50.9B, 320M, 1.2K; percentages as 15%. */
export function compact(v, unit) {
  return unit === '%' ? `${compactFormat.format(v)}%` : compactFormat.format(v);
}

/** A round step giving about `count` intervals over `range`: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(range, count) {
  const raw = range / count || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map(m => m * power).find(s => s >= raw);
}

/** Ticks on the time axis: years (every 1, 2, 5, … years) for long spans, months otherwise. */
function timeTicks(t0, t1, maxTicks) {
  const ticks = [];
  const years = (t1 - t0) / YEAR;
  if (years > 2) {
    const step = [1, 2, 5, 10, 20, 25, 50, 100].find(s => years / s <= maxTicks) || 100;
    const first = Math.ceil(new Date(t0).getUTCFullYear() / step) * step;
    for (let y = first; Date.UTC(y, 0, 1) <= t1; y += step) {
      const at = Date.UTC(y, 0, 1);
      // with one year a step the label sits under the middle of its year, where that year's bar is
      const labelAt = step === 1 ? Date.UTC(y, 6, 1) : at;
      if (at >= t0) ticks.push({ at, labelAt: Math.min(labelAt, t1), label: String(y) });
    }
  } else {
    const months = (t1 - t0) / (YEAR / 12);
    const step = [1, 2, 3, 6, 12].find(s => months / s <= maxTicks) || 12;
    const start = new Date(t0);
    let m = Math.ceil((start.getUTCFullYear() * 12 + start.getUTCMonth()) / step) * step;
    for (; Date.UTC(Math.floor(m / 12), m % 12, 1) <= t1; m += step) {
      const at = Date.UTC(Math.floor(m / 12), m % 12, 1);
      const label = `${Math.floor(m / 12)}-${String(m % 12 + 1).padStart(2, '0')}`;
      if (at >= t0) ticks.push({ at, labelAt: at, label });
    }
  }
  return ticks;
}

/**
 * Draws `series` into `area`. A point is {period, start, end (ms, end exclusive), value, label, latest?}.
 * `series.mode` is 'sum' (bars) or 'reported' (dots). Calls onFocus(point, node) on hover or keyboard
 * focus and onOpen(point) on click, Enter or Space.
 */
export function drawSeries(area, series, { onFocus, onOpen }) {
  area.replaceChildren();
  const { points, unit, mode, title } = series;
  const W = Math.max(320, Math.min(760, Math.round(area.clientWidth || 760)));
  const H = W < 500 ? 240 : 300;
  const PAD = { left: W < 500 ? 48 : 68, right: 14, top: 14, bottom: 36 };
  const plotW = W - PAD.left - PAD.right, plotH = H - PAD.top - PAD.bottom;

  let t0 = Math.min(...points.map(p => p.start)), t1 = Math.max(...points.map(p => p.end));
  if (mode === 'reported') { // dots at period midpoints: leave a little room at both ends
    const pad = Math.max((t1 - t0) * 0.03, 15 * DAY);
    t0 -= pad; t1 += pad;
  }
  const x = t => PAD.left + ((t - t0) / (t1 - t0 || 1)) * plotW;

  const values = points.map(p => p.value);
  let lo = Math.min(0, ...values), hi = Math.max(0, ...values);
  if (hi === lo) hi = lo + 1;
  const step = niceStep(hi - lo, 4);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil((hi * 1.05) / step) * step;
  const y = v => PAD.top + plotH - ((v - lo) / (hi - lo)) * plotH;

  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: 'chart', role: 'group',
    'aria-label': title });
  chart.append(svg('title', {}, title));
  for (let v = lo; v <= hi + step / 2; v += step) {
    chart.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: v === 0 ? 'axis' : 'grid' }));
    chart.append(svg('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, compact(v, unit)));
  }
  for (const tick of timeTicks(t0, t1, Math.max(3, Math.floor(plotW / 70)))) {
    chart.append(svg('line', { x1: x(tick.at), x2: x(tick.at), y1: PAD.top + plotH, y2: PAD.top + plotH + 5, class: 'axis' }));
    const at = x(tick.labelAt); // a label at either end stays inside the drawing
    const anchor = at + 18 > W ? 'end' : at - 18 < 0 ? 'start' : 'middle';
    chart.append(svg('text', { x: at, y: PAD.top + plotH + 20, 'text-anchor': anchor, class: 'tick' }, tick.label));
  }

  if (mode === 'reported') {
    const latest = points.filter(p => p.latest).sort((a, b) => a.start - b.start);
    if (latest.length > 1) {
      chart.append(svg('polyline', { class: 'line',
        points: latest.map(p => `${x((p.start + p.end) / 2)},${y(p.value)}`).join(' ') }));
    }
  }
  for (const p of points) {
    const node = svg('g', { class: 'point', tabindex: '0', role: 'button', 'aria-label': p.label,
      'data-period': p.period, 'data-value': String(p.value) });
    if (mode === 'sum') {
      const left = x(p.start) + 1, width = Math.max(3, x(p.end) - x(p.start) - 2);
      node.append(svg('rect', { x: left, width, y: Math.min(y(p.value), y(0)), height: Math.abs(y(0) - y(p.value)) || 1,
        class: 'bar' }));
    } else {
      node.append(svg('circle', { cx: x((p.start + p.end) / 2), cy: y(p.value), r: 6, class: p.latest ? 'dot latest' : 'dot' }));
    }
    node.append(svg('title', {}, p.label));
    const focus = () => onFocus(p, node);
    node.addEventListener('mouseenter', focus);
    node.addEventListener('focus', focus);
    node.addEventListener('click', () => onOpen(p));
    node.addEventListener('keydown', e => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onOpen(p);
      }
    });
    chart.append(node);
  }
  area.append(chart);
}
