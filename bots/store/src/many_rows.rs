//! Writing many rows with one statement each few of them: multi-row `VALUES` with one bound
//! parameter per column. A big text (a conversation state, a rendered reply) reaches SQLite
//! as it is, never escaped into a JSON array and parsed out of it again for every column.
//!
//! Statements come in sizes of powers of two up to [`LARGEST`] rows, so a list of `n` rows
//! takes at most a handful of statements, and each size is prepared once and cached by the
//! connection like any other statement.

use std::ops::Range;
use std::sync::OnceLock;

/// Rows in the largest statement.
const LARGEST: usize = 64;

/// Statement sizes, largest first.
const SIZES: [usize; 7] = [64, 32, 16, 8, 4, 2, 1];

/// An `INSERT` written as `head`, then rows of `row` joined by commas, then `tail`. In
/// `row`, each `$` is a parameter of its own (numbered after the `fixed` leading parameters
/// every row shares, written `?1`… in the text).
pub(crate) struct ManyRows {
    head: &'static str,
    row: &'static str,
    fixed: usize,
    tail: &'static str,
    built: [OnceLock<String>; SIZES.len()],
}

impl ManyRows {
    pub(crate) const fn new(head: &'static str, row: &'static str, fixed: usize, tail: &'static str) -> Self {
        Self { head, row, fixed, tail, built: [const { OnceLock::new() }; SIZES.len()] }
    }

    /// The statements that write `rows` rows, each with the range of rows it takes, in
    /// order.
    pub(crate) fn chunks(&'static self, rows: usize) -> impl Iterator<Item = (&'static str, Range<usize>)> {
        let mut start = 0;
        std::iter::from_fn(move || {
            let left = rows - start;
            let (slot, size) = SIZES.iter().copied().enumerate().find(|(_, size)| *size <= left.min(LARGEST))?;
            let range = start..start + size;
            start += size;
            Some((self.built[slot].get_or_init(|| self.build(size)).as_str(), range))
        })
    }

    fn build(&self, size: usize) -> String {
        let mut sql = String::from(self.head);
        let mut parameter = self.fixed;
        for n in 0..size {
            if n > 0 {
                sql.push_str(", ");
            }
            for c in self.row.chars() {
                if c == '$' {
                    parameter += 1;
                    sql.push('?');
                    sql.push_str(&parameter.to_string());
                } else {
                    sql.push(c);
                }
            }
        }
        sql.push_str(self.tail);
        sql
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static ROWS: ManyRows = ManyRows::new("INSERT INTO t (a, b, c) VALUES ", "($, $, ?1)", 1, " RETURNING a");

    #[test]
    fn rows_are_numbered_after_the_shared_parameters() {
        let (sql, range) = ROWS.chunks(2).next().unwrap();
        assert_eq!(sql, "INSERT INTO t (a, b, c) VALUES (?2, ?3, ?1), (?4, ?5, ?1) RETURNING a");
        assert_eq!(range, 0..2);
    }

    #[test]
    fn every_row_is_taken_once_in_order_by_few_statements() {
        for rows in 0..300 {
            let chunks: Vec<_> = ROWS.chunks(rows).collect();
            let covered: Vec<usize> = chunks.iter().flat_map(|(_, range)| range.clone()).collect();
            assert_eq!(covered, (0..rows).collect::<Vec<_>>());
            for (sql, range) in &chunks {
                assert_eq!(sql.matches('(').count(), range.len() + 1, "one group of values per row, and the column list");
            }
            assert!(chunks.len() <= rows / LARGEST + SIZES.len(), "{rows} rows took {} statements", chunks.len());
        }
        assert!(ROWS.chunks(0).next().is_none());
    }
}
