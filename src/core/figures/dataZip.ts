/**
 * The data behind a figure as one zip, shaped as Our World in Data's download is: the table as
 * CSV (UTF-8 with a byte-order mark, so spreadsheet programs read ¥ and ≈), `metadata.json`
 * (measure, unit, points, every source as CSL-JSON, derivations, caveats) and a README with a
 * suggested citation.
 */
import { strToU8, zipSync } from 'fflate';
import type { Case, Source } from '../case/schema';
import { exportRows, toCsv } from '../charts/exportRows';
import type { ChartModel } from '../charts/types';
import type { CslItem } from '../citation/cslItem';
import { sourceToCsl } from '../citation/sourceToCsl';

const BOM = '\uFEFF';

/**
 * A source as the citation processor reads it, with what a reader of the data also needs: the
 * source's rights and the note on its date, unless its own CSL item gives them.
 */
function sourceItem(source: Source): CslItem {
  const item = sourceToCsl(source);
  return {
    ...item,
    ...(source.rights && item.license === undefined && { license: source.rights }),
    ...(source.date?.note && item.note === undefined && { note: source.date.note }),
  };
}

export interface DataZipFiles {
  readonly csvName: string;
  readonly csv: string;
  readonly metadata: unknown;
  readonly readme: string;
}

export function dataZipFiles(kase: Case, model: ChartModel, retrieved: string): DataZipFiles {
  const measure = kase.measures.find((m) => m.id === model.measureId);
  const sourceIds = [...new Set(model.points.map((p) => p.sourceId))];
  const sources = kase.sources.filter((s) => sourceIds.includes(s.id));
  const citation = `${kase.title}: ${model.title} (${model.subtitle}). Data exported from Diptych on ${retrieved}. ${model.sourceLine}`;
  const metadata = {
    title: model.title,
    subtitle: model.subtitle,
    case: { id: kase.id, title: kase.title },
    measure: {
      id: model.measureId,
      label: measure?.label ?? model.title,
      description: measure?.description,
      unit: model.unit,
      basis: model.basis,
    },
    points: model.points.map((p) => ({
      id: p.id,
      period: p.periodLabel,
      date: p.dateLabel,
      value: p.sourceValue,
      display: p.displayFull,
      kind: p.kind,
      bound: p.bound,
      quote: p.quote,
      locator: p.locator,
      source: p.sourceId,
      ...(p.derivation && { derivation: p.derivation }),
    })),
    noFigureFor: model.emptyPeriods,
    derivations: model.points.flatMap((p) =>
      p.derivation ? [{ point: p.id, derivation: p.derivation }] : [],
    ),
    caveats: model.notes,
    sources: sources.map(sourceItem),
    citation,
    exported: retrieved,
  };
  const readme = [
    `# ${model.title}`,
    '',
    model.subtitle,
    '',
    `From the case “${kase.title}”, exported from Diptych on ${retrieved}.`,
    '',
    '## Files',
    '',
    `- \`${model.fileStem}.csv\`: one row per plotted point, with its quote and source (UTF-8).`,
    '- `metadata.json`: the measure, its unit, every point (stated or derived), the sources as CSL-JSON, derivations and caveats.',
    '',
    ...(model.notes.length > 0 ? ['## Caveats', '', ...model.notes.map((n) => `- ${n}`), ''] : []),
    ...(model.derivedNote ? ['## Derived values', '', model.derivedNote, ''] : []),
    '## Sources',
    '',
    model.sourceLine,
    '',
    '## Suggested citation',
    '',
    citation,
    '',
  ].join('\n');
  return {
    csvName: `${model.fileStem}.csv`,
    csv: BOM + toCsv(exportRows(model)),
    metadata,
    readme,
  };
}

/** The zip's bytes; its files sit in one folder named after the figure, as OWID's do. */
export function dataZip(kase: Case, model: ChartModel, retrieved: string): Uint8Array {
  const files = dataZipFiles(kase, model, retrieved);
  const folder = model.fileStem;
  // A fixed time keeps the zip the same for the same data.
  const mtime = new Date(`${retrieved}T00:00:00Z`);
  return zipSync(
    {
      [folder]: {
        [files.csvName]: strToU8(files.csv),
        'metadata.json': strToU8(`${JSON.stringify(files.metadata, null, 2)}\n`),
        'README.md': strToU8(files.readme),
      },
    },
    { mtime },
  );
}
