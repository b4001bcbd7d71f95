// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { buildExportSvg } from './buildExportSvg';
import { PLAIN, standaloneSvg } from './standaloneSvg';
import { estimateTextWidth } from '../../../../core/figures/wrapLines';

const NS = 'http://www.w3.org/2000/svg';

function chart(markup: string, width = 400, height = 200): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = `<svg xmlns="${NS}" class="recharts-surface" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${markup}</svg>`;
  document.body.append(host);
  return host.querySelector('svg')!;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('style');
  document.head.querySelectorAll('style').forEach((s) => s.remove());
});

const input = (svg: SVGSVGElement) => ({
  chart: svg,
  title: 'Purchases & <sales>',
  subtitle: 'First (2017–2021) and Third (2025–) · ¥ billion per year',
  legend: [{ label: 'Derived (not stated by the source)', swatch: null }],
  notes: ['A note on comparability.'],
  derivedNote: 'Hatched values are derived.',
  sourceLine: 'Source: Ann Writer, “A Title”, Institute Commentary, undated.',
  colors: { background: '#ffffff', text: '#111111', muted: '#666666' },
});

describe('standaloneSvg', () => {
  it('resolves CSS variables in attributes and drops classes and interaction attributes', () => {
    document.documentElement.style.setProperty('--chart-period-0', '#123456');
    const svg = chart(
      '<rect class="bar" tabindex="0" role="img" fill="var(--chart-period-0)" stroke="var(--missing, #abcdef)" width="10" height="10"/>',
    );
    const out = standaloneSvg(svg);
    const rect = out.querySelector('rect')!;
    expect(rect.getAttribute('fill')).toBe('#123456');
    expect(rect.getAttribute('stroke')).toBe('#abcdef');
    expect(rect.hasAttribute('class')).toBe(false);
    expect(rect.hasAttribute('tabindex')).toBe(false);
    expect(new XMLSerializer().serializeToString(out)).not.toContain('var(');
  });

  it('writes the styles of the page stylesheets onto the elements', () => {
    const style = document.createElement('style');
    style.textContent = '.tick { fill: #00aa00; font-size: 12px; font-weight: 600 }';
    document.head.append(style);
    const svg = chart('<text class="tick" x="1" y="1">700</text>');
    const text = standaloneSvg(svg).querySelector('text')!;
    const inlined = text.getAttribute('style') ?? '';
    expect(inlined).toMatch(/fill: (#00aa00|rgb\(0, 170, 0\))/);
    expect(inlined).toContain('font-size: 12px');
    expect(inlined).toContain('font-weight: 600');
  });

  it('removes hover-only parts, foreignObject, outside links and references to missing ids', () => {
    const svg = chart(
      [
        '<defs><pattern id="hatch"><rect width="2" height="2"/></pattern></defs>',
        '<rect id="ok" fill="url(#hatch)" width="5" height="5"/>',
        '<rect id="gone" fill="url(#elsewhere)" width="5" height="5"/>',
        '<rect class="recharts-tooltip-cursor" width="5" height="5"/>',
        '<foreignObject width="5" height="5"></foreignObject>',
        '<image href="http://example.org/x.png" width="5" height="5"/>',
        '<use href="#ok"/>',
      ].join(''),
    );
    const out = standaloneSvg(svg);
    expect(out.querySelector('#ok')!.getAttribute('fill')).toBe('url(#hatch)');
    expect(out.querySelector('#gone')!.hasAttribute('fill')).toBe(false);
    expect(out.querySelector('.recharts-tooltip-cursor, [class]')).toBeNull();
    expect(out.querySelector('foreignObject')).toBeNull();
    expect(out.querySelector('image')!.hasAttribute('href')).toBe(false);
    expect(out.querySelector('use')!.getAttribute('href')).toBe('#ok');
  });

  it('keeps plain subtrees as drawn, without computing their styles', () => {
    const svg = chart(`<g ${PLAIN}=""><circle class="m" cx="1" cy="1" r="2" fill="#ff0000"/></g>`);
    const out = standaloneSvg(svg);
    const circle = out.querySelector('circle')!;
    expect(circle.getAttribute('fill')).toBe('#ff0000');
    expect(circle.hasAttribute('style')).toBe(false);
    expect(out.querySelector(`[${PLAIN}]`)).toBeNull();
  });
});

describe('buildExportSvg', () => {
  it('frames the chart with title, subtitle, legend, notes and source, at an explicit size', () => {
    const svg = chart('<rect width="400" height="200" fill="#eeeeee"/>');
    const out = buildExportSvg(input(svg), estimateTextWidth);
    const doc = new DOMParser().parseFromString(out.svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(out.width));
    expect(root.getAttribute('height')).toBe(String(out.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${out.width} ${out.height}`);
    expect(root.getAttribute('font-family')).toBe("Inter, 'Helvetica Neue', Arial, sans-serif");
    expect(out.width).toBe(480);
    expect(Number.isInteger(out.height)).toBe(true);
    expect(out.height).toBeGreaterThan(200 + 100);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).toBe('Purchases & <sales>');
    expect(texts).toContain('Derived (not stated by the source)');
    const all = texts.join(' ');
    expect(all).toContain('A note on comparability.');
    expect(all).toContain('Hatched values are derived.');
    expect(all).toContain('Source: Ann Writer');
    expect(out.svg).not.toContain('var(');
    const nested = root.querySelector('svg')!;
    expect([nested.getAttribute('width'), nested.getAttribute('height')]).toEqual(['400', '200']);
  });

  it('wraps long lines to the width of the image', () => {
    const svg = chart('', 600, 100);
    const long = `Source: ${'word '.repeat(80)}`;
    const out = buildExportSvg({ ...input(svg), sourceLine: long }, estimateTextWidth);
    const doc = new DOMParser().parseFromString(out.svg, 'image/svg+xml');
    const lines = [...doc.querySelectorAll('text')].filter((t) =>
      /^(Source: )?word/.test(t.textContent ?? ''),
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(estimateTextWidth(line.textContent ?? '', 11.5)).toBeLessThanOrEqual(out.width - 48);
    }
  });
});
