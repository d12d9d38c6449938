// The numbers of a figure as a plain table (the chart's accessible equivalent): the first column names the row.
interface Props {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}

export function FigureTable({ caption, head, rows }: Props) {
  return (
    <table className="figure-numbers">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([first, ...rest], i) => (
          <tr key={i}>
            <th scope="row">{first}</th>
            {rest.map((cell, j) => (
              <td key={j} className={typeof cell === 'number' ? 'figure-number' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
