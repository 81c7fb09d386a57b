import Link from 'next/link';
import type { ReactNode } from 'react';

export type SortDirection = 'ascending' | 'descending';

export type Column<Row> = {
  /** The column's name: its header text and what a screen reader announces with each cell; unique in its table (it keys the cells). */
  header: string;
  /** Keeps the name for screen readers but shows no header text (a column of row actions). */
  hideHeader?: boolean;
  cell: (row: Row) => ReactNode;
  /** This column's cell names its row: a `<th scope="row">`. */
  rowHeader?: boolean;
  align?: 'left' | 'right';
  /** Classes for this column's cells (`whitespace-nowrap`, `font-mono`…). */
  className?: string;
  /** A sortable column: the link its header follows, and the order when the table is sorted by it. */
  sort?: { href: string; direction: SortDirection | null };
};

type TableProps<Row> = {
  /** What the table holds: its accessible name, shown only when `showCaption`. */
  caption: string;
  showCaption?: boolean;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown in a single full-width row when there are no rows. */
  empty?: ReactNode;
  rowClassName?: (row: Row) => string | undefined;
  /** `card`: a bordered box that scrolls sideways (a page's table); `plain`: small, inside a panel. */
  variant?: 'card' | 'plain';
  /** Classes for the box around the table (a maximum height, which also makes the header sticky). */
  className?: string;
};

const looks = {
  card: {
    frame: 'overflow-auto rounded-lg border border-slate-200 bg-white',
    table: 'w-full text-left text-sm',
    head: 'sticky top-0 bg-slate-50 text-xs text-slate-600',
    cell: 'px-3 py-2',
    caption: 'px-3 py-2 text-left font-medium text-slate-700',
  },
  plain: {
    frame: 'overflow-x-auto',
    table: 'w-full text-left text-xs',
    head: 'text-slate-600',
    cell: 'py-1 pr-3 last:pr-0',
    caption: 'text-left font-medium text-slate-700',
  },
} as const;

/**
 * A data table: a caption (its name), column headers scoped to their columns, optional sort
 * links that say the current order (`aria-sort`), and an empty-state row. Callers give data
 * and how each column shows it, so every table reads the same to a screen reader.
 */
export function Table<Row>({ caption, showCaption = false, columns, rows, rowKey, empty, rowClassName, variant = 'card', className }: TableProps<Row>) {
  const look = looks[variant];
  return (
    <div className={className ? `${look.frame} ${className}` : look.frame}>
      <table className={look.table}>
        <caption className={showCaption ? look.caption : 'sr-only'}>{caption}</caption>
        <thead className={look.head}>
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.header} column={column} cellClass={look.cell} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 && empty !== undefined && (
            <tr>
              <td colSpan={columns.length} className="px-3 py-6 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column) => {
                const classes = [look.cell, column.align === 'right' && 'text-right', column.className].filter(Boolean).join(' ');
                return column.rowHeader ? (
                  <th key={column.header} scope="row" className={`${classes} font-normal`}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={classes}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell<Row>({ column, cellClass }: { column: Column<Row>; cellClass: string }) {
  const classes = `${cellClass} font-medium ${column.align === 'right' ? 'text-right' : ''}`;
  const { sort } = column;
  const label = column.hideHeader ? <span className="sr-only">{column.header}</span> : column.header;
  if (!sort) {
    return (
      <th scope="col" className={classes}>
        {label}
      </th>
    );
  }
  return (
    <th scope="col" aria-sort={sort.direction ?? 'none'} className={classes}>
      <Link href={sort.href} className="hover:text-slate-900">
        {label}
        <span aria-hidden className="ml-1">
          {sort.direction === 'ascending' ? '▲' : sort.direction === 'descending' ? '▼' : '↕'}
        </span>
      </Link>
    </th>
  );
}
