// Tests of the PIP deadline rules.
import { describe, expect, it } from 'vitest';
import {
  caseDeadline,
  caseDeadlines,
  daysUntil,
  deadlineUrgency,
  pipDeadline,
  termijnEnd,
} from './rules';

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

describe('termijnEnd', () => {
  it('runs three years from the day after the PIP (art. 11), also from a leap day', () => {
    expect(termijnEnd('2026-03-12T00:00:00.000Z')).toBe('2029-03-13T00:00:00.000Z');
    expect(termijnEnd('2028-02-28T00:00:00.000Z')).toBe('2031-03-01T00:00:00.000Z');
  });
});

describe('caseDeadline', () => {
  it('counts the PIP from the registration in the municipality and warns two weeks ahead', () => {
    expect(
      caseDeadline({
        registrationDate: '2026-01-01T00:00:00.000Z',
        intakeStart: '2026-01-20T00:00:00.000Z',
        now: '2026-03-01T00:00:00.000Z',
      }),
    ).toEqual({
      kind: 'pip',
      due: '2026-03-12T00:00:00.000Z',
      urgency: 'soon',
    });
  });

  it('estimates it from the start of the intake while the registration date is unknown', () => {
    expect(
      caseDeadline({ intakeStart: '2026-01-01T00:00:00.000Z', now: '2026-01-02T00:00:00.000Z' }),
    ).toEqual({
      kind: 'pip',
      due: '2026-03-12T00:00:00.000Z',
      urgency: 'calm',
      estimated: true,
    });
    expect(caseDeadline({ now: '2026-01-02T00:00:00.000Z' })).toBeUndefined();
  });

  it('clears the PIP warning once the plan is vastgesteld, and then counts the inburgeringstermijn', () => {
    const overdue = caseDeadline({
      registrationDate: '2026-01-01T00:00:00.000Z',
      now: '2026-04-01T00:00:00.000Z',
    });
    expect(overdue?.urgency).toBe('overdue');
    expect(
      caseDeadline({
        registrationDate: '2026-01-01T00:00:00.000Z',
        pipVastgesteldAt: '2026-03-30T00:00:00.000Z',
        now: '2026-04-01T00:00:00.000Z',
      }),
    ).toEqual({
      kind: 'termijn',
      due: '2029-03-31T00:00:00.000Z',
      urgency: 'calm',
    });
    expect(
      caseDeadline({
        pipVastgesteldAt: '2026-03-30T00:00:00.000Z',
        now: '2029-03-20T00:00:00.000Z',
      })?.urgency,
    ).toBe('soon');
  });
});

describe('caseDeadlines', () => {
  it('warns two weeks before the PIP is due, and clears the warning once it is vastgesteld while the term starts', () => {
    const registered = '2026-09-01T00:00:00.000Z';
    const before = caseDeadlines({
      registrationDate: registered,
      intakeStart: '2026-09-10T00:00:00.000Z',
      now: '2026-10-30T00:00:00.000Z',
    });
    expect(before).toEqual({ pip: { due: '2026-11-10T00:00:00.000Z', urgency: 'soon' } });
    const after = caseDeadlines({
      registrationDate: registered,
      intakeStart: '2026-09-10T00:00:00.000Z',
      pipVastgesteldAt: '2026-11-01T10:00:00.000Z',
      now: '2026-11-20T00:00:00.000Z',
    });
    expect(after.pip).toEqual({
      due: '2026-11-10T00:00:00.000Z',
      urgency: 'met',
      metAt: '2026-11-01T10:00:00.000Z',
    });
    expect(after.termijn).toEqual({ due: '2029-11-02T10:00:00.000Z', urgency: 'calm' });
    // Even past the PIP's day, a vastgesteld plan is no longer overdue.
    expect(
      caseDeadlines({
        registrationDate: registered,
        intakeStart: registered,
        pipVastgesteldAt: '2026-11-20T00:00:00.000Z',
        now: '2026-12-20T00:00:00.000Z',
      }).pip.urgency,
    ).toBe('met');
    expect(
      caseDeadlines({
        registrationDate: registered,
        intakeStart: registered,
        now: '2026-12-20T00:00:00.000Z',
      }).pip.urgency,
    ).toBe('overdue');
  });
});
