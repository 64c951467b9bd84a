// The series picker: category, unit or currency, entity, subject and granularity; the chart of that
// measure; the facts behind the point under the pointer or keyboard focus.

import { api } from './api.js';
import { day, drawSeries } from './chart.js';
import { el, formatAmount, formatValue, markedSentence } from './format.js';
import { fillForm, formValues, readParams, writeParams } from './url.js';

const DAY = 86_400_000;

/** Period labels of each granularity (the API's own shapes: 2020, 2020-H1, 2020-Q3, 2020-07). */
const LABELS = {
  year: /^\d{4}$/, half: /^\d{4}-H[12]$/, quarter: /^\d{4}-Q[1-4]$/, month: /^\d{4}-(0[1-9]|1[0-2])$/,
};

const words = s => (s || '').toLowerCase().replaceAll('_', ' ');

/**
 * Among the summary groups (category, unit, period), the measure with the most periods of one
 * granularity: {category, unit, granularity, points}, or null.
 */
export function bestSeries(groups) {
  const series = new Map();
  for (const g of groups) {
    const { category, unit, period } = g.key;
    if (!category || !unit || !period) continue;
    const k = `${category}|${unit}`;
    if (!series.has(k)) series.set(k, { category, unit, periods: Object.fromEntries(Object.keys(LABELS).map(n => [n, new Set()])) });
    for (const [name, re] of Object.entries(LABELS)) if (re.test(period)) series.get(k).periods[name].add(period);
  }
  let best = null;
  for (const s of series.values()) {
    for (const granularity of Object.keys(LABELS)) {
      const points = s.periods[granularity].size;
      if (points > 0 && (!best || points > best.points)) best = { category: s.category, unit: s.unit, granularity, points };
    }
  }
  return best;
}

export function seriesView({ form, unitSelect, area, caption, note, detail, openDocument, documentTitle }) {
  let shown = null; // {filters, unit, mode, points}
  let latest = 0;
  const factCache = new Map();

  async function loadUnits() {
    const category = form.elements.category.value;
    const chosen = unitSelect.value;
    try {
      const { groups } = await api.summary({ groupBy: 'unit', category });
      const options = groups.filter(g => g.key.unit).slice(0, 60)
        .map(g => new Option(`${g.key.unit} (${words(g.kind)}, ${g.count})`, g.key.unit));
      unitSelect.replaceChildren(new Option('most frequent', ''), ...options);
      if (chosen && ![...unitSelect.options].some(o => o.value === chosen)) unitSelect.append(new Option(chosen, chosen));
      unitSelect.value = chosen;
    } catch { /* the picker still works with what it has */ }
  }

  /** Facts with exactly this period in the shown series (repeats left out, as the sums leave them out). */
  async function factsBehind(point) {
    if (point.facts) return point.facts;
    const key = JSON.stringify([shown.filters, shown.unit, point.period]);
    if (!factCache.has(key)) {
      factCache.set(key, api.facts({ ...shown.filters, unit: shown.unit, period: point.period, size: 50, sort: '-value' })
        .then(r => r.items.filter(f => f.sameAs == null && f.rangeOf == null)));
    }
    return factCache.get(key);
  }

  async function showDetail(point) {
    const mine = ++latest;
    detail.hidden = false;
    detail.replaceChildren(el('p', { class: 'meta' }, `${point.period}: loading the facts behind this point…`));
    let facts;
    try {
      facts = await factsBehind(point);
    } catch (e) {
      if (mine === latest) detail.replaceChildren(el('p', { class: 'error' }, e.describe ? e.describe() : String(e)));
      return;
    }
    const titles = await Promise.all(facts.map(f => documentTitle(f.documentId)));
    if (mine !== latest) return;
    const heading = shown.mode === 'sum'
      ? `${point.period}: ${formatValue(point.value)} ${shown.unit}, the sum of ${facts.length} fact${facts.length === 1 ? '' : 's'}`
      : `${point.period}: ${formatValue(point.value)} ${shown.unit} as reported${point.latest ? ' (latest for this period)' : ''}`;
    detail.replaceChildren(el('h3', {}, heading), el('ul', { class: 'behind' }, ...facts.map((f, i) => el('li', {},
      el('strong', {}, formatAmount(f)), f.period ? ` · ${f.period.label}` : '', ' · in ',
      el('cite', {}, titles[i]), ' ',
      el('button', { type: 'button', class: 'link', onclick: () => openDocument(f.documentId) }, `Open document #${f.documentId}`),
      el('blockquote', { lang: f.language }, ...markedSentence(f))))));
  }

  async function open(point) {
    const facts = await factsBehind(point);
    if (facts.length) openDocument(facts[0].documentId);
  }

  /** Percentages: each reported value is a dot; the same value in the same period is one dot. */
  async function reportedPoints(filters, unit, granularity) {
    const page = await api.facts({ ...filters, unit, size: 200, sort: 'period' });
    const facts = page.items.filter(f => f.sameAs == null && f.rangeOf == null && f.period && LABELS[granularity].test(f.period.label));
    const byPoint = new Map();
    for (const f of facts) {
      const k = `${f.period.label}|${f.value}`;
      if (!byPoint.has(k)) {
        byPoint.set(k, { period: f.period.label, start: day(f.period.start), end: day(f.period.end) + DAY,
          value: Number(f.value), facts: [] });
      }
      byPoint.get(k).facts.push(f);
    }
    const points = [...byPoint.values()];
    const newest = new Map(); // the latest reported value of a period: the most recently stored fact
    for (const p of points) {
      const id = Math.max(...p.facts.map(f => f.id));
      if (!newest.has(p.period) || id > newest.get(p.period).id) newest.set(p.period, { id, p });
    }
    for (const { p } of newest.values()) p.latest = true;
    for (const p of points) p.label = `${p.period}: ${formatValue(p.value)}${unit === '%' ? ' %' : ` ${unit}`}, `
      + `reported by ${p.facts.length} fact${p.facts.length === 1 ? '' : 's'}`;
    return { points, truncated: page.total > page.items.length };
  }

  /** Percentages, one dot per statistic at its agreed (or latest) value. */
  async function statisticPoints(filters, unit, granularity) {
    const page = await api.statistics({ ...filters, unit, size: 200, sort: 'period' });
    const points = page.items.filter(s => s.period && LABELS[granularity].test(s.period.label)).map(s => ({
      period: s.period.label, start: day(s.period.start), end: day(s.period.end) + DAY, value: Number(s.value),
      latest: true,
      label: `${s.period.label}: ${formatValue(s.value)}${unit === '%' ? ' %' : ` ${unit}`}, one statistic reported by `
        + `${s.reports} fact${s.reports === 1 ? '' : 's'}${s.conflict ? ' that disagree' : ''}`,
    }));
    return { points, truncated: page.total > page.items.length };
  }

  async function draw() {
    const values = formValues(form);
    writeParams('series.', values);
    const { granularity = 'year', unit: wanted, perStatistic, ...filters } = values;
    const once = perStatistic === 'true'; // each statistic once, however many articles report it
    detail.hidden = true;
    const { points: all } = await (once ? api.statisticTimeseries : api.timeseries)({ ...filters, unit: wanted, granularity });
    if (all.length === 0) {
      area.replaceChildren();
      caption.textContent = '';
      note.textContent = `No facts with a ${granularity} as their period match this series. Try another granularity or fewer filters.`;
      shown = null;
      return;
    }
    const byUnit = new Map();
    for (const p of all) byUnit.set(p.unit, [...(byUnit.get(p.unit) || []), p]);
    const [unit, ofUnit] = [...byUnit.entries()].sort((a, b) => b[1].length - a[1].length)[0];
    const others = [...byUnit.keys()].filter(u => u !== unit);
    const percent = ofUnit[0].kind === 'PERCENT';
    let points, truncated = false;
    const counted = once ? 'statistic' : 'fact';
    if (percent && once) {
      ({ points, truncated } = await statisticPoints(filters, unit, granularity));
    } else if (percent) {
      ({ points, truncated } = await reportedPoints(filters, unit, granularity));
    } else {
      points = ofUnit.map(p => ({ period: p.period, start: day(p.start), end: day(p.end) + DAY, value: Number(p.sum),
        count: p.count, label: `${p.period}: ${formatValue(p.sum)} ${unit}, sum of ${p.count} ${counted}${p.count === 1 ? '' : 's'}` }));
    }
    shown = { filters, unit, mode: percent ? 'reported' : 'sum', points };
    const what = [filters.category ? words(filters.category) : 'all categories', filters.entity, filters.subject && `“${filters.subject}”`]
      .filter(Boolean).join(', ');
    const title = (percent
      ? `${what}: ${unit} as reported, per ${granularity} (never summed; the line joins the latest value of each ${granularity})`
      : `${what}: ${unit}, sum per ${granularity}`) + (once ? ', one point per statistic' : '');
    caption.textContent = title;
    drawSeries(area, { points, unit, mode: shown.mode, title }, { onFocus: showDetail, onOpen: open });
    note.textContent = [
      `${points.length} point${points.length === 1 ? '' : 's'}. Point at or tab to a ${percent ? 'dot' : 'bar'} for the facts behind it; click or press Enter to open its document.`,
      others.length ? `Also found in ${others.join(', ')}: choose one as the unit to see it.` : '',
      truncated ? 'Only the first 200 reported values are drawn; narrow the filters to see all.' : '',
    ].filter(Boolean).join(' ');
  }

  async function drawSafely() {
    try {
      await draw();
    } catch (e) {
      area.replaceChildren();
      note.textContent = `Chart: ${e.describe ? e.describe() : e}`;
    }
  }

  /** On open: the series in the address, else the money measure with the most points, else what to do. */
  async function start() {
    const fromUrl = readParams('series.');
    if (fillForm(form, fromUrl)) {
      await loadUnits();
      fillForm(form, fromUrl);
      return drawSafely();
    }
    try {
      const best = bestSeries((await api.summary({ groupBy: 'category,unit,period', kind: 'MONEY' })).groups)
        || bestSeries((await api.summary({ groupBy: 'category,unit,period' })).groups);
      if (!best) {
        const { total } = await api.facts({ size: 1 });
        area.replaceChildren();
        note.textContent = total === 0
          ? 'No facts are stored yet. Read an article below (paste its text or load a .txt file): its figures are stored and the series with the most points is charted here.'
          : 'None of the stored facts refers to one year, half, quarter or month yet, so there is no series to chart. The facts table lists them all.';
        await loadUnits();
        return;
      }
      fillForm(form, { category: best.category, granularity: best.granularity });
      await loadUnits();
      fillForm(form, { unit: best.unit });
      await drawSafely();
    } catch (e) {
      note.textContent = `Chart: ${e.describe ? e.describe() : e}`;
    }
  }

  form.addEventListener('submit', e => { e.preventDefault(); drawSafely(); });
  form.elements.category.addEventListener('change', loadUnits);
  return { start, redraw: () => { factCache.clear(); return shown ? drawSafely() : start(); } };
}
