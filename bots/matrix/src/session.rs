//! Logging in once: the session (user, device, access token) is kept in `session.json` in
//! the store folder, readable by its owner only, beside matrix-sdk's SQLite stores. Later
//! starts restore it, so the bot keeps its device and its encryption keys.

use std::io::Write;
use std::path::Path;

use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::store::{StateStoreDataKey, StateStoreDataValue};
use matrix_sdk::{Client, SessionMeta, SessionTokens};
use matrix_sdk::ruma::{OwnedDeviceId, UserId};
use wegweiser_core::Secret;

use crate::{Connection, Error, Result};

const SESSION_FILE: &str = "session.json";

/// How the bot proves who it is.
#[derive(Debug, Clone)]
pub enum Credentials {
    Password(Secret),
    /// An access token made elsewhere (Element's "Access token" in Help & About, or the
    /// admin API); its device is the bot's device.
    AccessToken(Secret),
}

/// A client for the bot: its stored session restored, or a fresh login stored.
pub async fn open(connection: &Connection) -> Result<Client> {
    let user = UserId::parse(&connection.user)
        .map_err(|_| Error::Session(format!("'{}' is not a Matrix user id like @wegweiser:example.org", connection.user)))?;
    create_private_dir(&connection.store)?;
    let client = Client::builder()
        .homeserver_url(&connection.homeserver)
        .sqlite_store(&connection.store, connection.store_passphrase.as_ref().map(Secret::expose))
        .build()
        .await?;
    let path = connection.store.join(SESSION_FILE);
    if path.exists() {
        let text = std::fs::read_to_string(&path).map_err(|e| Error::Session(format!("cannot read {}: {e}", path.display())))?;
        let session: MatrixSession =
            serde_json::from_str(&text).map_err(|e| Error::Session(format!("{} is damaged ({e}); remove the folder to log in afresh", path.display())))?;
        if session.meta.user_id != user {
            return Err(Error::Session(format!(
                "{} belongs to {}, not to {user}; use another store folder for another account",
                connection.store.display(),
                session.meta.user_id
            )));
        }
        resume_where_the_gateway_stopped(&client).await?;
        client.restore_session(session).await?;
        return Ok(client);
    }
    let session = match &connection.credentials {
        Credentials::Password(password) => {
            client.matrix_auth().login_username(&user, password.expose()).initial_device_display_name(&connection.display_name).send().await?;
            client.matrix_auth().session().ok_or_else(|| Error::Session("the login gave no session".into()))?
        }
        Credentials::AccessToken(token) => {
            let device_id = device_of_token(&connection.homeserver, &user, token).await?;
            let session = MatrixSession {
                meta: SessionMeta { user_id: user.clone(), device_id },
                tokens: SessionTokens { access_token: token.expose().to_string(), refresh_token: None },
            };
            client.restore_session(session.clone()).await?;
            session
        }
    };
    store_session(&path, &session)?;
    tracing::info!(device = %session.meta.device_id, "logged in to Matrix; the session is kept for later starts");
    Ok(client)
}

/// Sets matrix-sdk's sync position to the last one the gateway handled. matrix-sdk stores
/// a response's position while reading it, before the gateway has answered its messages;
/// after a crash in between the same response comes again, and matrix-sdk would hand it
/// over empty as one it has already seen. Done before the session is restored, which
/// reads the position.
async fn resume_where_the_gateway_stopped(client: &Client) -> Result<()> {
    let store = client.state_store();
    match store.get_custom_value(crate::sync::SYNC_TOKEN_KEY).await? {
        Some(token) => {
            let token = String::from_utf8_lossy(&token).into_owned();
            store.set_kv_data(StateStoreDataKey::SyncToken, StateStoreDataValue::SyncToken(token)).await?;
        }
        None => store.remove_kv_data(StateStoreDataKey::SyncToken).await?,
    }
    Ok(())
}

/// The device an access token belongs to, asked of the homeserver with a client that keeps
/// nothing.
async fn device_of_token(homeserver: &str, user: &UserId, token: &Secret) -> Result<OwnedDeviceId> {
    let probe = Client::builder().homeserver_url(homeserver).build().await?;
    let placeholder = MatrixSession {
        meta: SessionMeta { user_id: user.to_owned(), device_id: "WEGWEISERPROBE".into() },
        tokens: SessionTokens { access_token: token.expose().to_string(), refresh_token: None },
    };
    probe.matrix_auth().restore_session(placeholder, matrix_sdk::store::RoomLoadSettings::default()).await?;
    let whoami = probe.whoami().await?;
    if whoami.user_id != user {
        return Err(Error::Session(format!("the access token belongs to {}, not to {user}", whoami.user_id)));
    }
    whoami.device_id.ok_or_else(|| Error::Session("the access token has no device; log in with a password instead".into()))
}

fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| Error::Session(format!("cannot create the Matrix store folder {}: {e}", dir.display())))
}

/// Writes the session whole or not at all, readable by its owner only.
fn store_session(path: &Path, session: &MatrixSession) -> Result<()> {
    let failed = |e: std::io::Error| Error::Session(format!("cannot write {}: {e}", path.display()));
    let json = serde_json::to_vec_pretty(session).map_err(|e| Error::Session(e.to_string()))?;
    let partial = path.with_extension("json.partial");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&partial).map_err(failed)?;
    file.write_all(&json).and_then(|()| file.sync_all()).map_err(failed)?;
    std::fs::rename(&partial, path).map_err(failed)
}
