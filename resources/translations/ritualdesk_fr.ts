<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionDelegate</name>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
</context>
<context>
    <name>ActionsBoard</name>
    <message>
        <source>Search actions, owners, rituals…</source>
        <translation>Chercher actions, responsables, rituels…</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Chercher des actions</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtre d’équipe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre de responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;En retard seulement</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Visible rows as &amp;Markdown…</source>
        <translation>Lignes visibles en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Visible rows as &amp;CSV…</source>
        <translation>Lignes visibles en &amp;CSV…</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer &amp;faite</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n action(s)</source>
        <translation>
            <numerusform>Changer le statut de %n action</numerusform>
            <numerusform>Changer le statut de %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N’importe qui</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln action(s) shown</source>
        <translation>
            <numerusform>%1 sur %Ln action affichée</numerusform>
            <numerusform>%1 sur %Ln actions affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export actions as Markdown</source>
        <translation>Exporter les actions en Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export actions as CSV</source>
        <translation>Exporter les actions en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Actions exported</source>
        <translation>Actions exportées</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1</source>
        <translation>
            <numerusform>%n action exportée dans %1</numerusform>
            <numerusform>%n actions exportées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardée</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Retros</source>
        <translation>Rétros</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Une action a besoin d’un titre.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Ritual</source>
        <translation>Rituel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>CalendarServerPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>optional: one calendar for every team</source>
        <translation>facultatif&#xa0;: un seul calendrier pour toutes les équipes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>A&amp;dresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendrier&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dd account</source>
        <translation>A&amp;jouter le compte</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Pus&amp;h after each change</source>
        <translation>&amp;Envoyer après chaque modification</translation>
    </message>
    <message>
        <source>Calendar server</source>
        <translation>Serveur d’agenda</translation>
    </message>
    <message>
        <source>None (no pushes)</source>
        <translation>Aucun (rien n’est envoyé)</translation>
    </message>
    <message>
        <source>Rituals are pushed to a CalDAV server (Nextcloud, Radicale...) only when an account is chosen here.</source>
        <translation>Les rituels ne sont envoyés à un serveur CalDAV (Nextcloud, Radicale…) que si un compte est choisi ici.</translation>
    </message>
    <message>
        <source>Last push: %1 — %2</source>
        <translation>Dernier envoi&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Never pushed yet.</source>
        <translation>Jamais envoyé pour l’instant.</translation>
    </message>
    <message>
        <source>Account %1 added; test the connection to check it.</source>
        <translation>Compte %1 ajouté&#xa0;; testez la connexion pour le vérifier.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n calendar(s) in %1</source>
        <translation>
            <numerusform>Connecté&#xa0;: %n calendrier dans %1</numerusform>
            <numerusform>Connecté&#xa0;: %n calendriers dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(sync tokens offered).</source>
        <translation>(jetons de synchronisation proposés).</translation>
    </message>
    <message>
        <source>(no sync tokens: pushes compare ETags).</source>
        <translation>(pas de jetons de synchronisation&#xa0;: les envois comparent les ETag).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChangesElsewhere</name>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Mis à jour avec les modifications faites ailleurs</translation>
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
    <name>DateField</name>
    <message>
        <source>Choose on a calendar</source>
        <translation>Choisir sur un calendrier</translation>
    </message>
    <message>
        <source>Type a date as 2026-11-30, or leave it empty</source>
        <translation>Tapez une date comme 2026-11-30, ou laissez vide</translation>
    </message>
</context>
<context>
    <name>DiscussionModel</name>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Grouped with it</source>
        <translation>Regroupées avec elle</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>&amp;Publish calendars…</source>
        <translation>&amp;Publier les calendriers…</translation>
    </message>
    <message>
        <source>Write every team&apos;s and member&apos;s feed into a shared folder</source>
        <translation>Écrire le calendrier de chaque équipe et de chaque membre dans un dossier partagé</translation>
    </message>
    <message>
        <source>&amp;Import calendar…</source>
        <translation>&amp;Importer un calendrier…</translation>
    </message>
    <message>
        <source>Absences, ritual series or a RitualDesk export, from an .ics file</source>
        <translation>Absences, séries de rituels ou exportation RitualDesk, depuis un fichier .ics</translation>
    </message>
    <message>
        <source>Published at %1</source>
        <translation>Publié à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) rewritten in %1</source>
        <translation>
            <numerusform>%n calendrier réécrit dans %1</numerusform>
            <numerusform>%n calendriers réécrits dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) emptied, their team or member gone (%1)</source>
        <translation>
            <numerusform>%n calendrier vidé, son équipe ou son membre n’étant plus là (%1)</numerusform>
            <numerusform>%n calendriers vidés, leur équipe ou leur membre n’étant plus là (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing failed</source>
        <translation>Échec de la publication</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Échec de la publication&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a calendar</source>
        <translation>Exporter un calendrier</translation>
    </message>
    <message>
        <source>%1 — the whole team</source>
        <translation>%1 — toute l’équipe</translation>
    </message>
    <message>
        <source>%1&apos;s calendar (%2)</source>
        <translation>Calendrier de %1 (%2)</translation>
    </message>
    <message>
        <source>Ca&amp;lendar of:</source>
        <translation>&amp;Calendrier de&#xa0;:</translation>
    </message>
    <message>
        <source>Ritual kinds:</source>
        <translation>Types de rituels&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>Add the action items as &amp;to-dos</source>
        <translation>&amp;Ajouter les actions comme tâches</translation>
    </message>
    <message>
        <source>Re&amp;mind</source>
        <translation>&amp;Rappeler</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <source>Alarms:</source>
        <translation>Alarmes&#xa0;:</translation>
    </message>
    <message>
        <source>In a member&apos;s calendar, their own turns get a stronger reminder and one the day before.</source>
        <translation>Dans le calendrier d’un membre, ses propres tours ont un rappel plus marqué, et un autre la veille.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Choose at least one ritual kind.</source>
        <translation>Choisissez au moins un type de rituel.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>%n événement écrit dans %1.</numerusform>
            <numerusform>%n événements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database cannot be written, so the SEQUENCE numbers of this export are not recorded in it.</source>
        <translation>La base ne peut pas être modifiée, les numéros SEQUENCE de cet export n’y sont donc pas enregistrés.</translation>
    </message>
</context>
<context>
    <name>FairnessChart</name>
    <message>
        <source>Fairness chart</source>
        <translation>Graphique d’équité</translation>
    </message>
    <message>
        <source>No turns in this period.</source>
        <translation>Aucun tour sur cette période.</translation>
    </message>
    <message>
        <source>Turns held + planned (fair share: |)</source>
        <translation>Tours tenus + prévus (part équitable : |)</translation>
    </message>
    <message>
        <source>Owed (− owes, + is owed)</source>
        <translation>Solde (− doit, + a fait plus)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenus</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévus</translation>
    </message>
    <message>
        <source>did more than their share</source>
        <translation>a fait plus que sa part</translation>
    </message>
    <message>
        <source>owes turns</source>
        <translation>doit des tours</translation>
    </message>
</context>
<context>
    <name>FairnessModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenus</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévus</translation>
    </message>
    <message>
        <source>Fair share</source>
        <translation>Part équitable</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Did more than their share: the team owes them turns off</source>
        <translation>A fait plus que sa part : l’équipe lui doit des tours de repos</translation>
    </message>
    <message>
        <source>Did less than their share: they owe the team turns</source>
        <translation>A fait moins que sa part : doit des tours à l’équipe</translation>
    </message>
    <message>
        <source>Exactly their share</source>
        <translation>Exactement sa part</translation>
    </message>
</context>
<context>
    <name>FairnessView</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Ritual</source>
        <translation>Rituel</translation>
    </message>
    <message>
        <source>Te&amp;am:</source>
        <translation>Équi&amp;pe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ritual:</source>
        <translation>Ri&amp;tuel&#xa0;:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au&#xa0;:</translation>
    </message>
    <message>
        <source>Turns per member</source>
        <translation>Tours par membre</translation>
    </message>
    <message>
        <source>No override, swap, pass or defer in this period: every turn went as the rotation planned.</source>
        <translation>Ni désignation, ni échange, ni passe, ni report sur cette période&#xa0;: chaque tour a suivi la rotation prévue.</translation>
    </message>
    <message>
        <source>Turn changes</source>
        <translation>Changements de tour</translation>
    </message>
    <message>
        <source>Fore&amp;cast and what if</source>
        <translation>Pré&amp;vision et simulation</translation>
    </message>
    <message>
        <source>Hi&amp;story of turn changes</source>
        <translation>Hi&amp;storique des changements de tour</translation>
    </message>
    <message>
        <source>&amp;Next:</source>
        <translation>Les proc&amp;haines&#xa0;:</translation>
    </message>
    <message>
        <source> occurrences</source>
        <translation> occurrences</translation>
    </message>
    <message>
        <source>Member away</source>
        <translation>Membre absent</translation>
    </message>
    <message>
        <source>&amp;What if away:</source>
        <translation>Et si a&amp;bsent&#xa0;:</translation>
    </message>
    <message>
        <source>Mar&amp;k away</source>
        <translation>&amp;Marquer absent</translation>
    </message>
    <message>
        <source>See the forecast as if this member were away; nothing is saved</source>
        <translation>Voir la prévision comme si ce membre était absent ; rien n’est enregistré</translation>
    </message>
    <message>
        <source>C&amp;lear what if</source>
        <translation>&amp;Effacer la simulation</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>All rituals</source>
        <translation>Tous les rituels</translation>
    </message>
    <message numerus="yes">
        <source>What if away: %1 — %n occurrence(s) change facilitator (bold). Nothing is saved.</source>
        <translation>
            <numerusform>Et si absent&#xa0;: %1 — %n occurrence change d’animation (en gras). Rien n’est enregistré.</numerusform>
            <numerusform>Et si absent&#xa0;: %1 — %n occurrences changent d’animation (en gras). Rien n’est enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark a member away over some dates to see who would facilitate instead; nothing is saved.</source>
        <translation>Marquez un membre absent sur des dates pour voir qui animerait à sa place ; rien n’est enregistré.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>New &amp;database…</source>
        <translation>Nouvelle &amp;base de données…</translation>
    </message>
    <message>
        <source>Create an empty database file and switch to it</source>
        <translation>Créer un fichier de base de données vide et passer dessus</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Switch to another database file (Ctrl+O)</source>
        <translation>Passer à un autre fichier de base de données (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une base &amp;récente</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Write a consistent copy of this database</source>
        <translation>Écrire une copie cohérente de cette base de données</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Vérifier la base de données</translation>
    </message>
    <message>
        <source>Look for damage in this database (reads only)</source>
        <translation>Chercher des dommages dans cette base de données (lecture seule)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This database cannot be written (the file or its folder is read-only, or its disk is full). You can read it, check it, back it up, export and publish its calendars; every edit is refused and nothing is changed.</source>
        <translation>Cette base ne peut pas être modifiée (le fichier ou son dossier est en lecture seule, ou son disque est plein). Vous pouvez la lire, la vérifier, la sauvegarder, exporter et publier ses calendriers&#xa0;; toute modification est refusée et rien n’est changé.</translation>
    </message>
    <message>
        <source>No other recent database</source>
        <translation>Aucune autre base récente</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>RitualDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données RitualDesk (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>%1 already exists; a new database is never written over a file. Use Open database… to open it.</source>
        <translation>%1 existe déjà&#xa0;; une nouvelle base de données n’écrase jamais un fichier. Utilisez «&#xa0;Ouvrir une base de données…&#xa0;» pour l’ouvrir.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n’y a pas de fichier à l’emplacement %1.</translation>
    </message>
    <message>
        <source>The database was not opened</source>
        <translation>La base de données n’a pas été ouverte</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>La sauvegarde n’a pas été écrite.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardée dans %1</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1. Restore a backup; the file was not changed.</source>
        <translation>
            <numerusform>%n problème trouvé dans %1. Restaurez une sauvegarde&#xa0;; le fichier n’a pas été modifié.</numerusform>
            <numerusform>%n problèmes trouvés dans %1. Restaurez une sauvegarde&#xa0;; le fichier n’a pas été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is healthy: no problem found.</source>
        <translation>%1 est en bon état&#xa0;: aucun problème trouvé.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>RitualDesk</source>
        <translation>RitualDesk</translation>
    </message>
    <message>
        <source>%1 (read-only) — RitualDesk</source>
        <translation>%1 (lecture seule) — RitualDesk</translation>
    </message>
    <message>
        <source>%1 — RitualDesk</source>
        <translation>%1 — RitualDesk</translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ritual</source>
        <translation>Rituel</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Override</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Passe</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ritual</source>
        <translation>Rituel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Instead of</source>
        <translation>À la place de</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <source>An .ics file: absences, ritual series or a RitualDesk export</source>
        <translation>Un fichier .ics&#xa0;: absences, séries de rituels ou exportation RitualDesk</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Ritual series</source>
        <translation>Séries de rituels</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>&amp;Lire comme&#xa0;:</translation>
    </message>
    <message>
        <source>The team the file names</source>
        <translation>L’équipe que nomme le fichier</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Absences &amp;of:</source>
        <translation>Absences &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Matched by e-mail or name</source>
        <translation>Reconnu par courriel ou par nom</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Will be imported (%1)</source>
        <translation>Sera importé (%1)</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>Ignoré (%1)</translation>
    </message>
    <message>
        <source>This database cannot be written: this is what importing would do, but nothing can be imported into it.</source>
        <translation>Cette base ne peut pas être modifiée&#xa0;: voici ce que l’importation ferait, mais rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import; then everything is imported, or nothing. Edit › Undo takes the whole import back.</source>
        <translation>Rien n’est écrit avant que vous appuyiez sur Importer&#xa0;; alors tout est importé, ou rien. Édition › Annuler défait toute l’importation.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) to import, %1 skipped.</source>
        <translation>
            <numerusform>%n entrée à importer, %1 ignorée(s).</numerusform>
            <numerusform>%n entrées à importer, %1 ignorée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>The database could not be read or written (%1); nothing was changed.</source>
        <translation>La base n’a pas pu être lue ou écrite (%1)&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The new language applies the next time RitualDesk starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de RitualDesk.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RitualDesk</source>
        <translation>RitualDesk</translation>
    </message>
    <message>
        <source>Calendar server: pushing…</source>
        <translation>Serveur d’agenda&#xa0;: envoi…</translation>
    </message>
    <message>
        <source>P&amp;ush to calendar server</source>
        <translation>&amp;Envoyer au serveur d’agenda</translation>
    </message>
    <message>
        <source>Send the rituals to the calendar server chosen in Preferences</source>
        <translation>Envoyer les rituels au serveur d’agenda choisi dans les préférences</translation>
    </message>
    <message>
        <source>Calendar server: last push %1</source>
        <translation>Serveur d’agenda&#xa0;: dernier envoi %1</translation>
    </message>
    <message>
        <source>Choose a calendar server account in Edit › Preferences first.</source>
        <translation>Choisissez d’abord un compte de serveur d’agenda dans Édition › Préférences.</translation>
    </message>
    <message>
        <source>Calendar server: pushed at %1</source>
        <translation>Serveur d’agenda&#xa0;: envoyé à %1</translation>
    </message>
    <message>
        <source>Calendar server: push failed at %1</source>
        <translation>Serveur d’agenda&#xa0;: échec de l’envoi à %1</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Tick the teams to show; the selected team is the one the editors open</source>
        <translation>Cochez les équipes à afficher&#xa0;; les éditeurs s’ouvrent sur l’équipe sélectionnée</translation>
    </message>
    <message>
        <source>Times are shown in each team&apos;s local time.</source>
        <translation>Les heures sont celles du fuseau de chaque équipe.</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>Show today (Ctrl+T)</source>
        <translation>Afficher aujourd’hui (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Previous week or month (Alt+Left)</source>
        <translation>Semaine ou mois précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next week or month (Alt+Right)</source>
        <translation>Semaine ou mois suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>A&amp;ller à la date…</translation>
    </message>
    <message>
        <source>Show the week or month of a chosen day (Ctrl+G)</source>
        <translation>Afficher la semaine ou le mois d’un jour choisi (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;maine</translation>
    </message>
    <message>
        <source>Week view (Ctrl+1)</source>
        <translation>Vue semaine (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>M&amp;ois</translation>
    </message>
    <message>
        <source>Month view (Ctrl+2)</source>
        <translation>Vue mois (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Agenda: a list by day (Ctrl+3)</source>
        <translation>Agenda&#xa0;: une liste par jour (Ctrl+3)</translation>
    </message>
    <message>
        <source>New &amp;team…</source>
        <translation>&amp;Nouvelle équipe…</translation>
    </message>
    <message>
        <source>Create a team with a short wizard</source>
        <translation>Créer une équipe avec un court assistant</translation>
    </message>
    <message>
        <source>Add demo d&amp;ata</source>
        <translation>Ajouter des &amp;données de démonstration</translation>
    </message>
    <message>
        <source>Add three demo teams with a year of history</source>
        <translation>Ajouter trois équipes de démonstration avec un an d’historique</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language and other settings</source>
        <translation>Langue et autres réglages</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About RitualDesk</source>
        <translation>À &amp;propos de RitualDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>A&amp;ctions board</source>
        <translation>Tableau des a&amp;ctions</translation>
    </message>
    <message>
        <source>Every action item across teams (Ctrl+4)</source>
        <translation>Toutes les actions de toutes les équipes (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Fairness</source>
        <translation>É&amp;quité</translation>
    </message>
    <message>
        <source>Turns held, planned and owed per member; forecast and what if (Ctrl+5)</source>
        <translation>Tours tenus, prévus et dus par membre ; prévision et simulation (Ctrl+5)</translation>
    </message>
    <message>
        <source>New &amp;ritual…</source>
        <translation>Nouveau &amp;rituel…</translation>
    </message>
    <message>
        <source>Add a ritual to the selected team (Ctrl+N)</source>
        <translation>Ajouter un rituel à l’équipe sélectionnée (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit selected &amp;ritual…</source>
        <translation>Modifier le r&amp;ituel sélectionné…</translation>
    </message>
    <message>
        <source>Edit the series of the selected occurrence (Ctrl+R)</source>
        <translation>Modifier la série de l’occurrence sélectionnée (Ctrl+R)</translation>
    </message>
    <message>
        <source>Edit &amp;team…</source>
        <translation>Modifier l’é&amp;quipe…</translation>
    </message>
    <message>
        <source>Time zone, working days, holidays, sprint cadence</source>
        <translation>Fuseau horaire, jours ouvrés, jours fériés, rythme des sprints</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Membres…</translation>
    </message>
    <message>
        <source>Roles, join and leave dates, absences</source>
        <translation>Rôles, dates d’arrivée et de départ, absences</translation>
    </message>
    <message>
        <source>&amp;Sprints…</source>
        <translation>&amp;Sprints…</translation>
    </message>
    <message>
        <source>Sprint goals and dates</source>
        <translation>Objectifs et dates des sprints</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>Su&amp;pprimer l’équipe…</translation>
    </message>
    <message>
        <source>Delete the selected team with everything it holds; Edit › Undo brings it back</source>
        <translation>Supprimer l’équipe sélectionnée avec tout ce qu’elle contient&#xa0;; Édition › Annuler la rétablit</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>E&amp;xporter le calendrier…</translation>
    </message>
    <message>
        <source>Write a team&apos;s or a member&apos;s rituals to an .ics file (Ctrl+E)</source>
        <translation>Écrire les rituels d’une équipe ou d’un membre dans un fichier .ics (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <comment>toolbar button</comment>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export &amp;minutes…</source>
        <translation>Exporter le &amp;compte rendu…</translation>
    </message>
    <message>
        <source>Minutes of the selected occurrence or of a sprint, as PDF or Markdown (Ctrl+Alt+M)</source>
        <translation>Compte rendu de l’occurrence choisie ou d’un sprint, en PDF ou Markdown (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Run meeting…</source>
        <translation>&amp;Animer la réunion…</translation>
    </message>
    <message>
        <source>Run the selected occurrence: attendance, speaking order, timeboxes, parking lot (F5)</source>
        <translation>Animer l’occurrence sélectionnée&#xa0;: présences, ordre de parole, temps impartis, parking (F5)</translation>
    </message>
    <message>
        <source>Retrospective &amp;board…</source>
        <translation>&amp;Tableau de la rétrospective…</translation>
    </message>
    <message>
        <source>Cards, dot votes and discussion of the selected retrospective (Ctrl+B)</source>
        <translation>Cartes, votes par points et discussion de la rétrospective sélectionnée (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Show &amp;only this team</source>
        <translation>N’afficher &amp;que cette équipe</translation>
    </message>
    <message>
        <source>Show &amp;all teams</source>
        <translation>Afficher &amp;toutes les équipes</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last edit: %1</source>
        <translation>Dernière modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rituals of %1 begin with its first sprint, on %2: here is that week.</source>
        <translation>Les rituels de %1 commencent avec son premier sprint, le %2&#xa0;: voici cette semaine.</translation>
    </message>
    <message>
        <source>RitualDesk cannot open the database</source>
        <translation>RitualDesk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Fairness of the rotation</source>
        <translation>Équité de la rotation</translation>
    </message>
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
            <numerusform>%Ln équipe affichée</numerusform>
            <numerusform>%Ln équipes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>Select a team first.</source>
        <translation>Sélectionnez d’abord une équipe.</translation>
    </message>
    <message>
        <source>Select an occurrence to run first.</source>
        <translation>Sélectionnez d’abord l’occurrence à animer.</translation>
    </message>
    <message>
        <source>Select a retrospective first.</source>
        <translation>Sélectionnez d’abord une rétrospective.</translation>
    </message>
    <message>
        <source>Only a retrospective has a board.</source>
        <translation>Seule une rétrospective a un tableau.</translation>
    </message>
    <message>
        <source>This meeting cannot be run.</source>
        <translation>Cette réunion ne peut pas être animée.</translation>
    </message>
    <message>
        <source>Minutes written to %1</source>
        <translation>Compte rendu écrit dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n événement exporté dans %1</numerusform>
            <numerusform>%n événements exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendrier exporté</translation>
    </message>
    <message>
        <source>About RitualDesk</source>
        <translation>À propos de RitualDesk</translation>
    </message>
    <message>
        <source>RitualDesk keeps a scrum team&apos;s rituals offline: stand-ups, planning, reviews, retrospectives, with a fair facilitator rotation and action items.</source>
        <translation>RitualDesk tient les rituels d’une équipe Scrum hors ligne&#xa0;: mêlées quotidiennes, planifications, revues, rétrospectives, avec un tour d’animation équitable et le suivi des actions.</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Members of %1</source>
        <translation>Membres de %1</translation>
    </message>
    <message>
        <source>Ne&amp;w member</source>
        <translation>Nouveau &amp;membre</translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation>Su&amp;pprimer le membre</translation>
    </message>
    <message>
        <source>Only a member with no history: someone who facilitated or owns action items gets a leave date instead</source>
        <translation>Seulement un membre sans historique&#xa0;: à qui a animé ou porte des actions, donnez plutôt une date de départ</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>s&amp;ince</source>
        <translation>&amp;depuis</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Save member</source>
        <translation>Enre&amp;gistrer le membre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Arrivée&#xa0;:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Départ&#xa0;:</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Add absence</source>
        <translation>&amp;Ajouter l’absence</translation>
    </message>
    <message>
        <source>Re&amp;move absence</source>
        <translation>&amp;Supprimer l’absence</translation>
    </message>
    <message>
        <source>Left the team on %1</source>
        <translation>A quitté l’équipe le %1</translation>
    </message>
    <message>
        <source>this new member</source>
        <translation>ce nouveau membre</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Un membre a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The team already has a member with this name.</source>
        <translation>L’équipe a déjà un membre de ce nom.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A member cannot leave before joining.</source>
        <translation>Un membre ne peut pas partir avant d’être arrivé.</translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>An absence cannot end before it starts.</source>
        <translation>Une absence ne peut pas finir avant de commencer.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n absence(s)</source>
        <translation>
            <numerusform>Supprimer %n absence</numerusform>
            <numerusform>Supprimer %n absences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Everyone added here takes turns facilitating. You can change this later.</source>
        <translation>Chaque personne ajoutée ici anime à son tour. Vous pourrez le changer plus tard.</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Which of them are you?</source>
        <translation>&amp;Lequel d’entre eux êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>RitualDesk then reminds you before the rituals you attend, and more strongly before those you facilitate.</source>
        <translation>RitualDesk vous rappelle alors les rituels auxquels vous participez, et plus fortement ceux que vous animez.</translation>
    </message>
    <message>
        <source>None of them (no reminders)</source>
        <translation>Aucun (pas de rappels)</translation>
    </message>
</context>
<context>
    <name>MinutesExport</name>
    <message>
        <source>Export minutes</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <source>The selected &amp;occurrence</source>
        <translation>L’&amp;occurrence sélectionnée</translation>
    </message>
    <message>
        <source>Every ritual of a &amp;sprint</source>
        <translation>Tous les rituels d’un &amp;sprint</translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>aucune sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Équipe&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;print:</source>
        <translation>S&amp;print&#xa0;:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month calendar</source>
        <translation>Calendrier du mois</translation>
    </message>
    <message numerus="yes">
        <source>%n away</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
</context>
<context>
    <name>OccurrencePanel</name>
    <message>
        <source>Select an occurrence to see its details.</source>
        <translation>Sélectionnez une occurrence pour en voir le détail.</translation>
    </message>
    <message>
        <source>Record that it took place</source>
        <translation>Noter qu’elle a eu lieu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Cancel this occurrence: it consumes nobody&apos;s turn</source>
        <translation>Annuler cette occurrence&#xa0;: elle ne compte pour le tour de personne</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Réacti&amp;ver</translation>
    </message>
    <message>
        <source>Make it planned again</source>
        <translation>La remettre au programme</translation>
    </message>
    <message>
        <source>▶ R&amp;un…</source>
        <translation>▶ A&amp;nimer…</translation>
    </message>
    <message>
        <source>Run the meeting: attendance, speaking order, timeboxes (F5)</source>
        <translation>Animer la réunion&#xa0;: présences, ordre de parole, temps impartis (F5)</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Déplacer au&#xa0;:</translation>
    </message>
    <message>
        <source>New local start, in the team&apos;s time zone</source>
        <translation>Nouveau début, à l’heure du fuseau de l’équipe</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>The member to set as facilitator or to swap with</source>
        <translation>Le membre à désigner comme animateur ou avec qui échanger</translation>
    </message>
    <message>
        <source>Mem&amp;ber:</source>
        <translation>Mem&amp;bre&#xa0;:</translation>
    </message>
    <message>
        <source>Make the chosen member facilitate this one, with a reason</source>
        <translation>Faire animer celle-ci par le membre choisi, avec un motif</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>Éc&amp;hanger</translation>
    </message>
    <message>
        <source>The chosen member takes this turn; the due one takes theirs</source>
        <translation>Le membre choisi prend ce tour&#xa0;; celui qui devait animer prendra le sien</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>The due member goes to the back of the line</source>
        <translation>Le membre prévu passe en fin de file</translation>
    </message>
    <message>
        <source>&amp;Defer</source>
        <translation>Rep&amp;orter</translation>
    </message>
    <message>
        <source>The due member skips this one and stays next</source>
        <translation>Le membre prévu saute celle-ci et reste le suivant</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Remove the override: the rotation decides again</source>
        <translation>Retirer la désignation&#xa0;: le tour d’animation décide à nouveau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Minutes, decisions, ideas… (saved when you leave the field)</source>
        <translation>Compte rendu, décisions, idées… (enregistrés quand vous quittez le champ)</translation>
    </message>
    <message>
        <source>Insert a retrospective format into the notes</source>
        <translation>Insérer un format de rétrospective dans les notes</translation>
    </message>
    <message>
        <source>&amp;Insert a format…</source>
        <translation>In&amp;sérer un format…</translation>
    </message>
    <message>
        <source>Mar&amp;k held</source>
        <translation>Marq&amp;uer tenue</translation>
    </message>
    <message>
        <source>M&amp;ove</source>
        <translation>Dépla&amp;cer</translation>
    </message>
    <message>
        <source>No notes (this database cannot be written)</source>
        <translation>Pas de notes (cette base ne peut pas être modifiée)</translation>
    </message>
    <message>
        <source>This database cannot be written: its notes can be read, not changed.</source>
        <translation>Cette base ne peut pas être modifiée&#xa0;: ses notes se lisent, elles ne se changent pas.</translation>
    </message>
    <message>
        <source>Action items from this occurrence</source>
        <translation>Actions issues de cette occurrence</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Nouvelle action…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner of the new action</source>
        <translation>Responsable de la nouvelle action</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due date of the new action</source>
        <translation>Échéance de la nouvelle action</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it.</source>
        <translation>Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <source>e.g. Ana is presenting</source>
        <translation>p. ex. Ana présente</translation>
    </message>
    <message>
        <source>Wh&amp;y:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>Fi&amp;xer</translation>
    </message>
    <message>
        <source>This meeting is running in run mode: its notes are there; what you save here joins them.</source>
        <translation>Cette réunion est en cours dans la fenêtre d’animation&#xa0;: ses notes y sont&#xa0;; ce que vous enregistrez ici les rejoint.</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>Enre&amp;gistrer les notes</translation>
    </message>
    <message>
        <source>Mark do&amp;ne</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Mark the selected actions done</source>
        <translation>Marquer faites les actions sélectionnées</translation>
    </message>
    <message>
        <source>Carried over from earlier rituals</source>
        <translation>Reportées des rituels précédents</translation>
    </message>
    <message>
        <source>Review each open action: keep it for the next retrospective, or close it.</source>
        <translation>Passez en revue chaque action ouverte&#xa0;: gardez-la pour la prochaine rétrospective, ou clôturez-la.</translation>
    </message>
    <message>
        <source>Actions carried over</source>
        <translation>Actions reportées</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Still relevant: carry it to the next retrospective</source>
        <translation>Toujours d’actualité&#xa0;: la reporter à la prochaine rétrospective</translation>
    </message>
    <message>
        <source>Keep the selected carried-over actions (retrospective)</source>
        <translation>Garder les actions reportées sélectionnées (rétrospective)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>It was done</source>
        <translation>Elle a été faite</translation>
    </message>
    <message>
        <source>Close the selected carried-over actions as done</source>
        <translation>Clore comme faites les actions reportées sélectionnées</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>No longer worth doing</source>
        <translation>Ne vaut plus la peine</translation>
    </message>
    <message>
        <source>Drop the selected carried-over actions</source>
        <translation>Abandonner les actions reportées sélectionnées</translation>
    </message>
    <message>
        <source>This occurrence no longer exists.</source>
        <translation>Cette occurrence n’existe plus.</translation>
    </message>
    <message>
        <source> · Sprint %1</source>
        <translation> · Sprint %1</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Déplacée du %1</translation>
    </message>
    <message>
        <source>Nobody: the occurrence is cancelled.</source>
        <translation>Personne&#xa0;: l’occurrence est annulée.</translation>
    </message>
    <message>
        <source>Nobody is available.</source>
        <translation>Personne n’est disponible.</translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>It cannot be marked held before its day</source>
        <translation>Elle ne peut pas être marquée tenue avant son jour</translation>
    </message>
    <message>
        <source>It can be run from its day on</source>
        <translation>Elle peut être animée à partir de son jour</translation>
    </message>
    <message>
        <source>A held occurrence took place: it stays as recorded</source>
        <translation>Une occurrence tenue a eu lieu&#xa0;: elle reste telle qu’enregistrée</translation>
    </message>
    <message>
        <source>Move to (%1 time):</source>
        <translation>Déplacer au (heure %1)&#xa0;:</translation>
    </message>
    <message>
        <source>Move occurrence</source>
        <translation>Déplacer l’occurrence</translation>
    </message>
    <message>
        <source>%1 already meets on %2 at %3.</source>
        <translation>%1 a déjà lieu le %2 à %3.</translation>
    </message>
    <message>
        <source>Move this one there too? (You may cancel one of them instead.)</source>
        <translation>La déplacer là aussi&#xa0;? (Vous pouvez plutôt annuler l’une des deux.)</translation>
    </message>
    <message>
        <source>The due date is not a date: type it as 2026-11-30, or leave it empty.</source>
        <translation>L’échéance n’est pas une date&#xa0;: tapez-la comme 2026-11-30, ou laissez vide.</translation>
    </message>
    <message>
        <source>Complete actions</source>
        <translation>Terminer les actions</translation>
    </message>
</context>
<context>
    <name>PhasesDialog</name>
    <message>
        <source>Phases of %1</source>
        <translation>Étapes de %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a phase&apos;s minutes</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>no timebox</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Each &amp;speaker:</source>
        <translation>Chaque &amp;intervenant&#xa0;:</translation>
    </message>
    <message>
        <source>%1 min in all; the ritual lasts %2 min.</source>
        <translation>%1&#xa0;min en tout&#xa0;; le rituel dure %2&#xa0;min.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish calendars</source>
        <translation>Publier les calendriers</translation>
    </message>
    <message>
        <source>Writes one calendar per team and per member into a folder that teammates subscribe to (a shared or synced folder). A feed is rewritten only when it changed.</source>
        <translation>Écrit un calendrier par équipe et par membre dans un dossier auquel les coéquipiers s’abonnent (un dossier partagé ou synchronisé). Un calendrier n’est réécrit que s’il a changé.</translation>
    </message>
    <message>
        <source>A folder, e.g. on a shared drive</source>
        <translation>Un dossier, par exemple sur un lecteur partagé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Add the action items as to-dos</source>
        <translation>Ajouter les actions comme tâches</translation>
    </message>
    <message>
        <source>Publish after each change (in the background, to this folder)</source>
        <translation>Publier après chaque modification (en arrière-plan, dans ce dossier)</translation>
    </message>
    <message>
        <source>Feed and events</source>
        <translation>Calendrier et événements</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>P&amp;ublier</translation>
    </message>
    <message>
        <source>Publish into</source>
        <translation>Publier dans</translation>
    </message>
    <message>
        <source>Choose the folder to publish into.</source>
        <translation>Choisissez le dossier où publier.</translation>
    </message>
    <message>
        <source>Tick at least one team.</source>
        <translation>Cochez au moins une équipe.</translation>
    </message>
    <message>
        <source>Comparing with what was last published…</source>
        <translation>Comparaison avec la dernière publication…</translation>
    </message>
    <message>
        <source>%1 is the feed of a renamed team or member under its earlier name (now %2): it is kept up to date so that its subscribers keep their calendar; remove it from the folder once nobody subscribes to it.</source>
        <translation>%1 est le calendrier d’une équipe ou d’un membre renommé, sous son ancien nom (désormais %2)&#xa0;: il est tenu à jour pour que ses abonnés gardent leur agenda&#xa0;; retirez-le du dossier quand plus personne ne s’y abonne.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirés</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) will change for their subscribers.</source>
        <translation>
            <numerusform>%n calendrier changera pour ses abonnés.</numerusform>
            <numerusform>%n calendriers changeront pour leurs abonnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every feed is up to date.</source>
        <translation>Tous les calendriers sont à jour.</translation>
    </message>
    <message>
        <source>%1 — team or member gone: emptied, %2 removed</source>
        <translation>%1 — équipe ou membre plus là&#xa0;: vidé, %2 retiré(s)</translation>
    </message>
    <message>
        <source>%1 — no change</source>
        <translation>%1 — aucun changement</translation>
    </message>
    <message>
        <source>%1 — %2 added, %3 changed, %4 removed</source>
        <translation>%1 — %2 ajoutés, %3 modifiés, %4 retirés</translation>
    </message>
    <message>
        <source> (first publication)</source>
        <translation> (première publication)</translation>
    </message>
    <message>
        <source> (earlier name of %1)</source>
        <translation> (ancien nom de %1)</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) rewritten</source>
        <translation>
            <numerusform>%n calendrier réécrit</numerusform>
            <numerusform>%n calendriers réécrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) published in %1</source>
        <translation>
            <numerusform>%n calendrier publié dans %1</numerusform>
            <numerusform>%n calendriers publiés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) emptied, their team or member gone (%1)</source>
        <translation>
            <numerusform>%n calendrier vidé, son équipe ou son membre n’étant plus là (%1)</numerusform>
            <numerusform>%n calendriers vidés, leur équipe ou leur membre n’étant plus là (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) kept up to date under an earlier name, for their subscribers (%1)</source>
        <translation>
            <numerusform>%n calendrier tenu à jour sous un ancien nom, pour ses abonnés (%1)</numerusform>
            <numerusform>%n calendriers tenus à jour sous un ancien nom, pour leurs abonnés (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone, not being what this database published there: %1</source>
        <translation>Laissé(s) tel(s) quel(s), n’étant pas ce que cette base y a publié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database cannot be written, so this publication is not recorded in it.</source>
        <translation>La base ne peut pas être modifiée, cette publication n’y est donc pas enregistrée.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Snooze 5 min</source>
        <translation>&amp;Rappeler dans 5 min</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>You facilitate %1&apos;s %2 in %n minute(s)</source>
        <translation>
            <numerusform>Vous animez «&#xa0;%2&#xa0;» (%1) dans %n minute</numerusform>
            <numerusform>Vous animez «&#xa0;%2&#xa0;» (%1) dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s %2 starts in %n minute(s)</source>
        <translation>
            <numerusform>«&#xa0;%2&#xa0;» (%1) commence dans %n minute</numerusform>
            <numerusform>«&#xa0;%2&#xa0;» (%1) commence dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Tomorrow you facilitate %1&apos;s %2 at %3</source>
        <translation>Demain, vous animez «&#xa0;%2&#xa0;» (%1) à %3</translation>
    </message>
    <message>
        <source>Tomorrow: %1&apos;s %2 at %3</source>
        <translation>Demain&#xa0;: «&#xa0;%2&#xa0;» (%1) à %3</translation>
    </message>
    <message>
        <source>Today you facilitate %1&apos;s %2 at %3</source>
        <translation>Aujourd’hui, vous animez «&#xa0;%2&#xa0;» (%1) à %3</translation>
    </message>
    <message>
        <source>Today: %1&apos;s %2 at %3</source>
        <translation>Aujourd’hui&#xa0;: «&#xa0;%2&#xa0;» (%1) à %3</translation>
    </message>
    <message>
        <source>You facilitate %1&apos;s %2 on %3</source>
        <translation>Vous animez «&#xa0;%2&#xa0;» (%1) le %3</translation>
    </message>
    <message>
        <source>%1&apos;s %2 on %3</source>
        <translation>«&#xa0;%2&#xa0;» (%1) le %3</translation>
    </message>
    <message>
        <source>RitualDesk</source>
        <translation>RitualDesk</translation>
    </message>
    <message>
        <source>&amp;Show RitualDesk</source>
        <translation>&amp;Afficher RitualDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Your turn to facilitate</source>
        <translation>À vous d’animer</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Bientôt</translation>
    </message>
    <message>
        <source>RitualDesk keeps running</source>
        <translation>RitualDesk reste ouvert</translation>
    </message>
    <message>
        <source>Reminders still come. Quit from this icon&apos;s menu.</source>
        <translation>Les rappels continuent. Quittez depuis le menu de cette icône.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>&amp;Remind me before the rituals I attend</source>
        <translation>&amp;Me rappeler les rituels auxquels je participe</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Rester dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n’a pas de zone de notification.</translation>
    </message>
    <message>
        <source>Nobody (no reminders)</source>
        <translation>Personne (aucun rappel)</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>Je suis&#xa0;:</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min avant</translation>
    </message>
    <message>
        <source>No team yet.</source>
        <translation>Pas encore d’équipe.</translation>
    </message>
    <message>
        <source>This database cannot be written: who you are and how long before each ritual can be changed only where it can be.</source>
        <translation>Cette base ne peut pas être modifiée&#xa0;: qui vous êtes et combien de temps avant chaque rituel ne se changent que là où elle peut l’être.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Who you are and how long before each ritual were not saved.</source>
        <translation>Qui vous êtes et combien de temps avant chaque rituel n’ont pas été enregistrés.</translation>
    </message>
</context>
<context>
    <name>RetroBoard</name>
    <message>
        <source>Start / Stop / Continue</source>
        <translation>Commencer / Arrêter / Continuer</translation>
    </message>
    <message>
        <source>Mad / Sad / Glad</source>
        <translation>Fâché / Triste / Content</translation>
    </message>
    <message>
        <source>4Ls (Liked, Learned, Lacked, Longed for)</source>
        <translation>4L (aimé, appris, manqué, souhaité)</translation>
    </message>
    <message>
        <source>Sailboat (wind, anchor, rocks, island)</source>
        <translation>Voilier (vent, ancre, rochers, île)</translation>
    </message>
    <message>
        <source>Starfish (keep, more, less, stop, start)</source>
        <translation>Étoile de mer (garder, plus, moins, arrêter, commencer)</translation>
    </message>
    <message>
        <source>DAKI (drop, add, keep, improve)</source>
        <translation>DAKI (abandonner, ajouter, garder, améliorer)</translation>
    </message>
    <message>
        <source>KALM (keep, add, less, more)</source>
        <translation>KALM (garder, ajouter, moins, plus)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Mad</source>
        <translation>Fâché</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Triste</translation>
    </message>
    <message>
        <source>Glad</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>Aimé</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Appris</translation>
    </message>
    <message>
        <source>Lacked</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Longed for</source>
        <translation>Souhaité</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Vent</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ancre</translation>
    </message>
    <message>
        <source>Rocks</source>
        <translation>Rochers</translation>
    </message>
    <message>
        <source>Island</source>
        <translation>Île</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Improve</source>
        <translation>Améliorer</translation>
    </message>
    <message>
        <source>Retrospective board: %1</source>
        <translation>Tableau de la rétrospective&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;1. Open actions</source>
        <translation>&amp;1. Actions en cours</translation>
    </message>
    <message>
        <source>&amp;2. Cards and votes</source>
        <translation>&amp;2. Cartes et votes</translation>
    </message>
    <message>
        <source>&amp;3. Discussion</source>
        <translation>&amp;3. Discussion</translation>
    </message>
    <message>
        <source>Vote for the selected card</source>
        <translation>Voter pour la carte sélectionnée</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Retirer un vote</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Save a &amp;custom format…</source>
        <translation>Enregistrer un format &amp;personnalisé…</translation>
    </message>
    <message>
        <source>Votes per person</source>
        <translation>Votes par personne</translation>
    </message>
    <message>
        <source>&amp;Votes each:</source>
        <translation>&amp;Votes chacun&#xa0;:</translation>
    </message>
    <message>
        <source>Who votes</source>
        <translation>Qui vote</translation>
    </message>
    <message>
        <source>Vo&amp;ting:</source>
        <translation>&amp;Qui vote&#xa0;:</translation>
    </message>
    <message>
        <source>Author of new cards</source>
        <translation>Auteur des nouvelles cartes</translation>
    </message>
    <message>
        <source>No author</source>
        <translation>Sans auteur</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>Edit the selected card</source>
        <translation>Modifier la carte sélectionnée</translation>
    </message>
    <message>
        <source>First, the actions carried over from earlier rituals: keep each one for the next retrospective, or close it.</source>
        <translation>D’abord, les actions reportées des rituels précédents&#xa0;: gardez chacune pour la prochaine rétrospective, ou clôturez-la.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Fa&amp;ite</translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>A card… (Enter)</source>
        <translation>Une carte… (Entrée)</translation>
    </message>
    <message>
        <source>New card in %1</source>
        <translation>Nouvelle carte dans %1</translation>
    </message>
    <message>
        <source>Most votes first: discuss from the top, turn what the team decides into actions.</source>
        <translation>Les plus votées d’abord&#xa0;: discutez depuis le haut, faites des actions de ce que l’équipe décide.</translation>
    </message>
    <message>
        <source>One of the voter&apos;s dots on the selected card (Ctrl+Up, or double-click)</source>
        <translation>Un des points du votant sur la carte sélectionnée (Ctrl+Haut, ou double-clic)</translation>
    </message>
    <message>
        <source>Take back one of the voter&apos;s dots (Ctrl+Down)</source>
        <translation>Retirer un des points du votant (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Group under</source>
        <translation>Regrouper sous</translation>
    </message>
    <message>
        <source>&amp;Group under</source>
        <translation>&amp;Regrouper sous</translation>
    </message>
    <message>
        <source>Put the selected card under the card chosen beside</source>
        <translation>Mettre la carte sélectionnée sous la carte choisie à côté</translation>
    </message>
    <message>
        <source>Ungrou&amp;p</source>
        <translation>Dégr&amp;ouper</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected card&apos;s text (F2)</source>
        <translation>Changer le texte de la carte sélectionnée (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Owner of the action</source>
        <translation>Responsable de l’action</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>+1 v&amp;ote</source>
        <translation>+1 vo&amp;te</translation>
    </message>
    <message>
        <source>−1 vot&amp;e</source>
        <translation>−1 vot&amp;e</translation>
    </message>
    <message>
        <source>→ &amp;Action</source>
        <translation>→ &amp;Action</translation>
    </message>
    <message>
        <source>Make the selected card an action item with this owner and due date</source>
        <translation>Faire de la carte choisie une action avec ce responsable et cette échéance</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) left</source>
        <translation>
            <numerusform>%n vote restant</numerusform>
            <numerusform>%n votes restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose retrospective format</source>
        <translation>Choisir le format de rétrospective</translation>
    </message>
    <message>
        <source>Custom format</source>
        <translation>Format personnalisé</translation>
    </message>
    <message>
        <source>Name of the format:</source>
        <translation>Nom du format&#xa0;:</translation>
    </message>
    <message>
        <source>Its columns, separated by commas:</source>
        <translation>Ses colonnes, séparées par des virgules&#xa0;:</translation>
    </message>
    <message>
        <source>Save format</source>
        <translation>Enregistrer le format</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Group cards</source>
        <translation>Regrouper des cartes</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Carte&#xa0;:</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Supprimer une carte</translation>
    </message>
    <message>
        <source>The due date is not a date: type it as 2026-11-30, or leave it empty.</source>
        <translation>L’échéance n’est pas une date&#xa0;: tapez-la comme 2026-11-30, ou laissez-la vide.</translation>
    </message>
    <message>
        <source>Card to action</source>
        <translation>Carte en action</translation>
    </message>
</context>
<context>
    <name>RitualEditor</name>
    <message>
        <source>New ritual</source>
        <translation>Nouveau rituel</translation>
    </message>
    <message>
        <source>Edit ritual</source>
        <translation>Modifier le rituel</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>&amp;ends on</source>
        <translation>&amp;jusqu’au</translation>
    </message>
    <message>
        <source>Room or video link</source>
        <translation>Salle ou lien de visio</translation>
    </message>
    <message>
        <source>Facilitators, in rotation order</source>
        <translation>Animateurs, dans l’ordre du tour</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Past facilitations are never rewritten</source>
        <translation>Les animations passées ne sont jamais réécrites</translation>
    </message>
    <message>
        <source>Tick who takes turns; drag or use Alt+Up/Down to reorder.</source>
        <translation>Cochez qui anime à tour de rôle&#xa0;; glissez ou utilisez Alt+Haut/Bas pour réordonner.</translation>
    </message>
    <message>
        <source>Roster changes apply &amp;from:</source>
        <translation>Le changement d’animateurs s’applique à &amp;partir du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>À l’&amp;heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Starts &amp;on:</source>
        <translation>&amp;Commence le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>Ordre du jo&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Delete r&amp;itual…</source>
        <translation>&amp;Supprimer le rituel…</translation>
    </message>
    <message>
        <source>Delete this ritual with every occurrence of it; Edit › Undo brings it back</source>
        <translation>Supprimer ce rituel avec toutes ses occurrences&#xa0;; Édition › Annuler le rétablit</translation>
    </message>
    <message>
        <source>A ritual needs a title.</source>
        <translation>Un rituel a besoin d’un titre.</translation>
    </message>
    <message numerus="yes">
        <source>A sprint of this team has only %n working day(s).</source>
        <translation>
            <numerusform>Un sprint de cette équipe n’a que %n jour ouvré.</numerusform>
            <numerusform>Un sprint de cette équipe n’a que %n jours ouvrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>A ritual cannot end before it starts.</source>
        <translation>Un rituel ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>Tick at least one facilitator.</source>
        <translation>Cochez au moins un animateur.</translation>
    </message>
    <message>
        <source>The ritual was not saved: nothing of this edit was kept. It is still here, to try again.</source>
        <translation>Le rituel n’a pas été enregistré&#xa0;: rien de cette modification n’a été gardé. Elle est toujours là, pour réessayer.</translation>
    </message>
</context>
<context>
    <name>RitualsPage</name>
    <message>
        <source>Rituals</source>
        <translation>Rituels</translation>
    </message>
    <message>
        <source>Tick the rituals the team holds; times are in the team&apos;s time zone.</source>
        <translation>Cochez les rituels que tient l’équipe&#xa0;; les heures sont celles de son fuseau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ritual&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rituel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;When&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Heure&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Minutes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Minutes&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RunMode</name>
    <message>
        <source>Round of speakers</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Météo d’équipe</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Gather</source>
        <translation>Collecte</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>New actions</source>
        <translation>Nouvelles actions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Sprint goal</source>
        <translation>Objectif du sprint</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Select items</source>
        <translation>Choix des éléments</translation>
    </message>
    <message>
        <source>Plan the work</source>
        <translation>Découpage du travail</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Suites</translation>
    </message>
    <message>
        <source>Backlog review</source>
        <translation>Revue du backlog</translation>
    </message>
    <message>
        <source>Refine items</source>
        <translation>Affinage des éléments</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
</context>
<context>
    <name>RunWindow</name>
    <message>
        <source>Run: %1</source>
        <translation>Animation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time left in the whole meeting</source>
        <translation>Temps restant pour toute la réunion</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Mark held, keep the notes, times and attendance (Ctrl+Enter)</source>
        <translation>Marquer tenue, garder les notes, les heures et les présences (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Stop every clock until Resume (the meeting is interrupted)</source>
        <translation>Arrêter toutes les horloges jusqu’à la reprise (la réunion est interrompue)</translation>
    </message>
    <message>
        <source>Start o&amp;ver…</source>
        <translation>Rec&amp;ommencer…</translation>
    </message>
    <message>
        <source>Start the clocks again from now (a meeting opened ahead of time); attendance, order, notes and parking lot stay</source>
        <translation>Relancer les chronomètres à partir de maintenant (une réunion ouverte en avance)&#xa0;; présences, ordre, notes et parking restent</translation>
    </message>
    <message>
        <source>Export &amp;minutes…</source>
        <translation>Exporter le &amp;compte rendu…</translation>
    </message>
    <message>
        <source>The minutes of this meeting, as PDF or Markdown</source>
        <translation>Le compte rendu de cette réunion, en PDF ou Markdown</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Intervenant suivant</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Finish the meeting</source>
        <translation>Terminer la réunion</translation>
    </message>
    <message>
        <source>Extend the phase by 2 minutes</source>
        <translation>Prolonger l’étape de 2&#xa0;minutes</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Plein écran ou fenêtre</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Time left in this phase</source>
        <translation>Temps restant pour cette étape</translation>
    </message>
    <message>
        <source>&amp;Skip / next phase</source>
        <translation>&amp;Passer / étape suivante</translation>
    </message>
    <message>
        <source>Go to the next phase (Ctrl+Right)</source>
        <translation>Aller à l’étape suivante (Ctrl+Droite)</translation>
    </message>
    <message>
        <source>+&amp;2 min</source>
        <translation>+&amp;2&#xa0;min</translation>
    </message>
    <message>
        <source>Give this phase two more minutes (Ctrl++)</source>
        <translation>Donner deux minutes de plus à cette étape (Ctrl++)</translation>
    </message>
    <message>
        <source>P&amp;hases…</source>
        <translation>Étap&amp;es…</translation>
    </message>
    <message>
        <source>Minutes of each phase and the speaker&apos;s timebox, for this ritual</source>
        <translation>Durée de chaque étape et temps de parole, pour ce rituel</translation>
    </message>
    <message>
        <source>Retrospective &amp;board…</source>
        <translation>Ta&amp;bleau de la rétrospective…</translation>
    </message>
    <message>
        <source>Open actions, cards, dot votes and discussion (Ctrl+B)</source>
        <translation>Actions en cours, cartes, votes par points et discussion (Ctrl+B)</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Prise de parole</translation>
    </message>
    <message>
        <source>Time left for this speaker</source>
        <translation>Temps restant pour cet intervenant</translation>
    </message>
    <message>
        <source>&amp;Next speaker (Space)</source>
        <translation>Intervenant &amp;suivant (Espace)</translation>
    </message>
    <message>
        <source>Speaking order</source>
        <translation>Ordre de parole</translation>
    </message>
    <message>
        <source>Random order</source>
        <translation>Ordre tiré au sort</translation>
    </message>
    <message>
        <source>Roster order</source>
        <translation>Ordre de la rotation</translation>
    </message>
    <message>
        <source>No order (walk the board)</source>
        <translation>Sans ordre (on parcourt le tableau)</translation>
    </message>
    <message>
        <source>Facilitator speaks &amp;last</source>
        <translation>L’animateur parle en &amp;dernier</translation>
    </message>
    <message>
        <source>Re&amp;draw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Draw the speaking order again</source>
        <translation>Tirer l’ordre de parole à nouveau</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Decisions, blockers… (saved as you type)</source>
        <translation>Décisions, blocages… (enregistré au fil de la frappe)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>A topic for later… (Enter)</source>
        <translation>Un sujet pour plus tard… (Entrée)</translation>
    </message>
    <message>
        <source>Owner of the action</source>
        <translation>Responsable de l’action</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Due date of the action</source>
        <translation>Échéance de l’action</translation>
    </message>
    <message>
        <source>→ &amp;Action</source>
        <translation>→ &amp;Action</translation>
    </message>
    <message>
        <source>Make the selected note an action item with this owner and due date</source>
        <translation>Faire de la note choisie une action avec ce responsable et cette échéance</translation>
    </message>
    <message>
        <source>Away that day (absence recorded)</source>
        <translation>Absent ce jour-là (absence enregistrée)</translation>
    </message>
    <message>
        <source>  → action</source>
        <translation>  → action</translation>
    </message>
    <message>
        <source>Everyone has spoken</source>
        <translation>Tout le monde a parlé</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Repre&amp;ndre</translation>
    </message>
    <message>
        <source>Finished at %1: the occurrence is marked held.</source>
        <translation>Terminée à %1&#xa0;: l’occurrence est marquée tenue.</translation>
    </message>
    <message>
        <source>This occurrence was cancelled meanwhile: restore it to finish the meeting (nothing typed here is lost).</source>
        <translation>Cette occurrence a été annulée entre-temps&#xa0;: rétablissez-la pour terminer la réunion (rien de ce qui est saisi ici n’est perdu).</translation>
    </message>
    <message>
        <source>This occurrence was moved to %1: its meeting can be finished from that day on (nothing typed here is lost).</source>
        <translation>Cette occurrence a été déplacée au %1&#xa0;: sa réunion pourra être terminée à partir de ce jour-là (rien de ce qui est saisi ici n’est perdu).</translation>
    </message>
    <message>
        <source>Paused at %1: the clocks stand still until Resume.</source>
        <translation>En pause depuis %1&#xa0;: les horloges sont arrêtées jusqu’à la reprise.</translation>
    </message>
    <message>
        <source>Saved as you go: closing this window loses nothing.</source>
        <translation>Enregistré au fur et à mesure&#xa0;: fermer cette fenêtre ne perd rien.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start the meeting over from now?</source>
        <translation>Recommencer la réunion à partir de maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Its clocks start again at the first phase and the first speaker. Attendance, speaking order, notes and parking lot stay as they are.</source>
        <translation>Ses chronomètres repartent à la première étape et au premier intervenant. Les présences, l’ordre de parole, les notes et le parking restent tels quels.</translation>
    </message>
    <message>
        <source>Change phases</source>
        <translation>Modifier les étapes</translation>
    </message>
    <message>
        <source>The due date is not a date: type it as 2026-11-30, or leave it empty.</source>
        <translation>L’échéance n’est pas une date&#xa0;: tapez-la comme 2026-11-30, ou laissez-la vide.</translation>
    </message>
    <message>
        <source>Finish meeting</source>
        <translation>Terminer la réunion</translation>
    </message>
</context>
<context>
    <name>ScheduleFields</name>
    <message>
        <source>Every working day</source>
        <translation>Chaque jour ouvré</translation>
    </message>
    <message>
        <source>Weekly, on chosen days</source>
        <translation>Chaque semaine, les jours choisis</translation>
    </message>
    <message>
        <source>Monthly, on a day of the month</source>
        <translation>Chaque mois, un jour du mois</translation>
    </message>
    <message>
        <source>Monthly, on a weekday of the month</source>
        <translation>Chaque mois, un jour de la semaine</translation>
    </message>
    <message>
        <source>On a day of each sprint</source>
        <translation>Un jour de chaque sprint</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une seule fois</translation>
    </message>
    <message>
        <source>Public holidays and non-working days are skipped.</source>
        <translation>Les jours fériés et non ouvrés sont sautés.</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Deuxième</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>Troisième</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>Quatrième</translation>
    </message>
    <message>
        <source>Fifth</source>
        <translation>Cinquième</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>First working day</source>
        <translation>Premier jour ouvré</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>Dernier jour ouvré</translation>
    </message>
    <message>
        <source>Working day number…</source>
        <translation>Jour ouvré numéro…</translation>
    </message>
    <message>
        <source>Working day from the end…</source>
        <translation>Jour ouvré avant la fin…</translation>
    </message>
    <message>
        <source>The weeks or months are counted from this one</source>
        <translation>Les semaines ou les mois sont comptés à partir de celui-ci</translation>
    </message>
    <message>
        <source>counted from</source>
        <translation>à partir de</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Il n’a pas lieu</translation>
    </message>
    <message>
        <source>Move it to the working day before</source>
        <translation>Il passe au jour ouvré précédent</translation>
    </message>
    <message>
        <source>Move it to the working day after</source>
        <translation>Il passe au jour ouvré suivant</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Répétition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>On a &amp;holiday:</source>
        <translation>Un jour &amp;férié&#xa0;:</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semaine(s)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>counted from the week of</source>
        <translation>à partir de la semaine du</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Mark held</source>
        <translation>Marquer tenue</translation>
    </message>
    <message>
        <source>Cancel occurrence</source>
        <translation>Annuler l’occurrence</translation>
    </message>
    <message>
        <source>Restore occurrence</source>
        <translation>Rétablir l’occurrence</translation>
    </message>
    <message>
        <source>Move occurrence</source>
        <translation>Déplacer l’occurrence</translation>
    </message>
    <message>
        <source>Change facilitator</source>
        <translation>Changer d’animateur</translation>
    </message>
    <message>
        <source>Clear override</source>
        <translation>Effacer la désignation</translation>
    </message>
    <message>
        <source>Swap turns</source>
        <translation>Échanger les tours</translation>
    </message>
    <message>
        <source>Pass turn</source>
        <translation>Passer son tour</translation>
    </message>
    <message>
        <source>Defer turn</source>
        <translation>Reporter le tour</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Review actions</source>
        <translation>Passer en revue les actions</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Modifier l’équipe</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>Add absence</source>
        <translation>Ajouter une absence</translation>
    </message>
    <message>
        <source>Remove absence</source>
        <translation>Supprimer l’absence</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Supprimer l’équipe</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Supprimer le membre</translation>
    </message>
    <message>
        <source>Delete ritual</source>
        <translation>Supprimer le rituel</translation>
    </message>
    <message>
        <source>Add ritual</source>
        <translation>Ajouter un rituel</translation>
    </message>
    <message>
        <source>Edit ritual</source>
        <translation>Modifier le rituel</translation>
    </message>
    <message>
        <source>Change roster</source>
        <translation>Changer les animateurs</translation>
    </message>
    <message>
        <source>Edit sprint</source>
        <translation>Modifier le sprint</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Créer l’équipe</translation>
    </message>
    <message>
        <source>Add demo data</source>
        <translation>Ajouter des données de démonstration</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Everywhere in the main window</source>
        <translation>Partout dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Vue de la semaine</translation>
    </message>
    <message>
        <source>Select the previous / next ritual</source>
        <translation>Sélectionner le rituel précédent / suivant</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Haut / Bas</translation>
    </message>
    <message>
        <source>Select the nearest ritual on the previous / next day</source>
        <translation>Sélectionner le rituel le plus proche la veille / le lendemain</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Gauche / Droite</translation>
    </message>
    <message>
        <source>Move the selected ritual by 15 minutes</source>
        <translation>Déplacer le rituel sélectionné de 15 minutes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up / Down</source>
        <translation>Ctrl+Maj+Haut / Bas</translation>
    </message>
    <message>
        <source>Move the selected ritual by a day</source>
        <translation>Déplacer le rituel sélectionné d’un jour</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left / Right</source>
        <translation>Ctrl+Maj+Gauche / Droite</translation>
    </message>
    <message>
        <source>Open the selected ritual</source>
        <translation>Ouvrir le rituel sélectionné</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Occurrence panel</source>
        <translation>Panneau de l’occurrence</translation>
    </message>
    <message>
        <source>Actions board</source>
        <translation>Tableau des actions</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Chercher des actions</translation>
    </message>
    <message>
        <source>Export the visible rows</source>
        <translation>Exporter les lignes visibles</translation>
    </message>
    <message>
        <source>Mark the selected rows done / reopen / drop them</source>
        <translation>Marquer faites / rouvrir / abandonner les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Run mode</source>
        <translation>Animation de la réunion</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Intervenant suivant</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Two more minutes for the phase</source>
        <translation>Deux minutes de plus pour l’étape</translation>
    </message>
    <message>
        <source>Finish the meeting</source>
        <translation>Terminer la réunion</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Plein écran ou fenêtre</translation>
    </message>
    <message>
        <source>The retrospective&apos;s board</source>
        <translation>Le tableau de la rétrospective</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Annuler / rétablir</translation>
    </message>
    <message>
        <source>Retrospective board</source>
        <translation>Tableau de la rétrospective</translation>
    </message>
    <message>
        <source>Vote for the selected card / take back a vote</source>
        <translation>Voter pour la carte sélectionnée / reprendre un vote</translation>
    </message>
    <message>
        <source>Edit the selected card</source>
        <translation>Modifier la carte sélectionnée</translation>
    </message>
</context>
<context>
    <name>SprintsEditor</name>
    <message>
        <source>Sprints of %1</source>
        <translation>Sprints de %1</translation>
    </message>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>What the sprint is for</source>
        <translation>Ce à quoi sert le sprint</translation>
    </message>
    <message>
        <source>&amp;Save sprint</source>
        <translation>&amp;Enregistrer le sprint</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Sprints follow the team&apos;s cadence; changing one&apos;s dates moves the planned ones after it.</source>
        <translation>Les sprints suivent le rythme de l’équipe&#xa0;; changer les dates de l’un déplace les sprints prévus après lui.</translation>
    </message>
    <message>
        <source>Planned by the team&apos;s cadence</source>
        <translation>Prévu par le rythme de l’équipe</translation>
    </message>
    <message>
        <source>The team has no sprint cadence: set a first sprint start in the team editor.</source>
        <translation>L’équipe n’a pas de rythme de sprints&#xa0;: indiquez le début du premier sprint dans l’éditeur d’équipe.</translation>
    </message>
    <message>
        <source>Sprint %1</source>
        <translation>Sprint %1</translation>
    </message>
    <message>
        <source>A sprint cannot end before it starts.</source>
        <translation>Un sprint ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>It would overlap Sprint %1, which ends on %2.</source>
        <translation>Il chevaucherait le Sprint %1, qui se termine le %2.</translation>
    </message>
    <message>
        <source>It would overlap Sprint %1, which starts on %2.</source>
        <translation>Il chevaucherait le Sprint %1, qui commence le %2.</translation>
    </message>
    <message>
        <source>A start already past cannot move.</source>
        <translation>Un début déjà passé ne peut pas bouger.</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>An end already past cannot move.</source>
        <translation>Une fin déjà passée ne peut pas bouger.</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Modifier l’équipe</translation>
    </message>
    <message>
        <source>e.g. Les Castors</source>
        <translation>p. ex. Les Castors</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>Aucun jour férié</translation>
    </message>
    <message>
        <source>Type to search a country</source>
        <translation>Tapez pour chercher un pays</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> semaine</numerusform>
            <numerusform> semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;First sprint starts on</source>
        <translation>Le &amp;premier sprint commence le</translation>
    </message>
    <message>
        <source>The language of the team&apos;s exported calendars, whoever exports them</source>
        <translation>La langue des calendriers exportés de l’équipe, quelle que soit la personne qui les exporte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Jours ouvrés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Jours fériés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;prints last:</source>
        <translation>Durée des &amp;sprints&#xa0;:</translation>
    </message>
    <message>
        <source>Calendar &amp;language:</source>
        <translation>&amp;Langue des calendriers&#xa0;:</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Tout le pays</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Une équipe a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A team name is at most 200 characters.</source>
        <translation>Un nom d’équipe fait au plus 200 caractères.</translation>
    </message>
    <message>
        <source>Another team already has this name.</source>
        <translation>Une autre équipe porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Paris.</source>
        <translation>Choisissez un fuseau horaire dans la liste, comme Europe/Paris.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Choisissez au moins un jour ouvré.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Your team</source>
        <translation>Votre équipe</translation>
    </message>
    <message>
        <source>Rituals happen in the team&apos;s time zone and skip its public holidays.</source>
        <translation>Les rituels ont lieu dans le fuseau horaire de l’équipe et sautent ses jours fériés.</translation>
    </message>
    <message>
        <source>e.g. Les Castors</source>
        <translation>p. ex. Les Castors</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>Aucun jour férié</translation>
    </message>
    <message>
        <source>Type to search a country</source>
        <translation>Tapez pour chercher un pays</translation>
    </message>
    <message>
        <source>&amp;Holidays:</source>
        <translation>&amp;Jours fériés&#xa0;:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Jours ouvrés&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> semaine</numerusform>
            <numerusform> semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sprint length:</source>
        <translation>D&amp;urée des sprints&#xa0;:</translation>
    </message>
    <message>
        <source>First sprint st&amp;arts:</source>
        <translation>&amp;Début du premier sprint&#xa0;:</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>Donnez un nom à l’équipe.</translation>
    </message>
    <message>
        <source>A team with this name already exists.</source>
        <translation>Une équipe porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
</context>
<context>
    <name>TeamWizard</name>
    <message>
        <source>Daily stand-up</source>
        <translation>Mêlée quotidienne</translation>
    </message>
    <message>
        <source>Sprint planning</source>
        <translation>Planification de sprint</translation>
    </message>
    <message>
        <source>Backlog refinement</source>
        <translation>Affinage du backlog</translation>
    </message>
    <message>
        <source>Sprint review</source>
        <translation>Revue de sprint</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Rétrospective</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>Un membre a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Two members have the same name.</source>
        <translation>Deux membres ont le même nom.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Every working day</source>
        <translation>Chaque jour ouvré</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Chaque %1</translation>
    </message>
    <message>
        <source>First day of each sprint</source>
        <translation>Premier jour de chaque sprint</translation>
    </message>
    <message>
        <source>Last day of each sprint</source>
        <translation>Dernier jour de chaque sprint</translation>
    </message>
    <message>
        <source>Create a team</source>
        <translation>Créer une équipe</translation>
    </message>
</context>
<context>
    <name>UndoKeys</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>“%1” could not be made as a whole: nothing of it was kept, everything is as it was.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être fait en entier&#xa0;: rien n’en a été gardé, tout est resté comme avant.</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Otherwise they are lost.</source>
        <translation>Sinon, elles sont perdues.</translation>
    </message>
    <message>
        <source>They cannot be saved as they are: correct them, or discard them.</source>
        <translation>Elles ne peuvent pas être enregistrées telles quelles&#xa0;: corrigez-les, ou abandonnez-les.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Calendrier de la semaine</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No team shown: tick a team in the sidebar.</source>
        <translation>Aucune équipe affichée&#xa0;: cochez une équipe dans le panneau latéral.</translation>
    </message>
    <message>
        <source>Away: %1</source>
        <translation>Absents&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>rituals</source>
        <translation>rituels</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulation</numerusform>
            <numerusform>%n annulations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to RitualDesk</source>
        <translation>Bienvenue dans RitualDesk</translation>
    </message>
    <message>
        <source>Stand-ups, plannings, reviews and retrospectives, with a fair rotation of facilitators and the action items that come out of them.
Everything stays on this computer.</source>
        <translation>Mêlées quotidiennes, planifications, revues et rétrospectives, avec un tour d’animation équitable et les actions qui en sortent.
Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Create a team…</source>
        <translation>&amp;Créer une équipe…</translation>
    </message>
    <message>
        <source>Name, time zone, holidays, members and the usual rituals</source>
        <translation>Nom, fuseau horaire, jours fériés, membres et les rituels habituels</translation>
    </message>
    <message>
        <source>&amp;Explore with demo data</source>
        <translation>&amp;Explorer avec des données de démonstration</translation>
    </message>
    <message>
        <source>Three teams with a year of history; Edit &gt; Undo removes them</source>
        <translation>Trois équipes avec un an d’historique&#xa0;; Édition › Annuler les retire</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>RitualDesk</source>
        <translation>RitualDesk</translation>
    </message>
    <message>
        <source>The database cannot be used right now. Your saved work is as it was when it was last saved.</source>
        <translation>La base de données est inutilisable pour le moment. Votre travail enregistré est tel qu’il était au dernier enregistrement.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe; the last action may not have been completed.</source>
        <translation>Un problème inattendu est survenu. Votre travail enregistré est intact&#xa0;; la dernière action n’a peut-être pas abouti.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Facilitator: %1</source>
        <translation>Animation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Déplacée du %1</translation>
    </message>
</context>
<context>
    <name>deletion</name>
    <message>
        <source>Edit › Undo (Ctrl+Z) brings it back until you quit RitualDesk.</source>
        <translation>Édition › Annuler (Ctrl+Z) revient en arrière tant que vous ne quittez pas RitualDesk.</translation>
    </message>
    <message>
        <source>Deleted with it: %1.</source>
        <translation>Supprimés en même temps&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the team “%1” and everything it holds?</source>
        <translation>Supprimer l’équipe «&#xa0;%1&#xa0;» et tout ce qu’elle contient&#xa0;?</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Supprimer l’équipe</translation>
    </message>
    <message>
        <source>Delete the ritual “%1” with every occurrence of it, past and planned?</source>
        <translation>Supprimer le rituel «&#xa0;%1&#xa0;» avec toutes ses occurrences, passées et prévues&#xa0;?</translation>
    </message>
    <message>
        <source>Its action items stay on the actions board.</source>
        <translation>Ses actions restent sur le tableau des actions.</translation>
    </message>
    <message>
        <source>Delete ritual</source>
        <translation>Supprimer le rituel</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>RitualDesk</source>
        <translation>RitualDesk</translation>
    </message>
    <message>
        <source>That change could not be made.</source>
        <translation>Cette modification n’a pas pu être faite.</translation>
    </message>
</context>
<context>
    <name>help_texts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Stand-up</source>
        <translation>Mêlée quotidienne</translation>
    </message>
    <message>
        <source>Sprint planning</source>
        <translation>Planification de sprint</translation>
    </message>
    <message>
        <source>Sprint review</source>
        <translation>Revue de sprint</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Rétrospective</translation>
    </message>
    <message>
        <source>Backlog refinement</source>
        <translation>Affinage du backlog</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Product owner</source>
        <translation>Product owner</translation>
    </message>
    <message>
        <source>Scrum master</source>
        <translation>Scrum master</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>override</source>
        <translation>désigné</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>tour d’animation</translation>
    </message>
    <message>
        <source>swapped turn</source>
        <translation>tour échangé</translation>
    </message>
    <message>
        <source>after a pass</source>
        <translation>après un passage de tour</translation>
    </message>
    <message>
        <source>after a deferral</source>
        <translation>après un report</translation>
    </message>
</context>
</TS>
