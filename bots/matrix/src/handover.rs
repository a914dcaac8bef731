//! Handovers on Matrix: each taken request gets its own encrypted room with the person who
//! answers it, so a helper with several requests keeps them apart; and photos, voice notes
//! and documents pass both ways as real files (decrypted on the way in, encrypted on the way
//! out by matrix-sdk).

use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoomRequest, RoomPreset};
use matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent;
use matrix_sdk::ruma::events::room::message::{MessageType, TextMessageEventContent};
use matrix_sdk::ruma::events::room::MediaSource;
use matrix_sdk::ruma::events::InitialStateEvent;
use matrix_sdk::ruma::{OwnedTransactionId, RoomId, UInt, UserId};
use matrix_sdk::{Room, RoomState};
use wegweiser_core::delivery::SendError;
use wegweiser_core::{Attachment, Conversations, MediaKind, Outbound};

use crate::render::{notice, Notice};
use crate::{Matrix, Result};

/// State-store keys: `…room.<handover>.<helper>` → the room; `…of.<room>` → the handover.
const HANDOVER_ROOM_PREFIX: &str = "wegweiser.handover_room.";
const ROOM_HANDOVER_PREFIX: &str = "wegweiser.handover_of.";

impl<G: Conversations> Matrix<G> {
    /// The handover whose own room `room_id` is, if it is one.
    pub(crate) async fn handover_of_room(&self, room_id: &RoomId) -> Result<Option<i64>> {
        let key = format!("{ROOM_HANDOVER_PREFIX}{room_id}");
        let stored = self.inner.client.state_store().get_custom_value(key.as_bytes()).await?;
        Ok(stored.and_then(|bytes| String::from_utf8_lossy(&bytes).parse().ok()))
    }

    /// The room of handover `id` with its helper `user`: the one opened before while both
    /// are still in it, else a new encrypted room the helper is invited to.
    pub(crate) async fn handover_room(&self, user: &UserId, id: i64) -> Result<Room> {
        let key = format!("{HANDOVER_ROOM_PREFIX}{id}.{user}");
        let store = self.inner.client.state_store();
        let known = store.get_custom_value(key.as_bytes()).await?.and_then(|bytes| RoomId::parse(String::from_utf8_lossy(&bytes).as_ref()).ok());
        if let Some(room) = known.and_then(|id| self.inner.client.get_room(&id)).filter(|r| r.state() == RoomState::Joined && r.active_members_count() > 1) {
            return Ok(room);
        }
        let mut request = CreateRoomRequest::new();
        request.invite = vec![user.to_owned()];
        request.name = Some(format!("{} #{id}", self.inner.deployment));
        request.preset = Some(RoomPreset::TrustedPrivateChat);
        request.initial_state = vec![InitialStateEvent::with_empty_state_key(RoomEncryptionEventContent::with_recommended_defaults()).to_raw_any()];
        let room = self.inner.client.create_room(request).await?;
        store.set_custom_value(key.as_bytes(), room.room_id().as_bytes().to_vec()).await?;
        let back = format!("{ROOM_HANDOVER_PREFIX}{}", room.room_id());
        store.set_custom_value(back.as_bytes(), id.to_string().into_bytes()).await?;
        tracing::info!(handover = id, room = %room.room_id(), "opened a room for a handover");
        Ok(room)
    }

    /// Downloads the file of an image, audio or file message (decrypting it in encrypted
    /// rooms), so that it can be passed on. None for other messages, files over
    /// [`Attachment::MAX_BYTES`] or a failed download.
    pub(crate) async fn fetch_attachment(&self, content: &MessageType) -> Option<Attachment> {
        let (kind, source, mime, size, name, caption): (MediaKind, &MediaSource, Option<&str>, Option<UInt>, &str, Option<&str>) = match content {
            MessageType::Image(c) => {
                let info = c.info.as_deref();
                (MediaKind::Photo, &c.source, info.and_then(|i| i.mimetype.as_deref()), info.and_then(|i| i.size), c.filename(), c.caption())
            }
            MessageType::Audio(c) => {
                let info = c.info.as_deref();
                (MediaKind::Voice, &c.source, info.and_then(|i| i.mimetype.as_deref()), info.and_then(|i| i.size), c.filename(), c.caption())
            }
            MessageType::File(c) => {
                let info = c.info.as_deref();
                (MediaKind::Document, &c.source, info.and_then(|i| i.mimetype.as_deref()), info.and_then(|i| i.size), c.filename(), c.caption())
            }
            _ => return None,
        };
        if size.is_some_and(|s| u64::from(s) > Attachment::MAX_BYTES as u64) {
            tracing::info!(?size, "a file is too large to pass on");
            return None;
        }
        let request = MediaRequestParameters { source: source.clone(), format: MediaFormat::File };
        match self.inner.client.media().get_media_content(&request, false).await {
            Ok(bytes) if bytes.len() <= Attachment::MAX_BYTES => Some(Attachment {
                kind,
                mime: mime.unwrap_or(default_mime(kind)).to_string(),
                name: Some(name.to_string()).filter(|n| !n.is_empty()),
                caption: caption.map(str::to_string),
                bytes: bytes.into(),
            }),
            Ok(_) => None,
            Err(error) => {
                tracing::warn!(%error, "could not download a file the user sent");
                None
            }
        }
    }

    /// Sends a file with the message's text as its caption (plain and HTML, like every
    /// notice). One transaction id for every try and every later send of the same stored
    /// message, so a retried upload is not shown twice.
    pub(crate) async fn send_attachment(
        &self,
        room: &Room,
        message: &Outbound,
        file: &Attachment,
        transaction: OwnedTransactionId,
    ) -> Result<(), SendError<matrix_sdk::Error>> {
        let Notice { plain, html } = notice(message);
        let caption = (!plain.is_empty()).then(|| TextMessageEventContent::html(plain, html));
        let mime: mime::Mime = file.mime.parse().unwrap_or(mime::APPLICATION_OCTET_STREAM);
        self.inner
            .limits
            .send(&room.room_id().to_owned(), || {
                let config = AttachmentConfig::new().txn_id(transaction.clone()).caption(caption.clone());
                room.send_attachment(file.file_name(), &mime, file.bytes.to_vec(), config)
            })
            .await
            .map(drop)
    }
}

fn default_mime(kind: MediaKind) -> &'static str {
    match kind {
        MediaKind::Photo => "image/jpeg",
        MediaKind::Voice => "audio/ogg",
        _ => "application/octet-stream",
    }
}
