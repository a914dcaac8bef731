//! Telegram accounts in the soak: users who follow the script, staff who claim and answer.

use std::collections::BTreeSet;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;

use serde_json::{json, Value};

use super::{Ctx, Expect, Report, Sent, PATIENCE};
use crate::telegram::{Emulator, User};

/// A Telegram account: what it sent and how far it read the bot's messages.
pub(crate) struct Phone {
    user: User,
    pub(crate) chat: i64,
    seen: i64,
    menu: u32,
    report: Report,
    ctx: Arc<Ctx>,
}

/// The menu a message shows: the number in its buttons' callback data `menu.option`.
fn menu_of(call: &Value) -> Option<u32> {
    let data = call["params"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"].as_str()?;
    data.split_once('.')?.0.parse().ok()
}

fn text_of(call: &Value) -> &str {
    call["result"]["text"].as_str().or(call["params"]["text"].as_str()).unwrap_or("")
}

fn buttons(call: &Value) -> Vec<(String, String)> {
    let rows = call["params"]["reply_markup"]["inline_keyboard"].as_array().cloned().unwrap_or_default();
    rows.iter()
        .flat_map(|r| r.as_array().cloned().unwrap_or_default())
        .map(|b| (b["text"].as_str().unwrap_or("").to_string(), b["callback_data"].as_str().unwrap_or("").to_string()))
        .collect()
}

impl Phone {
    pub(crate) fn new(emulator: &Emulator, chat: i64, ctx: Arc<Ctx>) -> Self {
        Self { user: User::new(emulator, chat, "en"), chat, seen: 0, menu: 0, report: Report::new("telegram", chat.to_string()), ctx }
    }

    /// Types `text` (a command when it starts with '/'); `marker` names it in the tally.
    async fn types(&mut self, text: &str, marker: Option<String>) {
        let mut body = self.user.sender();
        body["text"] = json!(text);
        let answer = self.user.post(if text.starts_with('/') { "/sendCommand" } else { "/sendMessage" }, body).await;
        self.record(&answer, marker);
    }

    fn record(&mut self, answer: &Value, marker: Option<String>) {
        let id = answer["result"]["update_id"].as_i64().unwrap_or_else(|| panic!("the emulator gave no update id: {answer}"));
        self.report.sent.push(Sent { event_id: id.to_string(), marker, at: self.ctx.started.elapsed() });
    }

    /// Presses the first button of `call` whose label contains `label` ("" = the first).
    async fn presses(&mut self, call: &Value, label: &str) -> Result<(), String> {
        let (_, data) = buttons(call).into_iter().find(|(l, _)| l.contains(label)).ok_or_else(|| format!("no button {label:?} in {call}"))?;
        let mut body = self.user.sender();
        body["message_id"] = call["message_id"].clone();
        body["data"] = json!(data);
        let answer = self.user.post("/sendCallback", body).await;
        self.record(&answer, None);
        Ok(())
    }

    /// The next message or edit (after what was read) that `wanted` accepts, waiting up to
    /// PATIENCE; with `menu`, only a menu newer than the last one counts.
    async fn next(&mut self, what: &str, menu: bool, wanted: impl Fn(&Value) -> bool) -> Result<Value, String> {
        let started = Instant::now();
        while started.elapsed() < PATIENCE {
            if self.ctx.abort.load(Ordering::Relaxed) {
                return Err(format!("{what}: stopped, the gateway did not come back"));
            }
            let body = json!({ "chat_id": self.chat, "method": ["sendMessage", "editMessageText"], "ok": true, "since": self.seen, "timeout": 5, "count": 1 });
            let calls = self.user.post("/_control/calls", body).await["result"].as_array().cloned().unwrap_or_default();
            for call in calls {
                self.seen = call["seq"].as_i64().unwrap();
                let shown = menu_of(&call);
                let fresh = shown.is_some_and(|m| m > self.menu);
                if fresh {
                    self.menu = shown.unwrap();
                }
                if (!menu || fresh) && wanted(&call) {
                    return Ok(call);
                }
            }
        }
        Err(format!("chat {}: no {what} within {PATIENCE:?}", self.chat))
    }

    /// The next new menu that `wanted` accepts; counted as an expected reply.
    async fn menu(&mut self, what: &str, wanted: impl Fn(&Value) -> bool) -> Result<Value, String> {
        self.report.menus_expected += 1;
        let call = self.next(what, true, wanted).await?;
        self.report.menus_delivered += 1;
        Ok(call)
    }

    /// A message containing `needle`, expected at least once (a notification or a relay).
    async fn expects(&mut self, needle: &str, unique: bool) -> Result<(), String> {
        self.report.expects.push(Expect { needle: needle.to_string(), unique });
        self.next(needle, false, |c| text_of(c).contains(needle)).await.map(|_| ())
    }
}

fn any(_: &Value) -> bool {
    true
}

fn has_button(label: &'static str) -> impl Fn(&Value) -> bool {
    move |c| buttons(c).iter().any(|(l, _)| l.contains(label))
}

/// A user's journey: language, announcements, a course sign-up, a dialogue session, then
/// rounds of asking for a person and talking with them, until the kills are over.
pub(crate) async fn user(mut phone: Phone, tag: String) -> Report {
    let result = journey(&mut phone, &tag).await;
    phone.report.error = result.err();
    phone.ctx.users_left.fetch_sub(1, Ordering::SeqCst);
    phone.report
}

async fn journey(phone: &mut Phone, tag: &str) -> Result<(), String> {
    phone.types("/start", None).await;
    let languages = phone.menu("language menu", has_button("English")).await?;
    phone.presses(&languages, "English").await?;
    let note = phone.menu("privacy note", has_button("👍 OK")).await?;
    phone.presses(&note, "👍 OK").await?;
    let offer = phone.menu("announcement offer", has_button("Yes, please")).await?;
    phone.presses(&offer, "Yes, please").await?;
    let main = phone.menu("main menu", has_button("📚")).await?;
    // The answer came: the subscription is committed.
    phone.ctx.subscribed.fetch_add(1, Ordering::SeqCst);
    phone.presses(&main, "📚").await?;
    // Courses, German courses, A1, Mitte, the one-seat course, sign up.
    for step in ["course kinds", "levels", "districts", "course list", "course"] {
        let shown = phone.menu(step, any).await?;
        phone.presses(&shown, "").await?;
    }
    phone.menu("sign-up answer", any).await?;
    phone.types("/start session_dialog-wohnen-test", None).await;
    let session = phone.menu("session", any).await?;
    if has_button("Book a place")(&session) {
        phone.presses(&session, "Book a place").await?;
        phone.menu("booking answer", any).await?;
    }
    let mut round = 0;
    while round == 0 || !phone.ctx.kills_done.load(Ordering::SeqCst) {
        if round > 0 {
            phone.types("/start", None).await;
            phone.menu("main menu", any).await?;
        }
        phone.types("/human", None).await;
        phone.menu("question prompt", any).await?;
        let question = format!("Q-{tag}-r{round} please call me");
        phone.types(&question, Some(question.clone())).await;
        let confirm = phone.menu("confirmation", move |c| text_of(c).contains(&format!("Q-{tag}-r{round} ")) ).await?;
        phone.presses(&confirm, "Yes, pass it on").await?;
        phone.menu("request sent", any).await?;
        phone.expects("is answering your request now", false).await?;
        for k in 0..phone.ctx.plan.relays {
            let said = format!("U-{tag}-r{round}-{k}");
            phone.types(&said, Some(said.clone())).await;
            phone.expects(&format!("S:{said}"), true).await?;
        }
        phone.types("/bot", None).await;
        phone.menu("back with the bot", any).await?;
        round += 1;
    }
    phone.report.rounds = round;
    Ok(())
}

/// A staff member on Telegram, set up before any user writes: a request's notice that came
/// while they were still choosing their language would be read past as not their menu.
pub(crate) async fn staff_member(emulator: &Emulator, chat: i64, ctx: Arc<Ctx>) -> Phone {
    let mut phone = Phone::new(emulator, chat, ctx);
    let ready = async {
        phone.types("/start", None).await;
        let languages = phone.menu("language menu", has_button("English")).await?;
        phone.presses(&languages, "English").await?;
        let note = phone.menu("privacy note", has_button("👍 OK")).await?;
        phone.presses(&note, "👍 OK").await?;
        phone.menu("main menu", any).await.map(|_| ())
    };
    if let Err(error) = ready.await {
        panic!("staff member {chat} could not start: {error}");
    }
    phone
}

/// A staff member on Telegram: claims the requests whose number is `index` modulo `of`,
/// and answers every relayed user message with `S:` and its marker.
pub(crate) async fn staff(mut phone: Phone, index: u64, of: u64) -> Report {
    let result = staff_work(&mut phone, index, of).await;
    phone.report.error = result.err();
    phone.report
}

async fn staff_work(phone: &mut Phone, index: u64, of: u64) -> Result<(), String> {
    let (mut claimed, mut answered) = (BTreeSet::new(), BTreeSet::new());
    let mut current = None;
    while phone.ctx.users_left.load(Ordering::SeqCst) > 0 && !phone.ctx.abort.load(Ordering::Relaxed) {
        let body = json!({ "chat_id": phone.chat, "method": ["sendMessage"], "ok": true, "since": phone.seen, "timeout": 2, "count": 1 });
        let calls = phone.user.post("/_control/calls", body).await["result"].as_array().cloned().unwrap_or_default();
        for call in calls {
            phone.seen = call["seq"].as_i64().unwrap();
            let text = text_of(&call).to_string();
            if let Some(n) = text.split("/claim ").nth(1).and_then(|t| t.split(|c: char| !c.is_ascii_digit()).next()?.parse::<u64>().ok()) {
                if n % of == index && claimed.insert(n) {
                    phone.types(&format!("/claim {n}"), None).await;
                    current = Some(n);
                }
            }
            // "#N pseudonym: U-…": a user's message in request N.
            let relayed = text.strip_prefix('#').and_then(|t| Some((t.split(' ').next()?.parse::<u64>().ok()?, t.split(": ").nth(1)?.to_string())));
            if let Some((n, said)) = relayed.filter(|(_, said)| said.starts_with("U-")) {
                if answered.insert(said.clone()) {
                    if current != Some(n) {
                        phone.types(&format!("/claim {n}"), None).await;
                        current = Some(n);
                    }
                    let answer = format!("S:{said}");
                    phone.types(&answer, Some(answer.clone())).await;
                }
            }
        }
    }
    Ok(())
}
