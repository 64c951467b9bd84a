// Statistics whose reports disagree: what is measured | period | the readings side by side | reports,
// and under the table the reports of the one asked for (document, date, value, sentence).

import { api } from './api.js';
import { el, formatValue } from './format.js';

export function conflictsView({ table, note, detail, openDocument }) {
  async function showReports(statistic) {
    detail.hidden = false;
    detail.replaceChildren(el('p', { class: 'meta' }, 'Loading the reports…'));
    try {
      const { reports } = await api.statistic(statistic.id);
      detail.replaceChildren(el('h3', {}, `${statistic.subject || statistic.category}: ${reports.length} reports`),
        el('ul', { class: 'behind' }, ...reports.map(r => el('li', {},
          el('strong', {}, `${formatValue(r.value)} ${statistic.unit || ''}`), r.agrees ? '' : ' (disagrees)',
          ' · ', el('cite', {}, r.documentTitle || `document #${r.documentId}`), r.publishedAt ? ` · ${r.publishedAt} ` : ' ',
          el('button', { type: 'button', class: 'link', onclick: () => openDocument(r.documentId) }, `Open document #${r.documentId}`),
          el('blockquote', { lang: r.language }, r.sentence)))));
    } catch (e) {
      detail.replaceChildren(el('p', { class: 'error' }, e.describe ? e.describe() : String(e)));
    }
  }

  async function load() {
    try {
      const page = await api.statistics({ conflict: 'true', size: 50 });
      const body = table.querySelector('tbody');
      body.replaceChildren(...page.items.map(s => el('tr', {},
        el('td', {}, s.subject || s.category, s.entities.length ? ` (${s.entities.join(', ')})` : ''),
        el('td', {}, s.period ? s.period.label : ''),
        el('td', {}, s.values.map(v => `${formatValue(v)} ${s.unit || ''}`).join(' | ')),
        el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => showReports(s) },
          `${s.reports} in ${s.documents} document${s.documents === 1 ? '' : 's'}`)))));
      table.hidden = page.items.length === 0;
      note.textContent = page.items.length === 0 ? 'No statistic is reported with disagreeing values.'
        : `${page.total}${page.totalExact ? '' : '+'} statistic${page.total === 1 ? '' : 's'} with disagreeing reports.`;
    } catch (e) {
      note.textContent = `Conflicts: ${e.describe ? e.describe() : e}`;
    }
  }

  return { start: load, load };
}
