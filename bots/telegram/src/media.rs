//! Photos, voice notes and documents users send. A file is downloaded only when the
//! conversation keeps it (`Conversations::keeps_files`: a handover, or someone on the
//! team); otherwise the event carries its kind alone. A file announced larger than
//! [`Attachment::MAX_BYTES`] is not asked for, one that turns out larger while it streams
//! in is dropped there, and the whole download has [`DOWNLOAD_TIMEOUT`]; both become
//! [`InboundKind::TooLarge`], so the engine tells the user.

use futures_util::StreamExt;
use teloxide::net::Download;
use teloxide::prelude::Requester;
use teloxide::types::{FileMeta, Message, User};
use wegweiser_core::cleaning::passable;
use wegweiser_core::media::{announced_too_large, fetch_capped, Refused, DOWNLOAD_TIMEOUT};
use wegweiser_core::{Attachment, Conversations, InboundKind, MediaKind};

use crate::{media_kind, Error, Result, Telegram, CHANNEL};

/// What a downloadable file of a message is: its kind, where it is, its type and name.
struct FileOf<'a> {
    kind: MediaKind,
    meta: &'a FileMeta,
    mime: String,
    name: Option<String>,
}

/// The file of a photo (its largest size), voice note or document; None for other messages.
fn file_of(message: &Message) -> Option<FileOf<'_>> {
    if let Some(sizes) = message.photo() {
        let largest = sizes.iter().max_by_key(|p| u64::from(p.width) * u64::from(p.height))?;
        Some(FileOf { kind: MediaKind::Photo, meta: &largest.file, mime: "image/jpeg".into(), name: None })
    } else if let Some(voice) = message.voice() {
        let mime = voice.mime_type.as_ref().map_or_else(|| "audio/ogg".to_string(), ToString::to_string);
        Some(FileOf { kind: MediaKind::Voice, meta: &voice.file, mime, name: None })
    } else if let Some(document) = message.document() {
        let mime = document.mime_type.as_ref().map_or_else(|| "application/octet-stream".to_string(), ToString::to_string);
        Some(FileOf { kind: MediaKind::Document, meta: &document.file, mime, name: document.file_name.clone() })
    } else {
        None
    }
}

impl<G: Conversations> Telegram<G> {
    /// The event a message with media becomes: the file itself when it is kept and came
    /// within the limits, `TooLarge` when it is over the cap, else its kind (a failed or
    /// slow download too: the person learns a file came that did not come along).
    pub(crate) async fn media_event(&self, from: &User, message: &Message) -> Result<InboundKind> {
        let kind = media_kind(message).unwrap_or(MediaKind::Other);
        let Some(file) = file_of(message) else { return Ok(InboundKind::Media(kind)) };
        let keeps = self.inner.gateway.keeps_files(CHANNEL, &from.id.0.to_string()).await.map_err(|e| Error::Gateway(Box::new(e)))?;
        if !keeps {
            return Ok(InboundKind::Media(kind));
        }
        if announced_too_large(Some(u64::from(file.meta.size))) {
            tracing::info!(size = file.meta.size, "a file is too large to pass on; not downloaded");
            return Ok(InboundKind::TooLarge(file.kind));
        }
        let bot = &self.inner.bot;
        let download = async {
            let found = bot.get_file(file.meta.id.clone()).await.map_err(|e| e.to_string())?;
            Ok(bot.download_file_stream(&found.path).map(|chunk| chunk.map_err(|e| e.to_string())))
        };
        match fetch_capped(download).await {
            Ok(bytes) => Ok(passable(Attachment { kind: file.kind, mime: file.mime, name: file.name, caption: message.caption().map(str::to_string), bytes: bytes.into() }).await),
            Err(Refused::TooLarge) => {
                tracing::info!(announced = file.meta.size, "a file was larger than announced; its download was stopped");
                Ok(InboundKind::TooLarge(file.kind))
            }
            Err(Refused::TimedOut) => {
                tracing::warn!(timeout = ?DOWNLOAD_TIMEOUT, "a file the user sent took too long to download");
                Ok(InboundKind::Media(file.kind))
            }
            Err(Refused::Failed(error)) => {
                tracing::warn!(%error, "could not download a file the user sent");
                Ok(InboundKind::Media(file.kind))
            }
        }
    }
}
