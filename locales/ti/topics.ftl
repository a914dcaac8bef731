## Information topics: names (menu buttons) and texts

topics-menu = ብዛዕባ ኣየናይ ኣርእስቲ ሓበሬታ ትደልዩ?
topic-arrival = ምብጻሕን ምዝገባን
topic-residence = መንበሪ ፍቓድን መስርሕ ዑቕባን
topic-health = መድሕን ጥዕናን ሓካይምን
topic-housing = መንበሪ ገዛ
topic-work = ስራሕን ኣፍልጦ ብቕዓትን
topic-german = ትምህርቲ ቋንቋ ጀርመን
topic-school = ቤት ትምህርትን ክንክን ህጻናትን
topic-counselling = ምኽርን ምኽሪ ምምላስን
topic-leisure = ግዜ ዕረፍቲ: ስፖርት፣ ባህሊ፣ ማሕበራት
topic-mentors = መራሕትን ኣማኸርትን («Lotsen»)
topic-none = ሓፈሻዊ ሕቶ

info-arrival =
    ገዛ እንተሃልዩኩም፣ ኣድራሻኹም ከተመዝግቡ ኣለኩም። እዚ «Anmeldung» ይበሃል። ኣብ ቀዳሞት ክልተ ሰሙናት ግበርዎ።
    ኣበይ: { $registration_office }
    ቆጸራ: { $registration_link }
    ፓስፖርትኹምን ናይ ወናኒ ገዛ መረጋገጺን ሒዝኩም ንዑ።
    ሕቶ ኣለኩም? { $wc_name }
    📍 { $wc_address }
    ☎️ { $wc_phone }
info-residence =
    ብዛዕባ መንበሪ፣ ግዝያዊ ምእጋድ ምስጓግ («Duldung») ወይ መስርሕ ዑቕባ ሕቶ ኣለኩም? ገለ ነገር ቅድሚ ምፍራምኩም ምኽሪ ሕተቱ። እቲ ምኽሪ ብነጻ እዩ።
    ምኽሪ: { $asylum_advice }
    ቤት ጽሕፈት ወጻእተኛታት: { $immigration_office }
    ካብ መንግስታዊ ቤት ጽሕፈታት ዝመጽኣኩም ደብዳቤታት ብኡንብኡ ኣንብቡ። ብዙሕ ግዜ ናይ ግዜ ገደብ ኣለዎም።
info-health =
    ብካርድ ጥዕናኹም ወይ ብወረቐት ሕክምና («Behandlungsschein») ናብ ሓኪም ክትከዱ ትኽእሉ ኢኹም።
    ኣብ ህጹጽ ኩነታት { $emergency_number } ደውሉ።
    ሓካይምን ሓገዝን ንምርካብ: { $health_link }
info-housing =
    ገዛ ትደልዩ ዶ ኣለኹም፣ ወይስ ኣብ መንበሪኹም ጸገም ኣለኩም?
    ምኽሪ: { $housing_contact }
    ሓበሬታ: { $housing_link }
info-work =
    ክትሰርሑ ትደልዩ ዶ? ኣብ ዓድኹም ዝረኸብኩምዎ ትምህርታዊ ብቕዓት ኣፍልጦ ክረክብ ይኽእል እዩ።
    ምኽሪ ብዛዕባ ኣፍልጦ: { $recognition_contact }
    ስራሕ ንምድላይ ሓገዝ: { $work_link }
info-german =
    ናይ ውህደት ኮርሳት፣ ናይ ጀርመንኛ ኮርሳት፣ ከምኡ'ውን ንኣዴታት ምስ ክንክን ህጻናት ዝቐርቡ ኮርሳት («Mama lernt Deutsch») ኣለዉ።
    ምኽሪ: { $wc_name }
    📍 { $wc_address }
    ኮርስ ንምርካብ: { $german_courses_link }
info-school =
    ኣብ ጀርመን ቆልዑ ካብ ሽዱሽተ ዓመት ጀሚሮም ናብ ቤት ትምህርቲ ይኸዱ። እዚ ግዴታ እዩ።
    ዝነኣሱ ቆልዑ ናብ መውዓሊ ህጻናት («Kita») ክኸዱ ይኽእሉ።
    ምኽሪ ብዛዕባ ቤት ትምህርትን መውዓሊ ህጻናትን: { $school_contact }
info-counselling =
    ሻቕሎት ወይ ባእሲ ኣለኩም ዶ፣ ወይስ ዓመጽ የጋጥመኩም ኣሎ? እቲ ምኽሪ ብነጻን ብምስጢርን እዩ።
    ማእከላት ምኽሪ: { $counselling_link }
    ናብ ዓድኹም ምምላስ ትሓስቡ ኣለኹም ዶ? ምኽሪ ምምላስ ብዘይ ሻራ ይሕግዘኩም: { $return_counselling }
info-leisure =
    ኣብ { $city } ብዙሕ ዝግበር ኣሎ: ስፖርት፣ ሙዚቃ፣ ባህሊ ከምኡ'ውን ብመጻእተኛታት ዝምርሑ ማሕበራት። ብዙሕ ካብኡ ብነጻ እዩ።
    ንጥፈታት ንምርካብ: { $leisure_link }
info-mentors =
    ብወለንታ ዝሰርሑ መራሕቲ («Lotsen») ኣብ ቤት ጽሕፈታት፣ ኣብ ምምሃር ጀርመንኛን ኣብ መዓልታዊ ህይወትን ይሕግዙኹም። ብዙሓት ካብኣቶም ቋንቋኹም ይዛረቡ።
    ርክብ: { $mentors_contact }
