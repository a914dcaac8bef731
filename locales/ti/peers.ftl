## Supportgroup Refugees: peers who help in the user's language. A peer's name, languages,
## districts and topics come from the catalog; their contact ($peer_contact on
## $peer_channel) is shown only after they accept a request. $contact is what the user
## typed for the peer; $language is the user's language; $request is the request number.
## Tigrinya verbs mark the gender of a third person, so sentences about $peer_name use
## nouns or passive forms instead.

main-peers = 🤝 ሓገዝ ካብ ስደተኛታት
peers-intro =
    ኣብ Supportgroup Refugees፣ ባዕሎም ዝተሰደዱ ሰባት ንኻልኦት ይሕግዙ። ቋንቋኹም ይዛረቡ።
    ኣብ እንታይ ጉዳይ ሓገዝ የድልየኩም?
peer-any-topic = ካልእ ነገር
peer-district = ኣብ ኣየናይ ክፋል ከተማ ትቕመጡ? ሽዑ ኣብ ጥቓኹም ዘሎ ሰብ ክንደሊ ኢና።
peer-any-district = ዝኾነ ቦታ ወይ ክነግር ኣይደልን
peer-list = { $count ->
    [0] ሕጂ ዝሰማማዕ ነጻ ሰብ የለን። ምስ ሓደ ሰብ ካብ Welcome Center ክትዛረቡ ትኽእሉ ኢኹም።
    [one] እዚ ሰብ ክሕግዘኩም ይኽእል። ጠውቕዎ።
   *[other] እዞም { $count } ሰባት ክሕግዙኹም ይኽእሉ። እቲ ዝበለጸ ምርጫ ኣብ ላዕሊ ኣሎ።
}
peer-detail =
    { $peer_name }
    ቋንቋታት: { $peer_languages }
    ኣርእስታት ሓገዝ: { $peer_topics }
    ክፍልታት ከተማ: { $peer_districts }
    ናብ { $peer_name } ሕቶ ርክብ ክንሰድድ ትደልዩ ዶ?
peer-ask = ✉️ እወ፣ ርክብ ሕተቱ
peer-contact-ask =
    ብኸመይ ክትርከቡ ትኽእሉ? ቁጽሪ ተሌፎንኩም፣ ኢ-መይል ወይ ናይ Telegram ወይ Matrix ስምኩም (ምስ @) ጽሓፉ።
    ርክብኩም ናብ { $peer_name } ዝለኣኽ፣ እቲ ሕቶ ተቐባልነት ምስ ረኸበ ጥራይ እዩ።
peer-contact-invalid = እዚ ቁጽሪ ተሌፎን፣ ኢ-መይል ወይ ምስ @ ዘለዎ ስም ኣይመስልን። በጃኹም ከም ብሓድሽ ፈትኑ።
peer-consent =
    በጃኹም ኣረጋግጹ:
    ሕቶ ርክብኩም ናብ { $peer_name } ክንሰድድ ኢና። ኣርእስቲ: { $topic }። ቋንቋ: { $language }።
    እቲ ሕቶ ተቐባልነት እንተረኺቡ፣ ርክብኩም ({ $contact }) ናብ { $peer_name } ክለኣኽ እዩ፣ ንስኹም ድማ ርክብ { $peer_name } ክትረኽቡ ኢኹም።
    ነቲ ሕቶ ክንሰዶ ዶ?
peer-send = ✅ እወ፣ ስደዱ
peer-requested = { $outcome ->
    [sent] ሕቶኹም ናብ { $peer_name } ተላኢኹ ኣሎ። መልሲ { $peer_name } ምስ መጸ ክንሕብረኩም ኢና።
    [already] ድሮ ናብ { $peer_name } ሕቶ ርክብ ሰዲድኩም ኣለኹም። ነቲ ሕቶ ኣብ /my ክትርእይዎ ትኽእሉ ኢኹም።
    [too-many] ድሮ ብዙሓት ክፉታት ሕቶታት ኣለዉኹም። በጃኹም መልሲ ተጸበዩ፣ ወይ ኣብ /my ሓደ ሕቶ ስሓቡ።
   *[unavailable] ሕጂ ናብ { $peer_name } ሕቶ ክለኣኽ ኣይከኣልን። በጃኹም ካልእ ሰብ ምረጹ።
}
my-peer-request = { $request_status ->
    [accepted] እቲ ዝሕግዘኩም ሰብ: { $peer_name }። ርክብ: { $peer_contact } ({ $peer_channel })። ኣርእስቲ: { $topic }።
   *[pending] ናብ { $peer_name } ሕቶ ርክብ ሰዲድኩም። ኣርእስቲ: { $topic }። መልሲ ንጽበ ኣለና።
}
peer-withdraw = ↩️ ሕቶ ስሓቡ
peer-withdrawn = { $outcome ->
    [withdrawn] ነቲ ሕቶ ሰሒብኩምዎ ኣለኹም። ርክብኩም ናብ { $peer_name } ኣይክለኣኽን እዩ።
   *[other] እዚ ሕቶ እዚ ደጊም ክፉት ኣይኮነን።
}
peer-incoming = { $request_status ->
    [accepted] ሕቶ { $request }: ኣብ { $topic } ትሕግዙ ኣለኹም። ቋንቋ: { $language }። ርክብ: { $contact }
   *[pending] ሕቶ { $request }: ሓደ ሰብ ኣብ { $topic } ሓገዝ የድልዮ። ቋንቋ: { $language }። ክትሕግዙ ትደልዩ ዶ?
}
peer-accept = ✅ ክሕግዝ እየ
peer-decline = ❌ ሕጂ ኣይኮነን
peer-answered = { $outcome ->
    [accepted] የቐንየልና! ነቲ ሰብ ብዚ ክትረኽብዎ ትኽእሉ ኢኹም: { $contact }። ርክብኩም እውን ናብቲ ሰብ ተላኢኹ ኣሎ።
    [declined] ሕራይ። ሕጂ ክትሕግዙ ከም ዘይትኽእሉ ነቲ ሰብ ክንነግሮ ኢና።
   *[gone] እዚ ሕቶ እዚ ደጊም ክፉት ኣይኮነን። ምናልባት ተሰሒቡ ይኸውን።
}
request-unknown = በዚ ቁጽሪ እዚ ክፉት ሕቶ የለን። ሕቶታትኩም ኣብ /my ክትርእዩ ትኽእሉ ኢኹም።
peer-request-new =
    ሓድሽ ሕቶ ርክብ ({ $request }): ሓደ ሰብ ኣብ { $topic } ሓገዝ የድልዮ። ቋንቋ: { $language }።
    ምስ ተቐበልኩም ርክብ እቲ ሰብ ክትርእዩ ኢኹም።
    ንምቕባል: /accept { $request } · ንምንጻግ: /decline { $request }
peer-request-accepted =
    ጽቡቕ ዜና! መልሲ { $peer_name } «እወ፣ ብሓጎስ» እዩ።
    ርክብ: { $peer_contact } ({ $peer_channel })
    ርክብኩም እውን ናብ { $peer_name } ተላኢኹ ኣሎ።
peer-request-declined = መልሲ { $peer_name }: ሕጂ ኣይከኣልን። ካልኦት ሰባት ኣብ «ሓገዝ ካብ ስደተኛታት» ክትረኽቡ ትኽእሉ ኢኹም።
peer-request-withdrawn = ሕቶ { $request } ተሰሒቡ እዩ። በጃኹም ምስዚ ሰብ ርክብ ኣይትግበሩ።
