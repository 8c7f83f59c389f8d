<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AddOpeningDialog</name>
    <message>
        <location filename="../ui/dialogs/addopeningdialog.cpp" line="+22"/>
        <source>Add an opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>What will be opened, e.g. “API Adresse”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ministry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Announced quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a ministry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BurnUpChart</name>
    <message>
        <location filename="../ui/render/charts/burnupchart.cpp" line="+114"/>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <location filename="../ui/render/charts/chartdata.cpp" line="+49"/>
        <source>Announced (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/render/charts/chartdata.cpp" line="+1"/>
        <source>Opened (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/render/charts/chartdata.cpp" line="-1"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No openings in this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At %1: %2 announced, %3 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Announced and opened, cumulative by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: announced and opened, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../ui/render/charts/chartdata.cpp" line="+21"/>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Slip (quarters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartDataDialog</name>
    <message>
        <location filename="../ui/dashboard/chartdatadialog.cpp" line="+18"/>
        <source>Data of the chart “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Copy the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartDescriptions</name>
    <message>
        <location filename="../ui/render/charts/chartdescriptions.cpp" line="+27"/>
        <source>On %1, %2 of the %3 announced openings are opened; %4 are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Most overdue: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No opening has an announced quarter or an effective date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Openings announced and opened per quarter, from %1 to %2: most announced in %3 (%4), most opened in %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress of %1 ministries: %2 opened on time, %3 opened late, %4 opened without a date, %5 to come, %6 overdue, %7 abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No opened opening has both an announced quarter and an effective date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of %1 openings opened with a date, %2 were early, %3 in the announced quarter and %4 late; the longest slip is %5 quarters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/render/chartexport.cpp" line="+106"/>
        <location line="+18"/>
        <location line="+23"/>
        <source>The image %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Chart made by the openings tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image %1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPalette</name>
    <message>
        <location filename="../ui/render/charts/chartpalette.cpp" line="+145"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened (date unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened in or before the announced quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened after the announced quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened, effective date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not opened yet, announced for the reference quarter or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not opened, announced quarter before the reference quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given up by the ministry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../ui/dashboard/chartview.cpp" line="+74"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+176"/>
        <source>&lt;b&gt;%1 quarter(s)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/barsegments.cpp" line="+112"/>
        <location filename="../ui/dashboard/chartview.cpp" line="+2"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 quarter(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartview.cpp" line="+5"/>
        <source>Click to list these openings in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Show the &amp;data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1920 × 1080 (projector, Full HD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1280 × 720</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3840 × 2160 (4K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1200 × 900 (document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 (as on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size of the image, in pixels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Copy or save this chart as an image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../ui/render/charts/chartoptions.cpp" line="+129"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="+62"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>stats: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stats: --db DB is required</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: --as-of &apos;%2&apos; is not a date: expected YYYY-MM-DD, e.g. 2022-06-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>import: --db DB is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: choose either --merge or --replace, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import: the CSV file to import is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: one CSV file at a time (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>export: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: --db DB is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: --format xlsx|csv|csv-excel|pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export: unknown format &apos;%1&apos;: expected xlsx, csv, csv-excel or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: -o OUT, the file to write, is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: --ministry needs a ministry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="+41"/>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Progress on %1 (reference quarter %2), %n opening(s)</source>
        <translation>
            <numerusform>Progress on %1 (reference quarter %2), %n opening</numerusform>
            <numerusform>Progress on %1 (reference quarter %2), %n openings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no such table file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>warning: %n more warning(s) not shown</source>
        <translation>
            <numerusform>warning: %n more warning not shown</numerusform>
            <numerusform>warning: %n more warnings not shown</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: no ministry is named “%2” (neither a name nor an alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1: report of %n page(s) written</source>
        <translation>
            <numerusform>%1: report of %n page written</numerusform>
            <numerusform>%1: report of %n pages written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n opening(s) exported</source>
        <translation>
            <numerusform>%1: %n opening exported</numerusform>
            <numerusform>%1: %n openings exported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cliadmin.cpp" line="+27"/>
        <source>Try &apos;suivi-ouvertures --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: schema already at version %2, nothing changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: schema version %2 created, with row-level security; %3 coordinates the table
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: schema upgraded from version %2 to %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: could not keep other roles from creating objects in the schema %2 (REVOKE CREATE ON SCHEMA %2 FROM PUBLIC): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: CREATE on the schema %2 revoked from PUBLIC: only its owner creates objects there
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: only the owner of the schema %2 creates objects there
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(coordinator: every ministry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>every ministry (coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no ministry is named “%2” (neither a name nor an alias); import the table first, or check the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 may now edit %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could already edit %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may no longer edit %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not edit %2
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>admin: expected init, grant, revoke or grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin: unknown command &apos;%1&apos;: expected init, grant, revoke or grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: --db URL is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: --db must be a postgresql://user@host:port/database address: rights are kept by a server, not in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: --role ROLE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: give either --ministry NAME (one or more) or --coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../models/editing/commands.cpp" line="+55"/>
        <source>The opening keeps being changed by other users; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The opening no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another user changed the opening at the same moment; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n openings</source>
        <translation>
            <numerusform>Delete %n opening</numerusform>
            <numerusform>Delete %n openings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/dialogs/conflictdialog.cpp" line="+29"/>
        <source>Changed by another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;While you were editing “%1”, &lt;b&gt;%2&lt;/b&gt; saved a change of the same fields (%3). Nothing of yours was saved yet.&lt;/p&gt;&lt;p&gt;For each field, keep your value, take theirs, or type another.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&apos;s value&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Your value&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;To save&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;all mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take all theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: “%2” is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="+34"/>
        <source>Connect to a shared table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A table shared by several ministries lives on a PostgreSQL server. Its administrator gives you these settings and your account&apos;s rights. The password is asked when the server wants one, and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/import/csvreader.cpp" line="+59"/>
        <source>%1: row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+27"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+167"/>
        <source>column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the byte %2 at the start of the cell is not UTF-8, unlike the rest of the file; type this character again or save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the byte %2 after “%3” is not UTF-8, unlike the rest of the file; type this character again or save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-232"/>
        <source>CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/csvreader_parse.cpp" line="+255"/>
        <source>a quoted field is never closed (missing &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardFilter</name>
    <message>
        <location filename="../ui/dashboard/dashboardfilter.cpp" line="+73"/>
        <source>opened on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opened late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opened, effective date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opened in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All ministries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>announced %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="+125"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+210"/>
        <source>Selection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashboard follows the filters of the table page (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day overdue items are judged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the charts full screen, one per slide (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Burn-up: the shaded gap between the announced and the opened lines is the backlog; the dotted line marks the reference quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a bar to list its openings in the table; right-click a chart to copy or save it as an image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="+98"/>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: is a folder, not a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot open the table: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: is not a table of this application (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database_postgres.cpp" line="+130"/>
        <source>%1: the address option &quot;%2&quot; is not accepted (accepted: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the address option &quot;%2&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the value of the address option &quot;%2&quot; cannot contain a semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: not a valid server address (expected postgresql://user@host:port/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the PostgreSQL driver of Qt is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot connect to the PostgreSQL server: host %1, port %2, database %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/schemamigration.cpp" line="+80"/>
        <source>not a table of this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this table was written by a newer version of the application (schema %1, this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(the table&apos;s administrator must upgrade it first: suivi-ouvertures admin init --db %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelayChart</name>
    <message>
        <location filename="../ui/render/charts/delaychart.cpp" line="+37"/>
        <source>Delay of opened items, in quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/charts/chartdata.cpp" line="+0"/>
        <location filename="../ui/render/charts/delaychart.cpp" line="+9"/>
        <source>On time or early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/render/charts/delaychart.cpp" line="+1"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/charts/delaychart.cpp" line="+27"/>
        <source>Effective quarter minus announced quarter (negative: early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln item(s) moved to another quarter since first announced</source>
        <translation>
            <numerusform>%Ln item moved to another quarter since first announced</numerusform>
            <numerusform>%Ln items moved to another quarter since first announced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../models/domain/domain.cpp" line="+86"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Announced quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First announced quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditFlows</name>
    <message>
        <location filename="../ui/mainwindow/editflows.cpp" line="+46"/>
        <source>“%1” could not be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” was added; the current filters hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the rows to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the %Ln selected openings?</source>
        <translation>
            <numerusform>Delete the selected opening?</numerusform>
            <numerusform>Delete the %Ln selected openings?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Edit &gt; Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Edit &gt; Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Edit &gt; Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The openings could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your change of “%1” was not saved: the other user&apos;s stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../models/export/csvexporter.cpp" line="+151"/>
        <location filename="../models/export/stagedfile.cpp" line="+88"/>
        <location filename="../models/export/xlsxexporter.cpp" line="+282"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/exportsource.cpp" line="+43"/>
        <source>Cannot read the ministries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No ministry has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../models/storage/openingpages.cpp" line="+67"/>
        <location line="+19"/>
        <source>Cannot read the openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+10"/>
        <source>Cannot read the openings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/stagedfile.cpp" line="+6"/>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/xlsxexporter.cpp" line="-26"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-103"/>
        <location filename="../models/export/xlsxopeningsheets.cpp" line="+180"/>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/stagedfile.cpp" line="+19"/>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/xlsxopeningsheets.cpp" line="-25"/>
        <source>Cannot write row %1 of sheet &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/xlsxsummary.cpp" line="+229"/>
        <source>Cannot add the chart of the summary sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot write the summary sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/exporter.cpp" line="+74"/>
        <source>Cannot export to %1: it is the open table. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot export to %1: it is a working file of the open table %2. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+123"/>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the openings of the table, or of one ministry, to a file to hand out. Overdue and planned openings are judged on the reference date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ministry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XLSX workbook (Excel, LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, open data (data.gouv.fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV for Excel (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report for the CIAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For secretaries general: a summary sheet with charts, every opening, and a sheet per ministry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The published form: UTF-8, commas. It can be imported back into a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens in French Excel with a double click: semicolons, dates written 30/06/2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The handout of the CIAD, A4 landscape: key figures, charts, then a page per ministry with its openings still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>All ministries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file written last with its usual application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>XLSX workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog_run.cpp" line="+45"/>
        <source>Reading the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+40"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../ui/table/filterpanel.cpp" line="+180"/>
        <location line="+173"/>
        <location line="+2"/>
        <source>All ministries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened (available or update required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Announced from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searc&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, description, comment or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches titles, descriptions, comments and URLs, ignoring case and accents (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings neither opened nor abandoned whose announced quarter has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected by a click on a dashboard chart: click to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="+31"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1, column “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; (semicolon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, (comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+158"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Import a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First rows, as they will be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge: add the file&apos;s new openings and update those already in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace: the table will hold only the openings of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: every opening currently in the table is removed and replaced by the openings of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the file was cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s); %1 shown below, rows with errors are left out</source>
        <translation>
            <numerusform>%Ln row; %1 shown below, rows with errors are left out</numerusform>
            <numerusform>%Ln rows; %1 shown below, rows with errors are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s); the first %1 shown below</source>
        <translation>
            <numerusform>%Ln row; the first %1 shown below</numerusform>
            <numerusform>%Ln rows; the first %1 shown below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replacing the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import cancelled: the table was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import failed, the table was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Nothing can be imported while the file has errors (%Ln): correct them in the spreadsheet, save it and import it again.</source>
        <translation>
            <numerusform>Nothing can be imported while the file has an error: correct it in the spreadsheet, save it and import it again.</numerusform>
            <numerusform>Nothing can be imported while the file has errors (%Ln): correct them in the spreadsheet, save it and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds no opening to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../models/import/importer.cpp" line="+47"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown column, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column given twice, this one is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the required column “%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same ministry, title and kind as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n error(s), nothing was imported:</source>
        <translation>
            <numerusform>%1: %n error, nothing was imported:</numerusform>
            <numerusform>%1: %n errors, nothing was imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>imported %Ln</source>
        <translation>
            <numerusform>imported %Ln</numerusform>
            <numerusform>imported %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, updated %Ln</source>
        <translation>
            <numerusform>, updated %Ln</numerusform>
            <numerusform>, updated %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, unchanged %Ln</source>
        <translation>
            <numerusform>, unchanged %Ln</numerusform>
            <numerusform>, unchanged %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, removed %Ln</source>
        <translation>
            <numerusform>, removed %Ln</numerusform>
            <numerusform>, removed %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/domain/error.cpp" line="+25"/>
        <location filename="../models/import/importer.cpp" line="+299"/>
        <source>%1: row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: row %2, column “%3”: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importer.cpp" line="-152"/>
        <source>%1: the table is in use by another program or window that is writing to it; try again once it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot start a transaction: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importrowparser.cpp" line="+240"/>
        <source>the title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ministry is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the kind is empty (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind “%1” (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the status is empty (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown status “%1” (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no announced quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>an effective date on an item whose status is “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date (expected dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a date and time (expected 2021-09-20T00:45:00.000Z or 20/09/2021 00:45)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFigures</name>
    <message>
        <location filename="../ui/dashboard/keyfigures.cpp" line="+74"/>
        <source>%1 of the announced items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>announced items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>on time (of %Ln dated opening(s))</source>
        <translation>
            <numerusform>on time (of %Ln dated opening)</numerusform>
            <numerusform>on time (of %Ln dated openings)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened in or before the announced quarter, out of the opened items whose effective date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../ui/mainwindow/keyboardhelp.cpp" line="+34"/>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between the filters, the table and the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu key or Shift+F10 on a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chart&apos;s data as a table, copy or save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows, Enter on a bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between its bars (Up/Down between the ministries); list the openings of the current bar in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrows, Page Up/Down, Space; Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the presentation: next or previous slide; leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every control of the window and of its dialogs has a name that screen readers announce, and every chart a sentence that says what it shows, with its numbers as a table (Show the data). Checked with the accessibility interfaces a screen reader uses (AT-SPI on Linux). The chart colours reach the WCAG contrast ratios on their white background. Not yet done: checking contrast against dark and high-contrast themes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keyboard and accessibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="+149"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty table in a file you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a table file (SQLite), or a CSV file to import into a new or the open table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a table shared by several ministries on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a CSV table into the open table, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the table as an XLSX workbook, a CSV file or the PDF report for the CIAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add an opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a newly announced dataset, API or source code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete the selected openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the titles, descriptions, comments and URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, one chart per slide, for a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every keyboard shortcut, and what is done for accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to use the application, in short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+70"/>
        <source>No table is open: File &gt; Open… (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+187"/>
        <location line="+28"/>
        <location line="+3"/>
        <source>Openings tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Follows the opening of public datasets, APIs and source codes announced by the ministries: announced quarter against effective opening.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../ui/widgets/messagewidget.cpp" line="+95"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../models/domain/messages.cpp" line="+16"/>
        <source>%1: %2</source>
        <comment>subject: message</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinistryChart</name>
    <message>
        <location filename="../ui/render/charts/ministrychart.cpp" line="+78"/>
        <source>Progress by ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No openings in this selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinistryDirectory</name>
    <message>
        <location filename="../models/storage/ministrydirectory.cpp" line="+78"/>
        <source>the ministry is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” already names the ministry “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningDelegate</name>
    <message>
        <location filename="../ui/table/openingdelegate.cpp" line="+157"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the item was opened, as dd/mm/yyyy; empty if it is not opened yet. Entering a date marks the item as available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The announced quarter was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a date: write it as dd/mm/yyyy (for example 15/09/2021), or leave the cell empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningsTableModel</name>
    <message>
        <location filename="../ui/table/tablepage.cpp" line="+157"/>
        <location filename="../models/itemmodels/openingstablemodel.cpp" line="+146"/>
        <source>%1 — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openingstablecolumns.cpp" line="+91"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter announced by the ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date the item was effectively opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openingstablemodel.cpp" line="-32"/>
        <source>Read only: your account may not change the openings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: announced for %1 and not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/editrules.cpp" line="+29"/>
        <source>“%1” is not a web address (http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/openingeditor.cpp" line="+26"/>
        <source>Edit %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSwitch</name>
    <message>
        <location filename="../ui/mainwindow/pageswitch.cpp" line="+79"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../ui/render/pdfreportcanvas.cpp" line="+161"/>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreport.cpp" line="+47"/>
        <location line="+62"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Openings tracker, progress on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings tracker, %1, progress on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot write %1: the report was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/render/pdfreporttable.cpp" line="+20"/>
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportministry.cpp" line="+73"/>
        <location filename="../ui/render/pdfreporttable.cpp" line="+68"/>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue and planned openings, continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n opening(s) announced · progress on %1</source>
        <translation>
            <numerusform>%n opening announced · progress on %1</numerusform>
            <numerusform>%n openings announced · progress on %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportcover.cpp" line="+124"/>
        <location filename="../ui/render/pdfreportministry.cpp" line="+1"/>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportministry.cpp" line="+2"/>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on time (%1 of %2 dated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on time: no effective date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportcover.cpp" line="+11"/>
        <location filename="../ui/render/pdfreportministry.cpp" line="+2"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportministry.cpp" line="+2"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreporttable.cpp" line="-6"/>
        <source>No overdue or planned opening: everything announced was opened or abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Openings still due: %1 overdue, %2 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>… and %n more opening(s), not listed here: the XLSX export lists them all.</source>
        <translation>
            <numerusform>… and %n more opening, not listed here: the XLSX export lists them all.</numerusform>
            <numerusform>… and %n more openings, not listed here: the XLSX export lists them all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportpages.cpp" line="+19"/>
        <source>%1 (reference quarter %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Openings tracker · progress on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings tracker · %1 · progress on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportcover.cpp" line="-39"/>
        <source>REPORT FOR THE CIAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening of public data, APIs and source codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All ministries (%n)</source>
        <translation>
            <numerusform>All ministries (%n)</numerusform>
            <numerusform>All ministries (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>openings announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>datasets, APIs and source codes the ministries committed to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of what was announced (available or update required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opened on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on time, %2 late, out of the openings with an effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not opened although announced before %1 · %2 planned later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress over time: page 2 · Progress by ministry: page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The table holds no opening yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>… and %n more ministries, in alphabetical order</source>
        <translation>
            <numerusform>… and %n more ministry, in alphabetical order</numerusform>
            <numerusform>… and %n more ministries, in alphabetical order</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/render/pdfreportcharts.cpp" line="+50"/>
        <source>The top line adds up what was announced quarter after quarter, the lower line what was opened, by effective date; the shaded gap is what remains to open. The dotted line marks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n opened item(s) without an effective date are not on the lower line.</source>
        <translation>
            <numerusform>%n opened item without an effective date is not on the lower line.</numerusform>
            <numerusform>%n opened items without an effective date are not on the lower line.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announced and opened, cumulated quarter by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress by ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress by ministry (%1 to %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each bar splits a ministry&apos;s announced openings by state, the ministries with most overdue openings first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../ui/presentation/presentationwindow.cpp" line="+63"/>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preparing the slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>→ / Space: next · ←: previous · Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The slides could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slides could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Opening of public data, APIs and source codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Announced and opened, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln announced</source>
        <translation>
            <numerusform>%Ln announced</numerusform>
            <numerusform>%Ln announced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln opened</source>
        <translation>
            <numerusform>%Ln opened</numerusform>
            <numerusform>%Ln opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln planned</source>
        <translation>
            <numerusform>%Ln planned</numerusform>
            <numerusform>%Ln planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln overdue item(s)</source>
        <translation>
            <numerusform>%Ln overdue item</numerusform>
            <numerusform>%Ln overdue items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../models/storage/progressqueries.cpp" line="+68"/>
        <source>Cannot compute progress: no table is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot compute progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot compute progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read the ministries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot count the openings: no table is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot count the openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot count the openings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quarter</name>
    <message>
        <location filename="../models/domain/quarter.cpp" line="+232"/>
        <source>“%1” is not a quarter (expected e.g. “T3 2021”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarterChart</name>
    <message>
        <location filename="../ui/render/charts/quarterchart.cpp" line="+29"/>
        <source>Announced and opened in each quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/charts/chartdata.cpp" line="-28"/>
        <location filename="../ui/render/charts/quarterchart.cpp" line="+3"/>
        <source>Announced for the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/render/charts/quarterchart.cpp" line="+1"/>
        <source>Opened in the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../ui/render/charts/quarterchart.cpp" line="+26"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/render/charts/quarterchart.cpp" line="+2"/>
        <source>Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No openings in this selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarterCombo</name>
    <message>
        <location filename="../ui/widgets/quartercombo.cpp" line="+26"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a quarter or type it: T3 2021, 2021-T3, 3e trimestre 2021, S2 2021, fin 2021…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentTablesMenu</name>
    <message>
        <location filename="../ui/mainwindow/recenttablesmenu.cpp" line="+76"/>
        <source>&amp;Recent tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recent table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleNotice</name>
    <message>
        <location filename="../ui/mainwindow/samplenotice.cpp" line="+52"/>
        <source>Sample table — import your table or create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close: do not show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New table…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <location filename="../models/storage/serveradmin.cpp" line="+96"/>
        <source>%1: the rights of a table are kept by a PostgreSQL server: give a postgresql://user@host:port/database address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the role %2 does not administer this table: run this as its owner (%3) or a superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the role %1 does not exist on the server: create it first (CREATE ROLE %2 LOGIN PASSWORD &apos;…&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConnector</name>
    <message>
        <location filename="../ui/mainwindow/serverconnector.cpp" line="+62"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this password.
Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can work on a table of your own meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;my local table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/statuscounts.cpp" line="+71"/>
        <source>%Ln opening(s)</source>
        <translation>
            <numerusform>%Ln opening</numerusform>
            <numerusform>%Ln openings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln opened</source>
        <translation>
            <numerusform>%Ln opened</numerusform>
            <numerusform>%Ln opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the rows the filters show. Overdue: neither opened nor abandoned, announced before %1 (the quarter of %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../models/storage/store.cpp" line="+103"/>
        <source>Your account %1 may read this table but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account %1 may not change the openings of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An opening needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No table is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+74"/>
        <location line="+37"/>
        <source>The opening %1 no longer exists: another user deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The server refused to change the opening “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The server refused to delete the opening “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>“%1” is not a valid value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <location filename="../models/storage/tablefile.cpp" line="+27"/>
        <source>Cannot create a temporary folder for the new table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+7"/>
        <source>The table %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableFiles</name>
    <message>
        <location filename="../ui/mainwindow/tablefiles.cpp" line="+41"/>
        <source>new-table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the open table: choose another name for the new table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables and files to import (*.sqlite *.db *.csv *.txt *.xlsx);;Tables (*.sqlite *.db);;Files to import (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is an Excel workbook: the application imports CSV files. In the spreadsheet, save it as CSV (File &gt; Save as, &quot;CSV UTF-8&quot; or &quot;CSV (separator: semicolon)&quot;), then open or import the CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a CSV file, not a table. Import its rows, with a preview first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into a &amp;new table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Into the &amp;open table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableLocation</name>
    <message>
        <location filename="../app/tablelocation.cpp" line="+31"/>
        <source>Cannot prepare the sample table in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableOpener</name>
    <message>
        <location filename="../ui/mainwindow/tableopener.cpp" line="+37"/>
        <source>The table %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The table %1 does not exist: it may have been moved, renamed or deleted. File &gt; New table… creates a table, File &gt; Open… opens another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../ui/table/tablepage.cpp" line="-133"/>
        <source>Openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The openings of the table, one per row; overdue rows say so in their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+21"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Active filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../ui/widgets/taskprogress.cpp" line="+118"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferFlows</name>
    <message>
        <location filename="../ui/mainwindow/transferflows.cpp" line="+24"/>
        <source>Import a CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a table before importing into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a table before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../ui/mainwindow/userguide.cpp" line="+39"/>
        <location line="+3"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/guiapp.cpp" line="+70"/>
        <source>Table to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
