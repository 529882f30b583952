/**
 * @workshop-kit/types/interop — importers (frab/pretalx JSON and XML, Sessionize, CSV) and exporters
 * (iCalendar, schema.org JSON-LD, deadline feeds, frab schedule.json). Pure functions; no I/O.
 */

export { type CsvImportOptions, importCsv, parseCsv } from "./csv";
export { type FrabImportOptions, importFrabJson, importFrabXml } from "./frab";
export { importSessionize, type SessionizeImportOptions } from "./sessionize";
export { ImportError, type ImportNote, type ImportResult } from "./shared";
export { decodeEntities, escapeXml, parseXml, type XmlElement, XmlError } from "./xml";
