/**
 * A citation's HTML, as `sanitizeCslHtml` leaves it, as Word runs: the few tags a style emits
 * become run formatting (italic, bold, small capitals, super- and subscript), entities become
 * characters. Anything else was escaped before it got here and stays text.
 */
import { TextRun } from 'docx';
import { decodeHTML } from 'entities';

interface Format {
  readonly italics?: boolean;
  readonly bold?: boolean;
  readonly smallCaps?: boolean;
  readonly superScript?: boolean;
  readonly subScript?: boolean;
}

const OPENING: Readonly<Record<string, Format>> = {
  '<i>': { italics: true },
  '<b>': { bold: true },
  '<sup>': { superScript: true },
  '<sub>': { subScript: true },
  '<span style="font-variant:small-caps;">': { smallCaps: true },
  '<span style="font-style:normal;">': { italics: false },
  '<span style="font-weight:normal;">': { bold: false },
  '<span style="font-variant:normal;">': { smallCaps: false },
};

/** The runs of `html`, each carrying the formatting of the tags around it. */
export function cslRuns(html: string, base: Format = {}): TextRun[] {
  const runs: TextRun[] = [];
  const stack: Format[] = [base];
  for (const part of html.split(/(<[^>]+>)/)) {
    if (part === '') continue;
    if (part.startsWith('<')) {
      if (part.startsWith('</')) {
        if (stack.length > 1) stack.pop();
      } else {
        // An unknown span (`nocase`, `baseline`) still closes with `</span>`: keep the stack even.
        stack.push({ ...stack[stack.length - 1], ...(OPENING[part] ?? {}) });
      }
      continue;
    }
    runs.push(new TextRun({ text: decodeHTML(part), ...stack[stack.length - 1] }));
  }
  return runs;
}
