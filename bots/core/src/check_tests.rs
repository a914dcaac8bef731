//! `check` reports each kind of problem with its file and line. Runs on a copy of the
//! bundled flows, config and the German and English locales, damaged one way per test.

use crate::test_fixture::Fixture;

#[test]
fn the_bundled_sources_are_valid() {
    let f = Fixture::new();
    assert_eq!(f.errors(), Vec::<String>::new());
    let s = f.load().unwrap().summary();
    assert_eq!((s.locales, s.topics), (2, 10));
}

#[test]
fn fluent_syntax_error() {
    let f = Fixture::new();
    f.append("locales/de/core.ftl", "broken-message = { $unclosed\n");
    let line = f.line_of("locales/de/core.ftl", "broken-message");
    f.assert_error(&format!("locales/de/core.ftl:{line}:"), "Fluent syntax");
}

#[test]
fn flow_toml_syntax_error() {
    let f = Fixture::new();
    f.edit("flows/person.toml", "[step.person-done]", "[step.person-done\n");
    let line = f.line_of("flows/person.toml", "[step.person-done");
    f.assert_error(&format!("flows/person.toml:{line}:"), "invalid flow file");
}

#[test]
fn a_step_that_does_not_exist() {
    let f = Fixture::new();
    f.edit("flows/welcome.toml", "{ label = \"main-topics\", goto = \"topics\" }", "{ label = \"main-topics\", goto = \"topicz\" }");
    let line = f.line_of("flows/welcome.toml", "goto = \"topicz\"");
    f.assert_error(&format!("flows/welcome.toml:{line}:"), "there is no step 'topicz' (did you mean 'topics'?)");
}

#[test]
fn a_message_that_does_not_exist() {
    let f = Fixture::new();
    f.edit("flows/welcome.toml", "message = \"main-menu\"", "message = \"main-menuu\"");
    let line = f.line_of("flows/welcome.toml", "main-menuu");
    f.assert_error(&format!("flows/welcome.toml:{line}:"), "there is no message 'main-menuu'");
}

#[test]
fn a_key_missing_from_a_locale() {
    let f = Fixture::new();
    f.edit("locales/en/core.ftl", "button-cancel = Cancel\n", "");
    let line = f.line_of("locales/de/core.ftl", "button-cancel =");
    f.assert_error(&format!("locales/de/core.ftl:{line}:"), "'button-cancel' is missing in locale 'en'");
}

#[test]
fn a_key_only_in_a_translation() {
    let f = Fixture::new();
    f.append("locales/en/core.ftl", "extra-key = Hello\n");
    let line = f.line_of("locales/en/core.ftl", "extra-key");
    f.assert_error(&format!("locales/en/core.ftl:{line}:"), "'extra-key' is not in the base locale 'de'");
}

#[test]
fn placeables_that_differ_between_locales() {
    let f = Fixture::new();
    f.edit("locales/en/core.ftl", "Welcome to Wegweiser { $city }!", "Welcome to Wegweiser!");
    let line = f.line_of("locales/en/core.ftl", "main-menu =");
    f.assert_error(&format!("locales/en/core.ftl:{line}:"), "'main-menu' uses no variables but the base");
}

#[test]
fn unreachable_and_dead_end_steps() {
    let f = Fixture::new();
    f.append("flows/person.toml", "\n[step.orphan]\nmessage = \"help\"\nbuttons = [{ label = \"button-main\", goto = \"main\" }]\n\n[step.stuck]\nmessage = \"help\"\n");
    let orphan = f.line_of("flows/person.toml", "[step.orphan]");
    f.assert_error(&format!("flows/person.toml:{orphan}:"), "step 'orphan' cannot be reached");
    f.assert_error("flows/person.toml:", "step 'stuck' has no buttons and no input");
}

#[test]
fn unknown_action_and_missing_topic() {
    let f = Fixture::new();
    f.edit("flows/person.toml", "action = \"request_person\"", "action = \"request_persn\"");
    f.edit("flows/topics.toml", "topic = \"housing\"", "topic = \"housin\"");
    let action = f.line_of("flows/person.toml", "request_persn");
    let topic = f.line_of("flows/topics.toml", "topic = \"housin\"");
    f.assert_error(&format!("flows/person.toml:{action}:"), "unknown action 'request_persn'");
    f.assert_error(&format!("flows/topics.toml:{topic}:"), "there is no topic 'housin' (did you mean 'housing'?)");
}

#[test]
fn bad_config_values() {
    let f = Fixture::new();
    f.edit("config.toml", "wc_phone = \"+49 711 216-0\"", "wc_phone = \"call us\"");
    f.edit("config.toml", "housing_link = \"https://", "housing_link = \"http://");
    f.edit("config.toml", "response_hours = 24", "response_hours = 0");
    f.edit("config.toml", "escalate_after_minutes = 120", "escalate_after_minutes = 0");
    f.edit("config.toml", "keep_transcripts_days = 90", "keep_transcripts_days = 5000");
    for (needle, text) in [
        ("escalate_after_minutes", "handover.escalate_after_minutes must be between 1 and 10080, not 0"),
        ("keep_transcripts_days", "handover.keep_transcripts_days must be between 1 and 3650, not 5000"),
        ("wc_phone", "'call us' is not a phone number"),
        ("housing_link", "must be an https:// link"),
        ("response_hours", "must be between 1 and 720"),
    ] {
        let line = f.line_of("config.toml", needle);
        f.assert_error(&format!("config.toml:{line}:"), text);
    }
}

#[test]
fn an_unknown_time_zone() {
    let f = Fixture::new();
    f.edit("config.toml", "time_zone = \"Europe/Berlin\"", "time_zone = \"Europe/Stuttgart\"");
    let line = f.line_of("config.toml", "time_zone =");
    f.assert_error(&format!("config.toml:{line}:13:"), "'Europe/Stuttgart' is not a time zone like Europe/Berlin");
}

#[test]
fn config_syntax_and_unknown_settings() {
    let f = Fixture::new();
    f.edit("config.toml", "[handover]", "[handover]\nrespons_hours = 3");
    let line = f.line_of("config.toml", "respons_hours");
    f.assert_error(&format!("config.toml:{line}:"), "unknown field `respons_hours`");
}

#[test]
fn a_variable_neither_fact_nor_supplied_by_the_bot() {
    let f = Fixture::new();
    f.edit("locales/de/core.ftl", "Wegweiser { $city }!", "Wegweiser { $town }!");
    f.edit("locales/en/core.ftl", "Wegweiser { $city }!", "Wegweiser { $town }!");
    let line = f.line_of("locales/de/core.ftl", "main-menu =");
    f.assert_error(&format!("locales/de/core.ftl:{line}:"), "uses $town, which is neither a fact");
}

#[test]
fn bidi_controls_and_city_facts_in_translations() {
    let f = Fixture::new();
    f.edit("locales/en/core.ftl", "button-cancel = Cancel", "button-cancel = \u{200F}Cancel");
    f.edit("locales/en/core.ftl", "button-back = ⬅️ Back", "button-back = Back, or call 0711 2160");
    f.edit("locales/en/core.ftl", "button-main = 🏠 Main menu", "button-main = See https://example.org");
    let cancel = f.line_of("locales/en/core.ftl", "button-cancel");
    let back = f.line_of("locales/en/core.ftl", "button-back");
    let main = f.line_of("locales/en/core.ftl", "button-main");
    f.assert_error(&format!("locales/en/core.ftl:{cancel}:17:"), "bidi control character U+200F");
    f.assert_error(&format!("locales/en/core.ftl:{back}:"), "phone number, postcode or time belongs in the deployment config");
    f.assert_error(&format!("locales/en/core.ftl:{main}:"), "a link belongs in the deployment config");
}

#[test]
fn incomplete_plural_forms() {
    let f = Fixture::new();
    f.edit("locales/de/person.ftl", "[one] einer Stunde", "[few] einiger Stunden");
    let line = f.line_of("locales/de/person.ftl", "person-done =");
    f.assert_error(&format!("locales/de/person.ftl:{line}:"), "plural forms for de need [one], [other]; missing [one]");
}

#[test]
fn a_fallback_to_an_unserved_locale() {
    let f = Fixture::new();
    f.edit("locales/locales.toml", "tag = \"en\"", "tag = \"en\"\nfallback = [\"xx\"]");
    let line = f.line_of("locales/locales.toml", "fallback = [\"xx\"]");
    f.assert_error(&format!("locales/locales.toml:{line}:"), "fallback 'xx' is not a served locale");
}

#[test]
fn telegram_settings_are_checked_without_showing_the_token() {
    let f = Fixture::new();
    f.edit("config.toml", "username = \"WegweiserStuttgartBot\"", "username = \"x\"\ntoken = \"12345:tooshort-secret\"\napi_url = \"ftp://x\"");
    let line = f.line_of("config.toml", "username = \"x\"");
    f.assert_error(&format!("config.toml:{line}:"), "telegram.username 'x' is not a bot's @name");
    f.assert_error(&format!("config.toml:{}:", line + 1), "telegram.token does not look like a bot token");
    f.assert_error(&format!("config.toml:{}:", line + 2), "telegram.api_url must be an http(s):// URL");
    assert!(!f.errors().join("\n").contains("tooshort-secret"), "the token is never shown");
    let settings = crate::Secret::new("123:abc");
    assert_eq!(format!("{settings:?}"), "Secret([hidden])");
}

#[test]
fn matrix_settings_are_checked_with_file_and_line_and_without_showing_secrets() {
    let f = Fixture::new();
    f.append(
        "config.toml",
        "\n[matrix]\nhomeserver = \"matrix.example.org\"\nuser = \"wegweiser\"\npassword = \"hunter2-secret\"\naccess_token = \"syt_secret_token\"\n",
    );
    let line = f.line_of("config.toml", "homeserver = \"matrix.example.org\"");
    f.assert_error(&format!("config.toml:{line}:"), "matrix.homeserver must be an http(s):// URL");
    f.assert_error(&format!("config.toml:{}:", line + 1), "matrix.user must be a full user id like @wegweiser:example.org, not 'wegweiser'");
    f.assert_error(&format!("config.toml:{}:", line + 3), "set matrix.password or matrix.access_token, not both");
    let errors = f.errors().join("\n");
    assert!(!errors.contains("hunter2-secret") && !errors.contains("syt_secret_token"), "secrets are never shown: {errors}");
}

#[test]
fn matrix_settings_are_read_and_a_relative_store_is_taken_from_the_config_folder() {
    let f = Fixture::new();
    f.append(
        "config.toml",
        "\n[matrix]\nhomeserver = \"https://matrix.example.org/\"\nuser = \"@wegweiser:example.org\"\nstore = \"matrix-store\"\ndisplay_name = \"Wegweiser\"\n",
    );
    let engine = f.load().expect("valid");
    let matrix = &engine.config().matrix;
    assert_eq!(matrix.homeserver.as_deref(), Some("https://matrix.example.org"));
    assert_eq!(matrix.user.as_deref(), Some("@wegweiser:example.org"));
    assert!(matrix.password.is_none() && matrix.access_token.is_none());
    let config_folder = engine.config().path.parent().unwrap();
    assert_eq!(matrix.store.as_deref(), Some(config_folder.join("matrix-store").as_path()));
}

#[test]
fn office_hours_say_when_the_office_opens_next() {
    // The sample config: Monday to Friday, 09:00 to 16:00.
    let f = Fixture::new();
    let engine = f.load().expect("valid");
    let office = engine.config().office.clone().expect("configured");
    let at = |t: &str| t.parse::<jiff::civil::DateTime>().unwrap();
    // 2027-01-11 is a Monday.
    assert_eq!(office.next_opening(at("2027-01-11T10:00")), None, "open");
    assert_eq!(office.next_opening(at("2027-01-11T08:30")), Some(at("2027-01-11T09:00")), "before opening");
    assert_eq!(office.next_opening(at("2027-01-11T16:00")), Some(at("2027-01-12T09:00")), "closing time is closed");
    assert_eq!(office.next_opening(at("2027-01-15T17:00")), Some(at("2027-01-18T09:00")), "Friday evening: Monday");
    assert_eq!(office.next_opening(at("2027-01-16T10:00")), Some(at("2027-01-18T09:00")), "Saturday: Monday");
}

#[test]
fn office_hours_are_checked_with_file_and_line() {
    let f = Fixture::new();
    f.edit("config.toml", "office_days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]", "office_days = [\"mon\", \"funday\"]");
    f.edit("config.toml", "office_hours = \"09:00-16:00\"", "office_hours = \"9 to 5\"");
    let line = f.line_of("config.toml", "office_days");
    f.assert_error(&format!("config.toml:{line}:"), "'funday' is not a day; write mon, tue, wed, thu, fri, sat or sun");
    f.assert_error(&format!("config.toml:{}:", line + 1), "handover.office_hours must be like \"09:00-16:00\", not '9 to 5'");
    let half = Fixture::new();
    half.edit("config.toml", "office_days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]", "");
    half.assert_error("config.toml:", "handover.office_hours needs handover.office_days");
}

#[test]
fn a_webhook_needs_a_long_secret_of_telegrams_characters_and_listens_on_this_machine_by_default() {
    let webhook = |secret: &str| format!("[telegram.webhook] # this deployment's\nurl = \"https://bot.example.org/telegram/updates\"\n{secret}\n[facts]");
    let missing = Fixture::new();
    missing.edit("config.toml", "[facts]", &webhook(""));
    let line = missing.line_of("config.toml", "[telegram.webhook] # this deployment's");
    missing.assert_error(&format!("config.toml:{line}:"), "telegram.webhook needs a secret_token");

    for (value, why) in [("shortsecret", "too short"), ("secret with spaces and more than 32 characters", "spaces"), ("geheimnisgeheimnisgeheimnisgeheimnisß", "letters Telegram refuses")] {
        let wrong = Fixture::new();
        wrong.edit("config.toml", "[facts]", &webhook(&format!("secret_token = \"{value}\"")));
        let line = wrong.line_of("config.toml", &format!("secret_token = \"{value}\""));
        wrong.assert_error(&format!("config.toml:{line}:"), "telegram.webhook.secret_token must be 32–256 characters");
        assert!(!wrong.errors().join("\n").contains(value), "{why}: the secret is never shown");
    }

    let good = Fixture::new();
    good.edit("config.toml", "[facts]", &webhook("secret_token = \"0123456789abcdef0123456789abcdef\""));
    let engine = good.load().expect("valid");
    let settings = engine.config().telegram.webhook.clone().expect("a webhook");
    assert_eq!(settings.listen, "127.0.0.1:8443".parse().unwrap(), "this machine only unless configured");
    assert_eq!(settings.secret_token.expose(), "0123456789abcdef0123456789abcdef");
}

#[test]
fn privacy_retention_is_checked_with_file_and_line_and_has_a_default() {
    let f = Fixture::new();
    let unset = Fixture::new();
    unset.edit("config.toml", "keep_delivered_days = 30", "");
    unset.edit("config.toml", "close_idle_handovers_days = 30", "");
    let defaults = unset.load().expect("valid");
    assert_eq!(defaults.config().privacy.close_idle_handovers, std::time::Duration::from_secs(86400 * crate::config::DEFAULT_CLOSE_IDLE_HANDOVERS_DAYS as u64));
    assert_eq!(defaults.config().privacy.keep_delivered, std::time::Duration::from_secs(86400 * crate::config::DEFAULT_KEEP_DELIVERED_DAYS as u64));
    f.edit("config.toml", "keep_delivered_days = 30", "keep_delivered_days = 0");
    let line = f.line_of("config.toml", "keep_delivered_days = 0");
    f.assert_error(&format!("config.toml:{line}:"), "privacy.keep_delivered_days must be between 1 and 365, not 0");
    f.edit("config.toml", "close_idle_handovers_days = 30", "close_idle_handovers_days = 1");
    let line = f.line_of("config.toml", "close_idle_handovers_days = 1");
    f.assert_error(&format!("config.toml:{line}:"), "privacy.close_idle_handovers_days must be between 2 and 365, not 1");
    let set = Fixture::new();
    set.edit("config.toml", "keep_delivered_days = 30", "keep_delivered_days = 7");
    assert_eq!(set.load().expect("valid").config().privacy.keep_delivered, std::time::Duration::from_secs(7 * 86400));
}

#[test]
fn idle_conversation_periods_are_checked_with_file_and_line_and_have_defaults() {
    let unset = Fixture::new();
    unset.edit("config.toml", "delete_idle_conversations_months = 12", "");
    unset.edit("config.toml", "idle_notice_days = 30", "");
    let defaults = unset.load().expect("valid");
    let privacy = &defaults.config().privacy;
    assert_eq!(privacy.idle_conversation_months, crate::config::DEFAULT_DELETE_IDLE_CONVERSATIONS_MONTHS as u32);
    assert_eq!(privacy.idle_conversation(), std::time::Duration::from_secs(86400 * 30 * 12), "a month counts 30 days, as users are told");
    assert_eq!(privacy.idle_notice, std::time::Duration::from_secs(86400 * crate::config::DEFAULT_IDLE_NOTICE_DAYS as u64));

    for (setting, bad, message) in [
        ("delete_idle_conversations_months = 12", "delete_idle_conversations_months = 2", "privacy.delete_idle_conversations_months must be between 3 and 60, not 2"),
        ("delete_idle_conversations_months = 12", "delete_idle_conversations_months = 61", "privacy.delete_idle_conversations_months must be between 3 and 60, not 61"),
        ("idle_notice_days = 30", "idle_notice_days = 6", "privacy.idle_notice_days must be between 7 and 90, not 6"),
        ("idle_notice_days = 30", "idle_notice_days = 91", "privacy.idle_notice_days must be between 7 and 90, not 91"),
    ] {
        let f = Fixture::new();
        f.edit("config.toml", setting, bad);
        let line = f.line_of("config.toml", bad);
        f.assert_error(&format!("config.toml:{line}:"), message);
    }

    let set = Fixture::new();
    set.edit("config.toml", "delete_idle_conversations_months = 12", "delete_idle_conversations_months = 6");
    set.edit("config.toml", "idle_notice_days = 30", "idle_notice_days = 14");
    let engine = set.load().expect("valid");
    assert_eq!(engine.config().privacy.idle_conversation_months, 6);
    assert_eq!(engine.config().privacy.idle_notice, std::time::Duration::from_secs(14 * 86400));
}
