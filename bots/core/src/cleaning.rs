//! What of a user's file may be passed on. The type is read from the bytes, never taken
//! from the sender's word; executables, archives and what cannot be recognised are refused;
//! pictures lose their metadata (EXIF with the GPS position where a photo was taken, XMP,
//! IPTC, comments) before they are stored or relayed; a file name loses what could disguise
//! it (direction controls, folders). Files are stored and relayed under neutral names
//! ([`neutral_name`]) that say nothing about their sender.

use std::io::Cursor;

use img_parts::jpeg::{markers, Jpeg};
use img_parts::png::Png;
use img_parts::webp::WebP;
use img_parts::{Bytes, ImageEXIF};

use crate::{Attachment, InboundKind, MediaKind};

/// A type of file that may be passed on: its content type and the extension it gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Passable {
    mime: &'static str,
    extension: &'static str,
}

/// The types passed on: pictures, PDF, office documents, sound, video and plain text.
const PASSABLE: &[Passable] = &[
    Passable { mime: "image/jpeg", extension: "jpg" },
    Passable { mime: "image/png", extension: "png" },
    Passable { mime: "image/webp", extension: "webp" },
    Passable { mime: "application/pdf", extension: "pdf" },
    Passable { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
    Passable { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
    Passable { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx" },
    Passable { mime: "application/vnd.oasis.opendocument.text", extension: "odt" },
    Passable { mime: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods" },
    Passable { mime: "application/vnd.oasis.opendocument.presentation", extension: "odp" },
    Passable { mime: "application/vnd.ms-powerpoint", extension: "ppt" },
    Passable { mime: "application/msword", extension: "doc" },
    Passable { mime: "application/vnd.ms-excel", extension: "xls" },
    Passable { mime: "application/rtf", extension: "rtf" },
    Passable { mime: "audio/ogg", extension: "ogg" },
    Passable { mime: "audio/opus", extension: "opus" },
    Passable { mime: "audio/mpeg", extension: "mp3" },
    Passable { mime: "audio/m4a", extension: "m4a" },
    Passable { mime: "audio/x-wav", extension: "wav" },
    Passable { mime: "audio/amr", extension: "amr" },
    Passable { mime: "audio/aac", extension: "aac" },
    Passable { mime: "video/mp4", extension: "mp4" },
    Passable { mime: "video/webm", extension: "webm" },
    Passable { mime: "video/quicktime", extension: "mov" },
    Passable { mime: "video/x-m4v", extension: "m4v" },
    Passable { mime: "text/plain", extension: "txt" },
];

/// Why a file is not passed on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unpassable {
    #[error("a program or a script ({0})")]
    Executable(&'static str),
    #[error("an archive, which could hide anything ({0})")]
    Archive(&'static str),
    #[error("a type that is not passed on ({0})")]
    OtherType(&'static str),
    #[error("a type that could not be recognised")]
    Unknown,
    #[error("a damaged picture")]
    Damaged,
}

/// What a file really is, from its first bytes.
fn sniff(bytes: &[u8]) -> Result<Passable, Unpassable> {
    match infer::get(bytes) {
        Some(found) => {
            let mime = found.mime_type();
            if let Some(passable) = PASSABLE.iter().find(|p| p.mime == mime) {
                return Ok(*passable);
            }
            Err(match found.matcher_type() {
                infer::MatcherType::App => Unpassable::Executable(mime),
                _ if mime == "text/x-shellscript" => Unpassable::Executable(mime),
                infer::MatcherType::Archive => Unpassable::Archive(mime),
                _ => Unpassable::OtherType(mime),
            })
        }
        None if is_plain_text(bytes) => Ok(PASSABLE[PASSABLE.len() - 1]),
        None => Err(Unpassable::Unknown),
    }
}

/// UTF-8 text of lines: no NUL or other control characters but tabs and line breaks.
/// (A script starts with `#!`, which [`infer`] recognises first.)
fn is_plain_text(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok_and(|text| text.chars().all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t')))
}

/// `file` made fit to pass on: its real type, its picture metadata gone, its name freed of
/// what could disguise it. Decoding a picture takes time: call it off the async threads
/// (as [`passable`] does).
pub fn clean(file: Attachment) -> Result<Attachment, Unpassable> {
    let passable = sniff(&file.bytes)?;
    let bytes = match passable.extension {
        "jpg" | "png" | "webp" => without_metadata(&file.bytes, passable.extension)?.into(),
        _ => file.bytes.clone(),
    };
    Ok(Attachment { mime: passable.mime.to_string(), name: file.name.as_deref().and_then(plain_name), bytes, ..file })
}

/// What a downloaded file becomes as an event: the file made fit to pass on, or
/// [`InboundKind::FileRefused`] (the sender is told in their language).
pub async fn passable(file: Attachment) -> InboundKind {
    let kind = file.kind;
    match tokio::task::spawn_blocking(move || clean(file)).await {
        Ok(Ok(file)) => InboundKind::Attachment(file),
        Ok(Err(why)) => {
            tracing::info!(%why, "a file was not passed on");
            InboundKind::FileRefused(kind)
        }
        Err(e) => {
            tracing::error!(error = %e, "checking a file failed; it was not passed on");
            InboundKind::FileRefused(kind)
        }
    }
}

/// A picture's bytes without its metadata. Segments that hold metadata are taken out
/// without touching the picture itself; a picture that is still not free of it (a second
/// picture with EXIF of its own appended, as phones do) or that its EXIF turns (a phone
/// held sideways) is drawn anew, which keeps nothing but the pixels.
fn without_metadata(bytes: &[u8], extension: &str) -> Result<Vec<u8>, Unpassable> {
    let format = match extension {
        "jpg" => image::ImageFormat::Jpeg,
        "png" => image::ImageFormat::Png,
        _ => image::ImageFormat::WebP,
    };
    let orientation = orientation(bytes, format)?;
    if orientation != image::metadata::Orientation::NoTransforms {
        return redrawn(bytes, format, orientation);
    }
    let stripped = stripped(bytes, format)?;
    if holds_metadata(&stripped) {
        return redrawn(bytes, format, orientation);
    }
    Ok(stripped)
}

/// The picture with the segments or chunks that carry metadata taken out.
fn stripped(bytes: &[u8], format: image::ImageFormat) -> Result<Vec<u8>, Unpassable> {
    let bytes = Bytes::copy_from_slice(bytes);
    let stripped = match format {
        image::ImageFormat::Jpeg => {
            let mut jpeg = Jpeg::from_bytes(bytes).map_err(|_| Unpassable::Damaged)?;
            // Kept: APP0 (JFIF), the colour profile in APP2 and APP14 (Adobe's colour
            // transform), which say how to show the picture. APP1 holds EXIF and XMP,
            // APP13 IPTC, comments are free text, the rest is makers' own.
            jpeg.segments_mut().retain(|s| match s.marker() {
                markers::APP0 | markers::APP14 => true,
                markers::APP2 => s.contents().starts_with(b"ICC_PROFILE\0"),
                marker => !(markers::APP1..=markers::APP15).contains(&marker) && marker != markers::COM,
            });
            jpeg.encoder().bytes()
        }
        image::ImageFormat::Png => {
            let mut png = Png::from_bytes(bytes).map_err(|_| Unpassable::Damaged)?;
            png.chunks_mut().retain(|c| !matches!(&c.kind(), b"eXIf" | b"tEXt" | b"zTXt" | b"iTXt" | b"tIME"));
            png.encoder().bytes()
        }
        _ => {
            let mut webp = WebP::from_bytes(bytes).map_err(|_| Unpassable::Damaged)?;
            webp.set_exif(None);
            webp.chunks_mut().retain(|c| c.id() != *b"XMP ");
            webp.encoder().bytes()
        }
    };
    Ok(stripped.to_vec())
}

/// Whether EXIF or XMP is still anywhere in the bytes.
fn holds_metadata(bytes: &[u8]) -> bool {
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    has(b"Exif\0\0") || has(b"http://ns.adobe.com/xap/1.0/") || has(b"<x:xmpmeta")
}

fn orientation(bytes: &[u8], format: image::ImageFormat) -> Result<image::metadata::Orientation, Unpassable> {
    use image::ImageDecoder;
    let mut decoder = image::ImageReader::with_format(Cursor::new(bytes), format).into_decoder().map_err(|_| Unpassable::Damaged)?;
    decoder.orientation().map_err(|_| Unpassable::Damaged)
}

/// The picture decoded, turned by `orientation` and encoded again: only its pixels remain.
fn redrawn(bytes: &[u8], format: image::ImageFormat, orientation: image::metadata::Orientation) -> Result<Vec<u8>, Unpassable> {
    let mut picture = image::load_from_memory_with_format(bytes, format).map_err(|_| Unpassable::Damaged)?;
    picture.apply_orientation(orientation);
    let mut drawn = Vec::new();
    let encoded = match format {
        image::ImageFormat::Jpeg => picture.to_rgb8().write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(&mut drawn, 92)),
        other => picture.write_to(&mut Cursor::new(&mut drawn), other),
    };
    encoded.map_err(|_| Unpassable::Damaged)?;
    Ok(drawn)
}

/// A file name as a person may read it: its last part only (no folders), without control
/// and direction characters (U+202E turns "gpj.exe" into what looks like "exe.jpg"), at
/// most 100 characters; None when nothing is left.
fn plain_name(name: &str) -> Option<String> {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let plain: String = last.chars().filter(|c| !c.is_control() && !is_direction_control(*c)).take(100).collect();
    let plain = plain.trim().trim_start_matches('.').to_string();
    (!plain.is_empty()).then_some(plain)
}

fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The name a file of a handover is stored and relayed under: its kind, the request's
/// number, its place among the request's files and the extension of its real type, e.g.
/// `photo-12-3.jpg`. Nothing in it comes from the sender.
pub fn neutral_name(kind: MediaKind, request: i64, counter: i64, mime: &str) -> String {
    format!("{}-{request}-{counter}.{}", kind.name(), extension_of(mime))
}

/// The extension of a content type passed on; `bin` for another.
pub fn extension_of(mime: &str) -> &'static str {
    PASSABLE.iter().find(|p| p.mime == mime).map_or("bin", |p| p.extension)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    const PHOTO_WITH_GPS: &[u8] = include_bytes!("../../../tests/fixtures/photo-with-gps.jpg");
    const PHOTO_TURNED: &[u8] = include_bytes!("../../../tests/fixtures/photo-with-gps-turned.jpg");
    const PNG_WITH_TEXT: &[u8] = include_bytes!("../../../tests/fixtures/picture-with-text.png");

    fn file(bytes: &[u8], mime: &str, name: Option<&str>) -> Attachment {
        Attachment { kind: MediaKind::Document, mime: mime.into(), name: name.map(str::to_string), caption: None, bytes: Arc::from(bytes) }
    }

    fn contains(bytes: &[u8], needle: &[u8]) -> bool {
        bytes.windows(needle.len()).any(|w| w == needle)
    }

    fn size(bytes: &[u8]) -> (u32, u32) {
        let picture = image::load_from_memory(bytes).expect("still a picture");
        (picture.width(), picture.height())
    }

    #[test]
    fn a_photo_loses_its_gps_position_and_every_other_metadata_but_not_its_picture() {
        assert!(contains(PHOTO_WITH_GPS, b"Exif\0\0") && contains(PHOTO_WITH_GPS, b"PhoneMaker") && contains(PHOTO_WITH_GPS, b"Zuffenhausen"));
        let cleaned = clean(file(PHOTO_WITH_GPS, "image/jpeg", Some("IMG_2041.jpg"))).unwrap();
        for needle in [&b"Exif\0\0"[..], b"PhoneMaker", b"Zuffenhausen", b"GPS"] {
            assert!(!contains(&cleaned.bytes, needle), "{}", String::from_utf8_lossy(needle));
        }
        assert_eq!(size(&cleaned.bytes), (32, 16));
        assert!(cleaned.bytes.len() < PHOTO_WITH_GPS.len(), "taken out, not drawn anew");
        assert_eq!(cleaned.mime, "image/jpeg");
    }

    #[test]
    fn a_photo_its_exif_turns_is_turned_for_real_and_keeps_nothing_else() {
        let cleaned = clean(file(PHOTO_TURNED, "image/jpeg", None)).unwrap();
        assert!(!contains(&cleaned.bytes, b"Exif\0\0") && !contains(&cleaned.bytes, b"Zuffenhausen"));
        assert_eq!(size(&cleaned.bytes), (16, 32), "upright without the EXIF that turned it");
    }

    #[test]
    fn a_png_loses_its_text_and_exif_chunks() {
        assert!(contains(PNG_WITH_TEXT, b"Ahmad Karimi") && contains(PNG_WITH_TEXT, b"eXIf"));
        let cleaned = clean(file(PNG_WITH_TEXT, "image/png", None)).unwrap();
        assert!(!contains(&cleaned.bytes, b"Ahmad Karimi") && !contains(&cleaned.bytes, b"Zuffenhausen") && !contains(&cleaned.bytes, b"eXIf"));
        assert_eq!(size(&cleaned.bytes), (8, 4));
    }

    #[test]
    fn the_type_comes_from_the_bytes_not_from_the_senders_word() {
        let pdf = clean(file(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "image/png", Some("scan.png"))).unwrap();
        assert_eq!((pdf.mime.as_str(), extension_of(&pdf.mime)), ("application/pdf", "pdf"));
        let text = clean(file("Termin am Montag, 9 Uhr\nZimmer 3".as_bytes(), "application/octet-stream", None)).unwrap();
        assert_eq!(text.mime, "text/plain");
        let windows_program = [b"MZ".as_slice(), &[0x90; 62], b"PE\0\0"].concat();
        let refused = [
            (windows_program, Unpassable::Executable("application/vnd.microsoft.portable-executable")),
            ([b"\x7fELF".as_slice(), &[2, 1, 1, 0], &[0; 56]].concat(), Unpassable::Executable("application/x-executable")),
            (b"#!/bin/sh\nrm -rf ~\n".to_vec(), Unpassable::Executable("text/x-shellscript")),
            (b"#!/usr/bin/env python3\nimport os\n".to_vec(), Unpassable::Executable("text/x-shellscript")),
            ([b"PK\x03\x04".as_slice(), &[0; 26]].concat(), Unpassable::Archive("application/zip")),
            (vec![0x00, 0x13, 0x37, 0xfe, 0x01, 0x02, 0x03], Unpassable::Unknown),
            ([&[0xff, 0xd8, 0xff, 0xe0][..], b"not really a photo"].concat(), Unpassable::Damaged),
        ];
        for (bytes, why) in refused {
            assert_eq!(clean(file(&bytes, "image/jpeg", Some("photo.jpg"))).unwrap_err(), why);
        }
    }

    #[test]
    fn a_name_loses_what_could_disguise_it_and_a_stored_one_names_no_one() {
        assert_eq!(plain_name("Bescheid\u{202E}fdp.exe").as_deref(), Some("Bescheidfdp.exe"), "no right-to-left override");
        assert_eq!(plain_name("../../home/ahmad/Aufenthaltstitel.pdf").as_deref(), Some("Aufenthaltstitel.pdf"));
        assert_eq!(plain_name("C:\\Users\\ahmad\\scan.jpg").as_deref(), Some("scan.jpg"));
        assert_eq!(plain_name(".\u{2067}\u{0007}"), None);
        assert_eq!(neutral_name(MediaKind::Photo, 12, 3, "image/jpeg"), "photo-12-3.jpg");
        assert_eq!(neutral_name(MediaKind::Document, 7, 1, "application/x-unheard-of"), "document-7-1.bin");
    }
}
