// The cases a municipality's figures count: its projection rows whose document it still owns and that were not
// erased (AVG). Shared by every figure query, so one municipality never counts another's cases.

/** FROM and WHERE over case_projection `p` of organisation $1 (joined to documents `d`). */
export const CASES_OF_ORGANISATION = `FROM case_projection p
  JOIN documents d ON d.name = p.name AND d.organisation_id = p.organisation_id
  WHERE p.organisation_id = $1 AND NOT EXISTS (SELECT 1 FROM case_tombstones t WHERE t.name = p.name)`;

/** The same for rows of a per-case table `alias` (flags, feedback, teach-backs) that refer to a case by name. */
export const ROWS_OF_ORGANISATION = (
  table: string,
  alias: string,
): string => `FROM ${table} ${alias}
  JOIN case_projection p ON p.name = ${alias}.name
  JOIN documents d ON d.name = p.name AND d.organisation_id = p.organisation_id
  WHERE p.organisation_id = $1 AND NOT EXISTS (SELECT 1 FROM case_tombstones t WHERE t.name = p.name)`;

/** A count or sum from the database (a number in PGlite, sometimes a string in pg) as a number. */
export const count = (value: unknown): number => Number(value ?? 0);
