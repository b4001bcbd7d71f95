/**
 * The stylesheet of an HTML brief, inline in the file: readable on screen, and printed by a
 * browser to a clean PDF (A4 margins, each issue area on a new page, table headers repeated on
 * each page, claims and figures kept whole).
 */
export const BRIEF_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 10.5pt/1.45 Inter, "Helvetica Neue", Arial, sans-serif; }
main.brief { max-width: 190mm; margin: 0 auto; padding: 12mm 10mm 20mm; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 6pt; }
h2 { font-size: 15pt; margin: 18pt 0 6pt; border-bottom: 1px solid #bbb; padding-bottom: 2pt; }
h3 { font-size: 12pt; margin: 14pt 0 4pt; }
h4, h5, h6 { font-size: 10.5pt; margin: 10pt 0 4pt; }
.brief-meta { margin: 0; color: #444; }
.brief-meta dt { font-weight: 600; float: left; clear: left; width: 9em; }
.brief-meta dd { margin: 0 0 2pt 9em; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; }
th, td { border: 1px solid #bbb; padding: 4pt 5pt; vertical-align: top; text-align: left; }
thead th { background: #eef0f3; }
thead { display: table-header-group; }
table.brief-summary tr { break-inside: avoid; page-break-inside: avoid; }
/* A row of the side-by-side may run over a page (one often fills more): each claim stays whole. */
.claim, .verdict p { break-inside: avoid; page-break-inside: avoid; }
table.brief-sbs th[scope="row"] { width: 14%; font-weight: 600; background: #f7f7f8; }
table.brief-sbs td.claims { width: 33%; }
table.brief-sbs td.verdict { width: 20%; }
table.brief-summary td.count { text-align: right; font-variant-numeric: tabular-nums; }
table.brief-summary tr.total td, table.brief-summary tr.total th { font-weight: 600; border-top: 2px solid #888; }
.claim + .claim { margin-top: 6pt; padding-top: 6pt; border-top: 1px dotted #ccc; }
.claim p { margin: 0; }
.claim-quote { margin: 3pt 0 0; padding-left: 6pt; border-left: 2px solid #ccc; color: #333; font-style: italic; }
.claim-quote .cite, .claim-quote .note-ref { font-style: normal; }
.modality { display: inline-block; font-size: 8pt; font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; padding: 0 3pt; border: 1px solid currentColor; border-radius: 2pt; margin-right: 2pt; }
.modality-fact { color: #1f5f8b; }
.modality-statement { color: #5a4a8a; }
.modality-expectation { color: #8a5a00; }
.modality-assessment { color: #2e6b3a; }
.verdict-kind { font-weight: 600; margin: 0 0 2pt; }
.verdict-none { color: #666; font-style: italic; margin: 0; }
.verdict p { margin: 0; }
.empty { color: #666; font-style: italic; }
figure.brief-figure { margin: 10pt 0; break-inside: avoid; page-break-inside: avoid; }
figure.brief-figure svg { display: block; max-width: 100%; height: auto; }
figure.brief-figure figcaption { font-size: 9pt; color: #333; margin-top: 3pt; }
.figure-missing { border: 1px dashed #999; padding: 6pt; color: #444; font-style: italic; }
.brief-note blockquote { margin: 4pt 0 4pt 8pt; padding-left: 6pt; border-left: 2px solid #ccc; }
.note-claim { font-style: italic; }
.flag { background: #fff3cd; border-bottom: 1px dashed #8a5a00; }
.brief-bibliography .csl-entry, .brief-bibliography li { margin: 0 0 4pt; padding-left: 2em; text-indent: -2em; list-style: none; }
.brief-bibliography ul, .brief-endnotes ol { padding-left: 0; }
.brief-endnotes ol { padding-left: 2em; }
.brief-warnings { border: 1px solid #d9a400; background: #fffbea; padding: 4pt 8pt; }
pre { white-space: pre-wrap; font-size: 9pt; background: #f5f5f5; padding: 4pt; }
a { color: #1f4f8b; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  main.brief { max-width: none; padding: 0; }
  section.brief-issue, section.brief-bibliography { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
