//! Where log lines go: standard error, each line with the Matrix ids in it replaced by
//! their tags ([`wegweiser_core::log_tag::redact`]), whichever crate wrote it, so that no
//! library's message or error names a person.

use std::io::Write;

use tracing_subscriber::fmt::MakeWriter;

/// Makes one [`RedactedLine`] per log event.
pub struct RedactingStderr;

impl<'a> MakeWriter<'a> for RedactingStderr {
    type Writer = RedactedLine;

    fn make_writer(&'a self) -> Self::Writer {
        RedactedLine(Vec::new())
    }
}

/// One event's text, gathered while it is formatted and written out redacted at the end.
pub struct RedactedLine(Vec<u8>);

impl Write for RedactedLine {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for RedactedLine {
    fn drop(&mut self) {
        let text = String::from_utf8_lossy(&self.0);
        let _ = std::io::stderr().lock().write_all(wegweiser_core::log_tag::redact(&text).as_bytes());
    }
}
