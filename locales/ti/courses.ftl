## Courses and offers from the catalog. Course details ($course_title, $provider,
## $address, $district, $schedule, $level, $languages) come from the catalog.

main-courses = 📚 ኮርሳትን ንጥፈታትን
courses-menu = ኣየናይ ዓይነት ኮርስ ወይ ንጥፈት ትደልዩ?
courses-german = ናይ ጀርመንኛ ኮርሳት
courses-integration = ናይ ውህደት ኮርሳት
courses-leisure = ስፖርትን ባህልን
courses-all = ኩሉ
course-level = ኣየናይ ደረጃ ቋንቋ ትደልዩ?
course-any-level = ዝኾነ ደረጃ
course-district = ኣብ ኣየናይ ክፋል ከተማ?
course-any-district = ዝኾነ ቦታ
course-other-filters = 🔎 ከም ብሓድሽ ምረጹ
course-list = { $count ->
    [0] ሕጂ ንዚ ዝኸውን ክፉት ንጥፈት የለን። በጃኹም ካልእ ምረጹ።
    [one] ሓደ ዝሰማማዕ ንጥፈት ኣሎ። ጠውቕዎ።
   *[other] { $count } ዝሰማምዑ ንጥፈታት ኣለዉ። ሓደ ካብኣቶም ጠውቑ።
}
course-detail =
    { $course_title }
    { $provider }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    ደረጃ: { $level }
    ቋንቋ ትምህርቲ: { $languages }
    ክንክን ህጻናት: { $childcare ->
        [yes] ኣሎ
       *[no] የለን
    }
    { $seats ->
        [0] ኩሉ ቦታታት ተታሒዙ እዩ። ኣብ ዝርዝር ተጸበይቲ ክትኣትዉ ትኽእሉ ኢኹም።
        [one] ሓደ ቦታ ጥራይ ተሪፉ ኣሎ።
       *[other] ገና { $seats } ነጻ ቦታታት ኣለዉ።
    }
course-sign-up = ✅ ተመዝገቡ
course-result = { $outcome ->
    [confirmed] ተመዝጊብኩም ኣለኹም: { $course_title }። እቲ ኮርስ ዘዳሉ ትካል ክረኽበኩም እዩ።
    [waitlisted] እቲ ኮርስ መሊኡ እዩ። ኣብ ዝርዝር ተጸበይቲ ኣለኹም፣ ቁጽርኹም { $position } እዩ። ቦታ ነጻ እንተኾይኑ ክንሕብረኩም ኢና።
    [already] ኣብዚ ኮርስ እዚ ድሮ ተመዝጊብኩም ኣለኹም።
    [not-yet] ምዝገባ ናይዚ ኮርስ እዚ ገና ኣይጀመረን።
   *[unavailable] ምዝገባ ናይዚ ኮርስ እዚ ተዓጽዩ እዩ።
}
my-button = 📋 ምዝገባታተይን ሕቶታተይን
my-overview = { $count ->
    [0] ዝኾነ ምዝገባ፣ ዝተሓዘ ቦታ ወይ ሕቶ የብልኩምን።
    [one] ኣብ ዝርዝርኩም ሓደ ነገር ኣሎ። ንምርኣዩ ወይ ንምስራዙ ጠውቕዎ።
   *[other] ኣብ ዝርዝርኩም { $count } ነገራት ኣለዉ። ንምርኣዩ ወይ ንምስራዙ ሓደ ካብኣቶም ጠውቑ።
}
my-signup =
    { $course_title }
    📍 { $address } ({ $district })
    🕒 { $schedule }
    { $position ->
        [0] ✅ ቦታ ኣለኩም።
       *[other] ⏳ ኣብ ዝርዝር ተጸበይቲ ኣለኹም፣ ቁጽርኹም { $position } እዩ።
    }
course-cancel = ❌ ሰርዙ
course-cancelled = { $outcome ->
    [cancelled] ምዝገባኹም ሰሪዝኩም ኣለኹም: { $course_title }።
   *[other] ኣብዚ ኮርስ እዚ ኣይተመዝገብኩምን ነይርኩም።
}
course-promoted = ጽቡቕ ዜና! ሓደ ቦታ ነጻ ኮይኑ። ሕጂ ተመዝጊብኩም ኣለኹም: { $course_title }።
