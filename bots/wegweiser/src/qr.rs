//! `wegweiser qr TARGET`: QR codes for posters in refugee housing. A target is a deep link
//! name (`peers`, `course_vhs-deutsch-a1-mitte`, `topic_housing`, …) or a whole https link.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// Pixels per QR module in the PNG, and the quiet zone around it in modules.
const PNG_SCALE: u32 = 12;
const QUIET_ZONE: u32 = 4;

/// The link a target stands for; a name needs the bot's @name.
pub fn link_for(target: &str, username: Option<&str>) -> anyhow::Result<String> {
    if target.starts_with("https://") {
        return Ok(target.to_string());
    }
    if target.is_empty() || target.len() > 64 || !target.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        bail!("'{target}' is not a link name: Telegram allows up to 64 letters, digits, '_' and '-'");
    }
    let Some(username) = username else {
        bail!("set telegram.username (the bot's @name) in the config to make Telegram links");
    };
    Ok(format!("https://t.me/{username}?start={target}"))
}

/// Writes `NAME.png` and `NAME.svg` for `link` into `dir`; returns their paths.
pub fn write(link: &str, name: &str, dir: &Path) -> anyhow::Result<(PathBuf, PathBuf)> {
    let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M).context("the link is too long for a QR code")?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let svg_path = dir.join(format!("{name}.svg"));
    let image = code.render::<svg::Color>().quiet_zone(true).min_dimensions(400, 400).build();
    std::fs::write(&svg_path, image).with_context(|| format!("writing {}", svg_path.display()))?;
    let png_path = dir.join(format!("{name}.png"));
    write_png(&code, &png_path)?;
    Ok((png_path, svg_path))
}

fn write_png(code: &QrCode, path: &Path) -> anyhow::Result<()> {
    let modules = code.width() as u32;
    let side = (modules + 2 * QUIET_ZONE) * PNG_SCALE;
    let colors = code.to_colors();
    let mut pixels = vec![255u8; (side * side) as usize];
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = ((x / PNG_SCALE) as i64 - QUIET_ZONE as i64, (y / PNG_SCALE) as i64 - QUIET_ZONE as i64);
            let inside = (0..modules as i64).contains(&mx) && (0..modules as i64).contains(&my);
            if inside && colors[(my as u32 * modules + mx as u32) as usize] == qrcode::Color::Dark {
                pixels[(y * side + x) as usize] = 0;
            }
        }
    }
    let file = std::fs::File::create(path).with_context(|| format!("writing {}", path.display()))?;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&pixels)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_telegram_links_and_bad_names_are_refused() {
        assert_eq!(link_for("peers", Some("WegweiserBot")).unwrap(), "https://t.me/WegweiserBot?start=peers");
        assert_eq!(link_for("https://example.org/x", None).unwrap(), "https://example.org/x");
        assert!(link_for("course_a b", Some("WegweiserBot")).unwrap_err().to_string().contains("not a link name"));
        assert!(link_for("peers", None).unwrap_err().to_string().contains("telegram.username"));
    }

    #[test]
    fn png_and_svg_are_written() {
        let dir = tempfile::tempdir().unwrap();
        let (png_path, svg_path) = write("https://t.me/WegweiserBot?start=peers", "peers", dir.path()).unwrap();
        let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png_path).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut pixels).unwrap();
        let (w, h) = (info.width as usize, info.height as usize);
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, "https://t.me/WegweiserBot?start=peers", "the PNG reads back as the link");
        let svg_text = std::fs::read_to_string(svg_path).unwrap();
        assert!(svg_text.starts_with("<?xml") && svg_text.contains("<svg"));
    }
}
