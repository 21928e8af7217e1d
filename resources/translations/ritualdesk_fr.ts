<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionDelegate</name>
    <message>
        <location filename="../../ui/actions_board.py" line="88"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="89"/>
        <source>Go to the earliest date to remove the due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsBoard</name>
    <message>
        <location filename="../../ui/actions_board.py" line="127"/>
        <source>Search actions, owners, rituals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="129"/>
        <source>Search actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="131"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="132"/>
        <source>Team filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="134"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="135"/>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="138"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="139"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="140"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="141"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="142"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="143"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="144"/>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="146"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="149"/>
        <source>Visible rows as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="150"/>
        <source>Visible rows as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="164"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="206"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="207"/>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="208"/>
        <source>D&amp;rop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/actions_board.py" line="239"/>
        <source>Change the status of %n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="299"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="309"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="310"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="339"/>
        <source>%1 of %2 actions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="347"/>
        <source>Export actions as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="348"/>
        <source>Markdown (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="350"/>
        <source>Export actions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_board.py" line="351"/>
        <source>CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/actions_model.py" line="41"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="42"/>
        <location filename="../../ui/actions_model.py" line="50"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="43"/>
        <location filename="../../ui/actions_model.py" line="51"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="50"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="56"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="56"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="57"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="58"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="58"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="59"/>
        <source>Retros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="59"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="386"/>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions_model.py" line="415"/>
        <source>An action needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/agenda_model.py" line="30"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="31"/>
        <source>Ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="32"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="33"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="34"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../ui/agenda_view.py" line="40"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda_view.py" line="67"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>RitualDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Tick the teams to show; the selected team is the one the editors open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Times are shown in each team&apos;s local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Show today (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Previous week or month (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Next week or month (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Go to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Show the week or month of a chosen day (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>Week view (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Month view (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>Agenda: a list by day (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>New &amp;team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Create a team with a short wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Add &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Add three demo teams with a year of history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;About RitualDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>A&amp;ctions board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Every action item across teams (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>New &amp;ritual…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Add a ritual to the selected team (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Edit selected &amp;ritual…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Edit the series of the selected occurrence (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Edit &amp;team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Time zone, working days, holidays, sprint cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Roles, join and leave dates, absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>&amp;Sprints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>Sprint goals and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>&amp;Export calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Write the selected team&apos;s rituals to an .ics file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>Show &amp;only this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>Show &amp;all teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>Last edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>RitualDesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592"/>
        <source>%1 occurrences · %2 teams shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="614"/>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653"/>
        <source>Select a team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="718"/>
        <source>Export %1&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="719"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="730"/>
        <source>Exported %n event(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="736"/>
        <source>Select the previous / next ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="736"/>
        <source>Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="737"/>
        <source>Select the nearest ritual on the previous / next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="737"/>
        <source>Left / Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="738"/>
        <source>Move the selected ritual by 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="738"/>
        <source>Ctrl+Shift+Up / Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="739"/>
        <source>Move the selected ritual by a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="739"/>
        <source>Ctrl+Shift+Left / Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740"/>
        <source>Open the selected ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="743"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="748"/>
        <source>About RitualDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="748"/>
        <source>RitualDesk keeps a scrum team&apos;s rituals offline: stand-ups, planning, reviews, retrospectives, with a fair facilitator rotation and action items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="41"/>
        <source>Product owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="42"/>
        <source>Scrum master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="43"/>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="44"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="53"/>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="60"/>
        <source>&amp;New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="71"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="75"/>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="76"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="80"/>
        <location filename="../../ui/editors/members_editor.py" line="187"/>
        <source>&amp;Save member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="84"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="85"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="86"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="87"/>
        <source>Joined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="88"/>
        <source>Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="90"/>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="92"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="92"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="92"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="104"/>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="105"/>
        <source>&amp;Add absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="107"/>
        <source>Re&amp;move absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="163"/>
        <source>Left the team on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="187"/>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="201"/>
        <source>A member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="204"/>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="207"/>
        <source>A member cannot leave before joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/members_editor.py" line="249"/>
        <source>An absence cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/team_wizard.py" line="353"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="354"/>
        <source>Everyone added here takes turns facilitating. You can change this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="366"/>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="367"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../ui/month_view.py" line="50"/>
        <source>Month calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/month_view.py" line="236"/>
        <source>%n away</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/month_view.py" line="242"/>
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccurrencePanel</name>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="86"/>
        <location filename="../../ui/occurrence_panel.py" line="324"/>
        <source>Select an occurrence to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="158"/>
        <source>Mark &amp;held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="159"/>
        <location filename="../../ui/occurrence_panel.py" line="454"/>
        <source>Record that it took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="160"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="161"/>
        <source>Cancel this occurrence: it consumes nobody&apos;s turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="162"/>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="163"/>
        <source>Make it planned again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="170"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="174"/>
        <source>New local start, in the team&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="175"/>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="182"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="190"/>
        <source>The member to set as facilitator or to swap with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="193"/>
        <source>Why (e.g. Ana is presenting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="194"/>
        <source>Mem&amp;ber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="195"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="198"/>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="199"/>
        <source>Make the chosen member facilitate this one, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="200"/>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="201"/>
        <source>The chosen member takes this turn; the due one takes theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="202"/>
        <source>&amp;Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="203"/>
        <source>The due member goes to the back of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="204"/>
        <source>&amp;Defer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="205"/>
        <source>The due member skips this one and stays next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="206"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="207"/>
        <source>Remove the override: the rotation decides again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="217"/>
        <location filename="../../ui/occurrence_panel.py" line="222"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="220"/>
        <source>Minutes, decisions, ideas… (saved when you leave the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="228"/>
        <source>Format…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="229"/>
        <source>Insert a retrospective format into the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="230"/>
        <source>Start / Stop / Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="232"/>
        <source>4Ls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="233"/>
        <source>Mad / Sad / Glad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="235"/>
        <source>Sa&amp;ve notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="243"/>
        <location filename="../../ui/occurrence_panel.py" line="248"/>
        <source>Action items from this occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="252"/>
        <source>New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="256"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="257"/>
        <source>Owner of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="262"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="263"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="264"/>
        <source>Due date of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="265"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="272"/>
        <source>Double-click a cell to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="274"/>
        <source>C&amp;omplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="275"/>
        <source>Mark the selected actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="282"/>
        <source>Carried over from earlier rituals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="284"/>
        <source>Review each open action: keep it for the next retrospective, or close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="290"/>
        <source>Actions carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="294"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="295"/>
        <source>Still relevant: carry it to the next retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="297"/>
        <source>Do&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="298"/>
        <source>It was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="299"/>
        <source>D&amp;rop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="300"/>
        <source>No longer worth doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="333"/>
        <source>This occurrence no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="344"/>
        <source> · sprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="350"/>
        <source>Moved from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="370"/>
        <source>Stand-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="370"/>
        <source>Sprint planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="371"/>
        <source>Sprint review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="371"/>
        <source>Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="372"/>
        <source>Backlog refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="372"/>
        <source>Ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="376"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="377"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="378"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="400"/>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="400"/>
        <source>override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="400"/>
        <source>rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="401"/>
        <source>swapped turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="401"/>
        <source>after a pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="402"/>
        <source>after a deferral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="405"/>
        <source>Nobody: the occurrence is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="407"/>
        <source>Nobody is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="419"/>
        <source>%1 (absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="432"/>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="455"/>
        <source>It cannot be marked held before its day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/occurrence_panel.py" line="580"/>
        <source>Complete actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RitualEditor</name>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="44"/>
        <source>New ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="44"/>
        <location filename="../../ui/editors/ritual_editor.py" line="338"/>
        <source>Edit ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="51"/>
        <source>Every working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="52"/>
        <source>Weekly, on chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="53"/>
        <source>On a day of each sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="54"/>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="56"/>
        <source>Public holidays and non-working days are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="71"/>
        <source>First working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="72"/>
        <source>Last working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="73"/>
        <source>Working day number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="74"/>
        <source>Working day from the end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="89"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="91"/>
        <source>ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="93"/>
        <source>Room or video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="98"/>
        <source>Facilitators, in rotation order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="105"/>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="108"/>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="112"/>
        <source>Past facilitations are never rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="121"/>
        <source>Tick who takes turns; drag or use Alt+Up/Down to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="125"/>
        <source>Roster changes apply &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="131"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="132"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="133"/>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="135"/>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="136"/>
        <source>&amp;Lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="137"/>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="139"/>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="140"/>
        <source>A&amp;genda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="167"/>
        <source>Stand-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="167"/>
        <source>Sprint planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="168"/>
        <source>Sprint review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="168"/>
        <source>Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="169"/>
        <source>Backlog refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="169"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="301"/>
        <source>A ritual needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="304"/>
        <source>Choose at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="307"/>
        <source>A ritual cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="309"/>
        <source>A one-off ritual happens on or after its start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/ritual_editor.py" line="311"/>
        <source>Tick at least one facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RitualsPage</name>
    <message>
        <location filename="../../ui/team_wizard.py" line="406"/>
        <source>Rituals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="407"/>
        <source>Tick the rituals the team holds; times are in the team&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="409"/>
        <source>&lt;b&gt;Ritual&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="410"/>
        <source>&lt;b&gt;When&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="411"/>
        <source>&lt;b&gt;Time&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="412"/>
        <source>&lt;b&gt;Minutes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="256"/>
        <source>Mark held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="260"/>
        <source>Cancel occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="263"/>
        <source>Restore occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="267"/>
        <source>Move occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="271"/>
        <source>Change facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="275"/>
        <source>Clear override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="279"/>
        <source>Swap turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="279"/>
        <source>Pass turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="280"/>
        <source>Defer turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="285"/>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="301"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="309"/>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="326"/>
        <source>Review actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="337"/>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="342"/>
        <source>Edit team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="353"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="359"/>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="371"/>
        <source>Add absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="381"/>
        <source>Remove absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="392"/>
        <source>Add ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="397"/>
        <source>Edit ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="411"/>
        <source>Change roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="424"/>
        <source>Edit sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="446"/>
        <source>Create team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="462"/>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SprintsEditor</name>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="64"/>
        <source>Sprints of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="68"/>
        <source>Sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="68"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="68"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="68"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="82"/>
        <source>What the sprint is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="85"/>
        <source>&amp;Save sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="94"/>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="95"/>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="100"/>
        <source>Sprints follow the team&apos;s cadence; changing one&apos;s dates moves the planned ones after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="135"/>
        <source>Planned by the team&apos;s cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="147"/>
        <source>The team has no sprint cadence: set a first sprint start in the team editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="181"/>
        <source>A sprint cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="184"/>
        <source>It would overlap sprint %1, which ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="189"/>
        <source>It would overlap sprint %1, which starts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="80"/>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="80"/>
        <source>Edit team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="84"/>
        <source>e.g. Les Castors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="106"/>
        <source>No public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="113"/>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="114"/>
        <source>First sprint starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="117"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="118"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="119"/>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="120"/>
        <source>&amp;Holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="121"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="122"/>
        <source>&amp;Sprints last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="157"/>
        <source>Whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="172"/>
        <source>A team needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="174"/>
        <source>A team name is at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="177"/>
        <source>Choose a time zone from the list, such as Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editors/team_editor.py" line="179"/>
        <source>Choose at least one working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../ui/team_wizard.py" line="260"/>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="261"/>
        <source>Rituals happen in the team&apos;s time zone and skip its public holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="264"/>
        <source>e.g. Les Castors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="267"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="276"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="278"/>
        <source>No public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="284"/>
        <source>&amp;Holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="295"/>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="299"/>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="300"/>
        <source>&amp;Sprint length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="305"/>
        <source>First sprint &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="313"/>
        <source>Give the team a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="315"/>
        <source>A team with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="319"/>
        <source>Pick a time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWizard</name>
    <message>
        <location filename="../../ui/team_wizard.py" line="54"/>
        <source>Product owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="55"/>
        <source>Scrum master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="56"/>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="57"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="103"/>
        <source>Daily stand-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="110"/>
        <source>Sprint planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="117"/>
        <source>Backlog refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="124"/>
        <source>Sprint review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="131"/>
        <source>Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="148"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="149"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="150"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="169"/>
        <source>A member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="171"/>
        <source>Two members have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="173"/>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="442"/>
        <source>Every working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="444"/>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="448"/>
        <source>First day of each sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="450"/>
        <source>Last day of each sprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_wizard.py" line="460"/>
        <source>Create a team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../ui/week_view.py" line="87"/>
        <source>Week calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week_view.py" line="113"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week_view.py" line="309"/>
        <source>No team shown: tick a team in the sidebar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week_view.py" line="324"/>
        <source>Away: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/welcome.py" line="29"/>
        <source>Welcome to RitualDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="33"/>
        <source>Stand-ups, plannings, reviews and retrospectives, with a fair rotation of facilitators and the action items that come out of them.
Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="43"/>
        <source>&amp;Create a team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="46"/>
        <source>Name, time zone, holidays, members and the usual rituals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="47"/>
        <source>&amp;Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="49"/>
        <source>Three teams with a year of history; Edit &gt; Undo removes them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../ui/calendar_data.py" line="23"/>
        <source>Stand-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_data.py" line="24"/>
        <source>Sprint planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_data.py" line="25"/>
        <source>Sprint review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_data.py" line="26"/>
        <source>Retrospective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_data.py" line="27"/>
        <source>Refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_data.py" line="28"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_data.py" line="35"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_data.py" line="36"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_data.py" line="37"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_data.py" line="131"/>
        <source>Facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_data.py" line="137"/>
        <source>Moved from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../ui/feedback.py" line="18"/>
        <source>RitualDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="19"/>
        <source>That change could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../ui/editors/sprints_editor.py" line="52"/>
        <source>Edit sprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
