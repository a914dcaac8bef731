//! One test suite for every store backend: SQLite now, PostgreSQL later runs the same tests.

/// Expands to the store tests for a backend; `$open` is an async expression that yields a
/// fresh, empty [`crate::Store`] and whatever must live as long as it (e.g. a temp dir).
#[cfg(test)]
macro_rules! store_integration_tests {
    ($open:expr) => {
        use std::time::Duration;

        use wegweiser_core::{Effect, Inbound, InboundKind, Outcome};

        fn event(user: &str, id: &str) -> Inbound {
            Inbound {
                channel: "test".into(),
                user: user.into(),
                event_id: id.into(),
                kind: InboundKind::Text("hello".into()),
                language_hint: None,
                handover: None,
                staff_room: None,
                message: None,
            }
        }

        fn at_step(step: &str, effects: Vec<Effect>) -> $crate::Decide {
            let step = step.to_string();
            Box::new(move |previous, _world| {
                let mut state = previous.unwrap_or_default();
                state.step = step.clone();
                state.menu_id += 1;
                Outcome { state, replies: Vec::new(), effects: effects.clone() }
            })
        }

        /// Decides like `at_step` and reports whether the conversation was new.
        fn noting_first_contact(step: &str, was_new: std::sync::Arc<std::sync::atomic::AtomicBool>) -> $crate::Decide {
            let inner = at_step(step, vec![]);
            Box::new(move |previous, world| {
                was_new.store(previous.is_none(), std::sync::atomic::Ordering::SeqCst);
                inner(previous, world)
            })
        }

        #[tokio::test]
        async fn first_contact_then_resume() {
            let (store, _keep) = $open.await;
            let was_new = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            store.process(&event("u1", "e1"), noting_first_contact("main", was_new.clone())).await.unwrap();
            assert!(was_new.load(std::sync::atomic::Ordering::SeqCst));
            let out = store.process(&event("u1", "e2"), noting_first_contact("topics", was_new.clone())).await.unwrap().expect("a new event is processed");
            assert!(!was_new.load(std::sync::atomic::Ordering::SeqCst));
            assert_eq!(out.state.menu_id, 2);
            let stored = store.conversation("test", "u1").await.unwrap().unwrap();
            assert_eq!(stored.step, "topics");
            assert!(store.conversation("test", "nobody").await.unwrap().is_none());
        }

        #[tokio::test]
        async fn a_repeated_event_id_is_not_processed_twice() {
            let (store, _keep) = $open.await;
            store.process(&event("u1", "same"), at_step("main", vec![])).await.unwrap().unwrap();
            let again = store.process(&event("u1", "same"), Box::new(|_, _| panic!("must not decide a duplicate"))).await.unwrap();
            assert!(again.is_none());
            assert_eq!(store.conversation("test", "u1").await.unwrap().unwrap().menu_id, 1);
            let mut other_channel = event("u1", "same");
            other_channel.channel = "other".into();
            assert!(store.process(&other_channel, at_step("main", vec![])).await.unwrap().is_some());
        }

        #[tokio::test]
        async fn effects_are_committed_with_the_state() {
            let (store, _keep) = $open.await;
            let effect = Effect::HandoverRequested { topic: Some("housing".into()), district: None, staff_only: false, locale: "uk".into(), note: Some("Де житло?".into()) };
            store.process(&event("u7", "e1"), at_step("person-done", vec![effect])).await.unwrap();
            let requests = store.handover_requests().await.unwrap();
            assert_eq!(requests.len(), 1);
            let r = &requests[0];
            assert_eq!((r.user.as_str(), r.topic.as_deref(), r.locale.as_str(), r.note.as_deref(), r.status.as_str()),
                ("u7", Some("housing"), "uk", Some("Де житло?"), "open"));
        }

        #[tokio::test]
        async fn a_failed_write_leaves_nothing_half_written() {
            let (store, _keep) = $open.await;
            store.process(&event("u1", "e1"), at_step("main", vec![])).await.unwrap();
            sqlx::query("DROP TABLE handover_requests").execute(store.pool()).await.unwrap();
            let effect = Effect::HandoverRequested { topic: None, district: None, staff_only: false, locale: "de".into(), note: None };
            let result = store.process(&event("u1", "e2"), at_step("person-done", vec![effect])).await;
            assert!(result.is_err());
            assert_eq!(store.conversation("test", "u1").await.unwrap().unwrap().step, "main", "state rolled back");
            let marked: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM processed_events WHERE event_id = 'e2'")
                .fetch_one(store.pool()).await.unwrap();
            assert_eq!(marked, 0, "the event can be retried");
        }

        #[tokio::test]
        async fn unreadable_state_starts_the_conversation_anew() {
            let (store, _keep) = $open.await;
            store.process(&event("u1", "e1"), at_step("main", vec![])).await.unwrap();
            sqlx::query("UPDATE conversations SET state = '{broken'").execute(store.pool()).await.unwrap();
            let was_new = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            store.process(&event("u1", "e2"), noting_first_contact("language", was_new.clone())).await.unwrap();
            assert!(was_new.load(std::sync::atomic::Ordering::SeqCst));
            assert_eq!(store.conversation("test", "u1").await.unwrap().unwrap().step, "language");
        }

        #[tokio::test]
        async fn old_event_ids_are_pruned() {
            let (store, _keep) = $open.await;
            store.process(&event("u1", "old"), at_step("main", vec![])).await.unwrap();
            sqlx::query("UPDATE processed_events SET processed_at = processed_at - 864000").execute(store.pool()).await.unwrap();
            store.process(&event("u1", "new"), at_step("main", vec![])).await.unwrap();
            assert_eq!(store.prune_processed_events(Duration::from_secs(7 * 86400)).await.unwrap(), 1);
        }

        #[tokio::test]
        async fn events_committed_together_keep_their_order_and_dedupe() {
            let (store, _keep) = $open.await;
            // Handed in without waiting, these land in one batch: the second event of u1
            // must see the first one's state, and the repeated id must be a duplicate.
            let (e1, e2, e3) = (event("u1", "b1"), event("u1", "b2"), event("u2", "b3"));
            let (a, b, c, d) = tokio::join!(
                store.process(&e1, at_step("main", vec![])),
                store.process(&e2, at_step("topics", vec![])),
                store.process(&e1, at_step("never", vec![])),
                store.process(&e3, at_step("main", vec![])),
            );
            assert_eq!(a.unwrap().unwrap().state.menu_id, 1);
            assert_eq!(b.unwrap().unwrap().state.menu_id, 2);
            assert!(c.unwrap().is_none());
            assert!(d.unwrap().is_some());
            assert_eq!(store.conversation("test", "u1").await.unwrap().unwrap().step, "topics");
        }

        #[tokio::test]
        async fn an_engine_failure_spoils_only_its_own_event() {
            let (store, _keep) = $open.await;
            let (p1, p2) = (event("u1", "p1"), event("u2", "p2"));
            let (bad, good) = tokio::join!(
                store.process(&p1, Box::new(|_, _| panic!("engine bug"))),
                store.process(&p2, at_step("main", vec![])),
            );
            assert!(matches!(bad, Err($crate::Error::Attempt { attempts: 1, .. })), "{bad:?}");
            assert!(good.unwrap().is_some());
            assert!(store.conversation("test", "u1").await.unwrap().is_none());
            // The failed event was not marked processed: a redelivery is tried again.
            assert!(store.process(&event("u1", "p1"), at_step("main", vec![])).await.unwrap().is_some());
        }

        fn sample_catalog(course_ids: &[&str]) -> wegweiser_core::catalog::Catalog {
            use wegweiser_core::catalog::*;
            let text = |t: &str| Localized::from([("default".to_string(), t.to_string())]);
            Catalog {
                courses: course_ids.iter().map(|id| Course {
                    id: id.to_string(), kind: "german".into(), title: text("Deutsch A1"), provider: "VHS".into(),
                    district: "Mitte".into(), address: "Rotebühlplatz 28".into(), schedule: text("Mo 9-12"), level: Some("A1".into()),
                    languages: vec!["de".into()], childcare: false, capacity: 12, signup_from: None, signup_until: None, starts: None,
                }).collect(),
                sessions: vec![DialogueSession {
                    id: "dialog-1".into(), topic: text("Wohnen"), starts: "2030-01-21T17:30".parse().unwrap(),
                    ends: "2030-01-21T19:30".parse().unwrap(), place: "Rathaus".into(), district: "Mitte".into(), capacity: 30,
                    interpreters: vec!["ar".into()], moderator: "Stadt".into(),
                }],
                peers: vec![Peer {
                    id: "peer-1".into(), name: "Amal".into(), languages: vec!["ar".into()], districts: vec!["Mitte".into()],
                    topics: vec!["housing".into()], available: true, contact_channel: "telegram".into(), contact: "@amal_hilft".into(),
                    account: Account { channel: "test".into(), user: "amal".into() },
                }],
            }
        }

        #[tokio::test]
        async fn catalog_import_adds_then_updates_and_keeps_staff_status() {
            use wegweiser_core::catalog::EntryKind;
            let (store, _keep) = $open.await;
            let first = store.import_catalog(&sample_catalog(&["a1", "a2"])).await.unwrap();
            assert_eq!((first.added, first.updated), (4, 0));
            store.set_catalog_status(EntryKind::Course, "a1", $crate::Status::Closed).await.unwrap();
            let mut changed = sample_catalog(&["a1", "a2", "b1"]);
            changed.courses[0].capacity = 20;
            let second = store.import_catalog(&changed).await.unwrap();
            assert_eq!((second.added, second.updated), (1, 4));
            let listing = store.catalog().await.unwrap();
            assert_eq!(listing.courses.len(), 3);
            let a1 = listing.courses.iter().find(|(c, _)| c.id == "a1").unwrap();
            assert_eq!((a1.0.capacity, a1.1), (20, $crate::Status::Closed));
            assert_eq!(listing.sessions[0].0.starts.to_string(), "2030-01-21T17:30:00");
            assert_eq!(listing.peers[0].0.contact, "@amal_hilft");
        }

        #[tokio::test]
        async fn adding_an_existing_entry_writes_nothing() {
            let (store, _keep) = $open.await;
            store.import_catalog(&sample_catalog(&["a1"])).await.unwrap();
            let mut more = sample_catalog(&["new-course", "a1"]);
            more.sessions.clear();
            more.peers.clear();
            let err = store.add_catalog_entries(&more).await.unwrap_err();
            assert_eq!(err.to_string(), "there is already a course 'a1'");
            assert_eq!(store.catalog().await.unwrap().courses.len(), 1, "the new course was not written either");
        }

        #[tokio::test]
        async fn close_reopen_and_remove() {
            use wegweiser_core::catalog::EntryKind;
            let (store, _keep) = $open.await;
            store.import_catalog(&sample_catalog(&["a1"])).await.unwrap();
            store.set_catalog_status(EntryKind::Session, "dialog-1", $crate::Status::Closed).await.unwrap();
            assert_eq!(store.catalog().await.unwrap().sessions[0].1, $crate::Status::Closed);
            store.set_catalog_status(EntryKind::Session, "dialog-1", $crate::Status::Open).await.unwrap();
            store.remove_catalog_entry(EntryKind::Peer, "peer-1").await.unwrap();
            assert!(store.catalog().await.unwrap().peers.is_empty());
            let missing = store.remove_catalog_entry(EntryKind::Peer, "peer-1").await.unwrap_err();
            assert_eq!(missing.to_string(), "there is no peer 'peer-1'");
            assert!(store.set_catalog_status(EntryKind::Course, "nope", $crate::Status::Closed).await.is_err());
        }

        #[tokio::test]
        async fn the_sample_is_loaded_once() {
            use wegweiser_core::catalog::EntryKind;
            let (store, _keep) = $open.await;
            assert!(!store.sample_catalog_loaded().await.unwrap());
            assert!(store.seed_catalog_once(&sample_catalog(&["a1"])).await.unwrap());
            assert!(store.sample_catalog_loaded().await.unwrap());
            store.remove_catalog_entry(EntryKind::Course, "a1").await.unwrap();
            assert!(!store.seed_catalog_once(&sample_catalog(&["a1"])).await.unwrap());
            assert!(store.catalog().await.unwrap().courses.is_empty(), "an emptied catalog stays empty");
        }

        /// Decides like the engine: a seat while the world shows one free, else the waitlist.
        fn sign_up_for(course: &'static str) -> $crate::Decide {
            Box::new(move |previous, world| {
                let view = world.course(course).expect("course in the world");
                let waitlisted = view.confirmed >= view.course.capacity;
                Outcome { state: previous.unwrap_or_default(), replies: Vec::new(), effects: vec![Effect::SignUp { course: course.into(), waitlisted }] }
            })
        }

        fn cancel_for(course: &'static str) -> $crate::Decide {
            Box::new(move |previous, _world| Outcome {
                state: previous.unwrap_or_default(),
                replies: Vec::new(),
                effects: vec![Effect::CancelSignUp { course: course.into() }],
            })
        }

        async fn seats(store: &$crate::Store, course: &str) -> (u32, u32) {
            store.seat_counts(course).await.unwrap()
        }

        /// Imports the sample catalog with one course of a single seat.
        async fn one_seat_course(store: &$crate::Store, id: &str) {
            let mut catalog = sample_catalog(&[id]);
            catalog.courses[0].capacity = 1;
            store.import_catalog(&catalog).await.unwrap();
        }

        #[tokio::test]
        async fn many_race_for_the_last_seat_and_one_gets_it() {
            let (store, _keep) = $open.await;
            one_seat_course(&store, "last-seat").await;
            let mut racers = Vec::new();
            for n in 0..50 {
                let store = store.clone();
                racers.push(tokio::spawn(async move {
                    store.process(&event(&format!("racer-{n}"), &format!("race-{n}")), sign_up_for("last-seat")).await.unwrap().unwrap()
                }));
            }
            for r in racers {
                r.await.unwrap();
            }
            assert_eq!(seats(&store, "last-seat").await, (1, 49));
        }

        #[tokio::test]
        async fn a_freed_seat_goes_to_the_first_waiting_who_is_told() {
            let (store, _keep) = $open.await;
            one_seat_course(&store, "small").await;
            for (n, user) in ["anna", "bilal", "chiara"].iter().enumerate() {
                store.process(&event(user, &format!("s{n}")), sign_up_for("small")).await.unwrap();
            }
            assert_eq!(seats(&store, "small").await, (1, 2));
            store.process(&event("anna", "c1"), cancel_for("small")).await.unwrap();
            assert_eq!(seats(&store, "small").await, (1, 1));
            let told = store.pending_notifications("test", "bilal").await.unwrap();
            assert_eq!(told.len(), 1);
            assert_eq!(told[0].message, $crate::COURSE_PROMOTED);
            assert_eq!(told[0].args["course_title"], wegweiser_core::NotificationArg::plain("Deutsch A1"));
            assert!(store.pending_notifications("test", "chiara").await.unwrap().is_empty());
            // Chiara is now first in line, as the world shows her.
            let position = std::sync::Arc::new(std::sync::Mutex::new(None));
            let seen = position.clone();
            store.process(&event("chiara", "look"), Box::new(move |previous, world| {
                *seen.lock().unwrap() = world.signup("small").and_then(|s| s.waiting_position);
                Outcome { state: previous.unwrap_or_default(), replies: Vec::new(), effects: Vec::new() }
            })).await.unwrap();
            assert_eq!(*position.lock().unwrap(), Some(1));
            store.mark_delivered(&[told[0].id]).await.unwrap();
            assert!(store.pending_notifications("test", "bilal").await.unwrap().is_empty());
        }

        #[tokio::test]
        async fn the_database_refuses_an_overbooking_whatever_the_decision() {
            let (store, _keep) = $open.await;
            one_seat_course(&store, "tiny").await;
            store.process(&event("u1", "t1"), sign_up_for("tiny")).await.unwrap();
            let wrong: $crate::Decide = Box::new(|previous, _| Outcome {
                state: previous.unwrap_or_default(),
                replies: Vec::new(),
                effects: vec![Effect::SignUp { course: "tiny".into(), waitlisted: false }],
            });
            assert!(store.process(&event("u2", "t2"), wrong).await.is_err());
            assert_eq!(seats(&store, "tiny").await, (1, 0));
            assert!(store.conversation("test", "u2").await.unwrap().is_none(), "nothing of the failed event was written");
            let refused = store.remove_catalog_entry(wegweiser_core::catalog::EntryKind::Course, "tiny").await.unwrap_err();
            assert_eq!(refused.to_string(), "course 'tiny' still has 1 active sign-up(s); close it instead of removing it");
        }

        /// Emits the given effects, whatever the world.
        fn doing(effects: Vec<Effect>) -> $crate::Decide {
            Box::new(move |previous, _world| Outcome { state: previous.unwrap_or_default(), replies: Vec::new(), effects: effects.clone() })
        }

        /// Copies out the world the engine would see for this user.
        fn peeking(seen: std::sync::Arc<std::sync::Mutex<wegweiser_core::World>>) -> $crate::Decide {
            Box::new(move |previous, world| {
                *seen.lock().unwrap() = world.clone();
                Outcome { state: previous.unwrap_or_default(), replies: Vec::new(), effects: Vec::new() }
            })
        }

        async fn world_of(store: &$crate::Store, user: &str, id: &str) -> wegweiser_core::World {
            let seen = std::sync::Arc::new(std::sync::Mutex::new(wegweiser_core::World::default()));
            store.process(&event(user, id), peeking(seen.clone())).await.unwrap();
            let world = seen.lock().unwrap().clone();
            world
        }

        fn book(local_time: &str) -> Effect {
            Effect::BookSession { session: "dialog-1".into(), local_time: local_time.parse().unwrap() }
        }

        fn time(text: &str) -> jiff::civil::DateTime {
            text.parse().unwrap()
        }

        const TEN: jiff::civil::Time = jiff::civil::time(10, 0, 0, 0);

        #[tokio::test]
        async fn a_booking_gets_one_reminder_from_the_day_before_even_with_schedulers_racing() {
            let (store, _keep) = $open.await;
            store.import_catalog(&sample_catalog(&[])).await.unwrap();
            store.process(&event("u1", "b1"), doing(vec![book("2030-01-10T12:00")])).await.unwrap();
            // Booked only after the reminder time: the user just booked, no reminder.
            store.process(&event("late", "b2"), doing(vec![book("2030-01-20T11:00")])).await.unwrap();
            assert_eq!(world_of(&store, "u1", "w1").await.sessions[0].booked, 2);

            assert_eq!(store.queue_due_reminders(time("2030-01-20T09:59"), TEN).await.unwrap(), 0, "not before the day before at 10:00");
            let mut racers = Vec::new();
            for _ in 0..8 {
                let store = store.clone();
                racers.push(tokio::spawn(async move { store.queue_due_reminders(time("2030-01-20T10:00"), TEN).await.unwrap() }));
            }
            let mut queued = 0;
            for racer in racers {
                queued += racer.await.unwrap();
            }
            assert_eq!(queued, 1, "eight schedulers at once queue one reminder");
            assert_eq!(store.queue_due_reminders(time("2030-01-21T09:00"), TEN).await.unwrap(), 0);
            let pending = store.pending_notifications("test", "u1").await.unwrap();
            assert_eq!(pending.len(), 1);
            assert_eq!(pending[0].message, $crate::SESSION_REMINDER);
            assert_eq!(pending[0].args["when"], wegweiser_core::NotificationArg::When { when: time("2030-01-21T17:30") });
            assert!(store.pending_notifications("test", "late").await.unwrap().is_empty());
        }

        #[tokio::test]
        async fn a_cancelled_or_called_off_booking_gets_no_reminder() {
            use wegweiser_core::catalog::EntryKind;
            let (store, _keep) = $open.await;
            store.import_catalog(&sample_catalog(&[])).await.unwrap();
            store.process(&event("u1", "b1"), doing(vec![book("2030-01-10T12:00")])).await.unwrap();
            store.process(&event("u2", "b2"), doing(vec![book("2030-01-10T12:00")])).await.unwrap();
            store.process(&event("u1", "c1"), doing(vec![Effect::CancelBooking { session: "dialog-1".into() }])).await.unwrap();
            assert_eq!(world_of(&store, "u1", "w1").await.bookings, Vec::<String>::new());
            let refused = store.remove_catalog_entry(EntryKind::Session, "dialog-1").await.unwrap_err();
            assert_eq!(refused.to_string(), "session 'dialog-1' still has 1 booking(s); close it instead of removing it");
            assert_eq!(store.call_off_session("dialog-1").await.unwrap(), 1);
            let told = store.pending_notifications("test", "u2").await.unwrap();
            assert_eq!(told.iter().map(|n| n.message.as_str()).collect::<Vec<_>>(), [$crate::SESSION_CALLED_OFF]);
            assert_eq!(store.queue_due_reminders(time("2030-01-20T12:00"), TEN).await.unwrap(), 0);
            assert!(store.pending_notifications("test", "u1").await.unwrap().is_empty());
            store.remove_catalog_entry(EntryKind::Session, "dialog-1").await.unwrap();
        }

        fn ask_amal(contact: &str) -> Effect {
            Effect::RequestPeer { peer: "peer-1".into(), topic: Some("housing".into()), district: None, locale: "uk".into(), contact: contact.into() }
        }

        #[tokio::test]
        async fn a_peer_request_reaches_the_peer_and_acceptance_shares_both_contacts() {
            use wegweiser_core::NotificationArg;
            let (store, _keep) = $open.await;
            store.import_catalog(&sample_catalog(&[])).await.unwrap();
            store.process(&event("u1", "r1"), doing(vec![ask_amal("+49 170 1111111")])).await.unwrap();

            let for_peer = store.pending_notifications("test", "amal").await.unwrap();
            assert_eq!(for_peer.len(), 1);
            let new = &for_peer[0];
            assert_eq!((new.message.as_str(), new.locale.as_deref()), ($crate::PEER_REQUEST_NEW, Some("ar")));
            let id = match new.args["request"] {
                NotificationArg::Number { number } => number,
                ref other => panic!("a request number, not {other:?}"),
            };
            assert_eq!(new.buttons, [("peer-accept".to_string(), format!("/accept {id}")), ("peer-decline".to_string(), format!("/decline {id}"))]);
            assert!(!format!("{:?}", new.args).contains("1111111"), "the user's contact is not in the peer's notice");

            let peer_world = world_of(&store, "amal", "p0").await;
            assert_eq!(peer_world.incoming.len(), 1);
            assert_eq!(world_of(&store, "u1", "u0").await.requests.len(), 1);

            // Someone who is not the peer cannot answer it.
            store.process(&event("mallory", "m1"), doing(vec![Effect::AnswerPeerRequest { request: id, accept: true }])).await.unwrap();
            assert!(!world_of(&store, "u1", "u1").await.requests[0].accepted);
            assert!(store.pending_notifications("test", "u1").await.unwrap().is_empty());

            store.process(&event("amal", "p1"), doing(vec![Effect::AnswerPeerRequest { request: id, accept: true }])).await.unwrap();
            assert!(world_of(&store, "u1", "u2").await.requests[0].accepted);
            assert!(world_of(&store, "amal", "p2").await.incoming[0].accepted);
            let told = store.pending_notifications("test", "u1").await.unwrap();
            assert_eq!(told.len(), 1);
            assert_eq!(told[0].message, $crate::PEER_REQUEST_ACCEPTED);
            assert_eq!(told[0].args["peer_contact"], NotificationArg::plain("@amal_hilft"));
            assert_eq!(told[0].args["peer_channel"], NotificationArg::plain("Telegram"));

            let refused = store.remove_catalog_entry(wegweiser_core::catalog::EntryKind::Peer, "peer-1").await.unwrap_err();
            assert_eq!(refused.to_string(), "peer 'peer-1' still has 1 open request(s); close it instead of removing it");

            store.process(&event("u1", "w1"), doing(vec![Effect::WithdrawPeerRequest { request: id }])).await.unwrap();
            assert!(world_of(&store, "u1", "u3").await.requests.is_empty());
            assert!(world_of(&store, "amal", "p3").await.incoming.is_empty());
            let for_peer = store.pending_notifications("test", "amal").await.unwrap();
            assert_eq!(for_peer.last().unwrap().message, $crate::PEER_REQUEST_WITHDRAWN);
        }

        #[tokio::test]
        async fn a_declined_request_closes_and_can_be_made_again() {
            let (store, _keep) = $open.await;
            store.import_catalog(&sample_catalog(&[])).await.unwrap();
            store.process(&event("u1", "r1"), doing(vec![ask_amal("a@example.org")])).await.unwrap();
            let id = world_of(&store, "u1", "u0").await.requests[0].id;
            store.process(&event("amal", "p1"), doing(vec![Effect::AnswerPeerRequest { request: id, accept: false }])).await.unwrap();
            assert!(world_of(&store, "u1", "u1").await.requests.is_empty());
            assert!(world_of(&store, "amal", "p2").await.incoming.is_empty());
            let told = store.pending_notifications("test", "u1").await.unwrap();
            assert_eq!(told[0].message, $crate::PEER_REQUEST_DECLINED);
            assert!(!told[0].args.contains_key("peer_contact"), "a decline shares no contact");
            // Answering again changes nothing; a new request is possible.
            store.process(&event("amal", "p3"), doing(vec![Effect::AnswerPeerRequest { request: id, accept: true }])).await.unwrap();
            assert_eq!(store.pending_notifications("test", "u1").await.unwrap().len(), 1);
            store.process(&event("u1", "r2"), doing(vec![ask_amal("a@example.org")])).await.unwrap();
            assert_eq!(world_of(&store, "u1", "u2").await.requests.len(), 1);
        }

        #[tokio::test]
        async fn a_channels_outbox_skips_unreachable_users_until_they_write_again() {
            let (store, _keep) = $open.await;
            store.import_catalog(&sample_catalog(&[])).await.unwrap();
            store.process(&event("u1", "r1"), doing(vec![ask_amal("+49 170 1111111")])).await.unwrap();
            let pending = store.pending_for_channel("test", 10).await.unwrap();
            assert_eq!(pending.len(), 1);
            assert_eq!((pending[0].user.as_str(), pending[0].conversation_locale.as_deref()), ("amal", None));
            assert_eq!(pending[0].notification.locale.as_deref(), Some("ar"), "a peer new to the bot gets their first language");

            store.mark_unreachable("test", "amal").await.unwrap();
            store.mark_unreachable("test", "amal").await.unwrap();
            assert!(store.pending_for_channel("test", 10).await.unwrap().is_empty());
            store.process(&event("amal", "p1"), at_step("main", vec![])).await.unwrap();
            let again = store.pending_for_channel("test", 10).await.unwrap();
            assert_eq!(again.len(), 1, "writing again makes a user reachable");
            store.mark_delivered(&[again[0].notification.id]).await.unwrap();
            assert!(store.pending_for_channel("test", 10).await.unwrap().is_empty());
            assert!(store.pending_for_channel("other", 10).await.unwrap().is_empty());
        }

        #[tokio::test]
        async fn many_users_at_once() {
            let (store, _keep) = $open.await;
            let mut tasks = Vec::new();
            for u in 0..40 {
                let store = store.clone();
                tasks.push(tokio::spawn(async move {
                    for e in 0..5 {
                        store.process(&event(&format!("u{u}"), &format!("u{u}-e{e}")), at_step("main", vec![])).await.unwrap();
                    }
                }));
            }
            for t in tasks {
                t.await.unwrap();
            }
            for u in 0..40 {
                assert_eq!(store.conversation("test", &format!("u{u}")).await.unwrap().unwrap().menu_id, 5);
            }
        }

        fn member(name: &str, role: wegweiser_core::team::Role, accounts: &[&str]) -> wegweiser_core::team::TeamMember {
            wegweiser_core::team::TeamMember {
                name: name.into(),
                role,
                languages: vec!["ar".into(), "de".into()],
                accounts: accounts.iter().map(|a| wegweiser_core::catalog::Account::parse(a).unwrap()).collect(),
            }
        }

        #[tokio::test]
        async fn what_a_user_writes_during_a_handover_is_kept_until_they_leave_it() {
            let (store, _keep) = $open.await;
            let request = Effect::HandoverRequested { topic: Some("housing".into()), district: None, staff_only: false, locale: "ar".into(), note: Some("Wohnung?".into()) };
            store.process(&event("u1", "h1"), at_step("person-done", vec![request])).await.unwrap();
            let message = |text: &str| Effect::HandoverMessage { text: Some(text.into()), media: None, attachment: None };
            store.process(&event("u1", "h2"), at_step("person-done", vec![message("Hallo?")])).await.unwrap();
            let photo = Effect::HandoverMessage { text: None, media: Some(wegweiser_core::MediaKind::Photo), attachment: None };
            store.process(&event("u1", "h3"), at_step("person-done", vec![photo])).await.unwrap();
            let handover = store.handover_requests().await.unwrap()[0].clone();
            assert_eq!(handover.status, "open");
            let kept = store.handover_messages(handover.id).await.unwrap();
            assert_eq!(kept, vec![("user".into(), Some("Hallo?".into()), None), ("user".into(), None, Some("photo".into()))]);
            store.process(&event("u1", "h4"), at_step("main", vec![Effect::HandoverLeft])).await.unwrap();
            assert_eq!(store.handover_requests().await.unwrap()[0].status, "closed");
            // After it closed, nothing more is added to it.
            store.process(&event("u1", "h5"), at_step("main", vec![message("late")])).await.unwrap();
            assert_eq!(store.handover_messages(handover.id).await.unwrap().len(), 2);
        }

        #[tokio::test]
        async fn roles_are_granted_changed_revoked_and_logged() {
            use wegweiser_core::catalog::Account;
            use wegweiser_core::team::Role;
            let (store, _keep) = $open.await;
            let amal = Account::parse("telegram:1001").unwrap();
            assert_eq!(store.role_of(&amal).await.unwrap(), Role::Refugee, "everyone starts as a refugee");
            store.grant_role(&member("Amal", Role::Peer, &["telegram:1001", "matrix:@amal:example.org"]), "cli").await.unwrap();
            assert_eq!(store.role_of(&amal).await.unwrap(), Role::Peer);
            // A second grant replaces role and accounts.
            store.grant_role(&member("Amal", Role::Staff, &["matrix:@amal:example.org"]), "matrix:@admin:example.org").await.unwrap();
            assert_eq!(store.role_of(&amal).await.unwrap(), Role::Refugee, "the dropped account has no role any more");
            let team = store.team().await.unwrap();
            assert_eq!(team, vec![member("Amal", Role::Staff, &["matrix:@amal:example.org"])]);
            store.revoke_role("Amal", "cli").await.unwrap();
            assert!(store.team().await.unwrap().is_empty());
            assert_eq!(store.role_of(&Account::parse("matrix:@amal:example.org").unwrap()).await.unwrap(), Role::Refugee);
            let log: Vec<(String, String)> = store.role_changes().await.unwrap().into_iter().map(|(_, by, _, change)| (by, change)).collect();
            assert_eq!(
                log,
                vec![
                    ("cli".to_string(), "grant peer ar,de telegram:1001 matrix:@amal:example.org".to_string()),
                    ("matrix:@admin:example.org".to_string(), "grant staff ar,de matrix:@amal:example.org".to_string()),
                    ("cli".to_string(), "revoke".to_string()),
                ]
            );
            assert!(matches!(store.revoke_role("Amal", "cli").await, Err($crate::Error::NotFound { .. })));
        }

        #[tokio::test]
        async fn an_account_of_someone_else_is_refused_and_nothing_changes() {
            use wegweiser_core::team::Role;
            let (store, _keep) = $open.await;
            store.grant_role(&member("Amal", Role::Peer, &["telegram:1001"]), "cli").await.unwrap();
            let taken = store.grant_role(&member("Samir", Role::Peer, &["telegram:2002", "telegram:1001"]), "cli").await;
            assert!(matches!(&taken, Err($crate::Error::Taken { owner, .. }) if owner == "Amal"), "{taken:?}");
            assert_eq!(taken.unwrap_err().to_string(), "telegram:1001 already belongs to Amal");
            let team = store.team().await.unwrap();
            assert_eq!(team.len(), 1, "Samir was not written half");
            assert_eq!(store.role_changes().await.unwrap().len(), 1);
        }
    };
}

#[cfg(test)]
mod sqlite {
    async fn open() -> (crate::Store, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::Store::open(&dir.path().join("nested/folder/wegweiser.sqlite3")).await.unwrap();
        (store, dir)
    }

    store_integration_tests!(open());
    store_fault_tests!(open());
    store_media_tests!(open());

    #[tokio::test]
    async fn a_restart_between_booking_and_reminder_still_yields_one_reminder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.sqlite3");
        {
            let store = crate::Store::open(&path).await.unwrap();
            store.import_catalog(&sample_catalog(&[])).await.unwrap();
            store.process(&event("u1", "b1"), doing(vec![book("2030-01-10T12:00")])).await.unwrap();
            assert_eq!(store.queue_due_reminders(time("2030-01-15T10:00"), TEN).await.unwrap(), 0);
            store.pool().close().await;
        }
        for run in 0..3 {
            let store = crate::Store::open(&path).await.unwrap();
            let queued = store.queue_due_reminders(time("2030-01-20T10:30"), TEN).await.unwrap();
            assert_eq!(queued, usize::from(run == 0), "run {run}");
            store.pool().close().await;
        }
        let store = crate::Store::open(&path).await.unwrap();
        assert_eq!(store.pending_notifications("test", "u1").await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn reopening_keeps_data_and_does_not_migrate_twice() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.sqlite3");
        {
            let store = crate::Store::open(&path).await.unwrap();
            store.process(&event("u1", "e1"), at_step("main", vec![])).await.unwrap();
            store.pool().close().await;
        }
        let store = crate::Store::open(&path).await.unwrap();
        assert_eq!(store.conversation("test", "u1").await.unwrap().unwrap().step, "main");
    }
}
