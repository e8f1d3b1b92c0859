<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Revoked %n bearer token(s) of %1.</source>
        <translation>
            <numerusform>Revoked %n bearer token of %1.</numerusform>
            <numerusform>Revoked %n bearer tokens of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenAdmin</name>
    <message numerus="yes">
        <source>revoked %n bearer tokens</source>
        <translation>
            <numerusform>revoked %n bearer token</numerusform>
            <numerusform>revoked %n bearer tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimdesk::AccessTreeModel</name>
    <message numerus="yes">
        <source>%n holder(s)</source>
        <translation>
            <numerusform>%n holder</numerusform>
            <numerusform>%n holders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimdesk::AssignmentsTab</name>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 of %n user</numerusform>
            <numerusform>%1 of %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimdesk::ConsoleBackend</name>
    <message numerus="yes">
        <source>Revoked %n token(s) of %1: Okta cannot connect until a new token is entered.</source>
        <translation>
            <numerusform>Revoked %n token of %1: Okta cannot connect until a new token is entered.</numerusform>
            <numerusform>Revoked %n tokens of %1: Okta cannot connect until a new token is entered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimdesk::GroupsTableModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scimdesk::SimulatorTab</name>
    <message numerus="yes">
        <source>Loaded %1: %n action(s) queued.</source>
        <translation>
            <numerusform>Loaded %1: %n action queued.</numerusform>
            <numerusform>Loaded %1: %n actions queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n people</source>
        <translation>
            <numerusform>Added %n person</numerusform>
            <numerusform>Added %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s): %1 ok, %2 failed.</source>
        <translation>
            <numerusform>%n action: %1 ok, %2 failed.</numerusform>
            <numerusform>%n actions: %1 ok, %2 failed.</numerusform>
        </translation>
    </message>
</context>
</TS>
