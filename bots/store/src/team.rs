//! The team in the database: roles granted and revoked in one transaction each, every change
//! logged with who made it, and the role of whoever writes to the bot.

use wegweiser_core::catalog::Account;
use wegweiser_core::team::{Role, TeamMember};

use crate::{now, Error, Result, Store};

impl Store {
    /// Grants `member` their role, languages and accounts, replacing what they had; `by`
    /// names who did it ('cli' or an admin's account). An account that belongs to someone
    /// else is refused, and nothing changes.
    pub async fn grant_role(&self, member: &TeamMember, by: &str) -> Result<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        for account in &member.accounts {
            let owner: Option<String> = sqlx::query_scalar("SELECT member FROM team_accounts WHERE channel = ?1 AND user_id = ?2")
                .bind(&account.channel)
                .bind(&account.user)
                .fetch_optional(&mut *tx)
                .await?;
            if let Some(owner) = owner.filter(|o| *o != member.name) {
                return Err(Error::Taken { account: account.to_string(), owner });
            }
        }
        let now = now();
        sqlx::query(
            "INSERT INTO team_members (name, role, languages, granted_at, granted_by) VALUES (?1, ?2, ?3, ?4, ?5) \
             ON CONFLICT (name) DO UPDATE SET role = excluded.role, languages = excluded.languages, \
             granted_at = excluded.granted_at, granted_by = excluded.granted_by",
        )
        .bind(&member.name)
        .bind(member.role.name())
        .bind(serde_json::to_string(&member.languages)?)
        .bind(now)
        .bind(by)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM team_accounts WHERE member = ?1").bind(&member.name).execute(&mut *tx).await?;
        for account in &member.accounts {
            sqlx::query("INSERT INTO team_accounts (channel, user_id, member) VALUES (?1, ?2, ?3)")
                .bind(&account.channel)
                .bind(&account.user)
                .bind(&member.name)
                .execute(&mut *tx)
                .await?;
        }
        let accounts: Vec<String> = member.accounts.iter().map(Account::to_string).collect();
        let change = format!("grant {} {} {}", member.role.name(), member.languages.join(","), accounts.join(" "));
        log_change(&mut tx, now, by, &member.name, &change).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes `name`'s role and accounts away; logged like a grant.
    pub async fn revoke_role(&self, name: &str, by: &str) -> Result<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let done = sqlx::query("DELETE FROM team_members WHERE name = ?1").bind(name).execute(&mut *tx).await?;
        if done.rows_affected() == 0 {
            return Err(Error::NotFound { kind: "team member", id: name.to_string() });
        }
        log_change(&mut tx, now(), by, name, "revoke").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Everyone with a role, by name.
    pub async fn team(&self) -> Result<Vec<TeamMember>> {
        let rows: Vec<(String, String, String)> =
            sqlx::query_as("SELECT name, role, languages FROM team_members ORDER BY name").fetch_all(&self.pool).await?;
        let accounts: Vec<(String, String, String)> =
            sqlx::query_as("SELECT member, channel, user_id FROM team_accounts ORDER BY member, channel, user_id").fetch_all(&self.pool).await?;
        rows.into_iter()
            .map(|(name, role, languages)| {
                let accounts = accounts
                    .iter()
                    .filter(|(member, _, _)| *member == name)
                    .map(|(_, channel, user)| Account { channel: channel.clone(), user: user.clone() })
                    .collect();
                Ok(TeamMember { role: Role::parse(&role).unwrap_or(Role::Refugee), languages: serde_json::from_str(&languages)?, name, accounts })
            })
            .collect()
    }

    /// The role of whoever writes from `account`: a refugee unless granted more.
    pub async fn role_of(&self, account: &Account) -> Result<Role> {
        let role: Option<String> = sqlx::query_scalar(
            "SELECT m.role FROM team_accounts a JOIN team_members m ON m.name = a.member WHERE a.channel = ?1 AND a.user_id = ?2",
        )
        .bind(&account.channel)
        .bind(&account.user)
        .fetch_optional(&self.pool)
        .await?;
        Ok(role.as_deref().and_then(Role::parse).unwrap_or(Role::Refugee))
    }

    /// The log of role changes, oldest first: (time, by, member, change).
    pub async fn role_changes(&self) -> Result<Vec<(i64, String, String, String)>> {
        Ok(sqlx::query_as("SELECT at, by, member, change FROM role_changes ORDER BY id").fetch_all(&self.pool).await?)
    }
}

async fn log_change(tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>, at: i64, by: &str, member: &str, change: &str) -> Result<()> {
    sqlx::query("INSERT INTO role_changes (at, by, member, change) VALUES (?1, ?2, ?3, ?4)")
        .bind(at)
        .bind(by)
        .bind(member)
        .bind(change)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
