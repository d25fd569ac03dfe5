// Charts by week with chart.js (the webjar's UMD build, loaded by the page as window.Chart), each labelled for
// assistive technology and doubled by a visually hidden data table with the same numbers.
import { element, figure, show, table } from './common.js';

const COLOURS = ['#0b5cad', '#b26a00', '#1f6f3f', '#7b2d8e'];
const drawn = new Map();

/**
 * Draws (or redraws) the chart named by `name` (canvas chart-<name>, table holder table-<name>).
 * series: [{ label, values, kind?: 'bar' | 'line', stack? }]; format(value) gives the text a value is shown as,
 * on the axis, in tooltips and in the table; the table's cells carry the API's raw value in data-value.
 * wholeNumbers: the values are counts, so the axis ticks whole numbers only.
 * tableOnly: more columns for the table, [{ label, values, format }], figures that do not share the chart's scale.
 */
export function weeklyChart(name, {
  title, weeks, series, format, stacked = false, max = undefined, wholeNumbers = true, tableOnly = [],
}) {
  const canvas = document.getElementById(`chart-${name}`);
  canvas.setAttribute('aria-label', `${title}, by week from ${weeks[0]} to ${weeks[weeks.length - 1]}: `
    + series.map((one) => `${one.label}, latest ${format(one.values[one.values.length - 1])}`).join('; ')
    + '. The table below the chart has every week.');
  drawn.get(name)?.destroy();
  drawn.set(name, new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: weeks,
      datasets: series.map((one, index) => ({
        type: one.kind ?? 'bar',
        label: one.label,
        data: one.values,
        stack: one.stack,
        backgroundColor: COLOURS[index % COLOURS.length],
        borderColor: COLOURS[index % COLOURS.length],
        spanGaps: false,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked },
        y: {
          stacked, beginAtZero: true, max,
          ticks: { precision: wholeNumbers ? 0 : undefined, callback: (value) => format(value) },
        },
      },
      plugins: {
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${format(item.raw)}` } },
      },
    },
  }));
  const columns = [...series.map((one) => ({ ...one, format })), ...tableOnly];
  show(`table-${name}`, table({ 'data-testid': `table-${name}` }, `${title} by week`,
    ['Week', ...columns.map((column) => column.label)],
    weeks.map((week, row) => [week, ...columns.map((column, index) => figure(
      `${name}-${week}-${index}`, column.values[row], column.format(column.values[row])))])));
}

/** A definition list of headline figures: [{ testId, label, value, text }]. */
export function figureList(id, figures) {
  show(id, figures.map(({ testId, label, value, text }) => element('div', {},
    element('dt', {}, label), element('dd', {}, figure(testId, value, text)))));
}
