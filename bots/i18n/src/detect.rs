//! Which served language a message is written in.
//!
//! whatlang knows de, en, uk, ru, ar, fa, tr and fr but not Pashto, Sorani, Kurmanji,
//! Tigrinya or Somali: it calls Pashto Persian and Tigrinya Amharic. So the script and a few
//! letters decide first (Ethiopic is Tigrinya here; ټ ډ ړ ښ ګ ڼ ې ۍ are Pashto; ڵ ڕ ۆ ێ ە are
//! Sorani), common words catch Kurmanji, Somali, Dari and short greetings, and whatlang,
//! restricted to the served locales, decides among the rest. Short texts get low confidence.

use whatlang::{Lang, Script};

/// A detected language: a served locale tag and a confidence between 0 and 1.
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    pub tag: String,
    pub confidence: f64,
}

/// Detects among a fixed set of served locales.
pub struct Detector {
    served: Vec<String>,
    whatlang: whatlang::Detector,
}

const PASHTO_LETTERS: &[char] = &['ټ', 'ډ', 'ړ', 'ښ', 'ګ', 'ڼ', 'ې', 'ۍ', 'ځ', 'څ'];
const SORANI_LETTERS: &[char] = &['ڵ', 'ڕ', 'ۆ', 'ێ', 'ە', 'ڤ'];
const PERSIAN_LETTERS: &[char] = &['پ', 'چ', 'ژ', 'گ', 'ی', 'ک'];
const ARABIC_LETTERS: &[char] = &['ة', 'ى', 'ي', 'ك', 'إ', 'أ', 'ؤ', 'ئ'];
const UKRAINIAN_LETTERS: &[char] = &['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ'];
const RUSSIAN_LETTERS: &[char] = &['ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё'];
const TURKISH_LETTERS: &[char] = &['ı', 'ğ', 'İ', 'Ğ'];

/// Words that mark a language in short or whatlang-unknown texts.
const MARKER_WORDS: &[(&str, &[&str])] = &[
    ("ku", &[
        "ez", "hûn", "û", "ji", "bi", "jî", "çawa", "silav", "slav", "spas", "dixwazim", "alîkarî",
        "navê", "min", "heye", "nîne", "çi", "kî", "erê", "baş", "dikarim", "zimanê", "xwe", "zarok",
        "hîn", "kurmancî", "kurdî", "bixwînim", "dixebitim", "karê", "malê", "ne", "em", "ew", "li",
        "di", "bo", "destpêk", "rojbaş", "êvarbaş", "xêr",
    ]),
    ("so", &[
        "waxaan", "waa", "iyo", "ku", "ka", "soo", "aan", "haa", "maya", "salaan", "mahadsanid",
        "caawimaad", "caawin", "rabaa", "doonayaa", "magacaygu", "magacayga", "xagee", "sidee",
        "tahay", "jirtaa", "soomaali", "baan", "wax", "isku", "ayaan", "ayuu", "qof", "shaqo",
        "guri", "dugsi", "carruurta", "luqadda", "barashada", "iska", "nabad", "galab", "subax",
        "fiican", "maxaa", "halkee", "waan", "kaa",
    ]),
    ("fa-AF", &["استم", "استی", "استین", "استید", "شفاخانه", "پوهنتون", "ولسوالی", "بلی", "چطور استی", "تشکر"]),
    ("de", &["hallo", "guten", "tag", "danke", "ich", "bitte", "moin", "servus", "deutsch", "hilfe", "und", "nicht", "ist"]),
    ("en", &["hello", "hi", "hey", "thanks", "thank", "please", "help", "english", "the", "and", "i", "is", "need"]),
    ("fr", &["bonjour", "salut", "merci", "oui", "aide", "je", "français", "besoin", "est", "et", "suis"]),
    ("tr", &["merhaba", "selam", "teşekkürler", "teşekkür", "evet", "hayır", "yardım", "lütfen", "türkçe", "ben", "bir", "ve"]),
];

impl Detector {
    /// A detector that only ever answers with one of `served`.
    pub fn new<'a>(served: impl IntoIterator<Item = &'a str>) -> Self {
        let served: Vec<String> = served.into_iter().map(str::to_string).collect();
        let allow: Vec<Lang> = served.iter().filter_map(|t| whatlang_code(t)).collect();
        let whatlang = if allow.is_empty() {
            whatlang::Detector::new()
        } else {
            whatlang::Detector::with_allowlist(allow)
        };
        Self { served, whatlang }
    }

    /// The served language `text` is most likely written in, or None when the text has no
    /// letters (numbers, emoji) or nothing served fits.
    pub fn detect(&self, text: &str) -> Option<Detection> {
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.is_empty() {
            return None;
        }
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !(c.is_alphanumeric() || c == '\u{200C}'))
            .filter(|w| !w.is_empty())
            .collect();
        let short = words.len() <= 3;
        let count = |set: &[char]| letters.iter().filter(|c| set.contains(c)).count();
        let script = dominant_script(&letters);
        let found = match script {
            Script::Ethiopic => Some(("ti".to_string(), if short { 0.8 } else { 0.95 })),
            Script::Arabic => {
                let pashto = count(PASHTO_LETTERS);
                let sorani = count(SORANI_LETTERS);
                if sorani > 0 && sorani >= pashto {
                    Some(("ckb".to_string(), letter_confidence(sorani)))
                } else if pashto > 0 {
                    Some(("ps".to_string(), letter_confidence(pashto)))
                } else {
                    self.arabic_or_persian(text, &letters, &words, short)
                }
            }
            Script::Cyrillic => {
                let uk = count(UKRAINIAN_LETTERS);
                let ru = count(RUSSIAN_LETTERS);
                if uk > ru {
                    Some(("uk".to_string(), letter_confidence(uk)))
                } else if ru > uk {
                    Some(("ru".to_string(), letter_confidence(ru)))
                } else {
                    self.whatlang_guess(text, short)
                }
            }
            Script::Latin => self.latin(text, &letters, &words, short),
            _ => self.whatlang_guess(text, short),
        };
        let (tag, confidence) = found?;
        let tag = self.served_fallback(&tag)?;
        Some(Detection { tag, confidence: (confidence * 100.0).round() / 100.0 })
    }

    fn arabic_or_persian(&self, text: &str, letters: &[char], words: &[&str], short: bool) -> Option<(String, f64)> {
        let persian = letters.iter().filter(|c| PERSIAN_LETTERS.contains(c)).count();
        let arabic = letters.iter().filter(|c| ARABIC_LETTERS.contains(c)).count();
        let guess = if persian > arabic {
            Some(("fa".to_string(), letter_confidence(persian - arabic)))
        } else if arabic > persian {
            Some(("ar".to_string(), letter_confidence(arabic - persian)))
        } else {
            self.whatlang_guess(text, short)
        };
        match guess {
            Some((tag, confidence)) if tag == "fa" && marker_hits("fa-AF", words, text) > 0 => {
                Some(("fa-AF".to_string(), confidence))
            }
            other => other,
        }
    }

    fn latin(&self, text: &str, letters: &[char], words: &[&str], short: bool) -> Option<(String, f64)> {
        if letters.iter().any(|c| TURKISH_LETTERS.contains(c)) {
            return Some(("tr".to_string(), if short { 0.7 } else { 0.9 }));
        }
        let guess = self.whatlang_guess(text, short);
        let best_marker = ["ku", "so", "de", "en", "fr", "tr"]
            .into_iter()
            .filter(|t| self.served.iter().any(|s| s == t))
            .map(|t| (t, marker_hits(t, words, text)))
            .max_by_key(|(_, hits)| *hits)
            .filter(|(_, hits)| *hits > 0);
        let Some((tag, hits)) = best_marker else { return guess };
        let share = hits as f64 / words.len().max(1) as f64;
        let marker_confidence = if short { 0.6 } else { (0.5 + share * 0.4).min(0.95) };
        if hits >= 2 || share >= 0.5 {
            // whatlang does not know Kurmanji or Somali: their words decide.
            if tag == "ku" || tag == "so" {
                return Some((tag.to_string(), marker_confidence));
            }
            return match guess {
                Some((g, c)) if g == tag => Some((g, c.max(marker_confidence))),
                Some((g, c)) if c >= 0.8 => Some((g, c)),
                _ => Some((tag.to_string(), marker_confidence)),
            };
        }
        if short {
            return Some((tag.to_string(), 0.6));
        }
        guess
    }

    fn whatlang_guess(&self, text: &str, short: bool) -> Option<(String, f64)> {
        let info = self.whatlang.detect(text)?;
        let tag = tag_of(info.lang())?;
        let mut confidence = info.confidence();
        if short || !info.is_reliable() {
            confidence = confidence.min(0.4);
        }
        Some((tag.to_string(), confidence))
    }

    /// Maps a detected language onto what is served: Dari and Persian stand in for each other.
    fn served_fallback(&self, tag: &str) -> Option<String> {
        let candidates: &[&str] = match tag {
            "fa-AF" => &["fa-AF", "fa"],
            "fa" => &["fa", "fa-AF"],
            other => return self.served.iter().find(|s| *s == other).cloned(),
        };
        candidates.iter().find(|c| self.served.iter().any(|s| s == *c)).map(|c| c.to_string())
    }
}

fn marker_hits(tag: &str, words: &[&str], text: &str) -> usize {
    let Some((_, markers)) = MARKER_WORDS.iter().find(|(t, _)| *t == tag) else { return 0 };
    let single = words.iter().filter(|w| markers.contains(w)).count();
    let phrases = markers.iter().filter(|m| m.contains(' ') && text.contains(*m)).count();
    single + phrases
}

fn letter_confidence(distinctive_letters: usize) -> f64 {
    match distinctive_letters {
        0 => 0.4,
        1 => 0.7,
        2 => 0.85,
        _ => 0.95,
    }
}

fn dominant_script(letters: &[char]) -> Script {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for c in letters {
        let script = match *c as u32 {
            0x0041..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
            0x0400..=0x052F => Script::Cyrillic,
            0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
            0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F => Script::Ethiopic,
            _ => whatlang::detect_script(&c.to_string()).unwrap_or(Script::Latin),
        };
        match counts.iter_mut().find(|(s, _)| *s == script) {
            Some((_, n)) => *n += 1,
            None => counts.push((script, 1)),
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map_or(Script::Latin, |(s, _)| s)
}

fn whatlang_code(tag: &str) -> Option<Lang> {
    Some(match tag {
        "de" => Lang::Deu,
        "en" => Lang::Eng,
        "uk" => Lang::Ukr,
        "ru" => Lang::Rus,
        "ar" => Lang::Ara,
        "fa" => Lang::Pes,
        "tr" => Lang::Tur,
        "fr" => Lang::Fra,
        _ => return None,
    })
}

fn tag_of(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::Deu => "de",
        Lang::Eng => "en",
        Lang::Ukr => "uk",
        Lang::Rus => "ru",
        Lang::Ara => "ar",
        Lang::Pes => "fa",
        Lang::Tur => "tr",
        Lang::Fra => "fr",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVED: &[&str] = &["de", "en", "uk", "ar", "fa-AF", "fa", "tr", "ru", "ps", "ku", "fr", "so", "ti", "ckb"];

    fn detect(text: &str) -> Option<(String, f64)> {
        Detector::new(SERVED.iter().copied()).detect(text).map(|d| (d.tag, d.confidence))
    }

    fn tag(text: &str) -> String {
        detect(text).map(|d| d.0).unwrap_or_default()
    }

    #[test]
    fn sentences_in_every_served_language() {
        let cases = [
            ("de", "Ich brauche Hilfe bei der Anmeldung meiner Wohnung in Stuttgart."),
            ("en", "I need help with registering my address in the city."),
            ("uk", "Мені потрібна допомога з реєстрацією житла, будь ласка."),
            ("ru", "Мне нужна помощь с регистрацией, пожалуйста, где это можно сделать?"),
            ("ar", "أحتاج إلى مساعدة في تسجيل السكن في المدينة من فضلك."),
            ("fa", "من برای ثبت نام محل سکونتم به کمک نیاز دارم، لطفا راهنمایی کنید."),
            ("fa-AF", "سلام، من از کابل استم و به کمک ضرورت دارم، تشکر."),
            ("ps", "زه د خپل کور د ثبتولو لپاره مرستې ته اړتیا لرم."),
            ("ckb", "من پێویستم بە یارمەتییە بۆ تۆمارکردنی ماڵەکەم."),
            ("tr", "Kaydımı yaptırmak için yardıma ihtiyacım var, lütfen."),
            ("ku", "Silav, ez alîkarî dixwazim ji bo qeydkirina malê."),
            ("fr", "J'ai besoin d'aide pour déclarer mon adresse dans la ville."),
            ("so", "Waxaan u baahanahay caawimaad si aan u diiwaangeliyo guriga."),
            ("ti", "ሰላም፡ ንምዝገባ ገዛይ ሓገዝ የድልየኒ ኣሎ።"),
        ];
        for (want, text) in cases {
            let (got, confidence) = detect(text).unwrap_or_else(|| panic!("nothing detected for {want}"));
            assert_eq!(got, want, "text: {text}");
            assert!(confidence >= 0.5, "{want} detected with only {confidence}");
        }
    }

    #[test]
    fn short_greetings_are_recognised_with_modest_confidence() {
        assert_eq!(tag("Hallo"), "de");
        assert_eq!(tag("hello"), "en");
        assert_eq!(tag("Merhaba"), "tr");
        assert_eq!(tag("Silav"), "ku");
        assert_eq!(tag("Salaan"), "so");
        assert_eq!(tag("Привіт"), "uk");
        assert_eq!(tag("Привет, как дела?"), "ru");
        assert_eq!(tag("hello, I need help please"), "en");
        assert_eq!(tag("Hallo, ich brauche bitte Hilfe"), "de");
        let (_, c) = detect("Bonjour").unwrap();
        assert!(c < 0.9);
    }

    #[test]
    fn no_letters_means_no_language() {
        assert_eq!(detect("👍👍 🙏"), None);
        assert_eq!(detect("12345 !!!"), None);
        assert_eq!(detect(""), None);
    }

    #[test]
    fn never_answers_with_an_unserved_language() {
        let only_de_en = Detector::new(["de", "en"]);
        let d = only_de_en.detect("Мені потрібна допомога з реєстрацією житла.");
        assert!(d.is_none(), "{d:?}");
        let persian_only = Detector::new(["de", "fa"]);
        assert_eq!(persian_only.detect("سلام، من از کابل استم و به کمک ضرورت دارم").unwrap().tag, "fa");
    }
}
