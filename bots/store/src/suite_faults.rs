//! Store tests of what goes wrong: events that fail, batches that cannot commit, replies a
//! channel did not send, messages the network keeps refusing. Expanded beside
//! `store_integration_tests!` for every backend, whose helpers they use.

#[cfg(test)]
macro_rules! store_fault_tests {
    ($open:expr) => {
        fn reply(text: &str) -> wegweiser_core::Outbound {
            wegweiser_core::Outbound {
                text: text.into(),
                buttons: Vec::new(),
                locale: "de".into(),
                direction: wegweiser_core::i18n::Direction::Ltr,
                attachment: None,
            }
        }

        fn saying(step: &str, texts: &[&str]) -> $crate::Decide {
            let (step, replies): (String, Vec<_>) = (step.to_string(), texts.iter().map(|t| reply(t)).collect());
            Box::new(move |previous, _world| {
                let mut state = previous.unwrap_or_default();
                state.step = step.clone();
                Outcome { state, replies: replies.clone(), effects: Vec::new() }
            })
        }

        fn sorry() -> Option<$crate::Apologise> {
            Some(Box::new(|_state| vec![reply("sorry")]))
        }

        fn person_request() -> Effect {
            Effect::HandoverRequested { topic: None, district: None, staff_only: false, locale: "de".into(), note: Some("help".into()) }
        }

        /// Every write of a handover request by `poison` fails, as a bug in one effect would.
        async fn poison_handover_requests(store: &$crate::Store) {
            sqlx::query("CREATE TRIGGER poison BEFORE INSERT ON handover_requests WHEN NEW.user_id = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END")
                .execute(store.pool())
                .await
                .unwrap();
        }

        async fn count(store: &$crate::Store, sql: &'static str) -> i64 {
            sqlx::query_scalar(sql).fetch_one(store.pool()).await.unwrap()
        }

        #[tokio::test]
        async fn a_failing_event_is_retried_then_given_up_while_the_others_of_its_batch_go_through() {
            let (store, _keep) = $open.await;
            poison_handover_requests(&store).await;
            for attempt in 1..=$crate::MAX_EVENT_ATTEMPTS {
                let (poisoned, fine) = (event("poison", "p1"), event("fine", &format!("f{attempt}")));
                let (bad, good) = tokio::join!(
                    store.process_event(&poisoned, at_step("person-done", vec![person_request()]), sorry()),
                    store.process_event(&fine, at_step("person-done", vec![person_request()]), sorry()),
                );
                assert!(matches!(good.unwrap(), $crate::Processed::Decided { .. }));
                match bad {
                    Err($crate::Error::Attempt { attempts, reason }) => {
                        assert_eq!(attempts, attempt);
                        assert!(reason.contains("poisoned"), "{reason}");
                    }
                    Ok($crate::Processed::GaveUp { replies, outbox }) => {
                        assert_eq!(attempt, $crate::MAX_EVENT_ATTEMPTS, "given up only after the last attempt");
                        assert_eq!(replies[0].text, "sorry");
                        assert_eq!(outbox.len(), 1, "the apology waits in the outbox like any reply");
                    }
                    other => panic!("{other:?}"),
                }
            }
            // The channel moves on: the event counts as processed now.
            let again = store.process_event(&event("poison", "p1"), at_step("never", vec![]), sorry()).await.unwrap();
            assert_eq!(again, $crate::Processed::Duplicate);
            assert!(store.conversation("test", "poison").await.unwrap().is_none(), "nothing of the failed event was written");
            assert_eq!(count(&store, "SELECT COUNT(*) FROM handover_requests WHERE user_id = 'fine'").await, 1, "the other user has one request");
            let failed = store.failed_events().await.unwrap();
            assert_eq!(failed.len(), 1);
            assert_eq!((failed[0].channel.as_str(), failed[0].attempts), ("test", $crate::MAX_EVENT_ATTEMPTS));
            assert!(failed[0].gave_up_at.is_some());
            assert!(!failed[0].reason.contains("hello"), "no message text in the record");
        }

        #[tokio::test]
        async fn a_given_up_event_can_be_taken_back_and_handled_again_or_forgotten() {
            let (store, _keep) = $open.await;
            poison_handover_requests(&store).await;
            for _ in 0..$crate::MAX_EVENT_ATTEMPTS {
                let _ = store.process_event(&event("poison", "p1"), at_step("person-done", vec![person_request()]), None).await;
            }
            let id = store.failed_events().await.unwrap()[0].id;
            sqlx::query("DROP TRIGGER poison").execute(store.pool()).await.unwrap();
            let event = store.take_failed_event(id).await.unwrap();
            assert_eq!((event.user.as_str(), event.event_id.as_str()), ("poison", "p1"));
            assert_eq!(event.kind, InboundKind::Text("hello".into()), "the event comes back as it was");
            assert!(matches!(store.process_event(&event, at_step("person-done", vec![person_request()]), None).await.unwrap(), $crate::Processed::Decided { .. }));
            assert!(store.failed_events().await.unwrap().is_empty());
            assert!(matches!(store.take_failed_event(id).await, Err($crate::Error::NotFound { .. })));
            assert!(matches!(store.forget_failed_event(id).await, Err($crate::Error::NotFound { .. })));
        }

        #[tokio::test]
        async fn an_event_still_being_retried_is_not_taken_back() {
            let (store, _keep) = $open.await;
            poison_handover_requests(&store).await;
            let _ = store.process_event(&event("poison", "p1"), at_step("person-done", vec![person_request()]), None).await;
            let id = store.failed_events().await.unwrap()[0].id;
            assert!(matches!(store.take_failed_event(id).await, Err($crate::Error::StillRetried { .. })));
            store.forget_failed_event(id).await.unwrap();
            assert!(store.failed_events().await.unwrap().is_empty());
        }

        #[tokio::test]
        async fn a_batch_that_cannot_commit_is_committed_again_event_by_event() {
            let (store, _keep) = $open.await;
            // The state is written once for the whole batch, after every savepoint: a failure
            // there fails the batch as a whole.
            sqlx::query("CREATE TRIGGER poison BEFORE INSERT ON conversations WHEN NEW.user_id = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END")
                .execute(store.pool())
                .await
                .unwrap();
            let (poisoned, fine, also) = (event("poison", "p1"), event("fine", "f1"), event("also-fine", "a1"));
            let (bad, good, other) = tokio::join!(
                store.process_event(&poisoned, saying("main", &["hi"]), sorry()),
                store.process_event(&fine, saying("main", &["hi"]), sorry()),
                store.process_event(&also, saying("main", &["hi"]), sorry()),
            );
            assert!(matches!(bad, Err($crate::Error::Attempt { attempts: 1, .. })), "{bad:?}");
            assert!(matches!(good.unwrap(), $crate::Processed::Decided { .. }));
            assert!(matches!(other.unwrap(), $crate::Processed::Decided { .. }));
            assert_eq!(store.conversation("test", "fine").await.unwrap().unwrap().step, "main");
            assert_eq!(count(&store, "SELECT COUNT(*) FROM outbox WHERE user_id = 'poison'").await, 0, "no reply of the failed event");
            assert_eq!(count(&store, "SELECT COUNT(*) FROM processed_events WHERE event_id = 'p1'").await, 0, "it will be tried again");
            for _ in 1..$crate::MAX_EVENT_ATTEMPTS {
                let _ = store.process_event(&event("poison", "p1"), saying("main", &["hi"]), sorry()).await;
            }
            assert_eq!(count(&store, "SELECT COUNT(*) FROM processed_events WHERE event_id = 'p1'").await, 1, "given up, the channel moves on");
        }

        #[tokio::test]
        async fn replies_are_committed_to_the_outbox_and_go_once_marked_sent() {
            let (store, _keep) = $open.await;
            let $crate::Processed::Decided { outbox, outcome } = store.process_event(&event("u1", "e1"), saying("main", &["one", "two"]), None).await.unwrap() else {
                panic!("decided")
            };
            assert_eq!(outbox.len(), 2);
            assert_eq!(outcome.replies.len(), 2);
            // While their channel sends them, the delivery loop leaves them alone ...
            assert!(store.pending_for_channel("test", 10).await.unwrap().is_empty());
            // ... unless it did not say it sent them in time (it stopped, say).
            sqlx::query("UPDATE outbox SET created_at = created_at - 3600").execute(store.pool()).await.unwrap();
            let pending = store.pending_for_channel("test", 10).await.unwrap();
            let texts: Vec<String> = pending.iter().map(|p| p.notification.rendered.clone().unwrap().text).collect();
            assert_eq!(texts, ["one", "two"]);
            assert_eq!(pending.iter().map(|p| p.notification.id).collect::<Vec<_>>(), outbox);
            store.mark_delivered(&outbox).await.unwrap();
            assert_eq!(count(&store, "SELECT COUNT(*) FROM outbox").await, 0, "a sent reply is not kept");
        }

        #[tokio::test]
        async fn the_replies_of_events_committed_together_keep_their_own_ids() {
            let (store, _keep) = $open.await;
            let events = [event("u1", "e1"), event("u2", "e2"), event("u3", "e3")];
            let (a, b, c) = tokio::join!(
                store.process_event(&events[0], saying("main", &["u1 one", "u1 two"]), None),
                store.process_event(&events[1], saying("main", &["u2 one"]), None),
                store.process_event(&events[2], saying("main", &["u3 one", "u3 two", "u3 three"]), None),
            );
            sqlx::query("UPDATE outbox SET created_at = created_at - 3600").execute(store.pool()).await.unwrap();
            let pending = store.pending_for_channel("test", 10).await.unwrap();
            let text_of = |id: &i64| pending.iter().find(|p| p.notification.id == *id).map(|p| p.notification.rendered.clone().unwrap().text);
            for (processed, user, texts) in [(a, "u1", vec!["u1 one", "u1 two"]), (b, "u2", vec!["u2 one"]), (c, "u3", vec!["u3 one", "u3 two", "u3 three"])] {
                let $crate::Processed::Decided { outbox, .. } = processed.unwrap() else { panic!("decided") };
                let found: Vec<Option<String>> = outbox.iter().map(text_of).collect();
                assert_eq!(found, texts.iter().map(|t| Some(t.to_string())).collect::<Vec<_>>(), "{user}'s outbox ids name its own replies");
            }
        }

        #[tokio::test]
        async fn a_sent_and_deleted_reply_leaves_its_id_unused_and_each_database_has_its_own_instance() {
            let (store, _keep) = $open.await;
            let $crate::Processed::Decided { outbox: first, .. } = store.process_event(&event("u1", "e1"), saying("main", &["one"]), None).await.unwrap() else {
                panic!("decided")
            };
            store.mark_delivered(&first).await.unwrap();
            assert_eq!(count(&store, "SELECT COUNT(*) FROM outbox").await, 0);
            let $crate::Processed::Decided { outbox: next, .. } = store.process_event(&event("u1", "e2"), saying("main", &["two"]), None).await.unwrap() else {
                panic!("decided")
            };
            assert!(next[0] > first[0], "the id of a deleted reply is not given again: {first:?} then {next:?}");
            let (other, _keep_other) = $open.await;
            assert_eq!(store.instance().len(), 16);
            assert_ne!(store.instance(), other.instance(), "two databases never share an instance");
        }

        #[tokio::test]
        async fn a_reply_being_sent_holds_back_a_later_notification_of_its_recipient_only() {
            let (store, _keep) = $open.await;
            store.process_event(&event("u1", "e1"), saying("main", &["answer"]), None).await.unwrap();
            store.tell("test", "u1", "slow-down", Some("de")).await.unwrap();
            store.tell("test", "u2", "slow-down", Some("de")).await.unwrap();
            let due = |store: $crate::Store| async move {
                let pending = store.pending_for_channel("test", 10).await.unwrap();
                pending.into_iter().map(|p| (p.user, p.notification.rendered.map_or(p.notification.message, |r| r.text))).collect::<Vec<_>>()
            };
            let waiting = due(store.clone()).await;
            assert_eq!(waiting, [("u2".to_string(), "slow-down".to_string())], "u1's news waits behind the answer their channel is sending");
            // The channel did not report the answer sent in time: both of u1's go, in order.
            sqlx::query("UPDATE outbox SET created_at = created_at - 3600 WHERE rendered IS NOT NULL").execute(store.pool()).await.unwrap();
            let users: Vec<(String, String)> = due(store.clone()).await;
            let expected = [("u1", "answer"), ("u1", "slow-down"), ("u2", "slow-down")].map(|(u, m)| (u.to_string(), m.to_string()));
            assert_eq!(users, expected);
            let for_u1 = store.pending_notifications("test", "u1").await.unwrap();
            assert_eq!(for_u1.iter().map(|n| n.rendered.is_some()).collect::<Vec<_>>(), [true, false], "a user's own list holds both, in order");
        }

        #[tokio::test]
        async fn outbox_reads_go_through_the_indexes_never_a_scan_of_every_message() {
            let (store, _keep) = $open.await;
            let now = $crate::now();
            let (due, waiting) = (format!("EXPLAIN QUERY PLAN {}", $crate::outbox::PENDING_FOR_CHANNEL), format!("EXPLAIN QUERY PLAN {}", $crate::outbox::PENDING_FOR_USER));
            let plans = [
                ("due on a channel", sqlx::query_as::<_, (i64, i64, i64, String)>(sqlx::AssertSqlSafe(due)).bind("test").bind(10).bind(now).bind(now)),
                ("waiting for a user", sqlx::query_as::<_, (i64, i64, i64, String)>(sqlx::AssertSqlSafe(waiting)).bind("test").bind("u1")),
            ];
            for (read, query) in plans {
                let plan: Vec<String> = query.fetch_all(store.pool()).await.unwrap().into_iter().map(|row| row.3).collect();
                let scans: Vec<&String> = plan.iter().filter(|step| step.starts_with("SCAN outbox") || step.starts_with("SCAN o ") || *step == "SCAN o").collect();
                assert!(scans.is_empty(), "{read}: the outbox (every message ever sent) is scanned: {plan:#?}");
                assert!(plan.iter().any(|step| step.contains("outbox_unsent_replies")), "{read}: {plan:#?}");
                assert!(plan.iter().any(|step| step.contains("outbox_pending")), "{read}: {plan:#?}");
            }
        }

        #[tokio::test]
        async fn a_reply_written_before_a_restart_is_sent_at_once() {
            let (store, _keep) = $open.await;
            store.process_event(&event("u1", "e1"), saying("main", &["one"]), None).await.unwrap();
            // A gateway that stopped after the commit left it; this store was opened after.
            sqlx::query("UPDATE outbox SET created_at = created_at - 1").execute(store.pool()).await.unwrap();
            let reopened = $crate::Store { opened_at: $crate::now() + 1, ..store.clone() };
            assert_eq!(reopened.pending_for_channel("test", 10).await.unwrap().len(), 1);
        }

        #[tokio::test]
        async fn a_failing_message_backs_off_holds_back_only_its_recipient_and_ends_failed() {
            let (store, _keep) = $open.await;
            store.process_event(&event("u1", "e1"), saying("main", &["u1 first", "u1 second"]), None).await.unwrap();
            store.process_event(&event("u2", "e2"), saying("main", &["u2 only"]), None).await.unwrap();
            sqlx::query("UPDATE outbox SET created_at = created_at - 3600").execute(store.pool()).await.unwrap();
            let due = |store: $crate::Store| async move {
                let pending = store.pending_for_channel("test", 10).await.unwrap();
                pending.into_iter().map(|p| p.notification.rendered.unwrap().text).collect::<Vec<_>>()
            };
            assert_eq!(due(store.clone()).await, ["u1 first", "u1 second", "u2 only"]);
            let first: i64 = count(&store, "SELECT MIN(id) FROM outbox").await;
            store.mark_failed(first, "Bad Gateway", false).await.unwrap();
            assert_eq!(due(store.clone()).await, ["u2 only"], "u1's messages wait in order; u2's do not");
            for attempt in 2..=$crate::MAX_DELIVERY_ATTEMPTS {
                sqlx::query("UPDATE outbox SET next_attempt_at = 0").execute(store.pool()).await.unwrap();
                assert_eq!(due(store.clone()).await[0], "u1 first", "tried again once due ({attempt})");
                store.mark_failed(first, "Bad Gateway", false).await.unwrap();
            }
            assert_eq!(due(store.clone()).await, ["u1 second", "u2 only"], "given up, it no longer holds anyone back");
            let failed = store.failed_deliveries().await.unwrap();
            assert_eq!(failed.len(), 1);
            assert_eq!((failed[0].0, failed[0].2.as_str(), failed[0].3.as_str()), (first, "reply", "Bad Gateway"));
        }

        #[tokio::test]
        async fn a_message_the_network_refuses_is_given_up_sooner() {
            let (store, _keep) = $open.await;
            store.process_event(&event("u1", "e1"), saying("main", &["x"]), None).await.unwrap();
            let id: i64 = count(&store, "SELECT MIN(id) FROM outbox").await;
            for _ in 0..$crate::outbox::MAX_REFUSED_ATTEMPTS {
                store.mark_failed(id, "Bad Request: chat not found", true).await.unwrap();
            }
            assert_eq!(store.failed_deliveries().await.unwrap().len(), 1);
        }

        #[tokio::test]
        async fn a_course_whose_capacity_was_lowered_promotes_no_one_until_a_seat_is_free() {
            let (store, _keep) = $open.await;
            let mut catalog = sample_catalog(&["shrunk"]);
            catalog.courses[0].capacity = 2;
            store.import_catalog(&catalog).await.unwrap();
            for (n, user) in ["anna", "bilal", "chiara"].iter().enumerate() {
                store.process(&event(user, &format!("s{n}")), sign_up_for("shrunk")).await.unwrap();
            }
            assert_eq!(seats(&store, "shrunk").await, (2, 1));
            catalog.courses[0].capacity = 1;
            store.import_catalog(&catalog).await.unwrap();
            store.process(&event("anna", "c1"), cancel_for("shrunk")).await.unwrap().expect("the cancellation goes through");
            assert_eq!(seats(&store, "shrunk").await, (1, 1), "bilal keeps his seat, chiara keeps waiting");
            assert!(store.pending_notifications("test", "chiara").await.unwrap().is_empty());
            store.process(&event("bilal", "c2"), cancel_for("shrunk")).await.unwrap();
            assert_eq!(seats(&store, "shrunk").await, (1, 0), "now the seat is free, and chiara gets it");
        }

        #[tokio::test]
        async fn a_second_request_for_a_person_joins_the_open_one() {
            let (store, _keep) = $open.await;
            store.process(&event("u1", "h1"), at_step("person-done", vec![person_request()])).await.unwrap();
            store.process(&event("u1", "h2"), at_step("person-done", vec![person_request()])).await.unwrap().expect("not a failure");
            let requests = store.handover_requests().await.unwrap();
            assert_eq!(requests.len(), 1, "one open request per user");
            let kept = store.handover_messages(requests[0].id).await.unwrap();
            assert_eq!(kept, [("user".to_string(), Some("help".to_string()), None)], "the second question is kept with the first");
        }

        #[tokio::test]
        async fn an_account_named_twice_in_a_grant_is_written_once() {
            let (store, _keep) = $open.await;
            let account = wegweiser_core::catalog::Account { channel: "telegram".into(), user: "7777".into() };
            let member = wegweiser_core::team::TeamMember {
                name: "Xaver".into(),
                role: wegweiser_core::team::Role::Peer,
                languages: vec!["de".into()],
                accounts: vec![account.clone(), account],
            };
            store.process(&event("admin", "g1"), at_step("main", vec![Effect::GrantRole(member)])).await.unwrap().expect("granted");
            assert_eq!(store.team().await.unwrap()[0].accounts.len(), 1);
        }

        #[tokio::test]
        async fn delivered_messages_go_after_their_retention_and_waiting_ones_stay() {
            let (store, _keep) = $open.await;
            for user in ["sent-long-ago", "sent-today", "given-up-long-ago", "waiting-long"] {
                store.tell("telegram", user, "slow-down", Some("de")).await.unwrap();
            }
            let day = 86_400;
            sqlx::query("UPDATE outbox SET sent_at = created_at - 31 * ?1 WHERE user_id = 'sent-long-ago'").bind(day).execute(store.pool()).await.unwrap();
            sqlx::query("UPDATE outbox SET sent_at = created_at WHERE user_id = 'sent-today'").execute(store.pool()).await.unwrap();
            sqlx::query("UPDATE outbox SET failed_at = created_at - 31 * ?1 WHERE user_id = 'given-up-long-ago'").bind(day).execute(store.pool()).await.unwrap();
            sqlx::query("UPDATE outbox SET created_at = created_at - 400 * ?1 WHERE user_id = 'waiting-long'").bind(day).execute(store.pool()).await.unwrap();
            let gone = store.prune_delivered(std::time::Duration::from_secs(30 * day as u64)).await.unwrap();
            assert_eq!(gone, 2);
            let left: Vec<String> = sqlx::query_scalar("SELECT user_id FROM outbox ORDER BY user_id").fetch_all(store.pool()).await.unwrap();
            assert_eq!(left, ["sent-today", "waiting-long"], "a message still waiting is kept, however old");
        }

        #[tokio::test]
        async fn handovers_nobody_wrote_in_for_long_are_closed_and_the_user_and_the_helper_are_told() {
            let (store, _keep) = $open.await;
            for (user, e) in [("idle-open", "h1"), ("idle-claimed", "h2"), ("lively", "h3")] {
                let request = Effect::HandoverRequested { topic: None, district: None, staff_only: false, locale: "de".into(), note: Some("Frage".into()) };
                store.process(&event(user, e), at_step("person-done", vec![request])).await.unwrap();
            }
            let day = 86_400;
            sqlx::query("UPDATE handover_requests SET created_at = created_at - 40 * ?1").bind(day).execute(store.pool()).await.unwrap();
            sqlx::query("UPDATE handover_requests SET status = 'claimed', claimed_by = 'Amal', claimed_channel = 'telegram', claimed_user = '9201', claimed_at = created_at + ?1 WHERE user_id = 'idle-claimed'")
                .bind(day)
                .execute(store.pool())
                .await
                .unwrap();
            sqlx::query("INSERT INTO handover_messages (handover, sender, text, at) SELECT id, 'user', 'noch da?', strftime('%s') - ?1 FROM handover_requests WHERE user_id = 'lively'")
                .bind(day)
                .execute(store.pool())
                .await
                .unwrap();
            let closed = store.close_idle_handovers(std::time::Duration::from_secs(30 * day as u64)).await.unwrap();
            assert_eq!(closed, 2, "the one written in yesterday stays open");
            let statuses: Vec<(String, String)> = sqlx::query_as("SELECT user_id, status FROM handover_requests ORDER BY user_id").fetch_all(store.pool()).await.unwrap();
            assert_eq!(statuses, [("idle-claimed".into(), "closed".into()), ("idle-open".into(), "closed".into()), ("lively".into(), "open".into())]);
            let told: Vec<(String, String, String)> = sqlx::query_as("SELECT user_id, message, args FROM outbox WHERE message LIKE 'handover-closed-idle%' ORDER BY user_id")
                .fetch_all(store.pool())
                .await
                .unwrap();
            let told: Vec<(&str, &str)> = told.iter().map(|(u, m, _)| (u.as_str(), m.as_str())).collect();
            assert_eq!(told, [("9201", $crate::HANDOVER_CLOSED_IDLE_HELPER), ("idle-claimed", $crate::HANDOVER_CLOSED_IDLE), ("idle-open", $crate::HANDOVER_CLOSED_IDLE)]);
            assert_eq!(store.close_idle_handovers(std::time::Duration::from_secs(30 * day as u64)).await.unwrap(), 0, "closed once");
        }
            #[tokio::test]
        async fn users_silent_for_long_are_told_once_and_deleted_after_the_notice_unless_they_write() {
            let (store, _keep) = $open.await;
            for (user, e) in [("silent", "i1"), ("came-back", "i2"), ("lively", "i3"), ("staff-silent", "i4")] {
                store.process(&event(user, e), at_step("person-done", vec![person_request()])).await.unwrap();
            }
            sqlx::query("INSERT INTO team_members (name, role, languages, granted_at, granted_by) VALUES ('Amal', 'staff', '[\"de\"]', 0, 'cli')").execute(store.pool()).await.unwrap();
            sqlx::query("INSERT INTO team_accounts (channel, user_id, member) VALUES ('test', 'staff-silent', 'Amal')").execute(store.pool()).await.unwrap();
            let day: i64 = 86_400;
            sqlx::query("UPDATE conversations SET updated_at = updated_at - 400 * ?1 WHERE user_id != 'lively'").bind(day).execute(store.pool()).await.unwrap();
            let (idle, notice) = (std::time::Duration::from_secs(360 * day as u64), std::time::Duration::from_secs(30 * day as u64));

            assert_eq!(store.look_after_idle_conversations(idle, 12, notice).await.unwrap(), (2, 0), "the silent users are told, nobody is deleted yet");
            let told: Vec<(String, String)> = sqlx::query_as("SELECT user_id, args FROM outbox WHERE message = ?1 ORDER BY user_id")
                .bind($crate::CONVERSATION_IDLE_NOTICE)
                .fetch_all(store.pool())
                .await
                .unwrap();
            let users: Vec<&str> = told.iter().map(|(u, _)| u.as_str()).collect();
            assert_eq!(users, ["came-back", "silent"], "a team member is never told");
            let args: serde_json::Value = serde_json::from_str(&told[0].1).unwrap();
            assert_eq!(args, serde_json::json!({ "months": { "number": 12 }, "days": { "number": 30 } }));
            assert_eq!(store.look_after_idle_conversations(idle, 12, notice).await.unwrap(), (0, 0), "told once");

            store.process(&event("came-back", "i5"), at_step("main", vec![])).await.unwrap();
            sqlx::query("UPDATE conversations SET idle_notice_at = idle_notice_at - 31 * ?1 WHERE idle_notice_at IS NOT NULL").bind(day).execute(store.pool()).await.unwrap();
            assert_eq!(store.look_after_idle_conversations(idle, 12, notice).await.unwrap(), (0, 1), "who wrote after the notice stays");
            let left: Vec<String> = sqlx::query_scalar("SELECT user_id FROM conversations ORDER BY user_id").fetch_all(store.pool()).await.unwrap();
            assert_eq!(left, ["came-back", "lively", "staff-silent"]);
            let rows: (i64, i64) = sqlx::query_as("SELECT (SELECT COUNT(*) FROM handover_requests WHERE user_id = 'silent'), (SELECT COUNT(*) FROM outbox WHERE user_id = 'silent')")
                .fetch_one(store.pool())
                .await
                .unwrap();
            assert_eq!(rows, (0, 0), "requests and messages of the deleted user are gone");
        }
        fn telegram_message(user: &str, id: &str, message: &str) -> Inbound {
            Inbound { channel: "telegram".into(), message: Some(message.into()), ..event(user, id) }
        }

        /// The message ids a row deletes before it is sent, sorted.
        fn erased(notification: &$crate::Notification) -> Vec<String> {
            let wegweiser_core::Erase::Messages(ids) = &notification.erase else { return Vec::new() };
            let mut ids = ids.clone();
            ids.sort();
            ids
        }

        /// The chat messages remembered for `user`, sorted.
        async fn chat_messages(store: &$crate::Store, user: &str) -> Vec<String> {
            sqlx::query_scalar("SELECT message_id FROM chat_messages WHERE user_id = ?1 ORDER BY message_id").bind(user).fetch_all(store.pool()).await.unwrap()
        }

        #[tokio::test]
        async fn clear_erases_the_chat_messages_telegram_still_deletes_and_counts_the_older_ones() {
            let (store, _keep) = $open.await;
            store.process(&telegram_message("ana", "t1", "11"), at_step("main", vec![])).await.unwrap();
            store.process(&event("ana", "c1"), at_step("main", vec![])).await.unwrap();
            assert_eq!(chat_messages(&store, "ana").await, ["11"], "only networks that delete messages keep their ids");
            let (reply,): (i64,) = sqlx::query_as(
                "INSERT INTO outbox (channel, user_id, message, args, buttons, created_at) VALUES ('telegram', 'ana', 'main-menu', '{}', '[]', 0) RETURNING id",
            )
            .fetch_one(store.pool())
            .await
            .unwrap();
            store.mark_sent(&[wegweiser_core::Sent { outbox: reply, messages: vec!["12".into(), "13".into()] }]).await.unwrap();
            assert_eq!(chat_messages(&store, "ana").await, ["11", "12", "13"], "what the bot sent is remembered too");

            let three_days_ago = jiff::Timestamp::now().as_second() - 3 * 86_400;
            sqlx::query("INSERT INTO chat_messages (channel, user_id, message_id, at) VALUES ('telegram', 'ana', '5', ?1), ('telegram', 'ana', '6', ?1)")
                .bind(three_days_ago)
                .execute(store.pool())
                .await
                .unwrap();
            assert_eq!(store.prune_chat_messages().await.unwrap(), 2, "Telegram deletes nothing older than 48 hours");
            assert_eq!(chat_messages(&store, "ana").await, ["11", "12", "13"]);

            store.process(&telegram_message("ana", "t2", "14"), at_step("main", vec![Effect::ClearChat])).await.unwrap();
            let pending = store.pending_notifications("telegram", "ana").await.unwrap();
            let clear = pending.iter().find(|n| !erased(n).is_empty()).expect("a row that erases the chat");
            assert_eq!(clear.message, $crate::CLEAR_SOME_LEFT);
            assert_eq!(clear.args.get("count"), Some(&wegweiser_core::NotificationArg::Number { number: 2 }), "the user is told how many are left");
            assert_eq!(erased(clear), ["11", "12", "13", "14"], "the /clear message itself goes too");
            assert!(chat_messages(&store, "ana").await.is_empty());

            store.process(&telegram_message("ana", "t3", "15"), at_step("main", vec![Effect::ClearChat])).await.unwrap();
            let pending = store.pending_notifications("telegram", "ana").await.unwrap();
            let again = pending.iter().find(|n| erased(n) == ["15"]).expect("the second /clear");
            assert_eq!(again.message, $crate::CLEAR_DONE, "the older ones were counted once");

            store.process(&event("bo", "c2"), at_step("main", vec![Effect::ClearChat])).await.unwrap();
            let pending = store.pending_notifications("test", "bo").await.unwrap();
            assert_eq!(pending.iter().map(|n| n.message.as_str()).collect::<Vec<_>>(), [$crate::CLEAR_NOT_HERE]);
            assert_eq!(pending[0].erase, wegweiser_core::Erase::Nothing);
        }

        #[tokio::test]
        async fn delete_keeps_only_the_row_that_erases_the_chat_and_it_goes_once_sent() {
            let (store, _keep) = $open.await;
            store.process(&telegram_message("ana", "t1", "21"), at_step("person-done", vec![person_request()])).await.unwrap();
            sqlx::query("INSERT INTO chat_messages (channel, user_id, message_id, at) VALUES ('telegram', 'ana', '1', 0)").execute(store.pool()).await.unwrap();
            store.prune_chat_messages().await.unwrap();
            store
                .process(&telegram_message("ana", "t2", "22"), at_step("main", vec![Effect::DeleteMyData]))
                .await
                .unwrap();
            let pending = store.pending_notifications("telegram", "ana").await.unwrap();
            assert_eq!(pending.len(), 1, "only the row that erases the chat stays: {pending:?}");
            assert_eq!(pending[0].message, $crate::ERASE_ONLY, "it says nothing");
            assert_eq!(erased(&pending[0]), ["21", "22"]);
            let left: (i64, i64, i64) = sqlx::query_as(
                "SELECT (SELECT COUNT(*) FROM chat_messages), (SELECT COUNT(*) FROM chat_messages_older), (SELECT COUNT(*) FROM conversations)",
            )
            .fetch_one(store.pool())
            .await
            .unwrap();
            assert_eq!(left, (0, 0, 0), "nothing else about the user stays");
            let (answer,): (i64,) = sqlx::query_as(
                "INSERT INTO outbox (channel, user_id, message, args, buttons, created_at) VALUES ('telegram', 'ana', 'delete-done', '{}', '[]', 0) RETURNING id",
            )
            .fetch_one(store.pool())
            .await
            .unwrap();
            store.mark_sent(&[wegweiser_core::Sent { outbox: answer, messages: vec!["23".into()] }]).await.unwrap();
            assert!(chat_messages(&store, "ana").await.is_empty(), "the answer to /delete names nobody afterwards");
            store.mark_sent(&wegweiser_core::Sent::rows(&[pending[0].id])).await.unwrap();
            let outbox: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE user_id = 'ana' AND erase IS NOT NULL").fetch_one(store.pool()).await.unwrap();
            assert_eq!(outbox, 0, "once the chat is cleared, its row goes too");
        }

        #[tokio::test]
        async fn on_matrix_clear_and_delete_queue_the_rooms_redaction_and_delete_and_purge_close_the_helpers_rooms() {
            let (store, _keep) = $open.await;
            let matrix = |user: &str, id: &str| Inbound { channel: "matrix".into(), ..event(user, id) };
            store.process(&matrix("@ana:example.org", "m1"), at_step("main", vec![Effect::ClearChat])).await.unwrap();
            let pending = store.pending_notifications("matrix", "@ana:example.org").await.unwrap();
            assert_eq!(pending.len(), 1);
            assert_eq!(pending[0].message, $crate::CLEAR_DONE);
            assert!(matches!(pending[0].erase, wegweiser_core::Erase::Chat { leave: false, before_ms } if before_ms > 0), "{:?}", pending[0].erase);
            store.mark_sent(&wegweiser_core::Sent::rows(&[pending[0].id])).await.unwrap();

            sqlx::query("INSERT INTO team_members (name, role, languages, granted_at, granted_by) VALUES ('Amal', 'peer', '[\"de\"]', 0, 'cli')").execute(store.pool()).await.unwrap();
            sqlx::query("INSERT INTO team_accounts (channel, user_id, member) VALUES ('matrix', '@amal:example.org', 'Amal')").execute(store.pool()).await.unwrap();
            store.process(&matrix("@ana:example.org", "m2"), at_step("person-done", vec![person_request()])).await.unwrap();
            sqlx::query("UPDATE handover_requests SET status = 'claimed', claimed_by = 'Amal', claimed_channel = 'matrix', claimed_user = '@amal:example.org'").execute(store.pool()).await.unwrap();
            store.process(&matrix("@ana:example.org", "m3"), at_step("main", vec![Effect::DeleteMyData])).await.unwrap();
            let pending = store.pending_notifications("matrix", "@ana:example.org").await.unwrap();
            assert!(
                pending.iter().any(|n| n.message == $crate::ERASE_ONLY && matches!(n.erase, wegweiser_core::Erase::Chat { leave: true, .. })),
                "her room is redacted and left: {pending:?}"
            );
            let helper = store.pending_notifications("matrix", "@amal:example.org").await.unwrap();
            let room = helper.iter().find(|n| n.erase != wegweiser_core::Erase::Nothing).expect("the handover's room is closed");
            assert_eq!((room.handover.is_some(), &room.erase), (true, &wegweiser_core::Erase::Chat { leave: true, before_ms: i64::MAX }));

            // Another user's handover with Amal, closed long ago: purging its transcript closes its room too.
            store.process(&matrix("@bo:example.org", "m4"), at_step("person-done", vec![person_request()])).await.unwrap();
            sqlx::query("UPDATE handover_requests SET status = 'closed', claimed_by = 'Amal', claimed_channel = 'matrix', claimed_user = '@amal:example.org', closed_at = 0 WHERE user_id = '@bo:example.org'")
                .execute(store.pool())
                .await
                .unwrap();
            assert_eq!(store.purge_transcripts(Duration::from_secs(86_400)).await.unwrap(), 1);
            let rooms: Vec<Option<i64>> = store.pending_notifications("matrix", "@amal:example.org").await.unwrap().iter().filter(|n| n.erase != wegweiser_core::Erase::Nothing).map(|n| n.handover).collect();
            assert_eq!(rooms.len(), 2, "both handovers' rooms are closed: {rooms:?}");
            assert_ne!(rooms[0], rooms[1]);
        }
    };
}
