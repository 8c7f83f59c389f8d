<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AddOpeningDialog</name>
    <message>
        <location filename="../ui/dialogs/addopeningdialog.cpp" line="+22"/>
        <source>Add an opening</source>
        <translation>Ajouter une ouverture</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>What will be opened, e.g. “API Adresse”</source>
        <translation>Ce qui sera ouvert, par ex. « API Adresse »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ministry:</source>
        <translation>&amp;Ministère :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Announced quarter:</source>
        <translation>É&amp;chéance annoncée :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat d’avancement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL (optional):</source>
        <translation>&amp;URL (facultative) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a ministry.</source>
        <translation>Choisissez un ministère.</translation>
    </message>
</context>
<context>
    <name>BurnUpChart</name>
    <message>
        <location filename="../ui/render/charts/burnupchart.cpp" line="+114"/>
        <source>Backlog</source>
        <translation>Reste à ouvrir</translation>
    </message>
    <message>
        <location line="-43"/>
        <location filename="../ui/render/charts/chartdata.cpp" line="+49"/>
        <source>Announced (cumulative)</source>
        <translation>Annoncées (cumul)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/render/charts/chartdata.cpp" line="+1"/>
        <source>Opened (cumulative)</source>
        <translation>Ouvertes (cumul)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Openings</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference quarter</source>
        <translation>Trimestre de référence</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/render/charts/chartdata.cpp" line="-1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No openings in this selection</source>
        <translation>Aucune ouverture dans cette sélection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: %2 announced, %3 opened</source>
        <translation>Au %1 : %2 annoncées, %3 ouvertes</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Announced and opened, cumulative by quarter</source>
        <translation>Annoncées et ouvertes, en cumul par trimestre</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: announced and opened, cumulative</source>
        <translation>%1 : annoncées et ouvertes, en cumul</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../ui/render/charts/chartdata.cpp" line="+21"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announced</source>
        <translation>Annoncées</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Slip (quarters)</source>
        <translation>Décalage (trimestres)</translation>
    </message>
</context>
<context>
    <name>ChartDataDialog</name>
    <message>
        <location filename="../ui/dashboard/chartdatadialog.cpp" line="+18"/>
        <source>Data of the chart “%1”</source>
        <translation>Données du graphique « %1 »</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Copy the table</source>
        <translation>&amp;Copier le tableau</translation>
    </message>
</context>
<context>
    <name>ChartDescriptions</name>
    <message>
        <location filename="../ui/render/charts/chartdescriptions.cpp" line="+27"/>
        <source>On %1, %2 of the %3 announced openings are opened; %4 are overdue.</source>
        <translation>Au %1, %2 des %3 ouvertures annoncées sont ouvertes ; %4 sont en retard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Most overdue: %1 (%2).</source>
        <translation>Le plus en retard : %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No opening has an announced quarter or an effective date.</source>
        <translation>Aucune ouverture n’a d’échéance annoncée ni de date d’ouverture effective.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Openings announced and opened per quarter, from %1 to %2: most announced in %3 (%4), most opened in %5 (%6).</source>
        <translation>Ouvertures annoncées et ouvertes par trimestre, de %1 à %2 : le plus d’annonces en %3 (%4), le plus d’ouvertures en %5 (%6).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress of %1 ministries: %2 opened on time, %3 opened late, %4 opened without a date, %5 to come, %6 overdue, %7 abandoned.</source>
        <translation>Avancement de %1 ministères : %2 ouvertes dans les délais, %3 ouvertes en retard, %4 ouvertes sans date, %5 à venir, %6 en retard, %7 abandonnées.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No opened opening has both an announced quarter and an effective date.</source>
        <translation>Aucune ouverture ouverte n’a à la fois une échéance annoncée et une date effective.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of %1 openings opened with a date, %2 were early, %3 in the announced quarter and %4 late; the longest slip is %5 quarters.</source>
        <translation>Sur %1 ouvertures ouvertes avec une date, %2 l’ont été en avance, %3 dans le trimestre annoncé et %4 en retard ; le plus long décalage est de %5 trimestres.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/render/chartexport.cpp" line="+106"/>
        <location line="+18"/>
        <location line="+23"/>
        <source>The image %1 could not be written: %2</source>
        <translation>L’image %1 n’a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Chart made by the openings tracker</source>
        <translation>Graphique produit par Suivi des ouvertures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image %1 could not be written</source>
        <translation>L’image %1 n’a pas pu être enregistrée</translation>
    </message>
</context>
<context>
    <name>ChartPalette</name>
    <message>
        <location filename="../ui/render/charts/chartpalette.cpp" line="+145"/>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened late</source>
        <translation>Ouvertes en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened (date unknown)</source>
        <translation>Ouvertes (date inconnue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened in or before the announced quarter</source>
        <translation>Ouvertes au plus tard au trimestre annoncé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened after the announced quarter</source>
        <translation>Ouvertes après le trimestre annoncé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened, effective date not recorded</source>
        <translation>Ouvertes, date d’ouverture effective non renseignée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not opened yet, announced for the reference quarter or later</source>
        <translation>Pas encore ouvertes, annoncées pour le trimestre de référence ou plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not opened, announced quarter before the reference quarter</source>
        <translation>Non ouvertes, échéance annoncée antérieure au trimestre de référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given up by the ministry</source>
        <translation>Abandonnées par le ministère</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../ui/dashboard/chartview.cpp" line="+74"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>&lt;b&gt;%1 quarter(s)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 trimestre(s)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/barsegments.cpp" line="+112"/>
        <location filename="../ui/dashboard/chartview.cpp" line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 quarter(s)</source>
        <translation>%1 trimestre(s)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartview.cpp" line="+5"/>
        <source>Click to list these openings in the table</source>
        <translation>Cliquez pour afficher ces ouvertures dans le tableau</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Show the &amp;data</source>
        <translation>Afficher les &amp;données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy as image</source>
        <translation>&amp;Copier comme image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;SVG…</source>
        <translation>Enregistrer en &amp;SVG…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1920 × 1080 (projector, Full HD)</source>
        <translation>1920 × 1080 (vidéoprojecteur, Full HD)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1280 × 720</source>
        <translation>1280 × 720</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1200 × 900 (document)</source>
        <translation>1200 × 900 (document)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 (as on screen)</source>
        <translation>%1 × %2 (comme à l’écran)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image size</source>
        <translation>Taille de l’image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size of the image, in pixels:</source>
        <translation>Taille de l’image, en pixels :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Copy or save this chart as an image</source>
        <translation>Copier ou enregistrer ce graphique comme image</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../ui/render/charts/chartoptions.cpp" line="+129"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="+62"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez « %1 --help ».</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>stats: unexpected argument &apos;%1&apos;</source>
        <translation>stats : argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stats: --db DB is required</source>
        <translation>stats : --db DB est obligatoire</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Usage:
  %1 [FILE]
      open the application on a table
  %1 import --db DB [--merge|--replace] TABLE.csv
      import a CSV table into DB (created if missing); --merge (default)
      updates the openings already there and adds the others, --replace
      makes DB hold exactly the file&apos;s openings
  %1 stats --db DB [--as-of YYYY-MM-DD] [--json]
      print the progress of each ministry on a date (default today),
      as a table or as JSON
  %1 export --db DB --format xlsx|csv|csv-excel|pdf -o OUT
         [--ministry NAME] [--as-of YYYY-MM-DD]
      write the table (or one ministry&apos;s openings, NAME being its name
      or an alias) as an XLSX workbook, an open data CSV, a CSV for
      Excel, or the PDF report for the CIAD, judged on a date
      (default today)
  %1 --help | --version

DB is an SQLite file or a postgresql://user@host:port/database address.
Exit status: 0 success, 1 failure, 2 wrong command line.
</source>
        <translation>Utilisation :
  %1 [FICHIER]
      ouvre l’application sur un tableau
  %1 import --db DB [--merge|--replace] TABLEAU.csv
      importe un tableau CSV dans DB (créé au besoin) ; --merge (par défaut)
      met à jour les ouvertures déjà présentes et ajoute les autres, --replace
      fait que DB contient exactement les ouvertures du fichier
  %1 stats --db DB [--as-of AAAA-MM-JJ] [--json]
      affiche l’avancement de chaque ministère à une date (par défaut
      aujourd’hui), sous forme de tableau ou en JSON
  %1 export --db DB --format xlsx|csv|csv-excel|pdf -o SORTIE
         [--ministry NOM] [--as-of AAAA-MM-JJ]
      écrit le tableau (ou les ouvertures d’un ministère, NOM étant son nom
      ou un alias) en classeur XLSX, en CSV open data, en CSV pour Excel
      ou en rapport PDF pour le CIAD, évalué à une date (par défaut
      aujourd’hui)
  %1 --help | --version

DB est un fichier SQLite ou une adresse de serveur
postgresql://utilisateur@hôte:port/base.
Code de sortie : 0 succès, 1 échec, 2 ligne de commande incorrecte.
</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: --as-of &apos;%2&apos; is not a date: expected YYYY-MM-DD, e.g. 2022-06-30</source>
        <translation>%1 : --as-of « %2 » n’est pas une date : format attendu AAAA-MM-JJ, par ex. 2022-06-30</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>import: --db DB is required</source>
        <translation>import : --db DB est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: choose either --merge or --replace, not both</source>
        <translation>import : choisissez --merge ou --replace, pas les deux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import: the CSV file to import is missing</source>
        <translation>import : le fichier CSV à importer n’est pas indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: one CSV file at a time (got %1)</source>
        <translation>import : un seul fichier CSV à la fois (%1 indiqués)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>export: unexpected argument &apos;%1&apos;</source>
        <translation>export : argument inattendu « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: --db DB is required</source>
        <translation>export : --db DB est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: --format xlsx|csv|csv-excel|pdf is required</source>
        <translation>export : --format xlsx|csv|csv-excel|pdf est obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: unknown format &apos;%1&apos;: expected xlsx, csv, csv-excel or pdf</source>
        <translation>export : format inconnu « %1 » : attendu xlsx, csv, csv-excel ou pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: -o OUT, the file to write, is required</source>
        <translation>export : -o SORTIE, le fichier à écrire, est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: --ministry needs a ministry name</source>
        <translation>export : --ministry demande un nom de ministère</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="+41"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announced</source>
        <translation>Annoncées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On time</source>
        <translation>À temps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Tardives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abandoned</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Progress on %1 (reference quarter %2), %n opening(s)</source>
        <translation>
            <numerusform>Avancement au %1 (trimestre de référence %2), %n ouverture</numerusform>
            <numerusform>Avancement au %1 (trimestre de référence %2), %n ouvertures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no such table file</source>
        <translation>%1 : ce fichier de tableau n’existe pas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>warning: %n more warning(s) not shown</source>
        <translation>
            <numerusform>avertissement : %n autre avertissement non affiché</numerusform>
            <numerusform>avertissement : %n autres avertissements non affichés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: import cancelled</source>
        <translation>%1 : import annulé</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: no ministry is named “%2” (neither a name nor an alias)</source>
        <translation>%1 : aucun ministère ne s’appelle « %2 » (ni nom ni alias)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1: report of %n page(s) written</source>
        <translation>
            <numerusform>%1 : rapport de %n page écrit</numerusform>
            <numerusform>%1 : rapport de %n pages écrit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n opening(s) exported</source>
        <translation>
            <numerusform>%1 : %n ouverture exportée</numerusform>
            <numerusform>%1 : %n ouvertures exportées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cliadmin.cpp" line="+27"/>
        <source>Try &apos;suivi-ouvertures --help&apos;.</source>
        <translation>Essayez « suivi-ouvertures --help ».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: schema already at version %2, nothing changed
</source>
        <translation>%1 : schéma déjà en version %2, rien n’a changé
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: schema version %2 created, with row-level security; %3 coordinates the table
</source>
        <translation>%1 : schéma version %2 créé, avec sécurité au niveau des lignes ; %3 coordonne le tableau
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: schema upgraded from version %2 to %3
</source>
        <translation>%1 : schéma mis à niveau de la version %2 à la version %3
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: could not keep other roles from creating objects in the schema %2 (REVOKE CREATE ON SCHEMA %2 FROM PUBLIC): %3</source>
        <translation>%1 : impossible d’empêcher les autres rôles de créer des objets dans le schéma %2 (REVOKE CREATE ON SCHEMA %2 FROM PUBLIC) : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: CREATE on the schema %2 revoked from PUBLIC: only its owner creates objects there
</source>
        <translation>%1 : droit CREATE sur le schéma %2 retiré à PUBLIC : seul son propriétaire y crée des objets
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: only the owner of the schema %2 creates objects there
</source>
        <translation>%1 : seul le propriétaire du schéma %2 y crée des objets
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(coordinator: every ministry)</source>
        <translation>(coordination : tous les ministères)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>every ministry (coordinator)</source>
        <translation>tous les ministères (coordination)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no ministry is named “%2” (neither a name nor an alias); import the table first, or check the name</source>
        <translation>%1 : aucun ministère ne s’appelle « %2 » (ni nom ni alias) ; importez d’abord le tableau, ou vérifiez le nom</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 may now edit %2
</source>
        <translation>%1 peut désormais modifier %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could already edit %2
</source>
        <translation>%1 pouvait déjà modifier %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may no longer edit %2
</source>
        <translation>%1 ne peut plus modifier %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not edit %2
</source>
        <translation>%1 ne pouvait pas modifier %2
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  %1 admin init --db URL
      create (or upgrade) a table shared on a PostgreSQL server, with its
      rights enforced by the server; a second run changes nothing
  %1 admin grant --db URL --role ROLE (--ministry NAME... | --coordinator)
      let a PostgreSQL role edit the openings of a ministry (repeat
      --ministry for several), or of every ministry
  %1 admin revoke --db URL --role ROLE (--ministry NAME... | --coordinator)
      take such a right back
  %1 admin grants --db URL
      list the roles and what they may edit
</source>
        <translation>  %1 admin init --db URL
      crée (ou met à niveau) un tableau partagé sur un serveur PostgreSQL,
      dont les droits sont appliqués par le serveur ; relancer ne change rien
  %1 admin grant --db URL --role RÔLE (--ministry NOM... | --coordinator)
      permet à un rôle PostgreSQL de modifier les ouvertures d’un ministère
      (répéter --ministry pour plusieurs), ou de tous les ministères
  %1 admin revoke --db URL --role RÔLE (--ministry NOM... | --coordinator)
      retire un tel droit
  %1 admin grants --db URL
      liste les rôles et ce qu’ils peuvent modifier
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>admin: expected init, grant, revoke or grants</source>
        <translation>admin : attendu init, grant, revoke ou grants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin: unknown command &apos;%1&apos;: expected init, grant, revoke or grants</source>
        <translation>admin : commande inconnue « %1 » : attendu init, grant, revoke ou grants</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1 : argument inattendu « %2 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: --db URL is required</source>
        <translation>%1 : --db URL est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: --db must be a postgresql://user@host:port/database address: rights are kept by a server, not in a file</source>
        <translation>%1 : --db doit être une adresse postgresql://utilisateur@hôte:port/base : les droits sont gérés par un serveur, pas dans un fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: --role ROLE is required</source>
        <translation>%1 : --role RÔLE est obligatoire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: give either --ministry NAME (one or more) or --coordinator</source>
        <translation>%1 : indiquez soit --ministry NOM (une ou plusieurs fois), soit --coordinator</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../models/editing/commands.cpp" line="+55"/>
        <source>The opening keeps being changed by other users; try again.</source>
        <translation>L’ouverture est sans cesse modifiée par d’autres utilisateurs ; réessayez.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The opening no longer exists.</source>
        <translation>L’ouverture n’existe plus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another user changed the opening at the same moment; try again.</source>
        <translation>Un autre utilisateur a modifié l’ouverture au même moment ; réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n openings</source>
        <translation>
            <numerusform>Supprimer %n ouverture</numerusform>
            <numerusform>Supprimer %n ouvertures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="+29"/>
        <source>Changed by another user</source>
        <translation>Modifiée par un autre utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;While you were editing “%1”, &lt;b&gt;%2&lt;/b&gt; saved a change of the same fields (%3). Nothing of yours was saved yet.&lt;/p&gt;&lt;p&gt;For each field, keep your value, take theirs, or type another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pendant que vous modifiiez « %1 », &lt;b&gt;%2&lt;/b&gt; a enregistré une modification des mêmes champs (%3). Aucune de vos modifications n’a encore été enregistrée.&lt;/p&gt;&lt;p&gt;Pour chaque champ, gardez votre valeur, prenez la sienne ou saisissez-en une autre.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Champ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&apos;s value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valeur enregistrée par %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Your value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre valeur&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;To save&lt;/b&gt;</source>
        <translation>&lt;b&gt;À enregistrer&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre la sienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other value for %1</source>
        <translation>Autre valeur pour %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;all mine</source>
        <translation>Garder toutes &amp;mes valeurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take all theirs</source>
        <translation>Prendre toutes &amp;les siennes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: “%2” is not a date (dd/mm/yyyy)</source>
        <translation>%1 : « %2 » n’est pas une date (jj/mm/aaaa)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="+34"/>
        <source>Connect to a shared table</source>
        <translation>Se connecter à un tableau partagé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A table shared by several ministries lives on a PostgreSQL server. Its administrator gives you these settings and your account&apos;s rights. The password is asked when the server wants one, and never saved.</source>
        <translation>Un tableau partagé par plusieurs ministères se trouve sur un serveur PostgreSQL. Son administrateur vous communique ces paramètres et les droits de votre compte. Le mot de passe est demandé quand le serveur l’exige, et n’est jamais enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Chiffrement (sslmode) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/import/csvreader.cpp" line="+59"/>
        <source>%1: row %2: %3</source>
        <translation>%1 : ligne %2 : %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+27"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>column “%1”</source>
        <translation>colonne « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the byte %2 at the start of the cell is not UTF-8, unlike the rest of the file; type this character again or save the file as UTF-8</source>
        <translation>%1 : l’octet %2 au début de la cellule n’est pas de l’UTF-8, contrairement au reste du fichier ; retapez ce caractère ou enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the byte %2 after “%3” is not UTF-8, unlike the rest of the file; type this character again or save the file as UTF-8</source>
        <translation>%1 : l’octet %2 après « %3 » n’est pas de l’UTF-8, contrairement au reste du fichier ; retapez ce caractère ou enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>CSV data</source>
        <translation>données CSV</translation>
    </message>
    <message>
        <location filename="../models/import/csvreader_parse.cpp" line="+255"/>
        <source>a quoted field is never closed (missing &quot;)</source>
        <translation>un champ entre guillemets n’est jamais refermé (&quot; manquant)</translation>
    </message>
</context>
<context>
    <name>DashboardFilter</name>
    <message>
        <location filename="../ui/dashboard/dashboardfilter.cpp" line="+73"/>
        <source>opened on time</source>
        <translation>ouvertes dans les délais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opened late</source>
        <translation>ouvertes en retard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opened, effective date unknown</source>
        <translation>ouvertes, date effective inconnue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opened in %1</source>
        <translation>ouvertes au %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All ministries</source>
        <translation>Tous les ministères</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>announced %1 – %2</source>
        <translation>échéance %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text “%1”</source>
        <translation>texte « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only overdue</source>
        <translation>seulement en retard</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="+125"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Selection: %1</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard follows the filters of the table page (Ctrl+1).</source>
        <translation>Le tableau de bord suit les filtres de la page Tableau (Ctrl+1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As of</source>
        <translation>&amp;Situation au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day overdue items are judged on</source>
        <translation>Date à laquelle les retards sont évalués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the charts full screen, one per slide (F5)</source>
        <translation>Afficher les graphiques en plein écran, un par diapositive (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the charts</source>
        <translation>Lire les graphiques</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Burn-up: the shaded gap between the announced and the opened lines is the backlog; the dotted line marks the reference quarter.</source>
        <translation>Cumul : l’écart grisé entre la ligne des annonces et celle des ouvertures est le reste à ouvrir ; la ligne pointillée marque le trimestre de référence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a bar to list its openings in the table; right-click a chart to copy or save it as an image.</source>
        <translation>Cliquez sur une barre pour afficher ses ouvertures dans le tableau ; clic droit sur un graphique pour le copier ou l’enregistrer comme image.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="+98"/>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: is a folder, not a table</source>
        <translation>%1 : c’est un dossier, pas un tableau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot open the table: %2</source>
        <translation>%1 : impossible d’ouvrir le tableau : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: is not a table of this application (%2)</source>
        <translation>%1 : ce n’est pas un tableau de cette application (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/database_postgres.cpp" line="+130"/>
        <source>%1: the address option &quot;%2&quot; is not accepted (accepted: %3)</source>
        <translation>%1 : l’option d’adresse « %2 » n’est pas acceptée (acceptées : %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the address option &quot;%2&quot; is given twice</source>
        <translation>%1 : l’option d’adresse « %2 » est donnée deux fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the value of the address option &quot;%2&quot; cannot contain a semicolon</source>
        <translation>%1 : la valeur de l’option d’adresse « %2 » ne peut pas contenir de point-virgule</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: not a valid server address (expected postgresql://user@host:port/database)</source>
        <translation>%1 : adresse de serveur non valide (attendu : postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the PostgreSQL driver of Qt is not installed</source>
        <translation>%1 : le pilote PostgreSQL de Qt n’est pas installé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot connect to the PostgreSQL server: host %1, port %2, database %3: %4</source>
        <translation>Impossible de se connecter au serveur PostgreSQL : hôte %1, port %2, base %3 : %4</translation>
    </message>
    <message>
        <location filename="../models/storage/schemamigration.cpp" line="+80"/>
        <source>not a table of this application</source>
        <translation>ce n’est pas un tableau de cette application</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this table was written by a newer version of the application (schema %1, this version knows up to %2)</source>
        <translation>ce tableau a été écrit par une version plus récente de l’application (schéma %1, cette version connaît jusqu’au schéma %2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation>échec de la mise à niveau du schéma vers la version %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the table&apos;s administrator must upgrade it first: suivi-ouvertures admin init --db %1)</source>
        <translation>(l’administrateur du tableau doit d’abord le mettre à niveau : suivi-ouvertures admin init --db %1)</translation>
    </message>
</context>
<context>
    <name>DelayChart</name>
    <message>
        <location filename="../ui/render/charts/delaychart.cpp" line="+37"/>
        <source>Delay of opened items, in quarters</source>
        <translation>Retard des ouvertures réalisées, en trimestres</translation>
    </message>
    <message>
        <location filename="../ui/render/charts/chartdata.cpp" line="+0"/>
        <location filename="../ui/render/charts/delaychart.cpp" line="+9"/>
        <source>On time or early</source>
        <translation>Dans les délais ou en avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/render/charts/delaychart.cpp" line="+1"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../ui/render/charts/delaychart.cpp" line="+27"/>
        <source>Effective quarter minus announced quarter (negative: early)</source>
        <translation>Trimestre effectif moins trimestre annoncé (négatif : en avance)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened items</source>
        <translation>Ouvertures réalisées</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln item(s) moved to another quarter since first announced</source>
        <translation>
            <numerusform>%Ln ouverture dont l’échéance a changé depuis la première annonce</numerusform>
            <numerusform>%Ln ouvertures dont l’échéance a changé depuis la première annonce</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../models/domain/domain.cpp" line="+86"/>
        <source>Dataset</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source code</source>
        <translation>Code source</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update required</source>
        <translation>Mise à jour requise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Announced quarter</source>
        <translation>Échéance annoncée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First announced quarter</source>
        <translation>Échéance initiale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective date</source>
        <translation>Date d’ouverture effective</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État d’avancement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>EditFlows</name>
    <message>
        <location filename="../ui/mainwindow/editflows.cpp" line="+46"/>
        <source>“%1” could not be added: %2</source>
        <translation>« %1 » n’a pas pu être ajoutée : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” was added; the current filters hide it.</source>
        <translation>« %1 » a été ajoutée ; les filtres actuels la masquent.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” was added.</source>
        <translation>« %1 » a été ajoutée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the rows to delete first.</source>
        <translation>Sélectionnez d’abord les lignes à supprimer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete openings</source>
        <translation>Supprimer des ouvertures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %Ln selected openings?</source>
        <translation>
            <numerusform>Supprimer l’ouverture sélectionnée ?</numerusform>
            <numerusform>Supprimer les %Ln ouvertures sélectionnées ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Edit &gt; Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Édition &gt; Annuler (Ctrl+Z) permet de la récupérer.</numerusform>
            <numerusform>Édition &gt; Annuler (Ctrl+Z) permet de les récupérer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The openings could not be deleted: %1</source>
        <translation>Les ouvertures n’ont pas pu être supprimées : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” saved.</source>
        <translation>« %1 » a été enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your change of “%1” was not saved: the other user&apos;s stays.</source>
        <translation>Votre modification de « %1 » n’a pas été enregistrée : celle de l’autre utilisateur est conservée.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../models/export/csvexporter.cpp" line="+151"/>
        <location filename="../models/export/stagedfile.cpp" line="+88"/>
        <location filename="../models/export/xlsxexporter.cpp" line="+282"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/storage/exportsource.cpp" line="+43"/>
        <source>Cannot read the ministries: %1</source>
        <translation>Impossible de lire les ministères : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No ministry has the id %1.</source>
        <translation>Aucun ministère n’a l’identifiant %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../models/storage/openingpages.cpp" line="+67"/>
        <location line="+19"/>
        <source>Cannot read the openings</source>
        <translation>Impossible de lire les ouvertures</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+10"/>
        <source>Cannot read the openings: %1</source>
        <translation>Impossible de lire les ouvertures : %1</translation>
    </message>
    <message>
        <location filename="../models/export/stagedfile.cpp" line="+6"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <location filename="../models/export/xlsxexporter.cpp" line="-26"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="-103"/>
        <location filename="../models/export/xlsxopeningsheets.cpp" line="+180"/>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation>Impossible d’ajouter la feuille « %1 ».</translation>
    </message>
    <message>
        <location filename="../models/export/stagedfile.cpp" line="+19"/>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <location filename="../models/export/xlsxopeningsheets.cpp" line="-25"/>
        <source>Cannot write row %1 of sheet &quot;%2&quot;: %3</source>
        <translation>Impossible d’écrire la ligne %1 de la feuille « %2 » : %3</translation>
    </message>
    <message>
        <location filename="../models/export/xlsxsummary.cpp" line="+229"/>
        <source>Cannot add the chart of the summary sheet.</source>
        <translation>Impossible d’ajouter le graphique de la feuille de synthèse.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot write the summary sheet: %1</source>
        <translation>Impossible d’écrire la feuille de synthèse : %1</translation>
    </message>
    <message>
        <location filename="../models/export/exporter.cpp" line="+74"/>
        <source>Cannot export to %1: it is the open table. Choose another file.</source>
        <translation>Impossible d’exporter vers %1 : c’est le tableau ouvert. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot export to %1: it is a working file of the open table %2. Choose another file.</source>
        <translation>Impossible d’exporter vers %1 : c’est un fichier de travail du tableau ouvert %2. Choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+123"/>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the openings of the table, or of one ministry, to a file to hand out. Overdue and planned openings are judged on the reference date.</source>
        <translation>Écrire dans un fichier à diffuser les ouvertures du tableau, ou d’un seul ministère. Les ouvertures en retard et à venir sont évaluées à la date de référence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ministry:</source>
        <translation>&amp;Ministère :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference date:</source>
        <translation>&amp;Date de référence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSX workbook (Excel, LibreOffice)</source>
        <translation>Classeur XLSX (Excel, LibreOffice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, open data (data.gouv.fr)</source>
        <translation>CSV open data (data.gouv.fr)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel (French)</source>
        <translation>CSV pour Excel (version française)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report for the CIAD</source>
        <translation>Rapport PDF pour le CIAD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For secretaries general: a summary sheet with charts, every opening, and a sheet per ministry.</source>
        <translation>Pour les secrétaires généraux : une feuille de synthèse avec graphiques, toutes les ouvertures et une feuille par ministère.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The published form: UTF-8, commas. It can be imported back into a table.</source>
        <translation>Le format publié : UTF-8, virgules. Il peut être réimporté dans un tableau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens in French Excel with a double click: semicolons, dates written 30/06/2022.</source>
        <translation>S’ouvre d’un double clic dans Excel en français : points-virgules, dates écrites 30/06/2022.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The handout of the CIAD, A4 landscape: key figures, charts, then a page per ministry with its openings still due.</source>
        <translation>Le document remis au CIAD, A4 paysage : chiffres clés, graphiques, puis une page par ministère avec ses ouvertures restant à réaliser.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>All ministries</source>
        <translation>Tous les ministères</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file written last with its usual application</source>
        <translation>Ouvrir le dernier fichier écrit avec son application habituelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>XLSX workbooks (*.xlsx)</source>
        <translation>Classeurs XLSX (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog_run.cpp" line="+45"/>
        <source>Reading the table…</source>
        <translation>Lecture du tableau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Export annulé : %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+40"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>Fe&amp;rmer</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../ui/table/filterpanel.cpp" line="+180"/>
        <location line="+173"/>
        <location line="+2"/>
        <source>All ministries</source>
        <translation>Tous les ministères</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Also known as: %1</source>
        <translation>Aussi appelé : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No lower bound</source>
        <translation>Sans borne inférieure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No upper bound</source>
        <translation>Sans borne supérieure</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened (available or update required)</source>
        <translation>Ouvertes (disponibles ou à mettre à jour)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not opened yet</source>
        <translation>Pas encore ouvertes</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;Ministry</source>
        <translation>&amp;Ministère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Announced from</source>
        <translation>É&amp;chéance du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searc&amp;h</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, description, comment or URL</source>
        <translation>Intitulé, description, commentaire ou URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches titles, descriptions, comments and URLs, ignoring case and accents (Ctrl+F)</source>
        <translation>Cherche dans les intitulés, descriptions, commentaires et URL, sans tenir compte des majuscules ni des accents (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;overdue</source>
        <translation>Seulement en &amp;retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings neither opened nor abandoned whose announced quarter has passed</source>
        <translation>Ouvertures ni ouvertes ni abandonnées dont l’échéance annoncée est passée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected by a click on a dashboard chart: click to remove</source>
        <translation>Sélection faite par un clic sur un graphique du tableau de bord : cliquez pour la retirer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chart: %1</source>
        <translation>Graphique : %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="+31"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1, column “%2”: %3</source>
        <translation>Ligne %1, colonne « %2 » : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; (semicolon)</source>
        <translation>; (point-virgule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, (comma)</source>
        <translation>, (virgule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+158"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Import a table</source>
        <translation>Importer un tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separator:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First rows, as they will be imported:</source>
        <translation>Premières lignes, telles qu’elles seront importées :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found in the file:</source>
        <translation>Problèmes trouvés dans le fichier :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How to import</source>
        <translation>Mode d’import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge: add the file&apos;s new openings and update those already in the table</source>
        <translation>&amp;Fusionner : ajouter les nouvelles ouvertures du fichier et mettre à jour celles déjà présentes dans le tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace: the table will hold only the openings of the file</source>
        <translation>&amp;Remplacer : le tableau ne contiendra que les ouvertures du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: every opening currently in the table is removed and replaced by the openings of the file.</source>
        <translation>Attention : toutes les ouvertures actuellement dans le tableau sont supprimées et remplacées par celles du fichier.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the file was cancelled: nothing was imported.</source>
        <translation>Lecture du fichier annulée : rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s); %1 shown below, rows with errors are left out</source>
        <translation>
            <numerusform>%Ln ligne ; %1 dans l’aperçu ci-dessous, sans les lignes en erreur</numerusform>
            <numerusform>%Ln lignes ; %1 dans l’aperçu ci-dessous, sans les lignes en erreur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s); the first %1 shown below</source>
        <translation>
            <numerusform>%Ln ligne ; les %1 premières dans l’aperçu ci-dessous</numerusform>
            <numerusform>%Ln lignes ; les %1 premières dans l’aperçu ci-dessous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replacing the table…</source>
        <translation>Remplacement du tableau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import done: %1.</source>
        <translation>Import terminé : %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import cancelled: the table was not changed.</source>
        <translation>Import annulé : le tableau n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed, the table was not changed: %1</source>
        <translation>L’import a échoué, le tableau n’a pas été modifié : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Nothing can be imported while the file has errors (%Ln): correct them in the spreadsheet, save it and import it again.</source>
        <translation>
            <numerusform>Rien ne peut être importé tant que le fichier contient une erreur : corrigez-la dans le tableur, enregistrez le fichier et importez-le à nouveau.</numerusform>
            <numerusform>Rien ne peut être importé tant que le fichier contient des erreurs (%Ln) : corrigez-les dans le tableur, enregistrez le fichier et importez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds no opening to import.</source>
        <translation>Le fichier ne contient aucune ouverture à importer.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../models/import/importer.cpp" line="+47"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown column, ignored</source>
        <translation>colonne inconnue, ignorée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column given twice, this one is ignored</source>
        <translation>colonne en double, celle-ci est ignorée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the required column “%1” is missing</source>
        <translation>la colonne obligatoire « %1 » est absente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same ministry, title and kind as row %1</source>
        <translation>même ministère, intitulé et type que la ligne %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n error(s), nothing was imported:</source>
        <translation>
            <numerusform>%1 : %n erreur, rien n’a été importé :</numerusform>
            <numerusform>%1 : %n erreurs, rien n’a été importé :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>imported %Ln</source>
        <translation>
            <numerusform>%Ln importée</numerusform>
            <numerusform>%Ln importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, updated %Ln</source>
        <translation>
            <numerusform>, %Ln mise à jour</numerusform>
            <numerusform>, %Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, unchanged %Ln</source>
        <translation>
            <numerusform>, %Ln inchangée</numerusform>
            <numerusform>, %Ln inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, removed %Ln</source>
        <translation>
            <numerusform>, %Ln supprimée</numerusform>
            <numerusform>, %Ln supprimées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/domain/error.cpp" line="+25"/>
        <location filename="../models/import/importer.cpp" line="+299"/>
        <source>%1: row %2: %3</source>
        <translation>%1 : ligne %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: row %2, column “%3”: %4</source>
        <translation>%1 : ligne %2, colonne « %3 » : %4</translation>
    </message>
    <message>
        <location filename="../models/import/importer.cpp" line="-152"/>
        <source>%1: the table is in use by another program or window that is writing to it; try again once it is done</source>
        <translation>%1 : la table est utilisée par un autre programme ou une autre fenêtre qui y écrit ; réessayez quand elle aura fini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1 : impossible de démarrer une transaction : %2</translation>
    </message>
    <message>
        <location filename="../models/import/importrowparser.cpp" line="+240"/>
        <source>the title is empty</source>
        <translation>l’intitulé n’est pas renseigné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ministry is empty</source>
        <translation>le ministère n’est pas renseigné</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the kind is empty (expected %1)</source>
        <translation>le type n’est pas renseigné (attendu : %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind “%1” (expected %2)</source>
        <translation>type inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the status is empty (expected %1)</source>
        <translation>l’état d’avancement n’est pas renseigné (attendu : %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown status “%1” (expected %2)</source>
        <translation>état d’avancement inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no announced quarter</source>
        <translation>pas d’échéance annoncée</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>an effective date on an item whose status is “%1”</source>
        <translation>date d’ouverture effective renseignée alors que l’état est « %1 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date (expected dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation>« %1 » n’est pas une date (attendu : jj/mm/aaaa ou aaaa-mm-jj)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a date and time (expected 2021-09-20T00:45:00.000Z or 20/09/2021 00:45)</source>
        <translation>« %1 » n’est pas une date et heure (attendu : 2021-09-20T00:45:00.000Z ou 20/09/2021 00:45)</translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <location filename="../ui/dashboard/keyfigures.cpp" line="+74"/>
        <source>%1 of the announced items</source>
        <translation>%1 des ouvertures annoncées</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>announced items</source>
        <translation>ouvertures annoncées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened</source>
        <translation>ouvertes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>on time (of %Ln dated opening(s))</source>
        <translation>
            <numerusform>dans les délais (sur %Ln datée)</numerusform>
            <numerusform>dans les délais (sur %Ln datées)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened in or before the announced quarter, out of the opened items whose effective date is known</source>
        <translation>Ouvertes au plus tard au trimestre annoncé, parmi les ouvertures dont la date d’ouverture effective est connue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../ui/mainwindow/keyboardhelp.cpp" line="+34"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between the filters, the table and the charts</source>
        <translation>Passer d’un filtre, du tableau ou d’un graphique à l’autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key or Shift+F10 on a chart</source>
        <translation>Touche Menu ou Maj+F10 sur un graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chart&apos;s data as a table, copy or save the chart</source>
        <translation>Afficher les données du graphique en tableau, copier ou enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows, Enter on a bar chart</source>
        <translation>Flèches, Entrée sur un graphique à barres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between its bars (Up/Down between the ministries); list the openings of the current bar in the table</source>
        <translation>Passer d’une barre à l’autre (Haut/Bas entre les ministères) ; afficher dans la table les ouvertures de la barre choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrows, Page Up/Down, Space; Escape</source>
        <translation>Flèches, Page précédente/suivante, Espace ; Échap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the presentation: next or previous slide; leave</source>
        <translation>En présentation : diapositive suivante ou précédente ; sortir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every control of the window and of its dialogs has a name that screen readers announce, and every chart a sentence that says what it shows, with its numbers as a table (Show the data). Checked with the accessibility interfaces a screen reader uses (AT-SPI on Linux). The chart colours reach the WCAG contrast ratios on their white background. Not yet done: checking contrast against dark and high-contrast themes.</source>
        <translation>Chaque contrôle de la fenêtre et de ses dialogues a un nom que les lecteurs d’écran annoncent, et chaque graphique une phrase qui dit ce qu’il montre, avec ses chiffres en tableau (Afficher les données). Vérifié avec les interfaces d’accessibilité qu’utilise un lecteur d’écran (AT-SPI sous Linux). Les couleurs des graphiques atteignent les rapports de contraste WCAG sur leur fond blanc. Pas encore fait : vérifier les contrastes avec les thèmes sombres et à contraste élevé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keyboard and accessibility</source>
        <translation>Clavier et accessibilité</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="+149"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New table…</source>
        <translation>&amp;Nouveau tableau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty table in a file you choose</source>
        <translation>Créer une table vide dans le fichier de votre choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a table file (SQLite), or a CSV file to import into a new or the open table</source>
        <translation>Ouvrir une table (SQLite), ou un fichier CSV à importer dans un nouveau tableau ou dans la table ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a table shared by several ministries on a PostgreSQL server</source>
        <translation>Ouvrir un tableau partagé par plusieurs ministères sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a CSV table into the open table, with a preview first</source>
        <translation>Importer un tableau CSV dans le tableau ouvert, après un aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the table as an XLSX workbook, a CSV file or the PDF report for the CIAD</source>
        <translation>Exporter le tableau en classeur XLSX, en fichier CSV ou en rapport PDF pour le CIAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add an opening…</source>
        <translation>A&amp;jouter une ouverture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a newly announced dataset, API or source code</source>
        <translation>Ajouter un jeu de données, une API ou un code source nouvellement annoncé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete the selected openings</source>
        <translation>&amp;Supprimer les ouvertures sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the titles, descriptions, comments and URLs</source>
        <translation>Rechercher dans les intitulés, descriptions, commentaires et URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present the charts</source>
        <translation>&amp;Présenter les graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, one chart per slide, for a meeting</source>
        <translation>Plein écran, un graphique par diapositive, pour une réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every keyboard shortcut, and what is done for accessibility</source>
        <translation>Tous les raccourcis clavier, et ce qui est fait pour l’accessibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to use the application, in short</source>
        <translation>L’utilisation de l’application, en bref</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+70"/>
        <source>No table is open: File &gt; Open… (Ctrl+O).</source>
        <translation>Aucun tableau n’est ouvert : Fichier &gt; Ouvrir… (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+187"/>
        <location line="+28"/>
        <location line="+3"/>
        <source>Openings tracker</source>
        <translation>Suivi des ouvertures</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Follows the opening of public datasets, APIs and source codes announced by the ministries: announced quarter against effective opening.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Suit l’ouverture des jeux de données, API et codes sources publics annoncés par les ministères : échéance annoncée face à l’ouverture effective.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../ui/widgets/messagewidget.cpp" line="+95"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../models/domain/messages.cpp" line="+16"/>
        <source>%1: %2</source>
        <comment>subject: message</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>MinistryChart</name>
    <message>
        <location filename="../ui/render/charts/ministrychart.cpp" line="+78"/>
        <source>Progress by ministry</source>
        <translation>Avancement par ministère</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Openings</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No openings in this selection</source>
        <translation>Aucune ouverture dans cette sélection</translation>
    </message>
</context>
<context>
    <name>MinistryDirectory</name>
    <message>
        <location filename="../models/storage/ministrydirectory.cpp" line="+78"/>
        <source>the ministry is empty</source>
        <translation>le ministère n’est pas renseigné</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” already names the ministry “%2”</source>
        <translation>« %1 » désigne déjà le ministère « %2 »</translation>
    </message>
</context>
<context>
    <name>OpeningDelegate</name>
    <message>
        <location filename="../ui/table/openingdelegate.cpp" line="+157"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the item was opened, as dd/mm/yyyy; empty if it is not opened yet. Entering a date marks the item as available.</source>
        <translation>Date d’ouverture, sous la forme jj/mm/aaaa ; vide si l’élément n’est pas encore ouvert. Saisir une date passe l’état à « Disponible ».</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Entrée enregistre ; Maj+Entrée passe à la ligne.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The announced quarter was not changed: %1</source>
        <translation>L’échéance annoncée n’a pas été modifiée : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a date: write it as dd/mm/yyyy (for example 15/09/2021), or leave the cell empty.</source>
        <translation>« %1 » n’est pas une date : écrivez-la sous la forme jj/mm/aaaa (par exemple 15/09/2021), ou laissez la case vide.</translation>
    </message>
</context>
<context>
    <name>OpeningsTableModel</name>
    <message>
        <location filename="../ui/table/tablepage.cpp" line="+157"/>
        <location filename="../models/itemmodels/openingstablemodel.cpp" line="+146"/>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openingstablecolumns.cpp" line="+91"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter announced by the ministry</source>
        <translation>Échéance annoncée : trimestre annoncé par le ministère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date the item was effectively opened</source>
        <translation>Date d’ouverture effective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openingstablemodel.cpp" line="-32"/>
        <source>Read only: your account may not change the openings of %1</source>
        <translation>Lecture seule : votre compte ne peut pas modifier les ouvertures de ce ministère (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: announced for %1 and not opened</source>
        <translation>En retard : annoncée pour %1 et non ouverte</translation>
    </message>
    <message>
        <location filename="../models/editing/editrules.cpp" line="+29"/>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation>« %1 » n’est pas une adresse web (http:// ou https://).</translation>
    </message>
    <message>
        <location filename="../models/editing/openingeditor.cpp" line="+26"/>
        <source>Edit %1 of “%2”</source>
        <translation>Modifier « %1 » de « %2 »</translation>
    </message>
</context>
<context>
    <name>PageSwitch</name>
    <message>
        <location filename="../ui/mainwindow/pageswitch.cpp" line="+79"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../ui/render/pdfreportcanvas.cpp" line="+161"/>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreport.cpp" line="+47"/>
        <location line="+62"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Openings tracker, progress on %1</source>
        <translation>Suivi des ouvertures, avancement au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings tracker, %1, progress on %2</source>
        <translation>Suivi des ouvertures, %1, avancement au %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>Impossible d’écrire %1 : le PDF n’a pas pu être créé</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot write %1: the report was not started</source>
        <translation>Impossible d’écrire %1 : le rapport n’a pas été commencé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/render/pdfreporttable.cpp" line="+20"/>
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n trimestre</numerusform>
            <numerusform>%n trimestres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced quarter</source>
        <translation>Échéance annoncée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late by</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportministry.cpp" line="+73"/>
        <location filename="../ui/render/pdfreporttable.cpp" line="+68"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue and planned openings, continued</source>
        <translation>Ouvertures en retard et à venir (suite)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n opening(s) announced · progress on %1</source>
        <translation>
            <numerusform>%n ouverture annoncée · avancement au %1</numerusform>
            <numerusform>%n ouvertures annoncées · avancement au %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>opened (%1)</source>
        <translation>ouvertes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportcover.cpp" line="+124"/>
        <location filename="../ui/render/pdfreportministry.cpp" line="+1"/>
        <source>opened</source>
        <translation>ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportministry.cpp" line="+2"/>
        <source>announced</source>
        <translation>annoncées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on time (%1 of %2 dated)</source>
        <translation>dans les délais (%1 sur %2 datées)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on time: no effective date known</source>
        <translation>dans les délais : aucune date connue</translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportcover.cpp" line="+11"/>
        <location filename="../ui/render/pdfreportministry.cpp" line="+2"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportministry.cpp" line="+2"/>
        <source>planned</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abandoned</source>
        <translation>abandonnées</translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreporttable.cpp" line="-6"/>
        <source>No overdue or planned opening: everything announced was opened or abandoned.</source>
        <translation>Aucune ouverture en retard ou à venir : tout ce qui a été annoncé a été ouvert ou abandonné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Openings still due: %1 overdue, %2 planned</source>
        <translation>Ouvertures restant à réaliser : %1 en retard, %2 à venir</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>… and %n more opening(s), not listed here: the XLSX export lists them all.</source>
        <translation>
            <numerusform>… et %n autre ouverture, non listée ici : l’export XLSX les liste toutes.</numerusform>
            <numerusform>… et %n autres ouvertures, non listées ici : l’export XLSX les liste toutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportpages.cpp" line="+19"/>
        <source>%1 (reference quarter %2)</source>
        <translation>%1 (trimestre de référence %2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Openings tracker · progress on %1</source>
        <translation>Suivi des ouvertures · avancement au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings tracker · %1 · progress on %2</source>
        <translation>Suivi des ouvertures · %1 · avancement au %2</translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportcover.cpp" line="-39"/>
        <source>REPORT FOR THE CIAD</source>
        <translation>RAPPORT POUR LE CIAD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening of public data, APIs and source codes</source>
        <translation>Ouverture des données, API et codes sources publics</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress on %1</source>
        <translation>Avancement au %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All ministries (%n)</source>
        <translation>
            <numerusform>Tous les ministères (%n)</numerusform>
            <numerusform>Tous les ministères (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>openings announced</source>
        <translation>ouvertures annoncées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>datasets, APIs and source codes the ministries committed to open</source>
        <translation>jeux de données, API et codes sources que les ministères se sont engagés à ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of what was announced (available or update required)</source>
        <translation>%1 de ce qui a été annoncé (disponible ou mise à jour requise)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opened on time</source>
        <translation>ouvertes dans les délais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on time, %2 late, out of the openings with an effective date</source>
        <translation>%1 dans les délais, %2 en retard, parmi les ouvertures dont la date effective est connue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not opened although announced before %1 · %2 planned later</source>
        <translation>non ouvertes bien qu’annoncées avant %1 · %2 à venir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress over time: page 2 · Progress by ministry: page %1</source>
        <translation>Avancement dans le temps : page 2 · Avancement par ministère : page %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The table holds no opening yet.</source>
        <translation>Le tableau ne contient encore aucune ouverture.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>… and %n more ministries, in alphabetical order</source>
        <translation>
            <numerusform>… et %n autre ministère, par ordre alphabétique</numerusform>
            <numerusform>… et %n autres ministères, par ordre alphabétique</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportcharts.cpp" line="+50"/>
        <source>The top line adds up what was announced quarter after quarter, the lower line what was opened, by effective date; the shaded gap is what remains to open. The dotted line marks %1.</source>
        <translation>La ligne du haut cumule ce qui a été annoncé trimestre après trimestre, celle du bas ce qui a été ouvert, selon la date effective ; l’écart grisé est ce qui reste à ouvrir. La ligne pointillée marque %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n opened item(s) without an effective date are not on the lower line.</source>
        <translation>
            <numerusform>%n ouverture réalisée sans date effective n’apparaît pas sur la ligne du bas.</numerusform>
            <numerusform>%n ouvertures réalisées sans date effective n’apparaissent pas sur la ligne du bas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announced and opened, cumulated quarter by quarter</source>
        <translation>Annoncées et ouvertes, cumulées trimestre par trimestre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress by ministry</source>
        <translation>Avancement par ministère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress by ministry (%1 to %2 of %3)</source>
        <translation>Avancement par ministère (%1 à %2 sur %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each bar splits a ministry&apos;s announced openings by state, the ministries with most overdue openings first.</source>
        <translation>Chaque barre répartit par état les ouvertures annoncées d’un ministère ; les ministères ayant le plus d’ouvertures en retard viennent en premier.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../ui/presentation/presentationwindow.cpp" line="+63"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preparing the slides…</source>
        <translation>Préparation des diapositives…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>→ / Space: next · ←: previous · Esc: leave</source>
        <translation>→ / Espace : suivante · ← : précédente · Échap : quitter</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The slides could not be prepared.</source>
        <translation>Les diapositives n’ont pas pu être préparées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slides could not be prepared: %1</source>
        <translation>Les diapositives n’ont pas pu être préparées : %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Opening of public data, APIs and source codes</source>
        <translation>Ouverture des données, API et codes sources publics</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — as of %2</source>
        <translation>%1 — situation au %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Announced and opened, cumulative</source>
        <translation>Annoncées et ouvertes, en cumul</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln announced</source>
        <translation>
            <numerusform>%Ln annoncée</numerusform>
            <numerusform>%Ln annoncées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln opened</source>
        <translation>
            <numerusform>%Ln ouverte</numerusform>
            <numerusform>%Ln ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln planned</source>
        <translation>
            <numerusform>%Ln à venir</numerusform>
            <numerusform>%Ln à venir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln overdue item(s)</source>
        <translation>
            <numerusform>%Ln ouverture en retard</numerusform>
            <numerusform>%Ln ouvertures en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing overdue.</source>
        <translation>Aucune ouverture en retard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../models/storage/progressqueries.cpp" line="+68"/>
        <source>Cannot compute progress: no table is open</source>
        <translation>Impossible de calculer l’avancement : aucun tableau n’est ouvert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot compute progress</source>
        <translation>Impossible de calculer l’avancement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot compute progress: %1</source>
        <translation>Impossible de calculer l’avancement : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read the ministries: %1</source>
        <translation>Impossible de lire les ministères : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot count the openings: no table is open</source>
        <translation>Impossible de compter les ouvertures : aucun tableau n’est ouvert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot count the openings</source>
        <translation>Impossible de compter les ouvertures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot count the openings: %1</source>
        <translation>Impossible de compter les ouvertures : %1</translation>
    </message>
</context>
<context>
    <name>Quarter</name>
    <message>
        <location filename="../models/domain/quarter.cpp" line="+232"/>
        <source>“%1” is not a quarter (expected e.g. “T3 2021”)</source>
        <translation>« %1 » n’est pas un trimestre (attendu : par ex. « T3 2021 »)</translation>
    </message>
</context>
<context>
    <name>QuarterChart</name>
    <message>
        <location filename="../ui/render/charts/quarterchart.cpp" line="+29"/>
        <source>Announced and opened in each quarter</source>
        <translation>Annoncées et ouvertes par trimestre</translation>
    </message>
    <message>
        <location filename="../ui/render/charts/chartdata.cpp" line="-28"/>
        <location filename="../ui/render/charts/quarterchart.cpp" line="+3"/>
        <source>Announced for the quarter</source>
        <translation>Annoncées pour le trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/render/charts/quarterchart.cpp" line="+1"/>
        <source>Opened in the quarter</source>
        <translation>Ouvertes dans le trimestre</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../ui/render/charts/quarterchart.cpp" line="+26"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../ui/render/charts/quarterchart.cpp" line="+2"/>
        <source>Openings</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No openings in this selection</source>
        <translation>Aucune ouverture dans cette sélection</translation>
    </message>
</context>
<context>
    <name>QuarterCombo</name>
    <message>
        <location filename="../ui/widgets/quartercombo.cpp" line="+26"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. %1</source>
        <translation>par ex. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a quarter or type it: T3 2021, 2021-T3, 3e trimestre 2021, S2 2021, fin 2021…</source>
        <translation>Choisissez un trimestre ou saisissez-le : T3 2021, 2021-T3, 3e trimestre 2021, S2 2021, fin 2021…</translation>
    </message>
</context>
<context>
    <name>RecentTablesMenu</name>
    <message>
        <location filename="../ui/mainwindow/recenttablesmenu.cpp" line="+76"/>
        <source>&amp;Recent tables</source>
        <translation>Tableaux &amp;récents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent table</source>
        <translation>Aucun tableau récent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
</context>
<context>
    <name>SampleNotice</name>
    <message>
        <location filename="../ui/mainwindow/samplenotice.cpp" line="+52"/>
        <source>Sample table — import your table or create one</source>
        <translation>Table d’exemple — importez votre tableau ou créez-en un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close: do not show again</source>
        <translation>Fermer : ne plus afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New table…</source>
        <translation>&amp;Nouveau tableau…</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <location filename="../models/storage/serveradmin.cpp" line="+96"/>
        <source>%1: the rights of a table are kept by a PostgreSQL server: give a postgresql://user@host:port/database address</source>
        <translation>%1 : les droits d’un tableau sont gérés par un serveur PostgreSQL : indiquez une adresse postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the role %2 does not administer this table: run this as its owner (%3) or a superuser</source>
        <translation>%1 : le rôle %2 n’administre pas ce tableau : lancez la commande en tant que propriétaire (%3) ou superutilisateur</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the role %1 does not exist on the server: create it first (CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;)</source>
        <translation>le rôle %1 n’existe pas sur le serveur : créez-le d’abord (CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;)</translation>
    </message>
</context>
<context>
    <name>ServerConnector</name>
    <message>
        <location filename="../ui/mainwindow/serverconnector.cpp" line="+62"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this password.
Password for %1:</source>
        <translation>Le serveur a refusé ce mot de passe.
Mot de passe pour %1 :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server unavailable</source>
        <translation>Serveur indisponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can work on a table of your own meanwhile.</source>
        <translation>Vous pouvez travailler sur votre propre tableau en attendant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;my local table</source>
        <translation>Ouvrir &amp;mon tableau local</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a &amp;file…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/statuscounts.cpp" line="+71"/>
        <source>%Ln opening(s)</source>
        <translation>
            <numerusform>%Ln ouverture</numerusform>
            <numerusform>%Ln ouvertures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln opened</source>
        <translation>
            <numerusform>%Ln ouverte</numerusform>
            <numerusform>%Ln ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the rows the filters show. Overdue: neither opened nor abandoned, announced before %1 (the quarter of %2).</source>
        <translation>Pour les lignes affichées par les filtres. En retard : ni ouverte ni abandonnée, annoncée avant %1 (trimestre du %2).</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../models/storage/store.cpp" line="+103"/>
        <source>Your account %1 may read this table but not change it.</source>
        <translation>Votre compte %1 peut lire ce tableau mais pas le modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account %1 may not change the openings of %2.</source>
        <translation>Votre compte %1 ne peut pas modifier les ouvertures de ce ministère (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An opening needs a title.</source>
        <translation>Une ouverture doit avoir un intitulé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No table is open.</source>
        <translation>Aucun tableau n’est ouvert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+74"/>
        <location line="+37"/>
        <source>The opening %1 no longer exists: another user deleted it.</source>
        <translation>L’ouverture %1 n’existe plus : un autre utilisateur l’a supprimée.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The server refused to change the opening “%1”.</source>
        <translation>Le serveur a refusé de modifier l’ouverture « %1 ».</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server refused to delete the opening “%1”.</source>
        <translation>Le serveur a refusé de supprimer l’ouverture « %1 ».</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>“%1” is not a valid value for %2.</source>
        <translation>« %1 » n’est pas une valeur valide pour « %2 ».</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <location filename="../models/storage/tablefile.cpp" line="+27"/>
        <source>Cannot create a temporary folder for the new table.</source>
        <translation>Impossible de créer un dossier temporaire pour le nouveau tableau.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+7"/>
        <source>The table %1 could not be created: %2</source>
        <translation>Le tableau %1 n’a pas pu être créé : %2</translation>
    </message>
</context>
<context>
    <name>TableFiles</name>
    <message>
        <location filename="../ui/mainwindow/tablefiles.cpp" line="+41"/>
        <source>new-table</source>
        <translation>nouveau-tableau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the open table: choose another name for the new table.</source>
        <translation>%1 est la table ouverte : choisissez un autre nom pour le nouveau tableau.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New table</source>
        <translation>Nouveau tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.sqlite *.db)</source>
        <translation>Tables (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a table</source>
        <translation>Ouvrir une table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables and files to import (*.sqlite *.db *.csv *.txt *.xlsx);;Tables (*.sqlite *.db);;Files to import (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tables et fichiers à importer (*.sqlite *.db *.csv *.txt *.xlsx);;Tables (*.sqlite *.db);;Fichiers à importer (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a CSV table</source>
        <translation>Importer un tableau CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>Tableaux CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is an Excel workbook: the application imports CSV files. In the spreadsheet, save it as CSV (File &gt; Save as, &quot;CSV UTF-8&quot; or &quot;CSV (separator: semicolon)&quot;), then open or import the CSV file.</source>
        <translation>%1 est un classeur Excel : l’application importe des fichiers CSV. Dans le tableur, enregistrez-le en CSV (Fichier &gt; Enregistrer sous, « CSV UTF-8 » ou « CSV (séparateur : point-virgule) »), puis ouvrez ou importez le fichier CSV.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a CSV file, not a table. Import its rows, with a preview first:</source>
        <translation>%1 est un fichier CSV, pas une table. Importer ses lignes, avec un aperçu d’abord :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into a &amp;new table…</source>
        <translation>Dans un &amp;nouveau tableau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into the &amp;open table</source>
        <translation>Dans la table &amp;ouverte</translation>
    </message>
</context>
<context>
    <name>TableLocation</name>
    <message>
        <location filename="../app/tablelocation.cpp" line="+31"/>
        <source>Cannot prepare the sample table in %1.</source>
        <translation>Impossible de préparer le tableau d’exemple dans %1.</translation>
    </message>
</context>
<context>
    <name>TableOpener</name>
    <message>
        <location filename="../ui/mainwindow/tableopener.cpp" line="+37"/>
        <source>The table %1 could not be opened: %2</source>
        <translation>Le tableau %1 n’a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The table %1 does not exist: it may have been moved, renamed or deleted. File &gt; New table… creates a table, File &gt; Open… opens another one.</source>
        <translation>Le tableau %1 n’existe pas : il a peut-être été déplacé, renommé ou supprimé. Fichier &gt; Nouveau tableau… crée un tableau, Fichier &gt; Ouvrir… en ouvre un autre.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../ui/table/tablepage.cpp" line="-133"/>
        <source>Openings</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The openings of the table, one per row; overdue rows say so in their status.</source>
        <translation>Les ouvertures du tableau, une par ligne ; l’état des lignes en retard le précise.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+21"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Active filters: %1</source>
        <translation>Filtres actifs : %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../ui/widgets/taskprogress.cpp" line="+118"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this work</source>
        <translation>Arrêter ce traitement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
</context>
<context>
    <name>TransferFlows</name>
    <message>
        <location filename="../ui/mainwindow/transferflows.cpp" line="+24"/>
        <source>Import a CSV table</source>
        <translation>Importer un tableau CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>Tableaux CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a table before importing into it.</source>
        <translation>Ouvrez un tableau avant d’y importer des données.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import done: %1.</source>
        <translation>Import terminé : %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a table before exporting it.</source>
        <translation>Ouvrez un tableau avant de l’exporter.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../ui/mainwindow/userguide.cpp" line="+39"/>
        <location line="+3"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guiapp.cpp" line="+70"/>
        <source>Table to open.</source>
        <translation>Tableau à ouvrir.</translation>
    </message>
</context>
</TS>
