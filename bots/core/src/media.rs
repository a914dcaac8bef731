//! Fetching a file a user sent, within limits every channel shares: a hard size cap checked
//! on the size the network announces and again on every chunk as it arrives (an announced
//! size may be wrong), and one time limit for the whole download. No network I/O here: a
//! channel hands in its download as a stream of chunks.

use std::future::Future;
use std::time::Duration;

use futures_util::{Stream, StreamExt};

use crate::Attachment;

/// The longest a file may take to fetch, asking for it included; a slower one is not
/// passed on. Below the HTTP clients' own timeouts, so this is the one that decides.
pub const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(30);

/// Why a file did not come along.
#[derive(Debug, thiserror::Error)]
pub enum Refused<E> {
    #[error("the file is larger than {} bytes", Attachment::MAX_BYTES)]
    TooLarge,
    #[error("the download took longer than {DOWNLOAD_TIMEOUT:?}")]
    TimedOut,
    #[error("the download failed: {0}")]
    Failed(E),
}

/// Whether a size the network announced is over the cap: such a file is not asked for.
pub fn announced_too_large(size: Option<u64>) -> bool {
    size.is_some_and(|size| size > Attachment::MAX_BYTES as u64)
}

/// Fetches a file within [`Attachment::MAX_BYTES`] and [`DOWNLOAD_TIMEOUT`]: `download`
/// starts the download (asking where the file is, opening the stream) and yields its chunks.
pub async fn fetch_capped<E, S, C, F>(download: F) -> Result<Vec<u8>, Refused<E>>
where
    F: Future<Output = Result<S, E>>,
    S: Stream<Item = Result<C, E>>,
    C: AsRef<[u8]>,
{
    fetch_within(download, Attachment::MAX_BYTES, DOWNLOAD_TIMEOUT).await
}

/// [`fetch_capped`] with a cap and time limit of its own.
pub async fn fetch_within<E, S, C, F>(download: F, cap: usize, timeout: Duration) -> Result<Vec<u8>, Refused<E>>
where
    F: Future<Output = Result<S, E>>,
    S: Stream<Item = Result<C, E>>,
    C: AsRef<[u8]>,
{
    let read = async {
        let chunks = download.await.map_err(Refused::Failed)?;
        let mut chunks = std::pin::pin!(chunks);
        let mut bytes = Vec::new();
        while let Some(chunk) = chunks.next().await {
            let chunk = chunk.map_err(Refused::Failed)?;
            if bytes.len() + chunk.as_ref().len() > cap {
                // Stop reading at once: dropping the stream closes the connection.
                return Err(Refused::TooLarge);
            }
            bytes.extend_from_slice(chunk.as_ref());
        }
        Ok(bytes)
    };
    tokio::time::timeout(timeout, read).await.unwrap_or(Err(Refused::TimedOut))
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use futures_util::stream;

    use super::*;

    type Chunks = Vec<Result<Vec<u8>, String>>;

    fn chunks(sizes: &[usize]) -> Chunks {
        sizes.iter().map(|n| Ok(vec![1u8; *n])).collect()
    }

    #[tokio::test]
    async fn a_file_within_the_cap_comes_whole() {
        let got = fetch_within(async { Ok::<_, String>(stream::iter(chunks(&[3, 4, 3]))) }, 10, DOWNLOAD_TIMEOUT).await;
        assert_eq!(got.unwrap().len(), 10);
    }

    #[tokio::test]
    async fn reading_stops_at_the_first_chunk_over_the_cap_whatever_was_announced() {
        let read = AtomicUsize::new(0);
        let counted = stream::iter(chunks(&[4, 4, 4, 4, 4])).inspect(|_| {
            read.fetch_add(1, Ordering::SeqCst);
        });
        let got = fetch_within(async { Ok::<_, String>(counted) }, 10, DOWNLOAD_TIMEOUT).await;
        assert!(matches!(got, Err(Refused::TooLarge)), "{got:?}");
        assert_eq!(read.load(Ordering::SeqCst), 3, "the rest is never read");
    }

    #[tokio::test(start_paused = true)]
    async fn a_slow_download_ends_at_the_time_limit() {
        let slow = stream::iter(chunks(&[1, 1, 1])).then(|chunk| async {
            tokio::time::sleep(Duration::from_secs(20)).await;
            chunk
        });
        let started = tokio::time::Instant::now();
        let got = fetch_within(async { Ok::<_, String>(slow) }, 10, DOWNLOAD_TIMEOUT).await;
        assert!(matches!(got, Err(Refused::TimedOut)), "{got:?}");
        assert_eq!(started.elapsed(), DOWNLOAD_TIMEOUT);
        let asking = async {
            tokio::time::sleep(DOWNLOAD_TIMEOUT * 2).await;
            Ok::<_, String>(stream::iter(chunks(&[1])))
        };
        assert!(matches!(fetch_within(asking, 10, DOWNLOAD_TIMEOUT).await, Err(Refused::TimedOut)), "asking for the file counts too");
    }

    #[tokio::test]
    async fn failures_and_announced_sizes() {
        let failing = stream::iter(vec![Ok(vec![1u8]), Err("reset".to_string())]);
        assert!(matches!(fetch_within(async { Ok::<_, String>(failing) }, 10, DOWNLOAD_TIMEOUT).await, Err(Refused::Failed(e)) if e == "reset"));
        assert!(!announced_too_large(None) && !announced_too_large(Some(Attachment::MAX_BYTES as u64)));
        assert!(announced_too_large(Some(Attachment::MAX_BYTES as u64 + 1)));
    }
}
