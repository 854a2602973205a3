import type { ChartConfiguration } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { enGB, nl } from 'date-fns/locale';
import type { Translate } from '../i18n/translate.js';
import { paletteColor, quantityValue } from '../lib/chartData.js';
import type { MoneyBand } from '../lib/chartData.js';
import type { QuantitySteps } from '../lib/chartMarks.js';
import type { DayMarker } from '../lib/markers.js';
import { formatAmount } from '../lib/money.js';

// The Chart.js configurations of the charts view's line charts (here beside setup.ts, whose
// plugin registration types the annotation options): pure functions of the data, the
// axis span and the messages, so the component only wires them to its state.

/** Local midnight of a day, as the date adapter reads days on the time axis. */
export function dayMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

const points = (ps: { x: string; y: number }[]) => ps.map((p) => ({ x: dayMs(p.x), y: p.y }));

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
        // What possibly happened (a date window that has begun): a pale band above the line.
        {
          label: t('chartMarks.possibleBand', { values: { label: b.label } }),
          data: points(b.possible),
          borderColor: `${b.color}99`,
          backgroundColor: `${b.color}14`,
          borderWidth: 1,
          borderDash: [3, 3],
          pointRadius: 0,
          stepped: 'after' as const,
          fill: '-1',
        },
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
            ...Object.fromEntries(
              o.markers.map((m, i) => [
                `m${i}`,
                {
                  type: 'line' as const,
                  scaleID: 'x',
                  value: dayMs(m.day),
                  borderColor: m.color,
                  borderWidth: 1.5,
                  borderDash: [4, 4],
                  label: {
                    // On a narrow chart the labels would cover the data; the list below names the markers.
                    display: (ctx: { chart: { width: number } }) => ctx.chart.width >= 560,
                    content: m.label,
                    position: 'start' as const,
                    yAdjust: (i % 3) * 22,
                    backgroundColor: m.color,
                    font: { size: 11 },
                  },
                },
              ]),
            ),
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
        // What possibly happened: a pale band above the line of what surely happened.
        {
          label: o.t('chartMarks.possibleBand', { values: { label: l.label } }),
          data: points(l.possible),
          borderColor: `${paletteColor(i)}99`,
          backgroundColor: `${paletteColor(i)}14`,
          borderWidth: 1,
          borderDash: [3, 3],
          pointRadius: 0,
          stepped: 'after' as const,
          fill: '-1',
        },
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
