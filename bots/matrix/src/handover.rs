//! Handovers on Matrix: each taken request gets its own encrypted room with the person who
//! answers it, so a helper with several requests keeps them apart; and photos, voice notes
//! and documents pass both ways as real files (decrypted on the way in, encrypted on the way
//! out by matrix-sdk).

use matrix_sdk::attachment::AttachmentConfig;
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoomRequest, RoomPreset};
use matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent;
use matrix_sdk::ruma::events::room::message::{MessageType, TextMessageEventContent};
use matrix_sdk::ruma::events::room::MediaSource;
use matrix_sdk::ruma::events::InitialStateEvent;
use matrix_sdk::ruma::{OwnedTransactionId, RoomId, UInt, UserId};
use matrix_sdk::Room;
use wegweiser_core::cleaning::passable;
use wegweiser_core::delivery::SendError;
use wegweiser_core::log_tag::tag;
use wegweiser_core::media::{announced_too_large, Refused};
use wegweiser_core::{Attachment, Conversations, InboundKind, MediaKind, Outbound};

use crate::render::{notice, Notice};
use crate::{Error, Matrix, Result, CHANNEL};

/// State-store keys: `…room.<handover>.<helper>` → the room; `…of.<room>` → the handover.
const HANDOVER_ROOM_PREFIX: &str = "wegweiser.handover_room.";
const ROOM_HANDOVER_PREFIX: &str = "wegweiser.handover_of.";

/// The state-store key of handover `id`'s room with its helper `user`.
pub(crate) fn room_key(id: i64, user: &UserId) -> String {
    format!("{HANDOVER_ROOM_PREFIX}{id}.{user}")
}

/// The state-store key naming the handover whose own room `room_id` is.
pub(crate) fn handover_key(room_id: &RoomId) -> String {
    format!("{ROOM_HANDOVER_PREFIX}{room_id}")
}

impl<G: Conversations> Matrix<G> {
    /// The handover whose own room `room_id` is, if it is one.
    pub(crate) async fn handover_of_room(&self, room_id: &RoomId) -> Result<Option<i64>> {
        let key = handover_key(room_id);
        let stored = self.inner.client.state_store().get_custom_value(key.as_bytes()).await?;
        Ok(stored.and_then(|bytes| String::from_utf8_lossy(&bytes).parse().ok()))
    }

    /// The room of handover `id` with its helper `user`: the one opened before while it is
    /// still theirs alone ([`crate::trust::is_private_with`]), else a new encrypted room the
    /// helper is invited to.
    pub(crate) async fn handover_room(&self, user: &UserId, id: i64) -> Result<Room> {
        let key = room_key(id, user);
        let store = self.inner.client.state_store();
        let known = store.get_custom_value(key.as_bytes()).await?.and_then(|bytes| RoomId::parse(String::from_utf8_lossy(&bytes).as_ref()).ok());
        if let Some(room) = known.and_then(|id| self.inner.client.get_room(&id))
            && self.is_private_with(&room, user).await?
        {
            return Ok(room);
        }
        let mut request = CreateRoomRequest::new();
        request.invite = vec![user.to_owned()];
        request.name = Some(format!("{} #{id}", self.inner.deployment));
        request.preset = Some(RoomPreset::TrustedPrivateChat);
        request.initial_state = vec![InitialStateEvent::with_empty_state_key(RoomEncryptionEventContent::with_recommended_defaults()).to_raw_any()];
        let room = self.inner.client.create_room(request).await?;
        store.set_custom_value(key.as_bytes(), room.room_id().as_bytes().to_vec()).await?;
        let back = handover_key(room.room_id());
        store.set_custom_value(back.as_bytes(), id.to_string().into_bytes()).await?;
        tracing::info!(handover = id, room = %tag(room.room_id()), "opened a room for a handover");
        Ok(room)
    }

    /// The event a media message becomes: its file (decrypted in encrypted rooms) when it
    /// is kept — `sender`'s conversation keeps files, or it came in a handover's own room —
    /// and came within [`Attachment::MAX_BYTES`] and the time limit; `TooLarge` over the
    /// cap (announced so: not asked for; or found so while it arrives: stopped there); else
    /// `kind` as it is.
    pub(crate) async fn media_event(&self, sender: &UserId, in_handover_room: bool, content: &MessageType, kind: InboundKind) -> Result<InboundKind> {
        let (file_kind, source, mime, size, name, caption): (MediaKind, &MediaSource, Option<&str>, Option<UInt>, &str, Option<&str>) = match content {
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
            _ => return Ok(kind),
        };
        if !in_handover_room && !self.inner.gateway.keeps_files(CHANNEL, sender.as_str()).await.map_err(|e| Error::Gateway(Box::new(e)))? {
            return Ok(kind);
        }
        if announced_too_large(size.map(u64::from)) {
            tracing::info!(?size, "a file is too large to pass on; not downloaded");
            return Ok(InboundKind::TooLarge(file_kind));
        }
        match self.fetch_media(source).await {
            Ok(bytes) => Ok(passable(Attachment {
                kind: file_kind,
                mime: mime.unwrap_or(default_mime(file_kind)).to_string(),
                name: Some(name.to_string()).filter(|n| !n.is_empty()),
                caption: caption.map(str::to_string),
                bytes: bytes.into(),
            })
            .await),
            Err(Refused::TooLarge) => {
                tracing::info!(?size, "a file was larger than announced");
                Ok(InboundKind::TooLarge(file_kind))
            }
            Err(error) => {
                tracing::warn!(%error, "could not download a file the user sent");
                Ok(kind)
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
