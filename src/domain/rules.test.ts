// Tests of the PIP deadline rules.
import { describe, expect, it } from 'vitest';
import { daysUntil, deadlineUrgency, pipDeadline } from './rules';

describe('pipDeadline', () => {
  it('is ten weeks after the start of the intake', () => {
    expect(pipDeadline('2026-01-01T00:00:00.000Z')).toBe('2026-03-12T00:00:00.000Z');
  });
});

describe('deadlineUrgency', () => {
  const deadline = '2026-03-12T00:00:00.000Z';
  it('is calm with more than two weeks left', () => {
    expect(deadlineUrgency(deadline, '2026-02-20T00:00:00.000Z')).toBe('calm');
  });
  it('is soon under two weeks', () => {
    expect(deadlineUrgency(deadline, '2026-03-01T00:00:00.000Z')).toBe('soon');
  });
  it('is overdue after the deadline', () => {
    expect(deadlineUrgency(deadline, '2026-03-13T00:00:00.000Z')).toBe('overdue');
    expect(daysUntil(deadline, '2026-03-14T00:00:00.000Z')).toBe(-2);
  });
});
