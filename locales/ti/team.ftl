## The team's commands in chat, and messages relayed during a handover

staff-unknown-command = “{ $value }” ትእዛዝ ጉጅለ ኣይኮነን። ትእዛዛት: /queue, /claim N, /release, /close።
staff-usage = እዚ ትእዛዝ ካልእ ሓበሬታ የድልዮ። ከምዚ ጽሓፍዎ: { $usage }
staff-quotes = ሓደ ምልክት ጥቕሲ ኣይተዓጽወን።
staff-not-a-number = “{ $value }” ቁጽሪ ሕቶ ኣይኮነን።
staff-not-a-role = “{ $value }” ተራ ኣይኮነን። ተራታት: peer, staff, admin።
staff-not-a-language = “{ $value }” ሓደ ካብ ቋንቋታትና ኣይኮነን።
staff-not-an-account = “{ $value }” ኣካውንት ኣይኮነን። telegram:, matrix: ወይ console: ጽሓፉ፡ ድሕሪኡ መለለዪ ተጠቃሚ።
team-not-allowed = ነዚ ትእዛዝ ክትጥቀሙሉ ኣይፍቀደልኩምን።
team-queue-empty = ሕጂ ዝጽበ ሰብ የለን።
team-queue =
    ሕቶታት: { $count }
    { $list }
team-queue-line = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } ሰዓት { $minutes } ደቒቕ
team-queue-line-claimed = #{ $number } { $pseudonym } · { $language } · { $topic } · ⏱ { $hours } ሰዓት { $minutes } ደቒቕ · ✋ { $helper }
team-claim-button = #{ $number } ውሰድ
team-claimed =
    ሕጂ ንሕቶ #{ $number } ({ $pseudonym }) ትምልሱ ኣለኹም።
    ቋንቋ: { $language } · ኣርእስቲ: { $topic }
    ሕቶ: { $note }
    ኣብዚ ዝጽሕፍዎ ናብዚ ሰብ ይበጽሕ። ምስ ወዳእኩም /close፡ ንምምላስ /release።
team-claim-taken = ሕቶ #{ $number } ካልእ ሰብ ቀዲሙ ወሲድዎ እዩ።
team-claim-unknown = ንዓኹም ክፉት ሕቶ #{ $number } የለን። /queue ሕቶታት የርኢ።
team-claim-yours = ንሕቶ #{ $number } ድሮ ትምልሱ ኣለኹም።
team-released = ሕቶ #{ $number } መሊስኩምዎ። ሕጂ ካልኦት ክወስድዎ ይኽእሉ።
team-closed = ሕቶ #{ $number } ዓጺኹምዎ። የቐንየልና!
team-nothing-claimed = ሕጂ ንዝኾነ ሕቶ ኣይትምልሱን ኣለኹም። /queue ሕቶታት የርኢ።
team-role-granted =
    ተራ { $name } ሕጂ: { $role ->
            [peer] ወለንተኛ Supportgroup
            [staff] ሰራሕተኛ ከተማ
            [admin] ኣመሓዳሪ
           *[other] { $role }
        }።
team-role-revoked = { $name } ደሓር ኣብ ጉጅለ ተራ የብሉን።
team-role-unknown = ኣብ ጉጅለ { $name } ዝበሃል ሰብ የለን።
team-role-taken = { $account } ድሮ ናይ { $owner } እዩ።
team-role-list =
    ጉጅለ: { $count }
    { $list }
handover-new =
    ሓድሽ ሕቶ #{ $request } ካብ { $pseudonym }። ቋንቋ: { $language }። ኣርእስቲ: { $topic }።
    ንምውሳድ: /claim { $request }
handover-claim = ✋ ኣነ ክምልስ እየ
handover-claimed = ሕጂ { $helper } ንሕቶኹም ይምልስ ኣሎ። ኣብዚ ጽሓፉ፤ { $helper } የንብቦ። ናብ ቦት ንምምላስ: /bot።
handover-from-helper = { $helper }: { $text }
handover-from-user = #{ $request } { $pseudonym }: { $text }
handover-media-from-helper =
    { $helper } { $media ->
            [photo] ስእሊ
            [voice] ናይ ድምጺ መልእኽቲ
            [document] ሰነድ
            [location] ቦታ
            [sticker] ስቲከር
           *[other] ፋይል
        } ሰዲዱ።
handover-media-from-user =
    #{ $request } { $pseudonym } { $media ->
            [photo] ስእሊ
            [voice] ናይ ድምጺ መልእኽቲ
            [document] ሰነድ
            [location] ቦታ
            [sticker] ስቲከር
           *[other] ፋይል
        } ሰዲዱ።
handover-history =
    #{ $request } { $pseudonym } ቅድሚ ሕጂ ዝጸሓፎ:
    { $history }
handover-closed =
    { $helper } ሕቶኹም ዓጽዩ። እንደገና ምስ ቦት ትጽሕፉ ኣለኹም።
    እዚ ሓጊዝኩም ድዩ?
handover-user-left = #{ $request } { $pseudonym } ናብ ቦት ተመሊሱ። ሕቶ ተዓጽዩ።
handover-closed-idle = ሕቶኹም ተዓጽዩ፣ ምኽንያቱ ን{ $days } መዓልቲ ዝኾነ ሰብ ኣይጸሓፈን። ገና ሓገዝ እንተደሊኹም /human ጽሓፉ።
handover-closed-idle-helper = #{ $request } { $pseudonym } ተዓጽዩ፦ ን{ $days } መዓልቲ ዝኾነ መልእኽቲ ኣይመጸን።
handover-taken-over = { $helper } ሕቶ #{ $request } ተረኪቡ።
feedback-yes = 👍 እወ
feedback-no = 👎 ኣይፋል
feedback-thanks = ስለ መልስኹም የቐንየልና!
handover-escalated =
    ሕቶ #{ $request } ካብ { $pseudonym } ን{ $minutes } ደቒቕ ይጽበ ኣሎ። ቋንቋ: { $language }። ኣርእስቲ: { $topic }።
    ንምውሳድ: /claim { $request }
handover-transcript =
    ሕቶ #{ $request } ({ $pseudonym }):
    { $history }
team-transcript-unknown = ናይ ሕቶ #{ $request } መዝገብ የለን። መዛግብቲ ሕቶ ምስ ተዓጽወ ድሕሪ ግዜ ይድምሰሱ።
handover-room-opened = እዚ ክፍሊ ንሕቶ #{ $request } ({ $pseudonym }) እዩ። ኣብዚ ዝጽሕፍዎ ናብዚ ሰብ ይበጽሕ። ምስ ወዳእኩም /close፡ ንምምላስ /release።
team-room-closed = ሕቶ #{ $number } ደሓር ናትኩም ኣይኮነን፤ ኣብዚ ዝጽሓፍ ናብ ዝኾነ ሰብ ኣይሰግርን። /queue ሕቶታት የርኢ።
