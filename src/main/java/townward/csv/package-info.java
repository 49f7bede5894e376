/**
 * The one place where text becomes a CSV cell and back: RFC 4180 quoting, and the neutralisation of cells that a
 * spreadsheet would run as a formula (place and scenario names come from files a planner may have been sent).
 */
package townward.csv;
