//! `wegweiser role …`: the team's roles from the command line, read by the same parser as
//! the commands staff type in chat.

use std::process::ExitCode;

use wegweiser_core::team::{parse_words, StaffCommand, TeamMember};
use wegweiser_core::Engine;
use wegweiser_store::Store;

/// Who the command line acts as, in the log of role changes.
const BY: &str = "cli";

pub async fn run(engine: &Engine, store: &Store, words: &[String]) -> anyhow::Result<ExitCode> {
    let served: Vec<String> = engine.catalog().registry().tags().map(str::to_string).collect();
    let mut line = vec!["role".to_string()];
    line.extend_from_slice(words);
    let command = match parse_words(line, &served) {
        Ok(command) => command,
        Err(e) => {
            eprintln!("wegweiser: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let done = match command {
        StaffCommand::RoleGrant(member) => store.grant_role(&member, BY).await.map(|()| format!("granted: {}", describe(&member))),
        StaffCommand::RoleRevoke { name } => store.revoke_role(&name, BY).await.map(|()| format!("revoked: {name}")),
        StaffCommand::RoleList => store.team().await.map(|team| match team.is_empty() {
            true => "no one has a role yet; grant one with: wegweiser role grant NAME peer|staff|admin LANGUAGES ACCOUNT...".to_string(),
            false => team.iter().map(describe).collect::<Vec<_>>().join("\n"),
        }),
        _ => unreachable!("a line starting with 'role' is a role command"),
    };
    match done {
        Ok(text) => {
            println!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Err(e @ (wegweiser_store::Error::Taken { .. } | wegweiser_store::Error::NotFound { .. })) => {
            eprintln!("wegweiser: {e}");
            Ok(ExitCode::FAILURE)
        }
        Err(e) => Err(e.into()),
    }
}

/// `Amal · peer · ar, de · telegram:1001, matrix:@amal:example.org`
fn describe(member: &TeamMember) -> String {
    let accounts: Vec<String> = member.accounts.iter().map(ToString::to_string).collect();
    format!("{} · {} · {} · {}", member.name, member.role.name(), member.languages.join(", "), accounts.join(", "))
}
