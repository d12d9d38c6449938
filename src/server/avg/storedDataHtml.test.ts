// The complete record of the inzage: every key and value at any depth, escaped, plain values readable.
import { describe, expect, it } from 'vitest';
import { storedDataHtml } from './storedDataHtml';

describe('storedDataHtml', () => {
  it('shows every key and value of nested maps and lists', () => {
    const html = storedDataHtml({
      conversations: {
        c1: { type: 'pip', agreedGoal: 'Eerst taal', participants: { tolk: { name: 'T.' } } },
      },
      strokes: [{ id: 's1', points: [123, 457, 0.375] }],
    });
    for (const shown of [
      'conversations',
      'c1',
      'type',
      'pip',
      'agreedGoal',
      'Eerst taal',
      'tolk',
      'T.',
      'strokes',
      's1',
      '123, 457, 0.375',
    ]) {
      expect(html).toContain(shown);
    }
    // A list of maps is numbered from 1.
    expect(html).toContain('<th scope="row">1</th>');
  });

  it('writes yes/no, numbers as stored, and says when something is empty', () => {
    expect(storedDataHtml(true)).toBe('ja');
    expect(storedDataHtml(false)).toBe('nee');
    expect(storedDataHtml(0.375)).toBe('0.375');
    expect(storedDataHtml(null)).toContain('leeg');
    expect(storedDataHtml({})).toContain('leeg');
    expect(storedDataHtml([])).toContain('leeg');
  });

  it('escapes keys and values, so stored text never becomes markup', () => {
    const html = storedDataHtml({
      '<b>key</b>': '<script>alert("x")</script>',
      list: ['<img src=x>'],
    });
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;key&lt;/b&gt;');
    expect(html).toContain('&lt;img src=x&gt;');
  });
});
