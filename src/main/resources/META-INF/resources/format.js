// How facts read for people: values with thousands separators, qualifiers in words.

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

export function formatValue(value) {
  return value === null || value === undefined ? '' : number.format(Number(value));
}

const APPROX = {
  EXACT: '', ABOUT: 'about', MORE_THAN: 'more than', LESS_THAN: 'less than', NEARLY: 'nearly',
  AT_LEAST: 'at least', AT_MOST: 'at most',
};

const BASIS = {
  YEAR_ON_YEAR: 'year-on-year', QUARTER_ON_QUARTER: 'quarter-on-quarter',
  MONTH_ON_MONTH: 'month-on-month', PREVIOUS_PERIOD: 'on the previous period',
};

export function formatApprox(a) {
  return APPROX[a] ?? (a || '').toLowerCase().replaceAll('_', ' ');
}

export function formatChange(change) {
  if (!change) return '';
  const way = change.direction === 'DECREASE' ? 'down' : 'up';
  return change.basis ? `${way} ${BASIS[change.basis] ?? change.basis}` : way;
}

/** "about 50,900,000,000 CNY" */
export function formatAmount(fact) {
  return [formatApprox(fact.approximation), formatValue(fact.value), fact.unit].filter(Boolean).join(' ');
}

export function formatEntities(entities) {
  return (entities || []).map(e => (e.type ? `${e.name} (${e.type.toLowerCase()})` : e.name)).join(', ');
}

/** The lines of a fact's tooltip: label, then text. */
export function factDetails(fact) {
  return [
    ['Value', formatAmount(fact)],
    ['Kind', fact.kind],
    ['Change', formatChange(fact.change)],
    ['Period', fact.period?.label],
    ['Subject', fact.subject],
    ['Category', fact.category],
    ['Entities', formatEntities(fact.entities)],
    ['Rule', fact.rule],
  ].filter(([, v]) => v);
}

/** An element with text content (never HTML: article text is untrusted). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'tabindex' || k === 'lang') {
      node.setAttribute(k, v);
    } else node[k] = v;
  }
  for (const c of children) node.append(c ?? '');
  return node;
}

/** The fact's sentence as nodes, with the figure's own text marked (its first occurrence). */
export function markedSentence(fact) {
  const sentence = fact.sentence || fact.text;
  const at = sentence.indexOf(fact.text);
  if (at < 0) return [sentence];
  return [sentence.slice(0, at), el('mark', { class: `fact kind-${String(fact.kind).toLowerCase()}` }, fact.text),
    sentence.slice(at + fact.text.length)];
}
