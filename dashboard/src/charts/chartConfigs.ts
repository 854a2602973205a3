import { Chart } from 'chart.js';
import type { ChartConfiguration } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { enGB, nl } from 'date-fns/locale';
import type { Translate } from '../i18n/translate.js';
import { paletteColor, quantityValue } from '../lib/chartData.js';
import type { MoneyBand } from '../lib/chartData.js';
import type { MentionMark, QuantitySteps } from '../lib/chartMarks.js';
import { labelRows } from '../lib/labelRows.js';
import type { DayMarker } from '../lib/markers.js';
import { formatAmount } from '../lib/money.js';

// The Chart.js configurations of the charts view's line charts (here beside setup.ts, whose
// plugin registration types the annotation options): pure functions of the data, the
// axis span and the messages, so the component only wires them to its state.

/** Local midnight of a day, as the date adapter reads days on the time axis. */
function dayMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

const points = (ps: { x: string; y: number }[]) => ps.map((p) => ({ x: dayMs(p.x), y: p.y }));

/**
 * What possibly happened (a date window that has begun) on a line: a pale band from the dataset
 * before it (the line of what surely happened) up to `possible`.
 */
const possibleBand = (
  t: Translate,
  label: string,
  possible: { x: string; y: number }[],
  color: string,
) => ({
  label: t('chartMarks.possibleBand', { values: { label } }),
  data: points(possible),
  borderColor: `${color}99`,
  backgroundColor: `${color}14`,
  borderWidth: 1,
  borderDash: [3, 3],
  pointRadius: 0,
  stepped: 'after' as const,
  fill: '-1',
});

/** The days a time axis spans. */
export interface AxisSpan {
  min: string;
  max: string;
}

/** Time axis options shared by the line charts. */
const timeAxis = (range: AxisSpan) => ({
  type: 'time' as const,
  min: dayMs(range.min),
  max: dayMs(range.max),
  time: { tooltipFormat: 'd MMM yyyy' },
  ticks: { maxRotation: 0, autoSkipPadding: 24 },
});

/** Charts narrower than this draw no annotation labels (the lists beside them name the marks). */
const LABELS_FROM_WIDTH = 560;
/** Vertical distance between label rows, px. */
const ROW_HEIGHT = 22;

/**
 * The label row of each of a chart's annotation labels (see labelRows: no label covers another;
 * -1 draws none), measured with the canvas's own text metrics and computed again only when the
 * chart's width or time range changes. Labels are drawn bold at 11 px, 6 px padding each side.
 */
function labelRowsOf(days: readonly string[], texts: readonly string[]) {
  let key = '';
  let rows: number[] = [];
  return (chart: Chart): number[] => {
    const x = chart.scales['x'];
    if (!x) return rows;
    const now = `${chart.width}:${x.min}:${x.max}`;
    if (now !== key) {
      key = now;
      const ctx = chart.ctx;
      ctx.save();
      ctx.font = `bold 11px ${Chart.defaults.font.family ?? 'sans-serif'}`;
      const widths = texts.map((t) => ctx.measureText(t).width + 12);
      // A label near an edge is drawn moved inside the chart area: place it where it is drawn.
      const { left, right } = chart.chartArea;
      const centres = days.map((d, i) => {
        const half = widths[i]! / 2;
        return Math.min(Math.max(x.getPixelForValue(dayMs(d)), left + half), right - half);
      });
      rows = labelRows(centres, widths);
      ctx.restore();
    }
    return rows;
  };
}

/** Vertical lines with a label each, laid out in rows so that no label covers another. */
function labelledLines(
  marks: readonly { day: string; label: string; color: string }[],
  idPrefix: string,
  position: 'start' | 'end',
  dash: number[],
): Record<string, AnnotationOptions> {
  const rowsOf = labelRowsOf(
    marks.map((m) => m.day),
    marks.map((m) => m.label),
  );
  const row = (chart: Chart, i: number) =>
    chart.width >= LABELS_FROM_WIDTH ? (rowsOf(chart)[i] ?? -1) : -1;
  return Object.fromEntries(
    marks.map((m, i): [string, AnnotationOptions] => [
      `${idPrefix}${i}`,
      {
        type: 'line',
        scaleID: 'x',
        value: dayMs(m.day),
        borderColor: m.color,
        borderWidth: 1.5,
        borderDash: dash,
        label: {
          display: (ctx) => row(ctx.chart, i) >= 0,
          content: m.label,
          position,
          yAdjust: (ctx) =>
            Math.max(0, row(ctx.chart, i)) * (position === 'start' ? 1 : -1) * ROW_HEIGHT,
          backgroundColor: m.color,
          font: { size: 11 },
        },
      },
    ]),
  );
}

/** The money mentions (statements that name money, never summed) as labelled lines at the foot of the money chart. */
export function mentionAnnotations(
  mentions: readonly MentionMark[],
  t: Translate,
): Record<string, AnnotationOptions> {
  return labelledLines(
    mentions.map((m) => ({
      day: m.day,
      label: t('chartMarks.mentionLabel', { values: { wording: m.wording } }),
      color: '#6b7280',
    })),
    'mention',
    'end',
    [2, 3],
  );
}

/**
 * One currency's money chart: per band its low end (dashed), its high end filled down to the
 * low end (what surely happened), and a pale band above up to what possibly happened; the
 * record's day markers and the money mentions as vertical lines.
 */
export function moneyChartConfig(o: {
  bands: MoneyBand[];
  currency: string;
  range: AxisSpan;
  lang: 'nl' | 'en';
  t: Translate;
  markers: DayMarker[];
  /** further annotations (the mentions), keyed by name */
  annotations: Record<string, AnnotationOptions>;
}): ChartConfiguration {
  const { currency, t } = o;
  const bands = o.bands.filter((b) => (b.currency || 'EUR') === currency);
  // Low ends are drawn but not listed in the legend (their band is).
  const lowLabels = new Set(
    bands.map((b) => t('chartMarks.lowEnd', { values: { label: b.label } })),
  );
  return {
    type: 'line',
    data: {
      datasets: bands.flatMap((b) => [
        {
          label: t('chartMarks.lowEnd', { values: { label: b.label } }),
          data: points(b.low),
          borderColor: b.color,
          borderWidth: 1.5,
          borderDash: [5, 3],
          pointRadius: 2,
          stepped: 'after' as const,
          fill: false,
        },
        {
          label: b.label,
          data: points(b.high),
          borderColor: b.color,
          backgroundColor: `${b.color}33`,
          borderWidth: 2,
          pointRadius: 3,
          stepped: 'after' as const,
          fill: '-1',
        },
        possibleBand(t, b.label, b.possible, b.color),
      ]),
    },
    options: {
      scales: {
        // Month names on the axis and in tooltips in the UI's language.
        x: { ...timeAxis(o.range), adapters: { date: { locale: o.lang === 'nl' ? nl : enGB } } },
        y: { beginAtZero: true, ticks: { callback: (v) => formatAmount(Number(v), currency) } },
      },
      plugins: {
        legend: { labels: { filter: (item) => !lowLabels.has(item.text) } },
        tooltip: {
          callbacks: {
            label: (ctx) => `${ctx.dataset.label}: ${formatAmount(Number(ctx.parsed.y), currency)}`,
          },
        },
        annotation: {
          annotations: {
            ...o.annotations,
            ...labelledLines(o.markers, 'm', 'start', [4, 4]),
          },
        },
      },
    },
  };
}

/** One unit's quantity chart: per line what surely happened, and a pale band above it up to what possibly happened. */
export function quantityChartConfig(o: {
  lines: QuantitySteps[];
  unit: string;
  range: AxisSpan;
  t: Translate;
}): ChartConfiguration {
  return {
    type: 'line',
    data: {
      datasets: o.lines.flatMap((l, i) => [
        {
          label: l.label,
          data: points(l.points),
          borderColor: paletteColor(i),
          backgroundColor: paletteColor(i),
          borderWidth: 2,
          pointRadius: 3,
          stepped: 'after' as const,
          fill: false,
        },
        possibleBand(o.t, l.label, l.possible, paletteColor(i)),
      ]),
    },
    options: {
      scales: {
        x: timeAxis(o.range),
        y: {
          beginAtZero: true,
          ticks: { precision: 0, callback: (v) => quantityValue(Number(v), o.unit) },
        },
      },
    },
  };
}
