//! The gateway: one inbound event in, committed, replies out. Shared by every channel.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use jiff::civil::DateTime;
use wegweiser_core::broadcast::{DeliveryStatus, Source};
use wegweiser_core::{BroadcastDelivery, CancellationToken, Conversations, Delivery, Engine, Inbound, NotificationArg, Outbound, Replies, Sent};
use wegweiser_store::Processed;

use crate::flood::Verdict;
use wegweiser_store::Store;

/// What became of an inbound event.
#[derive(Debug, Clone, PartialEq)]
pub enum Handled {
    /// Processed and committed, or given up after its last attempt (then the replies are
    /// an apology); the replies go to the user, and are reported sent with
    /// [`Store::mark_delivered`].
    Replies(Replies),
    /// This platform event id was processed before; nothing to do.
    Duplicate,
}

/// The message a user gets when their event failed on every attempt.
pub const EVENT_FAILED: &str = "event-failed";

/// Engine and store together. Events of one conversation must be handed in order; the
/// store serialises commits, so different conversations may be handled concurrently.
pub struct Gateway {
    engine: Arc<Engine>,
    store: Store,
    clock: Clock,
    /// Limits for users who write too fast; only where a network can bring floods.
    flood: Option<crate::flood::FloodGuard>,
    /// Cancelled by [`Gateway::stop`]: every long-running loop ends after the work in hand.
    stopping: CancellationToken,
}

/// Tells a user who writes too fast to slow down.
pub const SLOW_DOWN: &str = "slow-down";

/// The city's local time: the real one, or one shifted to start at a chosen moment (for
/// trying reminders and for tests) that then runs on like a real clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct Clock {
    shift: jiff::SignedDuration,
}

impl Clock {
    /// A clock that reads `start` now.
    pub fn starting_at(start: DateTime, engine: &Engine) -> Self {
        let tz = &engine.config().time_zone;
        let real = jiff::Timestamp::now();
        let wanted = tz.to_ambiguous_timestamp(start).compatible().unwrap_or(real);
        Self { shift: real.duration_until(wanted) }
    }

    /// The city's local time on this clock.
    pub fn now(&self, engine: &Engine) -> DateTime {
        let now = jiff::Timestamp::now().checked_add(self.shift).unwrap_or_else(|_| jiff::Timestamp::now());
        engine.config().time_zone.to_datetime(now)
    }
}

/// How often the scheduler looks for due reminders, waiting handovers and old transcripts.
pub const SCHEDULER_INTERVAL: Duration = Duration::from_secs(10);

/// How often conversations are looked at for being silent for long: the periods are months
/// and days, and the look reads every conversation.
pub const IDLE_CONVERSATIONS_INTERVAL: Duration = Duration::from_secs(3600);

/// How long platform event ids are remembered: platforms redeliver within minutes.
pub const KEEP_EVENT_IDS: Duration = Duration::from_secs(7 * 24 * 3600);

impl Gateway {
    pub fn new(engine: Engine, store: Store) -> Self {
        Self::with_clock(engine, store, Clock::default())
    }

    pub fn with_clock(engine: Engine, store: Store, clock: Clock) -> Self {
        Self { engine: Arc::new(engine), store, clock, flood: None, stopping: CancellationToken::new() }
    }

    /// Asks every long-running loop (intake, deliveries, the scheduler) to end once the work
    /// in hand is done.
    pub fn stop(&self) {
        self.stopping.cancel();
    }

    /// This gateway drops what a user sends faster than [`crate::flood`] allows, and tells
    /// them once to slow down (`serve`; the console types no floods).
    pub fn limiting_floods(mut self) -> Self {
        self.flood = Some(crate::flood::FloodGuard::default());
        self
    }

    /// The city's local time as this gateway sees it.
    pub fn local_now(&self) -> DateTime {
        self.clock.now(&self.engine)
    }

    /// Queues the session reminders due now; safe to run at any time, from any number of
    /// gateways, as often as wanted: each booking gets one reminder.
    pub async fn run_scheduler_once(&self) -> wegweiser_store::Result<usize> {
        self.store.queue_due_reminders(self.local_now(), self.engine.config().reminder_time).await
    }

    /// Offers handovers nobody took in time to all staff, and deletes transcripts past their
    /// retention (both configured in `[handover]`). Returns (escalated, purged).
    pub async fn look_after_handovers(&self) -> wegweiser_store::Result<(usize, usize)> {
        let config = self.engine.config();
        let escalated = self.store.escalate_handovers(config.escalate_after).await?;
        let purged = self.store.purge_transcripts(config.keep_transcripts).await?;
        Ok((escalated, purged))
    }

    /// Tells users silent for `[privacy] delete_idle_conversations_months` that their data
    /// will be deleted, and deletes it for those still silent `idle_notice_days` later.
    /// Returns (told, deleted).
    pub async fn look_after_idle_conversations(&self) -> wegweiser_store::Result<(usize, usize)> {
        let privacy = &self.engine.config().privacy;
        self.store.look_after_idle_conversations(privacy.idle_conversation(), privacy.idle_conversation_months, privacy.idle_notice).await
    }

    /// Runs the scheduler every [`SCHEDULER_INTERVAL`] until the gateway stops: queues due
    /// reminders, forgets platform event ids older than [`KEEP_EVENT_IDS`], deletes
    /// delivered messages past `[privacy] keep_delivered_days`, closes handovers nobody
    /// wrote in for `close_idle_handovers_days`, escalates
    /// handovers nobody took, deletes transcripts past their retention, and reports on
    /// broadcasts (progress, and the report once finished). Every
    /// [`IDLE_CONVERSATIONS_INTERVAL`] it also looks after conversations silent for long.
    pub async fn run_scheduler(self: Arc<Self>) {
        let mut ticks = tokio::time::interval(SCHEDULER_INTERVAL);
        let mut idle_looked_at: Option<std::time::Instant> = None;
        loop {
            tokio::select! {
                _ = ticks.tick() => {}
                () = self.stopping.cancelled() => return,
            }
            if let Err(e) = self.run_scheduler_once().await {
                tracing::warn!(error = %e, "could not queue session reminders; trying again later");
            }
            if let Err(e) = self.store.prune_processed_events(KEEP_EVENT_IDS).await {
                tracing::warn!(error = %e, "could not forget old event ids; trying again later");
            }
            if let Err(e) = self.store.prune_failed_events().await {
                tracing::warn!(error = %e, "could not forget old failed events; trying again later");
            }
            if let Err(e) = self.store.close_idle_handovers(self.engine.config().privacy.close_idle_handovers).await {
                tracing::warn!(error = %e, "could not close handovers nobody wrote in for long; trying again later");
            }
            if let Err(e) = self.store.prune_chat_messages().await {
                tracing::warn!(error = %e, "could not forget chat messages past deleting; trying again later");
            }
            if let Err(e) = self.store.prune_delivered(self.engine.config().privacy.keep_delivered).await {
                tracing::warn!(error = %e, "could not delete delivered messages past their retention; trying again later");
            }
            if idle_looked_at.is_none_or(|at| at.elapsed() >= IDLE_CONVERSATIONS_INTERVAL) {
                match self.look_after_idle_conversations().await {
                    Ok(_) => idle_looked_at = Some(std::time::Instant::now()),
                    Err(e) => tracing::warn!(error = %e, "could not look after conversations silent for long; trying again later"),
                }
            }
            if let Err(e) = self.look_after_handovers().await {
                tracing::warn!(error = %e, "could not escalate waiting handovers or delete old transcripts; trying again later");
            }
            match self.store.report_broadcasts().await {
                Ok(finished) => finished.iter().for_each(|id| tracing::info!(broadcast = id, "broadcast finished")),
                Err(e) => tracing::warn!(error = %e, "could not report on broadcasts; trying again later"),
            }
        }
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Dedupes, loads the state, runs the engine and commits state and effects in one
    /// transaction; only then are the replies returned for sending.
    pub async fn handle(&self, event: &Inbound) -> wegweiser_store::Result<Handled> {
        self.handle_with_language(event, None).await
    }

    /// Like [`Gateway::handle`], first presetting the conversation's language as the user's
    /// own choice when `lang` is given (`wegweiser chat --lang`).
    pub async fn handle_with_language(&self, event: &Inbound, lang: Option<&str>) -> wegweiser_store::Result<Handled> {
        match self.flood.as_ref().map_or(Verdict::Handle, |flood| flood.check(&event.channel, &event.user)) {
            Verdict::Handle => {}
            Verdict::Drop => return Ok(Handled::Replies(Replies::default())),
            Verdict::DropAndTell => {
                let hint = event.language_hint.as_deref().and_then(|h| self.engine.catalog().registry().negotiate(h)).map(|l| l.tag.clone());
                self.store.tell(&event.channel, &event.user, SLOW_DOWN, hint.as_deref()).await?;
                return Ok(Handled::Replies(Replies::default()));
            }
        }
        let processed = self.store.process_event(event, self.decide(event, lang), Some(self.apologise(event))).await?;
        Ok(match processed {
            Processed::Decided { outcome, outbox } => Handled::Replies(Replies { messages: outcome.replies, outbox }),
            Processed::GaveUp { replies, outbox } => Handled::Replies(Replies { messages: replies, outbox }),
            Processed::Duplicate => Handled::Duplicate,
        })
    }

    /// Handles an event that was given up once more (`wegweiser failed retry`), with every
    /// attempt it is allowed; its replies wait in the outbox for the running gateway.
    /// Returns the replies, or the last failure.
    pub async fn retry_failed(&self, id: i64) -> wegweiser_store::Result<Vec<Outbound>> {
        let event = self.store.take_failed_event(id).await?;
        loop {
            match self.store.process_event(&event, self.decide(&event, None), None).await {
                Ok(Processed::Decided { outcome, .. }) => return Ok(outcome.replies),
                Ok(Processed::Duplicate) => return Ok(Vec::new()),
                Ok(Processed::GaveUp { .. }) => return Err(wegweiser_store::Error::GaveUp),
                Err(wegweiser_store::Error::Attempt { .. }) => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// The engine's decision on `event`, presetting the language when `lang` is given.
    fn decide(&self, event: &Inbound, lang: Option<&str>) -> wegweiser_store::Decide {
        let engine = self.engine.clone();
        let owned = event.clone();
        let lang = lang.map(str::to_string);
        let clock = self.clock;
        Box::new(move |previous, world| {
            let now = clock.now(&engine);
            match &lang {
                Some(lang) => {
                    let mut state = previous.unwrap_or_default();
                    engine.preset_locale(&mut state, lang);
                    engine.handle(Some(state), &owned, world, now)
                }
                None => engine.handle(previous, &owned, world, now),
            }
        })
    }

    /// "Please try again", in the user's language (or the one their app hints at).
    fn apologise(&self, event: &Inbound) -> wegweiser_store::Apologise {
        let engine = self.engine.clone();
        let hint = event.language_hint.clone();
        Box::new(move |state| {
            let registry = engine.catalog().registry();
            let locale = state.and_then(|s| s.locale.clone()).or_else(|| hint.as_deref().and_then(|h| registry.negotiate(h)).map(|l| l.tag.clone()));
            vec![engine.render_notification(locale.as_deref(), EVENT_FAILED, &Default::default(), &[])]
        })
    }

    /// Messages waiting for a user (a seat freed up, …), rendered in their language, with
    /// the ids to pass to [`Store::mark_delivered`] once they are sent.
    pub async fn pending_notifications(&self, channel: &str, user: &str) -> wegweiser_store::Result<Vec<(i64, Outbound)>> {
        let pending = self.store.pending_notifications(channel, user).await?;
        if pending.is_empty() {
            return Ok(Vec::new());
        }
        let known = self.store.conversation(channel, user).await?.and_then(|s| s.locale);
        let mut rendered = Vec::with_capacity(pending.len());
        for n in &pending {
            let locale = known.as_deref().or(n.locale.as_deref());
            rendered.push((n.id, self.render_outbox(locale, n)));
        }
        Ok(rendered)
    }

    /// An outbox message in the recipient's language; a file it carries is loaded only when
    /// it is sent ([`Delivery::media_file`]).
    fn render_outbox(&self, locale: Option<&str>, n: &wegweiser_store::Notification) -> Outbound {
        match &n.rendered {
            Some(reply) => reply.clone(),
            // Deletes the chat's messages and says nothing.
            None if n.message == wegweiser_store::ERASE_ONLY => Outbound {
                text: String::new(),
                buttons: Vec::new(),
                locale: locale.unwrap_or_default().to_string(),
                direction: wegweiser_core::i18n::Direction::Ltr,
                attachment: None,
            },
            None => self.engine.render_notification(locale, &n.message, &n.args, &n.buttons),
        }
    }
}

impl Conversations for Gateway {
    type Error = wegweiser_store::Error;

    async fn handle(&self, event: &Inbound) -> Result<Option<Replies>, Self::Error> {
        Ok(match Gateway::handle(self, event).await? {
            Handled::Replies(replies) => Some(replies),
            Handled::Duplicate => None,
        })
    }

    async fn pending(&self, channel: &str, limit: usize) -> Result<Vec<Delivery>, Self::Error> {
        let pending = self.store.pending_for_channel(channel, limit).await?;
        let mut deliveries = Vec::with_capacity(pending.len());
        for p in pending {
            let n = p.notification;
            let locale = p.conversation_locale.as_deref().or(n.locale.as_deref());
            let message = self.render_outbox(locale, &n);
            deliveries.push(Delivery { id: n.id, user: p.user, message, handover: n.handover, media_file: n.media_file, erase: n.erase });
        }
        Ok(deliveries)
    }

    async fn delivered(&self, sent: &[Sent]) -> Result<(), Self::Error> {
        self.store.mark_sent(sent).await
    }

    async fn delivery_failed(&self, id: i64, reason: &str, refused: bool) -> Result<(), Self::Error> {
        self.store.mark_failed(id, reason, refused).await
    }

    async fn broadcast_waiting(&self, channel: &str, limit: usize) -> Result<Vec<BroadcastDelivery>, Self::Error> {
        let waiting = self.store.waiting_deliveries(channel, limit).await?;
        let mut sources: HashMap<i64, Source> = HashMap::new();
        let mut deliveries = Vec::with_capacity(waiting.len());
        for w in waiting {
            if let std::collections::hash_map::Entry::Vacant(entry) = sources.entry(w.broadcast) {
                entry.insert(self.store.broadcast_source(w.broadcast).await?);
            }
            let message = self.engine.render_broadcast(&w.locale, &sources[&w.broadcast]);
            deliveries.push(BroadcastDelivery { broadcast: w.broadcast, user: w.user, message });
        }
        Ok(deliveries)
    }

    async fn broadcast_claim(&self, broadcast: i64, channel: &str, user: &str) -> Result<bool, Self::Error> {
        self.store.claim_delivery(broadcast, channel, user).await
    }

    async fn broadcast_outcome(&self, broadcast: i64, channel: &str, user: &str, status: DeliveryStatus, error: Option<String>) -> Result<(), Self::Error> {
        self.store.record_delivery(broadcast, channel, user, status, error.as_deref()).await
    }

    async fn keeps_files(&self, channel: &str, user: &str) -> Result<bool, Self::Error> {
        self.store.keeps_files(&wegweiser_core::catalog::Account { channel: channel.to_string(), user: user.to_string() }).await
    }

    async fn media_file(&self, id: i64) -> Result<Option<wegweiser_core::Attachment>, Self::Error> {
        self.store.media_file(id).await
    }

    async fn role_of(&self, channel: &str, user: &str) -> Result<wegweiser_core::team::Role, Self::Error> {
        self.store.role_of(&wegweiser_core::catalog::Account { channel: channel.to_string(), user: user.to_string() }).await
    }

    async fn unreachable(&self, channel: &str, user: &str) -> Result<(), Self::Error> {
        self.store.mark_unreachable(channel, user).await
    }

    fn render(&self, locale: Option<&str>, message: &str) -> Outbound {
        self.engine.render_notification(locale.and_then(|l| self.engine.catalog().registry().negotiate(l)).map(|l| l.tag.as_str()), message, &Default::default(), &[])
    }

    fn render_count(&self, locale: &str, message: &str, count: u32) -> Outbound {
        let args = [("count".to_string(), NotificationArg::Number { number: i64::from(count) })].into();
        self.engine.render_notification(Some(locale), message, &args, &[])
    }

    fn locales(&self) -> Vec<String> {
        self.engine.catalog().registry().tags().map(str::to_string).collect()
    }

    fn instance(&self) -> &str {
        self.store.instance()
    }

    fn stopping(&self) -> CancellationToken {
        self.stopping.clone()
    }
}
