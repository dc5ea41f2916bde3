<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountNotice</name>
    <message numerus="yes">
        <source>%n contact(s) waiting to be sent to your Whaapy account.</source>
        <translation>
            <numerusform>%n contact is waiting to be sent to your Whaapy account.</numerusform>
            <numerusform>%n contacts are waiting to be sent to your Whaapy account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message numerus="yes">
        <source>%n contact(s) have not reached Whaapy yet.</source>
        <translation>
            <numerusform>%n contact has not reached Whaapy yet.</numerusform>
            <numerusform>%n contacts have not reached Whaapy yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>%Ln row(s) in the sheet «%1». If the first rows look wrong, choose another sheet.</source>
        <translation>
            <numerusform>%Ln row in the sheet «%1». If the first rows look wrong, choose another sheet.</numerusform>
            <numerusform>%Ln rows in the sheet «%1». If the first rows look wrong, choose another sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), read as %1 and separated by %2. If accents or columns look wrong below, choose another encoding or separator.</source>
        <translation>
            <numerusform>%Ln row, read as %1 and separated by %2. If accents or columns look wrong below, choose another encoding or separator.</numerusform>
            <numerusform>%Ln rows, read as %1 and separated by %2. If accents or columns look wrong below, choose another encoding or separator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <source>&amp;Import %Ln contact(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln contact</numerusform>
            <numerusform>&amp;Import %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Checking %Ln row…</numerusform>
            <numerusform>Checking %Ln rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListFooter</name>
    <message numerus="yes">
        <source>Showing %1 of %n</source>
        <translation>
            <numerusform>Showing %1 of %n</numerusform>
            <numerusform>Showing %1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacts: %n</source>
        <translation>
            <numerusform>Contacts: %n</numerusform>
            <numerusform>Contacts: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message numerus="yes">
        <source>%n contact(s) pending</source>
        <translation>
            <numerusform>%n contact pending</numerusform>
            <numerusform>%n contacts pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln new&lt;/b&gt; to import</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln new&lt;/b&gt; to import</numerusform>
            <numerusform>&lt;b&gt;%Ln new&lt;/b&gt; to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeated in the file</source>
        <translation>
            <numerusform>%Ln repeated in the file</numerusform>
            <numerusform>%Ln repeated in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in your contacts</source>
        <translation>
            <numerusform>%Ln already in your contacts</numerusform>
            <numerusform>%Ln already in your contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln with errors</numerusform>
            <numerusform>%Ln with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out</source>
        <translation>
            <numerusform>%Ln left out</numerusform>
            <numerusform>%Ln left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>%Ln of %1 sent</source>
        <translation>
            <numerusform>%Ln of %1 sent</numerusform>
            <numerusform>%Ln of %1 sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing one(s) filled in</source>
        <translation>
            <numerusform>%Ln existing one filled in</numerusform>
            <numerusform>%Ln existing ones filled in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already existed</source>
        <translation>
            <numerusform>%Ln already existed</numerusform>
            <numerusform>%Ln already existed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent (cancelled)</source>
        <translation>
            <numerusform>%Ln not sent (cancelled)</numerusform>
            <numerusform>%Ln not sent (cancelled)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln contact(s) imported.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln contact imported.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln contacts imported.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already existed</source>
        <translation>
            <numerusform>%Ln already existed</numerusform>
            <numerusform>%Ln already existed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported (listed below: save the report to fix them and import them again).</source>
        <translation>
            <numerusform>%Ln not imported (listed below: save the report to fix it and import it again).</numerusform>
            <numerusform>%Ln not imported (listed below: save the report to fix them and import them again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) that already existed were filled in with what they were missing.</source>
        <translation>
            <numerusform>%Ln contact that already existed was filled in with what it was missing.</numerusform>
            <numerusform>%Ln contacts that already existed were filled in with what they were missing.</numerusform>
        </translation>
    </message>
</context>
</TS>
