// Client text in audit rows and logs: no control or bidi characters, never longer than asked.
import { describe, expect, it } from 'vitest';
import { cleanClientText } from './cleanText';

describe('cleanClientText', () => {
  it('removes bidi overrides and isolates, so a line cannot be made to read backwards', () => {
    expect(cleanClientText('admin\u202Egnp.exe\u2066x\u2069')).toBe('admingnp.exex');
  });

  it('removes line breaks, escapes and other control characters that would forge a second log line', () => {
    expect(cleanClientText('a\r\n[audit] ok\u001b[31m\u0000\u0085b')).toBe('a[audit] ok[31mb');
  });

  it('keeps the joiners Persian and Arabic text needs, and the text itself', () => {
    expect(cleanClientText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(cleanClientText('ትግርኛ tablet')).toBe('ትግርኛ tablet');
  });

  it('cuts long text to the limit in whole characters', () => {
    const cut = cleanClientText('😀'.repeat(300), 10);
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
    expect(cleanClientText('x'.repeat(5000))).toHaveLength(200);
  });
});
