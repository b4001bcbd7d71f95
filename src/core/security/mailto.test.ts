import { describe, expect, it } from 'vitest';
import { cleanMailtoUrl } from './mailto';

describe('cleanMailtoUrl', () => {
  it('keeps recipients, subject and body', () => {
    expect(cleanMailtoUrl('mailto:a@example.org?subject=Tariffs%20note&body=See%20232')).toBe(
      'mailto:a@example.org?subject=Tariffs%20note&body=See%20232',
    );
    expect(cleanMailtoUrl('mailto:a@example.org,b@example.org')).toBe(
      'mailto:a@example.org,b@example.org',
    );
  });

  it('drops every other header, whatever its case', () => {
    expect(
      cleanMailtoUrl(
        'mailto:a@example.org?cc=x@evil.test&BCC=y@evil.test&subject=Hi&to=z@evil.test&attach=/etc/passwd&body=ok',
      ),
    ).toBe('mailto:a@example.org?subject=Hi&body=ok');
    expect(cleanMailtoUrl('MAILTO:a@example.org?Attach=~/.ssh/id_rsa')).toBe(
      'mailto:a@example.org',
    );
  });

  it('keeps only the first subject and body, and a plus sign as a plus', () => {
    expect(cleanMailtoUrl('mailto:a@example.org?subject=one&subject=two&body=1+1')).toBe(
      'mailto:a@example.org?subject=one&body=1%2B1',
    );
  });

  it('drops a header that does not decode, and refuses what is no mailto link', () => {
    expect(cleanMailtoUrl('mailto:a@example.org?subject=%E0%A4%A&body=fine')).toBe(
      'mailto:a@example.org?body=fine',
    );
    expect(cleanMailtoUrl('https://example.org/?cc=x')).toBeNull();
    expect(cleanMailtoUrl('mailto:a@example.org\n?cc=x')).toBeNull();
  });
});
