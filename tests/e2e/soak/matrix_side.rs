//! Matrix users in the soak: the same journey as on Telegram, options answered by number.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use matrix_sdk::ruma::events::room::message::RoomMessageEventContent;

use super::{Ctx, Expect, Report, Sent, PATIENCE};
use crate::matrix::{Shown, User};

/// A Matrix user in their direct room with the bot.
pub(crate) struct Person {
    pub(crate) user: User,
    /// Messages synced but not looked at yet.
    unread: VecDeque<Shown>,
    report: Report,
    ctx: Arc<Ctx>,
}

/// The number of the first option whose label contains `label`.
fn option(shown: &Shown, label: &str) -> Option<usize> {
    shown.plain.lines().find_map(|line| {
        let (number, rest) = line.trim_start_matches('\u{200F}').split_once(". ")?;
        rest.contains(label).then(|| number.parse().ok()).flatten()
    })
}

fn is_menu(shown: &Shown) -> bool {
    shown.html.contains("<ol>") || shown.html.contains("<ul>")
}

impl Person {
    pub(crate) fn new(user: User, account: String, ctx: Arc<Ctx>) -> Self {
        Self { user, unread: VecDeque::new(), report: Report::new("matrix", account), ctx }
    }

    async fn says(&mut self, text: &str, marker: Option<String>) -> Result<(), String> {
        let sent = self.user.room().send(RoomMessageEventContent::text_plain(text)).await.map_err(|e| format!("sending {text:?}: {e}"))?;
        self.report.sent.push(Sent { event_id: sent.response.event_id.to_string(), marker, at: self.ctx.started.elapsed() });
        Ok(())
    }

    async fn next(&mut self, what: &str, wanted: impl Fn(&Shown) -> bool) -> Result<Shown, String> {
        let started = Instant::now();
        while started.elapsed() < PATIENCE {
            if self.ctx.abort.load(Ordering::Relaxed) {
                return Err(format!("{what}: stopped, the gateway did not come back"));
            }
            while let Some(shown) = self.unread.pop_front() {
                if wanted(&shown) {
                    return Ok(shown);
                }
            }
            self.unread.extend(self.user.sync(Duration::from_secs(2)).await);
        }
        Err(format!("{}: no {what} within {PATIENCE:?}", self.report.account))
    }

    /// The next menu that `wanted` accepts; counted as an expected reply.
    async fn menu(&mut self, what: &str, wanted: impl Fn(&Shown) -> bool) -> Result<Shown, String> {
        self.report.menus_expected += 1;
        let shown = self.next(what, |s| is_menu(s) && wanted(s)).await?;
        self.report.menus_delivered += 1;
        Ok(shown)
    }

    async fn picks(&mut self, shown: &Shown, label: &str) -> Result<(), String> {
        let number = option(shown, label).ok_or_else(|| format!("no option {label:?} in {}", shown.plain))?;
        self.says(&number.to_string(), None).await
    }

    async fn expects(&mut self, needle: &str, unique: bool) -> Result<(), String> {
        self.report.expects.push(Expect { needle: needle.to_string(), unique });
        self.next(needle, |s| s.plain.contains(needle)).await.map(|_| ())
    }
}

fn any(_: &Shown) -> bool {
    true
}

pub(crate) async fn user(mut person: Person, tag: String) -> Report {
    let result = journey(&mut person, &tag).await;
    person.report.error = result.err();
    person.ctx.users_left.fetch_sub(1, Ordering::SeqCst);
    person.report
}

async fn journey(person: &mut Person, tag: &str) -> Result<(), String> {
    person.says("/start", None).await?;
    let languages = person.menu("language menu", |s| option(s, "English").is_some()).await?;
    person.picks(&languages, "English").await?;
    let note = person.menu("privacy note", |s| option(s, "👍 OK").is_some()).await?;
    person.picks(&note, "👍 OK").await?;
    let offer = person.menu("announcement offer", |s| option(s, "Yes, please").is_some()).await?;
    person.picks(&offer, "Yes, please").await?;
    let main = person.menu("main menu", |s| option(s, "📚").is_some()).await?;
    // The answer came: the subscription is committed.
    person.ctx.subscribed.fetch_add(1, Ordering::SeqCst);
    person.picks(&main, "📚").await?;
    for step in ["course kinds", "levels", "districts", "course list", "course"] {
        person.menu(step, any).await?;
        person.says("1", None).await?;
    }
    person.menu("sign-up answer", any).await?;
    person.says("/start session_dialog-wohnen-test", None).await?;
    let session = person.menu("session", any).await?;
    if option(&session, "Book a place").is_some() {
        person.picks(&session, "Book a place").await?;
        person.menu("booking answer", any).await?;
    }
    let mut round = 0;
    while round == 0 || !person.ctx.kills_done.load(Ordering::SeqCst) {
        if round > 0 {
            person.says("/start", None).await?;
            person.menu("main menu", any).await?;
        }
        person.says("/human", None).await?;
        person.menu("question prompt", any).await?;
        let question = format!("Q-{tag}-r{round} please call me");
        person.says(&question, Some(question.clone())).await?;
        let needle = format!("Q-{tag}-r{round} ");
        let confirm = person.menu("confirmation", |s| s.plain.contains(&needle)).await?;
        person.picks(&confirm, "Yes, pass it on").await?;
        person.menu("request sent", any).await?;
        person.expects("is answering your request now", false).await?;
        for k in 0..person.ctx.plan.relays {
            let said = format!("U-{tag}-r{round}-{k}");
            person.says(&said, Some(said.clone())).await?;
            person.expects(&format!("S:{said}"), true).await?;
        }
        person.says("/bot", None).await?;
        person.menu("back with the bot", any).await?;
        round += 1;
    }
    person.report.rounds = round;
    Ok(())
}
