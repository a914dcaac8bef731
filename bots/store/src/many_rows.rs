//! Writing many rows with one statement each few of them: multi-row `VALUES` with one bound
//! parameter per column. A big text (a conversation state, a rendered reply) reaches SQLite
//! as it is, never escaped into a JSON array and parsed out of it again for every column.
//! The parameters are anonymous (`?`) and bound in order: SQLite looks a numbered one's
//! name up by walking a list, so binding hundreds of them would take time quadratic in
//! their number.
//!
//! A list of up to [`LARGEST`] rows takes one statement of exactly its size; a longer one
//! takes statements of [`LARGEST`] rows and one for the rest. A statement costs a round trip
//! to SQLite's thread, which is worth more than what SQLite does for a row, so fewer
//! statements win over fewer distinct ones. Each size is built once and prepared once: the
//! committer's connection keeps enough prepared statements for all of them
//! ([`crate::WRITER_STATEMENTS`]).

use std::ops::Range;
use std::sync::OnceLock;

/// Rows in the largest statement.
pub(crate) const LARGEST: usize = 64;

/// An `INSERT` written as `head`, then rows of `row` joined by commas, then `tail`. Each
/// row binds its own parameters, in order, also those every row shares (the time).
pub(crate) struct ManyRows {
    head: &'static str,
    row: &'static str,
    tail: &'static str,
    built: [OnceLock<String>; LARGEST],
}

impl ManyRows {
    pub(crate) const fn new(head: &'static str, row: &'static str, tail: &'static str) -> Self {
        Self { head, row, tail, built: [const { OnceLock::new() }; LARGEST] }
    }

    /// The statements that write `rows` rows, each with the range of rows it takes, in
    /// order.
    pub(crate) fn chunks(&'static self, rows: usize) -> impl Iterator<Item = (&'static str, Range<usize>)> {
        let mut start = 0;
        std::iter::from_fn(move || {
            let size = (rows - start).min(LARGEST);
            if size == 0 {
                return None;
            }
            let range = start..start + size;
            start += size;
            Some((self.sized(size), range))
        })
    }

    /// The statement that writes exactly `rows` rows (1 to [`LARGEST`]).
    pub(crate) fn sized(&'static self, rows: usize) -> &'static str {
        self.built[rows - 1].get_or_init(|| self.build(rows)).as_str()
    }

    fn build(&self, size: usize) -> String {
        let rows = vec![self.row; size].join(", ");
        format!("{}{rows}{}", self.head, self.tail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static ROWS: ManyRows = ManyRows::new("INSERT INTO t (a, b, c) VALUES ", "(?, ?, ?)", " RETURNING a");

    #[test]
    fn rows_are_joined_between_head_and_tail() {
        let (sql, range) = ROWS.chunks(2).next().unwrap();
        assert_eq!(sql, "INSERT INTO t (a, b, c) VALUES (?, ?, ?), (?, ?, ?) RETURNING a");
        assert_eq!(range, 0..2);
    }

    #[test]
    fn every_row_is_taken_once_in_order_by_as_few_statements_as_can_be() {
        for rows in 0..300 {
            let chunks: Vec<_> = ROWS.chunks(rows).collect();
            let covered: Vec<usize> = chunks.iter().flat_map(|(_, range)| range.clone()).collect();
            assert_eq!(covered, (0..rows).collect::<Vec<_>>());
            for (sql, range) in &chunks {
                assert_eq!(sql.matches('(').count(), range.len() + 1, "one group of values per row, and the column list");
            }
            assert_eq!(chunks.len(), rows.div_ceil(LARGEST), "{rows} rows took {} statements", chunks.len());
        }
        assert!(ROWS.chunks(0).next().is_none());
    }
}
