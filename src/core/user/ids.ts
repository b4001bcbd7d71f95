/**
 * Ids for the analyst's own items: `u-`, a readable slug of the label where there is one, and a
 * random tail, so two machines adding items to the same case never pick the same id.
 */
import type { UserLayer } from './schema';

const TAIL = 6;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Six random characters from [a-z0-9], from the platform's secure random source. */
export function randomTail(): string {
  const bytes = new Uint8Array(TAIL);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** "Host-nation support (HNS)" → "host-nation-support-hns"; at most 40 characters. */
export function slugOf(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

/** A fresh `u-` id not in `taken`; `kind` stands in for a label that has no usable letters. */
export function newUserId(
  kind: string,
  label: string | undefined,
  taken: ReadonlySet<string>,
  tail: () => string = randomTail,
): string {
  const stem = (label === undefined ? '' : slugOf(label)) || kind;
  for (;;) {
    const id = `u-${stem}-${tail()}`;
    if (!taken.has(id)) return id;
  }
}

/** Every id the layer already uses for an own item, of any kind. */
export function userLayerIds(layer: UserLayer): Set<string> {
  const ids = new Set<string>();
  for (const issue of layer.issues) {
    ids.add(issue.id);
    for (const d of issue.dimensions) ids.add(d.id);
  }
  for (const d of layer.dimensions) ids.add(d.dimension.id);
  for (const s of layer.sources) ids.add(s.id);
  for (const c of layer.claims) ids.add(c.id);
  for (const m of layer.measures) {
    ids.add(m.id);
    for (const p of m.points) ids.add(p.id);
  }
  for (const p of layer.points) ids.add(p.point.id);
  for (const d of layer.documents) ids.add(d.id);
  return ids;
}
