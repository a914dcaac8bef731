## Talk to a person

person-ask =
    ሕቶኹም ቋንቋኹም ናብ ዝዛረብ ሰብ ከመሓላልፎ እየ።
    ሕቶኹም ብሓጺሩ ጽሓፉ። ወይ «ብዘይ ሕቶ ቀጽሉ» ጠውቑ።
person-skip = ብዘይ ሕቶ ቀጽሉ
person-confirm =
    ጠለብኩም:
    ኣርእስቲ: { $topic }
    ሕቶ: { $note }
    ከመሓላልፎ ድየ?
person-send = ✅ እወ፣ ኣመሓላልፍዎ
person-done =
    የቐንየለይ! ጠለብኩም በጺሑ ኣሎ።
    ሓደ ሰብ መብዛሕትኡ ግዜ ኣብ ውሽጢ { $hours } ሰዓት መልሲ ይህበኩም።
    ሰዓታት ስራሕ: { $office_hours }
    ኣብዚ ምጽሓፍ ቀጽሉ። ናብ ቦት ንምምላስ /bot ጽሓፉ።
note-none = (የለን)
handover-leave = 🤖 ናብ ቦት ተመለስ
handover-back = ምስ ሰብ ንምዝራብ ዝገበርኩምዎ ሕቶ ተወዲኡ። እንደገና ምስ ቦት ትጽሕፉ ኣለኹም።
handover-outside-hours = ሕጂ ካብ ሰዓታት ስራሕ ወጻኢ እዩ። ካብ { $when } ጀሚርና ክንምልሰልኩም ኢና።

## Files and an open request

file-too-large = እዚ ፋይል ኣዝዩ ዓቢ እዩ። ክሳብ { $megabytes } MB ዝኾኑ ፋይላት ከመሓላልፍ እኽእል እየ።
file-type-refused = ከምዚ ዓይነት ፋይል ከመሓላልፍ ኣይክእልን እየ። በጃኹም ስእሊ፣ PDF ፋይል ወይ ናይ ድምጺ መልእኽቲ ስደዱ።
file-quota-reached = ድሮ ብዙሕ ፋይላት ሰዲድኩም ኢኹም። በጃኹም ሕጂ ሕቶኹም ብጽሑፍ ጽሓፉ።
handover-already-open = ምስ ሰብ ንምዝራብ ዝገበርኩምዎ ሕቶ ገና ክፉት እዩ። ሕጂ እትጽሕፍዎ ነገር ናብቲ መልሲ ዝህበኩም ሰብ ይበጽሕ።
