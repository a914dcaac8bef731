//! A homeserver whose media downloads are slow, as a gateway sees a big file on a slow
//! link: a proxy on 127.0.0.1 in front of the real Synapse that passes every request on
//! and holds each media download for a while before it answers.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::response::Response;

/// The proxy; it stops when dropped.
pub(crate) struct SlowMedia {
    pub(crate) url: String,
    downloads: Arc<AtomicUsize>,
    server: tokio::task::JoinHandle<()>,
}

impl SlowMedia {
    /// Serves `upstream`, holding each media download for `hold`.
    pub(crate) async fn start(upstream: &str, hold: Duration) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let downloads = Arc::new(AtomicUsize::new(0));
        let (client, upstream, counted) = (reqwest::Client::new(), upstream.to_string(), downloads.clone());
        let app = axum::Router::new().fallback(move |request: Request| {
            let (client, upstream, counted) = (client.clone(), upstream.clone(), counted.clone());
            async move { pass_on(&client, &upstream, request, hold, &counted).await }
        });
        let server = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self { url, downloads, server }
    }

    /// How many media downloads were asked for so far.
    pub(crate) fn downloads(&self) -> usize {
        self.downloads.load(Ordering::SeqCst)
    }
}

impl Drop for SlowMedia {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn pass_on(client: &reqwest::Client, upstream: &str, request: Request, hold: Duration, downloads: &AtomicUsize) -> Response {
    let (parts, body) = request.into_parts();
    let path = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/").to_string();
    if path.contains("/media/") && path.contains("/download/") {
        downloads.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(hold).await;
    }
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let mut headers = parts.headers.clone();
    headers.remove(axum::http::header::HOST);
    let answer = client.request(parts.method, format!("{upstream}{path}")).headers(headers).body(body).send().await;
    let Ok(answer) = answer else { return Response::builder().status(502).body(Body::empty()).unwrap() };
    let mut response = Response::builder().status(answer.status());
    for (name, value) in answer.headers() {
        if name != axum::http::header::TRANSFER_ENCODING && name != axum::http::header::CONTENT_LENGTH {
            response = response.header(name, value);
        }
    }
    response.body(Body::from(answer.bytes().await.unwrap_or_default())).unwrap()
}
