<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ClientDetailsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/client_details.py"/>
        <source>Characteristics recorded with consent (%n)</source>
        <translation>
            <numerusform>One characteristic recorded with consent</numerusform>
            <numerusform>Characteristics recorded with consent (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientErasure</name>
    <message numerus="yes">
        <location filename="../../ui/erasure.py"/>
        <source>The client was erased. %n of Polku&apos;s backup copies could not be rewritten without them, so they were deleted:</source>
        <translation>
            <numerusform>The client was erased. %n of Polku&apos;s backup copies could not be rewritten without them, so it was deleted:</numerusform>
            <numerusform>The client was erased. %n of Polku&apos;s backup copies could not be rewritten without them, so they were deleted:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/printing.py"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
