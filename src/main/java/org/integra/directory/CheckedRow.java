package org.integra.directory;

/**
 * A row of a directory import after its check: its report, and for a good row the form to
 * store and the facts it is compared on with other records and rows.
 */
record CheckedRow(DirectoryImport.RowReport report, Object form, Object facts) {

}
