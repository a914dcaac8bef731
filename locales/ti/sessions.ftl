## Flüchtlingsdialoge: dialogue sessions with interpreters, from the catalog. Session
## details ($session_topic, $place, $session_district, $interpreters, $moderator) come
## from the catalog; $when is the date and time, written with the message date-time.

main-sessions = 🗣️ ዘተታት ስደተኛታት
sessions-menu =
    ኣብ ዘተታት ስደተኛታት («Flüchtlingsdialoge») ምስ ሰራሕተኛታት ምምሕዳር ከተማ ትዘራረቡ። ተርጎምቲ ይትርጉሙ።
    ንኣየናይ ቋንቋ ተርጓሚ የድልየኩም?
sessions-no-interpreter = ኩሉ ዕለታት ኣርእዩ
sessions-other-language = 🔎 ካልእ ቋንቋ
session-list = { $count ->
    [0] ሕጂ ንዚ ዝኸውን ዕለት የለን። በጃኹም ካልእ ቋንቋ ምረጹ።
    [one] ሓደ ዕለት ኣሎ። ጠውቕዎ።
   *[other] { $count } ዕለታት ኣለዉ። ሓደ ካብኣቶም ጠውቑ።
}
session-detail =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ቋንቋታት ተርጎምቲ: { $interpreters }
    ኣወሃሃዲ: { $moderator }
    { $session_seats ->
        [0] ኩሉ ቦታታት ተታሒዙ እዩ።
        [one] ሓደ ቦታ ጥራይ ተሪፉ ኣሎ።
       *[other] ገና { $session_seats } ነጻ ቦታታት ኣለዉ።
    }
session-book = ✅ ቦታ ሓዙ
session-result = { $outcome ->
    [booked] ቦታ ሒዝኩም ኣለኹም: { $session_topic }፣ { $when }። ሓደ መዓልቲ ቀደም ክንዝክረኩም ኢና።
    [already] ኣብዚ ዕለት እዚ ድሮ ቦታ ኣለኩም።
    [full] ይቕሬታ፣ ኩሉ ቦታታት ተታሒዙ እዩ። በጃኹም ካልእ ዕለት ምረጹ።
    [past] እዚ ዕለት እዚ ድሮ ሓሊፉ እዩ።
   *[unavailable] ነዚ ዕለት እዚ ደጊም ቦታ ምሓዝ ኣይከኣልን እዩ።
}
my-booking =
    { $session_topic }
    🕒 { $when }
    📍 { $place } ({ $session_district })
    ✅ ቦታ ኣለኩም።
session-cancel = ❌ ቦታይ ሰርዙ
session-cancelled = { $outcome ->
    [cancelled] ሰሪዝኩም ኣለኹም: { $session_topic }። ስለ ዝሓበርኩምና የቐንየልና።
   *[other] ኣብዚ ዕለት እዚ ቦታ ኣይነበረኩምን።
}
session-reminder =
    መዘኻኸሪ: ኣብ ዘተ ስደተኛታት «{ $session_topic }» ቦታ ኣለኩም።
    🕒 { $when }
    📍 { $place }
    ክትመጹ እንተዘይክኢልኩም፣ በጃኹም ሰርዙ: /my
session-called-off = ይቕሬታ፣ ዘተ ስደተኛታት «{ $session_topic }» ናይ { $when } ኣይክካየድን እዩ። ስለዚ እቲ ዝሓዝኩምዎ ቦታ ተሰሪዙ እዩ።
