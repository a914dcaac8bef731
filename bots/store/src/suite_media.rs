//! Store tests of files in handovers: the limits per handover and per user and day, also
//! for files committed at the same moment, and which conversations keep files at all.
//! Expanded beside `store_integration_tests!` for every backend, whose helpers they use.

#[cfg(test)]
macro_rules! store_media_tests {
    ($open:expr) => {
        fn a_file(bytes: usize, caption: Option<&str>) -> Effect {
            let file = wegweiser_core::Attachment {
                kind: wegweiser_core::MediaKind::Photo,
                mime: "image/jpeg".into(),
                name: None,
                caption: caption.map(str::to_string),
                bytes: vec![7u8; bytes].into(),
            };
            Effect::HandoverMessage { text: caption.map(str::to_string), media: Some(file.kind), attachment: Some(file) }
        }

        async fn open_handover(store: &$crate::Store, user: &str, id: &str) {
            let request = Effect::HandoverRequested { topic: None, district: None, staff_only: false, locale: "ar".into(), note: None };
            store.process(&event(user, id), at_step("person-done", vec![request])).await.unwrap();
        }

        async fn files_kept(store: &$crate::Store) -> i64 {
            sqlx::query_scalar("SELECT COUNT(*) FROM media_files").fetch_one(store.pool()).await.unwrap()
        }

        async fn quota_notices(store: &$crate::Store, user: &str) -> usize {
            let pending = store.pending_notifications("test", user).await.unwrap();
            pending.iter().filter(|n| n.message == $crate::FILE_QUOTA_REACHED).count()
        }

        #[tokio::test]
        async fn files_sent_at_once_never_exceed_a_handovers_limit_and_the_user_is_told() {
            let (store, _keep) = $open.await;
            open_handover(&store, "u1", "h0").await;
            let extra = 5;
            let sending = (0..$crate::FILES_PER_HANDOVER + extra).map(|i| {
                let store = store.clone();
                async move { store.process(&event("u1", &format!("f{i}")), at_step("person-done", vec![a_file(100, None)])).await.unwrap() }
            });
            futures_util::future::join_all(sending).await;
            assert_eq!(files_kept(&store).await, $crate::FILES_PER_HANDOVER);
            assert_eq!(quota_notices(&store, "u1").await, extra as usize);
            // The caption of a refused file still goes to the person; the file does not.
            store.process(&event("u1", "late"), at_step("person-done", vec![a_file(100, Some("Seite 2"))])).await.unwrap();
            let handover = store.handover_requests().await.unwrap()[0].id;
            let kept = store.handover_messages(handover).await.unwrap();
            assert_eq!(kept.last(), Some(&("user".to_string(), Some("Seite 2".to_string()), None)));
            assert_eq!(files_kept(&store).await, $crate::FILES_PER_HANDOVER);
        }

        #[tokio::test]
        async fn a_handovers_bytes_are_limited_too() {
            let (store, _keep) = $open.await;
            open_handover(&store, "u1", "h0").await;
            let large = wegweiser_core::Attachment::MAX_BYTES;
            for i in 0..3 {
                store.process(&event("u1", &format!("f{i}")), at_step("person-done", vec![a_file(large, None)])).await.unwrap();
            }
            assert!(2 * large as i64 <= $crate::BYTES_PER_HANDOVER && 3 * large as i64 > $crate::BYTES_PER_HANDOVER);
            assert_eq!(files_kept(&store).await, 2);
            assert_eq!(quota_notices(&store, "u1").await, 1);
        }

        #[tokio::test]
        async fn a_users_files_of_the_last_day_are_limited_across_handovers() {
            let (store, _keep) = $open.await;
            let per_handover = $crate::FILES_PER_HANDOVER;
            let mut sent = 0;
            for handover in 0.. {
                open_handover(&store, "u1", &format!("h{handover}")).await;
                for _ in 0..per_handover {
                    sent += 1;
                    store.process(&event("u1", &format!("f{sent}")), at_step("person-done", vec![a_file(10, None)])).await.unwrap();
                }
                store.process(&event("u1", &format!("left{handover}")), at_step("main", vec![Effect::HandoverLeft])).await.unwrap();
                if sent > $crate::FILES_PER_USER_PER_DAY {
                    break;
                }
            }
            assert_eq!(files_kept(&store).await, $crate::FILES_PER_USER_PER_DAY);
            assert_eq!(quota_notices(&store, "u1").await, (sent - $crate::FILES_PER_USER_PER_DAY) as usize);
            // Another user is not held back by them; a day later they may send again.
            open_handover(&store, "u2", "other").await;
            store.process(&event("u2", "o1"), at_step("person-done", vec![a_file(10, None)])).await.unwrap();
            assert_eq!(files_kept(&store).await, $crate::FILES_PER_USER_PER_DAY + 1);
            sqlx::query("UPDATE media_files SET at = at - 86401").execute(store.pool()).await.unwrap();
            open_handover(&store, "u1", "next-day").await;
            store.process(&event("u1", "d1"), at_step("person-done", vec![a_file(10, None)])).await.unwrap();
            assert_eq!(files_kept(&store).await, $crate::FILES_PER_USER_PER_DAY + 2);
        }

        #[tokio::test]
        async fn files_are_kept_only_in_a_handover_or_from_the_team() {
            let (store, _keep) = $open.await;
            let account = |user: &str| wegweiser_core::catalog::Account { channel: if user == "1001" { "telegram" } else { "test" }.into(), user: user.into() };
            assert!(!store.keeps_files(&account("u1")).await.unwrap(), "a stranger");
            store.process(&event("u1", "e1"), at_step("main", vec![])).await.unwrap();
            assert!(!store.keeps_files(&account("u1")).await.unwrap(), "talking with the bot");
            open_handover(&store, "u1", "h1").await;
            assert!(store.keeps_files(&account("u1")).await.unwrap(), "in a handover");
            store.process(&event("u1", "e2"), at_step("main", vec![Effect::HandoverLeft])).await.unwrap();
            assert!(!store.keeps_files(&account("u1")).await.unwrap(), "back with the bot");
            store.grant_role(&member("Amal", wegweiser_core::team::Role::Peer, &["telegram:1001"]), "cli").await.unwrap();
            assert!(store.keeps_files(&account("1001")).await.unwrap(), "on the team");
        }
    };
}
