<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppealForm</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message numerus="yes">
        <source>%n problem(s) found; the first: %1</source>
        <translation>
            <numerusform>%n problem found: %1</numerusform>
            <numerusform>%n problems found; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n ledger book(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n ledger book into %1.</numerusform>
            <numerusform>Wrote %n ledger books into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message numerus="yes">
        <source>%n record(s) point to records that do not exist (in %1).</source>
        <translation>
            <numerusform>%n record points to a record that does not exist (in %1).</numerusform>
            <numerusform>%n records point to records that do not exist (in %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message numerus="yes">
        <source>Fix %n field(s): %1</source>
        <translation>
            <numerusform>Fix %n field: %1</numerusform>
            <numerusform>Fix %n fields: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The bundle of %1 was written to %2 with its manifest (%n file(s)).</source>
        <translation>
            <numerusform>The bundle of %1 was written to %2 with its manifest (%n file).</numerusform>
            <numerusform>The bundle of %1 was written to %2 with its manifest (%n files).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message numerus="yes">
        <source>%n voter(s); practice is at least %1.</source>
        <translation>
            <numerusform>%n voter; practice is at least %1.</numerusform>
            <numerusform>%n voters; practice is at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s).</source>
        <translation>
            <numerusform>%n voter.</numerusform>
            <numerusform>%n voters.</numerusform>
        </translation>
    </message>
</context>
</TS>
