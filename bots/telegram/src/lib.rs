//! Wegweiser's Telegram channel. Updates become the gateway's inbound events; replies become
//! HTML messages with inline keyboards. An update is acknowledged (the polling offset moves
//! past it, or the webhook answers 200) only after the gateway committed its effects, and
//! the gateway ignores an update id it handled before. Everything sent, replies and outbox
//! notifications alike, goes through one set of rate limits.

mod delivery;
mod intake;
mod media;
mod render;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use subtle::ConstantTimeEq;

use teloxide::payloads::{
    EditMessageTextSetters, SendMessageSetters, SetMyCommandsSetters,
    SetMyDescriptionSetters, SetMyShortDescriptionSetters, SetWebhookSetters,
};
use teloxide::payloads::{SendDocumentSetters, SendPhotoSetters, SendVoiceSetters};
use teloxide::prelude::Requester;
use teloxide::types::{
    AllowedUpdate, BotCommand, CallbackQuery, ChatId, InputFile, ReplyParameters, InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageId, ParseMode,
    Update, UpdateKind,
};
use teloxide::{Bot, RequestError};
use tokio::sync::Mutex;
use wegweiser_core::{Attachment, Conversations, Inbound, InboundKind, MediaKind, Outbound, Replies, Secret};
use wegweiser_core::i18n::for_display;

pub use delivery::{classify, Limits, SendError};
use wegweiser_core::delivery::{self as shared, Sender};
use wegweiser_core::lanes::Lanes;
use wegweiser_core::log_tag::tag;
pub use render::{callback_data, escape_html, keyboard, parse_callback, split_text, Pressed, MAX_CALLBACK_BYTES, MAX_CAPTION_UNITS, MAX_TEXT_UNITS};

/// The channel name Telegram conversations are stored under.
pub const CHANNEL: &str = "telegram";

/// How long a long-polling request waits for updates.
const POLL_TIMEOUT: Duration = Duration::from_secs(25);

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("Telegram: {0}")]
    Telegram(#[from] RequestError),
    #[error("the gateway failed: {0}")]
    Gateway(Box<dyn std::error::Error + Send + Sync>),
    #[error("the Bot API URL '{0}' is not a URL")]
    ApiUrl(String),
    #[error("cannot listen for the webhook: {0}")]
    Listen(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Where and how to reach Telegram.
#[derive(Debug, Clone)]
pub struct Connection {
    pub token: Secret,
    /// Another Bot API server (a local one, a test emulator); Telegram's own when None.
    pub api_url: Option<String>,
    /// Messages a second to all chats together; about 30 when None.
    pub messages_per_second: Option<u32>,
    /// The share of it a broadcast takes, in percent; 60 when None.
    pub broadcast_percent: Option<u32>,
}

/// The Telegram channel; cheap to clone, all clones share the bot and the limits.
pub struct Telegram<G> {
    inner: Arc<Inner<G>>,
}

impl<G> Clone for Telegram<G> {
    fn clone(&self) -> Self {
        Self { inner: self.inner.clone() }
    }
}

struct Inner<G> {
    bot: Bot,
    gateway: Arc<G>,
    limits: Limits,
    /// Messages a second to all chats together.
    per_second: u32,
    /// The share of them a broadcast takes, in percent.
    broadcast_percent: u32,
    /// The bot's @name, learnt from getMe: recognises being addressed in groups.
    username: String,
    /// One lock per chat: a chat's updates are handled one after another.
    chats: Mutex<HashMap<i64, Arc<Mutex<()>>>>,
    /// Each chat's replies go out in order, in its own lane: a chat with a backlog (a flood,
    /// a long answer in parts) holds up neither the others nor the intake of updates.
    sending: Lanes<i64>,
    /// Each chat's polled updates are handled in order, in its own lane: a chat waiting for
    /// a file holds up neither the others nor the polling.
    intake: Lanes<i64>,
}

impl<G: Conversations> Telegram<G> {
    /// Connects (getMe) and returns the channel. The token is never logged.
    pub async fn connect(connection: &Connection, gateway: Arc<G>) -> Result<Self> {
        // A long poll must end before the HTTP client gives up on it.
        let client = teloxide::net::default_reqwest_settings()
            .timeout(POLL_TIMEOUT + Duration::from_secs(15))
            .build()
            .map_err(|e| Error::Telegram(e.into()))?;
        let mut bot = Bot::with_client(connection.token.expose(), client);
        if let Some(url) = &connection.api_url {
            let parsed = url.parse().map_err(|_| Error::ApiUrl(url.clone()))?;
            bot = bot.set_api_url(parsed);
        }
        let me = bot.get_me().await?;
        let username = me.username.clone().unwrap_or_default();
        tracing::info!(bot = %username, "connected to Telegram");
        let per_second = connection.messages_per_second.unwrap_or(delivery::MESSAGES_PER_SECOND);
        Ok(Self {
            inner: Arc::new(Inner {
                bot,
                gateway,
                limits: delivery::limits(per_second),
                per_second,
                broadcast_percent: connection.broadcast_percent.unwrap_or(shared::DEFAULT_BROADCAST_PERCENT),
                username,
                chats: Mutex::default(),
                sending: Lanes::default(),
                intake: Lanes::default(),
            }),
        })
    }

    /// The bot's @name without the @.
    pub fn username(&self) -> &str {
        &self.inner.username
    }

    /// Sets the command menu and the bot's descriptions in every served language that
    /// Telegram has a two-letter code for, and the base language as the default. Each call
    /// waits and retries like a message; one that still fails is logged, not fatal: the bot
    /// works without them.
    pub async fn describe(&self) {
        let gateway = &self.inner.gateway;
        let locales = gateway.locales();
        let mut targets: Vec<(Option<String>, String)> = vec![(None, locales[0].clone())];
        for tag in &locales {
            if let Some(code) = telegram_language_code(tag)
                && !targets.iter().any(|(c, _)| c.as_deref() == Some(code))
            {
                targets.push((Some(code.to_string()), tag.clone()));
            }
        }
        for (code, tag) in targets {
            let text = |id: &str| gateway.render(Some(&tag), id).text;
            let commands: Vec<BotCommand> = COMMANDS.iter().map(|(name, id)| BotCommand::new(*name, text(id))).collect();
            let bot = &self.inner.bot;
            let mut set_commands = bot.set_my_commands(commands);
            let mut description = bot.set_my_description().description(text("bot-description"));
            let mut short = bot.set_my_short_description().short_description(text("bot-short-description"));
            if let Some(code) = &code {
                set_commands = set_commands.language_code(code.clone());
                description = description.language_code(code.clone());
                short = short.language_code(code.clone());
            }
            let limits = &self.inner.limits;
            let tried = [
                limits.call(|| set_commands.clone()).await.map(drop),
                limits.call(|| description.clone()).await.map(drop),
                limits.call(|| short.clone()).await.map(drop),
            ];
            for result in tried {
                if let Err(e) = result {
                    tracing::warn!(language = code.as_deref().unwrap_or("default"), error = %e, "could not set the bot's commands or description");
                }
            }
        }
    }

    /// Waits until the replies handed to the chats' send lanes are sent: the last step of
    /// a stop.
    pub async fn finish_sending(&self) {
        self.inner.sending.idle().await;
    }

    /// Handles one update; Ok once its effects are committed and its replies sent (or found
    /// undeliverable). An Err means it should be delivered again.
    pub async fn handle_update(&self, update: Update) -> Result<()> {
        let chat = update.chat().map_or(0, |c| c.id.0);
        let lock = self.inner.chats.lock().await.entry(chat).or_default().clone();
        let handled = {
            let _in_order = lock.lock().await;
            let id = update.id.0.to_string();
            match update.kind {
                UpdateKind::Message(message) => self.on_message(id, message).await,
                UpdateKind::CallbackQuery(query) => self.on_callback(id, query).await,
                _ => Ok(()),
            }
        };
        // The chat's lock goes once nobody else waits for it, so the map stays small.
        let mut chats = self.inner.chats.lock().await;
        if Arc::strong_count(&lock) == 2 {
            chats.remove(&chat);
        }
        handled
    }

    async fn on_message(&self, event_id: String, message: Message) -> Result<()> {
        let Some(from) = message.from.clone() else { return Ok(()) };
        if !message.chat.is_private() {
            return self.in_group(&message).await;
        }
        let kind = match message.text() {
            Some(text) if media_kind(&message).is_none() => InboundKind::from_typed(text),
            _ => self.media_event(&from, &message).await?,
        };
        let inbound = private_event(&from, event_id, kind, Some(message.id.0.to_string()));
        let Some(replies) = self.inner.gateway.handle(&inbound).await.map_err(|e| Error::Gateway(Box::new(e)))? else {
            return Ok(());
        };
        let (channel, chat) = (self.clone(), message.chat.id);
        self.inner.sending.push(chat.0, async move { channel.send_all(chat, &replies).await });
        Ok(())
    }

    async fn on_callback(&self, event_id: String, query: CallbackQuery) -> Result<()> {
        // The press is answered beside the event's handling, waiting and retrying as the
        // network asks, so that the button stops spinning even when Telegram is busy.
        let (channel, press) = (self.clone(), query.id.clone());
        tokio::spawn(async move {
            if let Err(e) = channel.inner.limits.call(|| channel.inner.bot.answer_callback_query(press.clone())).await {
                tracing::warn!(error = %e, "could not answer a button press");
            }
        });
        let Some(pressed) = &query.message else { return Ok(()) };
        if !pressed.chat().is_private() {
            return Ok(());
        }
        let kind = match query.data.as_deref().and_then(parse_callback) {
            Some(Pressed::Option { menu, option }) => InboundKind::Button { menu, option },
            Some(Pressed::Command(command)) => InboundKind::from_typed(&command),
            // Not ours: handled as a press of a menu that does not exist, i.e. out of date.
            None => InboundKind::Button { menu: u32::MAX, option: u16::MAX },
        };
        let inbound = private_event(&query.from, event_id, kind, None);
        let Some(replies) = self.inner.gateway.handle(&inbound).await.map_err(|e| Error::Gateway(Box::new(e)))? else {
            return Ok(());
        };
        let (channel, chat, menu) = (self.clone(), pressed.chat().id, pressed.id());
        self.inner.sending.push(chat.0, async move { channel.answer_press(chat, menu, &replies).await });
        Ok(())
    }

    /// Answers a press: a one-message answer with buttons replaces the pressed menu, else
    /// the menu loses its buttons (so it cannot be pressed by mistake later) and the answer
    /// comes as new messages.
    async fn answer_press(&self, chat: ChatId, menu: MessageId, replies: &Replies) {
        if let [only] = replies.messages.as_slice()
            && !only.buttons.is_empty()
            && self.edit(chat, menu, only).await
        {
            shared::settle_replies(&*self.inner.gateway, CHANNEL, &chat.0.to_string(), replies, vec![Ok::<Vec<String>, SendError>(Vec::new())]).await;
            return;
        }
        let cleared = self.inner.limits.call(|| self.inner.bot.edit_message_reply_markup(chat, menu)).await;
        if let Err(e) = cleared {
            tracing::debug!(error = %e, "could not clear the pressed menu");
        }
        self.send_all(chat, replies).await;
    }

    /// Replaces the pressed menu with the next one, when it fits in one message.
    async fn edit(&self, chat: ChatId, message: MessageId, reply: &Outbound) -> bool {
        let parts = split_text(&reply.text, MAX_TEXT_UNITS - 1);
        let [text] = parts.as_slice() else { return false };
        let html = escape_html(&for_display(text, reply.direction));
        let markup = keyboard(&reply.buttons);
        let edited = self
            .inner
            .limits
            .call(|| {
                let request = self.inner.bot.edit_message_text(chat, message, html.clone()).parse_mode(ParseMode::Html);
                match &markup {
                    Some(markup) => request.reply_markup(markup.clone()),
                    None => request,
                }
            })
            .await;
        edited.is_ok()
    }

    /// Sends the replies to an event in order, stopping at the first that fails, and
    /// records how it went (what was not sent, the outbox sends later). A reply too long for
    /// one message goes in parts, its buttons on the last.
    async fn send_all(&self, chat: ChatId, replies: &Replies) {
        shared::send_replies(&*self.inner.gateway, CHANNEL, &chat.0.to_string(), replies, |i| self.send(chat, &replies.messages[i])).await;
    }

    /// Sends one reply; returns the ids of the messages it became.
    async fn send(&self, chat: ChatId, reply: &Outbound) -> Result<Vec<String>, SendError> {
        if let Some(file) = &reply.attachment {
            return self.send_file(chat, reply, file).await;
        }
        // One unit is kept for the right-to-left mark a part cut inside a line opens with.
        let parts = split_text(&reply.text, MAX_TEXT_UNITS - 1);
        let last = parts.len() - 1;
        let mut sent = Vec::with_capacity(parts.len());
        for (i, part) in parts.iter().enumerate() {
            let html = escape_html(&for_display(part, reply.direction));
            let markup = if i == last { keyboard(&reply.buttons) } else { None };
            let message = self
                .inner
                .limits
                .send(&chat.0, || {
                    let request = self.inner.bot.send_message(chat, html.clone()).parse_mode(ParseMode::Html);
                    match &markup {
                        Some(markup) => request.reply_markup(markup.clone()),
                        None => request,
                    }
                })
                .await?;
            sent.push(message.id.0.to_string());
        }
        Ok(sent)
    }

    /// Sends a file with the reply's text as its caption; a text too long for a caption
    /// goes first as a message of its own. Photos go as photos, OGG voice notes as voice
    /// notes, everything else as a document under its file name; a photo Telegram refuses
    /// as a photo (too large, odd dimensions) goes again as a document.
    async fn send_file(&self, chat: ChatId, reply: &Outbound, file: &Attachment) -> Result<Vec<String>, SendError> {
        let fits = reply.text.encode_utf16().count() <= MAX_CAPTION_UNITS;
        let mut sent = Vec::new();
        if !fits {
            let text_only = Outbound { attachment: None, buttons: Vec::new(), ..reply.clone() };
            sent = Box::pin(self.send(chat, &text_only)).await?;
        }
        let caption = fits.then(|| escape_html(&reply.text)).filter(|c| !c.is_empty());
        let uploaded = match self.upload(chat, file, caption.clone(), keyboard(&reply.buttons), false).await {
            Err(SendError::Refused(e)) if file.kind == MediaKind::Photo => {
                tracing::info!(error = %e, "Telegram refused a photo; sending it as a document");
                self.upload(chat, file, caption, keyboard(&reply.buttons), true).await
            }
            uploaded => uploaded,
        };
        sent.extend(uploaded?);
        Ok(sent)
    }

    async fn upload(&self, chat: ChatId, file: &Attachment, caption: Option<String>, markup: Option<InlineKeyboardMarkup>, as_document: bool) -> Result<Vec<String>, SendError> {
        let name = file.file_name();
        let bot = &self.inner.bot;
        let sent = self
            .inner
            .limits
            .send(&chat.0, || -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Message, RequestError>> + Send + '_>> {
                let input = InputFile::memory(file.bytes.to_vec()).file_name(name.clone());
                let (caption, markup) = (caption.clone(), markup.clone());
                // The three requests differ in type only: the same caption, format and buttons.
                macro_rules! sent_with_caption {
                    ($request:expr) => {
                        Box::pin(async move {
                            let mut request = $request.parse_mode(ParseMode::Html);
                            if let Some(caption) = caption {
                                request = request.caption(caption);
                            }
                            if let Some(markup) = markup {
                                request = request.reply_markup(markup);
                            }
                            request.await
                        })
                    };
                }
                match file.kind {
                    MediaKind::Photo if !as_document && file.mime.starts_with("image/") => sent_with_caption!(bot.send_photo(chat, input)),
                    MediaKind::Voice if !as_document && file.mime == "audio/ogg" => sent_with_caption!(bot.send_voice(chat, input)),
                    _ => sent_with_caption!(bot.send_document(chat, input)),
                }
            })
            .await?;
        Ok(vec![sent.id.0.to_string()])
    }

    /// In a group the bot answers only when addressed, and then only points to a private
    /// chat: nothing personal is ever shown in a group.
    async fn in_group(&self, message: &Message) -> Result<()> {
        let username = &self.inner.username;
        let mentioned = !username.is_empty() && message.text().is_some_and(|t| t.contains(&format!("@{username}")));
        let replied_to_bot = message.reply_to_message().and_then(|m| m.from.as_ref()).is_some_and(|u| u.is_bot && u.username.as_deref() == Some(username));
        if !mentioned && !replied_to_bot {
            return Ok(());
        }
        let language = message.from.as_ref().and_then(|u| u.language_code.clone());
        let note = self.inner.gateway.render(language.as_deref(), "group-private");
        let open = self.inner.gateway.render(language.as_deref(), "group-open-chat");
        let chat = message.chat.id;
        let link = format!("https://t.me/{username}");
        let markup = link.parse().ok().map(|url| InlineKeyboardMarkup::new([[InlineKeyboardButton::url(open.text.clone(), url)]]));
        let sent = self
            .inner
            .limits
            .send(&chat.0, || {
                let request = self.inner.bot.send_message(chat, escape_html(&note.text)).parse_mode(ParseMode::Html).reply_parameters(ReplyParameters::new(message.id));
                match &markup {
                    Some(markup) => request.reply_markup(markup.clone()),
                    None => request,
                }
            })
            .await;
        if let Err(e) = sent {
            tracing::warn!(chat = %tag(chat.0.to_string()), error = %e, "could not answer in a group");
        }
        Ok(())
    }

    /// Delivers outbox notifications to Telegram users until the gateway stops, through the
    /// delivery path all channels share.
    pub async fn deliver_outbox(&self) {
        shared::deliver_outbox(self.inner.gateway.clone(), CHANNEL, self.clone()).await
    }

    /// Sends confirmed broadcasts, paced at the channel's messages a second, until the
    /// gateway stops.
    pub async fn deliver_broadcasts(&self) {
        shared::deliver_broadcasts(self.inner.gateway.clone(), CHANNEL, self.clone(), self.inner.per_second, self.inner.broadcast_percent).await
    }

    /// Registers the webhook with Telegram (`url`, checked by `secret`) and returns the HTTP
    /// routes that receive updates. An update is answered 200 once handled; an error
    /// answers 500 so that Telegram delivers it again.
    pub async fn webhook(&self, url: &str, secret: &Secret) -> Result<axum::Router> {
        let parsed = url.parse().map_err(|_| Error::ApiUrl(url.to_string()))?;
        let allowed = [AllowedUpdate::Message, AllowedUpdate::CallbackQuery];
        self.inner.bot.set_webhook(parsed).allowed_updates(allowed).secret_token(secret.expose().to_string()).await?;
        let path = url::path_of(url);
        let state = WebhookState { channel: self.clone(), secret: secret.clone() };
        Ok(axum::Router::new().route(&path, axum::routing::post(receive::<G>)).with_state(Arc::new(state)))
    }
}

impl<G: Conversations> Sender for Telegram<G> {
    type Error = RequestError;

    /// Telegram has one chat per user: a handover's messages go there too.
    async fn send_to(&self, user: &str, message: &Outbound, _handover: Option<i64>, _origin: shared::Origin) -> Result<Vec<String>, SendError> {
        let Ok(id) = user.parse::<i64>() else {
            tracing::warn!(user = %tag(user), "not a Telegram chat id; the notification cannot be sent");
            return Err(SendError::Unreachable);
        };
        self.send(ChatId(id), message).await
    }

    /// Deletes up to a hundred messages a call; Telegram skips those it no longer has or
    /// that are older than 48 hours. Only ids the store kept come here.
    async fn erase(&self, user: &str, _handover: Option<i64>, erase: &wegweiser_core::Erase) -> Result<u32, SendError> {
        let wegweiser_core::Erase::Messages(messages) = erase else { return Ok(0) };
        let Ok(chat) = user.parse::<i64>() else { return Err(SendError::Unreachable) };
        let ids: Vec<MessageId> = messages.iter().filter_map(|m| m.parse().ok()).map(MessageId).collect();
        for chunk in ids.chunks(100) {
            self.inner.limits.call(|| self.inner.bot.delete_messages(ChatId(chat), chunk.to_vec())).await?;
        }
        Ok(0)
    }
}

/// An event from `from`'s private chat with the bot; `message` is its id there, when it is
/// a message the bot may delete later.
fn private_event(from: &teloxide::types::User, event_id: String, kind: InboundKind, message: Option<String>) -> Inbound {
    Inbound {
        channel: CHANNEL.into(),
        user: from.id.0.to_string(),
        event_id,
        kind,
        language_hint: from.language_code.clone(),
        handover: None,
        staff_room: None,
        message,
    }
}

/// The commands in the menu, with the message describing each.
const COMMANDS: &[(&str, &str)] =
    &[
    ("start", "cmd-start"),
    ("my", "cmd-my"),
    ("human", "cmd-human"),
    ("language", "cmd-language"),
    ("subscribe", "cmd-subscribe"),
    ("privacy", "cmd-privacy"),
    ("clear", "cmd-clear"),
    ("help", "cmd-help"),
    ("stop", "cmd-stop"),
];

/// Telegram names languages by two-letter codes; Dari shares Persian's, Sorani has none.
fn telegram_language_code(tag: &str) -> Option<&str> {
    (tag.len() == 2).then_some(tag)
}

fn media_kind(message: &Message) -> Option<MediaKind> {
    if message.photo().is_some() || message.video().is_some() || message.animation().is_some() {
        Some(MediaKind::Photo)
    } else if message.voice().is_some() || message.audio().is_some() || message.video_note().is_some() {
        Some(MediaKind::Voice)
    } else if message.sticker().is_some() {
        Some(MediaKind::Sticker)
    } else if message.document().is_some() {
        Some(MediaKind::Document)
    } else if message.location().is_some() {
        Some(MediaKind::Location)
    } else if message.text().is_none() {
        Some(MediaKind::Other)
    } else {
        None
    }
}

struct WebhookState<G> {
    channel: Telegram<G>,
    secret: Secret,
}

const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// Telegram's updates are a few kilobytes; a body above this is not one.
const LARGEST_UPDATE: usize = 1 << 20;

/// Receives one update. The secret is checked first, in constant time, and the body is
/// read only after it matched: a forged request learns nothing and changes nothing.
async fn receive<G: Conversations>(
    axum::extract::State(state): axum::extract::State<Arc<WebhookState<G>>>,
    request: axum::extract::Request,
) -> axum::http::StatusCode {
    use axum::http::StatusCode;
    let sent = request.headers().get(SECRET_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
    if !bool::from(sent.ct_eq(state.secret.expose().as_bytes())) {
        tracing::warn!("a webhook request without the right secret was refused");
        return StatusCode::UNAUTHORIZED;
    }
    let Ok(body) = axum::body::to_bytes(request.into_body(), LARGEST_UPDATE).await else {
        tracing::warn!("a webhook request was too large for an update; refused");
        return StatusCode::PAYLOAD_TOO_LARGE;
    };
    let update: Update = match serde_json::from_slice(&body) {
        Ok(update) => update,
        Err(e) => {
            tracing::warn!(error = %e, "a webhook request was not an update; refused");
            return StatusCode::BAD_REQUEST;
        }
    };
    match state.channel.handle_update(update).await {
        Ok(()) => StatusCode::OK,
        Err(e) => {
            tracing::error!(error = %e, "webhook update not handled; Telegram will send it again");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

mod url {
    /// The path part of a URL, "/" when it has none.
    pub fn path_of(url: &str) -> String {
        let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
        match rest.find('/') {
            Some(i) => rest[i..].split(['?', '#']).next().unwrap_or("/").to_string(),
            None => "/".to_string(),
        }
    }

    #[cfg(test)]
    #[test]
    fn paths() {
        assert_eq!(path_of("https://bot.example.org/telegram/abc?x=1"), "/telegram/abc");
        assert_eq!(path_of("https://bot.example.org"), "/");
    }
}
