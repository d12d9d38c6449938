// The frame the people and tablets tables share: a scrolling box, a caption for screen readers, the column heads.
import type { ReactNode } from 'react';

export function PeopleTableFrame({
  testId,
  caption,
  heads,
  children,
}: {
  testId: string;
  caption: string;
  heads: string[];
  /** The table's rows. */
  children: ReactNode;
}) {
  return (
    <div className="people-scroll">
      <table className="caseload people-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {heads.map((head) => (
              <th key={head} scope="col">
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
