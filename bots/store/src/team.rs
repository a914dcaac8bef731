//! The team in the database: roles granted and revoked in one transaction each, every change
//! logged with who made it, and the role of whoever writes to the bot.

use wegweiser_core::catalog::Account;
use wegweiser_core::team::{Role, TeamMember};

use sqlx::SqliteConnection;

use crate::{now, Error, Result, Store};

impl Store {
    /// Grants `member` their role, languages and accounts, replacing what they had; `by`
    /// names who did it ('cli' or an admin's account). An account that belongs to someone
    /// else is refused, and nothing changes.
    pub async fn grant_role(&self, member: &TeamMember, by: &str) -> Result<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        write_grant(&mut tx, member, by, now()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes `name`'s role and accounts away; logged like a grant. The handovers they held
    /// go back to the queue.
    pub async fn revoke_role(&self, name: &str, by: &str) -> Result<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        if !write_revoke(&mut tx, name, by, now()).await? {
            return Err(Error::NotFound { kind: "team member", id: name.to_string() });
        }
        tx.commit().await?;
        Ok(())
    }

    /// Everyone with a role, by name.
    pub async fn team(&self) -> Result<Vec<TeamMember>> {
        let mut conn = self.pool.acquire().await?;
        read_team(&mut conn).await
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

/// Writes a grant inside the caller's transaction; see [`Store::grant_role`].
pub(crate) async fn write_grant(tx: &mut SqliteConnection, member: &TeamMember, by: &str, now: i64) -> Result<()> {
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
        sqlx::query("INSERT INTO team_accounts (channel, user_id, member) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
            .bind(&account.channel)
            .bind(&account.user)
            .bind(&member.name)
            .execute(&mut *tx)
            .await?;
    }
    // The requests the member holds follow them to their accounts: one held from an account
    // they no longer have moves to their first.
    if let Some(first) = member.accounts.first() {
        sqlx::query(
            "UPDATE handover_requests SET claimed_channel = ?2, claimed_user = ?3 \
             WHERE status = 'claimed' AND claimed_by = ?1 \
             AND NOT EXISTS (SELECT 1 FROM team_accounts a WHERE a.member = ?1 AND a.channel = claimed_channel AND a.user_id = claimed_user)",
        )
        .bind(&member.name)
        .bind(&first.channel)
        .bind(&first.user)
        .execute(&mut *tx)
        .await?;
    }
    let accounts: Vec<String> = member.accounts.iter().map(Account::to_string).collect();
    let change = format!("grant {} {} {}", member.role.name(), member.languages.join(","), accounts.join(" "));
    log_change(tx, now, by, &member.name, &change).await
}

/// Writes a revocation inside the caller's transaction; false when there is no such member.
pub(crate) async fn write_revoke(tx: &mut SqliteConnection, name: &str, by: &str, now: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM team_members WHERE name = ?1").bind(name).execute(&mut *tx).await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query(
        "UPDATE handover_requests SET status = 'open', claimed_by = NULL, claimed_channel = NULL, claimed_user = NULL, claimed_at = NULL \
         WHERE claimed_by = ?1 AND status = 'claimed'",
    )
    .bind(name)
    .execute(&mut *tx)
    .await?;
    log_change(tx, now, by, name, "revoke").await?;
    Ok(true)
}

/// Everyone with a role, by name, read on the caller's connection.
pub(crate) async fn read_team(conn: &mut SqliteConnection) -> Result<Vec<TeamMember>> {
    let rows: Vec<(String, String, String)> =
        sqlx::query_as("SELECT name, role, languages FROM team_members ORDER BY name").fetch_all(&mut *conn).await?;
    let accounts: Vec<(String, String, String)> =
        sqlx::query_as("SELECT member, channel, user_id FROM team_accounts ORDER BY member, channel, user_id").fetch_all(&mut *conn).await?;
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

async fn log_change(tx: &mut SqliteConnection, at: i64, by: &str, member: &str, change: &str) -> Result<()> {
    sqlx::query("INSERT INTO role_changes (at, by, member, change) VALUES (?1, ?2, ?3, ?4)")
        .bind(at)
        .bind(by)
        .bind(member)
        .bind(change)
        .execute(&mut *tx)
        .await?;
    Ok(())
}
