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
</TS>
