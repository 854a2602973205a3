/** An option of an actor or subject picker: the id it stands for and the label it shows. */
export interface PickerOption {
  id: string;
  label: string;
}

/**
 * Picker options sorted by label in the UI's language, one per id; when two ids carry the same
 * label, each gets its id after it so that both can be told apart and typed.
 */
export function pickerOptions(
  entries: readonly { id: string; label: string }[],
  lang: string,
): PickerOption[] {
  const byId = new Map<string, string>();
  for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, e.label.trim() || e.id);
  const count = new Map<string, number>();
  for (const label of byId.values()) count.set(label, (count.get(label) ?? 0) + 1);
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...byId]
    .map(([id, label]) => ({ id, label: (count.get(label) ?? 0) > 1 ? `${label} (${id})` : label }))
    .sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
}

/** The option a typed text names: its label (case and accents ignored) or its id; else null. */
export function optionFor(options: readonly PickerOption[], text: string): PickerOption | null {
  const t = text.trim();
  if (!t) return null;
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return options.find((o) => collator.compare(o.label, t) === 0 || o.id === t) ?? null;
}
