// A bilingual document's disagreements: English figure | Chinese figure | what differs.

import { el, formatAmount, formatChange } from './format.js';

function side(fact) {
  if (!fact) return el('td', { class: 'missing' }, '(no figure)');
  const extra = [fact.period?.label, formatChange(fact.change)].filter(Boolean).join(', ');
  return el('td', { lang: fact.language },
    el('q', {}, fact.text), el('br'), formatAmount(fact), extra ? ` (${extra})` : '');
}

export function renderDiscrepancies(section, rows) {
  const body = section.querySelector('tbody');
  body.replaceChildren(...rows.map(d => el('tr', {},
    side(d.english), side(d.chinese),
    el('td', {}, el('strong', {}, d.reasons.map(r => r.toLowerCase().replace('_', ' ')).join(', ')),
      d.detail ? el('br') : '', d.detail || ''))));
  section.querySelector('#disc-table').hidden = rows.length === 0;
  section.querySelector('#disc-note').textContent = rows.length === 0
    ? 'Both languages state the same figures.'
    : rows.length === 1 ? '1 figure differs or has no counterpart.' : `${rows.length} figures differ or have no counterpart.`;
  section.hidden = false;
}
