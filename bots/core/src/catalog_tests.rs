//! Catalog files and arguments: the sample parses; each kind of mistake is reported with
//! file and line, and nothing is returned when anything is wrong.

use std::path::{Path, PathBuf};

use jiff::civil::DateTime;

use crate::catalog::{parse_arguments, parse_file, Catalog, Context, EntryKind};
use crate::Flows;
use wegweiser_i18n::LocaleRegistry;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).unwrap().to_path_buf()
}

fn context(now: &str, skip_past_sessions: bool) -> (LocaleRegistry, Vec<String>, DateTime, bool) {
    let registry = LocaleRegistry::load(&repository().join("locales/locales.toml")).unwrap();
    let topics = Flows::load(&repository().join("flows")).unwrap().topics.into_keys().collect();
    (registry, topics, now.parse().unwrap(), skip_past_sessions)
}

fn parse(name: &str, source: &str, now: &str, skip: bool) -> Result<Catalog, Vec<String>> {
    let (registry, topics, now, skip_past_sessions) = context(now, skip);
    let cx = Context { registry: &registry, topics, now, skip_past_sessions };
    parse_file(Path::new(name), source, &cx).map_err(|d| d.iter().map(|d| d.to_string()).collect())
}

fn sample() -> String {
    std::fs::read_to_string(repository().join("bots/wegweiser/config/stuttgart-catalog.toml")).unwrap()
}

const COURSE: &str = r#"
[[course]]
id = "test-course"
kind = "german"
title = "Deutsch A2"
provider = "VHS"
district = "Mitte"
address = "Rotebühlplatz 28"
schedule = "Mo 9-12"
languages = ["de"]
childcare = true
capacity = 10
"#;

#[test]
fn the_sample_catalog_is_valid() {
    let c = parse("sample.toml", &sample(), "2026-11-23T12:00", false).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert_eq!((c.courses.len(), c.sessions.len(), c.peers.len()), (5, 3, 3));
    let amal = &c.peers[0];
    assert_eq!((amal.languages.as_slice(), amal.contact_channel.as_str()), (&["ar".to_string(), "de".to_string()][..], "telegram"));
    assert_eq!(c.courses[1].level.as_deref(), Some("alpha"));
    assert!(c.courses[3].signup_from.is_none());
}

#[test]
fn past_sessions_are_refused_on_import_and_skipped_in_the_sample() {
    let errors = parse("sample.toml", &sample(), "2027-02-01T00:00", false).unwrap_err();
    let line = sample().lines().position(|l| l.starts_with("starts = 2027-01-21")).unwrap() + 1;
    assert_eq!(errors, [format!("sample.toml:{line}:1: error: starts: 2027-01-21T17:30:00 is in the past")]);
    let skipped = parse("sample.toml", &sample(), "2027-02-01T00:00", true).unwrap();
    assert_eq!(skipped.sessions.len(), 2);
}

#[test]
fn each_mistake_is_reported_where_it_is() {
    let broken = COURSE
        .replace("district = \"Mitte\"", "district = \"Cannstatt\"")
        .replace("capacity = 10", "capacity = -1\ncolour = \"blue\"")
        .replace("languages = [\"de\"]", "languages = [\"de\", \"xx\"]")
        .replace("provider = \"VHS\"\n", "")
        + "signup_from = 2027-02-01\nsignup_until = \"2027-01-01\"\n";
    let errors = parse("c.toml", &broken, "2026-11-23T12:00", false).unwrap_err();
    let line = |needle: &str| broken.lines().position(|l| l.starts_with(needle)).unwrap() + 1;
    let expected = [
        "c.toml:2:1: error: course lacks 'provider'".to_string(),
        format!("c.toml:{}:1: error: district: 'Cannstatt' is not a Stuttgart district (did you mean 'Bad Cannstatt'?)", line("district")),
        format!("c.toml:{}:1: error: languages: 'xx' is not a served language", line("languages")),
        format!("c.toml:{}:1: error: capacity: must be a whole number from 0 to 1000", line("capacity")),
        format!("c.toml:{}:1: error: unknown field 'colour' for a course", line("colour")),
        format!("c.toml:{}:1: error: signup_until: the sign-up window ends before it opens", line("signup_until")),
    ];
    for e in &expected {
        assert!(errors.contains(e), "missing {e}\ngot:\n{}", errors.join("\n"));
    }
    assert_eq!(errors.len(), expected.len(), "{}", errors.join("\n"));
}

#[test]
fn duplicates_sessions_and_peers_are_checked() {
    let source = format!(
        "{COURSE}{COURSE}
[[session]]
id = \"s1\"
topic = {{ de = \"Wohnen\", xx = \"?\" }}
starts = \"2027-01-21 17:30\"
ends = \"2027-01-21 16:00\"
place = \"Rathaus\"
district = \"Mitte\"
capacity = 0
interpreters = [\"ar\"]
moderator = \"Stadt\"

[[peer]]
id = \"p1\"
name = \"Amal\"
languages = [\"ar\"]
districts = [\"Mitte\"]
topics = [\"housing\", \"cooking\"]
available = \"maybe\"
contact_channel = \"telegram\"
contact = \"amal\"
"
    );
    let errors = parse("c.toml", &source, "2026-11-23T12:00", false).unwrap_err().join("\n");
    for expected in [
        "course 'test-course' appears twice (first at c.toml:2:1)",
        "topic: 'xx' is not a served locale",
        "ends: the session ends before it starts",
        "topics: 'cooking' is not an information topic",
        "available: must be true or false",
        "contact: 'amal' is not a telegram contact",
    ] {
        assert!(errors.contains(expected), "missing {expected:?} in\n{errors}");
    }
}

#[test]
fn toml_syntax_errors_point_at_their_line() {
    let errors = parse("c.toml", "[[course]\nid = 1\n", "2026-11-23T12:00", false).unwrap_err();
    assert!(errors[0].starts_with("c.toml:1:"), "{errors:?}");
}

#[test]
fn csv_files_use_a_type_column_and_report_row_and_column() {
    let csv = "type,id,kind,title.de,title.en,provider,district,address,schedule,languages,childcare,capacity\n\
               course,csv-a1,german,Deutsch A1,German A1,VHS,Mitte,Rotebühlplatz 28,Mo 9-12,de;ar,ja,12\n\
               course,csv-a2,german,Deutsch A2,,VHS,Wangen,Ulmer Str. 1,Di 9-12,de,nein,8\n";
    let c = parse("c.csv", csv, "2026-11-23T12:00", false).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert_eq!(c.courses.len(), 2);
    assert_eq!(c.courses[0].languages, ["de", "ar"]);
    assert_eq!(c.courses[0].title.get("en").map(String::as_str), Some("German A1"));
    assert!(c.courses[0].childcare && !c.courses[1].childcare);

    let bad = csv.replace("Wangen", "Wangn").replace("course,csv-a1", "cours,csv-a1");
    let errors = parse("c.csv", &bad, "2026-11-23T12:00", false).unwrap_err();
    assert!(errors.contains(&"c.csv:2:1: error: type 'cours' is not course, session or peer".to_string()), "{errors:?}");
    assert!(errors.contains(&"c.csv:3:7: error: district: 'Wangn' is not a Stuttgart district (did you mean 'Wangen'?)".to_string()), "{errors:?}");

    let ragged = "type,id\ncourse,a,b\n";
    assert!(parse("c.csv", ragged, "2026-11-23T12:00", false).unwrap_err()[0].starts_with("c.csv:2:"));
}

#[test]
fn an_entry_from_command_line_arguments() {
    let (registry, topics, now, skip_past_sessions) = context("2026-11-23T12:00", false);
    let cx = Context { registry: &registry, topics, now, skip_past_sessions };
    let args: Vec<String> = ["id=arg-peer", "name=Samir", "languages=ar;de", "districts=West", "topics=work", "available=yes", "contact_channel=matrix", "contact=@samir:example.org"]
        .map(String::from)
        .to_vec();
    let c = parse_arguments(EntryKind::Peer, &args, &cx).unwrap();
    assert_eq!(c.peers[0].districts, ["West"]);
    let wrong: Vec<String> = vec!["id=x y".into(), "nonsense".into()];
    let errors = parse_arguments(EntryKind::Peer, &wrong, &cx).unwrap_err().to_string();
    assert!(errors.contains("argument:2:1: error: 'nonsense' is not key=value"), "{errors}");
}

#[test]
fn a_peer_needs_an_account_the_bot_can_write_to() {
    let peer = |contact: &str, account: &str| {
        format!(
            "[[peer]]\nid = \"p1\"\nname = \"Amal\"\nlanguages = [\"ar\"]\ndistricts = [\"Mitte\"]\ntopics = [\"housing\"]\navailable = true\ncontact_channel = \"{}\"\ncontact = \"{contact}\"\n{account}",
            if contact.contains(':') { "matrix" } else { "telegram" }
        )
    };
    let errors = parse("p.toml", &peer("@amal_hilft", ""), "2026-11-23T12:00", false).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("p.toml:9:1: error: contact: a bot cannot write to the Telegram name '@amal_hilft'"), "{errors:?}");

    let errors = parse("p.toml", &peer("@amal_hilft", "account = \"telegram:@amal\"\n"), "2026-11-23T12:00", false).unwrap_err();
    assert!(errors[0].starts_with("p.toml:10:1: error: account: 'telegram:@amal' is not an account"), "{errors:?}");

    let ok = parse("p.toml", &peer("@amal_hilft", "account = \"telegram:123456789\"\n"), "2026-11-23T12:00", false).unwrap();
    assert_eq!(ok.peers[0].account.to_string(), "telegram:123456789");
    let matrix = parse("p.toml", &peer("@amal:example.org", ""), "2026-11-23T12:00", false).unwrap();
    assert_eq!(matrix.peers[0].account.to_string(), "matrix:@amal:example.org", "a Matrix contact is its own account");
    let numeric = parse("p.toml", &peer("123456789", ""), "2026-11-23T12:00", false).unwrap();
    assert_eq!(numeric.peers[0].account.to_string(), "telegram:123456789");
}
