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
    <message numerus="yes">
        <source>Exported %n action(s) to %1</source>
        <translation>
            <numerusform>Exported %n action to %1</numerusform>
            <numerusform>Exported %n actions to %1</numerusform>
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
    <name>ColumnModel</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message numerus="yes">
        <source>%n feed(s) rewritten in %1</source>
        <translation>
            <numerusform>%n feed rewritten in %1</numerusform>
            <numerusform>%n feeds rewritten in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) emptied, their team or member gone (%1)</source>
        <translation>
            <numerusform>%n feed emptied, its team or member gone (%1)</numerusform>
            <numerusform>%n feeds emptied, their team or member gone (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n event to %1.</numerusform>
            <numerusform>Wrote %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FairnessView</name>
    <message numerus="yes">
        <source>What if away: %1 — %n occurrence(s) change facilitator (bold). Nothing is saved.</source>
        <translation>
            <numerusform>What if away: %1 — %n occurrence changes facilitator (bold). Nothing is saved.</numerusform>
            <numerusform>What if away: %1 — %n occurrences change facilitator (bold). Nothing is saved.</numerusform>
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
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n entry(ies) to import, %1 skipped.</source>
        <translation>
            <numerusform>%n entry to import, %1 skipped.</numerusform>
            <numerusform>%n entries to import, %1 skipped.</numerusform>
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
    <name>MembersEditor</name>
    <message numerus="yes">
        <source>Remove %n absence(s)</source>
        <translation>
            <numerusform>Remove %n absence</numerusform>
            <numerusform>Remove %n absences</numerusform>
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
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>%n feed(s) will change for their subscribers.</source>
        <translation>
            <numerusform>%n feed will change for its subscribers.</numerusform>
            <numerusform>%n feeds will change for their subscribers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) rewritten</source>
        <translation>
            <numerusform>%n feed rewritten</numerusform>
            <numerusform>%n feeds rewritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) published in %1</source>
        <translation>
            <numerusform>%n feed published in %1</numerusform>
            <numerusform>%n feeds published in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) emptied, their team or member gone (%1)</source>
        <translation>
            <numerusform>%n feed emptied, its team or member gone (%1)</numerusform>
            <numerusform>%n feeds emptied, their team or member gone (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) kept up to date under an earlier name, for their subscribers (%1)</source>
        <translation>
            <numerusform>%n feed kept up to date under an earlier name, for its subscribers (%1)</numerusform>
            <numerusform>%n feeds kept up to date under an earlier name, for their subscribers (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>You facilitate %1&apos;s %2 in %n minute(s)</source>
        <translation>
            <numerusform>You facilitate %1&apos;s %2 in %n minute</numerusform>
            <numerusform>You facilitate %1&apos;s %2 in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s %2 starts in %n minute(s)</source>
        <translation>
            <numerusform>%1&apos;s %2 starts in %n minute</numerusform>
            <numerusform>%1&apos;s %2 starts in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetroBoard</name>
    <message numerus="yes">
        <source>%n vote(s) left</source>
        <translation>
            <numerusform>%n vote left</numerusform>
            <numerusform>%n votes left</numerusform>
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
<context>
    <name>WeekView</name>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
</TS>
