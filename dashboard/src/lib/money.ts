import type { Money, Quantity } from './types.js';

const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

interface Scale {
  divisor: number;
  suffix: string;
}

const SCALES: Scale[] = [
  { divisor: 1e9, suffix: ' bn' },
  { divisor: 1e6, suffix: ' mln' },
  { divisor: 1, suffix: '' },
];

function scaleOf(n: number): Scale {
  return SCALES.find((s) => n >= s.divisor) ?? (SCALES[SCALES.length - 1] as Scale);
}

/**
 * 400 -> "400", 1.25 -> "1.25", 250000 -> "250,000" (at most two decimals, none trailing); in
 * Dutch ('nl') "250.000" and "1,25".
 */
export function formatNumber(n: number, lang: 'en' | 'nl' = 'en'): string {
  const [group, point] = lang === 'nl' ? ['.', ','] : [',', '.'];
  const rounded = Math.round(n * 100) / 100;
  const [int, frac] = String(Math.abs(rounded)).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `${point}${frac}` : ''}`;
}

function prefix(currency: string): string {
  return SYMBOLS[currency] ?? `${currency} `;
}

/** How a scaled amount is rounded: an exact value to nearest, a range's ends inwards. */
export type Rounding = 'nearest' | 'down' | 'up';

/** A scaled amount with at most three significant digits (and never more than two decimals). */
function scaled(v: number, rounding: Rounding): string {
  const decimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
  const f = 10 ** decimals;
  const op = rounding === 'down' ? Math.floor : rounding === 'up' ? Math.ceil : Math.round;
  // A small epsilon keeps 200 from becoming 200.01 when rounding up binary fractions.
  const n = op(v * f + (rounding === 'up' ? -1e-9 : rounding === 'down' ? 1e-9 : 0)) / f;
  return formatNumber(n);
}

/** One amount in a currency: "€400 mln", "€1.5 bn", "€250,000". */
export function formatAmount(
  value: number,
  currency: string,
  rounding: Rounding = 'nearest',
): string {
  const s = scaleOf(value);
  return `${prefix(currency)}${scaled(value / s.divisor, rounding)}${s.suffix}`;
}

/**
 * Money as the source states it, never more precise: "circa €400 mln" for an approximate value,
 * "€200–999 mln" for a range ("honderden miljoenen"; the range itself says it is imprecise). A
 * range's ends are rounded inwards, so 999,999,999 reads 999 mln, not 1,000 mln.
 */
export function formatMoney(m: Money): string {
  if (m.amount.kind === 'exact') {
    return `${m.approximate ? 'circa ' : ''}${formatAmount(m.amount.value, m.currency)}`;
  }
  return formatRange(m.amount.low, m.amount.high, m.currency);
}

/** "€200–999 mln", "€600 mln – €1.39 bn", or one amount when both ends are equal. */
export function formatRange(low: number, high: number, currency: string): string {
  if (low === high) return formatAmount(low, currency);
  const sl = scaleOf(low);
  const sh = scaleOf(high);
  if (sl === sh) {
    return `${prefix(currency)}${scaled(low / sl.divisor, 'up')}–${scaled(high / sh.divisor, 'down')}${sh.suffix}`;
  }
  return `${formatAmount(low, currency, 'up')} – ${formatAmount(high, currency, 'down')}`;
}

/** "58 snelle patrouilleboten", "5% defensie-uitgaven". */
export function formatQuantity(q: Quantity): string {
  if (q.unit === 'percent' || q.unit === '%') return `${formatNumber(q.value)}% ${q.item}`;
  if (q.unit === 'items' || q.unit === 'item') return `${formatNumber(q.value)} ${q.item}`;
  return `${formatNumber(q.value)} ${q.unit} ${q.item}`;
}
