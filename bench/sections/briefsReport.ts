/** The briefs section's lines, as `npm run bench` and `bench/run-briefs.ts` print them. */
import type { Summary } from '../support/stats';
import type { BriefsResult } from './briefs';

function ms(s: Summary): string {
  return `${s.min.toFixed(1)} / ${s.median.toFixed(1)} / ${s.max.toFixed(1)} ms`;
}

export function printBriefs(r: BriefsResult): void {
  const ratio = (s: Summary): string =>
    `${(s.median / r.plainWrite.median).toFixed(1)}× plain write`;
  console.log(
    `Whole-case brief (${r.issues} issue areas, ${r.rows} rows, HTML ${(r.htmlBytes / 1024).toFixed(0)} KB), min / median / max of ${r.html.runs} runs:`,
  );
  console.log(`  plain write of the HTML (baseline)  ${ms(r.plainWrite)}`);
  console.log(`  HTML (model + file)                 ${ms(r.html)}  ${ratio(r.html)}`);
  console.log(`  Markdown for Pandoc (model + zip)   ${ms(r.markdown)}  ${ratio(r.markdown)}`);
  console.log(
    `  PDF from the print view (Chromium)  ${ms(r.printPdf)}  ${ratio(r.printPdf)}, ${r.pdfPages} pages`,
  );
}
