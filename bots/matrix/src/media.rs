//! Files from the homeserver, fetched in chunks so that the size cap holds while a file
//! arrives (whatever its event announced) and the time limit covers the whole download;
//! an encrypted file is decrypted once it is in. matrix-sdk's own media call hands over a
//! download only whole, so the request is made here, on the client's connection and token.

use std::io::Read;

use futures_util::{Stream, StreamExt};
use matrix_sdk::reqwest::StatusCode;
use matrix_sdk::ruma::events::room::MediaSource;
use matrix_sdk::ruma::MxcUri;
use matrix_sdk_base::crypto::AttachmentDecryptor;
use wegweiser_core::media::{fetch_capped, Refused};
use wegweiser_core::Conversations;

use crate::Matrix;

impl<G: Conversations> Matrix<G> {
    /// The content of `source` within the size cap and time limit, decrypted if it is
    /// encrypted (the sizes are the same: the cap holds on the encrypted bytes too).
    pub(crate) async fn fetch_media(&self, source: &MediaSource) -> Result<Vec<u8>, Refused<String>> {
        let uri = match source {
            MediaSource::Plain(uri) => uri,
            MediaSource::Encrypted(file) => &file.url,
        };
        let bytes = fetch_capped(self.download(uri)).await?;
        let MediaSource::Encrypted(file) = source else { return Ok(bytes) };
        let mut cursor = std::io::Cursor::new(bytes);
        let mut reader = AttachmentDecryptor::new(&mut cursor, file.as_ref().clone().into()).map_err(|e| Refused::Failed(e.to_string()))?;
        let mut plain = Vec::new();
        reader.read_to_end(&mut plain).map_err(|e| Refused::Failed(e.to_string()))?;
        Ok(plain)
    }

    /// Starts downloading `uri` from the homeserver: its authenticated media endpoint, or
    /// the older one a homeserver without it still has.
    async fn download(&self, uri: &MxcUri) -> Result<impl Stream<Item = Result<impl AsRef<[u8]>, String>>, String> {
        let (server, id) = uri.parts().map_err(|e| e.to_string())?;
        let client = &self.inner.client;
        let token = client.access_token().unwrap_or_default();
        let paths = [format!("_matrix/client/v1/media/download/{server}/{id}"), format!("_matrix/media/v3/download/{server}/{id}")];
        let mut failure = String::new();
        for (i, path) in paths.iter().enumerate() {
            let url = client.homeserver().join(path).map_err(|e| e.to_string())?;
            let response = client.http_client().get(url).bearer_auth(&token).send().await.map_err(|e| e.to_string())?;
            let unknown_endpoint = matches!(response.status(), StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED);
            match response.error_for_status() {
                Ok(response) => return Ok(response.bytes_stream().map(|chunk| chunk.map_err(|e| e.to_string()))),
                Err(e) if unknown_endpoint && i == 0 => failure = e.to_string(),
                Err(e) => return Err(e.to_string()),
            }
        }
        Err(failure)
    }
}
