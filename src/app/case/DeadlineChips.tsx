// The case's deadlines as chips: the PIP's ten weeks (amber two weeks ahead, red when late, cleared once the
// plan is vastgesteld) and, from then, the three-year inburgeringstermijn. The view takes its words and date
// format from the caller, so a long list hands every row the same ones instead of each row setting up its own.
import { useTranslation } from 'react-i18next';
import { daysUntil, type CaseDeadlines } from '../../domain/rules';

interface ViewProps {
  deadlines: CaseDeadlines;
  now: string;
  long?: boolean | undefined;
  t(key: string, options?: Record<string, unknown>): string;
  day: Intl.DateTimeFormat;
}

export function DeadlineChipsView({ deadlines, now, long, t, day }: ViewProps) {
  const { pip, termijn } = deadlines;
  const weeks = Math.max(0, Math.ceil(daysUntil(pip.due, now) / 7));
  return (
    <>
      <span
        className={`chip chip-deadline chip-${pip.urgency === 'met' ? 'calm' : pip.urgency}`}
        data-testid="deadline-pip"
      >
        {pip.urgency === 'met'
          ? t('deadline.pipMet', { date: day.format(new Date(pip.metAt!)) })
          : pip.urgency === 'overdue'
            ? t('deadline.overdue')
            : long
              ? t('deadline.pipBy', { date: day.format(new Date(pip.due)) })
              : t('deadline.pipIn', { count: weeks })}
      </span>
      {termijn ? (
        <span
          className={`chip chip-deadline chip-${termijn.urgency}`}
          data-testid="deadline-termijn"
        >
          {t('deadline.termijn', { date: day.format(new Date(termijn.due)) })}
        </span>
      ) : null}
    </>
  );
}

export function DeadlineChips({
  deadlines,
  now,
  long,
}: {
  deadlines: CaseDeadlines;
  now: string;
  long?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const day = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: long ? 'long' : 'medium',
    timeZone: 'UTC',
  });
  return <DeadlineChipsView deadlines={deadlines} now={now} long={long} t={t} day={day} />;
}
