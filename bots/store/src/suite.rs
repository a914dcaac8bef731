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
            }
        }

        fn at_step(step: &str, effects: Vec<Effect>) -> $crate::Decide {
            let step = step.to_string();
            Box::new(move |previous, _world| {
                let mut state = previous.unwrap_or_default();
                state.step = step;
                state.menu_id += 1;
                Outcome { state, replies: Vec::new(), effects }
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
            let effect = Effect::HandoverRequested { topic: Some("housing".into()), locale: "uk".into(), note: Some("Де житло?".into()) };
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
            let effect = Effect::HandoverRequested { topic: None, locale: "de".into(), note: None };
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
            assert!(matches!(bad, Err($crate::Error::Engine)));
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
            assert_eq!(told[0].args["course_title"]["default"], "Deutsch A1");
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
