<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsBoard</name>
    <message numerus="yes">
        <source>Change the status of %n action(s)</source>
        <translation>
            <numerusform>Change the status of %n action</numerusform>
            <numerusform>Change the status of %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln action(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln action shown</numerusform>
            <numerusform>%1 of %Ln actions shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarServerPage</name>
    <message numerus="yes">
        <source>Connected: %n calendar(s) in %1</source>
        <translation>
            <numerusform>Connected: %n calendar in %1</numerusform>
            <numerusform>Connected: %n calendars in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n problem(s) found in %1. Restore a backup; the file was not changed.</source>
        <translation>
            <numerusform>%n problem found in %1. Restore a backup; the file was not changed.</numerusform>
            <numerusform>%n problems found in %1. Restore a backup; the file was not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln occurrence</numerusform>
            <numerusform>%Ln occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s) shown</source>
        <translation>
            <numerusform>%Ln team shown</numerusform>
            <numerusform>%Ln teams shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>%n away</source>
        <translation>
            <numerusform>%n away</numerusform>
            <numerusform>%n away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RitualEditor</name>
    <message numerus="yes">
        <source>A sprint of this team has only %n working day(s).</source>
        <translation>
            <numerusform>A sprint of this team has only %n working day.</numerusform>
            <numerusform>A sprint of this team has only %n working days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
</TS>
