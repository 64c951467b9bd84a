// The submitted article with every figure marked, and a tooltip with the figure's normalised reading.

import { el, factDetails } from './format.js';

/**
 * Fills `container` with `text`, wrapping each fact's [start, end) in a <mark>. Offsets are UTF-16
 * indices, the same as JavaScript string indices. A span overlapping an earlier one is left unmarked.
 */
export function renderArticle(container, text, facts) {
  container.replaceChildren();
  const ordered = [...facts].sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const fact of ordered) {
    if (fact.start < at || fact.end > text.length || fact.end <= fact.start) continue;
    container.append(text.slice(at, fact.start));
    container.append(el('mark', {
      class: `fact kind-${String(fact.kind).toLowerCase()}`,
      tabindex: '0',
      'data-fact-id': fact.id,
      'aria-label': `${text.slice(fact.start, fact.end)}: ${factDetails(fact).map(([k, v]) => `${k} ${v}`).join('; ')}`,
    }, text.slice(fact.start, fact.end)));
    at = fact.end;
  }
  container.append(text.slice(at));
}

/** Shows the details of the fact under the pointer or keyboard focus in the `tooltip` element. */
export function attachTooltip(container, tooltip, factById) {
  const show = event => {
    const mark = event.target.closest('mark.fact');
    if (!mark) return;
    const fact = factById(Number(mark.dataset.factId));
    if (!fact) return;
    tooltip.replaceChildren(el('dl', {}, ...factDetails(fact).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])));
    const box = mark.getBoundingClientRect();
    tooltip.style.left = `${window.scrollX + box.left}px`;
    tooltip.style.top = `${window.scrollY + box.bottom + 6}px`;
    tooltip.hidden = false;
    mark.setAttribute('aria-describedby', 'tooltip');
  };
  const hide = event => {
    if (event.target.closest?.('mark.fact')) tooltip.hidden = true;
  };
  container.addEventListener('mouseover', show);
  container.addEventListener('focusin', show);
  container.addEventListener('mouseout', hide);
  container.addEventListener('focusout', hide);
  document.addEventListener('keydown', e => { if (e.key === 'Escape') tooltip.hidden = true; });
}
