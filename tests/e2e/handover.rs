//! Handovers through the gateway in-process, with the real engine and a fresh SQLite file:
//! routing to peers and staff, the team's chat commands and their permissions, the relay
//! both ways, closing with feedback, a claim race and staff taking over.

use wegweiser_core::team::Role;
use wegweiser_core::{Inbound, InboundKind, Outbound, Press};
use wegweiser::gateway::Handled;

use crate::support::*;

/// A gateway with a team: Amal and Badr (Arabic-speaking peers), Frau Weber (staff) and
/// an admin.
pub(crate) async fn with_team() -> Chat {
    let chat = Chat::new().await;
    for m in [
        member("Amal", Role::Peer, &["ar", "de"], "amal"),
        member("Badr", Role::Peer, &["ar"], "badr"),
        member("Frau Weber", Role::Staff, &["de", "en"], "weber"),
        member("Admin", Role::Admin, &["de"], "admin"),
    ] {
        chat.gateway.store().grant_role(&m, "cli").await.unwrap();
    }
    chat
}

pub(crate) fn text(replies: &[Outbound]) -> String {
    replies.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("\n")
}

impl Chat {
    /// Messages waiting for `user` in the outbox, rendered; marked delivered.
    pub(crate) async fn outbox(&self, user: &str) -> Vec<Outbound> {
        let pending = self.gateway.pending_notifications(wegweiser::console::CHANNEL, user).await.unwrap();
        let ids: Vec<i64> = pending.iter().map(|(id, _)| *id).collect();
        self.gateway.store().mark_delivered(&ids).await.unwrap();
        pending.into_iter().map(|(_, message)| message).collect()
    }

    /// `user` speaks German to the bot and asks for a person with `question`.
    pub(crate) async fn ask_for_a_person(&mut self, user: &str, language: &str, question: &str) {
        self.as_user(user);
        self.say("/start").await;
        self.say(language).await;
        self.say("/human").await;
        self.say(question).await;
        self.say("1").await;
        assert!(self.state().await.with_person, "{user} is in handover mode");
    }

    /// Says `line` as `user`.
    pub(crate) async fn say_as(&mut self, user: &str, line: &str) -> Vec<Outbound> {
        self.as_user(user);
        self.say(line).await
    }
}

fn catalog_text(chat: &Chat, locale: &str, id: &str) -> String {
    chat.gateway.engine().catalog().format(locale, id, None)
}

#[tokio::test]
async fn a_handover_goes_to_a_peer_who_answers_and_closes_it_and_the_user_gives_feedback() {
    let mut chat = with_team().await;
    chat.ask_for_a_person("refugee", "العربية", "أحتاج مساعدة في إيجاد سكن").await;

    // Offered to the Arabic-speaking peers, with a button to take it; not to staff.
    let offer = chat.outbox("amal").await;
    assert_eq!(offer.len(), 1);
    assert!(offer[0].text.contains("#1"), "{}", offer[0].text);
    assert_eq!(offer[0].buttons[0].press, Press::Command("/claim 1".into()));
    assert_eq!(chat.outbox("badr").await.len(), 1);
    assert!(chat.outbox("weber").await.is_empty(), "a peer speaks the language: staff are not disturbed");

    // The queue shows a pseudonym, never the user's id.
    let queue = text(&chat.say_as("amal", "/queue").await);
    assert!(queue.contains("#1") && !queue.contains("refugee"), "{queue}");

    // The user writes before anyone took it: kept, and shown to the one who takes it.
    assert!(chat.say_as("refugee", "هل من أحد هنا؟").await.is_empty());
    let claimed = text(&chat.say_as("amal", "/claim 1").await);
    assert!(claimed.contains("أحتاج مساعدة في إيجاد سكن"), "the question is in the claim reply: {claimed}");
    let history = text(&chat.outbox("amal").await);
    assert!(history.contains("هل من أحد هنا؟"), "{history}");
    let told = text(&chat.outbox("refugee").await);
    assert!(told.contains("Amal") && !told.contains("console:amal"), "the user sees the helper's name: {told}");

    // Relay both ways; the bot itself says nothing.
    assert!(chat.say_as("refugee", "شكرا، أنا في حي فايليمدورف").await.is_empty());
    let relayed = text(&chat.outbox("amal").await);
    assert!(relayed.contains("شكرا، أنا في حي فايليمدورف"), "{relayed}");
    assert!(chat.say_as("amal", "سأرسل لك عناوين مكاتب السكن").await.is_empty());
    let answer = text(&chat.outbox("refugee").await);
    assert!(answer.contains("Amal") && answer.contains("سأرسل لك عناوين مكاتب السكن"), "{answer}");
    let kept = chat.gateway.store().handover_messages(1).await.unwrap();
    assert_eq!(kept.iter().map(|(sender, ..)| sender.as_str()).collect::<Vec<_>>(), ["user", "user", "helper"]);

    // The peer closes: the user is asked for feedback and is back with the bot.
    let closed = text(&chat.say_as("amal", "/close").await);
    assert!(closed.contains("#1"), "{closed}");
    let feedback = chat.outbox("refugee").await;
    assert_eq!(feedback.len(), 1);
    let buttons: Vec<&Press> = feedback[0].buttons.iter().map(|b| &b.press).collect();
    assert_eq!(buttons, [&Press::Command("/feedback 1 yes".into()), &Press::Command("/feedback 1 no".into())]);
    let thanks = chat.say_as("refugee", "/feedback 1 yes").await;
    assert!(thanks[0].text.starts_with(&catalog_text(&chat, "ar", "feedback-thanks")), "{}", thanks[0].text);
    assert!(!chat.state().await.with_person);
    assert!(!chat.say_as("refugee", "/my").await.is_empty(), "the bot answers again");
    assert_eq!(chat.gateway.store().handover_requests().await.unwrap()[0].feedback.as_deref(), Some("yes"));
    // Feedback counts once; a forged number changes nothing.
    chat.say_as("refugee", "/feedback 1 no").await;
    chat.say_as("refugee", "/feedback 99 no").await;
    assert_eq!(chat.gateway.store().handover_requests().await.unwrap()[0].feedback.as_deref(), Some("yes"));
    // After closing, the peer's messages are theirs again, not relayed.
    assert!(!chat.say_as("amal", "hallo").await.is_empty());
    assert!(chat.outbox("refugee").await.is_empty());
}

#[tokio::test]
async fn two_peers_racing_for_one_handover_one_wins_and_the_other_is_told() {
    for round in 0..5 {
        let mut chat = with_team().await;
        chat.ask_for_a_person("refugee", "العربية", "سؤال عن الإقامة في شتوتغارت").await;
        let claim = |user: &str, n: u32| Inbound {
            channel: wegweiser::console::CHANNEL.into(),
            user: user.into(),
            event_id: format!("race-{user}-{n}"),
            kind: InboundKind::from_typed("/claim 1"),
            language_hint: None,
            handover: None,
            staff_room: None,
            message: None,
        };
        let (a, b) = (claim("amal", round), claim("badr", round));
        let (first, second) = tokio::join!(chat.gateway.handle(&a), chat.gateway.handle(&b));
        let replies: Vec<String> = [first, second]
            .into_iter()
            .map(|h| match h.unwrap() {
                Handled::Replies(r) => text(&r.messages),
                Handled::Duplicate => panic!("not a duplicate"),
            })
            .collect();
        let won = replies.iter().filter(|r| r.contains("سؤال عن الإقامة")).count();
        let told = replies.iter().filter(|r| **r == chat.gateway.engine().catalog().format("de", "team-claim-taken", Some(&number(1)))).count();
        assert_eq!((won, told), (1, 1), "round {round}: {replies:?}");
        let holder = chat.gateway.store().handover_requests().await.unwrap()[0].claimed_by.clone().unwrap();
        assert!(holder == "Amal" || holder == "Badr");
        assert_eq!(text(&chat.outbox("refugee").await).matches(&holder).count(), 2, "the user is told once who answers");
    }
}

fn number(n: i64) -> wegweiser_i18n::Args<'static> {
    let mut args = wegweiser_i18n::Args::new();
    args.set("number", n);
    args
}

#[tokio::test]
async fn staff_only_topics_go_to_staff_and_peers_can_neither_see_nor_take_them() {
    let mut chat = with_team().await;
    chat.as_user("refugee");
    chat.say("/start").await;
    chat.choose_language("العربية").await;
    chat.say("1").await; // information
    chat.say("2").await; // residence and asylum procedure
    assert_eq!(chat.state().await.vars.get("topic").map(String::as_str), Some("residence"));
    chat.say("1").await; // talk to a person
    chat.say("سؤال عن اللجوء").await;
    chat.say("1").await;
    assert!(chat.outbox("amal").await.is_empty() && chat.outbox("badr").await.is_empty());
    assert_eq!(chat.outbox("weber").await.len(), 1);
    assert_eq!(chat.outbox("admin").await.len(), 1);
    assert_eq!(text(&chat.say_as("amal", "/queue").await), catalog_text(&chat, "de", "team-queue-empty"));
    let refused = text(&chat.say_as("amal", "/claim 1").await);
    assert_eq!(refused, chat.gateway.engine().catalog().format("de", "team-claim-unknown", Some(&number(1))));
    let taken = text(&chat.say_as("weber", "/claim 1").await);
    assert!(taken.contains("سؤال عن اللجوء"), "{taken}");
}

#[tokio::test]
async fn staff_take_over_from_a_silent_peer_and_the_relay_follows() {
    let mut chat = with_team().await;
    chat.ask_for_a_person("refugee", "العربية", "أحتاج موعدا").await;
    chat.say_as("amal", "/claim 1").await;
    chat.outbox("amal").await;
    chat.outbox("refugee").await;
    let queue = text(&chat.say_as("weber", "/queue").await);
    assert!(queue.contains("Amal"), "staff see who holds it: {queue}");
    // A peer cannot take it from another peer; staff can.
    assert_eq!(text(&chat.say_as("badr", "/claim 1").await), chat.gateway.engine().catalog().format("de", "team-claim-taken", Some(&number(1))));
    chat.say_as("weber", "/claim 1").await;
    assert!(text(&chat.outbox("amal").await).contains("Frau Weber"), "the peer learns who took over");
    assert!(text(&chat.outbox("refugee").await).contains("Frau Weber"));
    chat.say_as("refugee", "مرحبا").await;
    assert!(chat.outbox("amal").await.is_empty());
    assert!(text(&chat.outbox("weber").await).contains("مرحبا"));
    // Amal's messages are hers again.
    assert!(!chat.say_as("amal", "hallo").await.is_empty());
    assert!(chat.outbox("refugee").await.is_empty());
}

#[tokio::test]
async fn a_user_going_back_to_the_bot_closes_the_handover_and_the_helper_is_told() {
    let mut chat = with_team().await;
    chat.ask_for_a_person("refugee", "العربية", "سؤال").await;
    chat.say_as("amal", "/claim 1").await;
    chat.outbox("amal").await;
    chat.say_as("refugee", "/bot").await;
    assert!(text(&chat.outbox("amal").await).contains("#1"));
    assert_eq!(text(&chat.say_as("amal", "/close").await), catalog_text(&chat, "de", "team-nothing-claimed"));
    // Released handovers are offered again.
    chat.ask_for_a_person("other", "العربية", "سؤال آخر").await;
    chat.outbox("amal").await;
    chat.outbox("badr").await;
    chat.say_as("amal", "/claim 2").await;
    chat.say_as("amal", "/release").await;
    assert_eq!(chat.outbox("badr").await.len(), 1, "the other peer is offered it again");
    assert!(text(&chat.say_as("badr", "/claim 2").await).contains("سؤال آخر"));
}

/// Every team command against every role, typed in chat: refugees do not even learn the
/// commands exist, peers and staff handle handovers, only admins manage roles.
#[tokio::test]
async fn who_may_give_which_command_in_chat() {
    let commands = ["/queue", "/claim 1", "/release", "/close", "/transcript 1", "/role list", "/role grant Neu peer ar console:neu", "/role revoke Badr"];
    let not_allowed = |chat: &Chat| catalog_text(chat, "de", "team-not-allowed");
    for (user, allowed) in [
        ("refugee", [false; 8]),
        ("amal", [true, true, true, true, false, false, false, false]),
        ("weber", [true, true, true, true, true, false, false, false]),
        ("admin", [true; 8]),
    ] {
        let mut chat = with_team().await;
        chat.ask_for_a_person("asker", "Deutsch", "Eine Frage").await;
        for (command, allowed) in commands.iter().zip(allowed) {
            let reply = text(&chat.say_as(user, command).await);
            let unknown = reply.starts_with(&catalog_text(&chat, "de", "unknown-command"));
            let refused = reply == not_allowed(&chat);
            match (user, allowed) {
                ("refugee", _) => assert!(unknown, "{user} {command}: {reply}"),
                (_, false) => assert!(refused, "{user} {command}: {reply}"),
                (_, true) => assert!(!unknown && !refused, "{user} {command}: {reply}"),
            }
        }
        let team = chat.gateway.store().team().await.unwrap();
        assert_eq!(team.iter().any(|m| m.name == "Neu"), user == "admin", "{user}");
        assert_eq!(team.iter().any(|m| m.name == "Badr"), user != "admin", "{user}");
    }
}

#[tokio::test]
async fn admins_manage_roles_in_chat_and_every_change_is_logged() {
    let mut chat = with_team().await;
    let granted = text(&chat.say_as("admin", "/role grant \"Frau Kaya\" staff tr,de console:kaya").await);
    assert!(granted.contains("Frau Kaya"), "{granted}");
    let taken = text(&chat.say_as("admin", "/role grant Zweitname peer ar console:amal").await);
    assert!(taken.contains("console:amal") && taken.contains("Amal"), "{taken}");
    let bad = text(&chat.say_as("admin", "/role grant X chef ar console:x").await);
    assert!(bad.contains("chef"), "{bad}");
    let twice = text(&chat.say_as("admin", "/role grant Xaver peer de console:7777 console:7777").await);
    assert!(twice.contains("Xaver"), "the same account named twice is granted once: {twice}");
    let after = text(&chat.say_as("admin", "/role list").await);
    assert!(after.contains("Xaver · peer · de · console:7777"), "and the admin is answered after it: {after}");
    let list = text(&chat.say_as("admin", "/role list").await);
    assert!(list.contains("Frau Kaya · staff · tr,de · console:kaya"), "{list}");
    assert_eq!(text(&chat.say_as("kaya", "/queue").await), catalog_text(&chat, "de", "team-queue-empty"), "the new role works at once");
    chat.say_as("admin", "/role revoke \"Frau Kaya\"").await;
    let log = chat.gateway.store().role_changes().await.unwrap();
    let by_admin: Vec<(String, String)> = log.into_iter().filter(|(_, by, ..)| by == "console:admin").map(|(_, _, m, c)| (m, c)).collect();
    let kaya = |change: &str| ("Frau Kaya".to_string(), change.to_string());
    assert_eq!(by_admin, [kaya("grant staff tr,de console:kaya"), ("Xaver".to_string(), "grant peer de console:7777".to_string()), kaya("revoke")]);
}

#[tokio::test]
async fn a_handover_nobody_takes_escalates_to_staff_once() {
    let mut chat = with_team().await;
    chat.ask_for_a_person("refugee", "العربية", "لا أحد يجيب").await;
    chat.outbox("weber").await;
    assert_eq!(chat.gateway.store().escalate_handovers(std::time::Duration::from_secs(3600)).await.unwrap(), 0, "not due yet");
    assert_eq!(chat.gateway.store().escalate_handovers(std::time::Duration::ZERO).await.unwrap(), 1);
    let escalated = chat.outbox("weber").await;
    assert_eq!(escalated.len(), 1);
    assert_eq!(escalated[0].buttons[0].press, Press::Command("/claim 1".into()));
    assert_eq!(chat.outbox("admin").await.len(), 1);
    assert_eq!(chat.gateway.store().escalate_handovers(std::time::Duration::ZERO).await.unwrap(), 0, "once");
    assert!(chat.outbox("weber").await.is_empty());
    // A taken handover is not escalated.
    chat.ask_for_a_person("second", "العربية", "سؤال").await;
    chat.say_as("amal", "/claim 2").await;
    assert_eq!(chat.gateway.store().escalate_handovers(std::time::Duration::ZERO).await.unwrap(), 0);
}

#[tokio::test]
async fn staff_read_transcripts_every_reading_is_logged_and_old_transcripts_are_purged_after_a_restart() {
    let mut chat = with_team().await;
    chat.ask_for_a_person("refugee", "العربية", "سؤال عن المدرسة").await;
    chat.say_as("refugee", "ابني عمره ثماني سنوات").await;
    chat.say_as("amal", "/claim 1").await;
    chat.say_as("amal", "أي حي تسكنون؟").await;
    // Peers may not read transcripts; staff may.
    assert_eq!(text(&chat.say_as("amal", "/transcript 1").await), catalog_text(&chat, "de", "team-not-allowed"));
    assert!(chat.say_as("weber", "/transcript 1").await.is_empty(), "the transcript comes as a message");
    let transcript = text(&chat.outbox("weber").await);
    for line in ["سؤال عن المدرسة", "ابني عمره ثماني سنوات", "Amal", "أي حي تسكنون؟"] {
        assert!(transcript.contains(line), "{line}: {transcript}");
    }
    let log: Vec<(String, String, i64, String)> =
        chat.gateway.store().transcript_access().await.unwrap().into_iter().map(|(_, member, account, handover, reason)| (member, account, handover, reason)).collect();
    assert_eq!(
        log,
        [("Amal".to_string(), "console:amal".to_string(), 1, "claim".to_string()), ("Frau Weber".to_string(), "console:weber".to_string(), 1, "transcript".to_string())]
    );

    // Closed, restarted, purged: the messages and the relayed copies go, the figures stay.
    chat.say_as("amal", "/close").await;
    chat.restart().await;
    assert_eq!(chat.gateway.store().purge_transcripts(std::time::Duration::from_secs(86400)).await.unwrap(), 0, "not due yet");
    assert_eq!(chat.gateway.store().purge_transcripts(std::time::Duration::ZERO).await.unwrap(), 1);
    assert!(chat.gateway.store().handover_messages(1).await.unwrap().is_empty());
    let kept = &chat.gateway.store().handover_requests().await.unwrap()[0];
    assert_eq!((kept.user.as_str(), kept.note.as_deref(), kept.locale.as_str(), kept.status.as_str()), ("", None, "ar", "closed"));
    assert_eq!(rows_containing(chat.gateway.store().pool(), "ابني عمره ثماني سنوات").await, Vec::<(String, String)>::new());
    chat.say_as("weber", "/transcript 1").await;
    assert_eq!(
        text(&chat.outbox("weber").await),
        chat.gateway.engine().catalog().format("de", "team-transcript-unknown", Some(&{
            let mut args = wegweiser_i18n::Args::new();
            args.set("request", 1);
            args
        }))
    );
}

/// Every table and column of the database with a text value containing `needle`.
pub(crate) async fn rows_containing(pool: &sqlx::SqlitePool, needle: &str) -> Vec<(String, String)> {
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_sqlx_migrations'").fetch_all(pool).await.unwrap();
    let mut found = Vec::new();
    for table in tables {
        let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info(?1)").bind(&table).fetch_all(pool).await.unwrap();
        for column in columns {
            let count: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM \"{table}\" WHERE instr(CAST(\"{column}\" AS TEXT), ?1) > 0")))
                .bind(needle)
                .fetch_one(pool)
                .await
                .unwrap();
            if count > 0 {
                found.push((table.clone(), column));
            }
        }
    }
    found
}

/// The database's files (WAL and shared memory included) whose bytes contain `needle`.
pub(crate) fn files_containing(db: &std::path::Path, needle: impl AsRef<[u8]>) -> Vec<String> {
    let needle = needle.as_ref();
    let name = db.file_name().unwrap().to_string_lossy().into_owned();
    ["", "-wal", "-shm"]
        .iter()
        .map(|suffix| db.with_file_name(format!("{name}{suffix}")))
        .filter(|file| std::fs::read(file).is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle)))
        .map(|file| file.display().to_string())
        .collect()
}

#[tokio::test]
async fn mydata_shows_what_is_stored_and_delete_removes_every_row_naming_the_user() {
    let mut chat = with_team().await;
    import_test_catalog(&chat.gateway).await;
    let user = "delete-me-qx";
    chat.as_user(user);
    chat.say("/start").await;
    chat.choose_language("Deutsch").await;
    chat.say("Ja, gerne").await;
    chat.say("/start course_deutsch-a1-test").await;
    chat.say("1").await;
    chat.say("/start session_dialog-wohnen-test").await;
    chat.say("1").await;
    for line in ["/start", "4", "Wohnen", "Mitte", "1", "1", "+49 170 9998887", "1"] {
        chat.say(line).await;
    }
    chat.say("/human").await;
    chat.say("Meine geheime Frage zum Jobcenter").await;
    chat.say("1").await;
    chat.say("noch eine Nachricht qwertz").await;
    chat.say_as("weber", "/claim 1").await;
    chat.outbox("weber").await;
    chat.say_as(user, "Antwort auf die Rückfrage zyxw").await;

    chat.say_as(user, "/bot").await;
    chat.outbox(user).await;
    assert!(chat.say_as(user, "/mydata").await.is_empty(), "the summary comes as a message");
    let summary = text(&chat.outbox(user).await);
    for expected in ["Deutsch", "Deutsch A1", "Wohnen", "Kontaktbitten an Peers: 1", "Anfragen an einen Menschen: 1", "Ihre Nachrichten an einen Menschen: 2", "Nummern der Chat-Nachrichten (für /clear): 0", "Abonnierte Neuigkeiten: Alles (ändern: /subscribe)"] {
        assert!(summary.contains(expected), "{expected}: {summary}");
    }
    assert!(!rows_containing(chat.gateway.store().pool(), user).await.is_empty());

    let confirm = chat.say_as(user, "/delete").await;
    assert_eq!(confirm[0].text, catalog_text(&chat, "de", "delete-confirm"));
    let done = chat.say_as(user, "1").await;
    assert_eq!(text(&done), catalog_text(&chat, "de", "delete-done"));
    for needle in [user, "+49 170 9998887", "geheime Frage", "qwertz", "zyxw"] {
        assert_eq!(rows_containing(chat.gateway.store().pool(), needle).await, Vec::<(String, String)>::new(), "{needle}");
        assert_eq!(files_containing(&chat.db, needle), Vec::<String>::new(), "no byte of the database files holds {needle:?}");
    }
    // Someone who took no news sees a plain "–" there, not "– –".
    chat.as_user("no-news");
    for line in ["/start", "Deutsch", "👍 OK", "Nein, danke", "/mydata"] {
        chat.say(line).await;
    }
    let summary = text(&chat.outbox("no-news").await);
    assert!(summary.contains("Abonnierte Neuigkeiten: – (ändern: /subscribe)") && !summary.contains("– –"), "{summary}");
    chat.as_user(user);
    // The seat and the place are free again; the next message is a first contact.
    let again = chat.say_as(user, "/start").await;
    assert!(again[0].text.contains(&catalog_text(&chat, "de", "language-menu")), "{}", again[0].text);
    assert!(chat.state().await.locale.is_none(), "nothing is remembered");
}

#[tokio::test]
async fn a_handover_nobody_wrote_in_for_long_is_closed_both_sides_are_told_and_the_user_is_with_the_bot_again() {
    let mut chat = with_team().await;
    chat.ask_for_a_person("lena", "de", "Wohnung gesucht").await;
    chat.say_as("weber", "/claim 1").await;
    chat.outbox("weber").await;
    chat.outbox("lena").await;
    let days = wegweiser_core::DEFAULT_CLOSE_IDLE_HANDOVERS_DAYS;
    let long_ago = 86_400 * (days + 1);
    for table in ["UPDATE handover_requests SET created_at = created_at - ?1, claimed_at = claimed_at - ?1", "UPDATE handover_messages SET at = at - ?1"] {
        sqlx::query(sqlx::AssertSqlSafe(table)).bind(long_ago).execute(chat.gateway.store().pool()).await.unwrap();
    }
    let idle = std::time::Duration::from_secs(86_400 * days as u64);
    assert_eq!(chat.gateway.store().close_idle_handovers(idle).await.unwrap(), 1);

    let told = text(&chat.outbox("lena").await);
    assert_eq!(told, format!("Ihre Anfrage wurde geschlossen, weil {days} Tage lang niemand darin geschrieben hat. Wenn Sie noch Hilfe brauchen, schreiben Sie /human."));
    let helper = text(&chat.outbox("weber").await);
    assert!(helper.starts_with("#1 ") && helper.ends_with(&format!("wurde geschlossen: {days} Tage lang keine Nachricht.")), "{helper}");
    // Her next message is the bot's again, not relayed to a closed request.
    let back = chat.say_as("lena", "/start").await;
    assert!(!back.is_empty() && chat.outbox("weber").await.is_empty(), "{}", text(&back));
    assert!(!chat.state().await.with_person);
}
