## Broadcasts: what staff see when they send news (/broadcast in chat)

broadcast-preview = ቅድመ-ርእይ ሓፈሻዊ መልእኽቲ ({ $filters }):

    { $previews }
broadcast-drafted = ሓፈሻዊ መልእኽቲ { $broadcast } ናብ { $total } ተቐበልቲ ይኸይድ:
    { $table }
broadcast-send-button = 📣 ስደድ
broadcast-cancel-button = ሰርዝ
broadcast-nobody = ነዚ መልእኽቲ ዝቕበል የለን: ምስ መጻረዪታት ዝሰማማዕ ተመዝጋቢ የለን።
broadcast-confirmed = ሓፈሻዊ መልእኽቲ { $broadcast } ይለኣኽ ኣሎ። ምዕባለ ኣብዚ ክትርእዩ ኢኹም።
broadcast-not-draft = ሓፈሻዊ መልእኽቲ { $broadcast } ድሮ ተላኢኹ ወይ ተሰሪዙ እዩ።
broadcast-unknown = ሓፈሻዊ መልእኽቲ { $broadcast } የለን።
broadcast-cancelled = ሓፈሻዊ መልእኽቲ { $broadcast } ተሰሪዙ። { $held } መልእኽትታት ኣይተላእኩን።
broadcast-report = ሓፈሻዊ መልእኽቲ { $broadcast }:
    { $table }
broadcast-progress = ሓፈሻዊ መልእኽቲ { $broadcast }: ካብ { $total } { $sent } ተላኢኾም፣ { $failed } ኣይሰለጡን፣ { $blocked } ተዓጊቶም።
broadcast-done = ሓፈሻዊ መልእኽቲ { $broadcast } ተወዲኡ:
    { $table }
broadcast-bad-filter = «{ $value }» ኣይተረድኣንን። መጻረዪታት: lang=uk,ar district=Mitte topic=courses channel=telegram active=30
broadcast-not-news = «{ $value }» መልእኽቲ ዜና ኣይኮነን። መልእኽትታት ዜና: { $list }
broadcast-what = ኣየናይ ዜና? ሓደ ካብዞም ጽሓፉ: { $list }። ወይ ንነፍሲ ወከፍ ቋንቋ ሓደ ጽሑፍ ዘለዎ ፋይል ምስ /broadcast መግለጺ ስደዱ።
broadcast-file-or-news = ወይ ስም ዜና ጽሓፉ ወይ ፋይል ስደዱ፣ ክልቲኡ ኣይኮነን።
broadcast-file-wrong = እቲ ፋይል { $file } ብኸምዚ ክለኣኽ ኣይክእልን:
    { $errors }
