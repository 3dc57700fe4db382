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
    <name>AuditTrailDialog</name>
    <message numerus="yes">
        <source>%1 of %n entries shown.</source>
        <translation>
            <numerusform>%1 of %n entry shown.</numerusform>
            <numerusform>%1 of %n entries shown.</numerusform>
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
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>Wrote %n audit entry to %1.</numerusform>
            <numerusform>Wrote %n audit entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the recycle bin.</source>
        <translation>
            <numerusform>%n record in the recycle bin.</numerusform>
            <numerusform>%n records in the recycle bin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted permanently.</source>
        <translation>
            <numerusform>%n record deleted permanently.</numerusform>
            <numerusform>%n records deleted permanently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) would be deleted permanently; add --yes to do it.</source>
        <translation>
            <numerusform>%n record would be deleted permanently; add --yes to do it.</numerusform>
            <numerusform>%n records would be deleted permanently; add --yes to do it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n record restored.</numerusform>
            <numerusform>%n records restored.</numerusform>
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
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>A folder with %n ledger file(s): %1. Bundles are checked against their manifest before anything is read.</source>
        <translation>
            <numerusform>A folder with %n ledger file: %1. Bundles are checked against their manifest before anything is read.</numerusform>
            <numerusform>A folder with %n ledger files: %1. Bundles are checked against their manifest before anything is read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A hand-made ledger (%1, %n column(s)): it is read as an appeals ledger. Check on the next page which column holds what.</source>
        <translation>
            <numerusform>A hand-made ledger (%1, %n column): it is read as an appeals ledger. Check on the next page which column holds what.</numerusform>
            <numerusform>A hand-made ledger (%1, %n columns): it is read as an appeals ledger. Check on the next page which column holds what.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found; rejected rows are listed below with their row number in the file.</source>
        <translation>
            <numerusform>%n problem was found; rejected rows are listed below with their row number in the file.</numerusform>
            <numerusform>%n problems were found; rejected rows are listed below with their row number in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file names %n deputy(ies) this ledger file does not know: %1.

They will be created as district-level deputies with a note saying they came from this import; check and complete their details (level, term, contact) afterwards. Only do this if these are real deputies and not typing mistakes of a known name.

Create them?</source>
        <translation>
            <numerusform>The file names %n deputy this ledger file does not know: %1.

They will be created as district-level deputies with a note saying they came from this import; check and complete their details (level, term, contact) afterwards. Only do this if these are real deputies and not typing mistakes of a known name.

Create them?</numerusform>
            <numerusform>The file names %n deputies this ledger file does not know: %1.

They will be created as district-level deputies with a note saying they came from this import; check and complete their details (level, term, contact) afterwards. Only do this if these are real deputies and not typing mistakes of a known name.

Create them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: you chose all or nothing, and %n row(s) would have been rejected. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>Nothing was written: you chose all or nothing, and %n row would have been rejected. Correct it in the file and import it again.</numerusform>
            <numerusform>Nothing was written: you chose all or nothing, and %n rows would have been rejected. Correct them in the file and import it again.</numerusform>
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
<context>
    <name>RecycleBin</name>
    <message numerus="yes">
        <source>%1 stays in the recycle bin: %n record(s) outside the recycle bin still refer to it (%2).</source>
        <translation>
            <numerusform>%1 stays in the recycle bin: %n record outside the recycle bin still refers to it (%2).</numerusform>
            <numerusform>%1 stays in the recycle bin: %n records outside the recycle bin still refer to it (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 stays in the recycle bin: %n other record(s) in the recycle bin still refer to it (%2); delete them permanently too.</source>
        <translation>
            <numerusform>%1 stays in the recycle bin: %n other record in the recycle bin still refers to it (%2); delete it permanently too.</numerusform>
            <numerusform>%1 stays in the recycle bin: %n other records in the recycle bin still refer to it (%2); delete them permanently too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message numerus="yes">
        <source>%n record(s) restored to the ledgers.</source>
        <translation>
            <numerusform>%n record restored to the ledgers.</numerusform>
            <numerusform>%n records restored to the ledgers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Empty the recycle bin? %n record(s) will be gone forever; they cannot be restored afterwards.</source>
        <translation>
            <numerusform>Empty the recycle bin? %n record will be gone forever; it cannot be restored afterwards.</numerusform>
            <numerusform>Empty the recycle bin? %n records will be gone forever; they cannot be restored afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete permanently? %n record(s) will be gone forever; they cannot be restored afterwards.</source>
        <translation>
            <numerusform>Delete permanently? %n record will be gone forever; it cannot be restored afterwards.</numerusform>
            <numerusform>Delete permanently? %n records will be gone forever; they cannot be restored afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This includes %n record(s) that belong to them (%1), even where those were not deleted themselves.</source>
        <translation>
            <numerusform>This includes %n record that belongs to them (%1), even where it was not deleted itself.</numerusform>
            <numerusform>This includes %n records that belong to them (%1), even where those were not deleted themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted permanently.</source>
        <translation>
            <numerusform>%n record deleted permanently.</numerusform>
            <numerusform>%n records deleted permanently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) stay in the recycle bin because other records still refer to them.</source>
        <translation>
            <numerusform>%n record stays in the recycle bin because other records still refer to it.</numerusform>
            <numerusform>%n records stay in the recycle bin because other records still refer to them.</numerusform>
        </translation>
    </message>
</context>
</TS>
