//! `wegweiser catalog`: a new database shows the sample; imports are all or nothing with
//! every problem at file:line; entries are added, closed, reopened, removed and called off.

use std::path::Path;

use crate::support::*;

fn catalog(db: &Path, args: &[&str]) -> std::process::Output {
    wegweiser().arg("catalog").args(args).arg("--db").arg(db).output().unwrap()
}

#[test]
fn a_new_database_shows_the_sample_catalog_and_hides_peer_contacts() {
    let dir = tempfile::tempdir().unwrap();
    let out = catalog(&dir.path().join("db.sqlite3"), &["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("courses (5)\n"), "{text}");
    assert!(text.contains("mama-lernt-deutsch-cannstatt") && text.contains("Mama lernt Deutsch  (childcare)"), "{text}");
    assert!(text.contains("sessions (3)\n") && text.contains("peers (3)\n"), "{text}");
    assert!(!text.contains("@amal_hilft"), "contacts stay hidden: {text}");
    let shown = stdout(&catalog(&dir.path().join("db.sqlite3"), &["list", "--show-contacts"]));
    assert!(shown.contains("telegram @amal_hilft"), "{shown}");
    // Once loaded, the sample file is not read again: a missing one changes nothing.
    let later = catalog(&dir.path().join("db.sqlite3"), &["list", "--sample-catalog", "/nonexistent/catalog.toml"]);
    assert!(later.status.success() && stderr(&later).is_empty(), "{}", stderr(&later));
    assert_eq!(stdout(&later), text);
}

#[test]
fn an_import_with_mistakes_writes_nothing_and_names_every_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let file = dir.path().join("new.toml");
    std::fs::write(
        &file,
        "[[course]]\nid = \"good-course\"\nkind = \"german\"\ntitle = \"Deutsch B1\"\nprovider = \"VHS\"\ndistrict = \"West\"\n\
         address = \"Rotebühlplatz 28\"\nschedule = \"Mi 9-12\"\nlanguages = [\"de\"]\nchildcare = false\ncapacity = 10\n\n\
         [[session]]\nid = \"old-session\"\ntopic = \"Rückblick\"\nstarts = 2020-01-01T17:00:00\nends = 2020-01-01T19:00:00\n\
         place = \"Rathaus\"\ndistrict = \"Mitte\"\ncapacity = 0\ninterpreters = [\"ar\"]\nmoderator = \"Stadt\"\n",
    )
    .unwrap();
    let out = catalog(&db, &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:16:1: error: starts: 2020-01-01T17:00:00 is in the past", file.display())), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    assert!(!stdout(&catalog(&db, &["list"])).contains("good-course"), "all or nothing");

    let fixed = std::fs::read_to_string(&file).unwrap().replace("2020-01-01", "2099-01-01");
    std::fs::write(&file, fixed).unwrap();
    let out = catalog(&db, &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 courses, 1 sessions, 0 peers (2 added, 0 updated)"), "{}", stdout(&out));
}

#[test]
fn add_close_reopen_and_remove_entries() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let peer = ["add", "peer", "id=peer-samir", "name=Samir", "languages=ar;de", "districts=West", "topics=work", "available=yes", "contact_channel=matrix", "contact=@samir:example.org"];
    let out = catalog(&db, &peer);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "added peer peer-samir\n");
    let again = catalog(&db, &peer);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("there is already a peer 'peer-samir'"));

    let typo = catalog(&db, &["add", "peer", "id=peer-x", "name=X", "languages=ar", "districts=Weest", "topics=work", "available=yes", "contact_channel=matrix", "contact=@x:example.org"]);
    assert!(stderr(&typo).contains("argument:4:1: error: districts: 'Weest' is not a Stuttgart district (did you mean 'West'?)"), "{}", stderr(&typo));

    assert!(catalog(&db, &["close", "course", "vhs-deutsch-a1-mitte"]).status.success());
    assert!(stdout(&catalog(&db, &["list"])).contains("vhs-deutsch-a1-mitte             closed"));
    assert!(catalog(&db, &["reopen", "course", "vhs-deutsch-a1-mitte"]).status.success());
    assert!(catalog(&db, &["remove", "peer", "peer-samir"]).status.success());
    let gone = catalog(&db, &["remove", "peer", "peer-samir"]);
    assert_eq!(gone.status.code(), Some(1));
    assert!(stderr(&gone).contains("there is no peer 'peer-samir'"));
}

#[test]
fn a_booked_session_cannot_be_removed_and_calling_it_off_tells_the_booked_user() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let chat = |input: &str| {
        let mut cmd = wegweiser();
        cmd.args(["chat", "--lang", "en", "--user", "u1", "--clock", "2027-01-10T12:00", "--sample-catalog", "tests/fixtures/catalog.toml", "--db"]).arg(&db);
        let out = run_with_input(cmd, input);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let booked = chat("/start\n1\n3\nShow all dates\n1\n1\n");
    assert!(booked.contains("You have a place: Housing (test)"), "{booked}");
    assert!(stdout(&catalog(&db, &["list"])).contains("dialog-wohnen-test               open   2027-01-21 17:30 Mitte             1/2"));

    let refused = catalog(&db, &["remove", "session", "dialog-wohnen-test"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("session 'dialog-wohnen-test' still has 1 booking(s); close it instead of removing it"), "{}", stderr(&refused));

    let called_off = catalog(&db, &["call-off", "dialog-wohnen-test"]);
    assert!(called_off.status.success(), "{}", stderr(&called_off));
    assert_eq!(stdout(&called_off), "called off session dialog-wohnen-test; 1 booked user(s) will be told\n");
    let told = chat("/my\n");
    assert!(told.starts_with("Sorry, the refugee dialogue \"Housing (test)\" on Thursday 21/01/2027, 17:30 will not take place."), "{told}");
    assert!(told.contains("You have no sign-ups, bookings or requests."), "{told}");
    assert!(catalog(&db, &["remove", "session", "dialog-wohnen-test"]).status.success());
    let missing = catalog(&db, &["call-off", "dialog-wohnen-test"]);
    assert!(stderr(&missing).contains("there is no session 'dialog-wohnen-test'"), "{}", stderr(&missing));
}
