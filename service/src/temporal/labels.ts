import { assertNever } from '@kroniek/events';
import type { FuzzyDate } from '@kroniek/events';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayLabel(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/**
 * A label that keeps the source's precision: "4 Jun 2025", "24–25 Jun 2025", "Jun 2025",
 * "autumn 2025", "2025", "by 5 Jun 2025". Never a finer date than the source gives.
 */
export function fuzzyDateLabel(d: FuzzyDate): string {
  switch (d.precision) {
    case 'day':
      return dayLabel(d.date);
    case 'days': {
      if (d.from.slice(0, 7) === d.to.slice(0, 7)) {
        return `${Number(d.from.slice(8, 10))}–${dayLabel(d.to)}`;
      }
      return `${dayLabel(d.from)} – ${dayLabel(d.to)}`;
    }
    case 'month':
      return `${MONTHS[Number(d.month.slice(5, 7)) - 1]} ${d.month.slice(0, 4)}`;
    case 'season':
      return `${d.season} ${d.year}`;
    case 'year':
      return String(d.year);
    case 'between':
      if (d.earliest && d.latest)
        return `between ${dayLabel(d.earliest)} and ${dayLabel(d.latest)}`;
      if (d.latest) return `by ${dayLabel(d.latest)}`;
      return `from ${dayLabel(d.earliest!)}`;
    default:
      return assertNever(d);
  }
}
